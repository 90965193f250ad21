//! The executor of `doctor`: the checks that ask someone else. Honeycomb and AWS at the same time (each
//! with its time-out), `gp env` when a variable is missing, then `--verify`'s test span. What they find
//! goes into [`super::plan::checklist`] with the plan.

use std::collections::BTreeSet;

use super::compose::{ENDPOINT, Expected, Gitpod, SERVICE_NAME, otel_checks};
use super::honeycomb::{ValidKey, check_key};
use super::plan::{DoctorPlan, DoctorRequest, Findings, query_candidates};
use super::verify::{self, Plan};
use super::xray as xray_checks;
use super::{Check, Status, ids};
use crate::context::Context;
use crate::gitpod::Gp;
use crate::honeycomb::client::endpoint_for;
use crate::settings::honeycomb::HoneycombSettings;

/// The service name (dataset) of the test span when the workspace names none.
const FALLBACK_DATASET: &str = "cruddur-obs-doctor";

/// An endpoint as seen from this machine: a compose service's name (`http://otel-collector:4318`, which only
/// containers resolve) becomes localhost, where compose publishes the port.
fn from_the_host(plan: &DoctorPlan, url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_owned() };
    let authority = rest.split('/').next().unwrap_or(rest);
    let host = authority.rsplit_once(':').map_or(authority, |(host, _)| host);
    if plan.workspace.services().contains_key(host) { format!("{scheme}://localhost{}", &rest[host.len()..]) } else { url.to_owned() }
}

/// Where `--verify` sends the test span, with the sending key: `--endpoint` (the user's own choice on
/// the command line), else the compose file's endpoint only if it passed `otel.endpoint` (a pull request
/// that points compose elsewhere must not collect the key in CI: a warning is not enough), else the key's
/// own Honeycomb API.
fn verify_endpoint(request: &DoctorRequest, plan: &DoctorPlan, sender: &ValidKey) -> Result<String, Box<Check>> {
    if let Some(endpoint) = &request.endpoint {
        return Ok(endpoint.clone());
    }
    let Some(configured) = plan.resolved(ENDPOINT).filter(|url| url.starts_with("http")) else {
        return Ok(endpoint_for(&sender.api_url));
    };
    let expected = Expected::Confirmed { api_url: sender.api_url.clone() };
    let verdict = plan.facts.targets.first().and_then(|first| {
        otel_checks(&plan.root, std::slice::from_ref(first), &plan.facts.variables, &expected, &plan.commands)
            .into_iter()
            .find(|check| check.check == ids::OTEL_ENDPOINT)
    });
    // Only a pass will do: a warning ("sends to a URL that is not Honeycomb's") is exactly what a planted
    // endpoint looks like.
    match verdict {
        Some(check) if check.status != Status::Pass => Err(Box::new(
            Check::fail(
                ids::VERIFY,
                format!(
                    "not sent: {ENDPOINT} ({configured}) did not pass otel.endpoint (it {}), and the key goes only to an endpoint that passed",
                    if check.status == Status::Fail { "failed" } else { "warned" }
                ),
            )
            .with_fix("fix otel.endpoint, or name the endpoint yourself: --endpoint URL"),
        )),
        // A compose service (the collector) is reached where compose publishes its port.
        _ => Ok(from_the_host(plan, &configured)),
    }
}

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
        let wanted = xray_checks::Wanted {
            rules: !request.skips(ids::XRAY_RULES),
            group: !request.skips(ids::XRAY_GROUP),
            destination: !request.skips(ids::XRAY_DESTINATION),
        };
        if !(wanted.rules || wanted.group || wanted.destination) {
            Vec::new()
        } else {
            xray_checks::checks(context, &request.aws, &plan.xray, wanted).await
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
            Some(sender) if sender.can_send() => match verify_endpoint(request, plan, sender) {
                Ok(endpoint) => {
                    let dataset = plan.resolved(SERVICE_NAME).unwrap_or_else(|| FALLBACK_DATASET.to_owned());
                    let candidates = query_candidates(request, settings, sender, &*context.env);
                    verify::verify(context, Plan { sender, endpoint, dataset, query_candidates: candidates, timeout: request.timeout })
                        .await
                }
                Err(refused) => *refused,
            },
            _ => Check::skip(ids::VERIFY, "not run: it needs a key Honeycomb accepts for sending (see honeycomb.key)"),
        })
    } else {
        None
    };
    Findings { key, xray, gitpod, verify }
}
