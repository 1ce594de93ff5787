//! `jobpdf extract [--out DIR] PATH...`: the extractor on the command line (native only).

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {
    // The wasm build of this crate is the Spin component (the library); the CLI is native.
    eprintln!("the jobpdf CLI runs natively; on wasm32 use the Spin component");
}
