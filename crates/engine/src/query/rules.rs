//! Every rule a query spec must keep, once: what Honeycomb rejects when a query is created (the local
//! server answers 422 with the first), and what it would take but never run as meant (an `exists` filter
//! with a value, an empty `in` list, an empty breakdown, a comparison offset the API does not offer),
//! which the CLI reports before anything is sent. A [`Problem`] says where and which rule, not how to
//! say it: the server keeps Honeycomb's wording ([`Problem::to_spec_error`]), the CLI its own.

use serde_json::Value;

use super::{FilterOp, MAX_QUERY_LIMIT, Op, QuerySpec, SpecError, expr, label};

/// `compare_time_offset_seconds` values the API accepts (the spec's enum).
pub const COMPARE_OFFSETS: [i64; 8] = [1800, 3600, 7200, 28_800, 86_400, 604_800, 2_419_200, 15_724_800];

/// One broken rule, at a field (`calculations[0].column`, `orders[1]`, `limit`).
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub field: String,
    pub rule: Rule,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Rule {
    BreakdownEmpty,
    /// COUNT or CONCURRENCY with a column.
    ColumnNotTaken(Op),
    /// Any other operator without one.
    ColumnMissing(Op),
    /// Per-calculation filters (metrics datasets only).
    CalculationFilters,
    FilterColumnMissing,
    /// `exists` / `does-not-exist` with a value.
    FilterValueNotTaken(FilterOp),
    /// `in` / `not-in` without a non-empty array (`empty`: it is an empty array).
    FilterListNeeded {
        op: FilterOp,
        empty: bool,
    },
    FilterValueMissing(FilterOp),
    /// An array or object for an operator that takes one value.
    FilterSingleValue(FilterOp),
    OrderHeatmap,
    /// Ordered by a calculation the query does not have (its label).
    OrderNotACalculation(String),
    OrderNeedsColumnOrOp,
    OrderNotABreakdown(String),
    HavingIncomplete,
    HavingNotACalculation,
    LimitOutOfRange(i64),
    GranularityOutOfRange(i64),
    /// `time_range`, `start_time` or `end_time` below 1.
    TimeOutOfRange(i64),
    EndNotAfterStart,
    ThreeTimes,
    CompareOffset(i64),
    CalculatedFieldNameEmpty,
    CalculatedFieldExpressionEmpty,
    CalculatedFieldExpression(String),
}

impl Rule {
    /// Whether Honeycomb refuses a query that breaks it (the local server does too); the others are
    /// accepted and run, but not as the writer meant.
    pub fn rejected_by_honeycomb(&self) -> bool {
        !matches!(
            self,
            Rule::BreakdownEmpty | Rule::FilterValueNotTaken(_) | Rule::FilterListNeeded { empty: true, .. } | Rule::CompareOffset(_)
        )
    }
}

impl Problem {
    fn new(field: impl Into<String>, rule: Rule) -> Problem {
        Problem { field: field.into(), rule }
    }

    /// The 422 the local server answers: Honeycomb's code for the field and a description.
    pub fn to_spec_error(&self) -> SpecError {
        let (code, description) = match &self.rule {
            Rule::ColumnNotTaken(op) => ("invalid", format!("{} does not take a column", op.name())),
            Rule::ColumnMissing(op) => ("missing", format!("{} requires a column", op.name())),
            Rule::CalculationFilters => ("invalid", "per-calculation filters are only supported on metrics datasets".to_owned()),
            Rule::FilterColumnMissing => ("missing", "a filter needs a column".to_owned()),
            Rule::FilterListNeeded { .. } => ("incorrect_type", "in and not-in take an array".to_owned()),
            Rule::FilterValueMissing(_) => ("missing", "this filter op needs a value".to_owned()),
            Rule::FilterSingleValue(_) => ("incorrect_type", "this filter op takes a single value".to_owned()),
            Rule::OrderHeatmap => ("invalid", "HEATMAP cannot be ordered".to_owned()),
            Rule::OrderNotACalculation(label) => ("invalid", format!("order {label} is not one of the query's calculations")),
            Rule::OrderNeedsColumnOrOp => ("invalid", "order column \"\" is not one of the query's breakdowns".to_owned()),
            Rule::OrderNotABreakdown(column) => ("invalid", format!("order column {column:?} is not one of the query's breakdowns")),
            Rule::HavingIncomplete => ("missing", "a having needs op and value".to_owned()),
            Rule::HavingNotACalculation => ("invalid", "a having must refer to one of the query's calculations".to_owned()),
            Rule::LimitOutOfRange(_) => ("invalid", format!("must be between 1 and {MAX_QUERY_LIMIT}")),
            Rule::GranularityOutOfRange(_) | Rule::TimeOutOfRange(_) => ("invalid", "must be at least 1".to_owned()),
            Rule::EndNotAfterStart => ("invalid", "must be after start_time".to_owned()),
            Rule::ThreeTimes => ("invalid", "give at most two of start_time, end_time and time_range".to_owned()),
            Rule::CalculatedFieldNameEmpty => ("missing", "cannot be blank".to_owned()),
            Rule::CalculatedFieldExpression(error) => ("invalid", error.clone()),
            Rule::BreakdownEmpty => ("invalid", "cannot be blank".to_owned()),
            Rule::FilterValueNotTaken(op) => ("invalid", format!("{} takes no value", op.name())),
            Rule::CompareOffset(offset) => ("invalid", format!("{offset} is not an allowed offset")),
            Rule::CalculatedFieldExpressionEmpty => ("invalid", "cannot be blank".to_owned()),
        };
        SpecError::Field { field: self.field.clone(), code, description }
    }
}

/// Every problem of `spec`, in field order.
pub fn problems(spec: &QuerySpec) -> Vec<Problem> {
    let mut found = Vec::new();
    let mut push = |field: String, rule: Rule| found.push(Problem::new(field, rule));
    for (i, breakdown) in spec.breakdowns.iter().enumerate() {
        if breakdown.trim().is_empty() {
            push(format!("breakdowns[{i}]"), Rule::BreakdownEmpty);
        }
    }
    for (i, c) in spec.calculations.iter().enumerate() {
        let field = format!("calculations[{i}].column");
        let column = c.column.as_deref().filter(|column| !column.is_empty());
        match (column, c.op.columnless()) {
            (Some(_), true) => push(field, Rule::ColumnNotTaken(c.op)),
            (None, false) => push(field, Rule::ColumnMissing(c.op)),
            _ => {}
        }
        if !c.filters.is_empty() {
            push(format!("calculations[{i}].filters"), Rule::CalculationFilters);
        }
    }
    for (i, f) in spec.filters.iter().enumerate() {
        let field = format!("filters[{i}]");
        if f.column.as_deref().is_none_or(|column| column.trim().is_empty()) {
            push(format!("{field}.column"), Rule::FilterColumnMissing);
        }
        let value = format!("{field}.value");
        match (&f.value, f.op) {
            (Some(v), op) if op.takes_no_value() && !v.is_null() => push(value, Rule::FilterValueNotTaken(op)),
            (_, op) if op.takes_no_value() => {}
            (Some(Value::Array(items)), op) if op.takes_list() && items.is_empty() => {
                push(value, Rule::FilterListNeeded { op, empty: true })
            }
            (Some(Value::Array(_)), op) if op.takes_list() => {}
            (_, op) if op.takes_list() => push(value, Rule::FilterListNeeded { op, empty: false }),
            (None | Some(Value::Null), op) => push(value, Rule::FilterValueMissing(op)),
            (Some(Value::Array(_) | Value::Object(_)), op) => push(value, Rule::FilterSingleValue(op)),
            _ => {}
        }
    }
    let calcs = spec.effective_calculations();
    let has = |op: Op, column: Option<&str>| calcs.iter().any(|c| c.op == op && (op.columnless() || c.column.as_deref() == column));
    for (i, o) in spec.orders.iter().enumerate() {
        let field = format!("orders[{i}]");
        match o.op {
            Some(Op::Heatmap) => push(field, Rule::OrderHeatmap),
            Some(op) => {
                let column = if op.columnless() { None } else { o.column.as_deref() };
                if !has(op, column) {
                    push(field, Rule::OrderNotACalculation(label(op, column)));
                }
            }
            None => match o.column.as_deref().unwrap_or_default() {
                "" => push(field, Rule::OrderNeedsColumnOrOp),
                column if !spec.breakdowns.iter().any(|b| b == column) => {
                    push(format!("{field}.column"), Rule::OrderNotABreakdown(column.to_owned()))
                }
                _ => {}
            },
        }
    }
    for (i, h) in spec.havings.iter().enumerate() {
        let field = format!("havings[{i}]");
        if h.op.is_none() || h.value.is_none() {
            push(field.clone(), Rule::HavingIncomplete);
        }
        let column = if h.calculate_op.columnless() { None } else { h.column.as_deref() };
        if !has(h.calculate_op, column) {
            push(field, Rule::HavingNotACalculation);
        }
    }
    if let Some(limit) = spec.limit
        && !(1..=MAX_QUERY_LIMIT).contains(&limit)
    {
        push("limit".to_owned(), Rule::LimitOutOfRange(limit));
    }
    if let Some(g) = spec.granularity
        && g < 1
    {
        push("granularity".to_owned(), Rule::GranularityOutOfRange(g));
    }
    for (field, value) in [("time_range", spec.time_range), ("start_time", spec.start_time), ("end_time", spec.end_time)] {
        if let Some(value) = value
            && value < 1
        {
            let rule = Rule::TimeOutOfRange(value);
            push(field.to_owned(), rule);
        }
    }
    if let (Some(s), Some(e)) = (spec.start_time, spec.end_time)
        && s >= e
        && s >= 1
        && e >= 1
    {
        push("end_time".to_owned(), Rule::EndNotAfterStart);
    }
    if spec.start_time.is_some() && spec.end_time.is_some() && spec.time_range.is_some() {
        push("time_range".to_owned(), Rule::ThreeTimes);
    }
    if let Some(offset) = spec.compare_time_offset_seconds
        && !COMPARE_OFFSETS.contains(&offset)
    {
        push("compare_time_offset_seconds".to_owned(), Rule::CompareOffset(offset));
    }
    for (i, f) in spec.calculated_fields.iter().enumerate() {
        if f.name.trim().is_empty() {
            push(format!("calculated_fields[{i}].name"), Rule::CalculatedFieldNameEmpty);
        }
        let field = format!("calculated_fields[{i}].expression");
        if f.expression.trim().is_empty() {
            push(field, Rule::CalculatedFieldExpressionEmpty);
        } else if let Err(error) = expr::Expr::parse(&f.expression) {
            push(field, Rule::CalculatedFieldExpression(error.to_string()));
        }
    }
    found
}
