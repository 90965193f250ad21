//! HTTP front: routes AWS calls by the model's `requestUri`, applies the checks AWS applies before an
//! operation runs (signature present, operation known, body readable and valid), injected faults, and
//! renders answers and errors in rest-json form. Also serves the `/__admin/*` routes that out-of-process
//! clients (the aws CLI tests, the benchmark) use to read counters, inject faults and reset.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};

use crate::api::{self, CallContext};
use crate::connection::ConnectionHandle;
use crate::error::ApiError;
use crate::faults::{Fault, FaultKind, FaultQueue};
use crate::ids::IdSource;
use crate::model::{Model, ValidationError};
use crate::sigv4::{self, Credentials};
use crate::state::Store;
use crate::stats::StatsRecorder;

/// The only signing scheme the SDKs and CLI use. Without `verify_signatures` the control plane checks
/// only this scheme; the OTLP endpoint always verifies the signature.
const SIGV4_PREFIX: &str = "AWS4-HMAC-SHA256 ";
/// The signing name of X-Ray, for its API and its OTLP endpoint alike.
pub const SIGNING_SERVICE: &str = "xray";
const REQUEST_ID_HEADER: &str = "x-amzn-RequestId";
const ERROR_TYPE_HEADER: &str = "x-amzn-ErrorType";

/// Everything the handlers share: one per server.
pub struct Shared {
    pub model: Arc<Model>,
    pub store: Mutex<Store>,
    pub stats: StatsRecorder,
    pub faults: FaultQueue,
    pub request_ids: IdSource,
    pub page_size: usize,
    pub verbose: bool,
    pub region: String,
    pub credentials: Credentials,
    /// Verify SigV4 on control-plane calls too, not only on `/v1/traces`.
    pub verify_signatures: bool,
}

impl Shared {
    pub fn store(&self) -> MutexGuard<'_, Store> {
        // A panic in one call must not take the server down for the rest of a test run.
        self.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// SigV4 for X-Ray in the server's region, with the server's credentials, at the server's clock.
    pub fn verify_signature(&self, request: &sigv4::Incoming<'_>) -> Result<(), ApiError> {
        let expected =
            sigv4::Expected { credentials: &self.credentials, region: &self.region, service: SIGNING_SERVICE, now: SystemTime::now() };
        sigv4::verify(request, &expected)
    }

    /// Back to a fresh account (only the Default group and rule), zero counters, no pending faults.
    pub fn reset(&self) {
        self.store().reset();
        self.stats.reset();
        self.faults.clear();
    }
}

pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/__admin/stats", get(admin_stats))
        .route("/__admin/faults", post(admin_faults))
        .route("/__admin/reset", post(admin_reset))
        .route("/__admin/spans", get(admin_spans))
        .route_layer(middleware::from_fn_with_state(Arc::clone(&shared), log_admin_request))
        .route(crate::otlp::TRACES_PATH, post(crate::otlp::traces))
        .fallback(aws_call)
        .with_state(shared)
}

/// How a call ended, before it is rendered.
enum Outcome {
    Output(Value),
    Failure(ApiError),
    CutConnection,
    /// The call ran (with this result), but its answer is cut off halfway.
    CutMidBody(Result<Value, ApiError>),
}

async fn aws_call(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(connection): ConnectInfo<ConnectionHandle>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let started = Instant::now();
    let path = uri.path();
    let operation = shared.model.operation_at_path(path).map(|op| op.name.clone());
    if let Some(operation) = &operation {
        shared.stats.record_call(operation);
    }
    let outcome = match answer(&shared, &method, path, uri.query(), &headers, &body).await {
        Ok(outcome) => outcome,
        Err(error) => Outcome::Failure(error),
    };
    let render = |result: Result<Value, ApiError>| match result {
        Ok(output) => {
            if let Some(operation) = &operation {
                shared.stats.record_success(operation);
            }
            ((StatusCode::OK, Json(output)).into_response(), String::new())
        }
        Err(error) => {
            let label = format!(" {}", error.code);
            (error_response(&error, &shared.model), label)
        }
    };
    let (mut response, label) = match outcome {
        Outcome::Output(output) => render(Ok(output)),
        Outcome::Failure(error) => render(Err(error)),
        Outcome::CutConnection => {
            connection.cut();
            (StatusCode::OK.into_response(), " (connection cut)".to_owned())
        }
        Outcome::CutMidBody(result) => {
            let (response, label) = render(result);
            (cut_mid_body(response).await, format!("{label} (cut mid-body)"))
        }
    };
    let request_id = shared.request_ids.request_id();
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert(REQUEST_ID_HEADER, value);
    }
    if shared.verbose {
        eprintln!(
            "{method} {path} {} -> {}{label} in {:.1} ms",
            operation.as_deref().unwrap_or("-"),
            response.status().as_u16(),
            started.elapsed().as_secs_f64() * 1000.0
        );
    }
    response
}

/// The checks in AWS's order: authentication, operation, faults (which stand in for the service being
/// unhealthy), body form, model constraints, then the operation itself.
async fn answer(
    shared: &Shared,
    method: &Method,
    path: &str,
    query: Option<&str>,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Outcome, ApiError> {
    if shared.verify_signatures {
        shared.verify_signature(&sigv4::Incoming { method: method.as_str(), path, query, headers, body })?;
    } else {
        let signed =
            headers.get(header::AUTHORIZATION).and_then(|value| value.to_str().ok()).is_some_and(|value| value.starts_with(SIGV4_PREFIX));
        if !signed {
            return Err(ApiError::missing_authentication());
        }
    }
    let operation = shared
        .model
        .operation_at_path(path)
        .filter(|op| op.method == method.as_str())
        .ok_or_else(|| ApiError::unknown_operation(format!("No X-Ray operation at {method} {path}")))?;
    if !api::is_served(&operation.name) {
        return Err(ApiError::unknown_operation(format!("Operation {} is not implemented by this local X-Ray server", operation.name)));
    }
    let fault = shared.faults.take(&operation.name);
    match fault {
        None | Some(FaultKind::ResetMidBody | FaultKind::Stall { .. }) => {}
        Some(FaultKind::Throttle { retry_after_secs }) => {
            return Err(ApiError::throttled(retry_after_secs));
        }
        Some(FaultKind::ServerError { status }) => return Err(ApiError::server_error(status)),
        Some(FaultKind::Delay { millis }) => tokio::time::sleep(Duration::from_millis(millis)).await,
        Some(FaultKind::DropConnection) => return Ok(Outcome::CutConnection),
    }
    let result = run_operation(shared, operation, body);
    match fault {
        Some(FaultKind::ResetMidBody) => Ok(Outcome::CutMidBody(result)),
        Some(FaultKind::Stall { millis }) => {
            tokio::time::sleep(Duration::from_millis(millis)).await;
            result.map(Outcome::Output)
        }
        _ => result.map(Outcome::Output),
    }
}

/// The answer's status and headers (its full `Content-Length` included), half its body, then a body
/// error: hyper aborts the connection and the client sees the answer end early.
async fn cut_mid_body(response: Response) -> Response {
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap_or_default();
    let half = bytes.slice(..bytes.len() / 2);
    let reset = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "connection reset mid-body by an injected fault");
    // The error comes after one `Pending`, so hyper flushes the first half before it aborts.
    let first = futures_util::stream::iter([Ok::<_, std::io::Error>(half)]);
    let then_fail = futures_util::stream::once(async move {
        tokio::task::yield_now().await;
        Err::<Bytes, _>(reset)
    });
    let body = axum::body::Body::from_stream(futures_util::StreamExt::chain(first, then_fail));
    let mut response = Response::from_parts(parts, body);
    response.headers_mut().insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
    response
}

/// Model checks on the input, then the operation itself.
fn run_operation(shared: &Shared, operation: &crate::model::Operation, body: &[u8]) -> Result<Value, ApiError> {
    let input = parse_body(body)?;
    if let Some(input_shape) = &operation.input_shape {
        match shared.model.validate(input_shape, &input) {
            Ok(()) => {}
            Err(ValidationError::Serialization(message)) => {
                return Err(ApiError::serialization(message));
            }
            Err(ValidationError::Constraints(violations)) => {
                return Err(ApiError::validation(&violations));
            }
        }
    }
    let mut store = shared.store();
    let context = CallContext { model: &shared.model, store: &mut store, page_size: shared.page_size, now: epoch_seconds_now() };
    api::execute(&operation.name, input, context)
}

/// An empty body is how clients send an operation without members.
fn parse_body(body: &[u8]) -> Result<Value, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(json!({}));
    }
    serde_json::from_slice(body).map_err(|error| ApiError::serialization(format!("Malformed JSON request body: {error}")))
}

pub fn error_response(error: &ApiError, model: &Model) -> Response {
    let mut response = (error.status(model), Json(error.body())).into_response();
    let headers = response.headers_mut();
    headers.insert(ERROR_TYPE_HEADER, HeaderValue::from_static(error.code));
    if let Some(seconds) = error.retry_after_secs {
        headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}

/// rest-json timestamps are epoch seconds; milliseconds are as precise as AWS gets.
pub fn epoch_seconds_now() -> f64 {
    let millis = SystemTime::now().duration_since(UNIX_EPOCH).map(|elapsed| elapsed.as_millis()).unwrap_or(0);
    millis as f64 / 1000.0
}

// ---- admin routes ----

/// `--verbose` promises a line per request; AWS calls log their own (with the operation), admin calls here.
async fn log_admin_request(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let (method, path) = (request.method().clone(), request.uri().path().to_owned());
    let response = next.run(request).await;
    if shared.verbose {
        eprintln!("{method} {path} (admin) -> {}", response.status().as_u16());
    }
    response
}

async fn admin_stats(State(shared): State<Arc<Shared>>) -> Response {
    Json(shared.stats.snapshot()).into_response()
}

/// `POST /__admin/faults` with a [`Fault`] as JSON: 204 when queued, 400 with `{"error": ...}` otherwise.
async fn admin_faults(State(shared): State<Arc<Shared>>, body: Bytes) -> Response {
    let fault: Fault = match serde_json::from_slice(&body) {
        Ok(fault) => fault,
        Err(error) => return admin_error(format!("invalid fault: {error}")),
    };
    if let FaultKind::ServerError { status } = fault.kind
        && !(500..=599).contains(&status)
    {
        return admin_error(format!("server_error status must be 5xx, got {status}"));
    }
    shared.faults.inject(fault);
    StatusCode::NO_CONTENT.into_response()
}

/// `{"spans": N}`: spans stored by the OTLP endpoint (the benchmark waits on it).
async fn admin_spans(State(shared): State<Arc<Shared>>) -> Response {
    let spans = shared.store().traces().span_count();
    Json(json!({ "spans": spans })).into_response()
}

async fn admin_reset(State(shared): State<Arc<Shared>>) -> Response {
    shared.reset();
    StatusCode::NO_CONTENT.into_response()
}

fn admin_error(message: String) -> Response {
    (StatusCode::BAD_REQUEST, Json(json!({ "error": message }))).into_response()
}
