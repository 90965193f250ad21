//! `cruddur-obs query saved list|run|show|delete`: Honeycomb query annotations, by name.

use clap::{Args, Subcommand};

use std::io::Write;

use super::{CommonArgs, DatasetArgs, prepare};
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::honeycomb::client::Scope;
use crate::query::execute::explain_on_dataset;
use crate::query::plan::QueryFlags;
use crate::query::run::explain;
use crate::query::saved::{SavedQueryRow, find};

use crate::settings::honeycomb::HoneycombSettings;

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
    pub common: CommonArgs,
}

/// The dataset alone, for the commands that need no time or filters.
fn dataset_only(context: &Context, settings: &HoneycombSettings, dataset: &DatasetArgs) -> CliResult<String> {
    let flags = QueryFlags { dataset: dataset.dataset.clone(), ..QueryFlags::default() };
    Ok(prepare(context, settings, &flags)?.dataset)
}

pub async fn run(context: &Context, settings: &HoneycombSettings, command: SavedCommand) -> CliResult {
    match command {
        SavedCommand::List(args) => {
            let dataset = dataset_only(context, settings, &args.dataset)?;
            let client = settings.client(context, Scope::Environment)?;
            let annotations = client.list_query_annotations(&dataset).await.map_err(|err| explain_on_dataset(err, &dataset))?;
            let rows: Vec<SavedQueryRow> = annotations.iter().map(|annotation| SavedQueryRow::new(annotation, &dataset)).collect();
            context.print_rows(&rows)
        }
        SavedCommand::Show(args) => {
            let dataset = dataset_only(context, settings, &args.dataset)?;
            let client = settings.client(context, Scope::Environment)?;
            let annotation = find(context, &client, &dataset, &args.name).await?;
            let query = client.get_query(&dataset, &annotation.query_id).await.map_err(explain)?;
            let text = serde_json::to_string_pretty(&query.spec).map_err(|err| CliError::internal(err.to_string()))?;
            writeln!(context.ui.out(), "{}", context.ui.sink().exact(&text))?;
            Ok(())
        }
        SavedCommand::Delete(args) => {
            let dataset = dataset_only(context, settings, &args.target.dataset)?;
            let client = settings.client(context, Scope::Environment)?;
            let annotation = find(context, &client, &dataset, &args.target.name).await?;
            context.ui.confirm_delete(&format!("delete the saved query {:?} on {dataset}?", annotation.name), args.yes)?;
            client.delete_query_annotation(&dataset, &annotation.id).await.map_err(explain)?;
            context.ui.success(&format!("deleted the saved query {:?} (the query itself stays in Honeycomb)", annotation.name));
            Ok(())
        }
        SavedCommand::Run(args) => {
            let prepared = prepare(context, settings, &args.common.flags())?;
            super::answer(context, settings, args.common.source.source, &prepared, super::Job::Saved(args.name), args.common.link.open)
                .await
        }
    }
}
