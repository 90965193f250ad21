//! `cruddur-obs trace show TRACE_ID`: the trace as a waterfall, from the workspace's local copy, with
//! its Honeycomb trace link beside it when a key says which team and environment it is in.

use std::path::PathBuf;

use clap::Args;

use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::client::Scope;
use crate::output::OutputFormat;
use crate::settings::honeycomb::{HoneycombArgs, HoneycombSettings};
use crate::traces::cache::{Cache, inode};
use crate::traces::copy::LocalCopy;
use crate::traces::waterfall::{Waterfall, spans_of};

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

/// The waterfall of `trace_id` from the copy (`None`: not in it). The cache's trace index names the
/// records that hold the trace, and only those are read; without a usable cache, every record is.
pub fn from_local_copy(context: &Context, copy: &LocalCopy, trace_id: &str) -> CliResult<Option<Waterfall>> {
    let now = crate::query::time::now_secs();
    let cache = Cache::of(copy);
    let mut spans = Vec::new();
    let indexed = match cache.refresh(copy, now) {
        Ok((state, _, store)) => {
            if let Some(store) = store {
                cache.save(&store, &state);
            }
            cache.records_of(&state, trace_id).map(|records| (state, records))
        }
        Err(err) => {
            context.ui.debug(&format!("the cache of {} could not be brought up to date: {}", copy.dir.display(), err.message));
            None
        }
    };
    match indexed {
        Some((state, records)) => {
            let files: Vec<_> = copy.files()?.into_iter().map(|file| (inode(&file), file)).collect();
            for record in records {
                let Some((_, file)) = files.iter().find(|(inode, _)| *inode == record.inode) else { continue };
                let mut bytes = vec![0; record.len as usize];
                let read = std::fs::File::open(&file.path).and_then(|mut handle| {
                    handle.seek(SeekFrom::Start(record.offset))?;
                    handle.read_exact(&mut bytes)
                });
                if read.is_err() {
                    continue;
                }
                let parsed: Vec<_> = if state.json.contains(&record.inode) {
                    cruddur_engine::files::json_lines(&bytes).collect()
                } else {
                    cruddur_engine::files::proto_records(&bytes).collect()
                };
                for request in parsed.into_iter().flatten() {
                    spans_of(&request, trace_id, &mut spans);
                }
            }
        }
        None => {
            copy.for_each_record(|request| spans_of(request, trace_id, &mut spans))?;
        }
    }
    Ok(Waterfall::build(trace_id, spans))
}

/// Terminal columns: the terminal's, else $COLUMNS, else 100.
fn width(context: &Context) -> usize {
    let terminal = comfy_table::Table::new().width().map(usize::from).filter(|width| *width >= 40 && context.ui.stdout_is_terminal);
    terminal.or_else(|| context.env.var("COLUMNS").and_then(|text| text.parse().ok())).unwrap_or(100).clamp(40, 400)
}

/// Prints a waterfall (table) or its JSON, with the trace's Honeycomb link (`url`) when there is one.
pub fn print(context: &Context, waterfall: &Waterfall, url: Option<&str>) -> CliResult {
    match context.output {
        OutputFormat::Table => {
            let color = context.ui.stdout_is_terminal && context.env.var("NO_COLOR").is_none_or(|value| value.is_empty());
            write!(context.ui.out(), "{}", waterfall.render(width(context), color))?;
            let spans = waterfall.spans.len();
            let mut note = format!(
                "trace {} · {spans} span{} · {:.1} ms",
                waterfall.trace_id,
                if spans == 1 { "" } else { "s" },
                (waterfall.end_ns - waterfall.start_ns) as f64 / 1e6
            );
            if let Some(url) = url {
                note.push_str(&format!(" · {url}"));
            }
            context.ui.status(&note);
        }
        _ => {
            let mut value = serde_json::to_value(waterfall).map_err(|err| CliError::internal(err.to_string()))?;
            value["url"] = url.map_or(serde_json::Value::Null, serde_json::Value::from);
            writeln!(context.ui.out(), "{}", serde_json::to_string_pretty(&value).map_err(|err| CliError::internal(err.to_string()))?)?;
        }
    }
    Ok(())
}

/// The trace's link in Honeycomb's UI, when a key tells the team and environment.
pub async fn honeycomb_link(context: &Context, settings: &HoneycombSettings, waterfall: &Waterfall) -> Option<String> {
    let client = settings.client(context, Scope::Environment).ok()?;
    let links = crate::query::execute::ui_links(&client).await?;
    let root = waterfall.spans.first()?;
    let dataset = crate::query::plan::dataset_slug(&root.span.service);
    Some(links.trace(&dataset, &waterfall.trace_id, waterfall.start_ns as f64 / 1e9, waterfall.end_ns as f64 / 1e9))
}

use std::io::{Read, Seek, SeekFrom, Write};

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
