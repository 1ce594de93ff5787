//! A streaming content-stream lexer: yields one operator at a time with its operands as lopdf
//! objects, so that a page's operators are never all held in memory, nesting is bounded, and
//! inline images (`BI … ID <binary> EI`) are skipped without being decoded.

use lopdf::{Dictionary, Object, StringFormat};

/// What went wrong while reading a content stream.
#[derive(Debug, PartialEq, Eq)]
pub enum LexError {
    /// Arrays or dictionaries nested deeper than allowed.
    TooDeep,
}

/// Reads operators from a decoded content stream.
pub struct Lexer<'a> {
    data: &'a [u8],
    pos: usize,
    max_nesting: usize,
}

/// An operator and the operands that preceded it.
pub struct Operation<'a> {
    pub operator: &'a [u8],
}

impl<'a> Lexer<'a> {
    pub fn new(data: &'a [u8], max_nesting: usize) -> Self {
        Lexer {
            data,
            pos: 0,
            max_nesting,
        }
    }

    /// Reads operands into `operands` (cleared first) up to the next operator, and returns the
    /// operator, or `None` at the end of the stream. Inline images are reported as the operator
    /// `BI` with no operands, their data skipped.
    pub fn next_operation(&mut self, operands: &mut Vec<Object>) -> Result<Option<Operation<'a>>, LexError> {
        operands.clear();
        loop {
            self.skip_whitespace_and_comments();
            let Some(&c) = self.data.get(self.pos) else {
                return Ok(None);
            };
            match c {
                b'/' | b'(' | b'<' | b'[' | b'+' | b'-' | b'.' | b'0'..=b'9' => {
                    if let Some(object) = self.object(0)? {
                        // Operands beyond any operator's need are garbage; keep memory bounded.
                        if operands.len() < MAX_OPERANDS {
                            operands.push(object);
                        }
                    }
                }
                b']' | b')' | b'>' | b'{' | b'}' => self.pos += 1, // stray delimiters
                _ => {
                    let word = self.regular_word();
                    match word {
                        b"true" => operands.push(Object::Boolean(true)),
                        b"false" => operands.push(Object::Boolean(false)),
                        b"null" => operands.push(Object::Null),
                        b"BI" => {
                            self.skip_inline_image();
                            operands.clear();
                            return Ok(Some(Operation { operator: b"BI" }));
                        }
                        b"" => self.pos += 1,
                        _ => return Ok(Some(Operation { operator: word })),
                    }
                }
            }
        }
    }

    fn skip_whitespace_and_comments(&mut self) {
        while let Some(&c) = self.data.get(self.pos) {
            if is_whitespace(c) {
                self.pos += 1;
            } else if c == b'%' {
                while let Some(&c) = self.data.get(self.pos) {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    /// A run of regular characters (an operator or keyword).
    fn regular_word(&mut self) -> &'a [u8] {
        let start = self.pos;
        while let Some(&c) = self.data.get(self.pos) {
            if is_whitespace(c) || is_delimiter(c) {
                break;
            }
            self.pos += 1;
        }
        &self.data[start..self.pos]
    }

    /// One object at the current position; `None` for something unreadable (skipped).
    fn object(&mut self, depth: usize) -> Result<Option<Object>, LexError> {
        if depth > self.max_nesting {
            return Err(LexError::TooDeep);
        }
        self.skip_whitespace_and_comments();
        let Some(&c) = self.data.get(self.pos) else {
            return Ok(None);
        };
        Ok(match c {
            b'/' => Some(Object::Name(self.name())),
            b'(' => Some(Object::String(self.literal_string(), StringFormat::Literal)),
            b'<' if self.data.get(self.pos + 1) == Some(&b'<') => {
                self.pos += 2;
                Some(Object::Dictionary(self.dictionary(depth + 1)?))
            }
            b'<' => Some(Object::String(self.hex_string(), StringFormat::Hexadecimal)),
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_whitespace_and_comments();
                    match self.data.get(self.pos) {
                        None => break,
                        Some(b']') => {
                            self.pos += 1;
                            break;
                        }
                        Some(_) => {
                            let before = self.pos;
                            if let Some(item) = self.object(depth + 1)? {
                                items.push(item);
                            }
                            if self.pos == before {
                                self.pos += 1; // never stall on an unreadable byte
                            }
                        }
                    }
                }
                Some(Object::Array(items))
            }
            b'+' | b'-' | b'.' | b'0'..=b'9' => self.number(),
            _ => {
                let word = self.regular_word();
                match word {
                    b"true" => Some(Object::Boolean(true)),
                    b"false" => Some(Object::Boolean(false)),
                    b"null" => Some(Object::Null),
                    b"" => {
                        self.pos += 1;
                        None
                    }
                    // An operator inside an array or dictionary is malformed; drop it.
                    _ => None,
                }
            }
        })
    }

    fn dictionary(&mut self, depth: usize) -> Result<Dictionary, LexError> {
        let mut dict = Dictionary::new();
        loop {
            self.skip_whitespace_and_comments();
            match self.data.get(self.pos) {
                None => break,
                Some(b'>') => {
                    self.pos += if self.data.get(self.pos + 1) == Some(&b'>') {
                        2
                    } else {
                        1
                    };
                    break;
                }
                Some(b'/') => {
                    let key = self.name();
                    let before = self.pos;
                    match self.object(depth)? {
                        Some(value) => {
                            dict.set(key, value);
                        }
                        None if self.pos == before => self.pos += 1,
                        None => {}
                    }
                }
                Some(_) => {
                    let before = self.pos;
                    self.object(depth)?;
                    if self.pos == before {
                        self.pos += 1;
                    }
                }
            }
        }
        Ok(dict)
    }

    fn name(&mut self) -> Vec<u8> {
        self.pos += 1; // '/'
        let mut out = Vec::new();
        while let Some(&c) = self.data.get(self.pos) {
            if is_whitespace(c) || is_delimiter(c) {
                break;
            }
            if c == b'#'
                && let (Some(h), Some(l)) = (
                    self.data.get(self.pos + 1).and_then(|&b| hex_value(b)),
                    self.data.get(self.pos + 2).and_then(|&b| hex_value(b)),
                )
            {
                out.push(h << 4 | l);
                self.pos += 3;
                continue;
            }
            out.push(c);
            self.pos += 1;
        }
        out
    }

    /// A number; malformed signs ("--5", "5-") are tolerated as viewers do.
    fn number(&mut self) -> Option<Object> {
        let start = self.pos;
        let mut negative = false;
        let mut int_part: i64 = 0;
        let mut frac: f64 = 0.0;
        let mut scale = 1.0f64;
        let (mut seen_dot, mut digits, mut overflow) = (false, 0usize, false);
        while let Some(&c) = self.data.get(self.pos) {
            match c {
                b'0'..=b'9' => {
                    let d = i64::from(c - b'0');
                    if seen_dot {
                        scale /= 10.0;
                        frac += d as f64 * scale;
                    } else {
                        match int_part.checked_mul(10).and_then(|v| v.checked_add(d)) {
                            Some(v) => int_part = v,
                            None => overflow = true,
                        }
                    }
                    digits += 1;
                }
                b'.' if !seen_dot => seen_dot = true,
                b'-' if self.pos == start => negative = true,
                b'+' | b'-' => {}
                _ => break,
            }
            self.pos += 1;
        }
        if self.pos == start {
            self.pos += 1;
            return None;
        }
        if digits == 0 {
            return Some(Object::Integer(0));
        }
        if !seen_dot && !overflow {
            return Some(Object::Integer(if negative { -int_part } else { int_part }));
        }
        let v = if overflow {
            f64::MAX
        } else {
            int_part as f64 + frac
        };
        let v = (if negative { -v } else { v }) as f32;
        v.is_finite().then_some(Object::Real(v))
    }

    fn literal_string(&mut self) -> Vec<u8> {
        self.pos += 1; // '('
        let mut out = Vec::new();
        let mut depth = 1usize;
        while let Some(&c) = self.data.get(self.pos) {
            self.pos += 1;
            match c {
                b'(' => {
                    depth += 1;
                    out.push(c);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    out.push(c);
                }
                b'\\' => {
                    let Some(&e) = self.data.get(self.pos) else {
                        break;
                    };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.data.get(self.pos) {
                                    Some(&d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push((v & 0xFF) as u8);
                        }
                        b'\r' => {
                            if self.data.get(self.pos) == Some(&b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        other => out.push(other),
                    }
                }
                _ => out.push(c),
            }
        }
        out
    }

    fn hex_string(&mut self) -> Vec<u8> {
        self.pos += 1; // '<'
        let mut out = Vec::new();
        let mut high: Option<u8> = None;
        while let Some(&c) = self.data.get(self.pos) {
            self.pos += 1;
            if c == b'>' {
                break;
            }
            if let Some(v) = hex_value(c) {
                match high.take() {
                    Some(h) => out.push(h << 4 | v),
                    None => high = Some(v),
                }
            }
        }
        if let Some(h) = high {
            out.push(h << 4);
        }
        out
    }

    /// Skips `<dict> ID <data> EI`. The data's end is the first `EI` that stands as a word and is
    /// followed by text-like bytes, since image data may itself contain "EI".
    fn skip_inline_image(&mut self) {
        let Some(id) = find_word(self.data, self.pos, b"ID") else {
            self.pos = self.data.len();
            return;
        };
        let mut search = id + 3;
        while let Some(offset) = memchr::memmem::find(self.data.get(search..).unwrap_or_default(), b"EI") {
            let at = search + offset;
            let before_ok = at > 0 && self.data.get(at - 1).is_some_and(|&c| is_whitespace(c));
            let after = self.data.get(at + 2).copied();
            let after_ok = after.is_none_or(|c| is_whitespace(c) || is_delimiter(c));
            let tail = self
                .data
                .get(at + 2..(at + 20).min(self.data.len()))
                .unwrap_or_default();
            let looks_like_content = tail
                .iter()
                .all(|&c| c.is_ascii() && (c >= 0x20 || is_whitespace(c)));
            if before_ok && after_ok && looks_like_content {
                self.pos = at + 2;
                return;
            }
            search = at + 2;
        }
        self.pos = self.data.len();
    }
}

/// Operands kept per operator (the most any operator takes is `d0`/`d1`-style 6, or `sc` with a
/// pattern; 32 leaves room and bounds memory).
const MAX_OPERANDS: usize = 32;

/// Position of `word` standing alone (delimited by whitespace) at or after `from`.
fn find_word(data: &[u8], from: usize, word: &[u8]) -> Option<usize> {
    let mut search = from;
    while let Some(offset) = memchr::memmem::find(data.get(search..)?, word) {
        let at = search + offset;
        let before_ok = at == 0
            || data
                .get(at - 1)
                .is_some_and(|&c| is_whitespace(c) || is_delimiter(c));
        let after_ok = data.get(at + word.len()).is_none_or(|&c| is_whitespace(c));
        if before_ok && after_ok {
            return Some(at);
        }
        search = at + 1;
    }
    None
}

pub fn is_whitespace(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'\0')
}

pub fn is_delimiter(c: u8) -> bool {
    matches!(
        c,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(data: &[u8]) -> Vec<(String, Vec<Object>)> {
        let mut lexer = Lexer::new(data, 16);
        let mut operands = Vec::new();
        let mut out = Vec::new();
        while let Ok(Some(op)) = lexer.next_operation(&mut operands) {
            out.push((
                String::from_utf8_lossy(op.operator).into_owned(),
                operands.clone(),
            ));
        }
        out
    }

    #[test]
    fn reads_text_operators() {
        let got = ops(b"BT /F1 12 Tf 72 700 Td (Hello \\(world\\)) Tj [(A) -120 (B)] TJ ET");
        let names: Vec<&str> = got.iter().map(|(o, _)| o.as_str()).collect();
        assert_eq!(names, ["BT", "Tf", "Td", "Tj", "TJ", "ET"]);
        assert_eq!(got[1].1, vec![Object::Name(b"F1".to_vec()), Object::Integer(12)]);
        assert_eq!(got[3].1[0].as_str().ok(), Some(&b"Hello (world)"[..]));
        let Object::Array(items) = &got[4].1[0] else {
            panic!("TJ operand")
        };
        assert_eq!(items.len(), 3);
    }

    #[test]
    fn hex_strings_names_and_numbers() {
        let got = ops(b"<48 65 6C6C6F> Tj /A#20B 0 .5 -3.25 Tf");
        assert_eq!(got[0].1[0].as_str().ok(), Some(&b"Hello"[..]));
        assert_eq!(
            got[1].1,
            vec![
                Object::Name(b"A B".to_vec()),
                Object::Integer(0),
                Object::Real(0.5),
                Object::Real(-3.25)
            ]
        );
    }

    #[test]
    fn octal_escapes_and_line_continuations() {
        let got = ops(b"(a\\101\\7b\\\nc) Tj");
        assert_eq!(got[0].1[0].as_str().ok(), Some(&b"aA\x07bc"[..]));
    }

    #[test]
    fn skips_inline_images_with_ei_inside_the_data() {
        let got = ops(b"q BI /W 2 /H 2 /BPC 8 ID \x00EI\xff\x01 EI Q (x) Tj");
        let names: Vec<&str> = got.iter().map(|(o, _)| o.as_str()).collect();
        assert_eq!(names, ["q", "BI", "Q", "Tj"]);
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let mut data = vec![b'['; 100_000];
        data.extend(vec![b']'; 100_000]);
        data.extend(b" Tj");
        let mut lexer = Lexer::new(&data, 16);
        let mut operands = Vec::new();
        assert_eq!(lexer.next_operation(&mut operands).err(), Some(LexError::TooDeep));
    }

    #[test]
    fn garbage_never_stalls() {
        let got = ops(b")) >> } { ] 1 2 cm \xff\xfe re");
        assert!(got.iter().any(|(o, _)| o == "cm"));
    }
}
