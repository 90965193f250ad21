//! `/1/markers/{dataset}` (or `__all__` for environment-wide markers).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{Map, Value};

use crate::auth::EnvKey;
use crate::errors::{ApiError, ApiResult};
use crate::http::{JsonBody, json, opt_i64, opt_str};
use crate::keys::Permission;
use crate::stats::Creation;
use crate::store::{AppState, EnvData, Marker};
use crate::util::{now_secs, random_alnum, rfc3339};

fn marker_json(m: &Marker) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), m.id.clone().into());
    if let Some(t) = m.start_time {
        o.insert("start_time".into(), t.into());
    }
    if let Some(t) = m.end_time {
        o.insert("end_time".into(), t.into());
    }
    for (k, v) in [("message", &m.message), ("type", &m.kind), ("url", &m.url)] {
        if let Some(v) = v {
            o.insert(k.into(), v.clone().into());
        }
    }
    o.insert("created_at".into(), rfc3339(m.created_at).into());
    o.insert("updated_at".into(), rfc3339(m.updated_at).into());
    Value::Object(o)
}

/// Applies a body's fields to `m`; fields left out are erased (Honeycomb's PUT semantics).
fn apply(m: &mut Marker, body: &Value) -> ApiResult<()> {
    if !body.is_object() {
        return Err(ApiError::bad_request("expected a JSON object"));
    }
    m.start_time = opt_i64(body, "start_time")?;
    m.end_time = opt_i64(body, "end_time")?;
    m.message = opt_str(body, "message")?.map(str::to_owned);
    m.kind = opt_str(body, "type")?.map(str::to_owned);
    m.url = opt_str(body, "url")?.map(str::to_owned);
    if let (Some(s), Some(e)) = (m.start_time, m.end_time)
        && e < s
    {
        return Err(ApiError::bad_request("end_time must not be before start_time"));
    }
    Ok(())
}

pub async fn list(key: EnvKey, Path(slug): Path<String>) -> ApiResult<Response> {
    key.require(Permission::ManageMarkers)?;
    let data = key.read();
    let dataset = data.check_dataset_or_all(&slug)?;
    let all: Vec<Value> = data.markers.iter().filter(|m| m.dataset == dataset).map(marker_json).collect();
    Ok(json(StatusCode::OK, &all))
}

/// `start_time` defaults to now.
pub async fn create(key: EnvKey, State(state): State<AppState>, Path(slug): Path<String>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageMarkers)?;
    let mut data = key.write();
    let dataset = data.check_dataset_or_all(&slug)?;
    let now = now_secs();
    let mut marker = Marker {
        id: random_alnum(8),
        dataset,
        start_time: None,
        end_time: None,
        message: None,
        kind: None,
        url: None,
        created_at: now,
        updated_at: now,
    };
    apply(&mut marker, &body)?;
    marker.start_time.get_or_insert(now);
    let out = marker_json(&marker);
    data.markers.push(marker);
    state.created(Creation::Marker);
    Ok(json(StatusCode::CREATED, &out))
}

fn position(data: &EnvData, slug: &str, id: &str) -> ApiResult<usize> {
    let dataset = data.check_dataset_or_all(slug)?;
    data.markers.iter().position(|m| m.id == id && m.dataset == dataset).ok_or_else(|| ApiError::not_found("marker not found"))
}

pub async fn update(key: EnvKey, Path((slug, id)): Path<(String, String)>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageMarkers)?;
    let mut data = key.write();
    let i = position(&data, &slug, &id)?;
    let m = &mut data.markers[i];
    apply(m, &body)?;
    m.updated_at = now_secs();
    Ok(json(StatusCode::OK, &marker_json(m)))
}

/// 200 with the deleted marker.
pub async fn delete(key: EnvKey, Path((slug, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require(Permission::ManageMarkers)?;
    let mut data = key.write();
    let i = position(&data, &slug, &id)?;
    let m = data.markers.remove(i);
    Ok(json(StatusCode::OK, &marker_json(&m)))
}
