//! cruddur-obs: from "no observability" to traces in Honeycomb and AWS X-Ray, queried from the terminal.
//!
//! The crate's map, top down:
//! - [`commands`]: the command line. The global flags, the `Command` enum and one module per subcommand,
//!   each a clap `Args` beside a thin `run`: build a typed request, hand it to the integration's planner
//!   and executor, render. Nothing else imports `commands`, and no command imports another.
//! - The work, each a planner (reads only) and an executor, as [`xray::plan`] and [`xray::apply`] are:
//!   [`init`] (request, choices, key, plan of file edits and AWS steps, apply, report), [`doctor`] (plan
//!   of the checks, account checks, checklist), [`query`] (flags planned into a query, executed, printed).
//! - The integrations, each with typed requests, responses and errors: [`honeycomb`], [`xray`],
//!   [`cloudwatch`] (both through [`aws`]), [`gitpod`].
//! - What they work on: [`workspace`] (what a workspace holds, found on disk), [`edit`] (format-keeping
//!   editors, text in and out), [`settings`] (values that remember their source), [`fsio`] (atomic and
//!   all-or-none writes, bounded reads, private temporaries and locks), [`http`] (no redirects, body
//!   limits, no keys over plain http), [`strict_json`], [`suggest`].
//! - Around every command: [`context`] (streams, terminal detection, the prompter, environment, working
//!   directory, the secrets to mask), [`output`] (tables, JSON, CSV, diffs, and [`output::sanitize`], the
//!   one way untrusted text reaches a terminal), [`error`] (typed until printed, exit codes).

pub mod aws;
pub mod browser;
pub mod cloudwatch;
pub mod commands;
pub mod context;
pub mod declare;
pub mod doctor;
pub mod edit;
pub mod error;
pub mod fsio;
pub mod gitpod;
pub mod honeycomb;
pub mod http;
pub mod init;
pub mod output;
pub mod query;
pub mod settings;
pub mod strict_json;
pub mod suggest;
pub mod traces;
pub mod workspace;
pub mod xray;

use std::process::ExitCode;

use clap::Parser;

use crate::commands::Command;
use crate::context::{Context, Ui};
use crate::error::CliError;

/// Parses the arguments first (so `--help` and usage errors never start a runtime), then runs the
/// command on a single-threaded tokio runtime and turns the outcome into the exit code.
pub fn main() -> ExitCode {
    let cli = match commands::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() { ExitCode::from(error::ErrorKind::Usage as u8) } else { ExitCode::SUCCESS };
        }
    };
    let options = cli.global.ui_options();
    let context = Context::new(Ui::from_process(&options), options.output)
        .with_request_timeout(options.request_timeout)
        .with_plaintext_http(options.allow_plaintext_http);
    let code = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime.block_on(execute(&context, cli.command)),
        Err(err) => report(&context, Err(CliError::internal(format!("cannot start the async runtime: {err}")))),
    };
    ExitCode::from(code)
}

/// Runs one command on `context`, prints its error, and returns the exit code: what the binary does
/// after parsing, and what the in-process tests call.
pub async fn execute(context: &Context, command: Command) -> u8 {
    let result = commands::run(context, command).await;
    report(context, result)
}

fn report(context: &Context, result: error::CliResult) -> u8 {
    match result {
        Ok(()) => 0,
        // The reader of our output went away (`| head`): not an error worth a message.
        Err(err) if err.broken_pipe => 0,
        Err(err) if err.status_only => err.kind as u8,
        Err(err) => {
            context.ui.error(&err);
            err.kind as u8
        }
    }
}
