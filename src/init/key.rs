//! The ingest key `init` wires the workspace to: found (flag, HONEYCOMB_API_KEY, the profile, the
//! workspace's `.env`), made with the management key (`--environment`), or asked for on a terminal; then
//! checked once with Honeycomb ([`crate::honeycomb::ingest::check_sender`]) before any file is written.

use secrecy::{ExposeSecret, SecretString};

use super::InitRequest;
use super::choose::Resolved;
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::client::Scope;
use crate::honeycomb::ingest::{SenderRefused, check_sender, create_ingest_key};
use crate::honeycomb::mask;
use crate::settings::honeycomb::HoneycombSettings;
use crate::settings::{Setting, Source};
use crate::workspace::Workspace;
use crate::workspace::key::find_key;

/// The key, or `None` when nothing needs one and none was found. A key the workspace will use has been
/// checked with Honeycomb (and `settings` now send with it).
pub async fn obtain(
    context: &Context,
    request: &InitRequest,
    settings: &mut HoneycombSettings,
    workspace: &Workspace,
    resolved: &Resolved,
) -> CliResult<Option<Setting<SecretString>>> {
    let mut key = find_key(settings, workspace);
    if key.is_none()
        && let Some(environment) = &request.environment
    {
        key = Some(create(context, settings, environment).await?);
    }
    if key.is_none() && resolved.needs_key() {
        if context.ui.interactive && !request.yes {
            let typed = context.ui.password("Honeycomb ingest key", false)?;
            key = Some(Setting { value: SecretString::from(typed.trim().to_owned()), source: Source::Prompt });
        } else {
            return Err(CliError::usage("no Honeycomb ingest key").with_hint(
                "set HONEYCOMB_API_KEY, pass --api-key, run `cruddur-obs honeycomb login`, or pass --environment NAME with a management key",
            ));
        }
    }
    if let Some(key) = key.as_ref().filter(|_| resolved.uses_key()) {
        settings.api_key = Some(key.clone());
        check(context, request, settings, key, resolved.direct()).await?;
    }
    Ok(key)
}

/// Checks the key with Honeycomb: it must send, and when the browser sends with it, do nothing else.
async fn check(
    context: &Context,
    request: &InitRequest,
    settings: &HoneycombSettings,
    key: &Setting<SecretString>,
    direct: bool,
) -> CliResult {
    let shown = mask(key.value.expose_secret());
    let honeycomb = settings.client(context, Scope::Environment)?;
    let auth = match check_sender(&honeycomb, direct).await {
        Ok(auth) => auth,
        Err(SenderRefused::Honeycomb(err)) => {
            let error = CliError::from(err);
            return Err(if error.kind == ErrorKind::Auth {
                error.with_hint(format!("the key {shown} came from {}", key.source))
            } else {
                error
            });
        }
        Err(SenderRefused::CannotSend(_)) => {
            return Err(CliError::new(ErrorKind::Auth, format!("the key {shown} ({}) cannot send events", key.source))
                .with_hint("use an ingest key: cruddur-obs honeycomb keys create -e ENV"));
        }
        Err(SenderRefused::MoreThanSend(_)) => {
            let mode = request.parts.frontend.as_ref().map_or("--frontend-mode", |frontend| frontend.flags.mode);
            return Err(CliError::new(
                ErrorKind::Auth,
                format!(
                    "{mode} direct: the key {shown} ({}) can do more than send data, and the browser bundle would publish it",
                    key.source
                ),
            )
            .with_hint(format!("use an ingest key (cruddur-obs honeycomb keys create -e ENV), or {mode} collector")));
        }
    };
    context.ui.status(&format!(
        "key {shown} ({}): {} key for environment {} of team {}",
        key.source,
        auth.key_type.as_deref().unwrap_or("a"),
        if auth.environment_slug.is_empty() { "(classic)" } else { &auth.environment_slug },
        auth.team_slug
    ));
    Ok(())
}

/// `--environment`: an ingest key made with the management key, saved in the profile before anything
/// else can go wrong (Honeycomb shows its secret once); if saving fails, the secret is shown and init
/// ends with exit 7.
async fn create(context: &Context, settings: &mut HoneycombSettings, environment: &str) -> CliResult<Setting<SecretString>> {
    let management = settings.client(context, Scope::Management)?;
    let new = create_ingest_key(&management, environment, "cruddur-obs init").await?;
    if new.environment_created {
        context.ui.status(&format!("created Honeycomb environment {}", new.environment.name));
    }
    let profile = settings.profile.value.clone();
    context.ui.register_secret(&new.header);
    match settings.config.set_profile_values(&profile, &[("ingest_key", Some(&new.header))]) {
        Ok(warning) => {
            if let Some(warning) = warning {
                context.ui.warn(&warning);
            }
        }
        Err(err) => {
            context.ui.warn(&format!("Honeycomb created key {} but saving it in the profile failed: {}", new.key.id, err.message));
            context.ui.warn_revealing("this is the only copy of its header value, save it now:", &new.header);
            return Err(CliError::new(
                ErrorKind::SecretNotSaved,
                format!("key {} was created but its secret could not be saved", new.key.id),
            ));
        }
    }
    context.ui.status(&format!("created ingest key {} in {} and saved it to profile {profile}", new.key.id, new.environment.name));
    Ok(Setting {
        value: SecretString::from(new.header),
        source: Source::Profile { profile, path: settings.config.path.display().to_string() },
    })
}
