//! The planner: everything `init` will do, from the workspace and the decided request, before any of
//! it is done: the file edits ([`super::edits`]), the `gp env` updates, the AWS steps. It only reads
//! (the workspace's files; what `gp env` holds is read by the caller and handed in), so `--dry-run`
//! prints exactly what applying carries out, and a second run plans nothing.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use super::InitRequest;
use super::choose::Resolved;
use super::edits::{self, Choices};
use super::parts::XRAY_RULES_PATH;
use crate::error::CliResult;
use crate::honeycomb::API_KEY_VAR;
use crate::workspace::Workspace;

/// What the planner is given besides the workspace.
pub struct PlanInputs<'a> {
    pub request: &'a InitRequest,
    pub resolved: &'a Resolved,
    /// The ingest header value (`None`: no key was found or needed).
    pub key: Option<String>,
    /// `OTEL_EXPORTER_OTLP_ENDPOINT`.
    pub endpoint: String,
    /// Consent to fix literal keys and a sampling rule for another service.
    pub fix: bool,
    /// `.env` is ignored by git (or this is no git repository).
    pub dotenv_ignored: bool,
    /// What `gp env` holds now; `None` when Gitpod is not a target.
    pub gp_env: Option<&'a BTreeMap<String, String>>,
}

/// One AWS step: what `--with xray,cloudwatch` creates when missing, shown by `--dry-run` as the command
/// that does the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemoteStep {
    /// The X-Ray group, filtering the first instrumented service's traces.
    XrayGroup { name: String, filter: String },
    /// The sampling rules of the workspace's rule file.
    XrayRules { path: PathBuf },
    /// The log group watchtower writes to.
    LogGroup { name: String },
}

impl fmt::Display for RemoteStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RemoteStep::XrayGroup { name, filter } => write!(f, "cruddur-obs xray create-group {name} --filter-expression '{filter}'"),
            RemoteStep::XrayRules { .. } => write!(f, "cruddur-obs xray rules apply {XRAY_RULES_PATH}"),
            RemoteStep::LogGroup { name } => write!(f, "cruddur-obs cloudwatch log-group ensure {name}"),
        }
    }
}

/// Everything `init` will do.
#[derive(Debug, Clone)]
pub struct InitPlan {
    pub files: edits::Plan,
    /// What `gp env` should hold, `(name, value)`: the key and the parts' secrets. Never printed.
    pub secrets: Vec<(&'static str, String)>,
    /// Gitpod is a target.
    pub gitpod: bool,
    /// The secrets whose `gp env` value differs from what it should be.
    pub gp_updates: Vec<(&'static str, String)>,
    pub remote: Vec<RemoteStep>,
    /// `.env` is a target (the report says why `.gitignore` changed).
    pub dotenv: bool,
}

impl InitPlan {
    /// Masks every secret in `text` (diffs of `.env` carry them).
    pub fn hide(&self, text: &str) -> String {
        self.secrets
            .iter()
            .filter(|(_, secret)| !secret.is_empty())
            .fold(text.to_owned(), |text, (_, secret)| text.replace(secret.as_str(), &crate::honeycomb::mask(secret)))
    }

    /// Files and `gp env` variables that change.
    pub fn local_changes(&self) -> usize {
        self.files.edits.len() + self.gp_updates.len()
    }
}

/// Plans the run.
pub fn plan(workspace: &Workspace, inputs: &PlanInputs) -> CliResult<InitPlan> {
    let resolved = inputs.resolved;
    let choices = Choices {
        services: resolved.services.clone(),
        service_name: inputs.request.service_name.clone(),
        endpoint: inputs.endpoint.clone(),
        api_key: inputs.key.clone(),
        targets: resolved.targets,
        fix: inputs.fix,
        dotenv_ignored: inputs.dotenv_ignored,
        parts: resolved.parts.clone(),
    };
    let files = edits::plan(workspace, &choices)?;
    let mut secrets: Vec<(&'static str, String)> = Vec::new();
    if let Some(key) = inputs.key.as_ref().filter(|_| resolved.uses_key()) {
        secrets.push((API_KEY_VAR, key.clone()));
    }
    secrets.extend(resolved.parts.secrets());
    let gp_updates = match inputs.gp_env {
        Some(current) => secrets.iter().filter(|(name, value)| current.get(*name) != Some(value)).cloned().collect(),
        None => Vec::new(),
    };
    Ok(InitPlan {
        files,
        secrets,
        gitpod: resolved.targets.gitpod,
        gp_updates,
        remote: remote_steps(workspace, inputs),
        dotenv: resolved.targets.dotenv,
    })
}

/// The AWS steps of `--with xray,cloudwatch`.
fn remote_steps(workspace: &Workspace, inputs: &PlanInputs) -> Vec<RemoteStep> {
    let mut steps = Vec::new();
    if let Some(xray) = &inputs.request.parts.xray {
        let service = inputs.resolved.services.first().map(String::as_str).unwrap_or("*");
        steps.push(RemoteStep::XrayGroup { name: xray.group.clone(), filter: format!("service(\"{service}\")") });
        let path = workspace.xray_rules.first().cloned().unwrap_or_else(|| workspace.root.join(XRAY_RULES_PATH));
        steps.push(RemoteStep::XrayRules { path });
    }
    if let Some(log_group) = &inputs.request.parts.cloudwatch {
        steps.push(RemoteStep::LogGroup { name: log_group.clone() });
    }
    steps
}
