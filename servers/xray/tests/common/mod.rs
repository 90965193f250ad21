//! Helpers shared by the integration tests: a minimal HTTP/1.1 client over `std::net::TcpStream` (so the
//! tests need no HTTP client dependency) and checks that answers have the shapes AWS's model declares.

// Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use cruddur_xray_server::model::Model;
use cruddur_xray_server::{Config, XrayServer};
use serde_json::Value;

/// Any SigV4-looking header passes: the server checks the scheme, not the signature.
pub const SIGV4_AUTHORIZATION: &str = "AWS4-HMAC-SHA256 Credential=testing/20261122/us-east-1/xray/aws4_request, \
     SignedHeaders=host;x-amz-date, Signature=0000000000000000000000000000000000000000000000000000000000000000";

/// Guards against a hung server turning into a hung test run; never reached when things work.
const SOCKET_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value.as_str())
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|error| panic!("response is not JSON ({error}): {}", self.body))
    }

    /// `(error code, message)` of an AWS error answer, after checking it has every part the SDKs read.
    pub fn aws_error(&self) -> (String, String) {
        let body = self.json();
        let code = body["__type"].as_str().unwrap_or_else(|| panic!("no __type in {}", self.body)).to_owned();
        let message = body["message"].as_str().unwrap_or_else(|| panic!("no message in {}", self.body)).to_owned();
        assert_eq!(self.header("x-amzn-ErrorType"), Some(code.as_str()), "error type header");
        assert!(self.header("x-amzn-RequestId").is_some(), "request id header");
        assert_eq!(self.header("content-type"), Some("application/json"));
        (code, message)
    }
}

pub fn start(config: Config) -> XrayServer {
    XrayServer::start(config).expect("server starts")
}

pub fn start_default() -> XrayServer {
    start(Config::default())
}

/// `host:port` of a server URL such as `http://127.0.0.1:4567`.
pub fn authority(url: &str) -> &str {
    url.strip_prefix("http://").expect("http URL").trim_end_matches('/')
}

/// Opens a fresh connection and writes one request on it.
fn send_request(url: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> io::Result<TcpStream> {
    let host = authority(url);
    let mut stream = TcpStream::connect(host)?;
    stream.set_read_timeout(Some(SOCKET_TIMEOUT))?;
    stream.set_write_timeout(Some(SOCKET_TIMEOUT))?;
    let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes())?;
    Ok(stream)
}

/// Sends one request on a fresh connection and returns the raw answer (empty if the server closed the
/// connection without answering).
pub fn send_raw(url: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> io::Result<Vec<u8>> {
    let mut stream = send_request(url, method, path, headers, body)?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer)?;
    Ok(answer)
}

/// Like [`send_raw`], but keeps whatever arrived before the connection ended, however it ended (a
/// reset mid-body included).
pub fn send_partial(url: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> Vec<u8> {
    let mut stream = send_request(url, method, path, headers, body).expect("the request is sent");
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    while let Ok(n @ 1..) = stream.read(&mut buffer) {
        received.extend_from_slice(&buffer[..n]);
    }
    received
}

pub fn parse_response(raw: &[u8]) -> HttpResponse {
    let text = String::from_utf8(raw.to_vec()).expect("UTF-8 response");
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or_else(|| panic!("incomplete response: {text:?}"));
    let mut lines = head.split("\r\n");
    let status_line = lines.next().expect("status line");
    let status = status_line.split(' ').nth(1).and_then(|code| code.parse().ok()).expect("status code");
    let headers: Vec<(String, String)> =
        lines.filter_map(|line| line.split_once(':')).map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned())).collect();
    let response = HttpResponse { status, headers, body: body.to_owned() };
    assert!(response.header("transfer-encoding").is_none(), "this helper reads only Content-Length bodies");
    response
}

pub fn request(url: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> HttpResponse {
    let raw = send_raw(url, method, path, headers, body).expect("request sent and answered");
    parse_response(&raw)
}

/// A signed rest-json call, as the SDKs make it.
pub fn call(server: &XrayServer, path: &str, body: &Value) -> HttpResponse {
    call_raw(server, path, &body.to_string())
}

pub fn call_raw(server: &XrayServer, path: &str, body: &str) -> HttpResponse {
    let headers = [("Authorization", SIGV4_AUTHORIZATION), ("Content-Type", "application/json")];
    request(&server.url(), "POST", path, &headers, body)
}

/// A successful call's output, checked against the operation's output shape in AWS's model.
pub fn call_ok(server: &XrayServer, operation: &str, body: &Value) -> Value {
    let model = Model::embedded().expect("model");
    let op = model.operation(operation).unwrap_or_else(|| panic!("no operation {operation}"));
    let response = call(server, &op.request_uri, body);
    assert_eq!(response.status, 200, "{operation} failed: {}", response.body);
    assert!(response.header("x-amzn-RequestId").is_some(), "request id header");
    let output = response.json();
    assert_output_shape(operation, &output);
    output
}

/// A failed call's `(status, error code, message)`.
pub fn call_err(server: &XrayServer, operation: &str, body: &Value) -> (u16, String, String) {
    let model = Model::embedded().expect("model");
    let op = model.operation(operation).unwrap_or_else(|| panic!("no operation {operation}"));
    let response = call(server, &op.request_uri, body);
    assert_ne!(response.status, 200, "{operation} unexpectedly succeeded: {}", response.body);
    let (code, message) = response.aws_error();
    (response.status, code, message)
}

/// Fails unless `output` has exactly the members and JSON types of the operation's output shape.
pub fn assert_output_shape(operation: &str, output: &Value) {
    let model = Model::embedded().expect("model");
    let shape = model.operation(operation).and_then(|op| op.output_shape.clone()).expect("output shape");
    if let Err(problem) = model.check_form(&shape, output) {
        panic!("{operation} output does not match {shape}: {problem}\n{output:#}");
    }
}

/// The sampling rule the bootcamp seeds create (this crate's copy of a workspace fixture).
pub fn fixture_rule_request() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/xray.json");
    let text = std::fs::read_to_string(path).expect("fixture");
    serde_json::from_str(&text).expect("fixture is JSON")
}

pub fn fixture_path() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/xray.json").to_owned()
}

/// A valid CreateSamplingRule request for a rule named `name` at `priority`.
pub fn rule_request(name: &str, priority: i64) -> Value {
    let mut request = fixture_rule_request();
    request["SamplingRule"]["RuleName"] = Value::from(name);
    request["SamplingRule"]["Priority"] = Value::from(priority);
    request
}

/// Names of every rule, following NextToken the way clients do.
pub fn all_rule_names(server: &XrayServer) -> (Vec<String>, usize) {
    let mut names = Vec::new();
    let mut token: Option<String> = None;
    let mut pages = 0;
    loop {
        let body = match &token {
            Some(token) => serde_json::json!({ "NextToken": token }),
            None => serde_json::json!({}),
        };
        let output = call_ok(server, "GetSamplingRules", &body);
        pages += 1;
        for record in output["SamplingRuleRecords"].as_array().expect("records") {
            names.push(record["SamplingRule"]["RuleName"].as_str().expect("name").to_owned());
        }
        match output.get("NextToken").and_then(Value::as_str) {
            Some(next) => token = Some(next.to_owned()),
            None => return (names, pages),
        }
    }
}

/// Sends `body` (any bytes) and parses the answer.
pub fn request_bytes(url: &str, method: &str, path: &str, headers: &[(String, String)], body: &[u8]) -> HttpResponse {
    let host = authority(url);
    let mut stream = TcpStream::connect(host).expect("connects");
    stream.set_read_timeout(Some(SOCKET_TIMEOUT)).expect("timeout");
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).expect("head sent");
    stream.write_all(body).expect("body sent");
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).expect("answer read");
    parse_response(&answer)
}

/// How a test request is signed: AWS's own signer (`aws_sigv4::http_request::sign`) with these values.
#[derive(Clone)]
pub struct Signer {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub region: String,
    pub service: String,
    pub time: std::time::SystemTime,
}

impl Default for Signer {
    /// What the server accepts by default: `testing`/`testing`, us-east-1, xray, now.
    fn default() -> Self {
        Signer {
            access_key_id: "testing".into(),
            secret_access_key: "testing".into(),
            region: "us-east-1".into(),
            service: "xray".into(),
            time: std::time::SystemTime::now(),
        }
    }
}

impl Signer {
    /// The headers to add so that `method url` with these headers and body is signed.
    pub fn sign(&self, method: &str, url: &str, headers: &[(String, String)], body: &[u8]) -> Vec<(String, String)> {
        use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
        let credentials = aws_credential_types::Credentials::new(&self.access_key_id, &self.secret_access_key, None, None, "test");
        let identity: aws_smithy_runtime_api::client::identity::Identity = credentials.into();
        let params = aws_sigv4::sign::v4::SigningParams::builder()
            .identity(&identity)
            .region(&self.region)
            .name(&self.service)
            .time(self.time)
            .settings(SigningSettings::default())
            .build()
            .expect("signing params")
            .into();
        let signable = SignableRequest::new(
            method,
            url,
            headers.iter().map(|(name, value)| (name.as_str(), value.as_str())),
            SignableBody::Bytes(body),
        )
        .expect("signable request");
        let (instructions, _) = sign(signable, &params).expect("signed").into_parts();
        let (added, _) = instructions.into_parts();
        added.into_iter().map(|header| (header.name().to_owned(), header.value().to_owned())).collect()
    }
}

/// A signed POST of `body` to `path` with `headers`: what the collector's sigv4auth + otlphttp send.
pub fn signed_post(server: &XrayServer, signer: &Signer, path: &str, headers: &[(&str, &str)], body: &[u8]) -> HttpResponse {
    let url = format!("{}{path}", server.url());
    let mut all: Vec<(String, String)> = headers.iter().map(|(name, value)| (name.to_string(), value.to_string())).collect();
    let added = signer.sign("POST", &url, &all, body);
    all.extend(added);
    request_bytes(&server.url(), "POST", path, &all, body)
}
