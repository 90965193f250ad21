//! `cruddur-obs honeycomb keys list|create|get|disable|enable|delete` (management key).
//!
//! Honeycomb shows a new key's secret once, in the answer to its creation. `create` therefore saves it
//! before anything else can go wrong, and if saving fails it prints the secret on stderr with a warning
//! and exits 7: the secret is never silently lost.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::client::Scope;
use crate::honeycomb::environments::lookup;
use crate::honeycomb::v2::{ApiKey, CONFIGURATION_PERMISSIONS, KeyType, NewKey};
use crate::honeycomb::{API_KEY_VAR, HoneycombClient, mask};
use crate::output::{Cell, Row};
use crate::settings::honeycomb::HoneycombSettings;

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// List ingest and configuration keys
    List(ListArgs),
    /// Create a key; its secret is saved in the profile (see --write-env, --print)
    Create(CreateArgs),
    /// Show one key
    Get(IdArgs),
    /// Disable a key (it stops working at once; enable brings it back)
    Disable(IdArgs),
    /// Enable a disabled key
    Enable(IdArgs),
    /// Delete a key for good (asks; --yes in scripts)
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only keys of this environment (name, slug or ID)
    #[arg(long, short = 'e', value_name = "ENV")]
    pub environment: Option<String>,
    /// Only keys of this type
    #[arg(long = "type", value_enum)]
    pub key_type: Option<KeyType>,
}

#[derive(Debug, Args)]
#[command(after_help = "\
Header values: an ingest key is sent as `X-Honeycomb-Team: <key ID><secret>`, a configuration key as \
`X-Honeycomb-Team: <secret>`. The saved and printed value is the ready-to-use header value.
Configuration keys get run_queries, manage_columns, manage_markers and create_datasets unless --permission \
is given; ingest keys accept only create_datasets.")]
pub struct CreateArgs {
    /// The environment the key belongs to (name, slug or ID)
    #[arg(long, short = 'e', value_name = "ENV")]
    pub environment: String,
    /// Key type
    #[arg(long = "type", value_enum, default_value = "ingest")]
    pub key_type: KeyType,
    /// A name for the key (at most 100 characters)
    #[arg(long, default_value = "cruddur-obs")]
    pub name: String,
    /// A permission to grant (repeatable)
    #[arg(long = "permission", value_name = "NAME", value_parser = CONFIGURATION_PERMISSIONS)]
    pub permissions: Vec<String>,
    /// Also write the header value into this dotenv file (0600: a file others can read is made 0600;
    /// other lines kept; a file that is no dotenv file is refused before the key is created)
    #[arg(long, value_name = "FILE")]
    pub write_env: Option<PathBuf>,
    /// The variable name used with --write-env
    #[arg(long, value_name = "NAME", default_value = API_KEY_VAR)]
    pub env_var: String,
    /// Print the header value in full on stdout (the only way to see it in full)
    #[arg(long)]
    pub print: bool,
    /// Do not save the key in the profile
    #[arg(long)]
    pub no_save: bool,
}

#[derive(Debug, Args)]
pub struct IdArgs {
    /// Key ID (e.g. hcaik_...)
    pub id: String,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Key ID (e.g. hcaik_...)
    pub id: String,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
}

impl Row for ApiKey {
    fn headers() -> &'static [&'static str] {
        &["ID", "NAME", "TYPE", "DISABLED", "ENVIRONMENT", "PERMISSIONS"]
    }

    fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::text(&self.id),
            Cell::optional(self.name.clone()),
            Cell::text(self.key_type.as_str()),
            Cell::text(if self.disabled { "yes" } else { "no" }),
            Cell::optional(self.environment_id.clone()),
            Cell::text(self.permissions.join(", ")),
        ]
    }
}

fn check_create(args: &CreateArgs) -> CliResult {
    let length = args.name.chars().count();
    if length == 0 || length > 100 {
        return Err(CliError::invalid_input(format!("--name {:?}: 1 to 100 characters", args.name)));
    }
    if args.key_type == KeyType::Ingest
        && let Some(other) = args.permissions.iter().find(|permission| *permission != "create_datasets")
    {
        return Err(CliError::invalid_input(format!("--permission {other}: ingest keys can only have create_datasets"))
            .with_hint("create a configuration key for that: --type configuration"));
    }
    if args.env_var.is_empty() || !args.env_var.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(CliError::invalid_input(format!("--env-var {:?}: not a variable name", args.env_var)));
    }
    Ok(())
}

/// `--write-env FILE`, checked before the key exists: the file is read and must be a dotenv file the
/// variable can be set in, so a refusal never comes after Honeycomb has made a key.
struct EnvFile {
    path: PathBuf,
    existing: String,
}

fn prepare_write_env(context: &Context, path: &std::path::Path, var: &str) -> CliResult<EnvFile> {
    let path = context.path(path);
    let existing = match crate::fsio::read_text(&path, crate::fsio::Limit::Dotenv) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(err) => return Err(CliError::invalid_input(format!("--write-env {}: cannot read: {err}", path.display()))),
    };
    crate::edit::dotenv::upsert(&existing, &[(var, "checked")]).map_err(|err| {
        CliError::invalid_input(format!("--write-env {}: {err}", path.display()))
            .with_hint("name a dotenv file (KEY=value lines), or a new file; no key was created")
    })?;
    Ok(EnvFile { path, existing })
}

/// Writes the header value into the dotenv file, 0600 (a file others could read is made 0600 first,
/// and the returned note says so).
fn write_env(file: &EnvFile, var: &str, header: &str) -> Result<Option<String>, String> {
    let updated = crate::edit::dotenv::upsert(&file.existing, &[(var, header)]).map_err(|err| format!("{}: {err}", file.path.display()))?;
    let mut note = None;
    #[cfg(unix)]
    if let Ok(metadata) = std::fs::metadata(&file.path) {
        use std::os::unix::fs::PermissionsExt;
        let mode = metadata.permissions().mode() & 0o777;
        if !crate::fsio::is_private(mode) {
            std::fs::set_permissions(&file.path, std::fs::Permissions::from_mode(0o600))
                .map_err(|err| format!("{}: cannot make it private: {err}", file.path.display()))?;
            note = Some(format!("{} was readable by other users (mode {mode:04o}); it is 0600 now", file.path.display()));
        }
    }
    crate::fsio::write_if_changed(&file.path, updated.as_bytes(), Some(0o600))
        .map_err(|err| format!("{}: cannot write: {err}", file.path.display()))?;
    Ok(note)
}

async fn create(context: &Context, mut settings: HoneycombSettings, args: CreateArgs) -> CliResult {
    check_create(&args)?;
    let env_file = args.write_env.as_deref().map(|path| prepare_write_env(context, path, &args.env_var)).transpose()?;
    let client = settings.client(context, Scope::Management)?;
    let team = client.team_slug().await?;
    let environment = lookup(&client, &team, &args.environment).await?;
    let permissions = match (args.key_type, args.permissions.is_empty()) {
        (KeyType::Configuration, true) => {
            ["run_queries", "manage_columns", "manage_markers", "create_datasets"].map(str::to_owned).to_vec()
        }
        _ => args.permissions.clone(),
    };
    let new_key = NewKey { name: args.name.clone(), key_type: Some(args.key_type), environment_id: environment.id.clone(), permissions };
    let key = client.create_key(&team, &new_key).await.map_err(|err| {
        let uncertain = err.may_have_happened();
        let error = CliError::from(err);
        if uncertain {
            // The key may exist with a secret nobody saw; repeating the POST could make a second one.
            error.with_hint(format!(
                "the key may have been created: look for {:?} in `cruddur-obs honeycomb keys list -e {}` and delete it before retrying",
                args.name, environment.name
            ))
        } else {
            error
        }
    })?;
    let Some(header) = key.header_value() else {
        return Err(CliError::new(ErrorKind::Unavailable, format!("Honeycomb created key {} but returned no secret", key.id))
            .with_hint("delete it and create another: cruddur-obs honeycomb keys delete ID --yes"));
    };
    context.ui.register_secret(&header);

    // Where the new secret goes: the profile, then the dotenv file; each place is tried.
    let mut saved: Vec<String> = Vec::new();
    let mut failed: Vec<String> = Vec::new();
    if !args.no_save {
        let field = match key.key_type {
            KeyType::Ingest => "ingest_key",
            KeyType::Configuration => "api_key",
        };
        let profile = settings.profile.value.clone();
        match settings.config.set_profile_values(&profile, &[(field, Some(&header))]) {
            Ok(warning) => {
                if let Some(warning) = warning {
                    context.ui.warn(&warning);
                }
                saved.push(format!("profile {profile} ({field}) in {}", settings.config.path.display()));
            }
            Err(err) => failed.push(err.message),
        }
    }
    if let Some(file) = &env_file {
        match write_env(file, &args.env_var, &header) {
            Ok(note) => {
                if let Some(note) = note {
                    context.ui.warn(&note);
                }
                saved.push(format!("{} in {}", args.env_var, file.path.display()));
            }
            Err(failure) => failed.push(failure),
        }
    }
    for place in &saved {
        context.ui.status(&format!("saved the key's header value ({}) to {place}", mask(&header)));
    }
    if !failed.is_empty() {
        context.ui.warn(&format!("Honeycomb created key {} but saving its secret failed: {}", key.id, failed.join("; ")));
        if saved.is_empty() {
            context.ui.warn_revealing("this is the only copy of its header value, save it now:", &header);
            return Err(CliError::new(ErrorKind::SecretNotSaved, format!("key {} was created but its secret could not be saved", key.id)));
        }
        return Err(CliError::new(
            ErrorKind::SecretNotSaved,
            format!("key {} was created, but its secret was saved only to {}", key.id, saved.join(" and ")),
        )
        .with_hint("`cruddur-obs config get ingest_key --reveal` (or api_key) shows it"));
    }
    if saved.is_empty() && !args.print {
        context.ui.warn("the secret was neither saved nor printed (--no-save without --write-env or --print): it is gone");
    }
    let how = match key.key_type {
        KeyType::Ingest => "the key ID followed by the secret",
        KeyType::Configuration => "the secret",
    };
    context
        .ui
        .status(&format!("send it as `X-Honeycomb-Team: <{how}>`, e.g. OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=${{{API_KEY_VAR}}}"));
    context.ui.success(&format!("created {} key {} in environment {}", key.key_type.as_str(), key.id, environment.name));
    if args.print {
        use std::io::Write as _;
        writeln!(context.ui.out(), "{header}")?;
    } else {
        context.print_record(&key)?;
    }
    Ok(())
}

async fn set_disabled(context: &Context, client: &HoneycombClient<'_>, team: &str, id: &str, disable: bool) -> CliResult {
    let key = client.set_key_disabled(team, id, disable).await?;
    context.ui.success(&format!("{} key {}", if disable { "disabled" } else { "enabled" }, key.id));
    context.print_record(&key)
}

pub async fn run(context: &Context, settings: HoneycombSettings, command: KeysCommand) -> CliResult {
    let command = match command {
        KeysCommand::Create(args) => return create(context, settings, args).await,
        other => other,
    };
    let client = settings.client(context, Scope::Management)?;
    let team = client.team_slug().await?;
    match command {
        KeysCommand::List(args) => {
            let mut keys = client.list_keys(&team, args.key_type).await?;
            if let Some(wanted) = &args.environment {
                let environment = lookup(&client, &team, wanted).await?;
                keys.retain(|key| key.environment_id.as_deref() == Some(environment.id.as_str()));
            }
            context.print_rows(&keys)?;
        }
        KeysCommand::Get(args) => context.print_record(&client.get_key(&team, &args.id).await?)?,
        KeysCommand::Disable(args) => set_disabled(context, &client, &team, &args.id, true).await?,
        KeysCommand::Enable(args) => set_disabled(context, &client, &team, &args.id, false).await?,
        KeysCommand::Delete(args) => {
            context.ui.confirm_delete(&format!("Delete key {}? Anything using it stops working.", args.id), args.yes)?;
            client.delete_key(&team, &args.id).await?;
            context.ui.success(&format!("deleted key {}", args.id));
        }
        KeysCommand::Create(_) => unreachable!("handled above"),
    }
    Ok(())
}
