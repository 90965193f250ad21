//! Honeycomb's plans, and the API features each one has.
//!
//! The spec says which plans have a feature in the description of the feature's tag ("This
//! feature is available as part of the Honeycomb Enterprise plan" on `Query Data`, "Pro and
//! Enterprise" on `SLOs` and `Burn Alerts`); every other tag carries no plan note. [`GATED_TAGS`]
//! is that table, keyed by tag, so an operation is gated by what the spec files it under: a route
//! this server adds later (SLOs, burn alerts) joins the table through its tag, with no edit here.
//! A team whose plan lacks the feature gets 403 in the operation's spec'd error format.

use serde::{Deserialize, Serialize};

use crate::contract;

/// A team's plan, cheapest first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Plan {
    Free,
    Pro,
    /// The default: every feature, so a server started without a plan refuses nothing.
    #[default]
    Enterprise,
}

impl Plan {
    pub fn as_str(self) -> &'static str {
        match self {
            Plan::Free => "free",
            Plan::Pro => "pro",
            Plan::Enterprise => "enterprise",
        }
    }

    /// What Honeycomb's pricing page calls it.
    pub fn title(self) -> &'static str {
        match self {
            Plan::Free => "Free",
            Plan::Pro => "Pro",
            Plan::Enterprise => "Enterprise",
        }
    }

    /// Whether this plan has every feature `required` has.
    pub fn includes(self, required: Plan) -> bool {
        self >= required
    }
}

impl std::str::FromStr for Plan {
    type Err = String;

    fn from_str(s: &str) -> Result<Plan, String> {
        match s.to_ascii_lowercase().as_str() {
            "free" => Ok(Plan::Free),
            "pro" => Ok(Plan::Pro),
            "enterprise" => Ok(Plan::Enterprise),
            _ => Err(format!("unknown plan {s:?} (free, pro or enterprise)")),
        }
    }
}

/// The spec's tags whose features need a plan, with the cheapest plan that has them.
pub const GATED_TAGS: &[(&str, Plan)] = &[("Query Data", Plan::Enterprise), ("SLOs", Plan::Pro), ("Burn Alerts", Plan::Pro)];

/// The feature (tag) and cheapest plan an operation needs, if it needs one.
pub fn required(method: &str, template: &str) -> Option<(&'static str, Plan)> {
    let tags = contract::tags(method, template);
    GATED_TAGS.iter().copied().filter(|(tag, _)| tags.iter().any(|t| t == tag)).max_by_key(|(_, plan)| *plan)
}

/// The 403 detail for a team on `plan` asking for `feature`. Honeycomb's own wording for this
/// refusal is not published; this one names the feature and the plans that have it.
pub fn refusal(plan: Plan, feature: &str, required: Plan) -> String {
    let plans = match required {
        Plan::Enterprise => "the Honeycomb Enterprise plan",
        Plan::Pro => "the Honeycomb Pro and Enterprise plans",
        Plan::Free => "every Honeycomb plan",
    };
    format!("Your team's {} plan does not include {feature}: it is available as part of {plans}.", plan.title())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_says_what_the_spec_tags_say() {
        for (tag, plan) in GATED_TAGS {
            let description = contract::tag_description(tag).unwrap_or_else(|| panic!("the spec has no tag {tag:?}"));
            let note = match plan {
                Plan::Enterprise => "available as part of the [Honeycomb Enterprise plan]",
                Plan::Pro => "available as part of the [Honeycomb Pro and Enterprise plans]",
                Plan::Free => unreachable!("free features are not gated"),
            };
            assert!(description.contains(note), "{tag}: {description}");
        }
    }

    #[test]
    fn query_data_is_enterprise_and_queries_are_every_plan() {
        assert_eq!(required("POST", "/1/query_results/{datasetSlug}"), Some(("Query Data", Plan::Enterprise)));
        assert_eq!(required("GET", "/1/query_results/{datasetSlug}/{queryResultId}"), Some(("Query Data", Plan::Enterprise)));
        assert_eq!(required("GET", "/1/slos/{datasetSlug}"), Some(("SLOs", Plan::Pro)));
        assert_eq!(required("POST", "/1/burn_alerts/{datasetSlug}"), Some(("Burn Alerts", Plan::Pro)));
        for free in ["/1/queries/{datasetSlug}", "/1/markers/{datasetSlug}", "/1/query_annotations/{datasetSlug}"] {
            assert_eq!(required("POST", free), None, "{free}");
        }
        assert!(Plan::Enterprise.includes(Plan::Pro) && !Plan::Free.includes(Plan::Pro) && Plan::Pro.includes(Plan::Pro));
        assert_eq!("Pro".parse::<Plan>(), Ok(Plan::Pro));
        assert!("gold".parse::<Plan>().is_err());
    }
}
