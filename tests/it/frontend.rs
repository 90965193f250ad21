//! `init --with frontend` and `frontend init`: on every real workspace (with the frontend files they were
//! saved without, tests/fixtures/frontend), and end to end: a React page built with the generated module,
//! clicked in Debian's headless chromium (playwright-core), spans from the browser and from the Flask
//! backend (the real OpenTelemetry SDKs) joined into one trace on the local Honeycomb server, and found
//! with `cruddur-obs query recent-traces`.

use std::io::{BufRead, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::*;

/// The workspaces' frontend and backend files, which the saved fixtures lack.
fn frontend_fixture() -> PathBuf {
    repo_root().join("tests/fixtures/frontend")
}

pub(crate) fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::write(&target, std::fs::read(entry.path()).unwrap()).unwrap();
        }
    }
}

/// A fixture workspace with a React frontend (package.json, src/index.js) and the backend's app.py.
pub(crate) fn workspace_with_frontend(fixture: &str, dest: &Path) {
    copy_workspace(fixture, dest);
    add_frontend_files(dest);
}

/// The frontend's files and the backend's app.py, into a workspace copied before.
pub(crate) fn add_frontend_files(dest: &Path) {
    copy_dir(&frontend_fixture().join("frontend-react-js"), &dest.join("frontend-react-js"));
    std::fs::copy(frontend_fixture().join("backend-flask/app.py"), dest.join("backend-flask/app.py")).unwrap();
}

pub(crate) fn fixtures() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(repo_root().join("tests/fixtures/workspaces"))
        .unwrap()
        .map(|entry| entry.unwrap())
        // The real workspaces: a synthetic one (issue 17's classes) brings its own frontend, which this
        // test would overwrite with the shared one.
        .filter(|entry| !entry.file_name().to_string_lossy().starts_with("synthetic__"))
        .filter(|entry| entry.path().join("frontend-react-js").is_dir() && entry.path().join("backend-flask").is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn compose(dir: &Path) -> (PathBuf, yaml_serde::Value) {
    let path =
        ["docker-compose.yml", "docker-compose.yaml", "compose.yaml"].iter().map(|name| dir.join(name)).find(|path| path.exists()).unwrap();
    let value = yaml_serde::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    (path, value)
}

/// A compose service's `environment` as a map, whichever style the file uses.
pub(crate) fn environment(compose: &yaml_serde::Value, service: &str) -> std::collections::BTreeMap<String, String> {
    let mut vars = std::collections::BTreeMap::new();
    match &compose["services"][service]["environment"] {
        yaml_serde::Value::Mapping(map) => {
            for (key, value) in map {
                let value = match value {
                    yaml_serde::Value::String(text) => text.clone(),
                    other => yaml_serde::to_string(other).unwrap().trim().to_owned(),
                };
                vars.insert(key.as_str().unwrap().to_owned(), value);
            }
        }
        yaml_serde::Value::Sequence(items) => {
            for item in items {
                let (key, value) = item.as_str().unwrap().split_once('=').unwrap_or((item.as_str().unwrap(), ""));
                vars.insert(key.trim().to_owned(), value.trim().to_owned());
            }
        }
        _ => {}
    }
    vars
}

/// The name of the service built from `dir` (Ahmedlekan's repo calls the frontend `frontend`).
fn service_built_from(compose: &yaml_serde::Value, dir: &str) -> String {
    compose["services"]
        .as_mapping()
        .unwrap()
        .iter()
        .find(|(_, service)| {
            let build = &service["build"];
            let context = build.as_str().or_else(|| build["context"].as_str()).unwrap_or_default();
            context.trim_start_matches("./").trim_end_matches('/') == dir
        })
        .map(|(name, _)| name.as_str().unwrap().to_owned())
        .unwrap()
}

const BROWSER_PACKAGES: [&str; 8] = [
    "@opentelemetry/api",
    "@opentelemetry/exporter-trace-otlp-http",
    "@opentelemetry/instrumentation",
    "@opentelemetry/instrumentation-document-load",
    "@opentelemetry/instrumentation-fetch",
    "@opentelemetry/instrumentation-xml-http-request",
    "@opentelemetry/resources",
    "@opentelemetry/sdk-trace-web",
];

#[test]
fn every_workspace_with_a_frontend_gets_browser_tracing_once() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 10, "{fixtures:?}");
    let original_package = std::fs::read_to_string(frontend_fixture().join("frontend-react-js/package.json")).unwrap();
    for fixture in fixtures {
        let env = TestEnv::new();
        let dir = env.work_path("ws");
        workspace_with_frontend(&fixture, &dir);
        let (_, before) = compose(&dir);
        let had_collector = before["services"].get("otel-collector").is_some();

        // Compose and the frontend's files only: no key is involved, so no server either.
        let output = env
            .cmd()
            .args(["init", "--with", "frontend", "--target", "compose,frontend", "--yes", "-o", "json"])
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(output.status.success(), "{fixture}: {}", String::from_utf8_lossy(&output.stderr));
        let report: Value = serde_json::from_slice(&output.stdout).unwrap();
        let actions: Vec<(String, String)> = report
            .as_array()
            .unwrap()
            .iter()
            .map(|change| (change["path"].as_str().unwrap().to_owned(), change["action"].as_str().unwrap().to_owned()))
            .collect();

        // package.json: the eight packages added, every original line kept in order.
        let package = std::fs::read_to_string(dir.join("frontend-react-js/package.json")).unwrap();
        let parsed: Value = serde_json::from_str(&package).unwrap();
        for name in BROWSER_PACKAGES {
            assert!(parsed["dependencies"][name].is_string(), "{fixture}: {name} missing");
        }
        let kept: Vec<&str> = package.lines().filter(|line| !line.contains("@opentelemetry/")).collect();
        assert_eq!(kept, original_package.lines().collect::<Vec<_>>(), "{fixture}: package.json changed beyond the new lines");

        // The tracing module, the frontend's variables, the backend's CORS.
        let module = std::fs::read_to_string(dir.join("frontend-react-js/src/tracing.js")).unwrap();
        assert!(module.contains("process.env.REACT_APP_OTEL_EXPORTER_OTLP_ENDPOINT"), "{fixture}");
        assert!(!module.contains("x-honeycomb-team"), "{fixture}: collector mode puts no key header in the bundle");
        let (_, after) = compose(&dir);
        let name = service_built_from(&after, "frontend-react-js");
        let frontend = environment(&after, &name);
        assert_eq!(frontend.get("REACT_APP_OTEL_SERVICE_NAME"), Some(&name), "{fixture}");
        assert!(frontend.get("REACT_APP_OTEL_EXPORTER_OTLP_ENDPOINT").is_some_and(|url| url.contains("4318")), "{fixture}: {frontend:?}");
        assert!(!frontend.contains_key("REACT_APP_HONEYCOMB_API_KEY"), "{fixture}");
        let app = std::fs::read_to_string(dir.join("backend-flask/app.py")).unwrap();
        assert!(app.contains(r#"allow_headers=["content-type", "if-modified-since", "traceparent", "tracestate"],"#), "{fixture}: {app}");
        if had_collector {
            // The team's own collector (four of the repos) is theirs: not replaced, no config written.
            assert_eq!(before["services"]["otel-collector"], after["services"]["otel-collector"], "{fixture}");
            assert!(!actions.iter().any(|(path, _)| path == "otel-collector-config.yaml"), "{fixture}");
        } else {
            let collector = environment(&after, "otel-collector");
            assert_eq!(collector.get("HONEYCOMB_API_KEY").map(String::as_str), Some("${HONEYCOMB_API_KEY}"), "{fixture}");
            assert!(collector["FRONTEND_ORIGIN"].contains("3000"), "{fixture}: {collector:?}");
            let config: yaml_serde::Value =
                yaml_serde::from_str(&std::fs::read_to_string(dir.join("otel-collector-config.yaml")).unwrap()).unwrap();
            assert_eq!(
                config["receivers"]["otlp"]["protocols"]["http"]["cors"]["allowed_origins"][0].as_str(),
                Some("${env:FRONTEND_ORIGIN}")
            );
        }
        // Every other service is what it was.
        let frontend_name = name;
        for (name, service) in before["services"].as_mapping().unwrap() {
            if name.as_str() != Some(frontend_name.as_str()) {
                assert_eq!(&after["services"][name.as_str().unwrap()], service, "{fixture}: service {name:?} changed");
            }
        }

        // Again: nothing to do, nothing written.
        let files = snapshot(&dir);
        let again =
            env.cmd().args(["init", "--with", "frontend", "--target", "compose,frontend", "--yes"]).current_dir(&dir).output().unwrap();
        assert!(again.status.success(), "{fixture}: {}", String::from_utf8_lossy(&again.stderr));
        assert!(
            String::from_utf8_lossy(&again.stderr).contains("nothing to change"),
            "{fixture}: {}",
            String::from_utf8_lossy(&again.stderr)
        );
        assert_eq!(snapshot(&dir), files, "{fixture}: the second run wrote");
    }
}

#[test]
fn dry_run_shows_every_file_and_writes_none() {
    let env = TestEnv::new();
    let dir = env.work_path("ws");
    workspace_with_frontend("omenking__aws-bootcamp-cruddur-2023", &dir);
    let files = snapshot(&dir);
    let output = env.cmd().args(["frontend", "init", "--target", "compose,frontend", "--dry-run"]).current_dir(&dir).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let diff = String::from_utf8_lossy(&output.stdout);
    for file in [
        "docker-compose.yml",
        "frontend-react-js/package.json",
        "frontend-react-js/src/tracing.js",
        "otel-collector-config.yaml",
        "backend-flask/app.py",
    ] {
        assert!(diff.contains(&format!("+++ b/{file}")), "{file} missing from the dry run:\n{diff}");
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("import './tracing'"), "{stderr}");
    assert!(diff.contains("+++ b/.gitpod.yml") && diff.contains("+  - name: otel-collector\n+    port: 4318\n"), "{diff}");
    assert_eq!(snapshot(&dir), files);
}

#[test]
fn a_vite_app_reads_its_variables_from_import_meta_env_on_its_own_port() {
    let env = TestEnv::new();
    let dir = env.work_path("ws");
    std::fs::create_dir_all(dir.join("web/src")).unwrap();
    std::fs::create_dir_all(dir.join("api")).unwrap();
    std::fs::write(
        dir.join("compose.yaml"),
        "services:\n  api:\n    build: ./api\n  web:\n    build: ./web\n    ports:\n      - \"5173:5173\"\n",
    )
    .unwrap();
    std::fs::write(dir.join("api/requirements.txt"), "flask\nflask-cors\n").unwrap();
    std::fs::write(
        dir.join("web/package.json"),
        "{\r\n    \"name\": \"web\",\r\n    \"devDependencies\": {\r\n        \"vite\": \"^7.0.0\"\r\n    }\r\n}",
    )
    .unwrap();
    std::fs::write(dir.join("web/src/main.jsx"), "import './tracing';\nimport React from 'react';\n").unwrap();
    let output = env.cmd().args(["frontend", "init", "--target", "compose,frontend", "--yes"]).current_dir(&dir).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("import './tracing'"), "the entry already imports it: {stderr}");
    let module = std::fs::read_to_string(dir.join("web/src/tracing.js")).unwrap();
    assert!(module.contains("import.meta.env.VITE_OTEL_EXPORTER_OTLP_ENDPOINT") && !module.contains("process.env"));
    let (_, compose) = compose(&dir);
    assert_eq!(environment(&compose, "web")["VITE_OTEL_EXPORTER_OTLP_ENDPOINT"], "http://localhost:4318");
    // The collector lets in the origin the app is published on (Vite's 5173 here), not React's 3000.
    assert_eq!(environment(&compose, "otel-collector")["FRONTEND_ORIGIN"], "http://localhost:5173");
    let package = std::fs::read_to_string(dir.join("web/package.json")).unwrap();
    assert!(package.contains("\r\n    \"dependencies\": {\r\n        \"@opentelemetry/api\": \"^1.9.1\","), "{package}");
    assert!(!package.ends_with('\n'), "no final newline, as before");
}

#[test]
fn bad_input_is_refused_before_any_request() {
    let env = TestEnv::new();
    let dir = env.work_path("ws");
    workspace_with_frontend("omenking__aws-bootcamp-cruddur-2023", &dir);
    let files = snapshot(&dir);
    // An address nothing listens on: reaching it would fail differently.
    let unreachable = |command: &mut assert_cmd::Command| {
        command.env("HONEYCOMB_API_ENDPOINT", "http://127.0.0.1:9").env("HONEYCOMB_API_KEY", fake_key("hcxik_", "", 64));
    };
    let mut typo = env.cmd();
    unreachable(&mut typo);
    let output = typo.args(["frontend", "init", "--service", "frontend-react", "--yes"]).current_dir(&dir).output().unwrap();
    assert_eq!(output.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--service frontend-react: no such service") && stderr.contains("did you mean frontend-react-js?"), "{stderr}");

    let mut not_react = env.cmd();
    unreachable(&mut not_react);
    let output =
        not_react.args(["init", "--with", "frontend", "--frontend-service", "backend-flask", "--yes"]).current_dir(&dir).output().unwrap();
    assert_eq!(output.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--frontend-service backend-flask: not a React app"));
    assert_eq!(snapshot(&dir), files);

    std::fs::write(
        dir.join("frontend-react-js/package.json"),
        "{\n  \"name\": \"frontend\",\n  \"dependencies\": {\n    \"react\": \"^18\",\n  }\n}\n",
    )
    .unwrap();
    let files_with_bad_json = snapshot(&dir);
    let output = env
        .cmd()
        .args(["frontend", "init", "--target", "compose,frontend", "--service", "frontend-react-js", "--yes"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&output.stderr);
    // Detection skips an invalid package.json; naming the service reports why it is not usable.
    assert!(stderr.contains("--service frontend-react-js: not a React app"), "{stderr}");
    assert_eq!(snapshot(&dir), files_with_bad_json);
}

#[test]
fn direct_mode_takes_only_a_key_that_can_do_nothing_but_send() {
    let honeycomb = Honeycomb::start(Plan::Enterprise);
    let env = TestEnv::new();
    let dir = env.work_path("ws");
    workspace_with_frontend("omenking__aws-bootcamp-cruddur-2023", &dir);
    let files = snapshot(&dir);
    // The configuration key can read queries and manage boards: never into a browser bundle.
    let output = env.honeycomb(&honeycomb).args(["frontend", "init", "--mode", "direct", "--yes"]).current_dir(&dir).output().unwrap();
    assert_eq!(output.status.code(), Some(4), "{}", String::from_utf8_lossy(&output.stderr));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--mode direct: the key") && stderr.contains("--mode collector"), "{stderr}");
    assert_no_secrets(&output, &honeycomb.secrets(), "frontend init --mode direct");
    assert_eq!(snapshot(&dir), files);
}

/// A child process killed when the test ends, however it ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn frontend_tools() -> PathBuf {
    let tools = repo_root().join(".tools/frontend-e2e/node_modules");
    assert!(tools.join(".bin/esbuild").exists(), "{} is missing: run ./scripts/setup first", tools.display());
    tools
}

/// Values of `KEY=VALUE` lines (init writes .env unquoted).
fn dotenv(path: &Path) -> std::collections::BTreeMap<String, String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter_map(|line| line.split_once('='))
        .map(|(key, value)| (key.trim().to_owned(), value.trim().to_owned()))
        .collect()
}

/// The homework's "hard" challenge as `init` sets it up by default: the browser and the backend send to the
/// workspace's collector (our real one, running the configuration init wrote), which answers the browser's
/// CORS preflight itself and carries both to Honeycomb, and keeps a copy.
#[test]
fn a_click_in_chromium_is_one_trace_with_the_backends_spans() {
    let honeycomb = Honeycomb::start(Plan::Enterprise);
    let ingest_key = honeycomb.server.credentials().default_environment().and_then(|env| env.ingest_key.clone()).unwrap();
    let env = TestEnv::new();
    let dir = env.work_path("ws");
    workspace_with_frontend("omenking__aws-bootcamp-cruddur-2023", &dir);

    // 1. The user's command: Honeycomb for the backend and the browser, through the collector (the default).
    //    Honeycomb's API straight at the server: the collector sends OTLP there (not in the published
    //    spec, so prism has no contract to hold it to); the query below goes through prism.
    let output = env
        .cmd()
        .env("HONEYCOMB_API_ENDPOINT", honeycomb.server.url())
        .env("HONEYCOMB_API_KEY", &ingest_key)
        .args(["init", "--with", "honeycomb,frontend", "--yes"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_no_secrets(&output, std::slice::from_ref(&ingest_key), "init --with honeycomb,frontend");

    // 2. What docker compose would give the frontend's build, the collector and the backend. The local stack
    //    differs in addresses only: everything runs on this machine, the page on a port of its own.
    let (_, compose) = compose(&dir);
    let frontend = environment(&compose, "frontend-react-js");
    assert!(frontend["REACT_APP_OTEL_EXPORTER_OTLP_ENDPOINT"].starts_with("https://4318-"), "{frontend:?}");
    assert!(!frontend.contains_key("REACT_APP_HONEYCOMB_API_KEY"), "no key in the bundle");
    assert_eq!(environment(&compose, "backend-flask")["OTEL_EXPORTER_OTLP_ENDPOINT"], "http://otel-collector:4318", "one pipeline");
    let secrets = dotenv(&dir.join(".env"));
    assert_eq!(secrets["HONEYCOMB_API_KEY"], ingest_key);

    let python = venv_bin("python");
    let page_dir = env.work_path("page");
    std::fs::create_dir_all(&page_dir).unwrap();
    std::fs::copy(repo_root().join("tests/frontend/index.html"), page_dir.join("index.html")).unwrap();
    let mut static_server = Running(
        StdCommand::new(&python)
            .args(["-u", "-m", "http.server", "0", "--bind", "127.0.0.1"])
            .current_dir(&page_dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut line = String::new();
    BufReader::new(static_server.0.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let page_port = line.split("port ").nth(1).and_then(|rest| rest.split_whitespace().next()).unwrap().to_owned();
    let origin = format!("http://127.0.0.1:{page_port}");

    // The collector, with its compose environment (the key from .env) and the page's origin for CORS.
    let compose_env = crate::pipeline::compose_environment(&dir, "otel-collector", &crate::pipeline::shell());
    let collector_env: Vec<(&str, String)> = compose_env
        .iter()
        .map(|(name, value)| (name.as_str(), if name == "FRONTEND_ORIGIN" { origin.clone() } else { value.clone() }))
        .collect();
    assert_eq!(collector_env.iter().map(|(name, _)| *name).collect::<Vec<_>>(), ["HONEYCOMB_API_KEY", "FRONTEND_ORIGIN"]);
    let collector = crate::otelcol::Collector::start_with(
        &[&dir.join("otel-collector-config.yaml")],
        &[],
        &collector_env,
        &[format!("exporters::file/local::path={}", dir.join(".cruddur-obs/traces/spans.pb").display())],
        None,
    );

    // 3. The backend: the workspace's app.py as init left it, instrumented as the seeds do.
    let mut backend = Running(
        StdCommand::new(&python)
            .arg(repo_root().join("tests/frontend/backend.py"))
            .arg(dir.join("backend-flask"))
            .env("FRONTEND_URL", &origin)
            .env("OTEL_SERVICE_NAME", "backend-flask")
            .env("OTEL_EXPORTER_OTLP_ENDPOINT", &collector.otlp_url)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let mut line = String::new();
    BufReader::new(backend.0.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let backend_url = format!("http://127.0.0.1:{}", line.trim());

    // 4. The page, bundled with the generated module as the app's first import.
    let tools = frontend_tools();
    std::fs::copy(repo_root().join("tests/frontend/page.jsx"), dir.join("frontend-react-js/src/e2e-page.jsx")).unwrap();
    let mut esbuild = StdCommand::new(tools.join(".bin/esbuild"));
    esbuild
        .arg(dir.join("frontend-react-js/src/e2e-page.jsx"))
        .args(["--bundle", "--jsx=automatic", "--log-level=warning"])
        .arg(format!("--outfile={}", page_dir.join("app.js").display()))
        .arg("--define:process.env.NODE_ENV=\"production\"")
        .env("NODE_PATH", &tools);
    for (name, value) in &frontend {
        let value = match name.as_str() {
            "REACT_APP_BACKEND_URL" => backend_url.clone(),
            "REACT_APP_OTEL_EXPORTER_OTLP_ENDPOINT" => collector.otlp_url.clone(),
            _ => secrets.iter().fold(value.clone(), |value, (key, secret)| value.replace(&format!("${{{key}}}"), secret)),
        };
        esbuild.arg(format!("--define:process.env.{name}={}", serde_json::to_string(&value).unwrap()));
    }
    let built = esbuild.output().unwrap();
    assert!(built.status.success(), "esbuild: {}", String::from_utf8_lossy(&built.stderr));

    // 5. Click, in chromium.
    let driven = StdCommand::new("node")
        .arg(repo_root().join("tests/frontend/drive.cjs"))
        .arg(format!("{origin}/"))
        .env("NODE_PATH", &tools)
        .output()
        .unwrap();
    assert!(driven.status.success(), "drive.cjs: {}{}", String::from_utf8_lossy(&driven.stdout), String::from_utf8_lossy(&driven.stderr));
    let seen: Value = serde_json::from_slice(driven.stdout.trim_ascii()).unwrap();
    assert_eq!(seen["result"], "status 200", "the backend answered the traced fetch (CORS let traceparent through): {seen}");
    assert_eq!(seen["export_status"], 200, "the collector took the browser's spans, its CORS letting the page send: {seen}");
    let traceparent = seen["backend"].as_array().unwrap().iter().find(|request| request["method"] == "GET").unwrap()["traceparent"]
        .as_str()
        .unwrap()
        .to_owned();
    let trace_id = traceparent.split('-').nth(1).unwrap().to_owned();
    backend.0.stdin.take().unwrap().write_all(b"").unwrap();

    // 6. The user's query: the browser's trace holds the backend's span.
    let deadline = Instant::now() + Duration::from_secs(60);
    let row = loop {
        let output = env.honeycomb(&honeycomb).args(["query", "recent-traces", "-d", "__all__", "-o", "json"]).output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let rows: Value = serde_json::from_slice(&output.stdout).unwrap();
        let found = rows.as_array().unwrap().iter().find(|row| row["trace_id"] == trace_id.as_str()).cloned();
        if let Some(row) = found.filter(|row| row["services"].as_str().is_some_and(|services| services.contains("backend-flask"))) {
            break row;
        }
        assert!(Instant::now() < deadline, "trace {trace_id} never showed both services: {rows}");
        std::thread::sleep(Duration::from_millis(200));
    };
    assert_eq!(row["service"], "frontend-react-js", "the trace starts in the browser: {row}");
    let services = row["services"].as_str().unwrap();
    assert!(services.starts_with("backend-flask ") && services.contains(", frontend-react-js "), "{row}");
    assert_eq!(row["http_status"], 200, "{row}");
    // The browser's and the backend's spans of that trace are in the workspace's local copy too.
    let services = crate::pipeline::local_copy_services(&dir, &trace_id);
    assert!(services.contains("frontend-react-js") && services.contains("backend-flask"), "{services:?}");
    assert!(!collector.output().contains("\"error\""), "{}", collector.output());
}

#[test]
fn doctor_fails_a_traced_frontend_the_backend_would_refuse() {
    let env = TestEnv::new();
    let dir = env.work_path("ws");
    workspace_with_frontend("omenking__aws-bootcamp-cruddur-2023", &dir);
    let frontend_rows = |env: &TestEnv| -> Vec<Value> {
        let output = env.cmd().args(["doctor", "-o", "json"]).current_dir(&dir).output().unwrap();
        let rows: Value = serde_json::from_slice(&output.stdout).unwrap();
        rows.as_array().unwrap().iter().filter(|row| row["check"] == "frontend.tracing").cloned().collect()
    };
    // Not traced yet: nothing to check.
    let rows = frontend_rows(&env);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["status"], "skip", "{rows:?}");
    // The browser packages added by hand, the backend untouched: traced fetches would fail their preflight.
    let (edited, _) = {
        let text = std::fs::read_to_string(dir.join("frontend-react-js/package.json")).unwrap();
        (text.replace("\"js-cookie\"", "\"@opentelemetry/sdk-trace-web\": \"^2.12.0\",\n    \"js-cookie\""), ())
    };
    std::fs::write(dir.join("frontend-react-js/package.json"), edited).unwrap();
    let rows = frontend_rows(&env);
    let failed = rows.iter().find(|row| row["status"] == "fail").unwrap_or_else(|| panic!("{rows:?}"));
    assert_eq!(failed["file"], "backend-flask/app.py");
    assert_eq!(failed["line"], 14);
    // After `frontend init` and the import: a pass.
    let output = env.cmd().args(["frontend", "init", "--target", "compose,frontend", "--yes"]).current_dir(&dir).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let rows = frontend_rows(&env);
    assert!(rows.iter().any(|row| row["status"] == "warn" && row["message"].as_str().unwrap().contains("never imported")), "{rows:?}");
    let index = dir.join("frontend-react-js/src/index.js");
    std::fs::write(&index, format!("import './tracing';\n{}", std::fs::read_to_string(&index).unwrap())).unwrap();
    let rows = frontend_rows(&env);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["status"], "pass", "{rows:?}");
}
