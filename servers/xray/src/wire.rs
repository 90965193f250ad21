//! Typed mirrors of the model's request and response shapes for the served operations.
//!
//! Why both a model and these types: the model decides what a request may contain (and has already checked
//! it by the time these are deserialized); these types let the state code work with fields instead of JSON.
//! Wire names are spelled out where `PascalCase` would get them wrong (`RuleARN`, `HTTPMethod`, `URLPath`).
//! Responses are built from these types too, and the integration tests check every response against the
//! model's output shapes, so a misspelt member cannot go unnoticed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Tag {
    pub key: String,
    pub value: String,
}

/// In requests both flags are optional; in responses both are always present (`false` by default).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct InsightsConfiguration {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insights_enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notifications_enabled: Option<bool>,
}

/// `Group` and `GroupSummary` in the model: the two have the same members.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Group {
    pub group_name: String,
    #[serde(rename = "GroupARN")]
    pub group_arn: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter_expression: Option<String>,
    pub insights_configuration: InsightsConfiguration,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct CreateGroupRequest {
    pub group_name: String,
    pub filter_expression: Option<String>,
    pub insights_configuration: Option<InsightsConfiguration>,
    pub tags: Option<Vec<Tag>>,
}

/// `GetGroupRequest` and `DeleteGroupRequest`: a group by name or ARN.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct GroupSelector {
    pub group_name: Option<String>,
    #[serde(rename = "GroupARN")]
    pub group_arn: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct UpdateGroupRequest {
    pub group_name: Option<String>,
    #[serde(rename = "GroupARN")]
    pub group_arn: Option<String>,
    pub filter_expression: Option<String>,
    pub insights_configuration: Option<InsightsConfiguration>,
}

/// `GetGroupsRequest` and `GetSamplingRulesRequest`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct PageRequest {
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct SamplingRateBoost {
    pub max_rate: f64,
    pub cooldown_window_minutes: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct SamplingRule {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule_name: Option<String>,
    #[serde(rename = "RuleARN", skip_serializing_if = "Option::is_none")]
    pub rule_arn: Option<String>,
    #[serde(rename = "ResourceARN")]
    pub resource_arn: String,
    pub priority: i32,
    pub fixed_rate: f64,
    pub reservoir_size: i32,
    pub service_name: String,
    pub service_type: String,
    pub host: String,
    #[serde(rename = "HTTPMethod")]
    pub http_method: String,
    #[serde(rename = "URLPath")]
    pub url_path: String,
    pub version: i32,
    /// AWS answers with `{}` when a rule has no attributes.
    #[serde(default)]
    pub attributes: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sampling_rate_boost: Option<SamplingRateBoost>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct SamplingRuleRecord {
    pub sampling_rule: SamplingRule,
    /// rest-json timestamps: epoch seconds.
    pub created_at: f64,
    pub modified_at: f64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct CreateSamplingRuleRequest {
    pub sampling_rule: SamplingRule,
    pub tags: Option<Vec<Tag>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct SamplingRuleUpdate {
    pub rule_name: Option<String>,
    #[serde(rename = "RuleARN")]
    pub rule_arn: Option<String>,
    #[serde(rename = "ResourceARN")]
    pub resource_arn: Option<String>,
    pub priority: Option<i32>,
    pub fixed_rate: Option<f64>,
    pub reservoir_size: Option<i32>,
    pub host: Option<String>,
    pub service_name: Option<String>,
    pub service_type: Option<String>,
    #[serde(rename = "HTTPMethod")]
    pub http_method: Option<String>,
    #[serde(rename = "URLPath")]
    pub url_path: Option<String>,
    pub attributes: Option<BTreeMap<String, String>>,
    pub sampling_rate_boost: Option<SamplingRateBoost>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct UpdateSamplingRuleRequest {
    pub sampling_rule_update: SamplingRuleUpdate,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct DeleteSamplingRuleRequest {
    pub rule_name: Option<String>,
    #[serde(rename = "RuleARN")]
    pub rule_arn: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct TagResourceRequest {
    #[serde(rename = "ResourceARN")]
    pub resource_arn: String,
    pub tags: Vec<Tag>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct UntagResourceRequest {
    #[serde(rename = "ResourceARN")]
    pub resource_arn: String,
    pub tag_keys: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ListTagsForResourceRequest {
    #[serde(rename = "ResourceARN")]
    pub resource_arn: String,
    pub next_token: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct UpdateTraceSegmentDestinationRequest {
    pub destination: Option<String>,
    /// The KMS key of the `aws/spans` log group: accepted, not used (no CloudWatch Logs here).
    #[serde(rename = "CloudWatchLogsConfiguration")]
    pub _cloud_watch_logs_configuration: Option<serde_json::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct GetTraceSummariesRequest {
    /// Epoch seconds.
    pub start_time: f64,
    pub end_time: f64,
    /// `TraceId`, `Event` or `Service`: every trace here is matched by its first span's start.
    #[serde(rename = "TimeRangeType")]
    pub _time_range_type: Option<String>,
    #[serde(rename = "Sampling")]
    pub _sampling: Option<bool>,
    #[serde(rename = "SamplingStrategy")]
    pub _sampling_strategy: Option<serde_json::Value>,
    pub filter_expression: Option<String>,
    pub next_token: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct BatchGetTracesRequest {
    pub trace_ids: Vec<String>,
    /// Every trace fits one page here.
    #[serde(rename = "NextToken")]
    pub _next_token: Option<String>,
}
