//! The query engine: filters, breakdowns, calculations, havings, orders, limit, series.
//!
//! One pass over the rows in the time window: evaluate the filters, build the group key from
//! the breakdowns (strings by interned id, so no string is hashed per row), feed each group's
//! aggregators. Percentiles keep the group's values and use a selection (O(n)), not a sort.
//!
//! Percentile definition: linear interpolation between the closest ranks, rank = q·(n−1)
//! (numpy's default). Honeycomb does not document its exact method; this one is exact on the
//! data and is what the tests check against an independent computation.

use serde_json::{Map, Value, json};
use std::cmp::Ordering;
use std::collections::HashSet;

use super::expr::{Bound, Expr, Scalar, loosely_equal};
use super::{Calculation, Combination, Direction, FilterOp, Op, QuerySpec, TimeWindow, label};
use crate::table::{Column, EventTable, Interner};
use crate::util::{FxBuild, FxHashMap, rfc3339};

/// Per-run options from the `POST /1/query_results` body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunOptions {
    pub limit: usize,
    pub disable_series: bool,
    pub disable_total_by_aggregate: bool,
    pub disable_other_by_aggregate: bool,
    /// When the run must give up (Honeycomb: "Query Results cannot take longer than 10 seconds to
    /// run"); `None` runs to the end.
    pub deadline: Option<std::time::Instant>,
}

impl RunOptions {
    /// The row limit of a run: the smaller of the query result request's `limit` and the query's
    /// own (a saved query's limit is honoured), 1000 when neither gives one.
    pub fn limit_for(spec: &QuerySpec, requested: Option<i64>) -> usize {
        let limit = match (requested, spec.limit) {
            (Some(r), Some(s)) => r.min(s),
            (Some(l), None) | (None, Some(l)) => l,
            (None, None) => 1000,
        };
        usize::try_from(limit.max(1)).unwrap_or(1000)
    }
}

impl Default for RunOptions {
    fn default() -> RunOptions {
        RunOptions { limit: 1000, disable_series: true, disable_total_by_aggregate: true, disable_other_by_aggregate: true, deadline: None }
    }
}

/// A group-key component: hashable and exact.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum KeyPart {
    Null,
    Int(i64),
    Float(u64),
    Bool(bool),
    Str(u32),
    Text(Box<str>),
}

impl KeyPart {
    fn from_scalar(s: Scalar) -> KeyPart {
        match s {
            Scalar::Null => KeyPart::Null,
            Scalar::Int(i) => KeyPart::Int(i),
            Scalar::Float(f) => KeyPart::Float(if f == 0.0 { 0 } else { f.to_bits() }),
            Scalar::Bool(b) => KeyPart::Bool(b),
            Scalar::Str(id) => KeyPart::Str(id),
            Scalar::Text(t) => KeyPart::Text(t),
        }
    }

    fn number(&self) -> Option<f64> {
        match self {
            KeyPart::Int(i) => Some(*i as f64),
            KeyPart::Float(bits) => Some(f64::from_bits(*bits)),
            _ => None,
        }
    }

    fn text<'s>(&'s self, strings: &'s Interner) -> Option<&'s str> {
        match self {
            KeyPart::Str(id) => Some(strings.get(*id)),
            KeyPart::Text(t) => Some(t),
            _ => None,
        }
    }

    fn to_json(&self, strings: &Interner) -> Value {
        match self {
            KeyPart::Null => Value::Null,
            KeyPart::Int(i) => (*i).into(),
            KeyPart::Float(bits) => serde_json::Number::from_f64(f64::from_bits(*bits)).map_or(Value::Null, Into::into),
            KeyPart::Bool(b) => (*b).into(),
            KeyPart::Str(id) => strings.get(*id).into(),
            KeyPart::Text(t) => t.to_string().into(),
        }
    }

    /// Nulls last; numbers before strings; booleans by value.
    fn compare(&self, other: &KeyPart, strings: &Interner) -> Ordering {
        match (self, other) {
            (KeyPart::Null, KeyPart::Null) => Ordering::Equal,
            (KeyPart::Null, _) => Ordering::Greater,
            (_, KeyPart::Null) => Ordering::Less,
            _ => match (self.number(), other.number()) {
                (Some(a), Some(b)) => a.total_cmp(&b),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => match (self.text(strings), other.text(strings)) {
                    (Some(a), Some(b)) => a.cmp(b),
                    _ => format!("{self:?}").cmp(&format!("{other:?}")),
                },
            },
        }
    }
}

/// Where a row's value for a name comes from in one table.
enum Operand<'t> {
    Column(Option<&'t Column>),
    Expr(Bound<'t>),
}

impl Operand<'_> {
    #[inline]
    fn get(&self, row: usize, ts_ns: i64, strings: &Interner) -> Scalar {
        match self {
            Operand::Column(Some(c)) => c.get(row).into(),
            Operand::Column(None) => Scalar::Null,
            Operand::Expr(e) => e.eval(row, ts_ns, strings).canonical(strings),
        }
    }
}

/// A filter's value, prepared once per run.
enum FilterValue {
    None,
    One(Scalar),
    Many(Vec<Scalar>),
}

fn scalar_from_json(v: &Value, strings: &Interner) -> Scalar {
    match v {
        Value::Null => Scalar::Null,
        Value::Bool(b) => Scalar::Bool(*b),
        Value::Number(n) => n.as_i64().map(Scalar::Int).or_else(|| n.as_f64().map(Scalar::Float)).unwrap_or(Scalar::Null),
        Value::String(s) => Scalar::Text(s.as_str().into()).canonical(strings),
        other => Scalar::Text(other.to_string().into()),
    }
}

/// Orders two scalars: numerically when both are (or parse as) numbers, else as strings.
fn compare_scalars(a: &Scalar, b: &Scalar, strings: &Interner) -> Option<Ordering> {
    let numeric = |s: &Scalar| s.as_f64().or_else(|| s.as_str(strings).and_then(|t| t.trim().parse::<f64>().ok()));
    match (numeric(a), numeric(b)) {
        (Some(x), Some(y)) => x.partial_cmp(&y),
        _ => match (a.as_str(strings), b.as_str(strings)) {
            (Some(x), Some(y)) => Some(x.cmp(y)),
            _ => None,
        },
    }
}

fn filter_matches(op: FilterOp, v: &Scalar, fv: &FilterValue, strings: &Interner) -> bool {
    let one = match fv {
        FilterValue::One(s) => Some(s),
        _ => None,
    };
    let texts = || Some((v.to_text(strings)?, one?.to_text(strings)?));
    let ord = || one.and_then(|o| compare_scalars(v, o, strings));
    match op {
        FilterOp::Exists => !v.is_null(),
        FilterOp::DoesNotExist => v.is_null(),
        FilterOp::Eq => one.is_some_and(|o| loosely_equal(v, o, strings)),
        FilterOp::Ne => !one.is_some_and(|o| loosely_equal(v, o, strings)),
        FilterOp::Gt => ord() == Some(Ordering::Greater),
        FilterOp::Ge => matches!(ord(), Some(Ordering::Greater | Ordering::Equal)),
        FilterOp::Lt => ord() == Some(Ordering::Less),
        FilterOp::Le => matches!(ord(), Some(Ordering::Less | Ordering::Equal)),
        FilterOp::StartsWith => texts().is_some_and(|(a, b)| a.starts_with(&b)),
        FilterOp::DoesNotStartWith => !texts().is_some_and(|(a, b)| a.starts_with(&b)),
        FilterOp::EndsWith => texts().is_some_and(|(a, b)| a.ends_with(&b)),
        FilterOp::DoesNotEndWith => !texts().is_some_and(|(a, b)| a.ends_with(&b)),
        FilterOp::Contains => texts().is_some_and(|(a, b)| a.contains(&b)),
        FilterOp::DoesNotContain => !texts().is_some_and(|(a, b)| a.contains(&b)),
        FilterOp::In | FilterOp::NotIn => {
            let hit = match fv {
                FilterValue::Many(list) => list.iter().any(|o| loosely_equal(v, o, strings)),
                _ => false,
            };
            hit == (op == FilterOp::In)
        }
    }
}

/// An aggregation in progress. Each event is fed with its weight: its sample rate (it stands for
/// that many events), or 1 in usage mode. COUNT, SUM, AVG, the percentiles and HEATMAP's counts are
/// weighted, as Honeycomb weights them; MIN, MAX and COUNT_DISTINCT are not (a value seen once was
/// seen).
#[derive(Clone)]
enum Agg {
    Count(u64),
    Sum {
        sum: f64,
        all_int: bool,
        n: u64,
    },
    Avg {
        sum: f64,
        n: u64,
    },
    Min(Option<f64>),
    Max(Option<f64>),
    Distinct(HashSet<KeyPart, FxBuild>),
    /// The values, and their weights once one is not 1 (until then every weight is 1).
    Values(Vec<f64>, Option<Vec<u32>>),
}

impl Agg {
    fn new(op: Op) -> Agg {
        match op {
            Op::Count => Agg::Count(0),
            Op::Sum => Agg::Sum { sum: 0.0, all_int: true, n: 0 },
            Op::Avg => Agg::Avg { sum: 0.0, n: 0 },
            Op::Min => Agg::Min(None),
            Op::Max => Agg::Max(None),
            Op::CountDistinct => Agg::Distinct(HashSet::default()),
            _ => Agg::Values(Vec::new(), None),
        }
    }

    #[inline]
    fn feed(&mut self, v: &Scalar, weight: u32) {
        match self {
            Agg::Count(n) => *n += u64::from(weight),
            Agg::Distinct(set) => {
                if !v.is_null() {
                    set.insert(KeyPart::from_scalar(v.clone()));
                }
            }
            _ => {
                let Some(x) = v.as_f64() else { return };
                match self {
                    Agg::Sum { sum, all_int, n } => {
                        *sum += x * f64::from(weight);
                        *all_int &= matches!(v, Scalar::Int(_));
                        *n += 1;
                    }
                    Agg::Avg { sum, n } => {
                        *sum += x * f64::from(weight);
                        *n += u64::from(weight);
                    }
                    Agg::Min(m) => *m = Some(m.map_or(x, |m| m.min(x))),
                    Agg::Max(m) => *m = Some(m.map_or(x, |m| m.max(x))),
                    Agg::Values(vals, weights) => {
                        if weight != 1 && weights.is_none() {
                            *weights = Some(vec![1; vals.len()]);
                        }
                        vals.push(x);
                        if let Some(w) = weights {
                            w.push(weight);
                        }
                    }
                    Agg::Count(_) | Agg::Distinct(_) => {}
                }
            }
        }
    }

    fn merge(&mut self, other: &Agg) {
        match (self, other) {
            (Agg::Count(a), Agg::Count(b)) => *a += b,
            (Agg::Sum { sum, all_int, n }, Agg::Sum { sum: s2, all_int: i2, n: n2 }) => {
                *sum += s2;
                *all_int &= i2;
                *n += n2;
            }
            (Agg::Avg { sum, n }, Agg::Avg { sum: s2, n: n2 }) => {
                *sum += s2;
                *n += n2;
            }
            (Agg::Min(a), Agg::Min(b)) => *a = opt_fold(*a, *b, f64::min),
            (Agg::Max(a), Agg::Max(b)) => *a = opt_fold(*a, *b, f64::max),
            (Agg::Distinct(a), Agg::Distinct(b)) => a.extend(b.iter().cloned()),
            (Agg::Values(a, wa), Agg::Values(b, wb)) => {
                if wb.is_some() && wa.is_none() {
                    *wa = Some(vec![1; a.len()]);
                }
                if let Some(wa) = wa {
                    match wb {
                        Some(wb) => wa.extend_from_slice(wb),
                        None => wa.extend(std::iter::repeat_n(1, b.len())),
                    }
                }
                a.extend_from_slice(b);
            }
            _ => {}
        }
    }

    /// The final value: a number, or for HEATMAP a JSON-encoded bucket list (result cells are
    /// scalars in the spec, so the buckets travel as a string).
    fn finish(&mut self, op: Op) -> Option<Value> {
        match self {
            Agg::Count(n) => Some((*n).into()),
            Agg::Sum { sum, all_int, n } => {
                (*n > 0).then(|| if *all_int && sum.abs() < 9.0e15 { Value::from(*sum as i64) } else { float(*sum) })
            }
            Agg::Avg { sum, n } => (*n > 0).then(|| float(*sum / *n as f64)),
            Agg::Min(m) | Agg::Max(m) => m.map(float),
            Agg::Distinct(set) => Some(set.len().into()),
            Agg::Values(vals, weights) => match (op.quantile(), weights) {
                (Some(q), None) => percentile(vals, q).map(float),
                (Some(q), Some(w)) => weighted_percentile(vals, w, q).map(float),
                (None, w) => (!vals.is_empty()).then(|| Value::String(heatmap(vals, w.as_deref()).to_string())),
            },
        }
    }
}

fn opt_fold(a: Option<f64>, b: Option<f64>, f: fn(f64, f64) -> f64) -> Option<f64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(f(x, y)),
        (x, None) => x,
        (None, y) => y,
    }
}

fn float(f: f64) -> Value {
    serde_json::Number::from_f64(f).map_or(Value::Null, Into::into)
}

/// The `q` quantile of `values` by linear interpolation between closest ranks (reorders `values`).
pub fn percentile(values: &mut [f64], q: f64) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let rank = q.clamp(0.0, 1.0) * (values.len() - 1) as f64;
    let lo = rank.floor() as usize;
    let frac = rank - lo as f64;
    let (_, &mut low, upper) = values.select_nth_unstable_by(lo, f64::total_cmp);
    if frac == 0.0 || upper.is_empty() {
        return Some(low);
    }
    let high = upper.iter().copied().fold(f64::INFINITY, f64::min);
    Some(low + (high - low) * frac)
}

/// [`percentile`] of the multiset where each value appears as often as its weight: rank
/// q·(N−1) over N = Σ weights, interpolated between the values at the ranks around it. With every
/// weight 1 this is [`percentile`].
pub fn weighted_percentile(values: &[f64], weights: &[u32], q: f64) -> Option<f64> {
    let mut pairs: Vec<(f64, u64)> = values.iter().copied().zip(weights.iter().map(|&w| u64::from(w.max(1)))).collect();
    if pairs.is_empty() {
        return None;
    }
    pairs.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total: u64 = pairs.iter().map(|p| p.1).sum();
    let rank = q.clamp(0.0, 1.0) * (total - 1) as f64;
    let lo = rank.floor() as u64;
    let frac = rank - lo as f64;
    // The value at 0-based position `i` of the expanded, sorted multiset.
    let at = |i: u64| {
        let mut seen = 0;
        for &(v, w) in &pairs {
            seen += w;
            if i < seen {
                return v;
            }
        }
        pairs[pairs.len() - 1].0
    };
    let low = at(lo);
    if frac == 0.0 || lo + 1 >= total {
        return Some(low);
    }
    Some(low + (at(lo + 1) - low) * frac)
}

/// Up to 20 equal-width buckets between the smallest and largest value; each value counts as
/// its weight.
fn heatmap(values: &[f64], weights: Option<&[u32]>) -> Value {
    let (min, max) = values.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| (lo.min(v), hi.max(v)));
    let buckets = if max > min { 20 } else { 1 };
    let width = if max > min { (max - min) / buckets as f64 } else { 1.0 };
    let mut counts = vec![0u64; buckets];
    for (j, &v) in values.iter().enumerate() {
        let i = (((v - min) / width) as usize).min(buckets - 1);
        counts[i] += weights.map_or(1, |w| u64::from(w[j]));
    }
    Value::Array(
        counts
            .iter()
            .enumerate()
            .map(|(i, &count)| {
                json!({
                    "lower": min + width * i as f64,
                    "upper": if buckets == 1 { max } else { min + width * (i + 1) as f64 },
                    "count": count,
                })
            })
            .collect(),
    )
}

struct Group {
    key: Vec<KeyPart>,
    aggs: Vec<Agg>,
}

/// What an order sorts by.
enum SortKey {
    Breakdown(usize),
    Calc(usize),
}

/// A calculated field the engine can evaluate, or the failure to name.
fn parse_calculated(name: &str, expression: &str) -> Result<(String, Expr), String> {
    let parsed = Expr::parse(expression).map_err(|e| format!("calculated field {name:?}: {e}"))?;
    match parsed.unsupported() {
        Some(func) => Err(format!("calculated field {name:?}: {} is not supported by this server's query engine", func.name())),
        None => Ok((name.to_owned(), parsed)),
    }
}

/// A spec's filters with their operands read once: `(column, op, value)`.
fn filter_values(spec: &QuerySpec, strings: &Interner) -> Vec<(String, FilterOp, FilterValue)> {
    spec.filters
        .iter()
        .map(|f| {
            let value = match &f.value {
                None | Some(Value::Null) => FilterValue::None,
                Some(Value::Array(items)) => FilterValue::Many(items.iter().map(|v| scalar_from_json(v, strings)).collect()),
                Some(v) => FilterValue::One(scalar_from_json(v, strings)),
            };
            (f.column.clone().unwrap_or_default(), f.op, value)
        })
        .collect()
}

/// Whether a row passes the filters (all of them, or with `any` one).
fn passes(
    filters: &[(String, FilterOp, FilterValue)],
    operands: &[Operand<'_>],
    any: bool,
    row: usize,
    ts: i64,
    strings: &Interner,
) -> bool {
    if filters.is_empty() {
        return true;
    }
    let mut results = filters.iter().zip(operands).map(|((_, op, fv), o)| filter_matches(*op, &o.get(row, ts, strings), fv, strings));
    if any { results.any(|r| r) } else { results.all(|r| r) }
}

/// The rows of `table` that pass the spec's filters (and `filter_combination`; calculated fields
/// included), in order: the events a query would read, with no time window (`traces tail`).
pub fn matching_rows(spec: &QuerySpec, table: &EventTable, strings: &Interner) -> Result<Vec<usize>, String> {
    let calculated: Vec<(String, Expr)> =
        spec.calculated_fields.iter().map(|f| parse_calculated(&f.name, &f.expression)).collect::<Result<_, _>>()?;
    let filters = filter_values(spec, strings);
    let plan = Plan {
        breakdowns: &[],
        calc_columns: Vec::new(),
        filter_columns: filters.iter().map(|(c, _, _)| c.clone()).collect(),
        calculated: &calculated,
    };
    let operands = plan.bind(table).filters;
    let any = spec.filter_combination == Some(Combination::Or);
    Ok(table
        .timestamps()
        .iter()
        .enumerate()
        .filter(|(row, ts)| passes(&filters, &operands, any, *row, **ts, strings))
        .map(|(row, _)| row)
        .collect())
}

/// The failure of a run past its deadline.
pub const OUT_OF_TIME: &str =
    "Query Results cannot take longer than their run time limit (Honeycomb: 10 seconds); narrow the time range or the filters";

/// Runs `spec` over `tables` (one dataset, or all of an environment's for `__all__`).
/// `Err` is a failed query: Honeycomb answers it as `complete: true` with `error`.
pub fn run(spec: &QuerySpec, tables: &[&EventTable], strings: &Interner, window: TimeWindow, opts: &RunOptions) -> Result<Value, String> {
    let calcs = spec.effective_calculations();
    if let Some(c) = calcs.iter().find(|c| matches!(c.op, Op::Concurrency | Op::RateAvg | Op::RateSum | Op::RateMax)) {
        return Err(format!("{} is not supported by this server", c.op.name()));
    }
    let calculated: Vec<(String, Expr)> =
        spec.calculated_fields.iter().map(|f| parse_calculated(&f.name, &f.expression)).collect::<Result<_, _>>()?;
    let filters = filter_values(spec, strings);
    let any = spec.filter_combination == Some(Combination::Or);
    let start_ns = window.start.saturating_mul(1_000_000_000);
    let end_ns = window.end.saturating_mul(1_000_000_000);
    let granularity = series_granularity(spec, window);

    let mut index: FxHashMap<Vec<KeyPart>, usize> = FxHashMap::default();
    let mut groups: Vec<Group> = Vec::new();
    let mut total: Vec<Agg> = calcs.iter().map(|c| Agg::new(c.op)).collect();
    // (table, row, group) of every matched row, kept only when a series is wanted.
    let mut matched: Vec<(u32, u32, u32)> = Vec::new();
    let mut key: Vec<KeyPart> = Vec::with_capacity(spec.breakdowns.len());

    let plan = Plan {
        breakdowns: &spec.breakdowns,
        calc_columns: calcs.iter().map(|c| c.column.clone().unwrap_or_default()).collect(),
        filter_columns: filters.iter().map(|(c, _, _)| c.clone()).collect(),
        calculated: &calculated,
    };

    let out_of_time = || opts.deadline.is_some_and(|d| std::time::Instant::now() >= d);
    // Usage mode reads what was stored; otherwise each event stands for its sample rate.
    let weighted = spec.usage_mode != Some(true);
    for (ti, table) in tables.iter().enumerate() {
        let BoundPlan { breakdowns, calcs: calc_operands, filters: filter_operands } = plan.bind(table);
        let weighted = weighted && table.is_sampled();
        for (row, &ts) in table.timestamps().iter().enumerate() {
            // The clock is read once per 4096 rows (and before the first), not per row.
            if row % 4096 == 0 && out_of_time() {
                return Err(OUT_OF_TIME.into());
            }
            if ts < start_ns || ts >= end_ns {
                continue;
            }
            if !passes(&filters, &filter_operands, any, row, ts, strings) {
                continue;
            }
            key.clear();
            key.extend(breakdowns.iter().map(|b| KeyPart::from_scalar(b.get(row, ts, strings))));
            let g = match index.get(key.as_slice()) {
                Some(&g) => g,
                None => {
                    index.insert(key.clone(), groups.len());
                    groups.push(Group { key: key.clone(), aggs: calcs.iter().map(|c| Agg::new(c.op)).collect() });
                    groups.len() - 1
                }
            };
            let aggs = &mut groups[g].aggs;
            let weight = if weighted { table.sample_rate(row) } else { 1 };
            for (i, (calc, operand)) in calcs.iter().zip(&calc_operands).enumerate() {
                let v = if calc.op.columnless() { Scalar::Null } else { operand.get(row, ts, strings) };
                aggs[i].feed(&v, weight);
                if !opts.disable_total_by_aggregate {
                    total[i].feed(&v, weight);
                }
            }
            if !opts.disable_series {
                matched.push((ti as u32, row as u32, g as u32));
            }
        }
    }

    // Finish every group, apply havings, order, cut to the limit.
    let finished: Vec<Vec<Option<Value>>> =
        groups.iter_mut().map(|g| g.aggs.iter_mut().zip(&calcs).map(|(a, c)| a.finish(c.op)).collect()).collect();
    let calc_index =
        |op: Op, column: Option<&str>| calcs.iter().position(|c| c.op == op && (op.columnless() || c.column.as_deref() == column));
    let mut order: Vec<usize> = (0..groups.len())
        .filter(|&g| {
            spec.havings.iter().all(|h| {
                let (Some(op), Some(value)) = (h.op, h.value) else {
                    return true;
                };
                calc_index(h.calculate_op, h.column.as_deref())
                    .and_then(|i| finished[g][i].as_ref())
                    .and_then(Value::as_f64)
                    .is_some_and(|x| op.test(x, value))
            })
        })
        .collect();
    let mut sort_keys: Vec<(SortKey, bool)> = spec
        .orders
        .iter()
        .filter_map(|o| {
            let desc = o.order == Some(Direction::Descending);
            match o.op {
                Some(op) => calc_index(op, o.column.as_deref()).map(|i| (SortKey::Calc(i), desc)),
                None => spec.breakdowns.iter().position(|b| Some(b.as_str()) == o.column.as_deref()).map(|i| (SortKey::Breakdown(i), desc)),
            }
        })
        .collect();
    if sort_keys.is_empty()
        && let Some(i) = calcs.iter().position(|c| c.op != Op::Heatmap)
    {
        sort_keys.push((SortKey::Calc(i), true));
    }
    order.sort_by(|&a, &b| {
        for (k, desc) in &sort_keys {
            let ord = match k {
                SortKey::Calc(i) => {
                    let (x, y) = (finished[a][*i].as_ref().and_then(Value::as_f64), finished[b][*i].as_ref().and_then(Value::as_f64));
                    match (x, y) {
                        (Some(x), Some(y)) => {
                            let o = x.total_cmp(&y);
                            if *desc { o.reverse() } else { o }
                        }
                        (Some(_), None) => Ordering::Less,
                        (None, Some(_)) => Ordering::Greater,
                        (None, None) => Ordering::Equal,
                    }
                }
                SortKey::Breakdown(i) => {
                    let o = groups[a].key[*i].compare(&groups[b].key[*i], strings);
                    if *desc { o.reverse() } else { o }
                }
            };
            if ord != Ordering::Equal {
                return ord;
            }
        }
        // Deterministic ties: breakdown values ascending.
        groups[a]
            .key
            .iter()
            .zip(&groups[b].key)
            .map(|(x, y)| x.compare(y, strings))
            .find(|o| *o != Ordering::Equal)
            .unwrap_or(Ordering::Equal)
    });
    let cut = order.split_off(order.len().min(opts.limit));

    let row_data = |key: &[KeyPart], values: &[Option<Value>]| -> Value {
        let mut data = Map::new();
        for (name, part) in spec.breakdowns.iter().zip(key) {
            if *part != KeyPart::Null {
                data.insert(name.clone(), part.to_json(strings));
            }
        }
        for (calc, v) in calcs.iter().zip(values) {
            if let Some(v) = v {
                data.insert(result_label(calc), v.clone());
            }
        }
        json!({ "data": data })
    };
    let results: Vec<Value> = order.iter().map(|&g| row_data(&groups[g].key, &finished[g])).collect();

    let mut data = json!({ "series": [], "results": results });
    if !opts.disable_series {
        data["series"] = series(&matched, &order, tables, &groups, &calcs, granularity, window, strings, &plan, &row_data, weighted);
    }
    if !opts.disable_total_by_aggregate {
        let values: Vec<Option<Value>> = total.iter_mut().zip(&calcs).map(|(a, c)| a.finish(c.op)).collect();
        data["total_by_aggregate"] = row_data(&[], &values);
    }
    if !opts.disable_other_by_aggregate {
        let mut other: Vec<Agg> = calcs.iter().map(|c| Agg::new(c.op)).collect();
        for &g in &cut {
            for (o, a) in other.iter_mut().zip(&groups[g].aggs) {
                o.merge(a);
            }
        }
        let values: Vec<Option<Value>> = other.iter_mut().zip(&calcs).map(|(a, c)| a.finish(c.op)).collect();
        data["other_by_aggregate"] = row_data(&[], &values);
    }
    Ok(data)
}

fn result_label(c: &Calculation) -> String {
    label(c.op, c.column.as_deref())
}

/// The query's granularity, or about 60 points over the window.
fn series_granularity(spec: &QuerySpec, window: TimeWindow) -> i64 {
    spec.granularity.unwrap_or_else(|| ((window.end - window.start) / 60).max(1)).max(1)
}

/// Builds a result row's `{data}` from a group key and its calculation values.
type RowData<'a> = dyn Fn(&[KeyPart], &[Option<Value>]) -> Value + 'a;

/// The names a query reads, resolved per table by [`Plan::bind`].
struct Plan<'q> {
    breakdowns: &'q [String],
    calc_columns: Vec<String>,
    filter_columns: Vec<String>,
    calculated: &'q [(String, Expr)],
}

struct BoundPlan<'t> {
    breakdowns: Vec<Operand<'t>>,
    calcs: Vec<Operand<'t>>,
    filters: Vec<Operand<'t>>,
}

impl Plan<'_> {
    /// A calculated field of that name, else the table's column.
    fn operand<'t>(&self, table: &'t EventTable, name: &str) -> Operand<'t> {
        match self.calculated.iter().find(|(n, _)| n == name) {
            Some((_, e)) => Operand::Expr(e.bind(&|c| table.column(c))),
            None => Operand::Column(table.column(name)),
        }
    }

    fn bind<'t>(&self, table: &'t EventTable) -> BoundPlan<'t> {
        let all = |names: &[String]| names.iter().map(|n| self.operand(table, n)).collect();
        BoundPlan { breakdowns: all(self.breakdowns), calcs: all(&self.calc_columns), filters: all(&self.filter_columns) }
    }
}

/// Time buckets for the kept groups: `[{time, data}]`, non-empty buckets only.
#[allow(clippy::too_many_arguments)]
fn series(
    matched: &[(u32, u32, u32)],
    kept: &[usize],
    tables: &[&EventTable],
    groups: &[Group],
    calcs: &[Calculation],
    granularity: i64,
    window: TimeWindow,
    strings: &Interner,
    plan: &Plan<'_>,
    row_data: &RowData<'_>,
    weighted: bool,
) -> Value {
    let rank: FxHashMap<usize, usize> = kept.iter().enumerate().map(|(r, &g)| (g, r)).collect();
    let mut buckets: std::collections::BTreeMap<(i64, usize), Vec<Agg>> = Default::default();
    let bound: Vec<BoundPlan<'_>> = tables.iter().map(|t| plan.bind(t)).collect();
    for &(ti, row, g) in matched {
        let Some(&r) = rank.get(&(g as usize)) else { continue };
        let table = tables[ti as usize];
        let ts = table.timestamp(row as usize);
        let bucket = window.start + (ts / 1_000_000_000 - window.start) / granularity * granularity;
        let aggs = buckets.entry((bucket, r)).or_insert_with(|| calcs.iter().map(|c| Agg::new(c.op)).collect());
        for (i, calc) in calcs.iter().enumerate() {
            let v = if calc.op.columnless() { Scalar::Null } else { bound[ti as usize].calcs[i].get(row as usize, ts, strings) };
            aggs[i].feed(&v, if weighted { table.sample_rate(row as usize) } else { 1 });
        }
    }
    Value::Array(
        buckets
            .into_iter()
            .map(|((bucket, r), mut aggs)| {
                let values: Vec<Option<Value>> = aggs.iter_mut().zip(calcs).map(|(a, c)| a.finish(c.op)).collect();
                let mut entry = row_data(&groups[kept[r]].key, &values);
                entry["time"] = rfc3339(bucket).into();
                entry
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::Value as In;
    use crate::util::random_u64;

    const T0: i64 = 1_700_000_000;

    /// An independent percentile: full sort, then the textbook interpolation formula.
    fn reference_percentile(values: &[f64], q: f64) -> f64 {
        let mut sorted = values.to_vec();
        sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let h = (sorted.len() as f64 - 1.0) * q;
        let (below, above) = (sorted[h.floor() as usize], sorted[h.ceil() as usize]);
        below + (h - h.floor()) * (above - below)
    }

    fn table(rows: &[(&str, f64, i64)]) -> (EventTable, Interner) {
        let mut strings = Interner::default();
        let mut t = EventTable::default();
        for (i, (user, duration, status)) in rows.iter().enumerate() {
            t.push(
                (T0 + i as i64) * 1_000_000_000,
                [
                    ("app.user_id", In::Str(user)),
                    ("duration_ms", In::Float(*duration)),
                    ("http.status_code", In::Int(*status)),
                    ("name", In::Str(if i % 2 == 0 { "GET /" } else { "POST /x" })),
                ],
                &mut strings,
                0,
            );
        }
        (t, strings)
    }

    fn window() -> TimeWindow {
        TimeWindow { start: T0 - 10, end: T0 + 100_000 }
    }

    fn query(t: &EventTable, s: &Interner, spec: serde_json::Value) -> Value {
        let spec = QuerySpec::from_json(spec).unwrap();
        spec.validate().unwrap();
        let opts = RunOptions { limit: RunOptions::limit_for(&spec, None), ..RunOptions::default() };
        run(&spec, &[t], s, window(), &opts).unwrap()
    }

    /// `matching_rows` keeps the rows a query's WHERE keeps: the same filters, `any`, calculated fields.
    #[test]
    fn matching_rows_are_the_rows_a_query_counts() {
        let (t, s) = table(&[("a", 10.0, 200), ("b", 300.0, 500), ("a", 900.0, 200), ("c", 1.0, 404)]);
        let rows = |spec: serde_json::Value| matching_rows(&QuerySpec::from_json(spec).unwrap(), &t, &s).unwrap();
        assert_eq!(rows(json!({})), [0, 1, 2, 3]);
        assert_eq!(rows(json!({"filters":[{"column":"duration_ms","op":">","value":250}]})), [1, 2]);
        let either = json!({"filters":[{"column":"app.user_id","op":"=","value":"c"},{"column":"http.status_code","op":">=","value":500}],
            "filter_combination":"OR"});
        assert_eq!(rows(either), [1, 3]);
        let calculated = json!({"calculated_fields":[{"name":"slow","expression":"GT($duration_ms, 250)"}],
            "filters":[{"column":"slow","op":"=","value":true},{"column":"name","op":"starts-with","value":"GET"}]});
        assert_eq!(rows(calculated.clone()), [2]);
        // The same events a COUNT over the same filters counts.
        let counted = query(
            &t,
            &s,
            json!({"calculations":[{"op":"COUNT"}],"calculated_fields":calculated["calculated_fields"],
            "filters":calculated["filters"]}),
        );
        assert_eq!(counted["results"][0]["data"]["COUNT"], 1, "{counted}");
    }

    #[test]
    fn percentile_matches_an_independent_computation() {
        for n in [1usize, 2, 3, 10, 101, 1000, 4097] {
            let values: Vec<f64> = (0..n).map(|_| (random_u64() % 100_000) as f64 / 7.0).collect();
            for q in [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999] {
                let got = percentile(&mut values.clone(), q).unwrap();
                let want = reference_percentile(&values, q);
                assert!((got - want).abs() <= 1e-9 * want.abs().max(1.0), "n={n} q={q}: {got} vs {want}");
            }
        }
    }

    #[test]
    fn p99_by_user_over_random_data() {
        let users = ["alice", "bob", "carol", "dave"];
        let rows: Vec<(&str, f64, i64)> = (0..5000).map(|i| (users[i % 4], (random_u64() % 1_000_000) as f64 / 1000.0, 200)).collect();
        let (t, s) = table(&rows);
        let out = query(
            &t,
            &s,
            json!({"calculations":[{"op":"P99","column":"duration_ms"},{"op":"COUNT"}],
                   "breakdowns":["app.user_id"],
                   "orders":[{"column":"app.user_id","order":"ascending"}]}),
        );
        let results = out["results"].as_array().unwrap();
        assert_eq!(results.len(), 4);
        for (r, user) in results.iter().zip(users) {
            let mine: Vec<f64> = rows.iter().filter(|x| x.0 == user).map(|x| x.1).collect();
            assert_eq!(r["data"]["app.user_id"], user);
            assert_eq!(r["data"]["COUNT"], mine.len());
            let got = r["data"]["P99(duration_ms)"].as_f64().unwrap();
            assert!((got - reference_percentile(&mine, 0.99)).abs() < 1e-9);
        }
    }

    #[test]
    fn aggregates_filters_orders_havings_limit() {
        let (t, s) = table(&[("a", 10.0, 200), ("a", 30.0, 500), ("b", 5.0, 200), ("c", 100.0, 404), ("c", 1.0, 200)]);
        let out = query(
            &t,
            &s,
            json!({"calculations":[{"op":"SUM","column":"duration_ms"},{"op":"AVG","column":"duration_ms"},
                                   {"op":"MIN","column":"duration_ms"},{"op":"MAX","column":"duration_ms"},
                                   {"op":"COUNT_DISTINCT","column":"http.status_code"},{"op":"COUNT"}],
                   "breakdowns":["app.user_id"],
                   "orders":[{"op":"SUM","column":"duration_ms","order":"descending"}]}),
        );
        let r = out["results"].as_array().unwrap();
        assert_eq!(r[0]["data"]["app.user_id"], "c");
        assert_eq!(r[0]["data"]["SUM(duration_ms)"], 101.0);
        assert_eq!(r[0]["data"]["AVG(duration_ms)"], 50.5);
        assert_eq!(r[0]["data"]["MIN(duration_ms)"], 1.0);
        assert_eq!(r[0]["data"]["MAX(duration_ms)"], 100.0);
        assert_eq!(r[0]["data"]["COUNT_DISTINCT(http.status_code)"], 2);
        assert_eq!(r[1]["data"]["app.user_id"], "a");
        assert_eq!(r[2]["data"]["app.user_id"], "b");

        let out = query(
            &t,
            &s,
            json!({"calculations":[{"op":"COUNT"}],"breakdowns":["app.user_id"],
                   "filters":[{"column":"http.status_code","op":">=","value":400},
                              {"column":"app.user_id","op":"=","value":"b"}],
                   "filter_combination":"OR",
                   "orders":[{"column":"app.user_id","order":"ascending"}]}),
        );
        let users: Vec<&str> = out["results"].as_array().unwrap().iter().map(|r| r["data"]["app.user_id"].as_str().unwrap()).collect();
        assert_eq!(users, ["a", "b", "c"]);

        let out = query(
            &t,
            &s,
            json!({"calculations":[{"op":"COUNT"}],"breakdowns":["app.user_id"],
                   "havings":[{"calculate_op":"COUNT","op":">","value":1}],
                   "orders":[{"column":"app.user_id","order":"descending"}],"limit":1}),
        );
        let r = out["results"].as_array().unwrap();
        assert_eq!(r.len(), 1);
        assert_eq!(r[0]["data"], json!({"app.user_id":"c","COUNT":2}));
    }

    #[test]
    fn every_filter_op() {
        let (t, s) = table(&[("alice", 1.0, 200), ("bob", 2.0, 404), ("albert", 3.0, 500)]);
        let count = |filter: serde_json::Value| {
            let out = query(&t, &s, json!({"calculations":[{"op":"COUNT"}],"filters":[filter]}));
            out["results"].get(0).map_or(0, |r| r["data"]["COUNT"].as_u64().unwrap())
        };
        let c = |col: &str, op: &str, v: serde_json::Value| count(json!({"column":col,"op":op,"value":v}));
        assert_eq!(c("app.user_id", "=", json!("bob")), 1);
        assert_eq!(c("app.user_id", "!=", json!("bob")), 2);
        assert_eq!(c("http.status_code", ">", json!(404)), 1);
        assert_eq!(c("http.status_code", ">=", json!("404")), 2);
        assert_eq!(c("duration_ms", "<", json!(2)), 1);
        assert_eq!(c("duration_ms", "<=", json!(2)), 2);
        assert_eq!(c("app.user_id", "starts-with", json!("al")), 2);
        assert_eq!(c("app.user_id", "does-not-start-with", json!("al")), 1);
        assert_eq!(c("app.user_id", "ends-with", json!("ce")), 1);
        assert_eq!(c("app.user_id", "does-not-end-with", json!("ce")), 2);
        assert_eq!(c("app.user_id", "contains", json!("b")), 2);
        assert_eq!(c("app.user_id", "does-not-contain", json!("b")), 1);
        assert_eq!(c("app.user_id", "in", json!(["bob", "alice"])), 2);
        assert_eq!(c("app.user_id", "not-in", json!(["bob", "alice"])), 1);
        assert_eq!(count(json!({"column":"app.user_id","op":"exists"})), 3);
        assert_eq!(count(json!({"column":"nope","op":"does-not-exist"})), 3);
        assert_eq!(count(json!({"column":"nope","op":"exists"})), 0);
    }

    #[test]
    fn recent_traces_with_event_timestamp() {
        let (t, s) = table(&[("a", 1.0, 200), ("b", 2.0, 200), ("c", 3.0, 200)]);
        let out = query(
            &t,
            &s,
            json!({"calculated_fields":[{"name":"event_time","expression":"EVENT_TIMESTAMP()"}],
                   "breakdowns":["event_time","name"],
                   "calculations":[{"op":"MAX","column":"duration_ms"}],
                   "orders":[{"column":"event_time","order":"descending"}],"limit":2}),
        );
        let r = out["results"].as_array().unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(r[0]["data"]["event_time"], (T0 + 2) as f64);
        assert_eq!(r[0]["data"]["MAX(duration_ms)"], 3.0);
        assert_eq!(r[1]["data"]["event_time"], (T0 + 1) as f64);
    }

    #[test]
    fn totals_other_series_and_heatmap() {
        let (t, s) = table(&[("a", 1.0, 200), ("a", 2.0, 200), ("b", 3.0, 200), ("c", 4.0, 200)]);
        let spec = QuerySpec::from_json(json!({"calculations":[{"op":"COUNT"},{"op":"HEATMAP","column":"duration_ms"}],
            "breakdowns":["app.user_id"],"granularity":2,"limit":1}))
        .unwrap();
        let opts = RunOptions {
            limit: 1,
            disable_series: false,
            disable_total_by_aggregate: false,
            disable_other_by_aggregate: false,
            deadline: None,
        };
        let out = run(&spec, &[&t], &s, window(), &opts).unwrap();
        assert_eq!(out["results"][0]["data"]["COUNT"], 2);
        assert_eq!(out["total_by_aggregate"]["data"]["COUNT"], 4);
        assert_eq!(out["other_by_aggregate"]["data"]["COUNT"], 2);
        let series = out["series"].as_array().unwrap();
        assert!(!series.is_empty() && series.iter().all(|e| e["data"]["app.user_id"] == "a"));
        let heat: Value = serde_json::from_str(out["results"][0]["data"]["HEATMAP(duration_ms)"].as_str().unwrap()).unwrap();
        assert_eq!(heat.as_array().unwrap().iter().map(|b| b["count"].as_u64().unwrap()).sum::<u64>(), 2);
    }

    #[test]
    fn sample_rates_weight_count_sum_avg_percentiles_and_heatmap() {
        let mut strings = Interner::default();
        let mut t = EventTable::default();
        // (duration, sample rate): 10 ms stands for 1 event, 20 ms for 3, 30 ms for 6.
        for (i, (d, rate)) in [(10.0, 1), (20.0, 3), (30.0, 6)].into_iter().enumerate() {
            t.push_sampled((T0 + i as i64) * 1_000_000_000, rate, [("duration_ms", In::Float(d)), ("n", In::Int(2))], &mut strings, 0);
        }
        let spec = |usage: bool| {
            QuerySpec::from_json(
                json!({"calculations":[{"op":"COUNT"},{"op":"SUM","column":"duration_ms"},{"op":"AVG","column":"duration_ms"},
                {"op":"P50","column":"duration_ms"},{"op":"MIN","column":"duration_ms"},{"op":"MAX","column":"duration_ms"},
                {"op":"COUNT_DISTINCT","column":"duration_ms"},{"op":"SUM","column":"n"},{"op":"HEATMAP","column":"duration_ms"}],
                "usage_mode": usage}),
            )
            .unwrap()
        };
        let out = run(&spec(false), &[&t], &strings, window(), &RunOptions::default()).unwrap();
        let row = &out["results"][0]["data"];
        assert_eq!(row["COUNT"], 10);
        assert_eq!(row["SUM(duration_ms)"], 250.0);
        assert_eq!(row["AVG(duration_ms)"], 25.0);
        // The expanded multiset is 10, 20×3, 30×6: its median (rank 4.5) is 30.
        assert_eq!(row["P50(duration_ms)"], 30.0);
        assert_eq!((row["MIN(duration_ms)"].clone(), row["MAX(duration_ms)"].clone()), (json!(10.0), json!(30.0)));
        assert_eq!(row["COUNT_DISTINCT(duration_ms)"], 3);
        assert_eq!(row["SUM(n)"], 20, "integers stay integers");
        let heat: Value = serde_json::from_str(row["HEATMAP(duration_ms)"].as_str().unwrap()).unwrap();
        assert_eq!(heat.as_array().unwrap().iter().map(|b| b["count"].as_u64().unwrap()).sum::<u64>(), 10);

        let usage = run(&spec(true), &[&t], &strings, window(), &RunOptions::default()).unwrap();
        let row = &usage["results"][0]["data"];
        assert_eq!(
            (row["COUNT"].clone(), row["SUM(duration_ms)"].clone(), row["P50(duration_ms)"].clone()),
            (json!(3), json!(60.0), json!(20.0))
        );
    }

    #[test]
    fn weighted_percentile_is_the_percentile_of_the_expanded_values() {
        for n in [1usize, 2, 5, 40] {
            let values: Vec<f64> = (0..n).map(|_| (random_u64() % 1000) as f64).collect();
            let weights: Vec<u32> = (0..n).map(|_| (random_u64() % 5 + 1) as u32).collect();
            let expanded: Vec<f64> = values.iter().zip(&weights).flat_map(|(&v, &w)| std::iter::repeat_n(v, w as usize)).collect();
            for q in [0.0, 0.01, 0.25, 0.5, 0.9, 0.99, 1.0] {
                let got = weighted_percentile(&values, &weights, q).unwrap();
                assert!((got - reference_percentile(&expanded, q)).abs() < 1e-9, "n={n} q={q}");
            }
        }
    }

    #[test]
    fn the_smaller_limit_wins() {
        let spec = QuerySpec::from_json(json!({"limit": 20})).unwrap();
        assert_eq!(RunOptions::limit_for(&spec, Some(1000)), 20);
        assert_eq!(RunOptions::limit_for(&spec, Some(5)), 5);
        assert_eq!(RunOptions::limit_for(&QuerySpec::default(), Some(5000)), 5000);
        assert_eq!(RunOptions::limit_for(&QuerySpec::default(), None), 1000);
    }

    #[test]
    fn a_run_past_its_deadline_fails() {
        let (t, s) = table(&[("a", 1.0, 200)]);
        let spec = QuerySpec::from_json(json!({"calculations":[{"op":"COUNT"}]})).unwrap();
        let opts = RunOptions { deadline: Some(std::time::Instant::now()), ..RunOptions::default() };
        assert_eq!(run(&spec, &[&t], &s, window(), &opts), Err(OUT_OF_TIME.to_owned()));
        let later =
            RunOptions { deadline: Some(std::time::Instant::now() + std::time::Duration::from_secs(3600)), ..RunOptions::default() };
        assert!(run(&spec, &[&t], &s, window(), &later).is_ok());
    }

    #[test]
    fn unsupported_ops_fail_the_query() {
        let (t, s) = table(&[("a", 1.0, 200)]);
        let spec = QuerySpec::from_json(json!({"calculations":[{"op":"CONCURRENCY"}]})).unwrap();
        assert!(run(&spec, &[&t], &s, window(), &RunOptions::default()).is_err());
    }
}
