//! Validation shared by the configuration resources (boards, triggers, SLOs, burn alerts,
//! recipients): the spec's length limits, tags, and the recipients an alert notifies.
//!
//! Field errors are 422s naming the field (`type_detail`), as Honeycomb's validation failures are;
//! the few operations whose spec declares no 422 (calculated fields) map them to 400 themselves.

use serde_json::{Map, Value, json};

use crate::errors::{ApiError, ApiResult};
use crate::store::{Recipient, RecipientTarget};

/// The body as a JSON object, or 400.
pub fn object(body: &Value) -> ApiResult<&Map<String, Value>> {
    body.as_object().ok_or_else(|| ApiError::bad_request("request body must be a JSON object"))
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// A required string of `min..=max` characters (after trimming for the emptiness check).
pub fn required_string(body: &Value, field: &str, min: usize, max: usize) -> ApiResult<String> {
    match body.get(field) {
        None | Some(Value::Null) => Err(ApiError::validation(field, "missing", "cannot be blank")),
        Some(Value::String(s)) if s.trim().is_empty() && min > 0 => Err(ApiError::validation(field, "missing", "cannot be blank")),
        Some(Value::String(s)) if chars(s) < min || chars(s) > max => {
            Err(ApiError::validation(field, "invalid", format!("must be {min} to {max} characters")))
        }
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(ApiError::validation(field, "incorrect_type", "must be a string")),
    }
}

/// An optional string of at most `max` characters; absent is empty.
pub fn optional_string(body: &Value, field: &str, max: usize) -> ApiResult<String> {
    match body.get(field) {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) if chars(s) > max => {
            Err(ApiError::validation(field, "invalid", format!("must be at most {max} characters")))
        }
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(ApiError::validation(field, "incorrect_type", "must be a string")),
    }
}

/// An optional integer.
pub fn optional_int(body: &Value, field: &str) -> ApiResult<Option<i64>> {
    match body.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v.as_i64().map(Some).ok_or_else(|| ApiError::validation(field, "incorrect_type", "must be an integer")),
    }
}

/// An optional boolean.
pub fn optional_bool(body: &Value, field: &str) -> ApiResult<Option<bool>> {
    match body.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(_) => Err(ApiError::validation(field, "incorrect_type", "must be a boolean")),
    }
}

/// An optional array (absent is empty).
pub fn optional_array<'a>(body: &'a Value, field: &str) -> ApiResult<&'a [Value]> {
    match body.get(field) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(ApiError::validation(field, "incorrect_type", "must be an array")),
    }
}

/// One of `allowed`, or the default when absent.
pub fn one_of(body: &Value, field: &str, allowed: &[&str], default: Option<&str>) -> ApiResult<String> {
    match body.get(field) {
        None | Some(Value::Null) => default.map(str::to_owned).ok_or_else(|| ApiError::validation(field, "missing", "cannot be blank")),
        Some(Value::String(s)) if allowed.contains(&s.as_str()) => Ok(s.clone()),
        Some(_) => Err(ApiError::validation(field, "invalid", format!("must be one of {}", allowed.join(", ")))),
    }
}

/// `tags`: at most 10 `{key, value}`; keys lower-case letters (≤ 32), values starting with a
/// lower-case letter, then lower-case letters, digits, `/` and `-` (≤ 128). Normalised to
/// `{key, value}` objects in the order given.
pub fn tags(body: &Value) -> ApiResult<Vec<Value>> {
    let items = optional_array(body, "tags")?;
    if items.len() > 10 {
        return Err(ApiError::validation("tags", "invalid", "at most 10 tags"));
    }
    let mut out = Vec::with_capacity(items.len());
    for (i, tag) in items.iter().enumerate() {
        let key = required_string(tag, "key", 1, 32)
            .map_err(|_| ApiError::validation(format!("tags[{i}].key"), "invalid", "must be 1 to 32 lower-case letters"))?;
        if !key.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(ApiError::validation(format!("tags[{i}].key"), "invalid", "must be lower-case letters only"));
        }
        let value = required_string(tag, "value", 1, 128)
            .map_err(|_| ApiError::validation(format!("tags[{i}].value"), "invalid", "must be 1 to 128 characters"))?;
        let mut cs = value.chars();
        let ok = cs.next().is_some_and(|c| c.is_ascii_lowercase())
            && cs.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '/' || c == '-');
        if !ok {
            return Err(ApiError::validation(
                format!("tags[{i}].value"),
                "invalid",
                "must begin with a lower-case letter and contain only lower-case letters, digits, / and -",
            ));
        }
        if out.iter().any(|t: &Value| t["key"] == key.as_str() && t["value"] == value.as_str()) {
            return Err(ApiError::validation(format!("tags[{i}]"), "invalid", "duplicate tag"));
        }
        out.push(json!({"key": key, "value": value}));
    }
    Ok(out)
}

/// The PagerDuty severities a notification may carry (`NotificationRecipientDetails`).
const SEVERITIES: &[&str] = &["critical", "error", "warning", "info"];

/// The `recipients` of a trigger or burn alert: each by `id` (the current way) or by the deprecated
/// `type` + `target`, which must name an existing recipient. `details` are checked against the
/// recipient's type: a PagerDuty severity only for PagerDuty (default `critical`), webhook
/// variables only for webhooks, by the names their templates declare. No recipient twice.
pub fn notification_targets(items: &[Value], team: &[Recipient]) -> ApiResult<Vec<RecipientTarget>> {
    let mut out: Vec<RecipientTarget> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let field = format!("recipients[{i}]");
        if !item.is_object() {
            return Err(ApiError::validation(field, "incorrect_type", "must be an object"));
        }
        let recipient = match (item.get("id").and_then(Value::as_str), item.get("type").and_then(Value::as_str)) {
            (Some(id), _) if !id.is_empty() => team
                .iter()
                .find(|r| r.id == id)
                .ok_or_else(|| ApiError::validation(format!("{field}.id"), "invalid", format!("no recipient with ID {id:?}")))?,
            (_, Some(kind)) => {
                let target = item.get("target").and_then(Value::as_str).unwrap_or_default();
                team.iter().find(|r| r.kind == kind && r.target() == target).ok_or_else(|| {
                    ApiError::validation(
                        format!("{field}.target"),
                        "invalid",
                        format!("no {kind} recipient {target:?}: create it with the Recipients API first, then pass its ID"),
                    )
                })?
            }
            _ => return Err(ApiError::validation(format!("{field}.id"), "missing", "a recipient needs an id")),
        };
        if out.iter().any(|t| t.id == recipient.id) {
            return Err(ApiError::validation(format!("{field}.id"), "invalid", "the same recipient is listed twice"));
        }
        let details = notification_details(item.get("details"), recipient, &field)?;
        out.push(RecipientTarget { id: recipient.id.clone(), details });
    }
    Ok(out)
}

fn notification_details(details: Option<&Value>, recipient: &Recipient, field: &str) -> ApiResult<Option<Value>> {
    let details = match details {
        None | Some(Value::Null) => None,
        Some(Value::Object(map)) if map.is_empty() => None,
        Some(v @ Value::Object(_)) => Some(v),
        Some(_) => return Err(ApiError::validation(format!("{field}.details"), "incorrect_type", "must be an object")),
    };
    let mut out = serde_json::Map::new();
    if let Some(d) = details {
        if let Some(severity) = d.get("pagerduty_severity") {
            if recipient.kind != "pagerduty" {
                return Err(ApiError::validation(
                    format!("{field}.details.pagerduty_severity"),
                    "invalid",
                    "only a pagerduty recipient takes a severity",
                ));
            }
            let s = severity.as_str().filter(|s| SEVERITIES.contains(s)).ok_or_else(|| {
                ApiError::validation(format!("{field}.details.pagerduty_severity"), "invalid", "must be critical, error, warning or info")
            })?;
            out.insert("pagerduty_severity".into(), s.into());
        }
        if let Some(vars) = d.get("variables") {
            if recipient.kind != "webhook" {
                return Err(ApiError::validation(
                    format!("{field}.details.variables"),
                    "invalid",
                    "only a webhook recipient takes variables",
                ));
            }
            let declared = recipient.template_variables();
            let items = vars
                .as_array()
                .ok_or_else(|| ApiError::validation(format!("{field}.details.variables"), "incorrect_type", "must be an array"))?;
            for (j, v) in items.iter().enumerate() {
                let name = v.get("name").and_then(Value::as_str).unwrap_or_default();
                if !declared.iter().any(|d| d == name) {
                    return Err(ApiError::validation(
                        format!("{field}.details.variables[{j}].name"),
                        "invalid",
                        format!("the webhook declares no template variable {name:?}"),
                    ));
                }
                if v.get("value").and_then(Value::as_str).is_some_and(|s| chars(s) > 256) {
                    return Err(ApiError::validation(
                        format!("{field}.details.variables[{j}].value"),
                        "invalid",
                        "must be at most 256 characters",
                    ));
                }
            }
            out.insert("variables".into(), vars.clone());
        }
    }
    // The API fills in PagerDuty's default severity.
    if recipient.kind == "pagerduty" && !out.contains_key("pagerduty_severity") {
        out.insert("pagerduty_severity".into(), "critical".into());
    }
    Ok((!out.is_empty()).then_some(Value::Object(out)))
}

/// How an alert lists its recipients: `{id, type, target, details?}`, ordered by recipient ID
/// (Honeycomb does not promise the order they were sent in; see the README).
pub fn targets_json(targets: &[RecipientTarget], team: &[Recipient]) -> Vec<Value> {
    let mut out: Vec<Value> = targets
        .iter()
        .map(|t| {
            let r = team.iter().find(|r| r.id == t.id);
            let mut o = json!({
                "id": t.id,
                "type": r.map_or("email", |r| r.kind.as_str()),
                "target": r.map(Recipient::target).unwrap_or_default(),
            });
            if let Some(d) = &t.details {
                o["details"] = d.clone();
            }
            o
        })
        .collect();
    out.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
    out
}
