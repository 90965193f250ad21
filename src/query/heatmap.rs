//! `query heatmap`: the values of a column (duration_ms) over time, drawn in the terminal the way
//! Honeycomb draws a heatmap: time across, the value up, each cell shaded by how many events fell in it.
//!
//! Drawn only from result formats Honeycomb documents. A HEATMAP calculation's cells are not one of
//! them (no public example shows their shape), so `query heatmap` asks two plain questions instead:
//! MIN, MAX and COUNT of the column (the value bands' range), then COUNT broken down by a calculated
//! field that numbers each event's band (nested `IF(LT($column, edge), ...)`), as a time series with
//! one point per column of the drawing. Every cell is then an exact count, on any Honeycomb that runs
//! queries, and on the local copy alike. A HEATMAP in a spec of one's own (`query run`, a saved query)
//! is still drawn from its cells as the local server returns them, with a note that this shape is
//! unconfirmed. JSON and CSV get one row per non-empty cell: time, lower, upper, count.

use serde_json::Value;

use super::buckets::{Bucket, parse_buckets};
use super::table::{ResultColumn, ResultTable};
use super::time::{format_rfc3339, parse_rfc3339};
use crate::honeycomb::query::{CalcOp, CalculatedField, Calculation, QuerySpec, ResultRow};

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

/// Counts on one grid: `counts[row][slot]`, row 0 the lowest values. Honeycomb's counts are u64; their
/// sums are u128, so no total can wrap however large the counts a server sends.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    pub start: i64,
    pub step: i64,
    pub edges: Vec<f64>,
    pub counts: Vec<Vec<u128>>,
    pub total: u128,
}

/// One time slot's buckets: `(slot start in Unix seconds, buckets)`.
pub type Slot = (i64, Vec<Bucket>);

/// Reads the HEATMAP column `key` of every series point (or of the single result row when there is no
/// series).
pub fn slots(series: &[ResultRow], results: &[ResultRow], key: &str, start: i64) -> Result<Vec<Slot>, String> {
    let mut out = Vec::new();
    let points = if series.is_empty() { results } else { series };
    for point in points {
        let Some(value) = point.data.get(key) else { continue };
        let time = match point.time.as_deref() {
            Some(text) => parse_rfc3339(text).map_err(|err| format!("series time {text:?}: {err}"))?,
            None => start,
        };
        out.push((time, parse_buckets(value)?));
    }
    Ok(out)
}

impl Grid {
    /// Re-bins `slots` onto `slot_count` columns from `start` (each `step` seconds) and `rows` value
    /// bands, linear or logarithmic.
    pub fn build(slots: &[Slot], start: i64, step: i64, slot_count: usize, rows: usize, log: bool) -> Grid {
        let step = step.max(1);
        let rows = rows.max(1);
        let buckets = slots.iter().flat_map(|(_, buckets)| buckets).filter(|bucket| bucket.count > 0);
        let (low, high) =
            buckets.fold((f64::INFINITY, f64::NEG_INFINITY), |(low, high), bucket| (low.min(bucket.lower), high.max(bucket.upper)));
        let edges = edges(low, high, rows, log);
        let mut counts = vec![vec![0u128; slot_count.max(1)]; rows];
        let mut total: u128 = 0;
        for (time, buckets) in slots {
            let slot = ((time - start).max(0) / step) as usize;
            let slot = slot.min(slot_count.max(1) - 1);
            for bucket in buckets.iter().filter(|bucket| bucket.count > 0) {
                let middle = (bucket.lower + bucket.upper) / 2.0;
                let row = edges[1..].iter().position(|edge| middle < *edge).unwrap_or(rows - 1);
                counts[row][slot] += u128::from(bucket.count);
                total += u128::from(bucket.count);
            }
        }
        Grid { start, step, edges, counts, total }
    }

    /// The grid of a banded count: series points `{time, data: {BAND: index, COUNT: n}}` (see
    /// [`band_spec`]) on `slot_count` columns of `step` seconds from `start`.
    pub fn from_bands(series: &[ResultRow], edges: Vec<f64>, start: i64, step: i64, slot_count: usize) -> Result<Grid, String> {
        let step = step.max(1);
        let rows = edges.len().saturating_sub(1).max(1);
        let mut counts = vec![vec![0u128; slot_count.max(1)]; rows];
        let mut total: u128 = 0;
        for point in series {
            let (Some(band), Some(count)) = (point.data.get(BAND).and_then(Value::as_f64), point.data.get("COUNT").and_then(Value::as_f64))
            else {
                continue;
            };
            let time = match point.time.as_deref() {
                Some(text) => parse_rfc3339(text).map_err(|err| format!("series time {text:?}: {err}"))?,
                None => start,
            };
            let slot = (((time - start).max(0) / step) as usize).min(slot_count.max(1) - 1);
            let row = (band.max(0.0) as usize).min(rows - 1);
            // A float count beyond u64 saturates (as casts do); the sums are u128, so they cannot wrap.
            let count = u128::from(count.round().max(0.0) as u64);
            counts[row][slot] += count;
            total += count;
        }
        Ok(Grid { start, step, edges, counts, total })
    }

    /// One row per non-empty cell, for JSON and CSV: time, lower, upper, count.
    pub fn table(&self) -> ResultTable {
        let mut slots: Vec<Slot> = Vec::new();
        let width = self.counts.first().map_or(0, Vec::len);
        for slot in 0..width {
            let buckets = (0..self.counts.len())
                .map(|row| Bucket {
                    lower: self.edges[row],
                    upper: self.edges[row + 1],
                    count: u64::try_from(self.counts[row][slot]).unwrap_or(u64::MAX),
                })
                .collect();
            slots.push((self.start + self.step * slot as i64, buckets));
        }
        table(&slots)
    }

    fn max(&self) -> u128 {
        self.counts.iter().flatten().copied().max().unwrap_or(0)
    }

    /// The shade for a count: blank for none, then four steps up to the busiest cell.
    fn shade(count: u128, max: u128) -> char {
        const SHADES: [char; 4] = ['░', '▒', '▓', '█'];
        if count == 0 || max == 0 {
            return ' ';
        }
        let level = ((count as f64 / max as f64) * 4.0).ceil() as usize;
        SHADES[level.clamp(1, 4) - 1]
    }

    /// The drawing: a title, one line per value band (highest first) with its lower edge and total,
    /// the time axis, and the legend.
    pub fn render(&self, title: &str, unit: Option<&str>) -> String {
        let max = self.max();
        let labels: Vec<String> = self.edges[..self.edges.len() - 1].iter().map(|edge| format_value(*edge)).collect();
        let label_width = labels.iter().map(String::len).max().unwrap_or(1).max(unit.map_or(0, str::len));
        let totals: Vec<u128> = self.counts.iter().map(|row| row.iter().sum()).collect();
        let total_width = totals.iter().map(|total| total.to_string().len()).max().unwrap_or(1);
        let slots = self.counts.first().map_or(0, Vec::len);
        let mut out = format!("{title}\n");
        if let Some(unit) = unit {
            out.push_str(&format!("{unit:>label_width$}\n"));
        }
        for row in (0..self.counts.len()).rev() {
            let cells: String = self.counts[row].iter().map(|count| Grid::shade(*count, max)).collect();
            out.push_str(&format!("{:>label_width$} │{cells}│ {:>total_width$}\n", labels[row], totals[row]));
        }
        out.push_str(&format!("{:>label_width$} └{}┘\n", "", "─".repeat(slots)));
        let from = format_rfc3339(self.start as f64);
        let to = format_rfc3339((self.start + self.step * slots as i64) as f64);
        let gap = (slots + 2).saturating_sub(from.len() + to.len()).max(1);
        out.push_str(&format!("{:>label_width$}  {from}{}{to}\n", "", " ".repeat(gap)));
        let legend: Vec<String> = (1..=4)
            .filter_map(|level| {
                let low = (max as f64 * (level - 1) as f64 / 4.0).floor() as u128 + 1;
                let high = (max as f64 * level as f64 / 4.0).floor() as u128;
                (high >= low).then(|| {
                    let shade = ['░', '▒', '▓', '█'][level - 1];
                    if low == high { format!("{shade} {low}") } else { format!("{shade} {low}-{high}") }
                })
            })
            .collect();
        out.push_str(&format!(
            "{:>label_width$}  {}   (events per cell; 1 column = {}; {} events)",
            "",
            legend.join("  "),
            super::time::format_secs(self.step),
            self.total
        ));
        out
    }
}

/// The calculated field numbering an event's value band.
pub const BAND: &str = "value_band";

/// `rows + 1` band edges from `low` to `high`, linear or logarithmic (long-tailed latencies).
pub fn edges(low: f64, high: f64, rows: usize, log: bool) -> Vec<f64> {
    let rows = rows.max(1);
    let (low, mut high) = if low.is_finite() && high.is_finite() { (low, high) } else { (0.0, 1.0) };
    if high <= low {
        high = low + 1.0;
    }
    if log {
        let floor = if low > 0.0 { low } else { (high / 1e4).max(1e-3) };
        let ratio = (high / floor).max(1.0 + 1e-9).powf(1.0 / rows as f64);
        let mut edges: Vec<f64> = (0..=rows).map(|index| floor * ratio.powi(index as i32)).collect();
        edges[0] = low.min(floor);
        edges
    } else {
        (0..=rows).map(|index| low + (high - low) * index as f64 / rows as f64).collect()
    }
}

/// A column in Honeycomb's expression language: `$name`, or `$"name"` when it has other characters.
fn column_ref(column: &str) -> String {
    if column.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.') {
        format!("${column}")
    } else {
        format!("${}", serde_json::to_string(column).expect("strings serialize"))
    }
}

/// The band of `$column` as an expression: `IF(LT($c, e1), 0, IF(LT($c, e2), 1, ... rows-1))`. The last
/// band is closed (the maximum lands in it).
pub fn band_expression(column: &str, edges: &[f64]) -> String {
    let rows = edges.len().saturating_sub(1).max(1);
    let reference = column_ref(column);
    let mut expression = (rows - 1).to_string();
    for band in (0..rows - 1).rev() {
        expression = format!("IF(LT({reference}, {}), {band}, {expression})", edges[band + 1]);
    }
    expression
}

/// The second question of a heatmap: COUNT by value band, one series point per `step` seconds, over
/// `base`'s time and filters.
pub fn band_spec(base: &QuerySpec, column: &str, edges: &[f64], step: i64) -> QuerySpec {
    QuerySpec {
        calculated_fields: vec![CalculatedField { name: BAND.to_owned(), expression: band_expression(column, edges) }],
        breakdowns: vec![BAND.to_owned()],
        calculations: vec![Calculation::new(CalcOp::Count, None)],
        granularity: Some(step.max(1)),
        limit: Some(1000),
        orders: Vec::new(),
        havings: Vec::new(),
        ..base.clone()
    }
}

/// The first question: the column's range and how many events have it.
pub fn range_spec(base: &QuerySpec, column: &str) -> QuerySpec {
    let value = Some(column);
    QuerySpec {
        calculations: vec![
            Calculation::new(CalcOp::Min, value),
            Calculation::new(CalcOp::Max, value),
            Calculation::new(CalcOp::Count, None),
        ],
        breakdowns: Vec::new(),
        orders: Vec::new(),
        havings: Vec::new(),
        granularity: None,
        ..base.clone()
    }
}

fn format_value(value: f64) -> String {
    if value.abs() >= 100.0 || value == value.trunc() {
        format!("{value:.0}")
    } else if value.abs() >= 1.0 {
        format!("{value:.1}")
    } else {
        format!("{value:.3}")
    }
}

/// Honeycomb's buckets as rows for JSON and CSV: `time, lower, upper, count`, non-empty buckets only.
pub fn table(slots: &[Slot]) -> ResultTable {
    let columns = vec![
        ResultColumn::new("", "TIME", "time"),
        ResultColumn::new("", "LOWER", "lower"),
        ResultColumn::new("", "UPPER", "upper"),
        ResultColumn::new("", "COUNT", "count"),
    ];
    let rows = slots
        .iter()
        .flat_map(|(time, buckets)| {
            buckets.iter().filter(|bucket| bucket.count > 0).map(move |bucket| {
                vec![
                    Value::from(format_rfc3339(*time as f64)),
                    Value::from(bucket.lower),
                    Value::from(bucket.upper),
                    Value::from(bucket.count),
                ]
            })
        })
        .collect();
    ResultTable { columns, rows }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn buckets(list: &[(f64, f64, u64)]) -> Vec<Bucket> {
        list.iter().map(|(lower, upper, count)| Bucket { lower: *lower, upper: *upper, count: *count }).collect()
    }

    #[test]
    fn buckets_parse_from_a_string_or_a_list() {
        let list = json!([{"lower": 0.0, "upper": 5.0, "count": 2}]);
        assert_eq!(parse_buckets(&Value::String(list.to_string())).unwrap(), buckets(&[(0.0, 5.0, 2)]));
        assert_eq!(parse_buckets(&list).unwrap(), buckets(&[(0.0, 5.0, 2)]));
        assert!(parse_buckets(&json!({"a": 1})).unwrap_err().contains("not a list of buckets"));
        assert!(parse_buckets(&json!([{"lower": 1}])).unwrap_err().contains("without lower, upper and count"));
    }

    #[test]
    fn rebinning_keeps_every_event() {
        let slots = vec![(1000, buckets(&[(0.0, 10.0, 3), (90.0, 100.0, 1)])), (1060, buckets(&[(40.0, 60.0, 5)]))];
        let grid = Grid::build(&slots, 1000, 60, 3, 10, false);
        assert_eq!(grid.total, 9);
        assert_eq!(grid.edges.first(), Some(&0.0));
        assert_eq!(grid.edges.last(), Some(&100.0));
        assert_eq!(grid.counts[0], [3, 0, 0]);
        assert_eq!(grid.counts[9], [1, 0, 0]);
        assert_eq!(grid.counts[5], [0, 5, 0]);
        let text = grid.render("HEATMAP(duration_ms)", Some("ms"));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "HEATMAP(duration_ms)");
        assert_eq!(lines[2], "90 │░  │ 1");
        assert_eq!(lines[6], "50 │ █ │ 5");
        assert_eq!(lines[11], " 0 │▓  │ 3");
        assert!(text.ends_with("(events per cell; 1 column = 1m; 9 events)"), "{text}");
        let log = Grid::build(&slots, 1000, 60, 3, 4, true);
        assert_eq!(log.total, 9);
        assert!(log.edges.windows(2).all(|pair| pair[0] < pair[1]), "{:?}", log.edges);
    }

    #[test]
    fn counts_near_u64_max_add_up_instead_of_wrapping() {
        let slots = vec![(1000, buckets(&[(0.0, 10.0, u64::MAX), (0.0, 10.0, 9)])), (1060, buckets(&[(0.0, 10.0, u64::MAX)]))];
        let grid = Grid::build(&slots, 1000, 60, 2, 1, false);
        let total = 2 * u128::from(u64::MAX) + 9;
        assert_eq!(grid.total, total);
        assert!(grid.render("t", None).ends_with(&format!("{total} events)")));
    }

    #[test]
    fn bands_are_numbered_by_an_expression_the_engine_runs() {
        let edges = edges(0.0, 30.0, 3, false);
        assert_eq!(edges, [0.0, 10.0, 20.0, 30.0]);
        assert_eq!(band_expression("duration_ms", &edges), "IF(LT($duration_ms, 10), 0, IF(LT($duration_ms, 20), 1, 2))");
        assert_eq!(band_expression("my col", &edges[..2]), "0");
        assert!(band_expression("my col", &edges).contains("$\"my col\""));
        // The local engine (Honeycomb's semantics) counts events per band and time bucket.
        let mut store = cruddur_engine::Store::default();
        let now = 1_714_557_600;
        let base: QuerySpec = serde_json::from_value(json!({"filters":[{"column":"duration_ms","op":"exists"}],
            "start_time": now - 120, "end_time": now}))
        .unwrap();
        let spec = band_spec(&base, "duration_ms", &edges, 60);
        let engine_spec = cruddur_engine::query::QuerySpec::from_json(serde_json::to_value(&spec).unwrap()).unwrap();
        engine_spec.validate().unwrap();
        let request = cruddur_otlp::json::parse(
            json!({"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"svc"}}]},
                "scopeSpans":[{"spans":[
                    {"traceId":"01".repeat(16),"spanId":"0000000000000001","name":"a","startTimeUnixNano":format!("{}", (now - 100) as i128 * 1_000_000_000),"endTimeUnixNano":format!("{}", (now - 100) as i128 * 1_000_000_000 + 5_000_000)},
                    {"traceId":"01".repeat(16),"spanId":"0000000000000002","name":"b","startTimeUnixNano":format!("{}", (now - 100) as i128 * 1_000_000_000),"endTimeUnixNano":format!("{}", (now - 100) as i128 * 1_000_000_000 + 25_000_000)},
                    {"traceId":"01".repeat(16),"spanId":"0000000000000003","name":"c","startTimeUnixNano":format!("{}", (now - 30) as i128 * 1_000_000_000),"endTimeUnixNano":format!("{}", (now - 30) as i128 * 1_000_000_000 + 30_000_000)}
                ]}]}]})
            .to_string()
            .as_bytes(),
        )
        .unwrap();
        store.write_spans(&request, now);
        let window = engine_spec.window(now).unwrap();
        let options = cruddur_engine::query::RunOptions { disable_series: false, ..cruddur_engine::query::RunOptions::default() };
        let data = store.run(Some("svc"), &engine_spec, window, &options).unwrap();
        let data: crate::honeycomb::query::QueryResultData = serde_json::from_value(data).unwrap();
        let grid = Grid::from_bands(&data.series, edges.clone(), now - 120, 60, 2).unwrap();
        assert_eq!(grid.total, 3);
        assert_eq!(grid.counts, vec![vec![1, 0], vec![0, 0], vec![1, 1]]);
        let rows = grid.table().rows;
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0], vec![json!("2024-05-01T09:58:00Z"), json!(0.0), json!(10.0), json!(1)]);
    }

    #[test]
    fn raw_rows_for_scripts() {
        let table = table(&[(1_714_557_600, buckets(&[(0.0, 1.0, 0), (1.0, 2.0, 4)]))]);
        assert_eq!(table.rows, vec![vec![json!("2024-05-01T10:00:00Z"), json!(1.0), json!(2.0), json!(4)]]);
    }
}
