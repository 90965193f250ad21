//! The HTTP layer for Honeycomb's API: credentials per API family, timeouts on every request, retries
//! only where they are safe, one error type, and `--verbose` request logs with no secrets in them.
//! As [`crate::http`] sets it: no redirects, a size limit on every answer, no key over plain http to
//! another machine; an optional deadline bounds every request and retry of a command (`query --timeout`);
//! and whatever a server says back is stripped of the keys it may echo before it goes into an error.

use std::time::{Duration, Instant, SystemTime};

use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode};
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::error::{HoneycombError, HoneycombErrorKind, Route, describe_body, kind_for_status};
use super::retry;
use crate::context::{Context, Ui};
use crate::error::{CliError, CliResult, ErrorKind};
use crate::http::{BodyError, BodyLimit};

/// A management key: `Authorization: Bearer ID:SECRET`, for the v2 team APIs (environments, keys).
#[derive(Clone)]
pub struct ManagementKey {
    pub id: String,
    pub secret: SecretString,
}

/// A credential and where it came from ("env HONEYCOMB_API_KEY", "profile default in ..."), for messages.
#[derive(Clone)]
pub struct Labeled<T> {
    pub value: T,
    pub source: String,
}

/// The credentials available to a command. Each request names which one it needs.
#[derive(Clone, Default)]
pub struct Credentials {
    pub management: Option<Labeled<ManagementKey>>,
    /// An environment's key (configuration or ingest), sent as `X-Honeycomb-Team`.
    pub environment: Option<Labeled<SecretString>>,
}

/// Which credential a request needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Management,
    Environment,
}

/// Whether repeating a request is harmless: decides which failures are retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// GET, PUT, DELETE, PATCH of fixed values: retried on 429, 5xx, time-outs and connection errors.
    Idempotent,
    /// POST that creates something: retried only when the server certainly did nothing (429, refused
    /// connection). After a time-out or a 5xx the caller looks the resource up instead.
    Once,
}

pub struct Response {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Response {
    pub fn json<T: DeserializeOwned>(&self, what: &str) -> Result<T, HoneycombError> {
        serde_json::from_slice(&self.body).map_err(|err| {
            HoneycombError::new(HoneycombErrorKind::Protocol, format!("{what}: unexpected response ({err})"))
                .with_status(self.status.as_u16())
        })
    }
}

pub const US_API: &str = "https://api.honeycomb.io";
pub const EU_API: &str = "https://api.eu1.honeycomb.io";
/// The OTLP endpoint for the API a key belongs to: Honeycomb's region, or the API itself (a local server).
pub fn endpoint_for(api_url: &str) -> String {
    match api_url.trim_end_matches('/') {
        US_API => US_API.to_owned(),
        EU_API => EU_API.to_owned(),
        other => other.to_owned(),
    }
}

/// Per request, unless `--request-timeout` says otherwise.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

pub struct HoneycombClient<'a> {
    http: reqwest::Client,
    api_url: String,
    credentials: Credentials,
    ui: &'a Ui,
    /// The whole command's deadline (`query --timeout`), and the flag that set it, for messages.
    deadline: Option<(Instant, String)>,
    /// Each attempt's own time-out (`--request-timeout`, else 30 s).
    request_timeout: Duration,
}

/// Masks a secret for display: its type prefix (`hcaik_`) and last four characters.
pub fn mask(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    if chars.len() < 12 {
        return "****".to_owned();
    }
    let prefix: String = match secret.find('_') {
        Some(index) if index <= 6 => secret[..=index].to_owned(),
        _ => String::new(),
    };
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{prefix}…{tail}")
}

/// Percent-encodes one path segment (a team slug, a dataset, an ID): everything but RFC 3986's unreserved
/// characters, so a name with `/` or spaces can never change the path.
pub fn path_segment(value: &str) -> String {
    value
        .bytes()
        .map(
            |byte| {
                if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) { (byte as char).to_string() } else { format!("%{byte:02X}") }
            },
        )
        .collect()
}

/// What went wrong below HTTP, in words for `--verbose`.
pub(crate) fn transport_failure(err: &reqwest::Error) -> &'static str {
    if err.is_timeout() {
        "time-out"
    } else if err.is_connect() {
        "no connection"
    } else if err.is_body() || err.is_decode() {
        "answer cut off"
    } else {
        "connection lost"
    }
}

/// A request that got no (complete) answer. A time-out or a lost connection may have reached the
/// server; the caller decides whether that is safe to repeat.
pub(crate) fn transport_error(route: &Route, err: reqwest::Error) -> HoneycombError {
    let kind = if err.is_timeout() { HoneycombErrorKind::Timeout } else { HoneycombErrorKind::Unreachable };
    let reason = crate::error::error_chain(&err);
    // reqwest's messages include the URL, which is ours (no secret in it).
    let summary = format!("{route}: {} ({reason})", transport_failure(&err));
    HoneycombError { source: Some(std::sync::Arc::new(err)), ..HoneycombError::new(kind, summary).on(route.clone()) }
}

fn is_v2(path: &str) -> bool {
    path.starts_with("/2/")
}

impl<'a> HoneycombClient<'a> {
    pub fn new(api_url: &str, credentials: Credentials, context: &'a Context) -> CliResult<HoneycombClient<'a>> {
        crate::http::require_private_transport(api_url, "the Honeycomb API URL", context.allow_plaintext_http)?;
        let timeout = context.request_timeout.unwrap_or(REQUEST_TIMEOUT);
        let http = crate::http::client(timeout, CONNECT_TIMEOUT)?;
        // Every message of this command masks these keys, wherever a server puts them.
        if let Some(key) = &credentials.management {
            context.ui.register_secret(key.value.secret.expose_secret());
        }
        if let Some(key) = &credentials.environment {
            context.ui.register_secret(key.value.expose_secret());
        }
        Ok(HoneycombClient {
            http,
            api_url: api_url.trim_end_matches('/').to_owned(),
            credentials,
            ui: &context.ui,
            deadline: None,
            request_timeout: timeout,
        })
    }

    /// Bounds every request, retry and wait of this client by `deadline` (the command's time limit,
    /// named `flag` in messages): no attempt gets more time than what is left.
    pub fn with_deadline(mut self, deadline: Instant, flag: impl Into<String>) -> HoneycombClient<'a> {
        self.deadline = Some((deadline, flag.into()));
        self
    }

    /// The time left before the deadline: `Ok(None)` without one; a time-out error naming the flag once
    /// it has passed.
    pub(crate) fn time_left(&self, route: &Route) -> Result<Option<Duration>, HoneycombError> {
        match &self.deadline {
            None => Ok(None),
            Some((deadline, flag)) => {
                match deadline.checked_duration_since(Instant::now()).filter(|left| !left.is_zero()) {
                    Some(left) => Ok(Some(left)),
                    None => Err(HoneycombError::new(HoneycombErrorKind::Timeout, format!("{route}: no answer before {flag} ran out"))
                        .on(route.clone())),
                }
            }
        }
    }

    /// Waits `wait` before a retry, unless the deadline comes first (then the error to end with).
    pub(crate) async fn wait_before_retry(&self, route: &Route, wait: Duration) -> Result<(), HoneycombError> {
        if let Some(left) = self.time_left(route)?
            && wait >= left
        {
            tokio::time::sleep(left).await;
            return Err(self
                .time_left(route)
                .err()
                .unwrap_or_else(|| HoneycombError::new(HoneycombErrorKind::Timeout, format!("{route}: out of time")).on(route.clone())));
        }
        tokio::time::sleep(wait).await;
        Ok(())
    }

    /// `text` (something a server said) with this client's keys masked: a server may echo the header
    /// it was sent, and its words end up in errors, `--output json` included.
    pub fn redact(&self, text: &str) -> String {
        let mut secrets: Vec<String> = Vec::new();
        if let Some(key) = &self.credentials.management {
            secrets.push(format!("{}:{}", key.value.id, key.value.secret.expose_secret()));
            secrets.push(key.value.secret.expose_secret().to_owned());
        }
        if let Some(key) = &self.credentials.environment {
            secrets.push(key.value.expose_secret().to_owned());
        }
        crate::output::sanitize::mask_all(text, secrets.iter().map(String::as_str)).into_owned()
    }

    /// The per-request time-out: `--request-timeout`, else the default.
    pub(super) fn ui_request_timeout(&self) -> Duration {
        self.request_timeout
    }

    /// The underlying HTTP client (its time-outs set), for calls with their own retry rules.
    pub(crate) fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// The UI the client reports to (`--verbose` lines).
    pub fn ui(&self) -> &Ui {
        self.ui
    }

    pub fn api_url(&self) -> &str {
        &self.api_url
    }

    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// Fails before any network call when the needed credential is missing, naming where to set it.
    pub fn require(&self, scope: Scope) -> CliResult {
        match scope {
            Scope::Management if self.credentials.management.is_none() => {
                Err(CliError::new(ErrorKind::Auth, "no Honeycomb management key").with_hint(
                    "set HONEYCOMB_KEY_ID and HONEYCOMB_KEY_SECRET, pass --key-id/--key-secret, or run `cruddur-obs honeycomb login`",
                ))
            }
            Scope::Environment if self.credentials.environment.is_none() => Err(CliError::new(ErrorKind::Auth, "no Honeycomb API key")
                .with_hint("set HONEYCOMB_API_KEY, pass --api-key, or run `cruddur-obs honeycomb login`")),
            _ => Ok(()),
        }
    }

    fn credential_label(&self, scope: Scope) -> Option<String> {
        match scope {
            Scope::Management => {
                self.credentials.management.as_ref().map(|key| format!("the management key {} ({})", key.value.id, key.source))
            }
            Scope::Environment => {
                self.credentials.environment.as_ref().map(|key| format!("the API key {} ({})", mask(key.value.expose_secret()), key.source))
            }
        }
    }

    fn headers(&self, scope: Scope, path: &str, has_body: bool) -> Result<HeaderMap, HoneycombError> {
        let mut headers = HeaderMap::new();
        let media = if is_v2(path) { "application/vnd.api+json" } else { "application/json" };
        headers.insert(ACCEPT, HeaderValue::from_static(media));
        if has_body {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(media));
        }
        let bad_header = |_| {
            HoneycombError::new(HoneycombErrorKind::Invalid, "the Honeycomb key contains characters that cannot be sent in a header")
                .with_credential(self.credential_label(scope))
        };
        match scope {
            Scope::Management => {
                if let Some(key) = &self.credentials.management {
                    let mut value = HeaderValue::from_str(&format!("Bearer {}:{}", key.value.id, key.value.secret.expose_secret()))
                        .map_err(bad_header)?;
                    value.set_sensitive(true);
                    headers.insert(AUTHORIZATION, value);
                }
            }
            Scope::Environment => {
                if let Some(key) = &self.credentials.environment {
                    let mut value = HeaderValue::from_str(key.value.expose_secret()).map_err(bad_header)?;
                    value.set_sensitive(true);
                    headers.insert("x-honeycomb-team", value);
                }
            }
        }
        Ok(headers)
    }

    /// Sends a request, retrying as `retry` allows; any non-2xx final answer becomes a `HoneycombError`.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        scope: Scope,
        body: Option<&impl Serialize>,
        retry: Retry,
    ) -> Result<Response, HoneycombError> {
        let url = format!("{}{path}", self.api_url);
        let route = Route::new(method.clone(), path);
        let what = route.to_string();
        let body = body.map(|body| serde_json::to_vec(body).expect("request bodies serialize"));
        let headers = self.headers(scope, path, body.is_some())?;
        let limit = if route.is_query_results() { BodyLimit::QueryResult } else { BodyLimit::Api };
        let mut attempt = 1;
        loop {
            let started = Instant::now();
            let mut request = self.http.request(method.clone(), &url).headers(headers.clone());
            if let Some(body) = &body {
                request = request.body(body.clone());
            }
            if let Some(left) = self.time_left(&route)? {
                request = request.timeout(left.min(self.ui_request_timeout()));
            }
            let outcome = match request.send().await {
                Ok(response) => {
                    let status = response.status();
                    let headers = response.headers().clone();
                    let limit = if status.is_success() { limit } else { BodyLimit::Error };
                    match crate::http::read_body(response, limit).await {
                        Ok(body) => Ok(Response { status, headers, body }),
                        Err(BodyError::Transport(err)) => Err(err),
                        Err(too_large) => {
                            self.ui.debug(&format!("{what} → {} with an answer over the limit", status.as_u16()));
                            return Err(HoneycombError::new(HoneycombErrorKind::Protocol, format!("{route}: {}", too_large.describe()))
                                .with_status(status.as_u16())
                                .on(route.clone()));
                        }
                    }
                }
                Err(err) => Err(err),
            };
            let elapsed = started.elapsed().as_millis();
            let retry_after = match &outcome {
                Ok(response) => {
                    self.ui.debug(&format!("{what} → {} in {elapsed} ms", response.status.as_u16()));
                    let status = response.status.as_u16();
                    if method == Method::DELETE && status == 404 && attempt > 1 {
                        // After a retry a 404 means it is gone: most likely the attempt whose answer was
                        // lost deleted it (callers looked it up just before). Either way, the goal is met.
                        self.ui.debug(&format!("{what}: already gone after a lost answer; counted as deleted"));
                        return Ok(Response { status: StatusCode::NO_CONTENT, headers: HeaderMap::new(), body: Vec::new() });
                    }
                    let retryable = status == 429 || (status >= 500 && retry == Retry::Idempotent);
                    if response.status.is_success() || !retryable || attempt >= retry::MAX_ATTEMPTS {
                        let response = outcome.expect("matched Ok");
                        return self.finish(&route, scope, response);
                    }
                    Some(retry::delay(Some(&response.headers), Some(status), attempt, SystemTime::now()))
                }
                Err(err) => {
                    self.ui.debug(&format!("{what} → {} after {elapsed} ms", transport_failure(err)));
                    // A refused connection never reached the server; anything else might have.
                    let never_sent = err.is_connect();
                    if attempt >= retry::MAX_ATTEMPTS || !(never_sent || retry == Retry::Idempotent) {
                        let err = outcome.err().expect("matched Err");
                        // The attempt was cut short by the command's deadline: say so, not just "time-out".
                        if err.is_timeout() && self.time_left(&route).is_err() {
                            return Err(self.time_left(&route).expect_err("checked"));
                        }
                        return Err(transport_error(&route, err));
                    }
                    Some(retry::delay(None, None, attempt, SystemTime::now()))
                }
            };
            if let Some(wait) = retry_after {
                self.ui.debug(&format!("{what}: retrying in {} ms (attempt {} of {})", wait.as_millis(), attempt + 1, retry::MAX_ATTEMPTS));
                self.wait_before_retry(&route, wait).await?;
            }
            attempt += 1;
        }
    }

    fn finish(&self, route: &Route, scope: Scope, response: Response) -> Result<Response, HoneycombError> {
        if response.status.is_success() {
            return Ok(response);
        }
        let status = response.status.as_u16();
        let reason = response.status.canonical_reason().unwrap_or("");
        let detail = crate::http::redirect_note(status, &response.headers).or_else(|| describe_body(&response.body));
        let summary = match detail {
            Some(detail) => self.redact(&format!("{route}: {status} {reason}: {detail}")),
            None => format!("{route}: {status} {reason}"),
        };
        Err(HoneycombError::new(kind_for_status(status), summary)
            .with_status(status)
            .on(route.clone())
            .with_credential(self.credential_label(scope)))
    }

    pub async fn get<T: DeserializeOwned>(&self, path: &str, scope: Scope) -> Result<T, HoneycombError> {
        self.send(Method::GET, path, scope, None::<&()>, Retry::Idempotent).await?.json(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_keep_the_type_and_the_last_four() {
        assert_eq!(mask(&format!("hcaik_{}abcd", "0".repeat(27))), "hcaik_…abcd");
        assert_eq!(mask("plainconfigurationsecretwxyz"), "…wxyz");
        assert_eq!(mask("short"), "****");
    }
}
