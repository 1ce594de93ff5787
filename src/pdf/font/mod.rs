//! Fonts: how the bytes of a text string become characters, their Unicode text and their
//! advance widths. Simple fonts (Type1, the standard 14, TrueType, Type3) decode one byte per
//! code through `/Encoding` (base encoding plus `/Differences`), glyph names and the Adobe Glyph
//! List; composite Type0 fonts split codes by their CMap's codespace and map them to CIDs.
//! `/ToUnicode` wins where it maps a code; embedded TrueType `cmap`/`post` tables and a Type1
//! font's built-in encoding are the fallbacks.

mod cff;
mod cmap;
mod memo;
mod truetype;
mod type1;

pub use cmap::CMap;

use crate::pdf::load::{get, number, resolve, resolve_dict};
use crate::pdf::objects::Objects;
use crate::pdf::tables::{self, Std14};
use crate::substring;
use lopdf::{Dictionary, Object};
use memo::CodeMemo;
use truetype::TrueType;

/// The most bytes of embedded font program or CMap read to build one font.
const MAX_FONT_PROGRAM: usize = 16 * 1024 * 1024;

/// Decoded bytes a font may still use: the extraction's budget, shared by reference while a
/// font is built and charged to the budget afterwards.
#[derive(Debug)]
pub struct Allowance {
    left: std::cell::Cell<usize>,
    used: std::cell::Cell<usize>,
    /// A stream of the font would decode past the font cap or what the extraction has left: a
    /// bomb, refused like one in a content stream.
    exceeded: std::cell::Cell<bool>,
}

impl Allowance {
    pub fn new(bytes: usize) -> Self {
        Allowance {
            left: std::cell::Cell::new(bytes),
            used: std::cell::Cell::new(0),
            exceeded: std::cell::Cell::new(false),
        }
    }

    /// Bytes decoded so far.
    pub fn used(&self) -> usize {
        self.used.get()
    }

    /// True when a stream of the font decodes past the font cap or the decoded-bytes limit.
    pub fn exceeded(&self) -> bool {
        self.exceeded.get()
    }
}

/// One decoded character code.
#[derive(Debug)]
pub struct Decoded<'a> {
    pub code: u32,
    /// The code was one byte long (only then does word spacing `Tw` apply to code 32).
    pub single_byte: bool,
    /// Unicode text; empty when unmapped.
    pub text: &'a str,
    pub mapped: bool,
    /// Horizontal advance in text space for a font size of 1 (vertical advance for vertical
    /// fonts, negative downwards).
    pub width: f32,
}

/// A font ready to decode strings.
#[derive(Debug)]
pub struct Font {
    pub bold: bool,
    pub italic: bool,
    pub vertical: bool,
    /// Width of a space in text space for size 1, as the font draws it (or a typical one).
    pub space_width: f32,
    /// The font draws a space character (else `space_width` is a typical value).
    pub has_space_glyph: bool,
    /// Height of one em in text space for size 1 (not 1 only for Type3 fonts).
    pub em: f32,
    /// Ascent and descent in text space for size 1 (descent negative).
    pub ascent: f32,
    pub descent: f32,
    /// Type3 glyph space → text space (the other fonts use 1/1000 scaling).
    pub font_matrix: [f32; 6],
    kind: Kind,
}

#[derive(Debug)]
enum Kind {
    Simple {
        /// Unicode text of each code, as spans into `arena`.
        spans: Box<[(u32, u8); 256]>,
        arena: String,
        widths: Box<[f32; 256]>,
    },
    Composite(Box<Composite>),
}

/// A Type0 font's code → CID → Unicode and width maps.
#[derive(Debug)]
struct Composite {
    encoding: CMap,
    to_unicode: Option<CMap>,
    /// CID → Unicode from the embedded TrueType program, when there is no ToUnicode.
    cid_unicode: Vec<char>,
    /// The encoding is one of Adobe's Unicode CMaps (`UniJIS-UCS2-H`, `UniGB-UTF16-V`, …):
    /// each two-byte code is its own UTF-16 code unit.
    codes_are_unicode: bool,
    /// (first CID, last CID, width) sorted by first CID.
    widths: Vec<(u32, u32, f32)>,
    default_width: f32,
    vertical_advance: f32,
    memo: std::cell::RefCell<CodeMemo>,
}

impl Font {
    /// A stand-in for a missing font resource: every code is unmapped, half an em wide.
    pub fn missing() -> Font {
        Font {
            bold: false,
            italic: false,
            vertical: false,
            space_width: DEFAULT_SPACE,
            has_space_glyph: false,
            em: 1.0,
            ascent: 0.8,
            descent: -0.2,
            font_matrix: [0.001, 0.0, 0.0, 0.001, 0.0, 0.0],
            kind: Kind::Simple {
                spans: Box::new([(0, 0); 256]),
                arena: String::new(),
                widths: Box::new([0.5; 256]),
            },
        }
    }

    /// Calls `f` for every character code of `bytes`, in order.
    pub fn decode_each(&self, bytes: &[u8], mut f: impl FnMut(Decoded<'_>)) {
        match &self.kind {
            Kind::Simple { spans, arena, widths } => {
                for &b in bytes {
                    let (start, len) = spans[usize::from(b)];
                    let text = arena
                        .get(start as usize..start as usize + usize::from(len))
                        .unwrap_or("");
                    f(Decoded {
                        code: u32::from(b),
                        single_byte: true,
                        text,
                        mapped: len > 0,
                        width: widths[usize::from(b)],
                    });
                }
            }
            Kind::Composite(c) => {
                let Composite { encoding, memo, .. } = c.as_ref();
                let mut memo = memo.borrow_mut();
                let mut rest = bytes;
                while !rest.is_empty() {
                    let (code, len) = encoding.next_code(rest);
                    rest = rest.get(len.max(1)..).unwrap_or_default();
                    let resolved = memo.get(code, |text| c.resolve(code, self.vertical, text));
                    f(Decoded {
                        code,
                        single_byte: len == 1,
                        text: resolved.text,
                        mapped: resolved.mapped,
                        width: resolved.width,
                    });
                }
            }
        }
    }
}

impl Composite {
    /// Appends the Unicode text of `code` to `text`; returns whether it is mapped, and the
    /// code's advance.
    fn resolve(&self, code: u32, vertical: bool, text: &mut String) -> (bool, f32) {
        let cid = self.encoding.cid(code).unwrap_or(code);
        let mut mapped = self.to_unicode.as_ref().is_some_and(|m| m.unicode(code, text));
        if !mapped
            && let Some(&c) = self.cid_unicode.get(cid as usize)
            && c != '\0'
        {
            text.push(c);
            mapped = true;
        }
        if !mapped
            && self.codes_are_unicode
            && let Some(c) = char::from_u32(code).filter(|c| !c.is_control())
        {
            text.push(c);
            mapped = true;
        }
        let width = if vertical {
            self.vertical_advance
        } else {
            let i = self.widths.partition_point(|&(lo, _, _)| lo <= cid);
            match i.checked_sub(1).and_then(|i| self.widths.get(i)) {
                Some(&(_, hi, w)) if cid <= hi => w,
                _ => self.default_width,
            }
        };
        (mapped, width)
    }
}

/// Builds the font of a font dictionary. Never fails: what cannot be read falls back to
/// defaults, since a reader would still see the text.
pub fn load_font(doc: &Objects<'_>, dict: &Dictionary, allowance: &Allowance) -> Font {
    let base_font = get(doc, dict, b"BaseFont")
        .and_then(|o| o.as_name().ok())
        .unwrap_or_default();
    match dict.get(b"Subtype").ok().and_then(|s| s.as_name().ok()) {
        Some(b"Type0") => composite_font(doc, dict, base_font, allowance),
        Some(b"Type3") => type3_font(doc, dict, allowance),
        _ => simple_font(doc, dict, base_font, false, allowance),
    }
}

/// Strips a subset tag (`ABCDEF+`).
fn strip_subset(name: &[u8]) -> &[u8] {
    match name.get(6) {
        Some(b'+') if name[..6].iter().all(u8::is_ascii_uppercase) => &name[7..],
        _ => name,
    }
}

/// Bold and italic from the descriptor's flags and weight, and the font name.
fn style(doc: &Objects<'_>, descriptor: Option<&Dictionary>, name: &[u8]) -> (bool, bool) {
    let lower = String::from_utf8_lossy(name).to_ascii_lowercase();
    let mut bold = [
        "bold",
        "black",
        "heavy",
        "semibold",
        "demi",
        "extrabold",
        "ultrabold",
    ]
    .iter()
    .any(|w| substring::contains(&lower, w))
        || lower.ends_with(",b")
        || lower.ends_with("-bd");
    let mut italic = substring::contains(&lower, "italic")
        || substring::contains(&lower, "oblique")
        || lower.ends_with("-it");
    if let Some(d) = descriptor {
        let flags = get(doc, d, b"Flags").and_then(|f| f.as_i64().ok()).unwrap_or(0);
        bold |= flags & (1 << 18) != 0;
        italic |= flags & (1 << 6) != 0;
        if let Some(weight) = get(doc, d, b"FontWeight").and_then(number) {
            bold |= weight >= 600.0;
        }
        if let Some(angle) = get(doc, d, b"ItalicAngle").and_then(number) {
            italic |= angle.abs() > 5.0;
        }
    }
    (bold, italic)
}

fn descriptor<'a>(doc: &'a Objects<'a>, dict: &'a Dictionary) -> Option<&'a Dictionary> {
    resolve_dict(doc, dict.get(b"FontDescriptor").ok()?)
}

/// Decoded bytes of the stream `object` refers to, within the allowance.
fn stream_bytes(doc: &Objects<'_>, object: &Object, allowance: &Allowance) -> Option<Vec<u8>> {
    let Object::Stream(s) = resolve(doc, object)? else {
        return None;
    };
    // A program past the font cap (or what the extraction has left) is a bomb: no embedded
    // font of a real document comes near 16 MiB decoded.
    let limit = allowance.left.get().min(MAX_FONT_PROGRAM);
    let data = match super::stream::decode(s, limit) {
        Ok(data) => data.into_owned(),
        Err(super::stream::DecodeError::TooLarge) => {
            allowance.exceeded.set(true);
            return None;
        }
        Err(super::stream::DecodeError::Broken) => return None,
    };
    allowance
        .left
        .set(allowance.left.get().saturating_sub(data.len()));
    allowance.used.set(allowance.used.get() + data.len());
    Some(data)
}

fn to_unicode(doc: &Objects<'_>, dict: &Dictionary, allowance: &Allowance) -> Option<CMap> {
    let data = stream_bytes(doc, dict.get(b"ToUnicode").ok()?, allowance)?;
    let cmap = CMap::parse(&data);
    cmap.has_unicode().then_some(cmap)
}

/// Ascent and descent from the descriptor, in text space for size 1.
fn vertical_metrics(doc: &Objects<'_>, descriptor: Option<&Dictionary>) -> (f32, f32) {
    let read = |key: &[u8]| descriptor.and_then(|d| get(doc, d, key)).and_then(number);
    let ascent = read(b"Ascent")
        .filter(|a| *a > 100.0 && *a < 2000.0)
        .unwrap_or(800.0);
    let descent = read(b"Descent")
        .filter(|d| *d < 0.0 && *d > -1000.0)
        .unwrap_or(-200.0);
    (ascent / 1000.0, descent / 1000.0)
}

/// Typical space for fonts that have none: a quarter em, about what text fonts use.
const DEFAULT_SPACE: f32 = 0.25;

fn simple_font(
    doc: &Objects<'_>,
    dict: &Dictionary,
    base_font: &[u8],
    type3: bool,
    allowance: &Allowance,
) -> Font {
    let name = strip_subset(base_font);
    let std14 = Std14::from_base_font(name);
    let descriptor = descriptor(doc, dict);
    let font_file = descriptor.and_then(|d| {
        [&b"FontFile2"[..], b"FontFile", b"FontFile3"]
            .iter()
            .find_map(|k| d.get(k).ok().map(|o| (*k, o)))
    });
    let flags = descriptor
        .and_then(|d| get(doc, d, b"Flags"))
        .and_then(|f| f.as_i64().ok())
        .unwrap_or(0);
    let symbolic = flags & 4 != 0 && flags & 32 == 0;
    let first = get(doc, dict, b"FirstChar")
        .and_then(|f| f.as_i64().ok())
        .unwrap_or(0);
    let explicit_widths = match get(doc, dict, b"Widths") {
        Some(Object::Array(w)) => Some(w),
        _ => None,
    };
    // Codes the font can draw: those with a width (all, when there is no /Widths).
    let in_use = |code: usize| match explicit_widths {
        Some(w) => usize::try_from(code as i64 - first)
            .ok()
            .and_then(|i| w.get(i))
            .and_then(|o| resolve(doc, o))
            .and_then(number)
            .is_some_and(|w| w > 0.0),
        None => true,
    };

    // 1. The encoding: base (explicit, else the font's built-in, else Standard) + Differences.
    let encoding_object = dict.get(b"Encoding").ok().and_then(|e| resolve(doc, e));
    let explicit_base = match encoding_object {
        Some(Object::Name(n)) => tables::base_encoding(n),
        Some(Object::Dictionary(d)) => d
            .get(b"BaseEncoding")
            .ok()
            .and_then(|b| b.as_name().ok())
            .and_then(tables::base_encoding),
        _ => None,
    };
    let differences = match encoding_object {
        Some(Object::Dictionary(d)) => match d.get(b"Differences").ok().and_then(|o| resolve(doc, o)) {
            Some(Object::Array(diffs)) => Some(diffs),
            _ => None,
        },
        _ => None,
    };
    let to_unicode = to_unicode(doc, dict, allowance);
    let is_type1_program = matches!(font_file, Some((b"FontFile", _)));
    let truetype_file = matches!(font_file, Some((b"FontFile2", _)));
    let is_cff_file = matches!(font_file, Some((b"FontFile3", _)));

    // 2. Unicode per code: ToUnicode, else glyph name. The embedded program is read (inflated)
    //    only when that leaves a drawable code unmapped, or when a Type1 program's own encoding
    //    replaces the Standard one.
    let build = |program: Option<&[u8]>| {
        let is_truetype_program =
            truetype_file || program.is_some_and(|p| p.starts_with(&[0, 1, 0, 0]) || p.starts_with(b"true"));
        let builtin: Option<Vec<(u8, Vec<u8>)>> = match program {
            Some(p) if is_type1_program => type1::builtin_encoding(p),
            Some(p) if is_cff_file && p.first() == Some(&1) => cff::builtin_encoding(p),
            _ => None,
        };
        let base: &'static [&'static str; 256] = match (explicit_base, std14) {
            (Some(b), _) => b,
            (None, Some(s)) => s.builtin_encoding(),
            (None, None) if type3 => &EMPTY_ENCODING,
            (None, None) if is_truetype_program && !symbolic => &tables::WIN_ANSI,
            (None, None) => &tables::STANDARD,
        };
        // Each code's glyph name, and whether it is still the base encoding's (whose text and
        // standard-font glyph were resolved at compile time).
        let mut names: [&[u8]; 256] = std::array::from_fn(|code| base[code].as_bytes());
        let mut from_base = [true; 256];
        if explicit_base.is_none()
            && let Some(builtin) = &builtin
        {
            names = [&[]; 256];
            from_base = [false; 256];
            for (code, name) in builtin {
                names[usize::from(*code)] = name;
            }
        }
        if let Some(diffs) = differences {
            let mut code = 0usize;
            for item in diffs {
                match resolve(doc, item) {
                    Some(Object::Integer(i)) => code = (*i).clamp(0, 256) as usize,
                    Some(Object::Name(n)) => {
                        if let Some(slot) = names.get_mut(code) {
                            *slot = n;
                            from_base[code] = false;
                        }
                        code += 1;
                    }
                    _ => {}
                }
            }
        }
        // TeX's bitmap fonts name glyphs by code alone ("/a28" from pdfTeX, "/BM" from dvips):
        // the font's TeX encoding says what each code is, guessed from the codes it draws.
        // Only the names the font gives (its Differences), not its base encoding's.
        let given: [&[u8]; 256] = std::array::from_fn(|c| if from_base[c] { &[][..] } else { names[c] });
        let tex = type3.then(|| tex_codes(&given)).flatten().map(|codes| {
            let encoding = tables::TexEncoding::guess(codes.iter().flatten().copied());
            (encoding, codes)
        });
        let resolved = tables::resolved(base);
        let known = |code: usize| resolved.filter(|_| from_base[code]);
        let truetype = program.filter(|_| is_truetype_program).and_then(TrueType::parse);
        let glyph_unicode = truetype.as_ref().map(|t| t.unicode_by_glyph());
        let mut spans = Box::new([(0u32, 0u8); 256]);
        let mut arena = String::new();
        let mut unmapped_in_use = false;
        for code in 0..256usize {
            let start = arena.len();
            let mut mapped = to_unicode
                .as_ref()
                .is_some_and(|m| m.unicode(code as u32, &mut arena))
                && !is_unusable(&arena[start..]);
            if !mapped {
                arena.truncate(start);
                let tex_text = tex
                    .as_ref()
                    .and_then(|(encoding, codes)| codes[code].and_then(|c| encoding.text(c)));
                mapped = match (tex_text, known(code).and_then(|r| r.chars[code])) {
                    (Some(text), _) => {
                        arena.push_str(text);
                        true
                    }
                    (None, Some(c)) => {
                        arena.push(c);
                        true
                    }
                    (None, None) => {
                        !names[code].is_empty() && tables::glyph_to_unicode(names[code], &mut arena)
                    }
                };
            }
            if !mapped && let Some(tt) = &truetype {
                arena.truncate(start);
                let gid = if symbolic || names[code].is_empty() {
                    tt.symbolic_glyph(code as u8)
                } else {
                    None
                };
                if let Some(gid) = gid {
                    if let Some(&c) = glyph_unicode.as_ref().and_then(|u| u.get(usize::from(gid)))
                        && c != '\0'
                    {
                        arena.push(c);
                        mapped = true;
                    } else if let Some(name) = tt.glyph_name(gid) {
                        mapped = tables::glyph_to_unicode(name, &mut arena);
                    }
                }
            }
            if !mapped {
                arena.truncate(start);
                unmapped_in_use |= in_use(code);
            }
            let len = (arena.len() - start).min(255);
            arena.truncate(start + len);
            spans[code] = (start as u32, len as u8);
        }
        // The standard 14 metrics of each code's glyph, for codes without a /Widths entry.
        let std14_widths: [Option<u16>; 256] = std::array::from_fn(|code| {
            let s = std14?;
            match known(code) {
                Some(r) => r.std14_glyphs[code].and_then(|g| s.glyph_width(g)),
                None => s.width(names[code]),
            }
        });
        (spans, arena, std14_widths, unmapped_in_use)
    };
    let (mut spans, mut arena, mut std14_widths, unmapped_in_use) = build(None);
    // A Type1 or CFF program's own encoding replaces the Standard one where no ToUnicode map
    // says what the codes are.
    let builtin_matters = (is_type1_program || is_cff_file)
        && explicit_base.is_none()
        && std14.is_none()
        && to_unicode.is_none();
    if font_file.is_some() && (unmapped_in_use || builtin_matters) {
        let program = font_file.and_then(|(_, o)| stream_bytes(doc, o, allowance));
        if program.is_some() {
            (spans, arena, std14_widths, _) = build(program.as_deref());
        }
    }

    // 3. Widths: /Widths, else the standard 14 metrics, else MissingWidth.
    let mut widths = Box::new([0.0f32; 256]);
    let missing = descriptor
        .and_then(|d| get(doc, d, b"MissingWidth"))
        .and_then(number)
        .unwrap_or(0.0);
    for (code, width) in widths.iter_mut().enumerate() {
        let explicit = explicit_widths.and_then(|w| {
            let i = usize::try_from(code as i64 - first).ok()?;
            number(resolve(doc, w.get(i)?)?)
        });
        *width = explicit
            .or_else(|| std14_widths[code].map(f32::from))
            .unwrap_or(missing)
            / 1000.0;
    }

    let (bold, italic) = style(doc, descriptor, name);
    let (bold, italic) = match std14 {
        Some(s) => (bold || s.is_bold(), italic || s.is_italic()),
        None => (bold, italic),
    };
    let (ascent, descent) = match (descriptor, std14) {
        (None, Some(s)) => (f32::from(s.ascent()) / 1000.0, f32::from(s.descent()) / 1000.0),
        _ => vertical_metrics(doc, descriptor),
    };
    let drawn_space = (0..256)
        .find(|&c| {
            let (s, l) = spans[c];
            l == 1 && arena.as_bytes().get(s as usize) == Some(&b' ') && widths[c] > 0.0
        })
        .map(|c| widths[c]);
    Font {
        bold,
        italic,
        vertical: false,
        space_width: drawn_space.unwrap_or(DEFAULT_SPACE),
        has_space_glyph: drawn_space.is_some(),
        em: 1.0,
        ascent,
        descent,
        font_matrix: [0.001, 0.0, 0.0, 0.001, 0.0, 0.0],
        kind: Kind::Simple { spans, arena, widths },
    }
}

/// Text a ToUnicode map should not be trusted for: control characters (some producers map
/// every glyph to U+0000–U+001F) and the private use area.
fn is_unusable(text: &str) -> bool {
    text.chars()
        .all(|c| (c < ' ' && c != '\t') || ('\u{E000}'..='\u{F8FF}').contains(&c))
}

static EMPTY_ENCODING: [&str; 256] = [""; 256];

fn type3_font(doc: &Objects<'_>, dict: &Dictionary, allowance: &Allowance) -> Font {
    let mut matrix = [0.001f32, 0.0, 0.0, 0.001, 0.0, 0.0];
    if let Some(Object::Array(m)) = get(doc, dict, b"FontMatrix")
        && m.len() == 6
    {
        for (slot, v) in matrix.iter_mut().zip(m) {
            if let Some(n) = resolve(doc, v).and_then(number) {
                *slot = n;
            }
        }
    }
    let name = get(doc, dict, b"Name")
        .and_then(|o| o.as_name().ok())
        .unwrap_or(b"Type3");
    let mut font = simple_font(doc, dict, name, true, allowance);
    // Type3 widths are in glyph space: rescale from the 1/1000 assumed above.
    let scale = matrix[0] * 1000.0;
    if let Kind::Simple { widths, .. } = &mut font.kind {
        for w in widths.iter_mut() {
            *w *= scale;
        }
    }
    // A drawn space is in glyph space like the other widths; a typical one is a share of the em.
    font.space_width = if font.has_space_glyph {
        font.space_width * scale
    } else {
        0.0
    };
    // The em of a Type3 font: glyph space of 1000 units is the usual design, but bitmap fonts
    // (TeX's PK fonts) use their own grid; the font box height is the better measure there.
    let bbox_height = match get(doc, dict, b"FontBBox") {
        Some(Object::Array(b)) if b.len() == 4 => {
            let v: Vec<f32> = b
                .iter()
                .filter_map(|o| resolve(doc, o).and_then(number))
                .collect();
            v.get(3).zip(v.get(1)).map(|(t, b)| (t - b).abs())
        }
        _ => None,
    };
    let em_1000 = (matrix[3] * 1000.0).abs();
    let far_from_1000 = |em: f32| em / em_1000 < 0.3 || em / em_1000 > 3.0;
    let median = median_width(&font);
    font.em = match bbox_height.map(|h| h * matrix[3].abs()) {
        Some(h) if h > 0.0 && far_from_1000(h) => h,
        Some(h) if h > 0.0 => em_1000,
        // No font box ([0 0 0 0] is allowed): the advances tell, a text glyph being about
        // half an em wide.
        _ => match median {
            Some(w) if far_from_1000(w / TYPICAL_ADVANCE_EMS) => w / TYPICAL_ADVANCE_EMS,
            _ => em_1000,
        },
    };
    // A font box that makes the glyphs tens of ems wide, or slivers, is no measure of them
    // (Ghostscript writes [0 0 1 -1] for dvips' bitmap fonts); wide symbols (emoji, a few ems)
    // are left as drawn.
    if let Some(w) = median
        && !(0.05..=10.0).contains(&(w / font.em))
    {
        font.em = w / TYPICAL_ADVANCE_EMS;
    }
    font.ascent = 0.8 * font.em;
    font.descent = -0.2 * font.em;
    font.font_matrix = matrix;
    if font.space_width <= 0.0 || !font.space_width.is_finite() {
        font.space_width = DEFAULT_SPACE * font.em;
    }
    font
}

/// The TeX code each glyph name of a Type3 font stands for, when the font names its glyphs by
/// code: pdfTeX's "/a65" (any such name), or dvips' two-character names ("/BM" is 58) when every
/// glyph is named so (two letters are also real glyph names, "/AE").
fn tex_codes(names: &[&[u8]; 256]) -> Option<[Option<u8>; 256]> {
    let named = || names.iter().filter(|n| !n.is_empty() && **n != b".notdef");
    let dvips = named().next().is_some() && named().all(|n| tables::dvips_glyph_name(n).is_some());
    let codes: [Option<u8>; 256] = std::array::from_fn(|c| {
        if dvips {
            tables::dvips_glyph_name(names[c])
        } else {
            tables::numeric_glyph_name(names[c])
        }
    });
    codes.iter().any(Option::is_some).then_some(codes)
}

/// A text glyph's usual advance, in ems.
const TYPICAL_ADVANCE_EMS: f32 = 0.5;

/// The median positive advance of a simple font's codes, in text space for size 1.
fn median_width(font: &Font) -> Option<f32> {
    let Kind::Simple { widths, .. } = &font.kind else {
        return None;
    };
    let mut positive: Vec<f32> = widths
        .iter()
        .copied()
        .filter(|w| *w > 0.0 && w.is_finite())
        .collect();
    if positive.is_empty() {
        return None;
    }
    let middle = positive.len() / 2;
    let (_, median, _) = positive.select_nth_unstable_by(middle, f32::total_cmp);
    Some(*median)
}

fn composite_font(doc: &Objects<'_>, dict: &Dictionary, base_font: &[u8], allowance: &Allowance) -> Font {
    let name = strip_subset(base_font);
    let descendant = match get(doc, dict, b"DescendantFonts") {
        Some(Object::Array(a)) => a.first().and_then(|d| resolve_dict(doc, d)),
        _ => None,
    };
    let descriptor = descendant.and_then(|d| descriptor(doc, d));
    let encoding_name = match dict.get(b"Encoding").ok().and_then(|e| resolve(doc, e)) {
        Some(Object::Name(n)) => Some(n.as_slice()),
        _ => None,
    };
    let codes_are_unicode = encoding_name.is_some_and(is_unicode_cmap);
    let (encoding, vertical) = match dict.get(b"Encoding").ok().and_then(|e| resolve(doc, e)) {
        Some(Object::Name(n)) => (CMap::identity(n.ends_with(b"-V")), n.ends_with(b"-V")),
        Some(Object::Stream(_)) => {
            let data = dict
                .get(b"Encoding")
                .ok()
                .and_then(|e| stream_bytes(doc, e, allowance))
                .unwrap_or_default();
            let mut cmap = CMap::parse(&data);
            if !cmap.has_codespace() {
                cmap = CMap::identity(false);
            }
            let vertical = cmap.wmode == 1 || cmap.uses.as_deref().is_some_and(|u| u.ends_with(b"-V"));
            (cmap, vertical)
        }
        _ => (CMap::identity(false), false),
    };
    let to_unicode = to_unicode(doc, dict, allowance);

    // CID → Unicode through the embedded TrueType program, only when needed.
    let mut cid_unicode = Vec::new();
    if to_unicode.is_none()
        && let Some(d) = descendant
        && let Some(program) = descriptor
            .and_then(|fd| fd.get(b"FontFile2").ok())
            .and_then(|o| stream_bytes(doc, o, allowance))
        && let Some(tt) = TrueType::parse(&program)
    {
        let by_glyph = tt.unicode_by_glyph();
        let cid_to_gid = d.get(b"CIDToGIDMap").ok().and_then(|o| match resolve(doc, o) {
            Some(Object::Stream(_)) => stream_bytes(doc, o, allowance),
            _ => None,
        });
        cid_unicode = match cid_to_gid {
            Some(map) => map
                .chunks_exact(2)
                .map(|c| {
                    let gid = usize::from(u16::from_be_bytes([c[0], c[1]]));
                    by_glyph.get(gid).copied().unwrap_or('\0')
                })
                .collect(),
            None => by_glyph,
        };
        if cid_unicode.iter().all(|&c| c == '\0') {
            // No usable cmap: try glyph names from `post`.
            cid_unicode = (0..tt.num_glyphs())
                .map(|gid| {
                    let mut s = String::new();
                    match tt.glyph_name(gid) {
                        Some(n) if tables::glyph_to_unicode(n, &mut s) && s.chars().count() == 1 => {
                            s.chars().next().unwrap_or('\0')
                        }
                        _ => '\0',
                    }
                })
                .collect();
        }
    }

    let default_width = descendant
        .and_then(|d| get(doc, d, b"DW"))
        .and_then(number)
        .unwrap_or(1000.0)
        / 1000.0;
    let mut widths = Vec::new();
    if let Some(Object::Array(w)) = descendant.and_then(|d| get(doc, d, b"W")) {
        let items: Vec<&Object> = w.iter().filter_map(|o| resolve(doc, o)).collect();
        let mut i = 0;
        while i < items.len() && widths.len() < 100_000 {
            let Some(first) = items[i].as_i64().ok().filter(|v| (0..=0xFFFF_FFFF).contains(v)) else {
                break;
            };
            match items.get(i + 1) {
                Some(Object::Array(list)) => {
                    for (k, wv) in list.iter().enumerate() {
                        if let Some(wv) = resolve(doc, wv).and_then(number) {
                            let cid = first as u32 + k as u32;
                            widths.push((cid, cid, wv / 1000.0));
                        }
                    }
                    i += 2;
                }
                Some(last) => {
                    let (Some(last), Some(wv)) =
                        (last.as_i64().ok(), items.get(i + 2).and_then(|o| number(o)))
                    else {
                        break;
                    };
                    if last >= first && last <= 0xFFFF_FFFF {
                        widths.push((first as u32, last as u32, wv / 1000.0));
                    }
                    i += 3;
                }
                None => break,
            }
        }
    }
    widths.sort_by_key(|&(lo, _, _)| lo);
    let vertical_advance = match descendant.and_then(|d| get(doc, d, b"DW2")) {
        Some(Object::Array(a)) if a.len() == 2 => a
            .get(1)
            .and_then(|o| resolve(doc, o))
            .and_then(number)
            .unwrap_or(-1000.0),
        _ => -1000.0,
    } / 1000.0;

    let (bold, italic) = style(doc, descriptor, name);
    let (ascent, descent) = vertical_metrics(doc, descriptor);
    let mut font = Font {
        bold,
        italic,
        vertical,
        space_width: DEFAULT_SPACE,
        has_space_glyph: false,
        em: 1.0,
        ascent,
        descent,
        font_matrix: [0.001, 0.0, 0.0, 0.001, 0.0, 0.0],
        kind: Kind::Composite(Box::new(Composite {
            encoding,
            to_unicode,
            cid_unicode,
            codes_are_unicode,
            widths,
            default_width,
            vertical_advance,
            memo: Default::default(),
        })),
    };
    if let Some(w) = composite_space_width(&font) {
        font.space_width = w;
        font.has_space_glyph = true;
    }
    font
}

/// Adobe's predefined CMaps whose two-byte codes are UTF-16 (or UCS-2) code units:
/// `Uni{JIS,GB,CNS,KS}-{UCS2,UTF16}[-HW]-{H,V}`.
fn is_unicode_cmap(name: &[u8]) -> bool {
    name.starts_with(b"Uni")
        && [&b"-UCS2-"[..], b"-UTF16-"]
            .iter()
            .any(|form| memchr::memmem::find(name, form).is_some())
}

/// The advance of the code that maps to a space: the ToUnicode's space code, else the common
/// space codes probed.
fn composite_space_width(font: &Font) -> Option<f32> {
    let mut found = None;
    let mapped_space = match &font.kind {
        Kind::Composite(c) => c.to_unicode.as_ref().and_then(|m| m.code_for(' ')),
        _ => None,
    };
    let mapped_probe = mapped_space.map(|c| c.to_be_bytes());
    let probes: [&[u8]; 4] = [&[0u8, 3][..], &[0, 32], &[32], &[0, 1]];
    let first = mapped_probe.as_ref().map(|b| &b[2..]);
    for probe in first.into_iter().chain(probes) {
        font.decode_each(probe, |d| {
            if found.is_none() && d.text == " " && d.width > 0.0 {
                found = Some(d.width);
            }
        });
        if found.is_some() {
            break;
        }
    }
    found
}
