//! Annotations that show text on a page: filled-in form fields (widgets) and free-text notes.
//! A job-ad template filled in as a form ("Position: [Accountant]") keeps exactly the facts we
//! want in its widgets, not in the page content. Each annotation's normal appearance is a form
//! XObject that the viewer draws at the annotation's rectangle (ISO 32000-1, 12.5.5); this
//! module finds those appearances and the matrix that places each one on the page.

use crate::pdf::load::{get, number, rect, resolve};
use crate::pdf::objects::Objects;
use crate::pdf::strings::decode_text_string;
use lopdf::{Dictionary, Object, ObjectId, Stream};

/// Annotations looked at per page; a real form has a few hundred at most.
pub const MAX_PER_PAGE: usize = 4_000;

/// Annotation flags (12.5.3) that keep an annotation off the screen.
const HIDDEN: i64 = 1 << 1;
const NO_VIEW: i64 = 1 << 5;

/// The annotation kinds whose appearance is text a reader sees as part of the page.
const TEXT_SUBTYPES: [&[u8]; 2] = [b"Widget", b"FreeText"];

/// One appearance to draw: its stream (with the object id, to refuse a form that draws
/// itself), the matrix from its form space to the page's user space once the stream's own
/// `/Matrix` is applied, and the annotation's rectangle in user space.
pub struct Appearance<'a> {
    pub stream: &'a Stream,
    pub id: Option<ObjectId>,
    pub placement: [f32; 6],
    pub rect: [f32; 4],
}

/// What a visible annotation shows: its appearance stream and, for a filled-in text or choice
/// field, its value, set in its rectangle when the appearance shows no text (producers that
/// leave appearances to the viewer with `/NeedAppearances`, or leave them empty).
pub struct Shown<'a> {
    pub appearance: Option<Appearance<'a>>,
    pub value: Option<FieldValue>,
}

/// A text or choice field's value with where and how large a viewer would set it.
pub struct FieldValue {
    pub text: String,
    /// The field's rectangle in user space.
    pub rect: [f32; 4],
    /// Font size from the field's default appearance (`/DA`), or fitted to the rectangle.
    pub size: f32,
}

/// The visible text-bearing annotations of the page `page`, in the order of its `/Annots`.
pub fn shown<'a>(doc: &'a Objects<'_>, page: &'a Dictionary) -> Vec<Shown<'a>> {
    let Some(Object::Array(annots)) = get(doc, page, b"Annots") else {
        return Vec::new();
    };
    annots
        .iter()
        .take(MAX_PER_PAGE)
        .filter_map(|a| {
            let Object::Dictionary(dict) = resolve(doc, a)? else {
                return None;
            };
            let subtype = get(doc, dict, b"Subtype")?.as_name().ok()?;
            if !TEXT_SUBTYPES.contains(&subtype) {
                return None;
            }
            let flags = get(doc, dict, b"F").and_then(|f| f.as_i64().ok()).unwrap_or(0);
            if flags & (HIDDEN | NO_VIEW) != 0 {
                return None;
            }
            let on_page = rect(doc, dict, b"Rect")?;
            let shown = Shown {
                appearance: appearance(doc, dict, on_page),
                value: field_value(doc, dict, on_page),
            };
            (shown.appearance.is_some() || shown.value.is_some()).then_some(shown)
        })
        .collect()
}

/// Field attributes a widget inherits from its ancestors in the field tree (12.7.3.1).
fn inherited<'a>(doc: &'a Objects<'_>, field: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let mut node = field;
    for _ in 0..MAX_FIELD_DEPTH {
        if let Some(v) = get(doc, node, key) {
            return Some(v);
        }
        node = get(doc, node, b"Parent")?.as_dict().ok()?;
    }
    None
}

/// Levels of the field tree climbed for an inherited attribute.
const MAX_FIELD_DEPTH: usize = 16;

/// Characters of a field value set in the page text; a longer one is cut.
const MAX_VALUE_CHARS: usize = 4_000;

fn field_value(doc: &Objects<'_>, widget: &Dictionary, on_page: [f32; 4]) -> Option<FieldValue> {
    let kind = inherited(doc, widget, b"FT")?.as_name().ok()?;
    if kind != b"Tx" && kind != b"Ch" {
        return None; // a button shows its state, which only its appearance draws
    }
    let text = match inherited(doc, widget, b"V")? {
        Object::String(bytes, _) => decode_text_string(bytes),
        // A list box with several choices selected.
        Object::Array(items) => items
            .iter()
            .filter_map(|i| match resolve(doc, i)? {
                Object::String(bytes, _) => Some(decode_text_string(bytes)),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("\n"),
        _ => return None,
    };
    let text: String = text.chars().take(MAX_VALUE_CHARS).collect();
    if text.trim().is_empty() {
        return None;
    }
    let height = on_page[3] - on_page[1];
    let from_da = match inherited(doc, widget, b"DA") {
        Some(Object::String(da, _)) => font_size(da),
        _ => None,
    };
    // "0 Tf" asks the viewer to fit the text; viewers fit one line of at most 12 pt.
    let size = from_da
        .filter(|s| *s > 0.0)
        .unwrap_or_else(|| (height * 0.7).clamp(1.0, 12.0));
    Some(FieldValue {
        text,
        rect: on_page,
        size,
    })
}

/// The size operand of the last `Tf` in a default-appearance string ("/Helv 10 Tf 0 g").
fn font_size(da: &[u8]) -> Option<f32> {
    let text = std::str::from_utf8(da).ok()?;
    let words: Vec<&str> = text.split_ascii_whitespace().collect();
    let at = words.iter().rposition(|w| *w == "Tf")?;
    words
        .get(at.checked_sub(1)?)?
        .parse()
        .ok()
        .filter(|s: &f32| s.is_finite() && *s < 1000.0)
}

fn appearance<'a>(doc: &'a Objects<'_>, dict: &'a Dictionary, on_page: [f32; 4]) -> Option<Appearance<'a>> {
    let normal = dict
        .get(b"AP")
        .ok()
        .and_then(|ap| resolve(doc, ap))
        .and_then(|ap| ap.as_dict().ok())?
        .get(b"N")
        .ok()?;
    // A field with states (a check box, a radio button) keeps one appearance per state and
    // names the one shown in /AS.
    let (reference, stream) = match resolve(doc, normal)? {
        Object::Stream(s) => (normal, s),
        Object::Dictionary(states) => {
            let shown = get(doc, dict, b"AS")?.as_name().ok()?;
            let reference = states.get(shown).ok()?;
            match resolve(doc, reference)? {
                Object::Stream(s) => (reference, s),
                _ => return None,
            }
        }
        _ => return None,
    };
    let bbox = rect(doc, &stream.dict, b"BBox")?;
    let matrix = match get(doc, &stream.dict, b"Matrix") {
        Some(Object::Array(m)) if m.len() == 6 => {
            let v: Vec<f32> = m
                .iter()
                .filter_map(|o| resolve(doc, o).and_then(number))
                .collect();
            <[f32; 6]>::try_from(v.as_slice()).ok()?
        }
        _ => [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
    };
    Some(Appearance {
        stream,
        id: reference.as_reference().ok(),
        placement: placement(bbox, matrix, on_page)?,
        rect: on_page,
    })
}

/// The matrix A of 12.5.5: the form's bounding box, transformed by its `/Matrix`, is mapped
/// onto the annotation's rectangle by scaling and translating.
fn placement(bbox: [f32; 4], matrix: [f32; 6], rect: [f32; 4]) -> Option<[f32; 6]> {
    let [a, b, c, d, e, f] = matrix;
    let corners = [
        (bbox[0], bbox[1]),
        (bbox[2], bbox[1]),
        (bbox[0], bbox[3]),
        (bbox[2], bbox[3]),
    ];
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for (x, y) in corners {
        let (tx, ty) = (a * x + c * y + e, b * x + d * y + f);
        x0 = x0.min(tx);
        y0 = y0.min(ty);
        x1 = x1.max(tx);
        y1 = y1.max(ty);
    }
    let (w, h) = (x1 - x0, y1 - y0);
    if !(w > 1e-3 && h > 1e-3 && w.is_finite() && h.is_finite()) {
        return None;
    }
    let (sx, sy) = ((rect[2] - rect[0]) / w, (rect[3] - rect[1]) / h);
    Some([sx, 0.0, 0.0, sy, rect[0] - sx * x0, rect[1] - sy * y0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_box_at_the_origin_moves_to_the_rectangle() {
        let m = placement(
            [0.0, 0.0, 100.0, 20.0],
            [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
            [50.0, 700.0, 150.0, 720.0],
        );
        assert_eq!(m, Some([1.0, 0.0, 0.0, 1.0, 50.0, 700.0]));
    }

    #[test]
    fn a_rotated_form_is_fitted_by_its_transformed_box() {
        // A 90° /Matrix turns a 100 × 20 box into 20 × 100; the rectangle is 20 × 100 too.
        let m = placement(
            [0.0, 0.0, 100.0, 20.0],
            [0.0, 1.0, -1.0, 0.0, 0.0, 0.0],
            [10.0, 10.0, 30.0, 110.0],
        )
        .expect("a placement");
        assert_eq!(m, [1.0, 0.0, 0.0, 1.0, 30.0, 10.0]);
    }

    #[test]
    fn the_default_appearance_gives_the_size() {
        assert_eq!(font_size(b"/Helv 10 Tf 0 g"), Some(10.0));
        assert_eq!(font_size(b"0 g /TiRo 0 Tf"), Some(0.0));
        assert_eq!(font_size(b"0 g"), None);
        assert_eq!(font_size(b"Tf"), None);
    }

    #[test]
    fn a_flat_box_has_no_placement() {
        assert_eq!(
            placement(
                [0.0, 0.0, 0.0, 20.0],
                [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
                [0.0, 0.0, 10.0, 10.0]
            ),
            None
        );
    }
}
