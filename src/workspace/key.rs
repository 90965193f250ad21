//! The Honeycomb key a workspace sends with, as `init` and `doctor` look for it.

use secrecy::SecretString;

use super::Workspace;
use crate::edit::dotenv;
use crate::honeycomb::API_KEY_VAR;
use crate::settings::honeycomb::HoneycombSettings;
use crate::settings::{Setting, Source};

/// The ingest key: flag, HONEYCOMB_API_KEY, the profile's ingest key, the profile's key, the workspace's .env.
pub fn find_key(settings: &HoneycombSettings, workspace: &Workspace) -> Option<Setting<SecretString>> {
    let explicit = settings.api_key.as_ref().filter(|key| matches!(key.source, Source::Flag(_) | Source::Env(_)));
    if let Some(key) = explicit {
        return Some(key.clone());
    }
    let profile_source = || Source::Profile { profile: settings.profile.value.clone(), path: settings.config.path.display().to_string() };
    if let Some(ingest) = settings.config.profile(&settings.profile.value).and_then(|profile| profile.ingest_key.clone()) {
        return Some(Setting { value: SecretString::from(ingest), source: profile_source() });
    }
    if let Some(key) = &settings.api_key {
        return Some(key.clone());
    }
    let path = workspace.dotenv_path();
    let text = crate::fsio::read_workspace_file(&path).ok()?;
    let entries = dotenv::parse(&text).ok()?;
    let value = dotenv::find(&entries, API_KEY_VAR)?.value.clone().filter(|value| !value.is_empty() && !value.starts_with("${"))?;
    let shown = path.strip_prefix(&workspace.root).unwrap_or(&path).to_owned();
    Some(Setting { value: SecretString::from(value), source: Source::File(shown) })
}
