//! Admin routes for out-of-process clients (the benchmark, the README demo). Not in the
//! Honeycomb spec, so prism does not forward them: call the server directly.
//!
//! - `GET /__admin/stats` → [`crate::Stats`] as JSON
//! - `GET /__admin/faults` → the armed faults; `POST` arms one ([`crate::Fault`] JSON); `DELETE` clears
//! - `POST /__admin/reset` → back to the seeded state (204)
//! - `GET /__admin/credentials` → [`crate::SeededCredentials`] as JSON

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use crate::errors::ApiError;
use crate::faults::Fault;
use crate::http::{JsonBody, json};
use crate::store::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/__admin/stats", get(stats))
        .route("/__admin/faults", get(faults).post(add_fault).delete(clear_faults))
        .route("/__admin/reset", post(reset))
        .route("/__admin/credentials", get(credentials))
}

async fn stats(State(state): State<AppState>) -> Response {
    json(StatusCode::OK, &state.stats.snapshot())
}

async fn faults(State(state): State<AppState>) -> Response {
    let table = state.faults.lock().unwrap_or_else(|e| e.into_inner());
    json(StatusCode::OK, &table.armed())
}

async fn add_fault(State(state): State<AppState>, JsonBody(body): JsonBody) -> Result<Response, ApiError> {
    let fault: Fault = serde_json::from_value(body).map_err(|e| ApiError::bad_request(e.to_string()))?;
    state.faults.lock().unwrap_or_else(|e| e.into_inner()).add(fault.clone());
    Ok(json(StatusCode::CREATED, &fault))
}

async fn clear_faults(State(state): State<AppState>) -> Response {
    state.faults.lock().unwrap_or_else(|e| e.into_inner()).clear();
    StatusCode::NO_CONTENT.into_response()
}

async fn reset(State(state): State<AppState>) -> Response {
    state.reset();
    StatusCode::NO_CONTENT.into_response()
}

async fn credentials(State(state): State<AppState>) -> Response {
    json(StatusCode::OK, &state.credentials)
}
