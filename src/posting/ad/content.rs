//! What a line says by its words, for sections whose heading is unknown or missing: a duty
//! ("Prepare monthly VAT returns", "Разработка отчётов", "Hesabatların hazırlanması"), a
//! requirement (years, degrees, knowledge, skills, licences), a benefit (insurance, leave,
//! pay, meals) or a nice-to-have ("… is a plus", "будет плюсом", "üstünlükdür"). A run of
//! list lines takes the kind most of its lines say.

use super::sections::Kind;
use crate::posting::text::fold::{self, Set};

/// Said by nice-to-haves (stems).
static NICE: Set = Set::new(&[
    "a plus",
    "advantage",
    "arzu olunan",
    "arzuolunan",
    "bonus if",
    "bonus points",
    "desirable",
    "desired",
    "is a plus",
    "nice to have",
    "nice-to-have",
    "preferable",
    "preferably",
    "preferred",
    "ustunluk",
    "будет плюсом",
    "желательн",
    "плюсом будет",
    "преимуществ",
    "приветствуется",
]);

/// Said by requirements (stems).
static REQUIREMENT: Set = Set::new(&[
    "ability to",
    "able to",
    "ali tehsil",
    "bacariq",
    "bachelor",
    "bilik",
    "bilmesi",
    "certificat",
    "certified",
    "degree",
    "diploma",
    "education",
    "experience",
    "familiarity",
    "fluency",
    "fluent",
    "knowledge",
    "licence",
    "license",
    "master's",
    "must have",
    "phd",
    "proficien",
    "qualification",
    "skills",
    "strong",
    "tecrube",
    "understanding of",
    "years",
    "владение",
    "высшее",
    "диплом",
    "знание",
    "навык",
    "образовани",
    "опыт",
    "стаж",
    "уверенн",
    "умение",
]);

/// Said by benefits (stems).
static BENEFIT: Set = Set::new(&[
    "401(k)",
    "allowance",
    "annual leave",
    "bonus",
    "compensation",
    "competitive",
    "dental",
    "discount",
    "free ",
    "gym",
    "health",
    "holiday",
    "insurance",
    "leave",
    "meal",
    "medical",
    "mezuniyyet",
    "neqliyyat",
    "paid time off",
    "pension",
    "relocation",
    "retirement",
    "salary",
    "sigorta",
    "transport",
    "vacation",
    "yemek",
    "дмс",
    "компенсац",
    "оплачиваем",
    "отпуск",
    "оформлени",
    "питани",
    "премии",
    "страхов",
    "трудоустройств",
]);

/// English verbs that open duties.
static DUTY_VERBS: Set = Set::new(&[
    "administer",
    "advise",
    "analyse",
    "analyze",
    "answer",
    "arrange",
    "assess",
    "assist",
    "attend",
    "audit",
    "build",
    "calculate",
    "check",
    "clean",
    "collaborate",
    "collect",
    "communicate",
    "compile",
    "conduct",
    "configure",
    "contribute",
    "control",
    "cook",
    "coordinate",
    "create",
    "deliver",
    "deploy",
    "design",
    "develop",
    "document",
    "draft",
    "drive",
    "ensure",
    "enter",
    "establish",
    "evaluate",
    "execute",
    "facilitate",
    "follow",
    "greet",
    "handle",
    "help",
    "identify",
    "implement",
    "improve",
    "inspect",
    "install",
    "investigate",
    "issue",
    "keep",
    "lead",
    "liaise",
    "load",
    "maintain",
    "manage",
    "mentor",
    "monitor",
    "negotiate",
    "operate",
    "optimise",
    "optimize",
    "organise",
    "organize",
    "oversee",
    "own",
    "participate",
    "perform",
    "plan",
    "prepare",
    "present",
    "process",
    "produce",
    "promote",
    "provide",
    "reconcile",
    "record",
    "recruit",
    "repair",
    "report",
    "represent",
    "research",
    "resolve",
    "respond",
    "review",
    "run",
    "schedule",
    "sell",
    "serve",
    "set up",
    "ship",
    "supervise",
    "support",
    "teach",
    "test",
    "track",
    "train",
    "troubleshoot",
    "update",
    "use",
    "verify",
    "work",
    "write",
]);

/// Endings of the Russian nouns that open duties ("разработка", "ведение", "контроль").
const RUSSIAN_DUTY_ENDINGS: &[&str] = &["ние", "ка", "ция", "ль"];
/// Endings of the Azerbaijani verbal nouns that close duties ("hesabatların hazırlanması",
/// "müştərilərlə işləmək"), folded.
const AZERBAIJANI_DUTY_ENDINGS: &[&str] = &["masi", "mesi", "maq", "mek"];

/// The kind a folded line says, if its words say one.
pub fn kind_of_line(f: &str) -> Option<Kind> {
    let f = f.trim();
    if NICE.has_stem(f) {
        return Some(Kind::NiceToHave);
    }
    let first = fold::words(f).next().map(|(_, w)| w).unwrap_or("");
    let last = fold::words(f).last().map(|(_, w)| w).unwrap_or("");
    let duty = DUTY_VERBS.contains(first)
        || first.len() > 5 && first.ends_with("ing") && !matches!(first, "strong" | "working")
        || f.starts_with("responsible for")
        || f.starts_with("you will")
        || !first.is_ascii()
            && first.chars().count() > 5
            && RUSSIAN_DUTY_ENDINGS.iter().any(|e| first.ends_with(e))
        || last.len() > 5 && AZERBAIJANI_DUTY_ENDINGS.iter().any(|e| last.ends_with(e))
        || fold::has_any_word(f, &["nezaret"]);
    let requirement = REQUIREMENT.has_stem(f);
    let benefit = BENEFIT.has_stem(f);
    match (duty, requirement, benefit) {
        (true, false, _) => Some(Kind::Responsibilities),
        (_, true, false) => Some(Kind::Requirements),
        (false, false, true) => Some(Kind::Benefits),
        (true, true, _) if !first.is_empty() && DUTY_VERBS.contains(first) => Some(Kind::Responsibilities),
        _ => None,
    }
}

/// The kind most lines of a run say: two of three voting lines, and at least two votes (one
/// when the run is a single line).
pub fn kind_of_run<'a>(lines: impl Iterator<Item = &'a str>) -> Option<Kind> {
    let mut votes = [0usize; 4];
    let mut n = 0;
    for f in lines {
        n += 1;
        let k = match kind_of_line(f) {
            Some(Kind::Responsibilities) => 0,
            Some(Kind::Requirements) => 1,
            Some(Kind::NiceToHave) => 2,
            Some(Kind::Benefits) => 3,
            _ => continue,
        };
        votes[k] += 1;
    }
    let total: usize = votes.iter().sum();
    let (best, &count) = votes.iter().enumerate().max_by_key(|(_, c)| **c)?;
    let enough = count >= 2 || n == 1 && count == 1;
    if !enough || count * 3 < total * 2 || count * 2 < n {
        return None;
    }
    Some(
        [
            Kind::Responsibilities,
            Kind::Requirements,
            Kind::NiceToHave,
            Kind::Benefits,
        ][best],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::text::fold::fold;

    #[test]
    fn lines_by_their_words() {
        let k = |s: &str| kind_of_line(&fold(s));
        assert_eq!(k("Prepare monthly VAT returns"), Some(Kind::Responsibilities));
        assert_eq!(k("Managing a team of five"), Some(Kind::Responsibilities));
        assert_eq!(
            k("Разработка отчётов для руководства"),
            Some(Kind::Responsibilities)
        );
        assert_eq!(k("Hesabatların hazırlanması"), Some(Kind::Responsibilities));
        assert_eq!(k("3+ years of experience in sales"), Some(Kind::Requirements));
        assert_eq!(k("Опыт работы от 2 лет"), Some(Kind::Requirements));
        assert_eq!(k("Ali təhsil"), Some(Kind::Requirements));
        assert_eq!(k("Private medical insurance"), Some(Kind::Benefits));
        assert_eq!(k("28 days of annual leave"), Some(Kind::Benefits));
        assert_eq!(k("Knowledge of SAP is a plus"), Some(Kind::NiceToHave));
        assert_eq!(k("Знание английского будет плюсом"), Some(Kind::NiceToHave));
        assert_eq!(k("Our office is near the metro"), None);
    }

    #[test]
    fn runs_vote() {
        let run = ["develop new features", "review code", "mentor juniors"];
        assert_eq!(kind_of_run(run.iter().copied()), Some(Kind::Responsibilities));
        let mixed = [
            "develop new features",
            "5 years of experience",
            "medical insurance",
        ];
        assert_eq!(kind_of_run(mixed.iter().copied()), None);
    }
}
