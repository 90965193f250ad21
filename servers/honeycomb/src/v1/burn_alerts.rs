//! `/1/burn_alerts/{dataset}`: alerts on an SLO's error budget (Pro and Enterprise: the `Burn
//! Alerts` tag's plan note).
//!
//! `exhaustion_time` alerts take `exhaustion_minutes` (≥ 0); `budget_rate` alerts take
//! `budget_rate_window_minutes` (60 up to the SLO's period) and
//! `budget_rate_decrease_threshold_per_million` (1–1,000,000); each must not carry the other's
//! fields. At least one recipient. The list (by `?slo_id=`) answers without recipients, as the
//! spec's list schema has them; a single alert has them. The SLO cannot change on update.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::collections::HashMap;

use super::common::{notification_targets, object, one_of, optional_array, optional_int, optional_string, targets_json};
use crate::auth::EnvKey;
use crate::errors::{ApiError, ApiResult};
use crate::http::{JsonBody, json};
use crate::keys::Permission;
use crate::stats::Creation;
use crate::store::{AppState, BurnAlert, EnvData, Recipient, RecipientTarget};
use crate::util::{now_secs, random_alnum, rfc3339};

fn alert_json(b: &BurnAlert, team: Option<&[Recipient]>) -> Value {
    let mut o = json!({
        "id": b.id,
        "alert_type": b.alert_type,
        "description": b.description,
        "triggered": false,
        "slo": {"id": b.slo_id},
        "created_at": rfc3339(b.created_at),
        "updated_at": rfc3339(b.updated_at),
    });
    for (k, v) in [
        ("exhaustion_minutes", b.exhaustion_minutes),
        ("budget_rate_window_minutes", b.budget_rate_window_minutes),
        ("budget_rate_decrease_threshold_per_million", b.budget_rate_decrease_threshold_per_million),
    ] {
        if let Some(v) = v {
            o[k] = v.into();
        }
    }
    if let Some(team) = team {
        o["recipients"] = targets_json(&b.recipients, team).into();
    }
    o
}

struct AlertFields {
    alert_type: String,
    exhaustion_minutes: Option<i64>,
    budget_rate_window_minutes: Option<i64>,
    budget_rate_decrease_threshold_per_million: Option<i64>,
    description: String,
    recipients: Vec<RecipientTarget>,
}

fn fields(body: &Value, slo_period_days: i64, team: &[Recipient]) -> ApiResult<AlertFields> {
    object(body)?;
    let alert_type = one_of(body, "alert_type", &["exhaustion_time", "budget_rate"], None)?;
    let exhaustion = optional_int(body, "exhaustion_minutes")?;
    let window = optional_int(body, "budget_rate_window_minutes")?;
    let threshold = optional_int(body, "budget_rate_decrease_threshold_per_million")?;
    if alert_type == "exhaustion_time" {
        let minutes = exhaustion
            .ok_or_else(|| ApiError::validation("exhaustion_minutes", "missing", "an exhaustion_time alert needs exhaustion_minutes"))?;
        if minutes < 0 {
            return Err(ApiError::validation("exhaustion_minutes", "invalid", "must be at least 0"));
        }
        for (field, set) in
            [("budget_rate_window_minutes", window.is_some()), ("budget_rate_decrease_threshold_per_million", threshold.is_some())]
        {
            if set {
                return Err(ApiError::validation(field, "invalid", "must not be specified for an exhaustion_time alert"));
            }
        }
    } else {
        let window = window.ok_or_else(|| {
            ApiError::validation("budget_rate_window_minutes", "missing", "a budget_rate alert needs budget_rate_window_minutes")
        })?;
        let period = slo_period_days * 1440;
        if window < 60 || window > period {
            return Err(ApiError::validation(
                "budget_rate_window_minutes",
                "invalid",
                format!("must be between 60 and the SLO's time period ({period} minutes)"),
            ));
        }
        let t = threshold.ok_or_else(|| {
            ApiError::validation(
                "budget_rate_decrease_threshold_per_million",
                "missing",
                "a budget_rate alert needs budget_rate_decrease_threshold_per_million",
            )
        })?;
        if !(1..=1_000_000).contains(&t) {
            return Err(ApiError::validation("budget_rate_decrease_threshold_per_million", "invalid", "must be between 1 and 1000000"));
        }
        if exhaustion.is_some() {
            return Err(ApiError::validation("exhaustion_minutes", "invalid", "must not be specified for a budget_rate alert"));
        }
    }
    let items = optional_array(body, "recipients")?;
    if items.is_empty() {
        return Err(ApiError::validation("recipients", "missing", "a burn alert needs at least one recipient"));
    }
    let recipients = notification_targets(items, team)?;
    Ok(AlertFields {
        alert_type,
        exhaustion_minutes: exhaustion,
        budget_rate_window_minutes: window,
        budget_rate_decrease_threshold_per_million: threshold,
        description: optional_string(body, "description", 1023)?,
        recipients,
    })
}

fn slo_period(data: &EnvData, slo_id: &str) -> Option<i64> {
    data.slos.iter().find(|s| s.id == slo_id).map(|s| s.time_period_days)
}

/// `?slo_id=` (required): the SLO's alerts, without their recipients.
pub async fn list(key: EnvKey, Path(slug): Path<String>, Query(params): Query<HashMap<String, String>>) -> ApiResult<Response> {
    key.require(Permission::ManageSlos)?;
    let slo_id = params
        .get("slo_id")
        .filter(|s| !s.is_empty())
        .ok_or_else(|| ApiError::validation("slo_id", "missing", "list burn alerts by ?slo_id="))?;
    let data = key.read();
    super::slos::position(&data, &slug, slo_id)?;
    let all: Vec<Value> = data.burn_alerts.iter().filter(|b| &b.slo_id == slo_id).map(|b| alert_json(b, None)).collect();
    Ok(json(StatusCode::OK, &all))
}

pub async fn create(key: EnvKey, State(state): State<AppState>, Path(slug): Path<String>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageSlos)?;
    let team = state.registry().recipients.clone();
    let mut data = key.write();
    let dataset = data.check_dataset_or_all(&slug)?;
    let slo_id = body
        .pointer("/slo/id")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| ApiError::validation("slo.id", "missing", "a burn alert needs slo.id"))?
        .to_owned();
    super::slos::position(&data, &dataset, &slo_id)
        .map_err(|_| ApiError::validation("slo.id", "invalid", format!("no SLO {slo_id:?} on this dataset")))?;
    let f = fields(&body, slo_period(&data, &slo_id).unwrap_or(1), &team)?;
    let now = now_secs();
    let alert = BurnAlert {
        id: random_alnum(11),
        dataset,
        slo_id,
        alert_type: f.alert_type,
        exhaustion_minutes: f.exhaustion_minutes,
        budget_rate_window_minutes: f.budget_rate_window_minutes,
        budget_rate_decrease_threshold_per_million: f.budget_rate_decrease_threshold_per_million,
        description: f.description,
        recipients: f.recipients,
        created_at: now,
        updated_at: now,
    };
    let out = alert_json(&alert, Some(&team));
    data.burn_alerts.push(alert);
    state.created(Creation::BurnAlert);
    Ok(json(StatusCode::CREATED, &out))
}

fn position(data: &EnvData, slug: &str, id: &str) -> ApiResult<usize> {
    let dataset = data.check_dataset_or_all(slug)?;
    data.burn_alerts
        .iter()
        .position(|b| b.id == id && (b.dataset == dataset || super::slos::position(data, &dataset, &b.slo_id).is_ok()))
        .ok_or_else(|| ApiError::not_found("burn alert not found"))
}

pub async fn get(key: EnvKey, State(state): State<AppState>, Path((slug, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require(Permission::ManageSlos)?;
    let team = state.registry().recipients.clone();
    let data = key.read();
    let i = position(&data, &slug, &id)?;
    Ok(json(StatusCode::OK, &alert_json(&data.burn_alerts[i], Some(&team))))
}

/// A full replacement; the type may change, the SLO may not.
pub async fn update(
    key: EnvKey,
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, String)>,
    JsonBody(body): JsonBody,
) -> ApiResult<Response> {
    key.require(Permission::ManageSlos)?;
    let team = state.registry().recipients.clone();
    let mut data = key.write();
    let i = position(&data, &slug, &id)?;
    let slo_id = data.burn_alerts[i].slo_id.clone();
    if body.pointer("/slo/id").and_then(Value::as_str).is_some_and(|s| s != slo_id) {
        return Err(ApiError::validation("slo.id", "invalid", "a burn alert's SLO cannot be changed"));
    }
    let f = fields(&body, slo_period(&data, &slo_id).unwrap_or(1), &team)?;
    let b = &mut data.burn_alerts[i];
    b.alert_type = f.alert_type;
    b.exhaustion_minutes = f.exhaustion_minutes;
    b.budget_rate_window_minutes = f.budget_rate_window_minutes;
    b.budget_rate_decrease_threshold_per_million = f.budget_rate_decrease_threshold_per_million;
    b.description = f.description;
    b.recipients = f.recipients;
    b.updated_at = now_secs();
    Ok(json(StatusCode::OK, &alert_json(b, Some(&team))))
}

pub async fn delete(key: EnvKey, Path((slug, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require(Permission::ManageSlos)?;
    let mut data = key.write();
    let i = position(&data, &slug, &id)?;
    data.burn_alerts.remove(i);
    Ok(StatusCode::NO_CONTENT.into_response())
}
