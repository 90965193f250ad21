//! `cruddur-obs query ...`: Honeycomb queries as tables for people and JSON/CSV for scripts. One file
//! per subcommand; the shared flags, the dataset default and the preset flow live here.

mod errors;
mod heatmap;
mod latency_by_user;
mod recent_traces;
mod run;
mod save;
mod saved;
mod slow_endpoints;

use std::path::Path;
use std::time::Duration;

use clap::{Args, Subcommand};

use super::honeycomb::client;
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::honeycomb::HoneycombClient;
use crate::honeycomb::client::Scope;
use crate::honeycomb::query::{FilterCombination, QuerySpec};
use crate::output::OutputFormat;
use crate::query::filter::{WHERE_HELP, parse_where};
use crate::query::presets::{self, Columns, PresetKind, PresetOptions, UiLinks};
use crate::query::run::{RunSettings, explain};
use crate::query::spec::{MAX_RESULT_LIMIT, MAX_SPEC_LIMIT, problems_error, uses_relational_fields};
use crate::query::table::ResultTable;
use crate::query::time::{self, TimeBounds, now_secs};
use crate::settings::honeycomb::{HoneycombArgs, HoneycombSettings};
use crate::settings::{Environment, ProcessEnvironment};

const OUTPUT_HELP: &str = "\
Output: a table on a terminal (breakdowns first, then calculations, units shown, numbers right-aligned), \
JSON otherwise: an array of flat objects. JSON keys and CSV headers are stable snake_case names: a \
preset's own (user, p50_ms, p90_ms, p99_ms, count; time, trace_id, name, http_status, duration_ms, url; \
endpoint; message), else Honeycomb's result key in snake case (app.user_id -> app_user_id, \
P99(duration_ms) -> p99_duration_ms, COUNT -> count). Values are Honeycomb's, unrounded.

Time: --since 2h (15m, 1d, 7d, ...), or --start/--end as RFC 3339 (2024-05-01T10:00:00Z), relative \
(2h, 2h ago, now) or Unix seconds; the Query Data API reads at most the last 7 days. Default: 2h.

Dataset: --dataset, else the profile's `dataset`, else OTEL_SERVICE_NAME, else the OTEL_SERVICE_NAME of \
backend-flask in ./docker-compose.yml; __all__ queries the whole environment.

Honeycomb allows 10 query runs a minute; over it, the wait for the next window is shown on stderr and \
counts against --timeout. Queries need a configuration key with Run Queries and Manage Queries and \
Columns, on a team with the Query Data API (an Enterprise feature).";

#[derive(Debug, Args)]
#[command(after_long_help = OUTPUT_HELP)]
pub struct QueryArgs {
    #[command(flatten)]
    pub honeycomb: HoneycombArgs,
    #[command(subcommand)]
    pub command: QueryCommand,
}

#[derive(Debug, Subcommand)]
pub enum QueryCommand {
    /// P50, P90, P99 of duration_ms and COUNT per user, slowest first
    LatencyByUser(latency_by_user::LatencyByUserArgs),
    /// The latest root spans: time, trace ID, name, status, duration, and a Honeycomb link
    RecentTraces(recent_traces::RecentTracesArgs),
    /// P50, P99 and COUNT per route (or span name), slowest first
    SlowEndpoints(slow_endpoints::SlowEndpointsArgs),
    /// Counts of error spans by span name, HTTP status and message
    Errors(errors::ErrorsArgs),
    /// A duration heatmap over time, drawn in the terminal
    Heatmap(heatmap::HeatmapArgs),
    /// Run any query spec (a JSON file or inline), checked before it is sent
    Run(run::RunArgs),
    /// Save a query (a preset or a spec) under a name: a Honeycomb query annotation
    Save(save::SaveArgs),
    /// List, run, show or delete saved queries
    #[command(subcommand)]
    Saved(saved::SavedCommand),
}

#[derive(Debug, Clone, Default, Args)]
pub struct DatasetArgs {
    /// Dataset (__all__: the whole environment) [default: the profile's, OTEL_SERVICE_NAME, docker-compose.yml's]
    #[arg(long, short = 'd', value_name = "DATASET")]
    pub dataset: Option<String>,
}

#[derive(Debug, Clone, Default, Args)]
pub struct TimeArgs {
    /// How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]
    #[arg(long, short = 's', value_name = "DURATION")]
    pub since: Option<String>,
    /// Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub start: Option<String>,
    /// End: RFC 3339, relative (1h, now) or Unix seconds [default: now]
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub end: Option<String>,
}

#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    /// A filter, 'COLUMN OP VALUE' (repeatable): 'duration_ms > 250', 'http.route starts-with /api', 'error exists'
    #[arg(long = "where", short = 'w', value_name = "FILTER", long_help = WHERE_HELP)]
    pub filters: Vec<String>,
    /// Match events that pass any --where (default: all of them)
    #[arg(long)]
    pub any: bool,
}

#[derive(Debug, Clone, Args)]
pub struct WaitArgs {
    /// Give up after this long, rate-limit waits included: 30s, 2m
    #[arg(long, value_name = "DURATION", default_value = "2m")]
    pub timeout: String,
}

impl Default for WaitArgs {
    fn default() -> WaitArgs {
        WaitArgs { timeout: "2m".to_owned() }
    }
}

#[derive(Debug, Clone, Default, Args)]
pub struct LimitArgs {
    /// Rows to return, 1 to 10000 [default: 20 for presets, the spec's or 1000 for run]
    #[arg(long, short = 'n', value_name = "N")]
    pub limit: Option<u32>,
}

/// The flags every preset takes.
#[derive(Debug, Clone, Default, Args)]
pub struct CommonArgs {
    #[command(flatten)]
    pub dataset: DatasetArgs,
    #[command(flatten)]
    pub time: TimeArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub limit: LimitArgs,
    #[command(flatten)]
    pub wait: WaitArgs,
}

pub async fn run(context: &Context, args: QueryArgs) -> CliResult {
    let settings = HoneycombSettings::resolve(&args.honeycomb, &ProcessEnvironment)?;
    context.ui.debug(&format!(
        "profile {} ({}); API {} ({})",
        settings.profile.value, settings.profile.source, settings.api_url.value, settings.api_url.source
    ));
    match args.command {
        QueryCommand::LatencyByUser(command) => latency_by_user::run(context, &settings, command).await,
        QueryCommand::RecentTraces(command) => recent_traces::run(context, &settings, command).await,
        QueryCommand::SlowEndpoints(command) => slow_endpoints::run(context, &settings, command).await,
        QueryCommand::Errors(command) => errors::run(context, &settings, command).await,
        QueryCommand::Heatmap(command) => heatmap::run(context, &settings, command).await,
        QueryCommand::Run(command) => run::run(context, &settings, command).await,
        QueryCommand::Save(command) => save::run(context, &settings, command).await,
        QueryCommand::Saved(command) => saved::run(context, &settings, command).await,
    }
}

/// The dataset: `--dataset`, the profile's, `OTEL_SERVICE_NAME`, then the service name the workspace's
/// compose file gives backend-flask (or its only service with one); else an error naming the flag.
/// Returns the name and where it came from.
pub(crate) fn dataset(args: &DatasetArgs, settings: &HoneycombSettings, env: &dyn Environment, dir: &Path) -> CliResult<(String, String)> {
    if let Some(name) = &args.dataset {
        return Ok((name.clone(), "flag --dataset".to_owned()));
    }
    if let Some(dataset) = &settings.dataset {
        return Ok((dataset.value.clone(), dataset.source.to_string()));
    }
    if let Some(name) = env.var("OTEL_SERVICE_NAME") {
        return Ok((name, "env OTEL_SERVICE_NAME".to_owned()));
    }
    if let Some((file, name)) = compose_service_name(dir) {
        return Ok((name, format!("OTEL_SERVICE_NAME in {}", file.display())));
    }
    Err(CliError::invalid_input("no dataset: pass --dataset (or -d)").with_hint(
        "OpenTelemetry data goes to the dataset named after OTEL_SERVICE_NAME (the bootcamp's is backend-flask); \
         set it, save one in the profile (dataset = \"...\"), or list them with `cruddur-obs honeycomb datasets list`",
    ))
}

/// `OTEL_SERVICE_NAME` from the compose file in `dir`: backend-flask's, else the only literal one.
fn compose_service_name(dir: &Path) -> Option<(std::path::PathBuf, String)> {
    let file = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"]
        .iter()
        .map(|name| dir.join(name))
        .find(|path| path.is_file())?;
    let text = std::fs::read_to_string(&file).ok()?;
    let services = crate::edit::compose::services(&text).ok()?;
    let name_of = |service: &crate::edit::compose::ServiceInfo| {
        let value = service.environment.as_ref()?.vars.get("OTEL_SERVICE_NAME")?.value.clone()?;
        (!value.is_empty() && !value.contains('$')).then_some(value)
    };
    if let Some(backend) = services.iter().find(|service| service.name == "backend-flask") {
        return name_of(backend).map(|name| (file, name));
    }
    let names: Vec<String> = services.iter().filter_map(name_of).collect();
    match names.as_slice() {
        [only] => Some((file, only.clone())),
        _ => None,
    }
}

/// Everything read from the flags before any request: the dataset, the time, the filters, the limit
/// and the time-out. Every mistake here is exit 3 (or 2) with nothing sent.
pub(crate) struct Prepared {
    pub dataset: String,
    pub bounds: TimeBounds,
    pub filters: Vec<crate::honeycomb::query::Filter>,
    pub any: bool,
    pub limit: Option<u32>,
    pub timeout: Duration,
    pub now: i64,
}

pub(crate) fn prepare(
    context: &Context,
    settings: &HoneycombSettings,
    dataset: &DatasetArgs,
    time_args: &TimeArgs,
    filter: &FilterArgs,
    limit: Option<u32>,
    wait: &WaitArgs,
) -> CliResult<Prepared> {
    let now = now_secs();
    let dir = std::env::current_dir().unwrap_or_default();
    let dataset = self::dataset(dataset, settings, &ProcessEnvironment, &dir)?;
    let bounds = time::bounds(time_args.since.as_deref(), time_args.start.as_deref(), time_args.end.as_deref(), now)
        .map_err(CliError::invalid_input)?;
    let mut problems = Vec::new();
    let filters =
        filter.filters.iter().filter_map(|text| parse_where(text).map_err(|err| problems.push(format!("--where {err}"))).ok()).collect();
    if let Some(limit) = limit
        && !(1..=MAX_RESULT_LIMIT).contains(&limit)
    {
        problems.push(format!("--limit {limit} is out of range: 1 to {MAX_RESULT_LIMIT} rows"));
    }
    let mut probe = QuerySpec::default();
    bounds.apply(&mut probe);
    for (_, message) in time::check_window(&probe, now) {
        problems.push(format!("--since/--start/--end: {message}"));
    }
    if !problems.is_empty() {
        let count = problems.len();
        return Err(CliError::invalid_input(format!(
            "{count} problem{} in the flags; nothing was sent to Honeycomb",
            if count == 1 { "" } else { "s" }
        ))
        .with_problems(problems));
    }
    let timeout = time::parse_duration(&wait.timeout).map_err(|err| CliError::invalid_input(format!("--timeout {err}")))?;
    if timeout < Duration::from_millis(100) {
        return Err(CliError::invalid_input(format!("--timeout {}: at least 100ms", wait.timeout)));
    }
    context.ui.debug(&format!("dataset {} ({})", dataset.0, dataset.1));
    Ok(Prepared { dataset: dataset.0, bounds, filters, any: filter.any, limit, timeout, now })
}

impl Prepared {
    /// Applies the flags to a spec (time, filters, the row limit), then checks the whole spec.
    pub fn apply(&self, spec: &mut QuerySpec, label: &str) -> CliResult {
        self.bounds.apply(spec);
        if !self.filters.is_empty() {
            let existing_or = spec.filter_combination == Some(FilterCombination::Or) && !spec.filters.is_empty();
            if existing_or && !self.any {
                return Err(CliError::invalid_input(format!(
                    "{label} combines its filters with OR, so a --where would become one more alternative"
                ))
                .with_hint("pass --any to mean that, or put the filter in the spec"));
            }
            if self.any && !spec.filters.is_empty() && !existing_or {
                return Err(CliError::invalid_input(format!(
                    "{label} has filters that must all match; --any would make them alternatives"
                ))
                .with_hint("drop --any, or put the filters in the spec"));
            }
            spec.filters.extend(self.filters.iter().cloned());
            if self.any {
                spec.filter_combination = Some(FilterCombination::Or);
            }
        }
        if let Some(limit) = self.limit {
            // A spec holds up to 1000; more rows are asked of the result (with no time series).
            spec.limit = (i64::from(limit) <= MAX_SPEC_LIMIT).then_some(i64::from(limit));
        }
        let problems = crate::query::spec::check(spec, self.now);
        if problems.is_empty() { Ok(()) } else { Err(problems_error(label, problems)) }
    }

    pub fn settings(&self, spec: &QuerySpec, series: bool) -> RunSettings {
        RunSettings {
            timeout: self.timeout,
            limit: self.limit.or(spec.limit.and_then(|limit| u32::try_from(limit).ok())),
            series,
            relational: uses_relational_fields(spec),
        }
    }
}

/// The dataset's columns, for the presets.
pub(crate) async fn columns(client: &HoneycombClient<'_>, dataset: &str) -> CliResult<Columns> {
    let columns = client.list_columns(dataset).await.map_err(|err| not_found_hint(explain(err), dataset))?;
    Ok(Columns::new(dataset, columns.into_iter().map(|column| column.key_name).collect()))
}

/// A 404 on a dataset path most often means a misspelt dataset.
pub(crate) fn not_found_hint(error: CliError, dataset: &str) -> CliError {
    if error.message.contains(" 404 ") && error.hint.is_none() {
        error.with_hint(format!("is {dataset:?} the dataset's slug? list them with `cruddur-obs honeycomb datasets list`"))
    } else {
        error
    }
}

/// The team and environment slugs for links, and the UI they live on.
pub(crate) async fn ui_links(client: &HoneycombClient<'_>) -> Option<UiLinks> {
    let auth = client.environment_auth().await.ok()?;
    Some(UiLinks { base: UiLinks::base_for_api(client.api_url()), team: auth.team_slug, environment: auth.environment_slug })
}

/// Prints a result table, with a note on stderr for people (rows, dataset, time, the link to the query
/// in Honeycomb's UI).
pub(crate) fn print(
    context: &Context,
    table: &ResultTable,
    dataset: &str,
    spec: &QuerySpec,
    finished: &crate::query::run::Finished,
) -> CliResult {
    table.print(&mut *context.ui.out(), context.output)?;
    if context.output == OutputFormat::Table {
        let (start, end) = time::window(spec, time::now_secs());
        let span = if spec.start_time.is_none() && spec.end_time.is_none() {
            format!("last {}", time::format_secs(end - start))
        } else {
            format!("{} to {}", time::format_rfc3339(start as f64), time::format_rfc3339(end as f64))
        };
        let rows = table.rows.len();
        let mut note =
            format!("{rows} row{} · {dataset} · {span} · {:.1} s", if rows == 1 { "" } else { "s" }, finished.elapsed.as_secs_f64());
        if let Some(url) = finished.result.links.as_ref().and_then(|links| links.query_url.as_deref()) {
            note.push_str(&format!(" · {url}"));
        }
        context.ui.status(&note);
    }
    Ok(())
}

/// The whole flow of a preset: flags, columns, spec, run, table.
pub(crate) async fn run_preset(
    context: &Context,
    settings: &HoneycombSettings,
    kind: PresetKind,
    common: &CommonArgs,
    options: PresetOptions,
) -> CliResult {
    let prepared = prepare(context, settings, &common.dataset, &common.time, &common.filter, common.limit.limit, &common.wait)?;
    let client = client(context, settings, Scope::Environment)?;
    let dataset = prepared.dataset.clone();
    let (columns, links) = if kind == PresetKind::RecentTraces {
        let (columns, links) = tokio::join!(columns(&client, &dataset), ui_links(&client));
        (columns?, links)
    } else {
        (columns(&client, &dataset).await?, None)
    };
    let options = PresetOptions { limit: prepared.limit.map(i64::from), ..options };
    let mut spec = presets::build(kind, &columns, &options)?;
    prepared.apply(&mut spec, &format!("the {} query", kind.name()))?;
    context.ui.debug(&format!("query on {dataset}: {}", serde_json::to_string(&spec).unwrap_or_default()));
    let query = client.create_query(&dataset, &spec).await.map_err(|err| not_found_hint(explain(err), &dataset))?;
    let finished = crate::query::run::run(context, &client, &dataset, &query.id, prepared.settings(&spec, false)).await?;
    let links = links.map(|links| {
        match finished.result.links.as_ref().and_then(|l| l.query_url.as_deref()).and_then(UiLinks::base_from_query_url) {
            Some(base) => UiLinks { base, ..links },
            None => links,
        }
    });
    let mut table = presets::table(Some(kind), &spec, &finished.data, &dataset, links.as_ref());
    if kind == PresetKind::RecentTraces
        && dataset == "__all__"
        && let Some(services) = presets::trace_services_spec(&spec, &table)
    {
        context.ui.debug(&format!("query on {dataset}: {}", serde_json::to_string(&services).unwrap_or_default()));
        let query = client.create_query(&dataset, &services).await.map_err(explain)?;
        let counted = crate::query::run::run(context, &client, &dataset, &query.id, prepared.settings(&services, false)).await?;
        presets::add_trace_services(&mut table, &spec, &counted.data);
    }
    print(context, &table, &dataset, &spec, &finished)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn settings(dir: &Path) -> HoneycombSettings {
        let env: HashMap<&str, &str> = [("CRUDDUR_OBS_CONFIG_DIR", dir.to_str().unwrap())].into_iter().collect();
        HoneycombSettings::resolve(&HoneycombArgs::default(), &env).unwrap()
    }

    #[test]
    fn the_dataset_comes_from_the_flag_the_env_or_the_compose_file() {
        let dir = tempfile::tempdir().unwrap();
        let settings = settings(dir.path());
        let flag = DatasetArgs { dataset: Some("flagged".into()) };
        let none = DatasetArgs::default();
        let env: HashMap<&str, &str> = [("OTEL_SERVICE_NAME", "from-env")].into_iter().collect();
        let empty: HashMap<&str, &str> = HashMap::new();
        assert_eq!(dataset(&flag, &settings, &env, dir.path()).unwrap().0, "flagged");
        assert_eq!(dataset(&none, &settings, &env, dir.path()).unwrap(), ("from-env".to_owned(), "env OTEL_SERVICE_NAME".to_owned()));
        let err = dataset(&none, &settings, &empty, dir.path()).unwrap_err();
        assert!(err.message.contains("--dataset"), "{}", err.message);
        std::fs::write(
            dir.path().join("docker-compose.yml"),
            "services:\n  frontend-react-js:\n    image: x\n  backend-flask:\n    environment:\n      OTEL_SERVICE_NAME: \"backend-flask\"\n",
        )
        .unwrap();
        assert_eq!(dataset(&none, &settings, &empty, dir.path()).unwrap().0, "backend-flask");
        std::fs::write(dir.path().join("docker-compose.yml"), "services:\n  api:\n    environment:\n      - OTEL_SERVICE_NAME=${NAME}\n")
            .unwrap();
        assert!(dataset(&none, &settings, &empty, dir.path()).is_err());
    }
}
