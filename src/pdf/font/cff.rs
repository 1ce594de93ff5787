//! The built-in encoding of an embedded CFF font program (`/FontFile3`, Adobe Technical Note
//! #5176), used when the PDF gives neither a base encoding nor a ToUnicode map. Ghostscript
//! turns every Type1 font it embeds into CFF, so TeX documents made with dvips and ps2pdf keep
//! their ligatures, dashes and math symbols only here: code → glyph id by the font's Encoding,
//! glyph id → name by its charset.

use crate::pdf::tables::CFF_STANDARD_STRINGS;

/// `(code, glyph name)` pairs of the program's own encoding, or `None` when it uses the
/// Standard or Expert encoding, is CID-keyed, or cannot be read.
pub fn builtin_encoding(program: &[u8]) -> Option<Vec<(u8, Vec<u8>)>> {
    let header_size = usize::from(*program.get(2)?);
    let names = Index::at(program, header_size)?;
    let top_dicts = Index::at(program, names.end)?;
    let strings = Index::at(program, top_dicts.end)?;
    let top = TopDict::parse(top_dicts.item(program, 0)?)?;
    if top.cid_keyed {
        return None;
    }
    // 0 and 1 name the predefined Standard and Expert encodings.
    let encoding_offset = usize::try_from(top.encoding).ok().filter(|&o| o > 1)?;
    let glyphs = Index::at(program, usize::try_from(top.char_strings).ok()?)?.count;
    let sid_of = charset(program, top.charset, glyphs)?;
    let name = |sid: u16| -> Option<Vec<u8>> {
        let sid = usize::from(sid);
        match CFF_STANDARD_STRINGS.get(sid) {
            Some(s) => Some(s.as_bytes().to_vec()),
            None => strings
                .item(program, sid - CFF_STANDARD_STRINGS.len())
                .map(<[u8]>::to_vec),
        }
    };
    let mut entries = Vec::new();
    let data = program.get(encoding_offset..)?;
    let format = *data.first()?;
    let mut rest = &data[1..];
    let mut gid = 1usize;
    match format & 0x7f {
        0 => {
            let n = usize::from(*rest.first()?);
            let codes = rest.get(1..1 + n)?;
            for &code in codes {
                if let Some(&sid) = sid_of.get(gid)
                    && let Some(n) = name(sid)
                {
                    entries.push((code, n));
                }
                gid += 1;
            }
            rest = &rest[1 + n..];
        }
        1 => {
            let n = usize::from(*rest.first()?);
            let ranges = rest.get(1..1 + 2 * n)?;
            for range in ranges.chunks_exact(2) {
                for code in u16::from(range[0])..=u16::from(range[0]) + u16::from(range[1]) {
                    let (Ok(code), Some(&sid)) = (u8::try_from(code), sid_of.get(gid)) else {
                        break;
                    };
                    if let Some(n) = name(sid) {
                        entries.push((code, n));
                    }
                    gid += 1;
                }
            }
            rest = &rest[1 + 2 * n..];
        }
        _ => return None,
    }
    // Supplements: further codes for glyphs already encoded, by their names.
    if format & 0x80 != 0 {
        let n = usize::from(*rest.first()?);
        for sup in rest.get(1..1 + 3 * n)?.chunks_exact(3) {
            if let Some(n) = name(u16::from_be_bytes([sup[1], sup[2]])) {
                entries.push((sup[0], n));
            }
        }
    }
    (!entries.is_empty()).then_some(entries)
}

/// One INDEX structure: `count` items whose offsets follow the header.
struct Index {
    count: usize,
    offsets_at: usize,
    offset_size: usize,
    /// Where the item data starts, minus one (offsets count from 1).
    data_base: usize,
    end: usize,
}

impl Index {
    fn at(program: &[u8], at: usize) -> Option<Index> {
        let count = usize::from(u16::from_be_bytes([*program.get(at)?, *program.get(at + 1)?]));
        if count == 0 {
            return Some(Index {
                count,
                offsets_at: at + 2,
                offset_size: 1,
                data_base: at + 2,
                end: at + 2,
            });
        }
        let offset_size = usize::from(*program.get(at + 2)?);
        if !(1..=4).contains(&offset_size) {
            return None;
        }
        let offsets_at = at + 3;
        let data_base = offsets_at + (count + 1) * offset_size - 1;
        let index = Index {
            count,
            offsets_at,
            offset_size,
            data_base,
            end: 0,
        };
        let last = index.offset(program, count)?;
        Some(Index {
            end: data_base.checked_add(last)?,
            ..index
        })
    }

    fn offset(&self, program: &[u8], i: usize) -> Option<usize> {
        let at = self.offsets_at + i * self.offset_size;
        let bytes = program.get(at..at + self.offset_size)?;
        Some(bytes.iter().fold(0usize, |v, &b| (v << 8) | usize::from(b)))
    }

    fn item<'p>(&self, program: &'p [u8], i: usize) -> Option<&'p [u8]> {
        if i >= self.count {
            return None;
        }
        let (start, end) = (self.offset(program, i)?, self.offset(program, i + 1)?);
        program.get(self.data_base.checked_add(start)?..self.data_base.checked_add(end)?)
    }
}

/// The Top DICT entries this module needs (defaults from the specification's Table 9).
struct TopDict {
    charset: i64,
    encoding: i64,
    char_strings: i64,
    cid_keyed: bool,
}

impl TopDict {
    fn parse(data: &[u8]) -> Option<TopDict> {
        let mut dict = TopDict {
            charset: 0,
            encoding: 0,
            char_strings: -1,
            cid_keyed: false,
        };
        let mut operands: Vec<i64> = Vec::new();
        let mut i = 0;
        while i < data.len() {
            let b0 = data[i];
            i += 1;
            match b0 {
                12 => {
                    // Two-byte operators; 12 30 (ROS) marks a CID-keyed font.
                    if data.get(i) == Some(&30) {
                        dict.cid_keyed = true;
                    }
                    i += 1;
                    operands.clear();
                }
                0..=21 => {
                    let last = operands.last().copied();
                    match (b0, last) {
                        (15, Some(v)) => dict.charset = v,
                        (16, Some(v)) => dict.encoding = v,
                        (17, Some(v)) => dict.char_strings = v,
                        _ => {}
                    }
                    operands.clear();
                }
                28 => {
                    let v = i16::from_be_bytes([*data.get(i)?, *data.get(i + 1)?]);
                    operands.push(i64::from(v));
                    i += 2;
                }
                29 => {
                    let v = i32::from_be_bytes(data.get(i..i + 4)?.try_into().ok()?);
                    operands.push(i64::from(v));
                    i += 4;
                }
                30 => {
                    // A real number, nibble-coded up to a 0xf nibble; its value is not needed.
                    while i < data.len() {
                        let b = data[i];
                        i += 1;
                        if b & 0x0f == 0x0f || b >> 4 == 0x0f {
                            break;
                        }
                    }
                    operands.push(0);
                }
                32..=246 => operands.push(i64::from(b0) - 139),
                247..=250 => {
                    operands.push((i64::from(b0) - 247) * 256 + i64::from(*data.get(i)?) + 108);
                    i += 1;
                }
                251..=254 => {
                    operands.push(-(i64::from(b0) - 251) * 256 - i64::from(*data.get(i)?) - 108);
                    i += 1;
                }
                _ => return None,
            }
            if operands.len() > 48 {
                return None; // the specification's operand stack limit
            }
        }
        (dict.char_strings > 0).then_some(dict)
    }
}

/// Each glyph's SID, by glyph id (glyph 0 is `.notdef`).
fn charset(program: &[u8], offset: i64, glyphs: usize) -> Option<Vec<u16>> {
    if offset == 0 {
        // ISOAdobe: glyph i is SID i.
        return Some((0..glyphs.min(229)).map(|g| g as u16).collect());
    }
    let at = usize::try_from(offset).ok().filter(|&o| o > 2)?; // 1, 2: Expert charsets
    let data = program.get(at..)?;
    let mut sids = Vec::with_capacity(glyphs);
    sids.push(0u16);
    let format = *data.first()?;
    let mut i = 1;
    let u16_at = |i: usize| Some(u16::from_be_bytes([*data.get(i)?, *data.get(i + 1)?]));
    while sids.len() < glyphs {
        match format {
            0 => {
                sids.push(u16_at(i)?);
                i += 2;
            }
            1 | 2 => {
                let first = u16_at(i)?;
                let left = if format == 1 {
                    u16::from(*data.get(i + 2)?)
                } else {
                    u16_at(i + 2)?
                };
                i += if format == 1 { 3 } else { 4 };
                for k in 0..=left {
                    if sids.len() >= glyphs {
                        break;
                    }
                    sids.push(first.checked_add(k)?);
                }
            }
            _ => return None,
        }
    }
    Some(sids)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An INDEX of `items` with one-byte offsets.
    fn index(items: &[&[u8]]) -> Vec<u8> {
        let mut out = (items.len() as u16).to_be_bytes().to_vec();
        if items.is_empty() {
            return out;
        }
        out.push(1);
        let mut offset = 1u8;
        out.push(offset);
        for item in items {
            offset += item.len() as u8;
            out.push(offset);
        }
        for item in items {
            out.extend_from_slice(item);
        }
        out
    }

    /// A minimal CFF program: glyphs .notdef, fi (SID 109), endash (SID 111), and "Tcircle"
    /// (a custom string), encoded at codes 12, 123 and 65 + a supplement naming fi at 28.
    fn program() -> Vec<u8> {
        let header = [1u8, 0, 4, 1];
        let names = index(&[b"CMR10"]);
        let strings = index(&[b"Tcircle"]);
        let globals = index(&[]);
        let charset = [0u8, 0, 109, 0, 111, 1, 135]; // format 0: SIDs 109, 111, 391
        let encoding = [0x80u8, 3, 12, 123, 65, 1, 28, 0, 109]; // format 0 + one supplement
        let char_strings = index(&[b"\x0e", b"\x0e", b"\x0e", b"\x0e"]);
        // Top DICT with 2-byte operands (28 hi lo) so its size does not depend on the offsets.
        let top_len = 3 * 4;
        let top_index_len = 2 + 1 + 2 + top_len;
        let base = header.len() + names.len() + top_index_len + strings.len() + globals.len();
        let (charset_at, encoding_at) = (base, base + charset.len());
        let char_strings_at = encoding_at + encoding.len();
        let op = |v: usize, o: u8| {
            let v = v as i16;
            [28u8, (v >> 8) as u8, v as u8, o]
        };
        let top: Vec<u8> = [op(charset_at, 15), op(encoding_at, 16), op(char_strings_at, 17)].concat();
        let mut out = header.to_vec();
        out.extend(names);
        out.extend(index(&[&top]));
        out.extend(strings);
        out.extend(globals);
        out.extend(charset);
        out.extend(encoding);
        out.extend(char_strings);
        out
    }

    #[test]
    fn codes_take_their_glyph_names_from_encoding_and_charset() {
        let mut got = builtin_encoding(&program()).expect("an encoding");
        got.sort();
        assert_eq!(
            got,
            vec![
                (12, b"fi".to_vec()),
                (28, b"fi".to_vec()),
                (65, b"Tcircle".to_vec()),
                (123, b"endash".to_vec())
            ]
        );
    }

    #[test]
    fn truncated_or_predefined_programs_give_none() {
        let p = program();
        for cut in 0..p.len() {
            let _ = builtin_encoding(&p[..cut]); // never panics
        }
        assert_eq!(builtin_encoding(&[1, 0, 4, 1]), None);
        assert_eq!(builtin_encoding(b""), None);
    }
}
