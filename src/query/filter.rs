//! `--where 'column op value'`: one filter per flag, in Honeycomb's filter operators.
//!
//! - `column` is a name as written (`app.user_id`, `http.status_code`), or quoted (`"my column"`) when
//!   it has spaces.
//! - `op` is `= != > >= < <=` (`==` is read as `=`; symbols need no spaces: `duration_ms>100`) or a word
//!   operator: `starts-with`, `does-not-start-with`, `ends-with`, `does-not-end-with`, `contains`,
//!   `does-not-contain`, `exists`, `does-not-exist`, `in`, `not-in` (`_` works for `-`).
//! - `value` is the rest: numbers and `true`/`false` are sent as such, anything else as a string;
//!   quote it (`'= "42"'`) to force a string. `in` and `not-in` take a comma-separated list;
//!   `exists` and `does-not-exist` take none.

use serde_json::Value;

use crate::honeycomb::query::{Filter, FilterOp};

const SYMBOLS: [(&str, FilterOp); 7] = [
    ("!=", FilterOp::Ne),
    (">=", FilterOp::Ge),
    ("<=", FilterOp::Le),
    ("==", FilterOp::Eq),
    ("=", FilterOp::Eq),
    (">", FilterOp::Gt),
    ("<", FilterOp::Lt),
];

pub const WHERE_HELP: &str = "\
A filter, 'COLUMN OP VALUE', repeatable (all must match; --any: at least one). OP is = != > >= < <= \
starts-with does-not-start-with ends-with does-not-end-with contains does-not-contain exists \
does-not-exist in not-in. Examples: --where 'app.user_id = andrew' --where 'duration_ms > 250' \
--where 'http.route starts-with /api' --where 'error exists' --where 'http.status_code in 500,502,503'. \
Numbers and true/false are typed; quote a value to send it as a string.";

fn valid_ops() -> String {
    FilterOp::NAMES.join(" ")
}

/// Splits off a leading quoted string (`"..."` or `'...'`, with `\` escapes), returning it and the rest.
fn quoted(text: &str) -> Option<Result<(String, &str), String>> {
    let quote = text.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let mut out = String::new();
    let mut escaped = false;
    for (index, c) in text.char_indices().skip(1) {
        if escaped {
            out.push(c);
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == quote {
            return Some(Ok((out, &text[index + 1..])));
        } else {
            out.push(c);
        }
    }
    Some(Err(format!("unclosed {quote} quote")))
}

/// A value as typed on the command line: a quoted string stays a string; numbers and booleans are typed.
fn scalar(text: &str) -> Result<Value, String> {
    let text = text.trim();
    if let Some(result) = quoted(text) {
        let (value, rest) = result?;
        if !rest.trim().is_empty() {
            return Err(format!("unexpected {:?} after the quoted value", rest.trim()));
        }
        return Ok(Value::String(value));
    }
    if let Ok(integer) = text.parse::<i64>() {
        return Ok(Value::from(integer));
    }
    if let Ok(float) = text.parse::<f64>()
        && float.is_finite()
        && text.bytes().any(|b| b.is_ascii_digit())
    {
        return Ok(Value::from(float));
    }
    Ok(match text {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        _ => Value::String(text.to_owned()),
    })
}

/// Splits a list on commas outside quotes.
fn list(text: &str) -> Result<Vec<Value>, String> {
    let mut items = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let (item, after) = match quoted(rest) {
            Some(result) => {
                let (value, after) = result?;
                (Value::String(value), after.trim_start())
            }
            None => {
                let end = rest.find(',').unwrap_or(rest.len());
                (scalar(&rest[..end])?, &rest[end..])
            }
        };
        if matches!(&item, Value::String(s) if s.is_empty()) {
            return Err("empty item in the list".to_owned());
        }
        items.push(item);
        rest = match after.strip_prefix(',') {
            Some(after) => after.trim_start(),
            None if after.trim().is_empty() => "",
            None => return Err(format!("expected , between items, found {:?}", after.trim())),
        };
    }
    if items.is_empty() {
        return Err("the list is empty".to_owned());
    }
    Ok(items)
}

/// Parses one `--where`; errors say what was expected, with the valid operators.
pub fn parse_where(text: &str) -> Result<Filter, String> {
    let input = text.trim();
    let (column, rest) = match quoted(input) {
        Some(result) => result?,
        None => {
            let end = input.find(|c: char| c.is_whitespace() || "=!<>".contains(c)).unwrap_or(input.len());
            (input[..end].to_owned(), &input[end..])
        }
    };
    if column.is_empty() {
        return Err(format!("{text:?}: expected COLUMN OP VALUE, e.g. 'duration_ms > 100'"));
    }
    let rest = rest.trim_start();
    if rest.is_empty() {
        return Err(format!("{text:?}: an operator is missing after {column:?} (one of: {})", valid_ops()));
    }
    let (op, value_text) = if let Some((symbol, op)) = SYMBOLS.iter().find(|(symbol, _)| rest.starts_with(symbol)) {
        (*op, &rest[symbol.len()..])
    } else {
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = rest[..end].to_ascii_lowercase().replace('_', "-");
        match FilterOp::parse(&word) {
            Some(op) => (op, &rest[end..]),
            None => {
                let suggestion = crate::suggest::suggest(&word, FilterOp::NAMES.iter().copied())
                    .map(|known| format!("did you mean {known}? "))
                    .unwrap_or_default();
                return Err(format!("{text:?}: {:?} is not an operator ({suggestion}valid: {})", &rest[..end], valid_ops()));
            }
        }
    };
    let value_text = value_text.trim();
    let value = if op.takes_no_value() {
        if !value_text.is_empty() {
            return Err(format!("{text:?}: {op} takes no value (found {value_text:?})"));
        }
        None
    } else if value_text.is_empty() {
        return Err(format!("{text:?}: {op} needs a value after it"));
    } else if op.takes_list() {
        Some(Value::Array(list(value_text).map_err(|err| format!("{text:?}: {err}"))?))
    } else {
        Some(scalar(value_text).map_err(|err| format!("{text:?}: {err}"))?)
    };
    Ok(Filter { op, column: Some(column), value })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn parsed(text: &str) -> Value {
        serde_json::to_value(parse_where(text).unwrap()).unwrap()
    }

    #[test]
    fn symbols_words_and_typed_values() {
        assert_eq!(parsed("app.user_id = andrew"), json!({"op":"=","column":"app.user_id","value":"andrew"}));
        assert_eq!(parsed("duration_ms>100"), json!({"op":">","column":"duration_ms","value":100}));
        assert_eq!(parsed("duration_ms >= 2.5"), json!({"op":">=","column":"duration_ms","value":2.5}));
        assert_eq!(parsed("status_code == 2"), json!({"op":"=","column":"status_code","value":2}));
        assert_eq!(parsed("error = true"), json!({"op":"=","column":"error","value":true}));
        assert_eq!(parsed("app.user_id = \"42\""), json!({"op":"=","column":"app.user_id","value":"42"}));
        assert_eq!(
            parsed("http.route starts-with /api/activities"),
            json!({"op":"starts-with","column":"http.route","value":"/api/activities"})
        );
        assert_eq!(parsed("name does_not_contain health check"), json!({"op":"does-not-contain","column":"name","value":"health check"}));
        assert_eq!(parsed("trace.parent_id does-not-exist"), json!({"op":"does-not-exist","column":"trace.parent_id"}));
        assert_eq!(parsed("http.status_code in 500, 502,'x,y'"), json!({"op":"in","column":"http.status_code","value":[500,502,"x,y"]}));
        assert_eq!(parsed("\"my column\" != a b"), json!({"op":"!=","column":"my column","value":"a b"}));
        assert_eq!(parsed("name = 1e3x"), json!({"op":"=","column":"name","value":"1e3x"}));
    }

    #[test]
    fn mistakes_are_explained() {
        assert!(parse_where("duration_ms").unwrap_err().contains("an operator is missing"));
        assert!(parse_where("duration_ms >").unwrap_err().contains("> needs a value"));
        assert!(parse_where("error exists yes").unwrap_err().contains("exists takes no value"));
        let err = parse_where("name startswith x").unwrap_err();
        assert!(err.contains("did you mean starts-with?") && err.contains("valid: = != >"), "{err}");
        assert!(parse_where("name like x").unwrap_err().contains("valid:"));
        assert!(parse_where("= 3").unwrap_err().contains("expected COLUMN OP VALUE"));
        assert!(parse_where("\"open = 3").unwrap_err().contains("unclosed"));
        assert!(parse_where("a in 1,,2").unwrap_err().contains("empty item"));
    }
}
