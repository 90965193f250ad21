//! Reading the OpenTelemetry Collector's `file` exporter output: the local copy of the traces the
//! CLI queries. The exporter writes one `TracesData` per batch (the same message as an OTLP export),
//! as a line of OTLP/JSON (`format: json`, the default) or as protobuf preceded by its length in 4
//! big-endian bytes (`format: proto`; the collector-contrib `fileexporter`'s `exportMessageAsBuffer`).
//! Compressed files (`compression: zstd`) are not read here.
//!
//! A file being written may end in a record that is not complete yet: its error says so
//! ([`FileError::incomplete`]), so a reader following the file can wait for the rest.

use cruddur_otlp::proto::ExportTraceServiceRequest;
use prost::Message;

/// A record that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    /// Byte offset of the record in the file.
    pub offset: usize,
    /// 1-based line of a JSON-lines record; 0 for protobuf.
    pub line: usize,
    /// The last record, cut short (the exporter is still writing it).
    pub incomplete: bool,
    pub message: String,
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            0 => write!(f, "record at byte {}: {}", self.offset, self.message),
            line => write!(f, "line {line}: {}", self.message),
        }
    }
}

impl std::error::Error for FileError {}

/// The records of a JSON-lines file, in order. Blank lines are skipped.
pub fn json_lines(data: &[u8]) -> impl Iterator<Item = Result<ExportTraceServiceRequest, FileError>> + '_ {
    json_lines_at(data).map(|(_, record)| record)
}

/// [`json_lines`] with where each record is: `(offset, length)` of its line.
pub fn json_lines_at(data: &[u8]) -> impl Iterator<Item = ((usize, usize), Result<ExportTraceServiceRequest, FileError>)> + '_ {
    let mut offset = 0;
    let mut line = 0;
    std::iter::from_fn(move || {
        loop {
            if offset >= data.len() {
                return None;
            }
            let rest = &data[offset..];
            let (record, next, complete) = match rest.iter().position(|&b| b == b'\n') {
                Some(end) => (&rest[..end], offset + end + 1, true),
                None => (rest, data.len(), false),
            };
            let start = offset;
            offset = next;
            line += 1;
            if record.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let parsed =
                cruddur_otlp::json::parse(record).map_err(|message| FileError { offset: start, line, incomplete: !complete, message });
            return Some(((start, record.len()), parsed));
        }
    })
}

/// The records of a length-prefixed protobuf file, in order.
pub fn proto_records(data: &[u8]) -> impl Iterator<Item = Result<ExportTraceServiceRequest, FileError>> + '_ {
    proto_records_at(data).map(|(_, record)| record)
}

/// [`proto_records`] with where each record is: `(offset, length)` of its bytes, the length prefix
/// included, so a reader can come back to one record (the CLI's trace index).
pub fn proto_records_at(data: &[u8]) -> impl Iterator<Item = ((usize, usize), Result<ExportTraceServiceRequest, FileError>)> + '_ {
    let mut offset = 0;
    let mut failed = false;
    std::iter::from_fn(move || {
        if failed || offset >= data.len() {
            return None;
        }
        let start = offset;
        let error = |incomplete: bool, message: String| FileError { offset: start, line: 0, incomplete, message };
        let Some(prefix) = data.get(offset..offset + 4) else {
            failed = true;
            return Some(((start, data.len() - start), Err(error(true, "the length prefix is cut short".into()))));
        };
        let len = u32::from_be_bytes([prefix[0], prefix[1], prefix[2], prefix[3]]) as usize;
        let Some(body) = data.get(offset + 4..offset + 4 + len) else {
            failed = true;
            return Some(((start, data.len() - start), Err(error(true, format!("a {len}-byte record is cut short")))));
        };
        offset += 4 + len;
        let record = ExportTraceServiceRequest::decode(body).map_err(|e| {
            // Without a valid record the next length prefix cannot be found.
            failed = true;
            error(false, format!("invalid protobuf: {e}"))
        });
        Some(((start, 4 + len), record))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use cruddur_otlp::proto::{KeyValue, Resource, ResourceSpans, ScopeSpans, Span};

    fn request(service: &str) -> ExportTraceServiceRequest {
        ExportTraceServiceRequest {
            resource_spans: vec![ResourceSpans {
                resource: Some(Resource { attributes: vec![KeyValue::string("service.name", service)], dropped_attributes_count: 0 }),
                scope_spans: vec![ScopeSpans {
                    scope: None,
                    spans: vec![Span { trace_id: vec![1; 16], span_id: vec![2; 8], name: "s".into(), ..Span::default() }],
                    schema_url: String::new(),
                }],
                schema_url: String::new(),
            }],
        }
    }

    fn line(service: &str) -> String {
        format!(
            r#"{{"resourceSpans":[{{"resource":{{"attributes":[{{"key":"service.name","value":{{"stringValue":"{service}"}}}}]}},"scopeSpans":[{{"spans":[{{"traceId":"{}","spanId":"{}","name":"s"}}]}}]}}]}}"#,
            "01".repeat(16),
            "02".repeat(8)
        )
    }

    #[test]
    fn json_lines_read_in_order_and_a_cut_last_line_is_incomplete() {
        let text = format!("{}\n\n{}\n{}", line("a"), line("b"), &line("c")[..40]);
        let records: Vec<_> = json_lines(text.as_bytes()).collect();
        assert_eq!(records.len(), 3);
        assert_eq!(records[0].as_ref().unwrap(), &request("a"));
        assert_eq!(records[1].as_ref().unwrap(), &request("b"));
        let error = records[2].as_ref().unwrap_err();
        assert_eq!((error.line, error.incomplete), (4, true));
        assert!(error.to_string().starts_with("line 4: invalid JSON"), "{error}");
        let broken = format!("{{nope\n{}\n", line("d"));
        let records: Vec<_> = json_lines(broken.as_bytes()).collect();
        assert!(!records[0].as_ref().unwrap_err().incomplete);
        assert!(records[1].is_ok(), "a bad line does not hide the next");
    }

    #[test]
    fn proto_records_are_length_prefixed() {
        let mut data = Vec::new();
        for service in ["a", "b"] {
            let body = request(service).encode_to_vec();
            data.extend_from_slice(&(body.len() as u32).to_be_bytes());
            data.extend_from_slice(&body);
        }
        let records: Vec<_> = proto_records(&data).map(Result::unwrap).collect();
        assert_eq!(records, [request("a"), request("b")]);
        let cut: Vec<_> = proto_records(&data[..data.len() - 3]).collect();
        assert_eq!(cut.len(), 2);
        let error = cut[1].as_ref().unwrap_err();
        assert!(error.incomplete && error.offset > 0, "{error}");
    }
}
