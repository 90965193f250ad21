//! Harness for the real OpenTelemetry Collector: our distribution (collector/, built into
//! .tools/otelcol-cruddur by scripts/setup), `validate` on a configuration, and a running collector on
//! free ports with a hermetic environment, ready when its health_check extension says so.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use tempfile::TempDir;

use crate::common::*;

/// `.tools/otelcol-cruddur/otelcol-cruddur`, or `CRUDDUR_OBS_OTELCOL`.
pub fn otelcol_binary() -> PathBuf {
    let path = std::env::var_os("CRUDDUR_OBS_OTELCOL")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join(".tools/otelcol-cruddur/otelcol-cruddur"));
    assert!(path.is_file(), "the collector is not at {}: run ./scripts/setup first", path.display());
    path
}

/// A port free at the time of asking (the collector binds it moments later).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The collector's command with nothing of the developer's environment but PATH.
fn hermetic(home: &Path, env: &[(&str, String)]) -> Command {
    let mut command = Command::new(otelcol_binary());
    command.env_clear();
    command.env("PATH", std::env::var_os("PATH").unwrap_or_default());
    command.env("HOME", home);
    command.env("AWS_EC2_METADATA_DISABLED", "true");
    command.env("AWS_CONFIG_FILE", home.join("no-aws-config"));
    command.env("AWS_SHARED_CREDENTIALS_FILE", home.join("no-aws-credentials"));
    for (name, value) in env {
        command.env(name, value);
    }
    command
}

/// `otelcol-cruddur validate --config A [--config B ...]`: loads the configuration, builds every
/// component, runs nothing.
pub fn validate(configs: &[&Path], env: &[(&str, String)]) -> Output {
    let home = tempfile::tempdir().unwrap();
    let mut command = hermetic(home.path(), env);
    command.arg("validate");
    for config in configs {
        command.arg(format!("--config={}", config.display()));
    }
    command.output().unwrap()
}

/// What docker compose gives the generated `otel-collector` service (its `environment:`), with a key made at
/// run time and the test's AWS credentials: every variable any generated configuration references.
pub fn pipeline_env(honeycomb_key: &str) -> Vec<(&'static str, String)> {
    vec![
        ("HONEYCOMB_API_KEY", honeycomb_key.to_owned()),
        ("FRONTEND_ORIGIN", "http://localhost:3000".to_owned()),
        ("AWS_REGION", "us-east-1".to_owned()),
        ("AWS_ACCESS_KEY_ID", ACCESS_KEY_ID.to_owned()),
        ("AWS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY.to_owned()),
    ]
}

/// A running collector; killed when dropped.
pub struct Collector {
    child: Child,
    _home: TempDir,
    log: PathBuf,
    /// `http://127.0.0.1:PORT`: its OTLP/HTTP receiver.
    pub otlp_url: String,
}

impl Collector {
    /// Starts the collector on `configs` (merged in order, as `--config` does), with the OTLP/HTTP
    /// receiver and a health_check extension moved to free ports of 127.0.0.1 and its own metrics off (so
    /// collectors run side by side), plus `extensions` enabled, `sets` (`KEY=VALUE` for `--set`, e.g. an
    /// exporter's endpoint moved to a local server) and, when running as root, as the user `run_as` (uid,
    /// gid), as compose's `user:` runs it; returns once it reports healthy.
    pub fn start_with(
        configs: &[&Path],
        extensions: &[&str],
        env: &[(&str, String)],
        sets: &[String],
        run_as: Option<(u32, u32)>,
    ) -> Collector {
        let home = tempfile::tempdir().unwrap();
        let log = home.path().join("otelcol.log");
        let (otlp_port, health_port) = (free_port(), free_port());
        let mut command = hermetic(home.path(), env);
        for config in configs {
            command.arg(format!("--config={}", config.display()));
        }
        let mut enabled: Vec<&str> = extensions.to_vec();
        enabled.push("health_check");
        command
            .arg(format!("--set=receivers::otlp::protocols::http::endpoint=127.0.0.1:{otlp_port}"))
            .arg(format!("--set=extensions::health_check::endpoint=127.0.0.1:{health_port}"))
            .arg(format!("--set=service::extensions=[{}]", enabled.join(",")))
            .arg("--set=service::telemetry::metrics::level=none")
            .args(sets.iter().map(|set| format!("--set={set}")))
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&log).unwrap())
            .stderr(std::fs::File::create(home.path().join("otelcol.stderr")).unwrap());
        #[cfg(unix)]
        if let Some((uid, gid)) = run_as {
            use std::os::unix::fs::PermissionsExt;
            use std::os::unix::process::CommandExt;
            // Its home must be readable by that user (the AWS SDK looks there for config files).
            std::fs::set_permissions(home.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
            command.uid(uid).gid(gid);
        }
        #[cfg(not(unix))]
        let _ = run_as;
        let child = command.spawn().expect("the collector starts");
        let mut collector = Collector { child, _home: home, log, otlp_url: format!("http://127.0.0.1:{otlp_port}") };
        collector.wait_healthy(health_port);
        collector
    }

    fn wait_healthy(&mut self, port: u16) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("the collector exited ({status}) before it was healthy:\n{}", self.output());
            }
            // A parallel test's collector may hold the port we probed: its 200 proves nothing until
            // ours has said it started every component (it exits when a bind fails).
            if self.output().contains("Everything is ready") && http_get_status(port, "/") == Some(200) {
                return;
            }
            assert!(Instant::now() < deadline, "the collector was not healthy within 60 s:\n{}", self.output());
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// What the collector logged (zap writes to stderr).
    pub fn output(&self) -> String {
        let stderr = self.log.with_file_name("otelcol.stderr");
        format!("{}{}", std::fs::read_to_string(&self.log).unwrap_or_default(), std::fs::read_to_string(stderr).unwrap_or_default())
    }
}

impl Drop for Collector {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The status of `GET path` on 127.0.0.1:port, or None if nothing answers.
fn http_get_status(port: u16, path: &str) -> Option<u16> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    stream.write_all(format!("GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").as_bytes()).ok()?;
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).ok()?;
    std::str::from_utf8(&head[9..12]).ok()?.parse().ok()
}

/// Sends one backend trace (SERVER span, an internal child, a failing CLIENT call) with the real
/// OpenTelemetry Python SDK to `endpoint`; returns its W3C trace ID once the SDK's exporter reports
/// success.
pub fn send_python_trace(endpoint: &str, service: &str) -> String {
    let output = Command::new(venv_bin("python"))
        .arg(repo_root().join("tests/collector/send_trace.py"))
        .args([endpoint, service])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .output()
        .unwrap();
    assert!(output.status.success(), "send_trace.py: {}", String::from_utf8_lossy(&output.stderr));
    let sent: Value = serde_json::from_slice(output.stdout.trim_ascii()).unwrap();
    assert_eq!(sent["exported"], true, "the SDK's export to {endpoint} failed: {}", String::from_utf8_lossy(&output.stderr));
    sent["trace_id"].as_str().unwrap().to_owned()
}

/// Polls `cruddur-obs query recent-traces` (through prism) until the trace shows with `service` as its
/// root's service (spans arrive in batches, so a row can show before its root's columns do); returns it.
pub fn honeycomb_trace_row(env: &TestEnv, honeycomb: &Honeycomb, trace_id: &str, service: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let output = env.honeycomb(honeycomb).args(["query", "recent-traces", "-d", "__all__", "-o", "json"]).output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let rows: Value = serde_json::from_slice(&output.stdout).unwrap();
        if let Some(row) = rows.as_array().unwrap().iter().find(|row| row["trace_id"] == trace_id && row["service"] == service) {
            return row.clone();
        }
        assert!(Instant::now() < deadline, "trace {trace_id} never reached Honeycomb: {rows}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// X-Ray's form of a W3C trace ID.
pub fn xray_trace_id(w3c: &str) -> String {
    format!("1-{}-{}", &w3c[..8], &w3c[8..])
}

/// Polls `aws xray batch-get-traces` (the real aws CLI, signed) until the trace is there with `spans`
/// spans (segments and their nested subsegments: spans arrive in batches); returns it.
pub fn xray_trace(env: &TestEnv, xray: &XrayServer, w3c_trace_id: &str, spans: usize) -> Value {
    fn count(document: &Value) -> usize {
        1 + document["subsegments"].as_array().map_or(0, |children| children.iter().map(count).sum())
    }
    let id = xray_trace_id(w3c_trace_id);
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let output = run_ok(env.aws(xray).args(["xray", "batch-get-traces", "--trace-ids", &id]));
        let answer: Value = serde_json::from_str(&output).unwrap();
        if let Some(trace) = answer["Traces"].as_array().and_then(|traces| traces.first()) {
            let documents = trace["Segments"]
                .as_array()
                .unwrap()
                .iter()
                .map(|segment| serde_json::from_str::<Value>(segment["Document"].as_str().unwrap()).unwrap());
            if documents.map(|document| count(&document)).sum::<usize>() >= spans {
                return trace.clone();
            }
        }
        assert!(Instant::now() < deadline, "trace {id} never reached X-Ray: {answer}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The X-Ray server as AWS would be for the collector: it knows the test's credentials and verifies
/// every signature.
pub fn start_verifying_xray() -> XrayServer {
    XrayServer::start(XrayConfig {
        credentials: cruddur_xray_server::Credentials::new(ACCESS_KEY_ID, SECRET_ACCESS_KEY),
        verify_signatures: true,
        ..XrayConfig::default()
    })
    .expect("the local X-Ray server starts")
}

/// Signs what it relays: X-Ray API calls arrive unsigned on a local port (as an application's X-Ray
/// sampler sends them to the collector's `awsproxy` extension or the X-Ray daemon, by default
/// 127.0.0.1:2000), leave signed with SigV4 for `xray` with the given credentials, and the answer comes
/// back as it was.
///
/// Why ours and not the collector's: `awsproxy` (and the `internal/aws/proxy` module it is built on) is
/// not served by the Go module proxy this project builds from, at any version, so our distribution
/// cannot include it. This relay does what that extension does for these calls (re-sign and forward),
/// no more, so that the real sampler can be tested against a server that verifies every signature.
pub struct SigningRelay {
    port: u16,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl SigningRelay {
    pub fn start(target: &XrayServer, access_key_id: &str, secret_access_key: &str, region: &str) -> SigningRelay {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (target, key, secret, region) = (target.url(), access_key_id.to_owned(), secret_access_key.to_owned(), region.to_owned());
        let stopped = std::sync::Arc::clone(&stop);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopped.load(std::sync::atomic::Ordering::Relaxed) {
                    return;
                }
                let Ok(stream) = stream else { continue };
                let (target, key, secret, region) = (target.clone(), key.clone(), secret.clone(), region.clone());
                std::thread::spawn(move || relay_one(stream, &target, &key, &secret, &region));
            }
        });
        SigningRelay { port, stop }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for SigningRelay {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        // Wakes the accept loop so that it sees the flag.
        let _ = std::net::TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// One request: read it, sign it, send it on, copy the answer back, close.
fn relay_one(mut client: std::net::TcpStream, target: &str, key: &str, secret: &str, region: &str) {
    use std::io::{BufRead, BufReader, Read, Write};
    let mut reader = BufReader::new(client.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
        return;
    }
    let mut parts = request_line.split_whitespace();
    let (method, path) = (parts.next().unwrap_or("POST").to_owned(), parts.next().unwrap_or("/").to_owned());
    let mut content_type = None;
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            match name.trim().to_ascii_lowercase().as_str() {
                "content-length" => length = value.trim().parse().unwrap_or(0),
                "content-type" => content_type = Some(value.trim().to_owned()),
                _ => {}
            }
        }
    }
    let mut body = vec![0u8; length];
    reader.read_exact(&mut body).unwrap();

    let host = target.trim_start_matches("http://");
    let mut headers: Vec<(String, String)> = content_type.into_iter().map(|value| ("content-type".to_owned(), value)).collect();
    headers.extend(sign_for_xray(&method, &format!("{target}{path}"), &headers, &body, key, secret, region));
    let mut upstream = std::net::TcpStream::connect(host).unwrap();
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (name, value) in &headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    upstream.write_all(head.as_bytes()).unwrap();
    upstream.write_all(&body).unwrap();
    let mut answer = Vec::new();
    upstream.read_to_end(&mut answer).unwrap();
    let _ = client.write_all(&answer);
}

/// The SigV4 headers for a request to X-Ray, from AWS's own signer.
pub fn sign_for_xray(
    method: &str,
    url: &str,
    headers: &[(String, String)],
    body: &[u8],
    key: &str,
    secret: &str,
    region: &str,
) -> Vec<(String, String)> {
    use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
    let identity: aws_smithy_runtime_api::client::identity::Identity =
        aws_credential_types::Credentials::new(key, secret, None, None, "relay").into();
    let params = aws_sigv4::sign::v4::SigningParams::builder()
        .identity(&identity)
        .region(region)
        .name("xray")
        .time(std::time::SystemTime::now())
        .settings(SigningSettings::default())
        .build()
        .unwrap()
        .into();
    let signable =
        SignableRequest::new(method, url, headers.iter().map(|(name, value)| (name.as_str(), value.as_str())), SignableBody::Bytes(body))
            .unwrap();
    let (instructions, _) = sign(signable, &params).unwrap().into_parts();
    instructions.into_parts().0.into_iter().map(|header| (header.name().to_owned(), header.value().to_owned())).collect()
}
