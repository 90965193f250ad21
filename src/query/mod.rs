//! `cruddur-obs query`: Honeycomb queries from the terminal and from CI.
//!
//! - [`spec`]: query specs from files or flags, checked before anything is sent (exit 3);
//! - [`time`]: `--since`, `--start`/`--end`, the 7-day rule; [`filter`]: `--where 'column op value'`;
//! - [`presets`]: latency by user, recent traces, slow endpoints, errors, heatmap, built from the
//!   dataset's real columns;
//! - [`run`]: create the query result, poll it (fast, then backing off), respect the rate limit;
//! - [`table`] and [`heatmap`]: results as tables, JSON and CSV, and a heatmap drawn in the terminal.

pub mod filter;
pub mod heatmap;
pub mod presets;
pub mod run;
pub mod spec;
pub mod table;
pub mod time;
