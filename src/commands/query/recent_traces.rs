//! `cruddur-obs query recent-traces`: the latest root spans, each with a link to its trace in Honeycomb.

use clap::Args;

use super::{CommonArgs, run_preset};
use crate::context::Context;
use crate::error::CliResult;
use crate::query::presets::{PresetKind, PresetOptions};
use crate::settings::honeycomb::HoneycombSettings;

#[derive(Debug, Args)]
#[command(after_help = "\
Root spans (no trace.parent_id), newest first, by EVENT_TIMESTAMP(). Links use the team and environment \
slugs from GET /1/auth and the UI of the key's region (ui.honeycomb.io or ui.eu1.honeycomb.io); against \
an API that is not Honeycomb's (the local server, which has no UI) there are no links, and a note says so.

JSON and CSV: time (RFC 3339), trace_id, name, http_status, error, duration_ms, url; service with -d __all__.")]
pub struct RecentTracesArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// The duration column [default: duration_ms]
    #[arg(long, value_name = "COLUMN")]
    pub column: Option<String>,
}

pub async fn run(context: &Context, settings: &HoneycombSettings, args: RecentTracesArgs) -> CliResult {
    let options = PresetOptions { column: args.column, ..PresetOptions::default() };
    run_preset(context, settings, PresetKind::RecentTraces, &args.common, options).await
}
