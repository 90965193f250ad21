//! `/1/triggers/{dataset}`: triggers on a dataset or the whole environment (`__all__`).
//!
//! A trigger's query is given inline (`query`, stored as a new query, as Honeycomb does) or by
//! `query_id`, and is held to the trigger rules (`QuerySpec::validate_for_trigger`). The API fills
//! in `frequency` 900, `alert_type` `on_change`, `disabled` false, `threshold.exceeded_limit` 1
//! and `evaluation_schedule_type` `frequency`; a response carries both `query` and `query_id`.
//! PUT is a full replacement.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::common::{
    notification_targets, object, one_of, optional_array, optional_bool, optional_int, optional_string, required_string, tags, targets_json,
};
use crate::auth::EnvKey;
use crate::errors::{ApiError, ApiResult};
use crate::http::{JsonBody, json};
use crate::keys::Permission;
use crate::stats::Creation;
use crate::store::{AppState, EnvData, Recipient, StoredQuery, Trigger};
use crate::util::{now_secs, random_alnum, rfc3339};
use cruddur_engine::query::QuerySpec;

const DAYS: &[&str] = &["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

pub fn trigger_json(t: &Trigger, data: &EnvData, team: &[Recipient]) -> Value {
    let query = data.queries.get(&t.query_id).map(|q| serde_json::to_value(&q.spec).unwrap_or_default()).unwrap_or_default();
    let mut o = json!({
        "id": t.id,
        "dataset_slug": t.dataset,
        "name": t.name,
        "description": t.description,
        "tags": t.tags,
        "threshold": t.threshold,
        "frequency": t.frequency,
        "alert_type": t.alert_type,
        "disabled": t.disabled,
        "triggered": false,
        "recipients": targets_json(&t.recipients, team),
        "evaluation_schedule_type": t.evaluation_schedule_type,
        "query": query,
        "query_id": t.query_id,
        "created_at": rfc3339(t.created_at),
        "updated_at": rfc3339(t.updated_at),
    });
    if let Some(s) = &t.evaluation_schedule {
        o["evaluation_schedule"] = s.clone();
    }
    if let Some(b) = &t.baseline_details {
        o["baseline_details"] = b.clone();
    }
    o
}

/// `threshold`: `op` and `value` required, `exceeded_limit` 1–5 (default 1).
fn threshold(body: &Value) -> ApiResult<Value> {
    let t = body
        .get("threshold")
        .filter(|t| t.is_object())
        .ok_or_else(|| ApiError::validation("threshold", "missing", "a trigger needs a threshold {op, value}"))?;
    let op = one_of(t, "op", &[">", ">=", "<", "<="], None)
        .map_err(|_| ApiError::validation("threshold.op", "invalid", "must be one of >, >=, <, <="))?;
    let value =
        t.get("value").and_then(Value::as_f64).ok_or_else(|| ApiError::validation("threshold.value", "missing", "must be a number"))?;
    let limit = optional_int(t, "exceeded_limit")
        .map_err(|_| ApiError::validation("threshold.exceeded_limit", "incorrect_type", "must be an integer"))?
        .unwrap_or(1);
    if !(1..=5).contains(&limit) {
        return Err(ApiError::validation("threshold.exceeded_limit", "invalid", "must be between 1 and 5"));
    }
    // Integral values stay integers in the answer, as they were sent.
    let value = t.get("value").filter(|v| v.is_i64() || v.is_u64()).cloned().unwrap_or_else(|| json!(value));
    Ok(json!({"op": op, "value": value, "exceeded_limit": limit}))
}

/// `frequency`: seconds, 60–86400, a multiple of 60; 900 when absent.
fn frequency(body: &Value) -> ApiResult<i64> {
    let f = optional_int(body, "frequency")?.unwrap_or(900);
    if !(60..=86_400).contains(&f) || f % 60 != 0 {
        return Err(ApiError::validation(
            "frequency",
            "invalid",
            format!("must be a multiple of 60 between 60 and 86400 seconds; it is {f}"),
        ));
    }
    Ok(f)
}

/// `evaluation_schedule_type` and `evaluation_schedule`: a window needs its days (1–7, no
/// repeats) and `HH:mm` UTC start and end; `frequency` takes no schedule.
fn schedule(body: &Value) -> ApiResult<(String, Option<Value>)> {
    let given = body.get("evaluation_schedule").filter(|v| !v.is_null());
    let default = if given.is_some() { "window" } else { "frequency" };
    let kind = one_of(body, "evaluation_schedule_type", &["frequency", "window"], Some(default))?;
    match (kind.as_str(), given) {
        ("frequency", None) => Ok((kind, None)),
        ("frequency", Some(_)) => {
            Err(ApiError::validation("evaluation_schedule", "invalid", "only a window schedule type takes an evaluation_schedule"))
        }
        (_, None) => Err(ApiError::validation("evaluation_schedule", "missing", "a window schedule needs evaluation_schedule.window")),
        (_, Some(s)) => {
            let w = s
                .get("window")
                .filter(|w| w.is_object())
                .ok_or_else(|| ApiError::validation("evaluation_schedule.window", "missing", "cannot be blank"))?;
            let days = w
                .get("days_of_week")
                .and_then(Value::as_array)
                .ok_or_else(|| ApiError::validation("evaluation_schedule.window.days_of_week", "missing", "cannot be blank"))?;
            if days.is_empty() || days.len() > 7 {
                return Err(ApiError::validation("evaluation_schedule.window.days_of_week", "invalid", "1 to 7 days"));
            }
            let mut seen = Vec::new();
            for (i, d) in days.iter().enumerate() {
                let d = d.as_str().filter(|d| DAYS.contains(d)).ok_or_else(|| {
                    ApiError::validation(
                        format!("evaluation_schedule.window.days_of_week[{i}]"),
                        "invalid",
                        format!("must be one of {}", DAYS.join(", ")),
                    )
                })?;
                if seen.contains(&d) {
                    return Err(ApiError::validation(
                        format!("evaluation_schedule.window.days_of_week[{i}]"),
                        "invalid",
                        "a day is listed twice",
                    ));
                }
                seen.push(d);
            }
            for field in ["start_time", "end_time"] {
                let t = w.get(field).and_then(Value::as_str).unwrap_or_default();
                if !hh_mm(t) {
                    return Err(ApiError::validation(
                        format!("evaluation_schedule.window.{field}"),
                        "invalid",
                        "must be a UTC time as HH:mm (13:00)",
                    ));
                }
            }
            let window = json!({"days_of_week": days, "start_time": w["start_time"], "end_time": w["end_time"]});
            Ok((kind, Some(json!({"window": window}))))
        }
    }
}

/// `^([0-1]?[0-9]|2[0-3]):[0-5][0-9]$`.
fn hh_mm(t: &str) -> bool {
    let Some((h, m)) = t.split_once(':') else { return false };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(h)
        && h.len() <= 2
        && h.parse::<u32>().is_ok_and(|h| h <= 23)
        && m.len() == 2
        && digits(m)
        && m.parse::<u32>().is_ok_and(|m| m <= 59)
}

/// `baseline_details`: `{offset_minutes: 60|1440|10080|40320, type: percentage|value}`, or `{}`
/// to clear it.
fn baseline(body: &Value) -> ApiResult<Option<Value>> {
    match body.get("baseline_details") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(m)) if m.is_empty() => Ok(None),
        Some(b @ Value::Object(_)) => {
            let offset = optional_int(b, "offset_minutes")?;
            if !matches!(offset, Some(60 | 1440 | 10_080 | 40_320)) {
                return Err(ApiError::validation("baseline_details.offset_minutes", "invalid", "must be 60, 1440, 10080 or 40320"));
            }
            let kind = one_of(b, "type", &["percentage", "value"], None)
                .map_err(|_| ApiError::validation("baseline_details.type", "invalid", "must be percentage or value"))?;
            Ok(Some(json!({"offset_minutes": offset, "type": kind})))
        }
        Some(_) => Err(ApiError::validation("baseline_details", "incorrect_type", "must be an object")),
    }
}

/// Everything of a trigger body but its query and recipients.
struct TriggerFields {
    name: String,
    description: String,
    tags: Vec<Value>,
    threshold: Value,
    frequency: i64,
    alert_type: String,
    disabled: bool,
    schedule: (String, Option<Value>),
    baseline: Option<Value>,
}

fn fields(body: &Value) -> ApiResult<TriggerFields> {
    object(body)?;
    Ok(TriggerFields {
        name: required_string(body, "name", 1, 120)?,
        description: optional_string(body, "description", 1023)?,
        tags: tags(body)?,
        threshold: threshold(body)?,
        frequency: frequency(body)?,
        alert_type: one_of(body, "alert_type", &["on_change", "on_true"], Some("on_change"))?,
        disabled: optional_bool(body, "disabled")?.unwrap_or(false),
        schedule: schedule(body)?,
        baseline: baseline(body)?,
    })
}

/// The trigger's query: `query_id` (an existing query of this dataset) or an inline `query`
/// (stored as a new query). On update, a body echoing both (as GET answers) keeps the query when
/// they agree.
fn resolve_query(body: &Value, data: &mut EnvData, dataset: &str, frequency: i64, created: &mut bool) -> ApiResult<String> {
    let inline = body.get("query").filter(|q| !q.is_null());
    let by_id = body.get("query_id").and_then(Value::as_str).filter(|q| !q.is_empty());
    let check = |spec: &QuerySpec| spec.validate_for_trigger(frequency).map_err(ApiError::from);
    match (inline, by_id) {
        (None, None) => Err(ApiError::validation("query", "missing", "a trigger needs a query or a query_id")),
        (inline, Some(id)) => {
            let stored = data
                .queries
                .get(id)
                .filter(|q| q.dataset == dataset)
                .ok_or_else(|| ApiError::validation("query_id", "invalid", format!("no query {id:?} in this dataset")))?;
            if let Some(q) = inline {
                let mut spec = QuerySpec::from_json(q.clone())?;
                spec.id.clone_from(&stored.spec.id);
                if spec != stored.spec {
                    return Err(ApiError::validation("query", "invalid", "query and query_id disagree: send one of them"));
                }
            }
            check(&stored.spec)?;
            Ok(id.to_owned())
        }
        (Some(q), None) => {
            let mut spec = QuerySpec::from_json(q.clone()).map_err(|e| match e {
                cruddur_engine::query::SpecError::NotAnObject => ApiError::bad_request("invalid Query data"),
                e => ApiError::from(e),
            })?;
            spec.id = None;
            check(&spec)?;
            let id = random_alnum(11);
            data.queries.insert(id.clone(), StoredQuery { id: id.clone(), dataset: dataset.to_owned(), spec });
            *created = true;
            Ok(id)
        }
    }
}

fn team(state: &AppState) -> Vec<Recipient> {
    state.registry().recipients.clone()
}

pub async fn list(key: EnvKey, State(state): State<AppState>, Path(slug): Path<String>) -> ApiResult<Response> {
    key.require(Permission::ManageTriggers)?;
    let team = team(&state);
    let data = key.read();
    let dataset = data.check_dataset_or_all(&slug)?;
    let all: Vec<Value> = data.triggers.iter().filter(|t| t.dataset == dataset).map(|t| trigger_json(t, &data, &team)).collect();
    Ok(json(StatusCode::OK, &all))
}

pub async fn create(key: EnvKey, State(state): State<AppState>, Path(slug): Path<String>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageTriggers)?;
    let f = fields(&body)?;
    let team = team(&state);
    let recipients = notification_targets(optional_array(&body, "recipients")?, &team)?;
    let mut data = key.write();
    let dataset = data.check_dataset_or_all(&slug)?;
    let mut query_created = false;
    let query_id = resolve_query(&body, &mut data, &dataset, f.frequency, &mut query_created)?;
    let now = now_secs();
    let trigger = Trigger {
        id: random_alnum(11),
        dataset: dataset.clone(),
        name: f.name,
        description: f.description,
        tags: f.tags,
        threshold: f.threshold,
        frequency: f.frequency,
        alert_type: f.alert_type,
        disabled: f.disabled,
        recipients,
        evaluation_schedule_type: f.schedule.0,
        evaluation_schedule: f.schedule.1,
        baseline_details: f.baseline,
        query_id,
        created_at: now,
        updated_at: now,
    };
    let out = trigger_json(&trigger, &data, &team);
    let location = format!("/1/triggers/{dataset}/{}", trigger.id);
    data.triggers.push(trigger);
    if query_created {
        state.created(Creation::Query);
    }
    state.created(Creation::Trigger);
    let mut response = json(StatusCode::CREATED, &out);
    if let Ok(v) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, v);
    }
    Ok(response)
}

fn position(data: &EnvData, slug: &str, id: &str) -> ApiResult<usize> {
    let dataset = data.check_dataset_or_all(slug)?;
    data.triggers.iter().position(|t| t.id == id && t.dataset == dataset).ok_or_else(|| ApiError::not_found("trigger not found"))
}

pub async fn get(key: EnvKey, State(state): State<AppState>, Path((slug, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require(Permission::ManageTriggers)?;
    let team = team(&state);
    let data = key.read();
    let i = position(&data, &slug, &id)?;
    Ok(json(StatusCode::OK, &trigger_json(&data.triggers[i], &data, &team)))
}

pub async fn update(
    key: EnvKey,
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, String)>,
    JsonBody(body): JsonBody,
) -> ApiResult<Response> {
    key.require(Permission::ManageTriggers)?;
    let f = fields(&body)?;
    let team = team(&state);
    let recipients = notification_targets(optional_array(&body, "recipients")?, &team)?;
    let mut data = key.write();
    let i = position(&data, &slug, &id)?;
    if body.get("id").and_then(Value::as_str).is_some_and(|b| b != id) {
        return Err(ApiError::validation("id", "invalid", "the id in the body must match the URL"));
    }
    let dataset = data.triggers[i].dataset.clone();
    let mut query_created = false;
    let query_id = resolve_query(&body, &mut data, &dataset, f.frequency, &mut query_created)?;
    let t = &mut data.triggers[i];
    t.name = f.name;
    t.description = f.description;
    t.tags = f.tags;
    t.threshold = f.threshold;
    t.frequency = f.frequency;
    t.alert_type = f.alert_type;
    t.disabled = f.disabled;
    t.recipients = recipients;
    t.evaluation_schedule_type = f.schedule.0;
    t.evaluation_schedule = f.schedule.1;
    t.baseline_details = f.baseline;
    t.query_id = query_id;
    t.updated_at = now_secs();
    if query_created {
        state.created(Creation::Query);
    }
    let out = trigger_json(&data.triggers[i], &data, &team);
    Ok(json(StatusCode::OK, &out))
}

pub async fn delete(key: EnvKey, Path((slug, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require(Permission::ManageTriggers)?;
    let mut data = key.write();
    let i = position(&data, &slug, &id)?;
    data.triggers.remove(i);
    Ok(StatusCode::NO_CONTENT.into_response())
}
