//! Request and creation counters, so tests can prove what reached the server (e.g. that a
//! retried create did not create twice).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// A snapshot of the counters (`GET /__admin/stats` serves it as JSON).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    /// Requests per operation, keyed `METHOD /path/template` (e.g. `POST /1/query_results/{datasetSlug}`);
    /// unmatched paths count under `METHOD <unmatched>`.
    pub requests: BTreeMap<String, u64>,
    /// Responses per operation and status, keyed `METHOD /path/template STATUS`.
    pub responses: BTreeMap<String, u64>,
    /// Objects created.
    pub created: Created,
    /// Faults that fired.
    pub faults_fired: u64,
}

/// Creation counters. Idempotent creates that found an existing object do not count.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Created {
    pub environments: u64,
    pub api_keys: u64,
    pub datasets: u64,
    pub columns: u64,
    pub queries: u64,
    pub query_results: u64,
    pub query_annotations: u64,
    pub markers: u64,
    pub boards: u64,
    pub board_views: u64,
    pub triggers: u64,
    pub slos: u64,
    pub burn_alerts: u64,
    /// Calculated fields.
    pub derived_columns: u64,
    pub recipients: u64,
    pub marker_settings: u64,
    /// Events stored, from every ingest path (spans and span events included).
    pub events: u64,
    /// OTLP spans received.
    pub spans: u64,
}

impl Stats {
    /// Requests to one operation, e.g. `stats.requests_to("POST", "/1/query_results/{datasetSlug}")`.
    pub fn requests_to(&self, method: &str, template: &str) -> u64 {
        self.requests.get(&format!("{method} {template}")).copied().unwrap_or(0)
    }

    /// Responses with `status` from one operation.
    pub fn responses_from(&self, method: &str, template: &str, status: u16) -> u64 {
        self.responses.get(&format!("{method} {template} {status}")).copied().unwrap_or(0)
    }
}

/// What is counted when an object is created.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Creation {
    Environment,
    ApiKey,
    Dataset,
    Column,
    Query,
    QueryResult,
    QueryAnnotation,
    Marker,
    Board,
    BoardView,
    Trigger,
    Slo,
    BurnAlert,
    DerivedColumn,
    Recipient,
    MarkerSetting,
}

/// The live counters.
#[derive(Default)]
pub struct StatsCollector {
    routes: Mutex<(BTreeMap<String, u64>, BTreeMap<String, u64>)>,
    counters: [AtomicU64; 19],
}

const EVENTS: usize = 16;
const SPANS: usize = 17;
const FAULTS: usize = 18;

impl StatsCollector {
    pub fn request(&self, route: &str) {
        let mut routes = self.routes.lock().unwrap_or_else(|e| e.into_inner());
        *routes.0.entry(route.to_owned()).or_default() += 1;
    }

    pub fn response(&self, route: &str, status: u16) {
        let mut routes = self.routes.lock().unwrap_or_else(|e| e.into_inner());
        *routes.1.entry(format!("{route} {status}")).or_default() += 1;
    }

    pub fn created(&self, what: Creation) {
        self.counters[what as usize].fetch_add(1, Ordering::Relaxed);
    }

    pub fn events(&self, n: u64) {
        self.counters[EVENTS].fetch_add(n, Ordering::Relaxed);
    }

    pub fn spans(&self, n: u64) {
        self.counters[SPANS].fetch_add(n, Ordering::Relaxed);
    }

    pub fn fault_fired(&self) {
        self.counters[FAULTS].fetch_add(1, Ordering::Relaxed);
    }

    pub fn snapshot(&self) -> Stats {
        let (requests, responses) = self.routes.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let c = |i: usize| self.counters[i].load(Ordering::Relaxed);
        Stats {
            requests,
            responses,
            created: Created {
                environments: c(Creation::Environment as usize),
                api_keys: c(Creation::ApiKey as usize),
                datasets: c(Creation::Dataset as usize),
                columns: c(Creation::Column as usize),
                queries: c(Creation::Query as usize),
                query_results: c(Creation::QueryResult as usize),
                query_annotations: c(Creation::QueryAnnotation as usize),
                markers: c(Creation::Marker as usize),
                boards: c(Creation::Board as usize),
                board_views: c(Creation::BoardView as usize),
                triggers: c(Creation::Trigger as usize),
                slos: c(Creation::Slo as usize),
                burn_alerts: c(Creation::BurnAlert as usize),
                derived_columns: c(Creation::DerivedColumn as usize),
                recipients: c(Creation::Recipient as usize),
                marker_settings: c(Creation::MarkerSetting as usize),
                events: c(EVENTS),
                spans: c(SPANS),
            },
            faults_fired: c(FAULTS),
        }
    }

    pub fn reset(&self) {
        *self.routes.lock().unwrap_or_else(|e| e.into_inner()) = Default::default();
        for c in &self.counters {
            c.store(0, Ordering::Relaxed);
        }
    }
}
