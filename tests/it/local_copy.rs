//! The workspace's local copy of its traces (`.cruddur-obs/traces/`), written by our real collector's
//! `file` exporter (proto format, rotation on) while the same spans, from the real OpenTelemetry Python
//! SDK, go to the strict local Honeycomb servers (an Enterprise team and a Free one): every query
//! command gives the same JSON from both sources; a Free team gets tables from its own spans with the
//! query's Honeycomb link beside them; `trace show` draws a trace; `traces status` says what is there.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::*;
use crate::otelcol::Collector;
use crate::query::drive_to;

/// A collector configuration of the test's own: OTLP/HTTP in; out to both Honeycomb servers (each with
/// its ingest key) and to the file exporter writing the workspace's copy as length-prefixed protobuf.
fn collector_config(dir: &Path, copy: &Path, enterprise: &Honeycomb, free: &Honeycomb) -> std::path::PathBuf {
    let path = dir.join("otelcol-local-copy.yaml");
    let yaml = format!(
        r#"receivers:
  otlp:
    protocols:
      http:
        endpoint: 127.0.0.1:4318
exporters:
  otlphttp/enterprise:
    endpoint: {enterprise}
    headers:
      x-honeycomb-team: ${{env:ENTERPRISE_KEY}}
  otlphttp/free:
    endpoint: {free}
    headers:
      x-honeycomb-team: ${{env:FREE_KEY}}
  file/local:
    path: {copy}/traces.pb
    format: proto
    flush_interval: 100ms
    rotation:
      max_megabytes: 64
      max_backups: 4
extensions:
  health_check:
    endpoint: 127.0.0.1:13133
service:
  extensions: [health_check]
  pipelines:
    traces:
      receivers: [otlp]
      exporters: [otlphttp/enterprise, otlphttp/free, file/local]
"#,
        enterprise = enterprise.server.url(),
        free = free.server.url(),
        copy = copy.display()
    );
    std::fs::write(&path, yaml).unwrap();
    path
}

fn ingest_key(hc: &Honeycomb) -> String {
    hc.server.credentials().default_environment().and_then(|env| env.ingest_key.clone()).unwrap()
}

fn spans_in_copy(env: &TestEnv, workspace: &Path) -> u64 {
    let output = env.cmd().current_dir(workspace).args(["traces", "status", "-o", "json"]).output().unwrap();
    serde_json::from_slice::<Value>(&output.stdout).map(|status| status["spans"].as_u64().unwrap_or(0)).unwrap_or(0)
}

#[test]
fn the_local_copy_answers_as_honeycomb_does_on_every_plan() {
    let env = TestEnv::new();
    let enterprise = Honeycomb::strict(Plan::Enterprise);
    let free = Honeycomb::strict(Plan::Free);
    let workspace = env.work_path("workspace");
    let copy = workspace.join(".cruddur-obs/traces");
    std::fs::create_dir_all(&copy).unwrap();
    let config = collector_config(env.work.path(), &copy, &enterprise, &free);
    let collector =
        Collector::start_with(&[&config], &[], &[("ENTERPRISE_KEY", ingest_key(&enterprise)), ("FREE_KEY", ingest_key(&free))], &[], None);
    let sent = drive_to(&collector.otlp_url, "unused-by-the-collector", &["work:alice:6:2", "work:bob:5:12", "home:dave:3", "boom:2"]);

    // Everything arrives in both places (the collector batches; no fixed sleep).
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let (honeycomb, free_spans, local) =
            (enterprise.server.stats().created.spans, free.server.stats().created.spans, spans_in_copy(&env, &workspace));
        if honeycomb as usize == sent.len() && free_spans as usize == sent.len() && local as usize == sent.len() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "spans: sent {}, Honeycomb {honeycomb}, Free {free_spans}, local {local}\n{}",
            sent.len(),
            collector.output()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let files: Vec<_> = std::fs::read_dir(&copy).unwrap().map(|entry| entry.unwrap().file_name()).collect();
    assert!(!files.is_empty(), "the file exporter wrote the copy");

    // traces status: where, how much, which services, what time.
    let status = stdout_json(&env.cmd().current_dir(&workspace).args(["traces", "status", "-o", "json"]).assert().success());
    assert_eq!(status["spans"], sent.len());
    assert_eq!(status["services"]["backend-flask"], sent.len());
    assert!(status["dir"].as_str().unwrap().ends_with(".cruddur-obs/traces"), "{status}");
    assert!(status["bytes"].as_u64().unwrap() > 0 && status["oldest"].is_string() && status["newest"].is_string(), "{status}");

    // The same JSON from Honeycomb (Enterprise) and from the local copy, for every query command.
    // One absolute window for every comparison: a relative one read on either side of a minute boundary
    // labels time buckets differently (the heatmap's), though both sources agree.
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let end = (now / 60 + 1) * 60;
    let window = [String::from("--start"), (end - 7200).to_string(), String::from("--end"), end.to_string()];
    let query = |hc: &Honeycomb, source: &str, args: &[&str]| {
        let mut command = env.honeycomb(hc);
        command.current_dir(&workspace).arg("query").args(args).args(&window).args([
            "-d",
            "backend-flask",
            "--source",
            source,
            "-o",
            "json",
        ]);
        command
    };
    let spec = r#"{"calculations":[{"op":"COUNT"},{"op":"AVG","column":"duration_ms"},{"op":"P95","column":"duration_ms"}],"breakdowns":["name","http.status_code"],"orders":[{"op":"COUNT","order":"descending"},{"column":"name"}],"havings":[{"calculate_op":"COUNT","op":">=","value":1}]}"#;
    let commands: [&[&str]; 7] = [
        &["latency-by-user"],
        &["recent-traces", "-n", "50"],
        &["slow-endpoints"],
        &["errors"],
        &["run", "--spec", spec],
        &["run", "--spec", r#"{"calculations":[{"op":"COUNT"}]}"#, "--where", "duration_ms > 5", "--where", "name starts-with GET"],
        &["heatmap", "--width", "20", "--rows", "5"],
    ];
    for args in commands {
        let from_honeycomb = stdout_json(&query(&enterprise, "honeycomb", args).assert().success());
        let from_local = stdout_json(&query(&enterprise, "local", args).assert().success());
        assert_eq!(from_local, from_honeycomb, "{args:?}: the local copy and Honeycomb differ");
        assert!(from_local.as_array().is_some_and(|rows| !rows.is_empty()), "{args:?}: {from_local}");
    }
    // auto on Enterprise is Honeycomb's answer.
    let auto = stdout_json(&query(&enterprise, "auto", &["latency-by-user"]).assert().success());
    assert_eq!(auto, stdout_json(&query(&enterprise, "honeycomb", &["latency-by-user"]).assert().success()));

    // A Free team: its own spans as tables from the local copy, with the query's link beside them.
    // The stand-in has no UI: links are made for Honeycomb's, as a real Free team's are.
    let on_free = || {
        let mut command = env.honeycomb(&free);
        command.env("CRUDDUR_OBS_UI_URL", "https://ui.honeycomb.io");
        command
    };
    let free_query = |args: &[&str]| {
        let mut command = on_free();
        command.current_dir(&workspace).arg("query").args(args).args(["-d", "backend-flask"]);
        command
    };
    let table = free_query(&["latency-by-user", "-o", "table"]).assert().success();
    let stdout = String::from_utf8(table.get_output().stdout.clone()).unwrap();
    let stderr = stderr_text(&table);
    assert!(stdout.lines().next().unwrap().split_whitespace().eq(["app.user_id", "P50", "P90", "P99", "COUNT"]), "{stdout}");
    assert!(stdout.contains("alice") && stdout.contains("bob"), "{stdout}");
    assert!(stderr.contains("has no Query Data API: answered from the local copy"), "{stderr}");
    let team = free.server.credentials().team_slug.clone();
    assert!(stderr.contains(&format!("the query in Honeycomb: https://ui.honeycomb.io/{team}/environments/")), "{stderr}");
    assert!(stderr.contains("datasets/backend-flask?query=%7B"), "{stderr}");
    let recent = free_query(&["recent-traces", "-n", "3", "-o", "table"]).assert().success();
    let recent_text = String::from_utf8(recent.get_output().stdout.clone()).unwrap();
    assert!(recent_text.contains("/trace?trace_id=") && recent_text.contains(" 500 "), "{recent_text}");
    let as_json = stdout_json(&free_query(&["recent-traces", "-n", "3", "-o", "json"]).assert().success());
    let trace_id = as_json[0]["trace_id"].as_str().unwrap().to_owned();

    // trace show: the waterfall of that trace, from the copy, with its Honeycomb link.
    let in_trace: Vec<_> = sent.iter().filter(|span| span.trace_id == trace_id).collect();
    let shown = on_free().current_dir(&workspace).args(["trace", "show", &trace_id, "-o", "table"]).assert().success();
    let drawing = String::from_utf8(shown.get_output().stdout.clone()).unwrap();
    assert_eq!(drawing.lines().count(), 1 + in_trace.len(), "{drawing}");
    assert!(drawing.lines().nth(1).unwrap().starts_with("✗ GET"), "the root, errored: {drawing}");
    assert!(drawing.lines().all(|line| line.chars().count() <= 200), "width-aware (COLUMNS=200):\n{drawing}");
    let note = stderr_text(&shown);
    assert!(note.contains(&format!("/datasets/backend-flask/trace?trace_id={trace_id}&trace_start_ts=")), "{note}");
    let waterfall = stdout_json(&on_free().current_dir(&workspace).args(["trace", "show", &trace_id, "-o", "json"]).assert().success());
    assert_eq!(waterfall["spans"].as_array().unwrap().len(), in_trace.len());
    assert_eq!(waterfall["spans"][0]["depth"], 0);
    assert!(waterfall["url"].as_str().unwrap().contains(&trace_id));

    // recent-traces --show 2: the table, then the first two traces drawn as trace show draws them.
    let with_show = free_query(&["recent-traces", "-n", "3", "--show", "2", "-o", "table"]).assert().success();
    let text = String::from_utf8(with_show.get_output().stdout.clone()).unwrap();
    let table_end = text.find("\nSPAN ").unwrap_or_else(|| panic!("no waterfall:\n{text}"));
    assert!(text[..table_end].contains("TRACE ID") && text[..table_end].contains("/trace?trace_id="), "the table first:\n{text}");
    let drawn: Vec<&str> = text[table_end..].split("\n\n").map(str::trim).filter(|block| !block.is_empty()).collect();
    assert_eq!(drawn.len(), 2, "two waterfalls:\n{text}");
    assert_eq!(drawn[0], drawing.trim_end(), "the first is the newest trace's waterfall");
    let second = as_json[1]["trace_id"].as_str().unwrap();
    let second_spans = sent.iter().filter(|span| span.trace_id == second).count();
    assert_eq!(drawn[1].lines().count(), 1 + second_spans, "{}", drawn[1]);
    assert!(stderr_text(&with_show).contains(&format!("trace {second}")), "each waterfall's note: {}", stderr_text(&with_show));
    free_query(&["recent-traces", "--show", "1", "-o", "json"]).assert().code(3);

    env.cmd().current_dir(&workspace).args(["trace", "show", &"0".repeat(32)]).assert().code(5);
    env.cmd().current_dir(&workspace).args(["trace", "show", "nope"]).assert().code(3);

    // Without a copy, a Free team still gets the link and exit 9; `--source local` says where it looked.
    let elsewhere = env.work_path("no-copy");
    std::fs::create_dir_all(&elsewhere).unwrap();
    env.honeycomb(&free).current_dir(&elsewhere).args(["query", "latency-by-user", "-d", "backend-flask"]).assert().code(9);
    let missing =
        env.honeycomb(&free).current_dir(&elsewhere).args(["query", "errors", "-d", "backend-flask", "--source", "local"]).assert().code(3);
    assert!(stderr_text(&missing).contains("no local copy of the traces at"), "{}", stderr_text(&missing));
}

fn record(trace: u8, spans: &[(&str, u64)]) -> Vec<u8> {
    use cruddur_otlp::proto::{ExportTraceServiceRequest, KeyValue, Resource, ResourceSpans, ScopeSpans, Span};
    let start = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64;
    let spans = spans
        .iter()
        .enumerate()
        .map(|(i, (name, ms))| Span {
            trace_id: vec![trace; 16],
            span_id: (u64::from(trace) * 1000 + i as u64 + 1).to_be_bytes().to_vec(),
            name: (*name).into(),
            start_time_unix_nano: start + i as u64 * 1000,
            end_time_unix_nano: start + i as u64 * 1000 + ms * 1_000_000,
            ..Span::default()
        })
        .collect();
    cruddur_obs::traces::copy::proto_record(&ExportTraceServiceRequest {
        resource_spans: vec![ResourceSpans {
            resource: Some(Resource { attributes: vec![KeyValue::string("service.name", "backend-flask")], dropped_attributes_count: 0 }),
            scope_spans: vec![ScopeSpans { scope: None, spans, schema_url: String::new() }],
            schema_url: String::new(),
        }],
    })
}

fn append(path: &Path, bytes: &[u8]) {
    use std::io::Write;
    std::fs::OpenOptions::new().create(true).append(true).open(path).unwrap().write_all(bytes).unwrap();
}

/// `traces tail`: started on a copy, it prints only what is written after it (through a rotation), the
/// events that pass --where as a query's WHERE, as JSON lines, and stops after --count.
#[test]
fn traces_tail_follows_the_copy_through_rotation_with_where() {
    use std::io::{BufRead, Read};
    use std::process::Stdio;
    use std::sync::mpsc;

    let env = TestEnv::new();
    let workspace = env.work_path("tail");
    let copy = workspace.join(".cruddur-obs/traces");
    std::fs::create_dir_all(&copy).unwrap();
    let current = copy.join("spans.pb");
    append(&current, &record(1, &[("before", 900)]));

    let mut child = env
        .process()
        .current_dir(&workspace)
        .args(["traces", "tail", "--where", "duration_ms > 250", "--count", "2", "-o", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (started_tx, started) = mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = started_tx.send(line);
        }
    });
    let (stdout_tx, stdout) = mpsc::channel();
    let mut out = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        let mut text = String::new();
        let _ = out.read_to_string(&mut text);
        let _ = stdout_tx.send(text);
    });
    let first = started.recv_timeout(Duration::from_secs(60));
    if !first.as_deref().is_ok_and(|line| line.starts_with("following ")) {
        let _ = child.kill();
        panic!("tail did not start: {first:?}");
    }

    append(&current, &record(2, &[("fast", 5), ("slow", 300)]));
    // Rotation: the file renamed aside, a new one started.
    std::fs::rename(&current, copy.join("spans-2026-12-06T06-00-00.000.pb")).unwrap();
    append(&current, &record(3, &[("fast again", 1), ("slower", 900)]));

    let text = match stdout.recv_timeout(Duration::from_secs(60)) {
        Ok(text) => text,
        Err(_) => {
            let _ = child.kill();
            panic!("tail did not stop after --count 2");
        }
    };
    assert!(child.wait().unwrap().success());
    let events: Vec<Value> = text.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    let names: Vec<&str> = events.iter().map(|event| event["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["slow", "slower"], "{text}");
    assert!(events.iter().all(|event| event["service.name"] == "backend-flask" && event["time"].is_string()), "{text}");
    assert_eq!(events[1]["trace.trace_id"], "03".repeat(16));

    // Bad input before anything: the --where, and csv.
    env.cmd().current_dir(&workspace).args(["traces", "tail", "--where", "duration_ms >"]).assert().code(3);
    env.cmd().current_dir(&workspace).args(["traces", "tail", "-o", "csv"]).assert().code(3);
}
