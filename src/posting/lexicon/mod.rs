pub mod places;
pub mod places_data;
pub mod skills_data;
