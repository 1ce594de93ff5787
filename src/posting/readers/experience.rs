//! Years of experience: "5+ years" → {5, null}, "3-5 years" → {3, 5}, "at least 2 years",
//! "ən azı 1 il", "2 ildən çox", "от 3 лет", "не менее 2 лет"; "no experience needed",
//! "təcrübə tələb olunmur", "без опыта" → {0, null}. Ages and company histories ("15 лет
//! поставляет", "under 18 years of age") are not experience.

use super::choice::Read;
use crate::posting::ad::Ad;
use crate::posting::ad::labels::Field;
use crate::posting::ad::sections::Kind;
use crate::posting::model::YearRange;
use crate::posting::text::fold;
use crate::substring;
use std::borrow::Cow;

/// Phrases saying no experience is needed (folded).
const NONE_NEEDED: fold::Set = fold::Set::new(&[
    "experience is not necessary",
    "experience is not needed",
    "experience is not required",
    "experience not necessary",
    "experience not required",
    "is tecrubesi teleb olunmur",
    "no experience",
    "no experience needed",
    "no experience required",
    "no previous experience",
    "no prior experience",
    "no work experience",
    "staj teleb olunmur",
    "tecrube mecburi deyil",
    "tecrube olmayanlar",
    "tecrube teleb edilmir",
    "tecrube teleb olunmur",
    "tecrube vacib deyil",
    "tecrubesiz",
    "without experience",
    "без опыта",
    "без предъявления требований к стажу",
    "без требований к опыту",
    "без требований к стажу",
    "опыт не важен",
    "опыт не нужен",
    "опыт не обязателен",
    "опыт не требуется",
    "опыт работы не нужен",
    "опыт работы не обязателен",
    "опыт работы не требуется",
    "стаж не требуется",
]);

/// Words that put a number of years in the context of experience (folded stems).
/// Statements addressed to the candidate ("you've got 5+ years in warehousing") count too.
const CONTEXT: fold::Set = fold::Set::new(&[
    "background",
    "candidates should have",
    "experience",
    "experienced",
    "in a similar role",
    "in the field",
    "staj",
    "tecrube",
    "track record",
    "working with",
    "you bring",
    "you have",
    "you should have",
    "you will bring",
    "you will have",
    "you'll bring",
    "you'll have",
    "you've got",
    "опыт",
    "практик",
    "стаж",
]);

/// Words that make the years something else: an age, a history, a contract length.
const NOT_EXPERIENCE: fold::Set = fold::Set::new(&[
    "age",
    "aged",
    "ago",
    "bazarda",
    "company",
    "contract",
    "established",
    "fealiyyet",
    "founded",
    "history",
    "last",
    "muqavile",
    "of age",
    "old",
    "on the market",
    "past",
    "since",
    "sirket",
    "warranty",
    "yas",
    "yasli",
    "возраст",
    "гарант",
    "договор",
    "компания",
    "лет от роду",
    "на рынке",
    "поставляет",
    "работает",
]);

fn number_word(w: &str) -> Option<f64> {
    Some(match w {
        "one" | "bir" | "один" | "одного" | "одного года" => 1.0,
        "two" | "iki" | "два" | "двух" => 2.0,
        "three" | "uc" | "три" | "трех" => 3.0,
        "four" | "dord" | "четыре" | "четырех" => 4.0,
        "five" | "bes" | "пять" | "пяти" => 5.0,
        "six" | "alti" | "шесть" | "шести" => 6.0,
        "seven" | "yeddi" | "семь" | "семи" => 7.0,
        "eight" | "sekkiz" | "восемь" | "восьми" => 8.0,
        "nine" | "doqquz" | "девять" | "девяти" => 9.0,
        "ten" | "десять" | "десяти" => 10.0,
        _ => return None,
    })
}

fn is_year_unit(w: &str) -> bool {
    matches!(
        w,
        "year" | "years" | "yr" | "yrs" | "il" | "ilden" | "illik" | "ili" | "год" | "года" | "лет" | "годом"
    )
}

/// Words beside a number of months that make it the length of a programme, a probation or a
/// course rather than experience asked for.
const TERMS_IN_MONTHS: &[&str] = &[
    "course",
    "internship",
    "kurs",
    "probation",
    "program",
    "proqram",
    "sinaq",
    "trial",
    "испытательн",
    "курс",
    "программ",
    "стажировк",
];

/// Units of months after a figure ("6 months", "12 months'", "6 ay", "6 месяцев").
fn is_month_unit(w: &str) -> bool {
    matches!(
        w,
        "month" | "months" | "mo" | "mos" | "ay" | "месяц" | "месяца" | "месяцев"
    )
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum T<'a> {
    Num(f64),
    Word(&'a str),
    Dash,
    Plus,
    Other,
}

fn tokens(f: &str) -> Vec<T<'_>> {
    let mut out = Vec::new();
    let mut it = f.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = it.peek() {
                if !(d.is_ascii_digit()
                    || (d == '.' || d == ',') && f[j + 1..].starts_with(|x: char| x.is_ascii_digit()))
                {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            let v: f64 = f[i..end].replace(',', ".").parse().unwrap_or(-1.0);
            out.push(T::Num(v));
        } else if fold::is_letter(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if !fold::is_letter(d) {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            let w = &f[i..end];
            out.push(number_word(w).map_or(T::Word(w), T::Num));
        } else if c == '-' {
            out.push(T::Dash);
        } else if c == '+' {
            out.push(T::Plus);
        } else if !c.is_whitespace() {
            out.push(T::Other);
        }
    }
    // "two (2) years": the figure in brackets repeats the word.
    let mut k = 0;
    while k + 3 < out.len() {
        if let (T::Num(a), T::Other, T::Num(b), T::Other) = (out[k], out[k + 1], out[k + 2], out[k + 3])
            && a == b
        {
            out.drain(k + 1..k + 4);
        }
        k += 1;
    }
    out
}

/// Years of experience in a folded clause. With `need_context`, the clause must speak of
/// experience.
pub fn parse(f: &str, need_context: bool) -> Option<YearRange> {
    let (range, months) = parse_units(f, need_context)?;
    if !months {
        return Some(range);
    }
    // "6 months" is half a year, "18 months" a year and a half.
    let years = |m: Option<f64>| m.map(|m| (m / 12.0 * 100.0).round() / 100.0);
    Some(YearRange {
        min: years(range.min),
        max: years(range.max),
    })
}

/// As [`parse`], with the figures in the unit the ad wrote, and whether that is months.
fn parse_units(f: &str, need_context: bool) -> Option<(YearRange, bool)> {
    if need_context && !CONTEXT.has_stem(f) {
        return None;
    }
    let t = tokens(f);
    for k in 0..t.len() {
        let T::Word(unit) = t[k] else { continue };
        let months = is_month_unit(unit);
        if !is_year_unit(unit) && !months {
            continue;
        }
        let most = if months { 120.0 } else { 50.0 };
        // Back up over "+" or "or more" to the number(s).
        let mut j = k;
        let mut plus = false;
        if j > 0 && t[j - 1] == T::Plus {
            plus = true;
            j -= 1;
        } else if j > 2 && t[j - 1] == T::Word("more") && t[j - 2] == T::Word("or") {
            plus = true;
            j -= 2;
        }
        let Some(T::Num(b)) = j.checked_sub(1).map(|x| t[x]) else {
            continue;
        };
        let mut start = j - 1;
        let mut a = None;
        // "3-5", "3 to 5", "от 3 до 5"
        if start >= 2
            && let T::Num(x) = t[start - 2]
            && (t[start - 1] == T::Dash
                || matches!(t[start - 1], T::Word("to" | "до" | "ile" | "and" | "or")))
        {
            a = Some(x);
            start -= 2;
        }
        if !(0.0..=most).contains(&b) || a.is_some_and(|x| !(0.0..=most).contains(&x) || x > b) {
            continue;
        }
        // The words around: ages and histories are not experience.
        let after: Vec<&str> = t[k + 1..]
            .iter()
            .take(3)
            .filter_map(|x| if let T::Word(w) = x { Some(*w) } else { None })
            .collect();
        let before: Vec<&str> = t[..start]
            .iter()
            .rev()
            .take(3)
            .filter_map(|x| if let T::Word(w) = x { Some(*w) } else { None })
            .collect();
        let near = {
            let mut s = String::new();
            for w in before.iter().rev().chain(after.iter()) {
                s.push_str(w);
                s.push(' ');
            }
            s
        };
        if NOT_EXPERIENCE.has_word(&near)
            && !fold::has_any_stem(&near, &["experience", "tecrube", "опыт", "стаж"])
        {
            continue;
        }
        if after.first().is_some_and(|w| matches!(*w, "old" | "ago")) || after.starts_with(&["of", "age"]) {
            continue;
        }
        // Months are more often the length of something else: "3 aylıq təcrübə proqramı" (a
        // three-month internship), a probation, a course.
        if months && fold::has_any_stem(&near, TERMS_IN_MONTHS) {
            continue;
        }
        let min_words = [
            "least",
            "minimum",
            "min",
            "over",
            "more",
            "azi",
            "от",
            "менее",
            "меньше",
            "более",
            "свыше",
            "above",
            "plus",
        ];
        let upto_words = ["up", "upto", "до", "maximum", "max", "qeder"];
        let lead = before.first().copied().unwrap_or("");
        // "less than 1 year", "менее года" (but "не менее 2 лет"), "1 ildən aşağı" (but "1 ildən
        // az olmayaraq", "az olmayan"): none to that many years.
        let negated = before.get(1) == Some(&"не") || after.get(1).is_some_and(|w| w.starts_with("olma"));
        let is_less = a.is_none()
            && !plus
            && !negated
            && (lead == "than" && before.get(1) == Some(&"less")
                || lead == "under"
                || matches!(lead, "менее" | "меньше")
                || unit == "ilden" && after.first().is_some_and(|w| matches!(*w, "asagi" | "az")));
        if is_less {
            return Some((
                YearRange {
                    min: Some(0.0),
                    max: Some(b),
                },
                months,
            ));
        }
        let is_min = plus
            || before.iter().take(2).any(|w| min_words.contains(w))
            || matches!(unit, "ilden")
                && after
                    .first()
                    .is_some_and(|w| matches!(*w, "cox" | "artiq" | "yuxari" | "az"))
            || after.first().is_some_and(|w| matches!(*w, "plus" | "or" | "and"))
                && after.get(1).is_some_and(|w| matches!(*w, "more" | "above"));
        let is_max = a.is_none()
            && !is_min
            && (upto_words.contains(&lead) || lead == "to" && before.get(1) == Some(&"up"));
        // "3 ildən 5 ilədək", "3 ildən 5 ilə qədər": ablative then terminative.
        if a.is_none()
            && unit == "ilden"
            && let (Some(T::Num(hi)), Some(T::Word(u2))) = (t.get(k + 1), t.get(k + 2))
            && matches!(*u2, "iledek" | "ile")
            && *hi > b
        {
            return Some((
                YearRange {
                    min: Some(b),
                    max: Some(*hi),
                },
                months,
            ));
        }
        // "от 1 года до 3 лет": the upper bound follows the first unit.
        if a.is_none()
            && let (Some(T::Word("до" | "to" | "ile")), Some(T::Num(hi)), Some(T::Word(u2))) =
                (t.get(k + 1), t.get(k + 2), t.get(k + 3))
            && is_year_unit(u2)
            && *hi > b
        {
            return Some((
                YearRange {
                    min: Some(b),
                    max: Some(*hi),
                },
                months,
            ));
        }
        return Some((
            match (a, is_max) {
                (Some(a), _) => YearRange {
                    min: Some(a),
                    max: Some(b),
                },
                (None, true) => YearRange {
                    min: None,
                    max: Some(b),
                },
                (None, false) => YearRange {
                    min: Some(b),
                    max: None,
                },
            },
            months,
        ));
    }
    None
}

/// True when the folded text says no experience is needed.
pub fn none_needed(f: &str) -> bool {
    // Every phrase names experience: most lines are ruled out by a cheap search.
    let mentions = substring::find_any(f, &["experien", "staj", "tecrube", "опыт", "стаж"]).is_some();
    mentions && NONE_NEEDED.has_stem(f)
}

/// The experience the ad asks for: a labelled figure, else the largest minimum the ad states
/// anywhere outside its offer (the requirements, or a sentence that speaks of experience);
/// "no experience needed" only when no figure is stated.
pub fn read(ad: &Ad) -> Option<Read<YearRange>> {
    for l in ad.labels.iter().filter(|l| l.field == Field::Experience) {
        if none_needed(&l.vfold)
            || fold::has_any_stem(
                &l.vfold,
                &["not required", "teleb olunmur", "не обязателен", "не требуется"],
            )
        {
            return Some(Read::new(
                YearRange {
                    min: Some(0.0),
                    max: None,
                },
                Some(l.line),
                confidence::LABEL,
            ));
        }
        if let Some(r) = parse(&l.vfold, false) {
            return Some(Read::new(r, Some(l.line), confidence::LABEL));
        }
    }
    let mut best: Option<(YearRange, usize)> = None;
    for (i, ln) in ad.body() {
        let kind = ad.sections.kind(i);
        if kind == Some(Kind::Benefits) {
            continue;
        }
        let requirement = kind == Some(Kind::Requirements) || board_qualification(ln.fbody());
        let body = ln.fbody();
        // A paragraph wrapped between the figure and its unit ("… 1-3" / "il təcrübə …"): the
        // last clause of the line is read with the first of the next.
        let wrapped = body
            .ends_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+')
            .then(|| ad.lines.get(i + 1))
            .flatten()
            .filter(|next| !next.skip() && next.block == ln.block)
            .map(|next| {
                let tail = body.rsplit(['.', ';']).next().unwrap_or("");
                let head = next.fbody().split(['.', ';']).next().unwrap_or("");
                format!("{tail} {head}")
            });
        for clause in body
            .split(['.', ';'])
            .map(Cow::Borrowed)
            .chain(wrapped.map(Cow::Owned))
        {
            let Some(r) = parse(&clause, !requirement) else {
                continue;
            };
            let larger = best
                .as_ref()
                .is_none_or(|(b, _)| r.min.unwrap_or(0.0) > b.min.unwrap_or(0.0));
            if larger {
                best = Some((r, i));
            }
        }
    }
    if let Some((r, i)) = best {
        return Some(Read::new(r, Some(i), confidence::STATED));
    }
    ad.body().find(|(_, ln)| none_needed(ln.fbody())).map(|(i, _)| {
        Read::new(
            YearRange {
                min: Some(0.0),
                max: None,
            },
            Some(i),
            confidence::STATED,
        )
    })
}

/// A job board's qualification line, under an "Experience:" heading: "Dental hygiene: 1 year
/// (Preferred)", "Customer service: 2 years (Required)" (folded).
fn board_qualification(f: &str) -> bool {
    let Some((_, value)) = f.split_once(':') else {
        return false;
    };
    let value = value.trim();
    let figure = value
        .split_whitespace()
        .next()
        .is_some_and(|w| w.parse::<u32>().is_ok());
    figure && (value.ends_with("(preferred)") || value.ends_with("(required)"))
}

/// Confidence by where the figure was read.
mod confidence {
    pub const LABEL: f32 = 0.9;
    pub const STATED: f32 = 0.75;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<(Option<f64>, Option<f64>)> {
        parse(&fold::fold(s), false).map(|r| (r.min, r.max))
    }

    #[test]
    fn english() {
        assert_eq!(
            p("5+ years of professional backend development, at least 2 years with Rust"),
            Some((Some(5.0), None))
        );
        assert_eq!(
            p("3-5 years of experience in corporate banking"),
            Some((Some(3.0), Some(5.0)))
        );
        assert_eq!(
            p("1–3 years of experience in a studio"),
            Some((Some(1.0), Some(3.0)))
        );
        assert_eq!(
            p("At least 2 years of experience as a team leader"),
            Some((Some(2.0), None))
        );
        assert_eq!(
            p("Minimum 8 years of drilling engineering experience, at least 3 of them offshore"),
            Some((Some(8.0), None))
        );
        assert_eq!(
            p("0-2 years of accounting experience"),
            Some((Some(0.0), Some(2.0)))
        );
        assert_eq!(p("Experience: 3+ years"), Some((Some(3.0), None)));
        assert_eq!(p("two years of experience"), Some((Some(2.0), None)));
        assert_eq!(p("4 years in DevOps roles"), Some((Some(4.0), None)));
        assert_eq!(p("up to 2 years of experience"), Some((None, Some(2.0))));
        assert_eq!(
            p("less than 2 years of experience is fine"),
            Some((Some(0.0), Some(2.0)))
        );
        assert_eq!(p("applicants under 25 years old"), None);
        assert_eq!(
            p("Minimum 6 months verifiable tractor-trailer experience"),
            Some((Some(0.5), None))
        );
        assert_eq!(
            p("At least 12 months' experience in accounts payable"),
            Some((Some(1.0), None))
        );
        assert_eq!(p("Clean MVR - no DUI in last 5 years"), None);
        assert_eq!(p("3 aylıq ödənişli təcrübə proqramı"), None);
    }

    #[test]
    fn azerbaijani() {
        assert_eq!(
            p("Mühasibat sahəsində ən azı 5 il iş təcrübəsi, onlardan 2 ili rəhbər vəzifədə"),
            Some((Some(5.0), None))
        );
        assert_eq!(p("ən azı 1 il"), Some((Some(1.0), None)));
        assert_eq!(p("2 ildən çox"), Some((Some(2.0), None)));
        assert_eq!(p("Təcrübə: 1 ildən aşağı"), Some((Some(0.0), Some(1.0))));
        assert_eq!(p("1 ildən az olmayaraq iş təcrübəsi"), Some((Some(1.0), None)));
        assert_eq!(p("Satış sahəsində 3-5 il təcrübə"), Some((Some(3.0), Some(5.0))));
        assert_eq!(p("minimum 3 illik iş təcrübəsi"), Some((Some(3.0), None)));
        assert_eq!(p("Təcrübə: 3 ildən 5 ilədək"), Some((Some(3.0), Some(5.0))));
        assert_eq!(
            p("İnsan resursları sahəsində 3 ildən 5 ilədək iş təcrübəsi"),
            Some((Some(3.0), Some(5.0)))
        );
        assert_eq!(p("2 ildən 4 ilə qədər təcrübə"), Some((Some(2.0), Some(4.0))));
        assert_eq!(p("2 ildən az olmayan iş təcrübəsi"), Some((Some(2.0), None)));
    }

    #[test]
    fn board_qualifications() {
        assert!(board_qualification(&fold::fold(
            "Dental hygiene: 1 year (Preferred)"
        )));
        assert!(board_qualification(&fold::fold(
            "Customer service: 2 years (Required)"
        )));
        assert!(!board_qualification(&fold::fold("License: RDH (Required)")));
        assert!(!board_qualification(&fold::fold("Schedule: 8 hour shift")));
    }

    #[test]
    fn russian() {
        assert_eq!(
            p("Опыт работы на аналогичной должности от 3 лет"),
            Some((Some(3.0), None))
        );
        assert_eq!(
            p("Опыт работы геологом от 7 лет, из них не менее 3 лет"),
            Some((Some(7.0), None))
        );
        assert_eq!(p("не менее 2 лет"), Some((Some(2.0), None)));
        assert_eq!(p("опыт работы менее 1 года"), Some((Some(0.0), Some(1.0))));
        assert_eq!(p("опыт от 1 года"), Some((Some(1.0), None)));
        assert_eq!(p("опыт от 1 до 3 лет"), Some((Some(1.0), Some(3.0))));
        assert_eq!(p("Опыт работы от 1 года до 3 лет"), Some((Some(1.0), Some(3.0))));
        assert_eq!(p("Опыт: 2-3 года"), Some((Some(2.0), Some(3.0))));
    }

    fn read_text(text: &str) -> Option<(Option<f64>, Option<f64>)> {
        let doc = crate::layout::Document::from_plain_text(text);
        read(&Ad::new(&doc, None)).map(|r| (r.value.min, r.value.max))
    }

    #[test]
    fn figures_wrapped_onto_the_next_line_and_statements_to_the_candidate() {
        assert_eq!(
            read_text(
                "Anbardar\n\nNamizədlərdən orta ixtisas təhsili, anbar işində 1-3\nil təcrübə tələb olunur.\n"
            ),
            Some((Some(1.0), Some(3.0)))
        );
        assert_eq!(
            read_text("Ops Manager\n\nYou've got 5+ years in warehouse, 3PL or e-commerce fulfilment.\n"),
            Some((Some(5.0), None))
        );
        // A figure at a line end whose next line is another paragraph is not joined to it.
        assert_eq!(
            read_text("Driver\n\nRoute 66\n\nYears of service awards.\n"),
            None
        );
        assert_eq!(
            read_text("Грузчик\n\n• Опыт не нужен — всему научим!\n"),
            Some((Some(0.0), None))
        );
        assert_eq!(
            read_text("Специалист\n\n1.2. Стаж: без предъявления требований к стажу.\n"),
            Some((Some(0.0), None))
        );
        assert_eq!(
            read_text("Bakery\n\nWe have been baking for 30 years in Galway.\n"),
            None
        );
    }

    #[test]
    fn not_experience() {
        assert_eq!(p("Trainees under 18 years of age never work at night"), None);
        assert_eq!(p("Average grade of at least 75 out of 100"), None);
        assert_eq!(p("age 18-35 years old"), None);
        assert_eq!(
            parse(
                &fold::fold("Компания «ТехноСнаб» 15 лет поставляет насосное оборудование"),
                true
            ),
            None
        );
        assert_eq!(parse(&fold::fold("Founded 20 years ago"), true), None);
        assert_eq!(p("Available at least 4 days a week"), None);
        assert!(none_needed(&fold::fold(
            "No previous experience is needed: we provide training"
        )));
        assert!(none_needed(&fold::fold("Təcrübə tələb olunmur")));
        assert!(none_needed(&fold::fold("Опыт не обязателен — всему научим")));
        assert!(!none_needed(&fold::fold(
            "Azerbaijani or Russian is a plus but not required"
        )));
    }
}
