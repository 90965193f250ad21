//! CloudWatch Logs failures, one line each: the operation, AWS's error code and message, the HTTP
//! status. The SDK error is read by [`crate::aws::read_sdk_error`], as for X-Ray; this gives CloudWatch
//! Logs' own error codes their meaning.

use std::error::Error as StdError;

use aws_sdk_cloudwatchlogs::config::http::HttpResponse;
use aws_sdk_cloudwatchlogs::error::{ProvideErrorMetadata, SdkError};

use crate::aws::{FailureClass, common_kind_and_hint, read_sdk_error};
use crate::error::CliError;

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

impl LogsError {
    pub fn from_sdk<E>(operation: &'static str, err: SdkError<E, HttpResponse>) -> LogsError
    where
        E: ProvideErrorMetadata + StdError + 'static,
    {
        let failure = read_sdk_error(&err, "CloudWatch Logs");
        let kind = match (failure.class, failure.code.as_deref()) {
            (FailureClass::Service, Some("ResourceAlreadyExistsException")) => LogsErrorKind::AlreadyExists,
            (FailureClass::Service, Some("ResourceNotFoundException")) => LogsErrorKind::NotFound,
            (FailureClass::Service, Some("InvalidParameterException")) => LogsErrorKind::InvalidParameter,
            (FailureClass::Service, Some("LimitExceededException")) => LogsErrorKind::LimitExceeded,
            (FailureClass::Service, Some("OperationAbortedException")) => LogsErrorKind::OperationAborted,
            (FailureClass::Service, Some("ServiceUnavailableException")) | (FailureClass::ServerError, _) => LogsErrorKind::ServerError,
            (FailureClass::Service, _) => LogsErrorKind::Unexpected,
            (FailureClass::Throttled, _) => LogsErrorKind::Throttled,
            (FailureClass::AccessDenied, _) => LogsErrorKind::AccessDenied,
            (FailureClass::Credentials, _) => LogsErrorKind::Credentials,
            (FailureClass::Unreachable, _) => LogsErrorKind::Unreachable,
            (FailureClass::Timeout, _) => LogsErrorKind::Timeout,
            (FailureClass::Unexpected, _) => LogsErrorKind::Unexpected,
        };
        LogsError { operation, kind, detail: failure.detail }
    }
}

impl From<LogsError> for CliError {
    fn from(err: LogsError) -> CliError {
        let class = match err.kind {
            LogsErrorKind::AlreadyExists
            | LogsErrorKind::NotFound
            | LogsErrorKind::InvalidParameter
            | LogsErrorKind::LimitExceeded
            | LogsErrorKind::OperationAborted => FailureClass::Service,
            LogsErrorKind::Throttled => FailureClass::Throttled,
            LogsErrorKind::AccessDenied => FailureClass::AccessDenied,
            LogsErrorKind::Credentials => FailureClass::Credentials,
            LogsErrorKind::ServerError => FailureClass::ServerError,
            LogsErrorKind::Unreachable => FailureClass::Unreachable,
            LogsErrorKind::Timeout => FailureClass::Timeout,
            LogsErrorKind::Unexpected => FailureClass::Unexpected,
        };
        let (kind, hint) = common_kind_and_hint(class, "CloudWatch Logs");
        let hint = match err.kind {
            LogsErrorKind::LimitExceeded => Some(
                "delete log groups you no longer need (cruddur-obs cloudwatch log-group list), or ask AWS for a higher quota".to_owned(),
            ),
            LogsErrorKind::OperationAborted => Some("another change to this log group was under way; run the command again".to_owned()),
            _ => hint,
        };
        let error = CliError::new(kind, err.to_string());
        match hint {
            Some(hint) => error.with_hint(hint),
            None => error,
        }
    }
}
