//! The X-Ray calls cruddur-obs makes, through `aws-sdk-xray`, with typed results in our own types.

use aws_sdk_xray::primitives::{DateTime, DateTimeFormat};
use aws_sdk_xray::types::{self as sdk};
use serde::Serialize;

use super::error::{XrayError, XrayErrorKind};
use super::rule::{FieldChange, SamplingRateBoost, SamplingRuleSpec, Tag};
use crate::aws::FailureClass;

/// A group as X-Ray reports it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    pub group_name: String,
    pub filter_expression: Option<String>,
    pub insights_enabled: bool,
    pub notifications_enabled: bool,
    pub group_arn: String,
}

/// A sampling rule as X-Ray reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleRecord {
    pub rule: SamplingRuleSpec,
    pub rule_arn: Option<String>,
    pub created_at: Option<String>,
    pub modified_at: Option<String>,
}

/// Changes to a group's insights settings (`None` leaves a setting as it is).
#[derive(Debug, Clone, Copy, Default)]
pub struct InsightsUpdate {
    pub insights_enabled: Option<bool>,
    pub notifications_enabled: Option<bool>,
}

impl InsightsUpdate {
    fn is_empty(&self) -> bool {
        self.insights_enabled.is_none() && self.notifications_enabled.is_none()
    }

    fn to_sdk(self) -> sdk::InsightsConfiguration {
        sdk::InsightsConfiguration::builder()
            .set_insights_enabled(self.insights_enabled)
            .set_notifications_enabled(self.notifications_enabled)
            .build()
    }
}

/// Counts one call's HTTP attempts. A delete that meets "not found" on a retry was done by an earlier
/// attempt whose answer was lost; one that meets it on the first attempt found nothing to delete.
#[derive(Debug, Clone, Default)]
struct AttemptCounter(std::sync::Arc<std::sync::atomic::AtomicU32>);

impl AttemptCounter {
    fn retried(&self) -> bool {
        self.0.load(std::sync::atomic::Ordering::Relaxed) > 1
    }
}

impl aws_sdk_xray::config::Intercept for AttemptCounter {
    fn name(&self) -> &'static str {
        "cruddur-obs attempt counter"
    }

    fn read_before_attempt(
        &self,
        _context: &aws_sdk_xray::config::interceptors::BeforeTransmitInterceptorContextRef<'_>,
        _components: &aws_sdk_xray::config::RuntimeComponents,
        _cfg: &mut aws_sdk_xray::config::ConfigBag,
    ) -> Result<(), aws_sdk_xray::error::BoxError> {
        self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    }
}

/// A delete's result, where "not found" after a retry means the delete happened.
fn deleted<T, E>(
    operation: &'static str,
    result: Result<T, aws_sdk_xray::error::SdkError<E, aws_sdk_xray::config::http::HttpResponse>>,
    attempts: &AttemptCounter,
) -> Result<(), XrayError>
where
    E: aws_sdk_xray::error::ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
{
    match result {
        Ok(_) => Ok(()),
        Err(err) => match XrayError::from_sdk(operation, err) {
            gone if gone.is(XrayErrorKind::NotFound) && attempts.retried() => Ok(()),
            other => Err(other),
        },
    }
}

pub struct XrayClient {
    sdk: aws_sdk_xray::Client,
}

fn group_from_parts(name: Option<&str>, arn: Option<&str>, filter: Option<&str>, insights: Option<&sdk::InsightsConfiguration>) -> Group {
    Group {
        group_name: name.unwrap_or_default().to_owned(),
        filter_expression: filter.map(str::to_owned),
        insights_enabled: insights.and_then(|config| config.insights_enabled()).unwrap_or(false),
        notifications_enabled: insights.and_then(|config| config.notifications_enabled()).unwrap_or(false),
        group_arn: arn.unwrap_or_default().to_owned(),
    }
}

fn group_from_sdk(group: &sdk::Group) -> Group {
    group_from_parts(group.group_name(), group.group_arn(), group.filter_expression(), group.insights_configuration())
}

fn timestamp(value: Option<&DateTime>) -> Option<String> {
    value.and_then(|time| time.fmt(DateTimeFormat::DateTime).ok())
}

fn spec_from_sdk(rule: &sdk::SamplingRule) -> SamplingRuleSpec {
    let arn_name = rule.rule_arn().and_then(|arn| arn.rsplit('/').next());
    SamplingRuleSpec {
        rule_name: rule.rule_name().or(arn_name).unwrap_or_default().to_owned(),
        resource_arn: rule.resource_arn().to_owned(),
        priority: rule.priority(),
        fixed_rate: rule.fixed_rate(),
        reservoir_size: rule.reservoir_size(),
        service_name: rule.service_name().to_owned(),
        service_type: rule.service_type().to_owned(),
        host: rule.host().to_owned(),
        http_method: rule.http_method().to_owned(),
        url_path: rule.url_path().to_owned(),
        version: rule.version(),
        attributes: rule.attributes().map(|map| map.iter().map(|(k, v)| (k.clone(), v.clone())).collect()).unwrap_or_default(),
        sampling_rate_boost: rule
            .sampling_rate_boost()
            .map(|boost| SamplingRateBoost { max_rate: boost.max_rate(), cooldown_window_minutes: boost.cooldown_window_minutes() }),
    }
}

fn record_from_sdk(record: &sdk::SamplingRuleRecord) -> Option<RuleRecord> {
    let rule = record.sampling_rule()?;
    Some(RuleRecord {
        rule: spec_from_sdk(rule),
        rule_arn: rule.rule_arn().map(str::to_owned),
        created_at: timestamp(record.created_at()),
        modified_at: timestamp(record.modified_at()),
    })
}

fn boost_to_sdk(boost: &SamplingRateBoost) -> sdk::SamplingRateBoost {
    sdk::SamplingRateBoost::builder().max_rate(boost.max_rate).cooldown_window_minutes(boost.cooldown_window_minutes).build()
}

/// The SDK's builders refuse only missing required members, which validation has already ruled out.
fn invalid_input(operation: &'static str, err: impl std::fmt::Display) -> XrayError {
    XrayError::new(operation, FailureClass::Unexpected, format!("could not build the request: {err}"))
}

fn rule_to_sdk(rule: &SamplingRuleSpec) -> Result<sdk::SamplingRule, XrayError> {
    let attributes = (!rule.attributes.is_empty()).then(|| rule.attributes.clone().into_iter().collect());
    sdk::SamplingRule::builder()
        .rule_name(&rule.rule_name)
        .resource_arn(&rule.resource_arn)
        .priority(rule.priority)
        .fixed_rate(rule.fixed_rate)
        .reservoir_size(rule.reservoir_size)
        .service_name(&rule.service_name)
        .service_type(&rule.service_type)
        .host(&rule.host)
        .http_method(&rule.http_method)
        .url_path(&rule.url_path)
        .version(rule.version)
        .set_attributes(attributes)
        .set_sampling_rate_boost(rule.sampling_rate_boost.as_ref().map(boost_to_sdk))
        .build()
        .map_err(|err| invalid_input("CreateSamplingRule", err))
}

fn tags_to_sdk(tags: &[Tag]) -> Result<Option<Vec<sdk::Tag>>, XrayError> {
    if tags.is_empty() {
        return Ok(None);
    }
    tags.iter()
        .map(|tag| sdk::Tag::builder().key(&tag.key).value(&tag.value).build().map_err(|err| invalid_input("Tag", err)))
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}

impl XrayClient {
    /// `log_requests`: print each HTTP attempt on stderr (`--verbose`).
    pub fn new(config: &aws_config::SdkConfig, log_requests: bool) -> XrayClient {
        let mut builder = aws_sdk_xray::config::Builder::from(config)
            .interceptor(crate::aws::ResponseLimit)
            .retry_classifier(crate::aws::NoRetryOverLimit);
        if log_requests {
            builder = builder.interceptor(crate::aws::RequestLog::default());
        }
        XrayClient { sdk: aws_sdk_xray::Client::from_conf(builder.build()) }
    }

    pub async fn create_group(
        &self,
        name: &str,
        filter_expression: Option<&str>,
        insights: InsightsUpdate,
        tags: &[Tag],
    ) -> Result<Group, XrayError> {
        let output = self
            .sdk
            .create_group()
            .group_name(name)
            .set_filter_expression(filter_expression.map(str::to_owned))
            .set_insights_configuration((!insights.is_empty()).then(|| insights.to_sdk()))
            .set_tags(tags_to_sdk(tags)?)
            .send()
            .await
            .map_err(|err| XrayError::from_sdk("CreateGroup", err))?;
        Ok(output.group().map(group_from_sdk).unwrap_or_else(|| group_from_parts(Some(name), None, filter_expression, None)))
    }

    /// The group, or `None` when X-Ray says it does not exist.
    pub async fn get_group(&self, name: &str) -> Result<Option<Group>, XrayError> {
        match self.sdk.get_group().group_name(name).send().await {
            Ok(output) => Ok(output.group().map(group_from_sdk)),
            Err(err) => match XrayError::from_sdk("GetGroup", err) {
                not_found if not_found.is(XrayErrorKind::NotFound) => Ok(None),
                other => Err(other),
            },
        }
    }

    /// Every group, following `NextToken`.
    pub async fn list_groups(&self) -> Result<Vec<Group>, XrayError> {
        let mut groups = Vec::new();
        let mut pages = self.sdk.get_groups().into_paginator().send();
        while let Some(page) = pages.next().await {
            let page = page.map_err(|err| XrayError::from_sdk("GetGroups", err))?;
            groups.extend(page.groups().iter().map(|summary| {
                group_from_parts(summary.group_name(), summary.group_arn(), summary.filter_expression(), summary.insights_configuration())
            }));
        }
        Ok(groups)
    }

    pub async fn update_group(&self, name: &str, filter_expression: Option<&str>, insights: InsightsUpdate) -> Result<Group, XrayError> {
        let output = self
            .sdk
            .update_group()
            .group_name(name)
            .set_filter_expression(filter_expression.map(str::to_owned))
            .set_insights_configuration((!insights.is_empty()).then(|| insights.to_sdk()))
            .send()
            .await
            .map_err(|err| XrayError::from_sdk("UpdateGroup", err))?;
        Ok(output.group().map(group_from_sdk).unwrap_or_else(|| group_from_parts(Some(name), None, filter_expression, None)))
    }

    pub async fn delete_group(&self, name: &str) -> Result<(), XrayError> {
        let attempts = AttemptCounter::default();
        let result = self.sdk.delete_group().group_name(name).customize().interceptor(attempts.clone()).send().await;
        deleted("DeleteGroup", result, &attempts)
    }

    /// The segment documents (JSON, one per segment) of one trace, by its X-Ray ID (`1-5f8a...-...`),
    /// following `NextToken`; none when X-Ray does not have it.
    pub async fn trace_segments(&self, xray_trace_id: &str) -> Result<Vec<String>, XrayError> {
        let mut documents = Vec::new();
        let mut pages = self.sdk.batch_get_traces().trace_ids(xray_trace_id).into_paginator().send();
        while let Some(page) = pages.next().await {
            let page = page.map_err(|err| XrayError::from_sdk("BatchGetTraces", err))?;
            for trace in page.traces() {
                documents.extend(trace.segments().iter().filter_map(|segment| segment.document().map(str::to_owned)));
            }
        }
        Ok(documents)
    }

    /// Every sampling rule, the Default rule included, following `NextToken`.
    pub async fn list_rules(&self) -> Result<Vec<RuleRecord>, XrayError> {
        let mut rules = Vec::new();
        let mut pages = self.sdk.get_sampling_rules().into_paginator().send();
        while let Some(page) = pages.next().await {
            let page = page.map_err(|err| XrayError::from_sdk("GetSamplingRules", err))?;
            rules.extend(page.sampling_rule_records().iter().filter_map(record_from_sdk));
        }
        Ok(rules)
    }

    pub async fn create_rule(&self, rule: &SamplingRuleSpec, tags: &[Tag]) -> Result<Option<RuleRecord>, XrayError> {
        let output = self
            .sdk
            .create_sampling_rule()
            .sampling_rule(rule_to_sdk(rule)?)
            .set_tags(tags_to_sdk(tags)?)
            .send()
            .await
            .map_err(|err| XrayError::from_sdk("CreateSamplingRule", err))?;
        Ok(output.sampling_rule_record().and_then(record_from_sdk))
    }

    /// Sends only the fields in `changes`, taking their new values from `wanted`.
    pub async fn update_rule(&self, wanted: &SamplingRuleSpec, changes: &[FieldChange]) -> Result<Option<RuleRecord>, XrayError> {
        let changed = |field: &str| changes.iter().any(|change| change.field == field);
        let mut update = sdk::SamplingRuleUpdate::builder().rule_name(&wanted.rule_name);
        if changed("ResourceARN") {
            update = update.resource_arn(&wanted.resource_arn);
        }
        if changed("Priority") {
            update = update.priority(wanted.priority);
        }
        if changed("FixedRate") {
            update = update.fixed_rate(wanted.fixed_rate);
        }
        if changed("ReservoirSize") {
            update = update.reservoir_size(wanted.reservoir_size);
        }
        if changed("ServiceName") {
            update = update.service_name(&wanted.service_name);
        }
        if changed("ServiceType") {
            update = update.service_type(&wanted.service_type);
        }
        if changed("Host") {
            update = update.host(&wanted.host);
        }
        if changed("HTTPMethod") {
            update = update.http_method(&wanted.http_method);
        }
        if changed("URLPath") {
            update = update.url_path(&wanted.url_path);
        }
        if changed("Attributes") {
            // An empty map removes every attribute; leaving the member out would keep them.
            update = update.set_attributes(Some(wanted.attributes.clone().into_iter().collect()));
        }
        if changed("SamplingRateBoost")
            && let Some(boost) = &wanted.sampling_rate_boost
        {
            update = update.sampling_rate_boost(boost_to_sdk(boost));
        }
        let output = self
            .sdk
            .update_sampling_rule()
            .sampling_rule_update(update.build())
            .send()
            .await
            .map_err(|err| XrayError::from_sdk("UpdateSamplingRule", err))?;
        Ok(output.sampling_rule_record().and_then(record_from_sdk))
    }

    pub async fn delete_rule(&self, name: &str) -> Result<(), XrayError> {
        let attempts = AttemptCounter::default();
        let result = self.sdk.delete_sampling_rule().rule_name(name).customize().interceptor(attempts.clone()).send().await;
        deleted("DeleteSamplingRule", result, &attempts)
    }

    /// Where X-Ray puts the spans it receives (PutTraceSegments and the OTLP endpoint).
    pub async fn trace_segment_destination(&self) -> Result<SegmentDestination, XrayError> {
        let output =
            self.sdk.get_trace_segment_destination().send().await.map_err(|err| XrayError::from_sdk("GetTraceSegmentDestination", err))?;
        Ok(SegmentDestination::from_parts(output.destination(), output.status()))
    }

    /// Sets the destination (idempotent on AWS's side: the same destination again changes nothing).
    pub async fn update_trace_segment_destination(&self, destination: Destination) -> Result<SegmentDestination, XrayError> {
        let output = self
            .sdk
            .update_trace_segment_destination()
            .destination(destination.to_sdk())
            .send()
            .await
            .map_err(|err| XrayError::from_sdk("UpdateTraceSegmentDestination", err))?;
        Ok(SegmentDestination::from_parts(output.destination(), output.status()))
    }
}

/// The account's trace segment destination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Destination {
    /// X-Ray's own storage: a new account's; X-Ray's OTLP endpoint refuses spans.
    XRay,
    /// CloudWatch Logs (the `aws/spans` log group): Transaction Search, which the OTLP endpoint requires.
    CloudWatchLogs,
}

impl Destination {
    pub fn as_str(self) -> &'static str {
        match self {
            Destination::XRay => "XRay",
            Destination::CloudWatchLogs => "CloudWatchLogs",
        }
    }

    fn to_sdk(self) -> sdk::TraceSegmentDestination {
        match self {
            Destination::XRay => sdk::TraceSegmentDestination::XRay,
            Destination::CloudWatchLogs => sdk::TraceSegmentDestination::CloudWatchLogs,
        }
    }
}

/// What X-Ray says of the destination: where, and whether a change has taken effect (`PENDING`, `ACTIVE`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SegmentDestination {
    /// `None` when X-Ray names one this version does not know.
    pub destination: Option<Destination>,
    /// As X-Ray writes it (`XRay`, `CloudWatchLogs`, or a newer value).
    pub name: String,
    pub status: Option<String>,
}

impl SegmentDestination {
    fn from_parts(destination: Option<&sdk::TraceSegmentDestination>, status: Option<&sdk::TraceSegmentDestinationStatus>) -> Self {
        let name = destination.map(|destination| destination.as_str().to_owned()).unwrap_or_else(|| "XRay".to_owned());
        let destination = match name.as_str() {
            "XRay" => Some(Destination::XRay),
            "CloudWatchLogs" => Some(Destination::CloudWatchLogs),
            _ => None,
        };
        SegmentDestination { destination, name, status: status.map(|status| status.as_str().to_owned()) }
    }

    /// Transaction Search is on (or being turned on): the OTLP endpoint takes spans.
    pub fn transaction_search(&self) -> bool {
        self.destination == Some(Destination::CloudWatchLogs)
    }
}
