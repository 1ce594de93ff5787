//! Glyph name to Unicode text, by the mapping in the Adobe Glyph List specification
//! (<https://github.com/adobe-type-tools/agl-specification>, section 2):
//!
//! 1. drop everything from the first `.` (`a.sc`, `one.oldstyle`);
//! 2. split the rest at `_` into components (`f_f_i`, `T_h`);
//! 3. map each component: for the ZapfDingbats font, through the ITC Zapf Dingbats list
//!    (`a1`...`a206`); else through the AGL; else as `uniXXXX[XXXX...]` (groups of four hex
//!    digits, no surrogates); else as `uXXXX` to `uXXXXXX` (one scalar value).
//!
//! Departures from the letter of the specification, all for the benefit of text extraction:
//! - The table adds the TeX glyph names the AGL lacks (`cwm`, `visiblespace`, `SS`...) and
//!   folds AGL names that map into Adobe's private-use area to standard characters (`Asmall`
//!   to `a`, `parenlefttp` to U+239B, `dotlessj` to U+0237); see `tools/gen_tables.py`.
//! - Hex digits may be lower case (`uni00e9`), as some producers write them.
//! - A name with any component that does not map is unmapped as a whole, where the
//!   specification would map that component to nothing: such names (`g_1`, `cid_12`) come
//!   from private naming schemes, and half a name's text is worse than none.

use std::cmp::Ordering;

use super::agl_data::{DINGBATS, GLYPHS, OFFSETS};

/// Appends the text of glyph `name` to `out` and returns whether the name mapped. On `false`,
/// `out` is unchanged. Some names map to no text (`cwm`, TeX's compound-word mark): they
/// return `true` and append nothing. Generated names such as `g12`, `glyph12`, `cid12` or
/// `index12` say nothing about the character and return `false`.
pub fn glyph_to_unicode(name: &[u8], out: &mut String) -> bool {
    map_name(name, false, out)
}

/// As [`glyph_to_unicode`], for glyphs of the ZapfDingbats font, whose names `a1`...`a206`
/// have their own list (the AGL specification's rule for that font).
pub fn zapf_glyph_to_unicode(name: &[u8], out: &mut String) -> bool {
    map_name(name, true, out)
}

fn map_name(name: &[u8], dingbats: bool, out: &mut String) -> bool {
    let stem = match name.iter().position(|&b| b == b'.') {
        Some(dot) => &name[..dot],
        None => name,
    };
    if stem.is_empty() {
        return false;
    }
    let start = out.len();
    for component in stem.split(|&b| b == b'_') {
        if !map_component(component, dingbats, out) {
            out.truncate(start);
            return false;
        }
    }
    true
}

fn map_component(component: &[u8], dingbats: bool, out: &mut String) -> bool {
    if component.is_empty() {
        return false;
    }
    if dingbats && let Some(c) = dingbat(component) {
        out.push(c);
        return true;
    }
    if let Some(text) = lookup(component) {
        return push_scalars(text, out);
    }
    if let Some(digits) = component.strip_prefix(b"uni") {
        return !digits.is_empty() && digits.len() % 4 == 0 && push_uni_groups(digits, out);
    }
    if let Some(digits) = component.strip_prefix(b"u")
        && (4..=6).contains(&digits.len())
        && let Some(c) = parse_hex(digits).and_then(char::from_u32)
    {
        out.push(c);
        return true;
    }
    false
}

/// Each group of four hex digits is one BMP scalar value; a surrogate or a non-hex digit
/// anywhere rejects the whole component.
fn push_uni_groups(digits: &[u8], out: &mut String) -> bool {
    let start = out.len();
    for group in digits.chunks_exact(4) {
        match parse_hex(group).and_then(char::from_u32) {
            Some(c) => out.push(c),
            None => {
                out.truncate(start);
                return false;
            }
        }
    }
    true
}

/// Pushes the scalar values written in `text` as hex joined by `+` (an empty `text` is an
/// empty mapping).
fn push_scalars(text: &[u8], out: &mut String) -> bool {
    if text.is_empty() {
        return true;
    }
    let start = out.len();
    for hex in text.split(|&b| b == b'+') {
        match parse_hex(hex).and_then(char::from_u32) {
            Some(c) => out.push(c),
            None => {
                out.truncate(start);
                return false;
            }
        }
    }
    true
}

fn parse_hex(digits: &[u8]) -> Option<u32> {
    if digits.is_empty() || digits.len() > 8 {
        return None;
    }
    digits.iter().try_fold(0u32, |value, &b| {
        let digit = match b {
            b'0'..=b'9' => b - b'0',
            b'A'..=b'F' => b - b'A' + 10,
            b'a'..=b'f' => b - b'a' + 10,
            _ => return None,
        };
        Some(value << 4 | u32::from(digit))
    })
}

/// `a<n>` in the ITC Zapf Dingbats list; `n` is written without leading zeros.
fn dingbat(component: &[u8]) -> Option<char> {
    let digits = component.strip_prefix(b"a")?;
    if digits.is_empty() || digits.len() > 3 || digits[0] == b'0' {
        return None;
    }
    let mut n = 0usize;
    for &b in digits {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n * 10 + usize::from(b - b'0');
    }
    DINGBATS.get(n).copied().filter(|&c| c != '\0')
}

/// The hex text of an AGL name, by binary search over the entries of [`GLYPHS`]. A `const fn`
/// so that `resolved` can look names up at compile time with the same search.
pub(super) const fn lookup(name: &[u8]) -> Option<&'static [u8]> {
    let table = GLYPHS.as_bytes();
    let (mut lo, mut hi) = (0, OFFSETS.len() - 1);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let (start, end) = (OFFSETS[mid] as usize, OFFSETS[mid + 1] as usize - 1);
        let (_, entry) = table.split_at(start);
        let (entry, _) = entry.split_at(end - start);
        match compare_key(entry, name) {
            Ordering::Equal => return Some(entry.split_at(name.len() + 1).1),
            Ordering::Less => lo = mid + 1,
            Ordering::Greater => hi = mid,
        }
    }
    None
}

/// Orders the name of a `name:HEX` entry against `name` in one pass that stops at the first
/// difference, instead of finding the `:` first. Names never contain `:`, so reaching it in
/// the entry means the entry's name is a proper prefix of `name` (or equal to it).
const fn compare_key(entry: &[u8], name: &[u8]) -> Ordering {
    let mut i = 0;
    while i < entry.len() && i < name.len() {
        if entry[i] != name[i] {
            return if entry[i] == b':' || entry[i] < name[i] {
                Ordering::Less
            } else {
                Ordering::Greater
            };
        }
        i += 1;
    }
    if i == entry.len() {
        Ordering::Less
    } else if entry[i] == b':' {
        Ordering::Equal
    } else {
        Ordering::Greater
    }
}
