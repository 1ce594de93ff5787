//! The word lists and tables of the posting readers, as data, each in one place: places (a
//! GeoNames-derived gazetteer, `places_data`, made by `tools/gen_places.py`), skills (ESCO plus
//! curated names, `skills_data`, made by `tools/gen_skills.py`), job-board chrome
//! (`tools/gen_chrome.py`), section headings, organisation words and legal forms, role nouns,
//! employment and workplace terms, pay words and the separators of page titles. Inline lists
//! are sorted and folded; debug builds assert it.

pub mod chrome;
pub mod headings;
pub mod letters;
pub mod organisations;
pub mod pay;
pub mod places;
pub mod places_data;
pub mod roles;
pub mod separators;
pub mod skills_data;
pub mod terms;
