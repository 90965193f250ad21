//! Boards (and views), triggers, SLOs, burn alerts, calculated fields, recipients and marker
//! settings (issue 21), through `prism proxy --errors`: stateful, every validation the spec states,
//! the defaults the API fills in, and the references that must exist. Each test uses its own
//! dataset and recipient targets, so they run in parallel on one server (Enterprise plan).

mod common;

use common::{Harness, answered_by_prism, test_config};
use serde_json::{Value, json};
use std::sync::OnceLock;

fn h() -> &'static Harness {
    static HARNESS: OnceLock<Harness> = OnceLock::new();
    HARNESS.get_or_init(|| Harness::start(test_config()))
}

fn call(method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
    let r = h().v1(method, path, &h().config_key(), body);
    (r.status, r.json())
}

fn ok(method: &str, path: &str, body: Value, status: u16) -> Value {
    let r = h().v1(method, path, &h().config_key(), Some(body));
    assert_eq!(r.status, status, "{method} {path}: {}", r.text());
    r.json()
}

/// A 422 (or `status`) whose `type_detail` names `field`, with `needle` in its description.
fn refused(method: &str, path: &str, body: Value, status: u16, field: &str, needle: &str) {
    let r = h().v1(method, path, &h().config_key(), (!body.is_null()).then_some(body));
    assert_eq!(r.status, status, "{method} {path}: {}", r.text());
    assert!(!answered_by_prism(&r), "the server, not prism, must refuse this: {}", r.text());
    let body = r.json();
    let text = body.to_string();
    if status == 422 {
        assert_eq!(body["type_detail"][0]["field"], field, "{text}");
    }
    assert!(text.contains(needle), "{needle:?} not in {text}");
}

/// A rule the spec's schema states: prism refuses the request before it reaches the server, and
/// the server, asked directly, refuses it too (it must be as strict without prism in front).
fn schema_rule(method: &str, path: &str, body: Value, field: &str, needle: &str) {
    let r = h().v1(method, path, &h().config_key(), Some(body.clone()));
    assert!(answered_by_prism(&r), "{method} {path}: prism should refuse this: {}", r.text());
    assert!(r.text().contains(needle) || r.header("sl-violations").is_some_and(|v| v.contains(needle)), "{needle:?}: {}", r.text());
    let url = format!("{}{path}", h().server.url());
    let direct = cruddur_honeycomb_server::http_client::send_json(method, &url, &[("X-Honeycomb-Team", &h().config_key())], &body).unwrap();
    assert!(matches!(direct.status, 400 | 422), "{method} {path} directly: {}", direct.text());
    assert!(direct.text().contains(field), "{field:?} not named by the server: {}", direct.text());
}

fn event(dataset: &str, fields: Value) {
    let r = h().v1("POST", &format!("/1/events/{dataset}"), &h().ingest_key(), Some(fields));
    assert_eq!(r.status, 200, "{}", r.text());
}

fn email(address: &str) -> String {
    ok("POST", "/1/recipients", json!({"type":"email","details":{"email_address": address}}), 201)["id"].as_str().unwrap().to_owned()
}

fn query(dataset: &str, spec: Value) -> String {
    ok("POST", &format!("/1/queries/{dataset}"), spec, 200)["id"].as_str().unwrap().to_owned()
}

fn annotation(dataset: &str, query_id: &str, name: &str) -> String {
    ok("POST", &format!("/1/query_annotations/{dataset}"), json!({"name": name, "query_id": query_id}), 201)["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn calculated_field(dataset: &str, alias: &str, expression: &str) -> String {
    ok("POST", &format!("/1/derived_columns/{dataset}"), json!({"alias": alias, "expression": expression}), 201)["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn slo(dataset: &str, alias: &str) -> String {
    let body = json!({"name": format!("{dataset} latency"), "sli": {"alias": alias}, "time_period_days": 30, "target_per_million": 999000});
    ok("POST", &format!("/1/slos/{dataset}"), body, 201)["id"].as_str().unwrap().to_owned()
}

#[test]
fn recipients_of_every_type_with_their_checks() {
    let pd_key = "0123456789abcdef0123456789abcdef";
    let cases = [
        json!({"type":"email","details":{"email_address":"rcpt-ops@example.com"}}),
        json!({"type":"slack","details":{"slack_channel":"#rcpt-alerts"}}),
        json!({"type":"pagerduty","details":{"pagerduty_integration_name":"rcpt-pd","pagerduty_integration_key": pd_key}}),
        json!({"type":"webhook","details":{"webhook_name":"rcpt-hook","webhook_url":"https://hooks.example.com/x","webhook_secret":"s3",
            "webhook_headers":[{"header":"X-Env","value":"test"}],
            "webhook_payloads":{"template_variables":[{"name":"severity","default_value":"low"}],"payload_templates":{"trigger":{"body":"{\"s\":\"{{ .Vars.severity }}\"}"}}}}}),
        json!({"type":"msteams_workflow","details":{"webhook_name":"rcpt-teams","webhook_url":"https://teams.example.com/w"}}),
    ];
    let mut ids = Vec::new();
    for c in &cases {
        let created = ok("POST", "/1/recipients", c.clone(), 201);
        assert_eq!(created["type"], c["type"]);
        assert_eq!(created["details"], c["details"], "details as sent");
        ids.push(created["id"].as_str().unwrap().to_owned());
    }
    let (status, all) = call("GET", "/1/recipients", None);
    assert_eq!(status, 200);
    for id in &ids {
        assert!(all.as_array().unwrap().iter().any(|r| &r["id"] == id));
    }

    refused(
        "POST",
        "/1/recipients",
        json!({"type":"email","details":{"email_address":"not-an-address"}}),
        422,
        "details.email_address",
        "email address",
    );
    refused("POST", "/1/recipients", json!({"type":"slack","details":{"slack_channel":"alerts"}}), 422, "details.slack_channel", "#");
    schema_rule(
        "POST",
        "/1/recipients",
        json!({"type":"pagerduty","details":{"pagerduty_integration_name":"x","pagerduty_integration_key":"short"}}),
        "details.pagerduty_integration_key",
        "32",
    );
    refused(
        "POST",
        "/1/recipients",
        json!({"type":"webhook","details":{"webhook_name":"w","webhook_url":"ftp://x"}}),
        422,
        "details.webhook_url",
        "http",
    );
    schema_rule(
        "POST",
        "/1/recipients",
        json!({"type":"webhook","details":{"webhook_name":"w2","webhook_url":"https://x.example","webhook_payloads":{"template_variables":[{"name":"Bad"}]}}}),
        "details.webhook_payloads.template_variables[0].name",
        "pattern",
    );
    refused("POST", "/1/recipients", json!({"type":"email"}), 422, "details", "required");
    // Prism refuses a type outside the spec's enum itself.
    assert!(answered_by_prism(&h().v1("POST", "/1/recipients", &h().config_key(), Some(json!({"type":"carrier-pigeon","details":{}})))));

    // A second recipient with the same target is a conflict (case-insensitive for addresses).
    refused("POST", "/1/recipients", json!({"type":"email","details":{"email_address":"RCPT-OPS@example.com"}}), 409, "", "already exists");
    // Updates replace the details; the type stays.
    let put = ok("PUT", &format!("/1/recipients/{}", ids[1]), json!({"type":"slack","details":{"slack_channel":"#rcpt-renamed"}}), 200);
    assert_eq!(put["details"]["slack_channel"], "#rcpt-renamed");
    refused(
        "PUT",
        &format!("/1/recipients/{}", ids[1]),
        json!({"type":"email","details":{"email_address":"x@example.com"}}),
        422,
        "type",
        "cannot be changed",
    );
    assert_eq!(call("GET", "/1/recipients/nope", None).0, 404);
    assert_eq!(call("DELETE", &format!("/1/recipients/{}", ids[4]), None).0, 204);
    assert_eq!(call("GET", &format!("/1/recipients/{}", ids[4]), None).0, 404);
}

#[test]
fn calculated_fields_parse_conflict_rename_and_refuse_deletion_in_use() {
    let ds = "cf-ds";
    event(ds, json!({"duration_ms": 120.0, "error": false, "endpoint": "/a"}));
    event(ds, json!({"duration_ms": 900.0, "error": true, "endpoint": "/b"}));
    let created = ok(
        "POST",
        &format!("/1/derived_columns/{ds}"),
        json!({"alias":"sli.fast","expression":"$duration_ms < 300 AND $error != true","description":"fast and fine"}),
        201,
    );
    assert_eq!(created["description"], "fast and fine");
    let id = created["id"].as_str().unwrap().to_owned();
    let defaulted = ok("POST", &format!("/1/derived_columns/{ds}"), json!({"alias":"slow","expression":"GT($duration_ms, 500)"}), 201);
    assert_eq!(defaulted["description"], "", "the API fills in an empty description");

    // A syntax error is a 400 saying where; an unknown function names the closest one.
    refused("POST", &format!("/1/derived_columns/{ds}"), json!({"alias":"x","expression":"LT($duration_ms, 300"}), 400, "", "at character");
    refused(
        "POST",
        &format!("/1/derived_columns/{ds}"),
        json!({"alias":"x","expression":"REGMATCH($endpoint, `^/a`)"}),
        400,
        "",
        "did you mean REG_MATCH?",
    );
    refused("POST", &format!("/1/derived_columns/{ds}"), json!({"alias":"x","expression":"if($error, 1, 0)"}), 400, "", "did you mean IF?");
    // Aliases are unique, and may not shadow a column of the dataset.
    refused("POST", &format!("/1/derived_columns/{ds}"), json!({"alias":"sli.fast","expression":"1"}), 409, "", "already exists");
    refused("POST", &format!("/1/derived_columns/{ds}"), json!({"alias":"endpoint","expression":"1"}), 409, "", "already exists");
    schema_rule("POST", &format!("/1/derived_columns/{ds}"), json!({"alias":"","expression":"1"}), "alias", "alias");

    let (status, one) = call("GET", &format!("/1/derived_columns/{ds}?alias=sli.fast"), None);
    assert_eq!((status, one["id"].as_str()), (200, Some(id.as_str())), "?alias= answers one object");
    assert_eq!(call("GET", &format!("/1/derived_columns/{ds}?alias=nope"), None).0, 404);
    assert_eq!(call("GET", &format!("/1/derived_columns/{ds}"), None).1.as_array().unwrap().len(), 2);

    // A query sees the field as a column.
    let result = h().run_query(
        ds,
        json!({"calculations":[{"op":"COUNT"}],"breakdowns":["sli.fast"],"orders":[{"column":"sli.fast","order":"ascending"}]}),
    );
    let rows: Vec<(Value, Value)> =
        result["data"]["results"].as_array().unwrap().iter().map(|r| (r["data"]["sli.fast"].clone(), r["data"]["COUNT"].clone())).collect();
    assert_eq!(rows, [(json!(false), json!(1)), (json!(true), json!(1))]);

    // In use by an SLO: deletion is refused; a rename is allowed and the SLO follows it.
    let slo_id = slo(ds, "sli.fast");
    refused("DELETE", &format!("/1/derived_columns/{ds}/{id}"), json!(null), 409, "", "used by the SLO");
    let renamed =
        ok("PUT", &format!("/1/derived_columns/{ds}/{id}"), json!({"alias":"sli.quick","expression":"LT($duration_ms, 300)"}), 200);
    assert_eq!(renamed["alias"], "sli.quick");
    assert_eq!(call("GET", &format!("/1/slos/{ds}/{slo_id}"), None).1["sli"]["alias"], "sli.quick");
    // In use by a trigger's query (named by alias): refused too.
    let slow_id = defaulted["id"].as_str().unwrap();
    ok(
        "POST",
        &format!("/1/triggers/{ds}"),
        json!({"name":"slow","query":{"calculations":[{"op":"COUNT"}],"filters":[{"column":"slow","op":"=","value":true}],"time_range":900},"threshold":{"op":">","value":1},"frequency":300}),
        201,
    );
    refused("DELETE", &format!("/1/derived_columns/{ds}/{slow_id}"), json!(null), 409, "", "used by the trigger");

    // Environment-wide fields.
    let env_wide = calculated_field("__all__", "cf.env", "1");
    assert!(call("GET", "/1/derived_columns/__all__", None).1.as_array().unwrap().iter().any(|d| d["id"] == env_wide.as_str()));
    refused("POST", &format!("/1/derived_columns/{ds}"), json!({"alias":"cf.env","expression":"2"}), 409, "", "already exists");
    assert_eq!(call("DELETE", &format!("/1/derived_columns/__all__/{env_wide}"), None).0, 204);
}

#[test]
fn triggers_fill_defaults_and_enforce_the_trigger_rules() {
    let ds = "trig-ds";
    event(ds, json!({"error": true}));
    let pd = ok("POST", "/1/recipients", json!({"type":"pagerduty","details":{"pagerduty_integration_name":"trig-pd","pagerduty_integration_key":"abcdefabcdefabcdefabcdefabcdefab"}}), 201)["id"].as_str().unwrap().to_owned();
    let mail = email("trig@example.com");
    let path = format!("/1/triggers/{ds}");
    let body = json!({"name":"Error rate","query":{"calculations":[{"op":"COUNT"}],"filters":[{"column":"error","op":"=","value":true}],"time_range":1800},
        "threshold":{"op":">","value":10},"recipients":[{"id": mail},{"id": pd}]});
    let r = h().v1("POST", &path, &h().config_key(), Some(body.clone()));
    assert_eq!(r.status, 201, "{}", r.text());
    let t = r.json();
    let id = t["id"].as_str().unwrap().to_owned();
    assert_eq!(r.header("location"), Some(format!("/1/triggers/{ds}/{id}").as_str()));
    // What the API fills in.
    assert_eq!((t["frequency"].clone(), t["alert_type"].clone(), t["disabled"].clone()), (json!(900), json!("on_change"), json!(false)));
    assert_eq!(t["threshold"], json!({"op":">","value":10,"exceeded_limit":1}));
    assert_eq!(
        (t["evaluation_schedule_type"].clone(), t["dataset_slug"].clone(), t["triggered"].clone()),
        (json!("frequency"), json!(ds), json!(false))
    );
    assert!(t["query_id"].as_str().is_some_and(|q| !q.is_empty()), "an inline query is stored as a query");
    assert_eq!(t["query"]["time_range"], 1800);
    // Recipients come back with their type and target, PagerDuty's default severity filled in,
    // ordered by recipient ID whatever the order sent.
    let recipients = t["recipients"].as_array().unwrap();
    let mut ids: Vec<&str> = recipients.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let sorted = {
        let mut s = ids.clone();
        s.sort();
        s
    };
    assert_eq!(ids, sorted);
    ids.sort();
    let pd_entry = recipients.iter().find(|r| r["id"] == pd.as_str()).unwrap();
    assert_eq!(
        (pd_entry["type"].clone(), pd_entry["target"].clone(), pd_entry["details"].clone()),
        (json!("pagerduty"), json!("trig-pd"), json!({"pagerduty_severity":"critical"}))
    );
    assert_eq!(recipients.iter().find(|r| r["id"] == mail.as_str()).unwrap()["target"], "trig@example.com");

    // GET → PUT of what GET answered is accepted and changes nothing but updated_at.
    let (_, got) = call("GET", &format!("{path}/{id}"), None);
    let put = ok("PUT", &format!("{path}/{id}"), got.clone(), 200);
    for k in ["name", "threshold", "frequency", "recipients", "query_id", "query"] {
        assert_eq!(put[k], got[k], "{k}");
    }
    // A query reference, with the trigger rules applied to the referenced query.
    let qid = query(ds, json!({"calculations":[{"op":"COUNT"}],"time_range":600}));
    let by_ref = ok("POST", &path, json!({"name":"by ref","query_id": qid,"threshold":{"op":">=","value":1.5},"frequency":300}), 201);
    assert_eq!((by_ref["query_id"].as_str(), by_ref["query"]["time_range"].clone()), (Some(qid.as_str()), json!(600)));
    let bad_q = query(ds, json!({"calculations":[{"op":"COUNT"}],"time_range":600,"limit":10}));
    refused(
        "POST",
        &path,
        json!({"name":"x","query_id": bad_q,"threshold":{"op":">","value":1},"frequency":300}),
        422,
        "query.limit",
        "not allowed",
    );
    refused("POST", &path, json!({"name":"x","query_id":"nope","threshold":{"op":">","value":1}}), 422, "query_id", "no query");
    let mut both = got.clone();
    both["query"]["time_range"] = json!(900);
    refused("PUT", &format!("{path}/{id}"), both, 422, "query", "disagree");

    // Frequencies, thresholds and time ranges.
    let with = |patch: Value| {
        let mut b =
            json!({"name":"t","query":{"calculations":[{"op":"COUNT"}],"time_range":600},"threshold":{"op":">","value":1},"frequency":300});
        for (k, v) in patch.as_object().unwrap() {
            b[k] = v.clone();
        }
        b
    };
    refused("POST", &path, with(json!({"frequency": 90})), 422, "frequency", "multiple of 60");
    refused("POST", &path, with(json!({"frequency": 86460})), 422, "frequency", "86400");
    schema_rule("POST", &path, with(json!({"threshold":{"op":">","value":1,"exceeded_limit":6}})), "threshold.exceeded_limit", "<= 5");
    refused("POST", &path, with(json!({"frequency": 60})), 422, "query.time_range", "the lesser of 4 × frequency");
    refused(
        "POST",
        &path,
        with(json!({"query":{"calculations":[{"op":"COUNT"}],"time_range":600,"orders":[{"op":"COUNT","order":"descending"}]}})),
        422,
        "query.orders",
        "not allowed",
    );
    refused(
        "POST",
        &path,
        with(json!({"query":{"calculations":[{"op":"COUNT"},{"op":"MAX","column":"x"}],"time_range":600}})),
        422,
        "query.calculations",
        "only one calculation",
    );
    refused(
        "POST",
        &path,
        with(json!({"query":{"calculations":[{"op":"HEATMAP","column":"x"}],"time_range":600}})),
        422,
        "query.calculations[0].op",
        "HEATMAP",
    );
    refused("POST", &path, with(json!({"query":{"calculations":[{"op":"COUNT"}]}})), 422, "query.time_range", "needs a time_range");
    schema_rule("POST", &path, with(json!({"name": ""})), "name", "fewer than 1");
    refused("POST", &path, with(json!({"tags":[{"key":"Team","value":"x"}]})), 422, "tags[0].key", "lower-case");
    refused("POST", &path, with(json!({"tags":[{"key":"team","value":"9lives"}]})), 422, "tags[0].value", "begin with a lower-case letter");
    // Schedules and baselines.
    let windowed = ok(
        "POST",
        &path,
        with(
            json!({"evaluation_schedule_type":"window","evaluation_schedule":{"window":{"days_of_week":["monday","friday"],"start_time":"9:00","end_time":"17:30"}}}),
        ),
        201,
    );
    assert_eq!(windowed["evaluation_schedule"]["window"]["days_of_week"], json!(["monday", "friday"]));
    refused("POST", &path, with(json!({"evaluation_schedule_type":"window"})), 422, "evaluation_schedule", "needs");
    schema_rule(
        "POST",
        &path,
        with(json!({"evaluation_schedule":{"window":{"days_of_week":["monday"],"start_time":"25:00","end_time":"10:00"}}})),
        "evaluation_schedule.window.start_time",
        "must match pattern",
    );
    assert_eq!(
        ok("POST", &path, with(json!({"baseline_details":{"offset_minutes":1440,"type":"percentage"}})), 201)["baseline_details"]["offset_minutes"],
        1440
    );
    schema_rule(
        "POST",
        &path,
        with(json!({"baseline_details":{"offset_minutes":30,"type":"value"}})),
        "baseline_details.offset_minutes",
        "allowed values",
    );
    // Recipients must exist; details must fit the recipient's type; the deprecated type+target names an existing one.
    refused("POST", &path, with(json!({"recipients":[{"id":"nope"}]})), 422, "recipients[0].id", "no recipient");
    refused(
        "POST",
        &path,
        with(json!({"recipients":[{"id": mail, "details":{"pagerduty_severity":"info"}}]})),
        422,
        "recipients[0].details.pagerduty_severity",
        "only a pagerduty",
    );
    refused("POST", &path, with(json!({"recipients":[{"id": mail},{"id": mail}]})), 422, "recipients[1].id", "twice");
    let legacy = ok("POST", &path, with(json!({"recipients":[{"type":"email","target":"trig@example.com"}]})), 201);
    assert_eq!(legacy["recipients"][0]["id"], mail.as_str());
    // The recipient is in use now, so it cannot be deleted; its triggers are listed.
    refused("DELETE", &format!("/1/recipients/{mail}"), json!(null), 409, "", "used by a trigger");
    let (_, using) = call("GET", &format!("/1/recipients/{mail}/triggers"), None);
    assert!(using.as_array().unwrap().len() >= 2);

    // Environment-wide triggers, and the dataset must exist.
    let env_trigger = ok("POST", "/1/triggers/__all__", with(json!({})), 201);
    assert_eq!(env_trigger["dataset_slug"], "__all__");
    assert_eq!(call("GET", "/1/triggers/no-such-ds", None).0, 404);
    assert_eq!(call("DELETE", &format!("{path}/{id}"), None).0, 204);
    assert_eq!(call("GET", &format!("{path}/{id}"), None).0, 404);
}

#[test]
fn slos_and_burn_alerts() {
    let ds = "slo-ds";
    for (d, e) in [(100.0, false), (200.0, false), (900.0, false), (50.0, true)] {
        event(ds, json!({"duration_ms": d, "error": e}));
    }
    calculated_field(ds, "sli.latency", "IF($error, false, $duration_ms < 300)");
    let path = format!("/1/slos/{ds}");
    let created = ok(
        "POST",
        &path,
        json!({"name":"Latency","sli":{"alias":"sli.latency"},"time_period_days":7,"target_per_million":990000,"tags":[{"key":"team","value":"backend"}]}),
        201,
    );
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(
        (created["dataset_slugs"].clone(), created["reset_at"].clone(), created["description"].clone()),
        (json!([ds]), Value::Null, json!(""))
    );

    refused(
        "POST",
        &path,
        json!({"name":"x","sli":{"alias":"nope"},"time_period_days":7,"target_per_million":990000}),
        422,
        "sli.alias",
        "no calculated field",
    );
    schema_rule(
        "POST",
        &path,
        json!({"name":"x","sli":{"alias":"sli.latency"},"time_period_days":0,"target_per_million":990000}),
        "time_period_days",
        ">= 1",
    );
    schema_rule(
        "POST",
        &path,
        json!({"name":"x","sli":{"alias":"sli.latency"},"time_period_days":7,"target_per_million":1000000}),
        "target_per_million",
        "<= 999999",
    );
    refused(
        "POST",
        "/1/slos/__all__",
        json!({"name":"x","sli":{"alias":"sli.latency"},"time_period_days":7,"target_per_million":1}),
        422,
        "sli.alias",
        "the environment",
    );
    calculated_field("__all__", "sli.env", "true");
    refused(
        "POST",
        "/1/slos/__all__",
        json!({"name":"x","sli":{"alias":"sli.env"},"time_period_days":7,"target_per_million":1}),
        422,
        "dataset_slugs",
        "needs dataset_slugs",
    );
    let env_slo = ok(
        "POST",
        "/1/slos/__all__",
        json!({"name":"env","sli":{"alias":"sli.env"},"time_period_days":7,"target_per_million":1,"dataset_slugs":[ds]}),
        201,
    );
    assert_eq!(env_slo["dataset_slugs"], json!([ds]));

    // Reporting: 2 of 4 qualified events succeed (a 900 ms one and an error fail).
    let (_, detailed) = call("GET", &format!("{path}/{id}?detailed"), None);
    assert_eq!(detailed["compliance"].as_f64(), Some(50.0), "{detailed}");
    assert_eq!(detailed["status"], "no_alerts");
    assert!(detailed["budget_remaining"].as_f64().unwrap() < 0.0, "{detailed}");
    assert!(call("GET", &format!("{path}/{id}"), None).1.get("compliance").is_none());

    // Burn alerts of both types.
    let mail = email("slo-burn@example.com");
    let alerts = "/1/burn_alerts/".to_owned() + ds;
    let exhaustion = ok(
        "POST",
        &alerts,
        json!({"alert_type":"exhaustion_time","exhaustion_minutes":240,"slo":{"id": id},"recipients":[{"id": mail}],"description":"runbook"}),
        201,
    );
    assert_eq!((exhaustion["triggered"].clone(), exhaustion["recipients"][0]["id"].clone()), (json!(false), json!(mail)));
    let rate = ok(
        "POST",
        &alerts,
        json!({"alert_type":"budget_rate","budget_rate_window_minutes":60,"budget_rate_decrease_threshold_per_million":10000,"slo":{"id": id},"recipients":[{"id": mail}]}),
        201,
    );
    schema_rule(
        "POST",
        &alerts,
        json!({"alert_type":"budget_rate","budget_rate_window_minutes":30,"budget_rate_decrease_threshold_per_million":1,"slo":{"id": id},"recipients":[{"id": mail}]}),
        "budget_rate_window_minutes",
        ">= 60",
    );
    refused(
        "POST",
        &alerts,
        json!({"alert_type":"budget_rate","budget_rate_window_minutes":20000,"budget_rate_decrease_threshold_per_million":1,"slo":{"id": id},"recipients":[{"id": mail}]}),
        422,
        "budget_rate_window_minutes",
        "10080 minutes",
    );
    refused(
        "POST",
        &alerts,
        json!({"alert_type":"exhaustion_time","exhaustion_minutes":60,"budget_rate_window_minutes":60,"slo":{"id": id},"recipients":[{"id": mail}]}),
        422,
        "budget_rate_window_minutes",
        "must not be specified",
    );
    refused(
        "POST",
        &alerts,
        json!({"alert_type":"exhaustion_time","exhaustion_minutes":60,"slo":{"id":"nope"},"recipients":[{"id": mail}]}),
        422,
        "slo.id",
        "no SLO",
    );
    // The list has no recipients (the spec's list schema); one alert has them.
    let (_, list) = call("GET", &format!("{alerts}?slo_id={id}"), None);
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert!(list[0].get("recipients").is_none());
    // `slo_id` is required: prism refuses the request itself.
    assert!(answered_by_prism(&h().v1("GET", &alerts, &h().config_key(), None)));
    let rid = rate["id"].as_str().unwrap();
    let changed = ok(
        "PUT",
        &format!("{alerts}/{rid}"),
        json!({"alert_type":"exhaustion_time","exhaustion_minutes":30,"recipients":[{"id": mail}]}),
        200,
    );
    assert_eq!((changed["alert_type"].clone(), changed.get("budget_rate_window_minutes").is_none()), (json!("exhaustion_time"), true));
    refused(
        "PUT",
        &format!("{alerts}/{rid}"),
        json!({"alert_type":"exhaustion_time","exhaustion_minutes":30,"slo":{"id":"other"},"recipients":[{"id": mail}]}),
        422,
        "slo.id",
        "cannot be changed",
    );
    assert_eq!(call("GET", &format!("{path}/{id}?detailed"), None).1["status"], "normal");

    // Deleting the SLO deletes its burn alerts.
    assert_eq!(call("DELETE", &format!("{path}/{id}"), None).0, 204);
    assert_eq!(call("GET", &format!("{alerts}/{rid}"), None).0, 404);
}

#[test]
fn boards_lay_out_panels_check_references_and_keep_preset_filters() {
    let ds = "board-ds";
    event(ds, json!({"duration_ms": 5}));
    let q = query(ds, json!({"calculations":[{"op":"P99","column":"duration_ms"}],"time_range":3600}));
    let a = annotation(ds, &q, "Latency");
    let other_q = query(ds, json!({"calculations":[{"op":"COUNT"}]}));
    calculated_field(ds, "board.sli", "true");
    let slo_id = slo(ds, "board.sli");

    // No panel placed: one column, full width, default heights.
    let auto = ok(
        "POST",
        "/1/boards",
        json!({"name":"Auto","type":"flexible","panels":[
        {"type":"query","query_panel":{"query_id": q, "query_annotation_id": a}},
        {"type":"slo","slo_panel":{"slo_id": slo_id}},
        {"type":"text","text_panel":{"content":"# Notes"}}]}),
        201,
    );
    let positions: Vec<Value> = auto["panels"].as_array().unwrap().iter().map(|p| p["position"].clone()).collect();
    assert_eq!(
        positions,
        [
            json!({"x_coordinate":0,"y_coordinate":0,"width":12,"height":6}),
            json!({"x_coordinate":0,"y_coordinate":6,"width":12,"height":4}),
            json!({"x_coordinate":0,"y_coordinate":10,"width":12,"height":3}),
        ]
    );
    assert_eq!(auto["panels"][0]["query_panel"]["query_style"], "graph", "the default style");
    assert_eq!(auto["panels"][0]["query_panel"]["dataset"], ds);
    assert!(auto.get("layout_generation").is_none(), "layout_generation is write-only");
    assert!(auto["links"]["board_url"].as_str().unwrap().ends_with(auto["id"].as_str().unwrap()));

    // A manual layout keeps its positions (two columns), fills a zero size, and places the rest below.
    let manual = ok(
        "POST",
        "/1/boards",
        json!({"name":"Two columns","type":"flexible","layout_generation":"manual","panels":[
        {"type":"query","query_panel":{"query_id": q, "query_annotation_id": a,"query_style":"table"},"position":{"x_coordinate":0,"y_coordinate":0,"width":6,"height":5}},
        {"type":"slo","slo_panel":{"slo_id": slo_id},"position":{"x_coordinate":6,"y_coordinate":0,"width":0,"height":0}},
        {"type":"text","text_panel":{"content":"below"}}],
        "tags":[{"key":"team","value":"web"}],"preset_filters":[{"column":"service.name","alias":"Service"}]}),
        201,
    );
    let positions: Vec<Value> = manual["panels"].as_array().unwrap().iter().map(|p| p["position"].clone()).collect();
    assert_eq!(
        positions,
        [
            json!({"x_coordinate":0,"y_coordinate":0,"width":6,"height":5}),
            json!({"x_coordinate":6,"y_coordinate":0,"width":3,"height":4}),
            json!({"x_coordinate":0,"y_coordinate":5,"width":12,"height":3}),
        ]
    );
    // `auto` lays out even placed panels.
    let forced = ok(
        "POST",
        "/1/boards",
        json!({"name":"Forced","type":"flexible","layout_generation":"auto","panels":[
        {"type":"text","text_panel":{"content":"x"},"position":{"x_coordinate":6,"y_coordinate":6,"width":6,"height":6}}]}),
        201,
    );
    assert_eq!(forced["panels"][0]["position"], json!({"x_coordinate":0,"y_coordinate":0,"width":12,"height":3}));

    // References must exist and agree.
    let panel = |p: Value| json!({"name":"x","type":"flexible","panels":[p]});
    refused(
        "POST",
        "/1/boards",
        panel(json!({"type":"query","query_panel":{"query_id": other_q, "query_annotation_id": a}})),
        422,
        "panels[0].query_panel.query_annotation_id",
        "must apply",
    );
    refused(
        "POST",
        "/1/boards",
        panel(json!({"type":"query","query_panel":{"query_id":"nope","query_annotation_id": a}})),
        422,
        "panels[0].query_panel.query_id",
        "no query",
    );
    refused("POST", "/1/boards", panel(json!({"type":"slo","slo_panel":{"slo_id":"nope"}})), 422, "panels[0].slo_panel.slo_id", "no SLO");
    refused(
        "POST",
        "/1/boards",
        panel(json!({"type":"text","text_panel":{"content":"x"},"position":{"x_coordinate":1}})),
        422,
        "panels[0].position",
        "both",
    );
    schema_rule(
        "POST",
        "/1/boards",
        json!({"name":"x","type":"flexible","preset_filters":[{"column":"a","alias":"a"},{"column":"b","alias":"b"},{"column":"c","alias":"c"},{"column":"d","alias":"d"},{"column":"e","alias":"e"},{"column":"f","alias":"f"}]}),
        "preset_filters",
        "more than 5",
    );
    schema_rule(
        "POST",
        "/1/boards",
        panel(
            json!({"type":"query","query_panel":{"query_id": q,"query_annotation_id": a,"visualization_settings":{"charts":[{"thresholds":[{"value":1,"color":"pink","operation":"gt","line_style":"solid"}]}]}}}),
        ),
        "panels[0].query_panel.visualization_settings.charts[0].thresholds[0].color",
        "allowed values",
    );
    // Prism refuses a board type other than flexible (the spec's enum).
    assert!(answered_by_prism(&h().v1("POST", "/1/boards", &h().config_key(), Some(json!({"name":"x","type":"classic"})))));

    // PUT without preset_filters keeps them; [] clears them.
    let id = manual["id"].as_str().unwrap();
    let kept = ok("PUT", &format!("/1/boards/{id}"), json!({"name":"Renamed","type":"flexible","panels":[]}), 200);
    assert_eq!(
        (kept["name"].clone(), kept["preset_filters"].clone(), kept["tags"].clone()),
        (json!("Renamed"), json!([{"column":"service.name","alias":"Service"}]), json!([]))
    );
    let cleared = ok("PUT", &format!("/1/boards/{id}"), json!({"name":"Renamed","type":"flexible","preset_filters":[]}), 200);
    assert_eq!(cleared["preset_filters"], json!([]));
    assert!(call("GET", "/1/boards", None).1.as_array().unwrap().iter().any(|b| b["id"] == id));

    // Views.
    let views = format!("/1/boards/{id}/views");
    let v = ok("POST", &views, json!({"name":"Errors","filters":[{"column":"error","operation":"=","value":true}]}), 201);
    refused("POST", &views, json!({"name":"Errors","filters":[{"column":"error","operation":"exists"}]}), 409, "", "already has a view");
    refused("POST", &views, json!({"name":"x","filters":[{"column":"a","operation":"in","value":"b"}]}), 422, "filters[0].value", "array");
    refused(
        "POST",
        &views,
        json!({"name":"x","filters":[{"column":"a","operation":"exists","value":1}]}),
        422,
        "filters[0].value",
        "takes no value",
    );
    assert!(answered_by_prism(&h().v1("POST", &views, &h().config_key(), Some(json!({"name":"x","filters":[]})))), "minItems 1");
    for i in 1..50 {
        ok("POST", &views, json!({"name": format!("v{i}"),"filters":[{"column":"a","operation":"exists"}]}), 201);
    }
    refused("POST", &views, json!({"name":"v51","filters":[{"column":"a","operation":"exists"}]}), 422, "name", "at most 50 views");
    let vid = v["id"].as_str().unwrap();
    let put =
        ok("PUT", &format!("{views}/{vid}"), json!({"name":"Slow","filters":[{"column":"duration_ms","operation":">","value":1000}]}), 200);
    assert_eq!(put["filters"][0]["value"], 1000);
    assert_eq!(call("GET", &format!("{views}/{vid}"), None).1["name"], "Slow");
    assert_eq!(call("GET", &views, None).1.as_array().unwrap().len(), 50);
    assert_eq!(call("DELETE", &format!("{views}/{vid}"), None).0, 204);
    assert_eq!(call("DELETE", &format!("/1/boards/{id}"), None).0, 204);
    assert_eq!(call("GET", &format!("/1/boards/{id}"), None).0, 404);

    // A calculated field a board's query uses cannot be deleted.
    let cf = calculated_field(ds, "board.cf", "1");
    let q2 = query(ds, json!({"calculations":[{"op":"SUM","column":"board.cf"}]}));
    let a2 = annotation(ds, &q2, "Sum");
    ok("POST", "/1/boards", panel(json!({"type":"query","query_panel":{"query_id": q2, "query_annotation_id": a2}})), 201);
    refused("DELETE", &format!("/1/derived_columns/{ds}/{cf}"), json!(null), 409, "", "used by the board");
}

#[test]
fn marker_settings() {
    let ds = "ms-ds";
    event(ds, json!({"x": 1}));
    let path = format!("/1/marker_settings/{ds}");
    let created = ok("POST", &path, json!({"type":"deploy","color":"#F96E11"}), 201);
    assert_eq!(created["updated_at"], Value::Null);
    let id = created["id"].as_str().unwrap();
    refused("POST", &path, json!({"type":"deploy","color":"#000000"}), 422, "type", "already has a setting");
    refused("POST", &path, json!({"type":"other","color":"orange"}), 422, "color", "#F96E11");
    let updated = ok("PUT", &format!("{path}/{id}"), json!({"type":"deploy","color":"#1fa297"}), 200);
    assert!(updated["updated_at"].is_string());
    refused("PUT", &format!("{path}/{id}"), json!({"type":"rollback","color":"#1fa297"}), 422, "type", "may not be changed");
    ok("POST", "/1/marker_settings/__all__", json!({"type":"deploy","color":"#ffffff"}), 201);
    assert_eq!(call("GET", &path, None).1.as_array().unwrap().len(), 1);
    let (status, deleted) = call("DELETE", &format!("{path}/{id}"), None);
    assert_eq!((status, deleted["color"].clone()), (200, json!("#1fa297")), "DELETE answers the deleted setting");
}

#[test]
fn permissions_are_checked_per_resource() {
    let env = h().server.credentials().default_environment().unwrap().id.clone();
    let r = h().v2(
        "POST",
        &format!("/2/teams/{}/api-keys", h().team()),
        Some(json!({"data":{"type":"api-keys","attributes":{"key_type":"configuration","name":"boards only","permissions":{"manage_boards":true}},
            "relationships":{"environment":{"data":{"id": env,"type":"environments"}}}}})),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let key = r.json()["data"]["attributes"]["secret"].as_str().unwrap().to_owned();
    assert_eq!(h().v1("GET", "/1/boards", &key, None).status, 200);
    for path in ["/1/triggers/__all__", "/1/slos/__all__", "/1/recipients", "/1/derived_columns/__all__", "/1/marker_settings/__all__"] {
        let r = h().v1("GET", path, &key, None);
        assert_eq!(r.status, 403, "{path}: {}", r.text());
        assert!(r.text().contains("permission"), "{path}: {}", r.text());
    }
}
