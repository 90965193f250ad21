//! The file reader on good and bad files: what it builds, and each problem with its line, field and
//! hint; the shipped example reads; the JSON Schema describes exactly the fields the reader accepts.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use serde_json::Value;

use super::*;
use crate::declare::model::{BurnKind, PanelContent, Position};

struct Vars(HashMap<String, String>);

impl Environment for Vars {
    fn var(&self, name: &str) -> Option<String> {
        self.0.get(name).cloned()
    }
}

fn vars(pairs: &[(&str, &str)]) -> Vars {
    Vars(pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect())
}

fn read(text: &str) -> Result<Desired, Vec<String>> {
    parse(text, "obs.yaml", Path::new("."), &vars(&[]))
}

fn problems(text: &str) -> Vec<String> {
    read(text).expect_err("the file has problems")
}

#[test]
fn the_example_reads() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/observability.yaml");
    let desired = load(&path, "examples/observability.yaml", &vars(&[])).unwrap();
    let scope = &desired.setup.scopes["backend-flask"];
    assert_eq!(scope.queries.len(), 3);
    assert_eq!(scope.triggers["Error rate above 5%"].frequency, 300);
    assert_eq!(desired.setup.slos["Request latency"].datasets, ["backend-flask"]);
    let board = &desired.setup.boards["Cruddur"];
    assert_eq!(board.panels.len(), 5);
    assert_eq!(board.panels[1].position, Position { x: 6, y: 0, width: 6, height: 6 }, "two columns when no panel is placed");
    assert!(matches!(&board.panels[3].content, PanelContent::Slo { name } if name == "Request latency"));
}

#[test]
fn defaults_are_filled_as_the_api_fills_them() {
    let desired = read(
        r#"
honeycomb:
  recipients:
    pd: {pagerduty: {integration_name: On call, integration_key: "${PD}"}}
  datasets:
    d:
      triggers:
        t:
          query: {calculations: [{op: COUNT}], filter_combination: AND, time_range: 1800}
          threshold: {op: ">", value: 1}
          recipients: [pd]
"#,
    )
    .unwrap();
    let trigger = &desired.setup.scopes["d"].triggers["t"];
    assert_eq!((trigger.frequency, trigger.alert_type.as_str(), trigger.threshold.exceeded_limit), (900, "on_change", 1));
    assert_eq!(trigger.recipients[0].severity.as_deref(), Some("critical"), "PagerDuty's default severity");
    assert_eq!(trigger.query, serde_json::json!({"calculations": [{"op": "COUNT"}], "time_range": 1800}), "AND is the default: dropped");
    let recipient = desired.setup.recipients.values().next().unwrap();
    assert_eq!(recipient.unset_secrets, [("pagerduty_integration_key".to_owned(), "PD".to_owned())]);
}

#[test]
fn each_problem_names_its_line_and_field() {
    let found = problems(
        "version: 2\n\
         honeycomb:\n\
         \x20 recipients:\n\
         \x20   a: {email: nobody}\n\
         \x20   b: {slack: alerts}\n\
         \x20   c: {pagerduty: {integration_name: x, integration_key: literal-key}}\n\
         \x20 datasets:\n\
         \x20   d:\n\
         \x20     marker_colors: {deploy: orange}\n\
         \x20     queries:\n\
         \x20       q: {query: {calculations: [{op: P98, column: duration_ms}]}}\n\
         \x20 boards:\n\
         \x20   b:\n\
         \x20     panels:\n\
         \x20       - {query: nope}\n\
         \x20       - {text: hi, position: {x: 0, y: 0, width: 6, height: 3}}\n",
    );
    let expect = [
        "obs.yaml:1: version: 2 is not a version this tool reads (1)",
        "obs.yaml:4: honeycomb.recipients.a.email: \"nobody\" is not an email address",
        "obs.yaml:5: honeycomb.recipients.b.slack: \"alerts\": a Slack channel starts with #",
        "obs.yaml:6: honeycomb.recipients.c.pagerduty.integration_key: a secret is written as ${VARIABLE}",
        "obs.yaml:9: honeycomb.datasets.d.marker_colors.deploy: \"orange\" is not a colour",
        "obs.yaml:11: honeycomb.datasets.d.queries.q.query.calculations[0].op: \"P98\" is not a calculation operator (did you mean P90?",
        "obs.yaml:15: honeycomb.boards.b.panels[0].query: no saved query named \"nope\" in the file",
    ];
    for start in expect {
        assert!(found.iter().any(|p| p.starts_with(start)), "{start}\n{found:#?}");
    }
    assert_eq!(found.len(), expect.len(), "{found:#?}");
}

#[test]
fn trigger_rules_are_the_apis() {
    let trigger = |extra: &str| {
        format!("honeycomb:\n  datasets:\n    d:\n      triggers:\n        t:\n          threshold: {{op: \">\", value: 1}}\n{extra}")
    };
    let found = problems(&trigger("          query: {calculations: [{op: COUNT}], time_range: 60}\n          frequency: 300\n"));
    assert!(found[0].contains("query.time_range: must be between the frequency (300 s) and 1200 s"), "{found:?}");
    let found = problems(&trigger("          query: {calculations: [{op: COUNT}], time_range: 600, limit: 5}\n"));
    assert!(found[0].contains("query.limit: not allowed in a trigger query"), "{found:?}");
    let found = problems(&trigger("          query: {calculations: [{op: COUNT}], time_range: 900}\n          frequency: 30\n"));
    assert!(found[0].contains("frequency: 30 is out of range: 60 to 86400 seconds"), "{found:?}");
    let found = problems(&trigger("          query: Saved\n"));
    assert!(found[0].contains("no saved query named \"Saved\""), "{found:?}");
}

#[test]
fn calculated_fields_are_parsed() {
    let found = problems(
        "honeycomb:\n  datasets:\n    d:\n      calculated_fields:\n        x: SUB($a)\n        y: {expression: \"REGMATCH($a, `x`)\"}\n",
    );
    assert!(
        found.iter().any(|p| p.starts_with("obs.yaml:5: honeycomb.datasets.d.calculated_fields.x: SUB takes 2 arguments, got 1")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|p| p.contains("calculated_fields.y.expression: invalid function: REGMATCH (did you mean REG_MATCH?)")),
        "{found:#?}"
    );
    let desired =
        read("honeycomb:\n  datasets:\n    d:\n      calculated_fields:\n        new: {expression: \"$a + 1\", renamed_from: old}\n")
            .unwrap();
    assert_eq!(desired.setup.scopes["d"].calculated_fields["new"].renamed_from, ["old"]);
}

#[test]
fn slos_burn_alerts_and_boards() {
    let desired = read(
        r#"
honeycomb:
  recipients: {ops: {email: ops@example.com}}
  datasets:
    d:
      calculated_fields: {sli: "true"}
  environment_wide:
    slos:
      Both:
        sli: sli
        target_per_million: 999000
        datasets: [e, d]
        burn_alerts:
          - {budget_rate: {window_minutes: 60, decrease_threshold_per_million: 10000}, recipients: [ops]}
  boards:
    B:
      preset_filters: {service.name: Service}
      panels:
        - {slo: Both, position: {x: 0, y: 0, width: 4, height: 4}}
"#,
    );
    let found = desired.unwrap_err();
    assert!(found[0].contains("environment_wide.slos.Both.sli: \"sli\" is a calculated field of d"), "{found:#?}");

    let desired = read(
        "honeycomb:\n  recipients: {ops: {email: ops@example.com}}\n  environment_wide:\n    calculated_fields: {sli: \"true\"}\n    slos:\n      Both:\n        sli: sli\n        target_per_million: 999000\n        datasets: [e, d]\n        burn_alerts:\n          - {budget_rate: {window_minutes: 60, decrease_threshold_per_million: 10000}, recipients: [ops]}\n",
    )
    .unwrap();
    let slo = &desired.setup.slos["Both"];
    assert_eq!(slo.datasets, ["d", "e"]);
    assert!(matches!(slo.burn_alerts[0].kind, BurnKind::BudgetRate { budget_rate_window_minutes: 60, .. }));

    let found = problems(
        "honeycomb:\n  boards:\n    B:\n      panels:\n        - {text: a, position: {x: 0, y: 0, width: 6, height: 3}}\n        - {text: b}\n",
    );
    assert!(found[0].starts_with("obs.yaml:6: honeycomb.boards.B.panels[1]: give every panel a position, or none"), "{found:#?}");
    let found = problems(
        "honeycomb:\n  datasets:\n    d:\n      slos:\n        S: {sli: x, target_per_million: 999000, burn_alerts: [{exhaustion_minutes: 5}]}\n",
    );
    assert!(found.iter().any(|p| p.contains("burn_alerts[0].recipients: missing")), "{found:#?}");
}

#[test]
fn unknown_fields_get_a_did_you_mean() {
    let found = problems("honeycomb:\n  datasets:\n    d:\n      trigers: {}\n");
    assert_eq!(found, ["obs.yaml:4: honeycomb.datasets.d.trigers: unknown field (did you mean triggers?)"]);
    let found = problems("honeycomb: {}\nxray:\n  groups:\n    Default: {filter_expression: x}\n");
    assert!(found[0].contains("the Default group is X-Ray's own"), "{found:#?}");
    let found = problems("not: [valid\n");
    assert!(found[0].starts_with("obs.yaml:"), "{found:#?}");
}

/// A definition of the schema: its property names (following `oneOf` to an object definition).
fn schema_properties(schema: &Value, definition: &str) -> BTreeSet<String> {
    let def = &schema["$defs"][definition];
    def["properties"].as_object().map(|p| p.keys().cloned().collect()).unwrap_or_default()
}

#[test]
fn the_schema_describes_exactly_the_fields_the_reader_accepts() {
    let schema: Value = serde_json::from_str(include_str!("../../../docs/observability.schema.json")).unwrap();
    let mut seen = BTreeMap::new();
    for (section, fields) in SECTIONS {
        let wanted: BTreeSet<String> = fields.iter().map(|f| (*f).to_owned()).collect();
        assert_eq!(schema_properties(&schema, section), wanted, "the schema's {section} and the reader's differ");
        seen.insert(*section, ());
    }
    // Every object definition of the schema is one of the reader's sections (or a leaf it checks whole).
    let leaves = ["secret", "calculated_field_or_expression", "query_spec", "tags", "notify_or_name"];
    for (name, def) in schema["$defs"].as_object().unwrap() {
        if def.get("properties").is_some() && !leaves.contains(&name.as_str()) {
            assert!(seen.contains_key(name.as_str()), "the schema's {name} is not a section of the reader");
        }
    }
}
