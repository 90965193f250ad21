//! The request against the workspace, before any network call: which services get instrumented, where
//! init writes, and each part made concrete (the React service found, the Rollbar token checked). On a
//! terminal, without `--yes`, the services are asked for; everything else is a flag.

use super::edits::Targets;
use super::parts::{Parts, XrayPart, XrayVia};
use super::{InitRequest, PartsRequest};
use crate::context::Ui;
use crate::error::{CliError, CliResult};
use crate::honeycomb::mask;
use crate::workspace::Workspace;
use crate::workspace::frontend::{FrontendPart, FrontendService, Mode};
use crate::workspace::git::FileState;
use crate::workspace::interpolate::Variables;

/// What init will do in this workspace, decided.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The compose services to instrument.
    pub services: Vec<String>,
    pub targets: Targets,
    pub parts: Parts,
    /// With X-Ray: the name X-Ray knows the first service by (the group's filter, a new rule's
    /// `ServiceName`).
    pub xray_name: Option<String>,
}

impl Resolved {
    /// The browser sends to Honeycomb itself, with the key in its bundle.
    pub fn direct(&self) -> bool {
        self.parts.frontend.as_ref().is_some_and(|part| part.mode == Mode::Direct)
    }

    /// The key goes where the backend (and, with the frontend, the collector or the browser) reads it.
    pub fn uses_key(&self) -> bool {
        self.parts.honeycomb || self.parts.frontend.is_some()
    }

    /// A key must be found (or made, or asked for): something will hold it.
    pub fn needs_key(&self) -> bool {
        self.uses_key() && (self.targets.dotenv || self.targets.gitpod || self.direct())
    }
}

/// Decides the services (asking on a terminal), the targets and the parts; refuses, before any network
/// call, what cannot be done right: a key for a `.env` git tracks, an X-Ray name that is a `${VAR}`
/// nothing sets.
pub fn resolve(ui: &Ui, request: &InitRequest, workspace: &Workspace, gp_found: bool, variables: &Variables) -> CliResult<Resolved> {
    let services = choose_services(ui, workspace, &request.services, request.yes)?;
    let targets = match request.targets {
        Some(targets) => targets,
        None => Targets {
            compose: !workspace.compose_files.is_empty(),
            dotenv: true,
            gitpod: workspace.gitpod.is_some() && gp_found,
            requirements: workspace.python_services().iter().any(|python| services.contains(&python.name)),
            frontend: true,
        },
    };
    if targets.gitpod && !gp_found {
        return Err(CliError::invalid_input("--target gitpod: `gp` is not on PATH (it is in every Gitpod workspace)"));
    }
    let parts = parts(workspace, &request.parts)?;
    if let Some(token) = parts.rollbar.as_ref().and_then(|rollbar| rollbar.token.as_deref())
        && (token.len() < 20 || !token.chars().all(|c| c.is_ascii_alphanumeric()))
    {
        return Err(CliError::invalid_input(format!(
            "the Rollbar token {} is not a Rollbar access token (32 letters and digits)",
            mask(token)
        )));
    }
    let holds_secret = parts.honeycomb || parts.frontend.is_some() || parts.rollbar.as_ref().is_some_and(|rollbar| rollbar.token.is_some());
    if targets.dotenv && holds_secret {
        refuse_tracked_dotenv(workspace)?;
    }
    let xray_name = match &parts.xray {
        Some(_) => xray_name(workspace, &services, request.service_name.as_deref(), variables)?,
        None => None,
    };
    Ok(Resolved { services, targets, parts, xray_name })
}

/// A `.env` git tracks would commit the key: ignore rules do not apply to tracked files.
fn refuse_tracked_dotenv(workspace: &Workspace) -> CliResult {
    let path = workspace.dotenv_path();
    if workspace.git_state(&path) != FileState::Tracked {
        return Ok(());
    }
    let shown = path.strip_prefix(&workspace.root).unwrap_or(&path).display().to_string();
    Err(CliError::invalid_input(format!(
        "{shown} is tracked by git, so a key written there would be committed (ignore rules do not apply to tracked files); nothing was written"
    ))
    .with_hint(format!(
        "run `git rm --cached {shown}` and commit, rotate any key it ever held (it is in git history), then run init again; or leave .env out with --target compose,requirements and keep the key in the shell or gp env"
    )))
}

/// The name X-Ray knows the first service by; refused when it would be an unresolved `${VAR}`.
fn xray_name(workspace: &Workspace, services: &[String], service_name: Option<&str>, variables: &Variables) -> CliResult<Option<String>> {
    let Some(first) = services.first() else { return Ok(None) };
    let Some((file, service)) = workspace
        .compose_files
        .iter()
        .find_map(|file| file.services.iter().find(|service| &service.name == first).map(|service| (file, service)))
    else {
        return Ok(None);
    };
    match workspace.xray_name(file, service, service_name, variables) {
        Ok(name) => Ok(Some(name.name)),
        Err((raw, missing)) => Err(CliError::invalid_input(format!(
            "--with xray: {first}'s OTEL_SERVICE_NAME is {raw:?} and {} is not set in the shell or {}, so it is no name X-Ray can filter or sample by",
            missing.join(", "),
            workspace.dotenv_path().strip_prefix(&workspace.root).unwrap_or(&workspace.dotenv_path()).display()
        ))
        .with_hint(format!("set {} (export it, or in .env), write the name in aws/json/xray.json, or pass --service-name", missing.join(", ")))),
    }
}

fn parts(workspace: &Workspace, request: &PartsRequest) -> CliResult<Parts> {
    let frontend = match &request.frontend {
        Some(frontend) => Some(FrontendPart {
            mode: frontend.mode,
            service: choose_frontend(workspace, frontend.service.as_deref(), frontend.flags.service)?,
        }),
        None => None,
    };
    Ok(Parts {
        honeycomb: request.honeycomb,
        board: request.board,
        xray: request.xray.as_ref().map(|xray| XrayPart {
            rule_name: xray.rule_name.clone(),
            via: xray.via,
            sampling_endpoint: xray.sampling_endpoint.clone(),
            legacy: xray.via == XrayVia::Collector && !workspace.xray_legacy().is_empty(),
        }),
        cloudwatch: request.cloudwatch.is_some(),
        rollbar: request.rollbar.clone(),
        frontend,
    })
}

/// The services named (each checked), else on a terminal a choice with the Flask services ticked, else
/// the Flask services.
fn choose_services(ui: &Ui, workspace: &Workspace, named: &[String], yes: bool) -> CliResult<Vec<String>> {
    workspace.check_service_names(named, "--service")?;
    if workspace.compose_files.is_empty() && !workspace.other_compose_files.is_empty() {
        let names: Vec<String> = workspace
            .other_compose_files
            .iter()
            .filter_map(|path| path.file_name())
            .map(|name| name.to_string_lossy().into_owned())
            .collect();
        return Err(CliError::invalid_input(format!(
            "{}: no compose file docker compose would use (compose.yaml, docker-compose.yml, ...); found {}",
            workspace.root.display(),
            names.join(", ")
        ))
        .with_hint(format!("name the one you run with -f {}", names[0])));
    }
    if !named.is_empty() {
        return Ok(named.to_vec());
    }
    let all = workspace.services();
    let flask = workspace.flask_services();
    if ui.interactive && !yes && all.len() > 1 {
        let names: Vec<String> = all.keys().cloned().collect();
        let defaults: Vec<bool> = names.iter().map(|name| flask.contains(name)).collect();
        let picked = ui.multi_select("Services to instrument (space to toggle, enter to accept)", &names, &defaults)?;
        return Ok(picked.into_iter().map(|index| names[index].clone()).collect());
    }
    if flask.is_empty() && !workspace.compose_files.is_empty() {
        return Err(CliError::usage("no Flask service found to instrument")
            .with_hint(format!("name one with --service (services: {})", all.keys().cloned().collect::<Vec<_>>().join(", "))));
    }
    Ok(flask)
}

/// The React service for `--with frontend`: named, or the only one detected. Checked before any network call.
fn choose_frontend(workspace: &Workspace, named: Option<&str>, flag: &str) -> CliResult<FrontendService> {
    let found = workspace.frontend_services();
    let what = "a compose service whose build directory has a package.json naming react, react-scripts or vite";
    if let Some(name) = named {
        if let Some(service) = found.into_iter().find(|service| service.name == name) {
            return Ok(service);
        }
        let all = workspace.services();
        if all.contains_key(name) {
            return Err(CliError::invalid_input(format!("{flag} {name}: not a React app (looked for {what})")));
        }
        let error = CliError::invalid_input(format!("{flag} {name}: no such service in the compose files"));
        return Err(match crate::suggest::suggest(name, all.keys().map(String::as_str)) {
            Some(close) => error.with_hint(format!("did you mean {close}?")),
            None => error,
        });
    }
    match <[FrontendService; 1]>::try_from(found) {
        Ok([only]) => Ok(only),
        Err(found) if found.is_empty() => {
            Err(CliError::invalid_input(format!("--with frontend: no React service found (looked for {what})"))
                .with_hint(format!("name it with {flag}")))
        }
        Err(found) => Err(CliError::usage(format!(
            "--with frontend: several React services ({}): choose one with {flag}",
            found.iter().map(|service| service.name.as_str()).collect::<Vec<_>>().join(", ")
        ))),
    }
}
