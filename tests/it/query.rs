//! `cruddur-obs query ...` through `prism proxy --errors` against the local Honeycomb server, with traces
//! sent by the real OpenTelemetry Python SDK from the Flask test app (servers/honeycomb/tests/flask_app),
//! or, where a test needs exact numbers, events sent to the server's `/1/batch` API with an ingest key.
//! Every number is checked against an independent computation over what was sent.

use std::process::Command as StdCommand;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use predicates::prelude::*;
use serde_json::{Value, json};

use crate::common::*;
use cruddur_honeycomb_server::Limits;

/// Drives the Flask test app (instrumented as the bootcamp instruments backend-flask) and prints every
/// span the SDK exported, recorded by an extra in-memory processor. Arguments: `work:USER:COUNT:MS`
/// (a route that records a `user-work` span with `app.user_id` and sleeps MS), `home:USER:COUNT` (the
/// app's own `/api/activities/home`), `boom:COUNT` (an uncaught ZeroDivisionError).
const DRIVER: &str = r#"
import json, logging, sys, time, threading
import requests
from flask import jsonify, request
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from werkzeug.serving import make_server
import app as flask_app

logging.getLogger("werkzeug").setLevel(logging.CRITICAL)
flask_app.app.logger.disabled = True
recorder = InMemorySpanExporter()
flask_app.provider.add_span_processor(SimpleSpanProcessor(recorder))

@flask_app.app.route("/api/work")
def work():
    with flask_app.tracer.start_as_current_span("user-work") as span:
        span.set_attribute("app.user_id", request.args["user"])
        time.sleep(float(request.args["ms"]) / 1000)
    return jsonify(ok=True)

@flask_app.app.route("/api/boom")
def boom():
    return 1 / 0

server = make_server("127.0.0.1", 0, flask_app.app)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_port}"
for arg in sys.argv[1:]:
    kind, *rest = arg.split(":")
    if kind == "work":
        user, count, ms = rest[0], int(rest[1]), rest[2]
        for _ in range(count):
            requests.get(f"{base}/api/work", params={"user": user, "ms": ms}, timeout=10).raise_for_status()
    elif kind == "home":
        for _ in range(int(rest[1])):
            requests.get(f"{base}/api/activities/home", params={"user": rest[0]}, timeout=10).raise_for_status()
    elif kind == "boom":
        for _ in range(int(rest[0])):
            assert requests.get(f"{base}/api/boom", timeout=10).status_code == 500
server.shutdown()
if not flask_app.provider.force_flush(30_000):
    sys.exit("the span processors did not flush")
flask_app.provider.shutdown()

print(json.dumps([{
    "name": s.name,
    "trace_id": format(s.context.trace_id, "032x"),
    "parent": None if s.parent is None else format(s.parent.span_id, "016x"),
    "start_ns": s.start_time,
    "end_ns": s.end_time,
    "attributes": {k: v for k, v in s.attributes.items() if isinstance(v, (str, int, float, bool))},
    "status": s.status.status_code.name,
    "description": s.status.description,
} for s in recorder.get_finished_spans()]))
"#;

/// One span as the SDK exported it.
#[derive(Debug, Clone)]
pub struct Sent {
    pub name: String,
    pub trace_id: String,
    pub root: bool,
    pub start_ns: i64,
    pub duration_ms: f64,
    pub attributes: Value,
    pub error: bool,
    pub description: Option<String>,
}

fn drive(hc: &Honeycomb, plan: &[&str]) -> Vec<Sent> {
    let ingest = hc.server.credentials().default_environment().and_then(|env| env.ingest_key.clone()).expect("a seeded ingest key");
    // OTLP ingest is not in Honeycomb's API spec, so the exporter talks to the server, not prism.
    drive_to(&hc.server.url(), &ingest, plan)
}

/// The Flask driver's spans to any OTLP/HTTP endpoint (a collector, or Honeycomb with `ingest`).
pub fn drive_to(endpoint: &str, ingest: &str, plan: &[&str]) -> Vec<Sent> {
    let app = repo_root().join("servers/honeycomb/tests/flask_app");
    let output = StdCommand::new(venv_bin("python"))
        .arg("-c")
        .arg(DRIVER)
        .args(plan)
        .current_dir(&app)
        .env("PYTHONPATH", &app)
        .env("OTEL_SERVICE_NAME", "backend-flask")
        .env("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint)
        .env("OTEL_EXPORTER_OTLP_HEADERS", format!("x-honeycomb-team={ingest}"))
        .output()
        .expect("run the Flask driver");
    assert!(output.status.success(), "driver failed:\n{}", String::from_utf8_lossy(&output.stderr));
    let spans: Value = serde_json::from_slice(&output.stdout).expect("the driver prints JSON");
    spans
        .as_array()
        .unwrap()
        .iter()
        .map(|span| Sent {
            name: span["name"].as_str().unwrap().to_owned(),
            trace_id: span["trace_id"].as_str().unwrap().to_owned(),
            root: span["parent"].is_null(),
            start_ns: span["start_ns"].as_i64().unwrap(),
            duration_ms: (span["end_ns"].as_i64().unwrap() - span["start_ns"].as_i64().unwrap()) as f64 / 1e6,
            attributes: span["attributes"].clone(),
            error: span["status"] == "ERROR",
            description: span["description"].as_str().map(str::to_owned),
        })
        .collect()
}

/// Percentiles as the local server's engine defines them (servers/honeycomb/src/query/engine.rs:
/// linear interpolation between closest ranks, rank = q·(n−1)), computed here by sorting.
fn percentile(values: &[f64], q: f64) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let rank = q * (sorted.len() - 1) as f64;
    let (low, high) = (sorted[rank.floor() as usize], sorted[rank.ceil() as usize]);
    low + (high - low) * (rank - rank.floor())
}

fn close(got: &Value, want: f64, what: &str) {
    let got = got.as_f64().unwrap_or_else(|| panic!("{what}: not a number: {got}"));
    assert!((got - want).abs() <= 1e-9 * want.abs().max(1.0), "{what}: {got} vs {want}");
}

/// A strict server (Honeycomb's time flooring, relational and run limits) on `plan` whose query-result
/// limit is `per_window` per `window`, behind prism.
fn start(plan: Plan, per_window: u32, window: Duration) -> Honeycomb {
    let config = HoneycombConfig {
        strict: true,
        limits: Limits { query_results_per_window: per_window, window, ..Limits::default() },
        ..HoneycombConfig::default()
    };
    Honeycomb::start_with(plan, config)
}

fn json_of(command: &mut assert_cmd::Command) -> Value {
    stdout_json(&command.assert().success())
}

#[test]
fn presets_over_traces_from_the_real_sdk_match_what_was_sent() {
    let env = TestEnv::new();
    let hc = start(Plan::Enterprise, 100, Duration::from_secs(60));
    let sent = drive(&hc, &["work:alice:6:2", "work:bob:5:12", "work:carol:4:30", "home:dave:3", "boom:2"]);
    let query = |args: &[&str]| {
        let mut command = env.honeycomb(&hc);
        command.args(["query"]).args(args).args(["--dataset", "backend-flask"]);
        command
    };

    // latency-by-user: P50/P90/P99/COUNT per user equal the percentiles of what the SDK exported.
    let users = json_of(&mut query(&["latency-by-user", "-o", "json"]));
    let rows = users.as_array().unwrap();
    let mut expected: Vec<(String, Vec<f64>)> = Vec::new();
    for span in &sent {
        if let Some(user) = span.attributes["app.user_id"].as_str() {
            match expected.iter_mut().find(|(name, _)| name == user) {
                Some((_, durations)) => durations.push(span.duration_ms),
                None => expected.push((user.to_owned(), vec![span.duration_ms])),
            }
        }
    }
    expected.sort_by(|a, b| percentile(&b.1, 0.99).total_cmp(&percentile(&a.1, 0.99)));
    let order: Vec<&str> = rows.iter().map(|row| row["user"].as_str().unwrap()).collect();
    assert_eq!(order, expected.iter().map(|(user, _)| user.as_str()).collect::<Vec<_>>(), "slowest first");
    assert_eq!(order[0], "carol");
    for (row, (user, durations)) in rows.iter().zip(&expected) {
        assert_eq!(row.as_object().unwrap().keys().collect::<Vec<_>>(), ["user", "p50_ms", "p90_ms", "p99_ms", "count"]);
        assert_eq!(row["count"], durations.len(), "{user}");
        close(&row["p50_ms"], percentile(durations, 0.50), &format!("{user} P50"));
        close(&row["p90_ms"], percentile(durations, 0.90), &format!("{user} P90"));
        close(&row["p99_ms"], percentile(durations, 0.99), &format!("{user} P99"));
    }
    let csv = query(&["latency-by-user", "-o", "csv"]).assert().success();
    let csv = String::from_utf8(csv.get_output().stdout.clone()).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "user,p50_ms,p90_ms,p99_ms,count");
    assert_eq!(lines.len(), 1 + expected.len());
    assert!(lines[1].starts_with("carol,") && lines[1].ends_with(",4"), "{csv}");
    let table = query(&["latency-by-user", "-o", "table"]).assert().success();
    let text = String::from_utf8(table.get_output().stdout.clone()).unwrap();
    let header = text.lines().next().unwrap();
    let words: Vec<&str> = header.split_whitespace().collect();
    assert_eq!(words, ["app.user_id", "P50", "P90", "P99", "COUNT"], "{text}");
    assert!(text.lines().nth(1).unwrap().starts_with("carol") && text.contains(" ms"), "{text}");
    assert!(stderr_text(&table).contains("4 rows · backend-flask · last 2h"), "{}", stderr_text(&table));
    // Which spans the durations are: those carrying the user column, not whole requests.
    let spans_with_user: usize = expected.iter().map(|(_, durations)| durations.len()).sum();
    assert!(
        stderr_text(&table)
            .contains(&format!("measured: duration_ms of the {spans_with_user} spans that carry app.user_id, not of whole requests")),
        "{}",
        stderr_text(&table)
    );

    // latency-by-user --requests: per user, the root spans' durations of the traces the user appears in (on
    // an inner span here, as in the bootcamp's app), from two queries joined by the CLI.
    let requests = json_of(&mut query(&["latency-by-user", "--requests", "-o", "json"]));
    let mut by_user: Vec<(String, Vec<f64>)> = Vec::new();
    for root in sent.iter().filter(|span| span.root) {
        let users: std::collections::BTreeSet<&str> =
            sent.iter().filter(|span| span.trace_id == root.trace_id).filter_map(|span| span.attributes["app.user_id"].as_str()).collect();
        for user in users {
            match by_user.iter_mut().find(|(name, _)| name == user) {
                Some((_, durations)) => durations.push(root.duration_ms),
                None => by_user.push((user.to_owned(), vec![root.duration_ms])),
            }
        }
    }
    by_user.sort_by(|a, b| percentile(&b.1, 0.99).total_cmp(&percentile(&a.1, 0.99)));
    let rows = requests.as_array().unwrap();
    assert_eq!(
        rows.iter().map(|row| row["user"].as_str().unwrap()).collect::<Vec<_>>(),
        by_user.iter().map(|(user, _)| user.as_str()).collect::<Vec<_>>()
    );
    for (row, (user, durations)) in rows.iter().zip(&by_user) {
        assert_eq!(row.as_object().unwrap().keys().collect::<Vec<_>>(), ["user", "p50_ms", "p90_ms", "p99_ms", "requests"]);
        assert_eq!(row["requests"], durations.len(), "{user}");
        close(&row["p50_ms"], percentile(durations, 0.50), &format!("{user} request P50"));
        close(&row["p99_ms"], percentile(durations, 0.99), &format!("{user} request P99"));
    }
    let table = query(&["latency-by-user", "--requests", "-o", "table"]).assert().success();
    let requests_total: usize = by_user.iter().map(|(_, durations)| durations.len()).sum();
    assert!(
        stderr_text(&table).contains(&format!(
            "measured: the root span's duration of each request (trace) in which app.user_id appears on any span: {requests_total} requests"
        )),
        "{}",
        stderr_text(&table)
    );

    // recent-traces: the newest root spans first, with their names, durations, statuses and links.
    let recent = json_of(&mut query(&["recent-traces", "-n", "5", "-o", "json"]));
    let mut roots: Vec<&Sent> = sent.iter().filter(|span| span.root).collect();
    roots.sort_by_key(|span| std::cmp::Reverse(span.start_ns));
    let recent = recent.as_array().unwrap();
    assert_eq!(recent.len(), 5);
    for (row, span) in recent.iter().zip(&roots) {
        assert_eq!(row["trace_id"], span.trace_id);
        assert_eq!(row["name"], span.name);
        close(&row["duration_ms"], span.duration_ms, "root duration");
        assert_eq!(row["http_status"], span.attributes["http.status_code"]);
        assert_eq!(row["time"], cruddur_obs::query::time::format_rfc3339(span.start_ns as f64 / 1e9));
        // The local server has no UI: a ui.honeycomb.io link would find nothing (links: presets.rs's tests).
        assert!(row.get("url").is_none(), "{row}");
    }
    let recent_table = query(&["recent-traces", "-n", "5", "-o", "table"]).assert().success();
    let note = stderr_text(&recent_table);
    assert!(note.contains("a local server (no UI to link to)"), "{note}");
    assert!(note.contains("is not Honeycomb's API (a local server has no UI); look a trace up by its TRACE ID"), "{note}");
    assert!(!note.contains("ui.honeycomb.io"), "{note}");
    // The last requests were the two failing ones.
    assert_eq!(recent[0]["error"], true);
    assert_eq!(recent[0]["http_status"], 500);

    // errors: error spans by name, HTTP status and the exception in the span status.
    let errors = json_of(&mut query(&["errors", "-o", "json"]));
    let server_row = errors.as_array().unwrap().iter().find(|row| row["name"] == "GET /api/boom").expect("the server span's errors");
    assert_eq!(server_row["http_status"], 500);
    assert_eq!(server_row["message"], "ZeroDivisionError: division by zero");
    assert_eq!(server_row["count"], 2);
    let error_spans = sent.iter().filter(|span| span.error).count();
    let counted: u64 = errors.as_array().unwrap().iter().map(|row| row["count"].as_u64().unwrap()).sum();
    assert_eq!(counted, error_spans as u64);
    assert!(sent.iter().any(|span| span.description.as_deref() == Some("ZeroDivisionError: division by zero")));

    // slow-endpoints: per http.route, P99 of the server spans.
    let endpoints = json_of(&mut query(&["slow-endpoints", "-o", "json"]));
    let work: Vec<f64> = sent.iter().filter(|span| span.attributes["http.route"] == "/api/work").map(|span| span.duration_ms).collect();
    let row = endpoints.as_array().unwrap().iter().find(|row| row["endpoint"] == "/api/work").unwrap();
    assert_eq!(row["count"], work.len());
    close(&row["p99_ms"], percentile(&work, 0.99), "P99 of /api/work");
    let p99s: Vec<f64> = endpoints.as_array().unwrap().iter().map(|row| row["p99_ms"].as_f64().unwrap()).collect();
    assert!(p99s.windows(2).all(|pair| pair[0] >= pair[1]), "{p99s:?}");

    // heatmap: every event with a duration lands in a bucket, and the drawing has a row per band.
    let buckets = json_of(&mut query(&["heatmap", "-o", "json"]));
    let total: u64 = buckets.as_array().unwrap().iter().map(|row| row["count"].as_u64().unwrap()).sum();
    let counted =
        json_of(&mut query(&["run", "--spec", r#"{"calculations":[{"op":"COUNT"}]}"#, "--where", "duration_ms exists", "-o", "json"]));
    assert_eq!(total, counted[0]["count"].as_u64().unwrap());
    assert!(total as usize >= sent.len());
    let drawing = query(&["heatmap", "-o", "table", "--rows", "6", "--width", "30"]).assert().success();
    let text = String::from_utf8(drawing.get_output().stdout.clone()).unwrap();
    assert!(text.starts_with("duration_ms over time · backend-flask · "), "{text}");
    assert_eq!(text.lines().filter(|line| line.contains(" │")).count(), 6, "{text}");
    assert!(text.contains(&format!("{total} events")), "{text}");
}

/// Events with exact durations through the events API (`/1/batch`, an ingest key).
fn send_batch(hc: &Honeycomb, dataset: &str, events: &[(&str, f64, &str)]) {
    let ingest = hc.server.credentials().default_environment().and_then(|env| env.ingest_key.clone()).unwrap();
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs_f64();
    let body: Vec<Value> = events
        .iter()
        .enumerate()
        .map(|(index, (user, duration, name))| {
            json!({"time": format!("{:.3}", now - 60.0 + index as f64 * 0.01), "data": {"app.user_id": user, "duration_ms": duration, "name": name}})
        })
        .collect();
    let response = cruddur_honeycomb_server::http_client::send_json(
        "POST",
        &format!("{}/1/batch/{dataset}", hc.server.url()),
        &[("X-Honeycomb-Team", ingest.as_str())],
        &Value::Array(body),
    )
    .unwrap();
    assert_eq!(response.status, 200, "{}", response.text());
}

#[test]
fn saved_queries_round_trip() {
    let env = TestEnv::new();
    let hc = start(Plan::Enterprise, 100, Duration::from_secs(60));
    let events: Vec<(&str, f64, &str)> = (0..30)
        .map(|i| {
            let user = ["u1", "u2", "u3"][i % 3];
            (user, (i * 7 % 23) as f64 + 0.5 * (i % 3) as f64, if i % 2 == 0 { "GET /" } else { "POST /x" })
        })
        .collect();
    send_batch(&hc, "cruddur-api", &events);
    let query = |args: &[&str]| {
        let mut command = env.honeycomb(&hc);
        command.arg("query").args(args).args(["-d", "cruddur-api"]);
        command
    };

    let saved = json_of(&mut query(&[
        "save",
        "p99 by user",
        "--preset",
        "latency-by-user",
        "--since",
        "1h",
        "--description",
        "who waits",
        "-o",
        "json",
    ]));
    assert_eq!(saved["name"], "p99 by user");
    assert_eq!(saved["preset"], "latency-by-user");
    assert_eq!(saved["description"], "who waits");
    query(&["save", "p99 by user", "--preset", "latency-by-user"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("already exists").and(predicate::str::contains("--replace")));
    let spec_file = env.work_path("by-name.json");
    std::fs::write(&spec_file, r#"{"calculations":[{"op":"COUNT"},{"op":"MAX","column":"duration_ms"}],"breakdowns":["name"],"orders":[{"column":"name"}],"time_range":3600}"#).unwrap();
    json_of(&mut query(&["save", "by name", &format!("--file={}", spec_file.display()), "-o", "json"]));

    let listed = json_of(&mut query(&["saved", "list", "-o", "json"]));
    let names: Vec<&str> = listed.as_array().unwrap().iter().map(|row| row["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["p99 by user", "by name"]);
    assert_eq!(listed[1]["preset"], Value::Null);

    // Run by name: the preset's table again, with exactly the numbers of the events sent.
    let by_user = json_of(&mut query(&["saved", "run", "p99 by user", "-o", "json"]));
    for row in by_user.as_array().unwrap() {
        let user = row["user"].as_str().unwrap();
        let durations: Vec<f64> = events.iter().filter(|(u, _, _)| *u == user).map(|(_, d, _)| *d).collect();
        assert_eq!(row["count"], durations.len());
        close(&row["p99_ms"], percentile(&durations, 0.99), user);
        close(&row["p50_ms"], percentile(&durations, 0.5), user);
    }
    assert_eq!(by_user, json_of(&mut query(&["latency-by-user", "--since", "1h", "-o", "json"])));
    let queries_before = hc.server.stats().created.queries;
    json_of(&mut query(&["saved", "run", "P99 BY USER", "-o", "json"]));
    assert_eq!(hc.server.stats().created.queries, queries_before, "a saved query runs as it is, without a new query");

    // show prints the spec `query run --file` takes back, with the same result.
    let shown = query(&["saved", "show", "by name"]).assert().success();
    let shown_file = env.work_path("shown.json");
    std::fs::write(&shown_file, &shown.get_output().stdout).unwrap();
    let direct = json_of(&mut query(&["run", &format!("--file={}", shown_file.display()), "-o", "json"]));
    assert_eq!(direct, json_of(&mut query(&["saved", "run", "by name", "-o", "json"])));
    let gets: Vec<f64> = events.iter().filter(|(_, _, name)| *name == "GET /").map(|(_, duration, _)| *duration).collect();
    let max = gets.iter().copied().fold(f64::MIN, f64::max);
    assert_eq!(direct[0].as_object().unwrap().keys().collect::<Vec<_>>(), ["name", "count", "max_duration_ms"]);
    assert_eq!((&direct[0]["name"], &direct[0]["count"]), (&json!("GET /"), &json!(gets.len())));
    close(&direct[0]["max_duration_ms"], max, "MAX(duration_ms)");
    assert_eq!(direct[1]["name"], "POST /x");
    let csv = query(&["saved", "run", "by name", "-o", "csv"]).assert().success();
    let csv = String::from_utf8(csv.get_output().stdout.clone()).unwrap();
    assert_eq!(csv.lines().take(2).collect::<Vec<_>>(), ["name,count,max_duration_ms".to_owned(), format!("GET /,{},{max}", gets.len())]);

    // Flags make a new query from the saved one.
    let queries_before = hc.server.stats().created.queries;
    let only_u1 = json_of(&mut query(&["saved", "run", "p99 by user", "--where", "app.user_id = u1", "-o", "json"]));
    assert_eq!(only_u1.as_array().unwrap().len(), 1);
    assert_eq!(hc.server.stats().created.queries, queries_before + 1);

    // --replace keeps one annotation of the name, on the new query, with its description.
    let replaced =
        json_of(&mut query(&["save", "p99 by user", "--preset", "latency-by-user", "--since", "30m", "--replace", "-o", "json"]));
    assert_ne!(replaced["query_id"], saved["query_id"]);
    assert_eq!(replaced["description"], "who waits");
    let listed = json_of(&mut query(&["saved", "list", "-o", "json"]));
    assert_eq!(listed.as_array().unwrap().iter().filter(|row| row["name"] == "p99 by user").count(), 1);

    query(&["saved", "delete", "by name"]).assert().code(2).stderr(predicate::str::contains("--yes"));
    query(&["saved", "delete", "by name", "--yes"]).assert().success();
    query(&["saved", "run", "by nme"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("no saved query named \"by nme\"").and(predicate::str::contains("p99 by user")));
    let stats = hc.server.stats();
    assert_eq!(stats.created.query_annotations, 3);
    assert_eq!(stats.requests_to("DELETE", "/1/query_annotations/{datasetSlug}/{queryAnnotationId}"), 2);
}

#[test]
fn slow_results_failures_rate_limits_and_time_outs() {
    let env = TestEnv::new();
    // Three query runs a window, as Honeycomb's ten a minute but faster to exhaust and wait out.
    let window = Duration::from_secs(8);
    let hc = start(Plan::Enterprise, 3, window);
    send_batch(&hc, "ds", &[("u1", 1.0, "a"), ("u2", 2.0, "b")]);
    let count = || {
        let mut command = env.honeycomb(&hc);
        command.args(["query", "run", "-d", "ds", "--spec", r#"{"calculations":[{"op":"COUNT"}]}"#, "-o", "json"]);
        command
    };
    let polls = |hc: &Honeycomb| hc.server.stats().requests_to("GET", "/1/query_results/{datasetSlug}/{queryResultId}");

    // 1. A result that stays incomplete for 1.5 s: polled until it completes, soon then less often.
    hc.server.inject(HoneycombFault::incomplete_for(Duration::from_millis(1500)));
    let started = Instant::now();
    let result = json_of(&mut count());
    assert_eq!(result, json!([{"count": 2}]));
    assert!(started.elapsed() >= Duration::from_millis(1500));
    let checks = polls(&hc);
    assert!((6..=16).contains(&checks), "polled {checks} times for a 1.5 s result");

    // 2. A failed query (200 with `error`) is an error with Honeycomb's message, exit 5.
    hc.server.inject(HoneycombFault::fail_query("column \"nope\" does not exist"));
    count().assert().code(5).stderr(predicate::str::contains("error: the query failed: column \"nope\" does not exist"));

    // 3. Still incomplete at --timeout: exit 6, naming the flag.
    hc.server.inject(HoneycombFault::incomplete_for(Duration::from_secs(30)));
    let started = Instant::now();
    count().arg("--timeout").arg("1s").assert().code(6).stderr(predicate::str::contains("did not complete within --timeout 1s"));
    assert!(started.elapsed() < Duration::from_secs(5));

    // 4. The window's three runs are used: a 429 without Retry-After. The wait is said on stderr, and the run
    //    completes in the next window.
    let started = Instant::now();
    let waited = count().assert().success();
    assert_eq!(stdout_json(&waited), json!([{"count": 2}]));
    let stderr = stderr_text(&waited);
    assert!(stderr.contains("Honeycomb allows 10 query runs a minute and this team has used them (429); waiting"), "{stderr}");
    assert!(stderr.contains("s for the next window"), "{stderr}");
    assert!(started.elapsed() >= Duration::from_millis(500), "waited for the window");
    assert!(hc.server.stats().responses_from("POST", "/1/query_results/{datasetSlug}", 429) >= 1);

    // 5. A 429 whose window resets after --timeout fails at once, exit 6.
    json_of(&mut count());
    json_of(&mut count());
    let started = Instant::now();
    count()
        .args(["--timeout", "1s"])
        .assert()
        .code(6)
        .stderr(predicate::str::contains("rate-limiting query runs").and(predicate::str::contains("past --timeout 1s")));
    assert!(started.elapsed() < window, "no waiting for a window the time-out does not allow");
}

#[test]
fn invalid_input_is_refused_before_anything_is_sent() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let query = |args: &[&str]| {
        let mut command = env.honeycomb(&hc);
        command.arg("query").args(args);
        command
    };
    let spec = env.work_path("spec.json");
    std::fs::write(
        &spec,
        r#"{"calculation":[{"op":"COUNT"}],"calculations":[{"op":"P98","column":"duration_ms"}],"filters":[{"column":"a","op":"startswith","value":"x"}],"time_range":864000}"#,
    )
    .unwrap();
    let refused = query(&["run", "-d", "ds", "--file"]).arg(&spec).assert().code(3);
    let stderr = stderr_text(&refused);
    for wanted in [
        "spec.json: calculation: unknown field (did you mean calculations?)",
        "spec.json: calculations[0].op: \"P98\" is not a calculation operator (did you mean P90? valid: COUNT",
        "spec.json: filters[0].op: \"startswith\" is not a filter operator (did you mean starts-with? valid: = != >",
        "3 problems in the query spec (",
        "nothing was sent to Honeycomb",
    ] {
        assert!(stderr.contains(wanted), "missing {wanted:?} in:\n{stderr}");
    }
    let range = r#"{"calculations":[{"op":"COUNT"}],"time_range":864000,"limit":5000}"#;
    let refused = query(&["run", "-d", "ds", "--spec", range]).assert().code(3);
    let stderr = stderr_text(&refused);
    assert!(stderr.contains("--spec: time_range: the time range is 10d; the Query Data API runs at most 7 days"), "{stderr}");
    assert!(stderr.contains("--spec: limit: 5000 is out of range: a query spec takes 1 to 1000"), "{stderr}");
    let refused =
        query(&["latency-by-user", "-d", "ds", "--since", "8d", "--where", "duration_ms >", "--where", "name like x"]).assert().code(3);
    let stderr = stderr_text(&refused);
    assert!(stderr.contains("--where \"duration_ms >\": > needs a value after it"), "{stderr}");
    assert!(stderr.contains("\"like\" is not an operator (valid: = != > >= < <= starts-with"), "{stderr}");
    assert!(stderr.contains("the time range is 8d"), "{stderr}");
    query(&["recent-traces", "-d", "ds", "--start", "1h", "--end", "2h"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("is not after the start"));
    query(&["recent-traces", "-d", "ds", "--start", "2024-05-01T10:00:00"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("no time zone"));
    query(&["recent-traces", "-d", "ds", "--since", "1h", "--start", "2h"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("give one of them"));
    query(&["errors", "-d", "ds", "--limit", "20000"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("--limit 20000 is out of range: 1 to 10000 rows"));
    query(&["errors", "-d", "ds", "--timeout", "soon"]).assert().code(3).stderr(predicate::str::contains("--timeout"));
    query(&["run", "-d", "ds", "--spec", "{"]).assert().code(3).stderr(predicate::str::contains("--spec: not valid JSON"));
    query(&["save", "x", "--preset", "errors", "-d", "ds", "--limit", "5000"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("1 to 1000 rows"));
    query(&["errors"]).assert().code(3).stderr(predicate::str::contains("no dataset: pass --dataset"));
    let stats = hc.server.stats();
    assert!(stats.requests.is_empty(), "nothing reached Honeycomb: {:?}", stats.requests);

    // The dataset defaults to OTEL_SERVICE_NAME, then to the workspace's compose file.
    send_batch(&hc, "backend-flask", &[("u1", 1.0, "a")]);
    let counted = r#"{"calculations":[{"op":"COUNT"}]}"#;
    let from_env = json_of(query(&["run", "--spec", counted, "-o", "json"]).env("OTEL_SERVICE_NAME", "backend-flask"));
    assert_eq!(from_env, json!([{"count": 1}]));
    std::fs::write(
        env.work_path("docker-compose.yml"),
        "services:\n  backend-flask:\n    environment:\n      OTEL_SERVICE_NAME: \"backend-flask\"\n  frontend-react-js:\n    image: node\n",
    )
    .unwrap();
    assert_eq!(json_of(&mut query(&["run", "--spec", counted, "-o", "json"])), json!([{"count": 1}]));
    // ... and the profile's `dataset` comes before both.
    send_batch(&hc, "from-profile", &[("u1", 1.0, "a"), ("u2", 1.0, "a")]);
    std::fs::create_dir_all(env.config_file().parent().unwrap()).unwrap();
    std::fs::write(env.config_file(), "[profiles.default]\ndataset = \"from-profile\"\n").unwrap();
    let from_profile = json_of(query(&["run", "--spec", counted, "-o", "json"]).env("OTEL_SERVICE_NAME", "backend-flask"));
    assert_eq!(from_profile, json!([{"count": 2}]));
    std::fs::remove_file(env.config_file()).unwrap();

    // A missing user column is named, with the dataset's likely candidates.
    let ingest = hc.server.credentials().default_environment().and_then(|env| env.ingest_key.clone()).unwrap();
    let response = cruddur_honeycomb_server::http_client::send_json(
        "POST",
        &format!("{}/1/batch/handles", hc.server.url()),
        &[("X-Honeycomb-Team", ingest.as_str())],
        &json!([{"data": {"customer.handle": "andrew", "duration_ms": 2.0}}]),
    )
    .unwrap();
    assert_eq!(response.status, 200);
    let missing = query(&["latency-by-user", "-d", "handles"]).assert().code(3);
    let stderr = stderr_text(&missing);
    assert!(stderr.contains("dataset handles has none of the usual user columns (app.user_id, user.id, enduser.id"), "{stderr}");
    assert!(stderr.contains("likely candidates: customer.handle; pass one as --user-column"), "{stderr}");
    let missing = query(&["latency-by-user", "-d", "handles", "--user-column", "customer.handdle"]).assert().code(3);
    assert!(stderr_text(&missing).contains("did you mean customer.handle?"), "{}", stderr_text(&missing));

    // A key without Run Queries, and an ingest key: explained, exit 4.
    let created = env
        .honeycomb(&hc)
        .args(["honeycomb", "keys", "create", "-e", "test", "--type", "configuration", "--name", "no-queries"])
        .args(["--permission", "manage_columns", "--print", "--no-save"])
        .assert()
        .success();
    let limited = String::from_utf8(created.get_output().stdout.clone()).unwrap().trim().to_owned();
    let refused = env
        .honeycomb_bare(&hc)
        .env("HONEYCOMB_API_KEY", &limited)
        .args(["query", "run", "-d", "backend-flask", "--spec", counted])
        .assert()
        .code(4);
    let stderr = stderr_text(&refused);
    assert!(stderr.contains("403") && stderr.contains("Run Queries") && stderr.contains("Query Data API"), "{stderr}");
    let refused =
        env.honeycomb_bare(&hc).env("HONEYCOMB_API_KEY", &ingest).args(["query", "errors", "-d", "backend-flask"]).assert().code(4);
    assert!(stderr_text(&refused).contains("an ingest key cannot run them"), "{}", stderr_text(&refused));
    assert_no_secrets(refused.get_output(), &hc.secrets(), "query with an ingest key");
}

/// Percent-decoding of a link's query, to read the spec back.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            out.push(u8::from_str_radix(&text[index + 1..index + 3], 16).unwrap());
            index += 3;
        } else {
            out.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// The same queries on Free, Pro and Enterprise teams of the strict server: Enterprise gets its tables;
/// Free and Pro (no Query Data API: 403 on query results) get each query's Query Template Link on stdout,
/// one line on stderr saying why, `-o json` an object with the URL, and exit 9, which a bad key (exit 4)
/// never gives. `--open` hands the link to $BROWSER.
#[test]
fn every_plan_gets_its_answer() {
    let events: Vec<(&str, f64, &str)> = (0..12).map(|i| (["u1", "u2", "u3"][i % 3], (i * 5 % 17) as f64 + 1.0, "GET /")).collect();
    for plan in [Plan::Free, Plan::Pro, Plan::Enterprise] {
        let env = TestEnv::new();
        let hc = start(plan, 100, Duration::from_secs(60));
        send_batch(&hc, "cruddur-api", &events);
        let credentials = hc.server.credentials();
        let environment = credentials.default_environment().unwrap().slug.clone();
        let query = |args: &[&str]| {
            let mut command = env.honeycomb(&hc);
            command.arg("query").args(args).args(["-d", "cruddur-api"]);
            command
        };
        let commands: [&[&str]; 5] = [
            &["latency-by-user"],
            &["recent-traces"],
            &["slow-endpoints", "--by", "name"],
            &["run", "--spec", r#"{"calculations":[{"op":"COUNT"}],"breakdowns":["app.user_id"],"time_range":3600}"#],
            &["heatmap", "--width", "20"],
        ];
        if plan == Plan::Enterprise {
            let rows = json_of(&mut query(&["latency-by-user", "-o", "json"]));
            assert_eq!(rows.as_array().unwrap().len(), 3, "{plan:?}: {rows}");
            for args in commands {
                query(args).args(["-o", "json"]).assert().success();
            }
            continue;
        }
        for args in commands {
            let table = query(args).args(["-o", "table"]).assert().code(9);
            let stdout = String::from_utf8(table.get_output().stdout.clone()).unwrap();
            let stderr = stderr_text(&table);
            let prefix =
                format!("https://ui.honeycomb.io/{}/environments/{environment}/datasets/cruddur-api?query=", credentials.team_slug);
            assert!(stdout.starts_with(&prefix) && stdout.lines().count() == 1, "{plan:?} {args:?}: {stdout}");
            let spec: Value = serde_json::from_str(&percent_decode(stdout.trim().split_once("?query=").unwrap().1)).unwrap();
            assert!(spec["calculations"].is_array(), "{spec}");
            if args[0] != "run" {
                assert!(spec.get("start_time").is_none(), "the link keeps the time relative: {spec}");
            }
            assert_eq!(stderr.lines().count(), 1, "{plan:?} {args:?}: one line says why: {stderr}");
            assert!(stderr.contains("no table") && stderr.contains("Query Data API") && stderr.contains("--source local"), "{stderr}");
            let object = json_of_code(query(args).args(["-o", "json"]), 9);
            assert_eq!(object["dataset"], "cruddur-api");
            assert_eq!(object["query_url"], stdout.trim());
            assert_eq!(object["query"], spec);
        }
        let refused = hc.server.stats().responses_from("POST", "/1/query_results/{datasetSlug}", 403);
        assert_eq!(refused, 2 * commands.len() as u64, "{plan:?}: one refused run per command, nothing run");

        // Saved queries: saved on every plan (annotations carry no plan note), run as their link.
        json_of(&mut query(&["save", "by user", "--preset", "latency-by-user", "--since", "1h"]));
        let saved = query(&["saved", "run", "by user", "-o", "csv"]).assert().code(9);
        let csv = String::from_utf8(saved.get_output().stdout.clone()).unwrap();
        assert!(csv.starts_with("dataset,query_url\ncruddur-api,https://ui.honeycomb.io/"), "{csv}");

        // --open gives the link to $BROWSER (a script recording its argument).
        let opened = env.work_path("opened.txt");
        let browser = env.work_path("browser.sh");
        std::fs::write(
            &browser,
            format!("#!/bin/sh\nprintf '%s' \"$1\" > {}.tmp && mv {}.tmp {}\n", opened.display(), opened.display(), opened.display()),
        )
        .unwrap();
        std::os::unix::fs::PermissionsExt::set_mode(&mut std::fs::metadata(&browser).unwrap().permissions(), 0o755);
        std::fs::set_permissions(&browser, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
        let output = query(&["latency-by-user", "--open", "-o", "table"]).env("BROWSER", &browser).assert().code(9);
        let link = String::from_utf8(output.get_output().stdout.clone()).unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        while !opened.exists() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert_eq!(std::fs::read_to_string(&opened).unwrap(), link.trim(), "{plan:?}: the browser got the link");

        // Not the plan's refusal: an ingest key is refused as a key (exit 4), not as a plan (exit 9).
        let ingest = credentials.default_environment().and_then(|env| env.ingest_key.clone()).unwrap();
        let refused =
            env.honeycomb_bare(&hc).env("HONEYCOMB_API_KEY", &ingest).args(["query", "errors", "-d", "cruddur-api"]).assert().code(4);
        assert!(stderr_text(&refused).contains("an ingest key cannot run them"), "{}", stderr_text(&refused));
    }
}

fn json_of_code(command: &mut assert_cmd::Command, code: i32) -> Value {
    stdout_json(&command.assert().code(code))
}
