//! The `cruddur-xray-server` binary: the one stdout line scripts read, serving, `--verbose`, and a clean
//! exit on SIGTERM.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};

use common::*;
use serde_json::json;

const BINARY: &str = env!("CARGO_BIN_EXE_cruddur-xray-server");
const LISTENING_PREFIX: &str = "cruddur-xray-server listening on ";

/// Kills the child if a test fails before stopping it, so no server outlives the test run.
struct ServerProcess(Child);

impl Drop for ServerProcess {
    fn drop(&mut self) {
        if matches!(self.0.try_wait(), Ok(None)) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

fn terminate(child: &Child) {
    let status = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().expect("kill runs");
    assert!(status.success());
}

#[test]
fn prints_its_url_serves_and_exits_cleanly_on_sigterm() {
    let child = Command::new(BINARY)
        .args(["--page-size", "1", "--verbose", "--region", "eu-west-1", "--account-id", "111122223333"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("server starts");
    let mut process = ServerProcess(child);
    let mut stdout = BufReader::new(process.0.stdout.take().expect("stdout"));
    // Reading the line is the readiness check: it is printed once the socket listens.
    let mut line = String::new();
    stdout.read_line(&mut line).expect("first line");
    let url = line.trim_end().strip_prefix(LISTENING_PREFIX).unwrap_or_else(|| panic!("unexpected first line: {line:?}")).to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");

    let headers = [("Authorization", SIGV4_AUTHORIZATION)];
    let created = request(&url, "POST", "/CreateGroup", &headers, &json!({ "GroupName": "Cruddur" }).to_string());
    assert_eq!(created.status, 200, "{}", created.body);
    let arn = created.json()["Group"]["GroupARN"].as_str().expect("ARN").to_owned();
    assert!(arn.starts_with("arn:aws:xray:eu-west-1:111122223333:group/Cruddur/"), "{arn}");
    let page = request(&url, "POST", "/Groups", &headers, "{}").json();
    assert_eq!(page["Groups"].as_array().map(Vec::len), Some(1), "--page-size 1");
    assert!(page["NextToken"].is_string());
    let stats = request(&url, "GET", "/__admin/stats", &[], "").json();
    assert_eq!(stats["calls"], json!({ "CreateGroup": 1, "GetGroups": 1 }));

    terminate(&process.0);
    let status = process.0.wait().expect("server exits");
    assert!(status.success(), "{status}");
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("rest of stdout");
    assert_eq!(rest, "", "exactly one line on stdout");
    let mut stderr = String::new();
    process.0.stderr.take().expect("stderr").read_to_string(&mut stderr).expect("stderr");
    let logged: Vec<&str> = stderr.lines().collect();
    assert_eq!(logged.len(), 3, "one line per request: {stderr}");
    assert!(logged[0].starts_with("POST /CreateGroup CreateGroup -> 200"), "{stderr}");
    assert!(logged[1].starts_with("POST /Groups GetGroups -> 200"), "{stderr}");
    assert_eq!(logged[2], "GET /__admin/stats (admin) -> 200");
}

#[test]
fn a_missing_model_file_is_reported_and_exits_non_zero() {
    let output = Command::new(BINARY).args(["--model", "/nonexistent/xray.json"]).output().expect("runs");
    assert!(!output.status.success());
    assert!(output.stdout.is_empty(), "nothing on stdout when not listening");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("/nonexistent/xray.json"), "{stderr}");
}

#[test]
fn page_size_zero_is_refused_by_the_argument_parser() {
    let output = Command::new(BINARY).args(["--page-size", "0"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(2), "clap usage error");
}
