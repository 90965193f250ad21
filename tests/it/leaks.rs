//! Secrets never appear in output unless asked for: every command family, success and failure paths,
//! `--verbose` included, run with known secrets; stdout and stderr are scanned.

use crate::common::*;

#[test]
fn no_secret_in_any_command_output() {
    let env = TestEnv::new();
    let hc = Honeycomb::start();
    let xray = start_xray();
    let mut secrets = hc.secrets();
    secrets.push(SECRET_ACCESS_KEY.to_owned());
    let ingest = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let dir = env.work_path("cruddur");
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &dir);
    let dir_arg = dir.to_str().unwrap();
    let rules = workspace_fixture("omenking__aws-bootcamp-cruddur-2023/aws/json/xray.json");
    let rules_arg = rules.to_str().unwrap();
    let runs: Vec<Vec<&str>> = vec![
        vec!["init", "--dir", dir_arg, "--dry-run", "-v"],
        vec!["init", "--dir", dir_arg, "-v"],
        vec!["init", "--dir", dir_arg, "-v", "--with", "honeycomb,xray"],
        vec!["doctor", "--dir", dir_arg, "-v", "-o", "json"],
        vec!["config", "show", "-v"],
        vec!["config", "get", "api_key"],
        vec!["xray", "create-group", "Cruddur", "-v"],
        vec!["xray", "rules", "apply", rules_arg, "-v"],
        vec!["xray", "rules", "list", "-v", "-o", "csv"],
        vec!["xray", "groups", "get", "Missing", "-v"],
        vec!["query", "latency-by-user", "--dataset", "backend-flask", "-v"],
        vec!["query", "recent-traces", "--dataset", "nope", "-v", "-o", "json"],
        vec!["honeycomb", "auth", "status", "-v"],
        vec!["honeycomb", "keys", "create", "-e", "test", "-v"],
    ];
    for args in &runs {
        let mut command = env.honeycomb(&hc);
        command.env("AWS_ENDPOINT_URL", xray.url()).args(args);
        // init and doctor send with the ingest key; everything else uses the configuration key.
        if matches!(args[0], "init" | "doctor") {
            command.env("HONEYCOMB_API_KEY", &ingest);
        }
        let output = command.output().unwrap();
        assert_no_secrets(&output, &secrets, &args.join(" "));
    }
    // A failure that names the key names it masked.
    let rejected = "hcxik_00000000000000000000000000rejectedsecretvalue00000000000000";
    let output = env.honeycomb_bare(&hc).env("HONEYCOMB_API_KEY", rejected).args(["init", "--dir", dir_arg, "-v"]).output().unwrap();
    assert!(!output.status.success());
    assert_no_secrets(&output, &[rejected.to_owned()], "init with a rejected key");
}
