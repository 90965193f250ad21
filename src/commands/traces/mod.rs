//! `cruddur-obs traces ...`: the workspace's own copy of its traces (status, tail) (`.cruddur-obs/traces/`, written by
//! the collector's `file` exporter).

mod status;
mod tail;

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Args)]
pub struct TracesArgs {
    #[command(subcommand)]
    pub command: TracesCommand,
}

#[derive(Debug, Subcommand)]
pub enum TracesCommand {
    /// Where the local copy is, how big, which services and what time it covers
    Status(status::StatusArgs),
    /// Spans as they arrive in the local copy, filtered with --where as queries are (follow mode)
    Tail(tail::TailArgs),
}

pub async fn run(context: &Context, args: TracesArgs) -> CliResult {
    match args.command {
        TracesCommand::Status(command) => status::run(context, command),
        TracesCommand::Tail(command) => tail::run(context, command).await,
    }
}
