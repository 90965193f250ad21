//! `/1/slos/{dataset}`: service level objectives (Pro and Enterprise: the `SLOs` tag's plan note,
//! enforced for every route by [`crate::plans`]).
//!
//! The SLI is a calculated field named by alias (of the dataset or the environment; for an
//! environment-wide SLO, an environment-wide field and `dataset_slugs`); the SLO holds the field
//! by ID. `target_per_million` is 0–999999, `time_period_days` at least 1. `?detailed` (SLO
//! reporting, Enterprise only: the parameter's note) adds compliance, budget, burn rate and status
//! computed from the events. Deleting an SLO deletes its burn alerts and its board panels.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::collections::HashMap;

use super::common::{object, optional_int, optional_string, required_string, tags};
use crate::auth::EnvKey;
use crate::errors::{ApiError, ApiResult};
use crate::http::{JsonBody, json};
use crate::keys::Permission;
use crate::plans::Plan;
use crate::stats::Creation;
use crate::store::{ALL_DATASETS, AppState, EnvData, Slo};
use crate::util::{now_secs, random_alnum, rfc3339};
use cruddur_engine::query::expr::{Expr, Scalar};

pub fn slo_json(s: &Slo, data: &EnvData) -> Value {
    let alias = data.derived_columns.iter().find(|d| d.id == s.sli_id).map(|d| d.alias.clone()).unwrap_or_default();
    json!({
        "id": s.id,
        "name": s.name,
        "description": s.description,
        "sli": {"alias": alias},
        "time_period_days": s.time_period_days,
        "target_per_million": s.target_per_million,
        "tags": s.tags,
        "reset_at": null,
        "created_at": rfc3339(s.created_at),
        "updated_at": rfc3339(s.updated_at),
        "dataset_slugs": s.dataset_slugs,
    })
}

struct SloFields {
    name: String,
    description: String,
    sli_id: String,
    time_period_days: i64,
    target_per_million: i64,
    tags: Vec<Value>,
}

fn fields(body: &Value, data: &EnvData, dataset: &str) -> ApiResult<SloFields> {
    object(body)?;
    let name = required_string(body, "name", 1, 120)?;
    let description = optional_string(body, "description", 1023)?;
    let sli = body.get("sli").filter(|s| s.is_object()).ok_or_else(|| ApiError::validation("sli", "missing", "an SLO needs sli.alias"))?;
    let alias = required_string(sli, "alias", 1, 255).map_err(|_| ApiError::validation("sli.alias", "missing", "cannot be blank"))?;
    let field = data
        .derived_columns
        .iter()
        .filter(|d| d.alias == alias)
        .find(|d| d.dataset == dataset)
        .or_else(|| data.derived_columns.iter().find(|d| d.alias == alias && d.dataset == ALL_DATASETS))
        .ok_or_else(|| {
            let scope = if dataset == ALL_DATASETS { "the environment" } else { "this dataset or the environment" };
            ApiError::validation("sli.alias", "invalid", format!("no calculated field {alias:?} in {scope}"))
        })?;
    let time_period_days =
        optional_int(body, "time_period_days")?.ok_or_else(|| ApiError::validation("time_period_days", "missing", "cannot be blank"))?;
    if time_period_days < 1 {
        return Err(ApiError::validation("time_period_days", "invalid", "must be at least 1"));
    }
    let target_per_million = optional_int(body, "target_per_million")?
        .ok_or_else(|| ApiError::validation("target_per_million", "missing", "cannot be blank"))?;
    if !(0..=999_999).contains(&target_per_million) {
        return Err(ApiError::validation("target_per_million", "invalid", "must be between 0 and 999999 (99.9999%)"));
    }
    Ok(SloFields { name, description, sli_id: field.id.clone(), time_period_days, target_per_million, tags: tags(body)? })
}

/// The datasets an SLO evaluates: the path's, or for `__all__` the body's `dataset_slugs` (1–10,
/// each a dataset of the environment).
fn dataset_slugs(body: &Value, data: &EnvData, dataset: &str) -> ApiResult<Vec<String>> {
    let given = body.get("dataset_slugs").filter(|v| !v.is_null());
    if dataset != ALL_DATASETS {
        return Ok(vec![dataset.to_owned()]);
    }
    let items = given.and_then(Value::as_array).ok_or_else(|| {
        ApiError::validation("dataset_slugs", "missing", "an environment-wide SLO needs dataset_slugs (1 to 10 datasets)")
    })?;
    if items.is_empty() || items.len() > 10 {
        return Err(ApiError::validation("dataset_slugs", "invalid", "1 to 10 datasets"));
    }
    let mut out = Vec::new();
    for (i, v) in items.iter().enumerate() {
        let slug = v
            .as_str()
            .and_then(|s| data.dataset(s))
            .map(|d| d.slug.clone())
            .ok_or_else(|| ApiError::validation(format!("dataset_slugs[{i}]"), "invalid", format!("no dataset {v}")))?;
        if !out.contains(&slug) {
            out.push(slug);
        }
    }
    Ok(out)
}

/// Events in `[start, end)` (ns) of the SLO's datasets: (succeeded, qualified), by sample rate.
/// The SLI is true for a success, false for a failure, null for an event it does not qualify.
fn sli_counts(data: &EnvData, slugs: &[String], sli: &Expr, start: i64, end: i64) -> (u64, u64) {
    let (mut good, mut total) = (0u64, 0u64);
    for slug in slugs {
        let Some(d) = data.datasets.get(slug) else { continue };
        let table = &d.events;
        let bound = sli.bind(&|n| table.column(n));
        for (row, &ts) in table.timestamps().iter().enumerate() {
            if ts < start || ts >= end {
                continue;
            }
            let weight = u64::from(table.sample_rate(row));
            match bound.eval(row, ts, &data.strings) {
                Scalar::Bool(true) => {
                    good += weight;
                    total += weight;
                }
                Scalar::Bool(false) => total += weight,
                _ => {}
            }
        }
    }
    (good, total)
}

/// SLO reporting: compliance (% of qualified events that succeeded over the period), budget
/// remaining (%), burn rate over the last 4 hours (failures over the failures the target allows),
/// and status. The method is ours (Honeycomb does not publish its own); see the README.
fn detailed(s: &Slo, data: &EnvData, out: &mut Value) {
    let Some(expr) = data.derived_columns.iter().find(|d| d.id == s.sli_id).and_then(|d| Expr::parse(&d.expression).ok()) else {
        return;
    };
    // The end of the current second, so events that arrived this second count.
    let now = (now_secs() + 1) * 1_000_000_000;
    let start = now - s.time_period_days * 86_400 * 1_000_000_000;
    let (good, total) = sli_counts(data, &s.dataset_slugs, &expr, start, now);
    let allowed = 1.0 - s.target_per_million as f64 / 1e6;
    let failure = if total == 0 { 0.0 } else { (total - good) as f64 / total as f64 };
    let (good4, total4) = sli_counts(data, &s.dataset_slugs, &expr, now - 4 * 3600 * 1_000_000_000, now);
    let failure4 = if total4 == 0 { 0.0 } else { (total4 - good4) as f64 / total4 as f64 };
    let round = |v: f64| (v * 100.0).round() / 100.0;
    out["compliance"] = json!(round((1.0 - failure) * 100.0));
    out["budget_remaining"] = json!(round(if allowed > 0.0 { (1.0 - failure / allowed) * 100.0 } else { 0.0 }));
    out["burn_rate"] = json!(round(if allowed > 0.0 { failure4 / allowed } else { 0.0 }));
    let alerts = data.burn_alerts.iter().any(|b| b.slo_id == s.id);
    out["status"] = json!(if total == 0 {
        "no_events"
    } else if !alerts {
        "no_alerts"
    } else {
        "normal"
    });
}

/// Every SLO that evaluates the dataset (all of them for `__all__`).
pub async fn list(key: EnvKey, Path(slug): Path<String>) -> ApiResult<Response> {
    key.require(Permission::ManageSlos)?;
    let data = key.read();
    let dataset = data.check_dataset_or_all(&slug)?;
    let all: Vec<Value> =
        data.slos.iter().filter(|s| dataset == ALL_DATASETS || s.dataset_slugs.contains(&dataset)).map(|s| slo_json(s, &data)).collect();
    Ok(json(StatusCode::OK, &all))
}

pub async fn create(key: EnvKey, State(state): State<AppState>, Path(slug): Path<String>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageSlos)?;
    let mut data = key.write();
    let dataset = data.check_dataset_or_all(&slug)?;
    let f = fields(&body, &data, &dataset)?;
    let dataset_slugs = dataset_slugs(&body, &data, &dataset)?;
    let now = now_secs();
    let slo = Slo {
        id: random_alnum(11),
        dataset,
        dataset_slugs,
        name: f.name,
        description: f.description,
        sli_id: f.sli_id,
        time_period_days: f.time_period_days,
        target_per_million: f.target_per_million,
        tags: f.tags,
        created_at: now,
        updated_at: now,
    };
    let out = slo_json(&slo, &data);
    data.slos.push(slo);
    state.created(Creation::Slo);
    Ok(json(StatusCode::CREATED, &out))
}

/// The SLO `id` as seen from the path's dataset.
pub fn position(data: &EnvData, slug: &str, id: &str) -> ApiResult<usize> {
    let dataset = data.check_dataset_or_all(slug)?;
    data.slos
        .iter()
        .position(|s| s.id == id && (s.dataset == dataset || s.dataset_slugs.contains(&dataset)))
        .ok_or_else(|| ApiError::not_found("SLO not found"))
}

pub async fn get(
    key: EnvKey,
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, String)>,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Response> {
    key.require(Permission::ManageSlos)?;
    let want_detail = params.get("detailed").is_some_and(|v| v.is_empty() || v == "true");
    let plan = state.seed.team.plan;
    if want_detail && !plan.includes(Plan::Enterprise) {
        return Err(ApiError::forbidden(crate::plans::refusal(plan, "SLO reporting (detailed)", Plan::Enterprise)));
    }
    let data = key.read();
    let i = position(&data, &slug, &id)?;
    let mut out = slo_json(&data.slos[i], &data);
    if want_detail {
        detailed(&data.slos[i], &data, &mut out);
    }
    Ok(json(StatusCode::OK, &out))
}

/// A full replacement (the datasets stay: `dataset_slugs` is read-only here).
pub async fn update(key: EnvKey, Path((slug, id)): Path<(String, String)>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageSlos)?;
    let mut data = key.write();
    let i = position(&data, &slug, &id)?;
    let dataset = data.slos[i].dataset.clone();
    let f = fields(&body, &data, &dataset)?;
    let s = &mut data.slos[i];
    s.name = f.name;
    s.description = f.description;
    s.sli_id = f.sli_id;
    s.time_period_days = f.time_period_days;
    s.target_per_million = f.target_per_million;
    s.tags = f.tags;
    s.updated_at = now_secs();
    let out = slo_json(&data.slos[i], &data);
    Ok(json(StatusCode::OK, &out))
}

pub async fn delete(key: EnvKey, Path((slug, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require(Permission::ManageSlos)?;
    let mut data = key.write();
    let i = position(&data, &slug, &id)?;
    data.slos.remove(i);
    data.burn_alerts.retain(|b| b.slo_id != id);
    for b in &mut data.boards {
        b.panels.retain(|p| p.pointer("/slo_panel/slo_id").and_then(Value::as_str) != Some(id.as_str()));
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}
