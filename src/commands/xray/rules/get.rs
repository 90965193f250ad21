use clap::Args;

use crate::aws::AwsSettings;
use crate::commands::xray::{RuleRow, connect};
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};

#[derive(Debug, Args)]
pub struct GetArgs {
    /// Rule name
    pub name: String,
}

/// X-Ray has no call for one rule, so this pages through GetSamplingRules.
pub async fn run(context: &Context, aws: &AwsSettings, args: GetArgs) -> CliResult {
    let records = connect(context, aws).await?.list_rules().await?;
    let Some(record) = records.iter().find(|record| record.rule.rule_name == args.name) else {
        let names: Vec<&str> = records.iter().map(|record| record.rule.rule_name.as_str()).collect();
        let mut error = CliError::new(ErrorKind::Rejected, format!("sampling rule {:?} not found", args.name));
        error = match crate::suggest::suggest(&args.name, names.iter().copied()) {
            Some(close) => error.with_hint(format!("did you mean {close}?")),
            None => error.with_hint(format!("existing rules: {}", names.join(", "))),
        };
        return Err(error);
    };
    context.print_record(&RuleRow::from(record))?;
    Ok(())
}
