//! Fuzzes the whole extraction (load, decode, layout, posting) with the service's limits and a
//! time budget under the harness's per-input timeout.

#![no_main]

#[path = "options.rs"]
mod options;

use jobpdf_core::extract::extract;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = extract(data, &options::options());
});
