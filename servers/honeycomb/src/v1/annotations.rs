//! `/1/query_annotations/{dataset}`: names attached to queries (Honeycomb's "saved queries").

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::auth::EnvKey;
use crate::errors::{ApiError, ApiResult};
use crate::http::{JsonBody, json, opt_str};
use crate::keys::Permission;
use crate::stats::Creation;
use crate::store::{Annotation, AppState, EnvData};
use crate::util::{now_secs, random_alnum, rfc3339};

fn annotation_json(a: &Annotation) -> Value {
    json!({
        "id": a.id,
        "name": a.name,
        "description": a.description,
        "query_id": a.query_id,
        "created_at": rfc3339(a.created_at),
        "updated_at": rfc3339(a.updated_at),
        "source": "query",
    })
}

/// `name` (1–320) and `description` (≤1023) from a body.
fn name_and_description(body: &Value) -> ApiResult<(String, String)> {
    let name = opt_str(body, "name")?.unwrap_or_default().trim().to_owned();
    if name.is_empty() || name.chars().count() > 320 {
        return Err(ApiError::bad_request("name must be 1 to 320 characters"));
    }
    let description = opt_str(body, "description")?.unwrap_or_default().to_owned();
    if description.chars().count() > 1023 {
        return Err(ApiError::bad_request("description must be at most 1023 characters"));
    }
    Ok((name, description))
}

pub async fn list(key: EnvKey, Path(slug): Path<String>) -> ApiResult<Response> {
    key.require(Permission::ManageColumns)?;
    let data = key.read();
    let dataset = data.check_dataset_or_all(&slug)?;
    let all: Vec<Value> = data.annotations.iter().filter(|a| a.dataset == dataset).map(annotation_json).collect();
    Ok(json(StatusCode::OK, &all))
}

pub async fn create(key: EnvKey, State(state): State<AppState>, Path(slug): Path<String>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageColumns)?;
    let (name, description) = name_and_description(&body)?;
    let query_id = opt_str(&body, "query_id")?.unwrap_or_default().to_owned();
    let mut data = key.write();
    let dataset = data.check_dataset_or_all(&slug)?;
    if data.queries.get(&query_id).is_none_or(|q| q.dataset != dataset) {
        return Err(ApiError::bad_request("Query ID included in body is invalid"));
    }
    let now = now_secs();
    let annotation = Annotation { id: random_alnum(11), dataset, name, description, query_id, created_at: now, updated_at: now };
    let out = annotation_json(&annotation);
    data.annotations.push(annotation);
    state.created(Creation::QueryAnnotation);
    Ok(json(StatusCode::CREATED, &out))
}

fn position(data: &EnvData, slug: &str, id: &str) -> ApiResult<usize> {
    let dataset = data.check_dataset_or_all(slug)?;
    data.annotations
        .iter()
        .position(|a| a.id == id && a.dataset == dataset)
        .ok_or_else(|| ApiError::not_found("query annotation not found"))
}

pub async fn get(key: EnvKey, Path((slug, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require(Permission::ManageColumns)?;
    let data = key.read();
    let i = position(&data, &slug, &id)?;
    Ok(json(StatusCode::OK, &annotation_json(&data.annotations[i])))
}

/// PUT is a full replacement; the query can never change and a body `id` must match the URL.
pub async fn update(key: EnvKey, Path((slug, id)): Path<(String, String)>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageColumns)?;
    let (name, description) = name_and_description(&body)?;
    let mut data = key.write();
    let i = position(&data, &slug, &id)?;
    if opt_str(&body, "id")?.is_some_and(|b| b != id) {
        return Err(ApiError::bad_request("the id in the body must match the URL"));
    }
    let a = &mut data.annotations[i];
    if opt_str(&body, "query_id")?.is_some_and(|q| q != a.query_id) {
        return Err(ApiError::bad_request("queries in annotations cannot be changed"));
    }
    a.name = name;
    a.description = description;
    a.updated_at = now_secs();
    Ok(json(StatusCode::OK, &annotation_json(a)))
}

pub async fn delete(key: EnvKey, Path((slug, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require(Permission::ManageColumns)?;
    let mut data = key.write();
    let i = position(&data, &slug, &id)?;
    data.annotations.remove(i);
    Ok(StatusCode::NO_CONTENT.into_response())
}
