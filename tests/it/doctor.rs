//! `cruddur-obs doctor` on the real bootcamp workspaces: Honeycomb behind prism, X-Ray from the local
//! server, `gp` faked on PATH. Every run is checked for leaked secrets and for having written nothing.

use std::path::Path;

use serde_json::Value;

use crate::common::*;

const IDS: [&str; 21] = [
    "workspace",
    "honeycomb.key",
    "otel.variables",
    "otel.endpoint",
    "otel.headers",
    "env.resolves",
    "compose.env_syntax",
    "secrets.literal",
    "dotenv.syntax",
    "dotenv.gitignore",
    "dotenv.mode",
    "xray.path",
    "xray.destination",
    "xray.rules",
    "xray.group",
    "xray.sampling",
    "collector.config",
    "collector.local_copy",
    "names.consistent",
    "frontend.tracing",
    "verify.trace",
];

fn ingest_key(hc: &Honeycomb) -> String {
    hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap()
}

/// `doctor --dir DIR -o json` against the local Honeycomb (no key in the environment).
fn doctor(env: &TestEnv, hc: &Honeycomb, dir: &Path) -> assert_cmd::Command {
    let mut command = env.honeycomb_bare(hc);
    command.args(["doctor", "-o", "json", "--dir"]).arg(dir);
    command
}

/// The rows of a JSON run, checked for the documented shape.
fn rows(output: &std::process::Output) -> Vec<Value> {
    let value: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|err| panic!("stdout is not JSON ({err}):\n{}", String::from_utf8_lossy(&output.stdout)));
    let rows = value.as_array().expect("an array of checks").clone();
    for row in &rows {
        let object = row.as_object().unwrap();
        let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
        keys.sort_unstable();
        let expected: &[&str] = if object.contains_key("latency_ms") {
            &["check", "command", "file", "fix", "latency_ms", "line", "message", "status"]
        } else {
            &["check", "command", "file", "fix", "line", "message", "status"]
        };
        assert_eq!(keys, expected, "{row}");
        // A command is argv, named in the fix text too.
        assert!(
            row["command"].is_null() || (row["command"].as_array().is_some_and(|argv| !argv.is_empty()) && row["fix"].is_string()),
            "{row}"
        );
        assert!(IDS.contains(&row["check"].as_str().unwrap()), "{row}");
        assert!(["pass", "fail", "warn", "skip"].contains(&row["status"].as_str().unwrap()), "{row}");
        assert!(row["message"].as_str().is_some_and(|message| !message.is_empty()), "{row}");
        assert!(row["fix"].is_null() || row["fix"].is_string());
        assert!(row["line"].is_null() || row["line"].as_u64().unwrap() > 0);
    }
    rows
}

fn with_id<'a>(rows: &'a [Value], id: &str) -> Vec<&'a Value> {
    rows.iter().filter(|row| row["check"] == id).collect()
}

fn only<'a>(rows: &'a [Value], id: &str) -> &'a Value {
    let found = with_id(rows, id);
    assert_eq!(found.len(), 1, "one {id} row: {rows:#?}");
    found[0]
}

fn failing(rows: &[Value]) -> Vec<&Value> {
    rows.iter().filter(|row| row["status"] == "fail").collect()
}

fn git_init(dir: &Path) {
    run_ok(std::process::Command::new("git").args(["init", "-q"]).arg(dir));
}

/// omenking's workspace after `cruddur-obs init` (with git, so .env gets ignored), its rules applied
/// to the local X-Ray and its group created.
fn initialized(env: &TestEnv, hc: &Honeycomb, xray: &XrayServer, name: &str) -> std::path::PathBuf {
    let dir = env.work_path(name);
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &dir);
    git_init(&dir);
    env.honeycomb_bare(hc)
        .env("HONEYCOMB_API_KEY", ingest_key(hc))
        .args(["init", "--target", "compose,dotenv,requirements", "--dir"])
        .arg(&dir)
        .assert()
        .success();
    env.xray(xray).current_dir(&dir).args(["xray", "rules", "apply", "aws/json/xray.json"]).assert().success();
    env.xray(xray).args(["xray", "create-group", "Cruddur", "--filter-expression", "service(\"backend-flask\")"]).assert().success();
    dir
}

#[test]
fn a_workspace_after_init_passes_every_check_and_nothing_is_written() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let xray = start_xray();
    let dir = initialized(&env, &hc, &xray, "clean");
    let before = snapshot(&dir);

    let output = doctor(&env, &hc, &dir).env("AWS_ENDPOINT_URL", xray.url()).output().unwrap();
    assert_no_secrets(&output, &hc.secrets(), "doctor on a clean workspace");
    let rows = rows(&output);
    assert!(output.status.success(), "{:#?}\n{}", failing(&rows), String::from_utf8_lossy(&output.stderr));
    assert!(failing(&rows).is_empty());
    for id in ["honeycomb.key", "otel.variables", "otel.endpoint", "otel.headers", "env.resolves", "secrets.literal"] {
        assert_eq!(only(&rows, id)["status"], "pass", "{id}: {rows:#?}");
    }
    for id in ["dotenv.syntax", "dotenv.gitignore", "dotenv.mode", "xray.rules", "xray.group", "names.consistent", "compose.env_syntax"] {
        assert_eq!(only(&rows, id)["status"], "pass", "{id}: {rows:#?}");
    }
    // The key came from the .env init wrote, as compose would read it.
    assert!(only(&rows, "env.resolves")["message"].as_str().unwrap().contains("in .env"), "{rows:#?}");
    assert!(only(&rows, "honeycomb.key")["message"].as_str().unwrap().contains("(.env)"), "{rows:#?}");
    assert_eq!(only(&rows, "otel.endpoint")["file"], "docker-compose.yml");
    assert!(with_id(&rows, "verify.trace").is_empty(), "verify only with --verify");
    // The instructor's workspace still runs the X-Ray daemon and SDK: a warning each, with the date and the fix.
    let path = with_id(&rows, "xray.path");
    assert!(path.len() >= 4 && path.iter().all(|row| row["status"] == "warn"), "{path:#?}");
    assert!(path.iter().all(|row| row["fix"].as_str().unwrap().contains("cruddur-obs xray migrate")), "{path:#?}");
    assert!(path.iter().any(|row| row["message"].as_str().unwrap().contains("2027-02-25") && row["line"] == 32), "{path:#?}");
    assert_eq!(only(&rows, "xray.destination")["status"], "skip", "the daemon does not need Transaction Search");
    assert_eq!(snapshot(&dir), before, "doctor wrote to the workspace");

    // On a table: one line per check, with its mark.
    let table =
        env.honeycomb_bare(&hc).env("AWS_ENDPOINT_URL", xray.url()).args(["doctor", "-o", "table", "--dir"]).arg(&dir).assert().success();
    let text = String::from_utf8_lossy(&table.get_output().stdout).into_owned();
    assert!(text.lines().any(|line| line.starts_with('✓') && line.contains("honeycomb.key")), "{text}");
    assert!(stderr_text(&table).contains("0 failed"), "{}", stderr_text(&table));
}

#[test]
fn a_literal_key_in_compose_fails_naming_file_and_line_masked() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let key = ingest_key(&hc);
    let dir = env.work_path("leaky");
    copy_workspace("waleedayoub__aws-bootcamp-cruddur-2023", &dir);
    std::fs::copy(
        workspace_fixture("waleedayoub__aws-bootcamp-cruddur-2023/_variants/255077f/docker-compose.yml"),
        dir.join("docker-compose.yml"),
    )
    .unwrap();
    let output = doctor(&env, &hc, &dir).env("HONEYCOMB_API_KEY", &key).args(["--skip", "xray"]).output().unwrap();
    assert_eq!(output.status.code(), Some(8), "{}", String::from_utf8_lossy(&output.stderr));
    assert_no_secrets(&output, &hc.secrets(), "doctor on a leaky workspace");
    let rows = rows(&output);
    let leaks = with_id(&rows, "secrets.literal");
    let compose = leaks.iter().find(|row| row["file"] == "docker-compose.yml").expect("the compose leak is reported");
    assert_eq!(compose["status"], "fail");
    assert_eq!(compose["line"], 9);
    assert!(compose["message"].as_str().unwrap().contains("x-honeycomb-team=****"), "{compose}");
    assert!(compose["fix"].as_str().unwrap().contains("rotate"), "{compose}");
    // The journal of the same repo has it pasted too.
    assert!(leaks.iter().any(|row| row["file"] == "journal/week2.md" && row["line"] == 47), "{leaks:#?}");
    assert_eq!(only(&rows, "otel.headers")["status"], "fail");
    assert!(!String::from_utf8_lossy(&output.stdout).contains("REDACTED"), "the committed value is shown masked");

    // A real-shaped key in the same place is masked too, down to its last four characters.
    let compose_text = std::fs::read_to_string(dir.join("docker-compose.yml")).unwrap().replace("REDACTED", &key);
    std::fs::write(dir.join("docker-compose.yml"), compose_text).unwrap();
    let output = doctor(&env, &hc, &dir).env("HONEYCOMB_API_KEY", &key).args(["--skip", "xray", "--verbose"]).output().unwrap();
    assert_eq!(output.status.code(), Some(8));
    assert_no_secrets(&output, &hc.secrets(), "doctor with a real key in compose");
    let rows = self::rows(&output);
    let masked = format!("x-honeycomb-team={}…{}", &key[..6], &key[key.len() - 4..]);
    assert!(with_id(&rows, "secrets.literal").iter().any(|row| row["message"].as_str().unwrap().contains(&masked)), "{rows:#?}");
}

#[test]
fn list_style_quotes_and_a_lost_dash_are_warnings() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let dir = env.work_path("lists");
    copy_workspace("Ahmedlekan__aws-bootcamp-cruddur-2023", &dir);
    // The main compose: a list item lost its `- ` and was folded into the previous value.
    let output = doctor(&env, &hc, &dir).args(["--skip", "xray", "--skip", "honeycomb"]).output().unwrap();
    let rows = rows(&output);
    let folded = with_id(&rows, "compose.env_syntax");
    assert!(
        folded.iter().any(|row| row["status"] == "warn"
            && row["line"] == 9
            && row["message"].as_str().unwrap().contains("AWS_XRAY_URL is never set")),
        "{folded:#?}"
    );
    // No OTEL variables at all: the Flask service is not instrumented.
    let otel = only(&rows, "otel.variables");
    assert_eq!(otel["status"], "fail");
    assert!(otel["fix"].as_str().unwrap().contains("cruddur-obs init --service backend-flask"), "{otel}");

    // The b93df5a compose: `- AWS_XRAY_URL="..."` keeps its quotes, and a `&{` for `${`.
    std::fs::copy(
        workspace_fixture("Ahmedlekan__aws-bootcamp-cruddur-2023/_variants/b93df5a/docker-compose.yml"),
        dir.join("docker-compose.yml"),
    )
    .unwrap();
    let output = doctor(&env, &hc, &dir).args(["--skip", "xray", "--skip", "honeycomb"]).output().unwrap();
    let rows = self::rows(&output);
    let syntax = with_id(&rows, "compose.env_syntax");
    let quotes =
        syntax.iter().find(|row| row["message"].as_str().unwrap().contains("keeps the quotes")).unwrap_or_else(|| panic!("{syntax:#?}"));
    assert_eq!(quotes["status"], "warn");
    assert_eq!(quotes["file"], "docker-compose.yml");
    assert_eq!(quotes["line"], 10);
    assert!(quotes["message"].as_str().unwrap().contains("AWS_XRAY_URL"), "{quotes}");
    assert!(syntax.iter().any(|row| row["message"].as_str().unwrap().contains("&{")), "{syntax:#?}");
    assert!(syntax.iter().all(|row| row["status"] == "warn"), "warnings, not failures");
}

#[test]
fn an_unresolved_key_fails_with_the_eval_hint_when_gp_env_has_it() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let key = ingest_key(&hc);
    let dir = env.work_path("gitpod");
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &dir);
    // Compose set up for this Honeycomb (its endpoint), but no .env.
    env.honeycomb_bare(&hc).env("HONEYCOMB_API_KEY", &key).args(["init", "--target", "compose", "--dir"]).arg(&dir).assert().success();
    // The student ran `gp env HONEYCOMB_API_KEY=...`, which reaches new workspaces only: no .env, no
    // variable in this shell.
    let store = env.work_path("gp-store");
    std::fs::write(&store, format!("HONEYCOMB_API_KEY={key}\n")).unwrap();
    let path = format!("{}:{}", fakes_dir().display(), std::env::var("PATH").unwrap());
    let output = doctor(&env, &hc, &dir)
        .env("PATH", &path)
        .env("GP_FAKE_STORE", &store)
        .args(["--api-key", &key, "--skip", "xray"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(8), "{}", String::from_utf8_lossy(&output.stderr));
    assert_no_secrets(&output, &hc.secrets(), "doctor with gp env");
    let rows = rows(&output);
    let resolves = only(&rows, "env.resolves");
    assert_eq!(resolves["status"], "fail");
    assert!(resolves["message"].as_str().unwrap().contains("${HONEYCOMB_API_KEY} is not set in the shell or in .env"), "{resolves}");
    let fix = resolves["fix"].as_str().unwrap();
    assert!(fix.contains("`gp env` has HONEYCOMB_API_KEY") && fix.contains("eval \"$(gp env -e)\""), "{fix}");
    assert_eq!(resolves["file"], "docker-compose.yml");
    // The key itself is fine: it is where it is read that is wrong.
    assert_eq!(only(&rows, "honeycomb.key")["status"], "pass");
    assert_eq!(only(&rows, "dotenv.syntax")["status"], "skip");

    // Loaded into the shell (what the eval does), it resolves.
    let output = doctor(&env, &hc, &dir).env("HONEYCOMB_API_KEY", &key).args(["--skip", "xray"]).output().unwrap();
    let rows = self::rows(&output);
    assert!(output.status.success(), "{:#?}", failing(&rows));
    assert!(only(&rows, "env.resolves")["message"].as_str().unwrap().contains("in the shell"));
}

#[test]
fn a_disabled_or_unknown_key_fails_the_key_check() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let dir = env.work_path("keys");
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &dir);
    let environment = hc.server.credentials().default_environment().unwrap().clone();
    let ingest = environment.keys.iter().find(|key| Some(&key.header_value) == environment.ingest_key.as_ref()).unwrap();
    env.honeycomb(&hc).args(["honeycomb", "keys", "disable", &ingest.id]).assert().success();
    let output = doctor(&env, &hc, &dir)
        .env("HONEYCOMB_API_KEY", &ingest.header_value)
        .env("HONEYCOMB_KEY_ID", &hc.server.credentials().management_key_id)
        .env("HONEYCOMB_KEY_SECRET", &hc.server.credentials().management_key_secret)
        .args(["--skip", "xray"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(8));
    assert_no_secrets(&output, &hc.secrets(), "doctor with a disabled key");
    let rows = rows(&output);
    let check = only(&rows, "honeycomb.key");
    assert!(check["message"].as_str().unwrap().contains("is disabled"), "{check}");
    assert!(check["fix"].as_str().unwrap().contains(&format!("keys enable {}", ingest.id)), "{check}");

    let unknown = format!("hcxik_{}", "0".repeat(58));
    let output = doctor(&env, &hc, &dir).env("HONEYCOMB_API_KEY", &unknown).args(["--skip", "xray"]).output().unwrap();
    let rows = self::rows(&output);
    assert!(only(&rows, "honeycomb.key")["message"].as_str().unwrap().contains("does not accept the key"), "{rows:#?}");
    assert!(!String::from_utf8_lossy(&output.stdout).contains(&unknown));

    // A configuration key without Send Events cannot send.
    let created = env
        .honeycomb(&hc)
        .args(["honeycomb", "keys", "create", "-e", "test", "--type", "configuration", "--name", "queries", "--print", "--no-save"])
        .assert()
        .success();
    let config = String::from_utf8(created.get_output().stdout.clone()).unwrap().trim().to_owned();
    let output = doctor(&env, &hc, &dir).env("HONEYCOMB_API_KEY", &config).args(["--skip", "xray"]).output().unwrap();
    let mut secrets = hc.secrets();
    secrets.push(config.clone());
    assert_no_secrets(&output, &secrets, "doctor with a configuration key");
    let rows = self::rows(&output);
    assert!(only(&rows, "honeycomb.key")["message"].as_str().unwrap().contains("cannot send events"), "{rows:#?}");
}

#[test]
fn xray_drift_is_detected_and_missing_credentials_skip() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let xray = start_xray();
    let dir = initialized(&env, &hc, &xray, "drift");
    // Someone changed the rule in the console: AWS has 0.5, the file says 0.1.
    let changed = env.work_path("changed.json");
    let text = std::fs::read_to_string(dir.join("aws/json/xray.json")).unwrap().replace("\"FixedRate\": 0.1", "\"FixedRate\": 0.5");
    std::fs::write(&changed, text).unwrap();
    env.xray(&xray).arg("xray").args(["rules", "apply"]).arg(&changed).assert().success();
    env.xray(&xray).args(["xray", "groups", "delete", "Cruddur", "--yes"]).assert().success();

    let output = doctor(&env, &hc, &dir).env("AWS_ENDPOINT_URL", xray.url()).output().unwrap();
    assert_eq!(output.status.code(), Some(8), "{}", String::from_utf8_lossy(&output.stderr));
    let rows = rows(&output);
    let rules = only(&rows, "xray.rules");
    assert_eq!(rules["status"], "fail");
    assert!(rules["message"].as_str().unwrap().contains("FixedRate 0.5 in AWS, 0.1 here"), "{rules}");
    assert_eq!(rules["file"], "aws/json/xray.json");
    assert_eq!(rules["fix"], "cruddur-obs xray rules apply aws/json/xray.json");
    let group = only(&rows, "xray.group");
    assert_eq!(group["status"], "fail");
    assert!(group["fix"].as_str().unwrap().contains("cruddur-obs xray create-group Cruddur"), "{group}");
    // Only the X-Ray checks failed.
    assert!(failing(&rows).iter().all(|row| row["check"].as_str().unwrap().starts_with("xray.")), "{rows:#?}");

    // Without AWS credentials the X-Ray checks cannot run: skipped with the reason, not failed.
    let output = doctor(&env, &hc, &dir)
        .env("AWS_ENDPOINT_URL", xray.url())
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .output()
        .unwrap();
    let rows = self::rows(&output);
    assert!(output.status.success(), "{:#?}", failing(&rows));
    for id in ["xray.rules", "xray.group"] {
        let row = only(&rows, id);
        assert_eq!(row["status"], "skip");
        assert!(row["message"].as_str().unwrap().contains("no AWS credentials"), "{row}");
    }
}

#[test]
fn verify_retries_what_otlp_retries_and_reports_the_rest() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let xray = start_xray();
    let dir = initialized(&env, &hc, &xray, "verify-faults");
    let config = hc.configuration_key();
    let verify = |timeout: &str| {
        doctor(&env, &hc, &dir)
            .env("HONEYCOMB_QUERY_KEY", &config)
            .args(["--verify", "--endpoint", &hc.server.url(), "--skip", "xray", "--timeout", timeout])
            .output()
            .unwrap()
    };
    // A 503 and a 429 (with Retry-After) are retried, as OTLP exporters do: one span arrives.
    hc.server.inject(HoneycombFault::status(503).on("POST /v1/traces"));
    hc.server.inject(HoneycombFault::rate_limited_retry_after(0).on("POST /v1/traces"));
    let before = hc.server.stats();
    let output = verify("30s");
    let passed = rows(&output);
    assert_eq!(only(&passed, "verify.trace")["status"], "pass", "{passed:#?}\n{}", String::from_utf8_lossy(&output.stderr));
    let after = hc.server.stats();
    assert_eq!(after.requests_to("POST", "/v1/traces") - before.requests_to("POST", "/v1/traces"), 3);
    assert_eq!(after.created.spans - before.created.spans, 1, "one span stored");

    // A failure that does not go away is reported with its status, after three attempts.
    hc.server.inject(HoneycombFault::status(503).on("POST /v1/traces").times(10));
    let before = hc.server.stats();
    let output = verify("5s");
    assert_eq!(output.status.code(), Some(8));
    let failed = rows(&output);
    let check = only(&failed, "verify.trace");
    assert_eq!(check["status"], "fail");
    assert!(check["message"].as_str().unwrap().contains(": 503"), "{check}");
    let after = hc.server.stats();
    assert_eq!(after.requests_to("POST", "/v1/traces") - before.requests_to("POST", "/v1/traces"), 3);
    assert_eq!(after.created.spans, before.created.spans);
}

/// On the strict server (Honeycomb's flooring: "the last hour" ends at the last whole minute, before a
/// span sent seconds ago), the verify's absolute window still finds its span, within its budget of runs.
#[test]
fn verify_sends_a_span_and_a_query_sees_it() {
    let env = TestEnv::new();
    let hc = Honeycomb::strict(Plan::Enterprise);
    let xray = start_xray();
    let dir = initialized(&env, &hc, &xray, "verify");
    let config = hc.configuration_key();
    // Prism forwards only the spec's routes: OTLP goes to the server itself, queries through prism.
    let output = doctor(&env, &hc, &dir)
        .env("HONEYCOMB_QUERY_KEY", &config)
        .args(["--verify", "--endpoint", &hc.server.url(), "--skip", "xray", "--timeout", "30s"])
        .output()
        .unwrap();
    assert_no_secrets(&output, &hc.secrets(), "doctor --verify");
    let rows = rows(&output);
    assert!(output.status.success(), "{:#?}\n{}", failing(&rows), String::from_utf8_lossy(&output.stderr));
    let verify = only(&rows, "verify.trace");
    assert_eq!(verify["status"], "pass", "{verify}");
    let message = verify["message"].as_str().unwrap();
    assert!(message.contains("reached dataset backend-flask") && message.contains("seen by a query"), "{message}");
    assert!(verify["latency_ms"].as_u64().is_some(), "{verify}");
    let stats = hc.server.stats();
    assert_eq!(stats.created.spans, 1, "one test span");
    assert!(stats.created.queries >= 1 && stats.created.query_results >= 1);
    assert!(stats.created.query_results <= 6, "at most 6 of the minute's 10 runs: {}", stats.created.query_results);

    // Without a key that can query, the span is still sent, and the check says it could not look.
    let output = doctor(&env, &hc, &dir).args(["--verify", "--endpoint", &hc.server.url(), "--skip", "xray"]).output().unwrap();
    assert_no_secrets(&output, &hc.secrets(), "doctor --verify without a query key");
    let rows = self::rows(&output);
    assert!(output.status.success(), "a warning does not fail: {:#?}", failing(&rows));
    let verify = only(&rows, "verify.trace");
    assert_eq!(verify["status"], "warn");
    assert!(verify["fix"].as_str().unwrap().contains("HONEYCOMB_QUERY_KEY"), "{verify}");
    assert_eq!(hc.server.stats().created.spans, 2);

    // An endpoint that refuses: a failure naming it.
    let output = doctor(&env, &hc, &dir)
        .env("HONEYCOMB_QUERY_KEY", &config)
        .args(["--verify", "--endpoint", "http://127.0.0.1:9", "--skip", "xray", "--timeout", "5s"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(8));
    let rows = self::rows(&output);
    assert!(only(&rows, "verify.trace")["message"].as_str().unwrap().contains("not accepted"), "{rows:#?}");
}

/// A Free team (strict server): the span is accepted, the plan refuses query results (one refused
/// request, none of the minute's runs), and the check passes saying so, with the trace's link in the
/// documented form (integer seconds).
#[test]
fn verify_on_a_free_team_reports_the_accepted_span_and_its_link() {
    let env = TestEnv::new();
    let hc = Honeycomb::strict(Plan::Free);
    let xray = start_xray();
    let dir = initialized(&env, &hc, &xray, "verify-free");
    let output = doctor(&env, &hc, &dir)
        .env("HONEYCOMB_QUERY_KEY", hc.configuration_key())
        .args(["--verify", "--endpoint", &hc.server.url(), "--skip", "xray"])
        .output()
        .unwrap();
    assert_no_secrets(&output, &hc.secrets(), "doctor --verify on Free");
    let rows = rows(&output);
    assert!(output.status.success(), "{:#?}\n{}", failing(&rows), String::from_utf8_lossy(&output.stderr));
    let verify = only(&rows, "verify.trace");
    assert_eq!(verify["status"], "pass", "{verify}");
    let message = verify["message"].as_str().unwrap();
    assert!(message.contains("was accepted by Honeycomb") && message.contains("no Query Data API"), "{message}");
    let credentials = hc.server.credentials();
    let environment = credentials.default_environment().unwrap().slug.clone();
    let prefix =
        format!("https://ui.honeycomb.io/{}/environments/{environment}/datasets/backend-flask/trace?trace_id=", credentials.team_slug);
    let link = &message[message.find(&prefix).unwrap_or_else(|| panic!("{message}"))..];
    let (_, times) = link.split_once("&trace_start_ts=").unwrap();
    let (start, end) = times.split_once("&trace_end_ts=").unwrap();
    let (start, end): (i64, i64) = (start.parse().unwrap(), end.trim().parse().unwrap());
    assert!(start > 1_700_000_000 && end > start && end - start <= 2, "{link}");
    let stats = hc.server.stats();
    assert_eq!(stats.created.spans, 1);
    assert_eq!(stats.created.query_results, 0);
    assert_eq!(stats.responses_from("POST", "/1/query_results/{datasetSlug}", 403), 1, "one refused run, then no more");
}

#[test]
fn skip_names_checks_and_unknown_ones_are_usage_errors() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let dir = env.work_path("skip");
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &dir);
    let skips = ["--skip", "xray", "--skip", "honeycomb", "--skip", "env", "--skip", "otel.endpoint"];
    let output = doctor(&env, &hc, &dir).args(skips).output().unwrap();
    let rows = rows(&output);
    for id in ["xray.rules", "xray.group", "honeycomb.key", "env.resolves", "otel.endpoint"] {
        let row = only(&rows, id);
        assert_eq!(row["status"], "skip", "{row}");
    }
    assert!(output.status.success(), "{:#?}", failing(&rows));
    let usage = doctor(&env, &hc, &dir).args(["--skip", "xrya"]).assert().code(2);
    assert!(stderr_text(&usage).contains("did you mean xray"), "{}", stderr_text(&usage));
}

/// `doctor --help` and the README's table name every check a row can carry (the ids are what `--skip` and
/// the JSON rows use), so a new check cannot go undocumented.
#[test]
fn help_and_readme_name_every_check() {
    let env = TestEnv::new();
    let output = env.cmd().args(["doctor", "--help"]).output().unwrap();
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap().replace('\n', " ");
    let readme = std::fs::read_to_string(crate::common::repo_root().join("README.md")).unwrap();
    // `workspace` is the row for a workspace that cannot be read at all: no check to skip or look up.
    for id in IDS.iter().filter(|id| **id != "workspace") {
        assert!(help.contains(id), "doctor --help does not name the check {id}");
        assert!(readme.contains(&format!("`{id}`")), "README.md's doctor table does not name the check {id}");
    }
}
