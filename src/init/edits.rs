//! The file edits `init` plans for every part it sets up (Honeycomb's OpenTelemetry variables and
//! packages, and the parts of [`super::parts`]): which bytes each file gets. It only reads: the workspace
//! was read by [`Workspace::detect`], and the files an edit starts from are read here; nothing is
//! written, so `--dry-run` shows exactly what applying writes.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::parts::Parts;
use crate::edit::flask_cors::{self, CorsEdit};
use crate::edit::gitpod_ports::{self, PortState};
use crate::edit::{compose, dotenv, package_json, requirements};
use crate::error::{CliError, CliResult};
use crate::honeycomb::API_KEY_VAR;
use crate::workspace::Workspace;
use crate::workspace::frontend::{self, FrontendPart, Mode};

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
    /// `OTEL_EXPORTER_OTLP_ENDPOINT`.
    pub endpoint: String,
    /// The ingest header value for `.env` (`None`: `.env` gets no key).
    pub api_key: Option<String>,
    pub targets: Targets,
    /// Consent to fix literal keys in committed files.
    pub fix: bool,
    /// `.env` is already ignored by git (or this is not a git repository).
    pub dotenv_ignored: bool,
    /// What to set up (`--with`); Honeycomb's variables and key only when `parts.honeycomb`.
    pub parts: Parts,
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
    /// Things the user should know (rotate a leaked key, names that disagree).
    pub notes: Vec<String>,
    /// Fixes found but not made without consent (`--fix`).
    pub fixes_declined: Vec<String>,
    /// Literal keys found in committed files (to offer as the key when none was given).
    pub literal_keys: Vec<String>,
}

/// A literal value after `x-honeycomb-team=` (a leaked key), or `None` for a `${VAR}` reference.
pub fn literal_team_key(headers: &str) -> Option<String> {
    let (_, rest) = headers.split_once("x-honeycomb-team=")?;
    let value = rest.split(',').next().unwrap_or_default().trim().trim_matches('"');
    (!value.is_empty() && !value.contains("${")).then(|| value.to_owned())
}

fn is_placeholder(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    value.is_empty()
        || value.starts_with("${")
        || value.starts_with('<')
        || lower.contains("your")
        || lower.contains("xxxx")
        || lower == "changeme"
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

fn read_optional(path: &PathBuf) -> CliResult<Option<String>> {
    match crate::fsio::read_workspace_file(path) {
        Ok(text) => Ok(Some(text)),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(CliError::invalid_input(format!("{}: cannot read: {err}", path.display()))),
    }
}

pub fn plan(workspace: &Workspace, choices: &Choices) -> CliResult<Plan> {
    let mut plan = Plan::default();
    let mut otel_names: BTreeMap<String, String> = BTreeMap::new();
    let mut first_compose = true;

    for file in &workspace.compose_files {
        let mut edits: Vec<(String, Vec<(String, String)>)> = Vec::new();
        for service in file.services.iter().filter(|service| choices.services.contains(&service.name)) {
            let existing = service.environment.as_ref().map(|environment| &environment.vars);
            let current = |key: &str| existing.and_then(|vars| vars.get(key)).and_then(|var| var.value.clone());
            let mut vars = Vec::new();
            let name = match (&choices.service_name, current("OTEL_SERVICE_NAME")) {
                (Some(name), _) => name.clone(),
                // A name the team chose (even `${HONEYCOMB_SERVICE_NAME}`) is theirs to keep.
                (None, Some(existing)) if !existing.trim().is_empty() => existing,
                (None, _) => service.name.clone(),
            };
            otel_names.insert(service.name.clone(), name.clone());
            // Other parts' variables are added when missing; a value the team set is theirs.
            for (key, value) in choices.parts.service_vars(workspace) {
                if current(&key).is_none_or(|existing| existing.trim().is_empty()) {
                    vars.push((key, value));
                }
            }
            if !choices.parts.honeycomb {
                if !vars.is_empty() {
                    edits.push((service.name.clone(), vars));
                }
                continue;
            }
            vars.push(("OTEL_SERVICE_NAME".to_owned(), name));
            vars.push(("OTEL_EXPORTER_OTLP_ENDPOINT".to_owned(), choices.endpoint.clone()));
            match current("OTEL_EXPORTER_OTLP_HEADERS").as_deref().and_then(literal_team_key) {
                Some(literal) if !choices.fix => {
                    plan.literal_keys.push(literal);
                    plan.fixes_declined.push(format!(
                        "{}: services.{}.environment.OTEL_EXPORTER_OTLP_HEADERS holds a literal Honeycomb key (--fix replaces it with ${{{API_KEY_VAR}}})",
                        file.path.display(),
                        service.name
                    ));
                }
                Some(literal) => {
                    plan.literal_keys.push(literal);
                    plan.notes.push(format!(
                        "{}: replaced the literal Honeycomb key of {} with ${{{API_KEY_VAR}}}; it is in your git history, so rotate it (cruddur-obs honeycomb keys create, then keys delete the old one)",
                        file.path.display(),
                        service.name
                    ));
                    vars.push(("OTEL_EXPORTER_OTLP_HEADERS".to_owned(), HEADERS_VALUE.to_owned()));
                }
                None => vars.push(("OTEL_EXPORTER_OTLP_HEADERS".to_owned(), HEADERS_VALUE.to_owned())),
            }
            edits.push((service.name.clone(), vars));
        }
        let frontend_port = choices.parts.frontend.as_ref().map_or(frontend::FRONTEND_PORT, |part| part.service.port);
        let origin = workspace.frontend_origin(file, frontend_port);
        if let Some(part) = &choices.parts.frontend
            && let Some(service) = file.services.iter().find(|service| service.name == part.service.name)
        {
            let existing = service.environment.as_ref().map(|environment| &environment.vars);
            let current = |key: &str| existing.and_then(|vars| vars.get(key)).and_then(|var| var.value.clone());
            let mut vars = Vec::new();
            for (key, value) in frontend::build_vars(&part.service, part.mode, &choices.endpoint, &origin) {
                match current(&key) {
                    Some(set) if !set.trim().is_empty() => {
                        // A value the team set is theirs; say so when it points elsewhere (a mode switched).
                        if set != value && key.ends_with("OTEL_EXPORTER_OTLP_ENDPOINT") {
                            plan.notes.push(format!(
                                "{}: services.{}.environment.{key} is {set:?} (kept); this mode would send to {value:?}",
                                file.path.display(),
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
        // New services (the X-Ray daemon, the collector) go into the first compose file that has an instrumented service.
        let mut missing_services = Vec::new();
        if first_compose && file.services.iter().any(|service| choices.services.contains(&service.name)) {
            missing_services = choices
                .parts
                .compose_services(&origin)
                .into_iter()
                .filter(|(name, _)| !file.services.iter().any(|service| service.name == *name))
                .collect();
            first_compose = false;
        }
        if (edits.is_empty() && missing_services.is_empty()) || !choices.targets.compose {
            continue;
        }
        let mut text = file.text.clone();
        let mut added_services = Vec::new();
        for (name, settings) in missing_services {
            text = compose::add_service(&text, name, &settings)
                .map_err(|err| CliError::invalid_input(format!("{}: {err}", file.path.display())))?;
            added_services.push(name);
        }
        let borrowed: Vec<(&str, Vec<(&str, &str)>)> =
            edits.iter().map(|(service, vars)| (service.as_str(), vars.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect())).collect();
        let slices: Vec<(&str, &[(&str, &str)])> = borrowed.iter().map(|(service, vars)| (*service, vars.as_slice())).collect();
        let after = if slices.is_empty() {
            text
        } else {
            compose::set_services_env(&text, &slices).map_err(|err| CliError::invalid_input(format!("{}: {err}", file.path.display())))?
        };
        let names: Vec<&str> = edits.iter().map(|(service, _)| service.as_str()).collect();
        let mut parts = Vec::new();
        if !names.is_empty() {
            parts.push(format!("variables for {}", names.join(", ")));
        }
        if !added_services.is_empty() {
            parts.push(format!("added service {}", added_services.join(", ")));
        }
        let summary = parts.join("; ");
        plan.record(file.path.clone(), Some(file.text.clone()), after, false, summary);
    }

    if choices.targets.dotenv {
        let path = workspace.dotenv_path();
        let before = read_optional(&path)?;
        let mut entries: Vec<(&str, String)> = Vec::new();
        if (choices.parts.honeycomb || choices.parts.frontend.is_some())
            && let Some(key) = &choices.api_key
        {
            entries.push((API_KEY_VAR, key.clone()));
        }
        if choices.parts.honeycomb {
            entries.push(("OTEL_EXPORTER_OTLP_ENDPOINT", choices.endpoint.clone()));
            entries.push(("OTEL_EXPORTER_OTLP_HEADERS", HEADERS_VALUE.to_owned()));
            if let [only] = choices.services.as_slice() {
                entries.push(("OTEL_SERVICE_NAME", otel_names.get(only).cloned().unwrap_or_else(|| only.clone())));
            }
        }
        entries.extend(choices.parts.secrets());
        let pairs: Vec<(&str, &str)> = entries.iter().map(|(key, value)| (*key, value.as_str())).collect();
        let after = dotenv::upsert(before.as_deref().unwrap_or(""), &pairs)
            .map_err(|err| CliError::invalid_input(format!("{}: {err}", path.display())))?;
        let summary = entries.iter().map(|(key, _)| *key).collect::<Vec<_>>().join(", ");
        plan.record(path.clone(), before, after, true, summary);
        if !choices.dotenv_ignored {
            let gitignore = workspace.root.join(".gitignore");
            let before = read_optional(&gitignore)?;
            let text = before.clone().unwrap_or_default();
            let eol = crate::edit::line_ending(&text);
            let after = crate::edit::append_line(&text, ".env", eol);
            plan.record(gitignore, before, after, false, ".env ignored by git".to_owned());
        }
    }

    if choices.targets.requirements {
        for python in workspace.python_services().iter().filter(|python| choices.services.contains(&python.name)) {
            let before = read_optional(&python.requirements)?.unwrap_or_default();
            let mut packages: Vec<&str> = if choices.parts.honeycomb { OTEL_PACKAGES.to_vec() } else { Vec::new() };
            packages.extend(choices.parts.packages());
            let (after, added) = requirements::ensure_packages(&before, &packages);
            let summary = format!("added {}", added.join(", "));
            plan.record(python.requirements.clone(), Some(before), after, false, summary);
        }
    }

    if let Some(part) = choices.parts.frontend.as_ref().filter(|_| choices.targets.frontend) {
        plan_frontend(&mut plan, workspace, choices, part)?;
    }

    for (path, text) in choices.parts.new_files(
        workspace,
        &choices.services.iter().map(|service| otel_names.get(service).cloned().unwrap_or_else(|| service.clone())).collect::<Vec<_>>(),
    ) {
        plan.record(path, None, text, false, "the sampling rule for `xray rules apply`".to_owned());
    }

    for example in &workspace.env_examples {
        let Some(text) = read_optional(example)? else { continue };
        let Ok(entries) = dotenv::parse(&text) else { continue };
        let leaked: Vec<&dotenv::Entry> = entries
            .iter()
            .filter(|entry| {
                entry.key.contains("HONEYCOMB")
                    && entry.key.ends_with("KEY")
                    && entry.value.as_deref().is_some_and(|value| !is_placeholder(value))
            })
            .collect();
        if leaked.is_empty() {
            continue;
        }
        for entry in &leaked {
            plan.literal_keys.extend(entry.value.clone());
        }
        if choices.fix {
            let pairs: Vec<(&str, &str)> = leaked.iter().map(|entry| (entry.key.as_str(), "")).collect();
            let after = dotenv::upsert(&text, &pairs).map_err(|err| CliError::invalid_input(format!("{}: {err}", example.display())))?;
            let names: Vec<&str> = leaked.iter().map(|entry| entry.key.as_str()).collect();
            plan.record(example.clone(), Some(text), after, false, format!("emptied the committed {}", names.join(", ")));
            plan.notes
                .push(format!("{}: the committed Honeycomb key was removed; rotate it, it is in your git history", example.display()));
        } else {
            for entry in leaked {
                plan.fixes_declined.push(format!(
                    "{}:{}: {} holds a literal key (--fix empties it)",
                    example.display(),
                    entry.line,
                    entry.key
                ));
            }
        }
    }

    for rules in &workspace.xray_rules {
        let Some(text) = read_optional(rules)? else { continue };
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else { continue };
        let service_name = value.pointer("/SamplingRule/ServiceName").and_then(serde_json::Value::as_str).unwrap_or("*");
        // A `${VAR}` name is only known at run time: nothing to compare.
        let names: Vec<&str> = otel_names.values().map(String::as_str).filter(|name| !name.contains("${")).collect();
        if service_name == "*" || names.is_empty() || names.contains(&service_name) {
            continue;
        }
        // With consent and one service, the rule is made to match what X-Ray records: the name given to
        // `xray_recorder.configure(service=...)` in the service's app.py, else its OTEL service name.
        let recorder = choices.services.first().and_then(|service| {
            let python = workspace.python_services().into_iter().find(|python| &python.name == service)?;
            let app = crate::fsio::read_workspace_file(&python.requirements.parent()?.join("app.py")).ok()?;
            crate::doctor::names::recorder_service(&app).map(|(name, _)| name)
        });
        let wanted = recorder.as_deref().unwrap_or(names[0]);
        match (choices.fix && names.len() == 1, replace_json_string(&text, "ServiceName", service_name, wanted)) {
            (true, Some(after)) if wanted != service_name => {
                plan.notes.push(format!("{}: the sampling rule's ServiceName {service_name:?} is now {wanted:?}", rules.display()));
                plan.record(rules.clone(), Some(text), after, false, format!("ServiceName {service_name:?} → {wanted:?}"));
            }
            _ => plan.fixes_declined.push(format!(
                "{}: the sampling rule's ServiceName {service_name:?} matches no instrumented service ({}): X-Ray will not sample them by this rule (--fix makes it {wanted:?})",
                rules.display(),
                names.join(", ")
            )),
        }
    }
    Ok(plan)
}

/// In Gitpod the browser reaches the collector only through a public port: `.gitpod.yml` gets it.
fn plan_public_port(plan: &mut Plan, workspace: &Workspace, gitpod: &std::path::Path) -> CliResult<()> {
    let port = frontend::COLLECTOR_PORT;
    let Some(text) = read_optional(&gitpod.to_path_buf())? else { return Ok(()) };
    let shown = frontend::shown(workspace, gitpod);
    let by_hand = format!("`gp ports visibility {port}:public` in the workspace, and `visibility: public` for it in {shown}");
    match gitpod_ports::port_state(&text, port) {
        Ok(PortState::Public) => plan.unchanged.push(gitpod.to_path_buf()),
        Ok(PortState::NotPublic) => {
            plan.notes.push(format!("{shown}: port {port} is listed but not public, so the browser cannot reach the collector: {by_hand}"))
        }
        Ok(PortState::Missing) => match gitpod_ports::ensure_public_port(&text, frontend::COLLECTOR_SERVICE, port) {
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

    if part.mode == Mode::Collector {
        let dir = workspace.compose_files.first().and_then(|file| file.path.parent()).unwrap_or(&workspace.root);
        let config = dir.join(frontend::COLLECTOR_CONFIG);
        let ours = frontend::collector_config(&choices.endpoint);
        let existing = workspace.services().contains_key(frontend::COLLECTOR_SERVICE);
        if existing && read_optional(&config)?.as_deref() == Some(ours.as_str()) {
            // The service and its configuration as an earlier run wrote them.
            plan.unchanged.push(config);
        } else if existing {
            plan.notes.push(format!(
                "the compose service {} exists and is left as it is: its receiver must allow CORS from the frontend's origin and export to Honeycomb",
                frontend::COLLECTOR_SERVICE
            ));
        } else if choices.targets.compose {
            new_file(plan, workspace, config, ours, "the collector's pipeline: OTLP/HTTP from the browser to Honeycomb")?;
            if let Some(gitpod) = &workspace.gitpod {
                plan_public_port(plan, workspace, gitpod)?;
            }
        }
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
        assert!(is_placeholder("<your key>") && is_placeholder("${HONEYCOMB_API_KEY}") && !is_placeholder("REDACTED"));
    }
}
