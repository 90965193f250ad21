//! Settings that remember where they came from: flag > environment variable > profile in the config
//! file > default, as jj and cargo do, so `auth status` and error messages can say which value was used
//! and why (`HONEYCOMB_API_KEY (env)`, `profile "ci" in ~/.config/cruddur-obs/config.toml`).

pub mod config_file;
pub mod honeycomb;

use std::fmt;
use std::path::PathBuf;

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    Profile {
        profile: String,
        path: String,
    },
    /// A file of the workspace (its `.env`), as shown to the user.
    File(PathBuf),
    /// Typed at a prompt.
    Prompt,
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "flag {flag}"),
            Source::Env(name) => write!(f, "env {name}"),
            Source::Profile { profile, path } => write!(f, "profile {profile} in {path}"),
            Source::File(path) => write!(f, "{}", path.display()),
            Source::Prompt => f.write_str("prompt"),
            Source::Default => f.write_str("default"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting<T> {
    pub value: T,
    pub source: Source,
}

/// Reads environment variables; the binary's commands get the process environment, tests a map.
pub trait Environment {
    /// A variable that is set and not empty.
    fn var(&self, name: &str) -> Option<String>;
    /// A variable as the shell has it, empty or not (`doctor` tells the two apart, as compose does).
    fn raw(&self, name: &str) -> Option<String> {
        self.var(name)
    }
}

pub struct ProcessEnvironment;

impl Environment for ProcessEnvironment {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok().filter(|value| !value.is_empty())
    }

    fn raw(&self, name: &str) -> Option<String> {
        std::env::var_os(name).map(|value| value.to_string_lossy().into_owned())
    }
}

impl Environment for std::collections::BTreeMap<String, String> {
    fn var(&self, name: &str) -> Option<String> {
        self.get(name).filter(|value| !value.is_empty()).cloned()
    }

    fn raw(&self, name: &str) -> Option<String> {
        self.get(name).cloned()
    }
}

impl Environment for std::collections::HashMap<&str, &str> {
    fn var(&self, name: &str) -> Option<String> {
        self.get(name).map(|value| (*value).to_owned())
    }
}

/// The first of flag, environment variable, profile value; `None` when none is set.
pub fn layered(
    flag: (Option<&str>, &'static str),
    env: (&dyn Environment, &'static str),
    profile: Option<(Option<&str>, &config_file::ConfigFile, &str)>,
) -> Option<Setting<String>> {
    if let Some(value) = flag.0 {
        return Some(Setting { value: value.to_owned(), source: Source::Flag(flag.1) });
    }
    if let Some(value) = env.0.var(env.1) {
        return Some(Setting { value, source: Source::Env(env.1) });
    }
    let (value, file, profile) = profile?;
    value.map(|value| Setting {
        value: value.to_owned(),
        source: Source::Profile { profile: profile.to_owned(), path: file.path.display().to_string() },
    })
}
