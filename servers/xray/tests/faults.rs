//! Fault injection, call counters, reset, the admin routes and model loading.

mod common;

use common::*;
use cruddur_xray_server::{Config, Fault, FaultKind, Stats, XrayServer};
use serde_json::json;

fn fault(operation: Option<&str>, count: u32, kind: FaultKind) -> Fault {
    Fault { operation: operation.map(str::to_owned), count, kind }
}

#[test]
fn throttling_answers_429_with_retry_after_then_recovers() {
    let server = start_default();
    server.inject(fault(Some("GetGroups"), 2, FaultKind::Throttle { retry_after_secs: Some(3) }));
    for _ in 0..2 {
        let response = call(&server, "/Groups", &json!({}));
        assert_eq!(response.status, 429);
        assert_eq!(response.aws_error(), ("ThrottledException".into(), "Rate exceeded".into()));
        assert_eq!(response.header("retry-after"), Some("3"));
    }
    call_ok(&server, "GetGroups", &json!({}));
    assert_eq!(server.stats().calls["GetGroups"], 3, "throttled calls are counted too");
}

#[test]
fn throttling_without_retry_after_sends_no_header() {
    let server = start_default();
    server.inject(fault(None, 1, FaultKind::Throttle { retry_after_secs: None }));
    let response = call(&server, "/Groups", &json!({}));
    assert_eq!(response.status, 429);
    assert_eq!(response.header("retry-after"), None);
}

#[test]
fn faults_for_one_operation_leave_others_alone() {
    let server = start_default();
    server.inject(fault(Some("CreateGroup"), 1, FaultKind::ServerError { status: 500 }));
    call_ok(&server, "GetGroups", &json!({}));
    let (status, code, _) = call_err(&server, "CreateGroup", &json!({ "GroupName": "g" }));
    assert_eq!((status, code.as_str()), (500, "InternalFailure"));
    call_ok(&server, "CreateGroup", &json!({ "GroupName": "g" }));
}

#[test]
fn server_errors_are_aws_shaped() {
    let server = start_default();
    server.inject(fault(None, 1, FaultKind::ServerError { status: 503 }));
    server.inject(fault(None, 1, FaultKind::ServerError { status: 500 }));
    assert_eq!(call_err(&server, "GetGroups", &json!({})), (503, "ServiceUnavailable".into(), "Service is unavailable".into()));
    let (status, code, message) = call_err(&server, "GetGroups", &json!({}));
    assert_eq!((status, code.as_str()), (500, "InternalFailure"));
    assert!(!message.is_empty());
}

#[test]
fn delay_then_answers_normally() {
    let server = start_default();
    server.inject(fault(Some("CreateGroup"), 1, FaultKind::Delay { millis: 20 }));
    let output = call_ok(&server, "CreateGroup", &json!({ "GroupName": "slow" }));
    assert_eq!(output["Group"]["GroupName"], "slow");
    assert_eq!(server.stats().successful_writes, 1);
}

#[test]
fn dropped_connection_gets_no_response_and_the_next_call_works() {
    let server = start_default();
    server.inject(fault(Some("CreateGroup"), 1, FaultKind::DropConnection));
    let body = json!({ "GroupName": "g" }).to_string();
    let headers = [("Authorization", SIGV4_AUTHORIZATION)];
    match send_raw(&server.url(), "POST", "/CreateGroup", &headers, &body) {
        Ok(answer) => assert!(answer.is_empty(), "expected no response, got {:?}", String::from_utf8_lossy(&answer)),
        Err(error) => {
            assert!(matches!(error.kind(), std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::ConnectionAborted), "{error}")
        }
    }
    call_ok(&server, "CreateGroup", &json!({ "GroupName": "g" }));
    let stats = server.stats();
    assert_eq!((stats.write_calls, stats.successful_writes), (2, 1));
}

#[test]
fn reset_mid_body_runs_the_call_then_cuts_the_answer() {
    let server = start_default();
    server.inject(fault(Some("CreateGroup"), 1, FaultKind::ResetMidBody));
    let body = json!({ "GroupName": "cut" }).to_string();
    let headers = [("Authorization", SIGV4_AUTHORIZATION)];
    let raw = send_partial(&server.url(), "POST", "/CreateGroup", &headers, &body);
    let text = String::from_utf8_lossy(&raw);
    let (head, partial) = text.split_once("\r\n\r\n").expect("the status and headers are sent");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let announced: usize = head
        .lines()
        .find_map(|line| line.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap()))
        .expect("a Content-Length");
    assert!(partial.len() < announced, "only part of the body arrives: {partial:?} of {announced} bytes");
    assert_eq!(server.stats().successful_writes, 1, "the group was created");
    let again = call_err(&server, "CreateGroup", &json!({ "GroupName": "cut" }));
    assert_eq!(again.0, 400, "it exists now");
}

#[test]
fn stall_runs_the_call_then_holds_the_answer() {
    let server = start_default();
    server.inject(fault(Some("CreateGroup"), 1, FaultKind::Stall { millis: 300 }));
    let started = std::time::Instant::now();
    call_ok(&server, "CreateGroup", &json!({ "GroupName": "late" }));
    assert!(started.elapsed() >= std::time::Duration::from_millis(300));
}

#[test]
fn stats_count_calls_writes_and_successes() {
    let server = start_default();
    call_ok(&server, "CreateGroup", &json!({ "GroupName": "g" }));
    call_err(&server, "CreateGroup", &json!({ "GroupName": "g" }));
    call_err(&server, "CreateGroup", &json!({ "GroupName": "" }));
    call_ok(&server, "GetGroups", &json!({}));
    call_ok(&server, "GetGroup", &json!({ "GroupName": "g" }));
    call_ok(&server, "CreateSamplingRule", &fixture_rule_request());
    call_ok(&server, "UpdateSamplingRule", &json!({ "SamplingRuleUpdate": { "RuleName": "Cruddur", "FixedRate": 0.5 } }));
    server.inject(fault(Some("DeleteSamplingRule"), 1, FaultKind::Throttle { retry_after_secs: None }));
    call_err(&server, "DeleteSamplingRule", &json!({ "RuleName": "Cruddur" }));
    call_ok(&server, "DeleteSamplingRule", &json!({ "RuleName": "Cruddur" }));
    call_ok(&server, "ListTagsForResource", &json!({ "ResourceARN": "arn:aws:xray:us-east-1:123456789012:group/Default" }));
    // Unsigned calls are still received calls.
    request(&server.url(), "POST", "/TagResource", &[], "{}");

    let stats = server.stats();
    let expected_calls = [
        ("CreateGroup", 3),
        ("CreateSamplingRule", 1),
        ("DeleteSamplingRule", 2),
        ("GetGroup", 1),
        ("GetGroups", 1),
        ("ListTagsForResource", 1),
        ("TagResource", 1),
        ("UpdateSamplingRule", 1),
    ];
    assert_eq!(stats.calls, expected_calls.iter().map(|(op, n)| (op.to_string(), *n)).collect());
    assert_eq!(stats.write_calls, 3 + 1 + 2 + 1 + 1);
    assert_eq!(stats.successful_writes, 4);
}

#[test]
fn reset_restores_a_fresh_account() {
    let server = start_default();
    call_ok(&server, "CreateGroup", &json!({ "GroupName": "g" }));
    call_ok(&server, "CreateSamplingRule", &fixture_rule_request());
    call_ok(&server, "UpdateSamplingRule", &json!({ "SamplingRuleUpdate": { "RuleName": "Default", "FixedRate": 0.5 } }));
    server.inject(fault(None, 5, FaultKind::DropConnection));
    server.reset();

    assert_eq!(server.stats(), Stats::default());
    let groups = call_ok(&server, "GetGroups", &json!({}));
    assert_eq!(groups["Groups"].as_array().map(Vec::len), Some(1));
    let rules = call_ok(&server, "GetSamplingRules", &json!({}));
    let records = rules["SamplingRuleRecords"].as_array().expect("records");
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["SamplingRule"]["FixedRate"], 0.05);
}

#[test]
fn admin_routes_serve_stats_faults_and_reset() {
    let server = start_default();
    let url = server.url();
    call_ok(&server, "CreateGroup", &json!({ "GroupName": "g" }));

    let response = request(&url, "GET", "/__admin/stats", &[], "");
    assert_eq!(response.status, 200);
    let stats: Stats = serde_json::from_str(&response.body).expect("stats JSON");
    assert_eq!(stats, server.stats());
    assert_eq!(response.json(), json!({ "write_calls": 1, "successful_writes": 1, "calls": { "CreateGroup": 1 } }));

    let fault_json = r#"{"operation":"CreateGroup","count":2,"kind":{"type":"throttle"}}"#;
    let response = request(&url, "POST", "/__admin/faults", &[("Content-Type", "application/json")], fault_json);
    assert_eq!(response.status, 204, "{}", response.body);
    for _ in 0..2 {
        assert_eq!(call_err(&server, "CreateGroup", &json!({ "GroupName": "h" })).1, "ThrottledException");
    }
    call_ok(&server, "CreateGroup", &json!({ "GroupName": "h" }));

    let drop_json = r#"{"kind":{"type":"server_error","status":503}}"#;
    assert_eq!(request(&url, "POST", "/__admin/faults", &[], drop_json).status, 204);
    assert_eq!(call_err(&server, "GetGroups", &json!({})).0, 503);

    for bad in [r#"{"kind":{"type":"explode"}}"#, r#"{"kind":{"type":"server_error","status":404}}"#, "nonsense"] {
        let response = request(&url, "POST", "/__admin/faults", &[], bad);
        assert_eq!(response.status, 400, "{bad}");
        assert!(response.json()["error"].is_string(), "{}", response.body);
    }

    let response = request(&url, "POST", "/__admin/reset", &[], "");
    assert_eq!(response.status, 204);
    assert_eq!(server.stats(), Stats::default());
    assert_eq!(call_ok(&server, "GetGroups", &json!({}))["Groups"].as_array().map(Vec::len), Some(1));
}

#[test]
fn model_can_be_loaded_from_a_file() {
    let model_path = concat!(env!("CARGO_MANIFEST_DIR"), "/model/xray-2016-04-12.service-2.json");
    let server = start(Config { model: Some(model_path.into()), ..Config::default() });
    call_ok(&server, "GetGroups", &json!({}));

    let missing = XrayServer::start(Config { model: Some("/nonexistent/model.json".into()), ..Config::default() });
    let error = missing.err().expect("a missing model file is an error");
    assert!(format!("{error:#}").contains("/nonexistent/model.json"), "{error:#}");
}

#[test]
fn servers_are_independent_and_stop_on_drop() {
    let first = start_default();
    let second = start_default();
    assert_ne!(first.url(), second.url());
    call_ok(&first, "CreateGroup", &json!({ "GroupName": "only-in-first" }));
    assert_eq!(call_ok(&second, "GetGroups", &json!({}))["Groups"].as_array().map(Vec::len), Some(1));
    let url = first.url();
    drop(first);
    assert!(std::net::TcpStream::connect(authority(&url)).is_err(), "the port is closed after drop");
}
