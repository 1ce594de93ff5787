//! What the glyph names of the base encodings resolve to, worked out at compile time: each
//! code's text through the Adobe Glyph List, and its glyph in the standard 14 fonts' width
//! tables. Loading a simple font with a base encoding then reads a table per code instead of
//! searching two sorted name lists; per request that search was a fifth of the extraction of a
//! short ad set in a standard font.

use super::encodings::{
    MAC_EXPERT, MAC_OS_ROMAN, MAC_ROMAN, PDF_DOC, STANDARD, SYMBOL, WIN_ANSI, ZAPF_DINGBATS,
};
use super::{agl, std14};

/// The resolved glyph names of one base encoding.
pub struct Resolved {
    /// The code's text where its glyph name is in the AGL as one character; `None` where the
    /// name needs the full algorithm of [`super::glyph_to_unicode`] (or maps to nothing).
    pub chars: [Option<char>; 256],
    /// The code's glyph in the standard 14 fonts' metrics (see [`super::Std14::glyph_width`]).
    pub std14_glyphs: [Option<u16>; 256],
}

/// The resolved tables of `encoding`, if it is one of the base encodings of [`super`].
pub fn resolved(encoding: &'static [&'static str; 256]) -> Option<&'static Resolved> {
    TABLES
        .iter()
        .find(|(names, _)| std::ptr::eq(*names, encoding))
        .map(|&(_, resolved)| resolved)
}

static TABLES: [(&[&str; 256], &Resolved); 8] = [
    (&STANDARD, &RESOLVED_STANDARD),
    (&WIN_ANSI, &RESOLVED_WIN_ANSI),
    (&MAC_ROMAN, &RESOLVED_MAC_ROMAN),
    (&MAC_OS_ROMAN, &RESOLVED_MAC_OS_ROMAN),
    (&MAC_EXPERT, &RESOLVED_MAC_EXPERT),
    (&PDF_DOC, &RESOLVED_PDF_DOC),
    (&SYMBOL, &RESOLVED_SYMBOL),
    (&ZAPF_DINGBATS, &RESOLVED_ZAPF_DINGBATS),
];

static RESOLVED_STANDARD: Resolved = resolve(&STANDARD);
static RESOLVED_WIN_ANSI: Resolved = resolve(&WIN_ANSI);
static RESOLVED_MAC_ROMAN: Resolved = resolve(&MAC_ROMAN);
static RESOLVED_MAC_OS_ROMAN: Resolved = resolve(&MAC_OS_ROMAN);
static RESOLVED_MAC_EXPERT: Resolved = resolve(&MAC_EXPERT);
static RESOLVED_PDF_DOC: Resolved = resolve(&PDF_DOC);
static RESOLVED_SYMBOL: Resolved = resolve(&SYMBOL);
static RESOLVED_ZAPF_DINGBATS: Resolved = resolve(&ZAPF_DINGBATS);

const fn resolve(names: &[&str; 256]) -> Resolved {
    let mut resolved = Resolved {
        chars: [None; 256],
        std14_glyphs: [None; 256],
    };
    let mut code = 0;
    while code < 256 {
        let name = names[code].as_bytes();
        if !name.is_empty() {
            resolved.chars[code] = agl_char(name);
            resolved.std14_glyphs[code] = std14_glyph(name);
        }
        code += 1;
    }
    resolved
}

/// The AGL text of `name` when it is exactly one scalar value.
const fn agl_char(name: &[u8]) -> Option<char> {
    match agl::lookup(name) {
        Some(hex) => single_scalar(hex),
        None => None,
    }
}

/// `hex` as one scalar value (not empty, no `+`).
const fn single_scalar(hex: &[u8]) -> Option<char> {
    if hex.is_empty() || hex.len() > 6 {
        return None;
    }
    let mut value = 0u32;
    let mut i = 0;
    while i < hex.len() {
        let digit = match hex[i] {
            b @ b'0'..=b'9' => b - b'0',
            b @ b'A'..=b'F' => b - b'A' + 10,
            b @ b'a'..=b'f' => b - b'a' + 10,
            _ => return None,
        };
        value = value << 4 | digit as u32;
        i += 1;
    }
    char::from_u32(value)
}

/// The index of `name` in the standard 14 fonts' glyph list.
const fn std14_glyph(name: &[u8]) -> Option<u16> {
    match std14::glyph_index(name) {
        Some(i) => Some(i as u16),
        None => None,
    }
}
