//! The X-Ray daemon and the X-Ray SDK in a workspace, found on disk: what `xray migrate` takes to the
//! OpenTelemetry path, what `doctor` warns about, and what `init --with xray` leaves to `xray migrate`.
//! AWS put both in maintenance on 2026-02-25 and ends their support on [`END_OF_SUPPORT`] (X-Ray developer
//! guide, document history: "We recommend to migrate to OpenTelemetry").
//!
//! Only reads. Found: compose services running the daemon (with the AWS settings they were given), the
//! backends' daemon variables, `aws-xray-sdk` in requirements, and the lines of Python that use the SDK
//! (which the user removes: code is never edited).

use std::path::{Path, PathBuf};

use super::Workspace;
use super::collector::AwsVars;
use crate::edit::requirements;

/// When AWS stops supporting the X-Ray SDKs and daemon.
pub const END_OF_SUPPORT: &str = "2027-02-25";

/// The variables the X-Ray SDK reads, which mean nothing on the OpenTelemetry path.
pub const SDK_VARIABLES: [&str; 3] = ["AWS_XRAY_URL", "AWS_XRAY_DAEMON_ADDRESS", "AWS_XRAY_CONTEXT_MISSING"];

/// A compose service running the X-Ray daemon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DaemonService {
    pub compose: PathBuf,
    pub name: String,
    pub line: usize,
    /// Its AWS settings as the file writes them (`${VAR}` references or literal region); the seeds' defaults
    /// for any it lacks.
    pub aws: AwsVars,
}

/// A backend variable only the SDK reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SdkVariable {
    pub compose: PathBuf,
    pub service: String,
    pub name: String,
    pub line: usize,
}

/// `aws-xray-sdk` in a service's requirements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SdkRequirement {
    pub service: String,
    pub requirements: PathBuf,
    pub line: usize,
}

/// A line of Python that uses the SDK: to remove by hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeLine {
    pub service: String,
    pub path: PathBuf,
    pub line: usize,
    pub text: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct XrayLegacy {
    pub daemons: Vec<DaemonService>,
    pub variables: Vec<SdkVariable>,
    pub requirements: Vec<SdkRequirement>,
    pub code: Vec<CodeLine>,
}

impl XrayLegacy {
    /// Nothing of the daemon or the SDK is left.
    pub fn is_empty(&self) -> bool {
        self.daemons.is_empty() && self.variables.is_empty() && self.requirements.is_empty() && self.code.is_empty()
    }

    /// The AWS settings to give the collector: the (first) daemon's, else the seeds' references.
    pub fn aws(&self) -> AwsVars {
        self.daemons.first().map(|daemon| daemon.aws.clone()).unwrap_or_default()
    }

    /// Whether a service's Python code still imports the SDK.
    pub fn code_imports_sdk(&self, service: &str) -> bool {
        self.code.iter().any(|line| line.service == service && line.text.contains("aws_xray_sdk"))
    }
}

/// What marks the daemon: its images, or the name the seeds give it.
fn is_daemon(name: &str, image: Option<&str>) -> bool {
    let image = image.unwrap_or_default();
    image.starts_with("amazon/aws-xray-daemon")
        || image.contains("/aws-xray-daemon")
        || (image.is_empty() && matches!(name, "xray-daemon" | "xray_daemon"))
}

/// The Python lines that use the SDK: imports of `aws_xray_sdk`, `XRayMiddleware`, `xray_recorder` calls and
/// decorators, `patch_all()`, and reads of the SDK's `AWS_XRAY_*` variables. Comments are skipped.
pub fn sdk_lines(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            let code = line.trim_start();
            !code.starts_with('#')
                && (code.contains("aws_xray_sdk")
                    || code.contains("XRayMiddleware")
                    || code.contains("xray_recorder")
                    || code.contains("AWS_XRAY_")
                    || code.starts_with("patch_all(")
                    || code.contains(" patch_all("))
        })
        .map(|(index, line)| (index + 1, line.trim_end().to_owned()))
        .collect()
}

/// Python files under a service's build directory, in a stable order; virtualenvs, caches and dependencies
/// skipped.
fn python_files(dir: &Path, found: &mut Vec<PathBuf>, depth: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|entry| entry.path()).collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|name| name.to_str()).unwrap_or_default();
        if path.is_dir() {
            let skipped = name.starts_with('.') || matches!(name, "node_modules" | "__pycache__" | "venv" | "env" | "site-packages");
            if !skipped && depth < 6 {
                python_files(&path, found, depth + 1);
            }
        } else if name.ends_with(".py") {
            found.push(path);
        }
    }
}

impl Workspace {
    /// Everything of the X-Ray daemon and SDK the workspace still has.
    pub fn xray_legacy(&self) -> XrayLegacy {
        let mut legacy = XrayLegacy::default();
        for file in &self.compose_files {
            let document: yaml_serde::Value = yaml_serde::from_str(&file.text).unwrap_or_default();
            for service in &file.services {
                let settings = &document["services"][service.name.as_str()];
                if is_daemon(&service.name, settings["image"].as_str()) {
                    let var = |names: &[&str]| {
                        let environment = service.environment.as_ref()?;
                        names.iter().find_map(|name| environment.vars.get(*name).and_then(|var| var.value.clone()))
                    };
                    let defaults = AwsVars::default();
                    let aws = AwsVars {
                        region: var(&["AWS_REGION", "AWS_DEFAULT_REGION"]).unwrap_or(defaults.region),
                        access_key_id: var(&["AWS_ACCESS_KEY_ID"]).unwrap_or(defaults.access_key_id),
                        secret_access_key: var(&["AWS_SECRET_ACCESS_KEY"]).unwrap_or(defaults.secret_access_key),
                    };
                    legacy.daemons.push(DaemonService { compose: file.path.clone(), name: service.name.clone(), line: service.line, aws });
                    continue;
                }
                let Some(environment) = &service.environment else { continue };
                for name in SDK_VARIABLES {
                    if let Some(var) = environment.vars.get(name) {
                        legacy.variables.push(SdkVariable {
                            compose: file.path.clone(),
                            service: service.name.clone(),
                            name: name.to_owned(),
                            line: var.line,
                        });
                    }
                }
            }
        }
        for python in self.python_services() {
            let text = crate::fsio::read_workspace_file(&python.requirements).unwrap_or_default();
            for (line, name) in requirements::requirement_names(&text) {
                if name == "aws-xray-sdk" {
                    legacy.requirements.push(SdkRequirement {
                        service: python.name.clone(),
                        requirements: python.requirements.clone(),
                        line,
                    });
                }
            }
            let Some(dir) = python.requirements.parent() else { continue };
            let mut files = Vec::new();
            python_files(dir, &mut files, 0);
            for path in files {
                let Ok(text) = crate::fsio::read_workspace_file(&path) else { continue };
                for (line, text) in sdk_lines(&text) {
                    legacy.code.push(CodeLine { service: python.name.clone(), path: path.clone(), line, text });
                }
            }
        }
        legacy
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sdk_lines_are_found_and_comments_skipped() {
        let app = "from aws_xray_sdk.core import xray_recorder\nfrom aws_xray_sdk.ext.flask.middleware import XRayMiddleware\n\
                   app = Flask(__name__)\n# XRayMiddleware(app, xray_recorder)\nXRayMiddleware(app, xray_recorder)\n\
                   @xray_recorder.capture('activities_home')\ndef home():\n    segment = xray_recorder.begin_segment('x')\n\
                   xray_url = os.getenv(\"AWS_XRAY_URL\")\n";
        let lines: Vec<usize> = sdk_lines(app).into_iter().map(|(line, _)| line).collect();
        assert_eq!(lines, [1, 2, 5, 6, 8, 9]);
    }

    #[test]
    fn the_instructors_workspace_is_on_the_daemon_and_the_sdk() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workspaces/omenking__aws-bootcamp-cruddur-2023");
        let workspace = Workspace::detect(&root).unwrap();
        let legacy = workspace.xray_legacy();
        assert_eq!(legacy.daemons.len(), 1);
        assert_eq!(legacy.daemons[0].name, "xray-daemon");
        assert_eq!(legacy.daemons[0].aws.region, "ca-central-1", "the region as the file writes it");
        assert_eq!(legacy.daemons[0].aws.access_key_id, "${AWS_ACCESS_KEY_ID}");
        let variables: Vec<&str> = legacy.variables.iter().map(|var| var.name.as_str()).collect();
        assert_eq!(variables, ["AWS_XRAY_URL", "AWS_XRAY_DAEMON_ADDRESS"]);
        assert_eq!(legacy.requirements.len(), 1);
        let waleed = Workspace::detect(&root.with_file_name("waleedayoub__aws-bootcamp-cruddur-2023")).unwrap();
        assert!(waleed.xray_legacy().is_empty());
    }
}
