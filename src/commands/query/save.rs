//! `cruddur-obs query save NAME (--preset P | --file F | --spec JSON)`: a saved query is a Honeycomb query
//! annotation, a name on an (immutable) query; `query saved run NAME` runs it again.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::{DatasetArgs, FilterArgs, TimeArgs, client, columns, not_found_hint, prepare};
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::honeycomb::HoneycombClient;
use crate::honeycomb::client::Scope;
use crate::honeycomb::query::{NewQueryAnnotation, QueryAnnotation};
use crate::output::{Cell, Row};
use crate::query::presets::{self, PresetKind, PresetOptions};
use crate::query::run::explain;
use crate::query::spec::{self, MAX_SPEC_LIMIT};
use crate::settings::honeycomb::HoneycombSettings;

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
    pub dataset: DatasetArgs,
    #[command(flatten)]
    pub time: TimeArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
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

/// A saved query as listed and printed.
#[derive(Debug, Clone, Serialize)]
pub struct SavedQueryRow {
    pub name: String,
    pub id: String,
    pub query_id: String,
    pub dataset: String,
    pub preset: Option<String>,
    pub source: Option<String>,
    pub updated_at: Option<String>,
    pub description: Option<String>,
}

impl SavedQueryRow {
    pub fn new(annotation: &QueryAnnotation, dataset: &str) -> SavedQueryRow {
        let description = annotation.description.as_deref().unwrap_or_default();
        let preset = PresetKind::from_description(description);
        let plain = match preset {
            Some(kind) => description.replace(&kind.marker(), "").trim().to_owned(),
            None => description.trim().to_owned(),
        };
        SavedQueryRow {
            name: annotation.name.clone(),
            id: annotation.id.clone(),
            query_id: annotation.query_id.clone(),
            dataset: dataset.to_owned(),
            preset: preset.map(|kind| kind.name().to_owned()),
            source: annotation.source.clone(),
            updated_at: annotation.updated_at.clone().or_else(|| annotation.created_at.clone()),
            description: (!plain.is_empty()).then_some(plain),
        }
    }
}

impl Row for SavedQueryRow {
    fn headers() -> &'static [&'static str] {
        &["NAME", "PRESET", "QUERY ID", "ID", "UPDATED", "DESCRIPTION"]
    }

    fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::text(&self.name),
            Cell::optional(self.preset.clone()),
            Cell::text(&self.query_id),
            Cell::text(&self.id),
            Cell::optional(self.updated_at.clone()),
            Cell::optional(self.description.clone()),
        ]
    }
}

/// The description Honeycomb stores: the user's text, then the preset's marker.
fn description(text: Option<&str>, preset: Option<PresetKind>) -> CliResult<Option<String>> {
    let combined = match (text.map(str::trim).filter(|text| !text.is_empty()), preset) {
        (Some(text), Some(kind)) => Some(format!("{text}\n\n{}", kind.marker())),
        (Some(text), None) => Some(text.to_owned()),
        (None, Some(kind)) => Some(kind.marker()),
        (None, None) => None,
    };
    if let Some(combined) = &combined
        && combined.chars().count() > 1023
    {
        return Err(CliError::invalid_input(format!(
            "--description: at most {} characters",
            1023 - preset.map_or(0, |kind| kind.marker().len() + 2)
        )));
    }
    Ok(combined)
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
    let description = description(args.description.as_deref(), args.preset)?;
    let wait = super::WaitArgs::default();
    let prepared = prepare(context, settings, &args.dataset, &args.time, &args.filter, args.limit, &wait)?;
    let from_file = match args.preset {
        Some(_) => None,
        None => Some(spec::load(args.file.as_deref(), args.spec.as_deref(), prepared.now)?),
    };
    let client = client(context, settings, Scope::Environment)?;
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
        .map_err(|err| not_found_hint(explain(err), &dataset))?
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
            self::description(kept.as_deref(), args.preset)?
        }
        _ => description,
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

/// Saves the annotation. When the answer is lost (time-out, cut off, 5xx), the annotation for this very
/// query ID exists only if the create went through: look, and send it again only if it is not there.
async fn create_annotation(
    context: &Context,
    client: &HoneycombClient<'_>,
    dataset: &str,
    annotation: &NewQueryAnnotation<'_>,
) -> CliResult<QueryAnnotation> {
    let mut attempt = 1;
    loop {
        let err = match client.create_query_annotation(dataset, annotation).await {
            Ok(created) => return Ok(created),
            Err(err) if err.may_have_happened() => err,
            Err(err) => return Err(explain(err)),
        };
        context.ui.debug(&format!("{}; looking for the saved query", err.summary));
        let Ok(saved) = client.list_query_annotations(dataset).await else { return Err(explain(err)) };
        if let Some(found) = saved.into_iter().find(|saved| saved.name == annotation.name && saved.query_id == annotation.query_id) {
            return Ok(found);
        }
        if attempt >= 2 {
            return Err(explain(err));
        }
        attempt += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_carry_the_preset() {
        assert_eq!(description(None, None).unwrap(), None);
        let both = description(Some("p99 per user"), Some(PresetKind::LatencyByUser)).unwrap().unwrap();
        assert_eq!(both, "p99 per user\n\n[cruddur-obs preset: latency-by-user]");
        let annotation = QueryAnnotation {
            id: "a1".into(),
            name: "n".into(),
            description: Some(both),
            query_id: "q1".into(),
            created_at: None,
            updated_at: None,
            source: Some("query".into()),
        };
        let row = SavedQueryRow::new(&annotation, "backend-flask");
        assert_eq!(row.preset.as_deref(), Some("latency-by-user"));
        assert_eq!(row.description.as_deref(), Some("p99 per user"));
        assert!(description(Some(&"x".repeat(1020)), Some(PresetKind::Errors)).is_err());
    }
}
