//! `cruddur-obs query run --file F | --spec JSON`: any Honeycomb query spec, checked before it is sent.

use std::path::PathBuf;

use clap::Args;

use super::{CommonArgs, prepare};
use crate::context::Context;
use crate::error::CliResult;
use crate::query::spec;
use crate::settings::honeycomb::HoneycombSettings;

#[derive(Debug, Args)]
#[command(after_help = "\
The spec is Honeycomb's Query JSON (the UI's \"Query JSON\", or the API's): calculations, breakdowns, \
filters, filter_combination, orders, havings, limit, time_range/start_time/end_time, granularity, \
calculated_fields. Unknown fields, bad operators, ranges over 7 days and limits over 1000 are reported, \
every one with its field, and nothing is sent. --since/--start/--end replace the spec's time; --where adds \
filters; --limit (up to 10000) sets the rows returned.

JSON and CSV: one flat object (row) per result, keyed by Honeycomb's result keys in snake_case: \
app.user_id -> app_user_id, P99(duration_ms) -> p99_duration_ms, COUNT -> count.")]
pub struct RunArgs {
    /// A JSON file with the query spec (- reads stdin)
    #[arg(long, short = 'f', value_name = "FILE", conflicts_with = "spec", required_unless_present = "spec")]
    pub file: Option<PathBuf>,
    /// The query spec as JSON, e.g. '{"calculations":[{"op":"COUNT"}],"breakdowns":["name"]}'
    #[arg(long, value_name = "JSON")]
    pub spec: Option<String>,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub async fn run(context: &Context, settings: &HoneycombSettings, args: RunArgs) -> CliResult {
    let prepared = prepare(context, settings, &args.common.flags())?;
    let (mut spec, label) = spec::load(args.file.as_deref(), args.spec.as_deref(), prepared.now)?;
    prepared.apply(&mut spec, &label)?;
    super::answer(context, settings, args.common.source.source, &prepared, super::Job::Spec(spec), args.common.link.open).await
}
