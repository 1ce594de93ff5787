//! Lines in reading order → blocks of logical lines: paragraphs split where spacing, column,
//! size or weight change; soft wraps joined (words hyphenated at a line end rejoined); table
//! rows with single-line cells joined by tabs.

use super::coord::{max, min};
use super::document::{Block, BlockKind, Line, Rect, Span};
use super::order::{Column, Item, LineItem};
use super::segments::{is_marker, is_marker_char};
use crate::substring;

/// How a page is to be cleaned up.
#[derive(Clone, Copy, Debug, Default)]
pub struct Cleanup {
    /// The producer hyphenates words itself (TeX, groff, …): a hyphen at the end of a wrapped line
    /// between two lowercase letters is the typesetter's, not the author's.
    pub typesetter_hyphens: bool,
}

/// A physical line before joining.
#[derive(Clone, Debug)]
struct PhysLine {
    spans: Vec<Span>,
    bbox: Rect,
    size: f32,
    bold: bool,
    column: Column,
    first_word: f32,
}

/// Identity of a line on its page: the bits of its box's top-left corner.
type LineId = (u32, u32);

/// The widest lines of one column (by its key): right edge and identity.
type Widest = ((u32, u32), Vec<(f32, LineId)>);

fn line_id(bbox: &Rect) -> LineId {
    (bbox.x0.to_bits(), bbox.y0.to_bits())
}

fn column_key(column: Column) -> (u32, u32) {
    (column.x0.to_bits(), column.x1.to_bits())
}

/// How far right the lines of each column reach: the three widest lines per column, so that
/// the reach of the others can be told for any pair of lines.
struct ColumnReach {
    columns: Vec<Widest>,
}

impl ColumnReach {
    fn of(items: &[Item]) -> ColumnReach {
        let mut columns: Vec<Widest> = Vec::new();
        let mut note = |li: &LineItem| {
            let Some(bbox) = Rect::union_all(li.segments.iter().map(|s| &s.bbox)) else {
                return;
            };
            let key = column_key(li.column);
            let widest = match columns.iter_mut().find(|(k, _)| *k == key) {
                Some((_, w)) => w,
                None => {
                    columns.push((key, Vec::new()));
                    match columns.last_mut() {
                        Some((_, w)) => w,
                        None => return,
                    }
                }
            };
            widest.push((bbox.x1, line_id(&bbox)));
            widest.sort_by(|a, b| b.0.total_cmp(&a.0));
            widest.truncate(3);
        };
        for item in items {
            match item {
                Item::Line(li) => note(li),
                Item::Row(cells) => cells.iter().flatten().for_each(&mut note),
                Item::TableEnd => {}
            }
        }
        ColumnReach { columns }
    }

    /// The right edge reached by lines of `column` other than `a` and `b`.
    fn excluding(&self, column: Column, a: LineId, b: LineId) -> Option<f32> {
        let key = column_key(column);
        let (_, widest) = self.columns.iter().find(|(k, _)| *k == key)?;
        widest
            .iter()
            .find(|(_, id)| *id != a && *id != b)
            .map(|(x1, _)| *x1)
    }
}

impl PhysLine {
    fn from_item(item: LineItem) -> Option<PhysLine> {
        let mut spans: Vec<Span> = Vec::new();
        let mut first_word = 0.0;
        let mut bbox: Option<Rect> = None;
        let mut size = 0.0f32;
        for (k, seg) in item.segments.into_iter().enumerate() {
            if k == 0 {
                first_word = seg.first_word_width();
            }
            if let Some(last) = spans.last_mut()
                && !last.text.ends_with(' ')
            {
                last.text.push(' ');
            }
            size = max(size, seg.size);
            bbox = Some(bbox.map_or(seg.bbox, |b| b.union(&seg.bbox)));
            spans.extend(seg.spans);
        }
        let bbox = bbox?;
        let visible: Vec<&Span> = spans.iter().filter(|s| !s.text.trim().is_empty()).collect();
        if visible.is_empty() {
            return None;
        }
        let bold = visible.iter().all(|s| s.bold);
        Some(PhysLine {
            spans,
            bbox,
            size,
            bold,
            column: item.column,
            first_word,
        })
    }

    fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

/// Builds the blocks of a page from its items.
pub fn blocks(items: Vec<Item>, cleanup: Cleanup) -> Vec<Block> {
    let gap = typical_line_gap(&items);
    let leading = Leading::of(&items);
    let reach = ColumnReach::of(&items);
    let context = Context {
        leading: &leading,
        reach: &reach,
        cleanup,
    };
    let mut out: Vec<Block> = Vec::new();
    let mut paragraph: Vec<PhysLine> = Vec::new();
    // Rows of the table being read: each a list of cells, each a list of logical lines.
    let mut table: Vec<Vec<Vec<Line>>> = Vec::new();
    let flush_paragraph = |paragraph: &mut Vec<PhysLine>, out: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            let lines = join_wraps(std::mem::take(paragraph), &context);
            push_block(out, BlockKind::Text, lines);
        }
    };
    for item in items {
        match item {
            Item::Line(li) => {
                flush_table(&mut table, &mut out);
                let Some(line) = PhysLine::from_item(li) else {
                    continue;
                };
                if let Some(prev) = paragraph.last()
                    && starts_new_block(prev, &line, gap)
                {
                    flush_paragraph(&mut paragraph, &mut out);
                }
                paragraph.push(line);
            }
            Item::Row(cells) => {
                flush_paragraph(&mut paragraph, &mut out);
                let cells: Vec<Vec<Line>> = cells
                    .into_iter()
                    .map(|cell| {
                        let phys: Vec<PhysLine> = cell.into_iter().filter_map(PhysLine::from_item).collect();
                        // A cell may hold several paragraphs (a heading and its items).
                        let mut lines = Vec::new();
                        let mut run: Vec<PhysLine> = Vec::new();
                        for l in phys {
                            if let Some(prev) = run.last()
                                && starts_new_block(prev, &l, gap)
                            {
                                lines.extend(join_wraps(std::mem::take(&mut run), &context));
                            }
                            run.push(l);
                        }
                        lines.extend(join_wraps(run, &context));
                        lines
                    })
                    .filter(|c: &Vec<Line>| !c.is_empty())
                    .collect();
                table.push(cells);
            }
            Item::TableEnd => flush_table(&mut table, &mut out),
        }
    }
    flush_paragraph(&mut paragraph, &mut out);
    flush_table(&mut table, &mut out);
    out
}

/// Emits a finished table. A grid of one-line cells reads row by row with cells joined by
/// tabs; a table whose cells hold several lines (a heading cell beside its list) is a layout
/// of sections, read as the heading, then the content lines, row by row.
fn flush_table(table: &mut Vec<Vec<Vec<Line>>>, out: &mut Vec<Block>) {
    if table.is_empty() {
        return;
    }
    let rows = std::mem::take(table);
    if rows.iter().all(|row| row.iter().all(|cell| cell.len() == 1)) {
        let lines = rows
            .into_iter()
            .map(|row| tab_join(row.into_iter().flatten().collect()))
            .collect();
        push_block(out, BlockKind::Table, lines);
    } else {
        for row in rows {
            push_block(out, BlockKind::Text, row.into_iter().flatten().collect());
        }
    }
}

fn push_block(out: &mut Vec<Block>, kind: BlockKind, lines: Vec<Line>) {
    if let Some(bbox) = Rect::union_all(lines.iter().map(|l| &l.bbox)) {
        out.push(Block { kind, bbox, lines });
    }
}

/// One table row: cell lines joined by tabs.
fn tab_join(cells: Vec<Line>) -> Line {
    let mut spans = Vec::new();
    let mut text = String::new();
    let mut bbox: Option<Rect> = None;
    for (k, cell) in cells.into_iter().enumerate() {
        if k > 0 {
            text.push('\t');
            spans.push(Span {
                text: "\t".into(),
                bbox: cell.bbox,
                size: 0.0,
                bold: false,
                italic: false,
                open_hyphen: false,
            });
        }
        text.push_str(&cell.text);
        bbox = Some(bbox.map_or(cell.bbox, |b| b.union(&cell.bbox)));
        spans.extend(cell.spans);
    }
    Line {
        bbox: bbox.unwrap_or_default(),
        text,
        spans,
    }
}

/// The tightest gap between consecutive lines of one column, per font size, on a page: the
/// leading inside a paragraph, against which wider gaps read as breaks between items.
struct Leading {
    /// (size, tightest gap in points), one entry per size in half-point steps.
    by_size: Vec<(f32, f32)>,
}

impl Leading {
    fn of(items: &[Item]) -> Leading {
        let mut by_size: Vec<(f32, f32)> = Vec::new();
        let mut note = |a: &LineItem, b: &LineItem| {
            let (Some(sa), Some(sb)) = (a.segments.first(), b.segments.first()) else {
                return;
            };
            if a.column != b.column || (sa.size - sb.size).abs() > 0.05 * sa.size {
                return;
            }
            let top = b.segments.iter().map(|s| s.bbox.y0).fold(f32::MAX, min);
            let bottom = a.segments.iter().map(|s| s.bbox.y1).fold(f32::MIN, max);
            let gap = top - bottom;
            if gap < -0.3 * sa.size || gap > 2.0 * sa.size {
                return;
            }
            let size = (sa.size * 2.0).round() / 2.0;
            match by_size.iter_mut().find(|(s, _)| *s == size) {
                Some(entry) => entry.1 = min(entry.1, gap),
                None => by_size.push((size, gap)),
            }
        };
        let mut previous: Option<&LineItem> = None;
        for item in items {
            match item {
                Item::Line(li) => {
                    if let Some(p) = previous {
                        note(p, li);
                    }
                    previous = Some(li);
                }
                Item::Row(cells) => {
                    for cell in cells {
                        for pair in cell.windows(2) {
                            note(&pair[0], &pair[1]);
                        }
                    }
                    previous = None;
                }
                Item::TableEnd => previous = None,
            }
        }
        Leading { by_size }
    }

    fn tightest(&self, size: f32) -> Option<f32> {
        let size = (size * 2.0).round() / 2.0;
        self.by_size.iter().find(|(s, _)| *s == size).map(|(_, g)| *g)
    }
}

/// The usual whitespace between two lines of a paragraph on this page: the lower quartile of
/// the gaps between consecutive lines of one column.
fn typical_line_gap(items: &[Item]) -> f32 {
    let mut gaps: Vec<f32> = Vec::new();
    let mut prev: Option<&LineItem> = None;
    for item in items {
        if let Item::Line(li) = item {
            if let (Some(p), Some(a), Some(b)) =
                (prev, prev.and_then(|p| p.segments.first()), li.segments.first())
                && p.column == li.column
            {
                let g = b.bbox.y0 - a.bbox.y1;
                if g > -0.5 * a.size && g < 2.0 * a.size && (a.size - b.size).abs() < 0.1 * a.size {
                    gaps.push(g / max(a.size, 1.0));
                }
            }
            prev = Some(li);
        }
    }
    gaps.sort_by(f32::total_cmp);
    gaps.get(gaps.len() / 4).copied().unwrap_or(0.2)
}

/// Whether `line` starts a new block after `prev`: more space than between lines of a
/// paragraph, another column, or another size.
fn starts_new_block(prev: &PhysLine, line: &PhysLine, typical_gap_em: f32) -> bool {
    let size = max(max(prev.size, line.size), 1.0);
    let gap = line.bbox.y0 - prev.bbox.y1;
    if gap > (typical_gap_em + 0.35) * size || gap < -1.5 * size {
        return true;
    }
    if prev.column != line.column {
        return true;
    }
    if (prev.size - line.size).abs() > 0.12 * size {
        return true;
    }
    // A bold heading over a regular paragraph.
    prev.bold && !line.bold && !starts_with_marker(&line.text())
}

/// True when the text starts with a list marker followed by a space.
fn starts_with_marker(text: &str) -> bool {
    let t = text.trim_start();
    match t.split_once(' ') {
        Some((first, _)) => is_marker(first),
        None => t.chars().next().is_some_and(is_marker_char) && t.chars().count() == 1,
    }
}

/// Joins the soft-wrapped lines of one block into logical lines.
/// What joining soft wraps needs to know of the page.
struct Context<'a> {
    leading: &'a Leading,
    reach: &'a ColumnReach,
    cleanup: Cleanup,
}

fn join_wraps(lines: Vec<PhysLine>, context: &Context<'_>) -> Vec<Line> {
    let (leading, cleanup) = (context.leading, context.cleanup);
    // Lines of one paragraph sit closer than paragraphs (or list items without drawn markers);
    // the tightest gap between lines of this size on the page is a paragraph's own leading.
    let gaps: Vec<f32> = lines.windows(2).map(|w| w[1].bbox.y0 - w[0].bbox.y1).collect();
    let size = lines.first().map_or(10.0, |l| l.size);
    let tightest = gaps
        .iter()
        .copied()
        .fold(leading.tightest(size).unwrap_or(f32::MAX), min);
    let mut out: Vec<Line> = Vec::new();
    let mut current: Option<(Line, PhysLine)> = None;
    for (k, phys) in lines.into_iter().enumerate() {
        let text = phys.text();
        let spaced = k
            .checked_sub(1)
            .and_then(|i| gaps.get(i))
            .is_some_and(|&g| g > tightest + 0.1 * phys.size);
        let joined = match current.as_mut() {
            Some((line, last)) if !spaced && is_soft_wrap(last, &phys, &text, context.reach) => {
                append_wrapped(line, &phys, cleanup);
                *last = phys.clone();
                true
            }
            _ => false,
        };
        if !joined {
            if let Some((line, _)) = current.take() {
                out.push(line);
            }
            current = Some((
                Line {
                    bbox: phys.bbox,
                    text: text.clone(),
                    spans: phys.spans.clone(),
                },
                phys,
            ));
        }
    }
    if let Some((line, _)) = current {
        out.push(line);
    }
    for line in &mut out {
        line.text = line.spans.iter().map(|s| s.text.as_str()).collect();
    }
    out
}

/// Whether `next` continues the paragraph of `last` on a new line (rather than starting a
/// line of its own): no marker, same weight and size, and `last` ran out of room.
fn is_soft_wrap(last: &PhysLine, next: &PhysLine, next_text: &str, reach: &ColumnReach) -> bool {
    // Two addresses (an e-mail, then a URL) are two lines, however narrow the column.
    if ends_with_address(&last.text()) && starts_with_address(next_text) {
        return false;
    }
    // A run of "Label: value" lines: each its own line.
    let labels = starts_with_label(next_text) && starts_with_label(&last.text());
    if starts_with_marker(next_text) || labels || last.bold != next.bold {
        return false;
    }
    if (last.size - next.size).abs() > 0.1 * max(last.size, next.size) {
        return false;
    }
    let needed = next.first_word + 0.3 * last.size + 0.5 * last.size;
    // The first word of `next` would have fitted at the end of `last`: a deliberate break.
    if last.column.x1 - last.bbox.x1 >= needed {
        return false;
    }
    // `last` ran out of room if another line of the column reaches as far, or if the column
    // could not have been wider (a gutter or the margin is right there). Otherwise (a short
    // column of two lines) only the text itself can tell.
    let others = reach.excluding(last.column, line_id(&last.bbox), line_id(&next.bbox));
    let column_is_full = last.column.limit - last.column.x1 < 2.5 * last.size;
    let evidence = column_is_full && others.is_some_and(|x1| x1 >= last.bbox.x1 - last.size);
    let boxed_in = last.column.limit - last.bbox.x1 < needed;
    evidence || boxed_in || reads_on(&last.text(), next_text)
}

/// Whether the text of `next` plainly continues the sentence of `last`: it starts in lower
/// case or with a digit, or `last` ends with a comma, a dash or another joining mark.
fn reads_on(last: &str, next: &str) -> bool {
    let first = next.trim_start().chars().next();
    let end = last.trim_end().chars().next_back();
    first.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
        || end.is_some_and(|c| {
            matches!(
                c,
                ',' | ';' | '-' | '\u{2010}' | '\u{00AD}' | '–' | '—' | '/' | '(' | '&' | '+'
            )
        })
}

fn append_wrapped(line: &mut Line, next: &PhysLine, cleanup: Cleanup) {
    let first_char = next.spans.iter().flat_map(|s| s.text.chars()).next();
    let mut glue = " ";
    if let Some(last_span) = line.spans.iter_mut().rev().find(|s| !s.text.is_empty()) {
        let trimmed_len = last_span.text.trim_end().len();
        last_span.text.truncate(trimmed_len);
        let mut chars = last_span.text.chars().rev();
        let (end, before) = (chars.next(), chars.next());
        match end {
            Some('\u{00AD}') => {
                last_span.text.pop();
                glue = "";
            }
            // U+2010 is what CSS `hyphens: auto` (WeasyPrint, Prince) draws at a break it made
            // itself; authors type U+002D.
            Some('\u{2010}')
                if before.is_some_and(char::is_alphabetic) && first_char.is_some_and(char::is_alphabetic) =>
            {
                last_span.text.pop();
                glue = "";
            }
            Some('-' | '\u{2010}') => {
                let letters =
                    before.is_some_and(char::is_alphabetic) && first_char.is_some_and(char::is_alphabetic);
                let lowercase_after = first_char.is_some_and(char::is_lowercase);
                let inside_word = letters && lowercase_after && before.is_some_and(char::is_lowercase);
                if inside_word && cleanup.typesetter_hyphens {
                    last_span.text.pop();
                    glue = "";
                } else if inside_word {
                    last_span.open_hyphen = true;
                    glue = "";
                } else if before.is_some_and(|c| c.is_alphanumeric())
                    && first_char.is_some_and(|c| c.is_alphanumeric())
                {
                    // A break after a hyphen of the text itself ("merchant-portal",
                    // "jobs@transcaspian-freight.com"): keep the hyphen, no space.
                    glue = "";
                }
            }
            _ => {
                let last_token = last_span.text.rsplit(' ').next().unwrap_or("");
                let next_token = next
                    .spans
                    .iter()
                    .map(|s| s.text.as_str())
                    .collect::<String>()
                    .split(' ')
                    .next()
                    .unwrap_or("")
                    .to_string();
                if continues_address(last_token, &next_token) {
                    glue = "";
                }
            }
        }
    }
    if let Some(last) = line.spans.last_mut() {
        last.text.push_str(glue);
    }
    line.spans.extend(next.spans.iter().cloned());
    line.bbox = line.bbox.union(&next.bbox);
}

/// Whether a line ending in `last` broke inside a URL or e-mail address that `next` finishes
/// (browsers break addresses after `/`, `.` or `-`, which adds no space).
fn continues_address(last: &str, next: &str) -> bool {
    let is_address = substring::contains(last, "://") || last.starts_with("www.") || last.contains('@');
    let next_is_new = next.starts_with("http") || next.starts_with("www.") || next.contains('@');
    if !is_address || next.is_empty() || next_is_new {
        return false;
    }
    last.ends_with(['/', '_', '=', '&', '?', '#', '~'])
        || (substring::contains(last, "://")
            && !last.ends_with(['.', ',', ';', ')'])
            && next.contains('/')
            && next.starts_with(char::is_lowercase))
}

/// True when the text opens with a capitalised label of up to three words and a colon
/// ("Salary:", "Apply by:", "Место работы:"): such lines stand on their own.
fn starts_with_label(text: &str) -> bool {
    if !text.trim_start().starts_with(char::is_uppercase) {
        return false;
    }
    for (k, word) in text.split_whitespace().take(3).enumerate() {
        if let Some(head) = word.strip_suffix(':') {
            return k > 0 || head.chars().count() > 1;
        }
        if word.contains(':') {
            return false;
        }
    }
    false
}

fn is_address(token: &str) -> bool {
    substring::contains(token, "://")
        || token.starts_with("www.")
        || (token.contains('@') && token.contains('.'))
}

fn ends_with_address(text: &str) -> bool {
    text.split_whitespace().next_back().is_some_and(is_address)
}

fn starts_with_address(text: &str) -> bool {
    text.split_whitespace().next().is_some_and(is_address)
}
