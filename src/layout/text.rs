//! Character clean-up of laid-out lines (ligatures, soft hyphens, NFC) and the plain-text
//! rendering: one logical line per line, a blank line between blocks and between pages.

use super::document::{Document, Line};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Expands ligatures, drops soft hyphens and zero-width characters, and normalises to NFC.
pub fn normalize_line(line: &mut Line) {
    for span in &mut line.spans {
        if needs_cleanup(&span.text) {
            span.text = clean(&span.text);
        }
    }
    line.text = line.spans.iter().map(|s| s.text.as_str()).collect();
}

fn needs_cleanup(text: &str) -> bool {
    text.chars().any(|c| matches!(c, '\u{FB00}'..='\u{FB06}' | '\u{00AD}' | '\u{200B}' | '\u{FEFF}' | '\u{00A0}' | '\0'..='\u{8}'))
        || is_nfc_quick(text.chars()) != IsNormalized::Yes
}

fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            '\u{00AD}' | '\u{200B}' | '\u{FEFF}' | '\0'..='\u{8}' => {}
            '\u{00A0}' => out.push(' '),
            c => out.push(c),
        }
    }
    if is_nfc_quick(out.chars()) == IsNormalized::Yes {
        out
    } else {
        out.nfc().collect()
    }
}

/// The document as plain text.
pub fn render_text(doc: &Document) -> String {
    let mut out = String::new();
    for page in &doc.pages {
        for block in &page.blocks {
            if block.lines.is_empty() {
                continue;
            }
            if !out.is_empty() {
                out.push('\n');
            }
            for line in &block.lines {
                out.push_str(line.text.trim_end());
                out.push('\n');
            }
        }
    }
    out
}
