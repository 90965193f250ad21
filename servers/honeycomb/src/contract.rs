//! The official spec, embedded, as the source of truth for error body formats.
//!
//! Honeycomb answers errors in three formats (legacy `{"error"}`, RFC 7807 problem+json and
//! JSON:API), and which ones an operation may use differs per operation and status: e.g.
//! `POST /1/query_results` declares its 429 as problem+json only while `/1/events` declares
//! plain JSON, and `GET /1/query_results/{id}` has no 401 at all, only a JSON `default`.
//! Rather than a hand-kept table that drifts, the server reads the media types the spec
//! declares for (operation, status) and renders the error in one of them, so an error from any
//! route, including an injected fault, validates through `prism proxy --errors`.

use std::collections::HashMap;
use std::sync::LazyLock;

/// The spec copy in this crate (`spec/openapi-public.json`), compiled in so nothing reads a
/// file at run time.
pub const SPEC_JSON: &str = include_str!("../spec/openapi-public.json");

type Responses = HashMap<String, Vec<String>>;

/// (METHOD, path template) → status (or "default") → declared media types.
static INDEX: LazyLock<HashMap<(String, String), Responses>> = LazyLock::new(build_index);

fn build_index() -> HashMap<(String, String), Responses> {
    let spec: serde_json::Value = serde_json::from_str(SPEC_JSON).unwrap_or_default();
    let resolve = |v: &serde_json::Value| -> serde_json::Value {
        match v.get("$ref").and_then(|r| r.as_str()) {
            Some(r) => spec
                .pointer(r.trim_start_matches('#'))
                .cloned()
                .unwrap_or_default(),
            None => v.clone(),
        }
    };
    let mut index = HashMap::new();
    let Some(paths) = spec.get("paths").and_then(|p| p.as_object()) else {
        return index;
    };
    for (path, ops) in paths {
        let Some(ops) = ops.as_object() else { continue };
        for (method, op) in ops {
            let Some(responses) = op.get("responses").and_then(|r| r.as_object()) else {
                continue;
            };
            let mut by_status = Responses::new();
            for (status, response) in responses {
                let response = resolve(response);
                let types = response
                    .get("content")
                    .and_then(|c| c.as_object())
                    .map(|c| c.keys().cloned().collect())
                    .unwrap_or_default();
                by_status.insert(status.clone(), types);
            }
            index.insert((method.to_ascii_uppercase(), path.clone()), by_status);
        }
    }
    index
}

/// Whether the spec has this operation (`GET`, `/1/auth`).
pub fn has_operation(method: &str, template: &str) -> bool {
    INDEX.contains_key(&(method.to_ascii_uppercase(), template.to_owned()))
}

/// The media types the spec declares for this operation's `status` response, falling back to
/// its `default` response. `None` when the operation or both responses are undeclared.
pub fn response_media_types(method: &str, template: &str, status: u16) -> Option<&'static [String]> {
    let responses = INDEX.get(&(method.to_ascii_uppercase(), template.to_owned()))?;
    responses
        .get(&status.to_string())
        .or_else(|| responses.get("default"))
        .map(Vec::as_slice)
}

/// Every operation in the spec, as `METHOD /template`.
pub fn operations() -> Vec<String> {
    let mut ops: Vec<String> = INDEX.keys().map(|(m, p)| format!("{m} {p}")).collect();
    ops.sort();
    ops
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_declared_media_types() {
        let types = response_media_types("POST", "/1/query_results/{datasetSlug}", 429).unwrap();
        assert_eq!(types, ["application/problem+json"]);
        // Undeclared 401 falls back to the JSON `default` response.
        let types =
            response_media_types("GET", "/1/query_results/{datasetSlug}/{queryResultId}", 401).unwrap();
        assert_eq!(types, ["application/json"]);
        assert!(has_operation("get", "/2/auth"));
        assert!(!has_operation("GET", "/v1/traces"));
        assert!(operations().len() > 80);
    }
}
