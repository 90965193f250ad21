//! Load generator for `bench/collector.sh`: sends SPANS spans as OTLP/HTTP protobuf to an endpoint
//! (the collector's receiver, or a server directly), BATCH spans a request, from SENDERS connections
//! kept alive, and prints how long the sending took.
//!
//! Usage: otlp_load URL SPANS BATCH SENDERS [HEADER=VALUE ...]
//!
//! The bodies are encoded before the clock starts, so the time is the receiver's, not this client's.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use cruddur_otlp::proto::{ExportTraceServiceRequest, KeyValue, Resource, ResourceSpans, ScopeSpans, Span, encode};

/// SplitMix64: deterministic IDs, so runs are comparable.
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

/// A batch shaped like the Flask backend's: traces of four spans, a SERVER root with HTTP attributes.
fn batch(rng: &mut Rng, spans: usize, now_ns: u64) -> Vec<u8> {
    let mut list = Vec::with_capacity(spans);
    let (mut trace, mut root) = (Vec::new(), Vec::new());
    for index in 0..spans {
        if index % 4 == 0 {
            trace = [rng.next().to_be_bytes(), rng.next().to_be_bytes()].concat();
            root = rng.next().to_be_bytes().to_vec();
        }
        let start = now_ns - rng.next() % 60_000_000_000;
        let span_id = if index % 4 == 0 { root.clone() } else { rng.next().to_be_bytes().to_vec() };
        list.push(Span {
            trace_id: trace.clone(),
            span_id,
            parent_span_id: if index % 4 == 0 { Vec::new() } else { root.clone() },
            name: if index % 4 == 0 { "GET /api/activities/home".into() } else { "home-activities-mock-data".into() },
            kind: if index % 4 == 0 { 2 } else { 1 },
            start_time_unix_nano: start,
            end_time_unix_nano: start + 1_000_000 + rng.next() % 50_000_000,
            attributes: vec![
                KeyValue::string("http.method", "GET"),
                KeyValue::string("http.route", "/api/activities/home"),
                KeyValue::int("http.status_code", 200),
                KeyValue::string("app.user_id", &format!("user-{}", rng.next() % 100)),
            ],
            ..Span::default()
        });
    }
    let request = ExportTraceServiceRequest {
        resource_spans: vec![ResourceSpans {
            resource: Some(Resource { attributes: vec![KeyValue::string("service.name", "backend-flask")], ..Resource::default() }),
            scope_spans: vec![ScopeSpans { spans: list, ..ScopeSpans::default() }],
            ..ResourceSpans::default()
        }],
    };
    encode(&request)
}

/// POSTs every body on one kept-alive connection; fails on any non-2xx answer.
fn send_all(url: &str, bodies: &[Vec<u8>], headers: &[(String, String)]) {
    let authority = url.trim_start_matches("http://").split('/').next().unwrap().to_owned();
    let path = format!("/{}", url.trim_start_matches("http://").split_once('/').map_or("v1/traces", |(_, path)| path));
    let mut stream = TcpStream::connect(&authority).expect("connect");
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    for body in bodies {
        let mut head = format!(
            "POST {path} HTTP/1.1\r\nHost: {authority}\r\nContent-Type: application/x-protobuf\r\nContent-Length: {}\r\n",
            body.len()
        );
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(body).unwrap();
        let mut status = String::new();
        reader.read_line(&mut status).unwrap();
        let mut length = 0usize;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if line.trim_end().is_empty() {
                break;
            }
            if let Some((name, value)) = line.split_once(':')
                && name.eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse().unwrap();
            }
        }
        let mut answer = vec![0u8; length];
        reader.read_exact(&mut answer).unwrap();
        assert!(status.split(' ').nth(1).is_some_and(|code| code.starts_with('2')), "{status}: {}", String::from_utf8_lossy(&answer));
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, url, spans, batch_size, senders, header_args @ ..] = &args[..] else {
        eprintln!("usage: otlp_load URL SPANS BATCH SENDERS [HEADER=VALUE ...]");
        std::process::exit(2);
    };
    let (spans, batch_size, senders): (usize, usize, usize) =
        (spans.parse().unwrap(), batch_size.parse().unwrap(), senders.parse().unwrap());
    let headers: Vec<(String, String)> =
        header_args.iter().filter_map(|pair| pair.split_once('=')).map(|(name, value)| (name.to_owned(), value.to_owned())).collect();
    let now_ns = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos() as u64;
    let mut rng = Rng(42);
    let bodies: Vec<Vec<u8>> = (0..spans.div_ceil(batch_size)).map(|_| batch(&mut rng, batch_size, now_ns)).collect();
    let per_sender = bodies.len().div_ceil(senders);
    let started = Instant::now();
    std::thread::scope(|scope| {
        for chunk in bodies.chunks(per_sender) {
            let headers = &headers;
            scope.spawn(move || send_all(url, chunk, headers));
        }
    });
    println!("sent_spans={} send_seconds={:.3}", bodies.len() * batch_size, started.elapsed().as_secs_f64());
}
