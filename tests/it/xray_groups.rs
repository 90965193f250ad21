//! `cruddur-obs xray create-group` and `xray groups ...`, and how AWS failures reach the user.

use cruddur_xray_server::{Fault, FaultKind};
use predicates::prelude::*;
use serde_json::json;

use crate::common::*;

const FILTER: &str = "service(\"backend-flask\")";

#[test]
fn create_group_is_the_seeds_command_and_safe_to_rerun() {
    let env = TestEnv::new();
    let server = start_xray();
    let created =
        env.xray(&server).args(["xray", "create-group", "Cruddur", "--filter-expression", FILTER, "--output", "json"]).assert().success();
    let group = stdout_json(&created);
    assert_eq!(group["group_name"], "Cruddur");
    assert_eq!(group["filter_expression"], FILTER);
    assert!(group["group_arn"].as_str().unwrap().starts_with("arn:aws:xray:us-east-1:123456789012:group/Cruddur/"));
    assert_eq!(server.stats().write_calls, 1);

    let again = env.xray(&server).args(["xray", "create-group", "Cruddur", "--filter-expression", FILTER]).assert().success();
    assert!(stderr_text(&again).contains("already exists with these settings"));
    assert_eq!(server.stats().write_calls, 1, "a re-run makes no write call");

    // The aws CLI sees what we made.
    let groups: serde_json::Value =
        serde_json::from_str(&run_ok(env.aws(&server).args(["xray", "get-group", "--group-name", "Cruddur"]))).unwrap();
    assert_eq!(groups["Group"]["FilterExpression"], FILTER);

    let conflict = env.xray(&server).args(["xray", "create-group", "Cruddur", "--filter-expression", "service(\"api\")"]).assert().code(5);
    let stderr = stderr_text(&conflict);
    assert!(stderr.contains("group Cruddur already exists with filter expression service(\"backend-flask\")"), "{stderr}");
    assert!(stderr.contains("cruddur-obs xray groups update Cruddur"), "{stderr}");
}

#[test]
fn groups_list_get_update_delete() {
    let env = TestEnv::new();
    let server = start_xray();
    for name in ["A", "B", "C", "D"] {
        env.xray(&server).args(["xray", "create-group", name, "--filter-expression", FILTER]).assert().success();
    }
    // Page size 3 on the server: the list follows NextToken.
    let listed = stdout_json(&env.xray(&server).args(["xray", "groups", "list", "-o", "json"]).assert().success());
    let names: Vec<&str> =
        listed.as_array().unwrap().iter().map(|g| g["group_name"].as_str().unwrap()).filter(|n| *n != "Default").collect();
    assert_eq!(names, ["A", "B", "C", "D"]);

    let updated = env
        .xray(&server)
        .args([
            "xray",
            "groups",
            "update",
            "B",
            "--filter-expression",
            "service(\"api\") {fault OR error}",
            "--insights",
            "true",
            "-o",
            "json",
        ])
        .assert()
        .success();
    assert_eq!(stdout_json(&updated)["filter_expression"], "service(\"api\") {fault OR error}");
    assert_eq!(stdout_json(&updated)["insights_enabled"], true);
    env.xray(&server).args(["xray", "groups", "update", "B"]).assert().code(2).stderr(predicate::str::contains("nothing to update"));

    let got = stdout_json(&env.xray(&server).args(["xray", "groups", "get", "B", "-o", "json"]).assert().success());
    assert_eq!(got["insights_enabled"], true);
    env.xray(&server).args(["xray", "groups", "get", "Nope"]).assert().code(5).stderr(predicate::str::contains("group Nope not found"));

    env.xray(&server).args(["xray", "groups", "delete", "A"]).assert().code(2).stderr(predicate::str::contains("pass --yes"));
    env.xray(&server).args(["xray", "groups", "delete", "A", "--yes"]).assert().success();
    env.xray(&server).args(["xray", "groups", "get", "A"]).assert().code(5);

    let csv = env.xray(&server).args(["xray", "groups", "list", "-o", "csv"]).assert().success();
    let text = String::from_utf8(csv.get_output().stdout.clone()).unwrap();
    assert!(text.starts_with("GROUP,FILTER EXPRESSION,INSIGHTS,NOTIFICATIONS,ARN\n"), "{text}");
}

#[test]
fn bad_flags_are_refused_before_any_call() {
    let env = TestEnv::new();
    let server = start_xray();
    let long = "x".repeat(33);
    env.xray(&server).args(["xray", "create-group", &long]).assert().code(3).stderr(predicate::str::contains("33 characters long"));
    env.xray(&server)
        .args(["xray", "create-group", "Cruddur", "--filter-expression", "service(\"backend-flask\")\n"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("line break"));
    env.xray(&server)
        .args(["xray", "create-group", "Cruddur", "--tag", "novalue"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("KEY=VALUE"));
    env.xray(&server)
        .args(["xray", "groups", "list", "--endpoint-url", "localhost:4000"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("--endpoint-url"));
    assert!(server.stats().calls.is_empty());
}

#[test]
fn missing_credentials_fail_at_once_with_a_hint() {
    let env = TestEnv::new();
    let server = start_xray();
    let assert = env
        .xray(&server)
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .args(["xray", "groups", "list"])
        .assert()
        .code(4);
    let stderr = stderr_text(&assert);
    assert!(stderr.contains("error: no AWS credentials found"), "{stderr}");
    assert!(stderr.contains("AWS_ACCESS_KEY_ID"), "{stderr}");
    assert!(server.stats().calls.is_empty());
}

#[test]
fn missing_region_is_named() {
    let env = TestEnv::new();
    let server = start_xray();
    env.xray(&server)
        .env_remove("AWS_REGION")
        .env_remove("AWS_DEFAULT_REGION")
        .args(["xray", "groups", "list"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("no AWS region"));
    // The flag wins over the environment.
    env.xray(&server)
        .env_remove("AWS_REGION")
        .env_remove("AWS_DEFAULT_REGION")
        .args(["xray", "groups", "list", "--region", "eu-west-1"])
        .assert()
        .success();
}

#[test]
fn the_endpoint_flag_beats_the_environment() {
    let env = TestEnv::new();
    let server = start_xray();
    env.cmd()
        .env("AWS_ENDPOINT_URL", "http://127.0.0.1:9")
        .args(["xray", "groups", "list", "--endpoint-url"])
        .arg(server.url())
        .assert()
        .success();
    env.cmd()
        .env("AWS_ENDPOINT_URL", "http://127.0.0.1:9")
        .env("AWS_ENDPOINT_URL_XRAY", server.url())
        .args(["xray", "groups", "list"])
        .assert()
        .success();
}

#[test]
fn an_unreachable_endpoint_is_one_line_and_exit_6() {
    let env = TestEnv::new();
    // Bind and drop to get a port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let assert = env.cmd().env("AWS_ENDPOINT_URL", format!("http://127.0.0.1:{port}")).args(["xray", "groups", "list"]).assert().code(6);
    let stderr = stderr_text(&assert);
    assert!(stderr.contains("error: GetGroups:"), "{stderr}");
    assert!(stderr.contains("hint: check the network"), "{stderr}");
}

#[test]
fn throttling_is_retried_then_reported() {
    let env = TestEnv::new();
    let server = start_xray();
    server.inject(Fault { operation: Some("CreateGroup".into()), count: 1, kind: FaultKind::Throttle { retry_after_secs: None } });
    env.xray(&server).args(["xray", "create-group", "Cruddur"]).assert().success();
    assert_eq!(server.stats().calls.get("CreateGroup"), Some(&2), "one throttled attempt, one retry");
    let groups = stdout_json(&env.xray(&server).args(["xray", "groups", "list", "-o", "json"]).assert().success());
    assert_eq!(groups.as_array().unwrap().iter().filter(|g| g["group_name"] == "Cruddur").count(), 1, "no duplicate");

    server.inject(Fault { operation: Some("GetGroups".into()), count: 10, kind: FaultKind::Throttle { retry_after_secs: None } });
    let stderr = stderr_text(&env.xray(&server).args(["xray", "groups", "list"]).assert().code(6));
    assert!(stderr.contains("GetGroups: ThrottledException"), "{stderr}");

    server.inject(Fault { operation: Some("GetSamplingRules".into()), count: 10, kind: FaultKind::ServerError { status: 500 } });
    env.xray(&server).args(["xray", "rules", "list"]).assert().code(6);
}

#[test]
fn rule_limit_is_reported_as_a_refusal() {
    let env = TestEnv::new();
    let server = XrayServer::start(XrayConfig { rule_limit: 1, ..XrayConfig::default() }).unwrap();
    let rule = |name: &str| json!({"RuleName": name, "ResourceARN": "*", "Priority": 1, "FixedRate": 0.1, "ReservoirSize": 1, "ServiceName": "*", "ServiceType": "*", "Host": "*", "HTTPMethod": "*", "URLPath": "*", "Version": 1});
    let assert = env
        .xray(&server)
        .args(["xray", "rules", "apply", "-", "-o", "json"])
        .write_stdin(json!([rule("One"), rule("Two")]).to_string())
        .assert()
        .code(5);
    let stderr = stderr_text(&assert);
    assert!(stderr.contains("CreateSamplingRule: RuleLimitExceededException"), "{stderr}");
    assert!(stderr.contains("1 step(s) were applied before it"), "{stderr}");
    let rows = stdout_json(&assert);
    assert_eq!(rows[0]["status"], "done");
    assert_eq!(rows[1]["status"], "failed");
}

#[test]
fn verbose_logs_each_request_without_credentials() {
    let env = TestEnv::new();
    let server = start_xray();
    let assert = env.xray(&server).args(["xray", "groups", "list", "-v"]).assert().success();
    let stderr = stderr_text(&assert);
    assert!(stderr.contains(&format!("debug: POST {}/Groups → 200 in ", server.url())), "{stderr}");
    assert!(!stderr.contains(SECRET_ACCESS_KEY) && !stderr.contains("Signature="), "{stderr}");
}
