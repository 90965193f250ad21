//! package.json: which front-end stack a service uses, and adding the dependencies it is missing.
//!
//! Edits go through jsonc-parser's concrete syntax tree, so indentation, key order, line endings and a
//! missing final newline survive; the result is checked with a strict re-parse (serde_json) to equal the
//! original plus the new dependencies and nothing else. npm keeps `dependencies` sorted, and so do we:
//! a new name goes where `npm install` would put it when the existing ones are sorted, else at the end.

use jsonc_parser::ParseOptions;
use jsonc_parser::cst::{CstInputValue, CstRootNode};
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackageJsonError {
    #[error("line {line}, column {column}: not valid JSON: {message}")]
    Syntax { line: usize, column: usize, message: String },
    #[error("{0}")]
    Shape(String),
}

/// How a React app reads build-time variables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    /// Create React App (react-scripts): `process.env.REACT_APP_*`.
    CreateReactApp,
    /// Vite: `import.meta.env.VITE_*`.
    Vite,
}

impl Flavor {
    /// The prefix a variable needs to reach the browser bundle.
    pub fn env_prefix(self) -> &'static str {
        match self {
            Flavor::CreateReactApp => "REACT_APP_",
            Flavor::Vite => "VITE_",
        }
    }

    /// The expression the bundler replaces with a variable's value (followed by the variable's name).
    pub fn env_access(self) -> &'static str {
        match self {
            Flavor::CreateReactApp => "process.env.",
            Flavor::Vite => "import.meta.env.",
        }
    }
}

fn strict() -> ParseOptions {
    ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_extended_string_escapes: false,
        allow_non_finite_numbers: false,
    }
}

fn parse_value(text: &str) -> Result<Value, PackageJsonError> {
    // One byte-order mark, as npm strips it: a second one is not JSON.
    serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(text)).map_err(|err| PackageJsonError::Syntax {
        line: err.line(),
        column: err.column(),
        message: err.to_string().split(" at line").next().unwrap_or_default().to_owned(),
    })
}

/// Every dependency name (`dependencies`, `devDependencies`, `peerDependencies`).
pub fn dependency_names(text: &str) -> Result<Vec<String>, PackageJsonError> {
    let value = parse_value(text)?;
    let mut names = Vec::new();
    for section in ["dependencies", "devDependencies", "peerDependencies"] {
        if let Some(object) = value.get(section).and_then(Value::as_object) {
            names.extend(object.keys().cloned());
        }
    }
    Ok(names)
}

/// The React stack a package.json describes: `None` when it names neither react nor a React toolchain.
pub fn react_flavor(text: &str) -> Result<Option<Flavor>, PackageJsonError> {
    let names = dependency_names(text)?;
    let has = |name: &str| names.iter().any(|found| found == name);
    Ok(if has("vite") && !has("react-scripts") {
        Some(Flavor::Vite)
    } else if has("react") || has("react-scripts") {
        Some(Flavor::CreateReactApp)
    } else {
        None
    })
}

/// Adds each `(name, version range)` that is in none of the dependency sections to `dependencies`
/// (created when missing). Returns the new text and the names added; a name already present, in any
/// section or at any version, is the team's choice and stays as it is.
pub fn ensure_dependencies(text: &str, wanted: &[(&str, &str)]) -> Result<(String, Vec<String>), PackageJsonError> {
    let original = parse_value(text)?;
    if !original.is_object() {
        return Err(PackageJsonError::Shape("the top level is not an object".to_owned()));
    }
    if let Some(found) = original.get("dependencies").filter(|value| !value.is_object()) {
        return Err(PackageJsonError::Shape(format!("dependencies: expected an object, found {found}")));
    }
    let present = dependency_names(text)?;
    let missing: Vec<(&str, &str)> = wanted.iter().copied().filter(|(name, _)| !present.iter().any(|found| found == name)).collect();
    if missing.is_empty() {
        return Ok((text.to_owned(), Vec::new()));
    }

    let bom = if text.starts_with('\u{feff}') { "\u{feff}" } else { "" };
    let root = CstRootNode::parse(&text[bom.len()..], &strict()).map_err(|err| PackageJsonError::Syntax {
        line: err.line_display(),
        column: err.column_display(),
        message: err.kind().to_string(),
    })?;
    let object = root.object_value().ok_or_else(|| PackageJsonError::Shape("the top level is not an object".to_owned()))?;
    // JSON.parse (npm) keeps the last of a repeated key; the tree editor would change the first.
    let sections = object.properties().iter().filter(|prop| prop.decoded_name().as_deref() == Some("dependencies")).count();
    if sections > 1 {
        return Err(PackageJsonError::Shape(format!(
            "dependencies: the key is written {sections} times and npm reads only the last one: merge them into one"
        )));
    }
    let dependencies = object.object_value_or_set("dependencies");
    for (name, range) in &missing {
        let existing: Vec<String> = dependencies.properties().iter().filter_map(|prop| prop.decoded_name()).collect();
        let sorted = existing.windows(2).all(|pair| pair[0] <= pair[1]);
        let at = if sorted { existing.iter().position(|found| found.as_str() > *name).unwrap_or(existing.len()) } else { existing.len() };
        dependencies.insert(at, name, CstInputValue::String((*range).to_owned()));
    }
    let edited = format!("{bom}{root}");

    // The edit must be exactly the new dependencies: anything else would be a bug in the tree editor.
    let mut expected = original;
    let section =
        expected.as_object_mut().expect("checked above").entry("dependencies").or_insert_with(|| Value::Object(Default::default()));
    for (name, range) in &missing {
        section.as_object_mut().expect("checked above").insert((*name).to_owned(), Value::String((*range).to_owned()));
    }
    match parse_value(&edited) {
        Ok(value) if value == expected => {}
        _ => return Err(PackageJsonError::Shape("the edit could not be made without changing anything else".to_owned())),
    }
    Ok((edited, missing.iter().map(|(name, _)| (*name).to_owned()).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const CRA: &str = "{\n  \"name\": \"frontend\",\n  \"version\": \"0.1.0\",\n  \"private\": true,\n  \"dependencies\": {\n    \"react\": \"^18.2.0\",\n    \"react-dom\": \"^18.2.0\",\n    \"react-scripts\": \"5.0.1\"\n  },\n  \"scripts\": {\n    \"start\": \"react-scripts start\"\n  }\n}\n";

    #[test]
    fn adds_in_npm_order_and_keeps_the_rest() {
        let (edited, added) = ensure_dependencies(CRA, &[("@opentelemetry/api", "^1.9.1"), ("web-vitals", "^2.1.4")]).unwrap();
        assert_eq!(added, ["@opentelemetry/api", "web-vitals"]);
        assert_eq!(
            edited,
            CRA.replace("{\n    \"react\"", "{\n    \"@opentelemetry/api\": \"^1.9.1\",\n    \"react\"")
                .replace("\"5.0.1\"\n", "\"5.0.1\",\n    \"web-vitals\": \"^2.1.4\"\n")
        );
        let (again, none) = ensure_dependencies(&edited, &[("@opentelemetry/api", "^1.9.1"), ("web-vitals", "^9")]).unwrap();
        assert_eq!((again.as_str(), none.len()), (edited.as_str(), 0));
    }

    #[test]
    fn keeps_crlf_tabs_and_a_missing_final_newline() {
        let text = "{\r\n\t\"name\": \"x\",\r\n\t\"dependencies\": {\r\n\t\t\"react\": \"^19\"\r\n\t}\r\n}";
        let (edited, _) = ensure_dependencies(text, &[("zod", "^3")]).unwrap();
        assert_eq!(
            edited,
            "{\r\n\t\"name\": \"x\",\r\n\t\"dependencies\": {\r\n\t\t\"react\": \"^19\",\r\n\t\t\"zod\": \"^3\"\r\n\t}\r\n}"
        );
    }

    #[test]
    fn creates_the_section_when_missing() {
        let text = "{\n    \"name\": \"x\",\n    \"devDependencies\": {\n        \"vite\": \"^7\"\n    }\n}\n";
        let (edited, added) = ensure_dependencies(text, &[("react", "^19"), ("vite", "^8")]).unwrap();
        assert_eq!(added, ["react"]);
        let value: Value = serde_json::from_str(&edited).unwrap();
        assert_eq!(value["dependencies"]["react"], "^19");
        assert_eq!(value["devDependencies"]["vite"], "^7");
        assert!(edited.starts_with("{\n    \"name\": \"x\",\n    \"devDependencies\": {\n        \"vite\": \"^7\"\n    },"));
        assert_eq!(react_flavor(text).unwrap(), Some(Flavor::Vite));
        assert_eq!(react_flavor(CRA).unwrap(), Some(Flavor::CreateReactApp));
        assert_eq!(react_flavor("{\"dependencies\":{\"express\":\"4\"}}").unwrap(), None);
    }

    #[test]
    fn bad_input_names_the_place() {
        let err = ensure_dependencies("{\n  \"name\": \"x\",\n}\n", &[("a", "1")]).unwrap_err();
        assert!(matches!(err, PackageJsonError::Syntax { line: 3, .. }), "{err}");
        assert_eq!(
            ensure_dependencies("{\"dependencies\": []}", &[("a", "1")]).unwrap_err().to_string(),
            "dependencies: expected an object, found []"
        );
        assert_eq!(ensure_dependencies("[]", &[("a", "1")]).unwrap_err().to_string(), "the top level is not an object");
    }

    proptest! {
        /// Whatever the formatting, the edit adds exactly the missing names and a second edit changes nothing.
        #[test]
        fn edits_are_exact_and_idempotent(
            names in proptest::collection::btree_set("[a-z@/-]{1,12}", 0..6),
            indent in prop_oneof![Just("  "), Just("    "), Just("\t")],
            crlf in any::<bool>(),
            final_newline in any::<bool>(),
            add in proptest::collection::vec("[a-z]{1,8}", 1..4),
        ) {
            let eol = if crlf { "\r\n" } else { "\n" };
            let body: Vec<String> = names.iter().map(|name| format!("{indent}{indent}\"{name}\": \"1.0.0\"")).collect();
            let mut text = format!("{{{eol}{indent}\"name\": \"p\",{eol}{indent}\"dependencies\": {{{eol}{}{eol}{indent}}}{eol}}}", body.join(&format!(",{eol}")));
            if names.is_empty() {
                text = format!("{{{eol}{indent}\"name\": \"p\",{eol}{indent}\"dependencies\": {{}}{eol}}}");
            }
            if final_newline { text.push_str(eol); }
            let wanted: Vec<(&str, &str)> = add.iter().map(|name| (name.as_str(), "^2")).collect();
            let (edited, _) = ensure_dependencies(&text, &wanted).unwrap();
            let (again, added) = ensure_dependencies(&edited, &wanted).unwrap();
            prop_assert_eq!(&again, &edited);
            prop_assert!(added.is_empty());
            prop_assert_eq!(edited.ends_with(eol), final_newline);
            prop_assert!(!crlf || !edited.replace("\r\n", "").contains('\n'));
        }
    }
}

/// The bad-input census for package.json: each malformed file (census/package_json_cases.txt:
/// `ensure :: TEXT` for the edit `init` makes, `flavor :: TEXT` for reading the React stack) with the
/// message the user gets, worded `{path}: {err}` (census/package_json_messages.txt; `CENSUS_BLESS=1`
/// rewrites it). Every message names the file, and the line or the JSON path.
#[cfg(test)]
mod census {
    use super::*;
    use crate::edit::test_support::{census, names_line, unescape};

    const FILE: &str = "frontend-react-js/package.json";

    fn run(case: &str) -> Vec<String> {
        let result = match case.split(" :: ").collect::<Vec<_>>()[..] {
            ["ensure", text] => ensure_dependencies(&unescape(text), &[("@opentelemetry/api", "^1.9.0")]).map(|_| ()),
            ["flavor", text] => react_flavor(&unescape(text)).map(|_| ()),
            _ => panic!("not a census case: {case}"),
        };
        result.err().map(|err| format!("{FILE}: {err}")).into_iter().collect()
    }

    /// `line L, column C` (a real one), the top level, or a JSON path (`dependencies: ...`).
    fn names_place(rest: &str) -> bool {
        let Some(rest) = rest.strip_prefix(": ") else { return false };
        (names_line(rest) && !rest.starts_with("line 0"))
            || rest.starts_with("the top level")
            || rest.split_once(": ").is_some_and(|(path, _)| !path.is_empty() && !path.contains(' '))
    }

    #[test]
    fn every_malformed_package_json_gets_a_one_line_message_naming_file_and_place() {
        census("src/edit", "package_json", FILE, names_place, run);
    }
}
