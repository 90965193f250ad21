//! One error type for the whole CLI, and the exit codes it maps to.
//!
//! Integrations (X-Ray, Honeycomb, file editors) have their own error types; each converts into a
//! [`CliError`] with a [`ErrorKind`], so the exit code depends on what went wrong, not on where.

use std::fmt;
use std::process::ExitCode;
use std::sync::Arc;

/// What kind of failure ended the command. The discriminant is the process exit code, and the table in
/// [`EXIT_CODES_HELP`] documents it (it is printed by `--help` and repeated in the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A bug or an unexpected local failure (I/O on the tool's own files, a broken pipe aside).
    Internal = 1,
    /// The command line was wrong, or a choice needed in non-interactive mode was not given as a flag.
    Usage = 2,
    /// An input file, flag value or configuration is invalid. Nothing was sent.
    InvalidInput = 3,
    /// Credentials are missing, invalid, or not allowed to do this.
    Auth = 4,
    /// The service understood the request and refused it (not found, already exists, limit reached, ...).
    Rejected = 5,
    /// The service could not be reached or did not answer in time (network, timeout, 5xx, throttling after retries).
    Unavailable = 6,
    /// Honeycomb created a key but its secret, shown only once, could not be saved everywhere asked: the
    /// message says where it is (the profile), or, saved nowhere, it was printed on stderr so it is not lost.
    SecretNotSaved = 7,
    /// `doctor` ran, and at least one check failed (warnings do not count).
    CheckFailed = 8,
    /// `query`: the team's Honeycomb plan has no Query Data API (an Enterprise feature), so no table:
    /// the query's link (its Query Template Link) was printed on stdout instead.
    NotOnPlan = 9,
}

/// The exit-code table, shown at the end of `cruddur-obs --help`.
pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0  success
  1  internal error (a bug, or a local I/O failure)
  2  usage error (bad arguments, or a choice missing in non-interactive mode)
  3  invalid input: a file, flag value or configuration is wrong (nothing was sent)
  4  credentials missing, invalid or not permitted
  5  the service refused the request (not found, already exists, limit reached)
  6  the service is unreachable or failing (network, timeout, 5xx, throttled after retries)
  7  a key was created but its secret could not be saved everywhere asked (the message says where it is;
     saved nowhere, it was printed on stderr)
  8  doctor: at least one check failed (the checklist on stdout says which, and how to fix it)
  9  query: the team's plan has no Query Data API (Enterprise); the query's link was printed instead";

/// An error as the user sees it: a one-line message, optional per-problem lines, and an optional hint;
/// and, as jj's `CommandError` keeps it, the typed error it came from (`source()`), so a caller can
/// still ask what happened, and `--verbose` or a test can see the whole chain.
#[derive(Debug, Clone)]
pub struct CliError {
    pub kind: ErrorKind,
    /// The summary line.
    pub message: String,
    /// One line per problem, printed before the summary (validation reports every problem, not the first).
    pub problems: Vec<String>,
    /// What to do about it.
    pub hint: Option<String>,
    /// stdout was closed by its reader (`| head`): end quietly.
    pub broken_pipe: bool,
    /// The integration's error this one was made from.
    pub source: Option<Arc<dyn std::error::Error + Send + Sync>>,
    /// Not an error to print: the command says something by its exit code alone (`plan
    /// --detailed-exitcode` exits 2 when there are changes, as Terraform's does).
    pub status_only: bool,
}

impl CliError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        CliError { kind, message: message.into(), problems: Vec::new(), hint: None, broken_pipe: false, source: None, status_only: false }
    }

    /// An exit code with nothing printed (see [`CliError::status_only`]).
    pub fn status_only(kind: ErrorKind) -> Self {
        CliError { status_only: true, ..Self::new(kind, "") }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }

    pub fn invalid_input(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::InvalidInput, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Keeps the error this one was made from (its message is already in ours).
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Arc::new(source));
        self
    }

    /// The source error, if it is of type `E`.
    pub fn source_as<E: std::error::Error + 'static>(&self) -> Option<&E> {
        self.source.as_deref().and_then(|source| (source as &(dyn std::error::Error + 'static)).downcast_ref::<E>())
    }

    pub fn with_problems(mut self, problems: Vec<String>) -> Self {
        self.problems = problems;
        self
    }

    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(self.kind as u8)
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_deref().map(|source| source as &(dyn std::error::Error + 'static))
    }
}

impl From<std::io::Error> for CliError {
    fn from(err: std::io::Error) -> Self {
        let broken_pipe = err.kind() == std::io::ErrorKind::BrokenPipe;
        CliError { broken_pipe, ..CliError::internal(format!("I/O error: {err}")).with_source(err) }
    }
}

pub type CliResult<T = ()> = Result<T, CliError>;

/// An error's `source()` chain as one line: each distinct message once, whitespace collapsed. Library
/// errors (reqwest, the AWS SDK) nest the useful part several levels deep.
pub fn error_chain(err: &dyn std::error::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut current: Option<&dyn std::error::Error> = Some(err);
    while let Some(error) = current {
        let text = error.to_string().split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() && !parts.iter().any(|part| part.contains(&text)) {
            parts.push(text);
        }
        current = error.source();
    }
    parts.join(": ")
}
