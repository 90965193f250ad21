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
