//! Server configuration.

use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;

use crate::seed::Seed;

/// How a [`crate::HoneycombServer`] runs.
#[derive(Clone, Debug)]
pub struct Config {
    /// Where to listen; port 0 picks a free port (the default, for tests).
    pub bind: SocketAddr,
    /// The team, management key, environments and keys that exist at start (and after reset).
    pub seed: Seed,
    /// How long a query result stays `complete: false` after it is created. Honeycomb's are
    /// asynchronous, so even with 0 the create response is incomplete and a poll completes it.
    pub query_delay: Duration,
    /// Log each request to stderr.
    pub verbose: bool,
    /// Honeycomb's Query Data restrictions beyond the 7 days and 10 runs a minute (which always
    /// hold): query result start and end floored by range (1 min up to 6 h, 5 min up to 2 d, 30 min
    /// up to 7 d), one run a minute for queries with relational fields, and the run time limit
    /// ([`Limits::query_run_limit`]). Off by default until the CLI floors its own windows.
    pub strict: bool,
    pub limits: Limits,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            bind: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            seed: Seed::demo(),
            query_delay: Duration::ZERO,
            verbose: false,
            strict: false,
            limits: Limits::default(),
        }
    }
}

/// Rate and size limits. The defaults are Honeycomb's where it publishes them.
#[derive(Clone, Debug)]
pub struct Limits {
    /// `POST /1/query_results` creations per window (Honeycomb: 10 a minute). Over it: 429
    /// problem+json without `Retry-After`, as the spec's example.
    pub query_results_per_window: u32,
    /// Creations of query results whose query uses relational fields (`root.`, `any.`, ...), per
    /// window, when [`Config::strict`] (Honeycomb: 1 a minute; 429 problem+json).
    pub relational_query_results_per_window: u32,
    /// How long a query result may run when [`Config::strict`] (Honeycomb: 10 s); past it the result
    /// completes with an `error`.
    pub query_run_limit: Duration,
    /// Requests per window per operation for every other management/configuration route
    /// (Honeycomb does not publish its general limit; over it: 429 with an HTTP-date
    /// `Retry-After`). Ingest routes are not limited.
    pub requests_per_window: u32,
    /// The fixed rate-limit window (Honeycomb: a minute).
    pub window: Duration,
    /// Largest JSON body on the v1/v2 API (the spec's `PayloadTooLarge`: 100 000 bytes).
    pub max_body_bytes: usize,
    /// Largest (decompressed) ingest body: OTLP, `/1/events`, `/1/batch`.
    pub max_ingest_bytes: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            query_results_per_window: 10,
            relational_query_results_per_window: 1,
            query_run_limit: Duration::from_secs(10),
            requests_per_window: 1000,
            window: Duration::from_secs(60),
            max_body_bytes: 100_000,
            max_ingest_bytes: 32 << 20,
        }
    }
}
