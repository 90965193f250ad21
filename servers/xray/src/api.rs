//! The served operations: turns a request document (already checked against the model) into a call on the
//! [`Store`] and the result into the operation's output document.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

use crate::error::ApiError;
use crate::model::{Model, ValidationError, Violation, member_path};
use crate::sampling::GetSamplingTargetsRequest;
use crate::state::{Destination, Store};
use crate::wire::{
    BatchGetTracesRequest, CreateGroupRequest, CreateSamplingRuleRequest, DeleteSamplingRuleRequest, GetTraceSummariesRequest,
    GroupSelector, ListTagsForResourceRequest, PageRequest, TagResourceRequest, UntagResourceRequest, UpdateGroupRequest,
    UpdateSamplingRuleRequest, UpdateTraceSegmentDestinationRequest,
};

/// Operations this server implements; every other operation of the model is answered with
/// `UnknownOperationException`.
pub const SERVED_OPERATIONS: &[&str] = &[
    "CreateGroup",
    "GetGroup",
    "GetGroups",
    "UpdateGroup",
    "DeleteGroup",
    "CreateSamplingRule",
    "GetSamplingRules",
    "UpdateSamplingRule",
    "DeleteSamplingRule",
    "TagResource",
    "UntagResource",
    "ListTagsForResource",
    "GetSamplingTargets",
    "GetTraceSegmentDestination",
    "UpdateTraceSegmentDestination",
    "GetTraceSummaries",
    "BatchGetTraces",
];

/// The model shape whose members' constraints apply to a `SamplingRuleUpdate`. The update shape itself
/// declares `Priority` and `FixedRate` without ranges; AWS still enforces the rule's ranges on them.
const SAMPLING_RULE_SHAPE: &str = "SamplingRule";
const SAMPLING_RULE_UPDATE_MEMBER: &str = "SamplingRuleUpdate";

pub fn is_served(operation: &str) -> bool {
    SERVED_OPERATIONS.contains(&operation)
}

/// What an operation needs besides its input.
pub struct CallContext<'a> {
    pub model: &'a Model,
    pub store: &'a mut Store,
    pub page_size: usize,
    /// Epoch seconds, for CreatedAt/ModifiedAt.
    pub now: f64,
}

/// Runs `operation` on a model-valid `input` and returns its output document.
pub fn execute(operation: &str, input: Value, context: CallContext<'_>) -> Result<Value, ApiError> {
    let CallContext { model, store, page_size, now } = context;
    let input = without_nulls(input);
    let output = match operation {
        "CreateGroup" => json!({ "Group": store.create_group(parse::<CreateGroupRequest>(input)?)? }),
        "GetGroup" => json!({ "Group": store.get_group(&parse::<GroupSelector>(input)?)? }),
        "GetGroups" => {
            let request: PageRequest = parse(input)?;
            let page = store.list_groups(request.next_token.as_deref(), page_size)?;
            with_token(json!({ "Groups": page.items }), page.next_token)
        }
        "UpdateGroup" => json!({ "Group": store.update_group(parse::<UpdateGroupRequest>(input)?)? }),
        "DeleteGroup" => {
            store.delete_group(&parse::<GroupSelector>(input)?)?;
            json!({})
        }
        "CreateSamplingRule" => {
            let request: CreateSamplingRuleRequest = parse(input)?;
            json!({ "SamplingRuleRecord": store.create_sampling_rule(request, now)? })
        }
        "GetSamplingRules" => {
            let request: PageRequest = parse(input)?;
            let page = store.list_sampling_rules(request.next_token.as_deref(), page_size)?;
            with_token(json!({ "SamplingRuleRecords": page.items }), page.next_token)
        }
        "UpdateSamplingRule" => {
            check_update_against_rule_constraints(model, &input)?;
            let request: UpdateSamplingRuleRequest = parse(input)?;
            let record = store.update_sampling_rule(request.sampling_rule_update, now)?;
            json!({ "SamplingRuleRecord": record })
        }
        "DeleteSamplingRule" => {
            let request: DeleteSamplingRuleRequest = parse(input)?;
            let record = store.delete_sampling_rule(request.rule_name.as_deref(), request.rule_arn.as_deref())?;
            json!({ "SamplingRuleRecord": record })
        }
        "TagResource" => {
            let request: TagResourceRequest = parse(input)?;
            store.tag_resource(&request.resource_arn, request.tags)?;
            json!({})
        }
        "UntagResource" => {
            let request: UntagResourceRequest = parse(input)?;
            store.untag_resource(&request.resource_arn, &request.tag_keys)?;
            json!({})
        }
        "ListTagsForResource" => {
            let request: ListTagsForResourceRequest = parse(input)?;
            let page = store.list_tags(&request.resource_arn, request.next_token.as_deref(), page_size)?;
            with_token(json!({ "Tags": page.items }), page.next_token)
        }
        "GetSamplingTargets" => store.sampling_targets(parse::<GetSamplingTargetsRequest>(input)?, now),
        "GetTraceSegmentDestination" => {
            let (destination, status) = store.trace_segment_destination(now);
            json!({ "Destination": destination.name(), "Status": status })
        }
        "UpdateTraceSegmentDestination" => {
            let request: UpdateTraceSegmentDestinationRequest = parse(input)?;
            let (destination, status) = match request.destination.as_deref() {
                // The model has checked the enum; without one, nothing changes.
                Some(name) => store.update_trace_segment_destination(Destination::parse(name).unwrap_or(Destination::XRay), now),
                None => store.trace_segment_destination(now),
            };
            json!({ "Destination": destination.name(), "Status": status })
        }
        "GetTraceSummaries" => {
            let request: GetTraceSummariesRequest = parse(input)?;
            let page = store.trace_summaries(
                request.start_time,
                request.end_time,
                request.filter_expression.as_deref(),
                request.next_token.as_deref(),
                page_size,
            )?;
            let processed = page.items.len();
            with_token(json!({ "TraceSummaries": page.items, "ApproximateTime": now, "TracesProcessedCount": processed }), page.next_token)
        }
        "BatchGetTraces" => {
            let request: BatchGetTracesRequest = parse(input)?;
            let (traces, missing) = store.traces().traces(&request.trace_ids);
            json!({ "Traces": traces, "UnprocessedTraceIds": missing })
        }
        other => {
            return Err(ApiError::unknown_operation(format!("Operation {other} is not implemented by this local X-Ray server")));
        }
    };
    Ok(output)
}

/// Checks each member of a `SamplingRuleUpdate` against the same member of `SamplingRule`, so that an
/// update cannot set what a create could not (FixedRate 2, Priority 0, a 65-character ServiceName).
fn check_update_against_rule_constraints(model: &Model, input: &Value) -> Result<(), ApiError> {
    let Some(update) = input.get(SAMPLING_RULE_UPDATE_MEMBER).and_then(Value::as_object) else {
        return Ok(());
    };
    let mut violations: Vec<Violation> = Vec::new();
    for (member, value) in update {
        let Some(rule_member_shape) = model.member_shape(SAMPLING_RULE_SHAPE, member) else {
            continue;
        };
        let path = member_path("samplingRuleUpdate", member);
        match model.validate_at(rule_member_shape, value, &path) {
            Ok(()) => {}
            Err(ValidationError::Constraints(found)) => violations.extend(found),
            Err(ValidationError::Serialization(message)) => {
                return Err(ApiError::serialization(message));
            }
        }
    }
    if violations.is_empty() { Ok(()) } else { Err(ApiError::validation(&violations)) }
}

fn parse<T: DeserializeOwned>(input: Value) -> Result<T, ApiError> {
    // The model check ran first, so this only fails if the typed mirror and the model disagree.
    serde_json::from_value(input).map_err(|error| ApiError::serialization(error.to_string()))
}

fn with_token(mut output: Value, next_token: Option<String>) -> Value {
    if let (Some(token), Some(object)) = (next_token, output.as_object_mut()) {
        object.insert("NextToken".into(), Value::String(token));
    }
    output
}

/// Drops `null` members: on the wire they mean "not set", which is what `Option::None` means.
fn without_nulls(value: Value) -> Value {
    match value {
        Value::Object(object) => {
            Value::Object(object.into_iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k, without_nulls(v))).collect::<Map<_, _>>())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(without_nulls).collect()),
        other => other,
    }
}
