//! An embedded Spin-like host that runs the real jobpdf component (the `wasm32-wasip2` build of
//! this crate) with wasmtime, so tests and benches exercise exactly what `spin up` would run.
//!
//! It follows Spin's conventions where they are observable by the component: a fresh store and
//! instance per request, `wasi:http/incoming-handler` as the entry point, the `default`
//! key-value store (the only label `spin.toml` grants), Spin's variable-name rules and the
//! manifest's variable defaults, no network and no filesystem, and outbound HTTP refused (the
//! manifest allows no outbound hosts). Beyond Spin it bounds every request by a memory cap and
//! a deadline so a misbehaving component fails a test instead of hanging it.
//!
//! Included with `#[path = "support/host.rs"] mod host;` by tests and
//! `#[path = "../tests/support/host.rs"] mod host;` by benches, so it depends on nothing
//! test-only.
#![allow(dead_code)] // each includer uses a different subset

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use wasmtime::component::{Component, HasSelf, Linker, Resource, ResourceTable};
use wasmtime::{
    Config, Engine, InstanceAllocationStrategy, PoolingAllocationConfig, ResourceLimiter, Store, Trap,
};
use wasmtime_wasi::cli::{IsTerminal, StdoutStream};
use wasmtime_wasi::p2::{OutputStream, Pollable, StreamResult};
use wasmtime_wasi::{WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView};
use wasmtime_wasi_http::p2::bindings::ProxyPre;
use wasmtime_wasi_http::p2::bindings::http::types::Scheme;
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpCtxView, WasiHttpHooks, WasiHttpView};

mod spin {
    wasmtime::component::bindgen!({
        path: "tests/wit/fermyon-spin",
        world: "test-host",
        // Trappable like Spin's own host: a dangling store handle is a host-side trap, not a
        // key-value error the component could mistake for a store outage.
        // Key-value calls are async on the host, as Spin's are, so that a stalled store (see
        // `Host::stall_store`) waits without blocking the runtime that enforces the deadline.
        imports: { "fermyon:spin/key-value": async | trappable, default: trappable },
        with: { "fermyon:spin/key-value.store": super::OpenStore },
    });
}

use spin::fermyon::spin::{key_value, variables};

/// Memory a request may grow the component's linear memory to, as on Fermyon Cloud.
pub const DEFAULT_MEMORY_LIMIT: usize = 128 * 1024 * 1024;
/// Wall-clock limit of one request (Spin hosts stop requests at 30 s).
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(30);
/// Store label the manifest grants (`key_value_stores = ["default"]`).
pub const STORE_LABEL: &str = "default";
/// Variables and defaults as declared in `spin.toml` (`[variables]`).
pub const MANIFEST_VARIABLES: [(&str, &str); 3] = [
    ("api_token", ""),
    ("max_upload_bytes", "10485760"),
    ("time_budget_ms", "10000"),
];
/// Authority of the simulated `spin up` listener.
const AUTHORITY: &str = "localhost:3000";
/// Spin's per-instance cap on open key-value stores.
const STORE_TABLE_CAPACITY: usize = 256;
/// Granularity of the epoch deadline.
const EPOCH_TICK: Duration = Duration::from_millis(10);
/// Bytes of guest stdout/stderr kept per request.
const GUEST_OUTPUT_CAPACITY: usize = 256 * 1024;

/// Why a request produced no HTTP response. Spin answers all of these with a bare 500.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailureKind {
    /// The nested cargo build or the wasmtime compilation failed.
    Setup,
    /// The guest trapped (panic, `unreachable`, out-of-bounds access, ...).
    Trap,
    /// The guest trapped after the memory cap refused to grow its memory.
    MemoryLimit,
    /// The guest ran or waited past the deadline.
    Deadline,
    /// The guest returned without setting a response, or reported an error code instead.
    NoResponse,
    /// The response body stream broke off.
    Body,
}

/// A request that produced no (complete) HTTP response.
#[derive(Clone)]
pub struct RequestError {
    pub kind: FailureKind,
    pub message: String,
    /// What the guest wrote to stdout and stderr (a Rust panic message lands here).
    pub guest_output: String,
}

impl RequestError {
    fn new(kind: FailureKind, message: impl Into<String>) -> Self {
        RequestError {
            kind,
            message: message.into(),
            guest_output: String::new(),
        }
    }

    /// The status Spin answers a failed request with.
    pub fn status(&self) -> u16 {
        500
    }
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)?;
        if !self.guest_output.is_empty() {
            write!(f, "\n--- guest output ---\n{}", self.guest_output)?;
        }
        Ok(())
    }
}

// Debug as Display: `expect` prints errors with Debug, and cargo's output or a guest panic
// message is unreadable with its newlines escaped.
impl fmt::Debug for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for RequestError {}

/// The component's answer.
#[derive(Clone, Debug)]
pub struct TestResponse {
    pub status: u16,
    pub headers: http::HeaderMap,
    pub body: Vec<u8>,
    pub guest_output: String,
    /// Largest linear-memory size the guest grew to during the request, in bytes.
    pub peak_memory_bytes: usize,
    pub elapsed: Duration,
}

impl TestResponse {
    /// The first value of a header, if it is valid text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// All values of a header.
    pub fn header_all(&self, name: &str) -> Vec<&str> {
        self.headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect()
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> Result<serde_json::Value, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }
}

/// One request to send.
#[derive(Clone, Debug)]
pub struct TestRequest {
    pub method: String,
    /// Path and query, e.g. `/v1/documents?limit=2`.
    pub path: String,
    pub headers: Vec<(String, Vec<u8>)>,
    pub body: Vec<u8>,
    /// Whether to declare `Content-Length` for a non-empty body (as curl does). Without it the
    /// component must read the stream to find the length, as with a chunked upload.
    pub content_length: bool,
    pub deadline: Option<Duration>,
    pub memory_limit: Option<usize>,
    /// The guest's wall clock, in seconds since the Unix epoch (the host's clock when unset).
    pub wall_clock: Option<u64>,
}

impl TestRequest {
    pub fn new(method: &str, path: &str) -> Self {
        TestRequest {
            method: method.to_string(),
            path: path.to_string(),
            headers: Vec::new(),
            body: Vec::new(),
            content_length: true,
            deadline: None,
            memory_limit: None,
            wall_clock: None,
        }
    }

    /// Runs the guest with its wall clock stopped at `unix_seconds`.
    pub fn wall_clock(mut self, unix_seconds: u64) -> Self {
        self.wall_clock = Some(unix_seconds);
        self
    }

    pub fn header(mut self, name: &str, value: impl AsRef<[u8]>) -> Self {
        self.headers.push((name.to_string(), value.as_ref().to_vec()));
        self
    }

    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Self {
        self.body = body.into();
        self
    }

    pub fn without_content_length(mut self) -> Self {
        self.content_length = false;
        self
    }

    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    pub fn memory_limit(mut self, bytes: usize) -> Self {
        self.memory_limit = Some(bytes);
        self
    }
}

/// A `fermyon:spin/key-value` operation, for failure injection and the call log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KvOp {
    Open,
    Get,
    Set,
    Delete,
    Exists,
    GetKeys,
}

impl KvOp {
    pub const ALL: [KvOp; 6] = [
        KvOp::Open,
        KvOp::Get,
        KvOp::Set,
        KvOp::Delete,
        KvOp::Exists,
        KvOp::GetKeys,
    ];
}

/// One key-value call the component made: `key` is the label for `open`, empty for `get-keys`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KvCall {
    pub op: KvOp,
    pub key: String,
    pub ok: bool,
}

/// The component compiled once per process; every [`Host`] instantiates it per request.
struct Compiled {
    engine: Engine,
    pre: ProxyPre<RequestState>,
}

/// State that outlives requests: what Spin keeps between requests of one app.
#[derive(Default)]
struct AppState {
    kv: Mutex<BTreeMap<String, Vec<u8>>>,
    kv_calls: Mutex<Vec<KvCall>>,
    kv_failure: Mutex<Option<(Vec<KvOp>, String)>>,
    kv_stall: Mutex<Vec<KvOp>>,
    variables: Mutex<BTreeMap<String, String>>,
    memory_limit: AtomicUsize,
    deadline: Mutex<Duration>,
}

/// The component under a Spin-like host: its own key-value store and variables, sharing the
/// process-wide compiled component. Cheap to clone (clones share state).
#[derive(Clone)]
pub struct Host {
    compiled: Arc<Compiled>,
    app: Arc<AppState>,
}

/// Recovers the data of a poisoned lock: a panicking test thread must not cascade into others.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Host {
    /// A host with an empty store and the manifest's variable defaults. The first call in a
    /// process builds and compiles the component (later ones reuse it).
    pub fn new() -> Result<Host, RequestError> {
        static COMPILED: OnceLock<Result<Arc<Compiled>, String>> = OnceLock::new();
        let compiled = COMPILED
            .get_or_init(|| {
                Host::build_component()
                    .and_then(|wasm| Compiled::load(&wasm))
                    .map(Arc::new)
            })
            .clone()
            .map_err(|m| RequestError::new(FailureKind::Setup, m))?;
        Ok(Host::with_compiled(compiled))
    }

    /// A host running another build of the component, compiled for this host alone: for
    /// comparing two builds in one process (`JOBPDF_COMPARE_WITH` in `benches/component.rs`).
    pub fn with_component(wasm: &Path) -> Result<Host, RequestError> {
        let compiled = Compiled::load(wasm).map_err(|m| RequestError::new(FailureKind::Setup, m))?;
        Ok(Host::with_compiled(Arc::new(compiled)))
    }

    fn with_compiled(compiled: Arc<Compiled>) -> Host {
        let app = AppState {
            variables: Mutex::new(
                MANIFEST_VARIABLES
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
            ),
            memory_limit: AtomicUsize::new(DEFAULT_MEMORY_LIMIT),
            deadline: Mutex::new(DEFAULT_DEADLINE),
            ..AppState::default()
        };
        Host {
            compiled,
            app: Arc::new(app),
        }
    }

    /// Path of the component `.wasm`, built if needed (`cargo build --target wasm32-wasip2
    /// --release --lib` into `target/component-tests`).
    pub fn build_component() -> Result<PathBuf, String> {
        let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        // A target dir of its own: the outer `cargo test` holds the lock on the usual one.
        let target_dir = manifest_dir.join("target").join("component-tests");
        let started = Instant::now();
        let output = Command::new(env!("CARGO"))
            .args(["build", "--target", "wasm32-wasip2", "--release", "--lib"])
            .current_dir(manifest_dir)
            .env("CARGO_TARGET_DIR", &target_dir)
            .output()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "building the component failed ({}):\n{}",
                output.status,
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        let wasm = target_dir
            .join("wasm32-wasip2")
            .join("release")
            .join("jobpdf_core.wasm");
        eprintln!(
            "component host: built {} in {:.1?}",
            wasm.display(),
            started.elapsed()
        );
        Ok(wasm)
    }

    /// Sends `body` with the given headers; `Content-Length` is added for a non-empty body.
    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: impl Into<Vec<u8>>,
    ) -> Result<TestResponse, RequestError> {
        let mut request = TestRequest::new(method, path).body(body);
        for (name, value) in headers {
            request = request.header(name, value);
        }
        self.send(request)
    }

    /// Sends a request on a runtime of its own (do not call from inside a tokio runtime; use
    /// [`Host::send_async`] there).
    pub fn send(&self, request: TestRequest) -> Result<TestResponse, RequestError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .map_err(|e| RequestError::new(FailureKind::Setup, format!("tokio runtime: {e}")))?;
        runtime.block_on(self.send_async(request))
    }

    /// Sends a request in a fresh store and instance, as Spin serves each request.
    pub async fn send_async(&self, request: TestRequest) -> Result<TestResponse, RequestError> {
        let started = Instant::now();
        let deadline = request.deadline.unwrap_or_else(|| *lock(&self.app.deadline));
        let memory_limit = request
            .memory_limit
            .unwrap_or_else(|| self.app.memory_limit.load(Ordering::Relaxed));
        let output = GuestOutput::default();
        let probe = Arc::new(MemoryProbe::default());
        let mut store = self.new_store(&output, memory_limit, Arc::clone(&probe), request.wall_clock);
        // The epoch stops a guest that computes too long; the timer below one that waits. One
        // tick more than the deadline spans, as the first tick may come at once; none for a
        // zero deadline, so that it stops the guest at its first instruction.
        let ticks = match deadline.as_millis().div_ceil(EPOCH_TICK.as_millis()) {
            0 => 0,
            n => u64::try_from(n).unwrap_or(u64::MAX).saturating_add(1),
        };
        store.set_epoch_deadline(ticks);
        store.epoch_deadline_trap();

        let head = request.method.eq_ignore_ascii_case("HEAD");
        let incoming = http_request(&request)
            .map_err(|e| RequestError::new(FailureKind::Setup, format!("invalid test request: {e}")))?;
        let (sender, receiver) = tokio::sync::oneshot::channel();
        let handles = {
            let mut http = store.data_mut().http();
            http.new_incoming_request(Scheme::Http, incoming)
                .and_then(|req| Ok((req, http.new_response_outparam(sender)?)))
        };
        let (req, out) = handles.map_err(|e| RequestError::new(FailureKind::Setup, format!("{e:#}")))?;

        let pre = self.compiled.pre.clone();
        let guest = tokio::spawn(async move {
            let proxy = pre.instantiate_async(&mut store).await?;
            proxy
                .wasi_http_incoming_handler()
                .call_handle(&mut store, req, out)
                .await
        });
        let abort = guest.abort_handle();

        let exchange = async {
            let response = match receiver.await {
                Ok(Ok(response)) => response,
                Ok(Err(code)) => {
                    return Err(RequestError::new(
                        FailureKind::NoResponse,
                        format!("the guest answered with error code {code:?}"),
                    ));
                }
                // The sender is dropped with the store: the guest finished or trapped unanswered.
                Err(_) => {
                    return Err(match guest.await {
                        Ok(Ok(())) => RequestError::new(
                            FailureKind::NoResponse,
                            "the guest returned without setting a response",
                        ),
                        Ok(Err(e)) => guest_failure(&e, &probe),
                        Err(e) => RequestError::new(FailureKind::Trap, format!("guest task: {e}")),
                    });
                }
            };
            let (parts, body) = response.into_parts();
            // The guest streams the body after the head, so it is still running here.
            let body = body.collect().await;
            // A trap while streaming also breaks the body; the trap is the better report.
            match guest.await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => return Err(guest_failure(&e, &probe)),
                Err(e) => return Err(RequestError::new(FailureKind::Trap, format!("guest task: {e}"))),
            }
            let body = body.map_err(|e| RequestError::new(FailureKind::Body, format!("{e}")))?;
            // Spin's server (hyper) sends no body for HEAD, whatever the guest wrote.
            let body = if head {
                Vec::new()
            } else {
                body.to_bytes().to_vec()
            };
            Ok(TestResponse {
                status: parts.status.as_u16(),
                headers: parts.headers,
                body,
                guest_output: String::new(),
                peak_memory_bytes: probe.peak.load(Ordering::Relaxed),
                elapsed: Duration::ZERO,
            })
        };
        // Slack past the epoch deadline so a computing guest is reported by its own trap.
        let outcome = tokio::time::timeout(deadline + EPOCH_TICK * 5, exchange).await;
        abort.abort();
        let guest_output = output.text();
        match outcome {
            Ok(Ok(mut response)) => {
                response.guest_output = guest_output;
                response.elapsed = started.elapsed();
                Ok(response)
            }
            Ok(Err(mut e)) => {
                e.guest_output = guest_output;
                Err(e)
            }
            Err(_) => Err(RequestError {
                kind: FailureKind::Deadline,
                message: format!("no complete response within {deadline:?}"),
                guest_output,
            }),
        }
    }

    fn new_store(
        &self,
        output: &GuestOutput,
        memory_limit: usize,
        probe: Arc<MemoryProbe>,
        wall_clock: Option<u64>,
    ) -> Store<RequestState> {
        // No args, env, preopens or network: `spin.toml` grants the component none.
        let mut wasi = WasiCtxBuilder::new();
        wasi.stdout(output.clone()).stderr(output.clone());
        if let Some(seconds) = wall_clock {
            wasi.wall_clock(StoppedClock(Duration::from_secs(seconds)));
        }
        let wasi = wasi.build();
        let state = RequestState {
            wasi,
            http: WasiHttpCtx::new(),
            hooks: DenyOutbound,
            table: ResourceTable::new(),
            limiter: MemoryCap {
                limit: memory_limit,
                probe,
            },
            app: Arc::clone(&self.app),
            // Read once per request, as Spin resolves variables for an instance.
            variables: lock(&self.app.variables).clone(),
            open_stores: 0,
        };
        let mut store = Store::new(&self.compiled.engine, state);
        store.limiter(|s| &mut s.limiter);
        store
    }

    /// A copy of the key-value store.
    pub fn kv_snapshot(&self) -> BTreeMap<String, Vec<u8>> {
        lock(&self.app.kv).clone()
    }

    pub fn kv_get(&self, key: &str) -> Option<Vec<u8>> {
        lock(&self.app.kv).get(key).cloned()
    }

    pub fn kv_set(&self, key: &str, value: impl Into<Vec<u8>>) {
        lock(&self.app.kv).insert(key.to_string(), value.into());
    }

    /// The key-value calls made so far, oldest first.
    pub fn kv_calls(&self) -> Vec<KvCall> {
        lock(&self.app.kv_calls).clone()
    }

    pub fn clear_kv_calls(&self) {
        lock(&self.app.kv_calls).clear();
    }

    /// Makes the listed operations never return, as Spin's Redis backend does while it keeps
    /// reconnecting (a guest cannot time out a host call), until [`Host::heal_store`]. The
    /// request then ends at the host's deadline; real Spin would keep it waiting.
    pub fn stall_store(&self, ops: &[KvOp]) {
        *lock(&self.app.kv_stall) = ops.to_vec();
    }

    /// Makes the listed operations fail with `error::other(message)` until [`Host::heal_store`].
    pub fn fail_store(&self, ops: &[KvOp], message: &str) {
        *lock(&self.app.kv_failure) = Some((ops.to_vec(), message.to_string()));
    }

    pub fn heal_store(&self) {
        *lock(&self.app.kv_failure) = None;
        lock(&self.app.kv_stall).clear();
    }

    /// Sets a variable for the following requests. As under Spin, a name the component asks
    /// for is first checked with [`check_variable_name`] (`invalid-name`), then looked up here
    /// (`undefined` when absent).
    pub fn set_variable(&self, name: &str, value: &str) {
        lock(&self.app.variables).insert(name.to_string(), value.to_string());
    }

    /// Removes a variable: the component then gets `undefined` for it.
    pub fn unset_variable(&self, name: &str) {
        lock(&self.app.variables).remove(name);
    }

    pub fn set_memory_limit(&self, bytes: usize) {
        self.app.memory_limit.store(bytes, Ordering::Relaxed);
    }

    pub fn set_deadline(&self, deadline: Duration) {
        *lock(&self.app.deadline) = deadline;
    }
}

impl Compiled {
    fn load(wasm: &Path) -> Result<Compiled, String> {
        let engine = Engine::new(&spin_engine_config()).map_err(|e| format!("wasmtime engine: {e:#}"))?;
        let component = compile_cached(&engine, wasm)?;
        let mut linker = Linker::<RequestState>::new(&engine);
        wasmtime_wasi::p2::add_to_linker_async(&mut linker).map_err(|e| format!("linking WASI: {e:#}"))?;
        wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker)
            .map_err(|e| format!("linking wasi:http: {e:#}"))?;
        spin::TestHost::add_to_linker::<_, HasSelf<RequestState>>(&mut linker, |s| s)
            .map_err(|e| format!("linking fermyon:spin: {e:#}"))?;
        let pre = linker
            .instantiate_pre(&component)
            .and_then(ProxyPre::new)
            .map_err(|e| format!("pre-instantiating the component: {e:#}"))?;
        start_epoch_ticker(&engine)?;
        Ok(Compiled { engine, pre })
    }
}

/// The engine configuration `spin up` uses by default (spin-core's `Config::default`): epoch
/// interruption, the component model, and the pooling instance allocator, which keeps the first
/// 2 MiB of each linear memory resident between instances instead of handing pages back to the
/// kernel. That last part decides what a fresh instance per request costs, so the benchmarks
/// measure it as Spin runs it. Only the pool's capacity is smaller than Spin's 1,000 instances:
/// it reserves virtual address space, and a test process never runs more than a few at once.
fn spin_engine_config() -> Config {
    const MIB: usize = 1 << 20;
    const INSTANCES: u32 = 100;
    let mut pooling = PoolingAllocationConfig::default();
    pooling
        .total_component_instances(INSTANCES)
        .total_memories(INSTANCES)
        .total_tables(2 * INSTANCES)
        .total_stacks(INSTANCES)
        .total_core_instances(4 * INSTANCES)
        .table_elements(100_000)
        .max_component_instance_size(10 * MIB)
        .max_core_instance_size(10 * MIB)
        .max_core_instances_per_component(200)
        .max_tables_per_component(64)
        .max_memories_per_component(32)
        .max_tables_per_module(2)
        .max_memories_per_module(2)
        .max_memory_size(4 << 30)
        .linear_memory_keep_resident(2 * MIB)
        .table_keep_resident(MIB / 2);
    let mut config = Config::new();
    config
        .wasm_component_model(true)
        .epoch_interruption(true)
        .allocation_strategy(InstanceAllocationStrategy::Pooling(pooling));
    // `JOBPDF_PERFMAP=1 perf record …` names the guest's functions in a profile of a test or a
    // benchmark (wasmtime writes /tmp/perf-PID.map).
    if std::env::var_os("JOBPDF_PERFMAP").is_some() {
        config.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    config
}

/// The compiled component, from `target/component-tests` when an earlier test binary (or bench)
/// compiled the same bytes with a compatible engine: compiling takes seconds with the
/// unoptimised cranelift of a test build, deserialising milliseconds.
fn compile_cached(engine: &Engine, wasm: &Path) -> Result<Component, String> {
    use std::hash::{Hash, Hasher};
    let bytes = std::fs::read(wasm).map_err(|e| format!("reading {}: {e}", wasm.display()))?;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    engine.precompile_compatibility_hash().hash(&mut hasher);
    let dir = wasm.parent().unwrap_or(Path::new("."));
    let cached = dir.join(format!("jobpdf_core-{:016x}.cwasm", hasher.finish()));
    if cached.is_file() {
        // SAFETY: the file was written below by `Component::serialize` (renamed into place
        // only once complete), and wasmtime rejects an artifact of an incompatible engine.
        if let Ok(component) = unsafe { Component::deserialize_file(engine, &cached) } {
            return Ok(component);
        }
    }
    let started = Instant::now();
    let component =
        Component::new(engine, &bytes).map_err(|e| format!("compiling {}: {e:#}", wasm.display()))?;
    eprintln!(
        "component host: compiled the component in {:.1?}",
        started.elapsed()
    );
    // The cache only saves time: failing to write it is not an error.
    if let Ok(serialized) = component.serialize() {
        if let Ok(entries) = std::fs::read_dir(dir) {
            for entry in entries.flatten() {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                if name.starts_with("jobpdf_core-") && name.ends_with(".cwasm") {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
        let partial = cached.with_extension(format!("{}.partial", std::process::id()));
        if std::fs::write(&partial, serialized).is_ok() {
            let _ = std::fs::rename(&partial, &cached);
        }
    }
    Ok(component)
}

/// Advances the engine's epoch until the engine is gone.
fn start_epoch_ticker(engine: &Engine) -> Result<(), String> {
    let weak = engine.weak();
    std::thread::Builder::new()
        .name("epoch-ticker".into())
        .spawn(move || {
            while let Some(engine) = weak.upgrade() {
                engine.increment_epoch();
                drop(engine);
                std::thread::sleep(EPOCH_TICK);
            }
        })
        .map(drop)
        .map_err(|e| format!("cannot start the epoch ticker: {e}"))
}

/// The request as Spin hands it to a component behind `route = "/..."`.
fn http_request(request: &TestRequest) -> Result<http::Request<Full<Bytes>>, http::Error> {
    let path_only = request.path.split('?').next().unwrap_or("");
    let mut builder = http::Request::builder()
        .method(request.method.as_str())
        .uri(format!("http://{AUTHORITY}{}", request.path))
        .header(http::header::HOST, AUTHORITY);
    let mut has_length = false;
    for (name, value) in &request.headers {
        has_length |= name.eq_ignore_ascii_case("content-length");
        builder = builder.header(name.as_str(), value.as_slice());
    }
    if request.content_length && !has_length && !request.body.is_empty() {
        builder = builder.header(http::header::CONTENT_LENGTH, request.body.len());
    }
    builder
        .header("spin-full-url", format!("http://{AUTHORITY}{}", request.path))
        .header("spin-path-info", path_only)
        .header("spin-matched-route", "/...")
        .header("spin-raw-component-route", "/...")
        .header("spin-component-route", "")
        .header("spin-base-path", "/")
        .header("spin-client-addr", "127.0.0.1:50000")
        .body(Full::new(Bytes::from(request.body.clone())))
}

fn guest_failure(e: &wasmtime::Error, probe: &MemoryProbe) -> RequestError {
    let message = format!("{e:?}");
    let kind = match e.downcast_ref::<Trap>() {
        Some(Trap::Interrupt) => FailureKind::Deadline,
        _ if probe.denied.load(Ordering::Relaxed) => FailureKind::MemoryLimit,
        _ => FailureKind::Trap,
    };
    RequestError::new(kind, message)
}

/// The data of one request's store.
struct RequestState {
    wasi: WasiCtx,
    http: WasiHttpCtx,
    hooks: DenyOutbound,
    table: ResourceTable,
    limiter: MemoryCap,
    app: Arc<AppState>,
    variables: BTreeMap<String, String>,
    open_stores: usize,
}

impl WasiView for RequestState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

impl WasiHttpView for RequestState {
    fn http(&mut self) -> WasiHttpCtxView<'_> {
        WasiHttpCtxView {
            ctx: &mut self.http,
            table: &mut self.table,
            hooks: &mut self.hooks,
        }
    }
}

/// Outbound HTTP as Spin does it for `allowed_outbound_hosts = []`.
struct DenyOutbound;

impl WasiHttpHooks for DenyOutbound {
    fn send_request(
        &mut self,
        _request: http::Request<wasmtime_wasi_http::WasiBody>,
        _options: Option<wasmtime_wasi_http::RequestOptions>,
        _fut: Box<dyn Future<Output = Result<(), wasmtime_wasi_http::Error>> + Send>,
    ) -> Box<
        dyn Future<
                Output = Result<
                    (
                        http::Response<wasmtime_wasi_http::WasiBody>,
                        Box<dyn Future<Output = Result<(), wasmtime_wasi_http::Error>> + Send>,
                    ),
                    wasmtime_wasi_http::Error,
                >,
            > + Send,
    > {
        Box::new(async { Err(wasmtime_wasi_http::Error::HttpRequestDenied) })
    }
}

/// The guest's stdout and stderr, kept up to [`GUEST_OUTPUT_CAPACITY`] bytes. Writes past that
/// are dropped, never refused: Spin's log files accept every write, and a refused write would
/// make a Rust guest's `println!` panic.
#[derive(Clone, Default)]
struct GuestOutput(Arc<Mutex<Vec<u8>>>);

impl GuestOutput {
    fn keep(&self, bytes: &[u8]) {
        let mut buffer = lock(&self.0);
        let room = GUEST_OUTPUT_CAPACITY.saturating_sub(buffer.len());
        buffer.extend_from_slice(&bytes[..bytes.len().min(room)]);
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&lock(&self.0)).into_owned()
    }
}

impl IsTerminal for GuestOutput {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdoutStream for GuestOutput {
    fn p2_stream(&self) -> Box<dyn OutputStream> {
        Box::new(self.clone())
    }

    fn async_stream(&self) -> Box<dyn tokio::io::AsyncWrite + Send + Sync> {
        Box::new(self.clone())
    }
}

impl OutputStream for GuestOutput {
    fn write(&mut self, bytes: Bytes) -> StreamResult<()> {
        self.keep(&bytes);
        Ok(())
    }

    fn flush(&mut self) -> StreamResult<()> {
        Ok(())
    }

    fn check_write(&mut self) -> StreamResult<usize> {
        Ok(64 * 1024)
    }
}

#[wasmtime_wasi::async_trait]
impl Pollable for GuestOutput {
    async fn ready(&mut self) {}
}

impl tokio::io::AsyncWrite for GuestOutput {
    fn poll_write(self: Pin<&mut Self>, _: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        self.keep(buf);
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

/// Counters the limiter shares with the request, so they survive an aborted guest.
#[derive(Default)]
struct MemoryProbe {
    peak: AtomicUsize,
    denied: AtomicBool,
}

/// Refuses memory growth past the cap the way Spin's limits do (the guest sees `memory.grow`
/// fail, and Rust's allocator then aborts), remembering that it did.
struct MemoryCap {
    limit: usize,
    probe: Arc<MemoryProbe>,
}

impl ResourceLimiter for MemoryCap {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired > self.limit {
            self.probe.denied.store(true, Ordering::Relaxed);
            return Ok(false);
        }
        self.probe.peak.fetch_max(desired, Ordering::Relaxed);
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        _desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(true)
    }
}

/// A wall clock that does not move, for requests that must see a given time.
struct StoppedClock(Duration);

impl wasmtime_wasi::HostWallClock for StoppedClock {
    fn resolution(&self) -> Duration {
        Duration::from_secs(1)
    }

    fn now(&self) -> Duration {
        self.0
    }
}

/// The host side of a `fermyon:spin/key-value` store handle.
pub struct OpenStore;

impl RequestState {
    /// Logs a key-value call and decides whether the injected failure or stall applies to it.
    /// The future holds only the shared app state, so that it is `Send` as wasmtime requires.
    fn kv_call(
        &self,
        op: KvOp,
        key: &str,
    ) -> impl Future<Output = Result<(), key_value::Error>> + Send + 'static {
        let app = Arc::clone(&self.app);
        let key = key.to_string();
        async move {
            let stalled = lock(&app.kv_stall).contains(&op);
            let failure = lock(&app.kv_failure)
                .as_ref()
                .filter(|(ops, _)| ops.contains(&op))
                .map(|(_, message)| message.clone());
            lock(&app.kv_calls).push(KvCall {
                op,
                key,
                ok: failure.is_none() && !stalled,
            });
            if stalled {
                std::future::pending::<()>().await;
            }
            match failure {
                Some(message) => Err(key_value::Error::Other(message)),
                None => Ok(()),
            }
        }
    }

    fn check_handle(&self, store: &Resource<OpenStore>) -> wasmtime::Result<()> {
        self.table.get(store)?;
        Ok(())
    }
}

impl key_value::Host for RequestState {}

impl key_value::HostStore for RequestState {
    async fn open(
        &mut self,
        label: String,
    ) -> wasmtime::Result<Result<Resource<OpenStore>, key_value::Error>> {
        // Spin refuses a label the manifest does not grant before it looks the store up.
        if label != STORE_LABEL {
            return Ok(Err(key_value::Error::AccessDenied));
        }
        if let Err(e) = self.kv_call(KvOp::Open, &label).await {
            return Ok(Err(e));
        }
        if self.open_stores >= STORE_TABLE_CAPACITY {
            return Ok(Err(key_value::Error::StoreTableFull));
        }
        self.open_stores += 1;
        Ok(Ok(self.table.push(OpenStore)?))
    }

    async fn get(
        &mut self,
        store: Resource<OpenStore>,
        key: String,
    ) -> wasmtime::Result<Result<Option<Vec<u8>>, key_value::Error>> {
        self.check_handle(&store)?;
        Ok(self
            .kv_call(KvOp::Get, &key)
            .await
            .map(|()| lock(&self.app.kv).get(&key).cloned()))
    }

    async fn set(
        &mut self,
        store: Resource<OpenStore>,
        key: String,
        value: Vec<u8>,
    ) -> wasmtime::Result<Result<(), key_value::Error>> {
        self.check_handle(&store)?;
        Ok(self.kv_call(KvOp::Set, &key).await.map(|()| {
            lock(&self.app.kv).insert(key, value);
        }))
    }

    async fn delete(
        &mut self,
        store: Resource<OpenStore>,
        key: String,
    ) -> wasmtime::Result<Result<(), key_value::Error>> {
        self.check_handle(&store)?;
        Ok(self.kv_call(KvOp::Delete, &key).await.map(|()| {
            lock(&self.app.kv).remove(&key);
        }))
    }

    async fn exists(
        &mut self,
        store: Resource<OpenStore>,
        key: String,
    ) -> wasmtime::Result<Result<bool, key_value::Error>> {
        self.check_handle(&store)?;
        Ok(self
            .kv_call(KvOp::Exists, &key)
            .await
            .map(|()| lock(&self.app.kv).contains_key(&key)))
    }

    async fn get_keys(
        &mut self,
        store: Resource<OpenStore>,
    ) -> wasmtime::Result<Result<Vec<String>, key_value::Error>> {
        self.check_handle(&store)?;
        Ok(self
            .kv_call(KvOp::GetKeys, "")
            .await
            .map(|()| lock(&self.app.kv).keys().cloned().collect()))
    }

    async fn drop(&mut self, store: Resource<OpenStore>) -> wasmtime::Result<()> {
        self.table.delete(store)?;
        self.open_stores = self.open_stores.saturating_sub(1);
        Ok(())
    }
}

impl variables::Host for RequestState {
    fn get(&mut self, name: String) -> wasmtime::Result<Result<String, variables::Error>> {
        if let Err(reason) = check_variable_name(&name) {
            return Ok(Err(variables::Error::InvalidName(format!("{name:?}: {reason}"))));
        }
        Ok(self
            .variables
            .get(&name)
            .cloned()
            .ok_or_else(|| variables::Error::Undefined(format!("no variable for \"jobpdf\".{name:?}"))))
    }
}

/// Spin's rule for variable names: lowercase ASCII letters, digits and single underscores,
/// starting with a letter and not ending with an underscore.
pub fn check_variable_name(name: &str) -> Result<(), &'static str> {
    let bytes = name.as_bytes();
    match (bytes.first(), bytes.last()) {
        (None, _) | (_, None) => Err("must not be empty"),
        _ if !bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_') =>
        {
            Err("variable names may contain only lower-case letters, numbers, and underscores")
        }
        (Some(first), _) if !first.is_ascii_lowercase() => Err("must start with a lowercase ASCII letter"),
        (_, Some(last)) if !last.is_ascii_alphanumeric() => {
            Err("must end with a lowercase ASCII letter or digit")
        }
        _ if name.contains("__") => Err("must not contain multiple consecutive underscores"),
        _ => Ok(()),
    }
}
