//! Rate limits, injected faults, counters and reset, through prism where the route is spec'd.
//! One server per scenario group; tests sharing a server are serialized and start from a reset.

mod common;

use common::{Harness, poll_result};
use cruddur_honeycomb_server::http_client;
use cruddur_honeycomb_server::keys::Scope;
use cruddur_honeycomb_server::{Config, Fault, Limits, Plan, Seed};
use serde_json::{Value, json};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::Duration;

/// Honeycomb's default limits (10 query results a minute), on the Enterprise plan.
fn h() -> (MutexGuard<'static, ()>, &'static Harness) {
    static HARNESS: OnceLock<Harness> = OnceLock::new();
    static LOCK: Mutex<()> = Mutex::new(());
    let guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let harness = HARNESS.get_or_init(|| Harness::start(Config { seed: Seed::demo().with_plan(Plan::Enterprise), ..Config::default() }));
    harness.server.reset();
    (guard, harness)
}

fn event(h: &Harness, dataset: &str) {
    let r = h.v1("POST", &format!("/1/events/{dataset}"), &h.ingest_key(), Some(json!({"a": 1})));
    assert_eq!(r.status, 200);
}

fn create_query(h: &Harness, dataset: &str) -> String {
    let q = h.v1("POST", &format!("/1/queries/{dataset}"), &h.config_key(), Some(json!({"calculations":[{"op":"COUNT"}]})));
    q.json()["id"].as_str().unwrap().to_owned()
}

#[test]
fn query_results_are_limited_to_ten_a_minute_without_retry_after() {
    let (_g, h) = h();
    event(h, "rl");
    let qid = create_query(h, "rl");
    for i in 0..10 {
        let r = h.v1("POST", "/1/query_results/rl", &h.config_key(), Some(json!({"query_id": qid})));
        assert_eq!(r.status, 201, "creation {i}: {}", r.text());
        assert!(r.header("ratelimit").unwrap().starts_with(&format!("limit=10, remaining={}", 9 - i)));
    }
    let r = h.v1("POST", "/1/query_results/rl", &h.config_key(), Some(json!({"query_id": qid})));
    assert_eq!(r.status, 429);
    assert_eq!(r.header("content-type"), Some("application/problem+json"));
    assert_eq!(r.json()["detail"], "This endpoint allows 10 requests per minute.");
    assert!(r.header("retry-after").is_none(), "Query Data 429s carry no Retry-After");
    assert!(r.header("ratelimit").unwrap().contains("remaining=0"));
    assert_eq!(h.server.stats().created.query_results, 10);
}

#[test]
fn injected_429_with_and_without_retry_after() {
    let (_g, h) = h();
    h.server.inject(Fault::rate_limited_retry_after(7).on("GET /1/auth"));
    let r = h.v1("GET", "/1/auth", &h.config_key(), None);
    assert_eq!(r.status, 429);
    let date = r.header("retry-after").expect("Retry-After");
    assert!(date.ends_with(" GMT") && date.len() == 29, "HTTP-date: {date}");
    assert_eq!(h.v1("GET", "/1/auth", &h.config_key(), None).status, 200, "fires once");

    h.server.inject(Fault::status(429).on("/2/auth"));
    let r = h.v2("GET", "/2/auth", None);
    assert_eq!(r.status, 429);
    assert!(r.header("retry-after").is_none());
    assert_eq!(r.json()["errors"][0]["code"], "rate-limited/may-retry");
    assert_eq!(h.server.stats().faults_fired, 2);
}

#[test]
fn retried_creates_after_5xx_do_not_duplicate() {
    let (_g, h) = h();
    let route = "POST /2/teams/{teamSlug}/environments";
    h.server.inject(Fault::status(503).on(route).times(2));
    let path = format!("/2/teams/{}/environments", h.team());
    let body = json!({"data":{"type":"environments","attributes":{"name":"retry-me"}}});
    let statuses: Vec<u16> = (0..3).map(|_| h.v2("POST", &path, Some(body.clone())).status).collect();
    assert_eq!(statuses, [503, 503, 201]);
    let stats = h.server.stats();
    assert_eq!(stats.created.environments, 1);
    assert_eq!(stats.requests_to("POST", "/2/teams/{teamSlug}/environments"), 3);
    assert_eq!(stats.responses_from("POST", "/2/teams/{teamSlug}/environments", 503), 2);
    // A fault on one route leaves the others alone.
    assert_eq!(h.v2("GET", "/2/auth", None).status, 200);
}

#[test]
fn delay_and_dropped_connection() {
    let (_g, h) = h();
    h.server.inject(Fault::delay(Duration::from_millis(50)).on("GET /1/datasets"));
    assert_eq!(h.v1("GET", "/1/datasets", &h.config_key(), None).status, 200);
    h.server.inject(Fault::drop_connection().on("GET /1/datasets"));
    let direct = http_client::get(&format!("{}/1/datasets", h.server.url()), &[("X-Honeycomb-Team", &h.config_key())]);
    assert!(direct.is_err(), "the connection closes without a response: {direct:?}");
    assert_eq!(h.v1("GET", "/1/datasets", &h.config_key(), None).status, 200);
    assert_eq!(h.server.stats().faults_fired, 2);
}

#[test]
fn reset_mid_body_runs_the_handler_then_cuts_the_answer() {
    let (_g, h) = h();
    let route = "POST /2/teams/{teamSlug}/environments";
    h.server.inject(Fault::reset_mid_body().on(route));
    let url = format!("{}/2/teams/{}/environments", h.server.url(), h.server.credentials().team_slug);
    let bearer = format!("Bearer {}:{}", h.server.credentials().management_key_id, h.server.credentials().management_key_secret);
    let headers = [("Authorization", bearer.as_str()), ("Content-Type", "application/vnd.api+json")];
    let body = json!({"data": {"type": "environments", "attributes": {"name": "cut"}}});
    let cut = http_client::send_json("POST", &url, &headers, &body);
    let error = cut.expect_err("the answer ends before its Content-Length");
    assert_eq!(error.kind(), std::io::ErrorKind::UnexpectedEof, "{error}");
    assert_eq!(h.server.stats().created.environments, 1, "the operation ran");
    // An answer with no body (a DELETE's 204) is not sent at all.
    h.server.inject(Fault::reset_mid_body().on("GET /1/auth"));
    assert!(http_client::get(&format!("{}/1/auth", h.server.url()), &[("X-Honeycomb-Team", &h.config_key())]).is_err());
    assert_eq!(h.v1("GET", "/1/auth", &h.config_key(), None).status, 200, "the next request is answered");
}

#[test]
fn stall_runs_the_handler_then_holds_the_answer() {
    let (_g, h) = h();
    event(h, "stalled");
    h.server.inject(Fault::stall(Duration::from_millis(300)).on("POST /1/markers/{datasetSlug}"));
    let started = std::time::Instant::now();
    let r = h.v1("POST", "/1/markers/stalled", &h.config_key(), Some(json!({"message": "deploy"})));
    assert_eq!(r.status, 201, "{}", r.text());
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_eq!(h.server.stats().created.markers, 1);
}

#[test]
fn query_results_can_stay_incomplete_or_fail() {
    let (_g, h) = h();
    event(h, "qf");
    let qid = create_query(h, "qf");
    h.server.inject(Fault::incomplete_for(Duration::from_secs(3600)));
    let r = h.v1("POST", "/1/query_results/qf", &h.config_key(), Some(json!({"query_id": qid}))).json();
    for _ in 0..3 {
        let poll = h.v1("GET", &format!("/1/query_results/qf/{}", r["id"].as_str().unwrap()), &h.config_key(), None);
        assert_eq!(poll.json()["complete"], false);
        assert!(poll.json().get("data").is_none());
    }
    h.server.inject(Fault::fail_query("boom"));
    let r = h.v1("POST", "/1/query_results/qf", &h.config_key(), Some(json!({"query_id": qid}))).json();
    let done = poll_result(h, "qf", r["id"].as_str().unwrap());
    assert_eq!(done["error"], "boom");
    // The next run is normal again.
    let r = h.v1("POST", "/1/query_results/qf", &h.config_key(), Some(json!({"query_id": qid}))).json();
    let done = poll_result(h, "qf", r["id"].as_str().unwrap());
    assert_eq!(done["data"]["results"][0]["data"]["COUNT"], 1);
}

#[test]
fn reset_restores_the_seed_and_clears_counters() {
    let (_g, h) = h();
    let path = format!("/2/teams/{}/environments", h.team());
    let r = h.v2("POST", &path, Some(json!({"data":{"type":"environments","attributes":{"name":"temp"}}})));
    assert_eq!(r.status, 201);
    event(h, "gone");
    h.server.reset();
    assert_eq!(h.server.stats().created.environments, 0);
    let list = h.v2("GET", &path, None).json();
    let names: Vec<&str> = list["data"].as_array().unwrap().iter().map(|e| e["attributes"]["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["test"]);
    assert_eq!(h.v1("GET", "/1/datasets/gone", &h.config_key(), None).status, 404);
    assert_eq!(h.v1("GET", "/1/auth", &h.config_key(), None).status, 200, "seeded keys survive");
}

#[test]
fn admin_routes_for_out_of_process_clients() {
    let (_g, h) = h();
    let base = h.server.url();
    let creds = http_client::get(&format!("{base}/__admin/credentials"), &[]).unwrap().json();
    assert_eq!(creds["team_slug"], "cruddur");
    assert_eq!(creds["environments"][0]["configuration_key"], h.config_key());
    let armed = http_client::send_json(
        "POST",
        &format!("{base}/__admin/faults"),
        &[],
        &json!({"route":"GET /1/auth","times":1,"kind":"status","status":500}),
    )
    .unwrap();
    assert_eq!(armed.status, 201);
    assert_eq!(http_client::get(&format!("{base}/__admin/faults"), &[]).unwrap().json().as_array().unwrap().len(), 1);
    assert_eq!(h.v1("GET", "/1/auth", &h.config_key(), None).status, 500);
    let stats = http_client::get(&format!("{base}/__admin/stats"), &[]).unwrap().json();
    assert_eq!(stats["requests"]["GET /1/auth"], 1);
    assert_eq!(stats["responses"]["GET /1/auth 500"], 1);
    assert_eq!(stats["faults_fired"], 1);
    let bad = http_client::send_json("POST", &format!("{base}/__admin/faults"), &[], &json!({"kind":"nope"})).unwrap();
    assert_eq!(bad.status, 400);
    assert_eq!(http_client::request("POST", &format!("{base}/__admin/reset"), &[], None).unwrap().status, 204);
    let stats: Value = http_client::get(&format!("{base}/__admin/stats"), &[]).unwrap().json();
    assert_eq!(stats["requests"], json!({}));
}

#[test]
fn general_limit_retry_after_and_management_scopes() {
    let mut seed = Seed::demo().with_plan(Plan::Enterprise);
    seed.management_key.scopes = vec![Scope::EnvironmentsRead];
    let h = Harness::start(Config { seed, limits: Limits { requests_per_window: 3, ..Limits::default() }, ..Config::default() });
    for _ in 0..3 {
        assert_eq!(h.v1("GET", "/1/auth", &h.config_key(), None).status, 200);
    }
    let r = h.v1("GET", "/1/auth", &h.config_key(), None);
    assert_eq!(r.status, 429);
    assert!(r.header("retry-after").unwrap().ends_with("GMT"));
    assert_eq!(r.json()["error"].as_str().map(|e| e.starts_with("Please try again after")), Some(true));

    let path = format!("/2/teams/{}/environments", h.team());
    assert_eq!(h.v2("GET", &path, None).status, 200);
    let denied = h.v2("POST", &path, Some(json!({"data":{"type":"environments","attributes":{"name":"x"}}})));
    assert_eq!(denied.status, 403);
    assert!(denied.json()["errors"][0]["detail"].as_str().unwrap().contains("environments:write"));
    assert_eq!(h.v2("GET", &format!("/2/teams/{}/api-keys", h.team()), None).status, 403);
}

/// The configuration routes (issue 21) take faults like the others: a status fault answers before
/// the handler (nothing is created), a cut answer comes after it (the object exists, the client
/// cannot know), and the creation counters say which. Reset forgets them, recipients included.
#[test]
fn configuration_routes_take_faults_and_count_creations() {
    let (_g, h) = h();
    event(h, "cfg");
    let key = h.config_key();
    let creates: [(&str, &str, Value); 5] = [
        ("POST /1/recipients", "/1/recipients", json!({"type":"email","details":{"email_address":"faults@example.com"}})),
        ("POST /1/derived_columns/{datasetSlug}", "/1/derived_columns/cfg", json!({"alias":"sli.f","expression":"LT($a, 2)"})),
        (
            "POST /1/triggers/{datasetSlug}",
            "/1/triggers/cfg",
            json!({"name":"t","query":{"calculations":[{"op":"COUNT"}],"time_range":900},"threshold":{"op":">","value":1}}),
        ),
        ("POST /1/boards", "/1/boards", json!({"name":"b","type":"flexible"})),
        ("POST /1/marker_settings/{datasetSlug}", "/1/marker_settings/cfg", json!({"type":"deploy","color":"#000000"})),
    ];
    for (route, path, body) in &creates {
        h.server.inject(Fault::status(503).on(*route));
        h.server.inject(Fault::rate_limited_retry_after(0).on(*route));
        let statuses: Vec<u16> = (0..3).map(|_| h.v1("POST", path, &key, Some(body.clone())).status).collect();
        assert_eq!(statuses, [503, 429, 201], "{route}");
    }
    let created = h.server.stats().created;
    assert_eq!(
        (created.recipients, created.derived_columns, created.triggers, created.boards, created.marker_settings, created.queries),
        (1, 1, 1, 1, 1, 1),
        "each created once; the trigger's inline query counts as a query"
    );

    // A cut answer: the SLO exists though the client saw no answer.
    h.server.inject(Fault::reset_mid_body().on("POST /1/slos/{datasetSlug}"));
    let url = format!("{}/1/slos/cfg", h.server.url());
    let body = json!({"name":"s","sli":{"alias":"sli.f"},"time_period_days":7,"target_per_million":990000});
    assert!(http_client::send_json("POST", &url, &[("X-Honeycomb-Team", &key)], &body).is_err());
    assert_eq!(h.server.stats().created.slos, 1);
    assert_eq!(h.v1("GET", "/1/slos/cfg", &key, None).json().as_array().unwrap().len(), 1);

    h.server.reset();
    assert_eq!(h.v1("GET", "/1/recipients", &key, None).json(), json!([]));
    assert_eq!(h.v1("GET", "/1/boards", &key, None).json(), json!([]));
}
