//! Every route the server serves, driven through `prism proxy --errors` with valid and invalid
//! requests: prism must never report a violation by the server (see `common::assert_contract`),
//! and the stateful behaviour must be Honeycomb's.

mod common;

use common::{Harness, answered_by_prism, test_config};
use cruddur_honeycomb_server::http_client;
use serde_json::{Value, json};
use std::sync::OnceLock;

fn h() -> &'static Harness {
    static HARNESS: OnceLock<Harness> = OnceLock::new();
    HARNESS.get_or_init(|| Harness::start(test_config()))
}

fn env_id() -> String {
    h().server.credentials().default_environment().unwrap().id.clone()
}

/// Creates a key through the v2 API; returns (id, X-Honeycomb-Team value).
fn create_key(kind: &str, name: &str, permissions: Value) -> (String, String) {
    let r = h().v2(
        "POST",
        &format!("/2/teams/{}/api-keys", h().team()),
        Some(json!({"data":{"type":"api-keys",
            "attributes":{"key_type":kind,"name":name,"permissions":permissions},
            "relationships":{"environment":{"data":{"id":env_id(),"type":"environments"}}}}})),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let data = &r.json()["data"];
    let id = data["id"].as_str().unwrap().to_owned();
    let secret = data["attributes"]["secret"].as_str().unwrap().to_owned();
    let header = if kind == "ingest" { format!("{id}{secret}") } else { secret };
    (id, header)
}

fn send_event(dataset: &str, event: Value) {
    let r = h().v1("POST", &format!("/1/events/{dataset}"), &h().ingest_key(), Some(event));
    assert_eq!(r.status, 200, "{}", r.text());
}

#[test]
fn v1_auth_reports_key_type_permissions_environment_and_team() {
    let r = h().v1("GET", "/1/auth", &h().config_key(), None);
    assert_eq!(r.status, 200);
    let body = r.json();
    assert_eq!(body["type"], "configuration");
    assert_eq!(body["api_key_access"]["queries"], true);
    assert_eq!(body["environment"], json!({"name":"test","slug":"test"}));
    assert_eq!(body["team"]["slug"], "cruddur");
    assert!(r.header("ratelimit").unwrap().starts_with("limit="));

    let ingest = h().v1("GET", "/1/auth", &h().ingest_key(), None).json();
    assert_eq!(ingest["type"], "ingest");
    assert_eq!(ingest["api_key_access"], json!({"createDatasets": true}));

    let bad = h().v1("GET", "/1/auth", "not-a-key", None);
    assert_eq!(bad.status, 401);
    assert_eq!(bad.json()["error"], "unknown API key - check your credentials");
    // The ingest key's ID alone (without its secret) is not a key.
    let id_only = &h().ingest_key()[..32];
    assert_eq!(h().v1("GET", "/1/auth", id_only, None).status, 401);
}

#[test]
fn datasets_create_is_idempotent_and_delete_respects_protection() {
    let key = h().config_key();
    let r = h().v1("POST", "/1/datasets", &key, Some(json!({"name":"My Dataset!","description":"d"})));
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["slug"], "my-dataset-");
    assert_eq!(r.json()["last_written_at"], Value::Null);
    let again = h().v1("POST", "/1/datasets", &key, Some(json!({"name":"My Dataset!"})));
    assert_eq!(again.status, 200);
    let list = h().v1("GET", "/1/datasets", &key, None).json();
    assert!(list.as_array().unwrap().iter().any(|d| d["slug"] == "my-dataset-"));
    assert_eq!(h().v1("GET", "/1/datasets/my-dataset-", &key, None).json()["description"], "d");

    let missing = h().v1("GET", "/1/datasets/nope", &key, None);
    assert_eq!((missing.status, missing.json()["error"].clone()), (404, json!("dataset not found")));
    // Prism rejects a schema violation itself; the server rejects a blank name.
    let invalid = h().v1("POST", "/1/datasets", &key, Some(json!({"name":"x","expand_json_depth":99})));
    assert_eq!(invalid.status, 422);
    assert!(answered_by_prism(&invalid));
    let blank = h().v1("POST", "/1/datasets", &key, Some(json!({"name":"   "})));
    assert_eq!(blank.status, 422);
    assert_eq!(blank.header("content-type"), Some("application/problem+json"));
    assert_eq!(blank.json()["type_detail"][0]["field"], "name");
    // An ingest key cannot use the configuration API.
    assert_eq!(h().v1("GET", "/1/datasets", &h().ingest_key(), None).status, 401);

    let put = h().v1(
        "PUT",
        "/1/datasets/my-dataset-",
        &key,
        Some(json!({"description":"new","expand_json_depth":2,"settings":{"delete_protected":true}})),
    );
    assert_eq!(put.status, 200);
    assert_eq!(put.json()["settings"]["delete_protected"], true);
    let protected = h().v1("DELETE", "/1/datasets/my-dataset-", &key, None);
    assert_eq!(protected.status, 409);
    assert!(protected.json()["error"].as_str().unwrap().contains("delete protected"));
    h().v1(
        "PUT",
        "/1/datasets/my-dataset-",
        &key,
        Some(json!({"description":"","expand_json_depth":0,"settings":{"delete_protected":false}})),
    );
    assert_eq!(h().v1("DELETE", "/1/datasets/my-dataset-", &key, None).status, 202);
    assert_eq!(h().v1("GET", "/1/datasets/my-dataset-", &key, None).status, 404);
}

#[test]
fn columns_appear_as_events_write_them_and_can_be_managed() {
    let key = h().config_key();
    send_event("col-ds", json!({"endpoint":"/home","duration_ms":12.5,"status":200,"ok":true}));
    let batch = h().v1(
        "POST",
        "/1/batch/col-ds",
        &h().ingest_key(),
        Some(json!([{"data":{"endpoint":"/x","extra":"y"},"time":"2026-01-02T15:04:05.99Z"},{"data":{"endpoint":"/y"}}])),
    );
    assert_eq!(batch.status, 200);
    assert_eq!(batch.json(), json!([{"status":202},{"status":202}]));
    // An empty event is refused per event (prism would reject it before the server, so direct).
    let direct = http_client::send_json(
        "POST",
        &format!("{}/1/batch/col-ds", h().server.url()),
        &[("X-Honeycomb-Team", h().ingest_key().as_str())],
        &json!([{"data":{"a":1}},{"data":{}}]),
    )
    .unwrap();
    assert_eq!(direct.json(), json!([{"status":202},{"status":400,"error":"Request body should not be empty."}]));

    let cols = h().v1("GET", "/1/columns/col-ds", &key, None).json();
    let types: Vec<(String, String)> = cols
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["key_name"].as_str().unwrap().to_owned(), c["type"].as_str().unwrap().to_owned()))
        .collect();
    for want in [("endpoint", "string"), ("duration_ms", "float"), ("status", "integer"), ("ok", "boolean"), ("extra", "string")] {
        assert!(types.contains(&(want.0.into(), want.1.into())), "{want:?} in {types:?}");
    }
    let one = h().v1("GET", "/1/columns/col-ds?key_name=endpoint", &key, None);
    assert_eq!(one.json()["key_name"], "endpoint");
    assert_eq!(h().v1("GET", "/1/columns/col-ds?key_name=nope", &key, None).status, 404);
    let all = h().v1("GET", "/1/columns/__all__", &key, None).json();
    assert!(all.as_array().unwrap().iter().any(|c| c["key_name"] == "endpoint"));

    let created = h().v1("POST", "/1/columns/col-ds", &key, Some(json!({"key_name":"declared","type":"integer","description":"x"})));
    assert_eq!(created.status, 201, "{}", created.text());
    let id = created.json()["id"].as_str().unwrap().to_owned();
    assert_eq!(h().v1("POST", "/1/columns/col-ds", &key, Some(json!({"key_name":"declared"}))).status, 409);
    assert_eq!(h().v1("GET", &format!("/1/columns/col-ds/{id}"), &key, None).json()["type"], "integer");
    let put = h().v1("PUT", &format!("/1/columns/col-ds/{id}"), &key, Some(json!({"description":"y","hidden":true})));
    assert_eq!(put.json()["hidden"], true);
    assert_eq!(h().v1("DELETE", &format!("/1/columns/col-ds/{id}"), &key, None).status, 204);
    assert_eq!(h().v1("GET", &format!("/1/columns/col-ds/{id}"), &key, None).status, 404);
}

#[test]
fn queries_and_query_results_run_asynchronously() {
    let key = h().config_key();
    for (user, d) in [("u1", 10.0), ("u1", 20.0), ("u2", 5.0)] {
        send_event("q-ds", json!({"app.user_id": user, "duration_ms": d}));
    }
    let spec = json!({"calculations":[{"op":"COUNT"},{"op":"MAX","column":"duration_ms"}],"breakdowns":["app.user_id"],
                      "orders":[{"op":"COUNT","order":"descending"}],"time_range":3600});
    let q = h().v1("POST", "/1/queries/q-ds", &key, Some(spec.clone()));
    assert_eq!(q.status, 200);
    let qid = q.json()["id"].as_str().unwrap().to_owned();
    let mut echoed = q.json();
    echoed.as_object_mut().unwrap().remove("id");
    assert_eq!(echoed, spec, "the spec comes back as sent, without invented defaults");
    assert_eq!(h().v1("GET", &format!("/1/queries/q-ds/{qid}"), &key, None).json()["id"], qid);
    assert_eq!(h().v1("GET", "/1/queries/q-ds/nope", &key, None).status, 404);
    let bad_op = h().v1("POST", "/1/queries/q-ds", &key, Some(json!({"calculations":[{"op":"P98"}]})));
    assert_eq!(bad_op.status, 422);
    let no_column = h().v1("POST", "/1/queries/q-ds", &key, Some(json!({"calculations":[{"op":"P99"}]})));
    assert_eq!(no_column.status, 422);
    assert!(!answered_by_prism(&no_column));

    let r = h().v1("POST", "/1/query_results/q-ds", &key, Some(json!({"query_id": qid, "disable_series": false})));
    assert_eq!(r.status, 201);
    assert_eq!(r.json()["complete"], false);
    let rid = r.json()["id"].as_str().unwrap().to_owned();
    assert!(r.header("location").unwrap().ends_with(&format!("/1/query_results/q-ds/{rid}")));
    let done = common::poll_result(h(), "q-ds", &rid);
    let rows = done["data"]["results"].as_array().unwrap();
    // (Prism re-serializes numbers: 20.0 arrives as 20, so compare as numbers.)
    let row = |i: usize| {
        let d = &rows[i]["data"];
        (d["app.user_id"].clone(), d["COUNT"].as_u64(), d["MAX(duration_ms)"].as_f64())
    };
    assert_eq!(row(0), (json!("u1"), Some(2), Some(20.0)));
    assert_eq!(row(1), (json!("u2"), Some(1), Some(5.0)));
    assert!(!done["data"]["series"].as_array().unwrap().is_empty());

    assert_eq!(h().v1("GET", "/1/query_results/q-ds/nope", &key, None).status, 404);
    assert_eq!(h().v1("POST", "/1/query_results/q-ds", &key, Some(json!({"query_id":"nope"}))).status, 404);
    // Beyond the 7-day window: 400.
    let old = h().v1("POST", "/1/queries/q-ds", &key, Some(json!({"time_range": 8 * 86400}))).json();
    let r = h().v1("POST", "/1/query_results/q-ds", &key, Some(json!({"query_id": old["id"]})));
    assert_eq!(r.status, 400, "{}", r.text());
    // An unsupported op fails the run: 200, complete, error instead of data.
    let conc = h().v1("POST", "/1/queries/q-ds", &key, Some(json!({"calculations":[{"op":"CONCURRENCY"}]}))).json();
    let r = h().v1("POST", "/1/query_results/q-ds", &key, Some(json!({"query_id": conc["id"]}))).json();
    let failed = common::poll_result(h(), "q-ds", r["id"].as_str().unwrap());
    assert!(failed["error"].as_str().unwrap().contains("CONCURRENCY"));
    assert!(failed.get("data").is_none());
    // An ingest key cannot run queries.
    assert_eq!(h().v1("POST", "/1/query_results/q-ds", &h().ingest_key(), Some(json!({"query_id": qid}))).status, 401);
}

#[test]
fn configuration_key_without_run_queries_cannot_run_queries() {
    let (_, limited) = create_key("configuration", "no queries", json!({"manage_columns": true}));
    send_event("perm-ds", json!({"a": 1}));
    let q = h().v1("POST", "/1/queries/perm-ds", &limited, Some(json!({"calculations":[{"op":"COUNT"}]})));
    assert_eq!(q.status, 200);
    let r = h().v1("POST", "/1/query_results/perm-ds", &limited, Some(json!({"query_id": q.json()["id"]})));
    assert_eq!(r.status, 403, "{}", r.text());
    let d = h().v1("POST", "/1/datasets", &limited, Some(json!({"name":"forbidden"})));
    assert_eq!(d.status, 403);
}

#[test]
fn query_annotations_crud() {
    let key = h().config_key();
    send_event("ann-ds", json!({"a": 1}));
    let q = h().v1("POST", "/1/queries/ann-ds", &key, Some(json!({"calculations":[{"op":"COUNT"}]}))).json();
    let created = h().v1("POST", "/1/query_annotations/ann-ds", &key, Some(json!({"name":"Count","description":"all","query_id":q["id"]})));
    assert_eq!(created.status, 201, "{}", created.text());
    let a = created.json();
    assert_eq!(a["source"], "query");
    let id = a["id"].as_str().unwrap();
    let bad = h().v1("POST", "/1/query_annotations/ann-ds", &key, Some(json!({"name":"x","query_id":"nope"})));
    assert_eq!((bad.status, bad.json()["error"].clone()), (400, json!("Query ID included in body is invalid")));
    let list = h().v1("GET", "/1/query_annotations/ann-ds", &key, None).json();
    assert_eq!(list.as_array().unwrap().len(), 1);
    let put = h().v1("PUT", &format!("/1/query_annotations/ann-ds/{id}"), &key, Some(json!({"name":"Renamed","query_id":q["id"]})));
    assert_eq!(put.json()["name"], "Renamed");
    assert_eq!(put.json()["description"], "");
    let q2 = h().v1("POST", "/1/queries/ann-ds", &key, Some(json!({}))).json();
    let change = h().v1("PUT", &format!("/1/query_annotations/ann-ds/{id}"), &key, Some(json!({"name":"x","query_id":q2["id"]})));
    assert_eq!(change.status, 400);
    assert_eq!(h().v1("GET", &format!("/1/query_annotations/ann-ds/{id}"), &key, None).json()["name"], "Renamed");
    assert_eq!(h().v1("DELETE", &format!("/1/query_annotations/ann-ds/{id}"), &key, None).status, 204);
    assert_eq!(h().v1("GET", &format!("/1/query_annotations/ann-ds/{id}"), &key, None).status, 404);
}

#[test]
fn markers_crud() {
    let key = h().config_key();
    send_event("mk-ds", json!({"a": 1}));
    let m = h().v1("POST", "/1/markers/mk-ds", &key, Some(json!({"message":"deploy 42","type":"deploy","url":"https://x"})));
    assert_eq!(m.status, 201);
    let m = m.json();
    assert!(m["start_time"].as_i64().unwrap() > 1_700_000_000);
    let id = m["id"].as_str().unwrap();
    let env_wide = h().v1("POST", "/1/markers/__all__", &key, Some(json!({"message":"env","start_time":1700000000})));
    assert_eq!(env_wide.status, 201);
    assert_eq!(h().v1("GET", "/1/markers/mk-ds", &key, None).json().as_array().unwrap().len(), 1);
    let put = h().v1("PUT", &format!("/1/markers/mk-ds/{id}"), &key, Some(json!({"message":"deploy 43","start_time":1700000001})));
    assert_eq!(put.json()["message"], "deploy 43");
    assert!(put.json().get("type").is_none(), "PUT erases omitted fields");
    let del = h().v1("DELETE", &format!("/1/markers/mk-ds/{id}"), &key, None);
    assert_eq!((del.status, del.json()["id"].clone()), (200, json!(id)));
    assert_eq!(h().v1("DELETE", &format!("/1/markers/mk-ds/{id}"), &key, None).status, 404);
    assert_eq!(h().v1("GET", "/1/markers/mk-ds", &h().ingest_key(), None).status, 401);
}

#[test]
fn v2_auth_and_environments() {
    let team = h().team();
    let auth = h().v2("GET", "/2/auth", None);
    assert_eq!(auth.status, 200);
    let body = auth.json();
    assert_eq!(body["data"]["attributes"]["key_type"], "management");
    assert_eq!(body["included"][0]["attributes"]["slug"], team);
    let bad = h().v2_with("GET", "/2/auth", "Bearer nope:nope", None);
    assert_eq!(bad.status, 401);
    assert_eq!(bad.json()["errors"][0]["code"], "unauthenticated/invalid-key");

    let base = format!("/2/teams/{team}/environments");
    for name in ["env-a", "env-b", "env-c"] {
        let r = h().v2("POST", &base, Some(json!({"data":{"type":"environments","attributes":{"name":name,"color":"green"}}})));
        assert_eq!(r.status, 201, "{}", r.text());
        assert_eq!(r.json()["data"]["attributes"]["settings"]["delete_protected"], true);
    }
    let dup = h().v2("POST", &base, Some(json!({"data":{"type":"environments","attributes":{"name":"ENV-A"}}})));
    assert_eq!(dup.status, 409);
    assert_eq!(dup.header("content-type"), Some("application/vnd.api+json"));

    // Cursor paging: follow links.next to the end.
    let mut names = Vec::new();
    let mut next = Some(format!("{base}?page[size]=2"));
    while let Some(url) = next {
        let page = h().v2("GET", &url, None).json();
        assert!(page["data"].as_array().unwrap().len() <= 2);
        names.extend(page["data"].as_array().unwrap().iter().map(|e| e["attributes"]["name"].as_str().unwrap().to_owned()));
        next = page["links"]["next"].as_str().map(str::to_owned);
    }
    assert!(["test", "env-a", "env-b", "env-c"].iter().all(|n| names.contains(&n.to_string())), "{names:?}");
    assert_eq!(h().v2("GET", &format!("{base}?page[size]=500"), None).status, 400);

    let list = h().v2("GET", &format!("{base}?page[size]=100"), None).json();
    let env = list["data"].as_array().unwrap().iter().find(|e| e["attributes"]["name"] == "env-c").unwrap().clone();
    let id = env["id"].as_str().unwrap();
    assert_eq!(h().v2("GET", &format!("{base}/{id}"), None).json()["data"]["attributes"]["slug"], "env-c");
    let protected = h().v2("DELETE", &format!("{base}/{id}"), None);
    assert_eq!(protected.status, 409);
    let rename =
        h().v2("PATCH", &format!("{base}/{id}"), Some(json!({"data":{"id":id,"type":"environments","attributes":{"name":"other"}}})));
    assert_eq!(rename.status, 422);
    let patch = h().v2(
        "PATCH",
        &format!("{base}/{id}"),
        Some(json!({"data":{"id":id,"type":"environments",
        "attributes":{"description":"bye","color":"red","settings":{"delete_protected":false}}}})),
    );
    assert_eq!(patch.status, 200, "{}", patch.text());
    assert_eq!(patch.json()["data"]["attributes"]["color"], "red");
    assert_eq!(h().v2("DELETE", &format!("{base}/{id}"), None).status, 204);
    assert_eq!(h().v2("GET", &format!("{base}/{id}"), None).status, 404);
    assert_eq!(h().v2("GET", "/2/teams/other-team/environments", None).status, 404);

    // JSON:API only: plain JSON is 415 (prism forwards it; the server refuses it).
    let url = format!("{}{base}", h().prism.url());
    let bearer = format!("Bearer {}", h().server.credentials().management_bearer());
    let r = http_client::send_json(
        "POST",
        &url,
        &[("Authorization", bearer.as_str()), ("Accept", "application/vnd.api+json")],
        &json!({"data":{"type":"environments","attributes":{"name":"plain"}}}),
    )
    .unwrap();
    assert_eq!(r.status, 415);
    common::assert_contract("POST", &base, &r);
}

#[test]
fn v2_api_keys_secret_once_and_usable_on_v1() {
    let team = h().team();
    let base = format!("/2/teams/{team}/api-keys");
    let (ingest_id, ingest_header) = create_key("ingest", "new ingest", json!({"create_datasets": true}));
    let (config_id, config_header) = create_key("configuration", "new config", json!({"run_queries": true, "manage_columns": true}));
    assert!(ingest_id.starts_with("hcxik_") && config_id.starts_with("hcxlk_"));
    assert_eq!(h().v1("GET", "/1/auth", &ingest_header, None).json()["id"], ingest_id);
    assert_eq!(h().v1("GET", "/1/auth", &config_header, None).json()["api_key_access"]["queries"], true);

    let got = h().v2("GET", &format!("{base}/{config_id}"), None).json();
    assert!(got["data"]["attributes"].get("secret").is_none(), "the secret is shown only at creation");
    assert_eq!(got["data"]["relationships"]["environment"]["data"]["id"], env_id());
    let ingest_only = h().v2("GET", &format!("{base}?filter[type]=ingest&page[size]=100"), None).json();
    assert!(ingest_only["data"].as_array().unwrap().iter().all(|k| k["attributes"]["key_type"] == "ingest"));
    assert!(ingest_only["data"].as_array().unwrap().iter().any(|k| k["id"] == ingest_id));

    let bad = h().v2(
        "POST",
        &base,
        Some(json!({"data":{"type":"api-keys",
        "attributes":{"key_type":"ingest","name":"x","permissions":{"run_queries":true}},
        "relationships":{"environment":{"data":{"id":env_id(),"type":"environments"}}}}})),
    );
    assert_eq!(bad.status, 422);
    let nowhere = h().v2(
        "POST",
        &base,
        Some(json!({"data":{"type":"api-keys",
        "attributes":{"key_type":"configuration","name":"x"},
        "relationships":{"environment":{"data":{"id":"hcxen_nope","type":"environments"}}}}})),
    );
    assert_eq!(nowhere.status, 404);

    let patch = h().v2(
        "PATCH",
        &format!("{base}/{config_id}"),
        Some(json!({"data":{"id":config_id,"type":"api-keys",
        "attributes":{"permissions":{"run_queries":false}}}})),
    );
    assert_eq!(patch.status, 200, "{}", patch.text());
    let perms = &patch.json()["data"]["attributes"]["permissions"];
    assert_eq!((perms["run_queries"].clone(), perms["manage_columns"].clone()), (json!(false), json!(true)));
    let disable = h().v2(
        "PATCH",
        &format!("{base}/{ingest_id}"),
        Some(json!({"data":{"id":ingest_id,"type":"api-keys",
        "attributes":{"disabled":true}}})),
    );
    assert_eq!(disable.status, 200, "{}", disable.text());
    assert_eq!(h().v1("GET", "/1/auth", &ingest_header, None).status, 401);
    assert_eq!(h().v2("DELETE", &format!("{base}/{config_id}"), None).status, 204);
    assert_eq!(h().v2("GET", &format!("{base}/{config_id}"), None).status, 404);
    assert_eq!(h().v1("GET", "/1/auth", &config_header, None).status, 401);
}

#[test]
fn every_served_operation_is_in_the_spec() {
    let served = [
        "GET /1/auth",
        "GET /1/datasets",
        "POST /1/datasets",
        "GET /1/datasets/{datasetSlug}",
        "PUT /1/datasets/{datasetSlug}",
        "DELETE /1/datasets/{datasetSlug}",
        "GET /1/columns/{datasetSlug}",
        "POST /1/columns/{datasetSlug}",
        "GET /1/columns/{datasetSlug}/{columnId}",
        "PUT /1/columns/{datasetSlug}/{columnId}",
        "DELETE /1/columns/{datasetSlug}/{columnId}",
        "POST /1/queries/{datasetSlug}",
        "GET /1/queries/{datasetSlug}/{queryId}",
        "POST /1/query_results/{datasetSlug}",
        "GET /1/query_results/{datasetSlug}/{queryResultId}",
        "GET /1/query_annotations/{datasetSlug}",
        "POST /1/query_annotations/{datasetSlug}",
        "GET /1/query_annotations/{datasetSlug}/{queryAnnotationId}",
        "PUT /1/query_annotations/{datasetSlug}/{queryAnnotationId}",
        "DELETE /1/query_annotations/{datasetSlug}/{queryAnnotationId}",
        "GET /1/markers/{datasetSlug}",
        "POST /1/markers/{datasetSlug}",
        "PUT /1/markers/{datasetSlug}/{markerId}",
        "DELETE /1/markers/{datasetSlug}/{markerId}",
        "GET /1/marker_settings/{datasetSlug}",
        "POST /1/marker_settings/{datasetSlug}",
        "PUT /1/marker_settings/{datasetSlug}/{markerSettingId}",
        "DELETE /1/marker_settings/{datasetSlug}/{markerSettingId}",
        "GET /1/derived_columns/{datasetSlug}",
        "POST /1/derived_columns/{datasetSlug}",
        "GET /1/derived_columns/{datasetSlug}/{derivedColumnId}",
        "PUT /1/derived_columns/{datasetSlug}/{derivedColumnId}",
        "DELETE /1/derived_columns/{datasetSlug}/{derivedColumnId}",
        "GET /1/recipients",
        "POST /1/recipients",
        "GET /1/recipients/{recipientId}",
        "PUT /1/recipients/{recipientId}",
        "DELETE /1/recipients/{recipientId}",
        "GET /1/recipients/{recipientId}/triggers",
        "GET /1/triggers/{datasetSlug}",
        "POST /1/triggers/{datasetSlug}",
        "GET /1/triggers/{datasetSlug}/{triggerId}",
        "PUT /1/triggers/{datasetSlug}/{triggerId}",
        "DELETE /1/triggers/{datasetSlug}/{triggerId}",
        "GET /1/slos/{datasetSlug}",
        "POST /1/slos/{datasetSlug}",
        "GET /1/slos/{datasetSlug}/{sloId}",
        "PUT /1/slos/{datasetSlug}/{sloId}",
        "DELETE /1/slos/{datasetSlug}/{sloId}",
        "GET /1/burn_alerts/{datasetSlug}",
        "POST /1/burn_alerts/{datasetSlug}",
        "GET /1/burn_alerts/{datasetSlug}/{burnAlertId}",
        "PUT /1/burn_alerts/{datasetSlug}/{burnAlertId}",
        "DELETE /1/burn_alerts/{datasetSlug}/{burnAlertId}",
        "GET /1/boards",
        "POST /1/boards",
        "GET /1/boards/{boardId}",
        "PUT /1/boards/{boardId}",
        "DELETE /1/boards/{boardId}",
        "GET /1/boards/{boardId}/views",
        "POST /1/boards/{boardId}/views",
        "GET /1/boards/{boardId}/views/{viewId}",
        "PUT /1/boards/{boardId}/views/{viewId}",
        "DELETE /1/boards/{boardId}/views/{viewId}",
        "POST /1/events/{datasetSlug}",
        "POST /1/batch/{datasetSlug}",
        "GET /2/auth",
        "GET /2/teams/{teamSlug}/environments",
        "POST /2/teams/{teamSlug}/environments",
        "GET /2/teams/{teamSlug}/environments/{ID}",
        "PATCH /2/teams/{teamSlug}/environments/{ID}",
        "DELETE /2/teams/{teamSlug}/environments/{ID}",
        "GET /2/teams/{teamSlug}/api-keys",
        "POST /2/teams/{teamSlug}/api-keys",
        "GET /2/teams/{teamSlug}/api-keys/{ID}",
        "PATCH /2/teams/{teamSlug}/api-keys/{ID}",
        "DELETE /2/teams/{teamSlug}/api-keys/{ID}",
    ];
    for op in served {
        let (m, p) = op.split_once(' ').unwrap();
        assert!(cruddur_honeycomb_server::contract::has_operation(m, p), "{op}");
    }
}

#[test]
fn environment_wide_queries_span_every_dataset() {
    send_event("all-a", json!({"allmark": "a", "v": 1}));
    send_event("all-b", json!({"allmark": "b", "v": 2}));
    send_event("all-b", json!({"allmark": "b", "v": 3}));
    let result = h().run_query(
        "__all__",
        json!({"calculations":[{"op":"COUNT"},{"op":"SUM","column":"v"}],"breakdowns":["allmark"],
               "filters":[{"column":"allmark","op":"exists"}],"orders":[{"column":"allmark","order":"ascending"}]}),
    );
    let rows: Vec<(String, u64, i64)> = result["data"]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let d = &r["data"];
            (d["allmark"].as_str().unwrap().to_owned(), d["COUNT"].as_u64().unwrap(), d["SUM(v)"].as_i64().unwrap())
        })
        .collect();
    assert_eq!(rows, [("a".to_owned(), 1, 1), ("b".to_owned(), 2, 5)]);
}

#[test]
fn events_ingested_in_process_are_queryable() {
    let now = std::time::SystemTime::now();
    let events: Vec<_> =
        [("x", 1.0), ("x", 3.0), ("y", 2.0)].iter().map(|(u, d)| (now, json!({"app.user_id": u, "duration_ms": d}))).collect();
    h().server.ingest_events("test", "direct-ds", &events).unwrap();
    assert!(h().server.ingest_events("nope", "direct-ds", &events).is_err());
    let result = h().run_query(
        "direct-ds",
        json!({"calculations":[{"op":"AVG","column":"duration_ms"}],"breakdowns":["app.user_id"],
               "orders":[{"column":"app.user_id","order":"ascending"}]}),
    );
    let avgs: Vec<f64> =
        result["data"]["results"].as_array().unwrap().iter().map(|r| r["data"]["AVG(duration_ms)"].as_f64().unwrap()).collect();
    assert_eq!(avgs, [2.0, 2.0]);
}
