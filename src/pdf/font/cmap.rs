//! CMaps: the codespace that splits a byte string into character codes, the code → CID map of
//! an embedded encoding CMap, and the code → Unicode map of a `/ToUnicode` CMap
//! (`bfchar`, `bfrange` with incrementing strings or arrays).

/// Entries kept from one CMap; a hostile range like `<00000000> <FFFFFFFF>` is stored as one
/// range, never expanded, but the number of ranges and chars is still bounded.
const MAX_ENTRIES: usize = 200_000;

/// Longest Unicode value of one code, in UTF-16 units (ligatures and ActualText-like runs).
const MAX_DST_UNITS: usize = 32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct CodespaceRange {
    len: u8,
    lo: [u8; 4],
    hi: [u8; 4],
}

#[derive(Clone, Debug)]
enum RangeDst {
    /// The first code maps to these UTF-16 units; each next code adds one to the last unit.
    Incrementing(Vec<u16>),
    /// One destination per code.
    Array(Vec<Vec<u16>>),
}

#[derive(Clone, Debug)]
struct UnicodeRange {
    lo: u32,
    hi: u32,
    dst: RangeDst,
}

#[derive(Clone, Copy, Debug)]
struct CidRange {
    lo: u32,
    hi: u32,
    cid: u32,
}

/// A parsed CMap.
#[derive(Clone, Debug, Default)]
pub struct CMap {
    codespace: Vec<CodespaceRange>,
    /// Single codes → UTF-16, sorted by code.
    chars: Vec<(u32, Vec<u16>)>,
    /// Code ranges → UTF-16, sorted by `lo`.
    ranges: Vec<UnicodeRange>,
    /// Code ranges → CID (encoding CMaps), sorted by `lo`.
    cids: Vec<CidRange>,
    /// Name of a predefined CMap this one builds on (`usecmap`).
    pub uses: Option<Vec<u8>>,
    /// Writing mode: 1 for vertical.
    pub wmode: u8,
    /// The code length when the codespace is one range of all codes of that length (as in
    /// Identity-H); 0 otherwise.
    uniform_len: u8,
}

impl CMap {
    /// The predefined `Identity-H`/`Identity-V` CMaps: two-byte codes, CID = code.
    pub fn identity(vertical: bool) -> CMap {
        CMap {
            codespace: vec![CodespaceRange {
                len: 2,
                lo: [0, 0, 0, 0],
                hi: [0xFF, 0xFF, 0, 0],
            }],
            cids: vec![CidRange {
                lo: 0,
                hi: 0xFFFF,
                cid: 0,
            }],
            wmode: u8::from(vertical),
            uniform_len: 2,
            ..CMap::default()
        }
    }

    /// True when the CMap maps no code to Unicode.
    pub fn has_unicode(&self) -> bool {
        !self.chars.is_empty() || !self.ranges.is_empty()
    }

    pub fn has_codespace(&self) -> bool {
        !self.codespace.is_empty()
    }

    /// Splits the next code off `bytes`: `(code, length)`. Codes follow the codespace ranges;
    /// bytes that match none are taken one at a time (or by the shortest range length), as
    /// viewers do, so decoding always advances.
    pub fn next_code(&self, bytes: &[u8]) -> (u32, usize) {
        if self.codespace.is_empty() {
            return (u32::from(bytes.first().copied().unwrap_or(0)), 1);
        }
        // Most composite fonts split every string into two-byte codes (Identity-H).
        match (self.uniform_len, bytes) {
            (1, [a, ..]) => return (u32::from(*a), 1),
            (2, [a, b, ..]) => return (u32::from(*a) << 8 | u32::from(*b), 2),
            _ => {}
        }
        let mut shortest = 4usize;
        for len in 1..=4usize {
            if len > bytes.len() {
                break;
            }
            for range in self.codespace.iter().filter(|r| usize::from(r.len) == len) {
                shortest = shortest.min(len);
                if (0..len).all(|i| range.lo[i] <= bytes[i] && bytes[i] <= range.hi[i]) {
                    return (code_of(&bytes[..len]), len);
                }
            }
        }
        let len = self
            .codespace
            .iter()
            .map(|r| usize::from(r.len))
            .min()
            .unwrap_or(1)
            .min(shortest)
            .clamp(1, bytes.len().max(1));
        (code_of(&bytes[..len.min(bytes.len())]), len)
    }

    /// The CID of `code` in an encoding CMap.
    pub fn cid(&self, code: u32) -> Option<u32> {
        let i = self.cids.partition_point(|r| r.lo <= code);
        let r = self.cids.get(i.checked_sub(1)?)?;
        (code <= r.hi).then(|| r.cid.wrapping_add(code - r.lo))
    }

    /// The first code that maps to exactly `target`.
    pub fn code_for(&self, target: char) -> Option<u32> {
        let mut buf = [0u16; 2];
        let want: &[u16] = target.encode_utf16(&mut buf);
        if let Some((code, _)) = self.chars.iter().find(|(_, u)| u.as_slice() == want) {
            return Some(*code);
        }
        self.ranges.iter().find_map(|r| match &r.dst {
            RangeDst::Incrementing(base) if base.len() == 1 && want.len() == 1 => {
                let offset = want[0].checked_sub(base[0])?;
                (u32::from(offset) <= r.hi - r.lo).then_some(r.lo + u32::from(offset))
            }
            RangeDst::Array(items) => items
                .iter()
                .position(|u| u.as_slice() == want)
                .map(|i| r.lo + i as u32),
            _ => None,
        })
    }

    /// Appends the Unicode text of `code` to `out`; false when the CMap does not map it.
    pub fn unicode(&self, code: u32, out: &mut String) -> bool {
        if let Ok(i) = self.chars.binary_search_by_key(&code, |(c, _)| *c) {
            return push_utf16(self.chars[i].1.iter().copied(), out);
        }
        let i = self.ranges.partition_point(|r| r.lo <= code);
        let Some(range) = i.checked_sub(1).and_then(|i| self.ranges.get(i)) else {
            return false;
        };
        if code > range.hi {
            return false;
        }
        let offset = code - range.lo;
        match &range.dst {
            RangeDst::Array(items) => items
                .get(offset as usize)
                .is_some_and(|u| push_utf16(u.iter().copied(), out)),
            RangeDst::Incrementing(base) => {
                let Some((&last, head)) = base.split_last() else {
                    return false;
                };
                // Only the last unit counts up (in practice the range never crosses a 256
                // boundary of it; when it does, viewers overflow into the unit, as here).
                let units = head.iter().copied().chain([last.wrapping_add(offset as u16)]);
                push_utf16(units, out)
            }
        }
    }

    /// Parses CMap source text (ToUnicode or encoding CMap). Never fails: what cannot be read is
    /// skipped.
    pub fn parse(data: &[u8]) -> CMap {
        let mut cmap = CMap::default();
        let mut tokens = Tokens { data, pos: 0 };
        let mut previous: Vec<Token> = Vec::new();
        while let Some(token) = tokens.next() {
            match &token {
                Token::Keyword(b"begincodespacerange") => {
                    while let Some((lo, hi)) = pair(&mut tokens, b"endcodespacerange") {
                        if let (Token::Hex(lo), Token::Hex(hi)) = (lo, hi)
                            && (1..=4).contains(&lo.len())
                            && lo.len() == hi.len()
                            && cmap.codespace.len() < 64
                        {
                            let mut range = CodespaceRange {
                                len: lo.len() as u8,
                                lo: [0; 4],
                                hi: [0; 4],
                            };
                            range.lo[..lo.len()].copy_from_slice(&lo);
                            range.hi[..hi.len()].copy_from_slice(&hi);
                            cmap.codespace.push(range);
                        }
                    }
                }
                Token::Keyword(b"beginbfchar") => {
                    while let Some((src, dst)) = pair(&mut tokens, b"endbfchar") {
                        if cmap.chars.len() >= MAX_ENTRIES {
                            continue;
                        }
                        let (Token::Hex(src), Some(units)) = (src, dst_units(&dst)) else {
                            continue;
                        };
                        if src.len() <= 4 {
                            cmap.chars.push((code_of(&src), units));
                        }
                    }
                }
                Token::Keyword(b"beginbfrange") => {
                    while let Some(lo) = tokens.next() {
                        if matches!(lo, Token::Keyword(b"endbfrange")) {
                            break;
                        }
                        let (Some(hi), Some(dst)) = (tokens.next(), tokens.next()) else {
                            break;
                        };
                        let (Token::Hex(lo), Token::Hex(hi)) = (lo, hi) else {
                            continue;
                        };
                        if lo.len() > 4 || hi.len() > 4 || cmap.ranges.len() >= MAX_ENTRIES {
                            continue;
                        }
                        let (lo, hi) = (code_of(&lo), code_of(&hi));
                        if hi < lo {
                            continue;
                        }
                        let dst = match dst {
                            Token::Hex(bytes) => match utf16_units(&bytes) {
                                Some(units) => RangeDst::Incrementing(units),
                                None => continue,
                            },
                            Token::Array(items) => RangeDst::Array(
                                items.iter().map(|t| dst_units(t).unwrap_or_default()).collect(),
                            ),
                            _ => continue,
                        };
                        cmap.ranges.push(UnicodeRange { lo, hi, dst });
                    }
                }
                Token::Keyword(b"begincidchar") => {
                    while let Some((src, dst)) = pair(&mut tokens, b"endcidchar") {
                        if let (Token::Hex(src), Token::Number(cid)) = (src, dst)
                            && src.len() <= 4
                            && cmap.cids.len() < MAX_ENTRIES
                        {
                            let code = code_of(&src);
                            cmap.cids.push(CidRange {
                                lo: code,
                                hi: code,
                                cid: cid as u32,
                            });
                        }
                    }
                }
                Token::Keyword(b"begincidrange") => {
                    while let Some(lo) = tokens.next() {
                        if matches!(lo, Token::Keyword(b"endcidrange")) {
                            break;
                        }
                        let (Some(hi), Some(cid)) = (tokens.next(), tokens.next()) else {
                            break;
                        };
                        if let (Token::Hex(lo), Token::Hex(hi), Token::Number(cid)) = (lo, hi, cid)
                            && lo.len() <= 4
                            && hi.len() <= 4
                            && cmap.cids.len() < MAX_ENTRIES
                        {
                            let (lo, hi) = (code_of(&lo), code_of(&hi));
                            if hi >= lo {
                                cmap.cids.push(CidRange {
                                    lo,
                                    hi,
                                    cid: cid as u32,
                                });
                            }
                        }
                    }
                }
                Token::Keyword(b"usecmap") => {
                    if let Some(Token::Name(name)) = previous.last() {
                        cmap.uses = Some(name.clone());
                    }
                }
                Token::Keyword(b"def") => {
                    if let [.., Token::Name(key), Token::Number(v)] = previous.as_slice()
                        && key == b"WMode"
                    {
                        cmap.wmode = u8::from(*v == 1);
                    }
                }
                _ => {}
            }
            if previous.len() >= 2 {
                previous.remove(0);
            }
            previous.push(token);
        }
        // Later entries win on duplicates, as in the spec's sequential reading.
        cmap.chars.reverse();
        cmap.chars.sort_by_key(|(c, _)| *c);
        cmap.chars.dedup_by_key(|(c, _)| *c);
        cmap.ranges.sort_by_key(|r| r.lo);
        cmap.cids.sort_by_key(|r| r.lo);
        cmap.uniform_len = match cmap.codespace.as_slice() {
            [only] if (0..usize::from(only.len)).all(|i| only.lo[i] == 0 && only.hi[i] == 0xFF) => only.len,
            _ => 0,
        };
        cmap
    }
}

fn pair(tokens: &mut Tokens, end: &[u8]) -> Option<(Token, Token)> {
    let a = tokens.next()?;
    if matches!(&a, Token::Keyword(k) if *k == end) {
        return None;
    }
    let b = tokens.next()?;
    if matches!(&b, Token::Keyword(k) if *k == end) {
        return None;
    }
    Some((a, b))
}

fn code_of(bytes: &[u8]) -> u32 {
    bytes.iter().take(4).fold(0u32, |acc, &b| acc << 8 | u32::from(b))
}

fn utf16_units(bytes: &[u8]) -> Option<Vec<u16>> {
    if bytes.is_empty() || bytes.len() > MAX_DST_UNITS * 2 {
        return None;
    }
    if bytes.len() == 1 {
        return Some(vec![u16::from(bytes[0])]);
    }
    Some(
        bytes
            .chunks(2)
            .map(|c| u16::from(c[0]) << 8 | u16::from(*c.get(1).unwrap_or(&0)))
            .collect(),
    )
}

/// A destination: a UTF-16BE hex string, or a glyph name (allowed by the spec in `bfchar`).
fn dst_units(token: &Token) -> Option<Vec<u16>> {
    match token {
        Token::Hex(bytes) => utf16_units(bytes),
        Token::Name(name) => {
            let mut s = String::new();
            if !crate::pdf::tables::glyph_to_unicode(name, &mut s) {
                return None;
            }
            let units: Vec<u16> = s.encode_utf16().collect();
            (units.len() <= MAX_DST_UNITS).then_some(units)
        }
        _ => None,
    }
}

/// Appends UTF-16 units as text; unpaired surrogates become U+FFFD. NUL-only maps count as
/// unmapped (some producers write `<0000>` for glyphs they could not name).
fn push_utf16(units: impl Iterator<Item = u16> + Clone, out: &mut String) -> bool {
    if units.clone().all(|u| u == 0) {
        return false;
    }
    out.extend(char::decode_utf16(units).map(|r| r.unwrap_or('\u{FFFD}')));
    true
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Hex(Vec<u8>),
    Name(Vec<u8>),
    Number(i64),
    Array(Vec<Token>),
    Keyword(&'static [u8]),
    Other,
}

/// A minimal PostScript tokenizer for CMap files.
struct Tokens<'a> {
    data: &'a [u8],
    pos: usize,
}

/// Keywords the parser acts on; anything else is `Other`.
const KEYWORDS: &[&[u8]] = &[
    b"begincodespacerange",
    b"endcodespacerange",
    b"beginbfchar",
    b"endbfchar",
    b"beginbfrange",
    b"endbfrange",
    b"begincidchar",
    b"endcidchar",
    b"begincidrange",
    b"endcidrange",
    b"usecmap",
    b"def",
];

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        self.token(0)
    }
}

impl Tokens<'_> {
    fn token(&mut self, depth: usize) -> Option<Token> {
        use crate::pdf::lexer::{is_delimiter, is_whitespace};
        loop {
            let &c = self.data.get(self.pos)?;
            if is_whitespace(c) {
                self.pos += 1;
            } else if c == b'%' {
                while self.data.get(self.pos).is_some_and(|&c| c != b'\n' && c != b'\r') {
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
        let &c = self.data.get(self.pos)?;
        match c {
            b'<' if self.data.get(self.pos + 1) == Some(&b'<') => {
                self.pos += 2;
                Some(Token::Other)
            }
            b'>' => {
                self.pos += if self.data.get(self.pos + 1) == Some(&b'>') {
                    2
                } else {
                    1
                };
                Some(Token::Other)
            }
            b'<' => {
                self.pos += 1;
                let mut out = Vec::new();
                let mut high: Option<u8> = None;
                while let Some(&c) = self.data.get(self.pos) {
                    self.pos += 1;
                    if c == b'>' {
                        break;
                    }
                    let v = match c {
                        b'0'..=b'9' => c - b'0',
                        b'a'..=b'f' => c - b'a' + 10,
                        b'A'..=b'F' => c - b'A' + 10,
                        _ => continue,
                    };
                    match high.take() {
                        Some(h) => out.push(h << 4 | v),
                        None => high = Some(v),
                    }
                }
                if let Some(h) = high {
                    out.push(h << 4);
                }
                Some(Token::Hex(out))
            }
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    match self.data.get(self.pos) {
                        None => break,
                        Some(b']') => {
                            self.pos += 1;
                            break;
                        }
                        Some(&c) if is_whitespace(c) => self.pos += 1,
                        Some(_) => {
                            let before = self.pos;
                            let item = if depth < 4 { self.token(depth + 1) } else { None };
                            if let Some(item) = item
                                && items.len() < 65_536
                            {
                                items.push(item);
                            }
                            if self.pos == before {
                                self.pos += 1;
                            }
                        }
                    }
                }
                Some(Token::Array(items))
            }
            b'(' => {
                // Strings in CMaps are only registry names; skip balanced.
                let mut depth = 0usize;
                while let Some(&c) = self.data.get(self.pos) {
                    self.pos += 1;
                    match c {
                        b'\\' => self.pos += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                Some(Token::Other)
            }
            b'/' => {
                self.pos += 1;
                let start = self.pos;
                while self
                    .data
                    .get(self.pos)
                    .is_some_and(|&c| !is_whitespace(c) && !is_delimiter(c))
                {
                    self.pos += 1;
                }
                Some(Token::Name(self.data[start..self.pos].to_vec()))
            }
            _ => {
                let start = self.pos;
                while self
                    .data
                    .get(self.pos)
                    .is_some_and(|&c| !is_whitespace(c) && !is_delimiter(c))
                {
                    self.pos += 1;
                }
                if self.pos == start {
                    self.pos += 1;
                    return Some(Token::Other);
                }
                let word = &self.data[start..self.pos];
                if let Some(k) = KEYWORDS.iter().find(|k| **k == word) {
                    return Some(Token::Keyword(k));
                }
                match std::str::from_utf8(word).ok().and_then(|s| s.parse::<i64>().ok()) {
                    Some(n) => Some(Token::Number(n)),
                    None => Some(Token::Other),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(cmap: &CMap, mut bytes: &[u8]) -> Vec<(u32, usize)> {
        let mut out = Vec::new();
        while !bytes.is_empty() {
            let (code, len) = cmap.next_code(bytes);
            out.push((code, len));
            bytes = &bytes[len.max(1).min(bytes.len())..];
        }
        out
    }

    #[test]
    fn identity_splits_two_byte_codes_and_a_trailing_byte() {
        let cmap = CMap::identity(false);
        assert_eq!(
            codes(&cmap, &[0x00, 0x41, 0x12, 0x34, 0x07]),
            [(0x41, 2), (0x1234, 2), (7, 1)]
        );
        assert_eq!(cmap.cid(0x1234), Some(0x1234));
    }

    #[test]
    fn a_full_one_byte_codespace_reads_byte_by_byte() {
        let cmap = CMap::parse(b"1 begincodespacerange <00> <FF> endcodespacerange");
        assert_eq!(codes(&cmap, b"AB"), [(0x41, 1), (0x42, 1)]);
    }

    #[test]
    fn mixed_codespaces_follow_the_ranges() {
        // Shift-JIS style: single bytes up to 0x80, two bytes from 0x8140.
        let cmap = CMap::parse(b"2 begincodespacerange <00> <80> <8140> <9FFC> endcodespacerange");
        assert_eq!(
            codes(&cmap, &[0x41, 0x81, 0x40, 0x9F, 0xFC, 0x42]),
            [(0x41, 1), (0x8140, 2), (0x9FFC, 2), (0x42, 1)]
        );
    }

    #[test]
    fn a_partial_two_byte_range_is_not_taken_as_uniform() {
        let cmap = CMap::parse(b"1 begincodespacerange <0000> <00FF> endcodespacerange");
        // 0x01 0x00 is outside the range: the shortest range length is taken, as viewers do.
        assert_eq!(codes(&cmap, &[0x00, 0x41, 0x01, 0x00]), [(0x41, 2), (0x0100, 2)]);
        assert_eq!(cmap.uniform_len, 0);
    }

    #[test]
    fn unicode_from_chars_and_ranges() {
        let cmap = CMap::parse(
            b"2 beginbfchar <0003> <0020> <0010> <00660069> endbfchar \
              2 beginbfrange <0020> <0022> <0041> <0030> <0031> [<0436> <04D9>] endbfrange",
        );
        let text = |code| {
            let mut s = String::new();
            cmap.unicode(code, &mut s).then_some(s)
        };
        assert_eq!(text(0x03).as_deref(), Some(" "));
        assert_eq!(text(0x10).as_deref(), Some("fi"));
        assert_eq!(text(0x21).as_deref(), Some("B"));
        assert_eq!(text(0x31).as_deref(), Some("ә"));
        assert_eq!(text(0x23), None);
    }

    #[test]
    fn glyph_name_values_are_capped_like_hex_values() {
        let longest = format!("/uni{}", "0041".repeat(MAX_DST_UNITS));
        let long = format!("/uni{}", "0041".repeat(MAX_DST_UNITS + 1));
        let source = format!("3 beginbfchar <01> /f_i <02> {long} <03> {longest} endbfchar");
        let cmap = CMap::parse(source.as_bytes());
        let mut s = String::new();
        assert!(cmap.unicode(1, &mut s));
        assert_eq!(s, "fi");
        assert!(!cmap.unicode(2, &mut String::new()));
        let mut s = String::new();
        assert!(cmap.unicode(3, &mut s));
        assert_eq!(s, "A".repeat(MAX_DST_UNITS));
    }
}
