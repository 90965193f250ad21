//! End to end with a real client: the seeds' Flask app, instrumented with the OpenTelemetry
//! Python SDK and the OTLP/HTTP exporter, sends spans as several users; the test then queries
//! through prism and checks counts and P99 per user against what the SDK exported.

mod common;

use common::{Harness, reference_percentile, repo_root, test_config, venv_python};
use serde_json::{Value, json};
use std::process::Command;

#[test]
fn flask_app_spans_are_queryable_per_user() {
    let h = Harness::start(test_config());
    let plan = [("alice", 9), ("bob", 5), ("carol", 2)];
    let output = Command::new(venv_python())
        .arg(repo_root().join("servers/honeycomb/tests/flask_app/drive.py"))
        .args(plan.iter().map(|(u, n)| format!("{u}={n}")))
        .current_dir(repo_root().join("servers/honeycomb/tests/flask_app"))
        .env("OTEL_SERVICE_NAME", "backend-flask")
        // OTLP ingest is not in the spec, so the exporter talks to the server directly.
        .env("OTEL_EXPORTER_OTLP_ENDPOINT", h.server.url())
        .env("OTEL_EXPORTER_OTLP_HEADERS", format!("x-honeycomb-team={}", h.ingest_key()))
        .env("OTEL_EXPORTER_OTLP_COMPRESSION", "gzip")
        .output()
        .expect("run the Flask driver");
    assert!(output.status.success(), "driver failed:\n{}", String::from_utf8_lossy(&output.stderr));
    let sent: Value = serde_json::from_slice(&output.stdout).expect("driver prints JSON");
    assert_eq!(sent["service"], "backend-flask");
    let total_spans = sent["spans"].as_u64().unwrap();
    assert!(total_spans > 16, "server, client and custom spans: {sent}");
    assert_eq!(h.server.stats().created.spans, total_spans);

    let key = h.config_key();
    // The dataset is the service name, and the columns are Honeycomb's.
    let datasets = h.v1("GET", "/1/datasets", &key, None).json();
    assert!(datasets.as_array().unwrap().iter().any(|d| d["slug"] == "backend-flask"));
    let columns = h.v1("GET", "/1/columns/backend-flask", &key, None).json();
    let names: Vec<&str> = columns.as_array().unwrap().iter().map(|c| c["key_name"].as_str().unwrap()).collect();
    for wanted in [
        "trace.trace_id",
        "trace.span_id",
        "trace.parent_id",
        "name",
        "duration_ms",
        "service.name",
        "span.kind",
        "app.user_id",
        "app.now",
        "app.result_length",
        "status_code",
    ] {
        assert!(names.contains(&wanted), "column {wanted} missing from {names:?}");
    }
    let one = h.v1("GET", "/1/columns/backend-flask?key_name=app.user_id", &key, None);
    assert_eq!(one.json()["type"], "string");

    // Counts and P99 per user equal what the SDK exported.
    let result = h.run_query(
        "backend-flask",
        json!({"calculations":[{"op":"COUNT"},{"op":"P99","column":"duration_ms"}],
               "filters":[{"column":"app.user_id","op":"exists"}],
               "breakdowns":["app.user_id"],
               "orders":[{"op":"P99","column":"duration_ms","order":"descending"}],
               "time_range":3600}),
    );
    let rows = result["data"]["results"].as_array().unwrap();
    assert_eq!(rows.len(), plan.len(), "{result}");
    for (user, count) in plan {
        let row = rows.iter().find(|r| r["data"]["app.user_id"] == user).unwrap_or_else(|| panic!("{user}: {result}"));
        assert_eq!(row["data"]["COUNT"], count, "{user}");
        let durations: Vec<f64> = sent["users"][user]["durations_ms"].as_array().unwrap().iter().map(|d| d.as_f64().unwrap()).collect();
        let want = reference_percentile(&durations, 0.99);
        let got = row["data"]["P99(duration_ms)"].as_f64().unwrap();
        assert!((got - want).abs() <= 1e-6 * want.max(1.0), "{user}: P99 {got} vs {want}");
    }
    let p99s: Vec<f64> = rows.iter().map(|r| r["data"]["P99(duration_ms)"].as_f64().unwrap()).collect();
    assert!(p99s.windows(2).all(|w| w[0] >= w[1]), "ordered descending: {p99s:?}");

    // Everything the SDK sent is counted.
    let total = h.run_query("backend-flask", json!({"calculations":[{"op":"COUNT"}],"time_range":600}));
    assert_eq!(total["data"]["results"][0]["data"]["COUNT"], total_spans);

    // "Recent traces": root spans by event time, as the CLI's saved query asks.
    let recent = h.run_query(
        "backend-flask",
        json!({"calculated_fields":[{"name":"event_time","expression":"EVENT_TIMESTAMP()"}],
               "filters":[{"column":"trace.parent_id","op":"does-not-exist"}],
               "breakdowns":["event_time","trace.trace_id","name"],
               "calculations":[{"op":"MAX","column":"duration_ms"}],
               "orders":[{"column":"event_time","order":"descending"}],
               "time_range":3600,"limit":5}),
    );
    let rows = recent["data"]["results"].as_array().unwrap();
    assert_eq!(rows.len(), 5.min(sent["root_spans"].as_u64().unwrap() as usize));
    let times: Vec<f64> = rows.iter().map(|r| r["data"]["event_time"].as_f64().unwrap()).collect();
    assert!(times.windows(2).all(|w| w[0] >= w[1]), "{times:?}");
    assert!(rows.iter().all(|r| r["data"]["trace.trace_id"].as_str().unwrap().len() == 32));
}
