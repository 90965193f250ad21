//! `cruddur-obs xray rules apply|validate|list|get|delete|export`.

mod apply;
mod delete;
mod export;
mod get;
mod list;
mod validate;

use std::path::PathBuf;

use clap::Subcommand;

use crate::aws::AwsSettings;
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::xray::rule_file::{self, RuleSource, WantedRule};

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Create, update (changed fields only) or keep rules so AWS matches the files
    Apply(apply::ApplyArgs),
    /// Check rule files against AWS's constraints without contacting AWS
    Validate(validate::ValidateArgs),
    /// List every sampling rule, the Default rule included
    List(list::ListArgs),
    /// Show one sampling rule
    Get(get::GetArgs),
    /// Delete a sampling rule (asks first; --yes in scripts)
    Delete(delete::DeleteArgs),
    /// Write the rules to files (or stdout) that `rules apply` reads back
    Export(export::ExportArgs),
}

pub async fn run(context: &Context, aws: &AwsSettings, command: RulesCommand) -> CliResult {
    match command {
        RulesCommand::Apply(args) => apply::run(context, aws, args).await,
        RulesCommand::Validate(args) => validate::run(context, args),
        RulesCommand::List(args) => list::run(context, aws, args).await,
        RulesCommand::Get(args) => get::run(context, aws, args).await,
        RulesCommand::Delete(args) => delete::run(context, aws, args).await,
        RulesCommand::Export(args) => export::run(context, aws, args).await,
    }
}

/// Help shared by the commands that read rule files.
const FILES_HELP: &str = "Rule files: what `aws xray create-sampling-rule --cli-input-json` takes \
({\"SamplingRule\": {...}, \"Tags\": [...]}), a bare rule object, a JSON array of them, the output of \
`aws xray get-sampling-rules` or of `cruddur-obs xray rules export`, a directory of *.json files, or - for stdin.";

/// Reads and validates every rule in `paths`; all problems are reported together, before any call.
fn load_rules(paths: &[PathBuf]) -> CliResult<Vec<WantedRule>> {
    let sources: Vec<RuleSource> = paths.iter().map(|path| RuleSource::from_arg(path)).collect();
    rule_file::load(&sources, &mut std::io::stdin().lock()).map_err(|problems| {
        let count = problems.len();
        let noun = if count == 1 { "problem" } else { "problems" };
        CliError::invalid_input(format!("{count} {noun} in the sampling rules; nothing was sent to AWS")).with_problems(problems)
    })
}
