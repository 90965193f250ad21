//! The test harness: a hermetic environment per test (temporary HOME and config directory, dummy AWS
//! credentials, no EC2 metadata service, nothing read from the developer's ~/.aws) and helpers to run
//! the binary and the aws CLI against the local servers.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
pub use cruddur_xray_server::{Config as XrayConfig, XrayServer};
use tempfile::TempDir;

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The binary under test: this build's, or `CRUDDUR_OBS_TEST_BINARY` (to run a test against another
/// build, e.g. main's, and see it fail there).
pub fn binary() -> PathBuf {
    std::env::var_os("CRUDDUR_OBS_TEST_BINARY").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(assert_cmd::cargo_bin!("cruddur-obs")))
}

/// A file under tests/fixtures/workspaces (the real bootcamp repos).
pub fn workspace_fixture(relative: &str) -> PathBuf {
    repo_root().join("tests/fixtures/workspaces").join(relative)
}

/// Every sampling-rule file in the fixtures, as `(label, path)`.
pub fn xray_rule_fixtures() -> Vec<(String, PathBuf)> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.file_name().is_some_and(|name| name == "xray.json") {
                found.push(path);
            }
        }
    }
    let base = repo_root().join("tests/fixtures/workspaces");
    let mut found = Vec::new();
    walk(&base, &mut found);
    found.sort();
    found.into_iter().map(|path| (path.strip_prefix(&base).unwrap().display().to_string(), path)).collect()
}

/// The Python venv that scripts/setup makes (aws CLI, OpenTelemetry SDK).
pub fn venv_bin(name: &str) -> PathBuf {
    let venv = std::env::var_os("CRUDDUR_OBS_VENV").map(PathBuf::from).unwrap_or_else(|| repo_root().join(".venv"));
    let path = venv.join("bin").join(name);
    assert!(path.exists(), "{} is missing: run ./scripts/setup first", path.display());
    path
}

pub struct TestEnv {
    pub home: TempDir,
    pub work: TempDir,
}

pub const ACCESS_KEY_ID: &str = "AKIDTESTEXAMPLE";
pub const SECRET_ACCESS_KEY: &str = "test-secret-access-key";

impl TestEnv {
    pub fn new() -> TestEnv {
        TestEnv { home: tempfile::tempdir().unwrap(), work: tempfile::tempdir().unwrap() }
    }

    pub fn work_path(&self, relative: &str) -> PathBuf {
        self.work.path().join(relative)
    }

    fn hermetic(&self, command: &mut std::process::Command) {
        command.env_clear();
        command.env("PATH", std::env::var_os("PATH").unwrap_or_default());
        command.env("HOME", self.home.path());
        command.env("XDG_CONFIG_HOME", self.home.path().join(".config"));
        command.env("CRUDDUR_OBS_CONFIG_DIR", self.home.path().join("cruddur-obs-config"));
        command.env("TMPDIR", std::env::temp_dir());
        command.env("NO_COLOR", "1");
        command.env("COLUMNS", "200");
        command.env("AWS_ACCESS_KEY_ID", ACCESS_KEY_ID);
        command.env("AWS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY);
        command.env("AWS_REGION", "us-east-1");
        command.env("AWS_DEFAULT_REGION", "us-east-1");
        command.env("AWS_EC2_METADATA_DISABLED", "true");
        command.env("AWS_CONFIG_FILE", self.home.path().join("no-aws-config"));
        command.env("AWS_SHARED_CREDENTIALS_FILE", self.home.path().join("no-aws-credentials"));
        command.current_dir(self.work.path());
    }

    /// `cruddur-obs` with the hermetic environment, as a process to spawn (a command that keeps running).
    pub fn process(&self) -> std::process::Command {
        let mut command = std::process::Command::new(assert_cmd::cargo_bin!("cruddur-obs"));
        self.hermetic(&mut command);
        command
    }

    /// `cruddur-obs` with the hermetic environment and no server.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// [`TestEnv::cmd`] as a std command (to spawn and watch, or to wrap in a pty or strace).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut command = std::process::Command::new(binary());
        self.hermetic(&mut command);
        command
    }

    /// `wrapper ... cruddur-obs` (pty_drive.py, strace) with the hermetic environment.
    pub fn wrapped(&self, wrapper: &Path, wrapper_args: &[&str]) -> std::process::Command {
        let mut command = std::process::Command::new(wrapper);
        self.hermetic(&mut command);
        command.args(wrapper_args).arg(binary());
        command
    }

    /// `cruddur-obs` pointed at a local X-Ray server through AWS_ENDPOINT_URL, as a user would.
    pub fn xray(&self, server: &XrayServer) -> Command {
        let mut command = self.cmd();
        command.env("AWS_ENDPOINT_URL", server.url());
        command
    }

    /// The real aws CLI (v1, the seeds' tool) against the same server.
    pub fn aws(&self, server: &XrayServer) -> std::process::Command {
        let mut command = std::process::Command::new(venv_bin("aws"));
        self.hermetic(&mut command);
        command.env("AWS_ENDPOINT_URL", server.url());
        command.env("AWS_PAGER", "");
        command
    }
}

pub fn start_xray() -> XrayServer {
    XrayServer::start(XrayConfig { page_size: 3, ..XrayConfig::default() }).expect("the local X-Ray server starts")
}

/// moto's server from the venv (scripts/setup installs it): a local CloudWatch Logs. Its recorder writes
/// every request it answers to a file, so a test can see which calls the CLI made.
pub struct MotoServer {
    child: std::process::Child,
    port: u16,
    dir: TempDir,
}

impl MotoServer {
    /// Starts moto on a free port and returns once it answers HTTP (polling, no fixed sleep).
    pub fn start() -> MotoServer {
        MotoServer::start_with(&[])
    }

    /// [`MotoServer::start`] with moto settings in its environment (`INITIAL_NO_AUTH_ACTION_COUNT=0`
    /// makes it check credentials like AWS).
    pub fn start_with(settings: &[(&str, &str)]) -> MotoServer {
        use std::io::{Read, Write};
        use std::time::{Duration, Instant};
        let answers = |port: u16| -> bool {
            let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) else { return false };
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let mut head = [0u8; 5];
            stream.write_all(b"GET /moto-api/ HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").is_ok()
                && stream.read_exact(&mut head).is_ok()
                && &head == b"HTTP/"
        };
        let dir = tempfile::tempdir().unwrap();
        // Another process can take the port between our probe and moto's bind: then moto exits, and we retry.
        for _ in 0..3 {
            let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
            let log = std::fs::File::create(dir.path().join("moto.log")).unwrap();
            let mut child = std::process::Command::new(venv_bin("moto_server"))
                .args(["-H", "127.0.0.1", "-p", &port.to_string()])
                .env("MOTO_ENABLE_RECORDING", "true")
                .env("MOTO_RECORDER_FILEPATH", dir.path().join("recording.jsonl"))
                .envs(settings.iter().copied())
                .current_dir(dir.path())
                .stdin(std::process::Stdio::null())
                .stdout(log.try_clone().unwrap())
                .stderr(log)
                .spawn()
                .expect("moto_server starts");
            let deadline = Instant::now() + Duration::from_secs(60);
            while child.try_wait().unwrap().is_none() {
                // Another test's moto may hold the port we probed: only ours logs that it runs there.
                let running = format!("Running on http://127.0.0.1:{port}");
                if std::fs::read_to_string(dir.path().join("moto.log")).is_ok_and(|log| log.contains(&running)) && answers(port) {
                    return MotoServer { child, port, dir };
                }
                if Instant::now() > deadline {
                    let _ = child.kill();
                    let _ = child.wait();
                    panic!("moto_server did not answer within 60 s: {}", std::fs::read_to_string(dir.path().join("moto.log")).unwrap());
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        panic!("moto_server exited at start three times: {}", std::fs::read_to_string(dir.path().join("moto.log")).unwrap());
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The AWS operations moto has answered so far, in order (`CreateLogGroup`, ...).
    pub fn calls(&self) -> Vec<String> {
        let recording = std::fs::read_to_string(self.dir.path().join("recording.jsonl")).unwrap_or_default();
        recording
            .lines()
            .filter_map(|line| {
                let entry: serde_json::Value = serde_json::from_str(line).unwrap();
                let headers = entry["headers"].as_object()?;
                let target = headers.iter().find(|(name, _)| name.eq_ignore_ascii_case("x-amz-target"))?.1.as_str()?;
                Some(target.rsplit('.').next().unwrap_or(target).to_owned())
            })
            .collect()
    }
}

impl Drop for MotoServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl TestEnv {
    /// `cruddur-obs` pointed at moto through AWS_ENDPOINT_URL, as a user would.
    pub fn moto(&self, moto: &MotoServer) -> Command {
        let mut command = self.cmd();
        command.env("AWS_ENDPOINT_URL", moto.url());
        command
    }

    /// The real aws CLI against moto.
    pub fn aws_moto(&self, moto: &MotoServer) -> std::process::Command {
        let mut command = std::process::Command::new(venv_bin("aws"));
        self.hermetic(&mut command);
        command.env("AWS_ENDPOINT_URL", moto.url());
        command.env("AWS_PAGER", "");
        command
    }
}

/// Runs a std command and returns stdout, failing the test with stderr when it fails.
pub fn run_ok(command: &mut std::process::Command) -> String {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{command:?} failed: {}\n{}",
        String::from_utf8_lossy(&output.stderr),
        String::from_utf8_lossy(&output.stdout)
    );
    String::from_utf8(output.stdout).unwrap()
}

pub fn stdout_json(assert: &assert_cmd::assert::Assert) -> serde_json::Value {
    serde_json::from_slice(&assert.get_output().stdout).expect("stdout is JSON")
}

pub fn stderr_text(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

pub use cruddur_honeycomb_server::Plan;
pub use cruddur_honeycomb_server::{Config as HoneycombConfig, Fault as HoneycombFault, FaultKind as HoneycombFaultKind, HoneycombServer};

/// The local Honeycomb server behind `prism proxy --errors` with Honeycomb's official spec: every request
/// the CLI makes and every answer it gets is checked against the published contract.
pub struct Honeycomb {
    pub server: HoneycombServer,
    pub prism: cruddur_honeycomb_server::prism::PrismProxy,
}

impl Honeycomb {
    /// The server with its team on `plan`: every Honeycomb test names the plan it means (Free and Pro
    /// have no Query Data API). Honeycomb's query restrictions beyond the 7 days and 10 runs a minute
    /// (time flooring, relational fields, the run limit) are off: see [`Honeycomb::strict`].
    pub fn start(plan: Plan) -> Honeycomb {
        Honeycomb::start_with(plan, HoneycombConfig::default())
    }

    /// As Honeycomb really answers: `plan`, and every Query Data restriction on (`--strict`).
    pub fn strict(plan: Plan) -> Honeycomb {
        Honeycomb::start_with(plan, HoneycombConfig { strict: true, ..HoneycombConfig::default() })
    }

    pub fn start_with(plan: Plan, config: HoneycombConfig) -> Honeycomb {
        let config = HoneycombConfig { seed: config.seed.with_plan(plan), ..config };
        let server = HoneycombServer::start(config).expect("the local Honeycomb server starts");
        let prism = cruddur_honeycomb_server::prism::PrismProxy::start(&server.url()).expect("prism starts (run ./scripts/setup first)");
        Honeycomb { server, prism }
    }

    pub fn url(&self) -> String {
        self.prism.url()
    }

    pub fn configuration_key(&self) -> String {
        self.server.credentials().default_environment().and_then(|env| env.configuration_key.clone()).expect("a seeded configuration key")
    }

    /// Every secret the server knows, for leak checks.
    pub fn secrets(&self) -> Vec<String> {
        let credentials = self.server.credentials();
        let mut secrets = vec![credentials.management_key_secret.clone()];
        for environment in &credentials.environments {
            for key in &environment.keys {
                secrets.push(key.secret.clone());
                secrets.push(key.header_value.clone());
            }
        }
        secrets
    }
}

impl TestEnv {
    /// `cruddur-obs` with the management key and the configuration key in the environment, through prism.
    pub fn honeycomb(&self, honeycomb: &Honeycomb) -> Command {
        let mut command = self.honeycomb_bare(honeycomb);
        let credentials = honeycomb.server.credentials();
        command.env("HONEYCOMB_KEY_ID", &credentials.management_key_id);
        command.env("HONEYCOMB_KEY_SECRET", &credentials.management_key_secret);
        command.env("HONEYCOMB_API_KEY", honeycomb.configuration_key());
        command
    }

    /// `cruddur-obs` pointed at the server through prism, with no keys.
    pub fn honeycomb_bare(&self, honeycomb: &Honeycomb) -> Command {
        let mut command = self.cmd();
        command.env("HONEYCOMB_API_ENDPOINT", honeycomb.url());
        command
    }

    pub fn config_file(&self) -> PathBuf {
        self.home.path().join("cruddur-obs-config").join("config.toml")
    }
}

/// A Honeycomb-key-shaped value made at run time (no key-like literal in the source): `prefix`, then
/// `marker`, padded with zeros to `len` characters.
pub fn fake_key(prefix: &str, marker: &str, len: usize) -> String {
    let mut key = format!("{prefix}{marker}");
    while key.len() < len {
        key.push('0');
    }
    key
}

/// Fails if any secret appears in the output.
pub fn assert_no_secrets(output: &std::process::Output, secrets: &[String], what: &str) {
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    for secret in secrets {
        assert!(!stdout.contains(secret.as_str()), "{what}: a secret is on stdout:\n{stdout}");
        assert!(!stderr.contains(secret.as_str()), "{what}: a secret is on stderr:\n{stderr}");
    }
}

/// Copies a fixture workspace (a directory under tests/fixtures/workspaces) into `dest`.
pub fn copy_workspace(relative: &str, dest: &Path) {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                if entry.file_name() != "_variants" {
                    copy(&entry.path(), &target);
                }
            } else {
                // Copy the bytes only: a fixture's mode (read-only in some checkouts) is not the test's.
                std::fs::write(&target, std::fs::read(entry.path()).unwrap()).unwrap();
            }
        }
    }
    copy(&workspace_fixture(relative), dest);
}

/// Every file under `dir` with its bytes and modification time, to prove a run wrote nothing.
pub fn snapshot(dir: &Path) -> std::collections::BTreeMap<PathBuf, (Vec<u8>, std::time::SystemTime)> {
    let mut files = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let metadata = std::fs::metadata(&path).unwrap();
                files.insert(path.clone(), (std::fs::read(&path).unwrap(), metadata.modified().unwrap()));
            }
        }
    }
    files
}

/// The directory holding the fake `gp`, to put first on PATH.
pub fn fakes_dir() -> PathBuf {
    repo_root().join("tests/fakes")
}
