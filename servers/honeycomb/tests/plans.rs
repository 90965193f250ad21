//! Plans (issue 18): a team on `free` or `pro` is refused the Query Data API (Enterprise only, the
//! spec's `Query Data` tag) with a 403 in the operation's spec'd error format, through
//! `prism proxy --errors`; everything else, queries included, works on every plan. Each test names
//! the plan it runs on.

mod common;

use common::{Harness, test_config};
use cruddur_honeycomb_server::{Config, Plan, Seed};
use serde_json::json;

fn harness(plan: Plan) -> Harness {
    Harness::start(Config { seed: Seed::demo().with_plan(plan), ..test_config() })
}

fn event_and_query(h: &Harness) -> String {
    let r = h.v1("POST", "/1/events/plans", &h.ingest_key(), Some(json!({"duration_ms": 5})));
    assert_eq!(r.status, 200);
    let q = h.v1("POST", "/1/queries/plans", &h.config_key(), Some(json!({"calculations": [{"op": "COUNT"}], "time_range": 600})));
    assert_eq!(q.status, 200, "creating a query is allowed on every plan: {}", q.text());
    q.json()["id"].as_str().unwrap().to_owned()
}

fn refuses_query_data(plan: Plan) {
    let h = harness(plan);
    let query_id = event_and_query(&h);
    let create = h.v1("POST", "/1/query_results/plans", &h.config_key(), Some(json!({"query_id": query_id})));
    assert_eq!(create.status, 403, "{plan:?}: {}", create.text());
    assert_eq!(create.header("content-type"), Some("application/json"), "the spec's Forbidden lists application/json first");
    let message = create.json()["error"].as_str().unwrap().to_owned();
    assert!(message.contains(plan.title()) && message.contains("Enterprise"), "{message}");
    assert!(create.header("ratelimit").is_none(), "a refused request uses none of the rate limit");

    // Polling a result (any id) is refused the same way; the spec gives this operation only a default error.
    let poll = h.v1("GET", "/1/query_results/plans/abc123", &h.config_key(), None);
    assert_eq!(poll.status, 403);
    assert!(poll.json()["error"].as_str().unwrap().contains("Enterprise"));

    // An unknown key is still a 401, whatever the plan.
    let unknown = h.v1("POST", "/1/query_results/plans", "not-a-key", Some(json!({"query_id": query_id})));
    assert_eq!(unknown.status, 401);

    // Everything without a plan note works: auth, datasets, columns, query specs, annotations, markers.
    assert_eq!(h.v1("GET", "/1/auth", &h.config_key(), None).status, 200);
    assert_eq!(h.v1("GET", "/1/datasets", &h.config_key(), None).status, 200);
    assert_eq!(h.v1("GET", "/1/columns/plans", &h.config_key(), None).status, 200);
    assert_eq!(h.v1("GET", &format!("/1/queries/plans/{query_id}"), &h.config_key(), None).status, 200);
    let annotation = h.v1("POST", "/1/query_annotations/plans", &h.config_key(), Some(json!({"name": "saved", "query_id": query_id})));
    assert_eq!(annotation.status, 201, "{}", annotation.text());
    assert_eq!(h.v1("POST", "/1/markers/plans", &h.config_key(), Some(json!({"message": "deploy"}))).status, 201);

    let stats = h.server.stats();
    assert_eq!(stats.created.query_results, 0);
    assert_eq!(stats.responses_from("POST", "/1/query_results/{datasetSlug}", 403), 1);
}

#[test]
fn free_plan_is_refused_the_query_data_api() {
    refuses_query_data(Plan::Free);
}

#[test]
fn pro_plan_is_refused_the_query_data_api() {
    refuses_query_data(Plan::Pro);
}

#[test]
fn enterprise_plan_runs_queries() {
    let h = harness(Plan::Enterprise);
    let query_id = event_and_query(&h);
    let create = h.v1("POST", "/1/query_results/plans", &h.config_key(), Some(json!({"query_id": query_id})));
    assert_eq!(create.status, 201, "{}", create.text());
    let done = common::poll_result(&h, "plans", create.json()["id"].as_str().unwrap());
    assert_eq!(done["data"]["results"][0]["data"]["COUNT"], 1);
    assert_eq!(h.server.credentials().plan, Plan::Enterprise);
}

#[test]
fn the_default_plan_is_enterprise() {
    assert_eq!(Config::default().seed.team.plan, Plan::Enterprise);
    let seed: Seed = serde_json::from_value(json!({"team": {"name": "t"}, "management_key": {}})).unwrap();
    assert_eq!(seed.team.plan, Plan::Enterprise, "a seed file without a plan");
    let seed: Seed = serde_json::from_value(json!({"team": {"name": "t", "plan": "pro"}, "management_key": {}})).unwrap();
    assert_eq!(seed.team.plan, Plan::Pro);
}

/// A calculated field to be an SLI, on a team of any plan (calculated fields carry no plan note).
fn sli(h: &Harness) {
    let r = h.v1("POST", "/1/events/plans", &h.ingest_key(), Some(json!({"duration_ms": 5})));
    assert_eq!(r.status, 200);
    let cf =
        h.v1("POST", "/1/derived_columns/plans", &h.config_key(), Some(json!({"alias": "sli.ok", "expression": "LT($duration_ms, 300)"})));
    assert_eq!(cf.status, 201, "calculated fields are on every plan: {}", cf.text());
}

fn slo_body() -> serde_json::Value {
    json!({"name": "latency", "sli": {"alias": "sli.ok"}, "time_period_days": 30, "target_per_million": 999000})
}

#[test]
fn free_plan_is_refused_slos_and_burn_alerts_but_has_triggers_and_boards() {
    let h = harness(Plan::Free);
    sli(&h);
    let slo = h.v1("POST", "/1/slos/plans", &h.config_key(), Some(slo_body()));
    assert_eq!(slo.status, 403, "{}", slo.text());
    let message = slo.json()["error"].as_str().unwrap().to_owned();
    assert!(message.contains("Free") && message.contains("SLOs") && message.contains("Pro and Enterprise"), "{message}");
    assert_eq!(h.v1("GET", "/1/slos/plans", &h.config_key(), None).status, 403);
    let alert = h.v1("GET", "/1/burn_alerts/plans?slo_id=x", &h.config_key(), None);
    assert_eq!(alert.status, 403);
    assert!(alert.json()["error"].as_str().unwrap().contains("Burn Alerts"));
    // An unknown key is still a 401.
    assert_eq!(h.v1("GET", "/1/slos/plans", "not-a-key", None).status, 401);

    // Triggers, boards, recipients and marker settings carry no plan note.
    let trigger = h.v1(
        "POST",
        "/1/triggers/plans",
        &h.config_key(),
        Some(json!({"name": "t", "query": {"calculations": [{"op": "COUNT"}], "time_range": 900}, "threshold": {"op": ">", "value": 1}})),
    );
    assert_eq!(trigger.status, 201, "{}", trigger.text());
    let board = h.v1("POST", "/1/boards", &h.config_key(), Some(json!({"name": "b", "type": "flexible"})));
    assert_eq!(board.status, 201, "{}", board.text());
    assert_eq!(h.v1("GET", "/1/recipients", &h.config_key(), None).status, 200);
    assert_eq!(h.v1("GET", "/1/marker_settings/plans", &h.config_key(), None).status, 200);
    assert_eq!(h.server.stats().created.slos, 0);
}

#[test]
fn pro_plan_has_slos_but_not_slo_reporting() {
    let h = harness(Plan::Pro);
    sli(&h);
    let slo = h.v1("POST", "/1/slos/plans", &h.config_key(), Some(slo_body()));
    assert_eq!(slo.status, 201, "{}", slo.text());
    let id = slo.json()["id"].as_str().unwrap().to_owned();
    assert_eq!(h.v1("GET", &format!("/1/slos/plans/{id}"), &h.config_key(), None).status, 200);
    // `?detailed` (SLO reporting) is Enterprise only, the parameter's own note.
    let detailed = h.v1("GET", &format!("/1/slos/plans/{id}?detailed"), &h.config_key(), None);
    assert_eq!(detailed.status, 403, "{}", detailed.text());
    assert!(detailed.json()["error"].as_str().unwrap().contains("Enterprise"));
    let recipient =
        h.v1("POST", "/1/recipients", &h.config_key(), Some(json!({"type": "email", "details": {"email_address": "pro@example.com"}})));
    let rid = recipient.json()["id"].as_str().unwrap().to_owned();
    let alert = h.v1(
        "POST",
        "/1/burn_alerts/plans",
        &h.config_key(),
        Some(json!({"alert_type": "exhaustion_time", "exhaustion_minutes": 60, "slo": {"id": id}, "recipients": [{"id": rid}]})),
    );
    assert_eq!(alert.status, 201, "{}", alert.text());
}

#[test]
fn enterprise_plan_has_slo_reporting() {
    let h = harness(Plan::Enterprise);
    sli(&h);
    let id = h.v1("POST", "/1/slos/plans", &h.config_key(), Some(slo_body())).json()["id"].as_str().unwrap().to_owned();
    let detailed = h.v1("GET", &format!("/1/slos/plans/{id}?detailed"), &h.config_key(), None);
    assert_eq!(detailed.status, 200);
    assert_eq!(detailed.json()["compliance"].as_f64(), Some(100.0));
}
