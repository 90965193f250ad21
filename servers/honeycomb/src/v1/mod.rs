//! The v1 API: environment-scoped resources behind `X-Honeycomb-Team`, plain JSON.

mod annotations;
mod columns;
mod datasets;
mod markers;
mod queries;

use axum::Router;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post, put};
use serde_json::json;

use crate::auth::EnvKey;
use crate::http::json;
use crate::store::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/1/auth", get(auth))
        .route("/1/datasets", get(datasets::list).post(datasets::create))
        .route("/1/datasets/{datasetSlug}", get(datasets::get).put(datasets::update).delete(datasets::delete))
        .route("/1/columns/{datasetSlug}", get(columns::list).post(columns::create))
        .route("/1/columns/{datasetSlug}/{columnId}", get(columns::get).put(columns::update).delete(columns::delete))
        .route("/1/queries/{datasetSlug}", post(queries::create))
        .route("/1/queries/{datasetSlug}/{queryId}", get(queries::get))
        .route("/1/query_results/{datasetSlug}", post(queries::create_result))
        .route("/1/query_results/{datasetSlug}/{queryResultId}", get(queries::get_result))
        .route("/1/query_annotations/{datasetSlug}", get(annotations::list).post(annotations::create))
        .route(
            "/1/query_annotations/{datasetSlug}/{queryAnnotationId}",
            get(annotations::get).put(annotations::update).delete(annotations::delete),
        )
        .route("/1/markers/{datasetSlug}", get(markers::list).post(markers::create))
        .route("/1/markers/{datasetSlug}/{markerId}", put(markers::update).delete(markers::delete))
}

/// `GET /1/auth`: any valid environment key.
async fn auth(key: EnvKey, axum::extract::State(state): axum::extract::State<AppState>) -> Response {
    let team = &state.credentials;
    json(
        StatusCode::OK,
        &json!({
            "id": key.key_id,
            "type": key.kind.as_str(),
            "api_key_access": key.permissions.to_v1_access(key.kind),
            "environment": {"name": key.env_name, "slug": key.env_slug},
            "team": {"name": team.team_name, "slug": team.team_slug},
        }),
    )
}
