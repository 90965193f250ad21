//! The command functions run in-process, gh style: a table of cases, each with its flags, the local
//! Honeycomb server's state (behind prism, as always), scripted answers for the prompts, and what must
//! come out: the whole stdout and stderr with the exit code and the requests the server saw, kept as one
//! insta snapshot per case (tests/it/snapshots/). The process edges (exit codes of the binary, signals,
//! the pty) keep their binary-level tests beside this file.
//!
//! Each case gets its own `Ui` over buffers, its own environment map and working directory, so cases
//! could share a process without touching its environment.

use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::io::Write;
use std::path::Path;
use std::rc::Rc;

use clap::Parser;
use cruddur_obs::commands::Cli;
use cruddur_obs::context::{Context, Prompter, Streams, Ui};

use crate::common::*;

/// A buffer the test keeps a handle on while the `Ui` writes to it.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Shared {
    fn text(&self) -> String {
        String::from_utf8(self.0.borrow().clone()).unwrap()
    }
}

/// One scripted answer, in the order the command asks.
#[derive(Debug, Clone)]
enum Answer {
    Confirm(bool),
    Text(&'static str),
    /// The indices to choose.
    Choose(&'static [usize]),
}

/// Answers prompts from a script, and records each question; a question the script did not expect
/// fails the case.
struct Scripted {
    answers: Rc<RefCell<VecDeque<Answer>>>,
    asked: Rc<RefCell<Vec<String>>>,
}

impl Scripted {
    fn next(&self, question: &str) -> Answer {
        self.asked.borrow_mut().push(question.to_owned());
        self.answers.borrow_mut().pop_front().unwrap_or_else(|| panic!("unexpected prompt: {question}"))
    }
}

impl Prompter for Scripted {
    fn confirm(&self, question: &str, _default: bool) -> std::io::Result<bool> {
        match self.next(question) {
            Answer::Confirm(yes) => Ok(yes),
            other => panic!("{question}: a yes/no question, scripted {other:?}"),
        }
    }

    fn password(&self, question: &str, _allow_empty: bool) -> std::io::Result<String> {
        match self.next(question) {
            Answer::Text(text) => Ok(KEYS.with(|keys| fill(text, &keys.borrow()))),
            other => panic!("{question}: a secret, scripted {other:?}"),
        }
    }

    fn input(&self, question: &str) -> std::io::Result<String> {
        match self.next(question) {
            Answer::Text(text) => Ok(text.to_owned()),
            other => panic!("{question}: text, scripted {other:?}"),
        }
    }

    fn multi_select(&self, question: &str, items: &[String], defaults: &[bool]) -> std::io::Result<Vec<usize>> {
        let answer = self.next(question);
        self.asked.borrow_mut().push(format!("  items {items:?}, chosen at first {defaults:?}"));
        match answer {
            Answer::Choose(indices) => Ok(indices.to_vec()),
            other => panic!("{question}: a choice, scripted {other:?}"),
        }
    }
}

thread_local! {
    /// The running server's seeded keys, for flags and answers that name them (`{ingest}`, `{configuration}`).
    static KEYS: RefCell<BTreeMap<&'static str, String>> = const { RefCell::new(BTreeMap::new()) };
}

/// `text` with `{ingest}` and `{configuration}` replaced by the server's keys (the transcript keeps the names).
fn fill(text: &str, keys: &BTreeMap<&'static str, String>) -> String {
    keys.iter().fold(text.to_owned(), |text, (name, key)| text.replace(&format!("{{{name}}}"), key))
}

/// The keys a case's environment holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keys {
    /// Management key and configuration key, as `TestEnv::honeycomb`.
    Both,
    /// No key at all.
    None,
}

/// The workspace a case runs in.
#[derive(Debug, Clone, Copy)]
enum Workspace {
    Empty,
    /// A copy of a fixture under tests/fixtures/workspaces.
    Fixture(&'static str),
}

struct Case {
    name: &'static str,
    args: &'static [&'static str],
    keys: Keys,
    workspace: Workspace,
    /// The server's state before the command runs (after a reset to its seed).
    server: fn(&Honeycomb),
    /// A terminal (prompts allowed) with these answers; `None`: not a terminal.
    answers: Option<&'static [Answer]>,
    exit: u8,
}

const fn case(name: &'static str, args: &'static [&'static str], exit: u8) -> Case {
    Case { name, args, keys: Keys::Both, workspace: Workspace::Empty, server: |_| {}, answers: None, exit }
}

/// Runs one case in this process and returns its transcript.
fn run_case(hc: &Honeycomb, case: &Case) -> (u8, String) {
    hc.server.reset();
    (case.server)(hc);
    let home = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    if let Workspace::Fixture(fixture) = case.workspace {
        copy_workspace(fixture, work.path());
    }
    let credentials = hc.server.credentials();
    let mut env: BTreeMap<String, String> = BTreeMap::new();
    env.insert("HOME".into(), home.path().display().to_string());
    env.insert("CRUDDUR_OBS_CONFIG_DIR".into(), home.path().join("config").display().to_string());
    env.insert("HONEYCOMB_API_ENDPOINT".into(), hc.url());
    if case.keys == Keys::Both {
        env.insert("HONEYCOMB_KEY_ID".into(), credentials.management_key_id.clone());
        env.insert("HONEYCOMB_KEY_SECRET".into(), credentials.management_key_secret.clone());
        env.insert("HONEYCOMB_API_KEY".into(), hc.configuration_key());
    }
    let ingest = credentials.default_environment().and_then(|environment| {
        environment.keys.iter().find(|key| key.header_value.starts_with("hcxik_")).map(|key| key.header_value.clone())
    });
    let keys: BTreeMap<&'static str, String> =
        [("ingest", ingest.expect("a seeded ingest key")), ("configuration", hc.configuration_key())].into_iter().collect();
    let args: Vec<String> = case.args.iter().map(|arg| fill(arg, &keys)).collect();
    KEYS.with(|cell| *cell.borrow_mut() = keys);

    let cli = Cli::try_parse_from(std::iter::once("cruddur-obs".to_owned()).chain(args)).expect("the case's flags parse");
    let options = cli.global.ui_options();
    let (stdout, stderr) = (Shared::default(), Shared::default());
    let asked = Rc::new(RefCell::new(Vec::new()));
    let answers = Rc::new(RefCell::new(case.answers.unwrap_or_default().iter().cloned().collect::<VecDeque<Answer>>()));
    let prompter = Scripted { answers: answers.clone(), asked: asked.clone() };
    let streams = Streams {
        stdin: Box::new(std::io::empty()),
        stdout: Box::new(stdout.clone()),
        stderr: Box::new(stderr.clone()),
        stdout_is_terminal: false,
        stderr_is_terminal: false,
        interactive: case.answers.is_some(),
        color: anstream::ColorChoice::Never,
    };
    let context = Context::new(Ui::new(streams, &options, Box::new(prompter)), options.output)
        .with_request_timeout(options.request_timeout)
        .with_plaintext_http(options.allow_plaintext_http)
        .with_environment(Box::new(env), work.path().to_owned());
    let before = hc.server.stats();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let code = runtime.block_on(cruddur_obs::execute(&context, cli.command));
    let after = hc.server.stats();
    assert!(answers.borrow().is_empty(), "{}: scripted answers left over: {:?}", case.name, answers.borrow());

    let mut requests = Vec::new();
    for (route, count) in &after.requests {
        let made = count - before.requests.get(route).copied().unwrap_or(0);
        if made > 0 && !route.contains("__admin") {
            requests.push(format!("{route} ×{made}"));
        }
    }
    let mut secrets = hc.secrets();
    secrets.sort_by_key(|secret| std::cmp::Reverse(secret.len()));
    let redact = |text: &str| {
        let mut text = text.replace(&hc.url(), "[api]");
        for (path, name) in [(work.path(), "[work]"), (home.path(), "[home]")] {
            text = text.replace(&path.display().to_string(), name);
            if let Ok(real) = std::fs::canonicalize(path) {
                text = text.replace(&real.display().to_string(), name);
            }
        }
        for secret in &secrets {
            assert!(!text.contains(secret.as_str()), "{}: a secret is in the output:\n{text}", case.name);
        }
        redact_ids(&text)
    };
    let transcript = format!(
        "$ cruddur-obs {}\nexit: {code}\nprompts:\n{}requests:\n{}--- stdout\n{}--- stderr\n{}",
        case.args.join(" "),
        asked.borrow().iter().map(|question| format!("  {question}\n")).collect::<String>(),
        requests.iter().map(|request| format!("  {request}\n")).collect::<String>(),
        redact(&stdout.text()),
        redact(&stderr.text()),
    );
    (code, transcript)
}

/// Honeycomb's random identifiers (`hcxen_` and 26 letters or digits) as `hcxen_[id]`, the last four
/// characters of a masked key (`hcxik_…wFar`) as `…[four]`, and RFC 3339 times (`2026-12-06T03:15:37Z`) as
/// `[time]`: the rest of the output is the same every run.
fn redact_ids(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let id_char = |c: &char| c.is_ascii_lowercase() || c.is_ascii_digit();
    while i < chars.len() {
        let is_id = chars[i..].starts_with(&['h', 'c', 'x'])
            && chars.len() >= i + 6 + 26
            && chars[i + 3..i + 5].iter().all(char::is_ascii_lowercase)
            && chars[i + 5] == '_'
            && chars[i + 6..i + 32].iter().all(id_char)
            && !chars.get(i + 32).is_some_and(char::is_ascii_alphanumeric);
        if is_id {
            out.extend(&chars[i..i + 6]);
            out.push_str("[id]");
            i += 32;
        } else if chars.len() >= i + 20 && {
            let digits = |range: std::ops::Range<usize>| chars[i + range.start..i + range.end].iter().all(char::is_ascii_digit);
            digits(0..4) && chars[i + 4] == '-' && digits(5..7) && chars[i + 10] == 'T' && digits(11..13) && chars[i + 19] == 'Z'
        } {
            out.push_str("[time]");
            i += 20;
        } else if chars[i] == '…' && chars.len() >= i + 5 && chars[i + 1..i + 5].iter().all(char::is_ascii_alphanumeric) {
            out.push_str("…[four]");
            i += 5;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

fn snapshot_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/snapshots")
}

fn check(cases: &[Case]) {
    let hc = Honeycomb::start(Plan::Enterprise);
    let mut failures = Vec::new();
    for case in cases {
        let (code, transcript) = run_case(&hc, case);
        if code != case.exit {
            failures.push(format!("{}: exit {code}, expected {}\n{transcript}", case.name, case.exit));
        }
        insta::with_settings!({ snapshot_path => snapshot_dir(), prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!(case.name, transcript);
        });
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn honeycomb_commands() {
    check(&[
        case("environments_list", &["honeycomb", "environments", "list"], 0),
        case("environments_ensure_creates_once", &["honeycomb", "environments", "ensure", "aws-bootcamp-cruddur", "--color", "green"], 0),
        Case {
            server: |hc| {
                hc.server.inject(HoneycombFault {
                    route: Some("GET /2/auth".into()),
                    times: 5,
                    kind: HoneycombFaultKind::Status { status: 503, retry_after_secs: None },
                })
            },
            ..case("environments_list_when_honeycomb_fails", &["honeycomb", "environments", "list"], 6)
        },
        case("environments_get_misspelt", &["honeycomb", "environments", "get", "tets"], 5),
        case("environments_delete_needs_yes", &["honeycomb", "environments", "delete", "test"], 2),
        Case {
            answers: Some(&[Answer::Confirm(false)]),
            ..case("environments_delete_declined_at_the_prompt", &["honeycomb", "environments", "delete", "test"], 2)
        },
        case("datasets_create", &["honeycomb", "datasets", "create", "backend-flask"], 0),
        case("markers_need_a_message_or_type", &["honeycomb", "markers", "add"], 2),
        Case { keys: Keys::None, ..case("no_key_is_an_auth_error_before_any_request", &["honeycomb", "datasets", "list"], 4) },
        Case {
            keys: Keys::None,
            answers: Some(&[Answer::Text("{ingest}"), Answer::Text("")]),
            ..case("login_asks_for_the_keys_on_a_terminal", &["honeycomb", "login"], 0)
        },
        Case { keys: Keys::None, ..case("login_without_a_terminal_names_the_variables", &["honeycomb", "login"], 2) },
    ]);
}

#[test]
fn query_commands() {
    check(&[
        case(
            "query_flags_are_checked_before_anything_is_sent",
            &["query", "latency-by-user", "-d", "x", "--since", "9d", "--where", "a ~ b"],
            3,
        ),
        case("query_run_spec_problems", &["query", "run", "-d", "x", "--spec", "{\"calculations\":[{\"op\":\"P100\"}]}"], 3),
        case("query_unknown_dataset_gets_the_slug_hint", &["query", "latency-by-user", "-d", "nope"], 5),
        case("query_without_a_dataset_names_the_flag", &["query", "errors"], 3),
    ]);
}

#[test]
fn init_and_doctor() {
    check(&[
        Case {
            workspace: Workspace::Fixture("omenking__aws-bootcamp-cruddur-2023"),
            ..case("init_dry_run_shows_every_diff", &["init", "--dry-run", "--yes", "--api-key", "{configuration}"], 0)
        },
        Case {
            keys: Keys::None,
            workspace: Workspace::Fixture("omenking__aws-bootcamp-cruddur-2023"),
            answers: Some(&[Answer::Choose(&[0]), Answer::Text("{ingest}")]),
            ..case("init_asks_for_services_and_the_key_on_a_terminal", &["init", "--dry-run"], 0)
        },
        Case {
            keys: Keys::None,
            workspace: Workspace::Fixture("omenking__aws-bootcamp-cruddur-2023"),
            ..case("init_without_a_key_or_terminal_says_how_to_give_one", &["init"], 2)
        },
        Case {
            workspace: Workspace::Fixture("omenking__aws-bootcamp-cruddur-2023"),
            ..case("init_names_a_misspelt_service", &["init", "--service", "backend-flsk"], 3)
        },
        Case {
            workspace: Workspace::Fixture("omenking__aws-bootcamp-cruddur-2023"),
            ..case("doctor_on_a_workspace_before_init", &["doctor", "--skip", "xray"], 8)
        },
    ]);
}
