//! The command-line interface: argument parsing, walking inputs, progress and output files.

use indicatif::{ProgressBar, ProgressStyle};
use jobpdf_core::date::Date;
use jobpdf_core::extract::{self, Options};
use jobpdf_core::limits::Limits;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

const USAGE: &str = "\
jobpdf: turn job-ad PDFs into structured job-posting JSON

Usage:
  jobpdf extract [--out DIR] [--reference-date YYYY-MM-DD] PATH...

PATH is a PDF file or a directory (its *.pdf files, not recursive).
Without --out, one result JSON per line is written to stdout; with --out,
DIR/NAME.json per input. Failures are reported on stderr and the run goes on;
the exit code is 1 if any input failed.
";

struct Args {
    out: Option<PathBuf>,
    reference_date: Option<Date>,
    paths: Vec<PathBuf>,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    match args.next().as_deref() {
        Some("extract") => {}
        Some("-h" | "--help" | "help") | None => return Err(String::new()),
        Some(other) => return Err(format!("unknown command {other:?}")),
    }
    let mut parsed = Args {
        out: None,
        reference_date: None,
        paths: Vec::new(),
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" | "-o" => parsed.out = Some(args.next().ok_or("--out needs a directory")?.into()),
            "--reference-date" => {
                let d = args.next().ok_or("--reference-date needs a date")?;
                parsed.reference_date =
                    Some(Date::parse_iso(&d).ok_or("--reference-date must be YYYY-MM-DD")?);
            }
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown option {s}")),
            _ => parsed.paths.push(arg.into()),
        }
    }
    if parsed.paths.is_empty() {
        return Err("no input PDF given".into());
    }
    Ok(parsed)
}

/// The PDFs named by the arguments, directories expanded (sorted by name).
fn inputs(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(path)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")))
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    out
}

pub fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(message) => {
            if message.is_empty() {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("jobpdf: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let now_unix = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let limits = Limits::default();
    let files = inputs(&args.paths);
    if let Some(dir) = &args.out
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        eprintln!("jobpdf: cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    let progress = if files.len() > 1 {
        let bar = ProgressBar::new(files.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let started = Instant::now();
    let mut failed = 0usize;
    let mut pdf_time = std::time::Duration::ZERO;
    let stdout = std::io::stdout();
    for file in &files {
        progress.set_message(
            file.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        );
        let result = std::fs::read(file)
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(|bytes| {
                if bytes.len() > limits.max_upload_bytes {
                    return Err(format!("larger than the {} byte limit", limits.max_upload_bytes));
                }
                let options = Options {
                    filename: file.file_name().map(|n| n.to_string_lossy().into_owned()),
                    reference_date: args.reference_date,
                    now_unix,
                    limits: limits.clone(),
                };
                let t = Instant::now();
                let result = extract::extract(&bytes, &options).map_err(|e| e.to_string());
                pdf_time += t.elapsed();
                result
            })
            .and_then(|extraction| serde_json::to_string(&extraction).map_err(|e| e.to_string()));
        match result {
            Ok(json) => match &args.out {
                Some(dir) => {
                    let name = output_name(file);
                    if let Err(e) = std::fs::write(dir.join(&name), json.as_bytes()) {
                        progress
                            .suspend(|| eprintln!("jobpdf: {}: cannot write {name}: {e}", file.display()));
                        failed += 1;
                    }
                }
                None => {
                    let mut lock = stdout.lock();
                    if writeln!(lock, "{json}").is_err() {
                        return ExitCode::FAILURE; // stdout closed
                    }
                }
            },
            Err(e) => {
                progress.suspend(|| eprintln!("jobpdf: {}: {e}", file.display()));
                failed += 1;
            }
        }
        progress.inc(1);
    }
    progress.finish_and_clear();
    let elapsed = started.elapsed().as_secs_f64();
    if files.len() > 1 {
        let extract_secs = pdf_time.as_secs_f64();
        eprintln!(
            "jobpdf: {} document(s), {} failed, {:.3} s ({:.0} documents/s; extraction alone {:.0} documents/s)",
            files.len(),
            failed,
            elapsed,
            files.len() as f64 / elapsed.max(1e-9),
            files.len() as f64 / extract_secs.max(1e-9),
        );
    }
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `NAME.json` for `.../NAME.pdf`.
fn output_name(file: &Path) -> String {
    let stem = file
        .file_stem()
        .map_or_else(|| "document".into(), |s| s.to_string_lossy().into_owned());
    format!("{stem}.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Args, String> {
        parse_args(list.iter().map(|s| s.to_string()))
    }

    #[test]
    fn parses_extract_arguments() {
        let a = args(&["extract", "--out", "o", "a.pdf", "dir"]).expect("valid");
        assert_eq!(a.out, Some(PathBuf::from("o")));
        assert_eq!(a.paths, vec![PathBuf::from("a.pdf"), PathBuf::from("dir")]);
        assert!(args(&["extract"]).is_err());
        assert!(args(&["extract", "--bogus", "a.pdf"]).is_err());
        assert!(args(&["convert", "a.pdf"]).is_err());
        assert_eq!(args(&["--help"]).err().as_deref(), Some(""));
        assert!(args(&["extract", "--reference-date", "2026-02-30", "a.pdf"]).is_err());
    }

    #[test]
    fn output_names() {
        assert_eq!(output_name(Path::new("/x/s01_ad.pdf")), "s01_ad.json");
    }
}
