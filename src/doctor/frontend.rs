//! `frontend.tracing`: a React app that traces in the browser must be wired end to end, or it breaks.
//!
//! The failure that matters: the frontend propagates `traceparent` to the backend, and the backend's
//! flask-cors does not allow that header, so every traced `fetch` fails its preflight and the app stops
//! loading data. Also reported: the tracing module written but never imported, and no endpoint variable
//! (no spans sent). A React app without the OpenTelemetry web SDK is simply not traced: a skip.

use super::{Check, ids, relative};
use crate::edit::flask_cors::{self, CorsEdit};
use crate::edit::package_json;
use crate::workspace::Workspace;
use crate::workspace::frontend;

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
            Some(entry) if module.exists() && !crate::fsio::read_workspace_file(&entry).is_ok_and(|text| frontend::imports_tracing(&text)) => {
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
        if !set {
            problems.push(
                Check::warn(id, format!("{}: {endpoint} is not set in compose, so the browser sends no spans", service.name))
                    .with_fix("cruddur-obs frontend init"),
            );
        }
        if problems.is_empty() {
            checks.push(Check::pass(id, format!("{}: browser traces reach the backend's", service.name)));
        }
        checks.extend(problems);
    }
    checks
}
