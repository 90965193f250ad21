//! The executor of `doctor`: the checks that ask someone else. Honeycomb and AWS at the same time (each
//! with its time-out), `gp env` when a variable is missing, then `--verify`'s test span. What they find
//! goes into [`super::plan::checklist`] with the plan.

use std::collections::BTreeSet;

use super::compose::{ENDPOINT, Gitpod, SERVICE_NAME};
use super::honeycomb::check_key;
use super::plan::{DoctorPlan, DoctorRequest, Findings, query_candidates};
use super::verify::{self, Plan};
use super::xray as xray_checks;
use super::{Check, ids};
use crate::context::Context;
use crate::gitpod::Gp;
use crate::honeycomb::client::endpoint_for;
use crate::settings::honeycomb::HoneycombSettings;

/// The service name (dataset) of the test span when the workspace names none.
const FALLBACK_DATASET: &str = "cruddur-obs-doctor";

/// Runs the account checks.
pub async fn run(context: &Context, request: &DoctorRequest, plan: &DoctorPlan<'_>, settings: &HoneycombSettings) -> Findings {
    // The two accounts, at the same time.
    let honeycomb = async {
        if request.skips(ids::HONEYCOMB_KEY) {
            (Check::skip(ids::HONEYCOMB_KEY, "skipped (--skip)"), None)
        } else {
            check_key(context, &settings.api_url.value, plan.key.clone(), plan.management.clone()).await
        }
    };
    let xray = async {
        let (skip_rules, skip_group) = (request.skips(ids::XRAY_RULES), request.skips(ids::XRAY_GROUP));
        if skip_rules && skip_group {
            Vec::new()
        } else {
            xray_checks::checks(context, &request.aws, &plan.xray, skip_rules, skip_group).await
        }
    };
    let (key, xray) = tokio::join!(honeycomb, xray);

    let gp = Gp::find();
    let persisted: BTreeSet<String> = match (&gp, plan.needs_gp) {
        (Some(gp), true) => gp.list().map(|vars| vars.into_keys().collect()).unwrap_or_default(),
        _ => BTreeSet::new(),
    };
    let gitpod = Gitpod { configured: plan.workspace.gitpod.is_some(), gp: gp.is_some(), persisted };

    let verify = if request.verify && !request.skips(ids::VERIFY) {
        Some(match &key.1 {
            Some(sender) if sender.can_send() => {
                let endpoint = request
                    .endpoint
                    .clone()
                    .or_else(|| plan.resolved(ENDPOINT).filter(|url| url.starts_with("http")))
                    .unwrap_or_else(|| endpoint_for(&sender.api_url));
                let dataset = plan.resolved(SERVICE_NAME).unwrap_or_else(|| FALLBACK_DATASET.to_owned());
                let candidates = query_candidates(request, settings, sender, &*context.env);
                verify::verify(context, Plan { sender, endpoint, dataset, query_candidates: candidates, timeout: request.timeout }).await
            }
            _ => Check::skip(ids::VERIFY, "not run: it needs a key Honeycomb accepts for sending (see honeycomb.key)"),
        })
    } else {
        None
    };
    Findings { key, xray, gitpod, verify }
}
