//! The job-posting record: field names and value sets as in the corpus conventions
//! (`title`, `company`, …, `deadline`, `posted`).

use crate::date::Date;
use crate::layout::Rect;
use serde::{Deserialize, Serialize, Serializer};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Job {
    pub title: Option<String>,
    pub company: Option<String>,
    pub location: Option<String>,
    pub employment_type: Option<EmploymentType>,
    pub workplace: Option<Workplace>,
    pub salary: Option<Salary>,
    pub experience_years: Option<YearRange>,
    pub education: Option<String>,
    pub skills: Vec<String>,
    pub responsibilities: Vec<String>,
    pub requirements: Vec<String>,
    pub nice_to_have: Vec<String>,
    pub benefits: Vec<String>,
    pub contact: Contact,
    pub deadline: Option<Date>,
    pub posted: Option<Date>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EmploymentType {
    FullTime,
    PartTime,
    Contract,
    Temporary,
    Internship,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Workplace {
    Onsite,
    Hybrid,
    Remote,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Hour,
    Day,
    Month,
    Year,
}

/// A pay range. Amounts are numbers; a single figure has `min == max`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Salary {
    #[serde(serialize_with = "amount")]
    pub min: Option<f64>,
    #[serde(serialize_with = "amount")]
    pub max: Option<f64>,
    /// ISO 4217 code.
    pub currency: Option<String>,
    pub period: Option<Period>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct YearRange {
    #[serde(serialize_with = "amount")]
    pub min: Option<f64>,
    #[serde(serialize_with = "amount")]
    pub max: Option<f64>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
}

/// Where a scalar value was read, and how sure the reader is of it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evidence {
    /// The page of the source line (none for the document's metadata).
    pub page: Option<u32>,
    /// The box around the source line, in points from the page's top-left corner.
    pub bbox: Option<Rect>,
    /// The source line's exact text, or the metadata title.
    pub text: String,
    /// How sure the reader is, from 0 to 1: low values are worth a person's look.
    #[serde(serialize_with = "two_decimals")]
    pub confidence: f32,
    pub source: Source,
}

/// What kind of text a value was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// A line of the ad.
    Page,
    /// What a browser printed in the page margin (the page's title or address).
    PrintMargin,
    /// The document's metadata title.
    Metadata,
}

fn two_decimals<S: Serializer>(v: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((f64::from(*v) * 100.0).round() / 100.0)
}

/// Evidence by field path (`title`, `salary`, `contact.email`, …).
pub type EvidenceMap = BTreeMap<String, Evidence>;

/// Whole amounts print as integers (`4000`, not `4000.0`).
fn amount<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => s.serialize_i64(*x as i64),
        Some(x) => s.serialize_f64(*x),
        None => s.serialize_none(),
    }
}
