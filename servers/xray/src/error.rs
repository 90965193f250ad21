//! Errors in the shape AWS's rest-json services send them, so that botocore and the Rust SDK parse them into
//! their modelled types (`InvalidRequestException`, `ThrottledException`, ...) rather than "unhandled".
//!
//! The wire format: the status of the error shape, header `x-amzn-ErrorType: <Code>`, and a JSON body
//! `{"__type": "<Code>", "message": "..."}` (plus the shape's extra members, e.g. `ResourceName`).
//! Statuses of modelled errors come from the model; protocol-level errors that the model does not
//! describe (authentication, serialization, unknown operation, server faults) carry their own.

use axum::http::StatusCode;
use serde_json::{Map, Value, json};

use crate::model::{Model, Violation, validation_message};

/// An error answer to an AWS API call.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub code: &'static str,
    pub message: String,
    status: ErrorStatus,
    /// `ResourceName` member of `ResourceNotFoundException` / `TooManyTagsException`.
    pub resource_name: Option<String>,
    /// Sent as a `Retry-After` header (throttling faults only).
    pub retry_after_secs: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum ErrorStatus {
    /// Look the status up in the model's error shape of the same name.
    FromModel,
    Fixed(StatusCode),
}

impl ApiError {
    fn modelled(code: &'static str, message: impl Into<String>) -> Self {
        ApiError { code, message: message.into(), status: ErrorStatus::FromModel, resource_name: None, retry_after_secs: None }
    }

    fn protocol(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError { status: ErrorStatus::Fixed(status), ..ApiError::modelled(code, message) }
    }

    pub fn invalid_request(message: impl Into<String>) -> Self {
        ApiError::modelled("InvalidRequestException", message)
    }

    /// Constraint violations, all in one AWS-style message.
    pub fn validation(violations: &[Violation]) -> Self {
        ApiError::invalid_request(validation_message(violations))
    }

    pub fn rule_limit_exceeded(message: impl Into<String>) -> Self {
        ApiError::modelled("RuleLimitExceededException", message)
    }

    pub fn throttled(retry_after_secs: Option<u64>) -> Self {
        ApiError { retry_after_secs, ..ApiError::modelled("ThrottledException", "Rate exceeded") }
    }

    pub fn resource_not_found(arn: &str) -> Self {
        ApiError {
            resource_name: Some(arn.to_owned()),
            ..ApiError::modelled("ResourceNotFoundException", format!("Resource not found: {arn}"))
        }
    }

    pub fn too_many_tags(arn: &str, limit: usize) -> Self {
        ApiError {
            resource_name: Some(arn.to_owned()),
            ..ApiError::modelled("TooManyTagsException", format!("A resource can have at most {limit} tags: {arn}"))
        }
    }

    pub fn serialization(message: impl Into<String>) -> Self {
        ApiError::protocol(StatusCode::BAD_REQUEST, "SerializationException", message)
    }

    pub fn missing_authentication() -> Self {
        ApiError::protocol(StatusCode::FORBIDDEN, "MissingAuthenticationTokenException", "Missing Authentication Token")
    }

    /// The `Authorization` header is there but lacks a part AWS needs.
    pub fn incomplete_signature(message: impl Into<String>) -> Self {
        ApiError::protocol(StatusCode::FORBIDDEN, "IncompleteSignatureException", message)
    }

    /// A signature that does not verify, or that is scoped or dated wrongly.
    pub fn invalid_signature(message: impl Into<String>) -> Self {
        ApiError::protocol(StatusCode::FORBIDDEN, "InvalidSignatureException", message)
    }

    /// An access key (or session token) the account does not know.
    pub fn unrecognized_client() -> Self {
        ApiError::protocol(StatusCode::FORBIDDEN, "UnrecognizedClientException", "The security token included in the request is invalid.")
    }

    /// A body the OTLP endpoint cannot read (JSON, an unknown compression).
    pub fn unsupported_media_type(message: impl Into<String>) -> Self {
        ApiError::protocol(StatusCode::UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaTypeException", message)
    }

    pub fn unknown_operation(message: impl Into<String>) -> Self {
        ApiError::protocol(StatusCode::NOT_FOUND, "UnknownOperationException", message)
    }

    /// An injected 5xx: 503 is AWS's `ServiceUnavailable`, anything else its `InternalFailure`.
    pub fn server_error(status: u16) -> Self {
        let status = StatusCode::from_u16(status).ok().filter(StatusCode::is_server_error).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        if status == StatusCode::SERVICE_UNAVAILABLE {
            ApiError::protocol(status, "ServiceUnavailable", "Service is unavailable")
        } else {
            ApiError::protocol(
                status,
                "InternalFailure",
                "The request processing has failed because of an unknown error, exception or failure.",
            )
        }
    }

    pub fn status(&self, model: &Model) -> StatusCode {
        match self.status {
            ErrorStatus::Fixed(status) => status,
            // A replacement model without this error shape still gets a client error, not a panic.
            ErrorStatus::FromModel => {
                model.error_status(self.code).and_then(|code| StatusCode::from_u16(code).ok()).unwrap_or(StatusCode::BAD_REQUEST)
            }
        }
    }

    pub fn body(&self) -> Value {
        let mut body = Map::new();
        body.insert("__type".into(), json!(self.code));
        body.insert("message".into(), json!(self.message));
        if let Some(resource) = &self.resource_name {
            body.insert("ResourceName".into(), json!(resource));
        }
        Value::Object(body)
    }
}
