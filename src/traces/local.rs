//! Queries on the local copy: the copy's spans become events as Honeycomb makes them, and a query spec
//! (the CLI's, already checked) runs on them with Honeycomb's semantics, through `cruddur-engine`, the
//! engine the local Honeycomb server runs. Nothing here computes a calculation, a filter or a time rule:
//! the spec goes to the engine as the JSON Honeycomb's API would take, and its answer comes back as a
//! query result's `data`, so the tables, JSON and CSV are the Honeycomb path's own.

use std::time::Instant;

use cruddur_engine::Store;
use cruddur_engine::query::{QuerySpec as EngineSpec, RunOptions};

use super::copy::LocalCopy;
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::query::{QueryResult, QueryResultData, QuerySpec};
use crate::query::presets::Columns;
use crate::query::run::Finished;

/// The copy's events, in memory.
pub struct Loaded {
    pub copy: LocalCopy,
    pub store: Store,
    /// Spans read.
    pub spans: u64,
}

/// Reads the copy (records that cannot be read are named on stderr and skipped).
pub fn load(context: &Context, copy: LocalCopy, now: i64) -> CliResult<Loaded> {
    let started = Instant::now();
    let mut store = Store::default();
    let mut spans = 0;
    let problems = copy.for_each_record(|request| spans += store.write_spans(request, now).spans)?;
    for problem in problems.iter().take(3) {
        context.ui.warn(&format!("skipped a record of the local copy: {problem}"));
    }
    if problems.len() > 3 {
        context.ui.warn(&format!("... and {} more records that could not be read", problems.len() - 3));
    }
    context.ui.debug(&format!("read {spans} spans from {} in {} ms", copy.dir.display(), started.elapsed().as_millis()));
    Ok(Loaded { copy, store, spans })
}

impl Loaded {
    /// A dataset's columns, as `GET /1/columns` lists them (`__all__`: every dataset's).
    pub fn columns(&self, dataset: &str) -> Columns {
        let mut names: Vec<String> = if dataset == cruddur_engine::ALL_DATASETS {
            let slugs: Vec<String> = self.store.datasets().map(|(slug, _)| slug.to_owned()).collect();
            slugs
                .iter()
                .filter_map(|slug| self.store.table(slug))
                .flat_map(|table| table.columns().iter().map(|c| c.name.to_string()))
                .collect()
        } else {
            self.store
                .table(dataset)
                .map(|table| table.columns().iter().map(|column| column.name.to_string()).collect())
                .unwrap_or_default()
        };
        names.sort();
        names.dedup();
        Columns::new(dataset, names)
    }

    /// Whether the copy has events for `dataset`.
    pub fn has(&self, dataset: &str) -> bool {
        dataset == cruddur_engine::ALL_DATASETS || self.store.table(dataset).is_some_and(|table| !table.is_empty())
    }

    /// Runs `spec` on `dataset` at `now`: `limit` rows (up to 10 000 without series), the series when
    /// asked. A spec the engine refuses is invalid input; a failed run is the query's failure (exit 5).
    pub fn run(&self, dataset: &str, spec: &QuerySpec, now: i64, limit: Option<u32>, series: bool) -> CliResult<Finished> {
        let started = Instant::now();
        let value = serde_json::to_value(spec).map_err(|err| CliError::internal(err.to_string()))?;
        let spec = EngineSpec::from_json(value).map_err(|err| CliError::invalid_input(format!("the query: {err}")))?;
        spec.validate().map_err(|err| CliError::invalid_input(format!("the query: {err}")))?;
        let window = spec.window(now).map_err(|err| CliError::invalid_input(format!("the query: {err}")))?.floored();
        let options = RunOptions {
            limit: RunOptions::limit_for(&spec, if series { None } else { limit.map(i64::from) }),
            disable_series: !series,
            ..RunOptions::default()
        };
        let data = self
            .store
            .run(Some(dataset), &spec, window, &options)
            .map_err(|message| CliError::new(ErrorKind::Rejected, format!("the query failed: {message}")))?;
        let data: QueryResultData = serde_json::from_value(data).map_err(|err| CliError::internal(err.to_string()))?;
        let result = QueryResult { id: "local".to_owned(), complete: true, error: None, data: None, query: None, links: None };
        Ok(Finished { result, data, elapsed: started.elapsed() })
    }
}
