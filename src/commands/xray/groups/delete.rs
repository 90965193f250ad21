use clap::Args;

use crate::aws::AwsSettings;
use crate::commands::xray::{check_group_name, connect};
use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Group name
    pub name: String,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
}

pub async fn run(context: &Context, aws: &AwsSettings, args: DeleteArgs) -> CliResult {
    check_group_name(&args.name)?;
    context.ui.confirm_delete(&format!("Delete X-Ray group {}?", args.name), args.yes)?;
    connect(context, aws).await?.delete_group(&args.name).await?;
    context.ui.success(&format!("deleted group {}", args.name));
    Ok(())
}
