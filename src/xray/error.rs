//! X-Ray failures, one line each: the operation, AWS's error code and message, the HTTP status.

use std::error::Error as StdError;

use aws_sdk_xray::config::http::HttpResponse;
use aws_sdk_xray::error::{ProvideErrorMetadata, SdkError};

use crate::aws::{FailureClass, common_kind_and_hint, read_sdk_error};
use crate::error::CliError;

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

impl XrayError {
    pub fn from_sdk<E>(operation: &'static str, err: SdkError<E, HttpResponse>) -> XrayError
    where
        E: ProvideErrorMetadata + StdError + 'static,
    {
        let failure = read_sdk_error(&err, "X-Ray");
        let kind = match (failure.class, failure.code.as_deref()) {
            (FailureClass::Service, Some("InvalidRequestException"))
                if failure.message.as_deref().is_some_and(|message| message.to_ascii_lowercase().contains("not found")) =>
            {
                XrayErrorKind::NotFound
            }
            (FailureClass::Service, Some("InvalidRequestException")) => XrayErrorKind::InvalidRequest,
            (FailureClass::Service, Some("RuleLimitExceededException")) => XrayErrorKind::RuleLimitExceeded,
            (FailureClass::Service, _) => XrayErrorKind::Unexpected,
            (FailureClass::Throttled, _) => XrayErrorKind::Throttled,
            (FailureClass::AccessDenied, _) => XrayErrorKind::AccessDenied,
            (FailureClass::ServerError, _) => XrayErrorKind::ServerError,
            (FailureClass::Credentials, _) => XrayErrorKind::Credentials,
            (FailureClass::Unreachable, _) => XrayErrorKind::Unreachable,
            (FailureClass::Timeout, _) => XrayErrorKind::Timeout,
            (FailureClass::Unexpected, _) => XrayErrorKind::Unexpected,
        };
        XrayError { operation, kind, detail: failure.detail }
    }
}

impl From<XrayError> for CliError {
    fn from(err: XrayError) -> CliError {
        let class = match err.kind {
            XrayErrorKind::InvalidRequest | XrayErrorKind::NotFound | XrayErrorKind::RuleLimitExceeded => FailureClass::Service,
            XrayErrorKind::Throttled => FailureClass::Throttled,
            XrayErrorKind::AccessDenied => FailureClass::AccessDenied,
            XrayErrorKind::Credentials => FailureClass::Credentials,
            XrayErrorKind::ServerError => FailureClass::ServerError,
            XrayErrorKind::Unreachable => FailureClass::Unreachable,
            XrayErrorKind::Timeout => FailureClass::Timeout,
            XrayErrorKind::Unexpected => FailureClass::Unexpected,
        };
        let (kind, hint) = common_kind_and_hint(class, "X-Ray");
        let hint = match err.kind {
            XrayErrorKind::RuleLimitExceeded => {
                Some("delete rules you no longer need (cruddur-obs xray rules list), or ask AWS for a higher quota".to_owned())
            }
            _ => hint,
        };
        let error = CliError::new(kind, err.to_string());
        match hint {
            Some(hint) => error.with_hint(hint),
            None => error,
        }
    }
}
