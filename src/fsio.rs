//! File writes that never leave a half-written file: write a temporary file beside the target, fsync,
//! rename over it (atomic-write-file), keeping the existing file's permissions. A write that would not
//! change the bytes is skipped, so re-running a command leaves files and their mtimes alone.

use std::io::Write;
use std::path::Path;

/// What a write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteOutcome {
    Created,
    Updated,
    Unchanged,
}

/// Writes `contents` to `path` atomically unless it already holds exactly these bytes.
/// `new_file_mode` applies only when the file does not exist yet (e.g. 0o600 for secrets).
pub fn write_if_changed(path: &Path, contents: &[u8], new_file_mode: Option<u32>) -> std::io::Result<WriteOutcome> {
    // Editing through a symlink must change the target, not replace the link with a file.
    let path = match std::fs::canonicalize(path) {
        Ok(resolved) => resolved,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => path.to_owned(),
        Err(err) => return Err(err),
    };
    let existing = match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
        Err(err) => return Err(err),
    };
    if existing.as_deref() == Some(contents) {
        return Ok(WriteOutcome::Unchanged);
    }
    remove_stale_temporaries(&path);
    let mut file = atomic_write_file::AtomicWriteFile::options().open(&path)?;
    if existing.is_none()
        && let Some(mode) = new_file_mode
    {
        set_mode(file.as_file(), mode)?;
    }
    file.write_all(contents)?;
    file.commit()?;
    Ok(if existing.is_some() { WriteOutcome::Updated } else { WriteOutcome::Created })
}

/// A process killed while committing can leave atomic-write-file's temporary (`.NAME.XXXXXX`, six
/// letters or digits) beside the file; the next write of that file removes it.
fn remove_stale_temporaries(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|name| name.to_str())) else { return };
    let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    let prefix = format!(".{name}.");
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(candidate) = file_name.to_str() else { continue };
        let stale_temporary =
            candidate.strip_prefix(&prefix).is_some_and(|suffix| suffix.len() == 6 && suffix.chars().all(|c| c.is_ascii_alphanumeric()));
        let stale_probe = candidate.starts_with(PROBE_PREFIX);
        if stale_temporary || stale_probe {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

const PROBE_PREFIX: &str = ".cruddur-obs-probe-";

/// One file to write in [`write_all_or_none`].
pub struct PlannedWrite<'a> {
    pub path: &'a Path,
    /// The bytes the file had when the plan was made (`None`: it did not exist).
    pub before: Option<&'a [u8]>,
    pub after: &'a [u8],
    /// Mode for a new file, and enforced on an existing one (files holding secrets).
    pub mode: Option<u32>,
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
    let current = match std::fs::read(write.path) {
        Ok(bytes) => Some(bytes),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
        Err(err) => return Err(err),
    };
    if current.as_deref() != write.before {
        return Err(std::io::Error::other(format!("{}: changed while cruddur-obs was working; run it again", write.path.display())));
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
        let result = create_parents(write.path, &mut created_dirs)
            .and_then(|()| write_if_changed(write.path, write.after, write.mode))
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
                        Some(bytes) => write_if_changed(done.path, bytes, None).map(|_| ()),
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
        let writes = [PlannedWrite { path: &nested, before: None, after: b"{}", mode: None }];
        assert_eq!(write_all_or_none(&writes).unwrap(), [WriteOutcome::Created]);
        assert_eq!(std::fs::read(&nested).unwrap(), b"{}");

        // The second target is a directory: the run is refused before the first file or its directories exist.
        let other = dir.path().join("new/dir/file");
        let blocked = dir.path().join("blocked");
        std::fs::create_dir(&blocked).unwrap();
        let writes = [
            PlannedWrite { path: &other, before: None, after: b"x", mode: None },
            PlannedWrite { path: &blocked, before: None, after: b"y", mode: None },
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
            PlannedWrite { path: &first, before: Some(b"a0"), after: b"a1", mode: None },
            PlannedWrite { path: &locked, before: Some(b"b0"), after: b"b1", mode: None },
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
        assert_eq!(write_if_changed(&link, b"A=2\n", Some(0o600)).unwrap(), WriteOutcome::Updated);
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(&target).unwrap(), b"A=2\n");
        assert_eq!(std::fs::metadata(&target).unwrap().permissions().mode() & 0o777, 0o640);
    }
}
