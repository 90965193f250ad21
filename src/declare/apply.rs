//! Executing a plan's steps, in its order, keeping the IDs of what it creates for the steps after it
//! (a recipient's for the trigger that notifies it, a saved query's for the board that shows it).
//!
//! A create whose answer is lost (a time-out, a cut-off answer, a 5xx) may have happened: the object is
//! looked up by its natural key (a recipient's target, a name in its scope) and, when found, taken as
//! created; when not, it is sent once more. So a run never makes an object twice, and a run that stops
//! half-way is completed by running it again (it plans only what is left).

use std::collections::BTreeMap;

use serde_json::Value;

use super::file::XrayGroup;
use super::model::{BurnAlert, BurnKind, ENVIRONMENT_WIDE, Notify, PanelContent, Setup, Slo, Trigger};
use super::plan::{Action, Kind, Plan, Step};
use super::remote::{Ids, target_of};
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::honeycomb::objects::{
    self, BoardBody, BoardViewBody, BurnAlertBody, ColumnBody, DerivedColumnBody, MarkerSettingBody, NotificationRecipient, Panel,
    PanelPosition, PresetFilter, QueryPanel, RecipientBody, SliRef, SloBody, SloPanel, SloRef, Tag, TextPanel, TriggerBody,
};
use crate::honeycomb::query::{NewQueryAnnotation, QueryAnnotation, QuerySpec};
use crate::honeycomb::{HoneycombClient, HoneycombError};
use crate::xray::XrayClient;
use crate::xray::client::InsightsUpdate;

/// What happened to one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// `plan` (or a declined deletion): would be done.
    Planned,
    Done,
    Unchanged,
    Failed,
    /// Not attempted: an earlier step failed, or deletion was declined.
    Skipped,
}

/// The clients a run needs: Honeycomb's, and X-Ray's when the file has an `xray` section.
pub struct Clients<'a> {
    pub honeycomb: Option<&'a HoneycombClient<'a>>,
    pub xray: Option<&'a XrayClient>,
}

/// Sends a create; when its answer was lost, looks for the object and sends again only if it is not
/// there.
async fn create_or_find<T>(
    context: &Context,
    create: impl AsyncFn() -> Result<T, HoneycombError>,
    find: impl AsyncFn() -> Result<Option<T>, HoneycombError>,
) -> Result<T, HoneycombError> {
    let mut attempt = 1;
    loop {
        match create().await {
            Ok(created) => return Ok(created),
            Err(err) if err.may_have_happened() => {
                context.ui.debug(&format!("{}; looking for it before sending it again", err.summary));
                if let Some(found) = find().await? {
                    return Ok(found);
                }
                if attempt >= 2 {
                    return Err(err);
                }
                attempt += 1;
            }
            Err(err) => return Err(err),
        }
    }
}

fn tags(tags: &[(String, String)]) -> Vec<Tag> {
    tags.iter().map(|(key, value)| Tag { key: key.clone(), value: value.clone() }).collect()
}

fn spec(query: &Value) -> CliResult<QuerySpec> {
    serde_json::from_value(query.clone()).map_err(|err| CliError::internal(format!("a planned query does not read back: {err}")))
}

/// The executor's state: the IDs known so far, and the old versions of replaced saved queries.
pub struct Executor<'a> {
    pub context: &'a Context,
    pub clients: Clients<'a>,
    pub wanted: &'a Setup,
    /// What Honeycomb had when planned (where an object to delete lives).
    pub current: &'a Setup,
    pub xray_groups: BTreeMap<String, XrayGroup>,
    pub ids: Ids,
    /// Annotations of replaced saved queries, deleted once the boards point at the new ones.
    retired: BTreeMap<(String, String), QueryAnnotation>,
}

impl<'a> Executor<'a> {
    pub fn new(
        context: &'a Context,
        clients: Clients<'a>,
        wanted: &'a Setup,
        current: &'a Setup,
        xray_groups: BTreeMap<String, XrayGroup>,
        ids: Ids,
    ) -> Executor<'a> {
        Executor { context, clients, wanted, current, xray_groups, ids, retired: BTreeMap::new() }
    }

    fn honeycomb(&self) -> CliResult<&'a HoneycombClient<'a>> {
        self.clients.honeycomb.ok_or_else(|| CliError::internal("a Honeycomb step without a Honeycomb client"))
    }

    fn recipients(&self, notify: &[Notify]) -> CliResult<Vec<NotificationRecipient>> {
        notify
            .iter()
            .map(|n| {
                let id = self
                    .ids
                    .recipients
                    .get(&n.recipient)
                    .cloned()
                    .ok_or_else(|| CliError::internal(format!("no ID for recipient {}", n.recipient)))?;
                let mut details = serde_json::Map::new();
                if let Some(severity) = &n.severity {
                    details.insert("pagerduty_severity".into(), Value::from(severity.clone()));
                }
                if !n.variables.is_empty() {
                    let vars: Vec<Value> =
                        n.variables.iter().map(|(name, value)| serde_json::json!({"name": name, "value": value})).collect();
                    details.insert("variables".into(), Value::Array(vars));
                }
                Ok(NotificationRecipient { id, kind: None, target: None, details: (!details.is_empty()).then_some(Value::Object(details)) })
            })
            .collect()
    }

    /// Runs one step.
    pub async fn execute(&mut self, step: &Step, plan: &Plan) -> CliResult {
        match step.kind {
            Kind::XrayGroup => return self.xray_group(step, step.action).await,
            Kind::XrayRule => {
                let (Some(xray), Some(rules)) = (self.clients.xray, &plan.rules) else {
                    return Err(CliError::internal("a sampling-rule step without X-Ray"));
                };
                if let Some(rule_step) = rules.steps.iter().find(|s| s.rule_name == step.name) {
                    crate::xray::apply::execute(xray, rule_step).await?;
                }
                return Ok(());
            }
            _ => {}
        }
        let scope = step.scope.clone().unwrap_or_default();
        let slug = self.ids.slug(&scope);
        let client = self.honeycomb()?;
        match (step.kind, step.action) {
            (_, Action::Unchanged) => Ok(()),
            (Kind::Dataset, _) => {
                let (dataset, _) = client.create_dataset(&step.name, None).await?;
                self.ids.datasets.insert(step.name.clone(), dataset.slug);
                Ok(())
            }
            (Kind::Recipient, action) => self.recipient(step, action).await,
            (Kind::Column, action) => {
                let column = &self.wanted.scopes[&scope].columns[&step.name];
                let body = ColumnBody {
                    key_name: &step.name,
                    column_type: column.column_type.as_deref().unwrap_or("string"),
                    description: &column.description,
                    hidden: column.hidden,
                };
                match action {
                    Action::Create => {
                        let created = create_or_find(
                            self.context,
                            async || client.create_column(&slug, &body).await,
                            async || Ok(client.list_column_records(&slug).await?.into_iter().find(|c| c.key_name == step.name)),
                        )
                        .await?;
                        self.ids.columns.insert((scope, step.name.clone()), created.id);
                    }
                    _ => {
                        let id = self.id(&self.ids.columns, &scope, &step.name)?;
                        client.update_column(&slug, &id, &body).await?;
                    }
                }
                Ok(())
            }
            (Kind::CalculatedField, action) => self.calculated_field(step, action, &scope, &slug).await,
            (Kind::MarkerColor, action) => {
                let key = (scope.clone(), step.name.clone());
                match action {
                    Action::Delete => {
                        let id = self.id(&self.ids.marker_settings, &scope, &step.name)?;
                        client.delete_marker_setting(&slug, &id).await?;
                    }
                    _ => {
                        let color = &self.wanted.scopes[&scope].marker_colors[&step.name];
                        let body = MarkerSettingBody { kind: &step.name, color };
                        if action == Action::Create {
                            let created = create_or_find(
                                self.context,
                                async || client.create_marker_setting(&slug, &body).await,
                                async || Ok(client.list_marker_settings(&slug).await?.into_iter().find(|m| m.kind == step.name)),
                            )
                            .await?;
                            self.ids.marker_settings.insert(key, created.id);
                        } else {
                            let id = self.id(&self.ids.marker_settings, &scope, &step.name)?;
                            client.update_marker_setting(&slug, &id, &body).await?;
                        }
                    }
                }
                Ok(())
            }
            (Kind::SavedQuery, action) => self.saved_query(step, action, &scope, &slug).await,
            (Kind::Trigger, action) => {
                match action {
                    Action::Delete => {
                        let id = self.id(&self.ids.triggers, &scope, &step.name)?;
                        client.delete_trigger(&slug, &id).await?;
                    }
                    _ => {
                        let trigger: &Trigger = &self.wanted.scopes[&scope].triggers[&step.name];
                        let query = spec(&trigger.query)?;
                        let body = TriggerBody {
                            name: &step.name,
                            description: &trigger.description,
                            tags: tags(&trigger.tags),
                            threshold: objects::Threshold {
                                op: trigger.threshold.op.clone(),
                                value: trigger.threshold.value,
                                exceeded_limit: Some(trigger.threshold.exceeded_limit),
                            },
                            frequency: trigger.frequency,
                            alert_type: &trigger.alert_type,
                            disabled: trigger.disabled,
                            recipients: self.recipients(&trigger.recipients)?,
                            evaluation_schedule_type: if trigger.schedule.is_some() { "window" } else { "frequency" },
                            evaluation_schedule: trigger.schedule.as_ref().map(|window| serde_json::json!({"window": window})),
                            baseline_details: trigger.baseline.clone(),
                            query: &query,
                        };
                        if action == Action::Create {
                            let created = create_or_find(
                                self.context,
                                async || client.create_trigger(&slug, &body).await,
                                async || Ok(client.list_triggers(&slug).await?.into_iter().find(|t| t.name == step.name)),
                            )
                            .await?;
                            self.ids.triggers.insert((scope, step.name.clone()), created.id);
                        } else {
                            let id = self.id(&self.ids.triggers, &scope, &step.name)?;
                            client.update_trigger(&slug, &id, &body).await?;
                        }
                    }
                }
                Ok(())
            }
            (Kind::Slo, action) => self.slo(step, action).await,
            (Kind::BurnAlert, action) => self.burn_alert(step, action).await,
            (Kind::Board, action) => self.board(step, action).await,
            (Kind::BoardView, action) => self.board_view(step, action).await,
            (Kind::XrayGroup | Kind::XrayRule, _) => Ok(()),
        }
    }

    fn id(&self, map: &BTreeMap<(String, String), String>, scope: &str, name: &str) -> CliResult<String> {
        map.get(&(scope.to_owned(), name.to_owned())).cloned().ok_or_else(|| CliError::internal(format!("no ID for {scope}/{name}")))
    }

    async fn recipient(&mut self, step: &Step, action: Action) -> CliResult {
        let client = self.honeycomb()?;
        let key = self.wanted.recipients.keys().find(|k| k.to_string() == step.name).cloned();
        if action == Action::Delete {
            let id = self.ids.recipients.iter().find(|(k, _)| k.to_string() == step.name).map(|(_, id)| id.clone());
            let id = id.ok_or_else(|| CliError::internal(format!("no ID for recipient {}", step.name)))?;
            client.delete_recipient(&id).await?;
            return Ok(());
        }
        let key = key.ok_or_else(|| CliError::internal(format!("no recipient {}", step.name)))?;
        let recipient = &self.wanted.recipients[&key];
        let details = Value::Object(recipient.details.clone().into_iter().collect());
        let body = RecipientBody { kind: &key.kind, details: &details };
        if action == Action::Create {
            let created = create_or_find(
                self.context,
                async || client.create_recipient(&body).await,
                async || {
                    let all = client.list_recipients().await?;
                    Ok(all.into_iter().find(|r| super::model::RecipientKey::new(&r.kind, &target_of(&r.kind, &r.details)) == key))
                },
            )
            .await?;
            self.ids.recipients.insert(key, created.id);
        } else {
            let id = self.ids.recipients.get(&key).cloned().ok_or_else(|| CliError::internal("no recipient ID"))?;
            client.update_recipient(&id, &body).await?;
        }
        Ok(())
    }

    async fn calculated_field(&mut self, step: &Step, action: Action, scope: &str, slug: &str) -> CliResult {
        let client = self.honeycomb()?;
        if action == Action::Delete {
            let id = self.id(&self.ids.calculated_fields, scope, &step.name)?;
            client.delete_derived_column(slug, &id).await?;
            return Ok(());
        }
        let field = &self.wanted.scopes[scope].calculated_fields[&step.name];
        let body = DerivedColumnBody { alias: &step.name, expression: &field.expression, description: &field.description };
        match action {
            Action::Create => {
                let created = create_or_find(
                    self.context,
                    async || client.create_derived_column(slug, &body).await,
                    async || Ok(client.list_derived_columns(slug).await?.into_iter().find(|d| d.alias == step.name)),
                )
                .await?;
                self.ids.calculated_fields.insert((scope.to_owned(), step.name.clone()), created.id);
            }
            Action::Rename => {
                let old = step.previous.clone().unwrap_or_default();
                let id = self.id(&self.ids.calculated_fields, scope, &old)?;
                client.update_derived_column(slug, &id, &body).await?;
                self.ids.calculated_fields.remove(&(scope.to_owned(), old));
                self.ids.calculated_fields.insert((scope.to_owned(), step.name.clone()), id);
            }
            _ => {
                let id = self.id(&self.ids.calculated_fields, scope, &step.name)?;
                client.update_derived_column(slug, &id, &body).await?;
            }
        }
        Ok(())
    }

    async fn saved_query(&mut self, step: &Step, action: Action, scope: &str, slug: &str) -> CliResult {
        let client = self.honeycomb()?;
        let key = (scope.to_owned(), step.name.clone());
        if action == Action::Delete {
            let annotation = if step.previous.as_deref() == Some("replaced") { self.retired.get(&key) } else { self.ids.queries.get(&key) };
            let annotation = annotation.cloned().ok_or_else(|| CliError::internal(format!("no annotation for {scope}/{}", step.name)))?;
            client.delete_query_annotation(slug, &annotation.id).await?;
            return Ok(());
        }
        let saved = &self.wanted.scopes[scope].queries[&step.name];
        if action == Action::Update {
            let annotation = self.ids.queries.get(&key).cloned().ok_or_else(|| CliError::internal("no annotation"))?;
            let updated = client.update_query_annotation(slug, &annotation, &step.name, &saved.description).await?;
            self.ids.queries.insert(key, updated);
            return Ok(());
        }
        // Create, or replace: a new query (immutable) and a new annotation on it.
        let query = client.create_query(slug, &spec(&saved.query)?).await?;
        let description = (!saved.description.is_empty()).then_some(saved.description.as_str());
        let annotation = NewQueryAnnotation { name: &step.name, description, query_id: &query.id };
        let created = crate::query::saved::create_annotation(self.context, client, slug, &annotation).await?;
        if let Some(old) = self.ids.queries.insert(key.clone(), created)
            && action == Action::Replace
        {
            self.retired.insert(key, old);
        }
        Ok(())
    }

    /// The path scope of an SLO: its dataset, or `__all__` with its datasets' slugs.
    fn slo_scope(&self, slo: &Slo) -> (String, Vec<String>) {
        match slo.datasets.as_slice() {
            [one] => (self.ids.slug(one), Vec::new()),
            many => (ENVIRONMENT_WIDE.to_owned(), many.iter().map(|d| self.ids.slug(d)).collect()),
        }
    }

    async fn slo(&mut self, step: &Step, action: Action) -> CliResult {
        let client = self.honeycomb()?;
        if action == Action::Delete {
            let id = self.ids.slos.get(&step.name).cloned().ok_or_else(|| CliError::internal("no SLO ID"))?;
            let path = self.current.slos.get(&step.name).map_or_else(|| ENVIRONMENT_WIDE.to_owned(), |slo| self.slo_scope(slo).0);
            client.delete_slo(&path, &id).await?;
            return Ok(());
        }
        let slo = &self.wanted.slos[&step.name];
        let (path, dataset_slugs) = self.slo_scope(slo);
        let body = SloBody {
            name: &step.name,
            description: &slo.description,
            sli: SliRef { alias: slo.sli.clone() },
            time_period_days: slo.time_period_days,
            target_per_million: slo.target_per_million,
            tags: tags(&slo.tags),
            dataset_slugs,
        };
        match action {
            Action::Update => {
                let id = self.ids.slos.get(&step.name).cloned().ok_or_else(|| CliError::internal("no SLO ID"))?;
                client.update_slo(&path, &id, &body).await?;
            }
            _ => {
                if action == Action::Replace
                    && let Some(old) = self.ids.slos.get(&step.name).cloned()
                {
                    let old_path =
                        self.current.slos.get(&step.name).map_or_else(|| ENVIRONMENT_WIDE.to_owned(), |slo| self.slo_scope(slo).0);
                    client.delete_slo(&old_path, &old).await?;
                }
                let created = create_or_find(
                    self.context,
                    async || client.create_slo(&path, &body).await,
                    async || Ok(client.list_slos(ENVIRONMENT_WIDE).await?.into_iter().find(|s| s.name == step.name)),
                )
                .await?;
                self.ids.slos.insert(step.name.clone(), created.id);
                self.ids.burn_alerts.insert(step.name.clone(), Vec::new());
            }
        }
        Ok(())
    }

    /// `SLO #2` → (the SLO's name, 1).
    fn alert_of(step: &Step) -> (String, usize) {
        let (name, rest) = step.name.rsplit_once(" #").unwrap_or((&step.name, "1"));
        (name.to_owned(), rest.parse::<usize>().map_or(0, |n| n.saturating_sub(1)))
    }

    async fn burn_alert(&mut self, step: &Step, action: Action) -> CliResult {
        let client = self.honeycomb()?;
        if action == Action::Delete {
            let name = step.name.rsplit_once(" (").map_or(step.name.clone(), |(n, _)| n.to_owned());
            let index: usize = step.previous.as_deref().and_then(|p| p.parse().ok()).unwrap_or_default();
            let slo = self.current.slos.get(&name).or_else(|| self.wanted.slos.get(&name));
            let path = slo.map_or_else(|| ENVIRONMENT_WIDE.to_owned(), |s| self.slo_scope(s).0);
            let id = self
                .ids
                .burn_alerts
                .get(&name)
                .and_then(|ids| ids.get(index))
                .cloned()
                .ok_or_else(|| CliError::internal("no burn alert ID"))?;
            client.delete_burn_alert(&path, &id).await?;
            return Ok(());
        }
        let (name, index) = Self::alert_of(step);
        let slo = &self.wanted.slos[&name];
        let alert: &BurnAlert = &slo.burn_alerts[index];
        let (path, _) = self.slo_scope(slo);
        let slo_id = self.ids.slos.get(&name).cloned().ok_or_else(|| CliError::internal("no SLO ID"))?;
        let (alert_type, exhaustion, window, threshold) = match alert.kind {
            BurnKind::ExhaustionTime { exhaustion_minutes } => ("exhaustion_time", Some(exhaustion_minutes), None, None),
            BurnKind::BudgetRate { budget_rate_window_minutes, budget_rate_decrease_threshold_per_million } => {
                ("budget_rate", None, Some(budget_rate_window_minutes), Some(budget_rate_decrease_threshold_per_million))
            }
        };
        let mut body = BurnAlertBody {
            alert_type,
            exhaustion_minutes: exhaustion,
            budget_rate_window_minutes: window,
            budget_rate_decrease_threshold_per_million: threshold,
            description: &alert.description,
            slo: None,
            recipients: self.recipients(&alert.recipients)?,
        };
        match (action, step.previous.as_deref().and_then(|p| p.parse::<usize>().ok())) {
            (Action::Update, Some(have)) => {
                let id = self
                    .ids
                    .burn_alerts
                    .get(&name)
                    .and_then(|ids| ids.get(have))
                    .cloned()
                    .ok_or_else(|| CliError::internal("no burn alert ID"))?;
                client.update_burn_alert(&path, &id, &body).await?;
            }
            _ => {
                body.slo = Some(SloRef { id: slo_id.clone() });
                let known: Vec<String> = self.ids.burn_alerts.get(&name).cloned().unwrap_or_default();
                let created = create_or_find(
                    self.context,
                    async || client.create_burn_alert(&path, &body).await,
                    async || {
                        // A new alert of this SLO that no earlier step knows, with these settings.
                        let listed = client.list_burn_alerts(&path, &slo_id).await?;
                        Ok(listed.into_iter().find(|b| {
                            !known.contains(&b.id)
                                && b.alert_type == alert_type
                                && b.exhaustion_minutes == exhaustion
                                && b.budget_rate_window_minutes == window
                                && b.budget_rate_decrease_threshold_per_million == threshold
                        }))
                    },
                )
                .await?;
                self.ids.burn_alerts.entry(name).or_default().push(created.id);
            }
        }
        Ok(())
    }

    fn panels(&self, board: &super::model::Board) -> CliResult<Vec<Panel>> {
        board
            .panels
            .iter()
            .map(|panel| {
                let position = Some(PanelPosition {
                    x_coordinate: panel.position.x,
                    y_coordinate: panel.position.y,
                    width: panel.position.width,
                    height: panel.position.height,
                });
                let empty = Panel { kind: String::new(), query_panel: None, slo_panel: None, text_panel: None, position };
                Ok(match &panel.content {
                    PanelContent::Query { dataset, name, style, visualization } => {
                        let annotation = self
                            .ids
                            .queries
                            .get(&(dataset.clone(), name.clone()))
                            .ok_or_else(|| CliError::internal(format!("no saved query {dataset}/{name}")))?;
                        Panel {
                            kind: "query".into(),
                            query_panel: Some(QueryPanel {
                                query_id: annotation.query_id.clone(),
                                query_annotation_id: annotation.id.clone(),
                                query_style: Some(style.clone()),
                                visualization_settings: visualization.clone(),
                                dataset: None,
                            }),
                            ..empty
                        }
                    }
                    PanelContent::Slo { name } => {
                        let id = self.ids.slos.get(name).cloned().ok_or_else(|| CliError::internal(format!("no SLO {name}")))?;
                        Panel { kind: "slo".into(), slo_panel: Some(SloPanel { slo_id: id }), ..empty }
                    }
                    PanelContent::Text { content } => {
                        Panel { kind: "text".into(), text_panel: Some(TextPanel { content: content.clone() }), ..empty }
                    }
                })
            })
            .collect()
    }

    async fn board(&mut self, step: &Step, action: Action) -> CliResult {
        let client = self.honeycomb()?;
        if action == Action::Delete {
            let id = self.ids.boards.get(&step.name).cloned().ok_or_else(|| CliError::internal("no board ID"))?;
            client.delete_board(&id).await?;
            return Ok(());
        }
        let board = &self.wanted.boards[&step.name];
        let body = BoardBody {
            name: &step.name,
            description: &board.description,
            kind: "flexible",
            panels: self.panels(board)?,
            layout_generation: "manual",
            tags: tags(&board.tags),
            preset_filters: board
                .preset_filters
                .iter()
                .map(|(column, alias)| PresetFilter { column: column.clone(), alias: alias.clone() })
                .collect(),
        };
        if action == Action::Create {
            let created = create_or_find(
                self.context,
                async || client.create_board(&body).await,
                async || Ok(client.list_boards().await?.into_iter().find(|b| b.name == step.name)),
            )
            .await?;
            self.ids.boards.insert(step.name.clone(), created.id);
        } else {
            let id = self.ids.boards.get(&step.name).cloned().ok_or_else(|| CliError::internal("no board ID"))?;
            client.update_board(&id, &body).await?;
        }
        Ok(())
    }

    async fn board_view(&mut self, step: &Step, action: Action) -> CliResult {
        let client = self.honeycomb()?;
        let (board, view) = step.name.split_once(" / ").ok_or_else(|| CliError::internal("a view step without its board"))?;
        let board_id = self.ids.boards.get(board).cloned().ok_or_else(|| CliError::internal("no board ID"))?;
        let key = (board.to_owned(), view.to_owned());
        if action == Action::Delete {
            let id = self.ids.views.get(&key).cloned().ok_or_else(|| CliError::internal("no view ID"))?;
            client.delete_board_view(&board_id, &id).await?;
            return Ok(());
        }
        let filters: Vec<objects::ViewFilter> = self.wanted.boards[board].views[view]
            .iter()
            .map(|f| objects::ViewFilter { column: f.column.clone(), operation: f.op.clone(), value: f.value.clone() })
            .collect();
        let body = BoardViewBody { name: view, filters: &filters };
        if action == Action::Create {
            let created = create_or_find(
                self.context,
                async || client.create_board_view(&board_id, &body).await,
                async || Ok(client.list_board_views(&board_id).await?.into_iter().find(|v| v.name == view)),
            )
            .await?;
            self.ids.views.insert(key, created.id);
        } else {
            let id = self.ids.views.get(&key).cloned().ok_or_else(|| CliError::internal("no view ID"))?;
            client.update_board_view(&board_id, &id, &body).await?;
        }
        Ok(())
    }

    async fn xray_group(&mut self, step: &Step, action: Action) -> CliResult {
        let xray = self.clients.xray.ok_or_else(|| CliError::internal("an X-Ray step without X-Ray"))?;
        if action == Action::Delete {
            xray.delete_group(&step.name).await?;
            return Ok(());
        }
        let group: &XrayGroup = self.xray_groups.get(&step.name).ok_or_else(|| CliError::internal("no group"))?;
        let insights =
            InsightsUpdate { insights_enabled: Some(group.insights_enabled), notifications_enabled: Some(group.notifications_enabled) };
        if action == Action::Create {
            xray.create_group(&step.name, Some(&group.filter_expression), insights, &[]).await?;
        } else {
            xray.update_group(&step.name, Some(&group.filter_expression), insights).await?;
        }
        Ok(())
    }
}
