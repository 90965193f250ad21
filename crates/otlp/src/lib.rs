//! OTLP traces as they travel over HTTP: the protobuf messages ([`proto`]), OTLP/JSON read into the
//! same structs ([`json`]), and the byte encodings both use ([`encoding`]).
//!
//! One crate so that every reader of spans in the project (the local Honeycomb server, the local X-Ray
//! server's OTLP endpoint, the CLI) decodes them the same way.

pub mod encoding;
pub mod json;
pub mod proto;
