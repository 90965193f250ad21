//! What every command gets handed: the streams and whether they are terminals, the chosen output
//! format, and the prompter. Commands never touch `std::io::stdout()`, stdin, a terminal prompt or
//! environment variables for these decisions themselves, so the rules (progress on stderr only, no
//! prompts in CI, success lines only on a terminal) live in one place, and a test can hand a command
//! buffers and scripted answers instead ([`Ui::new`]), as gh's `iostreams.Test()` and prompter do.

use std::cell::{RefCell, RefMut};
use std::io::{BufRead, IsTerminal, Write};

use anstyle::{AnsiColor, Style};

use crate::error::{CliError, CliResult};
use crate::output::OutputFormat;
use crate::output::sanitize::{Secrets, Sink, terminal_line};
use crate::settings::{Environment, ProcessEnvironment};

/// Asks the user: every kind of question a command asks goes through here. Only ever called when
/// [`Ui::interactive`] is true.
pub trait Prompter {
    /// Yes or no.
    fn confirm(&self, question: &str, default: bool) -> std::io::Result<bool>;
    /// A secret, not echoed; with `allow_empty`, Enter alone answers "".
    fn password(&self, question: &str, allow_empty: bool) -> std::io::Result<String>;
    /// A line of text; Enter alone answers "".
    fn input(&self, question: &str) -> std::io::Result<String>;
    /// The indices of the items chosen; `defaults` says which start chosen.
    fn multi_select(&self, question: &str, items: &[String], defaults: &[bool]) -> std::io::Result<Vec<usize>>;
}

/// Prompts on the terminal with dialoguer.
pub struct TerminalPrompter;

fn io(err: dialoguer::Error) -> std::io::Error {
    match err {
        dialoguer::Error::IO(io) => io,
    }
}

impl Prompter for TerminalPrompter {
    fn confirm(&self, question: &str, default: bool) -> std::io::Result<bool> {
        dialoguer::Confirm::new().with_prompt(question).default(default).interact().map_err(io)
    }

    fn password(&self, question: &str, allow_empty: bool) -> std::io::Result<String> {
        dialoguer::Password::new().with_prompt(question).allow_empty_password(allow_empty).interact().map_err(io)
    }

    fn input(&self, question: &str) -> std::io::Result<String> {
        dialoguer::Input::new().with_prompt(question).allow_empty(true).interact_text().map_err(io)
    }

    fn multi_select(&self, question: &str, items: &[String], defaults: &[bool]) -> std::io::Result<Vec<usize>> {
        dialoguer::MultiSelect::new().with_prompt(question).items(items).defaults(defaults).interact().map_err(io)
    }
}

/// The streams a [`Ui`] is made of, and what they are.
pub struct Streams {
    pub stdin: Box<dyn BufRead>,
    pub stdout: Box<dyn Write>,
    pub stderr: Box<dyn Write>,
    /// stdout is a terminal: tables by default, success lines shown.
    pub stdout_is_terminal: bool,
    /// stderr is a terminal: a spinner may be drawn on it.
    pub stderr_is_terminal: bool,
    /// Prompts are allowed: stdin and stderr are terminals and `CI` is not set.
    pub interactive: bool,
    /// Colour on stderr (`Never` for tests and `NO_COLOR`).
    pub color: anstream::ColorChoice,
}

/// The global flags that shape the UI, as parsed by clap.
#[derive(Debug, Clone, Default)]
pub struct UiOptions {
    pub output: Option<OutputFormat>,
    pub quiet: bool,
    pub verbose: bool,
    pub request_timeout: Option<std::time::Duration>,
    /// `--allow-plaintext-http`: keys may travel over plain http:// to a host that is not this machine.
    pub allow_plaintext_http: bool,
}

pub struct Ui {
    stdin: RefCell<Box<dyn BufRead>>,
    stdout: RefCell<Box<dyn Write>>,
    stderr: RefCell<anstream::AutoStream<Box<dyn Write>>>,
    /// stdout is a terminal: tables by default, success lines shown.
    pub stdout_is_terminal: bool,
    /// stderr is a terminal: progress may be drawn on it.
    pub stderr_is_terminal: bool,
    /// Prompts are allowed: stdin and stderr are terminals and `CI` is not set.
    pub interactive: bool,
    pub quiet: bool,
    pub verbose: bool,
    prompter: Box<dyn Prompter>,
    /// Every secret this command knows: masked in every message, whatever its source.
    secrets: Secrets,
}

impl Ui {
    /// The real process streams, prompting on the terminal.
    pub fn from_process(options: &UiOptions) -> Ui {
        let stderr_is_terminal = std::io::stderr().is_terminal();
        let in_ci = std::env::var_os("CI").is_some_and(|value| !value.is_empty() && value != "false");
        let color = anstream::AutoStream::choice(&std::io::stderr());
        let streams = Streams {
            stdin: Box::new(std::io::BufReader::new(std::io::stdin())),
            stdout: Box::new(std::io::stdout()),
            stderr: Box::new(std::io::stderr()),
            stdout_is_terminal: std::io::stdout().is_terminal(),
            stderr_is_terminal,
            interactive: std::io::stdin().is_terminal() && stderr_is_terminal && !in_ci,
            color,
        };
        Ui::new(streams, options, Box::new(TerminalPrompter))
    }

    /// A UI over the given streams, answering prompts with `prompter` (tests hand buffers and scripted answers).
    pub fn new(streams: Streams, options: &UiOptions, prompter: Box<dyn Prompter>) -> Ui {
        Ui {
            stdin: RefCell::new(streams.stdin),
            stdout: RefCell::new(streams.stdout),
            stderr: RefCell::new(anstream::AutoStream::new(streams.stderr, streams.color)),
            stdout_is_terminal: streams.stdout_is_terminal,
            stderr_is_terminal: streams.stderr_is_terminal,
            interactive: streams.interactive,
            quiet: options.quiet,
            verbose: options.verbose,
            prompter,
            secrets: Secrets::default(),
        }
    }

    /// Remembers a secret (a key the command was given, or created) so that no message shows it in full.
    pub fn register_secret(&self, secret: &str) {
        self.secrets.add(secret);
    }

    /// `text` as a person may see it on one line: known secrets masked, control characters escaped.
    pub fn clean(&self, text: &str) -> String {
        terminal_line(&self.secrets.mask(text)).into_owned()
    }

    /// Where rows printed on stdout go, for the renderers ([`crate::output`]).
    pub fn sink(&self) -> Sink {
        Sink { terminal: self.stdout_is_terminal, secrets: self.secrets.snapshot() }
    }

    /// One line of stdin, for secrets piped in (`--api-key-stdin`).
    pub fn read_line(&self) -> CliResult<String> {
        let mut line = String::new();
        self.stdin.borrow_mut().read_line(&mut line)?;
        Ok(line)
    }

    /// Where results go. Nothing else is ever written here, so `| jq` always works.
    pub fn out(&self) -> RefMut<'_, Box<dyn Write>> {
        self.stdout.borrow_mut()
    }

    /// Every line on stderr goes through here: known secrets masked and control characters escaped,
    /// so neither a server's words nor a file's bytes can act on the terminal or forge a line.
    fn write_err(&self, prefix: Option<(&str, Style)>, message: &str) {
        let message = self.clean(message);
        self.write_err_raw(prefix, &message);
    }

    fn write_err_raw(&self, prefix: Option<(&str, Style)>, message: &str) {
        let mut err = self.stderr.borrow_mut();
        // stderr failing (closed pipe) must not turn a success into a failure.
        let _ = match prefix {
            Some((label, style)) => writeln!(err, "{style}{label}{style:#} {message}"),
            None => writeln!(err, "{message}"),
        };
    }

    /// Progress and notes, on stderr; `--quiet` silences them.
    pub fn status(&self, message: &str) {
        if !self.quiet {
            self.write_err(None, message);
        }
    }

    /// A line confirming something was done: only on a terminal (scripts read stdout or the exit code).
    pub fn success(&self, message: &str) {
        if !self.quiet && self.stdout_is_terminal {
            self.write_err(Some(("✓", Style::new().fg_color(Some(AnsiColor::Green.into())))), message);
        }
    }

    pub fn warn(&self, message: &str) {
        self.write_err(Some(("warning:", Style::new().bold().fg_color(Some(AnsiColor::Yellow.into())))), message);
    }

    /// A warning that must show `secret` in full (the only copy of a key Honeycomb shows once): the
    /// secret is printed as it is, the rest of the message cleaned as usual.
    pub fn warn_revealing(&self, message: &str, secret: &str) {
        let line = format!("{} {}", self.clean(message), terminal_line(secret));
        self.write_err_raw(Some(("warning:", Style::new().bold().fg_color(Some(AnsiColor::Yellow.into())))), &line);
    }

    /// `--verbose` diagnostics.
    pub fn debug(&self, message: &str) {
        if self.verbose {
            self.write_err(Some(("debug:", Style::new().dimmed())), message);
        }
    }

    pub fn error(&self, error: &CliError) {
        let style = Style::new().bold().fg_color(Some(AnsiColor::Red.into()));
        for problem in &error.problems {
            self.write_err(Some(("error:", style)), problem);
        }
        self.write_err(Some(("error:", style)), &error.message);
        if let Some(hint) = &error.hint {
            self.write_err(Some(("hint:", Style::new().bold().fg_color(Some(AnsiColor::Cyan.into())))), hint);
        }
    }

    /// Asks before a destructive step. `assume_yes` is the command's `--yes`; without it and without a
    /// terminal the answer is an error naming the flag, never a silent yes or a hung prompt.
    pub fn confirm(&self, question: &str, assume_yes: bool, flag: &str) -> CliResult<bool> {
        if assume_yes {
            return Ok(true);
        }
        if !self.interactive {
            return Err(CliError::usage(format!("{question} needs confirmation, and this is not an interactive terminal"))
                .with_hint(format!("pass {flag} to confirm")));
        }
        Ok(self.prompter.confirm(&self.clean(question), false)?)
    }

    /// Asks for a secret (not echoed). Callers ask only when [`Ui::interactive`].
    pub fn password(&self, question: &str, allow_empty: bool) -> CliResult<String> {
        Ok(self.prompter.password(&self.clean(question), allow_empty)?)
    }

    /// Asks for a line of text. Callers ask only when [`Ui::interactive`].
    pub fn input(&self, question: &str) -> CliResult<String> {
        Ok(self.prompter.input(&self.clean(question))?)
    }

    /// Asks which of `items` to take. Callers ask only when [`Ui::interactive`].
    pub fn multi_select(&self, question: &str, items: &[String], defaults: &[bool]) -> CliResult<Vec<usize>> {
        let items: Vec<String> = items.iter().map(|item| self.clean(item)).collect();
        Ok(self.prompter.multi_select(&self.clean(question), &items, defaults)?)
    }

    /// The one way a command asks before it deletes: `--yes` (or "yes" at the prompt) goes on; "no" ends
    /// the command with a usage error that says nothing was deleted.
    pub fn confirm_delete(&self, question: &str, assume_yes: bool) -> CliResult {
        if self.confirm(question, assume_yes, "--yes")? { Ok(()) } else { Err(CliError::usage("cancelled; nothing was deleted")) }
    }
}

/// Everything a command may use.
pub struct Context {
    pub ui: Ui,
    /// Environment variables (the process's; a map in tests).
    pub env: Box<dyn Environment>,
    /// The directory relative paths and defaults start from (the process's; a temporary one in tests).
    pub cwd: std::path::PathBuf,
    /// The output format: the flag, else a table on a terminal and JSON otherwise.
    pub output: OutputFormat,
    /// `--request-timeout`: each integration's own default when `None`.
    pub request_timeout: Option<std::time::Duration>,
    /// `--allow-plaintext-http`: keys may go over plain http:// to a host that is not this machine.
    pub allow_plaintext_http: bool,
}

impl Context {
    /// Prints rows on stdout in the chosen format. (The stdout borrow lives only for the write, never
    /// across an await.)
    pub fn print_rows<R: crate::output::Row>(&self, rows: &[R]) -> CliResult {
        let sink = self.ui.sink();
        crate::output::print_rows_for(&mut *self.ui.out(), self.output, rows, &sink)?;
        Ok(())
    }

    /// Prints one record on stdout in the chosen format.
    pub fn print_record<R: crate::output::Row>(&self, record: &R) -> CliResult {
        let sink = self.ui.sink();
        crate::output::print_record_for(&mut *self.ui.out(), self.output, record, &sink)?;
        Ok(())
    }

    pub fn new(ui: Ui, requested: Option<OutputFormat>) -> Context {
        let output = requested.unwrap_or(if ui.stdout_is_terminal { OutputFormat::Table } else { OutputFormat::Json });
        let cwd = std::env::current_dir().unwrap_or_default();
        Context { ui, env: Box::new(ProcessEnvironment), cwd, output, request_timeout: None, allow_plaintext_http: false }
    }

    /// A path the user gave, from the working directory (an absolute one as it is).
    pub fn path(&self, path: &std::path::Path) -> std::path::PathBuf {
        self.cwd.join(path)
    }

    /// Another environment and working directory (tests run commands in-process, side by side).
    pub fn with_environment(mut self, env: Box<dyn Environment>, cwd: std::path::PathBuf) -> Context {
        self.env = env;
        self.cwd = cwd;
        self
    }

    pub fn with_request_timeout(mut self, timeout: Option<std::time::Duration>) -> Context {
        self.request_timeout = timeout;
        self
    }

    pub fn with_plaintext_http(mut self, allowed: bool) -> Context {
        self.allow_plaintext_http = allowed;
        self
    }
}
