//! The local copy on disk: where it is, its files in the order they were written, and their records.
//!
//! The collector's `file` exporter (with rotation) writes the current file and renames full ones aside
//! (`traces.pb`, `traces-2026-12-06T04-00-00.000.pb`, ...); every regular file in the folder that is not
//! hidden is a part of the copy, oldest first (by modification time, then name). A file whose first byte
//! is `{` is OTLP/JSON lines (`format: json`); anything else is protobuf records, each after its length in
//! 4 big-endian bytes (`format: proto`). The last record of the file being written may be incomplete: it
//! is left for the next read.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use cruddur_engine::files::{self, FileError};
use cruddur_otlp::proto::ExportTraceServiceRequest;

use crate::error::{CliError, CliResult};

/// Where the copy lives in a workspace.
pub const DIR: &str = ".cruddur-obs/traces";

/// The folder of a workspace's copy.
#[derive(Debug, Clone)]
pub struct LocalCopy {
    pub dir: PathBuf,
}

/// One file of the copy.
#[derive(Debug, Clone)]
pub struct CopyFile {
    pub path: PathBuf,
    pub bytes: u64,
    pub modified: SystemTime,
}

impl LocalCopy {
    /// The copy of the workspace `start` is in: the nearest folder from `start` up that has
    /// `.cruddur-obs/traces/` (as git finds `.git`), or `None`.
    pub fn find(start: &Path) -> Option<LocalCopy> {
        start.ancestors().map(|dir| dir.join(DIR)).find(|dir| dir.is_dir()).map(|dir| LocalCopy { dir })
    }

    /// The copy `start` would have, whether or not it exists yet.
    pub fn expected(start: &Path) -> LocalCopy {
        LocalCopy::find(start).unwrap_or_else(|| LocalCopy { dir: start.join(DIR) })
    }

    /// The copy's files, oldest first. Hidden files (the exporter's temporaries, caches) are not part of it.
    pub fn files(&self) -> CliResult<Vec<CopyFile>> {
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(err) => return Err(CliError::invalid_input(format!("{}: {err}", self.dir.display()))),
        };
        let mut found = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|err| CliError::invalid_input(format!("{}: {err}", self.dir.display())))?;
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let Ok(metadata) = entry.metadata() else { continue };
            if metadata.is_file() {
                found.push(CopyFile {
                    path: entry.path(),
                    bytes: metadata.len(),
                    modified: metadata.modified().unwrap_or(SystemTime::UNIX_EPOCH),
                });
            }
        }
        found.sort_by(|a, b| a.modified.cmp(&b.modified).then_with(|| a.path.cmp(&b.path)));
        Ok(found)
    }

    /// Every complete record of every file, oldest file first, to `each`. Records that cannot be read
    /// are skipped and returned (a file cut mid-record is not one: its rest is still being written).
    pub fn for_each_record(&self, mut each: impl FnMut(&ExportTraceServiceRequest)) -> CliResult<Vec<String>> {
        let mut problems = Vec::new();
        for file in self.files()? {
            let read = read_records(&file.path, 0, None, |_, record| match record {
                Ok(request) => each(&request),
                Err(err) => problems.push(format!("{}: {err}", file.path.display())),
            });
            match read {
                Ok(_) => {}
                // Rotated away between the listing and the read: its records are in the renamed file.
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
                Err(err) => return Err(CliError::invalid_input(format!("{}: {err}", file.path.display()))),
            }
        }
        Ok(problems)
    }
}

/// How much of a file [`read_records`] reads at a time: the file is never in memory whole (a rotated
/// file is 64 MB or more), only this and the record being decoded.
const CHUNK: usize = 4 << 20;

/// What [`read_records`] read of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileRead {
    /// Where the next read starts: the end of the last complete record (a record being written is
    /// left for later), or the end of the file when a protobuf record could not be decoded (the next
    /// length prefix cannot be found).
    pub consumed: u64,
    pub json: bool,
}

/// The records of the file at `path` from byte `from` (where a record starts), read a chunk at a
/// time, to `each` with their place `(offset in the file, length)`. `json`: whether the file is
/// OTLP/JSON lines, when known (else its first byte says). Records that cannot be read go to `each` as
/// errors; a record cut short at the end (still being written) does not.
pub fn read_records(
    path: &Path,
    from: u64,
    json: Option<bool>,
    each: impl FnMut((u64, usize), Result<ExportTraceServiceRequest, FileError>),
) -> std::io::Result<FileRead> {
    read_records_by(path, from, json, CHUNK, each)
}

/// [`read_records`], `chunk` bytes at a time.
fn read_records_by(
    path: &Path,
    from: u64,
    json: Option<bool>,
    chunk: usize,
    mut each: impl FnMut((u64, usize), Result<ExportTraceServiceRequest, FileError>),
) -> std::io::Result<FileRead> {
    use std::io::{Read, Seek, SeekFrom};
    let mut file = std::fs::File::open(path)?;
    file.seek(SeekFrom::Start(from))?;
    let mut buffer: Vec<u8> = Vec::new();
    // The file offset of buffer[0].
    let mut base = from;
    let mut json = json;
    // Lines before the buffer (JSON lines' errors name theirs).
    let mut lines_before = 0;
    loop {
        let kept = buffer.len();
        buffer.resize(kept + chunk.max(kept), 0);
        let mut filled = kept;
        while filled < buffer.len() {
            match file.read(&mut buffer[filled..]) {
                Ok(0) => break,
                Ok(read) => filled += read,
                Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
                Err(err) => return Err(err),
            }
        }
        let at_end = filled < buffer.len();
        buffer.truncate(filled);
        let is_json = *json.get_or_insert_with(|| is_json(&buffer));
        let located: Box<dyn Iterator<Item = Located>> =
            if is_json { Box::new(files::json_lines_at(&buffer)) } else { Box::new(files::proto_records_at(&buffer)) };
        // Where the unread rest of the buffer starts.
        let mut rest = buffer.len();
        let mut undecodable = false;
        for ((offset, len), record) in located {
            match record {
                Err(FileError { incomplete: true, .. }) => {
                    rest = offset;
                    break;
                }
                Err(mut err) => {
                    undecodable = !is_json;
                    err.offset += usize::try_from(base).unwrap_or(usize::MAX);
                    if err.line > 0 {
                        err.line += lines_before;
                    }
                    each((base + offset as u64, len), Err(err));
                }
                Ok(request) => each((base + offset as u64, len), Ok(request)),
            }
        }
        if undecodable {
            return Ok(FileRead { consumed: file.seek(SeekFrom::End(0))?, json: is_json });
        }
        if at_end {
            return Ok(FileRead { consumed: base + rest as u64, json: is_json });
        }
        if is_json {
            lines_before += buffer[..rest].iter().filter(|&&byte| byte == b'\n').count();
        }
        buffer.drain(..rest);
        base += rest as u64;
    }
}

/// The records of one file of the copy, JSON lines or length-prefixed protobuf.
pub fn records(bytes: &[u8]) -> Box<dyn Iterator<Item = Result<ExportTraceServiceRequest, FileError>> + '_> {
    Box::new(records_at(bytes).map(|(_, record)| record))
}

/// A record and where it is in its file: `(offset, length)`.
pub type Located = ((usize, usize), Result<ExportTraceServiceRequest, FileError>);

/// [`records`] with each record's place, to come back to it (the trace index).
pub fn records_at(bytes: &[u8]) -> Box<dyn Iterator<Item = Located> + '_> {
    if is_json(bytes) { Box::new(files::json_lines_at(bytes)) } else { Box::new(files::proto_records_at(bytes)) }
}

/// Whether a file (or a record cut from one) is OTLP/JSON rather than protobuf.
pub fn is_json(bytes: &[u8]) -> bool {
    bytes.iter().find(|byte| !byte.is_ascii_whitespace()) == Some(&b'{')
}

/// A length-prefixed protobuf record, as the collector's `file` exporter writes one (for tests and the
/// benchmark's copies).
pub fn proto_record(request: &ExportTraceServiceRequest) -> Vec<u8> {
    let body = prost::Message::encode_to_vec(request);
    let mut record = Vec::with_capacity(body.len() + 4);
    record.extend_from_slice(&(body.len() as u32).to_be_bytes());
    record.extend_from_slice(&body);
    record
}

#[cfg(test)]
mod tests {
    use cruddur_otlp::proto::{KeyValue, Resource, ResourceSpans, ScopeSpans, Span};

    use super::*;

    fn request(name: &str) -> ExportTraceServiceRequest {
        ExportTraceServiceRequest {
            resource_spans: vec![ResourceSpans {
                resource: Some(Resource { attributes: vec![KeyValue::string("service.name", "svc")], dropped_attributes_count: 0 }),
                scope_spans: vec![ScopeSpans {
                    scope: None,
                    spans: vec![Span { trace_id: vec![1; 16], span_id: vec![2; 8], name: name.into(), ..Span::default() }],
                    schema_url: String::new(),
                }],
                schema_url: String::new(),
            }],
        }
    }

    /// Read a few bytes at a time, a file gives the records it gives read whole: each with its place,
    /// a record cut at the end left for later, JSON lines' errors on their line.
    #[test]
    fn records_read_in_chunks_are_the_records_of_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("traces.pb");
        let records: Vec<Vec<u8>> = ["a", "bb", "ccc"].iter().map(|name| proto_record(&request(name))).collect();
        let mut bytes = records.concat();
        bytes.extend_from_slice(&proto_record(&request("cut"))[..9]);
        std::fs::write(&path, &bytes).unwrap();
        let whole = records.concat().len() as u64;
        for chunk in [1, 7, 64, 1 << 20] {
            let mut seen = Vec::new();
            let read = read_records_by(&path, 0, None, chunk, |place, record| {
                seen.push((place, record.unwrap().resource_spans[0].scope_spans[0].spans[0].name.clone()))
            })
            .unwrap();
            assert_eq!(read, FileRead { consumed: whole, json: false }, "chunk {chunk}");
            let second = records[0].len() as u64;
            assert_eq!(seen[1], ((second, records[1].len()), "bb".to_owned()), "chunk {chunk}");
            assert_eq!(seen.len(), 3);
            // From the second record on, as an extension reads.
            let mut names = Vec::new();
            read_records_by(&path, second, Some(false), chunk, |_, record| {
                names.push(record.unwrap().resource_spans[0].scope_spans[0].spans[0].name.clone())
            })
            .unwrap();
            assert_eq!(names, ["bb", "ccc"]);
        }
        let lines = dir.path().join("traces.json");
        let line = |name: &str| {
            format!(
                r#"{{"resourceSpans":[{{"resource":{{"attributes":[{{"key":"service.name","value":{{"stringValue":"svc"}}}}]}},"scopeSpans":[{{"spans":[{{"traceId":"{}","spanId":"{}","name":"{name}"}}]}}]}}]}}"#,
                "01".repeat(16),
                "02".repeat(8)
            )
        };
        std::fs::write(&lines, format!("{}\n{{broken\n{}\n{}", line("a"), line("b"), &line("c")[..20])).unwrap();
        for chunk in [5, 1 << 20] {
            let (mut good, mut bad) = (0, Vec::new());
            let read = read_records_by(&lines, 0, None, chunk, |_, record| match record {
                Ok(_) => good += 1,
                Err(err) => bad.push(err.line),
            })
            .unwrap();
            assert_eq!((good, bad, read.json), (2, vec![2], true), "chunk {chunk}");
            assert_eq!(read.consumed as usize, line("a").len() + "{broken\n".len() + line("b").len() + 2);
        }
    }
}
