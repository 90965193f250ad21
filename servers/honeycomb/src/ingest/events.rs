//! The events API: `/1/events/{dataset}` (one event) and `/1/batch/{dataset}` (many).

use serde_json::{Map, Value as Json};

use cruddur_engine::table::Value;

/// Flattens a JSON event into fields: nested objects become `parent.child` up to `depth`
/// levels (the dataset's `expand_json_depth`), deeper objects and arrays are stored as JSON
/// strings, and nulls are dropped.
pub fn flatten(event: &Map<String, Json>, depth: u8) -> Vec<(String, Json)> {
    let mut out = Vec::with_capacity(event.len());
    flatten_into(&mut out, "", event, depth);
    out
}

fn flatten_into(out: &mut Vec<(String, Json)>, prefix: &str, object: &Map<String, Json>, depth: u8) {
    for (k, v) in object {
        let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
        match v {
            Json::Null => {}
            Json::Object(inner) if depth > 0 => flatten_into(out, &key, inner, depth - 1),
            Json::Object(_) | Json::Array(_) => out.push((key, Json::String(v.to_string()))),
            _ => out.push((key, v.clone())),
        }
    }
}

/// A flattened JSON scalar as a store value.
pub fn as_value(v: &Json) -> Option<Value<'_>> {
    Some(match v {
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64()?),
        },
        Json::String(s) => Value::Str(s),
        _ => return None,
    })
}

/// The event time from `X-Honeycomb-Event-Time` or a batch `time`: RFC 3339, or Unix seconds
/// (integer or fractional). Nanoseconds since the epoch.
pub fn parse_event_time(s: &str) -> Option<i64> {
    let s = s.trim();
    crate::util::parse_rfc3339_nanos(s).or_else(|| s.parse::<f64>().ok().filter(|f| f.is_finite() && *f > 0.0).map(|f| (f * 1e9) as i64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn flattens_to_the_configured_depth() {
        let event = json!({"a": 1, "b": {"c": "x", "d": {"e": true}}, "n": null, "l": [1, 2]});
        let flat = flatten(event.as_object().unwrap(), 1);
        assert!(flat.contains(&("a".into(), json!(1))));
        assert!(flat.contains(&("b.c".into(), json!("x"))));
        assert!(flat.contains(&("b.d".into(), json!("{\"e\":true}"))));
        assert!(flat.contains(&("l".into(), json!("[1,2]"))));
        assert_eq!(flat.len(), 4);
    }

    #[test]
    fn event_times() {
        assert_eq!(parse_event_time("1700000000"), Some(1_700_000_000_000_000_000));
        assert_eq!(parse_event_time("2023-11-14T22:13:20Z"), Some(1_700_000_000_000_000_000));
        assert_eq!(parse_event_time("soon"), None);
    }
}
