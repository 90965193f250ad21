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

use super::copy::{CopyFile, LocalCopy, records};
use crate::error::{CliError, CliResult};

/// What the cache has read: per file (by inode), the bytes whose records it holds.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub version: u32,
    pub files: Vec<Read>,
    pub spans: u64,
    pub problems: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Read {
    pub inode: u64,
    pub name: String,
    pub consumed: u64,
}

const VERSION: u32 = 1;

fn inode(file: &CopyFile) -> u64 {
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
        let (mut store, mut state, freshness) = match previous {
            Some(state) if extendable => {
                let store = Store::load(&self.store_dir(), None, None, now)
                    .map_err(|err| CliError::internal(format!("{}: {err}", self.store_dir().display())))?;
                (store, state, Freshness::Extended)
            }
            _ => (Store::default(), State { version: VERSION, ..State::default() }, Freshness::Rebuilt),
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
            for record in records(&bytes[start..]) {
                match record {
                    Ok(request) => state.spans += store.write_spans(&request, now).spans,
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
        Ok((state, freshness, Some(store)))
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
