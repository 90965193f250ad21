//! Observability as code: one file (`observability.yaml`) describing a team's Honeycomb setup — boards,
//! saved queries, calculated fields, triggers, SLOs and burn alerts, recipients, marker colours, column
//! descriptions — and the X-Ray groups and sampling rules beside it, kept in step with the services by
//! `plan` (what differs), `apply` (make it so) and `export` (the file from what exists).
//!
//! The flow is the X-Ray rules' (request → pure planner → executor → thin command):
//! [`file`] reads and checks the file (every problem, before any request); [`remote`] reads what exists
//! into the same normal form ([`model`]); [`plan`] compares the two (pure); [`apply`] executes the steps
//! in dependency order; [`export`] writes the file from what exists; [`report`] renders steps as rows.
//! No state file: objects are matched by their names, which the file uses as references.

pub mod apply;
pub mod export;
pub mod file;
pub mod model;
pub mod plan;
pub mod remote;
pub mod report;

use std::path::PathBuf;

use crate::aws::AwsSettings;
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::honeycomb::HoneycombClient;
use crate::honeycomb::client::Scope as KeyScope;
use crate::settings::honeycomb::HoneycombSettings;
use crate::xray::XrayClient;
use file::Desired;
use plan::{Plan, XrayCurrent};
use remote::{Reach, Remote};

/// What the file is and what it needs, for the commands' help.
pub const FILE_HELP: &str = "\
The file (YAML; its JSON Schema is docs/observability.schema.json, or `cruddur-obs export --schema`) \
describes Honeycomb's recipients, datasets' calculated fields, saved queries, triggers, SLOs and burn \
alerts, marker colours and column descriptions, boards and their views, and X-Ray's groups and sampling \
rules, all referred to by name. `cruddur-obs init --with board` writes a starter for Cruddur; `cruddur-obs \
export` writes one from what exists.

Needs: an environment's configuration key (HONEYCOMB_API_KEY) with Manage Queries and Columns, Manage \
Triggers, Manage SLOs, Manage Recipients, Manage Public Boards and Manage Markers for what the file \
has; SLOs and burn alerts need a Pro or Enterprise team. AWS credentials when it has an xray section.";

/// The file's JSON Schema, for editors (`# yaml-language-server: $schema=observability.schema.json`).
pub const SCHEMA: &str = include_str!("../../docs/observability.schema.json");
/// Where `init --with board` writes the schema, beside the file.
pub const SCHEMA_FILE: &str = "observability.schema.json";
/// The Cruddur starter (`examples/observability.yaml`).
const STARTER: &str = include_str!("../../examples/observability.yaml");

/// The starter for a workspace whose traced service (the dataset) is `dataset`.
pub fn starter(dataset: &str) -> String {
    STARTER.replace("    backend-flask:\n", &format!("    {dataset}:\n"))
}

/// What `plan` and `apply` are asked.
#[derive(Debug, Clone)]
pub struct DeclareRequest {
    pub file: PathBuf,
    pub prune: bool,
}

/// The file, what exists, and the plan between them.
pub struct Prepared {
    pub desired: Desired,
    pub remote: Remote,
    pub xray: Option<XrayCurrent>,
    pub plan: Plan,
}

/// Reads and checks the file; nothing is sent before this succeeds. Problems are one error (exit 3)
/// listing each.
pub fn load(context: &Context, request: &DeclareRequest) -> CliResult<Desired> {
    let path = context.path(&request.file);
    let label = request.file.display().to_string();
    file::load(&path, &label, &*context.env).map_err(|problems| problems_error(&label, problems, "nothing was sent"))
}

pub fn problems_error(label: &str, problems: Vec<String>, what: &str) -> CliError {
    let count = problems.len();
    let noun = if count == 1 { "problem" } else { "problems" };
    CliError::invalid_input(format!("{count} {noun} in {label}; {what}")).with_problems(problems)
}

/// The X-Ray client, from AWS's usual settings.
pub async fn xray_client(context: &Context, aws: &AwsSettings) -> CliResult<XrayClient> {
    let config = crate::aws::load(aws, context).await?;
    Ok(XrayClient::new(&config, context.ui.verbose))
}

/// A Honeycomb client with the environment's key, failing before any request when there is none.
pub fn honeycomb_client<'a>(context: &'a Context, settings: &HoneycombSettings) -> CliResult<HoneycombClient<'a>> {
    settings.client(context, KeyScope::Environment)
}

/// What X-Ray has, for the parts of X-Ray the file manages.
pub async fn xray_state(xray: &XrayClient, desired: &Desired) -> CliResult<Option<XrayCurrent>> {
    let Some(wanted) = &desired.xray else { return Ok(None) };
    let groups = if wanted.manages_groups { xray.list_groups().await? } else { Vec::new() };
    let rules = if wanted.manages_rules { xray.list_rules().await? } else { Vec::new() };
    Ok(Some(XrayCurrent { groups, rules }))
}

/// Reads what exists for what the file covers, and plans.
pub async fn prepare(
    context: &Context,
    desired: Desired,
    honeycomb: Option<&HoneycombClient<'_>>,
    xray: Option<&XrayClient>,
    prune: bool,
) -> CliResult<Prepared> {
    let remote = match honeycomb {
        Some(client) => {
            let reach = Reach { scopes: Some(desired.scopes.clone()), boards: desired.manages_boards };
            let remote = remote::fetch(client, &reach).await?;
            context.ui.debug(&format!(
                "Honeycomb environment {:?} (team {}): {} dataset(s) read",
                remote.auth.environment_name,
                remote.auth.team_slug,
                remote.setup.scopes.len()
            ));
            remote
        }
        None => Remote::default(),
    };
    let xray_current = match xray {
        Some(client) => xray_state(client, &desired).await?,
        None => None,
    };
    let plan = plan::plan(&desired, &remote, xray_current.as_ref(), prune)
        .map_err(|problems| problems_error(&desired.label, problems, "nothing was changed"))?;
    Ok(Prepared { desired, remote, xray: xray_current, plan })
}
