//! Queries (immutable specs) and query results (asynchronous runs): the Query Data API.
//!
//! A run is computed on a blocking thread as soon as it is created, but it only shows
//! `complete: true` once `Config::query_delay` (or an `incomplete` fault) has passed, so clients
//! always exercise their polling loop.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use serde_json::{Value, json};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use crate::auth::EnvKey;
use crate::errors::{ApiError, ApiResult};
use crate::faults::FaultKind;
use crate::http::{JsonBody, external_base, json, opt_bool, opt_i64, opt_str};
use crate::keys::Permission;
use crate::stats::Creation;
use crate::store::{ALL_DATASETS, AppState, EnvData, QueryRun, StoredQuery};
use crate::util::{http_date, now_secs, random_alnum};
use cruddur_engine::query::QuerySpec;
use cruddur_engine::query::engine::{self, RunOptions};

fn query_json(q: &StoredQuery) -> Value {
    let mut spec = q.spec.clone();
    spec.id = Some(q.id.clone());
    serde_json::to_value(spec).unwrap_or_default()
}

/// `POST /1/queries/{dataset}` → 200 (not 201) with the spec and its `id`.
pub async fn create(key: EnvKey, State(state): State<AppState>, Path(slug): Path<String>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageColumns)?;
    let mut spec = QuerySpec::from_json(body)?;
    spec.id = None;
    spec.validate()?;
    let mut data = key.write();
    let dataset = data.check_dataset_or_all(&slug)?;
    let id = random_alnum(11);
    let stored = StoredQuery { id: id.clone(), dataset, spec };
    let out = query_json(&stored);
    data.queries.insert(id, stored);
    state.created(Creation::Query);
    Ok(json(StatusCode::OK, &out))
}

fn find_query<'a>(data: &'a EnvData, slug: &str, id: &str) -> ApiResult<&'a StoredQuery> {
    let dataset = data.check_dataset_or_all(slug)?;
    data.queries.get(id).filter(|q| q.dataset == dataset).ok_or_else(|| ApiError::not_found("query not found"))
}

pub async fn get(key: EnvKey, Path((slug, id)): Path<(String, String)>) -> ApiResult<Response> {
    key.require(Permission::ManageColumns)?;
    let data = key.read();
    Ok(json(StatusCode::OK, &query_json(find_query(&data, &slug, &id)?)))
}

fn links(base: &str, team: &str, env: &str, dataset: &str, id: &str) -> Value {
    let url = format!("{base}/{team}/environments/{env}/datasets/{dataset}/result/{id}");
    json!({ "query_url": url, "graph_image_url": format!("{url}/snapshot") })
}

/// `POST /1/query_results/{dataset}` → 201, `Location`, `complete: false`.
pub async fn create_result(
    key: EnvKey,
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    JsonBody(body): JsonBody,
) -> ApiResult<Response> {
    key.require(Permission::RunQueries)?;
    key.require(Permission::ManageColumns)?;
    let query_id = opt_str(&body, "query_id")?
        .filter(|q| !q.is_empty())
        .ok_or_else(|| ApiError::validation("query_id", "missing", "cannot be blank"))?
        .to_owned();
    let disable_series = opt_bool(&body, "disable_series")?.unwrap_or(false);
    let requested_limit = opt_i64(&body, "limit")?;
    let max = if disable_series { 10_000 } else { 1_000 };
    if let Some(l) = requested_limit
        && !(1..=max).contains(&l)
    {
        return Err(ApiError::validation("limit", "invalid", format!("must be between 1 and {max} (10000 only with disable_series)")));
    }
    let opts_base = RunOptions {
        limit: 0,
        deadline: None,
        disable_series,
        disable_total_by_aggregate: opt_bool(&body, "disable_total_by_aggregate")?.unwrap_or(true),
        disable_other_by_aggregate: opt_bool(&body, "disable_other_by_aggregate")?.unwrap_or(true),
    };

    let now = now_secs();
    let (run_id, spec, dataset, query_out) = {
        let data = key.read();
        let dataset = data.check_dataset_or_all(&slug)?;
        let q = data.queries.get(&query_id).filter(|q| q.dataset == dataset).ok_or_else(|| ApiError::not_found("query not found"))?;
        // Calculated fields (derived columns) the query names are computed as the run reads it.
        let mut spec = q.spec.clone();
        let fields = super::derived_columns::fields_for_query(&data, &dataset, &spec);
        spec.calculated_fields.extend(fields);
        (random_alnum(11), spec, dataset, query_json(q))
    };
    let strict = state.config.strict;
    let limits = &state.config.limits;
    let window = if strict {
        // Honeycomb's truncation: a span sent seconds ago is past the floored end.
        spec.window(now).map_err(ApiError::bad_request)?.floored()
    } else {
        // The window ends after the current second, so events that arrived this second count.
        spec.window(now + 1).map_err(ApiError::bad_request)?
    };
    if strict && !spec.relational_fields().is_empty() {
        let limit = limits.relational_query_results_per_window;
        let decision =
            state.limiter.lock().unwrap_or_else(|e| e.into_inner()).check("query_results_relational", limit, limits.window, Instant::now());
        if !decision.allowed {
            // Like the 10-a-minute limit: problem+json, no Retry-After.
            return Err(ApiError::rate_limited(
                format!("This endpoint allows {limit} requests per minute for queries with relational fields."),
                None,
            ));
        }
    }
    let deadline = strict.then(|| Instant::now() + limits.query_run_limit);
    let opts = RunOptions { limit: RunOptions::limit_for(&spec, requested_limit), deadline, ..opts_base };

    let mut ready_at = Instant::now() + state.config.query_delay;
    let outcome = Arc::new(OnceLock::new());
    let fault = state.faults.lock().unwrap_or_else(|e| e.into_inner()).take_for_query_result();
    match fault {
        Some(FaultKind::Incomplete { millis }) => {
            state.stats.fault_fired();
            ready_at = ready_at.max(Instant::now() + Duration::from_millis(millis));
        }
        Some(FaultKind::FailQuery { message }) => {
            state.stats.fault_fired();
            let _ = outcome.set(Err(message));
        }
        _ => {}
    }
    // Registered before the run starts: the run holds a read lock for its duration.
    key.write().runs.insert(
        run_id.clone(),
        QueryRun { id: run_id.clone(), dataset: dataset.clone(), query_id, created_at: now, ready_at, outcome: outcome.clone() },
    );
    if outcome.get().is_none() {
        let data = key.data.clone();
        let outcome = outcome.clone();
        let dataset = dataset.clone();
        tokio::task::spawn_blocking(move || {
            let data = data.read().unwrap_or_else(|e| e.into_inner());
            let tables: Vec<_> = if dataset == ALL_DATASETS {
                data.datasets.values().map(|d| &d.events).collect()
            } else {
                data.datasets.get(&dataset).map(|d| &d.events).into_iter().collect()
            };
            let _ = outcome.set(engine::run(&spec, &tables, &data.strings, window, &opts));
        });
    }
    state.created(Creation::QueryResult);

    let base = external_base(&headers);
    let body = json!({
        "id": run_id,
        "complete": false,
        "query": query_out,
        "links": links(&base, &state.credentials.team_slug, &key.env_slug, &dataset, &run_id),
    });
    let mut response = json(StatusCode::CREATED, &body);
    if let Ok(location) = HeaderValue::from_str(&format!("{base}/1/query_results/{slug}/{run_id}")) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

/// `GET /1/query_results/{dataset}/{id}`: incomplete until ready; then `data`, or `error` for a
/// failed query (still 200), with the immutable-result cache headers.
pub async fn get_result(
    key: EnvKey,
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    key.require(Permission::RunQueries)?;
    let data = key.read();
    let dataset = data.check_dataset_or_all(&slug)?;
    let run = data.runs.get(&id).filter(|r| r.dataset == dataset).ok_or_else(|| ApiError::not_found("query result not found"))?;
    let query = data.queries.get(&run.query_id).map(query_json).unwrap_or_default();
    let base = external_base(&headers);
    let mut body = json!({
        "id": run.id,
        "complete": false,
        "query": query,
        "links": links(&base, &state.credentials.team_slug, &key.env_slug, &dataset, &run.id),
    });
    let finished = run.outcome.get().filter(|_| Instant::now() >= run.ready_at);
    let Some(outcome) = finished else {
        return Ok(json(StatusCode::OK, &body));
    };
    body["complete"] = true.into();
    match outcome {
        Ok(result) => body["data"] = result.clone(),
        Err(message) => body["error"] = message.clone().into(),
    }
    let mut response = json(StatusCode::OK, &body);
    let h = response.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, max-age=86400"));
    if let Ok(v) = HeaderValue::from_str(&http_date(run.created_at)) {
        h.insert(header::LAST_MODIFIED, v);
    }
    Ok(response)
}
