//! Server lifecycle: binds the socket on the caller's thread (so `start` fails fast and returns a usable
//! URL), then serves on a thread with its own tokio runtime, so that synchronous tests and async tests
//! alike can start one without a runtime of their own. Dropping the handle stops it.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use anyhow::{Context, ensure};
use tokio::sync::oneshot;

use crate::connection::{ConnectionHandle, CuttableListener};
use crate::faults::Fault;
use crate::http::{Shared, router};
use crate::ids::IdSource;
use crate::model::Model;
use crate::sampling::SamplingReport;
use crate::sigv4::Credentials;
use crate::state::{Store, StoreSettings};
use crate::stats::{Stats, StatsRecorder};

/// How to run a server. `Config::default()` listens on a free port of 127.0.0.1 with the embedded model.
#[derive(Debug, Clone)]
pub struct Config {
    /// Default 127.0.0.1:0 (a free port).
    pub bind: SocketAddr,
    /// A botocore `service-2.json` to use instead of the embedded one.
    pub model: Option<PathBuf>,
    pub region: String,
    pub account_id: String,
    /// Items per page of GetGroups, GetSamplingRules and ListTagsForResource; small values exercise paging.
    pub page_size: usize,
    /// User-created sampling rules allowed besides Default (AWS's default quota is 25).
    pub rule_limit: usize,
    /// One line per request on stderr.
    pub verbose: bool,
    /// The only access key the server knows: every SigV4 signature is checked against it.
    pub credentials: Credentials,
    /// Verify SigV4 signatures on control-plane calls too. The OTLP endpoint always verifies; without
    /// this the control plane only checks that a SigV4 `Authorization` header is there.
    pub verify_signatures: bool,
    /// How long a changed trace segment destination stays `PENDING` (AWS: minutes).
    pub destination_activation: std::time::Duration,
    /// The `Interval` GetSamplingTargets gives clients (AWS: 10 seconds).
    pub sampling_target_interval_secs: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bind: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            model: None,
            region: "us-east-1".to_owned(),
            account_id: "123456789012".to_owned(),
            page_size: 10,
            rule_limit: 25,
            verbose: false,
            // moto's convention for local credentials; never a real key.
            credentials: Credentials::new("testing", "testing"),
            verify_signatures: false,
            destination_activation: std::time::Duration::ZERO,
            sampling_target_interval_secs: 10,
        }
    }
}

/// A running server. Dropping it stops the server and closes its connections.
pub struct XrayServer {
    address: SocketAddr,
    shared: Arc<Shared>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl XrayServer {
    /// Starts on its own thread with its own tokio runtime; returns once the socket is listening.
    pub fn start(config: Config) -> anyhow::Result<XrayServer> {
        ensure!(config.page_size > 0, "page size must be at least 1");
        let model = match &config.model {
            Some(path) => Arc::new(Model::load(path)?),
            None => Model::embedded()?,
        };
        let listener = std::net::TcpListener::bind(config.bind).with_context(|| format!("binding {}", config.bind))?;
        listener.set_nonblocking(true).context("making the listening socket non-blocking")?;
        let address = listener.local_addr().context("reading the bound address")?;
        let shared = Arc::new(Shared {
            model,
            store: Mutex::new(Store::new(StoreSettings {
                region: config.region.clone(),
                account_id: config.account_id,
                rule_limit: config.rule_limit,
                destination_activation_secs: config.destination_activation.as_secs_f64(),
                sampling_target_interval_secs: config.sampling_target_interval_secs,
            })),
            stats: StatsRecorder::default(),
            faults: Default::default(),
            request_ids: IdSource::default(),
            page_size: config.page_size,
            verbose: config.verbose,
            region: config.region.clone(),
            credentials: config.credentials,
            verify_signatures: config.verify_signatures,
        });
        // Two workers: a delayed call must not hold up others, and the machine is shared with builds.
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("xray-server-worker")
            .enable_all()
            .build()
            .context("starting the server's tokio runtime")?;
        let (shutdown_sender, shutdown_receiver) = oneshot::channel::<()>();
        let app = router(Arc::clone(&shared));
        let thread = std::thread::Builder::new()
            .name("xray-server".to_owned())
            .spawn(move || {
                runtime.block_on(async move {
                    let listener = match tokio::net::TcpListener::from_std(listener) {
                        Ok(listener) => CuttableListener::new(listener),
                        Err(error) => {
                            eprintln!("cruddur-xray-server: cannot serve on {address}: {error}");
                            return;
                        }
                    };
                    let service = app.into_make_service_with_connect_info::<ConnectionHandle>();
                    // Not a graceful shutdown: a delayed call must not keep a test waiting on drop.
                    tokio::select! {
                        result = axum::serve(listener, service) => {
                            if let Err(error) = result {
                                eprintln!("cruddur-xray-server: {error}");
                            }
                        }
                        _ = shutdown_receiver => {}
                    }
                });
                // Dropping the runtime here cancels the connection tasks, closing their sockets.
            })
            .context("spawning the server thread")?;
        Ok(XrayServer { address, shared, shutdown: Some(shutdown_sender), thread: Some(thread) })
    }

    /// `http://127.0.0.1:PORT`: the endpoint URL for SDKs and the aws CLI.
    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.address
    }

    pub fn stats(&self) -> Stats {
        self.shared.stats.snapshot()
    }

    /// Queues a fault for the next `fault.count` matching calls.
    pub fn inject(&self, fault: Fault) {
        self.shared.faults.inject(fault);
    }

    /// Sets the trace segment destination to `CloudWatchLogs`, ACTIVE at once: an account where
    /// Transaction Search is already on.
    pub fn enable_transaction_search(&self) {
        let mut store = self.shared.store();
        store.update_trace_segment_destination(crate::state::Destination::CloudWatchLogs, f64::NEG_INFINITY);
    }

    /// Every GetSamplingTargets statistics document received, in order.
    pub fn sampling_reports(&self) -> Vec<SamplingReport> {
        self.shared.store().sampling_reports().history()
    }

    /// Spans stored by the OTLP endpoint since the start (or the last reset).
    pub fn span_count(&self) -> u64 {
        self.shared.store().traces().span_count()
    }

    /// Back to only the Default group and rule, zero counters, no pending faults.
    pub fn reset(&self) {
        self.shared.reset();
    }
}

impl Drop for XrayServer {
    fn drop(&mut self) {
        if let Some(sender) = self.shutdown.take() {
            // An error only means the server already stopped.
            let _ = sender.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
