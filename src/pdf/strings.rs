//! PDF text strings (metadata, `/ActualText`): UTF-16BE or UTF-8 with a byte-order mark, else
//! PDFDocEncoding.

use crate::pdf::tables::PDF_DOC_CHARS;

pub fn decode_text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units = rest.chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]]));
        return char::decode_utf16(units)
            .map(|r| r.unwrap_or('\u{FFFD}'))
            .collect();
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    bytes
        .iter()
        .map(|&b| PDF_DOC_CHARS[usize::from(b)])
        .filter(|&c| c != '\0')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_the_three_forms() {
        assert_eq!(decode_text_string(b"\xFE\xFF\x04\x10\x00b"), "Аb");
        assert_eq!(decode_text_string("\u{FEFF}₼".as_bytes()), "₼");
        assert_eq!(decode_text_string(b"Caf\xe9 \x80"), "Café •");
    }
}
