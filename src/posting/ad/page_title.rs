//! The page's own title, as a browser printed it in the margin ("Senior Data Analyst - Santa
//! Monica, CA - Indeed.com", "(9) IT Manager | Lumination | LinkedIn") and as the PDF's
//! metadata holds it. Both are sources for the title, the company and the place, and each
//! agrees or disagrees with what the ad's own lines say.

use super::furniture::{Furniture, in_band, print_cell};
use super::lines::Ln;
use crate::posting::lexicon::separators;
use crate::posting::text::fold::{self, fold};

/// Where a page title was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A browser's print header or footer.
    Print,
    /// The document's `/Title`.
    Metadata,
}

/// A page title, cleaned of notification counts and file names.
#[derive(Clone, Debug)]
pub struct PageTitle {
    pub origin: Origin,
    /// The line it was printed on (print titles only).
    pub line: Option<usize>,
    pub text: String,
    pub fold: String,
}

impl PageTitle {
    /// The title split at its separators (" | ", " - ", " — ", " · ", " :: ").
    pub fn segments(&self) -> Vec<&str> {
        split_segments(&self.text)
    }
}

/// Splits a title at the meta separators, trimming each part.
pub fn split_segments(text: &str) -> Vec<&str> {
    separators::split(text)
}

/// The page titles of the document: the print furniture's text cells (once each) and the
/// metadata title.
pub fn collect(lines: &[Ln], metadata: Option<&str>) -> Vec<PageTitle> {
    let mut out: Vec<PageTitle> = Vec::new();
    for (i, ln) in lines.iter().enumerate() {
        if ln.furniture != Furniture::Print || !in_band(ln) {
            continue;
        }
        for cell in ln.text.split('\t') {
            let c = cell.trim();
            if c.is_empty() || print_cell(&fold(c)) || fold::words(c).count() < 1 {
                continue;
            }
            push(&mut out, Origin::Print, Some(i), c);
        }
    }
    if let Some(m) = metadata {
        push(&mut out, Origin::Metadata, None, m);
    }
    out
}

fn push(out: &mut Vec<PageTitle>, origin: Origin, line: Option<usize>, raw: &str) {
    let text = clean(raw);
    if text.is_empty() || !text.chars().any(char::is_alphabetic) {
        return;
    }
    let f = fold(&text);
    if out.iter().any(|t| t.fold == f) {
        return;
    }
    out.push(PageTitle {
        origin,
        line,
        text,
        fold: f,
    });
}

/// Drops what a title bar adds to the page's title: a notification count "(9) ", an editor
/// prefix "Microsoft Word - ", a file extension, an ellipsis where the printer cut it.
fn clean(raw: &str) -> String {
    let mut t = raw.trim();
    if let Some(rest) = t.strip_prefix('(')
        && let Some(close) = rest.find(')')
        && close > 0
        && rest[..close].bytes().all(|b| b.is_ascii_digit() || b == b'+')
    {
        t = rest[close + 1..].trim_start();
    }
    if let Some(rest) = t.strip_prefix("Microsoft Word - ") {
        t = rest;
    }
    let lower = t.to_ascii_lowercase();
    for ext in [".docx", ".doc", ".pdf", ".odt", ".pages", ".rtf", ".txt"] {
        if lower.ends_with(ext) {
            t = &t[..t.len() - ext.len()];
            break;
        }
    }
    t.trim_end_matches(['…', '.']).trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_and_splits() {
        assert_eq!(
            clean("(9) IT Manager | Lumination | LinkedIn"),
            "IT Manager | Lumination | LinkedIn"
        );
        assert_eq!(clean("Microsoft Word - Job Posting.docx"), "Job Posting");
    }
}
