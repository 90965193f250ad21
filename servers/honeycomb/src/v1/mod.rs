//! The v1 API: environment-scoped resources behind `X-Honeycomb-Team`, plain JSON.

mod annotations;
mod boards;
mod burn_alerts;
mod columns;
mod common;
mod datasets;
mod derived_columns;
mod marker_settings;
mod markers;
mod queries;
mod recipients;
mod slos;
mod triggers;

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
        .route("/1/marker_settings/{datasetSlug}", get(marker_settings::list).post(marker_settings::create))
        .route("/1/marker_settings/{datasetSlug}/{markerSettingId}", put(marker_settings::update).delete(marker_settings::delete))
        .route("/1/derived_columns/{datasetSlug}", get(derived_columns::list).post(derived_columns::create))
        .route(
            "/1/derived_columns/{datasetSlug}/{derivedColumnId}",
            get(derived_columns::get).put(derived_columns::update).delete(derived_columns::delete),
        )
        .route("/1/recipients", get(recipients::list).post(recipients::create))
        .route("/1/recipients/{recipientId}", get(recipients::get).put(recipients::update).delete(recipients::delete))
        .route("/1/recipients/{recipientId}/triggers", get(recipients::triggers))
        .route("/1/triggers/{datasetSlug}", get(triggers::list).post(triggers::create))
        .route("/1/triggers/{datasetSlug}/{triggerId}", get(triggers::get).put(triggers::update).delete(triggers::delete))
        .route("/1/slos/{datasetSlug}", get(slos::list).post(slos::create))
        .route("/1/slos/{datasetSlug}/{sloId}", get(slos::get).put(slos::update).delete(slos::delete))
        .route("/1/burn_alerts/{datasetSlug}", get(burn_alerts::list).post(burn_alerts::create))
        .route("/1/burn_alerts/{datasetSlug}/{burnAlertId}", get(burn_alerts::get).put(burn_alerts::update).delete(burn_alerts::delete))
        .route("/1/boards", get(boards::list).post(boards::create))
        .route("/1/boards/{boardId}", get(boards::get).put(boards::update).delete(boards::delete))
        .route("/1/boards/{boardId}/views", get(boards::list_views).post(boards::create_view))
        .route("/1/boards/{boardId}/views/{viewId}", get(boards::get_view).put(boards::update_view).delete(boards::delete_view))
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
