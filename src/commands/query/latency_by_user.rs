//! `cruddur-obs query latency-by-user`: P50, P90, P99 of duration_ms and COUNT per user, slowest first.

use clap::Args;

use super::{CommonArgs, Job, answer, prepare, run_preset};
use crate::context::Context;
use crate::error::CliResult;
use crate::query::presets::{PresetKind, PresetOptions};
use crate::settings::honeycomb::HoneycombSettings;

#[derive(Debug, Args)]
#[command(after_help = "\
The user column is found in the dataset (GET /1/columns): the first of app.user_id, user.id, enduser.id, \
app.user_handle, app.user, ... that exists; --user-column names another. Only events with a user are counted: \
the spans that carry the column, which may be an inner span rather than the whole request (the note under \
the table says which column and how many spans).

JSON and CSV: user, p50_ms, p90_ms, p99_ms, count (the unit follows the column: p99_s for a *_s column).

--requests: two queries (the traces each user appears in, up to 1000; then those traces' root spans), \
joined here: per user P50, P90, P99 of whole requests, and their number (JSON and CSV: requests).")]
pub struct LatencyByUserArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// The column holding the user [default: found in the dataset]
    #[arg(long, value_name = "COLUMN")]
    pub user_column: Option<String>,
    /// The latency column [default: duration_ms]
    #[arg(long, value_name = "COLUMN")]
    pub column: Option<String>,
    /// Whole requests: per user, the root span's duration of each trace the user appears in (on any span)
    #[arg(long)]
    pub requests: bool,
}

pub async fn run(context: &Context, settings: &HoneycombSettings, args: LatencyByUserArgs) -> CliResult {
    let options = PresetOptions { user_column: args.user_column, column: args.column, ..PresetOptions::default() };
    if args.requests {
        let prepared = prepare(context, settings, &args.common.flags())?;
        let job = Job::LatencyByRequest(options);
        return answer(context, settings, args.common.source.source, &prepared, job, args.common.link.open).await;
    }
    run_preset(context, settings, PresetKind::LatencyByUser, &args.common, options).await
}
