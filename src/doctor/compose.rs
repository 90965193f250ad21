//! The compose checks, pure: which services should send traces, whether their OTEL variables are there
//! and right (`otel.variables`, `otel.endpoint`, `otel.headers`), whether the `${VAR}`s they use resolve
//! where compose reads them (`env.resolves`), and the list-style mistakes compose accepts silently
//! (`compose.env_syntax`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::interpolate::{Modifier, Origin, Resolved, Variables, references};
use super::{Check, ids, relative};
use crate::edit::compose::{EnvStyle, EnvVar, ServiceInfo};
use crate::honeycomb::client::{EU_API, US_API, endpoint_for};
use crate::honeycomb::{API_KEY_VAR, mask};
use crate::workspace::{ComposeFile, Workspace};

pub const SERVICE_NAME: &str = "OTEL_SERVICE_NAME";
pub const ENDPOINT: &str = "OTEL_EXPORTER_OTLP_ENDPOINT";
pub const HEADERS: &str = "OTEL_EXPORTER_OTLP_HEADERS";
const OTEL_VARS: [&str; 3] = [SERVICE_NAME, ENDPOINT, HEADERS];

/// A service of a compose file that should send traces: a Flask service, or one that has OTEL variables.
#[derive(Debug, Clone, Copy)]
pub struct Target<'a> {
    pub file: &'a ComposeFile,
    pub service: &'a ServiceInfo,
}

impl<'a> Target<'a> {
    pub fn var(&self, name: &str) -> Option<&'a EnvVar> {
        self.service.environment.as_ref().and_then(|environment| environment.vars.get(name))
    }

    fn line(&self) -> Option<usize> {
        self.service.environment.as_ref().map(|environment| environment.line).or(Some(self.service.line))
    }

    fn list_style(&self) -> bool {
        self.service.environment.as_ref().is_some_and(|environment| environment.style == EnvStyle::List)
    }
}

/// The services to check, in file order: the Flask services and the other Python services that have
/// OTEL variables (names from the workspace's requirements). OTEL variables on other services (the React
/// frontend) are not the backend's tracing and are left alone.
pub fn targets<'a>(workspace: &'a Workspace, flask: &[String], python: &[String]) -> Vec<Target<'a>> {
    let mut found = Vec::new();
    for file in &workspace.compose_files {
        for service in &file.services {
            let has_otel = service
                .environment
                .as_ref()
                .is_some_and(|environment| environment.vars.keys().any(|key| OTEL_VARS.contains(&key.as_str())));
            if flask.contains(&service.name) || (has_otel && python.contains(&service.name)) {
                found.push(Target { file, service });
            }
        }
    }
    found
}

/// What the OTLP endpoint should be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// Honeycomb accepted the key at this API: the endpoint must be its region's (or, for a local or
    /// custom API, the API itself).
    Confirmed { api_url: String },
    /// The key could not be checked: either Honeycomb region passes; another host must be this API.
    Unconfirmed { api_url: String },
}

/// A URL without a trailing slash or an explicit default port.
fn normalize(url: &str) -> String {
    let url = url.trim().trim_end_matches('/');
    match url.strip_prefix("https://") {
        Some(rest) => {
            let (host, path) = rest.split_once('/').map_or((rest, ""), |(host, path)| (host, path));
            let host = host.strip_suffix(":443").unwrap_or(host);
            if path.is_empty() { format!("https://{host}") } else { format!("https://{host}/{path}") }
        }
        None => url.to_owned(),
    }
}

fn host_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?']).next().unwrap_or(rest);
    host.rsplit_once(':').filter(|(_, port)| port.chars().all(|c| c.is_ascii_digit())).map_or(host, |(host, _)| host)
}

fn region_name(url: &str) -> Option<&'static str> {
    match normalize(url).as_str() {
        US_API => Some("Honeycomb US (api.honeycomb.io)"),
        EU_API => Some("Honeycomb EU (api.eu1.honeycomb.io)"),
        _ => None,
    }
}

fn quoted(value: &str) -> bool {
    let value = value.trim_start();
    value.starts_with('"') || value.starts_with('\'')
}

fn init_fix(target: &Target) -> String {
    format!("cruddur-obs init --service {} (writes the three OTEL variables)", target.service.name)
}

fn quotes_fix(name: &str) -> String {
    format!("in a list, write `- {name}=value` without quotes (or switch to `{name}: \"value\"`)")
}

/// `otel.variables`, `otel.endpoint` and `otel.headers` for each target.
pub fn otel_checks(root: &Path, targets: &[Target], variables: &Variables, expected: &Expected) -> Vec<Check> {
    if targets.is_empty() {
        return vec![
            Check::fail(ids::OTEL_VARIABLES, "no service sends traces: no Flask service was found and none has OTEL variables")
                .with_fix("cruddur-obs init --service NAME"),
        ];
    }
    let service_names: BTreeSet<&str> = targets.iter().flat_map(|target| target.file.services.iter().map(|s| s.name.as_str())).collect();
    let mut checks = Vec::new();
    for target in targets {
        let file = relative(root, &target.file.path);
        let name = &target.service.name;
        let missing: Vec<&str> = OTEL_VARS
            .iter()
            .copied()
            .filter(|var| match target.var(var) {
                None => true,
                Some(EnvVar { value: Some(value), .. }) => value.trim().is_empty(),
                // `- NAME` / `NAME:` takes the value from the shell or .env.
                Some(EnvVar { value: None, .. }) => !matches!(variables.lookup(var), Resolved::Set { .. }),
            })
            .collect();
        checks.push(if missing.is_empty() {
            Check::pass(ids::OTEL_VARIABLES, format!("{name}: {SERVICE_NAME}, {ENDPOINT} and {HEADERS} are set")).at(&file, target.line())
        } else {
            Check::fail(ids::OTEL_VARIABLES, format!("{name}: no {} (traces are not sent as configured)", missing.join(", no ")))
                .with_fix(init_fix(target))
                .at(&file, target.line())
        });
        if let Some(var) = target.var(ENDPOINT) {
            let raw = var.value.clone().unwrap_or_else(|| format!("${{{ENDPOINT}}}"));
            checks.push(endpoint_check(name, &raw, target.list_style(), variables, expected, &service_names).at(&file, Some(var.line)));
        }
        if let Some(EnvVar { value: Some(raw), line }) = target.var(HEADERS) {
            checks.push(headers_check(name, raw, target.list_style()).at(&file, Some(*line)));
        }
    }
    checks
}

fn endpoint_check(
    service: &str,
    raw: &str,
    list_style: bool,
    variables: &Variables,
    expected: &Expected,
    compose_services: &BTreeSet<&str>,
) -> Check {
    let id = ids::OTEL_ENDPOINT;
    if list_style && quoted(raw) {
        return Check::fail(id, format!("{service}: {ENDPOINT} is {raw}, quotes included (a list item keeps them), which is not a URL"))
            .with_fix(quotes_fix(ENDPOINT));
    }
    let (value, missing) = variables.interpolate(raw);
    if !missing.is_empty() {
        return Check::warn(
            id,
            format!("{service}: {ENDPOINT} is {raw}, and {} is not set here, so it cannot be checked", missing.join(", ")),
        )
        .with_fix(format!("see {} below", ids::ENV_RESOLVES));
    }
    let value = value.trim();
    let shown = if value == raw { value.to_owned() } else { format!("{raw} (= {value})") };
    if !(value.starts_with("https://") || value.starts_with("http://")) {
        return Check::fail(id, format!("{service}: {ENDPOINT} is {shown}, not an http(s) URL"))
            .with_fix(format!("{ENDPOINT}: \"{}\"", endpoint_for(expected_api(expected))));
    }
    let trimmed = value.trim_end_matches('/');
    if trimmed.ends_with("/v1/traces") {
        return Check::fail(
            id,
            format!(
                "{service}: {ENDPOINT} is {shown}: the SDK appends /v1/traces to it, so spans go to …/v1/traces/v1/traces and are lost"
            ),
        )
        .with_fix(format!(
            "{ENDPOINT}: \"{}\" (or name the full URL OTEL_EXPORTER_OTLP_TRACES_ENDPOINT)",
            trimmed.trim_end_matches("/v1/traces")
        ));
    }
    let host = host_of(value);
    if value.starts_with("http://") && host.ends_with("honeycomb.io") {
        return Check::fail(id, format!("{service}: {ENDPOINT} is {shown}: Honeycomb takes OTLP over https only"))
            .with_fix(format!("{ENDPOINT}: \"{}\"", value.replacen("http://", "https://", 1).trim_end_matches('/')));
    }
    let actual = normalize(value);
    let trailing = value.ends_with('/');
    let fine = |message: String| {
        if trailing {
            Check::warn(id, format!("{message}; the trailing slash is harmless for Python's exporter, but other SDKs send to //v1/traces"))
                .with_fix(format!("{ENDPOINT}: \"{actual}\""))
        } else {
            Check::pass(id, message)
        }
    };
    if compose_services.contains(host) {
        return fine(format!("{service} sends to the compose service {host} (a collector, which carries the key itself)"));
    }
    match expected {
        Expected::Confirmed { api_url } => {
            let wanted = normalize(&endpoint_for(api_url));
            if actual == wanted {
                return fine(format!("{service} sends to {actual}, where the key belongs"));
            }
            let message = match (region_name(&actual), region_name(&wanted)) {
                (Some(actual_region), Some(key_region)) => {
                    format!("{service} sends to {actual_region}, but the key belongs to {key_region}: Honeycomb refuses it there (401)")
                }
                _ => format!("{service} sends to {actual}, but the key was accepted by {wanted}: spans will not arrive where you look"),
            };
            Check::fail(id, message).with_fix(format!("{ENDPOINT}: \"{wanted}\" (cruddur-obs init writes it)"))
        }
        Expected::Unconfirmed { api_url } => {
            let configured = normalize(&endpoint_for(api_url));
            if actual == configured || (region_name(&actual).is_some() && region_name(&configured).is_some()) {
                fine(format!("{service} sends to {actual} (the key's region is not confirmed: the key could not be checked)"))
            } else {
                Check::fail(id, format!("{service} sends to {actual}, but the Honeycomb API in use is {configured}"))
                    .with_fix(format!("{ENDPOINT}: \"{configured}\", or set HONEYCOMB_API_ENDPOINT to match"))
            }
        }
    }
}

fn expected_api(expected: &Expected) -> &str {
    match expected {
        Expected::Confirmed { api_url } | Expected::Unconfirmed { api_url } => api_url,
    }
}

fn headers_check(service: &str, raw: &str, list_style: bool) -> Check {
    let id = ids::OTEL_HEADERS;
    let wanted = format!("{HEADERS}: \"x-honeycomb-team=${{{API_KEY_VAR}}}\"");
    if list_style && quoted(raw) {
        return Check::fail(
            id,
            format!("{service}: {HEADERS} starts with a quote that compose keeps (list item), so the header name is wrong and Honeycomb sees no key"),
        )
        .with_fix(quotes_fix(HEADERS));
    }
    let team = raw.split(',').find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        name.trim().eq_ignore_ascii_case("x-honeycomb-team").then(|| value.trim())
    });
    let Some(value) = team else {
        return Check::fail(id, format!("{service}: {HEADERS} has no x-honeycomb-team header: Honeycomb refuses spans without a key"))
            .with_fix(wanted);
    };
    if value.is_empty() {
        return Check::fail(id, format!("{service}: x-honeycomb-team is empty")).with_fix(wanted);
    }
    let referenced: Vec<String> = references(value).into_iter().map(|reference| reference.name).collect();
    if value.starts_with('$') && !referenced.is_empty() {
        let note = if referenced.iter().any(|name| name == API_KEY_VAR) {
            String::new()
        } else {
            format!(" (the bootcamp names it {API_KEY_VAR})")
        };
        return Check::pass(id, format!("{service}: x-honeycomb-team={value}, a reference: the key stays out of the file{note}"));
    }
    Check::fail(id, format!("{service}: x-honeycomb-team holds a literal value ({}) instead of ${{{API_KEY_VAR}}}", mask(value)))
        .with_fix(format!("{wanted} (cruddur-obs init --fix), then rotate the key: it is in git history"))
}

/// A list item that swallowed the next line: YAML folds ` NAME=value` (which lost its `- `) into the
/// previous item's plain value.
fn folded_item(value: &str) -> Option<&str> {
    value.split(char::is_whitespace).skip(1).find(|word| {
        word.split_once('=').is_some_and(|(name, _)| crate::edit::is_variable_name(name))
            && word.starts_with(|c: char| c.is_ascii_uppercase() || c == '_')
    })
}

/// `compose.env_syntax`: what compose accepts in `environment` lists without a word, but does not mean
/// what it says. Warnings, except in the three OTEL variables (checked, as failures, by `otel.*`).
pub fn env_syntax(root: &Path, workspace: &Workspace) -> Vec<Check> {
    let id = ids::COMPOSE_ENV_SYNTAX;
    let mut checks = Vec::new();
    for file in &workspace.compose_files {
        let path = relative(root, &file.path);
        for service in &file.services {
            let Some(environment) = &service.environment else { continue };
            let mut vars: Vec<(&String, &EnvVar)> = environment.vars.iter().collect();
            vars.sort_by_key(|(_, var)| var.line);
            for (key, var) in vars {
                let at = |check: Check| check.at(&path, Some(var.line));
                let value = var.value.as_deref().unwrap_or_default();
                if value.contains("&{") {
                    checks.push(at(Check::warn(
                        id,
                        format!("{}: {} has `&{{` where `${{` was meant, so compose does not substitute it", service.name, key.trim()),
                    )
                    .with_fix("write ${VAR}")));
                }
                if environment.style != EnvStyle::List {
                    continue;
                }
                if key != key.trim() {
                    checks.push(at(Check::warn(
                        id,
                        format!(
                            "{}: `- {key}=...` has a space before `=`, so compose sets a variable named {key:?}, not {}",
                            service.name,
                            key.trim()
                        ),
                    )
                    .with_fix(format!("- {}=value", key.trim()))));
                    continue;
                }
                if let Some(swallowed) = folded_item(value) {
                    let name = swallowed.split('=').next().unwrap_or(swallowed);
                    checks.push(at(Check::warn(
                        id,
                        format!(
                            "{}: the line after `- {key}=...` lost its `- `, so YAML folded `{swallowed}` into {key}'s value: {name} is never set",
                            service.name
                        ),
                    )
                    .with_fix(format!("start that line with `- ` like the others: - {swallowed}"))));
                    continue;
                }
                if OTEL_VARS.contains(&key.as_str()) {
                    continue;
                }
                if value.starts_with(' ') {
                    checks.push(at(Check::warn(
                        id,
                        format!("{}: `- {key}= ...` has a space after `=`, which becomes part of the value", service.name),
                    )
                    .with_fix(format!("- {key}={}", value.trim().trim_matches('"')))));
                } else if quoted(value) {
                    checks.push(at(Check::warn(
                        id,
                        format!("{}: `- {key}={value}` keeps the quotes: {key} is {value}, quotes included", service.name),
                    )
                    .with_fix(quotes_fix(key))));
                }
            }
        }
    }
    if checks.is_empty() {
        checks.push(Check::pass(id, "the services' environment entries mean what they say (no quoted list items, no lost `- `)"));
    }
    checks
}

/// What `gp` says, for the `env.resolves` fix.
#[derive(Debug, Clone, Default)]
pub struct Gitpod {
    /// The workspace has a .gitpod.yml.
    pub configured: bool,
    /// `gp` is on PATH.
    pub gp: bool,
    /// The names `gp env` lists.
    pub persisted: BTreeSet<String>,
}

/// Every variable the targets' OTEL variables reference (a bare `- NAME` references itself), with the
/// first place it is used.
pub fn referenced_variables<'a>(root: &Path, targets: &[Target<'a>]) -> BTreeMap<String, (Modifier, String, usize, Vec<String>)> {
    let mut found: BTreeMap<String, (Modifier, String, usize, Vec<String>)> = BTreeMap::new();
    for target in targets {
        for var_name in OTEL_VARS {
            let Some(var) = target.var(var_name) else { continue };
            let refs = match &var.value {
                Some(value) => references(value),
                None => vec![super::interpolate::Reference { name: var_name.to_owned(), modifier: Modifier::Plain }],
            };
            for reference in refs {
                let entry = found
                    .entry(reference.name.clone())
                    .or_insert_with(|| (reference.modifier.clone(), relative(root, &target.file.path), var.line, Vec::new()));
                if !entry.3.contains(&target.service.name) {
                    entry.3.push(target.service.name.clone());
                }
            }
        }
    }
    found
}

/// `env.resolves`: each `${VAR}` in the OTEL variables resolves where compose reads it, the shell or the
/// `.env` beside the compose file.
pub fn env_resolves(root: &Path, targets: &[Target], variables: &Variables, dotenv: &Path, gitpod: &Gitpod) -> Vec<Check> {
    let id = ids::ENV_RESOLVES;
    let dotenv_shown = relative(root, dotenv);
    let mut checks = Vec::new();
    for (name, (modifier, file, line, services)) in referenced_variables(root, targets) {
        let users = services.join(", ");
        let resolved = variables.lookup(&name);
        let where_ = |origin: Origin| match origin {
            Origin::Shell => "in the shell".to_owned(),
            Origin::Dotenv => format!("in {dotenv_shown}"),
        };
        let row = match (&modifier, &resolved) {
            (Modifier::Alternate { .. }, _) => continue,
            (Modifier::Default { value, .. }, Resolved::Unset | Resolved::Empty { .. }) => {
                Check::pass(id, format!("${{{name}}} is not set, so compose uses its default {value:?} ({users})"))
            }
            (_, Resolved::Set { value, origin }) => {
                let shown =
                    if name == API_KEY_VAR || super::secrets::is_literal_secret(&name, value) { mask(value) } else { value.clone() };
                Check::pass(id, format!("${{{name}}} is set {} ({shown}) for {users}", where_(*origin)))
            }
            (_, unresolved) => {
                let state = match unresolved {
                    Resolved::Empty { origin } => format!("is empty {}", where_(*origin)),
                    _ => format!("is not set in the shell or in {dotenv_shown}"),
                };
                let consequence = if name == API_KEY_VAR {
                    "compose sends spans with no key and Honeycomb refuses them"
                } else {
                    "compose substitutes an empty string"
                };
                Check::fail(id, format!("${{{name}}} {state}, where docker compose reads it: {consequence} ({users})"))
                    .with_fix(resolve_fix(&name, gitpod, &dotenv_shown))
            }
        };
        checks.push(row.at(file, Some(line)));
    }
    if checks.is_empty() {
        checks.push(Check::skip(id, "the OTEL variables reference no ${VAR}"));
    }
    checks
}

fn resolve_fix(name: &str, gitpod: &Gitpod, dotenv: &str) -> String {
    let init = if name == API_KEY_VAR { format!("; or run `cruddur-obs init`, which writes it to {dotenv} (0600)") } else { String::new() };
    if gitpod.persisted.contains(name) {
        format!(
            "`gp env` has {name}, but this workspace started before it was set: run eval \"$(gp env -e)\", then restart compose (docker compose up -d){init}"
        )
    } else if gitpod.gp || gitpod.configured {
        format!("gp env {name}=... (for new workspaces), then eval \"$(gp env -e)\" to load it in this one{init}")
    } else {
        format!("export {name}=..., or add {name}=... to {dotenv}{init}")
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::doctor::Status;

    fn workspace(compose: &str) -> Workspace {
        let path = PathBuf::from("/w/docker-compose.yml");
        let services = crate::edit::compose::services(compose).unwrap();
        Workspace {
            root: PathBuf::from("/w"),
            compose_files: vec![ComposeFile { path, text: compose.to_owned(), services }],
            gitpod: None,
            devcontainer: None,
            env_examples: vec![],
            xray_rules: vec![],
            is_git: false,
        }
    }

    const GOOD: &str = "services:\n  backend-flask:\n    build: ./backend-flask\n    environment:\n      OTEL_SERVICE_NAME: 'backend-flask'\n      OTEL_EXPORTER_OTLP_ENDPOINT: \"https://api.honeycomb.io\"\n      OTEL_EXPORTER_OTLP_HEADERS: \"x-honeycomb-team=${HONEYCOMB_API_KEY}\"\n  frontend:\n    build: ./frontend\n";

    fn statuses(checks: &[Check]) -> Vec<(&'static str, Status)> {
        checks.iter().map(|check| (check.check, check.status)).collect()
    }

    #[test]
    fn a_good_service_passes_and_the_region_is_checked() {
        let ws = workspace(GOOD);
        let targets = targets(&ws, &["backend-flask".to_owned()], &[]);
        assert_eq!(targets.len(), 1);
        let us = Expected::Confirmed { api_url: US_API.to_owned() };
        let checks = otel_checks(Path::new("/w"), &targets, &Variables::default(), &us);
        assert_eq!(
            statuses(&checks),
            [(ids::OTEL_VARIABLES, Status::Pass), (ids::OTEL_ENDPOINT, Status::Pass), (ids::OTEL_HEADERS, Status::Pass)]
        );
        assert_eq!(checks[1].location().as_deref(), Some("docker-compose.yml:6"));
        let eu = Expected::Confirmed { api_url: EU_API.to_owned() };
        let wrong = otel_checks(Path::new("/w"), &targets, &Variables::default(), &eu);
        assert_eq!(wrong[1].status, Status::Fail);
        assert!(wrong[1].message.contains("belongs to Honeycomb EU"), "{}", wrong[1].message);
        let local = Expected::Confirmed { api_url: "http://127.0.0.1:9".to_owned() };
        assert_eq!(otel_checks(Path::new("/w"), &targets, &Variables::default(), &local)[1].status, Status::Fail);
        let unknown = Expected::Unconfirmed { api_url: EU_API.to_owned() };
        assert_eq!(otel_checks(Path::new("/w"), &targets, &Variables::default(), &unknown)[1].status, Status::Pass);
    }

    #[test]
    fn endpoint_mistakes() {
        let check = |value: &str| {
            let compose = GOOD.replace("\"https://api.honeycomb.io\"", value);
            let ws = workspace(&compose);
            let targets = targets(&ws, &["backend-flask".to_owned()], &[]);
            let us = Expected::Confirmed { api_url: US_API.to_owned() };
            otel_checks(Path::new("/w"), &targets, &Variables::default(), &us)[1].clone()
        };
        assert_eq!(check("https://api.honeycomb.io/").status, Status::Warn);
        assert_eq!(check("https://api.honeycomb.io:443").status, Status::Pass);
        assert_eq!(check("http://api.honeycomb.io").status, Status::Fail);
        assert!(check("https://api.honeycomb.io/v1/traces").message.contains("/v1/traces/v1/traces"));
        assert_eq!(check("api.honeycomb.io").status, Status::Fail);
        assert!(check("http://otel-collector:4318").status == Status::Fail, "no such service");
    }

    #[test]
    fn literal_and_missing_headers_fail() {
        let literal = GOOD.replace("${HONEYCOMB_API_KEY}", "REDACTED");
        let ws = workspace(&literal);
        let us = Expected::Confirmed { api_url: US_API.to_owned() };
        let checks = otel_checks(Path::new("/w"), &targets(&ws, &["backend-flask".to_owned()], &[]), &Variables::default(), &us);
        assert_eq!(checks[2].status, Status::Fail);
        assert!(checks[2].message.contains("literal") && !checks[2].message.contains("REDACTED"), "{}", checks[2].message);
        let bare = "services:\n  backend-flask:\n    build: .\n";
        let ws = workspace(bare);
        let checks = otel_checks(Path::new("/w"), &targets(&ws, &["backend-flask".to_owned()], &[]), &Variables::default(), &us);
        assert_eq!(statuses(&checks), [(ids::OTEL_VARIABLES, Status::Fail)]);
        assert!(checks[0].fix.as_deref().unwrap().contains("cruddur-obs init --service backend-flask"));
    }

    #[test]
    fn list_items_with_quotes_spaces_or_a_lost_dash_are_flagged() {
        let compose = "services:\n  backend-flask:\n    environment:\n      - A=https://x\n       B_URL=\"*4567-x\"\n      - C=\"quoted\"\n      - D= \"spaced\"\n      - E = \"x\"\n      - F=https://${CODESPACE_NAME}-3000.&{DOMAIN}\n      - OTEL_EXPORTER_OTLP_HEADERS=\"x-honeycomb-team=${HONEYCOMB_API_KEY}\"\n";
        let ws = workspace(compose);
        let checks = env_syntax(Path::new("/w"), &ws);
        let messages: Vec<&str> = checks.iter().map(|check| check.message.as_str()).collect();
        assert_eq!(checks.len(), 5, "{messages:#?}");
        assert!(checks.iter().all(|check| check.status == Status::Warn));
        assert!(messages[0].contains("B_URL is never set"), "{}", messages[0]);
        assert!(messages[1].contains("keeps the quotes") && messages[1].contains("C"), "{}", messages[1]);
        assert!(messages[2].contains("space after `=`"));
        assert!(messages[3].contains("space before `=`"));
        assert!(messages[4].contains("&{"));
        let us = Expected::Confirmed { api_url: US_API.to_owned() };
        let otel = otel_checks(Path::new("/w"), &targets(&ws, &["backend-flask".to_owned()], &[]), &Variables::default(), &us);
        assert_eq!(otel.iter().find(|check| check.check == ids::OTEL_HEADERS).unwrap().status, Status::Fail);
        assert_eq!(env_syntax(Path::new("/w"), &workspace(GOOD))[0].status, Status::Pass);
    }

    #[test]
    fn unresolved_key_fails_with_the_gp_hint() {
        let ws = workspace(GOOD);
        let targets = targets(&ws, &["backend-flask".to_owned()], &[]);
        let dotenv = Path::new("/w/.env");
        let mut gitpod = Gitpod { configured: true, gp: true, persisted: BTreeSet::new() };
        gitpod.persisted.insert(API_KEY_VAR.to_owned());
        let checks = env_resolves(Path::new("/w"), &targets, &Variables::default(), dotenv, &gitpod);
        assert_eq!(statuses(&checks), [(ids::ENV_RESOLVES, Status::Fail)]);
        assert!(checks[0].fix.as_deref().unwrap().contains("eval \"$(gp env -e)\""));
        assert!(checks[0].message.contains("not set in the shell or in .env"), "{}", checks[0].message);
        let mut variables = Variables::default();
        variables.dotenv.insert(API_KEY_VAR.to_owned(), Some(crate::doctor::fake_key("hcaik_")));
        let checks = env_resolves(Path::new("/w"), &targets, &variables, dotenv, &Gitpod::default());
        assert_eq!(checks[0].status, Status::Pass);
        assert!(checks[0].message.contains("in .env (hcaik_…f7g9)"), "{}", checks[0].message);
        variables.shell.insert(API_KEY_VAR.to_owned(), String::new());
        let checks = env_resolves(Path::new("/w"), &targets, &variables, dotenv, &Gitpod::default());
        assert!(checks[0].message.contains("is empty in the shell"), "{}", checks[0].message);
    }
}
