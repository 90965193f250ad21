//! Items 3, 4, 5, 9 and 11: servers that redirect the key elsewhere, plain http, a `doctor --verify`
//! endpoint a pull request planted, answers without end, keys echoed back, answers one byte at a time.

use serde_json::json;

use super::*;

fn management(marker: &str) -> (String, String) {
    (format!("hcxmk_{marker}id0000000000000"), fake_key("hcxmk_", &format!("{marker}secret"), 32))
}

/// Item 3: a 302 or 307 to another host: the key never goes there (no redirect is followed), and the
/// error says where the redirect pointed.
#[test]
fn a_redirect_to_another_host_never_carries_a_key() {
    let env = TestEnv::new();
    let elsewhere = Hostile::start(|_| Reply::json(200, &json!({"ok": true})));
    let target = elsewhere.url();
    let origin = Hostile::start(move |request| {
        let status = if request.path.starts_with("/2/") { 302 } else { 307 };
        Reply::Redirect { status, location: format!("{target}{}", request.path) }
    });
    let (config, _) = keys("redirect");
    let (id, secret) = management("redirect");
    for args in
        [&["honeycomb", "auth", "status", "-o", "json"][..], &["honeycomb", "environments", "list"], &["honeycomb", "datasets", "list"]]
    {
        let output = env
            .cmd()
            .env("HONEYCOMB_API_ENDPOINT", origin.url())
            .env("HONEYCOMB_API_KEY", &config)
            .env("HONEYCOMB_KEY_ID", &id)
            .env("HONEYCOMB_KEY_SECRET", &secret)
            .args(args)
            .output()
            .unwrap();
        let what = args.join(" ");
        assert!(!output.status.success(), "{what}");
        let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(said.contains(&format!("redirected to {}", elsewhere.url())), "{what}: says where the redirect pointed:\n{said}");
        assert_no_secrets(&output, &[config.clone(), secret.clone()], &what);
    }
    let reached: Vec<String> =
        elsewhere.requests().iter().map(|request| format!("{} {} {:?}", request.method, request.path, request.headers)).collect();
    assert!(reached.is_empty(), "the other host was sent: {reached:#?}");
}

/// Item 3: plain http:// to a machine that is not this one is refused before anything is sent, for
/// Honeycomb's API, an OTLP endpoint and an AWS endpoint, unless --allow-plaintext-http.
#[test]
fn plain_http_to_another_machine_needs_the_flag_that_names_the_risk() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let (config, _) = keys("plain");
    // TEST-NET-1: an address that is never routed.
    let remote = "http://192.0.2.1:9";
    let refused = |output: &std::process::Output, what: &str| {
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(3), "{what}:\n{stderr}");
        assert!(stderr.contains("plain http:// to 192.0.2.1") && stderr.contains("--allow-plaintext-http"), "{what}:\n{stderr}");
    };
    let honeycomb = || {
        let mut command = env.cmd();
        command.env("HONEYCOMB_API_ENDPOINT", remote).env("HONEYCOMB_API_KEY", &config).args(["--request-timeout", "1s"]);
        command
    };
    refused(&honeycomb().args(["honeycomb", "auth", "status"]).output().unwrap(), "the Honeycomb API");
    refused(
        &env.cmd().env("AWS_ENDPOINT_URL", remote).args(["xray", "groups", "list", "--request-timeout", "1s"]).output().unwrap(),
        "AWS",
    );
    // With the flag the request is made (and fails: nothing answers there), so the refusal was the flag's.
    let allowed = honeycomb().args(["--allow-plaintext-http", "honeycomb", "datasets", "list"]).output().unwrap();
    assert_eq!(allowed.status.code(), Some(6), "{}", String::from_utf8_lossy(&allowed.stderr));
    // doctor --verify: the span (with the ingest key) is not sent to a plain-http endpoint elsewhere.
    let ingest = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let dir = env.work_path("ws");
    std::fs::create_dir_all(&dir).unwrap();
    let output = env
        .honeycomb(&hc)
        .env("HONEYCOMB_API_KEY", &ingest)
        .args(["doctor", "--dir", dir.to_str().unwrap(), "--verify", "--endpoint", remote, "--skip", "xray", "-o", "json"])
        .output()
        .unwrap();
    let rows: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let verify = rows.as_array().unwrap().iter().find(|row| row["check"] == "verify.trace").unwrap();
    assert_eq!(verify["status"], "fail");
    assert!(verify["message"].as_str().unwrap().contains("plain http:// to 192.0.2.1"), "{verify}");
}

fn workspace_sending_to(dir: &Path, endpoint: &str) {
    std::fs::create_dir_all(dir.join("backend-flask")).unwrap();
    std::fs::write(dir.join("backend-flask/requirements.txt"), "flask\n").unwrap();
    std::fs::write(
        dir.join("docker-compose.yml"),
        format!(
            "services:\n  backend-flask:\n    build: ./backend-flask\n    environment:\n      OTEL_SERVICE_NAME: \"backend-flask\"\n      OTEL_EXPORTER_OTLP_ENDPOINT: \"{endpoint}\"\n      OTEL_EXPORTER_OTLP_HEADERS: \"x-honeycomb-team=${{HONEYCOMB_API_KEY}}\"\n"
        ),
    )
    .unwrap();
}

/// Item 4: a pull request points compose's OTLP endpoint at the attacker's collector; `doctor --verify`
/// in CI reports otel.endpoint as not passed and does not send the test span (with the key) there.
#[test]
fn verify_sends_the_key_only_to_an_endpoint_that_passed() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let collector = Hostile::start(|_| Reply::json(200, &json!({})));
    let dir = env.work_path("ws");
    workspace_sending_to(&dir, &collector.url());
    let ingest = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let run = |extra: &[&str]| {
        let assert = env
            .honeycomb(&hc)
            .env("HONEYCOMB_API_KEY", &ingest)
            .env("HONEYCOMB_QUERY_KEY", hc.configuration_key())
            .args(["doctor", "--dir", dir.to_str().unwrap(), "--verify", "--timeout", "30s", "--skip", "xray", "-o", "json"])
            .args(extra)
            .assert();
        let rows = stdout_json(&assert);
        let status = |id: &str| rows.as_array().unwrap().iter().find(|row| row["check"] == id).unwrap().clone();
        (status("otel.endpoint"), status("verify.trace"))
    };
    let (endpoint, verify) = run(&[]);
    // Not Honeycomb's: a warning (a collector there might forward), which is not a pass.
    assert_ne!(endpoint["status"], "pass", "{endpoint}");
    assert_eq!(verify["status"], "fail", "{verify}");
    assert!(verify["message"].as_str().unwrap().starts_with("not sent"), "{verify}");
    let sent: Vec<String> = collector.requests().iter().map(|request| format!("{} {}", request.method, request.path)).collect();
    assert!(sent.is_empty(), "the planted endpoint got the key: {sent:?}");
    // Named on the command line, an endpoint is the user's own choice: there the span goes.
    let (_, verify) = run(&["--endpoint", &hc.server.url()]);
    assert_eq!(verify["status"], "pass", "{verify}");
}

/// Item 5: a 200 whose body never ends (chunked, or with a huge Content-Length) is cut at the limit,
/// for Honeycomb's API and for AWS's, with a message naming the limit.
#[test]
fn an_answer_without_end_is_cut_at_the_limit() {
    let env = TestEnv::new();
    const HUGE: u64 = 200 << 20;
    let server = Hostile::start(|request| match request.path.as_str() {
        "/1/datasets" => Reply::Endless { total: HUGE, declared: None },
        path if path.starts_with("/1/markers/") => Reply::Endless { total: HUGE, declared: Some(HUGE) },
        _ => Reply::Endless { total: HUGE, declared: None },
    });
    let (config, _) = keys("endless");
    let runs: [&[&str]; 3] =
        [&["honeycomb", "datasets", "list"], &["honeycomb", "markers", "list", "-d", "x"], &["xray", "groups", "list"]];
    for args in runs {
        let before = (server.bytes_sent(), server.requests().len());
        let output = run_guarded(
            env.std_cmd()
                .env("HONEYCOMB_API_ENDPOINT", server.url())
                .env("HONEYCOMB_API_KEY", &config)
                .env("AWS_ENDPOINT_URL", server.url())
                .args(args),
            Duration::from_secs(300),
        );
        let what = args.join(" ");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(6), "{what}:\n{stderr}");
        assert!(stderr.contains("larger than 16 MiB"), "{what}: names the limit:\n{stderr}");
        let requests = (server.requests().len() - before.1) as u64;
        let sent = server.bytes_sent() - before.0;
        // Per request: the limit, plus what sat in socket buffers when the tool hung up.
        assert!(sent < requests * (32 << 20), "{what}: {sent} bytes were taken over {requests} request(s)");
        assert_eq!(requests, 1, "{what}: an answer over the limit is not asked for again");
    }
}

/// Item 9: a server that quotes the key it was sent (a 401 page, a Bearer header echoed) never gets it
/// printed: not on stderr, not in `auth status -o json`, not in a table.
#[test]
fn a_key_echoed_back_is_masked_in_every_message() {
    let env = TestEnv::new();
    let server = Hostile::start(|request| {
        let sent = request.header("x-honeycomb-team").or(request.header("authorization")).unwrap_or_default().to_owned();
        match request.path.as_str() {
            "/2/auth" => Reply::json(
                401,
                &json!({"errors": [{"status": "401", "title": "invalid key", "detail": format!("the header was {sent}")}]}),
            ),
            "/1/auth" => Reply::json(401, &json!({"error": format!("unknown API key - check your credentials: {sent}")})),
            _ => Reply::json(403, &json!({"error": format!("{sent} may not do this")})),
        }
    });
    let (config, _) = keys("echo");
    let (id, secret) = management("echo");
    let secrets = [config.clone(), secret.clone()];
    let runs: [&[&str]; 5] = [
        &["honeycomb", "auth", "status", "-o", "json"],
        &["honeycomb", "auth", "status", "-o", "table"],
        &["honeycomb", "environments", "list", "-v"],
        &["honeycomb", "datasets", "list", "-o", "json"],
        &["query", "latency-by-user", "-d", "x"],
    ];
    for args in runs {
        let output = env
            .cmd()
            .env("HONEYCOMB_API_ENDPOINT", server.url())
            .env("HONEYCOMB_API_KEY", &config)
            .env("HONEYCOMB_KEY_ID", &id)
            .env("HONEYCOMB_KEY_SECRET", &secret)
            .args(args)
            .output()
            .unwrap();
        let what = args.join(" ");
        assert!(!output.status.success(), "{what}");
        assert_no_secrets(&output, &secrets, &what);
        let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(said.contains("hcaik_…") || said.contains("hcxmk_…"), "{what}: the echo is shown masked:\n{said}");
    }
}

/// Item 11: a server that answers one byte at a time cannot stretch `query --timeout`: the whole command,
/// retries included, ends within it (here 3 s; each attempt used to get 30 s, five times over).
#[test]
fn query_timeout_bounds_the_whole_command_against_a_drip() {
    let env = TestEnv::new();
    let server = Hostile::start(|_| Reply::Drip { every: Duration::from_millis(250), bytes: 2_000 });
    let (config, _) = keys("drip");
    let output = run_guarded(
        env.std_cmd().env("HONEYCOMB_API_ENDPOINT", server.url()).env("HONEYCOMB_API_KEY", &config).args([
            "query",
            "latency-by-user",
            "-d",
            "x",
            "--timeout",
            "3s",
        ]),
        Duration::from_secs(60),
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(6), "{stderr}");
    assert!(stderr.contains("before --timeout 3s ran out"), "names the flag:\n{stderr}");
    assert_eq!(server.requests().len(), 1, "no attempt after the time is up");
}
