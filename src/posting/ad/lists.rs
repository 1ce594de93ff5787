//! List items: which lines of a tagged section are its items and their text without the
//! marker. A section's items are its bullet or numbered lines; when the list has no marker
//! glyphs at all (Chromium/wkhtmltopdf draw `<ul>` discs as vector shapes) every short line
//! is an item. Prose (an intro sentence, a "send your CV to …" paragraph) is not.

use crate::posting::ad::lines::{Ln, Marker, marker};
use crate::posting::text::fold;
use crate::substring;

/// The state of the list being read in the current section.
#[derive(Default)]
pub struct ListState {
    taken: usize,
    /// Whether the list's items carry markers (decided by its first item).
    marked: Option<bool>,
    numbered: bool,
    ended: bool,
}

impl ListState {
    /// True when the list's items are numbered ("1.", "2)").
    pub fn numbered(&self) -> bool {
        self.numbered && !self.ended
    }

    /// The item `ln` adds to the section's list, if any.
    pub fn take(&mut self, ln: &Ln, weak: bool, next: Option<&Ln>) -> Option<String> {
        if self.ended {
            return None;
        }
        if ln.marker != Marker::None {
            self.marked = Some(true);
            self.numbered = ln.marker == Marker::Number;
            return self.item(ln.body());
        }
        if self.marked == Some(true) {
            // The list is over: what follows it is prose of the section.
            self.ended = true;
            return None;
        }
        let text = ln.body();
        let f = ln.fbody();
        if paragraph_like(text, f) {
            if self.taken > 0 {
                self.ended = true;
            }
            return None;
        }
        if f.ends_with(':') && self.taken == 0 {
            return None; // an intro such as "You will:"
        }
        if weak && self.taken == 0 {
            // "The role" may introduce prose: only a run of short lines is a list.
            let next_short =
                next.is_some_and(|n| n.block == ln.block && !paragraph_like(n.body(), n.fbody()));
            if !next_short || text.chars().count() > 160 {
                return None;
            }
        }
        self.marked = Some(false);
        self.item(text)
    }

    fn item(&mut self, text: &str) -> Option<String> {
        let t = text.trim();
        if t.is_empty() {
            return None;
        }
        self.taken += 1;
        Some(t.to_string())
    }
}

/// A table cell of a table-sections row as an item (without its marker).
pub fn cell_item(cell: &str) -> Option<String> {
    let t = cell.trim();
    let f = fold::fold(t);
    let (_, body_f) = marker(&f);
    let (s, _) = fold::orig_range(t, &f, body_f, body_f);
    let body = t.get(s..)?.trim();
    (!body.is_empty()).then(|| body.to_string())
}

/// Prose rather than a list line: contact details, or several long sentences.
pub fn paragraph_like(text: &str, f: &str) -> bool {
    let chars = text.chars().count();
    if f.contains('@') || substring::contains(f, "http") || substring::contains(f, "www.") {
        return true;
    }
    if chars > 240 {
        return true;
    }
    let digits = f.chars().filter(char::is_ascii_digit).count();
    if digits >= 9 && f.contains('+') {
        return true;
    }
    chars > 130 && sentences(text) >= 2
}

/// Sentence breaks: ". " followed by a capital letter.
fn sentences(text: &str) -> usize {
    let mut n = 1;
    let mut it = text.char_indices().peekable();
    while let Some((_, c)) = it.next() {
        if matches!(c, '.' | '!' | '?') && it.peek().is_some_and(|&(_, n)| n == ' ') {
            let mut look = it.clone();
            look.next();
            if look.next().is_some_and(|(_, n)| n.is_uppercase()) {
                n += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_is_not_an_item() {
        assert!(paragraph_like(
            "Send your CV to hr@x.az.",
            "send your cv to hr@x.az."
        ));
        assert!(!paragraph_like("Medical insurance", "medical insurance"));
        let long = "We are a team. We build things for clients all over the region and we care about quality. Join us now and grow with the team of professionals.";
        assert!(paragraph_like(long, &fold::fold(long)));
    }

    #[test]
    fn cells_lose_their_markers() {
        assert_eq!(cell_item("• Answer calls").as_deref(), Some("Answer calls"));
        assert_eq!(cell_item("2. Plan").as_deref(), Some("Plan"));
        assert_eq!(cell_item("  ").as_deref(), None);
    }
}
