//! A local AWS X-Ray control plane (groups, sampling rules, tags) for tests, the aws CLI and benchmarks.
//!
//! moto has no X-Ray groups or sampling rules, so `cruddur-obs` needs its own stand-in. Every request is
//! checked against AWS's own service model (see [`model`]), errors come back in the shape the SDKs parse,
//! and tests can count calls and inject faults. Start one in-process with [`XrayServer::start`], or run the
//! `cruddur-xray-server` binary and use the `/__admin/*` routes.

mod api;
mod connection;
mod error;
pub mod faults;
mod http;
mod ids;
pub mod model;
mod server;
mod state;
pub mod stats;
mod wire;

pub use faults::{Fault, FaultKind};
pub use server::{Config, XrayServer};
pub use stats::Stats;
