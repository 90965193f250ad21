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
        let hc = Honeycomb::start();
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
        "synthetic__tracked-dotenv" => Expect { refused_until: Some(&["git", "rm", "--cached", "--quiet", "--", ".env"]), ..Expect::default() },
        "synthetic__named-service" => Expect { extra: &["--service", "worker"], ..Expect::default() },
        _ => Expect::default(),
    }
}

/// A finding, as the round trip tells findings apart.
fn finding(row: &Value) -> (String, String, String) {
    (row["check"].as_str().unwrap().to_owned(), row["file"].as_str().unwrap_or_default().to_owned(), row["message"].as_str().unwrap().to_owned())
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
    for name in all_fixtures() {
        fixtures += 1;
        let expect = expectations(&name);
        let xray = start_xray();
        let dir = world.env.work_path(&name);
        clone_of(&name, &dir);
        let init = |extra: &[&str]| world.obs(&xray, &dir).arg("init").args(parts).args(expect.extra).args(extra).output().unwrap();

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
            assert!(String::from_utf8_lossy(&dry.stdout).contains("OTEL_EXPORTER_OTLP_HEADERS"), "{name}: the diff shows the variables");
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
            let compose = ["docker-compose.yml", "docker-compose.yaml"].iter().map(|file| dir.join(file)).find(|path| path.exists()).unwrap();
            let text = std::fs::read_to_string(&compose).unwrap();
            assert!(text.contains("x-honeycomb-team=${HONEYCOMB_API_KEY}"), "{name}: {text}");
            let services = cruddur_obs::edit::compose::services(&text).unwrap();
            assert!(services.iter().any(|service| service.name == "xray-daemon"), "{name}: no xray-daemon service in\n{text}");
            // Names compare as pip does: `aws_xray_sdk` is `aws-xray-sdk`.
            let requirements = std::fs::read_to_string(dir.join("backend-flask/requirements.txt")).unwrap().to_lowercase().replace('_', "-");
            for package in ["opentelemetry-instrumentation-flask", "aws-xray-sdk", "watchtower", "rollbar"] {
                assert!(requirements.contains(package), "{name}: {package}");
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
        assert!(!rows.iter().any(|row| row["check"] == "otel.variables" && row["message"].as_str().unwrap().starts_with("no service sends traces")));

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
    assert!(walked.len() >= 40, "only {} findings had a command: {walked:#?}", walked.len());
}
