//! The country an ad's facts point to, for what depends on it: which currency "$" is, whether
//! "03/04" is day first. Each fact casts a vote: a phone number's calling code, the country
//! domain of an e-mail or web address, a state code after a city ("Rockaway, NJ"), a place in
//! a location label or near the top, a currency sign that only one country uses.

use super::furniture::Furniture;
use super::labels::{Field, Label};
use super::lines::Ln;
use super::page_title::PageTitle;
use crate::posting::lexicon::places;
use crate::posting::text::fold;

/// Votes of each kind of fact.
mod weight {
    pub const LOCATION_LABEL: u32 = 4;
    pub const STATE_CODE: u32 = 3;
    pub const PLACE_AT_TOP: u32 = 2;
    pub const CALLING_CODE: u32 = 2;
    pub const DOMAIN: u32 = 2;
    pub const CURRENCY_SIGN: u32 = 1;
}

/// Lines from the top whose places vote.
const TOP_LINES: usize = 30;

/// The ISO code of the country most facts of the ad point to.
pub fn infer(lines: &[Ln], labels: &[Label], titles: &[PageTitle]) -> Option<&'static str> {
    let mut votes: Vec<(&'static str, u32)> = Vec::new();
    let mut vote = |iso: &'static str, w: u32| match votes.iter_mut().find(|(c, _)| *c == iso) {
        Some(v) => v.1 += w,
        None => votes.push((iso, w)),
    };
    for l in labels.iter().filter(|l| l.field == Field::Location) {
        if let Some(p) = places::find_all(&l.vfold).into_iter().find(|p| !p.wordlike) {
            vote(p.country, weight::LOCATION_LABEL);
        }
    }
    let texts = lines
        .iter()
        .filter(|ln| ln.furniture == Furniture::None || ln.furniture == Furniture::Print)
        .map(|ln| (ln.text.as_ref(), ln.fold.as_str()))
        .chain(titles.iter().map(|t| (t.text.as_str(), t.fold.as_str())));
    for (k, (text, f)) in texts.enumerate() {
        for code in state_codes(text) {
            let mut countries = places::state_code_countries(code);
            if let (Some(c), None) = (countries.next(), countries.next()) {
                vote(c, weight::STATE_CODE);
            }
        }
        if k < TOP_LINES {
            for p in places::find_all(f) {
                if !p.wordlike && p.tier >= 1 && capitalised(text, f, p.start) {
                    vote(p.country, weight::PLACE_AT_TOP);
                }
            }
        }
        for code in calling_codes(text) {
            if let Some(c) = country_of_calling_code(code) {
                vote(c, weight::CALLING_CODE);
            }
        }
        for tld in domain_countries(f) {
            if let Some(c) = places::country_of_tld(tld) {
                vote(c, weight::DOMAIN);
            }
        }
        for (sign, iso) in [
            ('₼', "AZ"),
            ('₽', "RU"),
            ('₹', "IN"),
            ('£', "GB"),
            ('₸', "KZ"),
            ('₾', "GE"),
        ] {
            if text.contains(sign) {
                vote(iso, weight::CURRENCY_SIGN);
            }
        }
    }
    votes.into_iter().max_by_key(|v| v.1).map(|v| v.0)
}

fn capitalised(text: &str, f: &str, at: usize) -> bool {
    fold::orig_slice(text, f, at, f.len())
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Codes written after a city and a comma: "Rockaway, NJ", "Sydney NSW 2000" is not counted.
fn state_codes(text: &str) -> impl Iterator<Item = &str> {
    text.split(", ").skip(1).filter_map(|part| {
        let code = part.split([' ', '\t', '·', ';', ',', ')']).next()?;
        ((2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_uppercase())).then_some(code)
    })
}

/// The digits after "+" in international phone numbers ("+994 50 …", "+1 (415) …").
fn calling_codes(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices('+').filter_map(|(i, _)| {
        let rest = &text[i + 1..];
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        let after = rest.as_bytes().get(n).copied();
        // "+994 50", "+7 (495)": a group of digits followed by a space or a bracket.
        ((1..=3).contains(&n) && matches!(after, Some(b' ' | b'(' | b'-'))).then(|| &rest[..n])
    })
}

/// The country of an international calling code, for the codes whose country is unambiguous.
fn country_of_calling_code(code: &str) -> Option<&'static str> {
    Some(match code {
        "1" => "US",
        "7" => "RU",
        "44" => "GB",
        "61" => "AU",
        "64" => "NZ",
        "65" => "SG",
        "91" => "IN",
        "994" => "AZ",
        "995" => "GE",
        "90" => "TR",
        "971" => "AE",
        "49" => "DE",
        "33" => "FR",
        "380" => "UA",
        "375" => "BY",
        "998" => "UZ",
        _ => return None,
    })
}

/// Two-letter country domains of the addresses in a folded line ("hr@acme.az", "seek.com.au").
fn domain_countries(f: &str) -> impl Iterator<Item = &str> {
    f.split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '(' | ')' | ',' | ';'))
        .filter(|w| w.contains('.') && (w.contains('@') || w.contains("www.") || w.contains("://")))
        .filter_map(|w| {
            let after_at = w.rsplit('@').next()?;
            let host = after_at.rsplit("://").next()?.split(['/', '?', '#']).next()?;
            let tld = host.trim_end_matches('.').rsplit('.').next()?;
            (tld.len() == 2
                && tld.bytes().all(|b| b.is_ascii_lowercase())
                && tld != "io"
                && tld != "ai"
                && tld != "co")
                .then_some(tld)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_that_name_countries() {
        assert_eq!(
            state_codes("Santa Monica, CA · 3 days ago").collect::<Vec<_>>(),
            ["CA"]
        );
        assert_eq!(
            calling_codes("Call +994 50 321 77 10 or +1 (415) 555").collect::<Vec<_>>(),
            ["994", "1"]
        );
        assert_eq!(
            domain_countries("apply at www.seek.com.au/job or hr@acme.az").collect::<Vec<_>>(),
            ["au", "az"]
        );
        assert_eq!(domain_countries("see acme.io and www.x.com").count(), 0);
    }
}
