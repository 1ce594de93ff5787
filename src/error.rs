//! Why an extraction failed, in terms a client can act on. Every failure of the pipeline is one
//! of these kinds; the API maps each to a stable problem `type`.

use std::fmt;

/// The cause of a failed extraction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The bytes are not a PDF at all (no `%PDF-` header).
    NotAPdf,
    /// A PDF header, but the file cannot be read as one (truncated, broken structure).
    Malformed,
    /// Encrypted with a non-empty user password, or with an unsupported security handler.
    Encrypted,
    /// Decoded content over the size limits (streams, text).
    TooLarge,
    /// Over a structural or time limit (objects, nesting, pages, operators, form depth, time).
    TooComplex,
    /// Readable, but no page carries any text (a scan without OCR).
    NoTextLayer,
}

impl ErrorKind {
    /// The stable slug of this kind (the last segment of the problem `type`).
    pub const fn slug(self) -> &'static str {
        match self {
            ErrorKind::NotAPdf => "not-a-pdf",
            ErrorKind::Malformed => "malformed",
            ErrorKind::Encrypted => "encrypted",
            ErrorKind::TooLarge => "too-large",
            ErrorKind::TooComplex => "too-complex",
            ErrorKind::NoTextLayer => "no-text-layer",
        }
    }
}

/// A failed extraction: its kind and a human explanation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtractError {
    pub kind: ErrorKind,
    pub detail: String,
}

impl ExtractError {
    pub fn new(kind: ErrorKind, detail: impl Into<String>) -> Self {
        ExtractError {
            kind,
            detail: detail.into(),
        }
    }
}

impl fmt::Display for ExtractError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.slug(), self.detail)
    }
}

impl std::error::Error for ExtractError {}
