//! The server's state: the team registry (environments, keys) and each environment's data
//! (datasets with their events, queries, query results, annotations, markers).
//!
//! Locking: the registry is one `RwLock` (small, rarely written). Each environment's data has
//! its own `RwLock`, so ingest into one environment never blocks management calls or another
//! environment, and query runs take a read lock on a blocking thread.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use std::time::Instant;

use serde_json::Value;

use crate::config::Config;
use crate::errors::ApiError;
use crate::faults::FaultTable;
use crate::keys::{KeyKind, Permissions, Scope};
use crate::limits::RateLimiter;
use crate::seed::{Seed, SeededCredentials};
use crate::stats::{Creation, StatsCollector};
use crate::util::{now_secs, slugify};
use cruddur_engine::query::QuerySpec;
use cruddur_engine::table::{EventTable, Interner};

/// Shared by every handler.
pub type AppState = Arc<ServerState>;

pub struct ServerState {
    pub config: Config,
    /// The resolved seed: what `reset` restores.
    pub seed: Seed,
    pub credentials: SeededCredentials,
    pub registry: RwLock<Registry>,
    pub stats: StatsCollector,
    pub faults: Mutex<FaultTable>,
    pub limiter: Mutex<RateLimiter>,
}

pub struct Team {
    pub id: String,
    pub name: String,
    pub slug: String,
}

pub struct ManagementKeyRecord {
    pub id: String,
    pub secret: String,
    pub name: String,
    pub scopes: Vec<Scope>,
    pub created_at: i64,
}

/// An environment, as the v2 API sees it; its data lives behind its own lock.
pub struct EnvRecord {
    pub id: String,
    pub name: String,
    pub slug: String,
    pub description: String,
    pub color: String,
    pub delete_protected: bool,
    pub created_at: i64,
    pub updated_at: i64,
    pub data: Arc<RwLock<EnvData>>,
}

/// An ingest or configuration key.
pub struct KeyRecord {
    pub id: String,
    pub kind: KeyKind,
    pub name: String,
    pub secret: String,
    pub disabled: bool,
    pub permissions: Permissions,
    pub env_id: String,
    pub created_at: i64,
    pub updated_at: i64,
}

impl KeyRecord {
    pub fn header_value(&self) -> String {
        self.kind.header_value(&self.id, &self.secret)
    }
}

pub struct Registry {
    pub team: Team,
    pub management_key: ManagementKeyRecord,
    /// In creation order (the v2 list order and its cursor).
    pub environments: Vec<EnvRecord>,
    /// In creation order.
    pub keys: Vec<KeyRecord>,
}

impl Registry {
    fn from_seed(seed: &Seed) -> Registry {
        let now = now_secs();
        let mk = &seed.management_key;
        let mut registry = Registry {
            team: Team {
                id: format!("hcxtm_{}", crate::util::random_lower_alnum(26)),
                name: seed.team.name.clone(),
                slug: seed.team.slug.clone().unwrap_or_default(),
            },
            management_key: ManagementKeyRecord {
                id: mk.id.clone().unwrap_or_default(),
                secret: mk.secret.clone().unwrap_or_default(),
                name: mk.name.clone(),
                scopes: mk.scopes.clone(),
                created_at: now,
            },
            environments: Vec::new(),
            keys: Vec::new(),
        };
        for env in &seed.environments {
            let env_id = env.id.clone().unwrap_or_default();
            registry.environments.push(EnvRecord {
                id: env_id.clone(),
                name: env.name.clone(),
                slug: env.slug.clone().unwrap_or_else(|| slugify(&env.name)),
                description: env.description.clone(),
                color: env.color.clone(),
                delete_protected: env.delete_protected,
                created_at: now,
                updated_at: now,
                data: Arc::default(),
            });
            for key in &env.keys {
                registry.keys.push(KeyRecord {
                    id: key.id.clone().unwrap_or_default(),
                    kind: key.kind,
                    name: key.name.clone(),
                    secret: key.secret.clone().unwrap_or_default(),
                    disabled: key.disabled,
                    permissions: key.permissions,
                    env_id: env_id.clone(),
                    created_at: now,
                    updated_at: now,
                });
            }
        }
        registry
    }

    pub fn environment(&self, id: &str) -> Option<&EnvRecord> {
        self.environments.iter().find(|e| e.id == id)
    }

    pub fn environment_mut(&mut self, id: &str) -> Option<&mut EnvRecord> {
        self.environments.iter_mut().find(|e| e.id == id)
    }

    pub fn key(&self, id: &str) -> Option<&KeyRecord> {
        self.keys.iter().find(|k| k.id == id)
    }
}

impl ServerState {
    pub fn new(config: Config) -> ServerState {
        let seed = config.seed.clone().resolved();
        ServerState {
            credentials: SeededCredentials::from_seed(&seed),
            registry: RwLock::new(Registry::from_seed(&seed)),
            seed,
            config,
            stats: StatsCollector::default(),
            faults: Mutex::default(),
            limiter: Mutex::default(),
        }
    }

    /// Back to the seeded state: data, environments and keys created since are gone, the
    /// seeded credentials stay valid, counters, faults and rate-limit windows are cleared.
    pub fn reset(&self) {
        *self.registry_mut() = Registry::from_seed(&self.seed);
        self.stats.reset();
        self.faults.lock().unwrap_or_else(|e| e.into_inner()).clear();
        self.limiter.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    pub fn registry(&self) -> std::sync::RwLockReadGuard<'_, Registry> {
        self.registry.read().unwrap_or_else(|e| e.into_inner())
    }

    pub fn registry_mut(&self) -> std::sync::RwLockWriteGuard<'_, Registry> {
        self.registry.write().unwrap_or_else(|e| e.into_inner())
    }

    pub fn created(&self, what: Creation) {
        self.stats.created(what);
    }
}

/// One environment's data.
#[derive(Default)]
pub struct EnvData {
    pub strings: Interner,
    /// By slug.
    pub datasets: BTreeMap<String, Dataset>,
    pub queries: BTreeMap<String, StoredQuery>,
    pub runs: BTreeMap<String, QueryRun>,
    /// In creation order.
    pub annotations: Vec<Annotation>,
    /// In creation order.
    pub markers: Vec<Marker>,
}

/// The pseudo-dataset for environment-wide operations.
pub use cruddur_engine::ALL_DATASETS;

impl EnvData {
    /// The dataset with this slug, or whose name matches case-insensitively.
    pub fn dataset(&self, slug_or_name: &str) -> Option<&Dataset> {
        self.datasets.get(slug_or_name).or_else(|| self.datasets.get(&slugify(slug_or_name)))
    }

    pub fn dataset_mut(&mut self, slug_or_name: &str) -> Option<&mut Dataset> {
        let slug = if self.datasets.contains_key(slug_or_name) { slug_or_name.to_owned() } else { slugify(slug_or_name) };
        self.datasets.get_mut(&slug)
    }

    /// Creates a dataset unless one with this name exists; `true` if created.
    pub fn ensure_dataset(&mut self, name: &str) -> (String, bool) {
        let slug = slugify(name);
        if self.datasets.contains_key(&slug) {
            return (slug, false);
        }
        self.datasets.insert(slug.clone(), Dataset::new(name, &slug));
        (slug, true)
    }

    /// The dataset's slug if it exists, `__all__` as is, else a 404.
    pub fn check_dataset_or_all(&self, slug: &str) -> Result<String, ApiError> {
        if slug == ALL_DATASETS {
            return Ok(slug.to_owned());
        }
        self.dataset(slug).map(|d| d.slug.clone()).ok_or_else(|| ApiError::not_found("dataset not found"))
    }
}

pub struct Dataset {
    pub name: String,
    pub slug: String,
    pub description: String,
    pub expand_json_depth: u8,
    pub delete_protected: bool,
    pub created_at: i64,
    pub last_written_at: Option<i64>,
    pub events: EventTable,
}

impl Dataset {
    pub fn new(name: &str, slug: &str) -> Dataset {
        Dataset {
            name: name.to_owned(),
            slug: slug.to_owned(),
            description: String::new(),
            expand_json_depth: 0,
            delete_protected: false,
            created_at: now_secs(),
            last_written_at: None,
            events: EventTable::default(),
        }
    }
}

/// A query spec as created (immutable, as Honeycomb's are).
pub struct StoredQuery {
    pub id: String,
    /// Dataset slug, or `__all__`.
    pub dataset: String,
    pub spec: QuerySpec,
}

/// What a finished run produced: `data` or an error message (a failed query).
pub type RunOutcome = Result<Value, String>;

/// A query result: created, run in the background, visible as complete after `ready_at`.
pub struct QueryRun {
    pub id: String,
    pub dataset: String,
    pub query_id: String,
    pub created_at: i64,
    pub ready_at: Instant,
    pub outcome: Arc<OnceLock<RunOutcome>>,
}

pub struct Annotation {
    pub id: String,
    pub dataset: String,
    pub name: String,
    pub description: String,
    pub query_id: String,
    pub created_at: i64,
    pub updated_at: i64,
}

pub struct Marker {
    pub id: String,
    pub dataset: String,
    pub start_time: Option<i64>,
    pub end_time: Option<i64>,
    pub message: Option<String>,
    pub kind: Option<String>,
    pub url: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}
