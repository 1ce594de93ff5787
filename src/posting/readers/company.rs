//! The hiring organisation, as a ranked choice among every place an ad names it: a label, the
//! page's printed title ("IT Manager | Lumination | LinkedIn"), the line beside the title on a
//! job board, the logo line, sentences ("At Google, we …", "Join Kharon", "ProPublica is
//! seeking …"), the subject of the first sentence, and the domains of its e-mail and web
//! addresses. Each source adds its weight; a name the ad repeats, that carries a legal form or
//! that its own domain spells gains more. Job boards, navigation, dates, places and headings
//! are never a company.

use super::choice::{Ballot, Read};
use super::contact;
use crate::posting::ad::Ad;
use crate::posting::ad::furniture::Furniture;
use crate::posting::ad::furniture::last_crumb;
use crate::posting::ad::labels::{self, Field};
use crate::posting::ad::lines::{Ln, Marker};
use crate::posting::ad::page_title::split_segments;
use crate::posting::ad::sections;
use crate::posting::lexicon::letters::{SALUTATIONS, SIGN_OFFS};
use crate::posting::lexicon::organisations::{LEGAL_FORMS, ORG_WORDS, is_board};
use crate::posting::lexicon::places;
use crate::posting::lexicon::roles::{HIRING_DECORATIONS, HIRING_HEADLINES, english_job_noun, job_noun};
use crate::posting::lexicon::separators;
use crate::posting::text::fold::{self, fold};
use crate::substring;

/// Weights of the company's features.
mod weight {
    /// A "Company:" / "Работодатель:" / "Şirkət:" label.
    pub const LABEL: f32 = 9.0;
    /// "Data Analyst job at Ticketmaster", "CAREERS AT NVIDIA", "работа в компании Promomash".
    pub const PAGE_TITLE_PATTERN: f32 = 5.0;
    /// A segment of the page title that is neither the role, a place nor the board.
    pub const PAGE_TITLE_SEGMENT: f32 = 3.5;
    /// The first cell of the line right below the title (how boards print the employer).
    pub const BESIDE_TITLE: f32 = 4.0;
    /// A board's employer card: a name above its rating, reviews or "Компания ·" tag.
    pub const EMPLOYER_CARD: f32 = 4.0;
    /// A short line above the title (a logo line, a letterhead).
    pub const ABOVE_TITLE: f32 = 3.0;
    /// A line above the title set large or bold, as a logo or letterhead is.
    pub const LOGO: f32 = 1.5;
    /// "At Google, we …", "Join Kharon", "ProPublica is seeking", "About INIA Biosciences".
    pub const PROSE: f32 = 2.5;
    /// A name with its legal form: "ООО «Северный Поток»", "Azər Logistika MMC", "Acme Ltd".
    pub const LEGAL_NAME: f32 = 1.5;
    /// A line of its own that names an organisation.
    pub const ORGANISATION_LINE: f32 = 2.0;
    /// The subject of the first sentence: "Ganja Logistics Hub is a regional …".
    pub const SUBJECT: f32 = 3.0;
    /// The subject is described as an organisation after a dash ("Транс-Логистик — транспортная
    /// компания").
    pub const DESCRIBED: f32 = 2.0;
    /// A name whose letters spell the domain of the ad's e-mail or web address.
    pub const DOMAIN: f32 = 3.0;
    /// Per doubling of the name's mentions in the ad, at most [`MAX_MENTIONS`].
    pub const MENTIONS: f32 = 1.0;
    pub const MAX_MENTIONS: f32 = 3.0;
    /// A legal form or an organisation word ("LLC", "MMC", "Bank", "University").
    pub const ORGANISATION: f32 = 1.5;
    /// A role rather than an organisation: words of the title.
    pub const TITLE_WORDS: f32 = -4.0;
    /// A job noun in a name that shares no word with the title ("Trans-Logistik").
    pub const JOB_NOUN: f32 = -1.5;
    /// The full form of a shorter candidate ("Inkwell Creative Agency" beside "INKWELL").
    pub const FULL_FORM: f32 = 1.0;
    /// A full form wins over the short name it extends unless it scores this much less.
    pub const FULL_FORM_MARGIN: f32 = 7.0;
    /// The name an abbreviation of the ad stands for ("Arizona State University" for "ASU").
    pub const EXPANSION: f32 = 3.0;
    /// A place, a date, a heading or more than six words.
    pub const NOT_A_NAME: f32 = -6.0;
    /// Least score of a company.
    pub const MIN: f32 = 3.0;
}

/// Lines around the title where boards print the employer.
const NEAR_TITLE: usize = 3;

/// The company; `title` is the title read.
pub fn read(ad: &Ad, title: Option<&Read<String>>) -> Option<Read<String>> {
    let ballot = ballot(ad, title);
    let ranked = ballot.ranked();
    let &(best, key) = ranked.first()?;
    if best < weight::MIN {
        return None;
    }
    // The full form of the winning name, if the ad gives one ("Micron" → "Micron Technology").
    let full = ranked.iter().find(|(score, k)| {
        k.len() > key.len()
            && k.starts_with(key)
            && k[key.len()..].starts_with(' ')
            && *score >= best - weight::FULL_FORM_MARGIN
            && *score >= weight::MIN
            && ballot
                .read_of(k)
                .is_some_and(|r| names_an_organisation_more_fully(&r.value, key))
    });
    // The name an abbreviation stands for, if the ad spells it out ("ICDR" → "International
    // Coalition for Dryland Resilience"): the organisation by its name.
    let short = letters(key);
    let expanded = full.is_none().then(|| {
        ranked.iter().find(|(score, k)| {
            (3..=6).contains(&short.len())
                && short.len() == key.len()
                && k.len() > key.len()
                && initials(k) == short
                && *score >= best - weight::FULL_FORM_MARGIN
                && *score >= weight::MIN
        })
    });
    ballot.read_of(full.or(expanded.flatten()).map_or(key, |f| f.1))
}

/// The company's candidates.
pub fn ballot(ad: &Ad, title: Option<&Read<String>>) -> Ballot<String> {
    let title_line = title.and_then(|t| t.line);
    let title_words: Vec<String> = title
        .map(|t| {
            fold::words(&fold(&t.value))
                .map(|(_, w)| w.to_string())
                .filter(|w| w.chars().count() > 3)
                .collect()
        })
        .unwrap_or_default();
    let mut ballot: Ballot<String> = Ballot::default();
    if let Some(l) = labels::first(&ad.labels, Field::Company) {
        propose(&mut ballot, &l.value, Some(l.line), weight::LABEL);
    }
    for pt in &ad.titles {
        page_title(&mut ballot, &pt.text, pt.line);
    }
    if let Some(t) = title_line {
        near_title(ad, t, &mut ballot);
    }
    for (i, name) in employer_cards(ad) {
        propose(&mut ballot, name, Some(i), weight::EMPLOYER_CARD);
    }
    let title_fold = title.map(|t| fold(&t.value));
    for (i, ln) in ad.body() {
        for name in prose(&ln.text, &ln.fold) {
            propose(&mut ballot, &name, Some(i), weight::PROSE);
        }
        if let Some(name) = title_fold
            .as_deref()
            .and_then(|tf| after_title_at(&ln.text, &ln.fold, tf))
        {
            propose(&mut ballot, &name, Some(i), weight::PAGE_TITLE_PATTERN);
        }
    }
    for (i, ln) in ad.body() {
        if organisation_line(ln) {
            propose(&mut ballot, &ln.text, Some(i), weight::ORGANISATION_LINE);
        }
        for name in legal_names(&ln.text) {
            propose(&mut ballot, &name, Some(i), weight::LEGAL_NAME);
        }
    }
    if let Some((i, name, described)) = first_subject(ad, title_line) {
        let bonus = if described { weight::DESCRIBED } else { 0.0 };
        propose(&mut ballot, &name, Some(i), weight::SUBJECT + bonus);
    }
    let domains = domains(ad);
    for d in &domains {
        if let Some((i, name)) = spelled_by_domain(ad, d) {
            propose(&mut ballot, &name, Some(i), weight::DOMAIN);
        }
    }
    ballot.boost(weight::DOMAIN, |key| domains.iter().any(|d| spells(key, d)));
    ballot.boost(weight::TITLE_WORDS, |key| {
        let words: Vec<&str> = fold::words(key).map(|(_, w)| w).collect();
        let shared = words
            .iter()
            .filter(|w| title_words.iter().any(|t| t == *w))
            .count();
        shared > 0 && (shared * 2 >= words.len() || !ORG_WORDS.has_word(key))
    });
    let text = body_text(ad);
    let keys: Vec<String> = ballot.ranked().iter().map(|(_, k)| k.to_string()).collect();
    ballot.boost(weight::EXPANSION, |key| {
        let initials = initials(key);
        initials.len() >= 3 && keys.iter().any(|k| letters(k) == initials && k.len() <= 6)
    });
    // Each candidate's mentions, counted once: every candidate is weighed against the others.
    let counts: Vec<usize> = keys.iter().map(|k| mentions(&text, k)).collect();
    let count_of = |key: &str| {
        keys.iter()
            .position(|k| k == key)
            .map_or_else(|| mentions(&text, key), |i| counts[i])
    };
    ballot.boost_by(|key| {
        // A shorter name inside a longer candidate is not mentioned where the longer one is.
        let longer: usize = keys
            .iter()
            .zip(&counts)
            .filter(|(k, _)| k.len() > key.len() && contains_words(k, key))
            .map(|(_, &n)| n)
            .sum();
        let own = count_of(key).saturating_sub(longer).max(1);
        let full_form = keys
            .iter()
            .any(|k| k.len() < key.len() && key.starts_with(k.as_str()) && fold::word_end(key, k.len()));
        (weight::MENTIONS * (own as f32).log2()).clamp(0.0, weight::MAX_MENTIONS)
            + if full_form { weight::FULL_FORM } else { 0.0 }
    });
    ballot
}

/// Board employer cards: a short line right above a line that rates or tags it as an employer
/// ("ТрансУрал-Логистик" over "Компания · На Авито с 2019 4,7 ★ · 86 отзывов", "Acme" over
/// "4.1 ★ 230 reviews").
fn employer_cards<'a>(ad: &'a Ad) -> Vec<(usize, &'a str)> {
    let body: Vec<(usize, &Ln)> = ad.body().collect();
    body.windows(2)
        .filter(|w| {
            let (name, card) = (w[0].1, w[1].1);
            let f = card.fold.as_str();
            let tagged = f.contains('·')
                && fold::has_any_stem(
                    f,
                    &[
                        "company ·",
                        "employer ·",
                        "sirket ·",
                        "компания ·",
                        "работодатель ·",
                    ],
                );
            let rated = f.contains('★')
                || fold::has_any_stem(f, &["reviews", "rey", "отзыв"])
                    && f.chars().any(|c| c.is_ascii_digit());
            (tagged || rated)
                && !f.contains('@')
                && fold::words(&name.fold).count() <= 5
                && name.text.chars().next().is_some_and(char::is_uppercase)
        })
        .map(|w| (w[0].0, w[0].1.text.as_ref()))
        .collect()
}

/// True when the words `full` adds to the short name `short` (folded) are capitalised name words,
/// not a team or a description ("NVIDIA Diag Team", "Pixel Soft MMC bank və sığorta").
fn names_an_organisation_more_fully(full: &str, short: &str) -> bool {
    let extra: Vec<&str> = full
        .split_whitespace()
        .skip(short.split_whitespace().count())
        .collect();
    !extra.is_empty()
        && !extra.iter().all(|w| LEGAL_FORMS.has_word(&fold(w)))
        && extra
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) || matches!(*w, "of" | "and" | "&"))
        && !extra.last().is_some_and(|w| {
            matches!(
                fold(w).as_str(),
                "team" | "teams" | "department" | "division" | "unit" | "office" | "group's"
            )
        })
}

/// Adds a cleaned candidate with its name features.
fn propose(ballot: &mut Ballot<String>, raw: &str, line: Option<usize>, source: f32) {
    let c = clean_company(raw);
    let f = fold(&c);
    // One name with or without its legal form ("Khazar International Bank OJSC").
    let key = without_legal_form(f.trim()).to_string();
    let raw_fold = fold(raw);
    if key.is_empty() || is_board(&key) || is_board(&raw_fold) || not_a_name(&key) || company_size(&raw_fold)
    {
        return;
    }
    let mut score = source;
    let n = fold::words(&key).count();
    let org = ORG_WORDS.has_word(&key) || LEGAL_FORMS.has_word(&key);
    if org {
        score += weight::ORGANISATION;
    }
    // A stem inside a capitalised name ("Транс-Логистик", "ТрансУрал-Логистик") is a name,
    // not a role.
    let lower_name = c
        .split_whitespace()
        .skip(1)
        .all(|w| !w.chars().next().is_some_and(char::is_uppercase))
        && !c
            .split_whitespace()
            .next()
            .is_some_and(|w| w.chars().skip(1).any(char::is_uppercase));
    if !org && (english_job_noun(&key) || lower_name && job_noun(&key)) {
        score += weight::JOB_NOUN;
    }
    // Title words are weighed at the end (see `ballot`).
    let starts_upper = c.chars().next().is_some_and(|ch| !ch.is_lowercase());
    let place = looks_like_place(&c);
    let dated = key.chars().filter(|ch| ch.is_ascii_digit()).count() >= 3;
    let long = if org { n > 10 } else { n > 6 };
    if n == 0 || long || !starts_upper || place || dated || !c.chars().any(char::is_alphabetic) {
        score += weight::NOT_A_NAME;
    }
    ballot.add(key, c, line, score);
}

/// "Rockaway, NJ", "US-CA-Los Angeles", "Baku, Azerbaijan": every part a place, or a state code
/// after a comma.
fn looks_like_place(c: &str) -> bool {
    let parts: Vec<&str> = c
        .split([',', '-'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let state_last = parts.len() >= 2 && parts.last().is_some_and(|p| is_state_code(p));
    state_last
        || !parts.is_empty()
            && parts.iter().all(|p| {
                places::place_part_strict(&fold(p)).is_some()
                    || is_state_code(p)
                    || matches!(*p, "US" | "USA" | "UK")
            })
}

/// "CA", "NSW": a state or province code, as written after a city.
fn is_state_code(p: &str) -> bool {
    (2..=3).contains(&p.len())
        && p.bytes().all(|b| b.is_ascii_uppercase())
        && places::state_code_countries(p).next().is_some()
}

/// A folded name without a legal form at its start or end ("ооо «северный поток»" →
/// "«северный поток»").
fn without_legal_form(f: &str) -> &str {
    let mut t = f.trim().trim_end_matches(['.', ',']);
    if let Some((head, last)) = t.rsplit_once(' ')
        && LEGAL_FORMS.contains(last.trim_matches(|c: char| !c.is_alphanumeric()))
    {
        t = head.trim_end_matches([',', ' ']);
    }
    if let Some((first, rest)) = t.split_once(' ')
        && LEGAL_FORMS.contains(first)
    {
        t = rest;
    }
    t.trim_matches(|c: char| matches!(c, '«' | '»' | '"' | '“' | '”') || c.is_whitespace())
}

/// Names written with their legal form: the form before a quoted name ("ООО «Северный
/// Поток»"), a quoted name before the form ("«Azər Logistika» MMC"), or capitalised words
/// before the form ("Azər Logistika MMC", "Northwind Cloud Ltd.").
fn legal_names(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let toks: Vec<&str> = text.split_whitespace().collect();
    for (k, tok) in toks.iter().enumerate() {
        let bare = tok.trim_matches(|c: char| !c.is_alphanumeric());
        // Every legal form is written with a capital: most words are passed over before folding.
        if !bare.chars().any(char::is_uppercase) || !LEGAL_FORMS.contains(&fold(bare)) {
            continue;
        }
        // The form before a quoted name.
        if let Some(next) = toks.get(k + 1)
            && next.starts_with(['«', '"', '“'])
        {
            let mut end = k + 1;
            while end < toks.len()
                && !toks[end]
                    .trim_end_matches([',', '.', ';', ')'])
                    .ends_with(['»', '"', '”'])
                && end - k < 7
            {
                end += 1;
            }
            if end < toks.len() {
                out.push(
                    toks[k..=end]
                        .join(" ")
                        .trim_end_matches([',', '.', ';', ')'])
                        .to_string(),
                );
                continue;
            }
        }
        // Capitalised words or a quoted name before the form.
        let mut start = k;
        while start > 0 && start + 6 > k {
            let w = toks[start - 1];
            let c0 = w.chars().next().unwrap_or(' ');
            if c0.is_uppercase()
                || c0 == '«'
                || c0 == '"'
                || w.ends_with('»')
                || matches!(w, "&" | "and" | "və" | "и")
            {
                start -= 1;
            } else {
                break;
            }
        }
        while start < k && matches!(toks[start], "&" | "and" | "və" | "и") {
            start += 1;
        }
        if start < k {
            let name = toks[start..=k].join(" ");
            out.push(name.trim_end_matches([',', ';', ')']).to_string());
        }
    }
    out
}

/// A line of its own that is an organisation's name: short, every word capitalised, with an
/// organisation word ("California Botanic Garden", "CINCINNATI MUSEUM CENTER").
fn organisation_line(ln: &Ln) -> bool {
    let t = ln.text.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && ln.marker == Marker::None
        && !ln.is_row()
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                || matches!(*w, "of" | "and" | "&" | "for" | "the")
        })
        && (ORG_WORDS.has_word(&ln.fold) || LEGAL_FORMS.has_word(&ln.fold))
        && sections::classify(&ln.fold).is_none()
        && !job_noun(&ln.fold)
}

/// Segments and patterns of a page title.
fn page_title(ballot: &mut Ballot<String>, text: &str, line: Option<usize>) {
    let f = fold(text);
    for (cue, after) in [
        (" job at ", true),
        (" jobs at ", true),
        ("careers at ", true),
        ("работа в компании ", true),
        (", работа в ", true),
        (" at ", true),
        ("» в ", true),
        (" | careers", false),
        (" careers", false),
        (" - careers", false),
    ] {
        let Some(p) = substring::find(&f, cue) else {
            continue;
        };
        let name = if after {
            let start = p + cue.len();
            let rest = fold::orig_slice(text, &f, start, f.len());
            split_segments(rest)
                .first()
                .copied()
                .unwrap_or("")
                .split(" (")
                .next()
                .unwrap_or("")
        } else {
            let head = fold::orig_slice(text, &f, 0, p);
            split_segments(head).last().copied().unwrap_or("")
        };
        let name = name.trim_end_matches(|c: char| c == ')' || c.is_whitespace());
        // ", работа в компании X" is read by the longer cue; "Вакансия «Бухгалтер» в Казани"
        // names a place after "в".
        let nf = fold(name);
        let place = cue == "» в "
            && (places::place_part_strict(&nf).is_some()
                || fold::words(&nf)
                    .next()
                    .is_some_and(|(_, w)| places::russian_nominative(w).is_some()));
        if !name.is_empty() && !nf.starts_with("компании ") && !place {
            propose(ballot, name, line, weight::PAGE_TITLE_PATTERN);
        }
    }
    // "Role Job in Place - Board": what follows " job in " is the place and the board.
    let head = match substring::find(&f, " job in ").or_else(|| substring::find(&f, " jobs in ")) {
        Some(p) => fold::orig_slice(text, &f, 0, p),
        None => text,
    };
    let segs = split_segments(head);
    if segs.len() < 2 {
        return;
    }
    for seg in segs {
        let sf = fold(seg);
        if job_noun(&sf)
            || is_board(&sf)
            || seg
                .split(',')
                .any(|p| places::place_part_strict(&fold(p)).is_some())
        {
            continue;
        }
        propose(ballot, seg, line, weight::PAGE_TITLE_SEGMENT);
    }
}

/// The line below the title (first cell, without ratings and places) and short lines above it.
fn near_title(ad: &Ad, t: usize, ballot: &mut Ballot<String>) {
    let label_lines: Vec<usize> = ad.labels.iter().filter(|l| l.at_start).map(|l| l.line).collect();
    // In a form or a facts table the title's neighbours below it are other facts.
    let from_label = label_lines.contains(&t);
    let ok = |i: usize, ln: &Ln| {
        ln.furniture == Furniture::None
            && !ln.page_no
            && ln.marker == Marker::None
            && !label_lines.contains(&i)
    };
    let below = ad
        .lines
        .iter()
        .enumerate()
        .skip(t + 1)
        .filter(|(i, ln)| ok(*i, ln))
        .take(NEAR_TITLE);
    for (k, (i, ln)) in below.enumerate() {
        if from_label {
            break;
        }
        if let Some(c) = meta_company(ln) {
            propose(ballot, &c, Some(i), weight::BESIDE_TITLE - k as f32);
        }
    }
    let above: Vec<(usize, &Ln)> = ad.lines[..t.min(ad.lines.len())]
        .iter()
        .enumerate()
        .rev()
        .filter(|(i, ln)| ok(*i, ln))
        .take(NEAR_TITLE)
        .collect();
    for (k, (i, ln)) in above.into_iter().enumerate() {
        if from_label && ln.is_row() {
            continue; // the header row of a facts table ("Field\tValue")
        }
        if fold::words(&ln.fold).count() <= 6 && last_crumb(&ln.text).is_none() {
            let c = clean_company(first_segment(&ln.text));
            let logo = if ln.bold || ln.rel_size > 1.2 {
                weight::LOGO
            } else {
                0.0
            };
            propose(ballot, &c, Some(i), weight::ABOVE_TITLE + logo - k as f32);
        }
    }
}

/// Verbs that follow an organisation's name in a sentence ("Acme is hiring", "«Ромашка» ищет"),
/// folded, each with the space before it.
const VERBS_AFTER_NAME: &[&str] = &[
    " is seeking",
    " is looking for",
    " is hiring",
    " is recruiting",
    " is an equal opportunity",
    " is a ",
    " is an ",
    " is the ",
    " is one of ",
    " is committed",
    " is proud",
    " are seeking",
    " is pioneering",
    " invite applications",
    " invites applications",
    " seeks ",
    " ищет ",
    " объявляет ",
    " приглашает",
    " axtarir",
    " elan edir",
];

/// The first words of [`VERBS_AFTER_NAME`], as stems: a line without any has no such sentence.
static VERB_GATE: fold::Set = fold::Set::new(&[
    "are seeking",
    "axtarir",
    "elan edir",
    "invite applications",
    "invites applications",
    "is a",
    "is committed",
    "is hiring",
    "is looking for",
    "is one of",
    "is pioneering",
    "is proud",
    "is recruiting",
    "is seeking",
    "is the",
    "seeks",
    "ищет",
    "объявляет",
    "приглашает",
]);

/// Names that sentences give: "At X, we", "Join X", "X is seeking", "About X", "Why X?",
/// "Working at X", "X is an equal opportunity employer".
fn prose(t: &str, f: &str) -> Vec<String> {
    let mut out = Vec::new();
    let short = fold::words(f).count() <= 5;
    for (cue, heading_only) in [
        ("at ", false),
        ("join ", false),
        ("we are ", false),
        ("we're ", false),
        ("about ", true),
        ("why ", true),
        ("working at ", false),
        ("welcome to ", false),
        ("careers at ", false),
    ] {
        if f.starts_with(cue) && (!heading_only || short) {
            let rest = &t[cue.len().min(t.len())..];
            if let Some(name) = capitalised_run(rest) {
                out.push(name);
            }
        }
    }
    if !VERB_GATE.has_stem(f) {
        return out;
    }
    for verb in VERBS_AFTER_NAME {
        if let Some(p) = substring::find(f, verb) {
            let head = fold::orig_slice(t, f, 0, p);
            // "Комитет цифрового развития и связи Псковской области объявляет конкурс": a
            // Russian official name keeps its lower-case words; the sentence's subject is it.
            if verb.starts_with(' ')
                && verb[1..].starts_with(|c: char| ('а'..='я').contains(&c))
                && let Some(name) = russian_subject(head)
            {
                out.push(name);
                continue;
            }
            if let Some(name) = trailing_name(head) {
                // "The Yale Peabody Museum (YPM) and Yale University invite …": the first one.
                match name.split_once(" and ") {
                    Some((a, b)) if a.contains(' ') && b.chars().next().is_some_and(char::is_uppercase) => {
                        out.push(a.to_string());
                    }
                    _ => out.push(name),
                }
            }
        }
    }
    out
}

/// "Save Software Automation Developer at Micron Technology": the name after the title and "at".
fn after_title_at(text: &str, f: &str, title: &str) -> Option<String> {
    if title.len() < 4 {
        return None;
    }
    let p = substring::find(f, title)?;
    let rest = &f[p + title.len()..];
    let at = rest.strip_prefix(" at ").or_else(|| rest.strip_prefix(" @ "))?;
    let start = f.len() - at.len();
    capitalised_run(fold::orig_slice(text, f, start, f.len()))
}

/// The capitalised words that start `s`: "Google, we" → "Google"; stops at a comma, a lower
/// case word other than a connector, or the end.
fn capitalised_run(s: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    for tok in s.split_whitespace() {
        let clean = tok.trim_end_matches([',', '.', '!', '?', ':', ';']);
        let first = clean.chars().next()?;
        let connector = matches!(clean, "of" | "and" | "&" | "for" | "the" | "de" | "du" | "la");
        if first.is_uppercase() || first.is_ascii_digit() || (connector && !words.is_empty()) || first == '«'
        {
            words.push(clean);
            if clean.len() != tok.len() {
                break;
            }
        } else {
            break;
        }
        if words.len() > 6 {
            return None;
        }
    }
    while words
        .last()
        .is_some_and(|w| matches!(*w, "of" | "and" | "&" | "for" | "the" | "de" | "du" | "la"))
    {
        words.pop();
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// The whole subject before a Russian verb when it opens the line with a capital or a quoted
/// name and runs at most twelve words, without "(далее — …)".
fn russian_subject(head: &str) -> Option<String> {
    let head = match head.find(" (далее") {
        Some(p) => &head[..p],
        None => head,
    };
    let head = head.trim().trim_end_matches(',');
    let n = head.split_whitespace().count();
    let opens = head.chars().next().is_some_and(|c| c.is_uppercase() || c == '«');
    let cyrillic = head
        .chars()
        .any(|c| ('а'..='я').contains(&c) || ('А'..='Я').contains(&c));
    (opens && cyrillic && (1..=12).contains(&n) && !head.contains(". ")).then(|| head.to_string())
}

/// The capitalised words that end `s` ("… team at ProPublica" → "ProPublica").
fn trailing_name(s: &str) -> Option<String> {
    let toks: Vec<&str> = s.split_whitespace().collect();
    let mut start = toks.len();
    while start > 0 {
        let w = toks[start - 1];
        let first = w.chars().next().unwrap_or(' ');
        let connector = matches!(w, "of" | "and" | "&" | "for" | "the");
        let abbreviation =
            w.starts_with('(') && w.ends_with(')') && w[1..w.len() - 1].chars().all(|c| c.is_uppercase());
        if first.is_uppercase()
            || first.is_ascii_digit()
            || first == '«'
            || w.ends_with('»')
            || connector
            || abbreviation
        {
            start -= 1;
        } else {
            break;
        }
        let name_words = toks[start..]
            .iter()
            .filter(|w| !matches!(**w, "of" | "and" | "&" | "for" | "the"))
            .count();
        if name_words > 9 {
            return None;
        }
    }
    while start < toks.len() && matches!(toks[start], "of" | "and" | "&" | "for" | "the" | "The") {
        start += 1;
    }
    let name = toks[start..].join(" ");
    (!name.is_empty()).then_some(name)
}

/// The subject of the ad's first sentence after the title, and whether a dash after it
/// describes it as an organisation.
fn first_subject(ad: &Ad, title_line: Option<usize>) -> Option<(usize, String, bool)> {
    let t = title_line?;
    let label_lines: Vec<usize> = ad.labels.iter().filter(|l| l.at_start).map(|l| l.line).collect();
    for (i, ln) in ad.lines.iter().enumerate().skip(t + 1).take(12) {
        if ln.skip() || ln.marker != Marker::None || label_lines.contains(&i) {
            continue;
        }
        if fold::words(&ln.fold).count() < 5 {
            continue;
        }
        let described = [" — ", " – ", " - "]
            .iter()
            .any(|d| substring::find(&ln.text, d).is_some_and(|p| ORG_WORDS.has_word(&fold(&ln.text[p..]))));
        return subject(&ln.text).map(|c| (i, c, described));
    }
    None
}

/// The organisation part of the domains of the ad's e-mail and web addresses ("hr@acme.az",
/// "careers.unesco.org", "nvidia.wd5.myworkdayjobs.com"); job boards are left out.
fn domains(ad: &Ad) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for ln in &ad.lines {
        if ln.furniture == Furniture::Elsewhere || ln.furniture == Furniture::Chrome {
            continue;
        }
        let text = ln.text.as_ref();
        let hosts = contact::emails(text)
            .into_iter()
            .filter_map(|(a, b)| text[a..b].split('@').nth(1).map(str::to_ascii_lowercase))
            .chain(
                contact::urls(text, true)
                    .into_iter()
                    .map(|(a, b)| host_of(&text[a..b])),
            );
        for host in hosts {
            if let Some(label) = organisation_label(&host)
                && !out.contains(&label)
            {
                out.push(label);
            }
        }
    }
    out
}

fn host_of(url: &str) -> String {
    let u = url.to_ascii_lowercase();
    let u = u.split("://").nth(1).unwrap_or(&u).to_string();
    u.split(['/', '?', '#', ':']).next().unwrap_or("").to_string()
}

/// Hosting suffixes of applicant-tracking systems: the label before them is the employer's.
const ATS_SUFFIXES: &[&str] = &[
    "applytojob.com",
    "bamboohr.com",
    "breezy.hr",
    "greenhouse.io",
    "icims.com",
    "jobvite.com",
    "lever.co",
    "myworkdayjobs.com",
    "recruitee.com",
    "smartrecruiters.com",
    "taleo.net",
    "workable.com",
];
/// Host labels that name a service of a site, not the organisation.
const SERVICE_LABELS: &[&str] = &[
    "apply", "app", "boards", "career", "careers", "hr", "jobs", "mail", "recruit", "www",
];

/// The label of `host` that names the organisation.
fn organisation_label(host: &str) -> Option<String> {
    for suffix in ATS_SUFFIXES {
        if let Some(head) = host.strip_suffix(suffix) {
            return head
                .split('.')
                .find(|l| !l.is_empty() && !l.starts_with("wd"))
                .map(str::to_string);
        }
    }
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    if labels.len() < 2 {
        return None;
    }
    // The registrable label: before the top-level domain, or before "co.uk", "com.au", "gov.az".
    let mut k = labels.len() - 2;
    if k > 0
        && matches!(labels[k], "co" | "com" | "org" | "gov" | "edu" | "ac" | "net")
        && labels[labels.len() - 1].len() == 2
    {
        k -= 1;
    }
    let label = labels[k];
    let generic = [
        "gmail", "yahoo", "outlook", "hotmail", "mail", "yandex", "icloud", "bit", "goo", "google",
    ];
    if is_board(label) || generic.contains(&label) || SERVICE_LABELS.contains(&label) || label.len() < 2 {
        return None;
    }
    Some(label.to_string())
}

/// The initials of a folded name's words, without "of", "and", "the", "&".
fn initials(key: &str) -> String {
    fold::words(key)
        .filter(|(_, w)| !matches!(*w, "of" | "and" | "the" | "for" | "de" | "du"))
        .filter_map(|(_, w)| w.chars().next())
        .collect()
}

/// The organisation labels of the ad's e-mail and web domains.
pub fn domain_labels(ad: &Ad) -> Vec<String> {
    domains(ad)
}

/// True when the folded name's letters are the domain label's ("pinecrest outfitters" for
/// "pinecrestoutfitters").
pub fn spells_exactly(name: &str, label: &str) -> bool {
    let n = letters(name);
    n.len() >= 4 && n == letters(label)
}

/// The letters and digits of a folded name.
fn letters(f: &str) -> String {
    f.chars().filter(|c| c.is_ascii_alphanumeric()).collect()
}

/// True when a folded name spells the domain label: whole ("kharon"), as initials ("bgci"),
/// or the label starts with the name ("nizamitrading" for "Nizami Trading").
fn spells(name: &str, label: &str) -> bool {
    let l = letters(label);
    let n = letters(name);
    if n.len() < 2 || l.len() < 2 {
        return false;
    }
    let initials: String = fold::words(name).filter_map(|(_, w)| w.chars().next()).collect();
    n == l
        || (initials.len() >= 3 && initials == l)
        || (n.len() >= 4 && l.starts_with(&n))
        || (l.len() >= 4 && n.starts_with(&l))
}

/// A run of one to five capitalised words of the ad that spells `label`: its letters, or with
/// three words or more its initials. A run stops growing once neither could still match.
fn spelled_by_domain(ad: &Ad, label: &str) -> Option<(usize, String)> {
    let target = letters(label);
    // Two letters ("gc.ca", "hh.ru") spell too many things on a page to name the employer.
    if target.len() < 3 {
        return None;
    }
    for (i, ln) in ad.body().take(SPELLING_LINES) {
        if last_crumb(&ln.text).is_some() {
            continue;
        }
        let toks: Vec<&str> = ln.text.split_whitespace().collect();
        let ftoks: Vec<&str> = ln.fold.split_whitespace().collect();
        if toks.len() != ftoks.len() {
            continue; // folding never changes what is a space; a line where it did is skipped
        }
        for a in 0..toks.len() {
            let capitalised = toks[a]
                .chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(char::is_uppercase);
            if !capitalised {
                continue;
            }
            let (mut spelled, mut initials) = (String::new(), String::new());
            for b in a..(a + 5).min(toks.len()) {
                spelled.extend(ftoks[b].chars().filter(|c| c.is_ascii_alphanumeric()));
                initials.extend(fold::words(ftoks[b]).filter_map(|(_, w)| w.chars().next()));
                if spelled == target || (b - a >= 2 && initials == target) {
                    let cand = toks[a..=b].join(" ");
                    return Some((i, cand.trim_matches(|c: char| !c.is_alphanumeric()).to_string()));
                }
                if !target.starts_with(&spelled) && !target.starts_with(&initials) {
                    break;
                }
            }
        }
    }
    None
}

/// True when `short` occurs in `long` between word boundaries.
fn contains_words(long: &str, short: &str) -> bool {
    long.match_indices(short)
        .any(|(p, _)| fold::word_start(long, p) && fold::word_end(long, p + short.len()))
}

/// Bytes of the ad's text in which candidates' mentions are counted: an ad is a page or a few;
/// a long document (a handbook, a book) names its publisher on its first pages, and counting
/// every candidate over hundreds of pages costs more than the whole extraction.
const MENTIONS_TEXT_BYTES: usize = 64 * 1024;

/// Body lines searched for a run of words that spells a web address's domain.
const SPELLING_LINES: usize = 1_000;

/// The ad's own text, folded, for counting mentions (at most [`MENTIONS_TEXT_BYTES`]).
fn body_text(ad: &Ad) -> String {
    let mut s = String::new();
    for (_, ln) in ad.body() {
        if s.len() + ln.fold.len() > MENTIONS_TEXT_BYTES {
            break;
        }
        s.push_str(&ln.fold);
        s.push('\n');
    }
    s
}

/// Mentions of a folded name in the folded text, between word boundaries.
fn mentions(text: &str, key: &str) -> usize {
    if key.len() < 2 {
        return 0;
    }
    text.match_indices(key)
        .filter(|(p, _)| fold::word_start(text, *p) && fold::word_end(text, p + key.len()))
        .count()
}

/// Generic words that are not a company name on their own.
const NOT_COMPANY: &[&str] = &[
    "vacancy",
    "vacancies",
    "job",
    "job offer",
    "careers",
    "career",
    "hiring",
    "hiring now",
    "job opening",
    "vakansiya",
    "вакансия",
    "вакансии",
    "is elani",
    "elan",
    "recruitment",
    "job description",
    "job id",
    "job number",
    "requisition id",
    "req id",
    "reference number",
];

/// True when a folded value cannot be a company name: a generic word ("Vacancy"), a label
/// ("Company", "Location") or a short heading ("Коротко", "At a glance").
fn not_a_name(cf: &str) -> bool {
    let cf = cf.trim_end_matches(':').trim();
    let bare = cf.strip_prefix("the ").unwrap_or(cf);
    let single = fold::words(bare).count() == 1;
    cf.contains(':')
        || hiring_headline(cf)
        || TERMS_CHIPS.contains(&bare)
        || SALUTATIONS.iter().chain(SIGN_OFFS).any(|g| cf.starts_with(g))
        || NOT_COMPANY.contains(&cf)
        || NOT_COMPANY.contains(&bare)
        || NOT_NAME_WORDS.binary_search(&bare).is_ok()
        || single && ORG_WORDS.has_word(bare) && !LEGAL_FORMS.has_word(bare)
        || labels::exact_field(cf).is_some()
        || fold::has_any_word(cf, RELATIVE_TIME)
        || fold::has_any_word(cf, &["full time", "full-time", "part time", "part-time"])
        || names_a_document(cf)
        || fold::words(cf).count() <= 3 && !ORG_WORDS.has_word(cf) && sections::classify(cf).is_some()
}

/// A board's chip for the size of the employer: "Крупная (более 100 человек)", "1,001-5,000
/// employees".
fn company_size(raw_fold: &str) -> bool {
    raw_fold.chars().any(|c| c.is_ascii_digit())
        && fold::has_any_stem(raw_fold, &["employees", "isci", "staff", "сотрудник", "человек"])
}

/// Words of a relative time ("1 hour ago", "3 gün əvvəl", "2 дня назад"): a board's meta, not a
/// name.
const RELATIVE_TIME: &[&str] = &["ago", "evvel", "назад"];

/// Nouns for the document itself, which a heading or a cover page names: "Candidate Information
/// Booklet", "ОБЪЯВЛЕНИЕ", "Akademik vakansiya elanı", "Gənc peşəkarlar təcrübə proqramı".
static DOCUMENT_NOUNS: fold::Set = fold::Set::new(&[
    "announcement",
    "booklet",
    "brochure",
    "candidate pack",
    "elani",
    "information pack",
    "job pack",
    "notice",
    "programme",
    "proqrami",
    "объявление",
    "программа",
]);

/// A short value ending in a noun for a document or a programme, without a legal form.
fn names_a_document(cf: &str) -> bool {
    let starts: Vec<usize> = fold::words(cf).map(|(i, _)| i).collect();
    let ends_in = |k: usize| {
        starts
            .len()
            .checked_sub(k)
            .and_then(|n| starts.get(n))
            .is_some_and(|&i| DOCUMENT_NOUNS.contains(cf[i..].trim_end_matches(['.', '!'])))
    };
    (ends_in(1) || ends_in(2)) && starts.len() <= 5 && !LEGAL_FORMS.has_word(cf)
}

/// A flyer's headline that says who is wanted, not who wants: "ТРЕБУЮТСЯ ГРУЗЧИКИ", "SATICI
/// TƏLƏB OLUNUR", "NOW HIRING".
fn hiring_headline(cf: &str) -> bool {
    HIRING_HEADLINES
        .iter()
        .any(|p| cf.starts_with(p) && fold::word_end(cf, p.len()))
        || HIRING_DECORATIONS.iter().any(|p| {
            cf.strip_suffix(p)
                .is_some_and(|head| head.is_empty() || head.ends_with(' '))
        })
}

/// A board's chips for the terms of a job, which stand where boards print the employer.
const TERMS_CHIPS: &[&str] = &[
    "casual",
    "contract",
    "contract/temp",
    "contractor",
    "freelance",
    "full time",
    "full-time",
    "fulltime",
    "hybrid",
    "internship",
    "on-site",
    "onsite",
    "part time",
    "part-time",
    "permanent",
    "remote",
    "seasonal",
    "temporary",
    "tam stat",
    "yarim stat",
    "полная занятость",
    "частичная занятость",
    "удаленная работа",
];

/// Single words that are never a company though sentences start with them ("This is a …",
/// "Here’s how …", "Connect").
const NOT_NAME_WORDS: &[&str] = &[
    "about",
    "all",
    "also",
    "and",
    "any",
    "apply",
    "arabic",
    "as",
    "at",
    "azerbaijani",
    "but",
    "by",
    "candidates",
    "connect",
    "each",
    "english",
    "every",
    "for",
    "french",
    "from",
    "german",
    "he",
    "here",
    "here's",
    "how",
    "if",
    "in",
    "it",
    "its",
    "job",
    "jobs",
    "join",
    "me",
    "new",
    "no",
    "note",
    "on",
    "or",
    "our",
    "please",
    "position",
    "role",
    "russian",
    "she",
    "so",
    "some",
    "spanish",
    "team",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "turkish",
    "us",
    "we",
    "what",
    "when",
    "where",
    "who",
    "why",
    "with",
    "yes",
    "you",
    "your",
];

/// Words that open a sentence rather than a name.
const SENTENCE_STARTS: &[&str] = &[
    "we",
    "our",
    "the",
    "this",
    "a",
    "an",
    "join",
    "at",
    "in",
    "for",
    "if",
    "are",
    "do",
    "looking",
    "biz",
    "bizim",
    "мы",
    "наша",
    "наш",
    "наши",
    "в",
    "sirketimiz",
    "sirketimize",
    "komandamiza",
    "you",
    "about",
    "are",
    "as",
];

/// The text before the first header separator.
fn first_segment(text: &str) -> &str {
    separators::first(text)
}

/// The company of a meta line: its first segment without the place parts.
fn meta_company(ln: &Ln) -> Option<String> {
    let seg = first_segment(&ln.text);
    if seg.len() == ln.text.len() && fold::words(&ln.fold).count() > 6 {
        return None; // a sentence, not a meta line
    }
    // "Мы открылись весной, и …", "We opened in 2019": a sentence's start.
    if fold::words(&ln.fold).next().is_some_and(|(_, w)| {
        matches!(
            w,
            "we" | "our" | "you" | "biz" | "bizim" | "мы" | "наш" | "наша" | "наши"
        )
    }) {
        return None;
    }
    // "Go • PostgreSQL • Kafka • Kubernetes": a row of a board's skill tags.
    let tags = separators::split(&ln.text);
    let skill_tags = tags
        .iter()
        .filter(|t| crate::posting::readers::skills::in_lexicon(&fold(t.trim())))
        .count();
    if tags.len() >= 3 && skill_tags * 2 >= tags.len() {
        return None;
    }
    let mut kept: Vec<&str> = Vec::new();
    for part in seg.split(',') {
        let pf = fold(part);
        if places::place_part_strict(&pf).is_some() || is_workplace_word(&pf) {
            break;
        }
        kept.push(part);
    }
    let c = clean_company(&kept.join(","));
    let cf = fold(&c);
    let words = fold::words(&cf).count();
    let capital = c
        .chars()
        .next()
        .is_some_and(|ch| ch.is_uppercase() || ch == '«' || ch == '"');
    (words > 0 && words <= 6 && capital && !job_noun(&cf) && !not_a_name(&cf)).then_some(c)
}

fn is_workplace_word(f: &str) -> bool {
    fold::has_any_stem(
        f,
        &[
            "full-time",
            "hibrid",
            "hybrid",
            "on-site",
            "onsite",
            "part-time",
            "remote",
            "uzaqdan",
            "гибрид",
            "удален",
        ],
    )
}

/// The leading run of capitalised words of a sentence ("Ganja Logistics Hub is …"), or the
/// whole name before a dash ("DataBridge Baku — аналитическая компания").
fn subject(text: &str) -> Option<String> {
    let named = substring::find(text, " — ")
        .or_else(|| substring::find(text, " – "))
        .map(|p| text[..p].trim());
    if let Some(name) = named {
        let ws: Vec<&str> = name.split_whitespace().collect();
        let capitalised = ws.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || matches!(c, '«' | '"' | '“'))
        });
        let first = ws.first().map(|w| fold(w)).unwrap_or_default();
        if (1..=5).contains(&ws.len())
            && capitalised
            && !SENTENCE_STARTS.contains(&first.trim_matches(|c: char| !c.is_alphanumeric()))
        {
            let c = clean_company(name);
            let place = c
                .split(',')
                .all(|p| places::place_part_strict(&fold(p)).is_some());
            if !c.is_empty() && !place {
                return Some(c);
            }
        }
    }
    let mut words: Vec<&str> = Vec::new();
    for (n, tok) in text.split_whitespace().enumerate() {
        let first = tok.chars().next()?;
        if tok.ends_with(':') {
            let mut cand = words.join(" ");
            cand.push(' ');
            cand.push_str(tok.trim_end_matches(':'));
            if labels::field(fold(&cand).trim()).is_some() {
                return None; // a label: "Заявки до: 20.01.2027"
            }
        }
        let f = fold(tok);
        let legal = ORG_WORDS.contains(f.trim_matches(|c: char| !c.is_alphanumeric()));
        let connector = matches!(f.as_str(), "of" | "and" | "&" | "и" | "ve");
        let capital = first.is_uppercase() || first == '«' || first == '"' || first == '“';
        if n > 0 && capital && places::place_part_strict(&f).is_some() && !legal {
            break; // "… Mərkəzi Sumqayıt şəhərində"
        }
        if capital || legal || (connector && n > 0) {
            words.push(tok);
            if tok.ends_with(',') {
                break;
            }
            continue;
        }
        break;
    }
    while words
        .last()
        .is_some_and(|w| matches!(fold(w).as_str(), "of" | "and" | "&" | "и" | "ve"))
    {
        words.pop();
    }
    let first = fold(words.first()?);
    if words.is_empty()
        || words.len() > 6
        || SENTENCE_STARTS.contains(&first.trim_matches(|c: char| !c.is_alphanumeric()))
    {
        return None;
    }
    let c = clean_company(&words.join(" "));
    let place = c
        .split(',')
        .all(|p| places::place_part_strict(&fold(p)).is_some());
    (!c.is_empty() && !place).then_some(c)
}

/// Cleans a company name: no description after a dash, no bracket, no decorations, no
/// generic "Company «…»" wrapper.
pub fn clean_company(raw: &str) -> String {
    let mut c = first_segment(raw.trim()).to_string();
    // "ООО «СеверСтройМонтаж» приглашает …": the name ends with its quotes.
    if let Some(open) = c.find('«')
        && let Some(close) = c[open..].find('»')
    {
        c.truncate(open + close + '»'.len_utf8());
    }
    for suffix in ["’s", "'s", ".com", ".COM"] {
        if let Some(stem) = c.strip_suffix(suffix) {
            c = stem.to_string();
        }
    }
    if let Some(p) = substring::find(&c, " (") {
        c.truncate(p);
    }
    let c = c.trim_end_matches(|ch: char| !(ch.is_alphanumeric() || matches!(ch, '»' | '"' | ')' | '.')));
    let mut c = fold::trim_value(c).trim_end_matches(',').trim().to_string();
    if c.ends_with('.') && !fold::has_any_word(&fold(&c), &["co", "corp", "inc", "ltd"]) {
        c.pop();
    }
    let f = fold(&c);
    for generic in ["компания", "company", "sirket", "фирма", "firma", "организация"]
    {
        if let Some(rest) = f.strip_prefix(generic)
            && rest.trim_start().starts_with(['«', '"', '“'])
        {
            c = fold::orig_slice(&c, &f, generic.len(), f.len())
                .trim()
                .to_string();
            break;
        }
    }
    let t = c.trim();
    let unquoted = t
        .strip_prefix('«')
        .and_then(|s| s.strip_suffix('»'))
        .or_else(|| t.strip_prefix('"').and_then(|s| s.strip_suffix('"')))
        .or_else(|| t.strip_prefix('“').and_then(|s| s.strip_suffix('”')));
    unquoted.unwrap_or(t).trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_words_documents_and_sizes_are_not_names() {
        assert!(not_a_name("1 hour ago") && not_a_name("posted 3 hours ago") && not_a_name("2 дня назад"));
        assert!(not_a_name("candidate information booklet") && not_a_name("объявление"));
        assert!(not_a_name("akademik vakansiya elani"), "elani");
        assert!(not_a_name("genc pesekarlar tecrube proqrami"), "proqrami");
        assert!(!not_a_name("acme noticeboards") && !not_a_name("state programme agency"));
        assert!(company_size("крупная (более 100 человек)") && company_size("1,001-5,000 employees"));
        assert!(!company_size("acme staffing"));
        assert!(not_a_name("evenings, part time + tips") && !not_a_name("timely foods"));
    }

    #[test]
    fn a_russian_official_name_before_its_verb() {
        assert_eq!(
            russian_subject("Комитет цифрового развития и связи Псковской области (далее — Комитет)")
                .as_deref(),
            Some("Комитет цифрового развития и связи Псковской области")
        );
        assert_eq!(russian_subject("мы с радостью"), None);
        assert_eq!(russian_subject("Acme Corp"), None);
    }

    #[test]
    fn the_gate_lets_every_verb_through() {
        for verb in VERBS_AFTER_NAME {
            assert!(VERB_GATE.has_stem(verb.trim()), "{verb:?}");
        }
    }

    #[test]
    fn an_abbreviation_gives_way_to_the_name_it_stands_for() {
        let company = |text: &str| {
            let doc = crate::layout::Document::from_plain_text(text);
            let ad = Ad::new(&doc, None);
            let title = crate::posting::readers::title::read(&ad);
            read(&ad, title.as_ref()).map(|r| r.value)
        };
        let ad = "Vacancy Announcement\nInternational Coalition for Dryland Resilience\n\nProgramme Officer\n\nICDR works with farmers across East Africa. ICDR offers a one-year contract.\n\nSend your CV to recruitment@icdr.org.\n";
        assert_eq!(
            company(ad).as_deref(),
            Some("International Coalition for Dryland Resilience")
        );
        // Negative: letters that are no candidate's initials keep the abbreviation.
        let ad = "Vacancy Announcement\nNorthern Grain Cooperative\n\nProgramme Officer\n\nICDR works with farmers across East Africa. ICDR offers a one-year contract.\n\nSend your CV to recruitment@icdr.org.\n";
        assert_ne!(company(ad).as_deref(), Some("Northern Grain Cooperative"));
    }

    #[test]
    fn employer_cards_of_boards() {
        let doc = crate::layout::Document::from_plain_text(
            "Водитель-экспедитор категории С\n\nТрансУрал-Логистик\nКомпания · На Авито с 2019 4,7 ★ · 86 отзывов\nКонтактное лицо: Андрей\n",
        );
        let ad = Ad::new(&doc, None);
        let cards: Vec<&str> = employer_cards(&ad).into_iter().map(|(_, n)| n).collect();
        assert_eq!(cards, ["ТрансУрал-Логистик"]);
        let mut b = Ballot::default();
        propose(&mut b, "ТрансУрал-Логистик", None, weight::EMPLOYER_CARD);
        assert!(
            b.winner(weight::MIN).is_some(),
            "a capitalised name with a job stem is a name"
        );
        // Negative: a review count inside a sentence has no name above it.
        let doc = crate::layout::Document::from_plain_text(
            "we read every one of your reviews\nrated 4.5 by 300 reviews\n",
        );
        assert!(employer_cards(&Ad::new(&doc, None)).is_empty());
    }

    #[test]
    fn page_title_patterns() {
        let names = |t: &str| {
            let mut b = Ballot::default();
            page_title(&mut b, t, None);
            let keys: Vec<String> = b.ranked().into_iter().map(|(_, k)| k.to_string()).collect();
            (b.winner(f32::MIN).map(|r| r.value), keys)
        };
        let (superjob, _) = names(
            "Вакансия Менеджер по продажам (B2B) в Новосибирске, работа в ООО «СибПромКомплект» — SuperJob",
        );
        assert_eq!(superjob.as_deref(), Some("ООО «СибПромКомплект»"));
        let (hh, keys) = names("Вакансия Кладовщик в Казани, работа в компании ООО Альфа — hh.ru");
        assert!(keys.iter().all(|n| !n.starts_with("компании")), "{keys:?}");
        assert_eq!(hh.as_deref(), Some("ООО Альфа"));
        let (habr, _) = names("Вакансия «Backend-разработчик (Go)» в NevaTech — Хабр Карьера");
        assert_eq!(habr.as_deref(), Some("NevaTech"));
        let (_, keys) = names("Вакансия «Бухгалтер» в Казани — Хабр Карьера");
        assert!(keys.iter().all(|n| !n.contains("казан")), "{keys:?}");
        let tags = "Go • PostgreSQL • Kafka • Kubernetes • gRPC";
        let doc = crate::layout::Document::from_plain_text(tags);
        let ad = Ad::new(&doc, None);
        assert_eq!(meta_company(&ad.lines[0]), None);
        let doc = crate::layout::Document::from_plain_text("Northwind Freight · Baku · Hybrid");
        let ad = Ad::new(&doc, None);
        assert_eq!(meta_company(&ad.lines[0]).as_deref(), Some("Northwind Freight"));
    }

    #[test]
    fn names_with_legal_forms() {
        assert_eq!(
            legal_names("ООО «Северный Поток» приглашает на работу"),
            ["ООО «Северный Поток»"]
        );
        assert_eq!(
            legal_names("Azər Logistika MMC elan edir"),
            ["Azər Logistika MMC"]
        );
        assert_eq!(
            legal_names("Our partner Northwind Cloud Ltd. is hiring"),
            ["Northwind Cloud Ltd."]
        );
        assert!(legal_names("we are an llc with offices").is_empty());
    }

    #[test]
    fn sentence_words_are_no_names() {
        assert!(NOT_NAME_WORDS.windows(2).all(|w| w[0] < w[1]));
        for v in [
            "this",
            "here's",
            "you",
            "the company",
            "academy",
            "status & duration: part-time",
        ] {
            assert!(not_a_name(v), "{v}");
        }
        assert!(!not_a_name("kharon"));
        assert!(!not_a_name("kaiser permanente"));
        assert_eq!(clean_company("BGCI’s"), "BGCI");
    }

    #[test]
    fn cleans_companies() {
        assert_eq!(clean_company("HOTEL RIVIERA BAKU ★★★★★"), "HOTEL RIVIERA BAKU");
        assert_eq!(
            clean_company("Northwind Cloud (managed cloud services)"),
            "Northwind Cloud"
        );
        assert_eq!(
            clean_company("ТехноСнаб — поставки промышленного оборудования"),
            "ТехноСнаб"
        );
        assert_eq!(clean_company("Компания «Голос Сервис»"), "Голос Сервис");
        assert_eq!(clean_company("ООО «Каспий Трейд»"), "ООО «Каспий Трейд»");
        assert_eq!(
            clean_company("ABSHERON DRILLING SERVICES  |  Vacancy ADS-2026-114"),
            "ABSHERON DRILLING SERVICES"
        );
    }

    #[test]
    fn labels_and_headings_are_no_names() {
        for v in [
            "Company",
            "Location",
            "Коротко",
            "At a glance",
            "Qısa məlumat",
            "Şirkət",
            "Vacancy",
            "Контакты",
            "ТРЕБУЮТСЯ",
            "Satıcı tələb olunur",
            "NOW HIRING",
        ] {
            assert!(not_a_name(&fold(v)), "{v}");
        }
        for v in [
            "Caspian Rail Logistics LLC",
            "DataBridge Baku",
            "Contact Center LLC",
            "Kontakt Telekom",
            "Qonaq App",
        ] {
            assert!(!not_a_name(&fold(v)), "{v}");
        }
    }

    #[test]
    fn subjects() {
        assert_eq!(
            subject("Ganja Logistics Hub is a regional distribution centre").as_deref(),
            Some("Ganja Logistics Hub")
        );
        assert_eq!(
            subject("Şirvan Restoranı (Şamaxı rayonu, Pirqulu yolu) təcrübəli aşpaz axtarır.").as_deref(),
            Some("Şirvan Restoranı")
        );
        assert_eq!(
            subject("Транс-Логистик — транспортная компания").as_deref(),
            Some("Транс-Логистик")
        );
        assert_eq!(subject("We are looking for a Junior Accountant").as_deref(), None);
        assert_eq!(subject("Заявки до: 20.01.2027").as_deref(), None);
        assert_eq!(
            subject("DataBridge Baku — аналитическая компания, которая помогает банкам").as_deref(),
            Some("DataBridge Baku")
        );
        assert_eq!(
            subject("Caspian Hotel Group – a chain of seaside hotels").as_deref(),
            Some("Caspian Hotel Group")
        );
        assert_eq!(
            subject("Baku — a city of winds and opportunities").as_deref(),
            None
        );
        assert_eq!(subject("Apply By: 20 January 2027").as_deref(), None);
        assert_eq!(
            subject("Şəfa Tibb Mərkəzi Sumqayıt şəhərində ambulator").as_deref(),
            Some("Şəfa Tibb Mərkəzi")
        );
    }
}
