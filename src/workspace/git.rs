//! What git thinks of the workspace's files, asked of git itself (`git ls-files`, `git check-ignore`) as a
//! child process: reading `.gitignore` by hand gets negations, parent directories, `core.excludesFile`
//! and tracked files wrong, and a tracked file is not protected by any ignore rule.
//!
//! Outside a repository nothing is tracked and nothing needs ignoring. Without a git binary in a
//! directory that has a `.git`, the answers are guesses from the `.gitignore` files, and say so.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Whether the workspace is in a git repository, as git says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Repository {
    /// Not inside a work tree (or git says so for another reason, e.g. an unsafe owner).
    None,
    /// Inside a work tree whose top is here.
    At(PathBuf),
    /// A `.git` is here or above, but there is no `git` to ask: answers are guessed from `.gitignore`.
    NoGit,
}

/// How git sees one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileState {
    /// Not in a repository.
    Outside,
    /// In the index: committed (or staged), whatever the ignore rules say.
    Tracked,
    /// Untracked and matched by an ignore rule.
    Ignored,
    /// Untracked and not ignored: the next `git add .` takes it.
    Untracked,
    /// git is not installed; the `.gitignore` files were read for the usual spellings, and this one is
    /// ignored (`true`) or not. Whether it is tracked is unknown.
    Guessed { ignored: bool },
}

impl FileState {
    /// A secret may be written to the file: no commit takes it.
    pub fn safe_for_secrets(self) -> bool {
        matches!(self, FileState::Outside | FileState::Ignored | FileState::Guessed { ignored: true })
    }
}

fn git(dir: &Path) -> Command {
    let mut command = Command::new("git");
    // GIT_OPTIONAL_LOCKS=0: a read must not take the index lock another git in the workspace may hold.
    command.arg("-C").arg(dir).env("GIT_OPTIONAL_LOCKS", "0").stdin(Stdio::null());
    command
}

/// Asks git where the work tree containing `dir` starts.
pub fn repository(dir: &Path) -> Repository {
    match git(dir).args(["rev-parse", "--show-toplevel"]).stderr(Stdio::null()).output() {
        Ok(output) if output.status.success() => {
            let top = String::from_utf8_lossy(&output.stdout).trim_end_matches(['\n', '\r']).to_owned();
            Repository::At(PathBuf::from(top))
        }
        Ok(_) => Repository::None,
        Err(_) if dir.ancestors().any(|ancestor| ancestor.join(".git").exists()) => Repository::NoGit,
        Err(_) => Repository::None,
    }
}

/// How git sees `path` (a file in the work tree under `dir`; it need not exist).
pub fn file_state(repository: &Repository, dir: &Path, path: &Path) -> FileState {
    match repository {
        Repository::None => FileState::Outside,
        Repository::NoGit => FileState::Guessed { ignored: guessed_ignored(dir, path) },
        Repository::At(_) => {
            let tracked = git(dir)
                .args(["ls-files", "--error-unmatch", "--"])
                .arg(path)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|status| status.success());
            if tracked {
                return FileState::Tracked;
            }
            // --no-index: the rules alone, so the answer does not depend on the index.
            let ignored = git(dir)
                .args(["check-ignore", "--no-index", "-q", "--"])
                .arg(path)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|status| status.code() == Some(0));
            if ignored { FileState::Ignored } else { FileState::Untracked }
        }
    }
}

/// Of `paths`, the ones git ignores (one `git check-ignore` for all of them). Tracked files are never
/// reported ignored (their changes are committed).
pub fn ignored_of(repository: &Repository, dir: &Path, paths: &[PathBuf]) -> Vec<PathBuf> {
    match repository {
        Repository::None => Vec::new(),
        Repository::NoGit => paths.iter().filter(|path| guessed_ignored(dir, path)).cloned().collect(),
        Repository::At(_) if paths.is_empty() => Vec::new(),
        Repository::At(_) => git(dir)
            .args(["check-ignore", "--"])
            .args(paths)
            .stderr(Stdio::null())
            .output()
            .map(|output| String::from_utf8_lossy(&output.stdout).lines().map(|line| dir.join(line)).collect())
            .unwrap_or_default(),
    }
}

/// Without git: whether a `.gitignore` in the file's directory or above (up to the repository's top)
/// names it with one of the usual spellings (`.env`, `/.env`, `.env*`, `*.env`, ...), and no later
/// `!` line takes it back.
fn guessed_ignored(dir: &Path, path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|name| name.to_str()) else { return false };
    let start = path.parent().unwrap_or(dir);
    let mut ignored = false;
    let mut levels: Vec<&Path> = Vec::new();
    for ancestor in start.ancestors() {
        levels.push(ancestor);
        if ancestor.join(".git").exists() {
            break;
        }
    }
    // Outermost first: a deeper .gitignore overrides a shallower one.
    for level in levels.iter().rev() {
        let Ok(text) = crate::fsio::read_workspace_file(&level.join(".gitignore")) else { continue };
        for line in text.lines().map(str::trim) {
            let (negated, pattern) = match line.strip_prefix('!') {
                Some(rest) => (true, rest),
                None => (false, line),
            };
            let anchored_here = *level == start;
            if pattern_names(pattern, name, anchored_here) {
                ignored = !negated;
            }
        }
    }
    ignored
}

/// A `.gitignore` pattern matching a file by name: `name`, `/name` (only in its own directory), `name*`
/// style prefixes and `*suffix` style suffixes; `**/name`.
fn pattern_names(pattern: &str, name: &str, anchored_here: bool) -> bool {
    if pattern.is_empty() || pattern.starts_with('#') {
        return false;
    }
    let (anchored, pattern) = match pattern.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, pattern.strip_prefix("**/").unwrap_or(pattern)),
    };
    if anchored && !anchored_here || pattern.contains('/') {
        return false;
    }
    // The shapes `.gitignore`s use for a file name: exact, one `*` (a prefix, a suffix, or both), or `*`.
    match pattern.split_once('*') {
        None => pattern == name,
        Some((before, after)) if !after.contains('*') => {
            name.len() >= before.len() + after.len() && name.starts_with(before) && name.ends_with(after)
        }
        Some(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_usual_gitignore_spellings_are_guessed() {
        for pattern in [".env", "/.env", ".env*", "*.env", "**/.env", "*"] {
            assert!(pattern_names(pattern, ".env", true), "{pattern}");
        }
        assert!(!pattern_names("/.env", ".env", false), "anchored to another directory");
        assert!(!pattern_names("env", ".env", true));
        assert!(!pattern_names("# .env", ".env", true));
    }

    #[test]
    fn without_git_the_gitignore_files_are_read_negations_included() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join(".git")).unwrap();
        std::fs::create_dir(dir.path().join("app")).unwrap();
        std::fs::write(dir.path().join(".gitignore"), "*.env\n.env\n").unwrap();
        assert!(guessed_ignored(dir.path(), &dir.path().join("app/.env")), "a parent rule");
        std::fs::write(dir.path().join("app/.gitignore"), "!.env\n").unwrap();
        assert!(!guessed_ignored(dir.path(), &dir.path().join("app/.env")), "taken back below");
    }
}
