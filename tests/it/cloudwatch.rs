//! `cruddur-obs cloudwatch log-group ...` against moto's server (a real CloudWatch Logs API), with the
//! aws CLI as a second client. moto's recorder shows every call, so "a re-run writes nothing" is checked
//! call by call.

use predicates::prelude::*;
use serde_json::Value;

use crate::common::*;

const GROUP: &str = "/cruddur/backend-flask";

/// The calls made since the last look, forgetting them.
struct Calls<'a> {
    moto: &'a MotoServer,
    seen: usize,
}

impl<'a> Calls<'a> {
    fn new(moto: &'a MotoServer) -> Calls<'a> {
        Calls { moto, seen: moto.calls().len() }
    }

    fn since(&mut self) -> Vec<String> {
        let calls = self.moto.calls();
        let new = calls[self.seen..].to_vec();
        self.seen = calls.len();
        new
    }
}

/// What the aws CLI sees of one log group.
fn described(env: &TestEnv, moto: &MotoServer, name: &str) -> Value {
    let output = run_ok(env.aws_moto(moto).args(["logs", "describe-log-groups", "--log-group-name-prefix", name]));
    let listed: Value = serde_json::from_str(&output).unwrap();
    listed["logGroups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|group| group["logGroupName"] == name)
        .cloned()
        .expect("the aws CLI lists the group")
}

fn ensure(env: &TestEnv, moto: &MotoServer, extra: &[&str]) -> assert_cmd::assert::Assert {
    env.moto(moto).args(["cloudwatch", "log-group", "ensure", GROUP, "-o", "json"]).args(extra).assert()
}

#[test]
fn ensure_creates_the_group_and_a_rerun_makes_no_write() {
    let env = TestEnv::new();
    let moto = MotoServer::start();
    let mut calls = Calls::new(&moto);

    let created = stdout_json(&ensure(&env, &moto, &["--retention-days", "14"]).success());
    assert_eq!(created["name"], GROUP);
    assert_eq!(created["retention_days"], 14);
    assert_eq!(created["stored_bytes"], 0);
    assert_eq!(created["arn"], format!("arn:aws:logs:us-east-1:123456789012:log-group:{GROUP}"));
    let stamp = created["created"].as_str().unwrap().to_owned();
    assert!(stamp.starts_with("20") && stamp.contains('T') && stamp.ends_with('Z'), "{stamp}");
    assert_eq!(calls.since(), ["DescribeLogGroups", "CreateLogGroup", "PutRetentionPolicy", "DescribeLogGroups"]);

    // The aws CLI sees what we made, created at the time we report.
    let seen = described(&env, &moto, GROUP);
    assert_eq!(seen["retentionInDays"], 14);
    let seconds: f64 = stamp.trim_end_matches('Z').rsplit(':').next().unwrap().parse().unwrap();
    assert_eq!((seconds * 1000.0).round() as i64, seen["creationTime"].as_i64().unwrap() % 60_000, "{stamp} vs {seen}");
    calls.since();

    let again = ensure(&env, &moto, &["--retention-days", "14"]).success();
    assert!(
        stderr_text(&again).contains(&format!("log group {GROUP} already exists (retention: 14 days); nothing changed")),
        "{}",
        stderr_text(&again)
    );
    assert_eq!(stdout_json(&again), created, "the same group, the same creation time");
    assert_eq!(calls.since(), ["DescribeLogGroups"], "a re-run is one read and no write");

    // Without the flag the retention is left as it is.
    let left = ensure(&env, &moto, &[]).success();
    assert_eq!(stdout_json(&left)["retention_days"], 14);
    assert!(stderr_text(&left).contains("nothing changed"));
    assert_eq!(calls.since(), ["DescribeLogGroups"]);

    // --quiet silences the note, not the result.
    let quiet = ensure(&env, &moto, &["--quiet"]).success();
    assert_eq!(stderr_text(&quiet), "");
    assert_eq!(stdout_json(&quiet)["name"], GROUP);
    assert_eq!(described(&env, &moto, GROUP)["creationTime"], seen["creationTime"]);
}

#[test]
fn retention_is_set_changed_and_removed_only_when_it_differs() {
    let env = TestEnv::new();
    let moto = MotoServer::start();
    let mut calls = Calls::new(&moto);

    // A new group never expires: `never` needs no call beyond the create.
    let created = stdout_json(&ensure(&env, &moto, &["--retention-days", "never"]).success());
    assert_eq!(created["retention_days"], Value::Null);
    assert_eq!(calls.since(), ["DescribeLogGroups", "CreateLogGroup", "DescribeLogGroups"]);

    let set = stdout_json(&ensure(&env, &moto, &["--retention-days", "30"]).success());
    assert_eq!(set["retention_days"], 30);
    assert_eq!(set["created"], created["created"]);
    assert_eq!(calls.since(), ["DescribeLogGroups", "PutRetentionPolicy"]);
    assert_eq!(described(&env, &moto, GROUP)["retentionInDays"], 30);
    calls.since();

    let changed = stdout_json(&ensure(&env, &moto, &["--retention-days", "3653"]).success());
    assert_eq!(changed["retention_days"], 3653);
    assert_eq!(calls.since(), ["DescribeLogGroups", "PutRetentionPolicy"]);

    ensure(&env, &moto, &["--retention-days", "3653"]).success();
    assert_eq!(calls.since(), ["DescribeLogGroups"]);

    let removed = ensure(&env, &moto, &["--retention-days", "never"]).success();
    assert_eq!(stdout_json(&removed)["retention_days"], Value::Null);
    assert_eq!(calls.since(), ["DescribeLogGroups", "DeleteRetentionPolicy"]);
    let seen = described(&env, &moto, GROUP);
    assert!(seen.get("retentionInDays").is_none(), "{seen}");
    calls.since();

    let again = ensure(&env, &moto, &["--retention-days", "never"]).success();
    assert!(stderr_text(&again).contains("(retention: never expires); nothing changed"), "{}", stderr_text(&again));
    assert_eq!(calls.since(), ["DescribeLogGroups"]);
}

#[test]
fn a_group_made_elsewhere_is_adopted() {
    let env = TestEnv::new();
    let moto = MotoServer::start();
    // The seeds' way: the aws CLI by hand.
    run_ok(env.aws_moto(&moto).args(["logs", "create-log-group", "--log-group-name", GROUP]));
    run_ok(env.aws_moto(&moto).args(["logs", "put-retention-policy", "--log-group-name", GROUP, "--retention-in-days", "7"]));
    // A longer name with the same prefix comes first in no order that matters.
    run_ok(env.aws_moto(&moto).args(["logs", "create-log-group", "--log-group-name", &format!("{GROUP}-old")]));
    let mut calls = Calls::new(&moto);

    let adopted = ensure(&env, &moto, &["--retention-days", "7"]).success();
    assert_eq!(stdout_json(&adopted)["retention_days"], 7);
    assert!(stderr_text(&adopted).contains("already exists (retention: 7 days)"));
    assert_eq!(calls.since(), ["DescribeLogGroups"]);
}

#[test]
fn bad_retentions_and_names_are_refused_before_any_call() {
    let env = TestEnv::new();
    let moto = MotoServer::start();
    let refused = |args: &[&str], message: &str| {
        let assert = env.moto(&moto).args(["cloudwatch", "log-group"]).args(args).assert().code(3);
        let stderr = stderr_text(&assert);
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        stderr
    };
    let stderr = refused(
        &["ensure", GROUP, "--retention-days", "2"],
        "error: --retention-days 2: not a CloudWatch Logs retention (nearest: 1 or 3)",
    );
    assert!(stderr.contains("hint: allowed: 1, 3, 5, 7, 14, 30,"), "{stderr}");
    refused(&["ensure", GROUP, "--retention-days", "10"], "--retention-days 10: not a CloudWatch Logs retention (nearest: 7 or 14)");
    refused(&["ensure", GROUP, "--retention-days", "4000"], "(nearest: 3653)");
    let stderr = refused(&["ensure", GROUP, "--retention-days", "0"], "--retention-days 0: not a CloudWatch Logs retention (nearest: 1)");
    assert!(stderr.contains("--retention-days never"), "{stderr}");
    refused(&["ensure", GROUP, "--retention-days", "2w"], "--retention-days \"2w\": expected a number of days or never");
    refused(&["ensure", "cruddur backend"], "log group name \"cruddur backend\": ' ' not allowed");
    refused(&["ensure", "cruddur:backend"], "':' not allowed");
    refused(&["ensure", &"x".repeat(513)], "513 characters long: 1 to 512 allowed");
    refused(&["ensure", ""], "0 characters long");
    refused(&["ensure", "aws/cruddur"], "reserved for AWS");
    refused(&["list", "--prefix", "/cruddur/*"], "--prefix \"/cruddur/*\": '*' not allowed");
    refused(&["delete", "no way", "--yes"], "' ' not allowed");
    // A bad name is reported before a bad retention: the first argument first.
    refused(&["ensure", "a b", "--retention-days", "2"], "log group name");
    env.moto(&moto)
        .args(["cloudwatch", "log-group", "list", "--endpoint-url", "localhost:5000"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("--endpoint-url"));
    assert!(moto.calls().is_empty(), "{:?}", moto.calls());
    // moto itself would have taken the retention: ours is the only guard.
    run_ok(env.aws_moto(&moto).args(["logs", "create-log-group", "--log-group-name", "moto-check"]));
    run_ok(env.aws_moto(&moto).args(["logs", "put-retention-policy", "--log-group-name", "moto-check", "--retention-in-days", "2"]));
}

#[test]
fn list_filters_by_prefix_and_follows_pages() {
    let env = TestEnv::new();
    let moto = MotoServer::start();
    for name in ["/cruddur/backend-flask", "/cruddur/frontend-react-js", "/other/app"] {
        env.moto(&moto).args(["cloudwatch", "log-group", "ensure", name, "--retention-days", "1"]).assert().success();
    }
    let listed =
        stdout_json(&env.moto(&moto).args(["cloudwatch", "log-group", "list", "--prefix", "/cruddur/", "-o", "json"]).assert().success());
    let names: Vec<&str> = listed.as_array().unwrap().iter().map(|group| group["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["/cruddur/backend-flask", "/cruddur/frontend-react-js"]);
    assert_eq!(listed[0]["retention_days"], 1);

    let all = stdout_json(&env.moto(&moto).args(["cloudwatch", "log-group", "list", "-o", "json"]).assert().success());
    assert_eq!(all.as_array().unwrap().len(), 3);
    let none = env.moto(&moto).args(["cloudwatch", "log-group", "list", "--prefix", "/nothing", "-o", "json"]).assert().success();
    assert_eq!(stdout_json(&none), serde_json::json!([]));

    let csv = env.moto(&moto).args(["cloudwatch", "log-group", "list", "--prefix", "/other", "-o", "csv"]).assert().success();
    let text = String::from_utf8(csv.get_output().stdout.clone()).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("LOG GROUP,RETENTION DAYS,STORED BYTES,ARN,CREATED"));
    assert!(lines.next().unwrap().starts_with("/other/app,1,0,arn:aws:logs:us-east-1:123456789012:log-group:/other/app,"), "{text}");

    run_ok(env.aws_moto(&moto).args(["logs", "create-log-group", "--log-group-name", "/other/forever"]));
    let table = env.moto(&moto).args(["cloudwatch", "log-group", "list", "--prefix", "/other", "-o", "table"]).assert().success();
    let text = String::from_utf8(table.get_output().stdout.clone()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("LOG GROUP") && lines[0].contains("RETENTION DAYS"), "{text}");
    assert!(lines[2].starts_with("/other/forever") && lines[2].contains("never"), "{text}");

    // moto answers 50 log groups a page: 55 take two calls, and every one is listed.
    let script = "import boto3, os\n\
client = boto3.client('logs', endpoint_url=os.environ['AWS_ENDPOINT_URL'])\n\
for i in range(55):\n    client.create_log_group(logGroupName=f'/many/{i:02}')\n";
    // boto3 (a dependency of moto) in one process, with the aws CLI's hermetic environment: 55 aws CLI runs
    // would take half a minute.
    let aws = env.aws_moto(&moto);
    let mut python = std::process::Command::new(venv_bin("python"));
    python.env_clear().envs(aws.get_envs().filter_map(|(key, value)| Some((key, value?))));
    run_ok(python.args(["-c", script]));
    let mut calls = Calls::new(&moto);
    let many =
        stdout_json(&env.moto(&moto).args(["cloudwatch", "log-group", "list", "--prefix", "/many/", "-o", "json"]).assert().success());
    let names: Vec<&str> = many.as_array().unwrap().iter().map(|group| group["name"].as_str().unwrap()).collect();
    assert_eq!(names.len(), 55);
    assert_eq!(names.first(), Some(&"/many/00"));
    assert_eq!(names.last(), Some(&"/many/54"));
    assert_eq!(calls.since(), ["DescribeLogGroups", "DescribeLogGroups"]);
    // ensure finds a group on a later page rather than creating a duplicate.
    env.moto(&moto).args(["cloudwatch", "log-group", "ensure", "/many/54"]).assert().success();
    assert!(!calls.since().contains(&"CreateLogGroup".to_owned()));
}

#[test]
fn delete_asks_first_and_needs_yes_without_a_terminal() {
    let env = TestEnv::new();
    let moto = MotoServer::start();
    ensure(&env, &moto, &[]).success();
    let mut calls = Calls::new(&moto);

    let refused = env.moto(&moto).args(["cloudwatch", "log-group", "delete", GROUP]).assert().code(2);
    let stderr = stderr_text(&refused);
    assert!(stderr.contains(&format!("Delete log group {GROUP} and all its log events? needs confirmation")), "{stderr}");
    assert!(stderr.contains("hint: pass --yes to confirm"), "{stderr}");
    assert!(calls.since().is_empty(), "nothing is sent before the confirmation");
    // CI counts as no terminal too.
    env.moto(&moto).env("CI", "true").args(["cloudwatch", "log-group", "delete", GROUP]).assert().code(2);

    env.moto(&moto).args(["cloudwatch", "log-group", "delete", GROUP, "--yes"]).assert().success().stdout("");
    assert_eq!(calls.since(), ["DeleteLogGroup"]);
    let listed: Value = serde_json::from_str(&run_ok(env.aws_moto(&moto).args(["logs", "describe-log-groups"]))).unwrap();
    assert_eq!(listed["logGroups"], serde_json::json!([]));

    env.moto(&moto).args(["cloudwatch", "log-group", "delete", GROUP, "-y"]).assert().code(5).stderr(
        predicate::str::contains(format!("error: log group {GROUP} not found"))
            .and(predicate::str::contains("cruddur-obs cloudwatch log-group list")),
    );
}

#[test]
fn endpoint_comes_from_the_flag_then_the_service_variable_then_the_global_one() {
    let env = TestEnv::new();
    let moto = MotoServer::start();
    let dead = "http://127.0.0.1:9";
    env.cmd()
        .env("AWS_ENDPOINT_URL", dead)
        .env("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", moto.url())
        .args(["cloudwatch", "log-group", "list"])
        .assert()
        .success();
    env.cmd()
        .env("AWS_ENDPOINT_URL", dead)
        .env("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", dead)
        .args(["cloudwatch", "log-group", "list", "--endpoint-url"])
        .arg(moto.url())
        .assert()
        .success();
    let verbose = env.moto(&moto).args(["cloudwatch", "log-group", "list", "--verbose"]).assert().success();
    assert!(stderr_text(&verbose).contains(&format!("debug: AWS endpoint: {}", moto.url())), "{}", stderr_text(&verbose));
}

#[test]
fn an_unreachable_endpoint_is_one_line_and_exit_6() {
    let env = TestEnv::new();
    // Bind and drop to get a port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let assert = env
        .cmd()
        .env("AWS_ENDPOINT_URL", format!("http://127.0.0.1:{port}"))
        .args(["cloudwatch", "log-group", "ensure", GROUP, "--retention-days", "14"])
        .assert()
        .code(6);
    let stderr = stderr_text(&assert);
    assert!(stderr.starts_with("error: DescribeLogGroups:"), "{stderr}");
    assert!(stderr.contains("hint: check the network"), "{stderr}");
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
}

#[test]
fn missing_credentials_fail_at_once_with_a_hint() {
    let env = TestEnv::new();
    let moto = MotoServer::start();
    let assert = env
        .moto(&moto)
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .args(["cloudwatch", "log-group", "ensure", GROUP])
        .assert()
        .code(4);
    let stderr = stderr_text(&assert);
    assert!(stderr.contains("error: no AWS credentials found"), "{stderr}");
    assert!(stderr.contains("AWS_ACCESS_KEY_ID"), "{stderr}");
    assert!(moto.calls().is_empty());
}

#[test]
fn refused_credentials_are_exit_4_with_a_hint() {
    let env = TestEnv::new();
    // moto checks credentials like AWS from the first call on: ours are unknown to it.
    let moto = MotoServer::start_with(&[("INITIAL_NO_AUTH_ACTION_COUNT", "0")]);
    let assert = env.moto(&moto).args(["cloudwatch", "log-group", "ensure", GROUP]).assert().code(4);
    let stderr = stderr_text(&assert);
    assert!(stderr.starts_with("error: DescribeLogGroups: "), "{stderr}");
    assert!(stderr.contains("hint: the credentials were refused or lack CloudWatch Logs permissions"), "{stderr}");
    assert!(!moto.calls().contains(&"CreateLogGroup".to_owned()));
}
