//! The command line, as clap sees it: the global flags, the [`Command`] enum, and one module per
//! subcommand beside it, each with its clap `Args` (whose doc comments are the help text) and a thin
//! `run` that builds a typed request, calls the integrations and hands the result to the renderer.

pub mod apply;
pub mod cloudwatch;
pub mod completions;
pub mod config;
pub mod doctor;
pub mod export;
pub mod frontend;
pub mod honeycomb;
pub mod init;
pub mod plan;
pub mod query;
pub mod trace;
pub mod traces;
pub mod xray;

use clap::{Args, Parser, Subcommand};

use crate::context::{Context, UiOptions};
use crate::error::{CliResult, EXIT_CODES_HELP};
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
    /// Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read
    /// them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag
    #[arg(long, global = true, env = "CRUDDUR_OBS_ALLOW_PLAINTEXT_HTTP", value_parser = clap::builder::BoolishValueParser::new())]
    pub allow_plaintext_http: bool,
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
        UiOptions {
            output: self.output,
            quiet: self.quiet,
            verbose: self.verbose,
            request_timeout: self.request_timeout,
            allow_plaintext_http: self.allow_plaintext_http,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Set a workspace up to send traces to Honeycomb: compose, .env, gp env, requirements.txt
    Init(Box<init::InitArgs>),
    /// Check the workspace and the accounts: a checklist of what is wrong, with the fix
    Doctor(Box<doctor::DoctorArgs>),
    /// Honeycomb: keys and profiles, environments, API keys, datasets, markers
    Honeycomb(honeycomb::HoneycombCommandArgs),
    /// Honeycomb queries as tables or JSON: latency by user, recent traces, any spec, saved queries
    Query(query::QueryArgs),
    /// Browser traces from the React frontend, joined to the backend's
    Frontend(frontend::FrontendArgs),
    /// AWS X-Ray: groups, sampling rules, Transaction Search, a workspace's move to OpenTelemetry
    Xray(xray::XrayArgs),
    /// AWS CloudWatch Logs: log groups and how long they keep events
    Cloudwatch(cloudwatch::CloudwatchArgs),
    /// One trace as a waterfall in the terminal, from the workspace's local copy or X-Ray
    Trace(trace::TraceArgs),
    /// The workspace's own copy of its traces (.cruddur-obs/traces): status
    Traces(traces::TracesArgs),
    /// What `apply` would change: the observability file against Honeycomb and X-Ray, as a diff
    Plan(Box<plan::PlanArgs>),
    /// Make Honeycomb and X-Ray match the observability file (boards, triggers, SLOs, ...)
    Apply(Box<apply::ApplyArgs>),
    /// Write an existing environment (and X-Ray) as the observability file
    Export(Box<export::ExportArgs>),
    /// Settings in effect and where each came from; the config file's profiles
    Config(config::ConfigArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    Completions(completions::CompletionsArgs),
    /// Regenerate completions/ and man/ from this command line (for maintainers)
    #[command(hide = true)]
    GenerateAssets(completions::GenerateAssetsArgs),
}

/// The clap command, for completions and man pages.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

pub async fn run(context: &Context, command: Command) -> CliResult {
    match command {
        Command::Init(args) => init::run(context, *args).await,
        Command::Doctor(args) => doctor::run(context, *args).await,
        Command::Honeycomb(args) => honeycomb::run(context, args).await,
        Command::Frontend(args) => frontend::run(context, args).await,
        Command::Query(args) => query::run(context, args).await,
        Command::Xray(args) => xray::run(context, args).await,
        Command::Cloudwatch(args) => cloudwatch::run(context, args).await,
        Command::Trace(args) => trace::run(context, args).await,
        Command::Traces(args) => traces::run(context, args).await,
        Command::Plan(args) => plan::run(context, *args).await,
        Command::Apply(args) => apply::run(context, *args).await,
        Command::Export(args) => export::run(context, *args).await,
        Command::Config(args) => config::run(context, args),
        Command::Completions(args) => completions::run_completions(context, args),
        Command::GenerateAssets(args) => completions::run_generate_assets(context, args),
    }
}
