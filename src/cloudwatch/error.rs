//! CloudWatch Logs failures, one line each: the operation, AWS's error code and message, the HTTP
//! status. The same shape as [`crate::xray::error`], with CloudWatch Logs' own error codes.

use std::error::Error as StdError;

use aws_sdk_cloudwatchlogs::config::http::HttpResponse;
use aws_sdk_cloudwatchlogs::error::{ProvideErrorMetadata, SdkError};

use crate::error::{CliError, ErrorKind};
use crate::xray::error::flatten;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogsErrorKind {
    /// `ResourceAlreadyExistsException`.
    AlreadyExists,
    /// `ResourceNotFoundException`: the log group does not exist.
    NotFound,
    /// `InvalidParameterException`: a value AWS refuses.
    InvalidParameter,
    /// `LimitExceededException`: too many log groups in the account and region.
    LimitExceeded,
    /// `OperationAbortedException`: another change to the same log group was under way.
    OperationAborted,
    /// Throttled, after the SDK's retries.
    Throttled,
    /// Credentials rejected or not permitted.
    AccessDenied,
    /// No credentials could be found.
    Credentials,
    /// A 5xx or `ServiceUnavailableException`, after the SDK's retries.
    ServerError,
    Unreachable,
    Timeout,
    Unexpected,
}

#[derive(Debug, Clone, thiserror::Error)]
#[error("{operation}: {detail}")]
pub struct LogsError {
    pub operation: &'static str,
    pub kind: LogsErrorKind,
    pub detail: String,
}

const AUTH_CODES: [&str; 6] = [
    "AccessDeniedException",
    "UnrecognizedClientException",
    "InvalidSignatureException",
    "MissingAuthenticationTokenException",
    "ExpiredTokenException",
    "InvalidClientTokenId",
];

impl LogsError {
    pub fn from_sdk<E>(operation: &'static str, err: SdkError<E, HttpResponse>) -> LogsError
    where
        E: ProvideErrorMetadata + StdError + 'static,
    {
        let (kind, detail) = match &err {
            SdkError::ServiceError(context) => {
                let status = context.raw().status().as_u16();
                let code = context.err().code();
                let message = context.err().message().unwrap_or("no message");
                let kind = match code {
                    Some("ResourceAlreadyExistsException") => LogsErrorKind::AlreadyExists,
                    Some("ResourceNotFoundException") => LogsErrorKind::NotFound,
                    Some("InvalidParameterException") => LogsErrorKind::InvalidParameter,
                    Some("LimitExceededException") => LogsErrorKind::LimitExceeded,
                    Some("OperationAbortedException") => LogsErrorKind::OperationAborted,
                    Some("ThrottlingException" | "ThrottledException" | "TooManyRequestsException") => LogsErrorKind::Throttled,
                    Some("ServiceUnavailableException") => LogsErrorKind::ServerError,
                    Some(code) if AUTH_CODES.contains(&code) => LogsErrorKind::AccessDenied,
                    _ if status == 429 => LogsErrorKind::Throttled,
                    _ if status == 401 || status == 403 => LogsErrorKind::AccessDenied,
                    _ if status >= 500 => LogsErrorKind::ServerError,
                    _ => LogsErrorKind::Unexpected,
                };
                let detail = match code {
                    Some(code) => format!("{code}: {message} (HTTP {status})"),
                    None if kind == LogsErrorKind::Unexpected => {
                        format!("HTTP {status} with no AWS error code (is this a CloudWatch Logs endpoint?)")
                    }
                    None => format!("HTTP {status} with no AWS error code"),
                };
                (kind, detail)
            }
            SdkError::DispatchFailure(failure) => {
                let text = flatten(&err);
                let kind = if failure.is_timeout() {
                    LogsErrorKind::Timeout
                } else if text.contains("credential") {
                    LogsErrorKind::Credentials
                } else if failure.is_io() {
                    LogsErrorKind::Unreachable
                } else {
                    LogsErrorKind::Unexpected
                };
                (kind, text)
            }
            SdkError::TimeoutError(_) => (LogsErrorKind::Timeout, "no answer in time".to_owned()),
            SdkError::ResponseError(_) => (LogsErrorKind::Unexpected, format!("unreadable response: {}", flatten(&err))),
            _ => (LogsErrorKind::Unexpected, flatten(&err)),
        };
        LogsError { operation, kind, detail }
    }
}

impl From<LogsError> for CliError {
    fn from(err: LogsError) -> CliError {
        let (kind, hint) = match err.kind {
            LogsErrorKind::AlreadyExists | LogsErrorKind::NotFound | LogsErrorKind::InvalidParameter => (ErrorKind::Rejected, None),
            LogsErrorKind::LimitExceeded => (
                ErrorKind::Rejected,
                Some("delete log groups you no longer need (cruddur-obs cloudwatch log-group list), or ask AWS for a higher quota"),
            ),
            LogsErrorKind::OperationAborted => {
                (ErrorKind::Rejected, Some("another change to this log group was under way; run the command again"))
            }
            LogsErrorKind::Throttled => (ErrorKind::Unavailable, Some("AWS kept throttling after retries; try again in a minute")),
            LogsErrorKind::AccessDenied => (
                ErrorKind::Auth,
                Some(
                    "the credentials were refused or lack CloudWatch Logs permissions (logs:DescribeLogGroups, logs:CreateLogGroup, logs:PutRetentionPolicy, ...)",
                ),
            ),
            LogsErrorKind::Credentials => (
                ErrorKind::Auth,
                Some(
                    "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, pick a profile with --profile or AWS_PROFILE, or run `aws sso login`",
                ),
            ),
            LogsErrorKind::ServerError => (ErrorKind::Unavailable, Some("CloudWatch Logs is failing; try again later")),
            LogsErrorKind::Unreachable => (ErrorKind::Unavailable, Some("check the network, --endpoint-url and AWS_ENDPOINT_URL")),
            LogsErrorKind::Timeout => {
                (ErrorKind::Unavailable, Some("the endpoint did not answer in time; check the network and --endpoint-url"))
            }
            LogsErrorKind::Unexpected => (ErrorKind::Unavailable, None),
        };
        let error = CliError::new(kind, err.to_string());
        match hint {
            Some(hint) => error.with_hint(hint),
            None => error,
        }
    }
}
