//! The observability file (`observability.yaml`): read, checked and turned into the wanted
//! [`Setup`](super::model::Setup), with every problem reported before anything is sent, each as one
//! line naming the file, the line and the field, with a hint where one helps:
//!
//! ```text
//! observability.yaml:14: honeycomb.datasets.backend-flask.triggers."Error rate".frequency: 90 is not a multiple of 60 (60 to 86400 seconds: 60, 300, 900, ...)
//! ```
//!
//! The checks are the API's own (the spec's lengths, enums and ranges, the trigger query rules, the
//! calculated-field grammar), made here so a bad file costs no request. References by name (recipients,
//! saved queries, SLOs, calculated fields) are resolved within the file; a name the file does not define
//! is left to the planner, which looks for it in Honeycomb. `docs/observability.schema.json` describes
//! the same shape for editors; a test keeps the two in step.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::model::{
    BurnAlert, BurnKind, CalculatedField, Column, ENVIRONMENT_WIDE, Notify, Panel, PanelContent, Position, Recipient, RecipientKey,
    SavedQuery, Scope, Setup, Slo, Threshold, Trigger, ViewFilter, grid_layout,
};
use crate::honeycomb::query::{FilterCombination, QuerySpec};
use crate::settings::Environment;
use crate::suggest::suggest;
use crate::xray::rule_file::{self, WantedRule};

/// The file `plan`, `apply` and `export` use when none is named.
pub const DEFAULT_FILE: &str = "observability.yaml";

/// What the file asks for.
#[derive(Debug, Clone, Default)]
pub struct Desired {
    /// The file as named on the command line, for messages.
    pub label: String,
    pub setup: Setup,
    /// Whether the file has a `honeycomb` section (else no Honeycomb key is needed).
    pub has_honeycomb: bool,
    /// The Honeycomb environment the file describes (checked against the key's).
    pub environment: Option<String>,
    /// The scopes (dataset keys as written, and `__all__`) the file has a section for: what it manages.
    pub scopes: Vec<String>,
    /// Whether the file has a `boards` section (only then are boards compared, and pruned).
    pub manages_boards: bool,
    /// Recipient names as the file writes them.
    pub recipient_names: BTreeMap<String, RecipientKey>,
    pub xray: Option<XrayWanted>,
    /// Line numbers of the file's fields, for problems found once Honeycomb's state is known.
    pub lines: LineIndex,
}

/// The X-Ray part: groups by name, and sampling rules from today's rule files or written inline.
#[derive(Debug, Clone, Default)]
pub struct XrayWanted {
    pub groups: BTreeMap<String, XrayGroup>,
    /// Whether the file has a `groups` section.
    pub manages_groups: bool,
    pub rules: Vec<WantedRule>,
    /// Whether the file has a `sampling_rules` section.
    pub manages_rules: bool,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct XrayGroup {
    pub filter_expression: String,
    pub insights_enabled: bool,
    pub notifications_enabled: bool,
}

/// A field's place in the file: its keys and indexes from the top.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct FieldPath(Vec<String>);

impl FieldPath {
    pub fn key(&self, key: &str) -> FieldPath {
        let mut parts = self.0.clone();
        parts.push(key.to_owned());
        FieldPath(parts)
    }

    pub fn index(&self, index: usize) -> FieldPath {
        let mut parts = self.0.clone();
        parts.push(format!("[{index}]"));
        FieldPath(parts)
    }

    /// A path from dotted text the way `Display` writes it (for problems named by the planner).
    pub fn of(parts: &[&str]) -> FieldPath {
        FieldPath(parts.iter().map(|part| (*part).to_owned()).collect())
    }

    /// This path extended by a checker's relative path (`calculations[0].op`).
    pub fn join(&self, relative: &str) -> FieldPath {
        let mut path = self.clone();
        for part in relative.split('.').filter(|p| !p.is_empty()) {
            let (name, indexes) = part.split_once('[').map_or((part, ""), |(n, rest)| (n, rest));
            if !name.is_empty() {
                path = path.key(name);
            }
            for index in indexes.split('[').filter_map(|i| i.trim_end_matches(']').parse::<usize>().ok()) {
                path = path.index(index);
            }
        }
        path
    }
}

impl std::fmt::Display for FieldPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut first = true;
        for part in &self.0 {
            if part.starts_with('[') {
                f.write_str(part)?;
            } else {
                if !first {
                    f.write_str(".")?;
                }
                let plain = !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
                if plain { f.write_str(part)? } else { write!(f, "{part:?}")? }
            }
            first = false;
        }
        Ok(())
    }
}

/// The line of each field in the file (from the YAML syntax tree).
#[derive(Debug, Clone, Default)]
pub struct LineIndex(HashMap<FieldPath, usize>);

impl LineIndex {
    fn build(text: &str) -> LineIndex {
        let mut index = LineIndex::default();
        if let Ok(document) = <yaml_edit::Document as std::str::FromStr>::from_str(text)
            && let Some(mapping) = document.as_mapping()
        {
            index.mapping(text, &mapping, &FieldPath::default());
        }
        index
    }

    fn mapping(&mut self, text: &str, mapping: &yaml_edit::Mapping, path: &FieldPath) {
        for entry in mapping.entries() {
            let Some(key) = entry.key_node().and_then(|key| key.as_scalar().map(yaml_edit::Scalar::as_string)) else { continue };
            let child = path.key(&key);
            self.0.entry(child.clone()).or_insert_with(|| crate::edit::line_at(text, entry.byte_range().start as usize));
            if let Some(value) = entry.value_node() {
                self.node(text, &value, &child);
            }
        }
    }

    fn node(&mut self, text: &str, node: &yaml_edit::YamlNode, path: &FieldPath) {
        if let Some(mapping) = node.as_mapping() {
            self.mapping(text, mapping, path);
        } else if let Some(sequence) = node.as_sequence() {
            for (index, item) in sequence.values().enumerate() {
                let child = path.index(index);
                self.0.entry(child.clone()).or_insert_with(|| crate::edit::line_at(text, item.byte_range().start as usize));
                self.node(text, &item, &child);
            }
        }
    }

    /// The line of `path`, or of its nearest ancestor the file has.
    pub fn line(&self, path: &FieldPath) -> Option<usize> {
        let mut parts = path.0.clone();
        loop {
            if let Some(line) = self.0.get(&FieldPath(parts.clone())) {
                return Some(*line);
            }
            parts.pop()?;
        }
    }
}

/// One problem: where, and what.
#[derive(Debug, Clone, PartialEq)]
pub struct FileProblem {
    pub line: Option<usize>,
    pub path: FieldPath,
    pub message: String,
}

impl FileProblem {
    /// `FILE:LINE: FIELD: MESSAGE`.
    pub fn render(&self, label: &str) -> String {
        let place = match self.line {
            Some(line) => format!("{label}:{line}"),
            None => label.to_owned(),
        };
        if self.path.0.is_empty() { format!("{place}: {}", self.message) } else { format!("{place}: {}: {}", self.path, self.message) }
    }
}

const TOP: &[&str] = &["version", "honeycomb", "xray"];
const HONEYCOMB: &[&str] = &["environment", "recipients", "datasets", "environment_wide", "boards"];
const SCOPE: &[&str] = &["columns", "calculated_fields", "marker_colors", "queries", "triggers", "slos"];
const ENVIRONMENT_SCOPE: &[&str] = &["calculated_fields", "marker_colors", "queries", "triggers", "slos"];
const RECIPIENT_TYPES: &[&str] = &["email", "slack", "pagerduty", "webhook", "msteams_workflow"];
const PAGERDUTY: &[&str] = &["integration_name", "integration_key"];
const WEBHOOK: &[&str] = &["name", "url", "secret", "headers", "template_variables", "templates"];
const TEAMS: &[&str] = &["name", "url"];
const COLUMN: &[&str] = &["type", "description", "hidden"];
const COLUMN_TYPES: &[&str] = &["string", "float", "integer", "boolean"];
const CALCULATED_FIELD: &[&str] = &["expression", "description", "renamed_from"];
const QUERY: &[&str] = &["description", "query"];
const TRIGGER: &[&str] =
    &["description", "query", "threshold", "frequency", "alert_type", "disabled", "recipients", "tags", "schedule", "baseline"];
const THRESHOLD: &[&str] = &["op", "value", "exceeded_limit"];
const THRESHOLD_OPS: &[&str] = &[">", ">=", "<", "<="];
const ALERT_TYPES: &[&str] = &["on_change", "on_true"];
const SCHEDULE: &[&str] = &["days", "start", "end"];
const DAYS: &[&str] = &["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const BASELINE: &[&str] = &["offset_minutes", "type"];
const NOTIFY: &[&str] = &["recipient", "severity", "variables"];
const SEVERITIES: &[&str] = &["critical", "error", "warning", "info"];
const SLO: &[&str] = &["description", "sli", "target_per_million", "time_period_days", "tags", "datasets", "burn_alerts"];
const BURN_ALERT: &[&str] = &["exhaustion_minutes", "budget_rate", "description", "recipients"];
const BUDGET_RATE: &[&str] = &["window_minutes", "decrease_threshold_per_million"];
const BOARD: &[&str] = &["description", "tags", "preset_filters", "panels", "views"];
const PANEL: &[&str] = &["query", "slo", "text", "style", "visualization", "position"];
const PANEL_STYLES: &[&str] = &["graph", "table", "combo"];
const POSITION: &[&str] = &["x", "y", "width", "height"];
const VIEW_FILTER: &[&str] = &["column", "op", "value"];
/// A board view filter's operators: the query filter operators (Honeycomb's spec lists the same set).
const FILTER_OPS: &[&str] = cruddur_engine::query::FilterOp::NAMES;
const XRAY: &[&str] = &["groups", "sampling_rules"];
const XRAY_GROUP: &[&str] = &["filter_expression", "insights", "notifications"];

/// Every field name the reader accepts, by section: what the JSON Schema must describe (a test
/// compares them).
pub const SECTIONS: &[(&str, &[&str])] = &[
    ("top", TOP),
    ("honeycomb", HONEYCOMB),
    ("scope", SCOPE),
    ("environment_scope", ENVIRONMENT_SCOPE),
    ("recipient", RECIPIENT_TYPES),
    ("pagerduty", PAGERDUTY),
    ("webhook", WEBHOOK),
    ("msteams_workflow", TEAMS),
    ("column", COLUMN),
    ("calculated_field", CALCULATED_FIELD),
    ("query", QUERY),
    ("trigger", TRIGGER),
    ("threshold", THRESHOLD),
    ("schedule", SCHEDULE),
    ("baseline", BASELINE),
    ("notify", NOTIFY),
    ("slo", SLO),
    ("burn_alert", BURN_ALERT),
    ("budget_rate", BUDGET_RATE),
    ("board", BOARD),
    ("panel", PANEL),
    ("position", POSITION),
    ("view_filter", VIEW_FILTER),
    ("xray", XRAY),
    ("xray_group", XRAY_GROUP),
];

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "empty",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

/// Reads the file's values, collecting problems.
struct Reader<'a> {
    lines: &'a LineIndex,
    env: &'a dyn Environment,
    /// The file's directory: rule files are named relative to it.
    base: PathBuf,
    label: String,
    problems: Vec<FileProblem>,
}

impl Reader<'_> {
    fn push(&mut self, path: &FieldPath, message: impl Into<String>) {
        self.problems.push(FileProblem { line: self.lines.line(path), path: path.clone(), message: message.into() });
    }

    fn wrong_type(&mut self, value: &Value, path: &FieldPath, expected: &str) {
        self.push(path, format!("is {}; expected {expected}", type_name(value)));
    }

    /// A mapping whose keys are all `known`; unknown keys are problems with a did-you-mean.
    fn mapping<'v>(&mut self, value: &'v Value, path: &FieldPath, known: &[&str]) -> Option<&'v Map<String, Value>> {
        let Some(map) = value.as_object() else {
            self.wrong_type(value, path, "a mapping");
            return None;
        };
        for key in map.keys() {
            if !known.contains(&key.as_str()) {
                let message = match suggest(key, known.iter().copied()) {
                    Some(close) => format!("unknown field (did you mean {close}?)"),
                    None => format!("unknown field (expected one of: {})", known.join(", ")),
                };
                self.push(&path.key(key), message);
            }
        }
        Some(map)
    }

    /// A mapping of names to entries (names are free); empty is fine.
    fn named<'v>(&mut self, value: &'v Value, path: &FieldPath) -> Vec<(&'v String, &'v Value)> {
        match value {
            Value::Object(map) => map.iter().collect(),
            Value::Null => Vec::new(),
            other => {
                self.wrong_type(other, path, "a mapping of names");
                Vec::new()
            }
        }
    }

    fn string(&mut self, value: &Value, path: &FieldPath, min: usize, max: usize) -> Option<String> {
        let Some(text) = value.as_str() else {
            self.wrong_type(value, path, "a string");
            return None;
        };
        let length = text.chars().count();
        if length < min || length > max {
            let range = if min == 0 { format!("at most {max}") } else { format!("{min} to {max}") };
            self.push(path, format!("is {length} characters long: {range} allowed"));
            return None;
        }
        Some(text.to_owned())
    }

    fn optional_string(&mut self, map: &Map<String, Value>, key: &str, path: &FieldPath, max: usize) -> String {
        map.get(key).and_then(|value| self.string(value, &path.key(key), 0, max)).unwrap_or_default()
    }

    fn required<'v>(&mut self, map: &'v Map<String, Value>, key: &str, path: &FieldPath) -> Option<&'v Value> {
        let value = map.get(key);
        if value.is_none_or(Value::is_null) {
            self.push(&path.key(key), "missing (required)");
            return None;
        }
        value
    }

    fn integer(&mut self, value: &Value, path: &FieldPath, min: i64, max: i64, meaning: &str) -> Option<i64> {
        let Some(number) = value.as_i64() else {
            if value.is_number() {
                self.push(path, format!("{value} must be a whole number"));
            } else {
                self.wrong_type(value, path, "a whole number");
            }
            return None;
        };
        if number < min || number > max {
            let range = if max == i64::MAX { format!("at least {min}") } else { format!("{min} to {max}") };
            self.push(path, format!("{number} is out of range: {range}{meaning}"));
            return None;
        }
        Some(number)
    }

    fn boolean(&mut self, map: &Map<String, Value>, key: &str, path: &FieldPath, default: bool) -> bool {
        match map.get(key) {
            None | Some(Value::Null) => default,
            Some(Value::Bool(b)) => *b,
            Some(other) => {
                self.wrong_type(other, &path.key(key), "true or false");
                default
            }
        }
    }

    fn choice(&mut self, value: &Value, path: &FieldPath, allowed: &[&str], what: &str) -> Option<String> {
        let Some(text) = value.as_str() else {
            self.wrong_type(value, path, &format!("{what} (a string)"));
            return None;
        };
        if allowed.contains(&text) {
            return Some(text.to_owned());
        }
        let hint = match suggest(text, allowed.iter().copied()).or_else(|| suggest(&text.to_lowercase(), allowed.iter().copied())) {
            Some(close) => format!("did you mean {close}? "),
            None => String::new(),
        };
        self.push(path, format!("{text:?} is not {what} ({hint}valid: {})", allowed.join(" ")));
        None
    }

    /// A secret: `${VAR}` only (secrets are never written in a committed file). The value when the
    /// variable is set; `Err(var)` when it is not.
    fn secret(&mut self, value: &Value, path: &FieldPath) -> Option<Result<String, String>> {
        let text = value.as_str().or_else(|| {
            self.wrong_type(value, path, "a ${VARIABLE} reference");
            None
        })?;
        let name = text.strip_prefix("${").and_then(|rest| rest.strip_suffix('}')).filter(|name| crate::edit::is_variable_name(name));
        match name {
            Some(name) => Some(self.env.var(name).ok_or_else(|| name.to_owned())),
            None => {
                self.push(path, "a secret is written as ${VARIABLE} (set in the environment), never literally in the file");
                None
            }
        }
    }

    /// `{key: value}` tags: at most 10, keys lower-case letters (≤ 32), values starting with a
    /// lower-case letter, then lower-case letters, digits, `/` and `-` (≤ 128).
    fn tags(&mut self, map: &Map<String, Value>, path: &FieldPath) -> Vec<(String, String)> {
        let Some(value) = map.get("tags") else { return Vec::new() };
        let path = path.key("tags");
        let mut out = Vec::new();
        let entries = self.named(value, &path);
        if entries.len() > 10 {
            self.push(&path, format!("has {} tags: at most 10 allowed", entries.len()));
        }
        for (key, value) in entries {
            let at = path.key(key);
            if key.is_empty() || key.chars().count() > 32 || !key.chars().all(|c| c.is_ascii_lowercase()) {
                self.push(&at, "a tag key is 1 to 32 lower-case letters");
                continue;
            }
            let Some(text) = self.string(value, &at, 1, 128) else { continue };
            let mut chars = text.chars();
            let valid = chars.next().is_some_and(|c| c.is_ascii_lowercase())
                && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '/' || c == '-');
            if !valid {
                self.push(&at, format!("{text:?}: a tag value starts with a lower-case letter, then lower-case letters, digits, / and -"));
                continue;
            }
            out.push((key.clone(), text));
        }
        out.sort();
        out
    }
}

/// Reads `path` and checks it. `Err` lists every problem, rendered (`LABEL:LINE: FIELD: MESSAGE`, the
/// label being the file as the user named it).
pub fn load(path: &Path, label: &str, env: &dyn Environment) -> Result<Desired, Vec<String>> {
    let label = label.to_owned();
    let text = match crate::fsio::read_workspace_file(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            return Err(vec![format!(
                "{label}: no such file (write one, start from `cruddur-obs init --with board`, or `cruddur-obs export > {label}`)"
            )]);
        }
        Err(err) => return Err(vec![format!("{label}: cannot read: {err}")]),
    };
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    parse(&text, &label, &base, env)
}

/// Checks the file's text (`label` names it in problems; rule files are read relative to `base`).
pub fn parse(text: &str, label: &str, base: &Path, env: &dyn Environment) -> Result<Desired, Vec<String>> {
    let value: Value = match yaml_serde::from_str(text.trim_start_matches('\u{feff}')) {
        Ok(value) => value,
        Err(err) => {
            let place = err.location().map_or_else(|| label.to_owned(), |at| format!("{label}:{}", at.line()));
            return Err(vec![format!("{place}: not valid YAML: {err}")]);
        }
    };
    let lines = LineIndex::build(text);
    let mut reader = Reader { lines: &lines, env, base: base.to_owned(), label: label.to_owned(), problems: Vec::new() };
    let mut desired = Desired { label: label.to_owned(), ..Desired::default() };
    read_top(&mut reader, &value, &mut desired);
    if reader.problems.is_empty() {
        desired.lines = lines;
        Ok(desired)
    } else {
        Err(reader.problems.iter().map(|problem| problem.render(label)).collect())
    }
}

fn read_top(r: &mut Reader, value: &Value, desired: &mut Desired) {
    let root = FieldPath::default();
    if value.is_null() {
        r.push(&root, "the file is empty (it needs a honeycomb or xray section)");
        return;
    }
    let Some(top) = r.mapping(value, &root, TOP) else { return };
    if let Some(version) = top.get("version")
        && version.as_i64() != Some(1)
    {
        r.push(&root.key("version"), format!("{version} is not a version this tool reads (1)"));
    }
    if !top.contains_key("honeycomb") && !top.contains_key("xray") {
        r.push(&root, "nothing to manage: add a honeycomb or an xray section");
    }
    if let Some(honeycomb) = top.get("honeycomb") {
        desired.has_honeycomb = true;
        read_honeycomb(r, honeycomb, &root.key("honeycomb"), desired);
    }
    if let Some(xray) = top.get("xray") {
        desired.xray = read_xray(r, xray, &root.key("xray"));
    }
}

fn read_honeycomb(r: &mut Reader, value: &Value, path: &FieldPath, desired: &mut Desired) {
    let Some(map) = r.mapping(value, path, HONEYCOMB) else { return };
    if let Some(environment) = map.get("environment") {
        desired.environment = r.string(environment, &path.key("environment"), 1, 255);
    }
    if let Some(recipients) = map.get("recipients") {
        let path = path.key("recipients");
        for (name, value) in r.named(recipients, &path) {
            let at = path.key(name);
            if let Some(recipient) = read_recipient(r, name, value, &at) {
                if let Some((other, _)) = desired.recipient_names.iter().find(|(_, key)| **key == recipient.key) {
                    r.push(&at, format!("the same recipient as {other:?} ({}): a recipient is its type and target", recipient.key));
                    continue;
                }
                desired.recipient_names.insert(name.clone(), recipient.key.clone());
                desired.setup.recipients.insert(recipient.key.clone(), recipient);
            }
        }
    }
    let mut slos: Vec<(FieldPath, String, Value, String)> = Vec::new();
    if let Some(datasets) = map.get("datasets") {
        let path = path.key("datasets");
        for (dataset, value) in r.named(datasets, &path) {
            let at = path.key(dataset);
            if dataset == ENVIRONMENT_WIDE {
                r.push(&at, "environment-wide objects go in honeycomb.environment_wide");
                continue;
            }
            if dataset.trim().is_empty() || dataset.chars().count() > 255 {
                r.push(&at, "a dataset name is 1 to 255 characters");
                continue;
            }
            desired.scopes.push(dataset.clone());
            let scope = read_scope(r, value, &at, dataset, desired, &mut slos);
            desired.setup.scopes.insert(dataset.clone(), scope);
        }
    }
    if let Some(environment_wide) = map.get("environment_wide") {
        let at = path.key("environment_wide");
        desired.scopes.push(ENVIRONMENT_WIDE.to_owned());
        let scope = read_scope(r, environment_wide, &at, ENVIRONMENT_WIDE, desired, &mut slos);
        desired.setup.scopes.insert(ENVIRONMENT_WIDE.to_owned(), scope);
    }
    // SLOs after every scope, so their SLIs and names can be checked across scopes.
    for (at, scope, value, name) in slos {
        if desired.setup.slos.contains_key(&name) {
            r.push(&at, format!("another SLO is named {name:?}: SLO names are unique in an environment"));
            continue;
        }
        if let Some(slo) = read_slo(r, &value, &at, &scope, desired) {
            desired.setup.slos.insert(name, slo);
        }
    }
    if let Some(boards) = map.get("boards") {
        desired.manages_boards = true;
        let path = path.key("boards");
        for (name, value) in r.named(boards, &path) {
            let at = path.key(name);
            if name.trim().is_empty() || name.chars().count() > 255 {
                r.push(&at, "a board name is 1 to 255 characters");
                continue;
            }
            if let Some(board) = read_board(r, value, &at, desired) {
                desired.setup.boards.insert(name.clone(), board);
            }
        }
    }
}

fn read_recipient(r: &mut Reader, name: &str, value: &Value, path: &FieldPath) -> Option<Recipient> {
    let map = r.mapping(value, path, RECIPIENT_TYPES)?;
    let kinds: Vec<&String> = map.keys().filter(|key| RECIPIENT_TYPES.contains(&key.as_str())).collect();
    let kind = match kinds.as_slice() {
        [kind] => kind.as_str(),
        [] => {
            r.push(path, format!("give the recipient's type as one key: {}", RECIPIENT_TYPES.join(", ")));
            return None;
        }
        _ => {
            r.push(path, "a recipient has one type: keep one of its keys");
            return None;
        }
    };
    let at = path.key(kind);
    let value = &map[kind];
    let mut details = BTreeMap::new();
    let mut unset_secrets = Vec::new();
    let target = match kind {
        "email" => {
            let address = r.string(value, &at, 3, 254)?;
            let valid = address.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
            });
            if !valid || address.contains(char::is_whitespace) {
                r.push(&at, format!("{address:?} is not an email address"));
                return None;
            }
            details.insert("email_address".to_owned(), Value::from(address.clone()));
            address
        }
        "slack" => {
            let channel = r.string(value, &at, 2, 80)?;
            if !channel.starts_with('#') && !channel.starts_with('@') {
                r.push(&at, format!("{channel:?}: a Slack channel starts with # (a user with @), e.g. \"#cruddur-alerts\""));
                return None;
            }
            details.insert("slack_channel".to_owned(), Value::from(channel.clone()));
            channel
        }
        "pagerduty" => {
            let fields = r.mapping(value, &at, PAGERDUTY)?;
            let integration = r.required(fields, "integration_name", &at).and_then(|v| r.string(v, &at.key("integration_name"), 1, 255));
            let key = r.required(fields, "integration_key", &at).and_then(|v| r.secret(v, &at.key("integration_key")));
            let integration = integration?;
            details.insert("pagerduty_integration_name".to_owned(), Value::from(integration.clone()));
            match key? {
                Ok(key) if key.chars().count() != 32 => {
                    r.push(&at.key("integration_key"), "the PagerDuty integration key (the variable's value) must be 32 characters");
                    return None;
                }
                Ok(key) => {
                    details.insert("pagerduty_integration_key".to_owned(), Value::from(key));
                }
                Err(var) => unset_secrets.push(("pagerduty_integration_key".to_owned(), var)),
            }
            integration
        }
        "webhook" => {
            let fields = r.mapping(value, &at, WEBHOOK)?;
            let webhook_name = r.required(fields, "name", &at).and_then(|v| r.string(v, &at.key("name"), 1, 255));
            let url = r.required(fields, "url", &at).and_then(|v| read_url(r, v, &at.key("url")));
            if let Some(secret) = fields.get("secret") {
                match r.secret(secret, &at.key("secret")) {
                    Some(Ok(value)) if value.chars().count() > 255 => {
                        r.push(&at.key("secret"), "the webhook secret is at most 255 characters")
                    }
                    Some(Ok(value)) => {
                        details.insert("webhook_secret".to_owned(), Value::from(value));
                    }
                    Some(Err(var)) => unset_secrets.push(("webhook_secret".to_owned(), var)),
                    None => {}
                }
            }
            if let Some(headers) = fields.get("headers") {
                let hpath = at.key("headers");
                let entries = r.named(headers, &hpath);
                if entries.len() > 5 {
                    r.push(&hpath, format!("has {} headers: at most 5 allowed", entries.len()));
                }
                let mut list = Vec::new();
                for (header, value) in entries {
                    if header.is_empty() || header.chars().count() > 64 {
                        r.push(&hpath.key(header), "a header name is 1 to 64 characters");
                    }
                    if let Some(value) = r.string(value, &hpath.key(header), 0, 750) {
                        list.push(serde_json::json!({"header": header, "value": value}));
                    }
                }
                details.insert("webhook_headers".to_owned(), Value::Array(list));
            }
            let mut payloads = Map::new();
            if let Some(variables) = fields.get("template_variables") {
                let vpath = at.key("template_variables");
                let entries = r.named(variables, &vpath);
                if entries.len() > 10 {
                    r.push(&vpath, format!("has {} variables: at most 10 allowed", entries.len()));
                }
                let mut list = Vec::new();
                for (variable, default) in entries {
                    let mut chars = variable.chars();
                    let valid = variable.chars().count() <= 64
                        && chars.next().is_some_and(|c| c.is_ascii_lowercase())
                        && chars.all(|c| c.is_ascii_alphanumeric());
                    if !valid {
                        r.push(
                            &vpath.key(variable),
                            "a template variable starts with a lower-case letter, then letters and digits (at most 64)",
                        );
                    }
                    let mut item = serde_json::json!({"name": variable});
                    if !default.is_null()
                        && let Some(default) = r.string(default, &vpath.key(variable), 0, 256)
                    {
                        item["default_value"] = Value::from(default);
                    }
                    list.push(item);
                }
                payloads.insert("template_variables".to_owned(), Value::Array(list));
            }
            if let Some(templates) = fields.get("templates") {
                let tpath = at.key("templates");
                let mut out = Map::new();
                for (which, body) in r.named(templates, &tpath) {
                    if !["trigger", "budget_rate", "exhaustion_time"].contains(&which.as_str()) {
                        r.push(&tpath.key(which), "templates are for trigger, budget_rate and exhaustion_time");
                        continue;
                    }
                    if let Some(body) = r.string(body, &tpath.key(which), 0, 100_000) {
                        out.insert(which.clone(), serde_json::json!({"body": body}));
                    }
                }
                payloads.insert("payload_templates".to_owned(), Value::Object(out));
            }
            if !payloads.is_empty() {
                details.insert("webhook_payloads".to_owned(), Value::Object(payloads));
            }
            let (webhook_name, url) = (webhook_name?, url?);
            details.insert("webhook_name".to_owned(), Value::from(webhook_name.clone()));
            details.insert("webhook_url".to_owned(), Value::from(url));
            webhook_name
        }
        _ => {
            let fields = r.mapping(value, &at, TEAMS)?;
            let webhook_name = r.required(fields, "name", &at).and_then(|v| r.string(v, &at.key("name"), 1, 255));
            let url = r.required(fields, "url", &at).and_then(|v| read_url(r, v, &at.key("url")));
            let (webhook_name, url) = (webhook_name?, url?);
            details.insert("webhook_name".to_owned(), Value::from(webhook_name.clone()));
            details.insert("webhook_url".to_owned(), Value::from(url));
            webhook_name
        }
    };
    Some(Recipient { name: name.to_owned(), key: RecipientKey::new(kind, &target), details, unset_secrets })
}

fn read_url(r: &mut Reader, value: &Value, path: &FieldPath) -> Option<String> {
    let url = r.string(value, path, 1, 2048)?;
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    if rest.is_none_or(|rest| rest.is_empty() || rest.starts_with('/')) {
        r.push(path, format!("{url:?} is not an http(s) URL"));
        return None;
    }
    Some(url)
}

fn read_scope(
    r: &mut Reader,
    value: &Value,
    path: &FieldPath,
    scope_name: &str,
    desired: &Desired,
    slos: &mut Vec<(FieldPath, String, Value, String)>,
) -> Scope {
    let mut scope = Scope::default();
    let known = if scope_name == ENVIRONMENT_WIDE { ENVIRONMENT_SCOPE } else { SCOPE };
    if value.is_null() {
        return scope;
    }
    let Some(map) = r.mapping(value, path, known) else { return scope };
    if let Some(columns) = map.get("columns") {
        let cpath = path.key("columns");
        for (name, value) in r.named(columns, &cpath) {
            let at = cpath.key(name);
            let Some(fields) = r.mapping(value, &at, COLUMN) else { continue };
            let column_type = fields.get("type").and_then(|t| r.choice(t, &at.key("type"), COLUMN_TYPES, "a column type"));
            let description = r.optional_string(fields, "description", &at, 255);
            let hidden = r.boolean(fields, "hidden", &at, false);
            scope.columns.insert(name.clone(), Column { column_type, description, hidden });
        }
    }
    if let Some(fields) = map.get("calculated_fields") {
        let fpath = path.key("calculated_fields");
        for (alias, value) in r.named(fields, &fpath) {
            let at = fpath.key(alias);
            if alias.is_empty() || alias.chars().count() > 255 {
                r.push(&at, "an alias is 1 to 255 characters");
                continue;
            }
            if let Some(field) = read_calculated_field(r, value, &at) {
                if scope.columns.contains_key(alias) {
                    r.push(&at, format!("{alias:?} is also declared as a column here: a calculated field cannot shadow a column"));
                }
                scope.calculated_fields.insert(alias.clone(), field);
            }
        }
    }
    if let Some(colors) = map.get("marker_colors") {
        let mpath = path.key("marker_colors");
        for (kind, value) in r.named(colors, &mpath) {
            let at = mpath.key(kind);
            let Some(color) = r.string(value, &at, 1, 7) else { continue };
            if color.len() != 7 || !color.starts_with('#') || !color[1..].bytes().all(|b| b.is_ascii_hexdigit()) {
                r.push(&at, format!("{color:?} is not a colour: hexadecimal RGB such as \"#F96E11\""));
                continue;
            }
            scope.marker_colors.insert(kind.clone(), color);
        }
    }
    if let Some(queries) = map.get("queries") {
        let qpath = path.key("queries");
        for (name, value) in r.named(queries, &qpath) {
            let at = qpath.key(name);
            if name.trim().is_empty() || name.chars().count() > 320 {
                r.push(&at, "a saved query's name is 1 to 320 characters");
                continue;
            }
            let Some(fields) = r.mapping(value, &at, QUERY) else { continue };
            let description = r.optional_string(fields, "description", &at, 1023);
            let Some(spec) = r.required(fields, "query", &at) else { continue };
            if let Some(spec) = read_query(r, spec, &at.key("query")) {
                scope.queries.insert(name.clone(), SavedQuery { description, query: canonical_query(&spec) });
            }
        }
    }
    if let Some(triggers) = map.get("triggers") {
        let tpath = path.key("triggers");
        for (name, value) in r.named(triggers, &tpath) {
            let at = tpath.key(name);
            if name.trim().is_empty() || name.chars().count() > 120 {
                r.push(&at, "a trigger's name is 1 to 120 characters");
                continue;
            }
            if let Some(trigger) = read_trigger(r, value, &at, &scope, desired) {
                scope.triggers.insert(name.clone(), trigger);
            }
        }
    }
    if let Some(found) = map.get("slos") {
        let spath = path.key("slos");
        for (name, value) in r.named(found, &spath) {
            let at = spath.key(name);
            if name.trim().is_empty() || name.chars().count() > 120 {
                r.push(&at, "an SLO's name is 1 to 120 characters");
                continue;
            }
            slos.push((at, scope_name.to_owned(), value.clone(), name.clone()));
        }
    }
    scope
}

fn read_calculated_field(r: &mut Reader, value: &Value, path: &FieldPath) -> Option<CalculatedField> {
    let (expression, description, renamed_from, expression_path) = match value {
        Value::String(expression) => (expression.clone(), String::new(), Vec::new(), path.clone()),
        other => {
            let fields = r.mapping(other, path, CALCULATED_FIELD)?;
            let expression = r.required(fields, "expression", path).and_then(|v| r.string(v, &path.key("expression"), 1, 4095))?;
            let description = r.optional_string(fields, "description", path, 255);
            let renamed_from = match fields.get("renamed_from") {
                None | Some(Value::Null) => Vec::new(),
                Some(Value::String(old)) => vec![old.clone()],
                Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).map(str::to_owned).collect(),
                Some(other) => {
                    r.wrong_type(other, &path.key("renamed_from"), "an alias or a list of aliases");
                    Vec::new()
                }
            };
            (expression, description, renamed_from, path.key("expression"))
        }
    };
    if let Err(err) = cruddur_engine::query::expr::Expr::parse(&expression) {
        r.push(&expression_path, format!("{err}: {expression:?}"));
        return None;
    }
    Some(CalculatedField { expression, description, renamed_from })
}

/// A query spec, checked by the same checker `query run` uses (without the run's time window).
fn read_query(r: &mut Reader, value: &Value, path: &FieldPath) -> Option<QuerySpec> {
    match crate::query::spec::check_value(value) {
        Ok(spec) => Some(spec),
        Err(problems) => {
            for problem in problems {
                let at = path.join(&problem.path);
                r.push(&at, problem.message);
            }
            None
        }
    }
}

/// A spec as the API stores and answers it: unset fields left out, the default `AND` dropped.
pub fn canonical_query(spec: &QuerySpec) -> Value {
    let mut spec = spec.clone();
    if spec.filter_combination == Some(FilterCombination::And) {
        spec.filter_combination = None;
    }
    serde_json::to_value(&spec).unwrap_or_default()
}

fn read_notify(r: &mut Reader, value: &Value, path: &FieldPath, desired: &Desired) -> Option<Notify> {
    let (name, severity, variables, name_path) = match value {
        Value::String(name) => (name.clone(), None, BTreeMap::new(), path.clone()),
        other => {
            let fields = r.mapping(other, path, NOTIFY)?;
            let name = r.required(fields, "recipient", path).and_then(|v| r.string(v, &path.key("recipient"), 1, 255))?;
            let severity = fields.get("severity").and_then(|v| r.choice(v, &path.key("severity"), SEVERITIES, "a PagerDuty severity"));
            let mut variables = BTreeMap::new();
            if let Some(vars) = fields.get("variables") {
                for (key, value) in r.named(vars, &path.key("variables")) {
                    if let Some(value) = r.string(value, &path.key("variables").key(key), 0, 256) {
                        variables.insert(key.clone(), value);
                    }
                }
            }
            (name, severity, variables, path.key("recipient"))
        }
    };
    let Some(key) = desired.recipient_names.get(&name) else {
        let hint = match suggest(&name, desired.recipient_names.keys().map(String::as_str)) {
            Some(close) => format!(" (did you mean {close:?}?)"),
            None if desired.recipient_names.is_empty() => " (define it under honeycomb.recipients)".to_owned(),
            None => format!(" (recipients: {})", desired.recipient_names.keys().cloned().collect::<Vec<_>>().join(", ")),
        };
        r.push(&name_path, format!("no recipient named {name:?}{hint}"));
        return None;
    };
    if severity.is_some() && key.kind != "pagerduty" {
        r.push(&path.key("severity"), format!("only a PagerDuty recipient takes a severity ({name:?} is {})", key.kind));
        return None;
    }
    if !variables.is_empty() {
        let declared: Vec<String> = desired.setup.recipients[key]
            .details
            .get("webhook_payloads")
            .and_then(|p| p.get("template_variables"))
            .and_then(Value::as_array)
            .map(|vars| vars.iter().filter_map(|v| v["name"].as_str().map(str::to_owned)).collect())
            .unwrap_or_default();
        for variable in variables.keys() {
            if !declared.contains(variable) {
                r.push(&path.key("variables").key(variable), format!("the recipient {name:?} declares no template variable {variable:?}"));
                return None;
            }
        }
    }
    // The API fills in PagerDuty's default severity; so does the file, so the two compare equal.
    let severity = if key.kind == "pagerduty" { Some(severity.unwrap_or_else(|| "critical".to_owned())) } else { None };
    Some(Notify { recipient: key.clone(), severity, variables })
}

fn read_notify_list(r: &mut Reader, map: &Map<String, Value>, path: &FieldPath, desired: &Desired) -> Vec<Notify> {
    let Some(value) = map.get("recipients") else { return Vec::new() };
    let path = path.key("recipients");
    let Some(items) = value.as_array() else {
        r.wrong_type(value, &path, "a list of recipient names");
        return Vec::new();
    };
    let mut out: Vec<Notify> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        if let Some(notify) = read_notify(r, item, &path.index(index), desired) {
            if out.iter().any(|n| n.recipient == notify.recipient) {
                r.push(&path.index(index), "the same recipient is listed twice");
                continue;
            }
            out.push(notify);
        }
    }
    out.sort();
    out
}

fn read_trigger(r: &mut Reader, value: &Value, path: &FieldPath, scope: &Scope, desired: &Desired) -> Option<Trigger> {
    let map = r.mapping(value, path, TRIGGER)?;
    let description = r.optional_string(map, "description", path, 1023);
    let frequency = match map.get("frequency") {
        None => Some(900),
        Some(value) => {
            let at = path.key("frequency");
            match r.integer(value, &at, 60, 86_400, " seconds") {
                Some(f) if f % 60 != 0 => {
                    r.push(&at, format!("{f} is not a multiple of 60 (60 to 86400 seconds: 60, 300, 900, ...)"));
                    None
                }
                other => other,
            }
        }
    };
    let threshold = r.required(map, "threshold", path).and_then(|value| {
        let at = path.key("threshold");
        let fields = r.mapping(value, &at, THRESHOLD)?;
        let op = r.required(fields, "op", &at).and_then(|v| r.choice(v, &at.key("op"), THRESHOLD_OPS, "a threshold operator"));
        let number = r.required(fields, "value", &at).and_then(|v| {
            v.as_f64().or_else(|| {
                r.wrong_type(v, &at.key("value"), "a number");
                None
            })
        });
        let limit = match fields.get("exceeded_limit") {
            None => Some(1),
            Some(v) => r.integer(v, &at.key("exceeded_limit"), 1, 5, " (how many times in a row before it alerts)"),
        };
        Some(Threshold { op: op?, value: number?, exceeded_limit: limit? })
    });
    let query_path = path.key("query");
    let query = r.required(map, "query", path).and_then(|value| match value {
        Value::String(name) => match scope.queries.get(name) {
            Some(saved) => Some(saved.query.clone()),
            None => {
                let hint =
                    suggest(name, scope.queries.keys().map(String::as_str)).map(|c| format!(" (did you mean {c:?}?)")).unwrap_or_default();
                r.push(&query_path, format!("no saved query named {name:?} in this dataset's queries{hint}; or write the query inline"));
                None
            }
        },
        spec => read_query(r, spec, &query_path).map(|spec| canonical_query(&spec)),
    });
    if let (Some(query), Some(frequency)) = (&query, frequency) {
        let engine_spec = cruddur_engine::query::QuerySpec::from_json(query.clone());
        if let Err(err) = engine_spec.and_then(|spec| spec.validate_for_trigger(frequency)) {
            match err {
                cruddur_engine::query::SpecError::Field { field, description, .. } => {
                    r.push(&query_path.join(field.strip_prefix("query.").unwrap_or(&field)), description);
                }
                other => r.push(&query_path, other.to_string()),
            }
        }
    }
    let alert_type = match map.get("alert_type") {
        None => Some("on_change".to_owned()),
        Some(v) => r.choice(v, &path.key("alert_type"), ALERT_TYPES, "an alert type"),
    };
    let disabled = r.boolean(map, "disabled", path, false);
    let recipients = read_notify_list(r, map, path, desired);
    let tags = r.tags(map, path);
    let schedule = map.get("schedule").and_then(|value| {
        let at = path.key("schedule");
        let fields = r.mapping(value, &at, SCHEDULE)?;
        let days = r.required(fields, "days", &at).and_then(|v| {
            let items = v.as_array().filter(|items| !items.is_empty() && items.len() <= 7);
            let Some(items) = items else {
                r.push(&at.key("days"), "a list of 1 to 7 days (sunday ... saturday)");
                return None;
            };
            let days: Vec<String> =
                items.iter().enumerate().filter_map(|(i, d)| r.choice(d, &at.key("days").index(i), DAYS, "a day")).collect();
            (days.len() == items.len()).then_some(days)
        });
        let mut times = Vec::new();
        for key in ["start", "end"] {
            let time = r.required(fields, key, &at).and_then(|v| r.string(v, &at.key(key), 4, 5));
            match time {
                Some(t) if hh_mm(&t) => times.push(t),
                Some(t) => r.push(&at.key(key), format!("{t:?} is not a UTC time HH:mm (e.g. 09:00)")),
                None => {}
            }
        }
        let days = days?;
        let [start, end] = <[String; 2]>::try_from(times).ok()?;
        Some(serde_json::json!({"days_of_week": days, "start_time": start, "end_time": end}))
    });
    let baseline = map.get("baseline").and_then(|value| {
        let at = path.key("baseline");
        let fields = r.mapping(value, &at, BASELINE)?;
        let offset = r.required(fields, "offset_minutes", &at).and_then(|v| {
            let minutes = r.integer(v, &at.key("offset_minutes"), 60, 40_320, "")?;
            if ![60, 1440, 10_080, 40_320].contains(&minutes) {
                r.push(
                    &at.key("offset_minutes"),
                    format!("{minutes} is not one of 60, 1440, 10080, 40320 (1 hour, 1 day, 7 days, 28 days)"),
                );
                return None;
            }
            Some(minutes)
        });
        let kind = r.required(fields, "type", &at).and_then(|v| r.choice(v, &at.key("type"), &["percentage", "value"], "a baseline type"));
        Some(serde_json::json!({"offset_minutes": offset?, "type": kind?}))
    });
    Some(Trigger {
        description,
        query: query?,
        threshold: threshold?,
        frequency: frequency?,
        alert_type: alert_type?,
        disabled,
        recipients,
        tags,
        schedule,
        baseline,
    })
}

/// `HH:mm`, 24-hour.
fn hh_mm(text: &str) -> bool {
    let Some((hours, minutes)) = text.split_once(':') else { return false };
    let number = |s: &str, max: u32| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && s.parse::<u32>().is_ok_and(|n| n <= max);
    hours.len() <= 2 && number(hours, 23) && minutes.len() == 2 && number(minutes, 59)
}

fn read_slo(r: &mut Reader, value: &Value, path: &FieldPath, scope: &str, desired: &Desired) -> Option<Slo> {
    let map = r.mapping(value, path, SLO)?;
    let description = r.optional_string(map, "description", path, 1023);
    let sli = r.required(map, "sli", path).and_then(|v| r.string(v, &path.key("sli"), 1, 255));
    let target = r
        .required(map, "target_per_million", path)
        .and_then(|v| r.integer(v, &path.key("target_per_million"), 0, 999_999, " (999000 is 99.9%)"));
    let period = match map.get("time_period_days") {
        None => Some(30),
        Some(v) => r.integer(v, &path.key("time_period_days"), 1, i64::MAX, " days"),
    };
    let tags = r.tags(map, path);
    let datasets = if scope == ENVIRONMENT_WIDE {
        let at = path.key("datasets");
        match map.get("datasets") {
            Some(Value::Array(items)) if !items.is_empty() && items.len() <= 10 => {
                let mut out: Vec<String> = items.iter().enumerate().filter_map(|(i, d)| r.string(d, &at.index(i), 1, 255)).collect();
                out.sort();
                out.dedup();
                Some(out)
            }
            _ => {
                r.push(&at, "an environment-wide SLO lists the datasets it evaluates (1 to 10)");
                None
            }
        }
    } else {
        if map.contains_key("datasets") {
            r.push(&path.key("datasets"), "only an environment-wide SLO lists datasets; this one evaluates its own");
        }
        Some(vec![scope.to_owned()])
    };
    // The SLI must be a calculated field of the SLO's scope or environment-wide; one defined nowhere in
    // the file is looked for in Honeycomb by the planner.
    if let Some(alias) = &sli {
        let in_file = desired.setup.scopes.get(scope).is_some_and(|s| s.calculated_fields.contains_key(alias))
            || desired.setup.scopes.get(ENVIRONMENT_WIDE).is_some_and(|s| s.calculated_fields.contains_key(alias));
        let elsewhere = desired
            .setup
            .scopes
            .iter()
            .find(|(name, s)| *name != scope && *name != ENVIRONMENT_WIDE && s.calculated_fields.contains_key(alias));
        if !in_file && let Some((other, _)) = elsewhere {
            r.push(&path.key("sli"), format!("{alias:?} is a calculated field of {other}, not of this SLO's dataset ({scope})"));
        }
    }
    let mut burn_alerts = Vec::new();
    if let Some(alerts) = map.get("burn_alerts") {
        let at = path.key("burn_alerts");
        match alerts.as_array() {
            Some(items) => {
                for (index, item) in items.iter().enumerate() {
                    if let Some(alert) = read_burn_alert(r, item, &at.index(index), period.unwrap_or(30), desired) {
                        burn_alerts.push(alert);
                    }
                }
            }
            None => r.wrong_type(alerts, &at, "a list of burn alerts"),
        }
    }
    Some(Slo { description, sli: sli?, datasets: datasets?, time_period_days: period?, target_per_million: target?, tags, burn_alerts })
}

fn read_burn_alert(r: &mut Reader, value: &Value, path: &FieldPath, period_days: i64, desired: &Desired) -> Option<BurnAlert> {
    let map = r.mapping(value, path, BURN_ALERT)?;
    let kind = match (map.get("exhaustion_minutes"), map.get("budget_rate")) {
        (Some(minutes), None) => {
            let minutes = r.integer(minutes, &path.key("exhaustion_minutes"), 0, i64::MAX, " minutes")?;
            BurnKind::ExhaustionTime { exhaustion_minutes: minutes }
        }
        (None, Some(rate)) => {
            let at = path.key("budget_rate");
            let fields = r.mapping(rate, &at, BUDGET_RATE)?;
            let period = period_days * 1440;
            let window = r
                .required(fields, "window_minutes", &at)
                .and_then(|v| r.integer(v, &at.key("window_minutes"), 60, period, " minutes (up to the SLO's time period)"));
            let threshold = r
                .required(fields, "decrease_threshold_per_million", &at)
                .and_then(|v| r.integer(v, &at.key("decrease_threshold_per_million"), 1, 1_000_000, " (10000 is a 1% drop of the budget)"));
            BurnKind::BudgetRate { budget_rate_window_minutes: window?, budget_rate_decrease_threshold_per_million: threshold? }
        }
        (Some(_), Some(_)) => {
            r.push(path, "a burn alert is either exhaustion_minutes or budget_rate, not both");
            return None;
        }
        (None, None) => {
            r.push(path, "give exhaustion_minutes (alert before the budget runs out) or budget_rate (alert on a fast drop)");
            return None;
        }
    };
    let description = r.optional_string(map, "description", path, 1023);
    let recipients = read_notify_list(r, map, path, desired);
    if recipients.is_empty() && !map.contains_key("recipients") {
        r.push(&path.key("recipients"), "missing (a burn alert notifies at least one recipient)");
        return None;
    }
    Some(BurnAlert { kind, description, recipients })
}

fn read_board(r: &mut Reader, value: &Value, path: &FieldPath, desired: &Desired) -> Option<super::model::Board> {
    let map = r.mapping(value, path, BOARD)?;
    let description = r.optional_string(map, "description", path, 1024);
    let tags = r.tags(map, path);
    let mut preset_filters = Vec::new();
    if let Some(filters) = map.get("preset_filters") {
        let at = path.key("preset_filters");
        let entries = r.named(filters, &at);
        if entries.len() > 5 {
            r.push(&at, format!("has {} preset filters: at most 5 allowed", entries.len()));
        }
        for (column, alias) in entries {
            if let Some(alias) = r.string(alias, &at.key(column), 1, 50) {
                preset_filters.push((column.clone(), alias));
            }
        }
    }
    let mut contents = Vec::new();
    let mut positions = Vec::new();
    let panels_path = path.key("panels");
    match map.get("panels") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for (index, item) in items.iter().enumerate() {
                let at = panels_path.index(index);
                if let Some((content, position)) = read_panel(r, item, &at, desired) {
                    contents.push(content);
                    positions.push((at, position));
                }
            }
        }
        Some(other) => r.wrong_type(other, &panels_path, "a list of panels"),
    }
    let placed = positions.iter().filter(|(_, p)| p.is_some()).count();
    let positions: Vec<Position> = if placed == 0 {
        grid_layout(&contents.iter().collect::<Vec<_>>())
    } else if placed == positions.len() {
        positions.iter().filter_map(|(_, p)| *p).collect()
    } else {
        let (at, _) = positions.iter().find(|(_, p)| p.is_none()).expect("some panel is unplaced");
        r.push(at, "give every panel a position, or none (then they are laid out in two columns)");
        return None;
    };
    let panels = contents.into_iter().zip(positions).map(|(content, position)| Panel { content, position }).collect();
    let mut views = BTreeMap::new();
    if let Some(found) = map.get("views") {
        let at = path.key("views");
        let entries = r.named(found, &at);
        if entries.len() > 50 {
            r.push(&at, format!("has {} views: at most 50 a board", entries.len()));
        }
        for (name, filters) in entries {
            let vpath = at.key(name);
            if name.trim().is_empty() || name.chars().count() > 255 {
                r.push(&vpath, "a view's name is 1 to 255 characters");
                continue;
            }
            let Some(items) = filters.as_array().filter(|items| !items.is_empty()) else {
                r.push(&vpath, "a view is a list of at least one filter ({column, op, value})");
                continue;
            };
            let mut list = Vec::new();
            for (index, item) in items.iter().enumerate() {
                let fpath = vpath.index(index);
                let Some(fields) = r.mapping(item, &fpath, VIEW_FILTER) else { continue };
                let column = r.required(fields, "column", &fpath).and_then(|v| r.string(v, &fpath.key("column"), 1, 255));
                let op = r.required(fields, "op", &fpath).and_then(|v| r.choice(v, &fpath.key("op"), FILTER_OPS, "a filter operator"));
                let (Some(column), Some(op)) = (column, op) else { continue };
                let value = fields.get("value").filter(|v| !v.is_null()).cloned();
                let list_op = op == "in" || op == "not-in";
                let valueless = op == "exists" || op == "does-not-exist";
                match &value {
                    Some(_) if valueless => r.push(&fpath.key("value"), format!("{op} takes no value")),
                    Some(Value::Array(_)) if !list_op => {
                        r.push(&fpath.key("value"), format!("{op} takes one value (in / not-in take a list)"))
                    }
                    Some(Value::Object(_)) => r.push(&fpath.key("value"), "a value is a string, number or boolean"),
                    Some(v) if list_op && !v.is_array() => r.push(&fpath.key("value"), format!("{op} takes a list")),
                    None if !valueless => r.push(&fpath.key("value"), format!("missing: {op} needs a value")),
                    _ => list.push(ViewFilter { column, op, value }),
                }
            }
            views.insert(name.clone(), list);
        }
    }
    Some(super::model::Board { description, panels, tags, preset_filters, views })
}

/// A panel's reference to a saved query: `DATASET/NAME`, or `NAME` when one scope of the file has it
/// (a name the file does not define is looked for in Honeycomb; its scope must then be given).
fn resolve_query_reference(r: &mut Reader, reference: &str, path: &FieldPath, desired: &Desired) -> Option<(String, String)> {
    let in_file: Vec<&String> = desired.setup.scopes.iter().filter(|(_, s)| s.queries.contains_key(reference)).map(|(n, _)| n).collect();
    match in_file.as_slice() {
        [scope] => return Some(((*scope).clone(), reference.to_owned())),
        [_, _, ..] => {
            let scopes: Vec<String> = in_file.iter().map(|s| format!("{s}/{reference}")).collect();
            r.push(path, format!("{reference:?} is a saved query of several datasets: write one of {}", scopes.join(", ")));
            return None;
        }
        [] => {}
    }
    if let Some((scope, name)) = reference.split_once('/')
        && !scope.is_empty()
        && !name.is_empty()
    {
        return Some((scope.to_owned(), name.to_owned()));
    }
    let known: Vec<String> =
        desired.setup.scopes.iter().flat_map(|(scope, s)| s.queries.keys().map(move |name| format!("{scope}/{name}"))).collect();
    let hint = match suggest(reference, desired.setup.scopes.values().flat_map(|s| s.queries.keys().map(String::as_str))) {
        Some(close) => format!(" (did you mean {close:?}?)"),
        None if known.is_empty() => " (define it under a dataset's queries)".to_owned(),
        None => format!(" (saved queries: {})", known.join(", ")),
    };
    r.push(
        path,
        format!("no saved query named {reference:?} in the file{hint}; a saved query kept in Honeycomb only is written DATASET/NAME"),
    );
    None
}

fn read_panel(r: &mut Reader, value: &Value, path: &FieldPath, desired: &Desired) -> Option<(PanelContent, Option<Position>)> {
    let map = r.mapping(value, path, PANEL)?;
    let kinds: Vec<&str> = ["query", "slo", "text"].into_iter().filter(|k| map.contains_key(*k)).collect();
    let content = match kinds.as_slice() {
        ["query"] => {
            let at = path.key("query");
            let reference = r.string(&map["query"], &at, 1, 600)?;
            let (dataset, name) = resolve_query_reference(r, &reference, &at, desired)?;
            let style = match map.get("style") {
                None => Some("graph".to_owned()),
                Some(v) => r.choice(v, &path.key("style"), PANEL_STYLES, "a panel style"),
            };
            let visualization = match map.get("visualization") {
                None | Some(Value::Null) => None,
                Some(v @ Value::Object(_)) => Some(v.clone()),
                Some(other) => {
                    r.wrong_type(other, &path.key("visualization"), "a mapping (the API's visualization_settings)");
                    None
                }
            };
            PanelContent::Query { dataset, name, style: style?, visualization }
        }
        ["slo"] => {
            let at = path.key("slo");
            let name = r.string(&map["slo"], &at, 1, 120)?;
            PanelContent::Slo { name }
        }
        ["text"] => {
            let content = r.string(&map["text"], &path.key("text"), 1, 10_000)?;
            PanelContent::Text { content }
        }
        [] => {
            r.push(path, "a panel is one of: query (a saved query), slo (an SLO's name), text (Markdown)");
            return None;
        }
        _ => {
            r.push(path, "a panel is one thing: keep one of query, slo and text");
            return None;
        }
    };
    for key in ["style", "visualization"] {
        if map.contains_key(key) && !matches!(content, PanelContent::Query { .. }) {
            r.push(&path.key(key), "only a query panel takes this");
        }
    }
    let position = match map.get("position") {
        None | Some(Value::Null) => None,
        Some(value) => {
            let at = path.key("position");
            let fields = r.mapping(value, &at, POSITION)?;
            let mut numbers = [0i64; 4];
            for (slot, key) in POSITION.iter().enumerate() {
                let min = if slot < 2 { 0 } else { 1 };
                numbers[slot] = r.required(fields, key, &at).and_then(|v| r.integer(v, &at.key(key), min, 1000, ""))?;
            }
            Some(Position { x: numbers[0], y: numbers[1], width: numbers[2], height: numbers[3] })
        }
    };
    Some((content, position))
}

fn read_xray(r: &mut Reader, value: &Value, path: &FieldPath) -> Option<XrayWanted> {
    let map = r.mapping(value, path, XRAY)?;
    let mut wanted = XrayWanted::default();
    if let Some(groups) = map.get("groups") {
        wanted.manages_groups = true;
        let gpath = path.key("groups");
        for (name, value) in r.named(groups, &gpath) {
            let at = gpath.key(name);
            if name.is_empty() || name.chars().count() > 32 {
                r.push(&at, "a group name is 1 to 32 characters");
                continue;
            }
            if name == "Default" {
                r.push(&at, "the Default group is X-Ray's own and cannot be managed");
                continue;
            }
            let Some(fields) = r.mapping(value, &at, XRAY_GROUP) else { continue };
            let Some(filter) =
                r.required(fields, "filter_expression", &at).and_then(|v| r.string(v, &at.key("filter_expression"), 1, 4000))
            else {
                continue;
            };
            let insights_enabled = r.boolean(fields, "insights", &at, false);
            let notifications_enabled = r.boolean(fields, "notifications", &at, false);
            if notifications_enabled && !insights_enabled {
                r.push(&at.key("notifications"), "notifications need insights: true");
            }
            wanted.groups.insert(name.clone(), XrayGroup { filter_expression: filter, insights_enabled, notifications_enabled });
        }
    }
    if let Some(rules) = map.get("sampling_rules") {
        wanted.manages_rules = true;
        let rpath = path.key("sampling_rules");
        let Some(items) = rules.as_array() else {
            r.wrong_type(rules, &rpath, "a list of rule files (paths) and rules");
            return Some(wanted);
        };
        for (index, item) in items.iter().enumerate() {
            let at = rpath.index(index);
            let line = r.lines.line(&at).map_or(String::new(), |line| format!(":{line}"));
            let loaded = match item {
                Value::String(file) => {
                    let source = rule_file::RuleSource::Path(r.base.join(file));
                    rule_file::load(&[source], &mut std::io::empty())
                }
                Value::Object(_) => rule_file::load_text(&format!("{}{line} {at}", r.label), &item.to_string()),
                other => {
                    r.wrong_type(other, &at, "a rule file's path or a sampling rule");
                    continue;
                }
            };
            match loaded {
                Ok(found) => wanted.rules.extend(found),
                Err(problems) => {
                    for problem in problems {
                        r.push(&at, problem);
                    }
                }
            }
        }
        let mut seen = BTreeMap::new();
        for rule in &wanted.rules {
            if let Some(first) = seen.insert(rule.rule.rule_name.clone(), rule.origin.clone()) {
                r.push(&rpath, format!("the rule {:?} is defined twice ({first} and {})", rule.rule.rule_name, rule.origin));
            }
        }
    }
    Some(wanted)
}

#[cfg(test)]
mod tests;
