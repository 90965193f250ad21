//! The config file: `config.toml` under `dirs::config_dir()/cruddur-obs` (or `CRUDDUR_OBS_CONFIG_DIR`),
//! holding named profiles. It can hold secrets, so it is written 0600 in a 0700 directory, atomically,
//! and edited with toml_edit so a user's comments and layout survive `login`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::Environment;
use crate::error::{CliError, CliResult};
use crate::fsio::write_if_changed;

pub const CONFIG_DIR_ENV: &str = "CRUDDUR_OBS_CONFIG_DIR";
pub const FILE_NAME: &str = "config.toml";

/// The keys a profile may hold (unknown keys are an error, with a suggestion).
pub const PROFILE_KEYS: [&str; 7] = ["api_url", "api_key", "ingest_key", "key_id", "key_secret", "dataset", "region"];

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub api_url: Option<String>,
    /// An environment's key (configuration or ingest).
    pub api_key: Option<String>,
    /// An ingest key's header value (ID + secret), kept when `keys create` makes one: for `init` and
    /// `doctor --verify`, which send data.
    pub ingest_key: Option<String>,
    /// The management key's id and secret.
    pub key_id: Option<String>,
    pub key_secret: Option<String>,
    /// The dataset queries use when `--dataset` is not given.
    pub dataset: Option<String>,
    pub region: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileContents {
    #[serde(default)]
    profiles: BTreeMap<String, Profile>,
}

#[derive(Debug, Clone)]
pub struct ConfigFile {
    pub path: PathBuf,
    pub profiles: BTreeMap<String, Profile>,
    /// The file's text, kept so edits preserve comments and order.
    text: String,
}

pub fn config_dir(env: &dyn Environment) -> CliResult<PathBuf> {
    if let Some(dir) = env.var(CONFIG_DIR_ENV) {
        return Ok(PathBuf::from(dir));
    }
    dirs::config_dir()
        .map(|dir| dir.join("cruddur-obs"))
        .ok_or_else(|| CliError::invalid_input("cannot find a configuration directory").with_hint(format!("set {CONFIG_DIR_ENV}")))
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

impl ConfigFile {
    /// Reads the file; a missing file is an empty configuration, a broken one an error naming the line.
    pub fn load(dir: &Path) -> CliResult<ConfigFile> {
        let path = dir.join(FILE_NAME);
        let text = match crate::fsio::read_text(&path, crate::fsio::Limit::Config) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(err) => return Err(CliError::invalid_input(format!("{}: cannot read: {err}", path.display()))),
        };
        ConfigFile::parse(path, text)
    }

    /// Reads a config file's text; errors name `path` and the line.
    pub fn parse(path: PathBuf, text: String) -> CliResult<ConfigFile> {
        let contents: FileContents = toml_edit::de::from_str(&text).map_err(|err| {
            let location = err.span().map(|span| format!(":{}", line_of(&text, span.start))).unwrap_or_default();
            let mut message = err.message().to_owned();
            if let Some(unknown) = message.strip_prefix("unknown field `").and_then(|rest| rest.split('`').next())
                && let Some(known) = crate::suggest::suggest(unknown, PROFILE_KEYS)
            {
                message = format!("{message} (did you mean {known}?)");
            }
            CliError::invalid_input(format!("{}{location}: {message}", path.display()))
        })?;
        Ok(ConfigFile { path, profiles: contents.profiles, text })
    }

    pub fn profile(&self, name: &str) -> Option<&Profile> {
        self.profiles.get(name)
    }

    /// Whether any profile holds a secret.
    fn holds_secret(&self) -> bool {
        self.profiles.values().any(|profile| profile.api_key.is_some() || profile.ingest_key.is_some() || profile.key_secret.is_some())
    }

    /// Sets `values` in profile `name` (a `None` removes the key) and writes the file 0600 in a 0700
    /// directory. Other profiles, comments and layout are kept byte for byte. A file that others could
    /// read is made 0600 before anything is written into it; the returned warning says so (the caller
    /// shows it).
    pub fn set_profile_values(&mut self, name: &str, values: &[(&str, Option<&str>)]) -> CliResult<Option<String>> {
        let mut document: toml_edit::DocumentMut =
            self.text.parse().map_err(|err| CliError::invalid_input(format!("{}: {err}", self.path.display())))?;
        let profiles = document.entry("profiles").or_insert(toml_edit::table());
        let profiles = profiles
            .as_table_mut()
            .ok_or_else(|| CliError::invalid_input(format!("{}: `profiles` is not a table", self.path.display())))?;
        profiles.set_implicit(true);
        let profile = profiles.entry(name).or_insert(toml_edit::table());
        let profile = profile
            .as_table_mut()
            .ok_or_else(|| CliError::invalid_input(format!("{}: profiles.{name} is not a table", self.path.display())))?;
        for (key, value) in values {
            match value {
                Some(value) => {
                    profile.insert(key, toml_edit::value(*value));
                }
                None => {
                    profile.remove(key);
                }
            }
        }
        let text = document.to_string();
        if let Some(dir) = self.path.parent() {
            create_private_dir(dir)?;
        }
        let warning = self.tighten_mode()?;
        write_if_changed(&self.path, text.as_bytes(), Some(0o600))
            .map_err(|err| CliError::internal(format!("{}: cannot write: {err}", self.path.display())))?;
        restrict_to_owner(&self.path)?;
        *self = ConfigFile::load(self.path.parent().unwrap_or(Path::new(".")))?;
        Ok(warning)
    }

    /// Makes an existing config file that others can read 0600, before a secret is written into it,
    /// and says what was found.
    #[cfg(unix)]
    fn tighten_mode(&self) -> CliResult<Option<String>> {
        use std::os::unix::fs::PermissionsExt;
        let Ok(metadata) = std::fs::metadata(&self.path) else { return Ok(None) };
        let mode = metadata.permissions().mode() & 0o777;
        if crate::fsio::is_private(mode) {
            return Ok(None);
        }
        restrict_to_owner(&self.path)?;
        let exposed =
            if self.holds_secret() { " and held keys that other users of this machine could read: consider rotating them" } else { "" };
        Ok(Some(format!("{} was readable by other users (mode {mode:04o}){exposed}; it is 0600 now", self.path.display())))
    }

    #[cfg(not(unix))]
    fn tighten_mode(&self) -> CliResult<Option<String>> {
        Ok(None)
    }
}

fn create_private_dir(dir: &Path) -> CliResult {
    crate::fsio::create_private_dir(dir).map_err(|err| CliError::internal(format!("{}: cannot create: {err}", dir.display())))
}

/// A config file that holds secrets is the owner's alone, even if it was created looser by hand.
#[cfg(unix)]
fn restrict_to_owner(path: &Path) -> CliResult {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
        .map_err(|err| CliError::internal(format!("{}: cannot set permissions: {err}", path.display())))
}

#[cfg(not(unix))]
fn restrict_to_owner(_path: &Path) -> CliResult {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_is_empty_and_a_broken_one_names_the_line() {
        let dir = tempfile::tempdir().unwrap();
        assert!(ConfigFile::load(dir.path()).unwrap().profiles.is_empty());
        std::fs::write(dir.path().join(FILE_NAME), "[profiles.default]\napi_url = \"x\"\napi_kee = \"y\"\n").unwrap();
        let err = ConfigFile::load(dir.path()).unwrap_err();
        assert!(err.message.ends_with(":3: unknown field `api_kee`, expected one of `api_url`, `api_key`, `ingest_key`, `key_id`, `key_secret`, `dataset`, `region` (did you mean api_key?)"), "{}", err.message);
        std::fs::write(dir.path().join(FILE_NAME), "[profiles.default\n").unwrap();
        assert!(ConfigFile::load(dir.path()).unwrap_err().message.contains("config.toml:1:"));
    }

    #[cfg(unix)]
    #[test]
    fn saving_keeps_comments_and_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let base = tempfile::tempdir().unwrap();
        let dir = base.path().join("cruddur-obs");
        let mut config = ConfigFile::load(&dir).unwrap();
        config.set_profile_values("default", &[("api_key", Some("k1")), ("dataset", Some("backend-flask"))]).unwrap();
        assert_eq!(std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700);
        let path = dir.join(FILE_NAME);
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("# my notes\n{text}")).unwrap();
        let mut config = ConfigFile::load(&dir).unwrap();
        config.set_profile_values("ci", &[("api_key", Some("k2"))]).unwrap();
        config.set_profile_values("default", &[("dataset", None)]).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("# my notes\n[profiles.default]\napi_key = \"k1\"\n"), "{text}");
        assert_eq!(config.profile("ci").unwrap().api_key.as_deref(), Some("k2"));
        assert_eq!(config.profile("default").unwrap().dataset, None);
    }

    #[cfg(unix)]
    #[test]
    fn a_file_others_can_read_is_made_private_before_a_secret_goes_in() {
        use std::os::unix::fs::PermissionsExt;
        let base = tempfile::tempdir().unwrap();
        let path = base.path().join(FILE_NAME);
        std::fs::write(&path, "[profiles.default]\napi_key = \"old-key-0123456789\"\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let mut config = ConfigFile::load(base.path()).unwrap();
        let warning = config.set_profile_values("default", &[("ingest_key", Some("new-key-0123456789"))]).unwrap().unwrap();
        assert!(warning.contains("mode 0644") && warning.contains("rotating"), "{warning}");
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(config.set_profile_values("default", &[("dataset", Some("d"))]).unwrap(), None, "nothing to say the second time");
    }
}

/// The bad-input census for the config file: each malformed file (census/config_cases.txt, one per line,
/// `\n` for line breaks) with the one-line message it gets (census/config_messages.txt; `CENSUS_BLESS=1`
/// rewrites it after a deliberate change). Every message names the file, and the line where TOML has one.
#[cfg(test)]
mod census {
    use super::*;

    #[test]
    fn every_malformed_config_gets_a_one_line_message_naming_the_file() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/settings/census");
        let cases = std::fs::read_to_string(dir.join("config_cases.txt")).unwrap();
        let mut report = String::new();
        for case in cases.lines() {
            let text = case.replace("\\n", "\n").replace("\\r", "\r").replace("\\ufeff", "\u{feff}");
            let error = match ConfigFile::parse(PathBuf::from("config.toml"), text) {
                Ok(config) => panic!("accepted {case:?}: {:?}", config.profiles),
                Err(error) => error,
            };
            assert!(error.message.starts_with("config.toml"), "{case}: {}", error.message);
            assert!(!error.message.contains('\n'), "{case}: the message spans lines: {}", error.message);
            report.push_str(&format!("{case}\n    {}\n", error.message));
        }
        assert!(cases.lines().count() >= 30);
        let golden = dir.join("config_messages.txt");
        if std::env::var_os("CENSUS_BLESS").is_some() {
            std::fs::write(&golden, &report).unwrap();
        }
        assert_eq!(std::fs::read_to_string(&golden).unwrap_or_default(), report, "messages changed: review, then CENSUS_BLESS=1");
    }
}
