//! The workspace's OpenTelemetry Collector: one `otel-collector` compose service and one
//! `otel-collector-config.yaml`, shared by everything that sends through it: the backend's OpenTelemetry
//! SDK on the X-Ray path (`init --with xray`, `xray migrate`), the browser (`init --with frontend`), and the
//! local copy of every span (`.cruddur-obs/traces/`). Pure: what the files say, from what the parts need.
//!
//! Every configuration written here uses only components that both the pinned image ([`IMAGE`]) and our own
//! distribution (collector/, the same release) have, under their current names (`otlp_http`, not the
//! deprecated `otlphttp` alias): the tests load each one in that distribution.

use std::path::Path;

use crate::honeycomb::API_KEY_VAR;

pub const SERVICE: &str = "otel-collector";
pub const CONFIG: &str = "otel-collector-config.yaml";
pub const OTLP_HTTP_PORT: u16 = 4318;
/// What the backend sends to, inside the compose network.
pub const BACKEND_ENDPOINT: &str = "http://otel-collector:4318";

/// The collector image, pinned: contrib (the core image has neither `sigv4auth` nor the `file` exporter) at
/// the release collector/ is built from (contrib v0.165.1), so what the tests load is what runs. A pinned tag
/// also keeps a compose file building the same way next month (`latest` has lagged releases before,
/// opentelemetry-collector#5458).
pub const IMAGE: &str = "otel/opentelemetry-collector-contrib:0.165.1";
/// The images earlier versions of cruddur-obs wrote (recognised as ours, and upgraded).
const EARLIER_IMAGES: [&str; 1] = ["otel/opentelemetry-collector:0.140.0"];

/// Where the configuration is mounted in the container.
pub const CONFIG_MOUNT: &str = "/etc/otelcol/cruddur.yaml";
/// The local copy: a folder of the workspace, bind-mounted into the container.
pub const LOCAL_COPY_DIR: &str = ".cruddur-obs/traces";
/// The file the collector writes in it; rotated files sit beside it as `spans-<UTC time>-size.pb`.
pub const LOCAL_COPY_FILE: &str = "spans.pb";
pub const LOCAL_COPY_MOUNT: &str = "/var/lib/cruddur-obs/traces";
/// Kept in the local copy's folder, tracked by git: the folder exists in every clone (owned by whoever
/// cloned it, so the collector running as that user can write it), and everything else in it is ignored.
pub const LOCAL_COPY_GITIGNORE: &str = "# The local copy of every span, written by the otel-collector compose service (cruddur-obs).\n\
# Ignored by git, except this file, which keeps the folder in every clone.\n*\n!.gitignore\n";

/// How the local copy is bounded: each file up to `max_megabytes`, then rotated; at most `max_backups`
/// rotated files, none older than `max_days`. About 1 GB at most (10 files), 2-3 million spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rotation {
    pub max_megabytes: u32,
    pub max_backups: u32,
    pub max_days: u32,
}

pub const ROTATION: Rotation = Rotation { max_megabytes: 100, max_backups: 9, max_days: 30 };

/// The variables that choose the user the collector runs as (see [`service`]).
pub const UID_VAR: &str = "CRUDDUR_OBS_UID";
pub const GID_VAR: &str = "CRUDDUR_OBS_GID";

/// The first line of every configuration this module writes; a file without it is someone else's.
const MARKER: &str = "written by `cruddur-obs";

/// What the collector does with the spans it receives. The local copy is always on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pipeline {
    /// Honeycomb's OTLP endpoint (`https://api.honeycomb.io`), with the key from `HONEYCOMB_API_KEY`.
    pub honeycomb: Option<String>,
    /// The browser sends here too: CORS for `FRONTEND_ORIGIN`.
    pub browser: bool,
    /// X-Ray's OTLP endpoint, SigV4-signed, in `AWS_REGION`.
    pub xray: bool,
}

impl Pipeline {
    /// Both pipelines' destinations (a later part adds to what an earlier one set up).
    pub fn union(&self, other: &Pipeline) -> Pipeline {
        Pipeline {
            honeycomb: self.honeycomb.clone().or_else(|| other.honeycomb.clone()),
            browser: self.browser || other.browser,
            xray: self.xray || other.xray,
        }
    }

    /// The exporters, in pipeline order.
    pub fn exporters(&self) -> Vec<&'static str> {
        let mut exporters = Vec::new();
        if self.honeycomb.is_some() {
            exporters.push("otlp_http/honeycomb");
        }
        if self.xray {
            exporters.push("otlp_http/xray");
        }
        exporters.push("file/local");
        exporters
    }

    /// The configuration file.
    pub fn config(&self) -> String {
        let mut destinations = Vec::new();
        if let Some(endpoint) = &self.honeycomb {
            destinations
                .push(format!("# - Honeycomb ({}), with the key from {API_KEY_VAR}: no key is in the app or the page;", trim(endpoint)));
        }
        if self.xray {
            destinations.push(
                "# - AWS X-Ray's OTLP endpoint in AWS_REGION, signed with SigV4 (the AWS credentials in its environment);\n\
                 #   X-Ray takes spans there only with Transaction Search on: `cruddur-obs xray destination --enable`;"
                    .to_owned(),
            );
        }
        destinations.push(format!(
            "# - a copy of every span in the workspace, {LOCAL_COPY_DIR}/ (length-prefixed OTLP protobuf, {} MB files,\n\
             #   at most {} older ones kept, none older than {} days), for `cruddur-obs traces` and queries offline.",
            ROTATION.max_megabytes, ROTATION.max_backups, ROTATION.max_days
        ));
        let senders = if self.browser { "The backend and the browser (CORS for FRONTEND_ORIGIN) send" } else { "The backend sends" };
        let mut text = format!(
            "# The OpenTelemetry Collector of this workspace, {MARKER} init`. {senders} OTLP/HTTP to\n\
             # port {OTLP_HTTP_PORT}; it batches and sends every span to:\n{}\n",
            destinations.join("\n")
        );
        if self.xray {
            text.push_str("extensions:\n  sigv4auth/xray:\n    region: \"${env:AWS_REGION}\"\n    service: \"xray\"\n\n");
        }
        text.push_str(&format!("receivers:\n  otlp:\n    protocols:\n      http:\n        endpoint: \"0.0.0.0:{OTLP_HTTP_PORT}\"\n"));
        if self.browser {
            text.push_str("        cors:\n          allowed_origins:\n            - \"${env:FRONTEND_ORIGIN}\"\n");
        }
        text.push_str("\nprocessors:\n  batch: {}\n\nexporters:\n");
        if let Some(endpoint) = &self.honeycomb {
            text.push_str(&format!(
                "  otlp_http/honeycomb:\n    endpoint: \"{}\"\n    headers:\n      x-honeycomb-team: \"${{env:{API_KEY_VAR}}}\"\n",
                trim(endpoint)
            ));
        }
        if self.xray {
            text.push_str(
                "  otlp_http/xray:\n    traces_endpoint: \"https://xray.${env:AWS_REGION}.amazonaws.com/v1/traces\"\n    auth:\n      authenticator: sigv4auth/xray\n",
            );
        }
        text.push_str(&format!(
            "  file/local:\n    path: \"{LOCAL_COPY_MOUNT}/{LOCAL_COPY_FILE}\"\n    format: proto\n    rotation:\n      max_megabytes: {}\n      max_backups: {}\n      max_days: {}\n\n",
            ROTATION.max_megabytes, ROTATION.max_backups, ROTATION.max_days
        ));
        text.push_str("service:\n");
        if self.xray {
            text.push_str("  extensions: [sigv4auth/xray]\n");
        }
        text.push_str(&format!(
            "  pipelines:\n    traces:\n      receivers: [otlp]\n      processors: [batch]\n      exporters: [{}]\n",
            self.exporters().join(", ")
        ));
        text
    }

    /// The pipeline of a configuration file this module wrote and nobody changed since (this version's, or
    /// the browser-only file of earlier versions); `None` for any other file, which is the team's.
    pub fn recognize(text: &str) -> Option<Pipeline> {
        if !text.lines().next().is_some_and(|line| line.contains(MARKER)) {
            return None;
        }
        let value: yaml_serde::Value = yaml_serde::from_str(text).ok()?;
        let exporters = &value["exporters"];
        let honeycomb =
            ["otlp_http/honeycomb", "otlphttp/honeycomb"].iter().find_map(|name| exporters[*name]["endpoint"].as_str().map(str::to_owned));
        let pipeline = Pipeline {
            honeycomb: honeycomb.clone(),
            browser: !value["receivers"]["otlp"]["protocols"]["http"]["cors"].is_null(),
            xray: !exporters["otlp_http/xray"].is_null(),
        };
        if pipeline.config() == text {
            return Some(pipeline);
        }
        match &honeycomb {
            Some(endpoint) if pipeline.browser && !pipeline.xray && browser_only_config_before(endpoint) == text => Some(pipeline),
            _ => None,
        }
    }
}

fn trim(endpoint: &str) -> &str {
    endpoint.trim_end_matches('/')
}

/// The AWS settings the collector gets by reference, as the workspace wrote them for its X-Ray daemon (or
/// the seeds' way: the region from AWS_DEFAULT_REGION).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwsVars {
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
}

impl Default for AwsVars {
    fn default() -> AwsVars {
        AwsVars {
            region: "${AWS_DEFAULT_REGION}".to_owned(),
            access_key_id: "${AWS_ACCESS_KEY_ID}".to_owned(),
            secret_access_key: "${AWS_SECRET_ACCESS_KEY}".to_owned(),
        }
    }
}

/// Who owns the workspace: the collector runs as them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Owner {
    pub uid: u32,
    pub gid: u32,
}

impl Owner {
    /// The owner of `path` (the workspace's root); on systems without Unix owners, the usual first user.
    pub fn of(path: &Path) -> Owner {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            if let Ok(metadata) = std::fs::metadata(path) {
                return Owner { uid: metadata.uid(), gid: metadata.gid() };
            }
        }
        let _ = path;
        Owner { uid: 1000, gid: 1000 }
    }
}

/// What the compose service gives the collector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceSettings {
    /// `HONEYCOMB_API_KEY: "${HONEYCOMB_API_KEY}"`.
    pub honeycomb: bool,
    /// `FRONTEND_ORIGIN`: where the browser runs.
    pub frontend_origin: Option<String>,
    pub aws: Option<AwsVars>,
    pub owner: Owner,
}

/// The `otel-collector` compose service. It runs as the workspace's owner (`user:`, overridable with
/// `CRUDDUR_OBS_UID` / `CRUDDUR_OBS_GID` in `.env`): the image's own user (10001) could not write the local
/// copy's folder, which is bind-mounted from the workspace and owned by whoever cloned it, and files the
/// collector writes are then the owner's. OTLP/HTTP is published on 4318 for the browser and for
/// `doctor --verify`; the backend reaches it by name.
pub fn service(settings: &ServiceSettings) -> String {
    let mut environment = String::new();
    if settings.honeycomb {
        environment.push_str(&format!("  {API_KEY_VAR}: \"${{{API_KEY_VAR}}}\"\n"));
    }
    if let Some(origin) = &settings.frontend_origin {
        environment.push_str(&format!("  FRONTEND_ORIGIN: \"{origin}\"\n"));
    }
    if let Some(aws) = &settings.aws {
        environment.push_str(&format!(
            "  AWS_REGION: \"{}\"\n  AWS_ACCESS_KEY_ID: \"{}\"\n  AWS_SECRET_ACCESS_KEY: \"{}\"\n",
            aws.region, aws.access_key_id, aws.secret_access_key
        ));
    }
    let environment = if environment.is_empty() { String::new() } else { format!("environment:\n{environment}") };
    format!(
        "image: \"{IMAGE}\"\nuser: \"${{{UID_VAR}:-{uid}}}:${{{GID_VAR}:-{gid}}}\"\ncommand:\n  - \"--config={CONFIG_MOUNT}\"\n{environment}\
         volumes:\n  - \"./{CONFIG}:{CONFIG_MOUNT}:ro\"\n  - \"./{LOCAL_COPY_DIR}:{LOCAL_COPY_MOUNT}\"\nports:\n  - \"{OTLP_HTTP_PORT}:{OTLP_HTTP_PORT}\"\n",
        uid = settings.owner.uid,
        gid = settings.owner.gid,
    )
}

/// Whether a compose service is a collector cruddur-obs wrote: its image is ours (this release or an
/// earlier one) and it mounts a configuration at our path.
pub fn is_ours(service: &yaml_serde::Value) -> bool {
    let image = service["image"].as_str().unwrap_or_default();
    let mounts_ours = service["volumes"]
        .as_sequence()
        .is_some_and(|volumes| volumes.iter().any(|volume| volume.as_str().is_some_and(|text| text.contains(&format!(":{CONFIG_MOUNT}")))));
    (image == IMAGE || EARLIER_IMAGES.contains(&image)) && mounts_ours
}

/// The browser-only configuration earlier versions wrote (`init --with frontend`, core image 0.140.0),
/// byte for byte, so that a workspace set up then is recognised and upgraded instead of left alone.
fn browser_only_config_before(honeycomb_endpoint: &str) -> String {
    let endpoint = trim(honeycomb_endpoint);
    format!(
        r#"# The OpenTelemetry Collector for the browser's spans, written by `cruddur-obs init --with frontend`.
# The browser sends OTLP/HTTP to port {OTLP_HTTP_PORT} (CORS allows the frontend's origin, FRONTEND_ORIGIN in
# docker-compose.yml); the collector batches and forwards to Honeycomb with the key from its environment,
# so no key reaches a browser.
receivers:
  otlp:
    protocols:
      http:
        endpoint: "0.0.0.0:{OTLP_HTTP_PORT}"
        cors:
          allowed_origins:
            - "${{env:FRONTEND_ORIGIN}}"

processors:
  batch: {{}}

exporters:
  otlphttp/honeycomb:
    endpoint: "{endpoint}"
    headers:
      x-honeycomb-team: "${{env:{API_KEY_VAR}}}"

service:
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [otlphttp/honeycomb]
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Pipeline {
        Pipeline { honeycomb: Some("https://api.honeycomb.io/".to_owned()), browser: true, xray: true }
    }

    #[test]
    fn the_configuration_has_every_destination_asked_for_and_the_local_copy() {
        let config: yaml_serde::Value = yaml_serde::from_str(&all().config()).unwrap();
        let http = &config["receivers"]["otlp"]["protocols"]["http"];
        assert_eq!(http["endpoint"].as_str(), Some("0.0.0.0:4318"));
        assert_eq!(http["cors"]["allowed_origins"][0].as_str(), Some("${env:FRONTEND_ORIGIN}"));
        let exporters = &config["exporters"];
        assert_eq!(exporters["otlp_http/honeycomb"]["endpoint"].as_str(), Some("https://api.honeycomb.io"));
        assert_eq!(exporters["otlp_http/honeycomb"]["headers"]["x-honeycomb-team"].as_str(), Some("${env:HONEYCOMB_API_KEY}"));
        assert_eq!(exporters["otlp_http/xray"]["traces_endpoint"].as_str(), Some("https://xray.${env:AWS_REGION}.amazonaws.com/v1/traces"));
        assert_eq!(exporters["otlp_http/xray"]["auth"]["authenticator"].as_str(), Some("sigv4auth/xray"));
        assert_eq!(config["extensions"]["sigv4auth/xray"]["service"].as_str(), Some("xray"));
        let file = &exporters["file/local"];
        assert_eq!(file["path"].as_str(), Some("/var/lib/cruddur-obs/traces/spans.pb"));
        assert_eq!(file["format"].as_str(), Some("proto"));
        assert_eq!(file["rotation"]["max_megabytes"].as_u64(), Some(100));
        let pipeline = &config["service"]["pipelines"]["traces"];
        let exporters: Vec<&str> = pipeline["exporters"].as_sequence().unwrap().iter().map(|name| name.as_str().unwrap()).collect();
        assert_eq!(exporters, ["otlp_http/honeycomb", "otlp_http/xray", "file/local"]);
        assert_eq!(config["service"]["extensions"][0].as_str(), Some("sigv4auth/xray"));
        assert!(!all().config().contains("otlphttp"), "the deprecated alias is not written");

        let browser_only: yaml_serde::Value = yaml_serde::from_str(
            &Pipeline { honeycomb: Some("https://api.eu1.honeycomb.io".to_owned()), browser: true, xray: false }.config(),
        )
        .unwrap();
        assert!(browser_only["extensions"].is_null() && browser_only["service"]["extensions"].is_null());
        assert!(browser_only["exporters"]["otlp_http/xray"].is_null());
    }

    #[test]
    fn only_untouched_files_of_ours_are_recognised() {
        for pipeline in [
            all(),
            Pipeline { honeycomb: None, browser: false, xray: true },
            Pipeline { honeycomb: Some("https://api.honeycomb.io".to_owned()), browser: true, xray: false },
        ] {
            let expected = Pipeline { honeycomb: pipeline.honeycomb.as_deref().map(|url| trim(url).to_owned()), ..pipeline.clone() };
            assert_eq!(Pipeline::recognize(&pipeline.config()), Some(expected));
        }
        let earlier = browser_only_config_before("https://api.honeycomb.io");
        assert_eq!(
            Pipeline::recognize(&earlier),
            Some(Pipeline { honeycomb: Some("https://api.honeycomb.io".to_owned()), browser: true, xray: false })
        );
        assert_eq!(Pipeline::recognize(&earlier.replace("batch: {}", "batch:\n    timeout: 1s")), None, "changed by the team");
        assert_eq!(Pipeline::recognize("receivers:\n  otlp: {}\n"), None, "someone else's");
    }

    #[test]
    fn the_service_runs_as_the_owner_and_mounts_the_local_copy() {
        let settings = ServiceSettings {
            honeycomb: true,
            frontend_origin: Some("http://localhost:3000".to_owned()),
            aws: Some(AwsVars { region: "ca-central-1".to_owned(), ..AwsVars::default() }),
            owner: Owner { uid: 33333, gid: 33333 },
        };
        let service: yaml_serde::Value = yaml_serde::from_str(&service(&settings)).unwrap();
        assert_eq!(service["image"].as_str(), Some(IMAGE));
        assert_eq!(service["user"].as_str(), Some("${CRUDDUR_OBS_UID:-33333}:${CRUDDUR_OBS_GID:-33333}"));
        assert_eq!(service["environment"]["HONEYCOMB_API_KEY"].as_str(), Some("${HONEYCOMB_API_KEY}"));
        assert_eq!(service["environment"]["AWS_REGION"].as_str(), Some("ca-central-1"));
        assert_eq!(service["environment"]["AWS_SECRET_ACCESS_KEY"].as_str(), Some("${AWS_SECRET_ACCESS_KEY}"));
        assert_eq!(service["volumes"][1].as_str(), Some("./.cruddur-obs/traces:/var/lib/cruddur-obs/traces"));
        assert_eq!(service["ports"][0].as_str(), Some("4318:4318"));
        assert!(is_ours(&service));
        let theirs: yaml_serde::Value = yaml_serde::from_str(
            "image: otel/opentelemetry-collector\nvolumes:\n  - ./otel-collector-config.yaml:/etc/otel-collector-config.yaml\n",
        )
        .unwrap();
        assert!(!is_ours(&theirs));
    }
}
