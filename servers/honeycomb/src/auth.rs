//! The extractors that authenticate requests: `X-Honeycomb-Team` → [`EnvKey`] (v1),
//! `Authorization: Bearer ID:SECRET` → [`ManagementKey`] (v2). They reject with the error each API
//! family uses, and handlers ask for the permission or scope their route needs. The key types
//! themselves live in [`crate::keys`], apart from axum.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use std::sync::{Arc, RwLock};

use crate::errors::{ApiError, ErrorSource};
use crate::keys::{KeyKind, Permission, Permissions, Scope};
use crate::store::{AppState, EnvData, ServerState};

/// An authenticated environment key (v1).
#[derive(Clone)]
pub struct EnvKey {
    pub key_id: String,
    pub kind: KeyKind,
    pub permissions: Permissions,
    pub env_id: String,
    pub env_name: String,
    pub env_slug: String,
    pub data: Arc<RwLock<EnvData>>,
}

impl EnvKey {
    /// The environment's data, for reading.
    pub fn read(&self) -> std::sync::RwLockReadGuard<'_, EnvData> {
        self.data.read().unwrap_or_else(|e| e.into_inner())
    }

    /// The environment's data, for writing.
    pub fn write(&self) -> std::sync::RwLockWriteGuard<'_, EnvData> {
        self.data.write().unwrap_or_else(|e| e.into_inner())
    }

    /// Only configuration keys may use the configuration API; Honeycomb answers an ingest key
    /// there as an unknown key.
    pub fn require_configuration(&self) -> Result<(), ApiError> {
        match self.kind {
            KeyKind::Configuration => Ok(()),
            KeyKind::Ingest => {
                Err(ApiError::new(StatusCode::UNAUTHORIZED, "unknown API key - ingest keys cannot be used with this endpoint")
                    .with_source(ErrorSource::Header("X-Honeycomb-Team".into())))
            }
        }
    }

    /// A configuration key holding `p`.
    pub fn require(&self, p: Permission) -> Result<(), ApiError> {
        self.require_configuration()?;
        if self.permissions.has(p) {
            Ok(())
        } else {
            Err(ApiError::forbidden(format!("this API key does not have the {} permission", p.name())))
        }
    }
}

impl FromRequestParts<AppState> for EnvKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<EnvKey, ApiError> {
        let value = parts
            .headers
            .get("x-honeycomb-team")
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .ok_or_else(ApiError::unknown_key)?;
        authenticate_env_key(state, value)
    }
}

/// An authenticated management key (v2).
#[derive(Clone)]
pub struct ManagementKey {
    pub key_id: String,
    pub scopes: Vec<Scope>,
    pub team_slug: String,
}

impl ManagementKey {
    pub fn require(&self, wanted: Scope) -> Result<(), ApiError> {
        if self.scopes.iter().any(|s| s.grants(wanted)) {
            Ok(())
        } else {
            Err(ApiError::forbidden(format!("this management key does not have the {} scope", wanted.as_str())))
        }
    }

    /// The path's team must be the key's team.
    pub fn require_team(&self, slug: &str) -> Result<(), ApiError> {
        if slug == self.team_slug {
            Ok(())
        } else {
            Err(ApiError::not_found(format!("team {slug:?} not found")).with_source(ErrorSource::Parameter("teamSlug".into())))
        }
    }
}

impl FromRequestParts<AppState> for ManagementKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<ManagementKey, ApiError> {
        let value = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| ApiError::invalid_management_key("missing Authorization header"))?;
        let token = value
            .strip_prefix("Bearer ")
            .or_else(|| value.strip_prefix("bearer "))
            .ok_or_else(|| ApiError::invalid_management_key("Authorization must be `Bearer KEY_ID:SECRET`"))?;
        let (id, secret) =
            token.trim().split_once(':').ok_or_else(|| ApiError::invalid_management_key("Authorization must be `Bearer KEY_ID:SECRET`"))?;
        authenticate_management_key(state, id, secret)
    }
}

/// Finds the environment key whose `X-Honeycomb-Team` value is `value`.
pub fn authenticate_env_key(state: &ServerState, value: &str) -> Result<EnvKey, ApiError> {
    let registry = state.registry();
    let key = registry.keys.iter().find(|k| !k.disabled && k.header_value() == value).ok_or_else(ApiError::unknown_key)?;
    let env = registry.environment(&key.env_id).ok_or_else(ApiError::unknown_key)?;
    Ok(EnvKey {
        key_id: key.id.clone(),
        kind: key.kind,
        permissions: key.permissions,
        env_id: env.id.clone(),
        env_name: env.name.clone(),
        env_slug: env.slug.clone(),
        data: env.data.clone(),
    })
}

/// The team's management key, if `id` and `secret` are its.
pub fn authenticate_management_key(state: &ServerState, id: &str, secret: &str) -> Result<ManagementKey, ApiError> {
    let registry = state.registry();
    let mk = &registry.management_key;
    if mk.id == id && mk.secret == secret {
        Ok(ManagementKey { key_id: mk.id.clone(), scopes: mk.scopes.clone(), team_slug: registry.team.slug.clone() })
    } else {
        Err(ApiError::invalid_management_key("unknown API key"))
    }
}
