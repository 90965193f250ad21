//! The presets: the questions people open Honeycomb's UI to ask, as query specs built from the columns
//! the dataset really has (`GET /1/columns`), and how each one's results are shown.
//!
//! Columns are found, not assumed: the first of a list of the usual names (OpenTelemetry semantic
//! conventions, old and new, and the bootcamp's `app.user_id`) that exists, or the one given by flag,
//! checked against the dataset. When none exists the error lists the dataset's likely candidates.

use clap::ValueEnum;
use serde_json::Value;

use super::table::{ResultColumn, ResultTable, snake, unit_of};
use super::time::format_rfc3339;
use crate::error::{CliError, CliResult};
use crate::honeycomb::query::{CalcOp, CalculatedField, Calculation, Direction, Filter, FilterOp, Order, QueryResultData, QuerySpec};
use crate::suggest::suggest;

/// User columns, most specific first: the bootcamp's, then OpenTelemetry's (`enduser.id`, `user.id`),
/// then common hand-made names.
pub const USER_COLUMNS: [&str; 14] = [
    "app.user_id",
    "user.id",
    "enduser.id",
    "app.user_handle",
    "app.user",
    "app.user.id",
    "user_id",
    "userId",
    "UserID",
    "user.handle",
    "app.handle",
    "user.name",
    "user",
    "handle",
];
const USER_WORDS: [&str; 6] = ["user", "handle", "account", "customer", "member", "uid"];
/// Where a request's route lives: OpenTelemetry's `http.route`, then the URL's path, then the span name.
const ENDPOINT_COLUMNS: [&str; 5] = ["http.route", "url.path", "http.target", "request.path", "name"];
/// The HTTP status: current semantic conventions first.
const HTTP_STATUS_COLUMNS: [&str; 4] = ["http.response.status_code", "http.status_code", "response.status_code", "status"];
const DURATION_COLUMN: &str = "duration_ms";
const TRACE_ID_COLUMNS: [&str; 3] = ["trace.trace_id", "traceId", "trace_id"];
const PARENT_ID_COLUMNS: [&str; 3] = ["trace.parent_id", "parentId", "parent_id"];
const EVENT_TIME: &str = "event_time";

/// A preset, by the name `query save --preset` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PresetKind {
    /// P50, P90, P99 of duration_ms and COUNT per user, slowest first
    LatencyByUser,
    /// The latest root spans, with a Honeycomb link per trace
    RecentTraces,
    /// P50, P99 and COUNT per route (or span name), slowest first
    SlowEndpoints,
    /// Counts of error spans by span name, HTTP status and message
    Errors,
    /// A duration heatmap over time
    Heatmap,
}

impl PresetKind {
    pub fn name(self) -> &'static str {
        match self {
            PresetKind::LatencyByUser => "latency-by-user",
            PresetKind::RecentTraces => "recent-traces",
            PresetKind::SlowEndpoints => "slow-endpoints",
            PresetKind::Errors => "errors",
            PresetKind::Heatmap => "heatmap",
        }
    }

    /// The marker `query save` leaves in an annotation's description, so `saved run` shows the
    /// preset's view again.
    pub fn marker(self) -> String {
        format!("[cruddur-obs preset: {}]", self.name())
    }

    /// The preset whose marker a description carries.
    pub fn from_description(description: &str) -> Option<PresetKind> {
        let start = description.find("[cruddur-obs preset: ")? + "[cruddur-obs preset: ".len();
        let name = description[start..].split(']').next()?;
        PresetKind::from_str(name, false).ok()
    }
}

/// The dataset's column names.
#[derive(Debug, Clone, Default)]
pub struct Columns {
    pub dataset: String,
    pub names: Vec<String>,
}

impl Columns {
    pub fn new(dataset: &str, names: Vec<String>) -> Columns {
        Columns { dataset: dataset.to_owned(), names }
    }

    pub fn has(&self, name: &str) -> bool {
        self.names.iter().any(|known| known == name)
    }

    /// The first candidate that exists (exactly, else ignoring case), as the dataset spells it.
    pub fn find(&self, candidates: &[&str]) -> Option<String> {
        candidates
            .iter()
            .find_map(|candidate| self.names.iter().find(|name| name == candidate))
            .or_else(|| candidates.iter().find_map(|candidate| self.names.iter().find(|name| name.eq_ignore_ascii_case(candidate))))
            .cloned()
    }

    /// Columns whose names contain one of `words`.
    pub fn likely(&self, words: &[&str]) -> Vec<String> {
        let mut found: Vec<String> =
            self.names.iter().filter(|name| words.iter().any(|word| name.to_ascii_lowercase().contains(word))).cloned().collect();
        found.sort();
        found.truncate(12);
        found
    }

    /// A column named by a flag: it must exist in the dataset.
    pub fn require(&self, name: &str, flag: &str) -> CliResult<String> {
        if self.has(name) {
            return Ok(name.to_owned());
        }
        let mut error = CliError::invalid_input(format!("{flag} {name:?}: dataset {} has no such column", self.dataset));
        error = match suggest(name, self.names.iter().map(String::as_str)) {
            Some(close) => error.with_hint(format!("did you mean {close}?")),
            None => error.with_hint(format!("list its columns: {}", self.sample())),
        };
        Err(error)
    }

    fn sample(&self) -> String {
        if self.names.is_empty() {
            return "(it has none yet: has anything been sent to it?)".to_owned();
        }
        let mut names = self.names.clone();
        names.sort();
        let shown: Vec<&str> = names.iter().take(20).map(String::as_str).collect();
        let more = if names.len() > shown.len() { format!(" and {} more", names.len() - shown.len()) } else { String::new() };
        format!("{}{more}", shown.join(", "))
    }
}

/// What a preset needs beyond the common flags.
#[derive(Debug, Clone, Default)]
pub struct PresetOptions {
    /// `--user-column`.
    pub user_column: Option<String>,
    /// `--by` (slow-endpoints, errors).
    pub by: Vec<String>,
    /// `--column` (heatmap): the value to draw.
    pub column: Option<String>,
    /// Time buckets for a heatmap (seconds).
    pub granularity: Option<i64>,
    /// Rows; `None`: the preset's default.
    pub limit: Option<i64>,
}

/// Rows a preset returns unless `--limit` says otherwise.
pub const DEFAULT_LIMIT: i64 = 20;

fn root_filter(columns: &Columns) -> Filter {
    let parent = columns.find(&PARENT_ID_COLUMNS).unwrap_or_else(|| PARENT_ID_COLUMNS[0].to_owned());
    Filter { op: FilterOp::DoesNotExist, column: Some(parent), value: None }
}

fn exists(column: &str) -> Filter {
    Filter { op: FilterOp::Exists, column: Some(column.to_owned()), value: None }
}

fn descending(op: CalcOp, column: Option<&str>) -> Order {
    Order { column: column.map(str::to_owned), op: Some(op), order: Some(Direction::Descending) }
}

fn duration(columns: &Columns, explicit: Option<&str>) -> CliResult<String> {
    match explicit {
        Some(name) => columns.require(name, "--column"),
        None if columns.has(DURATION_COLUMN) || columns.names.is_empty() => Ok(DURATION_COLUMN.to_owned()),
        None => {
            Err(CliError::invalid_input(format!("dataset {} has no {DURATION_COLUMN} column (is it a trace dataset?)", columns.dataset))
                .with_hint("name the value with --column"))
        }
    }
}

/// The user column: `--user-column` (checked), else the first usual name that exists.
pub fn user_column(columns: &Columns, explicit: Option<&str>) -> CliResult<String> {
    if let Some(name) = explicit {
        return columns.require(name, "--user-column");
    }
    if let Some(found) = columns.find(&USER_COLUMNS) {
        return Ok(found);
    }
    let likely = columns.likely(&USER_WORDS);
    let error = CliError::invalid_input(format!(
        "dataset {} has none of the usual user columns ({}, ...)",
        columns.dataset,
        USER_COLUMNS[..6].join(", ")
    ));
    Err(if likely.is_empty() {
        error.with_hint(format!(
            "no column looks like a user ID; record one on your spans (span.set_attribute(\"app.user_id\", user)), or pass --user-column. Columns: {}",
            columns.sample()
        ))
    } else {
        error.with_hint(format!("likely candidates: {}; pass one as --user-column", likely.join(", ")))
    })
}

/// Builds a preset's query from the dataset's columns.
pub fn build(kind: PresetKind, columns: &Columns, options: &PresetOptions) -> CliResult<QuerySpec> {
    let limit = Some(options.limit.unwrap_or(DEFAULT_LIMIT));
    Ok(match kind {
        PresetKind::LatencyByUser => {
            let user = user_column(columns, options.user_column.as_deref())?;
            let value = duration(columns, options.column.as_deref())?;
            let v = Some(value.as_str());
            QuerySpec {
                breakdowns: vec![user.clone()],
                calculations: vec![
                    Calculation::new(CalcOp::P50, v),
                    Calculation::new(CalcOp::P90, v),
                    Calculation::new(CalcOp::P99, v),
                    Calculation::new(CalcOp::Count, None),
                ],
                // Span events and links have no duration: without this, they would count as users' requests.
                filters: vec![exists(&user), exists(&value)],
                orders: vec![descending(CalcOp::P99, v)],
                limit,
                ..QuerySpec::default()
            }
        }
        PresetKind::RecentTraces => {
            let trace = columns.find(&TRACE_ID_COLUMNS).unwrap_or_else(|| TRACE_ID_COLUMNS[0].to_owned());
            let value = duration(columns, options.column.as_deref())?;
            let mut breakdowns = vec![EVENT_TIME.to_owned(), trace, "name".to_owned()];
            breakdowns.extend(columns.find(&HTTP_STATUS_COLUMNS));
            if columns.has("error") {
                breakdowns.push("error".to_owned());
            }
            if columns.dataset == "__all__" && columns.has("service.name") {
                breakdowns.push("service.name".to_owned());
            }
            QuerySpec {
                calculated_fields: vec![CalculatedField { name: EVENT_TIME.to_owned(), expression: "EVENT_TIMESTAMP()".to_owned() }],
                filters: vec![root_filter(columns)],
                breakdowns,
                calculations: vec![Calculation::new(CalcOp::Max, Some(&value))],
                orders: vec![Order { column: Some(EVENT_TIME.to_owned()), op: None, order: Some(Direction::Descending) }],
                limit,
                ..QuerySpec::default()
            }
        }
        PresetKind::SlowEndpoints => {
            let value = duration(columns, options.column.as_deref())?;
            let v = Some(value.as_str());
            let (breakdowns, filters) = if options.by.is_empty() {
                match columns.find(&ENDPOINT_COLUMNS[..4]) {
                    Some(route) => (vec![route.clone()], vec![exists(&route)]),
                    // No route column: root spans by name, which for HTTP servers is "GET /path".
                    None => (vec!["name".to_owned()], vec![root_filter(columns)]),
                }
            } else {
                let by = options.by.iter().map(|name| columns.require(name, "--by")).collect::<CliResult<Vec<_>>>()?;
                (by, Vec::new())
            };
            // Only events with a duration: span events and links have none (husky gives them
            // meta.time_since_span_start_ms instead).
            let mut filters = filters;
            filters.push(exists(&value));
            QuerySpec {
                breakdowns,
                calculations: vec![
                    Calculation::new(CalcOp::P50, v),
                    Calculation::new(CalcOp::P99, v),
                    Calculation::new(CalcOp::Count, None),
                ],
                filters,
                orders: vec![descending(CalcOp::P99, v)],
                limit,
                ..QuerySpec::default()
            }
        }
        PresetKind::Errors => {
            let status = columns.find(&HTTP_STATUS_COLUMNS);
            let filter = if columns.has("error") {
                Filter { op: FilterOp::Eq, column: Some("error".to_owned()), value: Some(Value::Bool(true)) }
            } else if columns.has("status_code") {
                // OpenTelemetry's span status: 2 is ERROR.
                Filter { op: FilterOp::Eq, column: Some("status_code".to_owned()), value: Some(Value::from(2)) }
            } else if let Some(status) = &status {
                Filter { op: FilterOp::Ge, column: Some(status.clone()), value: Some(Value::from(500)) }
            } else {
                return Err(CliError::invalid_input(format!(
                    "dataset {} has no error column (error, status_code or an HTTP status), so errors cannot be told apart",
                    columns.dataset
                ))
                .with_hint("use `query run` with your own filter, e.g. --where 'level = error'"));
            };
            let breakdowns = if options.by.is_empty() {
                let mut breakdowns = vec!["name".to_owned()];
                breakdowns.extend(status);
                if columns.has("status_message") {
                    breakdowns.push("status_message".to_owned());
                } else if let Some(kind) = columns.find(&["exception.type", "exception.message"]) {
                    breakdowns.push(kind);
                }
                breakdowns
            } else {
                options.by.iter().map(|name| columns.require(name, "--by")).collect::<CliResult<Vec<_>>>()?
            };
            // Honeycomb gives a span event `error` from its errored span (husky), so counting
            // `error = true` alone counts an exception twice: once as the span, once as its event.
            let mut filters = vec![filter];
            if columns.has("meta.annotation_type") {
                filters.push(Filter { op: FilterOp::DoesNotExist, column: Some("meta.annotation_type".to_owned()), value: None });
            }
            QuerySpec {
                breakdowns,
                calculations: vec![Calculation::new(CalcOp::Count, None)],
                filters,
                orders: vec![descending(CalcOp::Count, None)],
                limit,
                ..QuerySpec::default()
            }
        }
        PresetKind::Heatmap => {
            let value = duration(columns, options.column.as_deref())?;
            QuerySpec {
                calculations: vec![Calculation::new(CalcOp::Heatmap, Some(&value)), Calculation::new(CalcOp::Count, None)],
                granularity: options.granularity,
                ..QuerySpec::default()
            }
        }
    })
}

pub use super::links::UiLinks;

fn op_names(spec: &QuerySpec, table: &mut ResultTable) {
    // With one value column, calculations read as P50 / p50_ms rather than P50(duration_ms).
    let calculations = spec.effective_calculations();
    let mut values = calculations.iter().filter_map(|calculation| calculation.column.as_deref().filter(|_| !calculation.op.columnless()));
    let Some(first) = values.next() else { return };
    if values.any(|column| column != first) {
        return;
    }
    let unit = unit_of(first);
    for calculation in &calculations {
        let label = calculation.label();
        if let Some(column) = table.columns.iter_mut().find(|column| column.key == label) {
            let op = calculation.op.to_string();
            column.header = op.clone();
            column.name = match (super::table::keeps_unit(calculation.op), unit) {
                (true, Some(unit)) => format!("{}_{}", snake(&op), unit.replace('µ', "u")),
                (true, None) => format!("{}_{}", snake(&op), snake(first)),
                (false, _) => snake(&op),
            };
        }
    }
}

fn rename(table: &mut ResultTable, key: &str, name: &str) {
    if let Some(column) = table.columns.iter_mut().find(|column| column.key == key) {
        column.name = name.to_owned();
    }
}

/// Traces the request-level view of latency-by-user (`--requests`) looks at: one query's worth of rows
/// (Honeycomb's spec limit), so that the second query's `in` filter names at most this many trace IDs.
pub const REQUEST_TRACES: i64 = 1000;

/// `latency-by-user --requests`, step 1: the traces each user appears in, on any span (the bootcamp's app
/// sets `app.user_id` on an inner span, not on the request's root span).
pub fn user_traces_spec(columns: &Columns, options: &PresetOptions) -> CliResult<QuerySpec> {
    let user = user_column(columns, options.user_column.as_deref())?;
    let trace = columns.find(&TRACE_ID_COLUMNS).unwrap_or_else(|| TRACE_ID_COLUMNS[0].to_owned());
    Ok(QuerySpec {
        breakdowns: vec![user.clone(), trace],
        calculations: vec![Calculation::new(CalcOp::Count, None)],
        filters: vec![exists(&user)],
        limit: Some(REQUEST_TRACES),
        ..QuerySpec::default()
    })
}

/// Step 2: the root span's duration of each of those traces, over the same time.
pub fn root_durations_spec(columns: &Columns, options: &PresetOptions, users: &QuerySpec, traces: &[String]) -> CliResult<QuerySpec> {
    let value = duration(columns, options.column.as_deref())?;
    let trace = users.breakdowns.get(1).cloned().unwrap_or_else(|| TRACE_ID_COLUMNS[0].to_owned());
    Ok(QuerySpec {
        breakdowns: vec![trace.clone()],
        calculations: vec![Calculation::new(CalcOp::Max, Some(&value))],
        filters: vec![
            root_filter(columns),
            Filter { op: FilterOp::In, column: Some(trace), value: Some(Value::Array(traces.iter().cloned().map(Value::from).collect())) },
        ],
        limit: Some(REQUEST_TRACES),
        start_time: users.start_time,
        end_time: users.end_time,
        time_range: users.time_range,
        ..QuerySpec::default()
    })
}

/// The trace IDs step 1 found.
pub fn user_trace_ids(users: &QuerySpec, found: &QueryResultData) -> Vec<String> {
    let Some(trace) = users.breakdowns.get(1) else { return Vec::new() };
    let mut ids: Vec<String> = found.results.iter().filter_map(|row| row.data.get(trace)?.as_str().map(str::to_owned)).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Step 3: per user, P50, P90, P99 of their requests' root durations (interpolated between the nearest
/// ranks) and how many requests, slowest P99 first, `limit` rows. A trace whose root span is not in the
/// time range (or was not sent) is left out; a trace two users appear in counts for both.
pub fn latency_by_request(
    users: &QuerySpec,
    found: &QueryResultData,
    roots: &QuerySpec,
    durations: &QueryResultData,
    limit: usize,
) -> ResultTable {
    let (Some(user_key), Some(trace_key)) = (users.breakdowns.first(), users.breakdowns.get(1)) else { return ResultTable::default() };
    let Some(max) = roots.calculations.first() else { return ResultTable::default() };
    let value_column = max.column.clone().unwrap_or_else(|| DURATION_COLUMN.to_owned());
    let max_key = max.label();
    let root: std::collections::HashMap<&str, f64> =
        durations.results.iter().filter_map(|row| Some((row.data.get(trace_key)?.as_str()?, row.data.get(&max_key)?.as_f64()?))).collect();
    let mut by_user: std::collections::BTreeMap<String, Vec<f64>> = Default::default();
    for row in &found.results {
        let (Some(user), Some(trace)) = (row.data.get(user_key), row.data.get(trace_key).and_then(Value::as_str)) else { continue };
        let user = match user {
            Value::String(text) => text.clone(),
            other => other.to_string(),
        };
        if let Some(duration) = root.get(trace) {
            by_user.entry(user).or_default().push(*duration);
        }
    }
    let percentile = |sorted: &[f64], q: f64| {
        let rank = q * (sorted.len() - 1) as f64;
        let (low, high) = (sorted[rank.floor() as usize], sorted[rank.ceil() as usize]);
        low + (high - low) * (rank - rank.floor())
    };
    let mut rows: Vec<(String, [f64; 3], usize)> = by_user
        .into_iter()
        .map(|(user, mut durations)| {
            durations.sort_by(f64::total_cmp);
            let p = [percentile(&durations, 0.5), percentile(&durations, 0.9), percentile(&durations, 0.99)];
            (user, p, durations.len())
        })
        .collect();
    rows.sort_by(|a, b| b.1[2].total_cmp(&a.1[2]).then_with(|| a.0.cmp(&b.0)));
    rows.truncate(limit);
    let unit = unit_of(&value_column);
    let unit_name = unit.map_or_else(|| snake(&value_column), |unit| unit.replace('µ', "u"));
    let mut columns = vec![ResultColumn::new(user_key.clone(), user_key.clone(), "user")];
    for op in ["P50", "P90", "P99"] {
        columns.push(ResultColumn::new("", op, format!("{}_{unit_name}", op.to_lowercase())).unit(unit));
    }
    columns.push(ResultColumn::new("", "REQUESTS", "requests"));
    let rows = rows
        .into_iter()
        .map(|(user, [p50, p90, p99], count)| {
            vec![Value::from(user), Value::from(p50), Value::from(p90), Value::from(p99), Value::from(count)]
        })
        .collect();
    ResultTable { columns, rows }
}

/// Under the request-level table: what it measured, and how much of it.
pub fn request_notes(users: &QuerySpec, traces: usize, table: &ResultTable) -> Vec<String> {
    let user = users.breakdowns.first().map_or("the user column", String::as_str);
    let requests: u64 = table.rows.iter().filter_map(|row| row.last()?.as_u64()).sum();
    let mut notes = vec![format!(
        "measured: the root span's duration of each request (trace) in which {user} appears on any span: {requests} request{} \
         of {traces} trace{} found",
        if requests == 1 { "" } else { "s" },
        if traces == 1 { "" } else { "s" }
    )];
    if traces as i64 >= REQUEST_TRACES {
        notes.push(format!("only the first {REQUEST_TRACES} traces were looked at: narrow the time (--since) or the users (--where)"));
    }
    notes
}

/// What a preset's table measured, for people reading it (stderr, under the table). latency-by-user: its
/// durations are those of the spans that carry the user column, which on the bootcamp's instrumentation is
/// an inner span set by the app (`app.user_id`, tens of microseconds), not the request around it.
pub fn notes(kind: Option<PresetKind>, spec: &QuerySpec, data: &QueryResultData) -> Vec<String> {
    let mut notes = Vec::new();
    if kind == Some(PresetKind::LatencyByUser)
        && let Some(user) = spec.breakdowns.first()
    {
        let value = spec.calculations.iter().find_map(|calculation| calculation.column.as_deref()).unwrap_or("duration_ms");
        let spans: i64 = data.results.iter().filter_map(|row| row.data.get("COUNT").and_then(Value::as_i64)).sum();
        notes.push(format!(
            "measured: {value} of the {spans} span{} that carry {user}, not of whole requests: where only an inner \
             span sets {user} (as the bootcamp's app does), these are that span's times. The requests around them, per user: `--requests`",
            if spans == 1 { "" } else { "s" }
        ));
    }
    notes
}

/// A preset's result as a table: its own column names and, for recent traces, times and links.
pub fn table(kind: Option<PresetKind>, spec: &QuerySpec, data: &QueryResultData, dataset: &str, links: Option<&UiLinks>) -> ResultTable {
    let mut table = ResultTable::generic(spec, &data.results);
    let Some(kind) = kind else { return table };
    match kind {
        PresetKind::LatencyByUser => {
            op_names(spec, &mut table);
            if let Some(user) = spec.breakdowns.first() {
                rename(&mut table, user, "user");
            }
        }
        PresetKind::SlowEndpoints => {
            op_names(spec, &mut table);
            if let [endpoint] = spec.breakdowns.as_slice() {
                rename(&mut table, endpoint, "endpoint");
            }
        }
        PresetKind::Errors => {
            op_names(spec, &mut table);
            for status in HTTP_STATUS_COLUMNS {
                rename(&mut table, status, "http_status");
            }
            rename(&mut table, "status_message", "message");
        }
        PresetKind::RecentTraces => recent_traces(spec, &mut table, dataset, links),
        PresetKind::Heatmap => {}
    }
    table
}

/// For recent traces across an environment (`-d __all__`): a second query counting the spans of the
/// listed traces per service, so each row says which services its trace crossed (a browser's request
/// and the backend's work show up as one trace). `None` when there is nothing to ask.
pub fn trace_services_spec(spec: &QuerySpec, table: &ResultTable) -> Option<QuerySpec> {
    let trace_key = spec.breakdowns.get(1)?;
    let index = table.columns.iter().position(|column| &column.key == trace_key)?;
    let ids: Vec<Value> = table.rows.iter().filter_map(|row| row[index].as_str()).map(Value::from).collect();
    if ids.is_empty() || !spec.breakdowns.iter().any(|breakdown| breakdown == "service.name") {
        return None;
    }
    Some(QuerySpec {
        breakdowns: vec![trace_key.clone(), "service.name".to_owned()],
        calculations: vec![Calculation::new(CalcOp::Count, None)],
        filters: vec![Filter { op: FilterOp::In, column: Some(trace_key.clone()), value: Some(Value::Array(ids)) }],
        limit: Some(1000),
        start_time: spec.start_time,
        end_time: spec.end_time,
        time_range: spec.time_range,
        ..QuerySpec::default()
    })
}

/// Adds the SERVICES column (before LINK): per trace, each service and its span count, by name
/// (`backend-flask 2, frontend-react-js 3`).
pub fn add_trace_services(table: &mut ResultTable, spec: &QuerySpec, services: &QueryResultData) {
    let Some(trace_key) = spec.breakdowns.get(1) else { return };
    let Some(index) = table.columns.iter().position(|column| &column.key == trace_key) else { return };
    let mut by_trace: std::collections::BTreeMap<String, std::collections::BTreeMap<String, i64>> = Default::default();
    for row in &services.results {
        let (Some(trace), Some(service)) =
            (row.data.get(trace_key).and_then(Value::as_str), row.data.get("service.name").and_then(Value::as_str))
        else {
            continue;
        };
        let count = row.data.get("COUNT").and_then(Value::as_i64).unwrap_or(0);
        *by_trace.entry(trace.to_owned()).or_default().entry(service.to_owned()).or_default() += count;
    }
    let at = table.columns.iter().position(|column| column.name == "url").unwrap_or(table.columns.len());
    table.columns.insert(at, ResultColumn::new("", "SERVICES", "services"));
    for row in &mut table.rows {
        let cell = row[index]
            .as_str()
            .and_then(|trace| by_trace.get(trace))
            .map(|services| services.iter().map(|(service, count)| format!("{service} {count}")).collect::<Vec<_>>().join(", "))
            .map_or(Value::Null, Value::from);
        row.insert(at, cell);
    }
}

fn recent_traces(spec: &QuerySpec, table: &mut ResultTable, dataset: &str, links: Option<&UiLinks>) {
    let position = |table: &ResultTable, key: &str| table.columns.iter().position(|column| column.key == key);
    let duration_key = spec.calculations.first().map(|calculation| calculation.label()).unwrap_or_default();
    let duration_column = spec.calculations.first().and_then(|calculation| calculation.column.clone()).unwrap_or_default();
    let trace_key = spec.breakdowns.get(1).cloned().unwrap_or_default();
    let (time, trace, duration, service) =
        (position(table, EVENT_TIME), position(table, &trace_key), position(table, &duration_key), position(table, "service.name"));
    for (index, name, header) in [(time, "time", "TIME"), (trace, "trace_id", "TRACE ID"), (duration, "", "DURATION")] {
        if let Some(index) = index {
            let column = &mut table.columns[index];
            column.header = header.to_owned();
            if !name.is_empty() {
                column.name = name.to_owned();
            } else {
                column.name = snake(&duration_column);
            }
        }
    }
    for status in HTTP_STATUS_COLUMNS {
        if let Some(index) = position(table, status) {
            table.columns[index].header = "STATUS".to_owned();
            table.columns[index].name = "http_status".to_owned();
        }
    }
    if let Some(index) = position(table, "name") {
        table.columns[index].header = "NAME".to_owned();
    }
    if let Some(index) = position(table, "service.name") {
        table.columns[index].header = "SERVICE".to_owned();
        table.columns[index].name = "service".to_owned();
    }
    if let Some(index) = position(table, "error") {
        table.columns[index].header = "ERROR".to_owned();
    }
    if links.is_some() {
        let mut column = ResultColumn::new("", "LINK", "url");
        column.nowrap = true;
        table.columns.push(column);
    }
    let unit_factor = match unit_of(&duration_column) {
        Some("s") => 1.0,
        Some("µs") => 1e-6,
        Some("ns") => 1e-9,
        _ => 1e-3,
    };
    for row in &mut table.rows {
        let started = time.and_then(|index| row[index].as_f64());
        if let Some(index) = time
            && let Some(seconds) = started
        {
            row[index] = Value::from(format_rfc3339(seconds));
        }
        if let Some(links) = links {
            let url = match (trace.and_then(|index| row[index].as_str()), started) {
                (Some(trace_id), Some(start)) => {
                    let length = duration.and_then(|index| row[index].as_f64()).unwrap_or(0.0) * unit_factor;
                    let dataset = service.and_then(|index| row[index].as_str()).filter(|_| dataset == "__all__").unwrap_or(dataset);
                    Value::from(links.trace(dataset, trace_id, start, start + length))
                }
                _ => Value::Null,
            };
            row.push(url);
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::honeycomb::query::ResultRow;

    #[test]
    fn traces_across_the_environment_list_their_services() {
        let cols = Columns {
            dataset: "__all__".to_owned(),
            names: ["trace.trace_id", "trace.parent_id", "name", "duration_ms", "service.name"].iter().map(|n| n.to_string()).collect(),
        };
        let spec = build(PresetKind::RecentTraces, &cols, &PresetOptions::default()).unwrap();
        let row = |data: serde_json::Value| ResultRow { time: None, data: data.as_object().unwrap().clone() };
        let data = QueryResultData {
            results: vec![
                row(
                    json!({"event_time": 1.7e9, "trace.trace_id": "t1", "name": "GET", "service.name": "frontend-react-js", "MAX(duration_ms)": 51.0}),
                ),
                row(
                    json!({"event_time": 1.6e9, "trace.trace_id": "t2", "name": "documentLoad", "service.name": "frontend-react-js", "MAX(duration_ms)": 9.0}),
                ),
            ],
            ..QueryResultData::default()
        };
        let mut table = table(Some(PresetKind::RecentTraces), &spec, &data, "__all__", None);
        let second = trace_services_spec(&spec, &table).unwrap();
        assert_eq!(second.breakdowns, ["trace.trace_id", "service.name"]);
        assert_eq!(second.filters[0].value, Some(json!(["t1", "t2"])));
        let services = QueryResultData {
            results: vec![
                row(json!({"trace.trace_id": "t1", "service.name": "frontend-react-js", "COUNT": 1})),
                row(json!({"trace.trace_id": "t1", "service.name": "backend-flask", "COUNT": 2})),
                row(json!({"trace.trace_id": "t2", "service.name": "frontend-react-js", "COUNT": 4})),
            ],
            ..QueryResultData::default()
        };
        add_trace_services(&mut table, &spec, &services);
        let at = table.columns.iter().position(|column| column.name == "services").unwrap();
        assert_eq!(table.rows[0][at], json!("backend-flask 2, frontend-react-js 1"));
        assert_eq!(table.rows[1][at], json!("frontend-react-js 4"));
        assert!(table.rows.iter().all(|row| row.len() == table.columns.len()));
    }

    fn columns(names: &[&str]) -> Columns {
        Columns::new("backend-flask", names.iter().map(|name| (*name).to_owned()).collect())
    }

    #[test]
    fn the_user_column_is_found_not_assumed() {
        assert_eq!(user_column(&columns(&["duration_ms", "enduser.id", "user.id"]), None).unwrap(), "user.id");
        assert_eq!(user_column(&columns(&["APP.USER_ID"]), None).unwrap(), "APP.USER_ID");
        let err = user_column(&columns(&["duration_ms", "app.customer", "handle_v2"]), None).unwrap_err();
        assert!(err.message.contains("has none of the usual user columns (app.user_id, user.id, enduser.id"), "{}", err.message);
        assert_eq!(err.hint.unwrap(), "likely candidates: app.customer, handle_v2; pass one as --user-column");
        let err = user_column(&columns(&["duration_ms"]), None).unwrap_err();
        assert!(err.hint.unwrap().contains("span.set_attribute(\"app.user_id\", user)"));
        let err = user_column(&columns(&["app.user_id"]), Some("app.userid")).unwrap_err();
        assert_eq!(err.hint.unwrap(), "did you mean app.user_id?");
    }

    #[test]
    fn latency_by_user_spec() {
        let spec = build(PresetKind::LatencyByUser, &columns(&["app.user_id", "duration_ms"]), &PresetOptions::default()).unwrap();
        assert_eq!(
            serde_json::to_value(&spec).unwrap(),
            json!({"breakdowns":["app.user_id"],
                   "calculations":[{"op":"P50","column":"duration_ms"},{"op":"P90","column":"duration_ms"},{"op":"P99","column":"duration_ms"},{"op":"COUNT"}],
                   "filters":[{"op":"exists","column":"app.user_id"},{"op":"exists","column":"duration_ms"}],
                   "orders":[{"op":"P99","column":"duration_ms","order":"descending"}],"limit":20})
        );
        assert!(super::super::spec::check(&spec, 1_714_557_600).is_empty());
        let data = QueryResultData {
            results: vec![ResultRow {
                time: None,
                data: json!({"app.user_id":"a","P50(duration_ms)":1.0,"P90(duration_ms)":2.0,"P99(duration_ms)":3.0,"COUNT":4})
                    .as_object()
                    .unwrap()
                    .clone(),
            }],
            ..QueryResultData::default()
        };
        let table = table(Some(PresetKind::LatencyByUser), &spec, &data, "backend-flask", None);
        let names: Vec<&str> = table.columns.iter().map(|column| column.name.as_str()).collect();
        assert_eq!(names, ["user", "p50_ms", "p90_ms", "p99_ms", "count"]);
        let headers: Vec<&str> = table.columns.iter().map(|column| column.header.as_str()).collect();
        assert_eq!(headers, ["app.user_id", "P50", "P90", "P99", "COUNT"]);
    }

    #[test]
    fn latency_by_request_joins_users_to_their_traces_root_spans() {
        let cols = columns(&["app.user_id", "duration_ms", "trace.trace_id", "trace.parent_id"]);
        let options = PresetOptions::default();
        let users = user_traces_spec(&cols, &options).unwrap();
        assert_eq!(users.breakdowns, ["app.user_id", "trace.trace_id"]);
        let row = |value: Value| ResultRow { time: None, data: value.as_object().unwrap().clone() };
        let found = QueryResultData {
            results: vec![
                row(json!({"app.user_id": "andrew", "trace.trace_id": "t1", "COUNT": 1})),
                row(json!({"app.user_id": "andrew", "trace.trace_id": "t2", "COUNT": 1})),
                row(json!({"app.user_id": "worf", "trace.trace_id": "t3", "COUNT": 2})),
                row(json!({"app.user_id": "garek", "trace.trace_id": "t4", "COUNT": 1})), // its root is not in range
            ],
            ..QueryResultData::default()
        };
        let ids = user_trace_ids(&users, &found);
        assert_eq!(ids, ["t1", "t2", "t3", "t4"]);
        let roots = root_durations_spec(&cols, &options, &users, &ids).unwrap();
        assert_eq!(roots.filters[0].op, FilterOp::DoesNotExist);
        assert_eq!(roots.filters[1].value, Some(json!(["t1", "t2", "t3", "t4"])));
        let durations = QueryResultData {
            results: vec![
                row(json!({"trace.trace_id": "t1", "MAX(duration_ms)": 1.0})),
                row(json!({"trace.trace_id": "t2", "MAX(duration_ms)": 3.0})),
                row(json!({"trace.trace_id": "t3", "MAX(duration_ms)": 2.5})),
            ],
            ..QueryResultData::default()
        };
        let table = latency_by_request(&users, &found, &roots, &durations, 20);
        let names: Vec<&str> = table.columns.iter().map(|column| column.name.as_str()).collect();
        assert_eq!(names, ["user", "p50_ms", "p90_ms", "p99_ms", "requests"]);
        assert_eq!(table.rows[0], [json!("andrew"), json!(2.0), json!(2.8), json!(2.98), json!(2)]);
        assert_eq!(table.rows[1], [json!("worf"), json!(2.5), json!(2.5), json!(2.5), json!(1)]);
        assert_eq!(table.rows.len(), 2, "garek's trace has no root span in range");
        let said = request_notes(&users, ids.len(), &table);
        assert!(said[0].ends_with("app.user_id appears on any span: 3 requests of 4 traces found"), "{}", said[0]);
    }

    #[test]
    fn latency_by_user_says_which_spans_it_measured() {
        let cols = columns(&["app.user_id", "duration_ms", "trace.parent_id"]);
        let spec = build(PresetKind::LatencyByUser, &cols, &PresetOptions::default()).unwrap();
        let row = |count: i64| ResultRow { time: None, data: json!({"app.user_id": "u", "COUNT": count}).as_object().unwrap().clone() };
        let data = QueryResultData { results: vec![row(12), row(6)], ..QueryResultData::default() };
        let said = notes(Some(PresetKind::LatencyByUser), &spec, &data);
        assert_eq!(said.len(), 1);
        assert!(said[0].starts_with("measured: duration_ms of the 18 spans that carry app.user_id, not of whole requests"), "{}", said[0]);
        assert!(notes(Some(PresetKind::SlowEndpoints), &spec, &data).is_empty());
    }

    #[test]
    fn recent_traces_rows_get_times_and_links() {
        let cols = columns(&["trace.trace_id", "trace.parent_id", "name", "duration_ms", "http.status_code", "error"]);
        let spec = build(PresetKind::RecentTraces, &cols, &PresetOptions { limit: Some(5), ..PresetOptions::default() }).unwrap();
        assert_eq!(spec.breakdowns, ["event_time", "trace.trace_id", "name", "http.status_code", "error"]);
        assert_eq!(spec.filters[0].column.as_deref(), Some("trace.parent_id"));
        assert!(super::super::spec::check(&spec, 1_714_557_600).is_empty());
        let data = QueryResultData {
            results: vec![ResultRow {
                time: None,
                data: json!({"event_time":1_714_557_600.5,"trace.trace_id":"abc","name":"GET","http.status_code":200,"MAX(duration_ms)":1500.0})
                    .as_object()
                    .unwrap()
                    .clone(),
            }],
            ..QueryResultData::default()
        };
        let links = UiLinks { base: "https://ui.honeycomb.io".into(), team: "cruddur".into(), environment: "test".into() };
        let table = table(Some(PresetKind::RecentTraces), &spec, &data, "backend-flask", Some(&links));
        let names: Vec<&str> = table.columns.iter().map(|column| column.name.as_str()).collect();
        assert_eq!(names, ["time", "trace_id", "name", "http_status", "error", "duration_ms", "url"]);
        assert_eq!(table.rows[0][0], json!("2024-05-01T10:00:00.500Z"));
        assert_eq!(
            table.rows[0][6],
            json!(
                "https://ui.honeycomb.io/cruddur/environments/test/datasets/backend-flask/trace?trace_id=abc&trace_start_ts=1714557600&trace_end_ts=1714557603"
            )
        );
    }

    #[test]
    fn errors_and_endpoints_adapt_to_the_columns() {
        let otel = columns(&["name", "error", "http.status_code", "status_message", "http.route", "duration_ms"]);
        let errors = build(PresetKind::Errors, &otel, &PresetOptions::default()).unwrap();
        assert_eq!(errors.breakdowns, ["name", "http.status_code", "status_message"]);
        assert_eq!(serde_json::to_value(&errors.filters).unwrap(), json!([{"op":"=","column":"error","value":true}]));
        let slow = build(PresetKind::SlowEndpoints, &otel, &PresetOptions::default()).unwrap();
        assert_eq!(slow.breakdowns, ["http.route"]);
        assert_eq!(
            serde_json::to_value(&slow.filters).unwrap(),
            json!([{"op":"exists","column":"http.route"},{"op":"exists","column":"duration_ms"}]),
            "events without a duration (span events, links) are not requests"
        );
        let bare = columns(&["name", "duration_ms", "trace.parent_id"]);
        assert_eq!(build(PresetKind::SlowEndpoints, &bare, &PresetOptions::default()).unwrap().breakdowns, ["name"]);
        assert!(build(PresetKind::Errors, &bare, &PresetOptions::default()).unwrap_err().message.contains("has no error column"));
        let by = PresetOptions { by: vec!["nope".into()], ..PresetOptions::default() };
        assert!(build(PresetKind::Errors, &otel, &by).unwrap_err().message.contains("--by \"nope\""));
    }

    #[test]
    fn errors_count_spans_not_their_span_events() {
        // husky gives a span event `error` from its errored span: where the dataset has
        // meta.annotation_type (it has span events or links), only events without it are counted.
        let with_events = columns(&["name", "error", "http.status_code", "status_message", "meta.annotation_type", "duration_ms"]);
        let spec = build(PresetKind::Errors, &with_events, &PresetOptions::default()).unwrap();
        assert_eq!(
            serde_json::to_value(&spec.filters).unwrap(),
            json!([{"op":"=","column":"error","value":true},{"op":"does-not-exist","column":"meta.annotation_type"}])
        );
        assert!(super::super::spec::check(&spec, 1_714_557_600).is_empty());
        // The same with --by, and with the status_code fallback.
        let by = PresetOptions { by: vec!["name".into()], ..PresetOptions::default() };
        let spec = build(PresetKind::Errors, &with_events, &by).unwrap();
        assert_eq!(spec.filters[1].column.as_deref(), Some("meta.annotation_type"));
        let status_only = columns(&["name", "status_code", "meta.annotation_type"]);
        let spec = build(PresetKind::Errors, &status_only, &PresetOptions::default()).unwrap();
        assert_eq!(
            serde_json::to_value(&spec.filters).unwrap(),
            json!([{"op":"=","column":"status_code","value":2},{"op":"does-not-exist","column":"meta.annotation_type"}])
        );
        // A dataset that never had span events has no such column: filtering on it would be a no-op
        // Honeycomb still has to read, so it is left out.
        let plain = columns(&["name", "error"]);
        assert_eq!(build(PresetKind::Errors, &plain, &PresetOptions::default()).unwrap().filters.len(), 1);
    }

    #[test]
    fn preset_markers_round_trip() {
        for kind in PresetKind::value_variants() {
            let description = format!("mine\n\n{}", kind.marker());
            assert_eq!(PresetKind::from_description(&description), Some(*kind));
        }
        assert_eq!(PresetKind::from_description("plain"), None);
    }
}
