//! `cruddur-obs xray groups list|get|update|delete`.

mod delete;
mod get;
mod list;
mod update;

use clap::Subcommand;

use crate::aws::AwsSettings;
use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Subcommand)]
pub enum GroupsCommand {
    /// List every group
    List(list::ListArgs),
    /// Show one group
    Get(get::GetArgs),
    /// Change a group's filter expression or Insights settings
    Update(update::UpdateArgs),
    /// Delete a group (asks first; --yes in scripts)
    Delete(delete::DeleteArgs),
}

pub async fn run(context: &Context, aws: &AwsSettings, command: GroupsCommand) -> CliResult {
    match command {
        GroupsCommand::List(args) => list::run(context, aws, args).await,
        GroupsCommand::Get(args) => get::run(context, aws, args).await,
        GroupsCommand::Update(args) => update::run(context, aws, args).await,
        GroupsCommand::Delete(args) => delete::run(context, aws, args).await,
    }
}
