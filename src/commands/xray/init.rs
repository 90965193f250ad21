//! `cruddur-obs xray init`: the X-Ray part of `init` on its own: the daemon service, the SDK variables and
//! package, aws/json/xray.json when missing, then the group and the rules (`init --with xray`).

use std::path::PathBuf;

use clap::Args;

use crate::aws::AwsSettings;
use crate::commands::init::{InitArgs, Part, Target};
use crate::context::Context;
use crate::error::CliResult;
use crate::settings::honeycomb::HoneycombArgs;

#[derive(Debug, Args)]
pub struct XrayInitArgs {
    /// The workspace [default: the current directory]
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
    /// A compose service to wire to the daemon (repeatable) [default: the Flask services]
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
    let target = if args.target.is_empty() { vec![Target::Compose, Target::Requirements] } else { args.target };
    let init = InitArgs {
        honeycomb: HoneycombArgs::default(),
        dir: args.dir,
        services: args.services,
        service_name: None,
        target,
        environment: None,
        fix: args.fix,
        dry_run: args.dry_run,
        yes: args.yes,
        instrument: None,
        frontend_mode: crate::commands::init::FrontendMode::Collector,
        frontend_service: None,
        with: vec![Part::Xray],
        xray_rule_name: args.rule_name,
        xray_group: args.group,
        log_group: "cruddur".to_owned(),
        rollbar_token: None,
        frontend_flags: crate::commands::init::FrontendFlags::INIT,
    };
    crate::commands::init::run_with_aws(context, init, aws).await
}
