//! `frontend.tracing`: a React app that traces in the browser must be wired end to end, or it breaks.
//!
//! The failure that matters: the frontend propagates `traceparent` to the backend, and the backend's
//! flask-cors does not allow that header, so every traced `fetch` fails its preflight and the app stops
//! loading data. Also reported: the tracing module written but never imported, and no endpoint variable
//! (no spans sent). A React app without the OpenTelemetry web SDK is simply not traced: a skip.

use std::path::{Path, PathBuf};

use super::{Check, ids, relative};
use crate::edit::flask_cors::{self, CorsEdit};
use crate::edit::package_json;
use crate::workspace::Workspace;
use crate::workspace::frontend;

/// The app's own exporter, when it sends the browser's spans through the backend (which forwards them):
/// an `OTLPTraceExporter` whose `url` is built from the backend's URL variable or is a path on the page's
/// own origin (a proxy to the backend). `(file, url expression)`.
fn through_backend(dir: &Path) -> Option<(PathBuf, String)> {
    fn sources(dir: &Path, depth: usize, found: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        let mut entries: Vec<PathBuf> = entries.flatten().map(|entry| entry.path()).collect();
        entries.sort();
        for path in entries {
            let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
            if path.is_dir() && depth < 3 && !name.starts_with('.') && name != "node_modules" {
                sources(&path, depth + 1, found);
            } else if ["js", "jsx", "ts", "tsx", "mjs"].iter().any(|extension| name.ends_with(&format!(".{extension}")))
                && std::fs::metadata(&path).is_ok_and(|metadata| metadata.len() < 256 * 1024)
            {
                found.push(path);
            }
        }
    }
    let mut files = Vec::new();
    sources(&dir.join("src"), 0, &mut files);
    files.into_iter().find_map(|file| {
        let text = crate::fsio::read_workspace_file(&file).ok()?;
        let at = text.find("OTLPTraceExporter(")?;
        let call = &text[at..text.len().min(at + 600)];
        let url = call.split_once("url")?.1.trim_start().strip_prefix(':')?.trim_start();
        let url = url.split([',', '\n']).next()?.trim().trim_end_matches([' ', '}', ')', ';']);
        let path_only = url.trim_start_matches(['\'', '"', '`']).starts_with('/');
        (url.contains("BACKEND_URL") || path_only).then(|| (file.clone(), url.to_owned()))
    })
}

pub fn checks(workspace: &Workspace) -> Vec<Check> {
    let id = ids::FRONTEND_TRACING;
    let root = &workspace.root;
    let services = workspace.frontend_services();
    if services.is_empty() {
        return vec![Check::skip(id, "no React service (a compose service built from a package.json naming react or vite)")];
    }
    let mut checks = Vec::new();
    for service in &services {
        let package = service.package_json();
        let traced = crate::fsio::read_workspace_file(&package)
            .ok()
            .and_then(|text| package_json::dependency_names(&text).ok())
            .is_some_and(|names| names.iter().any(|name| name == "@opentelemetry/sdk-trace-web"));
        if !traced {
            checks.push(
                Check::skip(id, format!("{}: no browser tracing", service.name))
                    .with_fix("cruddur-obs frontend init")
                    .at(relative(root, &package), None),
            );
            continue;
        }
        let mut problems: Vec<Check> = Vec::new();
        // The backend must accept the header the browser now sends.
        for python in workspace.python_services().iter().filter(|python| python.flask) {
            let Some(app) = python.requirements.parent().map(|dir| dir.join("app.py")) else { continue };
            let Ok(text) = crate::fsio::read_workspace_file(&app) else { continue };
            match flask_cors::allow_trace_headers(&text) {
                CorsEdit::Edited { line, .. } => problems.push(
                    Check::fail(id, format!("{}'s flask-cors does not allow traceparent: the browser's traced requests fail", python.name))
                        .with_fix("cruddur-obs frontend init (allow_headers gains traceparent and tracestate)")
                        .at(relative(root, &app), Some(line)),
                ),
                CorsEdit::Unrecognized { line } => problems.push(
                    Check::warn(id, format!("{}'s flask-cors allow_headers could not be read", python.name))
                        .with_fix("make sure it allows traceparent and tracestate")
                        .at(relative(root, &app), Some(line)),
                ),
                CorsEdit::AlreadyAllowed | CorsEdit::NoCors => {}
            }
        }
        let module = service.tracing_module();
        match service.entry() {
            Some(entry)
                if module.exists() && !crate::fsio::read_workspace_file(&entry).is_ok_and(|text| frontend::imports_tracing(&text)) =>
            {
                problems.push(
                    Check::warn(id, format!("{}: src/tracing.js is never imported, so the browser sends no spans", service.name))
                        .with_fix("add `import './tracing';` as the first line")
                        .at(relative(root, &entry), Some(1)),
                )
            }
            _ => {}
        }
        let endpoint = service.var("OTEL_EXPORTER_OTLP_ENDPOINT");
        let set = workspace.compose_files.iter().flat_map(|file| &file.services).filter(|found| found.name == service.name).any(|found| {
            found.environment.as_ref().and_then(|environment| environment.vars.get(&endpoint)).is_some_and(|var| var.value.is_some())
        });
        let through_backend = if set { None } else { through_backend(&service.dir) };
        if !set && through_backend.is_none() {
            problems.push(
                Check::warn(id, format!("{}: {endpoint} is not set in compose, so the browser sends no spans", service.name))
                    .with_fix("cruddur-obs frontend init"),
            );
        }
        if problems.is_empty() {
            checks.push(Check::pass(
                id,
                match through_backend {
                    Some((file, url)) => format!(
                        "{}: browser traces go through the backend ({} exports to {url}) and join the backend's",
                        service.name,
                        relative(root, &file)
                    ),
                    None => format!("{}: browser traces reach the backend's", service.name),
                },
            ));
        }
        checks.extend(problems);
    }
    checks
}
