//! The `/v1/documents` routes: upload and extract, read back, list, delete, and the schema.org
//! view of a stored result.

use super::multipart;
use super::problem::store_unavailable;
use super::query::param;
use super::{Body, Context, Problem, ProblemKind, json, with_type};
use crate::date::Date;
use crate::extract::{self, Extraction, Options, VERSION, Warning, is_document_id};
use crate::posting::Job;
use crate::store::{MAX_VALUE_BYTES, document_key, id_of_key};
use http::{HeaderValue, Request, Response, StatusCode, header};
use serde::Deserialize;
use std::time::Instant;

/// Default and largest page size of the list route.
const DEFAULT_LIST_LIMIT: usize = 20;
const MAX_LIST_LIMIT: usize = 100;

/// Longest kept file name.
const MAX_FILENAME_CHARS: usize = 255;

pub fn create(request: Request<Body>, ctx: &Context<'_>) -> Response<Vec<u8>> {
    let query = request.uri().query().map(str::to_string);
    let query = query.as_deref();
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = match request.into_body() {
        Body::OverLimit => return too_large(ctx),
        Body::Bytes(b) if b.len() > ctx.config.limits.max_upload_bytes => return too_large(ctx),
        Body::Bytes(b) => b,
    };
    let media_type = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let (pdf, part_filename): (&[u8], Option<String>) = match media_type.as_str() {
        "application/pdf" | "application/x-pdf" | "application/octet-stream" | "" => (&body, None),
        "multipart/form-data" => {
            let Some(boundary) = multipart::boundary(&content_type) else {
                return Problem::new(
                    ProblemKind::InvalidRequest,
                    "multipart/form-data without a boundary",
                )
                .into_response();
            };
            match multipart::file_part(&body, &boundary) {
                Ok(part) => (part.data, part.filename),
                Err(multipart::MultipartError::NoFile) => {
                    return Problem::new(
                        ProblemKind::InvalidRequest,
                        "the form has no file field (send it as `file`)",
                    )
                    .into_response();
                }
                Err(_) => {
                    return Problem::new(ProblemKind::InvalidRequest, "the multipart body cannot be read")
                        .into_response();
                }
            }
        }
        other => {
            return Problem::new(ProblemKind::UnsupportedMediaType,
                format!(
                    "a body of type {other} is not accepted; send the PDF with Content-Type: application/pdf or as multipart/form-data"
                ),
            )
            .into_response();
        }
    };
    let filename = param(query, "filename")
        .or(part_filename)
        .and_then(|f| clean_filename(&f));
    let reference_date = match param(query, "reference_date") {
        Some(d) => match Date::parse_iso(&d) {
            Some(d) => Some(d),
            None => {
                return Problem::new(
                    ProblemKind::InvalidRequest,
                    "reference_date must be a date as YYYY-MM-DD",
                )
                .into_response();
            }
        },
        None => None,
    };
    let refresh = match param(query, "refresh").as_deref() {
        None | Some("false" | "0" | "") => false,
        Some("true" | "1") => true,
        Some(_) => {
            return Problem::new(ProblemKind::InvalidRequest, "refresh must be true or false")
                .into_response();
        }
    };
    if pdf.is_empty() {
        return Problem::new(ProblemKind::NotAPdf, "the body is empty").into_response();
    }
    let hashing = Instant::now();
    let id = extract::document_id(pdf);
    let hashed = hashing.elapsed();
    let key = document_key(&id);
    if !refresh && let Some(answer) = already_stored(&id, &key, ctx) {
        return answer;
    }
    let options = Options {
        filename,
        reference_date,
        now_unix: ctx.now_unix,
        limits: ctx.config.limits.clone(),
    };
    let started = Instant::now();
    let mut extraction = match extract::extract_identified(pdf, id.clone(), &options) {
        Ok(x) => x,
        Err(e) => return Problem::from(e).into_response(),
    };
    let extracted = started.elapsed();
    let value = encode_within_envelope(&mut extraction);
    let stored_at = Instant::now();
    // Spin's key-value interface has no compare-and-set, so identical uploads at once each
    // extract. The first record stored stands: look again just before writing, and read back
    // after it, so that a client is answered with what is stored, `201` only when it is what
    // this request wrote. (Records of one version made in the same second are identical.)
    if !refresh && let Some(answer) = already_stored(&id, &key, ctx) {
        return answer;
    }
    if let Err(e) = ctx.store.set(&key, &value) {
        return store_unavailable(&e);
    }
    let mut response = match ctx.store.get(&key) {
        Ok(Some(stored)) if stored != value => stored_response(StatusCode::OK, &id, stored),
        // Ours, or deleted since, or unreadable just now: the write itself succeeded.
        _ => stored_response(StatusCode::CREATED, &id, value),
    };
    // Where the time went (W3C Server Timing), for operators and for the benchmarks.
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    let stages = extraction.timings;
    let timing = format!(
        "hash;dur={:.3}, load;dur={:.3}, decode;dur={:.3}, layout;dur={:.3}, posting;dur={:.3}, \
         extract;dur={:.3}, store;dur={:.3}",
        ms(hashed),
        ms(stages.load),
        ms(stages.decode),
        ms(stages.layout),
        ms(stages.posting),
        ms(extracted),
        ms(stored_at.elapsed())
    );
    if let Ok(v) = HeaderValue::from_str(&timing) {
        response.headers_mut().insert("server-timing", v);
    }
    response
}

/// The stored result of this version for `key`, as the answer to an upload; `None` when there
/// is none (or one of another version, which the upload replaces).
fn already_stored(id: &str, key: &str, ctx: &Context<'_>) -> Option<Response<Vec<u8>>> {
    match ctx.store.get(key) {
        Ok(Some(stored)) if made_by_this_version(&stored) => {
            Some(stored_response(StatusCode::OK, id, stored))
        }
        Ok(_) => None,
        Err(e) => Some(store_unavailable(&e)),
    }
}

pub fn get(id: &str, ctx: &Context<'_>) -> Response<Vec<u8>> {
    match load(id, ctx) {
        Ok(value) => stored_response(StatusCode::OK, id, value),
        Err(response) => *response,
    }
}

pub fn delete(id: &str, ctx: &Context<'_>) -> Response<Vec<u8>> {
    if !is_document_id(id) {
        return not_found(id);
    }
    let key = document_key(id);
    match ctx.store.exists(&key) {
        Ok(true) => {}
        Ok(false) => return not_found(id),
        Err(e) => return store_unavailable(&e),
    }
    match ctx.store.delete(&key) {
        Ok(()) => {
            let mut response = Response::new(Vec::new());
            *response.status_mut() = StatusCode::NO_CONTENT;
            response
        }
        Err(e) => store_unavailable(&e),
    }
}

/// What the list route reads of each stored result.
#[derive(Deserialize)]
struct Summary {
    #[serde(default)]
    job: Option<SummaryJob>,
    #[serde(default)]
    source: Option<SummarySource>,
    #[serde(default)]
    extracted_at: Option<String>,
}

#[derive(Deserialize)]
struct SummaryJob {
    title: Option<String>,
}

#[derive(Deserialize)]
struct SummarySource {
    filename: Option<String>,
}

pub fn list(request: &Request<Body>, ctx: &Context<'_>) -> Response<Vec<u8>> {
    let query = request.uri().query();
    let limit = match param(query, "limit") {
        None => DEFAULT_LIST_LIMIT,
        Some(l) => match l.parse::<usize>() {
            Ok(n) if (1..=MAX_LIST_LIMIT).contains(&n) => n,
            _ => {
                return Problem::new(
                    ProblemKind::InvalidRequest,
                    format!("limit must be between 1 and {MAX_LIST_LIMIT}"),
                )
                .into_response();
            }
        },
    };
    let cursor = param(query, "cursor").filter(|c| !c.is_empty());
    if cursor.as_deref().is_some_and(|c| !is_document_id(c)) {
        return Problem::new(
            ProblemKind::InvalidRequest,
            "cursor must be a document id from next_cursor",
        )
        .into_response();
    }
    let keys = match ctx.store.keys() {
        Ok(k) => k,
        Err(e) => return store_unavailable(&e),
    };
    let mut ids: Vec<&str> = keys.iter().filter_map(|k| id_of_key(k)).collect();
    ids.sort_unstable();
    let start = cursor
        .as_deref()
        .map_or(0, |c| ids.partition_point(|id| *id <= c));
    let page = ids.get(start..).unwrap_or_default();
    let mut documents = Vec::new();
    for id in page.iter().take(limit) {
        let summary = match ctx.store.get(&document_key(id)) {
            Ok(Some(v)) => serde_json::from_slice::<Summary>(&v).ok(),
            Ok(None) => continue, // deleted meanwhile
            Err(e) => return store_unavailable(&e),
        };
        let summary = summary.unwrap_or(Summary {
            job: None,
            source: None,
            extracted_at: None,
        });
        documents.push(serde_json::json!({
            "id": id,
            "title": summary.job.and_then(|j| j.title),
            "filename": summary.source.and_then(|s| s.filename),
            "extracted_at": summary.extracted_at,
            "url": format!("/v1/documents/{id}"),
        }));
    }
    let next_cursor = (page.len() > limit).then(|| page[limit - 1].to_string());
    json(
        StatusCode::OK,
        &serde_json::json!({ "documents": documents, "next_cursor": next_cursor }),
    )
}

/// What the JSON-LD view needs of a stored result.
#[derive(Deserialize)]
struct PostingView {
    job: Job,
    text: String,
    language: Option<String>,
    extracted_at: String,
}

pub fn job_posting(id: &str, ctx: &Context<'_>) -> Response<Vec<u8>> {
    let value = match load(id, ctx) {
        Ok(v) => v,
        Err(response) => return *response,
    };
    let Ok(view) = serde_json::from_slice::<PostingView>(&value) else {
        return not_found(id);
    };
    let extracted = view
        .extracted_at
        .get(..10)
        .and_then(Date::parse_iso)
        .unwrap_or_else(|| Date::from_unix_seconds(ctx.now_unix));
    let ld = crate::posting::jsonld::job_posting(&view.job, &view.text, view.language.as_deref(), extracted);
    let mut response = json(StatusCode::OK, &ld);
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/ld+json"),
    );
    response
}

fn load(id: &str, ctx: &Context<'_>) -> Result<Vec<u8>, Box<Response<Vec<u8>>>> {
    if !is_document_id(id) {
        return Err(Box::new(not_found(id)));
    }
    match ctx.store.get(&document_key(id)) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(Box::new(not_found(id))),
        Err(e) => Err(Box::new(store_unavailable(&e))),
    }
}

fn made_by_this_version(stored: &[u8]) -> bool {
    #[derive(Deserialize)]
    struct Version {
        version: String,
    }
    serde_json::from_slice::<Version>(stored).is_ok_and(|v| v.version == VERSION)
}

fn stored_response(status: StatusCode, id: &str, value: Vec<u8>) -> Response<Vec<u8>> {
    let mut response = with_type(Response::new(value), "application/json");
    *response.status_mut() = status;
    if let Ok(location) = HeaderValue::from_str(&format!("/v1/documents/{id}")) {
        let name = if status == StatusCode::CREATED {
            header::LOCATION
        } else {
            header::CONTENT_LOCATION
        };
        response.headers_mut().insert(name, location);
    }
    response
}

fn not_found(id: &str) -> Response<Vec<u8>> {
    let shown: String = id.chars().take(80).collect();
    Problem::new(ProblemKind::NotFound, format!("no stored result with id {shown}")).into_response()
}

fn too_large(ctx: &Context<'_>) -> Response<Vec<u8>> {
    Problem::new(
        ProblemKind::BodyTooLarge,
        format!("the upload limit is {} bytes", ctx.config.limits.max_upload_bytes),
    )
    .into_response()
}

/// A file name without directories or control characters, at most 255 characters.
fn clean_filename(name: &str) -> Option<String> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_FILENAME_CHARS)
        .collect();
    let cleaned = cleaned.trim().to_string();
    (!cleaned.is_empty()).then_some(cleaned)
}

/// Serialises a result so that it fits the portable value size of every Spin key-value
/// backend: when it would not, the text is cut (with a `text_truncated` warning).
pub fn encode_within_envelope(extraction: &mut Extraction) -> Vec<u8> {
    let mut value = serde_json::to_vec(extraction).unwrap_or_default();
    let mut warned = false;
    for _ in 0..4 {
        if value.len() <= MAX_VALUE_BYTES {
            return value;
        }
        let excess = value.len() - MAX_VALUE_BYTES + 1024;
        let keep = extraction.text.len().saturating_sub(excess * 2);
        let cut = (0..=keep)
            .rev()
            .find(|&i| extraction.text.is_char_boundary(i))
            .unwrap_or(0);
        extraction.text.truncate(cut);
        if !warned {
            extraction.warnings.push(Warning {
                code: "text_truncated".into(),
                detail: format!(
                    "text cut to {cut} bytes so that the stored result fits {MAX_VALUE_BYTES} bytes"
                ),
                ratio: None,
            });
            warned = true;
        }
        value = serde_json::to_vec(extraction).unwrap_or_default();
    }
    // Still too large: the fields themselves are; keep the essentials.
    extraction.evidence.clear();
    let job = &mut extraction.job;
    for list in [
        &mut job.skills,
        &mut job.responsibilities,
        &mut job.requirements,
        &mut job.nice_to_have,
        &mut job.benefits,
    ] {
        list.truncate(50);
        for item in list.iter_mut() {
            if item.len() > 1000 {
                let cut = (0..=1000).rev().find(|&i| item.is_char_boundary(i)).unwrap_or(0);
                item.truncate(cut);
            }
        }
    }
    serde_json::to_vec(extraction).unwrap_or_default()
}
