//! The typed, laid-out document: pages → blocks → lines → spans, in reading order.
//!
//! Coordinates are PDF points in a top-left page frame: `x` grows to the right and `y` grows
//! downwards from the top edge of the (rotated, as displayed) page. A [`Rect`] is
//! `[x0, y0, x1, y1]` with `x0 <= x1` and `y0 <= y1`.

use super::coord::{max, min};
use serde::Serialize;

/// An axis-aligned rectangle in the top-left page frame, in points.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
#[serde(into = "[f32; 4]")]
pub struct Rect {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

impl From<Rect> for [f32; 4] {
    fn from(r: Rect) -> Self {
        // Two decimals are plenty for a reviewer and keep the JSON short.
        let round = |v: f32| (v * 100.0).round() / 100.0;
        [round(r.x0), round(r.y0), round(r.x1), round(r.y1)]
    }
}

impl Rect {
    pub const fn new(x0: f32, y0: f32, x1: f32, y1: f32) -> Self {
        Rect { x0, y0, x1, y1 }
    }

    pub fn width(&self) -> f32 {
        self.x1 - self.x0
    }

    pub fn height(&self) -> f32 {
        self.y1 - self.y0
    }

    /// The smallest rectangle holding both.
    pub fn union(&self, other: &Rect) -> Rect {
        Rect {
            x0: min(self.x0, other.x0),
            y0: min(self.y0, other.y0),
            x1: max(self.x1, other.x1),
            y1: max(self.y1, other.y1),
        }
    }

    /// The union of many rectangles, or `None` for none.
    pub fn union_all<'a>(mut rects: impl Iterator<Item = &'a Rect>) -> Option<Rect> {
        let first = *rects.next()?;
        Some(rects.fold(first, |acc, r| acc.union(r)))
    }
}

/// A whole document after layout.
#[derive(Clone, Debug, Default)]
pub struct Document {
    pub pages: Vec<Page>,
}

/// One page, its blocks in reading order.
#[derive(Clone, Debug, Default)]
pub struct Page {
    /// 1-based page number.
    pub number: u32,
    pub width: f32,
    pub height: f32,
    pub blocks: Vec<Block>,
}

/// What a block is, as far as layout can tell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BlockKind {
    /// Ordinary flowing text: a heading, a paragraph, a list.
    #[default]
    Text,
    /// Rows of a table; each line is one row whose cells are separated by `\t`.
    Table,
    /// A running header (repeated at the top of pages).
    Header,
    /// A running footer (repeated at the bottom of pages, page numbers).
    Footer,
}

/// A group of lines that belong together (a paragraph, a list, a table, a heading).
#[derive(Clone, Debug, Default)]
pub struct Block {
    pub kind: BlockKind,
    pub bbox: Rect,
    pub lines: Vec<Line>,
}

/// One logical line: a heading, a bullet item, a "Label: value" line, a table row, or a whole
/// paragraph (soft wraps joined). `text` is the concatenation of the spans' texts.
#[derive(Clone, Debug, Default)]
pub struct Line {
    pub bbox: Rect,
    pub text: String,
    pub spans: Vec<Span>,
}

/// A run of text in one style within a line. Table cells are separate spans, joined in
/// [`Line::text`] by `\t`.
#[derive(Clone, Debug, Default)]
pub struct Span {
    pub text: String,
    pub bbox: Rect,
    /// Font size in points (the glyph height on the page).
    pub size: f32,
    pub bold: bool,
    pub italic: bool,
    /// The span ends with a hyphen where its line wrapped onto the next, inside a word, and the
    /// producer is not one known to hyphenate: whether it is the typesetter's (to remove) or
    /// the word's own ("full-time") is decided over the whole document by
    /// [`finish_document`](super::finish_document).
    pub open_hyphen: bool,
}

impl Line {
    /// A line made of a single plain span (used by tests and by text-only inputs).
    pub fn plain(text: &str, bbox: Rect, size: f32) -> Line {
        Line {
            bbox,
            text: text.to_string(),
            spans: vec![Span {
                text: text.to_string(),
                bbox,
                size,
                bold: false,
                italic: false,
                open_hyphen: false,
            }],
        }
    }

    /// The table cells of a row line (the whole text when the line is not a row).
    pub fn cells(&self) -> impl Iterator<Item = &str> {
        self.text.split('\t')
    }

    /// The dominant font size of the line, weighted by characters.
    pub fn size(&self) -> f32 {
        let (mut weighted, mut chars) = (0.0f32, 0usize);
        for s in &self.spans {
            let n = s.text.chars().filter(|c| !c.is_whitespace()).count();
            weighted += s.size * n as f32;
            chars += n;
        }
        if chars == 0 {
            self.spans.first().map_or(0.0, |s| s.size)
        } else {
            weighted / chars as f32
        }
    }

    /// True when every visible character of the line is bold.
    pub fn is_bold(&self) -> bool {
        let mut any = false;
        for s in &self.spans {
            if s.text.chars().any(|c| !c.is_whitespace()) {
                if !s.bold {
                    return false;
                }
                any = true;
            }
        }
        any
    }
}

impl Document {
    /// A one-page A4 document of one-line blocks, each `(text, box, font size)`: the
    /// typography tests of the posting extractor place lines by hand.
    #[cfg(test)]
    pub fn from_placed_lines(items: &[(&str, Rect, f32)]) -> Document {
        let blocks = items
            .iter()
            .map(|&(text, bbox, size)| Block {
                bbox,
                lines: vec![Line::plain(text, bbox, size)],
                ..Block::default()
            })
            .collect();
        Document {
            pages: vec![Page {
                number: 1,
                width: 595.0,
                height: 842.0,
                blocks,
            }],
        }
    }

    /// Builds a document from plain text in the corpus conventions (one logical line per line,
    /// blank line between blocks, form feed between pages), with no typography. Used for
    /// text-only inputs and by tests of the posting extractor.
    pub fn from_plain_text(text: &str) -> Document {
        let mut pages = Vec::new();
        for (p, page_text) in text.split('\u{c}').enumerate() {
            let mut page = Page {
                number: p as u32 + 1,
                width: 595.0,
                height: 842.0,
                blocks: Vec::new(),
            };
            let mut y = 0.0f32;
            let mut block = Block::default();
            for raw in page_text.split('\n') {
                let line = raw.trim_end_matches('\r');
                if line.trim().is_empty() {
                    if !block.lines.is_empty() {
                        page.blocks.push(std::mem::take(&mut block));
                    }
                    y += 12.0;
                    continue;
                }
                let bbox = Rect::new(0.0, y, 6.0 * line.chars().count() as f32, y + 10.0);
                block.bbox = if block.lines.is_empty() {
                    bbox
                } else {
                    block.bbox.union(&bbox)
                };
                if line.contains('\t') {
                    block.kind = BlockKind::Table;
                }
                block.lines.push(Line::plain(line, bbox, 10.0));
                y += 12.0;
            }
            if !block.lines.is_empty() {
                page.blocks.push(block);
            }
            pages.push(page);
        }
        Document { pages }
    }

    /// All lines in reading order with their page numbers.
    pub fn lines(&self) -> impl Iterator<Item = (u32, &Line)> {
        self.pages.iter().flat_map(|p| {
            p.blocks
                .iter()
                .flat_map(move |b| b.lines.iter().map(move |l| (p.number, l)))
        })
    }
}
