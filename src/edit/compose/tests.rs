use proptest::prelude::*;

use super::*;
use crate::edit::test_support;

const OTEL: [(&str, &str); 3] = [
    ("OTEL_SERVICE_NAME", "backend-flask"),
    ("OTEL_EXPORTER_OTLP_ENDPOINT", "https://api.honeycomb.io"),
    ("OTEL_EXPORTER_OTLP_HEADERS", "x-honeycomb-team=${HONEYCOMB_API_KEY}"),
];

const XRAY_DAEMON: &str = "\
image: \"amazon/aws-xray-daemon\"
environment:
  AWS_ACCESS_KEY_ID: \"${AWS_ACCESS_KEY_ID}\"
  AWS_SECRET_ACCESS_KEY: \"${AWS_SECRET_ACCESS_KEY}\"
  AWS_REGION: \"${AWS_DEFAULT_REGION}\"
command:
  - \"xray -o -b xray-daemon:2000\"
ports:
  - 2000:2000/udp
";

/// The variables of a service as compose reads them.
fn env_of(text: &str, service: &str) -> BTreeMap<String, Option<String>> {
    let services = services(text).unwrap();
    let info = services.iter().find(|info| info.name == service).unwrap_or_else(|| panic!("no {service}"));
    info.environment.as_ref().map(|env| env.vars.iter().map(|(k, v)| (k.clone(), v.value.clone())).collect()).unwrap_or_default()
}

/// Sets the variables and checks what every edit must satisfy: it re-parses to the original plus the
/// variables (checked here independently of the editor's own verification), only lines naming a variable
/// (or `environment:` itself) change, and a second application returns the same bytes.
fn set(text: &str, service: &str, vars: &[(&str, &str)]) -> String {
    let out = set_service_env(text, service, vars).unwrap_or_else(|err| panic!("{err}\n{text}"));
    assert_eq!(set_service_env(&out, service, vars).unwrap(), out, "not idempotent:\n{out}");

    let mut expected: Value = yaml_serde::from_str(text).unwrap();
    let actual: Value = yaml_serde::from_str(&out).unwrap();
    let before = env_of(text, service);
    let after = env_of(&out, service);
    for (key, value) in vars {
        assert_eq!(after.get(*key), Some(&Some((*value).to_owned())), "{key} in:\n{out}");
    }
    for (key, value) in &before {
        if !vars.iter().any(|(k, _)| k == key) {
            assert_eq!(after.get(key), Some(value), "{key} changed in:\n{out}");
        }
    }
    // Everything outside this service's environment is the same document.
    for doc in [&mut expected] {
        if let Some(settings) = doc.get_mut("services").and_then(|s| s.get_mut(service)).and_then(Value::as_mapping_mut) {
            settings.remove("environment");
        }
    }
    let mut actual_without = actual.clone();
    if let Some(settings) = actual_without.get_mut("services").and_then(|s| s.get_mut(service)).and_then(Value::as_mapping_mut) {
        settings.remove("environment");
    }
    assert_eq!(difference(&expected, &actual_without, ""), None, "outside the environment:\n{out}");

    // Values with line breaks become block scalars, whose lines do not name the variable.
    let multi_line = vars.iter().any(|(_, value)| value.contains(['\n', '\r']));
    let (removed, added) = if multi_line { (vec![], vec![]) } else { test_support::changed_lines(text, &out) };
    let names_a_var = |line: &String| vars.iter().any(|(key, _)| line.contains(key)) || line.contains("environment:");
    assert!(removed.iter().all(names_a_var), "removed {removed:?} from:\n{text}\nto:\n{out}");
    assert!(added.iter().all(|line| names_a_var(line) || line.trim().is_empty()), "added {added:?} to:\n{text}\nto:\n{out}");
    if text.contains("\r\n") {
        assert!(!out.replace("\r\n", "").contains('\n'), "mixed line endings:\n{out:?}");
    }
    out
}

#[test]
fn adds_to_a_block_mapping_double_quoted() {
    let text = "services:\n  backend-flask:\n    environment:\n      FRONTEND_URL: \"https://3000-${GITPOD_WORKSPACE_ID}\" # c\n    build: ./backend-flask\n";
    let out = set(text, "backend-flask", &OTEL);
    assert_eq!(
        out,
        "services:\n  backend-flask:\n    environment:\n      FRONTEND_URL: \"https://3000-${GITPOD_WORKSPACE_ID}\" # c\n      \
         OTEL_SERVICE_NAME: \"backend-flask\"\n      OTEL_EXPORTER_OTLP_ENDPOINT: \"https://api.honeycomb.io\"\n      \
         OTEL_EXPORTER_OTLP_HEADERS: \"x-honeycomb-team=${HONEYCOMB_API_KEY}\"\n    build: ./backend-flask\n"
    );
}

#[test]
fn replaces_a_value_in_place_keeping_its_comment_and_leaves_equal_ones_alone() {
    let text = "services:\n  api:\n    environment:\n      OTEL_SERVICE_NAME: \"old\"   # keep me\n      OTEL_EXPORTER_OTLP_ENDPOINT: 'https://api.honeycomb.io'\n      B: 1\n";
    let out = set(text, "api", &OTEL[..2]);
    assert_eq!(
        out,
        "services:\n  api:\n    environment:\n      OTEL_SERVICE_NAME: \"backend-flask\"   # keep me\n      OTEL_EXPORTER_OTLP_ENDPOINT: 'https://api.honeycomb.io'\n      B: 1\n"
    );
}

#[test]
fn a_literal_secret_is_replaced_by_a_reference() {
    let text = "services:\n  backend-flask:\n    environment:\n      OTEL_EXPORTER_OTLP_HEADERS: \"x-honeycomb-team=hcaik_literal\"\n";
    let out = set(text, "backend-flask", &OTEL[2..]);
    assert_eq!(
        out,
        "services:\n  backend-flask:\n    environment:\n      OTEL_EXPORTER_OTLP_HEADERS: \"x-honeycomb-team=${HONEYCOMB_API_KEY}\"\n"
    );
}

#[test]
fn adds_to_a_block_list_without_quotes_in_values() {
    let text = "services:\n  backend-flask:\n    environment:\n      # - OLD=commented\n      - A=1\n      - OTEL_SERVICE_NAME=\"backend-flask\"  # quotes are part of the value\n    build: .\n";
    let out = set(text, "backend-flask", &OTEL);
    assert_eq!(
        out,
        "services:\n  backend-flask:\n    environment:\n      # - OLD=commented\n      - A=1\n      \
         - OTEL_SERVICE_NAME=backend-flask  # quotes are part of the value\n      - OTEL_EXPORTER_OTLP_ENDPOINT=https://api.honeycomb.io\n      \
         - OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=${HONEYCOMB_API_KEY}\n    build: .\n"
    );
}

#[test]
fn a_list_at_the_keys_indentation_and_values_needing_yaml_quotes() {
    let text = "services:\n  frontend:\n    environment:\n    - REACT_APP_BACKEND_URL=https://x\n    build: .\n";
    let out = set(text, "frontend", &[("A", "x: y #z"), ("B", "plain")]);
    assert_eq!(env_of(&out, "frontend").get("A"), Some(&Some("x: y #z".to_owned())));
    assert!(out.contains("\n    - B=plain\n"), "{out}");
}

#[test]
fn a_flow_list_item_with_a_colon_is_quoted() {
    // Found by the property test: yaml-edit wrote `[A=:?]`, which yaml_serde (libyaml) rejects.
    let out = set("services:\n  s:\n    environment: []\n", "s", &[("A", ":?")]);
    assert_eq!(out, "services:\n  s:\n    environment: [\"A=:?\"]\n");
    let out = set("services:\n  s:\n    environment: [A=b]\n", "s", &[("A", ":?"), ("B", "x")]);
    assert_eq!(out, "services:\n  s:\n    environment: [\"A=:?\", \"B=x\"]\n");
}

#[test]
fn the_last_duplicate_list_item_is_replaced() {
    let text = "services:\n  s:\n    environment:\n      - A=1\n      - A=2\n";
    assert_eq!(set(text, "s", &[("A", "3")]), "services:\n  s:\n    environment:\n      - A=1\n      - A=3\n");
}

#[test]
fn a_list_item_with_spaces_around_equals_is_an_error_naming_its_line() {
    let text = "services:\n  backend-flask:\n    environment:\n      - A=1\n      - AWS_XRAY_DAEMON_ADDRESS = \"xray_daemon:2000\"\n";
    let err = set_service_env(text, "backend-flask", &[("AWS_XRAY_DAEMON_ADDRESS", "xray-daemon:2000")]).unwrap_err();
    assert!(matches!(err, ComposeError::SpacedListItem { line: 5, .. }), "{err:?}");
    assert!(err.to_string().starts_with("line 5: `AWS_XRAY_DAEMON_ADDRESS = \"xray_daemon:2000\"`"), "{err}");
}

#[test]
fn flow_styles_stay_flow() {
    let out = set("services:\n  s:\n    environment: { A: \"x\" }  # c\n    build: .\n", "s", &OTEL[..1]);
    assert_eq!(out, "services:\n  s:\n    environment: { A: \"x\", OTEL_SERVICE_NAME: \"backend-flask\" }  # c\n    build: .\n");
    let out = set("services:\n  s:\n    environment: [\"A=1\"]\n", "s", &OTEL[..1]);
    assert_eq!(out, "services:\n  s:\n    environment: [\"A=1\", \"OTEL_SERVICE_NAME=backend-flask\"]\n");
    let out = set("services:\n  s:\n    environment: {}\n", "s", &OTEL);
    assert!(out.starts_with("services:\n  s:\n    environment: {OTEL_SERVICE_NAME: \"backend-flask\", "), "{out}");
    let out = set("services:\n  s:\n    environment: []\n", "s", &OTEL);
    assert!(out.starts_with("services:\n  s:\n    environment: [OTEL_SERVICE_NAME=backend-flask, "), "{out}");
    // A flow service is rewritten on its one line.
    let out = set_service_env("services:\n  s: { image: x }\n", "s", &OTEL[..1]).unwrap();
    assert_eq!(env_of(&out, "s").len(), 1, "{out}");
    assert_eq!(set_service_env(&out, "s", &OTEL[..1]).unwrap(), out);
}

#[test]
fn creates_the_environment_indented_like_the_file() {
    let two = "services:\n  backend-flask:\n    build: .\n  db:\n    image: pg\n";
    assert_eq!(
        set(two, "backend-flask", &OTEL[..2]),
        "services:\n  backend-flask:\n    build: .\n    environment:\n      OTEL_SERVICE_NAME: \"backend-flask\"\n      \
         OTEL_EXPORTER_OTLP_ENDPOINT: \"https://api.honeycomb.io\"\n  db:\n    image: pg\n"
    );
    let four = "services:\n    backend-flask:\n        build: .\n    db:\n        image: pg\n";
    assert_eq!(
        set(four, "backend-flask", &OTEL[..2]),
        "services:\n    backend-flask:\n        build: .\n        environment:\n            OTEL_SERVICE_NAME: \"backend-flask\"\n            \
         OTEL_EXPORTER_OTLP_ENDPOINT: \"https://api.honeycomb.io\"\n    db:\n        image: pg\n"
    );
}

#[test]
fn fills_an_empty_environment() {
    for empty in ["environment:", "environment: ~", "environment: null"] {
        let text = format!("services:\n    s:\n        {empty}\n        build: .\n");
        let out = set(&text, "s", &OTEL[..1]);
        assert_eq!(
            out, "services:\n    s:\n        environment:\n            OTEL_SERVICE_NAME: \"backend-flask\"\n        build: .\n",
            "{empty}"
        );
    }
}

#[test]
fn keeps_crlf_and_a_missing_final_newline() {
    let text = "services:\r\n  s:\r\n    environment:\r\n      A: \"x\"\r\n    build: .";
    assert_eq!(
        set(text, "s", &OTEL[..1]),
        "services:\r\n  s:\r\n    environment:\r\n      A: \"x\"\r\n      OTEL_SERVICE_NAME: \"backend-flask\"\r\n    build: ."
    );
    let text = "services:\r\n  s:\r\n    environment:\r\n      - A=x";
    assert_eq!(
        set(text, "s", &OTEL[..1]),
        "services:\r\n  s:\r\n    environment:\r\n      - A=x\r\n      - OTEL_SERVICE_NAME=backend-flask"
    );
    let text = "services:\r\n  s:\r\n    build: .\r\n";
    assert_eq!(
        set(text, "s", &OTEL[..1]),
        "services:\r\n  s:\r\n    build: .\r\n    environment:\r\n      OTEL_SERVICE_NAME: \"backend-flask\"\r\n"
    );
}

#[test]
fn nothing_to_do_returns_the_input() {
    let text = "services:\n  s:\n    environment:\n      OTEL_SERVICE_NAME: 'backend-flask' \n";
    assert_eq!(set_service_env(text, "s", &OTEL[..1]).unwrap(), text);
    assert_eq!(set_service_env("services:\n  s:\n    image: x\n", "s", &[]).unwrap(), "services:\n  s:\n    image: x\n");
}

#[test]
fn errors_say_what_and_where() {
    let text = "services:\n  api:\n    image: x\n  web:\n    environment: \"A=1\"\n";
    let err = set_service_env(text, "backend-flask", &OTEL).unwrap_err();
    assert_eq!(err.to_string(), "there is no service `backend-flask` (the file has `api`, `web`)");
    let err = set_service_env(text, "web", &OTEL).unwrap_err();
    assert_eq!(err.to_string(), "line 5: the `environment` of `web` is a string; only a mapping or a list can be edited");
    let err = set_service_env("services:\n  api: x\n", "api", &OTEL).unwrap_err();
    assert_eq!(err.to_string(), "line 2: service `api` is a string, not a mapping");
    let err = set_service_env("version: '3'\n", "api", &OTEL).unwrap_err();
    assert_eq!(err, ComposeError::NoServices);
    let err = set_service_env(text, "api", &[("A-B", "x")]).unwrap_err();
    assert_eq!(err, ComposeError::InvalidName { key: "A-B".into() });
    let err = set_service_env("services:\n  api:\n    image: [x\n", "api", &OTEL).unwrap_err();
    assert!(matches!(err, ComposeError::Syntax { line: Some(4), .. } | ComposeError::Syntax { line: Some(3), .. }), "{err:?}");
    let err = set_service_env("services:\n  api:\n    environment:\n      A: 1\n      A: 2\n", "api", &OTEL).unwrap_err();
    assert!(matches!(err, ComposeError::Syntax { .. }), "{err:?}");
    assert!(err.to_string().contains("duplicate"), "{err}");
}

#[test]
fn values_yaml_treats_specially_are_written_as_strings() {
    let text = "services:\n  s:\n    environment:\n      A: x\n    build: .\n";
    for value in
        ["true", "1.0", "null", "~", "", "a: b", "#x", "'q'", "\"dq\"", "back\\slash", "tab\there", "line\nbreak", "ünïcode", "- x", "[x]"]
    {
        let out = set(text, "s", &[("V", value)]);
        assert_eq!(env_of(&out, "s").get("V"), Some(&Some(value.to_owned())), "{value:?}:\n{out}");
        let list = "services:\n  s:\n    environment:\n      - A=x\n    build: .\n";
        let out = set(list, "s", &[("V", value)]);
        assert_eq!(env_of(&out, "s").get("V"), Some(&Some(value.to_owned())), "{value:?}:\n{out}");
    }
}

#[test]
fn several_services_in_one_pass() {
    let text = "services:\n    a:\n        image: x\n    b:\n        environment:\n            - K=v\n    c:\n        image: z\n";
    let edits: [(&str, &[(&str, &str)]); 4] =
        [("c", &OTEL[..1]), ("a", &OTEL[..2]), ("b", &OTEL[..1]), ("a", &[("OTEL_SERVICE_NAME", "a")])];
    let out = set_services_env(text, &edits).unwrap();
    assert_eq!(
        out,
        "services:\n    a:\n        image: x\n        environment:\n            OTEL_SERVICE_NAME: \"a\"\n            \
         OTEL_EXPORTER_OTLP_ENDPOINT: \"https://api.honeycomb.io\"\n    b:\n        environment:\n            - K=v\n            \
         - OTEL_SERVICE_NAME=backend-flask\n    c:\n        image: z\n        environment:\n            OTEL_SERVICE_NAME: \"backend-flask\"\n"
    );
    assert_eq!(set_services_env(&out, &edits).unwrap(), out);
    // The same as one service at a time.
    let mut one_by_one = text.to_owned();
    for (service, vars) in edits {
        one_by_one = set_service_env(&one_by_one, service, vars).unwrap();
    }
    assert_eq!(one_by_one, out);
    // An error in any service returns nothing, and names the line in the input.
    let text = "services:\n  a:\n    environment:\n      - K = v\n  b:\n    image: x\n";
    let err = set_services_env(text, &[("b", &OTEL[..1]), ("a", &[("K", "w")])]).unwrap_err();
    assert!(matches!(err, ComposeError::SpacedListItem { line: 4, .. }), "{err:?}");
    let err = set_services_env(text, &[("b", &OTEL[..1]), ("nope", &OTEL[..1])]).unwrap_err();
    assert!(matches!(err, ComposeError::ServiceNotFound { .. }), "{err:?}");
}

#[test]
fn reads_services_with_lines_build_contexts_and_environments() {
    let text = "version: \"3.8\"\nservices:\n  backend-flask:\n    environment:\n      A: \"1\"\n      B:\n      C: false\n    build: ./backend-flask\n  \
                frontend:\n    build:\n      context: ./frontend-react-js\n      dockerfile: Dockerfile\n    environment:\n      - X=\"quoted\"\n      - Y\n      \
                - X=last\n  db:\n    image: postgres\n    environment: { P: 'w' }\n";
    let found = services(text).unwrap();
    let names: Vec<(&str, usize, Option<&str>)> = found.iter().map(|s| (s.name.as_str(), s.line, s.build_context.as_deref())).collect();
    assert_eq!(names, [("backend-flask", 3, Some("./backend-flask")), ("frontend", 9, Some("./frontend-react-js")), ("db", 17, None)]);
    let backend = found[0].environment.as_ref().unwrap();
    assert_eq!((backend.style, backend.flow, backend.line), (EnvStyle::Mapping, false, 4));
    assert_eq!(backend.vars["A"], EnvVar { value: Some("1".into()), line: 5 });
    assert_eq!(backend.vars["B"], EnvVar { value: None, line: 6 });
    assert_eq!(backend.vars["C"], EnvVar { value: Some("false".into()), line: 7 });
    let frontend = found[1].environment.as_ref().unwrap();
    assert_eq!((frontend.style, frontend.flow, frontend.line), (EnvStyle::List, false, 13));
    assert_eq!(frontend.vars["X"], EnvVar { value: Some("last".into()), line: 16 });
    assert_eq!(frontend.vars["Y"], EnvVar { value: None, line: 15 });
    let db = found[2].environment.as_ref().unwrap();
    assert_eq!((db.style, db.flow, db.vars["P"].value.as_deref()), (EnvStyle::Mapping, true, Some("w")));
    assert!(services("version: '3'\n").unwrap().is_empty());
}

#[test]
fn reads_the_fixtures_as_compose_does() {
    let ws = test_support::workspaces();
    // List style, with the quotes that end up in the value, and the item that lost its `- `.
    let text = test_support::read(&ws.join("Ahmedlekan__aws-bootcamp-cruddur-2023/docker-compose.yml"));
    let found = services(&text).unwrap();
    let backend = found.iter().find(|s| s.name == "backend-flask").unwrap();
    let env = backend.environment.as_ref().unwrap();
    assert_eq!(env.style, EnvStyle::List);
    assert!(!env.vars.contains_key("AWS_XRAY_URL"));
    assert!(
        env.vars["REACT_APP_FRONTEND_URL"]
            .value
            .as_deref()
            .unwrap()
            .ends_with("AWS_XRAY_URL=\"*4567-ahmedlekan-awsbootcampc-lz857wdtkn3.ws-us118.gitpod.io\"")
    );
    assert_eq!(env.vars["AWS_REGION"], EnvVar { value: Some("us-east-1".into()), line: 15 });
    // A build mapping with a context, 4-space indentation, a boolean.
    let text = test_support::read(&ws.join("enochgeorge9x9__aws-bootcamp-cruddur-2023/docker-compose.yml"));
    let found = services(&text).unwrap();
    assert_eq!(found[0].build_context.as_deref(), Some("./backend-flask"));
    assert_eq!(
        found.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        ["backend-flask", "frontend-vite", "pgadmin", "db", "dynamodb-local"]
    );
    let text = test_support::read(&ws.join("romogo17__aws-bootcamp-cruddur-2023/docker-compose.yml"));
    let backend = &services(&text).unwrap()[0];
    assert_eq!(backend.environment.as_ref().unwrap().vars["AWS_XRAY_SDK_ENABLED"].value.as_deref(), Some("false"));
}

/// The real workspaces' compose files (the synthetic ones go through `init`'s sweep).
fn compose_fixtures() -> Vec<std::path::PathBuf> {
    let files =
        test_support::real_fixture_files(|name| name.starts_with("docker-compose") && (name.ends_with(".yml") || name.ends_with(".yaml")));
    assert!(files.len() >= 20, "found only {} compose files", files.len());
    files
}

#[test]
fn every_fixture_compose_file_takes_the_otel_variables() {
    for path in compose_fixtures() {
        let name = test_support::name(&path);
        let text = test_support::read(&path);
        for (variant, text) in [("", text.clone()), (" (CRLF)", text.replace('\n', "\r\n"))] {
            let out = set_service_env(&text, "backend-flask", &OTEL).unwrap_or_else(|err| panic!("{name}{variant}: {err}"));
            // `set` checks the re-parse, the changed lines, the line endings and idempotence.
            assert_eq!(set(&text, "backend-flask", &OTEL), out, "{name}{variant}");
            let (removed, added) = test_support::changed_lines(&text, &out);
            let before = env_of(&text, "backend-flask");
            let replaced = OTEL.iter().filter(|(k, v)| before.get(*k).is_some_and(|old| old.as_deref() != Some(*v))).count();
            let new = OTEL.iter().filter(|(k, _)| !before.contains_key(*k)).count();
            assert_eq!(removed.len(), replaced, "{name}{variant}: removed {removed:?}");
            assert_eq!(added.len(), replaced + new, "{name}{variant}: added {added:?}");
        }
    }
}

#[test]
fn the_fixture_diffs_are_the_expected_ones() {
    let ws = test_support::workspaces();
    let diff = |path: &str| {
        let text = test_support::read(&ws.join(path));
        test_support::changed_lines(&text, &set(&text, "backend-flask", &OTEL))
    };
    // Instructor's repo: OTEL_SERVICE_NAME in single quotes already has the value; nothing changes.
    assert_eq!(diff("omenking__aws-bootcamp-cruddur-2023/docker-compose.yml"), (vec![], vec![]));
    // A literal key in the header is replaced by the reference.
    assert_eq!(
        diff("waleedayoub__aws-bootcamp-cruddur-2023/_variants/255077f/docker-compose.yml"),
        (
            vec!["      OTEL_EXPORTER_OTLP_HEADERS: \"x-honeycomb-team=REDACTED\"".to_owned()],
            vec!["      OTEL_EXPORTER_OTLP_HEADERS: \"x-honeycomb-team=${HONEYCOMB_API_KEY}\"".to_owned()]
        )
    );
    // A trailing space after a value we do not touch stays; the one we change goes with the old value.
    let (removed, added) = diff("lhviet204__aws-bootcamp-cruddur-2023/docker-compose.yml");
    assert_eq!(
        removed,
        ["      OTEL_EXPORTER_OTLP_ENDPOINT: \"https://api.honeycomb.io/\"", "      OTEL_SERVICE_NAME: \"cruddur-be-flask\""]
    );
    assert_eq!(added, ["      OTEL_EXPORTER_OTLP_ENDPOINT: \"https://api.honeycomb.io\"", "      OTEL_SERVICE_NAME: \"backend-flask\""]);
    // List style: plain `KEY=value` items after the last one.
    let (removed, added) = diff("Ahmedlekan__aws-bootcamp-cruddur-2023/_variants/fb06c24/docker-compose.yml");
    assert!(removed.is_empty());
    assert_eq!(
        added,
        [
            "      - OTEL_SERVICE_NAME=backend-flask",
            "      - OTEL_EXPORTER_OTLP_ENDPOINT=https://api.honeycomb.io",
            "      - OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=${HONEYCOMB_API_KEY}"
        ]
    );
    // 4-space indentation, single-quoted values elsewhere: new keys at the block's indentation.
    let (removed, added) = diff("enochgeorge9x9__aws-bootcamp-cruddur-2023/docker-compose.yml");
    assert!(removed.is_empty());
    assert_eq!(added[0], "            OTEL_SERVICE_NAME: \"backend-flask\"");
}

#[test]
fn other_services_of_the_fixtures_can_be_edited_too() {
    // Every service with an environment (mapping or list) takes a variable, and a service without one gets it.
    for path in compose_fixtures() {
        let name = test_support::name(&path);
        let text = test_support::read(&path);
        for service in services(&text).unwrap() {
            let out = set_service_env(&text, &service.name, &[("CRUDDUR_TEST", "x y")])
                .unwrap_or_else(|err| panic!("{name} {}: {err}", service.name));
            assert_eq!(env_of(&out, &service.name).get("CRUDDUR_TEST"), Some(&Some("x y".to_owned())), "{name} {}", service.name);
            set(&text, &service.name, &[("CRUDDUR_TEST", "x y")]);
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// add_service

fn add(text: &str, name: &str, fragment: &str) -> String {
    let out = add_service(text, name, fragment).unwrap_or_else(|err| panic!("{err}\n{text}"));
    assert_eq!(add_service(&out, name, fragment).unwrap(), out, "not idempotent");
    let (removed, _) = test_support::changed_lines(text, &out);
    assert!(removed.is_empty(), "removed {removed:?}");
    assert_eq!(out.ends_with('\n'), text.ends_with('\n'), "final newline");
    let settings: Value = yaml_serde::from_str(fragment).unwrap();
    let actual: Value = yaml_serde::from_str(&out).unwrap();
    assert_eq!(difference(&settings, &actual["services"][name], ""), None);
    out
}

#[test]
fn adds_a_service_at_the_files_indentation() {
    let two = "services:\n  api:\n    image: x\n\n# trailing comment\nvolumes:\n  db:\n";
    assert_eq!(
        add(two, "xray-daemon", "image: amazon/aws-xray-daemon\nports:\n  - 2000:2000/udp\n"),
        "services:\n  api:\n    image: x\n  xray-daemon:\n    image: amazon/aws-xray-daemon\n    ports:\n      - 2000:2000/udp\n\n# trailing comment\nvolumes:\n  db:\n"
    );
    let four = "services:\r\n    api:\r\n        image: x\r\n";
    assert_eq!(
        add(four, "xray-daemon", "image: amazon/aws-xray-daemon\nenvironment:\n  A: \"1\"\nports:\n- 2000:2000/udp\n"),
        "services:\r\n    api:\r\n        image: x\r\n    xray-daemon:\r\n        image: amazon/aws-xray-daemon\r\n        environment:\r\n            A: \"1\"\r\n        \
         ports:\r\n        - 2000:2000/udp\r\n"
    );
}

#[test]
fn a_block_scalar_in_the_fragment_keeps_its_text() {
    let four = "services:\n    api:\n        image: x\n";
    let out = add(four, "job", "command: |\n  echo one\n    indented\n\n  echo two\nimage: busybox\n");
    assert!(
        out.contains(
            "    job:\n        command: |\n            echo one\n              indented\n\n            echo two\n        image: busybox\n"
        ),
        "{out}"
    );
}

#[test]
fn separates_the_new_service_with_a_blank_line_when_the_file_does() {
    let text = "services:\n  a:\n    image: x\n\n  b:\n    image: y\n\nnetworks:\n  n:\n";
    assert_eq!(
        add(text, "c", "image: z\n"),
        "services:\n  a:\n    image: x\n\n  b:\n    image: y\n\n  c:\n    image: z\n\nnetworks:\n  n:\n"
    );
}

#[test]
fn adding_an_existing_service_is_a_no_op_or_an_error() {
    let text = "services:\n  xray-daemon:\n    image: amazon/aws-xray-daemon\n";
    assert_eq!(add_service(text, "xray-daemon", "image: 'amazon/aws-xray-daemon'").unwrap(), text);
    let err = add_service(text, "xray-daemon", "image: other").unwrap_err();
    assert_eq!(err.to_string(), "line 2: service `xray-daemon` already exists with different settings");
    assert!(matches!(add_service(text, "x y", "image: a").unwrap_err(), ComposeError::InvalidServiceName { .. }));
    assert!(matches!(add_service(text, "x", "- a").unwrap_err(), ComposeError::InvalidFragment { .. }));
    assert!(matches!(add_service(text, "x", "a: [").unwrap_err(), ComposeError::InvalidFragment { .. }));
    assert_eq!(add_service("version: '3'\n", "x", "image: a").unwrap_err(), ComposeError::NoServices);
}

#[test]
fn an_added_service_joins_the_peers_networks_whatever_their_style() {
    let list = "services:\n    api:\n        build: .\n        networks:\n            - front\n            - back\nnetworks:\n    front: {}\n    back: {}\n";
    let (out, joined) = add_service_joining(list, "xray-daemon", XRAY_DAEMON, "api").unwrap();
    assert_eq!(joined, Joined::Networks(vec!["front".into(), "back".into()]));
    let daemon = services(&out).unwrap().into_iter().find(|service| service.name == "xray-daemon").unwrap();
    assert_eq!(daemon.networks, ["front", "back"]);
    assert!(out.contains("        networks:\n            - \"front\"\n            - \"back\"\n"), "indented like the file:\n{out}");
    assert_eq!(add_service_joining(&out, "xray-daemon", XRAY_DAEMON, "api").unwrap().0, out, "added once");

    let mapping = "services:\n  api:\n    build: .\n    networks:\n      back:\n        aliases: [backend]\n";
    let (out, _) = add_service_joining(mapping, "otel-collector", "image: otel\n", "api").unwrap();
    assert_eq!(services(&out).unwrap()[1].networks, ["back"]);
    let default = "services:\n  api:\n    build: .\n";
    assert_eq!(add_service_joining(default, "x", "image: x\n", "api").unwrap().1, Joined::Default);
    let host = "services:\n  api:\n    build: .\n    network_mode: host\n";
    assert_eq!(add_service_joining(host, "x", "image: x\n", "api").unwrap().1, Joined::NetworkMode("host".into()));
    assert!(matches!(add_service_joining(default, "x", "image: x\n", "nope"), Err(ComposeError::ServiceNotFound { .. })));
}

#[test]
fn a_colon_list_item_is_the_variable_it_meant() {
    assert_eq!(colon_item("OTEL_SERVICE_NAME:backend-flask"), Some(("OTEL_SERVICE_NAME", "backend-flask")));
    assert_eq!(colon_item("KEY: ${VAR}"), Some(("KEY", "${VAR}")));
    assert_eq!(colon_item("URL=http://x"), None, "an `=` comes first: a good item");
    assert_eq!(colon_item("not a name:x"), None);
    let text = "services:\n  api:\n    environment:\n      - A=1\n      - OTEL_SERVICE_NAME:api\n";
    let out = set_service_env(text, "api", &[("OTEL_SERVICE_NAME", "api")]).unwrap();
    assert_eq!(out, "services:\n  api:\n    environment:\n      - A=1\n      - OTEL_SERVICE_NAME=api\n");
}

#[test]
fn services_say_how_they_run_and_where_they_read_variables() {
    let text = "services:\n  api:\n    image: python:3.11\n    command: [\"flask\", \"run\"]\n    volumes:\n      - ./api:/app\n      - data:/data\n      - type: bind\n        source: ./shared\n        target: /shared\n    env_file:\n      - api.env\n      - path: local.env\n        required: false\n  db:\n    image: postgres\n    env_file: db.env\n";
    let found = services(text).unwrap();
    assert_eq!(found[0].image.as_deref(), Some("python:3.11"));
    assert_eq!(found[0].command.as_deref(), Some("flask run"));
    assert_eq!(found[0].bind_mounts, ["./api", "./shared"], "a named volume is no bind mount");
    assert_eq!(
        found[0].env_files,
        [EnvFileRef { path: "api.env".into(), required: true }, EnvFileRef { path: "local.env".into(), required: false }]
    );
    assert_eq!(found[1].env_files, [EnvFileRef { path: "db.env".into(), required: true }]);
}

#[test]
fn every_fixture_takes_an_xray_daemon_service() {
    for path in compose_fixtures() {
        let name = test_support::name(&path);
        let text = test_support::read(&path);
        for (variant, text) in [("", text.clone()), (" (CRLF)", text.replace('\n', "\r\n"))] {
            let out = match add_service(&text, "xray-daemon", XRAY_DAEMON) {
                Err(ComposeError::ServiceExists { .. }) => continue,
                other => other.unwrap_or_else(|err| panic!("{name}{variant}: {err}")),
            };
            add(&text, "xray-daemon", XRAY_DAEMON);
            if text.contains("\r\n") {
                assert!(!out.replace("\r\n", "").contains('\n'), "{name}{variant}: mixed line endings");
            }
            // The new service is indented like the others.
            let step = if name.starts_with("enochgeorge") { 4 } else { 2 };
            let key_line = out.lines().find(|line| line.trim_end() == format!("{}xray-daemon:", " ".repeat(step))).is_some();
            assert!(key_line, "{name}{variant}:\n{out}");
            assert!(out.contains(&format!("{}image: \"amazon/aws-xray-daemon\"", " ".repeat(2 * step))), "{name}{variant}:\n{out}");
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Property test: generated compose files (services, environment styles, indentation, comments, CRLF, final
// newline), an edit, then what the edit must guarantee.

#[derive(Debug, Clone)]
enum Env {
    Absent,
    Empty(&'static str),
    BlockMapping(Vec<(String, String)>),
    FlowMapping(Vec<(String, String)>),
    BlockList(Vec<String>),
    FlowList(Vec<String>),
}

#[derive(Debug, Clone)]
struct Service {
    env: Env,
    image_first: bool,
    comment: bool,
    ports_after: bool,
}

const VAR_KEYS: [&str; 5] = ["A", "B_1", "OTEL_SERVICE_NAME", "OTEL_EXPORTER_OTLP_ENDPOINT", "HONEYCOMB_API_KEY"];

/// A value written in YAML (plain, single- or double-quoted), with a trailing comment sometimes.
fn mapping_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z][a-z0-9./-]{0,8}",
        "[a-z0-9 ${}:/#.-]{0,10}".prop_map(|v| format!("\"{v}\"")),
        "[a-z0-9 ${}:/#.\"-]{0,10}".prop_map(|v| format!("'{v}'")),
        "[a-z][a-z0-9]{0,4}".prop_map(|v| format!("\"{v}\"  # note")),
    ]
}

fn list_item() -> impl Strategy<Value = String> {
    (prop::sample::select(&VAR_KEYS[..]), prop_oneof!["=[a-z0-9./=-]{0,8}", Just(String::new()), "=\"[a-z]{0,4}\""])
        .prop_map(|(k, rest)| format!("{k}{rest}"))
}

fn env() -> impl Strategy<Value = Env> {
    let pairs = prop::collection::btree_map(prop::sample::select(&VAR_KEYS[..]), mapping_value(), 0..4)
        .prop_map(|map| map.into_iter().map(|(k, v)| (k.to_owned(), v)).collect::<Vec<_>>());
    let flow_pairs = prop::collection::btree_map(prop::sample::select(&VAR_KEYS[..]), "[a-z][a-z0-9]{0,6}", 0..4)
        .prop_map(|map| map.into_iter().map(|(k, v)| (k.to_owned(), format!("\"{v}\""))).collect::<Vec<_>>());
    prop_oneof![
        Just(Env::Absent),
        prop::sample::select(vec!["", " ~", " null"]).prop_map(Env::Empty),
        pairs.prop_map(Env::BlockMapping),
        flow_pairs.prop_map(Env::FlowMapping),
        prop::collection::vec(list_item(), 0..4).prop_map(Env::BlockList),
        prop::collection::vec("[A-Z]{1,3}=[a-z0-9]{0,4}", 0..3).prop_map(Env::FlowList),
    ]
}

fn service() -> impl Strategy<Value = Service> {
    (env(), any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(env, image_first, comment, ports_after)| Service {
        env,
        image_first,
        comment,
        ports_after,
    })
}

fn render(services: &[Service], step: usize, eol: &str, final_newline: bool) -> String {
    let i1 = " ".repeat(step);
    let i2 = " ".repeat(2 * step);
    let i3 = " ".repeat(3 * step);
    let mut lines = vec!["# generated".to_owned(), "version: \"3.8\"".to_owned(), "services:".to_owned()];
    for (index, service) in services.iter().enumerate() {
        lines.push(format!("{i1}svc{index}:"));
        if service.image_first {
            lines.push(format!("{i2}image: \"example/svc{index}\""));
        }
        match &service.env {
            Env::Absent => {}
            Env::Empty(value) => lines.push(format!("{i2}environment:{value}")),
            Env::BlockMapping(pairs) if pairs.is_empty() => lines.push(format!("{i2}environment: {{}}")),
            Env::BlockMapping(pairs) => {
                lines.push(format!("{i2}environment:"));
                for (n, (key, value)) in pairs.iter().enumerate() {
                    if service.comment && n == 1 {
                        lines.push(format!("{i3}# {key}: commented"));
                    }
                    lines.push(format!("{i3}{key}: {value}"));
                }
            }
            Env::FlowMapping(pairs) => {
                let body = pairs.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join(", ");
                lines.push(format!("{i2}environment: {{ {body} }}{}", if service.comment { "  # flow" } else { "" }));
            }
            Env::BlockList(items) if items.is_empty() => lines.push(format!("{i2}environment: []")),
            Env::BlockList(items) => {
                lines.push(format!("{i2}environment:"));
                for (n, item) in items.iter().enumerate() {
                    if service.comment && n == 0 {
                        lines.push(format!("{i3}# - OLD=commented"));
                    }
                    lines.push(format!("{i3}- {item}"));
                }
            }
            Env::FlowList(items) => {
                let body = items.iter().map(|item| format!("\"{item}\"")).collect::<Vec<_>>().join(", ");
                lines.push(format!("{i2}environment: [{body}]"));
            }
        }
        if service.ports_after || !service.image_first {
            lines.push(format!("{i2}ports:"));
            lines.push(format!("{i3}- \"{}:80\"", 8000 + index));
        }
    }
    let mut text = lines.join(eol);
    if final_newline {
        text.push_str(eol);
    }
    text
}

fn var_values() -> impl Strategy<Value = String> {
    prop_oneof!["[ -~]{0,12}", Just("x-honeycomb-team=${HONEYCOMB_API_KEY}".to_owned()), "[a-z]{1,8}"]
}

proptest! {
    // No regression files: they would land outside this module; failures found are kept as unit tests.
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn set_service_env_sets_exactly_the_intended_variables(
        services in prop::collection::vec(service(), 1..5),
        step in prop::sample::select(vec![2usize, 4]),
        crlf in any::<bool>(),
        final_newline in any::<bool>(),
        target in any::<prop::sample::Index>(),
        vars in prop::collection::btree_map(prop::sample::select(&VAR_KEYS[..]), var_values(), 0..4),
    ) {
        let text = render(&services, step, if crlf { "\r\n" } else { "\n" }, final_newline);
        let target = format!("svc{}", target.index(services.len()));
        let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let before = services_of_text(&text);
        // `set` checks the re-parse, the variables, the unchanged remainder, the changed lines, the line
        // endings and idempotence.
        let out = set(&text, &target, &vars);
        let after = services_of_text(&out);
        for (name, env) in &before {
            if *name != target {
                prop_assert_eq!(Some(env), after.get(name));
            }
        }
        prop_assert_eq!(out.ends_with('\n'), text.ends_with('\n'));
    }

    #[test]
    fn one_pass_over_several_services_equals_one_service_at_a_time(
        services in prop::collection::vec(service(), 1..6),
        step in prop::sample::select(vec![2usize, 4]),
        crlf in any::<bool>(),
        targets in prop::collection::vec((any::<prop::sample::Index>(), prop::collection::btree_map(prop::sample::select(&VAR_KEYS[..]), var_values(), 0..3)), 1..4),
    ) {
        let text = render(&services, step, if crlf { "\r\n" } else { "\n" }, true);
        let names: Vec<String> = targets.iter().map(|(index, _)| format!("svc{}", index.index(services.len()))).collect();
        let vars: Vec<Vec<(&str, &str)>> = targets.iter().map(|(_, vars)| vars.iter().map(|(k, v)| (*k, v.as_str())).collect()).collect();
        let edits: Vec<(&str, &[(&str, &str)])> = names.iter().zip(&vars).map(|(name, vars)| (name.as_str(), vars.as_slice())).collect();
        let batch = set_services_env(&text, &edits).unwrap();
        let mut one_by_one = text.clone();
        for (service, vars) in &edits {
            one_by_one = set_service_env(&one_by_one, service, vars).unwrap();
        }
        // The same bytes, unless a service is named twice: then one at a time writes an intermediate value
        // first, which may leave a replaced item quoted differently from a freshly pushed one.
        let distinct = names.iter().collect::<std::collections::BTreeSet<_>>().len() == names.len();
        if distinct {
            prop_assert_eq!(&batch, &one_by_one);
        } else {
            prop_assert_eq!(services_of_text(&batch), services_of_text(&one_by_one));
        }
        prop_assert_eq!(set_services_env(&batch, &edits).unwrap(), batch);
    }

    #[test]
    fn add_service_adds_exactly_the_service(
        services in prop::collection::vec(service(), 1..4),
        step in prop::sample::select(vec![2usize, 4]),
        crlf in any::<bool>(),
        final_newline in any::<bool>(),
    ) {
        let text = render(&services, step, if crlf { "\r\n" } else { "\n" }, final_newline);
        let out = add(&text, "xray-daemon", XRAY_DAEMON);
        let indent = " ".repeat(step);
        let header = format!("{indent}xray-daemon:");
        let image = format!("{indent}{indent}image: \"amazon/aws-xray-daemon\"");
        prop_assert!(out.lines().any(|line| line.trim_end_matches('\r') == header), "{}", out);
        prop_assert!(out.lines().any(|line| line.trim_end_matches('\r') == image), "{}", out);
        if crlf {
            prop_assert!(!out.replace("\r\n", "").contains('\n'));
        }
    }
}

fn services_of_text(text: &str) -> BTreeMap<String, Option<BTreeMap<String, Option<String>>>> {
    services(text)
        .unwrap()
        .into_iter()
        .map(|s| (s.name, s.environment.map(|env| env.vars.into_iter().map(|(k, v)| (k, v.value)).collect())))
        .collect()
}

#[test]
fn published_ports_in_every_syntax() {
    let compose = "services:\n  a:\n    ports:\n      - \"3000:3000\"\n  b:\n    ports: [\"127.0.0.1:8080:3000/tcp\"]\n  c:\n    ports:\n      - 5173\n  d:\n    ports:\n      - target: 3000\n        published: \"8081\"\n  e:\n    ports:\n      - \"4000-4001:4000-4001\"\n  f:\n    image: x\n  g:\n    ports:\n      - \"[::1]::3000\"\n";
    let ports: Vec<Option<u16>> = services(compose).unwrap().iter().map(|service| service.published_port).collect();
    assert_eq!(ports, [Some(3000), Some(8080), Some(5173), Some(8081), Some(4000), None, Some(3000)]);
}

#[test]
fn a_duplicate_key_is_placed_at_its_second_entry() {
    let line_of = |text: &str| match services(text).unwrap_err() {
        ComposeError::Syntax { line, message } => (line, message),
        other => panic!("{other:?}"),
    };
    let quoted = "services:\n  api:\n    environment:\n      \"A\": 1\n      # a comment\n\n      'A' : 2\n";
    assert_eq!(line_of(quoted), (Some(7), "services.api.environment: duplicate entry with key \"A\" (first at line 4)".to_owned()));
    // A longer key that starts with the duplicate's name is not it.
    let prefixed = "services:\n  api:\n    environment:\n      AB: 0\n      A: 1\n      A: 2\n";
    assert_eq!(line_of(prefixed).0, Some(6));
    // Flow style: the parser's own place is kept.
    let flow = "services:\n  api:\n    environment: {A: 1, A: 2}\n";
    assert_eq!(line_of(flow).0, Some(3));
}

/// The real workspaces' daemons go, with nothing else: every other line of the file is kept byte for byte,
/// comments after the service included.
#[test]
fn a_service_is_removed_with_its_block_only() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workspaces");
    let mut removed = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        for name in ["docker-compose.yml", "docker-compose.yaml", "docker-compose-codespace.yml"] {
            let Ok(text) = std::fs::read_to_string(path.join(name)) else { continue };
            if !services(&text).unwrap().iter().any(|service| service.name == "xray-daemon") {
                continue;
            }
            let out = remove_service(&text, "xray-daemon").unwrap_or_else(|err| panic!("{}: {err}", path.display()));
            assert!(!services(&out).unwrap().iter().any(|service| service.name == "xray-daemon"));
            let kept: Vec<&str> = text.lines().filter(|line| !out.lines().any(|other| other == *line)).collect();
            assert!(kept.iter().all(|line| !line.trim().is_empty()), "{}: only the daemon's lines go: {kept:?}", path.display());
            assert_eq!(remove_service(&out, "xray-daemon").unwrap(), out);
            removed += 1;
        }
    }
    assert!(removed >= 8, "{removed}");
    let text = "services:\n  a:\n    image: x\n    # about a\n  xray-daemon:\n    image: \"amazon/aws-xray-daemon\"\n    # its own comment\n\n    ports:\n      - 2000:2000/udp\n# the networks\nnetworks:\n  n: {}\n";
    assert_eq!(
        remove_service(text, "xray-daemon").unwrap(),
        "services:\n  a:\n    image: x\n    # about a\n# the networks\nnetworks:\n  n: {}\n"
    );
}

#[test]
fn a_service_is_replaced_where_it_is_at_the_files_indentation() {
    let text = "services:\r\n    api:\r\n        image: a\r\n    otel-collector:\r\n        image: old # ours\r\n        ports:\r\n            - \"4318:4318\"\r\n    db:\r\n        image: postgres\r\n";
    let out = replace_service(text, "otel-collector", "image: new\nenvironment:\n  A: \"1\"\n").unwrap();
    assert_eq!(
        out,
        "services:\r\n    api:\r\n        image: a\r\n    otel-collector:\r\n        image: new\r\n        environment:\r\n            A: \"1\"\r\n    db:\r\n        image: postgres\r\n"
    );
    assert_eq!(replace_service(&out, "otel-collector", "image: new\nenvironment:\n  A: \"1\"\n").unwrap(), out, "same settings: unchanged");
    assert!(matches!(replace_service(text, "nope", "image: x\n"), Err(ComposeError::ServiceNotFound { .. })));
}

#[test]
fn variables_are_removed_from_mappings_and_lists() {
    let mapping = "services:\n  backend-flask:\n    environment:\n      OTEL_SERVICE_NAME: 'backend-flask'\n      AWS_XRAY_URL: \"*4567-${GITPOD_WORKSPACE_ID}*\" # the SDK's\n      AWS_XRAY_DAEMON_ADDRESS: \"xray-daemon:2000\"\n      #AWS_XRAY_URL: old\n    build: .\n";
    let out = remove_service_env(mapping, "backend-flask", &["AWS_XRAY_URL", "AWS_XRAY_DAEMON_ADDRESS", "MISSING"]).unwrap();
    assert_eq!(
        out,
        "services:\n  backend-flask:\n    environment:\n      OTEL_SERVICE_NAME: 'backend-flask'\n      #AWS_XRAY_URL: old\n    build: .\n"
    );
    assert_eq!(remove_service_env(&out, "backend-flask", &["AWS_XRAY_URL"]).unwrap(), out);
    let list = "services:\n  backend-flask:\n    environment:\n      - AWS_XRAY_URL=\"*x*\"\n      - A=1\n      - AWS_XRAY_URL=again\n";
    let out = remove_service_env(list, "backend-flask", &["AWS_XRAY_URL"]).unwrap();
    assert_eq!(out, "services:\n  backend-flask:\n    environment:\n      - A=1\n");
}

#[test]
fn a_byte_order_mark_is_not_a_second_document() {
    // With CRLF line ends (a file saved by a Windows editor), the parser took the mark for a new document.
    for text in ["\u{feff}version: \"3.8\"\r\nservices:\r\n  a:\r\n    image: x\r\n", "\u{feff}---\nservices:\n  a:\n    image: x\n"] {
        let found = services(text).unwrap();
        assert_eq!((found[0].name.as_str(), found[0].line), ("a", 3));
        let edited = set_service_env(text, "a", &[("OTEL_SERVICE_NAME", "a")]).unwrap();
        assert!(edited.starts_with('\u{feff}'), "the mark stays");
        assert_eq!(env_of(&edited, "a")["OTEL_SERVICE_NAME"].as_deref(), Some("a"));
    }
}

#[test]
fn values_set_through_a_merge_key_are_read_and_never_overridden() {
    let text = "x-otel: &otel\n  environment:\n    OTEL_SERVICE_NAME: \"backend-flask\"\n    KEEP: \"me\"\nservices:\n  backend-flask:\n    <<: *otel\n    build: ./backend-flask\n";
    let env = env_of(text, "backend-flask");
    assert_eq!(env["OTEL_SERVICE_NAME"].as_deref(), Some("backend-flask"), "the merged value is the service's");
    // Already as wanted: nothing to write.
    assert_eq!(set_service_env(text, "backend-flask", &[("OTEL_SERVICE_NAME", "backend-flask")]).unwrap(), text);
    // A change would need an `environment` of the service's own, which would drop KEEP: refused, naming the line.
    let err = set_service_env(text, "backend-flask", &[("OTEL_SERVICE_NAME", "other")]).unwrap_err();
    assert!(matches!(err, ComposeError::MergedEnvironment { line: 6, .. }), "{err:?}");
    assert!(err.to_string().contains("comes from a merge key"), "{err}");
    // Merged into an `environment` of its own: the key is set there, overriding only itself.
    let inner = "x-env: &env\n  A: \"1\"\n  B: \"2\"\nservices:\n  api:\n    environment:\n      <<: *env\n      C: \"3\"\n";
    assert_eq!(env_of(inner, "api").len(), 3);
    let edited = set_service_env(inner, "api", &[("A", "9")]).unwrap();
    let env = env_of(&edited, "api");
    assert_eq!((env["A"].as_deref(), env["B"].as_deref()), (Some("9"), Some("2")));
}

#[test]
fn reading_many_services_places_every_one() {
    // The line of each of thousands of services, found in one pass (this took seconds per megabyte).
    let mut text = String::from("services:\n");
    for index in 0..3000 {
        text.push_str(&format!("  svc{index}:\n    image: nginx\n    environment:\n      A_{index}: \"x\"\n"));
    }
    let found = services(&text).unwrap();
    assert_eq!(found.len(), 3000);
    assert_eq!((found[2999].line, found[2999].environment.as_ref().unwrap().vars[&"A_2999".to_owned()].line), (2 + 4 * 2999, 5 + 4 * 2999));
}
