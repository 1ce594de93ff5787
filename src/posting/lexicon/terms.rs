//! Words of the terms of a job: employment type (full time, part time, contract, temporary,
//! internship) and workplace (on site, hybrid, remote), in English, Azerbaijani and Russian.
//! Folded, sorted by bytes; `STEMS` match at word starts (inflected forms count), `WORDS` only
//! as whole words.

use crate::posting::text::fold::Set;

/// Internships, traineeships, graduate programmes (whole words).
pub static INTERNSHIP_WORDS: Set = Set::new(&[
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
]);
pub static INTERNSHIP_STEMS: Set = Set::new(&[
    "graduate program",
    "graduate programme",
    "tecrube proqram",
    "стажировк",
]);

pub static PART_TIME_STEMS: Set = Set::new(&[
    "0,5 ставки",
    "half-time",
    "part time",
    "part-time",
    "parttime",
    "yarim gun",
    "yarim stat",
    "yarimstat",
    "неполн",
    "неполная ставка",
    "неполный рабочий день",
    "подработ",
    "пол ставки",
    "частичн",
]);

/// Fixed-term and seasonal work (a one-year appointment, "Contract/Temp").
pub static TEMPORARY_STEMS: Set = Set::new(&[
    "fixed term",
    "fixed-term",
    "layihe esasli",
    "locum",
    "maternity cover",
    "movsumi",
    "muddetli",
    "muveqqeti",
    "on a project basis",
    "project-based contract",
    "project-based employment",
    "project-based position",
    "project-based role",
    "project-based work",
    "seasonal",
    "temporary",
    "term appointment",
    "term employment",
    "term of appointment",
    "term position",
    "временн",
    "проектная занятость",
    "проектная работа",
    "сезонн",
    "срочн",
]);

/// Whole words of temporary work.
pub static TEMPORARY_WORDS: Set = Set::new(&["contract/temp", "temp", "temp to perm", "temp-to-perm"]);

/// Contractors, freelancers, gig work. "Contractor" alone is more often the company ("an
/// engineering contractor", "our subcontractors") and counts only in a title, label or chip.
pub static CONTRACT_STEMS: Set = Set::new(&[
    "1099",
    "as a contractor",
    "as an independent contractor",
    "consultancy contract",
    "contractor basis",
    "contractor position",
    "contractor role",
    "freelance",
    "frilans",
    "gig",
    "independent contractor",
    "subcontracted",
    "гпх",
    "подряд",
    "самозанят",
    "фриланс",
]);
/// Full-time phrases that are statements of their own ("İş tam iş günü …", "Полный рабочий
/// день"), with no role noun needed beside them.
pub static FULL_TIME_STATEMENTS: Set = Set::new(&[
    "tam is gunu",
    "tam stat",
    "полная занятость",
    "полная ставка",
    "полный день",
    "полный рабочий день",
]);

/// Labels of the working schedule ("Schedule: 5/2", "İş qrafiki: …", "График работы: пн–пт").
pub static SCHEDULE_KEYS: Set = Set::new(&[
    "hours",
    "hours of work",
    "is qrafiki",
    "is rejimi",
    "is saatlari",
    "is vaxti",
    "qrafik",
    "schedule",
    "work hours",
    "work schedule",
    "working hours",
    "working time",
    "график",
    "график работы",
    "рабочее время",
    "режим работы",
]);

/// A full working week, as schedules write it (stems).
pub static FIVE_DAY_WEEK: Set = Set::new(&[
    "5 days a week",
    "5 days per week",
    "5 gun",
    "5 is gunu",
    "5 дней в неделю",
    "5-day week",
    "5-дневка",
    "5-дневная рабочая неделя",
    "b.e.-cume",
    "bazar ertesi-cume",
    "five days a week",
    "five-day week",
    "mon - fri",
    "mon to fri",
    "mon-fri",
    "monday - friday",
    "monday through friday",
    "monday to friday",
    "monday-friday",
    "пн-пт",
    "понедельник-пятница",
    "пятидневка",
    "пятидневная рабочая неделя",
    "пять дней в неделю",
    "с понедельника по пятницу",
]);

/// Words after a number of hours a week ("40 hours", "40 saat", "40 часов").
pub static HOUR_UNITS: &[&str] = &["hours", "hrs", "saat", "час"];

/// Temporary terms that count only in a title or a label ("Teacher (Term)", "Term: …").
pub static TEMPORARY_STRONG: Set = Set::new(&["cover", "term"]);

/// "Contract" alone names a contract only in a title, a label or a chip.
pub static CONTRACT_WORDS: Set =
    Set::new(&["b2b contract", "contract", "contractor", "kontrakt", "контракт"]);

pub static FULL_TIME_STEMS: Set = Set::new(&[
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
    "полная ставка",
    "полную ставку",
    "полный день",
    "полный рабочий день",
    "постоянн",
]);

/// Nouns that make an employment word a statement about this job ("full-time position"), as
/// whole words.
pub static ROLE_NOUNS: Set = Set::new(&[
    "appointment",
    "appointments",
    "arrangement",
    "basis",
    "capacity",
    "contract",
    "employment",
    "job",
    "jobs",
    "opening",
    "openings",
    "opportunity",
    "position",
    "positions",
    "post",
    "posts",
    "role",
    "roles",
    "schedule",
    "vacancies",
    "vacancy",
    "график",
    "договор",
    "договора",
    "договору",
    "занятость",
    "работа",
    "рабочая",
    "рабочей",
    "рабочий",
]);

/// Units of a fixed duration (stems).
pub static DURATION_UNITS: &[&str] = &["ay", "month", "week", "year", "год", "мес", "нед"];

pub static REMOTE_STEMS: Set = Set::new(&[
    "distant",
    "evden",
    "from home",
    "fully remote",
    "home office",
    "home-based",
    "remote",
    "remotely",
    "telecommute",
    "uzaqdan",
    "wfh",
    "work from home",
    "working from home",
    "дистанцион",
    "из дома",
    "удален",
]);
/// "Remote" that names no workplace: remote sensing, remote access, remote areas.
pub static NOT_REMOTE: Set = Set::new(&[
    "from home health",
    "remote access",
    "remote area",
    "remote areas",
    "remote communities",
    "remote control",
    "remote locations",
    "remote monitoring",
    "remote sensing",
    "remote sites",
    "remote support",
    "remote-sensing",
]);
pub static HYBRID_STEMS: Set = Set::new(&[
    "hibrid",
    "hybrid",
    "smeshann",
    "гибрид",
    "комбинированн",
    "смешанн",
]);
/// "Hybrid" that names no workplace: vehicles, clouds, seeds, roles that mix two jobs.
pub static NOT_HYBRID: Set = Set::new(&[
    "hibrid avtomobil",
    "hybrid and electric",
    "hybrid cars",
    "hybrid cloud",
    "hybrid electric",
    "hybrid vehicle",
    "hybrid vehicles",
    "гибридн автомобил",
]);

pub static OFFICE_STEMS: Set = Set::new(&[
    "in office",
    "in person",
    "in the office",
    "in-office",
    "in-person",
    "office days",
    "office-based",
    "ofisde",
    "ofisden",
    "on site",
    "on-site",
    "onsite",
    "studio days",
    "в офисе",
    "офисе",
]);
/// Values of a workplace label ("İş formatı: Yerində", "Формат работы: на территории
/// предприятия", "Work mode: Office") that put the work on site; in a sentence they mean other
/// things ("iş yerində təlim", "office hours").
pub static ONSITE_LABEL_VALUES: Set = Set::new(&[
    "obyektde",
    "office",
    "ofis",
    "ofisde",
    "on site",
    "site-based",
    "yerinde",
    "в офисе",
    "на месте",
    "на объекте",
    "на территории",
    "офис",
]);

/// Statements that rule remote work out.
pub static NOT_REMOTE_STATEMENTS: Set = Set::new(&[
    "distant is nezerde tutulmur",
    "do not apply if you are not able to work onsite",
    "no remote",
    "not a remote",
    "not a remote position",
    "not able to work onsite",
    "not considering remote",
    "not eligible for remote",
    "not remote",
    "remote work is not",
    "remote work is not possible",
    "uzaqdan is nezerde tutulmur",
    "удаленка не рассматривается",
    "удаленная работа не",
    "удаленная работа не рассматривается",
    "удаленный формат не рассматривается",
]);
/// Sentences that put the work in the office or on site.
pub static OFFICE_STATEMENTS: Set = Set::new(&[
    "be in the office",
    "be on site",
    "be on-site",
    "be onsite",
    "in-office position",
    "ofisde heyata kecirilir",
    "ofisde islemek",
    "on-site position",
    "onsite position",
    "work from our office",
    "work from the office",
    "work in our office",
    "work in the office",
    "work on site",
    "work on-site",
    "work onsite",
    "working from the office",
    "working on-site",
    "working onsite",
    "работа в офисе",
    "работа только в офисе",
]);

/// Regular visits to sites or clients that make remote work hybrid.
pub static SITE_VISITS: Set = Set::new(&[
    "client visits",
    "field visits",
    "site visits",
    "visits to",
    "ziyaret",
    "выезд",
    "посещени",
]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_are_sorted_and_folded() {
        for set in [
            &INTERNSHIP_WORDS,
            &INTERNSHIP_STEMS,
            &PART_TIME_STEMS,
            &TEMPORARY_STEMS,
            &TEMPORARY_WORDS,
            &CONTRACT_STEMS,
            &CONTRACT_WORDS,
            &FULL_TIME_STEMS,
            &ROLE_NOUNS,
            &REMOTE_STEMS,
            &NOT_REMOTE,
            &HYBRID_STEMS,
            &OFFICE_STEMS,
            &NOT_REMOTE_STATEMENTS,
            &SITE_VISITS,
            &OFFICE_STATEMENTS,
            &NOT_HYBRID,
            &SCHEDULE_KEYS,
            &FIVE_DAY_WEEK,
            &ONSITE_LABEL_VALUES,
        ] {
            assert!(set.words.windows(2).all(|w| w[0] < w[1]), "{:?}", set.words);
            for w in set.words {
                assert_eq!(crate::posting::text::fold::fold(w), *w);
            }
        }
    }
}
