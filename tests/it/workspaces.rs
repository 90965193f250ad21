//! Workspaces as teams really leave them (issue 17): every fixture workspace, the real ones and the
//! synthetic ones made for each class of mistake (`synthetic__*`, tests/fixtures/workspaces/SOURCES.md),
//! through `init`, a second `init` that changes nothing, `doctor`, and the doctor-fix round trip: every
//! finding whose fix is a command is fixed by running that command, and doctor no longer reports it.
//! Then one test per class, on its own fixture.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

use crate::common::*;

const ROLLBAR_TOKEN: &str = "fedcba9876543210fedcba9876543210";

fn all_fixtures() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(repo_root().join("tests/fixtures/workspaces"))
        .unwrap()
        .map(|entry| entry.unwrap())
        .filter(|entry| entry.file_type().unwrap().is_dir())
        .map(|entry| entry.file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

fn git(dir: &Path, args: &[&str]) -> String {
    run_ok(std::process::Command::new("git").args(["-c", "user.name=t", "-c", "user.email=t@example.com"]).args(args).current_dir(dir))
}

/// A fixture copied into `dir` and committed, as a team's clone has it (what its .gitignore ignores is
/// not committed).
fn clone_of(name: &str, dir: &Path) {
    copy_workspace(name, dir);
    git(dir, &["init", "-q"]);
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-qm", "week 2"]);
}

struct World {
    env: TestEnv,
    hc: Honeycomb,
    moto: MotoServer,
    key: String,
}

impl World {
    fn start() -> World {
        let hc = Honeycomb::start(Plan::Enterprise);
        let key = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
        World { env: TestEnv::new(), hc, moto: MotoServer::start(), key }
    }

    /// `cruddur-obs` in `dir`, against the local Honeycomb, X-Ray and CloudWatch, with the key and the
    /// Rollbar token in the shell (what init is run with).
    fn obs(&self, xray: &XrayServer, dir: &Path) -> assert_cmd::Command {
        let mut command = self.env.honeycomb_bare(&self.hc);
        command
            .env("HONEYCOMB_API_KEY", &self.key)
            .env("ROLLBAR_ACCESS_TOKEN", ROLLBAR_TOKEN)
            .env("AWS_ENDPOINT_URL_XRAY", xray.url())
            .env("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", self.moto.url())
            .current_dir(dir);
        command
    }

    /// `doctor -o json` as a user runs it in the workspace: no key in the shell (it reads .env).
    fn doctor(&self, xray: &XrayServer, dir: &Path) -> (std::process::Output, Vec<Value>) {
        let output = self
            .env
            .honeycomb_bare(&self.hc)
            .env("AWS_ENDPOINT_URL", xray.url())
            .current_dir(dir)
            .args(["doctor", "-o", "json"])
            .output()
            .unwrap();
        let rows: Value = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|err| panic!("doctor's stdout is not JSON ({err}): {}", String::from_utf8_lossy(&output.stderr)));
        (output, rows.as_array().unwrap().clone())
    }

    fn secrets(&self) -> Vec<String> {
        let mut secrets = self.hc.secrets();
        secrets.push(self.key.clone());
        secrets.push(ROLLBAR_TOKEN.to_owned());
        secrets
    }
}

/// What the sweep does differently for a fixture.
#[derive(Default)]
struct Expect {
    /// init's flags beyond the sweep's.
    extra: &'static [&'static str],
    /// init refuses at first (exit 3, nothing written), naming this command; the sweep runs it and commits.
    refused_until: Option<&'static [&'static str]>,
}

fn expectations(name: &str) -> Expect {
    match name {
        "synthetic__tracked-dotenv" => {
            Expect { refused_until: Some(&["git", "rm", "--cached", "--quiet", "--", ".env"]), ..Expect::default() }
        }
        "synthetic__named-service" => Expect { extra: &["--service", "worker"], ..Expect::default() },
        _ => Expect::default(),
    }
}

/// A finding, as the round trip tells findings apart.
fn finding(row: &Value) -> (String, String, String) {
    (
        row["check"].as_str().unwrap().to_owned(),
        row["file"].as_str().unwrap_or_default().to_owned(),
        row["message"].as_str().unwrap().to_owned(),
    )
}

fn open_with_command(rows: &[Value]) -> Vec<&Value> {
    rows.iter().filter(|row| (row["status"] == "fail" || row["status"] == "warn") && row["command"].is_array()).collect()
}

fn argv(row: &Value) -> Vec<String> {
    row["command"].as_array().unwrap().iter().map(|word| word.as_str().unwrap().to_owned()).collect()
}

/// Walks each doctor finding whose fix is a command through that command (in `dir`), checking that
/// doctor no longer reports it; returns what was walked, and what is left (findings with no command).
fn walk(world: &World, xray: &XrayServer, dir: &Path, name: &str, mut rows: Vec<Value>) -> (Vec<String>, Vec<String>) {
    let secrets = world.secrets();
    let mut done: BTreeSet<(String, String, String)> = BTreeSet::new();
    let mut walked = Vec::new();
    while let Some(row) = open_with_command(&rows).into_iter().find(|row| !done.contains(&finding(row))).cloned() {
        let command = argv(&row);
        assert!(done.len() < 25, "{name}: the fixes do not converge: {rows:#?}");
        let output = match command[0].as_str() {
            "cruddur-obs" => world.obs(xray, dir).args(&command[1..]).output().unwrap(),
            "git" | "chmod" => std::process::Command::new(&command[0]).args(&command[1..]).current_dir(dir).output().unwrap(),
            other => panic!("{name}: doctor named a command the test does not know: {other}"),
        };
        assert!(output.status.success(), "{name}: {command:?} failed: {}", String::from_utf8_lossy(&output.stderr));
        assert_no_secrets(&output, &secrets, &format!("{name}: {command:?}"));
        let (_, next) = world.doctor(xray, dir);
        let still: Vec<&Value> =
            next.iter().filter(|next| (next["status"] == "fail" || next["status"] == "warn") && finding(next) == finding(&row)).collect();
        assert!(still.is_empty(), "{name}: {command:?} did not fix {row:#}");
        done.insert(finding(&row));
        walked.push(format!("{name}: {} ({}) by {}", row["check"], row["status"], command.join(" ")));
        rows = next;
    }
    // What is left needs a person (a key pasted into a journal, a name only the team knows).
    let mut left = Vec::new();
    for row in rows.iter().filter(|row| row["status"] == "fail" || row["status"] == "warn") {
        assert!(row["command"].is_null(), "{name}: {row:#}");
        assert!(row["fix"].is_string(), "{name}: a finding without a fix: {row:#}");
        left.push(format!("{name}: {} {}", row["check"], row["message"]));
    }
    (walked, left)
}

/// Every fixture: init (dry run first), a re-run that writes nothing, doctor (writing nothing, leaking
/// nothing), and every doctor finding whose fix is a command walked through that command.
#[test]
fn every_workspace_inits_reruns_to_nothing_and_every_doctor_fix_fixes() {
    let world = World::start();
    let secrets = world.secrets();
    let parts = ["--target", "compose,dotenv,requirements", "--with", "honeycomb,xray,cloudwatch,rollbar"];
    let (mut fixtures, mut walked, mut human) = (0, Vec::new(), Vec::new());
    let mut on_the_collector = Vec::new();
    for name in all_fixtures() {
        fixtures += 1;
        let expect = expectations(&name);
        let xray = start_xray();
        let dir = world.env.work_path(&name);
        clone_of(&name, &dir);
        let init = |extra: &[&str]| world.obs(&xray, &dir).arg("init").args(parts).args(expect.extra).args(extra).output().unwrap();

        let legacy = !cruddur_obs::workspace::Workspace::detect(&dir).unwrap().xray_legacy().is_empty();
        let before = snapshot(&dir);
        let dry = init(&["--dry-run"]);
        assert_no_secrets(&dry, &secrets, &name);
        assert_eq!(snapshot(&dir), before, "{name}: --dry-run wrote");
        if let Some(fix) = expect.refused_until {
            assert_eq!(dry.status.code(), Some(3), "{name}: {}", String::from_utf8_lossy(&dry.stderr));
            let refused = init(&[]);
            assert_eq!(refused.status.code(), Some(3), "{name}");
            let stderr = String::from_utf8_lossy(&refused.stderr);
            assert_eq!(stderr.lines().filter(|line| line.starts_with("error:")).count(), 1, "{name}: one error line\n{stderr}");
            assert!(stderr.contains(&format!("`{}", &fix[..3].join(" "))), "{name}: the error names the fix\n{stderr}");
            assert_eq!(snapshot(&dir), before, "{name}: a refused run wrote");
            run_ok(std::process::Command::new(fix[0]).args(&fix[1..]).current_dir(&dir));
            git(&dir, &["commit", "-qm", "stop tracking .env"]);
        } else {
            assert!(dry.status.success(), "{name}: {}", String::from_utf8_lossy(&dry.stderr));
            assert!(String::from_utf8_lossy(&dry.stdout).contains("OTEL_EXPORTER_OTLP_"), "{name}: the diff shows the variables");
        }

        let applied = init(&["-o", "json"]);
        assert!(applied.status.success(), "{name}: {}", String::from_utf8_lossy(&applied.stderr));
        assert_no_secrets(&applied, &secrets, &name);
        let dotenv = std::fs::read_to_string(dir.join(".env")).unwrap();
        assert!(dotenv.contains(&format!("HONEYCOMB_API_KEY={}", world.key)), "{name}: {dotenv}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(dir.join(".env")).unwrap().permissions().mode() & 0o777, 0o600, "{name}");
        }
        // The key and the token only in .env; .env ignored by git, not tracked.
        for (path, (bytes, _)) in snapshot(&dir) {
            if path.file_name().unwrap() != ".env" && !path.components().any(|part| part.as_os_str() == ".git") {
                let text = String::from_utf8_lossy(&bytes);
                assert!(!text.contains(&world.key) && !text.contains(ROLLBAR_TOKEN), "{name}: a secret landed in {}", path.display());
            }
        }
        assert!(git(&dir, &["status", "--porcelain", "--ignored", "--", ".env"]).starts_with("!! "), "{name}: .env is not ignored");
        if !name.starts_with("synthetic__") {
            // The real workspaces all end with the bootcamp's setup (the synthetic ones: their own tests).
            let compose =
                ["docker-compose.yml", "docker-compose.yaml"].iter().map(|file| dir.join(file)).find(|path| path.exists()).unwrap();
            let text = std::fs::read_to_string(&compose).unwrap();
            let services = cruddur_obs::edit::compose::services(&text).unwrap();
            let names: Vec<&str> = services.iter().map(|service| service.name.as_str()).collect();
            // Names compare as pip does: `aws_xray_sdk` is `aws-xray-sdk`.
            let requirements =
                std::fs::read_to_string(dir.join("backend-flask/requirements.txt")).unwrap().to_lowercase().replace('_', "-");
            for package in ["opentelemetry-instrumentation-flask", "watchtower", "rollbar"] {
                assert!(requirements.contains(package), "{name}: {package}");
            }
            let stderr = String::from_utf8_lossy(&applied.stderr);
            if legacy {
                // Left on the daemon (and the SDK) for `xray migrate`; Honeycomb straight from the app, as before.
                assert!(stderr.contains("xray migrate") && stderr.contains("2027-02-25"), "{name}: {stderr}");
                let original = String::from_utf8(before[&compose].0.clone()).unwrap();
                let had_daemon =
                    cruddur_obs::edit::compose::services(&original).unwrap().iter().any(|service| service.name == "xray-daemon");
                assert_eq!(names.contains(&"xray-daemon"), had_daemon, "{name}: the daemon is left as it was");
                assert!(text.contains("x-honeycomb-team=${HONEYCOMB_API_KEY}"), "{name}: {text}");
                assert!(!dir.join(".cruddur-obs").exists(), "{name}: no collector, no local copy");
            } else {
                // X-Ray the OpenTelemetry way: one collector, which holds the key and the AWS settings.
                on_the_collector.push(name.clone());
                assert!(names.contains(&"otel-collector") && !names.contains(&"xray-daemon"), "{name}: {names:?}");
                let backend = services.iter().find(|service| service.name == "backend-flask").unwrap();
                let endpoint = backend.environment.as_ref().unwrap().vars["OTEL_EXPORTER_OTLP_ENDPOINT"].value.clone();
                assert_eq!(endpoint.as_deref(), Some("http://otel-collector:4318"), "{name}");
                assert!(!requirements.contains("aws-xray-sdk\n") || requirements.contains("# aws-xray-sdk"), "{name}: no X-Ray SDK");
                assert!(text.contains("HONEYCOMB_API_KEY: \"${HONEYCOMB_API_KEY}\""), "{name}: the collector holds the key: {text}");
                assert!(
                    text.contains("AWS_SECRET_ACCESS_KEY: \"${AWS_SECRET_ACCESS_KEY}\""),
                    "{name}: the collector's AWS settings: {text}"
                );
                let config = compose.with_file_name("otel-collector-config.yaml");
                let loaded = crate::otelcol::validate(&[&config], &crate::otelcol::pipeline_env(&world.key));
                assert!(loaded.status.success(), "{name}: {}", String::from_utf8_lossy(&loaded.stderr));
                assert!(stderr.contains("xray destination --enable"), "{name}: Transaction Search checked first: {stderr}");
            }
        }

        let after = snapshot(&dir);
        let writes = xray.stats().write_calls;
        let again = init(&[]);
        assert!(again.status.success(), "{name}: {}", String::from_utf8_lossy(&again.stderr));
        assert!(String::from_utf8_lossy(&again.stderr).contains("nothing to change"), "{name}: {}", String::from_utf8_lossy(&again.stderr));
        assert_eq!(snapshot(&dir), after, "{name}: the second run wrote");
        assert_eq!(xray.stats().write_calls, writes, "{name}: the second run wrote to X-Ray");

        let (output, rows) = world.doctor(&xray, &dir);
        assert_no_secrets(&output, &secrets, &format!("{name}: doctor"));
        assert!(matches!(output.status.code(), Some(0 | 8)), "{name}: doctor exited {:?}", output.status.code());
        assert_eq!(snapshot(&dir), after, "{name}: doctor wrote");
        assert!(
            !rows
                .iter()
                .any(|row| row["check"] == "otel.variables" && row["message"].as_str().unwrap().starts_with("no service sends traces"))
        );

        // The round trip, after init and on the workspace as the team left it.
        let (fixed, left) = walk(&world, &xray, &dir, &name, rows);
        walked.extend(fixed);
        human.extend(left);
        let fresh = world.env.work_path(&format!("{name}.as-left"));
        clone_of(&name, &fresh);
        let xray_fresh = start_xray();
        let (_, rows) = world.doctor(&xray_fresh, &fresh);
        let (fixed, left) = walk(&world, &xray_fresh, &fresh, &format!("{name} (as left)"), rows);
        walked.extend(fixed);
        human.extend(left);
        // The fixes leave nothing for init to do.
        let settled = snapshot(&dir);
        let last = init(&[]);
        assert!(last.status.success(), "{name}: {}", String::from_utf8_lossy(&last.stderr));
        assert_eq!(snapshot(&dir), settled, "{name}: init after the fixes wrote: {}", String::from_utf8_lossy(&last.stderr));
    }
    eprintln!(
        "{fixtures} workspaces; {} doctor findings walked through their commands:\n{}\nleft for a person:\n{}",
        walked.len(),
        walked.join("\n"),
        human.join("\n")
    );
    assert!(fixtures >= 27, "{fixtures} fixtures");
    assert!(on_the_collector.len() >= 2, "{on_the_collector:?}");
    assert!(walked.len() >= 40, "only {} findings had a command: {walked:#?}", walked.len());
}

/// A per-class test's setup: the fixture cloned (and committed) in a temporary work directory.
fn cloned(env: &TestEnv, name: &str) -> std::path::PathBuf {
    let dir = env.work_path(name);
    clone_of(name, &dir);
    dir
}

fn init_with_key(env: &TestEnv, hc: &Honeycomb, dir: &Path) -> assert_cmd::Command {
    let key = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    let mut command = env.honeycomb_bare(hc);
    command.env("HONEYCOMB_API_KEY", key).current_dir(dir).arg("init");
    command
}

/// The rows of a `doctor -o json` command.
fn doctor_rows(command: &mut assert_cmd::Command) -> (Option<i32>, Vec<Value>) {
    let output = command.output().unwrap();
    let rows: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|err| panic!("not JSON ({err}): {}", String::from_utf8_lossy(&output.stderr)));
    (output.status.code(), rows.as_array().unwrap().clone())
}

fn rows_of<'a>(rows: &'a [Value], id: &str) -> Vec<&'a Value> {
    rows.iter().filter(|row| row["check"] == id).collect()
}

fn one_error_line(stderr: &str) -> &str {
    let errors: Vec<&str> = stderr.lines().filter(|line| line.starts_with("error:")).collect();
    assert_eq!(errors.len(), 1, "one error line:\n{stderr}");
    errors[0]
}

/// Item 1: a `.env` git tracks gets no key: init stops with one line naming the fix, writing nothing;
/// doctor says the same, with `git rm --cached` as the command; once .env leaves the index, init writes
/// the key and ignores .env. Outside git, and without git, it is not refused.
#[test]
fn a_tracked_env_gets_no_key_and_the_error_names_the_fix() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let dir = cloned(&env, "synthetic__tracked-dotenv");
    let before = snapshot(&dir);
    let refused = init_with_key(&env, &hc, &dir).assert().code(3);
    let line = one_error_line(&stderr_text(&refused)).to_owned();
    assert!(line.contains(".env is tracked by git"), "{line}");
    assert!(stderr_text(&refused).contains("hint: run `git rm --cached .env`"), "{}", stderr_text(&refused));
    assert_eq!(snapshot(&dir), before, "a refused run writes nothing");
    assert_eq!(hc.server.stats().requests.get("GET /1/auth"), None, "refused before any network call");

    let (code, rows) = doctor_rows(env.cmd().current_dir(&dir).args(["doctor", "-o", "json", "--skip", "honeycomb", "--skip", "xray"]));
    assert_eq!(code, Some(8));
    let tracked = rows_of(&rows, "dotenv.gitignore")[0];
    assert!(tracked["message"].as_str().unwrap().contains("is committed"), "{tracked}");
    assert_eq!(tracked["command"], serde_json::json!(["git", "rm", "--cached", "--quiet", "--", ".env"]));
    let variables = rows_of(&rows, "otel.variables")[0];
    assert_eq!(
        variables["command"],
        serde_json::json!(["cruddur-obs", "init", "--service", "backend-flask", "--target", "compose,requirements"]),
        "init leaves the tracked .env out, as its error says"
    );

    // Without .env as a target the run is not refused.
    init_with_key(&env, &hc, &dir).args(["--target", "compose,requirements"]).assert().success();
    assert_eq!(std::fs::read(dir.join(".env")).unwrap(), before[&dir.join(".env")].0, ".env untouched");

    git(&dir, &["rm", "--cached", "--quiet", "--", ".env"]);
    let applied = init_with_key(&env, &hc, &dir).assert().success();
    assert!(stderr_text(&applied).contains("added .env to .gitignore"), "{}", stderr_text(&applied));
    assert!(git(&dir, &["ls-files", "--", ".env"]).is_empty());
    assert_eq!(git(&dir, &["check-ignore", "--", ".env"]).trim(), ".env");
    assert_eq!(std::fs::read_to_string(dir.join(".gitignore")).unwrap(), ".env\n");

    // Without git on PATH, in a repository: nothing can be asked, so it is said.
    let nogit = env.work_path("nogit");
    copy_workspace("synthetic__gitignore-patterns", &nogit);
    std::fs::create_dir(nogit.join(".git")).unwrap();
    let without_git = init_with_key(&env, &hc, &nogit).env("PATH", "/nonexistent").assert().success();
    assert!(stderr_text(&without_git).contains("git is not installed"), "{}", stderr_text(&without_git));
    assert!(!nogit.join(".gitignore").exists() || std::fs::read_to_string(nogit.join(".gitignore")).unwrap().matches(".env").count() == 1);
}

/// Item 2: a .gitignore that already ignores .env (`/.env`, `.env*`, `*.env`, a rule in a parent
/// directory) gets nothing; one that does not gets one line, once, however many runs.
#[test]
fn gitignore_edits_are_idempotent_whatever_ignores_env() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    for pattern in ["/.env", ".env*", "*.env", "**/.env"] {
        let dir = cloned(&env, "synthetic__gitignore-patterns");
        std::fs::write(dir.join(".gitignore"), format!("# local files\n{pattern}\nnode_modules/\n")).unwrap();
        let wanted = std::fs::read(dir.join(".gitignore")).unwrap();
        for _ in 0..3 {
            init_with_key(&env, &hc, &dir).assert().success();
        }
        assert_eq!(std::fs::read(dir.join(".gitignore")).unwrap(), wanted, "{pattern}: .gitignore changed");
        std::fs::remove_dir_all(&dir).unwrap();
    }
    // A rule in the repository's top .gitignore, the workspace in a subdirectory.
    let top = env.work_path("monorepo");
    let dir = top.join("cruddur");
    copy_workspace("synthetic__gitignore-patterns", &dir);
    std::fs::remove_file(dir.join(".gitignore")).unwrap();
    std::fs::write(top.join(".gitignore"), "*.env\n.env\n").unwrap();
    git(&top, &["init", "-q"]);
    for _ in 0..3 {
        init_with_key(&env, &hc, &dir).assert().success();
    }
    assert!(!dir.join(".gitignore").exists(), "a parent's rule already ignores .env");
    // Nothing ignores it: one line, once.
    let dir = cloned(&env, "synthetic__gitignore-patterns");
    std::fs::write(dir.join(".gitignore"), "node_modules/").unwrap();
    for _ in 0..3 {
        init_with_key(&env, &hc, &dir).assert().success();
    }
    assert_eq!(std::fs::read_to_string(dir.join(".gitignore")).unwrap(), "node_modules/\n.env");
}

/// Item 3: `--dry-run` and `--fix --dry-run` mask every committed secret on every diff line (context and
/// `-` lines: the compose header, `.env.example`), not only the key this run writes.
#[test]
fn dry_runs_show_no_secret_in_any_diff_line() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let dir = cloned(&env, "synthetic__committed-keys");
    let committed = ["0a1b2c3d4e5f60718293a4b5c6d7e8f9", "9f8e7d6c5b4a39281706f5e4d3c2b1a0", "5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b"];
    let mut secrets: Vec<String> = committed.iter().map(|value| (*value).to_owned()).collect();
    secrets.extend(hc.secrets());
    for flags in [&["--dry-run"][..], &["--dry-run", "--fix"][..], &["--dry-run", "--fix", "--with", "honeycomb,rollbar"][..]] {
        let output = init_with_key(&env, &hc, &dir).env("ROLLBAR_ACCESS_TOKEN", ROLLBAR_TOKEN).args(flags).output().unwrap();
        assert!(output.status.success(), "{flags:?}: {}", String::from_utf8_lossy(&output.stderr));
        let mut all = secrets.clone();
        all.push(ROLLBAR_TOKEN.to_owned());
        assert_no_secrets(&output, &all, &format!("init {flags:?}"));
        let diff = String::from_utf8_lossy(&output.stdout);
        if flags.contains(&"--fix") {
            assert!(diff.contains("-      OTEL_EXPORTER_OTLP_HEADERS: \"x-honeycomb-team=…e8f9\""), "{diff}");
            assert!(diff.contains("+      OTEL_EXPORTER_OTLP_HEADERS: \"x-honeycomb-team=${HONEYCOMB_API_KEY}\""), "{diff}");
            assert!(diff.contains("-HONEYCOMB_API_KEY=…9a0b\n+HONEYCOMB_API_KEY=\n"), "{diff}");
        } else {
            assert!(diff.contains("       OTEL_EXPORTER_OTLP_HEADERS: \"x-honeycomb-team=…e8f9\""), "a context line, masked:\n{diff}");
        }
    }
    // Applied: the literals become references, the Rollbar token moves to .env (0600, ignored).
    init_with_key(&env, &hc, &dir).arg("--fix").assert().success();
    let compose = std::fs::read_to_string(dir.join("docker-compose.yml")).unwrap();
    assert!(
        compose.contains("ROLLBAR_ACCESS_TOKEN: \"${ROLLBAR_ACCESS_TOKEN}\"") && !committed.iter().any(|value| compose.contains(value))
    );
    assert!(std::fs::read_to_string(dir.join(".env")).unwrap().contains(&format!("ROLLBAR_ACCESS_TOKEN={}", committed[1])));
    assert_eq!(
        std::fs::read_to_string(dir.join("backend-flask/.env.example")).unwrap(),
        "FRONTEND_URL=http://localhost:3000\nHONEYCOMB_API_KEY=\n"
    );
}

/// Item 4: a literal key in any service's `environment` fails doctor with `init --fix` as the command,
/// and `init --fix` fixes it (plain `init` declines, saying so); then doctor no longer reports it.
#[test]
fn doctor_and_init_fix_agree_on_a_literal_key_in_any_service() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let dir = cloned(&env, "synthetic__literal-service-key");
    let (code, rows) = doctor_rows(env.cmd().current_dir(&dir).args(["doctor", "-o", "json", "--skip", "honeycomb", "--skip", "xray"]));
    assert_eq!(code, Some(8));
    let leak = rows_of(&rows, "secrets.literal").into_iter().find(|row| row["status"] == "fail").expect("the leak is reported");
    assert_eq!(leak["line"], 11);
    assert!(leak["fix"].as_str().unwrap().starts_with("use ${HONEYCOMB_API_KEY} instead (cruddur-obs init --fix does it"), "{leak}");
    assert_eq!(leak["command"], serde_json::json!(["cruddur-obs", "init", "--fix", "--service", "backend-flask"]));

    let declined = init_with_key(&env, &hc, &dir).assert().success();
    assert!(
        stderr_text(&declined)
            .contains("services.otel-collector.environment.HONEYCOMB_API_KEY holds a literal Honeycomb key (--fix replaces it"),
        "{}",
        stderr_text(&declined)
    );
    assert!(std::fs::read_to_string(dir.join("docker-compose.yml")).unwrap().contains("HONEYCOMB_API_KEY: \"REDACTED\""));
    let fixed = init_with_key(&env, &hc, &dir).args(["--fix", "--service", "backend-flask"]).assert().success();
    assert!(!stderr_text(&fixed).contains("nothing to change"), "{}", stderr_text(&fixed));
    let compose = std::fs::read_to_string(dir.join("docker-compose.yml")).unwrap();
    assert!(compose.contains("      HONEYCOMB_API_KEY: \"${HONEYCOMB_API_KEY}\""), "{compose}");
    let (_, rows) = doctor_rows(env.cmd().current_dir(&dir).args(["doctor", "-o", "json", "--skip", "honeycomb", "--skip", "xray"]));
    assert!(rows_of(&rows, "secrets.literal").iter().all(|row| row["status"] == "pass"), "{rows:#?}");
    let again = init_with_key(&env, &hc, &dir).args(["--fix", "--service", "backend-flask"]).assert().success();
    assert!(stderr_text(&again).contains("nothing to change"), "{}", stderr_text(&again));
}

/// Item 5: a collector endpoint, another variable for the key and the team's service name are kept and
/// reported with the reason; a mistake (`/v1/traces`) is changed, saying why; the key goes to .env under
/// the name the header uses, and doctor agrees with all of it.
#[test]
fn the_teams_choices_are_kept_and_only_mistakes_change() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let dir = cloned(&env, "synthetic__team-choices");
    let original = std::fs::read_to_string(dir.join("docker-compose.yml")).unwrap();
    let applied = init_with_key(&env, &hc, &dir).assert().success();
    let stderr = stderr_text(&applied);
    for said in [
        "services.backend-flask.environment.OTEL_SERVICE_NAME is \"cruddur-api\": kept (the team's name for the service)",
        "services.backend-flask.environment.OTEL_EXPORTER_OTLP_ENDPOINT is \"http://otel-collector:4318\": kept (the compose service otel-collector, a collector, holds the key)",
        "services.backend-flask.environment.OTEL_EXPORTER_OTLP_HEADERS sends the key from ${HONEYCOMB_API_KEY_BACKEND}: kept, and .env sets HONEYCOMB_API_KEY_BACKEND",
        "services.backend-jobs.environment.OTEL_EXPORTER_OTLP_ENDPOINT was \"https://api.honeycomb.io/v1/traces\": the SDK appends /v1/traces itself",
    ] {
        assert!(stderr.contains(said), "missing {said:?} in\n{stderr}");
    }
    let compose = std::fs::read_to_string(dir.join("docker-compose.yml")).unwrap();
    let backend = |text: &str| text.split("  backend-jobs:").next().unwrap().to_owned();
    assert_eq!(backend(&compose), backend(&original), "backend-flask's values are the team's");
    assert!(compose.contains(&format!("OTEL_EXPORTER_OTLP_ENDPOINT: \"{}\"", hc.url())), "{compose}");
    let key = hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap();
    assert!(std::fs::read_to_string(dir.join(".env")).unwrap().contains(&format!("HONEYCOMB_API_KEY_BACKEND={key}")));

    let (_, rows) = doctor_rows(env.honeycomb_bare(&hc).current_dir(&dir).args(["doctor", "-o", "json", "--skip", "xray"]));
    for row in rows_of(&rows, "otel.endpoint").into_iter().chain(rows_of(&rows, "otel.headers")).chain(rows_of(&rows, "env.resolves")) {
        assert_eq!(row["status"], "pass", "{row}");
    }
    assert!(rows_of(&rows, "honeycomb.key")[0]["status"] == "pass", "{rows:#?}");
    let again = init_with_key(&env, &hc, &dir).assert().success();
    assert!(stderr_text(&again).contains("nothing to change"), "{}", stderr_text(&again));
}

/// Item 6: what a service's env_file sets counts as set; new variables go where the team keeps theirs
/// (an env_file they edit, for values compose need not interpolate), else `environment`, saying why (a
/// generated env_file, read from its template).
#[test]
fn env_files_are_read_and_written_where_the_team_keeps_them() {
    let env = TestEnv::new();
    let dir = cloned(&env, "synthetic__env-file");
    let applied = env.cmd().current_dir(&dir).args(["init", "--target", "compose,requirements"]).assert().success();
    let stderr = stderr_text(&applied);
    assert!(
        stderr.contains("backend-jobs.env (env_file of backend-jobs) is generated from erb/backend-jobs.env.erb, and absent now"),
        "{stderr}"
    );
    assert!(stderr.contains("OTEL_EXPORTER_OTLP_HEADERS went in environment:, not in backend-flask.env"), "{stderr}");
    let env_file = std::fs::read_to_string(dir.join("backend-flask.env")).unwrap();
    assert_eq!(
        env_file,
        "# backend-flask's settings\nFRONTEND_URL=http://localhost:3000\nOTEL_SERVICE_NAME=backend-flask\nOTEL_EXPORTER_OTLP_ENDPOINT=https://api.honeycomb.io\n"
    );
    let compose = std::fs::read_to_string(dir.join("docker-compose.yml")).unwrap();
    let services = cruddur_obs::edit::compose::services(&compose).unwrap();
    let vars = |name: &str| -> Vec<String> {
        services.iter().find(|service| service.name == name).unwrap().environment.as_ref().unwrap().vars.keys().cloned().collect()
    };
    assert_eq!(vars("backend-flask"), ["OTEL_EXPORTER_OTLP_HEADERS"]);
    assert_eq!(
        vars("backend-jobs"),
        ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_HEADERS", "QUEUE"],
        "the template names the service"
    );
    let again = env.cmd().current_dir(&dir).args(["init", "--target", "compose,requirements"]).assert().success();
    assert!(stderr_text(&again).contains("nothing to change"), "{}", stderr_text(&again));
    let (_, rows) = doctor_rows(env.cmd().current_dir(&dir).args(["doctor", "-o", "json", "--skip", "honeycomb", "--skip", "xray"]));
    let variables = rows_of(&rows, "otel.variables");
    assert!(variables.len() == 2 && variables.iter().all(|row| row["status"] == "pass"), "{variables:#?}");
    assert!(rows_of(&rows, "otel.endpoint").iter().any(|row| row["file"] == "backend-flask.env" && row["line"] == 4), "{rows:#?}");
}

/// Item 7: only the files docker compose uses are set up (its default, `-f`, `COMPOSE_FILE`); the others
/// are listed; the same code under another service name keeps the name it has in traces.
#[test]
fn only_the_compose_files_compose_uses_are_set_up() {
    let env = TestEnv::new();
    let dir = cloned(&env, "synthetic__compose-files");
    let prod = std::fs::read_to_string(dir.join("docker-compose.prod.yml")).unwrap();
    let init = |args: &[&str]| env.cmd().current_dir(&dir).args(["init", "--target", "compose"]).args(args).assert();
    let default = init(&[]).success();
    assert!(
        stderr_text(&default)
            .contains("docker-compose.prod.yml: not used by docker compose here (it uses docker-compose.yml, compose's default)")
    );
    assert_eq!(std::fs::read_to_string(dir.join("docker-compose.prod.yml")).unwrap(), prod, "the other file is left as it is");
    let unknown = init(&["--service", "backend-flask-prod"]).code(3);
    assert!(stderr_text(&unknown).contains("hint: it is in docker-compose.prod.yml"), "{}", stderr_text(&unknown));
    let missing = init(&["-f", "docker-compose.staging.yml"]).code(3);
    assert!(one_error_line(&stderr_text(&missing)).ends_with("docker-compose.staging.yml: no such file"), "{}", stderr_text(&missing));
    env.cmd().current_dir(&dir).args(["doctor", "-f", "docker-compose.staging.yml"]).assert().code(3);

    // Named: the prod file, whose service runs the same code as backend-flask: the same name in traces.
    let named = init(&["-f", "docker-compose.prod.yml"]).success();
    assert!(
        stderr_text(&named).contains("\"backend-flask\", the name the same code has in another compose file"),
        "{}",
        stderr_text(&named)
    );
    let text = std::fs::read_to_string(dir.join("docker-compose.prod.yml")).unwrap();
    assert!(text.contains("OTEL_SERVICE_NAME: \"backend-flask\"") && !text.contains("OTEL_SERVICE_NAME: \"backend-flask-prod\""), "{text}");
    std::fs::write(dir.join("docker-compose.prod.yml"), &prod).unwrap();
    env.cmd().current_dir(&dir).env("COMPOSE_FILE", "docker-compose.prod.yml").args(["init", "--target", "compose"]).assert().success();
    assert_eq!(std::fs::read_to_string(dir.join("docker-compose.prod.yml")).unwrap(), text, "COMPOSE_FILE picks the same file");
    let (_, rows) = doctor_rows(env.cmd().current_dir(&dir).args([
        "doctor",
        "-o",
        "json",
        "-f",
        "docker-compose.prod.yml",
        "--skip",
        "honeycomb",
        "--skip",
        "xray",
    ]));
    assert_eq!(
        rows_of(&rows, "otel.variables")[0]["message"],
        "backend-flask-prod: OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_ENDPOINT and OTEL_EXPORTER_OTLP_HEADERS are set"
    );
}

/// Item 8: a service name made of `${VAR}`s resolves as compose resolves it (the shell, .env, a
/// default), and X-Ray gets the resolved name; app.py's recorder name wins; an unresolved one is refused
/// as an X-Ray name (one line, nothing written) and never lands in .env as `NAME=${OTHER}`.
#[test]
fn interpolated_names_resolve_as_compose_does_or_are_refused() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let dir = cloned(&env, "synthetic__interpolated-name");
    let plan = |extra: &[(&str, &str)]| {
        let mut command = env.cmd();
        command.current_dir(&dir).args(["init", "--with", "xray", "--target", "compose,requirements", "--dry-run"]);
        for (name, value) in extra {
            command.env(name, value);
        }
        command.assert()
    };
    let dry = plan(&[]).success();
    let out = String::from_utf8_lossy(&dry.get_output().stdout).into_owned();
    assert!(
        out.contains("$ cruddur-obs xray create-group Cruddur --filter-expression 'service(\"cruddur-backend-flask\")' (if needed)"),
        "{out}"
    );
    assert!(out.contains("+    \"ServiceName\": \"cruddur-backend-flask\","), "{out}");
    let shop = plan(&[("APP_NAME", "shop")]).success();
    assert!(String::from_utf8_lossy(&shop.get_output().stdout).contains("service(\"shop-backend-flask\")"));
    std::fs::write(dir.join("backend-flask/app.py"), "xray_recorder.configure(service='cruddur-backend')\n").unwrap();
    let recorded = plan(&[]).success();
    assert!(String::from_utf8_lossy(&recorded.get_output().stdout).contains("service(\"cruddur-backend\")"), "the recorder's name wins");
    std::fs::remove_file(dir.join("backend-flask/app.py")).unwrap();

    let compose = std::fs::read_to_string(dir.join("docker-compose.yml")).unwrap().replace("${APP_NAME:-cruddur}", "${APP_NAME}");
    std::fs::write(dir.join("docker-compose.yml"), compose).unwrap();
    let before = snapshot(&dir);
    let refused = env.cmd().current_dir(&dir).args(["init", "--with", "xray", "--target", "compose,requirements"]).assert().code(3);
    let line = one_error_line(&stderr_text(&refused)).to_owned();
    assert!(line.contains("OTEL_SERVICE_NAME is \"${APP_NAME}-backend-flask\" and APP_NAME is not set"), "{line}");
    assert_eq!(snapshot(&dir), before);
    // Honeycomb alone needs no X-Ray name; .env gets no OTEL_SERVICE_NAME built on a variable nothing sets.
    let applied = init_with_key(&env, &hc, &dir).assert().success();
    assert!(
        stderr_text(&applied).contains(".env: no OTEL_SERVICE_NAME: the service's is \"${APP_NAME}-backend-flask\""),
        "{}",
        stderr_text(&applied)
    );
    let dotenv = std::fs::read_to_string(dir.join(".env")).unwrap();
    assert!(!dotenv.contains("OTEL_SERVICE_NAME") && !dotenv.contains("APP_NAME"), "{dotenv}");
}

/// Item 9: rule files where the team keeps them (`aws/xray.json`, `backend-flask/xray.json`) are found
/// and applied together; no plan step names a file that is not there, and no new one is written.
#[test]
fn rule_files_are_found_where_the_team_keeps_them() {
    let env = TestEnv::new();
    let xray = start_xray();
    let dir = cloned(&env, "synthetic__rule-files");
    let run = |extra: &[&str]| {
        env.xray(&xray).current_dir(&dir).args(["init", "--with", "xray", "--target", "compose,requirements"]).args(extra).assert()
    };
    let dry = run(&["--dry-run"]).success();
    let out = String::from_utf8_lossy(&dry.get_output().stdout).into_owned();
    assert!(out.contains("$ cruddur-obs xray rules apply aws/xray.json backend-flask/xray.json (if needed)"), "{out}");
    assert!(!out.contains("aws/json/xray.json"), "{out}");
    run(&[]).success();
    assert!(!dir.join("aws/json").exists(), "no new rule file");
    let rules: Value = serde_json::from_str(&run_ok(env.aws(&xray).args(["xray", "get-sampling-rules"]))).unwrap();
    let names: BTreeSet<&str> =
        rules["SamplingRuleRecords"].as_array().unwrap().iter().filter_map(|record| record["SamplingRule"]["RuleName"].as_str()).collect();
    assert!(names.contains("Cruddur") && names.contains("CruddurHealth"), "{names:?}");
    let (_, rows) = doctor_rows(env.xray(&xray).current_dir(&dir).args(["doctor", "-o", "json", "--skip", "honeycomb"]));
    let applied = rows_of(&rows, "xray.rules")[0];
    assert_eq!(applied["status"], "pass", "{applied}");
    assert!(applied["message"].as_str().unwrap().contains("aws/xray.json, backend-flask/xray.json"), "{applied}");
}

/// Item 10: a service init adds joins the networks of the service it serves, so its address resolves:
/// the collector (X-Ray's default path) and, with `--xray-via daemon`, the daemon.
#[test]
fn added_services_join_the_backends_networks() {
    let env = TestEnv::new();
    let xray = start_xray();
    for (via, added) in [("collector", "otel-collector"), ("daemon", "xray-daemon")] {
        let dir = env.work_path(&format!("networks-{via}"));
        clone_of("synthetic__networks", &dir);
        let run = || env.xray(&xray).current_dir(&dir).args(["init", "--with", "xray", "--xray-via", via, "--target", "compose"]).assert();
        let first = run().success();
        let out = String::from_utf8_lossy(&first.get_output().stdout).into_owned();
        assert!(out.contains(&format!("added service {added} (networks: cruddur-net)")), "{out}");
        let compose = std::fs::read_to_string(dir.join("docker-compose.yml")).unwrap();
        let services = cruddur_obs::edit::compose::services(&compose).unwrap();
        let service = services.iter().find(|service| service.name == added).unwrap();
        assert_eq!(service.networks, ["cruddur-net"], "{compose}");
        assert!(stderr_text(&run().success()).contains("nothing to change"));
    }
}

/// Item 11: a Flask backend run from an image, its code bind-mounted and `flask run` as its command, is
/// found and instrumented by default, its mounted requirements.txt edited.
#[test]
fn a_flask_service_run_from_an_image_is_found() {
    let env = TestEnv::new();
    let dir = cloned(&env, "synthetic__image-flask");
    env.cmd().current_dir(&dir).args(["init", "--target", "compose,requirements"]).assert().success();
    let compose = std::fs::read_to_string(dir.join("docker-compose.yml")).unwrap();
    assert!(
        compose.contains("OTEL_SERVICE_NAME: \"backend-flask\"") && compose.contains("x-honeycomb-team=${HONEYCOMB_API_KEY}"),
        "{compose}"
    );
    let requirements = std::fs::read_to_string(dir.join("backend-flask/requirements.txt")).unwrap();
    assert!(requirements.starts_with("Flask==3.0.3\n") && requirements.contains("opentelemetry-instrumentation-flask"), "{requirements}");
    let (_, rows) = doctor_rows(env.cmd().current_dir(&dir).args(["doctor", "-o", "json", "--skip", "honeycomb", "--skip", "xray"]));
    assert_eq!(rows_of(&rows, "otel.variables")[0]["status"], "pass", "{rows:#?}");
}

/// Item 12: doctor checks the services init sets up, by the same discovery, and takes `--service` too.
#[test]
fn doctor_checks_the_services_init_set_up() {
    let env = TestEnv::new();
    let dir = cloned(&env, "synthetic__named-service");
    let doctor = |args: &[&str]| {
        doctor_rows(env.cmd().current_dir(&dir).args(["doctor", "-o", "json", "--skip", "honeycomb", "--skip", "xray"]).args(args))
    };
    let (_, before) = doctor(&[]);
    assert!(rows_of(&before, "otel.variables")[0]["message"].as_str().unwrap().starts_with("no service sends traces"));
    env.cmd().current_dir(&dir).args(["init", "--service", "worker", "--target", "compose,requirements"]).assert().success();
    let (_, after) = doctor(&[]);
    let variables = rows_of(&after, "otel.variables");
    assert_eq!(variables.len(), 1);
    assert_eq!(variables[0]["message"], "worker: OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_ENDPOINT and OTEL_EXPORTER_OTLP_HEADERS are set");
    let (_, redis) = doctor(&["--service", "redis"]);
    let redis = rows_of(&redis, "otel.variables")[0].clone();
    assert_eq!(redis["status"], "fail");
    assert_eq!(redis["command"], serde_json::json!(["cruddur-obs", "init", "--service", "redis"]));
    let typo = env.cmd().current_dir(&dir).args(["doctor", "--service", "wrker"]).assert().code(3);
    assert!(stderr_text(&typo).contains("did you mean worker?"), "{}", stderr_text(&typo));
}

/// Item 13: a list item `- KEY:value` is reported as the mistake it is (and init rewrites it for the
/// variables it sets); a literal AWS key's fix names the variable to use; the browser check accepts a
/// frontend that sends its spans through the backend.
#[test]
fn the_smaller_mistakes() {
    let env = TestEnv::new();
    let dir = cloned(&env, "synthetic__list-mistakes");
    let (_, rows) = doctor_rows(env.cmd().current_dir(&dir).args(["doctor", "-o", "json", "--skip", "honeycomb", "--skip", "xray"]));
    let colon = rows_of(&rows, "compose.env_syntax")[0];
    assert_eq!((colon["status"].as_str(), colon["line"].as_u64()), (Some("warn"), Some(6)));
    assert!(
        colon["message"].as_str().unwrap().contains("`- OTEL_SERVICE_NAME:backend-flask` has a colon where compose needs `=`"),
        "{colon}"
    );
    assert_eq!(colon["fix"], "- OTEL_SERVICE_NAME=backend-flask");
    let aws = rows_of(&rows, "secrets.literal").into_iter().find(|row| row["line"] == 7).unwrap();
    assert!(aws["fix"].as_str().unwrap().starts_with("use ${AWS_SECRET_ACCESS_KEY} instead"), "{aws}");
    let applied = env.cmd().current_dir(&dir).args(["init", "--target", "compose"]).assert().success();
    assert!(
        stderr_text(&applied).contains("`- OTEL_SERVICE_NAME:...` rewritten as `- OTEL_SERVICE_NAME=...`"),
        "{}",
        stderr_text(&applied)
    );
    let compose = std::fs::read_to_string(dir.join("docker-compose.yml")).unwrap();
    assert!(compose.contains("      - OTEL_SERVICE_NAME=backend-flask\n") && !compose.contains("OTEL_SERVICE_NAME:"), "{compose}");
    let (_, rows) = doctor_rows(env.cmd().current_dir(&dir).args(["doctor", "-o", "json", "--skip", "honeycomb", "--skip", "xray"]));
    assert!(rows_of(&rows, "compose.env_syntax").iter().all(|row| row["status"] == "pass"), "{rows:#?}");

    let frontend = cloned(&env, "synthetic__frontend-via-backend");
    let (_, rows) = doctor_rows(env.cmd().current_dir(&frontend).args(["doctor", "-o", "json", "--skip", "honeycomb", "--skip", "xray"]));
    let browser = rows_of(&rows, "frontend.tracing");
    assert_eq!(browser.len(), 1, "{browser:#?}");
    assert_eq!(browser[0]["status"], "pass");
    assert!(
        browser[0]["message"].as_str().unwrap().contains(
            "go through the backend (frontend-react-js/src/tracing.js exports to `${process.env.REACT_APP_BACKEND_URL}/api/traces`)"
        ),
        "{}",
        browser[0]
    );
}
