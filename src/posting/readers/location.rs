//! The place of work, as a ranked choice: a location label, the board's meta line by the title
//! ("Sydney • CBD & Inner Suburbs", "Rockaway, NJ · 3 days ago"), the page's printed title
//! ("… Job in Sydney - SEEK"), sentences ("based in KFF's Washington, DC office"), an address
//! with a state and ZIP code, and the first paragraphs. Candidates naming the same city merge;
//! the best-placed source writes the value, as the ad wrote it. A bare "Remote" is a workplace,
//! not a place, and places in other jobs' blocks do not count.

use super::choice::{Ballot, Read};
use super::terms;
use crate::posting::ad::Ad;
use crate::posting::ad::labels::Field;
use crate::posting::ad::lines::{Ln, Marker};
use crate::posting::lexicon::organisations::{LEGAL_FORMS, ORG_WORDS};
use crate::posting::lexicon::places::{self, LOCALITY_WORDS};
use crate::posting::lexicon::separators;
use crate::posting::model::Workplace;
use crate::posting::text::fold::{self, fold};
use crate::substring;

/// Weights of the location's sources.
mod weight {
    /// A "Location:" / "Место работы:" / "Ünvan:" label.
    pub const LABEL: f32 = 9.0;
    /// A segment of a meta line near the title, per line closer to it.
    pub const META: f32 = 5.0;
    /// "… based in X", "located in X", "in our X office".
    pub const PROSE: f32 = 4.0;
    /// The page's printed title: "Role Job in Sydney - SEEK", "Role - Santa Monica, CA - Indeed".
    pub const PAGE_TITLE: f32 = 3.0;
    /// An address with a state code: "1500 N College Avenue, Claremont, CA 91711".
    pub const ADDRESS: f32 = 3.0;
    /// A line that is only a city with its state code: "Portland, OR 97211 (google map)".
    pub const PLACE_LINE: f32 = 4.0;
    /// A city named in the first paragraphs.
    pub const FIRST_PARAGRAPHS: f32 = 3.0;
    /// Least score of a location.
    pub const MIN: f32 = 2.5;
}

/// Lines after the title that may be a board's meta lines.
const META_LINES: usize = 5;
/// Lines after the title searched for a city in prose.
const PROSE_LINES: usize = 14;

/// The place of work; `title_line` is where the title was read.
pub fn read(ad: &Ad, title_line: Option<usize>) -> Option<Read<String>> {
    // "Location: Remote (UTC+2 to UTC+5)", "Remote, overlap with Baku time": the ad says the
    // job has no place; cities named elsewhere (the company's hubs) are not its place of work.
    let mut location_labels = ad.labels.iter().filter(|l| l.field == Field::Location).peekable();
    if location_labels.peek().is_some() && location_labels.all(|l| remote_only(&l.value)) {
        return None;
    }
    ballot(ad, title_line).winner(weight::MIN)
}

/// A location value that says remote and names no place but in a time note ("Remote (UTC+2
/// to UTC+5)", "Remote, overlap with Baku time"); "Remote, US" and "Remote in Canada" do name
/// one.
fn remote_only(value: &str) -> bool {
    let f = fold(value);
    let mut clauses = f.split([',', '(', ')', ';']);
    let first = clauses.next().unwrap_or("");
    terms::workplace_of(first) == Some(Workplace::Remote)
        && is_workplace_only(first)
        && clauses.all(|c| places::find_all(c).is_empty() || fold::has_any_word(c, TIME_NOTES))
}

/// Words of a time-zone note beside a remote location.
const TIME_NOTES: &[&str] = &["gmt", "hours", "overlap", "time", "time zone", "timezone", "utc"];

/// The location's candidates, keyed by the first place they name.
pub fn ballot(ad: &Ad, title_line: Option<usize>) -> Ballot<String> {
    let mut ballot: Ballot<String> = Ballot::default();
    for l in ad.labels.iter().filter(|l| l.field == Field::Location) {
        let c = clean_location(&l.value);
        propose(&mut ballot, c, Some(l.line), weight::LABEL);
    }
    let label_lines: Vec<usize> = ad.labels.iter().filter(|l| l.at_start).map(|l| l.line).collect();
    let start = title_line.map_or(0, |t| t + 1);
    let meta = ad
        .lines
        .iter()
        .enumerate()
        .skip(start)
        .filter(|(i, ln)| {
            !ln.skip() && !label_lines.contains(i) && (ln.marker == Marker::None || chip_row(ln))
        })
        .take(if title_line.is_some() { META_LINES } else { 8 });
    for (k, (i, ln)) in meta.enumerate() {
        if let Some(loc) = from_meta_line(&ln.text) {
            propose(&mut ballot, loc, Some(i), weight::META - 0.5 * k as f32);
        }
    }
    for pt in &ad.titles {
        if let Some(loc) = from_page_title(&pt.text) {
            propose(&mut ballot, loc, pt.line, weight::PAGE_TITLE);
        }
    }
    for (i, ln) in ad.body() {
        if let Some(loc) = from_prose(&ln.text, &ln.fold) {
            propose(&mut ballot, loc, Some(i), weight::PROSE);
        }
        if let Some((loc, city_word)) = russian_city_in_prose(&ln.fold) {
            let w = if city_word {
                weight::PROSE
            } else {
                weight::FIRST_PARAGRAPHS
            };
            propose(&mut ballot, loc, Some(i), w);
        }
        if let Some(loc) = from_address(&ln.text) {
            propose(&mut ballot, loc, Some(i), weight::ADDRESS);
        } else if let Some(loc) = city_state_line(&ln.text) {
            propose(&mut ballot, loc, Some(i), weight::PLACE_LINE);
        }
    }
    let end = title_line.map_or(PROSE_LINES, |t| t + PROSE_LINES);
    for (i, ln) in ad.body().take_while(|(i, _)| *i < end) {
        if Some(i) == title_line || ad.sections.in_tagged(i) {
            continue;
        }
        if let Some(loc) = place_in_prose(ln) {
            propose(&mut ballot, loc, Some(i), weight::FIRST_PARAGRAPHS);
        }
    }
    ballot
}

/// A row of bulleted chips in tab-separated cells ("● Columbus, OH 43219, USA", "● Full-time",
/// "● Service"): a meta line, not a list item.
fn chip_row(ln: &Ln) -> bool {
    ln.text.contains('\t') && separators::split(&ln.text).len() >= 2 && fold::words(&ln.fold).count() <= 16
}

/// Adds a location keyed by the first place it names (so that "Sydney" and "Sydney • CBD"
/// are one candidate).
fn propose(ballot: &mut Ballot<String>, loc: String, line: Option<usize>, score: f32) {
    let f = fold(&loc);
    if loc.is_empty() || is_workplace_only(&f) || f.chars().count() > 80 || says_any_place(&f) {
        return;
    }
    let key = places::find_all(&f)
        .into_iter()
        .find(|p| !p.wordlike)
        .map(|p| f[p.start..p.end].to_string())
        .or_else(|| fold::words(&f).next().map(|(_, w)| w.to_string()))
        .unwrap_or_default();
    ballot.add(key, loc, line, score);
}

/// Values that say the place does not matter ("Локация: не важна", "Location: flexible",
/// "Yer: fərq etməz"): no place of work.
static ANY_PLACE: fold::Set = fold::Set::new(&[
    "any location",
    "anywhere",
    "ferq etmez",
    "flexible",
    "istenilen",
    "location independent",
    "любая",
    "любой",
    "не важна",
    "не важно",
    "не имеет значения",
    "не принципиально",
]);

/// True when a location value starts by saying that the place does not matter.
fn says_any_place(f: &str) -> bool {
    ANY_PLACE.find_stem(f) == Some(0)
}

/// "Remote", "Hybrid", "Anywhere": a workplace, not a place.
fn is_workplace_only(f: &str) -> bool {
    let rest: Vec<&str> = fold::words(f)
        .map(|(_, w)| w)
        .filter(|w| {
            !matches!(
                *w,
                "remote"
                    | "hybrid"
                    | "onsite"
                    | "on"
                    | "site"
                    | "anywhere"
                    | "worldwide"
                    | "uzaqdan"
                    | "удаленно"
                    | "удаленная"
                    | "работа"
                    | "in"
                    | "the"
                    | "us"
                    | "from"
                    | "home"
                    | "or"
                    | "work"
            )
        })
        .collect();
    rest.is_empty()
}

/// "CA", "NSW": a state or province code as written after a city.
fn is_state_code(p: &str) -> bool {
    let p = p.trim();
    (2..=3).contains(&p.len())
        && p.bytes().all(|b| b.is_ascii_uppercase())
        && places::state_code_countries(p).next().is_some()
}

/// A ZIP or postal code: digits, possibly with a dash ("90011", "91711-1234"), or a half of a
/// Canadian one ("S7L", "7A1").
fn is_zip(w: &str) -> bool {
    let b = w.as_bytes();
    let canadian = b.len() == 3
        && (b[0].is_ascii_uppercase() && b[1].is_ascii_digit() && b[2].is_ascii_uppercase()
            || b[0].is_ascii_digit() && b[1].is_ascii_uppercase() && b[2].is_ascii_digit());
    canadian
        || w.len() >= 4
            && w.bytes().all(|b| b.is_ascii_digit() || b == b'-')
            && w.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

/// A part that is a state code, perhaps with a ZIP or postal code: " OH 43219", "CA", "SK S7L
/// 7A1".
fn state_and_zip(part: &str) -> bool {
    let mut ws = part.split_whitespace();
    ws.next().is_some_and(is_state_code) && ws.all(is_zip)
}

/// Words of a meta line that end the place: "3 days ago", "Reposted", "applicants".
fn ends_place(f: &str) -> bool {
    [
        "ago",
        "posted",
        "reposted",
        "applicants",
        "applicant",
        "reviews",
        "people",
        "clicked",
        "promoted",
        "hours",
        "days",
    ]
    .iter()
    .any(|w| fold::has_any_word(f, &[w]))
}

/// The place in a meta line: its first segment that is a place or "City, ST", joined with
/// the area segments after it ("Sydney • CBD, Inner West & Eastern Suburbs").
pub fn from_meta_line(text: &str) -> Option<String> {
    // "⌖ Milton, Brisbane QLD", "📍 Hybrid - Bengaluru": an icon before the place.
    let t = text
        .trim()
        .trim_start_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '«' | '"' | '('))
        .trim();
    if fold::words(t).count() > 16 {
        return None;
    }
    // "US-CA-Los Angeles": country, state and city codes of applicant-tracking systems.
    if t.len() > 6
        && t.as_bytes()[2] == b'-'
        && t.as_bytes()[5] == b'-'
        && t[..2].bytes().all(|b| b.is_ascii_uppercase())
        && is_state_code(&t[3..5])
    {
        return Some(t.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    let segs = separators::split(t);
    for (n, seg) in segs.iter().enumerate() {
        let Some(first) = place_in_segment(seg) else {
            continue;
        };
        let mut loc = first;
        // A board's area after a bullet: "Sydney • Parramatta & Western Suburbs".
        if t.contains(" • ") {
            for next in &segs[n + 1..] {
                let nf = fold(next);
                if area_like(next, &nf) {
                    loc.push_str(" • ");
                    loc.push_str(next.trim());
                } else {
                    break;
                }
            }
        }
        return Some(loc);
    }
    // A city among chips: "Engineering 0-1 FullTime Mumbai Fynd526".
    if fold::words(t).count() <= 8 {
        let f = fold(t);
        for p in places::find_all(&f) {
            let written = fold::orig_slice(t, &f, p.start, p.end);
            if p.kind == places::Kind::City && p.tier >= 1 && !p.wordlike && capitalised(written) {
                return Some(written.to_string());
            }
        }
    }
    None
}

/// Words of a board's area after a city: capitalised, no digits, no terms of work.
fn area_like(seg: &str, f: &str) -> bool {
    let words: Vec<&str> = seg.split_whitespace().collect();
    (1..=7).contains(&words.len())
        && !f.chars().any(|c| c.is_ascii_digit())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase() || c == '&') || matches!(*w, "and" | "of")
        })
        && !fold::has_any_stem(
            f,
            &[
                "benefits",
                "casual",
                "contract",
                "hybrid",
                "management",
                "permanent",
                "remote",
                "services",
                "technology",
                "temp",
                "time",
            ],
        )
}

/// A place in one segment: from its first place part ("Adelaide, South Australia, Australia"),
/// or "City, ST" ("Rockaway, NJ"), cut at what ends a place.
fn place_in_segment(seg: &str) -> Option<String> {
    let seg = cut_at_end_words(seg);
    // "Nights in Phoenix, Arizona": the place after "in".
    if let Some(p) = seg.rfind(" in ") {
        let rest = seg[p + 4..].trim();
        let head = fold(rest.split(',').next().unwrap_or(""));
        if capitalised(rest) && places::place_part(&head).is_some() {
            return place_in_segment(rest);
        }
    }
    let parts: Vec<&str> = seg.split(',').collect();
    // "Rockaway, NJ", "Commerce, CA, US", "Claremont, CA 91711".
    if parts.len() >= 2 {
        for k in 1..parts.len() {
            if state_and_zip(parts[k]) && capitalised(parts[k - 1]) {
                let city = city_before_state(parts[k - 1]);
                let loc = clean_location(&format!("{city},{}", parts[k..].join(",")));
                return (!loc.is_empty()).then_some(loc);
            }
        }
    }
    // "Milton, Brisbane QLD": a code after the last part's city, every part a capitalised name.
    if parts.len() >= 2
        && parts
            .last()
            .and_then(|p| p.split_whitespace().last())
            .is_some_and(is_state_code)
        && parts
            .iter()
            .all(|p| capitalised(p) && !p.chars().any(|c| c.is_ascii_digit()) && fold::words(p).count() <= 4)
    {
        let loc = clean_location(&parts.join(","));
        return (!loc.is_empty()).then_some(loc);
    }
    let mut first = parts.iter().position(|p| {
        let pf = fold(p.split('(').next().unwrap_or(p));
        places::place_part(&pf).is_some_and(|_| !wordlike_only(&pf)) && capitalised(p)
    })?;
    // "Penrose, Auckland": a suburb the gazetteer does not know, just before its city.
    if first > 0 && suburb_like(parts[first - 1]) {
        first -= 1;
    }
    let loc = clean_location(&parts[first..].join(","));
    (!loc.is_empty()).then_some(loc)
}

/// One or two capitalised words without digits that name no organisation, no term of work and
/// no address part: a suburb before its city.
fn suburb_like(part: &str) -> bool {
    let pf = fold(part);
    let words: Vec<&str> = part.split_whitespace().collect();
    (1..=2).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !pf.chars().any(|c| c.is_ascii_digit())
        && !ORG_WORDS.has_stem(&pf)
        && !LEGAL_FORMS.has_word(&pf)
        && !ADDRESS_WORDS.has_word(&pf)
        && !STREET_WORDS.has_stem(&pf)
        && terms::workplace_of(&pf).is_none()
        && terms::employment_of(&pf, true).is_none()
}

/// The city of the part before a state code: the longest ending of at most four words that
/// the gazetteer knows, else the part when it is a short capitalised name, else its last two
/// words ("Y ouTube Mountain View" → "Mountain View").
fn city_before_state(part: &str) -> &str {
    let words: Vec<(usize, &str)> =
        part.match_indices(|c: char| !c.is_whitespace())
            .fold(Vec::new(), |mut v, (i, _)| {
                if i == 0 || part[..i].ends_with(char::is_whitespace) {
                    v.push((i, &part[i..]));
                }
                v
            });
    let n = words.len();
    for take in (1..=n.min(4)).rev() {
        let start = words[n - take].0;
        let tail = part[start..].trim();
        if places::find_entry(&fold(tail)).is_some() {
            return tail;
        }
    }
    let all_caps = part
        .split_whitespace()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if n <= 3 && all_caps {
        return part.trim();
    }
    words
        .get(n.saturating_sub(2))
        .map_or(part.trim(), |&(start, _)| part[start..].trim())
}

/// A place name written with a capital (lower-case "reading" is a word, not the town).
fn capitalised(part: &str) -> bool {
    let t = part.trim().trim_start_matches(['(', '«', '"']);
    t.chars().next().is_some_and(|c| c.is_uppercase())
}

/// The part names only a place that is also a common English word.
fn wordlike_only(pf: &str) -> bool {
    let rest: Vec<&str> = fold::words(pf)
        .map(|(_, w)| w)
        .filter(|w| !LOCALITY_WORDS.contains(w))
        .collect();
    places::find_entry(&rest.join(" ")).is_some_and(|e| e.wordlike)
}

/// `seg` up to "3 days ago", "Reposted …", "(Hybrid)".
fn cut_at_end_words(seg: &str) -> &str {
    let mut end = seg.len();
    for (i, _) in seg.match_indices(' ') {
        let rest = fold(&seg[i..]);
        let next: String = rest.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
        if ends_place(&next)
            && next
                .split_whitespace()
                .next()
                .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()) || ends_place(w))
        {
            end = i;
            break;
        }
    }
    &seg[..end]
}

/// The place in a page title: after " Job in " ("Full Stack Web Developer Job in Sydney -
/// SEEK"), or a segment that is a place ("… - Santa Monica, CA - Indeed.com").
fn from_page_title(text: &str) -> Option<String> {
    let f = fold(text);
    for cue in [" job in ", " jobs in ", " vacancy in ", " вакансия в ", " в г. "] {
        if let Some(p) = substring::find(&f, cue) {
            let rest = fold::orig_slice(text, &f, p + cue.len(), f.len());
            let place = separators::split(rest).first().copied().unwrap_or("").to_string();
            return place_in_segment(&place).or(Some(place)).filter(|s| !s.is_empty());
        }
    }
    let segs = separators::split(text);
    if segs.len() < 2 {
        return None;
    }
    segs.iter().skip(1).find_map(|s| place_in_segment(s))
}

/// Words before a place of work in a sentence (folded).
const PROSE_CUES: &[&str] = &[
    "based in ",
    "based at ",
    "located in ",
    "located at ",
    "based out of ",
    "in our ",
    "work from our ",
    "office in ",
    "offices in ",
    "position is in ",
    "работа в г. ",
    "офис в ",
    "расположен в ",
    "yerlesir ",
];

/// The cues of [`from_prose`] as stems, to pass over lines without any in one look at each word.
static PROSE_GATE: fold::Set = fold::Set::new(&[
    "based at",
    "based in",
    "based out of",
    "in our",
    "located at",
    "located in",
    "office in",
    "offices in",
    "position is in",
    "work from our",
    "yerlesir",
    "офис в",
    "работа в г.",
    "расположен в",
]);

/// "based in KFF's Washington, DC office", "located in Baku", "in our London office".
fn from_prose(text: &str, f: &str) -> Option<String> {
    if !PROSE_GATE.has_stem(f) {
        return None;
    }
    for cue in PROSE_CUES {
        let Some(p) = substring::find(f, cue) else {
            continue;
        };
        if !fold::word_start(f, p) {
            continue;
        }
        let start = p + cue.len();
        let rest = fold::orig_slice(text, f, start, f.len());
        // Skip "our", "the", "KFF's": words before the place.
        let mut words = rest.split_whitespace().peekable();
        let mut skipped = 0usize;
        while let Some(w) = words.peek() {
            let wf = fold(w);
            if matches!(wf.as_str(), "our" | "the" | "a" | "an") || wf.ends_with("'s") {
                skipped += w.len() + 1;
                words.next();
            } else {
                break;
            }
        }
        let rest = rest.get(skipped.min(rest.len())..).unwrap_or("");
        let clause_end = rest
            .find(['.', ';', '(', ':'])
            .into_iter()
            .chain(
                // A verb ends the place: "located in Spokane, WA, is looking for …".
                [
                    " office", " and ", " with ", " where ", " which ", " but ", " on ", " for ", " to ",
                    " is ", " are ", " has ", " have ", " was ", " will ",
                ]
                .iter()
                .filter_map(|e| rest.find(e)),
            )
            .min()
            .unwrap_or(rest.len());
        let clause = rest[..clause_end].trim().trim_end_matches(',');
        if clause.is_empty() || !capitalised(clause) || fold::words(clause).count() > 8 {
            continue;
        }
        let cf = fold(clause);
        let named = places::find_all(&cf).iter().any(|p| !p.wordlike)
            || clause
                .split(',')
                .skip(1)
                .any(|p| is_state_code(p.split_whitespace().next().unwrap_or("")));
        if named {
            return Some(clean_location(clause));
        }
    }
    None
}

/// A city named in a Russian sentence in another case: "в г. Казани", "в городе Москве",
/// "… опубликована 12 ноября 2026 в Москве" → its nominative, capitalised as names are. The
/// flag says a word for "city" came before it.
fn russian_city_in_prose(f: &str) -> Option<(String, bool)> {
    let words: Vec<&str> = f.split_whitespace().collect();
    for k in 1..words.len() {
        let prev = words[k - 1].trim_end_matches('.');
        let after_city = matches!(prev, "г" | "городе" | "города" | "город");
        let after_in =
            matches!(prev, "в" | "во") || after_city && k >= 2 && matches!(words[k - 2], "в" | "во");
        if !after_in && !after_city {
            continue;
        }
        let w = words[k].trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        if let Some((nominative, e)) = places::russian_nominative(w)
            && e.kind == places::Kind::City
            && e.tier >= 1
        {
            // "г. Псков" as written; "в г. Пскове" in the nominative.
            if prev == "г" && nominative == w {
                return Some((format!("г. {}", capitalise_name(&nominative)), after_city));
            }
            return Some((capitalise_name(&nominative), after_city));
        }
    }
    None
}

/// "санкт-петербург" → "Санкт-Петербург".
fn capitalise_name(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    let mut start = true;
    for c in folded.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = c == '-' || c == ' ';
    }
    out
}

/// A street address line ending in a city with a state code ("2150 W Main St, Boise, ID
/// 83702") or in a known city ("14 Quay Street, Galway"), as written.
fn from_address(text: &str) -> Option<String> {
    let t = text.trim().trim_end_matches(['.', ',']);
    if !t.chars().next().is_some_and(|c| c.is_ascii_digit()) || t.len() > 120 || t.contains('\t') {
        return None;
    }
    let parts: Vec<&str> = t.split(',').collect();
    if parts.len() < 2 || !STREET_WORDS.has_stem(&fold(parts[0])) {
        return None;
    }
    let last = parts[parts.len() - 1].trim();
    let state_zip = state_and_zip(last);
    let is_city =
        |p: &str| places::place_part_strict(&fold(p.trim())).is_some_and(|(_, k)| k == places::Kind::City);
    // "14 Quay Street, Galway, H91 X2Y3": a postcode may follow the city.
    let city = is_city(last)
        || parts.len() >= 3 && is_city(parts[parts.len() - 2]) && last.chars().any(|c| c.is_ascii_digit());
    (state_zip || city).then(|| t.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A line that is a city, its state code and perhaps a ZIP code, with a remark in brackets at
/// most: "Portland, OR 97211 (google map)", "Boise, ID".
fn city_state_line(text: &str) -> Option<String> {
    let t = text
        .split('(')
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches(['.', ',']);
    let parts: Vec<&str> = t.split(',').collect();
    if parts.len() != 2 || fold::words(t).count() > 5 || !capitalised(parts[0]) {
        return None;
    }
    if parts[0].chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let state_zip = state_and_zip(parts[1]);
    state_zip.then(|| t.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Address fragments that end a location ("Head Office", "Industrial zone", "floor 3").
const ADDRESS_WORDS: fold::Set = fold::Set::new(&[
    "bina",
    "biznes merkezi",
    "block",
    "building",
    "business center",
    "campus",
    "floor",
    "head office",
    "highway",
    "mertebe",
    "office",
    "ofis",
    "otaq",
    "plot",
    "road",
    "room",
    "sossesi",
    "suite",
    "yol",
    "yolu",
    "zone",
    "бц",
    "здание",
    "кабинет",
    "корпус",
    "офис",
    "трасса",
    "шоссе",
    "этаж",
]);

/// Words of street names (folded stems): a street stays in a location, its house number not.
const STREET_WORDS: fold::Set = fold::Set::new(&[
    "ave",
    "avenue",
    "blvd",
    "boulevard",
    "bulvar",
    "kuc",
    "lane",
    "prospekt",
    "road",
    "st.",
    "street",
    "пер.",
    "переулок",
    "пл.",
    "площадь",
    "пр-т",
    "пр.",
    "проспект",
    "ул.",
    "улица",
    "шоссе",
]);

/// A street part without the house number after it ("Ленинградский проспект 39с79" →
/// "Ленинградский проспект"); a number before the street ("23000 Van Buren Blvd") stays.
fn drop_house_number(part: &str) -> &str {
    let mut end = part.len();
    for (i, w) in part
        .match_indices(char::is_whitespace)
        .map(|(i, _)| i)
        .rev()
        .map(|i| (i, &part[i..]))
    {
        let w = w.trim();
        if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            end = i;
        } else {
            break;
        }
    }
    part[..end].trim_end()
}

/// Cleans a location value: no remarks in brackets (unless a time zone), no street address.
pub fn clean_location(raw: &str) -> String {
    let mut s = String::new();
    let mut depth = 0usize;
    let mut bracket = String::new();
    for c in raw.chars() {
        match c {
            '(' => {
                depth += 1;
                bracket.push(c);
            }
            ')' if depth > 0 => {
                depth -= 1;
                bracket.push(c);
                if depth == 0 {
                    let bf = fold(&bracket);
                    let inner = bf.trim_matches(|c: char| c == '(' || c == ')' || c.is_whitespace());
                    // "Ottawa (Ontario)", "(Baku time)": a province or a time zone stays.
                    let region = places::find_entry(inner)
                        .is_some_and(|e| matches!(e.kind, places::Kind::Region | places::Kind::Country));
                    if region || fold::has_any_stem(&bf, &["cet", "gmt", "time zone", "timezone", "utc"]) {
                        s.push_str(&bracket);
                    }
                    bracket.clear();
                }
            }
            _ if depth > 0 => bracket.push(c),
            _ => s.push(c),
        }
    }
    let s = s.split(';').next().unwrap_or("");
    // "Quba rayonu, Zeyvə kəndi – meyvə saxlama anbarı": a description after a dash goes.
    let s = [" – ", " — ", " - "]
        .iter()
        .filter_map(|d| s.find(d).map(|p| (p, d.len())))
        .filter(|&(p, n)| s[p + n..].chars().next().is_some_and(char::is_lowercase))
        .map(|(p, _)| p)
        .min()
        .map_or(s, |p| &s[..p]);
    // "4th Floor, Prestige Tower, Bengaluru": the building's parts before the place go.
    let parts_all: Vec<&str> = s.split(',').collect();
    let lead = parts_all
        .iter()
        .take_while(|p| {
            let pf = fold(p);
            ADDRESS_WORDS.has_word(&pf) && places::place_part(&pf).is_none()
        })
        .count();
    let mut lead = lead.min(parts_all.len());
    // "AZ0100, Abşeron rayonu, …": a postal code before the place goes.
    let postal_code = |p: &str| {
        let p = p.trim();
        !p.is_empty()
            && p.len() <= 10
            && p.chars().all(|c| c.is_ascii_alphanumeric())
            && p.chars().any(|c| c.is_ascii_digit())
    };
    if parts_all.get(lead).is_some_and(|p| postal_code(p)) && parts_all.len() > lead + 1 {
        lead += 1;
    }
    let s_owned = parts_all[lead..].join(",");
    let s = s_owned.as_str();
    let mut kept: Vec<&str> = Vec::new();
    for (n, part) in s.split(',').enumerate() {
        let pf = fold(part);
        let place = places::place_part(&pf).is_some();
        let state_zip = state_and_zip(part);
        if n > 0 && !state_zip {
            let digits = pf.chars().any(|c| c.is_ascii_digit());
            if STREET_WORDS.has_stem(&pf) && !ADDRESS_WORDS.has_word(&pf) {
                // The street as written, without its house number ("Təbriz küçəsi 84").
                let street = drop_house_number(part.trim_end());
                if !street.trim().is_empty() {
                    kept.push(street);
                }
                break;
            }
            if (digits && !place) || ADDRESS_WORDS.has_word(&pf) {
                break;
            }
        }
        kept.push(part);
    }
    let joined = kept.join(",");
    let t = fold::trim_outer(joined.trim());
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    // "Remote (Baku time)": a workplace with a time zone names no place.
    let outside: String = t.split('(').next().unwrap_or("").to_string();
    if !outside.trim().is_empty() && is_workplace_only(&fold(&outside)) {
        return String::new();
    }
    t
}

/// A city or district named in a sentence, with the district after it.
fn place_in_prose(ln: &Ln) -> Option<String> {
    let f = ln.fold.as_str();
    for p in places::find_all(f) {
        if !matches!(p.kind, places::Kind::City | places::Kind::District) || p.wordlike {
            continue;
        }
        // A place is written with a capital; a small town needs "in" or "at" before it.
        let written = ln.orig(p.start, p.end);
        if !written.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let before = fold::words(&f[..p.start]).last().map(|(_, w)| w);
        if p.tier == 0
            && p.kind == places::Kind::City
            && !matches!(before, Some("in" | "at" | "near" | "в" | "г"))
        {
            continue;
        }
        // Part of a name ("Baku Oxford School", "Khazar International Bank").
        let orig_next = ln.orig(p.end, f.len()).trim_start();
        let next_word = orig_next.split_whitespace().next().unwrap_or("");
        let next_fold = fold(next_word);
        let next_is_locality =
            LOCALITY_WORDS.contains(&next_fold.trim_matches(|c: char| !c.is_alphanumeric()));
        if next_word.chars().next().is_some_and(char::is_uppercase) && !next_is_locality {
            continue;
        }
        let nf = next_fold.as_str();
        let locality_next = next_is_locality || nf.starts_with("seher") || nf.starts_with("rayon");
        let prev = fold::words(&f[..p.start]).last().map(|(s, _)| s);
        if let Some(ps) = prev
            && ln
                .orig(ps, p.start)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && !ln.orig(0, p.start).trim_end().ends_with([',', '(', ':'])
            && ps > 0
            && !locality_next
        {
            continue; // inside a name: "Hotel Riviera Baku"
        }
        let name = ln.orig(p.start, p.end);
        // "Sumqayıt şəhərində" → "Sumqayıt şəhəri"; "Xətai rayonunda" → "Xətai rayonu".
        if nf.starts_with("seher") && nf != "seher" {
            let w = &orig_next[..orig_next
                .char_indices()
                .nth(6)
                .map_or(orig_next.len(), |(i, _)| i)];
            return Some(format!("{name} {w}"));
        }
        if nf.starts_with("rayon") && nf.len() > 6 {
            let w = &orig_next[..orig_next
                .char_indices()
                .nth(6)
                .map_or(orig_next.len(), |(i, _)| i)];
            return Some(format!("{name} {w}"));
        }
        // Extend over the following comma part when it is a district.
        let tail = ln.orig(p.start, f.len());
        let clause = tail.split(['.', ';', '(']).next().unwrap_or(tail);
        let mut parts = clause.split(',');
        let mut loc = parts.next().unwrap_or("").trim().to_string();
        if let Some(next) = parts.next()
            && places::place_part(&fold(next)).is_some()
        {
            loc.push_str(", ");
            loc.push_str(next.trim());
        }
        let loc = clean_location(&loc);
        // Keep just the place and its locality word.
        let words: Vec<&str> = loc.split_whitespace().collect();
        if !loc.contains(',') && words.len() > 2 {
            return Some(name.to_string());
        }
        return Some(loc);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gate_lets_every_cue_through() {
        for cue in PROSE_CUES {
            assert!(PROSE_GATE.has_stem(cue.trim()), "{cue:?}");
        }
    }

    #[test]
    fn places_with_their_qualifiers() {
        assert_eq!(clean_location("Ottawa (Ontario)"), "Ottawa (Ontario)");
        assert_eq!(
            clean_location("Quba rayonu, Zeyvə kəndi – meyvə saxlama anbarı"),
            "Quba rayonu, Zeyvə kəndi"
        );
        assert_eq!(clean_location("Baku – Absheron"), "Baku – Absheron");
        assert_eq!(
            clean_location("AZ1000, Bakı şəhəri, Nərimanov rayonu"),
            "Bakı şəhəri, Nərimanov rayonu"
        );
        assert_eq!(
            clean_location("Bakı şəhəri, Nərimanov rayonu"),
            "Bakı şəhəri, Nərimanov rayonu"
        );
        assert_eq!(clean_location("Leeds (hybrid, 2 days)"), "Leeds");
        assert_eq!(
            from_meta_line("Kererū Outdoor Supply · Penrose, Auckland").as_deref(),
            Some("Penrose, Auckland")
        );
        assert_eq!(from_meta_line("Hybrid, Auckland").as_deref(), Some("Auckland"));
        assert_eq!(from_meta_line("Kapital Bank, Baku").as_deref(), Some("Baku"));
        assert_eq!(
            place_in_segment("Nights in Phoenix, Arizona").as_deref(),
            Some("Phoenix, Arizona")
        );
        assert_eq!(place_in_segment("Careers in Engineering"), None);
        assert_eq!(
            city_state_line("Portland, OR 97211 (google map)").as_deref(),
            Some("Portland, OR 97211")
        );
        assert_eq!(city_state_line("Apply now, OR call us"), None);
        assert_eq!(
            city_state_line("Saskatoon, SK S7L 7A1").as_deref(),
            Some("Saskatoon, SK S7L 7A1")
        );
        assert_eq!(city_state_line("Regina, SK SEVEN"), None);
        assert_eq!(city_state_line("12 Main, OR 97211"), None);
        assert_eq!(
            russian_city_in_prose("место прохождения службы: г. псков, ул. некрасова, д. 23."),
            Some(("г. Псков".to_string(), true))
        );
        assert_eq!(
            russian_city_in_prose("работа в г. казани"),
            Some(("Казань".to_string(), true))
        );
    }

    #[test]
    fn locations() {
        assert_eq!(clean_location("Baku, Head Office (28 May street)"), "Baku");
        assert_eq!(
            clean_location("Sumgait (office near the Central Park)"),
            "Sumgait"
        );
        assert_eq!(
            clean_location("Ganja, Industrial zone, Heydar Aliyev avenue 210"),
            "Ganja"
        );
        assert_eq!(clean_location("Remote (UTC+2 to UTC+5)"), "");
        assert_eq!(clean_location("Remote, overlap with 10:00-16:00 Baku time"), "");
        // The street as written stays, its house number goes.
        assert_eq!(
            clean_location("Bakı şəhəri, Nərimanov rayonu, Təbriz küçəsi 84"),
            "Bakı şəhəri, Nərimanov rayonu, Təbriz küçəsi"
        );
        assert_eq!(
            clean_location("Москва, Ленинградский проспект, 39с79"),
            "Москва, Ленинградский проспект"
        );
        assert_eq!(clean_location("Казань, ул. Баумана, 12"), "Казань, ул. Баумана");
        assert_eq!(clean_location("Bakı, 28 May"), "Bakı, 28 May");
        assert_eq!(clean_location("Москва (м. Павелецкая)"), "Москва");
        assert_eq!(
            clean_location("Baku, with regular trips to Sangachal terminal"),
            "Baku, with regular trips to Sangachal terminal"
        );
        assert_eq!(clean_location("Удалённо (из дома)"), "");
    }

    #[test]
    fn meta_places() {
        assert_eq!(
            place_in_segment("Baku, Azerbaijan").as_deref(),
            Some("Baku, Azerbaijan")
        );
        assert_eq!(
            place_in_segment("Inkwell Creative Agency, Baku, Icherisheher").as_deref(),
            Some("Baku, Icherisheher")
        );
        assert_eq!(
            place_in_segment("Garadagh district, Baku").as_deref(),
            Some("Garadagh district, Baku")
        );
        assert_eq!(place_in_segment("Araz Pay"), None);
    }

    #[test]
    fn meta_lines() {
        assert_eq!(
            from_meta_line("Sydney • CBD, Inner West & Eastern Suburbs").as_deref(),
            Some("Sydney • CBD, Inner West & Eastern Suburbs")
        );
        assert_eq!(
            from_meta_line("Rockaway, NJ · 3 days ago · Over 100 applicants").as_deref(),
            Some("Rockaway, NJ")
        );
        assert_eq!(
            from_meta_line("Adelaide, South Australia, Australia (Hybrid) 2 weeks ago").as_deref(),
            Some("Adelaide, South Australia, Australia")
        );
        assert_eq!(
            from_meta_line("Araz Pay · Baku, Azerbaijan · Hybrid").as_deref(),
            Some("Baku, Azerbaijan")
        );
        assert_eq!(
            from_meta_line("US-CA-Los Angeles").as_deref(),
            Some("US-CA-Los Angeles")
        );
        assert_eq!(
            from_meta_line("Commerce, CA, US").as_deref(),
            Some("Commerce, CA, US")
        );
        assert_eq!(from_meta_line("Reading material for the team"), None);
        assert_eq!(from_meta_line("Remote"), None);
    }

    #[test]
    fn russian_prose() {
        assert_eq!(
            russian_city_in_prose(&fold("Вакансия опубликована 12 ноября 2026 в Москве")),
            Some(("Москва".to_string(), false))
        );
        assert_eq!(
            russian_city_in_prose(&fold("Клинике в г. Казани требуется")),
            Some(("Казань".to_string(), true))
        );
        assert_eq!(russian_city_in_prose(&fold("работа в команде")), None);
    }

    #[test]
    fn prose_and_addresses() {
        let from_prose = |t: &str| from_prose(t, &fold(t));
        assert_eq!(
            from_prose(
                "This full-time position will be based in KFF’s Washington, DC office, located downtown"
            )
            .as_deref(),
            Some("Washington, DC")
        );
        assert_eq!(
            from_prose("This position is based in San Francisco, California.").as_deref(),
            Some("San Francisco, California")
        );
        assert_eq!(from_prose("based in our team culture"), None);
        assert!(says_any_place(&fold("не важна, созвоны по Минску (UTC+3)")));
        assert!(!says_any_place(&fold("Baku, flexible hours")));
        assert_eq!(
            from_prose("a trauma center located in Spokane, WA, is looking for a nurse").as_deref(),
            Some("Spokane, WA")
        );
        assert_eq!(
            from_address("1500 N College Avenue, Claremont, CA 91711").as_deref(),
            Some("1500 N College Avenue, Claremont, CA 91711")
        );
        assert_eq!(
            from_page_title("Full Stack Web Developer Job in Sydney - SEEK").as_deref(),
            Some("Sydney")
        );
        assert_eq!(
            from_page_title("Senior Data Analyst - Santa Monica, CA - Indeed.com").as_deref(),
            Some("Santa Monica, CA")
        );
    }
}
