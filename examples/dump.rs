//! Developer tool: prints what each stage sees of a PDF.
//! `cargo run --example dump -- glyphs|text FILE.pdf [PAGE]`

use jobpdf_core::layout;
use jobpdf_core::limits::{Budget, Limits};
use jobpdf_core::pdf::Document;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(mode), Some(path)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: dump glyphs|blocks FILE.pdf [PAGE]");
        std::process::exit(2);
    };
    let only_page: Option<usize> = args.get(3).and_then(|p| p.parse().ok());
    let bytes = std::fs::read(path)?;
    let mut budget = Budget::new(Limits::default());
    let doc = Document::load(&bytes, &mut budget)?;
    for index in 0..doc.page_count() {
        if only_page.is_some_and(|p| p != index + 1) {
            continue;
        }
        let page = doc.page_glyphs(index, &mut budget)?;
        println!("== page {} ({} x {})", page.number, page.width, page.height);
        match mode.as_str() {
            "glyphs" => {
                for g in &page.glyphs {
                    println!(
                        "{:8.2} {:8.2} w={:6.2} s={:5.2} sp={:5.2} dir=({:.2},{:.2}) b={} {:?}{}",
                        g.x,
                        g.y,
                        g.width,
                        g.size,
                        g.space_width,
                        g.dir_x,
                        g.dir_y,
                        u8::from(g.bold),
                        page.text_of(g),
                        if g.unmapped { " UNMAPPED" } else { "" }
                    );
                }
            }
            "segments" => {
                for (bbox, size, text) in layout::debug_segments(&page) {
                    println!("{:?} s={size:.1} {text:?}", <[f32; 4]>::from(bbox));
                }
            }
            _ => {
                let laid = layout::lay_out_page(&page, layout::Cleanup::default(), &mut budget)?;
                for block in &laid.blocks {
                    println!("-- {:?} {:?}", block.kind, <[f32; 4]>::from(block.bbox));
                    for line in &block.lines {
                        println!("   {:?} {:?}", <[f32; 4]>::from(line.bbox), line.text);
                    }
                }
            }
        }
    }
    Ok(())
}
