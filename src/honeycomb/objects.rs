//! Honeycomb's configuration objects, typed: recipients (team-wide), calculated fields (derived
//! columns), marker settings, columns, triggers, SLOs, burn alerts, boards and board views; the query
//! annotation update the saved-query functions lack. Requests are the spec's bodies, responses the
//! fields `plan`, `apply` and `export` read (others are ignored).
//!
//! Retries: reads, PUTs and DELETEs are idempotent; a POST that creates is sent [`Retry::Once`]
//! (retried only when the server certainly did nothing), and its caller looks the object up by its
//! natural key when the answer was lost ([`super::HoneycombError::may_have_happened`]).

use reqwest::Method;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::client::{HoneycombClient, Retry, Scope, path_segment};
use super::error::HoneycombError;
use super::query::{QueryAnnotation, QuerySpec};

/// `{key, value}` tags of triggers, SLOs and boards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    pub key: String,
    pub value: String,
}

/// A team's recipient: its type and the type's details (`email_address`, `slack_channel`, ...).
#[derive(Debug, Clone, Deserialize)]
pub struct Recipient {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub details: Value,
}

#[derive(Debug, Clone, Serialize)]
pub struct RecipientBody<'a> {
    #[serde(rename = "type")]
    pub kind: &'a str,
    pub details: &'a Value,
}

/// One recipient of a trigger or burn alert: by ID, with its per-alert details (PagerDuty severity,
/// webhook variables). Answers add the recipient's `type` and `target`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NotificationRecipient {
    pub id: String,
    #[serde(rename = "type", default, skip_serializing)]
    pub kind: Option<String>,
    #[serde(default, skip_serializing)]
    pub target: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Value>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DerivedColumn {
    pub id: String,
    pub alias: String,
    pub expression: String,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DerivedColumnBody<'a> {
    pub alias: &'a str,
    pub expression: &'a str,
    pub description: &'a str,
}

#[derive(Debug, Clone, Deserialize)]
pub struct MarkerSetting {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub color: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MarkerSettingBody<'a> {
    #[serde(rename = "type")]
    pub kind: &'a str,
    pub color: &'a str,
}

/// A column, with the fields a file can declare.
#[derive(Debug, Clone, Deserialize)]
pub struct ColumnRecord {
    pub id: String,
    pub key_name: String,
    #[serde(rename = "type", default)]
    pub column_type: Option<String>,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub hidden: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ColumnBody<'a> {
    pub key_name: &'a str,
    #[serde(rename = "type")]
    pub column_type: &'a str,
    pub description: &'a str,
    pub hidden: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Threshold {
    pub op: String,
    pub value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exceeded_limit: Option<i64>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Trigger {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub tags: Vec<Tag>,
    pub threshold: Threshold,
    pub frequency: i64,
    #[serde(default)]
    pub alert_type: Option<String>,
    #[serde(default)]
    pub disabled: bool,
    #[serde(default)]
    pub recipients: Vec<NotificationRecipient>,
    #[serde(default)]
    pub evaluation_schedule_type: Option<String>,
    #[serde(default)]
    pub evaluation_schedule: Option<Value>,
    #[serde(default)]
    pub baseline_details: Option<Value>,
    #[serde(default)]
    pub query: Option<QuerySpec>,
    #[serde(default)]
    pub query_id: Option<String>,
}

/// A trigger to create or replace, with its query inline.
#[derive(Debug, Clone, Serialize)]
pub struct TriggerBody<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub tags: Vec<Tag>,
    pub threshold: Threshold,
    pub frequency: i64,
    pub alert_type: &'a str,
    pub disabled: bool,
    pub recipients: Vec<NotificationRecipient>,
    pub evaluation_schedule_type: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evaluation_schedule: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline_details: Option<Value>,
    pub query: &'a QuerySpec,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SliRef {
    pub alias: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Slo {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub sli: SliRef,
    pub time_period_days: i64,
    pub target_per_million: i64,
    #[serde(default)]
    pub tags: Vec<Tag>,
    #[serde(default)]
    pub dataset_slugs: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SloBody<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub sli: SliRef,
    pub time_period_days: i64,
    pub target_per_million: i64,
    pub tags: Vec<Tag>,
    /// Only for an environment-wide SLO.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dataset_slugs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SloRef {
    pub id: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct BurnAlert {
    pub id: String,
    pub alert_type: String,
    #[serde(default)]
    pub exhaustion_minutes: Option<i64>,
    #[serde(default)]
    pub budget_rate_window_minutes: Option<i64>,
    #[serde(default)]
    pub budget_rate_decrease_threshold_per_million: Option<i64>,
    #[serde(default)]
    pub description: String,
    /// Only in the answer for one alert: the list leaves recipients out.
    #[serde(default)]
    pub recipients: Vec<NotificationRecipient>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BurnAlertBody<'a> {
    pub alert_type: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exhaustion_minutes: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget_rate_window_minutes: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget_rate_decrease_threshold_per_million: Option<i64>,
    pub description: &'a str,
    /// On create only: an alert's SLO cannot change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slo: Option<SloRef>,
    pub recipients: Vec<NotificationRecipient>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PanelPosition {
    pub x_coordinate: i64,
    pub y_coordinate: i64,
    pub width: i64,
    pub height: i64,
}

/// A board panel as the API has it: `{type, query_panel|slo_panel|text_panel, position}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Panel {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_panel: Option<QueryPanel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slo_panel: Option<SloPanel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_panel: Option<TextPanel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<PanelPosition>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueryPanel {
    pub query_id: String,
    pub query_annotation_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_style: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visualization_settings: Option<Value>,
    /// The query's dataset name, in answers (empty for an environment-wide query).
    #[serde(default, skip_serializing)]
    pub dataset: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SloPanel {
    pub slo_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextPanel {
    pub content: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PresetFilter {
    pub column: String,
    pub alias: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Board {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub panels: Vec<Panel>,
    #[serde(default)]
    pub tags: Vec<Tag>,
    #[serde(default)]
    pub preset_filters: Vec<PresetFilter>,
}

/// A board to create or replace. Positions are always given (`manual`), so an update never lets the
/// API lay the panels out again.
#[derive(Debug, Clone, Serialize)]
pub struct BoardBody<'a> {
    pub name: &'a str,
    pub description: &'a str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub panels: Vec<Panel>,
    pub layout_generation: &'static str,
    pub tags: Vec<Tag>,
    pub preset_filters: Vec<PresetFilter>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ViewFilter {
    pub column: String,
    pub operation: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct BoardView {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub filters: Vec<ViewFilter>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BoardViewBody<'a> {
    pub name: &'a str,
    pub filters: &'a [ViewFilter],
}

#[derive(Debug, Clone, Serialize)]
struct AnnotationUpdate<'a> {
    name: &'a str,
    description: &'a str,
    query_id: &'a str,
}

/// `/1/{collection}/{dataset}`.
fn scoped(collection: &str, dataset: &str) -> String {
    format!("/1/{collection}/{}", path_segment(dataset))
}

/// `/1/{collection}/{dataset}/{id}`.
fn scoped_item(collection: &str, dataset: &str, id: &str) -> String {
    format!("/1/{collection}/{}/{}", path_segment(dataset), path_segment(id))
}

impl HoneycombClient<'_> {
    async fn create<T: DeserializeOwned>(&self, path: &str, body: &impl Serialize, what: &str) -> Result<T, HoneycombError> {
        self.send(Method::POST, path, Scope::Environment, Some(body), Retry::Once).await?.json(what)
    }

    async fn replace<T: DeserializeOwned>(&self, path: &str, body: &impl Serialize, what: &str) -> Result<T, HoneycombError> {
        self.send(Method::PUT, path, Scope::Environment, Some(body), Retry::Idempotent).await?.json(what)
    }

    async fn remove(&self, path: &str) -> Result<(), HoneycombError> {
        self.send(Method::DELETE, path, Scope::Environment, None::<&()>, Retry::Idempotent).await?;
        Ok(())
    }

    pub async fn list_recipients(&self) -> Result<Vec<Recipient>, HoneycombError> {
        self.get("/1/recipients", Scope::Environment).await
    }

    pub async fn create_recipient(&self, body: &RecipientBody<'_>) -> Result<Recipient, HoneycombError> {
        self.create("/1/recipients", body, "create recipient").await
    }

    pub async fn update_recipient(&self, id: &str, body: &RecipientBody<'_>) -> Result<Recipient, HoneycombError> {
        self.replace(&format!("/1/recipients/{}", path_segment(id)), body, "update recipient").await
    }

    pub async fn delete_recipient(&self, id: &str) -> Result<(), HoneycombError> {
        self.remove(&format!("/1/recipients/{}", path_segment(id))).await
    }

    pub async fn list_derived_columns(&self, dataset: &str) -> Result<Vec<DerivedColumn>, HoneycombError> {
        self.get(&scoped("derived_columns", dataset), Scope::Environment).await
    }

    pub async fn create_derived_column(&self, dataset: &str, body: &DerivedColumnBody<'_>) -> Result<DerivedColumn, HoneycombError> {
        self.create(&scoped("derived_columns", dataset), body, "create calculated field").await
    }

    pub async fn update_derived_column(
        &self,
        dataset: &str,
        id: &str,
        body: &DerivedColumnBody<'_>,
    ) -> Result<DerivedColumn, HoneycombError> {
        self.replace(&scoped_item("derived_columns", dataset, id), body, "update calculated field").await
    }

    pub async fn delete_derived_column(&self, dataset: &str, id: &str) -> Result<(), HoneycombError> {
        self.remove(&scoped_item("derived_columns", dataset, id)).await
    }

    pub async fn list_marker_settings(&self, dataset: &str) -> Result<Vec<MarkerSetting>, HoneycombError> {
        self.get(&scoped("marker_settings", dataset), Scope::Environment).await
    }

    pub async fn create_marker_setting(&self, dataset: &str, body: &MarkerSettingBody<'_>) -> Result<MarkerSetting, HoneycombError> {
        self.create(&scoped("marker_settings", dataset), body, "create marker setting").await
    }

    pub async fn update_marker_setting(
        &self,
        dataset: &str,
        id: &str,
        body: &MarkerSettingBody<'_>,
    ) -> Result<MarkerSetting, HoneycombError> {
        self.replace(&scoped_item("marker_settings", dataset, id), body, "update marker setting").await
    }

    pub async fn delete_marker_setting(&self, dataset: &str, id: &str) -> Result<(), HoneycombError> {
        self.remove(&scoped_item("marker_settings", dataset, id)).await
    }

    /// The dataset's columns with their descriptions (what `list_columns` leaves out).
    pub async fn list_column_records(&self, dataset: &str) -> Result<Vec<ColumnRecord>, HoneycombError> {
        self.get(&scoped("columns", dataset), Scope::Environment).await
    }

    pub async fn create_column(&self, dataset: &str, body: &ColumnBody<'_>) -> Result<ColumnRecord, HoneycombError> {
        self.create(&scoped("columns", dataset), body, "create column").await
    }

    pub async fn update_column(&self, dataset: &str, id: &str, body: &ColumnBody<'_>) -> Result<ColumnRecord, HoneycombError> {
        self.replace(&scoped_item("columns", dataset, id), body, "update column").await
    }

    /// Renames or redescribes a saved query; its query cannot change (Honeycomb refuses).
    pub async fn update_query_annotation(
        &self,
        dataset: &str,
        annotation: &QueryAnnotation,
        name: &str,
        description: &str,
    ) -> Result<QueryAnnotation, HoneycombError> {
        let body = AnnotationUpdate { name, description, query_id: &annotation.query_id };
        self.replace(&scoped_item("query_annotations", dataset, &annotation.id), &body, "update query annotation").await
    }

    pub async fn list_triggers(&self, dataset: &str) -> Result<Vec<Trigger>, HoneycombError> {
        self.get(&scoped("triggers", dataset), Scope::Environment).await
    }

    pub async fn create_trigger(&self, dataset: &str, body: &TriggerBody<'_>) -> Result<Trigger, HoneycombError> {
        self.create(&scoped("triggers", dataset), body, "create trigger").await
    }

    pub async fn update_trigger(&self, dataset: &str, id: &str, body: &TriggerBody<'_>) -> Result<Trigger, HoneycombError> {
        self.replace(&scoped_item("triggers", dataset, id), body, "update trigger").await
    }

    pub async fn delete_trigger(&self, dataset: &str, id: &str) -> Result<(), HoneycombError> {
        self.remove(&scoped_item("triggers", dataset, id)).await
    }

    pub async fn list_slos(&self, dataset: &str) -> Result<Vec<Slo>, HoneycombError> {
        self.get(&scoped("slos", dataset), Scope::Environment).await
    }

    pub async fn create_slo(&self, dataset: &str, body: &SloBody<'_>) -> Result<Slo, HoneycombError> {
        self.create(&scoped("slos", dataset), body, "create SLO").await
    }

    pub async fn update_slo(&self, dataset: &str, id: &str, body: &SloBody<'_>) -> Result<Slo, HoneycombError> {
        self.replace(&scoped_item("slos", dataset, id), body, "update SLO").await
    }

    pub async fn delete_slo(&self, dataset: &str, id: &str) -> Result<(), HoneycombError> {
        self.remove(&scoped_item("slos", dataset, id)).await
    }

    /// An SLO's burn alerts, without their recipients (the list leaves them out).
    pub async fn list_burn_alerts(&self, dataset: &str, slo_id: &str) -> Result<Vec<BurnAlert>, HoneycombError> {
        self.get(&format!("{}?slo_id={}", scoped("burn_alerts", dataset), path_segment(slo_id)), Scope::Environment).await
    }

    pub async fn get_burn_alert(&self, dataset: &str, id: &str) -> Result<BurnAlert, HoneycombError> {
        self.get(&scoped_item("burn_alerts", dataset, id), Scope::Environment).await
    }

    pub async fn create_burn_alert(&self, dataset: &str, body: &BurnAlertBody<'_>) -> Result<BurnAlert, HoneycombError> {
        self.create(&scoped("burn_alerts", dataset), body, "create burn alert").await
    }

    pub async fn update_burn_alert(&self, dataset: &str, id: &str, body: &BurnAlertBody<'_>) -> Result<BurnAlert, HoneycombError> {
        self.replace(&scoped_item("burn_alerts", dataset, id), body, "update burn alert").await
    }

    pub async fn delete_burn_alert(&self, dataset: &str, id: &str) -> Result<(), HoneycombError> {
        self.remove(&scoped_item("burn_alerts", dataset, id)).await
    }

    pub async fn list_boards(&self) -> Result<Vec<Board>, HoneycombError> {
        self.get("/1/boards", Scope::Environment).await
    }

    pub async fn create_board(&self, body: &BoardBody<'_>) -> Result<Board, HoneycombError> {
        self.create("/1/boards", body, "create board").await
    }

    pub async fn update_board(&self, id: &str, body: &BoardBody<'_>) -> Result<Board, HoneycombError> {
        self.replace(&format!("/1/boards/{}", path_segment(id)), body, "update board").await
    }

    pub async fn delete_board(&self, id: &str) -> Result<(), HoneycombError> {
        self.remove(&format!("/1/boards/{}", path_segment(id))).await
    }

    pub async fn list_board_views(&self, board_id: &str) -> Result<Vec<BoardView>, HoneycombError> {
        self.get(&format!("/1/boards/{}/views", path_segment(board_id)), Scope::Environment).await
    }

    pub async fn create_board_view(&self, board_id: &str, body: &BoardViewBody<'_>) -> Result<BoardView, HoneycombError> {
        self.create(&format!("/1/boards/{}/views", path_segment(board_id)), body, "create board view").await
    }

    pub async fn update_board_view(&self, board_id: &str, id: &str, body: &BoardViewBody<'_>) -> Result<BoardView, HoneycombError> {
        self.replace(&format!("/1/boards/{}/views/{}", path_segment(board_id), path_segment(id)), body, "update board view").await
    }

    pub async fn delete_board_view(&self, board_id: &str, id: &str) -> Result<(), HoneycombError> {
        self.remove(&format!("/1/boards/{}/views/{}", path_segment(board_id), path_segment(id))).await
    }
}
