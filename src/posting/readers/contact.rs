//! Contact details: e-mail address, phone number (international, local, short codes such as
//! `*1220`) and web address, scanned char by char. Amounts, dates, times and reference
//! numbers are not phone numbers.
//!
//! Which ones are the ad's contact: the first e-mail; the phone a sentence offers for enquiries
//! or applications before any other; the posting's own address (the one a browser printed in
//! the margin, unless it cut it short) or an address given to apply or read more. A link to
//! the company's home page or to a tool the job uses is not the posting's address.

use super::choice::Read;
use crate::posting::ad::Ad;
use crate::posting::ad::furniture::{Furniture, is_address};
use crate::posting::ad::labels::Field;
use crate::posting::text::fold;
use crate::substring;

/// Confidence by where a contact was read.
mod confidence {
    pub const EMAIL: f32 = 0.9;
    pub const PHONE_IN_CONTEXT: f32 = 0.85;
    pub const PHONE: f32 = 0.7;
    pub const PRINTED_ADDRESS: f32 = 0.85;
    /// An address labelled "Website:" but given for nothing in particular.
    pub const LABELLED_SITE: f32 = 0.6;
    pub const APPLY_ADDRESS: f32 = 0.8;
}

/// Words around a phone number or a web address that offer it for applications or enquiries.
const CONTACT_CUES: &[&str] = &[
    "apply",
    "application",
    "call",
    "contact",
    "enquir",
    "inquir",
    "information",
    "more details",
    "phone",
    "submit",
    "tel",
    "visit",
    "whatsapp",
    "zeng",
    "elaqe",
    "muraciet",
    "телефон",
    "звоните",
    "звонить",
    "обращаться",
    "откли",
    "подробн",
    "контакт",
    "анкет",
];

/// The ad's contact: e-mail, phone and web address, each with where it was read.
pub struct Found {
    pub email: Option<Read<String>>,
    pub phone: Option<Read<String>>,
    pub url: Option<Read<String>>,
}

/// Reads the contact of `ad`.
pub fn read(ad: &Ad) -> Found {
    let sections = &ad.sections;
    let mut email = None;
    let mut phone: Option<Read<String>> = None;
    let mut phone_in_context = false;
    let mut url = printed_address(ad);
    let mut labelled_site = None;
    for (i, ln) in ad.body() {
        let text = ln.text.as_ref();
        let f = ln.fold.as_str();
        let tagged = sections.is_duty_or_requirement(i);
        if email.is_none()
            && let Some(&(a, b)) = emails(text).first()
        {
            email = Some(Read::new(text[a..b].to_string(), Some(i), confidence::EMAIL));
        }
        if !tagged && !phone_in_context {
            let found = phones_outside_addresses(text);
            if let Some(&(a, b)) = found.first() {
                let cue = CONTACT_CUES.iter().any(|c| substring::contains(f, c));
                if phone.is_none() || cue {
                    let conf = if cue {
                        confidence::PHONE_IN_CONTEXT
                    } else {
                        confidence::PHONE
                    };
                    phone = Some(Read::new(text[a..b].trim().to_string(), Some(i), conf));
                    phone_in_context = cue;
                }
            }
        }
        if url.is_none() && !tagged {
            let bare = !sections.is_item.get(i).copied().unwrap_or(false);
            for (a, b) in urls(text, bare) {
                let address = &text[a..b];
                let labelled = ad.labels.iter().any(|l| l.line == i && l.field == Field::Website);
                if apply_context(f) || job_page(address) || careers_page(address, f) {
                    url = Some(Read::new(address.to_string(), Some(i), confidence::APPLY_ADDRESS));
                    break;
                }
                if labelled && labelled_site.is_none() {
                    labelled_site = Some(Read::new(address.to_string(), Some(i), confidence::LABELLED_SITE));
                }
            }
        }
    }
    Found {
        email,
        phone,
        url: url.or(labelled_site),
    }
}

/// The page's own address as the browser printed it in the margin, unless the printer cut it
/// before its query ("https://…/job/Off-Campu...").
fn printed_address(ad: &Ad) -> Option<Read<String>> {
    for (i, ln) in ad.lines.iter().enumerate() {
        if ln.furniture != Furniture::Print {
            continue;
        }
        for cell in ln.text.split('\t') {
            let c = cell.trim();
            if !is_address(c) || c.starts_with("file://") {
                continue;
            }
            // Cut where the query starts is fine (the query is dropped anyway); cut before it, or
            // in the middle ("recru…-45f8"), the address is lost.
            let query = c.find(['?', '#']).unwrap_or(c.len());
            let cut_at = c.find("...").or_else(|| c.find('…'));
            if cut_at.is_some_and(|p| p <= query) {
                continue;
            }
            let shown = c.trim_end_matches("...").trim_end_matches('…');
            return Some(Read::new(shown.to_string(), Some(i), confidence::PRINTED_ADDRESS));
        }
    }
    None
}

/// A line that gives a web address to apply at or for more information about the job ("Ətraflı
/// məlumat üçün: …"), not to learn more about the company.
fn apply_context(f: &str) -> bool {
    fold::has_any_stem(
        f,
        &[
            "anket",
            "application form",
            "apply",
            "etrafli melumat",
            "fill in",
            "for more information",
            "further information",
            "muraciet",
            "online application",
            "submit",
            "заявк",
            "на сайте",
            "откли",
            "официальном сайте",
            "подать",
            "подробнее",
            "размещено на",
        ],
    ) && !fold::has_any_stem(f, &["learn more about", "more about us"])
}

/// An address of one job's page ("…/jobs/product-designer", "…/vacancy/68608584") or of a
/// messenger contact ("t.me/golos_hr").
fn job_page(address: &str) -> bool {
    let a = address.to_ascii_lowercase();
    let a = a.split("://").nth(1).unwrap_or(&a);
    if a.starts_with("t.me/") || a.starts_with("wa.me/") {
        return true;
    }
    let segments: Vec<&str> = a
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .split('/')
        .skip(1)
        .filter(|s| !s.is_empty())
        .collect();
    segments.windows(2).any(|w| {
        matches!(
            w[0],
            "job"
                | "jobs"
                | "vacancy"
                | "vacancies"
                | "vakansiya"
                | "vakansiyalar"
                | "position"
                | "positions"
                | "posting"
                | "postings"
                | "requisition"
                | "requisitions"
                | "konkurs"
                | "vakansii"
        ) && !matches!(w[1], "benefits" | "search" | "index")
    })
}

/// An address of a careers page ("www.calderbrook.gov.uk/jobs", "yasilvadi.az/karyera"):
/// the posting's address when a line gives it without talking of something else.
fn careers_page(address: &str, f: &str) -> bool {
    let a = address.to_ascii_lowercase();
    let a = a.split("://").nth(1).unwrap_or(&a);
    let path: Vec<&str> = a
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .split('/')
        .skip(1)
        .filter(|s| !s.is_empty())
        .collect();
    let careers = path.first().is_some_and(|s| {
        matches!(
            *s,
            "career"
                | "careers"
                | "jobs"
                | "job"
                | "karyera"
                | "vakansiyalar"
                | "vakansiya"
                | "vacancies"
                | "vakansii"
                | "rabota"
        )
    });
    careers
        && !fold::has_any_stem(
            f,
            &[
                "about",
                "benefit",
                "learn more",
                "more about",
                "our culture",
                "our story",
            ],
        )
}

/// Phone numbers of a line that are not digits inside a web address ("?ft_source=6000726510").
fn phones_outside_addresses(text: &str) -> Vec<(usize, usize)> {
    let spans = urls(text, true);
    phones(text)
        .into_iter()
        .filter(|&(a, b)| !spans.iter().any(|&(ua, ub)| a >= ua && b <= ub) && !reference_number(&text[..a]))
        .collect()
}

/// Words right before a number that make it a reference, a tax id or an ad number rather than
/// a phone number ("№ 4387215590", "ИНН 7203451298", "VÖEN 1234567891").
fn reference_number(before: &str) -> bool {
    let f = fold::fold(before.trim_end().trim_end_matches([':', '.', ' ']));
    let last = f.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    matches!(
        last,
        "№" | "no"
            | "nr"
            | "id"
            | "ref"
            | "инн"
            | "кпп"
            | "огрн"
            | "окпо"
            | "бик"
            | "voen"
            | "elan"
            | "vacancy"
            | "req"
            | "requisition"
    ) || last.ends_with('№')
}

/// An e-mail address in `s`, as byte range.
pub fn emails(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    for (at, _) in s.match_indices('@') {
        let local_ok = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-');
        let dom_ok = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-');
        let mut start = at;
        while start > 0 && local_ok(b[start - 1]) {
            start -= 1;
        }
        while start < at && matches!(b[start], b'.' | b'-') {
            start += 1;
        }
        let mut end = at + 1;
        while end < b.len() && dom_ok(b[end]) {
            end += 1;
        }
        while end > at + 1 && matches!(b[end - 1], b'.' | b'-') {
            end -= 1;
        }
        let domain = &s[at + 1..end];
        let tld_ok = domain
            .rsplit('.')
            .next()
            .is_some_and(|t| t.len() >= 2 && t.bytes().all(|c| c.is_ascii_alphabetic()));
        if start < at && domain.contains('.') && tld_ok {
            out.push((start, end));
        }
    }
    out
}

/// Top-level domains accepted for addresses written without a scheme: the generic ones ads
/// use and the country codes of the places they come from (a bare "B.Sc" or "e.g" must not
/// read as an address, so not every two letters will do).
const TLDS: &[&str] = &[
    "ae", "ai", "am", "app", "ar", "at", "au", "az", "bd", "be", "bg", "bh", "biz", "br", "by", "ca",
    "careers", "ch", "cl", "cn", "co", "com", "cy", "cz", "de", "dev", "dk", "edu", "ee", "eg", "es", "eu",
    "fi", "fr", "ge", "global", "gov", "gr", "hk", "hr", "hu", "id", "ie", "il", "in", "info", "io", "ir",
    "it", "jobs", "jp", "kg", "kr", "kw", "kz", "lt", "lu", "lv", "ma", "md", "me", "mx", "my", "net", "ng",
    "nl", "no", "nz", "om", "online", "org", "ph", "pk", "pl", "pro", "pt", "qa", "ro", "rs", "ru", "sa",
    "se", "sg", "si", "sk", "tech", "th", "tj", "tm", "tr", "tw", "ua", "uk", "us", "uz", "vn", "work", "za",
];

/// A web address in `s`: with a scheme, starting with `www.`, or a bare domain with a path;
/// with `bare` also a bare domain ("company.az").
pub fn urls(s: &str, bare: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let at_word = i == 0
            || !(b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'.' | b'-' | b'@' | b'_' | b'/'));
        if !at_word || !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < b.len() && url_char(b[end]) {
            end += 1;
        }
        while end > i
            && matches!(
                b[end - 1],
                b'.' | b',' | b';' | b':' | b')' | b'!' | b'?' | b'\'' | b'"'
            )
        {
            end -= 1;
        }
        let cand = &s[i..end];
        if !cand.contains('.') {
            i = end.max(i + 1);
            continue;
        }
        let lower = cand.to_ascii_lowercase();
        let ok = if lower.starts_with("http://") || lower.starts_with("https://") {
            cand.len() > 10
        } else if let Some(host) = lower.strip_prefix("www.") {
            domain_ok(host)
        } else if cand.contains('@') {
            false
        } else {
            let host = lower.split('/').next().unwrap_or("");
            let written = cand.split('/').next().unwrap_or("");
            // "B.Tech/BE" is a degree: a bare domain's labels are longer than a letter, and its
            // top-level domain is written in lower case.
            let plausible = !written
                .split('.')
                .next()
                .is_some_and(|l| l.len() == 1 && l.bytes().all(|b| b.is_ascii_uppercase()))
                && written
                    .rsplit('.')
                    .next()
                    .is_some_and(|t| !t.bytes().any(|b| b.is_ascii_uppercase()));
            plausible && domain_ok(host) && (lower.contains('/') || bare)
        };
        if ok {
            out.push((i, end));
            i = end;
        } else {
            i = end.max(i + 1);
        }
    }
    out
}

fn url_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&c)
}

fn domain_ok(host: &str) -> bool {
    let host = host.split([':', '/', '?', '#']).next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-'))
        && labels.last().is_some_and(|t| TLDS.contains(t))
        && !labels[0].bytes().all(|c| c.is_ascii_digit())
}

/// Phone numbers in `s` (byte ranges): `+994 12 404 40 40`, `(055) 244 19 19`,
/// `+7 (495) 120-45-67`, `012 480 15 15`, and short codes such as `*1220`.
pub fn phones(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !(b[i] == b'+' || b[i] == b'(' || b[i] == b'*' || b[i].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let prev = if i == 0 { None } else { fold::char_before(s, i) };
        let boundary = prev.is_none_or(|p| {
            !(p.is_alphanumeric() || matches!(p, '-' | '/' | '.' | ',' | '*' | '+' | '№' | '#'))
        });
        if !boundary {
            i += 1;
            continue;
        }
        // Short codes.
        if b[i] == b'*' {
            let mut j = i + 1;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            let n = j - i - 1;
            if (3..=5).contains(&n) && fold::char_at(s, j).is_none_or(|c| !c.is_alphanumeric()) {
                out.push((i, j));
                i = j;
                continue;
            }
            i += 1;
            continue;
        }
        if !(b[i] == b'+' || b[i] == b'(' || b[i].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let (end, digits, first_digit) = scan_phone(b, i);
        let plus = b[i] == b'+' || (b[i] == b'(' && b.get(i + 1) == Some(&b'+'));
        let paren = b[i] == b'(' || s[i..end].contains('(');
        let ok = (7..=15).contains(&digits)
            && (plus || paren || first_digit == Some(b'0') || digits >= 10)
            && !followed_by_amount_word(s, end);
        if ok {
            out.push((i, end));
            i = end;
        } else {
            i = end.max(i + 1);
        }
    }
    out
}

/// Scans a phone-shaped run starting at `i`: digits, spaces, dashes, brackets, a leading plus.
fn scan_phone(b: &[u8], i: usize) -> (usize, usize, Option<u8>) {
    let mut j = i;
    let mut digits = 0;
    let mut first = None;
    let mut last_digit_end = i;
    let mut gap = 0;
    if b[j] == b'+' {
        j += 1;
    }
    while j < b.len() {
        let c = b[j];
        if c.is_ascii_digit() {
            if first.is_none() {
                first = Some(c);
            }
            digits += 1;
            j += 1;
            last_digit_end = j;
            gap = 0;
        } else if matches!(c, b' ' | b'-' | b'(' | b')') || (c == b'+' && digits == 0) {
            gap += 1;
            if gap > 2 {
                break;
            }
            j += 1;
        } else if c == 0xC2 && b.get(j + 1) == Some(&0xA0) {
            gap += 1;
            if gap > 2 {
                break;
            }
            j += 2;
        } else {
            break;
        }
    }
    let mut end = last_digit_end;
    // Keep a closing bracket that belongs to the number.
    if end < b.len() && b[end] == b')' && b[i..end].contains(&b'(') && !b[i..end].contains(&b')') {
        end += 1;
    }
    // A run that ends right before a letter or another digit-dot (a date) is not a phone.
    if end < b.len() && (b[end] == b'.' || b[end] == b':') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
        return (end, 0, first);
    }
    (end.max(i + 1), digits, first)
}

/// Amounts look like phones when long ("1 000 000 AZN"); a currency after the run says no.
fn followed_by_amount_word(s: &str, end: usize) -> bool {
    let rest = fold::fold(s.get(end..).unwrap_or("").trim_start());
    let w = fold::words(&rest).next().map(|(_, w)| w).unwrap_or("");
    matches!(
        w,
        "azn"
            | "manat"
            | "usd"
            | "eur"
            | "rub"
            | "руб"
            | "рублей"
            | "gbp"
            | "try"
            | "man"
            | "years"
            | "il"
            | "лет"
            | "тыс"
    ) || rest.starts_with('₼')
        || rest.starts_with('$')
        || rest.starts_with('€')
        || rest.starts_with('₽')
        || rest.starts_with('%')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_pages_and_apply_lines() {
        assert!(job_page("https://lumenstudio.io/jobs/product-designer"));
        assert!(job_page("https://spb.hh.ru/vacancy/68608584"));
        assert!(job_page("t.me/golos_hr"));
        assert!(!job_page("micron.com/careers/benefits"));
        assert!(!job_page("https://www.calbg.org"));
        assert!(apply_context(&fold::fold(
            "To apply, fill in the form at https://x.dev/contract"
        )));
        assert!(!apply_context(&fold::fold(
            "a leading promoter of the Symbiota software platform"
        )));
        assert!(!apply_context(&fold::fold(
            "To learn more about Micron, please visit micron.com/careers"
        )));
        assert_eq!(
            phones_outside_addresses("https://x.com/careers?jobId=1&ft_source=6000726510"),
            []
        );
    }

    fn ph(s: &str) -> Vec<&str> {
        phones(s).into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    #[test]
    fn phone_numbers() {
        assert_eq!(ph("call +994 12 404 40 40."), ["+994 12 404 40 40"]);
        assert_eq!(
            ph("or call (+994 22) 256 14 14. Deadline"),
            ["(+994 22) 256 14 14"]
        );
        assert_eq!(ph("Телефон: +7 (495) 120-45-67."), ["+7 (495) 120-45-67"]);
        assert_eq!(ph("zəng edin (055) 244 19 19 nömrəsinə"), ["(055) 244 19 19"]);
        assert_eq!(ph("Əlaqə: 050 318 42 42 (Elçin müəllim)"), ["050 318 42 42"]);
        assert_eq!(ph("or call *1220 (free)"), ["*1220"]);
        assert_eq!(ph("bakuoxford.edu.az or 012 480 15 15."), ["012 480 15 15"]);
    }

    #[test]
    fn not_phone_numbers() {
        for s in [
            "Salary: 4 000 – 5 500 AZN",
            "Maaş: 2 500 - 3 500 AZN",
            "from 150 000 to 200 000 руб.",
            "Deadline: 15.12.2026",
            "09:00-18:00",
            "Vacancy ADS-2026-114",
            "№ 47/2026",
            "1 000 000 AZN",
            "* item",
            "12,000 m2",
            "2025 or 2026",
        ] {
            assert!(ph(s).is_empty(), "{s}: {:?}", ph(s));
        }
    }

    #[test]
    fn emails_and_urls() {
        let s = "Send to careers@arazpay.az, or apply at https://arazpay.az/careers.";
        let e: Vec<&str> = emails(s).into_iter().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(e, ["careers@arazpay.az"]);
        let u: Vec<&str> = urls(s, false).into_iter().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(u, ["https://arazpay.az/careers"]);
        let s = "Phone: +994 | www.absheron-drilling.com; t.me/golos_hr. Next.js bakuoxford.edu.az";
        let u: Vec<&str> = urls(s, false).into_iter().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(u, ["www.absheron-drilling.com", "t.me/golos_hr"]);
        let u: Vec<&str> = urls(s, true).into_iter().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(
            u,
            ["www.absheron-drilling.com", "t.me/golos_hr", "bakuoxford.edu.az"]
        );
        assert!(emails("a@b").is_empty());
        // "www." with a path, at a sentence's end.
        let s = "Apply online at www.calderbrook.gov.uk/jobs. We do not accept CVs.";
        let u: Vec<&str> = urls(s, false).into_iter().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(u, ["www.calderbrook.gov.uk/jobs"]);
        assert!(careers_page(
            "www.yasilvadi.az/karyera",
            "www.yasilvadi.az/karyera"
        ));
        assert!(job_page("https://jobs.harlanridge.edu/postings/48812"));
        // Negative: a path is no domain ("www.example.c/om").
        assert!(urls("see www.example.c/om now", false).is_empty());
        // Country domains of Ireland, New Zealand, India; a degree is still none.
        let s = "Apply through www.publicjobs.ie. See seek.co.nz or naukri.in; a B.Sc or an M.A.";
        let u: Vec<&str> = urls(s, true).into_iter().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(u, ["www.publicjobs.ie", "seek.co.nz", "naukri.in"]);
        assert!(job_page("https://vvgtu.ru/konkurs/pps-2026-12"));
        assert!(apply_context(&fold::fold(
            "Объявление размещено на официальном сайте Комитета: https://cifra.pskov.ru/gossluzhba/konkurs"
        )));
    }
}
