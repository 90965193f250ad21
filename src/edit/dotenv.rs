//! `.env` files: read the variables, and set or add some while keeping every other byte.
//!
//! Hand-written on purpose: no maintained crate edits `.env` files. dotenvy (no release since 2023) and the
//! other readers only load them; the one editing crate, adotenv, was a few weeks old with dozens of releases
//! when this was written, so it only serves our tests, as a second parser our output must agree with. The
//! job is small: find the assignment that wins, replace the bytes of its value, or append a line.
//!
//! The syntax is docker compose's (the main reader of a Cruddur `.env`, documented on its "env file syntax"
//! page), which python-dotenv reads the same way for everything we write:
//! - blank lines and lines starting with `#` are ignored; `export ` may precede a name;
//! - `KEY=value`, spaces allowed around `=`; a bare `KEY` takes its value from the environment;
//! - unquoted values end at ` #` (an inline comment; a `#` right after `=` and its spaces is text) and lose
//!   trailing spaces;
//! - `'single'` quotes are literal (only `\'` is an escape); `"double"` quotes decode `\n`, `\r`, `\t`,
//!   `\\`, `\"` and `\'`; both may span lines; a comment may follow the closing quote;
//! - the last assignment of a name wins. Docker's env-file page does not say so; compose-go's parser stores
//!   each assignment into a map as it reads them (`out[key] = value` in `dotenv/parser.go`), python-dotenv
//!   builds a dict the same way, and adotenv's compose dialect agrees (our tests check it).
//!
//! Values are handled as written, not interpolated: `${HONEYCOMB_API_KEY}` stays that text, both when read
//! and when written (compose and python-dotenv expand it when they load the file).

use std::fmt;
use std::ops::Range;

use super::{append_line, is_variable_name, line_ending};

/// One assignment in a `.env` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub key: String,
    /// The value with quotes removed and escapes decoded, not interpolated. `None` for a bare `KEY` line,
    /// which takes its value from the environment.
    pub value: Option<String>,
    /// The 1-based line the assignment starts on.
    pub line: usize,
    /// Written as `export KEY=...`.
    pub export: bool,
    pub quote: Quote,
}

/// How a value is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quote {
    None,
    Single,
    Double,
}

/// Why a `.env` file could not be read or edited. Nothing is edited when any line cannot be read: guessing
/// where a broken line ends could put the new value inside someone else's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DotenvError {
    #[error("line {line}: {problem}")]
    Syntax { line: usize, problem: SyntaxProblem },
    #[error("`{key}` is not a valid variable name (ASCII letters, digits and `_`, not starting with a digit)")]
    InvalidName { key: String },
    #[error("the value for `{key}` contains a NUL character, which no environment variable can hold")]
    InvalidValue { key: String },
}

/// What is wrong with a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxProblem {
    /// The line starts with something that cannot begin a variable name.
    ExpectedName { found: char },
    /// A name is followed by something other than `=`.
    ExpectedEquals { key: String, found: char },
    /// A quoted value has no closing quote before the end of the file.
    UnterminatedQuote { quote: char },
    /// Text follows a quoted value's closing quote on the same line (only a `# comment` may).
    TextAfterQuote { key: String },
}

impl fmt::Display for SyntaxProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SyntaxProblem::ExpectedName { found } => write!(f, "expected a variable name, found `{}`", found.escape_debug()),
            SyntaxProblem::ExpectedEquals { key, found } => {
                write!(f, "expected `=` after `{key}`, found `{}` (names are ASCII letters, digits, `_` and `.`)", found.escape_debug())
            }
            SyntaxProblem::UnterminatedQuote { quote: '"' } => f.write_str("the double-quoted value is never closed"),
            SyntaxProblem::UnterminatedQuote { .. } => f.write_str("the single-quoted value is never closed"),
            SyntaxProblem::TextAfterQuote { key } => {
                write!(f, "text after the closing quote of `{key}` (only a `# comment` may follow it)")
            }
        }
    }
}

/// Reads every assignment, in file order, duplicates included (the last one of a name is the one that wins:
/// see [`find`]).
pub fn parse(input: &str) -> Result<Vec<Entry>, DotenvError> {
    Ok(scan(input)?.into_iter().map(|assignment| assignment.entry).collect())
}

/// The assignment of `key` that takes effect: the last one.
pub fn find<'a>(entries: &'a [Entry], key: &str) -> Option<&'a Entry> {
    entries.iter().rev().find(|entry| entry.key == key)
}

/// Sets each `(key, value)`, in order: the winning (last) assignment of a key gets the new value in place,
/// keeping its `export`, its quoting where the value allows it, and its inline comment; a key that is not
/// there is appended as a new line. A key that already has this value is left alone, so applying the same
/// entries to the output returns it unchanged.
///
/// Values are written unquoted when they are made only of characters no reader treats specially, in double
/// quotes (escaping `\`, `"` and line breaks) otherwise; an existing single-quoted value stays single-quoted
/// unless the new one has a quote, a backslash, a line break or a `$` (a `$` is meant as a reference, which
/// single quotes would stop from expanding). New lines follow the file: its line ending, its most common
/// quoting, `export ` when every assignment has it, and no final newline if it had none.
pub fn upsert(input: &str, entries: &[(&str, &str)]) -> Result<String, DotenvError> {
    for (key, value) in entries {
        if !is_variable_name(key) {
            return Err(DotenvError::InvalidName { key: (*key).to_owned() });
        }
        if value.contains('\0') {
            return Err(DotenvError::InvalidValue { key: (*key).to_owned() });
        }
    }
    // One key at a time on the text so far: simple, and a key given twice ends with its last value. The
    // line ending is the input's, even if an edit removes the lines it was read from.
    let eol = line_ending(input);
    let mut text = input.to_owned();
    for (key, value) in entries {
        text = upsert_one(&text, key, value, eol)?;
    }
    Ok(text)
}

fn upsert_one(text: &str, key: &str, value: &str, eol: &str) -> Result<String, DotenvError> {
    let assignments = scan(text)?;
    let style = FileStyle::of(&assignments);
    match assignments.iter().rev().find(|assignment| assignment.entry.key == key) {
        Some(existing) if existing.entry.value.as_deref() == Some(value) => Ok(text.to_owned()),
        Some(existing) => {
            let replacement = if existing.has_equals {
                // `A= # note` would read as `# note`: an empty value before a comment needs its quotes.
                let line_rest = &text[existing.value.end..end_of_line(text.as_bytes(), existing.value.end)];
                let quote = if value.is_empty() && !line_rest.trim().is_empty() { Quote::Double } else { existing.entry.quote };
                render(value, quote)
            } else {
                // A bare `KEY`: the value goes right after the name.
                format!("={}", render(value, style.quote))
            };
            let mut out = String::with_capacity(text.len() + replacement.len());
            out.push_str(&text[..existing.value.start]);
            out.push_str(&replacement);
            out.push_str(&text[existing.value.end..]);
            Ok(out)
        }
        None => {
            let export = if style.export { "export " } else { "" };
            let line = format!("{export}{key}={}", render(value, style.quote));
            Ok(append_line(text, &line, eol))
        }
    }
}

/// How the file writes its assignments, for the lines we add.
struct FileStyle {
    quote: Quote,
    export: bool,
}

impl FileStyle {
    fn of(assignments: &[Assignment]) -> FileStyle {
        let mut counts = [0usize; 3];
        for assignment in assignments.iter().filter(|a| a.has_equals) {
            counts[assignment.entry.quote as usize] += 1;
        }
        let [none, single, double] = counts;
        let quote = if double > none.max(single) {
            Quote::Double
        } else if single > none.max(double) {
            Quote::Single
        } else {
            Quote::None
        };
        let export = !assignments.is_empty() && assignments.iter().all(|a| a.entry.export);
        FileStyle { quote, export }
    }
}

/// Writes `value` in the `preferred` quoting when that can hold it, else in double quotes.
fn render(value: &str, preferred: Quote) -> String {
    match preferred {
        Quote::None if is_plain_safe(value) => value.to_owned(),
        Quote::Single if is_single_safe(value) => format!("'{value}'"),
        _ => double_quoted(value),
    }
}

/// Characters every reader (compose, python-dotenv, a shell sourcing the file) takes literally outside
/// quotes, plus `$`, `{` and `}` so that `${VAR}` references stay unquoted, as users write them.
fn is_plain_safe(value: &str) -> bool {
    value.chars().all(|c| c.is_ascii_alphanumeric() || "_-.,/:@+=%${}~^".contains(c))
}

fn is_single_safe(value: &str) -> bool {
    !value.chars().any(|c| matches!(c, '\'' | '\\' | '$') || c.is_control())
}

fn double_quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// An assignment and where its value is in the text.
struct Assignment {
    entry: Entry,
    /// The bytes of the value as written, quotes included. For a bare `KEY`, the empty range after the name.
    value: Range<usize>,
    has_equals: bool,
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'.'
}

fn is_blank(b: u8) -> bool {
    // `\r` counts as a blank so that CRLF lines read like LF ones.
    matches!(b, b' ' | b'\t' | b'\r')
}

/// Skips spaces and tabs (and a stray `\r`), stopping at the end of the line, CRLF included.
fn skip_blanks(bytes: &[u8], mut pos: usize) -> usize {
    while pos < bytes.len() && is_blank(bytes[pos]) && !at_eol(bytes, pos) {
        pos += 1;
    }
    pos
}

/// At the end of the text, or of a line (`\n` or `\r\n`).
fn at_eol(bytes: &[u8], pos: usize) -> bool {
    match bytes.get(pos) {
        None | Some(b'\n') => true,
        Some(b'\r') => bytes.get(pos + 1) == Some(&b'\n'),
        Some(_) => false,
    }
}

fn end_of_line(bytes: &[u8], pos: usize) -> usize {
    bytes[pos..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| pos + i)
}

fn char_at(text: &str, pos: usize) -> char {
    text[pos..].chars().next().unwrap_or('\n')
}

fn syntax(line: usize, problem: SyntaxProblem) -> DotenvError {
    DotenvError::Syntax { line, problem }
}

/// Reads the file into assignments with their value spans. All delimiters are ASCII, so every index used
/// to slice `text` is on a character boundary.
fn scan(text: &str) -> Result<Vec<Assignment>, DotenvError> {
    let bytes = text.as_bytes();
    let mut pos = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let mut line = 1;
    let mut assignments = Vec::new();
    loop {
        pos = skip_blanks(bytes, pos);
        match bytes.get(pos) {
            None => break,
            Some(b'\n' | b'\r') => {
                pos = end_of_line(bytes, pos) + 1;
                line += 1;
                continue;
            }
            Some(b'#') => {
                pos = end_of_line(bytes, pos);
                continue;
            }
            Some(_) => {}
        }
        let start_line = line;
        let export = bytes[pos..].starts_with(b"export") && matches!(bytes.get(pos + 6), Some(b' ' | b'\t'));
        if export {
            pos = skip_blanks(bytes, pos + 6);
        }
        let key_start = pos;
        while pos < bytes.len() && is_name_byte(bytes[pos]) {
            pos += 1;
        }
        if pos == key_start {
            return Err(syntax(line, SyntaxProblem::ExpectedName { found: char_at(text, pos) }));
        }
        let key = text[key_start..pos].to_owned();
        let key_end = pos;
        pos = skip_blanks(bytes, pos);
        if at_eol(bytes, pos) {
            let entry = Entry { key, value: None, line: start_line, export, quote: Quote::None };
            assignments.push(Assignment { entry, value: key_end..key_end, has_equals: false });
            continue;
        }
        if bytes[pos] != b'=' {
            return Err(syntax(line, SyntaxProblem::ExpectedEquals { key, found: char_at(text, key_end) }));
        }
        pos += 1;
        pos = skip_blanks(bytes, pos);
        let value_start = pos;
        let (value, quote, value_end) = match bytes.get(pos) {
            Some(&quote @ (b'"' | b'\'')) => {
                let (value, end) = read_quoted(bytes, pos, &mut line)
                    .ok_or_else(|| syntax(start_line, SyntaxProblem::UnterminatedQuote { quote: quote as char }))?;
                pos = skip_blanks(bytes, end);
                if bytes.get(pos) == Some(&b'#') {
                    pos = end_of_line(bytes, pos);
                } else if !at_eol(bytes, pos) {
                    return Err(syntax(line, SyntaxProblem::TextAfterQuote { key }));
                }
                (value, if quote == b'"' { Quote::Double } else { Quote::Single }, end)
            }
            _ => {
                let eol = end_of_line(bytes, pos);
                // As compose reads it: ` #` inside the value (a tab does not count, nor the blanks after `=`).
                let comment = (value_start + 1..eol).find(|&i| bytes[i] == b'#' && bytes[i - 1] == b' ');
                let mut end = comment.unwrap_or(eol);
                while end > value_start && is_blank(bytes[end - 1]) {
                    end -= 1;
                }
                pos = eol;
                (text[value_start..end].to_owned(), Quote::None, end)
            }
        };
        let entry = Entry { key, value: Some(value), line: start_line, export, quote };
        assignments.push(Assignment { entry, value: value_start..value_end, has_equals: true });
    }
    Ok(assignments)
}

/// Reads a quoted value starting at the opening quote at `start`: the decoded value and the index just past
/// the closing quote, or `None` when it is never closed. Counts the line breaks it crosses into `line`.
fn read_quoted(bytes: &[u8], start: usize, line: &mut usize) -> Option<(String, usize)> {
    let quote = bytes[start];
    let mut value = Vec::new();
    let mut i = start + 1;
    loop {
        let b = *bytes.get(i)?;
        match b {
            _ if b == quote => break,
            b'\\' if i + 1 < bytes.len() => {
                let next = bytes[i + 1];
                let decoded = match (quote, next) {
                    (b'"', b'n') => Some(b'\n'),
                    (b'"', b'r') => Some(b'\r'),
                    (b'"', b't') => Some(b'\t'),
                    (b'"', b'\\' | b'"' | b'\'') => Some(next),
                    (b'\'', b'\'') => Some(b'\''),
                    _ => None,
                };
                match decoded {
                    Some(decoded) => {
                        value.push(decoded);
                        i += 2;
                    }
                    None => {
                        value.push(b'\\');
                        i += 1;
                    }
                }
                continue;
            }
            b'\n' => *line += 1,
            _ => {}
        }
        value.push(b);
        i += 1;
    }
    // Only ASCII backslashes were dropped from valid UTF-8, so this cannot fail.
    let value = String::from_utf8(value).unwrap_or_else(|err| String::from_utf8_lossy(err.as_bytes()).into_owned());
    Some((value, i + 1))
}

#[cfg(test)]
mod tests;

/// The bad-input census for `.env` files: each malformed file (census/dotenv_cases.txt: `parse :: TEXT`,
/// or `upsert :: KEY=VALUE ... :: TEXT` for the edit `init` makes) with the message the user gets, as
/// `init` words it (`{path}: {err}`), kept in census/dotenv_messages.txt (`CENSUS_BLESS=1` rewrites it).
/// Every message names the file, and the line or the variable.
#[cfg(test)]
mod census {
    use super::*;
    use crate::edit::test_support::{census, names_line, names_quoted, unescape};

    const FILE: &str = "workspace/.env";

    fn run(case: &str) -> Vec<String> {
        let result = match case.split(" :: ").collect::<Vec<_>>()[..] {
            ["parse", text] => parse(&unescape(text)).map(|_| ()),
            ["upsert", pairs, text] => {
                let pairs: Vec<(String, String)> = pairs
                    .split(' ')
                    .map(|pair| pair.split_once('=').map(|(key, value)| (unescape(key), unescape(value))).expect("KEY=VALUE"))
                    .collect();
                let pairs: Vec<(&str, &str)> = pairs.iter().map(|(key, value)| (key.as_str(), value.as_str())).collect();
                upsert(&unescape(text), &pairs).map(|_| ())
            }
            _ => panic!("not a census case: {case}"),
        };
        result.err().map(|err| format!("{FILE}: {err}")).into_iter().collect()
    }

    #[test]
    fn every_malformed_dotenv_gets_a_one_line_message_naming_file_and_line() {
        census("src/edit", "dotenv", FILE, |rest| names_line(rest) || names_quoted(rest), run);
    }
}
