//! Posting: reads the job's fields out of a laid-out document. Pure policy: no I/O.
//!
//! The folder shows the shape:
//! - [`ad`]: the shared view of one ad that every reader reads: lines folded once, page
//!   furniture marked (print headers and footers, job-board navigation, other jobs), language,
//!   "Label: value" facts, sections (by their headings, or by what their lines say), the page's
//!   own printed and metadata titles.
//! - `readers`: one reader per field or family of fields; each returns its value with the line
//!   it was read from and a confidence, as a ranked choice among candidates whose features
//!   have named weights ([`readers::choice`]).
//! - `lexicon`: the word lists and tables as data, each in one place (places from GeoNames,
//!   skills, job-board chrome, organisations, separators).
//! - `text`: folding and sorted-table lookup, the mechanism under every lexicon.
//! - [`jsonld`]: renders a posting as schema.org `JobPosting`.
//!
//! This file is the table that wires the readers to the fields of [`Job`]. Nothing is built
//! per request: every lexicon is static.

pub mod ad;
pub mod jsonld;
pub mod model;

mod lexicon;
mod readers;
mod text;

use crate::date::Date;
use crate::layout::Document;
pub use model::{
    Contact, EmploymentType, Evidence, EvidenceMap, Job, Period, Salary, Source, Workplace, YearRange,
};

use ad::Ad;
use ad::furniture::Furniture;
use ad::sections::Kind;
use readers::choice::Read;
use readers::{company, contact, dates, education, experience, location, salary, skills, terms, title};
use text::fold;

/// What the caller knows that the document does not.
#[derive(Clone, Debug)]
pub struct Options {
    /// The day the ad was published or received, when the caller knows it: dates without a
    /// year resolve against it. Without it they resolve against a date the ad itself gives
    /// (its posting date), or are left out.
    pub reference_date: Option<Date>,
    /// The PDF's metadata title (`/Title`), a source for the title and company.
    pub metadata_title: Option<String>,
}

/// The posting read from one document.
#[derive(Clone, Debug, Default)]
pub struct Posting {
    /// ISO 639-1 code of the ad's language, when recognisable.
    pub language: Option<String>,
    pub job: Job,
    pub evidence: EvidenceMap,
}

/// Confidence of values read by a reader that does not rank candidates: one found by its own
/// pattern (the education requirement).
const PATTERN: f32 = 0.75;

/// Records `read` as the evidence of `key`.
fn evidence<T>(ev: &mut EvidenceMap, key: &str, ad: &Ad, read: &Read<T>, metadata: Option<&str>) {
    match read.line.and_then(|i| ad.lines.get(i)) {
        Some(ln) => {
            let source = if ln.furniture == Furniture::Print {
                Source::PrintMargin
            } else {
                Source::Page
            };
            ev.insert(
                key.to_string(),
                Evidence {
                    page: Some(ln.page),
                    bbox: Some(ln.bbox),
                    text: ln.src.to_string(),
                    confidence: read.confidence,
                    source,
                },
            );
        }
        None => {
            if let Some(m) = metadata {
                ev.insert(
                    key.to_string(),
                    Evidence {
                        page: None,
                        bbox: None,
                        text: m.to_string(),
                        confidence: read.confidence,
                        source: Source::Metadata,
                    },
                );
            }
        }
    }
}

/// Records a value read at line `i` by a reader with a fixed confidence.
fn line_evidence(ev: &mut EvidenceMap, key: &str, ad: &Ad, i: Option<usize>, confidence: f32) {
    if i.is_some() {
        evidence(ev, key, ad, &Read::new((), i, confidence), None);
    }
}

/// Reads the posting out of `doc`.
pub fn extract(doc: &Document, options: &Options) -> Posting {
    let ad = Ad::new(doc, options.metadata_title.as_deref());
    let metadata = options.metadata_title.as_deref();
    let lines = &ad.lines;
    let labels = &ad.labels;
    let sections = &ad.sections;
    let mut job = Job::default();
    let mut ev = EvidenceMap::new();

    let title = title::read(&ad);
    if let Some(t) = &title {
        job.title = Some(t.value.clone());
        evidence(&mut ev, "title", &ad, t, metadata);
    }
    let title_line = title.as_ref().and_then(|t| t.line);
    if let Some(c) = company::read(&ad, title.as_ref()) {
        job.company = Some(c.value.clone());
        evidence(&mut ev, "company", &ad, &c, metadata);
    }
    if let Some(l) = location::read(&ad, title_line) {
        job.location = Some(l.value.clone());
        evidence(&mut ev, "location", &ad, &l, metadata);
    }
    if let Some(e) = terms::employment(&ad, title.as_ref()) {
        job.employment_type = Some(e.value);
        evidence(&mut ev, "employment_type", &ad, &e, metadata);
    }
    if let Some(w) = terms::workplace(&ad, title.as_ref()) {
        job.workplace = Some(w.value);
        evidence(&mut ev, "workplace", &ad, &w, metadata);
    }
    if let Some(s) = salary::read(&ad) {
        job.salary = Some(s.value.clone());
        evidence(&mut ev, "salary", &ad, &s, metadata);
    }
    if let Some(r) = experience::read(&ad) {
        job.experience_years = Some(r.value.clone());
        evidence(&mut ev, "experience_years", &ad, &r, metadata);
    }
    if let Some((i, e)) = education::read(lines, labels, sections) {
        job.education = Some(e);
        line_evidence(&mut ev, "education", &ad, Some(i), PATTERN);
    }
    let languages = job
        .title
        .as_deref()
        .is_some_and(|t| skills::customer_facing(&fold::fold(t)));
    job.skills = skills::find(lines, sections, false, languages);
    job.responsibilities = sections.list(Kind::Responsibilities);
    job.requirements = sections.list(Kind::Requirements);
    job.nice_to_have = sections.list(Kind::NiceToHave);
    job.benefits = sections.list(Kind::Benefits);
    read_contact(&ad, &mut job, &mut ev);
    let found = dates::read(&ad, options.reference_date);
    for (key, read, slot) in [
        ("deadline", found.deadline, &mut job.deadline),
        ("posted", found.posted, &mut job.posted),
    ] {
        if let Some(r) = read {
            evidence(&mut ev, key, &ad, &r, None);
            *slot = Some(r.value);
        }
    }
    Posting {
        language: ad.language.clone(),
        job,
        evidence: ev,
    }
}

/// What the readers saw and weighed, for a developer: the ad's lines with their furniture,
/// section and label marks, then each ranked field's candidates.
pub fn explain(doc: &Document, options: &Options) -> String {
    use std::fmt::Write;
    let ad = Ad::new(doc, options.metadata_title.as_deref());
    let mut out = String::new();
    for (i, ln) in ad.lines.iter().enumerate() {
        let furniture = match ln.furniture {
            Furniture::None if ln.skip() => "skip",
            Furniture::None => "",
            Furniture::Print => "PRINT",
            Furniture::Chrome => "CHROME",
            Furniture::Elsewhere => "ELSEWHERE",
        };
        let heading = ad.sections.heading[i]
            .map(|h| format!("H:{:?}", h.kind))
            .unwrap_or_default();
        let kind = ad.sections.kind(i).map(|k| format!("{k:?}")).unwrap_or_default();
        let labels: Vec<String> = ad
            .labels
            .iter()
            .filter(|l| l.line == i)
            .map(|l| format!("{:?}", l.field))
            .collect();
        let _ = writeln!(
            out,
            "{i:4} p{} y{:<6.1} s{:.2}{} {:9} {:14} {:18} {:12} {}",
            ln.page,
            ln.bbox.y0,
            ln.rel_size,
            if ln.bold { "b" } else { " " },
            furniture,
            heading,
            kind,
            labels.join(","),
            ln.text.chars().take(110).collect::<String>()
        );
    }
    for pt in &ad.titles {
        let _ = writeln!(out, "page title ({:?}): {}", pt.origin, pt.text);
    }
    // Each ranked candidate with the value and line its best source gave.
    fn ranked_reads(out: &mut String, field: &str, ballot: &readers::choice::Ballot<String>) {
        use std::fmt::Write;
        for (score, key) in ballot.ranked().into_iter().take(8) {
            if let Some(r) = ballot.read_of(key) {
                let _ = writeln!(out, "  {field} {score:.2} {:?} from line {:?}", r.value, r.line);
            }
        }
    }
    let title = title::ballot(&ad);
    ranked_reads(&mut out, "title", &title);
    let _ = writeln!(
        out,
        "title: {:?}",
        title.ranked().iter().take(8).collect::<Vec<_>>()
    );
    let title_read = title.winner(f32::NEG_INFINITY);
    let title_line = title_read.as_ref().and_then(|t| t.line);
    let company = company::ballot(&ad, title_read.as_ref());
    ranked_reads(&mut out, "company", &company);
    let _ = writeln!(
        out,
        "company: {:?}",
        company.ranked().iter().take(8).collect::<Vec<_>>()
    );
    let employment = terms::employment_ballot(&ad, title_read.as_ref());
    for (_, key) in employment.ranked() {
        if let Some(r) = employment.read_of(key) {
            let _ = writeln!(out, "  employment {key} from line {:?}", r.line);
        }
    }
    let _ = writeln!(out, "employment: {:?}", employment.ranked());
    let (workplace, _) = terms::workplace_ballot(&ad, title_read.as_ref());
    for (_, key) in workplace.ranked() {
        if let Some(r) = workplace.read_of(key) {
            let _ = writeln!(out, "  workplace {key} from line {:?}", r.line);
        }
    }
    let _ = writeln!(out, "workplace: {:?}", workplace.ranked());
    let location = location::ballot(&ad, title_line);
    ranked_reads(&mut out, "location", &location);
    let _ = writeln!(
        out,
        "location: {:?}",
        location.ranked().iter().take(8).collect::<Vec<_>>()
    );
    out
}

/// The ad's e-mail, phone and web address.
fn read_contact(ad: &Ad, job: &mut Job, ev: &mut EvidenceMap) {
    let found = contact::read(ad);
    for (key, read, slot) in [
        ("contact.email", found.email, &mut job.contact.email),
        ("contact.phone", found.phone, &mut job.contact.phone),
        ("contact.url", found.url, &mut job.contact.url),
    ] {
        if let Some(r) = read {
            evidence(ev, key, ad, &r, None);
            *slot = Some(r.value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Posting {
        let doc = Document::from_plain_text(text);
        extract(
            &doc,
            &Options {
                reference_date: Date::new(2026, 11, 25),
                metadata_title: None,
            },
        )
    }

    #[test]
    fn the_page_title_states_the_terms_a_board_prints_there() {
        let text = "Shopify developer for a theme rebuild\n\nWe are a small coffee brand and need help with our store.";
        let with_title = |title: &str| {
            extract(
                &Document::from_plain_text(text),
                &Options {
                    reference_date: Date::new(2026, 11, 25),
                    metadata_title: Some(title.to_string()),
                },
            )
            .job
            .employment_type
        };
        assert_eq!(
            with_title("Shopify developer - Freelance Job in Web Development - Upwork"),
            Some(EmploymentType::Contract)
        );
        assert_eq!(with_title("Shopify developer - Web Development - Upwork"), None);
    }

    #[test]
    fn a_cookie_banner_below_other_lines_of_its_block_ends() {
        // The banner's block starts above its cookie line: marking it must move on.
        let p = run(
            "Warehouse Operative\n\nAcme Logistics\nWe use cookies to improve your experience. Accept all\n\nDuties:\n\n- Pick and pack orders",
        );
        assert!(!p.job.title.is_some_and(|t| t.contains("cookies")));
    }

    #[test]
    fn reads_a_small_english_ad() {
        let p = run(
            "Junior Accountant\n\nNizami Trading LLC - wholesale distribution\nLocation: Sumgait (office near the park)\n\nDuties:\n\n- Record invoices in 1C: Accounting\n- Reconcile bank statements\n\nRequirements:\n\n- Bachelor's degree in Accounting\n- 0-2 years of accounting experience\n\nConditions:\n\n- Salary: AZN 1,200 - 1,500 per month (net)\n\nTo apply, send your CV to jobs@nizami.az or call +994 50 321 77 10.\nDeadline: 20 December",
        );
        let j = &p.job;
        assert_eq!(p.language.as_deref(), Some("en"));
        assert_eq!(j.title.as_deref(), Some("Junior Accountant"));
        assert_eq!(j.company.as_deref(), Some("Nizami Trading LLC"));
        assert_eq!(j.location.as_deref(), Some("Sumgait"));
        assert_eq!(
            j.responsibilities,
            ["Record invoices in 1C: Accounting", "Reconcile bank statements"]
        );
        assert_eq!(j.requirements.len(), 2);
        assert_eq!(j.benefits, ["Salary: AZN 1,200 - 1,500 per month (net)"]);
        assert_eq!(j.salary.as_ref().and_then(|s| s.min), Some(1200.0));
        assert_eq!(
            j.experience_years,
            Some(YearRange {
                min: Some(0.0),
                max: Some(2.0)
            })
        );
        assert_eq!(j.education.as_deref(), Some("Bachelor's degree in Accounting"));
        assert_eq!(j.contact.email.as_deref(), Some("jobs@nizami.az"));
        assert_eq!(j.contact.phone.as_deref(), Some("+994 50 321 77 10"));
        assert_eq!(j.deadline, Date::new(2026, 12, 20));
        assert_eq!(j.skills, ["1C: Accounting"]);
        let e = &p.evidence["salary"];
        assert_eq!(e.text, "- Salary: AZN 1,200 - 1,500 per month (net)");
        assert!(p.evidence.contains_key("title") && p.evidence.contains_key("deadline"));
    }

    /// Random lines built from ad fragments, odd chars and separators: nothing may panic.
    #[test]
    fn never_panics_on_random_input() {
        const PIECES: &[&str] = &[
            "Salary:",
            "Maaş:",
            "Зарплата:",
            " от ",
            " до ",
            "-dək",
            " AZN",
            "₼",
            "$",
            "€",
            " руб.",
            "1 000",
            "2,500",
            "7.50",
            "15.12.2026",
            "31 dekabr",
            "December 31, 2026",
            "+994 12 404 40 40",
            "*1220",
            "(",
            ")",
            "«",
            "»",
            "•",
            "–",
            "-",
            "1.",
            "a)",
            "\t",
            "\n",
            "\n\n",
            ":",
            "·",
            "|",
            "İ",
            "ı",
            "ə",
            "Ё",
            "i\u{307}",
            "\u{a0}",
            "\u{2009}",
            "Requirements",
            "Tələblər",
            "Обязанности",
            "We offer",
            "5+ years",
            "ən azı",
            "лет",
            "C",
            "Go",
            "C-level",
            "hr@x.az",
            "www.x.az",
            "https://x.az/a",
            "Location:",
            "Ünvan:",
            "Bakı",
            "Remote",
            "hybrid",
            "part-time",
            "yarımştat",
            "Deadline:",
            "Posted:",
            "1C:",
            "MS Excel-də",
            "\u{c}",
            "😀",
            "漢字",
            "ﬁ",
            "\u{300}",
            "0",
            "9",
            ".",
            ",",
            ";",
            " ",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..400 {
            let n = (next() % 80) as usize;
            let mut text = String::new();
            for _ in 0..n {
                let piece = PIECES[(next() % PIECES.len() as u64) as usize];
                text.push_str(piece);
            }
            let p = run(&text);
            let _ = jsonld::job_posting(
                &p.job,
                &text,
                p.language.as_deref(),
                Date::new(2026, 11, 25).unwrap(),
            );
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in [
            "",
            "\n\n",
            "•",
            "- ",
            "1.",
            "Salary:",
            "₼",
            "Ünvan:\t",
            "(((",
            "@",
            "a@b.",
            "+",
            "*",
            "Deadline: 31.02.2026",
            "İ\u{307}",
            "Maaş: 1 000 000 000 000 000 AZN",
            "Əmək haqqı: ₼ - ₼",
            "\u{c}\u{c}",
            "до",
            "1-",
            "Requirements\n•\n•",
        ] {
            let _ = run(t);
        }
    }

    #[test]
    fn an_amount_alone_beside_a_line_about_pay() {
        let p = run(
            "Senior Scientist\n\nNorthbay Bio\n\nWhat you will do\n\n- Develop assays\n\n$128,000—$152,000 USD\nThe range above is the base salary for candidates based in the Bay Area.\n",
        );
        let s = p.job.salary.expect("the range is the pay");
        assert_eq!(
            (s.min, s.max, s.currency.as_deref()),
            (Some(128_000.0), Some(152_000.0), Some("USD"))
        );
        // Negative: an amount beside a line about something else.
        let p = run(
            "Senior Scientist\n\nNorthbay Bio\n\nWhat you will do\n\n- Develop assays\n\n$1,500\nConference budget for every scientist each year.\n",
        );
        assert!(p.job.salary.is_none(), "{:?}", p.job.salary);
    }
}
