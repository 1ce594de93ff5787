//! Document ids: the content address of a PDF (lowercase hex SHA-256 of its bytes), shared by
//! the pipeline that names results and the store that keys them.

use sha2::{Digest, Sha256};

/// The content address of a PDF: lowercase hex SHA-256 of its bytes.
pub fn document_id(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for b in digest {
        hex.push(char::from_digit(u32::from(b >> 4), 16).unwrap_or('0'));
        hex.push(char::from_digit(u32::from(b & 15), 16).unwrap_or('0'));
    }
    hex
}

/// True when `s` has the shape of a document id (64 lowercase hex digits).
pub fn is_document_id(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}
