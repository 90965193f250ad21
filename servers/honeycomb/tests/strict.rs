//! Honeycomb's Query Data restrictions (the spec's `Query Data` tag), with `Config::strict` on and
//! off, through `prism proxy --errors`: start and end floored by range, one run a minute for
//! queries with relational fields, the run time limit. The team is on the Enterprise plan (the only
//! one with query results). Times are absolute and hour-aligned, so the flooring is deterministic
//! whatever the clock says.

mod common;

use common::{Harness, test_config};
use cruddur_honeycomb_server::{Config, Limits, Plan, Seed};
use serde_json::{Value, json};
use std::sync::OnceLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

fn harness(strict: bool, limits: Limits) -> Harness {
    Harness::start(Config { seed: Seed::demo().with_plan(Plan::Enterprise), strict, limits, ..test_config() })
}

/// One strict and one lenient server for the tests that can share them (each uses its own datasets).
fn shared(strict: bool) -> &'static Harness {
    static STRICT: OnceLock<Harness> = OnceLock::new();
    static LENIENT: OnceLock<Harness> = OnceLock::new();
    let cell = if strict { &STRICT } else { &LENIENT };
    cell.get_or_init(|| harness(strict, Limits { query_results_per_window: 1000, ..Limits::default() }))
}

fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64
}

/// An hour boundary at least an hour ago (a multiple of 1, 5 and 30 minutes).
fn boundary() -> i64 {
    now() / 3600 * 3600 - 3600
}

/// One event at each of `at` (epoch seconds), tagged with its offset from `base`.
fn events(h: &Harness, dataset: &str, base: i64, at: &[i64]) {
    let events: Vec<_> = at.iter().map(|&t| (UNIX_EPOCH + Duration::from_secs(t as u64), json!({"offset": t - base}))).collect();
    h.server.ingest_events("test", dataset, &events).unwrap();
}

/// The offsets a query over `[start, end)` sees.
fn offsets(h: &Harness, dataset: &str, start: i64, end: i64) -> Vec<i64> {
    let result = h.run_query(
        dataset,
        json!({"calculations":[{"op":"COUNT"}],"breakdowns":["offset"],"orders":[{"column":"offset","order":"ascending"}],
               "start_time": start, "end_time": end}),
    );
    assert_eq!(result["complete"], true);
    result["data"]["results"].as_array().unwrap().iter().map(|r| r["data"]["offset"].as_i64().unwrap()).collect()
}

#[test]
fn strict_floors_start_and_end_by_range() {
    let b = boundary();
    let (strict, lenient) = (shared(true), shared(false));
    for h in [strict, lenient] {
        // ≤ 6 h: the minute. Query [b+30, b+90): floored [b, b+60).
        events(h, "minute", b, &[b + 10, b + 70]);
        // ≤ 2 d: 5 minutes. Query 8 h, [b-8h+200, b+200): floored [b-8h, b).
        events(h, "five", b, &[b - 28_800 + 100, b + 100]);
        // ≤ 7 d: 30 minutes. Query 3 d, [b-3d+1000, b+1000): floored [b-3d, b).
        events(h, "thirty", b, &[b - 259_200 + 900, b + 900]);
    }
    assert_eq!(offsets(strict, "minute", b + 30, b + 90), [10]);
    assert_eq!(offsets(lenient, "minute", b + 30, b + 90), [70]);
    assert_eq!(offsets(strict, "five", b - 28_800 + 200, b + 200), [-28_700]);
    assert_eq!(offsets(lenient, "five", b - 28_800 + 200, b + 200), [100]);
    assert_eq!(offsets(strict, "thirty", b - 259_200 + 1000, b + 1000), [-258_300]);
    assert_eq!(offsets(lenient, "thirty", b - 259_200 + 1000, b + 1000), [900]);
}

#[test]
fn strict_the_span_of_this_minute_is_past_the_floored_end() {
    let h = shared(true);
    let t = now();
    events(h, "fresh", t, &[t]);
    let relative = h.run_query("fresh", json!({"calculations":[{"op":"COUNT"}],"time_range":600}));
    assert_eq!(relative["data"]["results"], json!([]), "the end is floored to the minute, before the event");
    // An end past the next minute boundary sees it.
    let seen = offsets(h, "fresh", t - 600, t / 60 * 60 + 120);
    assert_eq!(seen, [0]);
}

fn create_result(h: &Harness, dataset: &str, spec: Value) -> (u16, Value, Option<String>) {
    let q = h.v1("POST", &format!("/1/queries/{dataset}"), &h.config_key(), Some(spec));
    assert_eq!(q.status, 200, "{}", q.text());
    let r = h.v1("POST", &format!("/1/query_results/{dataset}"), &h.config_key(), Some(json!({"query_id": q.json()["id"]})));
    (r.status, r.json(), r.header("content-type").map(str::to_owned))
}

#[test]
fn strict_allows_one_relational_query_a_minute() {
    let h = shared(true);
    events(h, "rel", 0, &[now() - 120]);
    let relational = json!({"calculations":[{"op":"COUNT"}],"filters":[{"column":"root.name","op":"=","value":"GET /"}]});
    assert_eq!(create_result(h, "rel", relational.clone()).0, 201);
    let (status, body, content_type) = create_result(h, "rel", relational);
    assert_eq!(status, 429);
    assert_eq!(content_type.as_deref(), Some("application/problem+json"));
    assert!(body["detail"].as_str().unwrap().contains("relational"), "{body}");
    let grouped = json!({"calculations":[{"op":"COUNT"}],"breakdowns":["any.service.name"]});
    assert_eq!(create_result(h, "rel", grouped).0, 429, "group-by counts too");
    let plain = json!({"calculations":[{"op":"COUNT"}],"breakdowns":["name"]});
    assert_eq!(create_result(h, "rel", plain).0, 201, "other queries keep their own limit");

    let lenient = shared(false);
    events(lenient, "rel", 0, &[now() - 120]);
    for _ in 0..3 {
        let relational = json!({"calculations":[{"op":"COUNT"}],"filters":[{"column":"root.name","op":"exists"}]});
        assert_eq!(create_result(lenient, "rel", relational).0, 201, "not strict: no relational limit");
    }
}

#[test]
fn strict_runs_past_the_time_limit_fail() {
    let h = harness(true, Limits { query_results_per_window: 1000, query_run_limit: Duration::ZERO, ..Limits::default() });
    events(&h, "slow", 0, &[now() - 120]);
    let (status, body, _) = create_result(&h, "slow", json!({"calculations":[{"op":"COUNT"}]}));
    assert_eq!(status, 201);
    let done = common::poll_result(&h, "slow", body["id"].as_str().unwrap());
    assert_eq!(done["complete"], true);
    assert!(done["error"].as_str().unwrap().contains("run time limit"), "{done}");
    assert!(done.get("data").is_none());
}

#[test]
fn query_results_reach_at_most_seven_days_back_in_either_mode() {
    for strict in [true, false] {
        let h = harness(strict, Limits { query_results_per_window: 1000, ..Limits::default() });
        events(&h, "old", 0, &[now() - 60]);
        let (status, body, _) = create_result(
            &h,
            "old",
            json!({"calculations":[{"op":"COUNT"}],"start_time": now() - 8 * 86_400, "end_time": now() - 7 * 86_400}),
        );
        assert_eq!(status, 400, "strict={strict}: {body}");
        assert!(body["error"].as_str().unwrap().contains("last 7 days"));
    }
}
