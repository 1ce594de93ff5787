//! Query strings: `application/x-www-form-urlencoded` pairs, percent-decoded.

/// The decoded value of the first `name` parameter.
pub fn param(query: Option<&str>, name: &str) -> Option<String> {
    query?.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(k) == name).then(|| decode(v))
    })
}

/// Percent-decoding with `+` as space; invalid escapes are kept as written.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_parameters() {
        let q = Some("filename=my%20ad+2.pdf&refresh=true&x=%zz&y=%4");
        assert_eq!(param(q, "filename").as_deref(), Some("my ad 2.pdf"));
        assert_eq!(param(q, "refresh").as_deref(), Some("true"));
        assert_eq!(param(q, "x").as_deref(), Some("%zz"));
        assert_eq!(param(q, "y").as_deref(), Some("%4"));
        assert_eq!(param(q, "missing"), None);
        assert_eq!(param(None, "x"), None);
        assert_eq!(decode("%C4%B0%C5%9F"), "İş");
    }
}
