//! Ingest paths: OTLP/HTTP protobuf (plain, gzip, zstd) and JSON, the events API; the spans
//! become queryable events as Honeycomb's converter (husky) makes them, end to end through the
//! query API (the mapping's own fixtures are crates/engine/tests/husky.rs). The team is on the
//! Enterprise plan (the test config's default), the only one that runs queries.

mod common;

use common::{Harness, test_config};
use cruddur_honeycomb_server::http_client;
use cruddur_otlp::proto::{
    self, ExportTraceServiceRequest, InstrumentationScope, KeyValue, Resource, ResourceSpans, ScopeSpans, Span, SpanEvent, SpanLink, Status,
};
use prost::Message;
use serde_json::json;
use std::io::Write;
use std::sync::OnceLock;

fn h() -> &'static Harness {
    static HARNESS: OnceLock<Harness> = OnceLock::new();
    HARNESS.get_or_init(|| Harness::start(test_config()))
}

fn now_ns() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64
}

fn request(service: &str) -> ExportTraceServiceRequest {
    let t = now_ns();
    let span = |id: u8, parent: Option<u8>, name: &str, ms: u64| Span {
        trace_id: vec![0xab; 16],
        span_id: vec![id; 8],
        parent_span_id: parent.map(|p| vec![p; 8]).unwrap_or_default(),
        name: name.into(),
        kind: 2,
        start_time_unix_nano: t,
        end_time_unix_nano: t + ms * 1_000_000,
        attributes: vec![KeyValue::string("app.user_id", "u1"), KeyValue::int("http.status_code", 500)],
        ..Span::default()
    };
    let mut root = span(1, None, "GET /api", 30);
    root.status = Some(Status { message: "boom".into(), code: 2 });
    root.events = vec![SpanEvent {
        time_unix_nano: t + 1,
        name: "exception".into(),
        attributes: vec![KeyValue::string("exception.message", "boom")],
        dropped_attributes_count: 0,
    }];
    root.links = vec![SpanLink { trace_id: vec![0xcd; 16], span_id: vec![9; 8], ..SpanLink::default() }];
    ExportTraceServiceRequest {
        resource_spans: vec![ResourceSpans {
            resource: Some(Resource {
                attributes: vec![KeyValue::string("service.name", service), KeyValue::string("deployment.environment", "dev")],
                dropped_attributes_count: 0,
            }),
            scope_spans: vec![ScopeSpans {
                scope: Some(InstrumentationScope { name: "test-lib".into(), version: "1.0".into(), ..Default::default() }),
                spans: vec![root, span(2, Some(1), "db", 5)],
                schema_url: String::new(),
            }],
            schema_url: String::new(),
        }],
    }
}

fn post_traces(body: &[u8], headers: &[(&str, &str)]) -> http_client::Response {
    http_client::request("POST", &format!("{}/v1/traces", h().server.url()), headers, Some(body)).unwrap()
}

#[test]
fn otlp_protobuf_spans_become_honeycomb_events() {
    let key = h().ingest_key();
    let body = proto::encode(&request("proto-svc"));
    let r = post_traces(&body, &[("Content-Type", "application/x-protobuf"), ("x-honeycomb-team", &key)]);
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/x-protobuf"));
    proto::ExportTraceServiceResponse::decode(&r.body[..]).unwrap();

    let rows = h().run_query(
        "proto-svc",
        json!({"calculations":[{"op":"COUNT"}],"breakdowns":["name","meta.annotation_type","trace.parent_id","error","span.kind","service.name","library.name","deployment.environment"],
               "orders":[{"column":"name","order":"ascending"}],"time_range":600}),
    )["data"]["results"].clone();
    let rows: Vec<_> = rows.as_array().unwrap().iter().map(|r| r["data"].clone()).collect();
    let by_name = |n: &str| rows.iter().find(|r| r["name"] == n).cloned();
    let root = by_name("GET /api").expect("root span");
    assert_eq!(root["error"], true);
    assert_eq!(root["span.kind"], "server");
    assert_eq!(root["service.name"], "proto-svc");
    assert_eq!(root["library.name"], "test-lib");
    assert_eq!(root["deployment.environment"], "dev");
    assert!(root.get("trace.parent_id").is_none(), "roots have no parent");
    assert_eq!(by_name("db").unwrap()["trace.parent_id"], "0101010101010101");
    assert_eq!(by_name("exception").unwrap()["meta.annotation_type"], "span_event");
    assert!(rows.iter().any(|r| r["meta.annotation_type"] == "link"));

    let d = h().run_query(
        "proto-svc",
        json!({"calculations":[{"op":"MAX","column":"duration_ms"}],
        "filters":[{"column":"trace.trace_id","op":"=","value":"ab".repeat(16)},{"column":"trace.span_id","op":"exists"}]}),
    );
    assert_eq!(d["data"]["results"][0]["data"]["MAX(duration_ms)"].as_f64(), Some(30.0));
}

#[test]
fn otlp_gzip_and_json() {
    let key = h().ingest_key();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&proto::encode(&request("gzip-svc"))).unwrap();
    let r = post_traces(
        &gz.finish().unwrap(),
        &[("Content-Type", "application/x-protobuf"), ("Content-Encoding", "gzip"), ("x-honeycomb-team", &key)],
    );
    assert_eq!(r.status, 200);

    let t = now_ns();
    let body = json!({"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"json-svc"}}]},
        "scopeSpans":[{"scope":{"name":"s"},"spans":[{"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b174",
        "name":"json-span","kind":"SPAN_KIND_CLIENT","startTimeUnixNano":t.to_string(),"endTimeUnixNano":(t + 2_500_000).to_string(),
        "attributes":[{"key":"n","value":{"intValue":"7"}},{"key":"f","value":{"doubleValue":1.5}},{"key":"b","value":{"boolValue":true}},
                      {"key":"l","value":{"arrayValue":{"values":[{"stringValue":"x"}]}}}]}]}]}]});
    let r = http_client::send_json("POST", &format!("{}/v1/traces", h().server.url()), &[("x-honeycomb-team", &key)], &body).unwrap();
    assert_eq!((r.status, r.text()), (200, "{}".to_owned()));
    let rows = h().run_query(
        "json-svc",
        json!({"calculations":[{"op":"SUM","column":"duration_ms"}],
        "breakdowns":["trace.trace_id","span.kind","n","f","b","l"]}),
    );
    let row = &rows["data"]["results"][0]["data"];
    assert_eq!(row["trace.trace_id"], "5b8efff798038103d269b633813fc60c");
    assert_eq!(row["span.kind"], "client");
    assert_eq!((row["n"].as_i64(), row["f"].as_f64(), row["b"].as_bool()), (Some(7), Some(1.5), Some(true)));
    assert_eq!(row["l"], "[\"x\"]\n", "arrays are stored as husky stores them: Go's JSON and its newline");
    assert_eq!(row["SUM(duration_ms)"].as_f64(), Some(2.5));
    let stats = h().server.stats();
    assert!(stats.created.spans >= 3, "this test sent 3 spans");
}

#[test]
fn otlp_rejections() {
    let url = format!("{}/v1/traces", h().server.url());
    let body = proto::encode(&request("rejected-svc"));
    let r = http_client::request("POST", &url, &[("Content-Type", "application/x-protobuf"), ("x-honeycomb-team", "bad")], Some(&body))
        .unwrap();
    assert_eq!(r.status, 401);
    let garbage = http_client::request(
        "POST",
        &url,
        &[("Content-Type", "application/x-protobuf"), ("x-honeycomb-team", &h().ingest_key())],
        Some(b"\xff\xff\xff"),
    )
    .unwrap();
    assert_eq!(garbage.status, 400);
    let status = proto::RpcStatus::decode(&garbage.body[..]).unwrap();
    assert!(status.message.contains("protobuf"));

    // A configuration key needs send_events.
    let creds = h().server.credentials();
    let env = creds.default_environment().unwrap();
    let r = http_client::request(
        "POST",
        &url,
        &[("Content-Type", "application/x-protobuf"), ("x-honeycomb-team", env.configuration_key.as_deref().unwrap())],
        Some(&body),
    )
    .unwrap();
    assert_eq!(r.status, 200, "the demo configuration key has every permission");
}

#[test]
fn events_api_honours_event_time() {
    let key = h().ingest_key();
    let at = 1_800_000_000_i64 - 86_400 * 400; // well in the past
    let url = format!("{}/1/events/timed", h().prism.url());
    let r =
        http_client::send_json("POST", &url, &[("X-Honeycomb-Team", &key), ("X-Honeycomb-Event-Time", &at.to_string())], &json!({"v": 1}))
            .unwrap();
    assert_eq!(r.status, 200, "{}", r.text());
    let now = h().run_query("timed", json!({"calculations":[{"op":"COUNT"}],"time_range":3600}));
    assert_eq!(now["data"]["results"], json!([]), "the event is not in the last hour");
}

/// A browser sends spans straight to Honeycomb only after a CORS preflight: the ingest paths answer it
/// with the headers a page needs (x-honeycomb-team, content-type) and allow any origin, on the POST too.
#[test]
fn browsers_pass_the_cors_preflight() {
    let url = |path: &str| format!("{}{path}", h().server.url());
    for path in ["/v1/traces", "/1/events/browser", "/1/batch/browser"] {
        let response = http_client::request(
            "OPTIONS",
            &url(path),
            &[
                ("Origin", "http://localhost:3000"),
                ("Access-Control-Request-Method", "POST"),
                ("Access-Control-Request-Headers", "content-type,x-honeycomb-team"),
            ],
            None,
        )
        .unwrap();
        assert_eq!(response.status, 204, "{path}");
        let header = |name: &str| response.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.clone());
        assert_eq!(header("access-control-allow-origin").as_deref(), Some("*"), "{path}");
        let allowed = header("access-control-allow-headers").unwrap();
        for wanted in ["content-type", "x-honeycomb-team"] {
            assert!(allowed.split(", ").any(|h| h == wanted), "{path}: {allowed}");
        }
        assert!(header("access-control-allow-methods").unwrap().contains("POST"));
    }
    let key = h().ingest_key();
    let body = serde_json::to_vec(&json!({"resourceSpans": []})).unwrap();
    let response =
        post_traces(&body, &[("x-honeycomb-team", &key), ("Content-Type", "application/json"), ("Origin", "http://localhost:3000")]);
    assert_eq!(response.status, 200);
    assert!(response.headers.iter().any(|(n, v)| n.eq_ignore_ascii_case("access-control-allow-origin") && v == "*"));
    // A rejected request is readable too, so the page's exporter can report why.
    let response = post_traces(&body, &[("x-honeycomb-team", "wrong"), ("Content-Type", "application/json"), ("Origin", "http://x")]);
    assert_eq!(response.status, 401);
    assert!(response.headers.iter().any(|(n, v)| n.eq_ignore_ascii_case("access-control-allow-origin") && v == "*"));
}

#[test]
fn otlp_zstd_bodies_are_accepted() {
    let key = h().ingest_key();
    let body = ruzstd::encoding::compress_to_vec(&proto::encode(&request("zstd-svc"))[..], ruzstd::encoding::CompressionLevel::Fastest);
    let r = post_traces(&body, &[("Content-Type", "application/x-protobuf"), ("Content-Encoding", "zstd"), ("x-honeycomb-team", &key)]);
    assert_eq!(r.status, 200, "{}", r.text());
    let rows = h().run_query("zstd-svc", json!({"calculations":[{"op":"COUNT"}],"filters":[{"column":"trace.span_id","op":"exists"}]}));
    assert_eq!(rows["data"]["results"][0]["data"]["COUNT"], 2, "both spans");
    let bad =
        post_traces(b"not zstd", &[("Content-Type", "application/x-protobuf"), ("Content-Encoding", "zstd"), ("x-honeycomb-team", &key)]);
    assert_eq!(bad.status, 400);
}

/// husky: `service.name` starting with `unknown_service` (the SDKs' `unknown_service:python`) goes
/// to the `unknown_service` dataset; the event keeps the name.
#[test]
fn unknown_services_share_one_dataset() {
    let key = h().ingest_key();
    let r = post_traces(
        &proto::encode(&request("unknown_service:python")),
        &[("Content-Type", "application/x-protobuf"), ("x-honeycomb-team", &key)],
    );
    assert_eq!(r.status, 200);
    let rows = h().run_query(
        "unknown_service",
        json!({"calculations":[{"op":"COUNT"}],"breakdowns":["service.name"],"filters":[{"column":"trace.span_id","op":"exists"}]}),
    );
    assert_eq!(rows["data"]["results"][0]["data"], json!({"service.name": "unknown_service:python", "COUNT": 2}));
    let datasets = h().v1("GET", "/1/datasets", &h().config_key(), None).json();
    assert!(!datasets.as_array().unwrap().iter().any(|d| d["slug"] == "unknown_service-python"));
}

/// husky: a span's `sampleRate` attribute is its events' sample rate, and queries weight COUNT,
/// SUM, AVG and percentiles by it; `usage_mode` reads what was stored. The events API's
/// `samplerate` does the same.
#[test]
fn sample_rates_weight_query_results() {
    let key = h().ingest_key();
    let mut sampled = request("sampled-svc");
    for span in &mut sampled.resource_spans[0].scope_spans[0].spans {
        span.attributes.push(KeyValue::int("sampleRate", 10));
    }
    let r = post_traces(&proto::encode(&sampled), &[("Content-Type", "application/x-protobuf"), ("x-honeycomb-team", &key)]);
    assert_eq!(r.status, 200);
    let spans_only = json!([{"column":"trace.span_id","op":"exists"}]);
    let weighted =
        h().run_query("sampled-svc", json!({"calculations":[{"op":"COUNT"},{"op":"SUM","column":"duration_ms"}],"filters":spans_only}));
    let row = &weighted["data"]["results"][0]["data"];
    assert_eq!((row["COUNT"].as_u64(), row["SUM(duration_ms)"].as_f64()), (Some(20), Some(350.0)));
    let usage = h().run_query("sampled-svc", json!({"calculations":[{"op":"COUNT"}],"filters":spans_only,"usage_mode":true}));
    assert_eq!(usage["data"]["results"][0]["data"]["COUNT"], 2);
    let columns = h().v1("GET", "/1/columns/sampled-svc", &h().config_key(), None).json();
    assert!(!columns.as_array().unwrap().iter().any(|c| c["key_name"] == "sampleRate"), "the rate is not a column");

    let batch = h().v1("POST", "/1/batch/sampled-events", &key, Some(json!([{"data":{"v":1},"samplerate":5},{"data":{"v":2}}])));
    assert_eq!(batch.status, 200);
    let count = h().run_query("sampled-events", json!({"calculations":[{"op":"COUNT"}],"time_range":600}));
    assert_eq!(count["data"]["results"][0]["data"]["COUNT"], 6);
}
