//! The v2 team APIs (JSON:API, management key): who am I, environments, API keys.

use std::collections::BTreeMap;

use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::client::{HoneycombClient, Retry, Scope, path_segment};
use super::error::{HoneycombError, HoneycombErrorKind, Route};

#[derive(Debug, Deserialize)]
struct Document<T> {
    data: T,
    #[serde(default)]
    included: Vec<Value>,
    #[serde(default)]
    links: Option<Links>,
}

#[derive(Debug, Deserialize)]
struct Links {
    next: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Resource<A> {
    id: String,
    attributes: A,
    #[serde(default)]
    relationships: Option<Value>,
}

#[derive(Debug, Deserialize)]
struct ManagementKeyAttributes {
    name: Option<String>,
    #[serde(default)]
    scopes: Vec<String>,
    #[serde(default)]
    disabled: bool,
}

/// What `GET /2/auth` says about the management key.
#[derive(Debug, Clone, Serialize)]
pub struct ManagementAuth {
    pub key_id: String,
    pub key_name: Option<String>,
    pub disabled: bool,
    pub scopes: Vec<String>,
    pub team_name: String,
    pub team_slug: String,
}

#[derive(Debug, Clone, Deserialize)]
struct EnvironmentAttributes {
    name: String,
    slug: String,
    description: Option<String>,
    color: Option<String>,
    settings: Option<EnvironmentSettings>,
}

#[derive(Debug, Clone, Deserialize)]
struct EnvironmentSettings {
    delete_protected: Option<bool>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Environment {
    pub id: String,
    pub name: String,
    pub slug: String,
    pub description: Option<String>,
    pub color: Option<String>,
    pub delete_protected: bool,
}

impl From<Resource<EnvironmentAttributes>> for Environment {
    fn from(resource: Resource<EnvironmentAttributes>) -> Environment {
        let attributes = resource.attributes;
        Environment {
            id: resource.id,
            name: attributes.name,
            slug: attributes.slug,
            description: attributes.description.filter(|description| !description.is_empty()),
            color: attributes.color,
            delete_protected: attributes.settings.and_then(|settings| settings.delete_protected).unwrap_or(false),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum KeyType {
    /// Sends events and traces (its header value is the key id followed by the secret)
    Ingest,
    /// Uses the v1 APIs: queries, datasets, markers (its header value is the secret)
    Configuration,
}

impl KeyType {
    pub fn as_str(self) -> &'static str {
        match self {
            KeyType::Ingest => "ingest",
            KeyType::Configuration => "configuration",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
struct ApiKeyAttributes {
    name: Option<String>,
    key_type: KeyType,
    #[serde(default)]
    disabled: bool,
    #[serde(default)]
    permissions: Option<BTreeMap<String, bool>>,
    secret: Option<String>,
}

/// An ingest or configuration key. `secret` is only ever set in the answer to its creation.
#[derive(Debug, Clone, Serialize)]
pub struct ApiKey {
    pub id: String,
    pub name: Option<String>,
    pub key_type: KeyType,
    pub disabled: bool,
    pub environment_id: Option<String>,
    /// The permissions that are on, by their v2 names.
    pub permissions: Vec<String>,
    #[serde(skip)]
    pub secret: Option<String>,
}

impl ApiKey {
    /// The value for the `X-Honeycomb-Team` header: ingest keys send id+secret, configuration keys the
    /// secret alone (Honeycomb's docs; the Terraform provider builds it the same way).
    pub fn header_value(&self) -> Option<String> {
        let secret = self.secret.as_deref()?;
        Some(match self.key_type {
            KeyType::Ingest => format!("{}{secret}", self.id),
            KeyType::Configuration => secret.to_owned(),
        })
    }
}

fn relationship_id(relationships: &Option<Value>, name: &str) -> Option<String> {
    relationships.as_ref()?.get(name)?.get("data")?.get("id")?.as_str().map(str::to_owned)
}

impl From<Resource<ApiKeyAttributes>> for ApiKey {
    fn from(resource: Resource<ApiKeyAttributes>) -> ApiKey {
        let attributes = resource.attributes;
        ApiKey {
            environment_id: relationship_id(&resource.relationships, "environment"),
            id: resource.id,
            name: attributes.name,
            key_type: attributes.key_type,
            disabled: attributes.disabled,
            permissions: attributes.permissions.unwrap_or_default().into_iter().filter(|(_, on)| *on).map(|(name, _)| name).collect(),
            secret: attributes.secret,
        }
    }
}

/// What a new key is allowed to do. Ingest keys accept only `create_datasets`.
#[derive(Debug, Clone, Default)]
pub struct NewKey {
    pub name: String,
    pub key_type: Option<KeyType>,
    pub environment_id: String,
    pub permissions: Vec<String>,
}

/// Configuration-key permissions, by their v2 names (the spec's `ConfigurationKey.permissions`).
pub const CONFIGURATION_PERMISSIONS: [&str; 13] = [
    "create_datasets",
    "send_events",
    "manage_markers",
    "manage_triggers",
    "manage_boards",
    "run_queries",
    "manage_columns",
    "manage_slos",
    "manage_recipients",
    "manage_privateBoards",
    "read_service_maps",
    "visible_team_members",
    "manage_signals",
];

impl HoneycombClient<'_> {
    pub async fn management_auth(&self) -> Result<ManagementAuth, HoneycombError> {
        let document: Document<Resource<ManagementKeyAttributes>> = self.get("/2/auth", Scope::Management).await?;
        let team = document.included.iter().find(|item| item.get("type").and_then(Value::as_str) == Some("teams"));
        let team_attribute = |name: &str| team.and_then(|team| team["attributes"][name].as_str()).unwrap_or_default().to_owned();
        Ok(ManagementAuth {
            key_id: document.data.id,
            key_name: document.data.attributes.name,
            disabled: document.data.attributes.disabled,
            scopes: document.data.attributes.scopes,
            team_name: team_attribute("name"),
            team_slug: team_attribute("slug"),
        })
    }

    /// The team slug that every v2 path needs, from `GET /2/auth`.
    pub async fn team_slug(&self) -> Result<String, HoneycombError> {
        let auth = self.management_auth().await?;
        if auth.team_slug.is_empty() {
            return Err(
                HoneycombError::new(HoneycombErrorKind::Protocol, "GET /2/auth named no team").on(Route::new(Method::GET, "/2/auth"))
            );
        }
        Ok(auth.team_slug)
    }

    /// Follows `links.next` until it ends, refusing a cursor that repeats (a server bug would loop).
    async fn all_pages<A: serde::de::DeserializeOwned>(&self, first: String) -> Result<Vec<Resource<A>>, HoneycombError> {
        let mut items = Vec::new();
        let mut next = Some(first);
        let mut seen = std::collections::HashSet::new();
        while let Some(path) = next {
            if !seen.insert(path.clone()) {
                return Err(HoneycombError::new(
                    HoneycombErrorKind::Protocol,
                    format!("GET {path}: the server returned the same page link twice"),
                )
                .on(Route::new(Method::GET, path)));
            }
            let document: Document<Vec<Resource<A>>> = self.get(&path, Scope::Management).await?;
            items.extend(document.data);
            next = document.links.and_then(|links| links.next).map(|link| match link.find("/2/") {
                Some(start) => link[start..].to_owned(),
                None => link,
            });
        }
        Ok(items)
    }

    pub async fn list_environments(&self, team: &str) -> Result<Vec<Environment>, HoneycombError> {
        let pages =
            self.all_pages::<EnvironmentAttributes>(format!("/2/teams/{}/environments?page%5Bsize%5D=100", path_segment(team))).await?;
        Ok(pages.into_iter().map(Environment::from).collect())
    }

    pub async fn get_environment(&self, team: &str, id: &str) -> Result<Environment, HoneycombError> {
        let document: Document<Resource<EnvironmentAttributes>> =
            self.get(&format!("/2/teams/{}/environments/{}", path_segment(team), path_segment(id)), Scope::Management).await?;
        Ok(document.data.into())
    }

    pub async fn create_environment(
        &self,
        team: &str,
        name: &str,
        description: Option<&str>,
        color: Option<&str>,
    ) -> Result<Environment, HoneycombError> {
        let mut attributes = json!({ "name": name });
        if let Some(description) = description {
            attributes["description"] = json!(description);
        }
        if let Some(color) = color {
            attributes["color"] = json!(color);
        }
        let body = json!({ "data": { "type": "environments", "attributes": attributes } });
        let response = self
            .send(Method::POST, &format!("/2/teams/{}/environments", path_segment(team)), Scope::Management, Some(&body), Retry::Once)
            .await?;
        Ok(response.json::<Document<Resource<EnvironmentAttributes>>>("create environment")?.data.into())
    }

    pub async fn update_environment(
        &self,
        team: &str,
        id: &str,
        description: Option<&str>,
        color: Option<&str>,
        delete_protected: Option<bool>,
    ) -> Result<Environment, HoneycombError> {
        let mut attributes = json!({});
        if let Some(description) = description {
            attributes["description"] = json!(description);
        }
        if let Some(color) = color {
            attributes["color"] = json!(color);
        }
        if let Some(protected) = delete_protected {
            attributes["settings"] = json!({ "delete_protected": protected });
        }
        let body = json!({ "data": { "id": id, "type": "environments", "attributes": attributes } });
        let path = format!("/2/teams/{}/environments/{}", path_segment(team), path_segment(id));
        let response = self.send(Method::PATCH, &path, Scope::Management, Some(&body), Retry::Idempotent).await?;
        Ok(response.json::<Document<Resource<EnvironmentAttributes>>>("update environment")?.data.into())
    }

    pub async fn delete_environment(&self, team: &str, id: &str) -> Result<(), HoneycombError> {
        let path = format!("/2/teams/{}/environments/{}", path_segment(team), path_segment(id));
        self.send(Method::DELETE, &path, Scope::Management, None::<&()>, Retry::Idempotent).await?;
        Ok(())
    }

    pub async fn list_keys(&self, team: &str, key_type: Option<KeyType>) -> Result<Vec<ApiKey>, HoneycombError> {
        let mut path = format!("/2/teams/{}/api-keys?page%5Bsize%5D=100", path_segment(team));
        if let Some(key_type) = key_type {
            path.push_str(&format!("&filter%5Btype%5D={}", key_type.as_str()));
        }
        Ok(self.all_pages::<ApiKeyAttributes>(path).await?.into_iter().map(ApiKey::from).collect())
    }

    pub async fn get_key(&self, team: &str, id: &str) -> Result<ApiKey, HoneycombError> {
        let document: Document<Resource<ApiKeyAttributes>> =
            self.get(&format!("/2/teams/{}/api-keys/{}", path_segment(team), path_segment(id)), Scope::Management).await?;
        Ok(document.data.into())
    }

    /// Creates a key. The answer holds the secret, which Honeycomb never shows again.
    pub async fn create_key(&self, team: &str, key: &NewKey) -> Result<ApiKey, HoneycombError> {
        let key_type = key.key_type.unwrap_or(KeyType::Ingest);
        let permissions: serde_json::Map<String, Value> = key.permissions.iter().map(|name| (name.clone(), Value::Bool(true))).collect();
        let mut attributes = json!({ "key_type": key_type.as_str(), "name": key.name, "disabled": false });
        if !permissions.is_empty() {
            attributes["permissions"] = Value::Object(permissions);
        }
        let body = json!({ "data": { "type": "api-keys", "attributes": attributes,
            "relationships": { "environment": { "data": { "id": key.environment_id, "type": "environments" } } } } });
        let response = self
            .send(Method::POST, &format!("/2/teams/{}/api-keys", path_segment(team)), Scope::Management, Some(&body), Retry::Once)
            .await?;
        Ok(response.json::<Document<Resource<ApiKeyAttributes>>>("create API key")?.data.into())
    }

    pub async fn set_key_disabled(&self, team: &str, id: &str, disabled: bool) -> Result<ApiKey, HoneycombError> {
        let body = json!({ "data": { "id": id, "type": "api-keys", "attributes": { "disabled": disabled } } });
        let path = format!("/2/teams/{}/api-keys/{}", path_segment(team), path_segment(id));
        let response = self.send(Method::PATCH, &path, Scope::Management, Some(&body), Retry::Idempotent).await?;
        Ok(response.json::<Document<Resource<ApiKeyAttributes>>>("update API key")?.data.into())
    }

    pub async fn delete_key(&self, team: &str, id: &str) -> Result<(), HoneycombError> {
        let path = format!("/2/teams/{}/api-keys/{}", path_segment(team), path_segment(id));
        self.send(Method::DELETE, &path, Scope::Management, None::<&()>, Retry::Idempotent).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_values_follow_the_key_type() {
        let mut key = ApiKey {
            id: "hcaik_01".into(),
            name: None,
            key_type: KeyType::Ingest,
            disabled: false,
            environment_id: None,
            permissions: vec![],
            secret: Some("s3cr3t".into()),
        };
        assert_eq!(key.header_value().unwrap(), "hcaik_01s3cr3t");
        key.key_type = KeyType::Configuration;
        assert_eq!(key.header_value().unwrap(), "s3cr3t");
        key.secret = None;
        assert_eq!(key.header_value(), None);
    }

    #[test]
    fn path_segments_are_encoded() {
        assert_eq!(path_segment("my-team_1"), "my-team_1");
        assert_eq!(path_segment("a/b c"), "a%2Fb%20c");
    }
}
