//! What Honeycomb has: the environment's objects read into the same normal form as the file
//! ([`Setup`]), and the IDs the executor needs to change them ([`Ids`]). Reads only.
//!
//! What is read: the key's environment (`/1/auth`), the datasets, the team's recipients, and for each
//! scope the file manages (every scope, for `export`): its columns, calculated fields, marker settings,
//! saved queries (each one's query, which has no list), triggers; every SLO with its burn alerts (each
//! alert's recipients need a read of its own: the list leaves them out); the boards and their views when
//! the file has boards. One read a collection and one per saved query and burn alert: no object is read
//! twice.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::file::canonical_query;
use super::model::{
    Board, BurnAlert, BurnKind, CalculatedField, Column, ENVIRONMENT_WIDE, Notify, Panel, PanelContent, Position, Recipient, RecipientKey,
    SavedQuery, Scope, Setup, Slo, Threshold, Trigger, ViewFilter,
};
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::objects::{self, NotificationRecipient, Tag};
use crate::honeycomb::query::QueryAnnotation;
use crate::honeycomb::v1::{Dataset, EnvironmentAuth};
use crate::honeycomb::{HoneycombClient, HoneycombErrorKind};

/// Which parts of the environment to read.
#[derive(Debug, Clone, Default)]
pub struct Reach {
    /// Scope keys (dataset names as the file writes them, `__all__`); `None`: every scope.
    pub scopes: Option<Vec<String>>,
    pub boards: bool,
}

/// The IDs of what exists, by the names the plan uses.
#[derive(Debug, Clone, Default)]
pub struct Ids {
    /// Scope key → the dataset's slug (for the API's paths).
    pub datasets: BTreeMap<String, String>,
    pub recipients: BTreeMap<RecipientKey, String>,
    /// (scope, column) → column ID.
    pub columns: BTreeMap<(String, String), String>,
    pub calculated_fields: BTreeMap<(String, String), String>,
    pub marker_settings: BTreeMap<(String, String), String>,
    /// (scope, saved query name) → its annotation (ID and query ID).
    pub queries: BTreeMap<(String, String), QueryAnnotation>,
    pub triggers: BTreeMap<(String, String), String>,
    pub slos: BTreeMap<String, String>,
    /// SLO name → its burn alerts' IDs, in the order of the SLO's `burn_alerts`.
    pub burn_alerts: BTreeMap<String, Vec<String>>,
    pub boards: BTreeMap<String, String>,
    /// (board, view) → view ID.
    pub views: BTreeMap<(String, String), String>,
}

impl Ids {
    /// The slug for a scope key: the dataset's, `__all__` as is, else the key (a dataset to create).
    pub fn slug(&self, scope: &str) -> String {
        self.datasets.get(scope).cloned().unwrap_or_else(|| scope.to_owned())
    }
}

/// The environment as read.
#[derive(Debug, Clone, Default)]
pub struct Remote {
    pub setup: Setup,
    pub ids: Ids,
    pub auth: EnvironmentAuth,
    pub datasets: Vec<Dataset>,
    /// Scope key → the names of its real columns (for the file's references to check).
    pub column_names: BTreeMap<String, BTreeSet<String>>,
    /// Objects Honeycomb has twice under one name: the plan cannot tell which one the file means.
    pub ambiguous: Vec<String>,
    /// Honeycomb refused the SLO API (403: a Free team, or a key without Manage SLOs): its answer.
    pub slos_refused: Option<String>,
}

/// The scope key a dataset is known by: the file's key when one names it (by name or slug, without
/// case), else its name.
fn scope_key(dataset: &Dataset, wanted: Option<&[String]>) -> String {
    let named = wanted.into_iter().flatten().find(|key| key.eq_ignore_ascii_case(&dataset.slug) || key.eq_ignore_ascii_case(&dataset.name));
    named.cloned().unwrap_or_else(|| dataset.name.clone())
}

pub fn tags(tags: &[Tag]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = tags.iter().map(|tag| (tag.key.clone(), tag.value.clone())).collect();
    out.sort();
    out
}

/// Drops empty lists and mappings, so `headers: {}` and no headers compare equal.
pub fn without_empty(value: Value) -> Option<Value> {
    match value {
        Value::Array(items) if items.is_empty() => None,
        Value::Object(map) => {
            let map: serde_json::Map<String, Value> = map.into_iter().filter_map(|(k, v)| without_empty(v).map(|v| (k, v))).collect();
            (!map.is_empty()).then_some(Value::Object(map))
        }
        other => Some(other),
    }
}

/// A recipient's target: what identifies it within its type.
pub fn target_of(kind: &str, details: &Value) -> String {
    let field = match kind {
        "email" => "email_address",
        "slack" => "slack_channel",
        "pagerduty" => "pagerduty_integration_name",
        _ => "webhook_name",
    };
    details.get(field).and_then(Value::as_str).unwrap_or_default().to_owned()
}

fn notifies(recipients: &[NotificationRecipient], by_id: &BTreeMap<String, RecipientKey>) -> Vec<Notify> {
    let mut out: Vec<Notify> = recipients
        .iter()
        .map(|r| {
            let recipient = by_id
                .get(&r.id)
                .cloned()
                .unwrap_or_else(|| RecipientKey::new(r.kind.as_deref().unwrap_or("unknown"), r.target.as_deref().unwrap_or(&r.id)));
            let details = r.details.clone().unwrap_or_default();
            let severity = details.get("pagerduty_severity").and_then(Value::as_str).map(str::to_owned);
            let severity = if recipient.kind == "pagerduty" { Some(severity.unwrap_or_else(|| "critical".to_owned())) } else { severity };
            let variables = details
                .get("variables")
                .and_then(Value::as_array)
                .map(|vars| {
                    vars.iter()
                        .filter_map(|v| Some((v["name"].as_str()?.to_owned(), v["value"].as_str().unwrap_or_default().to_owned())))
                        .collect()
                })
                .unwrap_or_default();
            Notify { recipient, severity, variables }
        })
        .collect();
    out.sort();
    out
}

fn burn_alert(alert: &objects::BurnAlert, by_id: &BTreeMap<String, RecipientKey>) -> BurnAlert {
    let kind = match alert.alert_type.as_str() {
        "budget_rate" => BurnKind::BudgetRate {
            budget_rate_window_minutes: alert.budget_rate_window_minutes.unwrap_or_default(),
            budget_rate_decrease_threshold_per_million: alert.budget_rate_decrease_threshold_per_million.unwrap_or_default(),
        },
        _ => BurnKind::ExhaustionTime { exhaustion_minutes: alert.exhaustion_minutes.unwrap_or_default() },
    };
    BurnAlert { kind, description: alert.description.clone(), recipients: notifies(&alert.recipients, by_id) }
}

/// Reads what `reach` covers. `wanted_scopes` are the file's scope keys (to name datasets as it does).
pub async fn fetch(client: &HoneycombClient<'_>, reach: &Reach) -> CliResult<Remote> {
    let mut remote = Remote { auth: client.environment_auth().await?, datasets: client.list_datasets().await?, ..Remote::default() };
    let wanted = reach.scopes.as_deref();
    let mut scopes: Vec<(String, String)> = Vec::new();
    for dataset in &remote.datasets {
        let key = scope_key(dataset, wanted);
        remote.ids.datasets.insert(key.clone(), dataset.slug.clone());
        if wanted.is_none_or(|w| w.contains(&key)) {
            scopes.push((key, dataset.slug.clone()));
        }
    }
    if wanted.is_none_or(|w| w.iter().any(|k| k == ENVIRONMENT_WIDE)) {
        remote.ids.datasets.insert(ENVIRONMENT_WIDE.to_owned(), ENVIRONMENT_WIDE.to_owned());
        scopes.push((ENVIRONMENT_WIDE.to_owned(), ENVIRONMENT_WIDE.to_owned()));
    }
    let slug_to_key: BTreeMap<String, String> = remote.ids.datasets.iter().map(|(k, s)| (s.clone(), k.clone())).collect();

    let mut by_id: BTreeMap<String, RecipientKey> = BTreeMap::new();
    for recipient in client.list_recipients().await? {
        let key = RecipientKey::new(&recipient.kind, &target_of(&recipient.kind, &recipient.details));
        let details = match without_empty(recipient.details.clone()) {
            Some(Value::Object(map)) => map.into_iter().collect(),
            _ => BTreeMap::new(),
        };
        if remote.setup.recipients.contains_key(&key) {
            remote.ambiguous.push(format!("two {} recipients are {:?}", key.kind, key.target));
        }
        by_id.insert(recipient.id.clone(), key.clone());
        remote.ids.recipients.insert(key.clone(), recipient.id.clone());
        remote.setup.recipients.insert(key.clone(), Recipient { name: String::new(), key, details, unset_secrets: Vec::new() });
    }

    for (key, slug) in &scopes {
        let scope = read_scope(client, &mut remote, key, slug, &by_id).await?;
        remote.setup.scopes.insert(key.clone(), scope);
    }

    // SLOs are the environment's; those of scopes not read are left out (unless every scope is read).
    let slos = match client.list_slos(ENVIRONMENT_WIDE).await {
        Ok(slos) => slos,
        // SLOs are a Pro and Enterprise feature: a Free team (or a key without Manage SLOs) has none to
        // compare; the planner tells a file that asks for some.
        Err(err) if err.kind == HoneycombErrorKind::Forbidden => {
            remote.slos_refused = Some(err.summary.clone());
            Vec::new()
        }
        Err(err) => return Err(err.into()),
    };
    let slo_names: BTreeMap<String, String> = slos.iter().map(|slo| (slo.id.clone(), slo.name.clone())).collect();
    for slo in slos {
        let mut datasets: Vec<String> =
            slo.dataset_slugs.iter().map(|s| slug_to_key.get(s).cloned().unwrap_or_else(|| s.clone())).collect();
        datasets.sort();
        let reachable = wanted.is_none_or(|w| {
            let all = w.iter().any(|k| k == ENVIRONMENT_WIDE);
            if datasets.len() > 1 { all } else { datasets.iter().all(|d| w.contains(d)) }
        });
        if !reachable {
            continue;
        }
        if remote.setup.slos.contains_key(&slo.name) {
            remote.ambiguous.push(format!("two SLOs are named {:?}", slo.name));
            continue;
        }
        let path_scope = slo.dataset_slugs.first().cloned().unwrap_or_else(|| ENVIRONMENT_WIDE.to_owned());
        let mut alerts = Vec::new();
        let mut alert_ids = Vec::new();
        for listed in client.list_burn_alerts(&path_scope, &slo.id).await? {
            let alert = client.get_burn_alert(&path_scope, &listed.id).await?;
            alerts.push(burn_alert(&alert, &by_id));
            alert_ids.push(alert.id);
        }
        remote.ids.slos.insert(slo.name.clone(), slo.id.clone());
        remote.ids.burn_alerts.insert(slo.name.clone(), alert_ids);
        remote.setup.slos.insert(
            slo.name.clone(),
            Slo {
                description: slo.description.clone(),
                sli: slo.sli.alias.clone(),
                datasets,
                time_period_days: slo.time_period_days,
                target_per_million: slo.target_per_million,
                tags: tags(&slo.tags),
                burn_alerts: alerts,
            },
        );
    }

    if reach.boards {
        read_boards(client, &mut remote, &slo_names, &slug_to_key).await?;
    }
    Ok(remote)
}

async fn read_scope(
    client: &HoneycombClient<'_>,
    remote: &mut Remote,
    key: &str,
    slug: &str,
    by_id: &BTreeMap<String, RecipientKey>,
) -> CliResult<Scope> {
    let mut scope = Scope::default();
    if key != ENVIRONMENT_WIDE {
        let mut names = BTreeSet::new();
        for column in client.list_column_records(slug).await? {
            names.insert(column.key_name.clone());
            remote.ids.columns.insert((key.to_owned(), column.key_name.clone()), column.id.clone());
            scope.columns.insert(
                column.key_name.clone(),
                Column { column_type: column.column_type.clone(), description: column.description.clone(), hidden: column.hidden },
            );
        }
        remote.column_names.insert(key.to_owned(), names);
    }
    for field in client.list_derived_columns(slug).await? {
        remote.ids.calculated_fields.insert((key.to_owned(), field.alias.clone()), field.id.clone());
        scope.calculated_fields.insert(
            field.alias.clone(),
            CalculatedField { expression: field.expression.clone(), description: field.description.clone(), renamed_from: Vec::new() },
        );
    }
    for setting in client.list_marker_settings(slug).await? {
        remote.ids.marker_settings.insert((key.to_owned(), setting.kind.clone()), setting.id.clone());
        scope.marker_colors.insert(setting.kind.clone(), setting.color.clone());
    }
    read_saved_queries(client, remote, &mut scope, key, slug).await?;
    for trigger in client.list_triggers(slug).await? {
        if scope.triggers.contains_key(&trigger.name) {
            remote.ambiguous.push(format!("two triggers of {key} are named {:?}", trigger.name));
            continue;
        }
        let schedule =
            match trigger.evaluation_schedule_type.as_deref() {
                Some("window") => trigger.evaluation_schedule.as_ref().and_then(|s| s.get("window")).map(
                    |w| serde_json::json!({"days_of_week": w["days_of_week"], "start_time": w["start_time"], "end_time": w["end_time"]}),
                ),
                _ => None,
            };
        let baseline = trigger.baseline_details.clone().and_then(without_empty);
        remote.ids.triggers.insert((key.to_owned(), trigger.name.clone()), trigger.id.clone());
        scope.triggers.insert(
            trigger.name.clone(),
            Trigger {
                description: trigger.description.clone(),
                query: trigger.query.as_ref().map(canonical_query).unwrap_or_default(),
                threshold: Threshold {
                    op: trigger.threshold.op.clone(),
                    value: trigger.threshold.value,
                    exceeded_limit: trigger.threshold.exceeded_limit.unwrap_or(1),
                },
                frequency: trigger.frequency,
                alert_type: trigger.alert_type.clone().unwrap_or_else(|| "on_change".to_owned()),
                disabled: trigger.disabled,
                recipients: notifies(&trigger.recipients, by_id),
                tags: tags(&trigger.tags),
                schedule,
                baseline,
            },
        );
    }
    Ok(scope)
}

/// Saved queries: the query annotations (not a board's own) and each one's query.
async fn read_saved_queries(client: &HoneycombClient<'_>, remote: &mut Remote, scope: &mut Scope, key: &str, slug: &str) -> CliResult {
    for annotation in client.list_query_annotations(slug).await? {
        if annotation.source.as_deref() == Some("board") {
            continue;
        }
        if scope.queries.contains_key(&annotation.name) {
            remote.ambiguous.push(format!("two saved queries of {key} are named {:?}", annotation.name));
            continue;
        }
        let query = client.get_query(slug, &annotation.query_id).await?;
        scope.queries.insert(
            annotation.name.clone(),
            SavedQuery { description: annotation.description.clone().unwrap_or_default(), query: canonical_query(&query.spec) },
        );
        remote.ids.queries.insert((key.to_owned(), annotation.name.clone()), annotation);
    }
    Ok(())
}

async fn read_boards(
    client: &HoneycombClient<'_>,
    remote: &mut Remote,
    slo_names: &BTreeMap<String, String>,
    slug_to_key: &BTreeMap<String, String>,
) -> CliResult {
    let boards = client.list_boards().await?;
    for board in boards {
        if remote.setup.boards.contains_key(&board.name) {
            remote.ambiguous.push(format!("two boards are named {:?}", board.name));
            continue;
        }
        let mut panels = Vec::with_capacity(board.panels.len());
        for panel in &board.panels {
            let position = panel.position.as_ref().map_or(Position { x: 0, y: 0, width: 0, height: 0 }, |p| Position {
                x: p.x_coordinate,
                y: p.y_coordinate,
                width: p.width,
                height: p.height,
            });
            let content = match (panel.kind.as_str(), &panel.query_panel, &panel.slo_panel, &panel.text_panel) {
                ("query", Some(query), _, _) => {
                    let scope = query_scope(remote, query, slug_to_key);
                    if !remote.setup.scopes.contains_key(&scope) && remote.ids.datasets.contains_key(&scope) {
                        let slug = remote.ids.slug(&scope);
                        let mut fetched = Scope::default();
                        read_saved_queries(client, remote, &mut fetched, &scope, &slug).await?;
                        remote.setup.scopes.entry(scope.clone()).or_default().queries.extend(fetched.queries);
                    }
                    let name = remote
                        .ids
                        .queries
                        .iter()
                        .find(|(_, annotation)| annotation.id == query.query_annotation_id)
                        .map(|((_, name), _)| name.clone())
                        .unwrap_or_else(|| format!("(query annotation {})", query.query_annotation_id));
                    let visualization = query.visualization_settings.clone().and_then(without_empty);
                    PanelContent::Query {
                        dataset: scope,
                        name,
                        style: query.query_style.clone().unwrap_or_else(|| "graph".to_owned()),
                        visualization,
                    }
                }
                ("slo", _, Some(slo), _) => {
                    PanelContent::Slo { name: slo_names.get(&slo.slo_id).cloned().unwrap_or_else(|| format!("(SLO {})", slo.slo_id)) }
                }
                (_, _, _, Some(text)) => PanelContent::Text { content: text.content.clone() },
                (kind, ..) => {
                    return Err(CliError::new(
                        ErrorKind::Rejected,
                        format!("board {:?}: a {kind} panel this tool does not know", board.name),
                    ));
                }
            };
            panels.push(Panel { content, position });
        }
        let mut views = BTreeMap::new();
        for view in client.list_board_views(&board.id).await? {
            remote.ids.views.insert((board.name.clone(), view.name.clone()), view.id.clone());
            let filters = view
                .filters
                .iter()
                .map(|f| ViewFilter { column: f.column.clone(), op: f.operation.clone(), value: f.value.clone().filter(|v| !v.is_null()) })
                .collect();
            views.insert(view.name.clone(), filters);
        }
        remote.ids.boards.insert(board.name.clone(), board.id.clone());
        remote.setup.boards.insert(
            board.name.clone(),
            Board {
                description: board.description.clone(),
                panels,
                tags: tags(&board.tags),
                preset_filters: board.preset_filters.iter().map(|f| (f.column.clone(), f.alias.clone())).collect(),
                views,
            },
        );
    }
    Ok(())
}

/// The scope of a board's query: the panel's dataset (by name), or environment-wide when empty.
fn query_scope(remote: &Remote, query: &objects::QueryPanel, slug_to_key: &BTreeMap<String, String>) -> String {
    match query.dataset.as_deref().filter(|d| !d.is_empty()) {
        None => ENVIRONMENT_WIDE.to_owned(),
        Some(name) => remote
            .datasets
            .iter()
            .find(|d| d.name == name || d.slug == name)
            .and_then(|d| slug_to_key.get(&d.slug).cloned())
            .unwrap_or_else(|| name.to_owned()),
    }
}
