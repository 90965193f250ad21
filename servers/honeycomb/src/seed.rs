//! The state a server starts from: a team, its management key, environments and their keys.
//!
//! Secrets are never committed: [`Seed::demo`] generates them per call, and a seed file may leave
//! any `id`/`secret` out to have one generated. A file that does give them gets known
//! credentials (e.g. for a README demo that exports fixed variables).

use serde::{Deserialize, Serialize};
use std::path::Path;

use crate::keys::{KeyKind, Permissions, Scope};
use crate::plans::Plan;
use crate::util::{random_alnum, random_lower_alnum, slugify};

/// The team, management key and environments that exist at start.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Seed {
    pub team: SeedTeam,
    pub management_key: SeedManagementKey,
    #[serde(default)]
    pub environments: Vec<SeedEnvironment>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SeedTeam {
    pub name: String,
    #[serde(default)]
    pub slug: Option<String>,
    /// `free`, `pro` or `enterprise` (the default): the routes the plan lacks are refused (403).
    #[serde(default)]
    pub plan: Plan,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SeedManagementKey {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub secret: Option<String>,
    #[serde(default = "default_management_key_name")]
    pub name: String,
    /// `environments:read|write`, `api-keys:read|write`; `write` implies `read`.
    #[serde(default = "Scope::all")]
    pub scopes: Vec<Scope>,
}

fn default_management_key_name() -> String {
    "cruddur-honeycomb-server management key".into()
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SeedEnvironment {
    #[serde(default)]
    pub id: Option<String>,
    pub name: String,
    #[serde(default)]
    pub slug: Option<String>,
    #[serde(default)]
    pub description: String,
    #[serde(default = "default_color")]
    pub color: String,
    /// Honeycomb creates environments delete-protected.
    #[serde(default = "yes")]
    pub delete_protected: bool,
    #[serde(default)]
    pub keys: Vec<SeedKey>,
}

fn default_color() -> String {
    "blue".into()
}

fn yes() -> bool {
    true
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SeedKey {
    #[serde(rename = "type")]
    pub kind: KeyKind,
    pub name: String,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub secret: Option<String>,
    #[serde(default)]
    pub disabled: bool,
    #[serde(default)]
    pub permissions: Permissions,
}

impl Seed {
    /// One team, a management key with every scope, and an environment `test` with an ingest key
    /// (`create_datasets`) and a configuration key with every permission. Fresh random secrets on
    /// every call.
    pub fn demo() -> Seed {
        Seed {
            team: SeedTeam { name: "Cruddur".into(), slug: Some("cruddur".into()), plan: Plan::default() },
            management_key: SeedManagementKey { id: None, secret: None, name: default_management_key_name(), scopes: Scope::all() },
            environments: vec![SeedEnvironment {
                id: None,
                name: "test".into(),
                slug: Some("test".into()),
                description: "Seeded by cruddur-honeycomb-server".into(),
                color: default_color(),
                delete_protected: true,
                keys: vec![
                    SeedKey {
                        kind: KeyKind::Ingest,
                        name: "test ingest".into(),
                        id: None,
                        secret: None,
                        disabled: false,
                        permissions: Permissions { create_datasets: true, ..Permissions::default() },
                    },
                    SeedKey {
                        kind: KeyKind::Configuration,
                        name: "test configuration".into(),
                        id: None,
                        secret: None,
                        disabled: false,
                        permissions: Permissions::all(),
                    },
                ],
            }],
        }
        .resolved()
    }

    /// The same team on another plan.
    pub fn with_plan(mut self, plan: Plan) -> Seed {
        self.team.plan = plan;
        self
    }

    /// Reads a JSON seed file (see `README.md` of this crate for the format); ids and secrets
    /// that are left out are generated.
    pub fn from_file(path: impl AsRef<Path>) -> anyhow::Result<Seed> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("cannot read seed file {}: {e}", path.display()))?;
        let seed: Seed = serde_json::from_str(&text).map_err(|e| anyhow::anyhow!("invalid seed file {}: {e}", path.display()))?;
        seed.validate()?;
        Ok(seed.resolved())
    }

    fn validate(&self) -> anyhow::Result<()> {
        for env in &self.environments {
            for key in &env.keys {
                if key.kind == KeyKind::Ingest && !key.permissions.ingest_compatible() {
                    anyhow::bail!("seed key {:?}: ingest keys accept only the create_datasets permission", key.name);
                }
            }
        }
        Ok(())
    }

    /// Fills in every missing slug, id and secret, so the seed describes fixed credentials that
    /// a reset restores.
    pub fn resolved(mut self) -> Seed {
        self.team.slug.get_or_insert_with(|| slugify(&self.team.name));
        let mk = &mut self.management_key;
        mk.id.get_or_insert_with(|| format!("hcxmk_{}", random_lower_alnum(26)));
        mk.secret.get_or_insert_with(|| random_lower_alnum(32));
        for env in &mut self.environments {
            env.slug.get_or_insert_with(|| slugify(&env.name));
            env.id.get_or_insert_with(|| format!("hcxen_{}", random_lower_alnum(26)));
            for key in &mut env.keys {
                key.id.get_or_insert_with(|| key.kind.new_id());
                key.secret.get_or_insert_with(|| random_alnum(32));
            }
        }
        self
    }
}

/// The credentials a started server knows, for tests and the start banner.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SeededCredentials {
    pub team_name: String,
    pub team_slug: String,
    /// The team's plan.
    pub plan: Plan,
    pub management_key_id: String,
    pub management_key_secret: String,
    pub environments: Vec<EnvironmentCredentials>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EnvironmentCredentials {
    pub id: String,
    pub name: String,
    pub slug: String,
    /// The `X-Honeycomb-Team` value of the first ingest key (key ID + secret).
    pub ingest_key: Option<String>,
    /// The `X-Honeycomb-Team` value of the first configuration key (its secret, the Token).
    pub configuration_key: Option<String>,
    pub keys: Vec<KeyCredentials>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct KeyCredentials {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: KeyKind,
    pub name: String,
    pub secret: String,
    /// What goes in `X-Honeycomb-Team`: ID+secret for ingest keys, the secret for configuration keys.
    pub header_value: String,
}

impl SeededCredentials {
    /// From a resolved seed.
    pub fn from_seed(seed: &Seed) -> SeededCredentials {
        let mk = &seed.management_key;
        SeededCredentials {
            team_name: seed.team.name.clone(),
            team_slug: seed.team.slug.clone().unwrap_or_default(),
            plan: seed.team.plan,
            management_key_id: mk.id.clone().unwrap_or_default(),
            management_key_secret: mk.secret.clone().unwrap_or_default(),
            environments: seed
                .environments
                .iter()
                .map(|env| {
                    let keys: Vec<KeyCredentials> = env
                        .keys
                        .iter()
                        .map(|k| {
                            let id = k.id.clone().unwrap_or_default();
                            let secret = k.secret.clone().unwrap_or_default();
                            KeyCredentials {
                                header_value: k.kind.header_value(&id, &secret),
                                id,
                                kind: k.kind,
                                name: k.name.clone(),
                                secret,
                            }
                        })
                        .collect();
                    let first = |kind| keys.iter().find(|k| k.kind == kind).map(|k| k.header_value.clone());
                    EnvironmentCredentials {
                        id: env.id.clone().unwrap_or_default(),
                        name: env.name.clone(),
                        slug: env.slug.clone().unwrap_or_default(),
                        ingest_key: first(KeyKind::Ingest),
                        configuration_key: first(KeyKind::Configuration),
                        keys,
                    }
                })
                .collect(),
        }
    }

    /// `Authorization: Bearer` value of the management key (`ID:SECRET`).
    pub fn management_bearer(&self) -> String {
        format!("{}:{}", self.management_key_id, self.management_key_secret)
    }

    /// The environment with this slug.
    pub fn environment(&self, slug: &str) -> Option<&EnvironmentCredentials> {
        self.environments.iter().find(|e| e.slug == slug)
    }

    /// The first environment (the demo's `test`).
    pub fn default_environment(&self) -> Option<&EnvironmentCredentials> {
        self.environments.first()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_secrets_differ_per_call_and_have_honeycomb_shapes() {
        let (a, b) = (Seed::demo(), Seed::demo());
        assert_ne!(a.management_key.secret, b.management_key.secret);
        let creds = SeededCredentials::from_seed(&a);
        let env = creds.environment("test").unwrap();
        let ingest = env.ingest_key.as_ref().unwrap();
        assert!(ingest.starts_with("hcxik_") && ingest.len() == 6 + 26 + 32);
        assert_eq!(env.configuration_key.as_ref().unwrap().len(), 32);
        assert!(creds.management_key_id.starts_with("hcxmk_"));
    }

    #[test]
    fn seed_file_keeps_given_secrets() {
        let key_id = format!("hcxmk_{}", random_lower_alnum(26));
        let text = r#"{"team":{"name":"Demo Team"},
            "management_key":{"id":"KEY_ID","secret":"s3cret"},
            "environments":[{"name":"Prod Env","keys":[
                {"type":"configuration","name":"cfg","secret":"cfgsecret","permissions":{"run_queries":true}}]}]}"#
            .replace("KEY_ID", &key_id);
        let dir = std::env::temp_dir().join(format!("hc-seed-{}", random_alnum(8)));
        std::fs::write(&dir, text).unwrap();
        let seed = Seed::from_file(&dir).unwrap();
        std::fs::remove_file(&dir).ok();
        let creds = SeededCredentials::from_seed(&seed);
        assert_eq!(creds.team_slug, "demo-team");
        assert_eq!(creds.management_bearer(), format!("{key_id}:s3cret"));
        let env = creds.environment("prod-env").unwrap();
        assert_eq!(env.configuration_key.as_deref(), Some("cfgsecret"));
        assert!(seed.environments[0].keys[0].permissions.run_queries);
    }
}
