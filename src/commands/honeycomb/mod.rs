//! `cruddur-obs honeycomb ...`: keys and profiles, environments, API keys, datasets, markers.

mod auth;
mod datasets;
mod environments;
mod keys;
mod login;
mod markers;

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::error::CliResult;
use crate::settings::honeycomb::{HoneycombArgs, HoneycombSettings};

#[derive(Debug, Args)]
#[command(after_help = "\
Two kinds of key, as Honeycomb has them: a management key (HONEYCOMB_KEY_ID + HONEYCOMB_KEY_SECRET) for \
environments and API keys, and an environment's key (HONEYCOMB_API_KEY) for datasets, markers and queries. \
Each comes from a flag, then the environment variable, then the profile saved by `honeycomb login`.")]
pub struct HoneycombCommandArgs {
    #[command(flatten)]
    pub honeycomb: HoneycombArgs,
    #[command(subcommand)]
    pub command: HoneycombCommand,
}

#[derive(Debug, Subcommand)]
pub enum HoneycombCommand {
    /// Verify keys and save them in a profile (config file, mode 0600)
    Login(login::LoginArgs),
    /// Show the team, environment, key types and permissions, and where each key came from
    #[command(subcommand)]
    Auth(auth::AuthCommand),
    /// List, create, ensure, show, update or delete environments (management key)
    #[command(subcommand)]
    Environments(environments::EnvironmentsCommand),
    /// List, create, show, disable, enable or delete ingest and configuration keys (management key)
    #[command(subcommand)]
    Keys(keys::KeysCommand),
    /// List or create datasets (environment key)
    #[command(subcommand)]
    Datasets(datasets::DatasetsCommand),
    /// Add, list or delete markers, such as deploys (environment key)
    #[command(subcommand)]
    Markers(markers::MarkersCommand),
}

pub async fn run(context: &Context, args: HoneycombCommandArgs) -> CliResult {
    let settings = match args.command {
        HoneycombCommand::Login(_) => HoneycombSettings::resolve_for_login(&args.honeycomb, &*context.env)?,
        _ => HoneycombSettings::resolve(&args.honeycomb, &*context.env)?,
    };
    context.ui.debug(&format!(
        "profile {} ({}); API {} ({})",
        settings.profile.value, settings.profile.source, settings.api_url.value, settings.api_url.source
    ));
    match args.command {
        HoneycombCommand::Login(command) => login::run(context, settings, command).await,
        HoneycombCommand::Auth(command) => auth::run(context, &settings, command).await,
        HoneycombCommand::Environments(command) => environments::run(context, &settings, command).await,
        HoneycombCommand::Keys(command) => keys::run(context, settings, command).await,
        HoneycombCommand::Datasets(command) => datasets::run(context, &settings, command).await,
        HoneycombCommand::Markers(command) => markers::run(context, &settings, command).await,
    }
}
