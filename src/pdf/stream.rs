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

/// Inflates zlib (or, failing the header, raw deflate) data into at most `limit` bytes. A
/// truncated or corrupt stream yields what was decoded before the damage.
pub fn inflate(input: &[u8], limit: usize) -> Result<Vec<u8>, DecodeError> {
    let zlib = input.len() >= 2
        && (u16::from(input[0]) << 8 | u16::from(input[1])) % 31 == 0
        && input[0] & 0x0F == 8;
    let flags = if zlib { inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER } else { 0 }
        | inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF
        // Producers write wrong checksums often enough; the data is still good.
        | inflate_flags::TINFL_FLAG_IGNORE_ADLER32;
    let mut out = vec![0u8; input.len().saturating_mul(4).clamp(1024, limit.max(1))];
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
                if out.len() >= limit {
                    return Err(DecodeError::TooLarge);
                }
                let grown = out.len().saturating_mul(2).min(limit);
                out.resize(grown, 0);
            }
            // Damaged or cut short: keep what came out, if anything did.
            _ if produced > 0 => break,
            _ => return Err(DecodeError::Broken),
        }
    }
    out.truncate(produced);
    Ok(out)
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
    fn bombs_stop_at_the_limit() {
        let bomb = zlib(&vec![0u8; 10 << 20]);
        assert_eq!(inflate(&bomb, 1 << 20), Err(DecodeError::TooLarge));
        assert_eq!(inflate(b"not deflate at all", 1 << 20), Err(DecodeError::Broken));
    }
}
