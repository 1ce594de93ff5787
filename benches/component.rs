//! The real component in the embedded wasmtime host, as Spin runs it (module compiled once, a
//! fresh instance per request): a typical ad's `POST /v1/documents` end to end with its
//! key-value write, instantiation alone, and the extraction inside Wasm (from the component's
//! own `Server-Timing`) beside the native extraction of the same file, in the same run. Peak
//! linear memory per case is printed and written to `target/criterion/component-memory.json`.
//!
//! `cargo bench --bench component`

#[path = "../tests/support/corpus.rs"]
mod corpus;
#[path = "../tests/support/host.rs"]
mod host;
#[path = "../tests/support/pdf.rs"]
mod pdf;

use corpus::options;
use criterion::{Criterion, criterion_group, criterion_main};
use host::{Host, TestRequest, TestResponse};
use jobpdf_core::extract::{document_id, extract_identified};
use std::hint::black_box;
use std::time::Duration;

const TYPICAL: &str = "s01_rust_backend_engineer";
const TEN_PAGES: &str = "s12_graduate_programme_handbook";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/{name}.pdf", corpus::CORPUS)).expect("fixture")
}

/// An ad with a large embedded photo: `size` bytes of image data beside one page of text.
fn large_upload(size: usize) -> Vec<u8> {
    let mut b = pdf::PdfBuilder::new();
    b.standard_font("F1", "Helvetica");
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let pixels: Vec<u8> = (0..size)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as u8
        })
        .collect();
    let side = ((size / 3) as f64).sqrt() as i64;
    b.image("Photo", side, side, &pixels);
    b.page(
        "q 200 0 0 200 72 400 cm /Photo Do Q \
         BT /F1 14 Tf 72 760 Td (Warehouse Supervisor) Tj ET \
         BT /F1 11 Tf 72 740 Td (Baku, full-time, 1 500 AZN per month) Tj ET",
    );
    b.build()
}

fn post(runtime: &tokio::runtime::Runtime, host: &Host, path: &str, pdf: &[u8]) -> TestResponse {
    runtime
        .block_on(
            host.send_async(
                TestRequest::new("POST", path)
                    .header("content-type", "application/pdf")
                    .body(pdf.to_vec()),
            ),
        )
        .expect("the component answers")
}

/// One entry of the component's `Server-Timing` header, in milliseconds.
fn server_timing(response: &TestResponse, name: &str) -> Option<f64> {
    let prefix = format!("{name};dur=");
    response
        .header("server-timing")?
        .split(',')
        .find_map(|part| part.trim().strip_prefix(prefix.as_str()))?
        .parse()
        .ok()
}

/// The component's own measure of its extraction, from `Server-Timing: extract;dur=…`.
fn extract_time(response: &TestResponse) -> Duration {
    let ms = server_timing(response, "extract").expect("a Server-Timing extract duration");
    Duration::from_secs_f64(ms / 1000.0)
}

/// `JOBPDF_COMPARE_WITH=other.wasm cargo bench --bench component`: this build's extraction
/// against another build's, and both against native, alternating request by request so that a
/// shared machine's noise falls on both alike; then whole requests (a `POST` end to end and a
/// health check, each on a fresh instance), so that a change which moves cost out of the
/// extraction into instantiation or teardown shows. Prints medians and ratios; runs nothing else.
fn compare_builds(runtime: &tokio::runtime::Runtime, host: &Host, other: &std::path::Path, pdf: &[u8]) {
    let other_host = Host::with_component(other).expect("the other component loads");
    let hosts = [host, &other_host];
    let (mut extract, mut native) = ([Vec::new(), Vec::new()], Vec::new());
    let (mut whole, mut health) = ([Vec::new(), Vec::new()], [Vec::new(), Vec::new()]);
    // Which build goes first alternates: the second request of a pair runs measurably faster
    // (warmer caches), so a fixed order would favour one build.
    let turns = |round: usize| if round.is_multiple_of(2) { [0, 1] } else { [1, 0] };
    for round in 0..401 {
        for k in turns(round) {
            let started = std::time::Instant::now();
            let response = post(runtime, hosts[k], "/v1/documents?refresh=true", pdf);
            whole[k].push(started.elapsed().as_secs_f64());
            extract[k].push(extract_time(&response).as_secs_f64());
        }
        // As in the component: the hash is not part of the extraction.
        let id = document_id(pdf);
        let started = std::time::Instant::now();
        let _ = black_box(extract_identified(pdf, id, &options()));
        native.push(started.elapsed().as_secs_f64());
        for k in turns(round) {
            let started = std::time::Instant::now();
            let _ = runtime.block_on(hosts[k].send_async(TestRequest::new("GET", "/v1/health")));
            health[k].push(started.elapsed().as_secs_f64());
        }
    }
    let ms = |v: &mut [f64]| median(v).unwrap_or(f64::NAN) * 1000.0;
    let native = ms(&mut native);
    let [ours, theirs] = extract.each_mut().map(|v| ms(v));
    let [whole_ours, whole_theirs] = whole.each_mut().map(|v| ms(v));
    let [health_ours, health_theirs] = health.each_mut().map(|v| ms(v));
    println!(
        "extraction in wasm, this build:  {ours:.3} ms (wasm/native {:.2})",
        ours / native
    );
    println!(
        "extraction in wasm, {}: {theirs:.3} ms (wasm/native {:.2})",
        other.display(),
        theirs / native
    );
    println!(
        "native extraction: {native:.3} ms; this build / other: {:.3}",
        ours / theirs
    );
    println!(
        "POST end to end: this build {whole_ours:.3} ms, other {whole_theirs:.3} ms; this / other: {:.3}",
        whole_ours / whole_theirs
    );
    println!(
        "health: this build {health_ours:.3} ms, other {health_theirs:.3} ms; this / other: {:.3}",
        health_ours / health_theirs
    );
}

fn component(c: &mut Criterion) {
    let host = Host::new().expect("the component builds and links");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("a runtime");
    let typical = fixture(TYPICAL);
    let ten_pages = fixture(TEN_PAGES);
    if let Some(other) = std::env::var_os("JOBPDF_COMPARE_WITH") {
        let pdf = std::env::var("JOBPDF_COMPARE_PDF")
            .map(|p| std::fs::read(p).unwrap())
            .unwrap_or(typical.clone());
        compare_builds(&runtime, &host, std::path::Path::new(&other), &pdf);
        return;
    }

    let mut group = c.benchmark_group("component");
    group.bench_function("instantiate_health", |b| {
        b.iter(|| {
            runtime
                .block_on(host.send_async(TestRequest::new("GET", "/v1/health")))
                .map(|r| r.status)
        })
    });
    group.bench_function("post_typical_extract_and_store", |b| {
        b.iter(|| post(&runtime, &host, "/v1/documents?refresh=true", black_box(&typical)).status)
    });
    post(&runtime, &host, "/v1/documents", &typical);
    group.bench_function("post_typical_already_stored", |b| {
        b.iter(|| post(&runtime, &host, "/v1/documents", black_box(&typical)).status)
    });
    for (label, pdf) in [("typical", &typical), ("ten_pages", &ten_pages)] {
        group.bench_function(format!("extract_in_wasm_{label}"), |b| {
            b.iter_custom(|iters| {
                (0..iters)
                    .map(|_| extract_time(&post(&runtime, &host, "/v1/documents?refresh=true", pdf)))
                    .sum()
            })
        });
        // Without the hash, as the component's `extract` timing is.
        let id = document_id(pdf);
        group.bench_function(format!("extract_native_{label}"), |b| {
            b.iter(|| extract_identified(black_box(pdf), id.clone(), &options()).map(|x| x.text.len()))
        });
    }
    group.finish();

    // The same ratio measured robustly on a shared machine: criterion times the two sides
    // seconds apart, so a change of load between them moves the quotient (by up to 0.2 here).
    // Blocks of wasm requests and of native extractions (a warm loop, as criterion runs it)
    // alternate, which side goes first alternating too; each block pair gives one ratio of
    // medians, and the median of those ratios is reported with their range.
    let mut ratios = Vec::new();
    for (label, pdf, block) in [("typical", &typical, 60), ("ten_pages", &ten_pages, 8)] {
        let id = document_id(pdf);
        let time_wasm = |times: &mut Vec<f64>| {
            let r = post(&runtime, &host, "/v1/documents?refresh=true", pdf);
            times.push(extract_time(&r).as_secs_f64());
        };
        let time_native = |times: &mut Vec<f64>| {
            let started = std::time::Instant::now();
            let x = extract_identified(black_box(pdf), id.clone(), &options());
            times.push(started.elapsed().as_secs_f64());
            black_box(x.map(|x| x.text.len()).ok());
        };
        let mut per_block: Vec<f64> = (0..21)
            .map(|k| {
                let (mut wasm, mut native) = (Vec::with_capacity(block), Vec::with_capacity(block));
                if k % 2 == 0 {
                    (0..block).for_each(|_| time_wasm(&mut wasm));
                    (0..block).for_each(|_| time_native(&mut native));
                } else {
                    (0..block).for_each(|_| time_native(&mut native));
                    (0..block).for_each(|_| time_wasm(&mut wasm));
                }
                let (w, n) = (median(&mut wasm), median(&mut native));
                w.zip(n).map_or(f64::NAN, |(w, n)| w / n)
            })
            .collect();
        per_block.sort_by(f64::total_cmp);
        let (low, mid, high) = (
            per_block[0],
            per_block[per_block.len() / 2],
            per_block[per_block.len() - 1],
        );
        println!(
            "wasm/native ratio of the extraction, {label}, {} alternating blocks of {block}: median {mid:.3} (range {low:.3}-{high:.3})",
            per_block.len()
        );
        ratios.push(format!(
            "\"{label}\": {{\"blocks\": {}, \"block\": {block}, \"median\": {mid:.4}, \"low\": {low:.4}, \"high\": {high:.4}}}",
            per_block.len()
        ));
    }
    write_json_object("component-ratio.json", &ratios);

    // Where the time goes inside Wasm and natively, stage by stage (medians of the component's
    // Server-Timing and of the native pipeline's own timings, same file, same run).
    let stages = ["hash", "load", "decode", "layout", "posting", "extract", "store"];
    let mut wasm: Vec<Vec<f64>> = vec![Vec::new(); stages.len()];
    let mut native: Vec<Vec<f64>> = vec![Vec::new(); stages.len()];
    for _ in 0..101 {
        let r = post(&runtime, &host, "/v1/documents?refresh=true", &typical);
        for (k, stage) in stages.iter().enumerate() {
            if let Some(ms) = server_timing(&r, stage) {
                wasm[k].push(ms);
            }
        }
        let started = std::time::Instant::now();
        let id = document_id(&typical);
        let hashed = started.elapsed();
        let started = std::time::Instant::now();
        let x = extract_identified(&typical, id, &options()).expect("the ad extracts");
        let total = started.elapsed();
        let t = x.timings;
        for (k, d) in [hashed, t.load, t.decode, t.layout, t.posting, total]
            .into_iter()
            .enumerate()
        {
            native[k].push(d.as_secs_f64() * 1000.0);
        }
    }
    let mut rows = Vec::new();
    for (k, stage) in stages.iter().enumerate() {
        let (w, n) = (median(&mut wasm[k]), median(&mut native[k]));
        println!("stage {stage:8} wasm {w:?} ms, native {n:?} ms");
        let num = |v: Option<f64>| v.map_or("null".to_string(), |x| format!("{x:.4}"));
        rows.push(format!(
            "\"{stage}\": {{\"wasm_ms\": {}, \"native_ms\": {}}}",
            num(w),
            num(n)
        ));
    }
    write_json_object("component-stages.json", &rows);

    // Peak linear memory of the component per case.
    let big = large_upload(10 * 1024 * 1024 - 64 * 1024);
    let mut memory = Vec::new();
    for (label, pdf) in [
        ("typical", &typical),
        ("ten_pages", &ten_pages),
        ("upload_10_mib", &big),
    ] {
        let r = post(&runtime, &host, "/v1/documents?refresh=true", pdf);
        let mib = r.peak_memory_bytes as f64 / (1024.0 * 1024.0);
        println!(
            "component peak linear memory, {label} ({} bytes, status {}): {mib:.1} MiB",
            pdf.len(),
            r.status
        );
        memory.push(format!(
            "\"{label}\": {{\"bytes\": {}, \"status\": {}, \"peak_mib\": {mib:.2}}}",
            pdf.len(),
            r.status
        ));
    }
    write_json_object("component-memory.json", &memory);
}

/// The median of `values` (sorted in place); `None` when there are none.
fn median(values: &mut [f64]) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied()
}

/// Writes `"key": value` members as one JSON object to `target/criterion/NAME`, beside
/// criterion's own files, for `tools/bench_table.py`.
fn write_json_object(name: &str, members: &[String]) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/criterion");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join(name), format!("{{{}}}\n", members.join(", ")));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    targets = component
}
criterion_main!(benches);
