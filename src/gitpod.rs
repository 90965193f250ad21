//! Gitpod's `gp env`, run as a child process. Its behaviour (from `components/gitpod-cli/cmd/env.go`):
//! `gp env NAME=value` persists a variable for new workspaces of this repository and prints `NAME=value`
//! (so its stdout is captured here: it would put the secret on the terminal); `gp env` lists `NAME=value`
//! lines; `gp env -e` prints `export NAME="value"` lines. Persisted values do not reach the running shell.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use secrecy::{ExposeSecret, SecretString};

#[derive(Debug, thiserror::Error)]
pub enum GpError {
    #[error("could not run gp: {0}")]
    Spawn(std::io::Error),
    #[error("`gp env` failed: {0}")]
    Failed(String),
}

pub struct Gp {
    program: PathBuf,
}

impl Gp {
    /// `gp` from PATH, if there is one (there is in every Gitpod workspace).
    pub fn find() -> Option<Gp> {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path).map(|dir| dir.join("gp")).find(|candidate| candidate.is_file()).map(|program| Gp { program })
    }

    fn run(&self, args: &[&str]) -> Result<String, GpError> {
        let output = Command::new(&self.program).args(args).stdin(Stdio::null()).output().map_err(GpError::Spawn)?;
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            return Err(GpError::Failed(stderr.lines().next().unwrap_or("no message").trim().to_owned()));
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// The persisted variables.
    pub fn list(&self) -> Result<BTreeMap<String, String>, GpError> {
        let text = self.run(&["env"])?;
        Ok(text.lines().filter_map(|line| line.split_once('=')).map(|(name, value)| (name.to_owned(), value.to_owned())).collect())
    }

    /// Persists `name`; the echo of the value is captured and dropped. An error never carries the value.
    pub fn set(&self, name: &str, value: &SecretString) -> Result<(), GpError> {
        let assignment = format!("{name}={}", value.expose_secret());
        self.run(&["env", &assignment]).map(|_| ()).map_err(|err| match err {
            GpError::Failed(message) => {
                GpError::Failed(message.replace(value.expose_secret(), &crate::honeycomb::mask(value.expose_secret())))
            }
            other => other,
        })
    }
}
