pub mod fold;
pub mod lookup;
