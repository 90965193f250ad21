//! The columnar cache beside the collector's files (`.cruddur-obs/traces/.cache/`): the copy's events
//! as `cruddur-engine` stores them (see `cruddur_engine::cache`), and which bytes of which file they came
//! from. A query reads only the columns it names from it. When the exporter has written more, only the
//! new records are read and appended (files are known by inode, so rotation's renames keep their place);
//! when a file the cache read is gone (rotation dropped an old one) or shorter, it is rebuilt. Without a
//! writable folder the copy is read into memory each time instead.

use std::path::PathBuf;

use cruddur_engine::Store;
use cruddur_engine::files::FileError;
use serde::{Deserialize, Serialize};

use super::copy::{CopyFile, LocalCopy, records_at};
use crate::error::{CliError, CliResult};

/// What the cache has read: per file (by inode), the bytes whose records it holds.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub version: u32,
    pub files: Vec<Read>,
    pub spans: u64,
    pub problems: Vec<String>,
    /// Every record read, where it is: the trace index points into this list.
    pub records: Vec<RecordAt>,
    /// Whether the files are OTLP/JSON lines (else protobuf), per inode.
    #[serde(default)]
    pub json: Vec<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordAt {
    pub inode: u64,
    pub offset: u64,
    pub len: u32,
}

/// The hash a trace is indexed by: of its ID as Honeycomb shows it.
pub fn trace_hash(trace_id: &str) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = cruddur_engine::util::FxBuild::default().build_hasher();
    hasher.write(trace_id.as_bytes());
    hasher.finish()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Read {
    pub inode: u64,
    pub name: String,
    pub consumed: u64,
}

const VERSION: u32 = 1;

pub fn inode(file: &CopyFile) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(&file.path).map(|metadata| metadata.ino()).unwrap_or(0)
    }
    #[cfg(not(unix))]
    {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        file.path.hash(&mut hasher);
        hasher.finish()
    }
}

/// The cache of a copy.
pub struct Cache {
    pub dir: PathBuf,
}

/// How the cache was brought up to date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Nothing new: read from the cache as it was.
    Current,
    /// New records were appended to it.
    Extended,
    /// Read from the files again (first use, or a file it had read is gone).
    Rebuilt,
}

impl Cache {
    pub fn of(copy: &LocalCopy) -> Cache {
        Cache { dir: copy.dir.join(".cache") }
    }

    fn store_dir(&self) -> PathBuf {
        self.dir.join("store")
    }

    fn state(&self) -> Option<State> {
        let state: State = serde_json::from_slice(&std::fs::read(self.dir.join("state.json")).ok()?).ok()?;
        (state.version == VERSION && self.store_dir().join("manifest.json").is_file()).then_some(state)
    }

    /// Brings the cache up to date with the copy's files; returns the state and, when it had to read the
    /// events into memory anyway, the whole store (so the caller need not read it back).
    pub fn refresh(&self, copy: &LocalCopy, now: i64) -> CliResult<(State, Freshness, Option<Store>)> {
        let files = copy.files()?;
        let current: Vec<(u64, &CopyFile)> = files.iter().map(|file| (inode(file), file)).collect();
        let previous = self.state();
        let extendable = previous.as_ref().is_some_and(|state| {
            state.files.iter().all(|read| current.iter().any(|(inode, file)| *inode == read.inode && file.bytes >= read.consumed))
        });
        if let Some(state) = &previous
            && extendable
            && current.iter().all(|(inode, file)| state.files.iter().any(|read| read.inode == *inode && read.consumed == file.bytes))
        {
            return Ok((state.clone(), Freshness::Current, None));
        }
        let (mut store, mut state, freshness, mut index_entries) = match previous {
            Some(state) if extendable => {
                let store = Store::load(&self.store_dir(), None, None, now)
                    .map_err(|err| CliError::internal(format!("{}: {err}", self.store_dir().display())))?;
                (store, state, Freshness::Extended, self.index().unwrap_or_default())
            }
            _ => (Store::default(), State { version: VERSION, ..State::default() }, Freshness::Rebuilt, Vec::new()),
        };
        for (inode, file) in &current {
            let from = state.files.iter().find(|read| read.inode == *inode).map_or(0, |read| read.consumed);
            if from >= file.bytes {
                continue;
            }
            let bytes = match std::fs::read(&file.path) {
                Ok(bytes) => bytes,
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => continue,
                Err(err) => return Err(CliError::invalid_input(format!("{}: {err}", file.path.display()))),
            };
            let start = usize::try_from(from).unwrap_or(0).min(bytes.len());
            let mut consumed = bytes.len();
            if super::copy::is_json(&bytes) && !state.json.contains(inode) {
                state.json.push(*inode);
            }
            for ((offset, len), record) in records_at(&bytes[start..]) {
                match record {
                    Ok(request) => {
                        state.spans += store.write_spans(&request, now).spans;
                        let index = state.records.len() as u32;
                        let mut hashes: Vec<u64> = request
                            .resource_spans
                            .iter()
                            .flat_map(|resource| &resource.scope_spans)
                            .flat_map(|scope| &scope.spans)
                            .map(|span| trace_hash(&cruddur_engine::spans::trace_id(&span.trace_id)))
                            .collect();
                        hashes.sort_unstable();
                        hashes.dedup();
                        index_entries.extend(hashes.into_iter().map(|hash| (hash, index)));
                        state.records.push(RecordAt { inode: *inode, offset: (start + offset) as u64, len: len as u32 });
                    }
                    Err(FileError { incomplete: true, offset, .. }) => {
                        consumed = start + offset;
                        break;
                    }
                    Err(err) => state.problems.push(format!("{}: {err}", file.path.display())),
                }
            }
            let name = file.path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
            match state.files.iter_mut().find(|read| read.inode == *inode) {
                Some(read) => {
                    read.consumed = consumed as u64;
                    read.name = name;
                }
                None => state.files.push(Read { inode: *inode, name, consumed: consumed as u64 }),
            }
        }
        state.files.retain(|read| current.iter().any(|(inode, _)| *inode == read.inode));
        state.problems.truncate(100);
        index_entries.sort_unstable();
        let index: Vec<u8> =
            index_entries.iter().flat_map(|(hash, record)| hash.to_le_bytes().into_iter().chain(record.to_le_bytes())).collect();
        let _ = std::fs::create_dir_all(&self.dir).and_then(|()| std::fs::write(self.dir.join("traces.idx"), index));
        Ok((state, freshness, Some(store)))
    }

    /// The trace index: `(trace hash, record)` sorted by hash.
    fn index(&self) -> Option<Vec<(u64, u32)>> {
        let bytes = std::fs::read(self.dir.join("traces.idx")).ok()?;
        Some(
            bytes
                .chunks_exact(12)
                .map(|c| (u64::from_le_bytes(c[..8].try_into().unwrap_or([0; 8])), u32::from_le_bytes(c[8..].try_into().unwrap_or([0; 4]))))
                .collect(),
        )
    }

    /// The records that hold spans of `trace_id`, by the index (`None`: no index to ask).
    pub fn records_of(&self, state: &State, trace_id: &str) -> Option<Vec<RecordAt>> {
        let bytes = std::fs::read(self.dir.join("traces.idx")).ok()?;
        let hash = trace_hash(trace_id);
        let count = bytes.len() / 12;
        let key = |index: usize| u64::from_le_bytes(bytes[index * 12..index * 12 + 8].try_into().unwrap_or([0; 8]));
        // The first entry with this hash, by binary search over the sorted entries.
        let (mut low, mut high) = (0, count);
        while low < high {
            let middle = (low + high) / 2;
            if key(middle) < hash { low = middle + 1 } else { high = middle }
        }
        let mut found = Vec::new();
        while low < count && key(low) == hash {
            let record = u32::from_le_bytes(bytes[low * 12 + 8..low * 12 + 12].try_into().unwrap_or([0; 4]));
            found.extend(state.records.get(record as usize).cloned());
            low += 1;
        }
        Some(found)
    }

    /// Writes the store and its state; `false` when the folder cannot be written (the copy is then
    /// read into memory each time).
    pub fn save(&self, store: &Store, state: &State) -> bool {
        let written = (|| -> std::io::Result<()> {
            // The state goes first: a run cut between the two finds a state without a matching store and rebuilds.
            let _ = std::fs::remove_file(self.dir.join("state.json"));
            store.save(&self.store_dir())?;
            let text = serde_json::to_vec(state).map_err(std::io::Error::other)?;
            let temporary = self.dir.join("state.json.tmp");
            std::fs::write(&temporary, text)?;
            std::fs::rename(temporary, self.dir.join("state.json"))
        })();
        written.is_ok()
    }

    /// The columns `wanted` of `datasets` (slugs), from the cache.
    pub fn read(&self, datasets: Option<&[&str]>, wanted: Option<&[String]>, now: i64) -> CliResult<Store> {
        Store::load(&self.store_dir(), datasets, wanted, now)
            .map_err(|err| CliError::internal(format!("{}: {err}", self.store_dir().display())))
    }

    pub fn manifest(&self) -> Option<cruddur_engine::cache::Manifest> {
        Store::manifest(&self.store_dir()).ok()
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use cruddur_otlp::proto::{ExportTraceServiceRequest, KeyValue, Resource, ResourceSpans, ScopeSpans, Span};

    use super::*;
    use crate::traces::copy::proto_record;

    fn record(trace: u8, spans: u64) -> Vec<u8> {
        let spans = (0..spans)
            .map(|i| Span {
                trace_id: vec![trace; 16],
                span_id: (u64::from(trace) * 1000 + i + 1).to_be_bytes().to_vec(),
                name: "op".into(),
                start_time_unix_nano: 1_700_000_000_000_000_000,
                end_time_unix_nano: 1_700_000_000_001_000_000,
                ..Span::default()
            })
            .collect();
        proto_record(&ExportTraceServiceRequest {
            resource_spans: vec![ResourceSpans {
                resource: Some(Resource { attributes: vec![KeyValue::string("service.name", "svc")], dropped_attributes_count: 0 }),
                scope_spans: vec![ScopeSpans { scope: None, spans, schema_url: String::new() }],
                schema_url: String::new(),
            }],
        })
    }

    fn append(path: &std::path::Path, bytes: &[u8]) {
        std::fs::OpenOptions::new().create(true).append(true).open(path).unwrap().write_all(bytes).unwrap();
    }

    /// The cache follows the exporter: appends are read alone, a rotation's rename keeps the file's
    /// place, a record being written waits, a dropped file rebuilds; the index finds a trace's records.
    #[test]
    fn the_cache_follows_appends_rotations_and_deletions() {
        let dir = tempfile::tempdir().unwrap();
        let copy = LocalCopy { dir: dir.path().join(".cruddur-obs/traces") };
        std::fs::create_dir_all(&copy.dir).unwrap();
        let cache = Cache::of(&copy);
        let refresh = || {
            let (state, freshness, store) = cache.refresh(&copy, 1_700_000_100).unwrap();
            if let Some(store) = &store {
                assert!(cache.save(store, &state));
            }
            (state, freshness)
        };
        let current = copy.dir.join("traces.pb");
        append(&current, &record(1, 3));
        append(&current, &record(2, 2));
        let (state, freshness) = refresh();
        assert_eq!((state.spans, freshness), (5, Freshness::Rebuilt));
        assert_eq!(refresh().1, Freshness::Current);
        // Half a record: left for later.
        let third = record(3, 4);
        append(&current, &third[..10]);
        let (state, freshness) = refresh();
        assert_eq!((state.spans, freshness), (5, Freshness::Extended));
        append(&current, &third[10..]);
        assert_eq!(refresh().0.spans, 9);
        // Rotation: the full file is renamed aside, a new one started.
        std::fs::rename(&current, copy.dir.join("traces-2026-12-06T04-00-00.000.pb")).unwrap();
        append(&current, &record(4, 1));
        let (state, freshness) = refresh();
        assert_eq!((state.spans, freshness), (10, Freshness::Extended));
        let records = cache.records_of(&state, &"03".repeat(16)).unwrap();
        assert_eq!(records.len(), 1);
        assert_eq!(cache.records_of(&state, &"ff".repeat(16)).unwrap().len(), 0);
        let read = cache.read(None, Some(&["name".to_owned()]), 1_700_000_100).unwrap();
        assert_eq!(read.table("svc").unwrap().len(), 10);
        assert_eq!(read.table("svc").unwrap().columns().len(), 1, "only the columns asked for");
        // max_backups dropped the old file: its spans leave the cache.
        std::fs::remove_file(copy.dir.join("traces-2026-12-06T04-00-00.000.pb")).unwrap();
        let (state, freshness) = refresh();
        assert_eq!((state.spans, freshness), (1, Freshness::Rebuilt));
        assert!(copy.files().unwrap().iter().all(|file| !file.path.starts_with(&cache.dir)), "the cache is not part of the copy");
    }
}
