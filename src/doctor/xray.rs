//! `xray.rules`, `xray.group` and `xray.destination`: the sampling rules in the workspace's files are the
//! ones AWS has (the plan `xray rules apply` would make is all "unchanged"), the group exists, and, on the
//! OpenTelemetry path, Transaction Search is on. Without AWS
//! credentials both are skipped, saying why; nothing is ever changed.

use std::path::{Path, PathBuf};

use super::honeycomb::NETWORK_TIMEOUT;
use super::names::glob_match;
use super::{Check, argv, ids, relative};
use crate::aws::AwsSettings;
use crate::aws::FailureClass;
use crate::context::Context;
use crate::error::{CliError, ErrorKind};
use crate::xray::plan::{self, Action};
use crate::xray::rule_file::WantedRule;
use crate::xray::{XrayClient, XrayError};

/// The workspace's X-Ray files and what the user asked for.
pub struct Inputs {
    pub root: PathBuf,
    /// The rule files, and what reading them gave.
    pub rule_files: Vec<PathBuf>,
    pub rules: Result<Vec<WantedRule>, Vec<String>>,
    /// A requirements.txt names aws-xray-sdk.
    pub sdk: bool,
    pub group: String,
    /// `--xray-group` was given.
    pub group_explicit: bool,
    /// The names X-Ray should see (xray_recorder's, else the rules'), to compare with the group's filter.
    pub service_names: Vec<String>,
    /// The workspace's collector sends to X-Ray's OTLP endpoint.
    pub otel_path: bool,
}

/// `cruddur-obs xray rules apply FILE...`, every rule file: the plan compares all of them with AWS.
fn apply_rules(root: &Path, files: &[PathBuf]) -> Vec<String> {
    let mut command = argv(&["cruddur-obs", "xray", "rules", "apply"]);
    command.extend(files.iter().map(|file| relative(root, file)));
    command
}

/// The rule file an origin (`/w/aws/json/xray.json`, `...xray.json[2]`) was read from.
fn file_of(inputs: &Inputs, origin: &str) -> Option<String> {
    inputs.rule_files.iter().find(|file| origin.starts_with(&file.display().to_string())).map(|file| relative(&inputs.root, file))
}

fn aws_failure(id: &'static str, what: &str, err: XrayError) -> Check {
    let class = err.class;
    let error = CliError::from(err);
    let check = Check::fail(id, format!("could not {what}: {}", error.message));
    let check = match error.hint {
        Some(hint) => check.with_fix(hint),
        None => check,
    };
    if class == FailureClass::Credentials { Check { status: super::Status::Skip, ..check } } else { check }
}

async fn timed<T>(future: impl std::future::Future<Output = Result<T, XrayError>>, operation: &'static str) -> Result<T, XrayError> {
    match tokio::time::timeout(NETWORK_TIMEOUT, future).await {
        Ok(result) => result,
        Err(_) => Err(XrayError::new(operation, FailureClass::Timeout, format!("no answer within {} s", NETWORK_TIMEOUT.as_secs()))),
    }
}

/// The service names in a group's filter expression: `service("backend-flask")`, `service(id(name: "x"))`.
pub fn filter_services(expression: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = expression;
    while let Some(at) = rest.find("service(") {
        rest = &rest[at + "service(".len()..];
        let Some(open) = rest.find('"') else { break };
        if rest[..open].contains(')') {
            continue;
        }
        let inner = &rest[open + 1..];
        let Some(close) = inner.find('"') else { break };
        names.push(inner[..close].to_owned());
        rest = &inner[close + 1..];
    }
    names
}

/// Which of the account checks to run (the others are `--skip`ped).
#[derive(Debug, Clone, Copy)]
pub struct Wanted {
    pub rules: bool,
    pub group: bool,
    pub destination: bool,
}

pub async fn checks(context: &Context, aws: &AwsSettings, inputs: &Inputs, wanted: Wanted) -> Vec<Check> {
    let mut checks = Vec::new();
    let uses_xray = !inputs.rule_files.is_empty() || inputs.sdk || inputs.group_explicit || inputs.otel_path;
    if !uses_xray {
        let why =
            "the workspace does not use X-Ray (no aws/json/xray.json, no aws-xray-sdk in requirements.txt, no collector sending to X-Ray)";
        checks.push(Check::skip(ids::XRAY_RULES, why));
        checks.push(Check::skip(ids::XRAY_GROUP, why));
        checks.push(Check::skip(ids::XRAY_DESTINATION, why));
        return checks;
    }
    let mut want_rules = wanted.rules;
    let mut want_destination = wanted.destination;
    if want_destination && !inputs.otel_path {
        checks.push(Check::skip(
            ids::XRAY_DESTINATION,
            "not on the OpenTelemetry path: the daemon's PutTraceSegments works with either destination (X-Ray's OTLP endpoint needs CloudWatchLogs)",
        ));
        want_destination = false;
    }
    if want_rules && inputs.rule_files.is_empty() {
        checks.push(Check::skip(ids::XRAY_RULES, "no sampling rule file (aws/json/xray.json)"));
        want_rules = false;
    }
    if want_rules && let Err(problems) = &inputs.rules {
        let root = format!("{}/", inputs.root.display());
        let first = problems.first().map(|problem| problem.replace(&root, "")).unwrap_or_default();
        let more = if problems.len() > 1 { format!(" (and {} more)", problems.len() - 1) } else { String::new() };
        let files: Vec<String> = inputs.rule_files.iter().map(|file| relative(&inputs.root, file)).collect();
        checks.push(
            Check::fail(ids::XRAY_RULES, format!("AWS would refuse the sampling rules: {first}{more}"))
                .with_fix(format!("cruddur-obs xray rules validate {} lists every problem", files.join(" ")))
                .at(files[0].clone(), None),
        );
        want_rules = false;
    }
    let remaining = [(ids::XRAY_RULES, want_rules), (ids::XRAY_GROUP, wanted.group), (ids::XRAY_DESTINATION, want_destination)];
    if !remaining.iter().any(|(_, wanted)| *wanted) {
        return checks;
    }

    let config = match tokio::time::timeout(NETWORK_TIMEOUT, crate::aws::load(aws, context)).await {
        Ok(Ok(config)) => config,
        Ok(Err(err)) => {
            // No credentials or no region: not a failure of the workspace, a check that cannot run.
            let status =
                if matches!(err.kind, ErrorKind::Auth | ErrorKind::InvalidInput) { super::Status::Skip } else { super::Status::Fail };
            let message = format!("not checked: {}", err.message);
            for (id, wanted) in remaining {
                if wanted {
                    let check = Check::new(id, status, message.clone());
                    // The hint names the xray commands' flags; doctor's are --aws-region and --aws-profile.
                    checks.push(match &err.hint {
                        Some(hint) => check
                            .with_fix(hint.replace("pass --region", "pass --aws-region").replace("with --profile", "with --aws-profile")),
                        None => check,
                    });
                }
            }
            return checks;
        }
        Err(_) => {
            for (id, wanted) in remaining {
                if wanted {
                    checks.push(Check::fail(id, format!("not checked: AWS settings took over {} s to load", NETWORK_TIMEOUT.as_secs())));
                }
            }
            return checks;
        }
    };
    let client = XrayClient::new(&config, context.ui.verbose);

    if want_rules && let Ok(rules) = &inputs.rules {
        checks.extend(rule_checks(&client, inputs, rules).await);
    }
    if wanted.group {
        checks.push(group_check(&client, inputs).await);
    }
    if want_destination {
        checks.push(destination_check(&client).await);
    }
    checks
}

/// `xray.destination`: X-Ray's OTLP endpoint takes the collector's spans only with Transaction Search on.
async fn destination_check(client: &XrayClient) -> Check {
    let id = ids::XRAY_DESTINATION;
    match timed(client.trace_segment_destination(), "GetTraceSegmentDestination").await {
        Ok(found) if found.transaction_search() && found.status.as_deref() == Some("PENDING") => {
            Check::warn(id, "Transaction Search is being turned on (CloudWatchLogs, PENDING): spans are taken once it is ACTIVE")
                .with_fix("wait until `cruddur-obs xray destination` says ACTIVE (AWS: minutes), then run doctor again")
        }
        Ok(found) if found.transaction_search() => {
            Check::pass(id, "Transaction Search is on (CloudWatchLogs): X-Ray's OTLP endpoint takes the collector's spans")
        }
        Ok(found) => {
            Check::fail(id, format!("the trace segment destination is {}: X-Ray's OTLP endpoint refuses the collector's spans", found.name))
                .with_command(["cruddur-obs", "xray", "destination", "--enable"].map(str::to_owned).to_vec(), "turns Transaction Search on")
        }
        Err(err) => aws_failure(id, "read the trace segment destination", err),
    }
}

async fn rule_checks(client: &XrayClient, inputs: &Inputs, wanted: &[WantedRule]) -> Vec<Check> {
    let id = ids::XRAY_RULES;
    let fix = apply_rules(&inputs.root, &inputs.rule_files);
    let current = match timed(client.list_rules(), "GetSamplingRules").await {
        Ok(records) => records.into_iter().map(|record| record.rule).collect::<Vec<_>>(),
        Err(err) => return vec![aws_failure(id, "read the sampling rules", err)],
    };
    let plan = match plan::plan(wanted, &current, false) {
        Ok(plan) => plan,
        Err(problems) => {
            let root = format!("{}/", inputs.root.display());
            return problems
                .into_iter()
                .map(|problem| Check::fail(id, problem.replace(&root, "")).with_fix("edit the rule file: AWS cannot make this change"))
                .collect();
        }
    };
    let mut checks = Vec::new();
    for step in &plan.steps {
        let file = step.wanted.as_ref().and_then(|wanted| file_of(inputs, &wanted.origin));
        let check = match step.action {
            Action::Create => Check::fail(id, format!("sampling rule {:?} is in the file but not in AWS", step.rule_name)),
            Action::Update => {
                let changes: Vec<String> =
                    step.changes.iter().map(|change| format!("{} {} in AWS, {} here", change.field, change.from, change.to)).collect();
                Check::fail(id, format!("sampling rule {:?} differs from AWS: {}", step.rule_name, changes.join("; ")))
            }
            Action::Unchanged | Action::Delete => continue,
        };
        let check = check.with_command(fix.clone(), "");
        checks.push(match file {
            Some(file) => check.at(file, None),
            None => check,
        });
    }
    if checks.is_empty() {
        let names: Vec<&str> = plan.steps.iter().map(|step| step.rule_name.as_str()).collect();
        let files: Vec<String> = inputs.rule_files.iter().map(|file| relative(&inputs.root, file)).collect();
        let noun = if names.len() == 1 { "rule" } else { "rules" };
        checks.push(
            Check::pass(id, format!("sampling {noun} {} in {} match AWS", names.join(", "), files.join(", "))).at(files[0].clone(), None),
        );
    }
    checks
}

async fn group_check(client: &XrayClient, inputs: &Inputs) -> Check {
    let id = ids::XRAY_GROUP;
    let name = &inputs.group;
    match timed(client.get_group(name), "GetGroup").await {
        Ok(Some(group)) => {
            let filter = group.filter_expression.clone().unwrap_or_default();
            let services = filter_services(&filter);
            let unknown: Vec<&String> = services
                .iter()
                .filter(|service| !inputs.service_names.is_empty() && !inputs.service_names.iter().any(|known| glob_match(service, known)))
                .collect();
            if let Some(service) = unknown.first() {
                return Check::warn(
                    id,
                    format!(
                        "group {name} selects service({service:?}), but the workspace names the service {}: the group stays empty",
                        inputs.service_names.join(", ")
                    ),
                )
                .with_command(
                    argv(&[
                        "cruddur-obs",
                        "xray",
                        "groups",
                        "update",
                        name,
                        "--filter-expression",
                        &format!("service(\"{}\")", inputs.service_names[0]),
                    ]),
                    "",
                );
            }
            let shown = if filter.is_empty() { "every trace".to_owned() } else { filter };
            Check::pass(id, format!("group {name} exists ({shown})"))
        }
        Ok(None) => {
            let others = timed(client.list_groups(), "GetGroups")
                .await
                .map(|groups| groups.into_iter().map(|group| group.group_name).filter(|group| group != "Default").collect::<Vec<_>>())
                .unwrap_or_default();
            let known = if others.is_empty() { String::new() } else { format!(" (groups: {})", others.join(", ")) };
            let service = inputs.service_names.first().map_or("backend-flask", String::as_str);
            let flag =
                if inputs.group_explicit || others.is_empty() { String::new() } else { " (or name yours with --xray-group)".to_owned() };
            let command = argv(&["cruddur-obs", "xray", "create-group", name, "--filter-expression", &format!("service(\"{service}\")")]);
            let shown = super::shell_words(&command);
            Check::fail(id, format!("X-Ray group {name} does not exist{known}")).with_fix_and_command(format!("{shown}{flag}"), command)
        }
        Err(err) => aws_failure(id, &format!("read group {name}"), err),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_expressions_name_services() {
        assert_eq!(filter_services("service(\"backend-flask\")"), ["backend-flask"]);
        assert_eq!(filter_services("service(\"$FLASK_ADDRESS\") {fault OR error}"), ["$FLASK_ADDRESS"]);
        assert_eq!(filter_services("service(\"a\") OR service(\"b\")"), ["a", "b"]);
        assert!(filter_services("responsetime > 5").is_empty());
    }
}
