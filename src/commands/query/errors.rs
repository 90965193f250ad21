//! `cruddur-obs query errors`: counts of error spans by span name, HTTP status and message.

use clap::Args;

use super::{CommonArgs, run_preset};
use crate::context::Context;
use crate::error::CliResult;
use crate::query::presets::{PresetKind, PresetOptions};
use crate::settings::honeycomb::HoneycombSettings;

#[derive(Debug, Args)]
#[command(after_help = "\
Error spans are those with error = true (Honeycomb sets it for OpenTelemetry's ERROR status), else \
status_code = 2, else an HTTP status of 500 or more. The message is the span status's (for an uncaught \
Python exception: \"ZeroDivisionError: division by zero\").

JSON and CSV: name, http_status, message, count.")]
pub struct ErrorsArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Group by these columns instead (repeatable)
    #[arg(long, value_name = "COLUMN")]
    pub by: Vec<String>,
}

pub async fn run(context: &Context, settings: &HoneycombSettings, args: ErrorsArgs) -> CliResult {
    let options = PresetOptions { by: args.by, ..PresetOptions::default() };
    run_preset(context, settings, PresetKind::Errors, &args.common, options).await
}
