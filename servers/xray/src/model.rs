//! AWS's own service model for X-Ray, read at start-up, and a validator that checks JSON against its shapes.
//!
//! Why a model instead of hand-written checks: this server exists so that clients find out, locally, what AWS
//! would reject. Limits copied into code drift from AWS; botocore's model is the file AWS's SDKs are generated
//! from, so every required member, string length, number range, enum and collection size comes from there.
//! The model is embedded (so the binary is self-contained) and can be replaced with `--model PATH` when AWS
//! publishes a newer one.
//!
//! What is not enforced: `pattern` traits (no regex engine here; none of the served operations' inputs use
//! one) and `location` traits (no served operation binds members to the URI, query string or headers).

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use anyhow::{Context, bail, ensure};
use serde::Deserialize;
use serde_json::{Map, Number, Value};

/// botocore's X-Ray model, as shipped in `model/` (see `model/SOURCE.md` for its provenance).
pub const EMBEDDED_MODEL_JSON: &str = include_str!("../model/xray-2016-04-12.service-2.json");

/// Status that botocore and the SDKs assume for an error shape without an `error.httpStatusCode`.
const DEFAULT_ERROR_STATUS: u16 = 400;

/// A parsed service model: operations (how they are called) and shapes (what their JSON must look like).
#[derive(Debug)]
pub struct Model {
    operations: BTreeMap<String, Operation>,
    shapes: HashMap<String, Shape>,
}

/// One operation of the model, e.g. `CreateGroup` at `POST /CreateGroup`.
#[derive(Debug, Clone)]
pub struct Operation {
    pub name: String,
    pub method: String,
    pub request_uri: String,
    pub input_shape: Option<String>,
    pub output_shape: Option<String>,
    pub error_shapes: Vec<String>,
}

/// One named shape with the constraints the model puts on it.
#[derive(Debug, Clone)]
pub struct Shape {
    pub kind: ShapeKind,
    min: Option<Bound>,
    max: Option<Bound>,
    error_status: Option<u16>,
}

/// The type of a shape and, for aggregates, the shapes of what it contains.
#[derive(Debug, Clone)]
pub enum ShapeKind {
    Structure {
        /// Member name (as on the wire) to shape name.
        members: BTreeMap<String, String>,
        required: Vec<String>,
        /// A union must have exactly one member set.
        union: bool,
    },
    List {
        member: String,
    },
    Map {
        key: String,
        value: String,
    },
    String {
        allowed_values: Option<Vec<String>>,
    },
    Integer,
    Long,
    Float,
    Double,
    Boolean,
    Timestamp,
    Blob,
}

/// A `min` or `max` from the model, kept with its original spelling so that messages quote the model
/// ("less than or equal to 1", not "1.0").
#[derive(Debug, Clone)]
struct Bound {
    value: f64,
    text: String,
}

impl Bound {
    fn from_number(number: &Number) -> Self {
        Bound { value: number.as_f64().unwrap_or(f64::NAN), text: number.to_string() }
    }
}

/// Why a JSON document does not fit a shape.
#[derive(Debug, Clone, PartialEq)]
pub enum ValidationError {
    /// The document cannot even be read as the shape (unknown member, wrong JSON type). AWS answers these
    /// with `SerializationException`, before looking at any constraint.
    Serialization(String),
    /// The document has the right form but breaks constraints; AWS reports all of them at once with
    /// `InvalidRequestException` (see [`validation_message`]).
    Constraints(Vec<Violation>),
}

/// One broken constraint, rendered the way AWS does:
/// `Value '2.0' at 'samplingRule.fixedRate' failed to satisfy constraint: Member must have value less than or equal to 1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Dotted path of lower-camel-cased member names, e.g. `samplingRule.fixedRate` or `tags.1.member.key`.
    pub path: String,
    /// The offending value as AWS prints it (Java `toString` style), `None` for a missing member.
    pub value: Option<String>,
    pub constraint: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.value {
            Some(value) => write!(f, "Value '{value}'")?,
            None => write!(f, "Value null")?,
        }
        write!(f, " at '{}' failed to satisfy constraint: {}", self.path, self.constraint)
    }
}

/// Joins violations into AWS's single message: `N validation error(s) detected: <v1>; <v2>`.
pub fn validation_message(violations: &[Violation]) -> String {
    let count = violations.len();
    let noun = if count == 1 { "error" } else { "errors" };
    let details: Vec<String> = violations.iter().map(ToString::to_string).collect();
    format!("{count} validation {noun} detected: {}", details.join("; "))
}

// The subset of botocore's JSON that the server needs; documentation and other traits are ignored.
#[derive(Deserialize)]
struct RawModel {
    metadata: RawMetadata,
    operations: BTreeMap<String, RawOperation>,
    shapes: HashMap<String, RawShape>,
}

#[derive(Deserialize)]
struct RawMetadata {
    protocol: String,
}

#[derive(Deserialize)]
struct RawOperation {
    http: RawHttp,
    input: Option<RawShapeRef>,
    output: Option<RawShapeRef>,
    #[serde(default)]
    errors: Vec<RawShapeRef>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawHttp {
    method: String,
    request_uri: String,
}

#[derive(Deserialize)]
struct RawShapeRef {
    shape: String,
}

#[derive(Deserialize)]
struct RawShape {
    #[serde(rename = "type")]
    shape_type: String,
    #[serde(default)]
    members: BTreeMap<String, RawShapeRef>,
    #[serde(default)]
    required: Vec<String>,
    member: Option<RawShapeRef>,
    key: Option<RawShapeRef>,
    value: Option<RawShapeRef>,
    min: Option<Number>,
    max: Option<Number>,
    #[serde(rename = "enum")]
    allowed_values: Option<Vec<String>>,
    #[serde(default)]
    union: bool,
    #[serde(default)]
    exception: bool,
    error: Option<RawErrorTraits>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawErrorTraits {
    http_status_code: Option<u16>,
}

impl Model {
    /// The embedded model, parsed once per process: servers started by tests share it.
    pub fn embedded() -> anyhow::Result<Arc<Model>> {
        static EMBEDDED: OnceLock<Result<Arc<Model>, String>> = OnceLock::new();
        EMBEDDED
            .get_or_init(|| Model::from_json(EMBEDDED_MODEL_JSON).map(Arc::new).map_err(|error| format!("{error:#}")))
            .clone()
            .map_err(|message| anyhow::anyhow!("embedded X-Ray model: {message}"))
    }

    /// Reads a botocore `service-2.json` from disk.
    pub fn load(path: &Path) -> anyhow::Result<Model> {
        let text = std::fs::read_to_string(path).with_context(|| format!("reading X-Ray model {}", path.display()))?;
        Model::from_json(&text).with_context(|| format!("parsing X-Ray model {}", path.display()))
    }

    /// Parses a botocore `service-2.json` and checks that every shape it refers to exists, so that
    /// validation never meets a dangling reference at request time.
    pub fn from_json(text: &str) -> anyhow::Result<Model> {
        let raw: RawModel = serde_json::from_str(text).context("not a botocore service model")?;
        ensure!(raw.metadata.protocol == "rest-json", "model protocol is {:?}; this server speaks rest-json", raw.metadata.protocol);
        let shapes = raw
            .shapes
            .into_iter()
            .map(|(name, shape)| {
                let parsed = Shape::from_raw(&name, shape)?;
                Ok((name, parsed))
            })
            .collect::<anyhow::Result<HashMap<_, _>>>()?;
        let operations = raw
            .operations
            .into_iter()
            .map(|(name, op)| {
                let operation = Operation {
                    name: name.clone(),
                    method: op.http.method,
                    request_uri: op.http.request_uri,
                    input_shape: op.input.map(|r| r.shape),
                    output_shape: op.output.map(|r| r.shape),
                    error_shapes: op.errors.into_iter().map(|r| r.shape).collect(),
                };
                (name, operation)
            })
            .collect();
        let model = Model { operations, shapes };
        model.check_references()?;
        Ok(model)
    }

    fn check_references(&self) -> anyhow::Result<()> {
        let exists = |name: &str, user: &str| -> anyhow::Result<()> {
            ensure!(self.shapes.contains_key(name), "{user} refers to missing shape {name}");
            Ok(())
        };
        for op in self.operations.values() {
            let referenced = op.input_shape.iter().chain(&op.output_shape).chain(&op.error_shapes);
            for shape in referenced {
                exists(shape, &op.name)?;
            }
        }
        for (name, shape) in &self.shapes {
            match &shape.kind {
                ShapeKind::Structure { members, required, .. } => {
                    for member_shape in members.values() {
                        exists(member_shape, name)?;
                    }
                    if let Some(missing) = required.iter().find(|r| !members.contains_key(*r)) {
                        bail!("{name} requires {missing}, which is not one of its members");
                    }
                }
                ShapeKind::List { member } => exists(member, name)?,
                ShapeKind::Map { key, value } => {
                    exists(key, name)?;
                    exists(value, name)?;
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Every operation, by name.
    pub fn operations(&self) -> impl Iterator<Item = &Operation> {
        self.operations.values()
    }

    pub fn operation(&self, name: &str) -> Option<&Operation> {
        self.operations.get(name)
    }

    /// The operation whose `http.requestUri` is `path` (every X-Ray URI is a fixed path).
    pub fn operation_at_path(&self, path: &str) -> Option<&Operation> {
        self.operations.values().find(|op| op.request_uri == path)
    }

    pub fn shape(&self, name: &str) -> Option<&Shape> {
        self.shapes.get(name)
    }

    /// The shape name of `member` in structure `structure`, if both exist.
    pub fn member_shape(&self, structure: &str, member: &str) -> Option<&str> {
        match &self.shapes.get(structure)?.kind {
            ShapeKind::Structure { members, .. } => members.get(member).map(String::as_str),
            _ => None,
        }
    }

    /// HTTP status of an error shape: its `error.httpStatusCode`, or 400 for a modelled exception without
    /// one (as botocore assumes). `None` when the model has no such exception.
    pub fn error_status(&self, error_code: &str) -> Option<u16> {
        self.shapes.get(error_code)?.error_status
    }

    /// Checks a request document against shape `shape_name`, reporting paths relative to the top level.
    pub fn validate(&self, shape_name: &str, value: &Value) -> Result<(), ValidationError> {
        self.validate_at(shape_name, value, "")
    }

    /// Like [`Model::validate`], with violation paths prefixed by `path` (for checking a part of a request
    /// against a shape other than the one the request declares for it).
    pub fn validate_at(&self, shape_name: &str, value: &Value, path: &str) -> Result<(), ValidationError> {
        let mut walker = Walker { model: self, check_constraints: true, violations: Vec::new() };
        walker.walk(shape_name, value, path).map_err(ValidationError::Serialization)?;
        if walker.violations.is_empty() { Ok(()) } else { Err(ValidationError::Constraints(walker.violations)) }
    }

    /// Checks only the form of a document (members known, JSON types right), not constraints. Meant for
    /// responses: the built-in Default rule's priority 10000 is outside the request range 1-9999 on purpose.
    pub fn check_form(&self, shape_name: &str, value: &Value) -> Result<(), String> {
        let mut walker = Walker { model: self, check_constraints: false, violations: Vec::new() };
        walker.walk(shape_name, value, "")
    }
}

impl Shape {
    fn from_raw(name: &str, raw: RawShape) -> anyhow::Result<Shape> {
        let target = |reference: Option<RawShapeRef>, what: &str| {
            reference.map(|r| r.shape).with_context(|| format!("{} shape {name} has no {what}", raw.shape_type))
        };
        let kind = match raw.shape_type.as_str() {
            "structure" => ShapeKind::Structure {
                members: raw.members.into_iter().map(|(member, r)| (member, r.shape)).collect(),
                required: raw.required,
                union: raw.union,
            },
            "list" => ShapeKind::List { member: target(raw.member, "member")? },
            "map" => ShapeKind::Map { key: target(raw.key, "key")?, value: target(raw.value, "value")? },
            "string" => ShapeKind::String { allowed_values: raw.allowed_values },
            "integer" => ShapeKind::Integer,
            "long" => ShapeKind::Long,
            "float" => ShapeKind::Float,
            "double" => ShapeKind::Double,
            "boolean" => ShapeKind::Boolean,
            "timestamp" => ShapeKind::Timestamp,
            "blob" => ShapeKind::Blob,
            other => bail!("shape {name} has unsupported type {other:?}"),
        };
        let error_status = raw.exception.then(|| raw.error.and_then(|e| e.http_status_code).unwrap_or(DEFAULT_ERROR_STATUS));
        Ok(Shape { kind, min: raw.min.as_ref().map(Bound::from_number), max: raw.max.as_ref().map(Bound::from_number), error_status })
    }

    /// Strings, numbers and booleans: values whose violations can be listed inside a map's constraint.
    fn is_scalar(&self) -> bool {
        !matches!(self.kind, ShapeKind::Structure { .. } | ShapeKind::List { .. } | ShapeKind::Map { .. })
    }
}

/// Walks a JSON value and its shape together. A form error stops the walk (AWS fails deserialization on
/// the first one); constraint violations are collected so that all of them are reported at once.
struct Walker<'m> {
    model: &'m Model,
    check_constraints: bool,
    violations: Vec<Violation>,
}

impl<'m> Walker<'m> {
    fn shape(&self, name: &str) -> Result<&'m Shape, String> {
        // References were checked at load time; this only guards a caller passing a wrong top-level name.
        self.model.shapes.get(name).ok_or_else(|| format!("the model has no shape named {name}"))
    }

    fn walk(&mut self, shape_name: &str, value: &Value, path: &str) -> Result<(), String> {
        let shape = self.shape(shape_name)?;
        match &shape.kind {
            ShapeKind::Structure { members, required, union } => {
                let Value::Object(object) = value else {
                    return Err(form_error(value, &format!("a structure ({shape_name})"), path));
                };
                self.walk_structure(shape_name, members, required, *union, object, path)
            }
            ShapeKind::List { member } => {
                let Value::Array(items) = value else {
                    return Err(form_error(value, "a list", path));
                };
                self.check_size(shape, items.len(), value, path);
                for (index, item) in items.iter().enumerate() {
                    if !item.is_null() {
                        let item_path = format!("{path}.{}.member", index + 1);
                        self.walk(member, item, &item_path)?;
                    }
                }
                Ok(())
            }
            ShapeKind::Map { key, value: value_shape } => {
                let Value::Object(entries) = value else {
                    return Err(form_error(value, "a map", path));
                };
                self.check_size(shape, entries.len(), value, path);
                self.walk_map_entries(key, value_shape, entries, value, path)
            }
            _ => {
                let constraints = self.scalar_constraints(shape, value, path)?;
                for constraint in constraints {
                    self.violations.push(Violation { path: path.to_owned(), value: Some(render_value(shape, value)), constraint });
                }
                Ok(())
            }
        }
    }

    fn walk_structure(
        &mut self,
        shape_name: &str,
        members: &BTreeMap<String, String>,
        required: &[String],
        union: bool,
        object: &Map<String, Value>,
        path: &str,
    ) -> Result<(), String> {
        // JSON null is how clients spell "not set"; treat it as absent, like AWS does.
        let present = |member: &str| object.get(member).is_some_and(|v| !v.is_null());
        if let Some(unknown) = object.keys().find(|k| !members.contains_key(*k)) {
            let location = if path.is_empty() { String::new() } else { format!(" in '{path}'") };
            let known: Vec<&str> = members.keys().map(String::as_str).collect();
            return Err(format!("Unknown member '{unknown}'{location}: {shape_name} has members {}", known.join(", ")));
        }
        if self.check_constraints {
            for member in required.iter().filter(|m| !present(m)) {
                self.violations.push(Violation {
                    path: member_path(path, member),
                    value: None,
                    constraint: "Member must not be null".to_owned(),
                });
            }
            if union {
                let set = members.keys().filter(|m| present(m)).count();
                if set != 1 {
                    self.violations.push(Violation {
                        path: path.to_owned(),
                        value: Some(render_plain(&Value::Object(object.clone()))),
                        constraint: format!("Exactly one member of {shape_name} must be set, found {set}"),
                    });
                }
            }
        }
        for (member, member_value) in object {
            if !member_value.is_null() {
                self.walk(&members[member], member_value, &member_path(path, member))?;
            }
        }
        Ok(())
    }

    fn walk_map_entries(
        &mut self,
        key_shape_name: &str,
        value_shape_name: &str,
        entries: &Map<String, Value>,
        whole_map: &Value,
        path: &str,
    ) -> Result<(), String> {
        let key_shape = self.shape(key_shape_name)?;
        let value_shape = self.shape(value_shape_name)?;
        for (key, entry) in entries {
            // AWS reports a bad key or scalar value against the map as a whole:
            // "... at 'x.attributes' failed to satisfy constraint: Map keys must satisfy constraint: [...]".
            let key_value = Value::String(key.clone());
            let key_constraints = self.scalar_constraints(key_shape, &key_value, path)?;
            if !key_constraints.is_empty() {
                self.violations.push(Violation {
                    path: path.to_owned(),
                    value: Some(render_plain(whole_map)),
                    constraint: format!("Map keys must satisfy constraint: [{}]", key_constraints.join(", ")),
                });
            }
            if entry.is_null() {
                continue;
            }
            let entry_path = format!("{path}.{key}");
            if value_shape.is_scalar() {
                let constraints = self.scalar_constraints(value_shape, entry, &entry_path)?;
                if !constraints.is_empty() {
                    self.violations.push(Violation {
                        path: path.to_owned(),
                        value: Some(render_plain(whole_map)),
                        constraint: format!("Map value must satisfy constraint: [{}]", constraints.join(", ")),
                    });
                }
            } else {
                self.walk(value_shape_name, entry, &entry_path)?;
            }
        }
        Ok(())
    }

    /// Checks a scalar's JSON type (a form error) and returns the constraints it breaks.
    fn scalar_constraints(&self, shape: &Shape, value: &Value, path: &str) -> Result<Vec<String>, String> {
        let mut broken = Vec::new();
        match &shape.kind {
            ShapeKind::String { allowed_values } => {
                let Value::String(text) = value else {
                    return Err(form_error(value, "a String", path));
                };
                if self.check_constraints {
                    // AWS counts characters, not bytes.
                    broken.extend(length_constraint(shape, text.chars().count()));
                    if let Some(allowed) = allowed_values
                        && !allowed.contains(text)
                    {
                        broken.push(format!("Member must satisfy enum value set: [{}]", allowed.join(", ")));
                    }
                }
            }
            ShapeKind::Integer | ShapeKind::Long => {
                let is_integer = matches!(shape.kind, ShapeKind::Integer);
                let number = value.as_i64().filter(|n| !is_integer || i32::try_from(*n).is_ok());
                let Some(number) = number else {
                    let expected = if is_integer { "an Integer" } else { "a Long" };
                    return Err(form_error(value, expected, path));
                };
                if self.check_constraints {
                    // i64 -> f64 is exact for every bound a model uses.
                    broken.extend(range_constraint(shape, number as f64));
                }
            }
            ShapeKind::Float | ShapeKind::Double => {
                let Some(number) = value.as_f64() else {
                    let expected = if matches!(shape.kind, ShapeKind::Float) { "a Float" } else { "a Double" };
                    return Err(form_error(value, expected, path));
                };
                if self.check_constraints {
                    broken.extend(range_constraint(shape, number));
                }
            }
            ShapeKind::Boolean => {
                if !value.is_boolean() {
                    return Err(form_error(value, "a Boolean", path));
                }
            }
            ShapeKind::Timestamp => {
                // rest-json sends timestamps in bodies as epoch seconds.
                if !value.is_number() {
                    return Err(form_error(value, "a Timestamp (epoch seconds)", path));
                }
            }
            ShapeKind::Blob => {
                if !value.is_string() {
                    return Err(form_error(value, "a Blob (base64 string)", path));
                }
            }
            ShapeKind::Structure { .. } | ShapeKind::List { .. } | ShapeKind::Map { .. } => {
                unreachable!("aggregates are walked, not checked as scalars")
            }
        }
        Ok(broken)
    }

    fn check_size(&mut self, shape: &Shape, size: usize, value: &Value, path: &str) {
        if !self.check_constraints {
            return;
        }
        if let Some(constraint) = length_constraint(shape, size) {
            self.violations.push(Violation { path: path.to_owned(), value: Some(render_plain(value)), constraint });
        }
    }
}

fn length_constraint(shape: &Shape, length: usize) -> Option<String> {
    let length = length as f64;
    if let Some(min) = shape.min.as_ref().filter(|min| length < min.value) {
        return Some(format!("Member must have length greater than or equal to {}", min.text));
    }
    shape.max.as_ref().filter(|max| length > max.value).map(|max| format!("Member must have length less than or equal to {}", max.text))
}

fn range_constraint(shape: &Shape, number: f64) -> Option<String> {
    if let Some(min) = shape.min.as_ref().filter(|min| number < min.value) {
        return Some(format!("Member must have value greater than or equal to {}", min.text));
    }
    shape.max.as_ref().filter(|max| number > max.value).map(|max| format!("Member must have value less than or equal to {}", max.text))
}

/// A member's path the way AWS writes it: the wire name with its first letter lower-cased
/// (`HTTPMethod` becomes `hTTPMethod`), joined with dots.
pub fn member_path(parent: &str, member: &str) -> String {
    let mut chars = member.chars();
    let lowered: String = chars.next().map(|first| first.to_lowercase().chain(chars).collect()).unwrap_or_default();
    if parent.is_empty() { lowered } else { format!("{parent}.{lowered}") }
}

/// AWS-style form error, e.g. `STRING_VALUE can not be converted to an Integer at 'samplingRule.priority'`.
fn form_error(value: &Value, expected: &str, path: &str) -> String {
    let found = match value {
        Value::Null => "NULL_VALUE",
        Value::Bool(_) => "BOOLEAN_VALUE",
        Value::Number(_) => "NUMBER_VALUE",
        Value::String(_) => "STRING_VALUE",
        Value::Array(_) => "START_ARRAY",
        Value::Object(_) => "START_OBJECT",
    };
    if path.is_empty() {
        format!("{found} can not be converted to {expected}")
    } else {
        format!("{found} can not be converted to {expected} at '{path}'")
    }
}

/// Renders a scalar as AWS's Java service does, which depends on the declared type: a double `2` prints
/// as `2.0`.
fn render_value(shape: &Shape, value: &Value) -> String {
    match (&shape.kind, value.as_f64()) {
        (ShapeKind::Double | ShapeKind::Float, Some(number)) => java_double(number),
        _ => render_plain(value),
    }
}

/// Java `toString` style: strings unquoted, lists `[a, b]`, maps `{k=v}`.
fn render_plain(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Array(items) => {
            let rendered: Vec<String> = items.iter().map(render_plain).collect();
            format!("[{}]", rendered.join(", "))
        }
        Value::Object(entries) => {
            let rendered: Vec<String> = entries.iter().map(|(k, v)| format!("{k}={}", render_plain(v))).collect();
            format!("{{{}}}", rendered.join(", "))
        }
        other => other.to_string(),
    }
}

/// Java's `Double.toString`: always a fraction digit, scientific notation outside [1e-3, 1e7).
fn java_double(number: f64) -> String {
    if number == 0.0 {
        return "0.0".to_owned();
    }
    if !number.is_finite() {
        return number.to_string();
    }
    if (1e-3..1e7).contains(&number.abs()) {
        let text = number.to_string();
        if text.contains('.') { text } else { format!("{text}.0") }
    } else {
        let text = format!("{number:e}");
        let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
        if mantissa.contains('.') { format!("{mantissa}E{exponent}") } else { format!("{mantissa}.0E{exponent}") }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn model() -> Arc<Model> {
        Model::embedded().expect("embedded model parses")
    }

    fn violations(shape: &str, value: Value) -> Vec<String> {
        match model().validate(shape, &value) {
            Ok(()) => Vec::new(),
            Err(ValidationError::Constraints(found)) => found.iter().map(ToString::to_string).collect(),
            Err(ValidationError::Serialization(message)) => {
                panic!("expected constraint violations, got a form error: {message}")
            }
        }
    }

    fn form_error_of(shape: &str, value: Value) -> String {
        match model().validate(shape, &value) {
            Err(ValidationError::Serialization(message)) => message,
            other => panic!("expected a form error, got {other:?}"),
        }
    }

    fn sampling_rule() -> Value {
        json!({
            "RuleName": "Cruddur",
            "ResourceARN": "*",
            "Priority": 9000,
            "FixedRate": 0.1,
            "ReservoirSize": 5,
            "ServiceName": "backend-flask",
            "ServiceType": "*",
            "Host": "*",
            "HTTPMethod": "*",
            "URLPath": "*",
            "Version": 1
        })
    }

    fn create_rule_request(changes: &[(&str, Value)]) -> Value {
        let mut rule = sampling_rule();
        for (member, value) in changes {
            rule[*member] = value.clone();
        }
        json!({ "SamplingRule": rule })
    }

    #[test]
    fn embedded_model_knows_the_served_operations() {
        let model = model();
        let op = model.operation_at_path("/Groups").expect("GetGroups is at /Groups");
        assert_eq!(op.name, "GetGroups");
        assert_eq!(op.method, "POST");
        assert_eq!(op.input_shape.as_deref(), Some("GetGroupsRequest"));
        assert_eq!(model.operations().count(), 38);
    }

    #[test]
    fn error_status_comes_from_the_error_shape() {
        let model = model();
        assert_eq!(model.error_status("ThrottledException"), Some(429));
        assert_eq!(model.error_status("InvalidRequestException"), Some(400));
        assert_eq!(model.error_status("RuleLimitExceededException"), Some(400));
        assert_eq!(model.error_status("ResourceNotFoundException"), Some(404));
        assert_eq!(model.error_status("SamplingRule"), None, "not an exception");
    }

    #[test]
    fn a_valid_request_passes() {
        assert_eq!(model().validate("CreateSamplingRuleRequest", &create_rule_request(&[])), Ok(()));
    }

    #[test]
    fn missing_required_members_are_reported_as_null() {
        assert_eq!(
            violations("CreateGroupRequest", json!({})),
            ["Value null at 'groupName' failed to satisfy constraint: Member must not be null"]
        );
        let mut rule = sampling_rule();
        rule.as_object_mut().unwrap().remove("HTTPMethod");
        assert_eq!(
            violations("CreateSamplingRuleRequest", json!({ "SamplingRule": rule })),
            ["Value null at 'samplingRule.hTTPMethod' failed to satisfy constraint: Member must not be null"]
        );
    }

    #[test]
    fn explicit_json_null_counts_as_missing() {
        assert_eq!(
            violations("CreateGroupRequest", json!({ "GroupName": null })),
            ["Value null at 'groupName' failed to satisfy constraint: Member must not be null"]
        );
    }

    #[test]
    fn string_length_bounds_come_from_the_model() {
        assert_eq!(
            violations("CreateGroupRequest", json!({ "GroupName": "" })),
            ["Value '' at 'groupName' failed to satisfy constraint: Member must have length greater than or equal to 1"]
        );
        let long_name = "x".repeat(33);
        assert_eq!(
            violations("CreateGroupRequest", json!({ "GroupName": long_name })),
            [format!("Value '{long_name}' at 'groupName' failed to satisfy constraint: Member must have length less than or equal to 32")]
        );
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        let name = "é".repeat(32);
        assert_eq!(violations("CreateGroupRequest", json!({ "GroupName": name })), Vec::<String>::new());
    }

    #[test]
    fn number_ranges_come_from_the_model_and_doubles_print_like_java() {
        assert_eq!(
            violations("CreateSamplingRuleRequest", create_rule_request(&[("FixedRate", json!(2))])),
            ["Value '2.0' at 'samplingRule.fixedRate' failed to satisfy constraint: Member must have value less than or equal to 1"]
        );
        assert_eq!(
            violations("CreateSamplingRuleRequest", create_rule_request(&[("Priority", json!(0))])),
            ["Value '0' at 'samplingRule.priority' failed to satisfy constraint: Member must have value greater than or equal to 1"]
        );
        assert_eq!(
            violations("CreateSamplingRuleRequest", create_rule_request(&[("Priority", json!(10000))])),
            ["Value '10000' at 'samplingRule.priority' failed to satisfy constraint: Member must have value less than or equal to 9999"]
        );
        assert_eq!(
            violations("CreateSamplingRuleRequest", create_rule_request(&[("FixedRate", json!(-0.0001))])),
            ["Value '-1.0E-4' at 'samplingRule.fixedRate' failed to satisfy constraint: Member must have value greater than or equal to 0"]
        );
    }

    #[test]
    fn all_violations_are_reported_in_one_message() {
        let request = create_rule_request(&[("FixedRate", json!(2.5)), ("ReservoirSize", json!(-1)), ("RuleName", json!("r".repeat(33)))]);
        let ValidationError::Constraints(found) = model().validate("CreateSamplingRuleRequest", &request).unwrap_err() else {
            panic!("expected constraint violations");
        };
        let message = validation_message(&found);
        // The order follows the request's members (serde_json's map order depends on the workspace's features).
        assert!(message.starts_with("3 validation errors detected: "), "{message}");
        assert!(
            message.contains(
                "Value '2.5' at 'samplingRule.fixedRate' failed to satisfy constraint: Member must have value less than or equal to 1"
            ),
            "{message}"
        );
        assert!(message.contains("; Value '-1' at 'samplingRule.reservoirSize' failed to satisfy constraint: Member must have value greater than or equal to 0"), "{message}");
        assert!(
            message.contains("at 'samplingRule.ruleName' failed to satisfy constraint: Member must have length less than or equal to 32"),
            "{message}"
        );
    }

    #[test]
    fn a_single_violation_uses_the_singular() {
        let found = vec![Violation { path: "groupName".into(), value: None, constraint: "Member must not be null".into() }];
        assert_eq!(
            validation_message(&found),
            "1 validation error detected: Value null at 'groupName' failed to satisfy constraint: Member must not be null"
        );
    }

    #[test]
    fn enums_come_from_the_model() {
        assert_eq!(
            violations("PutEncryptionConfigRequest", json!({ "Type": "AES" })),
            ["Value 'AES' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [NONE, KMS]"]
        );
        assert_eq!(violations("PutEncryptionConfigRequest", json!({ "Type": "KMS" })), Vec::<String>::new());
    }

    #[test]
    fn list_size_and_list_members_are_checked() {
        let tags: Vec<Value> = (0..201).map(|i| json!({ "Key": format!("k{i}"), "Value": "v" })).collect();
        let found = violations("CreateGroupRequest", json!({ "GroupName": "g", "Tags": tags }));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("Value '[{Key=k0, Value=v}, "), "{found:?}");
        assert!(
            found[0].ends_with("at 'tags' failed to satisfy constraint: Member must have length less than or equal to 200"),
            "{found:?}"
        );

        assert_eq!(
            violations("CreateGroupRequest", json!({ "GroupName": "g", "Tags": [{ "Key": "", "Value": "v" }, { "Key": "k" }] })),
            [
                "Value '' at 'tags.1.member.key' failed to satisfy constraint: Member must have length greater than or equal to 1",
                "Value null at 'tags.2.member.value' failed to satisfy constraint: Member must not be null",
            ]
        );
    }

    #[test]
    fn map_size_keys_and_values_are_checked() {
        let six: serde_json::Map<String, Value> = (0..6).map(|i| (format!("k{i}"), json!("v"))).collect();
        assert_eq!(
            violations("CreateSamplingRuleRequest", create_rule_request(&[("Attributes", Value::Object(six))])),
            [
                "Value '{k0=v, k1=v, k2=v, k3=v, k4=v, k5=v}' at 'samplingRule.attributes' failed to satisfy constraint: Member must have length less than or equal to 5"
            ]
        );
        let long_key = "k".repeat(33);
        assert_eq!(
            violations("CreateSamplingRuleRequest", create_rule_request(&[("Attributes", json!({ long_key.clone(): "v", "ok": "" }))])),
            [
                format!(
                    "Value '{{{long_key}=v, ok=}}' at 'samplingRule.attributes' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 32]"
                ),
                format!(
                    "Value '{{{long_key}=v, ok=}}' at 'samplingRule.attributes' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length greater than or equal to 1]"
                ),
            ]
        );
    }

    #[test]
    fn unknown_members_are_form_errors_that_name_the_member() {
        assert_eq!(
            form_error_of("CreateGroupRequest", json!({ "GroupName": "g", "Name": "g" })),
            "Unknown member 'Name': CreateGroupRequest has members FilterExpression, GroupName, InsightsConfiguration, Tags"
        );
        let message = form_error_of("CreateSamplingRuleRequest", create_rule_request(&[("HttpMethod", json!("GET"))]));
        assert!(
            message
                .starts_with("Unknown member 'HttpMethod' in 'samplingRule': SamplingRule has members Attributes, FixedRate, HTTPMethod,"),
            "{message}"
        );
    }

    #[test]
    fn wrong_json_types_are_form_errors() {
        assert_eq!(
            form_error_of("CreateSamplingRuleRequest", create_rule_request(&[("Priority", json!("9000"))])),
            "STRING_VALUE can not be converted to an Integer at 'samplingRule.priority'"
        );
        assert_eq!(
            form_error_of("CreateSamplingRuleRequest", create_rule_request(&[("Priority", json!(1.5))])),
            "NUMBER_VALUE can not be converted to an Integer at 'samplingRule.priority'"
        );
        assert_eq!(
            form_error_of("CreateSamplingRuleRequest", create_rule_request(&[("Priority", json!(5_000_000_000_i64))])),
            "NUMBER_VALUE can not be converted to an Integer at 'samplingRule.priority'",
            "out of the 32-bit range"
        );
        assert_eq!(
            form_error_of("CreateSamplingRuleRequest", create_rule_request(&[("FixedRate", json!("0.1"))])),
            "STRING_VALUE can not be converted to a Double at 'samplingRule.fixedRate'"
        );
        assert_eq!(
            form_error_of("CreateGroupRequest", json!({ "GroupName": 7 })),
            "NUMBER_VALUE can not be converted to a String at 'groupName'"
        );
        assert_eq!(
            form_error_of("CreateGroupRequest", json!({ "GroupName": "g", "InsightsConfiguration": { "InsightsEnabled": "yes" } })),
            "STRING_VALUE can not be converted to a Boolean at 'insightsConfiguration.insightsEnabled'"
        );
        assert_eq!(
            form_error_of("CreateGroupRequest", json!({ "GroupName": "g", "Tags": {} })),
            "START_OBJECT can not be converted to a list at 'tags'"
        );
        assert_eq!(form_error_of("CreateGroupRequest", json!([])), "START_ARRAY can not be converted to a structure (CreateGroupRequest)");
    }

    #[test]
    fn a_form_error_wins_over_constraint_violations() {
        let request = create_rule_request(&[("FixedRate", json!(2)), ("Bogus", json!(1))]);
        assert!(matches!(model().validate("CreateSamplingRuleRequest", &request), Err(ValidationError::Serialization(_))));
    }

    #[test]
    fn unions_need_exactly_one_member() {
        let found = violations("UpdateIndexingRuleRequest", json!({ "Name": "Default", "Rule": {} }));
        assert_eq!(
            found,
            ["Value '{}' at 'rule' failed to satisfy constraint: Exactly one member of IndexingRuleValueUpdate must be set, found 0"]
        );
    }

    #[test]
    fn validate_at_prefixes_paths() {
        let result = model().validate_at("FixedRate", &json!(1.5), "samplingRuleUpdate.fixedRate");
        let Err(ValidationError::Constraints(found)) = result else {
            panic!("expected a violation, got {result:?}");
        };
        assert_eq!(
            found[0].to_string(),
            "Value '1.5' at 'samplingRuleUpdate.fixedRate' failed to satisfy constraint: Member must have value less than or equal to 1"
        );
    }

    #[test]
    fn check_form_ignores_constraints_but_not_types() {
        let record = json!({
            "SamplingRuleRecord": {
                "SamplingRule": { "Priority": 10000, "FixedRate": 0.05 },
                "CreatedAt": 0.0
            }
        });
        assert_eq!(model().check_form("CreateSamplingRuleResult", &record), Ok(()));
        let bad = json!({ "SamplingRuleRecord": { "CreatedAt": "yesterday" } });
        assert!(model().check_form("CreateSamplingRuleResult", &bad).is_err());
    }

    #[test]
    fn a_model_with_dangling_references_is_refused() {
        let text = r#"{
            "metadata": { "protocol": "rest-json" },
            "operations": { "Op": { "http": { "method": "POST", "requestUri": "/Op" }, "input": { "shape": "Missing" } } },
            "shapes": {}
        }"#;
        let error = Model::from_json(text).unwrap_err();
        assert!(error.to_string().contains("Op refers to missing shape Missing"), "{error:#}");
    }

    #[test]
    fn java_double_matches_javas_to_string() {
        assert_eq!(java_double(2.0), "2.0");
        assert_eq!(java_double(0.05), "0.05");
        assert_eq!(java_double(0.0), "0.0");
        assert_eq!(java_double(1e-4), "1.0E-4");
        assert_eq!(java_double(1.5e7), "1.5E7");
    }
}
