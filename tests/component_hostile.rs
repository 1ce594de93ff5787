//! The hostile set through the real component, as Spin runs it: a fresh instance per request
//! with a 128 MiB memory cap and an execution deadline. Every file gets its expected problem
//! (the store unchanged), or, for damage viewers repair, a stored result with the right text.

#![cfg(not(target_arch = "wasm32"))]

#[path = "support/host.rs"]
mod host;
#[path = "support/hostile.rs"]
mod hostile;

use host::{Host, TestRequest};
use hostile::{Expect, NAMES, case};
use std::time::{Duration, Instant};

/// Memory per execution on Fermyon Cloud and Akamai Functions.
const MEMORY_CAP: usize = 128 * 1024 * 1024;
/// Well under the hosts' 30 s: a pathological file must stop on the service's own budget.
const DEADLINE: Duration = Duration::from_secs(20);
/// Linear memory any hostile input may grow the instance to: half the cap, so that the limits
/// hold with room to spare however the allocator places what they bound.
const MEMORY_BOUND: usize = 64 * 1024 * 1024;

#[test]
fn every_hostile_input_is_answered_within_the_caps() {
    let host = Host::new().expect("the component builds, compiles and links");
    host.set_memory_limit(MEMORY_CAP);
    host.set_deadline(DEADLINE);
    let mut failures = Vec::new();
    for name in NAMES {
        let case = case(name).expect("a known case");
        let before = host.kv_snapshot();
        let started = Instant::now();
        let outcome = host.send(
            TestRequest::new("POST", "/v1/documents")
                .header("content-type", "application/pdf")
                .body(case.bytes.clone()),
        );
        let elapsed = started.elapsed();
        let response = match outcome {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("{name}: the component failed ({e}) after {elapsed:?}"));
                continue;
            }
        };
        let body = response.json().unwrap_or_default();
        let peak = response.peak_memory_bytes;
        println!(
            "{name:36} {elapsed:>9.1?}  peak {:>6.1} MiB  {} {}",
            peak as f64 / (1024.0 * 1024.0),
            response.status,
            body["type"].as_str().unwrap_or("")
        );
        if peak > MEMORY_BOUND {
            failures.push(format!(
                "{name}: linear memory grew to {peak} bytes, past {MEMORY_BOUND}"
            ));
        }
        match case.expect {
            Expect::Problem(status, slug) => {
                let ok = response.status == status
                    && body["type"] == format!("/v1/problems/{slug}")
                    && response.header("content-type") == Some("application/problem+json");
                if !ok {
                    failures.push(format!(
                        "{name}: expected {status} {slug}, got {} {}",
                        response.status,
                        response.text()
                    ));
                }
                if host.kv_snapshot() != before {
                    failures.push(format!("{name}: the store changed"));
                }
            }
            Expect::Repaired(text) => {
                if response.status != 201 || body["text"].as_str().map(str::trim) != Some(text) {
                    failures.push(format!(
                        "{name}: expected 201 with the repaired text, got {} {}",
                        response.status,
                        response.text()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
