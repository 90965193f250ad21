use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;
use crate::edit::test_support;

const OTEL: [(&str, &str); 4] = [
    ("HONEYCOMB_API_KEY", "test-secret-value"),
    ("OTEL_SERVICE_NAME", "backend-flask"),
    ("OTEL_EXPORTER_OTLP_ENDPOINT", "https://api.honeycomb.io"),
    ("OTEL_EXPORTER_OTLP_HEADERS", "x-honeycomb-team=${HONEYCOMB_API_KEY}"),
];

fn values(text: &str) -> BTreeMap<String, Option<String>> {
    parse(text).unwrap().into_iter().map(|entry| (entry.key, entry.value)).collect()
}

fn value(text: &str, key: &str) -> Option<String> {
    find(&parse(text).unwrap(), key).and_then(|entry| entry.value.clone())
}

/// What adotenv, read as docker compose reads, finds for `key`.
fn oracle(text: &str, key: &str) -> Option<String> {
    adotenv::parse_with(text, adotenv::Dialect::COMPOSE).0.get(key).map(str::to_owned)
}

/// Upserts, then checks what every edit must satisfy: the edit is idempotent and adotenv agrees with us.
fn edit(text: &str, entries: &[(&str, &str)]) -> String {
    let out = upsert(text, entries).unwrap();
    assert_eq!(upsert(&out, entries).unwrap(), out, "not idempotent:\n{out}");
    for (key, expected) in entries {
        assert_eq!(value(&out, key).as_deref(), Some(*expected), "our parser, {key} in:\n{out}");
        assert_eq!(oracle(&out, key).as_deref(), Some(*expected), "adotenv, {key} in:\n{out}");
    }
    out
}

#[test]
fn parses_the_syntax_compose_documents() {
    let text = "\u{feff}# comment\n\
        \n\
        PLAIN=value\n\
        export EXPORTED=1\n\
        SPACED = around  \n\
        INLINE=value # comment\n\
        HASH=a#b\ta\t#b\n\
        EMPTY=\n\
        EMPTY_HASH= # text, as compose reads it\n\
        SINGLE='it\\'s ${literal} \\n'\n\
        DOUBLE=\"a \\\"b\\\" \\\\ \\n c # not a comment\" # comment\n\
        \x20 INDENTED=yes\n\
        BARE\n\
        MULTI=\"first\n\
        SECOND=inside\"\n\
        DOTTED.NAME=ok\n";
    let entries = parse(text).unwrap();
    let got: Vec<(&str, Option<&str>, usize, bool, Quote)> =
        entries.iter().map(|e| (e.key.as_str(), e.value.as_deref(), e.line, e.export, e.quote)).collect();
    assert_eq!(
        got,
        [
            ("PLAIN", Some("value"), 3, false, Quote::None),
            ("EXPORTED", Some("1"), 4, true, Quote::None),
            ("SPACED", Some("around"), 5, false, Quote::None),
            ("INLINE", Some("value"), 6, false, Quote::None),
            ("HASH", Some("a#b\ta\t#b"), 7, false, Quote::None),
            ("EMPTY", Some(""), 8, false, Quote::None),
            ("EMPTY_HASH", Some("# text, as compose reads it"), 9, false, Quote::None),
            ("SINGLE", Some("it's ${literal} \\n"), 10, false, Quote::Single),
            ("DOUBLE", Some("a \"b\" \\ \n c # not a comment"), 11, false, Quote::Double),
            ("INDENTED", Some("yes"), 12, false, Quote::None),
            ("BARE", None, 13, false, Quote::None),
            ("MULTI", Some("first\nSECOND=inside"), 14, false, Quote::Double),
            ("DOTTED.NAME", Some("ok"), 16, false, Quote::None),
        ]
    );
    // adotenv reads the assignments the same way (it ignores bare names, as compose does without a value).
    for entry in entries.iter().filter(|entry| entry.value.is_some()) {
        assert_eq!(oracle(text, &entry.key), entry.value, "{}", entry.key);
    }
}

#[test]
fn crlf_files_read_like_lf_ones() {
    let text = "A=1\r\nB=\"two\"\r\n# c\r\nC='3' # x\r\nD=4 \r\n";
    assert_eq!(values(text), values(&text.replace("\r\n", "\n")));
    assert_eq!(value(text, "D").as_deref(), Some("4"));
}

#[test]
fn the_last_assignment_wins() {
    let entries = parse("A=1\nB=2\nA=3\n").unwrap();
    assert_eq!(entries.len(), 3);
    assert_eq!(find(&entries, "A").map(|e| (e.line, e.value.as_deref())), Some((3, Some("3"))));
    assert_eq!(oracle("A=1\nB=2\nA=3\n", "A").as_deref(), Some("3"));
    assert!(find(&entries, "C").is_none());
}

#[test]
fn errors_name_the_line() {
    let cases = [
        ("A=1\nBAD KEY=value\n", "line 2: expected `=` after `BAD`, found ` ` (names are ASCII letters, digits, `_` and `.`)"),
        ("A=1\n\n-X=1\n", "line 3: expected a variable name, found `-`"),
        ("NO-WORK=1\n", "line 1: expected `=` after `NO`, found `-` (names are ASCII letters, digits, `_` and `.`)"),
        ("A=1\nB=\"open\nC=2\n", "line 2: the double-quoted value is never closed"),
        ("A='open\n", "line 1: the single-quoted value is never closed"),
        ("A=1\nB=\"x\"y\n", "line 2: text after the closing quote of `B` (only a `# comment` may follow it)"),
        ("M=\"a\nb\" tail\n", "line 2: text after the closing quote of `M` (only a `# comment` may follow it)"),
    ];
    for (text, message) in cases {
        assert_eq!(parse(text).unwrap_err().to_string(), message, "{text:?}");
        // Nothing is edited in a file that cannot be read.
        assert_eq!(upsert(text, &[("Z", "1")]).unwrap_err().to_string(), message, "{text:?}");
    }
}

#[test]
fn rejects_names_and_values_no_environment_can_hold() {
    assert_eq!(upsert("", &[("1A", "x")]).unwrap_err(), DotenvError::InvalidName { key: "1A".into() });
    assert_eq!(upsert("", &[("A-B", "x")]).unwrap_err(), DotenvError::InvalidName { key: "A-B".into() });
    assert_eq!(upsert("", &[("A", "x\0y")]).unwrap_err(), DotenvError::InvalidValue { key: "A".into() });
}

#[test]
fn replaces_a_value_in_place_keeping_export_quotes_and_comment() {
    assert_eq!(edit("export A=\"old\"   # keep me\nB=2\n", &[("A", "new")]), "export A=\"new\"   # keep me\nB=2\n");
    assert_eq!(edit("A='old' # c\n", &[("A", "new")]), "A='new' # c\n");
    assert_eq!(edit("A = old # c\n", &[("A", "new")]), "A = new # c\n");
    assert_eq!(edit("  A=old\n", &[("A", "new")]), "  A=new\n");
}

#[test]
fn quotes_values_that_need_it() {
    // Unquoted values that would be cut at a space or a ` #`, or misread, become double-quoted and escaped.
    assert_eq!(edit("A=old\n", &[("A", "two words")]), "A=\"two words\"\n");
    assert_eq!(edit("A=old\n", &[("A", "x-honeycomb-team=abc #1")]), "A=\"x-honeycomb-team=abc #1\"\n");
    assert_eq!(edit("A=old\n", &[("A", "say \"hi\" \\o/")]), "A=\"say \\\"hi\\\" \\\\o/\"\n");
    assert_eq!(edit("A=old\n", &[("A", "line1\nline2")]), "A=\"line1\\nline2\"\n");
    assert_eq!(edit("A=old\n", &[("A", "it's")]), "A=\"it's\"\n");
    // `${VAR}` references stay unquoted when the file writes values unquoted.
    assert_eq!(edit("A=old\n", &[("A", "x-honeycomb-team=${HONEYCOMB_API_KEY}")]), "A=x-honeycomb-team=${HONEYCOMB_API_KEY}\n");
    // Single quotes stay unless the value cannot be single-quoted, or has a `$` they would stop expanding.
    assert_eq!(edit("A='old'\n", &[("A", "two words")]), "A='two words'\n");
    assert_eq!(edit("A='old'\n", &[("A", "it's")]), "A=\"it's\"\n");
    assert_eq!(edit("A='old'\n", &[("A", "team=${KEY}")]), "A=\"team=${KEY}\"\n");
    // Double quotes stay double.
    assert_eq!(edit("A=\"old\"\n", &[("A", "plain")]), "A=\"plain\"\n");
    assert_eq!(edit("A=\"old\"\n", &[("A", "")]), "A=\"\"\n");
    assert_eq!(edit("A=old\n", &[("A", "")]), "A=\n");
}

#[test]
fn an_empty_value_before_a_comment_keeps_quotes() {
    // Found by the property test: `B= # c` reads as `# c`, so the empty value needs its quotes there.
    assert_eq!(edit("B=a # c\n", &[("B", "")]), "B=\"\" # c\n");
    assert_eq!(edit("B=a\n", &[("B", "")]), "B=\n");
}

#[test]
fn the_line_ending_is_the_inputs_even_when_its_lines_are_replaced() {
    // Found by the property test: the only CRLF was inside the value being replaced.
    assert_eq!(edit("A=\"\r\n\"", &[("A", ""), ("B", "")]), "A=\"\"\r\nB=\"\"");
}

#[test]
fn updates_the_last_of_duplicate_keys() {
    let out = edit("A=1\nB=2\nA=3 # winner\n", &[("A", "9")]);
    assert_eq!(out, "A=1\nB=2\nA=9 # winner\n");
}

#[test]
fn a_bare_name_gets_its_value() {
    assert_eq!(edit("A\nB=2\n", &[("A", "1")]), "A=1\nB=2\n");
    assert_eq!(edit("A   \nB=\"2\"\nC=\"3\"\n", &[("A", "x y")]), "A=\"x y\"   \nB=\"2\"\nC=\"3\"\n");
}

#[test]
fn replaces_a_multi_line_value_and_never_matches_a_name_inside_one() {
    let text = "M=\"first\nA=inside\nlast\"\nA=outside\n";
    assert_eq!(edit(text, &[("A", "new")]), "M=\"first\nA=inside\nlast\"\nA=new\n");
    assert_eq!(edit(text, &[("M", "one line")]), "M=\"one line\"\nA=outside\n");
}

#[test]
fn appends_new_keys_in_the_files_style() {
    // LF with a final newline.
    assert_eq!(edit("A=1\n", &[("B", "2")]), "A=1\nB=2\n");
    // No final newline: still none afterwards.
    assert_eq!(edit("A=1", &[("B", "2"), ("C", "3")]), "A=1\nB=2\nC=3");
    // CRLF, with and without a final newline.
    assert_eq!(edit("A=1\r\n", &[("B", "2")]), "A=1\r\nB=2\r\n");
    assert_eq!(edit("A=1\r\n# c", &[("B", "2")]), "A=1\r\n# c\r\nB=2");
    // An empty file gets a normal last line.
    assert_eq!(edit("", &[("B", "2")]), "B=2\n");
    // Mostly double-quoted values: new ones too. All `export`: new ones too.
    assert_eq!(edit("A=\"1\"\nB=\"2\"\nC=3\n", &[("D", "4")]), "A=\"1\"\nB=\"2\"\nC=3\nD=\"4\"\n");
    assert_eq!(edit("export A=1\n", &[("B", "2")]), "export A=1\nexport B=2\n");
    assert_eq!(edit("export A=1\nB=1\n", &[("C", "2")]), "export A=1\nB=1\nC=2\n");
    // After trailing comments and blank lines, which stay where they are.
    assert_eq!(edit("A=1\n\n# end\n", &[("B", "2")]), "A=1\n\n# end\nB=2\n");
}

#[test]
fn an_unchanged_value_keeps_the_file_byte_for_byte() {
    for text in ["A = 'x'   # c\r\n", "export A=\"x\"", "A=x #c\nA=x"] {
        assert_eq!(upsert(text, &[("A", "x")]).unwrap(), text);
    }
}

#[test]
fn keys_given_twice_end_with_the_last_value() {
    assert_eq!(edit("", &[("A", "1"), ("A", "2")][1..]), "A=2\n");
    assert_eq!(upsert("", &[("A", "1"), ("A", "2")]).unwrap(), "A=2\n");
}

#[test]
fn every_fixture_env_file_takes_the_honeycomb_variables() {
    let files = test_support::real_fixture_files(|name| name == ".env" || name.starts_with(".env."));
    assert!(files.len() >= 20, "found only {} .env files", files.len());
    for path in files {
        let name = test_support::name(&path);
        let text = test_support::read(&path);
        let before = parse(&text).unwrap_or_else(|err| panic!("{name}: {err}"));
        let out = edit(&text, &OTEL);
        // Only new lines: none of these files has the variables yet, and nothing else moved.
        let (removed, added) = test_support::changed_lines(&text, &out);
        assert!(removed.is_empty(), "{name}: {removed:?}");
        assert_eq!(added.len(), OTEL.len(), "{name}: {added:?}");
        assert_eq!(out.ends_with('\n'), text.ends_with('\n') || text.is_empty(), "{name}: final newline");
        assert!(out.starts_with(&text), "{name}: the original bytes must stay a prefix");
        // The file's own assignments read the same before and after.
        let after = parse(&out).unwrap();
        assert_eq!(&after[..before.len()], &before[..], "{name}");
        // CRLF files stay CRLF.
        if text.contains("\r\n") {
            assert!(!out.replace("\r\n", "").contains('\n'), "{name}: mixed line endings");
        }
        // And they are written the way the file writes values (these use double quotes throughout).
        assert!(out.contains("OTEL_SERVICE_NAME=\"backend-flask\""), "{name}:\n{out}");
    }
}

#[test]
fn a_literal_key_in_a_fixture_is_replaced_in_place() {
    let path = test_support::workspaces().join("jess-bk__aws-bootcamp-cruddur-2023/frontend-react-js/.env.example");
    let text = test_support::read(&path);
    let out = edit(&text, &[("REACT_APP_HONEYCOMB_COLLECTOR_API_KEY", "${HONEYCOMB_API_KEY}")]);
    let (removed, added) = test_support::changed_lines(&text, &out);
    assert_eq!(removed, ["REACT_APP_HONEYCOMB_COLLECTOR_API_KEY=\"REDACTED\""]);
    assert_eq!(added, ["REACT_APP_HONEYCOMB_COLLECTOR_API_KEY=\"${HONEYCOMB_API_KEY}\""]);
}

// ---------------------------------------------------------------------------------------------------------
// Property tests: random documents in the syntax above, an edit, then what the edit must guarantee.

/// One line (or, for a multi-line value, several) of a generated document, with what it means.
#[derive(Debug, Clone)]
enum Line {
    Blank(String),
    Comment(String),
    Assign { indent: String, export: bool, key: String, space_eq: bool, value: Option<String>, raw: String, comment: Option<String> },
}

impl Line {
    /// The line as written; a line break typed inside a quoted value (`\u{1}` in the generated raw text)
    /// becomes the file's line ending.
    fn text(&self, eol: &str) -> String {
        match self {
            Line::Blank(spaces) => spaces.clone(),
            Line::Comment(text) => format!("# {text}"),
            Line::Assign { indent, export, key, space_eq, value, raw, comment } => {
                let mut line = format!("{indent}{}{key}", if *export { "export " } else { "" });
                if value.is_some() {
                    line.push_str(if *space_eq { " = " } else { "=" });
                    line.push_str(&raw.replace('\u{1}', eol));
                }
                if let Some(comment) = comment {
                    line.push_str(" # ");
                    line.push_str(comment);
                }
                line
            }
        }
    }
}

const KEYS: [&str; 6] = ["A", "B", "OTEL_SERVICE_NAME", "HONEYCOMB_API_KEY", "export_ME", "C_1"];

fn key() -> impl Strategy<Value = String> {
    prop::sample::select(&KEYS[..]).prop_map(str::to_owned)
}

/// A value and how it is written: unquoted, single- or double-quoted (with escapes, maybe over lines).
fn written_value() -> impl Strategy<Value = (String, String)> {
    prop_oneof![
        "[A-Za-z0-9_./:@,+=%${}-]{0,12}".prop_map(|v| (v.clone(), v)),
        // `#` inside an unquoted value without a space before it is literal.
        "[a-z]{1,4}#[a-z]{0,4}".prop_map(|v| (v.clone(), v)),
        "[A-Za-z0-9 #=${}\"-]{0,12}".prop_map(|v| (v.clone(), format!("'{v}'"))),
        prop::collection::vec(
            prop_oneof![
                "[A-Za-z0-9 #'=${}-]{1,4}".prop_map(|s| (s.clone(), s)),
                Just(("\"".to_owned(), "\\\"".to_owned())),
                Just(("\\".to_owned(), "\\\\".to_owned())),
                Just(("\n".to_owned(), "\\n".to_owned())),
                Just(("\u{1}".to_owned(), "\u{1}".to_owned())),
            ],
            0..5
        )
        .prop_map(|parts| {
            let value: String = parts.iter().map(|(v, _)| v.as_str()).collect();
            let raw: String = parts.iter().map(|(_, r)| r.as_str()).collect();
            (value, format!("\"{raw}\""))
        }),
    ]
}

fn line() -> impl Strategy<Value = Line> {
    prop_oneof![
        1 => "[ \t]{0,2}".prop_map(Line::Blank),
        1 => "[a-z =#]{0,10}".prop_map(Line::Comment),
        6 => (
            prop_oneof![Just(String::new()), Just("  ".to_owned())],
            any::<bool>(),
            key(),
            any::<bool>(),
            prop::option::weighted(0.9, written_value()),
            prop::option::weighted(0.2, "[a-z #=]{0,6}"),
        )
            .prop_map(|(indent, export, key, space_eq, value, comment)| {
                let (value, raw) = value.map_or((None, String::new()), |(v, r)| (Some(v), r));
                // A comment after a bare name is not valid, and after an empty unquoted value (`A= # c`)
                // it is the value, as compose reads it.
                let comment = if raw.is_empty() { None } else { comment };
                Line::Assign { indent, export, key, space_eq, value, raw, comment }
            }),
    ]
}

fn document() -> impl Strategy<Value = (Vec<Line>, bool, bool)> {
    (prop::collection::vec(line(), 0..12), any::<bool>(), any::<bool>())
}

fn render_document(lines: &[Line], crlf: bool, final_newline: bool) -> String {
    let eol = if crlf { "\r\n" } else { "\n" };
    let mut text = lines.iter().map(|line| line.text(eol)).collect::<Vec<_>>().join(eol);
    if final_newline && !lines.is_empty() {
        text.push_str(eol);
    }
    text
}

/// What the generated lines mean: every assignment, in order.
fn meaning(lines: &[Line], crlf: bool) -> Vec<(String, Option<String>)> {
    lines
        .iter()
        .filter_map(|line| match line {
            Line::Assign { key, value, .. } => {
                // A line break typed inside quotes is part of the value, CRLF in a CRLF file.
                let eol = if crlf { "\r\n" } else { "\n" };
                let value = value.as_ref().map(|v| v.replace('\u{1}', eol));
                Some((key.clone(), value))
            }
            _ => None,
        })
        .collect()
}

fn effective(pairs: &[(String, Option<String>)]) -> BTreeMap<String, Option<String>> {
    pairs.iter().cloned().collect()
}

fn edits() -> impl Strategy<Value = Vec<(String, String)>> {
    prop::collection::vec((key(), "[ -~\n]{0,10}"), 1..4)
}

/// The text with the value spans of the chosen assignments cut out (and, for a name that had no `=`, the
/// `=` we add), so that what must not change can be compared.
fn skeleton(text: &str, assignments: &[Assignment], cut: &[usize], bare_before: &[bool]) -> String {
    let mut out = String::new();
    let mut from = 0;
    for &index in cut {
        let mut span = assignments[index].value.clone();
        if bare_before[index] && assignments[index].has_equals {
            span.start -= 1;
        }
        out.push_str(&text[from..span.start]);
        from = span.end;
    }
    out.push_str(&text[from..]);
    out
}

proptest! {
    // No regression files: they would land outside this module; failures found are kept as unit tests.
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn parsing_reads_what_was_written((lines, crlf, final_newline) in document()) {
        let text = render_document(&lines, crlf, final_newline);
        let parsed: Vec<(String, Option<String>)> = parse(&text).unwrap().into_iter().map(|e| (e.key, e.value)).collect();
        prop_assert_eq!(&parsed, &meaning(&lines, crlf));
        for (key, value) in effective(&parsed) {
            if let Some(value) = value {
                prop_assert_eq!(oracle(&text, &key), Some(value), "adotenv disagrees on {} in {:?}", key, text);
            }
        }
    }

    #[test]
    fn upsert_sets_exactly_the_intended_values((lines, crlf, final_newline) in document(), edits in edits()) {
        let text = render_document(&lines, crlf, final_newline);
        let entries: Vec<(&str, &str)> = edits.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let out = upsert(&text, &entries).unwrap();

        // The values are the intended ones, by our parser and by adotenv's compose reading.
        let mut intended = effective(&meaning(&lines, crlf));
        for (key, value) in &edits {
            intended.insert(key.clone(), Some(value.clone()));
        }
        prop_assert_eq!(effective(&parse(&out).unwrap().into_iter().map(|e| (e.key, e.value)).collect::<Vec<_>>()), intended.clone());
        for (key, value) in &intended {
            if let Some(value) = value {
                let theirs = oracle(&out, key);
                prop_assert_eq!(theirs.as_ref(), Some(value), "adotenv on {} in {:?}", key, out);
            }
        }

        // Applying it again changes nothing.
        prop_assert_eq!(upsert(&out, &entries).unwrap(), out.clone());

        // Everything but the values of the assignments that won for the edited keys is untouched, and
        // new keys are only appended.
        let before = scan(&text).unwrap();
        let after = scan(&out).unwrap();
        prop_assert!(after.len() >= before.len());
        let mut cut: Vec<usize> = edits
            .iter()
            .filter_map(|(key, _)| before.iter().rposition(|a| &a.entry.key == key))
            .collect();
        cut.sort_unstable();
        cut.dedup();
        let bare: Vec<bool> = before.iter().map(|a| !a.has_equals).collect();
        let old = skeleton(&text, &before, &cut, &bare);
        let new = skeleton(&out, &after[..before.len()], &cut, &bare);
        prop_assert!(new.starts_with(&old), "{:?}\nvs\n{:?}", old, new);
        for (index, (a, b)) in before.iter().zip(&after).enumerate() {
            if !cut.contains(&index) {
                prop_assert_eq!((&a.entry.key, &a.entry.value, a.entry.export, a.entry.quote), (&b.entry.key, &b.entry.value, b.entry.export, b.entry.quote));
            }
        }
        // Line endings: nothing new is LF-only in a CRLF file (except inside the file's own quoted values).
        if crlf && text.contains("\r\n") {
            prop_assert_eq!(out.matches('\n').count() - out.matches("\r\n").count(), text.matches('\n').count() - text.matches("\r\n").count());
        }
        // The final newline is as it was (an empty file gets one).
        if !text.is_empty() {
            prop_assert_eq!(out.ends_with('\n'), text.ends_with('\n'));
        }
    }
}
