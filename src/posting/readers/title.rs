//! Title and company: the job title is the most title-like line at the top (job nouns such
//! as "Engineer", "mühasib", "инженер", a large font), not the company's logo line, a running
//! header or a "Company · City · Hybrid" meta line; the company comes from a label, the logo
//! line, the meta line or the subject of the first sentence ("X is a …", "X — …").

use crate::posting::ad::labels::{self, Field, Label};
use crate::posting::ad::lines::{Ln, Marker};
use crate::posting::ad::sections::{self, Sections};
use crate::posting::lexicon::places;
use crate::posting::text::fold::{self, fold};
use crate::substring;

/// English job nouns (folded), matched as whole words (or their plural).
const JOB_WORDS: &[&str] = &[
    "accountant",
    "actuary",
    "administrator",
    "adviser",
    "advisor",
    "agent",
    "analyst",
    "apprentice",
    "architect",
    "assistant",
    "associate",
    "auditor",
    "banker",
    "barista",
    "bartender",
    "bookkeeper",
    "buyer",
    "cashier",
    "ceo",
    "cfo",
    "chef",
    "chemist",
    "chief",
    "cleaner",
    "clerk",
    "consultant",
    "controller",
    "coo",
    "cook",
    "coordinator",
    "copywriter",
    "courier",
    "cto",
    "dentist",
    "designer",
    "developer",
    "director",
    "doctor",
    "driver",
    "economist",
    "editor",
    "electrician",
    "engineer",
    "executive",
    "expert",
    "fitter",
    "foreman",
    "geologist",
    "geophysicist",
    "guard",
    "head",
    "housekeeper",
    "inspector",
    "instructor",
    "intern",
    "interpreter",
    "junior",
    "lawyer",
    "lead",
    "lecturer",
    "loader",
    "manager",
    "marketer",
    "mechanic",
    "merchandiser",
    "nurse",
    "officer",
    "operator",
    "packer",
    "pharmacist",
    "photographer",
    "physician",
    "picker",
    "planner",
    "plumber",
    "producer",
    "professor",
    "programmer",
    "receptionist",
    "recruiter",
    "representative",
    "researcher",
    "salesperson",
    "scientist",
    "secretary",
    "senior",
    "specialist",
    "storekeeper",
    "supervisor",
    "surgeon",
    "teacher",
    "technician",
    "technologist",
    "teller",
    "therapist",
    "trainee",
    "trainer",
    "translator",
    "tutor",
    "underwriter",
    "videographer",
    "waiter",
    "waitress",
    "welder",
    "worker",
    "writer",
];

/// Azerbaijani and Russian job noun stems (folded), matched at word starts so that inflected
/// forms count ("meneceri", "operatoru", "инженер-геолог").
const JOB_STEMS: fold::Set = fold::Set::new(&[
    "analitik",
    "anbardar",
    "aspaz",
    "barmen",
    "direktor",
    "dizayner",
    "elektrik",
    "fehle",
    "head of",
    "hekim",
    "huquqsunas",
    "inspektor",
    "inzibatci",
    "iqtisadci",
    "kassir",
    "katib",
    "komekci",
    "konsultant",
    "koordinator",
    "kuryer",
    "menecer",
    "mentor",
    "meslehetci",
    "mexanik",
    "mudir",
    "muellim",
    "muhafizeci",
    "muhasib",
    "muhendis",
    "mutexessis",
    "ofisiant",
    "operator",
    "proqramci",
    "proqramist",
    "psixoloq",
    "qaynaqci",
    "rehber",
    "satici",
    "surucu",
    "tecrubeci",
    "temizlikci",
    "temsilci",
    "terapevt",
    "tercumeci",
    "texnik",
    "tibb bacisi",
    "usta",
    "vp of",
    "агент",
    "администратор",
    "аналитик",
    "архитектор",
    "ассистент",
    "аудитор",
    "бариста",
    "бармен",
    "бухгалтер",
    "ведущий",
    "водител",
    "воспитател",
    "врач",
    "геолог",
    "главный",
    "грузчик",
    "дизайнер",
    "директор",
    "инженер",
    "кассир",
    "кладовщик",
    "консультант",
    "координатор",
    "курьер",
    "лаборант",
    "логист",
    "маркетолог",
    "мастер",
    "медбрат",
    "медсестр",
    "менеджер",
    "мерчендайзер",
    "механик",
    "начальник",
    "оператор",
    "официант",
    "охранник",
    "педагог",
    "переводчик",
    "повар",
    "помощник",
    "представител",
    "преподавател",
    "провизор",
    "программист",
    "продав",
    "рабоч",
    "разработчик",
    "рекрутер",
    "руководител",
    "сварщик",
    "секретар",
    "специалист",
    "стажер",
    "старший",
    "супервайзер",
    "техник",
    "технолог",
    "товаровед",
    "тренер",
    "уборщи",
    "учител",
    "фармацевт",
    "экономист",
    "экспедитор",
    "электрик",
    "юрист",
]);

/// Words of organisation names (folded, whole words).
const ORG_WORDS: fold::Set = fold::Set::new(&[
    "agency",
    "airlines",
    "asc",
    "bank",
    "bankasi",
    "capital",
    "careers",
    "center",
    "centre",
    "cjsc",
    "clinic",
    "co",
    "company",
    "consulting",
    "corp",
    "energy",
    "enerji",
    "foods",
    "gmbh",
    "group",
    "group,",
    "holding",
    "hospital",
    "hotel",
    "inc",
    "industries",
    "insurance",
    "jsc",
    "klinika",
    "lab",
    "labs",
    "llc",
    "logistika",
    "ltd",
    "ltd.",
    "market",
    "media",
    "mekteb",
    "merkez",
    "merkezi",
    "mmc",
    "ojsc",
    "ooo",
    "otel",
    "partners",
    "plc",
    "qsc",
    "recruitment",
    "restaurant",
    "restoran",
    "school",
    "service",
    "services",
    "sigorta",
    "sirket",
    "sirketi",
    "soft",
    "solutions",
    "studio",
    "systems",
    "technologies",
    "telecom",
    "telekom",
    "tikinti",
    "trading",
    "universitet",
    "university",
    "vacancy",
    "vakansiya",
    "xestexana",
    "xidmetleri",
    "ао",
    "банк",
    "больница",
    "вакансия",
    "зао",
    "ип",
    "клиника",
    "компания",
    "оао",
    "ооо",
    "отель",
    "пао",
    "ресторан",
    "университет",
    "холдинг",
    "центр",
    "школа",
]);

/// Decorations around a title: "… tələb olunur!", "Требуется …", "Vacancy: …".
const TITLE_SUFFIXES: &[&str] = &[
    "teleb olunur",
    "teleb edilir",
    "axtarilir",
    "axtariliriq",
    "требуется",
    "требуются",
    "wanted",
    "needed",
    "is hiring",
    "we are hiring",
    "vakansiyasi",
];
const TITLE_PREFIXES: &[&str] = &[
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

/// Separators of header and meta lines.
const SEPARATORS: &[&str] = &[" · ", " | ", " — ", " – ", " - ", " -- ", "\t", " •"];

fn has_separator(text: &str) -> bool {
    substring::find_any(text, SEPARATORS).is_some()
}

pub fn job_noun(f: &str) -> bool {
    let english = fold::words(f).any(|(_, w)| {
        JOB_WORDS.binary_search(&w).is_ok()
            || w.strip_suffix('s')
                .is_some_and(|s| JOB_WORDS.binary_search(&s).is_ok())
    });
    english || JOB_STEMS.has_stem(f)
}

fn org_word(f: &str) -> bool {
    ORG_WORDS.has_word(f)
}

/// The title line: its index and cleaned text.
pub fn title(lines: &[Ln], labels: &[Label], sections: &Sections) -> Option<(usize, String)> {
    if let Some(l) = labels::first(labels, Field::Title) {
        let t = clean_title(&l.value);
        if !t.is_empty() && fold::words(&l.vfold).count() <= 12 {
            return Some((l.line, t));
        }
    }
    let limit = sections.first_heading.unwrap_or(lines.len()).min(14);
    let label_lines: Vec<usize> = labels.iter().filter(|l| l.at_start).map(|l| l.line).collect();
    let mut best: Option<(f32, usize)> = None;
    let mut k = 0usize;
    for (i, ln) in lines.iter().enumerate().take(limit.max(1)) {
        if ln.page_no || ln.marker == Marker::Glyph {
            continue;
        }
        let text = ln.text.as_ref();
        let f = ln.fold.as_str();
        let n_words = fold::words(f).count();
        if n_words == 0
            || text.chars().count() > 110
            || f.contains('@')
            || substring::contains(f, "http")
            || substring::contains(f, "www.")
        {
            k += 1;
            continue;
        }
        if label_lines.contains(&i) || text.ends_with('.') && n_words > 4 {
            k += 1;
            continue;
        }
        let mut score = 0.0f32;
        if job_noun(f) {
            score += 4.0;
        }
        if org_word(f) {
            score -= if job_noun(f) { 1.0 } else { 3.0 };
        }
        if has_separator(text) {
            score -= 2.5;
        }
        if ln.running {
            score -= 3.0;
        }
        if n_words > 9 {
            score -= 2.0;
        }
        if sections
            .heading
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|h| h.lexical)
        {
            score -= 5.0;
        }
        score += (3.0 * (ln.rel_size - 1.0)).clamp(0.0, 3.0);
        if ln.bold {
            score += 0.5;
        }
        score -= 0.4 * k as f32;
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, i));
        }
        k += 1;
    }
    let (_, i) = best?;
    let t = clean_title(lines[i].text.as_ref());
    (!t.is_empty()).then_some((i, t))
}

/// Removes decorations: "!"-suffixes such as "tələb olunur", prefixes such as "Vacancy:",
/// and a trailing bracket that holds a duration or a licence category ("(3 months)").
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
        for s in TITLE_SUFFIXES {
            if ft.ends_with(s) && ft.len() > s.len() && fold::word_start(ft, ft.len() - s.len()) {
                t = fold::orig_slice(&t, &f, 0, ft.len() - s.len()).trim().to_string();
                break;
            }
        }
        // A trailing bracket with a number ("(3 months)"), or a remark in lower case about a
        // licence category or the terms ("(категория C, CE)", "(yarımştat)", "(part-time)").
        // A bracket in title case names the job ("(Category CE)", "(Night Shift)").
        if t.ends_with(')')
            && let Some(open) = t.rfind('(')
        {
            let inner = fold(&t[open..]);
            if inner.chars().any(|c| c.is_ascii_digit()) || terms_remark(&t[open..]) {
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

/// Remarks about the terms of a job rather than the job (folded stems): employment type,
/// schedule, duration, a licence category.
const TERMS_REMARKS: fold::Set = fold::Set::new(&[
    "category",
    "contract",
    "evening shift",
    "freelance",
    "frilans",
    "full time",
    "full-time",
    "half-time",
    "internship",
    "kat.",
    "kateqoriya",
    "layihe uzre",
    "movsumi",
    "muveqqeti",
    "night shift",
    "novbeli",
    "part time",
    "part-time",
    "project-based",
    "seasonal",
    "shift work",
    "shifts",
    "tam stat",
    "temporary",
    "weekends",
    "yarim gun",
    "yarim stat",
    "yarimstat",
    "вахт",
    "временн",
    "категор",
    "неполн",
    "подработ",
    "полный день",
    "сезонн",
    "сменн",
    "фриланс",
    "частичн",
]);

/// A bracket such as "(yarımştat)" or "(part-time)": a terms remark written in lower case.
fn terms_remark(bracket: &str) -> bool {
    let lower = bracket
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_lowercase);
    lower && TERMS_REMARKS.has_stem(&fold(bracket))
}

/// Generic words that are not a company name on their own.
const NOT_COMPANY: &[&str] = &[
    "vacancy",
    "vacancies",
    "job",
    "job offer",
    "careers",
    "career",
    "we are hiring",
    "hiring",
    "job opening",
    "vakansiya",
    "вакансия",
    "вакансии",
    "is elani",
    "elan",
    "recruitment",
    "job description",
];

/// True when a folded value cannot be a company name: a generic word ("Vacancy"), a label
/// ("Company", "Location") or a short heading ("Коротко", "At a glance").
fn not_a_name(cf: &str) -> bool {
    let cf = cf.trim_end_matches(':').trim();
    NOT_COMPANY.contains(&cf)
        || labels::field(cf).is_some()
        || fold::words(cf).count() <= 3 && !org_word(cf) && sections::classify(cf).is_some()
}

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

/// The company name.
pub fn company(
    lines: &[Ln],
    labels: &[Label],
    sections: &Sections,
    title_line: Option<usize>,
) -> Option<(usize, String)> {
    if let Some(l) = labels::first(labels, Field::Company) {
        let c = clean_company(&l.value);
        if !c.is_empty() && !not_a_name(&fold(&c)) {
            return Some((l.line, c));
        }
    }
    let t = title_line?;
    let limit = sections.first_heading.unwrap_or(lines.len());
    let label_lines: Vec<usize> = labels.iter().filter(|l| l.at_start).map(|l| l.line).collect();
    // A meta line right after the title: "Araz Pay · Baku, Azerbaijan · Hybrid".
    let meta = lines
        .iter()
        .enumerate()
        .skip(t + 1)
        .take(2)
        .filter(|(i, ln)| *i < limit && !ln.skip() && !label_lines.contains(i) && ln.marker == Marker::None)
        .find_map(|(i, ln)| meta_company(ln).map(|c| (i, c)));
    // The logo line above the title.
    let logo = lines[..t]
        .iter()
        .enumerate()
        .filter(|(_, ln)| !ln.page_no && ln.marker == Marker::None)
        .find_map(|(i, ln)| {
            let c = clean_company(first_segment(&ln.text));
            let cf = fold(&c);
            (!c.is_empty() && !not_a_name(&cf) && !job_noun(&cf)).then_some((i, c))
        });
    match (logo, meta) {
        (Some((li, l)), Some((mi, m))) => {
            let (lf, mf) = (fold(&l), fold(&m));
            if mf.starts_with(&lf) && mf.len() > lf.len() {
                return Some((mi, m));
            }
            return Some((li, l));
        }
        (Some(l), None) => return Some(l),
        (None, Some(m)) => return Some(m),
        (None, None) => {}
    }
    // The subject of the first sentence: "Ganja Logistics Hub is a regional …".
    // Short lines (a sidebar of facts, contacts) do not end the search: the first sentence does.
    for (i, ln) in lines.iter().enumerate().skip(t + 1).take(12) {
        if ln.skip() || ln.marker != Marker::None || label_lines.contains(&i) {
            continue;
        }
        if fold::words(&ln.fold).count() < 5 {
            continue;
        }
        if let Some(c) = subject(&ln.text) {
            return Some((i, c));
        }
        break;
    }
    None
}

/// The text before the first header separator.
fn first_segment(text: &str) -> &str {
    &text[..substring::find_any(text, SEPARATORS).unwrap_or(text.len())]
}

/// The company of a meta line: its first segment without the place parts.
fn meta_company(ln: &Ln) -> Option<String> {
    let seg = first_segment(&ln.text);
    if seg.len() == ln.text.len() && fold::words(&ln.fold).count() > 6 {
        return None; // a sentence, not a meta line
    }
    let mut kept: Vec<&str> = Vec::new();
    for part in seg.split(',') {
        let pf = fold(part);
        if places::place_part(&pf).is_some() || is_workplace_word(&pf) {
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
            let place = c.split(',').all(|p| places::place_part(&fold(p)).is_some());
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
        if n > 0 && capital && places::place_part(&f).is_some() && !legal {
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
    let place = c.split(',').all(|p| places::place_part(&fold(p)).is_some());
    (!c.is_empty() && !place).then_some(c)
}

/// Cleans a company name: no description after a dash, no bracket, no decorations, no
/// generic "Company «…»" wrapper.
pub fn clean_company(raw: &str) -> String {
    let mut c = first_segment(raw.trim()).to_string();
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
    fn job_words_are_sorted() {
        assert!(JOB_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(job_noun("customer support agents"));
        assert!(!job_noun("khazar international bank"));
        assert!(job_noun("zeng merkezi operatoru"));
    }

    #[test]
    fn cleans_titles() {
        assert_eq!(clean_title("Aşpaz tələb olunur!"), "Aşpaz");
        assert_eq!(clean_title("Marketing Intern (3 months)"), "Marketing Intern");
        assert_eq!(
            clean_title("Водитель-экспедитор (категория C, CE)"),
            "Водитель-экспедитор"
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
    fn drops_terms_remarks_in_lower_case() {
        assert_eq!(clean_title("Tibb bacısı (yarımştat)"), "Tibb bacısı");
        assert_eq!(clean_title("Qrafik dizayner (frilans)"), "Qrafik dizayner");
        assert_eq!(clean_title("Aşpaz (növbəli iş)"), "Aşpaz");
        assert_eq!(clean_title("Barista (part-time)"), "Barista");
        assert_eq!(clean_title("Translator (freelance, remote)"), "Translator");
        assert_eq!(clean_title("Sales Assistant (seasonal)"), "Sales Assistant");
        assert_eq!(clean_title("Продавец (неполный день)"), "Продавец");
        assert_eq!(clean_title("Переводчик (фриланс)"), "Переводчик");
        assert_eq!(clean_title("Курьер (подработка)"), "Курьер");
        // Title case: part of the title.
        assert_eq!(
            clean_title("Graphic Designer (Part-time)"),
            "Graphic Designer (Part-time)"
        );
        assert_eq!(
            clean_title("DevOps Engineer (Contract)"),
            "DevOps Engineer (Contract)"
        );
        assert_eq!(
            clean_title("Customer Support Agent (Night Shift)"),
            "Customer Support Agent (Night Shift)"
        );
        // Other remarks stay: a speciality, a workplace.
        assert_eq!(clean_title("Baş mühəndis (tikinti)"), "Baş mühəndis (tikinti)");
        assert_eq!(
            clean_title("Оператор call-центра (удалённо)"),
            "Оператор call-центра (удалённо)"
        );
        assert_eq!(
            clean_title("Врач-стоматолог (терапевт)"),
            "Врач-стоматолог (терапевт)"
        );
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
