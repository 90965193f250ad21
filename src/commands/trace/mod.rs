//! `cruddur-obs trace ...`: one trace.

pub mod show;

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Args)]
pub struct TraceArgs {
    #[command(subcommand)]
    pub command: TraceCommand,
}

#[derive(Debug, Subcommand)]
pub enum TraceCommand {
    /// A trace as a waterfall: a line per span, indented by parent, with a bar on a shared time axis
    Show(show::ShowArgs),
}

pub async fn run(context: &Context, args: TraceArgs) -> CliResult {
    match args.command {
        TraceCommand::Show(command) => show::run(context, command).await,
    }
}
