//! Helpers shared by the editors' tests: the real workspaces under `tests/fixtures/workspaces`.

use std::path::{Path, PathBuf};

/// The folder of real bootcamp workspaces (and their `_variants`).
pub fn workspaces() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workspaces")
}

/// Every file under the workspaces whose name satisfies `wanted`, sorted, so a new fixture is picked up
/// without touching the tests.
pub fn fixture_files(wanted: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![workspaces()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.file_name().and_then(|name| name.to_str()).is_some_and(&wanted) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// The path relative to the workspaces folder, for assertion messages.
pub fn name(path: &Path) -> String {
    path.strip_prefix(workspaces()).unwrap_or(path).display().to_string()
}

/// The lines of `before` that are not in `after` (removed), and those of `after` that are not in `before`
/// (added), as a line diff (longest common subsequence) reports them. Lines are compared without their line
/// endings, so a last line that only gains a line ending does not count as changed: the tests check line
/// endings and final newlines separately.
pub fn changed_lines(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    let a: Vec<&str> = before.lines().collect();
    let b: Vec<&str> = after.lines().collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut removed, mut added) = (Vec::new(), Vec::new());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            added.push(b[j].to_owned());
            j += 1;
        } else {
            removed.push(a[i].to_owned());
            i += 1;
        }
    }
    (removed, added)
}
