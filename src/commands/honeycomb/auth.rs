//! `cruddur-obs honeycomb auth status`.

use clap::Subcommand;
use secrecy::ExposeSecret;
use serde::Serialize;

use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::client::Scope;
use crate::honeycomb::{HoneycombClient, HoneycombErrorKind, mask};
use crate::output::{Cell, Row};
use crate::settings::honeycomb::HoneycombSettings;

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Check each configured key with Honeycomb and show what it can do
    Status,
}

/// One configured credential and what Honeycomb says about it.
#[derive(Debug, Serialize)]
struct KeyStatus {
    credential: &'static str,
    /// Masked: type prefix and last four characters.
    key: String,
    source: String,
    valid: bool,
    key_type: Option<String>,
    team: Option<String>,
    environment: Option<String>,
    /// Scopes (management key) or permissions (environment key), by their v2 names.
    access: Vec<String>,
    error: Option<String>,
}

impl Row for KeyStatus {
    fn headers() -> &'static [&'static str] {
        &["CREDENTIAL", "KEY", "SOURCE", "VALID", "TYPE", "TEAM", "ENVIRONMENT", "ACCESS"]
    }

    fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::text(self.credential),
            Cell::text(&self.key),
            Cell::text(&self.source),
            Cell::text(if self.valid { "yes".to_owned() } else { format!("no: {}", self.error.as_deref().unwrap_or("rejected")) }),
            Cell::optional(self.key_type.clone()),
            Cell::optional(self.team.clone()),
            Cell::optional(self.environment.clone()),
            Cell::text(self.access.join(", ")),
        ]
    }
}

pub async fn run(context: &Context, settings: &HoneycombSettings, command: AuthCommand) -> CliResult {
    let AuthCommand::Status = command;
    // A missing key is looked for under the other scope; any other refusal (a URL that would carry the
    // key in the clear, a half-given management key) is the answer.
    let missing = |err: &CliError| err.kind == ErrorKind::Auth;
    let client: HoneycombClient = match settings.client(context, Scope::Environment) {
        Ok(client) => client,
        Err(err) if missing(&err) => settings.client(context, Scope::Management).map_err(|err| {
            if missing(&err) {
                CliError::new(ErrorKind::Auth, "no Honeycomb keys configured")
                    .with_hint("set HONEYCOMB_API_KEY (an environment's key) or HONEYCOMB_KEY_ID + HONEYCOMB_KEY_SECRET (a management key), or run `cruddur-obs honeycomb login`")
            } else {
                err
            }
        })?,
        Err(err) => return Err(err),
    };
    let mut rows = Vec::new();
    // A check that could not be made (Honeycomb unreachable, rate-limiting, failing) is not a verdict on
    // the key: it ends in that error's own exit code, not in "not accepted".
    let mut unchecked = None;
    if let Some(key) = &client.credentials().management {
        let mut row = KeyStatus {
            credential: "management key",
            key: key.value.id.clone(),
            source: key.source.clone(),
            valid: false,
            key_type: Some("management".to_owned()),
            team: None,
            environment: None,
            access: Vec::new(),
            error: None,
        };
        match client.management_auth().await {
            Ok(auth) => {
                row.valid = !auth.disabled;
                row.team = Some(auth.team_slug);
                row.access = auth.scopes;
                row.error = auth.disabled.then(|| "disabled".to_owned());
            }
            Err(err) => {
                row.error = Some(err.summary.clone());
                if !matches!(err.kind, HoneycombErrorKind::Unauthorized | HoneycombErrorKind::Forbidden) {
                    unchecked.get_or_insert(err);
                }
            }
        }
        rows.push(row);
    }
    if let Some(key) = &client.credentials().environment {
        let mut row = KeyStatus {
            credential: "API key",
            key: mask(key.value.expose_secret()),
            source: key.source.clone(),
            valid: false,
            key_type: None,
            team: None,
            environment: None,
            access: Vec::new(),
            error: None,
        };
        match client.environment_auth().await {
            Ok(auth) => {
                row.valid = true;
                row.key_type = auth.key_type;
                row.team = Some(auth.team_slug);
                row.environment = Some(if auth.environment_slug.is_empty() { "(classic)".to_owned() } else { auth.environment_slug });
                row.access = auth.permissions;
            }
            Err(err) => {
                row.error = Some(err.summary.clone());
                if !matches!(err.kind, HoneycombErrorKind::Unauthorized | HoneycombErrorKind::Forbidden) {
                    unchecked.get_or_insert(err);
                }
            }
        }
        rows.push(row);
    }
    context.ui.status(&format!(
        "API {} ({}); profile {} ({})",
        settings.api_url.value, settings.api_url.source, settings.profile.value, settings.profile.source
    ));
    context.print_rows(&rows)?;
    if let Some(err) = unchecked {
        return Err(err.into());
    }
    match rows.iter().find(|row| !row.valid) {
        Some(invalid) => {
            Err(CliError::new(ErrorKind::Auth, format!("the {} from {} was not accepted", invalid.credential, invalid.source)))
        }
        None => Ok(()),
    }
}
