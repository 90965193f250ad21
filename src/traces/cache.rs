//! The columnar cache beside the collector's files (`.cruddur-obs/traces/.cache/`): the copy's events
//! as `cruddur-engine` stores them (see `cruddur_engine::cache`), and which bytes of which file they came
//! from. A query reads only the columns it names from it.
//!
//! The events are kept as segments, oldest first: folders `s<N>/`, each a store of its own (column by
//! column, each column with its own dictionary) with the trace index of its records (`traces.idx`),
//! read together at query time. Reading the copy writes a segment every [`SEGMENT_EVENTS`] events, so
//! a first read holds one segment in memory, not the copy. When the exporter has written more, only
//! the new records are read, into a new segment beside the others: extending costs what was written,
//! not what the cache holds. Small segments merge when [`MERGE_FAN_IN`] of one size class gather
//! (large ones never do), so a copy extended a thousand times still reads as a few dozen segments.
//! Files are known by inode, so rotation's renames keep their place; when a file the cache read is
//! gone (rotation dropped an old one) or shorter, the cache is rebuilt. `state.json` (written last,
//! atomically) names the segments: a run cut short leaves the previous state whole. A cache of another
//! version is rebuilt, not read. Without a writable folder the copy is read into memory each time.

use std::path::{Path, PathBuf};

use cruddur_engine::Store;
use cruddur_engine::cache::Manifest;
use cruddur_otlp::proto::ExportTraceServiceRequest;
use serde::{Deserialize, Serialize};

use super::copy::{CopyFile, LocalCopy, read_records};
use crate::error::{CliError, CliResult};

/// What the cache has read: per file (by inode), the bytes whose records it holds, and the segments
/// that hold their events.
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
    /// The segments, oldest first: their events, one after the other, are the copy's.
    #[serde(default)]
    pub segments: Vec<Segment>,
    /// The number of the next segment's folder.
    #[serde(default)]
    pub next_segment: u64,
    /// Segments the last run merged into another: the next run removes their folders (a query that
    /// read the state before the merge still finds them meanwhile).
    #[serde(default)]
    pub retired: Vec<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordAt {
    pub inode: u64,
    pub offset: u64,
    pub len: u32,
}

/// One segment of the cache: the folder `s<id>/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    pub id: u64,
    /// Events (rows of every dataset) it holds.
    pub events: u64,
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

/// The cache's format. 2: segments (1 kept one store, rewritten whole on every extension, and its
/// trace index hashed IDs with the hasher before its rotation).
pub const VERSION: u32 = 2;

/// Events per segment as the copy is read: what a first read holds in memory at once.
pub const SEGMENT_EVENTS: u64 = 500_000;

/// How many small segments of one size class merge into one.
pub const MERGE_FAN_IN: usize = 4;

/// The size class of a small segment: 0 below 3 × `unit` events, then one more for each ×4. Segments
/// of a quarter of the segment size or more are large and never merge (so a merge holds fewer events
/// in memory than a segment being read does).
fn size_class(events: u64, segment_events: u64) -> Option<u32> {
    let unit = (segment_events / 250).max(1);
    (events < segment_events / MERGE_FAN_IN as u64).then(|| (events / unit + 1).ilog(4))
}

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
    /// Events per segment ([`SEGMENT_EVENTS`]; tests make it small).
    pub segment_events: u64,
}

/// How the cache was brought up to date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Nothing new: read from the cache as it was.
    Current,
    /// New records were read into a new segment.
    Extended,
    /// Read from the files again (first use, a file it had read is gone, or a cache of another version).
    Rebuilt,
}

/// The cache brought up to date.
pub struct Refreshed {
    pub state: State,
    pub freshness: Freshness,
    /// The copy's events when the cache cannot be written: read into memory instead (the state then
    /// names no segment, and there is no trace index).
    pub memory: Option<Store>,
}

/// Events read and not written yet: the segment being filled.
#[derive(Default)]
struct Pending {
    store: Store,
    events: u64,
    /// `(trace hash, record)`.
    index: Vec<(u64, u32)>,
}

impl Pending {
    /// Adds a record's spans; returns how many.
    fn add(&mut self, request: &ExportTraceServiceRequest, record: u32, now: i64) -> u64 {
        let written = self.store.write_spans(request, now);
        self.events += written.events;
        let mut hashes: Vec<u64> = request
            .resource_spans
            .iter()
            .flat_map(|resource| &resource.scope_spans)
            .flat_map(|scope| &scope.spans)
            .map(|span| trace_hash(&cruddur_engine::spans::trace_id(&span.trace_id)))
            .collect();
        hashes.sort_unstable();
        hashes.dedup();
        self.index.extend(hashes.into_iter().map(|hash| (hash, record)));
        written.spans
    }
}

fn cache_error(path: &Path, err: impl std::fmt::Display) -> CliError {
    CliError::internal(format!("the cache {}: {err}", path.display()))
}

/// Whether the state has read every byte of every file (an empty file, as rotation starts one, it need
/// not know), and every file it read is still there.
fn up_to_date(state: &State, current: &[(u64, &CopyFile)]) -> bool {
    state.files.iter().all(|read| current.iter().any(|(inode, _)| *inode == read.inode))
        && current.iter().all(|(inode, file)| {
            state.files.iter().find(|read| read.inode == *inode).map_or(file.bytes == 0, |read| read.consumed == file.bytes)
        })
}

/// Reads what the files hold past what `state` has read: each complete record to `add` (with its
/// number in `state.records`, which it joins), each unreadable one to the state's problems.
fn read_new(
    state: &mut State,
    current: &[(u64, &CopyFile)],
    mut add: impl FnMut(&ExportTraceServiceRequest, u32) -> CliResult<u64>,
) -> CliResult<()> {
    for (inode, file) in current {
        let from = state.files.iter().find(|read| read.inode == *inode).map_or(0, |read| read.consumed);
        if from >= file.bytes {
            continue;
        }
        let json = (from > 0).then(|| state.json.contains(inode));
        let mut failed = None;
        let read = read_records(&file.path, from, json, |(offset, len), record| {
            if failed.is_some() {
                return;
            }
            match record {
                Ok(request) => {
                    let number = state.records.len() as u32;
                    match add(&request, number) {
                        Ok(spans) => state.spans += spans,
                        Err(err) => failed = Some(err),
                    }
                    state.records.push(RecordAt { inode: *inode, offset, len: len as u32 });
                }
                Err(err) => state.problems.push(format!("{}: {err}", file.path.display())),
            }
        });
        if let Some(err) = failed {
            return Err(err);
        }
        let read = match read {
            Ok(read) => read,
            // Rotated away between the listing and the read: its records are in the renamed file.
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => continue,
            Err(err) => return Err(CliError::invalid_input(format!("{}: {err}", file.path.display()))),
        };
        if read.json && !state.json.contains(inode) {
            state.json.push(*inode);
        }
        let name = file.path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
        match state.files.iter_mut().find(|known| known.inode == *inode) {
            Some(known) => {
                known.consumed = read.consumed;
                known.name = name;
            }
            None => state.files.push(Read { inode: *inode, name, consumed: read.consumed }),
        }
    }
    state.files.retain(|read| current.iter().any(|(inode, _)| *inode == read.inode));
    state.problems.truncate(100);
    Ok(())
}

/// Writes a trace index, `(trace hash, record)` sorted by hash, 12 bytes an entry.
fn write_index(dir: &Path, mut entries: Vec<(u64, u32)>) -> std::io::Result<()> {
    entries.sort_unstable();
    let bytes: Vec<u8> = entries.iter().flat_map(|(hash, record)| hash.to_le_bytes().into_iter().chain(record.to_le_bytes())).collect();
    write_atomically(&dir.join("traces.idx"), &bytes)
}

fn read_index(dir: &Path) -> std::io::Result<Vec<(u64, u32)>> {
    let bytes = std::fs::read(dir.join("traces.idx"))?;
    Ok(bytes
        .chunks_exact(12)
        .map(|c| (u64::from_le_bytes(c[..8].try_into().unwrap_or([0; 8])), u32::from_le_bytes(c[8..].try_into().unwrap_or([0; 4]))))
        .collect())
}

/// The numbers of the segment folders (`s<N>`) in `dir`.
fn segment_folders(dir: &Path) -> Vec<u64> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.strip_prefix('s')?.parse().ok())
        .filter(|id: &u64| dir.join(format!("s{id}")).is_dir())
        .collect()
}

fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let temporary = path.with_extension("tmp");
    std::fs::write(&temporary, bytes)?;
    std::fs::rename(temporary, path)
}

impl Cache {
    pub fn of(copy: &LocalCopy) -> Cache {
        Cache { dir: copy.dir.join(".cache"), segment_events: SEGMENT_EVENTS }
    }

    fn segment_dir(&self, id: u64) -> PathBuf {
        self.dir.join(format!("s{id}"))
    }

    /// The folders of the state's segments, oldest first.
    pub fn segment_dirs(&self, state: &State) -> Vec<PathBuf> {
        state.segments.iter().map(|segment| self.segment_dir(segment.id)).collect()
    }

    /// The state, if it is of this version and its segments are there.
    fn state(&self) -> Option<State> {
        let state: State = serde_json::from_slice(&std::fs::read(self.dir.join("state.json")).ok()?).ok()?;
        (state.version == VERSION && state.segments.iter().all(|segment| self.segment_dir(segment.id).join("manifest.json").is_file()))
            .then_some(state)
    }

    /// Brings the cache up to date with the copy's files: what the exporter wrote since goes into a new
    /// segment (or, when the cache cannot be extended, every file into new segments), small segments
    /// merge, and the state is written.
    pub fn refresh(&self, copy: &LocalCopy, now: i64) -> CliResult<Refreshed> {
        let files = copy.files()?;
        let current: Vec<(u64, &CopyFile)> = files.iter().map(|file| (inode(file), file)).collect();
        if let Some(state) = self.state()
            && up_to_date(&state, &current)
        {
            return Ok(Refreshed { state, freshness: Freshness::Current, memory: None });
        }
        // One writer at a time (a query and `trace show` at once); the state is read again under the lock.
        let Some(_lock) = self.lock() else {
            let mut pending = Pending::default();
            let mut state = State { version: VERSION, ..State::default() };
            read_new(&mut state, &current, |request, record| Ok(pending.add(request, record, now)))?;
            return Ok(Refreshed { state, freshness: Freshness::Rebuilt, memory: Some(pending.store) });
        };
        let previous = self.state();
        if let Some(state) = previous.clone()
            && up_to_date(&state, &current)
        {
            return Ok(Refreshed { state, freshness: Freshness::Current, memory: None });
        }
        let extendable = previous.as_ref().is_some_and(|state| {
            state.files.iter().all(|read| current.iter().any(|(inode, file)| *inode == read.inode && file.bytes >= read.consumed))
        });
        let (mut state, freshness) = match previous {
            Some(state) if extendable => (state, Freshness::Extended),
            _ => {
                self.clear();
                (State { version: VERSION, next_segment: 1, ..State::default() }, Freshness::Rebuilt)
            }
        };
        let retiring = std::mem::take(&mut state.retired);
        let mut next_id = state.next_segment.max(1);
        let mut written = Vec::new();
        let mut pending = Pending::default();
        read_new(&mut state, &current, |request, record| {
            let spans = pending.add(request, record, now);
            if pending.events >= self.segment_events {
                written.push(self.write_segment(&mut next_id, std::mem::take(&mut pending))?);
            }
            Ok(spans)
        })?;
        if pending.events > 0 || !pending.index.is_empty() {
            written.push(self.write_segment(&mut next_id, pending)?);
        }
        state.segments.extend(written);
        state.next_segment = next_id;
        self.compact(&mut state, now)?;
        self.write_state(&state)?;
        // Merged away by the previous run (no query reads them any more), or left by a run cut short.
        for id in segment_folders(&self.dir) {
            if retiring.contains(&id)
                || !state.segments.iter().map(|segment| segment.id).chain(state.retired.iter().copied()).any(|known| known == id)
            {
                let _ = std::fs::remove_dir_all(self.segment_dir(id));
            }
        }
        Ok(Refreshed { state, freshness, memory: None })
    }

    /// The cache folder, created and locked for this process (until the file is dropped); `None` when
    /// it cannot be written.
    fn lock(&self) -> Option<std::fs::File> {
        std::fs::create_dir_all(&self.dir).ok()?;
        let file = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(self.dir.join("lock")).ok()?;
        file.lock().ok()?;
        Some(file)
    }

    /// Removes what the cache held (of any version), before the copy is read again.
    fn clear(&self) {
        let _ = std::fs::remove_file(self.dir.join("state.json"));
        // Version 1's single store and index.
        let _ = std::fs::remove_dir_all(self.dir.join("store"));
        let _ = std::fs::remove_file(self.dir.join("traces.idx"));
        for id in segment_folders(&self.dir) {
            let _ = std::fs::remove_dir_all(self.segment_dir(id));
        }
    }

    /// Writes `pending` as segment `next_id` (then counts on).
    fn write_segment(&self, next_id: &mut u64, pending: Pending) -> CliResult<Segment> {
        let id = *next_id;
        *next_id += 1;
        let dir = self.segment_dir(id);
        // A folder of a number the state has not given out yet is left from a run cut short.
        let _ = std::fs::remove_dir_all(&dir);
        pending.store.save(&dir).map_err(|err| cache_error(&dir, err))?;
        write_index(&dir, pending.index).map_err(|err| cache_error(&dir, err))?;
        Ok(Segment { id, events: pending.events })
    }

    /// Merges small segments: while [`MERGE_FAN_IN`] neighbours are of one size class, they become
    /// one (their events in order, their trace indexes together); the merged ones are retired.
    fn compact(&self, state: &mut State, now: i64) -> CliResult<()> {
        loop {
            let classes: Vec<Option<u32>> = state.segments.iter().map(|segment| size_class(segment.events, self.segment_events)).collect();
            let Some(first) = (0..classes.len().saturating_sub(MERGE_FAN_IN - 1))
                .rev()
                .find(|&at| classes[at].is_some() && classes[at..at + MERGE_FAN_IN].iter().all(|class| *class == classes[at]))
            else {
                return Ok(());
            };
            let merging: Vec<Segment> = state.segments[first..first + MERGE_FAN_IN].to_vec();
            let dirs: Vec<PathBuf> = merging.iter().map(|segment| self.segment_dir(segment.id)).collect();
            let mut pending = Pending {
                store: Store::load_segments(&dirs, None, None, now).map_err(|err| cache_error(&self.dir, err))?,
                events: merging.iter().map(|segment| segment.events).sum(),
                index: Vec::new(),
            };
            for dir in &dirs {
                pending.index.extend(read_index(dir).map_err(|err| cache_error(dir, err))?);
            }
            let mut next_id = state.next_segment;
            let merged = self.write_segment(&mut next_id, pending)?;
            state.next_segment = next_id;
            state.segments.splice(first..first + MERGE_FAN_IN, [merged]);
            state.retired.extend(merging.iter().map(|segment| segment.id));
        }
    }

    fn write_state(&self, state: &State) -> CliResult<()> {
        let text = serde_json::to_vec(state).map_err(|err| CliError::internal(err.to_string()))?;
        let path = self.dir.join("state.json");
        write_atomically(&path, &text).map_err(|err| cache_error(&path, err))
    }

    /// The records that hold spans of `trace_id`, by the segments' trace indexes (`None`: no index to
    /// ask, as when the cache could not be written).
    pub fn records_of(&self, state: &State, trace_id: &str) -> Option<Vec<RecordAt>> {
        if state.segments.is_empty() && !state.records.is_empty() {
            return None;
        }
        let hash = trace_hash(trace_id);
        let mut found = Vec::new();
        for dir in self.segment_dirs(state) {
            let bytes = std::fs::read(dir.join("traces.idx")).ok()?;
            let count = bytes.len() / 12;
            let key = |index: usize| u64::from_le_bytes(bytes[index * 12..index * 12 + 8].try_into().unwrap_or([0; 8]));
            // The first entry with this hash, by binary search over the sorted entries.
            let (mut low, mut high) = (0, count);
            while low < high {
                let middle = (low + high) / 2;
                if key(middle) < hash { low = middle + 1 } else { high = middle }
            }
            while low < count && key(low) == hash {
                let record = u32::from_le_bytes(bytes[low * 12 + 8..low * 12 + 12].try_into().unwrap_or([0; 4]));
                found.extend(state.records.get(record as usize).cloned());
                low += 1;
            }
        }
        Some(found)
    }

    /// The columns `wanted` of `datasets` (slugs), from the state's segments.
    pub fn read(&self, state: &State, datasets: Option<&[&str]>, wanted: Option<&[String]>, now: i64) -> CliResult<Store> {
        Store::load_segments(&self.segment_dirs(state), datasets, wanted, now).map_err(|err| cache_error(&self.dir, err))
    }

    /// What the state's segments hold together: per dataset, its rows and columns.
    pub fn manifest(&self, state: &State) -> Option<Manifest> {
        let mut manifest = Manifest::default();
        for dir in self.segment_dirs(state) {
            manifest.merge(Store::manifest(&dir).ok()?);
        }
        Some(manifest)
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

    fn refresh(cache: &Cache, copy: &LocalCopy) -> (State, Freshness) {
        let refreshed = cache.refresh(copy, 1_700_000_100).unwrap();
        assert!(refreshed.memory.is_none(), "the cache is written");
        (refreshed.state, refreshed.freshness)
    }

    fn setup() -> (tempfile::TempDir, LocalCopy, Cache) {
        let dir = tempfile::tempdir().unwrap();
        let copy = LocalCopy { dir: dir.path().join(".cruddur-obs/traces") };
        std::fs::create_dir_all(&copy.dir).unwrap();
        let cache = Cache::of(&copy);
        (dir, copy, cache)
    }

    /// Events in the cache, per the segments read together.
    fn events(cache: &Cache, state: &State) -> usize {
        cache.read(state, None, Some(&["name".to_owned()]), 1_700_000_100).unwrap().table("svc").map_or(0, |table| table.len())
    }

    /// The cache follows the exporter: appends are read alone, a rotation's rename keeps the file's
    /// place, a record being written waits, a dropped file rebuilds; the index finds a trace's records.
    #[test]
    fn the_cache_follows_appends_rotations_and_deletions() {
        let (_dir, copy, cache) = setup();
        let current = copy.dir.join("traces.pb");
        append(&current, &record(1, 3));
        append(&current, &record(2, 2));
        let (state, freshness) = refresh(&cache, &copy);
        assert_eq!((state.spans, freshness, state.segments.len()), (5, Freshness::Rebuilt, 1));
        assert_eq!(refresh(&cache, &copy).1, Freshness::Current);
        // Half a record: left for later.
        let third = record(3, 4);
        append(&current, &third[..10]);
        let (state, freshness) = refresh(&cache, &copy);
        assert_eq!((state.spans, freshness), (5, Freshness::Extended));
        append(&current, &third[10..]);
        assert_eq!(refresh(&cache, &copy).0.spans, 9);
        // Rotation: the full file is renamed aside, a new one started.
        std::fs::rename(&current, copy.dir.join("traces-2026-12-06T04-00-00.000.pb")).unwrap();
        std::fs::File::create(&current).unwrap();
        assert_eq!(refresh(&cache, &copy).1, Freshness::Current, "renamed and an empty new file: nothing to read");
        append(&current, &record(4, 1));
        let (state, freshness) = refresh(&cache, &copy);
        assert_eq!((state.spans, freshness), (10, Freshness::Extended));
        assert_eq!(state.segments.len(), 3, "each extension is a segment of its own");
        let records = cache.records_of(&state, &"03".repeat(16)).unwrap();
        assert_eq!(records.len(), 1);
        assert_eq!(cache.records_of(&state, &"01".repeat(16)).unwrap().len(), 1);
        assert_eq!(cache.records_of(&state, &"ff".repeat(16)).unwrap().len(), 0);
        let read = cache.read(&state, None, Some(&["name".to_owned()]), 1_700_000_100).unwrap();
        assert_eq!(read.table("svc").unwrap().len(), 10);
        assert_eq!(read.table("svc").unwrap().columns().len(), 1, "only the columns asked for");
        assert_eq!(cache.manifest(&state).unwrap().datasets[0].rows, 10);
        // max_backups dropped the old file: its spans leave the cache.
        std::fs::remove_file(copy.dir.join("traces-2026-12-06T04-00-00.000.pb")).unwrap();
        let (state, freshness) = refresh(&cache, &copy);
        assert_eq!((state.spans, freshness, state.segments.len()), (1, Freshness::Rebuilt, 1));
        assert_eq!(events(&cache, &state), 1);
        assert!(copy.files().unwrap().iter().all(|file| !file.path.starts_with(&cache.dir)), "the cache is not part of the copy");
        let folders: Vec<String> = std::fs::read_dir(&cache.dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.starts_with('s') && name != "state.json")
            .collect();
        assert_eq!(folders, [format!("s{}", state.segments[0].id)], "a rebuild leaves no old segment");
    }

    /// Extending writes only the new segment: the existing ones are not rewritten.
    #[test]
    fn an_extension_writes_a_segment_beside_the_others_untouched() {
        let (_dir, copy, cache) = setup();
        let current = copy.dir.join("traces.pb");
        append(&current, &record(1, 3));
        let (state, _) = refresh(&cache, &copy);
        let first = cache.segment_dir(state.segments[0].id);
        let stamp = |dir: &Path| std::fs::metadata(dir.join("manifest.json")).unwrap().modified().unwrap();
        let before = stamp(&first);
        std::thread::sleep(std::time::Duration::from_millis(20));
        append(&current, &record(2, 2));
        let (state, freshness) = refresh(&cache, &copy);
        assert_eq!((freshness, state.segments.len(), state.spans), (Freshness::Extended, 2, 5));
        assert_eq!(stamp(&first), before, "the first segment is not written again");
        assert_eq!(events(&cache, &state), 5);
    }

    /// A first read writes a segment each `segment_events` events, and the segments read back as one
    /// store whose events are the copy's, in order.
    #[test]
    fn a_large_first_read_is_written_as_segments() {
        let (_dir, copy, mut cache) = setup();
        cache.segment_events = 4;
        let current = copy.dir.join("traces.pb");
        for trace in 1..=5 {
            append(&current, &record(trace, 3));
        }
        let (state, _) = refresh(&cache, &copy);
        // 6 events a segment (two records of 3 spans reach 4), then the last record's 3.
        assert_eq!(state.segments.iter().map(|segment| segment.events).collect::<Vec<_>>(), [6, 6, 3]);
        let store = cache.read(&state, None, None, 1_700_000_100).unwrap();
        let table = store.table("svc").unwrap();
        assert_eq!(table.len(), 15);
        let ids: Vec<String> =
            (0..15).map(|row| table.row_json(row, store.strings())["trace.trace_id"].as_str().unwrap()[..2].to_owned()).collect();
        assert_eq!(ids, ["01", "01", "01", "02", "02", "02", "03", "03", "03", "04", "04", "04", "05", "05", "05"]);
        for trace in 1..=5u8 {
            assert_eq!(cache.records_of(&state, &format!("{trace:02x}").repeat(16)).unwrap().len(), 1);
        }
    }

    /// Many small extensions merge: the segments stay few, the events and the index whole, and the
    /// merged folders go once no query can be reading them (the run after).
    #[test]
    fn small_segments_merge() {
        let (_dir, copy, mut cache) = setup();
        cache.segment_events = 1000;
        let current = copy.dir.join("traces.pb");
        let mut most = 0;
        for trace in 1..=40u8 {
            append(&current, &record(trace, 1));
            let (state, _) = refresh(&cache, &copy);
            most = most.max(state.segments.len());
            assert_eq!(events(&cache, &state), usize::from(trace));
            for retired in &state.retired {
                assert!(cache.segment_dir(*retired).is_dir(), "kept for a query that read the state before");
            }
        }
        let (state, _) = refresh(&cache, &copy);
        assert_eq!(state.spans, 40);
        assert!(most < 8, "{most} segments at most");
        assert!(state.segments.len() < 8, "{:?}", state.segments);
        for trace in 1..=40u8 {
            assert_eq!(cache.records_of(&state, &format!("{trace:02x}").repeat(16)).unwrap().len(), 1, "trace {trace}");
        }
        append(&current, &record(41, 1));
        let (state, _) = refresh(&cache, &copy);
        let on_disk = std::fs::read_dir(&cache.dir).unwrap().filter(|entry| entry.as_ref().unwrap().file_type().unwrap().is_dir()).count();
        assert_eq!(on_disk, state.segments.len() + state.retired.len(), "older merged folders are gone");
        // A segment written by a run cut short before its state: the next run that writes removes it.
        let orphan = cache.segment_dir(state.next_segment + 5);
        std::fs::create_dir_all(&orphan).unwrap();
        append(&current, &record(42, 1));
        let (state, _) = refresh(&cache, &copy);
        assert!(!orphan.exists());
        assert_eq!(events(&cache, &state), 42);
    }

    /// A cache of another version (version 1: one store, rewritten on each extension) is rebuilt, and
    /// its files go; a segment the state names that is missing rebuilds too.
    #[test]
    fn a_cache_of_another_version_is_rebuilt() {
        let (_dir, copy, cache) = setup();
        append(&copy.dir.join("traces.pb"), &record(1, 2));
        std::fs::create_dir_all(cache.dir.join("store")).unwrap();
        std::fs::write(cache.dir.join("store/manifest.json"), r#"{"datasets":[]}"#).unwrap();
        std::fs::write(cache.dir.join("traces.idx"), [0u8; 12]).unwrap();
        let old = serde_json::json!({"version": 1, "files": [], "spans": 0, "problems": [], "records": []});
        std::fs::write(cache.dir.join("state.json"), old.to_string()).unwrap();
        let (state, freshness) = refresh(&cache, &copy);
        assert_eq!((state.version, freshness, state.spans), (VERSION, Freshness::Rebuilt, 2));
        assert!(!cache.dir.join("store").exists() && !cache.dir.join("traces.idx").exists());
        assert_eq!(events(&cache, &state), 2);
        std::fs::remove_dir_all(cache.segment_dir(state.segments[0].id)).unwrap();
        let (state, freshness) = refresh(&cache, &copy);
        assert_eq!((freshness, events(&cache, &state)), (Freshness::Rebuilt, 2));
    }

    /// Where the cache cannot be written (here a file stands where its folder would be), the copy is
    /// read into memory, and there is no index to ask.
    #[test]
    fn without_a_writable_folder_the_copy_is_read_into_memory() {
        let (_dir, copy, cache) = setup();
        append(&copy.dir.join("traces.pb"), &record(1, 2));
        std::fs::write(&cache.dir, "not a folder").unwrap();
        let refreshed = cache.refresh(&copy, 1_700_000_100).unwrap();
        assert_eq!((refreshed.freshness, refreshed.state.spans), (Freshness::Rebuilt, 2));
        assert_eq!(refreshed.memory.unwrap().table("svc").unwrap().len(), 2);
        assert_eq!(cache.records_of(&refreshed.state, &"01".repeat(16)), None);
    }
}
