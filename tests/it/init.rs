//! `cruddur-obs init` on the real bootcamp workspaces, with the key checked by the local Honeycomb server
//! behind prism and `gp` faked on PATH.

use std::path::Path;

use predicates::prelude::*;

use crate::common::*;

fn init(env: &TestEnv, hc: &Honeycomb, key: &str, dir: &Path) -> assert_cmd::Command {
    let mut command = env.honeycomb_bare(hc);
    command.env("HONEYCOMB_API_KEY", key).arg("init").arg("--dir").arg(dir);
    command
}

// Every workspace through init, a re-run, doctor and the doctor-fix round trip: tests/it/workspaces.rs.

#[test]
fn gitpod_gets_the_key_through_gp_env_without_printing_it() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let key = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let dir = env.work_path("cruddur");
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &dir);
    let log = env.work_path("gp.log");
    let path = format!("{}:{}", fakes_dir().display(), std::env::var("PATH").unwrap());
    let run = || init(&env, &hc, &key, &dir).env("PATH", &path).env("GP_FAKE_LOG", &log).output().unwrap();
    let first = run();
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    assert_no_secrets(&first, std::slice::from_ref(&key), "init with gitpod");
    let stderr = String::from_utf8_lossy(&first.stderr);
    assert!(stderr.contains("eval \"$(gp env -e)\""), "{stderr}");
    let store = std::fs::read_to_string(env.home.path().join(".gp-fake-env")).unwrap();
    assert_eq!(store, format!("HONEYCOMB_API_KEY={key}\n"));
    let second = run();
    assert!(second.status.success());
    let calls = std::fs::read_to_string(&log).unwrap();
    assert_eq!(calls.lines().filter(|line| line.starts_with("env HONEYCOMB_API_KEY=")).count(), 1, "gp env set once: {calls}");
}

#[test]
fn a_literal_key_in_compose_is_fixed_only_with_consent() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let key = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let dir = env.work_path("leaky");
    copy_workspace("waleedayoub__aws-bootcamp-cruddur-2023", &dir);
    std::fs::copy(
        workspace_fixture("waleedayoub__aws-bootcamp-cruddur-2023/_variants/255077f/docker-compose.yml"),
        dir.join("docker-compose.yml"),
    )
    .unwrap();
    let declined = init(&env, &hc, &key, &dir).args(["--target", "compose"]).assert().success();
    assert!(stderr_text(&declined).contains("holds a literal Honeycomb key (--fix replaces it"), "{}", stderr_text(&declined));
    assert!(std::fs::read_to_string(dir.join("docker-compose.yml")).unwrap().contains("x-honeycomb-team=REDACTED"));

    let fixed = init(&env, &hc, &key, &dir).args(["--target", "compose", "--fix"]).assert().success();
    assert!(stderr_text(&fixed).contains("rotate it"), "{}", stderr_text(&fixed));
    let text = std::fs::read_to_string(dir.join("docker-compose.yml")).unwrap();
    assert!(text.contains("x-honeycomb-team=${HONEYCOMB_API_KEY}") && !text.contains("REDACTED"), "{text}");
}

#[test]
fn a_failing_run_leaves_every_file_as_it_was() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let key = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let dir = env.work_path("cruddur");
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &dir);
    let before = snapshot(&dir);
    init(&env, &hc, &fake_key("hcxik_", "notarealkey", 44), &dir)
        .assert()
        .code(4)
        .stderr(predicate::str::contains("env HONEYCOMB_API_KEY"));
    assert_eq!(snapshot(&dir), before, "a rejected key changes nothing");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // The compose file is written after .env would be created: a read-only compose file must stop both.
        let compose = dir.join("docker-compose.yml");
        std::fs::set_permissions(&compose, std::fs::Permissions::from_mode(0o444)).unwrap();
        let before = snapshot(&dir);
        init(&env, &hc, &key, &dir).assert().code(3).stderr(predicate::str::contains("docker-compose.yml: the file is read-only"));
        assert_eq!(snapshot(&dir), before, "a read-only file stops the whole run");
        assert!(!dir.join(".env").exists());
    }
}

#[test]
fn choices_are_flags_without_a_terminal() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let dir = env.work_path("cruddur");
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &dir);
    env.honeycomb_bare(&hc).arg("init").arg("--dir").arg(&dir).assert().code(2).stderr(predicate::str::contains("no Honeycomb ingest key"));
    env.honeycomb_bare(&hc)
        .arg("init")
        .arg("--dir")
        .arg(&dir)
        .args(["--service", "backend-flsk"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("did you mean backend-flask?"));
}

#[test]
fn with_a_management_key_init_creates_the_environment_and_an_ingest_key() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let credentials = hc.server.credentials().clone();
    let dir = env.work_path("cruddur");
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &dir);
    let assert = env
        .honeycomb_bare(&hc)
        .env("HONEYCOMB_KEY_ID", &credentials.management_key_id)
        .env("HONEYCOMB_KEY_SECRET", &credentials.management_key_secret)
        .arg("init")
        .arg("--dir")
        .arg(&dir)
        .args(["--environment", "aws-bootcamp-cruddur", "--target", "compose,dotenv"])
        .assert()
        .success();
    let stderr = stderr_text(&assert);
    assert!(stderr.contains("created Honeycomb environment aws-bootcamp-cruddur"), "{stderr}");
    assert_eq!(hc.server.stats().created.api_keys, 1);
    let dotenv = std::fs::read_to_string(dir.join(".env")).unwrap();
    let config = std::fs::read_to_string(env.config_file()).unwrap();
    let saved = config.lines().find_map(|line| line.strip_prefix("ingest_key = \"")).unwrap().trim_end_matches('"').to_owned();
    assert!(dotenv.contains(&format!("HONEYCOMB_API_KEY={saved}")));
    // The next run finds the key in the profile: no second key.
    env.honeycomb_bare(&hc)
        .arg("init")
        .arg("--dir")
        .arg(&dir)
        .args(["--environment", "aws-bootcamp-cruddur", "--target", "compose,dotenv"])
        .assert()
        .success();
    assert_eq!(hc.server.stats().created.api_keys, 1);
}

#[test]
fn concurrent_runs_serialize_to_the_result_of_one() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let key = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let dir = env.work_path("cruddur");
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &dir);
    let single = env.work_path("single");
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &single);
    init(&env, &hc, &key, &single).assert().success();
    let children: Vec<_> = (0..2).map(|_| init(&env, &hc, &key, &dir).output()).collect();
    for child in children {
        assert!(child.unwrap().status.success());
    }
    let contents = |root: &Path| {
        snapshot(root).into_iter().map(|(path, (bytes, _))| (path.strip_prefix(root).unwrap().to_owned(), bytes)).collect::<Vec<_>>()
    };
    assert_eq!(contents(&dir), contents(&single));
}

/// kill -9 at spread-out moments of 200 runs: every file is always its old or its new version, never a mix
/// (atomic replacement), and no temporary file is left behind in the workspace.
#[cfg(unix)]
#[test]
fn killed_runs_leave_old_or_new_files_never_a_mix() {
    let env = TestEnv::new();
    // Straight to the server: this is about the file writes, and prism would make each run slower.
    let server = HoneycombServer::start(HoneycombConfig {
        seed: cruddur_honeycomb_server::Seed::demo().with_plan(Plan::Enterprise),
        ..HoneycombConfig::default()
    })
    .unwrap();
    let key = server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let reference = env.work_path("reference");
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &reference);
    let original = snapshot(&reference);
    let run = |dir: &Path| {
        let mut command = std::process::Command::new(assert_cmd::cargo_bin!("cruddur-obs"));
        command.env_clear().env("PATH", std::env::var_os("PATH").unwrap()).env("HOME", env.home.path());
        command.env("CRUDDUR_OBS_CONFIG_DIR", env.home.path().join("config")).env("HONEYCOMB_API_ENDPOINT", server.url());
        command
            .env("HONEYCOMB_API_KEY", &key)
            .args(["init", "--yes", "--dir"])
            .arg(dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        command
    };
    let started = std::time::Instant::now();
    assert!(run(&reference).status().unwrap().success());
    let full_run = started.elapsed();
    let done = snapshot(&reference);
    let versions = |path: &Path| -> Vec<Option<Vec<u8>>> {
        let relative = path.strip_prefix(&reference).unwrap();
        [&original, &done].iter().map(|state| state.get(&reference.join(relative)).map(|(bytes, _)| bytes.clone())).collect()
    };
    let dir = env.work_path("victim");
    let mut states = std::collections::BTreeSet::new();
    let mut leftovers = 0;
    for attempt in 0..200u32 {
        let _ = std::fs::remove_dir_all(&dir);
        copy_workspace("omenking__aws-bootcamp-cruddur-2023", &dir);
        let mut child = run(&dir).spawn().unwrap();
        // Spread the kills over the whole run, with a deterministic pattern.
        std::thread::sleep(full_run.mul_f64(f64::from((attempt * 37) % 101) / 100.0));
        let _ = child.kill();
        let _ = child.wait();
        let mut changed = 0;
        for (path, (bytes, _)) in snapshot(&dir) {
            let relative = path.strip_prefix(&dir).unwrap();
            if !reference.join(relative).exists() && !original.contains_key(&reference.join(relative)) {
                // A temporary file caught mid-commit: the next run removes it (checked below).
                leftovers += 1;
                continue;
            }
            let allowed = versions(&reference.join(relative));
            assert!(allowed.contains(&Some(bytes.clone())), "attempt {attempt}: {} is neither old nor new", relative.display());
            changed += usize::from(allowed[0].as_deref() != Some(bytes.as_slice()));
        }
        states.insert(changed);
        // Finishing the job afterwards gives exactly one complete run's result, and no leftovers.
        assert!(run(&dir).status().unwrap().success());
        let finished: Vec<_> =
            snapshot(&dir).into_iter().map(|(path, (bytes, _))| (path.strip_prefix(&dir).unwrap().to_owned(), bytes)).collect();
        let expected: Vec<_> =
            done.iter().map(|(path, (bytes, _))| (path.strip_prefix(&reference).unwrap().to_owned(), bytes.clone())).collect();
        assert_eq!(finished, expected, "attempt {attempt}: a run after a killed one does not converge");
    }
    assert!(states.len() > 1, "the kills all landed at the same point: {states:?}");
    eprintln!("{leftovers} temporary file(s) caught mid-commit in 200 kills; all removed by the next run");
}

/// `--with honeycomb,xray,cloudwatch,rollbar --xray-via daemon` (the seeds' path, kept for those who need it)
/// on a workspace whose X-Ray daemon is commented out: the daemon service, the variables, the packages, the
/// Rollbar token kept like the Honeycomb key, the X-Ray group and rule in the local X-Ray server, the log
/// group in moto, the end of support said; a second run changes nothing anywhere.
#[test]
fn with_every_part_the_rest_of_week_two_is_set_up_once() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let xray = start_xray();
    let moto = MotoServer::start();
    let key = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let token = "0123456789abcdef0123456789abcdef";
    let dir = env.work_path("enoch");
    copy_workspace("enochgeorge9x9__aws-bootcamp-cruddur-2023", &dir);
    let run = || {
        init(&env, &hc, &key, &dir)
            .env("AWS_ENDPOINT_URL_XRAY", xray.url())
            .env("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", moto.url())
            .env("ROLLBAR_ACCESS_TOKEN", token)
            .args(["--with", "honeycomb,xray,cloudwatch,rollbar", "--xray-via", "daemon", "-o", "json"])
            .output()
            .unwrap()
    };
    let first = run();
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    assert!(
        String::from_utf8_lossy(&first.stderr).contains("AWS ends their support on 2027-02-25"),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert_no_secrets(&first, &[key.clone(), token.to_owned()], "init --with everything");
    let compose = std::fs::read_to_string(dir.join("docker-compose.yml")).unwrap();
    // The fixture's own daemon is commented out: a real service must have been added.
    let services = cruddur_obs::edit::compose::services(&compose).unwrap();
    assert!(services.iter().any(|service| service.name == "xray-daemon"), "no xray-daemon service:\n{compose}");
    assert!(compose.contains("\"xray -o -b xray-daemon:2000\""), "{compose}");
    for expected in
        ["AWS_XRAY_DAEMON_ADDRESS", "ROLLBAR_ACCESS_TOKEN: \"${ROLLBAR_ACCESS_TOKEN}\"", "x-honeycomb-team=${HONEYCOMB_API_KEY}"]
    {
        assert!(compose.contains(expected), "missing {expected:?} in\n{compose}");
    }
    assert!(!compose.contains(token));
    let requirements = std::fs::read_to_string(dir.join("backend-flask/requirements.txt")).unwrap().to_lowercase();
    for package in ["aws-xray-sdk", "watchtower", "rollbar", "blinker", "opentelemetry-sdk"] {
        assert!(requirements.contains(package), "{package} missing");
    }
    assert!(std::fs::read_to_string(dir.join(".env")).unwrap().contains(&format!("ROLLBAR_ACCESS_TOKEN={token}")));
    let rules: serde_json::Value = serde_json::from_str(&run_ok(env.aws(&xray).args(["xray", "get-sampling-rules"]))).unwrap();
    assert!(rules["SamplingRuleRecords"].as_array().unwrap().iter().any(|r| r["SamplingRule"]["RuleName"] == "Cruddur"));
    let group: serde_json::Value =
        serde_json::from_str(&run_ok(env.aws(&xray).args(["xray", "get-group", "--group-name", "Cruddur"]))).unwrap();
    assert_eq!(group["Group"]["FilterExpression"], "service(\"backend-flask\")");
    let logs = run_ok(env.aws_moto(&moto).args(["logs", "describe-log-groups"]));
    assert!(logs.contains("\"logGroupName\": \"cruddur\""), "{logs}");

    let writes = xray.stats().write_calls;
    let before = snapshot(&dir);
    let second = run();
    assert!(second.status.success());
    assert!(String::from_utf8_lossy(&second.stderr).contains("nothing to change"), "{}", String::from_utf8_lossy(&second.stderr));
    assert_eq!(snapshot(&dir), before);
    assert_eq!(xray.stats().write_calls, writes, "no X-Ray write on the second run");
}

/// The interactive flow under a pseudo-terminal (the service multi-select and the masked key prompt,
/// answered), and the same result without a terminal from flags.
#[test]
fn the_interactive_flow_equals_the_flags() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let key = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let by_hand = env.work_path("by-hand");
    let by_flags = env.work_path("by-flags");
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &by_hand);
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &by_flags);

    let driver = fakes_dir().join("pty_drive.py");
    let mut command = std::process::Command::new("python3");
    command.env_clear().env("PATH", std::env::var_os("PATH").unwrap()).env("HOME", env.home.path()).env("TERM", "xterm");
    command.env("CRUDDUR_OBS_CONFIG_DIR", env.home.path().join("config")).env("HONEYCOMB_API_ENDPOINT", hc.url());
    command.arg(&driver);
    // Enter accepts the pre-selected Flask service; then the key, typed at the masked prompt.
    command.args(["Services to instrument", "\\r", "Honeycomb ingest key", &format!("{key}\\r"), "--"]);
    command.arg(assert_cmd::cargo_bin!("cruddur-obs")).arg("init").arg("--dir").arg(&by_hand);
    let output = command.output().unwrap();
    let screen = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{screen}");
    assert!(!screen.contains(&key), "the key was echoed:\n{screen}");

    init(&env, &hc, &key, &by_flags).args(["--service", "backend-flask"]).assert().success();
    let contents = |root: &Path| {
        snapshot(root).into_iter().map(|(path, (bytes, _))| (path.strip_prefix(root).unwrap().to_owned(), bytes)).collect::<Vec<_>>()
    };
    assert_eq!(contents(&by_hand), contents(&by_flags));
}

/// Babapool's rule names the service "Cruddur" (RuleName and ServiceName swapped): init reports it, and with
/// --fix makes the rule match the instrumented service, touching no other byte of the file.
#[test]
fn a_sampling_rule_for_another_service_is_reported_and_fixed_with_consent() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let key = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let dir = env.work_path("babapool");
    copy_workspace("Babapool__aws-bootcamp-cruddur-2023", &dir);
    let rules = dir.join("aws/json/xray.json");
    let original = std::fs::read_to_string(&rules).unwrap();
    let reported = init(&env, &hc, &key, &dir).args(["--target", "compose"]).assert().success();
    assert!(
        stderr_text(&reported).contains("ServiceName \"Cruddur\" matches no instrumented service (backend-flask)"),
        "{}",
        stderr_text(&reported)
    );
    assert_eq!(std::fs::read_to_string(&rules).unwrap(), original);
    init(&env, &hc, &key, &dir).args(["--target", "compose", "--fix"]).assert().success();
    assert_eq!(
        std::fs::read_to_string(&rules).unwrap(),
        original.replace("\"ServiceName\": \"Cruddur\"", "\"ServiceName\": \"backend-flask\"")
    );
}

/// `xray init --via daemon` on its own, with the AWS endpoint as a flag: daemon and wiring written, group and
/// rule made; no Honeycomb key needed; a second run writes nothing.
#[test]
fn xray_init_wires_the_daemon_and_creates_the_group_and_rule() {
    let env = TestEnv::new();
    let xray = start_xray();
    let dir = env.work_path("lhviet");
    copy_workspace("lhviet204__aws-bootcamp-cruddur-2023", &dir);
    let run = || {
        env.cmd()
            .args(["xray", "init", "--via", "daemon", "--endpoint-url"])
            .arg(xray.url())
            .arg("--dir")
            .arg(&dir)
            .args(["-o", "json"])
            .assert()
            .success()
    };
    let first = run();
    let rows = stdout_json(&first);
    let actions: Vec<(String, String)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|row| (row["target"].as_str().unwrap().to_owned(), row["action"].as_str().unwrap().to_owned()))
        .collect();
    assert!(actions.contains(&("xray".to_owned(), "created".to_owned())), "{actions:?}");
    let compose = std::fs::read_to_string(dir.join("docker-compose.yml")).unwrap();
    assert!(compose.contains("AWS_XRAY_DAEMON_ADDRESS"), "{compose}");
    let services = cruddur_obs::edit::compose::services(&compose).unwrap();
    assert!(services.iter().any(|service| service.name == "xray-daemon"), "no xray-daemon service:\n{compose}");
    let writes = xray.stats().write_calls;
    let before = snapshot(&dir);
    let second = run();
    assert!(stderr_text(&second).contains("nothing to change"), "{}", stderr_text(&second));
    assert_eq!(snapshot(&dir), before);
    assert_eq!(xray.stats().write_calls, writes);
}
