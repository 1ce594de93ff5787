//! Stream data: FlateDecode (by far the most common filter) is inflated here in one pass into
//! a buffer sized from the input, keeping what a damaged stream yields before the damage, as
//! viewers do; other filter chains go through lopdf. Every result is bounded by a byte limit.

use crate::error::{ErrorKind, ExtractError};
use crate::limits::Budget;
use miniz_oxide::inflate::TINFLStatus;
use miniz_oxide::inflate::core::{DecompressorOxide, decompress, inflate_flags};
use std::borrow::Cow;

/// Why a stream could not be decoded.
#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The decoded data would exceed the limit.
    TooLarge,
    /// The data is not decodable at all.
    Broken,
}

/// The decoded content of `stream`, at most `limit` bytes.
pub fn decode(stream: &lopdf::Stream, limit: usize) -> Result<Cow<'_, [u8]>, DecodeError> {
    let filters = stream.filters().unwrap_or_default();
    let has_predictor = match stream.dict.get(b"DecodeParms") {
        Ok(lopdf::Object::Dictionary(p)) => {
            p.get(b"Predictor")
                .ok()
                .and_then(|v| v.as_i64().ok())
                .unwrap_or(1)
                > 1
        }
        Ok(lopdf::Object::Array(_)) => true,
        _ => false,
    };
    match filters.as_slice() {
        [] => {
            if stream.content.len() > limit {
                return Err(DecodeError::TooLarge);
            }
            Ok(Cow::Borrowed(&stream.content))
        }
        [b"FlateDecode" | b"Fl"] if !has_predictor => inflate(&stream.content, limit).map(Cow::Owned),
        _ => match stream.decompressed_content_with_limit(limit) {
            Ok(data) => Ok(Cow::Owned(data)),
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => {
                Err(DecodeError::TooLarge)
            }
            Err(_) => Err(DecodeError::Broken),
        },
    }
}

/// Decodes `stream` within what the budget has left and charges what it yields. `Ok(None)` for
/// a stream that cannot be decoded at all; `what` names the stream ("a content stream") in the
/// error for one that decodes past the limit.
pub fn decode_charged<'s>(
    stream: &'s lopdf::Stream,
    budget: &mut Budget,
    what: &str,
) -> Result<Option<Cow<'s, [u8]>>, ExtractError> {
    let data = match decode(stream, budget.decoded_bytes_left()) {
        Ok(data) => data,
        Err(DecodeError::TooLarge) => {
            return Err(ExtractError::new(
                ErrorKind::TooLarge,
                format!("{what} decodes to more than the decoded-size limit"),
            ));
        }
        Err(DecodeError::Broken) => return Ok(None),
    };
    budget.charge_decoded(data.len())?;
    Ok(Some(data))
}

/// Output a stream may inflate to in one buffer that grows as it fills. Nearly every stream
/// of a real PDF (content, fonts, object streams) stays under it.
const GROWING_OUTPUT: usize = 1 << 20;

/// Inflates zlib (or, failing the header, raw deflate) data into at most `limit` bytes. A
/// truncated or corrupt stream yields what was decoded before the damage.
///
/// Memory is what the result needs, not what doubling a buffer would reserve: the output grows
/// in one buffer up to [`GROWING_OUTPUT`]; a stream that goes on is measured first, without
/// keeping its output (a Flate bomb stops there, at the limit, having reserved nothing), and
/// then inflated again into a buffer of exactly its size. Inside Wasm a grown buffer is a
/// copy, and linear memory never shrinks, so doubling to the 32 MiB limit would ask for about
/// twice that.
pub fn inflate(input: &[u8], limit: usize) -> Result<Vec<u8>, DecodeError> {
    let zlib = input.len() >= 2
        && (u16::from(input[0]) << 8 | u16::from(input[1])) % 31 == 0
        && input[0] & 0x0F == 8;
    let header = if zlib { inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER } else { 0 }
        // Producers write wrong checksums often enough; the data is still good.
        | inflate_flags::TINFL_FLAG_IGNORE_ADLER32;
    let first = input.len().saturating_mul(4).clamp(1024, GROWING_OUTPUT);
    match inflate_into(input, header, first.min(limit.max(1)), GROWING_OUTPUT.min(limit))? {
        Inflated::Whole(out) => Ok(out),
        Inflated::GoesOn(_) if limit <= GROWING_OUTPUT => Err(DecodeError::TooLarge),
        Inflated::GoesOn(first_try) => {
            drop(first_try); // before the exact buffer is reserved
            let size = inflated_size(input, header, limit)?;
            match inflate_into(input, header, size.max(1), size.max(1))? {
                // Full at the size measured: a damaged stream may stop only past it.
                Inflated::Whole(out) | Inflated::GoesOn(out) => Ok(out),
            }
        }
    }
}

/// What came of inflating into a bounded buffer.
enum Inflated {
    Whole(Vec<u8>),
    /// The output would pass the buffer's bound; what fit.
    GoesOn(Vec<u8>),
}

/// Inflates into a buffer of `initial` bytes that doubles up to `most`.
fn inflate_into(input: &[u8], header: u32, initial: usize, most: usize) -> Result<Inflated, DecodeError> {
    let flags = header | inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let mut out = vec![0u8; initial];
    let mut decompressor = Box::<DecompressorOxide>::default();
    let (mut consumed, mut produced) = (0usize, 0usize);
    loop {
        let (status, read, written) = decompress(
            &mut decompressor,
            input.get(consumed..).unwrap_or_default(),
            &mut out,
            produced,
            flags,
        );
        consumed += read;
        produced += written;
        match status {
            TINFLStatus::Done => break,
            TINFLStatus::HasMoreOutput => {
                if out.len() >= most {
                    return Ok(Inflated::GoesOn(out));
                }
                let grown = out.len().saturating_mul(2).min(most);
                out.resize(grown, 0);
            }
            // Damaged or cut short: keep what came out, if anything did.
            _ if produced > 0 => break,
            _ => return Err(DecodeError::Broken),
        }
    }
    out.truncate(produced);
    Ok(Inflated::Whole(out))
}

/// The size `input` inflates to, counted through deflate's 32 KiB window without keeping the
/// output; `TooLarge` as soon as it passes `limit`.
fn inflated_size(input: &[u8], header: u32, limit: usize) -> Result<usize, DecodeError> {
    const WINDOW: usize = 32 * 1024;
    let mut window = vec![0u8; WINDOW];
    let mut decompressor = Box::<DecompressorOxide>::default();
    let (mut consumed, mut at, mut total) = (0usize, 0usize, 0usize);
    loop {
        let (status, read, written) = decompress(
            &mut decompressor,
            input.get(consumed..).unwrap_or_default(),
            &mut window,
            at,
            header,
        );
        consumed += read;
        total += written;
        at = (at + written) % WINDOW;
        if total > limit {
            return Err(DecodeError::TooLarge);
        }
        match status {
            TINFLStatus::Done => return Ok(total),
            TINFLStatus::HasMoreOutput => {}
            _ if total > 0 => return Ok(total),
            _ => return Err(DecodeError::Broken),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zlib(data: &[u8]) -> Vec<u8> {
        miniz_oxide::deflate::compress_to_vec_zlib(data, 6)
    }

    #[test]
    fn inflates_zlib_and_raw_deflate() {
        let text = b"BT /F1 12 Tf (Hello) Tj ET ".repeat(100);
        assert_eq!(inflate(&zlib(&text), 1 << 20).as_deref(), Ok(&text[..]));
        let raw = miniz_oxide::deflate::compress_to_vec(&text, 6);
        assert_eq!(inflate(&raw, 1 << 20).as_deref(), Ok(&text[..]));
    }

    #[test]
    fn a_truncated_stream_yields_its_beginning() {
        let text: Vec<u8> = (0..20_000u32).flat_map(|i| i.to_le_bytes()).collect();
        let packed = zlib(&text);
        let partial = inflate(&packed[..packed.len() / 2], 1 << 20).expect("partial data");
        assert!(!partial.is_empty() && text.starts_with(&partial));
    }

    #[test]
    fn large_streams_are_measured_then_inflated_once_into_their_size() {
        let text: Vec<u8> = (0..400_000u32)
            .flat_map(|i| format!("{} ", i * 7919 % 100_003).into_bytes())
            .collect();
        let out = inflate(&zlib(&text), 8 << 20).expect("within the limit");
        assert_eq!(out, text);
        assert_eq!(out.capacity(), text.len(), "no room reserved beyond the data");
        assert_eq!(inflate(&zlib(&text), 2 << 20), Err(DecodeError::TooLarge));
        let packed = zlib(&text);
        let partial = inflate(&packed[..packed.len() / 2], 8 << 20).expect("partial data");
        assert!(!partial.is_empty() && text.starts_with(&partial));
        // A limit under the first buffer's floor.
        assert_eq!(inflate(&zlib(&text), 100), Err(DecodeError::TooLarge));
    }

    #[test]
    fn bombs_stop_at_the_limit() {
        let bomb = zlib(&vec![0u8; 10 << 20]);
        assert_eq!(inflate(&bomb, 1 << 20), Err(DecodeError::TooLarge));
        assert_eq!(inflate(b"not deflate at all", 1 << 20), Err(DecodeError::Broken));
    }
}
