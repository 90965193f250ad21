use std::path::PathBuf;

use clap::Args;

use super::{FILES_HELP, load_rules};
use crate::commands::xray::RuleRow;
use crate::context::Context;
use crate::error::CliResult;
use crate::xray::client::RuleRecord;

#[derive(Debug, Args)]
#[command(after_help = FILES_HELP)]
pub struct ValidateArgs {
    /// Rule files or directories ("-" for stdin)
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Works offline (no credentials needed), so CI can check rule files on every push.
pub fn run(context: &Context, args: ValidateArgs) -> CliResult {
    let rules = load_rules(&args.paths)?;
    let rows: Vec<RuleRow> = rules
        .iter()
        .map(|wanted| RuleRow::from(&RuleRecord { rule: wanted.rule.clone(), rule_arn: None, created_at: None, modified_at: None }))
        .collect();
    context.ui.success(&format!("{} rule(s) valid", rows.len()));
    context.print_rows(&rows)?;
    Ok(())
}
