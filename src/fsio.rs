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
