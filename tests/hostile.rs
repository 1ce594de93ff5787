//! The hostile set through the native pipeline. Each case runs in a child process (this test
//! binary re-run for one case), so a stack overflow or an abort fails that case, not the run.

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/hostile.rs"]
mod hostile;
#[path = "support/pdf.rs"]
mod pdf;

use corpus::options;
use hostile::{Expect, NAMES, case};
use jobpdf_core::extract::extract;
use std::process::Command;
use std::time::{Duration, Instant};

/// The environment variables that make `run_one_case` run a case: its name and its file.
const CASE_VAR: &str = "JOBPDF_HOSTILE_CASE";
const FILE_VAR: &str = "JOBPDF_HOSTILE_FILE";

/// The child side: runs the case named in the environment and prints its outcome.
#[test]
fn run_one_case() {
    let Ok(name) = std::env::var(CASE_VAR) else {
        return; // only meaningful in a child process
    };
    let path = std::env::var(FILE_VAR).expect("the case file");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {path}: {e}"));
    match extract(&bytes, &options()) {
        Ok(x) => println!("OUTCOME ok {:?}", x.text.trim()),
        Err(e) => println!("OUTCOME problem {}", e.kind.slug()),
    }
}

#[test]
fn every_hostile_input_gets_its_expected_outcome() {
    let exe = std::env::current_exe().expect("the test binary");
    let mut failures = Vec::new();
    let dir = std::env::temp_dir().join(format!("jobpdf-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    for name in NAMES {
        let case = case(name).expect("a known case");
        let file = dir.join(format!("{name}.pdf"));
        std::fs::write(&file, &case.bytes).expect("the case file is written");
        let started = Instant::now();
        let output = Command::new(&exe)
            .args(["--exact", "run_one_case", "--nocapture", "--test-threads=1"])
            .env(CASE_VAR, case.name)
            .env(FILE_VAR, &file)
            .output()
            .expect("the child runs");
        let _ = std::fs::remove_file(&file);
        let elapsed = started.elapsed();
        let stdout = String::from_utf8_lossy(&output.stdout);
        let outcome = stdout
            .lines()
            .find_map(|l| l.find("OUTCOME ").map(|i| l[i + "OUTCOME ".len()..].to_string()))
            .unwrap_or_else(|| "crashed".to_string());
        let expected = match &case.expect {
            Expect::Problem(_, slug) => format!("problem {slug}"),
            Expect::Repaired(text) => format!("ok {text:?}"),
        };
        println!("{:32} {:>8.1?}  {outcome}", case.name, elapsed);
        if outcome != expected {
            failures.push(format!(
                "{}: expected {expected}, got {outcome}\n{}",
                case.name,
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        if elapsed > Duration::from_secs(10) {
            failures.push(format!("{}: took {elapsed:?}", case.name));
        }
    }
    let _ = std::fs::remove_dir(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
