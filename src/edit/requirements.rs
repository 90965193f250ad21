//! pip requirements files: add the packages that are missing, and nothing else.
//!
//! A package counts as present when a requirement line names it, whatever its pin, extras, environment
//! marker or comment: `Flask==2.2.3`, `opentelemetry_api>=1.16 ; python_version >= "3.8"`, or
//! `-e git+https://...#egg=name`. Names are compared as PEP 503 normalizes them (case-insensitive, runs of
//! `-`, `_` and `.` equal), so `aws_xray_sdk` satisfies `aws-xray-sdk`. A commented-out line does not count.
//! Existing lines are never rewritten, so a user's pins win over ours.

use super::{append_line, line_ending};

/// Appends each of `packages` (requirement specifiers such as `opentelemetry-api` or `flask>=2`) that the
/// file does not name yet, one per line, in the file's line ending and keeping a missing final newline
/// missing. Returns the new text and the specifiers that were added. Applying the same packages to the
/// output adds nothing and returns it unchanged.
pub fn ensure_packages(input: &str, packages: &[&str]) -> (String, Vec<String>) {
    let mut present: Vec<String> = requirement_names(input).into_iter().map(|(_, name)| name).collect();
    let eol = line_ending(input);
    let mut text = input.to_owned();
    // A last line ending in `\` would pull the next line into it: end it, and leave a blank line.
    if last_line_continues(&text) {
        if !text.ends_with('\n') {
            text.push_str(eol);
        }
        text.push_str(eol);
    }
    let mut added = Vec::new();
    for spec in packages.iter().map(|spec| spec.trim()).filter(|spec| !spec.is_empty()) {
        let name = requirement_name(spec).map_or_else(|| normalize(spec), |name| normalize(&name));
        if present.contains(&name) {
            continue;
        }
        text = append_line(&text, spec, eol);
        present.push(name);
        added.push(spec.to_owned());
    }
    if added.is_empty() {
        return (input.to_owned(), added);
    }
    (text, added)
}

/// Removes the requirement lines that name one of `names` (compared as PEP 503 normalizes them), with their
/// backslash continuations; every other byte stays. Returns the new text and the names removed (as the
/// file wrote each line). Nothing named: the text unchanged.
pub fn remove_packages(input: &str, names: &[&str]) -> (String, Vec<String>) {
    let wanted: Vec<String> = names.iter().map(|name| normalize(name)).collect();
    let lines: Vec<&str> = input.split_inclusive('\n').collect();
    let mut keep = vec![true; lines.len()];
    let mut removed = Vec::new();
    for (line, name) in requirement_names(input) {
        if !wanted.contains(&name) {
            continue;
        }
        // The logical line: this physical line and those its trailing backslashes pull in.
        let mut index = line - 1;
        removed.push(lines[index].trim_start_matches('\u{feff}').trim().trim_end_matches('\\').trim().to_owned());
        loop {
            keep[index] = false;
            let text = lines[index].trim_end_matches(['\n', '\r']);
            if !text.ends_with('\\') || index + 1 >= lines.len() {
                break;
            }
            index += 1;
        }
    }
    if removed.is_empty() {
        return (input.to_owned(), removed);
    }
    let mut text: String = lines.iter().zip(&keep).filter(|(_, keep)| **keep).map(|(line, _)| *line).collect();
    // A file that had no final newline keeps having none.
    if !input.ends_with('\n') && text.ends_with('\n') {
        text.truncate(text.trim_end_matches(['\n', '\r']).len());
    }
    (text, removed)
}

/// The packages a requirements file names, as `(line, normalized name)` in file order. Option lines (`-r`,
/// `--index-url`, ...), URLs and paths name nothing, except an editable install's `#egg=NAME`.
pub fn requirement_names(input: &str) -> Vec<(usize, String)> {
    let mut names = Vec::new();
    let mut logical = String::new();
    let mut start_line = 1;
    // A byte-order mark belongs to the file, not to the first requirement's name (pip skips it too); stray
    // repeated ones are skipped the same way, so an edit stays idempotent whatever the file starts with.
    let input = input.trim_start_matches('\u{feff}');
    for (index, physical) in input.split('\n').enumerate() {
        let physical = physical.strip_suffix('\r').unwrap_or(physical);
        if logical.is_empty() {
            start_line = index + 1;
        }
        // pip joins a line ending in a backslash with the next one before it removes comments.
        if let Some(joined) = physical.strip_suffix('\\') {
            logical.push_str(joined);
            continue;
        }
        logical.push_str(physical);
        if let Some(name) = line_name(&logical) {
            names.push((start_line, normalize(&name)));
        }
        logical.clear();
    }
    if let Some(name) = line_name(&logical) {
        names.push((start_line, normalize(&name)));
    }
    names
}

/// A project name as PEP 503 compares it: lowercase, every run of `-`, `_` and `.` one `-`.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut in_separator = false;
    for c in name.chars() {
        if matches!(c, '-' | '_' | '.') {
            in_separator = true;
            continue;
        }
        if in_separator && !out.is_empty() {
            out.push('-');
        }
        in_separator = false;
        out.extend(c.to_lowercase());
    }
    out
}

fn last_line_continues(text: &str) -> bool {
    // A lone `\r` at the very end is a line ending too, as requirement_names reads it.
    let without_lf = text.strip_suffix('\n').unwrap_or(text);
    let without_eol = without_lf.strip_suffix('\r').unwrap_or(without_lf);
    without_eol.rsplit('\n').next().is_some_and(|last| last.ends_with('\\'))
}

/// The name a logical requirements line names, if any.
fn line_name(line: &str) -> Option<String> {
    let line = strip_comment(line).trim();
    if let Some(option) = line.strip_prefix('-') {
        let editable = option.starts_with('e') || option.starts_with("-editable");
        return if editable { egg_name(line) } else { None };
    }
    requirement_name(line)
}

/// pip's comment rule: `#` at the start of a line or after whitespace starts a comment (so a URL fragment
/// such as `#egg=` does not).
fn strip_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    let cut = (0..bytes.len()).find(|&i| bytes[i] == b'#' && (i == 0 || bytes[i - 1].is_ascii_whitespace()));
    cut.map_or(line, |i| &line[..i])
}

fn egg_name(line: &str) -> Option<String> {
    let (_, fragment) = line.split_once("#egg=")?;
    let name: String = fragment.chars().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')).collect();
    let name = name.trim_end_matches(['-', '_', '.']);
    (!name.is_empty()).then(|| name.to_owned())
}

/// The PEP 508 name at the start of a requirement specifier, if it is one (not a URL or a path).
fn requirement_name(spec: &str) -> Option<String> {
    let spec = spec.trim_start();
    let end = spec.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))).unwrap_or(spec.len());
    let name = spec[..end].trim_end_matches(['-', '_', '.']);
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    // What may follow a name: extras, a version, a marker, a direct reference, options (`--hash`), or nothing.
    let rest = spec[name.len()..].trim_start();
    let follows_name = rest.is_empty() || rest.starts_with(['[', '(', ';', '<', '>', '=', '!', '~', '@', ',']) || rest.starts_with("--");
    // `dist/pkg.whl` or `https://...` start like a name but are paths and URLs.
    let path_or_url = spec[name.len()..].starts_with(['/', ':', '\\']);
    (follows_name && !path_or_url).then(|| name.to_owned())
}

#[cfg(test)]
mod tests;
