//! Developer tool: what the posting readers saw and weighed for one PDF.
//! `cargo run --profile quick --example explain -- FILE.pdf`

use jobpdf_core::date::Date;
use jobpdf_core::layout;
use jobpdf_core::limits::{Budget, Limits};
use jobpdf_core::pdf::Document;
use jobpdf_core::posting;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: explain FILE.pdf"))?;
    let bytes = std::fs::read(&path)?;
    let mut budget = Budget::new(Limits::default());
    let doc = Document::load(&bytes, &mut budget)?;
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
    let options = posting::Options {
        reference_date: Date::new(2026, 11, 25),
        metadata_title: doc.title(),
    };
    print!("{}", posting::explain(&laid_out, &options));
    Ok(())
}
