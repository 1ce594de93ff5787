//! The HTTP API through the real component (the `wasm32-wasip2` release build) under an
//! embedded Spin-like host (`support/host.rs`): what a client of `spin up` would see.

// wasmtime does not build for wasm32, so neither does this test; keep `cargo clippy --target
// wasm32-wasip2 --all-targets` working once the dev-dependencies are native-only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/host.rs"]
mod host;

use host::{FailureKind, Host, KvOp, TestRequest, TestResponse};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::time::Duration;

const AD: &str = "s01_rust_backend_engineer";
const AD_3_PAGES: &str = "s11_hse_manager_3pages";
const SCANNED: &str = "s15_sales_assistant_scanned";

fn host() -> Host {
    Host::new().expect("the component builds, compiles and links")
}

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/fixtures/corpus/{name}.pdf", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"))
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

fn send(host: &Host, request: TestRequest) -> TestResponse {
    host.send(request)
        .unwrap_or_else(|e| panic!("the component answers: {e}"))
}

fn get(host: &Host, path: &str) -> TestResponse {
    send(host, TestRequest::new("GET", path))
}

fn upload(host: &Host, path: &str, pdf: &[u8]) -> TestResponse {
    send(
        host,
        TestRequest::new("POST", path)
            .header("content-type", "application/pdf")
            .body(pdf),
    )
}

fn json(response: &TestResponse) -> Value {
    response
        .json()
        .unwrap_or_else(|e| panic!("a JSON body ({e}): {}", response.text()))
}

/// Asserts an RFC 9457 problem of the given status and slug, with the headers every problem
/// carries; returns its body.
#[track_caller]
fn assert_problem(response: &TestResponse, status: u16, slug: &str) -> Value {
    assert_eq!(response.status, status, "status of {}", response.text());
    assert_eq!(response.header("content-type"), Some("application/problem+json"));
    assert_eq!(response.header("x-content-type-options"), Some("nosniff"));
    let body = json(response);
    assert_eq!(body["type"], format!("/v1/problems/{slug}"), "{body}");
    assert_eq!(body["status"], status, "{body}");
    assert!(body["title"].as_str().is_some_and(|t| !t.is_empty()), "{body}");
    assert!(body["detail"].as_str().is_some_and(|d| !d.is_empty()), "{body}");
    body
}

fn doc_key(id: &str) -> String {
    format!("doc-{id}")
}

fn multipart(boundary: &str, filename: &str, pdf: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nfrom curl\r\n")
            .as_bytes(),
    );
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\nContent-Type: application/pdf\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(pdf);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    body
}

#[test]
fn health_answers_ok_with_version() {
    let host = host();
    let r = get(&host, "/v1/health");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(r.header("cache-control"), Some("no-store"));
    let body = json(&r);
    assert_eq!(body["status"], "ok");
    assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
    assert!(host.kv_calls().is_empty(), "health must not open the store");
}

#[test]
fn openapi_document_is_served_verbatim() {
    let host = host();
    let r = get(&host, "/v1/openapi.json");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.body, include_bytes!("../src/api/openapi.json"));
    assert_eq!(json(&r)["openapi"], "3.1.0");
}

#[test]
fn raw_pdf_upload_creates_and_stores_a_result() {
    let host = host();
    let pdf = fixture(AD);
    let id = sha256_hex(&pdf);
    let r = upload(&host, "/v1/documents", &pdf);
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.header("location"), Some(format!("/v1/documents/{id}").as_str()));
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    let body = json(&r);
    assert_eq!(body["id"], id.as_str());
    assert!(
        body["text"].as_str().is_some_and(|t| !t.trim().is_empty()),
        "{body}"
    );
    assert_eq!(body["source"]["pages"], 1);
    assert_eq!(body["source"]["bytes"], pdf.len());
    assert_eq!(body["source"]["filename"], Value::Null);
    assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
    let stored = host.kv_snapshot();
    assert_eq!(stored.keys().collect::<Vec<_>>(), [&doc_key(&id)]);
    assert_eq!(stored[&doc_key(&id)], r.body, "the response is the stored value");
}

#[test]
fn page_count_of_a_three_page_ad() {
    let host = host();
    let r = upload(&host, "/v1/documents", &fixture(AD_3_PAGES));
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(json(&r)["source"]["pages"], 3);
}

#[test]
fn repeat_upload_is_answered_from_the_store() {
    let host = host();
    let pdf = fixture(AD);
    let id = sha256_hex(&pdf);
    let first = upload(&host, "/v1/documents", &pdf);
    assert_eq!(first.status, 201, "{}", first.text());
    let before = host.kv_snapshot();
    host.clear_kv_calls();

    let again = upload(&host, "/v1/documents", &pdf);
    assert_eq!(again.status, 200, "{}", again.text());
    assert_eq!(again.body, first.body);
    assert_eq!(
        again.header("content-location"),
        Some(format!("/v1/documents/{id}").as_str())
    );
    assert_eq!(again.header("location"), None);
    assert_eq!(
        host.kv_snapshot(),
        before,
        "the stored value is unchanged byte for byte"
    );
    let writes: Vec<_> = host
        .kv_calls()
        .into_iter()
        .filter(|c| c.op == KvOp::Set)
        .collect();
    assert!(writes.is_empty(), "no second extraction is stored: {writes:?}");
}

#[test]
fn refresh_extracts_again() {
    let host = host();
    let pdf = fixture(AD);
    let id = sha256_hex(&pdf);
    assert_eq!(upload(&host, "/v1/documents", &pdf).status, 201);
    host.clear_kv_calls();

    let r = upload(&host, "/v1/documents?refresh=true", &pdf);
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.header("location"), Some(format!("/v1/documents/{id}").as_str()));
    let calls = host.kv_calls();
    assert!(
        calls.iter().any(|c| c.op == KvOp::Set && c.key == doc_key(&id)),
        "{calls:?}"
    );
    let set = calls.iter().position(|c| c.op == KvOp::Set).unwrap_or(0);
    assert!(
        !calls[..set].iter().any(|c| c.op == KvOp::Get),
        "refresh skips the lookup: {calls:?}"
    );
    assert!(
        calls[set..].iter().any(|c| c.op == KvOp::Get),
        "and reads the record back after writing it: {calls:?}"
    );
    assert_eq!(host.kv_get(&doc_key(&id)), Some(r.body));
}

#[test]
fn multipart_upload_as_curl_sends_it() {
    let host = host();
    let pdf = fixture(AD);
    let boundary = "------------------------d74496d66958873e";
    let r = send(
        &host,
        TestRequest::new("POST", "/v1/documents")
            .header(
                "content-type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .header("accept", "*/*")
            .header("user-agent", "curl/8.5.0")
            .body(multipart(boundary, "rust-backend.pdf", &pdf)),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let body = json(&r);
    assert_eq!(
        body["id"],
        sha256_hex(&pdf),
        "the id is that of the file, not of the form"
    );
    assert_eq!(body["source"]["filename"], "rust-backend.pdf");
    assert_eq!(body["source"]["bytes"], pdf.len());
}

#[test]
fn responses_declare_their_length_and_head_the_length_get_sends() {
    // Spin sends a body without `Content-Length` chunked; every body here is known in full.
    let host = host();
    let pdf = fixture(AD);
    let id = sha256_hex(&pdf);
    let created = upload(&host, "/v1/documents", &pdf);
    assert_eq!(created.status, 201);
    for path in [
        "/v1/health".to_string(),
        "/v1/ready".to_string(),
        "/v1/openapi.json".to_string(),
        format!("/v1/documents/{id}"),
        format!("/v1/documents/{id}/jobposting"),
        "/v1/documents".to_string(),
        "/nowhere".to_string(),
    ] {
        let full = get(&host, &path);
        let length = full.body.len().to_string();
        assert_eq!(full.header("content-length"), Some(length.as_str()), "GET {path}");
        let head = send(&host, TestRequest::new("HEAD", &path));
        assert_eq!(head.status, full.status, "HEAD {path}");
        assert!(head.body.is_empty(), "HEAD {path}");
        assert_eq!(
            head.header("content-length"),
            Some(length.as_str()),
            "HEAD {path}"
        );
    }
    let length = created.body.len().to_string();
    assert_eq!(created.header("content-length"), Some(length.as_str()));
}

#[test]
fn get_returns_the_stored_result() {
    let host = host();
    let pdf = fixture(AD);
    let id = sha256_hex(&pdf);
    let created = upload(&host, "/v1/documents", &pdf);
    assert_eq!(created.status, 201, "{}", created.text());

    let r = get(&host, &format!("/v1/documents/{id}"));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.header("content-location"),
        Some(format!("/v1/documents/{id}").as_str())
    );
    assert_eq!(r.body, created.body);
}

#[test]
fn get_of_an_unknown_id_is_a_not_found_problem() {
    let host = host();
    let unknown = sha256_hex(b"never uploaded");
    assert_problem(&get(&host, &format!("/v1/documents/{unknown}")), 404, "not-found");
    // Not id-shaped: refused without asking the store.
    host.clear_kv_calls();
    assert_problem(&get(&host, "/v1/documents/not-an-id"), 404, "not-found");
    assert!(host.kv_calls().is_empty(), "{:?}", host.kv_calls());
}

#[test]
fn list_pages_through_uploads_with_limit_and_cursor() {
    let host = host();
    let mut ids = Vec::new();
    for name in [AD, AD_3_PAGES, "s03_junior_accountant"] {
        let pdf = fixture(name);
        let r = upload(&host, &format!("/v1/documents?filename={name}.pdf"), &pdf);
        assert_eq!(r.status, 201, "{name}: {}", r.text());
        ids.push(sha256_hex(&pdf));
    }
    ids.sort();

    let first = get(&host, "/v1/documents?limit=2");
    assert_eq!(first.status, 200, "{}", first.text());
    let first = json(&first);
    let page: Vec<&str> = first["documents"]
        .as_array()
        .expect("documents array")
        .iter()
        .map(|d| d["id"].as_str().expect("id"))
        .collect();
    assert_eq!(page, [ids[0].as_str(), ids[1].as_str()], "ordered by id");
    assert_eq!(first["next_cursor"], ids[1].as_str());
    let entry = &first["documents"][0];
    assert_eq!(entry["url"], format!("/v1/documents/{}", ids[0]));
    assert!(
        entry["filename"].as_str().is_some_and(|f| f.ends_with(".pdf")),
        "{entry}"
    );
    assert!(entry["extracted_at"].is_string(), "{entry}");

    let second = get(&host, &format!("/v1/documents?limit=2&cursor={}", ids[1]));
    assert_eq!(second.status, 200, "{}", second.text());
    let second = json(&second);
    let page: Vec<&str> = second["documents"]
        .as_array()
        .expect("documents array")
        .iter()
        .map(|d| d["id"].as_str().expect("id"))
        .collect();
    assert_eq!(page, [ids[2].as_str()]);
    assert_eq!(second["next_cursor"], Value::Null);

    let all = json(&get(&host, "/v1/documents"));
    let listed: BTreeSet<&str> = all["documents"]
        .as_array()
        .expect("documents array")
        .iter()
        .map(|d| d["id"].as_str().expect("id"))
        .collect();
    assert_eq!(listed, ids.iter().map(String::as_str).collect());
    assert_eq!(all["next_cursor"], Value::Null);

    assert_problem(&get(&host, "/v1/documents?limit=0"), 400, "invalid-request");
    assert_problem(&get(&host, "/v1/documents?cursor=xyz"), 400, "invalid-request");
}

#[test]
fn delete_removes_the_result() {
    let host = host();
    let pdf = fixture(AD);
    let id = sha256_hex(&pdf);
    assert_eq!(upload(&host, "/v1/documents", &pdf).status, 201);

    let r = send(&host, TestRequest::new("DELETE", &format!("/v1/documents/{id}")));
    assert_eq!(r.status, 204, "{}", r.text());
    assert!(r.body.is_empty());
    assert!(host.kv_snapshot().is_empty(), "{:?}", host.kv_snapshot().keys());
    assert_problem(&get(&host, &format!("/v1/documents/{id}")), 404, "not-found");
    let again = send(&host, TestRequest::new("DELETE", &format!("/v1/documents/{id}")));
    assert_problem(&again, 404, "not-found");
}

#[test]
fn wrong_method_is_405_with_allow() {
    let host = host();
    let id = sha256_hex(b"x");
    for (method, path, allow) in [
        ("PUT", "/v1/documents".to_string(), "GET, HEAD, POST"),
        ("DELETE", "/v1/health".to_string(), "GET, HEAD"),
        ("POST", "/v1/openapi.json".to_string(), "GET, HEAD"),
        ("PATCH", format!("/v1/documents/{id}"), "GET, HEAD, DELETE"),
    ] {
        let r = send(&host, TestRequest::new(method, &path));
        assert_problem(&r, 405, "method-not-allowed");
        assert_eq!(r.header("allow"), Some(allow), "{method} {path}");
    }
}

#[test]
fn unknown_routes_are_not_found_problems() {
    let host = host();
    for path in ["/", "/v2/health", "/v1/nothing", "/v1/documents/a/b/c"] {
        let r = get(&host, path);
        assert_problem(&r, 404, "not-found");
        assert_eq!(r.header("allow"), None, "{path}");
    }
}

#[test]
fn a_body_that_is_not_a_pdf_is_422() {
    let host = host();
    let body = assert_problem(
        &upload(&host, "/v1/documents", b"Senior Rust engineer wanted"),
        422,
        "not-a-pdf",
    );
    assert!(body["type"].as_str().is_some_and(|t| t.ends_with("not-a-pdf")));
    assert_problem(&upload(&host, "/v1/documents", b""), 422, "not-a-pdf");
    assert!(host.kv_snapshot().is_empty());
}

#[test]
fn text_plain_is_415() {
    let host = host();
    let r = send(
        &host,
        TestRequest::new("POST", "/v1/documents")
            .header("content-type", "text/plain; charset=utf-8")
            .body(fixture(AD)),
    );
    assert_problem(&r, 415, "unsupported-media-type");
    assert!(host.kv_snapshot().is_empty());
}

#[test]
fn upload_over_max_upload_bytes_is_413() {
    let host = host();
    host.set_variable("max_upload_bytes", "1000");
    let pdf = fixture(AD);
    assert!(pdf.len() > 1000);
    // Refused from the declared length, and when the length shows only while reading.
    let declared = upload(&host, "/v1/documents", &pdf);
    let body = assert_problem(&declared, 413, "body-too-large");
    assert!(
        body["detail"].as_str().is_some_and(|d| d.contains("1000")),
        "{body}"
    );
    let streamed = send(
        &host,
        TestRequest::new("POST", "/v1/documents")
            .header("content-type", "application/pdf")
            .body(pdf.clone())
            .without_content_length(),
    );
    assert_problem(&streamed, 413, "body-too-large");
    assert!(host.kv_snapshot().is_empty());

    host.set_variable("max_upload_bytes", &pdf.len().to_string());
    assert_eq!(
        upload(&host, "/v1/documents", &pdf).status,
        201,
        "exactly at the limit"
    );
}

#[test]
fn image_only_pdf_has_no_text_layer() {
    let host = host();
    assert_problem(
        &upload(&host, "/v1/documents", &fixture(SCANNED)),
        422,
        "no-text-layer",
    );
    assert!(host.kv_snapshot().is_empty());
}

#[test]
fn api_token_guards_documents_but_not_health() {
    let host = host();
    // Off (the manifest's default ""): no header needed.
    assert_eq!(get(&host, "/v1/documents").status, 200);

    host.set_variable("api_token", "s3cret-token");
    let missing = get(&host, "/v1/documents");
    assert_problem(&missing, 401, "unauthorized");
    assert_eq!(
        missing.header("www-authenticate"),
        Some("Bearer realm=\"jobpdf\"")
    );

    let wrong = send(
        &host,
        TestRequest::new("GET", "/v1/documents").header("authorization", "Bearer s3cret-tokeN"),
    );
    assert_problem(&wrong, 401, "unauthorized");
    assert_eq!(
        wrong.header("www-authenticate"),
        Some("Bearer realm=\"jobpdf\", error=\"invalid_token\"")
    );

    let basic = send(
        &host,
        TestRequest::new("GET", "/v1/documents").header("authorization", "Basic czNjcmV0LXRva2Vu"),
    );
    assert_problem(&basic, 401, "unauthorized");

    let upload_without = upload(&host, "/v1/documents", &fixture(AD));
    assert_problem(&upload_without, 401, "unauthorized");
    assert!(host.kv_snapshot().is_empty(), "nothing stored without the token");

    let right = send(
        &host,
        TestRequest::new("POST", "/v1/documents")
            .header("authorization", "Bearer s3cret-token")
            .header("content-type", "application/pdf")
            .body(fixture(AD)),
    );
    assert_eq!(right.status, 201, "{}", right.text());

    for open in ["/v1/health", "/v1/openapi.json"] {
        assert_eq!(get(&host, open).status, 200, "{open} needs no token");
    }
}

/// Every request that touches the store, for a document `id`.
fn store_routes(id: &str, pdf: &[u8]) -> Vec<TestRequest> {
    vec![
        TestRequest::new("POST", "/v1/documents")
            .header("content-type", "application/pdf")
            .body(pdf),
        TestRequest::new("GET", "/v1/documents"),
        TestRequest::new("GET", &format!("/v1/documents/{id}")),
        TestRequest::new("GET", &format!("/v1/documents/{id}/jobposting")),
        TestRequest::new("DELETE", &format!("/v1/documents/{id}")),
        TestRequest::new("GET", "/v1/ready"),
    ]
}

#[test]
fn failing_store_is_503() {
    let host = host();
    let pdf = fixture(AD);
    let id = sha256_hex(&pdf);
    assert_eq!(json(&get(&host, "/v1/ready"))["status"], "ready");
    host.fail_store(
        &KvOp::ALL,
        "Reconnecting failed: Connection refused (os error 111)",
    );
    for request in store_routes(&id, &pdf) {
        let what = format!("{} {}", request.method, request.path);
        let r = send(&host, request);
        let problem = assert_problem(&r, 503, "store-unavailable");
        assert_eq!(r.header("retry-after"), Some("1"), "{what}: {problem}");
        let detail = problem["detail"].as_str().unwrap_or_default();
        assert!(
            !detail.contains("Connection refused") && detail.contains("retry"),
            "{what}: the backend's error is not the client's business: {detail}"
        );
        assert!(
            r.guest_output.contains("Connection refused"),
            "{what}: the cause goes to the component's log (stderr): {:?}",
            r.guest_output
        );
    }
    assert_eq!(
        get(&host, "/v1/health").status,
        200,
        "health does not need the store"
    );
    host.heal_store();
    assert_eq!(get(&host, "/v1/ready").status, 200);
}

#[test]
fn a_stalled_store_stalls_what_needs_it_and_nothing_else() {
    // Spin's Redis backend retries inside the host call while Redis is down, and a guest cannot
    // time out a host call: under real `spin up` these requests wait (more than a minute was
    // seen). Here the host's request deadline ends them, which is what a probe's timeout or a
    // client's does in production.
    let host = host();
    let pdf = fixture(AD);
    let id = sha256_hex(&pdf);
    host.stall_store(&KvOp::ALL);
    for request in store_routes(&id, &pdf) {
        let what = format!("{} {}", request.method, request.path);
        let t = std::time::Instant::now();
        let err = host
            .send(request.deadline(Duration::from_millis(600)))
            .expect_err("a stalled store holds the request");
        println!(
            "{what}: held by the stalled store until the host's deadline ({:?})",
            t.elapsed()
        );
        assert_eq!(err.kind, FailureKind::Deadline, "{what}: {err}");
    }
    assert_eq!(get(&host, "/v1/health").status, 200, "liveness needs no store");
    assert_eq!(get(&host, "/v1/openapi.json").status, 200);
    host.heal_store();
    assert_eq!(get(&host, "/v1/ready").status, 200);
    assert_eq!(
        upload(&host, "/v1/documents", &pdf).status,
        201,
        "nothing half-written"
    );
}

#[test]
fn concurrent_identical_uploads_in_one_second_are_answered_with_the_stored_record() {
    // Twenty clients upload the same ad at once, within one second, so that every extraction
    // makes the same record. Records made in different seconds differ (`extracted_at`), and
    // then an upload that read its own record back may still be overwritten by a slower one:
    // Spin's key-value interface has no compare-and-set to prevent it. The read-back for an
    // overtaken write is `api.rs::an_upload_whose_write_was_overtaken_answers_with_the_stored_record`.
    let host = host();
    let pdf = fixture(AD);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(4)
        .enable_time()
        .build()
        .expect("a runtime");
    let responses: Vec<TestResponse> = runtime.block_on(async {
        let tasks: Vec<_> = (0..20)
            .map(|_| {
                let host = host.clone();
                let request = TestRequest::new("POST", "/v1/documents")
                    .header("content-type", "application/pdf")
                    .body(pdf.clone())
                    .wall_clock(1_795_600_000);
                tokio::spawn(async move { host.send_async(request).await })
            })
            .collect();
        let mut out = Vec::new();
        for t in tasks {
            out.push(t.await.expect("no panic").expect("the component answers"));
        }
        out
    });
    let stored = host.kv_snapshot();
    assert_eq!(stored.len(), 1, "one record");
    let value = stored.get(&doc_key(&sha256_hex(&pdf))).expect("the record");
    let created = responses.iter().filter(|r| r.status == 201).count();
    for r in &responses {
        assert!(r.status == 201 || r.status == 200, "{}", r.status);
        assert_eq!(
            &r.body, value,
            "status {}: the answer is what is stored",
            r.status
        );
    }
    assert!(created >= 1, "someone created it");
    println!(
        "{created} of {} concurrent identical uploads answered 201, the rest 200",
        responses.len()
    );
}

#[test]
fn store_failure_after_extraction_leaves_nothing_behind() {
    let host = host();
    host.fail_store(&[KvOp::Set], "disk full");
    assert_problem(
        &upload(&host, "/v1/documents", &fixture(AD)),
        503,
        "store-unavailable",
    );
    assert!(host.kv_snapshot().is_empty());

    host.fail_store(&[KvOp::Open], "cannot connect");
    assert_problem(&get(&host, "/v1/documents"), 503, "store-unavailable");

    host.heal_store();
    assert_eq!(upload(&host, "/v1/documents", &fixture(AD)).status, 201);
}

#[test]
fn memory_cap_fails_the_request_instead_of_the_host() {
    let host = host();
    let pdf = fixture(AD);
    let normal = upload(&host, "/v1/documents", &pdf);
    assert_eq!(normal.status, 201, "{}", normal.text());
    assert!(normal.peak_memory_bytes > 0);

    // Below what the extraction needed, above what instantiation needs.
    let health = get(&host, "/v1/health");
    let cap = (health.peak_memory_bytes + normal.peak_memory_bytes) / 2;
    assert!(cap > health.peak_memory_bytes && cap < normal.peak_memory_bytes);
    let err = host
        .send(
            TestRequest::new("POST", "/v1/documents?refresh=true")
                .header("content-type", "application/pdf")
                .body(pdf)
                .memory_limit(cap),
        )
        .expect_err("the upload cannot fit the memory cap");
    assert_eq!(err.kind, FailureKind::MemoryLimit, "{err}");
    assert_eq!(err.status(), 500);
}

#[test]
fn deadline_stops_the_request() {
    let host = host();
    let err = host
        .send(TestRequest::new("GET", "/v1/health").deadline(Duration::ZERO))
        .expect_err("nothing runs past a zero deadline");
    assert_eq!(err.kind, FailureKind::Deadline, "{err}");
    assert_eq!(
        get(&host, "/v1/health").status,
        200,
        "the next request is unaffected"
    );
}

#[test]
fn variable_names_follow_spin_rules() {
    // The examples of Spin's own `spin_expressions::Key` tests.
    for good in ["a", "abc", "a1b2c3", "a_1", "a_1_b_3", "api_token"] {
        assert_eq!(host::check_variable_name(good), Ok(()), "{good}");
    }
    for bad in ["", "aX", "1bc", "_x", "x.y", "x_", "a__b", "x-y", "API_TOKEN"] {
        assert!(host::check_variable_name(bad).is_err(), "{bad}");
    }
}

#[test]
fn manifest_agrees_with_the_host() {
    let manifest = include_str!("../spin.toml");
    for (name, default) in host::MANIFEST_VARIABLES {
        assert!(
            manifest.contains(&format!("{name} = {{ default = \"{default}\"")),
            "spin.toml declares {name} with default {default:?}"
        );
        assert!(
            manifest.contains(&format!("{name} = \"{{{{ {name} }}}}\"")),
            "the component maps {name}"
        );
    }
    assert!(manifest.contains(&format!("key_value_stores = [\"{}\"]", host::STORE_LABEL)));
    assert!(manifest.contains("allowed_outbound_hosts = []"));
    assert!(manifest.contains("route = \"/...\""));
}

/// Every corpus ad extracts inside the component exactly as the library extracts it natively:
/// what only the Wasm build has (its allocator, its substring search) changes no result.
#[test]
fn the_component_extracts_every_corpus_ad_as_the_library_does() {
    let host = host();
    let without_clock = |mut v: Value| {
        if let Some(o) = v.as_object_mut() {
            o.remove("extracted_at");
        }
        v
    };
    for path in corpus::pdfs() {
        let pdf = std::fs::read(&path).expect("fixture");
        let r = upload(&host, "/v1/documents?reference_date=2026-11-25", &pdf);
        let native = jobpdf_core::extract::extract_identified(
            &pdf,
            jobpdf_core::extract::document_id(&pdf),
            &corpus::options(),
        );
        let name = corpus::name(&path);
        match native {
            Ok(x) => {
                assert_eq!(r.status, 201, "{name}: {}", r.text());
                // Through bytes, as the component sends it (an f32 prints shortest as f32).
                let bytes = serde_json::to_vec(&x).expect("serialisable");
                let native: Value = serde_json::from_slice(&bytes).expect("JSON");
                assert_eq!(without_clock(json(&r)), without_clock(native), "{name}");
            }
            Err(e) => assert_ne!(r.status, 201, "{name}: natively {e:?}"),
        }
    }
}
