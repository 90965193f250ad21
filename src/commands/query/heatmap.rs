//! `cruddur-obs query heatmap`: a HEATMAP of duration_ms over time, drawn in the terminal.

use clap::Args;

use super::{EventsArgs, WaitArgs, prepare};
use crate::context::Context;
use crate::error::CliResult;
use crate::query::print::{HeatmapLayout, fitted_width};

use crate::settings::honeycomb::HoneycombSettings;

#[derive(Debug, Args)]
#[command(after_help = "\
Time runs across (one column per time bucket, as many as fit the terminal), the value up (--rows bands, \
linear, or --log); each cell is shaded by its count. Two query runs, both in documented result formats: \
MIN/MAX/COUNT of the column, then COUNT by value band (a calculated field) as a time series. JSON and \
CSV: one row per non-empty cell: time, lower, upper, count.")]
pub struct HeatmapArgs {
    #[command(flatten)]
    pub events: EventsArgs,
    #[command(flatten)]
    pub wait: WaitArgs,
    #[command(flatten)]
    pub link: super::OpenArgs,
    #[command(flatten)]
    pub source: super::SourceArgs,
    /// The value to draw [default: duration_ms]
    #[arg(long, value_name = "COLUMN")]
    pub column: Option<String>,
    /// Value bands (rows)
    #[arg(long, default_value_t = 12, value_parser = clap::value_parser!(u16).range(2..=60))]
    pub rows: u16,
    /// Time buckets (columns) [default: what fits the terminal, at most 120]
    #[arg(long, value_parser = clap::value_parser!(u16).range(5..=400))]
    pub width: Option<u16>,
    /// Logarithmic value bands (long-tailed latencies)
    #[arg(long)]
    pub log: bool,
}

pub async fn run(context: &Context, settings: &HoneycombSettings, args: HeatmapArgs) -> CliResult {
    let prepared = prepare(context, settings, &args.events.flags(None, &args.wait))?;
    let width = args.width.map_or_else(fitted_width, usize::from);
    let layout = HeatmapLayout { rows: usize::from(args.rows), width, log: args.log };
    super::answer(context, settings, args.source.source, &prepared, super::Job::Heatmap(args.column, layout), args.link.open).await
}
