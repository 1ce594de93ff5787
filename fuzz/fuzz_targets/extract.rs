//! Fuzzes the whole extraction (load, decode, layout, posting) with the service's limits and a
//! time budget under the harness's per-input timeout.

#![no_main]

use jobpdf_core::date::Date;
use jobpdf_core::extract::{Options, extract};
use jobpdf_core::limits::Limits;
use libfuzzer_sys::fuzz_target;
use std::time::Duration;

fuzz_target!(|data: &[u8]| {
    let options = Options {
        filename: None,
        reference_date: Date::new(2026, 11, 25),
        now_unix: 1_795_600_203,
        limits: Limits {
            time_budget: Duration::from_millis(500),
            ..Limits::default()
        },
    };
    let _ = extract(data, &options);
});
