//! A local Honeycomb-compatible server, held to Honeycomb's published contract.
//!
//! It serves the subset of Honeycomb's API that `cruddur-obs` uses (v2 environments and API
//! keys, v1 auth, datasets, columns, queries, query results, query annotations, markers, and the
//! configuration objects: boards and views, triggers, SLOs, burn alerts, calculated fields,
//! recipients, marker settings),
//! OTLP/HTTP trace ingest and the events API, and runs real queries over what was ingested.
//! Tests reach it through `prism proxy --errors` ([`prism::PrismProxy`]) with the official spec,
//! so both sides keep the contract; faults ([`Fault`]) and counters ([`Stats`]) let tests
//! exercise retries and prove what reached the server.
//!
//! ```no_run
//! use cruddur_honeycomb_server::{Config, HoneycombServer};
//! let server = HoneycombServer::start(Config::default())?;
//! let env = server.credentials().default_environment().unwrap();
//! println!("{} {}", server.url(), env.configuration_key.as_deref().unwrap());
//! # anyhow::Ok(())
//! ```

mod admin;
pub mod auth;
pub mod config;
pub mod contract;
mod errors;
pub mod faults;
mod http;
pub mod http_client;
pub mod ingest;
pub mod keys;
mod limits;
pub mod plans;
pub mod prism;
pub mod seed;
mod server;
pub mod stats;
mod store;
mod util;
mod v1;
mod v2;

use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;
use tokio::sync::watch;

pub use config::{Config, Limits};
pub use faults::{Fault, FaultKind};
pub use plans::Plan;
pub use seed::{EnvironmentCredentials, KeyCredentials, Seed, SeededCredentials};
pub use stats::{Created, Stats};

use store::{AppState, ServerState};

/// A running server: its own thread and Tokio runtime; dropping it shuts it down.
pub struct HoneycombServer {
    url: String,
    state: AppState,
    shutdown: watch::Sender<bool>,
    thread: Option<JoinHandle<()>>,
}

impl HoneycombServer {
    /// Binds (synchronously, so the port accepts connections when this returns) and starts
    /// serving on a background thread. Takes milliseconds.
    pub fn start(config: Config) -> anyhow::Result<HoneycombServer> {
        let listener = std::net::TcpListener::bind(config.bind).map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.bind))?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let state: AppState = Arc::new(ServerState::new(config));
        let (shutdown, shutdown_rx) = watch::channel(false);
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).thread_name("honeycomb-server").enable_all().build()?;
        let router = server::router(state.clone());
        let thread = std::thread::Builder::new().name("honeycomb-server".into()).spawn(move || {
            runtime.block_on(async move {
                match tokio::net::TcpListener::from_std(listener) {
                    Ok(listener) => server::serve(listener, router, shutdown_rx).await,
                    Err(e) => eprintln!("cruddur-honeycomb-server: {e}"),
                }
            });
            runtime.shutdown_timeout(Duration::from_secs(2));
        })?;
        Ok(HoneycombServer { url: format!("http://{addr}"), state, shutdown, thread: Some(thread) })
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        self.url.clone()
    }

    /// The seeded team, management key and environment keys.
    pub fn credentials(&self) -> &SeededCredentials {
        &self.state.credentials
    }

    /// Request, response and creation counters.
    pub fn stats(&self) -> Stats {
        self.state.stats.snapshot()
    }

    /// Arms a fault for the next matching requests.
    pub fn inject(&self, fault: Fault) {
        self.state.faults.lock().unwrap_or_else(|e| e.into_inner()).add(fault);
    }

    /// Writes events straight into a dataset of the environment `environment_slug` (created if
    /// needed), as the events API would, without HTTP: test data for query tests. Each event is a
    /// JSON object with its time.
    pub fn ingest_events(
        &self,
        environment_slug: &str,
        dataset: &str,
        events: &[(std::time::SystemTime, serde_json::Value)],
    ) -> anyhow::Result<()> {
        let data = self
            .state
            .registry()
            .environments
            .iter()
            .find(|e| e.slug == environment_slug)
            .map(|e| e.data.clone())
            .ok_or_else(|| anyhow::anyhow!("no environment {environment_slug:?}"))?;
        let mut data = data.write().unwrap_or_else(|e| e.into_inner());
        let (slug, created) = data.ensure_dataset(dataset);
        if created {
            self.state.created(stats::Creation::Dataset);
        }
        let now = util::now_secs();
        for (at, event) in events {
            let ns = at.duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i64);
            ingest::write_event(&mut data, &slug, event, ns, 1, now).map_err(|e| anyhow::anyhow!("{e}"))?;
        }
        self.state.stats.events(events.len() as u64);
        Ok(())
    }

    /// Disarms every fault still armed (data and counters stay).
    pub fn clear_faults(&self) {
        self.state.faults.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    /// Back to the seeded state (same credentials); clears counters, faults and rate limits.
    pub fn reset(&self) {
        self.state.reset();
    }
}

impl Drop for HoneycombServer {
    fn drop(&mut self) {
        let _ = self.shutdown.send(true);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
