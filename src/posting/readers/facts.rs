//! Key facts other than pay and dates: location (labels, header segments, the gazetteer in
//! the first paragraphs), employment type, workplace and the education requirement.

use crate::posting::ad::labels::{Field, Label};
use crate::posting::ad::lines::{Ln, Marker};
use crate::posting::ad::sections::{Kind, Sections};
use crate::posting::lexicon::places::{self, LOCALITY_WORDS};
use crate::posting::model::{EmploymentType, Workplace};
use crate::posting::text::fold::{self, fold};
use crate::substring;

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

const REMOTE_WORDS: fold::Set = fold::Set::new(&[
    "distant",
    "evden",
    "from home",
    "home office",
    "home-based",
    "remote",
    "remotely",
    "telecommute",
    "uzaqdan",
    "wfh",
    "work from home",
    "дистанцион",
    "из дома",
    "удален",
]);
const HYBRID_WORDS: fold::Set = fold::Set::new(&["hibrid", "hybrid", "smeshann", "гибрид", "смешанн"]);
const OFFICE_WORDS: fold::Set = fold::Set::new(&[
    "in office",
    "in the office",
    "office days",
    "office-based",
    "ofisde",
    "ofisdə",
    "on site",
    "on-site",
    "onsite",
    "studio days",
    "в офисе",
    "офисе",
]);

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
                    if fold::has_any_stem(&bf, &["cet", "gmt", "time zone", "timezone", "utc"]) {
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
    let mut kept: Vec<&str> = Vec::new();
    for (n, part) in s.split(',').enumerate() {
        let pf = fold(part);
        let place = places::place_part(&pf).is_some();
        if n > 0 {
            let digits = pf.chars().any(|c| c.is_ascii_digit());
            if (digits && !place) || ADDRESS_WORDS.has_word(&pf) {
                break;
            }
        }
        kept.push(part);
    }
    let joined = kept.join(",");
    let t = fold::trim_outer(joined.trim());
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The location and the line it is read from.
pub fn location(
    lines: &[Ln],
    labels: &[Label],
    sections: &Sections,
    title_line: Option<usize>,
) -> Option<(usize, String)> {
    for l in labels.iter().filter(|l| l.field == Field::Location) {
        let c = clean_location(&l.value);
        if !c.is_empty() {
            return Some((l.line, c));
        }
    }
    let top = sections
        .first_heading
        .unwrap_or(lines.len())
        .min(title_line.map_or(8, |t| t + 4));
    let label_lines: Vec<usize> = labels.iter().filter(|l| l.at_start).map(|l| l.line).collect();
    // Header and meta segments: "Araz Pay · Baku, Azerbaijan · Hybrid", "(Şamaxı rayonu, …)".
    for (i, ln) in lines.iter().enumerate().take(top) {
        if ln.page_no || label_lines.contains(&i) || ln.marker != Marker::None || Some(i) == title_line {
            continue;
        }
        for seg in meta_segments(&ln.text) {
            if let Some(loc) = place_from_parts(seg) {
                return Some((i, loc));
            }
        }
    }
    // The first paragraphs: "… call centre in Baku, Nasimi district."
    let end = lines
        .iter()
        .enumerate()
        .position(|(i, _)| sections.in_tagged(i))
        .unwrap_or(lines.len())
        .min(title_line.map_or(12, |t| t + 12));
    for (i, ln) in lines.iter().enumerate().take(end) {
        if ln.skip() || Some(i) == title_line {
            continue;
        }
        if let Some(loc) = place_in_prose(ln) {
            return Some((i, loc));
        }
    }
    None
}

/// Segments of a header line, and the insides of its brackets.
fn meta_segments(text: &str) -> Vec<&str> {
    let mut out = crate::posting::lexicon::separators::split(text);
    let mut inner = Vec::new();
    for seg in &out {
        if let (Some(a), Some(b)) = (seg.find('('), seg.rfind(')'))
            && a < b
        {
            inner.push(&seg[a + 1..b]);
        }
    }
    out.extend(inner);
    out
}

/// The location in a comma-separated segment: from its first place part on.
fn place_from_parts(seg: &str) -> Option<String> {
    let parts: Vec<&str> = seg.split(',').collect();
    let first = parts.iter().position(|p| {
        let pf = fold(p.split('(').next().unwrap_or(p));
        places::place_part(&pf).is_some()
    })?;
    let loc = clean_location(&parts[first..].join(","));
    (!loc.is_empty()).then_some(loc)
}

/// A city or district named in a sentence, with the district after it.
fn place_in_prose(ln: &Ln) -> Option<String> {
    let f = ln.fold.as_str();
    for p in places::find_all(f) {
        if !matches!(p.kind, places::Kind::City | places::Kind::District) {
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

/// Every word the employment type is read from: lines without any are skipped at once.
const EMPLOYMENT_WORDS: fold::Set = fold::Set::new(&[
    "apprentice",
    "apprenticeship",
    "b2b contract",
    "consultancy contract",
    "contract",
    "contractor",
    "daimi",
    "fixed-term contract",
    "freelance",
    "frilans",
    "full time",
    "full-time",
    "fulltime",
    "graduate program",
    "graduate programme",
    "half-time",
    "intern",
    "interns",
    "internship",
    "internships",
    "kontrakt",
    "layihe esasli",
    "movsumi",
    "muveqqeti",
    "part time",
    "part-time",
    "parttime",
    "permanent",
    "project-based",
    "seasonal",
    "stajor",
    "stajyer",
    "tam gun",
    "tam is gunu",
    "tam stat",
    "tecrube proqram",
    "tecrubeci",
    "tecrubeciler",
    "temporary",
    "trainee",
    "trainees",
    "traineeship",
    "yarim gun",
    "yarim stat",
    "yarimstat",
    "временн",
    "гпх",
    "контракт",
    "неполн",
    "подработ",
    "подряд",
    "полная",
    "полная занятость",
    "полный день",
    "постоянн",
    "практикант",
    "проектная занятость",
    "проектная работа",
    "сезонн",
    "стажер",
    "стажеры",
    "стажировк",
    "стажировка",
    "стажировку",
    "фриланс",
    "частичн",
]);

fn employment_of(f: &str, strong: bool) -> Option<EmploymentType> {
    use EmploymentType::*;
    if !EMPLOYMENT_WORDS.has_stem(f) {
        return None;
    }
    let intern = fold::has_any_word(
        f,
        &[
            "apprentice",
            "apprenticeship",
            "intern",
            "interns",
            "internship",
            "internships",
            "stajor",
            "stajyer",
            "tecrubeci",
            "tecrubeciler",
            "trainee",
            "trainees",
            "traineeship",
            "практикант",
            "стажер",
            "стажеры",
            "стажировка",
            "стажировку",
        ],
    ) || fold::has_any_stem(
        f,
        &[
            "graduate program",
            "graduate programme",
            "tecrube proqram",
            "стажировк",
        ],
    );
    if intern {
        return Some(Internship);
    }
    if fold::has_any_stem(
        f,
        &[
            "half-time",
            "part time",
            "part-time",
            "parttime",
            "yarim gun",
            "yarim stat",
            "yarimstat",
            "неполн",
            "подработ",
            "частичн",
        ],
    ) {
        return Some(PartTime);
    }
    if fold::has_any_stem(
        f,
        &[
            "layihe esasli",
            "movsumi",
            "muveqqeti",
            "project-based",
            "seasonal",
            "temporary",
            "временн",
            "проектная занятость",
            "проектная работа",
            "сезонн",
        ],
    ) {
        return Some(Temporary);
    }
    if fold::has_any_stem(
        f,
        &[
            "consultancy contract",
            "contractor",
            "fixed-term contract",
            "freelance",
            "frilans",
            "гпх",
            "подряд",
            "фриланс",
        ],
    ) || strong && fold::has_any_word(f, &["b2b contract", "contract", "kontrakt", "контракт"])
    {
        return Some(Contract);
    }
    if fold::has_any_stem(
        f,
        &[
            "daimi",
            "full time",
            "full-time",
            "fulltime",
            "permanent",
            "tam gun",
            "tam is gunu",
            "tam stat",
            "полная",
            "полная занятость",
            "полный день",
            "постоянн",
        ],
    ) {
        return Some(FullTime);
    }
    None
}

/// The employment type: the title's decoration, an employment label, the top of the ad; by
/// default full time.
pub fn employment(
    lines: &[Ln],
    labels: &[Label],
    sections: &Sections,
    title: Option<(usize, &str)>,
) -> (EmploymentType, Option<usize>) {
    if let Some((i, _)) = title
        && let Some(e) = employment_of(&lines[i].fold, true)
        && e != EmploymentType::FullTime
    {
        return (e, Some(i));
    }
    for l in labels.iter().filter(|l| l.field == Field::Employment) {
        if let Some(e) = employment_of(&l.vfold, false) {
            return (e, Some(l.line));
        }
        let contract_label = substring::contains(&l.key, "contract")
            || substring::contains(&l.key, "kontrakt")
            || substring::contains(&l.key, "договор");
        if fixed_duration(&l.vfold) {
            // "Contract: 6 months" is a contract; "Занятость: работа на 6 месяцев", a fixed
            // short engagement without contract wording, is temporary.
            let e = if contract_label {
                EmploymentType::Contract
            } else {
                EmploymentType::Temporary
            };
            return (e, Some(l.line));
        }
        if contract_label && fold::has_any_stem(&l.vfold, DURATION_UNITS) {
            return (EmploymentType::Contract, Some(l.line));
        }
    }
    // The top of the ad: title area, meta lines and the opening paragraphs.
    let end = lines
        .iter()
        .enumerate()
        .position(|(i, _)| sections.in_tagged(i))
        .unwrap_or(lines.len());
    let mut found: Option<(EmploymentType, usize)> = None;
    for (i, ln) in lines.iter().enumerate().take(end) {
        if ln.page_no {
            continue;
        }
        if let Some(e) = employment_of(&ln.fold, false) {
            let better = found.is_none_or(|(f, _)| rank(e) > rank(f));
            if better {
                found = Some((e, i));
            }
        }
    }
    match found {
        Some((e, i)) => (e, Some(i)),
        None => (EmploymentType::FullTime, None),
    }
}

/// Units of a fixed duration (folded stems).
const DURATION_UNITS: &[&str] = &["ay", "month", "week", "year", "год", "мес", "нед"];

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

fn rank(e: EmploymentType) -> u8 {
    match e {
        EmploymentType::Internship => 5,
        EmploymentType::PartTime => 4,
        EmploymentType::Temporary => 3,
        EmploymentType::Contract => 2,
        EmploymentType::FullTime => 1,
    }
}

/// Regular visits to sites or clients that make remote work hybrid (folded stems).
const SITE_VISITS: fold::Set = fold::Set::new(&[
    "client visits",
    "field visits",
    "site visits",
    "visits to",
    "ziyaret",
    "выезд",
    "посещени",
]);

/// Every word the workplace is read from.
const WORKPLACE_WORDS: fold::Set = fold::Set::new(&[
    "distant",
    "evden",
    "from home",
    "hibrid",
    "home office",
    "home-based",
    "hybrid",
    "in office",
    "in the office",
    "office days",
    "office-based",
    "ofisde",
    "ofisden",
    "ofisdə",
    "on site",
    "on-site",
    "onsite",
    "remote",
    "remotely",
    "smeshann",
    "studio days",
    "telecommute",
    "uzaqdan",
    "wfh",
    "work from home",
    "в офисе",
    "гибрид",
    "дистанцион",
    "из дома",
    "офисе",
    "смешанн",
    "удален",
]);

fn workplace_of(f: &str) -> Option<Workplace> {
    if !WORKPLACE_WORDS.has_stem(f) {
        return None;
    }
    if HYBRID_WORDS.has_stem(f) {
        return Some(Workplace::Hybrid);
    }
    if REMOTE_WORDS.has_stem(f) {
        // "home-based, with visits to hospital sites": regular on-site work too.
        let office = OFFICE_WORDS.has_stem(f) || SITE_VISITS.has_stem(f);
        return Some(if office {
            Workplace::Hybrid
        } else {
            Workplace::Remote
        });
    }
    if OFFICE_WORDS.has_stem(f) || fold::has_any_stem(f, &["ofisden", "on-site", "onsite"]) {
        return Some(Workplace::Onsite);
    }
    None
}

/// Onsite, hybrid or remote: a workplace label, the title, the location, the top of the ad,
/// "N remote days a week" in the offer; by default on site.
pub fn workplace(
    lines: &[Ln],
    labels: &[Label],
    sections: &Sections,
    title: Option<(usize, &str)>,
) -> (Workplace, Option<usize>) {
    for l in labels
        .iter()
        .filter(|l| matches!(l.field, Field::Workplace | Field::Location | Field::Employment))
    {
        if let Some(w) = workplace_of(&l.vfold) {
            return (w, Some(l.line));
        }
    }
    if let Some((i, t)) = title
        && let Some(w) = workplace_of(&fold(t))
    {
        return (w, Some(i));
    }
    let end = lines
        .iter()
        .enumerate()
        .position(|(i, _)| sections.in_tagged(i))
        .unwrap_or(lines.len());
    for (i, ln) in lines.iter().enumerate().take(end) {
        if ln.page_no {
            continue;
        }
        if let Some(w) = workplace_of(&ln.fold)
            && w != Workplace::Onsite
        {
            return (w, Some(i));
        }
    }
    for (i, ln) in lines.iter().enumerate() {
        if sections.kind(i) != Some(Kind::Benefits) {
            continue;
        }
        let f = ln.fbody();
        if HYBRID_WORDS.has_stem(f)
            || REMOTE_WORDS.has_stem(f) && fold::has_any_stem(f, &["day", "days", "gun", "дн", "дня"])
        {
            return (Workplace::Hybrid, Some(i));
        }
        if fold::has_any_stem(
            f,
            &[
                "100% remote",
                "full remote",
                "fully remote",
                "tam uzaqdan",
                "полностью удален",
            ],
        ) {
            return (Workplace::Remote, Some(i));
        }
    }
    (Workplace::Onsite, None)
}

/// Words of an education requirement (folded stems).
const EDUCATION: fold::Set = fold::Set::new(&[
    "b.sc",
    "bachelor",
    "bakalavr",
    "bsc",
    "college",
    "degree",
    "diplom",
    "diploma in",
    "education",
    "education in",
    "graduate in",
    "graduate of",
    "higher education",
    "m.sc",
    "magistr",
    "master degree",
    "master of",
    "master's",
    "masters",
    "mba",
    "mezun",
    "msc",
    "phd",
    "recent graduate",
    "secondary education",
    "secondary specialised",
    "student",
    "tehsil",
    "university degree",
    "vocational",
    "бакалавр",
    "выпускник",
    "высшее",
    "диплом",
    "магистр",
    "образование",
    "среднее",
    "студент",
]);

/// Remarks in brackets that are not part of the requirement ("students are welcome").
const REMARKS: fold::Set = fold::Set::new(&[
    "also",
    "can apply",
    "may apply",
    "muraciet",
    "preferred",
    "students",
    "telebeler",
    "ustunluk",
    "welcome",
    "желательно",
    "принимаются",
    "рассматрива",
    "студенты",
]);

/// The education requirement as written: the first requirement that names a degree or
/// school level, up to a ";" and without a remark in brackets.
pub fn education(lines: &[Ln], labels: &[Label], sections: &Sections) -> Option<(usize, String)> {
    if let Some(l) = labels.iter().find(|l| l.field == Field::Education) {
        return Some((l.line, clean_education(&l.value)));
    }
    let any_req = (0..lines.len()).any(|i| sections.kind(i) == Some(Kind::Requirements));
    for (i, ln) in lines.iter().enumerate() {
        let k = sections.kind(i);
        let scan = if any_req {
            k == Some(Kind::Requirements)
        } else {
            k.is_none_or(Kind::tagged)
        };
        if !scan || ln.skip() || sections.heading.get(i).copied().flatten().is_some() {
            continue;
        }
        let body = ln.body();
        let first = body.split(';').next().unwrap_or(body);
        let ff = fold(first);
        if EDUCATION.has_stem(&ff)
            && !fold::has_any_stem(
                &ff,
                &["certificate", "continuing education", "sertifikat", "сертификат"],
            )
        {
            return Some((i, clean_education(first)));
        }
    }
    None
}

fn clean_education(raw: &str) -> String {
    let mut t = raw.trim().to_string();
    if t.ends_with(')')
        && let Some(open) = t.rfind('(')
        && REMARKS.has_stem(&fold(&t[open..]))
    {
        t.truncate(open);
    }
    fold::trim_outer(&t).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(
            clean_location("Remote (UTC+2 to UTC+5)"),
            "Remote (UTC+2 to UTC+5)"
        );
        assert_eq!(
            clean_location("Remote, overlap with 10:00-16:00 Baku time"),
            "Remote"
        );
        assert_eq!(
            clean_location("Bakı şəhəri, Nərimanov rayonu, Təbriz küçəsi 84"),
            "Bakı şəhəri, Nərimanov rayonu"
        );
        assert_eq!(clean_location("Bakı, 28 May"), "Bakı, 28 May");
        assert_eq!(clean_location("Москва (м. Павелецкая)"), "Москва");
        assert_eq!(
            clean_location("Baku, with regular trips to Sangachal terminal"),
            "Baku, with regular trips to Sangachal terminal"
        );
        assert_eq!(clean_location("Удалённо (из дома)"), "Удалённо");
    }

    #[test]
    fn meta_places() {
        assert_eq!(
            place_from_parts("Baku, Azerbaijan").as_deref(),
            Some("Baku, Azerbaijan")
        );
        assert_eq!(
            place_from_parts("Inkwell Creative Agency, Baku, Icherisheher").as_deref(),
            Some("Baku, Icherisheher")
        );
        assert_eq!(
            place_from_parts("Garadagh district, Baku").as_deref(),
            Some("Garadagh district, Baku")
        );
        assert_eq!(place_from_parts("Araz Pay"), None);
    }

    #[test]
    fn employment_words() {
        use EmploymentType::*;
        assert_eq!(
            employment_of(&fold("hiring part-time agents"), false),
            Some(PartTime)
        );
        assert_eq!(
            employment_of(&fold("Zəng mərkəzi operatoru (yarımştat)"), true),
            Some(PartTime)
        );
        assert_eq!(
            employment_of(&fold("Marketing Intern (3 months)"), true),
            Some(Internship)
        );
        assert_eq!(
            employment_of(&fold("İnsan resursları üzrə təcrübəçi"), true),
            Some(Internship)
        );
        assert_eq!(
            employment_of(&fold("DevOps Engineer (Contract)"), true),
            Some(Contract)
        );
        assert_eq!(
            employment_of(&fold("Full-time, permanent"), false),
            Some(FullTime)
        );
        assert_eq!(
            employment_of(&fold("Набираем операторов на частичную занятость"), false),
            Some(PartTime)
        );
        assert_eq!(
            employment_of(&fold("Seasonal work at the resort"), false),
            Some(Temporary)
        );
        assert_eq!(
            employment_of(&fold("Qrafik dizayner (frilans)"), true),
            Some(Contract)
        );
        assert_eq!(
            employment_of(&fold("Frilanser kimi əməkdaşlıq"), false),
            Some(Contract)
        );
        assert_eq!(
            employment_of(&fold("Занятость: проектная работа"), false),
            Some(Temporary)
        );
        assert_eq!(
            employment_of(&fold("Project-based engagement"), false),
            Some(Temporary)
        );
        assert_eq!(
            employment_of(&fold("Layihə əsaslı əməkdaşlıq"), false),
            Some(Temporary)
        );
        assert_eq!(employment_of(&fold("International Bank"), false), None);
        assert_eq!(employment_of(&fold("internal audit"), false), None);
    }

    #[test]
    fn fixed_durations() {
        assert!(fixed_duration(&fold("проектная работа на 6 месяцев")));
        assert!(fixed_duration(&fold("6-month assignment")));
        assert!(fixed_duration(&fold("3 aylıq layihə")));
        assert!(fixed_duration(&fold("12 months")));
        assert!(!fixed_duration(&fold("20 hours per week")));
        assert!(!fixed_duration(&fold("Full-time, Monday to Friday")));
        assert!(!fixed_duration(&fold("полная занятость")));
    }

    #[test]
    fn workplace_words() {
        assert_eq!(
            workplace_of(&fold("Hybrid (3 days in office)")),
            Some(Workplace::Hybrid)
        );
        assert_eq!(
            workplace_of(&fold("Remote (UTC+2 to UTC+5)")),
            Some(Workplace::Remote)
        );
        assert_eq!(
            workplace_of(&fold("Baku (3 days in the office, 2 days remote)")),
            Some(Workplace::Hybrid)
        );
        assert_eq!(
            workplace_of(&fold("гибрид: 3 дня в офисе")),
            Some(Workplace::Hybrid)
        );
        assert_eq!(workplace_of(&fold("Удалённо (из дома)")), Some(Workplace::Remote));
        assert_eq!(workplace_of(&fold("İş rejimi: hibrid")), Some(Workplace::Hybrid));
        assert_eq!(workplace_of(&fold("Baku, Yasamal")), None);
        assert_eq!(
            workplace_of(&fold("Baku (home-based, with visits to hospital sites)")),
            Some(Workplace::Hybrid)
        );
        assert_eq!(
            workplace_of(&fold("Remote with regular client visits")),
            Some(Workplace::Hybrid)
        );
        assert_eq!(
            workplace_of(&fold("Удалённо, выезды к клиентам")),
            Some(Workplace::Hybrid)
        );
        assert_eq!(
            workplace_of(&fold("Uzaqdan, obyektlərə ziyarətlərlə")),
            Some(Workplace::Hybrid)
        );
        assert_eq!(
            workplace_of(&fold("Remote, occasional business trips")),
            Some(Workplace::Remote)
        );
    }

    #[test]
    fn education_cleaning() {
        assert_eq!(
            clean_education("Secondary education (students are welcome)"),
            "Secondary education"
        );
        assert_eq!(
            clean_education("Orta təhsil (tələbələr də müraciət edə bilər)"),
            "Orta təhsil"
        );
        assert_eq!(
            clean_education("Ali təhsil (maliyyə, mühasibat uçotu və ya iqtisadiyyat)"),
            "Ali təhsil (maliyyə, mühasibat uçotu və ya iqtisadiyyat)"
        );
    }
}
