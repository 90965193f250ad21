//! app.py: let the browser's `traceparent` through flask-cors, so a trace started in the browser
//! continues in the backend.
//!
//! Cruddur's backend calls `CORS(app, ..., allow_headers="content-type,if-modified-since", ...)`. flask-cors
//! takes a string there as *one* header pattern (`ensure_iterable` wraps it in a list), so that string
//! allows no header at all, and a cross-origin `fetch` carrying `traceparent` fails its preflight; the
//! seeds' journals show students finding this by hand and switching to a list. The edit touches only the
//! `allow_headers` value of the `CORS(...)` call: a string becomes that list (its comma-separated names,
//! in its quoting) plus `traceparent` and `tracestate`; a list gains the two items it lacks.
//!
//! Hand-written on purpose: the only Python parsers in Rust (ruff's, RustPython's) are large and
//! unpublished or heavy for finding one keyword argument, and the scan below refuses (reports
//! [`CorsEdit::Unrecognized`]) anything it does not fully understand instead of guessing.

/// The headers the W3C trace-context propagator sends.
pub const TRACE_HEADERS: [&str; 2] = ["traceparent", "tracestate"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorsEdit {
    /// The new text, and the 1-based line of `allow_headers`.
    Edited { text: String, line: usize },
    /// `traceparent` (or `*`, or flask-cors's default: every header) is already allowed.
    AlreadyAllowed,
    /// No `CORS(` call: the backend answers no cross-origin request at all.
    NoCors,
    /// `allow_headers` is written in a way this edit does not handle (a variable, a call): the line.
    Unrecognized { line: usize },
}

fn line_of(text: &str, at: usize) -> usize {
    text[..at].matches('\n').count() + 1
}

/// The byte range of the string literal starting at `at` (a quote), including its quotes.
fn string_end(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let quote = bytes[at];
    let mut index = at + 1;
    while index < bytes.len() {
        match bytes[index] {
            b'\\' => index += 2,
            b'\n' => return None,
            byte if byte == quote => return Some(index + 1),
            _ => index += 1,
        }
    }
    None
}

/// The index just past the bracket that closes the one at `open`, skipping strings and comments.
fn closing(text: &str, open: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut index = open;
    while index < bytes.len() {
        match bytes[index] {
            b'"' | b'\'' => {
                index = string_end(text, index)?;
                continue;
            }
            b'#' => {
                index = text[index..].find('\n').map_or(bytes.len(), |newline| index + newline);
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(index + 1);
                }
            }
            _ => {}
        }
        index += 1;
    }
    None
}

/// Where the first `CORS(` call outside a comment starts its argument list (the index of `(`).
fn cors_call(text: &str) -> Option<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let code = line.split('#').next().unwrap_or_default();
        if let Some(found) = code.find("CORS(") {
            let before = code[..found].chars().last();
            if before.is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '.')) {
                return Some(offset + found + "CORS".len());
            }
        }
        offset += line.len();
    }
    None
}

/// The value that allows the trace headers, for the `allow_headers` argument of the `CORS(...)` call.
pub fn allow_trace_headers(text: &str) -> CorsEdit {
    let Some(open) = cors_call(text) else { return CorsEdit::NoCors };
    let Some(close) = closing(text, open) else { return CorsEdit::Unrecognized { line: line_of(text, open) } };
    let args = &text[open..close];
    let Some(keyword) = args.find("allow_headers") else { return CorsEdit::AlreadyAllowed };
    let keyword_at = open + keyword;
    let line = line_of(text, keyword_at);
    let after = &text[keyword_at + "allow_headers".len()..close];
    let Some(rest) = after.trim_start().strip_prefix('=') else { return CorsEdit::Unrecognized { line } };
    let value_at = close - rest.trim_start().len();
    let allowed = |header: &str| {
        let header = header.trim().to_ascii_lowercase();
        header == "*" || header == TRACE_HEADERS[0]
    };
    match text.as_bytes()[value_at] {
        quote @ (b'"' | b'\'') => {
            let Some(end) = string_end(text, value_at) else { return CorsEdit::Unrecognized { line } };
            let inner = &text[value_at + 1..end - 1];
            if inner.contains('\\') {
                return CorsEdit::Unrecognized { line };
            }
            let inner = inner.trim();
            // One name (or `*`) is a pattern flask-cors does match.
            if !inner.contains(',') && allowed(inner) {
                return CorsEdit::AlreadyAllowed;
            }
            let quote = quote as char;
            let mut names: Vec<&str> = inner.split(',').map(str::trim).filter(|name| !name.is_empty()).collect();
            for header in TRACE_HEADERS {
                if !names.iter().any(|name| name.eq_ignore_ascii_case(header)) {
                    names.push(header);
                }
            }
            let list: Vec<String> = names.iter().map(|name| format!("{quote}{name}{quote}")).collect();
            CorsEdit::Edited { text: format!("{}[{}]{}", &text[..value_at], list.join(", "), &text[end..]), line }
        }
        b'[' => {
            let Some(end) = closing(text, value_at) else { return CorsEdit::Unrecognized { line } };
            let mut items = Vec::new();
            let mut index = value_at + 1;
            let mut quote = '"';
            while index < end - 1 {
                match text.as_bytes()[index] {
                    byte @ (b'"' | b'\'') => {
                        let Some(item_end) = string_end(text, index) else { return CorsEdit::Unrecognized { line } };
                        quote = byte as char;
                        items.push(&text[index + 1..item_end - 1]);
                        index = item_end;
                    }
                    b',' | b' ' | b'\t' | b'\r' | b'\n' => index += 1,
                    _ => return CorsEdit::Unrecognized { line },
                }
            }
            if items.iter().any(|item| allowed(item)) {
                return CorsEdit::AlreadyAllowed;
            }
            let missing: Vec<String> = TRACE_HEADERS
                .iter()
                .filter(|header| !items.iter().any(|item| item.eq_ignore_ascii_case(header)))
                .map(|header| format!("{quote}{header}{quote}"))
                .collect();
            // Insert after the last item (keeping a trailing comma or a closing bracket on its own line).
            let body = &text[value_at + 1..end - 1];
            let last = body.trim_end().trim_end_matches(',').len();
            let insert_at = value_at + 1 + last;
            let separator = if items.is_empty() { "" } else { ", " };
            CorsEdit::Edited { text: format!("{}{separator}{}{}", &text[..insert_at], missing.join(", "), &text[insert_at..]), line }
        }
        _ => CorsEdit::Unrecognized { line },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The backend's CORS setup as the bootcamp's app.py writes it.
    const CRUDDUR: &str = "frontend = os.getenv('FRONTEND_URL')\nbackend = os.getenv('BACKEND_URL')\norigins = [frontend, backend]\ncors = CORS(\n  app, \n  resources={r\"/api/*\": {\"origins\": origins}},\n  expose_headers=\"location,link\",\n  allow_headers=\"content-type,if-modified-since\",\n  methods=\"OPTIONS,GET,HEAD,POST\"\n)\n";

    #[test]
    fn the_seeds_string_gains_the_trace_headers_once() {
        let CorsEdit::Edited { text, line } = allow_trace_headers(CRUDDUR) else { panic!() };
        assert_eq!(line, 8);
        assert_eq!(
            text,
            CRUDDUR.replace(
                "allow_headers=\"content-type,if-modified-since\"",
                "allow_headers=[\"content-type\", \"if-modified-since\", \"traceparent\", \"tracestate\"]"
            )
        );
        assert_eq!(allow_trace_headers(&text), CorsEdit::AlreadyAllowed);
    }

    #[test]
    fn lists_keep_their_quoting_and_layout() {
        let journal = "cors = CORS(app, allow_headers=['Content-Type', 'if-modified-since',\n    ],\n  methods='GET')\n";
        let CorsEdit::Edited { text, .. } = allow_trace_headers(journal) else { panic!() };
        assert_eq!(
            text,
            "cors = CORS(app, allow_headers=['Content-Type', 'if-modified-since', 'traceparent', 'tracestate',\n    ],\n  methods='GET')\n"
        );
        // One of the two already there (a student's fix): only the other is added.
        let half = "CORS(app, allow_headers=[\"content-type\", \"tracestate\"])";
        let CorsEdit::Edited { text, .. } = allow_trace_headers(half) else { panic!() };
        assert_eq!(text, "CORS(app, allow_headers=[\"content-type\", \"tracestate\", \"traceparent\"])");
        assert_eq!(allow_trace_headers("CORS(app, allow_headers=[\"Content-Type\", \"TraceParent\"])"), CorsEdit::AlreadyAllowed);
    }

    #[test]
    fn every_header_allowed_or_no_cors_needs_nothing() {
        assert_eq!(allow_trace_headers("CORS(app)\n"), CorsEdit::AlreadyAllowed);
        assert_eq!(allow_trace_headers("CORS(app, allow_headers='*')"), CorsEdit::AlreadyAllowed);
        assert_eq!(allow_trace_headers("CORS(app, allow_headers='traceparent')"), CorsEdit::AlreadyAllowed);
        // A comma-separated string is one pattern to flask-cors: even naming traceparent, it allows nothing.
        let CorsEdit::Edited { text, .. } = allow_trace_headers("CORS(app, allow_headers='a, traceparent')") else { panic!() };
        assert_eq!(text, "CORS(app, allow_headers=['a', 'traceparent', 'tracestate'])");
        assert_eq!(allow_trace_headers("# CORS(app, allow_headers='x')\napp = Flask(__name__)\n"), CorsEdit::NoCors);
        assert_eq!(allow_trace_headers("from flask_cors import CORS\napp = 1\n"), CorsEdit::NoCors);
        assert_eq!(allow_trace_headers("x = MY_CORS(app)\n"), CorsEdit::NoCors);
    }

    #[test]
    fn what_is_not_understood_is_left_alone() {
        assert_eq!(allow_trace_headers("cors = CORS(app,\n  allow_headers=HEADERS)\n"), CorsEdit::Unrecognized { line: 2 });
        assert_eq!(allow_trace_headers("CORS(app, allow_headers=\"a\\\"b\")"), CorsEdit::Unrecognized { line: 1 });
        assert_eq!(allow_trace_headers("CORS(app, allow_headers=\"a\""), CorsEdit::Unrecognized { line: 1 });
    }
}
