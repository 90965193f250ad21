//! Pure, format-preserving editors for the files `cruddur-obs init` changes: text in, text out.
//!
//! None of them touches the disk. A command reads a file, hands its text to an editor, shows the diff, and
//! writes the result with [`crate::fsio::write_if_changed`] (which skips identical bytes). Keeping the editors
//! pure is what makes `--dry-run` exact and a failed run harmless: nothing is written until every edit of
//! every file has succeeded.
//!
//! Every editor keeps the bytes it was not asked to change (comments, quoting, order, indentation, CRLF
//! line endings, a missing final newline), and applying an edit to its own output returns the same bytes,
//! so a second `init` has nothing to write.
//!
//! - [`dotenv`]: `.env` files: set or add variables, and read them (hand-written; the module says why).
//! - [`compose`]: docker-compose files: a service's `environment`, the list of services, a new service.
//!   Edits go through yaml-edit and are verified by a strict re-parse before they are returned.
//! - [`requirements`]: pip requirements files: add the packages that are missing.
//! - [`package_json`]: package.json: the React flavour, and adding missing dependencies (through a CST).
//! - [`gitpod_ports`]: .gitpod.yml: a public port (the collector's 4318), appended in the list's own style.
//! - [`flask_cors`]: app.py: the `allow_headers` of the `CORS(...)` call gains the trace-context headers.

pub mod compose;
pub mod dotenv;
pub mod flask_cors;
pub mod gitpod_ports;
pub mod package_json;
pub mod requirements;
#[cfg(test)]
pub(crate) mod test_support;

pub use compose::{ComposeError, EnvStyle, EnvVar, Environment, ServiceInfo};
pub use dotenv::{DotenvError, Entry, Quote, SyntaxProblem};

/// The line ending a file mostly uses: `"\r\n"` when more of its lines end in CRLF than in LF, else `"\n"`.
/// New lines are written with it, so a Windows-edited file does not end up with mixed endings.
pub(crate) fn line_ending(text: &str) -> &'static str {
    let crlf = text.matches("\r\n").count();
    let lf = text.matches('\n').count() - crlf;
    if crlf > lf { "\r\n" } else { "\n" }
}

/// Appends `line` as a new last line. A file that ends with a newline keeps ending with one; a file without
/// a final newline gets the line ending before the new line instead, so it still has none afterwards.
/// An empty file (or one holding only a byte-order mark) just gets the line and a line ending.
pub(crate) fn append_line(text: &str, line: &str, eol: &str) -> String {
    let mut out = String::with_capacity(text.len() + line.len() + 2 * eol.len());
    out.push_str(text);
    if text.trim_start_matches('\u{feff}').is_empty() || text.ends_with('\n') {
        out.push_str(line);
        out.push_str(eol);
    } else {
        out.push_str(eol);
        out.push_str(line);
    }
    out
}

/// The 1-based line number of a byte offset (one scan from the top: the compose editor, which asks for
/// many, keeps an index of line starts instead).
pub(crate) fn line_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Whether `key` is a portable environment variable name: ASCII letters, digits and `_`, not starting with a
/// digit. docker compose also accepts `.` in `.env` names, but a shell does not, and both read these files.
pub(crate) fn is_variable_name(key: &str) -> bool {
    let mut chars = key.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_') && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings_follow_the_majority() {
        assert_eq!(line_ending(""), "\n");
        assert_eq!(line_ending("a\r\nb\r\nc\n"), "\r\n");
        assert_eq!(line_ending("a\r\nb\n"), "\n");
        assert_eq!(line_ending("a\nb"), "\n");
    }

    #[test]
    fn appending_keeps_the_final_newline_as_it_was() {
        assert_eq!(append_line("", "X", "\n"), "X\n");
        assert_eq!(append_line("\u{feff}", "X", "\n"), "\u{feff}X\n");
        assert_eq!(append_line("a\n", "X", "\n"), "a\nX\n");
        assert_eq!(append_line("a", "X", "\r\n"), "a\r\nX");
        assert_eq!(append_line("a\r\n\r\n", "X", "\r\n"), "a\r\n\r\nX\r\n");
    }

    #[test]
    fn line_numbers_count_from_one() {
        assert_eq!(line_at("a\nb\nc", 0), 1);
        assert_eq!(line_at("a\nb\nc", 2), 2);
        assert_eq!(line_at("a\nb\nc", 99), 3);
    }

    #[test]
    fn variable_names_are_portable() {
        for ok in ["A", "_A", "OTEL_SERVICE_NAME", "a1"] {
            assert!(is_variable_name(ok), "{ok}");
        }
        for bad in ["", "1A", "A-B", "A.B", "A B", "É"] {
            assert!(!is_variable_name(bad), "{bad}");
        }
    }
}
