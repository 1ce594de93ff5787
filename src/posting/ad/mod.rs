//! The shared view of one ad that every field reader reads: its lines (flattened, folded, with
//! their furniture marked), language, labels, sections, a letter's formulas, the titles its
//! page carried, and the country its facts point to. Built once per document; readers never
//! look at the layout.

pub mod content;
pub mod country;
pub mod furniture;
pub mod labels;
pub mod language;
pub mod letter;
pub mod lines;
pub mod lists;
pub mod page_title;
pub mod sections;

use crate::layout::Document;
use labels::Label;
use letter::Letter;
use lines::Ln;
use page_title::PageTitle;
use sections::Sections;

/// The ad as the readers see it.
pub struct Ad<'d> {
    pub lines: Vec<Ln<'d>>,
    /// ISO 639-1 code of the ad's language, when recognisable.
    pub language: Option<String>,
    pub labels: Vec<Label>,
    pub sections: Sections,
    /// The page's title as a browser printed it, and the document's metadata title.
    pub titles: Vec<PageTitle>,
    /// The country the ad's facts point to (ISO 3166-1 alpha-2).
    pub country: Option<&'static str>,
    /// Where a letter's salutation and sign-offs stand.
    pub letter: Letter,
}

impl<'d> Ad<'d> {
    /// Reads the view of `doc`; `metadata_title` is the PDF's `/Title`.
    pub fn new(doc: &'d Document, metadata_title: Option<&str>) -> Ad<'d> {
        let lines = lines::flatten(doc);
        let language = language::detect(&lines);
        let labels = labels::collect(&lines);
        let sections = sections::assign(&lines);
        let titles = page_title::collect(&lines, metadata_title);
        let country = country::infer(&lines, &labels, &titles);
        let letter = Letter::read(&lines);
        Ad {
            lines,
            language,
            labels,
            sections,
            titles,
            country,
            letter,
        }
    }

    /// Lines that are part of the ad (no furniture, no page numbers, no running headers).
    pub fn body(&self) -> impl Iterator<Item = (usize, &Ln<'d>)> {
        self.lines.iter().enumerate().filter(|(_, ln)| !ln.skip())
    }
}
