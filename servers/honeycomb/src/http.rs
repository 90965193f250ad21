//! Request-body extractors and response helpers shared by the API modules.
//!
//! axum's own `Json` extractor rejects with plain-text bodies, which would break the contract;
//! these read the body themselves and reject with [`ApiError`]s.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::Value;
use std::io::Read;

use crate::errors::ApiError;
use crate::store::AppState;

/// A JSON response with an explicit status (v1: `application/json`).
pub fn json(status: StatusCode, body: &impl serde::Serialize) -> Response {
    with_type(status, body, "application/json")
}

/// A JSON:API response (v2: `application/vnd.api+json`).
pub fn jsonapi(status: StatusCode, body: &impl serde::Serialize) -> Response {
    with_type(status, body, "application/vnd.api+json")
}

fn with_type(status: StatusCode, body: &impl serde::Serialize, content_type: &'static str) -> Response {
    let bytes = serde_json::to_vec(body).unwrap_or_default();
    let mut response = (status, bytes).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// The media type of a request, lower-cased, without parameters.
pub fn media_type(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or_default().trim().to_ascii_lowercase())
}

/// Reads the body up to `limit` bytes, undoing `Content-Encoding: gzip`, `deflate` or `zstd` (the
/// encodings Honeycomb's OTLP ingest accepts, after husky, plus the events API's deflate).
pub async fn read_body(req: Request, limit: usize) -> Result<(HeaderMap, Bytes), ApiError> {
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, limit).await.map_err(|_| ApiError::too_large(limit))?;
    let encoding = parts.headers.get(header::CONTENT_ENCODING).and_then(|v| v.to_str().ok()).map(|v| v.trim().to_ascii_lowercase());
    let bytes = match encoding.as_deref() {
        None | Some("" | "identity" | "plaintext") => bytes,
        Some("gzip") => inflate(flate2::read::GzDecoder::new(&bytes[..]), limit)?,
        Some("deflate") => inflate(flate2::read::ZlibDecoder::new(&bytes[..]), limit)?,
        Some("zstd") => {
            let decoder = ruzstd::decoding::StreamingDecoder::new(&bytes[..])
                .map_err(|e| ApiError::bad_request(format!("invalid compressed body: {e}")))?;
            inflate(decoder, limit)?
        }
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "unsupported Content-Encoding {other:?} (this server accepts gzip, zstd and deflate)"
            )));
        }
    };
    Ok((parts.headers, bytes))
}

fn inflate(reader: impl Read, limit: usize) -> Result<Bytes, ApiError> {
    let mut out = Vec::new();
    reader.take(limit as u64 + 1).read_to_end(&mut out).map_err(|e| ApiError::bad_request(format!("invalid compressed body: {e}")))?;
    if out.len() > limit {
        return Err(ApiError::too_large(limit));
    }
    Ok(out.into())
}

fn parse_json(bytes: &[u8]) -> Result<Value, ApiError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::bad_request("request body should not be empty"));
    }
    serde_json::from_slice(bytes).map_err(|e| ApiError::bad_request(format!("request body is malformed and cannot be read: {e}")))
}

/// A v1 JSON body.
pub struct JsonBody(pub Value);

impl FromRequest<AppState> for JsonBody {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<JsonBody, ApiError> {
        let (_, bytes) = read_body(req, state.config.limits.max_body_bytes).await?;
        parse_json(&bytes).map(JsonBody)
    }
}

/// A v2 JSON:API body: `Content-Type: application/vnd.api+json` or 415, as the docs say.
pub struct JsonApiBody(pub Value);

impl FromRequest<AppState> for JsonApiBody {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<JsonApiBody, ApiError> {
        if media_type(req.headers()).as_deref() != Some("application/vnd.api+json") {
            return Err(ApiError::unsupported_media_type("application/vnd.api+json"));
        }
        let (_, bytes) = read_body(req, state.config.limits.max_body_bytes).await?;
        parse_json(&bytes).map(JsonApiBody)
    }
}

/// The scheme://host the client used (behind a proxy, the forwarded host), for absolute URLs
/// such as `Location`.
pub fn external_base(headers: &HeaderMap) -> String {
    let host = headers.get("x-forwarded-host").or_else(|| headers.get(header::HOST)).and_then(|v| v.to_str().ok()).unwrap_or("localhost");
    let proto = headers.get("x-forwarded-proto").and_then(|v| v.to_str().ok()).unwrap_or("http");
    format!("{proto}://{host}")
}

/// A string field of a JSON object, or a 422 naming it.
pub fn opt_str<'a>(v: &'a Value, field: &str) -> Result<Option<&'a str>, ApiError> {
    match v.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(ApiError::validation(field, "incorrect_type", "must be a string")),
    }
}

/// A boolean field of a JSON object, or a 422 naming it.
pub fn opt_bool(v: &Value, field: &str) -> Result<Option<bool>, ApiError> {
    match v.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(_) => Err(ApiError::validation(field, "incorrect_type", "must be a boolean")),
    }
}

/// An integer field of a JSON object, or a 422 naming it.
pub fn opt_i64(v: &Value, field: &str) -> Result<Option<i64>, ApiError> {
    match v.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(n) => n.as_i64().map(Some).ok_or_else(|| ApiError::validation(field, "incorrect_type", "must be an integer")),
    }
}
