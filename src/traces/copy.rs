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
            let bytes = match std::fs::read(&file.path) {
                Ok(bytes) => bytes,
                // Rotated away between the listing and the read: its records are in the renamed file.
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => continue,
                Err(err) => return Err(CliError::invalid_input(format!("{}: {err}", file.path.display()))),
            };
            for record in records(&bytes) {
                match record {
                    Ok(request) => each(&request),
                    Err(FileError { incomplete: true, .. }) => {}
                    Err(err) => problems.push(format!("{}: {err}", file.path.display())),
                }
            }
        }
        Ok(problems)
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
