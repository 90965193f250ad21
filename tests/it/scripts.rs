//! The scripts a newcomer runs first (scripts/demo, scripts/setup), through their own functions: the demo
//! is sourced into bash (its `main` runs only when it is executed), and each helper is called as the demo
//! calls it.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use crate::common::{repo_root, venv_bin};

/// `bash -c 'source scripts/demo; SCRIPT'` with `env` added, in a new directory.
fn demo_helpers(script: &str, env: &[(&str, &str)]) -> Output {
    demo_helpers_in(tempfile::tempdir().unwrap().path(), script, env)
}

fn demo_helpers_in(dir: &Path, script: &str, env: &[(&str, &str)]) -> Output {
    let demo = repo_root().join("scripts/demo");
    Command::new("bash")
        .arg("-c")
        .arg(format!("set -euo pipefail; source {}; {script}", demo.display()))
        .envs(env.iter().copied())
        .current_dir(dir)
        .output()
        .expect("bash runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Words a printed command must give back exactly when pasted into a shell: quotes, spaces, `$`, globs,
/// an empty word, a newline, the demo's own X-Ray filter expression.
const TRICKY_WORDS: &[&str] = &[
    "cruddur-obs",
    "--filter-expression",
    "service(\"backend-flask\")",
    "demo deploy",
    "it's",
    "",
    "$HOME",
    "a*b?",
    "two\nlines",
    "back\\slash",
    "`date`",
    "--url=https://example.com/a?b=c&d=e",
    "plain/path_1.2,x:y@z%+=",
];

#[test]
fn printed_commands_paste_back_as_the_same_words() {
    let mut script = String::from("printed=$(shell_quote");
    for word in TRICKY_WORDS {
        // Hand the words to bash through printf %q-free single quotes of our own, independent of shell_quote.
        script.push_str(&format!(" '{}'", word.replace('\'', "'\\''")));
    }
    script.push_str(r#"); printf '%s' "$printed" > printed; eval "set -- $printed"; printf '%s\0' "$@""#);
    let output = demo_helpers(&script, &[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let words: Vec<String> = text(&output.stdout).split_terminator('\0').map(str::to_owned).collect();
    assert_eq!(words, TRICKY_WORDS, "the printed command reads back as other words");
}

#[test]
fn printed_commands_quote_only_what_needs_quoting() {
    let output = demo_helpers(
        r#"show cruddur-obs xray create-group Cruddur --filter-expression 'service("backend-flask")' -o table
           show cruddur-obs honeycomb markers add --type deploy -m "demo deploy" -o table"#,
        &[],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stderr),
        "\n$ cruddur-obs xray create-group Cruddur --filter-expression 'service(\"backend-flask\")' -o table\n\
         \n$ cruddur-obs honeycomb markers add --type deploy -m 'demo deploy' -o table\n"
    );
}

#[test]
fn a_server_that_prints_its_banner_is_waited_for() {
    let output = demo_helpers(
        r#"start_server "a server" log bash -c 'echo "noise"; echo "a-server listening on http://127.0.0.1:1"; exec sleep 60'
           echo "started, with: $(grep -c . log) lines"; stop_servers"#,
        &[],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "started, with: 2 lines\n");
}

#[test]
fn a_missing_server_binary_fails_with_its_error_instead_of_waiting() {
    let output = demo_helpers(r#"start_server "the local X-Ray server" log ./target/debug/no-such-server --port 0"#, &[]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with(
            "demo: error: the local X-Ray server (./target/debug/no-such-server --port 0) exited with status 127 before it was ready. Its output:\n"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("  | ") && stderr.contains("No such file or directory"), "the shell's own words are shown: {stderr}");
}

#[test]
fn a_server_whose_port_is_taken_fails_with_its_own_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let python = venv_bin("python");
    let output = demo_helpers(
        r#"start_server "a web server" log "$PYTHON" -m http.server --bind 127.0.0.1 "$PORT""#,
        &[("PYTHON", python.to_str().unwrap()), ("PORT", &port)],
    );
    drop(taken);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("a web server") && stderr.contains("before it was ready. Its output:"), "{stderr}");
    assert!(stderr.contains("Address already in use"), "the server's own error is shown: {stderr}");
}

#[test]
fn a_server_that_never_prints_its_banner_is_given_up_on_and_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let output = demo_helpers_in(
        dir.path(),
        r#"start_server "a silent server" log bash -c 'echo $$ > pid; echo "starting..."; exec sleep 600'"#,
        &[("DEMO_SERVER_DEADLINE", "1")],
    );
    assert_eq!(output.status.code(), Some(1), "the demo stops there");
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("demo: error: a silent server (bash -c 'echo $$ > pid; echo \"starting...\"; exec sleep 600') printed no 'listening on' banner within 1 s (DEMO_SERVER_DEADLINE). Its output:\n  | starting...\n"),
        "{stderr}"
    );
    // The server was stopped, not left behind: its process goes away (a deadline, not a timing).
    let pid = std::fs::read_to_string(dir.path().join("pid")).unwrap().trim().to_owned();
    let deadline = Instant::now() + Duration::from_secs(30);
    while is_running(&pid) {
        assert!(Instant::now() < deadline, "the silent server (pid {pid}) is still running");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A process that exists and is not a zombie waiting for its parent.
fn is_running(pid: &str) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|stat| stat.rsplit_once(") ").is_some_and(|(_, rest)| !rest.starts_with('Z')))
}

/// The demo's workspace has no observability yet, so that `init` shows its whole job (a plan, a diff and a
/// re-run that changes nothing) instead of `unchanged` on a workspace that already has it.
#[test]
fn the_demo_runs_init_on_a_workspace_without_observability() {
    let demo = std::fs::read_to_string(repo_root().join("scripts/demo")).unwrap();
    let marker = "tests/fixtures/workspaces/";
    let at = demo.find(marker).expect("the demo copies a fixture workspace") + marker.len();
    let name: String = demo[at..].chars().take_while(|c| c.is_alphanumeric() || "_-.".contains(*c)).collect();
    let fixture = repo_root().join(marker).join(&name);
    let compose = std::fs::read_to_string(fixture.join("docker-compose.yml")).unwrap();
    assert!(!compose.contains("OTEL_") && !compose.to_lowercase().contains("honeycomb"), "{name} already sends traces");
    let requirements = std::fs::read_to_string(fixture.join("backend-flask/requirements.txt")).unwrap();
    assert!(!requirements.contains("opentelemetry"), "{name} already has the OpenTelemetry packages");
    for step in ["cruddur-obs init --dry-run", "cruddur-obs init --yes", "git --no-pager diff"] {
        assert!(demo.contains(&format!("run {step}")), "the demo runs `{step}`");
    }
}

fn setup(args: &[&str]) -> Output {
    Command::new(repo_root().join("scripts/setup")).args(args).output().expect("scripts/setup runs")
}

/// What the demo asks of setup is the venv alone: no npm packages, no chromium, no apt, no Go.
#[test]
fn setup_for_the_demo_installs_the_venv_and_says_what_it_left_out() {
    let output = setup(&["demo"]);
    let stderr = text(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.starts_with(
            "setup: checking venv; left out: prism browser strace collector (what only the tests need: ./scripts/setup test)\n"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("chromium") && !stderr.contains("npm"), "{stderr}");
}

#[test]
fn setup_names_its_parts_when_given_an_unknown_one() {
    let output = setup(&["chromium"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stderr),
        "setup: error: unknown part 'chromium' (parts: venv prism browser strace collector; sets: demo, test, all)\n"
    );
    let help = setup(&["--help"]);
    assert!(help.status.success());
    for part in ["venv", "prism", "browser", "collector", "demo", "test, all"] {
        assert!(text(&help.stdout).contains(part), "setup --help names {part}");
    }
}
