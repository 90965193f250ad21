use clap::Args;

use crate::aws::AwsSettings;
use crate::commands::xray::connect;
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::xray::rule::DEFAULT_RULE;

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Rule name
    pub name: String,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
}

pub async fn run(context: &Context, aws: &AwsSettings, args: DeleteArgs) -> CliResult {
    if args.name == DEFAULT_RULE {
        return Err(CliError::invalid_input("the Default sampling rule cannot be deleted")
            .with_hint("change its rates instead: export it, edit FixedRate/ReservoirSize, and apply"));
    }
    context.ui.confirm_delete(&format!("Delete sampling rule {}?", args.name), args.yes)?;
    connect(context, aws).await?.delete_rule(&args.name).await?;
    context.ui.success(&format!("deleted sampling rule {}", args.name));
    Ok(())
}
