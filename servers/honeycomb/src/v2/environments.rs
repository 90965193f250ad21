//! `/2/teams/{team}/environments`: list (paged), create (409 on a duplicate name), get,
//! update (no renames), delete (409 while delete-protected).

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::Arc;

use super::{data_of, paginate};
use crate::auth::ManagementKey;
use crate::errors::{ApiError, ApiResult, ErrorSource};
use crate::http::{JsonApiBody, jsonapi, opt_bool, opt_str};
use crate::keys::Scope;
use crate::stats::Creation;
use crate::store::{AppState, EnvRecord};
use crate::util::{now_secs, random_lower_alnum, slugify};

const COLORS: &[&str] = &["blue", "green", "gold", "red", "purple", "lightBlue", "lightGreen", "lightGold", "lightRed", "lightPurple"];

fn environment_json(team: &str, e: &EnvRecord) -> Value {
    json!({
        "id": e.id,
        "type": "environments",
        "links": {"self": format!("/2/teams/{team}/environments/{}", e.id)},
        "attributes": {
            "name": e.name,
            "slug": e.slug,
            "description": e.description,
            "color": e.color,
            "settings": {"delete_protected": e.delete_protected},
        },
    })
}

fn not_found() -> ApiError {
    ApiError::not_found("environment not found").with_source(ErrorSource::Parameter("ID".into()))
}

fn color_of(attrs: &Value) -> ApiResult<Option<String>> {
    match opt_str(attrs, "color")? {
        None => Ok(None),
        Some(c) if COLORS.contains(&c) => Ok(Some(c.to_owned())),
        Some(_) => Err(ApiError::validation("data.attributes.color", "invalid", format!("must be one of {}", COLORS.join(", ")))),
    }
}

fn description_of(attrs: &Value) -> ApiResult<Option<String>> {
    match opt_str(attrs, "description")? {
        Some(d) if d.chars().count() > 255 => {
            Err(ApiError::validation("data.attributes.description", "invalid", "must be at most 255 characters"))
        }
        d => Ok(d.map(str::to_owned)),
    }
}

pub async fn list(
    key: ManagementKey,
    State(state): State<AppState>,
    Path(team): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Response> {
    key.require_team(&team)?;
    key.require(Scope::EnvironmentsRead)?;
    let registry = state.registry();
    let base = format!("/2/teams/{team}/environments");
    let (page, next) = paginate(&registry.environments, |e| e.id.as_str(), &params, &base, "")?;
    let data: Vec<Value> = page.iter().map(|e| environment_json(&team, e)).collect();
    Ok(jsonapi(StatusCode::OK, &json!({"data": data, "links": {"next": next}})))
}

/// New environments start delete-protected, as Honeycomb's do.
pub async fn create(
    key: ManagementKey,
    State(state): State<AppState>,
    Path(team): Path<String>,
    JsonApiBody(body): JsonApiBody,
) -> ApiResult<Response> {
    key.require_team(&team)?;
    key.require(Scope::EnvironmentsWrite)?;
    let data = data_of(&body, "environments")?;
    let attrs = data.get("attributes").cloned().unwrap_or(Value::Null);
    let name = opt_str(&attrs, "name")?
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .ok_or_else(|| ApiError::validation("data.attributes.name", "missing", "cannot be blank"))?
        .to_owned();
    if name.chars().count() > 255 {
        return Err(ApiError::validation("data.attributes.name", "invalid", "must be at most 255 characters"));
    }
    let color = color_of(&attrs)?.unwrap_or_else(|| "blue".into());
    let description = description_of(&attrs)?.unwrap_or_default();
    let slug = slugify(&name);
    let mut registry = state.registry_mut();
    if registry.environments.iter().any(|e| e.slug == slug || e.name.eq_ignore_ascii_case(&name)) {
        return Err(ApiError::conflict(format!("an environment named {name:?} already exists"))
            .with_source(ErrorSource::Pointer("/data/attributes/name".into())));
    }
    let now = now_secs();
    let env = EnvRecord {
        id: format!("hcxen_{}", random_lower_alnum(26)),
        name,
        slug,
        description,
        color,
        delete_protected: true,
        created_at: now,
        updated_at: now,
        data: Arc::default(),
    };
    let out = environment_json(&team, &env);
    registry.environments.push(env);
    state.created(Creation::Environment);
    Ok(jsonapi(StatusCode::CREATED, &json!({"data": out})))
}

pub async fn get(key: ManagementKey, State(state): State<AppState>, Path((team, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require_team(&team)?;
    key.require(Scope::EnvironmentsRead)?;
    let registry = state.registry();
    let env = registry.environment(&id).ok_or_else(not_found)?;
    Ok(jsonapi(StatusCode::OK, &json!({"data": environment_json(&team, env)})))
}

/// Description, color and delete protection can change; the name cannot.
pub async fn update(
    key: ManagementKey,
    State(state): State<AppState>,
    Path((team, id)): Path<(String, String)>,
    JsonApiBody(body): JsonApiBody,
) -> ApiResult<Response> {
    key.require_team(&team)?;
    key.require(Scope::EnvironmentsWrite)?;
    let data = data_of(&body, "environments")?;
    if data.get("id").and_then(Value::as_str) != Some(id.as_str()) {
        return Err(ApiError::validation("data.id", "invalid", "must match the ID in the URL"));
    }
    let attrs = data.get("attributes").cloned().unwrap_or(Value::Null);
    let color = color_of(&attrs)?;
    let description = description_of(&attrs)?;
    let protected = attrs.get("settings").map(|s| opt_bool(s, "delete_protected")).transpose()?.flatten();
    let mut registry = state.registry_mut();
    let env = registry.environment_mut(&id).ok_or_else(not_found)?;
    if let Some(name) = opt_str(&attrs, "name")?
        && name != env.name
    {
        return Err(ApiError::validation("data.attributes.name", "invalid", "an environment cannot be renamed"));
    }
    if let Some(c) = color {
        env.color = c;
    }
    if let Some(d) = description {
        env.description = d;
    }
    if let Some(p) = protected {
        env.delete_protected = p;
    }
    env.updated_at = now_secs();
    Ok(jsonapi(StatusCode::OK, &json!({"data": environment_json(&team, env)})))
}

/// Deleting removes the environment, its keys and its data at once.
pub async fn delete(key: ManagementKey, State(state): State<AppState>, Path((team, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require_team(&team)?;
    key.require(Scope::EnvironmentsWrite)?;
    let mut registry = state.registry_mut();
    let env = registry.environment(&id).ok_or_else(not_found)?;
    if env.delete_protected {
        return Err(ApiError::conflict("environment is delete protected; set settings.delete_protected to false first"));
    }
    registry.environments.retain(|e| e.id != id);
    registry.keys.retain(|k| k.env_id != id);
    Ok(StatusCode::NO_CONTENT.into_response())
}
