use clap::Args;

use crate::aws::AwsSettings;
use crate::cloudwatch::validate::check_name;
use crate::commands::cloudwatch::connect;
use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only log groups whose name starts with this (e.g. /cruddur/)
    #[arg(long, value_name = "PREFIX")]
    pub prefix: Option<String>,
}

pub async fn run(context: &Context, aws: &AwsSettings, args: ListArgs) -> CliResult {
    if let Some(prefix) = &args.prefix {
        check_name("--prefix", prefix)?;
    }
    let groups = connect(context, aws).await?.list(args.prefix.as_deref()).await?;
    context.print_rows(&groups)?;
    Ok(())
}
