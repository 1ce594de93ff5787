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

/// Scalar fields scored 1/0 after normalisation.
pub const SCALARS: [&str; 8] = [
    "title",
    "company",
    "location",
    "employment_type",
    "workplace",
    "education",
    "deadline",
    "posted",
];

/// List fields scored by one-to-one item matching.
pub const LISTS: [&str; 5] = [
    "skills",
    "responsibilities",
    "requirements",
    "nice_to_have",
    "benefits",
];

/// The scorer's string normalisation: NFC, case folded with the Turkic i folded to `i`,
/// whitespace folded, outer punctuation stripped when there is a letter or digit.
pub fn norm_str(v: &serde_json::Value) -> Option<String> {
    let raw = match v {
        serde_json::Value::Null => return None,
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let folded: String = raw
        .nfc()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ı' => 'i',
            'ς' => 'σ',
            c => c,
        })
        .filter(|&c| c != '\u{0307}')
        .collect::<String>()
        .replace('ß', "ss");
    let spaced = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = if spaced.chars().any(char::is_alphanumeric) {
        spaced.trim_matches(|c: char| !c.is_alphanumeric()).to_string()
    } else {
        spaced
    };
    (!s.is_empty()).then_some(s)
}

fn norm_phone(v: &serde_json::Value) -> Option<String> {
    let digits: String = v.as_str()?.chars().filter(char::is_ascii_digit).collect();
    (!digits.is_empty()).then_some(digits)
}

fn norm_url(v: &serde_json::Value) -> Option<String> {
    let s = norm_str(v)?;
    let s = match s.find("://") {
        Some(i) if s[..i].chars().all(|c| c.is_ascii_lowercase()) && i > 0 => s[i + 3..].to_string(),
        _ => s,
    };
    let s = s.strip_prefix("www.").unwrap_or(&s);
    let s = s.trim_end_matches('/');
    (!s.is_empty()).then(|| s.to_string())
}

fn num_eq(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-6,
        _ => a.is_null() && b.is_null(),
    }
}

fn char_sim(a: &str, b: &str) -> f64 {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    1.0 - levenshtein(&a, &b) as f64 / a.len().max(b.len()) as f64
}

/// F1 of a list field: items matched one to one when their character similarity is ≥ 0.9.
pub fn list_f1(gold: &serde_json::Value, predicted: &serde_json::Value) -> f64 {
    let (precision, recall) = list_precision_recall(gold, predicted);
    if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    }
}

/// Precision and recall of a list field, items matched as `list_f1` matches them.
pub fn list_precision_recall(gold: &serde_json::Value, predicted: &serde_json::Value) -> (f64, f64) {
    let items = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .map(|a| a.iter().map(|x| norm_str(x).unwrap_or_default()).collect())
            .unwrap_or_default()
    };
    let (g, p) = (items(gold), items(predicted));
    if g.is_empty() && p.is_empty() {
        return (1.0, 1.0);
    }
    if g.is_empty() || p.is_empty() {
        return (
            f64::from(u8::from(p.is_empty())),
            f64::from(u8::from(g.is_empty())),
        );
    }
    let mut pairs = Vec::new();
    for (i, a) in g.iter().enumerate() {
        for (j, b) in p.iter().enumerate() {
            let (la, lb) = (a.chars().count(), b.chars().count());
            if (la.min(lb) as f64) < 0.9 * la.max(lb).max(1) as f64 {
                continue;
            }
            let s = char_sim(a, b);
            if s >= 0.9 {
                pairs.push((s, i, j));
            }
        }
    }
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let (mut used_g, mut used_p, mut matched) = (vec![false; g.len()], vec![false; p.len()], 0usize);
    for (_, i, j) in pairs {
        if !used_g[i] && !used_p[j] {
            used_g[i] = true;
            used_p[j] = true;
            matched += 1;
        }
    }
    (matched as f64 / p.len() as f64, matched as f64 / g.len() as f64)
}

/// Per-field scores of a predicted `job` against the gold `job`, as the corpus scorer computes
/// them (field name → score between 0 and 1).
pub fn job_scores(gold: &serde_json::Value, predicted: &serde_json::Value) -> Vec<(&'static str, f64)> {
    let null = serde_json::Value::Null;
    let get = |v: &serde_json::Value, k: &str| v.get(k).cloned().unwrap_or(serde_json::Value::Null);
    let mut out = Vec::new();
    for k in SCALARS {
        out.push((
            k,
            f64::from(u8::from(norm_str(&get(gold, k)) == norm_str(&get(predicted, k)))),
        ));
    }
    let (gc, pc) = (get(gold, "contact"), get(predicted, "contact"));
    out.push((
        "contact.email",
        f64::from(u8::from(
            norm_str(&get(&gc, "email")) == norm_str(&get(&pc, "email")),
        )),
    ));
    out.push((
        "contact.phone",
        f64::from(u8::from(
            norm_phone(&get(&gc, "phone")) == norm_phone(&get(&pc, "phone")),
        )),
    ));
    out.push((
        "contact.url",
        f64::from(u8::from(norm_url(&get(&gc, "url")) == norm_url(&get(&pc, "url")))),
    ));
    let (gs, ps) = (get(gold, "salary"), get(predicted, "salary"));
    let salary = if gs.is_null() || !ps.is_object() {
        f64::from(u8::from(
            gs.is_null() && (ps.is_null() || ps == serde_json::json!({})),
        ))
    } else {
        let parts = [
            num_eq(&get(&gs, "min"), &get(&ps, "min")),
            num_eq(&get(&gs, "max"), &get(&ps, "max")),
            norm_str(&get(&gs, "currency")) == norm_str(&get(&ps, "currency")),
            norm_str(&get(&gs, "period")) == norm_str(&get(&ps, "period")),
        ];
        parts.iter().filter(|&&x| x).count() as f64 / 4.0
    };
    out.push(("salary", salary));
    let (ge, pe) = (get(gold, "experience_years"), get(predicted, "experience_years"));
    let experience = if ge.is_null() || !pe.is_object() {
        f64::from(u8::from(
            ge.is_null() && (pe.is_null() || pe == serde_json::json!({})),
        ))
    } else {
        let hits = usize::from(num_eq(&get(&ge, "min"), &get(&pe, "min")))
            + usize::from(num_eq(&get(&ge, "max"), &get(&pe, "max")));
        hits as f64 / 2.0
    };
    out.push(("experience_years", experience));
    for k in LISTS {
        out.push((
            k,
            list_f1(gold.get(k).unwrap_or(&null), predicted.get(k).unwrap_or(&null)),
        ));
    }
    out
}
