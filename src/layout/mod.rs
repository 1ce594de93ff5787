//! Layout: turns one page's positioned glyphs into words, lines, blocks and a reading order
//! (columns, sidebars, tables, headers and footers), and renders the typed document as plain
//! text in the corpus conventions.
//!
//! Pipeline per page: `segments` (glyphs → words on a baseline) → `order` (XY cuts into
//! bands, columns and tables) → `blocks` (paragraphs, soft wraps, table rows).

mod blocks;
mod coord;
mod document;
mod order;
mod pages;
mod segments;
mod text;

pub use blocks::Cleanup;
pub use document::{Block, BlockKind, Document, Line, Page, Rect, Span};
pub use pages::finish as finish_document;
pub use text::render_text;

use crate::error::ExtractError;
use crate::limits::Budget;
use crate::pdf::PageGlyphs;

/// Lays out one page.
pub fn lay_out_page(
    glyphs: &PageGlyphs,
    cleanup: Cleanup,
    budget: &mut Budget,
) -> Result<Page, ExtractError> {
    budget.check_time()?;
    let mut segs = segments::segments(glyphs);
    segments::attach_markers(&mut segs);
    budget.check_time()?;
    let items = order::reading_order(segs, glyphs.width);
    budget.check_time()?;
    let mut blocks = blocks::blocks(items, cleanup);
    for block in &mut blocks {
        for line in &mut block.lines {
            text::normalize_line(line);
        }
    }
    Ok(Page {
        number: glyphs.number,
        width: glyphs.width,
        height: glyphs.height,
        blocks,
    })
}

/// The segments of a page with their boxes (for the `dump` developer example).
#[doc(hidden)]
pub fn debug_segments(glyphs: &PageGlyphs) -> Vec<(Rect, f32, String)> {
    let mut segs = segments::segments(glyphs);
    segments::attach_markers(&mut segs);
    segs.iter().map(|s| (s.bbox, s.size, s.text())).collect()
}
