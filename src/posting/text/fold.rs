//! Case folding and normalisation for matching.
//!
//! Every line is folded once, char by char, so the folded string has exactly as many chars as
//! the (NFC) source line: an offset found in the folded text maps back to the source by
//! counting chars, and values are always copied from the source, never from the folded text.
//!
//! Folding is Azerbaijani-aware (`I`, `İ`, `ı`, `i` all become `i`) and strips the Latin
//! diacritics of Azerbaijani and Turkish (`ə`→`e`, `ş`→`s`, `ç`→`c`, `ğ`→`g`, `ö`→`o`,
//! `ü`→`u`) so that ads typed without them ("Telebler") match the same lexicons; `ё` becomes
//! `е`, every dash becomes `-`, every space becomes ` ` and curly apostrophes become `'`.

use std::borrow::Cow;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Folds one char to one char.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match c {
        // Cyrillic capitals: the common case of Russian text, without the Unicode tables.
        'А'..='Я' => char::from_u32(c as u32 + 32).unwrap_or(c),
        'а'..='я' => c,
        'İ' | 'ı' => 'i',
        'Ə' | 'ə' => 'e',
        'Ş' | 'ş' | 'Ș' | 'ș' => 's',
        'Ç' | 'ç' => 'c',
        'Ğ' | 'ğ' => 'g',
        'Ö' | 'ö' | 'Ò' | 'ò' | 'Ó' | 'ó' | 'Ô' | 'ô' | 'Õ' | 'õ' | 'Ø' | 'ø' => 'o',
        'Ü' | 'ü' | 'Ù' | 'ù' | 'Ú' | 'ú' | 'Û' | 'û' => 'u',
        'À' | 'à' | 'Á' | 'á' | 'Â' | 'â' | 'Ä' | 'ä' | 'Ã' | 'ã' | 'Å' | 'å' => 'a',
        'È' | 'è' | 'É' | 'é' | 'Ê' | 'ê' | 'Ë' | 'ë' => 'e',
        'Ì' | 'ì' | 'Í' | 'í' | 'Î' | 'î' | 'Ï' | 'ï' => 'i',
        'Ñ' | 'ñ' => 'n',
        'Ý' | 'ý' | 'ÿ' => 'y',
        'Ё' | 'ё' => 'е',
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => ' ',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => '-',
        '\u{2018}' | '\u{2019}' | '\u{02bc}' | '\u{2032}' => '\'',
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// The folded form of `s` (same number of chars).
pub fn fold(s: &str) -> String {
    // Most lines of English ads are ASCII: lower-casing them is one pass without the char
    // decoding.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    out.extend(s.chars().map(fold_char));
    out
}

/// `s` in NFC, borrowed when it already is.
pub fn nfc(s: &str) -> Cow<'_, str> {
    // Latin below the combining marks, Cyrillic and common punctuation are always NFC.
    let plain = |c: char| {
        c < '\u{300}'
            || ('\u{400}'..='\u{4ff}').contains(&c)
            || ('\u{2010}'..='\u{205f}').contains(&c)
            || ('\u{20a0}'..='\u{20cf}').contains(&c)
    };
    if s.chars().all(plain) || is_nfc_quick(s.chars()) == IsNormalized::Yes {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    }
}

/// A letter or digit: the chars that make up words.
#[inline]
pub fn is_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{430}'..='\u{45f}').contains(&c) || ('\u{e0}'..='\u{ff}').contains(&c) && c != '\u{f7}' {
        true // the lower-case Cyrillic and Latin-1 letters folded text is made of
    } else {
        c.is_alphanumeric()
    }
}

/// A letter (fast for ASCII, Latin-1 and Cyrillic).
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if ('\u{400}'..='\u{45f}').contains(&c)
        || ('\u{c0}'..='\u{ff}').contains(&c) && c != '\u{d7}' && c != '\u{f7}'
    {
        true
    } else {
        c.is_alphabetic()
    }
}

/// Maps a byte range of `folded` (the fold of `orig`) to the same chars in `orig`.
pub fn orig_range(orig: &str, folded: &str, start: usize, end: usize) -> (usize, usize) {
    // Folding kept every char's width (ASCII, Russian): the offsets are the same.
    if orig.len() == folded.len()
        && orig.is_char_boundary(start.min(orig.len()))
        && orig.is_char_boundary(end.min(orig.len()))
    {
        let same_width = orig
            .chars()
            .zip(folded.chars())
            .all(|(a, b)| a.len_utf8() == b.len_utf8());
        if same_width {
            let e = end.min(orig.len());
            return (start.min(e), e);
        }
    }
    let mut o = orig
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(orig.len()));
    let mut f = folded
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(folded.len()));
    let (mut os, mut oe) = (orig.len(), orig.len());
    while let (Some(oi), Some(fi)) = (o.next(), f.next()) {
        if fi == start {
            os = oi;
        }
        if fi == end {
            oe = oi;
            break;
        }
    }
    (os.min(oe), oe)
}

/// The slice of `orig` holding the chars at `start..end` of its fold.
pub fn orig_slice<'a>(orig: &'a str, folded: &str, start: usize, end: usize) -> &'a str {
    let (s, e) = orig_range(orig, folded, start, end);
    orig.get(s..e).unwrap_or("")
}

/// The char before byte `i` of `s`.
pub fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i)?.chars().next_back()
}

/// The char at byte `i` of `s`.
pub fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

/// True when a word may start at byte `i` (no letter or digit just before).
pub fn word_start(s: &str, i: usize) -> bool {
    !char_before(s, i).is_some_and(is_word)
}

/// True when a word may end at byte `i` (no letter or digit just after).
pub fn word_end(s: &str, i: usize) -> bool {
    !char_at(s, i).is_some_and(is_word)
}

/// Byte offset of the first occurrence of `needle` in `hay` starting a word; with `whole`
/// it must also end one. `needle` must be folded.
pub fn find_word(hay: &str, needle: &str, whole: bool) -> Option<usize> {
    let first = needle.chars().next()?;
    if !is_word(first) {
        return hay
            .match_indices(needle)
            .map(|(i, _)| i)
            .find(|&i| word_start(hay, i) && (!whole || word_end(hay, i + needle.len())));
    }
    word_starts(hay).find(|&i| at(hay, i, needle, whole))
}

/// True when `needle` is in `hay` at word start `i` (and ends a word with `whole`).
#[inline]
fn at(hay: &str, i: usize, needle: &str, whole: bool) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    h.len() - i >= n.len()
        && h[i] == n[0]
        && &h[i..i + n.len()] == n
        && (!whole || word_end(hay, i + n.len()))
}

/// Byte offsets where words start.
pub fn word_starts(hay: &str) -> impl Iterator<Item = usize> + '_ {
    let mut prev_word = false;
    hay.char_indices().filter_map(move |(i, c)| {
        let w = is_word(c);
        let start = w && !prev_word;
        prev_word = w;
        start.then_some(i)
    })
}

/// True when `hay` holds `needle` starting a word (a stem: the word may go on).
pub fn has_stem(hay: &str, needle: &str) -> bool {
    find_word(hay, needle, false).is_some()
}

/// True when `hay` holds `needle` as whole words.
#[cfg(test)]
pub fn has_word(hay: &str, needle: &str) -> bool {
    find_word(hay, needle, true).is_some()
}

/// `needles` must be sorted by bytes (the static lists are): each word of `hay` is then looked
/// up by binary search instead of comparing it with every needle.
fn has_any(hay: &str, needles: &[&str], whole: bool) -> bool {
    debug_assert!(
        needles.windows(2).all(|w| w[0] < w[1]),
        "needles not sorted: {needles:?}"
    );
    // Needles that do not start with a letter or digit ("(contract)") are searched as text.
    if needles.iter().any(|n| !n.chars().next().is_some_and(is_word)) {
        return needles.iter().any(|n| find_word(hay, n, whole).is_some());
    }
    if needles.len() <= 6 {
        return word_starts(hay).any(|i| needles.iter().any(|n| at(hay, i, n, whole)));
    }
    word_starts(hay).any(|i| {
        crate::posting::text::lookup::prefixes(
            needles,
            |n| n,
            &hay[i..],
            |n| !whole || word_end(hay, i + n.len()),
        )
        .is_some()
    })
}

/// Index of the first of `needles` (in their order) found as a stem in `hay`.
pub fn first_stem(hay: &str, needles: &[&str]) -> Option<usize> {
    let mut starts = [0usize; 24];
    let mut n = 0;
    for i in word_starts(hay) {
        if n == starts.len() {
            break;
        }
        starts[n] = i;
        n += 1;
    }
    needles.iter().position(|nd| {
        if nd.chars().next().is_some_and(is_word) {
            starts[..n].iter().any(|&i| at(hay, i, nd, false))
        } else {
            has_stem(hay, nd)
        }
    })
}

/// True when any of `needles` is a stem in `hay`.
pub fn has_any_stem(hay: &str, needles: &[&str]) -> bool {
    has_any(hay, needles, false)
}

/// True when any of `needles` is a whole word or phrase in `hay`.
pub fn has_any_word(hay: &str, needles: &[&str]) -> bool {
    has_any(hay, needles, true)
}

/// A static set of folded words or phrases (sorted by bytes) with a filter computed at
/// compile time: a 256-bit mask of hashed first two bytes. Most words of a text are rejected
/// by the mask before any binary search.
pub struct Set {
    pub words: &'static [&'static str],
    mask: [u64; 4],
}

const fn hash2(b0: u8, b1: u8) -> usize {
    ((b0 as usize).wrapping_mul(31) ^ (b1 as usize).wrapping_mul(7)) & 255
}

impl Set {
    pub const fn new(words: &'static [&'static str]) -> Set {
        let mut mask = [0u64; 4];
        let mut i = 0;
        while i < words.len() {
            let b = words[i].as_bytes();
            if b.len() >= 2 {
                let h = hash2(b[0], b[1]);
                mask[h / 64] |= 1 << (h % 64);
            } else if b.len() == 1 {
                let mut b1 = 0usize;
                while b1 < 256 {
                    let h = hash2(b[0], b1 as u8);
                    mask[h / 64] |= 1 << (h % 64);
                    b1 += 1;
                }
            }
            i += 1;
        }
        Set { words, mask }
    }

    /// Whether a needle may start at byte `i` of `hay`.
    #[inline]
    fn may_start(&self, hay: &[u8], i: usize) -> bool {
        let b0 = hay[i];
        let b1 = hay.get(i + 1).copied().unwrap_or(0);
        let h = hash2(b0, b1);
        self.mask[h / 64] & (1 << (h % 64)) != 0
    }

    fn find(&self, hay: &str, whole: bool) -> Option<usize> {
        debug_assert!(
            self.words.windows(2).all(|w| w[0] < w[1]),
            "set not sorted: {:?}",
            self.words
        );
        let b = hay.as_bytes();
        word_starts(hay).find(|&i| {
            self.may_start(b, i)
                && crate::posting::text::lookup::prefixes(
                    self.words,
                    |n| n,
                    &hay[i..],
                    |n| !whole || word_end(hay, i + n.len()),
                )
                .is_some()
        })
    }

    /// True when a member starts a word of `hay` (the word may go on).
    pub fn has_stem(&self, hay: &str) -> bool {
        self.find(hay, false).is_some()
    }

    /// True when a member is in `hay` as whole words.
    pub fn has_word(&self, hay: &str) -> bool {
        self.find(hay, true).is_some()
    }

    /// Byte offset of the last word of `hay` a member starts.
    pub fn last_stem(&self, hay: &str) -> Option<usize> {
        let b = hay.as_bytes();
        word_starts(hay)
            .filter(|&i| {
                self.may_start(b, i)
                    && crate::posting::text::lookup::prefixes(self.words, |n| n, &hay[i..], |_| true)
                        .is_some()
            })
            .last()
    }

    /// Byte offset of the first word of `hay` a member starts.
    pub fn find_stem(&self, hay: &str) -> Option<usize> {
        self.find(hay, false)
    }

    /// True when some word of `hay` may start a member (the mask test alone; the set need not
    /// be sorted for this).
    pub fn any_start(&self, hay: &str) -> bool {
        let b = hay.as_bytes();
        word_starts(hay).any(|i| self.may_start(b, i))
    }

    /// True when `w` is a member.
    pub fn contains(&self, w: &str) -> bool {
        !w.is_empty() && self.may_start(w.as_bytes(), 0) && self.words.binary_search(&w).is_ok()
    }
}

/// Folded words of `s` with their byte offsets.
pub fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = s.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some(&(_, c)) = rest.peek() {
            if is_word(c) {
                break;
            }
            rest.next();
        }
        let (start, _) = *rest.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = rest.peek() {
            if !is_word(c) {
                break;
            }
            end = i + c.len_utf8();
            rest.next();
        }
        s.get(start..end).map(|w| (start, w))
    })
}

/// Trims whitespace and the punctuation that never belongs to a value at either end.
pub fn trim_value(s: &str) -> &str {
    let s = s.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';' | ':' | '.' | '·' | '|' | '-' | '–' | '—' | '•' | '!' | '*'
            )
    });
    // A trailing period is punctuation, but keep it on an abbreviation such as "Co." or "г.".
    s.trim()
}

/// Like [`trim_value`] but keeps a closing bracket or quote that is balanced.
pub fn trim_outer(s: &str) -> &str {
    let mut s = trim_value(s);
    loop {
        let before = s;
        if s.ends_with(')') && s.matches('(').count() < s.matches(')').count() {
            s = s[..s.len() - 1].trim_end();
        }
        if s.starts_with('(') && s.matches('(').count() > s.matches(')').count() {
            s = s[1..].trim_start();
        }
        if before == s {
            break;
        }
        s = trim_value(s);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_azerbaijani_i_and_letters() {
        assert_eq!(fold("İŞ YERİ"), "is yeri");
        assert_eq!(fold("Vəzifə öhdəlikləri"), "vezife ohdelikleri");
        assert_eq!(fold("IĞDIR ılıq"), "igdir iliq");
        assert_eq!(fold("Расчёт – ЗП"), "расчет - зп");
        assert_eq!(fold("a\u{a0}b\u{2009}c"), "a b c");
        assert_eq!(fold("Bachelor’s"), "bachelor's");
    }

    #[test]
    fn fold_keeps_char_count() {
        for s in ["İstanbul Şəki ǅ ß ﬁ Ǆ ΐ", "ẞ groß", "i̇"] {
            assert_eq!(fold(s).chars().count(), s.chars().count(), "{s}");
        }
    }

    #[test]
    fn maps_folded_offsets_back() {
        let orig = "Bakı şəhəri, Nərimanov";
        let f = fold(orig);
        let i = f.find("nerimanov").unwrap();
        assert_eq!(orig_slice(orig, &f, i, f.len()), "Nərimanov");
        assert_eq!(orig_slice(orig, &f, 0, 4), "Bakı");
    }

    #[test]
    fn finds_words() {
        assert!(has_word("go or c++", "go"));
        assert!(!has_word("google", "go"));
        assert!(has_stem("тахографом", "тахограф"));
        assert_eq!(
            words("a, bc-d").map(|(_, w)| w).collect::<Vec<_>>(),
            ["a", "bc", "d"]
        );
        assert_eq!(trim_outer(" Baku (x) ."), "Baku (x)");
        assert_eq!(trim_outer("Baku)"), "Baku");
    }
}
