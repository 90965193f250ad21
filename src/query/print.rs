//! Showing a finished query: a result table on stdout with a note for people on stderr (rows, dataset,
//! time, the link to the query in Honeycomb's UI), or a heatmap drawn (table) or listed (JSON, CSV).

use std::io::Write;

use super::execute::{Answer, Reply, TemplateLink};
use super::heatmap::{Grid, slots, table};
use super::presets::UiLinks;
use super::run::Finished;
use super::table::{ResultTable, unit_of};
use super::time::{self, format_rfc3339};
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::query::{CalcOp, QuerySpec};
use crate::output::OutputFormat;

pub use super::heatmap::{HeatmapLayout, fitted_width};

/// Prints what a query command came to: its table or heatmap; or, when the plan has no Query Data API,
/// the Query Template Link (and fails with its own exit code, saying why in one line). With `open`, the
/// query's link is opened in a browser too.
pub fn reply(context: &Context, reply: &Reply, now: i64, layout: HeatmapLayout, open: bool) -> CliResult {
    match reply {
        Reply::Answer(found) => {
            answer(context, found, now, layout)?;
            if open {
                match found.finished.result.links.as_ref().and_then(|links| links.query_url.as_deref()) {
                    Some(url) => crate::browser::open(context, url),
                    None => context.ui.warn("--open: Honeycomb gave no link for this result"),
                }
            }
            Ok(())
        }
        Reply::Template(link) => {
            template(context, link)?;
            if open {
                crate::browser::open(context, &link.url);
            }
            Err(CliError::new(ErrorKind::NotOnPlan, link.reason.clone()))
        }
    }
}

/// The Query Template Link as the result: the URL alone (table), `{dataset, query_url, query}` (JSON),
/// or a `dataset,query_url` row (CSV).
pub fn template(context: &Context, link: &TemplateLink) -> CliResult {
    let mut out = context.ui.out();
    match context.output {
        OutputFormat::Table => writeln!(out, "{}", link.url)?,
        OutputFormat::Json => {
            let value = serde_json::json!({"dataset": link.dataset, "query_url": link.url, "query": link.spec});
            serde_json::to_writer_pretty(&mut *out, &value).map_err(|err| CliError::internal(err.to_string()))?;
            writeln!(out)?;
        }
        OutputFormat::Csv => {
            let mut writer = csv::Writer::from_writer(&mut *out);
            writer.write_record(["dataset", "query_url"]).and_then(|()| writer.write_record([&link.dataset, &link.url])).map_err(
                |err| match err.into_kind() {
                    csv::ErrorKind::Io(io) => CliError::from(io),
                    other => CliError::internal(format!("{other:?}")),
                },
            )?;
            writer.flush()?;
        }
    }
    Ok(())
}

/// Prints an answer: its table, or its heatmap.
pub fn answer(context: &Context, answer: &Answer, now: i64, layout: HeatmapLayout) -> CliResult {
    match (&answer.table, &answer.grid) {
        (Some(table), _) => {
            result_table(context, table, &answer.dataset, &answer.spec, &answer.finished)?;
            if context.output == OutputFormat::Table {
                for note in &answer.notes {
                    context.ui.status(note);
                }
            }
            Ok(())
        }
        (None, Some((column, grid))) => banded(context, column, grid, &answer.dataset, layout.log),
        (None, None) => heatmap(context, &answer.spec, &answer.finished, &answer.dataset, now, layout),
    }
}

/// Draws (table) or lists (JSON, CSV) `query heatmap`'s counts by value band.
fn banded(context: &Context, column: &str, grid: &Grid, dataset: &str, log: bool) -> CliResult {
    if context.output != OutputFormat::Table {
        grid.table().print(&mut *context.ui.out(), context.output)?;
        return Ok(());
    }
    let slots = grid.counts.first().map_or(0, Vec::len) as i64;
    let title = format!(
        "{column} over time · {dataset} · {} to {}{}",
        format_rfc3339(grid.start as f64),
        format_rfc3339((grid.start + grid.step * slots) as f64),
        if log { " · log scale" } else { "" }
    );
    if grid.total == 0 {
        writeln!(context.ui.out(), "{title}\n(no events with {column} in this time range)")?;
        return Ok(());
    }
    writeln!(context.ui.out(), "{}", grid.render(&title, unit_of(column)))?;
    Ok(())
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
            // A link only where there is a UI to open it in: the local server's own URL would lead nowhere.
            if UiLinks::base_from_query_url(url).is_some() {
                note.push_str(&format!(" · {url}"));
            } else {
                note.push_str(" · a local server (no UI to link to)");
            }
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
    context.ui.status(&format!(
        "note: this draws {key} cells as the local Honeycomb server returns them; no public source confirms Honeycomb's \
         format for them (`query heatmap` draws from documented results only)"
    ));
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
