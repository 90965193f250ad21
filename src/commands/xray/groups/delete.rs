use clap::Args;

use crate::aws::AwsSettings;
use crate::commands::xray::{check_group_name, connect};
use crate::context::Context;
use crate::error::{CliError, CliResult};

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
    if !context.ui.confirm(&format!("Delete X-Ray group {}?", args.name), args.yes, "--yes")? {
        return Err(CliError::usage("cancelled; nothing was deleted"));
    }
    connect(context, aws).await?.delete_group(&args.name).await?;
    context.ui.success(&format!("deleted group {}", args.name));
    Ok(())
}
