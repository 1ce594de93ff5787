//! jobpdf turns job-ad PDFs into structured job-posting JSON.

pub mod api;
pub mod date;
pub mod error;
pub mod extract;
pub mod layout;
pub mod limits;
pub mod pdf;
pub mod posting;
pub mod store;

#[cfg(target_arch = "wasm32")]
mod component;
