//! The document's objects: located through the cross-reference data and parsed the first time
//! they are asked for, so that what text extraction never reads (structure trees, annotations,
//! outlines, metadata) costs neither time nor memory. Object streams are decoded once, at load,
//! where their bytes are charged to the budget.
//!
//! A file whose cross-reference data does not hold together (missing, stale offsets, a loop of
//! sections), or that is encrypted, is loaded whole by lopdf instead, which scans for objects,
//! rebuilds what it can and decrypts.

mod parse;
mod xref;

use crate::error::{ErrorKind, ExtractError};
use crate::limits::{Budget, too_complex};
use crate::pdf::lexer::{Lexer, Operands};
use crate::pdf::stream;
use lopdf::{Dictionary, LoadOptions, Object, ObjectId};
use std::cell::{OnceCell, RefCell};
use xref::{Entry, Location};

/// The objects of one PDF file.
pub struct Objects<'a> {
    source: Source<'a>,
}

// One per document, made once and never moved in a loop: the variants' sizes do not matter.
#[allow(clippy::large_enum_variant)]
enum Source<'a> {
    OnDemand(OnDemand<'a>),
    Loaded(lopdf::Document),
}

/// Objects read from the file's bytes on first use.
struct OnDemand<'a> {
    bytes: &'a [u8],
    max_nesting: usize,
    trailer: Dictionary,
    /// Objects in use, sorted by number.
    entries: Vec<Entry>,
    /// `parsed[i]` is `entries[i]` once read (`None`: unreadable). Boxed, so that a slot
    /// costs a pointer until its object is asked for, and an object's address is stable.
    parsed: Vec<OnceCell<Option<Box<Object>>>>,
    /// Decoded object streams, sorted by number.
    containers: Vec<Container>,
    /// The lexer's buffer, reused from one object to the next.
    scratch: RefCell<Operands>,
}

/// A decoded object stream.
struct Container {
    number: u32,
    data: Vec<u8>,
    /// The objects it holds: number and position in `data`, in stream order.
    objects: Vec<(u32, usize)>,
}

impl<'a> Objects<'a> {
    /// Reads the objects of `bytes` (on demand when the file allows), within the budget.
    pub fn load(bytes: &'a [u8], budget: &mut Budget) -> Result<Objects<'a>, ExtractError> {
        let source = match OnDemand::read(bytes, budget)? {
            Some(on_demand) => Source::OnDemand(on_demand),
            None => Source::Loaded(load_whole(bytes, budget)?),
        };
        Ok(Objects { source })
    }

    /// Object `id`, or `None` when the file has no such object or it cannot be read.
    pub fn get(&self, id: ObjectId) -> Option<&Object> {
        match &self.source {
            Source::OnDemand(on_demand) => on_demand.get(id),
            Source::Loaded(document) => document.objects.get(&id),
        }
    }

    pub fn trailer(&self) -> &Dictionary {
        match &self.source {
            Source::OnDemand(on_demand) => &on_demand.trailer,
            Source::Loaded(document) => &document.trailer,
        }
    }

    /// Every readable object in number order, each read now: for the rare file whose page
    /// tree is broken.
    pub fn all(&self) -> Vec<(ObjectId, &Object)> {
        match &self.source {
            Source::OnDemand(on_demand) => on_demand
                .entries
                .iter()
                .filter_map(|e| {
                    let id = (e.number, e.generation);
                    Some((id, on_demand.get(id)?))
                })
                .collect(),
            Source::Loaded(document) => document.objects.iter().map(|(id, o)| (*id, o)).collect(),
        }
    }

    /// Whether the cross-reference data was used (`false`: lopdf read the whole file).
    #[cfg(test)]
    fn on_demand(&self) -> bool {
        matches!(self.source, Source::OnDemand(_))
    }
}

impl<'a> OnDemand<'a> {
    /// `Ok(None)` when the file must be read whole instead.
    fn read(bytes: &'a [u8], budget: &mut Budget) -> Result<Option<OnDemand<'a>>, ExtractError> {
        let Some(xref) = xref::read(bytes, budget)? else {
            return Ok(None);
        };
        if xref.trailer.has(b"Encrypt") || !xref.trailer.has(b"Root") {
            return Ok(None);
        }
        // Every offset must hold the object the data names: otherwise the data is stale or
        // wrong, and lopdf's scan of the whole file reads it better.
        for entry in &xref.entries {
            if let Location::Offset(offset) = entry.location
                && parse::header(bytes, offset).map(|(id, _)| id) != Some((entry.number, entry.generation))
            {
                return Ok(None);
            }
        }
        let mut on_demand = OnDemand {
            bytes,
            max_nesting: budget.limits().max_nesting,
            parsed: std::iter::repeat_with(OnceCell::new)
                .take(xref.entries.len())
                .collect(),
            entries: xref.entries,
            trailer: xref.trailer,
            containers: Vec::new(),
            scratch: RefCell::default(),
        };
        let mut numbers: Vec<u32> = on_demand
            .entries
            .iter()
            .filter_map(|e| match e.location {
                Location::Compressed { container, .. } => Some(container),
                Location::Offset(_) => None,
            })
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        for number in numbers {
            budget.tick()?;
            let Some(container) = on_demand.container(number, budget)? else {
                return Ok(None);
            };
            on_demand.containers.push(container);
        }
        budget.check_time()?;
        Ok(Some(on_demand))
    }

    /// Decodes object stream `number` and reads its index.
    fn container(&self, number: u32, budget: &mut Budget) -> Result<Option<Container>, ExtractError> {
        let i = self.entries.binary_search_by_key(&number, |e| e.number);
        // Missing, or itself compressed, which the spec forbids. (Its header was checked at load.)
        let Some(&Location::Offset(offset)) = i.ok().map(|i| &self.entries[i].location) else {
            return Ok(None);
        };
        let mut scratch = Operands::default();
        let parsed = parse::indirect_object(self.bytes, offset, self.max_nesting, &mut scratch, &|id| {
            self.length(id)
        });
        let Some((_, Object::Stream(stream))) = parsed else {
            return Ok(None);
        };
        let (Ok(count), Ok(first)) = (
            stream.dict.get(b"N").and_then(Object::as_i64),
            stream.dict.get(b"First").and_then(Object::as_i64),
        ) else {
            return Ok(None);
        };
        let Some(data) = stream::decode_charged(&stream, budget, "an object stream")? else {
            return Ok(None);
        };
        let data = data.into_owned();
        let (Ok(count), Ok(first)) = (usize::try_from(count), usize::try_from(first)) else {
            return Ok(None);
        };
        // Each object takes at least two numbers of the index.
        if count > data.len() / 2 + 1 || first > data.len() {
            return Ok(None);
        }
        let mut index = Lexer::for_objects(&data[..first], 0, 0);
        let mut objects = Vec::with_capacity(count);
        for _ in 0..count {
            let (Some(object), Some(at)) = (index.read_unsigned(), index.read_unsigned()) else {
                return Ok(None);
            };
            let at = usize::try_from(at).ok().and_then(|at| at.checked_add(first));
            // An object past the end: the stream is cut short or damaged.
            let (Ok(object), Some(at)) = (
                u32::try_from(object),
                at.filter(|&at| starts_an_object(&data, at)),
            ) else {
                return Ok(None);
            };
            objects.push((object, at));
        }
        Ok(Some(Container {
            number,
            data,
            objects,
        }))
    }

    /// Where object `id` is in `entries` (and `parsed`).
    fn index(&self, (number, generation): ObjectId) -> Option<usize> {
        let i = self.entries.binary_search_by_key(&number, |e| e.number).ok()?;
        (self.entries[i].generation == generation).then_some(i)
    }

    fn get(&self, id: ObjectId) -> Option<&Object> {
        let i = self.index(id)?;
        let entry = &self.entries[i];
        self.parsed[i]
            .get_or_init(|| self.parse(entry).map(Box::new))
            .as_deref()
    }

    /// Reads `entry`'s object. Never re-enters `get` (a stream's indirect `/Length` is read
    /// apart), so a slot is never asked for while it is being filled.
    fn parse(&self, entry: &Entry) -> Option<Object> {
        let mut own = Operands::default();
        let mut shared = self.scratch.try_borrow_mut();
        let scratch = match &mut shared {
            Ok(shared) => &mut **shared,
            Err(_) => &mut own,
        };
        match entry.location {
            Location::Offset(offset) => {
                parse::indirect_object(self.bytes, offset, self.max_nesting, scratch, &|id| {
                    self.length(id)
                })
                .map(|(_, object)| object)
            }
            Location::Compressed { container, index } => {
                let (data, at) = self.compressed(container, index, entry.number)?;
                parse::direct_object(data, at, self.max_nesting, scratch)
            }
        }
    }

    /// The data and position of object `number`, the `index`th of object stream `container`.
    fn compressed(&self, container: u32, index: u32, number: u32) -> Option<(&[u8], usize)> {
        let i = self
            .containers
            .binary_search_by_key(&container, |c| c.number)
            .ok()?;
        let container = &self.containers[i];
        let at = match container.objects.get(index as usize) {
            Some(&(n, at)) if n == number => at,
            // A wrong index: look the number up instead.
            _ => container.objects.iter().find(|(n, _)| *n == number)?.1,
        };
        Some((&container.data, at))
    }

    /// The integer object `id`, for a stream's `/Length`.
    fn length(&self, id: ObjectId) -> Option<i64> {
        match self.entries[self.index(id)?].location {
            Location::Offset(offset) => parse::integer_at(self.bytes, offset, id),
            Location::Compressed { container, index } => {
                let (data, at) = self.compressed(container, index, id.0)?;
                parse::integer_in(data, at)
            }
        }
    }
}

/// Whether an object begins at `at` of `data` (after whitespace): a cheap check that an object
/// stream's index and data agree, without reading its objects.
fn starts_an_object(data: &[u8], at: usize) -> bool {
    let rest = data.get(at..).unwrap_or_default();
    let first = rest.iter().find(|&&c| !crate::pdf::lexer::is_whitespace(c));
    matches!(
        first,
        Some(b'<' | b'[' | b'(' | b'/' | b'+' | b'-' | b'.' | b'0'..=b'9' | b't' | b'f' | b'n')
    )
}

/// Loads the whole file with lopdf, which scans for objects when the cross-reference data is
/// damaged and decrypts with an empty user password.
fn load_whole(bytes: &[u8], budget: &mut Budget) -> Result<lopdf::Document, ExtractError> {
    // lopdf parses every object up front; count them first so a file made of millions of tiny
    // objects is refused before it is expanded in memory.
    // Every object has "obj" twice (`obj`, `endobj`), so a file of n bytes declares at most
    // n / 6: only a file larger than that bound is scanned.
    let max_objects = budget.limits().max_objects;
    if bytes.len() / 6 > max_objects && memchr::memmem::find_iter(bytes, b"obj").count() / 2 > max_objects {
        return Err(too_complex("indirect objects", max_objects));
    }
    let options = LoadOptions {
        max_decompressed_size: Some(budget.decoded_bytes_left()),
        ..LoadOptions::default()
    };
    let document = lopdf::Document::load_mem_with_options(bytes, options).map_err(load_error)?;
    budget.check_time()?;
    // A file cut short (an interrupted upload or download) loses its cross-reference data and
    // the fonts and pages written last: its text would be partial or garbled, so it is refused.
    if document.xref_recovery == Some(lopdf::xref::XrefRecovery::Reconstructed) && !ends_like_a_pdf(bytes) {
        return Err(ExtractError::new(
            ErrorKind::Malformed,
            "the file is truncated: it has no end-of-file marker and its cross-reference data is missing",
        ));
    }
    if document.trailer.has(b"Encrypt") && document.encryption_state.is_none() {
        return Err(ExtractError::new(
            ErrorKind::Encrypted,
            "the document is encrypted with a password (only an empty user password can be read)",
        ));
    }
    if document.objects.len() > max_objects {
        return Err(too_complex("indirect objects", max_objects));
    }
    Ok(document)
}

/// Whether `%%EOF` appears near the end (after trailing whitespace or a little junk).
fn ends_like_a_pdf(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(TRAILING_JUNK_WINDOW)..];
    memchr::memmem::rfind(tail, b"%%EOF").is_some()
}

/// How far from the end `%%EOF` may sit (some producers append junk after it).
const TRAILING_JUNK_WINDOW: usize = 2048;

fn load_error(error: lopdf::Error) -> ExtractError {
    use lopdf::Error as E;
    match error {
        E::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => ExtractError::new(
            ErrorKind::TooLarge,
            "a stream decodes to more than the decoded-size limit",
        ),
        E::Decryption(_) | E::InvalidPassword | E::AlreadyEncrypted => ExtractError::new(
            ErrorKind::Encrypted,
            format!("the document cannot be decrypted: {error}"),
        ),
        E::ReferenceLimit | E::ReferenceCycle(_) => ExtractError::new(
            ErrorKind::TooComplex,
            format!("the object graph is too deep: {error}"),
        ),
        other => ExtractError::new(ErrorKind::Malformed, format!("the PDF cannot be read: {other}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::Limits;

    /// A PDF of `objects` (number, body) with a classic cross-reference table, and `extra`
    /// trailer keys.
    fn pdf_with_table(objects: &[(u32, &str)], extra: &str) -> Vec<u8> {
        let mut pdf = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        for (number, body) in objects {
            offsets.push((*number, pdf.len()));
            pdf.extend_from_slice(format!("{number} 0 obj\n{body}\nendobj\n").as_bytes());
        }
        let size = objects.iter().map(|(n, _)| n + 1).max().unwrap_or(1);
        let xref = pdf.len();
        pdf.extend_from_slice(format!("xref\n0 {size}\n0000000000 65535 f\r\n").as_bytes());
        for number in 1..size {
            match offsets.iter().find(|(n, _)| *n == number) {
                Some((_, offset)) => pdf.extend_from_slice(format!("{offset:010} 00000 n\r\n").as_bytes()),
                None => pdf.extend_from_slice(b"0000000000 65535 f\r\n"),
            }
        }
        pdf.extend_from_slice(
            format!("trailer\n<< /Size {size} /Root 1 0 R {extra} >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
        );
        pdf
    }

    const PAGES: [(u32, &str); 3] = [
        (1, "<< /Type /Catalog /Pages 2 0 R >>"),
        (2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        (3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"),
    ];

    fn load(bytes: &[u8]) -> Objects<'_> {
        Objects::load(bytes, &mut Budget::new(Limits::default())).expect("loads")
    }

    fn name<'o>(objects: &'o Objects<'_>, id: ObjectId, key: &[u8]) -> Option<&'o [u8]> {
        objects.get(id)?.as_dict().ok()?.get(key).ok()?.as_name().ok()
    }

    #[test]
    fn a_classic_table_is_read_on_demand() {
        let pdf = pdf_with_table(&PAGES, "");
        let objects = load(&pdf);
        assert!(objects.on_demand());
        assert_eq!(name(&objects, (3, 0), b"Type"), Some(&b"Page"[..]));
        assert_eq!(name(&objects, (1, 0), b"Type"), Some(&b"Catalog"[..]));
        assert!(
            objects.get((3, 1)).is_none(),
            "a generation that is not the file's"
        );
        assert!(objects.get((9, 0)).is_none());
        assert_eq!(objects.all().len(), 3);
    }

    #[test]
    fn an_incremental_update_replaces_and_frees_objects() {
        let mut objects = PAGES.to_vec();
        objects.push((4, "<< /Type /Old >>"));
        objects.push((5, "<< /Type /Gone >>"));
        let mut pdf = pdf_with_table(&objects, "");
        let first_xref = memchr::memmem::rfind(&pdf, b"startxref").map(|at| {
            let tail = String::from_utf8_lossy(&pdf[at + 9..]).to_string();
            tail.split_whitespace()
                .next()
                .and_then(|s| s.parse::<usize>().ok())
        });
        let prev = first_xref.flatten().expect("the first section");
        let offset = pdf.len();
        pdf.extend_from_slice(b"4 0 obj\n<< /Type /New >>\nendobj\n");
        let xref = pdf.len();
        pdf.extend_from_slice(
            format!(
                "xref\n4 2\n{offset:010} 00000 n\r\n0000000000 00001 f\r\ntrailer\n<< /Size 6 /Root 1 0 R /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n"
            )
            .as_bytes(),
        );
        let objects = load(&pdf);
        assert!(objects.on_demand());
        assert_eq!(name(&objects, (4, 0), b"Type"), Some(&b"New"[..]));
        assert!(objects.get((5, 0)).is_none(), "freed by the update");
        assert_eq!(name(&objects, (3, 0), b"Type"), Some(&b"Page"[..]));
    }

    #[test]
    fn a_cross_reference_stream_and_an_object_stream() {
        // Objects 2 and 3 live in object stream 4; 1 and 4 at offsets; 5 is the xref stream.
        let members = [
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R >>",
        ];
        let mut index = String::new();
        let mut body = String::new();
        for (i, member) in members.iter().enumerate() {
            index.push_str(&format!("{} {} ", i + 2, body.len()));
            body.push_str(member);
            body.push(' ');
        }
        let decoded = format!("{index}{body}");
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(decoded.as_bytes(), 6);
        let mut pdf = b"%PDF-1.7\n".to_vec();
        let catalog = pdf.len();
        pdf.extend_from_slice(b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        let container = pdf.len();
        pdf.extend_from_slice(
            format!(
                "4 0 obj\n<< /Type /ObjStm /N 2 /First {} /Length {} /Filter /FlateDecode >>\nstream\n",
                index.len(),
                packed.len()
            )
            .as_bytes(),
        );
        pdf.extend_from_slice(&packed);
        pdf.extend_from_slice(b"\nendstream\nendobj\n");
        let xref = pdf.len();
        let mut rows = Vec::new();
        for (kind, field, third) in [
            (0u8, 0u32, 255u8),
            (1, catalog as u32, 0),
            (2, 4, 0),
            (2, 4, 1),
            (1, container as u32, 0),
            (1, xref as u32, 0),
        ] {
            rows.push(kind);
            rows.extend_from_slice(&field.to_be_bytes());
            rows.push(third);
        }
        pdf.extend_from_slice(
            format!(
                "5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 1] /Root 1 0 R /Length {} >>\nstream\n",
                rows.len()
            )
            .as_bytes(),
        );
        pdf.extend_from_slice(&rows);
        pdf.extend_from_slice(format!("\nendstream\nendobj\nstartxref\n{xref}\n%%EOF\n").as_bytes());
        let objects = load(&pdf);
        assert!(objects.on_demand());
        assert_eq!(name(&objects, (2, 0), b"Type"), Some(&b"Pages"[..]));
        assert_eq!(name(&objects, (3, 0), b"Type"), Some(&b"Page"[..]));
        assert_eq!(name(&objects, (1, 0), b"Type"), Some(&b"Catalog"[..]));
        assert!(objects.trailer().has(b"Root"));
    }

    #[test]
    fn damaged_or_encrypted_files_are_read_whole() {
        let good = pdf_with_table(&PAGES, "");
        // A stale offset: the table points one byte off.
        let mut stale = good.clone();
        let row = memchr::memmem::find(&stale, b" 00000 n").expect("a row") - 10;
        stale[row + 9] += 1;
        // No cross-reference data at all.
        let cut = good[..memchr::memmem::find(&good, b"xref").expect("xref")].to_vec();
        let mut missing = cut.clone();
        missing.extend_from_slice(b"%%EOF\n");
        // A /Prev loop.
        let at = memchr::memmem::rfind(&good, b"startxref").expect("startxref");
        let xref: String = String::from_utf8_lossy(&good[at + 10..])
            .split_whitespace()
            .next()
            .unwrap_or("")
            .into();
        let looping = pdf_with_table(&PAGES, &format!("/Prev {xref}"));
        for (label, pdf) in [("stale", &stale), ("missing", &missing), ("looping", &looping)] {
            let objects = load(pdf);
            assert!(!objects.on_demand(), "{label}");
            assert_eq!(name(&objects, (3, 0), b"Type"), Some(&b"Page"[..]), "{label}");
        }
        let encrypted = pdf_with_table(&PAGES, "/Encrypt << /Filter /Standard >>");
        assert!(
            OnDemand::read(&encrypted, &mut Budget::new(Limits::default()))
                .expect("no limit")
                .is_none()
        );
    }

    #[test]
    fn sections_beyond_the_object_limit_are_refused() {
        let pdf = pdf_with_table(&[(1, "null"), (2, "null"), (40, "null")], "");
        let limits = Limits {
            max_objects: 10,
            ..Limits::default()
        };
        let error = Objects::load(&pdf, &mut Budget::new(limits))
            .err()
            .map(|e| e.kind);
        assert_eq!(error, Some(ErrorKind::TooComplex));
    }

    /// An object as text, with lopdf's bookkeeping (a string's written form, a stream's
    /// `/Length` and position) left out.
    fn canonical(object: &Object) -> String {
        match object {
            Object::String(s, _) => format!("({s:?})"),
            Object::Array(items) => {
                format!("[{}]", items.iter().map(canonical).collect::<Vec<_>>().join(" "))
            }
            Object::Dictionary(d) => canonical_dict(d),
            Object::Stream(s) => format!("{} stream {:?}", canonical_dict(&s.dict), s.content),
            Object::Real(r) => format!("{r:.4}"),
            other => format!("{other:?}"),
        }
    }

    fn canonical_dict(dict: &Dictionary) -> String {
        let mut entries: Vec<String> = dict
            .iter()
            .filter(|(k, _)| k.as_slice() != b"Length")
            .map(|(k, v)| format!("/{} {}", String::from_utf8_lossy(k), canonical(v)))
            .collect();
        entries.sort();
        format!("<<{}>>", entries.join(" "))
    }

    /// Every fixture PDF that lopdf reads: each object it loads is the same object on demand.
    #[test]
    fn every_fixture_reads_as_lopdf_reads_it() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut files: Vec<_> = ["corpus", "regressions"]
            .iter()
            .filter_map(|sub| std::fs::read_dir(dir.join(sub)).ok())
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
            .collect();
        files.sort();
        let (mut compared, mut on_demand) = (0, 0);
        for path in &files {
            let bytes = std::fs::read(path).expect("readable fixture");
            let Ok(whole) = lopdf::Document::load_mem(&bytes) else {
                continue;
            };
            let Ok(objects) = Objects::load(&bytes, &mut Budget::new(Limits::default())) else {
                continue;
            };
            compared += 1;
            if !objects.on_demand() {
                continue;
            }
            on_demand += 1;
            for (id, expected) in &whole.objects {
                let ours = objects.get(*id).map(canonical);
                assert_eq!(
                    ours,
                    Some(canonical(expected)),
                    "{} object {id:?}",
                    path.display()
                );
            }
        }
        let corpus = files
            .iter()
            .filter(|p| p.to_string_lossy().contains("/corpus/"))
            .count();
        assert!(compared >= corpus, "compared {compared} of {} files", files.len());
        assert!(on_demand >= corpus, "{on_demand} of {compared} read on demand");
    }
}
