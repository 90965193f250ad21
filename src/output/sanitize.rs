//! The one way text that came from somewhere else (a server, a file, a span anyone with an ingest key
//! can send) reaches a person: control characters and bidirectional-text controls are shown escaped
//! (`\x1b`, `\u202e`), never interpreted, and every secret the command knows is masked.
//!
//! Why: a terminal acts on what it is sent. `ESC ] 52` writes the clipboard, `ESC [ 2 J` clears the
//! screen, `ESC ] 8` makes a hyperlink whose text lies about its target, `ESC ] 0` sets the window
//! title, U+202E turns the rest of a line around, and a CR or LF inside a value forges a table row or a
//! line of our own. So every human-facing path (tables, CSV on a terminal, notes, warnings, errors,
//! hints, diffs, prompts) renders through [`terminal_line`] or [`terminal_text`], and masks through
//! [`Secrets`]. JSON keeps the exact values (serde escapes every control character there), with known
//! secrets masked. The links we print ourselves are plain URLs: no OSC 8 is ever emitted.

use std::borrow::Cow;
use std::cell::RefCell;

/// Whether `c` must be shown escaped. Line breaks and tabs are decided by the caller's mode.
fn is_unsafe(c: char) -> bool {
    matches!(c,
        // C0 controls (ESC among them), DEL, and C1 controls (U+009B is a one-character CSI).
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        // Bidirectional controls: embeddings, overrides, isolates, marks (the Trojan Source set).
        | '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        // Invisible characters that make two names look alike, and the Unicode line separators.
        | '\u{200b}' | '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
}

fn push_escaped(out: &mut String, c: char) {
    use std::fmt::Write;
    let _ = match c {
        '\n' => write!(out, "\\n"),
        '\r' => write!(out, "\\r"),
        '\t' => write!(out, "\\t"),
        c if (c as u32) < 0x100 => write!(out, "\\x{:02x}", c as u32),
        c => write!(out, "\\u{:04x}", c as u32),
    };
}

fn escape(text: &str, keep: impl Fn(&str, usize, char) -> bool) -> Cow<'_, str> {
    let needs = text.char_indices().any(|(at, c)| is_unsafe(c) && !keep(text, at, c));
    if !needs {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (at, c) in text.char_indices() {
        if is_unsafe(c) && !keep(text, at, c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// One line for a person (a table cell, a message, a prompt): every control character escaped, line
/// breaks and tabs included, so the text can neither move the cursor nor start a line of its own.
pub fn terminal_line(text: &str) -> Cow<'_, str> {
    escape(text, |_, _, _| false)
}

/// Several lines for a person (a diff, a drawing): line breaks (`\n`, and `\r\n`) and tabs are kept,
/// everything else is escaped as in [`terminal_line`] (a lone CR would overwrite the line it is on).
pub fn terminal_text(text: &str) -> Cow<'_, str> {
    escape(text, |text, at, c| match c {
        '\n' | '\t' => true,
        '\r' => text.as_bytes().get(at + 1) == Some(&b'\n'),
        _ => false,
    })
}

/// The shortest secret that is masked: anything shorter would mask ordinary words.
const MIN_SECRET_LEN: usize = 8;

/// The secrets a command knows (the keys it was given or created), so that no message shows one in
/// full, whatever its source: a server that echoes a key in an error page, a file, a span.
#[derive(Default)]
pub struct Secrets {
    known: RefCell<Vec<String>>,
}

impl Secrets {
    /// Remembers `secret` (a key, a `Bearer` value, a token); too short a value is not a secret worth
    /// masking and is ignored.
    pub fn add(&self, secret: &str) {
        let secret = secret.trim();
        if secret.chars().count() < MIN_SECRET_LEN {
            return;
        }
        let mut known = self.known.borrow_mut();
        if !known.iter().any(|existing| existing == secret) {
            known.push(secret.to_owned());
            // Longest first: a secret that contains another is masked whole.
            known.sort_by_key(|existing| std::cmp::Reverse(existing.len()));
        }
    }

    /// `text` with every known secret masked (type prefix and last four characters).
    pub fn mask<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let known = self.known.borrow();
        mask_all(text, known.iter().map(String::as_str))
    }

    /// A copy of the secrets, for a renderer that must not hold the borrow.
    pub fn snapshot(&self) -> Vec<String> {
        self.known.borrow().clone()
    }
}

/// `text` with each of `secrets` masked.
pub fn mask_all<'a, 's>(text: &'a str, secrets: impl IntoIterator<Item = &'s str>) -> Cow<'a, str> {
    let mut out = Cow::Borrowed(text);
    for secret in secrets {
        if secret.len() >= MIN_SECRET_LEN && out.contains(secret) {
            out = Cow::Owned(out.replace(secret, &crate::honeycomb::mask(secret)));
        }
    }
    out
}

/// What a renderer needs to know about where its rows go: to a person (escape), and which secrets to mask.
#[derive(Debug, Clone, Default)]
pub struct Sink {
    /// stdout is a terminal: CSV is escaped as a table is (a file or a pipe gets the exact values).
    pub terminal: bool,
    pub secrets: Vec<String>,
}

impl Sink {
    /// A table cell: masked and escaped, always (tables are for people).
    pub fn cell(&self, text: &str) -> String {
        terminal_line(&mask_all(text, self.secrets.iter().map(String::as_str))).into_owned()
    }

    /// A CSV field: masked; escaped only on a terminal.
    pub fn field(&self, text: &str) -> String {
        let masked = mask_all(text, self.secrets.iter().map(String::as_str));
        if self.terminal { terminal_line(&masked).into_owned() } else { masked.into_owned() }
    }

    /// Serialized output (JSON): exact, but for known secrets.
    pub fn exact(&self, text: &str) -> String {
        mask_all(text, self.secrets.iter().map(String::as_str)).into_owned()
    }

    /// One value on a line of its own on stdout (a path): masked, and escaped on a terminal.
    pub fn line(&self, text: &str) -> String {
        self.field(text)
    }

    /// Lines of text on stdout (a diff, a drawing): masked, and escaped on a terminal.
    pub fn text(&self, text: &str) -> String {
        let masked = mask_all(text, self.secrets.iter().map(String::as_str));
        if self.terminal { terminal_text(&masked).into_owned() } else { masked.into_owned() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_bidi_controls_are_shown_not_sent() {
        assert_eq!(terminal_line("\x1b]52;c;ZXZpbA==\x07"), "\\x1b]52;c;ZXZpbA==\\x07");
        assert_eq!(terminal_line("\x1b[2Jx"), "\\x1b[2Jx");
        assert_eq!(terminal_line("\x1b]8;;https://evil\x1b\\click\x1b]8;;\x1b\\"), "\\x1b]8;;https://evil\\x1b\\click\\x1b]8;;\\x1b\\");
        assert_eq!(terminal_line("user\u{202e}gpj.exe"), "user\\u202egpj.exe");
        assert_eq!(terminal_line("\u{9b}31m"), "\\x9b31m");
        assert_eq!(terminal_line("a\nb\rc\td"), "a\\nb\\rc\\td");
        assert_eq!(terminal_line("\u{2028}\u{200b}\u{feff}"), "\\u2028\\u200b\\ufeff");
        // Ordinary text, accents, emoji (with their joiners) and box drawing pass untouched, unallocated.
        for plain in ["alice", "Zoë", "👩‍💻", "│█▁", "日本語", ""] {
            assert!(matches!(terminal_line(plain), Cow::Borrowed(_)), "{plain}");
        }
    }

    #[test]
    fn text_keeps_its_lines_and_tabs_but_not_a_lone_carriage_return() {
        assert_eq!(terminal_text("a\n\tb\r\nc"), "a\n\tb\r\nc");
        assert_eq!(terminal_text("fake\rreal\x1b[1A"), "fake\\rreal\\x1b[1A");
        assert_eq!(terminal_text("end\r"), "end\\r");
    }

    #[test]
    fn known_secrets_are_masked_wherever_they_appear() {
        let secrets = Secrets::default();
        let key = format!("hcaik_{}", "z".repeat(26) + "wxyz");
        secrets.add(&key);
        secrets.add("short");
        secrets.add(&format!("hcxmk_id:{key}"));
        let echoed = format!("401: invalid key {key} (header X-Honeycomb-Team: {key})");
        assert_eq!(secrets.mask(&echoed), "401: invalid key hcaik_…wxyz (header X-Honeycomb-Team: hcaik_…wxyz)");
        assert_eq!(secrets.mask("short and sweet"), "short and sweet");
        let sink = Sink { terminal: false, secrets: secrets.snapshot() };
        assert_eq!(sink.field(&format!("a\x1b{key}")), "a\x1bhcaik_…wxyz");
        assert_eq!(sink.cell(&format!("a\x1b{key}")), "a\\x1bhcaik_…wxyz");
        assert_eq!(Sink { terminal: true, ..sink.clone() }.field("a\x1b"), "a\\x1b");
        assert_eq!(sink.exact(&format!("{{\"k\":\"{key}\"}}")), "{\"k\":\"hcaik_…wxyz\"}");
    }
}
