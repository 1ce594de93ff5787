//! schema.org `JobPosting` in JSON-LD, as Google's job search reads it. Only what the ad
//! states is written: unknown properties are omitted, never invented.

use super::model::{EmploymentType, Job, Period, Workplace};
use crate::date::Date;
use crate::posting::ad::lines::marker;
use crate::posting::lexicon::places;
use crate::posting::text::fold;
use serde_json::{Map, Value, json};

/// Renders `job` (read from `text`, in `language`) as a `JobPosting`. `date_extracted` stands
/// in for `datePosted` when the ad does not say when it was posted.
pub fn job_posting(job: &Job, text: &str, language: Option<&str>, date_extracted: Date) -> Value {
    let mut m = Map::new();
    m.insert("@context".into(), json!("https://schema.org/"));
    m.insert("@type".into(), json!("JobPosting"));
    if let Some(t) = &job.title {
        m.insert("title".into(), json!(t));
    }
    m.insert("description".into(), json!(description(job, text)));
    m.insert(
        "datePosted".into(),
        json!(job.posted.unwrap_or(date_extracted).to_string()),
    );
    if let Some(d) = job.deadline {
        m.insert("validThrough".into(), json!(format!("{d}T23:59:59")));
    }
    if let Some(e) = job.employment_type {
        m.insert("employmentType".into(), json!(employment(e)));
    }
    if let Some(c) = &job.company {
        m.insert(
            "hiringOrganization".into(),
            json!({"@type": "Organization", "name": c}),
        );
    }
    let country = job
        .location
        .as_deref()
        .and_then(|l| places::country_of(&fold::fold(l)));
    if job.workplace == Some(Workplace::Remote) {
        m.insert("jobLocationType".into(), json!("TELECOMMUTE"));
        if let Some(cc) = country {
            m.insert(
                "applicantLocationRequirements".into(),
                json!({"@type": "Country", "name": cc}),
            );
        }
    } else if let Some(loc) = &job.location {
        let mut addr = Map::new();
        addr.insert("@type".into(), json!("PostalAddress"));
        addr.insert("addressLocality".into(), json!(loc));
        if let Some(cc) = country {
            addr.insert("addressCountry".into(), json!(cc));
        }
        m.insert(
            "jobLocation".into(),
            json!({"@type": "Place", "address": Value::Object(addr)}),
        );
    }
    if let Some(s) = &job.salary
        && let Some(cur) = &s.currency
    {
        let mut v = Map::new();
        v.insert("@type".into(), json!("QuantitativeValue"));
        match (s.min, s.max) {
            (Some(a), Some(b)) if a == b => {
                v.insert("value".into(), number(a));
            }
            (a, b) => {
                if let Some(a) = a {
                    v.insert("minValue".into(), number(a));
                }
                if let Some(b) = b {
                    v.insert("maxValue".into(), number(b));
                }
            }
        }
        let unit = match s.period.unwrap_or(Period::Month) {
            Period::Hour => "HOUR",
            Period::Day => "DAY",
            Period::Month => "MONTH",
            Period::Year => "YEAR",
        };
        v.insert("unitText".into(), json!(unit));
        m.insert(
            "baseSalary".into(),
            json!({"@type": "MonetaryAmount", "currency": cur, "value": Value::Object(v)}),
        );
    }
    if let Some(x) = &job.experience_years {
        match x.min {
            Some(y) if y > 0.0 => {
                m.insert(
                    "experienceRequirements".into(),
                    json!({"@type": "OccupationalExperienceRequirements", "monthsOfExperience": number(y * 12.0)}),
                );
            }
            Some(_) => {
                m.insert("experienceRequirements".into(), json!("no requirements"));
            }
            None => {}
        }
    }
    if let Some(e) = &job.education {
        let mut cred = Map::new();
        cred.insert("@type".into(), json!("EducationalOccupationalCredential"));
        if let Some(cat) = credential(e) {
            cred.insert("credentialCategory".into(), json!(cat));
        }
        cred.insert("description".into(), json!(e));
        m.insert("educationRequirements".into(), Value::Object(cred));
    }
    let lists = [
        ("skills", &job.skills),
        ("responsibilities", &job.responsibilities),
        ("qualifications", &job.requirements),
        ("jobBenefits", &job.benefits),
    ];
    for (k, v) in lists {
        if !v.is_empty() {
            m.insert(k.into(), json!(v.join("\n")));
        }
    }
    if let Some(l) = language {
        m.insert("inLanguage".into(), json!(l));
    }
    Value::Object(m)
}

fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        json!(v as i64)
    } else {
        json!(v)
    }
}

fn employment(e: EmploymentType) -> &'static str {
    match e {
        EmploymentType::FullTime => "FULL_TIME",
        EmploymentType::PartTime => "PART_TIME",
        EmploymentType::Contract => "CONTRACTOR",
        EmploymentType::Temporary => "TEMPORARY",
        EmploymentType::Internship => "INTERN",
    }
}

/// Google's credential categories from the wording of the requirement.
fn credential(e: &str) -> Option<&'static str> {
    let f = fold::fold(e);
    let any = |w: &[&str]| fold::has_any_stem(&f, w);
    if any(&[
        "doctor",
        "magistr",
        "master",
        "mba",
        "msc",
        "phd",
        "postgraduate",
        "кандидат наук",
        "магистр",
    ]) {
        Some("postgraduate degree")
    } else if any(&[
        "ali",
        "bachelor",
        "bakalavr",
        "bsc",
        "degree",
        "graduate",
        "higher education",
        "university",
        "бакалавр",
        "высшее",
    ]) {
        Some("bachelor degree")
    } else if any(&[
        "associate degree",
        "college",
        "kollec",
        "pese",
        "peşə",
        "specialised",
        "specialized",
        "vocational",
        "колледж",
        "среднее специальное",
    ]) {
        Some("associate degree")
    } else if any(&["high school", "orta", "secondary", "среднее"]) {
        Some("high school")
    } else if any(&[
        "certificate",
        "diplom",
        "diploma",
        "sertifikat",
        "диплом",
        "сертификат",
    ]) {
        Some("professional certificate")
    } else {
        None
    }
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// HTML built from the text's blocks: bullet lines become list items, other lines
/// paragraphs. The title line is left out; the result is never just the title.
fn description(job: &Job, text: &str) -> String {
    let title = job.title.as_deref().map(fold::fold);
    let mut html = String::new();
    let mut in_list = false;
    let mut skipped_title = false;
    for raw in text.split(['\n', '\u{c}']) {
        let line = raw.trim();
        if line.is_empty() {
            if in_list {
                html.push_str("</ul>");
                in_list = false;
            }
            continue;
        }
        let f = fold::fold(line);
        if !skipped_title
            && title.as_deref().is_some_and(|t| {
                fold::fold(&crate::posting::readers::title::clean_title(line)) == *t || f == *t
            })
        {
            skipped_title = true;
            continue;
        }
        let (mk, body_f) = marker(&f);
        let body = if mk == crate::posting::ad::lines::Marker::None {
            line
        } else {
            let (s, _) = fold::orig_range(line, &f, body_f, body_f);
            line.get(s..).unwrap_or(line).trim()
        };
        let body = body.replace('\t', " · ");
        if mk != crate::posting::ad::lines::Marker::None {
            if !in_list {
                html.push_str("<ul>");
                in_list = true;
            }
            html.push_str("<li>");
            html.push_str(&escape(&body));
            html.push_str("</li>");
        } else {
            if in_list {
                html.push_str("</ul>");
                in_list = false;
            }
            html.push_str("<p>");
            html.push_str(&escape(&body));
            html.push_str("</p>");
        }
    }
    if in_list {
        html.push_str("</ul>");
    }
    if html.is_empty() {
        // No text: describe the posting from its fields.
        let mut parts: Vec<String> = Vec::new();
        for items in [&job.responsibilities, &job.requirements, &job.benefits] {
            if !items.is_empty() {
                let lis: String = items.iter().map(|i| format!("<li>{}</li>", escape(i))).collect();
                parts.push(format!("<ul>{lis}</ul>"));
            }
        }
        html = parts.concat();
    }
    if html.is_empty() {
        let t = job.title.as_deref().unwrap_or("Job");
        html = match &job.company {
            Some(c) => format!("<p>{} – {}</p>", escape(t), escape(c)),
            None => format!("<p>{}</p><p>{}</p>", escape(t), "Job posting"),
        };
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::model::{Salary, YearRange};

    fn job() -> Job {
        Job {
            title: Some("Data Scientist".into()),
            company: Some("Silk Road Analytics".into()),
            location: Some("Baku, Azerbaijan".into()),
            employment_type: Some(EmploymentType::FullTime),
            workplace: Some(Workplace::Hybrid),
            salary: Some(Salary {
                min: Some(60000.0),
                max: Some(75000.0),
                currency: Some("USD".into()),
                period: Some(Period::Year),
            }),
            experience_years: Some(YearRange {
                min: Some(2.0),
                max: Some(4.0),
            }),
            education: Some("Master's degree in Statistics".into()),
            skills: vec!["Python".into(), "SQL".into()],
            requirements: vec!["Fluent Python & SQL".into()],
            deadline: Date::new(2027, 1, 15),
            ..Job::default()
        }
    }

    #[test]
    fn has_googles_required_properties() {
        let text = "Data Scientist\n\nSilk Road Analytics -- Baku\n\nRequirements\n\n• Fluent Python & SQL <fast>\n• Git";
        let v = job_posting(&job(), text, Some("en"), Date::new(2026, 11, 25).unwrap());
        assert_eq!(v["@context"], "https://schema.org/");
        assert_eq!(v["@type"], "JobPosting");
        assert_eq!(v["title"], "Data Scientist");
        assert_eq!(v["datePosted"], "2026-11-25");
        assert_eq!(v["validThrough"], "2027-01-15T23:59:59");
        assert_eq!(v["employmentType"], "FULL_TIME");
        assert_eq!(v["hiringOrganization"]["@type"], "Organization");
        assert_eq!(v["hiringOrganization"]["name"], "Silk Road Analytics");
        assert_eq!(v["jobLocation"]["@type"], "Place");
        assert_eq!(v["jobLocation"]["address"]["addressCountry"], "AZ");
        assert_eq!(v["baseSalary"]["value"]["minValue"], 60000);
        assert_eq!(v["baseSalary"]["value"]["unitText"], "YEAR");
        assert_eq!(v["baseSalary"]["currency"], "USD");
        assert_eq!(v["experienceRequirements"]["monthsOfExperience"], 24);
        assert_eq!(
            v["educationRequirements"]["credentialCategory"],
            "postgraduate degree"
        );
        assert_eq!(v["inLanguage"], "en");
        let d = v["description"].as_str().unwrap();
        assert!(
            d.contains("<ul><li>Fluent Python &amp; SQL &lt;fast&gt;</li><li>Git</li></ul>"),
            "{d}"
        );
        assert!(d.starts_with("<p>Silk Road"), "{d}");
        assert_ne!(d, "Data Scientist");
    }

    #[test]
    fn remote_and_unknowns() {
        let mut j = job();
        j.workplace = Some(Workplace::Remote);
        j.salary = Some(Salary {
            min: Some(45.0),
            max: Some(45.0),
            currency: Some("USD".into()),
            period: Some(Period::Hour),
        });
        j.company = None;
        j.experience_years = Some(YearRange {
            min: Some(0.0),
            max: None,
        });
        let v = job_posting(&j, "", None, Date::new(2026, 11, 25).unwrap());
        assert_eq!(v["jobLocationType"], "TELECOMMUTE");
        assert_eq!(v["applicantLocationRequirements"]["name"], "AZ");
        assert!(v.get("jobLocation").is_none());
        assert!(v.get("hiringOrganization").is_none());
        assert!(v.get("inLanguage").is_none());
        assert_eq!(v["baseSalary"]["value"]["value"], 45);
        assert_eq!(v["experienceRequirements"], "no requirements");
        let d = v["description"].as_str().unwrap();
        assert!(!d.is_empty() && d != "Data Scientist");
        let empty = job_posting(&Job::default(), "", None, Date::new(2026, 11, 25).unwrap());
        assert!(empty["description"].as_str().is_some_and(|d| !d.is_empty()));
        assert!(empty.get("title").is_none());
    }
}
