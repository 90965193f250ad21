//! The workspace's collector and the X-Ray path, pure: `collector.config` (the service and its configuration
//! are cruddur-obs's, and where they send), `collector.local_copy` (the folder exists and the user the
//! collector runs as can write it; how big the copy is), `xray.path` (every trace of the X-Ray daemon and
//! SDK, whose support ends 2027-02-25, with `xray migrate` as the fix; or the OpenTelemetry path in place),
//! and `xray.sampling` (whether the sampling rules decide anything on that path).

use std::path::{Path, PathBuf};

use super::compose::Target;
use super::interpolate::{Modifier, Reference, Variables, references};
use super::{Check, ids, relative};
use crate::edit::compose::ServiceInfo;
use crate::init::parts::{SAMPLER_ARG_VAR, SAMPLER_VAR};
use crate::workspace::Workspace;
use crate::workspace::collector::{self, LOCAL_COPY_DIR, Pipeline};
use crate::workspace::xray_legacy::{END_OF_SUPPORT, XrayLegacy};

/// The `otel-collector` compose service, if the workspace has one.
pub struct CollectorFacts {
    pub compose: PathBuf,
    pub service: ServiceInfo,
    pub settings: yaml_serde::Value,
    /// cruddur-obs wrote it (its image and mount).
    pub ours: bool,
    pub config: PathBuf,
    /// The pipeline of a configuration cruddur-obs wrote and nobody changed.
    pub pipeline: Option<Pipeline>,
    pub config_exists: bool,
}

impl CollectorFacts {
    pub fn find(workspace: &Workspace) -> Option<CollectorFacts> {
        let file = workspace.compose_files.iter().find(|file| file.services.iter().any(|service| service.name == collector::SERVICE))?;
        let service = file.services.iter().find(|service| service.name == collector::SERVICE)?.clone();
        let document: yaml_serde::Value = yaml_serde::from_str(&file.text).ok()?;
        let settings = document["services"][collector::SERVICE].clone();
        let config = file.path.parent().unwrap_or(&workspace.root).join(collector::CONFIG);
        let text = crate::fsio::read_workspace_file(&config).ok();
        Some(CollectorFacts {
            compose: file.path.clone(),
            ours: collector::is_ours(&settings),
            pipeline: text.as_deref().and_then(Pipeline::recognize),
            config_exists: text.is_some(),
            config,
            settings,
            service,
        })
    }

    /// The X-Ray path runs through it.
    pub fn exports_to_xray(&self) -> bool {
        self.pipeline.as_ref().is_some_and(|pipeline| pipeline.xray)
    }

    /// `${VAR}`s of its `environment` and `user`, for `env.resolves`: `(name, modifier, line)`.
    pub fn references(&self) -> Vec<(Reference, usize)> {
        let mut found = Vec::new();
        if let Some(environment) = &self.service.environment {
            for var in environment.vars.values() {
                for reference in references(var.value.as_deref().unwrap_or_default()) {
                    found.push((reference, var.line));
                }
            }
        }
        found
    }
}

/// `collector.config`.
pub fn config_check(root: &Path, facts: Option<&CollectorFacts>) -> Check {
    let id = ids::COLLECTOR_CONFIG;
    let Some(facts) = facts else {
        return Check::skip(id, "no otel-collector compose service (init --with xray or --with frontend writes one)");
    };
    let file = relative(root, &facts.compose);
    let config = relative(root, &facts.config);
    if !facts.ours {
        let image = facts.settings["image"].as_str().unwrap_or("no image");
        return Check::skip(id, format!("{}: your own collector ({image}): not checked", collector::SERVICE))
            .at(file, Some(facts.service.line));
    }
    match &facts.pipeline {
        Some(pipeline) => {
            let image = facts.settings["image"].as_str().unwrap_or_default();
            if image != collector::IMAGE {
                return Check::warn(id, format!("{}: image {image}, written by an earlier cruddur-obs", collector::SERVICE))
                    .with_fix(format!("cruddur-obs init (with the same --with) updates it to {}", collector::IMAGE))
                    .at(file, Some(facts.service.line));
            }
            Check::pass(id, format!("{config}: OTLP/HTTP in, out to {}", pipeline.exporters().join(", "))).at(config, None)
        }
        None if !facts.config_exists => Check::fail(id, format!("{config} is missing: the collector does not start"))
            .with_fix("cruddur-obs init --with xray (or --with frontend) writes it")
            .at(file, Some(facts.service.line)),
        None => Check::warn(id, format!("{config} is not what cruddur-obs wrote (changed since): not checked")).at(config, None),
    }
}

/// The uid the collector runs as: its `user:`, interpolated as compose does (the image's 10001 without one).
fn runs_as(facts: &CollectorFacts, variables: &Variables) -> Option<(u32, Option<u32>)> {
    let user = match facts.settings["user"].as_str() {
        Some(user) => variables.interpolate(user).0,
        None => facts.settings["user"].as_u64().map_or_else(|| "10001:10001".to_owned(), |uid| uid.to_string()),
    };
    let (uid, gid) = user.split_once(':').map_or((user.as_str(), None), |(uid, gid)| (uid, Some(gid)));
    Some((uid.trim().parse().ok()?, gid.and_then(|gid| gid.trim().parse().ok())))
}

/// `collector.local_copy`.
pub fn local_copy_check(root: &Path, facts: Option<&CollectorFacts>, variables: &Variables) -> Check {
    let id = ids::COLLECTOR_LOCAL_COPY;
    let Some(facts) = facts.filter(|facts| facts.ours && facts.pipeline.is_some()) else {
        return Check::skip(id, "no collector of cruddur-obs's, so no local copy of the spans");
    };
    let dir = facts.compose.parent().unwrap_or(root).join(LOCAL_COPY_DIR);
    let shown = relative(root, &dir);
    let Ok(metadata) = std::fs::metadata(&dir) else {
        return Check::fail(
            id,
            format!("{shown}/ is missing: docker would create it owned by root, and the collector (not root) could not write the copy"),
        )
        .with_fix(format!("cruddur-obs init --with xray (or mkdir -p {shown})"));
    };
    let Some((uid, gid)) = runs_as(facts, variables) else {
        return Check::warn(id, format!("the collector's user ({:?}) is not a uid:gid: not checked", facts.settings["user"]));
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let mode = metadata.permissions().mode();
        let writable = uid == 0
            || (metadata.uid() == uid && mode & 0o200 != 0)
            || (Some(metadata.gid()) == gid && mode & 0o020 != 0)
            || mode & 0o002 != 0;
        if !writable {
            return Check::fail(
                id,
                format!(
                    "{shown}/ belongs to {}:{} (mode {:o}), but the collector runs as {uid}: it cannot write the local copy",
                    metadata.uid(),
                    metadata.gid(),
                    mode & 0o777
                ),
            )
            .with_fix(format!(
                "set {}={} and {}={} in .env (the folder's owner), then docker compose up -d",
                collector::UID_VAR,
                metadata.uid(),
                collector::GID_VAR,
                metadata.gid()
            ));
        }
    }
    let _ = metadata;
    let files: Vec<(PathBuf, u64)> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|entry| entry.path())
                .filter(|path| path.extension().is_some_and(|extension| extension == "pb"))
                .map(|path| {
                    let size = std::fs::metadata(&path).map(|metadata| metadata.len()).unwrap_or(0);
                    (path, size)
                })
                .collect()
        })
        .unwrap_or_default();
    let bytes: u64 = files.iter().map(|(_, size)| size).sum();
    let bound = u64::from(collector::ROTATION.max_megabytes) * u64::from(collector::ROTATION.max_backups + 1);
    Check::pass(
        id,
        format!(
            "{shown}/: {} file(s), {:.1} MB (bounded at about {bound} MB); the collector runs as {uid} and can write it",
            files.len(),
            bytes as f64 / 1e6
        ),
    )
    .at(shown, None)
}

/// `xray.path`: one warning per trace of the daemon and the SDK, each with the date and the fix; a pass for
/// the OpenTelemetry path in place. The fix is `xray migrate` as a command where migrating removes that trace
/// (not a package the code still imports) and migrate would run: no collector of the team's in the way, and
/// the compose files chosen as migrate chooses them (`default_files`: doctor was not given `-f`).
pub fn path_checks(root: &Path, legacy: &XrayLegacy, facts: Option<&CollectorFacts>, uses_xray: bool, default_files: bool) -> Vec<Check> {
    let id = ids::XRAY_PATH;
    let fix = "cruddur-obs xray migrate (--dry-run shows it)";
    let migrates = default_files && facts.is_none_or(|facts| facts.ours && (facts.pipeline.is_some() || !facts.config_exists));
    let migrate = |check: Check, service: Option<&str>| {
        if !migrates {
            return check.with_fix(fix);
        }
        let mut command: Vec<String> = ["cruddur-obs", "xray", "migrate"].map(str::to_owned).to_vec();
        if let Some(service) = service {
            command.extend(["--service".to_owned(), service.to_owned()]);
        }
        check.with_command(command, "--dry-run shows it")
    };
    let ends = format!("AWS ends its support on {END_OF_SUPPORT}");
    let mut checks = Vec::new();
    for daemon in &legacy.daemons {
        let check = Check::warn(id, format!("the X-Ray daemon runs as the compose service {}: {ends}", daemon.name));
        checks.push(migrate(check, None).at(relative(root, &daemon.compose), Some(daemon.line)));
    }
    for variable in &legacy.variables {
        let check = Check::warn(id, format!("{}: {} is the X-Ray SDK's: {ends}", variable.service, variable.name));
        checks.push(migrate(check, Some(&variable.service)).at(relative(root, &variable.compose), Some(variable.line)));
    }
    for requirement in &legacy.requirements {
        let check = Check::warn(id, format!("{}: aws-xray-sdk is in its requirements: {ends}", requirement.service));
        // The package stays while the code imports it: the lines go first, by hand.
        let check =
            if legacy.code_imports_sdk(&requirement.service) { check.with_fix(fix) } else { migrate(check, Some(&requirement.service)) };
        checks.push(check.at(relative(root, &requirement.requirements), Some(requirement.line)));
    }
    for line in &legacy.code {
        checks.push(
            Check::warn(id, format!("{} uses the X-Ray SDK ({ends}): {}", line.service, line.text.trim()))
                .with_fix("remove the line (cruddur-obs xray migrate lists them all)")
                .at(relative(root, &line.path), Some(line.line)),
        );
    }
    if checks.is_empty() {
        checks.push(match facts {
            Some(facts) if facts.exports_to_xray() => {
                Check::pass(id, "OpenTelemetry: the backend sends to otel-collector, which sends to X-Ray's OTLP endpoint (SigV4)")
                    .at(relative(root, &facts.config), None)
            }
            _ if uses_xray => Check::warn(id, "X-Ray sampling rules but nothing sends spans to X-Ray")
                .with_fix("cruddur-obs init --with xray (the OpenTelemetry path, through the collector)"),
            _ => Check::skip(id, "the workspace does not use X-Ray"),
        });
    }
    checks
}

/// `xray.sampling`: on the OpenTelemetry path, the sampling rules decide only through ADOT's X-Ray sampler
/// and a sampling proxy; cruddur-obs writes the sampler's variables, never the proxy (it cannot be tested
/// here: the collector's awsproxy extension is not available to build).
pub fn sampling_check(root: &Path, facts: Option<&CollectorFacts>, backends: &[Target], has_rules: bool) -> Check {
    let id = ids::XRAY_SAMPLING;
    let Some(facts) = facts.filter(|facts| facts.exports_to_xray()) else {
        return Check::skip(id, "not on the OpenTelemetry path to X-Ray (the X-Ray SDK, if any, samples by the rules through its daemon)");
    };
    let wired: Vec<(String, String, &Path, usize)> = backends
        .iter()
        .filter_map(|target| {
            let sampler = target.var(SAMPLER_VAR)?;
            (sampler.value.as_deref() == Some("xray")).then(|| {
                let argument = target.var(SAMPLER_ARG_VAR).and_then(|var| var.value.clone()).unwrap_or_default();
                (target.service.name.clone(), argument, target.file.path.as_path(), sampler.line)
            })
        })
        .collect();
    if let Some((service, argument, compose, line)) = wired.first() {
        let endpoint =
            argument.split(',').find_map(|pair| pair.strip_prefix("endpoint=")).unwrap_or("http://127.0.0.1:2000 (ADOT's default)");
        return Check::pass(
            id,
            format!(
                "{service}: ADOT's X-Ray sampler asks {endpoint} for the rules (that proxy is yours: not checked; app.py must build its TracerProvider with the sampler)"
            ),
        )
        .at(relative(root, compose), Some(*line));
    }
    let _ = facts;
    let rules = if has_rules { "the sampling rules (aws/json/xray.json)" } else { "X-Ray's sampling rules" };
    Check::warn(
        id,
        format!(
            "every trace is kept: {rules} decide only through ADOT's X-Ray sampler and a sampling proxy (the collector's awsproxy \
             extension), which cruddur-obs does not write (not testable here)"
        ),
    )
    .with_fix("run a sampling proxy (README: X-Ray sampling), then cruddur-obs init --with xray --xray-sampling-endpoint URL")
}

/// What the collector's `${VAR}`s need, for `env.resolves`, keyed as compose_checks keys them.
pub fn referenced(root: &Path, facts: Option<&CollectorFacts>) -> Vec<(String, Modifier, String, usize)> {
    let Some(facts) = facts.filter(|facts| facts.ours) else { return Vec::new() };
    facts
        .references()
        .into_iter()
        .map(|(reference, line)| (reference.name, reference.modifier, relative(root, &facts.compose), line))
        .collect()
}
