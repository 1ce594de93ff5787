//! The text engine against the corpus ground truth in `fixtures/corpus`: word F1 and order
//! similarity per document, overall and per producer, must stay above the bars of the text
//! extraction issue (F1 ≥ 0.998 and order ≥ 0.99 overall, no producer below 0.98 order).

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/score.rs"]
mod score;

use corpus::{CORPUS, name, options};
use jobpdf_core::error::ErrorKind;
use jobpdf_core::extract::extract;
use std::collections::BTreeMap;
use std::path::Path;

#[test]
fn corpus_text_scores_stay_above_the_bars() {
    let mut by_producer: BTreeMap<String, Vec<(f64, f64)>> = BTreeMap::new();
    let mut all = Vec::new();
    let mut report = String::new();
    for pdf in corpus::pdfs() {
        let truth = corpus::truth(&pdf);
        let gold = truth["text"].as_str().unwrap_or_default();
        let producer = truth["producer"].as_str().unwrap_or("unknown").to_string();
        let bytes = std::fs::read(&pdf).expect("readable fixture");
        let predicted = match extract(&bytes, &options()) {
            Ok(x) => x.text,
            Err(e) if gold.is_empty() && e.kind == ErrorKind::NoTextLayer => String::new(),
            Err(e) => panic!("{}: {e}", pdf.display()),
        };
        let (f1, order) = score::text_scores(gold, &predicted);
        report.push_str(&format!("{:40} {f1:.4} {order:.4}\n", name(&pdf)));
        by_producer.entry(producer).or_default().push((f1, order));
        all.push((f1, order));
    }
    let mean = |v: &[(f64, f64)]| {
        let n = v.len() as f64;
        (
            v.iter().map(|s| s.0).sum::<f64>() / n,
            v.iter().map(|s| s.1).sum::<f64>() / n,
        )
    };
    let (f1, order) = mean(&all);
    println!("{report}overall word_f1={f1:.4} order_sim={order:.4}");
    assert!(f1 >= 0.998, "overall word F1 {f1:.4} < 0.998\n{report}");
    assert!(
        order >= 0.99,
        "overall order similarity {order:.4} < 0.99\n{report}"
    );
    for (producer, scores) in &by_producer {
        let (_, order) = mean(scores);
        assert!(
            order >= 0.98,
            "producer {producer}: order {order:.4} < 0.98\n{report}"
        );
    }
}

#[test]
fn the_image_only_ad_has_no_text_layer() {
    let bytes = std::fs::read(Path::new(CORPUS).join("s15_sales_assistant_scanned.pdf")).expect("fixture");
    let error = extract(&bytes, &options()).expect_err("an image-only PDF has no text");
    assert_eq!(error.kind, ErrorKind::NoTextLayer);
}
