//! The OTLP traces endpoint (`POST /v1/traces`): SigV4 on every request (a signed / unsigned / badly
//! signed matrix, signed by AWS's own signer), the Transaction Search precondition, and the spans read
//! back with GetTraceSummaries and BatchGetTraces; plus GetTraceSegmentDestination /
//! UpdateTraceSegmentDestination, GetSamplingTargets, and SigV4 on the control plane when asked for.
//! Every answer is checked against the shapes of AWS's model.

mod common;

use std::io::Write as _;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::*;
use cruddur_otlp::proto::{ExportTraceServiceRequest, KeyValue, Resource, ResourceSpans, ScopeSpans, Span, Status};
use cruddur_xray_server::{Config, Credentials, XrayServer};
use serde_json::{Value, json};

const TRACE_ID: [u8; 16] = [0x4e, 0xfa, 0xaf, 0x4d, 0x1e, 0x87, 0x20, 0xb3, 0x95, 0x41, 0x90, 0x19, 0x50, 0x01, 0x9e, 0xe5];
const XRAY_TRACE_ID: &str = "1-4efaaf4d-1e8720b39541901950019ee5";
const PROTOBUF: (&str, &str) = ("Content-Type", "application/x-protobuf");

fn now_nanos() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos() as u64
}

/// One backend request: a SERVER span with a failing CLIENT child.
fn backend_spans(trace_id: [u8; 16]) -> Vec<u8> {
    let start = now_nanos();
    let server_span = Span {
        trace_id: trace_id.to_vec(),
        span_id: vec![1, 1, 1, 1, 1, 1, 1, 1],
        name: "GET /api/activities/home".into(),
        kind: 2,
        start_time_unix_nano: start,
        end_time_unix_nano: start + 25_000_000,
        attributes: vec![
            KeyValue::string("http.method", "GET"),
            KeyValue::string("http.url", "http://localhost:4567/api/activities/home"),
            KeyValue::int("http.status_code", 200),
        ],
        ..Span::default()
    };
    let client_span = Span {
        trace_id: trace_id.to_vec(),
        span_id: vec![2, 2, 2, 2, 2, 2, 2, 2],
        parent_span_id: vec![1, 1, 1, 1, 1, 1, 1, 1],
        name: "GET".into(),
        kind: 3,
        start_time_unix_nano: start + 5_000_000,
        end_time_unix_nano: start + 15_000_000,
        attributes: vec![KeyValue::int("http.status_code", 503)],
        status: Some(Status { code: 2, message: "upstream".into() }),
        ..Span::default()
    };
    let request = ExportTraceServiceRequest {
        resource_spans: vec![ResourceSpans {
            resource: Some(Resource { attributes: vec![KeyValue::string("service.name", "backend-flask")], ..Resource::default() }),
            scope_spans: vec![ScopeSpans { spans: vec![server_span, client_span], ..ScopeSpans::default() }],
            ..ResourceSpans::default()
        }],
    };
    cruddur_otlp::proto::encode(&request)
}

fn with_transaction_search() -> XrayServer {
    let server = start_default();
    server.enable_transaction_search();
    server
}

fn error_of(response: &HttpResponse) -> (u16, String, String) {
    let (code, message) = response.aws_error();
    (response.status, code, message)
}

#[test]
fn only_correctly_signed_requests_are_accepted() {
    let server = with_transaction_search();
    let body = backend_spans(TRACE_ID);
    let good = Signer::default();

    // Signed as the collector's sigv4auth signs: accepted, an empty ExportTraceServiceResponse.
    let accepted = signed_post(&server, &good, "/v1/traces", &[PROTOBUF], &body);
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    assert_eq!(accepted.header("content-type"), Some("application/x-protobuf"));
    assert!(accepted.body.is_empty(), "an ExportTraceServiceResponse without partial success encodes to nothing");
    assert_eq!(server.span_count(), 2);

    let expect_refused = |response: HttpResponse, code: &str, message_part: &str| {
        let (status, found, message) = error_of(&response);
        assert_eq!((status, found.as_str()), (403, code), "{message}");
        assert!(message.contains(message_part), "{code}: {message}");
    };
    // No signature at all.
    let unsigned = request_bytes(&server.url(), "POST", "/v1/traces", &[(PROTOBUF.0.into(), PROTOBUF.1.into())], &body);
    expect_refused(unsigned, "MissingAuthenticationTokenException", "Missing Authentication Token");
    // Another secret: the signature differs.
    let wrong_secret = Signer { secret_access_key: "not-the-secret".into(), ..good.clone() };
    expect_refused(
        signed_post(&server, &wrong_secret, "/v1/traces", &[PROTOBUF], &body),
        "InvalidSignatureException",
        "The request signature we calculated does not match the signature you provided",
    );
    // A key the account does not know.
    let unknown_key = Signer { access_key_id: "unknown-key-id".into(), ..good.clone() };
    expect_refused(
        signed_post(&server, &unknown_key, "/v1/traces", &[PROTOBUF], &body),
        "UnrecognizedClientException",
        "The security token included in the request is invalid.",
    );
    // Signed for another region, another service.
    let other_region = Signer { region: "eu-west-1".into(), ..good.clone() };
    expect_refused(
        signed_post(&server, &other_region, "/v1/traces", &[PROTOBUF], &body),
        "InvalidSignatureException",
        "Credential should be scoped to a valid region, not 'eu-west-1'.",
    );
    let other_service = Signer { service: "logs".into(), ..good.clone() };
    expect_refused(
        signed_post(&server, &other_service, "/v1/traces", &[PROTOBUF], &body),
        "InvalidSignatureException",
        "Credential should be scoped to correct service: 'xray'.",
    );
    // Signed 20 minutes ago: past AWS's 15 minutes.
    let stale = Signer { time: SystemTime::now() - Duration::from_secs(20 * 60), ..good.clone() };
    expect_refused(signed_post(&server, &stale, "/v1/traces", &[PROTOBUF], &body), "InvalidSignatureException", "Signature expired:");
    // A body changed after signing: the payload hash no longer matches.
    let url = format!("{}/v1/traces", server.url());
    let mut headers = vec![(PROTOBUF.0.to_owned(), PROTOBUF.1.to_owned())];
    headers.extend(good.sign("POST", &url, &headers, &body));
    let tampered = backend_spans([7; 16]);
    expect_refused(
        request_bytes(&server.url(), "POST", "/v1/traces", &headers, &tampered),
        "InvalidSignatureException",
        "The Canonical String for this request should have been",
    );
    // An Authorization header without its Signature part.
    let authorization = headers.iter().find(|(name, _)| name == "authorization").unwrap().1.clone();
    let cut = authorization.split(", Signature=").next().unwrap().to_owned();
    let incomplete: Vec<(String, String)> = headers
        .iter()
        .map(|(name, value)| if name == "authorization" { (name.clone(), cut.clone()) } else { (name.clone(), value.clone()) })
        .collect();
    expect_refused(
        request_bytes(&server.url(), "POST", "/v1/traces", &incomplete, &body),
        "IncompleteSignatureException",
        "Authorization header requires 'Signature' parameter.",
    );
    assert_eq!(server.span_count(), 2, "no refused request stored anything");
    assert_eq!(server.stats().calls["OTLP /v1/traces"], 9);
}

#[test]
fn spans_wait_for_transaction_search() {
    let server = start_default();
    let body = backend_spans(TRACE_ID);
    assert_eq!(call_ok(&server, "GetTraceSegmentDestination", &json!({})), json!({ "Destination": "XRay", "Status": "ACTIVE" }));
    let refused = signed_post(&server, &Signer::default(), "/v1/traces", &[PROTOBUF], &body);
    let (status, code, message) = error_of(&refused);
    assert_eq!((status, code.as_str()), (400, "InvalidRequestException"));
    assert!(message.contains("needs Transaction Search") && message.contains("CloudWatchLogs"), "{message}");
    assert_eq!(server.span_count(), 0);

    let updated = call_ok(&server, "UpdateTraceSegmentDestination", &json!({ "Destination": "CloudWatchLogs" }));
    assert_eq!(updated, json!({ "Destination": "CloudWatchLogs", "Status": "PENDING" }));
    assert_eq!(call_ok(&server, "GetTraceSegmentDestination", &json!({})), json!({ "Destination": "CloudWatchLogs", "Status": "ACTIVE" }));
    // Setting it again changes nothing (idempotent).
    assert_eq!(
        call_ok(&server, "UpdateTraceSegmentDestination", &json!({ "Destination": "CloudWatchLogs" })),
        json!({ "Destination": "CloudWatchLogs", "Status": "ACTIVE" })
    );
    let accepted = signed_post(&server, &Signer::default(), "/v1/traces", &[PROTOBUF], &body);
    assert_eq!(accepted.status, 200, "{}", accepted.body);

    // The model checks the enum.
    let (status, code, message) = call_err(&server, "UpdateTraceSegmentDestination", &json!({ "Destination": "S3" }));
    assert_eq!((status, code.as_str()), (400, "InvalidRequestException"));
    assert!(message.contains("Value 'S3' at 'destination' failed to satisfy constraint"), "{message}");

    // Back to XRay: refused again.
    call_ok(&server, "UpdateTraceSegmentDestination", &json!({ "Destination": "XRay" }));
    assert_eq!(signed_post(&server, &Signer::default(), "/v1/traces", &[PROTOBUF], &body).status, 400);
}

#[test]
fn a_destination_change_stays_pending_while_aws_would_take_its_time() {
    let server = start(Config { destination_activation: Duration::from_secs(3600), ..Config::default() });
    call_ok(&server, "UpdateTraceSegmentDestination", &json!({ "Destination": "CloudWatchLogs" }));
    assert_eq!(call_ok(&server, "GetTraceSegmentDestination", &json!({})), json!({ "Destination": "CloudWatchLogs", "Status": "PENDING" }));
}

#[test]
fn bodies_must_be_protobuf_gzip_is_inflated() {
    let server = with_transaction_search();
    let json_body = br#"{"resourceSpans":[]}"#;
    let refused = signed_post(&server, &Signer::default(), "/v1/traces", &[("Content-Type", "application/json")], json_body);
    let (status, code, _) = error_of(&refused);
    assert_eq!((status, code.as_str()), (415, "UnsupportedMediaTypeException"));

    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gzip.write_all(&backend_spans(TRACE_ID)).unwrap();
    let compressed = gzip.finish().unwrap();
    let accepted = signed_post(&server, &Signer::default(), "/v1/traces", &[PROTOBUF, ("Content-Encoding", "gzip")], &compressed);
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    assert_eq!(server.span_count(), 2);

    let garbage = signed_post(&server, &Signer::default(), "/v1/traces", &[PROTOBUF], b"\xff\xff\xff not protobuf");
    let (status, code, message) = error_of(&garbage);
    assert_eq!((status, code.as_str()), (400, "InvalidRequestException"), "{message}");
}

#[test]
fn stored_spans_read_back_as_summaries_and_segments() {
    let server = with_transaction_search();
    let before = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs_f64() - 1.0;
    assert_eq!(signed_post(&server, &Signer::default(), "/v1/traces", &[PROTOBUF], &backend_spans(TRACE_ID)).status, 200);
    let after = before + 60.0;

    let summaries = call_ok(&server, "GetTraceSummaries", &json!({ "StartTime": before, "EndTime": after }));
    let list = summaries["TraceSummaries"].as_array().unwrap();
    assert_eq!(list.len(), 1, "{summaries}");
    let summary = &list[0];
    assert_eq!(summary["Id"], XRAY_TRACE_ID);
    assert_eq!(summary["Duration"], 0.025);
    assert_eq!(summary["HasFault"], true, "the 503 below the server span is a fault");
    assert_eq!(summary["HasError"], false);
    assert_eq!(summary["Http"], json!({ "HttpURL": "http://localhost:4567/api/activities/home", "HttpStatus": 200, "HttpMethod": "GET" }));
    assert_eq!(summary["ServiceIds"], json!([{ "Name": "backend-flask", "Names": ["backend-flask"] }]));
    let filtered = call_ok(
        &server,
        "GetTraceSummaries",
        &json!({ "StartTime": before, "EndTime": after, "FilterExpression": "service(\"frontend-react-js\")" }),
    );
    assert_eq!(filtered["TraceSummaries"], json!([]));
    let earlier = call_ok(&server, "GetTraceSummaries", &json!({ "StartTime": before - 7200.0, "EndTime": before - 3600.0 }));
    assert_eq!(earlier["TraceSummaries"], json!([]));

    let traces = call_ok(&server, "BatchGetTraces", &json!({ "TraceIds": [XRAY_TRACE_ID, "1-00000000-000000000000000000000000"] }));
    assert_eq!(traces["UnprocessedTraceIds"], json!(["1-00000000-000000000000000000000000"]));
    let trace = &traces["Traces"][0];
    assert_eq!(trace["Id"], XRAY_TRACE_ID);
    let segments = trace["Segments"].as_array().unwrap();
    assert_eq!(segments.len(), 1, "one service, one segment: {trace}");
    let document: Value = serde_json::from_str(segments[0]["Document"].as_str().unwrap()).unwrap();
    assert_eq!(document["name"], "backend-flask");
    assert_eq!(document["trace_id"], XRAY_TRACE_ID);
    assert_eq!(document["id"], "0101010101010101");
    let subsegment = &document["subsegments"][0];
    assert_eq!((subsegment["name"].as_str(), subsegment["namespace"].as_str()), (Some("GET"), Some("remote")));
    assert_eq!(subsegment["fault"], true);

    let (status, code, _) = call_err(&server, "GetTraceSummaries", &json!({ "StartTime": after, "EndTime": before }));
    assert_eq!((status, code.as_str()), (400, "InvalidRequestException"));
    let (status, _, message) = call_err(&server, "GetTraceSummaries", &json!({ "EndTime": after }));
    assert_eq!(status, 400);
    assert!(message.contains("'startTime' failed to satisfy constraint: Member must not be null"), "{message}");
}

#[test]
fn sampling_targets_share_the_reservoir_and_report_rule_changes() {
    let server = start_default();
    let mut rule = rule_request("Cruddur", 1000);
    rule["SamplingRule"]["ReservoirSize"] = json!(6);
    rule["SamplingRule"]["FixedRate"] = json!(0.25);
    let created = call_ok(&server, "CreateSamplingRule", &rule);
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs_f64();
    let report = |client: &str, requests: i64, rule: &str| {
        json!({ "SamplingStatisticsDocuments": [{
            "RuleName": rule, "ClientID": client, "Timestamp": now, "RequestCount": requests, "SampledCount": 2, "BorrowCount": 1,
        }]})
    };
    let first = call_ok(&server, "GetSamplingTargets", &report("aaaaaaaaaaaaaaaaaaaaaaaa", 20, "Cruddur"));
    let target = &first["SamplingTargetDocuments"][0];
    assert_eq!((target["RuleName"].as_str(), target["FixedRate"].as_f64()), (Some("Cruddur"), Some(0.25)));
    assert_eq!(target["ReservoirQuota"], 6, "a lone client gets the whole reservoir");
    assert_eq!(target["Interval"], 10);
    assert!(target["ReservoirQuotaTTL"].as_f64().unwrap() > now);
    assert_eq!(first["LastRuleModification"], created["SamplingRuleRecord"]["ModifiedAt"]);
    let second = call_ok(&server, "GetSamplingTargets", &report("bbbbbbbbbbbbbbbbbbbbbbbb", 40, "Cruddur"));
    assert_eq!(second["SamplingTargetDocuments"][0]["ReservoirQuota"], 4, "b made two thirds of the requests");

    let updated = call_ok(&server, "UpdateSamplingRule", &json!({ "SamplingRuleUpdate": { "RuleName": "Cruddur", "FixedRate": 0.5 } }));
    let third = call_ok(&server, "GetSamplingTargets", &report("aaaaaaaaaaaaaaaaaaaaaaaa", 20, "Cruddur"));
    assert_eq!(third["SamplingTargetDocuments"][0]["FixedRate"], 0.5);
    assert_eq!(third["LastRuleModification"], updated["SamplingRuleRecord"]["ModifiedAt"], "clients see the rule changed");

    let unknown = call_ok(&server, "GetSamplingTargets", &report("aaaaaaaaaaaaaaaaaaaaaaaa", 1, "Gone"));
    assert_eq!(unknown["UnprocessedStatistics"][0]["RuleName"], "Gone");
    let reports = server.sampling_reports();
    assert_eq!(reports.len(), 3);
    assert_eq!((reports[1].client_id.as_str(), reports[1].request_count, reports[1].borrow_count), ("bbbbbbbbbbbbbbbbbbbbbbbb", 40, 1));

    // The model: ClientID is exactly 24 characters, the statistics are required.
    let (status, _, message) = call_err(&server, "GetSamplingTargets", &report("short", 1, "Cruddur"));
    assert_eq!(status, 400);
    assert!(message.contains("failed to satisfy constraint: Member must have length greater than or equal to 24"), "{message}");
    let (status, _, message) = call_err(&server, "GetSamplingTargets", &json!({}));
    assert_eq!(status, 400);
    assert!(message.contains("'samplingStatisticsDocuments' failed to satisfy constraint: Member must not be null"), "{message}");
}

#[test]
fn the_control_plane_verifies_signatures_when_asked() {
    let server = start(Config { verify_signatures: true, credentials: Credentials::new("ctl-key", "ctl-secret"), ..Config::default() });
    // The fixed, unverifiable header the other tests use is refused here.
    let (status, code, message) = call_err(&server, "GetSamplingRules", &json!({}));
    assert_eq!((status, code.as_str()), (403, "IncompleteSignatureException"), "it has no X-Amz-Date: {message}");
    let signer = Signer { access_key_id: "ctl-key".into(), secret_access_key: "ctl-secret".into(), ..Signer::default() };
    let answered = signed_post(&server, &signer, "/GetSamplingRules", &[("Content-Type", "application/json")], b"{}");
    assert_eq!(answered.status, 200, "{}", answered.body);
    assert_output_shape("GetSamplingRules", &answered.json());
    let wrong = Signer { secret_access_key: "other".into(), ..signer };
    let refused = signed_post(&server, &wrong, "/GetSamplingRules", &[("Content-Type", "application/json")], b"{}");
    assert_eq!(error_of(&refused).1, "InvalidSignatureException");
}

/// The statistics document the OpenTelemetry Python X-Ray samplers send (aws-opentelemetry-distro 0.21.0
/// and opentelemetry-python-contrib's sdk-extension-aws: `_SamplingStatisticsDocument.snapshot`) names
/// the sampled count `SampleCount`; AWS's model names it `SampledCount` and requires it. The model
/// refuses the document either way: by the unknown member, and without it by the missing one.
#[test]
fn the_python_samplers_statistics_document_is_not_the_models() {
    let server = start_default();
    let as_python_sends = json!({
        "SamplingStatisticsDocuments": [{
            "ClientID": "aaaaaaaaaaaaaaaaaaaaaaaa", "RuleName": "Default", "Timestamp": 1_765_000_000.5,
            "RequestCount": 3, "BorrowCount": 1, "SampleCount": 2,
        }],
        "SamplingBoostStatisticsDocuments": null,
    });
    let (status, code, message) = call_err(&server, "GetSamplingTargets", &as_python_sends);
    assert_eq!((status, code.as_str()), (400, "SerializationException"));
    assert!(message.starts_with("Unknown member 'SampleCount' in 'samplingStatisticsDocuments.1.member'"), "{message}");
    let mut lenient = as_python_sends.clone();
    lenient["SamplingStatisticsDocuments"][0].as_object_mut().unwrap().remove("SampleCount");
    let (status, code, message) = call_err(&server, "GetSamplingTargets", &lenient);
    assert_eq!((status, code.as_str()), (400, "InvalidRequestException"));
    assert_eq!(
        message,
        "1 validation error detected: Value null at 'samplingStatisticsDocuments.1.member.sampledCount' failed to satisfy \
         constraint: Member must not be null"
    );
}
