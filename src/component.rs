//! The Spin HTTP component: the only module that uses spin-sdk. It adapts a Spin request to
//! `http` types (reading at most the upload limit of the body), Spin's key-value store to
//! [`KeyValue`], and Spin variables to [`Config`], then hands over to [`api::handle`].
//! Each request runs in a fresh instance, so nothing here is cached between requests.

use crate::api::{self, Body, Config, Context};
use crate::store::{KeyValue, StoreError};
use futures::StreamExt;
use spin_sdk::http::{Fields, IncomingRequest, Method, OutgoingResponse, ResponseOutparam};
use spin_sdk::{http_component, key_value, variables};
use std::cell::OnceCell;

/// Spin's key-value store `default`, opened on first use (health and OpenAPI never open it).
struct SpinStore {
    store: OnceCell<Result<key_value::Store, StoreError>>,
}

impl SpinStore {
    fn store(&self) -> Result<&key_value::Store, StoreError> {
        self.store
            .get_or_init(|| key_value::Store::open_default().map_err(|e| StoreError(e.to_string())))
            .as_ref()
            .map_err(Clone::clone)
    }
}

fn store_error(e: key_value::Error) -> StoreError {
    StoreError(e.to_string())
}

impl KeyValue for SpinStore {
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.store()?.get(key).map_err(store_error)
    }

    fn set(&self, key: &str, value: &[u8]) -> Result<(), StoreError> {
        self.store()?.set(key, value).map_err(store_error)
    }

    fn delete(&self, key: &str) -> Result<(), StoreError> {
        self.store()?.delete(key).map_err(store_error)
    }

    fn exists(&self, key: &str) -> Result<bool, StoreError> {
        self.store()?.exists(key).map_err(store_error)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.store()?.get_keys().map_err(store_error)
    }
}

/// The service settings from Spin variables (`api_token`, `max_upload_bytes`,
/// `time_budget_ms`); an unset or unreadable variable keeps its default.
fn config() -> Config {
    let mut config = Config {
        api_token: variables::get("api_token").ok().filter(|t| !t.trim().is_empty()),
        ..Config::default()
    };
    if let Some(n) = variables::get("max_upload_bytes")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
    {
        config.limits.max_upload_bytes = n;
    }
    if let Some(ms) = variables::get("time_budget_ms")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
    {
        config.limits.time_budget = std::time::Duration::from_millis(ms);
    }
    config
}

fn method(m: &Method) -> http::Method {
    match m {
        Method::Get => http::Method::GET,
        Method::Post => http::Method::POST,
        Method::Put => http::Method::PUT,
        Method::Delete => http::Method::DELETE,
        Method::Patch => http::Method::PATCH,
        Method::Head => http::Method::HEAD,
        Method::Options => http::Method::OPTIONS,
        Method::Connect => http::Method::CONNECT,
        Method::Trace => http::Method::TRACE,
        Method::Other(o) => http::Method::from_bytes(o.as_bytes()).unwrap_or(http::Method::GET),
    }
}

/// Reads the body, stopping as soon as it exceeds `limit`.
async fn read_body(request: IncomingRequest, limit: usize) -> Body {
    let mut stream = request.into_body_stream();
    let mut body = Vec::new();
    while let Some(chunk) = stream.next().await {
        match chunk {
            Ok(chunk) => {
                if body.len() + chunk.len() > limit {
                    return Body::OverLimit;
                }
                body.extend_from_slice(&chunk);
            }
            // A broken upload reads as what arrived; the PDF checks judge it.
            Err(_) => break,
        }
    }
    Body::Bytes(body)
}

#[http_component]
async fn handle(request: IncomingRequest, response_out: ResponseOutparam) {
    let config = config();
    let limit = config.limits.max_upload_bytes;
    let mut builder = http::Request::builder()
        .method(method(&request.method()))
        .uri(request.path_with_query().unwrap_or_else(|| "/".into()));
    let mut declared_length: Option<usize> = None;
    for (name, value) in request.headers().entries() {
        if name.eq_ignore_ascii_case("content-length") {
            declared_length = std::str::from_utf8(&value)
                .ok()
                .and_then(|v| v.trim().parse().ok());
        }
        builder = builder.header(name, value);
    }
    let is_upload = matches!(request.method(), Method::Post | Method::Put | Method::Patch);
    let body = if !is_upload {
        Body::Bytes(Vec::new())
    } else if declared_length.is_some_and(|n| n > limit) {
        Body::OverLimit // refused before a byte of it is read
    } else {
        read_body(request, limit).await
    };
    let response = match builder.body(body) {
        Ok(request) => {
            let store = SpinStore {
                store: OnceCell::new(),
            };
            let now_unix = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64);
            api::handle_for_transport(
                request,
                &Context {
                    store: &store,
                    config: &config,
                    now_unix,
                },
            )
        }
        Err(_) => api::Problem::new(
            api::ProblemKind::InvalidRequest,
            "the request line or headers cannot be read",
        )
        .into_response(),
    };
    let (parts, body) = response.into_parts();
    let headers: Vec<(String, Vec<u8>)> = parts
        .headers
        .iter()
        .map(|(k, v)| (k.as_str().to_string(), v.as_bytes().to_vec()))
        .collect();
    let Ok(fields) = Fields::from_list(&headers) else {
        return;
    };
    let outgoing = OutgoingResponse::new(fields);
    if outgoing.set_status_code(parts.status.as_u16()).is_err() {
        return;
    }
    // The client may have gone away; nothing is left to do then.
    let _ = response_out.set_with_body(outgoing, body).await;
}
