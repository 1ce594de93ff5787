//! The HTTP API over an in-memory store: every route, status and problem type.

#[path = "support/pdf.rs"]
mod pdf;

use http::{Method, Request, Response, StatusCode};
use jobpdf_core::api::{self, Body, Config, Context, PROBLEM_TYPES};
use jobpdf_core::store::{KeyValue, MemoryStore, StoreError};
use serde_json::Value;
use sha2::{Digest, Sha256};

const NOW: i64 = 1_795_600_203; // 2026-11-25T09:50:03Z

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/fixtures/corpus/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture")
}

fn ad() -> Vec<u8> {
    fixture("s01_rust_backend_engineer.pdf")
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

struct Call<'a> {
    method: Method,
    uri: String,
    headers: Vec<(&'a str, String)>,
    body: Body,
}

fn call(store: &dyn KeyValue, config: &Config, now: i64, c: Call<'_>) -> Response<Vec<u8>> {
    let mut builder = Request::builder().method(c.method).uri(c.uri);
    for (k, v) in c.headers {
        builder = builder.header(k, v);
    }
    let request = builder.body(c.body).expect("a valid request");
    api::handle(
        request,
        &Context {
            store,
            config,
            now_unix: now,
        },
    )
}

fn get(store: &dyn KeyValue, config: &Config, uri: &str) -> Response<Vec<u8>> {
    call(
        store,
        config,
        NOW,
        Call {
            method: Method::GET,
            uri: uri.into(),
            headers: vec![],
            body: Body::Bytes(vec![]),
        },
    )
}

fn post_pdf(store: &dyn KeyValue, config: &Config, uri: &str, pdf: &[u8]) -> Response<Vec<u8>> {
    call(
        store,
        config,
        NOW,
        Call {
            method: Method::POST,
            uri: uri.into(),
            headers: vec![("content-type", "application/pdf".into())],
            body: Body::Bytes(pdf.to_vec()),
        },
    )
}

fn json(response: &Response<Vec<u8>>) -> Value {
    serde_json::from_slice(response.body()).expect("a JSON body")
}

fn header<'a>(response: &'a Response<Vec<u8>>, name: &str) -> Option<&'a str> {
    response.headers().get(name).and_then(|v| v.to_str().ok())
}

/// Asserts a problem response of `status` and `slug`, in RFC 9457 form.
fn assert_problem(response: &Response<Vec<u8>>, status: u16, slug: &str) {
    assert_eq!(
        response.status().as_u16(),
        status,
        "{}",
        String::from_utf8_lossy(response.body())
    );
    assert_eq!(header(response, "content-type"), Some("application/problem+json"));
    assert_eq!(header(response, "x-content-type-options"), Some("nosniff"));
    let body = json(response);
    assert_eq!(body["type"], format!("/v1/problems/{slug}"));
    assert_eq!(body["status"], status);
    assert!(body["title"].as_str().is_some_and(|t| !t.is_empty()));
    assert!(body["detail"].as_str().is_some_and(|t| !t.is_empty()));
}

#[test]
fn health_answers_without_the_store() {
    let failing = FailingStore;
    let r = get(&failing, &Config::default(), "/v1/health");
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json(&r)["status"], "ok");
    assert_eq!(json(&r)["version"], env!("CARGO_PKG_VERSION"));
}

#[test]
fn ready_reads_the_store() {
    let config = Config::default();
    let up = get(&MemoryStore::new(), &config, "/v1/ready");
    assert_eq!(up.status(), StatusCode::OK);
    assert_eq!(json(&up)["status"], "ready");
    let down = get(&FailingStore, &config, "/v1/ready");
    assert_problem(&down, 503, "store-unavailable");
    assert_eq!(header(&down, "retry-after"), Some("1"));
    // Readiness needs no token, as health does: probes carry none.
    let guarded = Config {
        api_token: Some("s3cret".into()),
        ..Config::default()
    };
    assert_eq!(
        get(&MemoryStore::new(), &guarded, "/v1/ready").status(),
        StatusCode::OK
    );
    // It reads; it writes nothing that a list would show.
    let store = MemoryStore::new();
    get(&store, &config, "/v1/ready");
    assert!(store.is_empty());
}

#[test]
fn upload_read_list_and_delete() {
    let store = MemoryStore::new();
    let config = Config::default();
    let pdf = ad();
    let id = sha256_hex(&pdf);

    let created = post_pdf(
        &store,
        &config,
        "/v1/documents?filename=ad.pdf&reference_date=2026-11-20",
        &pdf,
    );
    assert_eq!(
        created.status(),
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(created.body())
    );
    assert_eq!(
        header(&created, "location"),
        Some(format!("/v1/documents/{id}").as_str())
    );
    let timing = header(&created, "server-timing").expect("a Server-Timing header");
    let names: Vec<&str> = timing
        .split(", ")
        .filter_map(|entry| entry.split_once(";dur=").map(|(name, _)| name))
        .collect();
    assert_eq!(
        names,
        ["hash", "load", "decode", "layout", "posting", "extract", "store"],
        "{timing}"
    );
    let result = json(&created);
    assert_eq!(result["id"], id);
    assert_eq!(result["source"]["filename"], "ad.pdf");
    assert_eq!(result["source"]["pages"], 1);
    assert_eq!(result["source"]["bytes"], pdf.len());
    assert_eq!(result["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(result["extracted_at"], "2026-11-25T09:50:03Z");
    assert!(
        result["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("Senior Backend Engineer (Rust)"))
    );
    assert_eq!(store.len(), 1);
    let stored = store.snapshot();

    // Same bytes again: the stored result, untouched, and no second extraction.
    let again = call(
        &store,
        &config,
        NOW + 3600,
        Call {
            method: Method::POST,
            uri: "/v1/documents".into(),
            headers: vec![("content-type", "application/pdf".into())],
            body: Body::Bytes(pdf.clone()),
        },
    );
    assert_eq!(again.status(), StatusCode::OK);
    assert_eq!(again.body(), created.body());
    assert_eq!(store.snapshot(), stored);

    let read = get(&store, &config, &format!("/v1/documents/{id}"));
    assert_eq!(read.status(), StatusCode::OK);
    assert_eq!(read.body(), created.body());
    assert_eq!(header(&read, "content-type"), Some("application/json"));

    let head = call(
        &store,
        &config,
        NOW,
        Call {
            method: Method::HEAD,
            uri: format!("/v1/documents/{id}"),
            headers: vec![],
            body: Body::Bytes(vec![]),
        },
    );
    assert_eq!(head.status(), StatusCode::OK);
    assert!(head.body().is_empty());
    assert_eq!(header(&head, "content-type"), Some("application/json"));

    let list = json(&get(&store, &config, "/v1/documents"));
    assert_eq!(list["documents"][0]["id"], id);
    assert_eq!(list["documents"][0]["title"], "Senior Backend Engineer (Rust)");
    assert_eq!(list["documents"][0]["filename"], "ad.pdf");
    assert_eq!(list["next_cursor"], Value::Null);

    let deleted = call(
        &store,
        &config,
        NOW,
        Call {
            method: Method::DELETE,
            uri: format!("/v1/documents/{id}"),
            headers: vec![],
            body: Body::Bytes(vec![]),
        },
    );
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    assert!(deleted.body().is_empty());
    assert!(store.is_empty());
    assert_problem(
        &get(&store, &config, &format!("/v1/documents/{id}")),
        404,
        "not-found",
    );
    let twice = call(
        &store,
        &config,
        NOW,
        Call {
            method: Method::DELETE,
            uri: format!("/v1/documents/{id}"),
            headers: vec![],
            body: Body::Bytes(vec![]),
        },
    );
    assert_problem(&twice, 404, "not-found");
}

#[test]
fn refresh_and_a_new_version_extract_again() {
    let store = MemoryStore::new();
    let config = Config::default();
    let pdf = ad();
    let first = post_pdf(&store, &config, "/v1/documents", &pdf);
    assert_eq!(first.status(), StatusCode::CREATED);
    let later = call(
        &store,
        &config,
        NOW + 60,
        Call {
            method: Method::POST,
            uri: "/v1/documents?refresh=true".into(),
            headers: vec![("content-type", "application/pdf".into())],
            body: Body::Bytes(pdf.clone()),
        },
    );
    assert_eq!(later.status(), StatusCode::CREATED);
    assert_eq!(json(&later)["extracted_at"], "2026-11-25T09:51:03Z");

    // A result stored by another version of jobpdf is redone.
    let key = format!("doc-{}", sha256_hex(&pdf));
    let mut old: Value =
        serde_json::from_slice(&store.get(&key).expect("store").expect("stored")).expect("json");
    old["version"] = "0.0.1-old".into();
    store
        .set(&key, &serde_json::to_vec(&old).expect("json"))
        .expect("store");
    let redone = post_pdf(&store, &config, "/v1/documents", &pdf);
    assert_eq!(redone.status(), StatusCode::CREATED);
    assert_eq!(json(&redone)["version"], env!("CARGO_PKG_VERSION"));
}

#[test]
fn multipart_uploads_as_curl_sends_them() {
    let store = MemoryStore::new();
    let pdf = ad();
    let mut body = b"--------------------------d74496d66958873e\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rust-engineer.pdf\"\r\nContent-Type: application/pdf\r\n\r\n".to_vec();
    body.extend_from_slice(&pdf);
    body.extend_from_slice(b"\r\n--------------------------d74496d66958873e--\r\n");
    let r = call(
        &store,
        &Config::default(),
        NOW,
        Call {
            method: Method::POST,
            uri: "/v1/documents".into(),
            headers: vec![(
                "content-type",
                "multipart/form-data; boundary=------------------------d74496d66958873e".into(),
            )],
            body: Body::Bytes(body),
        },
    );
    assert_eq!(
        r.status(),
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(r.body())
    );
    assert_eq!(json(&r)["id"], sha256_hex(&pdf));
    assert_eq!(json(&r)["source"]["filename"], "rust-engineer.pdf");

    let no_file = call(
        &store,
        &Config::default(),
        NOW,
        Call {
            method: Method::POST,
            uri: "/v1/documents".into(),
            headers: vec![("content-type", "multipart/form-data; boundary=b".into())],
            body: Body::Bytes(b"--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--b\r\nContent-Disposition: form-data; name=\"c\"\r\n\r\ny\r\n--b--".to_vec()),
        },
    );
    assert_problem(&no_file, 400, "invalid-request");
}

#[test]
fn list_pages_through_every_document() {
    let store = MemoryStore::new();
    let config = Config::default();
    let mut ids = Vec::new();
    for name in [
        "s01_rust_backend_engineer.pdf",
        "s03_junior_accountant.pdf",
        "s21_bas_muhasib.pdf",
    ] {
        let pdf = fixture(name);
        assert_eq!(
            post_pdf(&store, &config, "/v1/documents", &pdf).status(),
            StatusCode::CREATED
        );
        ids.push(sha256_hex(&pdf));
    }
    ids.sort();
    let first = json(&get(&store, &config, "/v1/documents?limit=2"));
    let page: Vec<&str> = first["documents"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|d| d["id"].as_str())
        .collect();
    assert_eq!(page, [ids[0].as_str(), ids[1].as_str()]);
    assert_eq!(first["next_cursor"], ids[1]);
    let second = json(&get(
        &store,
        &config,
        &format!("/v1/documents?limit=2&cursor={}", ids[1]),
    ));
    let page: Vec<&str> = second["documents"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|d| d["id"].as_str())
        .collect();
    assert_eq!(page, [ids[2].as_str()]);
    assert_eq!(second["next_cursor"], Value::Null);
    assert_problem(
        &get(&store, &config, "/v1/documents?limit=0"),
        400,
        "invalid-request",
    );
    assert_problem(
        &get(&store, &config, "/v1/documents?limit=1000"),
        400,
        "invalid-request",
    );
    assert_problem(
        &get(&store, &config, "/v1/documents?cursor=../../etc"),
        400,
        "invalid-request",
    );
}

#[test]
fn wrong_methods_and_unknown_routes() {
    let store = MemoryStore::new();
    let config = Config::default();
    let id = "0".repeat(64);
    for (method, uri, allow) in [
        (Method::PUT, "/v1/documents".to_string(), "GET, HEAD, POST"),
        (Method::PATCH, format!("/v1/documents/{id}"), "GET, HEAD, DELETE"),
        (Method::POST, "/v1/health".to_string(), "GET, HEAD"),
        (Method::DELETE, "/v1/openapi.json".to_string(), "GET, HEAD"),
        (
            Method::POST,
            format!("/v1/documents/{id}/jobposting"),
            "GET, HEAD",
        ),
    ] {
        let r = call(
            &store,
            &config,
            NOW,
            Call {
                method,
                uri,
                headers: vec![],
                body: Body::Bytes(vec![]),
            },
        );
        assert_problem(&r, 405, "method-not-allowed");
        assert_eq!(header(&r, "allow"), Some(allow));
    }
    for uri in ["/", "/v2/documents", "/v1/nope", "/v1/documents/abc/def/ghi"] {
        assert_problem(&get(&store, &config, uri), 404, "not-found");
    }
    assert_problem(&get(&store, &config, "/v1/documents/not-an-id"), 404, "not-found");
    assert_problem(
        &get(&store, &config, &format!("/v1/documents/{id}")),
        404,
        "not-found",
    );
}

#[test]
fn head_is_get_without_the_body() {
    let store = MemoryStore::new();
    let config = Config::default();
    let created = post_pdf(&store, &config, "/v1/documents", &ad());
    assert_eq!(created.status(), 201);
    let id = sha256_hex(&ad());
    let head = |uri: String| {
        call(
            &store,
            &config,
            NOW,
            Call {
                method: Method::HEAD,
                uri,
                headers: vec![],
                body: Body::Bytes(vec![]),
            },
        )
    };
    for (uri, status) in [
        ("/v1/health".to_string(), 200),
        ("/v1/openapi.json".to_string(), 200),
        (format!("/v1/documents/{id}"), 200),
        (format!("/v1/documents/{id}/jobposting"), 200),
        ("/v1/documents".to_string(), 200),
        (format!("/v1/documents/{}", "0".repeat(64)), 404),
    ] {
        let with_body = get(&store, &config, &uri);
        let r = head(uri.clone());
        assert_eq!(r.status(), status, "HEAD {uri}");
        assert_eq!(with_body.status(), status, "GET {uri}");
        assert!(r.body().is_empty(), "HEAD {uri} has a body");
        assert!(!with_body.body().is_empty(), "GET {uri} has no body");
        assert_eq!(
            header(&r, "content-type"),
            header(&with_body, "content-type"),
            "{uri}"
        );
        assert_eq!(header(&r, "x-content-type-options"), Some("nosniff"), "{uri}");
        let length = with_body.body().len().to_string();
        assert_eq!(
            header(&with_body, "content-length"),
            Some(length.as_str()),
            "GET {uri}"
        );
        assert_eq!(
            header(&r, "content-length"),
            Some(length.as_str()),
            "HEAD {uri} declares the length GET sends"
        );
    }
}

#[test]
fn every_response_declares_its_length() {
    let store = MemoryStore::new();
    let config = Config::default();
    let created = post_pdf(&store, &config, "/v1/documents", &ad());
    let id = sha256_hex(&ad());
    let deleted = call(
        &store,
        &config,
        NOW,
        Call {
            method: Method::DELETE,
            uri: format!("/v1/documents/{id}"),
            headers: vec![],
            body: Body::Bytes(vec![]),
        },
    );
    for r in [
        created,
        deleted,
        get(&store, &config, "/v1/ready"),
        get(&store, &config, "/v1/problems"),
        get(&store, &config, "/nowhere"),
        post_pdf(&store, &config, "/v1/documents", b"not a pdf"),
        post_pdf(&FailingStore, &config, "/v1/documents", &ad()),
    ] {
        let status = r.status();
        assert_eq!(
            header(&r, "content-length"),
            Some(r.body().len().to_string().as_str()),
            "{status}"
        );
    }
}

#[test]
fn bodies_that_are_not_pdfs() {
    let store = MemoryStore::new();
    let config = Config::default();
    assert_problem(
        &post_pdf(&store, &config, "/v1/documents", b"hello, world"),
        422,
        "not-a-pdf",
    );
    assert_problem(&post_pdf(&store, &config, "/v1/documents", b""), 422, "not-a-pdf");
    for content_type in ["text/plain", "application/x-www-form-urlencoded", "image/png"] {
        let r = call(
            &store,
            &config,
            NOW,
            Call {
                method: Method::POST,
                uri: "/v1/documents".into(),
                headers: vec![("content-type", content_type.into())],
                body: Body::Bytes(ad()),
            },
        );
        assert_problem(&r, 415, "unsupported-media-type");
    }
    let scan = post_pdf(
        &store,
        &config,
        "/v1/documents",
        &fixture("s15_sales_assistant_scanned.pdf"),
    );
    assert_problem(&scan, 422, "no-text-layer");
    assert!(store.is_empty(), "a failed extraction stores nothing");
}

#[test]
fn uploads_over_the_limit_are_413() {
    let store = MemoryStore::new();
    let mut config = Config::default();
    let over = call(
        &store,
        &config,
        NOW,
        Call {
            method: Method::POST,
            uri: "/v1/documents".into(),
            headers: vec![],
            body: Body::OverLimit,
        },
    );
    assert_problem(&over, 413, "body-too-large");
    config.limits.max_upload_bytes = 1000;
    assert_problem(
        &post_pdf(&store, &config, "/v1/documents", &ad()),
        413,
        "body-too-large",
    );
    assert!(store.is_empty());
}

#[test]
fn query_parameters_are_validated() {
    let store = MemoryStore::new();
    let config = Config::default();
    assert_problem(
        &post_pdf(&store, &config, "/v1/documents?reference_date=2026-02-30", &ad()),
        400,
        "invalid-request",
    );
    assert_problem(
        &post_pdf(&store, &config, "/v1/documents?refresh=maybe", &ad()),
        400,
        "invalid-request",
    );
    assert!(store.is_empty());
}

#[test]
fn a_bearer_token_guards_the_documents_routes() {
    let store = MemoryStore::new();
    let config = Config {
        api_token: Some("s3cret-token".into()),
        ..Config::default()
    };
    let with = |auth: Option<&str>| {
        let headers = auth
            .map(|a| vec![("authorization", a.to_string())])
            .unwrap_or_default();
        call(
            &store,
            &config,
            NOW,
            Call {
                method: Method::GET,
                uri: "/v1/documents".into(),
                headers,
                body: Body::Bytes(vec![]),
            },
        )
    };
    let missing = with(None);
    assert_problem(&missing, 401, "unauthorized");
    assert_eq!(
        header(&missing, "www-authenticate"),
        Some("Bearer realm=\"jobpdf\"")
    );
    let wrong = with(Some("Bearer s3cret-tokem"));
    assert_problem(&wrong, 401, "unauthorized");
    assert_eq!(
        header(&wrong, "www-authenticate"),
        Some("Bearer realm=\"jobpdf\", error=\"invalid_token\"")
    );
    assert_problem(&with(Some("Basic czNjcmV0LXRva2Vu")), 401, "unauthorized");
    assert_eq!(with(Some("Bearer s3cret-token")).status(), StatusCode::OK);
    assert_eq!(with(Some("bearer   s3cret-token")).status(), StatusCode::OK);
    // Uploads are guarded too, before the body is looked at.
    assert_problem(
        &post_pdf(&store, &config, "/v1/documents", &ad()),
        401,
        "unauthorized",
    );
    assert!(store.is_empty());
    // Health and the API description stay open.
    assert_eq!(get(&store, &config, "/v1/health").status(), StatusCode::OK);
    assert_eq!(get(&store, &config, "/v1/openapi.json").status(), StatusCode::OK);
    // No token configured: open.
    assert_eq!(
        get(&store, &Config::default(), "/v1/documents").status(),
        StatusCode::OK
    );
}

/// A store whose every operation fails, as a backend outage would.
struct FailingStore;

impl KeyValue for FailingStore {
    fn get(&self, _: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Err(StoreError("backend unavailable".into()))
    }
    fn set(&self, _: &str, _: &[u8]) -> Result<(), StoreError> {
        Err(StoreError("backend unavailable".into()))
    }
    fn delete(&self, _: &str) -> Result<(), StoreError> {
        Err(StoreError("backend unavailable".into()))
    }
    fn exists(&self, _: &str) -> Result<bool, StoreError> {
        Err(StoreError("backend unavailable".into()))
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Err(StoreError("backend unavailable".into()))
    }
}

/// A store that reads fine but fails every write.
struct ReadOnlyStore(MemoryStore);

impl KeyValue for ReadOnlyStore {
    fn get(&self, k: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.0.get(k)
    }
    fn set(&self, _: &str, _: &[u8]) -> Result<(), StoreError> {
        Err(StoreError("write failed".into()))
    }
    fn delete(&self, _: &str) -> Result<(), StoreError> {
        Err(StoreError("write failed".into()))
    }
    fn exists(&self, k: &str) -> Result<bool, StoreError> {
        self.0.exists(k)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.0.keys()
    }
}

#[test]
fn store_failures_are_503_and_retryable() {
    let config = Config::default();
    let pdf = ad();
    for response in [
        post_pdf(&FailingStore, &config, "/v1/documents", &pdf),
        get(
            &FailingStore,
            &config,
            &format!("/v1/documents/{}", sha256_hex(&pdf)),
        ),
        get(&FailingStore, &config, "/v1/documents"),
        post_pdf(&ReadOnlyStore(MemoryStore::new()), &config, "/v1/documents", &pdf),
    ] {
        assert_problem(&response, 503, "store-unavailable");
        assert_eq!(header(&response, "retry-after"), Some("1"));
        let detail = json(&response)["detail"].as_str().unwrap_or_default().to_string();
        assert!(
            !detail.contains("backend") && !detail.contains("write failed") && detail.contains("retry"),
            "the backend's error is for the log, not the client: {detail}"
        );
    }
    let readonly = ReadOnlyStore(MemoryStore::new());
    post_pdf(&readonly, &config, "/v1/documents", &pdf);
    assert!(readonly.0.is_empty(), "nothing half-written");
}

#[test]
fn concurrent_identical_uploads_leave_one_record() {
    let store = MemoryStore::new();
    let config = Config::default();
    let pdf = ad();
    // All in one second, so that every extraction makes the same record: records of different
    // seconds differ, and without compare-and-set in the store a slower write may overwrite
    // one that was already read back (the overtaken write has its own test below).
    let responses: Vec<Response<Vec<u8>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                let (store, config, pdf) = (&store, &config, &pdf);
                scope.spawn(move || {
                    call(
                        store,
                        config,
                        NOW,
                        Call {
                            method: Method::POST,
                            uri: "/v1/documents".into(),
                            headers: vec![("content-type", "application/pdf".into())],
                            body: Body::Bytes(pdf.clone()),
                        },
                    )
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("no panic")).collect()
    });
    let stored = store.snapshot();
    assert_eq!(stored.len(), 1);
    let (key, value) = stored.iter().next().expect("one record");
    assert_eq!(key, &format!("doc-{}", sha256_hex(&pdf)));
    let record: Value = serde_json::from_slice(value).expect("a whole JSON record");
    assert_eq!(record["id"], sha256_hex(&pdf));
    for r in &responses {
        assert!(
            r.status() == StatusCode::CREATED || r.status() == StatusCode::OK,
            "{}",
            r.status()
        );
        assert_eq!(r.body(), value, "every client is answered with the stored record");
    }
}

/// A store where another request's write of the same key lands right after each of ours, as
/// when two identical uploads finish together.
struct RacedStore {
    inner: MemoryStore,
    theirs: Vec<u8>,
}

impl KeyValue for RacedStore {
    fn get(&self, k: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.inner.get(k)
    }
    fn set(&self, k: &str, _: &[u8]) -> Result<(), StoreError> {
        self.inner.set(k, &self.theirs)
    }
    fn delete(&self, k: &str) -> Result<(), StoreError> {
        self.inner.delete(k)
    }
    fn exists(&self, k: &str) -> Result<bool, StoreError> {
        self.inner.exists(k)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.inner.keys()
    }
}

#[test]
fn an_upload_whose_write_was_overtaken_answers_with_the_stored_record() {
    let pdf = ad();
    let config = Config::default();
    // Their record: the same document extracted a minute earlier.
    let earlier = MemoryStore::new();
    let theirs = post_pdf(&earlier, &config, "/v1/documents", &pdf).body().clone();
    let raced = RacedStore {
        inner: MemoryStore::new(),
        theirs: theirs.clone(),
    };
    let r = call(
        &raced,
        &config,
        NOW + 60,
        Call {
            method: Method::POST,
            uri: "/v1/documents".into(),
            headers: vec![("content-type", "application/pdf".into())],
            body: Body::Bytes(pdf.clone()),
        },
    );
    assert_eq!(r.status(), StatusCode::OK, "not ours: 200, not 201");
    assert_eq!(r.body(), &theirs);
    assert_eq!(raced.inner.snapshot().values().next(), Some(&theirs));
}

#[test]
fn stored_values_fit_every_spin_backend() {
    // 60 pages of dense text: far more than 400 KB of text.
    let mut b = pdf::PdfBuilder::new();
    b.standard_font("F1", "Courier");
    let line = "Responsible for reconciliations, ledgers and monthly reporting across all units.";
    for page in 0..60 {
        let mut content = String::new();
        for i in 0..90 {
            content.push_str(&format!(
                "BT /F1 6 Tf 20 {} Td (p{page} l{i} {line}) Tj ET\n",
                830 - 9 * i
            ));
        }
        b.page(&content);
    }
    let pdf = b.build();
    let store = MemoryStore::new();
    let r = post_pdf(&store, &Config::default(), "/v1/documents", &pdf);
    assert_eq!(
        r.status(),
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(r.body())
    );
    let (key, value) = store.snapshot().into_iter().next().expect("stored");
    assert!(key.len() <= 255 && key.is_ascii() && !key.contains(['/', '\\', '?', '#']));
    assert!(
        value.len() <= jobpdf_core::store::MAX_VALUE_BYTES,
        "{} bytes",
        value.len()
    );
    let record: Value = serde_json::from_slice(&value).expect("JSON");
    let warning = record["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .find(|w| w["code"] == "text_truncated");
    assert!(warning.is_some(), "the cut is reported");
    assert_eq!(r.body(), &value[..], "the client gets what was stored");
}

#[test]
fn problem_types_are_documented() {
    let store = MemoryStore::new();
    let config = Config::default();
    let list = json(&get(&store, &config, "/v1/problems"));
    assert_eq!(list.as_array().map(Vec::len), Some(PROBLEM_TYPES.len()));
    let one = get(&store, &config, "/v1/problems/not-a-pdf");
    assert_eq!(one.status(), StatusCode::OK);
    assert_eq!(json(&one)["status"], 422);
    assert_problem(&get(&store, &config, "/v1/problems/nope"), 404, "not-found");
}

#[test]
fn the_openapi_document_matches_the_routes() {
    let store = MemoryStore::new();
    let config = Config::default();
    let spec = json(&get(&store, &config, "/v1/openapi.json"));
    assert_eq!(spec["openapi"], "3.1.0");
    assert_eq!(spec["info"]["version"], env!("CARGO_PKG_VERSION"));
    let id = "0".repeat(64);
    let paths = spec["paths"].as_object().expect("paths");
    let documented: Vec<(String, String)> = paths
        .iter()
        .flat_map(|(path, ops)| {
            ops.as_object()
                .into_iter()
                .flatten()
                .filter(|(m, _)| ["get", "post", "put", "patch", "delete"].contains(&m.as_str()))
                .map(move |(m, _)| (path.clone(), m.to_uppercase()))
        })
        .collect();
    // Every documented operation is routed (not 404 by route, not 405).
    for (path, method) in &documented {
        let uri = path.replace("{id}", &id).replace("{slug}", "not-a-pdf");
        let method: Method = method.parse().expect("a method");
        let r = call(
            &store,
            &config,
            NOW,
            Call {
                method,
                uri: uri.clone(),
                headers: vec![],
                body: Body::Bytes(vec![]),
            },
        );
        assert_ne!(r.status(), StatusCode::METHOD_NOT_ALLOWED, "{path}");
        if r.status() == StatusCode::NOT_FOUND {
            let body = json(&r);
            assert!(
                body["detail"]
                    .as_str()
                    .is_some_and(|d| d.contains("no stored result") || d.contains("problem type")),
                "{path}: {body}"
            );
        }
    }
    // Every routed operation is documented.
    let routed = [
        ("/v1/health", "GET"),
        ("/v1/ready", "GET"),
        ("/v1/openapi.json", "GET"),
        ("/v1/problems", "GET"),
        ("/v1/problems/{slug}", "GET"),
        ("/v1/documents", "POST"),
        ("/v1/documents", "GET"),
        ("/v1/documents/{id}", "GET"),
        ("/v1/documents/{id}", "DELETE"),
        ("/v1/documents/{id}/jobposting", "GET"),
    ];
    for (path, method) in routed {
        assert!(
            documented.iter().any(|(p, m)| p == path && m == method),
            "{method} {path} is not in openapi.json"
        );
    }
    assert_eq!(documented.len(), routed.len());
    // The problem types enumerated match the service's.
    let slugs: Vec<&str> = spec["components"]["schemas"]["ProblemSlug"]["enum"]
        .as_array()
        .expect("enum")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let known: Vec<&str> = PROBLEM_TYPES.iter().map(|p| p.slug).collect();
    assert_eq!(slugs, known);
}
