//! The rest of week 2, as parts `init --with` adds beside Honeycomb: X-Ray (through the workspace's
//! OpenTelemetry Collector by default, [`super::collector`]; or the daemon and SDK the seeds used),
//! CloudWatch Logs through watchtower, Rollbar, and browser traces from the React frontend
//! ([`crate::workspace::frontend`]). Each part says what it needs per service (compose
//! variables, by `${VAR}` reference only), which packages, which new compose services and files; the
//! file edits in [`super::edits`] apply them with the same editors, so every part is idempotent and shown
//! by `--dry-run`.

use std::path::PathBuf;

use crate::workspace::Workspace;
use crate::workspace::frontend::{FrontendPart, Mode};

/// The parts `init --with` can set up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parts {
    pub honeycomb: bool,
    /// The observability file's starter (`observability.yaml` and its schema).
    pub board: bool,
    pub xray: Option<XrayPart>,
    pub cloudwatch: bool,
    pub rollbar: Option<RollbarPart>,
    pub frontend: Option<FrontendPart>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XrayPart {
    /// The sampling rule's name when `aws/json/xray.json` has to be written.
    pub rule_name: String,
    pub via: XrayVia,
    /// ADOT's X-Ray remote sampler asks this sampling proxy for the rules (`OTEL_TRACES_SAMPLER=xray`).
    pub sampling_endpoint: Option<String>,
    /// The workspace still runs the daemon or the SDK: on the OpenTelemetry path nothing is wired here
    /// (`xray migrate` does it).
    pub legacy: bool,
}

impl XrayPart {
    /// The OpenTelemetry path is to be wired in this run.
    pub fn via_collector(&self) -> bool {
        self.via == XrayVia::Collector && !self.legacy
    }

    /// The seeds' daemon path.
    pub fn via_daemon(&self) -> bool {
        self.via == XrayVia::Daemon
    }
}

/// How spans reach X-Ray (`--xray-via`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum XrayVia {
    /// The app's OpenTelemetry SDK sends to the workspace's collector, which sends to X-Ray's OTLP endpoint
    /// (SigV4) and to Honeycomb
    Collector,
    /// The X-Ray SDK and the xray-daemon service, as the seeds did: AWS ends their support on 2027-02-25
    Daemon,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RollbarPart {
    /// The access token for `.env` and `gp env` (`None`: compose still references it).
    pub token: Option<String>,
}

pub const ROLLBAR_TOKEN_VAR: &str = "ROLLBAR_ACCESS_TOKEN";
pub const XRAY_DAEMON: &str = "xray-daemon";
pub const XRAY_RULES_PATH: &str = "aws/json/xray.json";
/// The variables AWS's distribution of OpenTelemetry (ADOT) reads for its X-Ray remote sampler.
pub const SAMPLER_VAR: &str = "OTEL_TRACES_SAMPLER";
pub const SAMPLER_ARG_VAR: &str = "OTEL_TRACES_SAMPLER_ARG";
/// ADOT for Python: its `AwsXRayRemoteSampler` applies X-Ray's sampling rules.
pub const ADOT_PACKAGE: &str = "aws-opentelemetry-distro";

/// The X-Ray daemon as the seeds run it: credentials and region by reference, listening on UDP 2000.
pub const XRAY_DAEMON_SERVICE: &str = r#"image: "amazon/aws-xray-daemon"
environment:
  AWS_ACCESS_KEY_ID: "${AWS_ACCESS_KEY_ID}"
  AWS_SECRET_ACCESS_KEY: "${AWS_SECRET_ACCESS_KEY}"
  AWS_REGION: "${AWS_DEFAULT_REGION}"
command:
  - "xray -o -b xray-daemon:2000"
ports:
  - "2000:2000/udp"
"#;

impl Parts {
    /// Compose variables for an instrumented service, beyond Honeycomb's.
    pub fn service_vars(&self, workspace: &Workspace) -> Vec<(String, String)> {
        let mut vars = Vec::new();
        let daemon = self.xray.as_ref().is_some_and(XrayPart::via_daemon);
        if daemon {
            // The seeds' pattern: traces from the backend's public Gitpod URL; anywhere else, all hosts.
            let url = if workspace.gitpod.is_some() { "*4567-${GITPOD_WORKSPACE_ID}.${GITPOD_WORKSPACE_CLUSTER_HOST}*" } else { "*" };
            vars.push(("AWS_XRAY_URL".to_owned(), url.to_owned()));
            vars.push(("AWS_XRAY_DAEMON_ADDRESS".to_owned(), format!("{XRAY_DAEMON}:2000")));
        }
        if let Some(endpoint) = self.xray.as_ref().filter(|xray| xray.via_collector()).and_then(|xray| xray.sampling_endpoint.as_deref()) {
            vars.push((SAMPLER_VAR.to_owned(), "xray".to_owned()));
            vars.push((SAMPLER_ARG_VAR.to_owned(), format!("endpoint={}", endpoint.trim_end_matches('/'))));
        }
        // The daemon's SDK and watchtower sign with the app's credentials; on the OpenTelemetry path only the
        // collector holds them.
        if self.cloudwatch || daemon {
            for name in ["AWS_DEFAULT_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"] {
                vars.push((name.to_owned(), format!("${{{name}}}")));
            }
        }
        if self.rollbar.is_some() {
            vars.push((ROLLBAR_TOKEN_VAR.to_owned(), format!("${{{ROLLBAR_TOKEN_VAR}}}")));
        }
        vars
    }

    /// Packages for the instrumented services' requirements.txt, beyond OpenTelemetry's.
    pub fn packages(&self) -> Vec<&'static str> {
        let mut packages = Vec::new();
        match &self.xray {
            Some(xray) if xray.via_daemon() => packages.push("aws-xray-sdk"),
            Some(xray) if xray.via_collector() && xray.sampling_endpoint.is_some() => packages.push(ADOT_PACKAGE),
            _ => {}
        }
        if self.cloudwatch {
            packages.push("watchtower");
        }
        if self.rollbar.is_some() {
            packages.extend(["rollbar", "blinker"]);
        }
        packages
    }

    /// Secrets for `.env` (and `gp env`).
    pub fn secrets(&self) -> Vec<(&'static str, String)> {
        self.rollbar.iter().filter_map(|rollbar| rollbar.token.clone()).map(|token| (ROLLBAR_TOKEN_VAR, token)).collect()
    }

    /// Compose services to add when missing, `(name, settings)`: the daemon on its path (the collector is
    /// planned on its own, [`super::collector`]).
    pub fn compose_services(&self) -> Vec<(&'static str, String)> {
        let mut services = Vec::new();
        if self.xray.as_ref().is_some_and(XrayPart::via_daemon) {
            services.push((XRAY_DAEMON, XRAY_DAEMON_SERVICE.to_owned()));
        }
        services
    }

    /// The browser sends through the workspace's collector.
    pub fn browser_via_collector(&self) -> bool {
        self.frontend.as_ref().is_some_and(|part| part.mode == Mode::Collector)
    }

    /// X-Ray through the collector is wired in this run.
    pub fn xray_via_collector(&self) -> bool {
        self.xray.as_ref().is_some_and(XrayPart::via_collector)
    }

    /// With `board`, new files (only where none exists): `observability.yaml`, the Cruddur starter for
    /// `dataset` (the first instrumented service's), and `observability.schema.json` beside it for editors;
    /// each with what it is for.
    pub fn board_files(&self, workspace: &Workspace, dataset: &str) -> Vec<(PathBuf, String, &'static str)> {
        let path = workspace.root.join(crate::declare::file::DEFAULT_FILE);
        if !self.board || path.exists() {
            return Vec::new();
        }
        let mut files = vec![(path, crate::declare::starter(dataset), "observability as code: `cruddur-obs plan`, then `apply`")];
        let schema = workspace.root.join(crate::declare::SCHEMA_FILE);
        if !schema.exists() {
            files.push((schema, crate::declare::SCHEMA.to_owned(), "observability.yaml's JSON Schema, for editors"));
        }
        files
    }

    /// New files (only where none exists): `aws/json/xray.json`, a rule for `service_name` (the name X-Ray
    /// knows the first instrumented service by), when the workspace has no rule file anywhere.
    pub fn new_files(&self, workspace: &Workspace, service_name: &str) -> Vec<(PathBuf, String)> {
        let Some(xray) = &self.xray else { return Vec::new() };
        if !workspace.xray_rules.is_empty() {
            return Vec::new();
        }
        let rule = serde_json::json!({ "SamplingRule": {
            "RuleName": xray.rule_name, "ResourceARN": "*", "Priority": 9000, "FixedRate": 0.1, "ReservoirSize": 5,
            "ServiceName": service_name, "ServiceType": "*", "Host": "*", "HTTPMethod": "*", "URLPath": "*", "Version": 1 } });
        let mut text = serde_json::to_string_pretty(&rule).expect("a rule serializes");
        text.push('\n');
        vec![(workspace.root.join(XRAY_RULES_PATH), text)]
    }
}
