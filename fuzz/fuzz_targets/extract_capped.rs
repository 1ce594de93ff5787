//! Fuzzes the whole extraction as the component runs it: under a cap on the memory held at
//! once, counted the way a Wasm guest's linear memory grows. A grown buffer there is a new block
//! beside the old one (the allocator copies, and linear memory never shrinks), so `realloc` here
//! holds both while it copies. An input that would make Spin refuse `memory.grow` (and the
//! guest trap) makes an allocation fail here, which aborts: libFuzzer reports it as a crash.
//!
//! The count is a lower bound of the guest's linear memory (it leaves out fragmentation); the
//! cap is the 64 MiB the component's hostile test holds every input to, half of the 128 MiB an
//! instance gets on Fermyon Cloud and Akamai Functions.

#![no_main]

#[path = "options.rs"]
mod options;

use jobpdf_core::extract::extract;
use libfuzzer_sys::fuzz_target;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Bytes the extraction may hold at once.
const CAP: usize = 64 * 1024 * 1024;

struct Capped;

static HELD: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Capped {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let held = HELD.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        if held > CAP {
            HELD.fetch_sub(layout.size(), Ordering::Relaxed);
            return std::ptr::null_mut();
        }
        // SAFETY: the caller's layout is passed on unchanged.
        let p = unsafe { System.alloc(layout) };
        if p.is_null() {
            HELD.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) };
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // The old and the new block are held together while the data is copied.
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return std::ptr::null_mut();
        };
        // SAFETY: a fresh block of the new layout, then the old one copied and freed.
        unsafe {
            let new = self.alloc(new_layout);
            if !new.is_null() {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            new
        }
    }
}

#[global_allocator]
static ALLOCATOR: Capped = Capped;

fuzz_target!(|data: &[u8]| {
    let _ = extract(data, &options::options());
});
