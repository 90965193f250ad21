//! `cruddur-obs xray create-group NAME --filter-expression EXPR`: the bootcamp's
//! `aws xray create-group`, safe to re-run: an existing group with the same settings is left alone.

use clap::Args;

use super::{check_filter_expression, check_group_name, connect, parse_tag};
use crate::aws::AwsSettings;
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::xray::XrayErrorKind;
use crate::xray::client::{Group, InsightsUpdate};
use crate::xray::rule::Tag;

#[derive(Debug, Args)]
pub struct CreateGroupArgs {
    /// Group name, 1-32 characters (e.g. Cruddur)
    pub name: String,
    /// Which traces belong to the group, e.g. 'service("backend-flask")' (default: all)
    #[arg(long, value_name = "EXPR")]
    pub filter_expression: Option<String>,
    /// Turn on X-Ray Insights for the group
    #[arg(long)]
    pub insights: bool,
    /// Turn on Insights notifications (implies --insights)
    #[arg(long)]
    pub notifications: bool,
    /// Tag the group when it is created (KEY=VALUE, repeatable)
    #[arg(long = "tag", value_name = "KEY=VALUE", value_parser = parse_tag)]
    pub tags: Vec<Tag>,
}

/// Whether an existing group already has what was asked for.
fn matches(existing: &Group, args: &CreateGroupArgs) -> bool {
    let wanted_filter = args.filter_expression.as_deref().unwrap_or("");
    existing.filter_expression.as_deref().unwrap_or("") == wanted_filter
        && (!args.insights && !args.notifications || existing.insights_enabled)
        && (!args.notifications || existing.notifications_enabled)
}

fn unchanged_or_conflict(context: &Context, existing: Group, args: &CreateGroupArgs) -> CliResult<Group> {
    if matches(&existing, args) {
        context.ui.status(&format!("group {} already exists with these settings; nothing changed", existing.group_name));
        return Ok(existing);
    }
    let current = existing.filter_expression.as_deref().unwrap_or("(none)");
    Err(CliError::new(ErrorKind::Rejected, format!("group {} already exists with filter expression {current}", args.name))
        .with_hint(format!("to change it: cruddur-obs xray groups update {} --filter-expression ...", args.name)))
}

pub async fn run(context: &Context, aws: &AwsSettings, args: CreateGroupArgs) -> CliResult {
    check_group_name(&args.name)?;
    if let Some(expression) = &args.filter_expression {
        check_filter_expression(expression)?;
    }
    let insights = InsightsUpdate {
        insights_enabled: (args.insights || args.notifications).then_some(true),
        notifications_enabled: args.notifications.then_some(true),
    };
    let client = connect(context, aws).await?;
    // Look first: in CI this runs on every deploy, and a re-run should make no write call at all.
    let group = match client.get_group(&args.name).await? {
        Some(existing) => unchanged_or_conflict(context, existing, &args)?,
        None => match client.create_group(&args.name, args.filter_expression.as_deref(), insights, &args.tags).await {
            Ok(group) => {
                context.ui.success(&format!("created group {}", group.group_name));
                group
            }
            // Created meanwhile (a parallel run, or a retried create whose first response was lost):
            // X-Ray answers with a plain InvalidRequestException, so look again.
            Err(err) if err.is(XrayErrorKind::InvalidRequest) => match client.get_group(&args.name).await? {
                Some(existing) => unchanged_or_conflict(context, existing, &args)?,
                None => return Err(err.into()),
            },
            Err(err) => return Err(err.into()),
        },
    };
    context.print_record(&group)?;
    Ok(())
}
