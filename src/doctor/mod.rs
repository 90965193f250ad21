//! `cruddur-obs doctor`: a checklist of the workspace and the accounts.
//!
//! Every check returns [`Check`] rows: a stable id, a [`Status`], what was found, the fix, and where
//! (file and line). The workspace checks are pure (text and facts in, rows out: [`compose`],
//! [`secrets`], [`dotenv`], [`names`], [`frontend`], [`collector`]); the account checks ([`honeycomb`], [`xray`], [`verify`]) make
//! the network calls, each with a time-out, and say so when they cannot run. Nothing here writes.
//!
//! The command's flow: [`plan`] reads the workspace and the shell once (no network), [`execute`] runs
//! the account checks, and [`plan::checklist`] lists the rows in report order.

pub mod collector;
pub mod compose;
pub mod dotenv;
pub mod execute;
pub mod frontend;
pub mod honeycomb;
/// docker compose's `${VAR}` interpolation, which `init` reads the same way (it lives with the workspace).
pub use crate::workspace::interpolate;
pub mod names;
pub mod plan;
pub mod secrets;
pub mod verify;
pub mod xray;

use std::path::Path;

use serde::Serialize;

/// The stable check ids (`--output json`'s `check`, and `--skip`'s prefixes).
pub mod ids {
    pub const HONEYCOMB_KEY: &str = "honeycomb.key";
    pub const OTEL_VARIABLES: &str = "otel.variables";
    pub const OTEL_ENDPOINT: &str = "otel.endpoint";
    pub const OTEL_HEADERS: &str = "otel.headers";
    pub const ENV_RESOLVES: &str = "env.resolves";
    pub const COMPOSE_ENV_SYNTAX: &str = "compose.env_syntax";
    pub const SECRETS: &str = "secrets.literal";
    pub const DOTENV_SYNTAX: &str = "dotenv.syntax";
    pub const DOTENV_GITIGNORE: &str = "dotenv.gitignore";
    pub const DOTENV_MODE: &str = "dotenv.mode";
    pub const XRAY_RULES: &str = "xray.rules";
    pub const XRAY_GROUP: &str = "xray.group";
    pub const XRAY_PATH: &str = "xray.path";
    pub const XRAY_DESTINATION: &str = "xray.destination";
    pub const XRAY_SAMPLING: &str = "xray.sampling";
    pub const COLLECTOR_CONFIG: &str = "collector.config";
    pub const COLLECTOR_LOCAL_COPY: &str = "collector.local_copy";
    pub const NAMES: &str = "names.consistent";
    pub const FRONTEND_TRACING: &str = "frontend.tracing";
    pub const VERIFY: &str = "verify.trace";
    pub const WORKSPACE: &str = "workspace";

    /// Every id, in report order.
    pub const ALL: [&str; 21] = [
        WORKSPACE,
        HONEYCOMB_KEY,
        OTEL_VARIABLES,
        OTEL_ENDPOINT,
        OTEL_HEADERS,
        ENV_RESOLVES,
        COMPOSE_ENV_SYNTAX,
        SECRETS,
        DOTENV_SYNTAX,
        DOTENV_GITIGNORE,
        DOTENV_MODE,
        XRAY_PATH,
        XRAY_DESTINATION,
        XRAY_RULES,
        XRAY_GROUP,
        XRAY_SAMPLING,
        COLLECTOR_CONFIG,
        COLLECTOR_LOCAL_COPY,
        NAMES,
        FRONTEND_TRACING,
        VERIFY,
    ];
}

/// How a check came out. Only `Fail` makes doctor exit non-zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Fail,
    /// Worth fixing, but traces still arrive.
    Warn,
    /// Not run: not applicable, a prerequisite is missing, or `--skip`.
    Skip,
}

impl Status {
    pub fn symbol(self) -> &'static str {
        match self {
            Status::Pass => "✓",
            Status::Fail => "✗",
            Status::Warn => "!",
            Status::Skip => "-",
        }
    }
}

/// One line of the checklist.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Check {
    pub check: &'static str,
    pub status: Status,
    pub message: String,
    pub fix: Option<String>,
    /// Relative to the workspace.
    pub file: Option<String>,
    /// 1-based.
    pub line: Option<usize>,
    /// The command that fixes it, as argv, to run in the workspace (`None`: the fix needs a person, or a
    /// choice). The `fix` text names it too.
    pub command: Option<Vec<String>>,
    /// `verify.trace` only: how long the test span took to show up in a query.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latency_ms: Option<u64>,
}

impl Check {
    pub fn new(check: &'static str, status: Status, message: impl Into<String>) -> Check {
        Check { check, status, message: message.into(), fix: None, file: None, line: None, command: None, latency_ms: None }
    }

    pub fn pass(check: &'static str, message: impl Into<String>) -> Check {
        Check::new(check, Status::Pass, message)
    }

    pub fn fail(check: &'static str, message: impl Into<String>) -> Check {
        Check::new(check, Status::Fail, message)
    }

    pub fn warn(check: &'static str, message: impl Into<String>) -> Check {
        Check::new(check, Status::Warn, message)
    }

    pub fn skip(check: &'static str, message: impl Into<String>) -> Check {
        Check::new(check, Status::Skip, message)
    }

    pub fn with_fix(mut self, fix: impl Into<String>) -> Check {
        self.fix = Some(fix.into());
        self
    }

    /// The fix is running `command`; `why` says what it does. The fix text is the command, shell-quoted,
    /// then `why` in parentheses.
    pub fn with_command(mut self, command: Vec<String>, why: &str) -> Check {
        let shown = shell_words(&command);
        self.fix = Some(if why.is_empty() { shown } else { format!("{shown} ({why})") });
        self.command = Some(command);
        self
    }

    /// The fix text, and a command that carries it out (named inside the text).
    pub fn with_fix_and_command(mut self, fix: impl Into<String>, command: Vec<String>) -> Check {
        self.fix = Some(fix.into());
        self.command = Some(command);
        self
    }

    pub fn at(mut self, file: impl Into<String>, line: Option<usize>) -> Check {
        self.file = Some(file.into());
        self.line = line.filter(|line| *line > 0);
        self
    }

    /// `file:line` (or `file`), for the table.
    pub fn location(&self) -> Option<String> {
        let file = self.file.as_ref()?;
        Some(match self.line {
            Some(line) => format!("{file}:{line}"),
            None => file.clone(),
        })
    }
}

/// argv as a POSIX shell reads it back: words with anything but `[A-Za-z0-9_./:=@%+,-]` single-quoted.
pub fn shell_words(argv: &[String]) -> String {
    argv.iter()
        .map(|word| {
            let plain = !word.is_empty() && word.chars().all(|c| c.is_ascii_alphanumeric() || "_./:=@%+,-".contains(c));
            if plain { word.clone() } else { format!("'{}'", word.replace('\'', "'\\''")) }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// How doctor names the commands that fix what it finds: as typed in the workspace, with the compose
/// files doctor was told to use (`-f`).
#[derive(Debug, Clone, Default)]
pub struct Commands {
    pub compose_files: Vec<std::path::PathBuf>,
    /// git tracks `.env`: init refuses to write a key there, so the commands leave it out
    /// (`--target compose,requirements`), as init's own error says.
    pub dotenv_tracked: bool,
}

impl Commands {
    /// `cruddur-obs init ARGS... [--target compose,requirements] [-f FILE]...`.
    pub fn init(&self, args: &[&str]) -> Vec<String> {
        let mut argv: Vec<String> = ["cruddur-obs", "init"].iter().chain(args).map(|word| (*word).to_owned()).collect();
        if self.dotenv_tracked {
            argv.extend(["--target".to_owned(), "compose,requirements".to_owned()]);
        }
        for file in &self.compose_files {
            argv.push("-f".to_owned());
            argv.push(file.display().to_string());
        }
        argv
    }

    /// `cruddur-obs init [--fix] --service NAME...` for these services.
    pub fn init_services(&self, fix: bool, services: &[&str]) -> Vec<String> {
        let mut args: Vec<&str> = if fix { vec!["--fix"] } else { Vec::new() };
        for service in services {
            args.extend(["--service", service]);
        }
        self.init(&args)
    }
}

/// A command line as argv (`cruddur-obs xray rules apply aws/json/xray.json`).
pub fn argv(words: &[&str]) -> Vec<String> {
    words.iter().map(|word| (*word).to_owned()).collect()
}

/// How many checks came out each way.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub pass: usize,
    pub fail: usize,
    pub warn: usize,
    pub skip: usize,
}

impl Tally {
    pub fn of(checks: &[Check]) -> Tally {
        let mut tally = Tally::default();
        for check in checks {
            match check.status {
                Status::Pass => tally.pass += 1,
                Status::Fail => tally.fail += 1,
                Status::Warn => tally.warn += 1,
                Status::Skip => tally.skip += 1,
            }
        }
        tally
    }
}

/// Whether `--skip PREFIX` names this check: its whole id, or a leading part of it (`xray` skips
/// `xray.rules` and `xray.group`).
pub fn skipped(id: &str, skips: &[String]) -> bool {
    skips.iter().any(|skip| {
        let skip = skip.trim_end_matches('.');
        id == skip || id.strip_prefix(skip).is_some_and(|rest| rest.starts_with('.'))
    })
}

/// A path for messages: relative to the workspace when it is inside it.
pub fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root).unwrap_or(path).display().to_string()
}

/// Key-shaped values for tests, made at run time so no key-like literal sits in the source (secret
/// scanners, ours included, would flag it): `prefix` and 26 lowercase letters and digits, ending `f7g9`.
#[cfg(test)]
pub(crate) fn fake_key(prefix: &str) -> String {
    const ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let body: String = (0..22).map(|i| ALPHABET[(i * 11 + 7) % ALPHABET.len()] as char).collect();
    format!("{prefix}{body}f7g9")
}

/// An AWS access key ID shape (`AKIA` and 16 capitals or digits), made at run time.
#[cfg(test)]
pub(crate) fn fake_aws_key_id() -> String {
    let body: String = (0..16).map(|i| (b'A' + ((i * 5 + 3) % 26) as u8) as char).collect();
    format!("{}{body}", ["AK", "IA"].concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_shown_as_a_shell_reads_them() {
        let command = argv(&["cruddur-obs", "xray", "groups", "update", "Cruddur", "--filter-expression", "service(\"a b\")"]);
        assert_eq!(shell_words(&command), "cruddur-obs xray groups update Cruddur --filter-expression 'service(\"a b\")'");
        assert_eq!(shell_words(&argv(&["echo", "it's"])), "echo 'it'\\''s'");
        let commands = Commands { compose_files: vec!["docker-compose.prod.yml".into()], dotenv_tracked: false };
        assert_eq!(
            commands.init_services(true, &["api"]),
            argv(&["cruddur-obs", "init", "--fix", "--service", "api", "-f", "docker-compose.prod.yml"])
        );
        let check = Check::fail(ids::OTEL_VARIABLES, "x").with_command(commands.init(&[]), "writes them");
        assert_eq!(check.fix.as_deref(), Some("cruddur-obs init -f docker-compose.prod.yml (writes them)"));
    }

    #[test]
    fn skip_prefixes_match_whole_segments() {
        let skips = vec!["xray".to_owned(), "otel.endpoint".to_owned()];
        assert!(skipped("xray.rules", &skips) && skipped("xray.group", &skips));
        assert!(skipped("otel.endpoint", &skips));
        assert!(!skipped("otel.headers", &skips));
        assert!(!skipped("xrayish.thing", &skips));
    }

    #[test]
    fn rows_serialize_with_the_documented_fields() {
        let check = Check::fail(ids::SECRETS, "leak").with_fix("rotate").at("docker-compose.yml", Some(9));
        let value = serde_json::to_value(&check).unwrap();
        assert_eq!(
            value,
            serde_json::json!({"check":"secrets.literal","status":"fail","message":"leak","fix":"rotate","file":"docker-compose.yml","line":9,"command":null})
        );
        assert_eq!(check.location().as_deref(), Some("docker-compose.yml:9"));
        assert_eq!(Tally::of(&[check]).fail, 1);
    }
}
