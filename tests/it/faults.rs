//! Faults on every Honeycomb and X-Ray route the tool uses, from the local servers' fault injection:
//! 429 with and without `Retry-After`, a 5xx, an answer cut off mid-body (after the operation ran), a
//! time-out (the operation ran, the answer came too late), a slow answer; then a failure that does not
//! go away. For each, the tool must retry only what is safe to repeat, create nothing twice (counted on
//! the server), and otherwise fail with exit code 6 and a message naming the request.
//!
//! Status faults go through `prism proxy --errors`, so the 429s and 5xx the tool reads are the ones
//! Honeycomb's contract allows. Transport faults (a cut answer, a time-out) go straight to the server:
//! prism would turn them into answers of its own, and what is tested is the tool's handling of the
//! connection, which has no contract to check.

use std::time::Duration;

use assert_cmd::assert::Assert;
use serde_json::json;

use crate::common::*;
use cruddur_honeycomb_server::{Limits, Stats as HoneycombStats};
use cruddur_xray_server::{Fault as XrayFault, FaultKind as XrayFaultKind};

/// Under a time-out fault, each HTTP attempt gives up after this (`--request-timeout`) and the answer is
/// held longer. Other runs keep the default time-outs, so a busy machine cannot fail them.
const REQUEST_TIMEOUT: &str = "1s";
const STALL: Duration = Duration::from_secs(3);

/// What goes wrong with one request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Trouble {
    RateLimited,
    RateLimitedRetryAfter,
    ServerError,
    /// The operation runs; its answer is cut off halfway.
    CutOff,
    /// The operation runs; its answer comes after the client's time-out.
    TimedOut,
    /// The answer comes late, but in time.
    Slow,
}

const TROUBLES: [Trouble; 6] =
    [Trouble::RateLimited, Trouble::RateLimitedRetryAfter, Trouble::ServerError, Trouble::CutOff, Trouble::TimedOut, Trouble::Slow];

impl Trouble {
    /// `-v` (so a failure shows each request), and the short time-out where one is meant to happen.
    fn flags(self) -> &'static [&'static str] {
        if self == Trouble::TimedOut { &["-v", "--request-timeout", REQUEST_TIMEOUT] } else { &["-v"] }
    }

    fn is_transport(self) -> bool {
        matches!(self, Trouble::CutOff | Trouble::TimedOut)
    }

    fn honeycomb(self, route: &str) -> HoneycombFault {
        let fault = match self {
            Trouble::RateLimited => HoneycombFault::status(429),
            Trouble::RateLimitedRetryAfter => HoneycombFault::rate_limited_retry_after(0),
            Trouble::ServerError => HoneycombFault::status(503),
            Trouble::CutOff => HoneycombFault::reset_mid_body(),
            Trouble::TimedOut => HoneycombFault::stall(STALL),
            Trouble::Slow => HoneycombFault::delay(Duration::from_millis(200)),
        };
        fault.on(route)
    }

    fn xray(self, operation: &str) -> XrayFault {
        let kind = match self {
            Trouble::RateLimited => XrayFaultKind::Throttle { retry_after_secs: None },
            Trouble::RateLimitedRetryAfter => XrayFaultKind::Throttle { retry_after_secs: Some(0) },
            Trouble::ServerError => XrayFaultKind::ServerError { status: 503 },
            Trouble::CutOff => XrayFaultKind::ResetMidBody,
            Trouble::TimedOut => XrayFaultKind::Stall { millis: STALL.as_millis() as u64 },
            Trouble::Slow => XrayFaultKind::Delay { millis: 200 },
        };
        XrayFault { operation: Some(operation.to_owned()), count: 1, kind }
    }
}

/// How the tool may repeat a route, which decides what each trouble must end in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Repeat {
    /// Reads and idempotent writes: every trouble is retried and the command succeeds.
    Safe,
    /// A create the tool can look up: a lost answer is found, a create that did not happen is sent
    /// again, and the command succeeds with exactly one object.
    LookedUp,
    /// A create that cannot be looked up (a key's secret is shown once; markers have no unique name): a
    /// 429 is retried (it did nothing), anything that may have gone through is reported, with a hint.
    Reported,
    /// `POST /1/query_results`: a run is cheap to repeat once; a 429 waits for the rate-limit window
    /// (here one second) within `--timeout`, so a 429 that never ends is query.rs's to test.
    QueryRun,
}

/// What one run must end in.
#[derive(Debug, PartialEq, Eq)]
enum Expect {
    /// Success after this many requests to the faulted route.
    Success { requests: u64 },
    /// Exit 6 after this many requests, with `created` objects on the server.
    Unavailable { requests: u64, created: u64 },
}

fn expectation(repeat: Repeat, trouble: Trouble) -> Expect {
    use Trouble::*;
    match (repeat, trouble) {
        (_, Slow) => Expect::Success { requests: 1 },
        (Repeat::LookedUp, CutOff | TimedOut) => Expect::Success { requests: 1 },
        (Repeat::Reported, ServerError) => Expect::Unavailable { requests: 1, created: 0 },
        (Repeat::Reported, CutOff | TimedOut) => Expect::Unavailable { requests: 1, created: 1 },
        _ => Expect::Success { requests: 2 },
    }
}

fn check_outcome(what: &str, assert: Assert, expect: &Expect, requests: u64, created: Option<u64>) {
    let output = assert.get_output();
    let stderr = String::from_utf8_lossy(&output.stderr);
    match expect {
        Expect::Success { requests: wanted } => {
            assert!(output.status.success(), "{what}: should succeed, got {:?}:\n{stderr}", output.status.code());
            assert_eq!(requests, *wanted, "{what}: requests to the route\n{stderr}");
            if let Some(created) = created {
                assert_eq!(created, 1, "{what}: objects created\n{stderr}");
            }
        }
        Expect::Unavailable { requests: wanted, created: wanted_created } => {
            assert_eq!(output.status.code(), Some(6), "{what}: should exit 6:\n{stderr}");
            assert_eq!(requests, *wanted, "{what}: requests to the route\n{stderr}");
            if let Some(created) = created {
                assert_eq!(created, *wanted_created, "{what}: objects created\n{stderr}");
            }
            assert_eq!(stderr.lines().filter(|line| line.starts_with("error: ")).count(), 1, "{what}: one error line:\n{stderr}");
            if *wanted_created > 0 {
                assert!(stderr.contains("may have been"), "{what}: the hint says the object may exist:\n{stderr}");
            }
        }
    }
}

// ---- Honeycomb ----

/// One route and a command that sends it. `args` may use `{key}` (a key ID made by `prepare`) and
/// `{env}` (the seeded environment's name).
struct HoneycombCase {
    route: &'static str,
    args: &'static [&'static str],
    repeat: Repeat,
    /// The server's counter of what the route creates.
    created: Option<fn(&HoneycombStats) -> u64>,
    /// Runs before the fault is armed; returns the value for `{id}`.
    prepare: Option<fn(&TestEnv, &Honeycomb) -> String>,
}

const DATASET: &str = "backend-flask";

fn seed_dataset(hc: &Honeycomb) {
    let environment = hc.server.credentials().default_environment().unwrap().slug.clone();
    let now = std::time::SystemTime::now();
    let events: Vec<_> = (0..20)
        .map(|i| {
            (
                now - Duration::from_secs(60),
                json!({"app.user_id": format!("user-{}", i % 3), "duration_ms": 10.0 + i as f64, "name": "GET /api/activities/home"}),
            )
        })
        .collect();
    hc.server.ingest_events(&environment, DATASET, &events).unwrap();
}

fn new_key(env: &TestEnv, hc: &Honeycomb) -> String {
    let environment = hc.server.credentials().default_environment().unwrap().name.clone();
    let created = env
        .honeycomb(hc)
        .args(["honeycomb", "keys", "create", "-e", &environment, "--name", "doomed", "--no-save", "-o", "json"])
        .assert()
        .success();
    stdout_json(&created)["id"].as_str().unwrap().to_owned()
}

fn new_environment(env: &TestEnv, hc: &Honeycomb) -> String {
    env.honeycomb(hc).args(["honeycomb", "environments", "ensure", "doomed"]).assert().success();
    "doomed".to_owned()
}

fn new_marker(env: &TestEnv, hc: &Honeycomb) -> String {
    let added = env.honeycomb(hc).args(["honeycomb", "markers", "add", "-d", DATASET, "-m", "doomed", "-o", "json"]).assert().success();
    stdout_json(&added)["id"].as_str().unwrap().to_owned()
}

fn new_saved_query(env: &TestEnv, hc: &Honeycomb) -> String {
    env.honeycomb(hc).args(["query", "save", "doomed", "--preset", "latency-by-user", "-d", DATASET]).assert().success();
    "doomed".to_owned()
}

const LATENCY: &[&str] = &["query", "latency-by-user", "-d", DATASET, "--since", "1h", "--timeout", "5s"];

fn management_cases() -> Vec<HoneycombCase> {
    let case = |route, args, repeat, created, prepare| HoneycombCase { route, args, repeat, created, prepare };
    vec![
        case("GET /2/auth", &["honeycomb", "environments", "list"], Repeat::Safe, None, None),
        case("GET /2/teams/{teamSlug}/environments", &["honeycomb", "environments", "list"], Repeat::Safe, None, None),
        case(
            "POST /2/teams/{teamSlug}/environments",
            &["honeycomb", "environments", "ensure", "staging"],
            Repeat::LookedUp,
            Some(|stats: &HoneycombStats| stats.created.environments),
            None,
        ),
        case(
            "POST /2/teams/{teamSlug}/environments",
            &["honeycomb", "environments", "create", "staging"],
            Repeat::Reported,
            Some(|stats: &HoneycombStats| stats.created.environments),
            None,
        ),
        case(
            "PATCH /2/teams/{teamSlug}/environments/{ID}",
            &["honeycomb", "environments", "update", "{env}", "--description", "changed"],
            Repeat::Safe,
            None,
            None,
        ),
        case(
            "DELETE /2/teams/{teamSlug}/environments/{ID}",
            &["honeycomb", "environments", "delete", "{id}", "--yes"],
            Repeat::Safe,
            None,
            Some(new_environment),
        ),
    ]
}

fn key_cases() -> Vec<HoneycombCase> {
    let case = |route, args, repeat, created, prepare| HoneycombCase { route, args, repeat, created, prepare };
    vec![
        case("GET /2/teams/{teamSlug}/api-keys", &["honeycomb", "keys", "list"], Repeat::Safe, None, None),
        case(
            "POST /2/teams/{teamSlug}/api-keys",
            &["honeycomb", "keys", "create", "-e", "{env}", "--no-save"],
            Repeat::Reported,
            Some(|stats: &HoneycombStats| stats.created.api_keys),
            None,
        ),
        case("GET /2/teams/{teamSlug}/api-keys/{ID}", &["honeycomb", "keys", "get", "{id}"], Repeat::Safe, None, Some(new_key)),
        case("PATCH /2/teams/{teamSlug}/api-keys/{ID}", &["honeycomb", "keys", "disable", "{id}"], Repeat::Safe, None, Some(new_key)),
        case(
            "DELETE /2/teams/{teamSlug}/api-keys/{ID}",
            &["honeycomb", "keys", "delete", "{id}", "--yes"],
            Repeat::Safe,
            None,
            Some(new_key),
        ),
    ]
}

fn dataset_cases() -> Vec<HoneycombCase> {
    let case = |route, args, repeat, created, prepare| HoneycombCase { route, args, repeat, created, prepare };
    vec![
        case("GET /1/auth", &["honeycomb", "auth", "status"], Repeat::Safe, None, None),
        case("GET /1/datasets", &["honeycomb", "datasets", "list"], Repeat::Safe, None, None),
        case(
            "POST /1/datasets",
            &["honeycomb", "datasets", "create", "new-service"],
            Repeat::Safe,
            Some(|stats: &HoneycombStats| stats.created.datasets),
            None,
        ),
        case(
            "POST /1/markers/{datasetSlug}",
            &["honeycomb", "markers", "add", "-d", DATASET, "-m", "deploy"],
            Repeat::Reported,
            Some(|stats: &HoneycombStats| stats.created.markers),
            None,
        ),
        case("GET /1/markers/{datasetSlug}", &["honeycomb", "markers", "list", "-d", DATASET], Repeat::Safe, None, None),
        case(
            "DELETE /1/markers/{datasetSlug}/{markerId}",
            &["honeycomb", "markers", "delete", "-d", DATASET, "{id}"],
            Repeat::Safe,
            None,
            Some(new_marker),
        ),
    ]
}

fn query_cases() -> Vec<HoneycombCase> {
    let case = |route, args, repeat, created, prepare| HoneycombCase { route, args, repeat, created, prepare };
    vec![
        case("GET /1/columns/{datasetSlug}", LATENCY, Repeat::Safe, None, None),
        case("POST /1/queries/{datasetSlug}", LATENCY, Repeat::Safe, None, None),
        case("POST /1/query_results/{datasetSlug}", LATENCY, Repeat::QueryRun, None, None),
        case("GET /1/query_results/{datasetSlug}/{queryResultId}", LATENCY, Repeat::Safe, None, None),
        case("GET /1/query_annotations/{datasetSlug}", &["query", "saved", "list", "-d", DATASET], Repeat::Safe, None, None),
        case(
            "POST /1/query_annotations/{datasetSlug}",
            &["query", "save", "p99-by-user", "--preset", "latency-by-user", "-d", DATASET],
            Repeat::LookedUp,
            Some(|stats: &HoneycombStats| stats.created.query_annotations),
            None,
        ),
        case(
            "DELETE /1/query_annotations/{datasetSlug}/{queryAnnotationId}",
            &["query", "saved", "delete", "{id}", "-d", DATASET, "--yes"],
            Repeat::Safe,
            None,
            Some(new_saved_query),
        ),
    ]
}

/// The observability file every `plan`/`apply` case starts from: one object of each kind, a webhook
/// recipient (its URL can change in place), the seeded dataset's columns only.
const OBSERVABILITY: &str = r##"version: 1
honeycomb:
  recipients:
    hook:
      webhook: {name: deploys, url: "https://hooks.example.com/a"}
  datasets:
    backend-flask:
      columns:
        app.user_id: {description: the user}
        app.tier: {type: string, description: a declared column}
      calculated_fields:
        sli.fast: LT($duration_ms, 300)
      marker_colors: {deploy: "#F96E11"}
      queries:
        Latency: {description: p99, query: {calculations: [{op: P99, column: duration_ms}], time_range: 3600}}
      triggers:
        Slow:
          query: {calculations: [{op: P99, column: duration_ms}], time_range: 900}
          threshold: {op: ">", value: 500}
          recipients: [hook]
      slos:
        Fast:
          sli: sli.fast
          target_per_million: 990000
          burn_alerts:
            - {exhaustion_minutes: 60, recipients: [hook]}
  boards:
    Cruddur:
      description: one
      panels: [{query: Latency}, {slo: Fast}]
      views:
        Slow: [{column: duration_ms, op: ">", value: 500}]
"##;

/// Writes the file (for a case that creates everything).
fn observability_file(env: &TestEnv, _hc: &Honeycomb) -> String {
    std::fs::write(env.work_path("observability.yaml"), OBSERVABILITY).unwrap();
    String::new()
}

/// Applies the file, then writes `updated.yaml` (one field of each object changed) and `pruned.yaml`
/// (the dataset's objects and the boards gone).
fn observability_applied(env: &TestEnv, hc: &Honeycomb) -> String {
    observability_file(env, hc);
    env.honeycomb(hc).args(["apply", "observability.yaml"]).assert().success();
    let updated = OBSERVABILITY
        .replace("hooks.example.com/a", "hooks.example.com/b")
        .replace("description: the user", "description: the user's handle")
        .replace("LT($duration_ms, 300)", "LT($duration_ms, 250)")
        .replace("#F96E11", "#1FA297")
        .replace("description: p99", "description: the p99")
        .replace("value: 500}\n          recipients", "value: 600}\n          recipients")
        .replace("target_per_million: 990000", "target_per_million: 995000")
        .replace("exhaustion_minutes: 60", "exhaustion_minutes: 120")
        .replace("description: one", "description: two")
        .replace("op: \">\", value: 500}]", "op: \">\", value: 900}]");
    std::fs::write(env.work_path("updated.yaml"), updated).unwrap();
    // The views and burn alerts gone, their board and SLO kept (deleting those would take them along).
    let nested = OBSERVABILITY
        .replace("          burn_alerts:\n            - {exhaustion_minutes: 60, recipients: [hook]}\n", "")
        .replace("      views:\n        Slow: [{column: duration_ms, op: \">\", value: 500}]\n", "");
    assert!(!nested.contains("burn_alerts") && !nested.contains("views"), "{nested}");
    std::fs::write(env.work_path("pruned-nested.yaml"), nested).unwrap();
    let pruned = "version: 1\nhoneycomb:\n  recipients:\n    hook:\n      webhook: {name: deploys, url: \"https://hooks.example.com/a\"}\n  datasets:\n    backend-flask: {}\n  boards: {}\n";
    std::fs::write(env.work_path("pruned.yaml"), pruned).unwrap();
    String::new()
}

/// A recipient nothing uses, and a file without it.
fn unused_recipient(env: &TestEnv, hc: &Honeycomb) -> String {
    let with = "version: 1\nhoneycomb:\n  recipients:\n    ops: {email: ops@example.com}\n";
    std::fs::write(env.work_path("observability.yaml"), with).unwrap();
    env.honeycomb(hc).args(["apply", "observability.yaml"]).assert().success();
    std::fs::write(env.work_path("pruned.yaml"), "version: 1\nhoneycomb:\n  recipients: {}\n").unwrap();
    String::new()
}

const APPLY: &[&str] = &["apply", "observability.yaml"];
const UPDATE: &[&str] = &["apply", "updated.yaml"];
const PRUNE: &[&str] = &["apply", "pruned.yaml", "--prune", "--yes"];
const PRUNE_NESTED: &[&str] = &["apply", "pruned-nested.yaml", "--prune", "--yes"];
const PLAN: &[&str] = &["plan", "observability.yaml"];

/// `apply` creating each kind of object: a lost answer is looked up by the object's name, never sent twice.
fn declare_create_cases() -> Vec<HoneycombCase> {
    let case = |route, created: fn(&HoneycombStats) -> u64| HoneycombCase {
        route,
        args: APPLY,
        repeat: Repeat::LookedUp,
        created: Some(created),
        prepare: Some(observability_file),
    };
    vec![
        case("POST /1/recipients", |s| s.created.recipients),
        case("POST /1/columns/{datasetSlug}", |s| s.created.columns),
        case("POST /1/derived_columns/{datasetSlug}", |s| s.created.derived_columns),
        case("POST /1/marker_settings/{datasetSlug}", |s| s.created.marker_settings),
        case("POST /1/query_annotations/{datasetSlug}", |s| s.created.query_annotations),
        case("POST /1/triggers/{datasetSlug}", |s| s.created.triggers),
        case("POST /1/slos/{datasetSlug}", |s| s.created.slos),
        case("POST /1/burn_alerts/{datasetSlug}", |s| s.created.burn_alerts),
        case("POST /1/boards", |s| s.created.boards),
        case("POST /1/boards/{boardId}/views", |s| s.created.board_views),
    ]
}

/// `apply` changing one field of each kind (a PUT, idempotent) and `apply --prune` deleting each.
fn declare_update_and_delete_cases() -> Vec<HoneycombCase> {
    let safe = |route, args, prepare| HoneycombCase { route, args, repeat: Repeat::Safe, created: None, prepare: Some(prepare) };
    let applied: fn(&TestEnv, &Honeycomb) -> String = observability_applied;
    vec![
        safe("PUT /1/recipients/{recipientId}", UPDATE, applied),
        safe("PUT /1/columns/{datasetSlug}/{columnId}", UPDATE, applied),
        safe("PUT /1/derived_columns/{datasetSlug}/{derivedColumnId}", UPDATE, applied),
        safe("PUT /1/marker_settings/{datasetSlug}/{markerSettingId}", UPDATE, applied),
        safe("PUT /1/query_annotations/{datasetSlug}/{queryAnnotationId}", UPDATE, applied),
        safe("PUT /1/triggers/{datasetSlug}/{triggerId}", UPDATE, applied),
        safe("PUT /1/slos/{datasetSlug}/{sloId}", UPDATE, applied),
        safe("PUT /1/burn_alerts/{datasetSlug}/{burnAlertId}", UPDATE, applied),
        safe("PUT /1/boards/{boardId}", UPDATE, applied),
        safe("PUT /1/boards/{boardId}/views/{viewId}", UPDATE, applied),
        safe("DELETE /1/boards/{boardId}/views/{viewId}", PRUNE_NESTED, applied),
        safe("DELETE /1/boards/{boardId}", PRUNE, applied),
        safe("DELETE /1/burn_alerts/{datasetSlug}/{burnAlertId}", PRUNE_NESTED, applied),
        safe("DELETE /1/slos/{datasetSlug}/{sloId}", PRUNE, applied),
        safe("DELETE /1/triggers/{datasetSlug}/{triggerId}", PRUNE, applied),
        safe("DELETE /1/query_annotations/{datasetSlug}/{queryAnnotationId}", PRUNE, applied),
        safe("DELETE /1/marker_settings/{datasetSlug}/{markerSettingId}", PRUNE, applied),
        safe("DELETE /1/derived_columns/{datasetSlug}/{derivedColumnId}", PRUNE, applied),
        safe("DELETE /1/recipients/{recipientId}", PRUNE, unused_recipient),
    ]
}

/// `plan` reading each collection (and each saved query's query, each burn alert).
fn declare_read_cases() -> Vec<HoneycombCase> {
    let read = |route| HoneycombCase { route, args: PLAN, repeat: Repeat::Safe, created: None, prepare: Some(observability_applied) };
    vec![
        read("GET /1/recipients"),
        read("GET /1/columns/{datasetSlug}"),
        read("GET /1/derived_columns/{datasetSlug}"),
        read("GET /1/marker_settings/{datasetSlug}"),
        read("GET /1/query_annotations/{datasetSlug}"),
        read("GET /1/queries/{datasetSlug}/{queryId}"),
        read("GET /1/triggers/{datasetSlug}"),
        read("GET /1/slos/{datasetSlug}"),
        read("GET /1/burn_alerts/{datasetSlug}"),
        read("GET /1/burn_alerts/{datasetSlug}/{burnAlertId}"),
        read("GET /1/boards"),
        read("GET /1/boards/{boardId}/views"),
    ]
}

fn run_honeycomb_cases(cases: Vec<HoneycombCase>) {
    let env = TestEnv::new();
    // One-second rate-limit windows: a 429's `RateLimit` reset (which the tool waits for) stays short.
    let config = HoneycombConfig { limits: Limits { window: Duration::from_secs(1), ..Limits::default() }, ..HoneycombConfig::default() };
    let hc = Honeycomb::start_with(Plan::Enterprise, config);
    let environment = hc.server.credentials().default_environment().unwrap().name.clone();
    for case in &cases {
        let (method, template) = case.route.split_once(' ').unwrap();
        let mut troubles: Vec<(Trouble, u32)> = TROUBLES.iter().map(|&trouble| (trouble, 1)).collect();
        // And failures that outlast every retry (a query run's 429s are query.rs's: they wait for the
        // rate-limit window, within --timeout). Answers cut off again and again, on reads only: a
        // create that is cut off has happened, which the cases above already count.
        if case.repeat != Repeat::QueryRun {
            troubles.push((Trouble::RateLimitedRetryAfter, 10));
        }
        if case.repeat == Repeat::Safe && case.created.is_none() {
            troubles.push((Trouble::CutOff, 10));
        }
        for (trouble, times) in troubles {
            hc.server.reset();
            seed_dataset(&hc);
            let id = case.prepare.map(|prepare| prepare(&env, &hc)).unwrap_or_default();
            let args: Vec<String> = case.args.iter().map(|arg| arg.replace("{id}", &id).replace("{env}", &environment)).collect();
            let before = hc.server.stats();
            hc.server.inject(HoneycombFault { times, ..trouble.honeycomb(case.route) });
            let mut command = env.honeycomb(&hc);
            if trouble.is_transport() {
                command.env("HONEYCOMB_API_ENDPOINT", hc.server.url());
            }
            let assert = command.args(&args).args(trouble.flags()).assert();
            let after = hc.server.stats();
            let requests = after.requests_to(method, template) - before.requests_to(method, template);
            let created = case.created.map(|count| count(&after) - count(&before));
            let what = format!("{} with {trouble:?} x{times} on {}", args.join(" "), case.route);
            let expect = if times > 1 {
                // Five attempts (a 429 means nothing was done, so even a create is retried), then the error.
                Expect::Unavailable { requests: 5, created: 0 }
            } else {
                expectation(case.repeat, trouble)
            };
            if times > 1 {
                let stderr = stderr_text(&assert);
                let reason = if trouble == Trouble::CutOff { ": answer cut off" } else { ": 429 Too Many Requests" };
                assert!(
                    stderr.contains(&format!("error: {method} /")) && stderr.contains(reason),
                    "{what}: names the request and why:\n{stderr}"
                );
            }
            check_outcome(&what, assert, &expect, requests, created);
        }
    }
}

#[test]
fn honeycomb_team_and_environment_routes_survive_every_fault() {
    run_honeycomb_cases(management_cases());
}

#[test]
fn honeycomb_api_key_routes_survive_every_fault() {
    run_honeycomb_cases(key_cases());
}

#[test]
fn honeycomb_dataset_and_marker_routes_survive_every_fault() {
    run_honeycomb_cases(dataset_cases());
}

#[test]
fn honeycomb_query_routes_survive_every_fault() {
    run_honeycomb_cases(query_cases());
}

#[test]
fn honeycomb_configuration_creates_survive_every_fault() {
    run_honeycomb_cases(declare_create_cases());
}

#[test]
fn honeycomb_configuration_updates_and_deletes_survive_every_fault() {
    run_honeycomb_cases(declare_update_and_delete_cases());
}

#[test]
fn honeycomb_configuration_reads_survive_every_fault() {
    run_honeycomb_cases(declare_read_cases());
}

// ---- X-Ray ----

struct XrayCase {
    operation: &'static str,
    args: &'static [&'static str],
    /// Runs before the fault is armed.
    prepare: Option<fn(&TestEnv, &XrayServer)>,
    /// Groups (or rules) named `Cruddur` there must be afterwards.
    cruddur_after: usize,
    /// Where to count `Cruddur`: `groups` or `rules`.
    kind: &'static str,
}

fn rule_json(rate: f64) -> String {
    json!({"SamplingRule": {"RuleName": "Cruddur", "ResourceARN": "*", "Priority": 9000, "FixedRate": rate, "ReservoirSize": 5,
        "ServiceName": "backend-flask", "ServiceType": "*", "Host": "*", "HTTPMethod": "*", "URLPath": "*", "Version": 1}})
    .to_string()
}

fn make_group(env: &TestEnv, server: &XrayServer) {
    env.xray(server).args(["xray", "create-group", "Cruddur", "--filter-expression", "service(\"backend-flask\")"]).assert().success();
}

fn make_rule(env: &TestEnv, server: &XrayServer) {
    std::fs::write(env.work_path("xray.json"), rule_json(0.1)).unwrap();
    env.xray(server).args(["xray", "rules", "apply", "xray.json"]).assert().success();
    std::fs::write(env.work_path("xray.json"), rule_json(0.2)).unwrap();
}

fn count_cruddur(env: &TestEnv, server: &XrayServer, kind: &str) -> usize {
    let listed = stdout_json(&env.xray(server).args(["xray", kind, "list", "-o", "json"]).assert().success());
    let field = if kind == "groups" { "group_name" } else { "rule_name" };
    listed.as_array().unwrap().iter().filter(|item| item[field] == "Cruddur").count()
}

const CREATE_GROUP: &[&str] = &["xray", "create-group", "Cruddur", "--filter-expression", "service(\"backend-flask\")"];

#[test]
fn xray_group_operations_survive_every_fault() {
    run_xray_cases(&[
        XrayCase { operation: "GetGroups", args: &["xray", "groups", "list"], prepare: None, cruddur_after: 0, kind: "groups" },
        XrayCase { operation: "GetGroup", args: CREATE_GROUP, prepare: None, cruddur_after: 1, kind: "groups" },
        XrayCase { operation: "CreateGroup", args: CREATE_GROUP, prepare: None, cruddur_after: 1, kind: "groups" },
        XrayCase {
            operation: "UpdateGroup",
            args: &["xray", "groups", "update", "Cruddur", "--filter-expression", "service(\"api\")"],
            prepare: Some(make_group),
            cruddur_after: 1,
            kind: "groups",
        },
        XrayCase {
            operation: "DeleteGroup",
            args: &["xray", "groups", "delete", "Cruddur", "--yes"],
            prepare: Some(make_group),
            cruddur_after: 0,
            kind: "groups",
        },
    ]);
}

#[test]
fn xray_rule_operations_survive_every_fault() {
    run_xray_cases(&[
        XrayCase { operation: "GetSamplingRules", args: &["xray", "rules", "list"], prepare: None, cruddur_after: 0, kind: "rules" },
        XrayCase {
            operation: "CreateSamplingRule",
            args: &["xray", "rules", "apply", "xray.json"],
            prepare: None,
            cruddur_after: 1,
            kind: "rules",
        },
        XrayCase {
            operation: "UpdateSamplingRule",
            args: &["xray", "rules", "apply", "xray.json"],
            prepare: Some(make_rule),
            cruddur_after: 1,
            kind: "rules",
        },
        XrayCase {
            operation: "DeleteSamplingRule",
            args: &["xray", "rules", "delete", "Cruddur", "--yes"],
            prepare: Some(make_rule),
            cruddur_after: 0,
            kind: "rules",
        },
    ]);
}

fn run_xray_cases(cases: &[XrayCase]) {
    let env = TestEnv::new();
    let server = start_xray();
    for case in cases {
        for trouble in TROUBLES {
            server.reset();
            std::fs::write(env.work_path("xray.json"), rule_json(0.1)).unwrap();
            if let Some(prepare) = case.prepare {
                prepare(&env, &server);
            }
            let before = server.stats().calls.get(case.operation).copied().unwrap_or(0);
            server.inject(trouble.xray(case.operation));
            let assert = env.xray(&server).args(case.args).args(trouble.flags()).assert();
            let calls = server.stats().calls.get(case.operation).copied().unwrap_or(0) - before;
            let what = format!("{} with {trouble:?} on {}", case.args.join(" "), case.operation);
            // The AWS SDK retries every one of these (X-Ray names are unique, so a repeated create meets
            // "already exists", which the tool then checks).
            let wanted_calls = if trouble == Trouble::Slow { 1 } else { 2 };
            check_outcome(&what, assert, &Expect::Success { requests: wanted_calls }, calls, None);
            assert_eq!(count_cruddur(&env, &server, case.kind), case.cruddur_after, "{what}: Cruddur {}", case.kind);
        }
        // A failure that outlasts the SDK's three attempts.
        server.reset();
        if let Some(prepare) = case.prepare {
            prepare(&env, &server);
        }
        server.inject(XrayFault { count: 10, ..Trouble::ServerError.xray(case.operation) });
        let assert = env.xray(&server).args(case.args).assert().code(6);
        let stderr = stderr_text(&assert);
        assert!(stderr.contains(&format!("error: {}: ", case.operation)), "{}: the error names the operation:\n{stderr}", case.operation);
        assert_eq!(server.stats().calls.get(case.operation).copied(), Some(3), "{}: three attempts", case.operation);
    }
}
