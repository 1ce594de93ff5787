//! The education requirement: the first requirement that names a degree or a school level.

use crate::posting::ad::labels::{Field, Label};
use crate::posting::ad::lines::Ln;
use crate::posting::ad::sections::{Kind, Sections};
use crate::posting::text::fold::{self, fold};

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
pub fn read(lines: &[Ln], labels: &[Label], sections: &Sections) -> Option<(usize, String)> {
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
