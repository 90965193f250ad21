//! Every served operation and its error paths over raw HTTP, with each answer checked against the shapes
//! in AWS's model.

mod common;

use common::*;
use cruddur_xray_server::Config;
use serde_json::{Value, json};

const ACCOUNT_ARN_PREFIX: &str = "arn:aws:xray:us-east-1:123456789012:";

fn group_names(output: &Value) -> Vec<String> {
    output["Groups"].as_array().expect("Groups").iter().map(|g| g["GroupName"].as_str().expect("name").to_owned()).collect()
}

#[test]
fn group_lifecycle_by_name_and_arn() {
    let server = start_default();
    let created = call_ok(&server, "CreateGroup", &json!({ "GroupName": "Cruddur", "FilterExpression": "service(\"backend-flask\")" }));
    let group = &created["Group"];
    assert_eq!(group["GroupName"], "Cruddur");
    assert_eq!(group["FilterExpression"], "service(\"backend-flask\")");
    assert_eq!(group["InsightsConfiguration"], json!({ "InsightsEnabled": false, "NotificationsEnabled": false }));
    let arn = group["GroupARN"].as_str().expect("ARN").to_owned();
    let id = arn.strip_prefix(&format!("{ACCOUNT_ARN_PREFIX}group/Cruddur/")).unwrap_or_else(|| panic!("ARN shape: {arn}"));
    assert_eq!(id.len(), 52, "{arn}");

    assert_eq!(call_ok(&server, "GetGroup", &json!({ "GroupName": "Cruddur" })), created);
    assert_eq!(call_ok(&server, "GetGroup", &json!({ "GroupARN": arn })), created);
    assert_eq!(call_ok(&server, "GetGroup", &json!({ "GroupName": "Cruddur", "GroupARN": arn })), created);

    let updated = call_ok(
        &server,
        "UpdateGroup",
        &json!({ "GroupARN": arn, "FilterExpression": "service(\"api\")", "InsightsConfiguration": { "InsightsEnabled": true } }),
    );
    assert_eq!(updated["Group"]["FilterExpression"], "service(\"api\")");
    assert_eq!(updated["Group"]["InsightsConfiguration"], json!({ "InsightsEnabled": true, "NotificationsEnabled": false }));
    assert_eq!(updated["Group"]["GroupARN"], arn.as_str());

    assert_eq!(call_ok(&server, "DeleteGroup", &json!({ "GroupARN": arn })), json!({}));
    assert_eq!(
        call_err(&server, "GetGroup", &json!({ "GroupName": "Cruddur" })),
        (400, "InvalidRequestException".into(), "Group not found: Cruddur".into())
    );
    assert_eq!(
        call_err(&server, "DeleteGroup", &json!({ "GroupName": "Cruddur" })),
        (400, "InvalidRequestException".into(), "Group not found: Cruddur".into())
    );
    assert_eq!(
        call_err(&server, "UpdateGroup", &json!({ "GroupARN": arn })),
        (400, "InvalidRequestException".into(), format!("Group not found: {arn}"))
    );
}

#[test]
fn duplicate_group_is_an_invalid_request() {
    let server = start_default();
    call_ok(&server, "CreateGroup", &json!({ "GroupName": "Cruddur" }));
    assert_eq!(
        call_err(&server, "CreateGroup", &json!({ "GroupName": "Cruddur" })),
        (400, "InvalidRequestException".into(), "Group Cruddur already exists".into())
    );
}

#[test]
fn group_name_and_arn_must_agree_and_one_is_needed() {
    let server = start_default();
    call_ok(&server, "CreateGroup", &json!({ "GroupName": "a" }));
    let b_arn = call_ok(&server, "CreateGroup", &json!({ "GroupName": "b" }))["Group"]["GroupARN"].clone();
    let (status, code, message) = call_err(&server, "GetGroup", &json!({ "GroupName": "a", "GroupARN": b_arn }));
    assert_eq!((status, code.as_str()), (400, "InvalidRequestException"));
    assert!(message.contains("Group not found"), "{message}");
    assert_eq!(
        call_err(&server, "GetGroup", &json!({})),
        (400, "InvalidRequestException".into(), "Specify the group by GroupName or GroupARN".into())
    );
}

#[test]
fn default_group_is_listed_readable_and_undeletable() {
    let server = start_default();
    let output = call_ok(&server, "GetGroups", &json!({}));
    assert_eq!(
        output,
        json!({ "Groups": [{
            "GroupName": "Default",
            "GroupARN": format!("{ACCOUNT_ARN_PREFIX}group/Default"),
            "InsightsConfiguration": { "InsightsEnabled": false, "NotificationsEnabled": false }
        }] })
    );
    call_ok(&server, "GetGroup", &json!({ "GroupName": "Default" }));
    assert_eq!(
        call_err(&server, "DeleteGroup", &json!({ "GroupName": "Default" })),
        (400, "InvalidRequestException".into(), "The Default group cannot be deleted".into())
    );
    assert_eq!(
        call_err(&server, "CreateGroup", &json!({ "GroupName": "Default" })),
        (400, "InvalidRequestException".into(), "Group Default already exists".into())
    );
    let (_, _, message) = call_err(&server, "UpdateGroup", &json!({ "GroupName": "Default", "FilterExpression": "ok" }));
    assert!(message.contains("Default group"), "{message}");
    let updated = call_ok(&server, "UpdateGroup", &json!({ "GroupName": "Default", "InsightsConfiguration": { "InsightsEnabled": true } }));
    assert_eq!(updated["Group"]["InsightsConfiguration"]["InsightsEnabled"], true);
}

#[test]
fn notifications_need_insights() {
    let server = start_default();
    let (_, code, message) =
        call_err(&server, "CreateGroup", &json!({ "GroupName": "g", "InsightsConfiguration": { "NotificationsEnabled": true } }));
    assert_eq!(code, "InvalidRequestException");
    assert!(message.contains("InsightsEnabled"), "{message}");
}

#[test]
fn get_groups_pages_with_next_token() {
    let server = start(Config { page_size: 2, ..Config::default() });
    for name in ["e", "c", "a", "d", "b"] {
        call_ok(&server, "CreateGroup", &json!({ "GroupName": name }));
    }
    let mut names = Vec::new();
    let mut body = json!({});
    let mut pages = 0;
    loop {
        let output = call_ok(&server, "GetGroups", &body);
        pages += 1;
        let page = group_names(&output);
        assert!(page.len() <= 2, "{page:?}");
        names.extend(page);
        match output.get("NextToken") {
            Some(token) => body = json!({ "NextToken": token }),
            None => break,
        }
    }
    assert_eq!(names, ["Default", "a", "b", "c", "d", "e"]);
    assert_eq!(pages, 3);
    assert_eq!(server.stats().calls["GetGroups"], 3);
}

#[test]
fn invalid_next_token_is_an_invalid_request() {
    let server = start_default();
    assert_eq!(
        call_err(&server, "GetGroups", &json!({ "NextToken": "not-a-token" })),
        (400, "InvalidRequestException".into(), "Invalid NextToken".into())
    );
    assert_eq!(
        call_err(&server, "GetSamplingRules", &json!({ "NextToken": "zz" })),
        (400, "InvalidRequestException".into(), "Invalid NextToken".into())
    );
}

#[test]
fn get_groups_accepts_an_empty_body() {
    let server = start_default();
    let response = call_raw(&server, "/Groups", "");
    assert_eq!(response.status, 200, "{}", response.body);
    assert_output_shape("GetGroups", &response.json());
}

#[test]
fn sampling_rule_lifecycle_from_the_seed_fixture() {
    let server = start_default();
    let created = call_ok(&server, "CreateSamplingRule", &fixture_rule_request());
    let record = &created["SamplingRuleRecord"];
    let rule = &record["SamplingRule"];
    let rule_arn = format!("{ACCOUNT_ARN_PREFIX}sampling-rule/Cruddur");
    assert_eq!(
        rule,
        &json!({
            "RuleName": "Cruddur", "RuleARN": rule_arn, "ResourceARN": "*", "Priority": 9000, "FixedRate": 0.1,
            "ReservoirSize": 5, "ServiceName": "backend-flask", "ServiceType": "*", "Host": "*", "HTTPMethod": "*",
            "URLPath": "*", "Version": 1, "Attributes": {}
        })
    );
    let created_at = record["CreatedAt"].as_f64().expect("CreatedAt is epoch seconds");
    assert!(created_at > 1.6e9, "{created_at}");
    assert_eq!(record["ModifiedAt"], record["CreatedAt"]);

    let listed = call_ok(&server, "GetSamplingRules", &json!({}));
    let records = listed["SamplingRuleRecords"].as_array().expect("records");
    assert_eq!(records.len(), 2);
    assert_eq!(&records[0], record);
    assert_eq!(records[1]["SamplingRule"]["RuleName"], "Default");
    assert!(listed.get("NextToken").is_none());

    let updated = call_ok(
        &server,
        "UpdateSamplingRule",
        &json!({ "SamplingRuleUpdate": { "RuleName": "Cruddur", "FixedRate": 0.2, "Priority": 100, "Attributes": { "team": "backend" } } }),
    );
    let updated_record = &updated["SamplingRuleRecord"];
    assert_eq!(updated_record["SamplingRule"]["FixedRate"], 0.2);
    assert_eq!(updated_record["SamplingRule"]["Priority"], 100);
    assert_eq!(updated_record["SamplingRule"]["Attributes"], json!({ "team": "backend" }));
    assert_eq!(updated_record["SamplingRule"]["ServiceName"], "backend-flask", "untouched members stay");
    assert_eq!(updated_record["CreatedAt"], record["CreatedAt"]);
    assert!(updated_record["ModifiedAt"].as_f64() >= record["ModifiedAt"].as_f64());

    let by_arn = call_ok(&server, "UpdateSamplingRule", &json!({ "SamplingRuleUpdate": { "RuleARN": rule_arn, "ReservoirSize": 7 } }));
    assert_eq!(by_arn["SamplingRuleRecord"]["SamplingRule"]["ReservoirSize"], 7);

    let deleted = call_ok(&server, "DeleteSamplingRule", &json!({ "RuleARN": rule_arn }));
    assert_eq!(deleted["SamplingRuleRecord"]["SamplingRule"]["RuleName"], "Cruddur");
    assert_eq!(
        call_err(&server, "DeleteSamplingRule", &json!({ "RuleName": "Cruddur" })),
        (400, "InvalidRequestException".into(), "Sampling rule not found: Cruddur".into())
    );
    assert_eq!(
        call_err(&server, "UpdateSamplingRule", &json!({ "SamplingRuleUpdate": { "RuleName": "Cruddur", "FixedRate": 0.3 } })),
        (400, "InvalidRequestException".into(), "Sampling rule not found: Cruddur".into())
    );
}

#[test]
fn duplicate_sampling_rule_is_an_invalid_request() {
    let server = start_default();
    call_ok(&server, "CreateSamplingRule", &fixture_rule_request());
    assert_eq!(
        call_err(&server, "CreateSamplingRule", &fixture_rule_request()),
        (400, "InvalidRequestException".into(), "Sampling rule Cruddur already exists".into())
    );
    assert_eq!(
        call_err(&server, "CreateSamplingRule", &rule_request("Default", 5)),
        (400, "InvalidRequestException".into(), "Sampling rule Default already exists".into())
    );
}

#[test]
fn default_rule_is_built_in_undeletable_and_only_rate_and_reservoir_change() {
    let server = start_default();
    let listed = call_ok(&server, "GetSamplingRules", &json!({}));
    assert_eq!(
        listed,
        json!({ "SamplingRuleRecords": [{
            "SamplingRule": {
                "RuleName": "Default", "RuleARN": format!("{ACCOUNT_ARN_PREFIX}sampling-rule/Default"), "ResourceARN": "*",
                "Priority": 10000, "FixedRate": 0.05, "ReservoirSize": 1, "ServiceName": "*", "ServiceType": "*", "Host": "*",
                "HTTPMethod": "*", "URLPath": "*", "Version": 1, "Attributes": {}
            },
            "CreatedAt": 0.0,
            "ModifiedAt": 0.0
        }] })
    );
    assert_eq!(
        call_err(&server, "DeleteSamplingRule", &json!({ "RuleName": "Default" })),
        (400, "InvalidRequestException".into(), "The Default sampling rule cannot be deleted".into())
    );
    let updated = call_ok(
        &server,
        "UpdateSamplingRule",
        &json!({ "SamplingRuleUpdate": { "RuleName": "Default", "FixedRate": 0.1, "ReservoirSize": 2 } }),
    );
    assert_eq!(updated["SamplingRuleRecord"]["SamplingRule"]["FixedRate"], 0.1);
    assert_eq!(updated["SamplingRuleRecord"]["SamplingRule"]["ReservoirSize"], 2);
    assert_eq!(
        call_err(&server, "UpdateSamplingRule", &json!({ "SamplingRuleUpdate": { "RuleName": "Default", "Priority": 5, "Host": "x" } })),
        (
            400,
            "InvalidRequestException".into(),
            "Only FixedRate and ReservoirSize can be updated on the Default sampling rule; not Priority, Host".into()
        )
    );
}

#[test]
fn rule_constraints_come_from_the_model_on_create_and_update() {
    let server = start_default();
    let mut request = fixture_rule_request();
    request["SamplingRule"]["FixedRate"] = json!(2);
    assert_eq!(
        call_err(&server, "CreateSamplingRule", &request),
        (
            400,
            "InvalidRequestException".into(),
            "1 validation error detected: Value '2.0' at 'samplingRule.fixedRate' failed to satisfy constraint: Member must have value less than or equal to 1".into()
        )
    );

    let mut request = fixture_rule_request();
    request["SamplingRule"]["Priority"] = json!(10000);
    request["SamplingRule"]["ServiceName"] = json!("s".repeat(65));
    request["SamplingRule"].as_object_mut().expect("rule").remove("Host");
    let (status, code, message) = call_err(&server, "CreateSamplingRule", &request);
    assert_eq!((status, code.as_str()), (400, "InvalidRequestException"));
    assert!(message.starts_with("3 validation errors detected: "), "{message}");
    assert!(message.contains("Value null at 'samplingRule.host' failed to satisfy constraint: Member must not be null"), "{message}");
    assert!(
        message.contains(
            "Value '10000' at 'samplingRule.priority' failed to satisfy constraint: Member must have value less than or equal to 9999"
        ),
        "{message}"
    );
    assert!(
        message.contains("at 'samplingRule.serviceName' failed to satisfy constraint: Member must have length less than or equal to 64")
    );

    call_ok(&server, "CreateSamplingRule", &fixture_rule_request());
    assert_eq!(
        call_err(&server, "UpdateSamplingRule", &json!({ "SamplingRuleUpdate": { "RuleName": "Cruddur", "FixedRate": 2, "Priority": 0 } })),
        (
            400,
            "InvalidRequestException".into(),
            "2 validation errors detected: Value '2.0' at 'samplingRuleUpdate.fixedRate' failed to satisfy constraint: Member must have value less than or equal to 1; Value '0' at 'samplingRuleUpdate.priority' failed to satisfy constraint: Member must have value greater than or equal to 1".into()
        )
    );
}

#[test]
fn rule_name_and_version_one_are_required_in_practice() {
    let server = start_default();
    let mut request = fixture_rule_request();
    request["SamplingRule"].as_object_mut().expect("rule").remove("RuleName");
    assert_eq!(
        call_err(&server, "CreateSamplingRule", &request),
        (
            400,
            "InvalidRequestException".into(),
            "1 validation error detected: Value null at 'samplingRule.ruleName' failed to satisfy constraint: Member must not be null"
                .into()
        )
    );
    let mut request = fixture_rule_request();
    request["SamplingRule"]["Version"] = json!(2);
    assert_eq!(
        call_err(&server, "CreateSamplingRule", &request),
        (
            400,
            "InvalidRequestException".into(),
            "1 validation error detected: Value '2' at 'samplingRule.version' failed to satisfy constraint: Member must be 1, the only sampling rule format version".into()
        )
    );
    assert_eq!(
        call_err(&server, "DeleteSamplingRule", &json!({ "RuleName": "Cruddur", "RuleARN": "arn" })),
        (400, "InvalidRequestException".into(), "Specify the sampling rule by either RuleName or RuleARN, but not both".into())
    );
}

#[test]
fn a_rule_arn_on_create_must_be_the_one_the_rule_gets() {
    let server = start_default();
    let mut request = fixture_rule_request();
    request["SamplingRule"]["RuleARN"] = json!("arn:aws:xray:us-east-1:123456789012:sampling-rule/Other");
    let (status, code, message) = call_err(&server, "CreateSamplingRule", &request);
    assert_eq!((status, code.as_str()), (400, "InvalidRequestException"));
    assert!(message.contains("does not match RuleName Cruddur"), "{message}");
    request["SamplingRule"]["RuleARN"] = json!(format!("{ACCOUNT_ARN_PREFIX}sampling-rule/Cruddur"));
    call_ok(&server, "CreateSamplingRule", &request);
}

#[test]
fn rule_limit_counts_user_rules_only() {
    let server = start(Config { rule_limit: 2, ..Config::default() });
    call_ok(&server, "CreateSamplingRule", &rule_request("one", 1));
    call_ok(&server, "CreateSamplingRule", &rule_request("two", 2));
    assert_eq!(
        call_err(&server, "CreateSamplingRule", &rule_request("three", 3)),
        (400, "RuleLimitExceededException".into(), "You have reached the maximum number of sampling rules (2).".into())
    );
    call_ok(&server, "DeleteSamplingRule", &json!({ "RuleName": "one" }));
    call_ok(&server, "CreateSamplingRule", &rule_request("three", 3));
}

#[test]
fn sampling_rules_page_by_priority_then_name() {
    let server = start(Config { page_size: 3, ..Config::default() });
    for (name, priority) in [("f", 50), ("b", 10), ("a", 10), ("e", 9999), ("c", 20), ("d", 1), ("g", 20)] {
        call_ok(&server, "CreateSamplingRule", &rule_request(name, priority));
    }
    let (names, pages) = all_rule_names(&server);
    assert_eq!(names, ["d", "a", "b", "c", "g", "f", "e", "Default"]);
    assert_eq!(pages, 3);
}

#[test]
fn unknown_members_and_wrong_types_are_serialization_errors() {
    let server = start_default();
    let (status, code, message) = call_err(&server, "CreateGroup", &json!({ "GroupName": "g", "Filter": "x" }));
    assert_eq!((status, code.as_str()), (400, "SerializationException"));
    assert_eq!(message, "Unknown member 'Filter': CreateGroupRequest has members FilterExpression, GroupName, InsightsConfiguration, Tags");

    let mut request = fixture_rule_request();
    request["SamplingRule"]["HttpMethod"] = json!("GET");
    let (_, code, message) = call_err(&server, "CreateSamplingRule", &request);
    assert_eq!(code, "SerializationException");
    assert!(message.starts_with("Unknown member 'HttpMethod' in 'samplingRule'"), "{message}");

    let mut request = fixture_rule_request();
    request["SamplingRule"]["Priority"] = json!("9000");
    assert_eq!(
        call_err(&server, "CreateSamplingRule", &request),
        (400, "SerializationException".into(), "STRING_VALUE can not be converted to an Integer at 'samplingRule.priority'".into())
    );
    assert_eq!(server.stats().successful_writes, 0);
}

#[test]
fn malformed_json_is_a_serialization_error() {
    let server = start_default();
    let response = call_raw(&server, "/CreateGroup", "{\"GroupName\": ");
    assert_eq!(response.status, 400);
    let (code, message) = response.aws_error();
    assert_eq!(code, "SerializationException");
    assert!(message.starts_with("Malformed JSON request body"), "{message}");
}

#[test]
fn unsigned_requests_are_refused() {
    let server = start_default();
    let response = request(&server.url(), "POST", "/Groups", &[], "{}");
    assert_eq!(response.status, 403);
    assert_eq!(response.aws_error(), ("MissingAuthenticationTokenException".into(), "Missing Authentication Token".into()));
    let response = request(&server.url(), "POST", "/Groups", &[("Authorization", "Bearer x")], "{}");
    assert_eq!(response.status, 403);
}

#[test]
fn other_operations_are_unknown() {
    let server = start_default();
    let response = call_raw(&server, "/TraceGraph", "{}");
    assert_eq!(response.status, 404);
    assert_eq!(
        response.aws_error(),
        ("UnknownOperationException".into(), "Operation GetTraceGraph is not implemented by this local X-Ray server".into())
    );
    let response = call_raw(&server, "/NoSuchThing", "{}");
    assert_eq!(response.status, 404);
    assert_eq!(response.aws_error(), ("UnknownOperationException".into(), "No X-Ray operation at POST /NoSuchThing".into()));
    let headers = [("Authorization", SIGV4_AUTHORIZATION)];
    let response = request(&server.url(), "GET", "/CreateGroup", &headers, "");
    assert_eq!(response.status, 404);
    assert_eq!(response.aws_error().0, "UnknownOperationException");
}

#[test]
fn tags_on_groups_and_rules() {
    let server = start(Config { page_size: 2, ..Config::default() });
    let created = call_ok(&server, "CreateGroup", &json!({ "GroupName": "g", "Tags": [{ "Key": "team", "Value": "obs" }] }));
    let group_arn = created["Group"]["GroupARN"].as_str().expect("ARN").to_owned();
    assert_eq!(
        call_ok(&server, "ListTagsForResource", &json!({ "ResourceARN": group_arn })),
        json!({ "Tags": [{ "Key": "team", "Value": "obs" }] })
    );
    call_ok(
        &server,
        "TagResource",
        &json!({ "ResourceARN": group_arn, "Tags": [{ "Key": "env", "Value": "dev" }, { "Key": "team", "Value": "core" }, { "Key": "z", "Value": "" }] }),
    );
    let first = call_ok(&server, "ListTagsForResource", &json!({ "ResourceARN": group_arn }));
    assert_eq!(first["Tags"], json!([{ "Key": "env", "Value": "dev" }, { "Key": "team", "Value": "core" }]));
    let second = call_ok(&server, "ListTagsForResource", &json!({ "ResourceARN": group_arn, "NextToken": first["NextToken"] }));
    assert_eq!(second, json!({ "Tags": [{ "Key": "z", "Value": "" }] }));
    call_ok(&server, "UntagResource", &json!({ "ResourceARN": group_arn, "TagKeys": ["env", "z", "absent"] }));
    assert_eq!(
        call_ok(&server, "ListTagsForResource", &json!({ "ResourceARN": group_arn })),
        json!({ "Tags": [{ "Key": "team", "Value": "core" }] })
    );

    let mut rule = fixture_rule_request();
    rule["Tags"] = json!([{ "Key": "owner", "Value": "me" }]);
    call_ok(&server, "CreateSamplingRule", &rule);
    let rule_arn = format!("{ACCOUNT_ARN_PREFIX}sampling-rule/Cruddur");
    assert_eq!(
        call_ok(&server, "ListTagsForResource", &json!({ "ResourceARN": rule_arn })),
        json!({ "Tags": [{ "Key": "owner", "Value": "me" }] })
    );
    call_ok(&server, "DeleteSamplingRule", &json!({ "RuleName": "Cruddur" }));
    call_ok(&server, "CreateSamplingRule", &fixture_rule_request());
    assert_eq!(
        call_ok(&server, "ListTagsForResource", &json!({ "ResourceARN": rule_arn })),
        json!({ "Tags": [] }),
        "a deleted rule's tags do not come back with a new rule of the same name"
    );
}

#[test]
fn tag_errors() {
    let server = start_default();
    let missing = format!("{ACCOUNT_ARN_PREFIX}group/nope/X");
    let response = call(&server, "/ListTagsForResource", &json!({ "ResourceARN": missing }));
    assert_eq!(response.status, 404);
    assert_eq!(response.aws_error(), ("ResourceNotFoundException".into(), format!("Resource not found: {missing}")));
    assert_eq!(response.json()["ResourceName"], missing.as_str());

    let default_arn = format!("{ACCOUNT_ARN_PREFIX}group/Default");
    let too_many: Vec<Value> = (0..51).map(|i| json!({ "Key": format!("k{i}"), "Value": "v" })).collect();
    let (status, code, _) = call_err(&server, "TagResource", &json!({ "ResourceARN": default_arn, "Tags": too_many }));
    assert_eq!((status, code.as_str()), (400, "TooManyTagsException"));

    let (status, code, message) =
        call_err(&server, "TagResource", &json!({ "ResourceARN": default_arn, "Tags": [{ "Key": "aws:owner", "Value": "v" }] }));
    assert_eq!((status, code.as_str()), (400, "InvalidRequestException"));
    assert!(message.contains("aws:owner"), "{message}");
}
