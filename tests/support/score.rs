//! The corpus scorer's metrics (`shared/tools/score.py`), ported for tests: word F1 and order
//! similarity over normalised words, and the job-field scores.

#![allow(dead_code)]

use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// Words as the scorer counts them: NFC, hyphen variants folded, split on whitespace, leading
/// and trailing characters that are not letters or digits stripped.
pub fn words(text: &str) -> Vec<String> {
    let text: String = text
        .nfc()
        .filter_map(|c| match c {
            '\u{2010}' | '\u{2011}' | '\u{2212}' => Some('-'),
            '\u{00AD}' => None,
            c => Some(c),
        })
        .collect();
    text.split_whitespace()
        .filter_map(|tok| {
            let t = tok.trim_matches(|c: char| !c.is_alphanumeric());
            (!t.is_empty()).then(|| t.to_string())
        })
        .collect()
}

/// (word F1, order similarity) of `predicted` against `gold`.
pub fn text_scores(gold: &str, predicted: &str) -> (f64, f64) {
    let (g, p) = (words(gold), words(predicted));
    if g.is_empty() && p.is_empty() {
        return (1.0, 1.0);
    }
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for w in &g {
        *counts.entry(w).or_default() += 1;
    }
    let mut common = 0i64;
    for w in &p {
        if let Some(c) = counts.get_mut(w.as_str())
            && *c > 0
        {
            *c -= 1;
            common += 1;
        }
    }
    let precision = if p.is_empty() {
        0.0
    } else {
        common as f64 / p.len() as f64
    };
    let recall = if g.is_empty() {
        0.0
    } else {
        common as f64 / g.len() as f64
    };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    let mut vocab: HashMap<&str, usize> = HashMap::new();
    let mut gi = Vec::with_capacity(g.len());
    for w in &g {
        let n = vocab.len();
        gi.push(*vocab.entry(w.as_str()).or_insert(n));
    }
    let mut pi = Vec::with_capacity(p.len());
    for w in &p {
        let n = vocab.len();
        pi.push(*vocab.entry(w.as_str()).or_insert(n));
    }
    let distance = levenshtein(&gi, &pi);
    let order = 1.0 - distance as f64 / g.len().max(p.len()) as f64;
    (f1, order)
}

/// Edit distance between two sequences.
pub fn levenshtein<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, x) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, y) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(x != y);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}
