//! `multipart/form-data` bodies (RFC 7578), as sent by `curl -F file=@ad.pdf` and HTML forms:
//! finds the uploaded file part without copying the body.

/// A file part of a form.
#[derive(Debug, PartialEq, Eq)]
pub struct FilePart<'a> {
    pub field: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub data: &'a [u8],
}

/// Why a multipart body could not be read.
#[derive(Debug, PartialEq, Eq)]
pub enum MultipartError {
    Malformed,
    NoFile,
}

/// The boundary parameter of a `multipart/form-data` content type.
pub fn boundary(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("boundary") {
            return None;
        }
        let value = value.trim().trim_matches('"');
        (!value.is_empty() && value.len() <= 70).then(|| value.to_string())
    })
}

/// The part named `file` (else the first part with a filename, else the only part).
pub fn file_part<'a>(body: &'a [u8], boundary: &str) -> Result<FilePart<'a>, MultipartError> {
    let delimiter = format!("--{boundary}");
    let finder = memchr::memmem::Finder::new(delimiter.as_bytes());
    let mut positions = finder.find_iter(body).peekable();
    let mut parts = Vec::new();
    while let Some(start) = positions.next() {
        let after = start + delimiter.len();
        if body.get(after..after + 2) == Some(b"--") {
            break; // close delimiter
        }
        let Some(next) = positions.peek().copied() else {
            return Err(MultipartError::Malformed);
        };
        // The part runs from after the delimiter's line break to the CRLF before the next one.
        let mut part = body.get(after..next).ok_or(MultipartError::Malformed)?;
        part = part
            .strip_prefix(b"\r\n")
            .or_else(|| part.strip_prefix(b"\n"))
            .unwrap_or(part);
        part = part
            .strip_suffix(b"\r\n")
            .or_else(|| part.strip_suffix(b"\n"))
            .unwrap_or(part);
        let header_end = memchr::memmem::find(part, b"\r\n\r\n")
            .map(|i| (i, 4))
            .or_else(|| memchr::memmem::find(part, b"\n\n").map(|i| (i, 2)))
            .ok_or(MultipartError::Malformed)?;
        let headers = String::from_utf8_lossy(&part[..header_end.0]);
        let data = &part[header_end.0 + header_end.1..];
        let mut field = String::new();
        let mut filename = None;
        let mut content_type = None;
        for line in headers.lines() {
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            if name.trim().eq_ignore_ascii_case("content-disposition") {
                for param in value.split(';').skip(1) {
                    if let Some((k, v)) = param.split_once('=') {
                        let v = v.trim().trim_matches('"').to_string();
                        match k.trim().to_ascii_lowercase().as_str() {
                            "name" => field = v,
                            "filename" => filename = Some(v),
                            _ => {}
                        }
                    }
                }
            } else if name.trim().eq_ignore_ascii_case("content-type") {
                content_type = Some(value.trim().to_string());
            }
        }
        parts.push(FilePart {
            field,
            filename,
            content_type,
            data,
        });
    }
    let count = parts.len();
    let index = parts
        .iter()
        .position(|p| p.field == "file")
        .or_else(|| parts.iter().position(|p| p.filename.is_some()))
        .or_else(|| (count == 1).then_some(0))
        .ok_or(MultipartError::NoFile)?;
    Ok(parts.swap_remove(index))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_file_field_as_curl_sends_it() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ad.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\r\nbinary\x00\xff\r\n--XyZ--\r\n";
        let part = file_part(body, "XyZ").expect("file part");
        assert_eq!(part.field, "file");
        assert_eq!(part.filename.as_deref(), Some("ad.pdf"));
        assert_eq!(part.data, b"%PDF-1.7\r\nbinary\x00\xff");
    }

    #[test]
    fn boundary_from_content_type() {
        assert_eq!(
            boundary("multipart/form-data; boundary=\"a b\"").as_deref(),
            Some("a b")
        );
        assert_eq!(
            boundary("multipart/form-data; charset=utf-8; BOUNDARY=x").as_deref(),
            Some("x")
        );
        assert_eq!(boundary("multipart/form-data"), None);
    }

    #[test]
    fn malformed_and_missing_parts() {
        assert_eq!(
            file_part(b"--b\r\nno headers end", "b"),
            Err(MultipartError::Malformed)
        );
        assert_eq!(file_part(b"nothing here", "b"), Err(MultipartError::NoFile));
        let two = b"--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--b\r\nContent-Disposition: form-data; name=\"y\"\r\n\r\n2\r\n--b--";
        assert_eq!(file_part(two, "b"), Err(MultipartError::NoFile));
    }
}
