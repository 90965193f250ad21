//! Queries on the local copy: the copy's spans become events as Honeycomb makes them, and a query spec
//! (the CLI's, already checked) runs on them with Honeycomb's semantics, through `cruddur-engine`, the
//! engine the local Honeycomb server runs. Nothing here computes a calculation, a filter or a time rule:
//! the spec goes to the engine as the JSON Honeycomb's API would take, and its answer comes back as a
//! query result's `data`, so the tables, JSON and CSV are the Honeycomb path's own.
//!
//! The events come from the columnar cache ([`super::cache`]), only the columns the query reads; when
//! the cache cannot be written, from memory.

use std::time::Instant;

use cruddur_engine::Store;
use cruddur_engine::query::{QuerySpec as EngineSpec, RunOptions};

use super::cache::{Cache, Refreshed, State};
use super::copy::LocalCopy;
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::query::{QueryResult, QueryResultData, QuerySpec};
use crate::query::presets::Columns;
use crate::query::run::Finished;

/// The copy, ready to answer.
pub struct Loaded {
    pub copy: LocalCopy,
    /// Spans in the copy.
    pub spans: u64,
    events: Events,
    now: i64,
}

enum Events {
    /// In the cache (read per query, only the columns it needs).
    Cached { cache: Cache, state: Box<State>, manifest: cruddur_engine::cache::Manifest },
    /// In memory (the cache could not be written).
    Memory(Box<Store>),
}

/// Brings the copy's cache up to date (reading only what the exporter wrote since) and opens it.
pub fn load(context: &Context, copy: LocalCopy, now: i64) -> CliResult<Loaded> {
    let started = Instant::now();
    let cache = Cache::of(&copy);
    let Refreshed { state, freshness, memory } = cache.refresh(&copy, now)?;
    context.ui.debug(&format!("local copy: read in {} ms", started.elapsed().as_millis()));
    for problem in state.problems.iter().take(3) {
        context.ui.warn(&format!("skipped a record of the local copy: {problem}"));
    }
    let spans = state.spans;
    let segments = state.segments.len();
    let events = match memory {
        Some(store) => {
            context.ui.debug(&format!("{} cannot be written: the copy is read into memory", cache.dir.display()));
            Events::Memory(Box::new(store))
        }
        None => match cache.manifest(&state) {
            Some(manifest) => Events::Cached { cache, state: Box::new(state), manifest },
            None => return Err(CliError::internal(format!("the cache in {} cannot be read", cache.dir.display()))),
        },
    };
    context.ui.debug(&format!(
        "local copy {}: {spans} spans, cache {freshness:?} ({segments} segments) in {} ms",
        copy.dir.display(),
        started.elapsed().as_millis()
    ));
    Ok(Loaded { copy, spans, events, now })
}

impl Loaded {
    /// A dataset's columns, as `GET /1/columns` lists them (`__all__`: every dataset's).
    pub fn columns(&self, dataset: &str) -> Columns {
        let all = dataset == cruddur_engine::ALL_DATASETS;
        let slug = cruddur_engine::util::slugify(dataset);
        let mut names: Vec<String> = match &self.events {
            Events::Cached { manifest, .. } => manifest
                .datasets
                .iter()
                .filter(|entry| all || entry.slug == slug || entry.name == dataset)
                .flat_map(|entry| entry.columns.iter().cloned())
                .collect(),
            Events::Memory(store) => {
                let slugs: Vec<String> = store.datasets().map(|(slug, _)| slug.to_owned()).collect();
                slugs
                    .iter()
                    .filter(|candidate| all || **candidate == slug)
                    .filter_map(|slug| store.table(slug))
                    .flat_map(|table| table.columns().iter().map(|column| column.name.to_string()))
                    .collect()
            }
        };
        names.sort();
        names.dedup();
        Columns::new(dataset, names)
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
        let read;
        let store: &Store = match &self.events {
            Events::Memory(store) => store,
            Events::Cached { cache, state, manifest } => {
                let slug = cruddur_engine::util::slugify(dataset);
                let slugs: Vec<&str> = manifest
                    .datasets
                    .iter()
                    .filter(|entry| dataset == cruddur_engine::ALL_DATASETS || entry.slug == slug || entry.name == dataset)
                    .map(|entry| entry.slug.as_str())
                    .collect();
                read = cache.read(state, Some(&slugs), Some(&spec.columns_read()), self.now)?;
                &read
            }
        };
        let data = store
            .run(Some(dataset), &spec, window, &options)
            .map_err(|message| CliError::new(ErrorKind::Rejected, format!("the query failed: {message}")))?;
        let data: QueryResultData = serde_json::from_value(data).map_err(|err| CliError::internal(err.to_string()))?;
        let result = QueryResult { id: "local".to_owned(), complete: true, error: None, data: None, query: None, links: None };
        Ok(Finished { result, data, elapsed: started.elapsed() })
    }
}
