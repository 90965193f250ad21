use proptest::prelude::*;

use super::*;
use crate::edit::test_support;

/// The five packages of the seeds' Honeycomb setup.
const OTEL: [&str; 5] = [
    "opentelemetry-api",
    "opentelemetry-sdk",
    "opentelemetry-exporter-otlp-proto-http",
    "opentelemetry-instrumentation-flask",
    "opentelemetry-instrumentation-requests",
];

fn ensure(input: &str, packages: &[&str]) -> (String, Vec<String>) {
    let (out, added) = ensure_packages(input, packages);
    let (again, added_again) = ensure_packages(&out, packages);
    assert_eq!(again, out, "not idempotent");
    assert!(added_again.is_empty());
    (out, added)
}

#[test]
fn normalizes_names_as_pep_503_does() {
    assert_eq!(normalize("Flask"), "flask");
    assert_eq!(normalize("aws_xray_sdk"), "aws-xray-sdk");
    assert_eq!(normalize("OpenTelemetry.Exporter--OTLP__proto.-http"), "opentelemetry-exporter-otlp-proto-http");
}

#[test]
fn reads_names_whatever_follows_them() {
    let text = "Flask==2.2.3\n\
        flask-cors  # comment\n\
        \n\
        # aws-xray-sdk\n\
        opentelemetry_api >= 1.16 ; python_version >= \"3.8\"\n\
        opentelemetry-sdk[grpc]~=1.0\n\
        requests @ https://example.invalid/requests.whl\n\
        -r other.txt\n\
        --index-url https://example.invalid/simple\n\
        -e git+https://example.invalid/repo.git#egg=Watch.Tower\n\
        ./local/package\n\
        https://example.invalid/pkg.whl\n\
        dist/pkg-1.0.tar.gz\n\
        rollbar \\\n\
        \x20   --hash=sha256:abc\n\
        blinker";
    let names: Vec<(usize, String)> = requirement_names(text);
    let expected = [
        (1, "flask"),
        (2, "flask-cors"),
        (5, "opentelemetry-api"),
        (6, "opentelemetry-sdk"),
        (7, "requests"),
        (10, "watch-tower"),
        (14, "rollbar"),
        (16, "blinker"),
    ];
    assert_eq!(names, expected.map(|(line, name)| (line, name.to_owned())));
}

#[test]
fn adds_only_what_is_missing_and_keeps_pins() {
    let text = "Flask==2.2.3\nOpenTelemetry_API==1.16.0  # pinned\n# opentelemetry-sdk\n";
    let (out, added) = ensure(text, &OTEL);
    assert_eq!(added, &OTEL[1..]);
    assert_eq!(out, format!("{text}{}\n", OTEL[1..].join("\n")));
}

#[test]
fn follows_the_files_line_endings_and_final_newline() {
    assert_eq!(ensure("flask\r\n", &["rollbar"]).0, "flask\r\nrollbar\r\n");
    assert_eq!(ensure("flask", &["rollbar", "blinker"]).0, "flask\nrollbar\nblinker");
    assert_eq!(ensure("flask\r\nwatchtower", &["rollbar"]).0, "flask\r\nwatchtower\r\nrollbar");
    assert_eq!(ensure("", &["rollbar"]).0, "rollbar\n");
    assert_eq!(ensure("flask\n\n", &["rollbar"]).0, "flask\n\nrollbar\n");
}

#[test]
fn never_joins_a_new_line_to_a_continued_one() {
    let (out, _) = ensure("flask \\\n", &["rollbar"]);
    assert_eq!(out, "flask \\\n\nrollbar\n");
    assert!(requirement_names(&out).iter().any(|(_, name)| name == "rollbar"));
    let (out, _) = ensure("flask \\", &["rollbar"]);
    assert_eq!(requirement_names(&out).into_iter().map(|(_, n)| n).collect::<Vec<_>>(), ["flask", "rollbar"]);
}

#[test]
fn nothing_to_add_returns_the_input() {
    for text in ["flask\nrollbar", "FLASK ; os_name == 'posix'\r\n", ""] {
        let packages: &[&str] = if text.is_empty() { &[] } else { &["flask"] };
        let (out, added) = ensure_packages(text, packages);
        assert_eq!(out, text);
        assert!(added.is_empty());
    }
}

#[test]
fn the_same_package_twice_is_added_once() {
    let (out, added) = ensure("", &["opentelemetry-api", "opentelemetry_api", " ", "OpenTelemetry-API>=1"]);
    assert_eq!(out, "opentelemetry-api\n");
    assert_eq!(added, ["opentelemetry-api"]);
}

#[test]
fn every_fixture_requirements_file_takes_the_otel_packages() {
    let files = test_support::fixture_files(|name| name == "requirements.txt");
    assert!(files.len() >= 14, "found only {} requirements files", files.len());
    let mut added_somewhere = 0;
    for path in files {
        let name = test_support::name(&path);
        let text = test_support::read(&path);
        let before: Vec<String> = requirement_names(&text).into_iter().map(|(_, n)| n).collect();
        let (out, added) = ensure(&text, &OTEL);
        let missing: Vec<&str> = OTEL.iter().copied().filter(|p| !before.contains(&normalize(p))).collect();
        assert_eq!(added, missing, "{name}");
        let after: Vec<String> = requirement_names(&out).into_iter().map(|(_, n)| n).collect();
        for package in OTEL {
            assert!(after.contains(&normalize(package)), "{name}: {package} missing");
        }
        // Only lines added; the original text stays a prefix (up to the line ending a file without a final
        // newline gets on its last line), and CRLF files get CRLF lines.
        let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
        if added.is_empty() {
            assert_eq!(out, text, "{name}");
        } else {
            assert!(out.starts_with(&text), "{name}");
            let tail = &out[text.len()..];
            let expected_tail = if text.ends_with('\n') || text.is_empty() {
                format!("{}{eol}", missing.join(eol))
            } else {
                format!("{eol}{}", missing.join(eol))
            };
            assert_eq!(tail, expected_tail, "{name}");
            added_somewhere += 1;
        }
    }
    assert!(added_somewhere >= 3, "the fixtures should include files missing the packages");
}

// ---------------------------------------------------------------------------------------------------------
// Property test: random requirements files, random packages, then what the edit must guarantee.

const NAMES: [&str; 6] = ["flask", "opentelemetry-api", "aws-xray-sdk", "rollbar", "opentelemetry-sdk", "blinker"];

/// A name spelled in one of the ways PEP 503 treats as the same.
fn spelled(name: &'static str) -> impl Strategy<Value = String> {
    (any::<bool>(), prop::sample::select(vec!["-", "_", ".", "--", "_."])).prop_map(move |(upper, sep)| {
        let spelled = name.replace('-', sep);
        if upper { spelled.to_uppercase() } else { spelled }
    })
}

#[derive(Debug, Clone)]
enum Line {
    Blank,
    Comment(String),
    /// A requirement: its canonical name and how it is written.
    Requirement(&'static str, String),
    Option(String),
}

fn line() -> impl Strategy<Value = Line> {
    let requirement = prop::sample::select(&NAMES[..]).prop_flat_map(|name| {
        (spelled(name), prop::sample::select(vec!["", "==1.0", " >= 2", "[extra]", "~=1.2 ; python_version > \"3\"", "  # pinned"]))
            .prop_map(move |(spelled, tail)| Line::Requirement(name, format!("{spelled}{tail}")))
    });
    prop_oneof![
        1 => Just(Line::Blank),
        1 => prop::sample::select(&NAMES[..]).prop_map(|name| Line::Comment(format!("# {name}"))),
        1 => Just(Line::Option("-r base.txt".to_owned())),
        4 => requirement,
    ]
}

proptest! {
    // No regression files: they would land outside this module; failures found are kept as unit tests.
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn ensure_packages_adds_exactly_the_missing_ones(
        lines in prop::collection::vec(line(), 0..10),
        crlf in any::<bool>(),
        final_newline in any::<bool>(),
        wanted in prop::collection::vec(prop::sample::select(&NAMES[..]).prop_flat_map(spelled), 0..5),
    ) {
        let eol = if crlf { "\r\n" } else { "\n" };
        let mut text = lines
            .iter()
            .map(|line| match line {
                Line::Blank => String::new(),
                Line::Comment(text) | Line::Option(text) | Line::Requirement(_, text) => text.clone(),
            })
            .collect::<Vec<_>>()
            .join(eol);
        if final_newline && !lines.is_empty() {
            text.push_str(eol);
        }
        let present: Vec<String> = lines.iter().filter_map(|l| match l { Line::Requirement(n, _) => Some(n.to_string()), _ => None }).collect();
        prop_assert_eq!(requirement_names(&text).into_iter().map(|(_, n)| n).collect::<Vec<_>>(), present.clone());

        let packages: Vec<&str> = wanted.iter().map(String::as_str).collect();
        let (out, added) = ensure_packages(&text, &packages);

        // Every wanted package is named now; exactly the missing ones (once each) were added.
        let after: Vec<String> = requirement_names(&out).into_iter().map(|(_, n)| n).collect();
        for package in &wanted {
            prop_assert!(after.contains(&normalize(package)));
        }
        let mut expected_added: Vec<String> = Vec::new();
        for package in &wanted {
            let name = normalize(package);
            if !present.contains(&name) && !expected_added.iter().any(|p| normalize(p) == name) {
                expected_added.push(package.clone());
            }
        }
        prop_assert_eq!(&added, &expected_added);
        prop_assert_eq!(&after[..present.len()], &present[..]);
        prop_assert_eq!(after.len(), present.len() + added.len());

        // The original bytes stay; the added lines use the file's line ending; idempotent.
        prop_assert!(out.starts_with(&text));
        if !added.is_empty() && !text.is_empty() {
            prop_assert_eq!(out.ends_with('\n'), text.ends_with('\n'));
            if crlf && text.contains("\r\n") {
                prop_assert!(!out.replace("\r\n", "").contains('\n'));
            }
        }
        prop_assert_eq!(ensure_packages(&out, &packages), (out.clone(), Vec::new()));
    }
}

/// Found by examples/fuzz_parsers: a file holding only a byte-order mark got the packages again on every run.
#[test]
fn a_byte_order_mark_does_not_hide_the_first_name() {
    let (once, _) = ensure_packages("\u{feff}", &["opentelemetry-sdk"]);
    assert_eq!(once, "\u{feff}opentelemetry-sdk\n");
    let (twice, added) = ensure_packages(&once, &["opentelemetry-sdk"]);
    assert!(added.is_empty());
    assert_eq!(twice, once);
}

/// Found by examples/fuzz_parsers: two byte-order marks, and a last line continued with `\` and ended by a
/// lone `\r`, each made a second run add the packages again.
#[test]
fn odd_file_endings_and_starts_stay_idempotent() {
    for input in ["\u{feff}\u{feff}", "rollbar\\\r", "]\\\r", "flask\nrollbar\\\r"] {
        let (once, _) = ensure_packages(input, &["opentelemetry-sdk", "aws-xray-sdk"]);
        let (twice, added) = ensure_packages(&once, &["opentelemetry-sdk", "aws-xray-sdk"]);
        assert!(added.is_empty(), "{input:?} → {once:?}: added {added:?} again");
        assert_eq!(twice, once);
    }
}

#[test]
fn packages_are_removed_with_their_continuations_and_nothing_else() {
    let text = "flask\r\n# tracing\r\naws_xray_sdk==2.12 \\\r\n    --hash=sha256:abc\r\nopentelemetry-api\r\naws-xray-sdk ; python_version > \"3\"\r\nwatchtower";
    let (out, removed) = remove_packages(text, &["aws-xray-sdk"]);
    assert_eq!(out, "flask\r\n# tracing\r\nopentelemetry-api\r\nwatchtower");
    assert_eq!(removed, ["aws_xray_sdk==2.12", "aws-xray-sdk ; python_version > \"3\""]);
    assert_eq!(remove_packages(&out, &["aws-xray-sdk"]), (out.clone(), Vec::<String>::new()));
    let (last, _) = remove_packages("flask\naws-xray-sdk", &["aws-xray-sdk"]);
    assert_eq!(last, "flask", "no final newline before, none after");
}
