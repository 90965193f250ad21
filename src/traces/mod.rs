//! The workspace's own copy of its traces: the folder `.cruddur-obs/traces/` that the collector's
//! `file` exporter fills (length-prefixed OTLP protobuf, rotated files; OTLP/JSON lines are read too).
//! Queries run on it with the same engine as the local Honeycomb server (`cruddur-engine`: Honeycomb's
//! span-to-event mapping and query semantics), so any plan, or none, gets its tables.
//!
//! - [`copy`]: finding the folder, reading its files, what it holds (`traces status`);
//! - [`cache`]: the columnar cache beside the files, extended with what the exporter wrote since;
//! - [`local`]: a query spec run on the copy, answering as Honeycomb's Query Data API would;
//! - [`waterfall`]: one trace as a waterfall;
//! - [`show`]: a trace of the copy found and printed as one (`trace show`, `query recent-traces --show`);
//! - [`tail`]: the copy followed as it is written, filtered as a query filters (`traces tail`).

pub mod cache;
pub mod copy;
pub mod local;
pub mod show;
pub mod tail;
pub mod waterfall;
