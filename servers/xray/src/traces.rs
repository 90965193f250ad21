//! Spans received on the OTLP endpoint, kept per trace, and read back the way X-Ray shows them:
//! `GetTraceSummaries` (one summary per trace) and `BatchGetTraces` (segment documents).
//!
//! How OpenTelemetry spans become X-Ray data follows AWS's documentation and the collector's
//! `awsxrayexporter` (the reference mapping): a W3C trace ID `4efaaf4d1e8720b39541901950019ee5` is shown
//! as `1-4efaaf4d-1e8720b39541901950019ee5`; a span that starts a trace or enters a service (kind SERVER
//! or CONSUMER) is a segment named after its `service.name`; the other spans are its subsegments, nested
//! under their parents (CLIENT and PRODUCER ones in the `remote` namespace); an HTTP status 429 is a
//! throttle and an error, another 4xx an error, a 5xx a fault, and an ERROR status without an HTTP status a
//! fault. Only what `cruddur-obs` and its tests read is kept: names, times, HTTP facts, flags, attributes.

use std::collections::{BTreeMap, BTreeSet};

use cruddur_otlp::encoding::hex;
use cruddur_otlp::proto::{self as otlp, any_value::Value as AnyValue};
use serde_json::{Map, Value, json};

use crate::error::ApiError;

/// `SpanKind` values of OTLP.
const KIND_SERVER: i32 = 2;
const KIND_CLIENT: i32 = 3;
const KIND_PRODUCER: i32 = 4;
const KIND_CONSUMER: i32 = 5;
/// `Status.code` ERROR.
const STATUS_ERROR: i32 = 2;

/// One span as stored.
#[derive(Debug, Clone)]
pub struct StoredSpan {
    pub span_id: String,
    pub parent_id: Option<String>,
    pub name: String,
    pub kind: i32,
    pub service: String,
    pub start_nanos: u64,
    pub end_nanos: u64,
    pub status_error: bool,
    pub attributes: Map<String, Value>,
}

impl StoredSpan {
    fn start(&self) -> f64 {
        seconds(self.start_nanos)
    }

    fn end(&self) -> f64 {
        seconds(self.end_nanos.max(self.start_nanos))
    }

    fn attribute(&self, names: &[&str]) -> Option<&Value> {
        names.iter().find_map(|name| self.attributes.get(*name))
    }

    fn http_status(&self) -> Option<i64> {
        self.attribute(&["http.response.status_code", "http.status_code"]).and_then(|value| match value {
            Value::Number(number) => number.as_i64(),
            Value::String(text) => text.parse().ok(),
            _ => None,
        })
    }

    fn flags(&self) -> Flags {
        match self.http_status() {
            Some(429) => Flags { error: true, throttle: true, fault: false },
            Some(400..=499) => Flags { error: true, ..Flags::default() },
            Some(500..=599) => Flags { fault: true, ..Flags::default() },
            _ => Flags { fault: self.status_error, ..Flags::default() },
        }
    }

    fn text(&self, names: &[&str]) -> Option<String> {
        self.attribute(names).map(|value| match value {
            Value::String(text) => text.clone(),
            other => other.to_string(),
        })
    }

    /// The request's URL, whole or rebuilt from the parts older and newer conventions record.
    fn http_url(&self) -> Option<String> {
        if let Some(url) = self.text(&["url.full", "http.url"]) {
            return Some(url);
        }
        let path = self.text(&["http.target", "url.path"])?;
        let scheme = self.text(&["url.scheme", "http.scheme"]).unwrap_or_else(|| "http".to_owned());
        let host = self.text(&["http.host", "server.address", "net.host.name"]).unwrap_or_default();
        Some(format!("{scheme}://{host}{path}"))
    }

    fn is_segment(&self, spans_by_id: &BTreeMap<&str, &StoredSpan>) -> bool {
        match &self.parent_id {
            None => true,
            Some(parent) => matches!(self.kind, KIND_SERVER | KIND_CONSUMER) || !spans_by_id.contains_key(parent.as_str()),
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Flags {
    fault: bool,
    error: bool,
    throttle: bool,
}

fn seconds(nanos: u64) -> f64 {
    // Microseconds, as X-Ray documents carry them.
    (nanos / 1_000) as f64 / 1_000_000.0
}

/// X-Ray's form of a 32-hex-digit W3C trace ID.
pub fn xray_trace_id(w3c: &str) -> String {
    format!("1-{}-{}", &w3c[..8], &w3c[8..])
}

/// The W3C form of an X-Ray trace ID, if it is one.
fn w3c_trace_id(xray: &str) -> Option<String> {
    let rest = xray.strip_prefix("1-")?;
    let (time, random) = rest.split_once('-')?;
    let id = format!("{time}{random}");
    (time.len() == 8 && random.len() == 24 && id.bytes().all(|b| b.is_ascii_hexdigit())).then(|| id.to_ascii_lowercase())
}

/// Every trace received, by W3C trace ID.
#[derive(Debug, Default)]
pub struct TraceStore {
    traces: BTreeMap<String, Vec<StoredSpan>>,
    spans: u64,
}

/// Why a batch of spans was refused as a whole.
#[derive(Debug, PartialEq)]
pub struct InvalidSpans(pub String);

impl TraceStore {
    /// Stores every span of the request; a span with a malformed trace or span ID refuses the request
    /// (AWS answers such a batch with 400 rather than storing part of it).
    pub fn ingest(&mut self, request: otlp::ExportTraceServiceRequest) -> Result<usize, InvalidSpans> {
        let mut accepted = Vec::new();
        for resource_spans in request.resource_spans {
            let resource_attributes = resource_spans.resource.map(|resource| attributes(&resource.attributes)).unwrap_or_default();
            let service = resource_attributes.get("service.name").and_then(Value::as_str).unwrap_or("unknown_service").to_owned();
            for scope_spans in resource_spans.scope_spans {
                for span in scope_spans.spans {
                    if span.trace_id.len() != 16 || span.trace_id.iter().all(|&b| b == 0) {
                        return Err(InvalidSpans(format!("span {:?} has an invalid trace ID ({} bytes)", span.name, span.trace_id.len())));
                    }
                    if span.span_id.len() != 8 || span.span_id.iter().all(|&b| b == 0) {
                        return Err(InvalidSpans(format!("span {:?} has an invalid span ID ({} bytes)", span.name, span.span_id.len())));
                    }
                    let mut span_attributes = resource_attributes.clone();
                    span_attributes.extend(attributes(&span.attributes));
                    let stored = StoredSpan {
                        span_id: hex(&span.span_id),
                        parent_id: (!span.parent_span_id.is_empty()).then(|| hex(&span.parent_span_id)),
                        name: span.name,
                        kind: span.kind,
                        service: service.clone(),
                        start_nanos: span.start_time_unix_nano,
                        end_nanos: span.end_time_unix_nano,
                        status_error: span.status.is_some_and(|status| status.code == STATUS_ERROR),
                        attributes: span_attributes,
                    };
                    accepted.push((hex(&span.trace_id), stored));
                }
            }
        }
        let count = accepted.len();
        for (trace_id, span) in accepted {
            self.traces.entry(trace_id).or_default().push(span);
        }
        self.spans += count as u64;
        Ok(count)
    }

    pub fn span_count(&self) -> u64 {
        self.spans
    }

    /// Summaries of the traces that started within `[start, end]` (epoch seconds) and pass `filter`,
    /// oldest first.
    pub fn summaries(&self, start: f64, end: f64, filter: Option<&str>) -> Result<Vec<Value>, ApiError> {
        if end < start {
            return Err(ApiError::invalid_request("EndTime must be later than StartTime"));
        }
        let service_filter = filter.map(parse_service_filter).transpose()?;
        let mut found: Vec<(f64, Value)> = self
            .traces
            .iter()
            .filter_map(|(id, spans)| {
                let summary = TraceView::new(id, spans);
                let in_range = (start..=end).contains(&summary.start);
                let passes = service_filter.as_ref().is_none_or(|service| summary.services.contains(service));
                (in_range && passes).then(|| (summary.start, summary.summary()))
            })
            .collect();
        found.sort_by(|a, b| a.0.total_cmp(&b.0));
        Ok(found.into_iter().map(|(_, summary)| summary).collect())
    }

    /// `(traces found, IDs not found)` for `BatchGetTraces`.
    pub fn traces(&self, ids: &[String]) -> (Vec<Value>, Vec<String>) {
        let mut found = Vec::new();
        let mut missing = Vec::new();
        for id in ids {
            match w3c_trace_id(id).and_then(|w3c| self.traces.get_key_value(&w3c)) {
                Some((w3c, spans)) => found.push(TraceView::new(w3c, spans).trace()),
                None => missing.push(id.clone()),
            }
        }
        (found, missing)
    }
}

/// `service("NAME")`: the one filter expression `cruddur-obs` writes (its groups use it). Anything else
/// is refused rather than silently ignored.
fn parse_service_filter(expression: &str) -> Result<String, ApiError> {
    let inner = expression.trim().strip_prefix("service(").and_then(|rest| rest.strip_suffix(')')).map(str::trim);
    match inner.and_then(|quoted| quoted.strip_prefix('"')).and_then(|rest| rest.strip_suffix('"')) {
        Some(name) if !name.contains('"') => Ok(name.to_owned()),
        _ => Err(ApiError::invalid_request(format!(
            "This local X-Ray server evaluates only filter expressions of the form service(\"NAME\"), not {expression:?}"
        ))),
    }
}

/// One trace, read for an answer.
struct TraceView<'a> {
    xray_id: String,
    spans: &'a [StoredSpan],
    by_id: BTreeMap<&'a str, &'a StoredSpan>,
    start: f64,
    end: f64,
    services: BTreeSet<String>,
}

impl<'a> TraceView<'a> {
    fn new(w3c_id: &str, spans: &'a [StoredSpan]) -> Self {
        let by_id = spans.iter().map(|span| (span.span_id.as_str(), span)).collect();
        let start = spans.iter().map(StoredSpan::start).fold(f64::INFINITY, f64::min);
        let end = spans.iter().map(StoredSpan::end).fold(f64::NEG_INFINITY, f64::max);
        let services = spans.iter().map(|span| span.service.clone()).collect();
        TraceView { xray_id: xray_trace_id(w3c_id), spans, by_id, start, end, services }
    }

    /// The span the trace started with: the earliest one without a parent here.
    fn root(&self) -> &'a StoredSpan {
        let orphans = self.spans.iter().filter(|span| span.parent_id.as_deref().is_none_or(|parent| !self.by_id.contains_key(parent)));
        orphans.min_by(|a, b| a.start().total_cmp(&b.start())).unwrap_or(&self.spans[0])
    }

    fn segments(&self) -> Vec<&'a StoredSpan> {
        self.spans.iter().filter(|span| span.is_segment(&self.by_id)).collect()
    }

    fn summary(&self) -> Value {
        let root = self.root();
        let flags = self.spans.iter().map(StoredSpan::flags).fold(Flags::default(), |all, one| Flags {
            fault: all.fault || one.fault,
            error: all.error || one.error,
            throttle: all.throttle || one.throttle,
        });
        let mut http = Map::new();
        if let Some(url) = root.http_url() {
            http.insert("HttpURL".into(), json!(url));
        }
        if let Some(status) = root.http_status() {
            http.insert("HttpStatus".into(), json!(status));
        }
        if let Some(method) = root.text(&["http.request.method", "http.method"]) {
            http.insert("HttpMethod".into(), json!(method));
        }
        if let Some(agent) = root.text(&["user_agent.original", "http.user_agent"]) {
            http.insert("UserAgent".into(), json!(agent));
        }
        if let Some(ip) = root.text(&["client.address", "http.client_ip", "net.peer.ip"]) {
            http.insert("ClientIp".into(), json!(ip));
        }
        let service_ids: Vec<Value> = self.services.iter().map(|name| json!({ "Name": name, "Names": [name] })).collect();
        json!({
            "Id": self.xray_id,
            "StartTime": self.start,
            "Duration": round_micros(self.end - self.start),
            "ResponseTime": round_micros(root.end() - root.start()),
            "HasFault": flags.fault,
            "HasError": flags.error,
            "HasThrottle": flags.throttle,
            "IsPartial": false,
            "Http": http,
            "ServiceIds": service_ids,
            "EntryPoint": { "Name": root.service, "Names": [root.service] },
            "Revision": 1,
            "MatchedEventTime": self.start,
        })
    }

    fn trace(&self) -> Value {
        let segments: Vec<Value> = self
            .segments()
            .into_iter()
            .map(|segment| json!({ "Id": segment.span_id, "Document": self.segment_document(segment).to_string() }))
            .collect();
        json!({
            "Id": self.xray_id,
            "Duration": round_micros(self.end - self.start),
            "LimitExceeded": false,
            "Segments": segments,
        })
    }

    fn segment_document(&self, segment: &StoredSpan) -> Value {
        let mut document = self.document(segment, &segment.service);
        document.insert("trace_id".into(), json!(self.xray_id));
        if let Some(parent) = &segment.parent_id {
            document.insert("parent_id".into(), json!(parent));
        }
        document.insert("origin".into(), json!("OpenTelemetry"));
        Value::Object(document)
    }

    /// The fields segments and subsegments share, with the span's children as subsegments.
    fn document(&self, span: &StoredSpan, name: &str) -> Map<String, Value> {
        let mut document = Map::new();
        document.insert("id".into(), json!(span.span_id));
        document.insert("name".into(), json!(name));
        document.insert("start_time".into(), json!(span.start()));
        document.insert("end_time".into(), json!(span.end()));
        if matches!(span.kind, KIND_CLIENT | KIND_PRODUCER) {
            document.insert("namespace".into(), json!("remote"));
        }
        let flags = span.flags();
        for (flag, set) in [("fault", flags.fault), ("error", flags.error), ("throttle", flags.throttle)] {
            if set {
                document.insert(flag.into(), json!(true));
            }
        }
        let mut request = Map::new();
        if let Some(method) = span.text(&["http.request.method", "http.method"]) {
            request.insert("method".into(), json!(method));
        }
        if let Some(url) = span.http_url() {
            request.insert("url".into(), json!(url));
        }
        if !request.is_empty() || span.http_status().is_some() {
            let mut http = json!({ "request": request });
            if let Some(status) = span.http_status() {
                http["response"] = json!({ "status": status });
            }
            document.insert("http".into(), http);
        }
        document.insert("metadata".into(), json!({ "default": span.attributes }));
        let children: Vec<Value> = self
            .spans
            .iter()
            .filter(|child| child.parent_id.as_deref() == Some(span.span_id.as_str()) && !child.is_segment(&self.by_id))
            .map(|child| Value::Object(self.document(child, &child.name)))
            .collect();
        if !children.is_empty() {
            document.insert("subsegments".into(), Value::Array(children));
        }
        document
    }
}

fn round_micros(seconds: f64) -> f64 {
    (seconds * 1_000_000.0).round() / 1_000_000.0
}

/// OTLP attributes as JSON values (arrays and maps kept as JSON).
fn attributes(list: &[otlp::KeyValue]) -> Map<String, Value> {
    list.iter().map(|kv| (kv.key.clone(), kv.value.as_ref().map(any_value).unwrap_or(Value::Null))).collect()
}

fn any_value(value: &otlp::AnyValue) -> Value {
    match &value.value {
        None => Value::Null,
        Some(AnyValue::StringValue(text)) => json!(text),
        Some(AnyValue::BoolValue(flag)) => json!(flag),
        Some(AnyValue::IntValue(number)) => json!(number),
        Some(AnyValue::DoubleValue(number)) => json!(number),
        Some(AnyValue::BytesValue(bytes)) => json!(hex(bytes)),
        Some(AnyValue::ArrayValue(array)) => Value::Array(array.values.iter().map(any_value).collect()),
        Some(AnyValue::KvlistValue(list)) => Value::Object(attributes(&list.values)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use otlp::{ExportTraceServiceRequest, KeyValue, Resource, ResourceSpans, ScopeSpans, Span, Status};

    fn span(id: u8, parent: Option<u8>, kind: i32, name: &str, start_ms: u64, end_ms: u64, attributes: Vec<KeyValue>) -> Span {
        Span {
            trace_id: vec![0x4e, 0xfa, 0xaf, 0x4d, 0x1e, 0x87, 0x20, 0xb3, 0x95, 0x41, 0x90, 0x19, 0x50, 0x01, 0x9e, 0xe5],
            span_id: vec![0, 0, 0, 0, 0, 0, 0, id],
            parent_span_id: parent.map(|p| vec![0, 0, 0, 0, 0, 0, 0, p]).unwrap_or_default(),
            name: name.into(),
            kind,
            start_time_unix_nano: 1_700_000_000_000_000_000 + start_ms * 1_000_000,
            end_time_unix_nano: 1_700_000_000_000_000_000 + end_ms * 1_000_000,
            attributes,
            ..Span::default()
        }
    }

    fn request(service: &str, spans: Vec<Span>) -> ExportTraceServiceRequest {
        ExportTraceServiceRequest {
            resource_spans: vec![ResourceSpans {
                resource: Some(Resource { attributes: vec![KeyValue::string("service.name", service)], ..Resource::default() }),
                scope_spans: vec![ScopeSpans { spans, ..ScopeSpans::default() }],
                ..ResourceSpans::default()
            }],
        }
    }

    #[test]
    fn a_two_service_trace_reads_back_as_x_ray_shows_it() {
        let mut store = TraceStore::default();
        let frontend = request(
            "frontend-react-js",
            vec![span(1, None, KIND_CLIENT, "HTTP GET", 0, 120, vec![KeyValue::string("http.url", "http://api/x")])],
        );
        let mut failing = span(3, Some(2), KIND_CLIENT, "SELECT", 20, 40, vec![]);
        failing.status = Some(Status { code: STATUS_ERROR, message: "boom".into() });
        let backend = request(
            "backend-flask",
            vec![
                span(
                    2,
                    Some(1),
                    KIND_SERVER,
                    "GET /api/activities/home",
                    10,
                    100,
                    vec![KeyValue::string("http.method", "GET"), KeyValue::int("http.status_code", 404)],
                ),
                failing,
            ],
        );
        assert_eq!(store.ingest(frontend).unwrap(), 1);
        assert_eq!(store.ingest(backend).unwrap(), 2);

        let summaries = store.summaries(1_699_999_999.0, 1_700_000_001.0, None).unwrap();
        assert_eq!(summaries.len(), 1);
        let summary = &summaries[0];
        assert_eq!(summary["Id"], "1-4efaaf4d-1e8720b39541901950019ee5");
        assert_eq!(summary["Duration"], 0.12);
        assert_eq!(summary["EntryPoint"]["Name"], "frontend-react-js");
        assert_eq!((summary["HasFault"].as_bool(), summary["HasError"].as_bool()), (Some(true), Some(true)));
        assert_eq!(summary["ServiceIds"].as_array().unwrap().len(), 2);
        assert!(store.summaries(1_699_999_999.0, 1_700_000_001.0, Some("service(\"nope\")")).unwrap().is_empty());
        assert_eq!(store.summaries(0.0, 1.0, None).unwrap().len(), 0);
        assert!(store.summaries(0.0, 2e9, Some("annotation.x = 1")).is_err());

        let (traces, missing) = store.traces(&["1-4efaaf4d-1e8720b39541901950019ee5".into(), "1-00000000-000000000000000000000001".into()]);
        assert_eq!(missing, ["1-00000000-000000000000000000000001"]);
        let segments = traces[0]["Segments"].as_array().unwrap();
        assert_eq!(segments.len(), 2, "the browser's root and the backend's server span");
        let backend: Value = serde_json::from_str(segments[1]["Document"].as_str().unwrap()).unwrap();
        assert_eq!(backend["name"], "backend-flask");
        assert_eq!(backend["parent_id"], "0000000000000001");
        assert_eq!(backend["error"], true);
        assert_eq!(backend["http"]["response"]["status"], 404);
        assert_eq!(backend["subsegments"][0]["name"], "SELECT");
        assert_eq!(backend["subsegments"][0]["fault"], true);
        assert_eq!(backend["subsegments"][0]["namespace"], "remote");
    }

    #[test]
    fn a_batch_with_a_bad_id_is_refused_whole() {
        let mut store = TraceStore::default();
        let mut bad = span(2, None, KIND_SERVER, "b", 0, 1, vec![]);
        bad.trace_id = vec![1, 2, 3];
        let error = store.ingest(request("s", vec![span(1, None, KIND_SERVER, "a", 0, 1, vec![]), bad])).unwrap_err();
        assert!(error.0.contains("invalid trace ID"), "{error:?}");
        assert_eq!(store.span_count(), 0);
    }
}
