//! `cruddur-obs honeycomb markers add|list|delete` (environment key): deploy markers from CI.

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::honeycomb::client::Scope;
use crate::honeycomb::v1::{Marker, NewMarker};
use crate::output::{Cell, Row};
use crate::query::time::format_rfc3339;
use crate::settings::honeycomb::HoneycombSettings;

#[derive(Debug, Subcommand)]
pub enum MarkersCommand {
    /// Add a marker, e.g. a deploy: markers add --type deploy --message "v1.2"
    Add(AddArgs),
    /// List a dataset's markers
    List(DatasetArgs),
    /// Delete a marker
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct DatasetArgs {
    /// Dataset, or __all__ for the whole environment
    #[arg(long, short = 'd', default_value = "__all__")]
    pub dataset: String,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[command(flatten)]
    pub dataset: DatasetArgs,
    /// Marker type, e.g. deploy (markers of one type share a colour)
    #[arg(long = "type", value_name = "TYPE")]
    pub marker_type: Option<String>,
    /// The text shown on the marker
    #[arg(long, short = 'm')]
    pub message: Option<String>,
    /// A link, e.g. the CI run or the commit
    #[arg(long)]
    pub url: Option<String>,
    /// Start, in Unix seconds [default: now]
    #[arg(long, value_name = "SECONDS")]
    pub start_time: Option<i64>,
    /// End, in Unix seconds, for a marker that spans time
    #[arg(long, value_name = "SECONDS")]
    pub end_time: Option<i64>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    #[command(flatten)]
    pub dataset: DatasetArgs,
    /// Marker ID
    pub id: String,
}

impl Row for Marker {
    fn headers() -> &'static [&'static str] {
        &["ID", "TYPE", "MESSAGE", "START", "END", "URL"]
    }

    fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::text(&self.id),
            Cell::optional(self.marker_type.clone()),
            Cell::optional(self.message.clone()),
            // ISO 8601, as every other time the tool prints; JSON keeps Honeycomb's Unix seconds.
            Cell::optional(self.start_time.map(iso_8601)),
            Cell::optional(self.end_time.map(iso_8601)),
            Cell::optional(self.url.clone()),
        ]
    }
}

fn iso_8601(unix_seconds: i64) -> String {
    format_rfc3339(unix_seconds as f64)
}

pub async fn run(context: &Context, settings: &HoneycombSettings, command: MarkersCommand) -> CliResult {
    if let MarkersCommand::Add(args) = &command {
        if args.message.is_none() && args.marker_type.is_none() {
            return Err(CliError::usage("a marker needs --message or --type"));
        }
        if let (Some(start), Some(end)) = (args.start_time, args.end_time)
            && end < start
        {
            return Err(CliError::invalid_input(format!("--end-time {end} is before --start-time {start}")));
        }
        if args.url.as_ref().is_some_and(|url| !url.starts_with("http://") && !url.starts_with("https://")) {
            return Err(CliError::invalid_input("--url: expected an http:// or https:// URL"));
        }
    }
    let client = settings.client(context, Scope::Environment)?;
    match command {
        MarkersCommand::Add(args) => {
            let marker = NewMarker {
                message: args.message,
                marker_type: args.marker_type,
                url: args.url,
                start_time: args.start_time,
                end_time: args.end_time,
            };
            let created = client.create_marker(&args.dataset.dataset, &marker).await.map_err(|err| {
                let uncertain = err.may_have_happened();
                let error = CliError::from(err);
                if uncertain {
                    // Markers have no unique name to look up: say so rather than risk a second one.
                    error.with_hint(format!(
                        "the marker may have been added: check `cruddur-obs honeycomb markers list -d {}` before retrying",
                        args.dataset.dataset
                    ))
                } else {
                    error
                }
            })?;
            context.ui.success(&format!("added marker {} to {}", created.id, args.dataset.dataset));
            context.print_record(&created)?;
        }
        MarkersCommand::List(args) => context.print_rows(&client.list_markers(&args.dataset).await?)?,
        MarkersCommand::Delete(args) => {
            client.delete_marker(&args.dataset.dataset, &args.id).await?;
            context.ui.success(&format!("deleted marker {}", args.id));
        }
    }
    Ok(())
}
