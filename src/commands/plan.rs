//! `cruddur-obs plan [FILE]`: what `apply` would change. Every problem in the file first (nothing is
//! sent while one remains), then the diff against Honeycomb (and X-Ray), normalised so an unchanged file
//! shows no change, in dependency order. `--detailed-exitcode` exits 2 when something would change.

use std::io::Write as _;
use std::path::PathBuf;

use clap::Args;

use crate::aws::AwsSettings;
use crate::context::Context;
use crate::declare::apply::Outcome;
use crate::declare::file::DEFAULT_FILE;
use crate::declare::report::{StepRow, render_plan};
use crate::declare::{self, DeclareRequest};
use crate::error::{CliError, CliResult, ErrorKind};
use crate::output::OutputFormat;
use crate::settings::honeycomb::{HoneycombArgs, HoneycombSettings};

#[derive(Debug, Args)]
#[command(after_long_help = declare::FILE_HELP)]
pub struct PlanArgs {
    /// The observability file [default: observability.yaml]
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Also plan deleting what the file does not mention, within what it manages (never columns)
    #[arg(long)]
    pub prune: bool,
    /// Exit 2 when something would change, 0 when nothing would (for CI drift checks)
    #[arg(long)]
    pub detailed_exitcode: bool,
    /// List unchanged objects too
    #[arg(long)]
    pub all: bool,
    /// AWS profile for the xray section [default: AWS_PROFILE]
    #[arg(long, value_name = "NAME")]
    pub aws_profile: Option<String>,
    /// AWS region for the xray section [default: AWS_REGION, AWS_DEFAULT_REGION, the profile's]
    #[arg(long, value_name = "REGION")]
    pub aws_region: Option<String>,
    #[command(flatten)]
    pub honeycomb: HoneycombArgs,
}

pub async fn run(context: &Context, args: PlanArgs) -> CliResult {
    let request = DeclareRequest { file: args.file.clone().unwrap_or_else(|| PathBuf::from(DEFAULT_FILE)), prune: args.prune };
    let desired = declare::load(context, &request)?;
    let settings = if desired.has_honeycomb { Some(HoneycombSettings::resolve(&args.honeycomb, &*context.env)?) } else { None };
    let honeycomb = settings.as_ref().map(|s| declare::honeycomb_client(context, s)).transpose()?;
    let aws = AwsSettings { profile: args.aws_profile.clone(), region: args.aws_region.clone(), endpoint_url: None };
    let xray = match &desired.xray {
        Some(_) => Some(declare::xray_client(context, &aws).await?),
        None => None,
    };
    let prepared = declare::prepare(context, desired, honeycomb.as_ref(), xray.as_ref(), request.prune).await?;
    let plan = &prepared.plan;
    if context.output == OutputFormat::Table {
        // Known secrets masked (a value in the plan may be one).
        let text = context.ui.sink().text(&render_plan(&plan.steps, args.all));
        context.ui.out().write_all(text.as_bytes())?;
    } else {
        let rows: Vec<StepRow> = plan
            .steps
            .iter()
            .map(|step| {
                StepRow::new(step, if step.action == declare::plan::Action::Unchanged { Outcome::Unchanged } else { Outcome::Planned })
            })
            .collect();
        context.print_rows(&rows)?;
    }
    if !plan.untracked.is_empty() {
        context.ui.status(&format!(
            "note: {} object(s) are not in {} and are left alone (--prune deletes them): {}",
            plan.untracked.len(),
            request.file.display(),
            plan.untracked.join(", ")
        ));
    }
    if plan.changes_anything() {
        context.ui.status(&format!("plan: {}", plan.summary()));
        if args.detailed_exitcode {
            return Err(CliError::status_only(ErrorKind::Usage));
        }
    } else {
        let what = match (prepared.desired.has_honeycomb, prepared.xray.is_some()) {
            (true, true) => "Honeycomb and X-Ray match",
            (false, true) => "X-Ray matches",
            _ => "Honeycomb matches",
        };
        context.ui.status(&format!("no changes: {what} {}", request.file.display()));
    }
    Ok(())
}
