//! The real OpenTelemetry Collector (our distribution, collector/) on what `cruddur-obs` writes: every
//! generated collector configuration loads (`validate`), the browser-traces configuration carries a
//! trace from the real OpenTelemetry Python SDK to the local Honeycomb server, the same trace reaches
//! the local X-Ray server through `otlphttp` + `sigv4auth` (every signature verified), and the X-Ray
//! remote sampler of AWS's OpenTelemetry Python distribution follows the sampling rules the X-Ray server
//! holds.

use std::io::{BufRead, BufReader, Write as _};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::*;
use crate::frontend::{fixtures, workspace_with_frontend};
use crate::otelcol::*;

/// `frontend init` (collector mode, compose and frontend files only, no key needed) in a copy of `fixture`,
/// with the Honeycomb endpoint a user would have in HONEYCOMB_API_ENDPOINT. Returns the workspace
/// directory and whether it wrote a collector configuration (teams with their own collector get none).
fn init_frontend(env: &TestEnv, fixture: &str, honeycomb_endpoint: Option<&str>) -> (std::path::PathBuf, bool) {
    let dir = env.work_path(&format!("ws-{fixture}"));
    workspace_with_frontend(fixture, &dir);
    let config = dir.join("otel-collector-config.yaml");
    let before = std::fs::read(&config).ok();
    let mut command = env.cmd();
    if let Some(endpoint) = honeycomb_endpoint {
        command.env("HONEYCOMB_API_ENDPOINT", endpoint);
    }
    let output = command.args(["frontend", "init", "--target", "compose,frontend", "--yes"]).current_dir(&dir).output().unwrap();
    assert!(output.status.success(), "{fixture}: {}", String::from_utf8_lossy(&output.stderr));
    // A team with a collector of its own keeps its file: only a file init wrote is ours to test.
    let written = std::fs::read(&config).ok().is_some_and(|after| before.as_ref() != Some(&after));
    (dir, written)
}

/// What docker compose gives the collector service (`environment:` in the generated service), with a key
/// made at run time.
fn collector_env(honeycomb_key: &str) -> Vec<(&'static str, String)> {
    pipeline_env(honeycomb_key)
}

/// The one address of a generated configuration that is the container's, not this machine's: the local
/// copy's bind mount, moved to the workspace's folder as compose mounts it.
fn local_copy_set(dir: &Path) -> String {
    format!("exporters::file/local::path={}", dir.join(".cruddur-obs/traces/spans.pb").display())
}

/// Runs the command in `dir`; whether it wrote `otel-collector-config.yaml` anew. A refusal (exit 3: the
/// team's own collector) writes nothing.
fn writes_config(command: &mut assert_cmd::Command, dir: &Path) -> bool {
    let config = dir.join("otel-collector-config.yaml");
    let before = std::fs::read(&config).ok();
    let output = command.current_dir(dir).output().unwrap();
    assert!(matches!(output.status.code(), Some(0 | 3)), "{}", String::from_utf8_lossy(&output.stderr));
    output.status.success() && std::fs::read(&config).ok().is_some_and(|after| before.as_ref() != Some(&after))
}

/// Every configuration `init` and `xray migrate` can write: per real workspace, the browser's alone (US and
/// EU Honeycomb), X-Ray's, the daemon-era workspaces migrated, and the browser and X-Ray together in either
/// order; each loads in our collector. A broken one does not.
#[test]
fn every_collector_config_cruddur_obs_writes_loads_in_the_real_collector() {
    let env = TestEnv::new();
    // Where `init --with xray` makes the group and rule (and reads the trace segment destination).
    let xray = start_xray();
    let key = fake_key("hcxik_", "validate", 64);
    let mut validated: Vec<String> = Vec::new();
    let mut check = |label: String, dir: &Path| {
        let config = dir.join("otel-collector-config.yaml");
        let output = validate(&[&config], &collector_env(&key));
        assert!(
            output.status.success(),
            "{label}: the collector refused the generated configuration:\n{}\n{}",
            String::from_utf8_lossy(&output.stderr),
            std::fs::read_to_string(&config).unwrap()
        );
        validated.push(label);
    };
    let mut cases: Vec<(String, Option<&str>)> = fixtures().into_iter().map(|fixture| (fixture, None)).collect();
    cases.push(("omenking__aws-bootcamp-cruddur-2023".to_owned(), Some("https://api.eu1.honeycomb.io")));
    for (fixture, endpoint) in &cases {
        let scratch = TestEnv::new();
        let (dir, written) = init_frontend(&scratch, fixture, *endpoint);
        if written {
            check(format!("{fixture}: frontend ({})", endpoint.unwrap_or("US")), &dir);
        }
    }
    let all: Vec<String> = std::fs::read_dir(repo_root().join("tests/fixtures/workspaces"))
        .unwrap()
        .map(|entry| entry.unwrap())
        .filter(|entry| entry.file_type().unwrap().is_dir())
        .map(|entry| entry.file_name().into_string().unwrap())
        .collect();
    for fixture in &all {
        // The synthetic workspace whose backend is not a Flask service names it, as its team would.
        let services: &[&str] = if fixture == "synthetic__named-service" { &["--service", "worker"] } else { &[] };
        for (label, args) in [
            ("xray", ["init", "--with", "xray", "--target", "compose,requirements", "--yes"].as_slice()),
            ("migrate", &["xray", "migrate"]),
        ] {
            let scratch = TestEnv::new();
            let dir = scratch.work_path("ws");
            copy_workspace(fixture, &dir);
            if writes_config(scratch.xray(&xray).args(args).args(services), &dir) {
                check(format!("{fixture}: {label}"), &dir);
                // The browser joins the same collector later (the real workspaces: a synthetic one brings
                // its own frontend, or none).
                if label == "xray" && !fixture.starts_with("synthetic__") {
                    crate::frontend::add_frontend_files(&dir);
                    if writes_config(scratch.cmd().args(["frontend", "init", "--target", "compose,frontend", "--yes"]), &dir) {
                        check(format!("{fixture}: xray, then frontend"), &dir);
                    }
                }
            }
        }
    }
    // The browser first, then X-Ray: the same union.
    let (dir, written) = init_frontend(&env, "waleedayoub__aws-bootcamp-cruddur-2023", None);
    assert!(written);
    assert!(writes_config(env.xray(&xray).args(["init", "--with", "xray", "--target", "compose", "--yes"]), &dir));
    let text = std::fs::read_to_string(dir.join("otel-collector-config.yaml")).unwrap();
    assert!(text.contains("allowed_origins") && text.contains("otlp_http/xray") && text.contains("file/local"), "{text}");
    check("waleedayoub: frontend, then xray".to_owned(), &dir);
    let count = |kind: &str| validated.iter().filter(|label| label.ends_with(kind)).count();
    assert!(count("(US)") >= 6 && count("(https://api.eu1.honeycomb.io)") == 1, "{validated:#?}");
    assert!(count(": xray") >= 2 && count(": migrate") >= 7 && count("then frontend") >= 1, "{validated:#?}");

    // The check has teeth: a component this distribution lacks, or a misspelt setting, fails to load.
    let generated = std::fs::read_to_string(dir.join("otel-collector-config.yaml")).unwrap();
    for (broken, expected) in [
        (generated.replace("otlp_http/honeycomb", "awsxray/honeycomb"), "unknown type: \"awsxray\""),
        (generated.replace("    headers:", "    header:"), "has invalid keys: header"),
        (generated.replace("max_backups", "max_backup"), "has invalid keys: max_backup"),
    ] {
        let path = env.work_path("broken.yaml");
        std::fs::write(&path, broken).unwrap();
        let output = validate(&[&path], &collector_env(&key));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success() && stderr.contains(expected), "{expected}: {stderr}");
    }
}

#[test]
fn the_browser_collector_config_carries_a_python_trace_to_honeycomb() {
    let honeycomb = Honeycomb::start(Plan::Enterprise);
    let ingest_key = honeycomb.server.credentials().default_environment().and_then(|env| env.ingest_key.clone()).unwrap();
    let env = TestEnv::new();
    // The collector exports to the server itself: prism fronts Honeycomb's API, and OTLP's /v1/traces is
    // not in Honeycomb's published spec, so prism has no contract to hold it to. The query that finds the
    // trace goes through prism.
    let (dir, written) = init_frontend(&env, "omenking__aws-bootcamp-cruddur-2023", Some(&honeycomb.server.url()));
    assert!(written);
    let collector =
        Collector::start_with(&[&dir.join("otel-collector-config.yaml")], &[], &collector_env(&ingest_key), &[local_copy_set(&dir)], None);

    // The browser's origin may send to it: the collector answers the CORS preflight itself.
    let preflight = preflight(&collector.otlp_url, "http://localhost:3000");
    assert!(preflight.contains("Access-Control-Allow-Origin: http://localhost:3000"), "{preflight}");
    assert!(!preflight.contains("Access-Control-Allow-Origin: http://evil.example"));

    let trace_id = send_python_trace(&collector.otlp_url, "backend-flask");
    let row = honeycomb_trace_row(&env, &honeycomb, &trace_id, "backend-flask");
    assert_eq!(row["service"], "backend-flask", "{row}");
    assert_eq!(row["name"], "GET /api/activities/home", "{row}");
    assert!(honeycomb.server.stats().created.spans >= 3, "three spans in, three events: {:?}", honeycomb.server.stats());
}

/// The OPTIONS preflight a browser page at `origin` sends before posting spans; the raw answer head.
fn preflight(collector_url: &str, origin: &str) -> String {
    use std::io::Read;
    let address = collector_url.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        stream,
        "OPTIONS /v1/traces HTTP/1.1\r\nHost: {address}\r\nOrigin: {origin}\r\nAccess-Control-Request-Method: POST\r\n\
         Access-Control-Request-Headers: content-type\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer.split("\r\n\r\n").next().unwrap_or_default().to_owned()
}

#[test]
fn one_trace_reaches_honeycomb_and_x_ray_through_the_collector() {
    let honeycomb = Honeycomb::start(Plan::Enterprise);
    let ingest_key = honeycomb.server.credentials().default_environment().and_then(|env| env.ingest_key.clone()).unwrap();
    let xray = start_verifying_xray();
    let env = TestEnv::new();

    // Transaction Search first, as AWS requires for the OTLP endpoint (the real aws CLI, signed).
    let enabled: Value =
        serde_json::from_str(&run_ok(env.aws(&xray).args(["xray", "update-trace-segment-destination", "--destination", "CloudWatchLogs"])))
            .unwrap();
    assert_eq!(enabled["Destination"], "CloudWatchLogs");

    // The configuration the browser and X-Ray share: `frontend init`, then `init --with xray` (waleedayoub's
    // workspace has neither daemon nor SDK).
    let (dir, written) = init_frontend(&env, "waleedayoub__aws-bootcamp-cruddur-2023", Some(&honeycomb.server.url()));
    assert!(written);
    assert!(writes_config(env.xray(&xray).args(["init", "--with", "xray", "--target", "compose", "--yes"]), &dir));
    let config = dir.join("otel-collector-config.yaml");
    let collector_vars = collector_env(&ingest_key);
    let loaded = validate(&[&config], &collector_vars);
    assert!(loaded.status.success(), "{}", String::from_utf8_lossy(&loaded.stderr));
    // X-Ray's endpoint is this machine's server instead of AWS's; the rest runs as written.
    let sets = [format!("exporters::otlp_http/xray::traces_endpoint={}/v1/traces", xray.url()), local_copy_set(&dir)];
    let collector = Collector::start_with(&[&config], &["sigv4auth/xray"], &collector_vars, &sets, None);
    let preflight = preflight(&collector.otlp_url, "http://localhost:3000");
    assert!(preflight.contains("Access-Control-Allow-Origin: http://localhost:3000"), "{preflight}");

    let trace_id = send_python_trace(&collector.otlp_url, "backend-flask");

    // Honeycomb: found by the user's query, through prism.
    let row = honeycomb_trace_row(&env, &honeycomb, &trace_id, "backend-flask");
    assert_eq!(row["service"], "backend-flask", "{row}");

    // X-Ray: found by BatchGetTraces (the aws CLI), the same trace ID in X-Ray's form.
    let trace = xray_trace(&env, &xray, &trace_id, 3);
    assert_eq!(trace["Id"], xray_trace_id(&trace_id).as_str());
    let segments = trace["Segments"].as_array().unwrap();
    assert_eq!(segments.len(), 1, "{trace}");
    let document: Value = serde_json::from_str(segments[0]["Document"].as_str().unwrap()).unwrap();
    assert_eq!(document["name"], "backend-flask");
    assert_eq!(document["http"]["response"]["status"], 200);
    let subsegments: Vec<&str> = document["subsegments"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(subsegments.len(), 2, "{document}");
    assert!(subsegments.contains(&"home-activities-mock-data") && subsegments.contains(&"GET"), "{subsegments:?}");

    // trace show --from xray: that trace as a waterfall (BatchGetTraces through aws-sdk-xray, signed), the
    // segment at the root and its two subsegments under it, the faulted call marked.
    let shown = stdout_json(&env.xray(&xray).args(["trace", "show", &trace_id, "--from", "xray", "-o", "json"]).assert().success());
    let spans = shown["spans"].as_array().unwrap();
    assert_eq!(spans.len(), 3, "{shown}");
    assert_eq!((spans[0]["name"].as_str(), spans[0]["depth"].as_u64()), (Some("backend-flask"), Some(0)), "{shown}");
    assert!(spans.iter().all(|span| span["service"] == "backend-flask"), "{shown}");
    assert!(spans[1..].iter().all(|span| span["depth"] == 1), "{shown}");
    assert!(spans.iter().any(|span| span["name"] == "GET" && span["error"] == true), "the 503 call: {shown}");
    let drawn = env.xray(&xray).args(["trace", "show", &trace_id, "--from", "xray", "-o", "table"]).assert().success();
    assert_eq!(String::from_utf8_lossy(&drawn.get_output().stdout).lines().count(), 4);
    env.xray(&xray).args(["trace", "show", &"0".repeat(32), "--from", "xray"]).assert().code(5);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let summaries: Value = serde_json::from_str(&run_ok(env.aws(&xray).args([
        "xray",
        "get-trace-summaries",
        "--start-time",
        &(now - 300).to_string(),
        "--end-time",
        &(now + 60).to_string(),
    ])))
    .unwrap();
    let summary = summaries["TraceSummaries"].as_array().unwrap().iter().find(|s| s["Id"] == trace["Id"]).unwrap().clone();
    assert_eq!((summary["HasFault"].as_bool(), summary["HasError"].as_bool()), (Some(true), Some(false)), "the 503 call: {summary}");
    assert!(xray.stats().calls["OTLP /v1/traces"] >= 1);
    assert!(!collector.output().contains("\"error\""), "the collector logged an export error:\n{}", collector.output());
}

#[test]
fn the_python_x_ray_sampler_follows_the_rules_the_x_ray_server_holds() {
    let xray = start_verifying_xray();
    let env = TestEnv::new();
    // Three rules for backend-flask, as `aws xray create-sampling-rule` (or `cruddur-obs xray rules apply`)
    // makes them: never sample, always sample, and only the reservoir (1 a second borrowed until X-Ray
    // hands out quotas).
    for (name, priority, path, fixed_rate, reservoir) in
        [("never", 1, "/api/never", 0.0, 0), ("always", 2, "/api/always", 1.0, 0), ("reservoir", 3, "/api/reservoir", 0.0, 50)]
    {
        let rule = format!(
            "RuleName={name},ResourceARN=*,Priority={priority},FixedRate={fixed_rate},ReservoirSize={reservoir},\
             ServiceName=backend-flask,ServiceType=*,Host=*,HTTPMethod=GET,URLPath={path},Version=1"
        );
        run_ok(env.aws(&xray).args(["xray", "create-sampling-rule", "--sampling-rule", &rule]));
    }
    let relay = SigningRelay::start(&xray, ACCESS_KEY_ID, SECRET_ACCESS_KEY, "us-east-1");
    let mut sampler = Command::new(venv_bin("python"))
        .arg(repo_root().join("tests/collector/sampler.py"))
        .arg(relay.url())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(sampler.stdout.take().unwrap()).lines();
    let mut next = || -> Value {
        let line = lines.next().and_then(Result::ok).unwrap_or_default();
        serde_json::from_str(&line).unwrap_or_else(|_| panic!("sampler.py said {line:?}"))
    };

    // The rules as X-Ray returns them decide: FixedRate 0 and no reservoir never samples, FixedRate 1
    // always does, a reservoir alone lets one request a second through (the sampler's borrowing).
    let rules = next();
    assert_eq!(rules["phase"], "rules", "{rules}");
    let decisions = rules["decisions"].as_i64().unwrap();
    assert_eq!(rules["never"], 0, "{rules}");
    assert_eq!(rules["always"], decisions, "{rules}");
    let borrowed = rules["reservoir"].as_i64().unwrap();
    let seconds = rules["reservoir_seconds"].as_f64().unwrap();
    assert!(borrowed >= 1 && borrowed as f64 <= seconds.ceil() + 1.0, "about one a second from the reservoir: {rules}");
    assert!(borrowed < rules["reservoir_decisions"].as_i64().unwrap(), "FixedRate 0 drops the rest: {rules}");

    // A rule changed in X-Ray changes the decisions: `always` down to FixedRate 0.
    run_ok(env.aws(&xray).args(["xray", "update-sampling-rule", "--sampling-rule-update", "RuleName=always,FixedRate=0"]));
    let stdin = sampler.stdin.as_mut().unwrap();
    writeln!(stdin).unwrap();
    let updated = next();
    assert_eq!(updated["phase"], "updated", "{updated}");
    assert_eq!(updated["always"], 0, "{updated}");

    // Every call reached the server signed by the relay and verified; GetSamplingRules more than once.
    let deadline = Instant::now() + Duration::from_secs(60);
    while xray.stats().calls.get("GetSamplingTargets").copied().unwrap_or(0) == 0 {
        assert!(Instant::now() < deadline, "the sampler never reported statistics: {:?}", xray.stats());
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(xray.stats().calls["GetSamplingRules"] >= 2, "{:?}", xray.stats());
    // What the sampler reports is not what X-Ray's model takes: it sends `SampleCount` where the model's
    // SamplingStatisticsDocument has `SampledCount` (required), so a model-strict X-Ray refuses the report
    // and the sampler never gets a reservoir quota (it logs that at debug level and keeps borrowing).
    // When the sampler is fixed, this fails: then assert on the quotas instead.
    assert!(xray.sampling_reports().is_empty(), "the sampler's reports were accepted: {:?}", xray.sampling_reports());

    drop(sampler.stdin.take());
    let _ = sampler.kill();
    let output = sampler.wait_with_output().unwrap();
    assert!(!String::from_utf8_lossy(&output.stderr).contains("Traceback"), "{}", String::from_utf8_lossy(&output.stderr));
}
