//! The official spec, embedded, as the source of truth for error body formats.
//!
//! Honeycomb answers errors in three formats (legacy `{"error"}`, RFC 7807 problem+json and
//! JSON:API), and which ones an operation may use differs per operation and status: e.g.
//! `POST /1/query_results` declares its 429 as problem+json only while `/1/events` declares
//! plain JSON, and `GET /1/query_results/{id}` has no 401 at all, only a JSON `default`.
//! Rather than a hand-kept table that drifts, the server reads the media types the spec
//! declares for (operation, status) and renders the error in one of them, so an error from any
//! route, including an injected fault, validates through `prism proxy --errors`.

use serde::Deserialize;
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use std::collections::HashMap;
use std::sync::LazyLock;

/// The spec copy in this crate (`spec/openapi-public.json`), compiled in so nothing reads a
/// file at run time.
pub const SPEC_JSON: &str = include_str!("../spec/openapi-public.json");

type Responses = HashMap<String, Vec<String>>;

/// What the spec says about one operation.
struct OperationInfo {
    /// Its tags (`Query Data`, `SLOs`, ...): the sections whose descriptions name the plans.
    tags: Vec<String>,
    /// Status (or "default") → declared media types, in spec order.
    responses: Responses,
}

/// (METHOD, path template) → the operation.
type Operations = HashMap<(String, String), OperationInfo>;
/// Tag name → its description.
type Tags = HashMap<String, String>;

/// The operations and the tags, read once.
static PARSED: LazyLock<(Operations, Tags)> = LazyLock::new(build_index);

/// The keys of a JSON object in document order (`serde_json::Value` sorts them, and the order
/// of a response's media types matters: prism validates against the first).
#[derive(Default)]
struct OrderedKeys(Vec<String>);

impl<'de> Deserialize<'de> for OrderedKeys {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<OrderedKeys, D::Error> {
        struct Keys;
        impl<'de> Visitor<'de> for Keys {
            type Value = OrderedKeys;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OrderedKeys, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = map.next_key::<String>()? {
                    map.next_value::<IgnoredAny>()?;
                    keys.push(k);
                }
                Ok(OrderedKeys(keys))
            }
        }
        d.deserialize_map(Keys)
    }
}

#[derive(Deserialize)]
struct SpecResponse {
    #[serde(rename = "$ref")]
    reference: Option<String>,
    #[serde(default)]
    content: OrderedKeys,
}

#[derive(Deserialize)]
struct Operation {
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    responses: HashMap<String, SpecResponse>,
}

#[derive(Deserialize)]
struct Tag {
    name: String,
    #[serde(default)]
    description: String,
}

#[derive(Deserialize)]
struct PathItem {
    get: Option<Operation>,
    put: Option<Operation>,
    post: Option<Operation>,
    delete: Option<Operation>,
    patch: Option<Operation>,
}

#[derive(Deserialize)]
struct Components {
    #[serde(default)]
    responses: HashMap<String, SpecResponse>,
}

#[derive(Deserialize)]
struct Spec {
    paths: HashMap<String, PathItem>,
    components: Components,
    #[serde(default)]
    tags: Vec<Tag>,
}

fn build_index() -> (Operations, Tags) {
    let Ok(spec) = serde_json::from_str::<Spec>(SPEC_JSON) else {
        return Default::default();
    };
    let media_types = |r: &SpecResponse| -> Vec<String> {
        match &r.reference {
            Some(reference) => reference
                .rsplit('/')
                .next()
                .and_then(|name| spec.components.responses.get(name))
                .map(|shared| shared.content.0.clone())
                .unwrap_or_default(),
            None => r.content.0.clone(),
        }
    };
    let mut index = HashMap::new();
    for (path, item) in &spec.paths {
        let ops = [("GET", &item.get), ("PUT", &item.put), ("POST", &item.post), ("DELETE", &item.delete), ("PATCH", &item.patch)];
        for (method, op) in ops {
            let Some(op) = op else { continue };
            let responses = op.responses.iter().map(|(status, r)| (status.clone(), media_types(r))).collect();
            index.insert((method.to_owned(), path.clone()), OperationInfo { tags: op.tags.clone(), responses });
        }
    }
    let tags = spec.tags.into_iter().map(|t| (t.name, t.description)).collect();
    (index, tags)
}

/// The spec's tags of this operation (empty for an operation the spec does not have).
pub fn tags(method: &str, template: &str) -> &'static [String] {
    PARSED.0.get(&(method.to_ascii_uppercase(), template.to_owned())).map_or(&[], |op| op.tags.as_slice())
}

/// The description of a tag (a section of the API docs).
pub fn tag_description(tag: &str) -> Option<&'static str> {
    PARSED.1.get(tag).map(String::as_str)
}

/// Whether the spec has this operation (`GET`, `/1/auth`).
pub fn has_operation(method: &str, template: &str) -> bool {
    PARSED.0.contains_key(&(method.to_ascii_uppercase(), template.to_owned()))
}

/// The media types the spec declares for this operation's `status` response, falling back to
/// its `default` response. `None` when the operation or both responses are undeclared.
pub fn response_media_types(method: &str, template: &str, status: u16) -> Option<&'static [String]> {
    let responses = &PARSED.0.get(&(method.to_ascii_uppercase(), template.to_owned()))?.responses;
    responses.get(&status.to_string()).or_else(|| responses.get("default")).map(Vec::as_slice)
}

/// Every operation in the spec, as `METHOD /template`.
pub fn operations() -> Vec<String> {
    let mut ops: Vec<String> = PARSED.0.keys().map(|(m, p)| format!("{m} {p}")).collect();
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
        let types = response_media_types("GET", "/1/query_results/{datasetSlug}/{queryResultId}", 401).unwrap();
        assert_eq!(types, ["application/json"]);
        // Document order, not alphabetical.
        let types = response_media_types("POST", "/1/datasets", 422).unwrap();
        assert_eq!(types[0], "application/problem+json");
        assert!(has_operation("get", "/2/auth"));
        assert!(!has_operation("GET", "/v1/traces"));
        assert!(operations().len() > 80);
    }
}
