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

/// The paths a hostile world opens (issue 22): a redirect to another host, a server that echoes every
/// key it gets (in error pages and in names), and the temporary a killed write leaves. The key reaches
/// no other host, no output shows it, and the only files holding it are the user's alone.
#[test]
fn no_secret_leaks_through_redirects_echoes_or_leftovers() {
    use crate::hostile::{Hostile, Reply, killed_at_rename, mode};
    use serde_json::json;

    let env = TestEnv::new();
    let config = fake_key("hcaik_", "leakconfig", 32);
    let ingest = fake_key("hcaik_", "leakingest", 64);
    let (key_id, key_secret) = ("hcxmk_leakid0000000000000".to_owned(), fake_key("hcxmk_", "leaksecret", 32));
    let secrets = vec![config.clone(), ingest.clone(), key_secret.clone()];
    // Echoes every credential header it gets: in error pages, and as the names of what it lists.
    let echo = Hostile::start(|request| {
        let sent: Vec<&str> = ["x-honeycomb-team", "authorization"].iter().filter_map(|name| request.header(name)).collect();
        let sent = sent.join(" ");
        match request.path.as_str() {
            "/1/datasets" => Reply::json(200, &json!([{"name": sent, "slug": sent, "description": format!("owned by {sent}")}])),
            "/2/auth" => Reply::json(401, &json!({"errors": [{"status": "401", "title": "bad key", "detail": sent}]})),
            "/v1/traces" => Reply::json(500, &json!({"error": format!("cannot store for {sent}")})),
            _ => Reply::json(401, &json!({"error": format!("unknown API key - check your credentials: {sent}")})),
        }
    });
    let elsewhere = Hostile::start(|_| Reply::json(200, &json!({})));
    let target = elsewhere.url();
    let redirecting = Hostile::start(move |request| Reply::Redirect { status: 307, location: format!("{target}{}", request.path) });
    let dir = env.work_path("ws");
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &dir);
    let dir_arg = dir.to_str().unwrap();
    let runs: Vec<Vec<&str>> = vec![
        vec!["honeycomb", "datasets", "list", "-v"],
        vec!["honeycomb", "datasets", "list", "-o", "json"],
        vec!["honeycomb", "datasets", "list", "-o", "csv"],
        vec!["honeycomb", "auth", "status", "-o", "json", "-v"],
        vec!["honeycomb", "environments", "list", "-v"],
        vec!["honeycomb", "keys", "list", "-o", "json"],
        vec!["query", "latency-by-user", "-d", "backend-flask", "-v"],
        vec!["doctor", "--dir", dir_arg, "--skip", "xray", "-o", "json", "-v"],
        vec!["init", "--dir", dir_arg, "--yes", "-v"],
    ];
    for server in [&echo, &redirecting] {
        for args in &runs {
            let mut command = env.cmd();
            command
                .env("HONEYCOMB_API_ENDPOINT", server.url())
                .env("HONEYCOMB_API_KEY", if args[0] == "doctor" || args[0] == "init" { &ingest } else { &config })
                .env("HONEYCOMB_QUERY_KEY", &config)
                .env("HONEYCOMB_KEY_ID", &key_id)
                .env("HONEYCOMB_KEY_SECRET", &key_secret)
                .args(args);
            let output = command.output().unwrap();
            assert_no_secrets(&output, &secrets, &format!("{} against {}", args.join(" "), server.url()));
        }
    }
    for request in elsewhere.requests() {
        for (name, value) in &request.headers {
            assert!(!secrets.iter().any(|secret| value.contains(secret.as_str())), "a redirect carried {name} to another host");
        }
    }

    // A kill at the rename: the temporary holding the key is the user's alone, and doctor names it
    // without showing what is in it.
    let hc = Honeycomb::start(Plan::Enterprise);
    let real_ingest = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let killed = env.work_path("killed");
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &killed);
    let vars = [("HONEYCOMB_API_ENDPOINT", hc.url()), ("HONEYCOMB_API_KEY", real_ingest.clone())];
    killed_at_rename(&env, &["init", "--dir", killed.to_str().unwrap(), "--yes", "--target", "dotenv"], &vars);
    let doctor = env
        .honeycomb_bare(&hc)
        .env("HONEYCOMB_API_KEY", &real_ingest)
        .args(["doctor", "--dir", killed.to_str().unwrap(), "--skip", "xray", "-v"])
        .output()
        .unwrap();
    assert_no_secrets(&doctor, std::slice::from_ref(&real_ingest), "doctor naming a leftover");
    assert!(String::from_utf8_lossy(&doctor.stdout).contains("interrupted write"), "{}", String::from_utf8_lossy(&doctor.stdout));
    for entry in std::fs::read_dir(&killed).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() && std::fs::read_to_string(&path).unwrap_or_default().contains(&real_ingest) {
            assert_eq!(mode(&path), 0o600, "{} holds the key", path.display());
        }
    }
}
