//! Replays every input in `fixtures/regressions/` (inputs that once made the extractor fail):
//! each must end in a result or a clean error, quickly.

#[path = "support/corpus.rs"]
mod corpus;

use jobpdf_core::extract::extract;
use std::time::{Duration, Instant};

#[test]
fn every_regression_input_ends_cleanly() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/regressions");
    let mut inputs: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures/regressions exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_none_or(|e| e != "md"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty());
    let options = corpus::options();
    for input in inputs {
        let bytes = std::fs::read(&input).expect("readable");
        let started = Instant::now();
        let outcome = extract(&bytes, &options);
        let elapsed = started.elapsed();
        println!(
            "{}: {:?} in {elapsed:?}",
            input.display(),
            outcome.as_ref().map(|x| x.text.len()).map_err(|e| e.kind)
        );
        assert!(
            elapsed < Duration::from_secs(1),
            "{} took {elapsed:?}",
            input.display()
        );
    }
}
