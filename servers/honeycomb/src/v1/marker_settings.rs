//! `/1/marker_settings/{dataset}`: the colour of each marker type, per dataset or `__all__`.
//!
//! `type` and `color` are required; the colour is hexadecimal RGB (`#F96E11`); a type has one
//! setting per dataset (422); the type cannot change on update; DELETE answers the deleted
//! setting (200), as the spec has it. `updated_at` is null until the first update.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{Value, json};

use super::common::{object, required_string};
use crate::auth::EnvKey;
use crate::errors::{ApiError, ApiResult};
use crate::http::{JsonBody, json};
use crate::keys::Permission;
use crate::stats::Creation;
use crate::store::{AppState, EnvData, MarkerSetting};
use crate::util::{now_secs, random_alnum, rfc3339};

fn setting_json(m: &MarkerSetting) -> Value {
    json!({
        "id": m.id,
        "type": m.kind,
        "color": m.color,
        "created_at": rfc3339(m.created_at),
        "updated_at": m.updated_at.map(rfc3339),
    })
}

fn parse(body: &Value) -> ApiResult<(String, String)> {
    object(body)?;
    let kind = required_string(body, "type", 1, 255)?;
    let color = required_string(body, "color", 1, 7)
        .ok()
        .filter(|c| c.len() == 7 && c.starts_with('#') && c[1..].bytes().all(|b| b.is_ascii_hexdigit()))
        .ok_or_else(|| ApiError::validation("color", "invalid", "must be a hexadecimal RGB colour such as #F96E11"))?;
    Ok((kind, color))
}

pub async fn list(key: EnvKey, Path(slug): Path<String>) -> ApiResult<Response> {
    key.require(Permission::ManageMarkers)?;
    let data = key.read();
    let dataset = data.check_dataset_or_all(&slug)?;
    let all: Vec<Value> = data.marker_settings.iter().filter(|m| m.dataset == dataset).map(setting_json).collect();
    Ok(json(StatusCode::OK, &all))
}

pub async fn create(key: EnvKey, State(state): State<AppState>, Path(slug): Path<String>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageMarkers)?;
    let (kind, color) = parse(&body)?;
    let mut data = key.write();
    let dataset = data.check_dataset_or_all(&slug)?;
    if data.marker_settings.iter().any(|m| m.dataset == dataset && m.kind == kind) {
        return Err(ApiError::validation("type", "already_exists", format!("marker type {kind:?} already has a setting here")));
    }
    let setting = MarkerSetting { id: random_alnum(11), dataset, kind, color, created_at: now_secs(), updated_at: None };
    let out = setting_json(&setting);
    data.marker_settings.push(setting);
    state.created(Creation::MarkerSetting);
    Ok(json(StatusCode::CREATED, &out))
}

fn position(data: &EnvData, slug: &str, id: &str) -> ApiResult<usize> {
    let dataset = data.check_dataset_or_all(slug)?;
    data.marker_settings
        .iter()
        .position(|m| m.id == id && m.dataset == dataset)
        .ok_or_else(|| ApiError::not_found("marker setting not found"))
}

pub async fn update(key: EnvKey, Path((slug, id)): Path<(String, String)>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageMarkers)?;
    let (kind, color) = parse(&body)?;
    let mut data = key.write();
    let i = position(&data, &slug, &id)?;
    let m = &mut data.marker_settings[i];
    if m.kind != kind {
        return Err(ApiError::validation("type", "invalid", "a marker setting's type may not be changed after creation"));
    }
    m.color = color;
    m.updated_at = Some(now_secs());
    Ok(json(StatusCode::OK, &setting_json(m)))
}

pub async fn delete(key: EnvKey, Path((slug, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require(Permission::ManageMarkers)?;
    let mut data = key.write();
    let i = position(&data, &slug, &id)?;
    let m = data.marker_settings.remove(i);
    Ok(json(StatusCode::OK, &setting_json(&m)))
}
