//! `plan`, `apply` and `export` (issue 21) against the local Honeycomb server behind `prism proxy
//! --errors` (every request and answer checked against Honeycomb's spec) and the local X-Ray server:
//! the round trip (export → plan shows nothing; one edited field is one change; apply → plan shows
//! nothing), one test per peer complaint (Terraform provider issues #123/#765, #692/#719, #626/#852)
//! showing it does not happen here, plan gating, bad input, pruning, and a half-failed run completed by
//! running it again.

use std::time::{Duration, SystemTime};

use assert_cmd::assert::Assert;
use serde_json::{Value, json};

use crate::common::*;

const DATASET: &str = "backend-flask";

/// Events with the columns the starter's queries read.
fn seed(hc: &Honeycomb) {
    let environment = hc.server.credentials().default_environment().unwrap().slug.clone();
    let now = SystemTime::now() - Duration::from_secs(30);
    let events: Vec<_> = (0..12)
        .map(|i| {
            let root = i % 3 != 2;
            let mut event = json!({
                "app.user_id": format!("user-{}", i % 4),
                "duration_ms": 40.0 + 60.0 * i as f64,
                "error": i % 5 == 0,
                "name": if root { "GET /api/activities/home" } else { "db.query" },
                "http.route": "/api/activities/home",
                "http.status_code": if i % 5 == 0 { 500 } else { 200 },
                "trace.trace_id": format!("t{i}"),
            });
            if !root {
                event["trace.parent_id"] = json!(format!("p{i}"));
            }
            (now, event)
        })
        .collect();
    hc.server.ingest_events(&environment, DATASET, &events).unwrap();
}

fn starter() -> String {
    std::fs::read_to_string(repo_root().join("examples/observability.yaml")).unwrap()
}

fn write(env: &TestEnv, name: &str, text: &str) {
    std::fs::write(env.work_path(name), text).unwrap();
}

fn run(env: &TestEnv, hc: &Honeycomb, args: &[&str]) -> Assert {
    env.honeycomb(hc).args(args).assert()
}

/// `plan FILE -o json`: the steps that change something.
fn changes(env: &TestEnv, hc: &Honeycomb, file: &str) -> Vec<Value> {
    let assert = run(env, hc, &["plan", file, "-o", "json"]).success();
    stdout_json(&assert).as_array().unwrap().iter().filter(|step| step["action"] != "unchanged").cloned().collect()
}

fn no_change(env: &TestEnv, hc: &Honeycomb, file: &str) {
    let assert = run(env, hc, &["plan", file, "--detailed-exitcode", "-o", "json"]);
    let output = assert.get_output();
    assert_eq!(
        output.status.code(),
        Some(0),
        "plan {file} should show no change:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        stderr_text(&assert)
    );
}

fn apply(env: &TestEnv, hc: &Honeycomb, file: &str) -> Assert {
    let assert = run(env, hc, &["apply", file, "-o", "json"]);
    let code = assert.get_output().status.code();
    assert_eq!(code, Some(0), "apply {file}:\n{}", stderr_text(&assert));
    assert
}

/// The server's own view of an object, straight from its API (no prism needed for reads in tests).
fn api(hc: &Honeycomb, path: &str) -> Value {
    let url = format!("{}{path}", hc.server.url());
    let key = hc.configuration_key();
    cruddur_honeycomb_server::http_client::get(&url, &[("X-Honeycomb-Team", &key)]).unwrap().json()
}

fn api_send(hc: &Honeycomb, method: &str, path: &str, body: Value) -> Value {
    let url = format!("{}{path}", hc.server.url());
    let key = hc.configuration_key();
    let response = cruddur_honeycomb_server::http_client::send_json(method, &url, &[("X-Honeycomb-Team", &key)], &body).unwrap();
    assert!(response.status < 300, "{method} {path}: {}", response.text());
    response.json()
}

#[test]
fn round_trip_export_plan_edit_apply() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    seed(&hc);
    write(&env, "observability.yaml", &starter());

    // A new environment: everything is to create; --detailed-exitcode says so with 2.
    let first = run(&env, &hc, &["plan", "--detailed-exitcode", "-o", "json"]);
    assert_eq!(first.get_output().status.code(), Some(2), "{}", stderr_text(&first));
    let planned = stdout_json(&first);
    let kinds: Vec<&str> = planned.as_array().unwrap().iter().map(|s| s["kind"].as_str().unwrap()).collect();
    // Dependency order: recipients, columns, calculated fields, ... boards last.
    let order =
        ["recipient", "column", "calculated_field", "marker_color", "saved_query", "trigger", "slo", "burn_alert", "board", "board_view"];
    let ranks: Vec<usize> = kinds.iter().map(|k| order.iter().position(|o| o == k).unwrap()).collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "dependency order: {kinds:?}");
    assert_eq!(hc.server.stats().created.triggers, 0, "plan changes nothing");

    apply(&env, &hc, "observability.yaml");
    let created = hc.server.stats().created;
    assert_eq!((created.recipients, created.triggers, created.slos, created.burn_alerts, created.boards), (2, 1, 1, 1, 1));
    no_change(&env, &hc, "observability.yaml");

    // Export, then plan the exported file: no change.
    let export = run(&env, &hc, &["export", "--no-xray", "--file", "exported.yaml"]).success();
    assert!(stderr_text(&export).contains("wrote"));
    no_change(&env, &hc, "exported.yaml");

    // One field edited: exactly that field.
    let exported = std::fs::read_to_string(env.work_path("exported.yaml")).unwrap();
    let edited = exported.replacen("value: 0.05", "value: 0.1", 1);
    assert_ne!(edited, exported);
    write(&env, "exported.yaml", &edited);
    let steps = changes(&env, &hc, "exported.yaml");
    assert_eq!(steps.len(), 1, "{steps:#?}");
    assert_eq!((steps[0]["action"].as_str(), steps[0]["kind"].as_str()), (Some("update"), Some("trigger")));
    assert_eq!(steps[0]["changes"], json!([{"field": "threshold.value", "from": "0.05", "to": "0.1"}]));

    // Apply it; then nothing to change.
    apply(&env, &hc, "exported.yaml");
    no_change(&env, &hc, "exported.yaml");
    let trigger = &api(&hc, &format!("/1/triggers/{DATASET}"))[0];
    assert_eq!(trigger["threshold"]["value"], 0.1);
    assert_eq!(hc.server.stats().created.triggers, 1, "an update, not a new trigger");
}

/// Terraform #123 and #765: recipients drift forever because the API answers them in its own order
/// and fills in a PagerDuty severity. Here both sides are normalised: no drift, whatever the order.
#[test]
fn recipients_do_not_drift_terraform_123_765() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    seed(&hc);
    let file = |order: &str, severity: &str| {
        format!(
            r##"version: 1
honeycomb:
  recipients:
    ops: {{email: ops@example.com}}
    alerts: {{slack: "#alerts"}}
    pager:
      pagerduty: {{integration_name: Cruddur on-call, integration_key: "${{PD_KEY}}"}}
  datasets:
    backend-flask:
      triggers:
        Errors:
          query: {{calculations: [{{op: COUNT}}], filters: [{{column: error, op: "=", value: true}}], time_range: 900}}
          threshold: {{op: ">", value: 5}}
          recipients: [{order}{severity}]
"##
        )
    };
    let key = fake_key("", "pd", 32);
    write(&env, "a.yaml", &file("alerts, ops, ", "pager"));
    env.honeycomb(&hc).env("PD_KEY", &key).args(["apply", "a.yaml"]).assert().success();
    // The API lists them its way (by ID) with `critical` filled in; the plan sees no change.
    let trigger = &api(&hc, &format!("/1/triggers/{DATASET}"))[0];
    assert_eq!(trigger["recipients"].as_array().unwrap().len(), 3);
    assert!(trigger["recipients"].as_array().unwrap().iter().any(|r| r["details"]["pagerduty_severity"] == "critical"));
    let plan = |name: &str| env.honeycomb(&hc).env("PD_KEY", &key).args(["plan", name, "--detailed-exitcode", "-o", "json"]).assert();
    assert_eq!(plan("a.yaml").get_output().status.code(), Some(0), "{}", stderr_text(&plan("a.yaml")));
    // The same recipients in another order, and the default severity written out: still no change.
    write(&env, "b.yaml", &file("ops, alerts, ", "{recipient: pager, severity: critical}"));
    assert_eq!(plan("b.yaml").get_output().status.code(), Some(0), "{}", stderr_text(&plan("b.yaml")));
    // A real change (another severity) is exactly one field.
    write(&env, "c.yaml", &file("ops, alerts, ", "{recipient: pager, severity: warning}"));
    let steps = stdout_json(&plan("c.yaml"));
    let changed: Vec<&Value> = steps.as_array().unwrap().iter().filter(|s| s["action"] != "unchanged").collect();
    assert_eq!(changed.len(), 1, "{changed:#?}");
    assert_eq!(changed[0]["changes"].as_array().unwrap().len(), 1, "{changed:#?}");
    assert!(changed[0]["changes"][0]["field"].as_str().unwrap().ends_with("severity"));
    // Without PD_KEY the key is kept as Honeycomb has it (and never shown).
    let unset = env.honeycomb(&hc).args(["plan", "a.yaml", "--detailed-exitcode"]).assert();
    assert_eq!(unset.get_output().status.code(), Some(0), "{}", stderr_text(&unset));
    assert!(!String::from_utf8_lossy(&unset.get_output().stdout).contains(&key));
}

/// Terraform #692 and #719: flexible boards lose their layout (every update puts the panels back in one
/// column; removing positions is not seen as a change). Here a board's places are always explicit: the
/// two-column grid when the file gives none, the file's otherwise, and a change either way is planned.
#[test]
fn boards_keep_their_layout_terraform_692_719() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    seed(&hc);
    let board = |panels: &str| {
        format!(
            r#"version: 1
honeycomb:
  datasets:
    backend-flask:
      queries:
        Latency: {{query: {{calculations: [{{op: P99, column: duration_ms}}], time_range: 3600}}}}
        Errors: {{query: {{calculations: [{{op: COUNT}}], filters: [{{column: error, op: "=", value: true}}], time_range: 3600}}}}
  boards:
    Cruddur:
      panels:
{panels}"#
        )
    };
    let unplaced = "        - query: Latency\n        - query: Errors\n        - text: notes\n";
    write(&env, "board.yaml", &board(unplaced));
    apply(&env, &hc, "board.yaml");
    let positions = |hc: &Honeycomb| -> Vec<(i64, i64)> {
        api(hc, "/1/boards")[0]["panels"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p["position"]["x_coordinate"].as_i64().unwrap(), p["position"]["y_coordinate"].as_i64().unwrap()))
            .collect()
    };
    assert_eq!(positions(&hc), [(0, 0), (6, 0), (0, 6)], "two columns, not one");
    no_change(&env, &hc, "board.yaml");

    // Someone lets the UI lay it out again (one column): the plan shows each moved panel...
    let id = api(&hc, "/1/boards")[0]["id"].as_str().unwrap().to_owned();
    let mut current = api(&hc, &format!("/1/boards/{id}"));
    current["layout_generation"] = json!("auto");
    api_send(&hc, "PUT", &format!("/1/boards/{id}"), current);
    assert_eq!(positions(&hc), [(0, 0), (0, 6), (0, 12)]);
    let steps = changes(&env, &hc, "board.yaml");
    assert_eq!(steps.len(), 1);
    let fields: Vec<&str> = steps[0]["changes"].as_array().unwrap().iter().map(|c| c["field"].as_str().unwrap()).collect();
    assert!(fields.contains(&"panels[1].position.x") && fields.contains(&"panels[1].position.y"), "{fields:?}");
    // ... and apply puts it back; an update of another field keeps the places.
    apply(&env, &hc, "board.yaml");
    assert_eq!(positions(&hc), [(0, 0), (6, 0), (0, 6)]);
    write(&env, "board.yaml", &board(unplaced).replace("        - text: notes", "        - text: more notes"));
    apply(&env, &hc, "board.yaml");
    assert_eq!(positions(&hc), [(0, 0), (6, 0), (0, 6)], "an update does not lay the board out again");

    // Explicit places, then none again (#719): both directions are planned as changes.
    let placed = "        - {query: Latency, position: {x: 0, y: 0, width: 12, height: 4}}\n        - {query: Errors, position: {x: 0, y: 4, width: 6, height: 4}}\n        - {text: more notes, position: {x: 6, y: 4, width: 6, height: 4}}\n";
    write(&env, "board.yaml", &board(placed));
    assert_eq!(changes(&env, &hc, "board.yaml").len(), 1);
    apply(&env, &hc, "board.yaml");
    assert_eq!(positions(&hc), [(0, 0), (0, 4), (6, 4)]);
    no_change(&env, &hc, "board.yaml");
    write(&env, "board.yaml", &board(&unplaced.replace("notes", "more notes")));
    let steps = changes(&env, &hc, "board.yaml");
    assert_eq!(steps.len(), 1, "removing the places is a change: {steps:#?}");
    apply(&env, &hc, "board.yaml");
    assert_eq!(positions(&hc), [(0, 0), (6, 0), (0, 6)]);
}

/// Terraform #626 and #852: renaming a calculated field replaces it (409: an SLO uses it) or leaves the
/// queries, triggers and boards that name it pointing at a name that no longer exists. Here the field is
/// renamed in place and the rename is carried to everything that uses it.
#[test]
fn renamed_calculated_fields_reach_their_dependents_terraform_626_852() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    seed(&hc);
    let file = |alias: &str, renamed: &str| {
        format!(
            r#"version: 1
honeycomb:
  recipients:
    ops: {{email: ops@example.com}}
  datasets:
    backend-flask:
      calculated_fields:
        {alias}:
          expression: LT($duration_ms, 300)
          {renamed}
      queries:
        Fast requests:
          query: {{calculations: [{{op: COUNT}}], breakdowns: [sli.fast], time_range: 3600}}
      triggers:
        Too few fast:
          query: {{calculations: [{{op: COUNT}}], filters: [{{column: sli.fast, op: "=", value: false}}], time_range: 900}}
          threshold: {{op: ">", value: 10}}
          recipients: [ops]
      slos:
        Latency:
          sli: sli.fast
          target_per_million: 990000
  boards:
    Cruddur:
      panels:
        - query: Fast requests
        - slo: Latency
"#
        )
    };
    write(&env, "obs.yaml", &file("sli.fast", ""));
    apply(&env, &hc, "obs.yaml");
    let old_annotation = api(&hc, &format!("/1/query_annotations/{DATASET}"))[0]["id"].as_str().unwrap().to_owned();

    // Renamed in the file, references left as they were: the rename is carried.
    write(&env, "obs.yaml", &file("sli.latency", "renamed_from: sli.fast"));
    let steps = changes(&env, &hc, "obs.yaml");
    let summary: Vec<(String, String)> =
        steps.iter().map(|s| (s["action"].as_str().unwrap().to_owned(), s["kind"].as_str().unwrap().to_owned())).collect();
    let has = |action: &str, kind: &str| summary.contains(&(action.to_owned(), kind.to_owned()));
    assert!(has("rename", "calculated_field"), "{summary:?}");
    assert!(has("replace", "saved_query") && has("update", "trigger") && has("update", "board"), "{summary:?}");
    assert!(!has("delete", "calculated_field") && !has("create", "calculated_field"), "renamed, not replaced: {summary:?}");
    let trigger = steps.iter().find(|s| s["kind"] == "trigger").unwrap();
    assert!(trigger["note"].as_str().unwrap().contains("carries the rename"), "{trigger:#?}");

    apply(&env, &hc, "obs.yaml");
    no_change(&env, &hc, "obs.yaml");
    // Honeycomb now: one field, under its new alias (same ID: the SLO still uses it); the trigger's query and
    // the saved query (on the board) name the new alias; the old saved query is gone.
    let fields = api(&hc, &format!("/1/derived_columns/{DATASET}"));
    assert_eq!(fields.as_array().unwrap().len(), 1);
    assert_eq!(fields[0]["alias"], "sli.latency");
    assert_eq!(api(&hc, "/1/slos/__all__")[0]["sli"]["alias"], "sli.latency");
    let trigger = &api(&hc, &format!("/1/triggers/{DATASET}"))[0];
    assert_eq!(trigger["query"]["filters"][0]["column"], "sli.latency");
    let annotations = api(&hc, &format!("/1/query_annotations/{DATASET}"));
    assert_eq!(annotations.as_array().unwrap().len(), 1);
    assert_ne!(annotations[0]["id"].as_str().unwrap(), old_annotation);
    let query = api(&hc, &format!("/1/queries/{DATASET}/{}", annotations[0]["query_id"].as_str().unwrap()));
    assert_eq!(query["breakdowns"], json!(["sli.latency"]));
    let board = &api(&hc, "/1/boards")[0];
    assert_eq!(board["panels"][0]["query_panel"]["query_annotation_id"], annotations[0]["id"]);
}

#[test]
fn free_plan_gets_a_clear_message_for_slos() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Free);
    seed(&hc);
    write(&env, "observability.yaml", &starter());
    let assert = run(&env, &hc, &["plan"]);
    let stderr = stderr_text(&assert);
    assert_eq!(assert.get_output().status.code(), Some(3), "{stderr}");
    let line = stderr.lines().find(|l| l.contains("Pro or Enterprise")).unwrap_or_else(|| panic!("{stderr}"));
    assert!(line.starts_with("error: observability.yaml:"), "names the file and line: {line}");
    assert!(line.contains("slos"), "{line}");
    let created = hc.server.stats().created;
    assert_eq!(
        (created.recipients, created.derived_columns, created.queries, created.triggers, created.boards),
        (0, 0, 0, 0, 0),
        "nothing was created"
    );
    // The starter without its SLO section plans on Free.
    let without: String = {
        let text = starter();
        let start = text.find("      # SLOs and burn alerts").unwrap();
        let end = text.find("  boards:").unwrap();
        format!("{}{}", &text[..start], &text[end..]).replace("        - slo: Request latency\n", "")
    };
    write(&env, "free.yaml", &without);
    run(&env, &hc, &["plan", "free.yaml"]).success();
}

#[test]
fn bad_input_is_one_line_each_naming_file_line_and_field_before_any_request() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    write(
        &env,
        "observability.yaml",
        r#"version: 1
honeycomb:
  recipients:
    ops: {email: ops@example.com}
  datasets:
    backend-flask:
      calculated_fields:
        slow: if($duration_ms > 300, 1, 0)
      triggers:
        Errors:
          query: {calculations: [{op: COUNT}], time_range: 900}
          threshhold: {op: ">", value: 1}
          frequency: 90
          recipients: [opps]
"#,
    );
    let assert = run(&env, &hc, &["plan"]);
    let stderr = stderr_text(&assert);
    assert_eq!(assert.get_output().status.code(), Some(3), "{stderr}");
    let problems: Vec<&str> =
        stderr.lines().filter_map(|l| l.strip_prefix("error: ")).filter(|l| l.starts_with("observability.yaml:")).collect();
    let expect = [
        ("observability.yaml:8: honeycomb.datasets.backend-flask.calculated_fields.slow:", "did you mean IF?"),
        ("observability.yaml:12: honeycomb.datasets.backend-flask.triggers.Errors.threshhold:", "did you mean threshold?"),
        ("observability.yaml:10: honeycomb.datasets.backend-flask.triggers.Errors.threshold:", "missing"),
        ("observability.yaml:13: honeycomb.datasets.backend-flask.triggers.Errors.frequency:", "not a multiple of 60"),
        ("observability.yaml:14: honeycomb.datasets.backend-flask.triggers.Errors.recipients[0]:", "did you mean \"ops\"?"),
    ];
    for (start, hint) in expect {
        assert!(problems.iter().any(|l| l.starts_with(start) && l.contains(hint)), "{start} … {hint}\n{stderr}");
    }
    assert_eq!(problems.len(), expect.len(), "{stderr}");
    assert!(hc.server.stats().requests.is_empty(), "nothing was sent: {:?}", hc.server.stats().requests);
    // Not YAML at all: the line, before any request.
    write(&env, "broken.yaml", "honeycomb:\n  datasets: [\n");
    let broken = run(&env, &hc, &["plan", "broken.yaml"]);
    assert_eq!(broken.get_output().status.code(), Some(3));
    assert!(stderr_text(&broken).contains("broken.yaml:"), "{}", stderr_text(&broken));
    assert!(hc.server.stats().requests.is_empty());
}

#[test]
fn prune_deletes_only_after_a_prompt_or_yes() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    seed(&hc);
    let file = |extra: &str| {
        format!(
            r#"version: 1
honeycomb:
  datasets:
    backend-flask:
      triggers:
        Keep:
          query: {{calculations: [{{op: COUNT}}], time_range: 900}}
          threshold: {{op: ">", value: 1}}
{extra}"#
        )
    };
    let dropped =
        "        Drop:\n          query: {calculations: [{op: COUNT}], time_range: 900}\n          threshold: {op: \">\", value: 2}\n";
    write(&env, "obs.yaml", &file(dropped));
    apply(&env, &hc, "obs.yaml");
    write(&env, "obs.yaml", &file(""));
    // Without --prune: left alone, and said so.
    let plain = run(&env, &hc, &["apply", "obs.yaml"]).success();
    assert!(stderr_text(&plain).contains("trigger backend-flask/Drop"), "{}", stderr_text(&plain));
    assert_eq!(api(&hc, &format!("/1/triggers/{DATASET}")).as_array().unwrap().len(), 2);
    // With --prune but no terminal: a usage error naming --yes; nothing deleted.
    let asked = run(&env, &hc, &["apply", "obs.yaml", "--prune"]);
    assert_eq!(asked.get_output().status.code(), Some(2));
    assert!(stderr_text(&asked).contains("--yes"), "{}", stderr_text(&asked));
    assert_eq!(api(&hc, &format!("/1/triggers/{DATASET}")).as_array().unwrap().len(), 2);
    // With --yes: deleted.
    run(&env, &hc, &["apply", "obs.yaml", "--prune", "--yes"]).success();
    let left = api(&hc, &format!("/1/triggers/{DATASET}"));
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert_eq!(left[0]["name"], "Keep");
}

#[test]
fn a_half_failed_apply_says_what_was_done_and_a_rerun_completes_it() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    seed(&hc);
    write(&env, "observability.yaml", &starter());
    // SLOs fail past every retry: what comes before is done, the SLO fails, what depends on it waits.
    hc.server.inject(HoneycombFault::status(503).on("POST /1/slos/{datasetSlug}").times(10));
    let failed = run(&env, &hc, &["apply", "-o", "json"]);
    let stderr = stderr_text(&failed);
    assert_eq!(failed.get_output().status.code(), Some(6), "{stderr}");
    assert!(stderr.contains("error: POST /1/slos/backend-flask"), "names the request: {stderr}");
    assert!(stderr.contains("again"), "says a re-run completes it: {stderr}");
    let rows = stdout_json(&failed);
    let status_of =
        |kind: &str| rows.as_array().unwrap().iter().find(|r| r["kind"] == kind).map(|r| r["status"].as_str().unwrap().to_owned());
    assert_eq!(status_of("trigger").as_deref(), Some("done"));
    assert_eq!(status_of("slo").as_deref(), Some("failed"));
    assert_eq!(status_of("board").as_deref(), Some("skipped"));
    // The failure goes away (what is left of the fault is disarmed); the same command again completes it.
    hc.server.clear_faults();
    apply(&env, &hc, "observability.yaml");
    no_change(&env, &hc, "observability.yaml");
    let created = hc.server.stats().created;
    assert_eq!((created.recipients, created.triggers, created.slos, created.boards), (2, 1, 1, 1), "nothing made twice");
}

#[test]
fn xray_groups_and_rules_beside_honeycomb() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let xray = start_xray();
    seed(&hc);
    std::fs::create_dir_all(env.work_path("aws/json")).unwrap();
    write(
        &env,
        "aws/json/xray.json",
        r#"{"SamplingRule": {"RuleName": "Cruddur", "ResourceARN": "*", "Priority": 9000, "FixedRate": 0.1, "ReservoirSize": 5,
           "ServiceName": "backend-flask", "ServiceType": "*", "Host": "*", "HTTPMethod": "*", "URLPath": "*", "Version": 1}}"#,
    );
    let text = format!(
        "{}\nxray:\n  groups:\n    Cruddur:\n      filter_expression: service(\"backend-flask\")\n  sampling_rules:\n    - aws/json/xray.json\n",
        "version: 1\nhoneycomb:\n  datasets:\n    backend-flask:\n      marker_colors: {deploy: \"#F96E11\"}"
    );
    write(&env, "observability.yaml", &text);
    let with_xray = |args: &[&str]| env.honeycomb(&hc).env("AWS_ENDPOINT_URL", xray.url()).args(args).assert();
    let applied = with_xray(&["apply", "-o", "json"]);
    assert_eq!(applied.get_output().status.code(), Some(0), "{}", stderr_text(&applied));
    let kinds: Vec<String> = stdout_json(&applied).as_array().unwrap().iter().map(|r| r["kind"].as_str().unwrap().to_owned()).collect();
    assert_eq!(kinds, ["marker_color", "xray_group", "xray_rule"]);
    assert_eq!(with_xray(&["plan", "--detailed-exitcode"]).get_output().status.code(), Some(0));
    // Export includes X-Ray, and plans back to nothing.
    let export = with_xray(&["export", "--file", "exported.yaml"]);
    assert_eq!(export.get_output().status.code(), Some(0), "{}", stderr_text(&export));
    let exported = std::fs::read_to_string(env.work_path("exported.yaml")).unwrap();
    assert!(exported.contains("xray:") && exported.contains("Cruddur"), "{exported}");
    let again = with_xray(&["plan", "exported.yaml", "--detailed-exitcode"]);
    assert_eq!(again.get_output().status.code(), Some(0), "{}", stderr_text(&again));

    // A file with only an xray section needs no Honeycomb key.
    write(&env, "xray.yaml", "xray:\n  groups:\n    Cruddur:\n      filter_expression: service(\"backend-flask\")\n      insights: true\n");
    let only = env.cmd().env("AWS_ENDPOINT_URL", xray.url()).args(["apply", "xray.yaml", "-o", "json"]).assert();
    assert_eq!(only.get_output().status.code(), Some(0), "{}", stderr_text(&only));
    let rows = stdout_json(&only);
    assert_eq!(rows[0]["changes"], json!([{"field": "insights_enabled", "from": "false", "to": "true"}]));
}

/// `init --with board`: the starter, for the workspace's traced service, beside its schema; it applies,
/// and a second init leaves the (now edited) file alone.
#[test]
fn init_with_board_writes_a_starter_that_applies() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    seed(&hc);
    let key = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let dir = env.work_path("enoch");
    copy_workspace("enochgeorge9x9__aws-bootcamp-cruddur-2023", &dir);
    let init = || {
        env.honeycomb_bare(&hc)
            .env("HONEYCOMB_API_KEY", &key)
            .args(["init", "--dir"])
            .arg(&dir)
            .args(["--with", "honeycomb,board", "--target", "compose,dotenv,requirements", "-o", "json"])
            .assert()
    };
    let first = init();
    assert_eq!(first.get_output().status.code(), Some(0), "{}", stderr_text(&first));
    let text = std::fs::read_to_string(dir.join("observability.yaml")).unwrap();
    assert!(text.contains("    backend-flask:\n"), "the traced service's dataset: {text}");
    assert!(text.contains("$schema=observability.schema.json"));
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("observability.schema.json")).unwrap()).unwrap();
    assert_eq!(schema["title"], "cruddur-obs observability file");

    let file = dir.join("observability.yaml").display().to_string();
    apply(&env, &hc, &file);
    no_change(&env, &hc, &file);
    std::fs::write(dir.join("observability.yaml"), text.replace("value: 0.05", "value: 0.1")).unwrap();
    let again = init();
    assert_eq!(again.get_output().status.code(), Some(0), "{}", stderr_text(&again));
    assert!(std::fs::read_to_string(dir.join("observability.yaml")).unwrap().contains("value: 0.1"), "an existing file is never replaced");
}
