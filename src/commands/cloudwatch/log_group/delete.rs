use clap::Args;

use crate::aws::AwsSettings;
use crate::cloudwatch::LogsErrorKind;
use crate::cloudwatch::validate::check_name;
use crate::commands::cloudwatch::connect;
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Log group name
    pub name: String,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
}

pub async fn run(context: &Context, aws: &AwsSettings, args: DeleteArgs) -> CliResult {
    check_name("log group name", &args.name)?;
    context.ui.confirm_delete(&format!("Delete log group {} and all its log events?", args.name), args.yes)?;
    match connect(context, aws).await?.delete(&args.name).await {
        Ok(()) => {}
        Err(err) if err.is(LogsErrorKind::NotFound) => {
            return Err(CliError::new(ErrorKind::Rejected, format!("log group {} not found", args.name))
                .with_hint("list log groups: cruddur-obs cloudwatch log-group list"));
        }
        Err(err) => return Err(err.into()),
    }
    context.ui.success(&format!("deleted log group {}", args.name));
    Ok(())
}
