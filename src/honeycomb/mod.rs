//! Honeycomb: a typed client for the v1 environment APIs and the v2 team APIs, with Honeycomb's error
//! formats, rate limits and retry rules handled in one place ([`client`]).

pub mod client;
pub mod environments;
pub mod error;
pub mod ingest;
pub mod objects;
pub mod query;
pub mod retry;
pub mod v1;
pub mod v2;

/// The variable an environment's key is read from, and referenced by in committed files
/// (`${HONEYCOMB_API_KEY}`): the ecosystem's name, and the one constant for it.
pub const API_KEY_VAR: &str = "HONEYCOMB_API_KEY";

pub use client::{Credentials, HoneycombClient, Labeled, ManagementKey, Scope, mask};
pub use error::{HoneycombError, HoneycombErrorKind};
