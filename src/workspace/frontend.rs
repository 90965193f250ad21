//! Browser traces for the React frontend (`init --with frontend`): the seeds' "hard" homework challenge.
//!
//! Found on disk: the React service (a compose service whose build directory has a package.json naming
//! react, react-scripts or vite) and where the browser reaches things (the backend's `FRONTEND_URL`, as
//! the workspace writes it, else Gitpod's `https://PORT-${GITPOD_WORKSPACE_ID}...` pattern, else
//! localhost, PORT being what the frontend's compose service publishes, React's 3000 by default). Produced
//! here, pure: the frontend's build variables, the browser packages and the tracing module the user
//! imports; in collector mode the browser sends to the workspace's collector ([`super::collector`]).
//! [`crate::init::edits::plan`] turns them into file edits like every other part.

use std::path::{Path, PathBuf};

use super::collector::OTLP_HTTP_PORT;
use super::{ComposeFile, Workspace};
use crate::edit::package_json::{self, Flavor};
use crate::honeycomb::API_KEY_VAR;

/// How the browser's spans reach Honeycomb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Through an `otel-collector` compose service that holds the key: no key reaches a browser.
    Collector,
    /// Straight to Honeycomb with an ingest key (send-only) built into the page.
    Direct,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontendPart {
    pub mode: Mode,
    /// The React service, chosen (and checked) before anything else happens.
    pub service: FrontendService,
}

/// A compose service built from a React app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontendService {
    pub name: String,
    /// The build directory (holding package.json).
    pub dir: PathBuf,
    pub flavor: Flavor,
    /// Where the browser reaches it: the port its compose service publishes, else React's 3000.
    pub port: u16,
}

impl FrontendService {
    pub fn package_json(&self) -> PathBuf {
        self.dir.join("package.json")
    }

    /// The module the user imports first: `src/tracing.js`.
    pub fn tracing_module(&self) -> PathBuf {
        self.dir.join("src").join(TRACING_MODULE)
    }

    /// The app's entry file, where `import './tracing'` belongs.
    pub fn entry(&self) -> Option<PathBuf> {
        ["index.js", "index.jsx", "index.tsx", "index.ts", "main.jsx", "main.tsx", "main.js", "main.ts"]
            .iter()
            .map(|name| self.dir.join("src").join(name))
            .find(|path| path.is_file())
    }

    /// `REACT_APP_` or `VITE_` and the name.
    pub fn var(&self, name: &str) -> String {
        format!("{}{name}", self.flavor.env_prefix())
    }
}

pub const TRACING_MODULE: &str = "tracing.js";
/// Create React App's and the seeds' port.
pub const FRONTEND_PORT: u16 = 3000;

/// The OpenTelemetry web SDK packages the tracing module imports, at versions known to work together
/// (the end-to-end test builds a page with exactly these).
pub const BROWSER_PACKAGES: [(&str, &str); 8] = [
    ("@opentelemetry/api", "^1.9.1"),
    ("@opentelemetry/exporter-trace-otlp-http", "^0.223.1"),
    ("@opentelemetry/instrumentation", "^0.223.0"),
    ("@opentelemetry/instrumentation-document-load", "^0.68.0"),
    ("@opentelemetry/instrumentation-fetch", "^0.223.0"),
    ("@opentelemetry/instrumentation-xml-http-request", "^0.223.0"),
    ("@opentelemetry/resources", "^2.12.1"),
    ("@opentelemetry/sdk-trace-web", "^2.12.0"),
];

impl Workspace {
    /// Compose services built from a directory whose package.json names react, react-scripts or vite
    /// (the first compose file that says so wins). An unreadable or invalid package.json is skipped here;
    /// the plan reports it when that service is the one chosen.
    pub fn frontend_services(&self) -> Vec<FrontendService> {
        let mut found: Vec<FrontendService> = Vec::new();
        for file in &self.compose_files {
            let base = file.path.parent().unwrap_or(&self.root);
            for service in &file.services {
                if found.iter().any(|frontend| frontend.name == service.name) {
                    continue;
                }
                let Some(context) = &service.build_context else { continue };
                let dir = base.join(context);
                let Ok(text) = crate::fsio::read_workspace_file(&dir.join("package.json")) else { continue };
                if let Ok(Some(flavor)) = package_json::react_flavor(&text) {
                    let port = service.published_port.unwrap_or(FRONTEND_PORT);
                    found.push(FrontendService { name: service.name.clone(), dir, flavor, port });
                }
            }
        }
        found
    }

    /// The frontend's public origin as a compose file already writes it (a service's `FRONTEND_URL`, the
    /// origin the backend's flask-cors allows), else Gitpod's pattern in a Gitpod workspace, else localhost.
    pub fn frontend_origin(&self, file: &ComposeFile, port: u16) -> String {
        let written = file.services.iter().find_map(|service| {
            let value = service.environment.as_ref()?.vars.get("FRONTEND_URL")?.value.clone()?;
            (value.starts_with("http://") || value.starts_with("https://")).then(|| value.trim_end_matches('/').to_owned())
        });
        written.unwrap_or_else(|| {
            if self.gitpod.is_some() {
                format!("https://{port}-${{GITPOD_WORKSPACE_ID}}.${{GITPOD_WORKSPACE_CLUSTER_HOST}}")
            } else {
                format!("http://localhost:{port}")
            }
        })
    }
}

/// Where the browser reaches the collector: the frontend's origin with the collector's port in place of
/// the frontend's (`https://4318-${GITPOD_WORKSPACE_ID}...`, Codespaces' `-4318.` alike), else localhost.
pub fn collector_url(frontend_origin: &str, frontend_port: u16) -> String {
    let port = frontend_port.to_string();
    if frontend_origin.matches(&port).count() == 1 {
        frontend_origin.replace(&port, &OTLP_HTTP_PORT.to_string())
    } else {
        format!("http://localhost:{OTLP_HTTP_PORT}")
    }
}

/// The frontend's build variables: `(name, value)`, values referencing secrets only as `${VAR}`.
pub fn build_vars(service: &FrontendService, mode: Mode, honeycomb_endpoint: &str, frontend_origin: &str) -> Vec<(String, String)> {
    let endpoint = match mode {
        Mode::Collector => collector_url(frontend_origin, service.port),
        Mode::Direct => honeycomb_endpoint.trim_end_matches('/').to_owned(),
    };
    let mut vars = vec![(service.var("OTEL_SERVICE_NAME"), service.name.clone()), (service.var("OTEL_EXPORTER_OTLP_ENDPOINT"), endpoint)];
    if mode == Mode::Direct {
        vars.push((service.var(API_KEY_VAR), format!("${{{API_KEY_VAR}}}")));
    }
    vars
}

/// The tracing module for the app's bundler and the chosen mode.
pub fn tracing_module(flavor: Flavor, mode: Mode) -> String {
    let env = |name: &str| format!("{}{}{name}", flavor.env_access(), flavor.env_prefix());
    let (destination, headers) = match mode {
        Mode::Collector => ("the otel-collector compose service, which adds the Honeycomb key: none is in this bundle.", String::new()),
        Mode::Direct => (
            "Honeycomb itself, with an ingest key (it can only send data: anyone can read it from this bundle).",
            format!("\n    headers: {{ 'x-honeycomb-team': {} }},", env(API_KEY_VAR)),
        ),
    };
    TRACING_TEMPLATE
        .replace("{DESTINATION}", destination)
        .replace("{ENDPOINT}", &env("OTEL_EXPORTER_OTLP_ENDPOINT"))
        .replace("{ENDPOINT_NAME}", &format!("{}OTEL_EXPORTER_OTLP_ENDPOINT", flavor.env_prefix()))
        .replace("{BACKEND}", &env("BACKEND_URL"))
        .replace("{BACKEND_NAME}", &format!("{}BACKEND_URL", flavor.env_prefix()))
        .replace("{SERVICE}", &env("OTEL_SERVICE_NAME"))
        .replace("{HEADERS}", &headers)
}

const TRACING_TEMPLATE: &str = r#"// Browser tracing, written by `cruddur-obs init --with frontend`. Import it before anything else in
// the app's entry file:   import './tracing';
//
// Page loads, fetch() and XMLHttpRequest calls become spans, sent over OTLP/HTTP to
// {ENDPOINT_NAME}:
// {DESTINATION}
// Requests to {BACKEND_NAME} carry a W3C `traceparent` header, so the backend's spans join
// the browser's trace (the backend's flask-cors allows that header).
import { BatchSpanProcessor, WebTracerProvider } from '@opentelemetry/sdk-trace-web';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { DocumentLoadInstrumentation } from '@opentelemetry/instrumentation-document-load';
import { FetchInstrumentation } from '@opentelemetry/instrumentation-fetch';
import { XMLHttpRequestInstrumentation } from '@opentelemetry/instrumentation-xml-http-request';
import { resourceFromAttributes } from '@opentelemetry/resources';

const endpoint = ({ENDPOINT} || '').replace(/\/+$/, '');
const backendUrl = ({BACKEND} || '').replace(/\/+$/, '');
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

if (endpoint) {
  const exporter = new OTLPTraceExporter({
    url: `${endpoint}/v1/traces`,{HEADERS}
  });
  const provider = new WebTracerProvider({
    resource: resourceFromAttributes({ 'service.name': {SERVICE} || 'frontend' }),
    // A browser tab lives briefly: send every second rather than every five.
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 1000 })],
  });
  provider.register();

  const toBackend = backendUrl ? [new RegExp(`^${escape(backendUrl)}(/|$)`)] : [];
  // The exporter's own requests are not traced.
  const ignoreUrls = [new RegExp(`^${escape(endpoint)}/`)];
  registerInstrumentations({
    instrumentations: [
      new DocumentLoadInstrumentation(),
      new FetchInstrumentation({ propagateTraceHeaderCorsUrls: toBackend, ignoreUrls }),
      new XMLHttpRequestInstrumentation({ propagateTraceHeaderCorsUrls: toBackend, ignoreUrls }),
    ],
  });
} else {
  console.warn('tracing: {ENDPOINT_NAME} is not set, so no spans are sent');
}
"#;

/// Does the entry file import the tracing module already?
pub fn imports_tracing(entry_text: &str) -> bool {
    entry_text.lines().any(|line| {
        let line = line.trim();
        line.starts_with("import") && (line.contains("'./tracing") || line.contains("\"./tracing"))
    })
}

/// The path relative to the workspace, for messages.
pub fn shown(workspace: &Workspace, path: &Path) -> String {
    path.strip_prefix(&workspace.root).unwrap_or(path).display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(flavor: Flavor) -> FrontendService {
        FrontendService { name: "frontend-react-js".to_owned(), dir: PathBuf::from("/w/frontend-react-js"), flavor, port: 3000 }
    }

    #[test]
    fn the_collector_is_reached_where_the_frontend_is() {
        let gitpod = "https://3000-${GITPOD_WORKSPACE_ID}.${GITPOD_WORKSPACE_CLUSTER_HOST}";
        assert_eq!(collector_url(gitpod, 3000), "https://4318-${GITPOD_WORKSPACE_ID}.${GITPOD_WORKSPACE_CLUSTER_HOST}");
        assert_eq!(
            collector_url("https://${CODESPACE_NAME}-3000.${GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN}", 3000),
            "https://${CODESPACE_NAME}-4318.${GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN}"
        );
        assert_eq!(collector_url("http://localhost:3000", 3000), "http://localhost:4318");
        assert_eq!(collector_url("https://cruddur.example.com", 3000), "http://localhost:4318");
        assert_eq!(
            collector_url("https://5173-${GITPOD_WORKSPACE_ID}.${GITPOD_WORKSPACE_CLUSTER_HOST}", 5173),
            "https://4318-${GITPOD_WORKSPACE_ID}.${GITPOD_WORKSPACE_CLUSTER_HOST}"
        );
    }

    #[test]
    fn variables_follow_the_bundler_and_never_hold_the_key() {
        let cra = build_vars(&service(Flavor::CreateReactApp), Mode::Direct, "https://api.honeycomb.io/", "http://localhost:3000");
        assert_eq!(
            cra,
            [
                ("REACT_APP_OTEL_SERVICE_NAME".to_owned(), "frontend-react-js".to_owned()),
                ("REACT_APP_OTEL_EXPORTER_OTLP_ENDPOINT".to_owned(), "https://api.honeycomb.io".to_owned()),
                ("REACT_APP_HONEYCOMB_API_KEY".to_owned(), "${HONEYCOMB_API_KEY}".to_owned()),
            ]
        );
        let vite = build_vars(&service(Flavor::Vite), Mode::Collector, "https://api.honeycomb.io", "http://localhost:3000");
        assert_eq!(vite[1], ("VITE_OTEL_EXPORTER_OTLP_ENDPOINT".to_owned(), "http://localhost:4318".to_owned()));
        assert_eq!(vite.len(), 2);
    }

    #[test]
    fn the_module_reads_the_bundlers_variables() {
        let cra = tracing_module(Flavor::CreateReactApp, Mode::Collector);
        assert!(cra.contains("(process.env.REACT_APP_OTEL_EXPORTER_OTLP_ENDPOINT || '')"));
        assert!(cra.contains("(process.env.REACT_APP_BACKEND_URL || '')"));
        assert!(!cra.contains("x-honeycomb-team") && !cra.contains("{ENDPOINT") && !cra.contains("{HEADERS}"));
        let vite = tracing_module(Flavor::Vite, Mode::Direct);
        assert!(vite.contains("headers: { 'x-honeycomb-team': import.meta.env.VITE_HONEYCOMB_API_KEY },"));
        assert!(!vite.contains("process.env") && !vite.contains("{HEADERS}") && !vite.contains("{SERVICE}"));
    }

    #[test]
    fn an_existing_import_is_recognised() {
        assert!(imports_tracing("import './tracing';\nimport React from 'react';\n"));
        assert!(imports_tracing("import \"./tracing.js\";"));
        assert!(!imports_tracing("// import './tracing';\nimport React from 'react';"));
    }
}
