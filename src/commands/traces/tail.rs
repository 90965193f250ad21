//! `cruddur-obs traces tail`: spans as they arrive in the local copy, filtered with the same `--where`
//! syntax (and the same engine) as queries.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use serde_json::{Map, Value};

use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::honeycomb::query::{FilterCombination, QuerySpec};
use crate::output::OutputFormat;
use crate::query::filter::{WHERE_HELP, parse_where};
use crate::query::time::{format_rfc3339, now_secs};
use crate::traces::copy::LocalCopy;
use crate::traces::tail::{Follower, matching_events};

/// How often the copy's files are looked at: the exporter flushes about once a second.
const POLL: Duration = Duration::from_millis(250);

#[derive(Debug, Args)]
#[command(after_help = "\
One line per event as it arrives (Honeycomb's events: one per span, and one per span event): time, \
service, name, duration, trace ID, ✗ for an error. -o json: one JSON object per line, the event's fields \
and time (RFC 3339). Rotation loses nothing: files are followed by identity, a new one from its start. \
Stops on Ctrl-C, or after --count events.")]
pub struct TailArgs {
    /// A filter, 'COLUMN OP VALUE' (repeatable): 'duration_ms > 250', 'service.name = backend-flask', 'error exists'
    #[arg(long = "where", short = 'w', value_name = "FILTER", long_help = WHERE_HELP)]
    pub filters: Vec<String>,
    /// Match events that pass any --where (default: all of them)
    #[arg(long)]
    pub any: bool,
    /// Print what the copy already holds first
    #[arg(long)]
    pub from_start: bool,
    /// Stop after N events
    #[arg(long, value_name = "N")]
    pub count: Option<u64>,
    /// The workspace whose local copy to follow [default: the current directory]
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

pub async fn run(context: &Context, args: TailArgs) -> CliResult {
    if context.output == OutputFormat::Csv {
        return Err(CliError::invalid_input("traces tail prints lines or JSON lines: -o csv is not one of them")
            .with_hint("-o json gives one JSON object per event"));
    }
    let mut problems = Vec::new();
    let filters =
        args.filters.iter().filter_map(|text| parse_where(text).map_err(|err| problems.push(format!("--where {err}"))).ok()).collect();
    if !problems.is_empty() {
        return Err(CliError::invalid_input(problems.join("; ")));
    }
    let combination = args.any.then_some(FilterCombination::Or);
    let spec = QuerySpec { filters, filter_combination: combination, ..QuerySpec::default() };
    let start = args.dir.as_deref().map_or_else(|| context.cwd.clone(), |dir| context.path(dir));
    let copy = LocalCopy::expected(&start);
    if !copy.dir.is_dir() {
        return Err(CliError::invalid_input(format!("no local copy of the traces at {}", copy.dir.display())).with_hint(
            "the collector's file exporter writes it (`cruddur-obs init` adds it to the collector pipeline); run from the workspace",
        ));
    }
    let mut follower = Follower::start(copy, args.from_start)?;
    context.ui.status(&format!("following {} (Ctrl-C to stop)", follower.copy.dir.display()));
    let mut shown = 0;
    loop {
        let (requests, problems) = follower.poll()?;
        for problem in problems {
            context.ui.warn(&problem);
        }
        let events = matching_events(&requests, &spec, now_secs())?;
        {
            let mut out = context.ui.out();
            for (timestamp, fields) in events {
                if args.count.is_some_and(|count| shown >= count) {
                    break;
                }
                match context.output {
                    OutputFormat::Json => writeln!(out, "{}", json_line(timestamp, fields))?,
                    _ => writeln!(out, "{}", line(timestamp, &fields))?,
                }
                shown += 1;
            }
            out.flush()?;
        }
        if args.count.is_some_and(|count| shown >= count) {
            return Ok(());
        }
        tokio::time::sleep(POLL).await;
    }
}

fn json_line(timestamp: i64, mut fields: Map<String, Value>) -> String {
    fields.insert("time".to_owned(), Value::from(format_rfc3339(timestamp as f64 / 1e9)));
    Value::Object(fields).to_string()
}

/// `2026-12-06T06:03:22.123Z  backend-flask  GET /api/activities/home  12.3 ms  30ea74fa…  ✗`
fn line(timestamp: i64, fields: &Map<String, Value>) -> String {
    let text = |key: &str| fields.get(key).map(|value| value.as_str().map_or_else(|| value.to_string(), str::to_owned)).unwrap_or_default();
    let duration = fields.get("duration_ms").and_then(Value::as_f64).map_or_else(|| "-".to_owned(), |ms| format!("{ms:.1} ms"));
    let error = if fields.get("error").and_then(Value::as_bool) == Some(true) { "  ✗" } else { "" };
    format!(
        "{}  {:<16}  {:<32}  {:>10}  {}{error}",
        format_rfc3339(timestamp as f64 / 1e9),
        text("service.name"),
        text("name"),
        duration,
        text("trace.trace_id")
    )
}
