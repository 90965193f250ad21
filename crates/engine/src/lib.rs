//! Honeycomb's data model without Honeycomb: how OTLP spans become events, and how queries run
//! over them.
//!
//! One implementation for both users of it: the local Honeycomb-compatible server
//! (`servers/honeycomb`, which adds HTTP, keys, plans, limits and faults around it) and the CLI,
//! which answers the same queries from a local copy of the traces (the collector's file exporter).
//! No HTTP and no async in here.
//!
//! - [`spans`]: OTLP spans → events, dataset by dataset, as Honeycomb's converter makes them.
//! - [`table`]: the columnar event store, one [`EventTable`] per dataset, strings interned.
//! - [`query`]: query specs (Honeycomb's `Query` schema), their validation, time windows, and
//!   [`query::run`], which computes a result's `data` (`results`, `series`, totals).
//! - [`files`]: the collector's `file` exporter output (OTLP/JSON lines, length-prefixed protobuf).
//! - [`Store`]: datasets by slug plus their interner: what the CLI fills from files and queries.
//!
//! ```
//! use cruddur_engine::{Store, query::{QuerySpec, RunOptions}};
//! use cruddur_otlp::proto::ExportTraceServiceRequest;
//!
//! let mut store = Store::default();
//! store.write_spans(&ExportTraceServiceRequest::default(), 0);
//! let spec = QuerySpec::from_json(serde_json::json!({"calculations": [{"op": "COUNT"}], "time_range": 3600}))?;
//! spec.validate()?;
//! let window = spec.window(1_700_000_000).map_err(std::io::Error::other)?;
//! let data = store.run(None, &spec, window, &RunOptions::default())?;
//! assert_eq!(data["results"], serde_json::json!([]));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod cache;
pub mod files;
mod gojson;
pub mod query;
pub mod spans;
pub mod table;
pub mod util;

use std::collections::BTreeMap;

use cruddur_otlp::proto::ExportTraceServiceRequest;

use query::{QuerySpec, RunOptions, TimeWindow};
pub use spans::{EventSink, Written};
pub use table::{EventTable, Interner};

/// The pseudo-dataset of environment-wide queries.
pub const ALL_DATASETS: &str = "__all__";

/// Events in memory: datasets by slug, their strings in one interner (so equal strings group
/// together across datasets in `__all__` queries).
#[derive(Default)]
pub struct Store {
    strings: Interner,
    /// Slug → (name, events).
    datasets: BTreeMap<String, (String, EventTable)>,
}

impl EventSink for Store {
    fn dataset(&mut self, name: &str) -> Option<(&mut EventTable, &mut Interner)> {
        let (_, events) = self.datasets.entry(util::slugify(name)).or_insert_with(|| (name.to_owned(), EventTable::default()));
        Some((events, &mut self.strings))
    }
}

impl Store {
    /// Adds every span of an OTLP export (decoded from OTLP/JSON or protobuf with `cruddur_otlp`).
    /// `now` (epoch seconds) stamps the columns' `last_written`.
    pub fn write_spans(&mut self, request: &ExportTraceServiceRequest, now: i64) -> Written {
        spans::write(self, request, now)
    }

    /// `(slug, name)` of every dataset, by slug.
    pub fn datasets(&self) -> impl Iterator<Item = (&str, &str)> {
        self.datasets.iter().map(|(slug, (name, _))| (slug.as_str(), name.as_str()))
    }

    /// The events of a dataset, by slug or by name.
    pub fn table(&self, slug_or_name: &str) -> Option<&EventTable> {
        self.datasets.get(slug_or_name).or_else(|| self.datasets.get(&util::slugify(slug_or_name))).map(|(_, t)| t)
    }

    pub fn strings(&self) -> &Interner {
        &self.strings
    }

    /// Runs `spec` over one dataset (slug or name), or every dataset for `None` or `__all__`. A
    /// dataset that does not exist has no events. `Err` is a failed query (Honeycomb's
    /// `complete: true` with `error`).
    pub fn run(&self, dataset: Option<&str>, spec: &QuerySpec, window: TimeWindow, opts: &RunOptions) -> Result<serde_json::Value, String> {
        let tables: Vec<&EventTable> = match dataset {
            None | Some(ALL_DATASETS) => self.datasets.values().map(|(_, t)| t).collect(),
            Some(d) => self.table(d).into_iter().collect(),
        };
        query::engine::run(spec, &tables, &self.strings, window, opts)
    }
}
