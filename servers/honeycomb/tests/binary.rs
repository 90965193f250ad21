//! The `cruddur-honeycomb-server` binary: banner with export-able credentials, seed files,
//! clean exit on SIGTERM.

use cruddur_honeycomb_server::http_client;
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_cruddur-honeycomb-server");

#[test]
fn prints_credentials_serves_and_stops_on_sigterm() {
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/seed.example.json");
    let mut child = Command::new(BIN)
        .args(["--port", "0", "--seed", seed, "--query-delay-ms", "5"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let url = first.strip_prefix("cruddur-honeycomb-server listening on ").expect(&first).to_owned();
    let mut vars = HashMap::new();
    for line in lines.by_ref() {
        let line = line.unwrap();
        if let Some((k, v)) = line.split_once('=') {
            vars.insert(k.to_owned(), v.to_owned());
        }
        if line.starts_with("HONEYCOMB_CONFIG_KEY=") {
            break;
        }
    }
    assert_eq!(vars["HONEYCOMB_API_ENDPOINT"], url);
    assert_eq!(vars["HONEYCOMB_TEAM"], "cruddur");
    assert_eq!(vars["HONEYCOMB_PLAN"], "enterprise", "the seed file's plan");
    assert_eq!(vars["HONEYCOMB_ENVIRONMENT"], "bootcamp");
    assert_eq!(vars["HONEYCOMB_API_KEY"], vars["HONEYCOMB_INGEST_KEY"]);
    assert_eq!(vars["HONEYCOMB_MANAGEMENT_KEY"], format!("{}:{}", vars["HONEYCOMB_KEY_ID"], vars["HONEYCOMB_KEY_SECRET"]));

    let auth = http_client::get(&format!("{url}/1/auth"), &[("X-Honeycomb-Team", &vars["HONEYCOMB_CONFIG_KEY"])]).unwrap();
    assert_eq!(auth.status, 200);
    assert_eq!(auth.json()["environment"]["slug"], "bootcamp");
    let mk = format!("Bearer {}", vars["HONEYCOMB_MANAGEMENT_KEY"]);
    assert_eq!(http_client::get(&format!("{url}/2/auth"), &[("Authorization", &mk)]).unwrap().status, 200);

    let status = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(status.success());
    assert!(child.wait().unwrap().success(), "exits cleanly on SIGTERM");
}

#[test]
fn rejects_an_invalid_seed_file() {
    let dir = std::env::temp_dir().join(format!("hc-bad-seed-{}.json", std::process::id()));
    std::fs::write(&dir, r#"{"team":{"name":"x"},"management_key":{},"environments":[{"name":"e","keys":[{"type":"ingest","name":"i","permissions":{"run_queries":true}}]}]}"#).unwrap();
    let out = Command::new(BIN).args(["--seed", dir.to_str().unwrap()]).output().unwrap();
    std::fs::remove_file(&dir).ok();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("ingest keys accept only"));
}

/// `--plan free` overrides the seed: the banner says so, and the Query Data API is refused.
#[test]
fn plan_flag_sets_the_team_plan() {
    let mut child = Command::new(BIN).args(["--port", "0", "--plan", "free"]).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    let mut vars = HashMap::new();
    for line in BufReader::new(child.stdout.take().unwrap()).lines() {
        let line = line.unwrap();
        if let Some(url) = line.strip_prefix("cruddur-honeycomb-server listening on ") {
            vars.insert("URL".to_owned(), url.to_owned());
        } else if let Some((k, v)) = line.split_once('=') {
            vars.insert(k.to_owned(), v.to_owned());
        }
        if line.starts_with("HONEYCOMB_CONFIG_KEY=") {
            break;
        }
    }
    assert_eq!(vars["HONEYCOMB_PLAN"], "free");
    let headers = [("X-Honeycomb-Team", vars["HONEYCOMB_CONFIG_KEY"].as_str())];
    let refused = http_client::send_json(
        "POST",
        &format!("{}/1/query_results/__all__", vars["URL"]),
        &headers,
        &serde_json::json!({"query_id": "x"}),
    )
    .unwrap();
    assert_eq!(refused.status, 403);
    assert!(refused.json()["error"].as_str().unwrap().contains("Enterprise"));
    child.kill().unwrap();
    child.wait().unwrap();
    let bad = Command::new(BIN).args(["--plan", "gold"]).output().unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown plan \"gold\""));
}
