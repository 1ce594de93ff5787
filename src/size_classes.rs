//! The component's memory allocator: small blocks come from size classes, everything else from
//! the allocator underneath (wasi-libc's dlmalloc inside the component).
//!
//! Why the component has its own: an extraction makes about two thousand allocations, nearly
//! all of them small strings and vectors, and inside Wasm each dlmalloc call (with its bins,
//! headers and coalescing, all compiled by Cranelift) costs as much as natively, where the rest
//! of the work runs faster. A fresh instance serves one request and is then thrown away, so
//! the allocator need not give memory back for reuse by other sizes: small blocks are rounded
//! up to a power of two, carved from 64 KiB chunks and kept on one free list per size. A block
//! that grows within its size stays where it is.
//!
//! What bounds the memory: the chunks never return to the allocator underneath, and a block of
//! one size never serves another, so a hostile pattern of allocations could otherwise pile up
//! memory size by size. Past [`MAX_CHUNKS`] chunks (8 MiB), every allocation goes to the
//! allocator underneath, which coalesces as usual: at most 8 MiB more than dlmalloc alone.
//! Frees find their way home by address, so a small block from either side goes back where it
//! came from.
//!
//! Only the component installs it (see `lib.rs`); natively the tests drive it as a value over
//! the system allocator.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr;

/// The smallest block: room for the free list's link, and the alignment every block keeps.
const MIN_BLOCK: usize = 16;
/// Sizes 16, 32, … 4,096 bytes.
const CLASSES: usize = 9;
/// The largest block served from a class; larger ones go to the allocator underneath.
const MAX_BLOCK: usize = MIN_BLOCK << (CLASSES - 1);
/// Chunk size, and alignment, so that a block's chunk is its address rounded down.
const CHUNK: usize = 64 << 10;
/// At most this many chunks (8 MiB) are taken for the classes.
pub const MAX_CHUNKS: usize = 128;
/// Slots of the open-addressed set of chunk addresses: a power of two, at most half full.
const CHUNK_SLOTS: usize = 2 * MAX_CHUNKS;

/// Size classes over the allocator `B`.
pub struct SizeClasses<B> {
    under: B,
    state: UnsafeCell<State>,
}

struct State {
    /// Head of each class's free list; a free block's first word links to the next.
    free: [*mut u8; CLASSES],
    /// The chunk being carved: next free byte and end.
    next: usize,
    end: usize,
    chunks: usize,
    /// Chunk addresses taken so far (0 = empty slot), to tell a block's origin on free.
    owned: [usize; CHUNK_SLOTS],
}

// SAFETY: the component is single-threaded (wasm32-wasip2 without threads): no two calls can
// touch the state at once. Natively the type is only used from one thread in tests.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl<B: Sync> Sync for SizeClasses<B> {}

impl<B> SizeClasses<B> {
    pub const fn new(under: B) -> Self {
        SizeClasses {
            under,
            state: UnsafeCell::new(State {
                free: [ptr::null_mut(); CLASSES],
                next: 0,
                end: 0,
                chunks: 0,
                owned: [0; CHUNK_SLOTS],
            }),
        }
    }
}

/// The class of a layout the classes can serve.
#[inline]
fn class_of(size: usize, align: usize) -> Option<usize> {
    if size > MAX_BLOCK || align > MIN_BLOCK {
        return None;
    }
    let size = size.max(MIN_BLOCK);
    Some((usize::BITS - (size - 1).leading_zeros()) as usize - MIN_BLOCK.trailing_zeros() as usize)
}

#[inline]
fn block_size(class: usize) -> usize {
    MIN_BLOCK << class
}

#[inline]
fn slot_of(chunk: usize) -> usize {
    // Fibonacci hashing of the chunk number.
    ((chunk / CHUNK).wrapping_mul(0x9E37_79B9) >> 8) % CHUNK_SLOTS
}

impl State {
    /// Whether `p` lies in one of the chunks.
    #[inline]
    fn owns(&self, p: *mut u8) -> bool {
        let chunk = p as usize & !(CHUNK - 1);
        let mut slot = slot_of(chunk);
        loop {
            match self.owned[slot] {
                0 => return false,
                c if c == chunk => return true,
                _ => slot = (slot + 1) % CHUNK_SLOTS,
            }
        }
    }

    fn remember(&mut self, chunk: usize) {
        let mut slot = slot_of(chunk);
        while self.owned[slot] != 0 {
            slot = (slot + 1) % CHUNK_SLOTS;
        }
        self.owned[slot] = chunk;
        self.chunks += 1;
    }
}

impl<B: GlobalAlloc> SizeClasses<B> {
    /// A block of `class` from its free list or the chunk, or None when the chunks are used up.
    ///
    /// SAFETY: no other reference to the state may be live (single-threaded, not reentrant:
    /// the allocator underneath never calls back into this one).
    unsafe fn take(&self, class: usize) -> Option<*mut u8> {
        // SAFETY: see above.
        let state = unsafe { &mut *self.state.get() };
        let head = state.free[class];
        if !head.is_null() {
            // SAFETY: a free block holds the link written by `give_back`, and blocks are
            // aligned to 16.
            state.free[class] = unsafe { head.cast::<*mut u8>().read() };
            return Some(head);
        }
        let size = block_size(class);
        if state.end - state.next < size {
            if state.chunks == MAX_CHUNKS {
                return None;
            }
            // SAFETY: CHUNK is a non-zero power of two.
            let layout = unsafe { Layout::from_size_align_unchecked(CHUNK, CHUNK) };
            // SAFETY: the layout has a non-zero size.
            let chunk = unsafe { self.under.alloc(layout) };
            if chunk.is_null() {
                return None;
            }
            // The rest of the old chunk (under 4 KiB) is left unused.
            state.next = chunk as usize;
            state.end = chunk as usize + CHUNK;
            state.remember(chunk as usize);
        }
        let p = state.next;
        state.next += size;
        Some(p as *mut u8)
    }

    /// SAFETY: `p` is a block of `class` from `take`, no longer used.
    unsafe fn give_back(&self, p: *mut u8, class: usize) {
        // SAFETY: single-threaded, not reentrant.
        let state = unsafe { &mut *self.state.get() };
        // SAFETY: the block is at least 16 bytes and 16-aligned, and is ours again.
        unsafe { p.cast::<*mut u8>().write(state.free[class]) };
        state.free[class] = p;
    }

    /// Whether `p` came from the classes rather than the allocator underneath.
    fn owns(&self, p: *mut u8) -> bool {
        // SAFETY: single-threaded, not reentrant; a shared read.
        unsafe { &*self.state.get() }.owns(p)
    }
}

// The four entry points are calls, not inlined: inlined at each of the component's thousands of
// allocation sites, they grew it by 0.3 MB (2.63 to 2.94 MB) and made it no faster.
//
// SAFETY: blocks handed out never overlap (each is carved once from a chunk, and sits on a
// free list only while nobody holds it), are at least as large as asked and 16-aligned when the
// layout asks for no more; everything else is the allocator underneath's.
unsafe impl<B: GlobalAlloc> GlobalAlloc for SizeClasses<B> {
    #[inline(never)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if let Some(class) = class_of(layout.size(), layout.align()) {
            // SAFETY: single-threaded, not reentrant.
            if let Some(p) = unsafe { self.take(class) } {
                return p;
            }
        }
        // SAFETY: the caller's layout, as the caller promised.
        unsafe { self.under.alloc(layout) }
    }

    #[inline(never)]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if let Some(class) = class_of(layout.size(), layout.align()) {
            // SAFETY: single-threaded, not reentrant.
            if let Some(p) = unsafe { self.take(class) } {
                // SAFETY: the block has at least `layout.size()` bytes.
                unsafe { p.write_bytes(0, layout.size()) };
                return p;
            }
        }
        // SAFETY: the caller's layout; fresh memory from underneath may need no clearing.
        unsafe { self.under.alloc_zeroed(layout) }
    }

    #[inline(never)]
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        if let Some(class) = class_of(layout.size(), layout.align())
            && self.owns(p)
        {
            // SAFETY: `p` came from `take` for this layout, so for this class.
            unsafe { self.give_back(p, class) };
            return;
        }
        // SAFETY: not ours, so the allocator underneath's, with this layout.
        unsafe { self.under.dealloc(p, layout) }
    }

    #[inline(never)]
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old_class = class_of(layout.size(), layout.align()).filter(|_| self.owns(p));
        let new_class = class_of(new_size, layout.align());
        match old_class {
            // Still fits its block.
            Some(class) if new_class == Some(class) => return p,
            // Neither side is a class block: the allocator underneath may grow in place.
            None if new_class.is_none() => {
                // SAFETY: `p` is the allocator underneath's, with this layout.
                return unsafe { self.under.realloc(p, layout, new_size) };
            }
            _ => {}
        }
        // SAFETY: the alignment is the caller's valid one and `new_size` does not overflow
        // when rounded to it (the caller's promise for `realloc`).
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        // SAFETY: a non-zero size, as the caller promised.
        let q = unsafe { self.alloc(new_layout) };
        if !q.is_null() {
            // SAFETY: both blocks are live, distinct, and hold at least the copied length.
            unsafe {
                ptr::copy_nonoverlapping(p, q, layout.size().min(new_size));
                self.dealloc(p, layout);
            }
        }
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::alloc::System;
    use std::cell::Cell;

    /// The system allocator, counting what is outstanding.
    struct Counting {
        outstanding: Cell<isize>,
    }

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            self.outstanding.set(self.outstanding.get() + 1);
            unsafe { System.alloc(layout) }
        }
        unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
            self.outstanding.set(self.outstanding.get() - 1);
            unsafe { System.dealloc(p, layout) }
        }
    }

    fn classes() -> Box<SizeClasses<Counting>> {
        Box::new(SizeClasses::new(Counting {
            outstanding: Cell::new(0),
        }))
    }

    #[test]
    fn classes_cover_sizes_up_to_four_kib() {
        assert_eq!(class_of(1, 1), Some(0));
        assert_eq!(class_of(16, 8), Some(0));
        assert_eq!(class_of(17, 8), Some(1));
        assert_eq!(class_of(4096, 16), Some(CLASSES - 1));
        assert_eq!(class_of(4097, 1), None);
        assert_eq!(class_of(64, 32), None);
        for size in 1..=MAX_BLOCK {
            let class = class_of(size, 1).expect("a class");
            assert!(block_size(class) >= size && (class == 0 || block_size(class - 1) < size));
        }
    }

    /// xorshift: the test's own deterministic sequence.
    fn next(seed: &mut u64) -> u64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    }

    /// Random allocations, growths, shrinks and frees of all sizes: every live block keeps its
    /// own bytes (no two overlap), keeps its alignment, and when all are freed nothing but the
    /// chunks is outstanding underneath.
    #[test]
    fn blocks_never_overlap_and_all_come_home() {
        let a = classes();
        let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for step in 0..60_000u32 {
            let r = next(&mut seed);
            let fill = step as u8;
            match r % 4 {
                0 | 1 => {
                    let size = if r.is_multiple_of(16) {
                        1 + (r >> 8) as usize % 20_000
                    } else {
                        1 + (r >> 8) as usize % 600
                    };
                    let align = 1usize << ((r >> 40) % 7);
                    let layout = Layout::from_size_align(size, align).expect("valid");
                    let p = unsafe {
                        if r % 8 == 1 {
                            a.alloc_zeroed(layout)
                        } else {
                            a.alloc(layout)
                        }
                    };
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "alignment {align}");
                    if r % 8 == 1 {
                        assert!(
                            unsafe { std::slice::from_raw_parts(p, size) }
                                .iter()
                                .all(|&b| b == 0)
                        );
                    }
                    unsafe { p.write_bytes(fill, size) };
                    live.push((p, layout, fill));
                }
                2 if !live.is_empty() => {
                    let k = (r >> 8) as usize % live.len();
                    let (p, layout, fill) = live.swap_remove(k);
                    assert!(
                        unsafe { std::slice::from_raw_parts(p, layout.size()) }
                            .iter()
                            .all(|&b| b == fill)
                    );
                    unsafe { a.dealloc(p, layout) };
                }
                _ if !live.is_empty() => {
                    let k = (r >> 8) as usize % live.len();
                    let (p, layout, fill) = live[k];
                    let new_size = 1 + (r >> 20) as usize % (2 * layout.size() + 64);
                    let q = unsafe { a.realloc(p, layout, new_size) };
                    assert!(!q.is_null());
                    let kept = layout.size().min(new_size);
                    assert!(
                        unsafe { std::slice::from_raw_parts(q, kept) }
                            .iter()
                            .all(|&b| b == fill)
                    );
                    assert_eq!(q as usize % layout.align(), 0);
                    unsafe { q.write_bytes(fill, new_size) };
                    live[k] = (
                        q,
                        Layout::from_size_align(new_size, layout.align()).expect("valid"),
                        fill,
                    );
                }
                _ => {}
            }
        }
        for (p, layout, fill) in live.drain(..) {
            assert!(
                unsafe { std::slice::from_raw_parts(p, layout.size()) }
                    .iter()
                    .all(|&b| b == fill)
            );
            unsafe { a.dealloc(p, layout) };
        }
        let chunks = unsafe { &*a.state.get() }.chunks;
        assert!(chunks > 0);
        assert_eq!(a.under.outstanding.get(), chunks as isize);
    }

    #[test]
    fn a_block_that_grows_within_its_size_stays_put() {
        let a = classes();
        let layout = Layout::from_size_align(20, 1).expect("valid");
        let p = unsafe { a.alloc(layout) };
        assert_eq!(unsafe { a.realloc(p, layout, 32) }, p);
        let moved = unsafe { a.realloc(p, Layout::from_size_align(32, 1).expect("valid"), 33) };
        assert_ne!(moved, p);
        // The freed block is the next one handed out for its size.
        assert_eq!(unsafe { a.alloc(layout) }, p);
    }

    /// Once the chunks are used up, small blocks come from underneath and go back there.
    #[test]
    fn past_the_chunk_limit_the_allocator_underneath_serves() {
        let a = classes();
        let layout = Layout::from_size_align(MAX_BLOCK, 8).expect("valid");
        let per_chunk = CHUNK / MAX_BLOCK;
        let blocks: Vec<*mut u8> = (0..(MAX_CHUNKS + 3) * per_chunk)
            .map(|_| unsafe { a.alloc(layout) })
            .collect();
        assert_eq!(unsafe { &*a.state.get() }.chunks, MAX_CHUNKS);
        let underneath = 3 * per_chunk;
        assert_eq!(a.under.outstanding.get(), (MAX_CHUNKS + underneath) as isize);
        assert_eq!(blocks.iter().filter(|&&p| !a.owns(p)).count(), underneath);
        for p in blocks {
            unsafe { a.dealloc(p, layout) };
        }
        assert_eq!(a.under.outstanding.get(), MAX_CHUNKS as isize);
    }
}
