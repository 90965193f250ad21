//! `cruddur-obs query slow-endpoints`: P50, P99 and COUNT per route (or root span name), slowest first.

use clap::Args;

use super::{CommonArgs, run_preset};
use crate::context::Context;
use crate::error::CliResult;
use crate::query::presets::{PresetKind, PresetOptions};
use crate::settings::honeycomb::HoneycombSettings;

#[derive(Debug, Args)]
#[command(after_help = "\
Endpoints are http.route (OpenTelemetry's Flask instrumentation sets it), else url.path or http.target, \
else the root span's name; --by groups by other columns instead.

JSON and CSV: endpoint, p50_ms, p99_ms, count (with --by: each column's name in snake_case).")]
pub struct SlowEndpointsArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Group by these columns instead (repeatable)
    #[arg(long, value_name = "COLUMN")]
    pub by: Vec<String>,
    /// The latency column [default: duration_ms]
    #[arg(long, value_name = "COLUMN")]
    pub column: Option<String>,
}

pub async fn run(context: &Context, settings: &HoneycombSettings, args: SlowEndpointsArgs) -> CliResult {
    let options = PresetOptions { by: args.by, column: args.column, ..PresetOptions::default() };
    run_preset(context, settings, PresetKind::SlowEndpoints, &args.common, options).await
}
