//! `cruddur-obs frontend init`: the frontend part of `init` on its own (`init --with frontend`): browser
//! traces from the React app, joined to the backend's.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::aws::AwsSettings;
use crate::context::Context;
use crate::error::CliResult;
use crate::init::{FrontendFlagNames, FrontendMode, FrontendRequest, InitRequest, PartsRequest, Target};
use crate::settings::honeycomb::HoneycombArgs;

#[derive(Debug, Args)]
pub struct FrontendArgs {
    #[command(subcommand)]
    pub command: FrontendCommand,
}

#[derive(Debug, Subcommand)]
pub enum FrontendCommand {
    /// Browser traces for the React app: packages, src/tracing.js, build variables, the collector, CORS
    Init(FrontendInitArgs),
}

#[derive(Debug, Args)]
#[command(after_help = "\
collector (the default): the browser sends OTLP/HTTP to an otel-collector compose service on port 4318, \
whose CORS allows the frontend's origin; the collector adds x-honeycomb-team from ${HONEYCOMB_API_KEY} and \
forwards to Honeycomb, so no key is in the page. direct: the browser sends to Honeycomb itself, with \
HONEYCOMB_API_KEY built into the bundle; init refuses a key that can do more than send data.
Either way, requests to the backend (REACT_APP_BACKEND_URL) carry traceparent, and the backend's flask-cors \
is made to allow it, so one trace shows the browser's request and the backend's work.")]
pub struct FrontendInitArgs {
    #[command(flatten)]
    pub honeycomb: HoneycombArgs,
    /// The workspace [default: the current directory]
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
    /// How the browser's spans reach Honeycomb
    #[arg(long, value_enum, value_name = "MODE", default_value = "collector")]
    pub mode: FrontendMode,
    /// The React service [default: the one whose package.json names react or vite]
    #[arg(long = "service", value_name = "NAME")]
    pub service: Option<String>,
    /// The backend service whose flask-cors must allow traceparent (repeatable) [default: the Flask services]
    #[arg(long = "backend", value_name = "NAME")]
    pub backends: Vec<String>,
    /// Where to write, comma-separated [default: compose, dotenv, gitpod where present, frontend]
    #[arg(long, value_enum, value_delimiter = ',', value_name = "TARGETS")]
    pub target: Vec<Target>,
    /// Show a diff of every file, and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Accept the defaults without asking
    #[arg(long, short = 'y')]
    pub yes: bool,
}

pub async fn run(context: &Context, args: FrontendArgs) -> CliResult {
    let FrontendCommand::Init(args) = args.command;
    let frontend = FrontendRequest {
        mode: args.mode.into(),
        service: args.service,
        flags: FrontendFlagNames { service: "--service", mode: "--mode" },
    };
    let request = InitRequest {
        honeycomb: args.honeycomb,
        aws: AwsSettings::default(),
        dir: args.dir,
        services: args.backends,
        compose_files: Vec::new(),
        service_name: None,
        targets: Target::targets(&args.target),
        environment: None,
        fix: false,
        dry_run: args.dry_run,
        yes: args.yes,
        parts: PartsRequest { frontend: Some(frontend), ..PartsRequest::default() },
        instrument: None,
        replace_env_link: false,
    };
    crate::init::run(context, &request).await
}
