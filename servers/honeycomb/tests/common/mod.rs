//! Shared test harness: the server behind `prism proxy --errors`, and contract assertions.

#![allow(dead_code)]

use cruddur_honeycomb_server::http_client::{self, Response};
use cruddur_honeycomb_server::prism::PrismProxy;
use cruddur_honeycomb_server::{Config, HoneycombServer, Limits, Plan, Seed};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub struct Harness {
    pub server: HoneycombServer,
    pub prism: PrismProxy,
}

/// A config for tests: the demo seed on the Enterprise plan (the one with the Query Data API), the
/// query-result limit raised so unrelated tests never hit it.
pub fn test_config() -> Config {
    Config {
        seed: Seed::demo().with_plan(Plan::Enterprise),
        limits: Limits { query_results_per_window: 1000, ..Limits::default() },
        ..Config::default()
    }
}

impl Harness {
    /// Starts a server and prism in front of it. Fails loudly when prism is not installed.
    pub fn start(config: Config) -> Harness {
        let server = HoneycombServer::start(config).expect("server starts");
        let prism = PrismProxy::start(&server.url()).unwrap_or_else(|e| panic!("prism proxy: {e:#} (run ./scripts/setup first)"));
        Harness { server, prism }
    }

    pub fn config_key(&self) -> String {
        self.server.credentials().default_environment().unwrap().configuration_key.clone().unwrap()
    }

    pub fn ingest_key(&self) -> String {
        self.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap()
    }

    pub fn team(&self) -> String {
        self.server.credentials().team_slug.clone()
    }

    /// A v1 request through prism with `X-Honeycomb-Team: key`; asserts the contract held.
    pub fn v1(&self, method: &str, path: &str, key: &str, body: Option<Value>) -> Response {
        let url = format!("{}{path}", self.prism.url());
        let headers = [("X-Honeycomb-Team", key)];
        let r = match body {
            Some(b) => http_client::send_json(method, &url, &headers, &b),
            None => http_client::request(method, &url, &headers, None),
        }
        .expect("request through prism");
        assert_contract(method, path, &r);
        r
    }

    /// A v2 request through prism with the management key and JSON:API headers.
    pub fn v2(&self, method: &str, path: &str, body: Option<Value>) -> Response {
        let bearer = format!("Bearer {}", self.server.credentials().management_bearer());
        self.v2_with(method, path, &bearer, body)
    }

    pub fn v2_with(&self, method: &str, path: &str, authorization: &str, body: Option<Value>) -> Response {
        let url = format!("{}{path}", self.prism.url());
        let headers =
            [("Authorization", authorization), ("Accept", "application/vnd.api+json"), ("Content-Type", "application/vnd.api+json")];
        let r = match body {
            Some(b) => http_client::request(method, &url, &headers, Some(&serde_json::to_vec(&b).unwrap())),
            None => http_client::request(method, &url, &headers[..2], None),
        }
        .expect("request through prism");
        assert_contract(method, path, &r);
        r
    }

    /// Creates a query and a result for it, then polls until complete; returns the result body.
    pub fn run_query(&self, dataset: &str, spec: Value) -> Value {
        let key = self.config_key();
        let q = self.v1("POST", &format!("/1/queries/{dataset}"), &key, Some(spec));
        assert_eq!(q.status, 200, "create query: {}", q.text());
        let qid = q.json()["id"].as_str().unwrap().to_owned();
        let r = self.v1(
            "POST",
            &format!("/1/query_results/{dataset}"),
            &key,
            Some(serde_json::json!({"query_id": qid, "disable_series": true})),
        );
        assert_eq!(r.status, 201, "create query result: {}", r.text());
        let rid = r.json()["id"].as_str().unwrap().to_owned();
        poll_result(self, dataset, &rid)
    }
}

/// Polls a query result until `complete` (bounded by a count of polls, not a timed assertion).
pub fn poll_result(h: &Harness, dataset: &str, id: &str) -> Value {
    let key = h.config_key();
    for _ in 0..600 {
        let r = h.v1("GET", &format!("/1/query_results/{dataset}/{id}"), &key, None);
        assert_eq!(r.status, 200, "poll: {}", r.text());
        let body = r.json();
        if body["complete"] == true {
            return body;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("query result {id} never completed");
}

/// Fails if prism reported a contract violation by the server (an `Error`-severity entry in
/// `sl-violations`, or prism's own 500 for an invalid upstream response).
pub fn assert_contract(method: &str, path: &str, r: &Response) {
    if let Some(v) = r.header("sl-violations") {
        assert!(!v.contains("\"severity\":\"Error\""), "{method} {path}: prism reports violations: {v}\nbody: {}", r.text());
    }
    let body = r.json();
    let prism_type = body.get("type").and_then(Value::as_str).unwrap_or_default();
    assert!(
        !(r.status == 500 && prism_type.contains("stoplight.io/prism/errors")),
        "{method} {path}: prism rejected the server's response: {}",
        r.text()
    );
}

/// Whether prism itself answered (it rejected the request before forwarding it).
pub fn answered_by_prism(r: &Response) -> bool {
    r.json().get("type").and_then(Value::as_str).is_some_and(|t| t.contains("stoplight.io/prism/errors"))
}

/// The repo root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The venv's python: `$CRUDDUR_OBS_VENV/bin/python`, else `.venv/bin/python` at the repo root.
pub fn venv_python() -> PathBuf {
    let venv = std::env::var_os("CRUDDUR_OBS_VENV").map_or_else(|| repo_root().join(".venv"), PathBuf::from);
    let python = venv.join("bin/python");
    assert!(python.is_file(), "no Python venv at {}: run ./scripts/setup first", venv.display());
    python
}

/// The percentile the engine documents (linear interpolation, rank q·(n−1)), computed
/// independently: sort, then interpolate.
pub fn reference_percentile(values: &[f64], q: f64) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let h = (sorted.len() as f64 - 1.0) * q;
    let (below, above) = (sorted[h.floor() as usize], sorted[h.ceil() as usize]);
    below + (h - h.floor()) * (above - below)
}
