//! Honeycomb settings: which API, which keys, which profile, each with its source.

use clap::{Args, ValueEnum};
use secrecy::SecretString;

use super::config_file::{ConfigFile, Profile, config_dir};
use super::{Environment, Setting, Source, layered};
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::honeycomb::client::{EU_API, US_API};
use crate::honeycomb::{API_KEY_VAR, Credentials, HoneycombClient, Labeled, ManagementKey, Scope};

pub const PROFILE_ENV: &str = "CRUDDUR_OBS_PROFILE";
pub const KEY_ID_ENV: &str = "HONEYCOMB_KEY_ID";
pub const KEY_SECRET_ENV: &str = "HONEYCOMB_KEY_SECRET";
pub const API_URL_ENV: &str = "HONEYCOMB_API_ENDPOINT";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Region {
    /// api.honeycomb.io
    Us,
    /// api.eu1.honeycomb.io
    Eu,
}

impl Region {
    pub fn api_url(self) -> &'static str {
        match self {
            Region::Us => US_API,
            Region::Eu => EU_API,
        }
    }
}

/// Flags shared by every command that talks to Honeycomb. Keys are better passed as environment
/// variables or stored with `honeycomb login`: flags end up in shell history.
#[derive(Debug, Clone, Default, Args)]
pub struct HoneycombArgs {
    /// Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile's, then the region's]
    #[arg(long, global = true, value_name = "URL")]
    pub api_url: Option<String>,
    /// Honeycomb region, when no API URL is set [default: the profile's, then us]
    #[arg(long, global = true, value_enum)]
    pub region: Option<Region>,
    /// An environment's API key [default: HONEYCOMB_API_KEY, then the profile's]
    #[arg(long, global = true, value_name = "KEY", hide_env_values = true)]
    pub api_key: Option<String>,
    /// Management key ID [default: HONEYCOMB_KEY_ID, then the profile's]
    #[arg(long, global = true, value_name = "ID")]
    pub key_id: Option<String>,
    /// Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile's]
    #[arg(long, global = true, value_name = "SECRET")]
    pub key_secret: Option<String>,
}

pub struct HoneycombSettings {
    pub profile: Setting<String>,
    pub api_url: Setting<String>,
    pub api_key: Option<Setting<SecretString>>,
    pub key_id: Option<Setting<String>>,
    pub key_secret: Option<Setting<SecretString>>,
    pub dataset: Option<Setting<String>>,
    pub config: ConfigFile,
}

fn secret(setting: Option<Setting<String>>) -> Option<Setting<SecretString>> {
    setting.map(|setting| Setting { value: SecretString::from(setting.value), source: setting.source })
}

fn from_profile<'a>(
    value: &'a Option<String>,
    config: &'a ConfigFile,
    profile: &'a str,
) -> Option<(Option<&'a str>, &'a ConfigFile, &'a str)> {
    Some((value.as_deref(), config, profile))
}

fn parse_region(text: &str, source: &Source) -> CliResult<Region> {
    Region::from_str(text, true).map_err(|_| CliError::invalid_input(format!("region {text:?} ({source}): expected us or eu")))
}

impl HoneycombSettings {
    pub fn resolve(args: &HoneycombArgs, env: &dyn Environment) -> CliResult<HoneycombSettings> {
        Self::resolve_with(args, env, false)
    }

    /// `login` names a profile in order to create it: a profile that does not exist yet is fine there.
    pub fn resolve_for_login(args: &HoneycombArgs, env: &dyn Environment) -> CliResult<HoneycombSettings> {
        Self::resolve_with(args, env, true)
    }

    fn resolve_with(args: &HoneycombArgs, env: &dyn Environment, new_profile_allowed: bool) -> CliResult<HoneycombSettings> {
        let config = ConfigFile::load(&config_dir(env)?)?;
        let profile = match (&args.profile, env.var(PROFILE_ENV)) {
            (Some(name), _) => Setting { value: name.clone(), source: Source::Flag("--profile") },
            (None, Some(name)) => Setting { value: name, source: Source::Env(PROFILE_ENV) },
            (None, None) => Setting { value: "default".to_owned(), source: Source::Default },
        };
        let explicit_profile = profile.source != Source::Default;
        let stored = match config.profile(&profile.value) {
            Some(stored) => stored.clone(),
            None if explicit_profile && !new_profile_allowed => {
                let known: Vec<&str> = config.profiles.keys().map(String::as_str).collect();
                let hint = if known.is_empty() {
                    "create it with `cruddur-obs honeycomb login --profile NAME`".to_owned()
                } else {
                    format!("profiles: {}", known.join(", "))
                };
                return Err(CliError::invalid_input(format!(
                    "profile {:?} ({}) is not in {}",
                    profile.value,
                    profile.source,
                    config.path.display()
                ))
                .with_hint(hint));
            }
            None => Profile::default(),
        };

        let api_url = match layered(
            (args.api_url.as_deref(), "--api-url"),
            (env, API_URL_ENV),
            from_profile(&stored.api_url, &config, &profile.value),
        ) {
            Some(url) => url,
            None => {
                let region = match (args.region, &stored.region) {
                    (Some(region), _) => Setting { value: region, source: Source::Flag("--region") },
                    (None, Some(text)) => {
                        let source = Source::Profile { profile: profile.value.clone(), path: config.path.display().to_string() };
                        Setting { value: parse_region(text, &source)?, source }
                    }
                    (None, None) => Setting { value: Region::Us, source: Source::Default },
                };
                Setting { value: region.value.api_url().to_owned(), source: region.source }
            }
        };
        if !(api_url.value.starts_with("https://") || api_url.value.starts_with("http://")) {
            return Err(CliError::invalid_input(format!(
                "API URL {:?} ({}): expected an http:// or https:// URL",
                api_url.value, api_url.source
            )));
        }
        let api_key = secret(layered(
            (args.api_key.as_deref(), "--api-key"),
            (env, API_KEY_VAR),
            from_profile(&stored.api_key, &config, &profile.value),
        ));
        let key_id =
            layered((args.key_id.as_deref(), "--key-id"), (env, KEY_ID_ENV), from_profile(&stored.key_id, &config, &profile.value));
        let key_secret = secret(layered(
            (args.key_secret.as_deref(), "--key-secret"),
            (env, KEY_SECRET_ENV),
            from_profile(&stored.key_secret, &config, &profile.value),
        ));
        let dataset = stored.dataset.as_ref().map(|dataset| Setting {
            value: dataset.clone(),
            source: Source::Profile { profile: profile.value.clone(), path: config.path.display().to_string() },
        });
        Ok(HoneycombSettings { profile, api_url, api_key, key_id, key_secret, dataset, config })
    }

    /// The credentials to hand to the client. A key ID without its secret (or the reverse) is an error.
    pub fn credentials(&self) -> CliResult<Credentials> {
        let management = match (&self.key_id, &self.key_secret) {
            (Some(id), Some(secret)) => {
                let source =
                    if id.source == secret.source { id.source.to_string() } else { format!("{} and {}", id.source, secret.source) };
                Some(Labeled { value: ManagementKey { id: id.value.clone(), secret: secret.value.clone() }, source })
            }
            (Some(id), None) => {
                return Err(CliError::invalid_input(format!("a management key ID ({}) but no secret", id.source))
                    .with_hint(format!("set {KEY_SECRET_ENV} or pass --key-secret")));
            }
            (None, Some(secret)) => {
                return Err(CliError::invalid_input(format!("a management key secret ({}) but no ID", secret.source))
                    .with_hint(format!("set {KEY_ID_ENV} or pass --key-id")));
            }
            (None, None) => None,
        };
        let environment = self.api_key.as_ref().map(|key| Labeled { value: key.value.clone(), source: key.source.to_string() });
        Ok(Credentials { management, environment })
    }

    /// A client with these credentials, failing before any call when `scope`'s key is missing.
    pub fn client<'a>(&self, context: &'a Context, scope: Scope) -> CliResult<HoneycombClient<'a>> {
        let client = HoneycombClient::new(&self.api_url.value, self.credentials()?, context)?;
        client.require(scope)?;
        Ok(client)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use secrecy::ExposeSecret;

    use super::*;

    fn env_with<'a>(dir: &'a std::path::Path, pairs: &[(&'a str, &'a str)]) -> HashMap<&'a str, &'a str> {
        let mut env: HashMap<&str, &str> = pairs.iter().copied().collect();
        env.insert("CRUDDUR_OBS_CONFIG_DIR", dir.to_str().unwrap());
        env
    }

    #[test]
    fn flag_beats_env_beats_profile_beats_default() {
        let dir = tempfile::tempdir().unwrap();
        let mut config = ConfigFile::load(dir.path()).unwrap();
        config.set_profile_values("default", &[("api_key", Some("from-profile")), ("region", Some("eu"))]).unwrap();

        let settings = HoneycombSettings::resolve(&HoneycombArgs::default(), &env_with(dir.path(), &[])).unwrap();
        assert_eq!(settings.api_key.as_ref().unwrap().value.expose_secret(), "from-profile");
        assert!(matches!(settings.api_key.unwrap().source, Source::Profile { .. }));
        assert_eq!(settings.api_url.value, EU_API);

        let env = env_with(dir.path(), &[("HONEYCOMB_API_KEY", "from-env"), ("HONEYCOMB_API_ENDPOINT", "http://127.0.0.1:1")]);
        let settings = HoneycombSettings::resolve(&HoneycombArgs::default(), &env).unwrap();
        assert_eq!(settings.api_key.unwrap().source, Source::Env("HONEYCOMB_API_KEY"));
        assert_eq!(settings.api_url.source, Source::Env("HONEYCOMB_API_ENDPOINT"));

        let args = HoneycombArgs { api_key: Some("from-flag".into()), region: Some(Region::Us), ..HoneycombArgs::default() };
        let settings = HoneycombSettings::resolve(&args, &env_with(dir.path(), &[("HONEYCOMB_API_KEY", "from-env")])).unwrap();
        assert_eq!(settings.api_key.as_ref().unwrap().value.expose_secret(), "from-flag");
        assert_eq!(settings.api_url, Setting { value: US_API.to_owned(), source: Source::Flag("--region") });
    }

    #[test]
    fn unknown_profiles_and_half_keys_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let err =
            HoneycombSettings::resolve(&HoneycombArgs::default(), &env_with(dir.path(), &[("CRUDDUR_OBS_PROFILE", "ci")])).err().unwrap();
        assert!(err.message.contains("profile \"ci\" (env CRUDDUR_OBS_PROFILE) is not in"), "{}", err.message);
        let settings =
            HoneycombSettings::resolve(&HoneycombArgs::default(), &env_with(dir.path(), &[("HONEYCOMB_KEY_ID", "hcxmk_1")])).unwrap();
        assert!(settings.credentials().err().unwrap().message.contains("no secret"));
    }
}
