//! `cruddur-obs cloudwatch log-group ensure|list|delete`.

mod delete;
mod ensure;
mod list;

use clap::Subcommand;

use crate::aws::AwsSettings;
use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Subcommand)]
pub enum LogGroupCommand {
    /// Create a log group if it is missing and set its retention (safe to re-run)
    Ensure(ensure::EnsureArgs),
    /// List log groups
    List(list::ListArgs),
    /// Delete a log group and every event in it (asks first; --yes in scripts)
    Delete(delete::DeleteArgs),
}

pub async fn run(context: &Context, aws: &AwsSettings, command: LogGroupCommand) -> CliResult {
    match command {
        LogGroupCommand::Ensure(args) => ensure::run(context, aws, args).await,
        LogGroupCommand::List(args) => list::run(context, aws, args).await,
        LogGroupCommand::Delete(args) => delete::run(context, aws, args).await,
    }
}
