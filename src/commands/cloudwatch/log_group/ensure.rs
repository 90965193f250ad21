//! `cruddur-obs cloudwatch log-group ensure NAME [--retention-days N|never]`: the log group watchtower
//! sends the app's logs to, created when missing, with the retention asked for. Safe to re-run: a
//! group that already has what was asked for costs one read and no write.

use clap::Args;

use crate::aws::AwsSettings;
use crate::cloudwatch::validate::{check_new_name, retention_text};
use crate::cloudwatch::{LogGroup, LogsClient, LogsErrorKind, Retention};
use crate::commands::cloudwatch::connect;
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};

#[derive(Debug, Args)]
pub struct EnsureArgs {
    /// Log group name: 1-512 letters, digits and . - _ / # (e.g. /cruddur/backend-flask)
    pub name: String,
    /// How long events are kept: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827,
    /// 2192, 2557, 2922, 3288 or 3653 days, or "never" (default: left as it is; a new group never expires)
    #[arg(long, value_name = "DAYS")]
    pub retention_days: Option<String>,
}

/// Sets or removes the retention policy when it differs from `wanted`; returns whether it wrote.
async fn apply_retention(client: &LogsClient, name: &str, current: Option<i32>, wanted: Option<Retention>) -> CliResult<bool> {
    let Some(wanted) = wanted else { return Ok(false) };
    if wanted.days() == current {
        return Ok(false);
    }
    match wanted {
        Retention::Days(days) => client.put_retention(name, days).await?,
        Retention::Never => client.delete_retention(name).await?,
    }
    Ok(true)
}

pub async fn run(context: &Context, aws: &AwsSettings, args: EnsureArgs) -> CliResult {
    check_new_name(&args.name)?;
    let retention = args.retention_days.as_deref().map(Retention::parse).transpose()?;
    let client = connect(context, aws).await?;
    let name = args.name.as_str();

    // Look first: in CI this runs on every deploy, and a re-run should make no write call at all.
    let existing = match client.find(name).await? {
        Some(existing) => Some(existing),
        None => match client.create(name).await {
            Ok(()) => None,
            // Created meanwhile (a parallel run, or a retried create whose first response was lost).
            Err(err) if err.is(LogsErrorKind::AlreadyExists) => {
                context.ui.debug(&format!("log group {name} was created by someone else meanwhile"));
                match client.find(name).await? {
                    Some(existing) => Some(existing),
                    None => return Err(err.into()),
                }
            }
            Err(err) => return Err(err.into()),
        },
    };

    let group: LogGroup = match existing {
        Some(mut group) => {
            let before = group.retention_days;
            if apply_retention(&client, name, before, retention).await? {
                group.retention_days = retention.and_then(Retention::days);
                context.ui.success(&format!(
                    "log group {name}: retention {} → {}",
                    retention_text(before),
                    retention_text(group.retention_days)
                ));
            } else {
                context.ui.status(&format!("log group {name} already exists (retention: {}); nothing changed", retention_text(before)));
            }
            group
        }
        None => {
            // A new group never expires until a policy is set.
            apply_retention(&client, name, None, retention).await?;
            let group = client.find(name).await?.ok_or_else(|| {
                CliError::new(ErrorKind::Unavailable, format!("log group {name} was created but is not listed yet"))
                    .with_hint("run the command again in a few seconds")
            })?;
            context.ui.success(&format!("created log group {name} (retention: {})", retention_text(group.retention_days)));
            group
        }
    };
    context.print_record(&group)?;
    Ok(())
}
