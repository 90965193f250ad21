//! `cruddur-obs doctor`: a checklist of the workspace and the accounts, each line ✓, ✗, ! or - with the
//! fix. Reads the workspace and the shell, asks Honeycomb and AWS, and writes nothing. Exits 8 when a
//! check fails (warnings do not count). The flags become a [`DoctorRequest`]; [`crate::doctor`] plans
//! the checks ([`plan`]), makes the network calls ([`execute`]) and lists the rows ([`plan::checklist`]).

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

use crate::aws::AwsSettings;
use crate::context::Context;
use crate::doctor::plan::{self, DEFAULT_GROUP, DoctorRequest, check_skips};
use crate::doctor::{Check, Status, Tally, execute, ids};
use crate::error::{CliError, CliResult, ErrorKind};
use crate::output::{Cell, Row};
use crate::settings::honeycomb::{HoneycombArgs, HoneycombSettings};
use crate::workspace::{ComposeSelection, Workspace};

#[derive(Debug, Args)]
#[command(after_help = "\
Checks (ids for --output json and --skip): honeycomb.key, otel.variables, otel.endpoint, otel.headers, \
env.resolves, compose.env_syntax, secrets.literal, dotenv.syntax, dotenv.gitignore, dotenv.mode, \
xray.path, xray.destination, xray.rules, xray.group, xray.sampling, collector.config, collector.local_copy, \
names.consistent, frontend.tracing, verify.trace (--verify).
The services checked are the ones init instruments (the Flask services, and every service set up to send \
traces), or those named with --service; the compose files are the ones docker compose uses (-f, \
COMPOSE_FILE, else its default file). A fix that is a command is also in the JSON row's `command` (argv, \
run in the workspace).
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
    /// A compose service to check (repeatable) [default: the services that should send traces, as init finds them]
    #[arg(long = "service", value_name = "NAME")]
    pub services: Vec<String>,
    /// A compose file to use, as `docker compose -f` (repeatable; relative to --dir) [default: COMPOSE_FILE, else compose.yaml ... docker-compose.yml]
    #[arg(long = "file", short = 'f', value_name = "FILE")]
    pub files: Vec<PathBuf>,
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
    #[arg(long, value_name = "DURATION", default_value = "65s", value_parser = parse_timeout)]
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
    if duration < Duration::from_secs(1) || duration > Duration::from_secs(86_400) {
        return Err(format!("{text}: at least 1s and at most 1d"));
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

impl DoctorArgs {
    pub fn request(&self) -> DoctorRequest {
        DoctorRequest {
            dir: self.dir.clone(),
            services: self.services.clone(),
            compose_files: self.files.clone(),
            verify: self.verify,
            query_key: self.query_key.clone(),
            endpoint: self.endpoint.clone(),
            timeout: self.timeout,
            xray_group: self.xray_group.clone(),
            aws: AwsSettings { profile: self.aws_profile.clone(), region: self.aws_region.clone(), endpoint_url: None },
            skip: self.skip.clone(),
        }
    }
}

pub async fn run(context: &Context, args: DoctorArgs) -> CliResult {
    check_skips(&args.skip)?;
    let request = args.request();
    let settings = HoneycombSettings::resolve(&args.honeycomb, &*context.env)?;
    let root = std::fs::canonicalize(context.path(&args.dir))
        .map_err(|err| CliError::invalid_input(format!("--dir {}: {err}", args.dir.display())))?;
    let selection = ComposeSelection::from_env(&args.files, &*context.env);
    // A compose file named with -f or COMPOSE_FILE that is not there is bad input, not a finding.
    Workspace::check_selection(&root, &selection)?;
    let workspace = match Workspace::detect_with(&root, &selection) {
        Ok(workspace) => workspace,
        Err(err) => {
            let check = Check::fail(ids::WORKSPACE, format!("cannot read the workspace: {}", err.message))
                .with_fix("fix the file so docker compose can read it (docker compose config shows the same error)");
            context.print_rows(&[check])?;
            return Err(CliError::new(ErrorKind::CheckFailed, "the workspace could not be read, so nothing else was checked"));
        }
    };
    workspace.check_service_names(&request.services, "--service")?;
    let plan = plan::plan(&request, &workspace, &settings, &*context.env);
    let findings = execute::run(context, &request, &plan, &settings).await;
    let shown = plan::checklist(&request, &plan, findings, &settings.api_url.value);

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
