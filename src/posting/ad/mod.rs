pub mod labels;
pub mod language;
pub mod lines;
pub mod lists;
pub mod sections;
