//! The v2 API: team management (environments, API keys) with a management key, JSON:API.

use axum::Router;

use crate::store::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
}
