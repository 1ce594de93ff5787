//! Lookup in static lexicons: slices sorted by their folded key, searched by binary search,
//! never built at run time.

/// Calls `f` on each key of `keys` (sorted by bytes of `key`) that is a prefix of `t`,
/// longest first, until `f` returns true. Returns the entry `f` accepted.
pub fn prefixes<'k, T>(
    keys: &'k [T],
    key: impl Fn(&T) -> &str,
    t: &str,
    mut f: impl FnMut(&'k T) -> bool,
) -> Option<&'k T> {
    let mut probe = t;
    loop {
        let p = keys.partition_point(|k| key(k) <= probe);
        if p == 0 {
            return None;
        }
        let entry = &keys[p - 1];
        let ks = key(entry);
        if t.starts_with(ks) {
            if f(entry) {
                return Some(entry);
            }
            if ks.is_empty() {
                return None;
            }
            probe = &ks[..floor_boundary(ks, ks.len() - 1)];
        } else {
            let lcp = ks.bytes().zip(probe.bytes()).take_while(|(a, b)| a == b).count();
            let lcp = floor_boundary(probe, lcp);
            if lcp == 0 {
                return None;
            }
            probe = &probe[..lcp];
        }
    }
}

/// The largest char boundary of `s` at or below `i`.
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// True when `keys` is strictly sorted by bytes (for tests of the static tables).
#[cfg(test)]
pub fn is_sorted<T>(keys: &[T], key: impl Fn(&T) -> &str) -> bool {
    keys.windows(2).all(|w| key(&w[0]) < key(&w[1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_longest_prefixes_first() {
        let keys = ["excel", "excel-de", "ms", "ms excel", "ms project", "тахограф"];
        let mut got = Vec::new();
        prefixes(
            &keys,
            |k| k,
            "ms excel-i and",
            |k| {
                got.push(*k);
                false
            },
        );
        assert_eq!(got, ["ms excel", "ms"]);
        assert_eq!(prefixes(&keys, |k| k, "excel-i", |_| true), Some(&"excel"));
        assert_eq!(prefixes(&keys, |k| k, "тахографом", |_| true), Some(&"тахограф"));
        assert_eq!(prefixes(&keys, |k| k, "python", |_| true), None);
        assert_eq!(prefixes(&keys, |k| k, "", |_| true), None);
    }
}
