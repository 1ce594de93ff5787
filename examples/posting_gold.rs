//! Runs the posting extractor on the gold text of a corpus and writes scorer inputs.
//!
//! `cargo run --release --example posting_gold -- CORPUS_DIR OUT_DIR [--evidence] [--pdf]`
//! For every `NAME.json` in CORPUS_DIR with a `text`, builds the document from the text,
//! extracts the posting with reference date 2026-11-25 and writes `OUT_DIR/NAME.json` as
//! `{"text": …, "job": …}` (with `--evidence`, also `language` and `evidence`). Prints the
//! mean extraction time per document. With `--pdf`, runs the whole pipeline on `NAME.pdf`
//! instead (real layout and typography).

use jobpdf_core::date::Date;
use jobpdf_core::layout::Document;
use jobpdf_core::posting::{self, Options};
use std::path::Path;
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(corpus), Some(out)) = (args.first(), args.get(1)) else {
        anyhow::bail!("usage: posting_gold CORPUS_DIR OUT_DIR [--evidence]");
    };
    let with_evidence = args.iter().any(|a| a == "--evidence");
    if args.iter().any(|a| a == "--pdf") {
        return from_pdfs(corpus, out, with_evidence);
    }
    std::fs::create_dir_all(out)?;
    let options = Options {
        reference_date: Date::new(2026, 11, 25),
        metadata_title: None,
    };
    let mut names: Vec<_> = std::fs::read_dir(corpus)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    let (mut total, mut n) = (0.0f64, 0usize);
    let mut times: Vec<(f64, String)> = Vec::new();
    for path in names {
        let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
        let Some(text) = gold.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        let doc = Document::from_plain_text(text);
        let reps: u32 = std::env::var("POSTING_REPS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(200)
            .max(1);
        let start = Instant::now();
        let mut posting = posting::extract(&doc, &options);
        for _ in 1..reps {
            posting = posting::extract(std::hint::black_box(&doc), &options);
        }
        let t = start.elapsed().as_secs_f64() / f64::from(reps);
        total += t;
        n += 1;
        times.push((
            t,
            path.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ));
        let mut v = serde_json::json!({ "text": text, "job": posting.job });
        if with_evidence {
            v["language"] = serde_json::json!(posting.language);
            v["evidence"] = serde_json::to_value(&posting.evidence)?;
        }
        let name = path.file_name().map(|f| f.to_owned()).unwrap_or_default();
        std::fs::write(Path::new(out).join(name), serde_json::to_string_pretty(&v)?)?;
    }
    if n > 0 {
        times.sort_by(|a, b| a.0.total_cmp(&b.0));
        let median = times[times.len() / 2].0;
        let (max, worst) = times.last().map(|(t, w)| (*t, w.as_str())).unwrap_or((0.0, ""));
        eprintln!(
            "{n} documents, extraction mean {:.1} µs, median {:.1} µs, max {:.1} µs ({worst})",
            total / n as f64 * 1e6,
            median * 1e6,
            max * 1e6
        );
    }
    Ok(())
}

/// Runs the whole pipeline on each `NAME.pdf` of the corpus.
fn from_pdfs(corpus: &str, out: &str, with_evidence: bool) -> anyhow::Result<()> {
    use jobpdf_core::extract::{Options as ExtractOptions, extract};
    let options = ExtractOptions {
        filename: None,
        reference_date: Date::new(2026, 11, 25),
        now_unix: 1_795_600_000,
        limits: jobpdf_core::limits::Limits::default(),
    };
    let mut names: Vec<_> = std::fs::read_dir(corpus)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .collect();
    names.sort();
    for path in names {
        let bytes = std::fs::read(&path)?;
        let v = match extract(&bytes, &options) {
            Ok(x) => {
                let mut v = serde_json::json!({ "text": x.text, "job": x.job });
                if with_evidence {
                    v["language"] = serde_json::json!(x.language);
                    v["evidence"] = serde_json::to_value(&x.evidence)?;
                }
                v
            }
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                serde_json::json!({ "text": "" })
            }
        };
        let name = path.with_extension("json");
        let name = name.file_name().map(|f| f.to_owned()).unwrap_or_default();
        std::fs::write(Path::new(out).join(name), serde_json::to_string_pretty(&v)?)?;
    }
    Ok(())
}
