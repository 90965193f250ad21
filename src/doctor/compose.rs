//! The compose checks, pure: which services should send traces, whether their OTEL variables are there
//! and right (`otel.variables`, `otel.endpoint`, `otel.headers`), whether the `${VAR}`s they use resolve
//! where compose reads them (`env.resolves`), and the list-style mistakes compose accepts silently
//! (`compose.env_syntax`). What is right is judged by [`crate::workspace::otel`], as `init` judges it,
//! so every fix that names `init` is one `init` makes.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::interpolate::{Modifier, Origin, Resolved, Variables, references};
use super::{Check, Commands, ids, relative};
use crate::edit::compose::{EnvStyle, EnvVar, ServiceInfo, colon_item};
use crate::honeycomb::{API_KEY_VAR, mask};
use crate::workspace::otel::{self, Endpoint, Problem, TeamHeader, Wanted};
use crate::workspace::services::{ServiceVar, service_var};
use crate::workspace::{ComposeFile, Workspace};

pub const SERVICE_NAME: &str = "OTEL_SERVICE_NAME";
pub const ENDPOINT: &str = "OTEL_EXPORTER_OTLP_ENDPOINT";
pub const HEADERS: &str = "OTEL_EXPORTER_OTLP_HEADERS";
const OTEL_VARS: [&str; 3] = [SERVICE_NAME, ENDPOINT, HEADERS];

/// A compose service that should send traces ([`Workspace::traced_services`]).
#[derive(Debug, Clone, Copy)]
pub struct Target<'a> {
    pub file: &'a ComposeFile,
    pub service: &'a ServiceInfo,
}

impl<'a> Target<'a> {
    /// A variable as the service gets it: its `environment`, else its `env_file`s.
    pub fn var(&self, name: &str) -> Option<ServiceVar> {
        service_var(self.file, self.service, name)
    }

    fn line(&self) -> Option<usize> {
        self.service.environment.as_ref().map(|environment| environment.line).or(Some(self.service.line))
    }

    fn list_style(&self) -> bool {
        self.service.environment.as_ref().is_some_and(|environment| environment.style == EnvStyle::List)
    }
}

/// The services to check: `--service`'s, else those that should send traces.
pub fn targets<'a>(workspace: &'a Workspace, named: &[String]) -> Vec<Target<'a>> {
    workspace.traced_services(named).into_iter().map(|(file, service)| Target { file, service }).collect()
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

impl Expected {
    fn wanted(&self) -> Wanted {
        match self {
            Expected::Confirmed { api_url } => Wanted { api_url: api_url.clone(), confirmed: true },
            Expected::Unconfirmed { api_url } => Wanted { api_url: api_url.clone(), confirmed: false },
        }
    }
}

fn quoted(value: &str) -> bool {
    let value = value.trim_start();
    value.starts_with('"') || value.starts_with('\'')
}

fn quotes_fix(name: &str) -> String {
    format!("in a list, write `- {name}=value` without quotes (or switch to `{name}: \"value\"`)")
}

/// `otel.variables`, `otel.endpoint` and `otel.headers` for each target.
pub fn otel_checks(root: &Path, targets: &[Target], variables: &Variables, expected: &Expected, commands: &Commands) -> Vec<Check> {
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
        let init = commands.init_services(false, &[name]);
        // Through a collector in compose, the collector adds the key: no headers needed.
        let via_collector = target
            .var(ENDPOINT)
            .and_then(|var| var.value)
            .is_some_and(|raw| service_names.contains(otel::host_of(variables.interpolate(&raw).0.trim())));
        let needed: &[&str] = if via_collector { &OTEL_VARS[..2] } else { &OTEL_VARS };
        let missing: Vec<&str> = needed
            .iter()
            .copied()
            .filter(|var| match target.var(var) {
                None => true,
                Some(ServiceVar { value: Some(value), .. }) => value.trim().is_empty(),
                // `- NAME` / `NAME:` takes the value from the shell or .env; a template's value is made later.
                Some(ServiceVar { value: None, from_env_file, .. }) => !from_env_file && !variables.is_set(var),
            })
            .collect();
        checks.push(if missing.is_empty() && via_collector {
            Check::pass(ids::OTEL_VARIABLES, format!("{name}: {SERVICE_NAME} and {ENDPOINT} are set (the collector adds the key)"))
                .at(&file, target.line())
        } else if missing.is_empty() {
            Check::pass(ids::OTEL_VARIABLES, format!("{name}: {SERVICE_NAME}, {ENDPOINT} and {HEADERS} are set")).at(&file, target.line())
        } else {
            Check::fail(ids::OTEL_VARIABLES, format!("{name}: no {} (traces are not sent as configured)", missing.join(", no ")))
                .with_command(init.clone(), "writes the three OTEL variables")
                .at(&file, target.line())
        });
        if let Some(var) = target.var(ENDPOINT) {
            let raw = var.value.clone().unwrap_or_else(|| format!("${{{ENDPOINT}}}"));
            let list_item = target.list_style() && !var.from_env_file;
            let check = endpoint_check(name, &raw, list_item, variables, expected, &service_names, &init);
            checks.push(check.at(relative(root, &var.file), Some(var.line)));
        }
        if let Some(ServiceVar { value: Some(raw), line, file: path, from_env_file }) = target.var(HEADERS) {
            let list_item = target.list_style() && !from_env_file;
            checks.push(headers_check(name, &raw, list_item, commands).at(relative(root, &path), Some(line)));
        }
    }
    checks
}

fn endpoint_check(
    service: &str,
    raw: &str,
    list_item: bool,
    variables: &Variables,
    expected: &Expected,
    compose_services: &BTreeSet<&str>,
    init: &[String],
) -> Check {
    let id = ids::OTEL_ENDPOINT;
    let wanted = expected.wanted();
    let (value, _) = variables.interpolate(raw);
    let value = value.trim();
    let shown = if value == raw { value.to_owned() } else { format!("{raw} (= {value})") };
    let fix = |check: Check, replacement: &str| check.with_command(init.to_vec(), &format!("writes {ENDPOINT}: \"{replacement}\""));
    match otel::judge_endpoint(raw, list_item, variables, &wanted, compose_services) {
        Endpoint::Good { normalized } => match expected {
            Expected::Confirmed { .. } => Check::pass(id, format!("{service} sends to {normalized}, where the key belongs")),
            Expected::Unconfirmed { .. } => Check::pass(
                id,
                format!("{service} sends to {normalized} (the key's region is not confirmed: the key could not be checked)"),
            ),
        },
        Endpoint::Collector { host } => {
            Check::pass(id, format!("{service} sends to the compose service {host} (a collector, which carries the key itself)"))
        }
        Endpoint::Custom { url } => Check::warn(
            id,
            format!("{service} sends to {url}, not to Honeycomb: a collector or proxy there must forward to {}", wanted.endpoint()),
        )
        .with_fix(format!("if nothing forwards, {ENDPOINT}: \"{}\"", wanted.endpoint())),
        Endpoint::NoSuchService { host } => {
            Check::fail(id, format!("{service}: {ENDPOINT} is {shown}, but no compose service is named {host}: spans are lost"))
                .with_fix(format!("add the {host} service, or {ENDPOINT}: \"{}\"", wanted.endpoint()))
        }
        Endpoint::Unresolved { missing } => {
            Check::warn(id, format!("{service}: {ENDPOINT} is {raw}, and {} is not set here, so it cannot be checked", missing.join(", ")))
                .with_fix(format!("see {} below", ids::ENV_RESOLVES))
        }
        Endpoint::Wrong { problem, replacement, .. } => match problem {
            Problem::Quoted => fix(
                Check::fail(id, format!("{service}: {ENDPOINT} is {raw}, quotes included (a list item keeps them), which is not a URL")),
                &replacement,
            ),
            Problem::NotUrl => fix(Check::fail(id, format!("{service}: {ENDPOINT} is {shown}, not an http(s) URL")), &replacement),
            Problem::TracesPath => fix(
                Check::fail(
                    id,
                    format!(
                        "{service}: {ENDPOINT} is {shown}: the SDK appends /v1/traces to it, so spans go to …/v1/traces/v1/traces and are lost"
                    ),
                ),
                &replacement,
            ),
            Problem::PlainHttp => {
                fix(Check::fail(id, format!("{service}: {ENDPOINT} is {shown}: Honeycomb takes OTLP over https only")), &replacement)
            }
            Problem::TrailingSlash => fix(
                Check::warn(
                    id,
                    format!(
                        "{service} sends to {}; the trailing slash is harmless for Python's exporter, but other SDKs send to //v1/traces",
                        otel::normalize(value)
                    ),
                ),
                &replacement,
            ),
            Problem::OtherRegion { actual, wanted } => fix(
                Check::fail(id, format!("{service} sends to {actual}, but the key belongs to {wanted}: Honeycomb refuses it there (401)")),
                &replacement,
            ),
            Problem::OtherApi => {
                let message = match expected {
                    Expected::Confirmed { .. } => format!(
                        "{service} sends to {}, but the key was accepted by {replacement}: spans will not arrive where you look",
                        otel::normalize(value)
                    ),
                    Expected::Unconfirmed { .. } => {
                        format!("{service} sends to {}, but the Honeycomb API in use is {replacement}", otel::normalize(value))
                    }
                };
                fix(Check::fail(id, message), &replacement)
            }
        },
    }
}

fn headers_check(service: &str, raw: &str, list_item: bool, commands: &Commands) -> Check {
    let id = ids::OTEL_HEADERS;
    let wanted = format!("{HEADERS}: \"x-honeycomb-team=${{{API_KEY_VAR}}}\"");
    let init = commands.init_services(false, &[service]);
    match otel::team_header(raw, list_item) {
        TeamHeader::Quoted => Check::fail(
            id,
            format!("{service}: {HEADERS} starts with a quote that compose keeps (list item), so the header name is wrong and Honeycomb sees no key"),
        )
        .with_fix_and_command(format!("{} (cruddur-obs init removes the quotes)", quotes_fix(HEADERS)), init),
        TeamHeader::Missing => {
            Check::fail(id, format!("{service}: {HEADERS} has no x-honeycomb-team header: Honeycomb refuses spans without a key"))
                .with_command(init, &format!("adds x-honeycomb-team=${{{API_KEY_VAR}}}"))
        }
        TeamHeader::Empty => {
            Check::fail(id, format!("{service}: x-honeycomb-team is empty")).with_command(init, &format!("makes it ${{{API_KEY_VAR}}}"))
        }
        TeamHeader::Reference { name } => {
            let note = if name == API_KEY_VAR { String::new() } else { format!(" (the bootcamp names it {API_KEY_VAR})") };
            let value = raw.split(',').find_map(|pair| pair.split_once('=').map(|(_, value)| value.trim())).unwrap_or(raw);
            Check::pass(id, format!("{service}: x-honeycomb-team={value}, a reference: the key stays out of the file{note}"))
        }
        TeamHeader::Literal { value } => {
            Check::fail(id, format!("{service}: x-honeycomb-team holds a literal value ({}) instead of ${{{API_KEY_VAR}}}", mask(&value)))
                .with_fix_and_command(
                    format!("{wanted} (cruddur-obs init --fix), then rotate the key: it is in git history"),
                    commands.init_services(true, &[service]),
                )
        }
    }
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
                let item = match &var.value {
                    Some(value) => format!("{key}={value}"),
                    None => key.clone(),
                };
                if let Some((name, meant)) = colon_item(&item) {
                    checks.push(at(Check::warn(
                        id,
                        format!(
                            "{}: `- {item}` has a colon where compose needs `=`: compose reads the whole item as a variable's name, so {name} is never set",
                            service.name
                        ),
                    )
                    .with_fix(format!("- {name}={meant}"))));
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
            // An env_file's values are the container's as written: compose interpolates the compose file.
            let Some(var) = target.var(var_name).filter(|var| !var.from_env_file) else { continue };
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

/// What `env.resolves` needs besides the variables.
pub struct ResolveContext<'a> {
    pub dotenv: &'a Path,
    pub gitpod: &'a Gitpod,
    /// The names the key is sent under (`HONEYCOMB_API_KEY`, and any other the headers reference).
    pub key_names: &'a BTreeSet<String>,
    /// How to name `init` (which writes the key to `.env`); `None` when it cannot (a tracked `.env`).
    pub init: Option<&'a Commands>,
}

/// `env.resolves`: each `${VAR}` in the OTEL variables resolves where compose reads it, the shell or the
/// `.env` beside the compose file.
/// `extra`: other services' `${VAR}`s (the collector's: its key, its AWS settings), `(name, modifier, file,
/// line)`, named `otel-collector`.
pub fn env_resolves(
    root: &Path,
    targets: &[Target],
    extra: &[(String, Modifier, String, usize)],
    variables: &Variables,
    context: &ResolveContext,
) -> Vec<Check> {
    let id = ids::ENV_RESOLVES;
    let dotenv_shown = relative(root, context.dotenv);
    let mut checks = Vec::new();
    let mut referenced = referenced_variables(root, targets);
    for (name, modifier, file, line) in extra {
        let entry = referenced.entry(name.clone()).or_insert_with(|| (modifier.clone(), file.clone(), *line, Vec::new()));
        if !entry.3.iter().any(|user| user == crate::workspace::collector::SERVICE) {
            entry.3.push(crate::workspace::collector::SERVICE.to_owned());
        }
    }
    for (name, (modifier, file, line, services)) in referenced {
        let users = services.join(", ");
        let resolved = variables.lookup(&name);
        let holds_key = name == API_KEY_VAR || context.key_names.contains(&name);
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
                let shown = if holds_key || super::secrets::is_literal_secret(&name, value) { mask(value) } else { value.clone() };
                Check::pass(id, format!("${{{name}}} is set {} ({shown}) for {users}", where_(*origin)))
            }
            (_, unresolved) => {
                let state = match unresolved {
                    Resolved::Empty { origin } => format!("is empty {}", where_(*origin)),
                    _ => format!("is not set in the shell or in {dotenv_shown}"),
                };
                let consequence = if holds_key {
                    "compose sends spans with no key and Honeycomb refuses them"
                } else {
                    "compose substitutes an empty string"
                };
                let check = Check::fail(id, format!("${{{name}}} {state}, where docker compose reads it: {consequence} ({users})"));
                // init writes the key to .env, which compose reads unless the shell sets the name (even empty).
                let shell_empty = matches!(unresolved, Resolved::Empty { origin: Origin::Shell });
                match context.init.filter(|_| holds_key && !shell_empty) {
                    Some(commands) => {
                        check.with_fix_and_command(resolve_fix(&name, context.gitpod, &dotenv_shown, true), commands.init(&[]))
                    }
                    None => check.with_fix(resolve_fix(&name, context.gitpod, &dotenv_shown, false)),
                }
            }
        };
        checks.push(row.at(file, Some(line)));
    }
    if checks.is_empty() {
        checks.push(Check::skip(id, "the OTEL variables reference no ${VAR}"));
    }
    checks
}

fn resolve_fix(name: &str, gitpod: &Gitpod, dotenv: &str, init: bool) -> String {
    let init = if init { format!("; or run `cruddur-obs init`, which writes the key to {dotenv} (0600)") } else { String::new() };
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
    use crate::honeycomb::client::{EU_API, US_API};

    fn workspace(compose: &str) -> Workspace {
        let path = PathBuf::from("/w/docker-compose.yml");
        let services = crate::edit::compose::services(compose).unwrap();
        Workspace {
            root: PathBuf::from("/w"),
            compose_files: vec![ComposeFile { path, text: compose.to_owned(), services, env_files: BTreeMap::new() }],
            compose_source: crate::workspace::ComposeSource::Default,
            other_compose_files: vec![],
            gitpod: None,
            devcontainer: None,
            env_examples: vec![],
            xray_rules: vec![],
            repository: crate::workspace::git::Repository::None,
        }
    }

    const GOOD: &str = "services:\n  backend-flask:\n    build: ./backend-flask\n    environment:\n      OTEL_SERVICE_NAME: 'backend-flask'\n      OTEL_EXPORTER_OTLP_ENDPOINT: \"https://api.honeycomb.io\"\n      OTEL_EXPORTER_OTLP_HEADERS: \"x-honeycomb-team=${HONEYCOMB_API_KEY}\"\n  frontend:\n    build: ./frontend\n";

    fn statuses(checks: &[Check]) -> Vec<(&'static str, Status)> {
        checks.iter().map(|check| (check.check, check.status)).collect()
    }

    #[test]
    fn a_good_service_passes_and_the_region_is_checked() {
        let ws = workspace(GOOD);
        let targets = targets(&ws, &["backend-flask".to_owned()]);
        assert_eq!(targets.len(), 1);
        let us = Expected::Confirmed { api_url: US_API.to_owned() };
        let checks = otel_checks(Path::new("/w"), &targets, &Variables::default(), &us, &Commands::default());
        assert_eq!(
            statuses(&checks),
            [(ids::OTEL_VARIABLES, Status::Pass), (ids::OTEL_ENDPOINT, Status::Pass), (ids::OTEL_HEADERS, Status::Pass)]
        );
        assert_eq!(checks[1].location().as_deref(), Some("docker-compose.yml:6"));
        let eu = Expected::Confirmed { api_url: EU_API.to_owned() };
        let wrong = otel_checks(Path::new("/w"), &targets, &Variables::default(), &eu, &Commands::default());
        assert_eq!(wrong[1].status, Status::Fail);
        assert!(wrong[1].message.contains("belongs to Honeycomb EU"), "{}", wrong[1].message);
        let local = Expected::Confirmed { api_url: "http://127.0.0.1:9".to_owned() };
        assert_eq!(otel_checks(Path::new("/w"), &targets, &Variables::default(), &local, &Commands::default())[1].status, Status::Fail);
        let unknown = Expected::Unconfirmed { api_url: EU_API.to_owned() };
        assert_eq!(otel_checks(Path::new("/w"), &targets, &Variables::default(), &unknown, &Commands::default())[1].status, Status::Pass);
    }

    #[test]
    fn endpoint_mistakes() {
        let check = |value: &str| {
            let compose = GOOD.replace("\"https://api.honeycomb.io\"", value);
            let ws = workspace(&compose);
            let targets = targets(&ws, &["backend-flask".to_owned()]);
            let us = Expected::Confirmed { api_url: US_API.to_owned() };
            otel_checks(Path::new("/w"), &targets, &Variables::default(), &us, &Commands::default())[1].clone()
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
        let checks =
            otel_checks(Path::new("/w"), &targets(&ws, &["backend-flask".to_owned()]), &Variables::default(), &us, &Commands::default());
        assert_eq!(checks[2].status, Status::Fail);
        assert!(checks[2].message.contains("literal") && !checks[2].message.contains("REDACTED"), "{}", checks[2].message);
        let bare = "services:\n  backend-flask:\n    build: .\n";
        let ws = workspace(bare);
        let checks =
            otel_checks(Path::new("/w"), &targets(&ws, &["backend-flask".to_owned()]), &Variables::default(), &us, &Commands::default());
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
        let otel =
            otel_checks(Path::new("/w"), &targets(&ws, &["backend-flask".to_owned()]), &Variables::default(), &us, &Commands::default());
        assert_eq!(otel.iter().find(|check| check.check == ids::OTEL_HEADERS).unwrap().status, Status::Fail);
        assert_eq!(env_syntax(Path::new("/w"), &workspace(GOOD))[0].status, Status::Pass);
    }

    #[test]
    fn unresolved_key_fails_with_the_gp_hint_and_init_as_the_command() {
        let ws = workspace(GOOD);
        let targets = targets(&ws, &["backend-flask".to_owned()]);
        let dotenv = Path::new("/w/.env");
        let mut gitpod = Gitpod { configured: true, gp: true, persisted: BTreeSet::new() };
        gitpod.persisted.insert(API_KEY_VAR.to_owned());
        let key_names = BTreeSet::new();
        let commands = Commands::default();
        let context = |gitpod| ResolveContext { dotenv, gitpod, key_names: &key_names, init: Some(&commands) };
        let checks = env_resolves(Path::new("/w"), &targets, &[], &Variables::default(), &context(&gitpod));
        assert_eq!(statuses(&checks), [(ids::ENV_RESOLVES, Status::Fail)]);
        assert!(checks[0].fix.as_deref().unwrap().contains("eval \"$(gp env -e)\""));
        assert_eq!(checks[0].command.as_deref(), Some(&["cruddur-obs".to_owned(), "init".to_owned()][..]));
        assert!(checks[0].message.contains("not set in the shell or in .env"), "{}", checks[0].message);
        let mut variables = Variables::default();
        variables.dotenv.insert(API_KEY_VAR.to_owned(), Some(crate::doctor::fake_key("hcaik_")));
        let none = Gitpod::default();
        let checks = env_resolves(Path::new("/w"), &targets, &[], &variables, &context(&none));
        assert_eq!(checks[0].status, Status::Pass);
        assert!(checks[0].message.contains("in .env (hcaik_…f7g9)"), "{}", checks[0].message);
        variables.shell.insert(API_KEY_VAR.to_owned(), String::new());
        let checks = env_resolves(Path::new("/w"), &targets, &[], &variables, &context(&none));
        assert!(checks[0].message.contains("is empty in the shell"), "{}", checks[0].message);
        assert!(checks[0].command.is_none(), "an empty shell variable wins over .env: init cannot fix it");
    }

    #[test]
    fn a_colon_list_item_is_the_mistake_it_is() {
        let compose = "services:\n  backend-flask:\n    build: .\n    environment:\n      - OTEL_SERVICE_NAME:backend-flask\n      - OTEL_EXPORTER_OTLP_HEADERS:x-honeycomb-team=${HONEYCOMB_API_KEY}\n";
        let ws = workspace(compose);
        let checks = env_syntax(Path::new("/w"), &ws);
        assert_eq!(checks.len(), 2, "{checks:#?}");
        assert!(
            checks[0].message.contains("`- OTEL_SERVICE_NAME:backend-flask` has a colon where compose needs `=`"),
            "{}",
            checks[0].message
        );
        assert_eq!(checks[0].fix.as_deref(), Some("- OTEL_SERVICE_NAME=backend-flask"));
        assert_eq!(checks[1].fix.as_deref(), Some("- OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=${HONEYCOMB_API_KEY}"));
        let us = Expected::Confirmed { api_url: US_API.to_owned() };
        let otel =
            otel_checks(Path::new("/w"), &targets(&ws, &["backend-flask".to_owned()]), &Variables::default(), &us, &Commands::default());
        assert_eq!(otel[0].status, Status::Fail, "compose sets none of them: {otel:#?}");
        assert!(otel[0].command.is_some());
    }
}
