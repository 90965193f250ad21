//! `cruddur-obs honeycomb ...` against the local Honeycomb server behind `prism proxy --errors`.

use predicates::prelude::*;

use crate::common::*;

#[test]
fn environments_ensure_list_update_delete() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let created = env
        .honeycomb(&hc)
        .args(["honeycomb", "environments", "ensure", "aws-bootcamp-cruddur", "--color", "green", "-o", "json"])
        .assert()
        .success();
    let environment = stdout_json(&created);
    assert_eq!(environment["name"], "aws-bootcamp-cruddur");
    assert_eq!(environment["slug"], "aws-bootcamp-cruddur");
    assert_eq!(environment["color"], "green");
    assert_eq!(hc.server.stats().created.environments, 1);

    let again = env.honeycomb(&hc).args(["honeycomb", "environments", "ensure", "aws-bootcamp-cruddur", "-o", "json"]).assert().success();
    assert!(stderr_text(&again).contains("already exists"));
    assert_eq!(hc.server.stats().created.environments, 1, "ensure never makes a second environment");

    env.honeycomb(&hc)
        .args(["honeycomb", "environments", "create", "aws-bootcamp-cruddur"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("409"));

    let listed = stdout_json(&env.honeycomb(&hc).args(["honeycomb", "environments", "list", "-o", "json"]).assert().success());
    let names: Vec<&str> = listed.as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"aws-bootcamp-cruddur") && names.contains(&"test"), "{names:?}");

    let updated = env
        .honeycomb(&hc)
        .args(["honeycomb", "environments", "update", "aws-bootcamp-cruddur", "--description", "week 2", "-o", "json"])
        .assert()
        .success();
    assert_eq!(stdout_json(&updated)["description"], "week 2");
    env.honeycomb(&hc)
        .args(["honeycomb", "environments", "get", "aws-bootcamp-crudur"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("did you mean aws-bootcamp-cruddur?"));

    env.honeycomb(&hc)
        .args(["honeycomb", "environments", "delete", "aws-bootcamp-cruddur"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--yes"));
    env.honeycomb(&hc).args(["honeycomb", "environments", "delete", "aws-bootcamp-cruddur", "--yes"]).assert().success();
    env.honeycomb(&hc).args(["honeycomb", "environments", "get", "aws-bootcamp-cruddur"]).assert().code(5);
}

#[test]
fn keys_create_saves_the_secret_once_and_never_shows_it_unasked() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let created =
        env.honeycomb(&hc).args(["honeycomb", "keys", "create", "-e", "test", "--name", "backend", "-o", "json"]).assert().success();
    let key = stdout_json(&created);
    assert_eq!(key["key_type"], "ingest");
    assert!(key.get("secret").is_none(), "no secret in the JSON: {key}");
    let stderr = stderr_text(&created);
    assert!(stderr.contains("saved the key's header value (hcxik_…"), "{stderr}");
    assert!(stderr.contains("x-honeycomb-team=${HONEYCOMB_API_KEY}"), "{stderr}");

    // Saved in the profile, 0600, and it works as an ingest key.
    let config = std::fs::read_to_string(env.config_file()).unwrap();
    let header = config
        .lines()
        .find_map(|line| line.strip_prefix("ingest_key = \""))
        .map(|rest| rest.trim_end_matches('"').to_owned())
        .expect("ingest_key saved");
    assert!(header.starts_with(key["id"].as_str().unwrap()), "an ingest header value is the key ID followed by the secret");
    assert!(!String::from_utf8_lossy(&created.get_output().stdout).contains(&header));
    assert!(!stderr.contains(&header));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(env.config_file()).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let status =
        env.honeycomb_bare(&hc).env("HONEYCOMB_API_KEY", &header).args(["honeycomb", "auth", "status", "-o", "json"]).assert().success();
    let rows = stdout_json(&status);
    assert_eq!(rows[0]["key_type"], "ingest");
    assert_eq!(rows[0]["environment"], "test");
    assert_eq!(rows[0]["source"], "env HONEYCOMB_API_KEY");

    // --print is the one way to see it in full; --write-env writes a 0600 dotenv file.
    let printed = env
        .honeycomb(&hc)
        .args([
            "honeycomb",
            "keys",
            "create",
            "-e",
            "test",
            "--type",
            "configuration",
            "--name",
            "queries",
            "--print",
            "--no-save",
            "--write-env",
            "backend.env",
        ])
        .assert()
        .success();
    let secret = String::from_utf8(printed.get_output().stdout.clone()).unwrap().trim().to_owned();
    assert_eq!(secret.len(), 32, "a configuration key's header value is its secret: {secret:?}");
    assert_eq!(std::fs::read_to_string(env.work_path("backend.env")).unwrap(), format!("HONEYCOMB_API_KEY={secret}\n"));

    let listed = stdout_json(
        &env.honeycomb(&hc).args(["honeycomb", "keys", "list", "-e", "test", "--type", "configuration", "-o", "json"]).assert().success(),
    );
    let queries = listed.as_array().unwrap().iter().find(|k| k["name"] == "queries").expect("the new key is listed").clone();
    assert_eq!(queries["permissions"], serde_json::json!(["create_datasets", "manage_columns", "manage_markers", "run_queries"]));
    let id = queries["id"].as_str().unwrap();
    env.honeycomb(&hc).args(["honeycomb", "keys", "disable", id]).assert().success();
    env.honeycomb_bare(&hc).env("HONEYCOMB_API_KEY", &secret).args(["honeycomb", "datasets", "list"]).assert().code(4);
    env.honeycomb(&hc).args(["honeycomb", "keys", "enable", id]).assert().success();
    env.honeycomb_bare(&hc).env("HONEYCOMB_API_KEY", &secret).args(["honeycomb", "datasets", "list"]).assert().success();
    env.honeycomb(&hc).args(["honeycomb", "keys", "delete", id, "--yes"]).assert().success();

    env.honeycomb(&hc)
        .args(["honeycomb", "keys", "create", "-e", "test", "--permission", "run_queries"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("ingest keys can only have create_datasets"));
}

#[test]
fn a_secret_that_cannot_be_saved_is_shown_once_with_exit_7() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let assert = env
        .honeycomb(&hc)
        .args(["honeycomb", "keys", "create", "-e", "test", "--no-save", "--write-env", "missing-dir/.env"])
        .assert()
        .code(7);
    let stderr = stderr_text(&assert);
    assert!(stderr.contains("saving its secret failed"), "{stderr}");
    assert!(stderr.contains("this is the only copy of its header value, save it now: hcxik_"), "{stderr}");
    assert_eq!(hc.server.stats().created.api_keys, 1);
}

#[test]
fn login_verifies_before_saving_and_auth_status_names_sources() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    env.honeycomb_bare(&hc).args(["honeycomb", "login"]).assert().code(2).stderr(predicate::str::contains("HONEYCOMB_API_KEY"));
    env.honeycomb_bare(&hc)
        .env("HONEYCOMB_API_KEY", "not-a-real-key-000000000000")
        .args(["honeycomb", "login"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("env HONEYCOMB_API_KEY"));
    assert!(!env.config_file().exists(), "nothing saved after a failed check");

    env.honeycomb_bare(&hc)
        .args(["honeycomb", "login", "--profile", "ci", "--api-key-stdin"])
        .write_stdin(format!("{}\n", hc.configuration_key()))
        .assert()
        .success();
    let status =
        env.honeycomb_bare(&hc).env("CRUDDUR_OBS_PROFILE", "ci").args(["honeycomb", "auth", "status", "-o", "json"]).assert().success();
    let rows = stdout_json(&status);
    assert_eq!(rows[0]["valid"], true);
    assert_eq!(rows[0]["key_type"], "configuration");
    assert!(rows[0]["source"].as_str().unwrap().starts_with("profile ci in "), "{}", rows[0]);
    assert!(rows[0]["access"].as_array().unwrap().contains(&serde_json::json!("run_queries")));

    let credentials = hc.server.credentials().clone();
    env.honeycomb_bare(&hc)
        .env("HONEYCOMB_KEY_ID", &credentials.management_key_id)
        .env("HONEYCOMB_KEY_SECRET", &credentials.management_key_secret)
        .args(["honeycomb", "login", "--profile", "ci"])
        .assert()
        .success();
    let both =
        stdout_json(&env.honeycomb_bare(&hc).args(["honeycomb", "--profile", "ci", "auth", "status", "-o", "json"]).assert().success());
    assert_eq!(both.as_array().unwrap().len(), 2);
    assert_eq!(both[0]["credential"], "management key");
    assert_eq!(both[0]["team"], credentials.team_slug);

    env.honeycomb_bare(&hc)
        .args(["honeycomb", "--profile", "nope", "auth", "status"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("profiles: ci"));
}

#[test]
fn datasets_and_markers() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    env.honeycomb(&hc).args(["honeycomb", "datasets", "create", "backend-flask"]).assert().success();
    env.honeycomb(&hc)
        .args(["honeycomb", "datasets", "create", "backend-flask"])
        .assert()
        .success()
        .stderr(predicate::str::contains("already exists"));
    assert_eq!(hc.server.stats().created.datasets, 1);
    let datasets = stdout_json(&env.honeycomb(&hc).args(["honeycomb", "datasets", "list", "-o", "json"]).assert().success());
    assert!(datasets.as_array().unwrap().iter().any(|d| d["slug"] == "backend-flask"));

    let marker = stdout_json(
        &env.honeycomb(&hc)
            .args(["honeycomb", "markers", "add", "--type", "deploy", "-m", "v1.2", "--url", "https://ci.example/run/1", "-o", "json"])
            .assert()
            .success(),
    );
    assert_eq!(marker["message"], "v1.2");
    let id = marker["id"].as_str().unwrap().to_owned();
    let listed = stdout_json(&env.honeycomb(&hc).args(["honeycomb", "markers", "list", "-o", "json"]).assert().success());
    assert!(listed.as_array().unwrap().iter().any(|m| m["id"] == id.as_str()));
    // JSON keeps Honeycomb's Unix seconds; tables and CSV show the time as ISO 8601, as every other time.
    let start = marker["start_time"].as_i64().expect("start_time in Unix seconds");
    let csv = env.honeycomb(&hc).args(["honeycomb", "markers", "list", "-o", "csv"]).assert().success();
    let csv = String::from_utf8(csv.get_output().stdout.clone()).unwrap();
    let iso = cruddur_obs::query::time::format_rfc3339(start as f64);
    assert!(csv.contains(&format!("{id},deploy,v1.2,{iso},,https://ci.example/run/1")), "{csv}\n{iso}");
    env.honeycomb(&hc).args(["honeycomb", "markers", "delete", &id]).assert().success();
    env.honeycomb(&hc).args(["honeycomb", "markers", "add"]).assert().code(2);
}

#[test]
fn rate_limits_and_server_errors_are_retried_safely() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    hc.server.inject(HoneycombFault {
        route: Some("GET /2/teams/{teamSlug}/environments".into()),
        times: 2,
        kind: HoneycombFaultKind::Status { status: 429, retry_after_secs: Some(0) },
    });
    env.honeycomb(&hc).args(["honeycomb", "environments", "list"]).assert().success();

    // A create answered with 500 is not repeated blindly: `ensure` looks it up, finds it missing, and
    // only then sends it again; nothing is duplicated. (tests/it/faults.rs does this for every route.)
    hc.server.inject(HoneycombFault {
        route: Some("POST /2/teams/{teamSlug}/environments".into()),
        times: 1,
        kind: HoneycombFaultKind::Status { status: 500, retry_after_secs: None },
    });
    env.honeycomb(&hc).args(["honeycomb", "environments", "ensure", "staging"]).assert().success();
    assert_eq!(hc.server.stats().requests.get("POST /2/teams/{teamSlug}/environments"), Some(&2));
    env.honeycomb(&hc).args(["honeycomb", "environments", "ensure", "staging"]).assert().success();
    assert_eq!(hc.server.stats().created.environments, 1);

    hc.server.inject(HoneycombFault {
        route: Some("GET /1/datasets".into()),
        times: 10,
        kind: HoneycombFaultKind::Status { status: 503, retry_after_secs: None },
    });
    env.honeycomb(&hc).args(["honeycomb", "datasets", "list"]).assert().code(6).stderr(predicate::str::contains("GET /1/datasets: 503"));
}

#[test]
fn no_command_prints_a_secret_it_was_not_asked_to() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let secrets = hc.secrets();
    let runs: &[&[&str]] = &[
        &["honeycomb", "auth", "status", "-o", "table"],
        &["honeycomb", "auth", "status", "-o", "json", "-v"],
        &["honeycomb", "environments", "list", "-v"],
        &["honeycomb", "keys", "list", "-o", "csv"],
        &["honeycomb", "keys", "create", "-e", "test", "-v"],
        &["honeycomb", "datasets", "list", "-v"],
        &["honeycomb", "login", "-v"],
    ];
    for args in runs {
        let output = env.honeycomb(&hc).args(*args).output().unwrap();
        assert_no_secrets(&output, &secrets, &args.join(" "));
    }
    let rejected = env
        .honeycomb_bare(&hc)
        .env("HONEYCOMB_API_KEY", "rejected-key-0000000000000000")
        .args(["honeycomb", "datasets", "list", "-v"])
        .output()
        .unwrap();
    assert_no_secrets(&rejected, &["rejected-key-0000000000000000".to_owned()], "a rejected key");
    assert!(String::from_utf8_lossy(&rejected.stderr).contains("…0000"), "the key is named masked");
}
