//! OTLP spans → Honeycomb events, as Honeycomb's own converter makes them: husky's
//! `TranslateTraceRequest` (`otlp_traces.go`) and its helpers (`otlp_common.go`), honeycombio/husky
//! at 21a0eae (Apache-2.0; copies and their test expectations in `crates/engine/tests/husky/`).
//!
//! Per resource, a dataset: the resource's `service.name` with surrounding whitespace trimmed, or
//! `unknown_service` when it is missing, not a string, blank, or starts with `unknown_service`
//! (the SDKs' `unknown_service:python`). Per span, in this order: its span events, its links,
//! then the span itself.
//!
//! - Span: `trace.trace_id`, `trace.span_id`, `type` and `span.kind`, `name`, `status_code`,
//!   `span.num_links`, `span.num_events`, `meta.signal_type` = `trace`, `duration_ms`,
//!   `trace.parent_id` (when the span has a parent), `error` (status ERROR), `status_message`,
//!   `trace.trace_state`; then the resource's attributes, the scope's (`library.name`,
//!   `library.version`, `telemetry.instrumentation_library`, its attributes) and the span's, each
//!   overwriting what came before, so an attribute named like a field replaces it.
//! - Span event: `meta.annotation_type` = `span_event`, `name`, `parent_name`, `trace.trace_id`,
//!   `trace.parent_id` (the span), `meta.time_since_span_start_ms` and no `duration_ms`; resource,
//!   scope and event attributes; `error` from an errored span. The first `exception` event's
//!   `exception.message`/`type`/`stacktrace`/`escaped` are copied onto the span unless it has them.
//! - Link: `meta.annotation_type` = `link`, `trace.link.trace_id`, `trace.link.span_id`, the
//!   span's time; resource, scope and link attributes; `error` from an errored span.
//! - Attributes: kvlists flattened with dots to depth 5, deeper ones, arrays and bytes as Go's JSON
//!   (see [`crate::gojson`]). `sampleRate` (or `SampleRate`) becomes the events' sample rate and is
//!   removed from the span, else the OpenTelemetry sampling threshold in the trace state does.
//! - IDs: lower-case hex; a 16-byte trace ID whose first 8 bytes are zero is the 16 hex digits of
//!   the rest (64-bit IDs from older tracers), and 24/12-byte IDs (hex text a browser sent as
//!   bytes) are base64-encoded back to that text.

use std::borrow::Cow;

use crate::gojson;
use crate::table::{EventTable, Interner, Value};
use crate::util::random_f64;
use cruddur_otlp::encoding::hex;
use cruddur_otlp::proto::{AnyValue, ExportTraceServiceRequest, InstrumentationScope, KeyValue, Span, any_value};

/// The dataset of spans whose service is unknown.
pub const UNKNOWN_SERVICE: &str = "unknown_service";

/// How deep kvlist attributes are flattened; a deeper one is stored as JSON (husky's `maxDepth`).
pub const MAX_DEPTH: usize = 5;

/// Scope-name prefixes of the OpenTelemetry instrumentation libraries (husky's list), marked
/// `telemetry.instrumentation_library`.
pub const INSTRUMENTATION_LIBRARY_PREFIXES: &[&str] = &[
    "io.opentelemetry",
    "opentelemetry.instrumentation",
    "OpenTelemetry.Instrumentation",
    "OpenTelemetry::Instrumentation",
    "go.opentelemetry.io/contrib/instrumentation",
    "@opentelemetry/instrumentation",
    "io.opentelemetry.contrib.php",
    "github.com/open-telemetry/opentelemetry-collector",
    "@honeycombio/",
];

/// Where events go: one table per dataset, every string in one interner.
pub trait EventSink {
    /// The table of the dataset named `name` (created if needed) and the interner, or `None` when
    /// the dataset cannot be written (its spans are skipped).
    fn dataset(&mut self, name: &str) -> Option<(&mut EventTable, &mut Interner)>;
}

/// What an export wrote.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub spans: u64,
    /// Spans, span events and links.
    pub events: u64,
}

/// The dataset a resource's spans go to (husky's `getDataset` for environment keys).
pub fn dataset_name(resource_attrs: &[KeyValue]) -> String {
    let mut fields = Fields::new();
    add_attributes(&mut fields, resource_attrs);
    dataset_of(&fields).to_owned()
}

/// The dataset a `service.name` (as a string, e.g. `OTEL_SERVICE_NAME`) sends spans to, by the rule
/// [`dataset_name`] applies to resources: trimmed; blank or starting with `unknown_service` →
/// `unknown_service`.
pub fn dataset_for_service(service: &str) -> &str {
    let trimmed = service.trim();
    if trimmed.is_empty() || service.starts_with(UNKNOWN_SERVICE) { UNKNOWN_SERVICE } else { trimmed }
}

/// husky reads `service.name` from the resource's attribute map, where the last write of a key wins
/// (so an array value, stored as a JSON string, is a string too).
fn dataset_of<'a>(resource: &'a Fields<'_>) -> &'a str {
    match resource.iter().rev().find(|(k, _)| k == "service.name") {
        Some((_, Field::Str(s))) => dataset_for_service(s),
        _ => UNKNOWN_SERVICE,
    }
}

/// A trace ID as Honeycomb shows it (husky's `BytesToTraceID`).
pub fn trace_id(bytes: &[u8]) -> String {
    match bytes.len() {
        16 if bytes[..8].iter().all(|&b| b == 0) => hex(&bytes[8..]),
        24 => cruddur_otlp::encoding::base64(bytes),
        _ => hex(bytes),
    }
}

/// A span ID as Honeycomb shows it (husky's `BytesToSpanID`).
pub fn span_id(bytes: &[u8]) -> String {
    match bytes.len() {
        12 => cruddur_otlp::encoding::base64(bytes),
        _ => hex(bytes),
    }
}

/// A field value, borrowed from the request where it can be.
#[derive(Clone, Debug, PartialEq)]
enum Field<'a> {
    Str(Cow<'a, str>),
    Int(i64),
    Float(f64),
    Bool(bool),
}

impl Field<'_> {
    fn reborrow(&self) -> Field<'_> {
        match self {
            Field::Str(s) => Field::Str(Cow::Borrowed(s)),
            Field::Int(i) => Field::Int(*i),
            Field::Float(f) => Field::Float(*f),
            Field::Bool(b) => Field::Bool(*b),
        }
    }

    fn as_value(&self) -> Value<'_> {
        match self {
            Field::Str(s) => Value::Str(s),
            Field::Int(i) => Value::Int(*i),
            Field::Float(f) => Value::Float(*f),
            Field::Bool(b) => Value::Bool(*b),
        }
    }
}

/// An event's fields in the order husky's map receives them; a later one replaces an earlier one
/// of the same name when the row is written.
type Fields<'a> = Vec<(Cow<'a, str>, Field<'a>)>;

fn put<'a>(fields: &mut Fields<'a>, key: &'a str, value: Field<'a>) {
    fields.push((Cow::Borrowed(key), value));
}

/// The fields of `from`, borrowed into `fields`.
fn extend_borrowed<'a>(fields: &mut Fields<'a>, from: &'a Fields<'_>) {
    fields.extend(from.iter().map(|(k, v)| (Cow::Borrowed(k.as_ref()), v.reborrow())));
}

fn has(fields: &Fields<'_>, key: &str) -> bool {
    fields.iter().any(|(k, _)| k == key)
}

/// husky's `AddAttributesToMap`: entries with an empty key or no value are skipped.
fn add_attributes<'a>(fields: &mut Fields<'a>, attributes: &'a [KeyValue]) {
    for kv in attributes {
        if let (false, Some(value)) = (kv.key.is_empty(), &kv.value) {
            add_attribute(fields, Cow::Borrowed(&kv.key), value, 0);
        }
    }
}

/// husky's `addAttributeToMap`: scalars as they are, bytes and arrays as JSON, kvlists flattened
/// (`key.child`) until [`MAX_DEPTH`], then as JSON.
fn add_attribute<'a>(fields: &mut Fields<'a>, key: Cow<'a, str>, value: &'a AnyValue, depth: usize) {
    use any_value::Value as V;
    let field = match &value.value {
        None => return,
        Some(V::StringValue(s)) => Field::Str(Cow::Borrowed(s)),
        Some(V::BoolValue(b)) => Field::Bool(*b),
        Some(V::IntValue(i)) => Field::Int(*i),
        Some(V::DoubleValue(f)) => Field::Float(*f),
        Some(V::KvlistValue(kv)) if depth < MAX_DEPTH => {
            for entry in &kv.values {
                if let Some(v) = &entry.value {
                    add_attribute(fields, Cow::Owned(format!("{key}.{}", entry.key)), v, depth + 1);
                }
            }
            return;
        }
        Some(V::BytesValue(_) | V::ArrayValue(_) | V::KvlistValue(_)) => match gojson::encode_line(value) {
            Some(json) => Field::Str(Cow::Owned(json)),
            None => return,
        },
    };
    fields.push((key, field));
}

/// husky's `getScopeAttributes`.
fn scope_fields<'a>(scope: Option<&'a InstrumentationScope>, schema_url: &'a str) -> Fields<'a> {
    let mut fields = Fields::new();
    if let Some(scope) = scope {
        if !scope.name.is_empty() {
            put(&mut fields, "library.name", Field::Str(Cow::Borrowed(&scope.name)));
            if INSTRUMENTATION_LIBRARY_PREFIXES.iter().any(|p| scope.name.starts_with(p)) {
                put(&mut fields, "telemetry.instrumentation_library", Field::Bool(true));
            }
        }
        if !scope.version.is_empty() {
            put(&mut fields, "library.version", Field::Str(Cow::Borrowed(&scope.version)));
        }
        add_attributes(&mut fields, &scope.attributes);
    }
    if !schema_url.is_empty() {
        put(&mut fields, "scope.schema_url", Field::Str(Cow::Borrowed(schema_url)));
    }
    fields
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

/// Milliseconds from `from` to `to` (nanoseconds); a negative interval is 0 and flagged invalid.
fn millis_between(from: u64, to: u64) -> (f64, bool) {
    if to >= from { ((to - from) as f64 / 1e6, false) } else { (0.0, true) }
}

/// Writes every span of `request` into `sink`, each resource's into its dataset (see the module
/// docs). `now` (epoch seconds) stamps the columns' `last_written`.
pub fn write(sink: &mut impl EventSink, request: &ExportTraceServiceRequest, now: i64) -> Written {
    let mut written = Written::default();
    for rs in &request.resource_spans {
        let resource_attrs = rs.resource.as_ref().map_or(&[][..], |r| &r.attributes);
        let mut resource = Fields::new();
        add_attributes(&mut resource, resource_attrs);
        if !rs.schema_url.is_empty() {
            put(&mut resource, "resource.schema_url", Field::Str(Cow::Borrowed(&rs.schema_url)));
        }
        let Some((events, strings)) = sink.dataset(dataset_of(&resource)) else {
            continue;
        };
        for ss in &rs.scope_spans {
            let scope = scope_fields(ss.scope.as_ref(), &ss.schema_url);
            for span in &ss.spans {
                written.events += write_span(events, strings, span, &resource, &scope, now);
                written.spans += 1;
            }
        }
    }
    written
}

/// Writes one span's events, links and the span; returns how many events that was.
fn write_span(events: &mut EventTable, strings: &mut Interner, span: &Span, resource: &Fields<'_>, scope: &Fields<'_>, now: i64) -> u64 {
    let trace = trace_id(&span.trace_id);
    let id = span_id(&span.span_id);
    let kind = kind_name(span.kind);
    let status_code = span.status.as_ref().map_or(0, |s| s.code);
    let is_error = status_code == 2;
    let start = span.start_time_unix_nano;

    let mut fields = Fields::with_capacity(16 + resource.len() + scope.len() + span.attributes.len());
    put(&mut fields, "trace.trace_id", Field::Str(Cow::Borrowed(&trace)));
    put(&mut fields, "trace.span_id", Field::Str(Cow::Borrowed(&id)));
    put(&mut fields, "type", Field::Str(Cow::Borrowed(kind)));
    put(&mut fields, "span.kind", Field::Str(Cow::Borrowed(kind)));
    put(&mut fields, "name", Field::Str(Cow::Borrowed(&span.name)));
    put(&mut fields, "status_code", Field::Int(i64::from(status_code)));
    put(&mut fields, "span.num_links", Field::Int(span.links.len() as i64));
    put(&mut fields, "span.num_events", Field::Int(span.events.len() as i64));
    put(&mut fields, "meta.signal_type", Field::Str(Cow::Borrowed("trace")));
    let (duration, invalid) = millis_between(start, span.end_time_unix_nano);
    if invalid {
        put(&mut fields, "meta.invalid_duration", Field::Bool(true));
    }
    put(&mut fields, "duration_ms", Field::Float(duration));
    if !span.parent_span_id.is_empty() {
        put(&mut fields, "trace.parent_id", Field::Str(Cow::Owned(span_id(&span.parent_span_id))));
    }
    if is_error {
        put(&mut fields, "error", Field::Bool(true));
    }
    if let Some(status) = span.status.as_ref().filter(|s| !s.message.is_empty()) {
        put(&mut fields, "status_message", Field::Str(Cow::Borrowed(&status.message)));
    }
    if !span.trace_state.is_empty() {
        put(&mut fields, "trace.trace_state", Field::Str(Cow::Borrowed(&span.trace_state)));
    }
    extend_borrowed(&mut fields, resource);
    extend_borrowed(&mut fields, scope);
    add_attributes(&mut fields, &span.attributes);
    let sample_rate = take_sample_rate(&mut fields, &span.trace_state);

    let mut count = 0;
    for event in &span.events {
        let mut attrs = Fields::with_capacity(8 + resource.len() + scope.len() + event.attributes.len());
        put(&mut attrs, "trace.trace_id", Field::Str(Cow::Borrowed(&trace)));
        put(&mut attrs, "trace.parent_id", Field::Str(Cow::Borrowed(&id)));
        put(&mut attrs, "name", Field::Str(Cow::Borrowed(&event.name)));
        put(&mut attrs, "parent_name", Field::Str(Cow::Borrowed(&span.name)));
        put(&mut attrs, "meta.annotation_type", Field::Str(Cow::Borrowed("span_event")));
        put(&mut attrs, "meta.signal_type", Field::Str(Cow::Borrowed("trace")));
        let (since_start, invalid) = millis_between(start, event.time_unix_nano);
        if invalid {
            put(&mut attrs, "meta.invalid_time_since_span_start", Field::Bool(true));
        }
        put(&mut attrs, "meta.time_since_span_start_ms", Field::Float(since_start));
        extend_borrowed(&mut attrs, resource);
        extend_borrowed(&mut attrs, scope);
        add_attributes(&mut attrs, &event.attributes);
        if is_error {
            put(&mut attrs, "error", Field::Bool(true));
        }
        if event.name == "exception" {
            copy_exception(&mut fields, &event.attributes);
        }
        push(events, strings, event.time_unix_nano, sample_rate, &attrs, now);
        count += 1;
    }
    for link in &span.links {
        let mut attrs = Fields::with_capacity(8 + resource.len() + scope.len() + link.attributes.len());
        put(&mut attrs, "trace.trace_id", Field::Str(Cow::Borrowed(&trace)));
        put(&mut attrs, "trace.parent_id", Field::Str(Cow::Borrowed(&id)));
        attrs.push((Cow::Borrowed("trace.link.trace_id"), Field::Str(Cow::Owned(trace_id(&link.trace_id)))));
        attrs.push((Cow::Borrowed("trace.link.span_id"), Field::Str(Cow::Owned(span_id(&link.span_id)))));
        put(&mut attrs, "parent_name", Field::Str(Cow::Borrowed(&span.name)));
        put(&mut attrs, "meta.annotation_type", Field::Str(Cow::Borrowed("link")));
        put(&mut attrs, "meta.signal_type", Field::Str(Cow::Borrowed("trace")));
        extend_borrowed(&mut attrs, resource);
        extend_borrowed(&mut attrs, scope);
        add_attributes(&mut attrs, &link.attributes);
        if is_error {
            put(&mut attrs, "error", Field::Bool(true));
        }
        push(events, strings, start, sample_rate, &attrs, now);
        count += 1;
    }
    push(events, strings, start, sample_rate, &fields, now);
    count + 1
}

fn push(events: &mut EventTable, strings: &mut Interner, time_unix_nano: u64, sample_rate: u32, fields: &Fields<'_>, now: i64) {
    let timestamp = i64::try_from(time_unix_nano).unwrap_or(i64::MAX);
    events.push_sampled(timestamp, sample_rate, fields.iter().map(|(k, v)| (k.as_ref(), v.as_value())), strings, now);
}

/// The exception event's attributes, onto the span where it has none of that name yet (so the
/// first exception wins). Non-string values read as Go's zero values, as husky reads them.
fn copy_exception<'a>(span: &mut Fields<'a>, attributes: &'a [KeyValue]) {
    for kv in attributes {
        let value = kv.value.as_ref().and_then(|v| v.value.as_ref());
        let field = match kv.key.as_str() {
            "exception.message" | "exception.type" | "exception.stacktrace" => match value {
                Some(any_value::Value::StringValue(s)) => Field::Str(Cow::Borrowed(s)),
                _ => Field::Str(Cow::Borrowed("")),
            },
            "exception.escaped" => Field::Bool(matches!(value, Some(any_value::Value::BoolValue(true)))),
            _ => continue,
        };
        if !has(span, &kv.key) {
            span.push((Cow::Borrowed(&kv.key), field));
        }
    }
}

/// husky's `getSampleRate`: the `sampleRate` attribute (else `SampleRate`), which is removed from
/// the span, else the OpenTelemetry sampling threshold in the trace state, else 1.
fn take_sample_rate(fields: &mut Fields<'_>, trace_state: &str) -> u32 {
    for key in ["sampleRate", "SampleRate"] {
        // The effective value is the last one written.
        if let Some(value) = fields.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.clone()) {
            fields.retain(|(k, _)| k != key);
            return sample_rate_from(&value);
        }
    }
    threshold_sample_rate(trace_state).unwrap_or(1)
}

/// husky's `getSampleRateFromAnyValue`: numbers and numeric strings rounded half up, capped at
/// `i32::MAX`; anything else, zero or negative is 1.
fn sample_rate_from(value: &Field<'_>) -> u32 {
    const MAX: i64 = i32::MAX as i64;
    let rate: i64 = match value {
        Field::Str(s) => match s.parse::<f64>() {
            Ok(f) if f >= MAX as f64 => MAX,
            Ok(f) => (f + 0.5) as i64,
            Err(_) => 1,
        },
        Field::Int(i) => (*i).min(MAX),
        Field::Float(f) if *f < MAX as f64 => (*f + 0.5) as i32 as i64,
        Field::Float(_) => MAX,
        Field::Bool(_) => 1,
    };
    if rate <= 0 { 1 } else { rate as u32 }
}

/// The `th` value of an OpenTelemetry trace state: the `ot=...;th:VALUE` entry (the first `ot`
/// entry), else the legacy `th=VALUE` among `;`-separated pairs.
fn threshold_value(trace_state: &str) -> Option<&str> {
    for entry in trace_state.split(',') {
        if let Some(ot) = entry.strip_prefix("ot=") {
            for pair in ot.split(';') {
                let parts: Vec<&str> = pair.split(':').collect();
                if let [k, v] = parts[..]
                    && k == "th"
                {
                    return Some(v);
                }
            }
        }
    }
    let mut found = None;
    for pair in trace_state.split(';') {
        let parts: Vec<&str> = pair.split('=').collect();
        if let [k, v] = parts[..]
            && k == "th"
        {
            found = Some(v);
        }
    }
    found
}

/// The sample rate an OpenTelemetry sampling threshold stands for (husky's
/// `getSampleRateFromOTelSamplingThreshold`, with the collector's `TValueToThreshold`): the adjusted
/// count 2^56 / (2^56 − threshold), rounded to a neighbouring integer at random in proportion
/// (exact above 100). `None` without a valid threshold.
pub fn threshold_sample_rate(trace_state: &str) -> Option<u32> {
    // An `ot` entry's `th` is taken even when its value is bad: no fallback to the legacy form then.
    let tvalue = threshold_value(trace_state)?;
    if tvalue.is_empty() || tvalue.len() > 14 || !tvalue.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let padded = format!("{tvalue:0<14}");
    let threshold = u64::from_str_radix(&padded, 16).ok()?;
    const MAX_ADJUSTED_COUNT: f64 = (1u64 << 56) as f64;
    let adjusted = MAX_ADJUSTED_COUNT / (MAX_ADJUSTED_COUNT - threshold as f64);
    let low = adjusted.floor();
    if low > 100.0 || adjusted == low {
        return Some(low.min(u32::MAX as f64) as u32);
    }
    let rate = if random_f64() < adjusted - low { low + 1.0 } else { low };
    Some(rate as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_thresholds_need_semicolons() {
        assert_eq!(threshold_value("th=c;other=value"), Some("c"));
        assert_eq!(threshold_value("th=c,other=value"), None);
        assert_eq!(threshold_value("ot=p:8;th:c;r:62"), Some("c"));
        assert_eq!(threshold_value("ot=th:c,th=8"), Some("c"));
    }
}
