//! Writes a synthetic local copy of the traces, as the collector's `file` exporter writes one
//! (length-prefixed OTLP protobuf records of 1000 spans, files rotated at 64 MB), for
//! `bench/local-copy.sh`: SPANS spans of `backend-flask` in traces of 4 (a server span, two internal
//! children, a client call), 10,000 users, over the last hour; plus (in copies of 100,000 spans or more) one trace of 2,000 spans whose ID is
//! printed, for `trace show`.
//!
//! `cargo run --release --example local_copy -- WORKSPACE SPANS`

use std::io::Write;

use cruddur_otlp::proto::{ExportTraceServiceRequest, KeyValue, Resource, ResourceSpans, ScopeSpans, Span, Status};

/// xorshift64*: reproducible values without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn request(spans: Vec<Span>) -> ExportTraceServiceRequest {
    ExportTraceServiceRequest {
        resource_spans: vec![ResourceSpans {
            resource: Some(Resource { attributes: vec![KeyValue::string("service.name", "backend-flask")], dropped_attributes_count: 0 }),
            scope_spans: vec![ScopeSpans { scope: None, spans, schema_url: String::new() }],
            schema_url: String::new(),
        }],
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let workspace = std::path::PathBuf::from(&args[1]);
    let total: u64 = args[2].parse().unwrap();
    let dir = workspace.join(".cruddur-obs/traces");
    std::fs::create_dir_all(&dir).unwrap();
    let now_ns = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64;
    let start_ns = now_ns - 3_600_000_000_000;
    let mut rng = Rng(0x5eed);
    let mut file_index = 0;
    let mut file = std::io::BufWriter::new(std::fs::File::create(dir.join(format!("traces-{file_index:04}.pb"))).unwrap());
    let mut file_bytes = 0usize;
    let mut batch = Vec::with_capacity(1000);
    let write = |batch: &mut Vec<Span>, file: &mut std::io::BufWriter<std::fs::File>, file_bytes: &mut usize, file_index: &mut usize| {
        let record = cruddur_obs::traces::copy::proto_record(&request(std::mem::take(batch)));
        if *file_bytes + record.len() > 64 << 20 {
            file.flush().unwrap();
            *file_index += 1;
            *file = std::io::BufWriter::new(std::fs::File::create(dir.join(format!("traces-{:04}.pb", *file_index))).unwrap());
            *file_bytes = 0;
        }
        file.write_all(&record).unwrap();
        *file_bytes += record.len();
    };
    let big_trace: Vec<u8> = (0..16).map(|i| 0xb0 + i as u8).collect();
    let mut written = 0u64;
    let mut trace = 0u64;
    while written < total {
        let trace_id: Vec<u8> = trace.to_be_bytes().iter().chain(rng.next().to_be_bytes().iter()).copied().collect();
        let begin = start_ns + (written * 3_600_000_000_000 / total.max(1));
        let user = format!("user-{:05}", rng.next() % 10_000);
        let root_ms = 5 + rng.next() % 400;
        let error = rng.next().is_multiple_of(50);
        let root_id = (trace * 4 + 1).to_be_bytes().to_vec();
        let route = ["/api/activities/home", "/api/activities/@andrewbrown", "/api/messages", "/api/health"][(rng.next() % 4) as usize];
        batch.push(Span {
            trace_id: trace_id.clone(),
            span_id: root_id.clone(),
            name: format!("GET {route}"),
            kind: 2,
            start_time_unix_nano: begin,
            end_time_unix_nano: begin + root_ms * 1_000_000,
            attributes: vec![
                KeyValue::string("app.user_id", &user),
                KeyValue::string("http.route", route),
                KeyValue::int("http.status_code", if error { 500 } else { 200 }),
            ],
            status: Some(Status { code: if error { 2 } else { 1 }, message: String::new() }),
            ..Span::default()
        });
        for child in 0..3u64 {
            let offset = rng.next() % (root_ms * 500_000);
            batch.push(Span {
                trace_id: trace_id.clone(),
                span_id: (trace * 4 + 2 + child).to_be_bytes().to_vec(),
                parent_span_id: root_id.clone(),
                name: ["db.query", "render", "GET cognito"][child as usize].to_owned(),
                kind: if child == 2 { 3 } else { 1 },
                start_time_unix_nano: begin + offset,
                end_time_unix_nano: begin + offset + rng.next() % (root_ms * 400_000) + 1,
                attributes: vec![KeyValue::string("app.user_id", &user)],
                ..Span::default()
            });
        }
        written += 4;
        trace += 1;
        if batch.len() >= 1000 {
            write(&mut batch, &mut file, &mut file_bytes, &mut file_index);
        }
        if written == total / 2 && total >= 100_000 {
            // The big trace, in the middle of the copy: 2,000 spans, a root and 1,999 children in batches.
            let begin = start_ns + 1_800_000_000_000;
            for index in 0..2000u64 {
                batch.push(Span {
                    trace_id: big_trace.clone(),
                    span_id: (u64::MAX - index).to_be_bytes().to_vec(),
                    parent_span_id: if index == 0 { Vec::new() } else { u64::MAX.to_be_bytes().to_vec() },
                    name: if index == 0 { "GET /api/activities/home".to_owned() } else { format!("db.query {index}") },
                    kind: if index == 0 { 2 } else { 3 },
                    start_time_unix_nano: begin + index * 1_000_000,
                    end_time_unix_nano: begin + if index == 0 { 2_500_000_000 } else { index * 1_000_000 + 400_000 },
                    ..Span::default()
                });
                if batch.len() >= 1000 {
                    write(&mut batch, &mut file, &mut file_bytes, &mut file_index);
                }
            }
        }
    }
    if !batch.is_empty() {
        write(&mut batch, &mut file, &mut file_bytes, &mut file_index);
    }
    file.flush().unwrap();
    println!("{}", cruddur_otlp::encoding::hex(&big_trace));
}
