//! The corpus fixtures in `fixtures/corpus`: each `NAME.pdf` with its ground truth `NAME.json`,
//! and the extraction options the corpus tests run with.

#![allow(dead_code)]

use jobpdf_core::date::Date;
use jobpdf_core::extract::Options;
use jobpdf_core::limits::Limits;
use std::path::{Path, PathBuf};

pub const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/corpus");

/// Options with a fixed reference date and clock, so results do not depend on the day.
pub fn options() -> Options {
    Options {
        filename: None,
        reference_date: Date::new(2026, 11, 25),
        now_unix: 1_795_600_203,
        limits: Limits::default(),
    }
}

/// Every corpus PDF, sorted by name.
pub fn pdfs() -> Vec<PathBuf> {
    let mut pdfs: Vec<PathBuf> = std::fs::read_dir(CORPUS)
        .expect("fixtures/corpus exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    pdfs.sort();
    assert!(pdfs.len() >= 30, "the corpus fixtures are missing");
    pdfs
}

/// The ground truth of `pdf`.
pub fn truth(pdf: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(pdf.with_extension("json")).expect("ground truth"))
        .expect("ground truth is JSON")
}

/// The document's name: its file stem.
pub fn name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}
