//! X-Ray failures, one line each: the operation, AWS's error code and message, the HTTP status. The SDK
//! error is read and converted as for every AWS service ([`crate::aws::AwsError`]); this gives X-Ray's
//! own error codes their meaning.

use crate::aws::{AwsError, ServiceErrorKind};

/// What X-Ray's own error codes mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum XrayErrorKind {
    /// `InvalidRequestException` other than not-found: a duplicate, a constraint AWS enforces.
    InvalidRequest,
    /// The group or rule does not exist (AWS says so with an `InvalidRequestException`).
    NotFound,
    RuleLimitExceeded,
}

impl ServiceErrorKind for XrayErrorKind {
    const SERVICE: &'static str = "X-Ray";

    fn from_code(code: &str, message: Option<&str>) -> Option<XrayErrorKind> {
        match code {
            "InvalidRequestException" if message.is_some_and(|message| message.to_ascii_lowercase().contains("not found")) => {
                Some(XrayErrorKind::NotFound)
            }
            "InvalidRequestException" => Some(XrayErrorKind::InvalidRequest),
            "RuleLimitExceededException" => Some(XrayErrorKind::RuleLimitExceeded),
            _ => None,
        }
    }

    fn hint(self) -> Option<String> {
        match self {
            XrayErrorKind::RuleLimitExceeded => {
                Some("delete rules you no longer need (cruddur-obs xray rules list), or ask AWS for a higher quota".to_owned())
            }
            _ => None,
        }
    }
}

pub type XrayError = AwsError<XrayErrorKind>;
