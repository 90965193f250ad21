//! `honeycomb.key`: the key the app sends with is known to Honeycomb, can send events, and belongs to
//! the region (or local API) in use. One `GET /1/auth`; a key refused by one Honeycomb region is tried
//! in the other (a key from the EU team is unknown in the US); a refused key is looked up with the
//! management key, when there is one, to tell "disabled" from "unknown".

use std::time::Duration;

use reqwest::Method;
use secrecy::{ExposeSecret, SecretString};

use super::{Check, ids};
use crate::context::Context;
use crate::honeycomb::client::{EU_API, US_API};
use crate::honeycomb::error::Route;
use crate::honeycomb::v1::EnvironmentAuth;
use crate::honeycomb::v2::KeyType;
use crate::honeycomb::{Credentials, HoneycombClient, HoneycombError, HoneycombErrorKind, Labeled, mask};

/// How long a network check may take in all (retries included).
pub const NETWORK_TIMEOUT: Duration = Duration::from_secs(30);

/// A key and where it came from (`env HONEYCOMB_API_KEY`, `.env`).
#[derive(Clone)]
pub struct FoundKey {
    pub key: SecretString,
    pub source: String,
}

/// A key Honeycomb accepted, and at which API.
#[derive(Clone)]
pub struct ValidKey {
    pub key: SecretString,
    pub source: String,
    pub auth: EnvironmentAuth,
    pub api_url: String,
}

impl ValidKey {
    pub fn can_send(&self) -> bool {
        self.auth.can_send()
    }

    /// A classic environment (no environment slug): datasets are named by a header, not by service.name.
    pub fn classic(&self) -> bool {
        self.auth.environment_slug.is_empty()
    }
}

fn client<'a>(context: &'a Context, api_url: &str, credentials: Credentials) -> Result<HoneycombClient<'a>, String> {
    HoneycombClient::new(api_url, credentials, context).map_err(|err| err.message)
}

/// `GET /1/auth` with `key` at `api_url`, within [`NETWORK_TIMEOUT`].
pub async fn auth(context: &Context, api_url: &str, key: &FoundKey) -> Result<EnvironmentAuth, HoneycombError> {
    let credentials = Credentials { management: None, environment: Some(Labeled { value: key.key.clone(), source: key.source.clone() }) };
    let client = client(context, api_url, credentials).map_err(|summary| HoneycombError::new(HoneycombErrorKind::Protocol, summary))?;
    match tokio::time::timeout(NETWORK_TIMEOUT, client.environment_auth()).await {
        Ok(result) => result,
        Err(_) => {
            Err(HoneycombError::new(HoneycombErrorKind::Timeout, format!("GET /1/auth: no answer within {} s", NETWORK_TIMEOUT.as_secs()))
                .on(Route::new(Method::GET, "/1/auth")))
        }
    }
}

fn other_region(api_url: &str) -> Option<&'static str> {
    match api_url.trim_end_matches('/') {
        US_API => Some(EU_API),
        EU_API => Some(US_API),
        _ => None,
    }
}

fn describe(auth: &EnvironmentAuth) -> String {
    let environment = if auth.environment_slug.is_empty() {
        "a classic environment".to_owned()
    } else {
        format!("environment {}", auth.environment_slug)
    };
    let kind = match auth.key_type.as_deref() {
        Some("ingest") => "an ingest key".to_owned(),
        Some(other) => format!("a {other} key"),
        None => "a key".to_owned(),
    };
    format!("{kind} for {environment} of team {}", auth.team_slug)
}

/// Whether the management key (when there is one) finds the refused key disabled: its ID, if so.
async fn disabled_key_id(context: &Context, api_url: &str, management: Credentials, key: &str) -> Option<String> {
    let client = client(context, api_url, management).ok()?;
    let lookup = async {
        let team = client.management_auth().await.ok()?.team_slug;
        let keys = client.list_keys(&team, Some(KeyType::Ingest)).await.ok()?;
        keys.into_iter().find(|candidate| key.starts_with(&candidate.id) && candidate.disabled).map(|candidate| candidate.id)
    };
    tokio::time::timeout(NETWORK_TIMEOUT, lookup).await.ok().flatten()
}

/// The `honeycomb.key` row, and the key when Honeycomb accepted it.
pub async fn check_key(
    context: &Context,
    api_url: &str,
    key: Option<FoundKey>,
    management: Option<Credentials>,
) -> (Check, Option<ValidKey>) {
    let id = ids::HONEYCOMB_KEY;
    let Some(key) = key else {
        return (
            Check::fail(id, "no Honeycomb ingest key: none in --api-key, HONEYCOMB_API_KEY, the profile or .env")
                .with_fix("export HONEYCOMB_API_KEY=... and run `cruddur-obs init` (or `cruddur-obs honeycomb login`)"),
            None,
        );
    };
    let shown = format!("{} ({})", mask(key.key.expose_secret()), key.source);
    let mut used_api = api_url.trim_end_matches('/').to_owned();
    let mut result = auth(context, &used_api, &key).await;
    let mut moved = false;
    if let (Err(HoneycombError { kind: HoneycombErrorKind::Unauthorized, .. }), Some(other)) = (&result, other_region(api_url)) {
        let elsewhere = auth(context, other, &key).await;
        if elsewhere.is_ok() {
            used_api = other.to_owned();
            result = elsewhere;
            moved = true;
        }
    }
    match result {
        Ok(auth) => {
            let valid = ValidKey { key: key.key.clone(), source: key.source.clone(), auth, api_url: used_api.clone() };
            if !valid.can_send() {
                let check = Check::fail(
                    id,
                    format!("the key {shown} is {}: it cannot send events, so the app's spans are refused", describe(&valid.auth)),
                )
                .with_fix("use an ingest key: cruddur-obs honeycomb keys create -e ENV --type ingest");
                return (check, Some(valid));
            }
            let check = if moved {
                Check::warn(
                    id,
                    format!("the key {shown} is {} at {used_api}, not at {api_url} where cruddur-obs looked first", describe(&valid.auth)),
                )
                .with_fix(format!("tell cruddur-obs: --api-url {used_api} or HONEYCOMB_API_ENDPOINT={used_api} (or --region)"))
            } else {
                Check::pass(id, format!("the key {shown} is {} at {used_api}", describe(&valid.auth)))
            };
            (check, Some(valid))
        }
        Err(err) if err.kind == HoneycombErrorKind::Unauthorized => {
            if let Some(management) = management
                && let Some(key_id) = disabled_key_id(context, &used_api, management, key.key.expose_secret()).await
            {
                let check =
                    Check::fail(id, format!("the key {shown} is disabled (key {key_id}): Honeycomb refuses everything sent with it"))
                        .with_fix(format!("cruddur-obs honeycomb keys enable {key_id}, or create a new one"));
                return (check, None);
            }
            let check = Check::fail(
                id,
                format!("Honeycomb does not accept the key {shown} at {used_api}: deleted, disabled, mistyped, or for another team"),
            )
            .with_fix("create an ingest key: cruddur-obs honeycomb keys create -e ENV --type ingest (then cruddur-obs init)");
            (check, None)
        }
        Err(err) => {
            let check = Check::fail(id, format!("could not check the key {shown}: {}", err.summary))
                .with_fix(format!("check the network, and HONEYCOMB_API_ENDPOINT / --api-url ({used_api})"));
            (check, None)
        }
    }
}
