//! Title and company: the job title is the most title-like line at the top (job nouns such
//! as "Engineer", "mühasib", "инженер", a large font), not the company's logo line, a running
//! header or a "Company · City · Hybrid" meta line; the company comes from a label, the logo
//! line, the meta line or the subject of the first sentence ("X is a …", "X — …").

use super::choice::{Ballot, Read};
use crate::posting::ad::Ad;
use crate::posting::ad::furniture::last_crumb;
use crate::posting::ad::labels::{self, Field};
use crate::posting::ad::lines::{Ln, Marker};
use crate::posting::ad::page_title::split_segments;
use crate::posting::lexicon::roles::{HIRING_DECORATIONS, HIRING_HEADLINES};

use crate::posting::lexicon::organisations::ORG_WORDS;
use crate::posting::lexicon::places;
pub use crate::posting::lexicon::roles::job_noun;
use crate::posting::lexicon::separators;
use crate::posting::text::fold::{self, fold};
use crate::substring;

const TITLE_PREFIXES: &[&str] = &[
    "jd for ",
    "jd -",
    "job description for ",
    "job description:",
    "job opening:",
    "job title -",
    "vacancy:",
    "vacancy -",
    "job title:",
    "position:",
    "вакансия:",
    "vakansiya:",
    "требуется",
    "hiring:",
    "we are hiring:",
    "we're hiring:",
    "job:",
    "role:",
];

fn has_separator(text: &str) -> bool {
    separators::any(text)
}

fn org_word(f: &str) -> bool {
    ORG_WORDS.has_word(f)
}

/// Weights of the title's features.
mod weight {
    /// A "Position:" / "Должность:" label.
    pub const LABEL: f32 = 9.0;
    /// A job noun ("Engineer", "mühasib", "инженер").
    pub const JOB_NOUN: f32 = 4.0;
    /// Per unit of font size above the body text, at most [`MAX_SIZE`].
    pub const SIZE: f32 = 3.0;
    pub const MAX_SIZE: f32 = 3.0;
    pub const BOLD: f32 = 0.5;
    /// Per line of the ad above the candidate.
    pub const LINE_BELOW_TOP: f32 = -0.3;
    /// The page's printed or metadata title holds the candidate.
    pub const PAGE_TITLE_AGREES: f32 = 4.0;
    /// Organisation words without a job noun ("Khazar Bank").
    pub const ORGANISATION: f32 = -3.0;
    pub const ORGANISATION_WITH_JOB: f32 = -1.0;
    pub const SEPARATORS: f32 = -2.5;
    pub const LONG: f32 = -2.0;
    /// A heading of the ad's sections ("About the job", "Job description").
    pub const HEADING: f32 = -6.0;
    /// A place or a date rather than a role.
    pub const PLACE: f32 = -4.0;
    /// "We are seeking a Data Analyst to …", "invites applications for a Postdoctoral Fellow".
    pub const PROSE: f32 = 3.5;
    /// A page title's segment that names a job, when no line of the ad says it.
    pub const PAGE_TITLE_ONLY: f32 = 3.0;
    /// The line under a "We're hiring!" / "Мы ищем" headline, when it names a job.
    pub const AFTER_HIRING_HEADLINE: f32 = 8.0;
    /// A line of a letter's letterhead, addressee block or signature ("directoru cənab …",
    /// "Operations Director" under "Yours sincerely").
    pub const LETTER_FRAME: f32 = -6.0;
    /// Least score of a title.
    pub const MIN: f32 = 1.0;
}

/// Lines from the top of the ad that may hold the title.
const TOP_LINES: usize = 30;

/// The job title.
pub fn read(ad: &Ad) -> Option<Read<String>> {
    ballot(ad).winner(weight::MIN)
}

/// The title's candidates.
pub fn ballot(ad: &Ad) -> Ballot<String> {
    let mut ballot: Ballot<String> = Ballot::default();
    if let Some(l) = ad
        .labels
        .iter()
        .find(|l| l.field == Field::Title && plausible_label_value(&l.vfold))
    {
        let t = clean_title(&l.value);
        if !t.is_empty() && fold::words(&l.vfold).count() <= 12 {
            // A label competes with the others: a board's "Role: Back End Developer" is its
            // category, while the page's own title names the job.
            let f = fold(&t);
            let agrees = if agrees_with_page_title(ad, &f) {
                weight::PAGE_TITLE_AGREES
            } else {
                0.0
            };
            ballot.add(f, t, Some(l.line), weight::LABEL + agrees);
        }
    }
    let domains = crate::posting::readers::company::domain_labels(ad);
    let sections = &ad.sections;
    let label_lines: Vec<usize> = ad.labels.iter().filter(|l| l.at_start).map(|l| l.line).collect();
    let first_heading = first_tagged_heading(ad);
    let mut continuation = None;
    for (k, (i, ln)) in ad.body().take(TOP_LINES).enumerate() {
        if i >= first_heading {
            break;
        }
        if ln.marker == Marker::Glyph || label_lines.contains(&i) || continuation == Some(i) {
            continue;
        }
        // A heading wrapped onto a second line ("Postdoctoral Research Associate –" / "Soil
        // Microbial Ecology") is one title.
        let wrapped = ad
            .lines
            .get(i + 1)
            .filter(|next| wraps_onto(ln, next) && !label_lines.contains(&(i + 1)))
            .map(|next| format!("{} {}", title_text(ln), title_text(next)));
        if wrapped.is_some() {
            continuation = Some(i + 1);
        }
        let text = wrapped.as_deref().unwrap_or_else(|| title_text(ln));
        let t = clean_title(text);
        let f = fold(&t);
        let n_words = fold::words(&f).count();
        if n_words == 0
            || t.chars().count() > 110
            || f.contains('@')
            || substring::contains(&f, "http")
            || substring::contains(&f, "www.")
            || (t.ends_with('.') && n_words > 4)
            || !t.chars().any(char::is_alphabetic)
        {
            continue;
        }
        let mut score = 0.0f32;
        let job = job_noun(&f);
        if job {
            score += weight::JOB_NOUN;
        }
        if org_word(&f) {
            score += if job {
                weight::ORGANISATION_WITH_JOB
            } else {
                weight::ORGANISATION
            };
        }
        // The mark a wrapped heading breaks at joins its halves; it parts no segments.
        let separated = match (&wrapped, ad.lines.get(i + 1)) {
            (Some(_), Some(next)) => {
                has_separator(title_text(ln).trim_end_matches(['–', '—', '-', ':', ',', ' ']))
                    || has_separator(title_text(next))
            }
            _ => has_separator(&t),
        };
        if separated && !agrees_with_page_title(ad, &f) {
            score += weight::SEPARATORS;
        }
        if n_words > 9 {
            score += weight::LONG;
        }
        if sections
            .heading
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|h| h.lexical)
            || is_heading_phrase(&f)
        {
            score += weight::HEADING;
        }
        if !job && (places::place_part_strict(&f).is_some() || starts_with_date(&f)) {
            score += weight::PLACE;
        }
        // A board's name, or the name the ad's own domain spells (a logo): not the role.
        if crate::posting::lexicon::organisations::is_board(&f)
            || !job
                && domains
                    .iter()
                    .any(|d| crate::posting::readers::company::spells_exactly(&f, d))
        {
            score += weight::ORGANISATION * 2.0;
        }
        // Size says "title" of a line that names a job; of another line (a logo) half as much.
        let size = (weight::SIZE * (ln.rel_size - 1.0)).clamp(0.0, weight::MAX_SIZE);
        score += if job { size } else { size / 2.0 };
        if ln.bold {
            score += weight::BOLD;
        }
        score += weight::LINE_BELOW_TOP * k as f32;
        // A heading set apart above a salutation is the letter's subject, not its addressee.
        let set_apart = ln.bold || ln.rel_size > 1.1;
        if ad.letter.frames(i) && !(set_apart && ad.letter.salutation.is_some_and(|s| i < s)) {
            score += weight::LETTER_FRAME;
        }
        if agrees_with_page_title(ad, &f) {
            score += weight::PAGE_TITLE_AGREES;
        }
        ballot.add(f, t, Some(i), score);
    }
    for (i, ln) in ad.body().take(TOP_LINES * 3) {
        if let Some(t) = from_prose(&ln.text, &ln.fold) {
            let f = fold(&t);
            let bonus = if agrees_with_page_title(ad, &f) {
                weight::PAGE_TITLE_AGREES
            } else {
                0.0
            };
            ballot.add(f, t, Some(i), weight::PROSE + bonus);
        }
    }
    // "WE'RE HIRING!" over "Quality Control Laboratory Technician": a newsletter's or a flyer's
    // box, wherever it stands on the page.
    let body: Vec<(usize, &Ln)> = ad.body().collect();
    for pair in body.windows(2) {
        let ((_, head), (i, ln)) = (pair[0], pair[1]);
        let head_f = head.fold.trim_matches(|c: char| !c.is_alphanumeric());
        if HIRING_HEADLINES.contains(&head_f) {
            let t = clean_title(title_text(ln));
            let f = fold(&t);
            if job_noun(&f) && (1..=10).contains(&fold::words(&f).count()) {
                ballot.add(f, t, Some(i), weight::AFTER_HIRING_HEADLINE);
            }
        }
    }
    for pt in &ad.titles {
        if let Some(t) = page_title_role(&pt.text) {
            let f = fold(&t);
            ballot.add(f, t, pt.line, weight::PAGE_TITLE_ONLY);
        }
    }
    ballot
}

/// Words and marks that leave a heading line unfinished.
const UNFINISHED: &[&str] = &[
    "–", "—", "-", ":", ",", "&", "and", "of", "for", "in", "və", "и", "по",
];

/// True when `next` carries on the heading `ln`: `ln` ends unfinished and `next` is set like it
/// (same size and weight) right below it.
fn wraps_onto(ln: &Ln, next: &Ln) -> bool {
    let last = ln.fold.split_whitespace().next_back().unwrap_or("");
    let unfinished = UNFINISHED.contains(&last) || last.ends_with(['–', '—', ':', ',']);
    let height = ln.bbox.y1 - ln.bbox.y0;
    unfinished
        && ln.rel_size > 1.05
        && next.page == ln.page
        && !next.skip()
        && next.marker == Marker::None
        && (next.rel_size - ln.rel_size).abs() < 0.05
        && next.bold == ln.bold
        && next.bbox.y0 >= ln.bbox.y1 - 1.0
        && next.bbox.y0 - ln.bbox.y1 < 0.8 * height
        && fold::words(&ln.fold).count() + fold::words(&next.fold).count() <= 16
}

/// A title label's value that is not another label or a board's word ("Job\tCompany").
fn plausible_label_value(vf: &str) -> bool {
    let v = vf.trim();
    labels::exact_field(v).is_none() && !crate::posting::ad::furniture::is_chrome(v) && !v.is_empty()
}

/// The first line of a duties, requirements or offer heading (the title is above it).
fn first_tagged_heading(ad: &Ad) -> usize {
    ad.sections
        .heading
        .iter()
        .position(|h| h.is_some_and(|h| h.lexical && h.kind.tagged() && !h.weak))
        .unwrap_or(ad.lines.len())
}

/// The part of a line that may be a title: the first cell of a row, or the last step of a
/// breadcrumb trail ("Ana səhifə / Karyera / Vakansiyalar / Kredit mütəxəssisi").
fn title_text<'a>(ln: &'a Ln) -> &'a str {
    let cell = ln
        .text
        .split('\t')
        .map(str::trim)
        .find(|c| !c.is_empty())
        .unwrap_or("");
    last_crumb(cell).unwrap_or(cell)
}

/// True when a page title holds `f` (folded) between word boundaries.
fn agrees_with_page_title(ad: &Ad, f: &str) -> bool {
    let f = f.trim();
    if f.chars().count() < 3 {
        return false;
    }
    ad.titles.iter().any(|pt| {
        pt.fold
            .match_indices(f)
            .any(|(p, _)| fold::word_start(&pt.fold, p) && fold::word_end(&pt.fold, p + f.len()))
    })
}

/// Headings that are never a title, though they stand where titles stand.
fn is_heading_phrase(f: &str) -> bool {
    let core = f.trim().trim_end_matches(':').trim();
    HEADING_PHRASES
        .iter()
        .any(|h| core == *h || core.starts_with(h) && core[h.len()..].starts_with(" ("))
}

const HEADING_PHRASES: &[&str] = &[
    "карточка вакансии",
    "job advertisement",
    "job posting",
    "now hiring",
    "position announcement",
    "vacancy announcement",
    "vacancy notice",
    "we are hiring",
    "we're hiring",
    "about the job",
    "about the opportunity",
    "about the position",
    "about the role",
    "about this role",
    "career opportunity",
    "full job description",
    "job brief",
    "job description",
    "job details",
    "job summary",
    "overview",
    "position summary",
    "summary",
    "описание вакансии",
    "vakansiya haqqinda",
];

fn starts_with_date(f: &str) -> bool {
    crate::posting::readers::dates::find(f)
        .first()
        .is_some_and(|w| w.start == 0)
}

/// "X is seeking a Data Analyst to …": the role named after a hiring verb, up to the word
/// that ends the noun phrase; "… filialına kassir tələb olunur": the role named before an
/// Azerbaijani hiring verb.
fn from_prose(text: &str, f: &str) -> Option<String> {
    if !PROSE_GATE.has_stem(f) {
        return None;
    }
    if let Some(t) = before_hiring_verb(text, f) {
        return Some(t);
    }
    for cue in PROSE_CUES {
        let Some(p) = substring::find(f, cue) else {
            continue;
        };
        if !fold::word_start(f, p) {
            continue;
        }
        let start = p + cue.len();
        let rest = &f[start..];
        let end = PROSE_ENDS
            .iter()
            .filter_map(|e| substring::find(rest, e))
            .min()
            .unwrap_or(rest.len());
        let cand_f = rest[..end].trim();
        let n = fold::words(cand_f).count();
        if !(1..=8).contains(&n) || !job_noun(cand_f) {
            continue;
        }
        let skip = PROSE_ADJECTIVES
            .iter()
            .filter(|a| cand_f.starts_with(*a))
            .map(|a| a.len())
            .max()
            .unwrap_or(0);
        let lead = rest.len() - rest.trim_start().len();
        let orig = fold::orig_slice(text, f, start + lead + skip, start + end);
        let t = clean_title(orig.trim());
        if !t.is_empty() {
            return Some(t);
        }
    }
    None
}

/// The words every cue of [`PROSE_CUES`] and [`HIRING_VERBS_AFTER`] starts with, as stems: a
/// line without any of them names no role in prose (one pass over its words, where the cues
/// one by one are 34 searches).
static PROSE_GATE: fold::Set = fold::Set::new(&[
    "applications are invited for",
    "are hiring a",
    "are looking for a",
    "are recruiting a",
    "are seeking a",
    "axtarilir",
    "axtarir",
    "axtaririq",
    "invites applications for",
    "is hiring a",
    "is looking for a",
    "is recruiting a",
    "is seeking a",
    "ise qebul edir",
    "looking for an experienced",
    "position of",
    "teleb edilir",
    "teleb olunur",
    "vezifesi uzre",
    "vezifesine",
    "ищем",
    "ищет",
    "на должность",
    "нужен",
    "нужна",
    "нужны",
    "приглашает на работу",
    "примет на работу",
    "требуется",
    "требуются",
]);

/// Azerbaijani verbs that follow the role they hire for (folded).
const HIRING_VERBS_AFTER: &[&str] = &[
    " teleb olunur",
    " teleb edilir",
    " axtarir",
    " axtaririq",
    " axtarilir",
    " ise qebul edir",
    " vezifesi uzre",
    " vezifesine",
];

/// Azerbaijani postpositions and conjunctions that end the words before a role ("… genişləndirilməsi
/// ilə əlaqədar anbardar vəzifəsi üzrə").
const BEFORE_ROLE_STOPS: &[&str] = &["elaqedar", "ile", "olaraq", "ucun", "uzre", "ve"];

/// The role just before an Azerbaijani hiring verb: up to four words, without the words in
/// the dative or genitive before it ("Bankımızın Lənkəran filialına kassir tələb olunur").
fn before_hiring_verb(text: &str, f: &str) -> Option<String> {
    let p = HIRING_VERBS_AFTER
        .iter()
        .filter_map(|v| substring::find(f, v))
        .min()?;
    let head = &f[..p];
    let words: Vec<(usize, &str)> = fold::words(head).collect();
    let mut start = words.len();
    while start > 0 && words.len() - start < 4 {
        let w = words[start - 1].1;
        let oblique = [
            "na", "ne", "ya", "ye", "nin", "nun", "in", "un", "min", "miz", "imiz",
        ]
        .iter()
        .any(|e| w.ends_with(e) && w.len() > e.len() + 2);
        if oblique
            || BEFORE_ROLE_STOPS.contains(&w)
            || head[..words[start - 1].0]
                .trim_end()
                .ends_with([',', '.', '!', ':'])
                && start < words.len()
        {
            break;
        }
        start -= 1;
    }
    let (s0, _) = *words.get(start)?;
    let role_f = head[s0..].trim();
    if !job_noun(role_f) {
        return None;
    }
    let t = clean_title(fold::orig_slice(text, f, s0, p));
    (!t.is_empty()).then_some(t)
}

/// Words before a role in a sentence (folded; the article is part of the cue).
const PROSE_CUES: &[&str] = &[
    "is seeking a ",
    "is seeking an ",
    "are seeking a ",
    "are seeking an ",
    "is looking for a ",
    "is looking for an ",
    "are looking for a ",
    "are looking for an ",
    "is hiring a ",
    "is hiring an ",
    "are hiring a ",
    "are hiring an ",
    "is recruiting a ",
    "are recruiting a ",
    "invites applications for a ",
    "invites applications for an ",
    "invites applications for the position of ",
    "applications are invited for a ",
    "applications are invited for the position of ",
    "looking for an experienced ",
    "position of ",
    "требуется ",
    "требуются ",
    "на должность ",
    "нужен ",
    "нужна ",
    "нужны ",
    "примет на работу ",
    "приглашает на работу ",
    "ищет ",
    "ищем ",
];

/// Words before a role in a sentence that describe the person or the terms, not the role.
const PROSE_ADJECTIVES: &[&str] = &[
    "dedicated ",
    "driven ",
    "dynamic ",
    "enthusiastic ",
    "experienced ",
    "full-time ",
    "full time ",
    "highly motivated ",
    "motivated ",
    "part-time ",
    "part time ",
    "passionate ",
    "qualified ",
    "skilled ",
    "smart, motivated ",
    "smart ",
    "talented ",
    "temporary ",
];

/// Where the role named in a sentence ends.
const PROSE_ENDS: &[&str] = &[
    " to ", " who ", " with ", " for ", " in ", " at ", " on ", " based ", " that ", " and ", ".", ",", ";",
    "(", " в ", " для ", " на ", " с ",
];

/// The role a page title names: its first segment with a job noun, without "Job in City",
/// "job at Company", "Вакансия" and the like.
fn page_title_role(text: &str) -> Option<String> {
    for seg in split_segments(text) {
        let f = fold(seg);
        let mut cut = f.len();
        for m in [" job in ", " job at ", " jobs in ", " at ", " в ", ", работа в "] {
            if let Some(p) = substring::find(&f, m) {
                cut = cut.min(p);
            }
        }
        let mut start = 0;
        for pre in ["вакансия ", "vakansiya ", "job: ", "careers at "] {
            if f.starts_with(pre) {
                start = pre.len();
            }
        }
        if start >= cut {
            continue;
        }
        let role_f = f[start..cut].trim();
        if job_noun(role_f) && fold::words(role_f).count() <= 10 {
            let orig = fold::orig_slice(seg, &f, start, cut);
            let t = clean_title(orig);
            if !t.is_empty() {
                return Some(t);
            }
        }
    }
    None
}

/// Removes decorations: "!"-suffixes such as "tələb olunur", prefixes such as "Vacancy:",
/// and a trailing bracket that holds a duration ("(3 months)"). Other brackets stay, remarks on
/// the terms too ("(yarım ştat)", "(вахта 60/30)"): real ads present them as the title.
pub fn clean_title(raw: &str) -> String {
    let mut t = fold::trim_value(raw).to_string();
    loop {
        let before = t.clone();
        let f = fold(&t);
        for p in TITLE_PREFIXES {
            if f.starts_with(p) {
                t = fold::orig_slice(&t, &f, p.len(), f.len()).trim().to_string();
                break;
            }
        }
        let f = fold(&t);
        let ft = f.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')');
        for s in HIRING_DECORATIONS {
            if ft.ends_with(s) && ft.len() > s.len() && fold::word_start(ft, ft.len() - s.len()) {
                t = fold::orig_slice(&t, &f, 0, ft.len() - s.len()).trim().to_string();
                break;
            }
        }
        // A trailing bracket with a duration ("(3 months)").
        if t.ends_with(')')
            && let Some(open) = t.rfind('(')
        {
            let inner = fold(&t[open..]);
            // A duration ("(3 months)", "(6 ay)") is a term of the job; "(5–11 классы)" is not.
            let duration = inner.chars().any(|c| c.is_ascii_digit())
                && fold::has_any_stem(&inner, crate::posting::lexicon::terms::DURATION_UNITS);
            if duration {
                t = t[..open].trim().to_string();
            }
        }
        t = fold::trim_value(&t).to_string();
        if t == before {
            break;
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gate_lets_every_cue_through() {
        for cue in PROSE_CUES.iter().chain(HIRING_VERBS_AFTER) {
            assert!(PROSE_GATE.has_stem(cue.trim()), "{cue:?}");
        }
    }

    /// The title of a page of one-line blocks: (text, y, font size).
    fn title_of_placed(items: &[(&str, f32, f32)]) -> Option<String> {
        use crate::layout::{Document, Rect};
        let placed: Vec<(&str, Rect, f32)> = items
            .iter()
            .map(|&(t, y, size)| {
                let right = 72.0 + 0.5 * size * t.chars().count() as f32;
                (t, Rect::new(72.0, y, right, y + 1.2 * size), size)
            })
            .collect();
        let doc = Document::from_placed_lines(&placed);
        read(&Ad::new(&doc, None)).map(|r| r.value)
    }

    #[test]
    fn a_heading_wrapped_onto_a_second_line_is_one_title() {
        let body = [
            ("The position", 200.0, 13.0),
            (
                "We seek a postdoctoral researcher to study soil microbes in the field.",
                220.0,
                10.0,
            ),
            (
                "The appointment is for two years, with a possible extension.",
                232.0,
                10.0,
            ),
            (
                "Applicants hold a PhD in microbiology or a related field.",
                244.0,
                10.0,
            ),
        ];
        let mut page = vec![
            ("Postdoctoral Research Associate –", 120.0, 16.0),
            ("Soil Microbial Ecology", 139.5, 16.0),
            ("Bozeman, Montana", 165.0, 10.0),
        ];
        page.extend(body);
        assert_eq!(
            title_of_placed(&page).as_deref(),
            Some("Postdoctoral Research Associate – Soil Microbial Ecology")
        );
        // A finished heading over a smaller line is not joined to it.
        let mut page = vec![
            ("Postdoctoral Research Associate", 120.0, 16.0),
            ("Soil Microbial Ecology", 139.5, 12.0),
        ];
        page.extend(body);
        assert_eq!(
            title_of_placed(&page).as_deref(),
            Some("Postdoctoral Research Associate")
        );
    }

    #[test]
    fn the_line_under_a_hiring_headline() {
        let title = |text: &str| {
            let doc = crate::layout::Document::from_plain_text(text);
            read(&Ad::new(&doc, None)).map(|r| r.value)
        };
        let newsletter = "The Kernel\n\nNews from Prairie Grain Analytics\n\nHarvest in Review\n\nOur dock logged 18,412 samples.\n\nWE'RE HIRING!\nQuality Control Laboratory Technician\nFull-time, Saskatoon\n";
        assert_eq!(
            title(newsletter).as_deref(),
            Some("Quality Control Laboratory Technician")
        );
        // Negative: a hiring headline over a sentence names no title there.
        let text = "Acme Logistics\n\nWe're hiring!\nCome and see us at the job fair on Friday.\n";
        assert_ne!(
            title(text).as_deref(),
            Some("Come and see us at the job fair on Friday.")
        );
    }

    #[test]
    fn a_letters_addressee_and_signer_are_not_the_title() {
        let title = |text: &str| {
            let doc = crate::layout::Document::from_plain_text(text);
            read(&Ad::new(&doc, None)).map(|r| r.value)
        };
        let az = "Qala Taxıl MMC\n\nŞəmkir Məşğulluq Mərkəzinin\ndirektoru cənab Elçin Quliyev\n\nHörmətli Elçin müəllim,\n\n\
                  Qala Taxıl MMC yeni dəyirmanın açılması ilə əlaqədar operator vəzifəsi üzrə üç vakant yerin olduğunu bildirir.\n\n\
                  Hörmətlə,\nNərgiz Babayeva\nBaş direktor\n";
        assert_eq!(title(az).as_deref(), Some("operator"));
        let en = "Harbour Fresh Seafood Ltd\n12 Pier Road, Cobh\n\nDear applicant,\n\nThank you for your interest in working with us. \
                  Our shop on the pier needs help in the busy months.\n\nYours sincerely,\nAoife Byrne\nGeneral Manager\n";
        assert_ne!(title(en).as_deref(), Some("General Manager"));
        // Negative: a heading set apart above the salutation is the letter's subject.
        let page = [
            ("Warehouse Supervisor", 100.0, 16.0),
            ("Dear colleagues,", 140.0, 10.0),
            (
                "We are opening a second depot and need a reliable keeper for it.",
                160.0,
                10.0,
            ),
            ("Kind regards,", 190.0, 10.0),
            ("Depot Manager", 205.0, 10.0),
        ];
        assert_eq!(title_of_placed(&page).as_deref(), Some("Warehouse Supervisor"));
    }

    #[test]
    fn roles_named_in_sentences_of_posts() {
        assert_eq!(
            from_prose(
                "☕ В «Зёрна» на Баумана нужен бариста!",
                &fold("☕ В «Зёрна» на Баумана нужен бариста!")
            )
            .as_deref(),
            Some("бариста")
        );
        assert_eq!(
            from_prose(
                "Нам нужна помощь с переездом",
                &fold("Нам нужна помощь с переездом")
            ),
            None
        );
    }

    #[test]
    fn roles_named_in_sentences() {
        let prose = |t: &str| from_prose(t, &fold(t));
        assert_eq!(
            prose("Bankımızın Lənkəran filialına kassir tələb olunur. Namizəd").as_deref(),
            Some("kassir")
        );
        assert_eq!(
            prose("Клинике «Светодар» требуется процедурная медицинская сестра.").as_deref(),
            Some("процедурная медицинская сестра")
        );
        assert_eq!(
            prose("KFF is seeking a Data Analyst to work jointly").as_deref(),
            Some("Data Analyst")
        );
        assert_eq!(prose("Şirkətimizə yeni komanda üzvləri tələb olunur"), None);
    }

    #[test]
    fn brackets_that_are_part_of_the_title() {
        assert_eq!(
            clean_title("Учитель математики (5–11 классы)"),
            "Учитель математики (5–11 классы)"
        );
        assert_eq!(clean_title("Welder (Level 2)"), "Welder (Level 2)");
        assert_eq!(clean_title("Barista (6 months)"), "Barista");
    }

    #[test]
    fn cleans_titles() {
        assert_eq!(clean_title("Aşpaz tələb olunur!"), "Aşpaz");
        assert_eq!(clean_title("Marketing Intern (3 months)"), "Marketing Intern");
        assert_eq!(
            clean_title("Водитель-экспедитор (категория C, CE)"),
            "Водитель-экспедитор (категория C, CE)"
        );
        assert_eq!(
            clean_title("Senior Backend Engineer (Rust)"),
            "Senior Backend Engineer (Rust)"
        );
        assert_eq!(clean_title("Vacancy: Sales Manager"), "Sales Manager");
        assert_eq!(
            clean_title("Long-Haul Truck Driver (Category CE)"),
            "Long-Haul Truck Driver (Category CE)"
        );
        assert_eq!(clean_title("Требуется бухгалтер"), "бухгалтер");
    }

    #[test]
    fn remarks_on_the_terms_stay_as_the_ad_presents_them() {
        // Real ads' titles keep them ("Çağrı mərkəzi operatoru (yarım ştat)", "Монтажник
        // металлоконструкций (вахта 60/30)"); only a duration is a decoration.
        assert_eq!(clean_title("Tibb bacısı (yarımştat)"), "Tibb bacısı (yarımştat)");
        assert_eq!(clean_title("Курьер (подработка)"), "Курьер (подработка)");
        assert_eq!(
            clean_title("Graphic Designer (Part-time)"),
            "Graphic Designer (Part-time)"
        );
        assert_eq!(clean_title("Internship (3 months)"), "Internship");
        assert_eq!(clean_title("Təcrübəçi (6 ay)"), "Təcrübəçi");
    }
}
