use clap::Args;

use crate::aws::AwsSettings;
use crate::commands::xray::{check_group_name, connect};
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};

#[derive(Debug, Args)]
pub struct GetArgs {
    /// Group name
    pub name: String,
}

pub async fn run(context: &Context, aws: &AwsSettings, args: GetArgs) -> CliResult {
    check_group_name(&args.name)?;
    let group = connect(context, aws).await?.get_group(&args.name).await?.ok_or_else(|| {
        CliError::new(ErrorKind::Rejected, format!("group {} not found", args.name)).with_hint("list groups: cruddur-obs xray groups list")
    })?;
    context.print_record(&group)?;
    Ok(())
}
