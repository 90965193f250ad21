//! `/1/datasets`: list, create (201, or 200 when it exists), get, update, delete.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{Value, json};

use crate::auth::EnvKey;
use crate::errors::{ApiError, ApiResult};
use crate::http::{JsonBody, json, opt_bool, opt_i64, opt_str};
use crate::keys::Permission;
use crate::stats::Creation;
use crate::store::{AppState, Dataset};
use crate::util::rfc3339;

pub fn dataset_json(d: &Dataset) -> Value {
    json!({
        "name": d.name,
        "slug": d.slug,
        "description": d.description,
        "expand_json_depth": d.expand_json_depth,
        "settings": {"delete_protected": d.delete_protected},
        "regular_columns_count": d.events.columns().len(),
        "last_written_at": d.last_written_at.map(rfc3339),
        "created_at": rfc3339(d.created_at),
    })
}

pub async fn list(key: EnvKey) -> ApiResult<Response> {
    key.require_configuration()?;
    let data = key.read();
    let all: Vec<Value> = data.datasets.values().map(dataset_json).collect();
    Ok(json(StatusCode::OK, &all))
}

fn validate_depth(body: &Value) -> ApiResult<Option<u8>> {
    match opt_i64(body, "expand_json_depth")? {
        None => Ok(None),
        Some(d @ 0..=10) => Ok(Some(d as u8)),
        Some(_) => Err(ApiError::validation("expand_json_depth", "invalid", "must be between 0 and 10")),
    }
}

pub async fn create(key: EnvKey, State(state): State<AppState>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::CreateDatasets)?;
    let name = opt_str(&body, "name")?
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .ok_or_else(|| ApiError::validation("name", "missing", "cannot be blank"))?;
    if name.chars().count() > 255 {
        return Err(ApiError::validation("name", "invalid", "must be at most 255 characters"));
    }
    let description = opt_str(&body, "description")?.unwrap_or_default();
    if description.chars().count() > 1024 {
        return Err(ApiError::validation("description", "invalid", "must be at most 1024 characters"));
    }
    let depth = validate_depth(&body)?;
    let mut data = key.write();
    let (slug, created) = data.ensure_dataset(name);
    let dataset = data.datasets.get_mut(&slug).ok_or_else(|| ApiError::not_found("dataset not found"))?;
    if created {
        dataset.description = description.to_owned();
        dataset.expand_json_depth = depth.unwrap_or(0);
        state.created(Creation::Dataset);
    }
    let status = if created { StatusCode::CREATED } else { StatusCode::OK };
    Ok(json(status, &dataset_json(dataset)))
}

pub async fn get(key: EnvKey, Path(slug): Path<String>) -> ApiResult<Response> {
    key.require_configuration()?;
    let data = key.read();
    let d = data.dataset(&slug).ok_or_else(|| ApiError::not_found("dataset not found"))?;
    Ok(json(StatusCode::OK, &dataset_json(d)))
}

/// PUT replaces: omitted fields go back to their defaults, as Honeycomb documents.
pub async fn update(key: EnvKey, Path(slug): Path<String>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::CreateDatasets)?;
    let description = opt_str(&body, "description")?.unwrap_or_default().to_owned();
    let depth = validate_depth(&body)?.unwrap_or(0);
    let protected = body.get("settings").map(|s| opt_bool(s, "delete_protected")).transpose()?.flatten();
    let mut data = key.write();
    let d = data.dataset_mut(&slug).ok_or_else(|| ApiError::not_found("dataset not found"))?;
    d.description = description;
    d.expand_json_depth = depth;
    if let Some(p) = protected {
        d.delete_protected = p;
    }
    Ok(json(StatusCode::OK, &dataset_json(d)))
}

/// DELETE: 409 while delete-protected, else 202 (Honeycomb deletes asynchronously; here it is
/// gone at once).
pub async fn delete(key: EnvKey, Path(slug): Path<String>) -> ApiResult<Response> {
    key.require(Permission::CreateDatasets)?;
    let mut data = key.write();
    let d = data.dataset(&slug).ok_or_else(|| ApiError::not_found("dataset not found"))?;
    if d.delete_protected {
        return Err(ApiError::conflict("dataset is delete protected; disable delete protection first"));
    }
    let slug = d.slug.clone();
    data.datasets.remove(&slug);
    Ok(json(StatusCode::ACCEPTED, &json!({})))
}
