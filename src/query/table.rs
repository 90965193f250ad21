//! Query results as tables for people and flat rows for scripts.
//!
//! - Columns: breakdowns first, then calculations, in the query's order; any other key a row carries
//!   (formulas, named calculations) after them.
//! - Table: numbers right-aligned with one precision per column and the column's unit (`12.35 ms`),
//!   HEATMAP cells drawn as a sparkline, wide tables fitted to the terminal.
//! - JSON: an array of flat objects; CSV: a header row. Both use stable names: a preset's own
//!   (`user`, `p99_ms`), else Honeycomb's result key in snake case (`app.user_id` → `app_user_id`,
//!   `P99(duration_ms)` → `p99_duration_ms`, `COUNT` → `count`). Values are Honeycomb's, unrounded.

use std::io::Write;

use comfy_table::{CellAlignment, ContentArrangement, Table, presets};
use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq};
use serde_json::Value;

use crate::honeycomb::query::{CalcOp, QuerySpec, ResultRow};
use crate::output::OutputFormat;
use crate::output::sanitize::Sink;

#[derive(Debug, Clone, PartialEq)]
pub struct ResultColumn {
    /// The key in Honeycomb's result rows (`P99(duration_ms)`); empty for a computed column.
    pub key: String,
    /// The table header.
    pub header: String,
    /// The JSON key and CSV header.
    pub name: String,
    /// Shown after each number in the table (`ms`).
    pub unit: Option<&'static str>,
    /// Never wrapped (links stay clickable): a table with such a column is not fitted to the terminal.
    pub nowrap: bool,
}

impl ResultColumn {
    pub fn new(key: impl Into<String>, header: impl Into<String>, name: impl Into<String>) -> ResultColumn {
        ResultColumn { key: key.into(), header: header.into(), name: name.into(), unit: None, nowrap: false }
    }

    pub fn unit(mut self, unit: Option<&'static str>) -> ResultColumn {
        self.unit = unit;
        self
    }
}

/// Rows of values aligned with `columns`.
#[derive(Debug, Clone, Default)]
pub struct ResultTable {
    pub columns: Vec<ResultColumn>,
    pub rows: Vec<Vec<Value>>,
}

/// `app.user_id` → `app_user_id`, `P99(duration_ms)` → `p99_duration_ms`: lower case, runs of anything
/// but letters and digits become one `_`, none at the ends.
pub fn snake(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    let trimmed = out.trim_matches('_');
    if trimmed.is_empty() { "value".to_owned() } else { trimmed.to_owned() }
}

/// Whether a calculation's result keeps its column's unit (a percentile of `duration_ms` is in ms; a
/// count is not).
pub fn keeps_unit(op: CalcOp) -> bool {
    !matches!(op, CalcOp::Count | CalcOp::Concurrency | CalcOp::CountDistinct | CalcOp::RateAvg | CalcOp::RateSum | CalcOp::RateMax)
}

/// The unit a column's values carry, from its name's suffix (`duration_ms`, `elapsed_s`, `size_bytes`).
pub fn unit_of(column: &str) -> Option<&'static str> {
    let lower = column.to_ascii_lowercase();
    let suffix = lower.rsplit(['_', '.']).next().unwrap_or_default();
    if suffix == lower {
        return None;
    }
    match suffix {
        "ms" | "millis" | "milliseconds" => Some("ms"),
        "s" | "sec" | "secs" | "seconds" => Some("s"),
        "us" | "micros" | "microseconds" => Some("µs"),
        "ns" | "nanos" | "nanoseconds" => Some("ns"),
        "bytes" => Some("B"),
        _ => None,
    }
}

/// Makes `name` unique among `taken` by appending `_2`, `_3`, ...
fn unique(name: String, taken: &[ResultColumn]) -> String {
    if !taken.iter().any(|column| column.name == name) {
        return name;
    }
    (2..).map(|n| format!("{name}_{n}")).find(|candidate| !taken.iter().any(|column| &column.name == candidate)).expect("a free name")
}

impl ResultTable {
    /// Columns for any query: its breakdowns, then its calculations, then keys only the rows have.
    pub fn generic(spec: &QuerySpec, rows: &[ResultRow]) -> ResultTable {
        let mut columns: Vec<ResultColumn> = Vec::new();
        let add = |columns: &mut Vec<ResultColumn>, key: String, unit: Option<&'static str>| {
            if columns.iter().any(|column| column.key == key) {
                return;
            }
            let name = unique(snake(&key), columns);
            columns.push(ResultColumn::new(key.clone(), key, name).unit(unit));
        };
        for breakdown in &spec.breakdowns {
            add(&mut columns, breakdown.clone(), None);
        }
        for calculation in spec.effective_calculations() {
            let unit = if keeps_unit(calculation.op) { calculation.column.as_deref().and_then(unit_of) } else { None };
            add(&mut columns, calculation.label(), unit);
        }
        for row in rows {
            for key in row.data.keys() {
                add(&mut columns, key.clone(), None);
            }
        }
        ResultTable::from_rows(columns, rows)
    }

    /// Picks each column's value (by key) out of every row; a missing value is null.
    pub fn from_rows(columns: Vec<ResultColumn>, rows: &[ResultRow]) -> ResultTable {
        let rows = rows
            .iter()
            .map(|row| columns.iter().map(|column| row.data.get(&column.key).cloned().unwrap_or(Value::Null)).collect())
            .collect();
        ResultTable { columns, rows }
    }

    /// Prints in `format`, buffered (a 10 000-row result is one write, not one per line).
    pub fn print(&self, out: &mut dyn Write, format: OutputFormat) -> std::io::Result<()> {
        self.print_for(out, format, &Sink::default())
    }

    /// [`ResultTable::print`] for `sink`: the values came from spans anyone with an ingest key can send,
    /// so the table (and CSV on a terminal) shows control characters escaped; JSON keeps them exact.
    pub fn print_for(&self, out: &mut dyn Write, format: OutputFormat, sink: &Sink) -> std::io::Result<()> {
        let mut out = std::io::BufWriter::with_capacity(64 * 1024, out);
        match format {
            OutputFormat::Json => {
                let text = serde_json::to_string_pretty(&JsonRows(self))?;
                writeln!(out, "{}", sink.exact(&text))?;
            }
            OutputFormat::Csv => {
                let mut writer = csv::Writer::from_writer(&mut out);
                writer.write_record(self.columns.iter().map(|column| sink.field(&column.name)))?;
                for row in &self.rows {
                    writer.write_record(row.iter().map(|value| sink.field(&csv_text(value))))?;
                }
                writer.flush()?;
            }
            OutputFormat::Table => writeln!(out, "{}", self.render_for(sink))?,
        }
        out.flush()
    }

    /// The aligned text table.
    pub fn render(&self) -> String {
        self.render_for(&Sink::default())
    }

    /// The aligned text table, every header and cell through `sink` (escaped, secrets masked).
    pub fn render_for(&self, sink: &Sink) -> String {
        let mut table = Table::new();
        table.load_style(presets::NOTHING);
        // Fitted to the terminal, except when a column must not wrap (links stay clickable: the lines get
        // longer instead), or the terminal reports no real width (a pty of 0 columns).
        let nowrap = self.columns.iter().any(|column| column.nowrap);
        let fits = !nowrap && table.width().is_none_or(|width| width >= 40);
        table.set_content_arrangement(if fits { ContentArrangement::Dynamic } else { ContentArrangement::Disabled });
        let headers: Vec<String> = self.columns.iter().map(|column| sink.cell(&column.header)).collect();
        table.set_header(headers);
        let formats: Vec<ColumnFormat> = (0..self.columns.len()).map(|index| ColumnFormat::of(self, index)).collect();
        for row in &self.rows {
            table.add_row(row.iter().zip(&formats).map(|(value, format)| {
                let cell = comfy_table::Cell::new(sink.cell(&format.text(value)));
                if format.numeric { cell.set_alignment(CellAlignment::Right) } else { cell }
            }));
        }
        let count = table.column_count();
        for (index, column) in table.column_iter_mut().enumerate() {
            column.set_padding((0, if index + 1 == count { 0 } else { 2 }));
            if formats.get(index).is_some_and(|format| format.numeric) {
                column.set_cell_alignment(CellAlignment::Right);
            }
        }
        table.to_string().lines().map(str::trim_end).collect::<Vec<_>>().join("\n")
    }
}

/// How one column's values are shown in the table.
struct ColumnFormat {
    numeric: bool,
    decimals: usize,
    unit: Option<&'static str>,
}

impl ColumnFormat {
    /// Numeric when every non-null value is a number; integers without decimals, else two (four when
    /// every value is below 1, so small durations do not all read 0.00).
    fn of(table: &ResultTable, index: usize) -> ColumnFormat {
        let values = table.rows.iter().map(|row| &row[index]).filter(|value| !value.is_null());
        let mut numeric = true;
        let mut any = false;
        let mut integral = true;
        let mut largest: f64 = 0.0;
        for value in values {
            any = true;
            match value.as_f64() {
                Some(number) => {
                    integral &= value.is_i64() || value.is_u64() || number.fract() == 0.0;
                    largest = largest.max(number.abs());
                }
                None => {
                    numeric = false;
                    break;
                }
            }
        }
        let numeric = numeric && any;
        let decimals = if integral {
            0
        } else if largest >= 1.0 {
            2
        } else {
            4
        };
        ColumnFormat { numeric, decimals, unit: table.columns[index].unit }
    }

    fn text(&self, value: &Value) -> String {
        match value {
            Value::Null => String::new(),
            Value::Number(number) if self.numeric => {
                let shown = match number.as_i64() {
                    Some(integer) if self.decimals == 0 => integer.to_string(),
                    _ => format!("{:.*}", self.decimals, number.as_f64().unwrap_or(f64::NAN)),
                };
                match self.unit {
                    Some(unit) => format!("{shown} {unit}"),
                    None => shown,
                }
            }
            Value::String(text) => sparkline(text).unwrap_or_else(|| text.clone()),
            other => other.to_string(),
        }
    }
}

/// A HEATMAP cell (a JSON list of `{lower, upper, count}` buckets) as a one-line histogram.
pub fn sparkline(text: &str) -> Option<String> {
    if !text.starts_with('[') {
        return None;
    }
    let buckets = super::buckets::parse_buckets(&Value::String(text.to_owned())).ok()?;
    let max = buckets.iter().map(|bucket| bucket.count).max().filter(|max| *max > 0)?;
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let bars: String = buckets
        .iter()
        .map(|bucket| if bucket.count == 0 { ' ' } else { BARS[((bucket.count as f64 / max as f64) * 7.0).round() as usize] })
        .collect();
    let (low, high) = (buckets.first()?.lower, buckets.last()?.upper);
    Some(format!("{low:.1} {bars} {high:.1}"))
}

fn csv_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

struct JsonRows<'a>(&'a ResultTable);

impl Serialize for JsonRows<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.rows.len()))?;
        for row in &self.0.rows {
            seq.serialize_element(&JsonRow(&self.0.columns, row))?;
        }
        seq.end()
    }
}

struct JsonRow<'a>(&'a [ResultColumn], &'a [Value]);

impl Serialize for JsonRow<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (column, value) in self.0.iter().zip(self.1) {
            map.serialize_entry(&column.name, value)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::honeycomb::query::{CalcOp, Calculation};

    fn rows(values: Value) -> Vec<ResultRow> {
        values.as_array().unwrap().iter().map(|data| ResultRow { time: None, data: data.as_object().unwrap().clone() }).collect()
    }

    fn spec() -> QuerySpec {
        QuerySpec {
            breakdowns: vec!["app.user_id".into()],
            calculations: vec![Calculation::new(CalcOp::P99, Some("duration_ms")), Calculation::new(CalcOp::Count, None)],
            ..QuerySpec::default()
        }
    }

    fn printed(table: &ResultTable, format: OutputFormat) -> String {
        let mut out = Vec::new();
        table.print(&mut out, format).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn names_and_units() {
        assert_eq!(snake("P99(duration_ms)"), "p99_duration_ms");
        assert_eq!(snake("app.user_id"), "app_user_id");
        assert_eq!(snake("COUNT"), "count");
        assert_eq!(snake("trace.trace_id"), "trace_trace_id");
        assert_eq!(snake("(("), "value");
        assert_eq!(unit_of("duration_ms"), Some("ms"));
        assert_eq!(unit_of("http.response.body_bytes"), Some("B"));
        assert_eq!(unit_of("ms"), None);
        assert_eq!(unit_of("app.user_id"), None);
    }

    #[test]
    fn breakdowns_first_then_calculations_then_extras() {
        let data = rows(json!([{"COUNT": 3, "P99(duration_ms)": 12.3456, "app.user_id": "alice", "extra": 1},
                                {"COUNT": 10, "P99(duration_ms)": 1.5, "app.user_id": "bob"}]));
        let table = ResultTable::generic(&spec(), &data);
        let names: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["app_user_id", "p99_duration_ms", "count", "extra"]);
        let text = table.render();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "app.user_id  P99(duration_ms)  COUNT  extra");
        assert_eq!(lines[1], "alice                12.35 ms      3      1");
        assert_eq!(lines[2], "bob                   1.50 ms     10");
        let json: Value = serde_json::from_str(&printed(&table, OutputFormat::Json)).unwrap();
        assert_eq!(json[1], json!({"app_user_id": "bob", "p99_duration_ms": 1.5, "count": 10, "extra": null}));
        assert_eq!(printed(&table, OutputFormat::Csv), "app_user_id,p99_duration_ms,count,extra\nalice,12.3456,3,1\nbob,1.5,10,\n");
        assert_eq!(printed(&ResultTable::generic(&spec(), &[]), OutputFormat::Json), "[]\n");
    }

    #[test]
    fn colliding_names_are_numbered() {
        let spec = QuerySpec { breakdowns: vec!["a.b".into(), "a_b".into()], ..QuerySpec::default() };
        let table = ResultTable::generic(&spec, &[]);
        let names: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["a_b", "a_b_2", "count"]);
    }

    #[test]
    fn heatmap_cells_are_sparklines() {
        let buckets = json!([{"lower":0.0,"upper":1.0,"count":1},{"lower":1.0,"upper":2.0,"count":0},{"lower":2.0,"upper":3.0,"count":8}]);
        assert_eq!(sparkline(&buckets.to_string()).unwrap(), "0.0 ▂ █ 3.0");
        assert_eq!(sparkline("plain"), None);
    }
}
