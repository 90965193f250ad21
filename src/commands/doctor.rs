//! `cruddur-obs doctor`: a checklist of the workspace and the accounts, each line ✓, ✗, ! or - with the
//! fix. Reads the workspace and the shell, asks Honeycomb and AWS, and writes nothing. Exits 8 when a
//! check fails (warnings do not count). The checks themselves live in `crate::doctor`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::Args;
use secrecy::{ExposeSecret, SecretString};

use crate::aws::AwsSettings;
use crate::context::Context;
use crate::doctor::compose::{self as compose_checks, ENDPOINT, Expected, Gitpod, SERVICE_NAME, Target};
use crate::doctor::honeycomb::{FoundKey, ValidKey, check_key};
use crate::doctor::interpolate::{Resolved, Variables};
use crate::doctor::names::{self, Named};
use crate::doctor::verify::{self, Plan};
use crate::doctor::xray::{self as xray_checks, Inputs};
use crate::doctor::{Check, Status, Tally, dotenv as dotenv_checks, ids, relative, secrets, skipped};
use crate::edit::{dotenv, requirements};
use crate::error::{CliError, CliResult, ErrorKind};
use crate::gitpod::Gp;
use crate::honeycomb::client::endpoint_for;
use crate::honeycomb::{API_KEY_VAR, Credentials};
use crate::output::{Cell, Row};
use crate::settings::honeycomb::{HoneycombArgs, HoneycombSettings};
use crate::settings::{ProcessEnvironment, Source};
use crate::workspace::Workspace;
use crate::workspace::key::find_key;
use crate::xray::rule_file::{self, RuleSource};

pub const QUERY_KEY_ENV: &str = "HONEYCOMB_QUERY_KEY";
const DEFAULT_GROUP: &str = "Cruddur";
/// The service name (dataset) of the test span when the workspace names none.
const FALLBACK_DATASET: &str = "cruddur-obs-doctor";

#[derive(Debug, Args)]
#[command(after_help = "\
Checks (ids for --output json and --skip): honeycomb.key, otel.variables, otel.endpoint, otel.headers, \
env.resolves, compose.env_syntax, secrets.literal, dotenv.syntax, dotenv.gitignore, dotenv.mode, \
xray.rules, xray.group, names.consistent, verify.trace (--verify).
The key checked is the one compose will send: --api-key, else HONEYCOMB_API_KEY from the shell, else the \
.env beside the compose file, else the profile's ingest key. --verify sends with it, and queries with a \
configuration key: --query-key / HONEYCOMB_QUERY_KEY, else the profile's api_key, else the same key.
AWS settings come from AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL_XRAY / AWS_ENDPOINT_URL and the usual \
credential chain; without credentials the X-Ray checks are skipped, not failed. Nothing is written.
Exit code 8 when a check fails; warnings (!) and skipped checks (-) do not fail.")]
pub struct DoctorArgs {
    #[command(flatten)]
    pub honeycomb: HoneycombArgs,
    /// The workspace [default: the current directory]
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
    /// Also send a test span and wait until a Honeycomb query sees it (end to end, with the latency)
    #[arg(long)]
    pub verify: bool,
    /// --verify: a configuration key that can run queries [default: HONEYCOMB_QUERY_KEY, the profile's api_key]
    #[arg(long, value_name = "KEY")]
    pub query_key: Option<String>,
    /// --verify: the OTLP endpoint to send the span to [default: the compose file's OTEL_EXPORTER_OTLP_ENDPOINT]
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
    /// --verify: how long to wait for the span to show up (e.g. 90s, 2m)
    #[arg(long, value_name = "DURATION", default_value = "60s", value_parser = parse_timeout)]
    pub timeout: Duration,
    /// The X-Ray group to look for
    #[arg(long, value_name = "NAME", default_value = DEFAULT_GROUP)]
    pub xray_group: String,
    /// AWS profile for the X-Ray checks [default: AWS_PROFILE]
    #[arg(long, value_name = "NAME")]
    pub aws_profile: Option<String>,
    /// AWS region for the X-Ray checks [default: AWS_REGION, AWS_DEFAULT_REGION, the profile's]
    #[arg(long, value_name = "REGION")]
    pub aws_region: Option<String>,
    /// Do not run these checks: an id or its first part, e.g. xray or otel.endpoint (repeatable)
    #[arg(long, value_name = "CHECK")]
    pub skip: Vec<String>,
}

fn parse_timeout(text: &str) -> Result<Duration, String> {
    let duration = crate::query::time::parse_duration(text)?;
    if duration < Duration::from_secs(1) {
        return Err(format!("{text}: at least 1s"));
    }
    Ok(duration)
}

impl Row for Check {
    fn headers() -> &'static [&'static str] {
        &["", "CHECK", "WHERE", "RESULT", "FIX"]
    }

    fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::text(self.status.symbol()),
            Cell::text(self.check),
            Cell::optional(self.location()),
            Cell::text(&self.message),
            Cell::optional(self.fix.clone()),
        ]
    }
}

/// Everything read from the workspace and the shell, once.
struct Facts<'a> {
    targets: Vec<Target<'a>>,
    variables: Variables,
    dotenv_path: PathBuf,
    dotenv_text: Option<String>,
}

fn read_text(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

fn gather<'a>(workspace: &'a Workspace, python: &PythonFacts) -> Facts<'a> {
    let targets = compose_checks::targets(workspace, &python.flask, &python.all);
    let dotenv_path = workspace.dotenv_path();
    let dotenv_text = read_text(&dotenv_path);
    let mut variables = Variables::default();
    if let Some(Ok(entries)) = dotenv_text.as_deref().map(dotenv::parse) {
        for entry in entries {
            variables.dotenv.insert(entry.key, entry.value);
        }
    }
    let mut names: BTreeSet<String> = compose_checks::referenced_variables(&workspace.root, &targets).into_keys().collect();
    names.insert(API_KEY_VAR.to_owned());
    for name in names {
        if let Some(value) = std::env::var_os(&name) {
            variables.shell.insert(name, value.to_string_lossy().into_owned());
        }
    }
    Facts { targets, variables, dotenv_path, dotenv_text }
}

/// The key compose will send: `--api-key`, else `${HONEYCOMB_API_KEY}` as compose resolves it (shell,
/// then `.env`), else what `init` would use (the profile's ingest key, then its api_key).
fn sending_key(settings: &HoneycombSettings, workspace: &Workspace, variables: &Variables, dotenv: &str) -> Option<FoundKey> {
    if let Some(key) = settings.api_key.as_ref().filter(|key| matches!(key.source, Source::Flag(_))) {
        return Some(FoundKey { key: key.value.clone(), source: key.source.to_string() });
    }
    if let Resolved::Set { value, origin } = variables.lookup(API_KEY_VAR) {
        let source = match origin {
            crate::doctor::interpolate::Origin::Shell => format!("env {API_KEY_VAR}"),
            crate::doctor::interpolate::Origin::Dotenv => dotenv.to_owned(),
        };
        return Some(FoundKey { key: SecretString::from(value), source });
    }
    find_key(settings, workspace).map(|key| FoundKey { key: key.value, source: key.source.to_string() })
}

/// Files whose contents get committed, and git does not ignore: where literal secrets must not be.
fn committed_files(workspace: &Workspace) -> Vec<(PathBuf, String)> {
    let mut paths: Vec<PathBuf> = workspace.compose_files.iter().map(|file| file.path.clone()).collect();
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
    let ignored: BTreeSet<PathBuf> = if workspace.is_git && !paths.is_empty() {
        std::process::Command::new("git")
            .arg("-C")
            .arg(&workspace.root)
            .arg("check-ignore")
            .arg("--")
            .args(&paths)
            .output()
            .map(|output| String::from_utf8_lossy(&output.stdout).lines().map(|line| workspace.root.join(line)).collect())
            .unwrap_or_default()
    } else {
        BTreeSet::new()
    };
    paths
        .into_iter()
        .filter(|path| !ignored.contains(path))
        .filter_map(|path| {
            let text =
                workspace.compose_files.iter().find(|file| file.path == path).map(|file| file.text.clone()).or_else(|| read_text(&path))?;
            Some((path, text))
        })
        .collect()
}

fn dotenv_facts(workspace: &Workspace, facts: &Facts) -> dotenv_checks::Facts {
    let parsed = facts.dotenv_text.as_deref().map(dotenv::parse);
    #[cfg(unix)]
    let mode = {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(&facts.dotenv_path).ok().map(|metadata| metadata.permissions().mode())
    };
    #[cfg(not(unix))]
    let mode = None;
    let git = if !workspace.is_git {
        dotenv_checks::GitState::NotARepository
    } else {
        let tracked = std::process::Command::new("git")
            .arg("-C")
            .arg(&workspace.root)
            .args(["ls-files", "--error-unmatch", "--"])
            .arg(&facts.dotenv_path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        if tracked {
            dotenv_checks::GitState::Tracked
        } else if workspace.dotenv_ignored() {
            dotenv_checks::GitState::Ignored
        } else {
            dotenv_checks::GitState::NotIgnored
        }
    };
    dotenv_checks::Facts { path: facts.dotenv_path.clone(), parsed, mode, git }
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
            let file = relative(root, &target.file.path);
            Some(Named { name, place: format!("OTEL_SERVICE_NAME of {}", target.service.name), file, line: Some(var.line) })
        })
        .collect()
}

/// The Python services, the Flask ones, whether any uses the X-Ray SDK, and the names app.py gives X-Ray.
struct PythonFacts {
    all: Vec<String>,
    flask: Vec<String>,
    sdk: bool,
    recorders: Vec<Named>,
}

fn python_facts(workspace: &Workspace) -> PythonFacts {
    let mut facts = PythonFacts { all: Vec::new(), flask: Vec::new(), sdk: false, recorders: Vec::new() };
    for python in workspace.python_services() {
        facts.all.push(python.name.clone());
        let text = read_text(&python.requirements).unwrap_or_default();
        facts.sdk |= requirements::requirement_names(&text).iter().any(|(_, name)| requirements::normalize(name) == "aws-xray-sdk");
        if !python.flask {
            continue;
        }
        facts.flask.push(python.name.clone());
        let app = python.requirements.with_file_name("app.py");
        if let Some((name, line)) = read_text(&app).as_deref().and_then(names::recorder_service) {
            let file = relative(&workspace.root, &app);
            facts.recorders.push(Named { name, place: "xray_recorder.configure".to_owned(), file, line: Some(line) });
        }
    }
    facts
}

fn check_skips(skips: &[String]) -> CliResult {
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
fn query_candidates(args: &DoctorArgs, settings: &HoneycombSettings, sender: &ValidKey) -> Vec<FoundKey> {
    let mut candidates: Vec<FoundKey> = Vec::new();
    let mut push = |key: String, source: String| {
        if !key.is_empty() && !candidates.iter().any(|candidate| candidate.key.expose_secret() == key) {
            candidates.push(FoundKey { key: SecretString::from(key), source });
        }
    };
    if let Some(key) = &args.query_key {
        push(key.clone(), "flag --query-key".to_owned());
    } else if let Ok(key) = std::env::var(QUERY_KEY_ENV) {
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

pub async fn run(context: &Context, args: DoctorArgs) -> CliResult {
    check_skips(&args.skip)?;
    let settings = HoneycombSettings::resolve(&args.honeycomb, &ProcessEnvironment)?;
    let root = std::fs::canonicalize(&args.dir).map_err(|err| CliError::invalid_input(format!("--dir {}: {err}", args.dir.display())))?;
    let workspace = match Workspace::detect(&root) {
        Ok(workspace) => workspace,
        Err(err) => {
            let check = Check::fail(ids::WORKSPACE, format!("cannot read the workspace: {}", err.message))
                .with_fix("fix the file so docker compose can read it (docker compose config shows the same error)");
            context.print_rows(&[check])?;
            return Err(CliError::new(ErrorKind::CheckFailed, "the workspace could not be read, so nothing else was checked"));
        }
    };
    let skip = |id: &str| skipped(id, &args.skip);
    let python = python_facts(&workspace);
    let recorders = &python.recorders;
    let facts = gather(&workspace, &python);
    let dotenv_shown = relative(&root, &facts.dotenv_path);
    let key = sending_key(&settings, &workspace, &facts.variables, &dotenv_shown);
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
    let xray_names: Vec<String> = if !recorders.is_empty() {
        recorders.iter().map(|named| named.name.clone()).collect()
    } else if rule_names.iter().any(|named| named.name != "*") {
        rule_names.iter().filter(|named| named.name != "*").map(|named| named.name.clone()).collect()
    } else {
        otel.iter().map(|named| named.name.clone()).collect()
    };
    let inputs = Inputs {
        root: root.clone(),
        rule_files: workspace.xray_rules.clone(),
        rules,
        sdk: python.sdk,
        group: args.xray_group.clone(),
        group_explicit: args.xray_group != DEFAULT_GROUP,
        service_names: xray_names,
    };
    let aws = AwsSettings { profile: args.aws_profile.clone(), region: args.aws_region.clone(), endpoint_url: None };

    // The two accounts, at the same time.
    let honeycomb = async {
        if skip(ids::HONEYCOMB_KEY) {
            (Check::skip(ids::HONEYCOMB_KEY, "skipped (--skip)"), None)
        } else {
            check_key(context, &settings.api_url.value, key.clone(), management.clone()).await
        }
    };
    let xray = async {
        let (skip_rules, skip_group) = (skip(ids::XRAY_RULES), skip(ids::XRAY_GROUP));
        if skip_rules && skip_group { Vec::new() } else { xray_checks::checks(context, &aws, &inputs, skip_rules, skip_group).await }
    };
    let ((key_check, valid), xray_rows) = tokio::join!(honeycomb, xray);

    let mut checks = vec![key_check];
    let expected = match &valid {
        Some(valid) => Expected::Confirmed { api_url: valid.api_url.clone() },
        None => Expected::Unconfirmed { api_url: settings.api_url.value.clone() },
    };
    checks.extend(compose_checks::otel_checks(&root, &facts.targets, &facts.variables, &expected));
    let needs_gp = compose_checks::referenced_variables(&root, &facts.targets)
        .keys()
        .any(|name| !matches!(facts.variables.lookup(name), Resolved::Set { .. }));
    let gp = Gp::find();
    let persisted: BTreeSet<String> = match (&gp, needs_gp) {
        (Some(gp), true) => gp.list().map(|vars| vars.into_keys().collect()).unwrap_or_default(),
        _ => BTreeSet::new(),
    };
    let gitpod = Gitpod { configured: workspace.gitpod.is_some(), gp: gp.is_some(), persisted };
    checks.extend(compose_checks::env_resolves(&root, &facts.targets, &facts.variables, &facts.dotenv_path, &gitpod));
    checks.extend(compose_checks::env_syntax(&root, &workspace));
    if !skip(ids::SECRETS) {
        checks.extend(secrets::checks(&root, &committed_files(&workspace)));
    }
    checks.extend(dotenv_checks::checks(&root, &dotenv_facts(&workspace, &facts)));
    checks.extend(xray_rows);
    checks.push(names::check(&otel, &rule_names, recorders));
    if !skip(ids::FRONTEND_TRACING) {
        checks.extend(crate::doctor::frontend::checks(&workspace));
    }

    if args.verify && !skip(ids::VERIFY) {
        checks.push(match &valid {
            Some(sender) if sender.can_send() => {
                let first = facts.targets.first();
                let resolved = |name: &str| {
                    let raw = first?.var(name)?.value.clone()?;
                    let (value, missing) = facts.variables.interpolate(&raw);
                    (missing.is_empty() && !value.trim().is_empty() && !value.starts_with(['"', '\''])).then(|| value.trim().to_owned())
                };
                let endpoint = args
                    .endpoint
                    .clone()
                    .or_else(|| resolved(ENDPOINT).filter(|url| url.starts_with("http")))
                    .unwrap_or_else(|| endpoint_for(&sender.api_url));
                let dataset = resolved(SERVICE_NAME).unwrap_or_else(|| FALLBACK_DATASET.to_owned());
                let plan =
                    Plan { sender, endpoint, dataset, query_candidates: query_candidates(&args, &settings, sender), timeout: args.timeout };
                verify::verify(context, plan).await
            }
            _ => Check::skip(ids::VERIFY, "not run: it needs a key Honeycomb accepts for sending (see honeycomb.key)"),
        });
    }

    // --skip: one row per skipped check instead of its findings.
    let mut shown: Vec<Check> = Vec::new();
    let mut skipped_ids: BTreeMap<&'static str, ()> = BTreeMap::new();
    for check in checks {
        if skip(check.check) {
            if skipped_ids.insert(check.check, ()).is_none() {
                shown.push(Check::skip(check.check, "skipped (--skip)"));
            }
        } else {
            shown.push(check);
        }
    }
    for id in ids::ALL {
        if skip(id) && !skipped_ids.contains_key(id) && (args.verify || id != ids::VERIFY) && id != ids::WORKSPACE {
            shown.push(Check::skip(id, "skipped (--skip)"));
        }
    }
    let order = |id: &str| ids::ALL.iter().position(|known| *known == id).unwrap_or(usize::MAX);
    shown.sort_by_key(|check| order(check.check));

    context.print_rows(&shown)?;
    let tally = Tally::of(&shown);
    let plural = |count: usize, word: &str| format!("{count} {word}{}", if count == 1 { "" } else { "s" });
    let summary = format!("{} passed, {}, {} failed, {} skipped", tally.pass, plural(tally.warn, "warning"), tally.fail, tally.skip);
    if tally.fail > 0 {
        return Err(CliError::new(ErrorKind::CheckFailed, format!("doctor: {summary}"))
            .with_hint("each ✗ line says how to fix it; run doctor again afterwards"));
    }
    context.ui.status(&format!("doctor: {summary}"));
    if tally.warn == 0 && args.verify && shown.iter().any(|check| check.check == ids::VERIFY && check.status == Status::Pass) {
        context.ui.success("traces arrive in Honeycomb");
    }
    Ok(())
}
