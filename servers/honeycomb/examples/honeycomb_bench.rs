//! Load generator for `bench/honeycomb-server.sh`: sends N spans as OTLP/HTTP protobuf to a
//! running server, then times a P99-by-user query over them.
//!
//! Usage: honeycomb_bench URL INGEST_KEY CONFIG_KEY [SPANS] [BATCH] [USERS] [SENDERS]
//!
//! The request bodies are encoded before the clock starts, so spans/s measures the server
//! (HTTP, protobuf decoding, the event store), not this client.

use cruddur_honeycomb_server::http_client;
use cruddur_otlp::proto::{
    self, ExportTraceServiceRequest, InstrumentationScope, KeyValue, Resource, ResourceSpans, ScopeSpans, Span, Status,
};
use serde_json::json;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// A small deterministic PRNG (SplitMix64) so runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

const ROUTES: [&str; 6] =
    ["/api/activities/home", "/api/activities/notifications", "/api/messages", "/api/profile", "/api/search", "/api/health"];

/// One batch of `n` spans shaped like the Flask app's: server spans with HTTP attributes and a
/// user id, in traces of four spans.
fn batch(rng: &mut Rng, n: usize, users: u64, now_ns: u64) -> Vec<u8> {
    let spans = (0..n)
        .map(|i| {
            let trace = (rng.next() as u128) << 64 | rng.next() as u128;
            let start = now_ns - (rng.next() % 1_800_000_000_000);
            let duration = 1_000_000 + rng.next() % 50_000_000 + if rng.next().is_multiple_of(100) { 400_000_000 } else { 0 };
            let status = if rng.next().is_multiple_of(50) { 500 } else { 200 };
            let route = ROUTES[(rng.next() % ROUTES.len() as u64) as usize];
            Span {
                trace_id: trace.to_be_bytes().to_vec(),
                span_id: rng.next().to_be_bytes().to_vec(),
                parent_span_id: if i % 4 == 0 { Vec::new() } else { rng.next().to_be_bytes().to_vec() },
                name: format!("GET {route}"),
                kind: 2,
                start_time_unix_nano: start,
                end_time_unix_nano: start + duration,
                attributes: vec![
                    KeyValue::string("app.user_id", &format!("user-{}", rng.next() % users)),
                    KeyValue::string("http.method", "GET"),
                    KeyValue::string("http.route", route),
                    KeyValue::string("http.target", route),
                    KeyValue::int("http.status_code", status),
                    KeyValue::string("http.scheme", "http"),
                    KeyValue::string("net.host.name", "backend-flask"),
                    KeyValue::int("app.result_length", (rng.next() % 20) as i64),
                ],
                status: (status == 500).then(|| Status { message: "server error".into(), code: 2 }),
                ..Span::default()
            }
        })
        .collect();
    proto::encode(&ExportTraceServiceRequest {
        resource_spans: vec![ResourceSpans {
            resource: Some(Resource {
                attributes: vec![
                    KeyValue::string("service.name", "backend-flask"),
                    KeyValue::string("telemetry.sdk.language", "python"),
                    KeyValue::string("telemetry.sdk.name", "opentelemetry"),
                    KeyValue::string("telemetry.sdk.version", "1.45.1"),
                ],
                dropped_attributes_count: 0,
            }),
            scope_spans: vec![ScopeSpans {
                scope: Some(InstrumentationScope {
                    name: "opentelemetry.instrumentation.flask".into(),
                    version: "0.66b1".into(),
                    ..Default::default()
                }),
                spans,
                schema_url: String::new(),
            }],
            schema_url: String::new(),
        }],
    })
}

fn arg<T: std::str::FromStr>(args: &[String], i: usize, default: T) -> T {
    args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default)
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        anyhow::bail!("usage: honeycomb_bench URL INGEST_KEY CONFIG_KEY [SPANS] [BATCH] [USERS] [SENDERS]");
    }
    let (url, ingest_key, config_key) = (&args[1], &args[2], &args[3]);
    let spans: usize = arg(&args, 4, 1_000_000);
    let batch_size: usize = arg(&args, 5, 1000);
    let users: u64 = arg(&args, 6, 100);
    let senders: usize = arg(&args, 7, 2);

    let now_ns = SystemTime::now().duration_since(UNIX_EPOCH)?.as_nanos() as u64;
    let mut rng = Rng(42);
    let bodies: Vec<Vec<u8>> =
        (0..spans.div_ceil(batch_size)).map(|b| batch(&mut rng, batch_size.min(spans - b * batch_size), users, now_ns)).collect();
    let bytes: usize = bodies.iter().map(Vec::len).sum();
    eprintln!("encoded {spans} spans in {} requests ({:.1} MB)", bodies.len(), bytes as f64 / 1e6);

    let traces_url = format!("{url}/v1/traces");
    let start = Instant::now();
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let handles: Vec<_> = (0..senders)
            .map(|s| {
                let (bodies, traces_url) = (&bodies, &traces_url);
                scope.spawn(move || -> anyhow::Result<()> {
                    for body in bodies.iter().skip(s).step_by(senders) {
                        let r = http_client::request(
                            "POST",
                            traces_url,
                            &[("Content-Type", "application/x-protobuf"), ("x-honeycomb-team", ingest_key)],
                            Some(body),
                        )?;
                        anyhow::ensure!(r.status == 200, "ingest failed: {} {}", r.status, r.text());
                    }
                    Ok(())
                })
            })
            .collect();
        for h in handles {
            h.join().map_err(|_| anyhow::anyhow!("sender panicked"))??;
        }
        Ok(())
    })?;
    let ingest = start.elapsed();
    println!("ingest_spans={spans}");
    println!("ingest_seconds={:.3}", ingest.as_secs_f64());
    println!("ingest_spans_per_second={:.0}", spans as f64 / ingest.as_secs_f64());

    let (query, result) = timed_query(
        url,
        config_key,
        json!({"calculations":[{"op":"P99","column":"duration_ms"},{"op":"COUNT"}],
                "breakdowns":["app.user_id"],
                "orders":[{"op":"P99","column":"duration_ms","order":"descending"}],
                "time_range":3600,"limit":1000}),
    )?;
    let rows = result["data"]["results"].as_array().map_or(0, Vec::len);
    let counted: u64 = result["data"]["results"].as_array().into_iter().flatten().filter_map(|r| r["data"]["COUNT"].as_u64()).sum();
    anyhow::ensure!(counted == spans as u64, "the query counted {counted} of {spans} spans");
    println!("query_p99_by_user_seconds={:.3}", query.as_secs_f64());
    println!("query_groups={rows}");
    println!("query_events={counted}");

    let (recent, result) = timed_query(
        url,
        config_key,
        json!({"calculated_fields":[{"name":"event_time","expression":"EVENT_TIMESTAMP()"}],
               "filters":[{"column":"trace.parent_id","op":"does-not-exist"}],
               "breakdowns":["event_time","trace.trace_id","name"],
               "calculations":[{"op":"MAX","column":"duration_ms"}],
               "orders":[{"column":"event_time","order":"descending"}],
               "time_range":3600,"limit":20}),
    )?;
    let traces = result["data"]["results"].as_array().map_or(0, Vec::len);
    anyhow::ensure!(traces == 20, "recent traces: {traces} rows instead of 20");
    println!("query_recent_traces_seconds={:.3}", recent.as_secs_f64());
    Ok(())
}

/// Creates `spec` and a result for it; returns the time from the result's creation until it is
/// complete, and the result.
fn timed_query(url: &str, config_key: &str, spec: serde_json::Value) -> anyhow::Result<(Duration, serde_json::Value)> {
    let headers = [("X-Honeycomb-Team", config_key)];
    let q = http_client::send_json("POST", &format!("{url}/1/queries/backend-flask"), &headers, &spec)?;
    anyhow::ensure!(q.status == 200, "query: {}", q.text());
    let qid = q.json()["id"].as_str().unwrap_or_default().to_owned();
    let start = Instant::now();
    let r = http_client::send_json(
        "POST",
        &format!("{url}/1/query_results/backend-flask"),
        &headers,
        &json!({"query_id": qid, "disable_series": true, "limit": 1000}),
    )?;
    anyhow::ensure!(r.status == 201, "query result: {}", r.text());
    let rid = r.json()["id"].as_str().unwrap_or_default().to_owned();
    loop {
        let poll = http_client::get(&format!("{url}/1/query_results/backend-flask/{rid}"), &headers)?.json();
        if poll["complete"] == true {
            return Ok((start.elapsed(), poll));
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}
