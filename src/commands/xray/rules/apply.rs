//! `cruddur-obs xray rules apply PATH...`: make AWS's sampling rules match the files. Validates every
//! file first (nothing is sent if any problem is found), plans, then executes exactly the plan.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::{FILES_HELP, load_rules};
use crate::aws::AwsSettings;
use crate::commands::xray::connect;
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::{Cell, Row};
use crate::xray::apply::execute;
use crate::xray::plan::{self, Action, Plan, Step};
use crate::xray::rule::FieldChange;

#[derive(Debug, Args)]
#[command(after_help = FILES_HELP)]
pub struct ApplyArgs {
    /// Rule files or directories ("-" for stdin), e.g. aws/json/xray.json
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Print the plan and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Also delete rules that are not in the files (never the Default rule)
    #[arg(long)]
    pub prune: bool,
    /// Do not ask before deleting (needed for --prune without a terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// What happened to one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
enum Status {
    /// `--dry-run`: would be done.
    Planned,
    Done,
    Unchanged,
    Failed,
    /// Not attempted: an earlier step failed, or deletion was declined.
    Skipped,
}

#[derive(Debug, Serialize)]
struct PlanRow {
    action: Action,
    rule_name: String,
    changes: Vec<FieldChange>,
    source: Option<String>,
    status: Status,
}

impl Row for PlanRow {
    fn headers() -> &'static [&'static str] {
        &["ACTION", "RULE", "CHANGES", "SOURCE", "STATUS"]
    }

    fn cells(&self) -> Vec<Cell> {
        let changes: Vec<String> = self.changes.iter().map(|change| format!("{} {} → {}", change.field, change.from, change.to)).collect();
        let status = match self.status {
            Status::Planned => "planned",
            Status::Done => "done",
            Status::Unchanged => "-",
            Status::Failed => "FAILED",
            Status::Skipped => "skipped",
        };
        vec![
            Cell::text(self.action.as_str()),
            Cell::text(&self.rule_name),
            Cell::text(changes.join("; ")),
            Cell::optional(self.source.clone()),
            Cell::text(status),
        ]
    }
}

fn row(step: &Step, status: Status) -> PlanRow {
    PlanRow {
        action: step.action,
        rule_name: step.rule_name.clone(),
        changes: step.changes.clone(),
        source: step.wanted.as_ref().map(|wanted| wanted.origin.clone()),
        status,
    }
}

fn summary(plan: &Plan) -> String {
    format!(
        "{} to create, {} to update, {} unchanged, {} to delete",
        plan.count(Action::Create),
        plan.count(Action::Update),
        plan.count(Action::Unchanged),
        plan.count(Action::Delete)
    )
}

pub async fn run(context: &Context, aws: &AwsSettings, args: ApplyArgs) -> CliResult {
    let wanted = load_rules(&args.paths)?;
    let client = connect(context, aws).await?;
    let current: Vec<_> = client.list_rules().await?.into_iter().map(|record| record.rule).collect();
    let mut plan = plan::plan(&wanted, &current, args.prune)
        .map_err(|problems| CliError::invalid_input("these rules cannot be applied; nothing was changed").with_problems(problems))?;
    if !plan.untracked.is_empty() {
        context.ui.status(&format!(
            "note: {} rule(s) in AWS are not in these files and are left alone: {} (--prune deletes them)",
            plan.untracked.len(),
            plan.untracked.join(", ")
        ));
    }

    if args.dry_run {
        let rows: Vec<PlanRow> = plan
            .steps
            .iter()
            .map(|step| row(step, if step.action == Action::Unchanged { Status::Unchanged } else { Status::Planned }))
            .collect();
        context.print_rows(&rows)?;
        context.ui.status(&format!("plan: {}; dry run, nothing was changed", summary(&plan)));
        return Ok(());
    }

    let deletions: Vec<&str> = plan.steps.iter().filter(|step| step.action == Action::Delete).map(|step| step.rule_name.as_str()).collect();
    let mut declined = false;
    if !deletions.is_empty() {
        let question = format!("Delete {} sampling rule(s) not in the files ({})?", deletions.len(), deletions.join(", "));
        declined = !context.ui.confirm(&question, args.yes, "--yes")?;
    }
    if declined {
        context.ui.status("keeping the rules that are not in the files");
        plan.untracked.extend(deletions.iter().map(|name| (*name).to_owned()));
    }

    let mut rows = Vec::with_capacity(plan.steps.len());
    let mut failure = None;
    for step in &plan.steps {
        let status = if step.action == Action::Unchanged {
            Status::Unchanged
        } else if failure.is_some() || (declined && step.action == Action::Delete) {
            Status::Skipped
        } else {
            match execute(&client, step).await {
                Ok(()) => Status::Done,
                Err(err) => {
                    failure = Some(err);
                    Status::Failed
                }
            }
        };
        rows.push(row(step, status));
    }
    context.print_rows(&rows)?;
    match failure {
        Some(err) => {
            let done = rows.iter().filter(|row| row.status == Status::Done).count();
            let mut error = CliError::from(err);
            error.message = format!("{} ({done} step(s) were applied before it; re-running is safe)", error.message);
            Err(error)
        }
        None => {
            if plan.changes_anything() {
                context.ui.success(&format!("applied: {}", summary(&plan)));
            } else {
                context.ui.status("nothing to change: AWS already matches the files");
            }
            Ok(())
        }
    }
}
