//! `cruddur-obs xray rules export`: AWS's rules as files that `rules apply` reads back unchanged,
//! in the `--cli-input-json` shape the aws CLI takes too.

use std::io::Write as _;
use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use crate::aws::AwsSettings;
use crate::commands::xray::connect;
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::fsio::{WriteOutcome, write_if_changed};
use crate::xray::rule::{DEFAULT_RULE, SamplingRuleSpec};

#[derive(Debug, Args)]
#[command(after_help = "Tags are not exported (X-Ray lists them per rule); they are set when a rule is created.")]
pub struct ExportArgs {
    /// Write one <RuleName>.json per rule into this directory instead of a JSON array on stdout
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Include AWS's Default rule (only its FixedRate and ReservoirSize can be changed)
    #[arg(long)]
    pub include_default: bool,
    /// Export only these rules (repeatable)
    #[arg(long = "rule", value_name = "NAME")]
    pub rules: Vec<String>,
}

#[derive(Serialize)]
struct CliInput<'a> {
    #[serde(rename = "SamplingRule")]
    sampling_rule: &'a SamplingRuleSpec,
}

/// Rule names may hold characters that do not belong in file names.
fn file_name(rule_name: &str) -> String {
    let safe: String = rule_name.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' }).collect();
    format!("{safe}.json")
}

fn pretty(value: &impl Serialize) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(value).expect("rules serialize");
    bytes.push(b'\n');
    bytes
}

pub async fn run(context: &Context, aws: &AwsSettings, args: ExportArgs) -> CliResult {
    let records = connect(context, aws).await?.list_rules().await?;
    for name in &args.rules {
        if !records.iter().any(|record| &record.rule.rule_name == name) {
            return Err(CliError::new(ErrorKind::Rejected, format!("sampling rule {name:?} not found")));
        }
    }
    let selected: Vec<&SamplingRuleSpec> = records
        .iter()
        .map(|record| &record.rule)
        .filter(|rule| {
            if args.rules.is_empty() {
                args.include_default || rule.rule_name != DEFAULT_RULE
            } else {
                args.rules.contains(&rule.rule_name)
            }
        })
        .collect();
    let Some(dir) = &args.dir else {
        let inputs: Vec<CliInput> = selected.iter().map(|rule| CliInput { sampling_rule: rule }).collect();
        context.ui.out().write_all(&pretty(&inputs))?;
        return Ok(());
    };
    std::fs::create_dir_all(dir)
        .map_err(|err| CliError::invalid_input(format!("{}: cannot create the directory: {err}", dir.display())))?;
    let mut written = 0;
    for rule in &selected {
        let path = dir.join(file_name(&rule.rule_name));
        let outcome = write_if_changed(&path, &pretty(&CliInput { sampling_rule: rule }), None)
            .map_err(|err| CliError::internal(format!("{}: cannot write: {err}", path.display())))?;
        if outcome != WriteOutcome::Unchanged {
            written += 1;
        }
        context.ui.debug(&format!("{}: {outcome:?}", path.display()));
    }
    context.ui.success(&format!("exported {} rule(s) to {} ({written} file(s) written)", selected.len(), dir.display()));
    Ok(())
}
