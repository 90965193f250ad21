//! `cruddur-obs trace show TRACE_ID`: the trace as a waterfall, from the workspace's local copy or from
//! X-Ray (`--from xray`), with its Honeycomb trace link beside it when a key says which team and
//! environment it is in.

use std::path::PathBuf;

use clap::Args;

use crate::aws::AwsSettings;
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::client::Scope;
use crate::settings::honeycomb::{HoneycombArgs, HoneycombSettings};
use crate::traces::copy::LocalCopy;
use crate::traces::show::{from_local_copy, from_xray, print};
use crate::traces::waterfall::Waterfall;

#[derive(Debug, Args)]
#[command(after_help = "\
One line per span, depth first under its parent: the span (✗ marks an error), its service, its duration and \
a bar on the time axis all the trace's spans share, as wide as the terminal allows. NO_COLOR is honoured. \
JSON: {trace_id, start_ns, end_ns, spans: [{depth, span_id, parent_id, service, name, start_ns, end_ns, \
error, offset_ms, duration_ms}], url}. From X-Ray, each segment is a span of the service it names and \
each subsegment a span under it; X-Ray IDs (1-xxxxxxxx-...) are made from the 32 hex digits.")]
pub struct ShowArgs {
    /// The trace ID (32 hex digits, as Honeycomb and OpenTelemetry show it)
    pub trace_id: String,
    /// Where to read it: the workspace's local copy, or X-Ray (BatchGetTraces, on any AWS account)
    #[arg(long, value_enum, default_value_t = TraceSource::Local, value_name = "SOURCE")]
    pub from: TraceSource,
    /// The workspace whose local copy to read [default: the current directory]
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// AWS profile for --from xray [default: AWS_PROFILE, then "default"]
    #[arg(long, value_name = "NAME")]
    pub aws_profile: Option<String>,
    /// AWS region for --from xray [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile's]
    #[arg(long, value_name = "REGION")]
    pub aws_region: Option<String>,
    #[command(flatten)]
    pub honeycomb: HoneycombArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TraceSource {
    /// The workspace's .cruddur-obs/traces
    Local,
    /// AWS X-Ray: each segment and subsegment a span (the endpoint: AWS_ENDPOINT_URL_XRAY, AWS_ENDPOINT_URL)
    Xray,
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
    let waterfall = match args.from {
        TraceSource::Local => {
            let start = args.dir.as_deref().map_or_else(|| context.cwd.clone(), |dir| context.path(dir));
            let copy = LocalCopy::expected(&start);
            from_local_copy(context, &copy, &trace_id)?.ok_or_else(|| {
                CliError::new(ErrorKind::Rejected, format!("trace {trace_id} is not in the local copy ({})", copy.dir.display())).with_hint(
                    "`cruddur-obs query recent-traces --source local` lists the traces it has; `traces status` what it covers; \
                     --from xray reads X-Ray",
                )
            })?
        }
        TraceSource::Xray => {
            let aws = AwsSettings { profile: args.aws_profile, region: args.aws_region, endpoint_url: None };
            from_xray(context, &aws, &trace_id).await?.ok_or_else(|| {
                CliError::new(ErrorKind::Rejected, format!("trace {trace_id} is not in X-Ray"))
                    .with_hint("X-Ray keeps traces 30 days, and only those its sampling rules kept; --from local reads the local copy")
            })?
        }
    };
    let url = honeycomb_link(context, &settings, &waterfall).await;
    print(context, &waterfall, url.as_deref())
}
