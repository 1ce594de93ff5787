//! The cross-reference data: where each object lies, read from `startxref` back through every
//! section (tables, cross-reference streams, hybrid files, incremental updates), newest first.
//! Nothing here repairs a damaged file: [`read`] answers `None` and the caller falls back to a
//! full scan.

use super::parse;
use crate::error::ExtractError;
use crate::limits::{Budget, too_complex};
use crate::pdf::lexer::{Lexer, Operands};
use crate::pdf::stream;
use lopdf::{Dictionary, Object};

/// Where an object's bytes are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// An indirect object at this byte offset of the file.
    Offset(usize),
    /// The `index`th object of the object stream numbered `container`.
    Compressed { container: u32, index: u32 },
}

/// An object in use, and where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub number: u32,
    pub generation: u16,
    pub location: Location,
}

/// The file's cross-reference data.
#[derive(Debug)]
pub struct CrossReference {
    /// Objects in use, sorted by number, one per number.
    pub entries: Vec<Entry>,
    /// The trailer: the newest section's, with keys only older ones have added.
    pub trailer: Dictionary,
}

/// How far from the end `startxref` may be (producers append a little junk after `%%EOF`).
const STARTXREF_WINDOW: usize = 4096;

/// Most sections followed through `/Prev` (each incremental update adds one).
const MAX_SECTIONS: usize = 256;

/// Reads the cross-reference data. `Ok(None)` when it is missing or does not hold together;
/// an error only for a limit it exceeds.
pub fn read(bytes: &[u8], budget: &mut Budget) -> Result<Option<CrossReference>, ExtractError> {
    let Some(mut next) = start(bytes) else {
        return Ok(None);
    };
    let mut sections = Sections {
        bytes,
        max_nesting: budget.limits().max_nesting,
        scratch: Operands::default(),
        decided: Vec::new(),
        trailer: Dictionary::new(),
    };
    let mut visited = Vec::new();
    loop {
        if visited.contains(&next) || visited.len() >= MAX_SECTIONS {
            return Ok(None); // a loop of /Prev offsets
        }
        visited.push(next);
        // Each section refuses entries past the object limit as it reads them.
        let Some(trailer) = sections.section(next, budget)? else {
            return Ok(None);
        };
        // A hybrid file's table is completed by a cross-reference stream.
        if let Some(offset) = offset_value(trailer.get(b"XRefStm").ok())
            && !visited.contains(&offset)
        {
            visited.push(offset);
            if sections.section(offset, budget)?.is_none() {
                return Ok(None);
            }
        }
        let prev = offset_value(trailer.get(b"Prev").ok());
        sections.merge_trailer(trailer);
        match prev {
            Some(offset) => next = offset,
            None => break,
        }
    }
    let Sections {
        mut decided, trailer, ..
    } = sections;
    // Newest first, and the sort is stable: the first of each number is the one that holds.
    decided.sort_by_key(|(number, _)| *number);
    decided.dedup_by_key(|(number, _)| *number);
    let entries = decided
        .into_iter()
        .filter_map(|(number, entry)| {
            let (generation, location) = entry?;
            Some(Entry {
                number,
                generation,
                location,
            })
        })
        .collect();
    Ok(Some(CrossReference { entries, trailer }))
}

/// The offset `startxref` gives.
fn start(bytes: &[u8]) -> Option<usize> {
    let tail_start = bytes.len().saturating_sub(STARTXREF_WINDOW);
    let at = tail_start + memchr::memmem::rfind(&bytes[tail_start..], b"startxref")?;
    let offset = Lexer::for_objects(bytes, at + b"startxref".len(), 0).read_unsigned()?;
    usize::try_from(offset).ok().filter(|&o| o < bytes.len())
}

fn offset_value(object: Option<&Object>) -> Option<usize> {
    usize::try_from(object?.as_i64().ok()?).ok()
}

/// What the sections read so far have established.
struct Sections<'a> {
    bytes: &'a [u8],
    max_nesting: usize,
    scratch: Operands,
    /// Every entry read, newest section first: in use (generation, location) or free.
    decided: Vec<(u32, Option<(u16, Location)>)>,
    trailer: Dictionary,
}

impl Sections<'_> {
    /// Reads the section at `offset`; returns its trailer dictionary.
    fn section(&mut self, offset: usize, budget: &mut Budget) -> Result<Option<Dictionary>, ExtractError> {
        let mut lexer = Lexer::for_objects(self.bytes, offset, self.max_nesting);
        if lexer.read_word() == b"xref" {
            return self.table(lexer, budget);
        }
        self.stream(offset, budget)
    }

    /// A cross-reference table (`xref`, subsections of 20-byte lines, `trailer << … >>`).
    fn table(&mut self, mut lexer: Lexer<'_>, budget: &Budget) -> Result<Option<Dictionary>, ExtractError> {
        let max_objects = budget.limits().max_objects;
        let rows = |lexer: &mut Lexer<'_>, this: &mut Self| -> Result<Option<()>, ExtractError> {
            while let Some(first) = lexer.read_unsigned() {
                let Some(count) = lexer.read_unsigned() else {
                    return Ok(None);
                };
                if this.decided.len() as u64 + count > max_objects as u64 {
                    return Err(too_complex("indirect objects", max_objects));
                }
                for number in first..first.saturating_add(count) {
                    let (Some(offset), Some(generation)) = (lexer.read_unsigned(), lexer.read_unsigned())
                    else {
                        return Ok(None);
                    };
                    let in_use = match lexer.read_word() {
                        b"n" => true,
                        b"f" => false,
                        _ => return Ok(None),
                    };
                    let Ok(offset) = usize::try_from(offset) else {
                        return Ok(None);
                    };
                    // Offset 0 marked in use is a writer's way of saying "free".
                    let location = (in_use && offset > 0).then_some(Location::Offset(offset));
                    if this.decide(number, generation, location).is_none() {
                        return Ok(None);
                    }
                }
            }
            Ok(Some(()))
        };
        if rows(&mut lexer, self)?.is_none()
            || lexer.read_word() != b"trailer"
            || !lexer.read_object(&mut self.scratch).unwrap_or(false)
        {
            return Ok(None);
        }
        Ok(match parse::convert_first(&self.scratch) {
            Some(Object::Dictionary(trailer)) => Some(trailer),
            _ => None,
        })
    }

    /// A cross-reference stream (`n 0 obj << /Type /XRef /W […] >> stream … endstream`).
    fn stream(&mut self, offset: usize, budget: &mut Budget) -> Result<Option<Dictionary>, ExtractError> {
        let no_lengths = |_| None;
        let parsed = parse::indirect_object(
            self.bytes,
            offset,
            self.max_nesting,
            &mut self.scratch,
            &no_lengths,
        );
        let Some((_, Object::Stream(xref))) = parsed else {
            return Ok(None);
        };
        if xref.dict.get(b"Type").and_then(Object::as_name).ok() != Some(b"XRef") {
            return Ok(None);
        }
        let Some(data) = stream::decode_charged(&xref, budget, "a cross-reference stream")? else {
            return Ok(None);
        };
        let Some(widths) = field_widths(&xref.dict) else {
            return Ok(None);
        };
        let row = widths.iter().sum::<usize>();
        let ranges = match xref.dict.get(b"Index") {
            Ok(Object::Array(items)) => items
                .chunks(2)
                .map(|pair| match pair {
                    [a, b] => Some((a.as_i64().ok()?, b.as_i64().ok()?)),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>(),
            _ => xref
                .dict
                .get(b"Size")
                .and_then(Object::as_i64)
                .ok()
                .map(|size| vec![(0, size)]),
        };
        let Some(ranges) = ranges else {
            return Ok(None);
        };
        let max_objects = budget.limits().max_objects;
        let mut rows = data.chunks_exact(row.max(1));
        for (first, count) in ranges {
            let (Ok(first), Ok(count)) = (u64::try_from(first), u64::try_from(count)) else {
                return Ok(None);
            };
            for number in first..first.saturating_add(count) {
                let Some(fields) = rows.next() else {
                    return Ok(None);
                };
                let [kind, second, third] = split_row(fields, widths);
                // A missing type field means type 1.
                let kind = if widths[0] == 0 { 1 } else { kind };
                let location = match kind {
                    1 => usize::try_from(second)
                        .ok()
                        .filter(|&o| o > 0)
                        .map(Location::Offset),
                    2 => u32::try_from(second)
                        .ok()
                        .zip(u32::try_from(third).ok())
                        .map(|(container, index)| Location::Compressed { container, index }),
                    _ => None, // free, or a type this reader does not know: not in use
                };
                let generation = if kind == 1 { third } else { 0 };
                if self.decide(number, generation, location).is_none() {
                    return Ok(None);
                }
                if self.decided.len() > max_objects {
                    return Err(too_complex("indirect objects", max_objects));
                }
            }
        }
        Ok(Some(xref.dict))
    }

    /// Records object `number` as in use at `location` (or free, for `None`). `None` for
    /// numbers no file can hold.
    fn decide(&mut self, number: u64, generation: u64, location: Option<Location>) -> Option<()> {
        let number = u32::try_from(number).ok()?;
        let in_use = match location {
            Some(location) => Some((u16::try_from(generation).ok()?, location)),
            None => None,
        };
        self.decided.push((number, in_use));
        Some(())
    }

    /// Adds the keys of an older trailer that newer ones lack (`/Prev` and `/XRefStm` belong to
    /// their own section).
    fn merge_trailer(&mut self, older: Dictionary) {
        for (key, value) in older {
            if !matches!(key.as_slice(), b"Prev" | b"XRefStm") && !self.trailer.has(&key) {
                self.trailer.set(key, value);
            }
        }
    }
}

/// `/W`: the byte widths of a row's three fields (each at most 8 bytes).
fn field_widths(dict: &Dictionary) -> Option<[usize; 3]> {
    let Ok(Object::Array(items)) = dict.get(b"W") else {
        return None;
    };
    let mut widths = [0usize; 3];
    for (slot, item) in widths.iter_mut().zip(items) {
        *slot = usize::try_from(item.as_i64().ok()?).ok().filter(|&w| w <= 8)?;
    }
    (items.len() == 3 && widths[1] > 0).then_some(widths)
}

/// A row's fields as big-endian numbers.
fn split_row(row: &[u8], widths: [usize; 3]) -> [u64; 3] {
    let mut fields = [0u64; 3];
    let mut at = 0;
    for (field, width) in fields.iter_mut().zip(widths) {
        for &byte in &row[at..at + width] {
            *field = *field << 8 | u64::from(byte);
        }
        at += width;
    }
    fields
}
