//! AWS X-Ray: groups and sampling rules. Reading rule files and validating them against AWS's model
//! ([`rule_file`], [`schema`]), planning what to change ([`plan`]), and the SDK calls ([`client`]).

pub mod apply;
pub mod client;
pub mod error;
pub mod plan;
pub mod rule;
pub mod rule_file;
pub mod schema;

pub use client::XrayClient;
pub use error::{XrayError, XrayErrorKind};
