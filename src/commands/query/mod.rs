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

/// Where a query is answered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Source {
    /// Honeycomb's Query Data API (Enterprise)
    Honeycomb,
    /// The workspace's own copy of its traces (.cruddur-obs/traces), on any plan or none
    Local,
    /// Honeycomb when the team's plan runs queries, else the local copy (said on stderr)
    #[default]
    Auto,
}

#[derive(Debug, Clone, Default, Args)]
pub struct SourceArgs {
    /// Where to answer: honeycomb, local (the workspace's .cruddur-obs/traces), or auto
    #[arg(long, value_enum, default_value_t = Source::Auto, value_name = "SOURCE")]
    pub source: Source,
}

#[derive(Debug, Clone, Default, Args)]
pub struct OpenArgs {
    /// Open the query in Honeycomb's UI too (its result, or on a plan without the Query Data API its Query Template Link)
    #[arg(long)]
    pub open: bool,
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
    #[command(flatten)]
    pub link: OpenArgs,
    #[command(flatten)]
    pub source: SourceArgs,
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
    prepared: &Prepared,
) -> CliResult<crate::honeycomb::HoneycombClient<'a>> {
    let client = settings.client(context, Scope::Environment)?;
    Ok(match std::time::Instant::now().checked_add(prepared.timeout) {
        Some(deadline) => client.with_deadline(deadline, prepared.timeout_flag.clone()),
        None => client,
    })
}

/// What a query command asks, whichever backend answers it.
pub enum Job {
    Preset(PresetKind, PresetOptions),
    /// `latency-by-user --requests`: users joined to their traces' root spans.
    LatencyByRequest(PresetOptions),
    Spec(crate::honeycomb::query::QuerySpec),
    Heatmap(Option<String>, HeatmapLayout),
    Saved(String),
}

/// Runs a job on one backend.
async fn on(
    context: &Context,
    client: Option<&crate::honeycomb::HoneycombClient<'_>>,
    backend: execute::Backend<'_>,
    prepared: &Prepared,
    job: &Job,
    links: Option<crate::query::links::UiLinks>,
) -> CliResult<execute::Reply> {
    match job {
        Job::Preset(kind, options) => execute::preset(context, backend, prepared, *kind, options.clone(), links).await,
        Job::LatencyByRequest(options) => execute::latency_by_request(context, backend, prepared, options.clone()).await,
        Job::Spec(spec) => execute::spec(context, backend, prepared, spec.clone()).await,
        Job::Heatmap(column, layout) => execute::heatmap(context, backend, prepared, column.clone(), *layout).await,
        Job::Saved(name) => {
            let Some(client) = client else {
                return Err(crate::error::CliError::invalid_input(
                    "saved queries live in Honeycomb (query annotations, on every plan): a key is needed to read one",
                )
                .with_hint("set HONEYCOMB_API_KEY to a configuration key, or use `query run --file` with the spec"));
            };
            let annotation = crate::query::saved::find(context, client, &prepared.dataset, name).await?;
            execute::saved(context, client, backend, prepared, &annotation).await
        }
    }
}

/// The local copy of the workspace the command runs in, read; an error naming the folder when there is none.
fn local_copy(context: &Context, prepared: &Prepared) -> CliResult<crate::traces::local::Loaded> {
    let copy = crate::traces::copy::LocalCopy::expected(&context.cwd);
    if copy.files()?.is_empty() {
        return Err(crate::error::CliError::invalid_input(format!("no local copy of the traces at {}", copy.dir.display())).with_hint(
            "the collector's file exporter writes it (`cruddur-obs init` adds it to the collector pipeline); run from the workspace, \
             or use --source honeycomb",
        ));
    }
    crate::traces::local::load(context, copy, prepared.now)
}

/// Answers a job from `source` and prints it: Honeycomb, the local copy, or (auto) Honeycomb when its
/// plan runs queries and the local copy when it does not (or when there is no key), saying so on stderr,
/// with the query's Honeycomb link beside the local table.
pub async fn answer(
    context: &Context,
    settings: &HoneycombSettings,
    source: Source,
    prepared: &Prepared,
    job: Job,
    open: bool,
) -> CliResult {
    answered(context, settings, source, prepared, job, open).await.map(|_| ())
}

/// [`answer`], returning the reply it printed (the local one when `auto` fell back to the copy), for
/// commands that go on from the rows (`recent-traces --show`).
async fn answered(
    context: &Context,
    settings: &HoneycombSettings,
    source: Source,
    prepared: &Prepared,
    job: Job,
    open: bool,
) -> CliResult<execute::Reply> {
    let layout = match &job {
        Job::Heatmap(_, layout) => *layout,
        _ => HeatmapLayout::fitted(),
    };
    match source {
        Source::Honeycomb => {
            let client = deadline_client(context, settings, prepared)?;
            let reply = on(context, Some(&client), execute::Backend::Honeycomb(&client), prepared, &job, None).await?;
            print::reply(context, &reply, prepared.now, layout, open)?;
            Ok(reply)
        }
        Source::Local => {
            let loaded = local_copy(context, prepared)?;
            let client = deadline_client(context, settings, prepared).ok();
            // Recent traces link each trace to Honeycomb, as on the Honeycomb path, when a key says where.
            let links = match (&job, &client) {
                (Job::Preset(PresetKind::RecentTraces, _), Some(client)) => execute::ui_links(client).await,
                _ => None,
            };
            let reply = on(context, client.as_ref(), execute::Backend::Local(&loaded), prepared, &job, links).await?;
            print::reply(context, &reply, prepared.now, layout, open)?;
            Ok(reply)
        }
        Source::Auto => {
            let copy = crate::traces::copy::LocalCopy::find(&context.cwd);
            let client = match deadline_client(context, settings, prepared) {
                Ok(client) => client,
                Err(err) => {
                    let Some(copy) = copy else { return Err(err) };
                    context.ui.status(&format!(
                        "no Honeycomb key ({}): answering from the local copy, {}",
                        err.message,
                        copy.dir.display()
                    ));
                    let loaded = local_copy(context, prepared)?;
                    let reply = on(context, None, execute::Backend::Local(&loaded), prepared, &job, None).await?;
                    print::reply(context, &reply, prepared.now, layout, open)?;
                    return Ok(reply);
                }
            };
            let reply = on(context, Some(&client), execute::Backend::Honeycomb(&client), prepared, &job, None).await?;
            let execute::Reply::Template(link) = &reply else {
                print::reply(context, &reply, prepared.now, layout, open)?;
                return Ok(reply);
            };
            if copy.is_none() {
                print::reply(context, &reply, prepared.now, layout, open)?;
                return Ok(reply);
            }
            let loaded = local_copy(context, prepared)?;
            context.ui.status(&format!(
                "this team's Honeycomb plan has no Query Data API: answered from the local copy ({}, {} spans)",
                loaded.copy.dir.display(),
                loaded.spans
            ));
            let links = execute::ui_links(&client).await;
            let local = on(context, Some(&client), execute::Backend::Local(&loaded), prepared, &job, links).await?;
            print::reply(context, &local, prepared.now, layout, false)?;
            context.ui.status(&format!("the query in Honeycomb: {}", link.url));
            if open {
                crate::browser::open(context, &link.url);
            }
            Ok(local)
        }
    }
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
    answer(context, settings, common.source.source, &prepared, Job::Preset(kind, options), common.link.open).await
}
