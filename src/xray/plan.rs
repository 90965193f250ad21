//! What `xray rules apply` will do: compare the wanted rules with AWS's and list the steps. Pure: no
//! network, no output. `--dry-run` prints this plan and applying executes exactly it, so the two cannot
//! disagree, and a second run over the same files plans nothing but `unchanged`.

use serde::Serialize;

use super::rule::{DEFAULT_RULE, FieldChange, SamplingRuleSpec};
use super::rule_file::WantedRule;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Create,
    Update,
    Unchanged,
    Delete,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Unchanged => "unchanged",
            Action::Delete => "delete",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub action: Action,
    pub rule_name: String,
    /// For updates: only the fields that differ (and only those are sent).
    pub changes: Vec<FieldChange>,
    /// The wanted rule, for create and update.
    pub wanted: Option<WantedRule>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    pub steps: Vec<Step>,
    /// Rules AWS has that the files do not mention, left alone because `--prune` was not given.
    pub untracked: Vec<String>,
}

impl Plan {
    pub fn count(&self, action: Action) -> usize {
        self.steps.iter().filter(|step| step.action == action).count()
    }

    pub fn changes_anything(&self) -> bool {
        self.steps.iter().any(|step| step.action != Action::Unchanged)
    }
}

/// The Default rule exists in every account; AWS lets only its rates change.
const DEFAULT_RULE_MUTABLE: [&str; 3] = ["FixedRate", "ReservoirSize", "SamplingRateBoost"];

/// Plans `wanted` against `current` (AWS's rules). `prune` adds deletions of rules absent from
/// `wanted`, never of the Default rule. Fails with one line per rule that cannot be applied.
pub fn plan(wanted: &[WantedRule], current: &[SamplingRuleSpec], prune: bool) -> Result<Plan, Vec<String>> {
    let mut plan = Plan::default();
    let mut problems = Vec::new();
    for wanted_rule in wanted {
        let name = &wanted_rule.rule.rule_name;
        let step = match current.iter().find(|rule| &rule.rule_name == name) {
            None => Step { action: Action::Create, rule_name: name.clone(), changes: Vec::new(), wanted: Some(wanted_rule.clone()) },
            Some(existing) => {
                let changes = existing.changes_to(&wanted_rule.rule);
                if name == DEFAULT_RULE
                    && let Some(fixed) = changes.iter().find(|change| !DEFAULT_RULE_MUTABLE.contains(&change.field))
                {
                    problems.push(format!(
                        "{}: the Default rule's {} cannot change (only FixedRate and ReservoirSize can): {} in AWS, {} here",
                        wanted_rule.origin, fixed.field, fixed.from, fixed.to
                    ));
                    continue;
                }
                if let Some(version) = changes.iter().find(|change| change.field == "Version") {
                    problems.push(format!("{}: rule {name:?}: Version cannot be updated ({} in AWS)", wanted_rule.origin, version.from));
                    continue;
                }
                let action = if changes.is_empty() { Action::Unchanged } else { Action::Update };
                Step { action, rule_name: name.clone(), changes, wanted: Some(wanted_rule.clone()) }
            }
        };
        plan.steps.push(step);
    }
    for existing in current {
        let mentioned = wanted.iter().any(|wanted_rule| wanted_rule.rule.rule_name == existing.rule_name);
        if mentioned || existing.rule_name == DEFAULT_RULE {
            continue;
        }
        if prune {
            plan.steps.push(Step { action: Action::Delete, rule_name: existing.rule_name.clone(), changes: Vec::new(), wanted: None });
        } else {
            plan.untracked.push(existing.rule_name.clone());
        }
    }
    if problems.is_empty() { Ok(plan) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xray::rule::example_rule;

    fn wanted(rule: SamplingRuleSpec) -> WantedRule {
        WantedRule { origin: format!("{}.json", rule.rule_name), rule, tags: vec![] }
    }

    fn default_rule() -> SamplingRuleSpec {
        SamplingRuleSpec { priority: 10000, fixed_rate: 0.05, reservoir_size: 1, service_name: "*".into(), ..example_rule(DEFAULT_RULE) }
    }

    #[test]
    fn creates_updates_and_leaves_alone() {
        let mut changed = example_rule("B");
        changed.fixed_rate = 0.5;
        let current = [default_rule(), example_rule("B"), example_rule("C"), example_rule("Extra")];
        let plan = plan(&[wanted(example_rule("A")), wanted(changed), wanted(example_rule("C"))], &current, false).unwrap();
        let actions: Vec<(Action, &str)> = plan.steps.iter().map(|step| (step.action, step.rule_name.as_str())).collect();
        assert_eq!(actions, [(Action::Create, "A"), (Action::Update, "B"), (Action::Unchanged, "C")]);
        assert_eq!(plan.steps[1].changes, [FieldChange { field: "FixedRate", from: "0.1".into(), to: "0.5".into() }]);
        assert_eq!(plan.untracked, ["Extra"]);
    }

    #[test]
    fn prune_deletes_unmentioned_rules_but_never_default() {
        let current = [default_rule(), example_rule("Old")];
        let plan = plan(&[wanted(example_rule("New"))], &current, true).unwrap();
        let actions: Vec<(Action, &str)> = plan.steps.iter().map(|step| (step.action, step.rule_name.as_str())).collect();
        assert_eq!(actions, [(Action::Create, "New"), (Action::Delete, "Old")]);
    }

    #[test]
    fn only_the_default_rules_rates_may_change() {
        let mut rates = default_rule();
        rates.fixed_rate = 0.2;
        let plan = plan(&[wanted(rates)], &[default_rule()], false).unwrap();
        assert_eq!(plan.steps[0].action, Action::Update);

        let mut service = default_rule();
        service.service_name = "backend-flask".into();
        let problems = super::plan(&[wanted(service)], &[default_rule()], false).unwrap_err();
        assert_eq!(
            problems,
            [
                "Default.json: the Default rule's ServiceName cannot change (only FixedRate and ReservoirSize can): \"*\" in AWS, \"backend-flask\" here"
            ]
        );
    }
}
