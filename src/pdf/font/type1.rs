//! The built-in encoding of an embedded Type1 font program (`/Encoding` in its clear-text
//! part), used when the PDF gives no base encoding: TeX fonts rely on it.

/// `(code, glyph name)` pairs of `dup <code> /<name> put` entries, or `None` when the program
/// uses `StandardEncoding` or has no readable encoding.
pub fn builtin_encoding(program: &[u8]) -> Option<Vec<(u8, Vec<u8>)>> {
    // The clear-text part ends where `eexec` starts the encrypted part.
    let end = memchr::memmem::find(program, b"eexec").unwrap_or(program.len());
    let clear = &program[..end];
    let start = memchr::memmem::find(clear, b"/Encoding")?;
    let rest = &clear[start + b"/Encoding".len()..];
    if rest.trim_ascii_start().starts_with(b"StandardEncoding") {
        return None;
    }
    let mut entries = Vec::new();
    let mut words = rest
        .split(|c| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .peekable();
    while let Some(word) = words.next() {
        if word == b"readonly" || word == b"def" {
            break;
        }
        if word != b"dup" {
            continue;
        }
        let (Some(code), Some(name)) = (words.next(), words.next()) else {
            break;
        };
        let Some(code) = std::str::from_utf8(code).ok().and_then(|c| c.parse::<u8>().ok()) else {
            continue;
        };
        if let Some(name) = name.strip_prefix(b"/") {
            entries.push((code, name.to_vec()));
        }
    }
    (!entries.is_empty()).then_some(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dup_put_entries() {
        let program = b"%!PS-AdobeFont-1.0: CMR10\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\ndup 11 /ff put\ndup 65 /A put\nreadonly def\ncurrentfile eexec\x80\x81";
        assert_eq!(
            builtin_encoding(program),
            Some(vec![(11, b"ff".to_vec()), (65, b"A".to_vec())])
        );
    }

    #[test]
    fn standard_encoding_is_none() {
        assert_eq!(builtin_encoding(b"/Encoding StandardEncoding def\n"), None);
    }
}
