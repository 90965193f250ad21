//! `cruddur-obs honeycomb environments list|create|ensure|get|update|delete` (management key).

use clap::{ArgAction, Args, Subcommand};

use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::honeycomb::client::Scope;
use crate::honeycomb::environments::{NewEnvironment, ensure, lookup};
use crate::honeycomb::v2::Environment;
use crate::output::{Cell, Row};
use crate::settings::honeycomb::HoneycombSettings;

/// Honeycomb's environment colours.
const COLORS: [&str; 10] = ["blue", "green", "gold", "red", "purple", "lightBlue", "lightGreen", "lightGold", "lightRed", "lightPurple"];

#[derive(Debug, Subcommand)]
pub enum EnvironmentsCommand {
    /// List every environment of the team
    List,
    /// Create an environment (fails if the name is taken; see `ensure`)
    Create(CreateArgs),
    /// Return the environment with this name, creating it if it does not exist
    Ensure(CreateArgs),
    /// Show one environment (by name, slug or ID)
    Get(NameArgs),
    /// Change an environment's description, colour or delete protection
    Update(UpdateArgs),
    /// Delete an environment and all its data: turns delete protection off first (asks; --yes in scripts)
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Environment name, e.g. aws-bootcamp-cruddur (at most 255 characters)
    pub name: String,
    /// A description (at most 255 characters)
    #[arg(long)]
    pub description: Option<String>,
    /// Colour in the Honeycomb UI
    #[arg(long, value_parser = COLORS)]
    pub color: Option<String>,
}

#[derive(Debug, Args)]
pub struct NameArgs {
    /// Environment name, slug or ID
    pub name: String,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Environment name, slug or ID
    pub name: String,
    #[arg(long)]
    pub description: Option<String>,
    #[arg(long, value_parser = COLORS)]
    pub color: Option<String>,
    /// Turn delete protection on or off
    #[arg(long, value_name = "BOOL", action = ArgAction::Set)]
    pub delete_protected: Option<bool>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Environment name, slug or ID
    pub name: String,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
}

impl Row for Environment {
    fn headers() -> &'static [&'static str] {
        &["NAME", "SLUG", "COLOR", "DELETE PROTECTED", "DESCRIPTION", "ID"]
    }

    fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::text(&self.name),
            Cell::text(&self.slug),
            Cell::optional(self.color.clone()),
            Cell::text(if self.delete_protected { "yes" } else { "no" }),
            Cell::optional(self.description.clone()),
            Cell::text(&self.id),
        ]
    }
}

fn check_create(args: &CreateArgs) -> CliResult {
    let length = args.name.chars().count();
    if length == 0 || length > 255 {
        return Err(CliError::invalid_input(format!("environment name {:?}: 1 to 255 characters", args.name)));
    }
    if args.description.as_ref().is_some_and(|description| description.chars().count() > 255) {
        return Err(CliError::invalid_input("--description: at most 255 characters"));
    }
    Ok(())
}

pub async fn run(context: &Context, settings: &HoneycombSettings, command: EnvironmentsCommand) -> CliResult {
    if let EnvironmentsCommand::Create(args) | EnvironmentsCommand::Ensure(args) = &command {
        check_create(args)?;
    }
    let client = settings.client(context, Scope::Management)?;
    let team = client.team_slug().await?;
    match command {
        EnvironmentsCommand::List => context.print_rows(&client.list_environments(&team).await?)?,
        EnvironmentsCommand::Create(args) => {
            let created =
                client.create_environment(&team, &args.name, args.description.as_deref(), args.color.as_deref()).await.map_err(|err| {
                    let uncertain = err.may_have_happened();
                    let error = CliError::from(err);
                    if uncertain {
                        error.with_hint(format!(
                            "it may have been created: `cruddur-obs honeycomb environments ensure {}` is safe to re-run",
                            args.name
                        ))
                    } else {
                        error
                    }
                })?;
            context.ui.success(&format!("created environment {}", created.name));
            context.print_record(&created)?;
        }
        EnvironmentsCommand::Ensure(args) => {
            let wanted = NewEnvironment { name: &args.name, description: args.description.as_deref(), color: args.color.as_deref() };
            let (environment, created) = ensure(&client, &team, &wanted).await?;
            if created {
                context.ui.success(&format!("created environment {}", environment.name));
            } else {
                context.ui.status(&format!("environment {} already exists", environment.name));
            }
            context.print_record(&environment)?;
        }
        EnvironmentsCommand::Get(args) => context.print_record(&lookup(&client, &team, &args.name).await?)?,
        EnvironmentsCommand::Update(args) => {
            if args.description.is_none() && args.color.is_none() && args.delete_protected.is_none() {
                return Err(CliError::usage("nothing to update").with_hint("pass --description, --color or --delete-protected"));
            }
            let environment = lookup(&client, &team, &args.name).await?;
            let updated = client
                .update_environment(&team, &environment.id, args.description.as_deref(), args.color.as_deref(), args.delete_protected)
                .await?;
            context.ui.success(&format!("updated environment {}", updated.name));
            context.print_record(&updated)?;
        }
        EnvironmentsCommand::Delete(args) => {
            let environment = lookup(&client, &team, &args.name).await?;
            let question = format!("Delete environment {} and all its data? This cannot be undone.", environment.name);
            context.ui.confirm_delete(&question, args.yes)?;
            if environment.delete_protected {
                client.update_environment(&team, &environment.id, None, None, Some(false)).await?;
            }
            client.delete_environment(&team, &environment.id).await?;
            context.ui.success(&format!("deleted environment {}", environment.name));
        }
    }
    Ok(())
}
