//! X-Ray failures, one line each: the operation, AWS's error code and message, the HTTP status.

use std::error::Error as StdError;

use aws_sdk_xray::config::http::HttpResponse;
use aws_sdk_xray::error::{ProvideErrorMetadata, SdkError};

use crate::error::{CliError, ErrorKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum XrayErrorKind {
    /// `InvalidRequestException` other than not-found: a duplicate, a constraint AWS enforces.
    InvalidRequest,
    /// The group or rule does not exist (AWS says so with an `InvalidRequestException`).
    NotFound,
    RuleLimitExceeded,
    /// `ThrottledException` (429), after the SDK's retries.
    Throttled,
    /// Credentials rejected or not permitted.
    AccessDenied,
    /// No credentials could be found.
    Credentials,
    /// A 5xx after the SDK's retries.
    ServerError,
    Unreachable,
    Timeout,
    Unexpected,
}

#[derive(Debug, Clone, thiserror::Error)]
#[error("{operation}: {detail}")]
pub struct XrayError {
    pub operation: &'static str,
    pub kind: XrayErrorKind,
    pub detail: String,
}

/// The error's `source()` chain as one line: each distinct message once, whitespace collapsed.
pub fn flatten(err: &dyn StdError) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut current: Option<&dyn StdError> = Some(err);
    while let Some(error) = current {
        let text = error.to_string().split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() && !parts.iter().any(|part| part.contains(&text)) {
            parts.push(text);
        }
        current = error.source();
    }
    parts.join(": ")
}

const AUTH_CODES: [&str; 6] = [
    "AccessDeniedException",
    "UnrecognizedClientException",
    "InvalidSignatureException",
    "MissingAuthenticationTokenException",
    "ExpiredTokenException",
    "InvalidClientTokenId",
];

impl XrayError {
    pub fn from_sdk<E>(operation: &'static str, err: SdkError<E, HttpResponse>) -> XrayError
    where
        E: ProvideErrorMetadata + StdError + 'static,
    {
        let (kind, detail) = match &err {
            SdkError::ServiceError(context) => {
                let status = context.raw().status().as_u16();
                let code = context.err().code();
                let message = context.err().message().unwrap_or("no message");
                let kind = match code {
                    Some("InvalidRequestException") if message.to_ascii_lowercase().contains("not found") => XrayErrorKind::NotFound,
                    Some("InvalidRequestException") => XrayErrorKind::InvalidRequest,
                    Some("RuleLimitExceededException") => XrayErrorKind::RuleLimitExceeded,
                    Some("ThrottledException" | "ThrottlingException" | "TooManyRequestsException") => XrayErrorKind::Throttled,
                    Some(code) if AUTH_CODES.contains(&code) => XrayErrorKind::AccessDenied,
                    _ if status == 429 => XrayErrorKind::Throttled,
                    _ if status == 401 || status == 403 => XrayErrorKind::AccessDenied,
                    _ if status >= 500 => XrayErrorKind::ServerError,
                    _ => XrayErrorKind::Unexpected,
                };
                let detail = match code {
                    Some(code) => format!("{code}: {message} (HTTP {status})"),
                    None => format!("HTTP {status} with no AWS error code (is this an X-Ray endpoint?)"),
                };
                (kind, detail)
            }
            SdkError::DispatchFailure(failure) => {
                let text = flatten(&err);
                let kind = if failure.is_timeout() {
                    XrayErrorKind::Timeout
                } else if text.contains("credential") {
                    XrayErrorKind::Credentials
                } else if failure.is_io() {
                    XrayErrorKind::Unreachable
                } else {
                    XrayErrorKind::Unexpected
                };
                (kind, text)
            }
            SdkError::TimeoutError(_) => (XrayErrorKind::Timeout, "no answer in time".to_owned()),
            SdkError::ResponseError(_) => (XrayErrorKind::Unexpected, format!("unreadable response: {}", flatten(&err))),
            _ => (XrayErrorKind::Unexpected, flatten(&err)),
        };
        XrayError { operation, kind, detail }
    }
}

impl From<XrayError> for CliError {
    fn from(err: XrayError) -> CliError {
        let (kind, hint) = match err.kind {
            XrayErrorKind::InvalidRequest | XrayErrorKind::NotFound => (ErrorKind::Rejected, None),
            XrayErrorKind::RuleLimitExceeded => {
                (ErrorKind::Rejected, Some("delete rules you no longer need (cruddur-obs xray rules list), or ask AWS for a higher quota"))
            }
            XrayErrorKind::Throttled => (ErrorKind::Unavailable, Some("AWS kept throttling after retries; try again in a minute")),
            XrayErrorKind::AccessDenied => (
                ErrorKind::Auth,
                Some("the credentials were refused or lack X-Ray permissions (xray:GetSamplingRules, xray:CreateSamplingRule, ...)"),
            ),
            XrayErrorKind::Credentials => (
                ErrorKind::Auth,
                Some(
                    "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, pick a profile with --profile or AWS_PROFILE, or run `aws sso login`",
                ),
            ),
            XrayErrorKind::ServerError => (ErrorKind::Unavailable, Some("AWS X-Ray is failing; try again later")),
            XrayErrorKind::Unreachable => (ErrorKind::Unavailable, Some("check the network, --endpoint-url and AWS_ENDPOINT_URL")),
            XrayErrorKind::Timeout => {
                (ErrorKind::Unavailable, Some("the endpoint did not answer in time; check the network and --endpoint-url"))
            }
            XrayErrorKind::Unexpected => (ErrorKind::Unavailable, None),
        };
        let error = CliError::new(kind, err.to_string());
        match hint {
            Some(hint) => error.with_hint(hint),
            None => error,
        }
    }
}
