//! X-Ray's OTLP traces endpoint, `POST /v1/traces` (what AWS's collector guide points `otlphttp` at,
//! with `sigv4auth`): every request signed with SigV4 for service `xray` in the server's region,
//! OTLP/HTTP protobuf (gzip or not), accepted only while the account's trace segment destination is
//! `CloudWatchLogs` (Transaction Search).
//!
//! What is confirmed and what is ours. Confirmed by AWS's documentation: the path, SigV4 with signing
//! name `xray`, protobuf bodies, W3C trace IDs accepted as they are, and that the endpoint needs
//! Transaction Search, i.e. `UpdateTraceSegmentDestination` to `CloudWatchLogs` first. Our guesses,
//! since AWS documents no error bodies for this endpoint: the authentication failures use the 403
//! answers of AWS's other JSON endpoints (`MissingAuthenticationTokenException`,
//! `InvalidSignatureException`, ...); a request while the destination is `XRay` gets 400
//! `InvalidRequestException` (a client error, so exporters drop the batch instead of retrying it
//! forever) with a message naming the fix; a JSON body gets 415 (the guide only shows protobuf).

use std::io::Read;
use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use cruddur_otlp::proto as otlp;
use prost::Message;

use crate::error::ApiError;
use crate::http::{Shared, error_response};
use crate::sigv4;
use crate::state::Destination;

pub const TRACES_PATH: &str = "/v1/traces";
/// The name this endpoint's calls are counted under in the stats.
pub const STATS_NAME: &str = "OTLP /v1/traces";
/// Bodies past this (after decompression) are refused; OTLP exporters batch far below it.
const MAX_BODY_BYTES: u64 = 64 * 1024 * 1024;

pub async fn traces(State(shared): State<Arc<Shared>>, method: Method, uri: Uri, headers: HeaderMap, body: Bytes) -> Response {
    let started = Instant::now();
    shared.stats.record_call(STATS_NAME);
    let incoming = sigv4::Incoming { method: method.as_str(), path: uri.path(), query: uri.query(), headers: &headers, body: &body };
    let (mut response, label) = match accept(&shared, &incoming) {
        Ok(spans) => {
            let reply = otlp::ExportTraceServiceResponse::default().encode_to_vec();
            let mut response = (StatusCode::OK, reply).into_response();
            response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/x-protobuf"));
            (response, format!(" {spans} spans"))
        }
        Err(error) => (error_response(&error, &shared.model), format!(" {}", error.code)),
    };
    if let Ok(value) = HeaderValue::from_str(&shared.request_ids.request_id()) {
        response.headers_mut().insert("x-amzn-RequestId", value);
    }
    if shared.verbose {
        eprintln!("{method} {TRACES_PATH} -> {}{label} in {:.1} ms", response.status().as_u16(), started.elapsed().as_secs_f64() * 1000.0);
    }
    response
}

/// The checks in the order AWS's front door makes them: signature, then the body, then the account's
/// setting; returns how many spans were stored.
fn accept(shared: &Shared, request: &sigv4::Incoming<'_>) -> Result<usize, ApiError> {
    shared.verify_signature(request)?;
    let content_type = request.headers.get(header::CONTENT_TYPE).and_then(|value| value.to_str().ok()).unwrap_or_default();
    if !content_type.trim().starts_with("application/x-protobuf") {
        return Err(ApiError::unsupported_media_type(format!(
            "Unsupported Content-Type {content_type:?}: this endpoint takes OTLP/HTTP protobuf (application/x-protobuf)"
        )));
    }
    let body = decompressed(request.headers, request.body)?;
    let export = otlp::ExportTraceServiceRequest::decode(body.as_slice())
        .map_err(|error| ApiError::invalid_request(format!("The body is not an OTLP ExportTraceServiceRequest: {error}")))?;
    let mut store = shared.store();
    let (destination, _) = store.trace_segment_destination(crate::http::epoch_seconds_now());
    if destination != Destination::CloudWatchLogs {
        return Err(ApiError::invalid_request(
            "The OTLP endpoint needs Transaction Search: the account's trace segment destination is XRay. \
             Set it with UpdateTraceSegmentDestination --destination CloudWatchLogs",
        ));
    }
    store.traces_mut().ingest(export).map_err(|invalid| ApiError::invalid_request(invalid.0))
}

/// The body as sent, or inflated when `Content-Encoding: gzip` (the collector's `otlphttp` default).
fn decompressed(headers: &HeaderMap, body: &[u8]) -> Result<Vec<u8>, ApiError> {
    match headers.get(header::CONTENT_ENCODING).and_then(|value| value.to_str().ok()).map(str::trim) {
        None | Some("" | "identity") => Ok(body.to_vec()),
        Some("gzip") => {
            let mut inflated = Vec::new();
            flate2::read::GzDecoder::new(body)
                .take(MAX_BODY_BYTES + 1)
                .read_to_end(&mut inflated)
                .map_err(|error| ApiError::invalid_request(format!("The gzip body could not be read: {error}")))?;
            if inflated.len() as u64 > MAX_BODY_BYTES {
                return Err(ApiError::invalid_request(format!("The body is larger than {MAX_BODY_BYTES} bytes once inflated")));
            }
            Ok(inflated)
        }
        Some(other) => Err(ApiError::unsupported_media_type(format!("Unsupported Content-Encoding {other:?}: use gzip or none"))),
    }
}
