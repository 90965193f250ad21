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
use crate::workspace::git::FileState;
use crate::workspace::interpolate::Variables;
use crate::workspace::otel::Wanted;

/// What the planner is given besides the workspace.
pub struct PlanInputs<'a> {
    pub request: &'a InitRequest,
    pub resolved: &'a Resolved,
    /// The ingest header value (`None`: no key was found or needed).
    pub key: Option<String>,
    /// The API the key is used with (`OTEL_EXPORTER_OTLP_ENDPOINT` is its endpoint), and whether
    /// Honeycomb accepted the key there.
    pub wanted: Wanted,
    /// Consent to fix literal keys and a sampling rule for another service.
    pub fix: bool,
    /// How git sees `.env`.
    pub dotenv_state: FileState,
    /// What compose interpolates with (the shell, `.env`).
    pub variables: &'a Variables,
    /// What `gp env` holds now; `None` when Gitpod is not a target.
    pub gp_env: Option<&'a BTreeMap<String, String>>,
}

/// One AWS step: what `--with xray,cloudwatch` creates when missing, shown by `--dry-run` as the command
/// that does the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemoteStep {
    /// The X-Ray group, filtering the first instrumented service's traces.
    XrayGroup { name: String, filter: String },
    /// The sampling rules of the workspace's rule files (`shown`: as the report names them).
    XrayRules { paths: Vec<PathBuf>, shown: Vec<String> },
    /// The log group watchtower writes to.
    LogGroup { name: String },
}

impl fmt::Display for RemoteStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RemoteStep::XrayGroup { name, filter } => write!(f, "cruddur-obs xray create-group {name} --filter-expression '{filter}'"),
            RemoteStep::XrayRules { shown, .. } => write!(f, "cruddur-obs xray rules apply {}", shown.join(" ")),
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
    /// Symlinks to replace with real files rather than write through (`--replace-env-link`).
    pub replace_links: Vec<PathBuf>,
}

impl InitPlan {
    /// Masks every secret in `text`: the ones this run writes, and every other secret-shaped value or
    /// value of a secret's variable, on every line (a diff's context and `-` lines carry committed ones).
    pub fn hide(&self, text: &str) -> String {
        let known = self
            .secrets
            .iter()
            .filter(|(_, secret)| !secret.is_empty())
            .fold(text.to_owned(), |text, (_, secret)| text.replace(secret.as_str(), &crate::honeycomb::mask(secret)));
        crate::doctor::secrets::mask_secrets(&known)
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
        wanted: inputs.wanted.clone(),
        api_key: inputs.key.clone(),
        targets: resolved.targets,
        fix: inputs.fix,
        dotenv_state: inputs.dotenv_state,
        variables: inputs.variables.clone(),
        parts: resolved.parts.clone(),
        xray_name: resolved.xray_name.clone(),
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
        replace_links: Vec::new(),
    })
}

/// The AWS steps of `--with xray,cloudwatch`: the group filters the name X-Ray knows the first service
/// by; the rules are those of every rule file found (or of the one this run writes).
fn remote_steps(workspace: &Workspace, inputs: &PlanInputs) -> Vec<RemoteStep> {
    let mut steps = Vec::new();
    if let Some(xray) = &inputs.request.parts.xray {
        let service = inputs.resolved.xray_name.as_deref().unwrap_or("*");
        steps.push(RemoteStep::XrayGroup { name: xray.group.clone(), filter: format!("service(\"{service}\")") });
        let paths = if workspace.xray_rules.is_empty() { vec![workspace.root.join(XRAY_RULES_PATH)] } else { workspace.xray_rules.clone() };
        let shown = paths.iter().map(|path| path.strip_prefix(&workspace.root).unwrap_or(path).display().to_string()).collect();
        steps.push(RemoteStep::XrayRules { paths, shown });
    }
    if let Some(log_group) = &inputs.request.parts.cloudwatch {
        steps.push(RemoteStep::LogGroup { name: log_group.clone() });
    }
    steps
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::init::parts::Parts;
    use crate::init::{PartsRequest, XrayRequest};
    use crate::settings::honeycomb::HoneycombArgs;

    fn fixture() -> Workspace {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workspaces/omenking__aws-bootcamp-cruddur-2023");
        Workspace::detect(&root).unwrap()
    }

    fn request(parts: PartsRequest) -> InitRequest {
        InitRequest {
            honeycomb: HoneycombArgs::default(),
            aws: Default::default(),
            dir: ".".into(),
            services: Vec::new(),
            compose_files: Vec::new(),
            service_name: None,
            targets: None,
            environment: None,
            fix: false,
            dry_run: true,
            yes: true,
            parts,
            instrument: None,
            replace_env_link: false,
        }
    }

    /// The planner over a workspace read from disk (the fixture is only read: nothing is written, no
    /// process runs, no network).
    #[test]
    fn the_plan_holds_every_edit_gp_update_and_aws_step() {
        let workspace = fixture();
        let parts = PartsRequest {
            honeycomb: true,
            xray: Some(XrayRequest {
                rule_name: "Cruddur".into(),
                group: "Cruddur".into(),
                via: crate::init::parts::XrayVia::Collector,
                sampling_endpoint: None,
            }),
            cloudwatch: Some("cruddur".into()),
            ..PartsRequest::default()
        };
        let request = request(parts);
        let resolved = Resolved {
            services: vec!["backend-flask".into()],
            targets: edits::Targets { compose: true, dotenv: true, gitpod: true, requirements: true, frontend: false },
            parts: Parts {
                honeycomb: true,
                // The instructor's workspace runs the daemon and the SDK: init leaves them to `xray migrate`.
                xray: Some(crate::init::parts::XrayPart {
                    rule_name: "Cruddur".into(),
                    via: crate::init::parts::XrayVia::Collector,
                    sampling_endpoint: None,
                    legacy: true,
                }),
                cloudwatch: true,
                ..Parts::default()
            },
            xray_name: Some("backend-flask".into()),
        };
        let key = "hcxik_01plannedkey0000000000000000secretsecretsecret".to_owned();
        let gp_env: BTreeMap<String, String> = [(API_KEY_VAR.to_owned(), "an-old-key".to_owned())].into_iter().collect();
        let variables = Variables::default();
        let inputs = PlanInputs {
            request: &request,
            resolved: &resolved,
            key: Some(key.clone()),
            wanted: Wanted { api_url: "https://api.honeycomb.io".into(), confirmed: true },
            fix: false,
            dotenv_state: FileState::Ignored,
            variables: &variables,
            gp_env: Some(&gp_env),
        };
        let plan = plan(&workspace, &inputs).unwrap();
        let edited: Vec<String> =
            plan.files.edits.iter().map(|edit| edit.path.strip_prefix(&workspace.root).unwrap().display().to_string()).collect();
        // The reference workspace already sends traces: only the key's .env is new.
        assert_eq!(edited, [".env"]);
        let unchanged: Vec<String> =
            plan.files.unchanged.iter().map(|path| path.strip_prefix(&workspace.root).unwrap().display().to_string()).collect();
        assert_eq!(unchanged, ["docker-compose.yml", "backend-flask/requirements.txt"]);
        assert_eq!(plan.gp_updates, [(API_KEY_VAR, key.clone())]);
        let steps: Vec<String> = plan.remote.iter().map(ToString::to_string).collect();
        assert_eq!(
            steps,
            [
                "cruddur-obs xray create-group Cruddur --filter-expression 'service(\"backend-flask\")'",
                "cruddur-obs xray rules apply aws/json/xray.json",
                "cruddur-obs cloudwatch log-group ensure cruddur"
            ]
        );
        let dotenv = plan.files.edits.iter().find(|edit| edit.path.ends_with(".env")).unwrap();
        assert!(dotenv.secret && dotenv.after.contains(&key));
        assert!(!plan.hide(&dotenv.after).contains(&key), "what is shown never holds the key");

        // Once gp env holds the key, nothing is left for it; without Gitpod nothing is asked of it.
        let current: BTreeMap<String, String> = [(API_KEY_VAR.to_owned(), key.clone())].into_iter().collect();
        assert!(plan_with(&workspace, &inputs, Some(&current)).gp_updates.is_empty());
        assert!(plan_with(&workspace, &inputs, None).gp_updates.is_empty());
    }

    fn plan_with(workspace: &Workspace, inputs: &PlanInputs, gp_env: Option<&BTreeMap<String, String>>) -> InitPlan {
        let inputs = PlanInputs { gp_env, key: inputs.key.clone(), wanted: inputs.wanted.clone(), ..*inputs };
        plan(workspace, &inputs).unwrap()
    }
}
