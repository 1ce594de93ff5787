//! The PDF layer: loads a document within limits (lopdf's object model, each object read from
//! the file only when asked for), decodes fonts and encodings, and interprets page content into
//! positioned glyphs. It knows nothing of lines, reading order or job ads.

mod annots;
mod font;
mod glyph;
mod interpret;
mod lexer;
mod load;
mod objects;
mod stream;
mod strings;
pub mod tables;

pub use glyph::{Glyph, PageGlyphs};

use crate::error::ExtractError;
use crate::limits::Budget;
use crate::substring;
use interpret::FontCache;
use load::PageRef;
use std::cell::RefCell;

/// Producer or creator names (lower case) of typesetters that hyphenate on their own.
const HYPHENATING_TYPESETTERS: [&str; 7] = [
    "groff",
    "troff",
    "indesign",
    "quarkxpress",
    "prince",
    "antenna house",
    "apache fop",
];

/// A loaded PDF and its pages.
pub struct Document<'a> {
    inner: objects::Objects<'a>,
    pages: Vec<PageRef>,
    fonts: RefCell<FontCache>,
}

impl<'a> Document<'a> {
    /// Parses `bytes` within the budget's limits.
    pub fn load(bytes: &'a [u8], budget: &mut Budget) -> Result<Document<'a>, ExtractError> {
        let (inner, pages) = load::load(bytes, budget)?;
        Ok(Document {
            inner,
            pages,
            fonts: RefCell::default(),
        })
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// A text entry of the document information dictionary (`/Producer`, `/Creator`, …).
    fn info_text(&self, key: &[u8]) -> Option<String> {
        let info = self.inner.trailer().get(b"Info").ok()?;
        let info = load::resolve_dict(&self.inner, info)?;
        let value = load::get(&self.inner, info, key)?.as_str().ok()?;
        Some(strings::decode_text_string(value))
    }

    /// The `/Producer` of the document information dictionary.
    pub fn producer(&self) -> Option<String> {
        let text = self.info_text(b"Producer")?;
        let text = text.trim();
        (!text.is_empty()).then(|| text.chars().take(200).collect())
    }

    /// The `/Title` of the document information dictionary, when it says something.
    pub fn title(&self) -> Option<String> {
        let text = self.info_text(b"Title")?;
        let text = text.trim();
        (!text.is_empty()).then(|| text.chars().take(300).collect())
    }

    /// Whether a typesetter that hyphenates words at line ends by itself made the document
    /// (TeX, groff/troff, the desktop-publishing and XSL/CSS formatters); word processors and
    /// browsers only hyphenate when told to, and then they draw U+2010 or a soft hyphen.
    pub fn is_typeset_with_hyphenation(&self) -> bool {
        [&b"Producer"[..], b"Creator"].iter().any(|key| {
            self.info_text(key).is_some_and(|s| {
                let s = s.to_ascii_lowercase();
                (substring::contains(&s, "tex") && !substring::contains(&s, "text"))
                    || HYPHENATING_TYPESETTERS
                        .iter()
                        .any(|name| substring::contains(&s, name))
            })
        })
    }

    /// The glyphs of page `index` (0-based), in content-stream order.
    pub fn page_glyphs(&self, index: usize, budget: &mut Budget) -> Result<PageGlyphs, ExtractError> {
        let Some(page) = self.pages.get(index) else {
            return Ok(PageGlyphs::default());
        };
        let mut fonts = self.fonts.borrow_mut();
        interpret::page_glyphs(&self.inner, &mut fonts, budget, page, index as u32 + 1)
    }
}
