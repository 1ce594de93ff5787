//! Skills: concrete skills and tools from a curated static lexicon (`skills_data.rs`),
//! matched multi-word and longest first in the duties and requirements, written as in the ad.
//! Azerbaijani and Russian entries match inflected forms ("тахографом", "MS Excel-də").
//! Ambiguous short names need context: "Go" and "C" count only when written so and next to
//! other technologies; "C-level", "B2B" or "категории C" block them.

use crate::posting::ad::labels;
use crate::posting::ad::lines::Ln;
use crate::posting::ad::sections::{self, Kind, Sections};
use crate::posting::lexicon::skills_data::{FIRST_WORDS, SKILLS};
use crate::posting::text::fold::{self};
use crate::posting::text::lookup;

/// The ad must write the entry with this exact case ("Go", "Swift").
pub const CASE: u8 = 1;
/// The entry counts only next to other technical skills ("C", "R").
pub const CONTEXT: u8 = 2;
/// A human language.
pub const LANGUAGE: u8 = 4;
/// Consumes its span so that a shorter entry inside it does not match ("C-level").
pub const BLOCK: u8 = 8;
/// Must end a word even when it is not ASCII.
pub const WHOLE: u8 = 16;
/// Takes inflection suffixes even though it is written in ASCII ("rus dili" → "rus dilini").
pub const INFLECT: u8 = 32;

/// Words before a letter that make it a category, not a language ("category C").
const CATEGORY_WORDS: &[&str] = &[
    "category",
    "categories",
    "class",
    "type",
    "grade",
    "vitamin",
    "kateqoriya",
    "kateqoriyali",
    "sinif",
    "категории",
    "категория",
    "класс",
    "класса",
    "тип",
    "level",
];

/// Words that make a short language name ("C", "R", "Go") technical.
const TECH_WORDS: fold::Set = fold::Set::new(&[
    "developer",
    "development",
    "golang",
    "language",
    "languages",
    "programming",
    "proqramlasdirma",
    "statistical",
    "statistics",
    "программирован",
    "разработ",
]);

struct Hit<'l> {
    text: &'l str,
    key: &'static str,
    flags: u8,
}

/// Skills of one line (its content after the marker).
fn line_hits<'l>(ln: &'l Ln) -> Vec<Hit<'l>> {
    let f = ln.fold.as_str();
    let base = ln.body_f.min(f.len());
    let mut out: Vec<Hit> = Vec::new();
    let mut i = base;
    while i < f.len() {
        let Some(c) = fold::char_at(f, i) else { break };
        let starts = (fold::is_word(c) || matches!(c, '.' | '#')) && fold::word_start(f, i);
        if !starts {
            i += c.len_utf8();
            continue;
        }
        let t = &f[i..];
        // Most words start no skill: a skill's first word must be this word, except for
        // inflected one-word Russian/Azerbaijani entries ("тахографом").
        let word_len = t.find(|ch: char| !fold::is_word(ch)).unwrap_or(t.len());
        let word = &t[..word_len];
        let candidate = !fold::is_word(c) || FIRST_WORDS.contains(word) || !word.is_ascii();
        let hit = if candidate {
            lookup::prefixes(SKILLS, |e| e.0, t, |e| accept(ln, i, e))
        } else {
            None
        };
        if let Some(&(key, _, flags)) = hit {
            let end = i + key.len();
            if flags & BLOCK == 0 {
                out.push(Hit {
                    text: ln.orig(i, end),
                    key,
                    flags,
                });
            }
            i = end;
        } else {
            // Skip to the end of this word.
            let mut j = i;
            for (k, ch) in f[i..].char_indices() {
                if !fold::is_word(ch) && k > 0 {
                    break;
                }
                j = i + k + ch.len_utf8();
            }
            i = j.max(i + c.len_utf8());
        }
    }
    // Short ambiguous names need another technical skill or a technical word nearby.
    let technical = out.iter().filter(|h| h.flags & (CONTEXT | LANGUAGE) == 0).count() > 0
        || TECH_WORDS.has_stem(ln.fbody());
    out.retain(|h| h.flags & CONTEXT == 0 || technical);
    out
}

/// Whether the entry matches at `i` of the line's folded text: word end, case, category.
fn accept(ln: &Ln, i: usize, e: &(&str, &str, u8)) -> bool {
    let (key, canon, flags) = *e;
    let f = ln.fold.as_str();
    let end = i + key.len();
    let inflecting = (!canon.is_ascii() || flags & INFLECT != 0) && flags & WHOLE == 0;
    let last_is_word = key.chars().next_back().is_some_and(fold::is_word);
    if !inflecting && last_is_word && !fold::word_end(f, end) {
        return false;
    }
    if inflecting {
        // An inflection is a few letters, not a longer word's stem ("ПКС").
        let more = f[end..].chars().take_while(|c| fold::is_word(*c)).count();
        if key.chars().count() <= 3 && more > 0 || more > 8 {
            return false;
        }
    }
    if flags & CASE != 0 || flags & CONTEXT != 0 {
        if ln.orig(i, end) != canon {
            return false;
        }
        let next = fold::char_at(f, end);
        if next.is_some_and(|c| matches!(c, '-' | '+' | '#' | '&' | '\'' | '/')) {
            return false;
        }
        let prev_word = fold::words(&f[..i]).last().map(|(_, w)| w).unwrap_or("");
        if CATEGORY_WORDS.contains(&prev_word) {
            return false;
        }
    }
    // Upper-case acronyms in the lexicon ("SAP", "ПК", "BLS", "SOLID") must be upper case in
    // the ad, so that ordinary words do not match ("sat", "pos", "solid knowledge").
    if canon.chars().all(|c| !c.is_lowercase()) && canon.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
        let written = ln.orig(i, end);
        if written.chars().any(char::is_lowercase) {
            return false;
        }
    }
    true
}

/// Roles where the languages spoken are part of the service (call centres, front desks,
/// shop floors, coordination with partners): there the languages are skills of the job.
const CUSTOMER_FACING: fold::Set = fold::Set::new(&[
    "agent",
    "beledci",
    "cabin crew",
    "call cent",
    "call-cent",
    "call-центр",
    "cashier",
    "client service",
    "concierge",
    "contact cent",
    "coordinator",
    "customer",
    "flight attendant",
    "front desk",
    "front office",
    "guide",
    "hostess",
    "interpreter",
    "kassir",
    "koordinator",
    "musteri",
    "ofisiant",
    "operator",
    "receptionist",
    "resepsn",
    "sales assistant",
    "sales associate",
    "satici",
    "satis meslehetcisi",
    "shop assistant",
    "teller",
    "tercumeci",
    "translator",
    "waiter",
    "waitress",
    "zeng merkezi",
    "кассир",
    "клиент",
    "консультант",
    "контакт-центр",
    "координатор",
    "оператор",
    "официант",
    "переводчик",
    "продавец",
    "ресепшн",
]);

/// True when the folded `name` is a skill of the lexicon ("go", "postgresql", "1c").
pub fn in_lexicon(name: &str) -> bool {
    SKILLS.binary_search_by(|e| e.0.cmp(name)).is_ok()
}

/// True when the title names a customer-facing role.
pub fn customer_facing(title_fold: &str) -> bool {
    CUSTOMER_FACING.has_stem(title_fold)
}

/// A folded name with each word's plural "s" dropped, so "design system" and "design systems"
/// are one skill; both sides of a comparison go through it ("COMPASS" stays within "Landmark
/// COMPASS").
fn dedupe_key(folded: &str) -> String {
    folded
        .split(' ')
        .map(|w| w.strip_suffix('s').filter(|k| k.len() > 3).unwrap_or(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Headings of the company's own story (folded stems).
const ABOUT_US: &[&str] = &[
    "about ",
    "company",
    "culture",
    "haqqimizda",
    "our story",
    "sirket",
    "who we are",
    "о компании",
    "о нас",
];

/// True when `short` occurs in `long` between word boundaries.
fn contains_words(long: &str, short: &str) -> bool {
    long.match_indices(short)
        .any(|(p, _)| fold::word_start(long, p) && fold::word_end(long, p + short.len()))
}

/// Adds a skill unless one already kept contains it; one it contains gives way to it, in its
/// place, so the more specific name stands whichever the ad writes first ("forklift" and
/// "Forklift licence", "COMPASS" and "Landmark COMPASS").
fn add_skill(out: &mut Vec<String>, keys: &mut Vec<String>, key: String, text: String) {
    if key.is_empty() || keys.iter().any(|k| contains_words(k, &key)) {
        return;
    }
    match keys.iter().position(|k| contains_words(&key, k)) {
        Some(at) => {
            keys[at] = key;
            out[at] = text;
            // Any other name it contains goes too.
            let mut k = at + 1;
            while k < keys.len() {
                if contains_words(&keys[at], &keys[k]) {
                    keys.remove(k);
                    out.remove(k);
                } else {
                    k += 1;
                }
            }
        }
        None => {
            keys.push(key);
            out.push(text);
        }
    }
}

/// The skills of the ad, as written, in reading order. `languages`: also human languages.
pub fn find(lines: &[Ln], sections: &Sections, scan_nice: bool, languages: bool) -> Vec<String> {
    let any = sections.any_tagged();
    let mut out: Vec<String> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    let mut about_us = false;
    for (i, ln) in lines.iter().enumerate() {
        if sections.heading.get(i).copied().flatten().is_some() {
            about_us = fold::has_any_stem(ln.fbody(), ABOUT_US);
        }
        if ln.skip() {
            continue;
        }
        let k = sections.kind(i);
        // Skills are the job's: not the offer's, nor the company's own story.
        let scan = if any {
            !(matches!(k, Some(Kind::Benefits)) || about_us && k == Some(Kind::Other))
                && (scan_nice || k != Some(Kind::NiceToHave))
        } else {
            true
        };
        if !scan {
            continue;
        }
        // A labelled list reads as a heading with its items beside it ("Bilik və bacarıqlar |
        // Ammiak soyuducu sistemləri; …").
        for name in labelled_list(ln) {
            add_skill(&mut out, &mut keys, found_key(&name), name);
        }
        if sections.heading.get(i).copied().flatten().is_some() {
            continue;
        }
        for h in line_hits(ln) {
            if h.flags & LANGUAGE != 0 && !languages {
                continue;
            }
            // One skill once: "водительское удостоверение" after "… удостоверение категории C",
            // "forklift licence" after "forklift".
            add_skill(&mut out, &mut keys, dedupe_key(h.key), h.text.trim().to_string());
        }
        let job_line = matches!(
            k,
            Some(Kind::Responsibilities | Kind::Requirements | Kind::NiceToHave)
        );
        let mut found = named_after_cues(ln);
        // An item named before an Azerbaijani verb that holds a name already found is that
        // name inflected ("MS Excel-i"): the lexicon's form stands.
        let before_cues = if job_line || !any {
            named_before_cues(ln, languages)
        } else {
            Vec::new()
        };
        found.extend(before_cues.into_iter().filter(|name| {
            let key = found_key(name);
            let inflected = |k: &String| {
                // "ms excel-i", or the name and one word more ("1c: muhasibat proqramini").
                key.find(k.as_str()).is_some_and(|p| {
                    let rest = &key[p + k.len()..];
                    rest.chars().next().is_some_and(|c| c == '-' || c.is_alphabetic())
                        || rest.starts_with(' ') && rest.split_whitespace().count() <= 1
                })
            };
            !keys.iter().any(|k| contains_words(k, &key) || inflected(k))
        }));
        if job_line && !terms_row(ln) {
            found.extend(credentials(ln));
            found.extend(acronyms(ln));
        }
        for name in found {
            add_skill(&mut out, &mut keys, found_key(&name), name);
        }
    }
    out
}

/// Phrases after which an ad names the tools it asks for (folded).
const CUES: &[&str] = &[
    "experience in ",
    "experience using ",
    "experience with ",
    "expertise in ",
    "familiar with ",
    "familiarity with ",
    "hands-on experience with ",
    "knowledge of ",
    "proficiency in ",
    "proficiency with ",
    "proficient in ",
    "proficient with ",
    "skilled in ",
    "working knowledge of ",
    "such as ",
    "e.g. ",
    "e.g., ",
    "tools like ",
    "опыт работы с ",
    "опыт работы в ",
    "знание ",
    "владение ",
    "навыки работы с ",
    "опыт с ",
    "работа с ",
    "работать с ",
];

/// Russian cues after which the things worked with stand in the instrumental case, in lower
/// case as often as not ("работа с гидравлической тележкой", "навыки работы с медицинской
/// информационной системой"): equipment and systems, which count without capitals.
const INSTRUMENTAL_CUES: &[&str] = &["навыки работы с ", "опыт работы с ", "работа с ", "работать с "];

/// Endings of Russian nouns and adjectives in the instrumental case.
const INSTRUMENTAL_ENDINGS: &[&str] = &["ами", "ями", "ой", "ей", "ом", "ем", "ью", "ым", "им"];

/// Things worked with that are no skill of the job.
const NOT_INSTRUMENTS: &[&str] = &["людьми", "нами", "командой", "удовольствием"];

/// The cues of [`CUES`] as stems (folded, sorted): a line without any names no tools after a
/// cue, found in one pass over its words instead of a search per cue.
static CUE_GATE: fold::Set = fold::Set::new(&[
    "e.g.",
    "experience in",
    "experience using",
    "experience with",
    "expertise in",
    "familiar with",
    "familiarity with",
    "hands-on experience with",
    "knowledge of",
    "proficiency in",
    "proficiency with",
    "proficient in",
    "proficient with",
    "skilled in",
    "such as",
    "tools like",
    "working knowledge of",
    "владение",
    "знание",
    "навыки работы с",
    "опыт работы в",
    "опыт работы с",
    "опыт с",
    "работа с",
    "работать с",
]);

/// Words a capitalised list item may be without being a tool's name.
const NOT_TOOLS: &[&str] = &[
    "and",
    "any",
    "bachelor",
    "business",
    "degree",
    "english",
    "excellent",
    "experience",
    "following",
    "french",
    "good",
    "knowledge",
    "master",
    "other",
    "our",
    "related",
    "russian",
    "similar",
    "strong",
    "the",
    "their",
    "this",
    "tools",
    "various",
    "азербайджанский",
    "английский",
    "русский",
];

/// Acronyms that are not skills however they are written.
const NOT_SKILL_ACRONYMS: &[&str] = &[
    "AM", "AZN", "CEO", "CV", "CVS", "DSMF", "EU", "EUR", "FAQ", "GBP", "HQ", "HR", "ID", "IT", "KPI", "LLC",
    "LTD", "MMC", "NB", "NY", "OK", "PM", "PR", "RUB", "TBD", "UK", "US", "USA", "USD", "VIP", "VS", "АО",
    "ГФСЗ", "ДСМФ", "ЗАО", "ИП", "ООО", "ПАО", "РФ", "США",
];

/// A form's row whose label names the job's terms, not its work ("Заработная плата | … до
/// вычета НДФЛ", "Социальный пакет | ДМС", "Место работы | … В.О."): its acronyms are no skills.
fn terms_row(ln: &Ln) -> bool {
    let Some((label, _)) = ln.body().split_once('\t') else {
        return false;
    };
    let key = fold::fold(label.trim().trim_end_matches(':'));
    labels::exact_field(&key).is_some_and(|f| f != labels::Field::Other)
        || matches!(sections::classify(&key), Some((Kind::Benefits, _)))
}

/// Upper-case acronyms of a duty or requirement line ("CKA", "PCI DSS", "ТСД", "BOSIET"):
/// names of tools, standards and certificates.
fn acronyms(ln: &Ln) -> Vec<String> {
    let mut out = Vec::new();
    for tok in ln
        .body()
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '/' | ':'))
    {
        let t = tok.trim_matches(|c: char| !c.is_alphanumeric());
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        let upper = t.chars().filter(|c| c.is_uppercase()).count();
        if (2..=7).contains(&letters)
            && upper == letters
            && t.chars().count() <= 8
            && !t.contains('&')
            && !NOT_SKILL_ACRONYMS.contains(&t)
            // The lexicon has decided on its own entries ("LLM" needs other tools beside it).
            && !in_lexicon(&fold::fold(t))
        {
            out.push(t.to_string());
        }
    }
    out
}

/// Certificates, licences and cards named before the word ("NATE certification", "White
/// Card", "QLD Electrical Licence"), as written.
fn credentials(ln: &Ln) -> Vec<String> {
    let text = ln.body();
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        let wf = fold::fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
        if !matches!(
            wf.as_str(),
            "certification" | "certificate" | "licence" | "license" | "card" | "ticket"
        ) {
            continue;
        }
        let mut start = k;
        while start > 0 && k - start < 4 {
            let prev = words[start - 1].trim_matches(|c: char| !c.is_alphanumeric() && c != '&');
            if prev
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            {
                start -= 1;
            } else {
                break;
            }
        }
        while start < k
            && matches!(
                fold::fold(words[start]).as_str(),
                "a" | "an"
                    | "the"
                    | "current"
                    | "valid"
                    | "full"
                    | "hold"
                    | "holds"
                    | "holding"
                    | "have"
                    | "must"
                    | "with"
                    | "possess"
            )
        {
            start += 1;
        }
        // "Maintain certification …", "Professional certification (CIA, ACCA)": a sentence's
        // first word, not a credential's name.
        let generic =
            start + 1 == k && start == 0 && GENERIC_QUALIFIERS.contains(&fold::fold(words[start]).as_str());
        if start < k && !generic {
            let name = words[start..=k].join(" ");
            out.push(name.trim_matches(|c: char| !c.is_alphanumeric()).to_string());
        }
    }
    out
}

/// Words that open a sentence about a credential without naming it.
const GENERIC_QUALIFIERS: &[&str] = &[
    "accredited",
    "additional",
    "appropriate",
    "formal",
    "industry",
    "maintain",
    "maintaining",
    "necessary",
    "obtain",
    "obtaining",
    "professional",
    "recognised",
    "recognized",
    "relevant",
    "required",
];

/// Named tools listed after a cue ("experience with Airtable, Asana and Luigi"): capitalised
/// names, acronyms and names with digits or signs, up to four words each. Plain lower-case
/// words are left to the lexicon.
fn named_after_cues(ln: &Ln) -> Vec<String> {
    let f = ln.fbody();
    let mut out = Vec::new();
    if !CUE_GATE.has_stem(f) {
        return out;
    }
    for cue in CUES {
        let Some(p) = crate::substring::find(f, cue) else {
            continue;
        };
        if !fold::word_start(f, p) {
            continue;
        }
        let start = p + cue.len();
        let rest_f = &f[start..];
        let end = rest_f
            .find(['.', ';', ':', '(', ')', '!', '?'])
            .unwrap_or(rest_f.len());
        let body_start = ln.body_f;
        let orig = ln.orig(body_start + start, body_start + start + end);
        for item in orig
            .split(',')
            .flat_map(|x| x.split(" and "))
            .flat_map(|x| x.split(" or "))
            .flat_map(|x| x.split(" и "))
            .flat_map(|x| x.split(" или "))
        {
            let item = item
                .trim()
                .trim_matches(|c: char| matches!(c, '"' | '\'' | '«' | '»'));
            if let Some(name) = tool_name(item) {
                out.push(name);
            } else if INSTRUMENTAL_CUES.contains(cue)
                && let Some(name) = instrument(item)
            {
                out.push(name);
            }
        }
    }
    out
}

/// Azerbaijani words after which an ad has named what it asks to know or work with (folded):
/// the language puts the object first ("Əmək Məcəlləsini bilmək", "AutoCAD biliyi", "1C:Anbar
/// proqramında", "WMS sistemlərində işləmək").
const CUES_AFTER: fold::Set = fold::Set::new(&[
    "bilikleri",
    "biliyi",
    "bilmek",
    "bilmelidir",
    "bilmesi",
    "ile isleme",
    "ile islemek",
    "proqraminda",
    "proqramlarinda",
]);

/// Of [`CUES_AFTER`], those after which only a name counts: "1C:Anbar proqramında" names a
/// product, "təlim proqramında" a training course.
const NAME_CUES_AFTER: &[&str] = &["proqraminda", "proqramlarinda"];

/// Subjects that open a clause before the thing known ("Namizəd MS Word-u bilməlidir").
const SUBJECT_WORDS: &[&str] = &["isci", "namized", "namizedler", "namizedin"];

/// Words of degree that end an item before the verb ("MS Excel-i mükəmməl bilməsi").
const DEGREE_WORDS: &[&str] = &["derinden", "ela", "mukemmel", "peseker", "serbest", "yaxsi"];

/// Words an item named before an Azerbaijani cue may have.
const BEFORE_CUE_WORDS: usize = 4;

/// What a line names right before an Azerbaijani cue, each item of its list as written; the
/// languages ("rus dilini bilmək") only with `languages`.
fn named_before_cues(ln: &Ln, languages: bool) -> Vec<String> {
    let f = ln.fbody();
    let mut out = Vec::new();
    if crate::substring::find_any(f, &["bil", "isle", "proqram"]).is_none() || !CUES_AFTER.has_word(f) {
        return out;
    }
    let body_start = ln.body_f;
    let cues = CUES_AFTER.words.iter().flat_map(|cue| {
        f.match_indices(cue)
            .map(|(p, _)| p)
            .filter(move |&p| fold::word_start(f, p) && fold::word_end(f, p + cue.len()))
    });
    let mut starts: Vec<usize> = cues.collect();
    starts.sort_unstable();
    starts.dedup();
    for at in starts.into_iter().filter(|&at| at > 0) {
        let names_only = NAME_CUES_AFTER.iter().any(|c| f[at..].starts_with(c));
        // The clause the item stands in; the colon of "1C:" is a product's, not a label's.
        let clause_start = f[..at]
            .char_indices()
            .rev()
            .find(|&(p, c)| {
                matches!(c, '.' | ';' | '!' | '?' | '(' | '•')
                    || c == ':' && !f[..p].ends_with("1c") && !f[..p].ends_with("1с")
            })
            .map_or(0, |(p, c)| p + c.len_utf8());
        let clause = ln.orig(body_start + clause_start, body_start + at);
        // A clause about languages ("Rus və ingilis dillərini bilmək") names no tools.
        let about_languages = fold::has_any_stem(&fold::fold(clause), &["dili", "dilleri"]);
        if clause.contains('\t') || about_languages && !languages {
            continue;
        }
        for item in clause
            .split(',')
            .flat_map(|x| x.split(" və ya "))
            .flat_map(|x| x.split(" və "))
        {
            // Quotes, brackets and leftovers of emoji around the item go; a subject before it
            // ("Namizəd MS Word …") too.
            // A bracket closed inside the item ends it ("(plov, dolma, kabab) hazırlamağı").
            let item = item.split(')').next().unwrap_or(item);
            let item = item.trim_matches(|c: char| !c.is_alphanumeric());
            let item = match item.split_once(' ') {
                Some((first, rest)) if SUBJECT_WORDS.contains(&fold::fold(first).as_str()) => rest,
                _ => item,
            };
            let item = match item.rsplit_once(' ') {
                Some((head, last)) if DEGREE_WORDS.contains(&fold::fold(last).as_str()) => head,
                _ => item,
            };
            if names_only {
                // The product is the last word before the cue ("… sənədlərini 1C:Anbar").
                if let Some(name) = tool_name(item.rsplit(' ').next().unwrap_or("")) {
                    out.push(name);
                }
                continue;
            }
            let words = item.split_whitespace().count();
            if (1..=BEFORE_CUE_WORDS).contains(&words) && item.chars().any(char::is_alphabetic) {
                out.push(item.to_string());
            }
        }
    }
    out
}

/// Labels of a row or line that lists the skills asked for (folded).
const SKILL_LIST_LABELS: fold::Set = fold::Set::new(&[
    "bacariqlar",
    "bilik ve bacariqlar",
    "key skills",
    "required skills",
    "skills",
    "teleb olunan bacariqlar",
    "teleb olunan bilikler",
    "ключевые навыки",
    "навыки",
    "профессиональные навыки",
    "требуемые навыки",
]);

/// Items a skills list may hold, and the words an item may have.
const MOST_LISTED: usize = 12;
const LISTED_ITEM_WORDS: usize = 5;

/// The items of a labelled skills list ("Bilik və bacarıqlar | Ammiak soyuducu sistemləri;
/// Danfoss idarəetmə panelləri", "Key skills: forklift, stock control"), as written.
fn labelled_list(ln: &Ln) -> Vec<String> {
    // A form's row may open with its number ("11 | Bilik və bacarıqlar | …").
    let text = ln.body();
    let text = match text.split_once('\t') {
        Some((n, rest)) if n.trim().chars().all(|c| c.is_ascii_digit() || c == '.') => rest,
        _ => text,
    };
    let Some((label, value)) = text.split_once('\t').or_else(|| text.split_once(':')) else {
        return Vec::new();
    };
    let key = fold::fold(label.trim());
    if !SKILL_LIST_LABELS.contains(&key) {
        return Vec::new();
    }
    let items: Vec<&str> = split_outside_brackets(value)
        .into_iter()
        .map(|i| without_cue(i.trim().trim_end_matches('.')))
        .filter(|i| !i.is_empty())
        .collect();
    if items.len() > MOST_LISTED {
        return Vec::new();
    }
    items
        .into_iter()
        .filter(|i| (1..=LISTED_ITEM_WORDS).contains(&i.split_whitespace().count()))
        // A board's "+6 more" stands for items it does not show.
        .filter(|i| !i.starts_with('+'))
        .map(str::to_string)
        .collect()
}

/// The items of a listed value, parted by `;`, `,` and tabs outside brackets ("измерительный
/// инструмент (микрометр, штангенциркуль)" is one item).
fn split_outside_brackets(value: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (i, c) in value.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ';' | ',' | '\t' if depth == 0 => {
                items.push(&value[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    items.push(&value[start..]);
    items
}

/// `item` without an opening cue of [`CUES`] ("работа с G-код", "knowledge of SQL"), matched in
/// lower case.
fn without_cue(item: &str) -> &str {
    let lower = item.to_lowercase();
    CUES.iter()
        .find(|c| lower.starts_with(*c) && lower.len() == item.len() && item.len() > c.len())
        .map_or(item, |c| item[c.len()..].trim_start())
}

/// A lower-case Russian item in the instrumental case, of up to three words, whose last word
/// ends like one ("гидравлической тележкой", "электроштабелёром").
fn instrument(item: &str) -> Option<String> {
    let instrumental = |w: &str| {
        let f = fold::fold(w);
        w.chars()
            .all(|c| ('а'..='я').contains(&c) || matches!(c, 'ё' | '-'))
            && f.chars().count() > 3
            && INSTRUMENTAL_ENDINGS.iter().any(|e| f.ends_with(e))
    };
    // The words in the instrumental case from the start: "электроштабелёром после обучения"
    // names the stacker.
    let words: Vec<&str> = item.split_whitespace().take_while(|w| instrumental(w)).collect();
    let last = fold::fold(words.last()?);
    // An adjective's ending ("с большим" where the line wraps) names nothing.
    let noun = !last.ends_with("ым") && !last.ends_with("им");
    let fits =
        words.len() <= 3 && noun && last.chars().count() > 4 && !NOT_INSTRUMENTS.contains(&last.as_str());
    fits.then(|| words.join(" "))
}

/// The key a found name is deduplicated by: a Russian word's instrumental ending dropped, so
/// "тахографом" is the "тахограф" the lexicon found.
fn found_key(name: &str) -> String {
    let key = dedupe_key(&fold::fold(name));
    key.split(' ')
        .map(|w| {
            let cyrillic = w.chars().all(|c| ('а'..='я').contains(&c));
            INSTRUMENTAL_ENDINGS
                .iter()
                .find(|e| cyrillic && w.chars().count() > 5 && w.ends_with(*e))
                .map_or(w, |e| &w[..w.len() - e.len()])
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The item when it reads as a tool's name.
fn tool_name(item: &str) -> Option<String> {
    let words: Vec<&str> = item.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 || item.chars().count() < 2 {
        return None;
    }
    let first = words[0];
    let named = |w: &str| {
        let mut chars = w.chars();
        let c0 = chars.next().unwrap_or(' ');
        c0.is_uppercase()
            || c0 == '.'
            || w.chars().skip(1).any(char::is_uppercase)
            || w.chars().any(|c| c.is_ascii_digit() || matches!(c, '#' | '+'))
    };
    // Every word a name (or a connector), the first one at least.
    if !named(first)
        || !words
            .iter()
            .all(|w| named(w) || matches!(*w, "of" | "for" | "de"))
    {
        return None;
    }
    // A capitalised Cyrillic word is as often a sentence's or a law's ("знание Трудового
    // кодекса") as a product's; Cyrillic names count with capitals inside or digits ("ТСД",
    // "1С").
    let latin = item.chars().any(|c| c.is_ascii_alphabetic());
    if !latin
        && !words
            .iter()
            .any(|w| w.chars().skip(1).any(char::is_uppercase) || w.chars().any(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let f = fold::fold(item);
    if NOT_TOOLS.iter().any(|w| fold::words(&f).any(|(_, x)| x == *w))
        || crate::posting::lexicon::roles::english_job_noun(&f)
    {
        return None;
    }
    Some(item.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gate_lets_every_cue_through() {
        for cue in CUES {
            assert!(CUE_GATE.has_stem(cue.trim()), "{cue:?}");
        }
    }
    use crate::layout::Document;
    use crate::posting::ad::{lines::flatten, sections::assign};

    fn skills(text: &str) -> Vec<String> {
        let doc = Document::from_plain_text(text);
        let lines = flatten(&doc);
        let s = assign(&lines);
        find(&lines, &s, true, false)
    }

    #[test]
    fn a_labelled_list_keeps_bracketed_items_whole_and_drops_cues() {
        let found = skills(
            "Слесарь-ремонтник\n\nКлючевые навыки\tработа с пневмоинструментом; чтение схем; контрольный инструмент (нутромер, щуп)\n",
        );
        assert!(
            found
                .iter()
                .any(|s| s == "контрольный инструмент (нутромер, щуп)"),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|s| s == "пневмоинструментом" || s == "пневмоинструмент"),
            "{found:?}"
        );
        assert!(
            !found
                .iter()
                .any(|s| s.starts_with("работа с") || s.ends_with("щуп)") && s.len() < 12),
            "{found:?}"
        );
        // The acronyms of a form's pay and benefits rows are no skills; those of its duties are.
        let found = skills(
            "Слесарь-ремонтник\n\nОбязанности:\nремонт насосов на стенде КИП-СТ\n\nЗаработная плата\t90 000 руб. до вычета НДФЛ\nСоциальный пакет\tДМС, столовая\n",
        );
        assert!(found.iter().any(|s| s == "КИП-СТ"), "{found:?}");
        assert!(!found.iter().any(|s| s == "НДФЛ" || s == "ДМС"), "{found:?}");
    }

    #[test]
    fn lexicon_is_sorted_and_folded() {
        assert!(lookup::is_sorted(SKILLS, |e| e.0));
        assert!(lookup::is_sorted(FIRST_WORDS.words, |w| w));
        for e in SKILLS {
            assert_eq!(fold::fold(e.1), e.0, "{}", e.1);
        }
    }

    #[test]
    fn multi_word_and_as_written() {
        let got = skills(
            "Requirements\n• Good knowledge of Adobe Illustrator, Adobe Photoshop and MS Excel\n• Experience with PostgreSQL-based systems and Prometheus-based monitoring",
        );
        assert_eq!(
            got,
            [
                "Adobe Illustrator",
                "Adobe Photoshop",
                "MS Excel",
                "PostgreSQL",
                "Prometheus"
            ]
        );
    }

    #[test]
    fn inflected_forms() {
        let got = skills(
            "Tələblər\n• 1C: Mühasibat proqramını və MS Excel-i mükəmməl bilməsi\n• Primavera P6-da iş",
        );
        assert_eq!(got, ["1C: Mühasibat", "MS Excel", "Primavera P6"]);
        let got = skills(
            "Обязанности\n- Работа с тахографом\n- Ведение кадрового учёта в 1С: Зарплата и управление персоналом",
        );
        assert_eq!(got, ["тахограф", "1С: Зарплата и управление персоналом"]);
    }

    #[test]
    fn ambiguous_short_names() {
        assert_eq!(skills("Nice to have\n• Go or C++ experience"), ["Go", "C++"]);
        assert!(skills("Requirements\n• C-level stakeholder management").is_empty());
        assert!(
            skills("Requirements\n• Category C driving licence holders")
                .iter()
                .all(|s| s != "C")
        );
        assert!(
            skills("Requirements\n• Category B driving licence")
                .iter()
                .all(|s| s != "B" && s != "C")
        );
        assert!(skills("Requirements\n• Ready to go the extra mile").is_empty());
        // Things worked with, in the Russian instrumental case, without capitals.
        assert_eq!(
            skills(
                "Обязанности\n• погрузка и разгрузка фур, работа с гидравлической тележкой;\n• работа с электроштабелёром после обучения."
            ),
            ["гидравлической тележкой", "электроштабелёром"]
        );
        assert!(skills("Требования\n• умение работать с людьми").is_empty());
        assert_eq!(
            skills(
                "Bilik və bacarıqlar\tAmmiak soyuducu sistemləri; Danfoss idarəetmə panelləri; PLC əsasları"
            ),
            [
                "Ammiak soyuducu sistemləri",
                "Danfoss idarəetmə panelləri",
                "PLC əsasları"
            ]
        );
        assert_eq!(
            skills("Key skills: forklift, stock control."),
            ["forklift", "stock control"]
        );
        // A label that only mentions skills is none ("Soft skills we value: …" is prose).
        assert!(skills("Our soft skills training: every Friday").is_empty());
        assert_eq!(
            skills("Soyuducu kamera operatoru\n\n11\tBilik və bacarıqlar\tDanfoss idarəetmə panelləri"),
            ["Danfoss idarəetmə panelləri"]
        );
        assert_eq!(
            skills("Skills: Automation, Robotics, +5 more"),
            ["Automation", "Robotics"]
        );
        // Azerbaijani names the object before the verb.
        assert_eq!(
            skills("Tələblər\n• Əmək Məcəlləsi, Mülki Məcəllə və Vergi Məcəlləsini bilməlidir;"),
            ["Əmək Məcəlləsi", "Mülki Məcəllə", "Vergi Məcəlləsini"]
        );
        assert_eq!(
            skills("Vəzifələr\n• sənədləri 1C:Anbar proqramında rəsmiləşdirmək; təlim proqramında iştirak"),
            ["1C:Anbar"]
        );
        assert!(skills("Tələblər\n• rus dilini bilmək arzuolunandır").is_empty());
        let got = skills("Tələblər\n• Milli mətbəx yeməklərini (plov, dolma, kabab) hazırlamağı bilmək");
        assert!(
            got.ends_with(&["plov".to_string(), "dolma".into(), "kabab".into()]),
            "{got:?}"
        );
        assert!(skills("Требования\n• умение работать с большим").is_empty());
        assert!(skills("Requirements\n• Experience in R&D labs").is_empty());
        assert_eq!(
            skills("Requirements\n• Programming in C and Python"),
            ["C", "Python"]
        );
        assert!(skills("Requirements\n• Sat and sap with pos").is_empty());
        // "LLM" the law degree is no skill; next to other tools it is the model.
        assert!(skills("Requirements\n• LLM or Master's degree in Law").is_empty());
        assert_eq!(
            skills("Requirements\n• Building LLM agents in Python"),
            ["LLM", "Python"]
        );
    }

    #[test]
    fn acronyms_and_credentials() {
        assert_eq!(
            skills("Requirements\n• CKA or CKAD certified; PCI DSS experience"),
            ["CKA", "CKAD", "PCI", "DSS"]
        );
        assert_eq!(
            skills("Requirements\n• Current White Card and a QLD Electrical Licence"),
            ["White Card", "QLD Electrical Licence"]
        );
        assert!(skills("Requirements\n• Send your CV to HR").is_empty());
    }

    #[test]
    fn names_after_cues() {
        assert_eq!(
            skills("Requirements\n• Experience with Airtable, Asana and Luigi is a plus"),
            ["Airtable", "Asana", "Luigi"]
        );
        assert_eq!(
            skills("Requirements\n• Knowledge of Yieldbook and Intex"),
            ["Yieldbook", "Intex"]
        );
        assert!(skills("Requirements\n• Experience with our customers and partners").is_empty());
        assert!(skills("Requirements\n• Knowledge of English").is_empty());
    }

    #[test]
    fn common_tools() {
        assert_eq!(
            skills("Requirements\n• Уверенное владение Trados Studio или memoQ"),
            ["Trados Studio", "memoQ"]
        );
        assert_eq!(
            skills("Requirements\n• Spring Boot, Hibernate and Kafka"),
            ["Spring Boot", "Hibernate", "Kafka"]
        );
        assert_eq!(
            skills("Requirements\n• Siemens S7 knowledge is a plus"),
            ["Siemens S7"]
        );
    }
}
