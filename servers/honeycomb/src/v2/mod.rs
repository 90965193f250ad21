//! The v2 API: team management (environments, API keys) with a management key, JSON:API.

mod environments;
mod keys;

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use serde_json::{Value, json};
use std::collections::HashMap;

use crate::auth::ManagementKey;
use crate::errors::{ApiError, ApiResult, ErrorSource};
use crate::http::jsonapi;
use crate::store::AppState;
use crate::util::rfc3339;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/2/auth", get(auth))
        .route("/2/teams/{teamSlug}/environments", get(environments::list).post(environments::create))
        .route("/2/teams/{teamSlug}/environments/{ID}", get(environments::get).patch(environments::update).delete(environments::delete))
        .route("/2/teams/{teamSlug}/api-keys", get(keys::list).post(keys::create))
        .route("/2/teams/{teamSlug}/api-keys/{ID}", get(keys::get).patch(keys::update).delete(keys::delete))
}

/// `GET /2/auth`: the management key, its scopes and its team (how clients find `teamSlug`).
async fn auth(key: ManagementKey, State(state): State<AppState>) -> Response {
    let registry = state.registry();
    let mk = &registry.management_key;
    let team = &registry.team;
    jsonapi(
        StatusCode::OK,
        &json!({
            "data": {
                "id": key.key_id,
                "type": "api-keys",
                "attributes": {
                    "name": mk.name,
                    "key_type": "management",
                    "disabled": false,
                    "scopes": mk.scopes.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
                    "timestamps": {"created": rfc3339(mk.created_at), "updated": rfc3339(mk.created_at)},
                },
                "relationships": {"team": {"data": {"id": team.id, "type": "teams"}}},
            },
            "included": [{"id": team.id, "type": "teams", "attributes": {"name": team.name, "slug": team.slug}}],
        }),
    )
}

/// Cursor paging: `page[size]` (1–100, default 20) and `page[after]` (the last ID of the
/// previous page). Returns the page and the `links.next` URL.
pub(crate) fn paginate<'a, T>(
    items: &'a [T],
    id_of: impl Fn(&T) -> &str,
    params: &HashMap<String, String>,
    base: &str,
    extra_query: &str,
) -> ApiResult<(&'a [T], Value)> {
    let size = match params.get("page[size]") {
        None => 20,
        Some(s) => {
            s.parse::<f64>().ok().filter(|n| n.fract() == 0.0 && (1.0..=100.0).contains(n)).map(|n| n as usize).ok_or_else(|| {
                ApiError::bad_request("page[size] must be an integer between 1 and 100")
                    .with_source(ErrorSource::Parameter("page[size]".into()))
            })?
        }
    };
    let start = match params.get("page[after]").filter(|c| !c.is_empty()) {
        None => 0,
        Some(cursor) => items.iter().position(|i| id_of(i) == cursor).map(|p| p + 1).ok_or_else(|| {
            ApiError::bad_request("page[after] is not a valid cursor").with_source(ErrorSource::Parameter("page[after]".into()))
        })?,
    };
    let end = (start + size).min(items.len());
    let page = &items[start.min(end)..end];
    let next = if end < items.len() && !page.is_empty() {
        Value::String(format!("{base}?page%5Bsize%5D={size}&page%5Bafter%5D={}{extra_query}", id_of(&page[page.len() - 1])))
    } else {
        Value::Null
    };
    Ok((page, next))
}

/// `data` of a JSON:API request body, checking its `type`.
pub(crate) fn data_of<'a>(body: &'a Value, expected_type: &str) -> ApiResult<&'a Value> {
    let data = body.get("data").filter(|d| d.is_object()).ok_or_else(|| ApiError::validation("data", "missing", "is required"))?;
    match data.get("type").and_then(Value::as_str) {
        Some(t) if t == expected_type => Ok(data),
        Some(_) => Err(ApiError::validation("data.type", "invalid", format!("must be {expected_type}"))),
        None => Err(ApiError::validation("data.type", "missing", "is required")),
    }
}
