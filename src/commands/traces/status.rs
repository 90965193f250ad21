//! `cruddur-obs traces status`: where the local copy of the traces is, its files and size, its spans,
//! services and the time they cover.

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use crate::context::Context;
use crate::error::CliResult;
use crate::output::{Cell, Row};
use crate::query::time::format_rfc3339;
use crate::traces::copy::LocalCopy;

#[derive(Debug, Args)]
#[command(after_help = "\
The copy is the folder .cruddur-obs/traces/ of the workspace (found from the current directory up, as git \
finds .git), written by the collector's file exporter: length-prefixed OTLP protobuf (or OTLP/JSON lines), \
rotated. JSON: dir, exists, files, bytes, spans, services (spans per service), oldest, newest.")]
pub struct StatusArgs {
    /// The workspace [default: the current directory]
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Serialize)]
struct Status {
    dir: String,
    exists: bool,
    files: usize,
    bytes: u64,
    spans: u64,
    services: BTreeMap<String, u64>,
    oldest: Option<String>,
    newest: Option<String>,
}

impl Row for Status {
    fn headers() -> &'static [&'static str] {
        &["DIR", "FILES", "SIZE", "SPANS", "SERVICES", "OLDEST", "NEWEST"]
    }

    fn cells(&self) -> Vec<Cell> {
        let services: Vec<String> = self.services.iter().map(|(name, count)| format!("{name} {count}")).collect();
        vec![
            Cell::text(&self.dir),
            Cell::number(self.files),
            Cell::text(format!("{:.1} MB", self.bytes as f64 / 1e6)),
            Cell::number(self.spans),
            Cell::text(services.join(", ")),
            Cell::optional(self.oldest.clone()),
            Cell::optional(self.newest.clone()),
        ]
    }
}

pub fn run(context: &Context, args: StatusArgs) -> CliResult {
    let start = args.dir.as_deref().map_or_else(|| context.cwd.clone(), |dir| context.path(dir));
    let copy = LocalCopy::expected(&start);
    let files = copy.files()?;
    let mut status = Status {
        dir: copy.dir.display().to_string(),
        exists: copy.dir.is_dir(),
        files: files.len(),
        bytes: files.iter().map(|file| file.bytes).sum(),
        spans: 0,
        services: BTreeMap::new(),
        oldest: None,
        newest: None,
    };
    let (mut oldest, mut newest) = (u64::MAX, 0u64);
    let problems = copy.for_each_record(|request| {
        for resource in &request.resource_spans {
            let attributes = resource.resource.as_ref().map(|r| r.attributes.as_slice()).unwrap_or_default();
            let count: usize = resource.scope_spans.iter().map(|scope| scope.spans.len()).sum();
            if count == 0 {
                continue;
            }
            *status.services.entry(cruddur_engine::spans::dataset_name(attributes)).or_default() += count as u64;
            status.spans += count as u64;
            for span in resource.scope_spans.iter().flat_map(|scope| &scope.spans) {
                oldest = oldest.min(span.start_time_unix_nano);
                newest = newest.max(span.end_time_unix_nano.max(span.start_time_unix_nano));
            }
        }
    })?;
    if status.spans > 0 {
        status.oldest = Some(format_rfc3339(oldest as f64 / 1e9));
        status.newest = Some(format_rfc3339(newest as f64 / 1e9));
    }
    for problem in problems.iter().take(3) {
        context.ui.warn(&format!("a record could not be read: {problem}"));
    }
    if !status.exists {
        context.ui.status(&format!(
            "no local copy yet at {}: the collector's file exporter writes it once `cruddur-obs init` has set up the collector pipeline",
            status.dir
        ));
    }
    context.print_record(&status)
}
