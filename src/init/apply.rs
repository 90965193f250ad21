//! The executor: carries out an [`InitPlan`]. Files first, all or none (a failure leaves every file as
//! it was); then `gp env`; then the AWS steps, each creating only what is missing. Returns one
//! [`Change`] per thing looked at, for the report.

use secrecy::SecretString;
use serde::Serialize;

use super::plan::{InitPlan, RemoteStep};
use crate::cloudwatch::client::LogsClient;
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::fsio::{PlannedWrite, WriteOutcome, write_all_or_none};
use crate::gitpod::Gp;
use crate::output::{Cell, Row};
use crate::workspace::Workspace;
use crate::workspace::collector::Owner;
use crate::xray::{XrayClient, plan as xray_plan, rule_file};

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub target: &'static str,
    pub path: String,
    pub action: &'static str,
    pub detail: String,
}

impl Change {
    /// Something was done (a line for the user to act on, such as code to remove, is not a change).
    pub fn changed(&self) -> bool {
        !matches!(self.action, "unchanged" | "remove by hand")
    }
}

impl Row for Change {
    fn headers() -> &'static [&'static str] {
        &["TARGET", "PATH", "ACTION", "DETAIL"]
    }

    fn cells(&self) -> Vec<Cell> {
        vec![Cell::text(self.target), Cell::text(&self.path), Cell::text(self.action), Cell::text(&self.detail)]
    }
}

/// What a file is to the report.
pub fn target_name(path: &std::path::Path) -> &'static str {
    let name = path.file_name().and_then(|name| name.to_str()).unwrap_or_default();
    match name {
        "package.json" | "tracing.js" => "frontend",
        "app.py" => "backend",
        "otel-collector-config.yaml" => "collector",
        ".gitignore" if path.parent().is_some_and(|dir| dir.ends_with(crate::workspace::collector::LOCAL_COPY_DIR)) => "collector",
        ".gitpod.yml" => "gitpod",
        ".env" => "dotenv",
        ".gitignore" => "gitignore",
        "requirements.txt" => "requirements",
        _ if name.ends_with(".example") => "env example",
        _ if name.ends_with(".env") => "env file",
        _ if name.ends_with(".json") => "xray",
        _ => "compose",
    }
}

/// A path as the report shows it: relative to the workspace.
pub fn relative(workspace: &Workspace, path: &std::path::Path) -> String {
    path.strip_prefix(&workspace.root).unwrap_or(path).display().to_string()
}

/// One `init` at a time per workspace (another run waits): two runs would plan from the same files.
/// The lock file lives where only the user can write, never in a shared directory such as /tmp (where
/// anyone could point the predictable name at a file of the user's, or hold it to lock the user out):
/// the user's runtime directory (`XDG_RUNTIME_DIR`), else the tool's own 0700 directory beside the
/// config file. Not in the workspace: a lock file must not show up in `git status`.
pub fn lock(context: &Context, workspace: &Workspace) -> CliResult<std::fs::File> {
    use std::hash::{Hash, Hasher};
    let canonical = std::fs::canonicalize(&workspace.root).unwrap_or_else(|_| workspace.root.clone());
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    canonical.hash(&mut hasher);
    let dir = match crate::fsio::runtime_dir(context.env.var("XDG_RUNTIME_DIR")) {
        Some(runtime) => runtime.join("cruddur-obs"),
        None => crate::settings::config_file::config_dir(&*context.env)?.join("locks"),
    };
    crate::fsio::lock(&dir, &format!("init-{:016x}.lock", hasher.finish()))
        .map_err(|err| CliError::internal(format!("cannot lock the workspace: {err}")))
}

/// Carries out the plan.
pub async fn apply(
    context: &Context,
    workspace: &Workspace,
    plan: &InitPlan,
    gp: Option<&Gp>,
    aws: Option<&aws_config::SdkConfig>,
) -> CliResult<Vec<Change>> {
    let edits = &plan.files.edits;
    let writes: Vec<PlannedWrite> = edits
        .iter()
        .map(|edit| PlannedWrite {
            path: &edit.path,
            before: edit.before.as_deref().map(str::as_bytes),
            after: edit.after.as_bytes(),
            mode: edit.secret.then_some(0o600),
            replace_link: plan.replace_links.contains(&edit.path),
        })
        .collect();
    let outcomes =
        write_all_or_none(&writes).map_err(|err| CliError::new(ErrorKind::InvalidInput, format!("nothing was changed: {err}")))?;
    let mut changes: Vec<Change> = edits
        .iter()
        .zip(&outcomes)
        .map(|(edit, outcome)| Change {
            target: target_name(&edit.path),
            path: relative(workspace, &edit.path),
            action: if *outcome == WriteOutcome::Created { "created" } else { "updated" },
            detail: edit.summary.clone(),
        })
        .collect();
    if let Some((dir, owner)) = &plan.files.local_copy {
        changes.extend(local_copy_writable(workspace, dir, *owner)?);
    }
    changes.extend(plan.files.unchanged.iter().map(|path| Change {
        target: target_name(path),
        path: relative(workspace, path),
        action: "unchanged",
        detail: String::new(),
    }));
    if let Some(gp) = gp {
        for (name, value) in &plan.gp_updates {
            gp.set(name, &SecretString::from(value.clone())).map_err(|err| {
                CliError::new(ErrorKind::Unavailable, format!("the files were written, but {err}"))
                    .with_hint(format!("run `gp env {name}=...` yourself"))
            })?;
            changes.push(Change {
                target: "gitpod",
                path: format!("gp env {name}"),
                action: "updated",
                detail: "for new workspaces of this repository".to_owned(),
            });
        }
    }
    if plan.gitpod && plan.gp_updates.is_empty() {
        for (name, _) in &plan.secrets {
            changes.push(Change { target: "gitpod", path: format!("gp env {name}"), action: "unchanged", detail: String::new() });
        }
    }
    if let Some(config) = aws {
        for step in &plan.remote {
            changes.extend(remote(context, config, workspace, step).await?);
        }
    }
    Ok(changes)
}

/// The collector runs as the workspace's owner and writes the local copy's folder: a folder made by a run
/// as someone else (root in a container) is given to the owner, or, when that is not allowed, opened to
/// everyone. Returns the change, if one was needed.
pub fn local_copy_writable(workspace: &Workspace, dir: &std::path::Path, owner: Owner) -> CliResult<Option<Change>> {
    std::fs::create_dir_all(dir).map_err(|err| CliError::invalid_input(format!("{}: cannot create the folder: {err}", dir.display())))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let metadata = std::fs::metadata(dir)?;
        if metadata.uid() == owner.uid || metadata.mode() & 0o002 != 0 {
            return Ok(None);
        }
        let detail = match std::os::unix::fs::chown(dir, Some(owner.uid), Some(owner.gid)) {
            Ok(()) => format!("given to {}:{}, the user the collector runs as", owner.uid, owner.gid),
            Err(_) => {
                std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o777))?;
                format!("writable by everyone: the collector runs as {}:{}, not its owner", owner.uid, owner.gid)
            }
        };
        Ok(Some(Change { target: "collector", path: relative(workspace, dir), action: "updated", detail }))
    }
    #[cfg(not(unix))]
    {
        let _ = (workspace, owner);
        Ok(None)
    }
}

/// Carries out one AWS step: creates what is missing, reports the rest as unchanged.
async fn remote(context: &Context, config: &aws_config::SdkConfig, workspace: &Workspace, step: &RemoteStep) -> CliResult<Vec<Change>> {
    match step {
        RemoteStep::XrayGroup { name, filter } => {
            let client = XrayClient::new(config, context.ui.verbose);
            let action = match client.get_group(name).await? {
                Some(existing) if existing.filter_expression.as_deref() == Some(filter.as_str()) => "unchanged",
                Some(existing) => {
                    context.ui.warn(&format!(
                        "X-Ray group {name} filters {} (left as it is; `cruddur-obs xray groups update` changes it)",
                        existing.filter_expression.as_deref().unwrap_or("nothing")
                    ));
                    "unchanged"
                }
                None => {
                    client.create_group(name, Some(filter), Default::default(), &[]).await?;
                    "created"
                }
            };
            Ok(vec![Change { target: "xray", path: format!("group {name}"), action, detail: filter.clone() }])
        }
        RemoteStep::XrayRules { paths, shown } => {
            let client = XrayClient::new(config, context.ui.verbose);
            let sources: Vec<rule_file::RuleSource> = paths.iter().map(|path| rule_file::RuleSource::Path(path.clone())).collect();
            let wanted = rule_file::load(&sources, &mut std::io::empty()).map_err(|problems| {
                CliError::invalid_input(format!("{}: the sampling rules cannot be applied", shown.join(", "))).with_problems(problems)
            })?;
            let current: Vec<_> = client.list_rules().await?.into_iter().map(|record| record.rule).collect();
            let plan = xray_plan::plan(&wanted, &current, false)
                .map_err(|problems| CliError::invalid_input("the sampling rules cannot be applied").with_problems(problems))?;
            let mut changes = Vec::new();
            for step in &plan.steps {
                crate::xray::apply::execute(&client, step).await?;
                let action = if step.action == xray_plan::Action::Unchanged { "unchanged" } else { step.action.as_str() };
                let origin = step.wanted.as_ref().map(|wanted| wanted.origin.as_str()).unwrap_or_default();
                let file = paths.iter().find(|path| origin.starts_with(&path.display().to_string())).unwrap_or(&paths[0]);
                changes.push(Change {
                    target: "xray",
                    path: format!("sampling rule {}", step.rule_name),
                    action,
                    detail: relative(workspace, file),
                });
            }
            Ok(changes)
        }
        RemoteStep::LogGroup { name } => {
            let client = LogsClient::new(config, context.ui.verbose);
            let action = match client.find(name).await? {
                Some(_) => "unchanged",
                None => {
                    client.create(name).await?;
                    "created"
                }
            };
            Ok(vec![Change { target: "cloudwatch", path: format!("log group {name}"), action, detail: String::new() }])
        }
    }
}
