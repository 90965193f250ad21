//! The planner on small setups: what it plans, in which order, and what it refuses.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use super::*;
use crate::declare::file::parse;
use crate::declare::model::BurnKind;
use crate::settings::Environment;

struct NoVars;

impl Environment for NoVars {
    fn var(&self, _: &str) -> Option<String> {
        None
    }
}

struct Vars(HashMap<&'static str, &'static str>);

impl Environment for Vars {
    fn var(&self, name: &str) -> Option<String> {
        self.0.get(name).map(|v| (*v).to_owned())
    }
}

fn desired(text: &str) -> Desired {
    parse(text, "obs.yaml", Path::new("."), &NoVars).unwrap_or_else(|p| panic!("{p:#?}"))
}

/// Honeycomb holding what `text` describes (its datasets existing, with `columns`).
fn remote(text: &str, columns: &[&str]) -> Remote {
    let d = desired(text);
    let mut remote = Remote { setup: d.setup.clone(), ..Remote::default() };
    remote.setup.recipients.values_mut().for_each(|r| r.name.clear());
    for scope in d.setup.scopes.keys() {
        remote.ids.datasets.insert(scope.clone(), scope.clone());
        remote.column_names.insert(scope.clone(), columns.iter().map(|c| (*c).to_owned()).collect::<BTreeSet<_>>());
    }
    remote.auth.environment_slug = "test".into();
    remote.auth.environment_name = "test".into();
    remote
}

fn changed(plan: &Plan) -> Vec<(Action, Kind, String)> {
    plan.steps.iter().filter(|s| s.action != Action::Unchanged).map(|s| (s.action, s.kind, s.object())).collect()
}

const BASE: &str = r#"
honeycomb:
  recipients:
    ops: {email: ops@example.com}
    pager: {pagerduty: {integration_name: On call, integration_key: "${PD}"}}
  datasets:
    d:
      calculated_fields:
        sli.fast: LT($duration_ms, 300)
      queries:
        Fast: {query: {calculations: [{op: COUNT}], breakdowns: [sli.fast], time_range: 3600}}
      triggers:
        Slow:
          query: {calculations: [{op: COUNT}], filters: [{column: sli.fast, op: "=", value: false}], time_range: 900}
          threshold: {op: ">", value: 5}
          recipients: [ops, pager]
      slos:
        Latency:
          sli: sli.fast
          target_per_million: 990000
          burn_alerts:
            - {exhaustion_minutes: 60, recipients: [ops]}
            - {budget_rate: {window_minutes: 60, decrease_threshold_per_million: 10000}, recipients: [pager]}
  boards:
    B:
      panels: [{query: Fast}, {slo: Latency}]
"#;

/// What Honeycomb has of BASE: the PagerDuty key as it stores it (the file's is unset).
fn base_remote() -> Remote {
    let mut remote = remote(BASE, &["duration_ms", "app.user_id"]);
    for recipient in remote.setup.recipients.values_mut() {
        if recipient.key.kind == "pagerduty" {
            recipient.details.insert("pagerduty_integration_key".into(), Value::from("k".repeat(32)));
            recipient.unset_secrets.clear();
        }
    }
    remote
}

#[test]
fn an_unchanged_setup_plans_nothing() {
    let plan = plan(&desired(BASE), &base_remote(), None, false).unwrap();
    assert_eq!(changed(&plan), [], "{:#?}", plan.steps);
    assert!(!plan.changes_anything());
    // An unset secret is taken as Honeycomb has it, so the PagerDuty recipient is unchanged.
    let pager = plan.wanted.recipients.values().find(|r| r.key.kind == "pagerduty").unwrap();
    assert_eq!(pager.details["pagerduty_integration_key"], Value::from("k".repeat(32)));
}

#[test]
fn one_field_is_one_change_and_secrets_are_masked() {
    let edited = BASE.replace("value: 5}", "value: 7}");
    let plan = plan(&desired(&edited), &base_remote(), None, false).unwrap();
    let steps: Vec<&Step> = plan.steps.iter().filter(|s| s.action != Action::Unchanged).collect();
    assert_eq!(steps.len(), 1);
    assert_eq!(steps[0].changes, [FieldChange { field: "threshold.value".into(), from: "5.0".into(), to: "7.0".into() }]);

    let env = Vars(HashMap::from([("PD", "another-key-of-thirty-two-chars!")]));
    let with_key = parse(BASE, "obs.yaml", Path::new("."), &env).unwrap();
    let plan = super::plan(&with_key, &base_remote(), None, false).unwrap();
    let pager = plan.steps.iter().find(|s| s.kind == Kind::Recipient && s.action == Action::Update).unwrap();
    assert_eq!(pager.changes[0].from, "(secret)");
    assert!(!format!("{:?}", pager.changes).contains("another-key"), "a secret is never shown");
}

#[test]
fn recipients_compare_as_a_set_with_the_default_severity() {
    let reordered = BASE.replace("recipients: [ops, pager]", "recipients: [{recipient: pager, severity: critical}, ops]");
    let plan = plan(&desired(&reordered), &base_remote(), None, false).unwrap();
    assert_eq!(changed(&plan), []);
}

#[test]
fn a_rename_is_planned_once_and_carried_to_what_uses_the_field() {
    let renamed = BASE.replace(
        "        sli.fast: LT($duration_ms, 300)",
        "        sli.quick: {expression: \"LT($duration_ms, 300)\", renamed_from: sli.fast}",
    );
    let plan = plan(&desired(&renamed), &base_remote(), None, false).unwrap();
    let steps = changed(&plan);
    assert_eq!(steps[0], (Action::Rename, Kind::CalculatedField, "d/sli.quick".into()));
    assert!(steps.contains(&(Action::Replace, Kind::SavedQuery, "d/Fast".into())), "{steps:?}");
    assert!(steps.contains(&(Action::Update, Kind::Trigger, "d/Slow".into())), "{steps:?}");
    assert!(steps.contains(&(Action::Update, Kind::Slo, "Latency".into())), "{steps:?}");
    assert!(steps.contains(&(Action::Update, Kind::Board, "B".into())), "the board points at the new saved query: {steps:?}");
    assert_eq!(steps.last().unwrap(), &(Action::Delete, Kind::SavedQuery, "d/Fast".into()), "the old version goes last");
    assert!(!steps.iter().any(|s| s.1 == Kind::CalculatedField && s.0 == Action::Delete), "renamed, not replaced");
    let trigger = plan.steps.iter().find(|s| s.kind == Kind::Trigger).unwrap();
    assert!(trigger.note.as_deref().unwrap().contains("carries the rename"));
    // Once renamed in Honeycomb, the same file plans nothing: its old references keep meaning the field.
    let mut after = base_remote();
    let scope = after.setup.scopes.get_mut("d").unwrap();
    let field = scope.calculated_fields.remove("sli.fast").unwrap();
    scope.calculated_fields.insert("sli.quick".into(), field);
    for trigger in scope.triggers.values_mut() {
        rename_column(&mut trigger.query, "sli.fast", "sli.quick");
    }
    for query in scope.queries.values_mut() {
        rename_column(&mut query.query, "sli.fast", "sli.quick");
    }
    after.setup.slos.get_mut("Latency").unwrap().sli = "sli.quick".into();
    let again = super::plan(&desired(&renamed), &after, None, false).unwrap();
    assert_eq!(changed(&again), []);
}

#[test]
fn what_the_file_does_not_mention_is_left_or_pruned() {
    let mut have = base_remote();
    let scope = have.setup.scopes.get_mut("d").unwrap();
    let extra = scope.triggers["Slow"].clone();
    scope.triggers.insert("Extra".into(), extra);
    scope.columns.insert("old".into(), crate::declare::model::Column { column_type: None, description: "x".into(), hidden: false });
    have.setup.scopes.insert("elsewhere".into(), Default::default());
    let kept = plan(&desired(BASE), &have, None, false).unwrap();
    assert_eq!(changed(&kept), []);
    assert_eq!(kept.untracked, ["trigger d/Extra"]);
    let pruned = plan(&desired(BASE), &have, None, true).unwrap();
    assert_eq!(changed(&pruned), [(Action::Delete, Kind::Trigger, "d/Extra".into())], "columns are never deleted");
}

#[test]
fn burn_alerts_pair_equal_ones_first_then_by_type() {
    let d = desired(BASE);
    let wanted = &d.setup.slos["Latency"].burn_alerts;
    let mut have = wanted.clone();
    have.reverse();
    let pairs: Vec<Option<usize>> = pair_burn_alerts(wanted, &have).into_iter().map(|(_, _, m)| m).collect();
    assert_eq!(pairs, [Some(1), Some(0)]);
    have[1].kind = BurnKind::ExhaustionTime { exhaustion_minutes: 240 };
    let pairs: Vec<Option<usize>> = pair_burn_alerts(wanted, &have).into_iter().map(|(_, _, m)| m).collect();
    assert_eq!(pairs, [Some(1), Some(0)], "an edited alert is an update of the one of its type");
}

#[test]
fn references_are_checked_against_the_file_and_honeycomb() {
    let typo = BASE.replace("breakdowns: [sli.fast]", "breakdowns: [app.userid]").replace("sli: sli.fast", "sli: sli.fst");
    let problems = plan(&desired(&typo), &base_remote(), None, false).unwrap_err();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("queries.Fast.query: no column or calculated field \"app.userid\" in d (did you mean \"app.user_id\"?)")),
        "{problems:#?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("slos.Latency.sli: no calculated field \"sli.fst\"") && p.contains("did you mean \"sli.fast\"?")),
        "{problems:#?}"
    );
    // The file's environment must be the key's.
    let elsewhere = format!("honeycomb:\n  environment: prod\n{}", BASE.trim_start_matches("\nhoneycomb:\n"));
    let problems = plan(&desired(&elsewhere), &base_remote(), None, false).unwrap_err();
    assert!(problems[0].contains("describes environment \"prod\", but the API key is for \"test\""), "{problems:#?}");
}

#[test]
fn steps_come_in_dependency_order() {
    let env = Vars(HashMap::from([("PD", "0123456789abcdef0123456789abcdef")]));
    let all_new = parse(BASE, "obs.yaml", Path::new("."), &env).unwrap();
    let plan = plan(&all_new, &Remote::default(), None, false).unwrap();
    let kinds: Vec<Kind> = plan.steps.iter().map(|s| s.kind).collect();
    let mut sorted = kinds.clone();
    sorted.sort();
    assert_eq!(kinds, sorted);
    assert_eq!(kinds[0], Kind::Dataset, "the dataset first: it does not exist");
}
