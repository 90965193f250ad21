use clap::Args;

use crate::aws::AwsSettings;
use crate::commands::xray::{RuleRow, connect};
use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Args)]
pub struct ListArgs {}

pub async fn run(context: &Context, aws: &AwsSettings, _args: ListArgs) -> CliResult {
    let records = connect(context, aws).await?.list_rules().await?;
    let rows: Vec<RuleRow> = records.iter().map(RuleRow::from).collect();
    context.print_rows(&rows)?;
    Ok(())
}
