//! API errors and the three formats Honeycomb renders them in.
//!
//! Handlers return [`ApiError`] without choosing a format: its `IntoResponse` only stashes the
//! error in the response's extensions. The routing middleware, which knows the matched
//! operation, then renders it with [`render`] in a media type the spec declares for that
//! operation and status (see [`crate::contract`]). That keeps handlers simple and every error,
//! including injected faults, inside the contract.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::sync::Arc;

use crate::util::{http_date, random_u64};

/// Where in the request a JSON:API error points.
#[derive(Debug, Clone)]
pub enum ErrorSource {
    Pointer(String),
    Header(String),
    Parameter(String),
}

/// One field-level problem (`type_detail` in problem+json).
#[derive(Debug, Clone)]
pub struct FieldError {
    pub field: String,
    /// `invalid`, `missing`, `incorrect_type` or `already_exists`.
    pub code: &'static str,
    pub description: String,
}

/// An error response, before its format is chosen.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    /// JSON:API `code`, e.g. `unauthenticated/invalid-key`.
    pub code: &'static str,
    pub title: String,
    pub detail: String,
    pub fields: Vec<FieldError>,
    pub source: Option<ErrorSource>,
    /// Epoch seconds for a `Retry-After` HTTP-date.
    pub retry_after: Option<i64>,
}

impl ApiError {
    pub fn new(status: StatusCode, detail: impl Into<String>) -> ApiError {
        let (code, title) = defaults_for(status);
        ApiError {
            status,
            code,
            title: title.to_owned(),
            detail: detail.into(),
            fields: Vec::new(),
            source: None,
            retry_after: None,
        }
    }

    pub fn bad_request(detail: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, detail)
    }

    /// Honeycomb's v1 message for a key it does not know.
    pub fn unknown_key() -> ApiError {
        ApiError::new(StatusCode::UNAUTHORIZED, "unknown API key - check your credentials")
            .with_source(ErrorSource::Header("X-Honeycomb-Team".into()))
    }

    /// The v2 401, as the Terraform provider's live tests record it.
    pub fn invalid_management_key(detail: impl Into<String>) -> ApiError {
        let mut e = ApiError::new(StatusCode::UNAUTHORIZED, detail)
            .with_source(ErrorSource::Header("Authorization".into()));
        e.title = "invalid API key".into();
        e
    }

    pub fn forbidden(detail: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, detail)
    }

    pub fn not_found(detail: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, detail)
    }

    pub fn conflict(detail: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::CONFLICT, detail)
    }

    /// A 422 naming the offending field.
    pub fn validation(
        field: impl Into<String>,
        code: &'static str,
        description: impl Into<String>,
    ) -> ApiError {
        let field = field.into();
        let description = description.into();
        let mut e = ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("{field}: {description}"),
        );
        e.source = Some(ErrorSource::Pointer(format!("/{}", field.replace('.', "/"))));
        e.fields.push(FieldError {
            field,
            code,
            description,
        });
        e
    }

    pub fn too_large(limit: usize) -> ApiError {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("Body size is larger than maximum size of {limit} bytes"),
        )
    }

    pub fn unsupported_media_type(expected: &str) -> ApiError {
        ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("Content-Type must be {expected}"),
        )
        .with_source(ErrorSource::Header("Content-Type".into()))
    }

    /// A 429; `retry_after` (epoch seconds) adds an HTTP-date `Retry-After`.
    pub fn rate_limited(detail: impl Into<String>, retry_after: Option<i64>) -> ApiError {
        let mut e = ApiError::new(StatusCode::TOO_MANY_REQUESTS, detail);
        e.retry_after = retry_after;
        e
    }

    pub fn with_source(mut self, source: ErrorSource) -> ApiError {
        self.source = Some(source);
        self
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.status.as_u16(), self.detail)
    }
}

impl std::error::Error for ApiError {}

/// JSON:API code and human title for a status, from the spec's examples where it has them.
fn defaults_for(status: StatusCode) -> (&'static str, &'static str) {
    match status.as_u16() {
        400 => ("invalid", "The request body could not be parsed."),
        401 => ("unauthenticated/invalid-key", "Unauthorized"),
        403 => ("forbidden", "Forbidden"),
        404 => ("not-found", "The requested resource cannot be found."),
        409 => (
            "conflict",
            "Request could not be completed due to a conflict with the current state of the target resource.",
        ),
        413 => ("payload-too-large", "Request body is too large."),
        415 => ("unsupported-media-type", "Unsupported Media Type"),
        422 => ("invalid", "The provided input is invalid."),
        429 => ("rate-limited/may-retry", "You have exceeded your rate limit."),
        _ if status.is_server_error() => ("internal", "Internal Server Error"),
        _ => ("error", "Error"),
    }
}

/// The problem `type` slug for a status.
fn problem_type(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "unparseable",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not-found",
        409 => "conflict",
        413 => "payload-too-large",
        415 => "unsupported-media-type",
        422 => "validation-failed",
        429 => "rate-limited",
        _ => "internal-error",
    }
}

/// The three formats, plus problem fields served as `application/json` (the spec's v2 413).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorFormat {
    /// `application/json` `{"error": "..."}`.
    Legacy,
    /// `application/problem+json` (RFC 7807).
    Problem,
    /// `application/problem+json` fields with an `application/json` content type.
    ProblemAsJson,
    /// `application/vnd.api+json` `{"errors": [...]}`.
    JsonApi,
}

/// Which API family a path belongs to; decides the preferred format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    V1,
    V2,
}

impl Family {
    pub fn of(path: &str) -> Family {
        if path.starts_with("/2/") {
            Family::V2
        } else {
            Family::V1
        }
    }
}

/// Picks the format for `status` given the media types the spec declares (`None`: undeclared).
///
/// Preferences: v2 speaks JSON:API; v1 uses problem+json for conflicts, validation failures and
/// rate limits (as Honeycomb's examples do) and the legacy form otherwise.
pub fn choose_format(family: Family, status: StatusCode, declared: Option<&[String]>) -> ErrorFormat {
    let s = status.as_u16();
    let preference: &[ErrorFormat] = match family {
        Family::V2 => &[ErrorFormat::JsonApi, ErrorFormat::Problem, ErrorFormat::Legacy],
        Family::V1 if matches!(s, 409 | 422 | 429) => {
            &[ErrorFormat::Problem, ErrorFormat::Legacy, ErrorFormat::JsonApi]
        }
        Family::V1 => &[ErrorFormat::Legacy, ErrorFormat::Problem, ErrorFormat::JsonApi],
    };
    let media = |f: ErrorFormat| match f {
        ErrorFormat::Legacy | ErrorFormat::ProblemAsJson => "application/json",
        ErrorFormat::Problem => "application/problem+json",
        ErrorFormat::JsonApi => "application/vnd.api+json",
    };
    let chosen = match declared {
        Some(types) if !types.is_empty() => preference
            .iter()
            .copied()
            .find(|f| types.iter().any(|t| t == media(*f))),
        _ => None,
    }
    .unwrap_or(preference[0]);
    if chosen == ErrorFormat::Legacy && s == 413 {
        // The spec's PayloadTooLarge is a DetailedError served as application/json.
        ErrorFormat::ProblemAsJson
    } else {
        chosen
    }
}

/// Renders `err` as a complete response in `format`.
pub fn render(err: &ApiError, format: ErrorFormat) -> Response {
    let (content_type, body) = match format {
        ErrorFormat::Legacy => ("application/json", json!({ "error": err.detail })),
        ErrorFormat::Problem | ErrorFormat::ProblemAsJson => {
            let mut body = json!({
                "status": err.status.as_u16(),
                "type": format!("https://api.honeycomb.io/problems/{}", problem_type(err.status)),
                "title": err.title,
                "error": err.detail,
                "detail": err.detail,
            });
            if !err.fields.is_empty() {
                body["type_detail"] = err
                    .fields
                    .iter()
                    .map(|f| json!({"field": f.field, "code": f.code, "description": f.description}))
                    .collect();
            }
            let ct = if format == ErrorFormat::Problem {
                "application/problem+json"
            } else {
                "application/json"
            };
            (ct, body)
        }
        ErrorFormat::JsonApi => {
            let mut item = json!({
                "id": format!("{:016x}{:016x}", random_u64(), random_u64()),
                "status": err.status.as_u16().to_string(),
                "code": err.code,
                "title": err.title,
                "detail": err.detail,
            });
            if let Some(source) = &err.source {
                item["source"] = match source {
                    ErrorSource::Pointer(p) => json!({ "pointer": p }),
                    ErrorSource::Header(h) => json!({ "header": h }),
                    ErrorSource::Parameter(p) => json!({ "parameter": p }),
                };
            }
            ("application/vnd.api+json", json!({ "errors": [item] }))
        }
    };
    let mut response = (err.status, body_bytes(&body)).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Some(at) = err.retry_after
        && let Ok(v) = HeaderValue::from_str(&http_date(at))
    {
        headers.insert(header::RETRY_AFTER, v);
    }
    response
}

fn body_bytes(v: &Value) -> Vec<u8> {
    serde_json::to_vec(v).unwrap_or_default()
}

/// Marker placed in a response's extensions by `ApiError::into_response`, for the middleware.
#[derive(Clone)]
pub struct PendingError(pub Arc<ApiError>);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status;
        let mut response = status.into_response();
        response.extensions_mut().insert(PendingError(Arc::new(self)));
        response
    }
}

/// Result type of handlers.
pub type ApiResult<T> = Result<T, ApiError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v1_conflicts_prefer_problem_json_when_declared() {
        let declared = vec!["application/json".to_owned(), "application/problem+json".to_owned()];
        assert_eq!(
            choose_format(Family::V1, StatusCode::CONFLICT, Some(&declared)),
            ErrorFormat::Problem
        );
        assert_eq!(
            choose_format(Family::V1, StatusCode::NOT_FOUND, Some(&declared)),
            ErrorFormat::Legacy
        );
        let json_only = vec!["application/json".to_owned()];
        assert_eq!(
            choose_format(Family::V1, StatusCode::TOO_MANY_REQUESTS, Some(&json_only)),
            ErrorFormat::Legacy
        );
        assert_eq!(
            choose_format(Family::V2, StatusCode::PAYLOAD_TOO_LARGE, Some(&json_only)),
            ErrorFormat::ProblemAsJson
        );
        assert_eq!(
            choose_format(Family::V2, StatusCode::NOT_FOUND, None),
            ErrorFormat::JsonApi
        );
    }
}
