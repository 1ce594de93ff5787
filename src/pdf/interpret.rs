//! The content interpreter: runs a page's content streams (and the Form XObjects they draw)
//! through the graphics and text state, and emits every shown glyph with its Unicode text,
//! position, advance, size and style in the page's display frame.

use crate::error::ExtractError;
use crate::limits::{Budget, too_complex};
use crate::pdf::annots;
use crate::pdf::font::{Allowance, Font, load_font};
use crate::pdf::glyph::{Glyph, PageGlyphs};
use crate::pdf::lexer::{LexError, Lexer, Operand, Operands};
use crate::pdf::load::{PageRef, get, number, resolve, resolve_dict};
use crate::pdf::objects::Objects;
use lopdf::{Dictionary, Object, ObjectId};
use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;

/// An affine matrix `[a b c d e f]`, as in PDF: `x' = a x + c y + e`, `y' = b x + d y + f`.
type Matrix = [f32; 6];

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m` then `n` (PDF order: `m × n`).
fn mul(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

/// The length of `(x, y)`. Worked out in `f64`, where the squares cannot overflow, instead of
/// with `f32::hypot`, which is a libm call (a software routine inside Wasm) on every string shown.
fn length(x: f32, y: f32) -> f32 {
    let (x, y) = (f64::from(x), f64::from(y));
    (x * x + y * y).sqrt() as f32
}

fn apply(m: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

/// Most `q` levels kept; deeper saves are counted but not stored (unbalanced streams).
const MAX_SAVE_DEPTH: usize = 256;

/// Fonts of one document, loaded once and shared by all pages.
#[derive(Default)]
pub struct FontCache {
    by_key: HashMap<FontKey, Rc<Font>>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum FontKey {
    Indirect(ObjectId),
    /// A font dictionary written inline in a resource dictionary, by address (stable for the
    /// lifetime of the loaded document).
    Direct(usize),
}

/// Most distinct fonts loaded per document.
const MAX_FONTS: usize = 2_000;

/// Content streams a page's `/Contents` array may hold. Real pages have one to a few hundred
/// (some producers write one per text run); each costs a decoded buffer kept while the page
/// runs, so an array of millions is refused rather than walked.
const MAX_CONTENT_STREAMS: usize = 10_000;

impl FontCache {
    fn get(
        &mut self,
        doc: &Objects<'_>,
        object: &Object,
        budget: &mut Budget,
    ) -> Result<Option<Rc<Font>>, ExtractError> {
        let key = match object {
            Object::Reference(id) => FontKey::Indirect(*id),
            other => FontKey::Direct(other as *const Object as usize),
        };
        if let Some(font) = self.by_key.get(&key) {
            return Ok(Some(font.clone()));
        }
        let Some(dict) = resolve_dict(doc, object) else {
            return Ok(None);
        };
        if self.by_key.len() >= MAX_FONTS {
            return Ok(None);
        }
        let allowance = Allowance::new(budget.decoded_bytes_left());
        let font = Rc::new(load_font(doc, dict, &allowance));
        if allowance.exceeded() {
            return Err(ExtractError::new(
                crate::error::ErrorKind::TooLarge,
                "a font program or CMap decodes to more than the 16 MiB a font may use, or past the decoded-size limit",
            ));
        }
        budget.charge_decoded(allowance.used())?;
        self.by_key.insert(key, font.clone());
        Ok(Some(font))
    }
}

#[derive(Clone)]
struct TextState {
    font: Option<Rc<Font>>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    horizontal_scale: f32,
    leading: f32,
    rise: f32,
    render_mode: i64,
}

#[derive(Clone)]
struct GraphicsState {
    ctm: Matrix,
    text: TextState,
    line_width: f32,
}

impl GraphicsState {
    /// The state a page's content (and each annotation's appearance) starts in.
    fn initial() -> Self {
        GraphicsState {
            ctm: IDENTITY,
            text: TextState {
                font: None,
                size: 0.0,
                char_spacing: 0.0,
                word_spacing: 0.0,
                horizontal_scale: 1.0,
                leading: 0.0,
                rise: 0.0,
                render_mode: 0,
            },
            line_width: 1.0,
        }
    }
}

/// The page content's glyphs ordered by baseline height, to ask what text the content shows
/// inside a rectangle without scanning the page for each annotation.
struct ContentIndex {
    by_y: Vec<(f32, u32)>,
}

impl ContentIndex {
    fn new(page: &PageGlyphs) -> Self {
        let mut by_y: Vec<(f32, u32)> = page
            .glyphs
            .iter()
            .enumerate()
            .map(|(i, g)| (g.y, i as u32))
            .collect();
        by_y.sort_by(|a, b| a.0.total_cmp(&b.0));
        ContentIndex { by_y }
    }

    /// True when the glyphs from `first` on spell nothing, or only what the content already
    /// shows inside `rect` (display frame), spaces aside.
    fn shows(&self, page: &PageGlyphs, first: usize, rect: [f32; 4]) -> bool {
        let drawn: String = page.glyphs[first..]
            .iter()
            .flat_map(|g| page.text_of(g).chars())
            .filter(|c| !c.is_whitespace())
            .collect();
        if drawn.is_empty() {
            return true;
        }
        let lo = self.by_y.partition_point(|&(y, _)| y < rect[1]);
        let hi = self.by_y.partition_point(|&(y, _)| y <= rect[3]);
        let mut inside: Vec<u32> = self.by_y[lo..hi]
            .iter()
            .filter(|&&(_, i)| {
                let x = page.glyphs[i as usize].x;
                x >= rect[0] && x <= rect[2]
            })
            .map(|&(_, i)| i)
            .collect();
        inside.sort_unstable();
        let shown: String = inside
            .iter()
            .flat_map(|&i| page.text_of(&page.glyphs[i as usize]).chars())
            .filter(|c| !c.is_whitespace())
            .collect();
        shown.contains(&drawn)
    }
}

/// A user-space rectangle in the display frame, normalised.
fn display_rect(page_matrix: &Matrix, r: [f32; 4]) -> [f32; 4] {
    let (ax, ay) = apply(page_matrix, r[0], r[1]);
    let (bx, by) = apply(page_matrix, r[2], r[3]);
    [ax.min(bx), ay.min(by), ax.max(bx), ay.max(by)]
}

/// A marked-content sequence with `/ActualText`, waiting for its `EMC`.
struct ActualText {
    first_glyph: usize,
    text: String,
    depth: usize,
}

/// Interprets one page.
pub struct Interpreter<'a> {
    doc: &'a Objects<'a>,
    fonts: &'a mut FontCache,
    budget: &'a mut Budget,
    out: PageGlyphs,
    /// User space → display frame.
    page_matrix: Matrix,
    state: GraphicsState,
    saved: Vec<GraphicsState>,
    unsaved_depth: usize,
    text_matrix: Matrix,
    line_matrix: Matrix,
    operators: usize,
    forms: Vec<ObjectId>,
    marked_depth: usize,
    actual_text: Vec<ActualText>,
    fallback_font: Option<Rc<Font>>,
}

impl<'a> Interpreter<'a> {
    pub fn new(
        doc: &'a Objects<'a>,
        fonts: &'a mut FontCache,
        budget: &'a mut Budget,
        page: &PageRef,
        number: u32,
    ) -> Self {
        let [x0, y0, x1, y1] = page.view_box;
        let (page_matrix, width, height) = match page.rotate {
            90 => ([0.0, 1.0, 1.0, 0.0, -y0, -x0], y1 - y0, x1 - x0),
            180 => ([-1.0, 0.0, 0.0, 1.0, x1, -y0], x1 - x0, y1 - y0),
            270 => ([0.0, -1.0, -1.0, 0.0, y1, x1], y1 - y0, x1 - x0),
            _ => ([1.0, 0.0, 0.0, -1.0, -x0, y1], x1 - x0, y1 - y0),
        };
        Interpreter {
            doc,
            fonts,
            budget,
            out: PageGlyphs {
                number,
                width,
                height,
                ..PageGlyphs::default()
            },
            page_matrix,
            state: GraphicsState::initial(),
            saved: Vec::new(),
            unsaved_depth: 0,
            text_matrix: IDENTITY,
            line_matrix: IDENTITY,
            operators: 0,
            forms: Vec::new(),
            marked_depth: 0,
            actual_text: Vec::new(),
            fallback_font: None,
        }
    }

    /// Runs the page's content streams and returns its glyphs.
    pub fn run_page(mut self, page: &PageRef) -> Result<PageGlyphs, ExtractError> {
        let resources = page
            .resources_owner
            .and_then(|id| self.doc.get(id))
            .and_then(|o| o.as_dict().ok())
            .and_then(|d| get(self.doc, d, b"Resources"))
            .and_then(|r| r.as_dict().ok());
        let Some(Object::Dictionary(page_dict)) = self.doc.get(page.id) else {
            return Ok(self.out);
        };
        let streams: &[Object] = match get(self.doc, page_dict, b"Contents") {
            Some(Object::Array(items)) => items,
            Some(other) => std::slice::from_ref(other),
            None => &[],
        };
        // The streams are one content stream split at token boundaries. They are run one after
        // the other with the operands carried over, not joined: joining copies them all into a
        // buffer that grows by doubling, which inside Wasm asked for twice the decoded limit.
        if streams.len() > MAX_CONTENT_STREAMS {
            return Err(too_complex("content streams on a page", MAX_CONTENT_STREAMS));
        }
        let mut contents = Vec::with_capacity(streams.len());
        for stream in streams {
            if let Some(Object::Stream(s)) = resolve(self.doc, stream) {
                contents.push(self.decode_stream(s)?);
            }
        }
        self.reserve_glyphs(contents.iter().map(|c| c.len()).sum());
        self.run_streams(&contents, resources)?;
        self.draw_annotations(page_dict)?;
        Ok(self.out)
    }

    /// Draws the appearances of the page's form fields and free-text notes where a viewer
    /// shows them, after the page content (12.5.5), and a text field's value where its
    /// appearance shows none. Text the page content already shows inside the annotation's
    /// rectangle (a flattened copy kept beside the field) is not drawn twice.
    fn draw_annotations(&mut self, page_dict: &'a Dictionary) -> Result<(), ExtractError> {
        let shown = annots::shown(self.doc, page_dict);
        if shown.is_empty() {
            return Ok(());
        }
        let fallback_resources = self
            .doc
            .trailer()
            .get(b"Root")
            .ok()
            .and_then(|r| resolve_dict(self.doc, r))
            .and_then(|c| get(self.doc, c, b"AcroForm"))
            .and_then(|f| f.as_dict().ok())
            .and_then(|f| get(self.doc, f, b"DR"))
            .and_then(|r| r.as_dict().ok());
        let content = ContentIndex::new(&self.out);
        for annotation in shown {
            let (first_glyph, text_len) = (self.out.glyphs.len(), self.out.text.len());
            let rect = annotation
                .appearance
                .as_ref()
                .map(|a| a.rect)
                .or(annotation.value.as_ref().map(|v| v.rect))
                .unwrap_or_default();
            if let Some(appearance) = annotation.appearance {
                self.state = GraphicsState::initial();
                self.saved.clear();
                self.unsaved_depth = 0;
                self.state.ctm = appearance.placement;
                self.draw_form(appearance.stream, appearance.id, fallback_resources)?;
            }
            let drew_text = self.out.glyphs[first_glyph..]
                .iter()
                .any(|g| !g.invisible && !self.out.text_of(g).trim().is_empty());
            if !drew_text && let Some(value) = &annotation.value {
                self.out.glyphs.truncate(first_glyph);
                self.out.text.truncate(text_len);
                self.set_field_value(value);
            }
            if content.shows(&self.out, first_glyph, display_rect(&self.page_matrix, rect)) {
                self.out.glyphs.truncate(first_glyph);
                self.out.text.truncate(text_len);
            }
        }
        Ok(())
    }

    /// Sets a field's value in its rectangle as a viewer would: left-aligned, two points in,
    /// one line per line of the value from the top, or centred when it is one line. Without
    /// the font's program the advances are a typical text font's.
    fn set_field_value(&mut self, value: &annots::FieldValue) {
        const ADVANCE: f32 = 0.5;
        const SPACE: f32 = 0.28;
        const PADDING: f32 = 2.0;
        let [x0, y0, _, y1] = value.rect;
        let size = value.size;
        let lines: Vec<&str> = value
            .text
            .split(['\r', '\n'])
            .filter(|l| !l.trim().is_empty())
            .collect();
        let first_baseline = if lines.len() == 1 {
            y0 + ((y1 - y0) - size) / 2.0 + 0.22 * size
        } else {
            y1 - PADDING - 0.8 * size
        };
        for (k, line) in lines.iter().enumerate() {
            let mut x = x0 + PADDING;
            let y = first_baseline - k as f32 * 1.15 * size;
            for c in line.chars() {
                let advance = if c.is_whitespace() { SPACE } else { ADVANCE } * size;
                let (px, py) = apply(&self.page_matrix, x, y);
                let (ex, ey) = apply(&self.page_matrix, x + advance, y);
                let (dx, dy) = (ex - px, ey - py);
                let len = length(dx, dy);
                if self.out.glyphs.len() >= MAX_GLYPHS_PER_PAGE
                    || !(len > 0.0 && px.is_finite() && py.is_finite())
                {
                    return;
                }
                let start = self.out.text.len();
                self.out.text.push(c);
                self.out.glyphs.push(Glyph {
                    x: px,
                    y: py,
                    width: len,
                    size,
                    dir_x: dx / len,
                    dir_y: dy / len,
                    space_width: SPACE * size,
                    text_start: start as u32,
                    text_len: c.len_utf8() as u16,
                    bold: false,
                    italic: false,
                    invisible: false,
                    unmapped: false,
                });
                x += advance;
            }
        }
    }

    /// Room for the glyphs a content stream of `len` bytes is likely to show, so that the
    /// page's glyph list is not copied through a series of doublings. Text-bearing pages of
    /// the corpus spend 4 to 36 content bytes per glyph (median 20); one glyph per 16 bytes
    /// leaves at most one doubling for most pages and little unused room for the rest.
    fn reserve_glyphs(&mut self, len: usize) {
        const CONTENT_BYTES_PER_GLYPH: usize = 16;
        const MOST: usize = 1 << 16;
        self.out.glyphs.reserve((len / CONTENT_BYTES_PER_GLYPH).min(MOST));
    }

    fn decode_stream<'s>(&mut self, stream: &'s lopdf::Stream) -> Result<Cow<'s, [u8]>, ExtractError> {
        let data = super::stream::decode_charged(stream, self.budget, "a content stream")?;
        // A broken stream reads as empty, as in viewers; the rest of the page still counts.
        Ok(data.unwrap_or(Cow::Borrowed(&[][..])))
    }

    fn run(&mut self, content: &[u8], resources: Option<&'a Dictionary>) -> Result<(), ExtractError> {
        self.run_streams(std::slice::from_ref(&Cow::Borrowed(content)), resources)
    }

    /// Runs content streams as one: the operands read at the end of one carry into the next.
    fn run_streams(
        &mut self,
        streams: &[Cow<'_, [u8]>],
        resources: Option<&'a Dictionary>,
    ) -> Result<(), ExtractError> {
        let max_nesting = self.budget.limits().max_nesting;
        let max_ops = self.budget.limits().max_operators_per_page;
        let mut operands = Operands::default();
        for (k, content) in streams.iter().enumerate() {
            let mut lexer = Lexer::new(content, max_nesting);
            let mut carried = k > 0;
            loop {
                let next = if carried {
                    carried = false;
                    lexer.resume_operation(&mut operands)
                } else {
                    lexer.next_operation(&mut operands)
                };
                let op = match next {
                    Ok(Some(op)) => op,
                    Ok(None) => break,
                    Err(LexError::TooDeep) => {
                        return Err(too_complex("nested arrays or dictionaries", max_nesting));
                    }
                };
                self.operators += 1;
                if self.operators > max_ops {
                    return Err(too_complex("content operators on a page", max_ops));
                }
                self.budget.tick()?;
                self.operator(op.operator, &operands, resources)?;
            }
        }
        Ok(())
    }

    fn operator(
        &mut self,
        op: &[u8],
        args: &Operands,
        resources: Option<&'a Dictionary>,
    ) -> Result<(), ExtractError> {
        let num = |i: usize| args.get(i).and_then(Operand::number);
        match op {
            b"q" => {
                if self.saved.len() < MAX_SAVE_DEPTH {
                    self.saved.push(self.state.clone());
                } else {
                    self.unsaved_depth += 1;
                }
            }
            b"Q" => {
                if self.unsaved_depth > 0 {
                    self.unsaved_depth -= 1;
                } else if let Some(s) = self.saved.pop() {
                    self.state = s;
                }
            }
            b"cm" => {
                if let Some(m) = args.last_numbers::<6>() {
                    self.state.ctm = mul(&m, &self.state.ctm);
                }
            }
            b"w" => {
                if let Some(w) = num(0) {
                    self.state.line_width = w;
                }
            }
            b"BT" => {
                self.text_matrix = IDENTITY;
                self.line_matrix = IDENTITY;
            }
            b"ET" => {}
            b"Tf" => {
                if let Some(size) = args.last().and_then(Operand::number) {
                    self.state.text.size = size;
                }
                if let Some(name) = args.iter().rev().find_map(Operand::name) {
                    self.state.text.font = self.font(resources, name)?;
                }
            }
            b"Tc" => self.state.text.char_spacing = num(0).unwrap_or(0.0),
            b"Tw" => self.state.text.word_spacing = num(0).unwrap_or(0.0),
            b"Tz" => self.state.text.horizontal_scale = num(0).unwrap_or(100.0) / 100.0,
            b"TL" => self.state.text.leading = num(0).unwrap_or(0.0),
            b"Ts" => self.state.text.rise = num(0).unwrap_or(0.0),
            b"Tr" => self.state.text.render_mode = args.first().and_then(Operand::integer).unwrap_or(0),
            b"Td" => {
                if let Some(t) = args.last_numbers::<2>() {
                    self.move_line(t[0], t[1]);
                }
            }
            b"TD" => {
                if let Some(t) = args.last_numbers::<2>() {
                    self.state.text.leading = -t[1];
                    self.move_line(t[0], t[1]);
                }
            }
            b"Tm" => {
                if let Some(m) = args.last_numbers::<6>() {
                    self.text_matrix = m;
                    self.line_matrix = self.text_matrix;
                }
            }
            b"T*" => self.next_line(),
            b"Tj" => {
                if let Some(s) = args.last().and_then(Operand::string) {
                    self.show(s);
                }
            }
            b"'" => {
                self.next_line();
                if let Some(s) = args.last().and_then(Operand::string) {
                    self.show(s);
                }
            }
            b"\"" => {
                if let (Some(aw), Some(ac)) = (num(0), num(1)) {
                    self.state.text.word_spacing = aw;
                    self.state.text.char_spacing = ac;
                }
                self.next_line();
                if let Some(s) = args.last().and_then(Operand::string) {
                    self.show(s);
                }
            }
            b"TJ" => {
                if let Some(Operand::Array(items)) = args.last() {
                    for item in items.iter() {
                        match item {
                            Operand::String(s) => self.show(s),
                            other => {
                                if let Some(adjust) = other.number() {
                                    self.adjust(adjust);
                                }
                            }
                        }
                    }
                }
            }
            b"Do" => {
                if let Some(name) = args.last().and_then(Operand::name) {
                    self.draw_xobject(resources, name)?;
                }
            }
            b"gs" => {
                if let Some(name) = args.last().and_then(Operand::name) {
                    self.ext_g_state(resources, name)?;
                }
            }
            b"BMC" => self.marked_depth += 1,
            b"BDC" => {
                self.marked_depth += 1;
                let actual_text = match args.last() {
                    Some(Operand::Dictionary(d)) => d.get(b"ActualText").and_then(Operand::string),
                    Some(Operand::Name(name)) => resources
                        .and_then(|r| get(self.doc, r, b"Properties"))
                        .and_then(|p| p.as_dict().ok())
                        .and_then(|p| get(self.doc, p, name))
                        .and_then(|p| p.as_dict().ok())
                        .and_then(|p| get(self.doc, p, b"ActualText"))
                        .and_then(|t| t.as_str().ok()),
                    _ => None,
                };
                if let Some(text) = actual_text
                    && self.actual_text.len() < 64
                {
                    self.actual_text.push(ActualText {
                        first_glyph: self.out.glyphs.len(),
                        text: crate::pdf::strings::decode_text_string(text),
                        depth: self.marked_depth,
                    });
                }
            }
            b"EMC" => {
                if self
                    .actual_text
                    .last()
                    .is_some_and(|a| a.depth == self.marked_depth)
                    && let Some(actual) = self.actual_text.pop()
                {
                    self.apply_actual_text(actual);
                }
                self.marked_depth = self.marked_depth.saturating_sub(1);
            }
            _ => {}
        }
        Ok(())
    }

    fn move_line(&mut self, tx: f32, ty: f32) {
        self.line_matrix = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &self.line_matrix);
        self.text_matrix = self.line_matrix;
    }

    fn next_line(&mut self) {
        let leading = self.state.text.leading;
        self.move_line(0.0, -leading);
    }

    /// A `TJ` number: moves the text position back by `adjust` thousandths of the font size.
    fn adjust(&mut self, adjust: f32) {
        let ts = &self.state.text;
        let vertical = ts.font.as_ref().is_some_and(|f| f.vertical);
        let shift = -adjust / 1000.0 * ts.size;
        let (tx, ty) = if vertical {
            (0.0, shift)
        } else {
            (shift * ts.horizontal_scale, 0.0)
        };
        self.text_matrix = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &self.text_matrix);
    }

    fn font(
        &mut self,
        resources: Option<&'a Dictionary>,
        name: &[u8],
    ) -> Result<Option<Rc<Font>>, ExtractError> {
        let fonts = resources
            .and_then(|r| get(self.doc, r, b"Font"))
            .and_then(|f| f.as_dict().ok());
        match fonts.and_then(|f| f.get(name).ok()) {
            Some(o) => self.fonts.get(self.doc, o, self.budget),
            None => Ok(None),
        }
    }

    fn ext_g_state(&mut self, resources: Option<&'a Dictionary>, name: &[u8]) -> Result<(), ExtractError> {
        let Some(gs) = resources
            .and_then(|r| get(self.doc, r, b"ExtGState"))
            .and_then(|e| e.as_dict().ok())
            .and_then(|e| get(self.doc, e, name))
            .and_then(|g| g.as_dict().ok())
        else {
            return Ok(());
        };
        if let Some(w) = get(self.doc, gs, b"LW").and_then(number) {
            self.state.line_width = w;
        }
        if let Some(Object::Array(font)) = get(self.doc, gs, b"Font")
            && let (Some(f), Some(size)) = (font.first(), font.get(1).and_then(number))
        {
            self.state.text.font = self.fonts.get(self.doc, f, self.budget)?;
            self.state.text.size = size;
        }
        Ok(())
    }

    /// Shows a string: one glyph per character code.
    fn show(&mut self, bytes: &[u8]) {
        // Text shown without a usable font (a missing resource) still takes room on the page,
        // but its codes mean nothing without the font: it counts as unmapped.
        let font = match &self.state.text.font {
            Some(f) => Rc::clone(f),
            None => Rc::clone(self.fallback_font.get_or_insert_with(|| Rc::new(Font::missing()))),
        };
        let ts = &self.state.text;
        // Text space → display frame, without the per-glyph translation.
        let base = mul(&mul(&self.text_matrix, &self.state.ctm), &self.page_matrix);
        let invisible = ts.render_mode == 3 || ts.render_mode == 7;
        // Fill-and-stroke with a visible pen is how some producers fake bold.
        let bold = font.bold || matches!(ts.render_mode, 2 | 6) && self.state.line_width > 0.0;
        let size = (length(base[2] * ts.size, base[3] * ts.size) * font.em).abs();
        let dir_len = length(base[0], base[1]);
        let (dir_x, dir_y) = if dir_len > 0.0 {
            (base[0] / dir_len, base[1] / dir_len)
        } else {
            (1.0, 0.0)
        };
        let scale_x = dir_len * ts.horizontal_scale;
        let space_width = (font.space_width * ts.size * scale_x).abs();
        let (font_size, char_spacing, word_spacing, horizontal_scale, rise) = (
            ts.size,
            ts.char_spacing,
            ts.word_spacing,
            ts.horizontal_scale,
            ts.rise,
        );
        let out = &mut self.out;
        let mut advance_total = 0.0f32;
        font.decode_each(bytes, |d| {
            let mut advance = d.width * font_size + char_spacing;
            if d.single_byte && d.code == 32 {
                advance += word_spacing;
            }
            let (x, y) = if font.vertical {
                apply(&base, 0.0, advance_total)
            } else {
                apply(&base, advance_total, rise)
            };
            advance_total += if font.vertical {
                advance
            } else {
                advance * horizontal_scale
            };
            let width = (d.width * font_size * scale_x).abs();
            // A glyph placed by overflowing matrices has no place on the page; layout relies
            // on finite geometry (see `layout::coord`).
            let finite = [x, y, width, size, dir_x, dir_y, space_width]
                .iter()
                .all(|v| v.is_finite());
            if !finite || out.glyphs.len() >= MAX_GLYPHS_PER_PAGE {
                return;
            }
            let start = out.text.len();
            out.text.push_str(d.text);
            out.glyphs.push(Glyph {
                x,
                y,
                width,
                size,
                dir_x,
                dir_y,
                space_width,
                text_start: start as u32,
                text_len: d.text.len().min(usize::from(u16::MAX)) as u16,
                bold,
                italic: font.italic,
                invisible,
                unmapped: !d.mapped,
            });
        });
        let (tx, ty) = if font.vertical {
            (0.0, advance_total)
        } else {
            (advance_total, 0.0)
        };
        self.text_matrix = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &self.text_matrix);
    }

    /// Replaces the glyphs drawn inside an `/ActualText` span by one glyph carrying that text.
    fn apply_actual_text(&mut self, actual: ActualText) {
        let glyphs = &mut self.out.glyphs;
        if actual.first_glyph >= glyphs.len() {
            return;
        }
        let first = glyphs[actual.first_glyph];
        let last = glyphs[glyphs.len() - 1];
        let end_x = last.x + last.width * last.dir_x;
        let end_y = last.y + last.width * last.dir_y;
        let width = ((end_x - first.x) * first.dir_x + (end_y - first.y) * first.dir_y).max(first.width);
        glyphs.truncate(actual.first_glyph);
        let start = self.out.text.len();
        self.out.text.push_str(&actual.text);
        glyphs.push(Glyph {
            width,
            text_start: start as u32,
            text_len: (self.out.text.len() - start).min(usize::from(u16::MAX)) as u16,
            unmapped: false,
            ..first
        });
    }

    fn draw_xobject(&mut self, resources: Option<&'a Dictionary>, name: &[u8]) -> Result<(), ExtractError> {
        let Some(reference) = resources
            .and_then(|r| get(self.doc, r, b"XObject"))
            .and_then(|x| x.as_dict().ok())
            .and_then(|x| x.get(name).ok())
        else {
            return Ok(());
        };
        let id = reference.as_reference().ok();
        let Some(Object::Stream(stream)) = resolve(self.doc, reference) else {
            return Ok(());
        };
        if stream.dict.get(b"Subtype").ok().and_then(|s| s.as_name().ok()) != Some(b"Form") {
            return Ok(()); // images carry no text
        }
        self.draw_form(stream, id, resources)
    }

    /// Draws a form XObject (or an annotation's appearance, which is one) in the current state.
    fn draw_form(
        &mut self,
        stream: &'a lopdf::Stream,
        id: Option<ObjectId>,
        resources: Option<&'a Dictionary>,
    ) -> Result<(), ExtractError> {
        let max_depth = self.budget.limits().max_form_depth;
        if self.forms.len() >= max_depth {
            return Err(too_complex("nested form XObjects", max_depth));
        }
        if let Some(id) = id {
            if self.forms.contains(&id) {
                return Ok(()); // a form that draws itself: draw it once
            }
            self.forms.push(id);
        } else {
            self.forms.push((0, 0));
        }
        let data = self.decode_stream(stream)?;
        let form_resources = get(self.doc, &stream.dict, b"Resources")
            .and_then(|r| r.as_dict().ok())
            .or(resources);
        let saved = self.state.clone();
        let (saved_tm, saved_lm) = (self.text_matrix, self.line_matrix);
        if let Some(Object::Array(m)) = get(self.doc, &stream.dict, b"Matrix")
            && m.len() == 6
        {
            let v: Vec<f32> = m
                .iter()
                .filter_map(|o| resolve(self.doc, o).and_then(number))
                .collect();
            if let [a, b, c, d, e, f] = v[..] {
                self.state.ctm = mul(&[a, b, c, d, e, f], &self.state.ctm);
            }
        }
        let depth_before = self.saved.len();
        let result = self.run(&data, form_resources);
        self.saved.truncate(depth_before);
        self.state = saved;
        self.text_matrix = saved_tm;
        self.line_matrix = saved_lm;
        self.forms.pop();
        result
    }
}

/// Glyphs kept per page; beyond this a page is a hostile or generated one.
const MAX_GLYPHS_PER_PAGE: usize = 500_000;

/// Runs `page` and returns its glyphs.
pub fn page_glyphs(
    doc: &Objects<'_>,
    fonts: &mut FontCache,
    budget: &mut Budget,
    page: &PageRef,
    number: u32,
) -> Result<PageGlyphs, ExtractError> {
    Interpreter::new(doc, fonts, budget, page, number).run_page(page)
}
