//! Explicit resource limits and the per-extraction budget that enforces them.
//!
//! Every loop that hostile input can stretch (objects, pages, operators, decoded bytes, form
//! nesting, text length, wall time) charges this budget and stops with
//! [`ErrorKind::TooLarge`] or [`ErrorKind::TooComplex`] when it runs out.

use crate::error::{ErrorKind, ExtractError};
use std::time::{Duration, Instant};

/// The limits of one extraction. The defaults fit the smallest common Spin host (Fermyon
/// Cloud / Akamai Functions: 10 MiB request, 128 MiB memory, 30 s per request).
#[derive(Clone, Debug)]
pub struct Limits {
    /// Largest accepted upload, in bytes.
    pub max_upload_bytes: usize,
    /// Total bytes all decoded streams of one document may produce.
    pub max_decoded_bytes: usize,
    /// Largest number of indirect objects in a document.
    pub max_objects: usize,
    /// Largest number of pages.
    pub max_pages: usize,
    /// Largest number of content-stream operators per page (forms included).
    pub max_operators_per_page: usize,
    /// Deepest nesting of Form XObjects.
    pub max_form_depth: usize,
    /// Deepest nesting of arrays and dictionaries in a content stream.
    pub max_nesting: usize,
    /// Most characters of extracted text.
    pub max_text_chars: usize,
    /// Wall-clock budget of one extraction.
    pub time_budget: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_upload_bytes: 10 * 1024 * 1024,
            max_decoded_bytes: 32 * 1024 * 1024,
            max_objects: 200_000,
            max_pages: 2_000,
            max_operators_per_page: 1_000_000,
            max_form_depth: 12,
            max_nesting: 64,
            max_text_chars: 2_000_000,
            time_budget: Duration::from_secs(10),
        }
    }
}

/// The running account of one extraction against its [`Limits`].
#[derive(Debug)]
pub struct Budget {
    limits: Limits,
    started: Instant,
    decoded_bytes: usize,
    ticks: u32,
}

/// How many cheap charges pass between two clock reads.
const TICKS_PER_CLOCK_READ: u32 = 4096;

impl Budget {
    pub fn new(limits: Limits) -> Self {
        Budget {
            limits,
            started: Instant::now(),
            decoded_bytes: 0,
            ticks: 0,
        }
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Bytes of decoded stream data still allowed.
    pub fn decoded_bytes_left(&self) -> usize {
        self.limits.max_decoded_bytes.saturating_sub(self.decoded_bytes)
    }

    /// Records `n` decoded bytes.
    pub fn charge_decoded(&mut self, n: usize) -> Result<(), ExtractError> {
        self.decoded_bytes = self.decoded_bytes.saturating_add(n);
        if self.decoded_bytes > self.limits.max_decoded_bytes {
            return Err(ExtractError::new(
                ErrorKind::TooLarge,
                format!(
                    "decoded streams exceed {} MiB",
                    self.limits.max_decoded_bytes / (1024 * 1024)
                ),
            ));
        }
        Ok(())
    }

    /// A unit of work in a loop; reads the clock every few thousand calls.
    #[inline]
    pub fn tick(&mut self) -> Result<(), ExtractError> {
        self.ticks = self.ticks.wrapping_add(1);
        if self.ticks.is_multiple_of(TICKS_PER_CLOCK_READ) {
            self.check_time()?;
        }
        Ok(())
    }

    /// Fails when the time budget is spent.
    pub fn check_time(&self) -> Result<(), ExtractError> {
        if self.started.elapsed() > self.limits.time_budget {
            return Err(ExtractError::new(
                ErrorKind::TooComplex,
                format!(
                    "extraction exceeded its time budget of {} ms",
                    self.limits.time_budget.as_millis()
                ),
            ));
        }
        Ok(())
    }
}

/// A [`ErrorKind::TooComplex`] error for a structural limit.
pub fn too_complex(what: &str, limit: usize) -> ExtractError {
    ExtractError::new(
        ErrorKind::TooComplex,
        format!("{what} exceed the limit of {limit}"),
    )
}
