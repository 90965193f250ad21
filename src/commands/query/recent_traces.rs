//! `cruddur-obs query recent-traces`: the latest root spans, each with a link to its trace in Honeycomb;
//! `--show N` draws the first N of them as waterfalls from the local copy below the table.

use std::io::Write;

use clap::Args;
use serde_json::Value;

use super::{CommonArgs, Job, answered, prepare};
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::OutputFormat;
use crate::query::execute::Reply;
use crate::query::presets::{PresetKind, PresetOptions};
use crate::settings::honeycomb::HoneycombSettings;
use crate::traces::copy::LocalCopy;
use crate::traces::show::{from_local_copy, print};

#[derive(Debug, Args)]
#[command(after_help = "\
Root spans (no trace.parent_id), newest first, by EVENT_TIMESTAMP(). Links use the team and environment \
slugs from GET /1/auth and the UI of the key's region (ui.honeycomb.io or ui.eu1.honeycomb.io); against \
an API that is not Honeycomb's (the local server, which has no UI) there are no links, and a note says so.

JSON and CSV: time (RFC 3339), trace_id, name, http_status, error, duration_ms, url; service with -d __all__.

--show N: below the table, the first N traces as `trace show` draws them, from the workspace's local copy \
(whichever source answered the table); a trace the copy does not have is named on stderr. Tables only: \
scripts ask `trace show ID -o json` per trace.")]
pub struct RecentTracesArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// The duration column [default: duration_ms]
    #[arg(long, value_name = "COLUMN")]
    pub column: Option<String>,
    /// Draw the first N traces of the table as waterfalls, from the local copy
    #[arg(long, value_name = "N")]
    pub show: Option<usize>,
}

pub async fn run(context: &Context, settings: &HoneycombSettings, args: RecentTracesArgs) -> CliResult {
    if args.show.is_some() && context.output != OutputFormat::Table {
        return Err(CliError::invalid_input("--show draws waterfalls below a table: it needs -o table")
            .with_hint("for scripts, `cruddur-obs trace show TRACE_ID -o json` gives one trace as JSON"));
    }
    let options = PresetOptions { column: args.column, ..PresetOptions::default() };
    let prepared = prepare(context, settings, &args.common.flags())?;
    let job = Job::Preset(PresetKind::RecentTraces, options);
    let reply = answered(context, settings, args.common.source.source, &prepared, job, args.common.link.open).await?;
    let Some(count) = args.show.filter(|count| *count > 0) else { return Ok(()) };
    let traces = shown_traces(&reply, count);
    if traces.is_empty() {
        return Ok(());
    }
    let copy = LocalCopy::expected(&context.cwd);
    for (trace_id, url) in traces {
        match from_local_copy(context, &copy, &trace_id)? {
            Some(waterfall) => {
                writeln!(context.ui.out())?;
                print(context, &waterfall, url.as_deref())?;
            }
            None => context.ui.status(&format!("trace {trace_id} is not in the local copy ({})", copy.dir.display())),
        }
    }
    Ok(())
}

/// The first `count` trace IDs of the table, each with its Honeycomb link when the row has one.
fn shown_traces(reply: &Reply, count: usize) -> Vec<(String, Option<String>)> {
    let Reply::Answer(answer) = reply else { return Vec::new() };
    let Some(table) = &answer.table else { return Vec::new() };
    let position = |name: &str| table.columns.iter().position(|column| column.name == name);
    let Some(trace) = position("trace_id") else { return Vec::new() };
    let url = position("url");
    table
        .rows
        .iter()
        .filter_map(|row| {
            let trace_id = row.get(trace)?.as_str()?.to_owned();
            let url = url.and_then(|index| row.get(index)).and_then(Value::as_str).map(str::to_owned);
            Some((trace_id, url))
        })
        .take(count)
        .collect()
}
