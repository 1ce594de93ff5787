//! The document as the extractors see it: one flat list of lines in reading order, each
//! folded once, with its bullet marker recognised, its typography summarised and running
//! headers, footers and page numbers flagged.

use super::furniture::{self, Furniture};
use crate::layout::{BlockKind, Document, Rect};
use crate::posting::lexicon::chrome::ICON_NAMES;
use crate::posting::text::fold::{self, fold, nfc};
use std::borrow::Cow;

/// How a line starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    None,
    /// A bullet glyph (`•`, `–`, `▪`, `★`, `*` …).
    Glyph,
    /// An enumerator (`1.`, `2)`, `a)`).
    Number,
}

/// One logical line.
pub struct Ln<'a> {
    pub page: u32,
    /// The page's height in points (for the margin bands of print furniture).
    pub page_h: f32,
    pub bbox: Rect,
    /// The exact source line text (evidence).
    pub src: &'a str,
    /// The line in NFC, trimmed.
    pub text: Cow<'a, str>,
    /// `text` folded (same char count).
    pub fold: String,
    pub block: usize,
    pub first_in_block: bool,
    pub last_in_block: bool,
    pub bold: bool,
    /// Font size relative to the document's body size (1.0 = body text).
    pub rel_size: f32,
    pub marker: Marker,
    /// Byte offsets where the content starts after the marker, in `text` and in `fold`.
    pub body_t: usize,
    pub body_f: usize,
    /// A page number line ("Page 1 of 2", "- 2 -").
    pub page_no: bool,
    /// A running header or footer (a layout header/footer block, or a short line repeated).
    pub running: bool,
    /// Print headers and footers, job-board navigation, other jobs (see [`super::furniture`]).
    pub furniture: Furniture,
    /// `text` and `fold` have the same byte offsets (every char kept its width).
    same_width: bool,
}

impl<'a> Ln<'a> {
    /// The content after the marker, as written.
    pub fn body(&self) -> &str {
        self.text.get(self.body_t..).unwrap_or("").trim()
    }

    /// The folded content after the marker.
    pub fn fbody(&self) -> &str {
        self.fold.get(self.body_f..).unwrap_or("").trim()
    }

    /// Noise for section and list purposes.
    pub fn skip(&self) -> bool {
        self.page_no || self.running || self.furniture != Furniture::None
    }

    /// A table row (cells separated by tabs).
    pub fn is_row(&self) -> bool {
        self.text.contains('\t')
    }

    /// The source slice of a range of the folded text.
    pub fn orig(&self, start: usize, end: usize) -> &str {
        if self.same_width {
            let e = end.min(self.text.len());
            return self.text.get(start.min(e)..e).unwrap_or("");
        }
        fold::orig_slice(&self.text, &self.fold, start, end)
    }
}

/// Flattens `doc` into lines.
pub fn flatten(doc: &Document) -> Vec<Ln<'_>> {
    let mut out: Vec<Ln> = Vec::new();
    let mut sizes: Vec<(f32, usize)> = Vec::new();
    let mut block_no = 0usize;
    for page in &doc.pages {
        for block in &page.blocks {
            let running_kind = matches!(block.kind, BlockKind::Header | BlockKind::Footer);
            let n = block.lines.len();
            let mut first = true;
            for (i, line) in block.lines.iter().enumerate() {
                let ascii = line.text.is_ascii();
                // ASCII is always NFC and folds char for char to ASCII.
                let text = if ascii {
                    Cow::Borrowed(line.text.trim())
                } else {
                    trim_cow(nfc(&line.text))
                };
                let text = strip_icon_names(text);
                if text.is_empty() {
                    continue;
                }
                let f = if ascii {
                    text.to_ascii_lowercase()
                } else {
                    fold(&text)
                };
                let same_width = ascii
                    || text.len() == f.len()
                        && text
                            .chars()
                            .zip(f.chars())
                            .all(|(a, b)| a.len_utf8() == b.len_utf8());
                let (marker, body_f) = marker(&f);
                let body_t = if same_width {
                    body_f
                } else {
                    fold::orig_range(&text, &f, body_f, body_f).0
                };
                let size = line_size(line);
                let chars = text.chars().filter(|c| !c.is_whitespace()).count();
                if size > 0.0 {
                    sizes.push((size, chars));
                }
                let page_no = is_page_number(&f);
                out.push(Ln {
                    page: page.number,
                    page_h: page.height,
                    bbox: line.bbox,
                    src: &line.text,
                    text,
                    fold: f,
                    block: block_no,
                    first_in_block: first,
                    last_in_block: i + 1 == n,
                    bold: line.is_bold(),
                    rel_size: size,
                    marker,
                    body_t,
                    body_f,
                    page_no,
                    running: running_kind,
                    furniture: Furniture::None,
                    same_width,
                });
                first = false;
            }
            if let Some(last) = out.last_mut() {
                last.last_in_block = true;
            }
            block_no += 1;
        }
    }
    let body = body_size(&mut sizes);
    for ln in &mut out {
        ln.rel_size = if body > 0.0 && ln.rel_size > 0.0 {
            ln.rel_size / body
        } else {
            1.0
        };
    }
    mark_repeats(&mut out);
    furniture::mark(&mut out);
    out
}

/// The line's font size: one span's size when all spans agree (no need to weigh them).
fn line_size(line: &crate::layout::Line) -> f32 {
    match line.spans.first() {
        Some(first) if line.spans.iter().all(|s| (s.size - first.size).abs() < 0.01) => first.size,
        _ => line.size(),
    }
}

/// Drops icon-font ligature names that sites print as text beside a fact: a name with an
/// underscore standing alone ("corporate_fare"), or a name glued to the capitalised word after
/// it ("placeMountain View" → "Mountain View").
fn strip_icon_names(text: Cow<'_, str>) -> Cow<'_, str> {
    let suspicious = text.contains('_')
        || text
            .as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    if !suspicious {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    for (n, tok) in text.split(' ').enumerate() {
        let mut t = tok;
        if t.contains('_') && ICON_NAMES.binary_search(&t).is_ok() {
            changed = true;
            continue;
        }
        let glued = ICON_NAMES.iter().find(|icon| {
            t.len() > icon.len() && t.starts_with(*icon) && t.as_bytes()[icon.len()].is_ascii_uppercase()
        });
        if let Some(icon) = glued {
            t = &t[icon.len()..];
            changed = true;
        }
        if n > 0 && !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t);
    }
    if changed {
        Cow::Owned(out.trim().to_string())
    } else {
        text
    }
}

fn trim_cow(s: Cow<'_, str>) -> Cow<'_, str> {
    match s {
        Cow::Borrowed(b) => Cow::Borrowed(b.trim()),
        Cow::Owned(o) => Cow::Owned(o.trim().to_string()),
    }
}

/// The size most characters are set in.
fn body_size(sizes: &mut [(f32, usize)]) -> f32 {
    sizes.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut best = (0.0f32, 0usize);
    let mut i = 0;
    while i < sizes.len() {
        let s = sizes[i].0;
        let mut n = 0;
        while i < sizes.len() && (sizes[i].0 - s).abs() < 0.6 {
            n += sizes[i].1;
            i += 1;
        }
        if n > best.1 {
            best = (s, n);
        }
    }
    best.0
}

/// Short lines that occur more than once (running headers and footers drawn as text).
fn mark_repeats(lines: &mut [Ln]) {
    let mut idx: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].marker == Marker::None && lines[i].text.len() <= 240)
        .collect();
    idx.sort_by(|&a, &b| lines[a].fold.cmp(&lines[b].fold));
    let mut repeated = Vec::new();
    for pair in idx.windows(2) {
        if lines[pair[0]].fold == lines[pair[1]].fold {
            repeated.extend_from_slice(pair);
        }
    }
    for i in repeated {
        // Running headers and footers stand alone; a repeated line inside a list is content.
        let alone = lines[i].first_in_block && lines[i].last_in_block;
        if alone && !looks_like_heading_word(&lines[i].fold) {
            lines[i].running = true;
        }
    }
}

/// Repeated single words such as "Requirements" in two ads glued together are not running
/// headers; running headers are longer.
fn looks_like_heading_word(f: &str) -> bool {
    fold::words(f).count() <= 1
}

/// Recognises a leading bullet or enumerator; returns it and where the content starts.
pub fn marker(f: &str) -> (Marker, usize) {
    let mut chars = f.char_indices();
    let Some((_, c0)) = chars.next() else {
        return (Marker::None, 0);
    };
    let is_glyph = matches!(
        c0,
        '•' | '◦'
            | '▪'
            | '▫'
            | '■'
            | '□'
            | '●'
            | '○'
            | '★'
            | '☆'
            | '✓'
            | '✔'
            | '➢'
            | '➤'
            | '►'
            | '▶'
            | '‣'
            | '⁃'
            | '-'
            | '*'
            | '·'
            | '◆'
            | '◇'
            | '♦'
            | '❖'
            | '→'
            | '»'
            | '✗'
            | '❑'
            | '⦁'
            | '∙'
    ) || ('\u{e000}'..='\u{f8ff}').contains(&c0);
    if is_glyph {
        let rest = &f[c0.len_utf8()..];
        // "-5%" or "*1220" are text, not bullets: a bullet is followed by a space.
        let next = rest.chars().next();
        let glyph_only = !matches!(c0, '-' | '*' | '·');
        if next.is_some_and(char::is_whitespace) || (glyph_only && next.is_some_and(|c| !c.is_ascii_digit()))
        {
            let skip = rest.len() - rest.trim_start().len();
            return (Marker::Glyph, c0.len_utf8() + skip);
        }
        return (Marker::None, 0);
    }
    // Enumerators: "1." "12)" "a)" "b." followed by a space.
    let bytes = f.as_bytes();
    let mut i = 0;
    while i < bytes.len() && i < 2 && bytes[i].is_ascii_digit() {
        i += 1;
    }
    let letter = i == 0 && bytes.first().is_some_and(|b| b.is_ascii_lowercase());
    if letter {
        i = 1;
    }
    if i > 0
        && i + 1 < bytes.len()
        && (bytes[i] == b')' || (bytes[i] == b'.' && !letter))
        && bytes[i + 1] == b' '
    {
        let rest = &f[i + 1..];
        let skip = rest.len() - rest.trim_start().len();
        return (Marker::Number, i + 1 + skip);
    }
    (Marker::None, 0)
}

/// "Page 1 of 2", "1/2", "- 1 -", "Səhifə 1 / 2", "Стр. 1 из 2".
pub fn is_page_number(f: &str) -> bool {
    if f.len() > 40 {
        return false;
    }
    let mut numbers = 0;
    let mut words = 0;
    for (_, w) in fold::words(f) {
        words += 1;
        if w.bytes().all(|b| b.is_ascii_digit()) && w.len() <= 3 {
            numbers += 1;
        } else if !matches!(
            w,
            "page" | "p" | "of" | "sehife" | "seh" | "стр" | "страница" | "из" | "с" | "sayfa"
        ) {
            return false;
        }
    }
    words <= 5
        && (1..=2).contains(&numbers)
        && f.chars()
            .all(|c| c.is_alphanumeric() || c.is_whitespace() || matches!(c, '/' | '-' | '.' | '|'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        assert_eq!(marker("• item"), (Marker::Glyph, 4));
        assert_eq!(marker("- item").0, Marker::Glyph);
        assert_eq!(marker("▪ item").0, Marker::Glyph);
        assert_eq!(marker("1. item"), (Marker::Number, 3));
        assert_eq!(marker("12) item").0, Marker::Number);
        assert_eq!(marker("a) item").0, Marker::Number);
        assert_eq!(marker("*1220 call").0, Marker::None);
        assert_eq!(marker("-5% off").0, Marker::None);
        assert_eq!(marker("1–3 years").0, Marker::None);
        assert_eq!(marker("2026. il").0, Marker::None);
        assert_eq!(marker("").0, Marker::None);
    }

    #[test]
    fn icon_names() {
        let s = |t: &str| strip_icon_names(Cow::Borrowed(t)).into_owned();
        assert_eq!(
            s("corporate_fare YouTube placeMountain View, CA, USA"),
            "YouTube Mountain View, CA, USA"
        );
        assert_eq!(s("Find your place in our team"), "Find your place in our team");
        assert_eq!(s("iPhone and macOS"), "iPhone and macOS");
        assert_eq!(s("user_id field"), "user_id field");
    }

    #[test]
    fn page_numbers() {
        for s in ["page 1 of 2", "1/2", "- 1 -", "sehife 1 / 2", "стр. 1 из 2", "2"] {
            assert!(is_page_number(s), "{s}");
        }
        for s in [
            "medical insurance",
            "28 may",
            "page 1 of the handbook",
            "1 500 azn",
        ] {
            assert!(!is_page_number(s), "{s}");
        }
    }
}
