//! "Label: value" facts: key–value lines, key-facts table rows (`Label\tvalue`), header
//! segments ("Bakı · Əmək haqqı: 4 000 AZN") and labels inside sentences ("… Место работы:
//! Удалённо."). Owns the label lexicon (English, Azerbaijani, Russian) and what field each
//! label names.

use crate::posting::ad::lines::{Ln, Marker};
use crate::posting::text::fold::{self, fold};

/// What a label names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Title,
    Company,
    Location,
    Salary,
    Employment,
    Workplace,
    Experience,
    Education,
    Deadline,
    Posted,
    Phone,
    Email,
    Website,
    /// A known label that names none of the fields (department, schedule, start date …).
    Other,
}

/// One label and its value.
#[derive(Clone, Debug)]
pub struct Label {
    pub field: Field,
    pub line: usize,
    /// The label as folded.
    pub key: String,
    /// The value as written (NFC), trimmed.
    pub value: String,
    /// The value folded.
    pub vfold: String,
    /// The label starts its line (a key–value line or row, not a label inside a sentence).
    pub at_start: bool,
}

/// The field a folded label names, or `None` when it is no label we know.
pub fn field(label: &str) -> Option<Field> {
    exact_field(label).or_else(|| keyword_field(label))
}

/// The field of a label of the lexicon, written exactly so ("company", "место работы").
pub fn exact_field(label: &str) -> Option<Field> {
    use Field::*;
    let f = match label {
        "position"
        | "job title"
        | "title"
        | "vacancy"
        | "job"
        | "role"
        | "post"
        | "position title"
        | "title of post"
        | "title of position"
        | "job name"
        | "position name"
        | "vacancy title"
        | "название"
        | "название вакансии"
        | "название должности"
        | "наименование должности"
        | "наименование вакансии"
        | "vezife"
        | "vakansiya"
        | "vezifenin adi"
        | "должность"
        | "вакансия"
        | "позиция" => Title,
        "company"
        | "employer"
        | "client"
        | "organisation"
        | "organization"
        | "company name"
        | "advertiser"
        | "hiring organisation"
        | "hiring organization"
        | "employer name"
        | "agency"
        | "hiring company"
        | "sirket"
        | "isegoturen"
        | "teskilat"
        | "muessise"
        | "sirketin adi"
        | "компания"
        | "работодатель"
        | "организация"
        | "заказчик"
        | "наниматель" => Company,
        "location"
        | "job location"
        | "work location"
        | "place of work"
        | "workplace location"
        | "address"
        | "city"
        | "office"
        | "based in"
        | "duty station"
        | "region"
        | "country"
        | "locations"
        | "unvan"
        | "is yeri"
        | "is yerinin unvani"
        | "seher"
        | "yer"
        | "mekan"
        | "region/seher"
        | "место работы"
        | "где"
        | "город"
        | "адрес"
        | "локация"
        | "местоположение"
        | "место"
        | "регион"
        | "адрес работы"
        | "офис" => Location,
        "salary"
        | "pay"
        | "rate"
        | "wage"
        | "wages"
        | "compensation"
        | "remuneration"
        | "stipend"
        | "monthly stipend"
        | "salary range"
        | "base salary"
        | "pay rate"
        | "hourly rate"
        | "daily rate"
        | "gross salary"
        | "net salary"
        | "monthly salary"
        | "annual salary"
        | "salary (gross)"
        | "salary (net)"
        | "maas"
        | "emek haqqi"
        | "teqaud"
        | "odenis"
        | "saatliq odenis"
        | "ayliq maas"
        | "ayliq emek haqqi"
        | "emekhaqqi"
        | "gunluk odenis"
        | "зарплата"
        | "заработная плата"
        | "зп"
        | "з/п"
        | "оклад"
        | "доход"
        | "оплата"
        | "оплата труда"
        | "стипендия"
        | "вознаграждение"
        | "уровень дохода"
        | "зарплата (на руки)" => Salary,
        "employment type"
        | "employment"
        | "type"
        | "job type"
        | "contract"
        | "contract type"
        | "type of contract"
        | "type of employment"
        | "employment status"
        | "hours"
        | "work type"
        | "masgulluq"
        | "mesgulluq"
        | "muqavile"
        | "term"
        | "mesgulluq novu"
        | "masgulluq novu"
        | "is novu"
        | "is rejimi novu"
        | "emek muqavilesi"
        | "is qrafiki novu"
        | "занятость"
        | "тип занятости"
        | "вид занятости"
        | "тип договора"
        | "формат занятости"
        | "договор" => Employment,
        "workplace"
        | "work format"
        | "work mode"
        | "workplace type"
        | "format"
        | "remote"
        | "work model"
        | "is rejimi"
        | "is formati"
        | "formati"
        | "формат"
        | "формат работы"
        | "режим работы"
        | "удаленно" => Workplace,
        "experience"
        | "work experience"
        | "required experience"
        | "years of experience"
        | "tecrube"
        | "is tecrubesi"
        | "tecrube ili"
        | "опыт"
        | "опыт работы"
        | "стаж"
        | "требуемый опыт"
        | "стаж работы" => Experience,
        "education" | "qualification" | "degree" | "tehsil" | "образование" => Education,
        "deadline"
        | "application deadline"
        | "closing date"
        | "end date"
        | "posting end date"
        | "job closes"
        | "apply by"
        | "apply before"
        | "applications close"
        | "last date"
        | "last day to apply"
        | "valid until"
        | "valid through"
        | "expires"
        | "expiry date"
        | "deadline for applications"
        | "closing"
        | "son tarix"
        | "son muraciet tarixi"
        | "muraciet ucun son tarix"
        | "son muraciet"
        | "bitme tarixi"
        | "elanin bitme tarixi"
        | "son muraciet tarixi ve saati"
        | "срок подачи"
        | "срок подачи заявок"
        | "срок"
        | "отклик до"
        | "прием резюме до"
        | "крайний срок"
        | "актуально до"
        | "дата окончания"
        | "вакансия открыта до"
        | "прием заявок до" => Deadline,
        "posted"
        | "date posted"
        | "posted date"
        | "date of issue"
        | "issue date"
        | "дата объявления"
        | "дата объявления конкурса"
        | "published"
        | "posted on"
        | "publication date"
        | "posting date"
        | "date"
        | "elan tarixi"
        | "tarix"
        | "elanin derc tarixi"
        | "derc tarixi"
        | "yerlesdirilme tarixi"
        | "yerlesdirilib"
        | "elanin tarixi"
        | "размещено"
        | "опубликовано"
        | "дата публикации"
        | "дата размещения"
        | "дата" => Posted,
        "phone" | "tel" | "telephone" | "mobile" | "call" | "phone number" | "telefon" | "elaqe nomresi"
        | "mobil" | "nomre" | "телефон" | "тел" | "моб" | "звоните" | "whatsapp" => Phone,
        "email" | "e-mail" | "mail" | "e-poct" | "e-poct unvani" | "электронная почта" | "почта" => {
            Email
        }
        "website" | "web" | "site" | "url" | "apply online" | "more information" | "sayt" | "veb-sayt"
        | "сайт" | "подробнее" => Website,
        "department"
        | "yas"
        | "yas heddi"
        | "возраст"
        | "age"
        | "kateqoriya"
        | "категория"
        | "elaqedar sexs"
        | "контактное лицо"
        | "contact person"
        | "division"
        | "unit"
        | "team"
        | "reports to"
        | "schedule"
        | "working hours"
        | "shift"
        | "start"
        | "start date"
        | "duration"
        | "rotation"
        | "vacancy id"
        | "reference"
        | "ref"
        | "grade"
        | "programme start"
        | "program start"
        | "category"
        | "industry"
        | "sector"
        | "contact"
        | "contacts"
        | "apply"
        | "department/unit"
        | "sobe"
        | "filial"
        | "qrafik"
        | "is qrafiki"
        | "is saatlari"
        | "tecrube proqraminin muddeti"
        | "muddet"
        | "baslama tarixi"
        | "elaqe"
        | "muraciet"
        | "muraciet ucun"
        | "отдел"
        | "подразделение"
        | "график"
        | "график работы"
        | "начало"
        | "срок договора"
        | "контакты"
        | "подчинение"
        | "отрасль"
        | "направление" => Other,
        _ => return None,
    };
    Some(f)
}

/// Labels outside the table, recognised by a keyword ("Saatlıq ödəniş", "Desired salary").
fn keyword_field(label: &str) -> Option<Field> {
    if fold::words(label).count() > 4 {
        return None;
    }
    const DEADLINE: fold::Set = fold::Set::new(&[
        "closing date",
        "deadline",
        "son muraciet",
        "son tarix",
        "заявки до",
        "отклик до",
        "прием",
        "срок",
    ]);
    const POSTED: fold::Set = fold::Set::new(&[
        "derc",
        "elan tarixi",
        "posted",
        "published",
        "опубликован",
        "публикац",
        "размещен",
    ]);
    if crate::posting::lexicon::pay::PAY_WORDS.has_stem(label) {
        Some(Field::Salary)
    } else if DEADLINE.has_stem(label) {
        Some(Field::Deadline)
    } else if POSTED.has_stem(label) {
        Some(Field::Posted)
    } else {
        None
    }
}

/// Folds a label candidate to its lexicon key: lower case, single spaces, no trailing colon.
fn key(raw_fold: &str) -> String {
    let t = raw_fold.trim().trim_end_matches([':', '.', '-', ' ']).trim();
    let mut out = String::with_capacity(t.len());
    for w in t.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Every label in the document, in reading order.
pub fn collect(lines: &[Ln]) -> Vec<Label> {
    let mut out = Vec::new();
    let mut column = column_pairs(lines);
    column.extend(stacked_pairs(lines, &column));
    for (i, ln) in lines.iter().enumerate() {
        if ln.page_no {
            continue;
        }
        let before = out.len();
        for &(label, _) in column.iter().filter(|(_, v)| *v == i) {
            let k = key(&lines[label].fold);
            if let Some(fl) = field(&k) {
                push(&mut out, fl, i, k, ln.text.to_string(), true);
            }
        }
        if out.len() > before {
            continue;
        }
        if ln.is_row() {
            rows(ln, i, &mut out);
        }
        if out.len() == before {
            colons(ln, i, &mut out);
        }
        // A bare label with its value on the next line, as boards stack their facts
        // ("Job type" / "Full-time", "Maaş" / "Razılaşma yolu ilə").
        if out.len() == before
            && bare_label(ln)
            && exact_field(&key(&ln.fold)).is_some_and(|f| f != Field::Other)
            && !column.iter().any(|&(l, _)| l == i)
            && let Some(next) = lines.get(i + 1)
            && !bare_label(next)
            && next.marker == Marker::None
            && !next.fold.contains(':')
            && !next.text.trim_end().ends_with('.')
            // Below the label, in its column, or its cell's neighbour to the right in a
            // form's row ("2 | Vəzifənin adı | Tibb bacısı"), which may say more.
            && next.page == ln.page
            && (next.bbox.y0 >= ln.bbox.y1 - 1.0
                && (next.bbox.x0 - ln.bbox.x0).abs() < 40.0
                && next.text.split_whitespace().count() <= 8
                || beside(ln, next) && next.text.split_whitespace().count() <= 14)
        {
            let k = key(&ln.fold);
            if let Some(f) = exact_field(&k) {
                push(&mut out, f, i + 1, k, next.text.to_string(), true);
            }
            continue;
        }
        // "Location:" alone, value on the next line (sidebars).
        if out.len() == before && ln.marker == Marker::None && ln.fold.trim_end().ends_with(':') {
            let k = key(&ln.fold);
            if let (Some(f), Some(next)) = (field(&k), lines.get(i + 1))
                && !next.fold.contains(':')
                && next.marker == Marker::None
            {
                push(&mut out, f, i + 1, k, next.text.to_string(), true);
            }
        }
    }
    out
}

/// True when `next` stands to the right of `ln` on the same row: their heights overlap by half
/// or more and it starts after `ln` ends.
fn beside(ln: &Ln, next: &Ln) -> bool {
    let overlap = ln.bbox.y1.min(next.bbox.y1) - ln.bbox.y0.max(next.bbox.y0);
    let height = (ln.bbox.y1 - ln.bbox.y0).min(next.bbox.y1 - next.bbox.y0);
    height > 0.0 && overlap >= 0.5 * height && next.bbox.x0 >= ln.bbox.x1 - 1.0
}

/// Lines looked through for the value cell under a bare label.
const CELL_WINDOW: usize = 12;

/// A grid of facts whose cells hold a label over its value, read by the layout in an order
/// that does not put each value right after its label (the cells of two columns interleave,
/// or a sidebar comes between): each bare label is paired with the line straight below it, in
/// its column, within a line's height. Labels already paired, or followed by their value, are
/// left alone. Returns (label line, value line) pairs.
fn stacked_pairs(lines: &[Ln], paired: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, ln) in lines.iter().enumerate() {
        if !bare_label(ln)
            || paired.iter().any(|&(l, _)| l == i)
            || !exact_field(&key(&ln.fold)).is_some_and(|f| f != Field::Other)
        {
            continue;
        }
        let below = |v: &Ln| {
            let height = ln.bbox.y1 - ln.bbox.y0;
            v.page == ln.page
                && v.bbox.y0 >= ln.bbox.y1 - 1.0
                && v.bbox.y0 <= ln.bbox.y1 + 1.2 * height
                && (v.bbox.x0 - ln.bbox.x0).abs() < 6.0
        };
        if lines
            .get(i + 1)
            .is_some_and(|next| below(next) || beside(ln, next))
        {
            continue; // the next line is the value: the reading-order rule reads it
        }
        let value = lines
            .iter()
            .enumerate()
            .skip(i + 1)
            .take(CELL_WINDOW)
            .filter(|(_, v)| {
                below(v)
                    && !bare_label(v)
                    && field(&key(&v.fold)).is_none()
                    && v.marker == Marker::None
                    && !v.fold.contains(':')
                    && v.text.split_whitespace().count() <= 8
            })
            .min_by(|a, b| a.1.bbox.y0.total_cmp(&b.1.bbox.y0));
        if let Some((j, _)) = value {
            out.push((i, j));
        }
    }
    out
}

/// A line that is a bare label: "Salary", "Son müraciət tarixi" (no value, no bullet).
fn bare_label(ln: &Ln) -> bool {
    if ln.page_no || ln.marker != Marker::None || ln.is_row() || fold::words(&ln.fold).count() > 4 {
        return false;
    }
    let k = key(&ln.fold);
    !k.contains(':') && field(&k).is_some()
}

/// A key-facts table read column by column: a run of bare labels ("Company", "Location",
/// "Salary" …) followed by their values to the right. Each label is paired with the value
/// line beside it (its vertical middle within the value's box, on the same page); a value
/// line that the layout joined from several cells serves every label beside it.
/// Returns (label line, value line) pairs.
fn column_pairs(lines: &[Ln]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !bare_label(&lines[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && bare_label(&lines[i]) && lines[i].page == lines[start].page {
            i += 1;
        }
        let run = start..i;
        if run.len() < 3 {
            continue;
        }
        let right = run.clone().map(|k| lines[k].bbox.x1).fold(f32::MIN, f32::max);
        let values: Vec<usize> = (i..lines.len())
            .take_while(|&v| lines[v].page == lines[start].page && lines[v].bbox.x0 > right)
            .take(run.len())
            .collect();
        for l in run {
            let b = lines[l].bbox;
            let mid = (b.y0 + b.y1) / 2.0;
            if let Some(&v) = values
                .iter()
                .find(|&&v| lines[v].bbox.y0 - 2.0 <= mid && mid <= lines[v].bbox.y1 + 2.0)
            {
                out.push((l, v));
            }
        }
    }
    out
}

fn push(out: &mut Vec<Label>, field: Field, line: usize, key: String, value: String, at_start: bool) {
    let value = fold::trim_value(&value).to_string();
    if value.is_empty() {
        return;
    }
    let vfold = fold(&value);
    out.push(Label {
        field,
        line,
        key,
        value,
        vfold,
        at_start,
    });
}

/// `Label\tvalue` rows of a key-facts table.
fn rows(ln: &Ln, i: usize, out: &mut Vec<Label>) {
    let cells: Vec<&str> = ln.text.split('\t').collect();
    let fcells: Vec<&str> = ln.fold.split('\t').collect();
    if cells.len() != fcells.len() {
        return;
    }
    // A header row of a table ("Role\tCountry\tLocation\tSalary") names labels, not values.
    let labels = fcells.iter().filter(|c| exact_field(&key(c)).is_some()).count();
    if labels >= 3 {
        return;
    }
    let mut c = 0;
    while c + 1 < cells.len() {
        let k = key(fcells[c]);
        if let Some(f) = field(&k)
            && exact_field(&key(fcells[c + 1])).is_none()
        {
            push(out, f, i, k, cells[c + 1].to_string(), true);
            c += 2;
        } else {
            c += 1;
        }
    }
}

/// Splits a folded line into segments at header separators (` · `, ` | `, tabs, ` • `).
pub fn segments(f: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = f.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let sep = match c {
            '\t' => true,
            '·' | '|' | '•' => {
                fold::char_before(f, i).is_some_and(char::is_whitespace)
                    && it.peek().is_some_and(|&(_, n)| n.is_whitespace())
            }
            _ => false,
        };
        if sep {
            out.push((start, i));
            start = i + c.len_utf8();
        }
    }
    out.push((start, f.len()));
    out
}

/// `Label: value` anywhere in a line.
fn colons(ln: &Ln, i: usize, out: &mut Vec<Label>) {
    let f = ln.fold.as_str();
    if !f.contains(':') {
        return;
    }
    for (s, e) in segments(f) {
        let seg = &f[s..e];
        let mut from = 0;
        while let Some(rel) = seg[from..].find(':') {
            let c = from + rel;
            from = c + 1;
            let before = fold::char_before(seg, c);
            let after = fold::char_at(seg, c + 1);
            if before.is_some_and(|b| b.is_ascii_digit()) && after.is_some_and(|a| a.is_ascii_digit()) {
                continue; // 09:00
            }
            if seg[c + 1..].starts_with("//") {
                continue; // https://
            }
            let start = label_start(seg, c);
            let cand = &seg[start..c];
            let n_words = fold::words(cand).count();
            if n_words == 0 || n_words > 7 {
                continue;
            }
            // Try the whole candidate, then its last words ("… ilə Место работы").
            let ws: Vec<(usize, &str)> = fold::words(cand).collect();
            let mut found = None;
            for k in 0..ws.len() {
                let sub = &cand[ws[k].0..];
                let kk = key(sub);
                if let Some(fl) = field(&kk) {
                    found = Some((fl, kk, k));
                    break;
                }
            }
            let Some((fl, kk, k)) = found else { continue };
            let vend = value_end(seg, c + 1);
            let value = ln.orig(s + c + 1, s + vend).to_string();
            let at_start = s == 0 && start == 0 && k == 0;
            push(out, fl, i, kk, value, at_start);
        }
    }
}

/// Where the label before the colon at `c` starts: after the last sentence break.
fn label_start(seg: &str, c: usize) -> usize {
    let head = &seg[..c];
    let mut start = 0;
    for (i, ch) in head.char_indices() {
        if matches!(ch, '.' | '!' | '?' | ';' | '(' | ')' | ',' | '"' | '«' | '»')
            && fold::char_at(head, i + ch.len_utf8()).is_none_or(char::is_whitespace)
        {
            start = i + ch.len_utf8();
        }
    }
    start
}

/// Where a value that starts at `v` ends: the end of its sentence or of the segment.
fn value_end(seg: &str, v: usize) -> usize {
    let tail = &seg[v..];
    for (i, ch) in tail.char_indices() {
        if matches!(ch, '.' | '!' | '?' | ';') {
            let prev_digit = fold::char_before(tail, i).is_some_and(|p| p.is_ascii_digit());
            let next = tail[i + ch.len_utf8()..].chars().next();
            let next_next = tail[i + ch.len_utf8()..].trim_start().chars().next();
            let sentence_end = next.is_none_or(char::is_whitespace)
                && (ch != '.' || !prev_digit || next_next.is_none_or(|c| !c.is_ascii_digit()));
            // An abbreviation ("руб.", "m.", "г.") is followed by more of the value, not a new
            // sentence with a label; treat it as the end only when another label follows.
            // "г. Тюмень", "ул. Баумана", "St. Louis": an abbreviation, not a sentence's end.
            if ch == '.' {
                let word: Vec<char> = tail[..i]
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphabetic())
                    .collect();
                let word: String = word.into_iter().rev().collect();
                if ABBREVIATIONS.contains(&word.as_str())
                    && tail[i + 1..].trim_start().starts_with(char::is_alphanumeric)
                {
                    continue;
                }
            }
            if sentence_end && ch == '.' {
                let rest = tail[i + 1..].trim_start();
                if rest.is_empty() || rest.contains(':') || starts_sentence(&seg[..v], rest) {
                    return v + i;
                }
                continue;
            }
            if sentence_end {
                return v + i;
            }
        }
    }
    seg.len()
}

/// Abbreviations of addresses a value goes on after (folded).
const ABBREVIATIONS: &[&str] = &[
    "d", "g", "kuc", "m", "mt", "no", "pr", "r", "st", "г", "д", "к", "кв", "м", "пос", "пр", "ст", "ул",
];

/// A new sentence after a period: long enough text that is not a continuation like "+ bonus".
fn starts_sentence(_head: &str, rest: &str) -> bool {
    let words = fold::words(rest).count();
    words >= 3 && rest.chars().next().is_some_and(char::is_alphabetic)
}

/// The first label for `field`.
pub fn first(labels: &[Label], field: Field) -> Option<&Label> {
    labels.iter().find(|l| l.field == field)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Document;
    use crate::posting::ad::lines::flatten;

    fn labels_of(text: &str) -> Vec<(Field, String)> {
        let doc = Document::from_plain_text(text);
        let lines = flatten(&doc);
        collect(&lines).into_iter().map(|l| (l.field, l.value)).collect()
    }

    /// A page of one-line blocks placed at (x, y) with the given height.
    fn placed(items: &[(&str, f32, f32, f32)]) -> Vec<(Field, String)> {
        use crate::layout::Rect;
        let placed: Vec<(&str, Rect, f32)> = items
            .iter()
            .map(|&(t, x, y, h)| {
                (
                    t,
                    Rect::new(x, y, x + 6.0 * t.chars().count() as f32, y + h),
                    10.0,
                )
            })
            .collect();
        let doc = Document::from_placed_lines(&placed);
        let lines = flatten(&doc);
        collect(&lines).into_iter().map(|l| (l.field, l.value)).collect()
    }

    #[test]
    fn key_facts_read_column_by_column() {
        let got = placed(&[
            ("Mühasib", 50.0, 85.0, 14.0),
            ("Şirkət", 57.0, 120.0, 14.0),
            ("İş yeri", 57.0, 141.0, 14.0),
            ("Maaş", 57.0, 162.0, 14.0),
            ("Son müraciət tarixi", 57.0, 183.0, 14.0),
            ("Nəqliyyat Servis MMC", 214.0, 120.0, 14.0),
            ("Bakı şəh., Nərimanov r.", 214.0, 141.0, 14.0),
            ("1200–1500 ₼", 214.0, 162.0, 14.0),
            ("25 dekabr 2026", 214.0, 183.0, 14.0),
        ]);
        assert_eq!(
            got,
            vec![
                (Field::Company, "Nəqliyyat Servis MMC".into()),
                (Field::Location, "Bakı şəh., Nərimanov r".into()),
                (Field::Salary, "1200–1500 ₼".into()),
                (Field::Deadline, "25 dekabr 2026".into()),
            ]
        );
        // Cells the layout joined into one line: every label beside it gets the line.
        let got = placed(&[
            ("Company", 56.0, 89.0, 13.0),
            ("Salary", 56.0, 103.0, 13.0),
            ("Experience", 56.0, 116.0, 13.0),
            ("Closing date", 56.0, 130.0, 13.0),
            ("Caspian Rail Logistics LLC", 297.0, 89.0, 13.0),
            ("from 2 500 AZN (gross) 3–5 years 30/12/2026", 297.0, 103.0, 40.0),
        ]);
        assert_eq!(got[0], (Field::Company, "Caspian Rail Logistics LLC".into()));
        assert_eq!(got[1].0, Field::Salary);
        assert_eq!(
            got[3],
            (
                Field::Deadline,
                "from 2 500 AZN (gross) 3–5 years 30/12/2026".into()
            )
        );
        // Two bare labels, or labels without values beside them, pair nothing.
        let got = placed(&[
            ("Salary", 56.0, 89.0, 13.0),
            ("Experience", 56.0, 103.0, 13.0),
            ("Free meals every day", 297.0, 89.0, 13.0),
        ]);
        assert!(got.is_empty(), "{got:?}");
        let got = placed(&[
            ("Company", 56.0, 89.0, 13.0),
            ("Location", 56.0, 103.0, 13.0),
            ("Salary", 56.0, 116.0, 13.0),
            ("We are a logistics company based in Baku.", 56.0, 140.0, 13.0),
        ]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn grid_cells_pair_each_label_with_the_value_under_it() {
        // Two columns of label-over-value cells, read row by row and then with a sidebar
        // heading between the last labels and their values.
        let got = placed(&[
            ("Yerləşdirilib", 300.0, 158.0, 9.0),
            ("Təcrübə", 420.0, 137.0, 9.0),
            ("2 ildən yuxarı", 420.0, 146.0, 10.0),
            ("Son müraciət tarixi", 420.0, 158.0, 9.0),
            ("Şirkətin digər vakansiyaları", 60.0, 164.0, 11.0),
            ("01.12.2026", 300.0, 167.0, 10.0),
            ("20.12.2026", 420.0, 167.0, 10.0),
        ]);
        assert!(got.contains(&(Field::Posted, "01.12.2026".into())), "{got:?}");
        assert!(got.contains(&(Field::Deadline, "20.12.2026".into())), "{got:?}");
        // Nothing under the label (the next cell is a paragraph far below): no value.
        let got = placed(&[
            ("Salary", 56.0, 89.0, 13.0),
            ("Apply now", 300.0, 300.0, 13.0),
            ("Competitive pay", 56.0, 140.0, 13.0),
        ]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_form_row_read_cell_by_cell() {
        // "2 | Vəzifənin adı | Tibb bacısı", each cell its own line, in row order.
        let got = placed(&[
            ("2", 40.0, 100.0, 12.0),
            ("Vəzifənin adı", 60.0, 100.0, 12.0),
            ("Tibb bacısı (stasionar şöbə)", 200.0, 100.0, 12.0),
            ("3", 40.0, 120.0, 12.0),
            ("Müəssisə", 60.0, 120.0, 12.0),
            ("Kür Tibb Mərkəzi MMC", 200.0, 120.0, 12.0),
        ]);
        assert_eq!(
            got,
            vec![
                (Field::Title, "Tibb bacısı (stasionar şöbə)".into()),
                (Field::Company, "Kür Tibb Mərkəzi MMC".into()),
            ]
        );
        // Negative: a heading and a text to its right on another row.
        let got = placed(&[
            ("Salary", 60.0, 100.0, 12.0),
            ("Paid monthly", 200.0, 130.0, 12.0),
        ]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn key_value_lines_and_rows() {
        let got = labels_of("Location: Baku, Yasamal district\nSalary\t1500-1800 AZN net\nİş yeri: Bakı");
        assert_eq!(got[0], (Field::Location, "Baku, Yasamal district".into()));
        assert_eq!(got[1], (Field::Salary, "1500-1800 AZN net".into()));
        assert_eq!(got[2], (Field::Location, "Bakı".into()));
    }

    #[test]
    fn labels_inside_sentences_and_segments() {
        let got = labels_of("Набираем операторов. Место работы: Удалённо (из дома).");
        assert_eq!(got, vec![(Field::Location, "Удалённо (из дома)".into())]);
        let got = labels_of("Bakı · Tam ştat · Əmək haqqı: 4 000 – 5 000 AZN (gross)");
        assert_eq!(got, vec![(Field::Salary, "4 000 – 5 000 AZN (gross)".into())]);
        let got = labels_of("Schedule: 5/2, shifts 08:00-17:00");
        assert_eq!(got[0].0, Field::Other);
        let got = labels_of("Apply at https://x.az/jobs today");
        assert!(got.is_empty());
        let got = labels_of("Доход: от 150 000 до 200 000 руб. + % от продаж");
        assert_eq!(got[0].1, "от 150 000 до 200 000 руб. + % от продаж");
        let got = labels_of("Saatlıq ödəniş: 6 AZN");
        assert_eq!(got[0].0, Field::Salary);
    }
}
