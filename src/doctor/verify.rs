//! `doctor --verify`: proof, end to end, that traces arrive. One span is sent over OTLP/HTTP JSON to the
//! endpoint the app uses, with the app's key, under a fresh trace ID; then a query (COUNT where
//! `trace.trace_id` is that ID) is run until it sees the span, and the time it took is reported.
//!
//! Two keys: an ingest key sends, and only a configuration key can run queries (Honeycomb keeps them
//! apart). The query key is the first of `--query-key` / `HONEYCOMB_QUERY_KEY`, the profile's `api_key`,
//! and the sending key itself (a classic configuration key does both) that Honeycomb says can run
//! queries in the same environment. The OTLP body is hand-written JSON (no OpenTelemetry SDK for one
//! span): trace and span IDs are hex, as OTLP/JSON wants them.

use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use secrecy::ExposeSecret;
use serde_json::{Value, json};

use super::honeycomb::{FoundKey, ValidKey, auth};
use super::{Check, ids};
use crate::context::Context;
use crate::honeycomb::query::{CalcOp, Calculation, Filter, FilterOp, QuerySpec};
use crate::honeycomb::retry;
use crate::honeycomb::{Credentials, HoneycombClient, HoneycombErrorKind, Labeled, mask};
use crate::query::links::UiLinks;
use crate::query::run::{RunSettings, wait_for_result};

const SEND_TIMEOUT: Duration = Duration::from_secs(15);
/// Attempts at sending the test span, the first included.
const SEND_ATTEMPTS: u32 = 3;
/// When each query run starts, in milliseconds after the span was accepted: soon at first (Honeycomb
/// usually shows a span within seconds), then further apart. Six runs at most, so a whole verify uses
/// at most 6 of the 10 query runs Honeycomb allows a team each minute, and the last starts 55 s in: the
/// worst case (the span never shows) ends within about a minute, under the 65 s default `--timeout`.
pub const RUN_SCHEDULE_MS: [u64; 6] = [1_000, 3_000, 7_000, 15_000, 30_000, 55_000];

/// The query's window: absolute minutes from 9 before the span's minute to the end of its minute.
/// Honeycomb floors a query's start and end to the minute (ranges up to 6 hours), so "the last hour"
/// ends before a span sent seconds ago; bounds already on minutes are left as they are, and the end,
/// past the span, keeps it in.
pub fn window_around(sent_secs: i64) -> (i64, i64) {
    let minute = sent_secs.div_euclid(60) * 60;
    (minute - 9 * 60, minute + 60)
}

/// `n` random bytes as hex, from the standard library's randomly seeded hasher (no rand dependency).
fn random_hex(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes * 2);
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_nanos();
    let mut round = 0u64;
    while out.len() < bytes * 2 {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(nanos);
        hasher.write_u64(round);
        hasher.write_u32(std::process::id());
        out.push_str(&format!("{:016x}", hasher.finish()));
        round += 1;
    }
    out.truncate(bytes * 2);
    out
}

/// A fresh trace ID (32 hex digits) and span ID (16).
pub fn new_ids() -> (String, String) {
    (random_hex(16), random_hex(8))
}

/// The OTLP/JSON `ExportTraceServiceRequest` for one server span.
pub fn span_body(service: &str, trace_id: &str, span_id: &str, start: SystemTime, end: SystemTime) -> Value {
    let nanos = |time: SystemTime| time.duration_since(UNIX_EPOCH).unwrap_or_default().as_nanos().to_string();
    json!({
        "resourceSpans": [{
            "resource": {"attributes": [
                {"key": "service.name", "value": {"stringValue": service}},
                {"key": "telemetry.sdk.name", "value": {"stringValue": "cruddur-obs"}}
            ]},
            "scopeSpans": [{
                "scope": {"name": "cruddur-obs doctor", "version": env!("CARGO_PKG_VERSION")},
                "spans": [{
                    "traceId": trace_id,
                    "spanId": span_id,
                    "name": "cruddur-obs doctor --verify",
                    "kind": 2,
                    "startTimeUnixNano": nanos(start),
                    "endTimeUnixNano": nanos(end),
                    "attributes": [{"key": "cruddur_obs.verify", "value": {"boolValue": true}}],
                    "status": {"code": 1}
                }]
            }]
        }]
    })
}

/// Where the trace can be seen in Honeycomb's UI, in the documented form (trace ID and its time range
/// in integer seconds), on the UI of the key's region.
fn trace_link(sender: &ValidKey, dataset: &str, trace_id: &str, start: SystemTime, end: SystemTime) -> String {
    let environment = if sender.classic() { String::new() } else { sender.auth.environment_slug.clone() };
    let links = UiLinks { base: UiLinks::base_for_links(&sender.api_url), team: sender.auth.team_slug.clone(), environment };
    let secs = |time: SystemTime| time.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs_f64();
    links.trace(dataset, trace_id, secs(start), secs(end))
}

/// What sending the span came to.
enum Sent {
    Accepted,
    Refused(String),
}

async fn send_span(context: &Context, sender: &ValidKey, endpoint: &str, dataset: &str, body: &Value) -> Sent {
    let url = format!("{}/v1/traces", endpoint.trim_end_matches('/'));
    if let Err(err) = crate::http::require_private_transport(endpoint, "the OTLP endpoint", context.allow_plaintext_http) {
        return Sent::Refused(format!("{}; {}", err.message, err.hint.unwrap_or_default()));
    }
    let http = match crate::http::client(context.request_timeout.unwrap_or(SEND_TIMEOUT), Duration::from_secs(5)) {
        Ok(http) => http,
        Err(err) => return Sent::Refused(err.message),
    };
    // A collector that echoes the header it was sent must not put the key into the checklist.
    let redact = |text: &str| crate::output::sanitize::mask_all(text, [sender.key.expose_secret()]).into_owned();
    let mut team = match reqwest::header::HeaderValue::from_str(sender.key.expose_secret()) {
        Ok(value) => value,
        Err(_) => return Sent::Refused("the key contains characters that cannot be sent in a header".to_owned()),
    };
    team.set_sensitive(true);
    let mut request = http.post(&url).header("content-type", "application/json").header("x-honeycomb-team", team).json(body);
    if sender.classic() {
        request = request.header("x-honeycomb-dataset", dataset);
    }
    // As OTLP exporters do: 429, 502, 503 and 504 are retried (honouring `Retry-After`), as is a refused
    // connection; anything else might have stored the span, and a second copy would be counted.
    let mut attempt = 1;
    let (response, elapsed) = loop {
        let started = Instant::now();
        let Some(this) = request.try_clone() else { break (request.send().await, started.elapsed().as_millis()) };
        let response = this.send().await;
        let elapsed = started.elapsed().as_millis();
        let wait = match &response {
            Ok(answer) if matches!(answer.status().as_u16(), 429 | 502 | 503 | 504) && attempt < SEND_ATTEMPTS => {
                Some(retry::delay(Some(answer.headers()), Some(answer.status().as_u16()), attempt, std::time::SystemTime::now()))
            }
            Err(err) if err.is_connect() && attempt < SEND_ATTEMPTS => {
                Some(retry::delay(None, None, attempt, std::time::SystemTime::now()))
            }
            _ => None,
        };
        let Some(wait) = wait else { break (response, elapsed) };
        let outcome = match &response {
            Ok(answer) => answer.status().as_u16().to_string(),
            Err(_) => "no connection".to_owned(),
        };
        context.ui.debug(&format!("POST {url} → {outcome} after {elapsed} ms; retrying in {} ms", wait.as_millis()));
        tokio::time::sleep(wait).await;
        attempt += 1;
    };
    match response {
        Err(err) => {
            context.ui.debug(&format!("POST {url} → no answer after {elapsed} ms"));
            Sent::Refused(format!("POST {url}: {}", crate::error::error_chain(&err)))
        }
        Ok(response) => {
            let status = response.status();
            context.ui.debug(&format!("POST {url} → {} in {elapsed} ms", status.as_u16()));
            let headers = response.headers().clone();
            let limit = if status.is_success() { crate::http::BodyLimit::Api } else { crate::http::BodyLimit::Error };
            let bytes = match crate::http::read_body(response, limit).await {
                Ok(bytes) => bytes,
                Err(err) => return Sent::Refused(format!("POST {url}: {}", err.describe())),
            };
            if !status.is_success() {
                let detail = crate::http::redirect_note(status.as_u16(), &headers)
                    .or_else(|| crate::honeycomb::error::describe_body(&bytes))
                    .or_else(|| {
                        Some(String::from_utf8_lossy(&bytes).trim().chars().take(200).collect::<String>()).filter(|text| !text.is_empty())
                    });
                let detail = detail.map(|detail| format!(": {}", redact(&detail))).unwrap_or_default();
                return Sent::Refused(format!("POST {url}: {}{detail}", status.as_u16()));
            }
            // 200 can still carry a partial success: spans rejected, with a reason.
            let partial = serde_json::from_slice::<Value>(&bytes).ok().and_then(|value| value.get("partialSuccess").cloned());
            let rejected = partial
                .as_ref()
                .and_then(|partial| partial.get("rejectedSpans"))
                .and_then(|count| count.as_i64().or_else(|| count.as_str().and_then(|text| text.parse().ok())))
                .unwrap_or(0);
            if rejected > 0 {
                let reason =
                    partial.as_ref().and_then(|partial| partial.get("errorMessage")).and_then(Value::as_str).unwrap_or("no reason given");
                return Sent::Refused(format!("POST {url}: the span was rejected: {}", redact(reason)));
            }
            Sent::Accepted
        }
    }
}

/// The first candidate Honeycomb lets run queries in the sender's environment.
async fn query_key(context: &Context, sender: &ValidKey, candidates: Vec<FoundKey>) -> Result<FoundKey, String> {
    let mut notes = Vec::new();
    for candidate in candidates {
        let shown = format!("{} ({})", mask(candidate.key.expose_secret()), candidate.source);
        match auth(context, &sender.api_url, &candidate).await {
            Ok(found) => {
                let can_query = found.permissions.iter().any(|permission| permission == "run_queries");
                if found.environment_slug != sender.auth.environment_slug || found.team_slug != sender.auth.team_slug {
                    notes.push(format!("{shown} is for environment {} of team {}", found.environment_slug, found.team_slug));
                } else if !can_query {
                    notes.push(format!("{shown} cannot run queries"));
                } else {
                    return Ok(candidate);
                }
            }
            Err(err) if err.kind == HoneycombErrorKind::Unauthorized => notes.push(format!("{shown} was refused")),
            Err(err) => notes.push(format!("{shown}: {}", err.summary)),
        }
    }
    Err(if notes.is_empty() { "no configuration key was given".to_owned() } else { notes.join("; ") })
}

fn count_of(data: &crate::honeycomb::query::QueryResultData) -> f64 {
    data.results.iter().filter_map(|row| row.data.get("COUNT").and_then(Value::as_f64)).sum()
}

/// Everything `--verify` needs.
pub struct Plan<'a> {
    pub sender: &'a ValidKey,
    /// The OTLP endpoint (without `/v1/traces`).
    pub endpoint: String,
    /// The service name the span is sent as: its dataset.
    pub dataset: String,
    pub query_candidates: Vec<FoundKey>,
    pub timeout: Duration,
}

pub async fn verify(context: &Context, plan: Plan<'_>) -> Check {
    let id = ids::VERIFY;
    let (trace_id, span_id) = new_ids();
    let start = SystemTime::now();
    let end = start + Duration::from_millis(1);
    let body = span_body(&plan.dataset, &trace_id, &span_id, start, end);
    let sent_at = Instant::now();
    let deadline = sent_at + plan.timeout;
    if let Sent::Refused(reason) = send_span(context, plan.sender, &plan.endpoint, &plan.dataset, &body).await {
        return Check::fail(id, format!("the test span was not accepted: {reason}"))
            .with_fix("check OTEL_EXPORTER_OTLP_ENDPOINT and the key (the checks above), or pass --endpoint URL");
    }
    // The span goes to the dataset Honeycomb makes of its service name.
    let dataset = crate::query::plan::dataset_slug(&plan.dataset);
    context
        .ui
        .status(&format!("sent a test span to {} (trace {trace_id}, dataset {dataset}); waiting for a query to see it", plan.endpoint));
    let link = trace_link(plan.sender, &dataset, &trace_id, start, end);
    let see = format!("; look for it at {link}");
    let querier = match query_key(context, plan.sender, plan.query_candidates).await {
        Ok(key) => key,
        Err(why) => {
            return Check::warn(
                id,
                format!(
                    "the test span (trace {trace_id}) was accepted, but it cannot be looked for: no key here runs queries ({why}){see}"
                ),
            )
            .with_fix("pass --query-key or set HONEYCOMB_QUERY_KEY: a configuration key with Run Queries and Manage Queries and Columns");
        }
    };
    let credentials =
        Credentials { management: None, environment: Some(Labeled { value: querier.key.clone(), source: querier.source.clone() }) };
    let client = match HoneycombClient::new(&plan.sender.api_url, credentials, context) {
        Ok(client) => {
            client.with_deadline(deadline, format!("--timeout {}", crate::query::time::format_secs(plan.timeout.as_secs() as i64)))
        }
        Err(err) => return Check::fail(id, err.message),
    };
    let sent_secs = start.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs() as i64;
    let (window_start, window_end) = window_around(sent_secs);
    let spec = QuerySpec {
        calculations: vec![Calculation::new(CalcOp::Count, None)],
        filters: vec![Filter { op: FilterOp::Eq, column: Some("trace.trace_id".to_owned()), value: Some(Value::from(trace_id.clone())) }],
        start_time: Some(window_start),
        end_time: Some(window_end),
        ..QuerySpec::default()
    };
    let mut runs = 0;
    let mut query_id: Option<String> = None;
    let mut last_problem = String::new();
    for run_at in RUN_SCHEDULE_MS.map(Duration::from_millis) {
        let at = sent_at + run_at;
        if at >= deadline {
            break;
        }
        tokio::time::sleep(at.saturating_duration_since(Instant::now())).await;
        let id_now = match &query_id {
            Some(existing) => existing.clone(),
            None => match client.create_query(&dataset, &spec).await {
                Ok(query) => {
                    query_id = Some(query.id.clone());
                    query.id
                }
                // The dataset appears with its first event: not there yet (no query run was used).
                Err(err) if err.kind == HoneycombErrorKind::NotFound => {
                    last_problem = format!("dataset {dataset} does not exist yet");
                    continue;
                }
                Err(err) => return query_failure(trace_id, &see, crate::query::run::explain(err)),
            },
        };
        runs += 1;
        let remaining = deadline.saturating_duration_since(Instant::now()).max(Duration::from_millis(100));
        let settings = RunSettings { timeout: remaining, limit: None, series: false, relational: false };
        match wait_for_result(context, &client, &dataset, &id_now, settings).await {
            Ok(finished) if count_of(&finished.data) >= 1.0 => {
                let latency = sent_at.elapsed();
                let mut check = Check::pass(
                    id,
                    format!(
                        "a test span sent to {} reached dataset {dataset} and was seen by a query {:.1} s later (trace {trace_id}, {runs} query {})",
                        plan.endpoint,
                        latency.as_secs_f64(),
                        if runs == 1 { "run" } else { "runs" }
                    ),
                );
                check.latency_ms = Some(latency.as_millis() as u64);
                return check;
            }
            Ok(_) => last_problem = "the query counted 0 spans".to_owned(),
            // 403 on query results for a key that has Run Queries (checked above): the plan's refusal.
            Err(err) if plan_refused(&err) => {
                return Check::pass(
                    id,
                    format!(
                        "a test span sent to {} was accepted by Honeycomb (trace {trace_id}, dataset {dataset}); this team's plan has \
                         no Query Data API (an Enterprise feature), so no query can confirm it from here: see it at {link}",
                        plan.endpoint
                    ),
                );
            }
            Err(err) if err.kind == crate::error::ErrorKind::Unavailable => last_problem = err.message,
            Err(err) => return query_failure(trace_id, &see, err),
        }
    }
    let why = if last_problem.is_empty() { String::new() } else { format!(" (last: {last_problem})") };
    Check::fail(
        id,
        format!(
            "the test span (trace {trace_id}) was accepted, but {runs} query {} over {} s did not see it{why}{see}",
            if runs == 1 { "run" } else { "runs" },
            sent_at.elapsed().as_secs()
        ),
    )
    .with_fix(
        "Honeycomb may be slow to index: try again with a longer --timeout; if it never shows, check the dataset and the key's environment",
    )
}

/// Honeycomb refusing query results (403 on `/1/query_results`).
fn plan_refused(err: &crate::error::CliError) -> bool {
    err.source_as::<crate::honeycomb::HoneycombError>()
        .is_some_and(|source| source.status == Some(403) && source.route.as_ref().is_some_and(|route| route.is_query_results()))
}

fn query_failure(trace_id: String, see: &str, err: crate::error::CliError) -> Check {
    let check = Check::warn(
        ids::VERIFY,
        format!("the test span (trace {trace_id}) was accepted, but the query to find it failed: {}{see}", err.message),
    );
    match err.hint {
        Some(hint) => check.with_fix(hint),
        None => check,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_hex_of_the_right_length_and_fresh() {
        let (trace, span) = new_ids();
        assert_eq!(trace.len(), 32);
        assert_eq!(span.len(), 16);
        assert!(trace.chars().chain(span.chars()).all(|c| c.is_ascii_hexdigit()));
        assert_ne!(new_ids().0, trace);
    }

    #[test]
    fn the_window_holds_the_span_after_honeycombs_flooring() {
        for sent in [1_714_557_600, 1_714_557_601, 1_714_557_659] {
            let (start, end) = window_around(sent);
            let floored = cruddur_engine::query::TimeWindow { start, end }.floored();
            assert_eq!((floored.start, floored.end), (start, end), "already on minutes");
            assert!(floored.start <= sent && sent < floored.end, "{sent} in [{start}, {end})");
        }
        // Six runs at most, within a minute and 65 s.
        assert!(RUN_SCHEDULE_MS.len() <= 6 && RUN_SCHEDULE_MS[5] <= 60_000);
        assert!(RUN_SCHEDULE_MS.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn the_body_is_otlp_json() {
        let start = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let body = span_body("backend-flask", &"a".repeat(32), &"b".repeat(16), start, start + Duration::from_millis(1));
        let span = &body["resourceSpans"][0]["scopeSpans"][0]["spans"][0];
        assert_eq!(span["traceId"], "a".repeat(32));
        assert_eq!(span["startTimeUnixNano"], "1700000000000000000");
        assert_eq!(span["endTimeUnixNano"], "1700000000001000000");
        assert_eq!(body["resourceSpans"][0]["resource"]["attributes"][0]["value"]["stringValue"], "backend-flask");
    }
}
