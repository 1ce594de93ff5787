//! jobpdf turns job-ad PDFs into structured job-posting JSON.

pub mod api;
pub mod date;
pub mod error;
pub mod extract;
pub mod id;
pub mod layout;
pub mod limits;
pub mod pdf;
pub mod posting;
pub mod size_classes;
pub mod store;
pub mod substring;

#[cfg(target_arch = "wasm32")]
mod component;

/// Inside the component, small blocks come from size classes (see `size_classes` for why).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: size_classes::SizeClasses<std::alloc::System> =
    size_classes::SizeClasses::new(std::alloc::System);
