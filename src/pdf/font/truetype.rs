//! Just enough of the TrueType/OpenType format to name glyphs when a font has no `/ToUnicode`:
//! the `cmap` table (formats 0, 4, 6, 12), read forwards (code → glyph) or reversed
//! (glyph → Unicode), and the `post` table's glyph names (format 2).

/// Mappings read from one cmap subtable at most (format 12 groups can claim billions).
const MAX_MAPPINGS: usize = 200_000;

/// An sfnt font program, borrowed.
pub struct TrueType<'a> {
    cmap: Option<&'a [u8]>,
    post: Option<&'a [u8]>,
    num_glyphs: u16,
}

fn u16_at(d: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes([*d.get(at)?, *d.get(at + 1)?]))
}

fn u32_at(d: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes([
        *d.get(at)?,
        *d.get(at + 1)?,
        *d.get(at + 2)?,
        *d.get(at + 3)?,
    ]))
}

impl<'a> TrueType<'a> {
    pub fn parse(data: &'a [u8]) -> Option<TrueType<'a>> {
        let tables = u16_at(data, 4)? as usize;
        let mut font = TrueType {
            cmap: None,
            post: None,
            num_glyphs: 0,
        };
        for i in 0..tables.min(64) {
            let rec = 12 + i * 16;
            let tag = data.get(rec..rec + 4)?;
            let offset = u32_at(data, rec + 8)? as usize;
            let length = u32_at(data, rec + 12)? as usize;
            let Some(table) = data.get(offset..offset.saturating_add(length)) else {
                continue;
            };
            match tag {
                b"cmap" => font.cmap = Some(table),
                b"post" => font.post = Some(table),
                b"maxp" => font.num_glyphs = u16_at(table, 4).unwrap_or(0),
                _ => {}
            }
        }
        Some(font)
    }

    pub fn num_glyphs(&self) -> u16 {
        self.num_glyphs
    }

    /// The subtable for (platform, encoding), if present.
    fn subtable(&self, platform: u16, encoding: u16) -> Option<&'a [u8]> {
        let cmap = self.cmap?;
        let count = u16_at(cmap, 2)? as usize;
        for i in 0..count.min(64) {
            let rec = 4 + i * 8;
            if u16_at(cmap, rec)? == platform && u16_at(cmap, rec + 2)? == encoding {
                let offset = u32_at(cmap, rec + 4)? as usize;
                return cmap.get(offset..);
            }
        }
        None
    }

    /// The Unicode subtable: (3,10), (3,1), (0,*).
    fn unicode_subtable(&self) -> Option<&'a [u8]> {
        self.subtable(3, 10)
            .or_else(|| self.subtable(3, 1))
            .or_else(|| (0..=6).rev().find_map(|e| self.subtable(0, e)))
    }

    /// Glyph → Unicode, from the Unicode cmap reversed (lowest code point wins for glyphs
    /// reached from several, so that e.g. a space glyph is U+0020 rather than U+00A0).
    pub fn unicode_by_glyph(&self) -> Vec<char> {
        let mut by_glyph = vec!['\0'; usize::from(self.num_glyphs.max(1))];
        if let Some(table) = self.unicode_subtable() {
            for_each_mapping(table, |code, gid| {
                let Some(slot) = by_glyph.get_mut(usize::from(gid)) else {
                    return;
                };
                if let Some(c) = char::from_u32(code)
                    && gid != 0
                    && (*slot == '\0' || c < *slot)
                {
                    *slot = c;
                }
            });
        }
        by_glyph
    }

    /// Code → glyph for a symbolic simple font: the (3,0) subtable (codes at U+F000 + code) or
    /// the (1,0) Mac subtable.
    pub fn symbolic_glyph(&self, code: u8) -> Option<u16> {
        if let Some(table) = self.subtable(3, 0) {
            for candidate in [0xF000 + u32::from(code), u32::from(code)] {
                if let Some(g) = lookup(table, candidate).filter(|&g| g != 0) {
                    return Some(g);
                }
            }
        }
        self.subtable(1, 0)
            .and_then(|t| lookup(t, u32::from(code)))
            .filter(|&g| g != 0)
    }

    /// The `post` table's name of a glyph (format 2.0 and the standard Macintosh order).
    pub fn glyph_name(&self, gid: u16) -> Option<&'a [u8]> {
        let post = self.post?;
        if u32_at(post, 0)? != 0x0002_0000 {
            return None;
        }
        let count = u16_at(post, 32)?;
        if gid >= count {
            return None;
        }
        let index = u16_at(post, 34 + 2 * usize::from(gid))?;
        if index < 258 {
            return MAC_GLYPH_NAMES.get(usize::from(index)).map(|s| s.as_bytes());
        }
        let mut at = 34 + 2 * usize::from(count);
        for _ in 258..index {
            let len = usize::from(*post.get(at)?);
            at += 1 + len;
        }
        let len = usize::from(*post.get(at)?);
        post.get(at + 1..at + 1 + len)
    }
}

/// Looks one code up in a cmap subtable.
fn lookup(table: &[u8], code: u32) -> Option<u16> {
    let mut found = None;
    let format = u16_at(table, 0)?;
    match format {
        0 => {
            return table
                .get(6 + code as usize)
                .map(|&g| u16::from(g))
                .filter(|_| code < 256);
        }
        6 => {
            let first = u32::from(u16_at(table, 6)?);
            let count = u32::from(u16_at(table, 8)?);
            if code >= first && code < first + count {
                return u16_at(table, 10 + 2 * (code - first) as usize);
            }
            return None;
        }
        _ => for_each_mapping(table, |c, g| {
            if c == code && found.is_none() {
                found = Some(g);
            }
        }),
    }
    found
}

/// Calls `f(code, glyph)` for every mapping of a subtable (formats 0, 4, 6, 12), bounded.
fn for_each_mapping(table: &[u8], mut f: impl FnMut(u32, u16)) {
    let Some(format) = u16_at(table, 0) else {
        return;
    };
    let mut emitted = 0usize;
    match format {
        0 => {
            for code in 0..256u32 {
                if let Some(&g) = table.get(6 + code as usize) {
                    f(code, u16::from(g));
                }
            }
        }
        4 => {
            let Some(seg_x2) = u16_at(table, 6).map(usize::from) else {
                return;
            };
            let ends = 14;
            let starts = ends + seg_x2 + 2;
            let deltas = starts + seg_x2;
            let offsets = deltas + seg_x2;
            for seg in (0..seg_x2).step_by(2) {
                let (Some(end), Some(start), Some(delta), Some(range_offset)) = (
                    u16_at(table, ends + seg),
                    u16_at(table, starts + seg),
                    u16_at(table, deltas + seg),
                    u16_at(table, offsets + seg),
                ) else {
                    return;
                };
                if start > end {
                    continue;
                }
                for code in start..=end {
                    if code == 0xFFFF || emitted >= MAX_MAPPINGS {
                        break;
                    }
                    emitted += 1;
                    let glyph = if range_offset == 0 {
                        code.wrapping_add(delta)
                    } else {
                        let at = offsets + seg + usize::from(range_offset) + 2 * usize::from(code - start);
                        match u16_at(table, at) {
                            Some(0) | None => continue,
                            Some(g) => g.wrapping_add(delta),
                        }
                    };
                    f(u32::from(code), glyph);
                }
            }
        }
        6 => {
            let (Some(first), Some(count)) = (u16_at(table, 6), u16_at(table, 8)) else {
                return;
            };
            for i in 0..count {
                if let Some(g) = u16_at(table, 10 + 2 * usize::from(i)) {
                    f(u32::from(first) + u32::from(i), g);
                }
            }
        }
        12 => {
            let Some(groups) = u32_at(table, 12) else {
                return;
            };
            for i in 0..groups as usize {
                let rec = 16 + i * 12;
                let (Some(start), Some(end), Some(glyph)) =
                    (u32_at(table, rec), u32_at(table, rec + 4), u32_at(table, rec + 8))
                else {
                    return;
                };
                let mut code = start;
                while code <= end && emitted < MAX_MAPPINGS {
                    emitted += 1;
                    f(code, (glyph.wrapping_add(code - start)) as u16);
                    code += 1;
                }
                if emitted >= MAX_MAPPINGS {
                    return;
                }
            }
        }
        _ => {}
    }
}

/// The 258 standard Macintosh glyph names of the `post` table.
static MAC_GLYPH_NAMES: [&str; 258] = [
    ".notdef",
    ".null",
    "nonmarkingreturn",
    "space",
    "exclam",
    "quotedbl",
    "numbersign",
    "dollar",
    "percent",
    "ampersand",
    "quotesingle",
    "parenleft",
    "parenright",
    "asterisk",
    "plus",
    "comma",
    "hyphen",
    "period",
    "slash",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "colon",
    "semicolon",
    "less",
    "equal",
    "greater",
    "question",
    "at",
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
    "G",
    "H",
    "I",
    "J",
    "K",
    "L",
    "M",
    "N",
    "O",
    "P",
    "Q",
    "R",
    "S",
    "T",
    "U",
    "V",
    "W",
    "X",
    "Y",
    "Z",
    "bracketleft",
    "backslash",
    "bracketright",
    "asciicircum",
    "underscore",
    "grave",
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "w",
    "x",
    "y",
    "z",
    "braceleft",
    "bar",
    "braceright",
    "asciitilde",
    "Adieresis",
    "Aring",
    "Ccedilla",
    "Eacute",
    "Ntilde",
    "Odieresis",
    "Udieresis",
    "aacute",
    "agrave",
    "acircumflex",
    "adieresis",
    "atilde",
    "aring",
    "ccedilla",
    "eacute",
    "egrave",
    "ecircumflex",
    "edieresis",
    "iacute",
    "igrave",
    "icircumflex",
    "idieresis",
    "ntilde",
    "oacute",
    "ograve",
    "ocircumflex",
    "odieresis",
    "otilde",
    "uacute",
    "ugrave",
    "ucircumflex",
    "udieresis",
    "dagger",
    "degree",
    "cent",
    "sterling",
    "section",
    "bullet",
    "paragraph",
    "germandbls",
    "registered",
    "copyright",
    "trademark",
    "acute",
    "dieresis",
    "notequal",
    "AE",
    "Oslash",
    "infinity",
    "plusminus",
    "lessequal",
    "greaterequal",
    "yen",
    "mu",
    "partialdiff",
    "summation",
    "product",
    "pi",
    "integral",
    "ordfeminine",
    "ordmasculine",
    "Omega",
    "ae",
    "oslash",
    "questiondown",
    "exclamdown",
    "logicalnot",
    "radical",
    "florin",
    "approxequal",
    "Delta",
    "guillemotleft",
    "guillemotright",
    "ellipsis",
    "nonbreakingspace",
    "Agrave",
    "Atilde",
    "Otilde",
    "OE",
    "oe",
    "endash",
    "emdash",
    "quotedblleft",
    "quotedblright",
    "quoteleft",
    "quoteright",
    "divide",
    "lozenge",
    "ydieresis",
    "Ydieresis",
    "fraction",
    "currency",
    "guilsinglleft",
    "guilsinglright",
    "fi",
    "fl",
    "daggerdbl",
    "periodcentered",
    "quotesinglbase",
    "quotedblbase",
    "perthousand",
    "Acircumflex",
    "Ecircumflex",
    "Aacute",
    "Edieresis",
    "Egrave",
    "Iacute",
    "Icircumflex",
    "Idieresis",
    "Igrave",
    "Oacute",
    "Ocircumflex",
    "apple",
    "Ograve",
    "Uacute",
    "Ucircumflex",
    "Ugrave",
    "dotlessi",
    "circumflex",
    "tilde",
    "macron",
    "breve",
    "dotaccent",
    "ring",
    "cedilla",
    "hungarumlaut",
    "ogonek",
    "caron",
    "Lslash",
    "lslash",
    "Scaron",
    "scaron",
    "Zcaron",
    "zcaron",
    "brokenbar",
    "Eth",
    "eth",
    "Yacute",
    "yacute",
    "Thorn",
    "thorn",
    "minus",
    "multiply",
    "onesuperior",
    "twosuperior",
    "threesuperior",
    "onehalf",
    "onequarter",
    "threequarters",
    "franc",
    "Gbreve",
    "gbreve",
    "Idotaccent",
    "Scedilla",
    "scedilla",
    "Cacute",
    "cacute",
    "Ccaron",
    "ccaron",
    "dcroat",
];
