//! The options both fuzz targets extract with: the service's limits, and a time budget under
//! the harness's per-input timeout.

use jobpdf_core::date::Date;
use jobpdf_core::extract::Options;
use jobpdf_core::limits::Limits;
use std::time::Duration;

pub fn options() -> Options {
    Options {
        filename: None,
        reference_date: Date::new(2026, 11, 25),
        now_unix: 1_795_600_203,
        limits: Limits {
            time_budget: Duration::from_millis(500),
            ..Limits::default()
        },
    }
}
