//! The server's groups, sampling rules and tags, and the rules AWS applies to them beyond the model:
//! unique names, the built-in `Default` group and rule (always there, never deletable), the account's
//! sampling-rule quota, and cursor-based paging.
//!
//! Requests reach this module already checked against the model, so it only enforces what the model
//! cannot express. Messages for those cases follow AWS where AWS's wording is known (`Group not found`
//! is what Terraform matches on) and are otherwise short and name the resource.

use std::collections::BTreeMap;

use crate::error::ApiError;
use crate::ids::IdSource;
use crate::model::Violation;
use crate::sampling::{GetSamplingTargetsRequest, SamplingReports};
use crate::traces::TraceStore;
use crate::wire::{
    CreateGroupRequest, CreateSamplingRuleRequest, Group, GroupSelector, InsightsConfiguration, SamplingRule, SamplingRuleRecord,
    SamplingRuleUpdate, Tag, UpdateGroupRequest,
};

/// Name of the built-in group and the built-in sampling rule.
pub const DEFAULT_NAME: &str = "Default";
/// X-Ray's documented quota of user-applied tags per resource.
pub const MAX_TAGS_PER_RESOURCE: usize = 50;
/// Tag keys with this prefix belong to AWS and cannot be set or removed by users.
const RESERVED_TAG_PREFIX: &str = "aws:";
/// The only sampling rule format version AWS documents.
const SAMPLING_RULE_VERSION: i32 = 1;

/// Where the server pretends to be, and how many sampling rules the account may have.
#[derive(Debug, Clone)]
pub struct StoreSettings {
    pub region: String,
    pub account_id: String,
    /// User-created rules allowed besides `Default`.
    pub rule_limit: usize,
    /// Seconds an `UpdateTraceSegmentDestination` stays `PENDING` before it is `ACTIVE`.
    pub destination_activation_secs: f64,
    /// The `Interval` GetSamplingTargets gives clients (AWS: 10 seconds).
    pub sampling_target_interval_secs: u32,
}

/// Where X-Ray sends trace segments: its own store (`XRay`, a new account's setting) or CloudWatch Logs
/// (`CloudWatchLogs`, which Transaction Search and the OTLP endpoint need).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Destination {
    XRay,
    CloudWatchLogs,
}

impl Destination {
    pub fn name(self) -> &'static str {
        match self {
            Destination::XRay => "XRay",
            Destination::CloudWatchLogs => "CloudWatchLogs",
        }
    }

    /// A model-valid enum value (the model has checked it already).
    pub fn parse(name: &str) -> Option<Destination> {
        match name {
            "XRay" => Some(Destination::XRay),
            "CloudWatchLogs" => Some(Destination::CloudWatchLogs),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct DestinationState {
    destination: Destination,
    /// Epoch seconds until which the last change is `PENDING`.
    pending_until: f64,
}

/// One page of a listing and the token for the next, if there is more.
#[derive(Debug)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_token: Option<String>,
}

#[derive(Debug)]
pub struct Store {
    settings: StoreSettings,
    ids: IdSource,
    /// By name, `Default` included.
    groups: BTreeMap<String, Group>,
    /// By name, `Default` included.
    rules: BTreeMap<String, SamplingRuleRecord>,
    /// By resource ARN, then tag key.
    tags: BTreeMap<String, BTreeMap<String, String>>,
    destination: DestinationState,
    traces: TraceStore,
    sampling: SamplingReports,
}

impl Store {
    /// A fresh account: only the `Default` group and the `Default` sampling rule.
    pub fn new(settings: StoreSettings) -> Store {
        let mut store = Store {
            settings,
            ids: IdSource::default(),
            groups: BTreeMap::new(),
            rules: BTreeMap::new(),
            tags: BTreeMap::new(),
            destination: DestinationState { destination: Destination::XRay, pending_until: 0.0 },
            traces: TraceStore::default(),
            sampling: SamplingReports::default(),
        };
        let default_group = Group {
            group_name: DEFAULT_NAME.to_owned(),
            group_arn: store.arn(&format!("group/{DEFAULT_NAME}")),
            filter_expression: None,
            insights_configuration: resolved_insights(None, None),
        };
        store.groups.insert(DEFAULT_NAME.to_owned(), default_group);
        let default_rule = SamplingRuleRecord {
            sampling_rule: SamplingRule {
                rule_name: Some(DEFAULT_NAME.to_owned()),
                rule_arn: Some(store.rule_arn(DEFAULT_NAME)),
                resource_arn: "*".to_owned(),
                priority: 10000,
                fixed_rate: 0.05,
                reservoir_size: 1,
                service_name: "*".to_owned(),
                service_type: "*".to_owned(),
                host: "*".to_owned(),
                http_method: "*".to_owned(),
                url_path: "*".to_owned(),
                version: SAMPLING_RULE_VERSION,
                attributes: BTreeMap::new(),
                sampling_rate_boost: None,
            },
            // AWS reports the built-in rule as created at the epoch.
            created_at: 0.0,
            modified_at: 0.0,
        };
        store.rules.insert(DEFAULT_NAME.to_owned(), default_rule);
        store
    }

    /// Back to a fresh account with the same settings.
    pub fn reset(&mut self) {
        *self = Store::new(self.settings.clone());
    }

    fn arn(&self, resource: &str) -> String {
        format!("arn:aws:xray:{}:{}:{resource}", self.settings.region, self.settings.account_id)
    }

    fn rule_arn(&self, name: &str) -> String {
        self.arn(&format!("sampling-rule/{name}"))
    }

    // ---- groups ----

    pub fn create_group(&mut self, request: CreateGroupRequest) -> Result<Group, ApiError> {
        if self.groups.contains_key(&request.group_name) {
            return Err(ApiError::invalid_request(format!("Group {} already exists", request.group_name)));
        }
        let insights = resolved_insights(request.insights_configuration, None);
        check_notifications_need_insights(&insights)?;
        let arn = self.arn(&format!("group/{}/{}", request.group_name, self.ids.group_id()));
        let tags = checked_new_tags(request.tags.unwrap_or_default(), &arn)?;
        let group = Group {
            group_name: request.group_name.clone(),
            group_arn: arn.clone(),
            filter_expression: request.filter_expression,
            insights_configuration: insights,
        };
        self.groups.insert(request.group_name, group.clone());
        if !tags.is_empty() {
            self.tags.insert(arn, tags);
        }
        Ok(group)
    }

    pub fn get_group(&self, selector: &GroupSelector) -> Result<Group, ApiError> {
        let name = self.find_group(selector.group_name.as_deref(), selector.group_arn.as_deref())?;
        Ok(self.groups[&name].clone())
    }

    /// `Default` first (as AWS lists it), then by name.
    pub fn list_groups(&self, next_token: Option<&str>, page_size: usize) -> Result<Page<Group>, ApiError> {
        let keyed = self
            .groups
            .values()
            .map(|group| {
                let rank = u8::from(group.group_name != DEFAULT_NAME);
                (format!("{rank}/{}", group.group_name), group)
            })
            .collect();
        page(keyed, next_token, page_size)
    }

    pub fn update_group(&mut self, request: UpdateGroupRequest) -> Result<Group, ApiError> {
        let name = self.find_group(request.group_name.as_deref(), request.group_arn.as_deref())?;
        if name == DEFAULT_NAME && request.filter_expression.is_some() {
            return Err(ApiError::invalid_request("The Default group has no filter expression and cannot be given one"));
        }
        let group = &self.groups[&name];
        let insights = resolved_insights(request.insights_configuration, Some(group.insights_configuration));
        check_notifications_need_insights(&insights)?;
        let group = self.groups.get_mut(&name).expect("found above");
        if let Some(expression) = request.filter_expression {
            group.filter_expression = Some(expression);
        }
        group.insights_configuration = insights;
        Ok(group.clone())
    }

    pub fn delete_group(&mut self, selector: &GroupSelector) -> Result<(), ApiError> {
        let name = self.find_group(selector.group_name.as_deref(), selector.group_arn.as_deref())?;
        if name == DEFAULT_NAME {
            return Err(ApiError::invalid_request("The Default group cannot be deleted"));
        }
        let group = self.groups.remove(&name).expect("found above");
        self.tags.remove(&group.group_arn);
        Ok(())
    }

    /// The name of the group that `name` and/or `arn` designate; both given must agree.
    fn find_group(&self, name: Option<&str>, arn: Option<&str>) -> Result<String, ApiError> {
        let by_arn = |arn: &str| self.groups.values().find(|group| group.group_arn == arn).map(|group| group.group_name.clone());
        let found = match (name, arn) {
            (None, None) => {
                return Err(ApiError::invalid_request("Specify the group by GroupName or GroupARN"));
            }
            (Some(name), None) => self.groups.contains_key(name).then(|| name.to_owned()),
            (None, Some(arn)) => by_arn(arn),
            (Some(name), Some(arn)) => by_arn(arn).filter(|found| found == name),
        };
        found.ok_or_else(|| {
            let wanted = name.or(arn).unwrap_or_default();
            ApiError::invalid_request(format!("Group not found: {wanted}"))
        })
    }

    // ---- sampling rules ----

    pub fn create_sampling_rule(&mut self, request: CreateSamplingRuleRequest, now: f64) -> Result<SamplingRuleRecord, ApiError> {
        let mut rule = request.sampling_rule;
        // The model allows a rule without a name ("name or ARN"), but a new rule has no ARN yet:
        // AWS needs the name, so report it the way a missing required member is reported.
        let Some(name) = rule.rule_name.clone() else {
            return Err(ApiError::validation(&[Violation {
                path: "samplingRule.ruleName".to_owned(),
                value: None,
                constraint: "Member must not be null".to_owned(),
            }]));
        };
        let arn = self.rule_arn(&name);
        if let Some(given) = rule.rule_arn.as_deref().filter(|given| *given != arn) {
            return Err(ApiError::invalid_request(format!(
                "RuleARN {given} does not match RuleName {name}; leave RuleARN out when creating a rule"
            )));
        }
        if rule.version != SAMPLING_RULE_VERSION {
            return Err(ApiError::validation(&[Violation {
                path: "samplingRule.version".to_owned(),
                value: Some(rule.version.to_string()),
                constraint: format!("Member must be {SAMPLING_RULE_VERSION}, the only sampling rule format version"),
            }]));
        }
        if self.rules.contains_key(&name) {
            return Err(ApiError::invalid_request(format!("Sampling rule {name} already exists")));
        }
        let user_rules = self.rules.len() - 1;
        if user_rules >= self.settings.rule_limit {
            return Err(ApiError::rule_limit_exceeded(format!(
                "You have reached the maximum number of sampling rules ({}).",
                self.settings.rule_limit
            )));
        }
        let tags = checked_new_tags(request.tags.unwrap_or_default(), &arn)?;
        rule.rule_arn = Some(arn.clone());
        let record = SamplingRuleRecord { sampling_rule: rule, created_at: now, modified_at: now };
        self.rules.insert(name, record.clone());
        if !tags.is_empty() {
            self.tags.insert(arn, tags);
        }
        Ok(record)
    }

    /// By priority, then name, as X-Ray SDKs evaluate them; `Default` (priority 10000) comes last.
    pub fn list_sampling_rules(&self, next_token: Option<&str>, page_size: usize) -> Result<Page<SamplingRuleRecord>, ApiError> {
        let keyed = self
            .rules
            .iter()
            .map(|(name, record)| {
                // Zero-padding makes the string order the numeric order; priorities are 1-10000.
                (format!("{:05}/{name}", record.sampling_rule.priority), record)
            })
            .collect();
        page(keyed, next_token, page_size)
    }

    pub fn update_sampling_rule(&mut self, update: SamplingRuleUpdate, now: f64) -> Result<SamplingRuleRecord, ApiError> {
        let name = self.find_rule(update.rule_name.as_deref(), update.rule_arn.as_deref())?;
        if name == DEFAULT_NAME {
            let not_allowed = default_rule_fixed_members(&update);
            if !not_allowed.is_empty() {
                return Err(ApiError::invalid_request(format!(
                    "Only FixedRate and ReservoirSize can be updated on the Default sampling rule; not {}",
                    not_allowed.join(", ")
                )));
            }
        }
        let record = self.rules.get_mut(&name).expect("found above");
        let rule = &mut record.sampling_rule;
        macro_rules! apply {
            ($($field:ident),*) => {
                $(if let Some(value) = update.$field { rule.$field = value; })*
            };
        }
        apply!(resource_arn, priority, fixed_rate, reservoir_size, host, service_name, service_type, http_method, url_path, attributes);
        if let Some(boost) = update.sampling_rate_boost {
            rule.sampling_rate_boost = Some(boost);
        }
        record.modified_at = now;
        Ok(record.clone())
    }

    pub fn delete_sampling_rule(&mut self, name: Option<&str>, arn: Option<&str>) -> Result<SamplingRuleRecord, ApiError> {
        let name = self.find_rule(name, arn)?;
        if name == DEFAULT_NAME {
            return Err(ApiError::invalid_request("The Default sampling rule cannot be deleted"));
        }
        let record = self.rules.remove(&name).expect("found above");
        if let Some(arn) = &record.sampling_rule.rule_arn {
            self.tags.remove(arn);
        }
        Ok(record)
    }

    /// AWS: "Specify a rule by either name or ARN, but not both."
    fn find_rule(&self, name: Option<&str>, arn: Option<&str>) -> Result<String, ApiError> {
        let found = match (name, arn) {
            (Some(_), Some(_)) | (None, None) => {
                return Err(ApiError::invalid_request("Specify the sampling rule by either RuleName or RuleARN, but not both"));
            }
            (Some(name), None) => self.rules.contains_key(name).then(|| name.to_owned()),
            (None, Some(arn)) => {
                self.rules.iter().find(|(_, record)| record.sampling_rule.rule_arn.as_deref() == Some(arn)).map(|(name, _)| name.clone())
            }
        };
        found.ok_or_else(|| {
            let wanted = name.or(arn).unwrap_or_default();
            ApiError::invalid_request(format!("Sampling rule not found: {wanted}"))
        })
    }

    // ---- tags ----

    fn resource_exists(&self, arn: &str) -> bool {
        self.groups.values().any(|group| group.group_arn == arn)
            || self.rules.values().any(|record| record.sampling_rule.rule_arn.as_deref() == Some(arn))
    }

    pub fn tag_resource(&mut self, arn: &str, tags: Vec<Tag>) -> Result<(), ApiError> {
        if !self.resource_exists(arn) {
            return Err(ApiError::resource_not_found(arn));
        }
        check_no_reserved_keys(tags.iter().map(|tag| tag.key.as_str()))?;
        let mut merged = self.tags.get(arn).cloned().unwrap_or_default();
        merged.extend(tags.into_iter().map(|tag| (tag.key, tag.value)));
        if merged.len() > MAX_TAGS_PER_RESOURCE {
            return Err(ApiError::too_many_tags(arn, MAX_TAGS_PER_RESOURCE));
        }
        self.tags.insert(arn.to_owned(), merged);
        Ok(())
    }

    pub fn untag_resource(&mut self, arn: &str, keys: &[String]) -> Result<(), ApiError> {
        if !self.resource_exists(arn) {
            return Err(ApiError::resource_not_found(arn));
        }
        check_no_reserved_keys(keys.iter().map(String::as_str))?;
        if let Some(existing) = self.tags.get_mut(arn) {
            for key in keys {
                existing.remove(key);
            }
        }
        Ok(())
    }

    // ---- trace segment destination, spans, sampling targets ----

    /// `(destination, status)` as GetTraceSegmentDestination answers.
    pub fn trace_segment_destination(&self, now: f64) -> (Destination, &'static str) {
        let state = self.destination;
        (state.destination, if now < state.pending_until { "PENDING" } else { "ACTIVE" })
    }

    /// Sets the destination; a change is `PENDING` for a while (AWS: up to minutes), setting the current
    /// destination again changes nothing.
    pub fn update_trace_segment_destination(&mut self, destination: Destination, now: f64) -> (Destination, &'static str) {
        if destination != self.destination.destination {
            self.destination = DestinationState { destination, pending_until: now + self.settings.destination_activation_secs.max(0.0) };
            return (destination, "PENDING");
        }
        self.trace_segment_destination(now)
    }

    pub fn traces(&self) -> &TraceStore {
        &self.traces
    }

    /// One page of GetTraceSummaries, oldest trace first.
    pub fn trace_summaries(
        &self,
        start: f64,
        end: f64,
        filter: Option<&str>,
        next_token: Option<&str>,
        page_size: usize,
    ) -> Result<Page<serde_json::Value>, ApiError> {
        let summaries = self.traces.summaries(start, end, filter)?;
        // Keys sort as the summaries do: start time in microseconds, zero-padded, then the trace ID.
        let keyed = summaries
            .iter()
            .map(|summary| {
                let micros = (summary["StartTime"].as_f64().unwrap_or(0.0) * 1e6) as u64;
                (format!("{micros:020}/{}", summary["Id"].as_str().unwrap_or_default()), summary)
            })
            .collect();
        page(keyed, next_token, page_size)
    }

    pub fn traces_mut(&mut self) -> &mut TraceStore {
        &mut self.traces
    }

    pub fn sampling_reports(&self) -> &SamplingReports {
        &self.sampling
    }

    pub fn sampling_targets(&mut self, request: GetSamplingTargetsRequest, now: f64) -> serde_json::Value {
        let interval = self.settings.sampling_target_interval_secs;
        self.sampling.answer(request, &self.rules, now, interval)
    }

    pub fn list_tags(&self, arn: &str, next_token: Option<&str>, page_size: usize) -> Result<Page<Tag>, ApiError> {
        if !self.resource_exists(arn) {
            return Err(ApiError::resource_not_found(arn));
        }
        let tags: Vec<Tag> =
            self.tags.get(arn).into_iter().flatten().map(|(key, value)| Tag { key: key.clone(), value: value.clone() }).collect();
        page(tags.iter().map(|tag| (tag.key.clone(), tag)).collect(), next_token, page_size)
    }
}

/// Fills in unset flags from the current configuration (on update) or `false` (on create), so that
/// responses always carry both, as AWS's do.
fn resolved_insights(requested: Option<InsightsConfiguration>, current: Option<InsightsConfiguration>) -> InsightsConfiguration {
    let requested = requested.unwrap_or_default();
    let current = current.unwrap_or_default();
    InsightsConfiguration {
        insights_enabled: Some(requested.insights_enabled.or(current.insights_enabled).unwrap_or(false)),
        notifications_enabled: Some(requested.notifications_enabled.or(current.notifications_enabled).unwrap_or(false)),
    }
}

fn check_notifications_need_insights(insights: &InsightsConfiguration) -> Result<(), ApiError> {
    if insights.notifications_enabled == Some(true) && insights.insights_enabled != Some(true) {
        return Err(ApiError::invalid_request("Notifications can only be enabled on a group with InsightsEnabled set to true"));
    }
    Ok(())
}

/// Tags given to a new resource: same rules as `TagResource`, but reported as an invalid request because
/// the create operations do not declare `TooManyTagsException`.
fn checked_new_tags(tags: Vec<Tag>, arn: &str) -> Result<BTreeMap<String, String>, ApiError> {
    check_no_reserved_keys(tags.iter().map(|tag| tag.key.as_str()))?;
    let tags: BTreeMap<String, String> = tags.into_iter().map(|tag| (tag.key, tag.value)).collect();
    if tags.len() > MAX_TAGS_PER_RESOURCE {
        return Err(ApiError::invalid_request(format!("A resource can have at most {MAX_TAGS_PER_RESOURCE} tags: {arn}")));
    }
    Ok(tags)
}

fn check_no_reserved_keys<'a>(mut keys: impl Iterator<Item = &'a str>) -> Result<(), ApiError> {
    match keys.find(|key| key.starts_with(RESERVED_TAG_PREFIX)) {
        Some(key) => Err(ApiError::invalid_request(format!("Tag keys starting with {RESERVED_TAG_PREFIX} are reserved for AWS: {key}"))),
        None => Ok(()),
    }
}

/// Members of an update that the Default rule does not allow changing, by wire name.
fn default_rule_fixed_members(update: &SamplingRuleUpdate) -> Vec<&'static str> {
    [
        ("ResourceARN", update.resource_arn.is_some()),
        ("Priority", update.priority.is_some()),
        ("Host", update.host.is_some()),
        ("ServiceName", update.service_name.is_some()),
        ("ServiceType", update.service_type.is_some()),
        ("HTTPMethod", update.http_method.is_some()),
        ("URLPath", update.url_path.is_some()),
        ("Attributes", update.attributes.is_some()),
        ("SamplingRateBoost", update.sampling_rate_boost.is_some()),
    ]
    .into_iter()
    .filter_map(|(member, set)| set.then_some(member))
    .collect()
}

/// One page of `entries`, ordered by key. The token is the hex-encoded key of the last item returned,
/// so paging stays correct when items are added or removed between calls.
fn page<T: Clone>(mut entries: Vec<(String, &T)>, next_token: Option<&str>, page_size: usize) -> Result<Page<T>, ApiError> {
    let after = next_token.map(|token| decode_token(token).ok_or_else(|| ApiError::invalid_request("Invalid NextToken"))).transpose()?;
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let mut remaining = entries.into_iter().filter(|(key, _)| after.as_ref().is_none_or(|after| key > after));
    let taken: Vec<(String, &T)> = remaining.by_ref().take(page_size).collect();
    let next_token = match (remaining.next(), taken.last()) {
        (Some(_), Some((last_key, _))) => Some(encode_token(last_key)),
        _ => None,
    };
    Ok(Page { items: taken.into_iter().map(|(_, item)| item.clone()).collect(), next_token })
}

fn encode_token(key: &str) -> String {
    key.bytes().map(|b| format!("{b:02x}")).collect()
}

fn decode_token(token: &str) -> Option<String> {
    if !token.len().is_multiple_of(2) {
        return None;
    }
    let bytes = (0..token.len()).step_by(2).map(|i| u8::from_str_radix(token.get(i..i + 2)?, 16).ok()).collect::<Option<Vec<u8>>>()?;
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> Store {
        Store::new(StoreSettings {
            region: "us-east-1".into(),
            account_id: "123456789012".into(),
            rule_limit: 2,
            destination_activation_secs: 0.0,
            sampling_target_interval_secs: 10,
        })
    }

    fn rule(name: &str, priority: i32) -> CreateSamplingRuleRequest {
        CreateSamplingRuleRequest {
            sampling_rule: SamplingRule {
                rule_name: Some(name.into()),
                rule_arn: None,
                resource_arn: "*".into(),
                priority,
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
            },
            tags: None,
        }
    }

    #[test]
    fn tokens_round_trip() {
        let key = "09000/Cruddur";
        assert_eq!(decode_token(&encode_token(key)).as_deref(), Some(key));
        assert_eq!(decode_token("zz"), None);
        assert_eq!(decode_token("abc"), None);
    }

    #[test]
    fn rules_list_by_priority_then_name_across_pages() {
        let mut store = store();
        store.create_sampling_rule(rule("b", 5), 1.0).unwrap();
        store.create_sampling_rule(rule("a", 5), 1.0).unwrap();
        let first = store.list_sampling_rules(None, 2).unwrap();
        let names: Vec<_> = first.items.iter().map(|r| r.sampling_rule.rule_name.clone().unwrap()).collect();
        assert_eq!(names, ["a", "b"]);
        let second = store.list_sampling_rules(first.next_token.as_deref(), 2).unwrap();
        assert_eq!(second.items.len(), 1);
        assert_eq!(second.items[0].sampling_rule.rule_name.as_deref(), Some(DEFAULT_NAME));
        assert_eq!(second.next_token, None);
    }

    #[test]
    fn rule_limit_counts_only_user_rules() {
        let mut store = store();
        store.create_sampling_rule(rule("a", 1), 1.0).unwrap();
        store.create_sampling_rule(rule("b", 2), 1.0).unwrap();
        let error = store.create_sampling_rule(rule("c", 3), 1.0).unwrap_err();
        assert_eq!(error.code, "RuleLimitExceededException");
    }

    #[test]
    fn default_group_lists_first_and_cannot_be_deleted() {
        let mut store = store();
        let create = CreateGroupRequest { group_name: "Cruddur".into(), filter_expression: None, insights_configuration: None, tags: None };
        store.create_group(create).unwrap();
        let page = store.list_groups(None, 10).unwrap();
        let names: Vec<_> = page.items.iter().map(|group| group.group_name.as_str()).collect();
        assert_eq!(names, [DEFAULT_NAME, "Cruddur"]);
        let selector = GroupSelector { group_name: Some(DEFAULT_NAME.into()), group_arn: None };
        assert_eq!(store.delete_group(&selector).unwrap_err().message, "The Default group cannot be deleted");
    }
}
