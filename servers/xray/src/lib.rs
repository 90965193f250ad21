//! A local AWS X-Ray (groups, sampling rules and targets, tags, the trace segment destination, the OTLP
//! traces endpoint with SigV4, trace summaries and traces) for tests, the aws CLI and benchmarks.
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
mod otlp;
pub mod sampling;
mod server;
pub mod sigv4;
mod state;
pub mod stats;
mod traces;
mod wire;

pub use faults::{Fault, FaultKind};
pub use sampling::SamplingReport;
pub use server::{Config, XrayServer};
pub use sigv4::Credentials;
pub use stats::Stats;
