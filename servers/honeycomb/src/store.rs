//! The server's state: the team registry (environments, keys, recipients) and each environment's
//! data (datasets with their events, queries, query results, annotations, markers, and the
//! configuration objects: boards, triggers, SLOs, burn alerts, calculated fields, marker settings).
//!
//! Locking: the registry is one `RwLock` (small, rarely written). Each environment's data has
//! its own `RwLock`, so ingest into one environment never blocks management calls or another
//! environment, and query runs take a read lock on a blocking thread. Lock order: the registry
//! before an environment's data, never the other way (recipients are team-wide, in the registry,
//! and deleting one checks every environment's alerts).

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
    /// Team-wide, in creation order: "Recipients are team-wide and NOT environment-specific".
    pub recipients: Vec<Recipient>,
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
            recipients: Vec::new(),
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
    /// In creation order (each with its views).
    pub boards: Vec<Board>,
    pub triggers: Vec<Trigger>,
    pub slos: Vec<Slo>,
    pub burn_alerts: Vec<BurnAlert>,
    /// Calculated fields (derived columns), of a dataset or `__all__`.
    pub derived_columns: Vec<DerivedColumn>,
    pub marker_settings: Vec<MarkerSetting>,
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

/// A notification recipient (team-wide). `details` is the type's object as stored.
#[derive(Clone)]
pub struct Recipient {
    pub id: String,
    /// `email`, `slack`, `pagerduty`, `webhook`, `msteams` or `msteams_workflow`.
    pub kind: String,
    pub details: Value,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Recipient {
    /// What an alert's recipient list shows as `target` (and what the deprecated
    /// `type` + `target` form matches): the address, channel, integration or webhook name.
    pub fn target(&self) -> String {
        let field = match self.kind.as_str() {
            "email" => "email_address",
            "slack" => "slack_channel",
            "pagerduty" => "pagerduty_integration_name",
            _ => "webhook_name",
        };
        self.details.get(field).and_then(Value::as_str).unwrap_or_default().to_owned()
    }

    /// A webhook's declared template variable names.
    pub fn template_variables(&self) -> Vec<String> {
        self.details
            .pointer("/webhook_payloads/template_variables")
            .and_then(Value::as_array)
            .map(|vars| vars.iter().filter_map(|v| v.get("name").and_then(Value::as_str).map(str::to_owned)).collect())
            .unwrap_or_default()
    }
}

/// One recipient of a trigger or burn alert, with its per-alert details (PagerDuty severity,
/// webhook variables), normalised with the defaults filled in.
#[derive(Clone, Debug, PartialEq)]
pub struct RecipientTarget {
    pub id: String,
    pub details: Option<Value>,
}

/// A flexible board. Panels are stored as answered (positions computed, defaults filled).
pub struct Board {
    pub id: String,
    pub name: String,
    pub description: String,
    pub panels: Vec<Value>,
    pub tags: Vec<Value>,
    pub preset_filters: Vec<Value>,
    pub views: Vec<BoardView>,
    pub created_at: i64,
    pub updated_at: i64,
}

pub struct BoardView {
    pub id: String,
    pub name: String,
    pub filters: Vec<Value>,
}

/// A trigger: its query is a stored query (an inline query is stored as one, as Honeycomb does).
pub struct Trigger {
    pub id: String,
    /// Dataset slug, or `__all__`.
    pub dataset: String,
    pub name: String,
    pub description: String,
    pub tags: Vec<Value>,
    /// `{op, value, exceeded_limit}` with the default limit filled in.
    pub threshold: Value,
    pub frequency: i64,
    pub alert_type: String,
    pub disabled: bool,
    pub recipients: Vec<RecipientTarget>,
    pub evaluation_schedule_type: String,
    pub evaluation_schedule: Option<Value>,
    pub baseline_details: Option<Value>,
    pub query_id: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// An SLO. Its SLI is held by the calculated field's ID, so a renamed field is still its SLI (and
/// the SLO answers the new alias).
pub struct Slo {
    pub id: String,
    /// The path's dataset slug, or `__all__`.
    pub dataset: String,
    pub dataset_slugs: Vec<String>,
    pub name: String,
    pub description: String,
    pub sli_id: String,
    pub time_period_days: i64,
    pub target_per_million: i64,
    pub tags: Vec<Value>,
    pub created_at: i64,
    pub updated_at: i64,
}

pub struct BurnAlert {
    pub id: String,
    pub dataset: String,
    pub slo_id: String,
    /// `exhaustion_time` or `budget_rate`.
    pub alert_type: String,
    pub exhaustion_minutes: Option<i64>,
    pub budget_rate_window_minutes: Option<i64>,
    pub budget_rate_decrease_threshold_per_million: Option<i64>,
    pub description: String,
    pub recipients: Vec<RecipientTarget>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A calculated field (derived column).
pub struct DerivedColumn {
    pub id: String,
    /// Dataset slug, or `__all__`.
    pub dataset: String,
    pub alias: String,
    pub expression: String,
    pub description: String,
    pub created_at: i64,
    pub updated_at: i64,
}

pub struct MarkerSetting {
    pub id: String,
    pub dataset: String,
    pub kind: String,
    pub color: String,
    pub created_at: i64,
    pub updated_at: Option<i64>,
}
