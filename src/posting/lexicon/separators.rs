//! Separators between the parts of a header, meta or page-title line ("Acme · Baku · Hybrid",
//! "IT Manager | Lumination | LinkedIn", "Data Reporter — ProPublica"): one list for every
//! reader.

use crate::substring;

/// The separators, as written (a dash counts only between spaces).
pub static META: &[&str] = &[" · ", " | ", " — ", " – ", " - ", " -- ", " :: ", " • ", "\t"];

/// `text` split at [`META`], each part trimmed, empty parts dropped.
pub fn split(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    loop {
        match substring::find_first_of(rest, META) {
            Some((p, k)) => {
                let part = rest[..p].trim();
                if !part.is_empty() {
                    out.push(part);
                }
                rest = &rest[p + META[k].len()..];
            }
            None => {
                let part = rest.trim();
                if !part.is_empty() {
                    out.push(part);
                }
                return out;
            }
        }
    }
}

/// The text before the first separator.
pub fn first(text: &str) -> &str {
    &text[..substring::find_any(text, META).unwrap_or(text.len())]
}

/// True when `text` has a separator.
pub fn any(text: &str) -> bool {
    substring::find_any(text, META).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits() {
        assert_eq!(
            split("Senior Data Analyst - Santa Monica, CA - Indeed.com"),
            ["Senior Data Analyst", "Santa Monica, CA", "Indeed.com"]
        );
        assert_eq!(
            split("Data Reporter — ProPublica"),
            ["Data Reporter", "ProPublica"]
        );
        assert_eq!(split("Full-Stack Developer"), ["Full-Stack Developer"]);
        assert_eq!(first("Rode Microphones\t4.2 • 5 reviews"), "Rode Microphones");
        assert!(any("a · b") && !any("a-b"));
    }
}
