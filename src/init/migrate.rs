//! `xray migrate`: a workspace on the X-Ray daemon and SDK (support ends 2027-02-25) to the OpenTelemetry
//! path `init --with xray` writes, planned and applied as `init` is (all files or none, `--dry-run` as
//! diffs, a second run changes nothing):
//! - compose: the daemon service goes, the collector comes ([`super::collector`]) with the daemon's AWS
//!   settings moved to it as the file wrote them; the backends lose the SDK's variables and send to the
//!   collector (`OTEL_EXPORTER_OTLP_ENDPOINT`), and get `AWS_XRAY_SDK_ENABLED: "false"` for as long as their
//!   code still imports the SDK, so the app keeps running, quietly, until the lines are removed;
//! - requirements: the OpenTelemetry packages; `aws-xray-sdk` goes once no code imports it (a run after the
//!   lines are removed finishes the job);
//! - the collector's configuration and the local copy's folder; the sampling wiring of `init`.
//!
//! Code is never edited: the lines that use the SDK are listed with file and line.

use std::path::PathBuf;

use super::apply::{self, Change, relative};
use super::collector;
use super::edits::{self, Choices, Targets};
use super::parts::{Parts, XRAY_RULES_PATH, XrayPart, XrayVia};
use super::plan::InitPlan;
use super::report;
use crate::context::Context;
use crate::edit::{compose, requirements};
use crate::error::{CliError, CliResult};
use crate::honeycomb::client::US_API;
use crate::workspace::Workspace;
use crate::workspace::git::FileState;
use crate::workspace::interpolate::Variables;
use crate::workspace::otel::Wanted;
use crate::workspace::xray_legacy::{CodeLine, END_OF_SUPPORT, SDK_VARIABLES, XrayLegacy};

/// What `xray migrate` is asked to do.
#[derive(Debug, Clone)]
pub struct MigrateRequest {
    pub dir: PathBuf,
    /// The backends to move (none: the Flask services).
    pub services: Vec<String>,
    /// ADOT's X-Ray sampler asks this sampling proxy for the rules.
    pub sampling_endpoint: Option<String>,
    pub dry_run: bool,
}

/// The variable that turns the X-Ray SDK off while the code still calls it.
pub const SDK_ENABLED_VAR: &str = "AWS_XRAY_SDK_ENABLED";

/// Everything `xray migrate` will do.
pub struct MigratePlan {
    pub init: InitPlan,
    /// The lines the user removes.
    pub code: Vec<CodeLine>,
    /// Backends whose code still imports the SDK (their `aws-xray-sdk` stays for now).
    pub still_importing: Vec<String>,
}

/// Plans the migration. Reads only.
pub fn plan(workspace: &Workspace, request: &MigrateRequest, legacy: &XrayLegacy, variables: &Variables) -> CliResult<MigratePlan> {
    let flask: Vec<String> = workspace.python_services().into_iter().filter(|python| python.flask).map(|python| python.name).collect();
    let services = if request.services.is_empty() { flask } else { request.services.clone() };
    for name in &services {
        if !workspace.services().contains_key(name) {
            return Err(CliError::invalid_input(format!("--service {name}: no such service in the compose files")));
        }
    }
    let choices = Choices {
        services: services.clone(),
        service_name: None,
        // Honeycomb keeps getting what it got: the collector sends where the backend sent (or nowhere).
        wanted: Wanted { api_url: US_API.to_owned(), confirmed: false },
        api_key: None,
        targets: Targets { compose: true, requirements: true, ..Targets::default() },
        fix: false,
        // .env is not a target: its state in git does not matter here.
        dotenv_state: FileState::Ignored,
        variables: variables.clone(),
        parts: Parts {
            xray: Some(XrayPart {
                rule_name: "Cruddur".to_owned(),
                via: XrayVia::Collector,
                sampling_endpoint: request.sampling_endpoint.clone(),
                legacy: false,
            }),
            ..Parts::default()
        },
        // No new rule file: migrating moves the path, the rules stay where they are.
        xray_name: None,
    };
    let mut notes = Vec::new();
    if collector::decide(workspace, &choices.collector_wanted(), &mut notes)?.is_none() {
        return Err(CliError::invalid_input(format!("cannot move X-Ray to the collector: {}", notes.join("; "))).with_hint(
            "nothing was changed; rename or remove that collector (keeping its file elsewhere), then run `cruddur-obs xray migrate` again",
        ));
    }
    let mut files = edits::plan(workspace, &choices)?;
    // Migrating makes no new rule file, and leaves the fixes init offers to init.
    files.edits.retain(|edit| !edit.path.ends_with(XRAY_RULES_PATH) || edit.before.is_some());
    files.fixes_declined.clear();

    let still_importing: Vec<String> = services.iter().filter(|service| legacy.code_imports_sdk(service)).cloned().collect();
    for file in &workspace.compose_files {
        let index = files.edits.iter().position(|edit| edit.path == file.path);
        let mut text = index.map_or_else(|| file.text.clone(), |index| files.edits[index].after.clone());
        let mut done = Vec::new();
        let error = |err: compose::ComposeError| CliError::invalid_input(format!("{}: {err}", file.path.display()));
        for daemon in legacy.daemons.iter().filter(|daemon| daemon.compose == file.path) {
            text = compose::remove_service(&text, &daemon.name).map_err(error)?;
            done.push(format!("removed service {}", daemon.name));
        }
        for service in file.services.iter().filter(|service| services.contains(&service.name)) {
            let importing = still_importing.contains(&service.name);
            let mut gone: Vec<&str> = SDK_VARIABLES.to_vec();
            if !importing {
                gone.push(SDK_ENABLED_VAR);
            }
            let before = text.clone();
            text = compose::remove_service_env(&text, &service.name, &gone).map_err(error)?;
            if importing {
                text = compose::set_service_env(&text, &service.name, &[(SDK_ENABLED_VAR, "false")]).map_err(error)?;
            }
            if text != before {
                done.push(format!("{}: the X-Ray SDK's variables", service.name));
            }
        }
        if done.is_empty() {
            continue;
        }
        match index {
            Some(index) => {
                let edit = &mut files.edits[index];
                edit.summary = format!("{}; {}", edit.summary, done.join("; "));
                edit.after = text;
            }
            None => {
                files.unchanged.retain(|path| path != &file.path);
                files.edits.push(edits::FileEdit {
                    path: file.path.clone(),
                    before: Some(file.text.clone()),
                    after: text,
                    secret: false,
                    summary: done.join("; "),
                });
            }
        }
    }
    for requirement in legacy.requirements.iter().filter(|requirement| !still_importing.contains(&requirement.service)) {
        let index = files.edits.iter().position(|edit| edit.path == requirement.requirements);
        let before = match index {
            Some(index) => files.edits[index].after.clone(),
            None => crate::fsio::read_workspace_file(&requirement.requirements)
                .map_err(|err| CliError::invalid_input(format!("{}: cannot read: {err}", requirement.requirements.display())))?,
        };
        let (after, removed) = requirements::remove_packages(&before, &["aws-xray-sdk"]);
        if removed.is_empty() {
            continue;
        }
        match index {
            Some(index) => {
                let edit = &mut files.edits[index];
                edit.summary = format!("{}; removed {}", edit.summary, removed.join(", "));
                edit.after = after;
            }
            None => {
                files.unchanged.retain(|path| path != &requirement.requirements);
                files.edits.push(edits::FileEdit {
                    path: requirement.requirements.clone(),
                    before: Some(before),
                    after,
                    secret: false,
                    summary: format!("removed {}", removed.join(", ")),
                });
            }
        }
    }
    // The app must set up OpenTelemetry itself, as the seeds' app.py does; one that does not sends nothing.
    for python in workspace.python_services().iter().filter(|python| services.contains(&python.name)) {
        let Some(app) = python.requirements.parent().map(|dir| dir.join("app.py")) else { continue };
        if let Ok(text) = crate::fsio::read_workspace_file(&app)
            && !text.contains("opentelemetry")
        {
            files.notes.push(format!(
                "{}: no OpenTelemetry set-up, so {} sends no spans: `cruddur-obs init --instrument FILE` writes the bootstrap to import",
                relative(workspace, &app),
                python.name
            ));
        }
    }
    let code = legacy.code.iter().filter(|line| services.contains(&line.service)).cloned().collect();
    let init = InitPlan {
        files,
        secrets: Vec::new(),
        gitpod: false,
        gp_updates: Vec::new(),
        remote: Vec::new(),
        dotenv: false,
        replace_links: Vec::new(),
    };
    Ok(MigratePlan { init, code, still_importing })
}

/// Runs `xray migrate`.
pub async fn run(context: &Context, request: &MigrateRequest) -> CliResult {
    let root = std::fs::canonicalize(context.path(&request.dir))
        .map_err(|err| CliError::invalid_input(format!("--dir {}: {err}", request.dir.display())))?;
    let workspace = Workspace::detect(&root)?;
    if workspace.xray_legacy().is_empty() {
        context.ui.status("nothing to migrate: no X-Ray daemon, SDK variable, aws-xray-sdk or SDK call in this workspace");
        return Ok(());
    }
    let _lock = if request.dry_run { None } else { Some(apply::lock(context, &workspace)?) };
    let workspace = Workspace::detect(&root)?;
    let legacy = workspace.xray_legacy();
    let variables = Variables::gather(&workspace, &*context.env);
    let plan = plan(&workspace, request, &legacy, &variables)?;
    if request.dry_run {
        report::dry_run(context, &workspace, &plan.init)?;
    } else {
        let mut changes = apply::apply(context, &workspace, &plan.init, None, None).await?;
        changes.extend(plan.code.iter().map(|line| Change {
            target: "code",
            path: format!("{}:{}", relative(&workspace, &line.path), line.line),
            action: "remove by hand",
            detail: line.text.trim().to_owned(),
        }));
        report::applied(context, &plan.init, &changes, None)?;
    }
    say_what_is_left(context, &workspace, &plan);
    Ok(())
}

/// The lines to remove, and what comes next.
fn say_what_is_left(context: &Context, workspace: &Workspace, plan: &MigratePlan) {
    if !plan.code.is_empty() {
        let mut lines = vec![format!(
            "remove these lines, which use the X-Ray SDK (support ends {END_OF_SUPPORT}); cruddur-obs never edits your code:"
        )];
        lines.extend(plan.code.iter().map(|line| format!("  {}:{}: {}", relative(workspace, &line.path), line.line, line.text.trim())));
        if !plan.still_importing.is_empty() {
            lines.push(format!(
                "then run `cruddur-obs xray migrate` again: it removes aws-xray-sdk from requirements.txt and {SDK_ENABLED_VAR} from {}",
                plan.still_importing.join(", ")
            ));
        }
        context.ui.warn(&lines.join("\n"));
    }
    context.ui.status(
        "X-Ray's OTLP endpoint takes spans once Transaction Search is on: `cruddur-obs xray destination` shows it, --enable turns it on",
    );
}
