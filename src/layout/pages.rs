//! Whole-document passes after each page is laid out: running headers and footers are marked
//! (text repeated at the top or bottom of pages, page numbers), and a paragraph that runs on
//! from the foot of one page to the top of the next is joined into one line.

use super::coord::max;
use super::document::{Block, BlockKind, Document, Line};

/// Lines within this distance (points) of the same place on two pages are the same furniture.
const SAME_PLACE: f32 = 6.0;

/// Marks headers and footers, joins paragraphs split by a page break, and settles the hyphens
/// left open at line wraps.
pub fn finish(doc: &mut Document) {
    settle_open_hyphens(doc);
    mark_running_furniture(doc);
    join_across_pages(doc);
}

/// A word of `text` for the vocabulary: lower case, without the punctuation around it.
fn vocabulary_word(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// A hyphen left open where a line wrapped inside a word ("sem-" / "per") is the typesetter's
/// when the document writes the joined word elsewhere ("semper"), and the word's own when it
/// writes the hyphenated one elsewhere ("full-time"); with neither, it stays, as written.
fn settle_open_hyphens(doc: &mut Document) {
    use std::collections::HashMap;
    let open = |doc: &Document| {
        doc.pages
            .iter()
            .flat_map(|p| &p.blocks)
            .flat_map(|b| &b.lines)
            .any(|l| l.spans.iter().any(|s| s.open_hyphen))
    };
    if !open(doc) {
        return;
    }
    let mut counts: HashMap<String, u32> = HashMap::new();
    for line in doc.pages.iter().flat_map(|p| &p.blocks).flat_map(|b| &b.lines) {
        for word in line.text.split_whitespace() {
            *counts.entry(vocabulary_word(word)).or_default() += 1;
        }
    }
    for line in doc
        .pages
        .iter_mut()
        .flat_map(|p| &mut p.blocks)
        .flat_map(|b| &mut b.lines)
    {
        let mut changed = false;
        for k in 0..line.spans.len() {
            if !std::mem::take(&mut line.spans[k].open_hyphen) {
                continue;
            }
            let head = line.spans[k].text.trim_end_matches('-');
            let left = head.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            let right: String = line.spans[k + 1..]
                .iter()
                .flat_map(|s| s.text.chars())
                .take_while(|c| c.is_alphanumeric())
                .collect();
            if left.is_empty() || right.is_empty() {
                continue;
            }
            let joined = format!("{left}{right}").to_lowercase();
            let hyphenated = format!("{left}-{right}").to_lowercase();
            // This break itself counts once as the hyphenated word.
            let compound = counts.get(&hyphenated).copied().unwrap_or(0) > 1;
            if counts.contains_key(&joined) && !compound && line.spans[k].text.ends_with('-') {
                line.spans[k].text.pop();
                changed = true;
            }
        }
        if changed {
            line.text = line.spans.iter().map(|s| s.text.as_str()).collect();
        }
    }
}

/// The text of a line with every digit folded, so "Page 1 of 3" and "Page 2 of 3" compare equal.
fn shape(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect::<String>()
        .trim()
        .to_string()
}

/// True for a line that is only a page number ("2", "- 2 -", "2/3", "Page 2 of 3", "Стр. 2").
fn is_page_number(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || t.len() > 40 || !t.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let words: Vec<&str> = t
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '-' | '–' | '|' | '.'))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().all(|w| {
        w.chars().all(|c| c.is_ascii_digit())
            || matches!(
                w.to_lowercase().as_str(),
                "page" | "of" | "p" | "pg" | "səhifə" | "səh" | "стр" | "страница" | "из" | "с"
            )
    })
}

/// The joined text of a block's lines.
fn block_text(block: &Block) -> String {
    block
        .lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

fn mark_running_furniture(doc: &mut Document) {
    use std::collections::HashMap;
    let pages = doc.pages.len();
    // Each page's first and last block by digit-folded text, worked out once: a long document
    // compares every page's edges with every other page's.
    let mut edges: [HashMap<String, Vec<(usize, f32)>>; 2] = [HashMap::new(), HashMap::new()];
    for (p, page) in doc.pages.iter().enumerate() {
        for (side, block) in [page.blocks.first(), page.blocks.last()].into_iter().enumerate() {
            if let Some(block) = block {
                edges[side]
                    .entry(shape(&block_text(block)))
                    .or_default()
                    .push((p, block.bbox.y0));
            }
        }
    }
    // (page, block) of candidate edge blocks: the first and last block of each page.
    for p in 0..pages {
        let count = doc.pages[p].blocks.len();
        if count == 0 {
            continue;
        }
        for (side, b, kind) in [(0, 0, BlockKind::Header), (1, count - 1, BlockKind::Footer)] {
            if count == 1 {
                // A lone block is the page's content, unless it is only a page number.
                if !matches!(kind, BlockKind::Footer) {
                    continue;
                }
            }
            let block = &doc.pages[p].blocks[b];
            if block.kind == BlockKind::Table || block.lines.len() > 3 {
                continue;
            }
            let text = block_text(block);
            let repeated = edges[side].get(&shape(&text)).is_some_and(|same| {
                same.iter()
                    .any(|&(q, y0)| q != p && (y0 - block.bbox.y0).abs() < SAME_PLACE)
            });
            let near_edge = match kind {
                BlockKind::Header => block.bbox.y0 < 0.15 * doc.pages[p].height,
                _ => block.bbox.y1 > 0.85 * doc.pages[p].height,
            };
            let page_number = block.lines.len() == 1 && is_page_number(&text);
            if near_edge && (repeated || page_number) && count > 1 {
                doc.pages[p].blocks[b].kind = kind;
            }
        }
    }
}

/// The last content block of a page and the first of the next (headers and footers skipped).
fn content_edges(doc: &Document, p: usize) -> Option<(usize, usize)> {
    let last = doc.pages.get(p)?.blocks.iter().rposition(|b| !is_furniture(b))?;
    let first = doc
        .pages
        .get(p + 1)?
        .blocks
        .iter()
        .position(|b| !is_furniture(b))?;
    Some((last, first))
}

fn is_furniture(block: &Block) -> bool {
    matches!(block.kind, BlockKind::Header | BlockKind::Footer)
}

fn join_across_pages(doc: &mut Document) {
    for p in 0..doc.pages.len().saturating_sub(1) {
        let Some((last_block, first_block)) = content_edges(doc, p) else {
            continue;
        };
        let (a_page, b_page) = (&doc.pages[p], &doc.pages[p + 1]);
        let a = &a_page.blocks[last_block];
        let b = &b_page.blocks[first_block];
        if a.kind != BlockKind::Text || b.kind != BlockKind::Text {
            continue;
        }
        let (Some(tail), Some(head)) = (a.lines.last(), b.lines.first()) else {
            continue;
        };
        if !continues(a_page, tail, head) {
            continue;
        }
        let head = doc.pages[p + 1].blocks[first_block].lines.remove(0);
        if doc.pages[p + 1].blocks[first_block].lines.is_empty() {
            doc.pages[p + 1].blocks.remove(first_block);
        }
        if let Some(tail) = doc.pages[p].blocks[last_block].lines.last_mut() {
            tail.text.push(' ');
            tail.text.push_str(&head.text);
            if let Some(span) = tail.spans.last_mut() {
                span.text.push(' ');
            }
            tail.spans.extend(head.spans);
        }
    }
}

/// Whether `head`, the first line of a page, continues `tail`, the last line of the page before:
/// same left edge, size and weight, `tail` filled its column, and `head` is not a list item or a
/// heading.
fn continues(page: &super::document::Page, tail: &Line, head: &Line) -> bool {
    let size = max(tail.size(), 1.0);
    if (tail.bbox.x0 - head.bbox.x0).abs() > 2.0 || (tail.size() - head.size()).abs() > 0.1 * size {
        return false;
    }
    if tail.is_bold() != head.is_bold() || tail.text.trim_end().ends_with(':') {
        return false;
    }
    let first = head.text.trim_start();
    let marker = first
        .split_whitespace()
        .next()
        .is_some_and(super::segments::is_marker);
    if marker {
        return false;
    }
    // The widest line starting at the same left edge on the page is the column's measure.
    let measure = page
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Text)
        .flat_map(|b| b.lines.iter())
        .filter(|l| (l.bbox.x0 - tail.bbox.x0).abs() <= 2.0)
        .map(|l| l.bbox.x1)
        .fold(f32::MIN, max);
    let first_word = first.split_whitespace().next().map_or(0, |w| w.chars().count()) as f32 * 0.5 * size;
    // The line's box spans all its wrapped lines; its last span ends where the last one does.
    let tail_end = tail
        .spans
        .iter()
        .rev()
        .find(|s| !s.text.trim().is_empty())
        .map_or(tail.bbox.x1, |s| s.bbox.x1);
    measure - tail_end < first_word + 0.8 * size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers() {
        for t in [
            "2",
            "- 2 -",
            "2/3",
            "Page 2 of 3",
            "Стр. 2 из 3",
            "Səhifə 1",
            "page 10",
        ] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["2 years", "Baku 2026 and more", "", "Salary: 2000"] {
            assert!(!is_page_number(t), "{t}");
        }
    }
}
