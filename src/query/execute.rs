//! The executor of every query command: with a [`Prepared`] query and a client, it asks Honeycomb for
//! what it needs (the dataset's columns, the team's UI links), creates the query, waits for its result
//! ([`super::run::wait_for_result`]) and returns an [`Answer`] for [`super::print`] to show.

use super::plan::Prepared;
use super::presets::{self, Columns, PresetKind, PresetOptions, UiLinks};
use super::run::{Finished, explain, wait_for_result};
use super::table::ResultTable;
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::honeycomb::query::{CalcOp, QueryAnnotation, QuerySpec};
use crate::honeycomb::{HoneycombClient, HoneycombError};

/// A finished query and how to show it.
pub struct Answer {
    pub dataset: String,
    pub spec: QuerySpec,
    pub finished: Finished,
    /// The rows to print; `None`: a heatmap, drawn from `finished`.
    pub table: Option<ResultTable>,
    /// Lines for people under a table (stderr): what the rows measured, why there are no links.
    pub notes: Vec<String>,
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
/// recent traces over the whole environment, a second query for each trace's services).
pub async fn preset(
    context: &Context,
    client: &HoneycombClient<'_>,
    prepared: &Prepared,
    kind: PresetKind,
    options: PresetOptions,
) -> CliResult<Answer> {
    let dataset = prepared.dataset.clone();
    let (columns, links) = if kind == PresetKind::RecentTraces {
        let (columns, links) = tokio::join!(columns(client, &dataset), ui_links(client));
        (columns?, links)
    } else {
        (columns(client, &dataset).await?, None)
    };
    let options = PresetOptions { limit: prepared.limit.map(i64::from), ..options };
    let mut spec = presets::build(kind, &columns, &options)?;
    prepared.apply(&mut spec, &format!("the {} query", kind.name()))?;
    context.ui.debug(&format!("query on {dataset}: {}", serde_json::to_string(&spec).unwrap_or_default()));
    let query = client.create_query(&dataset, &spec).await.map_err(|err| explain_on_dataset(err, &dataset))?;
    let finished = wait_for_result(context, client, &dataset, &query.id, prepared.settings(&spec, false)).await?;
    let links = links_for(links, &finished);
    let mut notes = presets::notes(Some(kind), &spec, &finished.data);
    if kind == PresetKind::RecentTraces && links.is_none() {
        notes.extend(no_ui_note(client));
    }
    let mut table = presets::table(Some(kind), &spec, &finished.data, &dataset, links.as_ref());
    if kind == PresetKind::RecentTraces
        && dataset == "__all__"
        && let Some(services) = presets::trace_services_spec(&spec, &table)
    {
        context.ui.debug(&format!("query on {dataset}: {}", serde_json::to_string(&services).unwrap_or_default()));
        let query = client.create_query(&dataset, &services).await.map_err(explain)?;
        let counted = wait_for_result(context, client, &dataset, &query.id, prepared.settings(&services, false)).await?;
        presets::add_trace_services(&mut table, &spec, &counted.data);
    }
    Ok(Answer { dataset, spec, finished, table: Some(table), notes })
}

/// `latency-by-user --requests`: two queries (the traces each user appears in, then those traces' root
/// spans), joined here, since one Honeycomb query cannot relate a span's column to its trace's root span.
pub async fn latency_by_request(
    context: &Context,
    client: &HoneycombClient<'_>,
    prepared: &Prepared,
    options: PresetOptions,
) -> CliResult<Answer> {
    let dataset = prepared.dataset.clone();
    let columns = columns(client, &dataset).await?;
    // --limit is the users shown, not the traces looked at.
    let unlimited = Prepared { limit: None, ..prepared.clone() };
    let mut users = presets::user_traces_spec(&columns, &options)?;
    unlimited.apply(&mut users, "the latency-by-user --requests query")?;
    context.ui.debug(&format!("query on {dataset}: {}", serde_json::to_string(&users).unwrap_or_default()));
    let query = client.create_query(&dataset, &users).await.map_err(|err| explain_on_dataset(err, &dataset))?;
    let found = wait_for_result(context, client, &dataset, &query.id, unlimited.settings(&users, false)).await?;
    let traces = presets::user_trace_ids(&users, &found.data);
    let roots = presets::root_durations_spec(&columns, &options, &users, &traces)?;
    let limit = prepared.limit.map_or(presets::DEFAULT_LIMIT as usize, |limit| limit as usize);
    let (finished, table) = if traces.is_empty() {
        let table = presets::latency_by_request(&users, &found.data, &roots, &Default::default(), limit);
        (found, table)
    } else {
        context.ui.debug(&format!("query on {dataset}: {}", serde_json::to_string(&roots).unwrap_or_default()));
        let query = client.create_query(&dataset, &roots).await.map_err(|err| explain_on_dataset(err, &dataset))?;
        let durations = wait_for_result(context, client, &dataset, &query.id, unlimited.settings(&roots, false)).await?;
        let table = presets::latency_by_request(&users, &found.data, &roots, &durations.data, limit);
        (durations, table)
    };
    let notes = presets::request_notes(&users, traces.len(), &table);
    Ok(Answer { dataset, spec: users, finished, table: Some(table), notes })
}

/// Whether a spec only asks for heatmaps: its result is drawn, not tabled.
fn heatmap_only(spec: &QuerySpec) -> bool {
    spec.calculations.iter().all(|calculation| calculation.op == CalcOp::Heatmap) && !spec.calculations.is_empty()
}

/// A spec as given (`query run`), the flags already applied.
pub async fn spec(context: &Context, client: &HoneycombClient<'_>, prepared: &Prepared, spec: QuerySpec) -> CliResult<Answer> {
    let dataset = prepared.dataset.clone();
    let query = client.create_query(&dataset, &spec).await.map_err(|err| explain_on_dataset(err, &dataset))?;
    context.ui.debug(&format!("query {} on {dataset}", query.id));
    let heatmap = heatmap_only(&spec);
    let finished = wait_for_result(context, client, &dataset, &query.id, prepared.settings(&spec, heatmap)).await?;
    let table = (!heatmap).then(|| ResultTable::generic(&spec, &finished.data.results));
    Ok(Answer { dataset, spec, finished, table, notes: Vec::new() })
}

/// A saved query, by its annotation: as saved, or as a new query when the flags change it (queries are
/// immutable), shown as its preset's table when it was saved from one.
pub async fn saved(
    context: &Context,
    client: &HoneycombClient<'_>,
    prepared: &Prepared,
    annotation: &QueryAnnotation,
) -> CliResult<Answer> {
    let dataset = prepared.dataset.clone();
    let preset = annotation.description.as_deref().and_then(PresetKind::from_description);
    let spec_now = client.get_query(&dataset, &annotation.query_id).await.map_err(explain)?.spec;
    let (query_id, spec) = if prepared.changes_saved_spec() {
        let mut spec = spec_now;
        prepared.apply(&mut spec, &format!("saved query {:?}", annotation.name))?;
        (client.create_query(&dataset, &spec).await.map_err(explain)?.id, spec)
    } else {
        (annotation.query_id.clone(), spec_now)
    };
    let heatmap = preset == Some(PresetKind::Heatmap);
    let settings = prepared.settings(&spec, heatmap);
    let (finished, links) = if preset == Some(PresetKind::RecentTraces) {
        let (finished, links) = tokio::join!(wait_for_result(context, client, &dataset, &query_id, settings), ui_links(client));
        (finished?, links)
    } else {
        (wait_for_result(context, client, &dataset, &query_id, settings).await?, None)
    };
    if heatmap {
        return Ok(Answer { dataset, spec, finished, table: None, notes: Vec::new() });
    }
    let links = links_for(links, &finished);
    let mut notes = presets::notes(preset, &spec, &finished.data);
    if preset == Some(PresetKind::RecentTraces) && links.is_none() {
        notes.extend(no_ui_note(client));
    }
    let table = presets::table(preset, &spec, &finished.data, &dataset, links.as_ref());
    Ok(Answer { dataset, spec, finished, table: Some(table), notes })
}

/// `query heatmap`: the heatmap preset with one time bucket per column of the drawing (`width`).
pub async fn heatmap(
    context: &Context,
    client: &HoneycombClient<'_>,
    prepared: &Prepared,
    column: Option<String>,
    width: usize,
) -> CliResult<Answer> {
    let dataset = prepared.dataset.clone();
    let columns = columns(client, &dataset).await?;
    let mut probe = QuerySpec::default();
    prepared.bounds.apply(&mut probe);
    let (start, end) = super::time::window(&probe, prepared.now);
    let step = ((end - start) as f64 / width as f64).ceil().max(1.0) as i64;
    let options = PresetOptions { column, granularity: Some(step), ..PresetOptions::default() };
    let mut spec = presets::build(PresetKind::Heatmap, &columns, &options)?;
    prepared.apply(&mut spec, "the heatmap query")?;
    let query = client.create_query(&dataset, &spec).await.map_err(|err| explain_on_dataset(err, &dataset))?;
    let finished = wait_for_result(context, client, &dataset, &query.id, prepared.settings(&spec, true)).await?;
    Ok(Answer { dataset, spec, finished, table: None, notes: Vec::new() })
}
