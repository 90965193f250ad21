use clap::Args;

use crate::aws::AwsSettings;
use crate::commands::xray::connect;
use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Args)]
pub struct ListArgs {}

pub async fn run(context: &Context, aws: &AwsSettings, _args: ListArgs) -> CliResult {
    let groups = connect(context, aws).await?.list_groups().await?;
    context.print_rows(&groups)?;
    Ok(())
}
