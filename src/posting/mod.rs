//! Posting: reads the job's fields out of a laid-out document. Pure policy: no I/O.
//!
//! Pipeline: `lines` flattens the document and folds every line once; `language` names
//! the language; `labels` reads "Label: value" facts; `sections` splits the ad by its
//! headings and `lists` collects the items of the tagged sections; `title`, `facts`,
//! `salary`, `experience`, `dates`, `contact` and `skills` read one field each.
//! All lexicons are static (`match`, sorted slices): nothing is built per request.
//! [`jsonld`] renders a posting as schema.org `JobPosting`.

pub mod jsonld;
pub mod model;

mod ad;
mod lexicon;
mod readers;
mod text;

use crate::date::Date;
use crate::layout::Document;
pub use model::{Contact, EmploymentType, Evidence, EvidenceMap, Job, Period, Salary, Workplace, YearRange};

use ad::labels::{self, Field};
use ad::language;
use ad::lines::{self, Ln};
use ad::sections::{self, Kind};
use readers::{contact, dates, experience, facts, salary, skills, title};
use text::fold;

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

fn evidence(ev: &mut EvidenceMap, key: &str, lines: &[Ln], i: Option<usize>) {
    if let Some(ln) = i.and_then(|i| lines.get(i)) {
        ev.insert(
            key.to_string(),
            Evidence {
                page: ln.page,
                bbox: ln.bbox,
                text: ln.src.to_string(),
            },
        );
    }
}

/// Reads the posting out of `doc`.
pub fn extract(doc: &Document, options: &Options) -> Posting {
    let lines = lines::flatten(doc);
    let language = language::detect(&lines);
    let labels = labels::collect(&lines);
    let sections = sections::assign(&lines);
    let mut job = Job::default();
    let mut ev = EvidenceMap::new();

    let title = title::title(&lines, &labels, &sections);
    if let Some((i, t)) = &title {
        job.title = Some(t.clone());
        evidence(&mut ev, "title", &lines, Some(*i));
    }
    let title_line = title.as_ref().map(|t| t.0);
    if let Some((i, c)) = title::company(&lines, &labels, &sections, title_line) {
        job.company = Some(c);
        evidence(&mut ev, "company", &lines, Some(i));
    }
    if let Some((i, l)) = facts::location(&lines, &labels, &sections, title_line) {
        job.location = Some(l);
        evidence(&mut ev, "location", &lines, Some(i));
    }
    let title_ref = title.as_ref().map(|(i, t)| (*i, t.as_str()));
    let (employment, e_line) = facts::employment(&lines, &labels, &sections, title_ref);
    job.employment_type = Some(employment);
    evidence(&mut ev, "employment_type", &lines, e_line);
    let (workplace, w_line) = facts::workplace(&lines, &labels, &sections, title_ref);
    job.workplace = Some(workplace);
    evidence(&mut ev, "workplace", &lines, w_line);
    if let Some((s, i)) = salary::extract(&lines, &labels, &sections, language.as_deref()) {
        job.salary = Some(s);
        evidence(&mut ev, "salary", &lines, Some(i));
    }
    if let Some((r, i)) = experience::extract(&lines, &labels, &sections) {
        job.experience_years = Some(r);
        evidence(&mut ev, "experience_years", &lines, Some(i));
    }
    if let Some((i, e)) = facts::education(&lines, &labels, &sections) {
        job.education = Some(e);
        evidence(&mut ev, "education", &lines, Some(i));
    }
    let languages = job
        .title
        .as_deref()
        .is_some_and(|t| skills::customer_facing(&fold::fold(t)));
    job.skills = skills::find(&lines, &sections, false, languages);
    job.responsibilities = sections.list(Kind::Responsibilities);
    job.requirements = sections.list(Kind::Requirements);
    job.nice_to_have = sections.list(Kind::NiceToHave);
    job.benefits = sections.list(Kind::Benefits);
    read_contact(&lines, &sections, &mut job, &mut ev);
    read_dates(&lines, &labels, options.reference_date, &mut job, &mut ev);
    Posting {
        language,
        job,
        evidence: ev,
    }
}

/// The first e-mail, phone number and web address of the ad (web addresses not in the
/// duties or requirements, where they name tools such as a tax portal).
fn read_contact(lines: &[Ln], sections: &sections::Sections, job: &mut Job, ev: &mut EvidenceMap) {
    for (i, ln) in lines.iter().enumerate() {
        let text = ln.text.as_ref();
        let tagged = sections.is_duty_or_requirement(i);
        if job.contact.email.is_none()
            && let Some(&(a, b)) = contact::emails(text).first()
        {
            job.contact.email = Some(text[a..b].to_string());
            evidence(ev, "contact.email", lines, Some(i));
        }
        if job.contact.phone.is_none()
            && !tagged
            && let Some(&(a, b)) = contact::phones(text).first()
        {
            job.contact.phone = Some(text[a..b].trim().to_string());
            evidence(ev, "contact.phone", lines, Some(i));
        }
        if job.contact.url.is_none()
            && !tagged
            && let Some(&(a, b)) =
                contact::urls(text, !sections.is_item.get(i).copied().unwrap_or(false)).first()
        {
            job.contact.url = Some(text[a..b].to_string());
            evidence(ev, "contact.url", lines, Some(i));
        }
    }
}

/// The application deadline and the posting date: labelled dates first, then dates whose
/// clause says what they are.
fn read_dates(lines: &[Ln], labels: &[labels::Label], reference: Date, job: &mut Job, ev: &mut EvidenceMap) {
    for l in labels {
        let deadline = match l.field {
            Field::Deadline => true,
            Field::Posted => false,
            _ => continue,
        };
        let slot = if deadline {
            &mut job.deadline
        } else {
            &mut job.posted
        };
        if slot.is_some() {
            continue;
        }
        if let Some(d) = dates::find(&l.vfold)
            .first()
            .and_then(|w| w.resolve(reference, deadline))
        {
            *slot = Some(d);
            evidence(
                ev,
                if deadline { "deadline" } else { "posted" },
                lines,
                Some(l.line),
            );
        }
    }
    for (i, ln) in lines.iter().enumerate() {
        if job.deadline.is_some() && job.posted.is_some() {
            break;
        }
        if ln.page_no {
            continue;
        }
        for w in dates::find(&ln.fold) {
            let role = dates::role(&ln.fold, &w);
            let (slot, key, deadline) = match role {
                Some(dates::Role::Deadline) => (&mut job.deadline, "deadline", true),
                Some(dates::Role::Posted) => (&mut job.posted, "posted", false),
                None => continue,
            };
            if slot.is_none()
                && let Some(d) = w.resolve(reference, deadline)
            {
                *slot = Some(d);
                evidence(ev, key, lines, Some(i));
            }
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
                reference_date: Date::new(2026, 11, 25).unwrap(),
            },
        )
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
}
