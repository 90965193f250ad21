//! `cruddur-obs xray destination [--enable]`: where X-Ray puts the spans it receives, and turning on
//! Transaction Search (the destination `CloudWatchLogs`), which X-Ray's OTLP endpoint requires: the
//! OpenTelemetry path's spans are refused until it is on. Safe to re-run: a destination already set is
//! read, not written again.

use clap::Args;
use serde::Serialize;

use super::connect;
use crate::aws::AwsSettings;
use crate::context::Context;
use crate::error::CliResult;
use crate::output::{Cell, Row};
use crate::xray::client::{Destination, SegmentDestination};

#[derive(Debug, Args)]
#[command(after_help = "\
X-Ray's OTLP endpoint (https://xray.REGION.amazonaws.com/v1/traces, where the collector cruddur-obs writes \
sends spans) takes spans only once the account's trace segment destination is CloudWatchLogs: Transaction \
Search. --enable sets it (UpdateTraceSegmentDestination); AWS answers PENDING until the change is active. \
AWS then writes spans to the CloudWatch Logs group aws/spans (CloudWatch pricing); with the API, AWS's guide \
also has X-Ray given a CloudWatch Logs resource policy to write there (aws logs put-resource-policy).")]
pub struct DestinationArgs {
    /// Turn Transaction Search on: set the destination to CloudWatchLogs (nothing is written when it is)
    #[arg(long)]
    pub enable: bool,
}

/// One row: the destination, and what this run did.
#[derive(Debug, Serialize)]
pub struct DestinationRow {
    pub destination: String,
    pub status: Option<String>,
    /// The OTLP endpoint takes spans.
    pub transaction_search: bool,
    /// `shown`, `unchanged` (`--enable`, already on) or `updated`.
    pub action: &'static str,
}

impl DestinationRow {
    fn new(found: &SegmentDestination, action: &'static str) -> DestinationRow {
        DestinationRow {
            destination: found.name.clone(),
            status: found.status.clone(),
            transaction_search: found.transaction_search(),
            action,
        }
    }
}

impl Row for DestinationRow {
    fn headers() -> &'static [&'static str] {
        &["DESTINATION", "STATUS", "TRANSACTION SEARCH", "ACTION"]
    }

    fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::text(&self.destination),
            Cell::optional(self.status.clone()),
            Cell::text(if self.transaction_search { "on" } else { "off" }),
            Cell::text(self.action),
        ]
    }
}

pub async fn run(context: &Context, aws: &AwsSettings, args: DestinationArgs) -> CliResult {
    let client = connect(context, aws).await?;
    let current = client.trace_segment_destination().await?;
    let row = if !args.enable {
        if !current.transaction_search() {
            context.ui.warn(&format!(
                "the destination is {}: X-Ray's OTLP endpoint refuses spans until Transaction Search is on (cruddur-obs xray destination --enable)",
                current.name
            ));
        }
        DestinationRow::new(&current, "shown")
    } else if current.transaction_search() {
        context.ui.status("Transaction Search is already on: nothing changed");
        DestinationRow::new(&current, "unchanged")
    } else {
        let updated = client.update_trace_segment_destination(Destination::CloudWatchLogs).await?;
        context.ui.success(&format!(
            "trace segment destination {} -> {} ({}): spans now go to CloudWatch Logs (log group aws/spans)",
            current.name,
            updated.name,
            updated.status.as_deref().unwrap_or("status not given")
        ));
        DestinationRow::new(&updated, "updated")
    };
    context.print_rows(&[row])
}
