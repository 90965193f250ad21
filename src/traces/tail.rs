//! Following the local copy as the collector's exporter writes it (`traces tail`). What each file held
//! when the follow began is skipped (unless asked for); each poll reads only the bytes written since, by
//! file identity (inode), so rotation's renames lose nothing and a new file is read from its start. A
//! record still being written is left for the next poll. The events are Honeycomb's (the engine's
//! span-to-event mapping) and `--where` is a query's WHERE, run by the engine.

use std::io::{Read, Seek, SeekFrom};

use cruddur_engine::Store;
use cruddur_engine::files::FileError;
use cruddur_engine::query::QuerySpec;
use cruddur_otlp::proto::ExportTraceServiceRequest;
use serde_json::{Map, Value};

use super::cache::inode;
use super::copy::{LocalCopy, records_at};
use crate::error::{CliError, CliResult};

/// Where the follow is in each file of the copy.
pub struct Follower {
    pub copy: LocalCopy,
    /// `(inode, bytes consumed)`.
    read: Vec<(u64, u64)>,
}

impl Follower {
    /// Starts at the end of what the copy holds now, or (`from_start`) at its beginning.
    pub fn start(copy: LocalCopy, from_start: bool) -> CliResult<Follower> {
        let read = if from_start { Vec::new() } else { copy.files()?.iter().map(|file| (inode(file), file.bytes)).collect() };
        Ok(Follower { copy, read })
    }

    /// The complete records written since the last poll, oldest file first, and the problems of
    /// records that cannot be read (skipped).
    pub fn poll(&mut self) -> CliResult<(Vec<ExportTraceServiceRequest>, Vec<String>)> {
        let mut requests = Vec::new();
        let mut problems = Vec::new();
        let files = self.copy.files()?;
        for file in &files {
            let id = inode(file);
            let position = self.read.iter().position(|(known, _)| *known == id);
            // A file shorter than what was read was truncated: read it again from its start.
            let from = position.map(|at| self.read[at].1).filter(|consumed| *consumed <= file.bytes).unwrap_or(0);
            if from == file.bytes {
                continue;
            }
            let mut bytes = Vec::new();
            let opened = std::fs::File::open(&file.path).and_then(|mut handle| {
                handle.seek(SeekFrom::Start(from))?;
                handle.read_to_end(&mut bytes)
            });
            match opened {
                Ok(_) => {}
                // Rotation may remove a file between the listing and the read.
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => continue,
                Err(err) => return Err(CliError::invalid_input(format!("{}: {err}", file.path.display()))),
            }
            let mut consumed = bytes.len();
            for (_, record) in records_at(&bytes) {
                match record {
                    Ok(request) => requests.push(request),
                    Err(FileError { incomplete: true, offset, .. }) => {
                        consumed = offset;
                        break;
                    }
                    Err(err) => problems.push(format!("{}: {err}", file.path.display())),
                }
            }
            let now = from + consumed as u64;
            match position {
                Some(at) => self.read[at].1 = now,
                None => self.read.push((id, now)),
            }
        }
        // Files rotation dropped are forgotten (an inode can be used again).
        let current: Vec<u64> = files.iter().map(inode).collect();
        self.read.retain(|(known, _)| current.contains(known));
        Ok((requests, problems))
    }
}

/// The events of `requests` (Honeycomb's, one per span and span event) that pass the spec's filters,
/// oldest first: `(timestamp in ns, fields)`.
pub fn matching_events(requests: &[ExportTraceServiceRequest], spec: &QuerySpec, now: i64) -> CliResult<Vec<(i64, Map<String, Value>)>> {
    let mut store = Store::default();
    for request in requests {
        store.write_spans(request, now);
    }
    let mut events = Vec::new();
    let slugs: Vec<String> = store.datasets().map(|(slug, _)| slug.to_owned()).collect();
    for slug in slugs {
        let Some(table) = store.table(&slug) else { continue };
        let rows = cruddur_engine::query::matching_rows(spec, table, store.strings()).map_err(CliError::invalid_input)?;
        events.extend(rows.into_iter().map(|row| (table.timestamp(row), table.row_json(row, store.strings()))));
    }
    events.sort_by_key(|(timestamp, _)| *timestamp);
    Ok(events)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use cruddur_otlp::proto::{ExportTraceServiceRequest, KeyValue, Resource, ResourceSpans, ScopeSpans, Span};

    use super::*;
    use crate::honeycomb::query::{Filter, FilterOp};
    use crate::traces::copy::proto_record;

    fn request(trace: u8, names: &[(&str, u64)]) -> ExportTraceServiceRequest {
        let spans = names
            .iter()
            .enumerate()
            .map(|(i, (name, ms))| Span {
                trace_id: vec![trace; 16],
                span_id: (u64::from(trace) * 1000 + i as u64 + 1).to_be_bytes().to_vec(),
                name: (*name).into(),
                start_time_unix_nano: 1_700_000_000_000_000_000 + i as u64,
                end_time_unix_nano: 1_700_000_000_000_000_000 + i as u64 + ms * 1_000_000,
                ..Span::default()
            })
            .collect();
        ExportTraceServiceRequest {
            resource_spans: vec![ResourceSpans {
                resource: Some(Resource { attributes: vec![KeyValue::string("service.name", "svc")], dropped_attributes_count: 0 }),
                scope_spans: vec![ScopeSpans { scope: None, spans, schema_url: String::new() }],
                schema_url: String::new(),
            }],
        }
    }

    fn append(path: &std::path::Path, bytes: &[u8]) {
        std::fs::OpenOptions::new().create(true).append(true).open(path).unwrap().write_all(bytes).unwrap();
    }

    fn names(requests: &[ExportTraceServiceRequest]) -> Vec<String> {
        requests
            .iter()
            .flat_map(|r| &r.resource_spans)
            .flat_map(|r| &r.scope_spans)
            .flat_map(|s| &s.spans)
            .map(|s| s.name.clone())
            .collect()
    }

    /// The follow skips what was there, reads each append once, waits for a record being written, keeps
    /// its place through a rotation's rename, and reads a new file from its start.
    #[test]
    fn the_follow_reads_each_record_once_through_rotation() {
        let dir = tempfile::tempdir().unwrap();
        let copy = LocalCopy { dir: dir.path().join(".cruddur-obs/traces") };
        std::fs::create_dir_all(&copy.dir).unwrap();
        let current = copy.dir.join("spans.pb");
        append(&current, &proto_record(&request(1, &[("old", 1)])));
        let mut follower = Follower::start(LocalCopy { dir: copy.dir.clone() }, false).unwrap();
        assert!(follower.poll().unwrap().0.is_empty(), "what was there is skipped");
        let second = proto_record(&request(2, &[("a", 1), ("b", 2)]));
        append(&current, &second[..7]);
        assert!(follower.poll().unwrap().0.is_empty(), "half a record waits");
        append(&current, &second[7..]);
        assert_eq!(names(&follower.poll().unwrap().0), ["a", "b"]);
        assert!(follower.poll().unwrap().0.is_empty());
        append(&current, &proto_record(&request(3, &[("c", 1)])));
        std::fs::rename(&current, copy.dir.join("spans-2026-12-06T06-00-00.000.pb")).unwrap();
        append(&current, &proto_record(&request(4, &[("d", 1)])));
        assert_eq!(names(&follower.poll().unwrap().0), ["c", "d"], "the renamed file's rest, then the new file");
        let mut from_start = Follower::start(copy, true).unwrap();
        assert_eq!(names(&from_start.poll().unwrap().0).len(), 5);
    }

    #[test]
    fn events_pass_the_where_as_a_query_reads_it() {
        let requests = [request(1, &[("fast", 5), ("slow", 300)]), request(2, &[("slower", 900)])];
        let filter = |op: FilterOp, column: &str, value: Value| Filter { op, column: Some(column.into()), value: Some(value) };
        let spec = QuerySpec { filters: vec![filter(FilterOp::Gt, "duration_ms", Value::from(250))], ..QuerySpec::default() };
        let events = matching_events(&requests, &spec, 1_700_000_100).unwrap();
        let shown: Vec<&str> = events.iter().map(|(_, fields)| fields["name"].as_str().unwrap()).collect();
        // Oldest first, by the event's time (the span's start): "slower" started a nanosecond earlier.
        assert_eq!(shown, ["slower", "slow"]);
        assert_eq!(events[0].1["service.name"], "svc");
        let all = matching_events(&requests, &QuerySpec::default(), 1_700_000_100).unwrap();
        assert_eq!(all.len(), 3);
    }
}
