//! What `plan` shows and `apply` does: the file's setup against Honeycomb's (and X-Ray's), as steps in
//! dependency order, each create, update (field by field), rename, replace or delete. Pure: no network,
//! no output. `apply` executes exactly this plan, and a second plan over an unchanged file is all
//! `unchanged`.
//!
//! Before comparing, the wanted setup is completed from what exists, as the API would complete it:
//! a column's type the file leaves out, a secret whose `${VAR}` is not set (kept as Honeycomb has it),
//! and a calculated field's rename (`renamed_from`) carried to the queries, triggers and SLOs that name
//! it by its old alias. References are checked against the file and Honeycomb together: a calculated
//! field, saved query or SLO the file names must exist in one of them, and a query's columns in the
//! dataset (with a did-you-mean). Every problem is reported; none of them sends anything.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use super::file::{Desired, FieldPath, FileProblem, XrayGroup};
use super::model::{BurnAlert, ENVIRONMENT_WIDE, PanelContent, SECRET_FIELDS, Setup};
use super::remote::Remote;
use crate::suggest::suggest;
use crate::xray::client::{Group, RuleRecord};
use crate::xray::plan as rules_plan;

/// What kind of object a step is about, in dependency order: an object is created after what it uses
/// and deleted before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Dataset,
    Recipient,
    Column,
    CalculatedField,
    MarkerColor,
    SavedQuery,
    Trigger,
    Slo,
    BurnAlert,
    Board,
    BoardView,
    XrayGroup,
    XrayRule,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Dataset => "dataset",
            Kind::Recipient => "recipient",
            Kind::Column => "column",
            Kind::CalculatedField => "calculated field",
            Kind::MarkerColor => "marker colour",
            Kind::SavedQuery => "saved query",
            Kind::Trigger => "trigger",
            Kind::Slo => "SLO",
            Kind::BurnAlert => "burn alert",
            Kind::Board => "board",
            Kind::BoardView => "board view",
            Kind::XrayGroup => "X-Ray group",
            Kind::XrayRule => "sampling rule",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Create,
    Update,
    /// A calculated field under its `renamed_from` alias: renamed in place (its SLOs follow it).
    Rename,
    /// A saved query whose query changed: queries are immutable, so a new query and annotation are
    /// made, the boards that show it are pointed at them, and the old annotation goes.
    Replace,
    Delete,
    Unchanged,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Rename => "rename",
            Action::Replace => "replace",
            Action::Delete => "delete",
            Action::Unchanged => "unchanged",
        }
    }
}

/// One field that differs: values as JSON, secrets masked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    pub field: String,
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub action: Action,
    pub kind: Kind,
    /// The dataset (or `__all__`) of a scoped object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The object's name (`board / view` for a view, `SLO #2` for a burn alert, the alias a
    /// calculated field gets for a rename).
    pub name: String,
    pub changes: Vec<FieldChange>,
    /// Why, when it is not obvious (a carried rename, a re-pointed board, an old version).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// For a rename, the alias it had; for a burn alert, its place among the SLO's in Honeycomb.
    #[serde(skip)]
    pub previous: Option<String>,
}

impl Step {
    fn new(action: Action, kind: Kind, scope: Option<&str>, name: impl Into<String>) -> Step {
        Step { action, kind, scope: scope.map(str::to_owned), name: name.into(), changes: Vec::new(), note: None, previous: None }
    }

    /// `backend-flask/Error rate`, `"Cruddur"`.
    pub fn object(&self) -> String {
        match &self.scope {
            Some(scope) => format!("{scope}/{}", self.name),
            None => self.name.clone(),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub steps: Vec<Step>,
    /// What Honeycomb (or X-Ray) has that the file does not mention, left alone without `--prune`.
    pub untracked: Vec<String>,
    /// The wanted setup as completed for comparison (what `apply` sends).
    pub wanted: Setup,
    /// The sampling-rule plan, executed by the X-Ray executor (its steps are mirrored in `steps`).
    pub rules: Option<rules_plan::Plan>,
}

impl Plan {
    pub fn count(&self, action: Action) -> usize {
        self.steps.iter().filter(|step| step.action == action).count()
    }

    pub fn changes_anything(&self) -> bool {
        self.steps.iter().any(|step| step.action != Action::Unchanged)
    }

    pub fn summary(&self) -> String {
        let mut parts = vec![format!("{} to create", self.count(Action::Create)), format!("{} to update", self.count(Action::Update))];
        for (action, label) in [(Action::Rename, "to rename"), (Action::Replace, "to replace")] {
            if self.count(action) > 0 {
                parts.push(format!("{} {label}", self.count(action)));
            }
        }
        parts.push(format!("{} unchanged", self.count(Action::Unchanged)));
        parts.push(format!("{} to delete", self.count(Action::Delete)));
        parts.join(", ")
    }
}

/// What X-Ray has, when the file has an `xray` section.
#[derive(Debug, Clone, Default)]
pub struct XrayCurrent {
    pub groups: Vec<Group>,
    pub rules: Vec<RuleRecord>,
}

/// Plans `desired` against `remote` (and X-Ray's state). `prune` adds deletions of what the file does
/// not mention, within what it manages. `Err` lists every problem, rendered `FILE:LINE: FIELD: ...`.
pub fn plan(desired: &Desired, remote: &Remote, xray: Option<&XrayCurrent>, prune: bool) -> Result<Plan, Vec<String>> {
    let mut planner = Planner { desired, remote, problems: Vec::new(), wanted: desired.setup.clone(), notes: BTreeMap::new() };
    planner.check_environment();
    planner.complete();
    planner.check_references();
    let mut plan = Plan::default();
    if planner.problems.is_empty() {
        planner.steps(&mut plan, prune);
        if let (Some(wanted), Some(current)) = (&desired.xray, xray) {
            planner.xray(&mut plan, wanted, current, prune);
        }
    }
    if !planner.problems.is_empty() {
        return Err(planner.problems.iter().map(|p| p.render(&desired.label)).collect());
    }
    plan.wanted = planner.wanted;
    Ok(plan)
}

struct Planner<'a> {
    desired: &'a Desired,
    remote: &'a Remote,
    problems: Vec<FileProblem>,
    /// The wanted setup, completed.
    wanted: Setup,
    /// Notes for steps, by (kind, scope, name): carried renames.
    notes: BTreeMap<(Kind, Option<String>, String), Vec<String>>,
}

/// Where a scope's objects are in the file.
fn scope_path(scope: &str) -> FieldPath {
    if scope == ENVIRONMENT_WIDE {
        FieldPath::of(&["honeycomb", "environment_wide"])
    } else {
        FieldPath::of(&["honeycomb", "datasets", scope])
    }
}

/// The columns a canonical query reads (calculations, filters, breakdowns, orders, havings), without
/// its own calculated fields.
fn query_columns(query: &Value) -> Vec<String> {
    let own: Vec<&str> =
        query["calculated_fields"].as_array().map(|fields| fields.iter().filter_map(|f| f["name"].as_str()).collect()).unwrap_or_default();
    let mut out: Vec<String> = Vec::new();
    let mut add = |name: &str| {
        if !name.is_empty() && !own.contains(&name) && !out.iter().any(|n| n == name) {
            out.push(name.to_owned());
        }
    };
    for list in ["calculations", "filters", "orders", "havings"] {
        for item in query[list].as_array().into_iter().flatten() {
            if let Some(column) = item["column"].as_str() {
                add(column);
            }
        }
    }
    for breakdown in query["breakdowns"].as_array().into_iter().flatten() {
        if let Some(column) = breakdown.as_str() {
            add(column);
        }
    }
    out
}

/// Renames `old` to `new` wherever a canonical query names a column; whether it did.
fn rename_column(query: &mut Value, old: &str, new: &str) -> bool {
    let mut changed = false;
    for list in ["calculations", "filters", "orders", "havings"] {
        for item in query.get_mut(list).and_then(Value::as_array_mut).into_iter().flatten() {
            if item.get("column").and_then(Value::as_str) == Some(old) {
                item["column"] = Value::from(new);
                changed = true;
            }
        }
    }
    for breakdown in query.get_mut("breakdowns").and_then(Value::as_array_mut).into_iter().flatten() {
        if breakdown.as_str() == Some(old) {
            *breakdown = Value::from(new);
            changed = true;
        }
    }
    changed
}

/// A value as the plan shows it: JSON, strings quoted.
fn show(value: &Value) -> String {
    match value {
        Value::Null => "(none)".to_owned(),
        other => other.to_string(),
    }
}

/// The fields that differ between `from` and `to` (objects field by field; lists of the same length
/// item by item, otherwise whole), secrets masked.
fn diff(path: &str, from: &Value, to: &Value, out: &mut Vec<FieldChange>) {
    if from == to {
        return;
    }
    let child = |key: &str| if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") };
    match (from, to) {
        (Value::Object(a), Value::Object(b)) => {
            let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for key in keys {
                diff(&child(key), a.get(key.as_str()).unwrap_or(&Value::Null), b.get(key.as_str()).unwrap_or(&Value::Null), out);
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() && a.iter().all(Value::is_object) => {
            for (index, (x, y)) in a.iter().zip(b).enumerate() {
                diff(&format!("{path}[{index}]"), x, y, out);
            }
        }
        _ => {
            let secret = SECRET_FIELDS.iter().any(|field| path.ends_with(field));
            let (from, to) = if secret { ("(secret)".to_owned(), "(another secret)".to_owned()) } else { (show(from), show(to)) };
            out.push(FieldChange { field: path.to_owned(), from, to });
        }
    }
}

fn changes(from: &impl Serialize, to: &impl Serialize) -> Vec<FieldChange> {
    let mut out = Vec::new();
    diff("", &serde_json::to_value(from).unwrap_or_default(), &serde_json::to_value(to).unwrap_or_default(), &mut out);
    out
}

impl Planner<'_> {
    fn push(&mut self, path: FieldPath, message: impl Into<String>) {
        self.problems.push(FileProblem { line: self.desired.lines.line(&path), path, message: message.into() });
    }

    fn check_environment(&mut self) {
        if let Some(wanted) = &self.desired.environment {
            let auth = &self.remote.auth;
            let matches = wanted.eq_ignore_ascii_case(&auth.environment_name) || wanted.eq_ignore_ascii_case(&auth.environment_slug);
            if !matches && !auth.environment_slug.is_empty() {
                self.push(
                    FieldPath::of(&["honeycomb", "environment"]),
                    format!(
                        "the file describes environment {wanted:?}, but the API key is for {:?} (use that environment's key: --api-key, HONEYCOMB_API_KEY or --profile)",
                        auth.environment_name
                    ),
                );
            }
        }
        for ambiguous in &self.remote.ambiguous {
            self.problems.push(FileProblem {
                line: None,
                path: FieldPath::default(),
                message: format!("in Honeycomb, {ambiguous}: rename or delete one so the file names one object"),
            });
        }
    }

    /// Fills what the file leaves to Honeycomb, and carries renames.
    fn complete(&mut self) {
        let current = &self.remote.setup;
        // Secrets whose variable is not set: as Honeycomb has them; needed to create.
        let names: BTreeMap<_, _> = self.desired.recipient_names.iter().map(|(name, key)| (key.clone(), name.clone())).collect();
        for (key, recipient) in &mut self.wanted.recipients {
            for (field, var) in std::mem::take(&mut recipient.unset_secrets) {
                match current.recipients.get(key).and_then(|r| r.details.get(&field)) {
                    Some(value) => {
                        recipient.details.insert(field, value.clone());
                    }
                    None => {
                        let name = names.get(key).cloned().unwrap_or_default();
                        self.problems.push(FileProblem {
                            line: self.desired.lines.line(&FieldPath::of(&["honeycomb", "recipients", &name])),
                            path: FieldPath::of(&["honeycomb", "recipients", &name]),
                            message: format!("${{{var}}} is not set, and the recipient does not exist yet: set it to create the recipient"),
                        });
                    }
                }
            }
        }
        // Column types the file leaves out.
        for (scope, wanted) in &mut self.wanted.scopes {
            for (name, column) in &mut wanted.columns {
                if column.column_type.is_none() {
                    column.column_type = current.scopes.get(scope).and_then(|s| s.columns.get(name)).and_then(|c| c.column_type.clone());
                }
            }
        }
        // Renames: a field's earlier aliases (`renamed_from`) mean the field wherever the file still names
        // them (its references are carried to the new alias, now and on every later plan); a field found
        // under an earlier alias is renamed in place, and the dependents it changes say why.
        let mut renames: Vec<(String, String, String, bool)> = Vec::new();
        for (scope, wanted) in &self.wanted.scopes {
            let have = current.scopes.get(scope);
            for (alias, field) in &wanted.calculated_fields {
                for old in field.renamed_from.iter().filter(|old| !wanted.calculated_fields.contains_key(*old)) {
                    let renaming = !have.is_some_and(|s| s.calculated_fields.contains_key(alias))
                        && have.is_some_and(|s| s.calculated_fields.contains_key(old));
                    renames.push((scope.clone(), old.clone(), alias.clone(), renaming));
                }
            }
        }
        for (scope, old, new, renaming) in renames {
            let in_reach = |s: &str| scope == ENVIRONMENT_WIDE || s == scope || s == ENVIRONMENT_WIDE;
            let note = format!("carries the rename of {old:?} to {new:?}");
            for (s, wanted) in self.wanted.scopes.iter_mut().filter(|(s, _)| in_reach(s)) {
                for (name, query) in &mut wanted.queries {
                    if rename_column(&mut query.query, &old, &new) && renaming {
                        self.notes.entry((Kind::SavedQuery, Some(s.clone()), name.clone())).or_default().push(note.clone());
                    }
                }
                for (name, trigger) in &mut wanted.triggers {
                    if rename_column(&mut trigger.query, &old, &new) && renaming {
                        self.notes.entry((Kind::Trigger, Some(s.clone()), name.clone())).or_default().push(note.clone());
                    }
                }
            }
            for (name, slo) in &mut self.wanted.slos {
                if slo.sli == old && slo.datasets.iter().all(|d| in_reach(d)) {
                    slo.sli = new.clone();
                    if renaming {
                        self.notes.entry((Kind::Slo, None, name.clone())).or_default().push(note.clone());
                    }
                }
            }
            if renaming {
                self.notes
                    .entry((Kind::CalculatedField, Some(scope.clone()), new.clone()))
                    .or_default()
                    .push(format!("renamed from {old:?} (SLOs follow it; queries, triggers and boards get the new name)"));
            }
        }
    }

    /// Calculated fields (the file's and Honeycomb's) a scope can use.
    fn fields_of(&self, scope: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for setup in [&self.wanted, &self.remote.setup] {
            for s in [scope, ENVIRONMENT_WIDE] {
                if let Some(found) = setup.scopes.get(s) {
                    out.extend(found.calculated_fields.keys().cloned());
                }
            }
        }
        out
    }

    fn check_references(&mut self) {
        let wanted = self.wanted.clone();
        for (scope, s) in &wanted.scopes {
            let base = scope_path(scope);
            let fields = self.fields_of(scope);
            // The columns a query may name: the dataset's (or, environment-wide, every dataset's).
            let columns: Option<BTreeSet<String>> = if scope == ENVIRONMENT_WIDE {
                let all: BTreeSet<String> = self.remote.column_names.values().flatten().cloned().collect();
                (!all.is_empty()).then_some(all)
            } else {
                self.remote.column_names.get(scope).filter(|c| !c.is_empty()).cloned()
            };
            let mut known: BTreeSet<String> = columns.clone().unwrap_or_default();
            known.extend(fields.iter().cloned());
            known.extend(s.columns.keys().cloned());
            let check = |planner: &mut Planner, path: FieldPath, names: Vec<String>| {
                if columns.is_none() {
                    return;
                }
                for name in names {
                    if !known.contains(&name) {
                        let hint =
                            suggest(&name, known.iter().map(String::as_str)).map(|c| format!(" (did you mean {c:?}?)")).unwrap_or_default();
                        planner.push(path.clone(), format!("no column or calculated field {name:?} in {scope}{hint}"));
                    }
                }
            };
            for (alias, field) in &s.calculated_fields {
                if let Ok(expr) = cruddur_engine::query::expr::Expr::parse(&field.expression) {
                    let names: Vec<String> = expr.columns().into_iter().map(str::to_owned).filter(|c| c != alias).collect();
                    check(self, base.key("calculated_fields").key(alias), names);
                }
            }
            for (name, query) in &s.queries {
                check(self, base.key("queries").key(name).key("query"), query_columns(&query.query));
            }
            for (name, trigger) in &s.triggers {
                check(self, base.key("triggers").key(name).key("query"), query_columns(&trigger.query));
            }
        }
        if let Some(refusal) = &self.remote.slos_refused {
            for (name, slo) in &wanted.slos {
                let path = self.slo_path(name, slo);
                self.push(
                    path,
                    format!(
                        "SLOs and burn alerts need a Pro or Enterprise Honeycomb plan (and a key with Manage SLOs): Honeycomb refused them ({refusal}); remove the SLO, or upgrade the team"
                    ),
                );
            }
            return;
        }
        for (name, slo) in &wanted.slos {
            let path = self.slo_path(name, slo);
            let scope = if slo.datasets.len() == 1 { slo.datasets[0].clone() } else { ENVIRONMENT_WIDE.to_owned() };
            let fields = self.fields_of(&scope);
            if !fields.contains(&slo.sli) {
                let hint =
                    suggest(&slo.sli, fields.iter().map(String::as_str)).map(|c| format!(" (did you mean {c:?}?)")).unwrap_or_default();
                self.push(path.key("sli"), format!("no calculated field {:?} for {scope} in the file or in Honeycomb{hint}", slo.sli));
            }
        }
        for (board, b) in &wanted.boards {
            for (index, panel) in b.panels.iter().enumerate() {
                let path = FieldPath::of(&["honeycomb", "boards", board, "panels"]).index(index);
                match &panel.content {
                    PanelContent::Query { dataset, name, .. } => {
                        let exists = [&wanted, &self.remote.setup]
                            .iter()
                            .any(|setup| setup.scopes.get(dataset).is_some_and(|s| s.queries.contains_key(name)));
                        if !exists {
                            self.push(path.key("query"), format!("no saved query {name:?} in {dataset}, in the file or in Honeycomb"));
                        }
                    }
                    PanelContent::Slo { name } => {
                        if !wanted.slos.contains_key(name) && !self.remote.setup.slos.contains_key(name) {
                            let names = wanted.slos.keys().chain(self.remote.setup.slos.keys()).map(String::as_str);
                            let hint = suggest(name, names).map(|c| format!(" (did you mean {c:?}?)")).unwrap_or_default();
                            self.push(path.key("slo"), format!("no SLO named {name:?} in the file or in Honeycomb{hint}"));
                        }
                    }
                    PanelContent::Text { .. } => {}
                }
            }
        }
    }

    /// Where an SLO is in the file: under its dataset, or environment-wide.
    fn slo_path(&self, name: &str, slo: &super::model::Slo) -> FieldPath {
        if slo.datasets.len() == 1 && self.desired.scopes.contains(&slo.datasets[0]) {
            scope_path(&slo.datasets[0]).key("slos").key(name)
        } else {
            scope_path(ENVIRONMENT_WIDE).key("slos").key(name)
        }
    }

    fn note(&self, step: &mut Step) {
        if let Some(notes) = self.notes.get(&(step.kind, step.scope.clone(), step.name.clone())) {
            let joined = notes.join("; ");
            step.note = Some(match step.note.take() {
                Some(existing) => format!("{existing}; {joined}"),
                None => joined,
            });
        }
    }

    /// Create, update or leave one named object.
    fn compare<T: Serialize + PartialEq>(&self, kind: Kind, scope: Option<&str>, name: &str, wanted: &T, current: Option<&T>) -> Step {
        let mut step = match current {
            None => Step::new(Action::Create, kind, scope, name),
            Some(current) => {
                let changes = changes(current, wanted);
                let action = if changes.is_empty() { Action::Unchanged } else { Action::Update };
                Step { changes, ..Step::new(action, kind, scope, name) }
            }
        };
        self.note(&mut step);
        step
    }

    fn leftover(&self, plan: &mut Plan, prune: bool, kind: Kind, scope: Option<&str>, name: &str) {
        if prune {
            plan.steps.push(Step::new(Action::Delete, kind, scope, name));
        } else {
            let object = match scope {
                Some(scope) => format!("{} {scope}/{name}", kind.label()),
                None => format!("{} {name}", kind.label()),
            };
            plan.untracked.push(object);
        }
    }

    fn steps(&mut self, plan: &mut Plan, prune: bool) {
        let current = &self.remote.setup;
        let wanted = self.wanted.clone();
        let mut steps: Vec<Step> = Vec::new();
        let mut deletions = Plan::default();

        for scope in wanted.scopes.keys().filter(|s| *s != ENVIRONMENT_WIDE) {
            if !self.remote.ids.datasets.contains_key(scope) {
                steps.push(Step::new(Action::Create, Kind::Dataset, None, scope.clone()));
            }
        }
        // Recipients the environment's alerts use cannot be deleted; others only with --prune.
        let in_use: BTreeSet<_> = current
            .scopes
            .values()
            .flat_map(|s| s.triggers.values().flat_map(|t| t.recipients.iter().map(|n| n.recipient.clone())))
            .chain(current.slos.values().flat_map(|s| s.burn_alerts.iter().flat_map(|b| b.recipients.iter().map(|n| n.recipient.clone()))))
            .collect();
        for (key, recipient) in &wanted.recipients {
            steps.push(self.compare(Kind::Recipient, None, &key.to_string(), recipient, current.recipients.get(key)));
        }
        for key in current.recipients.keys().filter(|k| !wanted.recipients.contains_key(*k)) {
            if in_use.contains(key) {
                // An alert uses it (Honeycomb refuses to delete it): left alone, to a run after the alert goes.
                deletions.untracked.push(format!("recipient {key} (an alert uses it)"));
                continue;
            }
            self.leftover(&mut deletions, prune, Kind::Recipient, None, &key.to_string());
        }

        let mut replaced_queries: BTreeSet<(String, String)> = BTreeSet::new();
        for (scope, s) in &wanted.scopes {
            let have = current.scopes.get(scope).cloned().unwrap_or_default();
            let sc = Some(scope.as_str());
            for (name, column) in &s.columns {
                match have.columns.get(name) {
                    Some(existing) => steps.push(self.compare(Kind::Column, sc, name, column, Some(existing))),
                    None => steps.push(Step::new(Action::Create, Kind::Column, sc, name)),
                }
            }
            for (alias, field) in &s.calculated_fields {
                let renamed_from = field
                    .renamed_from
                    .iter()
                    .find(|old| !have.calculated_fields.contains_key(alias) && have.calculated_fields.contains_key(*old));
                match renamed_from {
                    Some(old) => {
                        let mut step = Step::new(Action::Rename, Kind::CalculatedField, sc, alias.clone());
                        step.changes = changes(&have.calculated_fields[old], field);
                        step.changes.insert(
                            0,
                            FieldChange {
                                field: "alias".into(),
                                from: show(&Value::from(old.clone())),
                                to: show(&Value::from(alias.clone())),
                            },
                        );
                        step.previous = Some(old.clone());
                        self.note(&mut step);
                        steps.push(step);
                    }
                    None => steps.push(self.compare(Kind::CalculatedField, sc, alias, field, have.calculated_fields.get(alias))),
                }
            }
            let renamed: BTreeSet<&String> = s.calculated_fields.values().flat_map(|f| f.renamed_from.iter()).collect();
            for alias in have.calculated_fields.keys().filter(|a| !s.calculated_fields.contains_key(*a) && !renamed.contains(a)) {
                self.leftover(&mut deletions, prune, Kind::CalculatedField, sc, alias);
            }
            for (kind, color) in &s.marker_colors {
                steps.push(self.compare(Kind::MarkerColor, sc, kind, color, have.marker_colors.get(kind)));
            }
            for kind in have.marker_colors.keys().filter(|k| !s.marker_colors.contains_key(*k)) {
                self.leftover(&mut deletions, prune, Kind::MarkerColor, sc, kind);
            }
            for (name, query) in &s.queries {
                let mut step = self.compare(Kind::SavedQuery, sc, name, query, have.queries.get(name));
                if step.action == Action::Update && step.changes.iter().any(|c| c.field.starts_with("query")) {
                    step.action = Action::Replace;
                    replaced_queries.insert((scope.clone(), name.clone()));
                }
                steps.push(step);
            }
            for name in have.queries.keys().filter(|n| !s.queries.contains_key(*n)) {
                self.leftover(&mut deletions, prune, Kind::SavedQuery, sc, name);
            }
            for (name, trigger) in &s.triggers {
                steps.push(self.compare(Kind::Trigger, sc, name, trigger, have.triggers.get(name)));
            }
            for name in have.triggers.keys().filter(|n| !s.triggers.contains_key(*n)) {
                self.leftover(&mut deletions, prune, Kind::Trigger, sc, name);
            }
            // Columns hold data: never deleted, never listed as untracked.
        }

        for (name, slo) in &wanted.slos {
            let mut plain = slo.clone();
            plain.burn_alerts.clear();
            let existing = current.slos.get(name);
            let mut existing_plain = existing.cloned();
            if let Some(e) = &mut existing_plain {
                e.burn_alerts.clear();
            }
            let mut step = self.compare(Kind::Slo, None, name, &plain, existing_plain.as_ref());
            let remade = existing_plain.as_ref().is_some_and(|e| e.datasets != slo.datasets);
            if remade {
                // An SLO's datasets cannot change: it is made again (and its burn alerts with it).
                step.action = Action::Replace;
            }
            steps.push(step);
            let have: &[BurnAlert] = if remade { &[] } else { existing.map_or(&[], |e| e.burn_alerts.as_slice()) };
            for (index, alert, matched) in pair_burn_alerts(&slo.burn_alerts, have) {
                let label = format!("{name} #{}", index + 1);
                let mut step = self.compare(Kind::BurnAlert, None, &label, alert, matched.map(|m| &have[m]));
                step.previous = matched.map(|m| m.to_string());
                steps.push(step);
            }
            let used: BTreeSet<usize> = pair_burn_alerts(&slo.burn_alerts, have).into_iter().filter_map(|(_, _, m)| m).collect();
            for index in (0..have.len()).filter(|i| !used.contains(i)) {
                if prune {
                    let mut step = Step::new(Action::Delete, Kind::BurnAlert, None, format!("{name} (Honeycomb's #{})", index + 1));
                    step.previous = Some(index.to_string());
                    deletions.steps.push(step);
                } else {
                    deletions.untracked.push(format!("burn alert #{} of SLO {name}", index + 1));
                }
            }
        }
        for name in current.slos.keys().filter(|n| !wanted.slos.contains_key(*n)) {
            self.leftover(&mut deletions, prune, Kind::Slo, None, name);
        }

        if self.desired.manages_boards {
            for (name, board) in &wanted.boards {
                let mut step = self.compare(Kind::Board, None, name, board, current.boards.get(name));
                let repointed: Vec<String> = board
                    .panels
                    .iter()
                    .filter_map(|p| match &p.content {
                        PanelContent::Query { dataset, name, .. } if replaced_queries.contains(&(dataset.clone(), name.clone())) => {
                            Some(format!("{dataset}/{name}"))
                        }
                        _ => None,
                    })
                    .collect();
                if step.action != Action::Create && !repointed.is_empty() {
                    if step.action == Action::Unchanged {
                        step.action = Action::Update;
                    }
                    step.note = Some(format!("points its panels at the new version of {}", repointed.join(", ")));
                }
                steps.push(step);
                let have_views = current.boards.get(name).map(|b| b.views.clone()).unwrap_or_default();
                for (view, filters) in &board.views {
                    steps.push(self.compare(Kind::BoardView, None, &format!("{name} / {view}"), filters, have_views.get(view)));
                }
                for view in have_views.keys().filter(|v| !board.views.contains_key(*v)) {
                    self.leftover(&mut deletions, prune, Kind::BoardView, None, &format!("{name} / {view}"));
                }
            }
            for name in current.boards.keys().filter(|n| !wanted.boards.contains_key(*n)) {
                self.leftover(&mut deletions, prune, Kind::Board, None, name);
            }
        }
        // An old version of a replaced saved query goes once the boards point at the new one.
        for (scope, name) in &replaced_queries {
            let mut step = Step::new(Action::Delete, Kind::SavedQuery, Some(scope), name.clone());
            step.note = Some("the replaced version".to_owned());
            step.previous = Some("replaced".to_owned());
            deletions.steps.push(step);
        }

        steps.sort_by_key(|step| step.kind);
        deletions.steps.sort_by_key(|step| std::cmp::Reverse(step.kind));
        plan.steps.extend(steps);
        plan.steps.extend(deletions.steps);
        plan.untracked.extend(deletions.untracked);
    }

    fn xray(&mut self, plan: &mut Plan, wanted: &super::file::XrayWanted, current: &XrayCurrent, prune: bool) {
        let mut steps = Vec::new();
        let mut deletions = Vec::new();
        if wanted.manages_groups {
            let have: BTreeMap<&str, XrayGroup> = current
                .groups
                .iter()
                .filter(|g| g.group_name != "Default")
                .map(|g| {
                    let group = XrayGroup {
                        filter_expression: g.filter_expression.clone().unwrap_or_default(),
                        insights_enabled: g.insights_enabled,
                        notifications_enabled: g.notifications_enabled,
                    };
                    (g.group_name.as_str(), group)
                })
                .collect();
            for (name, group) in &wanted.groups {
                steps.push(self.compare(Kind::XrayGroup, None, name, group, have.get(name.as_str())));
            }
            for name in have.keys().filter(|n| !wanted.groups.contains_key(**n)) {
                let mut leftover = Plan::default();
                self.leftover(&mut leftover, prune, Kind::XrayGroup, None, name);
                deletions.extend(leftover.steps);
                plan.untracked.extend(leftover.untracked);
            }
        }
        if wanted.manages_rules {
            let records: Vec<_> = current.rules.iter().map(|record| record.rule.clone()).collect();
            match rules_plan::plan(&wanted.rules, &records, prune) {
                Ok(rules) => {
                    for step in &rules.steps {
                        let action = match step.action {
                            rules_plan::Action::Create => Action::Create,
                            rules_plan::Action::Update => Action::Update,
                            rules_plan::Action::Unchanged => Action::Unchanged,
                            rules_plan::Action::Delete => Action::Delete,
                        };
                        let mut mirrored = Step::new(action, Kind::XrayRule, None, step.rule_name.clone());
                        mirrored.changes = step
                            .changes
                            .iter()
                            .map(|c| FieldChange { field: c.field.to_owned(), from: c.from.clone(), to: c.to.clone() })
                            .collect();
                        if action == Action::Delete { deletions.push(mirrored) } else { steps.push(mirrored) }
                    }
                    plan.untracked.extend(rules.untracked.iter().map(|name| format!("sampling rule {name}")));
                    plan.rules = Some(rules);
                }
                Err(problems) => {
                    for problem in problems {
                        self.push(FieldPath::of(&["xray", "sampling_rules"]), problem);
                    }
                }
            }
        }
        // X-Ray after Honeycomb: its steps do not depend on Honeycomb's.
        let at = plan.steps.iter().position(|s| s.action == Action::Delete).unwrap_or(plan.steps.len());
        plan.steps.splice(at..at, steps);
        plan.steps.extend(deletions);
    }
}

/// Pairs the wanted burn alerts of an SLO with Honeycomb's: equal ones first, then the rest of the same
/// type in order (an update), then what is left is created. `(wanted index, wanted, Honeycomb's index)`.
pub fn pair_burn_alerts<'a>(wanted: &'a [BurnAlert], have: &[BurnAlert]) -> Vec<(usize, &'a BurnAlert, Option<usize>)> {
    let mut taken = vec![false; have.len()];
    let mut pairs: Vec<Option<usize>> = vec![None; wanted.len()];
    for (i, alert) in wanted.iter().enumerate() {
        if let Some(j) = (0..have.len()).find(|j| !taken[*j] && have[*j] == *alert) {
            taken[j] = true;
            pairs[i] = Some(j);
        }
    }
    let same_type = |a: &BurnAlert, b: &BurnAlert| std::mem::discriminant(&a.kind) == std::mem::discriminant(&b.kind);
    for (i, alert) in wanted.iter().enumerate() {
        if pairs[i].is_none()
            && let Some(j) = (0..have.len()).find(|j| !taken[*j] && same_type(&have[*j], alert))
        {
            taken[j] = true;
            pairs[i] = Some(j);
        }
    }
    wanted.iter().enumerate().map(|(i, alert)| (i, alert, pairs[i])).collect()
}

#[cfg(test)]
mod tests;
