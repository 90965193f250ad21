//! `cruddur-obs apply [FILE]`: make Honeycomb (and X-Ray) match the file. The same plan as `plan`, then
//! its steps in dependency order; deletions only with `--prune`, after a prompt or `--yes`. A run that
//! fails half-way says what was done; running it again completes it.

use std::path::PathBuf;

use clap::Args;

use crate::aws::AwsSettings;
use crate::context::Context;
use crate::declare::apply::{Clients, Executor, Outcome};
use crate::declare::file::DEFAULT_FILE;
use crate::declare::plan::Action;
use crate::declare::report::StepRow;
use crate::declare::{self, DeclareRequest};
use crate::error::{CliError, CliResult};
use crate::settings::honeycomb::{HoneycombArgs, HoneycombSettings};

#[derive(Debug, Args)]
#[command(after_long_help = crate::declare::FILE_HELP)]
pub struct ApplyArgs {
    /// The observability file [default: observability.yaml]
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Also delete what the file does not mention, within what it manages (never columns)
    #[arg(long)]
    pub prune: bool,
    /// Do not ask before deleting (needed for --prune without a terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// AWS profile for the xray section [default: AWS_PROFILE]
    #[arg(long, value_name = "NAME")]
    pub aws_profile: Option<String>,
    /// AWS region for the xray section [default: AWS_REGION, AWS_DEFAULT_REGION, the profile's]
    #[arg(long, value_name = "REGION")]
    pub aws_region: Option<String>,
    #[command(flatten)]
    pub honeycomb: HoneycombArgs,
}

pub async fn run(context: &Context, args: ApplyArgs) -> CliResult {
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
    if !plan.untracked.is_empty() {
        context.ui.status(&format!(
            "note: {} object(s) are not in {} and are left alone (--prune deletes them): {}",
            plan.untracked.len(),
            request.file.display(),
            plan.untracked.join(", ")
        ));
    }
    if !plan.changes_anything() {
        context.ui.status(&format!("nothing to change: {} is applied", request.file.display()));
        return Ok(());
    }

    // Deletions the user asked for with --prune, confirmed (a replaced saved query's old version is part
    // of its replacement, not a deletion to confirm).
    let deletions: Vec<String> = plan
        .steps
        .iter()
        .filter(|s| s.action == Action::Delete && s.previous.as_deref() != Some("replaced"))
        .map(|s| format!("{} {}", s.kind.label(), s.object()))
        .collect();
    let mut declined = false;
    if !deletions.is_empty() {
        let question = format!("Delete {} object(s) not in {} ({})?", deletions.len(), request.file.display(), deletions.join(", "));
        declined = !context.ui.confirm(&question, args.yes, "--yes")?;
        if declined {
            context.ui.status("keeping what is not in the file");
        }
    }

    let groups = prepared.desired.xray.as_ref().map(|x| x.groups.clone()).unwrap_or_default();
    let mut executor = Executor::new(
        context,
        Clients { honeycomb: honeycomb.as_ref(), xray: xray.as_ref() },
        &plan.wanted,
        &prepared.remote.setup,
        groups,
        prepared.remote.ids.clone(),
    );
    let mut rows = Vec::with_capacity(plan.steps.len());
    let mut failure: Option<(CliError, String)> = None;
    for step in &plan.steps {
        let declined_delete = declined && step.action == Action::Delete && step.previous.as_deref() != Some("replaced");
        let status = if step.action == Action::Unchanged {
            Outcome::Unchanged
        } else if failure.is_some() || declined_delete {
            Outcome::Skipped
        } else {
            match executor.execute(step, plan).await {
                Ok(()) => Outcome::Done,
                Err(err) => {
                    failure = Some((err, format!("{} {} {}", step.action.as_str(), step.kind.label(), step.object())));
                    Outcome::Failed
                }
            }
        };
        rows.push(StepRow::new(step, status));
    }
    let changed: Vec<StepRow> = rows.into_iter().filter(|row| row.status != Outcome::Unchanged).collect();
    context.print_rows(&changed)?;
    match failure {
        Some((mut error, what)) => {
            let done = changed.iter().filter(|row| row.status == Outcome::Done).count();
            let skipped = changed.iter().filter(|row| row.status == Outcome::Skipped).count();
            error.message = format!("{} ({what} failed after {done} step(s) were applied; {skipped} not attempted)", error.message);
            if error.hint.is_none() {
                error.hint = Some(format!(
                    "run `cruddur-obs apply {}` again once the cause is fixed: it plans only what is left",
                    request.file.display()
                ));
            }
            Err(error)
        }
        None => {
            context.ui.success(&format!("applied: {}", plan.summary()));
            Ok(())
        }
    }
}
