//! `cruddur-obs honeycomb login`: verify keys with Honeycomb, then save them in a profile.
//!
//! Keys come from the usual flags and variables; on a terminal, anything missing is asked for with a
//! masked prompt; in CI nothing is asked (`--api-key-stdin` reads the key from a pipe instead of a flag,
//! which would end up in shell history).

use clap::Args;
use secrecy::{ExposeSecret, SecretString};

use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::client::{Scope, US_API};
use crate::honeycomb::mask;
use crate::settings::honeycomb::HoneycombSettings;
use crate::settings::{Setting, Source};

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Read the environment API key from the first line of stdin
    #[arg(long)]
    pub api_key_stdin: bool,
}

/// A secret typed at the prompt; `None` for Enter alone.
fn prompt_secret(context: &Context, question: &str) -> CliResult<Option<String>> {
    let answer = context.ui.password(question, true)?;
    Ok(Some(answer.trim().to_owned()).filter(|answer| !answer.is_empty()))
}

pub async fn run(context: &Context, mut settings: HoneycombSettings, args: LoginArgs) -> CliResult {
    if args.api_key_stdin {
        let line = context.ui.read_line()?;
        let key = line.trim();
        if key.is_empty() {
            return Err(CliError::invalid_input("--api-key-stdin: stdin was empty"));
        }
        settings.api_key = Some(Setting { value: SecretString::from(key.to_owned()), source: Source::Flag("--api-key-stdin") });
    }
    if settings.api_key.is_none() && settings.key_id.is_none() {
        if !context.ui.interactive {
            return Err(CliError::usage("no key to log in with, and this is not an interactive terminal").with_hint(
                "set HONEYCOMB_API_KEY or pipe it to --api-key-stdin; for a management key set HONEYCOMB_KEY_ID and HONEYCOMB_KEY_SECRET",
            ));
        }
        if let Some(key) = prompt_secret(context, "Honeycomb environment API key (Enter to skip)")? {
            settings.api_key = Some(Setting { value: SecretString::from(key), source: Source::Prompt });
        }
        let id = context.ui.input("Management key ID (Enter to skip)")?;
        if !id.trim().is_empty() {
            settings.key_id = Some(Setting { value: id.trim().to_owned(), source: Source::Prompt });
            if let Some(secret) = prompt_secret(context, "Management key secret")? {
                settings.key_secret = Some(Setting { value: SecretString::from(secret), source: Source::Prompt });
            }
        }
        if settings.api_key.is_none() && settings.key_id.is_none() {
            return Err(CliError::usage("no key given; nothing was saved"));
        }
    }

    let mut values: Vec<(&str, Option<String>)> = Vec::new();
    // Keys already in this profile need no saving; everything else is verified first.
    let in_profile = |source: &Source| matches!(source, Source::Profile { .. });
    if let Some(key) = settings.api_key.as_ref().filter(|key| !in_profile(&key.source)) {
        let auth = settings.client(context, Scope::Environment)?.environment_auth().await?;
        context.ui.status(&format!(
            "API key {} is valid: {} key for environment {} of team {}",
            mask(key.value.expose_secret()),
            auth.key_type.as_deref().unwrap_or("an"),
            if auth.environment_slug.is_empty() { "(classic)" } else { &auth.environment_slug },
            auth.team_slug
        ));
        if auth.key_type.as_deref() == Some("ingest") {
            context
                .ui
                .warn("this is an ingest key: it can send traces but not run queries (create a configuration key for `cruddur-obs query`)");
        }
        values.push(("api_key", Some(key.value.expose_secret().to_owned())));
    }
    if let (Some(id), Some(secret)) = (&settings.key_id, &settings.key_secret)
        && !in_profile(&id.source)
    {
        let auth = settings.client(context, Scope::Management)?.management_auth().await?;
        if auth.disabled {
            return Err(CliError::new(ErrorKind::Auth, format!("management key {} is disabled", id.value)));
        }
        context.ui.status(&format!(
            "management key {} is valid for team {} (scopes: {})",
            id.value,
            auth.team_slug,
            auth.scopes.join(", ")
        ));
        values.push(("key_id", Some(id.value.clone())));
        values.push(("key_secret", Some(secret.value.expose_secret().to_owned())));
    } else if settings.key_id.is_some() && settings.key_secret.is_none() {
        settings.credentials()?;
    }
    if !matches!(settings.api_url.source, Source::Profile { .. } | Source::Default) || settings.api_url.value != US_API {
        values.push(("api_url", Some(settings.api_url.value.clone())));
    }
    if values.iter().all(|(key, _)| *key == "api_url") {
        context.ui.status("the profile already holds these keys; nothing to save");
        return Ok(());
    }
    let profile = settings.profile.value.clone();
    let pairs: Vec<(&str, Option<&str>)> = values.iter().map(|(key, value)| (*key, value.as_deref())).collect();
    if let Some(warning) = settings.config.set_profile_values(&profile, &pairs)? {
        context.ui.warn(&warning);
    }
    context.ui.success(&format!("saved to profile {profile} in {}", settings.config.path.display()));
    Ok(())
}
