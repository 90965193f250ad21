//! The command line itself: help, exit codes, completions and man pages kept in sync.

use predicates::prelude::*;

use crate::common::*;

#[test]
fn help_documents_the_exit_codes() {
    let env = TestEnv::new();
    env.cmd()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit codes:").and(predicate::str::contains("3  invalid input")));
    env.cmd().arg("--version").assert().success().stdout(predicate::str::starts_with("cruddur-obs "));
}

#[test]
fn usage_errors_exit_2() {
    let env = TestEnv::new();
    env.cmd().args(["xray", "nope"]).assert().code(2);
    env.cmd().args(["xray", "rules", "apply"]).assert().code(2).stderr(predicate::str::contains("<PATH>"));
    env.cmd().args(["--output", "yaml", "xray", "groups", "list"]).assert().code(2);
}

/// completions/ and man/ are generated from the clap definition; this fails when they are stale.
#[test]
fn checked_in_completions_and_man_pages_are_current() {
    let env = TestEnv::new();
    let fresh = env.work_path("assets");
    env.cmd().args(["generate-assets", "--root"]).arg(&fresh).assert().success();
    for dir in ["completions", "man"] {
        let checked_in = repo_root().join(dir);
        let mut expected: Vec<String> =
            std::fs::read_dir(fresh.join(dir)).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        expected.sort();
        let mut actual: Vec<String> =
            std::fs::read_dir(&checked_in).map(|d| d.map(|e| e.unwrap().file_name().into_string().unwrap()).collect()).unwrap_or_default();
        actual.sort();
        assert_eq!(actual, expected, "{dir}/ is stale: run `cargo run -- generate-assets`");
        for name in expected {
            assert!(
                std::fs::read(fresh.join(dir).join(&name)).unwrap() == std::fs::read(checked_in.join(&name)).unwrap(),
                "{dir}/{name} is stale: run `cargo run -- generate-assets`"
            );
        }
    }
}

#[test]
fn completions_print_to_stdout() {
    let env = TestEnv::new();
    env.cmd().args(["completions", "bash"]).assert().success().stdout(predicate::str::contains("cruddur-obs"));
}

#[test]
fn config_shows_each_value_with_its_source_and_masks_secrets() {
    let env = TestEnv::new();
    // Ends in 1234, which the masked form shows.
    let secret = format!("{}1234", fake_key("hcxik_", "secretvalue", 42));
    let secret = secret.as_str();
    env.cmd().args(["config", "set", "ingest_key", "-"]).write_stdin(format!("{secret}\n")).assert().success();
    env.cmd().args(["config", "set", "api_url", "http://127.0.0.1:1"]).assert().success();
    let shown = env.cmd().env("HONEYCOMB_API_ENDPOINT", "http://127.0.0.1:2").args(["config", "show", "-o", "json"]).assert().success();
    let output = shown.get_output();
    assert!(!String::from_utf8_lossy(&output.stdout).contains(secret));
    let rows: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let row = |key: &str| rows.as_array().unwrap().iter().find(|row| row["key"] == key).unwrap().clone();
    assert_eq!(row("api_url")["value"], "http://127.0.0.1:2", "env beats the profile");
    assert_eq!(row("api_url")["source"], "env HONEYCOMB_API_ENDPOINT");
    assert_eq!(row("ingest_key")["value"], "hcxik_…1234");
    assert!(row("ingest_key")["source"].as_str().unwrap().starts_with("profile default in "));
    let flagged = env.cmd().args(["config", "--api-url", "http://127.0.0.1:3", "get", "api_url", "-o", "json"]).assert().success();
    assert_eq!(stdout_json(&flagged)["source"], "flag --api-url");
    let revealed = env.cmd().args(["config", "get", "ingest_key", "--reveal", "-o", "json"]).assert().success();
    assert_eq!(stdout_json(&revealed)["value"], secret);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(env.config_file()).unwrap().permissions().mode() & 0o777, 0o600);
    }
}

#[test]
fn a_broken_config_file_is_an_error_naming_file_and_line() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.config_file().parent().unwrap()).unwrap();
    std::fs::write(env.config_file(), "[profiles.default]\napi_url = \"http://x\"\ndatset = \"backend-flask\"\n").unwrap();
    let stderr = stderr_text(&env.cmd().args(["config", "show"]).assert().code(3));
    assert!(stderr.contains("config.toml:3: unknown field `datset`"), "{stderr}");
    assert!(stderr.contains("(did you mean dataset?)"), "{stderr}");
}
