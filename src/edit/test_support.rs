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

/// [`fixture_files`] of the real workspaces only. The synthetic ones (`synthetic__*`, one per mistake
/// class of issue 17) are made to be odd and hold what these sweeps assume absent; `init`'s sweep
/// (tests/it/workspaces.rs) runs them, each with what it expects.
pub fn real_fixture_files(wanted: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let mut files = fixture_files(wanted);
    files.retain(|path| !name(path).starts_with("synthetic__"));
    files
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

/// A census case's input: the case files keep one case per line, so `\n`, `\r`, `\t`, `\0`, `\ufeff` (a
/// byte-order mark) and `\\` stand for those characters; any other backslash is kept as it is.
pub fn unescape(case: &str) -> String {
    let mut out = String::with_capacity(case.len());
    let mut rest = case;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let (replacement, length) = match rest.as_bytes().get(1) {
            Some(b'n') => ("\n", 2),
            Some(b'r') => ("\r", 2),
            Some(b't') => ("\t", 2),
            Some(b'0') => ("\0", 2),
            Some(b'\\') => ("\\", 2),
            Some(b'u') if rest.starts_with("\\ufeff") => ("\u{feff}", 6),
            _ => ("\\", 1),
        };
        out.push_str(replacement);
        rest = &rest[length..];
    }
    out.push_str(rest);
    out
}

/// The bad-input census of a parser: every case of `census/{name}_cases.txt` (beside the parser, one case
/// per line, written with [`unescape`]'s escapes) goes through `run`, which returns the messages the user
/// would see for it, formatted as the command formats them (an accepted case returns none). Each message
/// must be one line, start with `file` and name its place (`names_place`), and no case may panic. The
/// messages are kept in `census/{name}_messages.txt`: the test fails when one changes, unless
/// `CENSUS_BLESS=1` is set, which rewrites the file after a deliberate change.
pub fn census(folder: &str, name: &str, file: &str, names_place: impl Fn(&str) -> bool, run: impl Fn(&str) -> Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder).join("census");
    let cases = read(&dir.join(format!("{name}_cases.txt")));
    let mut report = String::new();
    let mut failures = Vec::new();
    for case in cases.lines() {
        let messages = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(case))) {
            Ok(messages) => messages,
            Err(panic) => {
                let what = panic.downcast_ref::<String>().cloned().or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()));
                failures.push(format!("{case}\n    panicked: {}", what.unwrap_or_default()));
                continue;
            }
        };
        if messages.is_empty() {
            failures.push(format!("{case}\n    accepted"));
        }
        report.push_str(case);
        report.push('\n');
        for message in &messages {
            if message.contains(['\n', '\r']) {
                failures.push(format!("{case}\n    spans lines: {message:?}"));
            } else if !message.starts_with(file) {
                failures.push(format!("{case}\n    does not name the file: {message}"));
            } else if !names_place(&message[file.len()..]) {
                failures.push(format!("{case}\n    does not name the place: {message}"));
            }
            report.push_str(&format!("    {message}\n"));
        }
    }
    assert!(failures.is_empty(), "{} of the census cases failed:\n{}", failures.len(), failures.join("\n"));
    assert!(cases.lines().count() >= 30, "{name}: the census needs at least 30 cases");
    let golden = dir.join(format!("{name}_messages.txt"));
    if std::env::var_os("CENSUS_BLESS").is_some() {
        std::fs::write(&golden, &report).unwrap();
    }
    assert_eq!(std::fs::read_to_string(&golden).unwrap_or_default(), report, "messages changed: review, then CENSUS_BLESS=1");
}

/// Whether `text` holds `line N`, or starts with `:N:` (a line number in a message, after the file's name).
pub fn names_line(text: &str) -> bool {
    let digits = text.strip_prefix(':').map_or(0, |rest| rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len());
    (digits > 0 && text[1 + digits..].starts_with(':'))
        || text.match_indices("line ").any(|(at, found)| text[at + found.len()..].starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `text` names something between backticks (a variable, service or field).
pub fn names_quoted(text: &str) -> bool {
    text.split('`').nth(1).is_some_and(|name| !name.is_empty() && text.split('`').count() >= 3)
}
