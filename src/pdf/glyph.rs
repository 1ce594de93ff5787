//! What the decoder hands to layout: positioned glyphs of one page.

/// A glyph on the page, in the top-left display frame (points, `y` down).
#[derive(Clone, Copy, Debug, Default)]
pub struct Glyph {
    /// Baseline origin.
    pub x: f32,
    pub y: f32,
    /// Advance along the baseline (≥ 0).
    pub width: f32,
    /// Em height on the page.
    pub size: f32,
    /// Baseline direction as a unit vector (`(1, 0)` for upright text).
    pub dir_x: f32,
    pub dir_y: f32,
    /// Width of a space of this font at this size, on the page.
    pub space_width: f32,
    /// The glyph's text: `PageGlyphs::text[text_start..text_start + text_len]`.
    pub text_start: u32,
    pub text_len: u16,
    pub bold: bool,
    pub italic: bool,
    /// Drawn with render mode 3 (invisible, as in an OCR layer).
    pub invisible: bool,
    /// No Unicode mapping was found (its text is empty).
    pub unmapped: bool,
}

/// The glyphs of one page in content-stream order, with their text in one arena.
#[derive(Clone, Debug, Default)]
pub struct PageGlyphs {
    /// 1-based page number.
    pub number: u32,
    pub width: f32,
    pub height: f32,
    pub glyphs: Vec<Glyph>,
    pub text: String,
}

impl PageGlyphs {
    /// The text of `glyph`.
    pub fn text_of(&self, glyph: &Glyph) -> &str {
        let start = glyph.text_start as usize;
        self.text
            .get(start..start + usize::from(glyph.text_len))
            .unwrap_or("")
    }
}
