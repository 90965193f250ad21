//! Environments by name: finding one the way Honeycomb compares names, and `ensure`, which creates one
//! only when it is missing, also when an answer was lost on the way (as [`crate::xray::apply::create`]
//! does for sampling rules).

use super::v2::Environment;
use super::{HoneycombClient, HoneycombError, HoneycombErrorKind};
use crate::error::{CliError, CliResult, ErrorKind};

/// Finds an environment by name (case-insensitive, as Honeycomb compares them), slug or ID.
pub fn find<'e>(environments: &'e [Environment], wanted: &str) -> Option<&'e Environment> {
    environments.iter().find(|env| env.id == wanted || env.slug == wanted || env.name.eq_ignore_ascii_case(wanted))
}

/// The environment named `wanted` (name, slug or ID); not found is an error with the close names.
pub async fn lookup(client: &HoneycombClient<'_>, team: &str, wanted: &str) -> CliResult<Environment> {
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

/// What `ensure` creates when the environment is missing.
#[derive(Debug, Clone, Default)]
pub struct NewEnvironment<'a> {
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub color: Option<&'a str>,
}

/// How many times `ensure` sends the create, when each failure is followed by a lookup that finds nothing.
const ENSURE_ATTEMPTS: u32 = 2;

/// Creates the environment unless it exists; `true` when it was created. Safe to repeat and safe after a
/// lost answer: a create that failed in a way that might have gone through (5xx, time-out, an answer cut
/// off) is checked by listing, and sent again only when the list shows it did not happen. Names are
/// unique in a team, so even a create that lands late cannot make a second one.
pub async fn ensure(client: &HoneycombClient<'_>, team: &str, wanted: &NewEnvironment<'_>) -> Result<(Environment, bool), HoneycombError> {
    let environments = client.list_environments(team).await?;
    if let Some(existing) = find(&environments, wanted.name) {
        return Ok((existing.clone(), false));
    }
    let mut attempt = 1;
    loop {
        let err = match client.create_environment(team, wanted.name, wanted.description, wanted.color).await {
            Ok(created) => return Ok((created, true)),
            Err(err) => err,
        };
        let uncertain = err.may_have_happened();
        if !(uncertain || err.kind == HoneycombErrorKind::Conflict) {
            return Err(err);
        }
        client.ui().debug(&format!("create failed ({}); looking the environment up", err.summary));
        // If the lookup fails too, the create's own failure is the one worth reporting.
        let Ok(environments) = client.list_environments(team).await else { return Err(err) };
        if let Some(existing) = find(&environments, wanted.name) {
            return Ok((existing.clone(), err.kind != HoneycombErrorKind::Conflict));
        }
        if !uncertain || attempt >= ENSURE_ATTEMPTS {
            return Err(err);
        }
        client.ui().debug("the environment does not exist: creating it again");
        attempt += 1;
    }
}
