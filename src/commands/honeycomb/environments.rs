//! `cruddur-obs honeycomb environments list|create|ensure|get|update|delete` (management key).

use clap::{ArgAction, Args, Subcommand};

use super::{client, team_slug};
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::client::Scope;
use crate::honeycomb::v2::Environment;
use crate::honeycomb::{HoneycombClient, HoneycombErrorKind};
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

/// Finds an environment by name (case-insensitive, as Honeycomb compares them), slug or ID.
pub(crate) fn find<'e>(environments: &'e [Environment], wanted: &str) -> Option<&'e Environment> {
    environments.iter().find(|env| env.id == wanted || env.slug == wanted || env.name.eq_ignore_ascii_case(wanted))
}

pub(crate) async fn lookup(client: &HoneycombClient<'_>, team: &str, wanted: &str) -> CliResult<Environment> {
    let environments = client.list_environments(team).await?;
    find(&environments, wanted).cloned().ok_or_else(|| {
        let names: Vec<&str> = environments.iter().map(|env| env.name.as_str()).collect();
        let error = CliError::new(ErrorKind::Rejected, format!("environment {wanted:?} not found"));
        match crate::suggest::suggest(wanted, names.iter().copied()) {
            Some(close) => error.with_hint(format!("did you mean {close}?")),
            None if names.is_empty() => error.with_hint("the team has no environments yet: cruddur-obs honeycomb environments create NAME"),
            None => error.with_hint(format!("environments: {}", names.join(", "))),
        }
    })
}

/// How many times `ensure` sends the create, when each failure is followed by a lookup that finds nothing.
const ENSURE_ATTEMPTS: u32 = 2;

/// Creates the environment unless it exists. Safe to repeat and safe after a lost answer: a create that
/// failed in a way that might have gone through (5xx, time-out, an answer cut off) is checked by
/// listing, and sent again only when the list shows it did not happen. Names are unique in a team, so
/// even a create that lands late cannot make a second one.
pub(crate) async fn ensure(
    context: &Context,
    client: &HoneycombClient<'_>,
    team: &str,
    args: &CreateArgs,
) -> CliResult<(Environment, bool)> {
    let environments = client.list_environments(team).await?;
    if let Some(existing) = find(&environments, &args.name) {
        return Ok((existing.clone(), false));
    }
    let mut attempt = 1;
    loop {
        let err = match client.create_environment(team, &args.name, args.description.as_deref(), args.color.as_deref()).await {
            Ok(created) => return Ok((created, true)),
            Err(err) => err,
        };
        let uncertain = err.may_have_happened();
        if !(uncertain || err.kind == HoneycombErrorKind::Conflict) {
            return Err(err.into());
        }
        context.ui.debug(&format!("create failed ({}); looking the environment up", err.summary));
        // If the lookup fails too, the create's own failure is the one worth reporting.
        let Ok(environments) = client.list_environments(team).await else { return Err(err.into()) };
        if let Some(existing) = find(&environments, &args.name) {
            return Ok((existing.clone(), err.kind != HoneycombErrorKind::Conflict));
        }
        if !uncertain || attempt >= ENSURE_ATTEMPTS {
            return Err(err.into());
        }
        context.ui.debug("the environment does not exist: creating it again");
        attempt += 1;
    }
}

pub async fn run(context: &Context, settings: &HoneycombSettings, command: EnvironmentsCommand) -> CliResult {
    if let EnvironmentsCommand::Create(args) | EnvironmentsCommand::Ensure(args) = &command {
        check_create(args)?;
    }
    let client = client(context, settings, Scope::Management)?;
    let team = team_slug(&client).await?;
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
            let (environment, created) = ensure(context, &client, &team, &args).await?;
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
            if !context.ui.confirm(&question, args.yes, "--yes")? {
                return Err(CliError::usage("cancelled; nothing was deleted"));
            }
            if environment.delete_protected {
                client.update_environment(&team, &environment.id, None, None, Some(false)).await?;
            }
            client.delete_environment(&team, &environment.id).await?;
            context.ui.success(&format!("deleted environment {}", environment.name));
        }
    }
    Ok(())
}
