//! `query heatmap`: a HEATMAP calculation over time, drawn in the terminal the way Honeycomb draws it:
//! time across, the value (duration) up, each cell shaded by how many events fell in it.
//!
//! Honeycomb returns a HEATMAP cell per time bucket as a list of `{lower, upper, count}` buckets (a JSON
//! string, since result cells are scalars). Each time bucket has its own bucket edges, so the buckets
//! are re-binned onto one grid (by their midpoint) before drawing. JSON and CSV get Honeycomb's
//! buckets as they came, one row per non-empty bucket.

use serde_json::Value;

use super::buckets::{Bucket, parse_buckets};
use super::table::{ResultColumn, ResultTable};
use super::time::{format_rfc3339, parse_rfc3339};
use crate::honeycomb::query::ResultRow;

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
        let (mut low, mut high) =
            buckets.fold((f64::INFINITY, f64::NEG_INFINITY), |(low, high), bucket| (low.min(bucket.lower), high.max(bucket.upper)));
        if !low.is_finite() {
            (low, high) = (0.0, 1.0);
        }
        if high <= low {
            high = low + 1.0;
        }
        let edges: Vec<f64> = if log {
            let floor = if low > 0.0 { low } else { (high / 1e4).max(1e-3) };
            let ratio = (high / floor).max(1.0 + 1e-9).powf(1.0 / rows as f64);
            let mut edges: Vec<f64> = (0..=rows).map(|index| floor * ratio.powi(index as i32)).collect();
            edges[0] = low.min(floor);
            edges
        } else {
            (0..=rows).map(|index| low + (high - low) * index as f64 / rows as f64).collect()
        };
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
    fn raw_rows_for_scripts() {
        let table = table(&[(1_714_557_600, buckets(&[(0.0, 1.0, 0), (1.0, 2.0, 4)]))]);
        assert_eq!(table.rows, vec![vec![json!("2024-05-01T10:00:00Z"), json!(1.0), json!(2.0), json!(4)]]);
    }
}
