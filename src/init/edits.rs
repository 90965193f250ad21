//! The file edits `init` plans for every part it sets up (Honeycomb's OpenTelemetry variables and
//! packages, and the parts of [`super::parts`]): which bytes each file gets. It only reads: the workspace
//! was read by [`Workspace::detect`], and the files an edit starts from are read here; nothing is
//! written, so `--dry-run` shows exactly what applying writes.
//!
//! What the team set is theirs: a value is changed only when it is wrong ([`otel::Endpoint::Wrong`], a
//! literal key with `--fix`), and the plan says why; a value kept that differs from what `init` would
//! write is reported as kept, with the reason. Variables go where the team keeps them: a service's
//! `env_file` when it is theirs to edit and holds their OTEL variables, else its `environment`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::collector::{self, Decision, ServiceChange};
use super::parts::Parts;
use crate::doctor::secrets;
use crate::edit::compose::{self, EnvStyle, Joined, ServiceInfo, colon_item};
use crate::edit::flask_cors::{self, CorsEdit};
use crate::edit::gitpod_ports::{self, PortState};
use crate::edit::{dotenv, package_json, requirements};
use crate::error::{CliError, CliResult};
use crate::honeycomb::API_KEY_VAR;
use crate::workspace::collector::{LOCAL_COPY_GITIGNORE, Owner};
use crate::workspace::frontend::{self, FrontendPart};
use crate::workspace::git::FileState;
use crate::workspace::interpolate::{Variables, references};
use crate::workspace::otel::{self, Endpoint, Problem, TeamHeader, Wanted};
use crate::workspace::services::{Identity, service_var};
use crate::workspace::xray_legacy::END_OF_SUPPORT;
use crate::workspace::{ComposeFile, EnvFileState, Workspace};

/// The seeds' five OpenTelemetry packages.
pub const OTEL_PACKAGES: [&str; 5] = [
    "opentelemetry-api",
    "opentelemetry-sdk",
    "opentelemetry-exporter-otlp-proto-http",
    "opentelemetry-instrumentation-flask",
    "opentelemetry-instrumentation-requests",
];

/// What compose files and `.env` reference: never the key itself (`${` [`API_KEY_VAR`] `}`).
pub const HEADERS_VALUE: &str = "x-honeycomb-team=${HONEYCOMB_API_KEY}";

const SERVICE_NAME: &str = "OTEL_SERVICE_NAME";
const ENDPOINT: &str = "OTEL_EXPORTER_OTLP_ENDPOINT";
const HEADERS: &str = "OTEL_EXPORTER_OTLP_HEADERS";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Targets {
    pub compose: bool,
    pub dotenv: bool,
    pub gitpod: bool,
    pub requirements: bool,
    /// With `--with frontend`: package.json, the tracing module, the collector's config, the backend's CORS.
    pub frontend: bool,
}

/// What the user chose (flags, prompts) and what was checked (the key, git).
#[derive(Debug, Clone)]
pub struct Choices {
    /// Compose services to instrument.
    pub services: Vec<String>,
    /// `--service-name`, for a single service.
    pub service_name: Option<String>,
    /// The API the key is used with; `OTEL_EXPORTER_OTLP_ENDPOINT` is its endpoint.
    pub wanted: Wanted,
    /// The ingest header value for `.env` (`None`: `.env` gets no key).
    pub api_key: Option<String>,
    pub targets: Targets,
    /// Consent to fix literal keys in committed files and a sampling rule for another service.
    pub fix: bool,
    /// How git sees `.env` (asked by the caller: the planner runs no process).
    pub dotenv_state: FileState,
    /// What compose interpolates with: the shell and `.env`.
    pub variables: Variables,
    /// What to set up (`--with`); Honeycomb's variables and key only when `parts.honeycomb`.
    pub parts: Parts,
    /// The name X-Ray knows the first service by (a new rule file's `ServiceName`).
    pub xray_name: Option<String>,
}

impl Choices {
    fn endpoint(&self) -> String {
        self.wanted.endpoint()
    }
}

/// One file's new contents.
#[derive(Debug, Clone, PartialEq)]
pub struct FileEdit {
    pub path: PathBuf,
    /// `None` when the file does not exist yet.
    pub before: Option<String>,
    pub after: String,
    /// The file holds a secret: created (and kept) 0600.
    pub secret: bool,
    /// What changes, for the report ("variables for backend-flask; added service xray-daemon").
    pub summary: String,
}

#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Files whose bytes change.
    pub edits: Vec<FileEdit>,
    /// Files looked at that need nothing.
    pub unchanged: Vec<PathBuf>,
    /// Things the user should know (rotate a leaked key, a value changed and why, names that disagree).
    pub notes: Vec<String>,
    /// Values the team set that differ from what init would write, kept, with the reason.
    pub kept: Vec<String>,
    /// Fixes found but not made without consent (`--fix`).
    pub fixes_declined: Vec<String>,
    /// The local copy's folder, which the collector (running as this owner) must be able to write.
    pub local_copy: Option<(PathBuf, Owner)>,
}

/// A literal value after `x-honeycomb-team=` (a leaked key), or `None` for a `${VAR}` reference.
pub fn literal_team_key(headers: &str) -> Option<String> {
    match otel::team_header(headers, false) {
        TeamHeader::Literal { value } => Some(value),
        _ => None,
    }
}

impl Choices {
    /// What the collector is planned from.
    pub fn collector_wanted(&self) -> collector::Wanted<'_> {
        collector::Wanted {
            parts: &self.parts,
            services: &self.services,
            endpoint: self.endpoint(),
            compose: self.targets.compose,
            frontend: self.targets.frontend,
        }
    }
}

impl Plan {
    fn record(&mut self, path: PathBuf, before: Option<String>, after: String, secret: bool, summary: String) {
        if before.as_deref() == Some(after.as_str()) {
            self.unchanged.push(path);
        } else {
            self.edits.push(FileEdit { path, before, after, secret, summary });
        }
    }
}

fn read_optional(path: &Path) -> CliResult<Option<String>> {
    match crate::fsio::read_workspace_file(path) {
        Ok(text) => Ok(Some(text)),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(CliError::invalid_input(format!("{}: cannot read: {err}", path.display()))),
    }
}

fn shown(workspace: &Workspace, path: &Path) -> String {
    frontend::shown(workspace, path)
}

fn quoted(value: &str) -> bool {
    let value = value.trim_start();
    value.starts_with('"') || value.starts_with('\'')
}

/// A variable as the service has it now, where it is written.
#[derive(Debug, Clone)]
struct Existing {
    value: Option<String>,
    /// Written `- KEY:value` (a colon, which compose reads as part of the name).
    colon: bool,
    /// In a list-style `environment` (quotes there are part of the value).
    list_item: bool,
    /// Set in this env_file rather than the compose file.
    env_file: Option<PathBuf>,
}

impl Existing {
    /// The value the team meant, when they set one.
    fn meant(&self) -> Option<&str> {
        self.value.as_deref().filter(|value| !value.trim().is_empty())
    }
}

fn existing(file: &ComposeFile, service: &ServiceInfo, key: &str) -> Option<Existing> {
    let list_item = service.environment.as_ref().is_some_and(|environment| environment.style == EnvStyle::List);
    if let Some(var) = service_var(file, service, key) {
        let env_file = var.from_env_file.then(|| var.file.clone());
        return Some(Existing { value: var.value, colon: false, list_item: list_item && env_file.is_none(), env_file });
    }
    let environment = service.environment.as_ref()?;
    environment.vars.iter().find_map(|(item, var)| {
        let item = match &var.value {
            Some(value) => format!("{item}={value}"),
            None => item.clone(),
        };
        let (name, value) = colon_item(&item)?;
        (name == key).then(|| Existing { value: Some(value.to_owned()), colon: true, list_item, env_file: None })
    })
}

/// One variable to write, and where the team had it.
#[derive(Debug, Clone)]
struct Write {
    key: String,
    value: String,
    /// The env_file that holds the current value (the new one goes there when it can).
    env_file: Option<PathBuf>,
}

/// What the planner decided for one instrumented service.
struct ServicePlan {
    writes: Vec<Write>,
    /// `OTEL_SERVICE_NAME` as it will be.
    otel_name: String,
}

/// Where the instrumented services' spans go in this run.
struct Route<'a> {
    /// Through the workspace's collector (ours, in compose): the endpoint is the collector, which holds the key.
    via_collector: bool,
    /// The services get OpenTelemetry's variables and packages (Honeycomb, or X-Ray through the collector).
    otel: bool,
    /// The compose services an endpoint may name (a collector of the team's among them).
    compose_services: &'a BTreeSet<&'a str>,
}

/// Everything one `.env` needs beyond init's own entries: `(name, value, why)`.
type DotenvExtra = Vec<(String, String, String)>;

/// The Honeycomb variables (and the other parts') for one service to instrument.
fn plan_service(
    plan: &mut Plan,
    workspace: &Workspace,
    file: &ComposeFile,
    service: &ServiceInfo,
    choices: &Choices,
    route: &Route,
    dotenv_extra: &mut DotenvExtra,
) -> ServicePlan {
    let place = format!("{}: services.{}.environment", shown(workspace, &file.path), service.name);
    let mut writes: Vec<Write> = Vec::new();
    let mut write = |key: &str, value: String, current: Option<&Existing>| {
        writes.push(Write { key: key.to_owned(), value, env_file: current.and_then(|current| current.env_file.clone()) })
    };
    // A bare `- NAME` / `NAME:` takes its value from the shell or .env: set there, it is the team's.
    let set = |current: &Option<Existing>, key: &str| match current {
        // A template's variable gets its value when the env_file is generated.
        Some(current) if current.value.is_none() && current.env_file.is_some() => true,
        Some(current) if current.value.is_none() && !current.colon => choices.variables.is_set(key),
        Some(current) => current.meant().is_some(),
        None => false,
    };

    // Other parts' variables are added when missing; a value the team set is theirs.
    for (key, value) in choices.parts.service_vars(workspace) {
        let current = existing(file, service, &key);
        if !set(&current, &key) {
            write(&key, value, current.as_ref());
        } else if let Some(current) = current.as_ref().filter(|current| current.colon) {
            plan.notes.push(format!("{place}: `- {key}:...` rewritten as `- {key}=...` (compose reads a colon as part of the name)"));
            write(&key, current.meant().unwrap_or_default().to_owned(), Some(current));
        }
    }

    // OTEL_SERVICE_NAME: --service-name, else the team's, else the compose service's name.
    let current = existing(file, service, SERVICE_NAME);
    let otel_name = match (&choices.service_name, current.as_ref().and_then(Existing::meant)) {
        (Some(name), Some(theirs)) if theirs == name && !current.as_ref().is_some_and(|current| current.colon) => name.clone(),
        (Some(name), theirs) => {
            if let Some(theirs) = theirs.filter(|theirs| theirs != name) {
                plan.notes.push(format!("{place}.{SERVICE_NAME} was {theirs:?}: now {name:?} (--service-name)"));
            }
            write(SERVICE_NAME, name.clone(), current.as_ref());
            name.clone()
        }
        (None, Some(theirs)) => {
            let current = current.as_ref().expect("a value was found");
            let unquoted = theirs.trim().trim_matches(['"', '\'']).to_owned();
            if current.list_item && quoted(theirs) {
                plan.notes.push(format!("{place}.{SERVICE_NAME} is {theirs}, quotes included (a list item keeps them): now {unquoted}"));
                write(SERVICE_NAME, unquoted.clone(), Some(current));
            } else if current.colon {
                plan.notes.push(format!(
                    "{place}: `- {SERVICE_NAME}:...` rewritten as `- {SERVICE_NAME}=...` (compose reads a colon as part of the name)"
                ));
                write(SERVICE_NAME, theirs.to_owned(), Some(current));
            } else if theirs != service.name {
                plan.kept.push(format!("{place}.{SERVICE_NAME} is {theirs:?}: kept (the team's name for the service)"));
            }
            unquoted
        }
        // `- OTEL_SERVICE_NAME` alone: the shell's (or .env's) value.
        (None, None) if set(&current, SERVICE_NAME) => format!("${{{SERVICE_NAME}}}"),
        (None, None) => {
            // The code another compose file runs already has a name in traces: the same one here.
            let name = match workspace.sibling_name(file, service) {
                Some(sibling) => {
                    plan.kept.push(format!(
                        "{place}.{SERVICE_NAME}: {sibling:?}, the name the same code has in another compose file (one backend, one name in traces)"
                    ));
                    sibling
                }
                None => service.name.clone(),
            };
            write(SERVICE_NAME, name.clone(), current.as_ref());
            name
        }
    };

    // OTEL_EXPORTER_OTLP_ENDPOINT: judged as doctor judges it; only a mistake is changed. Through the
    // workspace's collector (one pipeline: Honeycomb, X-Ray, the local copy), the collector.
    let current = existing(file, service, ENDPOINT);
    let collector_endpoint = crate::workspace::collector::BACKEND_ENDPOINT;
    match current.as_ref().and_then(|current| current.meant().map(|theirs| (current, theirs))) {
        Some((current, theirs)) if route.via_collector => {
            if theirs != collector_endpoint {
                plan.notes.push(format!(
                    "{place}.{ENDPOINT} was {theirs:?}: now {collector_endpoint:?}, the workspace's collector, which sends on to every destination"
                ));
                write(ENDPOINT, collector_endpoint.to_owned(), Some(current));
            } else if current.colon {
                write(ENDPOINT, theirs.to_owned(), Some(current));
            }
        }
        None if route.via_collector => write(ENDPOINT, collector_endpoint.to_owned(), current.as_ref()),
        Some((current, theirs)) => {
            let list_item = current.list_item && !current.colon;
            match otel::judge_endpoint(theirs, list_item, &choices.variables, &choices.wanted, route.compose_services) {
                Endpoint::Good { .. } if current.colon => write(ENDPOINT, theirs.to_owned(), Some(current)),
                Endpoint::Good { .. } => {}
                Endpoint::Collector { host } => plan
                    .kept
                    .push(format!("{place}.{ENDPOINT} is {theirs:?}: kept (the compose service {host}, a collector, holds the key)")),
                Endpoint::Custom { url } => plan.kept.push(format!(
                    "{place}.{ENDPOINT} is {url:?}: kept (not Honeycomb: a collector or proxy there must forward to {})",
                    choices.endpoint()
                )),
                Endpoint::NoSuchService { host } => plan.notes.push(format!(
                    "{place}.{ENDPOINT} is {theirs:?}, but no compose service is named {host}: kept; spans are lost until it exists"
                )),
                Endpoint::Unresolved { missing } => plan
                    .kept
                    .push(format!("{place}.{ENDPOINT} is {theirs:?}: kept ({} not set here, so it cannot be checked)", missing.join(", "))),
                Endpoint::Wrong { problem, value, replacement } => {
                    plan.notes.push(format!("{place}.{ENDPOINT} was {value:?}: {}; now {replacement:?}", problem_text(&problem)));
                    write(ENDPOINT, replacement, Some(current));
                }
            }
        }
        None if set(&current, ENDPOINT) => {}
        None => write(ENDPOINT, choices.endpoint(), current.as_ref()),
    }

    // OTEL_EXPORTER_OTLP_HEADERS: a reference the team chose is kept; a literal key needs --fix.
    let current = existing(file, service, HEADERS);
    match current.as_ref().and_then(|current| current.meant().map(|theirs| (current, theirs))) {
        Some((current, theirs)) => match otel::team_header(theirs, current.list_item && !current.colon) {
            TeamHeader::Reference { name } => {
                if current.colon {
                    write(HEADERS, theirs.to_owned(), Some(current));
                }
                if name != API_KEY_VAR {
                    if choices.variables.is_set(&name) {
                        plan.kept.push(format!("{place}.{HEADERS} sends the key from ${{{name}}}: kept (it is set)"));
                    } else if let Some(key) = choices.api_key.as_ref().filter(|_| choices.targets.dotenv) {
                        plan.kept.push(format!("{place}.{HEADERS} sends the key from ${{{name}}}: kept, and .env sets {name}"));
                        dotenv_extra.push((name.clone(), key.clone(), format!("the key, under the name {} uses", service.name)));
                    } else {
                        plan.notes.push(format!(
                            "{place}.{HEADERS} sends the key from ${{{name}}}, which is not set anywhere compose reads it: set {name} (kept)"
                        ));
                    }
                }
            }
            TeamHeader::Literal { .. } if !choices.fix => plan
                .fixes_declined
                .push(format!("{place}.{HEADERS} holds a literal Honeycomb key (--fix replaces it with ${{{API_KEY_VAR}}})")),
            TeamHeader::Literal { value } => {
                plan.notes.push(format!(
                    "{place}.{HEADERS}: replaced the literal Honeycomb key with ${{{API_KEY_VAR}}}; it is in your git history, so rotate it (cruddur-obs honeycomb keys create, then keys delete the old one)"
                ));
                write(HEADERS, theirs.replacen(&value, &format!("${{{API_KEY_VAR}}}"), 1), Some(current));
            }
            TeamHeader::Quoted => {
                let unquoted = theirs.trim().trim_matches(['"', '\'']).to_owned();
                plan.notes
                    .push(format!("{place}.{HEADERS} started with a quote a list item keeps (the header's name was wrong): now unquoted"));
                write(HEADERS, unquoted, Some(current));
            }
            // Through the collector the key travels from the collector, not from the app.
            TeamHeader::Missing | TeamHeader::Empty if route.via_collector => {}
            TeamHeader::Missing => {
                plan.notes.push(format!("{place}.{HEADERS} had no x-honeycomb-team header (Honeycomb refuses spans without a key): added"));
                write(HEADERS, format!("{},{HEADERS_VALUE}", theirs.trim_end_matches(',')), Some(current));
            }
            TeamHeader::Empty => {
                plan.notes.push(format!("{place}.{HEADERS} had an empty x-honeycomb-team: now ${{{API_KEY_VAR}}}"));
                let pairs: Vec<String> = theirs
                    .split(',')
                    .map(|pair| match pair.split_once('=') {
                        Some((name, _)) if name.trim().eq_ignore_ascii_case("x-honeycomb-team") => HEADERS_VALUE.to_owned(),
                        _ => pair.to_owned(),
                    })
                    .collect();
                write(HEADERS, pairs.join(","), Some(current));
            }
        },
        None if set(&current, HEADERS) || route.via_collector => {}
        None => write(HEADERS, HEADERS_VALUE.to_owned(), current.as_ref()),
    }
    if !route.otel {
        writes.retain(|write| ![SERVICE_NAME, ENDPOINT, HEADERS].contains(&write.key.as_str()));
    }
    ServicePlan { writes, otel_name }
}

fn problem_text(problem: &Problem) -> String {
    match problem {
        Problem::Quoted => "quotes included (a list item keeps them), which is not a URL".to_owned(),
        Problem::NotUrl => "not an http(s) URL".to_owned(),
        Problem::TracesPath => "the SDK appends /v1/traces itself, so spans went to …/v1/traces/v1/traces".to_owned(),
        Problem::PlainHttp => "Honeycomb takes OTLP over https only".to_owned(),
        Problem::TrailingSlash => "a trailing slash (other SDKs would send to //v1/traces)".to_owned(),
        Problem::OtherRegion { actual, wanted } => format!("{actual}, but the key belongs to {wanted}"),
        Problem::OtherApi => "another API than the one the key is used with".to_owned(),
    }
}

/// Sends each write to its place: the env_file that holds the variable, or the one the team keeps their
/// OTEL variables in (when it is theirs to edit and the value needs no interpolation), else `environment`.
fn place_writes(
    plan: &mut Plan,
    workspace: &Workspace,
    file: &ComposeFile,
    service: &ServiceInfo,
    writes: Vec<Write>,
    environment: &mut Vec<(String, String)>,
    env_file_writes: &mut BTreeMap<PathBuf, Vec<(String, String)>>,
) {
    let env_files = file.env_files_of(&service.name);
    let editable = env_files.iter().rev().find(|env_file| env_file.editable());
    let keeps_there = editable
        .filter(|env_file| service.environment.is_none() || env_file.vars.keys().any(|key| key.starts_with("OTEL_")))
        .map(|env_file| env_file.path.clone());
    let mut to_environment: Vec<String> = Vec::new();
    let mut interpolated: Vec<String> = Vec::new();
    for write in writes {
        let held = write.env_file.as_ref().filter(|path| env_files.iter().any(|env_file| &env_file.path == *path && env_file.editable()));
        let destination = match (held, &keeps_there) {
            (Some(path), _) => Some(path.clone()),
            (None, Some(path)) if !write.value.contains("${") => Some(path.clone()),
            (None, Some(_)) => {
                interpolated.push(write.key.clone());
                None
            }
            (None, None) => None,
        };
        match destination {
            Some(path) => env_file_writes.entry(path).or_default().push((write.key, write.value)),
            None => {
                to_environment.push(write.key.clone());
                environment.push((write.key, write.value));
            }
        }
    }
    if to_environment.is_empty() || env_files.is_empty() {
        return;
    }
    let keys = to_environment.join(", ");
    let owner = format!("env_file of {}", service.name);
    if let Some(path) = &keeps_there
        && !interpolated.is_empty()
    {
        plan.notes.push(format!(
            "{}: {} went in environment:, not in {} ({owner}): a ${{VAR}} is interpolated by compose in the compose file only",
            shown(workspace, &file.path),
            interpolated.join(", "),
            shown(workspace, path)
        ));
        return;
    }
    for env_file in env_files {
        let name = shown(workspace, &env_file.path);
        match &env_file.state {
            EnvFileState::Generated { template, present } => plan.notes.push(format!(
                "{name} ({owner}) is generated from {}{}: {keys} went in environment:, which wins over it (move them to the template to keep them together)",
                shown(workspace, template),
                if *present { "" } else { ", and absent now" }
            )),
            EnvFileState::Missing => plan.notes.push(format!(
                "{name} ({owner}) does not exist{}: {keys} went in environment:",
                if env_file.reference.required { ", so compose refuses to start until it does" } else { "" }
            )),
            EnvFileState::Unreadable(err) => {
                plan.notes.push(format!("{name} ({owner}) cannot be read as compose reads it ({err}): {keys} went in environment:"))
            }
            EnvFileState::Present => {}
        }
    }
}

/// Literal secrets in the `environment` of every service of a compose file (committed, so leaked):
/// with `--fix` each becomes a `${VAR}` reference, its value moved to `.env` (ignored by git); without,
/// a fix declined. The Honeycomb header of an instrumented service is [`plan_service`]'s.
fn literal_secret_edits(
    plan: &mut Plan,
    workspace: &Workspace,
    path: &Path,
    services: &[ServiceInfo],
    choices: &Choices,
    dotenv_extra: &mut DotenvExtra,
) -> Vec<(String, Vec<(String, String)>)> {
    let mut edits = Vec::new();
    for service in services {
        let Some(environment) = &service.environment else { continue };
        let mut vars = Vec::new();
        for (key, var) in &environment.vars {
            let Some(value) = &var.value else { continue };
            if key == HEADERS && choices.services.contains(&service.name) && choices.parts.honeycomb {
                continue;
            }
            let leaks = secrets::literal_secrets(key, value);
            let Some(leak) = leaks.first() else { continue };
            let place = format!("{}:{}: services.{}.environment.{key}", shown(workspace, path), var.line, service.name);
            let kind = match leak.kind {
                secrets::Kind::HoneycombKey => "Honeycomb key",
                secrets::Kind::Rollbar => "Rollbar token",
                secrets::Kind::AwsAccessKey => "AWS access key ID",
                secrets::Kind::AwsSecretKey => "AWS secret access key",
            };
            let team_header = leak.name.as_deref().is_some_and(|name| name.eq_ignore_ascii_case("x-honeycomb-team"));
            let reference = if team_header { API_KEY_VAR.to_owned() } else { key.clone() };
            if !crate::edit::is_variable_name(&reference) {
                continue;
            }
            if !choices.fix {
                plan.fixes_declined.push(format!("{place} holds a literal {kind} (--fix replaces it with ${{{reference}}})"));
                continue;
            }
            let replacement = if team_header {
                leaks.iter().fold(value.clone(), |value, leak| value.replacen(&leak.value, &format!("${{{API_KEY_VAR}}}"), 1))
            } else {
                format!("${{{reference}}}")
            };
            let moved = if team_header || (reference == API_KEY_VAR && choices.api_key.is_some()) {
                String::new()
            } else if choices.targets.dotenv && !choices.variables.is_set(&reference) {
                let literal = value.trim().trim_matches(['"', '\'']).to_owned();
                dotenv_extra.push((reference.clone(), literal, format!("moved from {}", shown(workspace, path))));
                format!(", its value moved to {}", shown(workspace, &workspace.dotenv_path()))
            } else if choices.variables.is_set(&reference) {
                String::new()
            } else {
                format!("; set {reference} where compose reads it (the shell or .env)")
            };
            plan.notes.push(format!(
                "{place}: replaced the literal {kind} with ${{{reference}}}{moved}; it is in your git history, so rotate it"
            ));
            vars.push((key.clone(), replacement));
        }
        if !vars.is_empty() {
            edits.push((service.name.clone(), vars));
        }
    }
    edits
}

/// Applies the environment edits of a compose file: `(after, summary)`.
fn edit_environments(path: &Path, text: &str, edits: &[(String, Vec<(String, String)>)]) -> CliResult<String> {
    let borrowed: Vec<(&str, Vec<(&str, &str)>)> =
        edits.iter().map(|(service, vars)| (service.as_str(), vars.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect())).collect();
    let slices: Vec<(&str, &[(&str, &str)])> = borrowed.iter().map(|(service, vars)| (*service, vars.as_slice())).collect();
    if slices.is_empty() {
        return Ok(text.to_owned());
    }
    compose::set_services_env(text, &slices).map_err(|err| CliError::invalid_input(format!("{}: {err}", path.display())))
}

pub fn plan(workspace: &Workspace, choices: &Choices) -> CliResult<Plan> {
    let mut plan = Plan::default();
    let mut otel_names: BTreeMap<String, String> = BTreeMap::new();
    let mut identities: Vec<Identity> = Vec::new();
    let mut dotenv_extra: DotenvExtra = Vec::new();
    let mut env_file_writes: BTreeMap<PathBuf, Vec<(String, String)>> = BTreeMap::new();
    let all_services = workspace.services();
    let compose_services: BTreeSet<&str> = all_services.keys().map(String::as_str).collect();
    let mut first_compose = true;
    if let Some(note) = workspace.unused_compose_note() {
        plan.kept.push(note);
    }
    let collector = collector::decide(workspace, &choices.collector_wanted(), &mut plan.notes)?;
    // One pipeline: with the workspace's collector in place, the services init instruments send to it.
    let route = Route {
        via_collector: collector.is_some(),
        otel: choices.parts.honeycomb || (choices.parts.xray_via_collector() && collector.is_some()),
        compose_services: &compose_services,
    };
    notes_for_xray(&mut plan, workspace, choices, collector.as_ref());

    for file in &workspace.compose_files {
        let mut edits: Vec<(String, Vec<(String, String)>)> = Vec::new();
        for service in file.services.iter().filter(|service| choices.services.contains(&service.name)) {
            let planned = plan_service(&mut plan, workspace, file, service, choices, &route, &mut dotenv_extra);
            if !otel_names.contains_key(&service.name) {
                identities.push(workspace.identity(file, service, Some(&planned.otel_name), &choices.variables));
            }
            otel_names.entry(service.name.clone()).or_insert(planned.otel_name);
            let mut environment = Vec::new();
            place_writes(&mut plan, workspace, file, service, planned.writes, &mut environment, &mut env_file_writes);
            if !environment.is_empty() {
                edits.push((service.name.clone(), environment));
            }
        }
        let frontend_port = choices.parts.frontend.as_ref().map_or(frontend::FRONTEND_PORT, |part| part.service.port);
        let origin = workspace.frontend_origin(file, frontend_port);
        if let Some(part) = &choices.parts.frontend
            && let Some(service) = file.services.iter().find(|service| service.name == part.service.name)
        {
            let mut vars = Vec::new();
            for (key, value) in frontend::build_vars(&part.service, part.mode, &choices.endpoint(), &origin) {
                match service_var(file, service, &key).and_then(|var| var.value) {
                    Some(set) if !set.trim().is_empty() => {
                        // A value the team set is theirs; say so when it points elsewhere (a mode switched).
                        if set != value && key.ends_with("OTEL_EXPORTER_OTLP_ENDPOINT") {
                            plan.kept.push(format!(
                                "{}: services.{}.environment.{key} is {set:?}: kept (this mode would send to {value:?})",
                                shown(workspace, &file.path),
                                service.name
                            ));
                        }
                    }
                    _ => vars.push((key, value)),
                }
            }
            if !vars.is_empty() {
                edits.push((service.name.clone(), vars));
            }
        }
        edits.extend(literal_secret_edits(&mut plan, workspace, &file.path, &file.services, choices, &mut dotenv_extra));
        // New services (the X-Ray daemon) go into the first compose file that has an instrumented service,
        // on the networks of that service; the collector where its decision puts it, on the networks it
        // names (every instrumented service's).
        let peer = file.services.iter().find(|service| choices.services.contains(&service.name));
        let mut missing_services = Vec::new();
        if first_compose && let Some(peer) = peer {
            for (name, settings) in choices.parts.compose_services() {
                match file.services.iter().find(|service| service.name == name) {
                    None => missing_services.push((name, settings)),
                    Some(existing) => network_note(&mut plan, workspace, file, existing, peer),
                }
            }
            first_compose = false;
        }
        let (mut collector_added, mut collector_replaced) = (None, None);
        if let Some(decision) = collector.as_ref().filter(|decision| decision.compose == file.path) {
            match &decision.service {
                ServiceChange::Add(settings) => collector_added = Some(settings.clone()),
                ServiceChange::Replace(settings) => collector_replaced = Some(settings.clone()),
                ServiceChange::Unchanged => {}
            }
        }
        if !choices.targets.compose {
            continue;
        }
        if edits.is_empty() && missing_services.is_empty() && collector_added.is_none() && collector_replaced.is_none() {
            if peer.is_some() {
                plan.unchanged.push(file.path.clone());
            }
            continue;
        }
        let mut text = file.text.clone();
        let mut added_services = Vec::new();
        for (name, settings) in missing_services {
            let peer = peer.expect("services are added beside an instrumented one");
            let (after, joined) = compose::add_service_joining(&text, name, &settings, &peer.name)
                .map_err(|err| CliError::invalid_input(format!("{}: {err}", file.path.display())))?;
            text = after;
            match joined {
                Joined::Default => added_services.push(name.to_owned()),
                Joined::Networks(networks) => added_services.push(format!("{name} (networks: {})", networks.join(", "))),
                Joined::NetworkMode(mode) => {
                    plan.notes.push(format!(
                        "{}: {} uses network_mode: {mode}, so the added {name} is on the default network; check that {} reaches it",
                        shown(workspace, &file.path),
                        peer.name,
                        peer.name
                    ));
                    added_services.push(name.to_owned());
                }
            }
        }
        if let Some(settings) = &collector_added {
            text = compose::add_service(&text, crate::workspace::collector::SERVICE, settings)
                .map_err(|err| CliError::invalid_input(format!("{}: {err}", file.path.display())))?;
            added_services.push(match collector::networks_of(settings) {
                networks if networks.is_empty() => crate::workspace::collector::SERVICE.to_owned(),
                networks => format!("{} (networks: {})", crate::workspace::collector::SERVICE, networks.join(", ")),
            });
        }
        if let Some(settings) = &collector_replaced {
            text = compose::replace_service(&text, crate::workspace::collector::SERVICE, settings)
                .map_err(|err| CliError::invalid_input(format!("{}: {err}", file.path.display())))?;
        }
        let after = edit_environments(&file.path, &text, &edits)?;
        let names: Vec<&str> = edits.iter().map(|(service, _)| service.as_str()).collect::<BTreeSet<_>>().into_iter().collect();
        let mut parts = Vec::new();
        if !names.is_empty() {
            parts.push(format!("variables for {}", names.join(", ")));
        }
        if !added_services.is_empty() {
            parts.push(format!("added service {}", added_services.join(", ")));
        }
        if collector_replaced.is_some() {
            parts.push(format!("updated service {}", crate::workspace::collector::SERVICE));
        }
        plan.record(file.path.clone(), Some(file.text.clone()), after, false, parts.join("; "));
    }

    // Compose files docker compose does not use here are never set up, but a literal secret in one is
    // committed all the same.
    if choices.targets.compose {
        for path in &workspace.other_compose_files {
            let Some(text) = read_optional(path)? else { continue };
            let Ok(services) = compose::services(&text) else { continue };
            let edits = literal_secret_edits(&mut plan, workspace, path, &services, choices, &mut dotenv_extra);
            if !edits.is_empty() {
                let after = edit_environments(path, &text, &edits)?;
                plan.record(path.clone(), Some(text), after, false, "literal secrets replaced by ${VAR}".to_owned());
            }
        }
    }

    let dotenv_path = workspace.dotenv_path();
    for (path, vars) in std::mem::take(&mut env_file_writes) {
        if path == dotenv_path && choices.targets.dotenv {
            dotenv_extra.extend(vars.into_iter().map(|(key, value)| (key, value, "env_file".to_owned())));
            continue;
        }
        let before = read_optional(&path)?.unwrap_or_default();
        let pairs: Vec<(&str, &str)> = vars.iter().map(|(key, value)| (key.as_str(), value.as_str())).collect();
        let after = dotenv::upsert(&before, &pairs).map_err(|err| CliError::invalid_input(format!("{}: {err}", path.display())))?;
        let summary =
            format!("{} (the env_file the team keeps them in)", vars.iter().map(|(key, _)| key.as_str()).collect::<Vec<_>>().join(", "));
        plan.record(path, Some(before), after, false, summary);
    }

    if choices.targets.dotenv {
        plan_dotenv(&mut plan, workspace, choices, &otel_names, dotenv_extra)?;
    } else {
        for (name, _, why) in dotenv_extra {
            plan.notes.push(format!("{name} ({why}) is for .env, which is not a target here: set it where compose reads it"));
        }
    }

    if choices.targets.requirements {
        for python in workspace.python_services().iter().filter(|python| choices.services.contains(&python.name)) {
            let before = read_optional(&python.requirements)?.unwrap_or_default();
            let mut packages: Vec<&str> = if route.otel { OTEL_PACKAGES.to_vec() } else { Vec::new() };
            packages.extend(choices.parts.packages());
            let (after, added) = requirements::ensure_packages(&before, &packages);
            let summary = format!("added {}", added.join(", "));
            plan.record(python.requirements.clone(), Some(before), after, false, summary);
        }
    }

    if let Some(part) = choices.parts.frontend.as_ref().filter(|_| choices.targets.frontend) {
        plan_frontend(&mut plan, workspace, choices, part)?;
    }
    if let Some(decision) = &collector {
        plan_collector_files(&mut plan, workspace, decision)?;
    }

    if choices.parts.board {
        let first = choices.services.first().map(|service| otel_names.get(service).cloned().unwrap_or_else(|| service.clone()));
        for (path, text, what) in choices.parts.board_files(workspace, first.as_deref().unwrap_or("backend-flask")) {
            plan.record(path, None, text, false, what.to_owned());
        }
    }
    if let Some(name) = &choices.xray_name {
        for (path, text) in choices.parts.new_files(workspace, name) {
            plan.record(path, None, text, false, "the sampling rule for `xray rules apply`".to_owned());
        }
    }

    plan_env_examples(&mut plan, workspace, choices)?;
    plan_rule_names(&mut plan, workspace, choices, &identities)?;
    Ok(plan)
}

/// An existing service init would have added (the X-Ray daemon, a collector) that shares no network with
/// the backend: the address the backend is given does not resolve.
fn network_note(plan: &mut Plan, workspace: &Workspace, file: &ComposeFile, existing: &ServiceInfo, peer: &ServiceInfo) {
    if peer.network_mode.is_some() || existing.network_mode.is_some() {
        return;
    }
    let on = |service: &ServiceInfo| if service.networks.is_empty() { vec!["default".to_owned()] } else { service.networks.clone() };
    let (theirs, ours) = (on(existing), on(peer));
    if !theirs.iter().any(|network| ours.contains(network)) {
        plan.notes.push(format!(
            "{}: {} shares no network with {} ({} is on {}): its address does not resolve from {}; add `networks: [{}]` to it",
            shown(workspace, &file.path),
            existing.name,
            peer.name,
            peer.name,
            ours.join(", "),
            peer.name,
            ours.join(", ")
        ));
    }
}

/// `.env`: the key, Honeycomb's variables, the parts' secrets, and what other steps need there; then
/// `.gitignore`, when git does not ignore `.env` yet.
fn plan_dotenv(
    plan: &mut Plan,
    workspace: &Workspace,
    choices: &Choices,
    otel_names: &BTreeMap<String, String>,
    extra: DotenvExtra,
) -> CliResult {
    let path = workspace.dotenv_path();
    let before = read_optional(&path)?;
    let existing = before.as_deref().and_then(|text| dotenv::parse(text).ok()).unwrap_or_default();
    let mut entries: Vec<(String, String)> = Vec::new();
    let push = |entries: &mut Vec<(String, String)>, key: &str, value: String| {
        if !entries.iter().any(|(existing, _)| existing == key) {
            entries.push((key.to_owned(), value));
        }
    };
    if (choices.parts.honeycomb || choices.parts.frontend.is_some())
        && let Some(key) = &choices.api_key
    {
        push(&mut entries, API_KEY_VAR, key.clone());
    }
    for (name, value, _) in &extra {
        // A name .env already sets is the team's (a moved literal never overwrites it).
        if dotenv::find(&existing, name).and_then(|entry| entry.value.as_deref()).is_none_or(str::is_empty) {
            push(&mut entries, name, value.clone());
        }
    }
    if choices.parts.honeycomb {
        push(&mut entries, ENDPOINT, choices.endpoint());
        push(&mut entries, HEADERS, HEADERS_VALUE.to_owned());
        // The service's name, for a Flask run outside compose: written once, never over a name .env has.
        let named = dotenv::find(&existing, SERVICE_NAME).and_then(|entry| entry.value.as_deref()).is_some_and(|value| !value.is_empty());
        if let [only] = choices.services.as_slice()
            && !named
        {
            let name = otel_names.get(only).cloned().unwrap_or_else(|| only.clone());
            let (resolved, missing) = choices.variables.interpolate(&name);
            if missing.is_empty() {
                push(&mut entries, SERVICE_NAME, resolved);
            } else {
                plan.notes.push(format!(
                    "{}: no {SERVICE_NAME}: the service's is {name:?} and {} is set nowhere compose reads it",
                    shown(workspace, &path),
                    missing.join(", ")
                ));
            }
        }
    }
    for (name, value) in choices.parts.secrets() {
        push(&mut entries, name, value);
    }
    // No entry may reference a variable nothing defines (`NAME=${OTHER}` would be empty).
    let defined = |name: &str| {
        entries.iter().any(|(key, value)| key == name && !value.is_empty())
            || dotenv::find(&existing, name).and_then(|entry| entry.value.as_deref()).is_some_and(|value| !value.is_empty())
            || choices.variables.shell.get(name).is_some_and(|value| !value.is_empty())
    };
    let mut dropped = Vec::new();
    let kept_entries: Vec<(String, String)> = entries
        .iter()
        .filter(|(key, value)| {
            let undefined: Vec<String> =
                references(value).into_iter().map(|reference| reference.name).filter(|name| !defined(name)).collect();
            if !undefined.is_empty() {
                dropped.push(format!("{key} (it would reference {}, which nothing defines)", undefined.join(", ")));
            }
            undefined.is_empty()
        })
        .cloned()
        .collect();
    for what in dropped {
        plan.notes.push(format!("{}: not written: {what}", shown(workspace, &path)));
    }
    let pairs: Vec<(&str, &str)> = kept_entries.iter().map(|(key, value)| (key.as_str(), value.as_str())).collect();
    let after = dotenv::upsert(before.as_deref().unwrap_or(""), &pairs)
        .map_err(|err| CliError::invalid_input(format!("{}: {err}", path.display())))?;
    let summary = kept_entries.iter().map(|(key, _)| key.as_str()).collect::<Vec<_>>().join(", ");
    plan.record(path.clone(), before, after, true, summary);
    if matches!(choices.dotenv_state, FileState::Guessed { .. }) {
        plan.notes.push(format!(
            "git is not installed, so whether git tracks {} could not be asked (the .gitignore files were read instead): check with `git ls-files {}` where git is",
            shown(workspace, &path),
            shown(workspace, &path)
        ));
    }
    // Ignore rules protect an untracked file only; a tracked `.env` was refused before planning.
    if matches!(choices.dotenv_state, FileState::Untracked | FileState::Guessed { ignored: false }) {
        let gitignore = workspace.root.join(".gitignore");
        let before = read_optional(&gitignore)?;
        let text = before.clone().unwrap_or_default();
        let eol = crate::edit::line_ending(&text);
        let after = crate::edit::append_line(&text, ".env", eol);
        plan.record(gitignore, before, after, false, ".env ignored by git".to_owned());
    }
    Ok(())
}

/// Literal secrets committed in `.env.example` files: emptied with `--fix`.
fn plan_env_examples(plan: &mut Plan, workspace: &Workspace, choices: &Choices) -> CliResult {
    for example in &workspace.env_examples {
        let Some(text) = read_optional(example)? else { continue };
        let Ok(entries) = dotenv::parse(&text) else { continue };
        let leaked: Vec<&dotenv::Entry> = entries
            .iter()
            .filter(|entry| entry.value.as_deref().is_some_and(|value| !secrets::literal_secrets(&entry.key, value).is_empty()))
            .collect();
        if leaked.is_empty() {
            continue;
        }
        if choices.fix {
            let pairs: Vec<(&str, &str)> = leaked.iter().map(|entry| (entry.key.as_str(), "")).collect();
            let after = dotenv::upsert(&text, &pairs).map_err(|err| CliError::invalid_input(format!("{}: {err}", example.display())))?;
            let names: Vec<&str> = leaked.iter().map(|entry| entry.key.as_str()).collect();
            plan.record(example.clone(), Some(text), after, false, format!("emptied the committed {}", names.join(", ")));
            plan.notes.push(format!(
                "{}: the committed {} emptied; rotate {}: it is in your git history",
                shown(workspace, example),
                names.join(", "),
                if names.len() == 1 { "it" } else { "them" }
            ));
        } else {
            for entry in leaked {
                plan.fixes_declined.push(format!(
                    "{}:{}: {} holds a literal secret (--fix empties it)",
                    shown(workspace, example),
                    entry.line,
                    entry.key
                ));
            }
        }
    }
    Ok(())
}

/// A sampling rule for another service than the one instrumented: X-Ray never applies it. With `--fix`
/// and one service, its `ServiceName` becomes the name the service's traces carry.
fn plan_rule_names(plan: &mut Plan, workspace: &Workspace, choices: &Choices, identities: &[Identity]) -> CliResult {
    let names: Vec<&str> = identities
        .iter()
        .filter_map(|identity| match identity {
            Identity::Named(name) => Some(name.name.as_str()),
            _ => None,
        })
        .collect();
    for rules in &workspace.xray_rules {
        let Some(text) = read_optional(rules)? else { continue };
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else { continue };
        let Some(service_name) = value.pointer("/SamplingRule/ServiceName").and_then(serde_json::Value::as_str) else { continue };
        if service_name == "*" || names.is_empty() || names.iter().any(|name| crate::doctor::names::glob_match(service_name, name)) {
            continue;
        }
        let wanted = names[0];
        let shown_rules = shown(workspace, rules);
        match (choices.fix && names.len() == 1, replace_json_string(&text, "ServiceName", service_name, wanted)) {
            (true, Some(after)) => {
                plan.notes.push(format!("{shown_rules}: the sampling rule's ServiceName {service_name:?} is now {wanted:?}"));
                plan.record(rules.clone(), Some(text), after, false, format!("ServiceName {service_name:?} → {wanted:?}"));
            }
            _ => plan.fixes_declined.push(format!(
                "{shown_rules}: the sampling rule's ServiceName {service_name:?} matches no instrumented service ({}): X-Ray will not sample them by this rule (--fix makes it {wanted:?})",
                names.join(", ")
            )),
        }
    }
    Ok(())
}

/// The collector's configuration, the local copy's folder (with the `.gitignore` that keeps it in clones and
/// its contents out of git), and, for the browser in Gitpod, the collector's public port.
fn plan_collector_files(plan: &mut Plan, workspace: &Workspace, decision: &Decision) -> CliResult<()> {
    plan.record(
        decision.config.clone(),
        decision.config_before.clone(),
        decision.pipeline.config(),
        false,
        format!("the collector's pipeline: OTLP/HTTP to {}", decision.pipeline.exporters().join(", ")),
    );
    let gitignore = decision.local_copy.join(".gitignore");
    new_file(plan, workspace, gitignore, LOCAL_COPY_GITIGNORE.to_owned(), "the local copy's folder, ignored by git")?;
    plan.local_copy = Some((decision.local_copy.clone(), decision.owner));
    if decision.pipeline.browser
        && let Some(gitpod) = &workspace.gitpod
    {
        plan_public_port(plan, workspace, gitpod)?;
    }
    Ok(())
}

/// What the user should know about X-Ray in this run: a workspace left on the daemon, the daemon path's end
/// of support, and what sampling the OpenTelemetry path has.
fn notes_for_xray(plan: &mut Plan, workspace: &Workspace, choices: &Choices, collector: Option<&Decision>) {
    let Some(xray) = &choices.parts.xray else { return };
    if xray.legacy {
        plan.notes.push(format!(
            "X-Ray: this workspace runs the X-Ray daemon or SDK, whose support AWS ends on {END_OF_SUPPORT}; its X-Ray wiring is left as it is: \
             `cruddur-obs xray migrate --dry-run` shows the move to OpenTelemetry"
        ));
    } else if xray.via_daemon() {
        plan.notes.push(format!(
            "X-Ray through the daemon and the X-Ray SDK (--xray-via daemon): AWS ends their support on {END_OF_SUPPORT}; \
             the default, --xray-via collector, is the OpenTelemetry path"
        ));
    } else if collector.is_some() {
        let services = choices.services.join(", ");
        match &xray.sampling_endpoint {
            None => plan.notes.push(format!(
                "X-Ray sampling: {services} keeps every trace; the sampling rules apply on this path only through ADOT's X-Ray \
                 sampler and a sampling proxy (the collector's awsproxy extension), which cruddur-obs does not write: it cannot \
                 be tested here (see the README); with a proxy running, --xray-sampling-endpoint URL wires the sampler"
            )),
            Some(endpoint) => plan.notes.push(format!(
                "X-Ray sampling: {services} gets OTEL_TRACES_SAMPLER=xray (ADOT's remote sampler, asking {endpoint}); app.py must build \
                 its TracerProvider with that sampler (the seeds' TracerProvider() ignores the variable): `cruddur-obs init --instrument` \
                 prints the lines"
            )),
        }
    }
    let _ = workspace;
}

/// In Gitpod the browser reaches the collector only through a public port: `.gitpod.yml` gets it.
fn plan_public_port(plan: &mut Plan, workspace: &Workspace, gitpod: &std::path::Path) -> CliResult<()> {
    let port = crate::workspace::collector::OTLP_HTTP_PORT;
    let Some(text) = read_optional(gitpod)? else { return Ok(()) };
    let shown = frontend::shown(workspace, gitpod);
    let by_hand = format!("`gp ports visibility {port}:public` in the workspace, and `visibility: public` for it in {shown}");
    match gitpod_ports::port_state(&text, port) {
        Ok(PortState::Public) => plan.unchanged.push(gitpod.to_path_buf()),
        Ok(PortState::NotPublic) => {
            plan.notes.push(format!("{shown}: port {port} is listed but not public, so the browser cannot reach the collector: {by_hand}"))
        }
        Ok(PortState::Missing) => match gitpod_ports::ensure_public_port(&text, crate::workspace::collector::SERVICE, port) {
            Ok(after) => plan.record(gitpod.to_path_buf(), Some(text), after, false, format!("port {port} public, for the browser")),
            Err(err) => plan.notes.push(format!("{shown}: {err}: the browser needs port {port} public: {by_hand}")),
        },
        Err(err) => plan.notes.push(format!("{shown}: {err}: the browser needs port {port} public: {by_hand}")),
    }
    Ok(())
}

/// A file the user owns that `init` only creates: written when missing, reported when it differs.
fn new_file(plan: &mut Plan, workspace: &Workspace, path: PathBuf, text: String, summary: &str) -> CliResult<()> {
    match read_optional(&path)? {
        None => plan.record(path, None, text, false, summary.to_owned()),
        Some(existing) if existing == text => plan.unchanged.push(path),
        Some(_) => plan.notes.push(format!(
            "{}: exists and differs from what init writes; left as it is (move it away to get the new one)",
            frontend::shown(workspace, &path)
        )),
    }
    Ok(())
}

/// The browser's side: packages, the tracing module, the collector's config, and the backend's CORS.
fn plan_frontend(plan: &mut Plan, workspace: &Workspace, choices: &Choices, part: &FrontendPart) -> CliResult<()> {
    let service = &part.service;
    let path = service.package_json();
    let before = read_optional(&path)?.unwrap_or_default();
    let (after, added) = package_json::ensure_dependencies(&before, &frontend::BROWSER_PACKAGES)
        .map_err(|err| CliError::invalid_input(format!("{}: {err}", path.display())))?;
    let summary = format!("added {}", added.join(", "));
    plan.record(path, Some(before), after, false, summary);

    let module = service.tracing_module();
    new_file(plan, workspace, module.clone(), frontend::tracing_module(service.flavor, part.mode), "the browser tracing module")?;
    match service.entry() {
        Some(entry) if crate::fsio::read_workspace_file(&entry).is_ok_and(|text| frontend::imports_tracing(&text)) => {}
        Some(entry) => plan.notes.push(format!(
            "{}: add `import './tracing';` as its first line to start browser tracing (init does not edit your code)",
            frontend::shown(workspace, &entry)
        )),
        None => plan
            .notes
            .push(format!("import {} first in the app's entry file to start browser tracing", frontend::shown(workspace, &module))),
    }

    // The backend must accept `traceparent` from the browser, or the fetch fails its CORS preflight.
    for python in workspace.python_services().iter().filter(|python| python.flask && choices.services.contains(&python.name)) {
        let Some(app) = python.requirements.parent().map(|dir| dir.join("app.py")) else { continue };
        let Some(text) = read_optional(&app)? else { continue };
        let shown = frontend::shown(workspace, &app);
        match flask_cors::allow_trace_headers(&text) {
            CorsEdit::Edited { text: after, line } => {
                plan.record(app, Some(text), after, false, format!("line {line}: flask-cors allows traceparent, tracestate"))
            }
            CorsEdit::AlreadyAllowed => {}
            CorsEdit::NoCors => plan.notes.push(format!(
                "{shown}: no flask-cors CORS(...) call: the browser's requests to {} need one that allows the frontend's origin and the traceparent header",
                python.name
            )),
            CorsEdit::Unrecognized { line } => plan.notes.push(format!(
                "{shown}:{line}: allow_headers is not a plain string or list; add traceparent and tracestate to it yourself"
            )),
        }
    }
    Ok(())
}

/// Replaces the string value `old` of JSON member `member` in `text`, touching no other byte, and checks by
/// re-parsing that nothing else changed. `None` when the member is not written the plain way.
fn replace_json_string(text: &str, member: &str, old: &str, new: &str) -> Option<String> {
    let key = format!("\"{member}\"");
    let old_literal = serde_json::to_string(old).ok()?;
    let mut search = 0;
    while let Some(found) = text[search..].find(&key) {
        let after_key = search + found + key.len();
        let rest = &text[after_key..];
        let colon = rest.len() - rest.trim_start().len();
        let rest_after_colon = rest.trim_start().strip_prefix(':')?;
        let space = rest_after_colon.len() - rest_after_colon.trim_start().len();
        let value_at = after_key + colon + 1 + space;
        if text[value_at..].starts_with(&old_literal) {
            let edited = format!("{}{}{}", &text[..value_at], serde_json::to_string(new).ok()?, &text[value_at + old_literal.len()..]);
            let mut check: serde_json::Value = serde_json::from_str(&edited).ok()?;
            let original: serde_json::Value = serde_json::from_str(text).ok()?;
            *check.pointer_mut(&format!("/SamplingRule/{member}"))? = serde_json::Value::String(old.to_owned());
            return (check == original).then_some(edited);
        }
        search = after_key;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_string_is_replaced_in_place() {
        let text = "{\r\n  \"SamplingRule\": {\r\n      \"RuleName\": \"backend-flask\",\r\n      \"ServiceName\" :  \"Cruddur\",\r\n      \"Version\": 1\r\n  }\r\n}";
        let edited = replace_json_string(text, "ServiceName", "Cruddur", "backend-flask").unwrap();
        assert_eq!(edited, text.replace("\"ServiceName\" :  \"Cruddur\"", "\"ServiceName\" :  \"backend-flask\""));
        assert_eq!(replace_json_string(text, "ServiceName", "Other", "x"), None);
    }

    #[test]
    fn the_headers_reference_the_key_variable() {
        assert_eq!(HEADERS_VALUE, format!("x-honeycomb-team=${{{API_KEY_VAR}}}"));
    }

    #[test]
    fn literal_keys_are_told_from_references() {
        assert_eq!(literal_team_key("x-honeycomb-team=${HONEYCOMB_API_KEY}"), None);
        assert_eq!(literal_team_key("x-honeycomb-team=REDACTED"), Some("REDACTED".to_owned()));
        assert_eq!(literal_team_key("x-honeycomb-team=abc,x-honeycomb-dataset=d"), Some("abc".to_owned()));
        assert_eq!(literal_team_key("other=1"), None);
        let secret = |value: &str| !secrets::literal_secrets("HONEYCOMB_API_KEY", value).is_empty();
        assert!(!secret("<your key>") && !secret("${HONEYCOMB_API_KEY}") && secret("REDACTED"));
    }
}
