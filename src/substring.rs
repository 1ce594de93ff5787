//! Search for short literal needles (separators, keywords) in short texts (a line, a font
//! name), fast both natively and inside the component.
//!
//! `str::find` with a `&str` needle sets up a Two-Way searcher on every call. Natively the
//! standard library skips that for short texts with SIMD, and stays the fastest; the component
//! is built without SIMD, so there every call paid the set-up: 1.6% of the extraction inside
//! Wasm went to it, spread over the line-by-line checks of the layout and posting stages.
//! Inside Wasm, then, a needle's first byte is found with `memchr` and the rest compared in
//! place ([`scan`]). Natively that was slower than the standard library (posting 1-5% slower
//! per document), so there the standard library serves.
//!
//! The needles are short constants, so comparing at each candidate is cheap; do not use this
//! for long needles built from input.

/// Byte offset of the first occurrence of `needle` in `hay` (as `str::find`).
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    if cfg!(target_arch = "wasm32") {
        scan::find(hay, needle)
    } else {
        hay.find(needle)
    }
}

/// Whether `needle` occurs in `hay` (as `str::contains`).
pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// Byte offset of the first place where any of `needles` starts: the least of their first
/// occurrences.
pub fn find_any(hay: &str, needles: &[&str]) -> Option<usize> {
    find_first_of(hay, needles).map(|(at, _)| at)
}

/// Where the first of `needles` to occur starts, and which one it is (the earliest listed
/// of those that start there).
pub fn find_first_of(hay: &str, needles: &[&str]) -> Option<(usize, usize)> {
    if cfg!(target_arch = "wasm32") {
        scan::find_first_of(hay, needles)
    } else {
        let mut first: Option<(usize, usize)> = None;
        for (k, n) in needles.iter().enumerate() {
            if let Some(at) = hay.find(n)
                && first.is_none_or(|(f, _)| at < f)
            {
                first = Some((at, k));
            }
        }
        first
    }
}

/// The search the component uses: `memchr` for a needle's first byte, then a comparison.
pub mod scan {
    /// As [`super::find`].
    pub fn find(hay: &str, needle: &str) -> Option<usize> {
        let (h, n) = (hay.as_bytes(), needle.as_bytes());
        let Some((&first, rest)) = n.split_first() else {
            return Some(0);
        };
        let mut from = 0;
        while let Some(p) = memchr::memchr(first, h.get(from..)?) {
            let at = from + p;
            if h.get(at + 1..).is_some_and(|tail| tail.starts_with(rest)) {
                return Some(at);
            }
            from = at + 1;
        }
        None
    }

    /// As [`super::find_first_of`], in one pass when the needles begin with at most three
    /// distinct bytes.
    pub fn find_first_of(hay: &str, needles: &[&str]) -> Option<(usize, usize)> {
        let at = first_start(hay, needles)?;
        let which = needles.iter().position(|n| {
            hay.as_bytes()
                .get(at..)
                .is_some_and(|t| t.starts_with(n.as_bytes()))
        })?;
        Some((at, which))
    }

    fn first_start(hay: &str, needles: &[&str]) -> Option<usize> {
        let (mut firsts, mut distinct) = ([0u8; 3], 0);
        for n in needles {
            let Some(&b) = n.as_bytes().first() else {
                return Some(0);
            };
            if !firsts[..distinct.min(3)].contains(&b) {
                if distinct < 3 {
                    firsts[distinct] = b;
                }
                distinct += 1;
            }
        }
        let h = hay.as_bytes();
        let starts_here = |at: &usize| {
            needles
                .iter()
                .any(|n| h.get(*at..).is_some_and(|t| t.starts_with(n.as_bytes())))
        };
        let [a, b, c] = firsts;
        match distinct {
            0 => None,
            1 => memchr::memchr_iter(a, h).find(starts_here),
            2 => memchr::memchr2_iter(a, b, h).find(starts_here),
            3 => memchr::memchr3_iter(a, b, c, h).find(starts_here),
            _ => needles.iter().filter_map(|n| find(hay, n)).min(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library() {
        // Texts and needles from a small alphabet with multi-byte letters, so that partial
        // matches, overlaps and matches at either end all occur.
        let alphabet = ['a', 'b', ' ', '-', 'ə', 'ş', '—', '₼'];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..20_000 {
            let hay: String = (0..next(24)).map(|_| alphabet[next(alphabet.len())]).collect();
            let needles: Vec<String> = (0..1 + next(5))
                .map(|_| {
                    let len = next(4);
                    let letters = 3 + next(5);
                    (0..len).map(|_| alphabet[next(letters)]).collect()
                })
                .collect();
            for n in &needles {
                assert_eq!(scan::find(&hay, n), hay.find(n.as_str()), "{hay:?} {n:?}");
                assert_eq!(find(&hay, n), hay.find(n.as_str()), "{hay:?} {n:?}");
                assert_eq!(contains(&hay, n), hay.contains(n.as_str()));
            }
            let refs: Vec<&str> = needles.iter().map(String::as_str).collect();
            let least = refs.iter().filter_map(|n| hay.find(n)).min();
            assert_eq!(find_any(&hay, &refs), least, "{hay:?} {refs:?}");
            let first = least.and_then(|at| refs.iter().position(|n| hay.find(n) == Some(at)));
            assert_eq!(
                scan::find_first_of(&hay, &refs),
                least.zip(first),
                "{hay:?} {refs:?}"
            );
            assert_eq!(find_first_of(&hay, &refs), least.zip(first), "{hay:?} {refs:?}");
        }
    }

    #[test]
    fn finds_separators_in_a_line() {
        let line = "Senior Engineer — Bakı | Tam ştat";
        assert_eq!(find_any(line, &[" | ", " — "]), line.find(" — "));
        assert_eq!(find(line, " | "), line.find(" | "));
        assert_eq!(find(line, "ştat"), line.find("ştat"));
        assert_eq!(find(line, "xyz"), None);
        assert_eq!(find_any(line, &[]), None);
        assert_eq!(scan::find_first_of(line, &[]), None);
        assert_eq!(scan::find_first_of(line, &["", " | "]), Some((0, 0)));
    }
}
