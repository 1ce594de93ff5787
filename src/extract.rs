//! The pipeline from PDF bytes to an [`Extraction`]: `pdf` → `layout` → `posting`.
//! Shared by the HTTP API and the CLI so that both produce the same JSON.

use crate::date::{Date, rfc3339_utc};
use crate::error::{ErrorKind, ExtractError};
pub use crate::id::{document_id, is_document_id};
use crate::layout;
use crate::limits::{Budget, Limits};
use crate::pdf;
use crate::posting::{self, EvidenceMap, Job};
use serde::{Deserialize, Serialize};
use std::time::{Duration, Instant};

/// The version of jobpdf that made a result; a stored result of another version is redone.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What the caller supplies beside the bytes.
#[derive(Clone, Debug)]
pub struct Options {
    pub filename: Option<String>,
    /// The day the ad was published or received, when the caller says: dates without a year
    /// resolve against it (else against a date the ad gives, else they are left out).
    pub reference_date: Option<Date>,
    /// Seconds since the Unix epoch, for `extracted_at`.
    pub now_unix: i64,
    pub limits: Limits,
}

/// The result of one extraction: the JSON the API returns and stores, and the CLI writes.
#[derive(Clone, Debug, Serialize)]
pub struct Extraction {
    pub id: String,
    pub source: Source,
    pub language: Option<String>,
    pub text: String,
    pub job: Job,
    pub evidence: EvidenceMap,
    pub warnings: Vec<Warning>,
    pub extracted_at: String,
    pub version: String,
    /// Where the time went; reported in `Server-Timing`, never stored.
    #[serde(skip)]
    pub timings: StageTimings,
}

/// Wall-clock time of each pipeline stage of one extraction.
#[derive(Clone, Copy, Debug, Default)]
pub struct StageTimings {
    /// Parsing the file: xref, trailer, page tree.
    pub load: Duration,
    /// Fonts and content streams to positioned glyphs, all pages.
    pub decode: Duration,
    /// Glyphs to ordered lines and blocks, all pages, and the text.
    pub layout: Duration,
    /// Language, sections and job fields.
    pub posting: Duration,
}

/// Facts about the uploaded file.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Source {
    pub filename: Option<String>,
    pub bytes: usize,
    pub pages: usize,
    pub producer: Option<String>,
}

/// Something the client should know about a result that still succeeded.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Warning {
    /// Stable machine-readable code, e.g. `unmapped_glyphs`, `text_truncated`.
    pub code: String,
    pub detail: String,
    /// A share between 0 and 1 where the warning measures one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratio: Option<f64>,
}

/// Share of unmapped glyphs above which the result carries an `unmapped_glyphs` warning.
const UNMAPPED_WARNING_RATIO: f64 = 0.02;

/// Runs the whole pipeline on `bytes`.
pub fn extract(bytes: &[u8], options: &Options) -> Result<Extraction, ExtractError> {
    extract_identified(bytes, document_id(bytes), options)
}

/// [`extract`] for a caller that has already hashed `bytes` into `id` (see [`document_id`]).
pub fn extract_identified(bytes: &[u8], id: String, options: &Options) -> Result<Extraction, ExtractError> {
    let mut timings = StageTimings::default();
    let mut budget = Budget::new(options.limits.clone());
    let started = Instant::now();
    let document = pdf::Document::load(bytes, &mut budget)?;
    timings.load = started.elapsed();
    let cleanup = layout::Cleanup {
        typesetter_hyphens: document.is_typeset_with_hyphenation(),
    };
    let mut pages = Vec::with_capacity(document.page_count());
    let (mut glyphs, mut unmapped) = (0usize, 0usize);
    for index in 0..document.page_count() {
        let started = Instant::now();
        let page = document.page_glyphs(index, &mut budget)?;
        let decoded = Instant::now();
        timings.decode += decoded - started;
        glyphs += page.glyphs.len();
        unmapped += page.glyphs.iter().filter(|g| g.unmapped).count();
        pages.push(layout::lay_out_page(&page, cleanup, &mut budget)?);
        timings.layout += decoded.elapsed();
    }
    let started = Instant::now();
    let mut laid_out = layout::Document { pages };
    layout::finish_document(&mut laid_out);
    let mut text = layout::render_text(&laid_out);
    timings.layout += started.elapsed();
    let mut warnings = Vec::new();
    if text.trim().is_empty() {
        return Err(ExtractError::new(
            ErrorKind::NoTextLayer,
            format!(
                "none of the {} page(s) has a text layer (a scan needs OCR, which jobpdf does not do)",
                document.page_count()
            ),
        ));
    }
    if text.chars().count() > options.limits.max_text_chars {
        let cut = text
            .char_indices()
            .nth(options.limits.max_text_chars)
            .map_or(text.len(), |(i, _)| i);
        text.truncate(cut);
        warnings.push(Warning {
            code: "text_truncated".into(),
            detail: format!("text cut at {} characters", options.limits.max_text_chars),
            ratio: None,
        });
    }
    if glyphs > 0 {
        let ratio = unmapped as f64 / glyphs as f64;
        if ratio > UNMAPPED_WARNING_RATIO {
            warnings.push(Warning {
                code: "unmapped_glyphs".into(),
                detail: format!(
                    "{unmapped} of {glyphs} glyphs have no Unicode mapping; their text is missing"
                ),
                ratio: Some((ratio * 10_000.0).round() / 10_000.0),
            });
        }
    }
    let started = Instant::now();
    let posting = posting::extract(
        &laid_out,
        &posting::Options {
            reference_date: options.reference_date,
            metadata_title: document.title(),
        },
    );
    timings.posting = started.elapsed();
    Ok(Extraction {
        id,
        source: Source {
            filename: options.filename.clone(),
            bytes: bytes.len(),
            pages: document.page_count(),
            producer: document.producer(),
        },
        language: posting.language,
        text,
        job: posting.job,
        evidence: posting.evidence,
        warnings,
        extracted_at: rfc3339_utc(options.now_unix),
        version: VERSION.to_string(),
        timings,
    })
}
