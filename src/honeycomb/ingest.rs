//! Ingest keys, for `init` and `doctor`: what a key may do with events (by `GET /1/auth`), the check a
//! key must pass before a workspace is wired to send with it, and a new ingest key made with the
//! management key in an environment that is created when missing.

use super::environments::{NewEnvironment, ensure};
use super::v1::EnvironmentAuth;
use super::v2::{ApiKey, Environment, KeyType, NewKey};
use super::{HoneycombClient, HoneycombError};
use crate::error::{CliError, CliResult, ErrorKind};

impl EnvironmentAuth {
    /// The key can send events: an ingest key, or a key with `send_events`.
    pub fn can_send(&self) -> bool {
        self.key_type.as_deref() == Some("ingest") || self.permissions.iter().any(|permission| permission == "send_events")
    }

    /// The key can do nothing but send: the only kind that may go into a browser bundle, which is public.
    pub fn send_only(&self) -> bool {
        self.key_type.as_deref() == Some("ingest")
            || (!self.permissions.is_empty()
                && self.permissions.iter().all(|permission| matches!(permission.as_str(), "send_events" | "create_datasets")))
    }
}

/// Why a key may not be used for sending where it is wanted.
#[derive(Debug)]
pub enum SenderRefused {
    /// Honeycomb did not say what the key may do (refused, unreachable, ...).
    Honeycomb(HoneycombError),
    /// The key cannot send events.
    CannotSend(EnvironmentAuth),
    /// The key can do more than send, and would be published (in a browser bundle).
    MoreThanSend(EnvironmentAuth),
}

/// Checks the client's environment key for sending, with one `GET /1/auth`; `published`: the key will be
/// readable by anyone (built into a browser bundle), so it must be able to do nothing else.
pub async fn check_sender(client: &HoneycombClient<'_>, published: bool) -> Result<EnvironmentAuth, SenderRefused> {
    let auth = client.environment_auth().await.map_err(SenderRefused::Honeycomb)?;
    if !auth.can_send() {
        return Err(SenderRefused::CannotSend(auth));
    }
    if published && !auth.send_only() {
        return Err(SenderRefused::MoreThanSend(auth));
    }
    Ok(auth)
}

/// A new ingest key and the environment it belongs to.
pub struct NewIngestKey {
    pub environment: Environment,
    /// The environment was created for it.
    pub environment_created: bool,
    pub key: ApiKey,
    /// The ready-to-send header value (key ID and secret): Honeycomb shows it this once.
    pub header: String,
}

/// Creates an ingest key named `name` (with `create_datasets`) in the environment `environment`, which is
/// created first when missing, with the management key of `client`.
pub async fn create_ingest_key(client: &HoneycombClient<'_>, environment: &str, name: &str) -> CliResult<NewIngestKey> {
    let team = client.team_slug().await?;
    let wanted = NewEnvironment { name: environment, ..NewEnvironment::default() };
    let (environment, environment_created) = ensure(client, &team, &wanted).await?;
    let new_key = NewKey {
        name: name.to_owned(),
        key_type: Some(KeyType::Ingest),
        environment_id: environment.id.clone(),
        permissions: vec!["create_datasets".to_owned()],
    };
    let key = client.create_key(&team, &new_key).await?;
    let header = key
        .header_value()
        .ok_or_else(|| CliError::new(ErrorKind::Unavailable, format!("Honeycomb created key {} but returned no secret", key.id)))?;
    Ok(NewIngestKey { environment, environment_created, key, header })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auth(key_type: Option<&str>, permissions: &[&str]) -> EnvironmentAuth {
        EnvironmentAuth {
            key_type: key_type.map(str::to_owned),
            permissions: permissions.iter().map(|permission| (*permission).to_owned()).collect(),
            ..EnvironmentAuth::default()
        }
    }

    #[test]
    fn only_a_key_that_can_do_nothing_but_send_may_be_published() {
        assert!(auth(Some("ingest"), &[]).can_send() && auth(Some("ingest"), &[]).send_only());
        let configuration = auth(Some("configuration"), &["send_events", "run_queries"]);
        assert!(configuration.can_send() && !configuration.send_only());
        let sender = auth(None, &["send_events", "create_datasets"]);
        assert!(sender.can_send() && sender.send_only());
        assert!(!auth(Some("configuration"), &["run_queries"]).can_send());
        assert!(!auth(None, &[]).send_only());
    }
}
