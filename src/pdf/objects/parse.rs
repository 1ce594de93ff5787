//! One object read from the file's bytes into lopdf's object model: an indirect object
//! (`n g obj … endobj`, a stream's data delimited by its `/Length` or, when that is wrong, by
//! `endstream`), or a direct object inside an object stream. The grammar is the content
//! lexer's, read in its reference-aware mode.

use crate::pdf::lexer::{Lexer, Operand, Operands};
use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};
use std::ops::Range;

/// The id an indirect object's header at `offset` declares, and the position after `obj`.
pub fn header(bytes: &[u8], offset: usize) -> Option<(ObjectId, usize)> {
    if offset >= bytes.len() {
        return None;
    }
    let mut lexer = Lexer::for_objects(bytes, offset, 0);
    let number = u32::try_from(lexer.read_unsigned()?).ok()?;
    let generation = u16::try_from(lexer.read_unsigned()?).ok()?;
    (lexer.read_word() == b"obj").then(|| ((number, generation), lexer.position()))
}

/// The indirect object at `offset`, with the id its header declares. `length_of` reads a
/// stream's `/Length` when it is a reference.
pub fn indirect_object(
    bytes: &[u8],
    offset: usize,
    max_nesting: usize,
    scratch: &mut Operands,
    length_of: &dyn Fn(ObjectId) -> Option<i64>,
) -> Option<(ObjectId, Object)> {
    let (id, body) = header(bytes, offset)?;
    let mut lexer = Lexer::for_objects(bytes, body, max_nesting);
    if !lexer.read_object(scratch).ok()? {
        return None;
    }
    let object = convert_first(scratch)?;
    let Object::Dictionary(dict) = object else {
        return Some((id, object));
    };
    if lexer.read_word() != b"stream" {
        return Some((id, Object::Dictionary(dict)));
    }
    let Some(data) = stream_data(bytes, lexer.position(), &dict, length_of) else {
        // No end to the data: keep the dictionary alone.
        return Some((id, Object::Dictionary(dict)));
    };
    let start = data.start;
    let mut stream = Stream::new(dict, bytes[data].to_vec());
    stream.start_position = Some(start);
    Some((id, Object::Stream(stream)))
}

/// The direct object at `pos` of `data` (an object stream's decoded contents).
pub fn direct_object(data: &[u8], pos: usize, max_nesting: usize, scratch: &mut Operands) -> Option<Object> {
    let mut lexer = Lexer::for_objects(data, pos, max_nesting);
    if !lexer.read_object(scratch).ok()? {
        return None;
    }
    convert_first(scratch)
}

/// A non-negative integer object at `offset` (`n g obj 123 endobj`), for a `/Length` that is a
/// reference: read without building anything else.
pub fn integer_at(bytes: &[u8], offset: usize, id: ObjectId) -> Option<i64> {
    let (declared, body) = header(bytes, offset)?;
    if declared != id {
        return None;
    }
    let value = Lexer::for_objects(bytes, body, 0).read_unsigned()?;
    i64::try_from(value).ok()
}

/// A non-negative integer at `pos` of an object stream's data.
pub fn integer_in(data: &[u8], pos: usize) -> Option<i64> {
    i64::try_from(Lexer::for_objects(data, pos, 0).read_unsigned()?).ok()
}

/// Where the data lies of a stream whose `stream` keyword ends at `after_keyword`.
fn stream_data(
    bytes: &[u8],
    after_keyword: usize,
    dict: &Dictionary,
    length_of: &dyn Fn(ObjectId) -> Option<i64>,
) -> Option<Range<usize>> {
    // The keyword is followed by CR LF or LF (a lone CR is tolerated, as viewers do).
    let start = match bytes.get(after_keyword..after_keyword + 2) {
        Some(b"\r\n") => after_keyword + 2,
        _ if matches!(bytes.get(after_keyword), Some(b'\n' | b'\r')) => after_keyword + 1,
        _ => after_keyword,
    };
    let declared = match dict.get(b"Length").ok() {
        Some(Object::Integer(n)) => Some(*n),
        Some(Object::Reference(id)) => length_of(*id),
        _ => None,
    };
    if let Some(end) = declared
        .and_then(|n| usize::try_from(n).ok())
        .and_then(|n| start.checked_add(n))
        .filter(|&end| end <= bytes.len() && ends_stream(bytes, end))
    {
        return Some(start..end);
    }
    // A wrong or missing length: the data runs to `endstream`, less the end of line before it.
    let found = memchr::memmem::find(bytes.get(start..)?, b"endstream")?;
    let mut end = start + found;
    if end > start && bytes[end - 1] == b'\n' {
        end -= 1;
    }
    if end > start && bytes[end - 1] == b'\r' {
        end -= 1;
    }
    Some(start..end)
}

/// Whether `endstream` follows `at`, after at most an end of line and some spaces.
fn ends_stream(bytes: &[u8], at: usize) -> bool {
    let rest = bytes.get(at..).unwrap_or_default();
    let skipped = rest
        .iter()
        .take(8)
        .take_while(|&&c| crate::pdf::lexer::is_whitespace(c))
        .count();
    rest[skipped..].starts_with(b"endstream")
}

/// The object [`Lexer::read_object`] left in `scratch`.
pub fn convert_first(scratch: &Operands) -> Option<Object> {
    Some(convert(scratch.first()?))
}

/// A lexed operand as a lopdf object. Nesting is bounded by the lexer.
fn convert(operand: Operand<'_>) -> Object {
    match operand {
        Operand::Integer(i) => Object::Integer(i),
        Operand::Real(r) => Object::Real(r),
        Operand::Bool(b) => Object::Boolean(b),
        Operand::Null => Object::Null,
        Operand::Name(n) => Object::Name(n.to_vec()),
        Operand::String(s) => Object::String(s.to_vec(), StringFormat::Literal),
        Operand::Reference(number, generation) => Object::Reference((number, generation)),
        Operand::Array(items) => Object::Array(items.iter().map(convert).collect()),
        Operand::Dictionary(items) => {
            let mut dict = Dictionary::new();
            let mut items = items.iter();
            while let (Some(key), Some(value)) = (items.next(), items.next()) {
                if let Operand::Name(key) = key {
                    dict.set(key.to_vec(), convert(value));
                }
            }
            Object::Dictionary(dict)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_lengths(_: ObjectId) -> Option<i64> {
        None
    }

    fn parse(bytes: &[u8]) -> Option<(ObjectId, Object)> {
        indirect_object(bytes, 0, 16, &mut Operands::default(), &no_lengths)
    }

    #[test]
    fn a_dictionary_with_references_names_and_strings() {
        let (id, object) =
            parse(b"12 0 obj\n<< /Type /Font /Widths 7 0 R /Kids [1 0 R 2 0 R] /N (a\\)b) /H <41 42> /X#41 3 >>\nendobj")
                .expect("parses");
        assert_eq!(id, (12, 0));
        let dict = object.as_dict().expect("a dictionary");
        assert_eq!(
            dict.get(b"Type").and_then(Object::as_name).ok(),
            Some(&b"Font"[..])
        );
        assert_eq!(
            dict.get(b"Widths").and_then(Object::as_reference).ok(),
            Some((7, 0))
        );
        let kids = dict.get(b"Kids").and_then(Object::as_array).expect("kids");
        assert_eq!(kids, &vec![Object::Reference((1, 0)), Object::Reference((2, 0))]);
        assert_eq!(dict.get(b"N").and_then(Object::as_str).ok(), Some(&b"a)b"[..]));
        assert_eq!(dict.get(b"H").and_then(Object::as_str).ok(), Some(&b"AB"[..]));
        assert_eq!(dict.get(b"XA").and_then(Object::as_i64).ok(), Some(3));
    }

    #[test]
    fn numbers_that_are_not_references_stay_numbers() {
        let (_, object) = parse(b"3 0 obj [1 2 3 0 R 4.5 -6 7 8] endobj").expect("parses");
        assert_eq!(
            object,
            Object::Array(vec![
                Object::Integer(1),
                Object::Integer(2),
                Object::Reference((3, 0)),
                Object::Real(4.5),
                Object::Integer(-6),
                Object::Integer(7),
                Object::Integer(8),
            ])
        );
    }

    #[test]
    fn a_stream_is_delimited_by_its_length() {
        let bytes = b"5 0 obj << /Length 10 >>\r\nstream\r\nendstream!\nendstream endobj";
        let (_, object) = parse(bytes).expect("parses");
        let Object::Stream(stream) = object else {
            panic!("a stream")
        };
        assert_eq!(stream.content, b"endstream!");
    }

    #[test]
    fn a_wrong_length_falls_back_to_endstream() {
        for length in ["3", "999", "-1", "9 0 R"] {
            let bytes = format!("5 0 obj << /Length {length} >> stream\nBT (Hi) Tj ET\nendstream endobj");
            let (_, object) = parse(bytes.as_bytes()).expect("parses");
            let Object::Stream(stream) = object else {
                panic!("a stream")
            };
            assert_eq!(stream.content, b"BT (Hi) Tj ET", "length {length}");
        }
    }

    #[test]
    fn an_indirect_length_is_read_through_the_callback() {
        let bytes = b"5 0 obj << /Length 9 0 R >> stream\nabcendstreamxyz\nendstream endobj";
        let length = |id: ObjectId| (id == (9, 0)).then_some(15);
        let (_, object) = indirect_object(bytes, 0, 16, &mut Operands::default(), &length).expect("parses");
        let Object::Stream(stream) = object else {
            panic!("a stream")
        };
        assert_eq!(stream.content, b"abcendstreamxyz");
    }

    #[test]
    fn headers_must_be_well_formed() {
        assert_eq!(header(b"7 1 obj null", 0).map(|(id, _)| id), Some((7, 1)));
        for bad in [
            &b"7 obj null"[..],
            b"7 0 R",
            b"x 0 obj",
            b"7 0 objx",
            b"-7 0 obj",
            b"",
        ] {
            assert_eq!(header(bad, 0), None, "{:?}", String::from_utf8_lossy(bad));
        }
        assert_eq!(header(b"1 0 obj", 99), None);
    }

    #[test]
    fn integers_for_indirect_lengths() {
        assert_eq!(integer_at(b"9 0 obj 1234 endobj", 0, (9, 0)), Some(1234));
        assert_eq!(integer_at(b"9 0 obj 1234 endobj", 0, (8, 0)), None);
        assert_eq!(integer_at(b"9 0 obj /N endobj", 0, (9, 0)), None);
        assert_eq!(integer_in(b"  42 ", 0), Some(42));
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = format!("1 0 obj {}{} endobj", "[".repeat(40), "]".repeat(40));
        assert!(indirect_object(deep.as_bytes(), 0, 16, &mut Operands::default(), &no_lengths).is_none());
        assert!(indirect_object(deep.as_bytes(), 0, 64, &mut Operands::default(), &no_lengths).is_some());
    }
}
