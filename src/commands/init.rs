//! `cruddur-obs init`: a workspace sending traces to Honeycomb in one command. The flags become an
//! [`InitRequest`]; [`crate::init`] plans it, shows the plan (`--dry-run`) or applies it, and reports.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::aws::AwsSettings;
use crate::context::Context;
use crate::error::CliResult;
use crate::init::parts::{ROLLBAR_TOKEN_VAR, RollbarPart, XrayVia};
use crate::init::{FrontendFlagNames, FrontendMode, FrontendRequest, InitRequest, Instrument, PartsRequest, Target, XrayRequest};
use crate::settings::Environment;
use crate::settings::honeycomb::HoneycombArgs;

/// What `init --with` sets up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Part {
    /// OpenTelemetry to Honeycomb: OTEL variables, the ingest key, the five packages
    Honeycomb,
    /// X-Ray through the workspace's OpenTelemetry Collector (otel-collector, OTLP + SigV4), aws/json/xray.json, the group and rule (see --xray-via)
    Xray,
    /// watchtower and the AWS variables it needs, and the log group
    Cloudwatch,
    /// ROLLBAR_ACCESS_TOKEN (kept like HONEYCOMB_API_KEY), rollbar and blinker
    Rollbar,
    /// Browser traces from the React frontend, joined to the backend's (see --frontend-mode)
    Frontend,
    /// observability.yaml (and its schema): a board, an error-rate trigger and a latency SLO for `plan`/`apply`
    Board,
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
    /// A compose file to use, as `docker compose -f` (repeatable; relative to --dir) [default: COMPOSE_FILE, else compose.yaml ... docker-compose.yml]
    #[arg(long = "file", short = 'f', value_name = "FILE")]
    pub files: Vec<PathBuf>,
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
    /// With xray: how spans reach X-Ray
    #[arg(long, value_enum, value_name = "PATH", default_value = "collector")]
    pub xray_via: XrayVia,
    /// With xray: a sampling proxy (the collector's awsproxy extension, e.g. http://otel-collector:2000) that
    /// ADOT's X-Ray sampler asks for the sampling rules; without it the app keeps every trace
    #[arg(long, value_name = "URL")]
    pub xray_sampling_endpoint: Option<String>,
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
    /// When .env is a symlink to a file outside the workspace or tracked by git (where the key must not
    /// go), replace the link with a file of its own instead of refusing (the old target is left as it is)
    #[arg(long)]
    pub replace_env_link: bool,
}

impl InitArgs {
    /// The request, as `init` asks it (AWS settings from the environment and the AWS config files, as
    /// the aws CLI takes them).
    pub fn request(self, env: &dyn Environment) -> InitRequest {
        let has = |part: Part| self.with.contains(&part);
        let parts = PartsRequest {
            honeycomb: has(Part::Honeycomb),
            board: has(Part::Board),
            xray: has(Part::Xray).then(|| XrayRequest {
                rule_name: self.xray_rule_name.clone(),
                group: self.xray_group.clone(),
                via: self.xray_via,
                sampling_endpoint: self.xray_sampling_endpoint.clone(),
            }),
            cloudwatch: has(Part::Cloudwatch).then(|| self.log_group.clone()),
            rollbar: has(Part::Rollbar).then(|| RollbarPart { token: self.rollbar_token.clone().or_else(|| env.var(ROLLBAR_TOKEN_VAR)) }),
            frontend: has(Part::Frontend).then(|| FrontendRequest {
                mode: self.frontend_mode.into(),
                service: self.frontend_service.clone(),
                flags: FrontendFlagNames { service: "--frontend-service", mode: "--frontend-mode" },
            }),
        };
        InitRequest {
            honeycomb: self.honeycomb,
            aws: AwsSettings::default(),
            dir: self.dir,
            services: self.services,
            compose_files: self.files,
            service_name: self.service_name,
            targets: Target::targets(&self.target),
            environment: self.environment,
            fix: self.fix,
            dry_run: self.dry_run,
            yes: self.yes,
            parts,
            instrument: self.instrument.map(|file| file.map_or(Instrument::Print, Instrument::File)),
            replace_env_link: self.replace_env_link,
        }
    }
}

pub async fn run(context: &Context, args: InitArgs) -> CliResult {
    crate::init::run(context, &args.request(&*context.env)).await
}
