//! Posting: reads the job's fields out of a laid-out document. Pure policy: no I/O.

pub mod model;

use crate::date::Date;
use crate::layout::Document;
pub use model::{Contact, EmploymentType, Evidence, EvidenceMap, Job, Period, Salary, Workplace, YearRange};

/// What the caller knows that the document does not.
#[derive(Clone, Debug)]
pub struct Options {
    /// Dates without a year resolve against this day.
    pub reference_date: Date,
}

/// The posting read from one document.
#[derive(Clone, Debug, Default)]
pub struct Posting {
    /// ISO 639-1 code of the ad's language, when recognisable.
    pub language: Option<String>,
    pub job: Job,
    pub evidence: EvidenceMap,
}

/// Reads the posting out of `doc`.
pub fn extract(doc: &Document, _options: &Options) -> Posting {
    let mut posting = Posting::default();
    if let Some((page, line)) = doc.lines().find(|(_, l)| !l.text.trim().is_empty()) {
        posting.job.title = Some(line.text.trim().to_string());
        posting.evidence.insert(
            "title".into(),
            Evidence {
                page,
                bbox: line.bbox,
                text: line.text.clone(),
            },
        );
    }
    posting
}
