//! A sampling rule as cruddur-obs reasons about it: what the user's files ask for and what AWS has,
//! in one type, so comparing the two is plain field-by-field equality.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The name of AWS's built-in rule, which exists in every account and cannot be deleted.
pub const DEFAULT_RULE: &str = "Default";

/// A sampling rule. Serializes with AWS's member names, so an exported file is exactly what
/// `aws xray create-sampling-rule --cli-input-json` takes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SamplingRuleSpec {
    #[serde(rename = "RuleName")]
    pub rule_name: String,
    #[serde(rename = "ResourceARN")]
    pub resource_arn: String,
    #[serde(rename = "Priority")]
    pub priority: i32,
    #[serde(rename = "FixedRate")]
    pub fixed_rate: f64,
    #[serde(rename = "ReservoirSize")]
    pub reservoir_size: i32,
    #[serde(rename = "ServiceName")]
    pub service_name: String,
    #[serde(rename = "ServiceType")]
    pub service_type: String,
    #[serde(rename = "Host")]
    pub host: String,
    #[serde(rename = "HTTPMethod")]
    pub http_method: String,
    #[serde(rename = "URLPath")]
    pub url_path: String,
    #[serde(rename = "Version")]
    pub version: i32,
    #[serde(rename = "Attributes", default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
    #[serde(rename = "SamplingRateBoost", default, skip_serializing_if = "Option::is_none")]
    pub sampling_rate_boost: Option<SamplingRateBoost>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SamplingRateBoost {
    #[serde(rename = "MaxRate")]
    pub max_rate: f64,
    #[serde(rename = "CooldownWindowMinutes")]
    pub cooldown_window_minutes: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tag {
    #[serde(rename = "Key")]
    pub key: String,
    #[serde(rename = "Value")]
    pub value: String,
}

/// One field that differs between the wanted rule and AWS's, for the plan and for the update call.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    pub field: &'static str,
    pub from: String,
    pub to: String,
}

/// Rates are stored as doubles; 0.1 read from JSON and 0.1 returned by AWS must compare equal.
fn same_rate(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn show_attributes(attributes: &BTreeMap<String, String>) -> String {
    if attributes.is_empty() {
        return "{}".to_owned();
    }
    let pairs: Vec<String> = attributes.iter().map(|(key, value)| format!("{key}={value}")).collect();
    format!("{{{}}}", pairs.join(", "))
}

fn show_boost(boost: &Option<SamplingRateBoost>) -> String {
    match boost {
        Some(boost) => format!("MaxRate={}, CooldownWindowMinutes={}", boost.max_rate, boost.cooldown_window_minutes),
        None => "none".to_owned(),
    }
}

impl SamplingRuleSpec {
    /// The fields of `self` (AWS's current rule) that `wanted` changes, in the model's member order.
    pub fn changes_to(&self, wanted: &SamplingRuleSpec) -> Vec<FieldChange> {
        let mut changes = Vec::new();
        let mut note = |field: &'static str, differs: bool, from: String, to: String| {
            if differs {
                changes.push(FieldChange { field, from, to });
            }
        };
        let quoted = |text: &str| format!("{text:?}");
        note("ResourceARN", self.resource_arn != wanted.resource_arn, quoted(&self.resource_arn), quoted(&wanted.resource_arn));
        note("Priority", self.priority != wanted.priority, self.priority.to_string(), wanted.priority.to_string());
        note("FixedRate", !same_rate(self.fixed_rate, wanted.fixed_rate), self.fixed_rate.to_string(), wanted.fixed_rate.to_string());
        note(
            "ReservoirSize",
            self.reservoir_size != wanted.reservoir_size,
            self.reservoir_size.to_string(),
            wanted.reservoir_size.to_string(),
        );
        note("ServiceName", self.service_name != wanted.service_name, quoted(&self.service_name), quoted(&wanted.service_name));
        note("ServiceType", self.service_type != wanted.service_type, quoted(&self.service_type), quoted(&wanted.service_type));
        note("Host", self.host != wanted.host, quoted(&self.host), quoted(&wanted.host));
        note("HTTPMethod", self.http_method != wanted.http_method, quoted(&self.http_method), quoted(&wanted.http_method));
        note("URLPath", self.url_path != wanted.url_path, quoted(&self.url_path), quoted(&wanted.url_path));
        note("Version", self.version != wanted.version, self.version.to_string(), wanted.version.to_string());
        note("Attributes", self.attributes != wanted.attributes, show_attributes(&self.attributes), show_attributes(&wanted.attributes));
        let boost_differs = match (&self.sampling_rate_boost, &wanted.sampling_rate_boost) {
            (Some(a), Some(b)) => !same_rate(a.max_rate, b.max_rate) || a.cooldown_window_minutes != b.cooldown_window_minutes,
            (None, None) => false,
            _ => true,
        };
        note("SamplingRateBoost", boost_differs, show_boost(&self.sampling_rate_boost), show_boost(&wanted.sampling_rate_boost));
        changes
    }
}

#[cfg(test)]
pub(crate) fn example_rule(name: &str) -> SamplingRuleSpec {
    SamplingRuleSpec {
        rule_name: name.to_owned(),
        resource_arn: "*".into(),
        priority: 9000,
        fixed_rate: 0.1,
        reservoir_size: 5,
        service_name: "backend-flask".into(),
        service_type: "*".into(),
        host: "*".into(),
        http_method: "*".into(),
        url_path: "*".into(),
        version: 1,
        attributes: BTreeMap::new(),
        sampling_rate_boost: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_rules_have_no_changes_despite_float_noise() {
        let current = example_rule("Cruddur");
        let mut wanted = current.clone();
        wanted.fixed_rate = 0.1 + 1e-15;
        assert!(current.changes_to(&wanted).is_empty());
    }

    #[test]
    fn changes_are_listed_in_model_order() {
        let current = example_rule("Cruddur");
        let mut wanted = current.clone();
        wanted.service_name = "api".into();
        wanted.fixed_rate = 0.2;
        wanted.attributes.insert("team".into(), "a".into());
        let fields: Vec<&str> = current.changes_to(&wanted).iter().map(|change| change.field).collect();
        assert_eq!(fields, ["FixedRate", "ServiceName", "Attributes"]);
        assert_eq!(current.changes_to(&wanted)[0].from, "0.1");
        assert_eq!(current.changes_to(&wanted)[1].to, "\"api\"");
    }
}
