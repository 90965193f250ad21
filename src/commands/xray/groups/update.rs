use clap::{ArgAction, Args};

use crate::aws::AwsSettings;
use crate::commands::xray::{check_filter_expression, check_group_name, connect};
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::xray::client::InsightsUpdate;

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Group name
    pub name: String,
    /// The new filter expression, e.g. 'service("backend-flask") {fault OR error}'
    #[arg(long, value_name = "EXPR")]
    pub filter_expression: Option<String>,
    /// Turn X-Ray Insights on or off
    #[arg(long, value_name = "BOOL", action = ArgAction::Set)]
    pub insights: Option<bool>,
    /// Turn Insights notifications on or off
    #[arg(long, value_name = "BOOL", action = ArgAction::Set)]
    pub notifications: Option<bool>,
}

pub async fn run(context: &Context, aws: &AwsSettings, args: UpdateArgs) -> CliResult {
    check_group_name(&args.name)?;
    if let Some(expression) = &args.filter_expression {
        check_filter_expression(expression)?;
    }
    if args.filter_expression.is_none() && args.insights.is_none() && args.notifications.is_none() {
        return Err(CliError::usage("nothing to update").with_hint("pass --filter-expression, --insights or --notifications"));
    }
    let insights = InsightsUpdate { insights_enabled: args.insights, notifications_enabled: args.notifications };
    let group = connect(context, aws).await?.update_group(&args.name, args.filter_expression.as_deref(), insights).await?;
    context.ui.success(&format!("updated group {}", group.group_name));
    context.print_record(&group)?;
    Ok(())
}
