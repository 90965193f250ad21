//! One module per subcommand: its clap `Args` (whose doc comments are the help text) and a thin
//! `run` that validates, calls the integrations and hands rows to the renderer.

pub mod cloudwatch;
pub mod completions;
pub mod config;
pub mod doctor;
pub mod frontend;
pub mod honeycomb;
pub mod init;
pub mod query;
pub mod xray;

use crate::cli::Command;
use crate::context::Context;
use crate::error::CliResult;

pub async fn run(context: &Context, command: Command) -> CliResult {
    match command {
        Command::Init(args) => init::run(context, *args).await,
        Command::Doctor(args) => doctor::run(context, *args).await,
        Command::Honeycomb(args) => honeycomb::run(context, args).await,
        Command::Frontend(args) => frontend::run(context, args).await,
        Command::Query(args) => query::run(context, args).await,
        Command::Xray(args) => xray::run(context, args).await,
        Command::Cloudwatch(args) => cloudwatch::run(context, args).await,
        Command::Config(args) => config::run(context, args),
        Command::Completions(args) => completions::run_completions(context, args),
        Command::GenerateAssets(args) => completions::run_generate_assets(context, args),
    }
}
