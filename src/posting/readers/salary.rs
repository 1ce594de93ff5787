//! Pay: ranges and single figures with their currency and period, from labelled facts
//! ("Salary:", "Əmək haqqı:", "Зарплата:"), salary sentences and the offer list. Thousands
//! may be separated by spaces (also no-break and thin spaces), commas or dots; "from"/"up to"
//! ("от"/"до", "-dan"/"-dək"/"qədər") bound one side; "competitive"/"razılaşma yolu ilə"/"по
//! договорённости" mean no figure. Bonuses, commission and allowances are not the salary.

use super::choice::Read;
use crate::posting::ad::Ad;
use crate::posting::ad::labels::Field;
use crate::posting::ad::lines::Ln;
use crate::posting::ad::sections::Kind;
use crate::posting::lexicon::pay::{NEGOTIABLE, NOT_SALARY, PAY_WORDS};
use crate::posting::lexicon::places;
use crate::posting::model::{Period, Salary};
use crate::posting::text::fold;
use crate::substring;

/// "$" before the ad's country says which dollar it is.
const DOLLAR: &str = "$";

#[derive(Clone, Copy, Debug, PartialEq)]
enum T {
    Num(f64),
    Cur(&'static str),
    /// A currency word that also says "from" (-dan) or "up to" (-dək).
    CurFrom(&'static str),
    CurUpTo(&'static str),
    Sep,
    From,
    UpTo,
    Per(Period),
    /// "million", "billion": not a salary.
    Big,
    Word,
    Punct,
}

/// Tokens with their byte positions.
fn tokens(f: &str) -> Vec<(T, usize)> {
    let b = f.as_bytes();
    let mut out: Vec<(T, usize)> = Vec::new();
    let mut i = 0;
    while i < f.len() {
        let Some(c) = fold::char_at(f, i) else { break };
        // A web or e-mail address is never pay, whatever digits it holds ("…/vacancies/
        // satis-fmcg-194552", "hr2026@acme.az").
        if i == 0 || b[i - 1].is_ascii_whitespace() {
            let end = f[i..].find(char::is_whitespace).map_or(f.len(), |k| i + k);
            let word = &f[i..end];
            if word.contains("://") || word.starts_with("www.") || word.contains('@') {
                out.push((T::Word, i));
                i = end;
                continue;
            }
        }
        if c.is_ascii_digit() {
            let (v, end, kind) = number(f, i);
            match kind {
                NumKind::Amount => out.push((T::Num(v), i)),
                NumKind::Skip => {}
            }
            i = end;
            continue;
        }
        if fold::is_letter(c) {
            let mut end = i;
            for (j, d) in f[i..].char_indices() {
                if !fold::is_letter(d) {
                    break;
                }
                end = i + j + d.len_utf8();
            }
            let w = &f[i..end];
            let prev_num = matches!(out.last(), Some((T::Num(_), _)));
            if prev_num && matches!(w, "тыс" | "thousand" | "тысяч") {
                // "60–80 тыс.": the thousands are both ends' unit.
                let n = out.len();
                if n >= 3
                    && let (T::Num(a), T::Sep, T::Num(b)) = (out[n - 3].0, out[n - 2].0, out[n - 1].0)
                    && a < 1000.0
                    && a <= b
                {
                    out[n - 3].0 = T::Num(a * 1000.0);
                }
                if let Some((T::Num(v), _)) = out.last_mut() {
                    *v *= 1000.0;
                }
                i = end;
                continue;
            }
            // "6-12 LPA", "8 lakhs": hundreds of thousands of rupees (a year for LPA).
            if prev_num && matches!(w, "lpa" | "lakh" | "lakhs" | "lac" | "lacs") {
                for (t, _) in out.iter_mut().rev() {
                    match t {
                        T::Num(v) => *v *= 100_000.0,
                        T::Sep | T::Cur(_) => {}
                        _ => break,
                    }
                }
                if !out.iter().any(|(t, _)| matches!(t, T::Cur(_))) {
                    out.push((T::Cur("INR"), i));
                }
                if w == "lpa" {
                    out.push((T::Per(Period::Year), i));
                }
                i = end;
                continue;
            }
            // "-dən", "-dək" after a number or currency
            let after_hyphen = i > 0 && b[i - 1] == b'-';
            let t = word(w, prev_num, after_hyphen, f, end);
            if let Some(t) = t {
                // Multi-word tokens are decided by their first word; skip the rest.
                out.push((t.0, i));
                i = end + t.1;
            } else {
                out.push((T::Word, i));
                i = end;
            }
            continue;
        }
        let t = match c {
            '₼' => T::Cur("AZN"),
            '$' => T::Cur(DOLLAR),
            '€' => T::Cur("EUR"),
            '£' => T::Cur("GBP"),
            '₽' => T::Cur("RUB"),
            '₺' => T::Cur("TRY"),
            '₾' => T::Cur("GEL"),
            '₸' => T::Cur("KZT"),
            '₴' => T::Cur("UAH"),
            '₹' => T::Cur("INR"),
            // The dot of an abbreviation ("тыс.", "руб.", "man.") joins nothing.
            '.' if i > 0
                && fold::char_before(f, i).is_some_and(fold::is_letter)
                && matches!(out.last(), Some((T::Num(_) | T::Cur(_), _))) =>
            {
                i += 1;
                continue;
            }
            '-' | '~' => {
                if fold::char_at(f, i + 1).is_some_and(fold::is_letter) {
                    i += 1;
                    continue; // a suffix: "1000-dən"
                }
                T::Sep
            }
            '+' => {
                if matches!(out.last(), Some((T::Num(_) | T::Cur(_), _))) {
                    T::From
                } else {
                    T::Punct
                }
            }
            '/' => {
                let rest = f[i + 1..].trim_start();
                let w: String = rest.chars().take_while(|c| fold::is_letter(*c)).collect();
                match per_slash(&w) {
                    Some(p) => {
                        out.push((T::Per(p), i));
                        i += 1 + (f[i + 1..].len() - rest.len()) + w.len();
                        continue;
                    }
                    None => T::Punct,
                }
            }
            _ if c.is_whitespace() => {
                i += c.len_utf8();
                continue;
            }
            _ => T::Punct,
        };
        out.push((t, i));
        i += c.len_utf8();
    }
    out
}

enum NumKind {
    Amount,
    Skip,
}

/// Reads a number at `i`: groups of three digits after a space, comma, dot or apostrophe;
/// a decimal part of one or two digits; a `k` for thousands. Dates, times and percentages are
/// skipped.
fn number(f: &str, i: usize) -> (f64, usize, NumKind) {
    let b = f.as_bytes();
    let digits_at = |j: usize| -> usize { b[j..].iter().take_while(|c| c.is_ascii_digit()).count() };
    let n0 = digits_at(i);
    let mut end = i + n0;
    let mut int: f64 = f[i..end].parse().unwrap_or(0.0);
    let mut frac = 0.0;
    if n0 <= 3 {
        loop {
            if end + 1 < b.len() && matches!(b[end], b' ' | b',' | b'.' | b'\'') && digits_at(end + 1) == 3 {
                let after = end + 4;
                // "15.12.2026" is a date; "2 500" and "1,200" are thousands.
                let next_is_digit_group = after < b.len() && b[after].is_ascii_digit();
                if next_is_digit_group {
                    break;
                }
                int = int * 1000.0 + f[end + 1..after].parse::<f64>().unwrap_or(0.0);
                end = after;
            } else {
                break;
            }
        }
    }
    // A no-break space folded to ' ' is handled above; a thin space too.
    if end + 1 < b.len() && matches!(b[end], b'.' | b',') {
        let nd = digits_at(end + 1);
        if (1..=2).contains(&nd) {
            let after = end + 1 + nd;
            if after < b.len() && (b[after] == b'.' || b[after] == b':') && digits_at(after + 1) > 0 {
                // 15.12.2026: skip the whole date.
                let mut e = after;
                while e < b.len()
                    && (b[e].is_ascii_digit() || b[e] == b'.' && b.get(e + 1).is_some_and(u8::is_ascii_digit))
                {
                    e += 1;
                }
                return (0.0, e, NumKind::Skip);
            }
            frac = f[end + 1..after].parse::<f64>().unwrap_or(0.0) / 10f64.powi(nd as i32);
            end = after;
        } else if nd > 3 {
            return (0.0, end + 1 + nd, NumKind::Skip);
        }
    }
    if end < b.len() && b[end] == b':' && digits_at(end + 1) > 0 {
        return (0.0, end + 1 + digits_at(end + 1), NumKind::Skip); // 09:00
    }
    let mut v = int + frac;
    let rest = &f[end..];
    if (rest.starts_with('k') || rest.starts_with('к'))
        && !fold::char_at(rest, 1).is_some_and(char::is_alphanumeric)
    {
        v *= 1000.0;
        end += rest.chars().next().map_or(0, char::len_utf8);
    }
    if f[end..].trim_start().starts_with('%') {
        return (0.0, end, NumKind::Skip);
    }
    if end < b.len() && b[end].is_ascii_alphabetic() && !f[end..].starts_with("azn") {
        return (0.0, end, NumKind::Skip); // "m2", "4g", "iso9001"
    }
    (v, end, NumKind::Amount)
}

/// A period after a slash: "/ month", "/hour", "/ay", "/час".
fn per_slash(w: &str) -> Option<Period> {
    Some(match w {
        "hour" | "hr" | "h" | "saat" | "час" | "ч" => Period::Hour,
        "day" | "gun" | "день" | "смена" | "shift" => Period::Day,
        "month" | "mo" | "mon" | "ay" | "мес" | "месяц" => Period::Month,
        "year" | "yr" | "annum" | "il" | "год" => Period::Year,
        _ => return None,
    })
}

/// Classifies a word; returns the token and how many extra bytes (following words) it uses.
fn word(w: &str, prev_num: bool, after_hyphen: bool, f: &str, end: usize) -> Option<(T, usize)> {
    let rest = &f[end..];
    let next_word = |r: &str| -> String {
        r.trim_start()
            .chars()
            .take_while(|c| fold::is_letter(*c))
            .collect()
    };
    let nw = next_word(rest);
    let skip_next = |n: &str| rest.len() - rest.trim_start().len() + n.len();
    // Currencies, possibly with an Azerbaijani case suffix.
    let cur = |stem: &str, code: &'static str, exact: bool| -> Option<(T, usize)> {
        if w == stem {
            return Some((T::Cur(code), 0));
        }
        if exact || !w.starts_with(stem) {
            return None;
        }
        let suf = &w[stem.len()..];
        if matches!(suf, "dan" | "den" | "nan" | "nen") {
            Some((T::CurFrom(code), 0))
        } else if suf.ends_with("dek") || suf.ends_with("dak") {
            Some((T::CurUpTo(code), 0))
        } else if matches!(suf, "a" | "e" | "ya" | "ye") && nw == "qeder" {
            Some((T::CurUpTo(code), skip_next(&nw)))
        } else if matches!(suf, "s" | "ov" | "ей" | "я" | "ов" | "а" | "и" | "ы") {
            Some((T::Cur(code), 0))
        } else {
            None
        }
    };
    // "белорусских рублей", "белорусский рубль": one currency of two words.
    if w.starts_with("белорус") && nw.starts_with("рубл") {
        return Some((T::Cur("BYN"), skip_next(&nw)));
    }
    let try_cur = cur("azn", "AZN", false)
        .or_else(|| cur("byn", "BYN", true))
        .or_else(|| cur("manat", "AZN", false))
        .or_else(|| cur("манат", "AZN", false))
        .or_else(|| cur("usd", "USD", false))
        .or_else(|| cur("dollar", "USD", false))
        .or_else(|| cur("доллар", "USD", false))
        .or_else(|| cur("долл", "USD", true))
        .or_else(|| cur("eur", "EUR", false))
        .or_else(|| cur("euro", "EUR", false))
        .or_else(|| cur("евро", "EUR", true))
        .or_else(|| cur("rub", "RUB", false))
        .or_else(|| cur("руб", "RUB", false))
        .or_else(|| cur("рубл", "RUB", false))
        .or_else(|| cur("gbp", "GBP", false))
        .or_else(|| cur("gel", "GEL", true))
        .or_else(|| cur("lari", "GEL", false))
        .or_else(|| cur("kgs", "KGS", true))
        .or_else(|| cur("сом", "KGS", true))
        .or_else(|| cur("uzs", "UZS", true))
        .or_else(|| cur("сум", "UZS", true))
        .or_else(|| cur("сумов", "UZS", true))
        .or_else(|| cur("kzt", "KZT", false))
        .or_else(|| cur("тенге", "KZT", true))
        .or_else(|| cur("uah", "UAH", false))
        .or_else(|| cur("грн", "UAH", true))
        .or_else(|| cur("aed", "AED", false))
        .or_else(|| cur("inr", "INR", true))
        .or_else(|| cur("rupees", "INR", true))
        .or_else(|| cur("cad", "CAD", true))
        .or_else(|| cur("aud", "AUD", true))
        .or_else(|| cur("chf", "CHF", false));
    if let Some(t) = try_cur {
        return Some(t);
    }
    // "US $", "C$", "A$", "NZ$": which dollar.
    let dollar = match w {
        "us" => Some("USD"),
        "c" | "ca" | "can" => Some("CAD"),
        "a" | "au" | "aud" => Some("AUD"),
        "nz" => Some("NZD"),
        "s" | "sg" => Some("SGD"),
        "hk" => Some("HKD"),
        _ => None,
    };
    if let Some(code) = dollar {
        let gap = rest.len() - rest.trim_start_matches(' ').len();
        let max_gap = if w.len() == 1 { 0 } else { 1 };
        if rest[gap..].starts_with('$') && gap <= max_gap {
            return Some((T::Cur(code), gap + 1));
        }
    }
    // "p.a.": per annum.
    if w == "p" && (rest.starts_with(".a.") || rest.starts_with(".a ") || rest == ".a") {
        return Some((T::Per(Period::Year), 2 + usize::from(rest.starts_with(".a."))));
    }
    if prev_num
        && matches!(w, "man" | "m" | "try" | "tl" | "ман" | "р")
        && !rest.starts_with(|c: char| c.is_alphanumeric())
    {
        let code = match w {
            "try" | "tl" => "TRY",
            "р" => "RUB",
            _ => "AZN",
        };
        return Some((T::Cur(code), 0));
    }
    if after_hyphen {
        if matches!(w, "dan" | "den" | "nan" | "nen") {
            return Some((T::From, 0));
        }
        if w.ends_with("dek") || w.ends_with("dak") {
            return Some((T::UpTo, 0));
        }
        if matches!(w, "a" | "e" | "ya" | "ye") && nw == "qeder" {
            return Some((T::UpTo, skip_next(&nw)));
        }
        return Some((T::Word, 0));
    }
    let per = |p: Period, extra: usize| Some((T::Per(p), extra));
    if w == "starting" {
        let extra = if nw == "at" || nw == "from" {
            skip_next(&nw)
        } else {
            0
        };
        return Some((T::From, extra));
    }
    match w {
        "from" | "min" | "minimum" | "от" | "baslayaraq" | "yuxari" | "above" | "более" | "свыше" => {
            Some((T::From, 0))
        }
        "to" | "до" | "ile" | "and" | "и" => {
            if prev_num {
                Some((T::Sep, 0))
            } else if w == "до" || w == "to" {
                Some((T::UpTo, 0))
            } else {
                Some((T::Word, 0))
            }
        }
        "up" if nw == "to" => Some((T::UpTo, skip_next(&nw))),
        "upto" | "max" | "maximum" | "qeder" | "dek" => Some((T::UpTo, 0)),
        "million" | "millions" | "mln" | "billion" | "bln" | "млн" | "млрд" | "milyon" | "milyard" => {
            Some((T::Big, 0))
        }
        "per" | "a" | "an" | "every" | "each" => match nw.as_str() {
            "hour" => per(Period::Hour, skip_next(&nw)),
            "day" | "shift" => per(Period::Day, skip_next(&nw)),
            "month" => per(Period::Month, skip_next(&nw)),
            "year" | "annum" => per(Period::Year, skip_next(&nw)),
            _ => None,
        },
        "hourly" | "saatliq" | "saati" | "saatda" | "почасовая" | "почасово" => {
            per(Period::Hour, 0)
        }
        "daily" | "gunluk" | "gundelik" | "gunde" | "посуточно" => per(Period::Day, 0),
        "monthly" | "ayliq" | "ayda" | "ежемесячно" | "месячная" | "месячный" => {
            per(Period::Month, 0)
        }
        "annual" | "annually" | "yearly" | "illik" | "ilde" | "годовая" | "годовой" | "годовых" | "pa" => {
            per(Period::Year, 0)
        }
        "в" | "за" => match nw.as_str() {
            "час" => per(Period::Hour, skip_next(&nw)),
            "день" | "смену" | "сутки" => per(Period::Day, skip_next(&nw)),
            "месяц" | "мес" => per(Period::Month, skip_next(&nw)),
            "год" => per(Period::Year, skip_next(&nw)),
            _ => None,
        },
        _ => None,
    }
}

/// Reads a salary from a folded clause. `need_currency`: an amount without a currency is no
/// salary (unlabelled text). `implied`: the currency to assume when none is written.
fn parse(clause: &str, need_currency: bool, implied: Option<&'static str>) -> Option<Salary> {
    let clause = cut_extras(clause);
    let t = tokens(clause);
    if t.iter().any(|(k, _)| *k == T::Big) {
        return None;
    }
    let kinds: Vec<T> = t.iter().map(|x| x.0).collect();
    for i in 0..kinds.len() {
        let T::Num(n1) = kinds[i] else { continue };
        let mut cur: Option<&'static str> = None;
        let mut from = false;
        let mut upto = false;
        // Before: currency and/or bound ("from $60k", "до 2 000", "USD 7,000").
        let mut k = i;
        for _ in 0..2 {
            if k == 0 {
                break;
            }
            match kinds[k - 1] {
                T::Cur(c) => cur = cur.or(Some(c)),
                T::From => from = true,
                T::UpTo => upto = true,
                _ => break,
            }
            k -= 1;
        }
        // After: currency, range, bound.
        let mut j = i + 1;
        let mut n2 = None;
        if j < kinds.len() && take_cur(kinds[j], &mut cur, &mut from, &mut upto) {
            j += 1;
        }
        // "$82.9K/yr - $120.3K/yr": a period after each bound.
        if j + 1 < kinds.len() && matches!(kinds[j], T::Per(_)) && kinds[j + 1] == T::Sep {
            j += 1;
        }
        if j < kinds.len() && kinds[j] == T::Sep {
            let mut m = j + 1;
            if m < kinds.len() && matches!(kinds[m], T::Cur(_)) {
                m += 1;
            }
            if let Some(T::Num(v)) = kinds.get(m) {
                n2 = Some(*v);
                j = m + 1;
                if j < kinds.len() && take_cur(kinds[j], &mut cur, &mut from, &mut upto) {
                    j += 1;
                }
            }
        }
        while j < kinds.len() {
            match kinds[j] {
                T::From if n2.is_none() => from = true,
                T::UpTo if n2.is_none() => upto = true,
                _ => break,
            }
            j += 1;
        }
        if cur.is_none() && need_currency {
            continue;
        }
        if NOT_SALARY.has_stem(part_before_extras(clause, t[i].1)) {
            continue;
        }
        let cur = cur.or(implied);
        let (min, max) = match n2 {
            Some(n2) if n2 >= n1 => (Some(n1), Some(n2)),
            Some(_) => continue,
            None if upto && !from => (None, Some(n1)),
            None if from => (Some(n1), None),
            None => (Some(n1), Some(n1)),
        };
        if min.or(max).is_none_or(|v| v <= 0.0 || v >= 1.0e7) {
            continue;
        }
        let period = nearest_period(&t, i, j);
        return Some(Salary {
            min,
            max,
            currency: cur.map(str::to_string),
            period,
        });
    }
    None
}

/// The comma-separated part of `clause` around byte `pos` ("…, 25% night supplement" is
/// another part than the pay before it), up to a "+" after `pos`: in "оклад 45 000 + премия
/// до 30 %" or "700 ₼ + bonus" the extras after the plus do not make the amount a bonus.
fn part_before_extras(clause: &str, pos: usize) -> &str {
    let start = clause[..pos].rfind(", ").map_or(0, |p| p + 2);
    let end = substring::find(&clause[pos..], ", ").map_or(clause.len(), |p| pos + p);
    let end = clause[pos..end].find('+').map_or(end, |p| pos + p);
    &clause[start..end]
}

/// Takes a currency token into `cur` (and the bound its suffix gives); false for others.
fn take_cur(t: T, cur: &mut Option<&'static str>, from: &mut bool, upto: &mut bool) -> bool {
    match t {
        T::Cur(c) => *cur = cur.or(Some(c)),
        T::CurFrom(c) => {
            *cur = cur.or(Some(c));
            *from = true;
        }
        T::CurUpTo(c) => {
            *cur = cur.or(Some(c));
            *upto = true;
        }
        _ => return false,
    }
    true
}

/// The period token nearest to the amount at tokens `a..b`, preferring one after it.
fn nearest_period(t: &[(T, usize)], a: usize, b: usize) -> Option<Period> {
    let mut best: Option<(usize, Period)> = None;
    for (k, (tok, _)) in t.iter().enumerate() {
        if let T::Per(p) = tok {
            let d = if k >= b { k - b } else { a.saturating_sub(k) + 1 };
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, *p));
            }
        }
    }
    best.map(|b| b.1)
}

/// The clause without what is added on top of the pay ("+ bonus", ", plus allowance").
fn cut_extras(clause: &str) -> &str {
    let mut end = clause.len();
    for pat in [
        " + ",
        " +",
        "+ ",
        ", plus",
        " plus ",
        ";",
        " və bonus",
        " + %",
        " а также",
        " or ",
    ] {
        if let Some(p) = substring::find(clause, pat)
            && p < end
            && p > 0
        {
            end = p;
        }
    }
    &clause[..end]
}

/// The first sentence of a folded text: up to a ". " after a word of four or more letters
/// (so that "7.50", "руб." and "m." do not end it).
fn sentence(f: &str) -> &str {
    let mut from = 0;
    while let Some(rel) = substring::find(&f[from..], ". ") {
        let p = from + rel;
        let word_len = f[..p].chars().rev().take_while(|c| fold::is_letter(*c)).count();
        if word_len >= 4 {
            return &f[..p];
        }
        from = p + 2;
    }
    f
}

/// Where the sentence holding byte `p` starts ("Annual gross salary of …" keeps "Annual").
fn sentence_start(f: &str, p: usize) -> usize {
    let mut start = 0;
    let mut from = 0;
    while let Some(rel) = substring::find(&f[from..p], ". ") {
        let q = from + rel;
        let word_len = f[..q].chars().rev().take_while(|c| fold::is_letter(*c)).count();
        if word_len >= 4 {
            start = q + 2;
        }
        from = q + 2;
    }
    start
}

/// True when the folded text says the pay is negotiable.
pub fn negotiable(f: &str) -> bool {
    NEGOTIABLE.has_stem(f)
}

/// Confidence of a salary by where it was read.
mod confidence {
    pub const LABEL: f32 = 0.9;
    pub const PAY_SENTENCE: f32 = 0.8;
    pub const TOP_OF_AD: f32 = 0.75;
    pub const OFFER: f32 = 0.65;
    /// Less when the currency or the period had to be inferred.
    pub const INFERRED: f32 = 0.1;
}

/// Words of a short line at the top of the ad that may be a board's pay chip.
const CHIP_WORDS: usize = 12;

/// The salary of the ad: a labelled amount, a sentence about pay, a board's pay line at the
/// top, an amount with its period in the offer. "$" is the dollar of the ad's country; a
/// period not written is the board's convention (monthly in Azerbaijani and Russian ads and
/// currencies) or follows from the amount (a yearly figure, an hourly rate), else unknown.
pub fn read(ad: &Ad) -> Option<Read<Salary>> {
    let language = ad.language.as_deref();
    let implied = implied_currency(language, ad.country);
    let top = (0..ad.lines.len())
        .find(|&i| ad.sections.in_tagged(i))
        .unwrap_or(ad.lines.len());
    let found = find(ad, implied, top)?;
    let (mut salary, line, mut conf) = found;
    if salary.currency.as_deref() == Some(DOLLAR) {
        salary.currency = Some(dollar_of(ad.country).to_string());
        if ad.country.is_none() {
            conf -= confidence::INFERRED;
        }
    }
    if salary.period.is_none() {
        salary.period = implied_period(&salary, language);
        conf -= confidence::INFERRED;
    }
    Some(Read::new(salary, Some(line), conf))
}

/// The currency a labelled amount without one is in: the manat of an Azerbaijani ad, the
/// national currency of a Russian-language ad from a country whose ads write bare amounts in it
/// ("Оклад: 45 000 + премия" in Russia is roubles); elsewhere none.
fn implied_currency(language: Option<&str>, country: Option<&str>) -> Option<&'static str> {
    match (language, country) {
        (Some("az"), _) => Some("AZN"),
        (Some("ru"), Some(c)) => RUSSIAN_LANGUAGE_CURRENCIES
            .iter()
            .find(|(iso, _)| *iso == c)
            .map(|(_, cur)| *cur),
        _ => None,
    }
}

/// Countries of Russian-language ads and their currencies.
const RUSSIAN_LANGUAGE_CURRENCIES: &[(&str, &str)] = &[
    ("AZ", "AZN"),
    ("BY", "BYN"),
    ("KG", "KGS"),
    ("KZ", "KZT"),
    ("RU", "RUB"),
    ("UZ", "UZS"),
];

fn find(ad: &Ad, implied: Option<&'static str>, top: usize) -> Option<(Salary, usize, f32)> {
    // 1. Labelled facts.
    for l in ad.labels.iter().filter(|l| l.field == Field::Salary) {
        let clause = format!("{}: {}", l.key, l.vfold);
        if let Some(s) = parse(&clause, false, implied) {
            return Some((s, l.line, confidence::LABEL));
        }
        if negotiable(&l.vfold) {
            return None;
        }
    }
    // 2. A board's pay line at the top: "$80,000 - $100,000 a year - Full-time", "от 3 500 USD"
    // (one with its period first).
    if let Some(found) = pay_line(ad, top, true, true).or_else(|| pay_line(ad, top, true, false)) {
        return Some(found);
    }
    // 3. Sentences about pay.
    for (i, ln) in ad.body() {
        let f = ln.fbody();
        if !f.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let Some(p) = PAY_WORDS.find_stem(f) else { continue };
        if let Some(s) = parse(sentence(&f[sentence_start(f, p)..]), true, None) {
            return Some((s, i, confidence::PAY_SENTENCE));
        }
    }
    // 4. A pay line with its period anywhere outside the duties and requirements.
    if let Some(found) = pay_line(ad, top, false, true) {
        return Some(found);
    }
    // 5. An amount alone on its line beside a line about pay ("$128,000—$152,000 USD" over
    // "The range above is the base salary for …").
    let body: Vec<(usize, &Ln)> = ad.body().collect();
    for (k, &(i, ln)) in body.iter().enumerate() {
        let f = ln.fbody();
        if !f.bytes().any(|b| b.is_ascii_digit()) || !amount_only(f) {
            continue;
        }
        let about_pay =
            |j: Option<&(usize, &Ln)>| j.is_some_and(|(_, n)| PAY_WORDS.find_stem(n.fbody()).is_some());
        if (about_pay(body.get(k + 1)) || k > 0 && about_pay(body.get(k - 1)))
            && let Some(s) = parse(f, true, None)
        {
            return Some((s, i, confidence::PAY_SENTENCE));
        }
    }
    // 6. An amount with a period in the offer.
    for (i, ln) in ad.body() {
        let k = ad.sections.kind(i);
        if !(k.is_none() || k == Some(Kind::Benefits)) {
            continue;
        }
        let f = sentence(ln.fbody());
        if !f.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        if let Some(s) = parse(f, true, None)
            && tokens(cut_extras(f)).iter().any(|(t, _)| matches!(t, T::Per(_)))
        {
            return Some((s, i, confidence::OFFER));
        }
    }
    None
}

/// A board's pay line: short, outside the duties and requirements (unless it is only an
/// amount), with a currency; at the top (`top_only`) even without a period unless
/// `need_period`, elsewhere only with one. Job cards of other ads ("Acme · Leeds · £19.00 -
/// £21.50 per hour") and the axis of a salary chart are not the pay.
fn pay_line(ad: &Ad, top: usize, top_only: bool, need_period: bool) -> Option<(Salary, usize, f32)> {
    for (i, ln) in ad.body() {
        if top_only && i >= top {
            break;
        }
        let f = ln.fbody();
        let amount_only = amount_only(f);
        if !f.bytes().any(|b| b.is_ascii_digit())
            || f.split_whitespace().count() > CHIP_WORDS
            || !amount_only
                && matches!(
                    ad.sections.kind(i),
                    Some(Kind::Responsibilities | Kind::Requirements | Kind::NiceToHave)
                )
        {
            continue;
        }
        let cells: Vec<&str> = f.split('\t').collect();
        if cells.len() >= 3 && cells.iter().all(|c| parse(c, true, None).is_some()) {
            continue; // the axis of a salary chart: "$110k\t$120k\t$130k"
        }
        for cell in cells {
            let cell = sentence(cell);
            if !top_only && job_card(cell) {
                continue;
            }
            let per = tokens(cut_extras(cell))
                .iter()
                .any(|(t, _)| matches!(t, T::Per(_)));
            if (per || top_only && !need_period)
                && let Some(s) = parse(cell, true, None)
            {
                return Some((s, i, confidence::TOP_OF_AD));
            }
        }
    }
    None
}

/// A line of nothing but amounts, currencies, periods and range words ("$128,000—$152,000
/// USD", "от 80 000 ₽/месяц").
fn amount_only(f: &str) -> bool {
    tokens(f).iter().all(|(t, _)| {
        matches!(
            t,
            T::Num(_) | T::Cur(_) | T::Sep | T::Per(_) | T::From | T::UpTo | T::Punct
        )
    })
}

/// Another job's card: the pay among " · " segments with a name or a place ("Acme · Leeds ·
/// £19.00 per hour", "Copperfield Analytics · $138K - $171K/yr").
fn job_card(f: &str) -> bool {
    let segments: Vec<&str> = f.split(" · ").collect();
    segments.len() >= 2
        && segments
            .iter()
            .any(|s| !s.bytes().any(|b| b.is_ascii_digit()) && fold::words(s).count() >= 1)
}

/// The currency "$" stands for in an ad from `country`: that country's dollar (or peso), else
/// the US dollar (also where the country pays in another currency: an Azerbaijani ad in "$").
fn dollar_of(country: Option<&str>) -> &'static str {
    country
        .and_then(places::country)
        .map(|c| c.currency)
        .filter(|c| c.ends_with('D') || matches!(*c, "MXN" | "ARS" | "CLP" | "COP"))
        .unwrap_or("USD")
}

/// Currencies whose ads state monthly pay unless they say otherwise.
const MONTHLY_CURRENCIES: &[&str] = &[
    "AZN", "BYN", "GEL", "KGS", "KZT", "RUB", "TJS", "TRY", "UAH", "UZS",
];
/// A figure this large without a period is a year's pay (in dollars, pounds, euros).
const YEARLY_FROM: f64 = 12_000.0;
/// A figure this small without a period is an hourly rate.
const HOURLY_UNDER: f64 = 150.0;

/// The period of a salary that does not write one.
fn implied_period(s: &Salary, language: Option<&str>) -> Option<Period> {
    let cur = s.currency.as_deref().unwrap_or("");
    if matches!(language, Some("az" | "ru")) || MONTHLY_CURRENCIES.contains(&cur) {
        return Some(Period::Month);
    }
    let amount = s.max.or(s.min)?;
    let yearly_from = if cur == "INR" { 100_000.0 } else { YEARLY_FROM };
    if amount >= yearly_from {
        Some(Period::Year)
    } else if amount < HOURLY_UNDER && !matches!(cur, "INR" | "JPY") {
        Some(Period::Hour)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Parsed = Option<(Option<f64>, Option<f64>, Option<String>, Option<Period>)>;

    /// Parses as `read` does for an ad from the US in English: "$" is the US dollar, a period
    /// not written follows from the currency or the amount.
    fn p(s: &str) -> Parsed {
        parse(&fold::fold(s), false, None).map(|mut s| {
            if s.currency.as_deref() == Some(DOLLAR) {
                s.currency = Some(dollar_of(Some("US")).to_string());
            }
            let period = s.period.or_else(|| implied_period(&s, None));
            (s.min, s.max, s.currency, period)
        })
    }

    fn m(min: Option<f64>, max: Option<f64>, cur: &str, per: Period) -> Parsed {
        Some((min, max, Some(cur.to_string()), Some(per)))
    }

    #[test]
    fn a_labelled_bare_amount_is_in_the_currency_of_the_ads_country() {
        let salary = |text: &str| {
            let doc = crate::layout::Document::from_plain_text(text);
            read(&Ad::new(&doc, None)).map(|r| (r.value.min, r.value.currency))
        };
        let ad = "Электромонтёр\n\nАО «Камский завод», г. Набережные Челны, www.kzmk-chelny.ru, +7 (8552) 45-12-30\n\nОклад: 45 000 + премия до 30 %\n\nОбязанности: обслуживание электрооборудования цеха.\n";
        assert_eq!(salary(ad), Some((Some(45000.0), Some("RUB".to_string()))));
        // Negative: a Russian-language ad whose country the ad does not tell keeps no currency.
        let ad = "Электромонтёр\n\nОклад: 45 000 + премия до 30 %\n\nОбязанности: обслуживание электрооборудования цеха.\n";
        assert_ne!(salary(ad).and_then(|s| s.1), Some("RUB".to_string()));
    }

    #[test]
    fn belarusian_roubles() {
        assert_eq!(
            p("Зарплата: 1 500 – 1 900 BYN за месяц, до вычета налогов"),
            m(Some(1500.0), Some(1900.0), "BYN", Period::Month)
        );
        assert_eq!(
            p("Оклад от 2 300 до 2 900 белорусских рублей в месяц"),
            m(Some(2300.0), Some(2900.0), "BYN", Period::Month)
        );
        assert_eq!(
            p("Зарплата: 90 000 рублей в месяц"),
            m(Some(90000.0), Some(90000.0), "RUB", Period::Month)
        );
    }

    #[test]
    fn addresses_are_not_pay() {
        assert_eq!(
            p("Maaş: 900 AZN · Paylaş: https://jobsearch.az/vacancies/satis-fmcg-194552"),
            m(Some(900.0), Some(900.0), "AZN", Period::Month)
        );
        assert_eq!(
            p("Paylaş: https://jobsearch.az/vacancies/satis-fmcg-194552 AZN"),
            None
        );
        assert_eq!(p("Salary: write to pay2026@acme.az"), None);
    }

    #[test]
    fn english() {
        assert_eq!(
            p("Salary: 4 000 – 5 500 AZN gross per month, reviewed every year"),
            m(Some(4000.0), Some(5500.0), "AZN", Period::Month)
        );
        assert_eq!(
            p("Salary: AZN 1,200 - 1,500 per month (net)"),
            m(Some(1200.0), Some(1500.0), "AZN", Period::Month)
        );
        assert_eq!(
            p("Rate: USD 8,500 per month (gross), plus offshore allowance"),
            m(Some(8500.0), Some(8500.0), "USD", Period::Month)
        );
        assert_eq!(
            p("Salary: €3,200–€4,000 / month"),
            m(Some(3200.0), Some(4000.0), "EUR", Period::Month)
        );
        assert_eq!(
            p("Salary: $60,000 - $75,000 per year, paid monthly"),
            m(Some(60000.0), Some(75000.0), "USD", Period::Year)
        );
        assert_eq!(
            p("Pay: AZN 7.50 per hour, 25% night supplement on top"),
            m(Some(7.5), Some(7.5), "AZN", Period::Hour)
        );
        assert_eq!(
            p("Salary: from 1,800 AZN per month"),
            m(Some(1800.0), None, "AZN", Period::Month)
        );
        assert_eq!(
            p("Annual gross salary of EUR 45,000 - 55,000, paid in AZN"),
            m(Some(45000.0), Some(55000.0), "EUR", Period::Year)
        );
        assert_eq!(
            p("Rate: $45/hour, 40 hours per week"),
            m(Some(45.0), Some(45.0), "USD", Period::Hour)
        );
        assert_eq!(
            p("Salary: ₼2000-2400 net"),
            m(Some(2000.0), Some(2400.0), "AZN", Period::Month)
        );
        assert_eq!(
            p("Salary: up to $5k a month"),
            m(None, Some(5000.0), "USD", Period::Month)
        );
        assert_eq!(
            p("Salary: £30,000 per annum"),
            m(Some(30000.0), Some(30000.0), "GBP", Period::Year)
        );
        assert_eq!(
            p("Salary 1500-1800 AZN net + service charge"),
            m(Some(1500.0), Some(1800.0), "AZN", Period::Month)
        );
        assert_eq!(
            p("Pay: 60 AZN per day plus tips"),
            m(Some(60.0), Some(60.0), "AZN", Period::Day)
        );
        assert_eq!(
            p("Pay: 12 AZN an hour"),
            m(Some(12.0), Some(12.0), "AZN", Period::Hour)
        );
        assert_eq!(
            p("Daily rate: 250 USD"),
            m(Some(250.0), Some(250.0), "USD", Period::Day)
        );
    }

    #[test]
    fn azerbaijani() {
        assert_eq!(
            p("Əmək haqqı: 1 300 – 1 600 AZN"),
            m(Some(1300.0), Some(1600.0), "AZN", Period::Month)
        );
        assert_eq!(
            p("Saatlıq ödəniş: 6 AZN"),
            m(Some(6.0), Some(6.0), "AZN", Period::Hour)
        );
        assert_eq!(
            p("Maaş: 1 000 AZN + pulsuz yemək"),
            m(Some(1000.0), Some(1000.0), "AZN", Period::Month)
        );
        assert_eq!(
            p("Əmək haqqı: 800 – 1000 AZN + bonus"),
            m(Some(800.0), Some(1000.0), "AZN", Period::Month)
        );
        assert_eq!(
            p("Maaş: 1000 manatdan başlayaraq"),
            m(Some(1000.0), None, "AZN", Period::Month)
        );
        assert_eq!(
            p("Maaş: 2000 AZN-dək"),
            m(None, Some(2000.0), "AZN", Period::Month)
        );
        assert_eq!(
            p("Əmək haqqı 1500 manata qədər"),
            m(None, Some(1500.0), "AZN", Period::Month)
        );
        assert_eq!(
            p("Maaş: 1.500 - 2.000 azn"),
            m(Some(1500.0), Some(2000.0), "AZN", Period::Month)
        );
        assert_eq!(
            p("Təqaüd\t400 AZN"),
            m(Some(400.0), Some(400.0), "AZN", Period::Month)
        );
        assert_eq!(
            p("Günlük ödəniş: 50 AZN"),
            m(Some(50.0), Some(50.0), "AZN", Period::Day)
        );
        assert_eq!(
            p("Ödəniş: gündəlik 40 AZN + bəxşiş"),
            m(Some(40.0), Some(40.0), "AZN", Period::Day)
        );
        assert_eq!(
            p("Ödəniş: gündə 35 manat"),
            m(Some(35.0), Some(35.0), "AZN", Period::Day)
        );
        assert_eq!(
            p("Ödəniş: saatda 6 AZN"),
            m(Some(6.0), Some(6.0), "AZN", Period::Hour)
        );
        assert_eq!(
            p("Ödəniş: saatlıq 15 AZN"),
            m(Some(15.0), Some(15.0), "AZN", Period::Hour)
        );
        assert_eq!(
            p("Maaş: 900 m."),
            m(Some(900.0), Some(900.0), "AZN", Period::Month)
        );
    }

    #[test]
    fn russian() {
        assert_eq!(
            p("60–80 тыс. руб. в месяц до вычета НДФЛ"),
            m(Some(60000.0), Some(80000.0), "RUB", Period::Month)
        );
        assert_eq!(
            p("Оклад 52 000 руб. + премия до 30 %"),
            m(Some(52000.0), Some(52000.0), "RUB", Period::Month)
        );
        assert_eq!(
            p("Зарплата — от 5 000 000 до 6 500 000 сум в месяц на руки"),
            m(Some(5_000_000.0), Some(6_500_000.0), "UZS", Period::Month)
        );
        assert_eq!(p("Премия до 30 000 руб. по итогам квартала"), None);
        assert_eq!(
            p("Заработная плата: от 1 500 до 2 000 AZN"),
            m(Some(1500.0), Some(2000.0), "AZN", Period::Month)
        );
        assert_eq!(
            p("Зарплата: от 3 500 до 4 500 USD в месяц (до вычета налогов)"),
            m(Some(3500.0), Some(4500.0), "USD", Period::Month)
        );
        assert_eq!(
            p("Доход: от 150 000 до 200 000 руб. + % от продаж"),
            m(Some(150000.0), Some(200000.0), "RUB", Period::Month)
        );
        assert_eq!(
            p("Заработная плата от 1 200 AZN + премии за рейсы"),
            m(Some(1200.0), None, "AZN", Period::Month)
        );
        assert_eq!(
            p("Оплата 8 AZN в час, выплаты два раза в месяц"),
            m(Some(8.0), Some(8.0), "AZN", Period::Hour)
        );
        assert_eq!(
            p("Оплата: 3 000 руб. в день"),
            m(Some(3000.0), Some(3000.0), "RUB", Period::Day)
        );
        assert_eq!(
            p("Оплата: 50 AZN за смену"),
            m(Some(50.0), Some(50.0), "AZN", Period::Day)
        );
        assert_eq!(
            p("Зарплата: до 90 000 ₽"),
            m(None, Some(90000.0), "RUB", Period::Month)
        );
        assert_eq!(
            p("Оклад 2 200–2 800 AZN"),
            m(Some(2200.0), Some(2800.0), "AZN", Period::Month)
        );
    }

    #[test]
    fn not_salaries() {
        assert_eq!(parse(&fold::fold("call +994 12 404 40 40"), true, None), None);
        assert_eq!(
            parse(&fold::fold("total assets of AZN 6.2 billion"), true, None),
            None
        );
        assert_eq!(
            parse(
                &fold::fold("Annual performance bonus of up to 2 monthly salaries"),
                true,
                None
            ),
            None
        );
        assert_eq!(
            parse(&fold::fold("Learning budget of 1 500 AZN per year"), true, None),
            None
        );
        assert_eq!(parse(&fold::fold("Deadline: 15.12.2026"), false, None), None);
        assert_eq!(parse(&fold::fold("Founded in 2009, 45 stores"), true, None), None);
        assert_eq!(
            parse(&fold::fold("Baku AZ1000, 15 Nizami street"), true, None),
            None
        );
        assert!(negotiable(&fold::fold("Competitive, based on experience")));
        assert!(negotiable(&fold::fold("razılaşma yolu ilə")));
        assert!(negotiable(&fold::fold("по договорённости")));
    }
}
