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

/// An error response, before its format is chosen. Boxed: handlers return it in `Result`s,
/// which stay one pointer wide on the success path.
#[derive(Debug, Clone)]
pub struct ApiError(Box<ErrorDetails>);

/// What an [`ApiError`] says (reachable through `Deref`).
#[derive(Debug, Clone)]
pub struct ErrorDetails {
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
        ApiError(Box::new(ErrorDetails {
            status,
            code,
            title: title.to_owned(),
            detail: detail.into(),
            fields: Vec::new(),
            source: None,
            retry_after: None,
        }))
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
        let mut e = ApiError::new(StatusCode::UNAUTHORIZED, detail).with_source(ErrorSource::Header("Authorization".into()));
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
    pub fn validation(field: impl Into<String>, code: &'static str, description: impl Into<String>) -> ApiError {
        let field = field.into();
        let description = description.into();
        let mut e = ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, format!("{field}: {description}"));
        e.source = Some(ErrorSource::Pointer(format!("/{}", field.replace('.', "/"))));
        e.fields.push(FieldError { field, code, description });
        e
    }

    pub fn too_large(limit: usize) -> ApiError {
        ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, format!("Body size is larger than maximum size of {limit} bytes"))
    }

    pub fn unsupported_media_type(expected: &str) -> ApiError {
        ApiError::new(StatusCode::UNSUPPORTED_MEDIA_TYPE, format!("Content-Type must be {expected}"))
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

impl std::ops::Deref for ApiError {
    type Target = ErrorDetails;

    fn deref(&self) -> &ErrorDetails {
        &self.0
    }
}

impl std::ops::DerefMut for ApiError {
    fn deref_mut(&mut self) -> &mut ErrorDetails {
        &mut self.0
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
        409 => ("conflict", "Request could not be completed due to a conflict with the current state of the target resource."),
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
    /// JSON:API plus the problem fields at the top level (see [`choose_format`]).
    JsonApiWithProblem,
}

/// Which API family a path belongs to; decides the preferred format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    V1,
    V2,
}

impl Family {
    pub fn of(path: &str) -> Family {
        if path.starts_with("/2/") { Family::V2 } else { Family::V1 }
    }
}

/// Picks the format for `status` given the media types the spec declares (`None`: undeclared).
///
/// v2 speaks JSON:API. v1 uses the first media type the spec declares for the response, which
/// is also the one `prism` validates against: its media-type match ignores the `+suffix`, so
/// any JSON body is checked against the *first* declared JSON schema. For the same reason a v2
/// error whose first declared type is problem+json also carries the problem fields
/// ([`ErrorFormat::JsonApiWithProblem`]); extra members are allowed by both schemas.
pub fn choose_format(family: Family, status: StatusCode, declared: Option<&[String]>) -> ErrorFormat {
    let format_of = |t: &str| match t {
        "application/problem+json" => Some(ErrorFormat::Problem),
        "application/vnd.api+json" => Some(ErrorFormat::JsonApi),
        "application/json" => Some(ErrorFormat::Legacy),
        _ => None,
    };
    let declared = declared.unwrap_or_default();
    let first = declared.iter().find_map(|t| format_of(t));
    let chosen = match family {
        Family::V2 if declared.iter().any(|t| t == "application/vnd.api+json") => {
            if first == Some(ErrorFormat::Problem) {
                ErrorFormat::JsonApiWithProblem
            } else {
                ErrorFormat::JsonApi
            }
        }
        Family::V2 => first.unwrap_or(ErrorFormat::JsonApi),
        Family::V1 => first.unwrap_or(ErrorFormat::Legacy),
    };
    if chosen == ErrorFormat::Legacy && status.as_u16() == 413 {
        // The spec's PayloadTooLarge is a DetailedError served as application/json.
        ErrorFormat::ProblemAsJson
    } else {
        chosen
    }
}

/// Renders `err` as a complete response in `format`.
pub fn render(err: &ApiError, format: ErrorFormat) -> Response {
    let problem = || {
        let mut body = json!({
                "status": err.status.as_u16(),
                "type": format!("https://api.honeycomb.io/problems/{}", problem_type(err.status)),
                "title": err.title,
                "error": err.detail,
                "detail": err.detail,
        });
        if !err.fields.is_empty() {
            body["type_detail"] =
                err.fields.iter().map(|f| json!({"field": f.field, "code": f.code, "description": f.description})).collect();
        }
        body
    };
    let (content_type, body) = match format {
        ErrorFormat::Legacy => ("application/json", json!({ "error": err.detail })),
        ErrorFormat::Problem => ("application/problem+json", problem()),
        ErrorFormat::ProblemAsJson => ("application/json", problem()),
        ErrorFormat::JsonApi | ErrorFormat::JsonApiWithProblem => {
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
            let mut body = json!({ "errors": [item] });
            if format == ErrorFormat::JsonApiWithProblem
                && let (Some(target), Value::Object(extra)) = (body.as_object_mut(), problem())
            {
                target.extend(extra);
            }
            ("application/vnd.api+json", body)
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

/// A query spec the engine refuses: 400 when it is not an object, else a 422 naming the field.
impl From<cruddur_engine::query::SpecError> for ApiError {
    fn from(e: cruddur_engine::query::SpecError) -> ApiError {
        match e {
            cruddur_engine::query::SpecError::NotAnObject => ApiError::bad_request(e.to_string()),
            cruddur_engine::query::SpecError::Field { field, code, description } => ApiError::validation(field, code, description),
        }
    }
}

/// Result type of handlers.
pub type ApiResult<T> = Result<T, ApiError>;

#[cfg(test)]
mod tests {
    use super::*;

    fn types(t: &[&str]) -> Vec<String> {
        t.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn formats_follow_the_first_declared_type() {
        let json_first = types(&["application/json", "application/problem+json"]);
        let problem_first = types(&["application/problem+json", "application/json", "application/vnd.api+json"]);
        assert_eq!(choose_format(Family::V1, StatusCode::NOT_FOUND, Some(&json_first)), ErrorFormat::Legacy);
        assert_eq!(choose_format(Family::V1, StatusCode::UNPROCESSABLE_ENTITY, Some(&problem_first)), ErrorFormat::Problem);
        assert_eq!(choose_format(Family::V1, StatusCode::UNAUTHORIZED, None), ErrorFormat::Legacy);
        assert_eq!(choose_format(Family::V2, StatusCode::UNPROCESSABLE_ENTITY, Some(&problem_first)), ErrorFormat::JsonApiWithProblem);
        let v2_404 = types(&["application/json", "application/problem+json", "application/vnd.api+json"]);
        assert_eq!(choose_format(Family::V2, StatusCode::NOT_FOUND, Some(&v2_404)), ErrorFormat::JsonApi);
        assert_eq!(
            choose_format(Family::V2, StatusCode::PAYLOAD_TOO_LARGE, Some(&types(&["application/json"]))),
            ErrorFormat::ProblemAsJson
        );
    }

    #[test]
    fn json_api_with_problem_fields_satisfies_both_schemas() {
        let err = ApiError::validation("data.attributes.name", "missing", "cannot be blank");
        let response = render(&err, ErrorFormat::JsonApiWithProblem);
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(response.headers()[header::CONTENT_TYPE], "application/vnd.api+json");
    }
}
