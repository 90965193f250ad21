//! `init`: a workspace sending traces to Honeycomb (and, with its parts, to X-Ray, CloudWatch Logs,
//! Rollbar, and from the browser) in one run, shaped as `xray rules apply` is:
//! - [`InitRequest`]: what was asked, built once from its flags by the command that asks (`init`,
//!   `xray init`, `frontend init`);
//! - [`choose`]: the request against the workspace: the services, targets and parts (asking on a terminal);
//! - [`key`]: the ingest key: found, made with the management key, or asked for, then checked once;
//! - [`plan`]: the planner: every file edit ([`edits`], [`parts`]), `gp env` update and AWS step, reading only;
//! - [`apply`]: the executor: all files or none, then `gp env`, then AWS;
//! - [`report`]: what a dry run would do, and what was done.
//!
//! A second run plans nothing and writes nothing.

pub mod apply;
pub mod choose;
pub mod collector;
pub mod edits;
pub mod key;
pub mod migrate;
pub mod parts;
pub mod plan;
pub mod report;

use std::path::PathBuf;

use clap::ValueEnum;
use secrecy::ExposeSecret;

use self::edits::Targets;
use self::parts::{RollbarPart, XrayVia};
use self::plan::PlanInputs;
use crate::aws::AwsSettings;
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::gitpod::Gp;
use crate::settings::honeycomb::{HoneycombArgs, HoneycombSettings};
use crate::workspace::frontend::Mode;
use crate::workspace::interpolate::Variables;
use crate::workspace::otel::Wanted;
use crate::workspace::{ComposeSelection, Workspace};

/// `--target`: where init writes (the flag's values; `init`, `xray init` and `frontend init` take it).
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

impl Target {
    /// The targets named; `None` when none was (then the workspace decides).
    pub fn targets(named: &[Target]) -> Option<Targets> {
        if named.is_empty() {
            return None;
        }
        let has = |target: Target| named.contains(&target);
        Some(Targets {
            compose: has(Target::Compose),
            dotenv: has(Target::Dotenv),
            gitpod: has(Target::Gitpod),
            requirements: has(Target::Requirements),
            frontend: has(Target::Frontend),
        })
    }
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

/// What `init` is asked to do. The commands build it from their flags; nothing else of theirs travels on.
#[derive(Debug, Clone)]
pub struct InitRequest {
    pub honeycomb: HoneycombArgs,
    /// For the AWS steps (`xray init` takes them as flags; `init` from the environment, as the aws CLI does).
    pub aws: AwsSettings,
    pub dir: PathBuf,
    /// `--service`: the compose services to instrument (none: the Flask services, or a prompt).
    pub services: Vec<String>,
    /// `-f`: the compose files to use, as `docker compose -f` (none: `COMPOSE_FILE`, else compose's default).
    pub compose_files: Vec<PathBuf>,
    /// `OTEL_SERVICE_NAME`, with a single service.
    pub service_name: Option<String>,
    /// `--target`; `None`: what the workspace has.
    pub targets: Option<Targets>,
    /// With a management key: the environment to create an ingest key in (created if missing).
    pub environment: Option<String>,
    /// Consent to fix what real repos get wrong (literal keys, a sampling rule for another service).
    pub fix: bool,
    pub dry_run: bool,
    /// Accept the defaults without asking.
    pub yes: bool,
    pub parts: PartsRequest,
    /// The Flask tracing bootstrap: printed, or written to a new file.
    pub instrument: Option<Instrument>,
    /// `--replace-env-link`: a `.env` symlink whose target is refused (outside the workspace, tracked
    /// by git) is replaced by a real file instead.
    pub replace_env_link: bool,
}

/// What to set up (`--with`).
#[derive(Debug, Clone, Default)]
pub struct PartsRequest {
    pub honeycomb: bool,
    /// `observability.yaml` for `plan` and `apply`, when the workspace has none.
    pub board: bool,
    pub xray: Option<XrayRequest>,
    /// With CloudWatch Logs: the log group watchtower writes to.
    pub cloudwatch: Option<String>,
    /// With Rollbar: its token (from the flag or ROLLBAR_ACCESS_TOKEN).
    pub rollbar: Option<RollbarPart>,
    pub frontend: Option<FrontendRequest>,
}

#[derive(Debug, Clone)]
pub struct XrayRequest {
    /// The sampling rule's name when aws/json/xray.json is written.
    pub rule_name: String,
    /// The X-Ray group.
    pub group: String,
    pub via: XrayVia,
    /// `--xray-sampling-endpoint`: the sampling proxy ADOT's X-Ray sampler asks for the rules.
    pub sampling_endpoint: Option<String>,
}

#[derive(Debug, Clone)]
pub struct FrontendRequest {
    pub mode: Mode,
    /// The React service (`None`: the only one found).
    pub service: Option<String>,
    /// How the asking command spells these two flags, for its errors.
    pub flags: FrontendFlagNames,
}

/// `init` spells them `--frontend-service` and `--frontend-mode`, `frontend init` `--service` and `--mode`.
#[derive(Debug, Clone, Copy)]
pub struct FrontendFlagNames {
    pub service: &'static str,
    pub mode: &'static str,
}

/// `--instrument [FILE]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Instrument {
    /// On stdout (the report then goes to stderr).
    Print,
    /// Into a new file.
    File(PathBuf),
}

impl InitRequest {
    /// The checks that need nothing but the flags (and whether `--instrument`'s file exists).
    fn check(&self, context: &Context) -> CliResult {
        if self.service_name.is_some() && self.services.len() != 1 {
            return Err(CliError::usage("--service-name needs exactly one --service"));
        }
        if let Some(endpoint) = self.parts.xray.as_ref().and_then(|xray| xray.sampling_endpoint.as_deref()) {
            let host = endpoint.strip_prefix("http://").or_else(|| endpoint.strip_prefix("https://")).unwrap_or_default();
            if host.is_empty() || host.contains(char::is_whitespace) {
                return Err(CliError::invalid_input(format!("--xray-sampling-endpoint {endpoint:?}: not an http(s) URL"))
                    .with_hint("the sampling proxy's address, e.g. http://otel-collector:2000 (the collector's awsproxy extension)"));
            }
            if self.parts.xray.as_ref().is_some_and(|xray| xray.via == XrayVia::Daemon) {
                return Err(CliError::usage("--xray-sampling-endpoint is for --xray-via collector: the X-Ray SDK asks its daemon"));
            }
        }
        if let Some(Instrument::File(path)) = &self.instrument
            && context.path(path).exists()
        {
            return Err(CliError::invalid_input(format!(
                "--instrument {}: the file exists; name a new file (app.py is never rewritten)",
                path.display()
            )));
        }
        Ok(())
    }
}

/// `.env` as a symlink: the key must not land outside the workspace or in a file git tracks (see
/// [`crate::workspace::links`]). Refused with the reason, or, with `--replace-env-link`, the link is
/// to be replaced by a real file (returned, for the plan).
fn dotenv_link_decision(request: &InitRequest, workspace: &Workspace) -> CliResult<Vec<PathBuf>> {
    let path = workspace.dotenv_path();
    let Some(link) = crate::workspace::links::secret_file_link(&workspace.root, &path, &workspace.repository) else {
        return Ok(Vec::new());
    };
    let Some(reason) = link.refusal(&workspace.root) else { return Ok(Vec::new()) };
    let shown = path.strip_prefix(&workspace.root).unwrap_or(&path).display().to_string();
    if request.replace_env_link {
        return Ok(vec![path]);
    }
    Err(CliError::invalid_input(format!("{shown} is a symlink to {}, {reason}; the key is not written through it", link.target.display()))
        .with_hint(format!(
            "pass --replace-env-link to replace the link with a file of its own (its target is left as it is), or make {shown} a file"
        )))
}

/// X-Ray's OTLP endpoint takes spans only with Transaction Search on: checked before anything is written,
/// and what to run said; the files are right either way, so this never stops the run.
async fn check_destination(context: &Context, config: &aws_config::SdkConfig) {
    let client = crate::xray::XrayClient::new(config, context.ui.verbose);
    match client.trace_segment_destination().await {
        Ok(found) if found.transaction_search() => {}
        Ok(found) => context.ui.warn(&format!(
            "X-Ray's trace segment destination is {}: its OTLP endpoint refuses the collector's spans until Transaction Search is on; \
             run `cruddur-obs xray destination --enable`",
            found.name
        )),
        Err(err) => {
            let err = CliError::from(err);
            context.ui.warn(&format!(
                "could not read X-Ray's trace segment destination ({}); `cruddur-obs xray destination` shows it",
                err.message
            ));
        }
    }
}

/// Runs `init`: checks, choices, the key, then the plan, shown (`--dry-run`) or applied and reported.
pub async fn run(context: &Context, request: &InitRequest) -> CliResult {
    request.check(context)?;
    let mut settings = HoneycombSettings::resolve(&request.honeycomb, &*context.env)?;
    let root = std::fs::canonicalize(context.path(&request.dir))
        .map_err(|err| CliError::invalid_input(format!("--dir {}: {err}", request.dir.display())))?;
    let selection = ComposeSelection::from_env(&request.compose_files, &*context.env);
    let workspace = Workspace::detect_with(&root, &selection)?;
    let gp = Gp::find();
    let variables = Variables::gather(&workspace, &*context.env);
    let resolved = choose::resolve(&context.ui, request, &workspace, gp.is_some(), &variables)?;
    // Where the key would land is decided before the key is made or checked.
    let replace_links = if resolved.targets.dotenv { dotenv_link_decision(request, &workspace)? } else { Vec::new() };
    // X-Ray and CloudWatch calls need AWS credentials: checked now, before any file is written.
    let aws_config = match (&resolved.parts.xray, resolved.parts.cloudwatch, request.dry_run) {
        (None, false, _) | (_, _, true) => None,
        _ => Some(crate::aws::load(&request.aws, context).await?),
    };
    if let (Some(config), Some(xray)) = (&aws_config, &resolved.parts.xray)
        && xray.via_collector()
    {
        check_destination(context, config).await;
    }
    let key = key::obtain(context, request, &mut settings, &workspace, &resolved).await?;

    let _lock = if request.dry_run { None } else { Some(apply::lock(context, &workspace)?) };
    // Read again under the lock: a concurrent run may have just written.
    let workspace = Workspace::detect_with(&root, &selection)?;
    let variables = Variables::gather(&workspace, &*context.env);
    let gp_env = match &gp {
        Some(gp) if resolved.targets.gitpod => Some(gp.list().map_err(|err| CliError::new(ErrorKind::Unavailable, err.to_string()))?),
        _ => None,
    };
    let mut inputs = PlanInputs {
        request,
        resolved: &resolved,
        key: key.as_ref().map(|key| key.value.expose_secret().to_owned()),
        // The key was checked with Honeycomb at this API when anything uses it.
        wanted: Wanted { api_url: settings.api_url.value.clone(), confirmed: key.is_some() && resolved.uses_key() },
        fix: request.fix,
        dotenv_state: workspace.git_state(&workspace.dotenv_path()),
        variables: &variables,
        gp_env: gp_env.as_ref(),
    };
    let mut plan = plan::plan(&workspace, &inputs)?;
    plan.replace_links = replace_links.clone();
    // The key and the parts' tokens are masked in every message from here on.
    for (_, secret) in &plan.secrets {
        context.ui.register_secret(secret);
    }
    if !inputs.fix && !plan.files.fixes_declined.is_empty() && context.ui.interactive && !request.yes && !request.dry_run {
        for found in &plan.files.fixes_declined {
            context.ui.warn(found);
        }
        if context.ui.confirm("Make these fixes?", false, "--fix")? {
            inputs.fix = true;
            plan = plan::plan(&workspace, &inputs)?;
            plan.replace_links = replace_links;
        }
    }
    for found in &plan.files.fixes_declined {
        context.ui.warn(found);
    }

    if request.dry_run {
        return report::dry_run(context, &workspace, &plan);
    }
    let changes = apply::apply(context, &workspace, &plan, gp.as_ref(), aws_config.as_ref()).await?;
    report::applied(context, &plan, &changes, request.instrument.as_ref())
}
