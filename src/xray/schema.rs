//! The sampling-rule input shapes and their constraints, as AWS's model declares them
//! (`servers/xray/model/xray-2016-04-12.service-2.json`), and a checker that reports every problem.
//!
//! Why a table here rather than reading the model at run time: the CLI validates before any network
//! call and must start in milliseconds, so it carries the handful of shapes it accepts. The unit test
//! `schema_matches_the_aws_model` reads the model file and fails if any constraint here drifts from it.
//! Neither botocore (it checks `min` only) nor the Rust SDK (required members only) enforces these.

use serde_json::Value;

use crate::suggest::suggest;

/// What a member's value must look like.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    String {
        min: usize,
        max: Option<usize>,
    },
    Integer {
        min: Option<i64>,
        max: Option<i64>,
    },
    Double {
        min: Option<f64>,
        max: Option<f64>,
    },
    /// A string-to-string map, with a maximum entry count and length limits on keys and values.
    Map {
        max: usize,
        key: (usize, usize),
        value: (usize, usize),
    },
    Structure(&'static Structure),
    List {
        max: usize,
        item: &'static Structure,
    },
}

#[derive(Debug)]
pub struct Member {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
    /// What the value means, added to range errors so the fix is obvious.
    pub meaning: Option<&'static str>,
}

#[derive(Debug)]
pub struct Structure {
    /// The model's shape name (checked against the model in tests).
    pub shape: &'static str,
    pub members: &'static [Member],
}

impl Structure {
    pub fn member(&self, name: &str) -> Option<&Member> {
        self.members.iter().find(|member| member.name == name)
    }

    pub fn member_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.members.iter().map(|member| member.name)
    }
}

const fn member(name: &'static str, kind: Kind, required: bool) -> Member {
    Member { name, kind, required, meaning: None }
}

const fn string(min: usize, max: usize) -> Kind {
    Kind::String { min, max: Some(max) }
}

pub static SAMPLING_RATE_BOOST: Structure = Structure {
    shape: "SamplingRateBoost",
    members: &[
        Member {
            name: "MaxRate",
            kind: Kind::Double { min: Some(0.0), max: Some(1.0) },
            required: true,
            meaning: Some("a fraction of requests: 0.5 = 50%"),
        },
        member("CooldownWindowMinutes", Kind::Integer { min: Some(0), max: None }, true),
    ],
};

pub static SAMPLING_RULE: Structure = Structure {
    shape: "SamplingRule",
    members: &[
        member("RuleName", string(1, 32), false),
        member("RuleARN", Kind::String { min: 0, max: None }, false),
        member("ResourceARN", string(0, 500), true),
        Member {
            name: "Priority",
            kind: Kind::Integer { min: Some(1), max: Some(9999) },
            required: true,
            meaning: Some("lower numbers are evaluated first; 10000 belongs to the Default rule"),
        },
        Member {
            name: "FixedRate",
            kind: Kind::Double { min: Some(0.0), max: Some(1.0) },
            required: true,
            meaning: Some("a fraction of requests: 0.1 = 10%"),
        },
        Member {
            name: "ReservoirSize",
            kind: Kind::Integer { min: Some(0), max: None },
            required: true,
            meaning: Some("requests per second traced before FixedRate applies"),
        },
        member("ServiceName", string(0, 64), true),
        member("ServiceType", string(0, 64), true),
        member("Host", string(0, 64), true),
        member("HTTPMethod", string(0, 10), true),
        member("URLPath", string(0, 128), true),
        Member {
            name: "Version",
            kind: Kind::Integer { min: Some(1), max: None },
            required: true,
            meaning: Some("the sampling rule format version, which is 1"),
        },
        member("Attributes", Kind::Map { max: 5, key: (1, 32), value: (1, 32) }, false),
        member("SamplingRateBoost", Kind::Structure(&SAMPLING_RATE_BOOST), false),
    ],
};

pub static TAG: Structure =
    Structure { shape: "Tag", members: &[member("Key", string(1, 128), true), member("Value", string(0, 256), true)] };

/// `aws xray create-sampling-rule --cli-input-json` input.
pub static CREATE_SAMPLING_RULE_REQUEST: Structure = Structure {
    shape: "CreateSamplingRuleRequest",
    members: &[member("SamplingRule", Kind::Structure(&SAMPLING_RULE), true), member("Tags", Kind::List { max: 200, item: &TAG }, false)],
};

/// One problem found in an input document: where (a JSON path such as `SamplingRule.FixedRate`) and what.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem { path: path.into(), message: message.into() }
    }
}

/// Joins a parent path and a member name (`SamplingRule` + `FixedRate`).
pub fn child_path(parent: &str, name: &str) -> String {
    if parent.is_empty() { name.to_owned() } else { format!("{parent}.{name}") }
}

/// A short, quoted rendering of a JSON value for messages.
pub fn show(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 48 {
        let cut: String = text.chars().take(45).collect();
        format!("{cut}...")
    } else {
        text
    }
}

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

/// Checks `value` against `structure`, appending every problem found (not just the first).
pub fn check_structure(value: &Value, structure: &Structure, path: &str, problems: &mut Vec<Problem>) {
    check_structure_except(value, structure, path, &[], problems);
}

/// Like [`check_structure`], but the members named in `not_descending` are only checked for presence:
/// their values are left to the caller (which may apply rules of its own, as for the Default rule).
pub fn check_structure_except(value: &Value, structure: &Structure, path: &str, not_descending: &[&str], problems: &mut Vec<Problem>) {
    let Some(object) = value.as_object() else {
        problems.push(Problem::new(path, format!("{} is {}; expected an object", show(value), type_name(value))));
        return;
    };
    for (name, member_value) in object {
        match structure.member(name) {
            Some(_) if not_descending.contains(&name.as_str()) => {}
            Some(member) => check_value(member_value, member, &child_path(path, name), problems),
            None => {
                let message = match suggest(name, structure.member_names()) {
                    Some(known) => format!("unknown field (did you mean {known}?)"),
                    None => format!("unknown field (expected one of: {})", structure.member_names().collect::<Vec<_>>().join(", ")),
                };
                problems.push(Problem::new(child_path(path, name), message));
            }
        }
    }
    for member in structure.members.iter().filter(|member| member.required) {
        // A misspelt required member was already reported as unknown with a suggestion; saying it is
        // also missing would be the same mistake twice.
        let misspelt = object.keys().any(|key| structure.member(key).is_none() && suggest(key, [member.name]).is_some());
        if !object.contains_key(member.name) && !misspelt {
            problems.push(Problem::new(child_path(path, member.name), "missing (required)"));
        }
    }
}

fn range_message(value: &Value, min: Option<String>, max: Option<String>, meaning: Option<&str>) -> String {
    let bounds = match (min, max) {
        (Some(min), Some(max)) => format!("must be between {min} and {max}"),
        (Some(min), None) => format!("must be at least {min}"),
        (None, Some(max)) => format!("must be at most {max}"),
        (None, None) => unreachable!("a range check needs a bound"),
    };
    match meaning {
        Some(meaning) => format!("{} is out of range: {bounds} ({meaning})", show(value)),
        None => format!("{} is out of range: {bounds}", show(value)),
    }
}

fn check_length(text: &str, (min, max): (usize, Option<usize>), value: &Value, path: &str, problems: &mut Vec<Problem>) {
    let length = text.chars().count();
    if length < min {
        let message =
            if length == 0 { "must not be empty".to_owned() } else { format!("{} is too short: at least {min} characters", show(value)) };
        problems.push(Problem::new(path, message));
    } else if let Some(max) = max.filter(|max| length > *max) {
        problems.push(Problem::new(path, format!("{} is {length} characters long: at most {max} allowed", show(value))));
    }
}

fn check_value(value: &Value, member: &Member, path: &str, problems: &mut Vec<Problem>) {
    let expected = |what: &str| match value {
        Value::Null => Problem::new(path, format!("is null; expected {what}")),
        _ => Problem::new(path, format!("{} is {}; expected {what}", show(value), type_name(value))),
    };
    match member.kind {
        Kind::String { min, max } => match value.as_str() {
            Some(text) => check_length(text, (min, max), value, path, problems),
            None => problems.push(expected("a string")),
        },
        Kind::Integer { min, max } => match value.as_i64() {
            Some(number) => {
                if min.is_some_and(|min| number < min) || max.is_some_and(|max| number > max) {
                    problems.push(Problem::new(
                        path,
                        range_message(value, min.map(|n| n.to_string()), max.map(|n| n.to_string()), member.meaning),
                    ));
                }
            }
            None if value.is_number() => problems.push(Problem::new(path, format!("{} must be a whole number", show(value)))),
            None => problems.push(expected("a whole number")),
        },
        Kind::Double { min, max } => match value.as_f64() {
            Some(number) => {
                if min.is_some_and(|min| number < min) || max.is_some_and(|max| number > max) {
                    problems.push(Problem::new(
                        path,
                        range_message(value, min.map(|n| n.to_string()), max.map(|n| n.to_string()), member.meaning),
                    ));
                }
            }
            None => problems.push(expected("a number")),
        },
        Kind::Map { max, key, value: value_limits } => match value.as_object() {
            Some(map) => {
                if map.len() > max {
                    problems.push(Problem::new(path, format!("has {} entries: at most {max} allowed", map.len())));
                }
                for (entry_key, entry_value) in map {
                    let entry_path = format!("{path}.{entry_key}");
                    check_length(entry_key, (key.0, Some(key.1)), &Value::String(entry_key.clone()), &entry_path, problems);
                    match entry_value.as_str() {
                        Some(text) => check_length(text, (value_limits.0, Some(value_limits.1)), entry_value, &entry_path, problems),
                        None => problems.push(Problem::new(
                            entry_path,
                            format!("{} is {}; expected a string", show(entry_value), type_name(entry_value)),
                        )),
                    }
                }
            }
            None => problems.push(expected("an object of string values")),
        },
        Kind::Structure(structure) => check_structure(value, structure, path, problems),
        Kind::List { max, item } => match value.as_array() {
            Some(items) => {
                if items.len() > max {
                    problems.push(Problem::new(path, format!("has {} items: at most {max} allowed", items.len())));
                }
                for (index, item_value) in items.iter().enumerate() {
                    check_structure(item_value, item, &format!("{path}[{index}]"), problems);
                }
            }
            None => problems.push(expected("an array")),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn problems_of(value: Value) -> Vec<String> {
        let mut problems = Vec::new();
        check_structure(&value, &CREATE_SAMPLING_RULE_REQUEST, "", &mut problems);
        problems.into_iter().map(|problem| format!("{}: {}", problem.path, problem.message)).collect()
    }

    fn valid_rule() -> Value {
        json!({"RuleName": "Cruddur", "ResourceARN": "*", "Priority": 9000, "FixedRate": 0.1, "ReservoirSize": 5,
               "ServiceName": "backend-flask", "ServiceType": "*", "Host": "*", "HTTPMethod": "*", "URLPath": "*", "Version": 1})
    }

    #[test]
    fn the_seed_rule_is_valid() {
        assert!(problems_of(json!({ "SamplingRule": valid_rule() })).is_empty());
    }

    #[test]
    fn misspellings_get_suggestions_and_are_not_also_reported_missing() {
        let mut rule = valid_rule();
        let object = rule.as_object_mut().unwrap();
        object.remove("ReservoirSize");
        object.remove("ResourceARN");
        object.remove("HTTPMethod");
        object.insert("ResevoirSize".into(), json!(5));
        object.insert("ResourcesARN".into(), json!("*"));
        object.insert("HttpMethod".into(), json!("GET"));
        let mut found = problems_of(json!({ "SamplingRule": rule }));
        found.sort();
        assert_eq!(
            found,
            [
                "SamplingRule.HttpMethod: unknown field (did you mean HTTPMethod?)",
                "SamplingRule.ResevoirSize: unknown field (did you mean ReservoirSize?)",
                "SamplingRule.ResourcesARN: unknown field (did you mean ResourceARN?)",
            ]
        );
    }

    #[test]
    fn every_constraint_kind_is_reported_at_once() {
        let mut rule = valid_rule();
        let object = rule.as_object_mut().unwrap();
        object.insert("RuleName".into(), json!("x".repeat(33)));
        object.insert("Priority".into(), json!(0));
        object.insert("FixedRate".into(), json!(2));
        object.insert("ReservoirSize".into(), json!(-1));
        object.insert("HTTPMethod".into(), json!("GETPOSTPUTDELETE"));
        object.insert("Version".into(), json!(1.5));
        object.insert("Attributes".into(), json!({"a": "1", "b": "2", "c": "3", "d": "4", "e": "5", "": "6"}));
        object.remove("URLPath");
        let found = problems_of(json!({ "SamplingRule": rule, "Tags": [{"Key": "team"}] }));
        let expected = [
            "SamplingRule.RuleName: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" is 33 characters long: at most 32 allowed",
            "SamplingRule.Priority: 0 is out of range: must be between 1 and 9999 (lower numbers are evaluated first; 10000 belongs to the Default rule)",
            "SamplingRule.FixedRate: 2 is out of range: must be between 0 and 1 (a fraction of requests: 0.1 = 10%)",
            "SamplingRule.ReservoirSize: -1 is out of range: must be at least 0 (requests per second traced before FixedRate applies)",
            "SamplingRule.HTTPMethod: \"GETPOSTPUTDELETE\" is 16 characters long: at most 10 allowed",
            "SamplingRule.Version: 1.5 must be a whole number",
            "SamplingRule.Attributes: has 6 entries: at most 5 allowed",
            "SamplingRule.Attributes.: must not be empty",
            "SamplingRule.URLPath: missing (required)",
            "Tags[0].Value: missing (required)",
        ];
        for line in expected {
            assert!(found.contains(&line.to_owned()), "missing {line:?} in {found:#?}");
        }
        assert_eq!(found.len(), expected.len(), "{found:#?}");
    }

    #[test]
    fn wrong_types_name_what_was_expected() {
        let mut rule = valid_rule();
        rule["FixedRate"] = json!("0.1");
        rule["Priority"] = json!(null);
        let found = problems_of(json!({ "SamplingRule": rule }));
        assert_eq!(
            found,
            ["SamplingRule.Priority: is null; expected a whole number", "SamplingRule.FixedRate: \"0.1\" is a string; expected a number",]
        );
    }

    /// The constraints above must be exactly the model's. Reads the model the local server uses.
    #[test]
    fn schema_matches_the_aws_model() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/servers/xray/model/xray-2016-04-12.service-2.json");
        let model: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let shapes = &model["shapes"];
        for structure in [&SAMPLING_RULE, &SAMPLING_RATE_BOOST, &TAG, &CREATE_SAMPLING_RULE_REQUEST] {
            let shape = &shapes[structure.shape];
            let model_members: Vec<&str> = shape["members"].as_object().unwrap().keys().map(String::as_str).collect();
            let mut ours: Vec<&str> = structure.member_names().collect();
            let mut theirs = model_members.clone();
            ours.sort();
            theirs.sort();
            assert_eq!(ours, theirs, "members of {}", structure.shape);
            let required: Vec<&str> =
                shape["required"].as_array().map(|r| r.iter().map(|v| v.as_str().unwrap()).collect()).unwrap_or_default();
            for member in structure.members {
                assert_eq!(member.required, required.contains(&member.name), "{}.{} required", structure.shape, member.name);
                let target = &shapes[shape["members"][member.name]["shape"].as_str().unwrap()];
                let min = target["min"].as_f64();
                let max = target["max"].as_f64();
                let context = format!("{}.{}", structure.shape, member.name);
                match member.kind {
                    Kind::String { min: ours_min, max: ours_max } => {
                        assert_eq!(target["type"], "string", "{context}");
                        assert_eq!(ours_min as f64, min.unwrap_or(0.0), "{context} min");
                        assert_eq!(ours_max.map(|m| m as f64), max, "{context} max");
                    }
                    Kind::Integer { min: ours_min, max: ours_max } => {
                        assert_eq!(target["type"], "integer", "{context}");
                        assert_eq!(ours_min.map(|m| m as f64), min, "{context} min");
                        assert_eq!(ours_max.map(|m| m as f64), max, "{context} max");
                    }
                    Kind::Double { min: ours_min, max: ours_max } => {
                        assert_eq!(target["type"], "double", "{context}");
                        assert_eq!((ours_min, ours_max), (min, max), "{context}");
                    }
                    Kind::Map { max: ours_max, key, value } => {
                        assert_eq!(target["type"], "map", "{context}");
                        assert_eq!(Some(ours_max as f64), max, "{context} max");
                        let key_shape = &shapes[target["key"]["shape"].as_str().unwrap()];
                        let value_shape = &shapes[target["value"]["shape"].as_str().unwrap()];
                        assert_eq!(
                            (Some(key.0 as f64), Some(key.1 as f64)),
                            (key_shape["min"].as_f64(), key_shape["max"].as_f64()),
                            "{context} key"
                        );
                        assert_eq!(
                            (Some(value.0 as f64), Some(value.1 as f64)),
                            (value_shape["min"].as_f64(), value_shape["max"].as_f64()),
                            "{context} value"
                        );
                    }
                    Kind::Structure(inner) => assert_eq!(shape["members"][member.name]["shape"], inner.shape, "{context}"),
                    Kind::List { max: ours_max, item } => {
                        assert_eq!(target["type"], "list", "{context}");
                        assert_eq!(Some(ours_max as f64), max, "{context} max");
                        assert_eq!(target["member"]["shape"], item.shape, "{context} item");
                    }
                }
            }
        }
    }
}
