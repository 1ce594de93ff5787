pub mod chrome;
pub mod organisations;
pub mod places;
pub mod places_data;
pub mod roles;
pub mod separators;
pub mod skills_data;
pub mod terms;
