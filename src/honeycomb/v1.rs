//! The v1 environment APIs (`X-Honeycomb-Team` with an environment's key): auth, datasets, markers.

use std::collections::BTreeMap;

use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::client::{HoneycombClient, Retry, Scope, path_segment};
use super::error::HoneycombError;

#[derive(Debug, Clone, Deserialize)]
struct NameSlug {
    #[serde(default)]
    name: String,
    #[serde(default)]
    slug: String,
}

#[derive(Debug, Deserialize)]
struct AuthResponse {
    id: String,
    #[serde(rename = "type")]
    key_type: Option<String>,
    #[serde(default)]
    api_key_access: BTreeMap<String, bool>,
    environment: NameSlug,
    team: NameSlug,
}

/// v1 `api_key_access` names → the v2 permission names users see when creating keys.
const ACCESS_NAMES: [(&str, &str); 10] = [
    ("events", "send_events"),
    ("markers", "manage_markers"),
    ("triggers", "manage_triggers"),
    ("boards", "manage_boards"),
    ("queries", "run_queries"),
    ("columns", "manage_columns"),
    ("createDatasets", "create_datasets"),
    ("slos", "manage_slos"),
    ("recipients", "manage_recipients"),
    ("privateBoards", "manage_privateBoards"),
];

/// What `GET /1/auth` says about an environment key.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EnvironmentAuth {
    pub key_id: String,
    /// `ingest` or `configuration`.
    pub key_type: Option<String>,
    pub team_name: String,
    pub team_slug: String,
    pub environment_name: String,
    pub environment_slug: String,
    /// The permissions that are on, by their v2 names.
    pub permissions: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Dataset {
    pub name: String,
    pub slug: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub last_written_at: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Marker {
    pub id: String,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(rename = "type", default)]
    pub marker_type: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub start_time: Option<i64>,
    #[serde(default)]
    pub end_time: Option<i64>,
    #[serde(default)]
    pub created_at: Option<String>,
}

/// A new marker; `start_time` defaults to when Honeycomb receives it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct NewMarker {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub marker_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
}

impl HoneycombClient<'_> {
    pub async fn environment_auth(&self) -> Result<EnvironmentAuth, HoneycombError> {
        let auth: AuthResponse = self.get("/1/auth", Scope::Environment).await?;
        let permissions = ACCESS_NAMES
            .iter()
            .filter(|(v1, _)| auth.api_key_access.get(*v1).copied().unwrap_or(false))
            .map(|(_, v2)| (*v2).to_owned())
            .collect();
        Ok(EnvironmentAuth {
            key_id: auth.id,
            key_type: auth.key_type,
            team_name: auth.team.name,
            team_slug: auth.team.slug,
            environment_name: auth.environment.name,
            environment_slug: auth.environment.slug,
            permissions,
        })
    }

    pub async fn list_datasets(&self) -> Result<Vec<Dataset>, HoneycombError> {
        self.get("/1/datasets", Scope::Environment).await
    }

    /// Creates a dataset, or returns the existing one (Honeycomb answers 200 for an existing name), so a
    /// retry can never make a duplicate.
    pub async fn create_dataset(&self, name: &str, description: Option<&str>) -> Result<(Dataset, bool), HoneycombError> {
        let mut body = json!({ "name": name });
        if let Some(description) = description {
            body["description"] = json!(description);
        }
        let response = self.send(Method::POST, "/1/datasets", Scope::Environment, Some(&body), Retry::Idempotent).await?;
        let created = response.status.as_u16() == 201;
        Ok((response.json("create dataset")?, created))
    }

    pub async fn list_markers(&self, dataset: &str) -> Result<Vec<Marker>, HoneycombError> {
        self.get(&format!("/1/markers/{}", path_segment(dataset)), Scope::Environment).await
    }

    pub async fn create_marker(&self, dataset: &str, marker: &NewMarker) -> Result<Marker, HoneycombError> {
        let response = self
            .send(Method::POST, &format!("/1/markers/{}", path_segment(dataset)), Scope::Environment, Some(marker), Retry::Once)
            .await?;
        response.json("create marker")
    }

    pub async fn delete_marker(&self, dataset: &str, id: &str) -> Result<(), HoneycombError> {
        let path = format!("/1/markers/{}/{}", path_segment(dataset), path_segment(id));
        self.send(Method::DELETE, &path, Scope::Environment, None::<&()>, Retry::Idempotent).await?;
        Ok(())
    }
}
