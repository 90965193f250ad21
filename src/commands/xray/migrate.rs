//! `cruddur-obs xray migrate`: a workspace on the X-Ray daemon and SDK to the OpenTelemetry path
//! ([`crate::init::migrate`]): compose, requirements, the collector's configuration, the sampling wiring;
//! the lines of code to remove are listed, never edited.

use std::path::PathBuf;

use clap::Args;

use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::init::migrate::{self, MigrateRequest};

#[derive(Debug, Args)]
#[command(after_help = "\
AWS ends support for the X-Ray SDKs and daemon on 2027-02-25. This takes the workspace to the path \
`init --with xray` writes: the xray-daemon service is replaced by an otel-collector service \
(otel/opentelemetry-collector-contrib) that gets the daemon's AWS variables and sends to X-Ray's OTLP endpoint \
(SigV4), to Honeycomb when the backend sent there, and to a local copy in .cruddur-obs/traces/; the backend \
sends to the collector, loses AWS_XRAY_URL and AWS_XRAY_DAEMON_ADDRESS, and gets AWS_XRAY_SDK_ENABLED=false \
while its code still imports the SDK. The lines that use the SDK are listed with file and line: remove them, \
then run this again to drop aws-xray-sdk from requirements.txt. Then `cruddur-obs xray destination --enable`.")]
pub struct MigrateArgs {
    /// The workspace [default: the current directory]
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
    /// A backend to move (repeatable) [default: the Flask services]
    #[arg(long = "service", value_name = "NAME")]
    pub services: Vec<String>,
    /// A sampling proxy (the collector's awsproxy extension, e.g. http://otel-collector:2000) that ADOT's
    /// X-Ray sampler asks for the sampling rules; without it the app keeps every trace
    #[arg(long, value_name = "URL")]
    pub sampling_endpoint: Option<String>,
    /// Show a diff of every file and the lines to remove, and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn run(context: &Context, args: MigrateArgs) -> CliResult {
    if let Some(endpoint) = &args.sampling_endpoint
        && !(endpoint.starts_with("http://") || endpoint.starts_with("https://"))
    {
        return Err(CliError::invalid_input(format!("--sampling-endpoint {endpoint:?}: not an http(s) URL"))
            .with_hint("the sampling proxy's address, e.g. http://otel-collector:2000"));
    }
    let request =
        MigrateRequest { dir: args.dir, services: args.services, sampling_endpoint: args.sampling_endpoint, dry_run: args.dry_run };
    migrate::run(context, &request).await
}
