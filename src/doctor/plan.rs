//! The planner of `doctor`: everything read from the workspace and the shell, once ([`DoctorPlan`]),
//! with no network call; and the checklist, made from the plan and what the account checks found
//! ([`checklist`]), pure. [`super::execute`] makes the network calls in between.
//!
//! The services checked are the ones `init` instruments ([`Workspace::traced_services`], or
//! `--service`), and every fix that names a command names one that fixes it ([`Check::command`]).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};

use super::collector::{self as collector_checks, CollectorFacts};
use super::compose::{self as compose_checks, Expected, Gitpod, HEADERS, ResolveContext, SERVICE_NAME, Target};
use super::honeycomb::{FoundKey, ValidKey};
use super::interpolate::{Resolved, Variables};
use super::names::{self, Named};
use super::secrets::Committed;
use super::xray::Inputs;
use super::{Check, Commands, dotenv as dotenv_checks, ids, relative, secrets, skipped};
use crate::aws::AwsSettings;
use crate::edit::{dotenv, requirements};
use crate::error::{CliError, CliResult};
use crate::honeycomb::{API_KEY_VAR, Credentials};
use crate::settings::honeycomb::HoneycombSettings;
use crate::settings::{Environment, Source};
use crate::workspace::Workspace;
use crate::workspace::git::{self, FileState};
use crate::workspace::key::find_key;
use crate::workspace::otel::{self, TeamHeader};
use crate::workspace::services::{Identity, NameSource};
use crate::workspace::xray_legacy::XrayLegacy;
use crate::xray::rule_file::{self, RuleSource};

/// The variable `--verify` reads a query key from.
pub const QUERY_KEY_ENV: &str = "HONEYCOMB_QUERY_KEY";
/// The X-Ray group doctor looks for unless told.
pub const DEFAULT_GROUP: &str = "Cruddur";

/// What `doctor` is asked to check.
#[derive(Debug, Clone)]
pub struct DoctorRequest {
    pub dir: PathBuf,
    /// `--service`: the services to check (none: those that should send traces, as `init` finds them).
    pub services: Vec<String>,
    /// `-f`: the compose files, as `docker compose -f`.
    pub compose_files: Vec<PathBuf>,
    /// `--verify`: send a test span and wait until a query sees it.
    pub verify: bool,
    /// `--query-key`.
    pub query_key: Option<String>,
    /// `--endpoint`.
    pub endpoint: Option<String>,
    /// `--timeout`, for `--verify`.
    pub timeout: Duration,
    pub xray_group: String,
    pub aws: AwsSettings,
    /// `--skip`: ids or their first parts.
    pub skip: Vec<String>,
}

impl DoctorRequest {
    pub fn skips(&self, id: &str) -> bool {
        skipped(id, &self.skip)
    }
}

/// Everything read from the workspace and the shell, once.
pub struct Facts<'a> {
    pub targets: Vec<Target<'a>>,
    pub variables: Variables,
    pub dotenv_path: PathBuf,
    pub dotenv_text: Option<String>,
    /// `.env` is there but was not read (a FIFO, a device, too big): why.
    pub dotenv_unreadable: Option<String>,
    /// The names the key is sent under: `HONEYCOMB_API_KEY`, and those the targets' headers reference.
    pub key_names: BTreeSet<String>,
}

/// A workspace file's text (regular files only, limited by kind: see [`crate::fsio::read_text`]).
fn read_text(path: &Path) -> Option<String> {
    crate::fsio::read_workspace_file(path).ok()
}

fn gather<'a>(workspace: &'a Workspace, named: &[String], env: &dyn Environment) -> Facts<'a> {
    let targets = compose_checks::targets(workspace, named);
    let dotenv_path = workspace.dotenv_path();
    let (dotenv_text, dotenv_unreadable) = match crate::fsio::read_text(&dotenv_path, crate::fsio::Limit::Dotenv) {
        Ok(text) => (Some(text), None),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => (None, None),
        Err(err) => (None, Some(err.to_string())),
    };
    let variables = Variables::gather(workspace, env);
    let mut key_names = BTreeSet::from([API_KEY_VAR.to_owned()]);
    for target in &targets {
        if let Some(raw) = target.var(HEADERS).and_then(|var| var.value)
            && let TeamHeader::Reference { name } = otel::team_header(&raw, false)
        {
            key_names.insert(name);
        }
    }
    Facts { targets, variables, dotenv_path, dotenv_text, dotenv_unreadable, key_names }
}

/// The key compose will send: `--api-key`, else the variable the headers reference as compose resolves it
/// (shell, then `.env`), else what `init` would use (the profile's ingest key, then its api_key).
fn sending_key(settings: &HoneycombSettings, workspace: &Workspace, facts: &Facts, dotenv: &str) -> Option<FoundKey> {
    if let Some(key) = settings.api_key.as_ref().filter(|key| matches!(key.source, Source::Flag(_))) {
        return Some(FoundKey { key: key.value.clone(), source: key.source.to_string() });
    }
    // The name the first target's header uses, else the bootcamp's.
    let name = facts.key_names.iter().find(|name| *name != API_KEY_VAR).cloned().unwrap_or_else(|| API_KEY_VAR.to_owned());
    for name in [name.as_str(), API_KEY_VAR] {
        if let Resolved::Set { value, origin } = facts.variables.lookup(name) {
            let source = match origin {
                crate::workspace::interpolate::Origin::Shell => format!("env {name}"),
                crate::workspace::interpolate::Origin::Dotenv => dotenv.to_owned(),
            };
            return Some(FoundKey { key: SecretString::from(value), source });
        }
    }
    find_key(settings, workspace).map(|key| FoundKey { key: key.value, source: key.source.to_string() })
}

/// Files whose contents get committed, and git does not ignore: where literal secrets must not be.
/// Files that get committed, and those that could not be read (a FIFO, a device, over their size
/// limit), with why: those are reported, not silently passed over.
type CommittedFiles = (Vec<Committed>, Vec<(PathBuf, String)>);

fn committed_files(workspace: &Workspace) -> CommittedFiles {
    let mut paths: Vec<PathBuf> = workspace.compose_files.iter().map(|file| file.path.clone()).collect();
    paths.extend(workspace.other_compose_files.iter().cloned());
    paths.extend(workspace.env_examples.iter().cloned());
    paths.extend(workspace.gitpod.iter().cloned());
    paths.extend(workspace.devcontainer.iter().cloned());
    fn markdown(dir: &Path, found: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        let mut entries: Vec<PathBuf> = entries.flatten().map(|entry| entry.path()).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                markdown(&path, found);
            } else if path.extension().is_some_and(|extension| extension.eq_ignore_ascii_case("md")) {
                found.push(path);
            }
        }
    }
    markdown(&workspace.root.join("journal"), &mut paths);
    // `.env` linked to a tracked file: what is in it is committed.
    if let Some(link) = crate::workspace::links::secret_file_link(&workspace.root, &workspace.dotenv_path(), &workspace.repository)
        && link.tracked
    {
        paths.push(link.target);
    }
    let ignored: BTreeSet<PathBuf> = git::ignored_of(&workspace.repository, &workspace.root, &paths).into_iter().collect();
    let mut read = Vec::new();
    let mut unread = Vec::new();
    for path in paths.into_iter().filter(|path| !ignored.contains(path)) {
        let text = match workspace.compose_files.iter().find(|file| file.path == path) {
            Some(file) => file.text.clone(),
            None => match crate::fsio::read_workspace_file(&path) {
                Ok(text) => text,
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => continue,
                Err(err) => {
                    unread.push((path, err.to_string()));
                    continue;
                }
            },
        };
        let fixable = fixable_lines(workspace, &path, &text);
        read.push(Committed { path, text, fixable });
    }
    (read, unread)
}
/// The lines of a committed file whose literal secret `init --fix` replaces, with the variable to use.
fn fixable_lines(workspace: &Workspace, path: &Path, text: &str) -> BTreeMap<usize, String> {
    let mut lines = BTreeMap::new();
    let is_compose =
        workspace.compose_files.iter().any(|file| file.path == path) || workspace.other_compose_files.iter().any(|other| other == path);
    if is_compose {
        let Ok(services) = crate::edit::compose::services(text) else { return lines };
        for service in services {
            let Some(environment) = service.environment else { continue };
            for (key, var) in environment.vars {
                let Some(value) = var.value else { continue };
                if let Some(leak) = secrets::literal_secrets(&key, &value).first() {
                    let team = leak.name.as_deref().is_some_and(|name| name.eq_ignore_ascii_case("x-honeycomb-team"));
                    lines.insert(var.line, if team { API_KEY_VAR.to_owned() } else { key });
                }
            }
        }
    } else if workspace.env_examples.iter().any(|example| example == path) {
        for entry in dotenv::parse(text).unwrap_or_default() {
            if entry.value.as_deref().is_some_and(|value| !secrets::literal_secrets(&entry.key, value).is_empty()) {
                lines.insert(entry.line, entry.key);
            }
        }
    }
    lines
}

fn dotenv_facts(workspace: &Workspace, facts: &Facts, config_path: Option<&Path>) -> dotenv_checks::Facts {
    let parsed = facts.dotenv_text.as_deref().map(dotenv::parse);
    #[cfg(unix)]
    let mode = {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(&facts.dotenv_path).ok().map(|metadata| metadata.permissions().mode())
    };
    #[cfg(not(unix))]
    let mode = None;
    let git = match workspace.git_state(&facts.dotenv_path) {
        FileState::Outside => dotenv_checks::GitState::NotARepository,
        FileState::Tracked => dotenv_checks::GitState::Tracked,
        FileState::Ignored | FileState::Guessed { ignored: true } => dotenv_checks::GitState::Ignored,
        FileState::Untracked | FileState::Guessed { ignored: false } => dotenv_checks::GitState::NotIgnored,
    };
    let link = crate::workspace::links::secret_file_link(&workspace.root, &facts.dotenv_path, &workspace.repository);
    let mut leftovers: Vec<PathBuf> = crate::fsio::leftover_temporaries(&facts.dotenv_path);
    leftovers.extend(config_path.map(crate::fsio::leftover_temporaries).unwrap_or_default());
    let leftovers = leftovers.into_iter().map(|path| (path.clone(), file_mode(&path))).collect();
    dotenv_checks::Facts {
        path: facts.dotenv_path.clone(),
        parsed,
        mode,
        git,
        link,
        leftovers,
        unreadable: facts.dotenv_unreadable.clone(),
    }
}

/// A file's permission bits (Unix; `None` elsewhere or when it cannot be read).
fn file_mode(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::symlink_metadata(path).ok().map(|metadata| metadata.permissions().mode())
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// `OTEL_SERVICE_NAME` of each target as compose resolves it.
fn otel_names(root: &Path, facts: &Facts) -> Vec<Named> {
    facts
        .targets
        .iter()
        .filter_map(|target| {
            let var = target.var(SERVICE_NAME)?;
            // An unresolved `${VAR}` is env.resolves' finding; there is no name to compare.
            let (name, missing) = facts.variables.interpolate(var.value.as_deref()?);
            if !missing.is_empty() || name.trim().is_empty() {
                return None;
            }
            let file = relative(root, &var.file);
            Some(Named { name, place: format!("OTEL_SERVICE_NAME of {}", target.service.name), file, line: Some(var.line) })
        })
        .collect()
}

/// The Python services, the Flask ones, whether any uses the X-Ray SDK, and the names app.py gives X-Ray.
pub struct PythonFacts {
    pub all: Vec<String>,
    pub flask: Vec<String>,
    pub sdk: bool,
    pub recorders: Vec<Named>,
}

fn python_facts(workspace: &Workspace, targets: &[Target]) -> PythonFacts {
    let mut facts = PythonFacts { all: Vec::new(), flask: Vec::new(), sdk: false, recorders: Vec::new() };
    for python in workspace.python_services() {
        facts.all.push(python.name.clone());
        let text = read_text(&python.requirements).unwrap_or_default();
        facts.sdk |= requirements::requirement_names(&text).iter().any(|(_, name)| requirements::normalize(name) == "aws-xray-sdk");
        if python.flask {
            facts.flask.push(python.name.clone());
        }
    }
    for target in targets {
        if let Identity::Named(named) = workspace.identity(target.file, target.service, None, &Variables::default())
            && let NameSource::Recorder { file, line } = named.source
        {
            let file = relative(&workspace.root, &file);
            facts.recorders.push(Named { name: named.name, place: "xray_recorder.configure".to_owned(), file, line: Some(line) });
        }
    }
    facts
}

/// `--skip` names only checks that exist (a typo would silently skip nothing).
pub fn check_skips(skips: &[String]) -> CliResult {
    for skip in skips {
        if !ids::ALL.iter().any(|id| skipped(id, std::slice::from_ref(skip))) {
            let error = CliError::usage(format!("--skip {skip}: no such check"));
            let prefixes = ids::ALL.iter().filter_map(|id| id.split_once('.').map(|(prefix, _)| prefix));
            return Err(match crate::suggest::suggest(skip, ids::ALL.iter().copied().chain(prefixes)) {
                Some(close) => error.with_hint(format!("did you mean {close}?")),
                None => error.with_hint(format!("checks: {}", ids::ALL.join(", "))),
            });
        }
    }
    Ok(())
}

/// The query-key candidates for `--verify`, in order, without repeats of the sending key.
pub fn query_candidates(request: &DoctorRequest, settings: &HoneycombSettings, sender: &ValidKey, env: &dyn Environment) -> Vec<FoundKey> {
    let mut candidates: Vec<FoundKey> = Vec::new();
    let mut push = |key: String, source: String| {
        if !key.is_empty() && !candidates.iter().any(|candidate| candidate.key.expose_secret() == key) {
            candidates.push(FoundKey { key: SecretString::from(key), source });
        }
    };
    if let Some(key) = &request.query_key {
        push(key.clone(), "flag --query-key".to_owned());
    } else if let Some(key) = env.raw(QUERY_KEY_ENV) {
        push(key, format!("env {QUERY_KEY_ENV}"));
    }
    if let Some(key) = settings.config.profile(&settings.profile.value).and_then(|profile| profile.api_key.clone()) {
        push(key, format!("profile {} in {}", settings.profile.value, settings.config.path.display()));
    }
    if let Some(key) = &settings.api_key {
        push(key.value.expose_secret().to_owned(), key.source.to_string());
    }
    push(sender.key.expose_secret().to_owned(), sender.source.clone());
    candidates
}

/// Everything doctor reads before any network call.
pub struct DoctorPlan<'a> {
    pub root: PathBuf,
    pub workspace: &'a Workspace,
    pub python: PythonFacts,
    pub facts: Facts<'a>,
    /// The key compose will send with, and where it came from.
    pub key: Option<FoundKey>,
    /// The management key, to tell a disabled key from an unknown one.
    pub management: Option<Credentials>,
    pub otel: Vec<Named>,
    pub rule_names: Vec<Named>,
    /// What the X-Ray checks compare AWS with.
    pub xray: Inputs,
    /// A variable compose references is not set: whether `gp env` holds it decides the fix.
    pub needs_gp: bool,
    /// Files that get committed, with their text, and those that could not be read (`None` when
    /// `secrets.literal` is skipped).
    pub committed: Option<CommittedFiles>,
    pub dotenv: dotenv_checks::Facts,
    /// The `otel-collector` service and its configuration.
    pub collector: Option<CollectorFacts>,
    /// What is left of the X-Ray daemon and SDK.
    pub legacy: XrayLegacy,
    /// How fixes name `init`.
    pub commands: Commands,
}

/// Reads the workspace, the shell and the settings into a plan of the checks.
pub fn plan<'a>(request: &DoctorRequest, workspace: &'a Workspace, settings: &HoneycombSettings, env: &dyn Environment) -> DoctorPlan<'a> {
    let root = workspace.root.clone();
    let facts = gather(workspace, &request.services, env);
    let python = python_facts(workspace, &facts.targets);
    let dotenv_shown = relative(&root, &facts.dotenv_path);
    let key = sending_key(settings, workspace, &facts, &dotenv_shown);
    let management = settings.credentials().ok().filter(|credentials| credentials.management.is_some());
    let management = management.map(|credentials| Credentials { management: credentials.management, environment: None });

    // The rules files are read once: for X-Ray and for the names.
    let rule_sources: Vec<RuleSource> = workspace.xray_rules.iter().map(|path| RuleSource::Path(path.clone())).collect();
    let rules = rule_file::load(&rule_sources, &mut std::io::empty());
    let rule_names: Vec<Named> = match &rules {
        Ok(wanted) => wanted
            .iter()
            .map(|rule| {
                let file = workspace
                    .xray_rules
                    .iter()
                    .find(|path| rule.origin.starts_with(&path.display().to_string()))
                    .map(|path| relative(&root, path))
                    .unwrap_or_else(|| rule.origin.clone());
                let line = read_text(&root.join(&file)).and_then(|text| names::service_name_line(&text, &rule.rule.service_name));
                Named { name: rule.rule.service_name.clone(), place: format!("rule {}", rule.rule.rule_name), file, line }
            })
            .collect(),
        Err(_) => Vec::new(),
    };
    let otel = otel_names(&root, &facts);
    // The names X-Ray should see, as `init` names the group's filter.
    let mut xray_names: Vec<String> = Vec::new();
    for target in &facts.targets {
        if let Ok(name) = workspace.xray_name(target.file, target.service, None, &facts.variables)
            && !xray_names.contains(&name.name)
        {
            xray_names.push(name.name);
        }
    }
    let collector = CollectorFacts::find(workspace);
    let legacy = workspace.xray_legacy();
    let xray = Inputs {
        otel_path: collector.as_ref().is_some_and(CollectorFacts::exports_to_xray),
        root: root.clone(),
        rule_files: workspace.xray_rules.clone(),
        rules,
        sdk: python.sdk,
        group: request.xray_group.clone(),
        group_explicit: request.xray_group != DEFAULT_GROUP,
        service_names: xray_names,
    };
    let collector_refs = collector_checks::referenced(&root, collector.as_ref());
    let needs_gp = compose_checks::referenced_variables(&root, &facts.targets)
        .keys()
        .chain(collector_refs.iter().map(|(name, ..)| name))
        .any(|name| !matches!(facts.variables.lookup(name), Resolved::Set { .. }));
    let committed = (!request.skips(ids::SECRETS)).then(|| committed_files(workspace));
    let dotenv = dotenv_facts(workspace, &facts, Some(&settings.config.path));
    let commands =
        Commands { compose_files: request.compose_files.clone(), dotenv_tracked: dotenv.git == dotenv_checks::GitState::Tracked };
    DoctorPlan {
        root,
        workspace,
        python,
        facts,
        key,
        management,
        otel,
        rule_names,
        xray,
        needs_gp,
        committed,
        dotenv,
        collector,
        legacy,
        commands,
    }
}

impl DoctorPlan<'_> {
    /// A variable of the first target as compose resolves it: set, unquoted, not empty.
    pub fn resolved(&self, name: &str) -> Option<String> {
        let raw = self.facts.targets.first()?.var(name)?.value?;
        let (value, missing) = self.facts.variables.interpolate(&raw);
        (missing.is_empty() && !value.trim().is_empty() && !value.starts_with(['"', '\''])).then(|| value.trim().to_owned())
    }

    /// The targets' names, for `init --service ...`.
    fn target_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for target in &self.facts.targets {
            if !names.contains(&target.service.name.as_str()) {
                names.push(&target.service.name);
            }
        }
        names
    }
}

/// What the account checks found (network, `gp env`).
pub struct Findings {
    /// The `honeycomb.key` row, and the key when Honeycomb accepted it.
    pub key: (Check, Option<ValidKey>),
    pub xray: Vec<Check>,
    /// `gp` is on PATH, and what `gp env` lists.
    pub gitpod: Gitpod,
    /// The `verify.trace` row, with `--verify`.
    pub verify: Option<Check>,
}

/// The checklist: every row, in report order, one `skipped (--skip)` row per skipped check.
pub fn checklist(request: &DoctorRequest, plan: &DoctorPlan, findings: Findings, api_url: &str) -> Vec<Check> {
    let root = &plan.root;
    let facts = &plan.facts;
    let (key_check, valid) = findings.key;
    let mut checks = vec![key_check];
    let expected = match &valid {
        Some(valid) => Expected::Confirmed { api_url: valid.api_url.clone() },
        None => Expected::Unconfirmed { api_url: api_url.to_owned() },
    };
    let commands = &plan.commands;
    let targets = plan.target_names();
    checks.extend(compose_checks::otel_checks(root, &facts.targets, &facts.variables, &expected, commands));
    // init writes the key to .env, unless git tracks it (then init refuses, and dotenv.gitignore says why).
    let init = (plan.dotenv.git != dotenv_checks::GitState::Tracked).then_some(commands);
    let resolve = ResolveContext { dotenv: &facts.dotenv_path, gitpod: &findings.gitpod, key_names: &facts.key_names, init };
    let collector = plan.collector.as_ref();
    let collector_refs = collector_checks::referenced(root, collector);
    checks.extend(compose_checks::env_resolves(root, &facts.targets, &collector_refs, &facts.variables, &resolve));
    checks.extend(compose_checks::env_syntax(root, plan.workspace));
    if let Some((committed, unread)) = &plan.committed {
        let fix = (!targets.is_empty()).then(|| commands.init_services(true, &targets));
        checks.extend(secrets::checks(root, committed, fix.as_deref()));
        for (path, why) in unread {
            let file = relative(root, path);
            checks.push(Check::warn(ids::SECRETS, format!("{file} was not scanned: {why}")).at(file, None));
        }
    }
    checks.extend(dotenv_checks::checks(root, &plan.dotenv, commands));
    checks.extend(findings.xray);
    let uses_xray = !plan.xray.rule_files.is_empty();
    checks.extend(collector_checks::path_checks(root, &plan.legacy, collector, uses_xray, commands.compose_files.is_empty()));
    checks.push(collector_checks::sampling_check(root, collector, &facts.targets, !plan.xray.rule_files.is_empty()));
    checks.push(collector_checks::config_check(root, collector));
    checks.push(collector_checks::local_copy_check(root, collector, &facts.variables));
    // init --fix rewrites a rule written as `--cli-input-json` takes it, for one service.
    let plain_rules = plan.workspace.xray_rules.iter().all(|path| {
        read_text(path)
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .is_some_and(|value| value.pointer("/SamplingRule/ServiceName").is_some())
    });
    let rule_fix = match targets.as_slice() {
        [only] if plain_rules => Some(commands.init_services(true, &[only])),
        _ => None,
    };
    checks.push(names::check(&plan.otel, &plan.rule_names, &plan.python.recorders, rule_fix));
    if !request.skips(ids::FRONTEND_TRACING) {
        checks.extend(super::frontend::checks(plan.workspace));
    }
    checks.extend(findings.verify);

    // --skip: one row per skipped check instead of its findings.
    let mut shown: Vec<Check> = Vec::new();
    let mut skipped_ids: BTreeMap<&'static str, ()> = BTreeMap::new();
    for check in checks {
        if request.skips(check.check) {
            if skipped_ids.insert(check.check, ()).is_none() {
                shown.push(Check::skip(check.check, "skipped (--skip)"));
            }
        } else {
            shown.push(check);
        }
    }
    for id in ids::ALL {
        if request.skips(id) && !skipped_ids.contains_key(id) && (request.verify || id != ids::VERIFY) && id != ids::WORKSPACE {
            shown.push(Check::skip(id, "skipped (--skip)"));
        }
    }
    let order = |id: &str| ids::ALL.iter().position(|known| *known == id).unwrap_or(usize::MAX);
    shown.sort_by_key(|check| order(check.check));
    shown
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::Path;

    use super::*;
    use crate::doctor::Status;
    use crate::settings::honeycomb::HoneycombArgs;

    fn request(skip: &[&str]) -> DoctorRequest {
        DoctorRequest {
            dir: ".".into(),
            services: Vec::new(),
            compose_files: Vec::new(),
            verify: false,
            query_key: None,
            endpoint: None,
            timeout: Duration::from_secs(60),
            xray_group: DEFAULT_GROUP.into(),
            aws: AwsSettings::default(),
            skip: skip.iter().map(|skip| (*skip).to_owned()).collect(),
        }
    }

    /// The planner and the checklist over the reference workspace, with the shell given as a map and the
    /// account checks' findings made up: no process, no network.
    #[test]
    fn the_plan_reads_the_workspace_and_the_checklist_orders_and_skips() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workspaces/omenking__aws-bootcamp-cruddur-2023");
        let workspace = Workspace::detect(&root).unwrap();
        let config = tempfile::tempdir().unwrap();
        let key = crate::doctor::fake_key("hcaik_");
        let env: BTreeMap<String, String> =
            [("CRUDDUR_OBS_CONFIG_DIR".to_owned(), config.path().display().to_string()), (API_KEY_VAR.to_owned(), key.clone())]
                .into_iter()
                .collect();
        let settings = HoneycombSettings::resolve(&HoneycombArgs::default(), &env).unwrap();
        let request = request(&["xray", "secrets"]);
        let plan = plan(&request, &workspace, &settings, &env);
        assert_eq!(plan.key.as_ref().map(|key| key.source.as_str()), Some("env HONEYCOMB_API_KEY"));
        assert_eq!(plan.python.flask, ["backend-flask"]);
        assert!(plan.committed.is_none(), "secrets.literal is skipped: the committed files are not read");
        assert_eq!(plan.xray.service_names, ["backend-flask"]);
        assert_eq!(plan.resolved(compose_checks::ENDPOINT).as_deref(), Some("https://api.honeycomb.io"));

        let findings = Findings {
            key: (Check::pass(ids::HONEYCOMB_KEY, "accepted"), None),
            xray: vec![Check::pass(ids::XRAY_GROUP, "found")],
            gitpod: Gitpod { configured: true, gp: false, persisted: BTreeSet::new() },
            verify: None,
        };
        let rows = checklist(&request, &plan, findings, "https://api.honeycomb.io");
        let order: Vec<&str> = rows.iter().map(|check| check.check).collect();
        let mut sorted = order.clone();
        sorted.sort_by_key(|id| ids::ALL.iter().position(|known| known == id));
        assert_eq!(order, sorted, "report order");
        for skipped in [ids::SECRETS, ids::XRAY_RULES, ids::XRAY_GROUP] {
            let row: Vec<&Check> = rows.iter().filter(|check| check.check == skipped).collect();
            assert_eq!(row.len(), 1, "{skipped}: one row");
            assert_eq!((row[0].status, row[0].message.as_str()), (Status::Skip, "skipped (--skip)"));
        }
        assert!(!order.contains(&ids::VERIFY), "verify.trace is listed only with --verify");
        assert_eq!(rows.iter().find(|check| check.check == ids::OTEL_ENDPOINT).unwrap().status, Status::Pass);
    }
}
