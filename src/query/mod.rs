//! `cruddur-obs query`: Honeycomb queries from the terminal and from CI.
//!
//! - [`spec`]: query specs from files or flags, checked before anything is sent (exit 3);
//! - [`time`]: `--since`, `--start`/`--end`, the 7-day rule; [`filter`]: `--where 'column op value'`;
//! - [`presets`]: latency by user, recent traces, slow endpoints, errors, heatmap, built from the
//!   dataset's real columns;
//! - [`plan`]: the planner: the flags checked into a [`plan::Prepared`] query before anything is sent;
//! - [`execute`]: the executor: columns, the query, its result, as an [`execute::Answer`];
//! - [`run`]: create the query result, poll it (fast, then backing off), respect the rate limit;
//! - [`links`]: links into Honeycomb's UI (traces, and the Query Template Link plans without the
//!   Query Data API get instead of a table);
//! - [`saved`]: saved queries (annotations with the preset they came from);
//! - [`table`] and [`heatmap`]: results as tables, JSON and CSV, and a heatmap drawn in the terminal
//!   (both read HEATMAP cells with [`buckets`]);
//!   [`print`](mod@print) shows an answer with them.

pub mod buckets;
pub mod execute;
pub mod filter;
pub mod heatmap;
pub mod links;
pub mod plan;
pub mod presets;
pub mod print;
pub mod run;
pub mod saved;
pub mod spec;
pub mod table;
pub mod time;
