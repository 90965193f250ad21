//! Keys, permissions and the extractors that authenticate requests.
//!
//! Two credentials, as Honeycomb has them: a team's management key (`Authorization: Bearer
//! ID:SECRET`, v2, scopes) and an environment's ingest or configuration key
//! (`X-Honeycomb-Team`, v1, permissions). The extractors reject with the error each API family
//! uses, and handlers ask for the permission their route needs.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use std::sync::{Arc, RwLock};

use crate::errors::{ApiError, ErrorSource};
use crate::store::{AppState, EnvData};
use crate::util::random_lower_alnum;

/// An environment key's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KeyKind {
    Ingest,
    Configuration,
}

impl KeyKind {
    /// A new key ID in the shape the spec's PATCH patterns require (`hcxik_` / `hcxlk_` + 26).
    pub fn new_id(self) -> String {
        let prefix = match self {
            KeyKind::Ingest => "hcxik_",
            KeyKind::Configuration => "hcxlk_",
        };
        format!("{prefix}{}", random_lower_alnum(26))
    }

    /// The `X-Honeycomb-Team` value: ID+secret for ingest keys, the secret for configuration keys.
    pub fn header_value(self, id: &str, secret: &str) -> String {
        match self {
            KeyKind::Ingest => format!("{id}{secret}"),
            KeyKind::Configuration => secret.to_owned(),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            KeyKind::Ingest => "ingest",
            KeyKind::Configuration => "configuration",
        }
    }
}

/// Configuration-key permissions, by their v2 names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Permissions {
    pub create_datasets: bool,
    pub send_events: bool,
    pub manage_markers: bool,
    pub manage_triggers: bool,
    pub manage_boards: bool,
    pub run_queries: bool,
    pub manage_columns: bool,
    pub manage_slos: bool,
    pub manage_recipients: bool,
    pub manage_signals: bool,
    #[serde(rename = "manage_privateBoards")]
    pub manage_private_boards: bool,
    pub read_service_maps: bool,
    pub visible_team_members: bool,
}

/// A permission a route requires.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    CreateDatasets,
    SendEvents,
    ManageMarkers,
    RunQueries,
    ManageColumns,
}

impl Permission {
    fn name(self) -> &'static str {
        match self {
            Permission::CreateDatasets => "create_datasets",
            Permission::SendEvents => "send_events",
            Permission::ManageMarkers => "manage_markers",
            Permission::RunQueries => "run_queries",
            Permission::ManageColumns => "manage_columns",
        }
    }
}

impl Permissions {
    /// Every permission.
    pub fn all() -> Permissions {
        Permissions {
            create_datasets: true,
            send_events: true,
            manage_markers: true,
            manage_triggers: true,
            manage_boards: true,
            run_queries: true,
            manage_columns: true,
            manage_slos: true,
            manage_recipients: true,
            manage_signals: true,
            manage_private_boards: true,
            read_service_maps: true,
            visible_team_members: true,
        }
    }

    /// Ingest keys accept only `create_datasets`.
    pub fn ingest_compatible(&self) -> bool {
        *self == Permissions { create_datasets: self.create_datasets, ..Permissions::default() }
    }

    pub fn has(&self, p: Permission) -> bool {
        match p {
            Permission::CreateDatasets => self.create_datasets,
            Permission::SendEvents => self.send_events,
            Permission::ManageMarkers => self.manage_markers,
            Permission::RunQueries => self.run_queries,
            Permission::ManageColumns => self.manage_columns,
        }
    }

    /// Applies the fields present in a JSON object (a PATCH leaves the others unchanged).
    pub fn merge_json(&mut self, patch: &Value) -> Result<(), String> {
        let mut merged = serde_json::to_value(*self).map_err(|e| e.to_string())?;
        if let (Some(target), Some(source)) = (merged.as_object_mut(), patch.as_object()) {
            for (k, v) in source {
                if !target.contains_key(k) {
                    return Err(format!("unknown permission {k:?}"));
                }
                if !v.is_boolean() {
                    return Err(format!("permission {k:?} must be a boolean"));
                }
                target.insert(k.clone(), v.clone());
            }
        }
        *self = serde_json::from_value(merged).map_err(|e| e.to_string())?;
        Ok(())
    }

    /// The v2 `permissions` object for a key of `kind` (ingest keys show only `create_datasets`).
    pub fn to_v2(&self, kind: KeyKind) -> Value {
        match kind {
            KeyKind::Ingest => json!({ "create_datasets": self.create_datasets }),
            KeyKind::Configuration => serde_json::to_value(self).unwrap_or_default(),
        }
    }

    /// `/1/auth`'s `api_key_access`, which names the same permissions differently.
    pub fn to_v1_access(&self, kind: KeyKind) -> Value {
        match kind {
            KeyKind::Ingest => json!({ "createDatasets": self.create_datasets }),
            KeyKind::Configuration => json!({
                "events": self.send_events,
                "markers": self.manage_markers,
                "triggers": self.manage_triggers,
                "boards": self.manage_boards,
                "queries": self.run_queries,
                "columns": self.manage_columns,
                "createDatasets": self.create_datasets,
                "slos": self.manage_slos,
                "recipients": self.manage_recipients,
                "privateBoards": self.manage_private_boards,
            }),
        }
    }
}

/// A management-key scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scope {
    #[serde(rename = "environments:read")]
    EnvironmentsRead,
    #[serde(rename = "environments:write")]
    EnvironmentsWrite,
    #[serde(rename = "api-keys:read")]
    ApiKeysRead,
    #[serde(rename = "api-keys:write")]
    ApiKeysWrite,
}

impl Scope {
    /// The scopes a full management key shows (`write` implies `read`, so `/2/auth` lists only writes).
    pub fn all() -> Vec<Scope> {
        vec![Scope::ApiKeysWrite, Scope::EnvironmentsWrite]
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::EnvironmentsRead => "environments:read",
            Scope::EnvironmentsWrite => "environments:write",
            Scope::ApiKeysRead => "api-keys:read",
            Scope::ApiKeysWrite => "api-keys:write",
        }
    }

    /// Whether holding `self` grants `wanted`.
    fn grants(self, wanted: Scope) -> bool {
        self == wanted
            || matches!((self, wanted), (Scope::EnvironmentsWrite, Scope::EnvironmentsRead) | (Scope::ApiKeysWrite, Scope::ApiKeysRead))
    }
}

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
        state.authenticate_env_key(value)
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
        state.authenticate_management_key(id, secret)
    }
}
