//! `cruddur-obs honeycomb datasets list|create` (environment key).

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::honeycomb::client::Scope;
use crate::honeycomb::v1::Dataset;
use crate::output::{Cell, Row};
use crate::settings::honeycomb::HoneycombSettings;

#[derive(Debug, Subcommand)]
pub enum DatasetsCommand {
    /// List the environment's datasets
    List,
    /// Create a dataset, or return it if it exists
    Create(CreateArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Dataset name (OpenTelemetry data goes to the dataset named after service.name)
    pub name: String,
    #[arg(long)]
    pub description: Option<String>,
}

impl Row for Dataset {
    fn headers() -> &'static [&'static str] {
        &["NAME", "SLUG", "LAST WRITTEN", "DESCRIPTION"]
    }

    fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::text(&self.name),
            Cell::text(&self.slug),
            Cell::optional(self.last_written_at.clone()),
            Cell::optional(self.description.clone()),
        ]
    }
}

pub async fn run(context: &Context, settings: &HoneycombSettings, command: DatasetsCommand) -> CliResult {
    if let DatasetsCommand::Create(args) = &command {
        let length = args.name.chars().count();
        if length == 0 || length > 255 {
            return Err(CliError::invalid_input(format!("dataset name {:?}: 1 to 255 characters", args.name)));
        }
        if args.description.as_ref().is_some_and(|description| description.chars().count() > 1024) {
            return Err(CliError::invalid_input("--description: at most 1024 characters"));
        }
    }
    let client = settings.client(context, Scope::Environment)?;
    match command {
        DatasetsCommand::List => context.print_rows(&client.list_datasets().await?)?,
        DatasetsCommand::Create(args) => {
            let (dataset, created) = client.create_dataset(&args.name, args.description.as_deref()).await?;
            if created {
                context.ui.success(&format!("created dataset {}", dataset.name));
            } else {
                context.ui.status(&format!("dataset {} already exists", dataset.name));
            }
            context.print_record(&dataset)?;
        }
    }
    Ok(())
}
