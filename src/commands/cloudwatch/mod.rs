//! `cruddur-obs cloudwatch ...`: CloudWatch Logs log groups (where watchtower sends the app's logs).

mod log_group;

use clap::{Args, Subcommand};

use crate::aws::{AwsArgs, AwsSettings};
use crate::cloudwatch::{LogGroup, LogsClient};
use crate::context::Context;
use crate::error::CliResult;
use crate::output::{Cell, Row};

#[derive(Debug, Args)]
#[command(after_help = "\
AWS settings come from the usual places: flags, then AWS_PROFILE, AWS_REGION / AWS_DEFAULT_REGION, \
AWS_ENDPOINT_URL_CLOUDWATCH_LOGS / AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, then \
~/.aws/config and ~/.aws/credentials (profiles and SSO), then the container or EC2 role.")]
pub struct CloudwatchArgs {
    #[command(flatten)]
    pub aws: AwsArgs,
    #[command(subcommand)]
    pub command: CloudwatchCommand,
}

#[derive(Debug, Subcommand)]
pub enum CloudwatchCommand {
    /// Ensure, list or delete log groups
    #[command(subcommand)]
    LogGroup(log_group::LogGroupCommand),
}

pub async fn run(context: &Context, args: CloudwatchArgs) -> CliResult {
    let aws = args.aws.settings();
    match args.command {
        CloudwatchCommand::LogGroup(command) => log_group::run(context, &aws, command).await,
    }
}

/// Checks settings offline, then resolves credentials and builds the client.
async fn connect(context: &Context, aws: &AwsSettings) -> CliResult<LogsClient> {
    let config = crate::aws::load(aws, context).await?;
    Ok(LogsClient::new(&config, context.ui.verbose))
}

impl Row for LogGroup {
    fn headers() -> &'static [&'static str] {
        &["LOG GROUP", "RETENTION DAYS", "STORED BYTES", "ARN", "CREATED"]
    }

    fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::text(&self.name),
            self.retention_days.map_or_else(|| Cell::text("never"), Cell::number),
            self.stored_bytes.map_or_else(|| Cell::text(""), Cell::number),
            Cell::optional(self.arn.clone()),
            Cell::optional(self.created.clone()),
        ]
    }
}
