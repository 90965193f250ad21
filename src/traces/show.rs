//! One trace as a waterfall on stdout (`trace show`, `query recent-traces --show`): from the local copy
//! (the cache's trace index names the records that hold it, so only those are read), or from X-Ray.

use std::io::{Read, Seek, SeekFrom, Write};

use crate::aws::AwsSettings;
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::OutputFormat;
use crate::traces::cache::{Cache, inode};
use crate::traces::copy::LocalCopy;
use crate::traces::waterfall::{Waterfall, spans_of, spans_of_segments, xray_trace_id};
use crate::xray::XrayClient;

/// The waterfall of `trace_id` from the copy (`None`: not in it). The cache's trace index names the
/// records that hold the trace, and only those are read; without a usable cache, every record is.
pub fn from_local_copy(context: &Context, copy: &LocalCopy, trace_id: &str) -> CliResult<Option<Waterfall>> {
    let now = crate::query::time::now_secs();
    let cache = Cache::of(copy);
    let mut spans = Vec::new();
    let indexed = match cache.refresh(copy, now) {
        // Without a cache on disk there is no index: every record is read.
        Ok(refreshed) if refreshed.memory.is_some() => None,
        Ok(refreshed) => cache.records_of(&refreshed.state, trace_id).map(|records| (refreshed.state, records)),
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

/// The waterfall of `trace_id` from X-Ray (`BatchGetTraces`, on any AWS account; `None`: X-Ray does not
/// have it, or no longer: it keeps traces 30 days).
pub async fn from_xray(context: &Context, aws: &AwsSettings, trace_id: &str) -> CliResult<Option<Waterfall>> {
    // Honeycomb shows an ID whose first 8 bytes are zero as 16 hex digits; X-Ray has all 32.
    let Some(xray_id) = xray_trace_id(&format!("{trace_id:0>32}")) else {
        return Err(CliError::invalid_input(format!("trace ID {trace_id:?}: X-Ray's trace IDs are 32 hex digits")));
    };
    let config = crate::aws::load(aws, context).await?;
    let documents = XrayClient::new(&config, context.ui.verbose).trace_segments(&xray_id).await?;
    context.ui.debug(&format!("X-Ray trace {xray_id}: {} segment documents", documents.len()));
    Ok(Waterfall::build(trace_id, spans_of_segments(&documents)))
}
