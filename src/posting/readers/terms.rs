//! The terms of the job: employment type and workplace, each a ranked choice among what the
//! ad states: a label, the title's decoration, a board's chips at the top ("Full-time",
//! "Hybrid work", "On-site"), and statements anywhere ("This is a 12 month fixed-term, full-time
//! position", "not a remote position", "one day a week in the Sydney office"). Nothing is
//! assumed: an ad that does not say leaves the field empty. A benefit such as "flexible working
//! from home" is not a workplace.

use super::choice::{Ballot, Read};
use crate::posting::ad::Ad;
use crate::posting::ad::labels::Field;
use crate::posting::ad::sections::Kind;
use crate::posting::lexicon::terms::*;
use crate::posting::model::{EmploymentType, Workplace};
use crate::posting::text::fold::{self, fold};
use crate::substring;

/// Weights of the terms' sources.
mod weight {
    /// An "Employment type:" / "Тип занятости:" / "İş rejimi:" label.
    pub const LABEL: f32 = 8.0;
    /// The title's decoration: "Barista (part-time)", "Marketing Intern".
    pub const TITLE: f32 = 7.0;
    /// A short line at the top of the ad: a board's chip or meta segment.
    pub const CHIP: f32 = 6.0;
    /// A sentence about this job ("… is a full-time position").
    pub const STATEMENT: f32 = 4.0;
    /// The page's printed title: "… - Freelance Job in Web Development - Upwork".
    pub const PAGE_TITLE: f32 = 4.0;
    /// A schedule label that fills a working week ("График: 5/2", "Working hours: Monday to
    /// Friday, 09:00–18:00"): full time implied, so below what the ad states outright.
    pub const FULL_WEEK: f32 = 3.5;
    /// Least score of a value.
    pub const MIN: f32 = 3.0;
}

/// Words of a chip line at most.
const CHIP_WORDS: usize = 8;

/// The employment type the ad states. A full-time job that the ad also states to be
/// fixed-term or an internship is that ("a full-time, two-year appointment").
pub fn employment(ad: &Ad, title: Option<&Read<String>>) -> Option<Read<EmploymentType>> {
    let ballot = employment_ballot(ad, title);
    let winner = ballot.winner(weight::MIN)?;
    if winner.value == EmploymentType::FullTime {
        for specific in [
            EmploymentType::Internship,
            EmploymentType::Temporary,
            EmploymentType::Contract,
        ] {
            if let Some(r) = ballot.read_of(&format!("{specific:?}"))
                && ballot
                    .ranked()
                    .iter()
                    .any(|(s, k)| *k == format!("{specific:?}") && *s >= weight::MIN)
            {
                return Some(r);
            }
        }
    }
    Some(winner)
}

/// The employment type's candidates.
pub fn employment_ballot(ad: &Ad, title: Option<&Read<String>>) -> Ballot<EmploymentType> {
    let mut ballot: Ballot<EmploymentType> = Ballot::default();
    let mut add = |e: EmploymentType, line: Option<usize>, score: f32| {
        ballot.add(format!("{e:?}"), e, line, score);
    };
    if let Some(t) = title
        && let Some(e) = employment_of(&fold(&t.value), true)
        && e != EmploymentType::FullTime
    {
        add(e, t.line, weight::TITLE);
    }
    let employment_labels: Vec<_> = ad
        .labels
        .iter()
        .filter(|l| l.field == Field::Employment)
        .collect();
    let stated = employment_labels
        .iter()
        .any(|l| employment_of(&l.vfold, true).is_some());
    for l in &employment_labels {
        if let Some(e) = employment_of(&l.vfold, true) {
            add(e, Some(l.line), weight::LABEL);
            continue;
        }
        if stated {
            continue; // "Duration of contract: 2 years" beside "Type of contract: Fixed Term"
        }
        let contract_label = ["contract", "kontrakt", "договор"]
            .iter()
            .any(|k| substring::contains(&l.key, k));
        if fixed_duration(&l.vfold) {
            // "Contract: 6 months" is a contract; "Занятость: работа на 6 месяцев", a fixed
            // short engagement without contract wording, is temporary.
            let e = if contract_label {
                EmploymentType::Contract
            } else {
                EmploymentType::Temporary
            };
            add(e, Some(l.line), weight::LABEL);
        } else if contract_label && fold::has_any_stem(&l.vfold, DURATION_UNITS) {
            add(EmploymentType::Contract, Some(l.line), weight::LABEL);
        }
    }
    for pt in &ad.titles {
        let f = fold(&pt.text);
        for seg in crate::posting::lexicon::separators::split(&f) {
            if ROLE_NOUNS.has_word(seg)
                && let Some(e) = employment_of(seg, false)
            {
                add(e, pt.line, weight::PAGE_TITLE);
                break;
            }
        }
    }
    for l in ad.labels.iter().filter(|l| SCHEDULE_KEYS.contains(&l.key)) {
        if employment_of(&l.vfold, true).is_none() && full_week(&l.vfold) {
            add(EmploymentType::FullTime, Some(l.line), weight::FULL_WEEK);
        }
    }
    // "• Həftədə 5 iş günü, 08:00-dan 16:00-dək" among what the employer offers.
    for (i, ln) in ad.body() {
        let f = ln.fbody();
        if ad.sections.kind(i) == Some(Kind::Benefits)
            && ln.marker != crate::posting::ad::lines::Marker::None
            && fold::words(f).count() <= CHIP_WORDS + 4
            && employment_of(f, false).is_none()
            && full_week(f)
        {
            add(EmploymentType::FullTime, Some(i), weight::FULL_WEEK);
        }
    }
    let top = top_end(ad);
    let label_lines: Vec<usize> = employment_labels.iter().map(|l| l.line).collect();
    for (i, ln) in chip_or_body_lines(ad) {
        let f = ln.fold.as_str();
        if label_lines.contains(&i) {
            continue;
        }
        let chip = i < top && fold::words(f).count() <= CHIP_WORDS;
        if ln.running && !chip {
            continue;
        }
        if chip {
            // "Contract" alone or as one of the chips; not "Contract logistics • Warehousing".
            let strong = fold::words(f).count() <= 2
                || chips(f).any(|c| CONTRACT_WORDS.contains(c.trim()) || TEMPORARY_STRONG.contains(c.trim()));
            if let Some(e) = employment_of(f, strong) {
                add(e, Some(i), weight::CHIP);
            }
        } else if (statement_about_the_job(f) || FULL_TIME_STATEMENTS.has_stem(f))
            && let Some(e) = employment_of(f, false)
            && (e != EmploymentType::Internship
                || fold::has_any_stem(f, &["internship program", "the internship", "this internship"]))
        {
            add(e, Some(i), weight::STATEMENT);
        }
        if i < top && !chip {
            for cell in chips(f) {
                // A bare "Contract" chip is a contract; "Contract logistics" is an industry.
                let strong = fold::words(cell).count() == 1 || CONTRACT_WORDS.contains(cell.trim());
                if let Some(e) = employment_of(cell, strong) {
                    add(e, Some(i), weight::CHIP);
                }
            }
        }
    }
    ballot
}

/// Onsite, hybrid or remote, as the ad states it.
pub fn workplace(ad: &Ad, title: Option<&Read<String>>) -> Option<Read<Workplace>> {
    let (ballot, office_days) = workplace_ballot(ad, title);
    let winner = ballot.winner(weight::MIN)?;
    // "Work from home … one day a week in the Sydney office" is hybrid.
    if winner.value == Workplace::Remote
        && let Some(i) = office_days
    {
        return Some(Read::new(Workplace::Hybrid, Some(i), winner.confidence));
    }
    Some(winner)
}

/// The workplace's candidates, and the line that names office days.
pub fn workplace_ballot(ad: &Ad, title: Option<&Read<String>>) -> (Ballot<Workplace>, Option<usize>) {
    let mut ballot: Ballot<Workplace> = Ballot::default();
    let mut add = |w: Workplace, line: Option<usize>, score: f32| {
        ballot.add(format!("{w:?}"), w, line, score);
    };
    for l in ad.labels.iter().filter(|l| {
        matches!(
            l.field,
            Field::Workplace | Field::Location | Field::Employment | Field::Other
        )
    }) {
        if let Some(w) = workplace_of(&l.vfold) {
            add(w, Some(l.line), weight::LABEL);
        } else if l.field == Field::Workplace && ONSITE_LABEL_VALUES.has_stem(&l.vfold) {
            add(Workplace::Onsite, Some(l.line), weight::LABEL);
        }
    }
    if let Some(t) = title
        && let Some(w) = workplace_of(&fold(&t.value))
    {
        add(w, t.line, weight::TITLE);
    }
    let top = top_end(ad);
    let mut office_days = None;
    for (i, ln) in ad.body() {
        let f = ln.fold.as_str();
        if NOT_REMOTE_STATEMENTS.has_stem(f) && !HYBRID_STEMS.has_stem(f) {
            add(Workplace::Onsite, Some(i), weight::STATEMENT + 1.0);
            continue;
        }
        if has_office_days(f) {
            office_days = Some(i);
        }
        // A perk such as "flexible working from home" is no workplace.
        let perk = f.contains("flexib") || ad.sections.kind(i) == Some(Kind::Benefits);
        if i < top && fold::words(f).count() > CHIP_WORDS && workplace_of(f) != Some(Workplace::Hybrid) {
            for cell in chips(f) {
                if let Some(w) = workplace_of(cell) {
                    add(w, Some(i), weight::CHIP);
                }
            }
        }
        let Some(w) = workplace_of(f) else { continue };
        let office_statement = w == Workplace::Onsite && OFFICE_STATEMENTS.has_stem(f);
        if i < top && fold::words(f).count() <= CHIP_WORDS && !perk {
            add(w, Some(i), weight::CHIP);
        } else if w == Workplace::Onsite && !statement_about_the_job(f) && !office_statement {
            // "opportunities for onsite and digital learning": not where this job is done.
        } else if office_statement {
            // "Работа в офисе на ул. …" among the conditions states where the work is done; only
            // remote work is a perk there.
            add(w, Some(i), weight::STATEMENT);
        } else if !perk
            || w == Workplace::Hybrid
            || fold::has_any_stem(
                f,
                &[
                    "100% remote",
                    "full remote",
                    "fully remote",
                    "tam uzaqdan",
                    "полностью удален",
                ],
            )
        {
            add(w, Some(i), weight::STATEMENT);
        }
    }
    (ballot, office_days)
}

/// The ad's lines, and its repeated short lines too (a board's chips repeat in its sticky
/// header), without the furniture.
fn chip_or_body_lines<'a, 'd>(
    ad: &'a Ad<'d>,
) -> impl Iterator<Item = (usize, &'a crate::posting::ad::lines::Ln<'d>)> {
    ad.lines
        .iter()
        .enumerate()
        .filter(|(_, ln)| ln.furniture == crate::posting::ad::furniture::Furniture::None && !ln.page_no)
}

/// The short cells and segments of a row or meta line ("Up to $125K/yr\tOn-site\tFull-time",
/// "Acme · Baku · 20 hours a week · hybrid").
fn chips(f: &str) -> impl Iterator<Item = &str> {
    let split = f.contains('\t') || crate::posting::lexicon::separators::any(f);
    crate::posting::lexicon::separators::split(f)
        .into_iter()
        .filter(move |c| split && fold::words(c).count() <= 3)
}

/// The first line of the first duties, requirements or offer section: the top of the ad
/// (title, chips, meta lines) ends there.
fn top_end(ad: &Ad) -> usize {
    (0..ad.lines.len())
        .find(|&i| ad.sections.in_tagged(i))
        .unwrap_or(ad.lines.len())
}

/// A sentence that says something of this job's terms: a role noun beside the term, and no
/// population ("full-time employees are eligible", "part-time students").
fn statement_about_the_job(f: &str) -> bool {
    f.split([',', ';', '.', '(', ')']).any(|clause| {
        (ROLE_NOUNS.has_word(clause) || HIRING.has_stem(clause)) && fold::words(clause).count() <= 24
    }) && !fold::has_any_stem(
        f,
        &[
            "eligible for",
            "federal contractor",
            "government contractor",
            "time employees",
            "time staff",
            "time students",
            "time workers",
        ],
    )
}

/// Verbs that say the ad hires ("is hiring part-time agents", "набираем операторов на
/// частичную занятость").
static HIRING: fold::Set = fold::Set::new(&[
    "axtarir",
    "hiring",
    "is looking for",
    "qebul edir",
    "recruiting",
    "seeking",
    "ищем",
    "набира",
    "приглаша",
]);

/// "one day a week in the office", "3 days in office", "in the office two days".
fn has_office_days(f: &str) -> bool {
    let office =
        substring::contains(f, "office") || substring::contains(f, "ofis") || substring::contains(f, "офис");
    if !office {
        return false;
    }
    let counts = [
        "one day",
        "two days",
        "three days",
        "four days",
        "1 day",
        "2 days",
        "3 days",
        "4 days",
        "1-2 days",
        "2-3 days",
        "bir gun",
        "iki gun",
        "uc gun",
        "день в неделю",
        "дня в неделю",
        "1 день",
        "2 дня",
        "3 дня",
    ];
    counts.iter().any(|c| substring::contains(f, c))
}

/// "удалённый формат не рассматривается", "distant iş nəzərdə tutulmur", "no remote work":
/// remote work ruled out in the clause that names it.
fn negated_remote(f: &str) -> bool {
    use crate::posting::text::lookup::floor_boundary;
    // "no remote", "not remote": right before the remote word. A refusal may stand a few words
    // before it ("we cannot offer remote working") or after it in its sentence ("удалённую
    // работу мы, к сожалению, предложить не можем"), but not across a sentence.
    const JUST_BEFORE: usize = 5;
    const BEFORE: usize = 24;
    const AFTER: usize = 120; // bytes: sixty Cyrillic letters
    f.split([';', '.']).any(|sentence| {
        let Some(at) = REMOTE_STEMS.find_stem(sentence) else {
            return false;
        };
        let window = |before: usize, after: usize| {
            let from = floor_boundary(sentence, at.saturating_sub(before));
            let to = floor_boundary(sentence, at + after);
            &sentence[from..to]
        };
        fold::has_any_stem(window(JUST_BEFORE, AFTER), &["no ", "not "])
            || fold::has_any_stem(
                window(BEFORE, AFTER),
                &[
                    "can't",
                    "cannot",
                    "deyil",
                    "mumkun deyil",
                    "nezerde tutulmur",
                    "teklif ede bilmirik",
                    "unable to",
                    "не имеем возможности",
                    "не можем",
                    "не предлагаем",
                    "не предусмотр",
                    "не рассматрива",
                    "невозможн",
                ],
            )
    })
}

/// The employment type a folded text names; `strong` also reads a bare "contract" (titles,
/// labels, chips), which in sentences is more often about something else.
pub fn employment_of(f: &str, strong: bool) -> Option<EmploymentType> {
    use EmploymentType::*;
    if INTERNSHIP_WORDS.has_word(f) || INTERNSHIP_STEMS.has_stem(f) {
        return Some(Internship);
    }
    if PART_TIME_STEMS.has_stem(f) {
        return Some(PartTime);
    }
    if CONTRACT_STEMS.has_stem(f) {
        return Some(Contract);
    }
    if temporary_stem(f) || TEMPORARY_WORDS.has_word(f) || fixed_term_appointment(f) {
        return Some(Temporary);
    }
    if strong && CONTRACT_WORDS.has_word(f) {
        return Some(Contract);
    }
    if strong && TEMPORARY_STRONG.has_word(f) {
        return Some(Temporary);
    }
    if FULL_TIME_STEMS.has_stem(f) {
        return Some(FullTime);
    }
    None
}

/// A stem of temporary work, but not the "term employment" of "long-term employment".
fn temporary_stem(f: &str) -> bool {
    let mut rest = f;
    while let Some(i) = TEMPORARY_STEMS.find_stem(rest) {
        let before = &rest[..i];
        if !(before.ends_with("long-") || before.ends_with("long ")) {
            return true;
        }
        let step = rest[i..].chars().next().map_or(1, char::len_utf8);
        rest = &rest[i + step..];
    }
    false
}

/// "The term of appointment is one year", "a one-year appointment", "12 month fixed-term".
fn fixed_term_appointment(f: &str) -> bool {
    substring::contains(f, "appointment")
        && fold::has_any_stem(
            f,
            &[
                "1 year", "12 month", "12-month", "2 year", "24 month", "one year", "one-year", "two year",
                "two-year",
            ],
        )
}

/// A number of months, weeks or years: "6 months", "6-month", "3 aylıq", "на 6 месяцев".
fn fixed_duration(f: &str) -> bool {
    let ws: Vec<&str> = f
        .split(|c: char| !(c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    ws.windows(2).any(|w| {
        w[0].bytes().all(|b| b.is_ascii_digit()) && DURATION_UNITS.iter().any(|u| w[1].starts_with(u))
    })
}

/// A schedule (folded) that fills a working week: "5/2", "Monday to Friday, 09:00–18:00",
/// "5 days a week", "40 hours a week"; not "2/2 or 5/2", "Mon–Fri, 09:00–14:00" or "20 hours
/// a week".
fn full_week(f: &str) -> bool {
    let full_days = day_hours(f).is_none_or(|h| h >= FULL_DAY_HOURS);
    let mut patterns = shift_patterns(f);
    match (patterns.next(), patterns.next()) {
        (Some("5/2"), None) => return full_days,
        (Some(_), _) => return false,
        (None, _) => {}
    }
    if let Some(h) = weekly_hours(f) {
        return FULL_WEEK_HOURS.contains(&h);
    }
    FIVE_DAY_WEEK.has_stem(f) && full_days
}

/// Hours of a working day at least, and of a working week, that make a schedule full time.
const FULL_DAY_HOURS: f32 = 7.0;
const FULL_WEEK_HOURS: std::ops::RangeInclusive<u32> = 35..=48;

/// Shift patterns "5/2", "2/2", "24/72" (days or hours on and off), not dates ("5/2/2026").
fn shift_patterns(f: &str) -> impl Iterator<Item = &str> {
    let b = f.as_bytes();
    let digits_at = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    (0..b.len()).filter_map(move |i| {
        if !b[i].is_ascii_digit() || i > 0 && (b[i - 1].is_ascii_digit() || matches!(b[i - 1], b'/' | b'.')) {
            return None;
        }
        let n = digits_at(i);
        if n > 2 || b.get(i + n) != Some(&b'/') {
            return None;
        }
        let m = digits_at(i + n + 1);
        let end = i + n + 1 + m;
        let after = b.get(end).copied();
        ((1..=2).contains(&m) && !matches!(after, Some(b'/' | b'.' | b'0'..=b'9'))).then(|| &f[i..end])
    })
}

/// The length in hours of the first span of clock times: "09:00–18:00", "с 9:00 до 18:00",
/// "9am-6pm", "21:00-09:00" (overnight, 12).
fn day_hours(f: &str) -> Option<f32> {
    let mut times = clock_times(f);
    let (start, end) = (times.next()?, times.next()?);
    Some(if end > start {
        end - start
    } else {
        end + 24.0 - start
    })
}

/// Clock times in a folded text, in hours: "9:00", "18.30", "9am", "6 pm".
fn clock_times(f: &str) -> impl Iterator<Item = f32> + '_ {
    let b = f.as_bytes();
    (0..b.len()).filter_map(move |i| {
        if !b[i].is_ascii_digit() || i > 0 && b[i - 1].is_ascii_digit() {
            return None;
        }
        let n = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let hour: f32 = f[i..i + n].parse().ok()?;
        let mut k = i + n;
        let mut minutes = None;
        if n <= 2
            && matches!(b.get(k), Some(b':' | b'.'))
            && b.get(k + 1..k + 3)
                .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
            && !b.get(k + 3).is_some_and(u8::is_ascii_digit)
        {
            minutes = f[k + 1..k + 3].parse::<f32>().ok();
            k += 3;
        }
        let rest = f[k..].trim_start();
        let pm = rest.starts_with("pm") || rest.starts_with("p.m");
        let am = rest.starts_with("am") || rest.starts_with("a.m");
        if n > 2 || hour > 24.0 || minutes.is_none() && !am && !pm {
            return None;
        }
        let hour = if pm && hour < 12.0 { hour + 12.0 } else { hour };
        Some(hour + minutes.unwrap_or(0.0) / 60.0)
    })
}

/// Hours a week: "40 hours per week", "həftədə 40 saat", "40 часов в неделю".
fn weekly_hours(f: &str) -> Option<u32> {
    if !fold::has_any_stem(f, &["hefte", "week", "недел"]) {
        return None; // "40 hours of training a year"
    }
    let words: Vec<&str> = fold::words(f).map(|(_, w)| w).collect();
    words.windows(2).find_map(|w| {
        let n: u32 = w[0].parse().ok()?;
        HOUR_UNITS.iter().any(|u| w[1].starts_with(u)).then_some(n)
    })
}

/// The workplace a folded text names.
pub fn workplace_of(f: &str) -> Option<Workplace> {
    if HYBRID_STEMS.has_stem(f) && !NOT_HYBRID.has_stem(f) {
        return Some(Workplace::Hybrid);
    }
    if NOT_REMOTE_STATEMENTS.has_stem(f) || REMOTE_STEMS.has_stem(f) && negated_remote(f) {
        return Some(Workplace::Onsite);
    }
    // "remote sensing" names no workplace, unless the line also speaks of remote work.
    let remote_work = fold::has_any_stem(
        f,
        &[
            "remote position",
            "remote role",
            "remote work",
            "work remotely",
            "working remotely",
        ],
    );
    let remote = REMOTE_STEMS.has_stem(f) && (remote_work || !NOT_REMOTE.has_stem(f));
    if remote {
        // "home-based, with visits to hospital sites": regular on-site work too.
        let office = OFFICE_STEMS.has_stem(f) || SITE_VISITS.has_stem(f);
        return Some(if office {
            Workplace::Hybrid
        } else {
            Workplace::Remote
        });
    }
    if OFFICE_STEMS.has_stem(f) || OFFICE_STATEMENTS.has_stem(f) {
        return Some(Workplace::Onsite);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use EmploymentType::*;

    #[test]
    fn term_posts_are_temporary_and_long_term_is_not() {
        use EmploymentType::*;
        assert_eq!(
            employment_of("term employment of 12 months", false),
            Some(Temporary)
        );
        assert_eq!(employment_of("two term positions", false), Some(Temporary));
        assert_eq!(
            employment_of("срочный трудовой договор на 3 года", false),
            Some(Temporary)
        );
        assert_eq!(employment_of("we offer long-term employment", false), None);
        // A stem in another script after "long-" must not split a character.
        assert_eq!(employment_of("long-срочный", false), None);
        assert_eq!(
            employment_of("a long term position, then a fixed-term one", false),
            Some(Temporary)
        );
        assert!(statement_about_the_job(
            "заключается срочный трудовой договор сроком на 3 года"
        ));
    }

    #[test]
    fn employment_words() {
        let e = |s: &str| employment_of(&fold(s), true);
        assert_eq!(e("Contract/Temp"), Some(Temporary));
        assert_eq!(
            e("THIS IS A 12 MONTH FIXED-TERM, FULL-TIME POSITION"),
            Some(Temporary)
        );
        assert_eq!(e("The term of appointment is one year."), Some(Temporary));
        assert_eq!(e("Type Regular Full-Time"), Some(FullTime));
        assert_eq!(e("Summer Internship Program"), Some(Internship));
        assert_eq!(e("Полная занятость, полный день"), Some(FullTime));
        assert_eq!(e("Частичная занятость"), Some(PartTime));
        assert_eq!(e("yarımştat"), Some(PartTime));
        assert_eq!(e("We value our team"), None);
        assert_eq!(e("Grade 4 French Immersion Teacher (Term)"), Some(Temporary));
        assert_eq!(
            e("Müqavilə: layihə müddətinə (18 ay), müddətli əmək müqaviləsi"),
            Some(Temporary)
        );
        assert_eq!(e("Полный рабочий день"), Some(FullTime));
        assert_eq!(employment_of(&fold("sign the contract"), false), None);
    }

    #[test]
    fn schedules_that_fill_a_week() {
        let full = |s: &str| full_week(&fold(s));
        assert!(full("5/2"));
        assert!(full("Сменный 5/2, 1-я и 2-я смены"));
        assert!(full("Monday to Friday, 09:00-18:00"));
        assert!(full("пн–пт, с 9:00 до 18:00"));
        assert!(full("5 days a week, rotating shifts"));
        assert!(full("Full week: 40 hours per week"));
        assert!(full("Bazar ertəsi–cümə, 9am – 6pm"));
        // Negatives: a choice of shifts, short days, part-time hours, dates, office hours.
        assert!(!full("графики 2/2 и 5/2 на выбор"));
        assert!(!full("2/2, дневные смены"));
        assert!(!full("Həftədə 5 gün, 09:00–14:00"));
        assert!(!full("20 hours a week"));
        assert!(!full("40 hours of paid training"));
        assert!(!full("from 5/2/2026"));
        assert!(!full("Flexible"));
        assert_eq!(day_hours(&fold("21:00–09:00")), Some(12.0));
        assert_eq!(day_hours(&fold("8:30 am to 5 pm")), Some(8.5));
    }

    fn terms_of(text: &str) -> (Option<EmploymentType>, Option<Workplace>) {
        let doc = crate::layout::Document::from_plain_text(text);
        let ad = Ad::new(&doc, None);
        (
            employment(&ad, None).map(|r| r.value),
            workplace(&ad, None).map(|r| r.value),
        )
    }

    #[test]
    fn stated_schedules_and_places_of_work() {
        let (e, _) = terms_of("Accountant\n\nSchedule: 5/2, 09:00-18:00\nSalary: 1 200 AZN\n");
        assert_eq!(e, Some(FullTime));
        let (e, _) = terms_of("Оператор\n\nГрафик работы: 2/2 или 5/2 на выбор\n");
        assert_eq!(e, None, "a choice of shifts states no employment type");
        let (e, _) = terms_of("Operator\n\nİş qrafiki: həftədə 5 gün, 09:00–14:00\n");
        assert_eq!(e, None, "five short days are not full time");
        let (_, w) = terms_of("Anbar operatoru\n\nİş formatı: Yerində (anbarda)\n");
        assert_eq!(w, Some(Workplace::Onsite));
        let (_, w) = terms_of(
            "Менеджер\n\nМы предлагаем:\n• Работа в офисе на ул. Ленина\n• ДМС после испытательного срока\n",
        );
        assert_eq!(
            w,
            Some(Workplace::Onsite),
            "an office statement among the conditions"
        );
        let (_, w) = terms_of("Менеджер\n\nМы предлагаем:\n• Возможность работать из дома по пятницам\n");
        assert_eq!(w, None, "working from home as a perk is no workplace");
        let (e, _) = terms_of(
            "Warehouse Shift Supervisor\n\nContract logistics • Warehousing • Pallet distribution\nContract\tPermanent, full time\n",
        );
        assert_eq!(e, Some(FullTime), "an industry chip is not a contract");
        let (_, w) = terms_of("Mühasib\n\nTəklif edirik:\n• İş yerində təlim\n");
        assert_eq!(w, None, "on-the-job training is no workplace");
    }

    #[test]
    fn workplace_words() {
        let w = |s: &str| workplace_of(&fold(s));
        assert_eq!(w("Hybrid work"), Some(Workplace::Hybrid));
        assert_eq!(w("Remote"), Some(Workplace::Remote));
        assert_eq!(w("On-site"), Some(Workplace::Onsite));
        assert_eq!(w("remote sensing and species distributions"), None);
        assert_eq!(w("Use GIS and remote-sensing products"), None);
        assert_eq!(w("learn safe working on hybrid and electric vehicles"), None);
        assert_eq!(w("Experience with hybrid cloud platforms"), None);
        assert_eq!(w("data from home health agencies"), None);
        assert_eq!(w("Удалённая работа"), Some(Workplace::Remote));
        assert_eq!(w("Komanda ofisdə işləyir"), Some(Workplace::Onsite));
        assert_eq!(
            w("работа только в офисе, удалённый формат не рассматривается"),
            Some(Workplace::Onsite)
        );
        assert_eq!(
            w("в нашем офисе у метро; удалённую работу мы, к сожалению, предложить не можем"),
            Some(Workplace::Onsite)
        );
        assert_eq!(
            w("Based in our Leeds office; we cannot offer remote working for this role"),
            Some(Workplace::Onsite)
        );
        assert_eq!(
            w("İş ofisdə həyata keçirilir, distant iş nəzərdə tutulmur"),
            Some(Workplace::Onsite)
        );
        assert!(has_office_days(&fold("One day a week in the Sydney office.")));
        assert!(!has_office_days(&fold("Our office is in Baku")));
        assert!(statement_about_the_job(&fold(
            "This full-time position will be based in Washington"
        )));
        assert!(!statement_about_the_job(&fold(
            "Full-time employees are eligible for the plan"
        )));
        assert!(!statement_about_the_job(&fold(
            "monitor progress of contractors hired to provide technical work"
        )));
    }
}
