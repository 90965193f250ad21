//! Item 1: text from servers and files reaches a real terminal (a pty) escaped, never interpreted: OSC 52
//! (clipboard), `ESC[2J`, OSC 8 links, OSC 0 titles, C1 CSI, U+202E, and CR/LF that would forge a line.
//! JSON keeps the exact values.

use serde_json::json;

use super::*;

/// What an attacker puts in a name: each would act on the terminal if printed raw.
fn payloads() -> Vec<(&'static str, String)> {
    vec![
        ("clipboard", "\x1b]52;c;cHduZWQ=\x07".to_owned()),
        ("clear", "\x1b[2J\x1b[H".to_owned()),
        ("link", "\x1b]8;;https://evil.example\x1b\\click me\x1b]8;;\x1b\\".to_owned()),
        ("title", "\x1b]0;pwned\x07".to_owned()),
        ("c1", "\u{9b}31mred".to_owned()),
        ("bidi", "user\u{202e}gpj.exe".to_owned()),
        ("forged", "alice\r\nFORGED-ROW  0.01 ms  1".to_owned()),
    ]
}

/// Fails if the terminal was sent anything that acts on it: ESC, BEL, C1 controls, bidi controls, or a
/// carriage return that is not the pty's own line end. `ours` lists escape sequences the tool itself
/// draws (none here: the runs are `--quiet` or `NO_COLOR`).
fn assert_inert(screen: &[u8], what: &str) {
    let text = String::from_utf8_lossy(screen);
    for (index, c) in text.char_indices() {
        let bad = matches!(c, '\x1b' | '\x07' | '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
            || (c == '\r' && !text[index..].starts_with("\r\n"));
        assert!(!bad, "{what}: the terminal was sent {c:?} at byte {index}:\n{text:?}");
    }
    assert!(!text.lines().any(|line| line.trim_start().starts_with("FORGED-ROW")), "{what}: a forged line:\n{text}");
}

#[test]
fn span_values_in_query_tables_and_terminal_csv_are_shown_escaped() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let environment = hc.server.credentials().default_environment().unwrap().slug.clone();
    let now = std::time::SystemTime::now();
    // Anyone with an ingest key (one is in every `--mode direct` browser bundle) can send these.
    let events: Vec<_> = payloads()
        .iter()
        .map(|(_, user)| (now - Duration::from_secs(60), json!({"app.user_id": user, "duration_ms": 10.0, "name": "GET /api"})))
        .collect();
    hc.server.ingest_events(&environment, "backend-flask", &events).unwrap();
    let vars = [("HONEYCOMB_API_ENDPOINT", hc.url()), ("HONEYCOMB_API_KEY", hc.configuration_key())];
    let query = ["query", "latency-by-user", "-d", "backend-flask", "--since", "1h", "-q"];
    for format in ["table", "csv"] {
        let args: Vec<&str> = query.iter().copied().chain(["-o", format]).collect();
        let (screen, code) = on_terminal(&env, &args, &vars);
        assert_eq!(code, Some(0), "{}", String::from_utf8_lossy(&screen));
        assert_inert(&screen, &format!("query latency-by-user -o {format}"));
        let text = String::from_utf8_lossy(&screen);
        assert!(text.contains("\\x1b]52;c;cHduZWQ=\\x07") && text.contains("user\\u202egpj.exe"), "shown escaped:\n{text}");
    }
    // Scripts get the values exactly as they were sent.
    let json = stdout_json(&env.honeycomb(&hc).args(query).args(["-o", "json"]).assert().success());
    let users: Vec<&str> = json.as_array().unwrap().iter().map(|row| row["user"].as_str().unwrap()).collect();
    for (name, payload) in payloads() {
        assert!(users.contains(&payload.as_str()), "{name}: JSON keeps the value exactly: {users:?}");
    }
}

#[test]
fn names_and_messages_from_a_hostile_server_are_shown_escaped() {
    let env = TestEnv::new();
    let evil = payloads().into_iter().map(|(_, payload)| payload).collect::<Vec<_>>().concat();
    let answer = evil.clone();
    let server = Hostile::start(move |request| match request.path.as_str() {
        "/1/datasets" => Reply::json(200, &json!([{"name": answer, "slug": "x", "description": answer}])),
        path if path.starts_with("/1/markers/") => Reply::json(200, &json!([{"id": "m1", "message": answer, "type": answer}])),
        // An error page that quotes the request back, escape sequences and a forged line included.
        path if path.starts_with("/1/columns/") => {
            Reply::json(400, &json!({"error": format!("bad dataset {answer}\nerror: FORGED-ROW the key was stolen")}))
        }
        // X-Ray's GetGroups (the AWS SDK through AWS_ENDPOINT_URL).
        "/Groups" => Reply::json(
            200,
            &json!({"Groups": [{"GroupName": answer, "GroupARN": "arn:aws:xray:us-east-1:000000000000:group/x/1", "FilterExpression": answer}]}),
        ),
        _ => Reply::json(404, &json!({"error": "not here"})),
    });
    let (config, _) = keys("terminal");
    let vars = [("HONEYCOMB_API_ENDPOINT", server.url()), ("HONEYCOMB_API_KEY", config), ("AWS_ENDPOINT_URL", server.url())];
    let runs: [&[&str]; 5] = [
        &["honeycomb", "datasets", "list", "-q"],
        &["honeycomb", "markers", "list", "-d", "x", "-q"],
        &["honeycomb", "markers", "list", "-d", "x", "-q", "-o", "csv"],
        &["query", "latency-by-user", "-d", "x", "-q"],
        &["xray", "groups", "list", "-q"],
    ];
    for args in runs {
        let (screen, code) = on_terminal(&env, args, &vars);
        let what = args.join(" ");
        assert_inert(&screen, &what);
        let text = String::from_utf8_lossy(&screen);
        if args[0] == "query" {
            assert_ne!(code, Some(0));
            assert_eq!(text.lines().filter(|line| line.starts_with("error:")).count(), 1, "{what}: one error line:\n{text}");
        } else {
            assert_eq!(code, Some(0), "{what}:\n{text}");
            assert!(text.contains("\\x1b]0;pwned\\x07"), "{what}: shown escaped:\n{text}");
        }
    }
}

#[test]
fn workspace_files_reach_the_checklist_and_the_diff_escaped() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let dir = env.work_path("evil");
    std::fs::create_dir_all(dir.join("api")).unwrap();
    std::fs::write(dir.join("api/requirements.txt"), "flask\n").unwrap();
    // YAML's double-quoted escapes make a service name with an escape sequence and a bidi override.
    std::fs::write(dir.join("docker-compose.yml"), "services:\n  \"api\\e]0;pwned\\a\\u202e\":\n    build: ./api\n").unwrap();
    // A .env comment holding raw control bytes: the dry run's diff shows the file's lines.
    std::fs::write(dir.join(".env"), "# \x1b]52;c;cHduZWQ=\x07 \x1b[2J\rFORGED-ROW\nA=1\n").unwrap();
    let ingest = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let vars = [("HONEYCOMB_API_ENDPOINT", hc.url()), ("HONEYCOMB_API_KEY", ingest)];
    let dir_arg = dir.to_str().unwrap();
    for args in [vec!["doctor", "--dir", dir_arg, "--skip", "xray", "-q"], vec!["init", "--dir", dir_arg, "--dry-run", "--yes", "-q"]] {
        let (screen, _) = on_terminal(&env, &args, &vars);
        assert_inert(&screen, &args.join(" "));
        let text = String::from_utf8_lossy(&screen);
        assert!(
            text.contains("\\x1b]0;pwned\\x07\\u202e") || text.contains("\\x1b]52;c;cHduZWQ=\\x07"),
            "{}: shown escaped:\n{text}",
            args[0]
        );
    }
}
