//! The OpenTelemetry path to X-Ray, end to end on the real workspaces: `init --with xray` writes the
//! collector after checking Transaction Search, `xray destination` turns it on, `xray migrate` takes every
//! daemon-era workspace there, `doctor` says where each stands; and one trace from the instrumented Flask
//! app (real OpenTelemetry SDK), run with the environment init wrote, goes through our real collector
//! running the configuration init wrote, as the user compose runs it as, into the local Honeycomb server
//! (found by a query), the local X-Ray server (found by BatchGetTraces, every request signed and verified)
//! and the workspace's local copy (read back with the engine crate); and the same for a daemon-era workspace
//! after `xray migrate` alone.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::*;
use crate::otelcol::*;

/// The user a workspace belongs to in these tests when they run as root: not root, and not the image's
/// 10001, so that the collector's writes prove the ownership set-up.
const OWNER: (u32, u32) = (4242, 4242);

fn compose_of(dir: &Path) -> (PathBuf, yaml_serde::Value) {
    let path = ["docker-compose.yml", "docker-compose.yaml"].iter().map(|name| dir.join(name)).find(|path| path.exists()).unwrap();
    let value = yaml_serde::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    (path, value)
}

/// `KEY=VALUE` lines of a `.env` as init writes it (unquoted).
fn dotenv(dir: &Path) -> BTreeMap<String, Option<String>> {
    std::fs::read_to_string(dir.join(".env"))
        .unwrap_or_default()
        .lines()
        .filter_map(|line| line.split_once('='))
        .map(|(key, value)| (key.trim().to_owned(), Some(value.trim().to_owned())))
        .collect()
}

/// A compose service's environment as docker compose would hand it over: each `${VAR}` from `shell`, then
/// from the workspace's `.env`, else empty (as compose substitutes it).
pub(crate) fn compose_environment(dir: &Path, service: &str, shell: &[(&str, &str)]) -> Vec<(String, String)> {
    let (_, compose) = compose_of(dir);
    let variables = cruddur_obs::doctor::interpolate::Variables {
        shell: shell.iter().map(|(name, value)| ((*name).to_owned(), (*value).to_owned())).collect(),
        dotenv: dotenv(dir),
    };
    let mut vars = Vec::new();
    match &compose["services"][service]["environment"] {
        yaml_serde::Value::Mapping(map) => {
            for (key, value) in map {
                let raw = match value {
                    yaml_serde::Value::String(text) => text.clone(),
                    other => yaml_serde::to_string(other).unwrap().trim().to_owned(),
                };
                let (value, _) = variables.interpolate(&raw);
                vars.push((key.as_str().unwrap().to_owned(), value));
            }
        }
        other => panic!("{service}: environment {other:?}"),
    }
    vars
}

/// What the shell gives compose in these tests: the AWS settings the seeds keep in `gp env`.
pub(crate) fn shell() -> Vec<(&'static str, &'static str)> {
    vec![
        ("AWS_DEFAULT_REGION", "us-east-1"),
        ("AWS_ACCESS_KEY_ID", ACCESS_KEY_ID),
        ("AWS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY),
        ("GITPOD_WORKSPACE_ID", "cruddur-test"),
        ("GITPOD_WORKSPACE_CLUSTER_HOST", "gitpod.example"),
    ]
}

fn running_as_root() -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let probe = tempfile::tempfile().unwrap();
        probe.metadata().unwrap().uid() == 0
    }
    #[cfg(not(unix))]
    false
}

/// Gives `dir` (recursively) to the test's workspace owner, as a clone by a non-root user would be.
fn give_to_owner(dir: &Path) {
    #[cfg(unix)]
    {
        fn walk(path: &Path) {
            std::os::unix::fs::lchown(path, Some(OWNER.0), Some(OWNER.1)).unwrap();
            if path.is_dir() {
                for entry in std::fs::read_dir(path).unwrap() {
                    walk(&entry.unwrap().path());
                }
            }
        }
        walk(dir);
    }
}

/// The user compose runs the collector as (its `user:`, resolved as compose resolves it with `.env`), as
/// written and as `(uid, gid)`.
fn collector_user(dir: &Path) -> (String, (u32, u32)) {
    let (_, compose) = compose_of(dir);
    let user = compose["services"]["otel-collector"]["user"].as_str().unwrap().to_owned();
    let variables = cruddur_obs::doctor::interpolate::Variables { shell: BTreeMap::new(), dotenv: dotenv(dir) };
    let (resolved, _) = variables.interpolate(&user);
    let ids = resolved.split_once(':').map(|(uid, gid)| (uid.parse::<u32>().unwrap(), gid.parse::<u32>().unwrap())).unwrap();
    (user, ids)
}

/// A fixture copied to `dir`, owned as a clone by a non-root user would be; whether the tests run as root.
fn workspace_of_its_owner(fixture: &str, dir: &Path) -> bool {
    copy_workspace(fixture, dir);
    let as_root = running_as_root();
    if as_root {
        give_to_owner(dir);
    }
    as_root
}

#[cfg(unix)]
fn owner_of(path: &Path) -> (u32, u32) {
    use std::os::unix::fs::MetadataExt;
    let metadata = std::fs::metadata(path).unwrap();
    (metadata.uid(), metadata.gid())
}

/// `init --with xray` on a workspace with neither daemon nor collector: Transaction Search is checked
/// first and the command to run is named; the collector, its configuration (loaded by our collector) and
/// the local copy's folder (ignored by git, but for its own .gitignore) are written; the group and rule
/// made. `xray destination` shows and sets the destination, once. Then `frontend init` extends the same
/// collector with the browser: one service, one configuration, both destinations.
#[test]
fn init_with_xray_writes_the_collector_after_checking_transaction_search() {
    let env = TestEnv::new();
    let xray = start_xray();
    let dir = env.work_path("waleed");
    copy_workspace("waleedayoub__aws-bootcamp-cruddur-2023", &dir);
    run_ok(StdCommand::new("git").args(["init", "-q"]).arg(&dir));
    let xray_init = || env.xray(&xray).args(["xray", "init", "--dir"]).arg(&dir).args(["-o", "json"]).output().unwrap();

    let first = xray_init();
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    let stderr = String::from_utf8_lossy(&first.stderr);
    assert!(stderr.contains("trace segment destination is XRay") && stderr.contains("cruddur-obs xray destination --enable"), "{stderr}");
    assert!(stderr.contains("X-Ray sampling: backend-flask keeps every trace"), "the sampling is said as it is: {stderr}");
    let (_, compose) = compose_of(&dir);
    let collector = &compose["services"]["otel-collector"];
    assert_eq!(collector["image"].as_str(), Some("otel/opentelemetry-collector-contrib:0.165.1"));
    assert_eq!(collector["environment"]["AWS_REGION"].as_str(), Some("${AWS_DEFAULT_REGION}"));
    assert!(compose["services"]["backend-flask"]["environment"]["AWS_ACCESS_KEY_ID"].is_null(), "AWS credentials go to the collector only");
    assert_eq!(
        compose["services"]["backend-flask"]["environment"]["OTEL_EXPORTER_OTLP_ENDPOINT"].as_str(),
        Some("http://otel-collector:4318")
    );
    assert!(compose["services"].get("xray-daemon").is_none());
    let requirements = std::fs::read_to_string(dir.join("backend-flask/requirements.txt")).unwrap();
    assert!(requirements.contains("opentelemetry-exporter-otlp-proto-http") && !requirements.contains("aws-xray-sdk"), "{requirements}");
    let config = dir.join("otel-collector-config.yaml");
    let loaded = validate(&[&config], &pipeline_env("unused"));
    assert!(loaded.status.success(), "{}", String::from_utf8_lossy(&loaded.stderr));
    // The local copy: ignored by git, all but the .gitignore that keeps the folder in every clone.
    std::fs::write(dir.join(".cruddur-obs/traces/spans.pb"), b"").unwrap();
    let ignored = StdCommand::new("git").arg("-C").arg(&dir).args(["check-ignore", "-q", ".cruddur-obs/traces/spans.pb"]).status().unwrap();
    assert!(ignored.success(), "the spans are ignored by git");
    let kept = StdCommand::new("git").arg("-C").arg(&dir).args(["check-ignore", ".cruddur-obs/traces/.gitignore"]).status().unwrap();
    assert!(!kept.success(), "the folder's .gitignore is not");
    let group: Value = serde_json::from_str(&run_ok(env.aws(&xray).args(["xray", "get-group", "--group-name", "Cruddur"]))).unwrap();
    assert_eq!(group["Group"]["FilterExpression"], "service(\"backend-flask\")");

    // The destination: shown, set once, then left alone.
    let shown = env.xray(&xray).args(["xray", "destination", "-o", "json"]).assert().success();
    assert_eq!(stdout_json(&shown)[0]["destination"], "XRay");
    assert_eq!(stdout_json(&shown)[0]["transaction_search"], false);
    let enabled = env.xray(&xray).args(["xray", "destination", "--enable", "-o", "json"]).assert().success();
    assert_eq!(stdout_json(&enabled)[0]["action"], "updated");
    assert_eq!(stdout_json(&enabled)[0]["destination"], "CloudWatchLogs");
    let writes = xray.stats().write_calls;
    let again = env.xray(&xray).args(["xray", "destination", "--enable", "-o", "json"]).assert().success();
    assert_eq!(stdout_json(&again)[0]["action"], "unchanged");
    assert_eq!(xray.stats().write_calls, writes, "no write when Transaction Search is on");
    let aws: Value = serde_json::from_str(&run_ok(env.aws(&xray).args(["xray", "get-trace-segment-destination"]))).unwrap();
    assert_eq!(aws["Destination"], "CloudWatchLogs");

    // A second run: nothing to do, and no word about the destination any more.
    let before = snapshot(&dir);
    let second = xray_init();
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(second.status.success() && stderr.contains("nothing to change") && !stderr.contains("destination is"), "{stderr}");
    assert_eq!(snapshot(&dir), before);

    // The browser joins the same collector: the service gains its origin, the configuration its CORS.
    crate::frontend::add_frontend_files(&dir);
    let frontend = env.cmd().args(["frontend", "init", "--target", "compose,frontend", "--yes", "--dir"]).arg(&dir).output().unwrap();
    assert!(frontend.status.success(), "{}", String::from_utf8_lossy(&frontend.stderr));
    let (_, compose) = compose_of(&dir);
    let services: Vec<&str> = compose["services"].as_mapping().unwrap().keys().map(|key| key.as_str().unwrap()).collect();
    assert_eq!(services.iter().filter(|name| name.contains("collector")).count(), 1, "{services:?}");
    let collector = &compose["services"]["otel-collector"];
    assert!(collector["environment"]["FRONTEND_ORIGIN"].as_str().is_some_and(|origin| origin.contains("3000")), "{collector:?}");
    assert_eq!(collector["environment"]["AWS_SECRET_ACCESS_KEY"].as_str(), Some("${AWS_SECRET_ACCESS_KEY}"), "X-Ray's settings stay");
    let text = std::fs::read_to_string(&config).unwrap();
    let pipeline: yaml_serde::Value = yaml_serde::from_str(&text).unwrap();
    assert!(pipeline["receivers"]["otlp"]["protocols"]["http"]["cors"].is_mapping(), "{text}");
    assert!(pipeline["exporters"]["otlp_http/xray"].is_mapping() && pipeline["exporters"]["file/local"].is_mapping(), "{text}");
    let loaded = validate(&[&config], &pipeline_env("unused"));
    assert!(loaded.status.success(), "{}", String::from_utf8_lossy(&loaded.stderr));
}

/// `xray migrate` on every daemon-era workspace of the fixtures: a dry run writes nothing and shows the
/// diffs; applied, the daemon is gone and the collector has its AWS settings, the backend its endpoint and
/// none of the SDK's variables, our collector loads the configuration, the lines of code using the SDK are
/// listed with file and line (never edited); a second run changes nothing; once the lines are gone, a
/// run removes aws-xray-sdk. Workspaces whose own collector stands in the way are refused, nothing written.
/// `doctor` warns before (with the date and the fix) and passes after.
#[test]
fn xray_migrate_takes_every_daemon_era_workspace_to_the_collector() {
    let env = TestEnv::new();
    let mut migrated = Vec::new();
    let mut refused = Vec::new();
    let fixtures: Vec<String> = std::fs::read_dir(repo_root().join("tests/fixtures/workspaces"))
        .unwrap()
        .map(|entry| entry.unwrap())
        .filter(|entry| entry.file_type().unwrap().is_dir())
        .map(|entry| entry.file_name().into_string().unwrap())
        .collect();
    for name in fixtures {
        let dir = env.work_path(&name);
        copy_workspace(&name, &dir);
        let workspace = cruddur_obs::workspace::Workspace::detect(&dir).unwrap();
        let legacy = workspace.xray_legacy();
        if legacy.daemons.is_empty() {
            continue;
        }
        // Every backend has code: the X-Ray SDK fixture app.
        crate::frontend::copy_dir(&repo_root().join("tests/fixtures/xray-sdk/backend-flask"), &dir.join("backend-flask"));
        let doctor_before = doctor_rows(&env, &dir);
        let warnings: Vec<&Value> = doctor_before.iter().filter(|row| row["check"] == "xray.path").collect();
        assert!(warnings.len() >= 4, "{name}: daemon, SDK package and code lines: {warnings:?}");
        assert!(
            warnings.iter().all(|row| row["status"] == "warn" && row["fix"].as_str().unwrap().contains("xray migrate")),
            "{warnings:?}"
        );
        assert!(warnings.iter().any(|row| row["message"].as_str().unwrap().contains("2027-02-25")), "{warnings:?}");

        let before = snapshot(&dir);
        let dry = env.cmd().args(["xray", "migrate", "--dry-run", "--dir"]).arg(&dir).output().unwrap();
        assert_eq!(snapshot(&dir), before, "{name}: the dry run wrote");
        if !dry.status.success() {
            let stderr = String::from_utf8_lossy(&dry.stderr);
            assert_eq!(dry.status.code(), Some(3), "{name}: {stderr}");
            assert!(stderr.contains("your own collector") && stderr.contains("nothing was changed"), "{name}: {stderr}");
            let applied = env.cmd().args(["xray", "migrate", "--dir"]).arg(&dir).output().unwrap();
            assert_eq!(applied.status.code(), Some(3));
            assert_eq!(snapshot(&dir), before, "{name}: refused, nothing written");
            refused.push(name);
            continue;
        }
        let diff = String::from_utf8_lossy(&dry.stdout);
        assert!(
            diff.contains("+++ b/otel-collector-config.yaml") && diff.contains("-  xray-daemon:") || diff.contains("-    xray-daemon:"),
            "{name}: {diff}"
        );

        let applied = env.cmd().args(["xray", "migrate", "-o", "json", "--dir"]).arg(&dir).output().unwrap();
        assert!(applied.status.success(), "{name}: {}", String::from_utf8_lossy(&applied.stderr));
        let stderr = String::from_utf8_lossy(&applied.stderr);
        for expected in [
            "backend-flask/app.py:17: from aws_xray_sdk.core import xray_recorder",
            "XRayMiddleware(app, xray_recorder)",
            "backend-flask/services/home_activities.py:",
        ] {
            assert!(stderr.contains(expected), "{name}: {expected:?} not listed:\n{stderr}");
        }
        let rows: Value = serde_json::from_slice(&applied.stdout).unwrap();
        let by_hand: Vec<&Value> = rows.as_array().unwrap().iter().filter(|row| row["action"] == "remove by hand").collect();
        assert_eq!(by_hand.len(), 8, "{name}: five lines of app.py, three of services/home_activities.py: {by_hand:?}");
        assert_eq!(
            std::fs::read(dir.join("backend-flask/app.py")).unwrap(),
            std::fs::read(repo_root().join("tests/fixtures/xray-sdk/backend-flask/app.py")).unwrap(),
            "{name}: code is never edited"
        );
        let (compose_path, compose) = compose_of(&dir);
        let services = compose["services"].as_mapping().unwrap();
        assert!(services.get("xray-daemon").is_none(), "{name}");
        let collector = &compose["services"]["otel-collector"];
        let daemon = &legacy.daemons[0];
        assert_eq!(collector["environment"]["AWS_REGION"].as_str(), Some(daemon.aws.region.as_str()), "{name}: the daemon's region moved");
        assert_eq!(collector["environment"]["AWS_ACCESS_KEY_ID"].as_str(), Some(daemon.aws.access_key_id.as_str()), "{name}");
        let backend = crate::frontend::environment(&compose, "backend-flask");
        assert_eq!(
            backend.get("OTEL_EXPORTER_OTLP_ENDPOINT").map(String::as_str),
            Some("http://otel-collector:4318"),
            "{name}: {backend:?}"
        );
        assert!(!backend.contains_key("AWS_XRAY_DAEMON_ADDRESS") && !backend.contains_key("AWS_XRAY_URL"), "{name}: {backend:?}");
        assert_eq!(
            backend.get("AWS_XRAY_SDK_ENABLED").map(String::as_str),
            Some("false"),
            "{name}: the SDK is off while the code calls it"
        );
        let requirements = std::fs::read_to_string(dir.join("backend-flask/requirements.txt")).unwrap().replace('_', "-");
        assert!(requirements.contains("aws-xray-sdk"), "{name}: kept while the code imports it");
        assert!(requirements.contains("opentelemetry-exporter-otlp-proto-http"), "{name}");
        let config = compose_path.with_file_name("otel-collector-config.yaml");
        let loaded = validate(&[&config], &pipeline_env("unused"));
        assert!(loaded.status.success(), "{name}: {}", String::from_utf8_lossy(&loaded.stderr));

        let after = snapshot(&dir);
        let again = env.cmd().args(["xray", "migrate", "--dir"]).arg(&dir).output().unwrap();
        assert!(again.status.success() && String::from_utf8_lossy(&again.stderr).contains("nothing to change"), "{name}");
        assert_eq!(snapshot(&dir), after, "{name}: the second run wrote");

        // The user removes the lines; the next run finishes: no SDK package, no SDK switch.
        for file in ["app.py", "services/home_activities.py"] {
            let path = dir.join("backend-flask").join(file);
            let text = std::fs::read_to_string(&path).unwrap();
            let kept: String =
                text.split_inclusive('\n').filter(|line| cruddur_obs::workspace::xray_legacy::sdk_lines(line).is_empty()).collect();
            std::fs::write(&path, kept).unwrap();
        }
        let finish = env.cmd().args(["xray", "migrate", "--dir"]).arg(&dir).output().unwrap();
        assert!(finish.status.success(), "{name}: {}", String::from_utf8_lossy(&finish.stderr));
        let requirements = std::fs::read_to_string(dir.join("backend-flask/requirements.txt")).unwrap().replace('_', "-");
        assert!(!requirements.lines().any(|line| line.trim_start().starts_with("aws-xray-sdk")), "{name}: {requirements}");
        let (_, compose) = compose_of(&dir);
        assert!(!crate::frontend::environment(&compose, "backend-flask").contains_key("AWS_XRAY_SDK_ENABLED"), "{name}");
        assert!(cruddur_obs::workspace::Workspace::detect(&dir).unwrap().xray_legacy().is_empty(), "{name}: nothing of the SDK left");
        let done = env.cmd().args(["xray", "migrate", "--dir"]).arg(&dir).output().unwrap();
        assert!(String::from_utf8_lossy(&done.stderr).contains("nothing to migrate"), "{name}");

        let doctor_after = doctor_rows(&env, &dir);
        let path: Vec<&Value> = doctor_after.iter().filter(|row| row["check"] == "xray.path").collect();
        assert_eq!(path.len(), 1, "{name}: {path:?}");
        assert_eq!(path[0]["status"], "pass", "{name}: {path:?}");
        let sampling = doctor_after.iter().find(|row| row["check"] == "xray.sampling").unwrap();
        assert_eq!(sampling["status"], "warn", "{name}: the sampling rules decide nothing without a proxy: {sampling}");
        let config = doctor_after.iter().find(|row| row["check"] == "collector.config").unwrap();
        assert_eq!(config["status"], "pass", "{name}: {config}");
        migrated.push(name);
    }
    migrated.sort();
    refused.sort();
    assert!(migrated.len() >= 5, "{migrated:?}");
    assert_eq!(
        refused,
        ["jess-bk__aws-bootcamp-cruddur-2023", "romogo17__aws-bootcamp-cruddur-2023", "timmy-cde__aws-bootcamp-cruddur-2023"]
    );
}

/// The services (`service.name`) with spans of `trace_id` in the local copy, once more than one has.
pub(crate) fn local_copy_services(dir: &Path, trace_id: &str) -> std::collections::BTreeSet<String> {
    let wanted = (0..trace_id.len()).step_by(2).map(|i| u8::from_str_radix(&trace_id[i..i + 2], 16).unwrap()).collect::<Vec<u8>>();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let mut services = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(dir.join(".cruddur-obs/traces")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|extension| extension != "pb") {
                continue;
            }
            for request in cruddur_engine::files::proto_records(&std::fs::read(&path).unwrap()).flatten() {
                for resource in &request.resource_spans {
                    if resource.scope_spans.iter().any(|scope| scope.spans.iter().any(|span| span.trace_id == wanted)) {
                        let attributes = resource.resource.as_ref().map(|resource| resource.attributes.as_slice()).unwrap_or_default();
                        services.insert(cruddur_engine::spans::dataset_name(attributes));
                    }
                }
            }
        }
        if services.len() > 1 || Instant::now() > deadline {
            return services;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// `doctor -o json` rows, the account checks skipped (no network here).
fn doctor_rows(env: &TestEnv, dir: &Path) -> Vec<Value> {
    let output = env
        .cmd()
        .args(["doctor", "-o", "json", "--skip", "honeycomb", "--skip", "xray.rules", "--skip", "xray.group", "--skip", "xray.destination"])
        .current_dir(dir)
        .output()
        .unwrap();
    serde_json::from_slice::<Value>(&output.stdout)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&output.stderr)))
        .as_array()
        .unwrap()
        .clone()
}

/// Spans of `trace_id` in the local copy's files, read as the CLI reads them (cruddur-engine), once the
/// collector has flushed them (`spans` of them).
fn local_copy_spans(dir: &Path, trace_id: &str, spans: usize) -> Vec<cruddur_otlp::proto::Span> {
    let folder = dir.join(".cruddur-obs/traces");
    let wanted = (0..trace_id.len()).step_by(2).map(|i| u8::from_str_radix(&trace_id[i..i + 2], 16).unwrap()).collect::<Vec<u8>>();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let mut found = Vec::new();
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|extension| extension != "pb") {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            for record in cruddur_engine::files::proto_records(&bytes) {
                let Ok(request) = record else { continue };
                for resource in &request.resource_spans {
                    for scope in &resource.scope_spans {
                        found.extend(scope.spans.iter().filter(|span| span.trace_id == wanted).cloned());
                    }
                }
            }
        }
        if found.len() >= spans {
            return found;
        }
        assert!(Instant::now() < deadline, "trace {trace_id} never reached {} ({} of {spans} spans)", folder.display(), found.len());
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The same trace in Honeycomb, in X-Ray and in the local copy: the fixture workspace set up by `init
/// --with honeycomb,xray` alone, our collector running the configuration it wrote with the environment its
/// compose file gives the service (the key from the `.env` init wrote, AWS settings from the shell) as the
/// user compose runs it as, and the instrumented Flask app with the backend's compose environment.
#[test]
fn one_trace_reaches_honeycomb_x_ray_and_the_local_copy_through_the_pipeline_init_wrote() {
    let honeycomb = Honeycomb::start(Plan::Enterprise);
    let ingest_key = honeycomb.server.credentials().default_environment().and_then(|env| env.ingest_key.clone()).unwrap();
    let xray = start_verifying_xray();
    let env = TestEnv::new();
    let dir = env.work_path("waleed");
    let as_root = workspace_of_its_owner("waleedayoub__aws-bootcamp-cruddur-2023", &dir);

    // Transaction Search on, with our own command, signed for the verifying server.
    env.xray(&xray).args(["xray", "destination", "--enable"]).assert().success();
    // The user's command. Honeycomb's API straight at the server: the key check, and the endpoint the
    // collector is given (OTLP is not in Honeycomb's published spec, so prism has nothing to hold it to).
    let output = env
        .xray(&xray)
        .env("HONEYCOMB_API_ENDPOINT", honeycomb.server.url())
        .env("HONEYCOMB_API_KEY", &ingest_key)
        .args(["init", "--with", "honeycomb,xray", "--target", "compose,dotenv,requirements", "--yes", "--dir"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_no_secrets(&output, std::slice::from_ref(&ingest_key), "init --with honeycomb,xray");
    assert!(!String::from_utf8_lossy(&output.stderr).contains("destination is"), "Transaction Search is on");

    // What compose would run: the collector as the user its `user:` names, with its environment.
    let (user, (uid, gid)) = collector_user(&dir);
    #[cfg(unix)]
    {
        let folder = owner_of(&dir.join(".cruddur-obs/traces"));
        assert_eq!(folder, (uid, gid), "the local copy's folder belongs to the user the collector runs as");
        if as_root {
            assert_eq!((uid, gid), OWNER, "the workspace's owner, not root: {user}");
        }
    }
    let collector_env = compose_environment(&dir, "otel-collector", &shell());
    let collector_env: Vec<(&str, String)> = collector_env.iter().map(|(name, value)| (name.as_str(), value.clone())).collect();
    let config = dir.join("otel-collector-config.yaml");
    let sets = [
        // The two addresses that differ from a real deployment: X-Ray's, and the bind mount's.
        format!("exporters::otlp_http/xray::traces_endpoint={}/v1/traces", xray.url()),
        format!("exporters::file/local::path={}", dir.join(".cruddur-obs/traces/spans.pb").display()),
    ];
    let collector = Collector::start_with(&[&config], &["sigv4auth/xray"], &collector_env, &sets, as_root.then_some((uid, gid)));

    // The app, with the backend's compose environment (the collector reached at its published port).
    let mut backend_env = compose_environment(&dir, "backend-flask", &shell());
    for (name, value) in &mut backend_env {
        if name == "OTEL_EXPORTER_OTLP_ENDPOINT" {
            assert_eq!(value, "http://otel-collector:4318");
            *value = collector.otlp_url.clone();
        }
    }
    let app_dir = repo_root().join("servers/honeycomb/tests/flask_app");
    let trace_id = run_flask(&app_dir, &backend_env, "/api/activities/home?user=andrew");

    // Honeycomb: the user's query, through prism.
    let row = honeycomb_trace_row(&env, &honeycomb, &trace_id, "backend-flask");
    assert_eq!(row["name"], "GET /api/activities/home", "{row}");
    // X-Ray: BatchGetTraces by the aws CLI, every request signed and verified.
    let trace = xray_trace(&env, &xray, &trace_id, 2);
    assert_eq!(trace["Id"], xray_trace_id(&trace_id).as_str());
    assert!(xray.stats().calls["OTLP /v1/traces"] >= 1);
    // The local copy: both spans, read with the engine, and counted by its query engine like Honeycomb would.
    let spans = local_copy_spans(&dir, &trace_id, 2);
    let names: Vec<&str> = spans.iter().map(|span| span.name.as_str()).collect();
    assert!(names.contains(&"home-activities-mock-data"), "{names:?}");
    let mut store = cruddur_engine::Store::default();
    let bytes = std::fs::read(dir.join(".cruddur-obs/traces/spans.pb")).unwrap();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    for record in cruddur_engine::files::proto_records(&bytes) {
        store.write_spans(&record.unwrap(), now);
    }
    let spec = cruddur_engine::query::QuerySpec::from_json(serde_json::json!({
        "calculations": [{"op": "COUNT"}],
        "filters": [{"column": "trace.trace_id", "op": "=", "value": trace_id}],
        "time_range": 3600
    }))
    .unwrap();
    let window = spec.window(now).unwrap();
    let options = cruddur_engine::query::RunOptions {
        limit: cruddur_engine::query::RunOptions::limit_for(&spec, None),
        disable_series: true,
        disable_total_by_aggregate: true,
        disable_other_by_aggregate: true,
        deadline: None,
    };
    let data = store.run(Some("backend-flask"), &spec, window, &options).unwrap();
    assert_eq!(data["results"][0]["data"]["COUNT"], 2, "{data}");
    #[cfg(unix)]
    if as_root {
        assert_eq!(owner_of(&dir.join(".cruddur-obs/traces/spans.pb")), OWNER, "the copy is the owner's, readable and removable");
    }
    assert!(!collector.output().contains("\"error\""), "the collector logged an error:\n{}", collector.output());
    assert!(!collector.output().contains("deprecated"), "no deprecated names in what init writes:\n{}", collector.output());

    // A later `init` for Honeycomb alone keeps the backend on the collector: nothing to change.
    let before = snapshot(&dir);
    let again = env
        .xray(&xray)
        .env("HONEYCOMB_API_ENDPOINT", honeycomb.server.url())
        .env("HONEYCOMB_API_KEY", &ingest_key)
        .args(["init", "--target", "compose,dotenv,requirements", "--yes", "--dir"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&again.stderr).contains("nothing to change"), "{}", String::from_utf8_lossy(&again.stderr));
    let after = snapshot(&dir);
    let changed: Vec<&PathBuf> =
        after.keys().filter(|path| !path.starts_with(dir.join(".cruddur-obs"))).filter(|path| snapshot_differs(&before, path)).collect();
    assert!(changed.is_empty(), "{changed:?}");
}

/// A daemon-era workspace after `xray migrate` alone: our collector, running the configuration migrate
/// wrote with the environment compose gives it (the daemon's AWS settings, moved; the key the backend sent
/// with) as the user compose runs it as, carries one trace from the Flask app, run with the backend's
/// migrated environment, into Honeycomb (where the backend sent before), X-Ray (signed) and the local copy.
#[test]
fn a_daemon_era_workspace_migrated_sends_one_trace_to_honeycomb_x_ray_and_the_local_copy() {
    let honeycomb = Honeycomb::start(Plan::Enterprise);
    let ingest_key = honeycomb.server.credentials().default_environment().and_then(|env| env.ingest_key.clone()).unwrap();
    let xray = start_verifying_xray();
    let env = TestEnv::new();
    let dir = env.work_path("babapool");
    let as_root = workspace_of_its_owner("Babapool__aws-bootcamp-cruddur-2023", &dir);
    env.xray(&xray).args(["xray", "destination", "--enable"]).assert().success();
    let migrated = env.cmd().args(["xray", "migrate", "--dir"]).arg(&dir).output().unwrap();
    assert!(migrated.status.success(), "{}", String::from_utf8_lossy(&migrated.stderr));
    let (_, compose) = compose_of(&dir);
    assert!(compose["services"].get("xray-daemon").is_none(), "the daemon is gone");

    // The shell compose runs with: the AWS settings of `gp env`, and the key the backend sent with.
    let mut shell: Vec<(&str, &str)> = shell();
    shell.push(("HONEYCOMB_API_KEY", &ingest_key));
    let (_, (uid, gid)) = collector_user(&dir);
    let collector_env = compose_environment(&dir, "otel-collector", &shell);
    assert!(collector_env.iter().any(|(name, value)| name == "AWS_REGION" && value == "us-east-1"), "the daemon's region moved");
    let collector_env: Vec<(&str, String)> = collector_env.iter().map(|(name, value)| (name.as_str(), value.clone())).collect();
    let config = dir.join("otel-collector-config.yaml");
    let sets = [
        // The addresses that differ from a real deployment: Honeycomb's, X-Ray's, and the bind mount's.
        format!("exporters::otlp_http/honeycomb::endpoint={}", honeycomb.server.url()),
        format!("exporters::otlp_http/xray::traces_endpoint={}/v1/traces", xray.url()),
        format!("exporters::file/local::path={}", dir.join(".cruddur-obs/traces/spans.pb").display()),
    ];
    let collector = Collector::start_with(&[&config], &["sigv4auth/xray"], &collector_env, &sets, as_root.then_some((uid, gid)));

    let mut backend_env = compose_environment(&dir, "backend-flask", &shell);
    assert!(!backend_env.iter().any(|(name, _)| name == "AWS_XRAY_DAEMON_ADDRESS"), "{backend_env:?}");
    for (name, value) in &mut backend_env {
        if name == "OTEL_EXPORTER_OTLP_ENDPOINT" {
            assert_eq!(value, "http://otel-collector:4318");
            *value = collector.otlp_url.clone();
        }
    }
    let trace_id = run_flask(&repo_root().join("servers/honeycomb/tests/flask_app"), &backend_env, "/api/activities/home?user=andrew");

    let row = honeycomb_trace_row(&env, &honeycomb, &trace_id, "backend-flask");
    assert_eq!(row["name"], "GET /api/activities/home", "{row}");
    let trace = xray_trace(&env, &xray, &trace_id, 2);
    assert_eq!(trace["Id"], xray_trace_id(&trace_id).as_str());
    let spans = local_copy_spans(&dir, &trace_id, 2);
    assert!(spans.iter().any(|span| span.name == "home-activities-mock-data"), "{spans:?}");
    assert!(!collector.output().contains("\"error\""), "the collector logged an error:\n{}", collector.output());
}

fn snapshot_differs(before: &BTreeMap<PathBuf, (Vec<u8>, std::time::SystemTime)>, path: &PathBuf) -> bool {
    before.get(path).is_none_or(|(bytes, _)| std::fs::read(path).ok().as_ref() != Some(bytes))
}

/// Runs `app_dir`'s app.py with `env` (the compose environment of the backend), sends one request, and
/// returns the trace ID.
pub fn run_flask(app_dir: &Path, env: &[(String, String)], path: &str) -> String {
    let mut command = StdCommand::new(venv_bin("python"));
    command.arg(repo_root().join("tests/collector/flask_trace.py")).arg(app_dir).arg(path).env_clear();
    command.env("PATH", std::env::var_os("PATH").unwrap_or_default());
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().unwrap();
    assert!(output.status.success(), "flask_trace.py: {}", String::from_utf8_lossy(&output.stderr));
    let report: Value = serde_json::from_slice(output.stdout.trim_ascii()).unwrap();
    assert_eq!(report["flushed"], true, "{report}: {}", String::from_utf8_lossy(&output.stderr));
    let traces = report["traces"].as_array().unwrap();
    assert_eq!(traces.len(), 1, "{report}");
    traces[0]["trace_id"].as_str().unwrap().to_owned()
}

/// `doctor` on a workspace init put on the OpenTelemetry path: `xray.destination` fails until Transaction
/// Search is on (with the command), then passes; `xray.path` and `collector.config` pass; and
/// `collector.local_copy` fails, naming the variables, when the collector would run as a user who cannot
/// write the folder.
#[test]
fn doctor_checks_transaction_search_and_who_can_write_the_local_copy() {
    let env = TestEnv::new();
    let xray = start_xray();
    let dir = env.work_path("waleed");
    copy_workspace("waleedayoub__aws-bootcamp-cruddur-2023", &dir);
    env.xray(&xray).args(["xray", "init", "--dir"]).arg(&dir).assert().success();
    let doctor = || -> Vec<Value> {
        let output =
            env.xray(&xray).args(["doctor", "-o", "json", "--skip", "honeycomb", "--skip", "verify"]).current_dir(&dir).output().unwrap();
        serde_json::from_slice::<Value>(&output.stdout).unwrap().as_array().unwrap().clone()
    };
    let row = |rows: &[Value], id: &str| -> Value {
        rows.iter().find(|row| row["check"] == id).unwrap_or_else(|| panic!("{id}: {rows:#?}")).clone()
    };
    let rows = doctor();
    let destination = row(&rows, "xray.destination");
    assert_eq!(destination["status"], "fail", "{destination}");
    assert_eq!(destination["fix"], "cruddur-obs xray destination --enable (turns Transaction Search on)");
    assert_eq!(destination["command"], serde_json::json!(["cruddur-obs", "xray", "destination", "--enable"]), "{destination}");
    assert_eq!(row(&rows, "xray.path")["status"], "pass");
    assert_eq!(row(&rows, "collector.config")["status"], "pass");
    assert_eq!(row(&rows, "collector.local_copy")["status"], "pass", "{rows:#?}");
    assert_eq!(row(&rows, "xray.sampling")["status"], "warn");

    env.xray(&xray).args(["xray", "destination", "--enable"]).assert().success();
    assert_eq!(row(&doctor(), "xray.destination")["status"], "pass");

    // Compose told to run the collector as another user, whom the folder does not let in.
    std::fs::write(dir.join(".env"), "CRUDDUR_OBS_UID=4343\nCRUDDUR_OBS_GID=4343\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.join(".cruddur-obs/traces"), std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let local_copy = row(&doctor(), "collector.local_copy");
    assert_eq!(local_copy["status"], "fail", "{local_copy}");
    assert!(local_copy["message"].as_str().unwrap().contains("the collector runs as 4343"), "{local_copy}");
    assert!(local_copy["fix"].as_str().unwrap().starts_with("set CRUDDUR_OBS_UID="), "{local_copy}");
    std::fs::remove_dir_all(dir.join(".cruddur-obs")).unwrap();
    let missing = row(&doctor(), "collector.local_copy");
    assert!(
        missing["status"] == "fail" && missing["message"].as_str().unwrap().contains("docker would create it owned by root"),
        "{missing}"
    );
}

/// What init wires for X-Ray's sampling rules when the user runs a sampling proxy
/// (`--xray-sampling-endpoint`): the backend's variables, ADOT in its requirements, and the bootstrap
/// `--instrument` writes, which builds ADOT's remote sampler from them. Loaded in the backend's compose
/// environment (the proxy's address mapped to a signing relay standing in for the collector's awsproxy
/// extension, which cannot be built here), the sampler decides by the rules the X-Ray server holds: a rule
/// with FixedRate 0 drops, one with FixedRate 1 keeps. Without the flag, the same bootstrap keeps every trace.
#[test]
fn with_a_sampling_proxy_the_rules_in_x_ray_decide_what_the_backend_records() {
    let xray = start_verifying_xray();
    let env = TestEnv::new();
    for (name, priority, path, fixed_rate) in [("never", 1, "/api/never", 0.0), ("always", 2, "/api/always", 1.0)] {
        let rule = format!(
            "RuleName={name},ResourceARN=*,Priority={priority},FixedRate={fixed_rate},ReservoirSize=0,\
             ServiceName=backend-flask,ServiceType=*,Host=*,HTTPMethod=GET,URLPath={path},Version=1"
        );
        run_ok(env.aws(&xray).args(["xray", "create-sampling-rule", "--sampling-rule", &rule]));
    }
    let dir = env.work_path("waleed");
    copy_workspace("waleedayoub__aws-bootcamp-cruddur-2023", &dir);
    let bootstrap = dir.join("backend-flask/tracing.py");
    let output = env
        .xray(&xray)
        .args(["init", "--with", "xray", "--xray-sampling-endpoint", "http://xray-sampling-proxy:2000", "--target", "compose,requirements"])
        .arg("--instrument")
        .arg(&bootstrap)
        .args(["--yes", "--dir"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("OTEL_TRACES_SAMPLER=xray (ADOT's remote sampler, asking http://xray-sampling-proxy:2000)")
    );
    let requirements = std::fs::read_to_string(dir.join("backend-flask/requirements.txt")).unwrap();
    assert!(requirements.contains("aws-opentelemetry-distro"), "{requirements}");

    let relay = SigningRelay::start(&xray, ACCESS_KEY_ID, SECRET_ACCESS_KEY, "us-east-1");
    let mut backend = compose_environment(&dir, "backend-flask", &shell());
    assert!(backend.contains(&("OTEL_TRACES_SAMPLER".to_owned(), "xray".to_owned())), "{backend:?}");
    for (name, value) in &mut backend {
        if name == "OTEL_TRACES_SAMPLER_ARG" {
            assert_eq!(value, "endpoint=http://xray-sampling-proxy:2000");
            *value = format!("endpoint={}", relay.url());
        }
    }
    let decided = run_bootstrap(&bootstrap, &backend);
    assert!(decided["sampler"].as_str().unwrap().contains("AwsXRayRemoteSampler"), "{decided}");
    assert_eq!((decided["never"].as_i64(), decided["always"].as_i64()), (Some(0), decided["decisions"].as_i64()), "{decided}");
    assert!(xray.stats().calls["GetSamplingRules"] >= 1, "the rules came from X-Ray, through the relay, signed");

    // Without a sampling proxy (the default), the same bootstrap keeps every trace.
    backend.retain(|(name, _)| !name.starts_with("OTEL_TRACES_SAMPLER"));
    let kept = run_bootstrap(&bootstrap, &backend);
    assert!(kept["sampler"].as_str().unwrap().contains("AlwaysOnSampler"), "{kept}");
    assert_eq!(kept["never"], kept["decisions"], "{kept}");
}

fn run_bootstrap(bootstrap: &Path, env: &[(String, String)]) -> Value {
    let mut command = StdCommand::new(venv_bin("python"));
    command.arg(repo_root().join("tests/collector/bootstrap_sampler.py")).arg(bootstrap).env_clear();
    command.env("PATH", std::env::var_os("PATH").unwrap_or_default());
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "bootstrap_sampler.py: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(output.stdout.trim_ascii()).unwrap()
}
