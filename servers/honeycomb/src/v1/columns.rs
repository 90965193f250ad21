//! `/1/columns/{dataset}`: columns appear as events write them; the API can also declare,
//! describe, hide and delete them. `__all__` lists the environment's columns.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::collections::HashMap;

use crate::auth::EnvKey;
use crate::errors::{ApiError, ApiResult};
use crate::http::{JsonBody, json, opt_bool, opt_str};
use crate::keys::Permission;
use crate::stats::Creation;
use crate::store::{ALL_DATASETS, AppState, EnvData};
use crate::util::{now_secs, rfc3339};
use cruddur_engine::table::{Column, ColumnType};

fn column_json(c: &Column) -> Value {
    json!({
        "id": c.id,
        "key_name": c.name,
        "type": c.column_type().as_str(),
        "description": c.description,
        "hidden": c.hidden,
        // The spec types it as a string; a column never written shows its creation time.
        "last_written": rfc3339(c.last_written.unwrap_or(c.created_at)),
        "created_at": rfc3339(c.created_at),
        "updated_at": rfc3339(c.updated_at),
    })
}

/// The columns of a dataset, or of every dataset for `__all__` (first occurrence of a name wins).
fn columns_of<'a>(data: &'a EnvData, slug: &str) -> ApiResult<Vec<&'a Column>> {
    if slug == ALL_DATASETS {
        let mut seen = std::collections::HashSet::new();
        return Ok(data.datasets.values().flat_map(|d| d.events.columns()).filter(|c| seen.insert(c.name.clone())).collect());
    }
    let d = data.dataset(slug).ok_or_else(|| ApiError::not_found("dataset not found"))?;
    Ok(d.events.columns().iter().collect())
}

/// `GET`: an array, or with `?key_name=` the single column (404 if absent).
pub async fn list(key: EnvKey, Path(slug): Path<String>, Query(params): Query<HashMap<String, String>>) -> ApiResult<Response> {
    key.require_configuration()?;
    let data = key.read();
    let columns = columns_of(&data, &slug)?;
    match params.get("key_name") {
        Some(name) => {
            let c = columns.into_iter().find(|c| &*c.name == name).ok_or_else(|| ApiError::not_found("column not found"))?;
            Ok(json(StatusCode::OK, &column_json(c)))
        }
        None => Ok(json(StatusCode::OK, &columns.into_iter().map(column_json).collect::<Vec<_>>())),
    }
}

fn parse_type(body: &Value) -> ApiResult<Option<ColumnType>> {
    match body.get("type") {
        None | Some(Value::Null) => Ok(None),
        Some(v) => serde_json::from_value(v.clone())
            .map(Some)
            .map_err(|_| ApiError::validation("type", "invalid", "must be one of string, float, integer, boolean, histogram")),
    }
}

pub async fn create(key: EnvKey, State(state): State<AppState>, Path(slug): Path<String>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageColumns)?;
    let name = opt_str(&body, "key_name")?
        .filter(|n| !n.is_empty())
        .ok_or_else(|| ApiError::validation("key_name", "missing", "cannot be blank"))?;
    if name.chars().count() > 255 {
        return Err(ApiError::validation("key_name", "invalid", "must be at most 255 characters"));
    }
    let column_type = parse_type(&body)?.unwrap_or(ColumnType::String);
    let mut data = key.write();
    let d = data.dataset_mut(&slug).ok_or_else(|| ApiError::not_found("dataset not found"))?;
    if d.events.column(name).is_some() {
        return Err(ApiError::conflict(format!("column {name:?} already exists")));
    }
    let mut column = Column::declared(name, column_type, now_secs());
    column.description = opt_str(&body, "description")?.unwrap_or_default().to_owned();
    column.hidden = opt_bool(&body, "hidden")?.unwrap_or(false);
    let out = column_json(&column);
    d.events.add_column(column);
    state.created(Creation::Column);
    Ok(json(StatusCode::CREATED, &out))
}

fn find_by_id<'a>(data: &'a EnvData, slug: &str, id: &str) -> ApiResult<&'a Column> {
    columns_of(data, slug)?.into_iter().find(|c| c.id == id).ok_or_else(|| ApiError::not_found("column not found"))
}

pub async fn get(key: EnvKey, Path((slug, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require_configuration()?;
    let data = key.read();
    Ok(json(StatusCode::OK, &column_json(find_by_id(&data, &slug, &id)?)))
}

pub async fn update(key: EnvKey, Path((slug, id)): Path<(String, String)>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageColumns)?;
    let column_type = parse_type(&body)?;
    let description = opt_str(&body, "description")?.map(str::to_owned);
    let hidden = opt_bool(&body, "hidden")?;
    let mut data = key.write();
    let d = data.dataset_mut(&slug).ok_or_else(|| ApiError::not_found("dataset not found"))?;
    let c = d.events.columns_mut().iter_mut().find(|c| c.id == id).ok_or_else(|| ApiError::not_found("column not found"))?;
    if let Some(t) = column_type {
        c.declared = Some(t);
    }
    if let Some(desc) = description {
        c.description = desc;
    }
    if let Some(h) = hidden {
        c.hidden = h;
    }
    c.updated_at = now_secs();
    Ok(json(StatusCode::OK, &column_json(c)))
}

pub async fn delete(key: EnvKey, Path((slug, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require(Permission::ManageColumns)?;
    let mut data = key.write();
    let d = data.dataset_mut(&slug).ok_or_else(|| ApiError::not_found("dataset not found"))?;
    let name = d
        .events
        .columns()
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.name.to_string())
        .ok_or_else(|| ApiError::not_found("column not found"))?;
    d.events.remove_column(&name);
    Ok(StatusCode::NO_CONTENT.into_response())
}
