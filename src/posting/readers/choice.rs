//! A field's value as a ranked choice: every reader proposes candidates, each with a score
//! that is the sum of named feature weights; the best one wins if it scores enough, and its
//! confidence grows with its score and with its lead over the runner-up.

/// A value read from the ad: where it was read and how sure the reader is (0-1).
#[derive(Clone, Debug, PartialEq)]
pub struct Read<T> {
    pub value: T,
    pub line: Option<usize>,
    pub confidence: f32,
}

impl<T> Read<T> {
    pub fn new(value: T, line: Option<usize>, confidence: f32) -> Read<T> {
        Read {
            value,
            line,
            confidence: confidence.clamp(0.0, 1.0),
        }
    }
}

/// Candidates for one field.
pub struct Ballot<T> {
    candidates: Vec<Candidate<T>>,
}

struct Candidate<T> {
    score: f32,
    value: T,
    line: Option<usize>,
    /// Candidates with the same key are one value proposed by several sources: their scores
    /// add up (the best-placed one keeps its line).
    key: String,
}

impl<T> Default for Ballot<T> {
    fn default() -> Self {
        Ballot {
            candidates: Vec::new(),
        }
    }
}

/// Score at which a candidate's confidence is one half.
const HALF_CONFIDENCE_SCORE: f32 = 5.0;
/// Lead over the runner-up at which the lead no longer lowers the confidence.
const CLEAR_LEAD: f32 = 3.0;

impl<T: Clone> Ballot<T> {
    /// Proposes `value`, known by `key` (its folded text), read at `line`.
    pub fn add(&mut self, key: String, value: T, line: Option<usize>, score: f32) {
        if key.is_empty() {
            return;
        }
        if let Some(c) = self.candidates.iter_mut().find(|c| c.key == key) {
            // A second source for the same value: its evidence adds up, with diminishing weight.
            let (hi, lo) = if score > c.score {
                (score, c.score)
            } else {
                (c.score, score)
            };
            if score > c.score {
                c.value = value;
                c.line = line;
            }
            c.score = hi + lo.max(0.0) * 0.5;
            return;
        }
        self.candidates.push(Candidate {
            score,
            value,
            line,
            key,
        });
    }

    /// Adds `bonus` to every candidate whose key `pred` accepts.
    pub fn boost(&mut self, bonus: f32, pred: impl Fn(&str) -> bool) {
        for c in &mut self.candidates {
            if pred(&c.key) {
                c.score += bonus;
            }
        }
    }

    /// Adds to every candidate the bonus `f` gives its key.
    pub fn boost_by(&mut self, f: impl Fn(&str) -> f32) {
        for c in &mut self.candidates {
            c.score += f(&c.key);
        }
    }

    /// The best candidate scoring at least `min_score` (the first proposed wins a tie).
    pub fn winner(&self, min_score: f32) -> Option<Read<T>> {
        let mut best: Option<&Candidate<T>> = None;
        let mut second = f32::NEG_INFINITY;
        for c in &self.candidates {
            match best {
                Some(b) if c.score <= b.score => second = second.max(c.score),
                Some(b) => {
                    second = second.max(b.score);
                    best = Some(c);
                }
                None => best = Some(c),
            }
        }
        let b = best.filter(|b| b.score >= min_score)?;
        Some(Read::new(b.value.clone(), b.line, confidence(b.score, second)))
    }

    /// The candidate known by `key`, as a read with its confidence against the others.
    pub fn read_of(&self, key: &str) -> Option<Read<T>> {
        let c = self.candidates.iter().find(|c| c.key == key)?;
        let second = self
            .candidates
            .iter()
            .filter(|o| o.key != key)
            .map(|o| o.score)
            .fold(f32::NEG_INFINITY, f32::max);
        Some(Read::new(c.value.clone(), c.line, confidence(c.score, second)))
    }

    /// Candidates by score, best first (for tests and `posting::explain`).
    pub fn ranked(&self) -> Vec<(f32, &str)> {
        let mut v: Vec<(f32, &str)> = self
            .candidates
            .iter()
            .map(|c| (c.score, c.key.as_str()))
            .collect();
        v.sort_by(|a, b| b.0.total_cmp(&a.0));
        v
    }
}

/// Confidence of a winner scoring `score` when the runner-up scored `second`.
pub fn confidence(score: f32, second: f32) -> f32 {
    let level = 1.0 / (1.0 + (-(score - HALF_CONFIDENCE_SCORE) / 2.0).exp());
    let lead = if second.is_finite() {
        ((score - second) / CLEAR_LEAD).clamp(0.0, 1.0)
    } else {
        1.0
    };
    let c = level * (0.6 + 0.4 * lead);
    (c * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_candidate_wins_and_sources_add_up() {
        let mut b: Ballot<&str> = Ballot::default();
        b.add("acme".into(), "Acme", Some(3), 4.0);
        b.add("home".into(), "Home", Some(0), 5.0);
        assert_eq!(b.winner(0.0).map(|r| r.value), Some("Home"));
        b.add("acme".into(), "Acme Corp", Some(9), 3.0);
        let w = b.winner(0.0).unwrap();
        assert_eq!((w.value, w.line), ("Acme", Some(3)));
        assert!(b.winner(100.0).is_none());
    }

    #[test]
    fn confidence_grows_with_score_and_lead() {
        assert!(confidence(9.0, f32::NEG_INFINITY) > confidence(5.0, f32::NEG_INFINITY));
        assert!(confidence(8.0, 2.0) > confidence(8.0, 7.5));
        assert!((0.0..=1.0).contains(&confidence(100.0, -100.0)));
    }
}
