//! Key types, permissions and scopes: what a key is and what it may do, with no HTTP in it.
//!
//! Two credentials, as Honeycomb has them: a team's management key (v2, [`Scope`]s) and an
//! environment's ingest or configuration key ([`KeyKind`], v1, [`Permissions`]). The seed, the
//! store and the v2 key routes use these; [`crate::auth`] turns request headers into them.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

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
    ManageTriggers,
    ManageBoards,
    ManageSlos,
    ManageRecipients,
}

impl Permission {
    pub fn name(self) -> &'static str {
        match self {
            Permission::CreateDatasets => "create_datasets",
            Permission::SendEvents => "send_events",
            Permission::ManageMarkers => "manage_markers",
            Permission::RunQueries => "run_queries",
            Permission::ManageColumns => "manage_columns",
            Permission::ManageTriggers => "manage_triggers",
            Permission::ManageBoards => "manage_boards",
            Permission::ManageSlos => "manage_slos",
            Permission::ManageRecipients => "manage_recipients",
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
            Permission::ManageTriggers => self.manage_triggers,
            Permission::ManageBoards => self.manage_boards,
            Permission::ManageSlos => self.manage_slos,
            Permission::ManageRecipients => self.manage_recipients,
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
    pub fn grants(self, wanted: Scope) -> bool {
        self == wanted
            || matches!((self, wanted), (Scope::EnvironmentsWrite, Scope::EnvironmentsRead) | (Scope::ApiKeysWrite, Scope::ApiKeysRead))
    }
}
