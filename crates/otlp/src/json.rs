//! OTLP/JSON → the protobuf structs, so both encodings share one conversion to events.
//!
//! OTLP/JSON differs from generic proto-JSON: trace and span IDs are hex (not base64), enums
//! may be integers or names, and 64-bit integers may be strings. Field names are lowerCamelCase
//! (snake_case is accepted too, as the spec asks receivers to).

use serde_json::Value;

use crate::encoding::{unbase64, unhex};
use crate::proto::*;

fn field<'a>(v: &'a Value, camel: &str, snake: &str) -> Option<&'a Value> {
    v.get(camel).or_else(|| v.get(snake)).filter(|v| !v.is_null())
}

fn list<'a>(v: &'a Value, camel: &str, snake: &str) -> &'a [Value] {
    field(v, camel, snake).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

fn string(v: &Value, camel: &str, snake: &str) -> String {
    field(v, camel, snake).and_then(Value::as_str).unwrap_or_default().to_owned()
}

fn uint(v: &Value, camel: &str, snake: &str) -> Result<u64, String> {
    match field(v, camel, snake) {
        None => Ok(0),
        Some(Value::Number(n)) => n.as_u64().ok_or_else(|| format!("{camel} must be an unsigned integer")),
        Some(Value::String(s)) => s.parse().map_err(|_| format!("{camel} must be an unsigned integer")),
        Some(_) => Err(format!("{camel} must be an unsigned integer")),
    }
}

fn id(v: &Value, camel: &str, snake: &str) -> Result<Vec<u8>, String> {
    let s = string(v, camel, snake);
    unhex(&s).ok_or_else(|| format!("{camel} must be hex-encoded"))
}

fn enum_value(v: &Value, camel: &str, snake: &str, names: &[&str]) -> i32 {
    match field(v, camel, snake) {
        Some(Value::Number(n)) => n.as_i64().unwrap_or(0) as i32,
        Some(Value::String(s)) => names.iter().position(|n| n == s).unwrap_or(0) as i32,
        _ => 0,
    }
}

fn any_value(v: &Value) -> Result<AnyValue, String> {
    use any_value::Value as V;
    let value = if let Some(s) = field(v, "stringValue", "string_value") {
        Some(V::StringValue(s.as_str().unwrap_or_default().to_owned()))
    } else if let Some(b) = field(v, "boolValue", "bool_value") {
        Some(V::BoolValue(b.as_bool().unwrap_or(false)))
    } else if let Some(i) = field(v, "intValue", "int_value") {
        let n = match i {
            Value::String(s) => s.parse().map_err(|_| "intValue must be an integer".to_owned())?,
            other => other.as_i64().ok_or("intValue must be an integer")?,
        };
        Some(V::IntValue(n))
    } else if let Some(d) = field(v, "doubleValue", "double_value") {
        let f = match d {
            Value::String(s) => s.parse().map_err(|_| "doubleValue must be a number".to_owned())?,
            other => other.as_f64().ok_or("doubleValue must be a number")?,
        };
        Some(V::DoubleValue(f))
    } else if let Some(a) = field(v, "arrayValue", "array_value") {
        Some(V::ArrayValue(ArrayValue { values: list(a, "values", "values").iter().map(any_value).collect::<Result<_, _>>()? }))
    } else if let Some(kv) = field(v, "kvlistValue", "kvlist_value") {
        Some(V::KvlistValue(KeyValueList { values: attributes(kv, "values", "values")? }))
    } else if let Some(b) = field(v, "bytesValue", "bytes_value") {
        let bytes = unbase64(b.as_str().unwrap_or_default()).ok_or("bytesValue must be base64")?;
        Some(V::BytesValue(bytes))
    } else {
        None
    };
    Ok(AnyValue { value })
}

fn attributes(v: &Value, camel: &str, snake: &str) -> Result<Vec<KeyValue>, String> {
    list(v, camel, snake)
        .iter()
        .map(|kv| Ok(KeyValue { key: string(kv, "key", "key"), value: field(kv, "value", "value").map(any_value).transpose()? }))
        .collect()
}

const KINDS: &[&str] =
    &["SPAN_KIND_UNSPECIFIED", "SPAN_KIND_INTERNAL", "SPAN_KIND_SERVER", "SPAN_KIND_CLIENT", "SPAN_KIND_PRODUCER", "SPAN_KIND_CONSUMER"];
const STATUS: &[&str] = &["STATUS_CODE_UNSET", "STATUS_CODE_OK", "STATUS_CODE_ERROR"];

fn span(v: &Value) -> Result<Span, String> {
    Ok(Span {
        trace_id: id(v, "traceId", "trace_id")?,
        span_id: id(v, "spanId", "span_id")?,
        trace_state: string(v, "traceState", "trace_state"),
        parent_span_id: id(v, "parentSpanId", "parent_span_id")?,
        flags: uint(v, "flags", "flags")? as u32,
        name: string(v, "name", "name"),
        kind: enum_value(v, "kind", "kind", KINDS),
        start_time_unix_nano: uint(v, "startTimeUnixNano", "start_time_unix_nano")?,
        end_time_unix_nano: uint(v, "endTimeUnixNano", "end_time_unix_nano")?,
        attributes: attributes(v, "attributes", "attributes")?,
        dropped_attributes_count: 0,
        events: list(v, "events", "events")
            .iter()
            .map(|e| {
                Ok(SpanEvent {
                    time_unix_nano: uint(e, "timeUnixNano", "time_unix_nano")?,
                    name: string(e, "name", "name"),
                    attributes: attributes(e, "attributes", "attributes")?,
                    dropped_attributes_count: 0,
                })
            })
            .collect::<Result<_, String>>()?,
        dropped_events_count: 0,
        links: list(v, "links", "links")
            .iter()
            .map(|l| {
                Ok(SpanLink {
                    trace_id: id(l, "traceId", "trace_id")?,
                    span_id: id(l, "spanId", "span_id")?,
                    trace_state: string(l, "traceState", "trace_state"),
                    attributes: attributes(l, "attributes", "attributes")?,
                    dropped_attributes_count: 0,
                    flags: 0,
                })
            })
            .collect::<Result<_, String>>()?,
        dropped_links_count: 0,
        status: field(v, "status", "status")
            .map(|s| Status { message: string(s, "message", "message"), code: enum_value(s, "code", "code", STATUS) }),
    })
}

/// Parses an OTLP/JSON `ExportTraceServiceRequest`.
pub fn parse(body: &[u8]) -> Result<ExportTraceServiceRequest, String> {
    let v: Value = serde_json::from_slice(body).map_err(|e| format!("invalid JSON: {e}"))?;
    let resource_spans = list(&v, "resourceSpans", "resource_spans")
        .iter()
        .map(|rs| {
            Ok(ResourceSpans {
                resource: field(rs, "resource", "resource")
                    .map(|r| {
                        Ok::<_, String>(Resource { attributes: attributes(r, "attributes", "attributes")?, dropped_attributes_count: 0 })
                    })
                    .transpose()?,
                scope_spans: list(rs, "scopeSpans", "scope_spans")
                    .iter()
                    .map(|ss| {
                        Ok(ScopeSpans {
                            scope: field(ss, "scope", "scope")
                                .map(|s| {
                                    Ok::<_, String>(InstrumentationScope {
                                        name: string(s, "name", "name"),
                                        version: string(s, "version", "version"),
                                        attributes: attributes(s, "attributes", "attributes")?,
                                        dropped_attributes_count: 0,
                                    })
                                })
                                .transpose()?,
                            spans: list(ss, "spans", "spans").iter().map(span).collect::<Result<_, _>>()?,
                            schema_url: string(ss, "schemaUrl", "schema_url"),
                        })
                    })
                    .collect::<Result<_, String>>()?,
                schema_url: string(rs, "schemaUrl", "schema_url"),
            })
        })
        .collect::<Result<_, String>>()?;
    Ok(ExportTraceServiceRequest { resource_spans })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_scope_attributes_and_schema_urls() {
        let body = br#"{"resourceSpans":[{"schemaUrl":"https://opentelemetry.io/schemas/1.21.0",
            "scopeSpans":[{"schemaUrl":"https://opentelemetry.io/schemas/1.20.0",
              "scope":{"name":"lib","attributes":[{"key":"scope_attr","value":{"stringValue":"v"}}]},
              "spans":[{"traceId":"0102","spanId":"03","name":"s"}]}]}]}"#;
        let request = parse(body).unwrap();
        let rs = &request.resource_spans[0];
        assert_eq!(rs.schema_url, "https://opentelemetry.io/schemas/1.21.0");
        assert_eq!(rs.scope_spans[0].schema_url, "https://opentelemetry.io/schemas/1.20.0");
        assert_eq!(rs.scope_spans[0].scope.as_ref().unwrap().attributes, vec![KeyValue::string("scope_attr", "v")]);
    }
}
