//! CloudWatch Logs failures, one line each: the operation, AWS's error code and message, the HTTP
//! status. The SDK error is read and converted as for every AWS service ([`crate::aws::AwsError`]);
//! this gives CloudWatch Logs' own error codes their meaning.

use crate::aws::{AwsError, ServiceErrorKind};

/// What CloudWatch Logs' own error codes mean.
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
}

impl ServiceErrorKind for LogsErrorKind {
    const SERVICE: &'static str = "CloudWatch Logs";

    fn from_code(code: &str, _message: Option<&str>) -> Option<LogsErrorKind> {
        match code {
            "ResourceAlreadyExistsException" => Some(LogsErrorKind::AlreadyExists),
            "ResourceNotFoundException" => Some(LogsErrorKind::NotFound),
            "InvalidParameterException" => Some(LogsErrorKind::InvalidParameter),
            "LimitExceededException" => Some(LogsErrorKind::LimitExceeded),
            "OperationAbortedException" => Some(LogsErrorKind::OperationAborted),
            _ => None,
        }
    }

    fn hint(self) -> Option<String> {
        match self {
            LogsErrorKind::LimitExceeded => Some(
                "delete log groups you no longer need (cruddur-obs cloudwatch log-group list), or ask AWS for a higher quota".to_owned(),
            ),
            LogsErrorKind::OperationAborted => Some("another change to this log group was under way; run the command again".to_owned()),
            _ => None,
        }
    }
}

pub type LogsError = AwsError<LogsErrorKind>;
