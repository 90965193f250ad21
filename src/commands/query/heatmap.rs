//! `cruddur-obs query heatmap`: a HEATMAP of duration_ms over time, drawn in the terminal.

use clap::Args;

use super::{DatasetArgs, FilterArgs, TimeArgs, WaitArgs, client, columns, not_found_hint, prepare};
use std::io::Write;

use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::client::Scope;
use crate::honeycomb::query::{CalcOp, QuerySpec};
use crate::output::OutputFormat;
use crate::query::heatmap::{Grid, slots, table};
use crate::query::presets::{self, PresetKind, PresetOptions};
use crate::query::run::{Finished, explain};
use crate::query::table::unit_of;
use crate::query::time::{self, format_rfc3339};
use crate::settings::honeycomb::HoneycombSettings;

#[derive(Debug, Args)]
#[command(after_help = "\
Time runs across (one column per time bucket, as many as fit the terminal), the value up (--rows bands, \
linear, or --log); each cell is shaded by its count. JSON and CSV get Honeycomb's buckets as they came: \
time, lower, upper, count.")]
pub struct HeatmapArgs {
    #[command(flatten)]
    pub dataset: DatasetArgs,
    #[command(flatten)]
    pub time: TimeArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub wait: WaitArgs,
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

/// Columns for the drawing: the terminal's width less the labels, else $COLUMNS, else 80.
pub(crate) fn fitted_width() -> usize {
    let terminal = comfy_table::Table::new().width().map(usize::from).filter(|width| *width >= 40);
    let columns = terminal.or_else(|| std::env::var("COLUMNS").ok().and_then(|text| text.parse().ok())).unwrap_or(80);
    columns.saturating_sub(20).clamp(10, 120)
}

pub async fn run(context: &Context, settings: &HoneycombSettings, args: HeatmapArgs) -> CliResult {
    let prepared = prepare(context, settings, &args.dataset, &args.time, &args.filter, None, &args.wait)?;
    let client = client(context, settings, Scope::Environment)?;
    let dataset = prepared.dataset.clone();
    let columns = columns(&client, &dataset).await?;
    let width = args.width.map_or_else(fitted_width, usize::from);
    let mut probe = QuerySpec::default();
    prepared.bounds.apply(&mut probe);
    let (start, end) = time::window(&probe, prepared.now);
    let step = ((end - start) as f64 / width as f64).ceil().max(1.0) as i64;
    let options = PresetOptions { column: args.column, granularity: Some(step), ..PresetOptions::default() };
    let mut spec = presets::build(PresetKind::Heatmap, &columns, &options)?;
    prepared.apply(&mut spec, "the heatmap query")?;
    let query = client.create_query(&dataset, &spec).await.map_err(|err| not_found_hint(explain(err), &dataset))?;
    let finished = crate::query::run::run(context, &client, &dataset, &query.id, prepared.settings(&spec, true)).await?;
    show(context, &spec, &finished, &dataset, prepared.now, usize::from(args.rows), width, args.log)
}

/// Draws (table) or lists (JSON, CSV) a finished heatmap query; `saved run` uses it too.
#[allow(clippy::too_many_arguments)]
pub(crate) fn show(
    context: &Context,
    spec: &QuerySpec,
    finished: &Finished,
    dataset: &str,
    now: i64,
    rows: usize,
    width: usize,
    log: bool,
) -> CliResult {
    let (start, end) = time::window(spec, now);
    let Some(heatmap) = spec.calculations.iter().find(|calculation| calculation.op == CalcOp::Heatmap) else {
        return Err(CliError::invalid_input("the query has no HEATMAP calculation to draw"));
    };
    let key = heatmap.label();
    let found = slots(&finished.data.series, &finished.data.results, &key, start).map_err(|err| {
        CliError::new(ErrorKind::Unavailable, format!("Honeycomb's {key} result: {err}"))
            .with_hint("`cruddur-obs query run -o json` with a HEATMAP calculation shows what came back")
    })?;
    // The time buckets: the query's granularity, else the spacing Honeycomb chose (the smallest gap
    // between its series points), else the terminal's width.
    let mut times: Vec<i64> = found.iter().map(|(time, _)| *time).collect();
    times.sort_unstable();
    times.dedup();
    let spacing = times.windows(2).map(|pair| pair[1] - pair[0]).min();
    let step = spec.granularity.or(spacing).unwrap_or_else(|| ((end - start) as f64 / width as f64).ceil().max(1.0) as i64).max(1);
    let width = usize::try_from((end - start + step - 1) / step).unwrap_or(width).clamp(1, 1000);
    if context.output != OutputFormat::Table {
        table(&found).print(&mut *context.ui.out(), context.output)?;
        return Ok(());
    }
    let grid = Grid::build(&found, start, step, width, rows, log);
    let column = heatmap.column.clone().unwrap_or_default();
    let title = format!(
        "{key} · {dataset} · {} to {}{}",
        format_rfc3339(start as f64),
        format_rfc3339(end as f64),
        if log { " · log scale" } else { "" }
    );
    if grid.total == 0 {
        writeln!(context.ui.out(), "{title}\n(no events with {column} in this time range)")?;
        return Ok(());
    }
    writeln!(context.ui.out(), "{}", grid.render(&title, unit_of(&column)))?;
    Ok(())
}
