//! Query specs (the `Query` schema), their validation, and their time window.
//!
//! The structs are hand-written with every field optional and skipped when absent: the spec's
//! `Query` schema declares misleading defaults (`breakdowns: ["user_agent"]`, fixed
//! `start_time`/`end_time`), which must never be baked in or echoed back.

pub mod engine;
pub mod expr;
pub mod rules;

pub use engine::{OUT_OF_TIME, RunOptions, matching_rows, run};
pub use rules::{Problem, Rule};

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Why a query spec is refused, before any data is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpecError {
    /// The spec is not a JSON object (Honeycomb answers 400).
    NotAnObject,
    /// A field is wrong (Honeycomb answers 422 with a `type_detail` entry): the field's path,
    /// Honeycomb's code for it (`invalid`, `missing`, `incorrect_type`) and what is wrong.
    Field { field: String, code: &'static str, description: String },
}

impl SpecError {
    fn field(field: impl Into<String>, code: &'static str, description: impl Into<String>) -> SpecError {
        SpecError::Field { field: field.into(), code, description: description.into() }
    }
}

impl std::fmt::Display for SpecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SpecError::NotAnObject => f.write_str("invalid Query data: expected a JSON object"),
            SpecError::Field { field, description, .. } => write!(f, "{field}: {description}"),
        }
    }
}

impl std::error::Error for SpecError {}

/// A query specification.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuerySpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breakdowns: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub calculations: Vec<Calculation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filters: Vec<Filter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_combination: Option<Combination>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formulas: Vec<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<i64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub orders: Vec<Order>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_range: Option<i64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub havings: Vec<Having>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub calculated_fields: Vec<CalculatedField>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compare_time_offset_seconds: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage_mode: Option<bool>,
}

/// A calculation operator (`QueryOp`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Op {
    #[serde(rename = "COUNT")]
    Count,
    #[serde(rename = "CONCURRENCY")]
    Concurrency,
    #[serde(rename = "SUM")]
    Sum,
    #[serde(rename = "AVG")]
    Avg,
    #[serde(rename = "COUNT_DISTINCT")]
    CountDistinct,
    #[serde(rename = "HEATMAP")]
    Heatmap,
    #[serde(rename = "MAX")]
    Max,
    #[serde(rename = "MIN")]
    Min,
    #[serde(rename = "P001")]
    P001,
    #[serde(rename = "P01")]
    P01,
    #[serde(rename = "P05")]
    P05,
    #[serde(rename = "P10")]
    P10,
    #[serde(rename = "P20")]
    P20,
    #[serde(rename = "P25")]
    P25,
    #[serde(rename = "P50")]
    P50,
    #[serde(rename = "P75")]
    P75,
    #[serde(rename = "P80")]
    P80,
    #[serde(rename = "P90")]
    P90,
    #[serde(rename = "P95")]
    P95,
    #[serde(rename = "P99")]
    P99,
    #[serde(rename = "P999")]
    P999,
    #[serde(rename = "RATE_AVG")]
    RateAvg,
    #[serde(rename = "RATE_SUM")]
    RateSum,
    #[serde(rename = "RATE_MAX")]
    RateMax,
}

impl Op {
    /// Every operator the API accepts, in the spec's order.
    pub const NAMES: &'static [&'static str] = &[
        "COUNT",
        "CONCURRENCY",
        "SUM",
        "AVG",
        "COUNT_DISTINCT",
        "HEATMAP",
        "MAX",
        "MIN",
        "P001",
        "P01",
        "P05",
        "P10",
        "P20",
        "P25",
        "P50",
        "P75",
        "P80",
        "P90",
        "P95",
        "P99",
        "P999",
        "RATE_AVG",
        "RATE_SUM",
        "RATE_MAX",
    ];

    /// The operator of an exact API name.
    pub fn parse(text: &str) -> Option<Op> {
        serde_json::from_value(Value::from(text)).ok()
    }

    /// The name as the API spells it.
    pub fn name(self) -> &'static str {
        match self {
            Op::Count => "COUNT",
            Op::Concurrency => "CONCURRENCY",
            Op::Sum => "SUM",
            Op::Avg => "AVG",
            Op::CountDistinct => "COUNT_DISTINCT",
            Op::Heatmap => "HEATMAP",
            Op::Max => "MAX",
            Op::Min => "MIN",
            Op::P001 => "P001",
            Op::P01 => "P01",
            Op::P05 => "P05",
            Op::P10 => "P10",
            Op::P20 => "P20",
            Op::P25 => "P25",
            Op::P50 => "P50",
            Op::P75 => "P75",
            Op::P80 => "P80",
            Op::P90 => "P90",
            Op::P95 => "P95",
            Op::P99 => "P99",
            Op::P999 => "P999",
            Op::RateAvg => "RATE_AVG",
            Op::RateSum => "RATE_SUM",
            Op::RateMax => "RATE_MAX",
        }
    }

    /// The quantile of a percentile op.
    pub fn quantile(self) -> Option<f64> {
        Some(match self {
            Op::P001 => 0.001,
            Op::P01 => 0.01,
            Op::P05 => 0.05,
            Op::P10 => 0.10,
            Op::P20 => 0.20,
            Op::P25 => 0.25,
            Op::P50 => 0.50,
            Op::P75 => 0.75,
            Op::P80 => 0.80,
            Op::P90 => 0.90,
            Op::P95 => 0.95,
            Op::P99 => 0.99,
            Op::P999 => 0.999,
            _ => return None,
        })
    }

    /// Ops that take no column.
    pub fn columnless(self) -> bool {
        matches!(self, Op::Count | Op::Concurrency)
    }
}

/// `{op, column}`; results key it as `OP(column)` (`COUNT` alone).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Calculation {
    pub op: Op,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filters: Vec<Filter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_combination: Option<Combination>,
}

impl std::fmt::Display for Op {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl Calculation {
    /// `{op, column}` with nothing else set.
    pub fn new(op: Op, column: Option<&str>) -> Calculation {
        Calculation { op, column: column.map(str::to_owned), name: None, filters: Vec::new(), filter_combination: None }
    }

    /// The key Honeycomb gives this calculation in result rows: `COUNT`, `P99(duration_ms)`.
    pub fn label(&self) -> String {
        label(self.op, self.column.as_deref())
    }
}

/// `COUNT` or `OP(column)`.
pub fn label(op: Op, column: Option<&str>) -> String {
    match column {
        Some(c) if !op.columnless() => format!("{}({c})", op.name()),
        _ => op.name().to_owned(),
    }
}

/// A filter operator (`FilterOp`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FilterOp {
    #[serde(rename = "=")]
    Eq,
    #[serde(rename = "!=")]
    Ne,
    #[serde(rename = ">")]
    Gt,
    #[serde(rename = ">=")]
    Ge,
    #[serde(rename = "<")]
    Lt,
    #[serde(rename = "<=")]
    Le,
    #[serde(rename = "starts-with")]
    StartsWith,
    #[serde(rename = "does-not-start-with")]
    DoesNotStartWith,
    #[serde(rename = "ends-with")]
    EndsWith,
    #[serde(rename = "does-not-end-with")]
    DoesNotEndWith,
    #[serde(rename = "exists")]
    Exists,
    #[serde(rename = "does-not-exist")]
    DoesNotExist,
    #[serde(rename = "contains")]
    Contains,
    #[serde(rename = "does-not-contain")]
    DoesNotContain,
    #[serde(rename = "in")]
    In,
    #[serde(rename = "not-in")]
    NotIn,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Filter {
    pub op: FilterOp,
    #[serde(default)]
    pub column: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Combination {
    #[serde(rename = "AND")]
    And,
    #[serde(rename = "OR")]
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ascending,
    Descending,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Order {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub op: Option<Op>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<Direction>,
}

/// A having comparison (`HavingOp`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HavingOp {
    #[serde(rename = "=")]
    Eq,
    #[serde(rename = "!=")]
    Ne,
    #[serde(rename = ">")]
    Gt,
    #[serde(rename = ">=")]
    Ge,
    #[serde(rename = "<")]
    Lt,
    #[serde(rename = "<=")]
    Le,
}

impl FilterOp {
    /// Every filter operator the API accepts, in the spec's order.
    pub const NAMES: &'static [&'static str] = &[
        "=",
        "!=",
        ">",
        ">=",
        "<",
        "<=",
        "starts-with",
        "does-not-start-with",
        "ends-with",
        "does-not-end-with",
        "exists",
        "does-not-exist",
        "contains",
        "does-not-contain",
        "in",
        "not-in",
    ];

    /// The operator of an exact API name.
    pub fn parse(text: &str) -> Option<FilterOp> {
        serde_json::from_value(Value::from(text)).ok()
    }

    /// The name as the API spells it.
    pub fn name(self) -> &'static str {
        Self::NAMES.iter().copied().find(|name| FilterOp::parse(name) == Some(self)).unwrap_or("=")
    }

    /// `exists` and `does-not-exist` take no value.
    pub fn takes_no_value(self) -> bool {
        matches!(self, FilterOp::Exists | FilterOp::DoesNotExist)
    }

    /// `in` and `not-in` take a list.
    pub fn takes_list(self) -> bool {
        matches!(self, FilterOp::In | FilterOp::NotIn)
    }
}

impl std::fmt::Display for FilterOp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl HavingOp {
    /// Every having comparison the API accepts.
    pub const NAMES: &'static [&'static str] = &["=", "!=", ">", ">=", "<", "<="];

    pub fn test(self, a: f64, b: f64) -> bool {
        match self {
            HavingOp::Eq => a == b,
            HavingOp::Ne => a != b,
            HavingOp::Gt => a > b,
            HavingOp::Ge => a >= b,
            HavingOp::Lt => a < b,
            HavingOp::Le => a <= b,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Having {
    pub calculate_op: Op,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub op: Option<HavingOp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CalculatedField {
    pub name: String,
    pub expression: String,
}

/// Seven days: the oldest data the Query Data API reads, and its longest range.
pub const MAX_RANGE_SECS: i64 = 7 * 86_400;
/// Honeycomb's default when a query gives no time at all: two hours.
pub const DEFAULT_RANGE_SECS: i64 = 7_200;
/// The largest `limit` a query spec may carry (query results may ask for up to 10 000).
pub const MAX_QUERY_LIMIT: i64 = 1_000;

/// A time rule of the Query Data API that a query's bounds break.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WindowError {
    EndNotAfterStart,
    LongerThanSevenDays,
    OlderThanSevenDays,
}

impl std::fmt::Display for WindowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            WindowError::EndNotAfterStart => "query end time must be after its start time",
            WindowError::LongerThanSevenDays => "query time range cannot exceed 7 days",
            WindowError::OlderThanSevenDays => "the Query Data API can only query the last 7 days",
        })
    }
}

/// Resolved query time bounds, epoch seconds, `[start, end)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeWindow {
    pub start: i64,
    pub end: i64,
}

impl TimeWindow {
    /// The step Honeycomb truncates a query result's start and end to, by the query's range (the
    /// spec's Query Data tag): 1 minute up to 6 hours, 5 minutes up to 2 days, 30 minutes beyond
    /// (ranges stop at 7 days).
    pub fn floor_step(range_secs: i64) -> i64 {
        if range_secs <= 21_600 {
            60
        } else if range_secs <= 172_800 {
            300
        } else {
            1_800
        }
    }

    /// Start and end floored as Honeycomb floors them: a span sent seconds ago lies past the
    /// floored end of a query over "the last hour". Both ends move by the same rule, so a range
    /// shorter than its step can become empty.
    pub fn floored(self) -> TimeWindow {
        let step = TimeWindow::floor_step(self.end - self.start);
        TimeWindow { start: self.start - self.start.rem_euclid(step), end: self.end - self.end.rem_euclid(step) }
    }
}

/// The prefixes of relational fields (`root.name`, `any.error`): a query that filters or groups by
/// one is rate limited to one run a minute. From Honeycomb's Query Builder docs.
pub const RELATIONAL_PREFIXES: &[&str] = &["root.", "parent.", "child.", "any.", "any2.", "any3.", "none."];

fn invalid(field: &str, description: impl Into<String>) -> SpecError {
    SpecError::field(field, "invalid", description)
}

impl QuerySpec {
    /// Parses a request body, mapping serde's complaints to a 422 with the field.
    pub fn from_json(v: Value) -> Result<QuerySpec, SpecError> {
        if !v.is_object() {
            return Err(SpecError::NotAnObject);
        }
        serde_json::from_value(v).map_err(|e| invalid("query", e.to_string()))
    }

    /// The calculations a run computes (COUNT when none are given, as Honeycomb does).
    pub fn effective_calculations(&self) -> Vec<Calculation> {
        if self.calculations.is_empty() {
            vec![Calculation { op: Op::Count, column: None, name: None, filters: Vec::new(), filter_combination: None }]
        } else {
            self.calculations.clone()
        }
    }

    /// Checks what Honeycomb rejects when a query is created: the first such problem (see
    /// [`QuerySpec::problems`]), then what this engine cannot compute ([`QuerySpec::unsupported`]).
    pub fn validate(&self) -> Result<(), SpecError> {
        match self.problems().into_iter().find(|problem| problem.rule.rejected_by_honeycomb()) {
            Some(problem) => Err(problem.to_spec_error()),
            None => self.unsupported(),
        }
    }

    /// A function of a calculated field this engine cannot compute (Honeycomb can: not one of its
    /// rules, so not in [`QuerySpec::problems`]; the local server refuses it, the local copy names it).
    pub fn unsupported(&self) -> Result<(), SpecError> {
        for (i, f) in self.calculated_fields.iter().enumerate() {
            if let Some(func) = expr::Expr::parse(&f.expression).ok().and_then(|parsed| parsed.unsupported()) {
                let field = format!("calculated_fields[{i}].expression");
                return Err(invalid(&field, format!("{} is not supported by this server's query engine", func.name())));
            }
        }
        Ok(())
    }

    /// Every problem of the spec, in field order: what Honeycomb rejects when a query is created, and
    /// what it would accept but never run as meant ([`Rule::rejected_by_honeycomb`] tells them apart).
    /// The one implementation of these rules: the local server answers with the first it rejects, the
    /// CLI words them all for its users before anything is sent.
    pub fn problems(&self) -> Vec<Problem> {
        rules::problems(self)
    }

    /// Every stored column the query reads: breakdowns, calculations, filters, orders, havings and the
    /// columns its calculated fields use (not the calculated fields themselves). A store loaded with only
    /// these columns (`crate::cache`) answers the query as the whole store would.
    pub fn columns_read(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        let mut add = |name: Option<&str>| {
            if let Some(name) = name.filter(|name| !name.is_empty())
                && !names.iter().any(|known| known == name)
            {
                names.push(name.to_owned());
            }
        };
        self.breakdowns.iter().for_each(|b| add(Some(b)));
        for c in &self.calculations {
            add(c.column.as_deref());
            c.filters.iter().for_each(|f| add(f.column.as_deref()));
        }
        self.filters.iter().for_each(|f| add(f.column.as_deref()));
        self.orders.iter().for_each(|o| add(o.column.as_deref()));
        self.havings.iter().for_each(|h| add(h.column.as_deref()));
        for field in &self.calculated_fields {
            if let Ok(parsed) = expr::Expr::parse(&field.expression) {
                parsed.columns().into_iter().for_each(|c| add(Some(c)));
            }
        }
        names.retain(|name| !self.calculated_fields.iter().any(|field| &field.name == name));
        names
    }

    /// Every column the query reads (calculations, filters, breakdowns, orders, havings), in order
    /// of first use, without the query's own calculated fields: what a renamed or deleted
    /// calculated field (derived column) would break.
    pub fn columns(&self) -> Vec<&str> {
        let own = |c: &str| self.calculated_fields.iter().any(|f| f.name == c);
        let calcs = self.calculations.iter().filter_map(|c| c.column.as_deref());
        let filters = self.filters.iter().filter_map(|f| f.column.as_deref());
        let breakdowns = self.breakdowns.iter().map(String::as_str);
        let orders = self.orders.iter().filter_map(|o| o.column.as_deref());
        let havings = self.havings.iter().filter_map(|h| h.column.as_deref());
        let mut out: Vec<&str> = Vec::new();
        for c in calcs.chain(filters).chain(breakdowns).chain(orders).chain(havings) {
            if !c.is_empty() && !own(c) && !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }

    /// The restrictions a trigger's query has on top of [`QuerySpec::validate`] (the spec's
    /// `TriggerWithInlineQuery`): one calculation that is not only a having's (HEATMAP and
    /// CONCURRENCY excluded), at most one having, no orders, limit, absolute times, usage mode or
    /// granularity (this server's datasets are event datasets), and a `time_range` from the
    /// trigger's `frequency` up to the lesser of four times it and a day.
    pub fn validate_for_trigger(&self, frequency: i64) -> Result<(), SpecError> {
        self.validate()?;
        if self.calculations.is_empty() {
            return Err(SpecError::field("query.calculations", "missing", "a trigger query needs one calculation"));
        }
        for (i, c) in self.calculations.iter().enumerate() {
            if matches!(c.op, Op::Heatmap | Op::Concurrency) {
                return Err(invalid(&format!("query.calculations[{i}].op"), format!("a trigger cannot use {}", c.op.name())));
            }
        }
        if self.havings.len() > 1 {
            return Err(invalid("query.havings", "a trigger query may have at most one having"));
        }
        let for_having =
            |c: &Calculation| self.havings.iter().any(|h| h.calculate_op == c.op && (c.op.columnless() || h.column == c.column));
        let plain = self.calculations.iter().filter(|c| !for_having(c)).count();
        if self.formulas.is_empty() && plain > 1 {
            return Err(invalid("query.calculations", "a trigger query may have only one calculation (besides one used by its having)"));
        }
        if self.formulas.len() > 1 {
            return Err(invalid("query.formulas", "a trigger query may have at most one formula"));
        }
        let prohibited = [
            ("orders", !self.orders.is_empty()),
            ("limit", self.limit.is_some()),
            ("start_time", self.start_time.is_some()),
            ("end_time", self.end_time.is_some()),
            ("usage_mode", self.usage_mode.is_some()),
            ("granularity", self.granularity.is_some()),
        ];
        if let Some((field, _)) = prohibited.iter().find(|(_, set)| *set) {
            let why = match *field {
                "orders" => "trigger queries are ordered by the threshold",
                "limit" => "every result group is evaluated",
                "granularity" => "granularity is for metrics datasets",
                "usage_mode" => "usage mode is not supported for triggers",
                _ => "use time_range: triggers look back from each run",
            };
            return Err(invalid(&format!("query.{field}"), format!("not allowed in a trigger query ({why})")));
        }
        let Some(range) = self.time_range else {
            return Err(SpecError::field("query.time_range", "missing", "a trigger query needs a time_range"));
        };
        let max = (4 * frequency).min(86_400);
        if range < frequency || range > max {
            return Err(invalid(
                "query.time_range",
                format!("must be between the frequency ({frequency} s) and {max} s (the lesser of 4 × frequency and 1 day); it is {range}"),
            ));
        }
        Ok(())
    }

    /// The relational fields the query filters or groups by (see [`RELATIONAL_PREFIXES`]). The
    /// engine reads them as plain columns: their trace-wide meaning is not implemented.
    pub fn relational_fields(&self) -> Vec<&str> {
        let filters = self.filters.iter().filter_map(|f| f.column.as_deref());
        let breakdowns = self.breakdowns.iter().map(String::as_str);
        filters.chain(breakdowns).filter(|c| RELATIONAL_PREFIXES.iter().any(|p| c.starts_with(p))).collect()
    }

    /// The time bounds a run starting `now` covers, as Honeycomb resolves `start_time`, `end_time` and
    /// `time_range` (two hours when none is given), before any rule is checked.
    pub fn bounds(&self, now: i64) -> TimeWindow {
        let (start, end) = match (self.start_time, self.end_time, self.time_range) {
            (Some(s), Some(e), _) => (s, e),
            (Some(s), None, Some(r)) => (s, s.saturating_add(r)),
            (Some(s), None, None) => (s, now),
            (None, Some(e), r) => (e.saturating_sub(r.unwrap_or(DEFAULT_RANGE_SECS)), e),
            (None, None, r) => (now.saturating_sub(r.unwrap_or(DEFAULT_RANGE_SECS)), now),
        };
        TimeWindow { start, end }
    }

    /// The bounds of a run starting `now`, or the Query Data API time rule they break.
    pub fn checked_window(&self, now: i64) -> Result<TimeWindow, WindowError> {
        let TimeWindow { start, end } = self.bounds(now);
        if end <= start {
            return Err(WindowError::EndNotAfterStart);
        }
        if end.saturating_sub(start) > MAX_RANGE_SECS {
            return Err(WindowError::LongerThanSevenDays);
        }
        if start < now - MAX_RANGE_SECS {
            return Err(WindowError::OlderThanSevenDays);
        }
        Ok(TimeWindow { start, end })
    }

    /// The time bounds of a run starting `now`, with the Query Data API's 7-day rule.
    pub fn window(&self, now: i64) -> Result<TimeWindow, String> {
        self.checked_window(now).map_err(|err| err.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec(v: Value) -> QuerySpec {
        QuerySpec::from_json(v).unwrap()
    }

    #[test]
    fn labels_match_honeycomb() {
        let q = spec(json!({"calculations":[{"op":"P99","column":"duration_ms"},{"op":"COUNT"}]}));
        assert_eq!(q.calculations[0].label(), "P99(duration_ms)");
        assert_eq!(q.calculations[1].label(), "COUNT");
    }

    #[test]
    fn echo_omits_absent_fields() {
        let q = spec(json!({"calculations":[{"op":"COUNT"}],"time_range":3600}));
        assert_eq!(serde_json::to_value(&q).unwrap(), json!({"calculations":[{"op":"COUNT"}],"time_range":3600}));
    }

    #[test]
    fn validation_catches_what_honeycomb_rejects() {
        assert!(spec(json!({"calculations":[{"op":"P99"}]})).validate().is_err());
        assert!(spec(json!({"calculations":[{"op":"COUNT"}],"orders":[{"op":"P99","column":"x"}]})).validate().is_err());
        assert!(spec(json!({"filters":[{"column":"a","op":"in","value":"x"}]})).validate().is_err());
        assert!(spec(json!({"limit":5000})).validate().is_err());
        assert!(QuerySpec::from_json(json!({"calculations":[{"op":"P98"}]})).is_err());
        spec(json!({"calculations":[{"op":"P99","column":"d"}],"breakdowns":["u"],
            "orders":[{"op":"P99","column":"d","order":"descending"},{"column":"u"}],
            "havings":[{"calculate_op":"P99","column":"d","op":">","value":1}]}))
        .validate()
        .unwrap();
    }

    #[test]
    fn floors_by_range_as_the_spec_examples_do() {
        // 2021-04-22T05:28:12Z, the spec's example time.
        let t = 1_619_069_292;
        let floored = |range: i64| TimeWindow { start: t - range, end: t }.floored();
        assert_eq!(floored(3600).end, 1_619_069_280, "≤ 6 h: 05:28:00");
        assert_eq!(floored(21_600).end, 1_619_069_280, "6 h exactly is still the minute");
        assert_eq!(floored(21_601).end, 1_619_069_100, "> 6 h: 05:25:00");
        assert_eq!(floored(172_800).end, 1_619_069_100, "2 d exactly: 5 minutes");
        assert_eq!(floored(172_801).end, 1_619_067_600, "> 2 d: 05:00:00");
        let w = floored(3600);
        assert_eq!((w.start % 60, w.end - w.start), (0, 3600));
        assert_eq!(TimeWindow { start: t - 20, end: t }.floored(), TimeWindow { start: 1_619_069_220, end: 1_619_069_280 });
    }

    #[test]
    fn relational_fields_are_found_in_filters_and_breakdowns() {
        let q = spec(json!({"filters":[{"column":"root.name","op":"=","value":"GET /"},{"column":"rooted","op":"exists"}],
            "breakdowns":["any2.service.name","name"],"calculations":[{"op":"COUNT"}]}));
        assert_eq!(q.relational_fields(), ["root.name", "any2.service.name"]);
        assert!(spec(json!({"breakdowns":["parentheses"]})).relational_fields().is_empty());
    }

    #[test]
    fn trigger_queries_have_their_own_rules() {
        let q = |v: Value| spec(v).validate_for_trigger(300);
        q(json!({"calculations":[{"op":"COUNT"}],"time_range":600})).unwrap();
        q(json!({"calculations":[{"op":"COUNT"},{"op":"P99","column":"d"}],"havings":[{"calculate_op":"P99","column":"d","op":">","value":1}],"time_range":300}))
            .unwrap();
        let err = |v: Value| q(v).unwrap_err().to_string();
        assert!(err(json!({"time_range":600})).contains("needs one calculation"));
        assert!(err(json!({"calculations":[{"op":"HEATMAP","column":"d"}],"time_range":600})).contains("HEATMAP"));
        assert!(err(json!({"calculations":[{"op":"COUNT"},{"op":"MAX","column":"d"}],"time_range":600})).contains("only one calculation"));
        assert!(err(json!({"calculations":[{"op":"COUNT"}],"time_range":600,"limit":5})).starts_with("query.limit"));
        assert!(err(json!({"calculations":[{"op":"COUNT"}]})).contains("needs a time_range"));
        assert!(err(json!({"calculations":[{"op":"COUNT"}],"time_range":120})).contains("between the frequency (300 s) and 1200 s"));
        assert!(err(json!({"calculations":[{"op":"COUNT"}],"time_range":1500})).contains("1200 s"));
        assert_eq!(spec(json!({"calculations":[{"op":"COUNT"}],"time_range":86400})).validate_for_trigger(86_400), Ok(()));
    }

    #[test]
    fn columns_are_every_column_read_once() {
        let q = spec(json!({"calculations":[{"op":"P99","column":"duration_ms"},{"op":"COUNT"}],"breakdowns":["user","sli"],
            "filters":[{"column":"user","op":"exists"}],"calculated_fields":[{"name":"sli","expression":"1"}]}));
        assert_eq!(q.columns(), ["duration_ms", "user"]);
    }

    #[test]
    fn time_window_rules() {
        let now = 1_000_000_000;
        let w = spec(json!({"time_range":3600})).window(now).unwrap();
        assert_eq!((w.start, w.end), (now - 3600, now));
        let w = spec(json!({})).window(now).unwrap();
        assert_eq!(w.end - w.start, DEFAULT_RANGE_SECS);
        let w = spec(json!({"start_time": now - 100, "time_range": 50})).window(now).unwrap();
        assert_eq!((w.start, w.end), (now - 100, now - 50));
        assert!(spec(json!({"time_range": MAX_RANGE_SECS + 1})).window(now).is_err());
        assert!(spec(json!({"start_time": now - MAX_RANGE_SECS - 10, "end_time": now - MAX_RANGE_SECS + 10})).window(now).is_err());
    }
}
