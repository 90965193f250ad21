//! Secrets never appear in output unless asked for: every command family, success and failure paths,
//! `--verbose` included, run with known secrets; stdout and stderr are scanned.

use crate::common::*;

#[test]
fn no_secret_in_any_command_output() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let xray = start_xray();
    let mut secrets = hc.secrets();
    secrets.push(SECRET_ACCESS_KEY.to_owned());
    let ingest = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let dir = env.work_path("cruddur");
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &dir);
    // The frontend's files the fixture lacks, so `--with frontend` has a React app to wire.
    let frontend = repo_root().join("tests/fixtures/frontend");
    std::fs::create_dir_all(dir.join("frontend-react-js/src")).unwrap();
    for file in ["frontend-react-js/package.json", "frontend-react-js/src/index.js", "backend-flask/app.py"] {
        std::fs::copy(frontend.join(file), dir.join(file)).unwrap();
    }
    let dir_arg = dir.to_str().unwrap();
    let rules = workspace_fixture("omenking__aws-bootcamp-cruddur-2023/aws/json/xray.json");
    let rules_arg = rules.to_str().unwrap();
    let runs: Vec<Vec<&str>> = vec![
        vec!["init", "--dir", dir_arg, "--dry-run", "-v"],
        vec!["init", "--dir", dir_arg, "-v"],
        vec!["init", "--dir", dir_arg, "-v", "--with", "honeycomb,xray"],
        vec!["frontend", "init", "--dir", dir_arg, "--dry-run", "-v"],
        vec!["frontend", "init", "--dir", dir_arg, "--mode", "direct", "-v"],
        vec!["init", "--dir", dir_arg, "-v", "--with", "honeycomb,frontend", "-o", "json"],
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
        if matches!(args[0], "init" | "doctor" | "frontend") {
            command.env("HONEYCOMB_API_KEY", &ingest);
        }
        let output = command.output().unwrap();
        assert_no_secrets(&output, &secrets, &args.join(" "));
    }
    // Direct mode refused for the configuration key: the refusal names it masked.
    let output = env.honeycomb(&hc).args(["frontend", "init", "--dir", dir_arg, "--mode", "direct", "-v"]).output().unwrap();
    assert_eq!(output.status.code(), Some(4));
    assert_no_secrets(&output, &secrets, "frontend init --mode direct with the configuration key");
    // Files: only .env (0600, ignored by git) holds a secret; compose, package.json, tracing.js reference it.
    let mut pending = vec![dir.clone()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.file_name().is_some_and(|name| name != ".env") {
                let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
                for secret in &secrets {
                    assert!(!text.contains(secret.as_str()), "{} holds a secret", path.display());
                }
            }
        }
    }
    // A failure that names the key names it masked.
    let rejected = &fake_key("hcxik_", "rejectedsecretvalue", 64);
    let output = env.honeycomb_bare(&hc).env("HONEYCOMB_API_KEY", rejected).args(["init", "--dir", dir_arg, "-v"]).output().unwrap();
    assert!(!output.status.success());
    assert_no_secrets(&output, &[rejected.to_owned()], "init with a rejected key");
}
