//! Metamorphic tests of the job fields: every corpus ad, re-written the ways other employers
//! write the same ad (other heading phrases, other date and salary formats, its duties and
//! requirements in the other order), must give the same fields as the ad as written.
//!
//! The ads are the corpus texts (`fixtures/corpus/*.json`, in reading order), read as plain-text
//! documents so that only the re-writing differs between the two extractions.

#[path = "support/corpus.rs"]
mod corpus;

use jobpdf_core::date::Date;
use jobpdf_core::layout::Document;
use jobpdf_core::posting::{self, Options};
use serde_json::{Value, json};

/// Section headings, by section and language: a heading of the ad is re-written as another
/// phrase of the same section (phrases real ads use; none of them is the corpus's own).
const HEADINGS: &[(&str, &str, &[&str])] = &[
    (
        "responsibilities",
        "en",
        &[
            "responsibilities",
            "key responsibilities",
            "main responsibilities",
            "role and responsibilities",
            "duties",
            "key duties",
            "main tasks",
            "your tasks",
            "what you will do",
            "the role",
            "scope of work",
            "what trainees do",
        ],
    ),
    (
        "responsibilities",
        "en+",
        &["Main duties", "What you'll be doing", "Your responsibilities"],
    ),
    (
        "requirements",
        "en",
        &[
            "requirements",
            "qualifications",
            "qualifications and experience",
            "must have",
            "what we are looking for",
            "who we are looking for",
            "who can apply",
            "you have",
            "your profile",
        ],
    ),
    (
        "requirements",
        "en+",
        &["Essential criteria", "What we're looking for", "About you"],
    ),
    (
        "benefits",
        "en",
        &[
            "benefits",
            "we offer",
            "what we offer",
            "perks",
            "package",
            "conditions",
        ],
    ),
    (
        "benefits",
        "en+",
        &["What's in it for you", "Why join us", "Our offer"],
    ),
    (
        "responsibilities",
        "az",
        &[
            "vezife ohdelikleri",
            "vezifeler",
            "ne edeceksiniz",
            "tecrubecinin vezifeleri",
        ],
    ),
    ("responsibilities", "az+", &["Əsas vəzifələr", "İş öhdəlikləri"]),
    ("requirements", "az", &["telebler", "namizede telebler"]),
    (
        "requirements",
        "az+",
        &["Namizəddən tələb olunur", "Tələb olunan bacarıqlar"],
    ),
    (
        "benefits",
        "az",
        &[
            "is seraiti",
            "seraiti",
            "serait",
            "teklif edirik",
            "biz teklif edirik",
        ],
    ),
    ("benefits", "az+", &["Sizə təklif edirik", "İş şərtləri"]),
    (
        "responsibilities",
        "ru",
        &["обязанности", "основные обязанности", "что нужно делать"],
    ),
    (
        "responsibilities",
        "ru+",
        &["Ваши задачи", "Чем предстоит заниматься"],
    ),
    (
        "requirements",
        "ru",
        &["требования", "требования к кандидату", "кого мы ищем"],
    ),
    ("requirements", "ru+", &["Мы ждём от вас", "Наши ожидания"]),
    (
        "benefits",
        "ru",
        &["условия", "мы предлагаем", "что мы предлагаем"],
    ),
    ("benefits", "ru+", &["Условия работы", "Что мы даём"]),
];

/// A heading's folded form as the table writes it (lower case, Azerbaijani letters plain).
fn fold(s: &str) -> String {
    s.trim()
        .trim_end_matches(':')
        .to_lowercase()
        .replace('ə', "e")
        .replace('ı', "i")
        .replace('ş', "s")
        .replace('ç', "c")
        .replace('ğ', "g")
        .replace('ö', "o")
        .replace('ü', "u")
        .replace("i\u{307}", "i")
}

/// The section a line heads, if it is one of the table's headings for `language`.
fn heading_of(line: &str, language: &str) -> Option<&'static str> {
    let f = fold(line);
    HEADINGS
        .iter()
        .find(|(_, l, phrases)| *l == language && phrases.contains(&f.as_str()))
        .map(|(section, _, _)| *section)
}

/// The `n`th other phrase of `section` in `language`.
fn other_heading(section: &str, language: &str, n: usize) -> &'static str {
    let more = format!("{language}+");
    let (_, _, phrases) = HEADINGS
        .iter()
        .find(|(s, l, _)| *s == section && *l == more)
        .expect("alternatives for every section");
    phrases[n % phrases.len()]
}

/// Every heading re-written as another phrase of its section (with a colon where it had one).
fn other_headings(text: &str, language: &str) -> String {
    let mut n = 0;
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| match heading_of(line, language) {
            Some(section) => {
                let colon = if line.trim_end().ends_with(':') { ":" } else { "" };
                n += 1;
                format!("{}{colon}", other_heading(section, language, n - 1))
            }
            None => line.to_string(),
        })
        .collect();
    lines.join("\n")
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_AZ: [&str; 12] = [
    "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr",
    "dekabr",
];
const MONTHS_RU: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// The month a word names (English full or three-letter names, Azerbaijani, Russian genitive).
fn month_of(word: &str) -> Option<usize> {
    let w = word.trim_end_matches([',', '.']).to_lowercase();
    MONTHS_EN
        .iter()
        .position(|m| m.to_lowercase() == w || (w.len() == 3 && m.to_lowercase().starts_with(&w)))
        .or_else(|| MONTHS_AZ.iter().position(|m| *m == w))
        .or_else(|| MONTHS_RU.iter().position(|m| *m == w))
}

/// Dates re-written: "15.01.2027" as "15 January 2027" (in the ad's language, month first in
/// English), and "15 January 2027" as "15.01.2027".
fn other_dates(text: &str, language: &str) -> String {
    let mut out = Vec::new();
    for line in text.split('\n') {
        let words: Vec<&str> = line.split(' ').collect();
        let mut rewritten: Vec<String> = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let w = words[i];
            let core = w.trim_end_matches(['.', ',', ';', ')']);
            let tail = &w[core.len()..];
            let numeric: Vec<&str> = core.split('.').collect();
            if numeric.len() == 3
                && numeric[0].len() == 2
                && numeric[1].len() == 2
                && numeric[2].len() == 4
                && numeric.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
            {
                let (d, m, y) = (numeric[0], numeric[1], numeric[2]);
                let (Ok(day), Ok(month)) = (d.parse::<u32>(), m.parse::<usize>()) else {
                    rewritten.push(w.to_string());
                    i += 1;
                    continue;
                };
                if (1..=12).contains(&month) {
                    let written = match language {
                        "az" => format!("{day} {} {y}", MONTHS_AZ[month - 1]),
                        "ru" => format!("{day} {} {y}", MONTHS_RU[month - 1]),
                        _ => format!("{} {day}, {y}", MONTHS_EN[month - 1]),
                    };
                    rewritten.push(format!("{written}{tail}"));
                    i += 1;
                    continue;
                }
            }
            // "15 January 2027" → "15.01.2027".
            if let (Ok(day), Some(month), Some(year)) = (
                core.parse::<u32>(),
                words.get(i + 1).and_then(|m| month_of(m)),
                words.get(i + 2),
            ) {
                let ycore = year.trim_end_matches(['.', ',', ';', ')']);
                if (1..=31).contains(&day) && ycore.len() == 4 && ycore.bytes().all(|b| b.is_ascii_digit()) {
                    let ytail = &year[ycore.len()..];
                    rewritten.push(format!("{day:02}.{:02}.{ycore}{ytail}", month + 1));
                    i += 3;
                    continue;
                }
            }
            rewritten.push(w.to_string());
            i += 1;
        }
        out.push(rewritten.join(" "));
    }
    out.join("\n")
}

/// Currency marks of a pay line.
const CURRENCIES: &[&str] = &["AZN", "₼", "$", "€", "£", "USD", "EUR", "руб", "₽", "manat"];

/// Salaries re-written: in a line with a currency, thousands written without separators
/// ("1,200" / "1 200" → "1200") and a range's dash as an en dash without spaces.
fn other_salaries(text: &str) -> String {
    text.split('\n')
        .map(|line| {
            if !CURRENCIES.iter().any(|c| line.contains(c)) {
                return line.to_string();
            }
            let chars: Vec<char> = line.chars().collect();
            let mut out = String::new();
            let mut i = 0;
            while i < chars.len() {
                let c = chars[i];
                let digit_before = i > 0 && chars[i - 1].is_ascii_digit();
                let three_after = chars.len() >= i + 4
                    && chars[i + 1..i + 4].iter().all(char::is_ascii_digit)
                    && chars.get(i + 4).is_none_or(|n| !n.is_ascii_digit());
                // A thousands separator: one digit group of three after it.
                if digit_before && matches!(c, ',' | ' ' | '\u{a0}' | '\u{202f}') && three_after {
                    i += 1;
                    continue;
                }
                // " - " / "–" / "—" between two amounts.
                let rest: String = chars[i..].iter().take(3).collect();
                let dash = ["\u{2013}", "\u{2014}", "-"].iter().find_map(|d| {
                    [format!(" {d} "), d.to_string()]
                        .into_iter()
                        .find(|form| rest.starts_with(form.as_str()))
                });
                if digit_before && let Some(form) = dash {
                    let after = chars.get(i + form.chars().count());
                    if after.is_some_and(|n| n.is_ascii_digit() || "$€£₼".contains(*n)) {
                        out.push('\u{2013}');
                        i += form.chars().count();
                        continue;
                    }
                }
                out.push(c);
                i += 1;
            }
            out
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The blocks of the ad: each known heading starts one; text before the first is block 0.
fn blocks<'t>(lines: &[&'t str], language: &str) -> Vec<(Option<&'static str>, Vec<&'t str>)> {
    let mut out: Vec<(Option<&'static str>, Vec<&'t str>)> = vec![(None, Vec::new())];
    for line in lines {
        match heading_of(line, language) {
            Some(section) => out.push((Some(section), vec![*line])),
            None => {
                if let Some(last) = out.last_mut() {
                    last.1.push(*line);
                }
            }
        }
    }
    out
}

/// True when a block is its heading and list items only (and blank lines).
fn list_only(block: &[&str]) -> bool {
    block.iter().skip(1).all(|l| {
        l.trim().is_empty()
            || l.trim_start()
                .starts_with(['•', '-', '–', '—', '*', '·', '▪', '●'])
    })
}

/// The duties and requirements blocks swapped, where they stand next to each other and hold
/// nothing but their items; `None` when the ad has no such pair.
fn other_order(text: &str, language: &str) -> Option<String> {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut blocks = blocks(&lines, language);
    let at = blocks.windows(2).position(|w| {
        let kinds = (w[0].0, w[1].0);
        (kinds == (Some("responsibilities"), Some("requirements"))
            || kinds == (Some("requirements"), Some("responsibilities")))
            && list_only(&w[0].1)
            && list_only(&w[1].1)
    })?;
    blocks.swap(at, at + 1);
    Some(
        blocks
            .iter()
            .flat_map(|(_, b)| b.iter().copied())
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

/// The list fields of a job.
const LISTS: [&str; 5] = [
    "skills",
    "responsibilities",
    "requirements",
    "nice_to_have",
    "benefits",
];

/// The fields compared: every scalar field, the contact, and the lists as sets.
fn fields(text: &str) -> Value {
    let doc = Document::from_plain_text(text);
    let p = posting::extract(
        &doc,
        &Options {
            reference_date: Date::new(2026, 11, 25),
            metadata_title: None,
        },
    );
    let mut job = serde_json::to_value(&p.job).expect("the job serialises");
    for list in LISTS {
        if let Some(items) = job.get_mut(list).and_then(Value::as_array_mut) {
            items.sort_by_key(|v| v.as_str().unwrap_or("").to_lowercase());
        }
    }
    json!({ "language": p.language, "job": job })
}

/// Runs `rewrite` over every corpus ad and reports each field that changed.
fn invariant(name: &str, rewrite: impl Fn(&str, &str) -> Option<String>) {
    let mut changed = Vec::new();
    let mut rewritten = 0;
    for pdf in corpus::pdfs() {
        let truth = corpus::truth(&pdf);
        let (Some(text), Some(language)) = (truth["text"].as_str(), truth["language"].as_str()) else {
            continue;
        };
        if text.trim().is_empty() {
            continue;
        }
        let Some(other) = rewrite(text, language).filter(|o| o != text) else {
            continue;
        };
        rewritten += 1;
        let (mut a, b) = (fields(text), fields(&other));
        // List items are quoted as written: the ad's own items, re-written the same way.
        for list in LISTS {
            if let Some(items) = a["job"].get_mut(list).and_then(Value::as_array_mut) {
                for item in items.iter_mut() {
                    if let Some(s) = item.as_str() {
                        *item = Value::from(rewrite(s, language).unwrap_or_else(|| s.to_string()));
                    }
                }
                items.sort_by_key(|v| v.as_str().unwrap_or("").to_lowercase());
            }
        }
        for key in a["job"].as_object().into_iter().flat_map(|o| o.keys()) {
            if a["job"][key] != b["job"][key] {
                changed.push(format!(
                    "{}: {key}: {} → {}",
                    corpus::name(&pdf),
                    a["job"][key],
                    b["job"][key]
                ));
            }
        }
        if a["language"] != b["language"] {
            changed.push(format!("{}: language", corpus::name(&pdf)));
        }
    }
    assert!(
        rewritten >= 10,
        "{name}: only {rewritten} ads re-written; the re-writing finds too little"
    );
    assert!(
        changed.is_empty(),
        "{name} changed fields:\n{}",
        changed.join("\n")
    );
}

#[test]
fn other_heading_phrases_give_the_same_fields() {
    invariant("headings", |text, language| Some(other_headings(text, language)));
}

#[test]
fn other_date_formats_give_the_same_fields() {
    invariant("dates", |text, language| Some(other_dates(text, language)));
}

#[test]
fn other_salary_formats_give_the_same_fields() {
    invariant("salaries", |text, _| Some(other_salaries(text)));
}

#[test]
fn duties_and_requirements_in_the_other_order_give_the_same_fields() {
    invariant("order", other_order);
}

/// The re-writings themselves do what they say.
#[test]
fn the_rewritings_rewrite() {
    assert_eq!(
        other_dates("Deadline: 15.01.2027. Posted 12 Nov 2026", "en"),
        "Deadline: January 15, 2027. Posted 12.11.2026"
    );
    assert_eq!(
        other_dates("Son tarix: 05.01.2027", "az"),
        "Son tarix: 5 yanvar 2027"
    );
    assert_eq!(
        other_salaries("Salary: AZN 1,200 - 1,500 per month"),
        "Salary: AZN 1200–1500 per month"
    );
    assert_eq!(
        other_salaries("Зарплата: 2 500 – 3 000 AZN"),
        "Зарплата: 2500–3000 AZN"
    );
    assert_eq!(other_salaries("Team of 1,200 people"), "Team of 1,200 people");
    assert_eq!(
        other_headings("Requirements:\n- SQL", "en"),
        "Essential criteria:\n- SQL"
    );
    let swapped = other_order("Title\n\nDuties:\n- a\n\nRequirements:\n- b\n", "en");
    assert_eq!(
        swapped.as_deref(),
        Some("Title\n\nRequirements:\n- b\n\nDuties:\n- a\n")
    );
}
