//! `cruddur-obs query ...`: Honeycomb queries as tables for people and JSON/CSV for scripts. One file
//! per subcommand; the shared flags live here. The flow itself is [`crate::query`]'s: the flags are
//! planned ([`crate::query::plan`]), executed ([`crate::query::execute`]) and printed
//! ([`crate::query::print`]).

mod errors;
mod heatmap;
mod latency_by_user;
mod recent_traces;
mod run;
mod save;
mod saved;
mod slow_endpoints;

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::error::CliResult;
use crate::honeycomb::client::Scope;
use crate::query::filter::WHERE_HELP;
use crate::query::plan::{self, DEFAULT_TIMEOUT, Prepared, QueryFlags};
use crate::query::presets::{PresetKind, PresetOptions};
use crate::query::print::HeatmapLayout;
use crate::query::time::now_secs;
use crate::query::{execute, print};
use crate::settings::honeycomb::{HoneycombArgs, HoneycombSettings};

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

/// Which events a query reads: the dataset, the time, the filters (every query command takes these).
#[derive(Debug, Clone, Default, Args)]
pub struct EventsArgs {
    #[command(flatten)]
    pub dataset: DatasetArgs,
    #[command(flatten)]
    pub time: TimeArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
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
        WaitArgs { timeout: DEFAULT_TIMEOUT.to_owned() }
    }
}

#[derive(Debug, Clone, Default, Args)]
pub struct LimitArgs {
    /// Rows to return, 1 to 10000 [default: 20 for presets, the spec's or 1000 for run]
    #[arg(long, short = 'n', value_name = "N")]
    pub limit: Option<u32>,
}

/// The flags every preset (and `run`, `saved run`) takes.
#[derive(Debug, Clone, Default, Args)]
pub struct CommonArgs {
    #[command(flatten)]
    pub events: EventsArgs,
    #[command(flatten)]
    pub limit: LimitArgs,
    #[command(flatten)]
    pub wait: WaitArgs,
}

impl EventsArgs {
    /// The flags as the planner takes them.
    pub fn flags(&self, limit: Option<u32>, wait: &WaitArgs) -> QueryFlags {
        QueryFlags {
            dataset: self.dataset.dataset.clone(),
            since: self.time.since.clone(),
            start: self.time.start.clone(),
            end: self.time.end.clone(),
            filters: self.filter.filters.clone(),
            any: self.filter.any,
            limit,
            timeout: wait.timeout.clone(),
        }
    }
}

impl CommonArgs {
    pub fn flags(&self) -> QueryFlags {
        self.events.flags(self.limit.limit, &self.wait)
    }
}

pub async fn run(context: &Context, args: QueryArgs) -> CliResult {
    let settings = HoneycombSettings::resolve(&args.honeycomb, &*context.env)?;
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

/// Plans the query from the flags, with this process's environment, directory and clock.
fn prepare(context: &Context, settings: &HoneycombSettings, flags: &QueryFlags) -> CliResult<Prepared> {
    let prepared = plan::prepare(flags, settings, &*context.env, &context.cwd, now_secs())?;
    context.ui.debug(&format!("dataset {} ({})", prepared.dataset, prepared.dataset_source));
    Ok(prepared)
}

/// The client for a query: every request, retry and wait of the command within `--timeout` (a server
/// that answers a byte at a time cannot stretch it: each attempt gets only the time that is left).
fn deadline_client<'a>(
    context: &'a Context,
    settings: &HoneycombSettings,
    prepared: &crate::query::plan::Prepared,
    wait: &WaitArgs,
) -> CliResult<crate::honeycomb::HoneycombClient<'a>> {
    let client = settings.client(context, Scope::Environment)?;
    Ok(match std::time::Instant::now().checked_add(prepared.timeout) {
        Some(deadline) => client.with_deadline(deadline, format!("--timeout {}", wait.timeout)),
        None => client,
    })
}

/// A preset command: plan, execute, print.
async fn run_preset(
    context: &Context,
    settings: &HoneycombSettings,
    kind: PresetKind,
    common: &CommonArgs,
    options: PresetOptions,
) -> CliResult {
    let prepared = prepare(context, settings, &common.flags())?;
    let client = deadline_client(context, settings, &prepared, &common.wait)?;
    let answer = execute::preset(context, &client, &prepared, kind, options).await?;
    print::answer(context, &answer, prepared.now, HeatmapLayout::fitted())
}
