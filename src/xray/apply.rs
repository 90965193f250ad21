//! Executing one step of a sampling-rule plan, for `xray rules apply` and `init --with xray`.

use super::plan::{Action, Step};
use super::rule_file::WantedRule;
use super::{XrayClient, XrayError, XrayErrorKind};

/// Creates a rule. If X-Ray says it exists, checks whether it is exactly the wanted rule: a create
/// whose response was lost and was retried has already gone through, and that is success.
pub async fn create(client: &XrayClient, wanted: &WantedRule) -> Result<(), XrayError> {
    match client.create_rule(&wanted.rule, &wanted.tags).await {
        Ok(_) => Ok(()),
        Err(err) if err.is(XrayErrorKind::InvalidRequest) => {
            let rules = client.list_rules().await?;
            match rules.iter().find(|record| record.rule.rule_name == wanted.rule.rule_name) {
                Some(record) if record.rule.changes_to(&wanted.rule).is_empty() => Ok(()),
                _ => Err(err),
            }
        }
        Err(err) => Err(err),
    }
}

/// Carries out one step (an unchanged rule needs nothing).
pub async fn execute(client: &XrayClient, step: &Step) -> Result<(), XrayError> {
    let wanted = step.wanted.as_ref();
    match (step.action, wanted) {
        (Action::Create, Some(wanted)) => create(client, wanted).await,
        (Action::Update, Some(wanted)) => client.update_rule(&wanted.rule, &step.changes).await.map(|_| ()),
        (Action::Delete, _) => client.delete_rule(&step.rule_name).await,
        _ => Ok(()),
    }
}
