//! One environment's observability setup in a normal form, the same for what the file asks for and what
//! Honeycomb has: objects keyed by their names (never IDs), references by name, the defaults the API
//! fills in filled in, sets sorted. Two equal setups plan nothing; a difference is a field of one object.
//!
//! Identities: a recipient is its type and target (the address, channel, integration or webhook name);
//! a calculated field its alias in its scope (a dataset, or [`ENVIRONMENT_WIDE`]); a saved query, trigger
//! and marker colour their name in their scope; an SLO its name in the environment (its datasets are a
//! field); a board its name; a board view its name on its board; a burn alert its place among its SLO's.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

/// The scope of environment-wide objects (the API's `__all__`).
pub const ENVIRONMENT_WIDE: &str = "__all__";

/// What a recipient is: its type and its target, compared without case for addresses.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct RecipientKey {
    pub kind: String,
    pub target: String,
}

impl RecipientKey {
    pub fn new(kind: &str, target: &str) -> RecipientKey {
        let target = if kind == "email" { target.to_lowercase() } else { target.to_owned() };
        RecipientKey { kind: kind.to_owned(), target }
    }
}

impl std::fmt::Display for RecipientKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.kind, self.target)
    }
}

/// The detail fields that hold secrets: compared, never shown.
pub const SECRET_FIELDS: [&str; 2] = ["pagerduty_integration_key", "webhook_secret"];

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recipient {
    /// The file's name for it (or one made up by `export`); not part of its identity.
    #[serde(skip)]
    pub name: String,
    #[serde(skip)]
    pub key: RecipientKey,
    /// The type's details as the API has them (`email_address`, `webhook_url`, ...).
    pub details: BTreeMap<String, Value>,
    /// Secret fields whose `${VAR}` is not set: left as Honeycomb has them (not compared).
    #[serde(skip)]
    pub unset_secrets: Vec<(String, String)>,
}

/// One recipient of an alert, with its per-alert details (a PagerDuty severity, filled in as
/// `critical` when not given, as the API does; webhook variables).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Notify {
    pub recipient: RecipientKey,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub variables: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub column_type: Option<String>,
    pub description: String,
    pub hidden: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CalculatedField {
    pub expression: String,
    pub description: String,
    /// Earlier aliases (the file's `renamed_from`): a field found under one is renamed, not replaced.
    #[serde(skip)]
    pub renamed_from: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SavedQuery {
    pub description: String,
    /// The query spec in its canonical JSON (what the API stores; defaults dropped).
    pub query: Value,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Threshold {
    pub op: String,
    pub value: f64,
    pub exceeded_limit: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trigger {
    pub description: String,
    pub query: Value,
    pub threshold: Threshold,
    pub frequency: i64,
    pub alert_type: String,
    pub disabled: bool,
    /// Sorted: the API does not keep the order they were sent in.
    pub recipients: Vec<Notify>,
    /// `(key, value)`, sorted.
    pub tags: Vec<(String, String)>,
    /// `{days_of_week, start_time, end_time}` of a window schedule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "alert_type", rename_all = "snake_case")]
pub enum BurnKind {
    ExhaustionTime { exhaustion_minutes: i64 },
    BudgetRate { budget_rate_window_minutes: i64, budget_rate_decrease_threshold_per_million: i64 },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BurnAlert {
    #[serde(flatten)]
    pub kind: BurnKind,
    pub description: String,
    pub recipients: Vec<Notify>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Slo {
    pub description: String,
    /// The SLI: a calculated field's alias.
    pub sli: String,
    /// Sorted dataset slugs: one for a dataset's SLO, several for an environment-wide one.
    pub datasets: Vec<String>,
    pub time_period_days: i64,
    pub target_per_million: i64,
    pub tags: Vec<(String, String)>,
    pub burn_alerts: Vec<BurnAlert>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    pub x: i64,
    pub y: i64,
    pub width: i64,
    pub height: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PanelContent {
    /// A saved query, by its scope and name.
    Query {
        dataset: String,
        name: String,
        style: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        visualization: Option<Value>,
    },
    Slo {
        name: String,
    },
    Text {
        content: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Panel {
    #[serde(flatten)]
    pub content: PanelContent,
    pub position: Position,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ViewFilter {
    pub column: String,
    pub op: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Board {
    pub description: String,
    pub panels: Vec<Panel>,
    pub tags: Vec<(String, String)>,
    /// `(column, alias)`, in order.
    pub preset_filters: Vec<(String, String)>,
    #[serde(skip)]
    pub views: BTreeMap<String, Vec<ViewFilter>>,
}

/// What one scope (a dataset, or [`ENVIRONMENT_WIDE`]) holds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scope {
    /// Columns the file describes (never created or deleted by a plan: only described).
    pub columns: BTreeMap<String, Column>,
    pub calculated_fields: BTreeMap<String, CalculatedField>,
    /// Marker type → `#RRGGBB`.
    pub marker_colors: BTreeMap<String, String>,
    pub queries: BTreeMap<String, SavedQuery>,
    pub triggers: BTreeMap<String, Trigger>,
}

/// An environment's setup (and, for the file, which parts it manages).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Setup {
    /// By recipient identity.
    pub recipients: BTreeMap<RecipientKey, Recipient>,
    /// By dataset slug (or [`ENVIRONMENT_WIDE`]).
    pub scopes: BTreeMap<String, Scope>,
    pub slos: BTreeMap<String, Slo>,
    pub boards: BTreeMap<String, Board>,
}

/// A board's automatic layout when the file places no panel: two columns of half-width panels, each
/// row as tall as its tallest panel (a query 6 high, an SLO 4, a text 3). Explicit, so a board never
/// depends on the API's own layout and every update sends the same places.
pub fn grid_layout(kinds: &[&PanelContent]) -> Vec<Position> {
    let height = |content: &PanelContent| match content {
        PanelContent::Query { .. } => 6,
        PanelContent::Slo { .. } => 4,
        PanelContent::Text { .. } => 3,
    };
    let mut out = Vec::with_capacity(kinds.len());
    let mut y = 0;
    for row in kinds.chunks(2) {
        let row_height = row.iter().map(|c| height(c)).max().unwrap_or(0);
        for (column, content) in row.iter().enumerate() {
            out.push(Position { x: column as i64 * 6, y, width: 6, height: height(content) });
        }
        y += row_height;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_is_two_columns() {
        let query = PanelContent::Query { dataset: "d".into(), name: "q".into(), style: "graph".into(), visualization: None };
        let text = PanelContent::Text { content: "x".into() };
        let slo = PanelContent::Slo { name: "s".into() };
        let places = grid_layout(&[&query, &text, &slo]);
        assert_eq!(
            places,
            [
                Position { x: 0, y: 0, width: 6, height: 6 },
                Position { x: 6, y: 0, width: 6, height: 3 },
                Position { x: 0, y: 6, width: 6, height: 4 },
            ]
        );
    }
}
