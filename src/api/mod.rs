//! The HTTP API over plain `http` types: routing, authentication, uploads, the stored results,
//! and errors as problem details. No Spin types: the component adapts Spin's request and store
//! to these, and tests drive it directly with an in-memory store.

mod documents;
mod multipart;
mod problem;
mod query;

pub use problem::{Kind as ProblemKind, PROBLEM_TYPES, Problem, ProblemType, type_uri};

use crate::limits::Limits;
use crate::store::KeyValue;
use http::{HeaderValue, Method, Request, Response, StatusCode, header};

/// The request body as the host delivered it.
#[derive(Debug)]
pub enum Body {
    Bytes(Vec<u8>),
    /// The body was longer than the upload limit and was not read.
    OverLimit,
}

/// Service settings (Spin variables in the component).
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// When set, `/v1/documents` routes require `Authorization: Bearer <token>`.
    pub api_token: Option<String>,
    pub limits: Limits,
}

/// What one request is handled with.
pub struct Context<'a> {
    pub store: &'a dyn KeyValue,
    pub config: &'a Config,
    /// Seconds since the Unix epoch, for `extracted_at` and default dates.
    pub now_unix: i64,
}

/// The OpenAPI 3.1 description of this API (kept true by a test).
pub const OPENAPI: &str = include_str!("openapi.json");

/// Handles one request. A `HEAD` answer carries the headers `GET` would, `Content-Length`
/// included, and no body.
pub fn handle(request: Request<Body>, ctx: &Context<'_>) -> Response<Vec<u8>> {
    let head = request.method() == Method::HEAD;
    let mut response = handle_for_transport(request, ctx);
    if head {
        response.body_mut().clear();
    }
    response
}

/// As [`handle`], but a `HEAD` answer keeps the body `GET` would send, for a transport that
/// drops it itself: `wasi:http` checks the bytes written against `Content-Length`, and the
/// server in front (hyper, in Spin) never sends a body for `HEAD` (RFC 9110 §9.3.2).
pub fn handle_for_transport(mut request: Request<Body>, ctx: &Context<'_>) -> Response<Vec<u8>> {
    // HEAD is GET without the body, wherever GET is allowed.
    if request.method() == Method::HEAD {
        *request.method_mut() = Method::GET;
    }
    let mut response = route(request, ctx);
    let length = response.body().len();
    let headers = response.headers_mut();
    headers.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // Every body is known in full: a length, not chunks (RFC 9110 §8.6).
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    response
}

fn route(request: Request<Body>, ctx: &Context<'_>) -> Response<Vec<u8>> {
    let path = request.uri().path().to_string();
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').skip(1).collect();
    let method = request.method().clone();
    match segments.as_slice() {
        ["v1", "health"] => only(&method, &[Method::GET], || {
            json(
                StatusCode::OK,
                &serde_json::json!({"status": "ok", "version": crate::extract::VERSION}),
            )
        }),
        // Readiness: the store answers a read of one fixed key. A store that fails answers 503; one
        // that stalls stalls this too, which a probe's timeout reads as not ready.
        ["v1", "ready"] => only(&method, &[Method::GET], || {
            match ctx.store.get(crate::store::READY_PROBE_KEY) {
                Ok(_) => json(StatusCode::OK, &serde_json::json!({"status": "ready"})),
                Err(e) => problem::store_unavailable(&e),
            }
        }),
        ["v1", "openapi.json"] => only(&method, &[Method::GET], || {
            with_type(Response::new(OPENAPI.as_bytes().to_vec()), "application/json")
        }),
        ["v1", "problems"] => only(&method, &[Method::GET], || json(StatusCode::OK, &PROBLEM_TYPES)),
        ["v1", "problems", slug] => only(&method, &[Method::GET], || {
            match PROBLEM_TYPES.iter().find(|p| p.slug == *slug) {
                Some(p) => json(StatusCode::OK, p),
                None => Problem::new(ProblemKind::NotFound, "no such problem type").into_response(),
            }
        }),
        ["v1", "documents", rest @ ..] => {
            if let Some(denied) = authorize(&request, ctx.config) {
                return denied;
            }
            match rest {
                [] => match method {
                    Method::POST => documents::create(request, ctx),
                    Method::GET => documents::list(&request, ctx),
                    _ => not_allowed(&[Method::GET, Method::POST]),
                },
                [id] => match method {
                    Method::GET => documents::get(id, ctx),
                    Method::DELETE => documents::delete(id, ctx),
                    _ => not_allowed(&[Method::GET, Method::DELETE]),
                },
                [id, "jobposting"] => only(&method, &[Method::GET], || documents::job_posting(id, ctx)),
                _ => Problem::new(ProblemKind::NotFound, format!("no route for {path}")).into_response(),
            }
        }
        _ => Problem::new(
            ProblemKind::NotFound,
            "no such route; the API lives under /v1 (see /v1/openapi.json)",
        )
        .into_response(),
    }
}

fn only(method: &Method, allowed: &[Method], f: impl FnOnce() -> Response<Vec<u8>>) -> Response<Vec<u8>> {
    if allowed.contains(method) {
        f()
    } else {
        not_allowed(allowed)
    }
}

fn not_allowed(allowed: &[Method]) -> Response<Vec<u8>> {
    let mut list: Vec<&str> = Vec::new();
    for m in allowed {
        list.push(m.as_str());
        if *m == Method::GET {
            list.push("HEAD");
        }
    }
    let mut response = Problem::new(
        ProblemKind::MethodNotAllowed,
        format!("this route accepts {}", list.join(", ")),
    )
    .into_response();
    if let Ok(v) = HeaderValue::from_str(&list.join(", ")) {
        response.headers_mut().insert(header::ALLOW, v);
    }
    response
}

/// `None` when the request may proceed; else the 401 response.
fn authorize(request: &Request<Body>, config: &Config) -> Option<Response<Vec<u8>>> {
    let token = config.api_token.as_deref().filter(|t| !t.is_empty())?;
    let presented = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let (scheme, value) = v.trim().split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| value.trim())
        });
    let (detail, challenge) = match presented {
        Some(p) if constant_time_eq(p.as_bytes(), token.as_bytes()) => return None,
        Some(_) => (
            "the bearer token is not valid",
            "Bearer realm=\"jobpdf\", error=\"invalid_token\"",
        ),
        None => (
            "this route requires Authorization: Bearer <token>",
            "Bearer realm=\"jobpdf\"",
        ),
    };
    let mut response = Problem::new(ProblemKind::Unauthorized, detail).into_response();
    response
        .headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static(challenge));
    Some(response)
}

/// Compares in time that depends only on the lengths, so a token cannot be guessed byte by byte.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = a.len() ^ b.len();
    for i in 0..a.len().max(b.len()) {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0xFF);
        diff |= usize::from(x ^ y);
    }
    diff == 0
}

fn with_type(mut response: Response<Vec<u8>>, content_type: &'static str) -> Response<Vec<u8>> {
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

fn json<T: serde::Serialize + ?Sized>(status: StatusCode, value: &T) -> Response<Vec<u8>> {
    let mut response = with_type(
        Response::new(serde_json::to_vec(value).unwrap_or_default()),
        "application/json",
    );
    *response.status_mut() = status;
    response
}

#[cfg(test)]
mod tests {
    use super::constant_time_eq;

    #[test]
    fn constant_time_eq_compares_whole_values() {
        assert!(constant_time_eq(b"secret", b"secret"));
        assert!(!constant_time_eq(b"secret", b"secreT"));
        assert!(!constant_time_eq(b"secret", b"secret2"));
        assert!(!constant_time_eq(b"", b"x"));
        assert!(constant_time_eq(b"", b""));
    }
}
