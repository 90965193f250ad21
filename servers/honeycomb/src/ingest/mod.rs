//! Ingest: OTLP/HTTP traces (protobuf and JSON) and the events API.

pub mod events;
use cruddur_engine::spans::{self, EventSink};
use cruddur_engine::table::{EventTable, Interner};
use cruddur_otlp::json as otlp_json;
use cruddur_otlp::proto as otlp;

use axum::Router;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use prost::Message;
use serde_json::{Value as Json, json};

use crate::auth::EnvKey;
use crate::errors::{ApiError, ApiResult};
use crate::http::{json, media_type, read_body};
use crate::keys::{KeyKind, Permission};
use crate::stats::Creation;
use crate::store::{AppState, EnvData};
use crate::util::{now_nanos, now_secs};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/v1/traces", post(traces).options(preflight))
        .route("/1/events/{datasetSlug}", post(event).options(preflight))
        .route("/1/batch/{datasetSlug}", post(batch).options(preflight))
        .layer(axum::middleware::from_fn(allow_any_origin))
}

/// The request headers a browser may send to the ingest endpoints. Honeycomb answers preflights with a
/// fixed list like this one rather than echoing what was asked (libhoney-js issue #60: a request header
/// missing from Honeycomb's list fails the preflight), and allows any origin: the key is in a header,
/// never a cookie, so there are no credentials to protect.
pub const CORS_ALLOWED_HEADERS: &str =
    "content-type, content-encoding, x-honeycomb-team, x-honeycomb-dataset, x-honeycomb-event-time, x-honeycomb-samplerate";

/// `OPTIONS` on an ingest path: a browser's CORS preflight before it sends spans or events.
async fn preflight() -> Response {
    let mut response = StatusCode::NO_CONTENT.into_response();
    let headers = response.headers_mut();
    headers.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("POST, OPTIONS"));
    headers.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static(CORS_ALLOWED_HEADERS));
    headers.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("7200"));
    response
}

/// Every ingest response (preflight, success or error) may be read by a page of any origin.
async fn allow_any_origin(req: Request, next: axum::middleware::Next) -> Response {
    let mut response = next.run(req).await;
    response.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    response
}

/// May this key send events? Ingest keys always; configuration keys with `send_events`.
fn require_send(key: &EnvKey) -> ApiResult<()> {
    match key.kind {
        KeyKind::Ingest => Ok(()),
        KeyKind::Configuration => key.require(Permission::SendEvents),
    }
}

/// The OTLP encoding of a request body.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Protobuf,
    Json,
}

/// An OTLP/HTTP reply in the request's encoding: an `ExportTraceServiceResponse` on success, a
/// `google.rpc.Status` on failure.
fn otlp_reply(encoding: Encoding, status: StatusCode, message: Option<&str>) -> Response {
    let (content_type, body) = match (encoding, message) {
        (Encoding::Protobuf, None) => ("application/x-protobuf", otlp::ExportTraceServiceResponse::default().encode_to_vec()),
        (Encoding::Protobuf, Some(m)) => {
            ("application/x-protobuf", otlp::RpcStatus { code: grpc_code(status), message: m.to_owned() }.encode_to_vec())
        }
        (Encoding::Json, None) => ("application/json", b"{}".to_vec()),
        (Encoding::Json, Some(m)) => ("application/json", json!({"code": grpc_code(status), "message": m}).to_string().into_bytes()),
    };
    let mut response = (status, body).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

fn grpc_code(status: StatusCode) -> i32 {
    match status.as_u16() {
        400 => 3,  // INVALID_ARGUMENT
        401 => 16, // UNAUTHENTICATED
        403 => 7,  // PERMISSION_DENIED
        413 => 8,  // RESOURCE_EXHAUSTED
        _ => 13,   // INTERNAL
    }
}

/// `POST /v1/traces`: the dataset is each resource's `service.name`, as Honeycomb does.
async fn traces(State(state): State<AppState>, key: EnvKey, req: Request) -> Response {
    let encoding = match media_type(req.headers()).as_deref() {
        Some("application/json") => Encoding::Json,
        Some("application/x-protobuf" | "application/protobuf") | None => Encoding::Protobuf,
        Some(other) => {
            return otlp_reply(Encoding::Json, StatusCode::UNSUPPORTED_MEDIA_TYPE, Some(&format!("unsupported content type {other}")));
        }
    };
    if let Err(e) = require_send(&key) {
        return otlp_reply(encoding, e.status, Some(&e.detail));
    }
    let body = match read_body(req, state.config.limits.max_ingest_bytes).await {
        Ok((_, body)) => body,
        Err(e) => return otlp_reply(encoding, e.status, Some(&e.detail)),
    };
    let request = match encoding {
        Encoding::Protobuf => otlp::ExportTraceServiceRequest::decode(&body[..]).map_err(|e| format!("invalid OTLP protobuf: {e}")),
        Encoding::Json => otlp_json::parse(&body),
    };
    let request = match request {
        Ok(r) => r,
        Err(m) => return otlp_reply(encoding, StatusCode::BAD_REQUEST, Some(&m)),
    };
    let mut data = key.write();
    if !key.permissions.create_datasets
        && let Some(name) = request
            .resource_spans
            .iter()
            .map(|rs| spans::dataset_name(rs.resource.as_ref().map_or(&[][..], |r| &r.attributes)))
            .find(|name| data.dataset(name).is_none())
    {
        let message = format!("dataset {name:?} does not exist and this key may not create datasets");
        return otlp_reply(encoding, StatusCode::FORBIDDEN, Some(&message));
    }
    let now = now_secs();
    let mut sink = EnvSink { data: &mut data, now, datasets_created: 0 };
    let written = spans::write(&mut sink, &request, now);
    let datasets_created = sink.datasets_created;
    drop(data);
    state.stats.spans(written.spans);
    state.stats.events(written.events);
    for _ in 0..datasets_created {
        state.created(Creation::Dataset);
    }
    otlp_reply(encoding, StatusCode::OK, None)
}

/// An environment's datasets as the engine writes spans into them: created on first use (the
/// handler has checked the key may), `last_written_at` stamped.
struct EnvSink<'a> {
    data: &'a mut EnvData,
    now: i64,
    datasets_created: u64,
}

impl EventSink for EnvSink<'_> {
    fn dataset(&mut self, name: &str) -> Option<(&mut EventTable, &mut Interner)> {
        let (slug, created) = self.data.ensure_dataset(name);
        self.datasets_created += u64::from(created);
        let EnvData { strings, datasets, .. } = &mut *self.data;
        let dataset = datasets.get_mut(&slug)?;
        dataset.last_written_at = Some(self.now);
        Some((&mut dataset.events, strings))
    }
}

/// The dataset for an events-API write, created when the key may create datasets.
fn dataset_for_write(data: &mut EnvData, state: &AppState, key: &EnvKey, name: &str) -> ApiResult<String> {
    if let Some(d) = data.dataset(name) {
        return Ok(d.slug.clone());
    }
    if !key.permissions.create_datasets {
        return Err(ApiError::not_found("dataset not found"));
    }
    let (slug, created) = data.ensure_dataset(name);
    if created {
        state.created(Creation::Dataset);
    }
    Ok(slug)
}

/// Writes one JSON event that stands for `sample_rate` events; `Err` is the per-event error message.
pub(crate) fn write_event(
    data: &mut EnvData,
    slug: &str,
    event: &Json,
    timestamp_ns: i64,
    sample_rate: u32,
    now: i64,
) -> Result<(), &'static str> {
    let object = event.as_object().ok_or("Event must be a JSON object.")?;
    if object.is_empty() {
        return Err("Request body should not be empty.");
    }
    if object.len() > 2000 {
        return Err("Event has too many columns.");
    }
    let EnvData { strings, datasets, .. } = data;
    let dataset = datasets.get_mut(slug).ok_or("Dataset not found.")?;
    let fields = events::flatten(object, dataset.expand_json_depth);
    dataset.events.push_sampled(
        timestamp_ns,
        sample_rate,
        fields.iter().filter_map(|(k, v)| events::as_value(v).map(|v| (k.as_str(), v))),
        strings,
        now,
    );
    dataset.last_written_at = Some(now);
    Ok(())
}

/// `POST /1/events/{dataset}`: one event; 200 with an empty body.
async fn event(State(state): State<AppState>, key: EnvKey, Path(slug): Path<String>, req: Request) -> ApiResult<Response> {
    require_send(&key)?;
    let (headers, body) = read_body(req, state.config.limits.max_ingest_bytes).await?;
    let event: Json = serde_json::from_slice(&body).map_err(|_| ApiError::bad_request("Request body is malformed and cannot be read."))?;
    let ts =
        headers.get("x-honeycomb-event-time").and_then(|v| v.to_str().ok()).and_then(events::parse_event_time).unwrap_or_else(now_nanos);
    let sample_rate = headers.get("x-honeycomb-samplerate").and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse().ok()).unwrap_or(1);
    let mut data = key.write();
    let slug = dataset_for_write(&mut data, &state, &key, &slug)?;
    write_event(&mut data, &slug, &event, ts, sample_rate, now_secs()).map_err(ApiError::bad_request)?;
    state.stats.events(1);
    Ok(StatusCode::OK.into_response())
}

/// `POST /1/batch/{dataset}`: an array of `{data, time, samplerate}`; 200 with a status per event.
async fn batch(State(state): State<AppState>, key: EnvKey, Path(slug): Path<String>, req: Request) -> ApiResult<Response> {
    require_send(&key)?;
    let (_, body) = read_body(req, state.config.limits.max_ingest_bytes).await?;
    let items: Vec<Json> =
        serde_json::from_slice(&body).map_err(|_| ApiError::bad_request("Request body is malformed and cannot be read."))?;
    let now = now_secs();
    let mut data = key.write();
    let slug = dataset_for_write(&mut data, &state, &key, &slug)?;
    let mut written = 0;
    let statuses: Vec<Json> = items
        .iter()
        .map(|item| {
            let ts = item.get("time").and_then(Json::as_str).and_then(events::parse_event_time).unwrap_or_else(now_nanos);
            let event = item.get("data").unwrap_or(&Json::Null);
            let sample_rate = item.get("samplerate").and_then(Json::as_u64).map_or(1, |r| u32::try_from(r).unwrap_or(u32::MAX));
            match write_event(&mut data, &slug, event, ts, sample_rate, now) {
                Ok(()) => {
                    written += 1;
                    json!({"status": 202})
                }
                Err(e) => json!({"status": 400, "error": e}),
            }
        })
        .collect();
    state.stats.events(written);
    Ok(json(StatusCode::OK, &statuses))
}
