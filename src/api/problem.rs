//! RFC 9457 problem details: every error the API returns, with a stable `type` per cause.
//! Types are relative URIs under `/v1/problems/`, and each resolves on the service itself to its
//! description, so a client (or a person) can look one up.

use crate::error::{ErrorKind, ExtractError};
use http::{Response, StatusCode};
use serde::Serialize;

/// Every kind of problem the API answers with; its slug is the last segment of the `type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    InvalidRequest,
    Unauthorized,
    NotFound,
    MethodNotAllowed,
    BodyTooLarge,
    UnsupportedMediaType,
    NotAPdf,
    Malformed,
    Encrypted,
    TooLarge,
    TooComplex,
    NoTextLayer,
    StoreUnavailable,
}

impl Kind {
    /// The registered type of this kind.
    pub fn info(self) -> &'static ProblemType {
        &PROBLEM_TYPES[self as usize]
    }

    pub fn slug(self) -> &'static str {
        self.info().slug
    }
}

/// One kind of problem.
#[derive(Debug, Serialize)]
pub struct ProblemType {
    #[serde(skip)]
    pub kind: Kind,
    pub slug: &'static str,
    pub status: u16,
    pub title: &'static str,
    pub description: &'static str,
}

/// Every problem type the API can answer with, in the order of [`Kind`].
pub static PROBLEM_TYPES: &[ProblemType] = &[
    ProblemType {
        kind: Kind::InvalidRequest,
        slug: "invalid-request",
        status: 400,
        title: "Invalid request",
        description: "A query parameter or the form data is not valid; `detail` says which.",
    },
    ProblemType {
        kind: Kind::Unauthorized,
        slug: "unauthorized",
        status: 401,
        title: "Unauthorized",
        description: "The service requires `Authorization: Bearer <token>` on /v1/documents routes.",
    },
    ProblemType {
        kind: Kind::NotFound,
        slug: "not-found",
        status: 404,
        title: "Not found",
        description: "No such route, or no stored result with this id.",
    },
    ProblemType {
        kind: Kind::MethodNotAllowed,
        slug: "method-not-allowed",
        status: 405,
        title: "Method not allowed",
        description: "The route exists but not for this method; the `Allow` header lists the methods.",
    },
    ProblemType {
        kind: Kind::BodyTooLarge,
        slug: "body-too-large",
        status: 413,
        title: "Request body too large",
        description: "The upload is larger than the service's upload limit (the `max_upload_bytes` variable).",
    },
    ProblemType {
        kind: Kind::UnsupportedMediaType,
        slug: "unsupported-media-type",
        status: 415,
        title: "Unsupported media type",
        description: "Send the PDF as `Content-Type: application/pdf` (or application/octet-stream), or as multipart/form-data with a `file` field.",
    },
    ProblemType {
        kind: Kind::NotAPdf,
        slug: "not-a-pdf",
        status: 422,
        title: "Not a PDF",
        description: "The body is empty or does not start with a %PDF- header.",
    },
    ProblemType {
        kind: Kind::Malformed,
        slug: "malformed",
        status: 422,
        title: "Malformed PDF",
        description: "The file has a PDF header but cannot be read as a PDF (truncated or broken structure).",
    },
    ProblemType {
        kind: Kind::Encrypted,
        slug: "encrypted",
        status: 422,
        title: "Encrypted PDF",
        description: "The PDF is encrypted with a password; only documents whose user password is empty can be read.",
    },
    ProblemType {
        kind: Kind::TooLarge,
        slug: "too-large",
        status: 422,
        title: "Content too large",
        description: "The PDF's decoded streams or text exceed the extraction limits.",
    },
    ProblemType {
        kind: Kind::TooComplex,
        slug: "too-complex",
        status: 422,
        title: "Content too complex",
        description: "The PDF exceeds a structural limit (objects, nesting, pages, operators, form depth) or the time budget.",
    },
    ProblemType {
        kind: Kind::NoTextLayer,
        slug: "no-text-layer",
        status: 422,
        title: "No text layer",
        description: "No page of the PDF carries text, as with a scan; jobpdf does not do OCR.",
    },
    ProblemType {
        kind: Kind::StoreUnavailable,
        slug: "store-unavailable",
        status: 503,
        title: "Store unavailable",
        description: "The key-value store failed or is unreachable; nothing was half-written. Retry the request later (`Retry-After`). The store's own error goes to the service log, not to the client.",
    },
];

/// The `type` URI of a problem slug.
pub fn type_uri(slug: &str) -> String {
    format!("/v1/problems/{slug}")
}

/// A problem response in the making.
#[derive(Debug)]
pub struct Problem {
    pub status: StatusCode,
    pub kind: Kind,
    pub title: &'static str,
    pub detail: String,
}

#[derive(Serialize)]
struct Body<'a> {
    #[serde(rename = "type")]
    kind: String,
    title: &'a str,
    status: u16,
    detail: &'a str,
}

impl Problem {
    /// A problem of a registered kind.
    pub fn new(kind: Kind, detail: impl Into<String>) -> Problem {
        let info = kind.info();
        Problem {
            status: StatusCode::from_u16(info.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            kind,
            title: info.title,
            detail: detail.into(),
        }
    }

    pub fn into_response(self) -> Response<Vec<u8>> {
        let body = serde_json::to_vec(&Body {
            kind: type_uri(self.kind.slug()),
            title: self.title,
            status: self.status.as_u16(),
            detail: &self.detail,
        })
        .unwrap_or_default();
        let mut response = Response::new(body);
        *response.status_mut() = self.status;
        response.headers_mut().insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static("application/problem+json"),
        );
        response
    }
}

/// The answer when the key-value store fails: what the client can do, never the backend's own
/// error text (a host name, a connection error), which goes to stderr, the log Spin keeps per
/// component.
pub fn store_unavailable(e: &crate::store::StoreError) -> Response<Vec<u8>> {
    eprintln!("jobpdf: {e}");
    let mut response = Problem::new(
        Kind::StoreUnavailable,
        "the key-value store is not available right now; nothing was changed, retry later",
    )
    .into_response();
    response
        .headers_mut()
        .insert(http::header::RETRY_AFTER, http::HeaderValue::from_static("1"));
    response
}

impl From<ExtractError> for Problem {
    fn from(e: ExtractError) -> Problem {
        let kind = match e.kind {
            ErrorKind::NotAPdf => Kind::NotAPdf,
            ErrorKind::Malformed => Kind::Malformed,
            ErrorKind::Encrypted => Kind::Encrypted,
            ErrorKind::TooLarge => Kind::TooLarge,
            ErrorKind::TooComplex => Kind::TooComplex,
            ErrorKind::NoTextLayer => Kind::NoTextLayer,
        };
        Problem::new(kind, e.detail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_in_kind_order() {
        for (i, t) in PROBLEM_TYPES.iter().enumerate() {
            assert_eq!(t.kind as usize, i, "{}", t.slug);
            assert_eq!(t.kind.slug(), t.slug);
        }
    }
}
