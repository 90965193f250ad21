//! `cruddur-obs config path|show|get|set|unset`: the settings in effect and where each came from
//! (flag, environment variable, profile in the config file, default), with secrets masked.

use clap::{Args, Subcommand};
use secrecy::ExposeSecret;
use serde::Serialize;

use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::mask;
use crate::output::{Cell, Row};
use crate::settings::Source;
use crate::settings::config_file::{PROFILE_KEYS, config_dir};
use crate::settings::honeycomb::{HoneycombArgs, HoneycombSettings};

#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[command(flatten)]
    pub honeycomb: HoneycombArgs,
    #[command(subcommand)]
    pub command: ConfigCommand,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the config file's path
    Path,
    /// Every setting in effect, its source, secrets masked
    Show,
    /// One setting's value (secrets masked unless --reveal)
    Get(GetArgs),
    /// Set a value in the profile (secrets: pass - to read the value from stdin)
    Set(SetArgs),
    /// Remove a value from the profile
    Unset(KeyArgs),
}

#[derive(Debug, Args)]
pub struct GetArgs {
    #[arg(value_parser = PROFILE_KEYS)]
    pub key: String,
    /// Print a secret in full
    #[arg(long)]
    pub reveal: bool,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    #[arg(value_parser = PROFILE_KEYS)]
    pub key: String,
    /// The value, or - to read it from stdin (keeps secrets out of shell history)
    pub value: String,
}

#[derive(Debug, Args)]
pub struct KeyArgs {
    #[arg(value_parser = PROFILE_KEYS)]
    pub key: String,
}

#[derive(Debug, Serialize)]
struct SettingRow {
    key: &'static str,
    value: Option<String>,
    source: Option<String>,
}

impl Row for SettingRow {
    fn headers() -> &'static [&'static str] {
        &["KEY", "VALUE", "SOURCE"]
    }

    fn cells(&self) -> Vec<Cell> {
        vec![Cell::text(self.key), Cell::optional(self.value.clone()), Cell::optional(self.source.clone())]
    }
}

const SECRET_KEYS: [&str; 3] = ["api_key", "ingest_key", "key_secret"];

/// Every key with its effective value and source.
fn settings_rows(settings: &HoneycombSettings, reveal: bool) -> Vec<SettingRow> {
    let shown = |key: &str, value: &str| if SECRET_KEYS.contains(&key) && !reveal { mask(value) } else { value.to_owned() };
    let profile_source =
        || Source::Profile { profile: settings.profile.value.clone(), path: settings.config.path.display().to_string() }.to_string();
    let stored = settings.config.profile(&settings.profile.value).cloned().unwrap_or_default();
    let mut rows =
        vec![SettingRow { key: "profile", value: Some(settings.profile.value.clone()), source: Some(settings.profile.source.to_string()) }];
    rows.push(SettingRow {
        key: "api_url",
        value: Some(settings.api_url.value.clone()),
        source: Some(settings.api_url.source.to_string()),
    });
    rows.push(SettingRow { key: "region", value: stored.region.clone(), source: stored.region.as_ref().map(|_| profile_source()) });
    rows.push(SettingRow {
        key: "api_key",
        value: settings.api_key.as_ref().map(|key| shown("api_key", key.value.expose_secret())),
        source: settings.api_key.as_ref().map(|key| key.source.to_string()),
    });
    rows.push(SettingRow {
        key: "ingest_key",
        value: stored.ingest_key.as_deref().map(|key| shown("ingest_key", key)),
        source: stored.ingest_key.as_ref().map(|_| profile_source()),
    });
    rows.push(SettingRow {
        key: "key_id",
        value: settings.key_id.as_ref().map(|id| id.value.clone()),
        source: settings.key_id.as_ref().map(|id| id.source.to_string()),
    });
    rows.push(SettingRow {
        key: "key_secret",
        value: settings.key_secret.as_ref().map(|secret| shown("key_secret", secret.value.expose_secret())),
        source: settings.key_secret.as_ref().map(|secret| secret.source.to_string()),
    });
    rows.push(SettingRow {
        key: "dataset",
        value: settings.dataset.as_ref().map(|dataset| dataset.value.clone()),
        source: settings.dataset.as_ref().map(|dataset| dataset.source.to_string()),
    });
    rows
}

pub fn run(context: &Context, args: ConfigArgs) -> CliResult {
    if let ConfigCommand::Path = args.command {
        use std::io::Write as _;
        let path = config_dir(&*context.env)?.join(crate::settings::config_file::FILE_NAME);
        writeln!(context.ui.out(), "{}", context.ui.sink().line(&path.display().to_string()))?;
        return Ok(());
    }
    let mut settings = match args.command {
        ConfigCommand::Set(_) | ConfigCommand::Unset(_) => HoneycombSettings::resolve_for_login(&args.honeycomb, &*context.env)?,
        _ => HoneycombSettings::resolve(&args.honeycomb, &*context.env)?,
    };
    match args.command {
        ConfigCommand::Path => unreachable!("handled above"),
        ConfigCommand::Show => context.print_rows(&settings_rows(&settings, false)),
        ConfigCommand::Get(get) => {
            let rows = settings_rows(&settings, get.reveal);
            let row = rows.into_iter().find(|row| row.key == get.key).expect("every profile key has a row");
            match &row.value {
                Some(_) => context.print_record(&row),
                None => Err(CliError::new(ErrorKind::InvalidInput, format!("{} is not set (profile {})", get.key, settings.profile.value))),
            }
        }
        ConfigCommand::Set(set) => {
            let value = if set.value == "-" {
                let mut line = String::new();
                std::io::stdin().read_line(&mut line)?;
                line.trim().to_owned()
            } else {
                set.value.clone()
            };
            if value.is_empty() {
                return Err(CliError::invalid_input(format!("{}: the value is empty (use `config unset` to remove it)", set.key)));
            }
            if set.key == "api_url" && !(value.starts_with("https://") || value.starts_with("http://")) {
                return Err(CliError::invalid_input(format!("api_url {value:?}: expected an http:// or https:// URL")));
            }
            if set.key == "region" && !matches!(value.as_str(), "us" | "eu") {
                return Err(CliError::invalid_input(format!("region {value:?}: expected us or eu")));
            }
            if SECRET_KEYS.contains(&set.key.as_str()) && set.value != "-" {
                context.ui.warn("a secret on the command line stays in your shell history; `config set KEY -` reads it from stdin");
            }
            let profile = settings.profile.value.clone();
            if let Some(warning) = settings.config.set_profile_values(&profile, &[(set.key.as_str(), Some(&value))])? {
                context.ui.warn(&warning);
            }
            context.ui.success(&format!("set {} in profile {profile}", set.key));
            Ok(())
        }
        ConfigCommand::Unset(unset) => {
            let profile = settings.profile.value.clone();
            if let Some(warning) = settings.config.set_profile_values(&profile, &[(unset.key.as_str(), None)])? {
                context.ui.warn(&warning);
            }
            context.ui.success(&format!("removed {} from profile {profile}", unset.key));
            Ok(())
        }
    }
}
