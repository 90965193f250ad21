//! The command line, as clap sees it. Each command's arguments live beside its code in `commands/`;
//! this file only assembles them and holds the global flags.

use clap::{Args, Parser, Subcommand};

use crate::commands;
use crate::context::UiOptions;
use crate::error::EXIT_CODES_HELP;
use crate::output::OutputFormat;

/// Observability for Cruddur workspaces: AWS X-Ray groups and sampling rules, Honeycomb, OpenTelemetry.
#[derive(Debug, Parser)]
#[command(name = "cruddur-obs", version, after_long_help = EXIT_CODES_HELP, after_help = "Exit codes are listed in --help.")]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// How to print results: a table on a terminal, JSON otherwise
    #[arg(long, short = 'o', global = true, value_enum, env = "CRUDDUR_OBS_OUTPUT", value_name = "FORMAT")]
    pub output: Option<OutputFormat>,
    /// Print only results and errors (no progress or notes on stderr)
    #[arg(long, short = 'q', global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Explain what is happening on stderr (settings and where they came from)
    #[arg(long, short = 'v', global = true)]
    pub verbose: bool,
    /// Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its
    /// own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]
    #[arg(long, global = true, env = "CRUDDUR_OBS_REQUEST_TIMEOUT", value_name = "DURATION", value_parser = parse_request_timeout)]
    pub request_timeout: Option<std::time::Duration>,
}

/// `--request-timeout`: a duration above zero and at most an hour (a longer wait is a typo, not a choice).
fn parse_request_timeout(text: &str) -> Result<std::time::Duration, String> {
    let duration = crate::query::time::parse_duration(text)?;
    if duration.is_zero() || duration > std::time::Duration::from_secs(3600) {
        return Err(format!("{text:?}: must be more than 0 and at most 1h"));
    }
    Ok(duration)
}

impl GlobalArgs {
    pub fn ui_options(&self) -> UiOptions {
        UiOptions { output: self.output, quiet: self.quiet, verbose: self.verbose, request_timeout: self.request_timeout }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Set a workspace up to send traces to Honeycomb: compose, .env, gp env, requirements.txt
    Init(Box<commands::init::InitArgs>),
    /// Check the workspace and the accounts: a checklist of what is wrong, with the fix
    Doctor(Box<commands::doctor::DoctorArgs>),
    /// Honeycomb: keys and profiles, environments, API keys, datasets, markers
    Honeycomb(commands::honeycomb::HoneycombCommandArgs),
    /// Honeycomb queries as tables or JSON: latency by user, recent traces, any spec, saved queries
    Query(commands::query::QueryArgs),
    /// Browser traces from the React frontend, joined to the backend's
    Frontend(commands::frontend::FrontendArgs),
    /// AWS X-Ray: groups and sampling rules
    Xray(commands::xray::XrayArgs),
    /// AWS CloudWatch Logs: log groups and how long they keep events
    Cloudwatch(commands::cloudwatch::CloudwatchArgs),
    /// Settings in effect and where each came from; the config file's profiles
    Config(commands::config::ConfigArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    Completions(commands::completions::CompletionsArgs),
    /// Regenerate completions/ and man/ from this command line (for maintainers)
    #[command(hide = true)]
    GenerateAssets(commands::completions::GenerateAssetsArgs),
}

/// The clap command, for completions and man pages.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}
