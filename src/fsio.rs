//! File writes that never leave a half-written file: write a temporary file beside the target, fsync,
//! rename over it (atomic-write-file), keeping the existing file's permissions. A write that would not
//! change the bytes is skipped, so re-running a command leaves files and their mtimes alone.
//!
//! And the rules for files the tool does not control:
//! - a file that holds a secret ([`is_private`] mode) is written through a temporary file that is 0600
//!   from its creation (unnamed on Linux until the rename, so a kill at any moment leaves either nothing
//!   or a 0600 leftover, which [`leftover_temporaries`] finds and the next write removes);
//! - right before each rename the target is read again: an editor's save since the plan was made is
//!   kept, and the write stops with a message;
//! - user files are read with [`read_text`]: regular files only (a FIFO, `/dev/zero` or a directory is
//!   refused without blocking), and no bigger than their kind allows ([`Limit`]);
//! - locks live where only the user can write, opened without following symlinks ([`lock`]).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// What a write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteOutcome {
    Created,
    Updated,
    Unchanged,
}

/// Whether `mode` keeps a file to its owner (how files holding secrets are written: 0600).
pub fn is_private(mode: u32) -> bool {
    mode & 0o077 == 0
}

/// Writes `contents` to `path` atomically unless it already holds exactly these bytes.
/// `new_file_mode` applies when the file does not exist yet (e.g. 0o600 for secrets); a private mode
/// (see [`is_private`]) applies to an existing file too, and to the temporary file from its creation.
pub fn write_if_changed(path: &Path, contents: &[u8], new_file_mode: Option<u32>) -> std::io::Result<WriteOutcome> {
    replace(path, Expect::WhatIsThere, contents, new_file_mode, false)
}

/// What the target must hold right before it is replaced.
enum Expect<'a> {
    /// Whatever was read at the start of this write (the window is that of one write).
    WhatIsThere,
    /// What the plan was made from (`None`: the file did not exist).
    Planned(Option<&'a [u8]>),
}

fn changed_error(path: &Path) -> std::io::Error {
    std::io::Error::other(format!("{}: changed while cruddur-obs was working; run it again", path.display()))
}

fn read_existing(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(err),
    }
}

fn replace(path: &Path, expect: Expect, contents: &[u8], mode: Option<u32>, replace_link: bool) -> std::io::Result<WriteOutcome> {
    // Editing through a symlink changes the target, not the link (unless the link is to be replaced).
    let link = std::fs::symlink_metadata(path).is_ok_and(|metadata| metadata.file_type().is_symlink());
    let path = if link && !replace_link {
        match std::fs::canonicalize(path) {
            Ok(resolved) => resolved,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => path.to_owned(),
            Err(err) => return Err(err),
        }
    } else {
        path.to_owned()
    };
    let existing = if link && replace_link { None } else { read_existing(&path)? };
    let expected: Option<Vec<u8>> = match expect {
        Expect::WhatIsThere => existing.clone(),
        Expect::Planned(before) => {
            if !(link && replace_link) && existing.as_deref() != before {
                return Err(changed_error(&path));
            }
            before.map(<[u8]>::to_vec)
        }
    };
    if !(link && replace_link) && existing.as_deref() == Some(contents) {
        return Ok(WriteOutcome::Unchanged);
    }
    remove_stale_temporaries(&path);
    let private = mode.is_some_and(is_private);
    let mut options = atomic_write_file::AtomicWriteFile::options();
    #[cfg(unix)]
    if let Some(mode) = mode.filter(|_| private) {
        use atomic_write_file::unix::OpenOptionsExt as _;
        use std::os::unix::fs::OpenOptionsExt as _;
        // Created with this mode (not the old file's, nor 0666 less the umask) before a byte is written.
        options.mode(mode);
        options.preserve_mode(false);
    }
    let mut file = options.open(&path)?;
    if let Some(mode) = mode
        && (existing.is_none() || private)
    {
        set_mode(file.as_file(), mode)?;
    }
    file.write_all(contents)?;
    // The bytes are on disk before the last look at the target, so the window between that look and
    // the rename is as short as it can be.
    file.as_file().sync_all()?;
    if !(link && replace_link) && read_existing(&path)? != expected {
        // Dropping `file` discards the temporary: the editor's save is what stays.
        return Err(changed_error(&path));
    }
    file.commit()?;
    Ok(if existing.is_some() || link { WriteOutcome::Updated } else { WriteOutcome::Created })
}

/// Whether `candidate` is atomic-write-file's temporary for a file named `name` (`.NAME.XXXXXX`).
fn is_temporary_of(candidate: &str, name: &str) -> bool {
    candidate
        .strip_prefix('.')
        .and_then(|rest| rest.strip_prefix(name))
        .and_then(|rest| rest.strip_prefix('.'))
        .is_some_and(|suffix| suffix.len() == 6 && suffix.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// A process killed while committing can leave atomic-write-file's temporary (`.NAME.XXXXXX`, six
/// letters or digits) beside the file; the next write of that file removes it.
fn remove_stale_temporaries(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|name| name.to_str())) else { return };
    let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(candidate) = file_name.to_str() else { continue };
        if is_temporary_of(candidate, name) || candidate.starts_with(PROBE_PREFIX) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The temporaries a killed write of `path` left beside it (see [`remove_stale_temporaries`]), for
/// `doctor` to name: each may hold what was being written (a key, for `.env`).
pub fn leftover_temporaries(path: &Path) -> Vec<PathBuf> {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|name| name.to_str())) else { return Vec::new() };
    let Ok(entries) = std::fs::read_dir(if dir.as_os_str().is_empty() { Path::new(".") } else { dir }) else { return Vec::new() };
    let mut found: Vec<PathBuf> = entries
        .flatten()
        .filter(|entry| entry.file_name().to_str().is_some_and(|candidate| is_temporary_of(candidate, name)))
        .map(|entry| entry.path())
        .collect();
    found.sort();
    found
}

const PROBE_PREFIX: &str = ".cruddur-obs-probe-";

/// How big a file of each kind may be: anything larger is refused unread (a real one is far smaller).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// docker-compose files: 16 MiB.
    Compose,
    /// `.env`, `.env.example`: 1 MiB.
    Dotenv,
    /// Sampling-rule files and query specs: 1 MiB.
    Rules,
    /// The config file: 1 MiB.
    Config,
    /// Markdown journals scanned for secrets: 4 MiB each.
    Journal,
    /// requirements.txt, app.py, package.json, .gitpod.yml, tracing.js and the like: 4 MiB.
    Source,
}

impl Limit {
    pub fn bytes(self) -> u64 {
        match self {
            Limit::Compose => 16 << 20,
            Limit::Dotenv | Limit::Rules | Limit::Config => 1 << 20,
            Limit::Journal | Limit::Source => 4 << 20,
        }
    }

    /// The kind of a workspace file, from its name: compose files, dotenv files, journals; anything
    /// else is a source file.
    pub fn for_path(path: &Path) -> Limit {
        let name = path.file_name().and_then(|name| name.to_str()).unwrap_or_default();
        if name.starts_with(".env") || name.ends_with(".env") {
            Limit::Dotenv
        } else if (name.ends_with(".yml") || name.ends_with(".yaml")) && name.contains("compose") {
            Limit::Compose
        } else if name.ends_with(".md") {
            Limit::Journal
        } else {
            Limit::Source
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Limit::Compose => "a compose file",
            Limit::Dotenv => "a dotenv file",
            Limit::Rules => "a rules or spec file",
            Limit::Config => "the config file",
            Limit::Journal => "a journal",
            Limit::Source => "a source file",
        }
    }
}

/// `n` bytes for messages: `32 MiB`, `1.5 KiB`, `12 bytes`.
pub fn size(n: u64) -> String {
    if n >= 1 << 20 {
        let mib = n as f64 / (1u64 << 20) as f64;
        if mib.fract() == 0.0 { format!("{mib:.0} MiB") } else { format!("{mib:.1} MiB") }
    } else if n >= 1 << 10 {
        format!("{:.1} KiB", n as f64 / 1024.0)
    } else {
        format!("{n} bytes")
    }
}

fn file_type_name(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    if file_type.is_dir() { "a directory" } else { "not a regular file" }
}

/// Reads a user's file: a regular file (a FIFO, a device or a directory is refused, and opening one
/// never blocks) of at most `limit`'s size. `NotFound` is passed through for callers that treat a
/// missing file as absent; every other refusal is `InvalidInput` with a message saying why.
pub fn read_bytes(path: &Path, limit: Limit) -> std::io::Result<Vec<u8>> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // A FIFO with no writer would block the open itself.
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    let metadata = file.metadata()?;
    let refuse = |why: String| std::io::Error::new(std::io::ErrorKind::InvalidInput, why);
    if !metadata.file_type().is_file() {
        return Err(refuse(format!("{}, not a regular file", file_type_name(&metadata.file_type()))));
    }
    let max = limit.bytes();
    let too_big = |at_least: u64| {
        refuse(format!("{} is over {}, the most {} may hold ({} here)", path.display(), size(max), limit.describe(), size(at_least)))
    };
    if metadata.len() > max {
        return Err(too_big(metadata.len()));
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    // The file may grow while it is read: never more than the limit.
    (&file).take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

/// [`read_bytes`] as UTF-8 text (`InvalidData` otherwise).
pub fn read_text(path: &Path, limit: Limit) -> std::io::Result<String> {
    String::from_utf8(read_bytes(path, limit)?).map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text"))
}

/// [`read_text`], with a missing (or unreadable) file as `None`: for files that are optional.
pub fn read_text_if_any(path: &Path, limit: Limit) -> Option<String> {
    read_text(path, limit).ok()
}

/// A workspace file, limited by its kind ([`Limit::for_path`]).
pub fn read_workspace_file(path: &Path) -> std::io::Result<String> {
    read_text(path, Limit::for_path(path))
}

/// Reads at most `limit`'s size from a stream (stdin), refusing more.
pub fn read_stream(reader: &mut dyn Read, limit: Limit) -> std::io::Result<String> {
    let max = limit.bytes();
    let mut bytes = Vec::new();
    reader.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("more than {}, the most {} may hold", size(max), limit.describe()),
        ));
    }
    String::from_utf8(bytes).map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text"))
}

/// Holds an exclusive lock named `name` (a file in `dir`, which must be the user's alone) until dropped.
/// The file is opened without following a symlink and must belong to the user, so no one else can
/// point it elsewhere or hold it to lock the user out.
pub fn lock(dir: &Path, name: &str) -> std::io::Result<std::fs::File> {
    create_private_dir(dir)?;
    check_private_dir(dir)?;
    let path = dir.join(name);
    let mut options = std::fs::OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW).mode(0o600);
    }
    let file = options.open(&path).map_err(|err| {
        std::io::Error::new(err.kind(), format!("{}: cannot open the lock file (a symlink is refused): {err}", path.display()))
    })?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let metadata = file.metadata()?;
        if metadata.uid() != current_uid() || !metadata.file_type().is_file() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                format!("{}: the lock file is not a file of yours; remove it", path.display()),
            ));
        }
    }
    file.lock()?;
    Ok(file)
}

#[cfg(unix)]
fn current_uid() -> u32 {
    // SAFETY: getuid has no preconditions and cannot fail.
    unsafe { libc::getuid() }
}

/// Creates `dir` (and its parents) with mode 0700 when it is missing.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Refuses a directory that someone else owns or can write into (they could replace what is in it).
pub fn check_private_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let metadata = std::fs::symlink_metadata(dir)?;
        let mode = metadata.mode();
        if !metadata.is_dir() || metadata.uid() != current_uid() || mode & 0o022 != 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                format!("{}: not a directory only you can write to (mode {:04o})", dir.display(), mode & 0o7777),
            ));
        }
    }
    Ok(())
}

/// The user's runtime directory (`XDG_RUNTIME_DIR`) when it is set and the user's alone.
pub fn runtime_dir(xdg_runtime_dir: Option<String>) -> Option<PathBuf> {
    let dir = PathBuf::from(xdg_runtime_dir.filter(|dir| !dir.is_empty())?);
    (dir.is_absolute() && check_private_dir(&dir).is_ok()).then_some(dir)
}

/// One file to write in [`write_all_or_none`].
pub struct PlannedWrite<'a> {
    pub path: &'a Path,
    /// The bytes the file had when the plan was made (`None`: it did not exist).
    pub before: Option<&'a [u8]>,
    pub after: &'a [u8],
    /// Mode for a new file, and enforced on an existing one (files holding secrets).
    pub mode: Option<u32>,
    /// `path` is a symlink to replace with a real file (its old target is left alone), not to write through.
    pub replace_link: bool,
}

/// Refuses before writing anything when a file cannot be written: it is read-only (the user's way of
/// saying "do not touch"), its directory cannot take the temporary file, or it changed since the plan.
fn preflight(write: &PlannedWrite) -> std::io::Result<()> {
    let denied = |why: &str| std::io::Error::new(std::io::ErrorKind::PermissionDenied, format!("{}: {why}", write.path.display()));
    match std::fs::metadata(write.path) {
        Ok(metadata) if metadata.permissions().readonly() => return Err(denied("the file is read-only")),
        Ok(_) => {}
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
        Err(err) => return Err(err),
    }
    let current = read_existing(write.path)?;
    if current.as_deref() != write.before {
        return Err(changed_error(write.path));
    }
    // A new file may go in a directory that does not exist yet (aws/json/): probe the nearest one that does.
    let mut dir = write.path.parent().filter(|dir| !dir.as_os_str().is_empty()).unwrap_or(Path::new("."));
    while !dir.exists() {
        dir = dir.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    }
    let probe = dir.join(format!("{PROBE_PREFIX}{}", std::process::id()));
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
        .map_err(|err| denied(&format!("cannot write in its directory ({err})")))?;
    std::fs::remove_file(&probe)
}

/// Writes every file or none: all are checked first, each is replaced atomically, and if one write still
/// fails the files already written are put back as they were (new files removed).
pub fn write_all_or_none(writes: &[PlannedWrite]) -> std::io::Result<Vec<WriteOutcome>> {
    for write in writes {
        preflight(write)?;
    }
    let mut outcomes = Vec::with_capacity(writes.len());
    let mut created_dirs = Vec::new();
    for (index, write) in writes.iter().enumerate() {
        // Each target is read again right before it is replaced: an editor's save since the plan stops the run.
        let result = create_parents(write.path, &mut created_dirs)
            .and_then(|()| replace(write.path, Expect::Planned(write.before), write.after, write.mode, write.replace_link))
            .and_then(|outcome| {
                if let Some(mode) = write.mode {
                    set_mode(&std::fs::File::open(write.path)?, mode)?;
                }
                Ok(outcome)
            });
        match result {
            Ok(outcome) => outcomes.push(outcome),
            Err(err) => {
                for done in writes[..index].iter().rev() {
                    // Best effort: the original error is what the user needs to see.
                    let _ = match done.before {
                        Some(bytes) => replace(done.path, Expect::Planned(Some(done.after)), bytes, None, false).map(|_| ()),
                        None => std::fs::remove_file(done.path),
                    };
                }
                for dir in created_dirs.iter().rev() {
                    let _ = std::fs::remove_dir(dir);
                }
                return Err(err);
            }
        }
    }
    Ok(outcomes)
}

/// Creates the missing directories above `path`, remembering them so a failed run can remove them again.
fn create_parents(path: &Path, created: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    let Some(parent) = path.parent().filter(|parent| !parent.as_os_str().is_empty()) else { return Ok(()) };
    let missing: Vec<&Path> = parent.ancestors().take_while(|dir| !dir.as_os_str().is_empty() && !dir.exists()).collect();
    for dir in missing.into_iter().rev() {
        std::fs::create_dir(dir)?;
        created.push(dir.to_owned());
    }
    Ok(())
}

#[cfg(unix)]
fn set_mode(file: &std::fs::File, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_file: &std::fs::File, _mode: u32) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creates_updates_and_skips_identical_writes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        assert_eq!(write_if_changed(&path, b"one", Some(0o600)).unwrap(), WriteOutcome::Created);
        assert_eq!(write_if_changed(&path, b"one", None).unwrap(), WriteOutcome::Unchanged);
        assert_eq!(write_if_changed(&path, b"two", None).unwrap(), WriteOutcome::Updated);
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
    }

    #[test]
    fn new_files_get_their_directories_and_a_refused_run_creates_none() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("aws/json/xray.json");
        let writes = [PlannedWrite { path: &nested, before: None, after: b"{}", mode: None, replace_link: false }];
        assert_eq!(write_all_or_none(&writes).unwrap(), [WriteOutcome::Created]);
        assert_eq!(std::fs::read(&nested).unwrap(), b"{}");

        // The second target is a directory: the run is refused before the first file or its directories exist.
        let other = dir.path().join("new/dir/file");
        let blocked = dir.path().join("blocked");
        std::fs::create_dir(&blocked).unwrap();
        let writes = [
            PlannedWrite { path: &other, before: None, after: b"x", mode: None, replace_link: false },
            PlannedWrite { path: &blocked, before: None, after: b"y", mode: None, replace_link: false },
        ];
        assert!(write_all_or_none(&writes).is_err());
        assert!(!dir.path().join("new").exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_file_stops_every_write() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let first = dir.path().join("a");
        let locked = dir.path().join("b");
        std::fs::write(&first, "a0").unwrap();
        std::fs::write(&locked, "b0").unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o444)).unwrap();
        let writes = [
            PlannedWrite { path: &first, before: Some(b"a0"), after: b"a1", mode: None, replace_link: false },
            PlannedWrite { path: &locked, before: Some(b"b0"), after: b"b1", mode: None, replace_link: false },
        ];
        let err = write_all_or_none(&writes).unwrap_err();
        assert!(err.to_string().contains("read-only"), "{err}");
        assert_eq!(std::fs::read(&first).unwrap(), b"a0");
        // A file changed since the plan is not overwritten either.
        std::fs::write(&first, "someone else").unwrap();
        let err = write_all_or_none(&writes[..1]).unwrap_err();
        assert!(err.to_string().contains("changed while"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn writes_through_symlinks_and_keeps_modes() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target.env");
        std::fs::write(&target, "A=1\n").unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join(".env");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert_eq!(write_if_changed(&link, b"A=2\n", Some(0o644)).unwrap(), WriteOutcome::Updated);
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(&target).unwrap(), b"A=2\n");
        assert_eq!(std::fs::metadata(&target).unwrap().permissions().mode() & 0o777, 0o640, "a mode for new files only");
        // A file that holds a secret is private whatever it was: the temporary is 0600 from the start.
        assert_eq!(write_if_changed(&link, b"A=3\n", Some(0o600)).unwrap(), WriteOutcome::Updated);
        assert_eq!(std::fs::metadata(&target).unwrap().permissions().mode() & 0o777, 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_can_be_replaced_by_a_file_instead() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("tracked.env");
        std::fs::write(&target, "A=1\n").unwrap();
        let link = dir.path().join(".env");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let writes = [PlannedWrite { path: &link, before: Some(b"A=1\n"), after: b"A=1\nKEY=s\n", mode: Some(0o600), replace_link: true }];
        assert_eq!(write_all_or_none(&writes).unwrap(), [WriteOutcome::Updated]);
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_file());
        assert_eq!(std::fs::read(&link).unwrap(), b"A=1\nKEY=s\n");
        assert_eq!(std::fs::read(&target).unwrap(), b"A=1\n", "the old target is left alone");
    }

    #[test]
    fn only_regular_files_within_their_limit_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join(".env");
        std::fs::write(&big, vec![b'#'; (Limit::Dotenv.bytes() + 1) as usize]).unwrap();
        let err = read_text(&big, Limit::Dotenv).unwrap_err();
        assert!(err.to_string().contains("over 1 MiB, the most a dotenv file may hold"), "{err}");
        assert_eq!(read_text(dir.path(), Limit::Dotenv).unwrap_err().to_string(), "a directory, not a regular file");
        #[cfg(unix)]
        {
            let err = read_text(Path::new("/dev/zero"), Limit::Dotenv).unwrap_err();
            assert_eq!(err.to_string(), "a character device, not a regular file");
        }
        assert_eq!(read_text(&dir.path().join("missing"), Limit::Dotenv).unwrap_err().kind(), std::io::ErrorKind::NotFound);
        assert_eq!(Limit::for_path(Path::new("docker-compose.yml")), Limit::Compose);
        assert_eq!(Limit::for_path(Path::new("backend/.env.example")), Limit::Dotenv);
        assert_eq!(Limit::for_path(Path::new("journal/week2.md")), Limit::Journal);
        assert_eq!(
            read_stream(&mut std::io::repeat(b'x').take(Limit::Rules.bytes() + 1), Limit::Rules).unwrap_err().kind(),
            std::io::ErrorKind::InvalidInput
        );
    }

    #[test]
    fn leftovers_are_found_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".env");
        for name in ["..env.Ab12Cd", "..env.short", ".env.Ab12Cd", "..env.Ab12Cd.x"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        assert_eq!(leftover_temporaries(&path), [dir.path().join("..env.Ab12Cd")]);
        write_if_changed(&path, b"A=1\n", Some(0o600)).unwrap();
        assert!(leftover_temporaries(&path).is_empty(), "the next write removes them");
    }
}
