//! A static gazetteer: Azerbaijani cities, towns and Baku districts (in English,
//! Azerbaijani and Russian spellings) and the usual world cities and countries, with their
//! ISO country codes. The data lives in `places_data.rs`, sorted for binary search.

use crate::posting::lexicon::places_data::PLACES;
use crate::posting::text::fold::{self};
use crate::posting::text::lookup;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    City,
    District,
    Region,
    Country,
}

/// A place found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub start: usize,
    pub end: usize,
    pub country: &'static str,
    pub kind: Kind,
}

/// Words that qualify a place name ("Yasamal district", "Bakı şəhəri", "г. Москва").
pub const LOCALITY_WORDS: &[&str] = &[
    "district",
    "city",
    "town",
    "region",
    "village",
    "settlement",
    "area",
    "province",
    "municipality",
    "rayonu",
    "rayon",
    "r-nu",
    "r",
    "seheri",
    "seher",
    "qesebesi",
    "qesebe",
    "kendi",
    "kend",
    "metro",
    "m",
    "stansiyasi",
    "bolgesi",
    "район",
    "р-н",
    "г",
    "город",
    "пос",
    "поселок",
    "посёлок",
    "село",
    "мкр",
    "микрорайон",
    "область",
    "обл",
    "метро",
    "м",
    "ст",
];

/// The place named exactly by `name` (folded), if any.
pub fn lookup(name: &str) -> Option<(&'static str, Kind)> {
    PLACES
        .binary_search_by(|p| p.0.cmp(name))
        .ok()
        .and_then(|i| PLACES.get(i))
        .map(|p| (p.1, p.2))
}

/// The place a folded phrase such as "yasamal district", "baki seheri", "ясамальский район"
/// or "28 may" names: after dropping locality words, the rest is a place name (or starts
/// with one, for Russian adjectives such as "ясамальский").
pub fn place_part(part: &str) -> Option<(&'static str, Kind)> {
    let mut rest = String::new();
    for (_, w) in fold::words(part) {
        if LOCALITY_WORDS.contains(&w) {
            continue;
        }
        if !rest.is_empty() {
            rest.push(' ');
        }
        rest.push_str(w);
    }
    if rest.is_empty() {
        return None;
    }
    if let Some(p) = lookup(&rest) {
        return Some(p);
    }
    // A single adjective word: "ясамальский", "хатаинский", "yasamalski".
    if !rest.contains(' ') && rest.chars().count() >= 6 {
        let hit = lookup::prefixes(PLACES, |p| p.0, &rest, |p| p.0.chars().count() >= 5);
        return hit.map(|p| (p.1, p.2));
    }
    None
}

/// Every place named in `f` (folded) as whole words, in order.
pub fn find_all(f: &str) -> Vec<Place> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < f.len() {
        let Some(c) = fold::char_at(f, i) else { break };
        if fold::is_word(c) && fold::word_start(f, i) {
            let t = &f[i..];
            let hit = lookup::prefixes(PLACES, |p| p.0, t, |p| fold::word_end(f, i + p.0.len()));
            if let Some(p) = hit {
                out.push(Place {
                    start: i,
                    end: i + p.0.len(),
                    country: p.1,
                    kind: p.2,
                });
                i += p.0.len();
                continue;
            }
        }
        i += c.len_utf8();
    }
    out
}

/// The country code of the first place in `f`.
pub fn country_of(f: &str) -> Option<&'static str> {
    find_all(f).first().map(|p| p.country)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_folded() {
        assert!(lookup::is_sorted(PLACES, |p| p.0));
        for p in PLACES {
            assert_eq!(fold::fold(p.0), p.0, "{}", p.0);
        }
    }

    #[test]
    fn parts() {
        assert_eq!(place_part("yasamal district").map(|p| p.0), Some("AZ"));
        assert_eq!(place_part("baki seheri").map(|p| p.0), Some("AZ"));
        assert_eq!(place_part("ясамальский район").map(|p| p.0), Some("AZ"));
        assert_eq!(place_part("28 may").map(|p| p.0), Some("AZ"));
        assert_eq!(place_part("москва").map(|p| p.0), Some("RU"));
        assert_eq!(place_part("head office"), None);
        assert_eq!(place_part("baku boulevard"), None);
        assert_eq!(place_part("district"), None);
    }

    #[test]
    fn finds_places_in_text() {
        let f = fold::fold("call centre in Baku, Nasimi district; BakuConnect");
        let got: Vec<&str> = find_all(&f).iter().map(|p| &f[p.start..p.end]).collect();
        assert_eq!(got, ["baku", "nasimi"]);
        assert_eq!(country_of("tbilisi, georgia"), Some("GE"));
    }
}
