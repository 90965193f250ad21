//! `/1/recipients`: team-wide notification recipients (email, Slack, PagerDuty, webhook, MS Teams),
//! which triggers and burn alerts notify by ID.
//!
//! Each type's `details` are checked as the spec types them (required fields, lengths, the
//! PagerDuty key's 32 characters, webhook headers and template variables); a Slack channel must
//! start with `#` or `@` (the Terraform provider's check, which it makes because the API does).
//! Two recipients of a type may not share a target (409, "A resource by that name already
//! exists."); the type cannot change on update; a recipient an alert uses cannot be deleted (409).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::common::{object, optional_array, optional_string, required_string};
use super::triggers::trigger_json;
use crate::auth::EnvKey;
use crate::errors::{ApiError, ApiResult};
use crate::http::{JsonBody, json};
use crate::keys::Permission;
use crate::stats::Creation;
use crate::store::{AppState, Recipient};
use crate::util::{now_secs, random_alnum, rfc3339};

const TYPES: &[&str] = &["pagerduty", "email", "slack", "webhook", "msteams", "msteams_workflow"];

pub fn recipient_json(r: &Recipient) -> Value {
    json!({
        "id": r.id,
        "type": r.kind,
        "details": r.details,
        "created_at": rfc3339(r.created_at),
        "updated_at": rfc3339(r.updated_at),
    })
}

fn detail_error(field: &str, code: &'static str, description: impl Into<String>) -> ApiError {
    ApiError::validation(format!("details.{field}"), code, description)
}

/// A `details` string field, re-keyed for error messages.
fn detail_string(details: &Value, field: &str, min: usize, max: usize) -> ApiResult<String> {
    required_string(details, field, min, max).map_err(|e| {
        let code = e.fields.first().map_or("invalid", |f| f.code);
        let description = e.fields.first().map_or_else(String::new, |f| f.description.clone());
        detail_error(field, code, description)
    })
}

fn http_url(details: &Value, field: &str) -> ApiResult<String> {
    let url = detail_string(details, field, 1, 2048)?;
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    if rest.is_none_or(|r| r.is_empty() || r.starts_with('/')) {
        return Err(detail_error(field, "invalid", "must be an http or https URL"));
    }
    Ok(url)
}

/// Checks `details` for `kind`; returns them with only the type's fields.
fn validate_details(kind: &str, details: &Value) -> ApiResult<Value> {
    if !details.is_object() {
        return Err(ApiError::validation("details", "missing", "details are required for this recipient type"));
    }
    let mut out = Map::new();
    match kind {
        "email" => {
            let address = detail_string(details, "email_address", 1, 254)?;
            let valid = address.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && !domain.contains('@')
            });
            if !valid || address.chars().any(char::is_whitespace) {
                return Err(detail_error("email_address", "invalid", "must be an email address"));
            }
            out.insert("email_address".into(), address.into());
        }
        "slack" => {
            let channel = detail_string(details, "slack_channel", 2, 80)?;
            if !channel.starts_with('#') && !channel.starts_with('@') {
                return Err(detail_error("slack_channel", "invalid", "must begin with # (a channel) or @ (a user)"));
            }
            out.insert("slack_channel".into(), channel.into());
        }
        "pagerduty" => {
            out.insert("pagerduty_integration_name".into(), detail_string(details, "pagerduty_integration_name", 1, 255)?.into());
            let key = detail_string(details, "pagerduty_integration_key", 32, 32)
                .map_err(|_| detail_error("pagerduty_integration_key", "invalid", "must be exactly 32 characters"))?;
            out.insert("pagerduty_integration_key".into(), key.into());
        }
        "webhook" => {
            out.insert("webhook_name".into(), detail_string(details, "webhook_name", 1, 255)?.into());
            out.insert("webhook_url".into(), http_url(details, "webhook_url")?.into());
            let secret = optional_string(details, "webhook_secret", 255)
                .map_err(|_| detail_error("webhook_secret", "invalid", "must be at most 255 characters"))?;
            if !secret.is_empty() {
                out.insert("webhook_secret".into(), secret.into());
            }
            let headers = optional_array(details, "webhook_headers")
                .map_err(|_| detail_error("webhook_headers", "incorrect_type", "must be an array"))?;
            if headers.len() > 5 {
                return Err(detail_error("webhook_headers", "invalid", "at most 5 headers"));
            }
            let mut normalised: Vec<Value> = Vec::with_capacity(headers.len());
            for (i, h) in headers.iter().enumerate() {
                let name = detail_string(h, "header", 1, 64)
                    .map_err(|_| detail_error(&format!("webhook_headers[{i}].header"), "invalid", "must be 1 to 64 characters"))?;
                let value = optional_string(h, "value", 750)
                    .map_err(|_| detail_error(&format!("webhook_headers[{i}].value"), "invalid", "must be at most 750 characters"))?;
                if normalised.iter().any(|n| n["header"].as_str().is_some_and(|h| h.eq_ignore_ascii_case(&name))) {
                    return Err(detail_error(&format!("webhook_headers[{i}].header"), "invalid", "duplicate header"));
                }
                normalised.push(json!({"header": name, "value": value}));
            }
            if !normalised.is_empty() {
                out.insert("webhook_headers".into(), Value::Array(normalised));
            }
            if let Some(payloads) = details.get("webhook_payloads").filter(|v| !v.is_null()) {
                out.insert("webhook_payloads".into(), validate_payloads(payloads)?);
            }
        }
        _ => {
            // msteams (deprecated) and msteams_workflow.
            out.insert("webhook_name".into(), detail_string(details, "webhook_name", 1, 255)?.into());
            out.insert("webhook_url".into(), http_url(details, "webhook_url")?.into());
        }
    }
    Ok(Value::Object(out))
}

/// A webhook's custom payloads: up to 10 template variables named `^[a-z](?:[a-zA-Z0-9]+$)?$`
/// (≤ 64, defaults ≤ 256) and templates for `trigger`, `budget_rate`, `exhaustion_time`.
fn validate_payloads(payloads: &Value) -> ApiResult<Value> {
    let field = "webhook_payloads";
    if !payloads.is_object() {
        return Err(detail_error(field, "incorrect_type", "must be an object"));
    }
    let vars = optional_array(payloads, "template_variables")
        .map_err(|_| detail_error(&format!("{field}.template_variables"), "incorrect_type", "must be an array"))?;
    if vars.len() > 10 {
        return Err(detail_error(&format!("{field}.template_variables"), "invalid", "at most 10 template variables"));
    }
    for (i, v) in vars.iter().enumerate() {
        let name = v.get("name").and_then(Value::as_str).unwrap_or_default();
        let mut cs = name.chars();
        let ok = name.chars().count() <= 64 && cs.next().is_some_and(|c| c.is_ascii_lowercase()) && cs.all(|c| c.is_ascii_alphanumeric());
        if !ok {
            return Err(detail_error(
                &format!("{field}.template_variables[{i}].name"),
                "invalid",
                "must start with a lower-case letter, then letters and digits (at most 64)",
            ));
        }
        if v.get("default_value").and_then(Value::as_str).is_some_and(|d| d.chars().count() > 256) {
            return Err(detail_error(
                &format!("{field}.template_variables[{i}].default_value"),
                "invalid",
                "must be at most 256 characters",
            ));
        }
    }
    if let Some(templates) = payloads.get("payload_templates").filter(|v| !v.is_null()) {
        let map = templates
            .as_object()
            .ok_or_else(|| detail_error(&format!("{field}.payload_templates"), "incorrect_type", "must be an object"))?;
        for (k, v) in map {
            if !["trigger", "budget_rate", "exhaustion_time"].contains(&k.as_str()) {
                return Err(detail_error(
                    &format!("{field}.payload_templates.{k}"),
                    "invalid",
                    "templates are for trigger, budget_rate and exhaustion_time",
                ));
            }
            if !v.get("body").is_none_or(Value::is_string) {
                return Err(detail_error(&format!("{field}.payload_templates.{k}.body"), "incorrect_type", "must be a string"));
            }
        }
    }
    Ok(payloads.clone())
}

/// The type and normalised details of a body.
fn parse(body: &Value) -> ApiResult<(String, Value)> {
    object(body)?;
    let kind = match body.get("type") {
        Some(Value::String(t)) if TYPES.contains(&t.as_str()) => t.clone(),
        None | Some(Value::Null) => return Err(ApiError::validation("type", "missing", "cannot be blank")),
        Some(_) => return Err(ApiError::validation("type", "invalid", format!("type: must be one of {}", TYPES.join(", ")))),
    };
    let details = validate_details(&kind, body.get("details").unwrap_or(&Value::Null))?;
    Ok((kind, details))
}

fn conflict(team: &[Recipient], kind: &str, details: &Value, except: Option<&str>) -> ApiResult<()> {
    let candidate = Recipient { id: String::new(), kind: kind.to_owned(), details: details.clone(), created_at: 0, updated_at: 0 };
    let target = candidate.target().to_lowercase();
    if team.iter().any(|r| Some(r.id.as_str()) != except && r.kind == kind && r.target().to_lowercase() == target) {
        return Err(ApiError::conflict("A resource by that name already exists."));
    }
    Ok(())
}

pub async fn list(key: EnvKey, State(state): State<AppState>) -> ApiResult<Response> {
    key.require(Permission::ManageRecipients)?;
    let all: Vec<Value> = state.registry().recipients.iter().map(recipient_json).collect();
    Ok(json(StatusCode::OK, &all))
}

pub async fn create(key: EnvKey, State(state): State<AppState>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageRecipients)?;
    let (kind, details) = parse(&body)?;
    let mut registry = state.registry_mut();
    conflict(&registry.recipients, &kind, &details, None)?;
    let now = now_secs();
    let recipient = Recipient { id: random_alnum(11), kind, details, created_at: now, updated_at: now };
    let out = recipient_json(&recipient);
    registry.recipients.push(recipient);
    state.created(Creation::Recipient);
    Ok(json(StatusCode::CREATED, &out))
}

pub async fn get(key: EnvKey, State(state): State<AppState>, Path(id): Path<String>) -> ApiResult<Response> {
    key.require(Permission::ManageRecipients)?;
    let registry = state.registry();
    let r = registry.recipients.iter().find(|r| r.id == id).ok_or_else(|| ApiError::not_found("recipient not found"))?;
    Ok(json(StatusCode::OK, &recipient_json(r)))
}

/// A full replacement; the type stays what it was.
pub async fn update(key: EnvKey, State(state): State<AppState>, Path(id): Path<String>, JsonBody(body): JsonBody) -> ApiResult<Response> {
    key.require(Permission::ManageRecipients)?;
    let (kind, details) = parse(&body)?;
    let mut registry = state.registry_mut();
    let i = registry.recipients.iter().position(|r| r.id == id).ok_or_else(|| ApiError::not_found("recipient not found"))?;
    if registry.recipients[i].kind != kind {
        return Err(ApiError::validation("type", "invalid", "the type of a recipient cannot be changed"));
    }
    conflict(&registry.recipients, &kind, &details, Some(&id))?;
    let r = &mut registry.recipients[i];
    r.details = details;
    r.updated_at = now_secs();
    Ok(json(StatusCode::OK, &recipient_json(r)))
}

/// Refused (409) while any trigger or burn alert of any environment notifies it.
pub async fn delete(key: EnvKey, State(state): State<AppState>, Path(id): Path<String>) -> ApiResult<Response> {
    key.require(Permission::ManageRecipients)?;
    let mut registry = state.registry_mut();
    let i = registry.recipients.iter().position(|r| r.id == id).ok_or_else(|| ApiError::not_found("recipient not found"))?;
    for env in &registry.environments {
        let data = env.data.read().unwrap_or_else(|e| e.into_inner());
        let used = data.triggers.iter().any(|t| t.recipients.iter().any(|r| r.id == id))
            || data.burn_alerts.iter().any(|b| b.recipients.iter().any(|r| r.id == id));
        if used {
            return Err(ApiError::conflict(format!(
                "recipient {id} is used by a trigger or burn alert in environment {:?}; remove it there first",
                env.name
            )));
        }
    }
    registry.recipients.remove(i);
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `GET /1/recipients/{id}/triggers`: every trigger of the team (all environments) that notifies it.
pub async fn triggers(key: EnvKey, State(state): State<AppState>, Path(id): Path<String>) -> ApiResult<Response> {
    key.require(Permission::ManageTriggers)?;
    let registry = state.registry();
    if !registry.recipients.iter().any(|r| r.id == id) {
        return Err(ApiError::not_found("recipient not found"));
    }
    let mut out = Vec::new();
    for env in &registry.environments {
        let data = env.data.read().unwrap_or_else(|e| e.into_inner());
        for t in data.triggers.iter().filter(|t| t.recipients.iter().any(|r| r.id == id)) {
            out.push(trigger_json(t, &data, &registry.recipients));
        }
    }
    Ok(json(StatusCode::OK, &out))
}
