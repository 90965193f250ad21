//! Query specs from users (`query run --file F | --spec JSON`, `query save --file F`): read, checked
//! against Honeycomb's `Query` schema and the Query Data API's rules, every problem reported with its
//! file and field (`spec.json: calculations[0].op: "P98" is not an operator (did you mean P90?)`), and
//! nothing sent while any remains. The same semantic checks run on the presets and on a spec after the
//! command-line flags changed it.

use std::path::Path;

use serde_json::{Map, Value};

use super::time;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::query::{CalcOp, FilterOp, HavingOp, QuerySpec};
use crate::suggest::suggest;
use crate::xray::schema::{Problem, show};
use cruddur_engine::query::Rule;
use cruddur_engine::query::rules::COMPARE_OFFSETS;

/// The largest `limit` a query spec may carry (the engine's); query results may return up to [`MAX_RESULT_LIMIT`].
pub const MAX_SPEC_LIMIT: i64 = cruddur_engine::query::MAX_QUERY_LIMIT;
pub const MAX_RESULT_LIMIT: u32 = 10_000;

const QUERY_FIELDS: [&str; 17] = [
    "id",
    "breakdowns",
    "calculations",
    "filters",
    "filter_combination",
    "formulas",
    "granularity",
    "orders",
    "limit",
    "start_time",
    "end_time",
    "time_range",
    "havings",
    "calculated_fields",
    "compare_time_offset_seconds",
    "usage_mode",
    // Not in the schema, but what `GET /1/queries` and the UI's "Query JSON" may carry: accepted and
    // ignored like `id`.
    "dataset",
];
const CALCULATION_FIELDS: [&str; 5] = ["op", "column", "name", "filters", "filter_combination"];
const FILTER_FIELDS: [&str; 3] = ["column", "op", "value"];
const ORDER_FIELDS: [&str; 3] = ["column", "op", "order"];
const HAVING_FIELDS: [&str; 4] = ["calculate_op", "column", "op", "value"];
const NAMED_EXPRESSION_FIELDS: [&str; 2] = ["name", "expression"];

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn child(path: &str, name: &str) -> String {
    if path.is_empty() { name.to_owned() } else { format!("{path}.{name}") }
}

/// Structural checks on the JSON as written: every problem, not only the first.
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::new(path, message));
    }

    fn wrong_type(&mut self, value: &Value, path: &str, expected: &str) {
        let shown = if value.is_null() { String::new() } else { format!("{} ", show(value)) };
        self.push(path, format!("{shown}is {}; expected {expected}", type_name(value)));
    }

    fn object<'v>(&mut self, value: &'v Value, path: &str, known: &[&'static str], required: &[&str]) -> Option<&'v Map<String, Value>> {
        let Some(map) = value.as_object() else {
            self.wrong_type(value, if path.is_empty() { "(top level)" } else { path }, "an object");
            return None;
        };
        for key in map.keys() {
            if !known.contains(&key.as_str()) {
                let message = match suggest(key, known.iter().copied().filter(|name| *name != "dataset")) {
                    Some(name) => format!("unknown field (did you mean {name}?)"),
                    None => format!(
                        "unknown field (expected one of: {})",
                        known.iter().filter(|name| **name != "dataset").copied().collect::<Vec<_>>().join(", ")
                    ),
                };
                self.push(child(path, key), message);
            }
        }
        for name in required {
            let misspelt = map.keys().any(|key| !known.contains(&key.as_str()) && suggest(key, [*name]).is_some());
            if !map.contains_key(*name) && !misspelt {
                self.push(child(path, name), "missing (required)");
            }
        }
        Some(map)
    }

    fn array<'v>(&mut self, value: &'v Value, path: &str) -> Option<&'v Vec<Value>> {
        match value.as_array() {
            Some(items) if items.len() > 100 => {
                self.push(path, format!("has {} items: at most 100 allowed", items.len()));
                Some(items)
            }
            Some(items) => Some(items),
            None => {
                self.wrong_type(value, path, "an array");
                None
            }
        }
    }

    fn string(&mut self, value: &Value, path: &str, nullable: bool) {
        if !(value.is_string() || (nullable && value.is_null())) {
            self.wrong_type(value, path, "a string");
        }
    }

    fn integer(&mut self, value: &Value, path: &str) -> Option<i64> {
        match value.as_i64() {
            Some(number) => Some(number),
            // Whole, but beyond what any of these fields takes.
            None if value.is_u64() => {
                self.push(path, format!("{} is out of range", show(value)));
                None
            }
            None if value.is_number() => {
                self.push(path, format!("{} must be a whole number", show(value)));
                None
            }
            None => {
                self.wrong_type(value, path, "a whole number");
                None
            }
        }
    }

    fn name(&mut self, value: &Value, path: &str, names: &[&str], what: &str) {
        let Some(text) = value.as_str() else {
            self.wrong_type(value, path, &format!("{what} (a string)"));
            return;
        };
        if names.contains(&text) {
            return;
        }
        let upper = text.to_ascii_uppercase();
        let hint = match suggest(&upper, names.iter().copied()).or_else(|| suggest(text, names.iter().copied())) {
            Some(name) => format!("did you mean {name}? "),
            None => String::new(),
        };
        self.push(path, format!("{} is not {what} ({hint}valid: {})", show(value), names.join(" ")));
    }

    fn filter(&mut self, value: &Value, path: &str) {
        let Some(map) = self.object(value, path, &FILTER_FIELDS, &["column", "op"]) else { return };
        if let Some(column) = map.get("column") {
            self.string(column, &child(path, "column"), true);
        }
        if let Some(op) = map.get("op") {
            self.name(op, &child(path, "op"), FilterOp::NAMES, "a filter operator");
        }
        if let Some(value) = map.get("value")
            && value.is_object()
        {
            self.wrong_type(value, &child(path, "value"), "a string, number, boolean or array");
        }
    }

    fn named_expressions(&mut self, value: &Value, path: &str) {
        if let Some(items) = self.array(value, path) {
            for (index, item) in items.iter().enumerate() {
                let path = format!("{path}[{index}]");
                if let Some(map) = self.object(item, &path, &NAMED_EXPRESSION_FIELDS, &NAMED_EXPRESSION_FIELDS) {
                    for (key, value) in map.iter().filter(|(key, _)| NAMED_EXPRESSION_FIELDS.contains(&key.as_str())) {
                        self.string(value, &child(&path, key), false);
                    }
                }
            }
        }
    }

    fn query(&mut self, value: &Value) {
        let Some(map) = self.object(value, "", &QUERY_FIELDS, &[]) else { return };
        for (key, value) in map {
            let path = key.as_str();
            match path {
                "breakdowns" => {
                    if let Some(items) = self.array(value, path) {
                        for (index, item) in items.iter().enumerate() {
                            self.string(item, &format!("{path}[{index}]"), false);
                        }
                    }
                }
                "calculations" => {
                    let Some(items) = self.array(value, path) else { continue };
                    for (index, item) in items.iter().enumerate() {
                        let path = format!("{path}[{index}]");
                        let Some(calculation) = self.object(item, &path, &CALCULATION_FIELDS, &["op"]) else { continue };
                        for (key, value) in calculation {
                            let field = child(&path, key);
                            match key.as_str() {
                                "op" => self.name(value, &field, CalcOp::NAMES, "a calculation operator"),
                                "column" | "name" => self.string(value, &field, true),
                                "filter_combination" => self.name(value, &field, &["AND", "OR"], "a filter combination"),
                                "filters" => {
                                    if let Some(filters) = self.array(value, &field) {
                                        for (index, filter) in filters.iter().enumerate() {
                                            self.filter(filter, &format!("{field}[{index}]"));
                                        }
                                    }
                                }
                                _ => {}
                            }
                        }
                    }
                }
                "filters" => {
                    if let Some(items) = self.array(value, path) {
                        for (index, item) in items.iter().enumerate() {
                            self.filter(item, &format!("{path}[{index}]"));
                        }
                    }
                }
                "filter_combination" => self.name(value, path, &["AND", "OR"], "a filter combination"),
                "formulas" | "calculated_fields" => self.named_expressions(value, path),
                "orders" => {
                    let Some(items) = self.array(value, path) else { continue };
                    for (index, item) in items.iter().enumerate() {
                        let path = format!("{path}[{index}]");
                        let Some(order) = self.object(item, &path, &ORDER_FIELDS, &[]) else { continue };
                        for (key, value) in order {
                            let field = child(&path, key);
                            match key.as_str() {
                                "column" => self.string(value, &field, false),
                                "op" => self.name(value, &field, CalcOp::NAMES, "a calculation operator"),
                                "order" => self.name(value, &field, &["ascending", "descending"], "an order"),
                                _ => {}
                            }
                        }
                    }
                }
                "havings" => {
                    let Some(items) = self.array(value, path) else { continue };
                    for (index, item) in items.iter().enumerate() {
                        let path = format!("{path}[{index}]");
                        let Some(having) = self.object(item, &path, &HAVING_FIELDS, &["calculate_op"]) else { continue };
                        let having_ops: Vec<&str> = CalcOp::NAMES.iter().copied().filter(|name| *name != "HEATMAP").collect();
                        for (key, value) in having {
                            let field = child(&path, key);
                            match key.as_str() {
                                "calculate_op" => self.name(value, &field, &having_ops, "a having calculation"),
                                "column" => self.string(value, &field, true),
                                "op" => self.name(value, &field, HavingOp::NAMES, "a having operator"),
                                "value" if !value.is_number() => self.wrong_type(value, &field, "a number"),
                                _ => {}
                            }
                        }
                    }
                }
                "granularity" | "limit" | "start_time" | "end_time" | "time_range" | "compare_time_offset_seconds" => {
                    self.integer(value, path);
                }
                "usage_mode" if !value.is_boolean() => self.wrong_type(value, path, "a boolean"),
                "id" | "dataset" => self.string(value, path, true),
                _ => {}
            }
        }
    }
}

/// Checks a typed spec against what Honeycomb refuses (and what the Query Data API cannot run):
/// `(field, message)` problems. Run on user specs, presets and specs changed by flags alike. The rules
/// are the engine's (`QuerySpec::problems`, `QuerySpec::checked_window`: the ones the local server and
/// the local copy enforce); only the words are the CLI's.
pub fn check(spec: &QuerySpec, now: i64) -> Vec<Problem> {
    let mut problems = check_rules(spec);
    // A window made of a time out of range only repeats that problem.
    let times_in_range = [spec.time_range, spec.start_time, spec.end_time].iter().flatten().all(|value| *value >= 1);
    for (field, message) in time::check_window(spec, now).into_iter().filter(|_| times_in_range) {
        problems.push(Problem::new(field, message));
    }
    problems
}

/// A spec given as JSON inside another file (a saved query or trigger of `cruddur-obs plan`'s file):
/// the structural checks, then the typed rules, without the Query Data API's window (such a query is
/// stored, not run now). Problems' paths are relative to the spec.
pub fn check_value(value: &Value) -> Result<QuerySpec, Vec<Problem>> {
    let mut checker = Checker { problems: Vec::new() };
    checker.query(value);
    if !checker.problems.is_empty() {
        return Err(checker.problems);
    }
    let spec: QuerySpec =
        serde_json::from_value(value.clone()).map_err(|err| vec![Problem::new("", format!("not a query spec: {err}"))])?;
    let problems = check_rules(&spec);
    if problems.is_empty() { Ok(spec) } else { Err(problems) }
}

/// What Honeycomb refuses in a spec whenever it is used (not only when run now).
fn check_rules(spec: &QuerySpec) -> Vec<Problem> {
    let mut problems = Vec::new();
    for found in spec.problems() {
        let field = found.field;
        let message = match found.rule {
            Rule::BreakdownEmpty | Rule::CalculatedFieldNameEmpty | Rule::CalculatedFieldExpressionEmpty => "must not be empty".to_owned(),
            Rule::ColumnNotTaken(op) => format!("{op} takes no column"),
            Rule::ColumnMissing(op) => format!("missing: {op} needs a column, e.g. {{\"op\":\"{op}\",\"column\":\"duration_ms\"}}"),
            Rule::CalculationFilters => "per-calculation filters work only on metrics datasets: put them in the query's filters".to_owned(),
            Rule::FilterColumnMissing => "missing: a filter needs a column".to_owned(),
            Rule::FilterValueNotTaken(op) => format!("{op} takes no value"),
            Rule::FilterListNeeded { op, .. } => format!("{op} needs a non-empty array of values"),
            Rule::FilterValueMissing(op) => format!("missing: {op} needs a value"),
            Rule::FilterSingleValue(op) => format!("{op} takes one value, not an array (use in / not-in for a list)"),
            Rule::OrderHeatmap => "HEATMAP cannot be ordered".to_owned(),
            Rule::OrderNotACalculation(label) => format!("orders by {label}, which is not one of the query's calculations"),
            Rule::OrderNeedsColumnOrOp => "needs a column (a breakdown) or an op (a calculation)".to_owned(),
            Rule::OrderNotABreakdown(column) => format!("{column:?} is not one of the query's breakdowns"),
            Rule::HavingIncomplete => "needs op and value, e.g. {\"calculate_op\":\"COUNT\",\"op\":\">\",\"value\":10}".to_owned(),
            Rule::HavingNotACalculation => "must refer to one of the query's calculations".to_owned(),
            Rule::LimitOutOfRange(limit) => format!(
                "{limit} is out of range: a query spec takes 1 to {MAX_SPEC_LIMIT} (for up to {MAX_RESULT_LIMIT} rows, use --limit instead)"
            ),
            Rule::GranularityOutOfRange(granularity) => format!("{granularity} is out of range: at least 1 (seconds)"),
            Rule::TimeOutOfRange(value) => format!("{value} is out of range: at least 1"),
            // `check`'s window check says it with the times (a stored query has no window yet).
            Rule::EndNotAfterStart => continue,
            Rule::ThreeTimes => "give at most two of start_time, end_time and time_range".to_owned(),
            Rule::CompareOffset(offset) => {
                format!("{offset} is not allowed (valid: {})", COMPARE_OFFSETS.map(|o| o.to_string()).join(" "))
            }
            Rule::CalculatedFieldExpression(error) => error,
        };
        problems.push(Problem::new(field, message));
    }
    problems
}

/// Whether the query reads relational fields (`root.`, `parent.`, `child.`, `any.`, ...), which Honeycomb
/// limits to one run a minute (the engine's list of prefixes).
pub fn uses_relational_fields(spec: &QuerySpec) -> bool {
    !spec.relational_fields().is_empty()
}

/// An error listing every problem, `label: field: message`, then a summary naming the source.
pub fn problems_error(label: &str, problems: Vec<Problem>) -> CliError {
    let count = problems.len();
    let lines = problems
        .into_iter()
        .map(|problem| {
            if problem.path.is_empty() {
                format!("{label}: {}", problem.message)
            } else {
                format!("{label}: {}: {}", problem.path, problem.message)
            }
        })
        .collect();
    let noun = if count == 1 { "problem" } else { "problems" };
    CliError::new(ErrorKind::InvalidInput, format!("{count} {noun} in the query spec ({label}); nothing was sent to Honeycomb"))
        .with_problems(lines)
}

/// Parses and checks a spec's JSON text: structure first (unknown fields, types, operator names), then,
/// if that passed, the typed rules. `label` names the source in messages (a path, or `--spec`).
pub fn parse(text: &str, label: &str, now: i64) -> CliResult<QuerySpec> {
    let value: Value = crate::strict_json::from_str(text).map_err(|err| {
        CliError::invalid_input(format!("{label}: not valid JSON: {err}"))
            .with_hint("a query spec is a JSON object, e.g. {\"calculations\":[{\"op\":\"COUNT\"}],\"time_range\":3600}")
    })?;
    let mut checker = Checker { problems: Vec::new() };
    checker.query(&value);
    if !checker.problems.is_empty() {
        return Err(problems_error(label, checker.problems));
    }
    let spec: QuerySpec =
        serde_json::from_value(value).map_err(|err| CliError::invalid_input(format!("{label}: not a query spec: {err}")))?;
    let problems = check(&spec, now);
    if !problems.is_empty() {
        return Err(problems_error(label, problems));
    }
    Ok(spec)
}

/// Reads `--file F` (or `-` for stdin) or takes `--spec JSON`, and parses it.
pub fn load(file: Option<&Path>, inline: Option<&str>, now: i64) -> CliResult<(QuerySpec, String)> {
    match (file, inline) {
        (Some(path), None) => {
            let label = path.display().to_string();
            let text = if label == "-" {
                crate::fsio::read_stream(&mut std::io::stdin().lock(), crate::fsio::Limit::Rules)
                    .map_err(|err| CliError::invalid_input(format!("stdin: {err}")))?
            } else {
                crate::fsio::read_text(path, crate::fsio::Limit::Rules).map_err(|err| CliError::invalid_input(format!("{label}: {err}")))?
            };
            Ok((parse(&text, &label, now)?, label))
        }
        (None, Some(text)) => Ok((parse(text, "--spec", now)?, "--spec".to_owned())),
        _ => Err(CliError::usage("give the query as --file FILE or --spec JSON")),
    }
}

/// The bad-input census for query specs: each malformed spec (census/spec_cases.txt, one per line) with the
/// lines `query run --file` prints for it (census/spec_messages.txt; `CENSUS_BLESS=1` rewrites it): one per
/// problem, or the one message when the text is not JSON. Every line names the file, and the field (its
/// JSON path) or the line.
#[cfg(test)]
mod census {
    use super::*;
    use crate::edit::test_support::{census, names_line, unescape};

    const FILE: &str = "queries/latency-by-user.json";
    const NOW: i64 = 1_714_557_600;

    fn run(case: &str) -> Vec<String> {
        match parse(&unescape(case), FILE, NOW) {
            Ok(_) => Vec::new(),
            Err(err) if err.problems.is_empty() => vec![err.message],
            Err(err) => {
                assert!(err.message.contains(&format!("({FILE})")), "{}", err.message);
                err.problems
            }
        }
    }

    /// `line N`, or a JSON path before the message: `calculations[0].op: ...`, `(top level): ...`.
    fn names_place(rest: &str) -> bool {
        let Some(rest) = rest.strip_prefix(": ") else { return false };
        names_line(rest) || rest.split_once(": ").is_some_and(|(path, _)| path == "(top level)" || !path.is_empty() && !path.contains(' '))
    }

    #[test]
    fn every_malformed_spec_gets_one_line_messages_naming_file_and_field() {
        census("src/query", "spec", FILE, names_place, run);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_714_557_600;

    fn problems(text: &str) -> Vec<String> {
        match parse(text, "q.json", NOW) {
            Ok(_) => Vec::new(),
            Err(err) => err.problems,
        }
    }

    #[test]
    fn a_good_spec_passes() {
        let spec = parse(
            r#"{"calculations":[{"op":"P99","column":"duration_ms"},{"op":"COUNT"}],"breakdowns":["app.user_id"],
                "filters":[{"column":"app.user_id","op":"exists"}],
                "orders":[{"op":"P99","column":"duration_ms","order":"descending"}],
                "havings":[{"calculate_op":"COUNT","op":">","value":1}],"time_range":3600,"limit":20,"id":"ignored"}"#,
            "q.json",
            NOW,
        )
        .unwrap();
        assert_eq!(spec.breakdowns, ["app.user_id"]);
    }

    #[test]
    fn structure_problems_are_all_reported_with_suggestions() {
        let found = problems(
            r#"{"calculation":[{"op":"COUNT"}],"breakdowns":"name","filters":[{"column":"a","op":"startswith","value":"x"}],
                "orders":[{"op":"P98","column":"d","order":"down"}]}"#,
        );
        assert_eq!(found.len(), 5, "{found:?}");
        assert!(found[0].starts_with("q.json: calculation: unknown field (did you mean calculations?)"), "{found:?}");
        assert!(found[1].contains("breakdowns: \"name\" is a string; expected an array"), "{found:?}");
        assert!(
            found[2].contains("filters[0].op: \"startswith\" is not a filter operator (did you mean starts-with? valid: = != >"),
            "{found:?}"
        );
        assert!(
            found[3].contains("orders[0].op: \"P98\" is not a calculation operator (did you mean P90? valid: COUNT CONCURRENCY"),
            "{found:?}"
        );
        assert!(found[4].contains("orders[0].order: \"down\" is not an order"), "{found:?}");
        let err = parse(r#"{"breakdown":["x"]}"#, "q.json", NOW).unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidInput);
        assert_eq!(err.message, "1 problem in the query spec (q.json); nothing was sent to Honeycomb");
        assert!(problems("[1]")[0].contains("(top level): [1] is an array; expected an object"));
        assert!(parse("{", "q.json", NOW).unwrap_err().message.starts_with("q.json: not valid JSON: EOF"));
        assert!(problems(r#"{"calculations":[{"op":"p99","column":"d"}]}"#)[0].contains("did you mean P99?"));
    }

    #[test]
    fn rules_problems() {
        let found = problems(
            r#"{"calculations":[{"op":"P99"},{"op":"COUNT","column":"x"}],"filters":[{"column":"a","op":"in","value":"x"},{"column":"b","op":"exists","value":1},{"column":"c","op":"="}],
                "orders":[{"op":"AVG","column":"d"},{"column":"nope"}],"havings":[{"calculate_op":"MAX","column":"d"}],"limit":5000,"time_range":691200}"#,
        );
        let text = found.join("\n");
        for wanted in [
            "calculations[0].column: missing: P99 needs a column",
            "calculations[1].column: COUNT takes no column",
            "filters[0].value: in needs a non-empty array",
            "filters[1].value: exists takes no value",
            "filters[2].value: missing: = needs a value",
            "orders[0]: orders by AVG(d), which is not one of the query's calculations",
            "orders[1].column: \"nope\" is not one of the query's breakdowns",
            "havings[0]: needs op and value",
            "havings[0]: must refer to one of the query's calculations",
            "limit: 5000 is out of range: a query spec takes 1 to 1000 (for up to 10000 rows, use --limit instead)",
            "time_range: the time range is 8d; the Query Data API runs at most 7 days",
        ] {
            assert!(text.contains(wanted), "missing {wanted:?} in:\n{text}");
        }
    }

    #[test]
    fn relational_fields_are_noticed() {
        let spec = parse(r#"{"breakdowns":["root.name"]}"#, "q", NOW).unwrap();
        assert!(uses_relational_fields(&spec));
        assert!(!uses_relational_fields(&QuerySpec::default()));
    }
}
