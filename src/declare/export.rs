//! An environment (and X-Ray) written as the observability file, so that `plan` on it right after shows
//! no change: every value the file's reader fills in by default (a frequency of 900, a PagerDuty
//! severity of `critical`, a `graph` panel) is left out, everything else is written, panels with their
//! positions. Secrets are never written: a recipient's key or secret becomes a `${VARIABLE}` to set.
//! Pure: the state in, YAML text out.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::file::XrayGroup;
use super::model::{BurnKind, ENVIRONMENT_WIDE, Notify, PanelContent, RecipientKey, Scope, Setup};
use crate::xray::rule::SamplingRuleSpec;

/// The file's text, and the variables its secrets reference (to be set before `plan`).
pub struct Exported {
    pub text: String,
    pub variables: Vec<String>,
}

/// A name for a recipient the file can refer to: its type and target, as a slug.
fn recipient_name(key: &RecipientKey, taken: &BTreeMap<String, RecipientKey>) -> String {
    let target: String = key
        .target
        .trim_start_matches(['#', '@'])
        .split('@')
        .next()
        .unwrap_or_default()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect();
    let base = format!("{}-{}", key.kind.replace('_', "-"), target.trim_matches('-'));
    let mut name = base.clone();
    let mut n = 2;
    while taken.contains_key(&name) {
        name = format!("{base}-{n}");
        n += 1;
    }
    name
}

fn variable_for(name: &str, what: &str) -> String {
    let upper: String = name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect();
    format!("HONEYCOMB_{upper}_{what}")
}

fn tag_map(tags: &[(String, String)]) -> Value {
    Value::Object(tags.iter().map(|(k, v)| (k.clone(), Value::from(v.clone()))).collect())
}

fn notify_list(list: &[Notify], names: &BTreeMap<RecipientKey, String>) -> Value {
    Value::Array(
        list.iter()
            .map(|n| {
                let name = names.get(&n.recipient).cloned().unwrap_or_else(|| n.recipient.to_string());
                let severity = n.severity.as_deref().filter(|s| *s != "critical");
                if severity.is_none() && n.variables.is_empty() {
                    return Value::from(name);
                }
                let mut item = Map::new();
                item.insert("recipient".into(), Value::from(name));
                if let Some(severity) = severity {
                    item.insert("severity".into(), Value::from(severity));
                }
                if !n.variables.is_empty() {
                    item.insert("variables".into(), json!(n.variables));
                }
                Value::Object(item)
            })
            .collect(),
    )
}

fn scope_value(scope: &Scope, names: &BTreeMap<RecipientKey, String>, slos: Option<Map<String, Value>>) -> Map<String, Value> {
    let mut out = Map::new();
    let columns: Map<String, Value> = scope
        .columns
        .iter()
        .filter(|(_, c)| !c.description.is_empty() || c.hidden)
        .map(|(name, c)| {
            let mut column = Map::new();
            if !c.description.is_empty() {
                column.insert("description".into(), Value::from(c.description.clone()));
            }
            if c.hidden {
                column.insert("hidden".into(), Value::Bool(true));
            }
            (name.clone(), Value::Object(column))
        })
        .collect();
    if !columns.is_empty() {
        out.insert("columns".into(), Value::Object(columns));
    }
    if !scope.calculated_fields.is_empty() {
        let fields = scope
            .calculated_fields
            .iter()
            .map(|(alias, f)| {
                let value = if f.description.is_empty() {
                    Value::from(f.expression.clone())
                } else {
                    json!({"expression": f.expression, "description": f.description})
                };
                (alias.clone(), value)
            })
            .collect();
        out.insert("calculated_fields".into(), Value::Object(fields));
    }
    if !scope.marker_colors.is_empty() {
        out.insert("marker_colors".into(), json!(scope.marker_colors));
    }
    if !scope.queries.is_empty() {
        let queries = scope
            .queries
            .iter()
            .map(|(name, q)| {
                let mut item = Map::new();
                if !q.description.is_empty() {
                    item.insert("description".into(), Value::from(q.description.clone()));
                }
                item.insert("query".into(), q.query.clone());
                (name.clone(), Value::Object(item))
            })
            .collect();
        out.insert("queries".into(), Value::Object(queries));
    }
    if !scope.triggers.is_empty() {
        let triggers = scope
            .triggers
            .iter()
            .map(|(name, t)| {
                let mut item = Map::new();
                if !t.description.is_empty() {
                    item.insert("description".into(), Value::from(t.description.clone()));
                }
                item.insert("query".into(), t.query.clone());
                let mut threshold = json!({"op": t.threshold.op, "value": t.threshold.value});
                if t.threshold.exceeded_limit != 1 {
                    threshold["exceeded_limit"] = Value::from(t.threshold.exceeded_limit);
                }
                item.insert("threshold".into(), threshold);
                if t.frequency != 900 {
                    item.insert("frequency".into(), Value::from(t.frequency));
                }
                if t.alert_type != "on_change" {
                    item.insert("alert_type".into(), Value::from(t.alert_type.clone()));
                }
                if t.disabled {
                    item.insert("disabled".into(), Value::Bool(true));
                }
                if !t.recipients.is_empty() {
                    item.insert("recipients".into(), notify_list(&t.recipients, names));
                }
                if !t.tags.is_empty() {
                    item.insert("tags".into(), tag_map(&t.tags));
                }
                if let Some(window) = &t.schedule {
                    item.insert(
                        "schedule".into(),
                        json!({"days": window["days_of_week"], "start": window["start_time"], "end": window["end_time"]}),
                    );
                }
                if let Some(baseline) = &t.baseline {
                    item.insert("baseline".into(), baseline.clone());
                }
                (name.clone(), Value::Object(item))
            })
            .collect();
        out.insert("triggers".into(), Value::Object(triggers));
    }
    if let Some(slos) = slos.filter(|s| !s.is_empty()) {
        out.insert("slos".into(), Value::Object(slos));
    }
    out
}

fn slo_value(slo: &super::model::Slo, names: &BTreeMap<RecipientKey, String>, environment_wide: bool) -> Value {
    let mut item = Map::new();
    if !slo.description.is_empty() {
        item.insert("description".into(), Value::from(slo.description.clone()));
    }
    item.insert("sli".into(), Value::from(slo.sli.clone()));
    item.insert("target_per_million".into(), Value::from(slo.target_per_million));
    if slo.time_period_days != 30 {
        item.insert("time_period_days".into(), Value::from(slo.time_period_days));
    }
    if !slo.tags.is_empty() {
        item.insert("tags".into(), tag_map(&slo.tags));
    }
    if environment_wide {
        item.insert("datasets".into(), json!(slo.datasets));
    }
    if !slo.burn_alerts.is_empty() {
        let alerts = slo
            .burn_alerts
            .iter()
            .map(|alert| {
                let mut a = Map::new();
                match alert.kind {
                    BurnKind::ExhaustionTime { exhaustion_minutes } => {
                        a.insert("exhaustion_minutes".into(), Value::from(exhaustion_minutes));
                    }
                    BurnKind::BudgetRate { budget_rate_window_minutes, budget_rate_decrease_threshold_per_million } => {
                        a.insert(
                            "budget_rate".into(),
                            json!({"window_minutes": budget_rate_window_minutes, "decrease_threshold_per_million": budget_rate_decrease_threshold_per_million}),
                        );
                    }
                }
                if !alert.description.is_empty() {
                    a.insert("description".into(), Value::from(alert.description.clone()));
                }
                a.insert("recipients".into(), notify_list(&alert.recipients, names));
                Value::Object(a)
            })
            .collect();
        item.insert("burn_alerts".into(), Value::Array(alerts));
    }
    Value::Object(item)
}

/// Writes `setup` (of `environment`) and the X-Ray state as the file.
pub fn export(environment: &str, setup: &Setup, xray: Option<(&BTreeMap<String, XrayGroup>, &[SamplingRuleSpec])>) -> Exported {
    let mut variables = Vec::new();
    let mut names: BTreeMap<String, RecipientKey> = BTreeMap::new();
    let mut recipients = Map::new();
    for (key, recipient) in &setup.recipients {
        let name = recipient_name(key, &names);
        names.insert(name.clone(), key.clone());
        let d = &recipient.details;
        let text = |field: &str| d.get(field).cloned().unwrap_or(Value::Null);
        let value = match key.kind.as_str() {
            "email" => json!({"email": text("email_address")}),
            "slack" => json!({"slack": text("slack_channel")}),
            "pagerduty" => {
                let var = variable_for(&name, "PAGERDUTY_KEY");
                variables.push(var.clone());
                json!({"pagerduty": {"integration_name": text("pagerduty_integration_name"), "integration_key": format!("${{{var}}}")}})
            }
            "webhook" => {
                let mut hook = Map::new();
                hook.insert("name".into(), text("webhook_name"));
                hook.insert("url".into(), text("webhook_url"));
                if d.contains_key("webhook_secret") {
                    let var = variable_for(&name, "WEBHOOK_SECRET");
                    variables.push(var.clone());
                    hook.insert("secret".into(), Value::from(format!("${{{var}}}")));
                }
                if let Some(headers) = d.get("webhook_headers").and_then(Value::as_array) {
                    let map: Map<String, Value> =
                        headers.iter().filter_map(|h| Some((h["header"].as_str()?.to_owned(), h["value"].clone()))).collect();
                    hook.insert("headers".into(), Value::Object(map));
                }
                if let Some(payloads) = d.get("webhook_payloads") {
                    if let Some(vars) = payloads.get("template_variables").and_then(Value::as_array) {
                        let map: Map<String, Value> = vars
                            .iter()
                            .filter_map(|v| Some((v["name"].as_str()?.to_owned(), v.get("default_value").cloned().unwrap_or(Value::Null))))
                            .collect();
                        hook.insert("template_variables".into(), Value::Object(map));
                    }
                    if let Some(templates) = payloads.get("payload_templates").and_then(Value::as_object) {
                        let map: Map<String, Value> = templates.iter().map(|(k, v)| (k.clone(), v["body"].clone())).collect();
                        hook.insert("templates".into(), Value::Object(map));
                    }
                }
                json!({"webhook": hook})
            }
            kind => json!({kind: {"name": text("webhook_name"), "url": text("webhook_url")}}),
        };
        recipients.insert(name, value);
    }
    let by_key: BTreeMap<RecipientKey, String> = names.iter().map(|(n, k)| (k.clone(), n.clone())).collect();

    // SLOs sit under their dataset, or environment-wide when they evaluate several.
    let mut slos_by_scope: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
    for (name, slo) in &setup.slos {
        let (scope, wide) = match slo.datasets.as_slice() {
            [one] => (one.clone(), false),
            _ => (ENVIRONMENT_WIDE.to_owned(), true),
        };
        slos_by_scope.entry(scope).or_default().insert(name.clone(), slo_value(slo, &by_key, wide));
    }
    let mut datasets = Map::new();
    let empty = Scope::default();
    let mut scope_names: Vec<String> = setup.scopes.keys().chain(slos_by_scope.keys()).cloned().collect();
    scope_names.sort();
    scope_names.dedup();
    let mut environment_wide = Map::new();
    for scope in &scope_names {
        let s = setup.scopes.get(scope).unwrap_or(&empty);
        let value = scope_value(s, &by_key, slos_by_scope.remove(scope));
        if scope == ENVIRONMENT_WIDE {
            environment_wide = value;
        } else if !value.is_empty() {
            datasets.insert(scope.clone(), Value::Object(value));
        }
    }

    let mut boards = Map::new();
    for (name, board) in &setup.boards {
        let mut item = Map::new();
        if !board.description.is_empty() {
            item.insert("description".into(), Value::from(board.description.clone()));
        }
        if !board.tags.is_empty() {
            item.insert("tags".into(), tag_map(&board.tags));
        }
        if !board.preset_filters.is_empty() {
            let filters: Map<String, Value> = board.preset_filters.iter().map(|(c, a)| (c.clone(), Value::from(a.clone()))).collect();
            item.insert("preset_filters".into(), Value::Object(filters));
        }
        let panels: Vec<Value> = board
            .panels
            .iter()
            .map(|panel| {
                let mut p = Map::new();
                match &panel.content {
                    PanelContent::Query { dataset, name, style, visualization } => {
                        p.insert("query".into(), Value::from(format!("{dataset}/{name}")));
                        if style != "graph" {
                            p.insert("style".into(), Value::from(style.clone()));
                        }
                        if let Some(v) = visualization {
                            p.insert("visualization".into(), v.clone());
                        }
                    }
                    PanelContent::Slo { name } => {
                        p.insert("slo".into(), Value::from(name.clone()));
                    }
                    PanelContent::Text { content } => {
                        p.insert("text".into(), Value::from(content.clone()));
                    }
                }
                let at = panel.position;
                p.insert("position".into(), json!({"x": at.x, "y": at.y, "width": at.width, "height": at.height}));
                Value::Object(p)
            })
            .collect();
        item.insert("panels".into(), Value::Array(panels));
        if !board.views.is_empty() {
            let views: Map<String, Value> = board
                .views
                .iter()
                .map(|(view, filters)| {
                    let list = filters
                        .iter()
                        .map(|f| {
                            let mut o = json!({"column": f.column, "op": f.op});
                            if let Some(v) = &f.value {
                                o["value"] = v.clone();
                            }
                            o
                        })
                        .collect();
                    (view.clone(), Value::Array(list))
                })
                .collect();
            item.insert("views".into(), Value::Object(views));
        }
        boards.insert(name.clone(), Value::Object(item));
    }

    let mut honeycomb = Map::new();
    honeycomb.insert("environment".into(), Value::from(environment));
    honeycomb.insert("recipients".into(), Value::Object(recipients));
    honeycomb.insert("datasets".into(), Value::Object(datasets));
    if !environment_wide.is_empty() {
        honeycomb.insert("environment_wide".into(), Value::Object(environment_wide));
    }
    honeycomb.insert("boards".into(), Value::Object(boards));
    let mut top = Map::new();
    top.insert("version".into(), Value::from(1));
    top.insert("honeycomb".into(), Value::Object(honeycomb));
    if let Some((groups, rules)) = xray {
        let groups: Map<String, Value> = groups
            .iter()
            .map(|(name, g)| {
                let mut item = json!({"filter_expression": g.filter_expression});
                if g.insights_enabled {
                    item["insights"] = Value::Bool(true);
                }
                if g.notifications_enabled {
                    item["notifications"] = Value::Bool(true);
                }
                (name.clone(), item)
            })
            .collect();
        let rules: Vec<Value> = rules.iter().map(|rule| serde_json::to_value(rule).unwrap_or_default()).collect();
        top.insert("xray".into(), json!({"groups": groups, "sampling_rules": rules}));
    }
    let body = yaml_serde::to_string(&Value::Object(top)).unwrap_or_default();
    let text = format!(
        "# Observability as code for this environment (written by `cruddur-obs export`).\n\
         # `cruddur-obs plan` shows what differs from Honeycomb and X-Ray; `cruddur-obs apply` makes it so.\n\
         # Editors check it against the schema (`cruddur-obs export --schema > observability.schema.json`):\n# yaml-language-server: $schema=observability.schema.json\n{body}"
    );
    Exported { text, variables }
}
