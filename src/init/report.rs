//! What `init` shows: a dry run's diffs and commands (secrets masked), or the report of what was done,
//! with the notes and what to do next; and the Flask bootstrap for `--instrument`.

use std::io::Write as _;

use super::Instrument;
use super::apply::{Change, relative, target_name};
use super::plan::{InitPlan, RemoteStep};
use crate::context::Context;
use crate::error::CliResult;
use crate::honeycomb::mask;
use crate::output::diff;
use crate::workspace::Workspace;

/// The Flask bootstrap from the seeds (week 2), for `--instrument`.
pub const FLASK_BOOTSTRAP: &str = r#"# Honeycomb / OpenTelemetry tracing for Flask (from the bootcamp's week 2).
# Import this module in app.py and call `instrument(app)` right after `app = Flask(__name__)`.
import os

from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.flask import FlaskInstrumentor
from opentelemetry.instrumentation.requests import RequestsInstrumentor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.sdk.trace.sampling import ParentBased


def sampler():
    """X-Ray's sampling rules, through AWS's OpenTelemetry distribution (aws-opentelemetry-distro) and its
    remote sampler, when OTEL_TRACES_SAMPLER=xray (OTEL_TRACES_SAMPLER_ARG=endpoint=URL of the sampling
    proxy, as ADOT reads it); otherwise None, and the SDK keeps every trace."""
    if os.getenv("OTEL_TRACES_SAMPLER") != "xray":
        return None
    from amazon.opentelemetry.distro.sampler.aws_xray_remote_sampler import AwsXRayRemoteSampler

    args = dict(arg.split("=", 1) for arg in os.getenv("OTEL_TRACES_SAMPLER_ARG", "").split(",") if "=" in arg)
    # The sampler's own calls to the proxy are not traced.
    os.environ.setdefault("OTEL_PYTHON_REQUESTS_EXCLUDED_URLS", "GetSamplingRules,SamplingTargets")
    remote = AwsXRayRemoteSampler(
        resource=Resource.create(), endpoint=args.get("endpoint"), polling_interval=int(args.get("polling_interval", "300"))
    )
    # A request that arrives with a sampling decision (the browser's traceparent) keeps it.
    return ParentBased(remote)


# OTEL_SERVICE_NAME and OTEL_EXPORTER_OTLP_ENDPOINT (and, straight to Honeycomb, OTEL_EXPORTER_OTLP_HEADERS)
# come from the environment (docker-compose.yml, written by `cruddur-obs init`).
provider = TracerProvider(sampler=sampler())
provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
trace.set_tracer_provider(provider)
tracer = trace.get_tracer(__name__)


def instrument(app):
    FlaskInstrumentor().instrument_app(app)
    RequestsInstrumentor().instrument()
    return app
"#;

/// `--dry-run`: every file's diff and the commands on stdout, the notes and a count on stderr.
pub fn dry_run(context: &Context, workspace: &Workspace, plan: &InitPlan) -> CliResult {
    // The files' own bytes are in the diffs: on a terminal their control characters are shown escaped.
    let sink = context.ui.sink();
    let mut out = context.ui.out();
    for edit in &plan.files.edits {
        let name = relative(workspace, &edit.path);
        write!(out, "{}", sink.text(&plan.hide(&diff::unified(&name, edit.before.as_deref(), &edit.after))))?;
    }
    for (name, value) in &plan.gp_updates {
        writeln!(out, "{}", sink.text(&format!("$ gp env {name}={}", mask(value))))?;
    }
    for step in &plan.remote {
        // A rule file this run writes does not exist yet: say so, rather than name a missing file.
        let new: Vec<&str> = match step {
            RemoteStep::XrayRules { paths, shown } => {
                paths.iter().zip(shown).filter(|(path, _)| !path.exists()).map(|(_, shown)| shown.as_str()).collect()
            }
            _ => Vec::new(),
        };
        if new.is_empty() {
            writeln!(out, "{}", sink.text(&format!("$ {step} (if needed)")))?;
        } else {
            writeln!(out, "{}", sink.text(&format!("$ {step} (after writing {}, if needed)", new.join(", "))))?;
        }
    }
    drop(out);
    for kept in &plan.files.kept {
        context.ui.status(kept);
    }
    for note in &plan.files.notes {
        context.ui.warn(note);
    }
    let count = plan.local_changes();
    context.ui.status(&if count == 0 {
        "nothing to change".to_owned()
    } else {
        format!("{count} change(s) planned; dry run, nothing was changed")
    });
    Ok(())
}

/// After applying: the changes (a table on stdout, or lines on stderr when stdout carries the bootstrap),
/// the notes, and what to do next.
pub fn applied(context: &Context, plan: &InitPlan, changes: &[Change], instrument: Option<&Instrument>) -> CliResult {
    if instrument == Some(&Instrument::Print) {
        for change in changes {
            context.ui.status(&format!("{:<12} {:<28} {:<9} {}", change.target, change.path, change.action, change.detail));
        }
    } else {
        context.print_rows(changes)?;
    }
    for kept in &plan.files.kept {
        context.ui.status(kept);
    }
    for note in &plan.files.notes {
        context.ui.warn(note);
    }
    if plan.local_changes() == 0 && !changes.iter().any(Change::changed) {
        context.ui.status("nothing to change: the workspace already sends traces to Honeycomb");
    } else {
        context.ui.success(&format!("{} change(s) made", changes.iter().filter(|change| change.changed()).count()));
    }
    if plan.gitpod && !plan.secrets.is_empty() {
        context.ui.status("gp env reaches new workspaces only; to load the variables in this one: eval \"$(gp env -e)\"");
    }
    if plan.dotenv && plan.files.edits.iter().any(|edit| target_name(&edit.path) == "gitignore") {
        context.ui.status("added .env to .gitignore: it holds the key");
    }
    match instrument {
        Some(Instrument::File(path)) => {
            crate::fsio::write_if_changed(&context.path(path), FLASK_BOOTSTRAP.as_bytes(), None)?;
            context.ui.status(&format!(
                "wrote {}: in app.py, `from {} import instrument` and call instrument(app)",
                path.display(),
                path.file_stem().and_then(|s| s.to_str()).unwrap_or("tracing")
            ));
        }
        Some(Instrument::Print) => context.ui.out().write_all(FLASK_BOOTSTRAP.as_bytes())?,
        None => {}
    }
    Ok(())
}
