//! `cruddur-obs init`: a workspace sending traces to Honeycomb in one command.
//!
//! Detect the workspace, choose services, get and check an ingest key (one Honeycomb request), plan
//! every edit, then either print the plan (`--dry-run`: diffs and commands) or apply it: all files or
//! none, then `gp env`. A second run plans nothing and writes nothing.

use std::io::Write as _;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;

use crate::aws::AwsSettings;
use crate::cloudwatch::client::LogsClient;
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::fsio::{PlannedWrite, WriteOutcome, write_all_or_none};
use crate::gitpod::Gp;
use crate::honeycomb::client::{Scope, endpoint_for};
use crate::honeycomb::environments::{NewEnvironment, ensure};
use crate::honeycomb::{API_KEY_VAR, mask};
use crate::output::{Cell, Row};
use crate::settings::Environment as _;
use crate::settings::honeycomb::{HoneycombArgs, HoneycombSettings};
use crate::settings::{ProcessEnvironment, Setting, Source};
use crate::workspace::Workspace;
use crate::workspace::frontend::{FrontendPart, FrontendService, Mode};
use crate::workspace::key::find_key;
use crate::workspace::otel::{self, Choices, Targets};
use crate::workspace::parts::{Parts, ROLLBAR_TOKEN_VAR, RollbarPart, XRAY_RULES_PATH, XrayPart};
use crate::xray::plan as xray_plan;
use crate::xray::{XrayClient, rule_file};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Target {
    /// The services' `environment` in docker-compose files
    Compose,
    /// HONEYCOMB_API_KEY and the OTEL variables in .env (0600, ignored by git)
    Dotenv,
    /// HONEYCOMB_API_KEY persisted with `gp env`
    Gitpod,
    /// The OpenTelemetry packages in the services' requirements.txt
    Requirements,
    /// With --with frontend: package.json, src/tracing.js, the collector's config, the backend's flask-cors
    Frontend,
}

/// What `init --with` sets up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Part {
    /// OpenTelemetry to Honeycomb: OTEL variables, the ingest key, the five packages
    Honeycomb,
    /// The X-Ray daemon service, AWS_XRAY_URL/AWS_XRAY_DAEMON_ADDRESS, aws-xray-sdk, aws/json/xray.json, the group and rule
    Xray,
    /// watchtower and the AWS variables it needs, and the log group
    Cloudwatch,
    /// ROLLBAR_ACCESS_TOKEN (kept like HONEYCOMB_API_KEY), rollbar and blinker
    Rollbar,
    /// Browser traces from the React frontend, joined to the backend's (see --frontend-mode)
    Frontend,
}

/// How the browser's spans reach Honeycomb.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FrontendMode {
    /// The browser sends to an otel-collector compose service, which holds the key and forwards to
    /// Honeycomb: no key reaches a browser (needs the collector's port reachable from the browser)
    Collector,
    /// The browser sends to Honeycomb itself with HONEYCOMB_API_KEY built into the page: only for an
    /// ingest key, which can send data and nothing else (anyone can read it from the bundle)
    Direct,
}

impl From<FrontendMode> for Mode {
    fn from(mode: FrontendMode) -> Mode {
        match mode {
            FrontendMode::Collector => Mode::Collector,
            FrontendMode::Direct => Mode::Direct,
        }
    }
}

#[derive(Debug, Args)]
#[command(after_help = "\
Per service, compose gets OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_ENDPOINT and \
OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=${HONEYCOMB_API_KEY}: the key itself only ever goes to .env \
(mode 0600, ignored by git) and `gp env`. The key comes from --api-key, HONEYCOMB_API_KEY, the profile \
(its ingest key), or the workspace's .env; with a management key, --environment NAME creates an ingest key.
With frontend, the React service gets its build variables (REACT_APP_ or VITE_ OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME), package.json the OpenTelemetry web packages, src/tracing.js is written for the app to import (your code is never edited), and the backend's flask-cors allows the traceparent header so one trace spans browser and backend. --frontend-mode collector (the default) adds an otel-collector service that holds the key; direct sends from the browser with an ingest key.
Without a terminal (or with CI set) nothing is asked: every choice is a flag.")]
pub struct InitArgs {
    #[command(flatten)]
    pub honeycomb: HoneycombArgs,
    /// The workspace [default: the current directory]
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
    /// A compose service to instrument (repeatable) [default: the Flask services]
    #[arg(long = "service", value_name = "NAME")]
    pub services: Vec<String>,
    /// OTEL_SERVICE_NAME, with a single --service [default: the compose service's name, or the one set]
    #[arg(long, value_name = "NAME")]
    pub service_name: Option<String>,
    /// Where to write, comma-separated [default: what the workspace has]
    #[arg(long, value_enum, value_delimiter = ',', value_name = "TARGETS")]
    pub target: Vec<Target>,
    /// With a management key: the environment to create an ingest key in (created if missing)
    #[arg(long, short = 'e', value_name = "ENV")]
    pub environment: Option<String>,
    /// Fix what real repos get wrong: literal Honeycomb keys in committed files
    #[arg(long)]
    pub fix: bool,
    /// Show a diff of every file and the commands, and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Accept the defaults without asking
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// What to set up, comma-separated
    #[arg(long = "with", value_enum, value_delimiter = ',', default_value = "honeycomb", value_name = "PARTS")]
    pub with: Vec<Part>,
    /// With xray: the sampling rule's name when aws/json/xray.json is written
    #[arg(long, value_name = "NAME", default_value = "Cruddur")]
    pub xray_rule_name: String,
    /// With xray: the X-Ray group's name
    #[arg(long, value_name = "NAME", default_value = "Cruddur")]
    pub xray_group: String,
    /// With cloudwatch: the log group watchtower writes to
    #[arg(long, value_name = "NAME", default_value = "cruddur")]
    pub log_group: String,
    /// With rollbar: the access token [default: ROLLBAR_ACCESS_TOKEN]
    #[arg(long, value_name = "TOKEN", hide_env_values = true)]
    pub rollbar_token: Option<String>,
    /// With frontend: how the browser's spans reach Honeycomb
    #[arg(long, value_enum, value_name = "MODE", default_value = "collector")]
    pub frontend_mode: FrontendMode,
    /// With frontend: the React service [default: the one whose package.json names react or vite]
    #[arg(long, value_name = "NAME")]
    pub frontend_service: Option<String>,
    /// Print the Flask tracing bootstrap for app.py (or write it to a new FILE); app.py is never rewritten
    #[arg(long, value_name = "FILE", num_args = 0..=1)]
    pub instrument: Option<Option<PathBuf>>,
    /// How errors name the frontend flags (`frontend init` spells them --service and --mode).
    #[arg(skip = FrontendFlags::INIT)]
    pub frontend_flags: FrontendFlags,
}

/// The names of the frontend flags in the command that was run, for error messages.
#[derive(Debug, Clone, Copy)]
pub struct FrontendFlags {
    pub service: &'static str,
    pub mode: &'static str,
}

impl FrontendFlags {
    pub const INIT: FrontendFlags = FrontendFlags { service: "--frontend-service", mode: "--frontend-mode" };
}

/// One line of the report.
#[derive(Debug, Serialize)]
struct Change {
    target: &'static str,
    path: String,
    action: &'static str,
    detail: String,
}

impl Row for Change {
    fn headers() -> &'static [&'static str] {
        &["TARGET", "PATH", "ACTION", "DETAIL"]
    }

    fn cells(&self) -> Vec<Cell> {
        vec![Cell::text(self.target), Cell::text(&self.path), Cell::text(self.action), Cell::text(&self.detail)]
    }
}

/// The Flask bootstrap from the seeds (week 2), for `--instrument`.
pub const FLASK_BOOTSTRAP: &str = r#"# Honeycomb / OpenTelemetry tracing for Flask (from the bootcamp's week 2).
# Import this module in app.py and call `instrument(app)` right after `app = Flask(__name__)`.
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.flask import FlaskInstrumentor
from opentelemetry.instrumentation.requests import RequestsInstrumentor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

# OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_ENDPOINT and OTEL_EXPORTER_OTLP_HEADERS come from the
# environment (docker-compose.yml, written by `cruddur-obs init`).
provider = TracerProvider()
provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
trace.set_tracer_provider(provider)
tracer = trace.get_tracer(__name__)


def instrument(app):
    FlaskInstrumentor().instrument_app(app)
    RequestsInstrumentor().instrument()
    return app
"#;

fn target_name(path: &std::path::Path) -> &'static str {
    let name = path.file_name().and_then(|name| name.to_str()).unwrap_or_default();
    match name {
        "package.json" | "tracing.js" => "frontend",
        "app.py" => "backend",
        "otel-collector-config.yaml" => "collector",
        ".gitpod.yml" => "gitpod",
        ".env" => "dotenv",
        ".gitignore" => "gitignore",
        "requirements.txt" => "requirements",
        _ if name.ends_with(".example") => "env example",
        _ => "compose",
    }
}

fn relative(workspace: &Workspace, path: &std::path::Path) -> String {
    path.strip_prefix(&workspace.root).unwrap_or(path).display().to_string()
}

fn choose_services(context: &Context, workspace: &Workspace, args: &InitArgs) -> CliResult<Vec<String>> {
    let all = workspace.services();
    if workspace.compose_files.is_empty() && !args.services.is_empty() {
        return Err(CliError::invalid_input(format!("--service: {} has no docker-compose file", workspace.root.display())));
    }
    for name in &args.services {
        if !all.contains_key(name) {
            let error = CliError::invalid_input(format!("--service {name}: no such service in the compose files"));
            return Err(match crate::suggest::suggest(name, all.keys().map(String::as_str)) {
                Some(close) => error.with_hint(format!("did you mean {close}?")),
                None => error.with_hint(format!("services: {}", all.keys().cloned().collect::<Vec<_>>().join(", "))),
            });
        }
    }
    if !args.services.is_empty() {
        return Ok(args.services.clone());
    }
    let flask: Vec<String> = workspace.python_services().into_iter().filter(|python| python.flask).map(|python| python.name).collect();
    if context.ui.interactive && !args.yes && all.len() > 1 {
        let names: Vec<&String> = all.keys().collect();
        let defaults: Vec<bool> = names.iter().map(|name| flask.contains(name)).collect();
        let picked = dialoguer::MultiSelect::new()
            .with_prompt("Services to instrument (space to toggle, enter to accept)")
            .items(&names)
            .defaults(&defaults)
            .interact()
            .map_err(|err| match err {
                dialoguer::Error::IO(io) => CliError::from(io),
            })?;
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

async fn create_ingest_key(context: &Context, settings: &mut HoneycombSettings, environment: &str) -> CliResult<Setting<SecretString>> {
    let management = settings.client(context, Scope::Management)?;
    let team = management.team_slug().await?;
    let wanted = NewEnvironment { name: environment, ..NewEnvironment::default() };
    let (env, created) = ensure(&management, &team, &wanted).await?;
    if created {
        context.ui.status(&format!("created Honeycomb environment {}", env.name));
    }
    let new_key = crate::honeycomb::v2::NewKey {
        name: "cruddur-obs init".to_owned(),
        key_type: Some(crate::honeycomb::v2::KeyType::Ingest),
        environment_id: env.id.clone(),
        permissions: vec!["create_datasets".to_owned()],
    };
    let key = management.create_key(&team, &new_key).await?;
    let header = key
        .header_value()
        .ok_or_else(|| CliError::new(ErrorKind::Unavailable, format!("Honeycomb created key {} but returned no secret", key.id)))?;
    let profile = settings.profile.value.clone();
    if let Err(err) = settings.config.set_profile_values(&profile, &[("ingest_key", Some(&header))]) {
        context.ui.warn(&format!("Honeycomb created key {} but saving it in the profile failed: {}", key.id, err.message));
        context.ui.warn(&format!("this is the only copy of its header value, save it now: {header}"));
        return Err(CliError::new(ErrorKind::SecretNotSaved, format!("key {} was created but its secret could not be saved", key.id)));
    }
    context.ui.status(&format!("created ingest key {} in {} and saved it to profile {profile}", key.id, env.name));
    Ok(Setting { value: SecretString::from(header), source: Source::Profile { profile, path: settings.config.path.display().to_string() } })
}

/// The AWS calls `--with xray,cloudwatch` makes, as the commands that do the same (for `--dry-run`).
fn remote_steps(args: &InitArgs, parts: &Parts, services: &[String]) -> Vec<String> {
    let mut steps = Vec::new();
    if parts.xray.is_some() {
        let service = services.first().map(String::as_str).unwrap_or("*");
        steps.push(format!("cruddur-obs xray create-group {} --filter-expression 'service(\"{service}\")'", args.xray_group));
        steps.push(format!("cruddur-obs xray rules apply {XRAY_RULES_PATH}"));
    }
    if parts.cloudwatch {
        steps.push(format!("cruddur-obs cloudwatch log-group ensure {}", args.log_group));
    }
    steps
}

/// Creates what is missing in AWS: the X-Ray group, the sampling rules of aws/json/xray.json, the log group.
async fn apply_aws(
    context: &Context,
    config: &aws_config::SdkConfig,
    args: &InitArgs,
    parts: &Parts,
    services: &[String],
    workspace: &Workspace,
) -> CliResult<Vec<Change>> {
    let mut changes = Vec::new();
    if parts.xray.is_some() {
        let client = XrayClient::new(config, context.ui.verbose);
        let filter = format!("service(\"{}\")", services.first().map(String::as_str).unwrap_or("*"));
        let action = match client.get_group(&args.xray_group).await? {
            Some(existing) if existing.filter_expression.as_deref() == Some(filter.as_str()) => "unchanged",
            Some(existing) => {
                context.ui.warn(&format!(
                    "X-Ray group {} filters {} (left as it is; `cruddur-obs xray groups update` changes it)",
                    args.xray_group,
                    existing.filter_expression.as_deref().unwrap_or("nothing")
                ));
                "unchanged"
            }
            None => {
                client.create_group(&args.xray_group, Some(&filter), Default::default(), &[]).await?;
                "created"
            }
        };
        changes.push(Change { target: "xray", path: format!("group {}", args.xray_group), action, detail: filter });
        let rules_path = workspace.xray_rules.first().cloned().unwrap_or_else(|| workspace.root.join(XRAY_RULES_PATH));
        let wanted = rule_file::load(&[rule_file::RuleSource::Path(rules_path.clone())], &mut std::io::empty()).map_err(|problems| {
            CliError::invalid_input(format!("{}: the sampling rules cannot be applied", rules_path.display())).with_problems(problems)
        })?;
        let current: Vec<_> = client.list_rules().await?.into_iter().map(|record| record.rule).collect();
        let plan = xray_plan::plan(&wanted, &current, false)
            .map_err(|problems| CliError::invalid_input("the sampling rules cannot be applied").with_problems(problems))?;
        for step in &plan.steps {
            crate::xray::apply::execute(&client, step).await?;
            let action = if step.action == xray_plan::Action::Unchanged { "unchanged" } else { step.action.as_str() };
            changes.push(Change {
                target: "xray",
                path: format!("sampling rule {}", step.rule_name),
                action,
                detail: relative(workspace, &rules_path),
            });
        }
    }
    if parts.cloudwatch {
        let client = LogsClient::new(config, context.ui.verbose);
        let action = match client.find(&args.log_group).await? {
            Some(_) => "unchanged",
            None => {
                client.create(&args.log_group).await?;
                "created"
            }
        };
        changes.push(Change { target: "cloudwatch", path: format!("log group {}", args.log_group), action, detail: String::new() });
    }
    Ok(changes)
}

fn lock(workspace: &Workspace) -> CliResult<std::fs::File> {
    use std::hash::{Hash, Hasher};
    let canonical = std::fs::canonicalize(&workspace.root).unwrap_or_else(|_| workspace.root.clone());
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    canonical.hash(&mut hasher);
    // In the temp directory, not the workspace: a lock file must not show up in `git status`.
    let path = std::env::temp_dir().join(format!("cruddur-obs-init-{:016x}.lock", hasher.finish()));
    let file = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(&path)?;
    file.lock()?;
    Ok(file)
}

pub async fn run(context: &Context, args: InitArgs) -> CliResult {
    run_with_aws(context, args, &AwsSettings::default()).await
}

/// `init` with AWS settings from flags (`cruddur-obs xray init --profile ...`); plain `init` takes them from
/// the environment and the AWS config files, as the aws CLI does.
pub async fn run_with_aws(context: &Context, args: InitArgs, aws: &AwsSettings) -> CliResult {
    if args.service_name.is_some() && args.services.len() != 1 {
        return Err(CliError::usage("--service-name needs exactly one --service"));
    }
    if let Some(Some(path)) = &args.instrument
        && path.exists()
    {
        return Err(CliError::invalid_input(format!(
            "--instrument {}: the file exists; name a new file (app.py is never rewritten)",
            path.display()
        )));
    }
    let mut settings = HoneycombSettings::resolve(&args.honeycomb, &ProcessEnvironment)?;
    let root = std::fs::canonicalize(&args.dir).map_err(|err| CliError::invalid_input(format!("--dir {}: {err}", args.dir.display())))?;
    let workspace = Workspace::detect(&root)?;
    let services = choose_services(context, &workspace, &args)?;
    let gp = Gp::find();
    let explicit = |target: Target| args.target.contains(&target);
    let targets = if args.target.is_empty() {
        Targets {
            compose: !workspace.compose_files.is_empty(),
            dotenv: true,
            gitpod: workspace.gitpod.is_some() && gp.is_some(),
            requirements: workspace.python_services().iter().any(|python| services.contains(&python.name)),
            frontend: true,
        }
    } else {
        Targets {
            compose: explicit(Target::Compose),
            dotenv: explicit(Target::Dotenv),
            gitpod: explicit(Target::Gitpod),
            requirements: explicit(Target::Requirements),
            frontend: explicit(Target::Frontend),
        }
    };
    if targets.gitpod && gp.is_none() {
        return Err(CliError::invalid_input("--target gitpod: `gp` is not on PATH (it is in every Gitpod workspace)"));
    }

    let parts = Parts {
        honeycomb: args.with.contains(&Part::Honeycomb),
        xray: args.with.contains(&Part::Xray).then(|| XrayPart { rule_name: args.xray_rule_name.clone() }),
        cloudwatch: args.with.contains(&Part::Cloudwatch),
        rollbar: args
            .with
            .contains(&Part::Rollbar)
            .then(|| RollbarPart { token: args.rollbar_token.clone().or_else(|| ProcessEnvironment.var(ROLLBAR_TOKEN_VAR)) }),
        frontend: match args.with.contains(&Part::Frontend) {
            true => Some(FrontendPart {
                mode: args.frontend_mode.into(),
                service: choose_frontend(&workspace, args.frontend_service.as_deref(), args.frontend_flags.service)?,
            }),
            false => None,
        },
    };
    let direct = parts.frontend.as_ref().is_some_and(|part| part.mode == Mode::Direct);
    // The key goes where the backend (and, with the frontend, the collector or the browser) reads it.
    let uses_key = parts.honeycomb || parts.frontend.is_some();
    if let Some(token) = parts.rollbar.as_ref().and_then(|rollbar| rollbar.token.as_deref())
        && (token.len() < 20 || !token.chars().all(|c| c.is_ascii_alphanumeric()))
    {
        return Err(CliError::invalid_input(format!(
            "the Rollbar token {} is not a Rollbar access token (32 letters and digits)",
            mask(token)
        )));
    }
    // X-Ray and CloudWatch calls need AWS credentials: checked now, before any file is written.
    let aws_config = match (&parts.xray, parts.cloudwatch, args.dry_run) {
        (None, false, _) | (_, _, true) => None,
        _ => Some(crate::aws::load(aws, context).await?),
    };

    // The key: found, or created with the management key, then checked once with Honeycomb.
    let needs_key = uses_key && (targets.dotenv || targets.gitpod || direct);
    let mut key = find_key(&settings, &workspace);
    if key.is_none()
        && let Some(environment) = &args.environment
    {
        key = Some(create_ingest_key(context, &mut settings, environment).await?);
    }
    if key.is_none() && needs_key {
        if context.ui.interactive && !args.yes {
            let typed = dialoguer::Password::new().with_prompt("Honeycomb ingest key").interact().map_err(|err| match err {
                dialoguer::Error::IO(io) => CliError::from(io),
            })?;
            key = Some(Setting { value: SecretString::from(typed.trim().to_owned()), source: Source::Prompt });
        } else {
            return Err(CliError::usage("no Honeycomb ingest key").with_hint(
                "set HONEYCOMB_API_KEY, pass --api-key, run `cruddur-obs honeycomb login`, or pass --environment NAME with a management key",
            ));
        }
    }
    if let Some(key) = key.as_ref().filter(|_| uses_key) {
        settings.api_key = Some(key.clone());
        let honeycomb = settings.client(context, Scope::Environment)?;
        let auth = honeycomb.environment_auth().await.map_err(|err| {
            let error = CliError::from(err);
            if error.kind == ErrorKind::Auth {
                error.with_hint(format!("the key {} came from {}", mask(key.value.expose_secret()), key.source))
            } else {
                error
            }
        })?;
        let can_send = auth.key_type.as_deref() == Some("ingest") || auth.permissions.iter().any(|permission| permission == "send_events");
        if !can_send {
            return Err(CliError::new(
                ErrorKind::Auth,
                format!("the key {} ({}) cannot send events", mask(key.value.expose_secret()), key.source),
            )
            .with_hint("use an ingest key: cruddur-obs honeycomb keys create -e ENV"));
        }
        // A browser bundle is public: only a key that can do nothing but send may go into one.
        let send_only = auth.key_type.as_deref() == Some("ingest")
            || (!auth.permissions.is_empty()
                && auth.permissions.iter().all(|permission| matches!(permission.as_str(), "send_events" | "create_datasets")));
        if direct && !send_only {
            return Err(CliError::new(
                ErrorKind::Auth,
                format!(
                    "{} direct: the key {} ({}) can do more than send data, and the browser bundle would publish it",
                    args.frontend_flags.mode,
                    mask(key.value.expose_secret()),
                    key.source
                ),
            )
            .with_hint(format!(
                "use an ingest key (cruddur-obs honeycomb keys create -e ENV), or {} collector",
                args.frontend_flags.mode
            )));
        }
        context.ui.status(&format!(
            "key {} ({}): {} key for environment {} of team {}",
            mask(key.value.expose_secret()),
            key.source,
            auth.key_type.as_deref().unwrap_or("a"),
            if auth.environment_slug.is_empty() { "(classic)" } else { &auth.environment_slug },
            auth.team_slug
        ));
    }

    let _lock = if args.dry_run { None } else { Some(lock(&workspace)?) };
    // Read again under the lock: a concurrent run may have just written.
    let workspace = Workspace::detect(&root)?;
    let mut fix = args.fix;
    let choices = |fix: bool| Choices {
        services: services.clone(),
        service_name: args.service_name.clone(),
        endpoint: endpoint_for(&settings.api_url.value),
        api_key: key.as_ref().map(|key| key.value.expose_secret().to_owned()),
        targets,
        fix,
        dotenv_ignored: workspace.dotenv_ignored(),
        parts: parts.clone(),
    };
    let mut plan = otel::plan(&workspace, &choices(fix))?;
    if !fix && !plan.fixes_declined.is_empty() && context.ui.interactive && !args.yes && !args.dry_run {
        for found in &plan.fixes_declined {
            context.ui.warn(found);
        }
        if context.ui.confirm("Make these fixes?", false, "--fix")? {
            fix = true;
            plan = otel::plan(&workspace, &choices(fix))?;
        }
    }
    for found in &plan.fixes_declined {
        context.ui.warn(found);
    }

    // What `gp env` should hold, and what must never be printed.
    let mut secrets: Vec<(&str, String)> = Vec::new();
    if let Some(key) = key.as_ref().filter(|_| uses_key) {
        secrets.push((API_KEY_VAR, key.value.expose_secret().to_owned()));
    }
    secrets.extend(parts.secrets());
    let hide = |text: &str| {
        secrets
            .iter()
            .filter(|(_, secret)| !secret.is_empty())
            .fold(text.to_owned(), |text, (_, secret)| text.replace(secret.as_str(), &mask(secret)))
    };
    let gp_updates: Vec<&(&str, String)> = match &gp {
        Some(gp) if targets.gitpod => {
            let current = gp.list().map_err(|err| CliError::new(ErrorKind::Unavailable, err.to_string()))?;
            secrets.iter().filter(|(name, value)| current.get(*name) != Some(value)).collect()
        }
        _ => Vec::new(),
    };
    let gp_needed = !gp_updates.is_empty();
    let remote_steps = remote_steps(&args, &parts, &services);

    if args.dry_run {
        let mut out = context.ui.out();
        for edit in &plan.edits {
            let name = relative(&workspace, &edit.path);
            let diff = similar::TextDiff::from_lines(edit.before.as_deref().unwrap_or(""), &edit.after);
            let old = if edit.before.is_some() { format!("a/{name}") } else { "/dev/null".to_owned() };
            write!(out, "{}", hide(&diff.unified_diff().header(&old, &format!("b/{name}")).to_string()))?;
        }
        for (name, value) in &gp_updates {
            writeln!(out, "$ gp env {name}={}", mask(value))?;
        }
        for step in &remote_steps {
            writeln!(out, "$ {step} (if needed)")?;
        }
        drop(out);
        for note in &plan.notes {
            context.ui.warn(note);
        }
        let count = plan.edits.len() + gp_updates.len();
        context.ui.status(&if count == 0 {
            "nothing to change".to_owned()
        } else {
            format!("{count} change(s) planned; dry run, nothing was changed")
        });
        return Ok(());
    }

    let writes: Vec<PlannedWrite> = plan
        .edits
        .iter()
        .map(|edit| PlannedWrite {
            path: &edit.path,
            before: edit.before.as_deref().map(str::as_bytes),
            after: edit.after.as_bytes(),
            mode: edit.secret.then_some(0o600),
        })
        .collect();
    let outcomes =
        write_all_or_none(&writes).map_err(|err| CliError::new(ErrorKind::InvalidInput, format!("nothing was changed: {err}")))?;
    let mut changes: Vec<Change> = plan
        .edits
        .iter()
        .zip(&outcomes)
        .map(|(edit, outcome)| Change {
            target: target_name(&edit.path),
            path: relative(&workspace, &edit.path),
            action: if *outcome == WriteOutcome::Created { "created" } else { "updated" },
            detail: edit.summary.clone(),
        })
        .collect();
    changes.extend(plan.unchanged.iter().map(|path| Change {
        target: target_name(path),
        path: relative(&workspace, path),
        action: "unchanged",
        detail: String::new(),
    }));
    if let Some(gp) = &gp {
        for (name, value) in &gp_updates {
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
    if targets.gitpod && !gp_needed {
        for (name, _) in &secrets {
            changes.push(Change { target: "gitpod", path: format!("gp env {name}"), action: "unchanged", detail: String::new() });
        }
    }
    if let Some(config) = &aws_config {
        changes.extend(apply_aws(context, config, &args, &parts, &services, &workspace).await?);
    }
    if matches!(args.instrument, Some(None)) {
        // stdout carries the bootstrap code; the report goes to stderr.
        for change in &changes {
            context.ui.status(&format!("{:<12} {:<28} {:<9} {}", change.target, change.path, change.action, change.detail));
        }
    } else {
        context.print_rows(&changes)?;
    }

    for note in &plan.notes {
        context.ui.warn(note);
    }
    if plan.edits.is_empty() && !gp_needed && !changes.iter().any(|change| change.action != "unchanged") {
        context.ui.status("nothing to change: the workspace already sends traces to Honeycomb");
    } else {
        context.ui.success(&format!("{} change(s) made", changes.iter().filter(|change| change.action != "unchanged").count()));
    }
    if targets.gitpod && !secrets.is_empty() {
        context.ui.status("gp env reaches new workspaces only; to load the variables in this one: eval \"$(gp env -e)\"");
    }
    if targets.dotenv && plan.edits.iter().any(|edit| target_name(&edit.path) == "gitignore") {
        context.ui.status("added .env to .gitignore: it holds the key");
    }
    match &args.instrument {
        Some(Some(path)) => {
            crate::fsio::write_if_changed(path, FLASK_BOOTSTRAP.as_bytes(), None)?;
            context.ui.status(&format!(
                "wrote {}: in app.py, `from {} import instrument` and call instrument(app)",
                path.display(),
                path.file_stem().and_then(|s| s.to_str()).unwrap_or("tracing")
            ));
        }
        Some(None) => context.ui.out().write_all(FLASK_BOOTSTRAP.as_bytes())?,
        None => {}
    }
    Ok(())
}
