//! The rest of week 2, as parts `init --with` adds beside Honeycomb: the X-Ray daemon and SDK wiring,
//! CloudWatch Logs through watchtower, Rollbar, and browser traces from the React frontend
//! ([`crate::workspace::frontend`]). Each part says what it needs per service (compose
//! variables, by `${VAR}` reference only), which packages, which new compose services and files; the
//! file edits in [`super::edits`] apply them with the same editors, so every part is idempotent and shown
//! by `--dry-run`.

use std::path::PathBuf;

use crate::workspace::Workspace;
use crate::workspace::frontend::{self, FrontendPart, Mode};

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
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RollbarPart {
    /// The access token for `.env` and `gp env` (`None`: compose still references it).
    pub token: Option<String>,
}

pub const ROLLBAR_TOKEN_VAR: &str = "ROLLBAR_ACCESS_TOKEN";
pub const XRAY_DAEMON: &str = "xray-daemon";
pub const XRAY_RULES_PATH: &str = "aws/json/xray.json";

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
        if self.xray.is_some() {
            // The seeds' pattern: traces from the backend's public Gitpod URL; anywhere else, all hosts.
            let url = if workspace.gitpod.is_some() { "*4567-${GITPOD_WORKSPACE_ID}.${GITPOD_WORKSPACE_CLUSTER_HOST}*" } else { "*" };
            vars.push(("AWS_XRAY_URL".to_owned(), url.to_owned()));
            vars.push(("AWS_XRAY_DAEMON_ADDRESS".to_owned(), format!("{XRAY_DAEMON}:2000")));
        }
        if self.cloudwatch || self.xray.is_some() {
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
        if self.xray.is_some() {
            packages.push("aws-xray-sdk");
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

    /// Compose services to add when missing: `(name, settings)`. `frontend_origin`: where the browser
    /// runs, as this compose file writes it (the collector's CORS allows it).
    pub fn compose_services(&self, frontend_origin: &str) -> Vec<(&'static str, String)> {
        let mut services = Vec::new();
        if self.xray.is_some() {
            services.push((XRAY_DAEMON, XRAY_DAEMON_SERVICE.to_owned()));
        }
        if self.frontend.as_ref().is_some_and(|part| part.mode == Mode::Collector) {
            services.push((frontend::COLLECTOR_SERVICE, frontend::collector_service(frontend_origin)));
        }
        services
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
