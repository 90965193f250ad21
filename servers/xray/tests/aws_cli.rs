//! The real aws CLI (botocore) against the server: the seeds' own commands, pagination, retries, and the
//! errors users see. The CLI comes from the repository's venv (`./scripts/setup`); these tests fail,
//! never skip, without it.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use common::*;
use cruddur_xray_server::{Config, Fault, FaultKind, XrayServer};
use serde_json::{Value, json};

/// The repository's venv, or `CRUDDUR_OBS_VENV`.
fn venv() -> PathBuf {
    match std::env::var_os("CRUDDUR_OBS_VENV") {
        Some(path) => PathBuf::from(path),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.venv"),
    }
}

fn aws_in(venv: &Path) -> Result<PathBuf, String> {
    let aws = venv.join("bin/aws");
    if aws.is_file() { Ok(aws) } else { Err(format!("the aws CLI is not at {}: run ./scripts/setup first", aws.display())) }
}

fn aws_executable() -> PathBuf {
    aws_in(&venv()).unwrap_or_else(|message| panic!("{message}"))
}

#[test]
fn a_missing_venv_fails_with_the_setup_hint() {
    let message = aws_in(Path::new("/nonexistent/venv")).unwrap_err();
    assert!(message.ends_with("run ./scripts/setup first"), "{message}");
}

/// A scratch HOME per CLI run, so that no developer's ~/.aws is read; removed on drop.
struct ScratchHome(PathBuf);

impl ScratchHome {
    fn new() -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let path =
            std::env::temp_dir().join(format!("cruddur-xray-aws-home-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed)));
        std::fs::create_dir_all(&path).expect("scratch HOME");
        ScratchHome(path)
    }
}

impl Drop for ScratchHome {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct CliResult {
    success: bool,
    stdout: String,
    stderr: String,
}

impl CliResult {
    fn json(&self) -> Value {
        assert!(self.success, "aws failed: {}", self.stderr);
        serde_json::from_str(&self.stdout).unwrap_or_else(|error| panic!("aws printed no JSON ({error}): {}", self.stdout))
    }

    /// Operations with an empty output print nothing.
    fn json_or_empty(&self) {
        assert!(self.success, "aws failed: {}", self.stderr);
        assert!(self.stdout.trim().is_empty() || serde_json::from_str::<Value>(&self.stdout).is_ok(), "{}", self.stdout);
    }

    /// The error line the CLI prints for a service error.
    fn error_line(&self) -> &str {
        assert!(!self.success, "aws unexpectedly succeeded: {}", self.stdout);
        self.stderr.trim()
    }
}

fn aws(server: &XrayServer, args: &[&str]) -> CliResult {
    aws_signing_with(server, "testing", args)
}

/// The CLI with the secret access key `secret` (the server knows `testing`).
fn aws_signing_with(server: &XrayServer, secret: &str, args: &[&str]) -> CliResult {
    let home = ScratchHome::new();
    let output: Output = Command::new(aws_executable())
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", &home.0)
        .env("AWS_ACCESS_KEY_ID", "testing")
        .env("AWS_SECRET_ACCESS_KEY", secret)
        .env("AWS_DEFAULT_REGION", "us-east-1")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_ENDPOINT_URL", server.url())
        .env("AWS_CONFIG_FILE", home.0.join("no-config"))
        .env("AWS_SHARED_CREDENTIALS_FILE", home.0.join("no-credentials"))
        .output()
        .expect("aws runs");
    CliResult {
        success: output.status.success(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

#[test]
fn seed_group_commands() {
    let server = start_default();
    let created =
        aws(&server, &["xray", "create-group", "--group-name", "Cruddur", "--filter-expression", "service(\"backend-flask\")"]).json();
    assert_eq!(created["Group"]["GroupName"], "Cruddur");
    assert_eq!(created["Group"]["FilterExpression"], "service(\"backend-flask\")");
    let arn = created["Group"]["GroupARN"].as_str().expect("ARN").to_owned();

    let duplicate = aws(&server, &["xray", "create-group", "--group-name", "Cruddur"]);
    assert_eq!(
        duplicate.error_line(),
        "An error occurred (InvalidRequestException) when calling the CreateGroup operation: Group Cruddur already exists"
    );

    let groups = aws(&server, &["xray", "get-groups"]).json();
    let names: Vec<&str> = groups["Groups"].as_array().expect("Groups").iter().filter_map(|g| g["GroupName"].as_str()).collect();
    assert_eq!(names, ["Default", "Cruddur"]);

    let updated = aws(&server, &["xray", "update-group", "--group-arn", &arn, "--filter-expression", "service(\"api\")"]).json();
    assert_eq!(updated["Group"]["FilterExpression"], "service(\"api\")");
    assert_eq!(aws(&server, &["xray", "get-group", "--group-name", "Cruddur"]).json(), updated);

    aws(&server, &["xray", "delete-group", "--group-name", "Cruddur"]).json_or_empty();
    let gone = aws(&server, &["xray", "get-group", "--group-name", "Cruddur"]);
    assert!(gone.error_line().contains("(InvalidRequestException)") && gone.stderr.contains("Group not found"), "{}", gone.stderr);
    let default_delete = aws(&server, &["xray", "delete-group", "--group-name", "Default"]);
    assert!(default_delete.error_line().ends_with("The Default group cannot be deleted"), "{}", default_delete.stderr);
}

#[test]
fn seed_sampling_rule_commands_and_pagination() {
    let server = start(Config { page_size: 2, ..Config::default() });
    let fixture = format!("file://{}", fixture_path());
    let created = aws(&server, &["xray", "create-sampling-rule", "--cli-input-json", &fixture]).json();
    assert_eq!(created["SamplingRuleRecord"]["SamplingRule"]["RuleARN"], "arn:aws:xray:us-east-1:123456789012:sampling-rule/Cruddur");

    let duplicate = aws(&server, &["xray", "create-sampling-rule", "--cli-input-json", &fixture]);
    assert_eq!(
        duplicate.error_line(),
        "An error occurred (InvalidRequestException) when calling the CreateSamplingRule operation: Sampling rule Cruddur already exists"
    );

    // Three more rules over raw HTTP (quicker than the CLI): five in all, three pages of two.
    for (name, priority) in [("a", 1), ("b", 2), ("c", 9500)] {
        call_ok(&server, "CreateSamplingRule", &rule_request(name, priority));
    }
    let before = server.stats().calls.get("GetSamplingRules").copied().unwrap_or(0);
    let listed = aws(&server, &["xray", "get-sampling-rules"]).json();
    let names: Vec<&str> =
        listed["SamplingRuleRecords"].as_array().expect("records").iter().filter_map(|r| r["SamplingRule"]["RuleName"].as_str()).collect();
    assert_eq!(names, ["a", "b", "Cruddur", "c", "Default"], "the CLI follows NextToken across pages");
    assert_eq!(server.stats().calls["GetSamplingRules"] - before, 3);

    let updated =
        aws(&server, &["xray", "update-sampling-rule", "--sampling-rule-update", "RuleName=Cruddur,FixedRate=0.2,ReservoirSize=10"]).json();
    assert_eq!(updated["SamplingRuleRecord"]["SamplingRule"]["FixedRate"], 0.2);
    assert_eq!(updated["SamplingRuleRecord"]["SamplingRule"]["ReservoirSize"], 10);

    let default_delete = aws(&server, &["xray", "delete-sampling-rule", "--rule-name", "Default"]);
    assert_eq!(
        default_delete.error_line(),
        "An error occurred (InvalidRequestException) when calling the DeleteSamplingRule operation: The Default sampling rule cannot be deleted"
    );

    let too_high = aws(
        &server,
        &[
            "xray",
            "create-sampling-rule",
            "--sampling-rule",
            "RuleName=rate2,ResourceARN=*,Priority=100,FixedRate=2,ReservoirSize=1,ServiceName=*,ServiceType=*,Host=*,HTTPMethod=*,URLPath=*,Version=1",
        ],
    );
    assert_eq!(
        too_high.error_line(),
        "An error occurred (InvalidRequestException) when calling the CreateSamplingRule operation: 1 validation error detected: \
         Value '2.0' at 'samplingRule.fixedRate' failed to satisfy constraint: Member must have value less than or equal to 1"
    );

    let deleted = aws(&server, &["xray", "delete-sampling-rule", "--rule-name", "Cruddur"]).json();
    assert_eq!(deleted["SamplingRuleRecord"]["SamplingRule"]["RuleName"], "Cruddur");
    let missing = aws(&server, &["xray", "update-sampling-rule", "--sampling-rule-update", "RuleName=Cruddur,FixedRate=0.3"]);
    assert!(missing.error_line().ends_with("Sampling rule not found: Cruddur"), "{}", missing.stderr);
}

#[test]
fn cli_retries_through_throttling_and_dropped_connections() {
    let server = start_default();
    server.inject(Fault { operation: Some("GetGroups".into()), count: 1, kind: FaultKind::Throttle { retry_after_secs: None } });
    server.inject(Fault { operation: Some("GetGroups".into()), count: 1, kind: FaultKind::DropConnection });
    let groups = aws(&server, &["xray", "get-groups"]).json();
    assert_eq!(groups["Groups"].as_array().map(Vec::len), Some(1));
    assert_eq!(server.stats().calls["GetGroups"], 3, "one throttled, one dropped, one answered");
}

#[test]
fn cli_output_for_tags_deserializes() {
    let server = start_default();
    let arn = "arn:aws:xray:us-east-1:123456789012:sampling-rule/Default";
    aws(&server, &["xray", "tag-resource", "--resource-arn", arn, "--tags", "Key=team,Value=obs"]).json_or_empty();
    let tags = aws(&server, &["xray", "list-tags-for-resource", "--resource-arn", arn]).json();
    assert_eq!(tags, json!({ "Tags": [{ "Key": "team", "Value": "obs" }] }));
}

/// botocore as the second client of the operations the OpenTelemetry path needs, every call's signature
/// verified: Transaction Search on, spans in through the OTLP endpoint, read back as summaries and
/// segments, and sampling targets.
#[test]
fn cli_drives_transaction_search_traces_and_sampling_targets_with_verified_signatures() {
    let server = start(Config { verify_signatures: true, ..Config::default() });
    let bad = aws_signing_with(&server, "not-the-secret", &["xray", "get-trace-segment-destination"]);
    assert!(
        bad.error_line().starts_with(
            "An error occurred (InvalidSignatureException) when calling the GetTraceSegmentDestination operation: The request \
             signature we calculated does not match the signature you provided."
        ),
        "{}",
        bad.stderr
    );

    assert_eq!(aws(&server, &["xray", "get-trace-segment-destination"]).json(), json!({ "Destination": "XRay", "Status": "ACTIVE" }));
    let updated = aws(&server, &["xray", "update-trace-segment-destination", "--destination", "CloudWatchLogs"]).json();
    assert_eq!(updated, json!({ "Destination": "CloudWatchLogs", "Status": "PENDING" }));
    let invalid = aws(&server, &["xray", "update-trace-segment-destination", "--destination", "S3"]);
    assert!(invalid.error_line().contains("(InvalidRequestException)"), "{}", invalid.stderr);

    // A trace through the OTLP endpoint, signed by AWS's Rust signer.
    let trace_id: Vec<u8> = (1..=16).collect();
    let start = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap();
    let span = cruddur_otlp::proto::Span {
        trace_id: trace_id.clone(),
        span_id: vec![9; 8],
        name: "GET /api/activities/home".into(),
        kind: 2,
        start_time_unix_nano: start.as_nanos() as u64,
        end_time_unix_nano: start.as_nanos() as u64 + 1_000_000,
        ..Default::default()
    };
    let request = cruddur_otlp::proto::ExportTraceServiceRequest {
        resource_spans: vec![cruddur_otlp::proto::ResourceSpans {
            resource: Some(cruddur_otlp::proto::Resource {
                attributes: vec![cruddur_otlp::proto::KeyValue::string("service.name", "backend-flask")],
                ..Default::default()
            }),
            scope_spans: vec![cruddur_otlp::proto::ScopeSpans { spans: vec![span], ..Default::default() }],
            ..Default::default()
        }],
    };
    let body = cruddur_otlp::proto::encode(&request);
    let sent = signed_post(&server, &Signer::default(), "/v1/traces", &[("Content-Type", "application/x-protobuf")], &body);
    assert_eq!(sent.status, 200, "{}", sent.body);

    let (from, to) = ((start.as_secs() - 60).to_string(), (start.as_secs() + 60).to_string());
    let summaries = aws(&server, &["xray", "get-trace-summaries", "--start-time", &from, "--end-time", &to]).json();
    let id = "1-01020304-05060708090a0b0c0d0e0f10";
    assert_eq!(summaries["TraceSummaries"][0]["Id"], id, "{summaries}");
    assert_eq!(summaries["TraceSummaries"][0]["EntryPoint"]["Name"], "backend-flask");
    let traces = aws(&server, &["xray", "batch-get-traces", "--trace-ids", id]).json();
    let document: Value = serde_json::from_str(traces["Traces"][0]["Segments"][0]["Document"].as_str().unwrap()).unwrap();
    assert_eq!((document["name"].as_str(), document["id"].as_str()), (Some("backend-flask"), Some("0909090909090909")));

    let rules = aws(&server, &["xray", "get-sampling-rules"]).json();
    assert_eq!(rules["SamplingRuleRecords"][0]["SamplingRule"]["RuleName"], "Default");
    let targets = aws(
        &server,
        &[
            "xray",
            "get-sampling-targets",
            "--sampling-statistics-documents",
            &format!("RuleName=Default,ClientID=0123456789abcdef01234567,Timestamp={},RequestCount=10,SampledCount=1", start.as_secs()),
        ],
    )
    .json();
    assert_eq!(targets["SamplingTargetDocuments"][0]["RuleName"], "Default");
    assert_eq!(targets["SamplingTargetDocuments"][0]["ReservoirQuota"], 1);
    assert_eq!(targets["SamplingTargetDocuments"][0]["FixedRate"], 0.05);
}
