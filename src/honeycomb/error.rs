//! Honeycomb's three error formats (legacy `{"error": ..}`, RFC 7807 problem+json, JSON:API
//! `{"errors": [..]}`) read into one type, printed as one line: status, title, detail, field. The
//! error stays typed until it is printed: its kind, HTTP status and route decide the hints (here and in
//! [`crate::query::run::explain`]), never the words of its message.

use std::fmt;
use std::sync::Arc;

use reqwest::Method;
use serde::Deserialize;
use serde_json::Value;

use crate::error::{CliError, ErrorKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoneycombErrorKind {
    /// 401: the key was rejected.
    Unauthorized,
    /// 403: the key lacks a permission or scope, or the team has no access to this API.
    Forbidden,
    NotFound,
    /// 409: already exists, or delete protection.
    Conflict,
    /// 400 / 413 / 415 / 422: the request was refused as invalid.
    Invalid,
    /// 429 after retries.
    RateLimited,
    /// 5xx after retries.
    ServerError,
    /// Connection refused, DNS, TLS.
    Unreachable,
    Timeout,
    /// A response that does not match the API (bad JSON, unexpected status).
    Protocol,
}

/// The request an error is about: `POST /1/query_results/backend-flask`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub method: Method,
    /// The path as sent (segments percent-encoded, a query string included).
    pub path: String,
}

impl Route {
    pub fn new(method: Method, path: impl Into<String>) -> Route {
        Route { method, path: path.into() }
    }

    /// The Query Data API's results (`/1/query_results/...`): Enterprise only.
    pub fn is_query_results(&self) -> bool {
        self.path.starts_with("/1/query_results/")
    }
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path)
    }
}

#[derive(Debug, Clone, thiserror::Error)]
#[error("{summary}")]
pub struct HoneycombError {
    pub kind: HoneycombErrorKind,
    /// The HTTP status of the final answer; `None` when none came (or the request was never sent).
    pub status: Option<u16>,
    /// The request that failed; `None` when the failure is not one request's.
    pub route: Option<Route>,
    /// One line, e.g. `POST /2/teams/t/environments: 409 Conflict: environment already exists (name)`.
    pub summary: String,
    /// Which credential was used and where it came from, for 401/403 hints.
    pub credential: Option<String>,
    /// The failure below HTTP (reqwest's, for a time-out or a lost connection), kept for `source()`.
    #[source]
    pub source: Option<Arc<reqwest::Error>>,
}

#[derive(Deserialize)]
struct JsonApiErrors {
    errors: Vec<JsonApiError>,
}

#[derive(Deserialize)]
struct JsonApiError {
    title: Option<String>,
    detail: Option<String>,
    code: Option<String>,
    source: Option<Value>,
}

#[derive(Deserialize)]
struct Problem {
    title: Option<String>,
    detail: Option<String>,
    error: Option<String>,
    #[serde(default)]
    type_detail: Vec<ProblemField>,
}

#[derive(Deserialize)]
struct ProblemField {
    field: Option<String>,
    description: Option<String>,
    code: Option<String>,
}

impl HoneycombError {
    pub fn new(kind: HoneycombErrorKind, summary: impl Into<String>) -> HoneycombError {
        HoneycombError { kind, status: None, route: None, summary: summary.into(), credential: None, source: None }
    }

    /// The request this error is about.
    pub fn on(mut self, route: Route) -> HoneycombError {
        self.route = Some(route);
        self
    }

    pub fn with_status(mut self, status: u16) -> HoneycombError {
        self.status = Some(status);
        self
    }

    pub fn with_credential(mut self, credential: Option<String>) -> HoneycombError {
        self.credential = credential;
        self
    }

    /// Whether Honeycomb answered 404 Not Found.
    pub fn is_not_found(&self) -> bool {
        self.status == Some(404)
    }

    /// Whether the request may have been carried out although no success came back: a 5xx, a
    /// time-out, or a connection lost after sending (a refused connection never reaches the server,
    /// and its error says so, but cannot be told apart here, so it counts too: looking costs one call).
    pub fn may_have_happened(&self) -> bool {
        matches!(self.kind, HoneycombErrorKind::ServerError | HoneycombErrorKind::Timeout | HoneycombErrorKind::Unreachable)
    }
}

/// The human part of an error body, whatever its format.
pub fn describe_body(body: &[u8]) -> Option<String> {
    let value: Value = serde_json::from_slice(body).ok()?;
    if value.get("errors").is_some()
        && let Ok(parsed) = serde_json::from_value::<JsonApiErrors>(value.clone())
    {
        let parts: Vec<String> = parsed
            .errors
            .iter()
            .map(|error| {
                let mut text = error.title.clone().or_else(|| error.code.clone()).unwrap_or_default();
                if let Some(detail) = error.detail.as_deref().filter(|detail| Some(*detail) != error.title.as_deref()) {
                    text = if text.is_empty() { detail.to_owned() } else { format!("{text}: {detail}") };
                }
                let pointer = error.source.as_ref().and_then(|source| {
                    source.get("pointer").or_else(|| source.get("parameter")).or_else(|| source.get("header")).and_then(Value::as_str)
                });
                match pointer {
                    Some(pointer) => format!("{text} ({pointer})"),
                    None => text,
                }
            })
            .collect();
        return Some(parts.join("; "));
    }
    if let Ok(problem) = serde_json::from_value::<Problem>(value.clone())
        && (problem.title.is_some() || problem.detail.is_some())
    {
        let mut text = problem.title.or(problem.error).unwrap_or_default();
        if let Some(detail) = problem.detail.filter(|detail| *detail != text) {
            text = if text.is_empty() { detail } else { format!("{text}: {detail}") };
        }
        for field in problem.type_detail {
            let what = field.description.or(field.code).unwrap_or_default();
            text.push_str(&format!("; {}: {what}", field.field.unwrap_or_default()));
        }
        return Some(text);
    }
    value.get("error").and_then(Value::as_str).map(str::to_owned)
}

pub fn kind_for_status(status: u16) -> HoneycombErrorKind {
    match status {
        401 => HoneycombErrorKind::Unauthorized,
        403 => HoneycombErrorKind::Forbidden,
        404 => HoneycombErrorKind::NotFound,
        409 => HoneycombErrorKind::Conflict,
        429 => HoneycombErrorKind::RateLimited,
        500..=599 => HoneycombErrorKind::ServerError,
        400..=499 => HoneycombErrorKind::Invalid,
        _ => HoneycombErrorKind::Protocol,
    }
}

impl From<HoneycombError> for CliError {
    fn from(err: HoneycombError) -> CliError {
        use HoneycombErrorKind::*;
        let kind = match err.kind {
            Unauthorized | Forbidden => ErrorKind::Auth,
            NotFound | Conflict | Invalid => ErrorKind::Rejected,
            RateLimited | ServerError | Unreachable | Timeout | Protocol => ErrorKind::Unavailable,
        };
        let hint = match err.kind {
            Unauthorized => Some(format!(
                "Honeycomb rejected {}; check it, or log in again: cruddur-obs honeycomb login",
                err.credential.as_deref().unwrap_or("the key")
            )),
            Forbidden if err.summary.contains("Management") => {
                Some("the team's management API access is off: a team owner can turn it on in Honeycomb's team settings".to_owned())
            }
            Forbidden => Some(format!(
                "{} lacks the permission this needs (see `cruddur-obs honeycomb auth status`)",
                err.credential.as_deref().unwrap_or("the key")
            )),
            RateLimited => Some("Honeycomb kept rate-limiting after retries; try again in a minute".to_owned()),
            Unreachable => Some("check the network and --api-url / HONEYCOMB_API_ENDPOINT".to_owned()),
            Timeout => Some("Honeycomb did not answer in time; try again, or check --api-url".to_owned()),
            _ => None,
        };
        let error = CliError::new(kind, err.summary.clone());
        let error = match hint {
            Some(hint) => error.with_hint(hint),
            None => error,
        };
        error.with_source(err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_three_formats() {
        assert_eq!(
            describe_body(br#"{"error":"unknown API key - check your credentials"}"#).unwrap(),
            "unknown API key - check your credentials"
        );
        let problem = br#"{"status":422,"type":"https://api.honeycomb.io/problems/validation-failed","title":"The provided input is invalid.","error":"x","type_detail":[{"code":"missing","field":"name","description":"cannot be blank"}]}"#;
        assert_eq!(describe_body(problem).unwrap(), "The provided input is invalid.; name: cannot be blank");
        let jsonapi = br#"{"errors":[{"id":"1","status":"401","code":"unauthenticated/invalid-key","title":"invalid API key","source":{"header":"Authorization"}}]}"#;
        assert_eq!(describe_body(jsonapi).unwrap(), "invalid API key (Authorization)");
        let rate = br#"{"status":429,"type":"https://api.honeycomb.io/problems/rate-limited","title":"You have exceeded your rate limit.","detail":"This endpoint allows 10 requests per minute."}"#;
        assert_eq!(describe_body(rate).unwrap(), "You have exceeded your rate limit.: This endpoint allows 10 requests per minute.");
        assert_eq!(describe_body(b"<html>"), None);
    }
}
