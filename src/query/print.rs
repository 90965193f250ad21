//! Showing a finished query: a result table on stdout with a note for people on stderr (rows, dataset,
//! time, the link to the query in Honeycomb's UI), or a heatmap drawn (table) or listed (JSON, CSV).

use std::io::Write;

use super::execute::Answer;
use super::heatmap::{Grid, slots, table};
use super::run::Finished;
use super::table::{ResultTable, unit_of};
use super::time::{self, format_rfc3339};
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::query::{CalcOp, QuerySpec};
use crate::output::OutputFormat;

/// How a heatmap is drawn on a terminal.
#[derive(Debug, Clone, Copy)]
pub struct HeatmapLayout {
    /// Value bands.
    pub rows: usize,
    /// Time buckets, when the result does not say.
    pub width: usize,
    /// Logarithmic value bands.
    pub log: bool,
}

impl HeatmapLayout {
    /// 12 bands, as wide as the terminal, linear: heatmaps that come from `query run` or a saved query.
    pub fn fitted() -> HeatmapLayout {
        HeatmapLayout { rows: 12, width: fitted_width(), log: false }
    }
}

/// Columns for the drawing: the terminal's width less the labels, else $COLUMNS, else 80.
pub fn fitted_width() -> usize {
    let terminal = comfy_table::Table::new().width().map(usize::from).filter(|width| *width >= 40);
    let columns = terminal.or_else(|| std::env::var("COLUMNS").ok().and_then(|text| text.parse().ok())).unwrap_or(80);
    columns.saturating_sub(20).clamp(10, 120)
}

/// Prints an answer: its table, or its heatmap.
pub fn answer(context: &Context, answer: &Answer, now: i64, layout: HeatmapLayout) -> CliResult {
    match &answer.table {
        Some(table) => result_table(context, table, &answer.dataset, &answer.spec, &answer.finished),
        None => heatmap(context, &answer.spec, &answer.finished, &answer.dataset, now, layout),
    }
}

/// Prints a result table, with a note on stderr for people (rows, dataset, time, the link to the query
/// in Honeycomb's UI).
pub fn result_table(context: &Context, table: &ResultTable, dataset: &str, spec: &QuerySpec, finished: &Finished) -> CliResult {
    table.print_for(&mut *context.ui.out(), context.output, &context.ui.sink())?;
    if context.output == OutputFormat::Table {
        let (start, end) = time::window(spec, time::now_secs());
        let span = if spec.start_time.is_none() && spec.end_time.is_none() {
            format!("last {}", time::format_secs(end - start))
        } else {
            format!("{} to {}", time::format_rfc3339(start as f64), time::format_rfc3339(end as f64))
        };
        let rows = table.rows.len();
        let mut note =
            format!("{rows} row{} · {dataset} · {span} · {:.1} s", if rows == 1 { "" } else { "s" }, finished.elapsed.as_secs_f64());
        if let Some(url) = finished.result.links.as_ref().and_then(|links| links.query_url.as_deref()) {
            note.push_str(&format!(" · {url}"));
        }
        context.ui.status(&note);
    }
    Ok(())
}

/// Draws (table) or lists (JSON, CSV) a finished heatmap query.
pub fn heatmap(context: &Context, spec: &QuerySpec, finished: &Finished, dataset: &str, now: i64, layout: HeatmapLayout) -> CliResult {
    let HeatmapLayout { rows, width, log } = layout;
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
        table(&found).print_for(&mut *context.ui.out(), context.output, &context.ui.sink())?;
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
    // The title names the dataset and the column: text from the command line or the config file, drawn
    // for a person (escaped, as every table is).
    let sink = crate::output::sanitize::Sink { terminal: true, ..context.ui.sink() };
    if grid.total == 0 {
        writeln!(context.ui.out(), "{}", sink.text(&format!("{title}\n(no events with {column} in this time range)")))?;
        return Ok(());
    }
    writeln!(context.ui.out(), "{}", sink.text(&grid.render(&title, unit_of(&column))))?;
    Ok(())
}
