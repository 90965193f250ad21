//! The one service discovery `init` and `doctor` share: which compose services are Python (and Flask)
//! backends, whichever way they are run (`build:` a directory, or `image:` with the code bind-mounted and
//! `command: flask run`), which ones send traces, what their `env_file`s set, and whether a name given
//! with `--service` exists.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::interpolate::Variables;
use super::{ComposeFile, Workspace};
use crate::edit::compose::{EnvFileRef, ServiceInfo};
use crate::edit::{dotenv, requirements};
use crate::error::{CliError, CliResult};

/// The three variables that make a service send traces.
pub const OTEL_VARS: [&str; 3] = ["OTEL_SERVICE_NAME", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_HEADERS"];

/// A compose service whose code has a requirements.txt: its build directory, or, for a service run
/// from an image, the directory bind-mounted into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PythonService {
    pub name: String,
    pub requirements: PathBuf,
    /// A backend to instrument: the requirements name Flask, or its command runs `flask`.
    pub flask: bool,
    /// Found through a bind mount of a service with no `build:`.
    pub mounted: bool,
}

impl PythonService {
    /// The Flask app module, where the bootcamp keeps it.
    pub fn app(&self) -> PathBuf {
        self.requirements.with_file_name("app.py")
    }
}

/// One `env_file` of a service, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvFile {
    pub reference: EnvFileRef,
    pub path: PathBuf,
    pub state: EnvFileState,
    /// What it sets (from the file, or from its template when the file is generated and absent):
    /// name → (value, line). Values read from a template are `None` (they are made at generation).
    pub vars: BTreeMap<String, (Option<String>, usize)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnvFileState {
    /// There, and the team's to edit.
    Present,
    /// Made from a template (`erb/backend-flask.env.erb`, `backend-flask.env.template`): edits belong in
    /// the template. `present`: whether the generated file is there now.
    Generated { template: PathBuf, present: bool },
    /// Not there, and nothing makes it.
    Missing,
    /// There, but not readable as compose reads env files (the reason).
    Unreadable(String),
}

impl EnvFile {
    /// Reads the file `reference` names, relative to `dir` (the compose file's directory); a template is
    /// looked for beside it and in `root/erb/` (the bootcamp's `bin/*/generate-env` layout).
    pub fn read(root: &Path, dir: &Path, reference: &EnvFileRef) -> EnvFile {
        let path = dir.join(&reference.path);
        let template = template_of(root, &path);
        let text = crate::fsio::read_workspace_file(&path).ok();
        let (state, vars) = match (text, template) {
            (Some(text), template) => match dotenv::parse(&text) {
                Ok(entries) => {
                    let vars = entries.into_iter().map(|entry| (entry.key, (entry.value, entry.line))).collect();
                    let state = match template {
                        Some(template) => EnvFileState::Generated { template, present: true },
                        None => EnvFileState::Present,
                    };
                    (state, vars)
                }
                Err(err) => (EnvFileState::Unreadable(err.to_string()), BTreeMap::new()),
            },
            (None, Some(template)) => {
                let vars = crate::fsio::read_workspace_file(&template).map(|text| template_names(&text)).unwrap_or_default();
                (EnvFileState::Generated { template, present: false }, vars)
            }
            (None, None) => (EnvFileState::Missing, BTreeMap::new()),
        };
        EnvFile { reference: reference.clone(), path, state, vars }
    }

    /// The team edits this file by hand (it is there and nothing regenerates it).
    pub fn editable(&self) -> bool {
        self.state == EnvFileState::Present
    }
}

/// A template that generates `path`: `NAME.erb`, `NAME.template`, `NAME.tmpl` beside it, or `erb/NAME.erb`.
fn template_of(root: &Path, path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_string_lossy().into_owned();
    let dir = path.parent()?;
    let beside = ["erb", "template", "tmpl"].iter().map(|extension| dir.join(format!("{name}.{extension}")));
    beside.chain(std::iter::once(root.join("erb").join(format!("{name}.erb")))).find(|candidate| candidate.is_file())
}

/// The names a template assigns (`NAME=<%= ENV['X'] %>`): its values are only known once generated.
fn template_names(text: &str) -> BTreeMap<String, (Option<String>, usize)> {
    text.lines()
        .enumerate()
        .filter_map(|(index, line)| {
            let line = line.trim_start();
            let line = line.strip_prefix("export ").unwrap_or(line);
            let (name, _) = line.split_once('=')?;
            let name = name.trim();
            crate::edit::is_variable_name(name).then(|| (name.to_owned(), (None, index + 1)))
        })
        .collect()
}

/// A variable as a service gets it: from its `environment`, else its `env_file`s (the last one setting it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceVar {
    /// `None`: taken from the shell (`- NAME`, `NAME:`), or made when a template is generated.
    pub value: Option<String>,
    pub file: PathBuf,
    pub line: usize,
    /// Set in an env_file, not in the compose file (compose does not interpolate it the same way).
    pub from_env_file: bool,
}

/// A variable of `service` (of `file`) as compose gives it to the container: `environment` wins over
/// every `env_file`, and a later `env_file` over an earlier one.
pub fn service_var(file: &ComposeFile, service: &ServiceInfo, name: &str) -> Option<ServiceVar> {
    if let Some(var) = service.environment.as_ref().and_then(|environment| environment.vars.get(name)) {
        return Some(ServiceVar { value: var.value.clone(), file: file.path.clone(), line: var.line, from_env_file: false });
    }
    file.env_files_of(&service.name).iter().rev().find_map(|env_file| {
        let (value, line) = env_file.vars.get(name)?;
        Some(ServiceVar { value: value.clone(), file: env_file.path.clone(), line: *line, from_env_file: true })
    })
}

impl Workspace {
    /// The Python services: a build directory or a bind-mounted directory with a requirements.txt (the
    /// first compose file that says so wins). A service run from an image is Flask when its command runs
    /// `flask` or its requirements name Flask.
    pub fn python_services(&self) -> Vec<PythonService> {
        let mut found: Vec<PythonService> = Vec::new();
        for file in &self.compose_files {
            let dir = file.path.parent().unwrap_or(&self.root);
            for service in &file.services {
                if found.iter().any(|python| python.name == service.name) {
                    continue;
                }
                let built = service.build_context.iter().map(|context| (dir.join(context), false));
                let mounted = service.bind_mounts.iter().filter(|_| service.build_context.is_none()).map(|source| (dir.join(source), true));
                for (source, mounted) in built.chain(mounted) {
                    let requirements = source.join("requirements.txt");
                    let Ok(text) = crate::fsio::read_workspace_file(&requirements) else { continue };
                    let names_flask = requirements::requirement_names(&text).iter().any(|(_, name)| name == "flask");
                    let runs_flask = service.command.as_deref().is_some_and(runs_flask);
                    found.push(PythonService { name: service.name.clone(), requirements, flask: names_flask || runs_flask, mounted });
                    break;
                }
            }
        }
        found
    }

    /// The directories a service's code is in (its build context, or its bind mounts when it has none).
    fn code_dirs(dir: &Path, service: &ServiceInfo) -> Vec<PathBuf> {
        let normal = |path: PathBuf| path.components().collect::<PathBuf>();
        match &service.build_context {
            Some(context) => vec![normal(dir.join(context))],
            None => service.bind_mounts.iter().map(|source| normal(dir.join(source))).collect(),
        }
    }

    /// The name traces already give the code `service` runs, when another compose file runs the same
    /// code under another service name (`backend-flask-prod` in `docker-compose.prod.yml`, built from
    /// `./backend-flask` like `backend-flask`): that service's literal `OTEL_SERVICE_NAME`, else its own
    /// name when it is the code directory's. One backend keeps one name, whichever file runs it.
    pub fn sibling_name(&self, file: &ComposeFile, service: &ServiceInfo) -> Option<String> {
        let dir = file.path.parent().unwrap_or(&self.root);
        let ours = Self::code_dirs(dir, service);
        if ours.is_empty() {
            return None;
        }
        let mut files: Vec<(PathBuf, Vec<ServiceInfo>)> =
            self.compose_files.iter().map(|file| (file.path.clone(), file.services.clone())).collect();
        for path in &self.other_compose_files {
            if let Some(services) = crate::fsio::read_workspace_file(path).ok().and_then(|text| crate::edit::compose::services(&text).ok())
            {
                files.push((path.clone(), services));
            }
        }
        let mut by_directory = None;
        for (path, services) in &files {
            let other_dir = path.parent().unwrap_or(&self.root);
            for other in services.iter().filter(|other| other.name != service.name) {
                let theirs = Self::code_dirs(other_dir, other);
                if !theirs.iter().any(|dir| ours.contains(dir)) {
                    continue;
                }
                let named =
                    other.environment.as_ref().and_then(|environment| environment.vars.get(OTEL_VARS[0])).and_then(|var| var.value.clone());
                if let Some(name) = named.filter(|name| !name.trim().is_empty() && !name.contains('$')) {
                    return Some(name.trim().trim_matches(['"', '\'']).to_owned());
                }
                if theirs.iter().any(|dir| dir.file_name().is_some_and(|base| base.to_string_lossy() == other.name)) {
                    by_directory = by_directory.or_else(|| Some(other.name.clone()));
                }
            }
        }
        by_directory
    }

    /// The services `init` instruments by default: the Flask ones.
    pub fn flask_services(&self) -> Vec<String> {
        self.python_services().into_iter().filter(|python| python.flask).map(|python| python.name).collect()
    }

    /// The services that should send traces, in file order: those named (`--service`), else the Flask
    /// services, the other Python services with OTEL variables, and any other service configured to send
    /// traces (an `x-honeycomb-team` header, an X-Ray daemon address): every service `init` instruments
    /// is among them. A
    /// React app's OTEL variables (the browser's) are not the backend's tracing and are left out.
    pub fn traced_services(&self, named: &[String]) -> Vec<(&ComposeFile, &ServiceInfo)> {
        let python = self.python_services();
        let frontends: Vec<String> = self.frontend_services().into_iter().map(|frontend| frontend.name).collect();
        let mut found = Vec::new();
        for file in &self.compose_files {
            for service in &file.services {
                let wanted = if !named.is_empty() {
                    named.contains(&service.name)
                } else {
                    let var = |name: &str| service_var(file, service, name);
                    let has_otel = OTEL_VARS.iter().any(|name| var(name).is_some());
                    // Set up to send to Honeycomb, or to the X-Ray daemon (`init --with xray` alone).
                    let sends =
                        var(OTEL_VARS[2]).and_then(|headers| headers.value).is_some_and(|headers| headers.contains("x-honeycomb-team"))
                            || var("AWS_XRAY_DAEMON_ADDRESS").is_some();
                    match python.iter().find(|python| python.name == service.name) {
                        Some(python) => python.flask || has_otel,
                        None => sends && !frontends.contains(&service.name),
                    }
                };
                if wanted {
                    found.push((file, service));
                }
            }
        }
        found
    }

    /// Checks the names given with `flag` (`--service`): each is a service of the compose files in use.
    pub fn check_service_names(&self, named: &[String], flag: &str) -> CliResult {
        if self.compose_files.is_empty() && !named.is_empty() {
            return Err(CliError::invalid_input(format!("{flag}: {} has no docker-compose file", self.root.display()))
                .with_hint("name one with -f FILE"));
        }
        let all = self.services();
        for name in named {
            if all.contains_key(name) {
                continue;
            }
            let error = CliError::invalid_input(format!("{flag} {name}: no such service in {}", self.compose_names()));
            let in_other = self.other_compose_files.iter().find(|path| {
                crate::fsio::read_workspace_file(path)
                    .ok()
                    .and_then(|text| crate::edit::compose::services(&text).ok())
                    .is_some_and(|services| services.iter().any(|service| &service.name == name))
            });
            return Err(match (in_other, crate::suggest::suggest(name, all.keys().map(String::as_str))) {
                (Some(other), _) => error.with_hint(format!(
                    "it is in {}, which docker compose does not use here: add -f {}",
                    other.file_name().unwrap_or_default().to_string_lossy(),
                    other.file_name().unwrap_or_default().to_string_lossy()
                )),
                (None, Some(close)) => error.with_hint(format!("did you mean {close}?")),
                (None, None) => error.with_hint(format!("services: {}", all.keys().cloned().collect::<Vec<_>>().join(", "))),
            });
        }
        Ok(())
    }

    /// The compose files in use, by name, for messages.
    pub fn compose_names(&self) -> String {
        let names: Vec<String> =
            self.compose_files.iter().map(|file| file.path.file_name().unwrap_or_default().to_string_lossy().into_owned()).collect();
        if names.is_empty() { "the compose files".to_owned() } else { names.join(", ") }
    }
}

/// A name a service goes by in traces, and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceName {
    pub name: String,
    pub source: NameSource,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameSource {
    /// `xray_recorder.configure(service=...)` in app.py: what the X-Ray SDK records.
    Recorder { file: PathBuf, line: usize },
    /// `OTEL_SERVICE_NAME`, resolved as compose resolves it.
    Otel,
    /// A sampling rule's `ServiceName` in the team's rule file.
    RuleFile(PathBuf),
    /// The compose service's own name (nothing else names it).
    ComposeService,
}

/// What a service calls itself in traces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identity {
    Named(TraceName),
    /// `OTEL_SERVICE_NAME` is set through `${VAR}`s that are not set anywhere compose looks.
    Unresolved {
        raw: String,
        missing: Vec<String>,
    },
    /// Nothing names it yet.
    Unnamed,
}

impl Workspace {
    /// The service's name as its traces carry it: app.py's `xray_recorder.configure(service=...)`, else
    /// `OTEL_SERVICE_NAME` (`otel`: the value `init` is about to write, else the one set) resolved with
    /// `variables`. Never a `${VAR}` left unresolved.
    pub fn identity(&self, file: &ComposeFile, service: &ServiceInfo, otel: Option<&str>, variables: &Variables) -> Identity {
        let python = self.python_services().into_iter().find(|python| python.name == service.name);
        if let Some(app) = python.map(|python| python.app())
            && let Some((name, line)) = crate::fsio::read_workspace_file(&app).ok().as_deref().and_then(recorder_service)
        {
            return Identity::Named(TraceName { name, source: NameSource::Recorder { file: app, line } });
        }
        let raw = match otel {
            Some(name) => Some(name.to_owned()),
            None => service_var(file, service, OTEL_VARS[0]).and_then(|var| var.value),
        };
        let Some(raw) = raw.filter(|raw| !raw.trim().is_empty()) else { return Identity::Unnamed };
        let (name, missing) = variables.interpolate(&raw);
        if missing.is_empty() && !name.trim().is_empty() {
            Identity::Named(TraceName { name: name.trim().trim_matches(['"', '\'']).to_owned(), source: NameSource::Otel })
        } else {
            Identity::Unresolved { raw, missing }
        }
    }

    /// The name X-Ray should know the service by (the group's filter, a new rule's `ServiceName`): its
    /// [`identity`](Self::identity), else the name the team's own rule file gives, else (when nothing
    /// names it) the compose service's. `Err` with the unresolved `OTEL_SERVICE_NAME` and what it lacks.
    pub fn xray_name(
        &self,
        file: &ComposeFile,
        service: &ServiceInfo,
        otel: Option<&str>,
        variables: &Variables,
    ) -> Result<TraceName, (String, Vec<String>)> {
        let identity = self.identity(file, service, otel, variables);
        if let Identity::Named(name) = identity {
            return Ok(name);
        }
        if let Some((name, path)) = self.rule_service_names().into_iter().next() {
            return Ok(TraceName { name, source: NameSource::RuleFile(path) });
        }
        match identity {
            Identity::Unresolved { raw, missing } => Err((raw, missing)),
            _ => Ok(TraceName {
                name: self.sibling_name(file, service).unwrap_or_else(|| service.name.clone()),
                source: NameSource::ComposeService,
            }),
        }
    }

    /// The `ServiceName`s (other than `*`) the rule files give, with their file, in file order.
    pub fn rule_service_names(&self) -> Vec<(String, PathBuf)> {
        fn collect(value: &serde_json::Value, found: &mut Vec<String>) {
            match value {
                serde_json::Value::Object(members) => {
                    for (key, member) in members {
                        match member {
                            serde_json::Value::String(name) if key == "ServiceName" && name != "*" => found.push(name.clone()),
                            other => collect(other, found),
                        }
                    }
                }
                serde_json::Value::Array(items) => items.iter().for_each(|item| collect(item, found)),
                _ => {}
            }
        }
        let mut names = Vec::new();
        for path in &self.xray_rules {
            let Some(value) =
                crate::fsio::read_text(path, crate::fsio::Limit::Rules).ok().and_then(|text| serde_json::from_str(&text).ok())
            else {
                continue;
            };
            let mut found = Vec::new();
            collect(&value, &mut found);
            names.extend(found.into_iter().map(|name| (name, path.clone())));
        }
        names
    }
}

/// The service name given to `xray_recorder.configure(service=...)` in a Python file, and its line
/// (commented-out lines are skipped).
pub fn recorder_service(python: &str) -> Option<(String, usize)> {
    let mut offset = 0;
    for (index, line) in python.split('\n').enumerate() {
        let start = offset;
        offset += line.len() + 1;
        if line.trim_start().starts_with('#') {
            continue;
        }
        let Some(at) = line.find("xray_recorder.configure(") else { continue };
        let call = &python[start + at..];
        let call = &call[..call.find(')').unwrap_or(call.len())];
        let Some(argument) = call.find("service") else { continue };
        let rest = call[argument + "service".len()..].trim_start().strip_prefix('=')?.trim_start();
        let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
        let inner = &rest[1..];
        let name = &inner[..inner.find(quote)?];
        return Some((name.to_owned(), index + 1));
    }
    None
}

/// A command that starts Flask: `flask run`, `python -m flask run`, `gunicorn app:app` is not (it may
/// serve anything), so only `flask` itself counts.
fn runs_flask(command: &str) -> bool {
    command
        .split(|c: char| c.is_whitespace() || c == '"' || c == '\'' || c == ';' || c == '&')
        .any(|word| word == "flask" || word.ends_with("/flask"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flask_is_recognised_in_commands() {
        assert!(runs_flask("flask run --host=0.0.0.0 --port=4567"));
        assert!(runs_flask("sh -c \"pip install -r requirements.txt && python3 -m flask run\""));
        assert!(runs_flask("/usr/local/bin/flask run"));
        assert!(!runs_flask("npm start") && !runs_flask("python app.py") && !runs_flask("flask-migrate"));
    }

    #[test]
    fn templates_name_their_variables() {
        let names =
            template_names("# generated\nOTEL_SERVICE_NAME=backend-flask\nexport AWS_REGION=<%= ENV['AWS_REGION'] %>\nnot a line\n");
        assert_eq!(names.keys().collect::<Vec<_>>(), ["AWS_REGION", "OTEL_SERVICE_NAME"]);
        assert_eq!(names["OTEL_SERVICE_NAME"], (None, 2));
    }
}
