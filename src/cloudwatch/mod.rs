//! AWS CloudWatch Logs: the log group the app's logs go to (watchtower), and how long they are kept.
//! Names and retentions are checked offline against AWS's rules ([`validate`]) before the SDK calls
//! ([`client`]) are made: moto accepts any retention, AWS refuses all but a fixed list.

pub mod client;
pub mod error;
pub mod validate;

pub use client::{LogGroup, LogsClient};
pub use error::{LogsError, LogsErrorKind};
pub use validate::Retention;
