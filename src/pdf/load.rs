//! Loading: bytes → the document's objects (`pdf::objects`) and its page list, from a guarded
//! walk of the page tree (cycles, depth, count); helpers that follow references.

use crate::error::{ErrorKind, ExtractError};
use crate::limits::{Budget, too_complex};
use crate::pdf::objects::Objects;
use lopdf::{Dictionary, Object, ObjectId};
use std::collections::HashSet;

/// How far into the file a `%PDF-` header may start (the spec allows leading garbage; viewers
/// accept about 1 KB of it).
const HEADER_SEARCH_WINDOW: usize = 1024;

/// Deepest page tree accepted (real trees are 2–4 levels deep).
const MAX_PAGE_TREE_DEPTH: usize = 64;

/// One page as found in the page tree, with what it inherits from its ancestors.
#[derive(Clone, Debug)]
pub struct PageRef {
    pub id: ObjectId,
    /// The visible area: CropBox clipped to MediaBox, `[x0, y0, x1, y1]` in user space.
    pub view_box: [f32; 4],
    /// Clockwise rotation for display, a multiple of 90.
    pub rotate: i32,
    /// The (possibly inherited) resources dictionary: the id of the node that holds it.
    pub resources_owner: Option<ObjectId>,
}

/// Reads `bytes` as a PDF, within the budget's limits.
pub fn load<'a>(bytes: &'a [u8], budget: &mut Budget) -> Result<(Objects<'a>, Vec<PageRef>), ExtractError> {
    let window = &bytes[..bytes.len().min(HEADER_SEARCH_WINDOW)];
    if memchr::memmem::find(window, b"%PDF-").is_none() {
        return Err(ExtractError::new(
            ErrorKind::NotAPdf,
            "the body does not start with a %PDF- header",
        ));
    }
    let objects = Objects::load(bytes, budget)?;
    let pages = walk_pages(&objects, budget)?;
    if pages.is_empty() {
        return Err(ExtractError::new(
            ErrorKind::Malformed,
            "the document has no pages",
        ));
    }
    Ok((objects, pages))
}

/// Follows references until a direct object (bounded, so reference cycles end).
pub fn resolve<'a>(doc: &'a Objects<'_>, mut object: &'a Object) -> Option<&'a Object> {
    for _ in 0..32 {
        match object {
            Object::Reference(id) => object = doc.get(*id)?,
            direct => return Some(direct),
        }
    }
    None
}

/// The dictionary `object` is or refers to (a stream's dictionary too).
pub fn resolve_dict<'a>(doc: &'a Objects<'_>, object: &'a Object) -> Option<&'a Dictionary> {
    match resolve(doc, object)? {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

/// `dict[key]`, dereferenced.
pub fn get<'a>(doc: &'a Objects<'_>, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    resolve(doc, dict.get(key).ok()?)
}

/// A number, integer or real.
pub fn number(object: &Object) -> Option<f32> {
    match object {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) if r.is_finite() => Some(*r),
        _ => None,
    }
}

/// `dict[key]` as a rectangle, normalised so that x0 <= x1 and y0 <= y1.
pub fn rect(doc: &Objects<'_>, dict: &Dictionary, key: &[u8]) -> Option<[f32; 4]> {
    let Object::Array(items) = get(doc, dict, key)? else {
        return None;
    };
    if items.len() != 4 {
        return None;
    }
    let mut v = [0.0f32; 4];
    for (slot, item) in v.iter_mut().zip(items) {
        *slot = number(resolve(doc, item)?)?;
    }
    let r = [v[0].min(v[2]), v[1].min(v[3]), v[0].max(v[2]), v[1].max(v[3])];
    (r[2] - r[0] > 1.0 && r[3] - r[1] > 1.0).then_some(r)
}

/// What a page inherits from the nodes above it.
#[derive(Clone, Copy)]
struct Inherited {
    media_box: Option<[f32; 4]>,
    crop_box: Option<[f32; 4]>,
    rotate: Option<i32>,
    resources_owner: Option<ObjectId>,
}

/// Lists the pages in document order, depth-first over `/Kids`, each node visited once.
fn walk_pages(doc: &Objects<'_>, budget: &mut Budget) -> Result<Vec<PageRef>, ExtractError> {
    let max_pages = budget.limits().max_pages;
    let mut pages = Vec::new();
    let root = doc
        .trailer()
        .get(b"Root")
        .ok()
        .and_then(|r| resolve_dict(doc, r))
        .and_then(|catalog| catalog.get(b"Pages").ok())
        .and_then(|p| p.as_reference().ok());
    let mut seen: HashSet<ObjectId> = HashSet::new();
    let none = Inherited {
        media_box: None,
        crop_box: None,
        rotate: None,
        resources_owner: None,
    };
    // Children are pushed in reverse so that they pop in order.
    let mut stack: Vec<(ObjectId, Inherited, usize)> = root.map(|id| (id, none, 0)).into_iter().collect();
    while let Some((id, inherited, depth)) = stack.pop() {
        budget.tick()?;
        if depth > MAX_PAGE_TREE_DEPTH {
            return Err(too_complex("page tree levels", MAX_PAGE_TREE_DEPTH));
        }
        if !seen.insert(id) {
            continue; // a cycle or a shared node: each page once
        }
        let Some(Object::Dictionary(node)) = doc.get(id) else {
            continue;
        };
        let here = Inherited {
            media_box: rect(doc, node, b"MediaBox").or(inherited.media_box),
            crop_box: rect(doc, node, b"CropBox").or(inherited.crop_box),
            rotate: get(doc, node, b"Rotate")
                .and_then(|r| r.as_i64().ok())
                .map(|r| r as i32)
                .or(inherited.rotate),
            resources_owner: if node.has(b"Resources") {
                Some(id)
            } else {
                inherited.resources_owner
            },
        };
        match get(doc, node, b"Kids") {
            Some(Object::Array(kids)) if !node.has_type(b"Page") => {
                for kid in kids.iter().rev() {
                    if let Ok(kid_id) = kid.as_reference() {
                        stack.push((kid_id, here, depth + 1));
                    }
                }
            }
            _ if node.has_type(b"Page") || node.has(b"Contents") => {
                if pages.len() >= max_pages {
                    return Err(too_complex("pages", max_pages));
                }
                pages.push(page_ref(id, here));
            }
            _ => {}
        }
    }
    if pages.is_empty() {
        // A broken or missing tree: fall back to every page object, in object order.
        for (id, object) in doc.all() {
            if let Object::Dictionary(d) = object
                && d.has_type(b"Page")
            {
                if pages.len() >= max_pages {
                    return Err(too_complex("pages", max_pages));
                }
                let here = Inherited {
                    media_box: rect(doc, d, b"MediaBox"),
                    crop_box: rect(doc, d, b"CropBox"),
                    rotate: get(doc, d, b"Rotate")
                        .and_then(|r| r.as_i64().ok())
                        .map(|r| r as i32),
                    resources_owner: d.has(b"Resources").then_some(id),
                };
                pages.push(page_ref(id, here));
            }
        }
    }
    Ok(pages)
}

/// US Letter, the spec's fallback when no MediaBox is given.
const DEFAULT_MEDIA_BOX: [f32; 4] = [0.0, 0.0, 612.0, 792.0];

fn page_ref(id: ObjectId, inherited: Inherited) -> PageRef {
    let media = inherited.media_box.unwrap_or(DEFAULT_MEDIA_BOX);
    let view_box = match inherited.crop_box {
        Some(c) => {
            let clipped = [
                c[0].max(media[0]),
                c[1].max(media[1]),
                c[2].min(media[2]),
                c[3].min(media[3]),
            ];
            if clipped[2] - clipped[0] > 1.0 && clipped[3] - clipped[1] > 1.0 {
                clipped
            } else {
                media
            }
        }
        None => media,
    };
    PageRef {
        id,
        view_box,
        rotate: inherited.rotate.unwrap_or(0).rem_euclid(360) / 90 * 90,
        resources_owner: inherited.resources_owner,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::Limits;

    fn objects(n: usize) -> Vec<u8> {
        let mut pdf = b"%PDF-1.4\n".to_vec();
        for i in 1..=n {
            pdf.extend_from_slice(format!("{i} 0 obj null endobj\n").as_bytes());
        }
        pdf
    }

    fn kind(bytes: &[u8], max_objects: usize) -> Option<ErrorKind> {
        let mut budget = Budget::new(Limits {
            max_objects,
            ..Limits::default()
        });
        load(bytes, &mut budget).err().map(|e| e.kind)
    }

    #[test]
    fn too_many_objects_are_refused_before_parsing() {
        // 300 objects of 20-odd bytes: over 6 bytes each, so the pre-scan runs for a limit of
        // 100 and is skipped (the file cannot hold that many) for a limit of 2,000.
        let pdf = objects(300);
        assert_eq!(kind(&pdf, 100), Some(ErrorKind::TooComplex));
        assert_ne!(kind(&pdf, 2_000), Some(ErrorKind::TooComplex));
    }
}
