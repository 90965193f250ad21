//! `cruddur-obs xray rules ...` against the local X-Ray server, with the aws CLI as the reference client.

use predicates::prelude::*;
use serde_json::{Value, json};

use crate::common::*;

const SEED_RULE: &str = "omenking__aws-bootcamp-cruddur-2023/aws/json/xray.json";
const MISSPELT_RULE: &str = "CracktheDom__aws-bootcamp-cruddur-2023/_variants/7efa56b/aws/json/xray.json";

/// `aws xray get-sampling-rules`, without what differs between two servers by nature (timestamps).
fn aws_rules(env: &TestEnv, server: &XrayServer) -> Value {
    let text = run_ok(env.aws(server).args(["xray", "get-sampling-rules", "--output", "json"]));
    let mut value: Value = serde_json::from_str(&text).unwrap();
    for record in value["SamplingRuleRecords"].as_array_mut().unwrap() {
        let record = record.as_object_mut().unwrap();
        record.remove("CreatedAt");
        record.remove("ModifiedAt");
    }
    value
}

/// For every sampling-rule file in the real bootcamp repos, cruddur-obs leaves AWS exactly as the
/// seeds' `aws xray create-sampling-rule --cli-input-json` does, or refuses the file the aws CLI refuses.
#[test]
fn every_fixture_applies_like_the_aws_cli() {
    let fixtures = xray_rule_fixtures();
    assert!(fixtures.len() >= 15, "found only {} xray.json fixtures", fixtures.len());
    for (label, path) in fixtures {
        let env = TestEnv::new();
        let by_aws = start_xray();
        let by_us = start_xray();
        let aws = env
            .aws(&by_aws)
            .args(["xray", "create-sampling-rule", "--cli-input-json"])
            .arg(format!("file://{}", path.display()))
            .output()
            .unwrap();
        let ours = env.xray(&by_us).args(["xray", "rules", "apply"]).arg(&path).assert();
        if aws.status.success() {
            ours.success();
            assert_eq!(aws_rules(&env, &by_us), aws_rules(&env, &by_aws), "{label}");
        } else {
            // The aws CLI catches unknown members itself; we must too, naming the field and the fix.
            let stderr = stderr_text(&ours.code(3));
            assert!(stderr.contains("unknown field (did you mean"), "{label}: {stderr}");
            assert_eq!(by_us.stats().calls.values().sum::<u64>(), 0, "{label}: nothing may be sent");
        }
    }
}

#[test]
fn the_misspelt_fixture_is_refused_with_every_problem_and_nothing_sent() {
    let env = TestEnv::new();
    let server = start_xray();
    let path = workspace_fixture(MISSPELT_RULE);
    let assert = env.xray(&server).args(["xray", "rules", "apply"]).arg(&path).assert().code(3);
    let stderr = stderr_text(&assert);
    let shown = path.display();
    assert!(stderr.contains(&format!("error: {shown}: SamplingRule.ResourcesARN: unknown field (did you mean ResourceARN?)")), "{stderr}");
    assert!(
        stderr.contains(&format!("error: {shown}: SamplingRule.ResevoirSize: unknown field (did you mean ReservoirSize?)")),
        "{stderr}"
    );
    assert!(stderr.contains("2 problems in the sampling rules; nothing was sent to AWS"), "{stderr}");
    assert!(server.stats().calls.is_empty(), "{:?}", server.stats());
}

#[test]
fn applying_twice_makes_no_write_the_second_time() {
    let env = TestEnv::new();
    let server = start_xray();
    let path = workspace_fixture(SEED_RULE);
    let first = env.xray(&server).args(["xray", "rules", "apply", "--output", "json"]).arg(&path).assert().success();
    assert_eq!(stdout_json(&first)[0]["action"], "create");
    assert_eq!(stdout_json(&first)[0]["status"], "done");
    let writes = server.stats().write_calls;
    assert_eq!(writes, 1);

    let second = env.xray(&server).args(["xray", "rules", "apply", "--output", "json"]).arg(&path).assert().success();
    assert_eq!(
        stdout_json(&second),
        json!([{"action": "unchanged", "rule_name": "Cruddur", "changes": [], "source": path.display().to_string(), "status": "unchanged"}])
    );
    assert!(stderr_text(&second).contains("nothing to change"));
    assert_eq!(server.stats().write_calls, writes, "a second apply must not write");
}

#[test]
fn an_edited_file_updates_only_the_changed_fields() {
    let env = TestEnv::new();
    let server = start_xray();
    let original = std::fs::read_to_string(workspace_fixture(SEED_RULE)).unwrap();
    let file = env.work_path("xray.json");
    std::fs::write(&file, &original).unwrap();
    env.xray(&server).args(["xray", "rules", "apply"]).arg(&file).assert().success();

    std::fs::write(
        &file,
        original
            .replace("\"FixedRate\": 0.1", "\"FixedRate\": 0.25")
            .replace("\"ServiceName\": \"backend-flask\"", "\"ServiceName\": \"api\""),
    )
    .unwrap();
    let dry = env.xray(&server).args(["xray", "rules", "apply", "--dry-run", "--output", "json"]).arg(&file).assert().success();
    let plan = stdout_json(&dry);
    assert_eq!(plan[0]["action"], "update");
    assert_eq!(plan[0]["status"], "planned");
    assert_eq!(
        plan[0]["changes"],
        json!([{"field": "FixedRate", "from": "0.1", "to": "0.25"}, {"field": "ServiceName", "from": "\"backend-flask\"", "to": "\"api\""}])
    );
    assert_eq!(server.stats().write_calls, 1, "--dry-run changes nothing");

    env.xray(&server).args(["xray", "rules", "apply"]).arg(&file).assert().success();
    assert_eq!(server.stats().calls.get("UpdateSamplingRule"), Some(&1));
    let rules = aws_rules(&env, &server);
    let cruddur = rules["SamplingRuleRecords"].as_array().unwrap().iter().find(|r| r["SamplingRule"]["RuleName"] == "Cruddur").unwrap();
    assert_eq!(cruddur["SamplingRule"]["FixedRate"], 0.25);
    assert_eq!(cruddur["SamplingRule"]["ServiceName"], "api");
    assert_eq!(cruddur["SamplingRule"]["Priority"], 9000);
}

#[test]
fn every_input_shape_is_read() {
    let env = TestEnv::new();
    let server = start_xray();
    let rule = |name: &str, priority: u32| json!({"RuleName": name, "ResourceARN": "*", "Priority": priority, "FixedRate": 0.05, "ReservoirSize": 1, "ServiceName": "*", "ServiceType": "*", "Host": "*", "HTTPMethod": "GET", "URLPath": "/api/*", "Version": 1});
    let dir = env.work_path("rules");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("a.json"), json!({"SamplingRule": rule("Cli", 100), "Tags": [{"Key": "team", "Value": "web"}]}).to_string())
        .unwrap();
    std::fs::write(dir.join("b.json"), rule("Bare", 200).to_string()).unwrap();
    std::fs::write(dir.join("c.json"), json!([rule("ListOne", 300), {"SamplingRule": rule("ListTwo", 400)}]).to_string()).unwrap();
    std::fs::write(dir.join("README.md"), "not a rule").unwrap();
    env.xray(&server).args(["xray", "rules", "apply", "-q"]).arg(&dir).assert().success().stderr("");
    env.xray(&server)
        .args(["xray", "rules", "apply", "-", "--output", "json"])
        .write_stdin(rule("Stdin", 500).to_string())
        .assert()
        .success();
    let names: Vec<String> = aws_rules(&env, &server)["SamplingRuleRecords"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["SamplingRule"]["RuleName"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names, ["Cli", "Bare", "ListOne", "ListTwo", "Stdin", "Default"]);

    // The aws CLI's own get-sampling-rules output, applied back: nothing to do.
    let export = run_ok(env.aws(&server).args(["xray", "get-sampling-rules"]));
    let before = server.stats().write_calls;
    env.xray(&server).args(["xray", "rules", "apply", "-"]).write_stdin(export).assert().success();
    assert_eq!(server.stats().write_calls, before);
}

#[test]
fn export_writes_files_that_apply_reads_back_unchanged() {
    let env = TestEnv::new();
    let server = start_xray();
    env.xray(&server).args(["xray", "rules", "apply"]).arg(workspace_fixture(SEED_RULE)).assert().success();
    let dir = env.work_path("exported");
    env.xray(&server).args(["xray", "rules", "export", "--include-default", "--dir"]).arg(&dir).assert().success();
    let mut files: Vec<String> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    files.sort();
    assert_eq!(files, ["Cruddur.json", "Default.json"]);
    let exported: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("Cruddur.json")).unwrap()).unwrap();
    let original: Value = serde_json::from_str(&std::fs::read_to_string(workspace_fixture(SEED_RULE)).unwrap()).unwrap();
    assert_eq!(exported, original, "the export is the seed file again");

    let before = server.stats().write_calls;
    env.xray(&server).args(["xray", "rules", "apply"]).arg(&dir).assert().success();
    assert_eq!(server.stats().write_calls, before);

    // Stdout export is an array `apply -` reads back too.
    let stdout = env.xray(&server).args(["xray", "rules", "export"]).assert().success().get_output().stdout.clone();
    env.xray(&server).args(["xray", "rules", "apply", "-"]).write_stdin(stdout).assert().success();
    assert_eq!(server.stats().write_calls, before);
}

#[test]
fn the_default_rule_can_change_rates_only() {
    let env = TestEnv::new();
    let server = start_xray();
    let dir = env.work_path("export");
    env.xray(&server).args(["xray", "rules", "export", "--include-default", "--dir"]).arg(&dir).assert().success();
    let file = dir.join("Default.json");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("\"FixedRate\": 0.05", "\"FixedRate\": 0.2")).unwrap();
    env.xray(&server).args(["xray", "rules", "apply"]).arg(&file).assert().success();
    std::fs::write(&file, text.replace("\"ServiceName\": \"*\"", "\"ServiceName\": \"api\"")).unwrap();
    let refused = env.xray(&server).args(["xray", "rules", "apply"]).arg(&file).assert().code(3);
    assert!(stderr_text(&refused).contains("the Default rule's ServiceName cannot change"), "{}", stderr_text(&refused));
    env.xray(&server)
        .args(["xray", "rules", "delete", "Default", "--yes"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("cannot be deleted"));
}

#[test]
fn prune_deletes_unlisted_rules_after_confirmation() {
    let env = TestEnv::new();
    let server = start_xray();
    let seed = workspace_fixture(SEED_RULE);
    let other = env.work_path("other.json");
    std::fs::write(&other, std::fs::read_to_string(&seed).unwrap().replace("\"Cruddur\"", "\"Old\"")).unwrap();
    env.xray(&server).args(["xray", "rules", "apply"]).arg(&seed).arg(&other).assert().success();

    let note = env.xray(&server).args(["xray", "rules", "apply"]).arg(&seed).assert().success();
    assert!(stderr_text(&note).contains("not in these files and are left alone: Old"), "{}", stderr_text(&note));

    // No terminal and no --yes: refuse, naming the flag, and change nothing.
    let refused = env.xray(&server).args(["xray", "rules", "apply", "--prune"]).arg(&seed).assert().code(2);
    assert!(stderr_text(&refused).contains("--yes"), "{}", stderr_text(&refused));
    assert_eq!(server.stats().calls.get("DeleteSamplingRule"), None);

    let pruned = env.xray(&server).args(["xray", "rules", "apply", "--prune", "--yes", "--output", "json"]).arg(&seed).assert().success();
    assert_eq!(stdout_json(&pruned)[1], json!({"action": "delete", "rule_name": "Old", "changes": [], "source": null, "status": "done"}));
    let names: Vec<String> = aws_rules(&env, &server)["SamplingRuleRecords"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["SamplingRule"]["RuleName"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names, ["Cruddur", "Default"]);
}

#[test]
fn validation_reports_every_constraint_before_any_call() {
    let env = TestEnv::new();
    let server = start_xray();
    let file = env.work_path("bad.json");
    std::fs::write(
        &file,
        r#"{"SamplingRule": {"RuleName": "a-name-that-is-far-too-long-for-x-ray", "ResourceARN": "*", "Priority": 0, "FixedRate": 2,
            "ReservoirSize": -1, "ServiceName": "backend-flask", "ServiceType": "*", "Host": "*", "HttpMethod": "*", "URLPath": "*", "Version": 2}}"#,
    )
    .unwrap();
    let stderr = stderr_text(&env.xray(&server).args(["xray", "rules", "apply"]).arg(&file).assert().code(3));
    for expected in [
        "bad.json: SamplingRule.RuleName: \"a-name-that-is-far-too-long-for-x-ray\" is 37 characters long: at most 32 allowed",
        "bad.json: SamplingRule.Priority: 0 is out of range: must be between 1 and 9999",
        "bad.json: SamplingRule.FixedRate: 2 is out of range: must be between 0 and 1",
        "bad.json: SamplingRule.ReservoirSize: -1 is out of range: must be at least 0",
        "bad.json: SamplingRule.HttpMethod: unknown field (did you mean HTTPMethod?)",
    ] {
        assert!(stderr.contains(expected), "missing {expected:?} in\n{stderr}");
    }
    assert!(server.stats().calls.is_empty());
    // The same check works offline, with no credentials at all.
    env.cmd().env_remove("AWS_ACCESS_KEY_ID").args(["xray", "rules", "validate"]).arg(&file).assert().code(3);
    env.cmd().args(["xray", "rules", "validate", "--output", "csv"]).arg(workspace_fixture(SEED_RULE)).assert().success().stdout(
        predicate::str::starts_with(
            "RULE,PRIORITY,FIXED RATE,RESERVOIR,SERVICE,SERVICE TYPE,HOST,METHOD,URL PATH,RESOURCE ARN\nCruddur,9000,0.1,5,backend-flask,",
        ),
    );
}

#[test]
fn list_get_and_delete() {
    let env = TestEnv::new();
    let server = start_xray();
    env.xray(&server).args(["xray", "rules", "apply"]).arg(workspace_fixture(SEED_RULE)).assert().success();
    let listed = env.xray(&server).args(["xray", "rules", "list", "--output", "json"]).assert().success();
    let rows = stdout_json(&listed);
    assert_eq!(rows.as_array().unwrap().len(), 2);
    assert_eq!(rows[0]["rule_name"], "Cruddur");
    assert_eq!(rows[0]["rule_arn"], "arn:aws:xray:us-east-1:123456789012:sampling-rule/Cruddur");
    assert_eq!(rows[1]["rule_name"], "Default");

    let table = env.xray(&server).args(["xray", "rules", "get", "Cruddur", "--output", "table"]).assert().success();
    let text = String::from_utf8(table.get_output().stdout.clone()).unwrap();
    assert!(text.contains("FIXED RATE") && text.contains("0.1"), "{text}");

    let missing = env.xray(&server).args(["xray", "rules", "get", "Crudur"]).assert().code(5);
    assert!(stderr_text(&missing).contains("did you mean Cruddur?"), "{}", stderr_text(&missing));

    env.xray(&server).args(["xray", "rules", "delete", "Cruddur"]).assert().code(2).stderr(predicate::str::contains("--yes"));
    env.xray(&server).args(["xray", "rules", "delete", "Cruddur", "--yes"]).assert().success();
    env.xray(&server)
        .args(["xray", "rules", "delete", "Cruddur", "--yes"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("DeleteSamplingRule: InvalidRequestException"));
}
