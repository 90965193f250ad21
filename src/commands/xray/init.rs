//! `cruddur-obs xray init`: the X-Ray part of `init` on its own (`init --with xray`): the backend's
//! OpenTelemetry SDK through the workspace's collector to X-Ray's OTLP endpoint (or, `--via daemon`, the
//! seeds' daemon and SDK), aws/json/xray.json when missing, then the group and the rules.

use std::path::PathBuf;

use clap::Args;

use crate::aws::AwsSettings;
use crate::context::Context;
use crate::error::CliResult;
use crate::init::edits::Targets;
use crate::init::parts::XrayVia;
use crate::init::{InitRequest, PartsRequest, Target, XrayRequest};
use crate::settings::honeycomb::HoneycombArgs;

#[derive(Debug, Args)]
pub struct XrayInitArgs {
    /// The workspace [default: the current directory]
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
    /// A compose service to send to X-Ray (repeatable) [default: the Flask services]
    #[arg(long = "service", value_name = "NAME")]
    pub services: Vec<String>,
    /// Where to write, comma-separated [default: compose and requirements]
    #[arg(long, value_enum, value_delimiter = ',', value_name = "TARGETS")]
    pub target: Vec<Target>,
    /// The sampling rule's name when aws/json/xray.json is written
    #[arg(long, value_name = "NAME", default_value = "Cruddur")]
    pub rule_name: String,
    /// The X-Ray group's name
    #[arg(long, value_name = "NAME", default_value = "Cruddur")]
    pub group: String,
    /// How spans reach X-Ray
    #[arg(long, value_enum, value_name = "PATH", default_value = "collector")]
    pub via: XrayVia,
    /// A sampling proxy (the collector's awsproxy extension, e.g. http://otel-collector:2000) that ADOT's
    /// X-Ray sampler asks for the sampling rules; without it the app keeps every trace
    #[arg(long, value_name = "URL")]
    pub sampling_endpoint: Option<String>,
    /// Make the sampling rule's ServiceName match the instrumented service
    #[arg(long)]
    pub fix: bool,
    /// Show a diff of every file and the AWS calls, and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Accept the defaults without asking
    #[arg(long, short = 'y')]
    pub yes: bool,
}

pub async fn run(context: &Context, aws: &AwsSettings, args: XrayInitArgs) -> CliResult {
    let request = InitRequest {
        honeycomb: HoneycombArgs::default(),
        aws: aws.clone(),
        dir: args.dir,
        services: args.services,
        compose_files: Vec::new(),
        service_name: None,
        targets: Target::targets(&args.target).or(Some(Targets { compose: true, requirements: true, ..Targets::default() })),
        environment: None,
        fix: args.fix,
        dry_run: args.dry_run,
        yes: args.yes,
        parts: PartsRequest {
            xray: Some(XrayRequest {
                rule_name: args.rule_name,
                group: args.group,
                via: args.via,
                sampling_endpoint: args.sampling_endpoint,
            }),
            ..PartsRequest::default()
        },
        instrument: None,
        replace_env_link: false,
    };
    crate::init::run(context, &request).await
}
