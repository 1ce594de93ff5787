//! Glyphs → segments: runs of words on one baseline with no wide gap inside. Spaces come from
//! space glyphs or from gaps judged against the font's space width; overprinted duplicates
//! ("fake bold") are dropped; text drawn along another direction is read along its own
//! baseline.

use super::coord::{max, min};
use super::document::{Rect, Span};
use crate::pdf::PageGlyphs;
use std::ops::Range;

/// A piece of a line: words on one baseline, with no gap wide enough to be a column gutter or
/// a table cell boundary inside.
#[derive(Clone, Debug)]
pub struct Segment {
    /// Box in the page's display frame.
    pub bbox: Rect,
    /// Baseline and horizontal extent in the segment's own reading frame (equal to the page
    /// frame for upright text).
    pub baseline: f32,
    pub x0: f32,
    pub x1: f32,
    pub size: f32,
    /// 0 for upright text, else the reading direction's quadrant (1 = 90° clockwise, …) or 4
    /// for any other angle.
    pub direction: u8,
    pub spans: Vec<Span>,
}

impl Segment {
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }

    /// Width of the first word, to test whether it would have fitted on the line above.
    pub fn first_word_width(&self) -> f32 {
        let text = self.text();
        let chars = text.chars().count().max(1) as f32;
        let first = text.split_whitespace().next().map_or(0, |w| w.chars().count()) as f32;
        (self.x1 - self.x0) * first / chars
    }
}

/// A glyph in its reading frame.
#[derive(Clone, Copy)]
struct Placed<'a> {
    x: f32,
    baseline: f32,
    width: f32,
    size: f32,
    space: f32,
    text: &'a str,
    /// The text is only spaces (worked out once: every stage below asks).
    blank: bool,
    bold: bool,
    italic: bool,
    dir: (f32, f32),
}

/// Gap (in ems) beyond which two runs on one baseline are separate segments.
const SEGMENT_GAP_EM: f32 = 0.8;
/// A gap of this share of the font's space width is a word break.
const WORD_GAP_OF_SPACE: f32 = 0.45;
/// A space glyph breaks words only if the next glyph starts this share of a space later.
const EXPLICIT_SPACE_MIN_GAP: f32 = 0.2;
/// … but never less than this share of an em (tight fonts with tiny spaces).
const MIN_WORD_GAP_EM: f32 = 0.1;

/// Builds the segments of a page.
pub fn segments(page: &PageGlyphs) -> Vec<Segment> {
    let accented = accented_letters(page);
    let mut accented_at = accented.iter().peekable();
    let mut by_direction: [Vec<Placed<'_>>; 5] = Default::default();
    let margin = 2.0;
    for (i, g) in page.glyphs.iter().enumerate() {
        let mut text = page.text_of(g);
        while accented_at.peek().is_some_and(|a| a.accent < i && a.letter < i) {
            accented_at.next();
        }
        if let Some(a) = accented_at.peek() {
            if a.accent == i {
                continue; // drawn over its letter: part of that letter now
            }
            if a.letter == i {
                text = &a.text;
            }
        }
        if text.is_empty() || g.size.is_nan() || g.size <= 0.1 || !g.x.is_finite() || !g.y.is_finite() {
            continue;
        }
        // Text outside the page is clipped away in every viewer.
        if g.x < -margin - g.width
            || g.x > page.width + margin
            || g.y < -margin
            || g.y > page.height + g.size + margin
        {
            continue;
        }
        let direction = direction_of(g.dir_x, g.dir_y);
        let (x, baseline) = to_reading_frame(direction, g.dir_x, g.dir_y, g.x, g.y);
        let placed = &mut by_direction[usize::from(direction)];
        if placed.capacity() == 0 {
            // Nearly all glyphs of a page share one direction: room for the rest of the page
            // at once, instead of doubling through a dozen reallocations and copies.
            placed.reserve(page.glyphs.len() - i);
        }
        placed.push(Placed {
            x,
            baseline,
            width: g.width,
            size: g.size,
            space: g.space_width,
            text,
            blank: is_space_text(text),
            bold: g.bold,
            italic: g.italic,
            dir: (g.dir_x, g.dir_y),
        });
    }
    let mut out = Vec::new();
    for (direction, glyphs) in by_direction.iter().enumerate() {
        if !glyphs.is_empty() {
            build(glyphs, direction as u8, &mut out);
        }
    }
    out
}

/// A letter with a spacing accent drawn over (or under) it, as TeX's `\accent` does with fonts
/// that have no accented letters (OT1): the accent glyph, then the letter moved back under it.
struct Accented {
    accent: usize,
    letter: usize,
    /// The letter and the accent as one character ("é" for "´" over "e").
    text: String,
}

/// The combining mark of a spacing accent.
fn combining_mark(accent: &str) -> Option<char> {
    Some(match accent {
        "\u{B4}" => '\u{301}',
        "`" | "\u{2CB}" => '\u{300}',
        "\u{A8}" => '\u{308}',
        "\u{2C6}" => '\u{302}',
        "\u{2DC}" => '\u{303}',
        "\u{B8}" => '\u{327}',
        "\u{2D8}" => '\u{306}',
        "\u{2C7}" => '\u{30C}',
        "\u{2D9}" => '\u{307}',
        "\u{2DA}" => '\u{30A}',
        "\u{AF}" | "\u{2C9}" => '\u{304}',
        "\u{2DD}" => '\u{30B}',
        "\u{2DB}" => '\u{328}',
        _ => return None,
    })
}

/// The accents of a page drawn over a neighbouring letter (in drawing order, before or after
/// it): the accent's middle over the letter, on about the same baseline. In index order.
fn accented_letters(page: &PageGlyphs) -> Vec<Accented> {
    use unicode_normalization::UnicodeNormalization;
    let mut out = Vec::new();
    let glyphs = &page.glyphs;
    for (i, a) in glyphs.iter().enumerate() {
        let Some(mark) = combining_mark(page.text_of(a)) else {
            continue;
        };
        let over = |l: &crate::pdf::Glyph| {
            let middle = a.x + a.width / 2.0;
            let size = a.size.max(l.size);
            let letter = page.text_of(l);
            let mut chars = letter.chars();
            let one_letter = chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none();
            one_letter
                && a.dir_x > 0.9
                && a.dir_y.abs() < 0.1
                && (a.dir_x, a.dir_y) == (l.dir_x, l.dir_y)
                && (a.y - l.y).abs() <= 0.5 * size
                && middle >= l.x - 0.1 * size
                && middle <= l.x + l.width + 0.1 * size
        };
        let letter = [i + 1, i.wrapping_sub(1)]
            .into_iter()
            .find(|&k| glyphs.get(k).is_some_and(&over) && !out.iter().any(|o: &Accented| o.letter == k));
        if let Some(k) = letter {
            // TeX writes accented i and j with the dotless letters.
            let base: String = page
                .text_of(&glyphs[k])
                .chars()
                .map(|c| match c {
                    '\u{131}' => 'i',
                    '\u{237}' => 'j',
                    c => c,
                })
                .collect();
            let text: String = base.chars().chain(std::iter::once(mark)).nfc().collect();
            out.push(Accented {
                accent: i,
                letter: k,
                text,
            });
        }
    }
    out.sort_by_key(|a| a.accent.min(a.letter));
    out
}

/// The quadrant of a baseline direction.
fn direction_of(dx: f32, dy: f32) -> u8 {
    const T: f32 = 0.996; // within ~5°
    if dx > T {
        0
    } else if dy > T {
        1 // pointing down the page: rotated 90° clockwise
    } else if dx < -T {
        2
    } else if dy < -T {
        3 // pointing up the page: rotated 90° counter-clockwise
    } else {
        4
    }
}

/// Page frame → reading frame: `x` along the baseline, `baseline` across it (downwards).
fn to_reading_frame(direction: u8, dx: f32, dy: f32, x: f32, y: f32) -> (f32, f32) {
    match direction {
        0 => (x, y),
        1 => (y, -x),
        2 => (-x, -y),
        3 => (-y, x),
        _ => (x * dx + y * dy, -x * dy + y * dx),
    }
}

/// Reading frame box → page frame box.
fn to_page_rect(direction: u8, x0: f32, x1: f32, top: f32, bottom: f32, dir: (f32, f32)) -> Rect {
    let corners = [(x0, top), (x1, top), (x0, bottom), (x1, bottom)];
    let mut r = Rect::new(f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for (u, v) in corners {
        let (px, py) = match direction {
            0 => (u, v),
            1 => (-v, u),
            2 => (-u, -v),
            3 => (v, -u),
            _ => (u * dir.0 - v * dir.1, u * dir.1 + v * dir.0),
        };
        r.x0 = min(r.x0, px);
        r.y0 = min(r.y0, py);
        r.x1 = max(r.x1, px);
        r.y1 = max(r.y1, py);
    }
    r
}

fn is_space_text(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || c == '\u{200B}')
}

/// A segment under construction.
struct Builder {
    spans: Vec<Span>,
    x0: f32,
    x1: f32,
    baseline: f32,
    size: f32,
    pending_space: bool,
    glyphs: usize,
}

impl Builder {
    fn new(p: &Placed<'_>) -> Builder {
        Builder {
            spans: Vec::new(),
            x0: p.x,
            x1: p.x,
            baseline: p.baseline,
            size: p.size,
            pending_space: false,
            glyphs: 0,
        }
    }

    fn push(&mut self, p: &Placed<'_>) {
        let space = self.pending_space;
        self.pending_space = false;
        let same_style = self
            .spans
            .last()
            .is_some_and(|s| s.bold == p.bold && s.italic == p.italic && (s.size - p.size).abs() < 0.5);
        if !same_style {
            self.spans.push(Span {
                text: String::new(),
                bbox: Rect::default(),
                size: p.size,
                bold: p.bold,
                italic: p.italic,
                open_hyphen: false,
            });
        }
        if let Some(span) = self.spans.last_mut() {
            if space && !span.text.is_empty() {
                span.text.push(' ');
            } else if space {
                // The space belongs at the end of the previous span.
                let n = self.spans.len();
                if n >= 2
                    && let Some(prev) = self.spans.get_mut(n - 2)
                    && !prev.text.ends_with(' ')
                {
                    prev.text.push(' ');
                }
            }
        }
        if let Some(span) = self.spans.last_mut() {
            span.text.push_str(p.text);
            let glyph_box = Rect::new(
                p.x,
                p.baseline - 0.8 * p.size,
                p.x + p.width,
                p.baseline + 0.2 * p.size,
            );
            span.bbox = if span.bbox == Rect::default() {
                glyph_box
            } else {
                span.bbox.union(&glyph_box)
            };
        }
        if self.glyphs == 0 {
            self.x0 = p.x;
        }
        self.x0 = min(self.x0, p.x);
        self.x1 = max(self.x1, p.x + p.width);
        self.size = max(self.size, p.size);
        self.glyphs += 1;
    }

    fn finish(self, direction: u8, dir: (f32, f32)) -> Option<Segment> {
        let mut spans: Vec<Span> = self.spans.into_iter().filter(|s| !s.text.is_empty()).collect();
        if let Some(last) = spans.last_mut() {
            let trimmed = last.text.trim_end().len();
            last.text.truncate(trimmed);
        }
        spans.retain(|s| !s.text.is_empty());
        if spans.iter().all(|s| s.text.trim().is_empty()) {
            return None;
        }
        let top = self.baseline - 0.8 * self.size;
        let bottom = self.baseline + 0.2 * self.size;
        for s in &mut spans {
            s.bbox = to_page_rect(direction, s.bbox.x0, s.bbox.x1, s.bbox.y0, s.bbox.y1, dir);
        }
        Some(Segment {
            bbox: to_page_rect(direction, self.x0, self.x1, top, bottom, dir),
            baseline: self.baseline,
            x0: self.x0,
            x1: self.x1,
            size: self.size,
            direction,
            spans,
        })
    }
}

/// Glyphs of one direction → segments. Glyphs are taken in content order into runs; runs are
/// then merged along their baselines, since producers may draw a line in several pieces and in
/// any order.
fn build(glyphs: &[Placed<'_>], direction: u8, out: &mut Vec<Segment>) {
    let dir = glyphs.first().map_or((1.0, 0.0), |p| p.dir);
    // 1. Runs in content order: break on a baseline change or a jump along the line. A run is
    //    a stretch of `glyphs`.
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut run_start = 0;
    // The run's last glyph that is not a space.
    let mut last_ink: Option<&Placed<'_>> = None;
    for (k, p) in glyphs.iter().enumerate() {
        if let Some(last) = last_ink {
            let size = max(last.size, p.size);
            let end = last.x + last.width;
            let gap = p.x - end;
            let same_line = (p.baseline - last.baseline).abs() <= 0.3 * size;
            if !same_line || gap < -0.5 * size || gap > SEGMENT_GAP_EM * max(size, 4.0 * p.space) {
                runs.push(run_start..k);
                run_start = k;
                last_ink = None;
            }
        }
        if !p.blank {
            last_ink = Some(p);
        }
    }
    if run_start < glyphs.len() {
        runs.push(run_start..glyphs.len());
    }
    let run = |i: usize| &glyphs[runs[i].clone()];
    let line_baselines = script_baselines(glyphs, &runs);
    // 2. Drop runs that repeat another run's text at (almost) the same place: fake bold by
    //    overprinting; the survivor is bold.
    let mut keep = vec![true; runs.len()];
    let mut bold_runs = vec![false; runs.len()];
    let same_text = |a: &[Placed<'_>], b: &[Placed<'_>]| {
        a.iter()
            .flat_map(|p| p.text.chars())
            .eq(b.iter().flat_map(|p| p.text.chars()))
    };
    let blank = |r: &[Placed<'_>]| r.iter().all(|p| p.text.trim().is_empty());
    for i in 0..runs.len() {
        for j in (i.saturating_sub(8)..i).rev() {
            if !keep[j] {
                continue;
            }
            let (a, b) = (&run(i)[0], &run(j)[0]);
            if (a.x - b.x).abs() < 0.2 * a.size
                && (a.baseline - b.baseline).abs() < 0.2 * a.size
                && !blank(run(i))
                && same_text(run(i), run(j))
            {
                keep[i] = false;
                bold_runs[j] = true;
                break;
            }
        }
    }
    // 3. Sort runs along baselines and merge neighbours into segments.
    let mut order: Vec<usize> = (0..runs.len())
        .filter(|&i| keep[i] && !runs[i].is_empty())
        .collect();
    let keys: Vec<(f32, f32, f32)> = (0..runs.len())
        .map(|i| {
            let r = run(i);
            let first = r.iter().find(|p| !p.blank).or(r.first());
            first.map_or((0.0, 0.0, 0.0), |p| (line_baselines[i], p.x, p.size))
        })
        .collect();
    let key = |i: usize| keys[i];
    // By baseline, then within each cluster of nearly equal baselines by x. (A comparator with
    // a tolerance is not a total order, which sorting requires.)
    order.sort_by(|&a, &b| key(a).0.total_cmp(&key(b).0));
    let mut start = 0;
    while start < order.len() {
        let (first_baseline, _, first_size) = key(order[start]);
        let mut end = start + 1;
        while end < order.len() {
            let (baseline, _, size) = key(order[end]);
            if baseline - first_baseline > 0.3 * max(first_size, size) {
                break;
            }
            end += 1;
        }
        order[start..end].sort_by(|&a, &b| key(a).1.total_cmp(&key(b).1));
        start = end;
    }
    // Pieces: stretches of `entries`, which are the glyphs in reading order, each with whether a
    // word break precedes it. Glyphs are referred to by index, not copied.
    let mut entries: Vec<Entry> = Vec::with_capacity(glyphs.len());
    let mut pieces: Vec<Range<usize>> = Vec::new();
    // Where the piece being built starts in `entries`.
    let mut piece_start = 0;
    let mut pending_space = false;
    // Leftmost x of the piece being built, kept as it grows.
    let mut first_x = f32::MAX;
    // The line baseline of the piece being built.
    let mut piece_baseline = 0.0;
    for i in order {
        for (k, at) in runs[i].clone().enumerate() {
            let p = &glyphs[at];
            let bold = p.bold || bold_runs[i];
            if p.blank {
                pending_space = true;
                continue;
            }
            let Some(last) = entries[piece_start..].last().map(|e| &glyphs[e.at]) else {
                entries.push(Entry {
                    at,
                    space: false,
                    bold,
                });
                first_x = p.x;
                piece_baseline = line_baselines[i];
                pending_space = false;
                continue;
            };
            let size = max(last.size, p.size);
            let gap = p.x - (last.x + last.width);
            let same_line = (line_baselines[i] - piece_baseline).abs() <= 0.3 * size;
            let wide = gap > SEGMENT_GAP_EM * max(size, 4.0 * p.space);
            // A run that starts a long way back is a new piece unless it overlaps.
            if !same_line || wide || (k == 0 && gap < -0.5 * size && p.x < first_x - 0.5 * size) {
                pieces.push(piece_start..entries.len());
                piece_start = entries.len();
                entries.push(Entry {
                    at,
                    space: false,
                    bold,
                });
                first_x = p.x;
                piece_baseline = line_baselines[i];
                pending_space = false;
                continue;
            }
            // The same glyph drawn again on top of itself: fake bold.
            if p.text == last.text
                && (p.x - last.x).abs() < 0.15 * size
                && (p.baseline - last.baseline).abs() < 0.1 * size
            {
                if let Some(e) = entries.last_mut() {
                    e.bold = true;
                }
                pending_space = false;
                continue;
            }
            let space = max(max(last.space, p.space), 0.0);
            let threshold = max(WORD_GAP_OF_SPACE * space, MIN_WORD_GAP_EM * size);
            // A space glyph that the pen does not actually advance over (kerned away, as groff
            // does) is no word break.
            let explicit = pending_space && gap > EXPLICIT_SPACE_MIN_GAP * space;
            entries.push(Entry {
                at,
                space: explicit || gap > threshold,
                bold,
            });
            first_x = min(first_x, p.x);
            pending_space = false;
        }
    }
    if piece_start < entries.len() {
        pieces.push(piece_start..entries.len());
    }
    for piece in &pieces {
        close_letter_spacing(&mut entries[piece.clone()], glyphs);
    }
    let mut parts = Vec::with_capacity(pieces.len());
    for piece in join_justified(&mut entries, pieces, glyphs) {
        split_at_wide_gaps(&mut entries, piece, glyphs, &mut parts);
    }
    for part in parts {
        let mut builder: Option<Builder> = None;
        for e in &entries[part] {
            let p = Placed {
                bold: e.bold,
                ..glyphs[e.at]
            };
            let b = builder.get_or_insert_with(|| Builder::new(&p));
            b.pending_space = e.space && b.glyphs > 0;
            b.push(&p);
        }
        if let Some(seg) = builder.and_then(|b| b.finish(direction, dir)) {
            out.push(seg);
        }
    }
}

/// A superscript or subscript is set smaller than its base, within this share of the base's size.
const SCRIPT_SIZE: f32 = 0.85;
/// How far (in the base's ems) a script may be raised above its base's baseline, or lowered.
const SCRIPT_RAISE_EM: f32 = 0.7;
const SCRIPT_DROP_EM: f32 = 0.4;
/// A script starts within this gap (in the base's ems) after its base ends.
const SCRIPT_GAP_EM: f32 = 0.35;

/// The baseline of the line each run belongs to: its own, except for a superscript or subscript
/// (a smaller run raised or lowered right after its base, in content order), which joins its
/// base's line so that "PaCO₂" and "240th" read as one word where the glyphs touch. A script
/// after a script (a stacked sub- and superscript) joins the same base.
fn script_baselines(glyphs: &[Placed<'_>], runs: &[Range<usize>]) -> Vec<f32> {
    let ink = |r: &Range<usize>| glyphs[r.clone()].iter().filter(|p| !p.blank);
    let mut line: Vec<f32> = Vec::with_capacity(runs.len());
    // Per run: the base it is a script of (its own index when it is none).
    let mut base_of: Vec<usize> = Vec::with_capacity(runs.len());
    for (i, r) in runs.iter().enumerate() {
        let own = ink(r).next().map_or(0.0, |p| p.baseline);
        let attached = i.checked_sub(1).and_then(|j| {
            let first = ink(r).next()?;
            let size = ink(r).map(|p| p.size).fold(0.0, max);
            let base = base_of[j];
            let base_size = ink(&runs[base]).map(|p| p.size).fold(0.0, max);
            let base_line = line[base];
            // Measured from the run before (the base, or the script stacked on it).
            let before = ink(&runs[j]).next_back()?;
            let before_start = ink(&runs[j]).next()?.x;
            let gap = first.x - (before.x + before.width);
            let stacked = j != base;
            let raise = base_line - first.baseline;
            let fits = size <= SCRIPT_SIZE * base_size
                && raise.abs() > 0.3 * base_size
                && raise <= SCRIPT_RAISE_EM * base_size
                && -raise <= SCRIPT_DROP_EM * base_size
                && gap <= SCRIPT_GAP_EM * base_size
                && if stacked {
                    first.x >= before_start - 0.1 * base_size
                } else {
                    gap >= -0.1 * base_size
                };
            fits.then_some(base)
        });
        match attached {
            Some(base) => {
                line.push(line[base]);
                base_of.push(base);
            }
            None => {
                line.push(own);
                base_of.push(i);
            }
        }
    }
    line
}

/// A glyph of a piece: its index in the direction's glyphs, whether a word break precedes it,
/// and whether it is bold (a run or glyph may turn out to be overprinted, "fake bold").
#[derive(Clone, Copy)]
struct Entry {
    at: usize,
    space: bool,
    bold: bool,
}

/// Letters in a row, each its own "word", that make a piece letter-spaced.
const TRACKED_LETTERS: usize = 4;
/// In letter-spaced text a word gap is this many times the letter gap at least.
const TRACKED_WORD_GAP: f32 = 1.6;

/// Joins the letters of letter-spaced text ("H U M A N   R E S O U R C E S", a designer's
/// heading): where most "words" of a piece are single letters, only gaps well above the usual
/// gap between them part words.
fn close_letter_spacing(entries: &mut [Entry], glyphs: &[Placed<'_>]) {
    // Word starts within the piece: the first entry and each one a space precedes.
    let starts: Vec<usize> = (0..entries.len())
        .filter(|&k| k == 0 || entries[k].space)
        .collect();
    if starts.len() < TRACKED_LETTERS {
        return;
    }
    // A "letter" may be two capitals that a kerning pair drew closer ("AT" in "F E AT H E R").
    let letter = |k: usize| {
        let end = starts.iter().find(|&&s| s > k).copied().unwrap_or(entries.len());
        let texts = || entries[k..end].iter().map(|e| glyphs[e.at].text);
        match end - k {
            1 => texts().all(|t| t.chars().all(char::is_alphanumeric)),
            2 => texts().all(|t| !t.is_empty() && t.chars().all(char::is_uppercase)),
            _ => false,
        }
    };
    let single = starts.iter().filter(|&&k| letter(k)).count();
    if single * 5 < starts.len() * 4 {
        return;
    }
    // Only gaps between two single letters: a word set normally beside the heading keeps its
    // spaces.
    let gaps: Vec<(usize, f32, f32)> = starts
        .windows(2)
        .filter(|w| letter(w[0]) && letter(w[1]))
        .map(|w| w[1])
        .map(|k| {
            let (a, b) = (&glyphs[entries[k - 1].at], &glyphs[entries[k].at]);
            (k, b.x - (a.x + a.width), b.size)
        })
        .collect();
    if gaps.len() + 1 < TRACKED_LETTERS {
        return;
    }
    let mut sorted: Vec<f32> = gaps.iter().map(|g| g.1).collect();
    sorted.sort_by(f32::total_cmp);
    let letter_gap = sorted[sorted.len() / 4].max(0.0);
    for (k, gap, size) in gaps {
        if gap < TRACKED_WORD_GAP * letter_gap + 0.1 * size {
            entries[k].space = false;
        }
    }
}

/// Widest word gap of a justified line, in ems (a short line with a long URL stretches far).
const MAX_JUSTIFIED_GAP_EM: f32 = 6.0;
/// How far the gaps of one justified line may differ, as a share of the first.
const JUSTIFIED_GAP_TOLERANCE: f32 = 0.1;

/// Joins pieces that are the words of one justified line: three or more pieces on one
/// baseline in one size, parted by gaps of one width. Justification spreads the slack of a
/// line evenly, while the gaps between table cells or a column and its sidebar vary.
fn join_justified(
    entries: &mut [Entry],
    pieces: Vec<Range<usize>>,
    glyphs: &[Placed<'_>],
) -> Vec<Range<usize>> {
    let right = |piece: &Range<usize>| {
        entries[piece.clone()]
            .iter()
            .map(|e| glyphs[e.at].x + glyphs[e.at].width)
            .fold(f32::MIN, max)
    };
    // The gap from piece `a` to piece `b` when they continue one line, else None.
    let gap = |a: &Range<usize>, b: &Range<usize>| -> Option<f32> {
        if a.is_empty() || b.is_empty() {
            return None;
        }
        let (fa, fb) = (&glyphs[entries[a.start].at], &glyphs[entries[b.start].at]);
        let size = fa.size;
        let same_line =
            (fa.baseline - fb.baseline).abs() <= 0.1 * size && (fa.size - fb.size).abs() < 0.05 * size;
        let g = fb.x - right(a);
        (same_line && g > 0.0 && g <= MAX_JUSTIFIED_GAP_EM * size).then_some(g)
    };
    let mut out: Vec<Range<usize>> = Vec::with_capacity(pieces.len());
    // Word starts of the lines joined below: marked once `gap` no longer borrows `entries`.
    let mut word_starts: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let mut end = i;
        let mut width: Option<f32> = None;
        while let Some(g) = pieces.get(end + 1).and_then(|next| gap(&pieces[end], next)) {
            match width {
                Some(w) if (g - w).abs() > JUSTIFIED_GAP_TOLERANCE * w => break,
                Some(_) => {}
                None => width = Some(g),
            }
            end += 1;
        }
        if end - i >= 2 {
            // Pieces are consecutive stretches of `entries`, so the line is one stretch too.
            out.push(pieces[i].start..pieces[end].end);
            word_starts.extend(pieces[i + 1..=end].iter().map(|p| p.start));
            i = end + 1;
        } else {
            out.push(pieces[i].clone());
            i += 1;
        }
    }
    for at in word_starts {
        entries[at].space = true;
    }
    out
}

/// Splits a piece where one word gap is far wider than the others on the line: a table cell
/// boundary that came within an em of the next cell. Justified text widens all its gaps alike,
/// so it is not split.
fn split_at_wide_gaps(
    entries: &mut [Entry],
    piece: Range<usize>,
    glyphs: &[Placed<'_>],
    out: &mut Vec<Range<usize>>,
) {
    let part = &entries[piece.clone()];
    // The gap before the `k`-th glyph of the piece.
    let gap_before = |k: usize| {
        let (a, b) = (&glyphs[part[k - 1].at], &glyphs[part[k].at]);
        b.x - (a.x + a.width)
    };
    let (mut word_gaps, mut narrowest, mut size) = (0, f32::MAX, 0.0f32);
    for (k, e) in part.iter().enumerate() {
        size = max(size, glyphs[e.at].size);
        if k > 0 && e.space {
            word_gaps += 1;
            narrowest = min(narrowest, gap_before(k));
        }
    }
    if word_gaps < 2 {
        out.push(piece);
        return;
    }
    let wide = max(0.5 * size, 3.0 * max(narrowest, 0.0));
    let first_part = out.len();
    let mut start = piece.start;
    for (k, e) in part.iter().enumerate().skip(1) {
        if e.space && gap_before(k) > wide {
            out.push(start..piece.start + k);
            start = piece.start + k;
        }
    }
    if start == piece.start {
        out.push(piece);
        return;
    }
    out.push(start..piece.end);
    for p in &out[first_part..] {
        entries[p.start].space = false;
    }
}

/// True for a list marker standing alone: `•`, `–`, `▪`, `★`, `1.`, `a)`, `iv.` …
pub fn is_marker(text: &str) -> bool {
    let t = text.trim();
    let mut chars = t.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => is_marker_char(c),
        (Some(_), Some(_)) if t.chars().count() <= 4 => {
            let Some((cut, last)) = t.char_indices().next_back() else {
                return false;
            };
            let body = &t[..cut];
            matches!(last, '.' | ')')
                && !body.is_empty()
                && (body.chars().all(|c| c.is_ascii_digit())
                    || (body.chars().count() == 1 && body.chars().all(char::is_alphabetic))
                    || body.chars().all(|c| matches!(c, 'i' | 'v' | 'x')))
        }
        _ => false,
    }
}

/// Characters used as bullets.
pub fn is_marker_char(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '▫'
            | '■'
            | '□'
            | '●'
            | '○'
            | '◆'
            | '◇'
            | '►'
            | '▸'
            | '‣'
            | '⁃'
            | '∙'
            | '·'
            | '★'
            | '☆'
            | '✓'
            | '✔'
            | '➢'
            | '➤'
            | '→'
            | '–'
            | '—'
            | '-'
            | '*'
            | '+'
    ) || ('\u{F000}'..='\u{F0FF}').contains(&c)
}

/// Joins a lone list marker to the text that follows it on its line, however wide the gap
/// (lists indent their text to a tab stop).
pub fn attach_markers(segments: &mut Vec<Segment>) {
    let mut i = 0;
    while i < segments.len() {
        if is_marker(&segments[i].text()) {
            let (m_baseline, m_x1, m_size, m_dir) = (
                segments[i].baseline,
                segments[i].x1,
                segments[i].size,
                segments[i].direction,
            );
            // Segments come out of `build` sorted by baseline, then x: the follower is near.
            let next = (i + 1..segments.len().min(i + 4))
                .filter(|&j| {
                    segments[j].direction == m_dir
                        && (segments[j].baseline - m_baseline).abs() <= 0.3 * max(m_size, segments[j].size)
                        && segments[j].x0 >= m_x1 - 0.1 * m_size
                        && segments[j].x0 - m_x1 <= 6.0 * m_size
                })
                .min_by(|&a, &b| segments[a].x0.total_cmp(&segments[b].x0));
            if let Some(j) = next {
                let follower = segments[j].clone();
                let marker = &mut segments[i];
                if let Some(last) = marker.spans.last_mut()
                    && !last.text.ends_with(' ')
                {
                    last.text.push(' ');
                }
                marker.spans.extend(follower.spans);
                marker.x1 = follower.x1;
                marker.bbox = marker.bbox.union(&follower.bbox);
                marker.size = max(marker.size, follower.size);
                segments.remove(j);
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZE: f32 = 10.0;
    const ADVANCE: f32 = 5.0;

    /// One upright line at baseline 100: each word's letters are glyphs of width 5 from its x.
    fn line(words: &[(&'static str, f32)]) -> Vec<Placed<'static>> {
        let mut glyphs = Vec::new();
        for &(word, x) in words {
            for (k, (at, c)) in word.char_indices().enumerate() {
                glyphs.push(Placed {
                    x: x + k as f32 * ADVANCE,
                    baseline: 100.0,
                    width: ADVANCE,
                    size: SIZE,
                    space: 2.5,
                    text: &word[at..at + c.len_utf8()],
                    blank: false,
                    bold: false,
                    italic: false,
                    dir: (1.0, 0.0),
                });
            }
        }
        glyphs
    }

    fn texts(glyphs: &[Placed<'_>]) -> Vec<String> {
        let mut out = Vec::new();
        build(glyphs, 0, &mut out);
        out.iter().map(Segment::text).collect()
    }

    /// A page of glyphs `(text, x, y, width)` at size 10.
    fn page(glyphs: &[(&str, f32, f32, f32)]) -> PageGlyphs {
        let mut page = PageGlyphs {
            number: 1,
            width: 595.0,
            height: 842.0,
            ..PageGlyphs::default()
        };
        for &(text, x, y, width) in glyphs {
            page.glyphs.push(crate::pdf::Glyph {
                x,
                y,
                width,
                size: 10.0,
                dir_x: 1.0,
                dir_y: 0.0,
                space_width: 2.5,
                text_start: page.text.len() as u32,
                text_len: text.len() as u16,
                ..Default::default()
            });
            page.text.push_str(text);
        }
        page
    }

    #[test]
    fn accents_drawn_over_letters_join_them() {
        // TeX's \'e and \`a with OT1 fonts: the accent, then the letter moved back under it.
        let p = page(&[
            ("Q", 100.0, 200.0, 7.8),
            ("u", 107.8, 200.0, 5.6),
            ("\u{B4}", 114.6, 200.0, 5.0),
            ("e", 113.4, 200.0, 4.4),
            ("b", 117.8, 200.0, 5.6),
            ("e", 123.4, 200.0, 4.4),
            ("c", 127.8, 200.0, 4.4),
        ]);
        let texts: Vec<String> = segments(&p).iter().map(Segment::text).collect();
        assert_eq!(texts, ["Québec"]);
        // \'\i: the dotless i takes the accent as i.
        let p = page(&[("\u{B4}", 100.4, 200.0, 5.0), ("\u{131}", 100.0, 200.0, 2.8)]);
        assert_eq!(segments(&p)[0].text(), "í");
        // Negative: an accent standing beside a word, not over a letter, stays.
        let p = page(&[
            ("a", 100.0, 200.0, 5.0),
            ("b", 105.0, 200.0, 5.0),
            ("\u{B4}", 111.0, 200.0, 3.0),
        ]);
        assert_eq!(segments(&p)[0].text(), "ab\u{B4}");
    }

    #[test]
    fn evenly_spread_words_are_one_justified_line() {
        // Gaps of 2 em are segment gaps on their own, but four pieces parted by one width are
        // the words of a justified line.
        let glyphs = line(&[("ab", 0.0), ("cd", 30.0), ("ef", 60.0), ("gh", 90.0)]);
        assert_eq!(texts(&glyphs), ["ab cd ef gh"]);
    }

    #[test]
    fn unevenly_spread_pieces_stay_apart() {
        // Table cells: the second gap is three times the first.
        let glyphs = line(&[("ab", 0.0), ("cd", 30.0), ("ef", 100.0)]);
        assert_eq!(texts(&glyphs), ["ab", "cd", "ef"]);
    }

    #[test]
    fn one_gap_far_wider_than_the_others_splits_a_piece() {
        // Word gaps of 2, 7.5 and 2: all under the segment gap (8), but 7.5 is over three
        // times the narrowest, so it parts two table cells.
        let glyphs = line(&[("ab", 0.0), ("cd", 12.0), ("ef", 29.5), ("gh", 41.5)]);
        assert_eq!(texts(&glyphs), ["ab cd", "ef gh"]);
    }

    #[test]
    fn a_glyph_drawn_twice_in_place_is_read_once_as_bold() {
        let mut glyphs = line(&[("a", 0.0), ("b", 5.0)]);
        let mut again = glyphs[0];
        again.x += 0.5;
        glyphs.insert(1, again);
        let mut out = Vec::new();
        build(&glyphs, 0, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].text(), "ab");
        assert!(out[0].spans[0].bold, "the overprinted glyph reads as bold");
    }
}
