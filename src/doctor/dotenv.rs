//! The `.env` beside the compose file, which holds the key: readable (`dotenv.syntax`), kept out of git
//! (`dotenv.gitignore`) and private (`dotenv.mode`). Pure: the command gathers the facts.

use std::path::{Path, PathBuf};

use super::{Check, Commands, argv, ids, relative};
use crate::edit::dotenv::{DotenvError, Entry};

/// What git thinks of `.env`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GitState {
    NotARepository,
    Ignored,
    NotIgnored,
    /// Committed already (ignoring it now does not take it out of the repository).
    Tracked,
}

#[derive(Debug, Clone)]
pub struct Facts {
    pub path: PathBuf,
    /// The text, parsed; `None` when there is no `.env`.
    pub parsed: Option<Result<Vec<Entry>, DotenvError>>,
    /// The permission bits (Unix).
    pub mode: Option<u32>,
    pub git: GitState,
}

/// Whether the file assigns a secret (a Honeycomb, Rollbar or AWS secret variable with a value).
fn holds_secret(entries: &[Entry]) -> bool {
    entries.iter().any(|entry| {
        let key = entry.key.to_ascii_uppercase();
        let secretish = key.ends_with("KEY") || key.ends_with("TOKEN") || key.ends_with("SECRET");
        secretish && entry.value.as_deref().is_some_and(|value| !value.is_empty() && !value.starts_with('$'))
    })
}

pub fn checks(root: &Path, facts: &Facts, commands: &Commands) -> Vec<Check> {
    let file = relative(root, &facts.path);
    let Some(parsed) = &facts.parsed else {
        let why = format!("no {file}: compose takes ${{VAR}} values from the shell only");
        return vec![
            Check::skip(ids::DOTENV_SYNTAX, why.clone()),
            Check::skip(ids::DOTENV_GITIGNORE, why.clone()),
            Check::skip(ids::DOTENV_MODE, why),
        ];
    };
    let mut checks = Vec::new();
    let secret = match parsed {
        Ok(entries) => {
            checks.push(
                Check::pass(ids::DOTENV_SYNTAX, format!("{file} reads as compose reads it ({} assignments)", entries.len()))
                    .at(&file, None),
            );
            holds_secret(entries)
        }
        Err(err) => {
            let line = match err {
                DotenvError::Syntax { line, .. } => Some(*line),
                _ => None,
            };
            checks.push(
                Check::fail(ids::DOTENV_SYNTAX, format!("{file}: {err}: compose refuses to start with it"))
                    .with_fix("fix the line (values with spaces or # need quotes)")
                    .at(&file, line),
            );
            true
        }
    };
    checks.push(match facts.git {
        GitState::NotARepository => Check::skip(ids::DOTENV_GITIGNORE, "not a git repository"),
        GitState::Ignored => Check::pass(ids::DOTENV_GITIGNORE, format!("git ignores {file}")).at(&file, None),
        GitState::NotIgnored => {
            Check::fail(ids::DOTENV_GITIGNORE, format!("git does not ignore {file}: the next `git add .` commits the key"))
                .with_fix_and_command("echo .env >> .gitignore (cruddur-obs init does it)", commands.init(&[]))
                .at(&file, None)
        }
        // Ignore rules do not apply to a tracked file: it must leave the index first (the file stays).
        GitState::Tracked => Check::fail(ids::DOTENV_GITIGNORE, format!("{file} is committed: its key is in the repository"))
            .with_fix_and_command(
                format!("git rm --cached -- {file} (the file stays), add .env to .gitignore, and rotate the keys it ever held"),
                argv(&["git", "rm", "--cached", "--quiet", "--", &file]),
            )
            .at(&file, None),
    });
    checks.push(match facts.mode {
        None => Check::skip(ids::DOTENV_MODE, "file modes are not checked on this system"),
        Some(mode) if mode & 0o077 == 0 => {
            Check::pass(ids::DOTENV_MODE, format!("{file} is private (mode {:04o})", mode & 0o777)).at(&file, None)
        }
        Some(mode) => {
            let message = format!("{file} is readable by other users (mode {:04o})", mode & 0o777);
            let check = if secret {
                Check::fail(ids::DOTENV_MODE, format!("{message} and holds a secret"))
            } else {
                Check::warn(ids::DOTENV_MODE, message)
            };
            check.with_command(argv(&["chmod", "600", &file]), "").at(&file, None)
        }
    });
    checks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doctor::Status;

    fn facts(text: Option<&str>, mode: Option<u32>, git: GitState) -> Facts {
        Facts { path: PathBuf::from("/w/.env"), parsed: text.map(crate::edit::dotenv::parse), mode, git }
    }

    fn checks(root: &Path, facts: &Facts) -> Vec<Check> {
        super::checks(root, facts, &Commands::default())
    }

    fn statuses(checks: &[Check]) -> Vec<Status> {
        checks.iter().map(|check| check.status).collect()
    }

    #[test]
    fn a_private_ignored_env_passes() {
        let checks = checks(Path::new("/w"), &facts(Some("HONEYCOMB_API_KEY=abc\n"), Some(0o100600), GitState::Ignored));
        assert_eq!(statuses(&checks), [Status::Pass, Status::Pass, Status::Pass]);
    }

    #[test]
    fn readable_committed_or_broken_envs_fail() {
        let open = checks(Path::new("/w"), &facts(Some("HONEYCOMB_API_KEY=abc\n"), Some(0o644), GitState::NotIgnored));
        assert_eq!(statuses(&open), [Status::Pass, Status::Fail, Status::Fail]);
        assert_eq!(open[2].fix.as_deref(), Some("chmod 600 .env"));
        let harmless = checks(Path::new("/w"), &facts(Some("A=1\n"), Some(0o644), GitState::Tracked));
        assert_eq!(statuses(&harmless), [Status::Pass, Status::Fail, Status::Warn]);
        let broken = checks(Path::new("/w"), &facts(Some("A=1\nB C\n"), None, GitState::NotARepository));
        assert_eq!(statuses(&broken), [Status::Fail, Status::Skip, Status::Skip]);
        assert_eq!(broken[0].line, Some(2));
        assert_eq!(statuses(&checks(Path::new("/w"), &facts(None, None, GitState::Ignored))), [Status::Skip; 3]);
    }
}
