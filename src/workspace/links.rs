//! A file that is to hold a secret (`.env`) may be a symlink. What matters is where the secret lands,
//! so the decision is made on the link's target, not on the link: a target outside the workspace (a
//! file of someone else's, or one `init` would chmod) or a file git tracks (the key would be committed
//! while `.env` itself looks ignored) is refused, with the reason. `init --replace-env-link` replaces
//! such a link with a real file instead (the old target is left as it is), and `doctor` checks the
//! target as `init` would.

use std::path::{Component, Path, PathBuf};

/// A symlinked secret file and what its target is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkTarget {
    /// The link, as the workspace names it.
    pub link: PathBuf,
    /// Where it points, resolved (it may not exist yet).
    pub target: PathBuf,
    /// The target is inside the workspace.
    pub inside: bool,
    /// Git tracks the target: what is written there is committed.
    pub tracked: bool,
}

impl LinkTarget {
    /// Why a secret must not be written through this link; `None` when the target is fine (inside the
    /// workspace and not tracked).
    pub fn refusal(&self, root: &Path) -> Option<String> {
        if !self.inside {
            Some(format!("which is outside the workspace ({})", self.target.display()))
        } else if self.tracked {
            let shown = self.target.strip_prefix(root).unwrap_or(&self.target);
            Some(format!("which git tracks ({}): the key would be committed", shown.display()))
        } else {
            None
        }
    }
}

/// Lexically resolves `.` and `..` (for a target that does not exist, which canonicalize refuses).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Where `link` points in the end: canonical when the target exists, else the last link's target
/// resolved against the canonical directory it would be in.
fn resolve(link: &Path) -> std::io::Result<PathBuf> {
    match std::fs::canonicalize(link) {
        Ok(target) => Ok(target),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            let mut current = link.to_owned();
            // A dangling chain: follow it by hand (at most 40 hops, as the kernel does).
            for _ in 0..40 {
                let points_to = match std::fs::read_link(&current) {
                    Ok(points_to) => points_to,
                    Err(_) => break,
                };
                let base = current.parent().unwrap_or(Path::new("/"));
                current = normalize(&base.join(points_to));
            }
            let parent = current.parent().map(|dir| std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_owned()));
            Ok(match (parent, current.file_name()) {
                (Some(parent), Some(name)) => parent.join(name),
                _ => current,
            })
        }
        Err(err) => Err(err),
    }
}

/// What the secret file at `path` links to, or `None` when it is no symlink (or does not exist).
/// `root` is the workspace, canonical; `repository`: what git says of it.
pub fn secret_file_link(root: &Path, path: &Path, repository: &super::git::Repository) -> Option<LinkTarget> {
    let metadata = std::fs::symlink_metadata(path).ok()?;
    if !metadata.file_type().is_symlink() {
        return None;
    }
    let target = resolve(path).unwrap_or_else(|_| path.to_owned());
    let inside = target.starts_with(root);
    let tracked = inside && super::git::file_state(repository, root, &target) == super::git::FileState::Tracked;
    Some(LinkTarget { link: path.to_owned(), target, inside, tracked })
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn the_target_decides() {
        let base = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(base.path()).unwrap().join("ws");
        std::fs::create_dir_all(root.join("config")).unwrap();
        let outside = root.parent().unwrap().join("outside.env");
        std::fs::write(&outside, "A=1\n").unwrap();

        let link = root.join(".env");
        assert_eq!(secret_file_link(&root, &link, &crate::workspace::git::Repository::None), None, "no file: nothing to decide");
        std::fs::write(&link, "A=1\n").unwrap();
        assert_eq!(secret_file_link(&root, &link, &crate::workspace::git::Repository::None), None, "a real file is no link");
        std::fs::remove_file(&link).unwrap();

        std::os::unix::fs::symlink(&outside, &link).unwrap();
        let found = secret_file_link(&root, &link, &crate::workspace::git::Repository::None).unwrap();
        assert!(!found.inside);
        assert!(found.refusal(&root).unwrap().contains("outside the workspace"));
        std::fs::remove_file(&link).unwrap();

        // Relative, through `..`, to a file that does not exist yet: still outside.
        std::os::unix::fs::symlink("config/../../elsewhere/new.env", &link).unwrap();
        let found = secret_file_link(&root, &link, &crate::workspace::git::Repository::None).unwrap();
        assert_eq!(found.target, root.parent().unwrap().join("elsewhere/new.env"));
        assert!(found.refusal(&root).is_some());
        std::fs::remove_file(&link).unwrap();

        // Inside and untracked: fine.
        std::os::unix::fs::symlink("config/dev.env", &link).unwrap();
        let found = secret_file_link(&root, &link, &crate::workspace::git::Repository::None).unwrap();
        assert!(found.inside && !found.tracked);
        assert_eq!(found.refusal(&root), None);
    }
}
