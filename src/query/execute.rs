//! The executor of every query command: with a [`Prepared`] query and a [`Backend`] (Honeycomb, or the
//! workspace's local copy of the traces), it asks for what it needs (the dataset's columns, the team's
//! UI links), runs the query ([`super::run::wait_for_result`] on Honeycomb, the engine on the copy) and
//! returns a [`Reply`] for [`super::print`] to show. Presets, specs, validation and tables are the same
//! on both: only where the answer is computed differs.

use super::heatmap;
use super::plan::Prepared;
use super::presets::{self, Columns, PresetKind, PresetOptions, UiLinks};
use super::run::{Finished, explain, wait_for_result};
use super::table::ResultTable;
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::honeycomb::query::{CalcOp, Filter, FilterOp, QueryAnnotation, QuerySpec};
use crate::honeycomb::{HoneycombClient, HoneycombError};
use crate::traces::local::Loaded;

/// Where a query is answered.
#[derive(Clone, Copy)]
pub enum Backend<'a> {
    Honeycomb(&'a HoneycombClient<'a>),
    /// The workspace's local copy of the traces, with Honeycomb's semantics (`cruddur-engine`).
    Local(&'a Loaded),
}

impl Backend<'_> {
    /// The dataset's columns, for the presets.
    async fn columns(&self, dataset: &str) -> CliResult<Columns> {
        match self {
            Backend::Honeycomb(client) => columns(client, dataset).await,
            Backend::Local(loaded) => Ok(loaded.columns(dataset)),
        }
    }

    /// Runs a spec (`spec` as run, `shown` as a link would carry it): its result, or on a plan without
    /// the Query Data API its Query Template Link.
    async fn run(
        &self,
        context: &Context,
        prepared: &Prepared,
        spec: &QuerySpec,
        shown: &QuerySpec,
        series: bool,
    ) -> CliResult<Result<Finished, Box<TemplateLink>>> {
        let dataset = &prepared.dataset;
        match self {
            Backend::Honeycomb(client) => {
                context.ui.debug(&format!("query on {dataset}: {}", serde_json::to_string(spec).unwrap_or_default()));
                let query = client.create_query(dataset, spec).await.map_err(|err| explain_on_dataset(err, dataset))?;
                run_or_link(context, client, dataset, &query.id, prepared.settings(spec, series), shown).await
            }
            Backend::Local(loaded) => {
                let settings = prepared.settings(spec, series);
                Ok(Ok(loaded.run(dataset, spec, prepared.now, settings.limit, series)?))
            }
        }
    }

    /// Why recent traces have no links, when the backend is an API that is not Honeycomb's.
    fn no_ui_note(&self) -> Option<String> {
        match self {
            Backend::Honeycomb(client) => no_ui_note(client),
            Backend::Local(_) => None,
        }
    }

    async fn links(&self) -> Option<UiLinks> {
        match self {
            Backend::Honeycomb(client) => ui_links(client).await,
            Backend::Local(_) => None,
        }
    }
}

/// A finished query and how to show it.
pub struct Answer {
    pub dataset: String,
    pub spec: QuerySpec,
    pub finished: Finished,
    /// The rows to print; `None`: a heatmap, drawn from `grid`, or else from `finished`'s HEATMAP cells.
    pub table: Option<ResultTable>,
    /// `query heatmap`'s counts by value band and time: `(column, grid)`.
    pub grid: Option<(String, heatmap::Grid)>,
    /// Lines for people under a table (stderr): what the rows measured, why there are no links.
    pub notes: Vec<String>,
}

/// What a query command comes to: a table (or heatmap), or, when the team's plan has no Query Data
/// API, the query itself as a link that runs it in Honeycomb's UI.
pub enum Reply {
    Answer(Box<Answer>),
    Template(Box<TemplateLink>),
}

/// A query Honeycomb stored but, on this plan, will not run through the API.
#[derive(Debug, Clone)]
pub struct TemplateLink {
    pub dataset: String,
    /// The Query Template Link.
    pub url: String,
    /// The query as the link carries it (its time relative, as given).
    pub spec: QuerySpec,
    /// Why there is no table, one line.
    pub reason: String,
}

/// Whether an error is Honeycomb refusing the Query Data API itself (403 on `/1/query_results`),
/// which is a plan's refusal when the key has Run Queries and a permission's otherwise.
fn refused_query_results(err: &CliError) -> bool {
    err.source_as::<HoneycombError>()
        .is_some_and(|source| source.status == Some(403) && source.route.as_ref().is_some_and(|route| route.is_query_results()))
}

/// Runs a created query, or, when the plan refuses query results to a key that has Run Queries, returns
/// its Query Template Link (one `GET /1/auth` tells both the permission and the slugs for the link).
/// `shown` is the spec the link carries.
async fn run_or_link(
    context: &Context,
    client: &HoneycombClient<'_>,
    dataset: &str,
    query_id: &str,
    settings: super::run::RunSettings,
    shown: &QuerySpec,
) -> CliResult<Result<Finished, Box<TemplateLink>>> {
    match wait_for_result(context, client, dataset, query_id, settings).await {
        Ok(finished) => Ok(Ok(finished)),
        Err(err) if refused_query_results(&err) => {
            let Ok(auth) = client.environment_auth().await else { return Err(err) };
            if !auth.permissions.iter().any(|permission| permission == "run_queries") {
                return Err(err);
            }
            let links =
                UiLinks { base: UiLinks::base_for_links(client.api_url()), team: auth.team_slug, environment: auth.environment_slug };
            let detail = err.source_as::<HoneycombError>().map(|source| source.summary.clone()).unwrap_or_default();
            context.ui.debug(&format!("query results refused with the Run Queries permission: the plan's refusal ({detail})"));
            Ok(Err(Box::new(TemplateLink {
                dataset: dataset.to_owned(),
                url: links.query_template(dataset, shown),
                spec: shown.clone(),
                reason: "no table: this team's Honeycomb plan has no Query Data API (an Enterprise feature; POST /1/query_results \
                         was refused with 403): the link runs the query in Honeycomb's UI; `--source local` answers it from the \
                         workspace's own copy of the traces"
                    .to_owned(),
            })))
        }
        Err(err) => Err(err),
    }
}

/// The dataset's columns, for the presets.
pub async fn columns(client: &HoneycombClient<'_>, dataset: &str) -> CliResult<Columns> {
    let columns = client.list_columns(dataset).await.map_err(|err| explain_on_dataset(err, dataset))?;
    Ok(Columns::new(dataset, columns.into_iter().map(|column| column.key_name).collect()))
}

/// A failed request on a dataset's path, explained ([`explain`]); a 404 there most often means a
/// misspelt dataset.
pub fn explain_on_dataset(err: HoneycombError, dataset: &str) -> CliError {
    let not_found = err.is_not_found();
    let error = explain(err);
    if not_found && error.hint.is_none() {
        error.with_hint(format!("is {dataset:?} the dataset's slug? list them with `cruddur-obs honeycomb datasets list`"))
    } else {
        error
    }
}

/// The team and environment slugs for links, and the UI they live on.
pub async fn ui_links(client: &HoneycombClient<'_>) -> Option<UiLinks> {
    let auth = client.environment_auth().await.ok()?;
    // An empty base: the API is not Honeycomb's; the result's own query_url may still name its UI.
    let base = UiLinks::base_for_api(client.api_url()).unwrap_or_default();
    Some(UiLinks { base, team: auth.team_slug, environment: auth.environment_slug })
}

/// Links on the UI the result's own query link points at (a region's UI may differ from the API's guess).
/// `None` when neither names Honeycomb's UI (the local server has none).
fn links_for(links: Option<UiLinks>, finished: &Finished) -> Option<UiLinks> {
    links
        .map(|links| match finished.result.links.as_ref().and_then(|l| l.query_url.as_deref()).and_then(UiLinks::base_from_query_url) {
            Some(base) => UiLinks { base, ..links },
            None => links,
        })
        .filter(|links| !links.base.is_empty())
}

/// Why recent traces have no LINK column when the API is not Honeycomb's: there is no UI to link to.
fn no_ui_note(client: &HoneycombClient<'_>) -> Option<String> {
    UiLinks::base_for_api(client.api_url()).is_none().then(|| {
        format!(
            "no links: {} is not Honeycomb's API (a local server has no UI); look a trace up by its TRACE ID",
            client.api_url().trim_end_matches('/')
        )
    })
}

/// A preset: the dataset's columns, the spec built from them, the run, the preset's table (and, for
/// recent traces over the whole environment, a second query for each trace's services). `links` are for
/// trace links where the backend has none (the local copy, beside a Honeycomb team).
pub async fn preset(
    context: &Context,
    backend: Backend<'_>,
    prepared: &Prepared,
    kind: PresetKind,
    options: PresetOptions,
    links: Option<UiLinks>,
) -> CliResult<Reply> {
    let dataset = prepared.dataset.clone();
    let (columns, links) = if kind == PresetKind::RecentTraces && links.is_none() {
        let (columns, links) = tokio::join!(backend.columns(&dataset), backend.links());
        (columns?, links)
    } else {
        (backend.columns(&dataset).await?, links)
    };
    let options = PresetOptions { limit: prepared.limit.map(i64::from), ..options };
    let mut shown = presets::build(kind, &columns, &options)?;
    prepared.apply(&mut shown, &format!("the {} query", kind.name()))?;
    let spec = prepared.pinned(&shown);
    let finished = match backend.run(context, prepared, &spec, &shown, false).await? {
        Ok(finished) => finished,
        Err(link) => return Ok(Reply::Template(link)),
    };
    let links = links_for(links, &finished);
    let mut notes = presets::notes(Some(kind), &spec, &finished.data);
    if kind == PresetKind::RecentTraces && links.is_none() {
        notes.extend(backend.no_ui_note());
    }
    let mut table = presets::table(Some(kind), &spec, &finished.data, &dataset, links.as_ref());
    if kind == PresetKind::RecentTraces
        && dataset == "__all__"
        && let Some(services) = presets::trace_services_spec(&spec, &table)
        && let Ok(counted) = backend.run(context, prepared, &services, &services, false).await?
    {
        presets::add_trace_services(&mut table, &spec, &counted.data);
    }
    Ok(Reply::Answer(Box::new(Answer { dataset, spec: shown, finished, table: Some(table), grid: None, notes })))
}

/// `latency-by-user --requests`: two queries (the traces each user appears in, then those traces' root
/// spans), joined here, since one Honeycomb query cannot relate a span's column to its trace's root span.
/// On either backend; on a plan without the Query Data API, the first query's template link.
pub async fn latency_by_request(context: &Context, backend: Backend<'_>, prepared: &Prepared, options: PresetOptions) -> CliResult<Reply> {
    let dataset = prepared.dataset.clone();
    let columns = backend.columns(&dataset).await?;
    // --limit is the users shown, not the traces looked at.
    let unlimited = Prepared { limit: None, ..prepared.clone() };
    let mut shown = presets::user_traces_spec(&columns, &options)?;
    unlimited.apply(&mut shown, "the latency-by-user --requests query")?;
    let users = unlimited.pinned(&shown);
    let found = match backend.run(context, &unlimited, &users, &shown, false).await? {
        Ok(found) => found,
        Err(link) => return Ok(Reply::Template(link)),
    };
    let traces = presets::user_trace_ids(&users, &found.data);
    let roots = presets::root_durations_spec(&columns, &options, &users, &traces)?;
    let limit = prepared.limit.map_or(presets::DEFAULT_LIMIT as usize, |limit| limit as usize);
    let (finished, table) = if traces.is_empty() {
        let table = presets::latency_by_request(&users, &found.data, &roots, &Default::default(), limit);
        (found, table)
    } else {
        let durations = match backend.run(context, &unlimited, &roots, &roots, false).await? {
            Ok(durations) => durations,
            Err(link) => return Ok(Reply::Template(link)),
        };
        let table = presets::latency_by_request(&users, &found.data, &roots, &durations.data, limit);
        (durations, table)
    };
    let notes = presets::request_notes(&users, traces.len(), &table);
    Ok(Reply::Answer(Box::new(Answer { dataset, spec: shown, finished, table: Some(table), grid: None, notes })))
}

/// Whether a spec only asks for heatmaps: its result is drawn, not tabled.
fn heatmap_only(spec: &QuerySpec) -> bool {
    spec.calculations.iter().all(|calculation| calculation.op == CalcOp::Heatmap) && !spec.calculations.is_empty()
}

/// A spec as given (`query run`), the flags already applied.
pub async fn spec(context: &Context, backend: Backend<'_>, prepared: &Prepared, shown: QuerySpec) -> CliResult<Reply> {
    let dataset = prepared.dataset.clone();
    let spec = prepared.pinned(&shown);
    let heatmap = heatmap_only(&spec);
    let finished = match backend.run(context, prepared, &spec, &shown, heatmap).await? {
        Ok(finished) => finished,
        Err(link) => return Ok(Reply::Template(link)),
    };
    let table = (!heatmap).then(|| ResultTable::generic(&spec, &finished.data.results));
    Ok(Reply::Answer(Box::new(Answer { dataset, spec: shown, finished, table, grid: None, notes: Vec::new() })))
}

/// A saved query, by its annotation (saved queries live in Honeycomb, on every plan): on Honeycomb as
/// saved, or as a new query when the flags change it (queries are immutable); on the local copy, its spec
/// with the flags applied. Shown as its preset's table when it was saved from one.
pub async fn saved(
    context: &Context,
    client: &HoneycombClient<'_>,
    backend: Backend<'_>,
    prepared: &Prepared,
    annotation: &QueryAnnotation,
) -> CliResult<Reply> {
    let dataset = prepared.dataset.clone();
    let preset = annotation.description.as_deref().and_then(PresetKind::from_description);
    let mut shown = client.get_query(&dataset, &annotation.query_id).await.map_err(explain)?.spec;
    prepared.apply(&mut shown, &format!("saved query {:?}", annotation.name))?;
    let spec = prepared.pinned(&shown);
    let heatmap = preset == Some(PresetKind::Heatmap) || heatmap_only(&spec);
    let wanted_links = preset == Some(PresetKind::RecentTraces);
    let finished = match backend {
        // As saved: Honeycomb runs its own query again, without a new one.
        Backend::Honeycomb(client) if !prepared.changes_saved_spec() => {
            let settings = prepared.settings(&spec, heatmap);
            run_or_link(context, client, &dataset, &annotation.query_id, settings, &shown).await?
        }
        _ => backend.run(context, prepared, &spec, &shown, heatmap).await?,
    };
    let finished = match finished {
        Ok(finished) => finished,
        Err(link) => return Ok(Reply::Template(link)),
    };
    if heatmap {
        return Ok(Reply::Answer(Box::new(Answer { dataset, spec: shown, finished, table: None, grid: None, notes: Vec::new() })));
    }
    let links = if wanted_links { links_for(ui_links(client).await, &finished) } else { None };
    let mut notes = presets::notes(preset, &spec, &finished.data);
    if wanted_links && links.is_none() {
        notes.extend(no_ui_note(client));
    }
    let table = presets::table(preset, &spec, &finished.data, &dataset, links.as_ref());
    Ok(Reply::Answer(Box::new(Answer { dataset, spec: shown, finished, table: Some(table), grid: None, notes })))
}

/// `query heatmap`: the value column's range (MIN, MAX, COUNT), then COUNT by value band (a calculated
/// field) as a series with one point per column of the drawing (`width`): documented result formats
/// only (see [`super::heatmap`]).
pub async fn heatmap(
    context: &Context,
    backend: Backend<'_>,
    prepared: &Prepared,
    column: Option<String>,
    layout: heatmap::HeatmapLayout,
) -> CliResult<Reply> {
    let dataset = prepared.dataset.clone();
    let columns = backend.columns(&dataset).await?;
    let options = PresetOptions { column, ..PresetOptions::default() };
    let value = presets::build(PresetKind::Heatmap, &columns, &options)?
        .calculations
        .first()
        .and_then(|calculation| calculation.column.clone())
        .unwrap_or_else(|| "duration_ms".to_owned());
    let mut base =
        QuerySpec { filters: vec![Filter { op: FilterOp::Exists, column: Some(value.clone()), value: None }], ..QuerySpec::default() };
    prepared.apply(&mut base, "the heatmap query")?;
    let shown = heatmap::range_spec(&base, &value);
    let range = prepared.pinned(&shown);
    let finished = match backend.run(context, prepared, &range, &shown, false).await? {
        Ok(finished) => finished,
        Err(link) => return Ok(Reply::Template(link)),
    };
    let (start, end) = super::time::window(&range, prepared.now);
    let step = ((end - start) as f64 / layout.width as f64).ceil().max(1.0) as i64;
    let slots = usize::try_from((end - start + step - 1) / step).unwrap_or(layout.width).max(1);
    let number = |key: &str| finished.data.results.first().and_then(|row| row.data.get(key)).and_then(serde_json::Value::as_f64);
    let count = number("COUNT").unwrap_or(0.0);
    let edges = heatmap::edges(
        number(&format!("MIN({value})")).unwrap_or(0.0),
        number(&format!("MAX({value})")).unwrap_or(1.0),
        layout.rows,
        layout.log,
    );
    let bands = heatmap::band_spec(&range, &value, &edges, step);
    let grid = if count > 0.0 {
        match backend.run(context, prepared, &bands, &bands, true).await? {
            Ok(counted) => heatmap::Grid::from_bands(&counted.data.series, edges, start, step, slots),
            Err(link) => return Ok(Reply::Template(link)),
        }
    } else {
        heatmap::Grid::from_bands(&[], edges, start, step, slots)
    }
    .map_err(|err| CliError::new(crate::error::ErrorKind::Unavailable, format!("the banded counts: {err}")))?;
    Ok(Reply::Answer(Box::new(Answer { dataset, spec: bands, finished, table: None, grid: Some((value, grid)), notes: Vec::new() })))
}
