//! `cruddur-obs query saved list|run|show|delete`: Honeycomb query annotations, by name.

use clap::{Args, Subcommand};

use super::save::SavedQueryRow;
use super::{DatasetArgs, FilterArgs, LimitArgs, TimeArgs, WaitArgs, client, not_found_hint, prepare, print, ui_links};
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::HoneycombClient;
use crate::honeycomb::client::Scope;
use crate::honeycomb::query::QueryAnnotation;
use crate::query::presets::{self, PresetKind, UiLinks};
use crate::query::run::explain;
use crate::settings::honeycomb::HoneycombSettings;
use crate::suggest::suggest;

#[derive(Debug, Subcommand)]
pub enum SavedCommand {
    /// List the dataset's saved queries
    List(ListArgs),
    /// Run a saved query by name (--since, --where, --limit make a new query from it)
    Run(SavedRunArgs),
    /// Print a saved query's spec as JSON (what `query run --file` reads)
    Show(NameArgs),
    /// Delete a saved query (its name; Honeycomb keeps the query itself)
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub dataset: DatasetArgs,
}

#[derive(Debug, Args)]
pub struct NameArgs {
    /// The saved query's name
    pub name: String,
    #[command(flatten)]
    pub dataset: DatasetArgs,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    #[command(flatten)]
    pub target: NameArgs,
    /// Delete without asking
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct SavedRunArgs {
    /// The saved query's name
    pub name: String,
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

fn dataset_only(context: &Context, settings: &HoneycombSettings, dataset: &DatasetArgs) -> CliResult<String> {
    Ok(prepare(context, settings, dataset, &TimeArgs::default(), &FilterArgs::default(), None, &WaitArgs::default())?.dataset)
}

/// The annotation called `name`: exactly, else the one that matches ignoring case; the newest when a name
/// is used twice.
async fn find(context: &Context, client: &HoneycombClient<'_>, dataset: &str, name: &str) -> CliResult<QueryAnnotation> {
    let annotations = client.list_query_annotations(dataset).await.map_err(|err| not_found_hint(explain(err), dataset))?;
    let mut matches: Vec<&QueryAnnotation> = annotations.iter().filter(|annotation| annotation.name == name).collect();
    if matches.is_empty() {
        matches = annotations.iter().filter(|annotation| annotation.name.eq_ignore_ascii_case(name)).collect();
    }
    matches.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(b.created_at.cmp(&a.created_at)));
    match matches.as_slice() {
        [] => {
            let error = CliError::new(ErrorKind::Rejected, format!("no saved query named {name:?} on {dataset}"));
            Err(match suggest(name, annotations.iter().map(|annotation| annotation.name.as_str())) {
                Some(close) => error.with_hint(format!("did you mean {close:?}?")),
                None if annotations.is_empty() => {
                    error.with_hint("save one with: cruddur-obs query save NAME --preset latency-by-user (or --file spec.json)")
                }
                None => {
                    let names: Vec<String> = annotations.iter().take(10).map(|annotation| format!("{:?}", annotation.name)).collect();
                    error.with_hint(format!("saved queries on {dataset}: {}", names.join(", ")))
                }
            })
        }
        [first, rest @ ..] => {
            if !rest.is_empty() {
                context.ui.warn(&format!("{} saved queries are named {name:?}; running the newest ({})", rest.len() + 1, first.id));
            }
            Ok((*first).clone())
        }
    }
}

pub async fn run(context: &Context, settings: &HoneycombSettings, command: SavedCommand) -> CliResult {
    match command {
        SavedCommand::List(args) => {
            let dataset = dataset_only(context, settings, &args.dataset)?;
            let client = client(context, settings, Scope::Environment)?;
            let annotations = client.list_query_annotations(&dataset).await.map_err(|err| not_found_hint(explain(err), &dataset))?;
            let rows: Vec<SavedQueryRow> = annotations.iter().map(|annotation| SavedQueryRow::new(annotation, &dataset)).collect();
            context.print_rows(&rows)
        }
        SavedCommand::Show(args) => {
            let dataset = dataset_only(context, settings, &args.dataset)?;
            let client = client(context, settings, Scope::Environment)?;
            let annotation = find(context, &client, &dataset, &args.name).await?;
            let query = client.get_query(&dataset, &annotation.query_id).await.map_err(explain)?;
            let text = serde_json::to_string_pretty(&query.spec).map_err(|err| CliError::internal(err.to_string()))?;
            use std::io::Write;
            writeln!(context.ui.out(), "{text}")?;
            Ok(())
        }
        SavedCommand::Delete(args) => {
            let dataset = dataset_only(context, settings, &args.target.dataset)?;
            let client = client(context, settings, Scope::Environment)?;
            let annotation = find(context, &client, &dataset, &args.target.name).await?;
            if !context.ui.confirm(&format!("delete the saved query {:?} on {dataset}?", annotation.name), args.yes, "--yes")? {
                return Err(CliError::usage("not deleted"));
            }
            client.delete_query_annotation(&dataset, &annotation.id).await.map_err(explain)?;
            context.ui.success(&format!("deleted the saved query {:?} (the query itself stays in Honeycomb)", annotation.name));
            Ok(())
        }
        SavedCommand::Run(args) => run_saved(context, settings, args).await,
    }
}

async fn run_saved(context: &Context, settings: &HoneycombSettings, args: SavedRunArgs) -> CliResult {
    let prepared = prepare(context, settings, &args.dataset, &args.time, &args.filter, args.limit.limit, &args.wait)?;
    let client = client(context, settings, Scope::Environment)?;
    let dataset = prepared.dataset.clone();
    let annotation = find(context, &client, &dataset, &args.name).await?;
    let preset = annotation.description.as_deref().and_then(PresetKind::from_description);
    let changed = !prepared.bounds.is_empty() || !prepared.filters.is_empty() || prepared.limit.is_some();
    let spec_now = client.get_query(&dataset, &annotation.query_id).await.map_err(explain)?.spec;
    let (query_id, spec) = if changed {
        // Queries are immutable: the flags make a new query from the saved one.
        let mut spec = spec_now;
        prepared.apply(&mut spec, &format!("saved query {:?}", annotation.name))?;
        (client.create_query(&dataset, &spec).await.map_err(explain)?.id, spec)
    } else {
        (annotation.query_id.clone(), spec_now)
    };
    let heatmap = preset == Some(PresetKind::Heatmap);
    let settings_run = prepared.settings(&spec, heatmap);
    let (finished, links) = if preset == Some(PresetKind::RecentTraces) {
        let (finished, links) =
            tokio::join!(crate::query::run::run(context, &client, &dataset, &query_id, settings_run), ui_links(&client));
        (finished?, links)
    } else {
        (crate::query::run::run(context, &client, &dataset, &query_id, settings_run).await?, None)
    };
    if heatmap {
        return super::heatmap::show(context, &spec, &finished, &dataset, prepared.now, 12, super::heatmap::fitted_width(), false);
    }
    let links = links.map(|links| {
        match finished.result.links.as_ref().and_then(|l| l.query_url.as_deref()).and_then(UiLinks::base_from_query_url) {
            Some(base) => UiLinks { base, ..links },
            None => links,
        }
    });
    let table = presets::table(preset, &spec, &finished.data, &dataset, links.as_ref());
    print(context, &table, &dataset, &spec, &finished)
}
