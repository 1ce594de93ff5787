//! Dates in English, Azerbaijani and Russian ("December 31, 2026", "31 December 2026",
//! "31 dekabr 2026", "31 декабря 2026 г.", "31.12.2026", "18/12/2026", "2026-12-31",
//! "until 20 December"), and which of them are the application deadline or the posting date
//! by the words around them. Dates without a year resolve against the reference date.

use super::choice::Read;
use crate::date::Date;
use crate::posting::ad::Ad;
use crate::posting::ad::labels::Field;
use crate::posting::lexicon::places;
use crate::posting::text::fold;

/// Confidence by where a date was read.
mod confidence {
    pub const LABEL: f32 = 0.9;
    pub const CUE: f32 = 0.8;
    /// A bare date in a board's meta lines by the title.
    pub const META: f32 = 0.6;
    /// Less when the year had to be supplied.
    pub const NO_YEAR: f32 = 0.15;
}

/// Lines from the top where a board prints the posting date alone, or a letter its date.
const META_LINES: usize = 12;

/// The application deadline and the posting date.
pub struct Found {
    pub deadline: Option<Read<Date>>,
    pub posted: Option<Read<Date>>,
}

/// Reads the deadline and the posting date: labelled dates first, then dates whose clause (or
/// the line before) says what they are, then a bare date in a board's meta lines (posted).
/// A date without a year takes it from `reference` when the caller gives one, else from the
/// ad's own dated facts; with neither it is left out.
pub fn read(ad: &Ad, reference: Option<Date>) -> Found {
    let mut deadline: Option<Read<Date>> = None;
    let mut posted: Option<Read<Date>> = None;
    let anchor = reference.or_else(|| anchor_of(ad));
    let month_first = writes_month_first(ad);
    let find = |f: &str| find_in(f, month_first);
    let resolve = |w: &Written, as_deadline: bool, conf: f32| -> Option<(Date, f32)> {
        match w.year {
            Some(_) => w.resolve(Date::new(2000, 1, 1)?, as_deadline).map(|d| (d, conf)),
            None => w
                .resolve(anchor?, as_deadline)
                .map(|d| (d, conf - confidence::NO_YEAR)),
        }
    };
    for l in &ad.labels {
        let as_deadline = match l.field {
            Field::Deadline => true,
            Field::Posted => false,
            _ => continue,
        };
        let slot = if as_deadline { &mut deadline } else { &mut posted };
        if slot.is_some() {
            continue;
        }
        if let Some((d, c)) = find(&l.vfold)
            .first()
            .and_then(|w| resolve(w, as_deadline, confidence::LABEL))
        {
            *slot = Some(Read::new(d, Some(l.line), c));
        }
    }
    let mut previous = "";
    for (i, ln) in ad.body() {
        if deadline.is_some() && posted.is_some() {
            break;
        }
        let dates = find(&ln.fold);
        if let [first, second, ..] = dates.as_slice()
            && PERIOD_CUES.has_stem(&ln.fold[..first.start])
        {
            for (slot, w, as_deadline) in [(&mut posted, first, false), (&mut deadline, second, true)] {
                if slot.is_none()
                    && let Some((d, c)) = resolve(w, as_deadline, confidence::CUE)
                {
                    *slot = Some(Read::new(d, Some(i), c));
                }
            }
            previous = ln.fold.as_str();
            continue;
        }
        for w in dates {
            let role = role(&ln.fold, &w).or_else(|| {
                // "APPLICATIONS CLOSE AT" / "MIDDAY ON WEDNESDAY, 1 FEBRUARY 2023".
                (w.start < 40)
                    .then(|| {
                        role(
                            previous,
                            &Written {
                                start: previous.len(),
                                end: previous.len(),
                                ..w
                            },
                        )
                    })
                    .flatten()
            });
            let (slot, as_deadline) = match role {
                Some(Role::Deadline) => (&mut deadline, true),
                Some(Role::Posted) => (&mut posted, false),
                None => continue,
            };
            if slot.is_none()
                && let Some((d, c)) = resolve(&w, as_deadline, confidence::CUE)
            {
                *slot = Some(Read::new(d, Some(i), c));
            }
        }
        previous = ln.fold.as_str();
    }
    if posted.is_none() {
        posted = meta_date(ad)
            .and_then(|(i, w)| resolve(&w, false, confidence::META).map(|(d, c)| Read::new(d, Some(i), c)));
    }
    Found { deadline, posted }
}

/// A date standing alone on a line just below the title, as boards print the posting date
/// ("28 May 2019"); the print time stamps are furniture and never reach here.
fn meta_date(ad: &Ad) -> Option<(usize, Written)> {
    for (k, (i, ln)) in ad.body().enumerate() {
        if k >= META_LINES {
            break;
        }
        let f = ln.fold.trim();
        let found = find(f);
        if let [w] = found.as_slice()
            && w.year.is_some()
            && dateline_head(&f[..w.start])
            && dateline_tail(&f[w.end..])
        {
            return Some((i, *w));
        }
    }
    None
}

/// What may stand before a date alone on its line: nothing, or the place a letter is dated at
/// ("Naxçıvan şəhəri, 1 dekabr 2026-cı il", "г. Тверь, 2 декабря 2026 г.").
fn dateline_head(head: &str) -> bool {
    let h = head.trim().trim_end_matches(',').trim();
    h.is_empty() || places::place_part(h).is_some() && fold::words(h).count() <= 3
}

/// What may follow a date alone on its line: nothing, or the word for "year" ("-cı il",
/// "г.", "года").
fn dateline_tail(tail: &str) -> bool {
    let words: Vec<&str> = fold::words(tail).map(|(_, w)| w).collect();
    tail.trim().len() <= 1
        || words.len() <= 2
            && words
                .iter()
                .all(|w| matches!(*w, "ci" | "cu" | "il" | "г" | "года" | "год"))
}

/// The date the ad's yearless dates belong to: its posting date, else its latest date with a
/// year. Not the day a browser printed it: "The deadline is April 29" on a page printed in
/// April may be last year's posting, and a date the ad does not pin down stays unread.
fn anchor_of(ad: &Ad) -> Option<Date> {
    let mut latest: Option<Date> = None;
    let month_first = writes_month_first(ad);
    for (_, ln) in ad.body() {
        for w in find_in(&ln.fold, month_first) {
            let Some(y) = w.year else { continue };
            let Some(d) = Date::new(y, w.month, w.day) else {
                continue;
            };
            if role(&ln.fold, &w) == Some(Role::Posted) {
                return Some(d);
            }
            latest = Some(latest.map_or(d, |l| l.max(d)));
        }
    }
    latest
}

/// A date as written: the year may be missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Written {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
    /// Byte range in the folded text.
    pub start: usize,
    pub end: usize,
}

impl Written {
    /// The date meant, as a deadline (next such day on or after `reference`) or as a posting
    /// date (latest such day on or before it) when the year is missing.
    pub fn resolve(&self, reference: Date, deadline: bool) -> Option<Date> {
        if let Some(y) = self.year {
            return Date::new(y, self.month, self.day);
        }
        let years = if deadline {
            [reference.year, reference.year + 1, reference.year + 2]
        } else {
            [reference.year, reference.year - 1, reference.year - 2]
        };
        years
            .into_iter()
            .filter_map(|y| Date::new(y, self.month, self.day))
            .find(|d| {
                if deadline {
                    *d >= reference
                } else {
                    *d <= reference
                }
            })
    }
}

/// Month names (folded) and their numbers. English full and short names, Russian genitive,
/// nominative and short forms, Azerbaijani names (which also take case suffixes).
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    ("января", 1),
    ("январь", 1),
    ("янв", 1),
    ("февраля", 2),
    ("февраль", 2),
    ("фев", 2),
    ("февр", 2),
    ("марта", 3),
    ("март", 3),
    ("мар", 3),
    ("апреля", 4),
    ("апрель", 4),
    ("апр", 4),
    ("мая", 5),
    ("май", 5),
    ("июня", 6),
    ("июнь", 6),
    ("июн", 6),
    ("июля", 7),
    ("июль", 7),
    ("июл", 7),
    ("августа", 8),
    ("август", 8),
    ("авг", 8),
    ("сентября", 9),
    ("сентябрь", 9),
    ("сен", 9),
    ("сент", 9),
    ("октября", 10),
    ("октябрь", 10),
    ("окт", 10),
    ("ноября", 11),
    ("ноябрь", 11),
    ("ноя", 11),
    ("нояб", 11),
    ("декабря", 12),
    ("декабрь", 12),
    ("дек", 12),
];

/// Azerbaijani month stems: the word may go on with a case suffix ("dekabradək").
const AZ_MONTHS: &[(&str, u32)] = &[
    ("yanvar", 1),
    ("fevral", 2),
    ("mart", 3),
    ("aprel", 4),
    ("may", 5),
    ("iyun", 6),
    ("iyul", 7),
    ("avqust", 8),
    ("sentyabr", 9),
    ("oktyabr", 10),
    ("noyabr", 11),
    ("dekabr", 12),
];

fn month_of(word: &str) -> Option<u32> {
    if let Some(&(_, m)) = MONTHS.iter().find(|(n, _)| *n == word) {
        return Some(m);
    }
    AZ_MONTHS
        .iter()
        .find(|(n, _)| word.starts_with(n) && word.len() <= n.len() + 8)
        .map(|&(_, m)| m)
}

/// A token of a folded text.
#[derive(Clone, Copy, Debug)]
enum Tok<'a> {
    Num(u32, usize, usize, usize), // value, digits, start, end
    Word(&'a str, usize, usize),
    Punct(char, usize),
}

fn tokens(f: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut it = f.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_ascii_digit() {
            let mut end = i + 1;
            let mut v: u64 = u64::from(c as u8 - b'0');
            while let Some(&(j, d)) = it.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                v = (v * 10 + u64::from(d as u8 - b'0')).min(1_000_000_000);
                end = j + 1;
                it.next();
            }
            out.push(Tok::Num(v as u32, end - i, i, end));
        } else if fold::is_letter(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if !fold::is_letter(d) {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            out.push(Tok::Word(&f[i..end], i, end));
        } else if !c.is_whitespace() {
            out.push(Tok::Punct(c, i));
        }
    }
    out
}

fn year_of(v: u32, digits: usize) -> Option<i32> {
    match digits {
        4 if (1990..=2100).contains(&v) => Some(v as i32),
        2 => Some(2000 + v as i32),
        _ => None,
    }
}

/// Every date written in the folded text `f`, in order.
pub fn find(f: &str) -> Vec<Written> {
    find_in(f, false)
}

/// Countries that write numeric dates month first ("01/10/2027" is 10 January): the United
/// States and its territories, and the Philippines.
const MONTH_FIRST_COUNTRIES: &[&str] = &["AS", "FM", "GU", "MH", "MP", "PH", "PR", "PW", "US", "VI"];

/// Whether the ad's country writes numeric dates month first.
fn writes_month_first(ad: &Ad) -> bool {
    ad.country.is_some_and(|c| MONTH_FIRST_COUNTRIES.contains(&c))
}

/// The dates of `f`; `month_first` reads "01/10/2027" (with `/` or `-`) as 10 January, as the
/// ad's country writes it. A value over 12 decides either way ("12/31/2026", "31/12/2026").
pub fn find_in(f: &str, month_first: bool) -> Vec<Written> {
    if !f.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let t = tokens(f);
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if let Some((w, used)) = at(f, &t, i, month_first) {
            out.push(w);
            i += used;
        } else {
            i += 1;
        }
    }
    out
}

/// A date starting at token `i`, and how many tokens it uses.
fn at(f: &str, t: &[Tok], i: usize, month_first: bool) -> Option<(Written, usize)> {
    match t[i] {
        Tok::Num(a, da, s, _) => {
            // Numeric: d.m.y, d/m/y, d-m-y, y-m-d.
            if let (
                Some(Tok::Punct(p1, _)),
                Some(Tok::Num(b, db, _, _)),
                Some(Tok::Punct(p2, _)),
                Some(Tok::Num(c, dc, _, e)),
            ) = (
                t.get(i + 1).copied(),
                t.get(i + 2).copied(),
                t.get(i + 3).copied(),
                t.get(i + 4).copied(),
            ) && p1 == p2
                && matches!(p1, '.' | '/' | '-')
                && adjacent(f, &t[i..=i + 4])
            {
                if da == 4 && p1 == '-' && db <= 2 && dc <= 2 {
                    let y = year_of(a, 4)?;
                    return Some((
                        Written {
                            year: Some(y),
                            month: b,
                            day: c,
                            start: s,
                            end: e,
                        },
                        5,
                    ))
                    .filter(|(w, _)| valid(w));
                }
                if da <= 2 && db <= 2 && (dc == 4 || dc == 2) {
                    let y = year_of(c, dc)?;
                    // Day first (month first where the country writes it so, not with dots),
                    // unless that cannot be (12/31/2026, 31/12/2026).
                    let month_first = month_first && p1 != '.';
                    let (d, m) = if (month_first || b > 12) && a <= 12 {
                        (b, a)
                    } else {
                        (a, b)
                    };
                    return Some((
                        Written {
                            year: Some(y),
                            month: m,
                            day: d,
                            start: s,
                            end: e,
                        },
                        5,
                    ))
                    .filter(|(w, _)| valid(w));
                }
                return None;
            }
            // "31 December 2026", "31-го декабря", "1st of May", "31 dekabr 2026-cı il".
            if da > 2 || a == 0 || a > 31 {
                return None;
            }
            let mut j = i + 1;
            // ordinal suffixes and "of"
            while let Some(Tok::Word(w, _, _)) = t.get(j) {
                if matches!(*w, "st" | "nd" | "rd" | "th" | "of" | "го") {
                    j += 1;
                } else {
                    break;
                }
            }
            if let Some(Tok::Punct('-', _)) = t.get(j)
                && let Some(Tok::Word("го", _, _)) = t.get(j + 1)
            {
                j += 2;
            }
            // "15-MAR-2024", "15.Mar.2024".
            if let Some(Tok::Punct('-' | '.' | '/', _)) = t.get(j)
                && let Some(Tok::Word(w, _, _)) = t.get(j + 1)
                && month_of(w).is_some()
            {
                j += 1;
            }
            let Some(Tok::Word(mw, _, me)) = t.get(j).copied() else {
                return None;
            };
            let m = month_of(mw)?;
            let mut end = me;
            let mut k = j + 1;
            if let Some(Tok::Punct('.', pe)) = t.get(k).copied()
                && pe == end
            {
                end = pe + 1;
                k += 1;
            }
            if let Some(Tok::Punct('-' | '/', _)) = t.get(k)
                && let Some(Tok::Num(_, 4, _, _)) = t.get(k + 1)
            {
                k += 1;
            }
            let mut year = None;
            if let Some(Tok::Num(y, 4, _, ye)) = t.get(k).copied()
                && let Some(yy) = year_of(y, 4)
            {
                year = Some(yy);
                end = ye;
                k += 1;
            }
            Some((
                Written {
                    year,
                    month: m,
                    day: a,
                    start: s,
                    end,
                },
                k - i,
            ))
            .filter(|(w, _)| valid(w))
        }
        Tok::Word(w, s, _) => {
            // "December 31, 2026", "Dec 31 2026".
            if !matches!(t.get(i + 1), Some(Tok::Num(..))) {
                return None;
            }
            let m = month_of(w)?;
            // "Dekabr 30, 2026" as boss.az prints it: an Azerbaijani month first only with a
            // year after it.
            let azerbaijani = AZ_MONTHS.iter().any(|(n, _)| *n == w);
            if !(azerbaijani || MONTHS.iter().any(|(n, _)| *n == w) && w.is_ascii()) {
                return None;
            }
            let Some(Tok::Num(d, dd, _, de)) = t.get(i + 1).copied() else {
                return None;
            };
            if dd > 2 || d == 0 {
                return None;
            }
            let mut j = i + 2;
            if let Some(Tok::Word(x, _, _)) = t.get(j)
                && matches!(*x, "st" | "nd" | "rd" | "th")
            {
                j += 1;
            }
            if let Some(Tok::Punct(',', _)) = t.get(j) {
                j += 1;
            }
            if let Some(Tok::Num(y, 4, _, ye)) = t.get(j).copied()
                && let Some(yy) = year_of(y, 4)
            {
                return Some((
                    Written {
                        year: Some(yy),
                        month: m,
                        day: d,
                        start: s,
                        end: ye,
                    },
                    j + 1 - i,
                ))
                .filter(|(w, _)| valid(w));
            }
            if azerbaijani {
                return None;
            }
            Some((
                Written {
                    year: None,
                    month: m,
                    day: d,
                    start: s,
                    end: de,
                },
                2,
            ))
            .filter(|(w, _)| valid(w))
        }
        Tok::Punct(..) => None,
    }
}

/// The tokens of a numeric date touch each other (no spaces: "15.12.2026", not "15. 12").
fn adjacent(f: &str, toks: &[Tok]) -> bool {
    let first = match toks.first() {
        Some(Tok::Num(_, _, s, _)) => *s,
        _ => return false,
    };
    let last = match toks.last() {
        Some(Tok::Num(_, _, _, e)) => *e,
        _ => return false,
    };
    f.get(first..last)
        .is_some_and(|s| !s.contains(char::is_whitespace))
}

fn valid(w: &Written) -> bool {
    (1..=12).contains(&w.month)
        && (1..=31).contains(&w.day)
        && w.year.is_none_or(|y| Date::new(y, w.month, w.day).is_some())
}

/// What a date is, by the words around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Deadline,
    Posted,
}

/// Words that make the following date a deadline when they come right before it.
const DEADLINE_PREPS: &[&str] = &[
    "by",
    "before",
    "until",
    "till",
    "through",
    "thru",
    "to",
    "on",
    "до",
    "по",
    "не позднее",
    "no later than",
    "not later than",
    "latest",
];

/// Phrases that make a later date in the same clause a deadline.
const DEADLINE_CUES: fold::Set = fold::Set::new(&[
    "applications by",
    "apply by",
    "bitme tarixi",
    "close",
    "closes",
    "closing",
    "closing date",
    "deadline",
    "due date",
    "expires",
    "expiry",
    "last date",
    "last day",
    "muraciet tarixi",
    "qebul olunur",
    "son muraciet",
    "son tarix",
    "valid through",
    "valid until",
    "актуальн",
    "действительн",
    "крайний срок",
    "отклик до",
    "открыт",
    "прием",
    "принима",
    "срок",
]);

/// Phrases that make a later date in the same clause the posting date.
const POSTED_CUES: fold::Set = fold::Set::new(&[
    "ago",
    "date of issue",
    "date posted",
    "derc",
    "elan tarixi",
    "elanin tarixi",
    "job posting",
    "posted",
    "posting date",
    "publication",
    "published",
    "tertib tarixi",
    "yerlesdirilib",
    "yerlesdirilme",
    "вакансия от",
    "дата объявления",
    "дата размещения",
    "объявление от",
    "опубликован",
    "публикац",
    "размещен",
]);

/// Words before the two dates of an advertising period ("Posting Period: 25 November 2026 –
/// 10 January 2027", "Open & closing dates 12/01/2026 to 12/15/2026"): posted, then closing.
const PERIOD_CUES: fold::Set = fold::Set::new(&[
    "advertising period",
    "application period",
    "elanin muddeti",
    "muraciet muddeti",
    "open & closing dates",
    "open and closing dates",
    "opening and closing dates",
    "period of advertisement",
    "posting period",
    "qebul muddeti",
    "vacancy period",
    "период приема",
    "период размещения",
    "срок приема заявок",
]);

/// Weekday names (folded stems), as they stand before a date.
const WEEKDAYS: fold::Set = fold::Set::new(&[
    "friday",
    "monday",
    "saturday",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
    "воскресен",
    "вторник",
    "понедельник",
    "пятниц",
    "сред",
    "суббот",
    "четверг",
]);

/// Phrases that make a date something else (a start date, an interview, a holiday).
const OTHER_CUES: fold::Set = fold::Set::new(&[
    "assessment",
    "baslama",
    "baslanir",
    "baslayir",
    "begin",
    "bonus",
    "commence",
    "hires who",
    "interview",
    "start",
    "starting",
    "выход",
    "договор",
    "начало",
    "ориентировочн",
    "собеседован",
    "старт",
]);

/// The role of a date at `w` in the folded line `f`, from the words before it in its clause
/// (and an Azerbaijani "-dək"/"qədər" right after it).
pub fn role(f: &str, w: &Written) -> Option<Role> {
    let head = &f[..w.start];
    let clause_start = head
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?' | ';' | '|' | '·')
                && fold::char_at(head, i + c.len_utf8()).is_none_or(char::is_whitespace)
                && !fold::char_before(head, i).is_some_and(|p| p.is_ascii_digit())
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    let clause = &head[clause_start..];
    let tail = f.get(w.end..).unwrap_or("");
    // "20.12.2026-dək", "15 dekabr 2026-cı il tarixinədək".
    let az_until = |w: &str| w.starts_with("dek") || w.starts_with("qeder") || w.ends_with("dek");
    for (_, next) in fold::words(tail).take(4) {
        if az_until(next) {
            return Some(Role::Deadline);
        }
        if !matches!(next, "ci" | "cu" | "il" | "ilin") {
            break;
        }
    }
    // Which cue is nearest before the date.
    let mut best: Option<(usize, Option<Role>)> = None;
    let mut consider = |pos: Option<usize>, r: Option<Role>| {
        if let Some(p) = pos
            && best.is_none_or(|(b, _)| p > b)
        {
            best = Some((p, r));
        }
    };
    consider(DEADLINE_CUES.last_stem(clause), Some(Role::Deadline));
    consider(POSTED_CUES.last_stem(clause), Some(Role::Posted));
    consider(OTHER_CUES.last_stem(clause), None);
    // "hires who join before March 31", "договор … (ориентировочно до 31.08.2028)": a date of
    // something else, whatever preposition stands before it.
    if matches!(best, Some((_, None))) {
        return None;
    }
    // Prepositions count only right before the date, or before its weekday ("by Friday 4
    // December").
    let near = clause.trim_end().trim_end_matches([':', '-', ' ', '—', ',']);
    let near = match fold::words(near).last() {
        Some((at, last)) if WEEKDAYS.has_stem(last) && at + last.len() == near.len() => {
            near[..at].trim_end_matches([',', ' '])
        }
        _ => near,
    };
    for p in DEADLINE_PREPS {
        if near.ends_with(p) && fold::word_start(near, near.len() - p.len()) {
            if *p == "on" || *p == "to" {
                // "on"/"to" only continue a deadline phrase ("close on", "applications to").
                continue;
            }
            return Some(Role::Deadline);
        }
    }
    best.and_then(|(_, r)| r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Vec<(Option<i32>, u32, u32)> {
        find(&fold::fold(s))
            .into_iter()
            .map(|w| (w.year, w.month, w.day))
            .collect()
    }

    fn role_of(s: &str) -> Option<Role> {
        let f = fold::fold(s);
        let w = find(&f).into_iter().last().expect("a date");
        role(&f, &w)
    }

    #[test]
    fn dates_of_other_things_are_not_deadlines() {
        assert_eq!(
            role_of("New hires who join before March 31, 2027 are eligible"),
            None
        );
        assert_eq!(role_of("работника (ориентировочно до 31.08.2028)"), None);
        assert_eq!(role_of("Apply before 15 January 2027"), Some(Role::Deadline));
        assert_eq!(
            role_of("Eligible candidates may send a CV no later than 31/12/2026"),
            Some(Role::Deadline)
        );
        assert_eq!(role_of("Date of issue: 25/11/2026"), Some(Role::Posted));
        assert_eq!(role_of("2 weeks ago(11/18/2026 3:41 PM)"), Some(Role::Posted));
        assert_eq!(
            role_of("Дата объявления конкурса: 2 декабря 2026 г."),
            Some(Role::Posted)
        );
    }

    #[test]
    fn a_letter_is_dated_on_a_line_of_its_own() {
        assert!(dateline_head("") && dateline_head("naxcivan seheri, ") && dateline_head("г. тверь,"));
        assert!(!dateline_head("invoice no. 12, "));
        assert!(dateline_tail("-ci il") && dateline_tail(" г.") && dateline_tail(""));
        assert!(!dateline_tail(" at 10:00 in room 4"));
    }

    #[test]
    fn formats() {
        assert_eq!(d("until December 31, 2026."), [(Some(2026), 12, 31)]);
        assert_eq!(d("Posted on 18 November 2026."), [(Some(2026), 11, 18)]);
        assert_eq!(d("Son müraciət tarixi: 31 dekabr 2026"), [(Some(2026), 12, 31)]);
        assert_eq!(d("Приём резюме до 25 декабря 2026 г."), [(Some(2026), 12, 25)]);
        assert_eq!(d("Deadline: 15.12.2026"), [(Some(2026), 12, 15)]);
        assert_eq!(d("Closing date\t18/12/2026"), [(Some(2026), 12, 18)]);
        assert_eq!(d("on 2026-12-31"), [(Some(2026), 12, 31)]);
        assert_eq!(d("Posted: 12 Nov 2026"), [(Some(2026), 11, 12)]);
        assert_eq!(d("until 20 December"), [(None, 12, 20)]);
        assert_eq!(d("1st of May 2027"), [(Some(2027), 5, 1)]);
        assert_eq!(d("10 yanvar 2027-ci ilədək"), [(Some(2027), 1, 10)]);
        assert_eq!(d("15.01.27"), [(Some(2027), 1, 15)]);
    }

    #[test]
    fn not_dates() {
        for s in [
            "Start: January 2027",
            "09:00-18:00",
            "4 000 – 5 500 AZN",
            "Rotation: 28/28",
            "5/2",
            "2.1 million",
            "31.02.2026",
            "ISO 9001",
        ] {
            assert!(d(s).is_empty(), "{s}: {:?}", d(s));
        }
    }

    fn r(s: &str) -> Option<Role> {
        let f = fold::fold(s);
        let w = *find(&f).first().unwrap();
        role(&f, &w)
    }

    #[test]
    fn roles() {
        assert_eq!(
            r("Applications are accepted until December 31, 2026."),
            Some(Role::Deadline)
        );
        assert_eq!(
            r("Posted on 18 November 2026. Only shortlisted"),
            Some(Role::Posted)
        );
        assert_eq!(r("Send your CV by 15 January 2027."), Some(Role::Deadline));
        assert_eq!(r("Applications close on 5 January 2027."), Some(Role::Deadline));
        assert_eq!(r("Son müraciət tarixi: 05.01.2027."), Some(Role::Deadline));
        assert_eq!(r("Elanın dərc tarixi: 24.11.2026"), Some(Role::Posted));
        assert_eq!(r("Приём заявок до 20.12.2026."), Some(Role::Deadline));
        assert_eq!(r("Размещено\t23.11.2026"), Some(Role::Posted));
        assert_eq!(r("Programme start: 1 April 2027"), None);
        assert_eq!(r("20 January\tDay of National Mourning"), None);
        assert_eq!(r("CV-lər 20.12.2026-dək qəbul olunur"), Some(Role::Deadline));
        assert_eq!(r("no later than 31 January 2027."), Some(Role::Deadline));
    }

    #[test]
    fn resolves_missing_years() {
        let reference = Date::new(2026, 11, 25).unwrap();
        let w = Written {
            year: None,
            month: 1,
            day: 10,
            start: 0,
            end: 0,
        };
        assert_eq!(w.resolve(reference, true), Date::new(2027, 1, 10));
        assert_eq!(w.resolve(reference, false), Date::new(2026, 1, 10));
        let w = Written {
            year: None,
            month: 11,
            day: 25,
            start: 0,
            end: 0,
        };
        assert_eq!(w.resolve(reference, true), Date::new(2026, 11, 25));
        let w = Written {
            year: None,
            month: 2,
            day: 29,
            start: 0,
            end: 0,
        };
        assert_eq!(w.resolve(reference, true), Date::new(2028, 2, 29));
    }
}

#[cfg(test)]
mod more_forms {
    use super::*;

    #[test]
    fn abbreviated_months_with_hyphens() {
        let f = fold::fold("Application Deadline : 15-MAR-2024 (Extended)");
        let w = find(&f);
        assert_eq!(
            w.first().map(|w| (w.year, w.month, w.day)),
            Some((Some(2024), 3, 15))
        );
        let f = fold::fold("Closing 31-Dec-2026");
        assert_eq!(
            find(&f).first().map(|w| (w.year, w.month, w.day)),
            Some((Some(2026), 12, 31))
        );
    }
}

#[cfg(test)]
mod phrasings {
    use super::*;

    fn first(s: &str) -> Option<(Option<i32>, u32, u32)> {
        find(&fold::fold(s)).first().map(|w| (w.year, w.month, w.day))
    }

    fn role_of(s: &str) -> Option<Role> {
        let f = fold::fold(s);
        let w = *find(&f).first()?;
        role(&f, &w)
    }

    fn dates_of(text: &str) -> (Option<Date>, Option<Date>) {
        let doc = crate::layout::Document::from_plain_text(text);
        let ad = Ad::new(&doc, None);
        let found = read(&ad, None);
        (found.posted.map(|r| r.value), found.deadline.map(|r| r.value))
    }

    #[test]
    fn advertising_periods_and_posting_cues() {
        assert_eq!(
            dates_of("Programme Officer\n\nPosting Period:\t25 November 2026 – 10 January 2027\n"),
            (Date::new(2026, 11, 25), Date::new(2027, 1, 10))
        );
        assert_eq!(
            dates_of("Registered Nurse\n\nJob Posting\tDec 8, 2026, 7:00:00 AM\n"),
            (Date::new(2026, 12, 8), None)
        );
        assert_eq!(
            dates_of("Врач общей практики\n\nОбъявление от 01.12.2026\n"),
            (Date::new(2026, 12, 1), None)
        );
        // Negative: two dates of another kind on one line are not a period.
        assert_eq!(
            dates_of("Analyst\n\nTraining runs 5 January 2027 – 9 January 2027\n"),
            (None, None)
        );
    }

    #[test]
    fn numeric_dates_follow_the_country() {
        let first = |s: &str, month_first: bool| {
            find_in(&fold::fold(s), month_first)
                .first()
                .map(|w| (w.year, w.month, w.day))
        };
        assert_eq!(first("Apply by 01/10/2027", true), Some((Some(2027), 1, 10)));
        assert_eq!(first("Apply by 01/10/2027", false), Some((Some(2027), 10, 1)));
        // A value over 12 decides; dots are day first everywhere.
        assert_eq!(first("Closing 31/12/2026", true), Some((Some(2026), 12, 31)));
        assert_eq!(first("Closing 12/31/2026", false), Some((Some(2026), 12, 31)));
        assert_eq!(first("до 01.10.2027", true), Some((Some(2027), 10, 1)));
    }

    #[test]
    fn month_first_in_azerbaijani_and_russian() {
        assert_eq!(first("Bitmə tarixi: Dekabr 30, 2026"), Some((Some(2026), 12, 30)));
        assert_eq!(
            first("Elanın tarixi: Noyabr 30, 2026"),
            Some((Some(2026), 11, 30))
        );
    }

    #[test]
    fn a_weekday_between_the_preposition_and_the_date() {
        assert_eq!(
            role_of("email me a few lines by Friday 4 December 2026."),
            Some(Role::Deadline)
        );
        assert_eq!(
            role_of("Apply before Monday, 11 January 2027"),
            Some(Role::Deadline)
        );
        assert_eq!(
            role_of("Приём резюме до пятницы, 18 декабря 2026"),
            Some(Role::Deadline)
        );
        // Negative: a weekday alone does not make a deadline.
        assert_eq!(role_of("We open on Friday 4 December 2026."), None);
    }

    #[test]
    fn azerbaijani_until_after_the_year() {
        assert_eq!(
            role_of("Sənədlər 15 dekabr 2026-cı il tarixinədək qəbul edilir."),
            Some(Role::Deadline)
        );
        assert_eq!(
            role_of("Müsahibə 15 dekabr 2026-cı il tarixində keçiriləcək."),
            None
        );
    }
}
