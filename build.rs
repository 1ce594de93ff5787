//! Link settings of the Wasm component; native builds are left as they are.
//!
//! The component's stack is 256 KiB instead of the 1 MiB Rust gives wasm32 by default. The stack
//! sits at the bottom of linear memory, below the static tables and the heap, and Spin's pooling
//! allocator keeps only the first 2 MiB of an instance's memory resident between requests: with
//! a 1 MiB stack a typical ad's heap reached past that line, and every request paid page faults
//! for it (the smaller stack made extraction in Wasm about 7% faster). The deepest recursion an
//! input can cause is lopdf parsing nested dictionaries to its depth limit of 100 (a damaged
//! file, which lopdf reads whole; jobpdf's own object parser stops at 64), which needs between
//! 64 and 128 KiB inside Wasm; `tests/component_hostile.rs` runs that case in the component, so
//! a stack that grew too small would fail the tests, not trap in production.

/// Bytes of stack for the Wasm component.
const WASM_STACK_BYTES: u32 = 256 * 1024;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo::rustc-link-arg-cdylib=-zstack-size={WASM_STACK_BYTES}");
    }
}
