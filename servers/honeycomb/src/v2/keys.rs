//! `/2/teams/{team}/api-keys`: ingest and configuration keys of every environment.
//! The secret is returned once, in the create response.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::collections::HashMap;

use super::{data_of, paginate};
use crate::auth::ManagementKey;
use crate::errors::{ApiError, ApiResult, ErrorSource};
use crate::http::{JsonApiBody, jsonapi, opt_bool, opt_str};
use crate::keys::{KeyKind, Permissions, Scope};
use crate::stats::Creation;
use crate::store::{AppState, KeyRecord};
use crate::util::{now_secs, random_alnum, rfc3339};

fn key_json(team: &str, k: &KeyRecord) -> Value {
    json!({
        "id": k.id,
        "type": "api-keys",
        "attributes": {
            "key_type": k.kind.as_str(),
            "name": k.name,
            "disabled": k.disabled,
            "permissions": k.permissions.to_v2(k.kind),
            "timestamps": {"created": rfc3339(k.created_at), "updated": rfc3339(k.updated_at)},
        },
        "relationships": {"environment": {"data": {"id": k.env_id, "type": "environments"}}},
        "links": {"self": format!("/2/teams/{team}/api-keys/{}", k.id)},
    })
}

fn not_found() -> ApiError {
    ApiError::not_found("API key not found").with_source(ErrorSource::Parameter("ID".into()))
}

fn name_of(attrs: &Value, required: bool) -> ApiResult<Option<String>> {
    match opt_str(attrs, "name")?.map(str::trim) {
        None | Some("") if required => Err(ApiError::validation("data.attributes.name", "missing", "cannot be blank")),
        Some(n) if n.chars().count() > 100 => {
            Err(ApiError::validation("data.attributes.name", "invalid", "must be at most 100 characters"))
        }
        n => Ok(n.map(str::to_owned)),
    }
}

/// Applies a `permissions` object; ingest keys accept only `create_datasets`.
fn apply_permissions(kind: KeyKind, perms: &mut Permissions, attrs: &Value) -> ApiResult<()> {
    let Some(patch) = attrs.get("permissions").filter(|p| !p.is_null()) else {
        return Ok(());
    };
    if !patch.is_object() {
        return Err(ApiError::validation("data.attributes.permissions", "incorrect_type", "must be an object"));
    }
    perms.merge_json(patch).map_err(|e| ApiError::validation("data.attributes.permissions", "invalid", e))?;
    if kind == KeyKind::Ingest && !perms.ingest_compatible() {
        return Err(ApiError::validation(
            "data.attributes.permissions",
            "invalid",
            "ingest keys accept only the create_datasets permission",
        ));
    }
    Ok(())
}

pub async fn list(
    key: ManagementKey,
    State(state): State<AppState>,
    Path(team): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Response> {
    key.require_team(&team)?;
    key.require(Scope::ApiKeysRead)?;
    let kind = match params.get("filter[type]").map(String::as_str) {
        None | Some("") => None,
        Some("ingest") => Some(KeyKind::Ingest),
        Some("configuration") => Some(KeyKind::Configuration),
        Some(_) => {
            return Err(ApiError::validation("filter[type]", "invalid", "must be ingest or configuration")
                .with_source(ErrorSource::Parameter("filter[type]".into())));
        }
    };
    let registry = state.registry();
    let keys: Vec<&KeyRecord> = registry.keys.iter().filter(|k| kind.is_none_or(|want| k.kind == want)).collect();
    let extra = kind.map_or(String::new(), |k| format!("&filter%5Btype%5D={}", k.as_str()));
    let base = format!("/2/teams/{team}/api-keys");
    let (page, next) = paginate(&keys, |k| k.id.as_str(), &params, &base, &extra)?;
    let data: Vec<Value> = page.iter().map(|k| key_json(&team, k)).collect();
    Ok(jsonapi(StatusCode::OK, &json!({"data": data, "links": {"next": next}})))
}

pub async fn create(
    key: ManagementKey,
    State(state): State<AppState>,
    Path(team): Path<String>,
    JsonApiBody(body): JsonApiBody,
) -> ApiResult<Response> {
    key.require_team(&team)?;
    key.require(Scope::ApiKeysWrite)?;
    let data = data_of(&body, "api-keys")?;
    let attrs = data.get("attributes").cloned().unwrap_or(Value::Null);
    let kind = match opt_str(&attrs, "key_type")? {
        Some("ingest") => KeyKind::Ingest,
        Some("configuration") => KeyKind::Configuration,
        Some(_) => {
            return Err(ApiError::validation("data.attributes.key_type", "invalid", "must be ingest or configuration"));
        }
        None => return Err(ApiError::validation("data.attributes.key_type", "missing", "is required")),
    };
    let name = name_of(&attrs, true)?.unwrap_or_default();
    let disabled = opt_bool(&attrs, "disabled")?.unwrap_or(false);
    let mut permissions = Permissions::default();
    apply_permissions(kind, &mut permissions, &attrs)?;
    let env_id = data
        .pointer("/relationships/environment/data/id")
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::validation("data.relationships.environment.data.id", "missing", "is required"))?
        .to_owned();
    let mut registry = state.registry_mut();
    if registry.environment(&env_id).is_none() {
        return Err(ApiError::not_found("environment not found")
            .with_source(ErrorSource::Pointer("/data/relationships/environment/data/id".into())));
    }
    let now = now_secs();
    let record = KeyRecord {
        id: kind.new_id(),
        kind,
        name,
        secret: random_alnum(32),
        disabled,
        permissions,
        env_id,
        created_at: now,
        updated_at: now,
    };
    let mut out = key_json(&team, &record);
    out["attributes"]["secret"] = record.secret.clone().into();
    registry.keys.push(record);
    state.created(Creation::ApiKey);
    Ok(jsonapi(StatusCode::CREATED, &json!({"data": out})))
}

pub async fn get(key: ManagementKey, State(state): State<AppState>, Path((team, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require_team(&team)?;
    key.require(Scope::ApiKeysRead)?;
    let registry = state.registry();
    let k = registry.key(&id).ok_or_else(not_found)?;
    Ok(jsonapi(StatusCode::OK, &json!({"data": key_json(&team, k)})))
}

/// Ingest keys take `name`/`disabled`; configuration keys also `permissions` (merged: omitted
/// permissions are unchanged).
pub async fn update(
    key: ManagementKey,
    State(state): State<AppState>,
    Path((team, id)): Path<(String, String)>,
    JsonApiBody(body): JsonApiBody,
) -> ApiResult<Response> {
    key.require_team(&team)?;
    key.require(Scope::ApiKeysWrite)?;
    let data = data_of(&body, "api-keys")?;
    if data.get("id").and_then(Value::as_str) != Some(id.as_str()) {
        return Err(ApiError::validation("data.id", "invalid", "must match the ID in the URL"));
    }
    let attrs = data.get("attributes").cloned().unwrap_or(Value::Null);
    let name = name_of(&attrs, false)?;
    let disabled = opt_bool(&attrs, "disabled")?;
    let mut registry = state.registry_mut();
    let k = registry.keys.iter_mut().find(|k| k.id == id).ok_or_else(not_found)?;
    let mut permissions = k.permissions;
    if k.kind == KeyKind::Ingest && attrs.get("permissions").is_some_and(|p| !p.is_null()) {
        return Err(ApiError::validation("data.attributes.permissions", "invalid", "ingest key permissions cannot be changed"));
    }
    apply_permissions(k.kind, &mut permissions, &attrs)?;
    k.permissions = permissions;
    if let Some(n) = name.filter(|n| !n.is_empty()) {
        k.name = n;
    }
    if let Some(d) = disabled {
        k.disabled = d;
    }
    k.updated_at = now_secs();
    Ok(jsonapi(StatusCode::OK, &json!({"data": key_json(&team, k)})))
}

pub async fn delete(key: ManagementKey, State(state): State<AppState>, Path((team, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require_team(&team)?;
    key.require(Scope::ApiKeysWrite)?;
    let mut registry = state.registry_mut();
    let before = registry.keys.len();
    registry.keys.retain(|k| k.id != id);
    if registry.keys.len() == before {
        return Err(not_found());
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}
