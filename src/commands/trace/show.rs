//! `cruddur-obs trace show TRACE_ID`: the trace as a waterfall, from the workspace's local copy, with
//! its Honeycomb trace link beside it when a key says which team and environment it is in.

use std::path::PathBuf;

use clap::Args;

use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::client::Scope;
use crate::settings::honeycomb::{HoneycombArgs, HoneycombSettings};
use crate::traces::copy::LocalCopy;
use crate::traces::show::{from_local_copy, print};
use crate::traces::waterfall::Waterfall;

#[derive(Debug, Args)]
#[command(after_help = "\
One line per span, depth first under its parent: the span (✗ marks an error), its service, its duration and \
a bar on the time axis all the trace's spans share, as wide as the terminal allows. NO_COLOR is honoured. \
JSON: {trace_id, start_ns, end_ns, spans: [{depth, span_id, parent_id, service, name, start_ns, end_ns, \
error, offset_ms, duration_ms}], url}.")]
pub struct ShowArgs {
    /// The trace ID (32 hex digits, as Honeycomb and OpenTelemetry show it)
    pub trace_id: String,
    /// The workspace whose local copy to read [default: the current directory]
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    #[command(flatten)]
    pub honeycomb: HoneycombArgs,
}

/// The trace's link in Honeycomb's UI, when a key tells the team and environment.
pub async fn honeycomb_link(context: &Context, settings: &HoneycombSettings, waterfall: &Waterfall) -> Option<String> {
    let client = settings.client(context, Scope::Environment).ok()?;
    let links = crate::query::execute::ui_links(&client).await?;
    let root = waterfall.spans.first()?;
    let dataset = crate::query::plan::dataset_slug(&root.span.service);
    Some(links.trace(&dataset, &waterfall.trace_id, waterfall.start_ns as f64 / 1e9, waterfall.end_ns as f64 / 1e9))
}

pub async fn run(context: &Context, args: ShowArgs) -> CliResult {
    let trace_id = args.trace_id.trim().to_ascii_lowercase();
    if trace_id.is_empty() || !trace_id.chars().all(|c| c.is_ascii_hexdigit()) || !matches!(trace_id.len(), 16 | 32) {
        return Err(CliError::invalid_input(format!("trace ID {:?}: expected 32 hex digits (or 16)", args.trace_id)));
    }
    let settings = HoneycombSettings::resolve(&args.honeycomb, &*context.env)?;
    let start = args.dir.as_deref().map_or_else(|| context.cwd.clone(), |dir| context.path(dir));
    let copy = LocalCopy::expected(&start);
    let Some(waterfall) = from_local_copy(context, &copy, &trace_id)? else {
        return Err(CliError::new(ErrorKind::Rejected, format!("trace {trace_id} is not in the local copy ({})", copy.dir.display()))
            .with_hint("`cruddur-obs query recent-traces --source local` lists the traces it has; `traces status` what it covers"));
    };
    let url = honeycomb_link(context, &settings, &waterfall).await;
    print(context, &waterfall, url.as_deref())
}
