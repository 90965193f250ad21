//! OTLP spans → Honeycomb events, with Honeycomb's column names.
//!
//! Per span: `trace.trace_id`, `trace.span_id`, `trace.parent_id` (root spans have none),
//! `name`, `span.kind`, `duration_ms`, `status_code`, `status_message`, `error`,
//! `service.name` and every resource and span attribute flattened under its own key, plus
//! `library.name`/`library.version` and `meta.signal_type`. Span events and links become their
//! own events (`meta.annotation_type` = `span_event` / `link`), as in Honeycomb. The dataset is
//! the resource's `service.name` (`unknown_service` without one).

use crate::table::{EventTable, Interner, Value};
use cruddur_otlp::encoding::{base64, hex};
use cruddur_otlp::proto::{AnyValue, ExportTraceServiceRequest, KeyValue, Span, any_value};

/// A field value, borrowed from the request where it can be.
enum FieldValue<'a> {
    Borrowed(Value<'a>),
    Owned(String),
}

impl<'a> FieldValue<'a> {
    fn as_value(&self) -> Value<'_> {
        match self {
            FieldValue::Borrowed(v) => *v,
            FieldValue::Owned(s) => Value::Str(s),
        }
    }
}

fn any_to_json(v: &AnyValue) -> serde_json::Value {
    use any_value::Value as V;
    match &v.value {
        None => serde_json::Value::Null,
        Some(V::StringValue(s)) => s.clone().into(),
        Some(V::BoolValue(b)) => (*b).into(),
        Some(V::IntValue(i)) => (*i).into(),
        Some(V::DoubleValue(f)) => serde_json::Number::from_f64(*f).map_or(serde_json::Value::Null, Into::into),
        Some(V::ArrayValue(a)) => a.values.iter().map(any_to_json).collect(),
        Some(V::KvlistValue(kv)) => kv
            .values
            .iter()
            .map(|kv| (kv.key.clone(), kv.value.as_ref().map_or(serde_json::Value::Null, any_to_json)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
        Some(V::BytesValue(b)) => base64(b).into(),
    }
}

fn field_value(v: &AnyValue) -> Option<FieldValue<'_>> {
    use any_value::Value as V;
    Some(match v.value.as_ref()? {
        V::StringValue(s) => FieldValue::Borrowed(Value::Str(s)),
        V::BoolValue(b) => FieldValue::Borrowed(Value::Bool(*b)),
        V::IntValue(i) => FieldValue::Borrowed(Value::Int(*i)),
        V::DoubleValue(f) => FieldValue::Borrowed(Value::Float(*f)),
        V::BytesValue(b) => FieldValue::Owned(base64(b)),
        // Honeycomb stores arrays and maps as JSON strings.
        V::ArrayValue(_) | V::KvlistValue(_) => FieldValue::Owned(any_to_json(v).to_string()),
    })
}

fn push_attributes<'a>(fields: &mut Vec<(&'a str, FieldValue<'a>)>, attrs: &'a [KeyValue]) {
    for kv in attrs {
        if let Some(v) = kv.value.as_ref().and_then(field_value) {
            fields.push((kv.key.as_str(), v));
        }
    }
}

fn kind_name(kind: i32) -> &'static str {
    match kind {
        1 => "internal",
        2 => "server",
        3 => "client",
        4 => "producer",
        5 => "consumer",
        _ => "unspecified",
    }
}

/// What an export wrote.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub spans: u64,
    pub events: u64,
}

/// The dataset a resource's spans go to.
pub fn service_name(resource_attrs: &[KeyValue]) -> &str {
    resource_attrs
        .iter()
        .find(|kv| kv.key == "service.name")
        .and_then(|kv| match kv.value.as_ref()?.value.as_ref()? {
            any_value::Value::StringValue(s) if !s.trim().is_empty() => Some(s.trim()),
            _ => None,
        })
        .unwrap_or("unknown_service")
}

/// Where events go: one table per dataset, every string in one interner.
pub trait EventSink {
    /// The table of the dataset named `name` (created if needed) and the interner, or `None` when
    /// the dataset cannot be written (its spans are skipped).
    fn dataset(&mut self, name: &str) -> Option<(&mut EventTable, &mut Interner)>;
}

/// Writes every span of `request` into `sink`, each resource's into the dataset its
/// `service.name` names. `now` (epoch seconds) stamps the columns' `last_written`.
pub fn write(sink: &mut impl EventSink, request: &ExportTraceServiceRequest, now: i64) -> Written {
    let mut written = Written::default();
    for rs in &request.resource_spans {
        let resource_attrs = rs.resource.as_ref().map_or(&[][..], |r| &r.attributes);
        let Some((events, strings)) = sink.dataset(service_name(resource_attrs)) else {
            continue;
        };
        for ss in &rs.scope_spans {
            let scope = ss.scope.as_ref();
            for span in &ss.spans {
                let mut fields = Vec::with_capacity(resource_attrs.len() + span.attributes.len() + 16);
                push_attributes(&mut fields, resource_attrs);
                if let Some(scope) = scope {
                    if !scope.name.is_empty() {
                        fields.push(("library.name", FieldValue::Borrowed(Value::Str(&scope.name))));
                    }
                    if !scope.version.is_empty() {
                        fields.push(("library.version", FieldValue::Borrowed(Value::Str(&scope.version))));
                    }
                }
                push_attributes(&mut fields, &span.attributes);
                span_fields(&mut fields, span);
                let start = span.start_time_unix_nano as i64;
                events.push(start, fields.iter().map(|(k, v)| (*k, v.as_value())), strings, now);
                written.spans += 1;
                written.events += 1;
                let trace_id = hex(&span.trace_id);
                let span_id = hex(&span.span_id);
                for event in &span.events {
                    let mut fields = Vec::with_capacity(resource_attrs.len() + event.attributes.len() + 8);
                    push_attributes(&mut fields, resource_attrs);
                    push_attributes(&mut fields, &event.attributes);
                    fields.extend([
                        ("name", FieldValue::Borrowed(Value::Str(&event.name))),
                        ("trace.trace_id", FieldValue::Borrowed(Value::Str(&trace_id))),
                        ("trace.parent_id", FieldValue::Borrowed(Value::Str(&span_id))),
                        ("parent_name", FieldValue::Borrowed(Value::Str(&span.name))),
                        ("meta.annotation_type", FieldValue::Borrowed(Value::Str("span_event"))),
                        ("meta.signal_type", FieldValue::Borrowed(Value::Str("trace"))),
                        ("duration_ms", FieldValue::Borrowed(Value::Float(0.0))),
                    ]);
                    let ts = if event.time_unix_nano == 0 { start } else { event.time_unix_nano as i64 };
                    events.push(ts, fields.iter().map(|(k, v)| (*k, v.as_value())), strings, now);
                    written.events += 1;
                }
                for link in &span.links {
                    let (link_trace, link_span) = (hex(&link.trace_id), hex(&link.span_id));
                    let mut fields = Vec::with_capacity(resource_attrs.len() + link.attributes.len() + 8);
                    push_attributes(&mut fields, resource_attrs);
                    push_attributes(&mut fields, &link.attributes);
                    fields.extend([
                        ("trace.trace_id", FieldValue::Borrowed(Value::Str(&trace_id))),
                        ("trace.parent_id", FieldValue::Borrowed(Value::Str(&span_id))),
                        ("trace.link.trace_id", FieldValue::Borrowed(Value::Str(&link_trace))),
                        ("trace.link.span_id", FieldValue::Borrowed(Value::Str(&link_span))),
                        ("parent_name", FieldValue::Borrowed(Value::Str(&span.name))),
                        ("meta.annotation_type", FieldValue::Borrowed(Value::Str("link"))),
                        ("meta.signal_type", FieldValue::Borrowed(Value::Str("trace"))),
                    ]);
                    events.push(start, fields.iter().map(|(k, v)| (*k, v.as_value())), strings, now);
                    written.events += 1;
                }
            }
        }
    }
    written
}

/// The span's own fields, after its attributes so they win on a name clash.
fn span_fields<'a>(fields: &mut Vec<(&'a str, FieldValue<'a>)>, span: &'a Span) {
    fields.push(("trace.trace_id", FieldValue::Owned(hex(&span.trace_id))));
    fields.push(("trace.span_id", FieldValue::Owned(hex(&span.span_id))));
    if !span.parent_span_id.is_empty() && span.parent_span_id.iter().any(|&b| b != 0) {
        fields.push(("trace.parent_id", FieldValue::Owned(hex(&span.parent_span_id))));
    }
    fields.push(("name", FieldValue::Borrowed(Value::Str(&span.name))));
    fields.push(("span.kind", FieldValue::Borrowed(Value::Str(kind_name(span.kind)))));
    let duration_ns = span.end_time_unix_nano.saturating_sub(span.start_time_unix_nano);
    fields.push(("duration_ms", FieldValue::Borrowed(Value::Float(duration_ns as f64 / 1e6))));
    fields.push(("span.num_events", FieldValue::Borrowed(Value::Int(span.events.len() as i64))));
    fields.push(("span.num_links", FieldValue::Borrowed(Value::Int(span.links.len() as i64))));
    fields.push(("meta.signal_type", FieldValue::Borrowed(Value::Str("trace"))));
    let status = span.status.as_ref();
    fields.push(("status_code", FieldValue::Borrowed(Value::Int(i64::from(status.map_or(0, |s| s.code))))));
    if let Some(s) = status.filter(|s| !s.message.is_empty()) {
        fields.push(("status_message", FieldValue::Borrowed(Value::Str(&s.message))));
    }
    if status.is_some_and(|s| s.code == 2) {
        fields.push(("error", FieldValue::Borrowed(Value::Bool(true))));
    }
}
