//! The Query Data API and "saved queries" (query annotations): typed query specs, query results and
//! annotations, as `impl HoneycombClient` methods.
//!
//! The spec types are the engine's (`cruddur_engine::query`): every field optional and skipped when
//! absent (the spec's `Query` schema declares misleading defaults that must never be sent). The CLI's
//! own validation (`crate::query::spec`) reports unknown operators, with suggestions, before anything is
//! sent.
//!
//! Creating a query result is the one call that does not go through [`HoneycombClient::send`]'s retry
//! loop: its 429 carries no `Retry-After` and means "wait for the next minute window", which the caller
//! must say on stderr and fit into its own time-out. [`HoneycombClient::try_create_query_result`] makes
//! one attempt and reports a 429 with the window's reset, if Honeycomb sent one.

use std::time::{Duration, Instant, SystemTime};

use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode};
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::client::{HoneycombClient, Retry, Scope, mask, path_segment, transport_error};
use super::error::{HoneycombError, HoneycombErrorKind, Route, describe_body, kind_for_status};
use super::retry;
use crate::context::Ui;
use crate::http::{BodyError, BodyLimit};

/// Query specs are the engine's types (`cruddur-engine`, which the local Honeycomb server and the
/// local copy run): one definition of the `Query` schema for the CLI, the server and the local source.
pub use cruddur_engine::query::{
    CalculatedField, Calculation, Combination as FilterCombination, Direction, Filter, FilterOp, Having, HavingOp, Op as CalcOp, Order,
    QuerySpec,
};

/// A created query: its ID and the spec as Honeycomb stored it.
#[derive(Debug, Clone, Deserialize)]
pub struct Query {
    pub id: String,
    #[serde(flatten)]
    pub spec: QuerySpec,
}

/// The body of `POST /1/query_results/{dataset}`.
#[derive(Debug, Clone, Serialize)]
pub struct QueryResultRequest {
    pub query_id: String,
    pub disable_series: bool,
    /// Up to 10 000 rows, only with `disable_series`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct QueryResultLinks {
    #[serde(default)]
    pub query_url: Option<String>,
    #[serde(default)]
    pub graph_image_url: Option<String>,
}

/// One row of results or one point of a series: a flat map of breakdown and calculation values.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ResultRow {
    #[serde(default)]
    pub time: Option<String>,
    #[serde(default)]
    pub data: Map<String, Value>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct QueryResultData {
    #[serde(default)]
    pub series: Vec<ResultRow>,
    #[serde(default)]
    pub results: Vec<ResultRow>,
    #[serde(default)]
    pub total_by_aggregate: Option<ResultRow>,
    #[serde(default)]
    pub other_by_aggregate: Option<ResultRow>,
}

/// A query result, complete or not. A failed query is complete with `error` instead of `data`.
#[derive(Debug, Clone, Deserialize)]
pub struct QueryResult {
    pub id: String,
    #[serde(default)]
    pub complete: bool,
    #[serde(default)]
    pub error: Option<String>,
    #[serde(default)]
    pub data: Option<QueryResultData>,
    #[serde(default)]
    pub query: Option<QuerySpec>,
    #[serde(default)]
    pub links: Option<QueryResultLinks>,
}

/// What one attempt to create a query result came to.
#[derive(Debug)]
pub enum CreateResult {
    Created(Box<QueryResult>),
    /// 429: the creation limit (10 a minute) is used up. `reset` is when the window refills, when
    /// Honeycomb said (`RateLimit: reset=`, or a `Retry-After`).
    RateLimited {
        reset: Option<Duration>,
        detail: String,
    },
}

/// A column of a dataset (`GET /1/columns/{dataset}`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Column {
    pub key_name: String,
    #[serde(rename = "type", default)]
    pub column_type: Option<String>,
    #[serde(default)]
    pub hidden: Option<bool>,
    #[serde(default)]
    pub last_written: Option<String>,
}

/// A query annotation: Honeycomb's "saved query" (a name on a query ID).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct QueryAnnotation {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    pub query_id: String,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
    /// `query` or `board`.
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NewQueryAnnotation<'a> {
    pub name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<&'a str>,
    pub query_id: &'a str,
}

impl HoneycombClient<'_> {
    /// The dataset's columns (`__all__`: the environment's).
    pub async fn list_columns(&self, dataset: &str) -> Result<Vec<Column>, HoneycombError> {
        self.get(&format!("/1/columns/{}", path_segment(dataset)), Scope::Environment).await
    }

    /// Creates a query (queries are immutable and creating one runs nothing, so a repeat is harmless:
    /// retried like a read).
    pub async fn create_query(&self, dataset: &str, spec: &QuerySpec) -> Result<Query, HoneycombError> {
        let path = format!("/1/queries/{}", path_segment(dataset));
        self.send(Method::POST, &path, Scope::Environment, Some(spec), Retry::Idempotent).await?.json("create query")
    }

    pub async fn get_query(&self, dataset: &str, id: &str) -> Result<Query, HoneycombError> {
        self.get(&format!("/1/queries/{}/{}", path_segment(dataset), path_segment(id)), Scope::Environment).await
    }

    pub async fn get_query_result(&self, dataset: &str, id: &str) -> Result<QueryResult, HoneycombError> {
        self.get(&format!("/1/query_results/{}/{}", path_segment(dataset), path_segment(id)), Scope::Environment).await
    }

    /// `POST /1/query_results/{dataset}`; a 429 is reported, not retried (see the module docs). `ui`
    /// gets the `--verbose` request log, as the client's own calls do. A refused connection (nothing
    /// reached the server) is retried with backoff; a 5xx, a time-out or a cut-off answer once: a
    /// duplicate run costs one of the minute's runs and nothing else.
    pub async fn try_create_query_result(
        &self,
        ui: &Ui,
        dataset: &str,
        request: &QueryResultRequest,
    ) -> Result<CreateResult, HoneycombError> {
        let path = format!("/1/query_results/{}", path_segment(dataset));
        let route = Route::new(Method::POST, path.clone());
        let what = route.to_string();
        let body = serde_json::to_vec(request).expect("request bodies serialize");
        let credential = self.credentials().environment.as_ref();
        let label = credential.map(|key| format!("the API key {} ({})", mask(key.value.expose_secret()), key.source));
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        if let Some(key) = credential {
            let mut value = HeaderValue::from_str(key.value.expose_secret()).map_err(|_| {
                HoneycombError::new(HoneycombErrorKind::Invalid, "the Honeycomb key contains characters that cannot be sent in a header")
                    .with_credential(label.clone())
            })?;
            value.set_sensitive(true);
            headers.insert("x-honeycomb-team", value);
        }
        let http = self.http();
        let url = format!("{}{path}", self.api_url());
        let mut attempt = 1;
        loop {
            let started = Instant::now();
            let mut post = http.post(&url).headers(headers.clone()).body(body.clone());
            // Each attempt gets --request-timeout, and never more than --timeout has left.
            if let Some(left) = self.time_left(&route)? {
                post = post.timeout(left.min(self.ui_request_timeout()));
            }
            let outcome = post.send().await;
            let elapsed = started.elapsed().as_millis();
            let failure = match outcome {
                Ok(response) => {
                    let status = response.status();
                    let response_headers = response.headers().clone();
                    let limit = if status.is_success() { BodyLimit::QueryResult } else { BodyLimit::Error };
                    match crate::http::read_body(response, limit).await {
                        Ok(bytes) => {
                            match self.read_created(ui, &route, status, &response_headers, &bytes, elapsed, attempt, label.clone())? {
                                Some(created) => return Ok(created),
                                None => None,
                            }
                        }
                        Err(BodyError::Transport(err)) => Some(err),
                        Err(too_large) => {
                            return Err(HoneycombError::new(HoneycombErrorKind::Protocol, format!("{what}: {}", too_large.describe()))
                                .with_status(status.as_u16())
                                .on(route));
                        }
                    }
                }
                Err(err) => Some(err),
            };
            if let Some(err) = failure {
                ui.debug(&format!("{what} → {} after {elapsed} ms", super::client::transport_failure(&err)));
                if err.is_timeout() && self.time_left(&route).is_err() {
                    return Err(self.time_left(&route).expect_err("checked"));
                }
                // A refused connection never reached Honeycomb; a time-out or a cut answer may have created
                // the run, and is retried once, as a 5xx is (a second run costs one of the minute's runs).
                let retry = if err.is_connect() { attempt < retry::MAX_ATTEMPTS } else { attempt < 2 };
                if !retry {
                    return Err(transport_error(&route, err));
                }
            }
            let wait = retry::delay(None, None, attempt, SystemTime::now());
            self.wait_before_retry(&route, wait).await?;
            attempt += 1;
        }
    }

    /// The answer to a query-result creation: the result, a rate limit, or an error; `None` when it is
    /// a 5xx worth one more try.
    #[allow(clippy::too_many_arguments)]
    fn read_created(
        &self,
        ui: &Ui,
        route: &Route,
        status: StatusCode,
        headers: &HeaderMap,
        bytes: &[u8],
        elapsed: u128,
        attempt: u32,
        label: Option<String>,
    ) -> Result<Option<CreateResult>, HoneycombError> {
        let what = route.to_string();
        ui.debug(&format!("{what} → {} in {elapsed} ms", status.as_u16()));
        if status.is_success() {
            let result: QueryResult = serde_json::from_slice(bytes).map_err(|err| {
                HoneycombError::new(HoneycombErrorKind::Protocol, format!("create query result: unexpected response ({err})"))
                    .with_status(status.as_u16())
                    .on(route.clone())
            })?;
            return Ok(Some(CreateResult::Created(Box::new(result))));
        }
        if status == StatusCode::TOO_MANY_REQUESTS {
            // `Retry-After` is the more specific instruction when both are sent (retry.rs's order).
            let reset = retry::retry_after(headers, SystemTime::now()).or_else(|| retry::rate_limit_reset(headers));
            let detail = describe_body(bytes).map(|detail| self.redact(&detail)).unwrap_or_else(|| "429 Too Many Requests".to_owned());
            return Ok(Some(CreateResult::RateLimited { reset, detail }));
        }
        if status.is_server_error() && attempt < 2 {
            ui.debug(&format!("{what}: {} — retrying once", status.as_u16()));
            return Ok(None);
        }
        let reason = status.canonical_reason().unwrap_or("");
        let detail = crate::http::redirect_note(status.as_u16(), headers).or_else(|| describe_body(bytes));
        let summary = match detail {
            Some(detail) => self.redact(&format!("{what}: {} {reason}: {detail}", status.as_u16())),
            None => format!("{what}: {} {reason}", status.as_u16()),
        };
        Err(HoneycombError::new(kind_for_status(status.as_u16()), summary)
            .with_status(status.as_u16())
            .on(route.clone())
            .with_credential(label))
    }

    /// Saved queries of a dataset (board annotations too, marked by `source`).
    pub async fn list_query_annotations(&self, dataset: &str) -> Result<Vec<QueryAnnotation>, HoneycombError> {
        self.get(&format!("/1/query_annotations/{}", path_segment(dataset)), Scope::Environment).await
    }

    pub async fn create_query_annotation(
        &self,
        dataset: &str,
        annotation: &NewQueryAnnotation<'_>,
    ) -> Result<QueryAnnotation, HoneycombError> {
        let path = format!("/1/query_annotations/{}", path_segment(dataset));
        self.send(Method::POST, &path, Scope::Environment, Some(annotation), Retry::Once).await?.json("create query annotation")
    }

    pub async fn delete_query_annotation(&self, dataset: &str, id: &str) -> Result<(), HoneycombError> {
        let path = format!("/1/query_annotations/{}/{}", path_segment(dataset), path_segment(id));
        self.send(Method::DELETE, &path, Scope::Environment, None::<&()>, Retry::Idempotent).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn specs_serialize_only_what_is_set() {
        let spec = QuerySpec {
            calculations: vec![Calculation::new(CalcOp::P99, Some("duration_ms")), Calculation::new(CalcOp::Count, None)],
            breakdowns: vec!["app.user_id".into()],
            time_range: Some(3600),
            ..QuerySpec::default()
        };
        assert_eq!(
            serde_json::to_value(&spec).unwrap(),
            json!({"breakdowns":["app.user_id"],"calculations":[{"op":"P99","column":"duration_ms"},{"op":"COUNT"}],"time_range":3600})
        );
        assert_eq!(spec.calculations[0].label(), "P99(duration_ms)");
        assert_eq!(spec.calculations[1].label(), "COUNT");
    }

    #[test]
    fn operator_names_are_the_apis() {
        assert_eq!(FilterOp::parse("does-not-exist"), Some(FilterOp::DoesNotExist));
        assert_eq!(CalcOp::NAMES.len(), 24);
        assert_eq!(FilterOp::NAMES.len(), 16);
        assert!(CalcOp::NAMES.iter().all(|name| CalcOp::parse(name).is_some_and(|op| op.name() == *name)));
        assert!(FilterOp::NAMES.iter().all(|name| FilterOp::parse(name).is_some_and(|op| op.name() == *name)));
        assert_eq!(CalcOp::parse("P42"), None);
    }

    #[test]
    fn a_failed_result_reads() {
        let result: QueryResult =
            serde_json::from_value(json!({"id":"r1","complete":true,"error":"we had trouble fetching your results! try again?"})).unwrap();
        assert!(result.complete && result.data.is_none());
        assert_eq!(result.error.as_deref(), Some("we had trouble fetching your results! try again?"));
    }

    #[test]
    fn segments_are_encoded() {
        assert_eq!(path_segment("backend-flask"), "backend-flask");
        assert_eq!(path_segment("a b/c"), "a%20b%2Fc");
    }
}
