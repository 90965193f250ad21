//! `cruddur-obs export [--env NAME]`: an existing environment (and X-Ray) written as the observability
//! file, so that `plan` on it right after shows no change. Secrets are written as `${VARIABLE}`s to set.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::PathBuf;

use clap::Args;

use crate::aws::AwsSettings;
use crate::context::Context;
use crate::declare::file::XrayGroup;
use crate::declare::remote::{self, Reach};
use crate::declare::{self, export};
use crate::error::{CliError, CliResult, ErrorKind};
use crate::fsio::write_if_changed;
use crate::settings::honeycomb::{HoneycombArgs, HoneycombSettings};

#[derive(Debug, Args)]
#[command(after_long_help = crate::declare::FILE_HELP)]
pub struct ExportArgs {
    /// The environment to export: must be the API key's (a check, so the file is not written from the wrong one)
    #[arg(long, value_name = "NAME")]
    pub env: Option<String>,
    /// Write the file here (atomically) instead of stdout; an existing file needs --force
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// Replace an existing --file
    #[arg(long)]
    pub force: bool,
    /// Leave X-Ray out (no AWS credentials needed)
    #[arg(long)]
    pub no_xray: bool,
    /// Print the file's JSON Schema instead, for editors
    #[arg(long, conflicts_with_all = ["env", "file"])]
    pub schema: bool,
    /// AWS profile for X-Ray [default: AWS_PROFILE]
    #[arg(long, value_name = "NAME")]
    pub aws_profile: Option<String>,
    /// AWS region for X-Ray [default: AWS_REGION, AWS_DEFAULT_REGION, the profile's]
    #[arg(long, value_name = "REGION")]
    pub aws_region: Option<String>,
    #[command(flatten)]
    pub honeycomb: HoneycombArgs,
}

pub async fn run(context: &Context, args: ExportArgs) -> CliResult {
    if args.schema {
        context.ui.out().write_all(declare::SCHEMA.as_bytes())?;
        return Ok(());
    }
    let target = args.file.as_ref().map(|file| context.path(file));
    if let Some(path) = &target
        && path.exists()
        && !args.force
    {
        return Err(CliError::usage(format!("{} exists", path.display())).with_hint("pass --force to replace it, or write to stdout"));
    }
    let settings = HoneycombSettings::resolve(&args.honeycomb, &*context.env)?;
    let client = declare::honeycomb_client(context, &settings)?;
    let aws = AwsSettings { profile: args.aws_profile.clone(), region: args.aws_region.clone(), endpoint_url: None };
    let xray = if args.no_xray { None } else { Some(declare::xray_client(context, &aws).await?) };

    let remote = remote::fetch(&client, &Reach { scopes: None, boards: true }).await?;
    let auth = &remote.auth;
    if let Some(wanted) = &args.env
        && !wanted.eq_ignore_ascii_case(&auth.environment_name)
        && !wanted.eq_ignore_ascii_case(&auth.environment_slug)
    {
        return Err(CliError::new(
            ErrorKind::Auth,
            format!("--env {wanted:?}: the API key is for environment {:?}", auth.environment_name),
        )
        .with_hint(format!("use {wanted}'s configuration key (--api-key, HONEYCOMB_API_KEY or --profile)")));
    }
    let xray_state = match &xray {
        Some(client) => {
            let groups: BTreeMap<String, XrayGroup> = client
                .list_groups()
                .await?
                .into_iter()
                .filter(|g| g.group_name != "Default")
                .map(|g| {
                    let group = XrayGroup {
                        filter_expression: g.filter_expression.unwrap_or_default(),
                        insights_enabled: g.insights_enabled,
                        notifications_enabled: g.notifications_enabled,
                    };
                    (g.group_name, group)
                })
                .collect();
            let rules: Vec<_> = client.list_rules().await?.into_iter().map(|record| record.rule).collect();
            Some((groups, rules))
        }
        None => None,
    };
    let environment = if auth.environment_name.is_empty() { auth.environment_slug.clone() } else { auth.environment_name.clone() };
    let exported = export::export(&environment, &remote.setup, xray_state.as_ref().map(|(g, r)| (g, r.as_slice())));
    match &target {
        Some(path) => {
            write_if_changed(path, exported.text.as_bytes(), None)?;
            context.ui.status(&format!("wrote {}", path.display()));
        }
        None => context.ui.out().write_all(exported.text.as_bytes())?,
    }
    if let Some(refusal) = &remote.slos_refused {
        context.ui.status(&format!("note: SLOs are not exported: Honeycomb refused them ({refusal})"));
    }
    if !exported.variables.is_empty() {
        context.ui.status(&format!(
            "note: secrets are not exported; set {} before `cruddur-obs plan` (unset, Honeycomb's values are kept)",
            exported.variables.join(", ")
        ));
    }
    Ok(())
}
