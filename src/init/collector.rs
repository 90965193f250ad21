//! The workspace's collector in the plan: whether one is in play in this run, whether the one there is ours
//! to write, and what its compose service and configuration become. Shared by every part that sends
//! through it (the browser, the backend on the X-Ray path) and by `xray migrate`: a part added later
//! extends the pipeline an earlier run wrote (the union of both), and a collector the team wrote or
//! changed is left as it is, with a note saying what it would need.

use std::path::{Path, PathBuf};

use super::parts::Parts;
use crate::error::{CliError, CliResult};
use crate::workspace::collector::{self, Owner, Pipeline, ServiceSettings};
use crate::workspace::{ComposeFile, Workspace};

/// What happens to the compose service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServiceChange {
    Add(String),
    /// Ours, with settings that change (another part's destination, an earlier version's image).
    Replace(String),
    Unchanged,
}

/// The collector this run writes, or keeps, and the backends send to.
#[derive(Debug, Clone)]
pub struct Decision {
    /// The compose file that holds the service (or gets it).
    pub compose: PathBuf,
    pub service: ServiceChange,
    pub config: PathBuf,
    pub config_before: Option<String>,
    pub pipeline: Pipeline,
    /// The local copy's folder, and who must be able to write it.
    pub local_copy: PathBuf,
    pub owner: Owner,
}

/// The Honeycomb endpoint an instrumented service already sends to directly, when it does.
fn honeycomb_in_use(workspace: &Workspace, services: &[String]) -> Option<String> {
    workspace.compose_files.iter().flat_map(|file| &file.services).filter(|service| services.contains(&service.name)).find_map(|service| {
        let vars = &service.environment.as_ref()?.vars;
        let endpoint = vars.get("OTEL_EXPORTER_OTLP_ENDPOINT")?.value.clone()?;
        let headers = vars.get("OTEL_EXPORTER_OTLP_HEADERS").and_then(|var| var.value.clone()).unwrap_or_default();
        (endpoint.starts_with("http") && (endpoint.contains("honeycomb.io") || headers.contains("x-honeycomb-team")))
            .then(|| endpoint.trim_end_matches('/').to_owned())
    })
}

fn service_value<'a>(document: &'a yaml_serde::Value, name: &str) -> &'a yaml_serde::Value {
    &document["services"][name]
}

/// The networks a service joins (`networks:` as a list or a mapping).
fn networks(settings: &yaml_serde::Value) -> Vec<String> {
    match &settings["networks"] {
        yaml_serde::Value::Sequence(names) => names.iter().filter_map(|name| name.as_str().map(str::to_owned)).collect(),
        yaml_serde::Value::Mapping(names) => names.keys().filter_map(|name| name.as_str().map(str::to_owned)).collect(),
        _ => Vec::new(),
    }
}

/// The networks the collector's service settings (as [`decide`] writes them) join.
pub fn networks_of(settings: &str) -> Vec<String> {
    yaml_serde::from_str::<yaml_serde::Value>(settings).map(|settings| networks(&settings)).unwrap_or_default()
}

/// What the collector is planned from.
pub struct Wanted<'a> {
    pub parts: &'a Parts,
    /// The backends init instruments.
    pub services: &'a [String],
    /// Honeycomb's OTLP endpoint for the key in use.
    pub endpoint: String,
    /// Compose files are a target.
    pub compose: bool,
    /// The frontend's files are a target.
    pub frontend: bool,
}

/// The collector for this run. `notes` gets why there is none when the workspace's own collector stands in
/// the way. `None`: no part sends through a collector, or compose is not a target, or it is not ours.
pub fn decide(workspace: &Workspace, wanted: &Wanted, notes: &mut Vec<String>) -> CliResult<Option<Decision>> {
    let parts = wanted.parts;
    let browser = parts.browser_via_collector() && wanted.frontend;
    let xray = parts.xray_via_collector();
    if !wanted.compose || workspace.compose_files.is_empty() {
        return Ok(None);
    }
    let existing = workspace.compose_files.iter().find(|file| file.services.iter().any(|service| service.name == collector::SERVICE));
    if !(browser || xray) {
        // No part of this run asks for a collector; one an earlier run wrote stays the way out of the services
        // init instruments (a later `init --with honeycomb` must not send the backend around it).
        let ours = existing.is_some_and(|file| {
            let document: yaml_serde::Value = yaml_serde::from_str(&file.text).unwrap_or_default();
            collector::is_ours(service_value(&document, collector::SERVICE))
        });
        if !ours || !parts.honeycomb {
            return Ok(None);
        }
    }
    let honeycomb =
        if parts.honeycomb || browser { Some(wanted.endpoint.to_owned()) } else { honeycomb_in_use(workspace, wanted.services) };
    let services = wanted.services;
    let wanted = Pipeline { honeycomb, browser, xray };
    let what = match (browser, xray) {
        (true, true) => "allow CORS from the frontend's origin and export to Honeycomb and to X-Ray (otlp_http with sigv4auth)",
        (true, false) => "allow CORS from the frontend's origin and export to Honeycomb",
        _ => "export to X-Ray's OTLP endpoint (otlp_http with sigv4auth, see the README)",
    };

    // The service, where it is.
    let (file, current): (&ComposeFile, Option<yaml_serde::Value>) = match existing {
        Some(file) => {
            let document: yaml_serde::Value = yaml_serde::from_str(&file.text).unwrap_or_default();
            let settings = service_value(&document, collector::SERVICE).clone();
            if !collector::is_ours(&settings) {
                notes.push(format!(
                    "{}: the compose service {} is your own collector and is left as it is: it must {what}{}",
                    shown(workspace, &file.path),
                    collector::SERVICE,
                    if xray { "; X-Ray is not wired (the backend keeps its endpoint)" } else { "" }
                ));
                return Ok(None);
            }
            (file, Some(settings))
        }
        None => {
            let first = workspace
                .compose_files
                .iter()
                .find(|file| file.services.iter().any(|service| services.contains(&service.name)))
                .unwrap_or(&workspace.compose_files[0]);
            (first, None)
        }
    };
    let dir = file.path.parent().unwrap_or(&workspace.root);
    let config = dir.join(collector::CONFIG);
    let config_before = read_optional(&config)?;
    let earlier = match &config_before {
        None => Pipeline::default(),
        Some(text) => match Pipeline::recognize(text) {
            Some(pipeline) => pipeline,
            None => {
                if browser || xray {
                    notes.push(format!(
                        "{}: not the file cruddur-obs wrote (or changed since), so it is left as it is: the collector must {what}; \
                         move it away to get cruddur-obs's",
                        shown(workspace, &config)
                    ));
                }
                return Ok(None);
            }
        },
    };
    let pipeline = earlier.union(&wanted);

    // The service's settings: ours, with what the team set on it kept (its user, its variables' values,
    // other keys such as networks).
    let document: yaml_serde::Value = yaml_serde::from_str(&file.text).unwrap_or_default();
    let origin_port = parts.frontend.as_ref().map_or(crate::workspace::frontend::FRONTEND_PORT, |part| part.service.port);
    let mut joined: Vec<String> = Vec::new();
    for name in services.iter().chain(workspace.xray_legacy().daemons.iter().map(|daemon| &daemon.name)) {
        for network in networks(service_value(&document, name)) {
            if !joined.contains(&network) {
                joined.push(network);
            }
        }
    }
    let owner = Owner::of(&workspace.root);
    let settings = ServiceSettings {
        honeycomb: pipeline.honeycomb.is_some(),
        frontend_origin: pipeline.browser.then(|| workspace.frontend_origin(file, origin_port)),
        aws: pipeline.xray.then(|| workspace.xray_legacy().aws()),
        owner,
    };
    let mut fresh_text = collector::service(&settings);
    if !joined.is_empty() {
        fresh_text.push_str(&format!("networks:\n{}", joined.iter().map(|name| format!("  - \"{name}\"\n")).collect::<String>()));
    }
    let service = match &current {
        None => ServiceChange::Add(fresh_text),
        Some(current) => {
            let fresh: yaml_serde::Value =
                yaml_serde::from_str(&fresh_text).map_err(|err| CliError::internal(format!("the collector's service: {err}")))?;
            let merged = merge(current, &fresh);
            if &merged == current {
                ServiceChange::Unchanged
            } else if merged == fresh {
                ServiceChange::Replace(fresh_text)
            } else {
                ServiceChange::Replace(
                    yaml_serde::to_string(&merged).map_err(|err| CliError::internal(format!("the collector's service: {err}")))?,
                )
            }
        }
    };
    Ok(Some(Decision {
        compose: file.path.clone(),
        service,
        config,
        config_before,
        pipeline,
        local_copy: dir.join(collector::LOCAL_COPY_DIR),
        owner,
    }))
}

/// Our settings over the service's current ones: `image`, `command`, `ports` ours; `user` and the values of
/// variables theirs where set; volumes, networks and variables of both; any other key kept.
fn merge(current: &yaml_serde::Value, fresh: &yaml_serde::Value) -> yaml_serde::Value {
    use yaml_serde::Value;
    let (Value::Mapping(current), Value::Mapping(fresh)) = (current, fresh) else { return fresh.clone() };
    let mut merged = fresh.clone();
    for (key, value) in current {
        let name = key.as_str().unwrap_or_default();
        match (name, merged.get_mut(key)) {
            ("user", Some(slot)) => *slot = value.clone(),
            ("environment", Some(Value::Mapping(ours))) => {
                if let Value::Mapping(theirs) = value {
                    for (var, setting) in theirs {
                        ours.insert(var.clone(), setting.clone());
                    }
                }
            }
            ("volumes" | "networks", Some(Value::Sequence(ours))) => {
                if let Value::Sequence(theirs) = value {
                    for item in theirs {
                        // One mount per container path: ours replaces an earlier one at the same place.
                        let target = |item: &Value| item.as_str().and_then(|text| text.split(':').nth(1)).map(str::to_owned);
                        if !ours.contains(item) && (target(item).is_none() || !ours.iter().any(|mine| target(mine) == target(item))) {
                            ours.push(item.clone());
                        }
                    }
                }
            }
            (_, Some(_)) => {}
            (_, None) => {
                merged.insert(key.clone(), value.clone());
            }
        }
    }
    Value::Mapping(merged)
}

fn read_optional(path: &Path) -> CliResult<Option<String>> {
    match crate::fsio::read_workspace_file(path) {
        Ok(text) => Ok(Some(text)),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(CliError::invalid_input(format!("{}: cannot read: {err}", path.display()))),
    }
}

fn shown(workspace: &Workspace, path: &Path) -> String {
    path.strip_prefix(&workspace.root).unwrap_or(path).display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_teams_settings_survive_a_merge() {
        let current: yaml_serde::Value = yaml_serde::from_str(
            "image: otel/opentelemetry-collector:0.140.0\nuser: \"1001:1001\"\nenvironment:\n  FRONTEND_ORIGIN: \"https://cruddur.example\"\n  EXTRA: \"1\"\n\
             volumes:\n  - \"./otel-collector-config.yaml:/etc/otelcol/cruddur.yaml\"\nrestart: unless-stopped\n",
        )
        .unwrap();
        let fresh: yaml_serde::Value = yaml_serde::from_str(
            "image: new\nuser: \"${CRUDDUR_OBS_UID:-0}:${CRUDDUR_OBS_GID:-0}\"\nenvironment:\n  FRONTEND_ORIGIN: \"http://localhost:3000\"\n  AWS_REGION: \"${AWS_DEFAULT_REGION}\"\n\
             volumes:\n  - \"./otel-collector-config.yaml:/etc/otelcol/cruddur.yaml:ro\"\n  - \"./.cruddur-obs/traces:/var/lib/cruddur-obs/traces\"\n",
        )
        .unwrap();
        let merged = merge(&current, &fresh);
        assert_eq!(merged["image"].as_str(), Some("new"));
        assert_eq!(merged["user"].as_str(), Some("1001:1001"));
        assert_eq!(merged["environment"]["FRONTEND_ORIGIN"].as_str(), Some("https://cruddur.example"));
        assert_eq!(merged["environment"]["EXTRA"].as_str(), Some("1"));
        assert_eq!(merged["environment"]["AWS_REGION"].as_str(), Some("${AWS_DEFAULT_REGION}"));
        assert_eq!(merged["volumes"].as_sequence().unwrap().len(), 2, "the config mount replaced, not doubled: {merged:?}");
        assert_eq!(merged["restart"].as_str(), Some("unless-stopped"));
    }
}
