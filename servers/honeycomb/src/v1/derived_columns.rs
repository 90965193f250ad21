//! `/1/derived_columns/{dataset}`: calculated fields (derived columns) of a dataset or of the whole
//! environment (`__all__`).
//!
//! The expression is parsed as the API parses it (`cruddur_engine::query::expr`, Honeycomb's
//! published grammar); a syntax error is a 400 saying where. The spec declares no 422 for these
//! operations, so field errors are 400s too. An alias is unique: it may not repeat a calculated
//! field of the dataset or of the environment, or a column the dataset has (409). A field an SLO,
//! a trigger or a board's query uses cannot be deleted (409, the spec's note). A rename is
//! allowed: SLOs hold their SLI by ID and follow it; queries name columns by text and do not.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::collections::HashMap;

use super::common::{object, optional_string, required_string};
use crate::auth::EnvKey;
use crate::errors::{ApiError, ApiResult};
use crate::http::{JsonBody, json};
use crate::keys::Permission;
use crate::stats::Creation;
use crate::store::{ALL_DATASETS, AppState, DerivedColumn, EnvData};
use crate::util::{now_secs, random_alnum, rfc3339};
use cruddur_engine::query::expr::Expr;

pub fn derived_column_json(d: &DerivedColumn) -> Value {
    json!({
        "id": d.id,
        "alias": d.alias,
        "expression": d.expression,
        "description": d.description,
        "created_at": rfc3339(d.created_at),
        "updated_at": rfc3339(d.updated_at),
    })
}

/// This resource's spec has 400 where the others have 422.
fn as_bad_request(e: ApiError) -> ApiError {
    ApiError::bad_request(e.detail.clone())
}

/// `alias` (1–255), `expression` (1–4095, parsed), `description` (≤ 255).
fn parse(body: &Value) -> ApiResult<(String, String, String)> {
    object(body)?;
    let alias = required_string(body, "alias", 1, 255).map_err(as_bad_request)?;
    let expression = required_string(body, "expression", 1, 4095).map_err(as_bad_request)?;
    Expr::parse(&expression).map_err(|e| ApiError::bad_request(format!("invalid expression: {e}")))?;
    let description = optional_string(body, "description", 255).map_err(as_bad_request)?;
    Ok((alias, expression, description))
}

/// 409 when `alias` is taken in the scope of `dataset` (ignoring the field `except`).
fn check_alias(data: &EnvData, dataset: &str, alias: &str, except: Option<&str>) -> ApiResult<()> {
    let clash = data.derived_columns.iter().any(|d| {
        Some(d.id.as_str()) != except && d.alias == alias && (d.dataset == dataset || d.dataset == ALL_DATASETS || dataset == ALL_DATASETS)
    });
    let column = dataset != ALL_DATASETS && data.dataset(dataset).is_some_and(|d| d.events.column(alias).is_some());
    if clash || column {
        return Err(ApiError::conflict("A resource by that name already exists."));
    }
    Ok(())
}

/// What uses the calculated field `d`: an SLO (its SLI), or a trigger's or board panel's query
/// naming its alias.
fn used_by(data: &EnvData, d: &DerivedColumn) -> Option<String> {
    if let Some(slo) = data.slos.iter().find(|s| s.sli_id == d.id) {
        return Some(format!("the SLO {:?}", slo.name));
    }
    let in_scope = |dataset: &str| d.dataset == ALL_DATASETS || d.dataset == dataset;
    let names =
        |query_id: &str| data.queries.get(query_id).is_some_and(|q| in_scope(&q.dataset) && q.spec.columns().contains(&d.alias.as_str()));
    if let Some(t) = data.triggers.iter().find(|t| names(&t.query_id)) {
        return Some(format!("the trigger {:?}", t.name));
    }
    for b in &data.boards {
        let uses = b.panels.iter().any(|p| p.pointer("/query_panel/query_id").and_then(Value::as_str).is_some_and(names));
        if uses {
            return Some(format!("the board {:?}", b.name));
        }
    }
    None
}

/// The calculated fields of a dataset (or of the environment for `__all__`); `?alias=` answers
/// the one field (404 when there is none).
pub async fn list(key: EnvKey, Path(slug): Path<String>, Query(params): Query<HashMap<String, String>>) -> ApiResult<Response> {
    key.require(Permission::ManageColumns)?;
    let data = key.read();
    let dataset = data.check_dataset_or_all(&slug)?;
    let mut scoped = data.derived_columns.iter().filter(|d| d.dataset == dataset);
    match params.get("alias") {
        Some(alias) => {
            let d = scoped.find(|d| &d.alias == alias).ok_or_else(|| ApiError::not_found("calculated field not found"))?;
            Ok(json(StatusCode::OK, &derived_column_json(d)))
        }
        None => Ok(json(StatusCode::OK, &scoped.map(derived_column_json).collect::<Vec<_>>())),
    }
}

pub async fn create(key: EnvKey, State(state): State<AppState>, Path(slug): Path<String>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageColumns)?;
    let (alias, expression, description) = parse(&body)?;
    let mut data = key.write();
    let dataset = data.check_dataset_or_all(&slug)?;
    check_alias(&data, &dataset, &alias, None)?;
    let now = now_secs();
    let d = DerivedColumn { id: random_alnum(11), dataset, alias, expression, description, created_at: now, updated_at: now };
    let out = derived_column_json(&d);
    data.derived_columns.push(d);
    state.created(Creation::DerivedColumn);
    Ok(json(StatusCode::CREATED, &out))
}

fn position(data: &EnvData, slug: &str, id: &str) -> ApiResult<usize> {
    let dataset = data.check_dataset_or_all(slug)?;
    data.derived_columns
        .iter()
        .position(|d| d.id == id && d.dataset == dataset)
        .ok_or_else(|| ApiError::not_found("calculated field not found"))
}

pub async fn get(key: EnvKey, Path((slug, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require(Permission::ManageColumns)?;
    let data = key.read();
    let i = position(&data, &slug, &id)?;
    Ok(json(StatusCode::OK, &derived_column_json(&data.derived_columns[i])))
}

/// A full replacement; the alias may change (a rename).
pub async fn update(key: EnvKey, Path((slug, id)): Path<(String, String)>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageColumns)?;
    let (alias, expression, description) = parse(&body)?;
    let mut data = key.write();
    let i = position(&data, &slug, &id)?;
    let dataset = data.derived_columns[i].dataset.clone();
    check_alias(&data, &dataset, &alias, Some(&id))?;
    let d = &mut data.derived_columns[i];
    d.alias = alias;
    d.expression = expression;
    d.description = description;
    d.updated_at = now_secs();
    Ok(json(StatusCode::OK, &derived_column_json(d)))
}

pub async fn delete(key: EnvKey, Path((slug, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require(Permission::ManageColumns)?;
    let mut data = key.write();
    let i = position(&data, &slug, &id)?;
    if let Some(user) = used_by(&data, &data.derived_columns[i]) {
        return Err(ApiError::conflict(format!(
            "the calculated field {:?} is used by {user}: change or remove that first",
            data.derived_columns[i].alias
        )));
    }
    data.derived_columns.remove(i);
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// The calculated fields a query names (by alias, in its dataset or environment-wide) that it
/// does not define itself, as query-level calculated fields: how a run sees them.
pub fn fields_for_query(
    data: &EnvData,
    dataset: &str,
    spec: &cruddur_engine::query::QuerySpec,
) -> Vec<cruddur_engine::query::CalculatedField> {
    spec.columns()
        .into_iter()
        .filter_map(|c| {
            let in_dataset = data.derived_columns.iter().find(|d| d.alias == c && d.dataset == dataset);
            in_dataset.or_else(|| data.derived_columns.iter().find(|d| d.alias == c && d.dataset == ALL_DATASETS))
        })
        .map(|d| cruddur_engine::query::CalculatedField { name: d.alias.clone(), expression: d.expression.clone() })
        .collect()
}
