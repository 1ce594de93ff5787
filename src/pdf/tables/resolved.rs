//! What the glyph names of the base encodings resolve to, worked out at compile time: each
//! code's text through the Adobe Glyph List, and its glyph in the standard 14 fonts' width
//! tables. Loading a simple font with a base encoding then reads a table per code instead of
//! searching two sorted name lists; per request that search was a fifth of the extraction of a
//! short ad set in a standard font.

use super::agl_data::{GLYPHS, OFFSETS as AGL_OFFSETS};
use super::encodings::{
    MAC_EXPERT, MAC_OS_ROMAN, MAC_ROMAN, PDF_DOC, STANDARD, SYMBOL, WIN_ANSI, ZAPF_DINGBATS,
};
use super::std14_data::{COUNT, NAMES, OFFSETS as STD14_OFFSETS};

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

/// The AGL entry of `name` when it is exactly one scalar value (binary search over the
/// `name:HEX` entries, as `agl::lookup` does at run time).
const fn agl_char(name: &[u8]) -> Option<char> {
    let table = GLYPHS.as_bytes();
    let (mut lo, mut hi) = (0, AGL_OFFSETS.len() - 1);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = AGL_OFFSETS[mid] as usize;
        let end = AGL_OFFSETS[mid + 1] as usize - 1;
        // Compare the entry's name (up to ':') with `name`.
        let mut i = 0;
        let order = loop {
            let entry_byte = table[start + i];
            if entry_byte == b':' {
                break if i == name.len() { 0 } else { -1 };
            }
            if i == name.len() {
                break 1;
            }
            if entry_byte != name[i] {
                break if entry_byte < name[i] { -1 } else { 1 };
            }
            i += 1;
        };
        match order {
            0 => return single_scalar(table, start + name.len() + 1, end),
            -1 => lo = mid + 1,
            _ => hi = mid,
        }
    }
    None
}

/// `table[start..end]` as one hex scalar value (no `+`, not empty).
const fn single_scalar(table: &[u8], start: usize, end: usize) -> Option<char> {
    if start >= end || end - start > 6 {
        return None;
    }
    let mut value = 0u32;
    let mut i = start;
    while i < end {
        let digit = match table[i] {
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

/// Index of `name` in the standard 14 fonts' sorted glyph names.
const fn std14_glyph(name: &[u8]) -> Option<u16> {
    let names = NAMES.as_bytes();
    let (mut lo, mut hi) = (0, COUNT);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = STD14_OFFSETS[mid] as usize;
        let end = STD14_OFFSETS[mid + 1] as usize - 1;
        let mut i = 0;
        let order = loop {
            if start + i == end {
                break if i == name.len() { 0 } else { -1 };
            }
            if i == name.len() {
                break 1;
            }
            let b = names[start + i];
            if b != name[i] {
                break if b < name[i] { -1 } else { 1 };
            }
            i += 1;
        };
        match order {
            0 => return Some(mid as u16),
            -1 => lo = mid + 1,
            _ => hi = mid,
        }
    }
    None
}
