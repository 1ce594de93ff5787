//! Native extraction benchmarks over the corpus fixtures: each stage of our pipeline (load,
//! decode, layout, posting) and the whole, per document and for the whole set, beside lopdf's
//! `extract_text` and the `pdf-extract` crate on the same files in the same run.
//!
//! `cargo bench --bench extraction`; `python3 tools/bench_table.py` turns the medians into the
//! README's table.

#[path = "../tests/support/corpus.rs"]
mod corpus;

use corpus::options;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use jobpdf_core::extract::extract;
use jobpdf_core::layout::{self, Cleanup};
use jobpdf_core::limits::{Budget, Limits};
use jobpdf_core::pdf::{Document, PageGlyphs};
use jobpdf_core::posting;
use std::hint::black_box;
use std::time::Duration;

fn corpus() -> Vec<(String, Vec<u8>)> {
    corpus::pdfs()
        .into_iter()
        .map(|p| (corpus::name(&p), std::fs::read(&p).expect("readable fixture")))
        // The image-only ad has no text for anyone to extract.
        .filter(|(name, _)| !name.contains("scanned"))
        .collect()
}

fn load(bytes: &[u8]) -> Document<'_> {
    Document::load(bytes, &mut Budget::new(Limits::default())).expect("the fixture loads")
}

fn glyphs(doc: &Document) -> Vec<PageGlyphs> {
    let mut budget = Budget::new(Limits::default());
    (0..doc.page_count())
        .map(|i| doc.page_glyphs(i, &mut budget).expect("the page decodes"))
        .collect()
}

fn lay_out(pages: &[PageGlyphs]) -> layout::Document {
    let mut budget = Budget::new(Limits::default());
    let mut doc = layout::Document {
        pages: pages
            .iter()
            .map(|p| layout::lay_out_page(p, Cleanup::default(), &mut budget).expect("the page lays out"))
            .collect(),
    };
    layout::finish_document(&mut doc);
    doc
}

/// pdf-extract panics on some inputs; such a document is left out of its figures.
fn pdf_extract_works(bytes: &[u8]) -> bool {
    std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(bytes).is_ok()).unwrap_or(false)
}

fn lopdf_text(bytes: &[u8]) -> usize {
    let Ok(doc) = lopdf::Document::load_mem(bytes) else {
        return 0;
    };
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).map_or(0, |t| t.len())
}

fn per_document(c: &mut Criterion) {
    let docs = corpus();
    let posting_options = posting::Options {
        reference_date: options().reference_date,
        metadata_title: None,
    };
    for (name, bytes) in &docs {
        let mut group = c.benchmark_group(name.as_str());
        group.bench_function("total", |b| {
            b.iter(|| extract(black_box(bytes), &options()).map(|x| x.text.len()))
        });
        group.bench_function("load", |b| b.iter(|| load(black_box(bytes)).page_count()));
        // Decoding includes building the fonts, so each run starts from a freshly loaded file.
        group.bench_function("decode", |b| {
            b.iter_batched(|| load(bytes), |doc| glyphs(&doc).len(), BatchSize::SmallInput)
        });
        let pages = glyphs(&load(bytes));
        group.bench_function("layout", |b| {
            b.iter(|| layout::render_text(&lay_out(black_box(&pages))).len())
        });
        let laid = lay_out(&pages);
        group.bench_function("posting", |b| {
            b.iter(|| {
                posting::extract(black_box(&laid), &posting_options)
                    .job
                    .skills
                    .len()
            })
        });
        group.bench_function("lopdf_extract_text", |b| b.iter(|| lopdf_text(black_box(bytes))));
        if pdf_extract_works(bytes) {
            group.bench_function("pdf_extract", |b| {
                b.iter(|| pdf_extract::extract_text_from_mem(black_box(bytes)).map(|t| t.len()))
            });
        }
        group.finish();
    }
}

fn whole_set(c: &mut Criterion) {
    let docs = corpus();
    let peer_docs: Vec<&(String, Vec<u8>)> = docs.iter().filter(|(_, b)| pdf_extract_works(b)).collect();
    let mut group = c.benchmark_group("set");
    group.sample_size(10);
    group.bench_function("ours", |b| {
        b.iter(|| {
            docs.iter()
                .map(|(_, bytes)| extract(bytes, &options()).map_or(0, |x| x.text.len()))
                .sum::<usize>()
        })
    });
    group.bench_function("ours_on_pdf_extract_set", |b| {
        b.iter(|| {
            peer_docs
                .iter()
                .map(|(_, bytes)| extract(bytes, &options()).map_or(0, |x| x.text.len()))
                .sum::<usize>()
        })
    });
    group.bench_function("lopdf_extract_text", |b| {
        b.iter(|| docs.iter().map(|(_, bytes)| lopdf_text(bytes)).sum::<usize>())
    });
    group.bench_function("pdf_extract", |b| {
        b.iter(|| {
            peer_docs
                .iter()
                .map(|(_, bytes)| pdf_extract::extract_text_from_mem(bytes).map_or(0, |t| t.len()))
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    // Short runs: the machines are shared, so ratios measured in one run are what count.
    config = Criterion::default().sample_size(30).warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(1));
    targets = per_document, whole_set
}
criterion_main!(benches);
