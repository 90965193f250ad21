//! `cruddur-obs query save NAME (--preset P | --file F | --spec JSON)`: a saved query is a Honeycomb query
//! annotation, a name on an (immutable) query; `query saved run NAME` runs it again.

use std::path::PathBuf;

use super::{EventsArgs, WaitArgs, prepare};
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::honeycomb::client::Scope;
use crate::honeycomb::query::{NewQueryAnnotation, QueryAnnotation};
use crate::query::execute::{columns, explain_on_dataset};
use crate::query::presets::{self, PresetKind, PresetOptions};
use crate::query::run::explain;
use crate::query::saved::{SavedQueryRow, create_annotation, description};
use crate::query::spec::{self, MAX_SPEC_LIMIT};
use crate::settings::honeycomb::HoneycombSettings;
use clap::Args;

#[derive(Debug, Args)]
#[command(after_help = "\
The query is built now (a preset from the dataset's columns as they are today) and saved with its time \
as given: --since keeps it relative (the last 2h whenever it runs). The preset's name is kept in the \
description, so `query saved run` shows its table again. Names are unique per dataset: --replace swaps \
an existing one for the new query (Honeycomb cannot change an annotation's query).")]
pub struct SaveArgs {
    /// The saved query's name (1 to 320 characters)
    pub name: String,
    /// Save a preset
    #[arg(long, value_enum, conflicts_with_all = ["file", "spec"], required_unless_present_any = ["file", "spec"])]
    pub preset: Option<PresetKind>,
    /// Save a query spec from a JSON file (- reads stdin)
    #[arg(long, short = 'f', value_name = "FILE", conflicts_with = "spec")]
    pub file: Option<PathBuf>,
    /// Save a query spec given as JSON
    #[arg(long, value_name = "JSON")]
    pub spec: Option<String>,
    /// What the query is for
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Replace a saved query of the same name
    #[arg(long)]
    pub replace: bool,
    #[command(flatten)]
    pub events: EventsArgs,
    /// Rows the query returns, 1 to 1000 [default: 20 for presets]
    #[arg(long, short = 'n', value_name = "N")]
    pub limit: Option<u32>,
    /// latency-by-user: the user column [default: found in the dataset]
    #[arg(long, value_name = "COLUMN")]
    pub user_column: Option<String>,
    /// slow-endpoints, errors: group by these columns (repeatable)
    #[arg(long, value_name = "COLUMN")]
    pub by: Vec<String>,
    /// The value column of a preset [default: duration_ms]
    #[arg(long, value_name = "COLUMN")]
    pub column: Option<String>,
}

pub async fn run(context: &Context, settings: &HoneycombSettings, args: SaveArgs) -> CliResult {
    let length = args.name.chars().count();
    if length == 0 || length > 320 || args.name.trim().is_empty() {
        return Err(CliError::invalid_input(format!("saved query name {:?}: 1 to 320 characters, not only spaces", args.name)));
    }
    if let Some(limit) = args.limit
        && !(1..=MAX_SPEC_LIMIT).contains(&i64::from(limit))
    {
        return Err(CliError::invalid_input(format!(
            "--limit {limit} is out of range: a saved query holds 1 to {MAX_SPEC_LIMIT} rows (`saved run --limit` can ask for up to 10000)"
        )));
    }
    let new_description = description(args.description.as_deref(), args.preset)?;
    let prepared = prepare(context, settings, &args.events.flags(args.limit, &WaitArgs::default()))?;
    let from_file = match args.preset {
        Some(_) => None,
        None => Some(spec::load(args.file.as_deref(), args.spec.as_deref(), prepared.now)?),
    };
    let client = settings.client(context, Scope::Environment)?;
    let dataset = prepared.dataset.clone();
    let (mut spec, label) = match (args.preset, from_file) {
        (Some(kind), _) => {
            let columns = columns(&client, &dataset).await?;
            let options = PresetOptions {
                user_column: args.user_column,
                by: args.by,
                column: args.column,
                limit: args.limit.map(i64::from),
                granularity: None,
            };
            (presets::build(kind, &columns, &options)?, format!("the {} query", kind.name()))
        }
        (None, Some(loaded)) => loaded,
        (None, None) => unreachable!("a spec was loaded when there is no preset"),
    };
    prepared.apply(&mut spec, &label)?;
    let existing: Vec<QueryAnnotation> = client
        .list_query_annotations(&dataset)
        .await
        .map_err(|err| explain_on_dataset(err, &dataset))?
        .into_iter()
        .filter(|annotation| annotation.name == args.name)
        .collect();
    if !existing.is_empty() && !args.replace {
        return Err(CliError::new(
            crate::error::ErrorKind::Rejected,
            format!("a saved query named {:?} already exists on {dataset} (query {})", args.name, existing[0].query_id),
        )
        .with_hint("pass --replace to replace it, or choose another name"));
    }
    // A replacement keeps the old description unless a new one is given.
    let description = match (&args.description, existing.first()) {
        (None, Some(old)) => {
            let kept = SavedQueryRow::new(old, &dataset).description;
            description(kept.as_deref(), args.preset)?
        }
        _ => new_description,
    };
    let query = client.create_query(&dataset, &spec).await.map_err(explain)?;
    let annotation = NewQueryAnnotation { name: &args.name, description: description.as_deref(), query_id: &query.id };
    let created = create_annotation(context, &client, &dataset, &annotation).await?;
    for old in &existing {
        client.delete_query_annotation(&dataset, &old.id).await.map_err(explain)?;
    }
    let verb = if existing.is_empty() { "saved" } else { "replaced" };
    context.ui.success(&format!(
        "{verb} query {:?} on {dataset}; run it with: cruddur-obs query saved run {:?} -d {dataset}",
        args.name, args.name
    ));
    context.print_record(&SavedQueryRow::new(&created, &dataset))
}
