//! Items 12, 14 and 15: inputs built to make the tool slow, crash or read them wrong. A compose file of
//! tens of thousands of services, durations past u64 seconds, a merge key, a byte-order mark with CRLF,
//! heatmap counts that overflow u64, sampling rules past AWS's quota.

use serde_json::json;

use super::*;

/// `services` Flask-less services with an environment each, and one Flask backend.
fn big_compose(dir: &Path, services: usize) {
    std::fs::create_dir_all(dir.join("backend-flask")).unwrap();
    std::fs::write(dir.join("backend-flask/requirements.txt"), "flask\n").unwrap();
    let mut text = String::from("services:\n  backend-flask:\n    build: ./backend-flask\n");
    for index in 0..services {
        text.push_str(&format!("  svc{index}:\n    image: nginx\n    environment:\n      A_{index}: \"x\"\n      B_{index}: \"y\"\n"));
    }
    std::fs::write(dir.join("docker-compose.yml"), text).unwrap();
}

/// Item 12: a 2 MB compose file (24 000 services). Reading it used to cost a scan from the top per
/// entry (quadratic: 20 s for 2 MB in a release build, hours in a test build); now it is one pass. The
/// guard only catches that hang; bench/hostile.sh measures 10 MB.
#[test]
fn a_compose_file_of_tens_of_thousands_of_services_is_read_in_one_pass() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let dir = env.work_path("big");
    big_compose(&dir, 24_000);
    let ingest = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let dir_arg = dir.to_str().unwrap();
    for args in [vec!["doctor", "--dir", dir_arg, "--skip", "xray", "-o", "json"], vec!["init", "--dir", dir_arg, "--yes", "--dry-run"]] {
        let output = run_guarded(
            env.std_cmd().env("HONEYCOMB_API_ENDPOINT", hc.url()).env("HONEYCOMB_API_KEY", &ingest).args(&args),
            Duration::from_secs(240),
        );
        let what = args[0];
        if what == "init" {
            assert!(output.status.success(), "{what}: {}", String::from_utf8_lossy(&output.stderr));
            assert!(String::from_utf8_lossy(&output.stdout).contains("+      OTEL_SERVICE_NAME: \"backend-flask\""));
        } else {
            let rows: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
            let variables = rows.as_array().unwrap().iter().find(|row| row["check"] == "otel.variables").unwrap();
            assert_eq!(variables["line"], 2, "{variables}");
        }
    }
}

/// Item 14: durations past what a `Duration` holds are a usage error naming the value, never a panic
/// (exit 101), from a flag or from CRUDDUR_OBS_REQUEST_TIMEOUT.
#[test]
fn huge_durations_are_refused_not_panicked_on() {
    let env = TestEnv::new();
    let huge = "18446744073709551615s";
    let (config, _) = keys("duration");
    let runs: [(&[&str], Option<&str>, i32); 5] = [
        (&["--request-timeout", huge, "honeycomb", "datasets", "list"], None, 2),
        (&["honeycomb", "datasets", "list"], Some(huge), 2),
        (&["query", "latency-by-user", "-d", "x", "--timeout", huge], None, 3),
        (&["doctor", "--timeout", huge], None, 2),
        (&["query", "latency-by-user", "-d", "x", "--since", "99999999999w"], None, 3),
    ];
    for (args, variable, code) in runs {
        let mut command = env.cmd();
        command.env("HONEYCOMB_API_ENDPOINT", "http://127.0.0.1:9").env("HONEYCOMB_API_KEY", &config).args(args);
        if let Some(value) = variable {
            command.env("CRUDDUR_OBS_REQUEST_TIMEOUT", value);
        }
        let assert = command.assert();
        let stderr = stderr_text(&assert);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert.code(code);
        assert!(stderr.contains("too long"), "{args:?}: names the problem: {stderr}");
    }
}

/// Item 15: a value set through a merge key is the service's (init leaves it, doctor reads it); a
/// byte-order mark with CRLF line ends is one document.
#[test]
fn merge_keys_and_byte_order_marks_are_read_as_compose_reads_them() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let ingest = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let dir = env.work_path("merged");
    std::fs::create_dir_all(dir.join("backend-flask")).unwrap();
    std::fs::write(dir.join("backend-flask/requirements.txt"), "flask\nopentelemetry-api\nopentelemetry-sdk\nopentelemetry-exporter-otlp-proto-http\nopentelemetry-instrumentation-flask\nopentelemetry-instrumentation-requests\n").unwrap();
    let compose = format!(
        "x-otel: &otel\n  environment:\n    OTEL_SERVICE_NAME: \"backend-flask\"\n    OTEL_EXPORTER_OTLP_ENDPOINT: \"{}\"\n    OTEL_EXPORTER_OTLP_HEADERS: \"x-honeycomb-team=${{HONEYCOMB_API_KEY}}\"\nservices:\n  backend-flask:\n    <<: *otel\n    build: ./backend-flask\n",
        hc.url()
    );
    std::fs::write(dir.join("docker-compose.yml"), &compose).unwrap();
    let dir_arg = dir.to_str().unwrap();
    env.honeycomb_bare(&hc)
        .env("HONEYCOMB_API_KEY", &ingest)
        .args(["init", "--dir", dir_arg, "--yes", "--target", "compose"])
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(dir.join("docker-compose.yml")).unwrap(),
        compose,
        "the merged values were taken as unset and overridden"
    );
    let rows = stdout_json(
        &env.honeycomb_bare(&hc)
            .env("HONEYCOMB_API_KEY", &ingest)
            .args(["doctor", "--dir", dir_arg, "--skip", "xray", "-o", "json"])
            .assert(),
    );
    let variables = rows.as_array().unwrap().iter().find(|row| row["check"] == "otel.variables").unwrap();
    assert_eq!(variables["status"], "pass", "{variables}");

    // Saved by a Windows editor: a byte-order mark and CRLF.
    let windows = format!("\u{feff}{}", compose.replace('\n', "\r\n"));
    std::fs::write(dir.join("docker-compose.yml"), &windows).unwrap();
    let rows = stdout_json(
        &env.honeycomb_bare(&hc)
            .env("HONEYCOMB_API_KEY", &ingest)
            .args(["doctor", "--dir", dir_arg, "--skip", "xray", "-o", "json"])
            .assert(),
    );
    let checks: Vec<&str> = rows.as_array().unwrap().iter().map(|row| row["check"].as_str().unwrap()).collect();
    assert!(!checks.contains(&"workspace"), "the file was read: {rows}");
}

/// Item 15: heatmap counts near u64::MAX add up (the total used to wrap, or panic in a debug build). The
/// heatmap asks for the value's range (MIN, MAX, COUNT), then COUNT by value band as a time series: this
/// server answers the second with two cells of u64::MAX events and one of 18.
#[test]
fn heatmap_counts_that_overflow_u64_add_up() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let env = TestEnv::new();
    let queries = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&queries);
    let series = json!([
        // Points without a time fall in the first column: only the sums matter here.
        {"data": {"value_band": 0, "COUNT": u64::MAX}},
        {"data": {"value_band": 1, "COUNT": u64::MAX}},
        {"data": {"value_band": 1, "COUNT": 18}},
    ]);
    let server = Hostile::start(move |request| {
        let path = request.path.as_str();
        if path.starts_with("/1/columns/") {
            Reply::json(200, &json!([{"key_name": "duration_ms", "type": "float"}]))
        } else if path.starts_with("/1/queries/") {
            let index = seen.fetch_add(1, Ordering::SeqCst) + 1;
            Reply::json(200, &json!({"id": format!("q{index}")}))
        } else if path.starts_with("/1/query_results/") {
            let data = if queries.load(Ordering::SeqCst) < 2 {
                json!({"series": [], "results": [{"data": {"MIN(duration_ms)": 0.0, "MAX(duration_ms)": 20.0, "COUNT": u64::MAX}}]})
            } else {
                json!({"series": series, "results": []})
            };
            Reply::json(200, &json!({"id": "r1", "complete": true, "data": data}))
        } else {
            Reply::json(404, &json!({"error": "not here"}))
        }
    });
    let (config, _) = keys("heatmap");
    let assert = env
        .cmd()
        .env("HONEYCOMB_API_ENDPOINT", server.url())
        .env("HONEYCOMB_API_KEY", &config)
        .args(["query", "heatmap", "-d", "x", "--since", "1h", "-o", "table"])
        .assert()
        .success();
    let total = 2 * u128::from(u64::MAX) + 18;
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    assert!(stdout.contains(&format!("{total} events)")), "{stdout}");
}

/// Item 15: AWS allows 25 sampling rules: a file with more is refused at once (before each rule is
/// read), and a file far bigger than any rules file is refused unread.
#[test]
fn a_flood_of_sampling_rules_is_refused_early() {
    let env = TestEnv::new();
    let rule = |index: usize| {
        json!({"SamplingRule": {"RuleName": format!("r{index}"), "ResourceARN": "*", "Priority": 100 + index, "FixedRate": 0.1,
            "ReservoirSize": 1, "ServiceName": "*", "ServiceType": "*", "Host": "*", "HTTPMethod": "*", "URLPath": "*", "Version": 1}})
    };
    let many = env.work_path("many.json");
    std::fs::write(&many, serde_json::to_string(&(0..30).map(rule).collect::<Vec<_>>()).unwrap()).unwrap();
    let assert = env.cmd().args(["xray", "rules", "validate", many.to_str().unwrap()]).assert().code(3);
    assert!(stderr_text(&assert).contains("30 sampling rules: AWS allows 25 per account besides Default"), "{}", stderr_text(&assert));
    let huge = env.work_path("huge.json");
    std::fs::write(&huge, serde_json::to_string(&(0..20_000).map(rule).collect::<Vec<_>>()).unwrap()).unwrap();
    let assert = env.cmd().args(["xray", "rules", "validate", huge.to_str().unwrap()]).assert().code(3);
    assert!(stderr_text(&assert).contains("over 1 MiB, the most a rules or spec file may hold"), "{}", stderr_text(&assert));
}
