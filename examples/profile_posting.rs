//! Developer tool: runs the posting readers over PDFs many times, for a profiler, and prints
//! their time beside the text stages' (load, decode, layout) on the same files in the same run.
//! `cargo run --release --example profile_posting -- N FILE.pdf...`

use jobpdf_core::date::Date;
use jobpdf_core::layout;
use jobpdf_core::limits::{Budget, Limits};
use jobpdf_core::pdf::Document;
use jobpdf_core::posting;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: profile_posting N FILE.pdf..."))?
        .parse()?;
    let mut docs = Vec::new();
    let files: Vec<Vec<u8>> = args.map(std::fs::read).collect::<Result<_, _>>()?;
    let text_rounds = rounds.div_ceil(10);
    let start = std::time::Instant::now();
    for round in 0..text_rounds {
        for bytes in &files {
            let laid_out = text_stages(bytes)?;
            if round == 0 {
                docs.push(laid_out);
            }
        }
    }
    let text_per = start.elapsed().as_secs_f64() * 1000.0 / (text_rounds * files.len()).max(1) as f64;
    let start = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        for (doc, title) in &docs {
            let options = posting::Options {
                reference_date: Date::new(2026, 11, 25),
                metadata_title: title.clone(),
            };
            n += posting::extract(doc, &options).job.skills.len();
        }
    }
    let per = start.elapsed().as_secs_f64() * 1000.0 / (rounds * docs.len()).max(1) as f64;
    println!(
        "posting {per:.3} ms per document ({n}); text stages {text_per:.3} ms; posting / text {:.0}%",
        100.0 * per / text_per
    );
    Ok(())
}

fn text_stages(bytes: &[u8]) -> anyhow::Result<(layout::Document, Option<String>)> {
    let mut budget = Budget::new(Limits::default());
    let doc = Document::load(bytes, &mut budget)?;
    let cleanup = layout::Cleanup {
        typesetter_hyphens: doc.is_typeset_with_hyphenation(),
    };
    let mut pages = Vec::new();
    for index in 0..doc.page_count() {
        let page = doc.page_glyphs(index, &mut budget)?;
        pages.push(layout::lay_out_page(&page, cleanup, &mut budget)?);
    }
    let mut laid_out = layout::Document { pages };
    layout::finish_document(&mut laid_out);
    Ok((laid_out, doc.title()))
}
