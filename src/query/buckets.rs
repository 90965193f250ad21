//! A HEATMAP cell's buckets: Honeycomb returns each as a list of `{lower, upper, count}` (a JSON string,
//! since result cells are scalars). Read here once, for the heatmap drawing ([`super::heatmap`]) and the
//! sparkline a table shows in a HEATMAP cell ([`super::table`]).

use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bucket {
    pub lower: f64,
    pub upper: f64,
    pub count: u64,
}

/// A HEATMAP value: the buckets as a JSON string (or already an array).
pub fn parse_buckets(value: &Value) -> Result<Vec<Bucket>, String> {
    let parsed;
    let list = match value {
        Value::String(text) => {
            parsed = serde_json::from_str::<Value>(text).map_err(|err| format!("HEATMAP value is not JSON: {err}"))?;
            &parsed
        }
        other => other,
    };
    let items = list.as_array().ok_or_else(|| format!("HEATMAP value is not a list of buckets: {}", crate::xray::schema::show(list)))?;
    items
        .iter()
        .map(|item| {
            let number = |name: &str| item.get(name).and_then(Value::as_f64);
            match (number("lower"), number("upper"), item.get("count").and_then(Value::as_u64)) {
                (Some(lower), Some(upper), Some(count)) => Ok(Bucket { lower, upper, count }),
                _ => Err(format!("HEATMAP bucket without lower, upper and count: {}", crate::xray::schema::show(item))),
            }
        })
        .collect()
}
