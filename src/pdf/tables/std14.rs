//! The standard 14 fonts: recognising them (and the names viewers treat as them) from a
//! `/BaseFont`, and their AFM widths and metrics for fonts that come without `/Widths`.
//!
//! Widths live in `std14_data` as one sorted table of every glyph name of the 14 fonts plus, per
//! font, a `u16` per name in that table: a width lookup is one binary search over ~700 names,
//! shared by all fonts, then an array index.

use std::cmp::Ordering;

use super::encodings::{STANDARD, SYMBOL, ZAPF_DINGBATS};
use super::std14_data::{ALIASES, COUNT, METRICS, NAMES, OFFSETS, WIDTHS};

/// One of the 14 fonts every PDF viewer must provide (ISO 32000-1, 9.6.2.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Std14 {
    Courier,
    CourierBold,
    CourierOblique,
    CourierBoldOblique,
    Helvetica,
    HelveticaBold,
    HelveticaOblique,
    HelveticaBoldOblique,
    TimesRoman,
    TimesBold,
    TimesItalic,
    TimesBoldItalic,
    Symbol,
    ZapfDingbats,
}

/// Per-font values from the AFM file (see `std14_data::METRICS`).
pub(super) struct Metrics {
    pub(super) name: &'static str,
    pub(super) bold: bool,
    pub(super) italic: bool,
    pub(super) fixed_pitch: bool,
    pub(super) ascent: i16,
    pub(super) descent: i16,
    pub(super) cap_height: i16,
    pub(super) x_height: i16,
    pub(super) italic_angle_tenths: i16,
}

/// Longer than any alias; a longer name cannot be one.
const MAX_ALIAS_LEN: usize = 40;

impl Std14 {
    /// All 14, in declaration order.
    pub const ALL: [Std14; 14] = [
        Std14::Courier,
        Std14::CourierBold,
        Std14::CourierOblique,
        Std14::CourierBoldOblique,
        Std14::Helvetica,
        Std14::HelveticaBold,
        Std14::HelveticaOblique,
        Std14::HelveticaBoldOblique,
        Std14::TimesRoman,
        Std14::TimesBold,
        Std14::TimesItalic,
        Std14::TimesBoldItalic,
        Std14::Symbol,
        Std14::ZapfDingbats,
    ];

    /// The standard font a `/BaseFont` name stands for: the 14 names, and the aliases poppler
    /// and pdf.js resolve (`Arial,Bold`, `ArialMT`, `TimesNewRomanPS-BoldMT`,
    /// `Times New Roman,Italic`, `CourierNewPSMT`, `Symbol,Bold`...). A subset prefix
    /// (`ABCDEF+`) is ignored, spaces are dropped and `,` and `_` read as `-`, as both viewers
    /// do. Names are case-sensitive.
    pub fn from_base_font(name: &[u8]) -> Option<Std14> {
        let name = strip_subset_prefix(name);
        let mut buf = [0u8; MAX_ALIAS_LEN];
        let mut len = 0;
        for &b in name {
            let b = match b {
                b' ' => continue,
                b',' | b'_' => b'-',
                _ => b,
            };
            *buf.get_mut(len)? = b;
            len += 1;
        }
        let key = &buf[..len];
        let index = ALIASES
            .binary_search_by(|(alias, _)| alias.as_bytes().cmp(key))
            .ok()?;
        ALIASES.get(index).map(|&(_, font)| font)
    }

    /// The font's PostScript name (`Times-Roman`).
    pub fn name(self) -> &'static str {
        self.metrics().name
    }

    /// Advance width of the named glyph in 1/1000 em, from the font's AFM file; `None` if the
    /// font has no such glyph.
    pub fn width(self, glyph_name: &[u8]) -> Option<u16> {
        let index = glyph_index(glyph_name)?;
        let width = *WIDTHS[self as usize].get(index)?;
        (width != 0).then_some(width)
    }

    /// Advance width of the glyph at `index` in the standard 14 fonts' glyph list (as
    /// [`super::Resolved::std14_glyphs`] gives it), as [`Std14::width`].
    pub fn glyph_width(self, index: u16) -> Option<u16> {
        let width = *WIDTHS[self as usize].get(usize::from(index))?;
        (width != 0).then_some(width)
    }

    /// The encoding built into the font program: StandardEncoding for the 12 Latin fonts,
    /// their own for Symbol and ZapfDingbats.
    pub fn builtin_encoding(self) -> &'static [&'static str; 256] {
        match self {
            Std14::Symbol => &SYMBOL,
            Std14::ZapfDingbats => &ZAPF_DINGBATS,
            _ => &STANDARD,
        }
    }

    /// Symbol and ZapfDingbats: glyphs outside the Latin character set, and (in PDF terms)
    /// symbolic fonts, whose codes go through their built-in encoding.
    pub fn is_symbolic(self) -> bool {
        matches!(self, Std14::Symbol | Std14::ZapfDingbats)
    }

    pub fn is_bold(self) -> bool {
        self.metrics().bold
    }

    /// Italic or oblique.
    pub fn is_italic(self) -> bool {
        self.metrics().italic
    }

    pub fn is_fixed_pitch(self) -> bool {
        self.metrics().fixed_pitch
    }

    /// Ascender in 1/1000 em (FontBBox top for Symbol and ZapfDingbats, which have none).
    pub fn ascent(self) -> i16 {
        self.metrics().ascent
    }

    /// Descender in 1/1000 em, negative (FontBBox bottom for Symbol and ZapfDingbats).
    pub fn descent(self) -> i16 {
        self.metrics().descent
    }

    /// Height of flat capitals in 1/1000 em (FontBBox top for Symbol and ZapfDingbats).
    pub fn cap_height(self) -> i16 {
        self.metrics().cap_height
    }

    /// Height of flat lower-case letters in 1/1000 em (0 for Symbol and ZapfDingbats).
    pub fn x_height(self) -> i16 {
        self.metrics().x_height
    }

    /// Italic angle in degrees counter-clockwise from vertical (negative for right-leaning).
    pub fn italic_angle(self) -> f32 {
        f32::from(self.metrics().italic_angle_tenths) / 10.0
    }

    fn metrics(self) -> &'static Metrics {
        &METRICS[self as usize]
    }
}

/// `ABCDEF+Name` to `Name`: a subset tag is exactly six upper-case letters and a `+`.
fn strip_subset_prefix(name: &[u8]) -> &[u8] {
    match name.split_at_checked(7) {
        Some(([tag @ .., b'+'], rest)) if !rest.is_empty() && tag.iter().all(u8::is_ascii_uppercase) => rest,
        _ => name,
    }
}

/// Position of `name` in the shared glyph-name table, by binary search. A `const fn` so that
/// `resolved` can look names up at compile time with the same search.
pub(super) const fn glyph_index(name: &[u8]) -> Option<usize> {
    let names = NAMES.as_bytes();
    let (mut lo, mut hi) = (0, COUNT);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let (start, end) = (OFFSETS[mid] as usize, OFFSETS[mid + 1] as usize - 1);
        let (_, entry) = names.split_at(start);
        let (entry, _) = entry.split_at(end - start);
        match compare(entry, name) {
            Ordering::Equal => return Some(mid),
            Ordering::Less => lo = mid + 1,
            Ordering::Greater => hi = mid,
        }
    }
    None
}

/// Bytewise order of two names (`<[u8]>::cmp`, which is not `const`).
const fn compare(a: &[u8], b: &[u8]) -> Ordering {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return if a[i] < b[i] {
                Ordering::Less
            } else {
                Ordering::Greater
            };
        }
        i += 1;
    }
    if a.len() < b.len() {
        Ordering::Less
    } else if a.len() > b.len() {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}
