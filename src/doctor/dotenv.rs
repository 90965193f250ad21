//! The `.env` beside the compose file, which holds the key: readable (`dotenv.syntax`), kept out of git
//! (`dotenv.gitignore`, which looks at a symlink's target, not the link) and private (`dotenv.mode`,
//! which also names the temporaries an interrupted write left behind). Pure: the command gathers the facts.

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
    /// `.env` is a symlink: where it points.
    pub link: Option<crate::workspace::links::LinkTarget>,
    /// Temporaries an interrupted write left beside `.env` (or the config file), with their modes.
    pub leftovers: Vec<(PathBuf, Option<u32>)>,
    /// `.env` is there but was not read, and why (a FIFO, a device, over the size limit).
    pub unreadable: Option<String>,
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
    let mut checks = file_checks(root, facts, commands);
    // An interrupted write's temporary is there whether or not `.env` is.
    for (leftover, mode) in &facts.leftovers {
        let shown = relative(root, leftover);
        let mode = mode.map(|mode| format!(" (mode {:04o})", mode & 0o777)).unwrap_or_default();
        checks.push(
            Check::fail(ids::DOTENV_MODE, format!("{shown}{mode} was left by an interrupted write and may hold a key"))
                .with_fix(format!("rm {shown} (the next write removes it too)"))
                .at(shown.clone(), None),
        );
    }
    checks
}

fn file_checks(root: &Path, facts: &Facts, commands: &Commands) -> Vec<Check> {
    let file = relative(root, &facts.path);
    if let Some(why) = &facts.unreadable {
        return vec![
            Check::fail(ids::DOTENV_SYNTAX, format!("{file} was not read: {why}"))
                .with_fix(format!("make {file} a regular file of KEY=value lines"))
                .at(&file, None),
            Check::skip(ids::DOTENV_GITIGNORE, format!("{file} was not read")),
            Check::skip(ids::DOTENV_MODE, format!("{file} was not read")),
        ];
    }
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
    let link_refusal = facts.link.as_ref().and_then(|link| link.refusal(root).map(|reason| (link, reason)));
    checks.push(match (facts.git, link_refusal) {
        (_, Some((link, reason))) => {
            let target = relative(root, &link.target);
            let fix = if link.tracked {
                format!("git rm --cached {target} and rotate the keys in it; then make {file} a file of its own: cruddur-obs init --replace-env-link")
            } else {
                format!("make {file} a file of its own (cruddur-obs init --replace-env-link does it, leaving {target} alone)")
            };
            Check::fail(ids::DOTENV_GITIGNORE, format!("{file} is a symlink to {target}, {reason}")).with_fix(fix).at(&file, None)
        }
        (GitState::NotARepository, None) => Check::skip(ids::DOTENV_GITIGNORE, "not a git repository"),
        (GitState::Ignored, None) => Check::pass(ids::DOTENV_GITIGNORE, format!("git ignores {file}")).at(&file, None),
        (GitState::NotIgnored, None) => {
            Check::fail(ids::DOTENV_GITIGNORE, format!("git does not ignore {file}: the next `git add .` commits the key"))
                .with_fix_and_command("echo .env >> .gitignore (cruddur-obs init does it)", commands.init(&[]))
                .at(&file, None)
        }
        // Ignore rules do not apply to a tracked file: it must leave the index first (the file stays).
        (GitState::Tracked, None) => Check::fail(ids::DOTENV_GITIGNORE, format!("{file} is committed: its key is in the repository"))
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
        Facts {
            path: PathBuf::from("/w/.env"),
            parsed: text.map(crate::edit::dotenv::parse),
            mode,
            git,
            link: None,
            leftovers: Vec::new(),
            unreadable: None,
        }
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

    #[test]
    fn a_link_is_judged_by_its_target_and_leftovers_are_named() {
        use crate::workspace::links::LinkTarget;
        let link = |target: &str, inside, tracked| LinkTarget { link: "/w/.env".into(), target: target.into(), inside, tracked };
        let mut linked = facts(Some("HONEYCOMB_API_KEY=abc\n"), Some(0o600), GitState::Ignored);
        linked.link = Some(link("/w/config/dev.env", true, true));
        let rows = checks(Path::new("/w"), &linked);
        assert_eq!(statuses(&rows), [Status::Pass, Status::Fail, Status::Pass]);
        assert!(rows[1].message.contains("symlink to config/dev.env, which git tracks"), "{}", rows[1].message);
        linked.link = Some(link("/elsewhere/x.env", false, false));
        assert!(checks(Path::new("/w"), &linked)[1].message.contains("outside the workspace"));
        linked.link = Some(link("/w/config/dev.env", true, false));
        assert_eq!(checks(Path::new("/w"), &linked)[1].status, Status::Pass);
        linked.leftovers = vec![(PathBuf::from("/w/..env.Ab12Cd"), Some(0o100644))];
        let rows = checks(Path::new("/w"), &linked);
        assert_eq!(rows[3].status, Status::Fail);
        assert_eq!(rows[3].message, "..env.Ab12Cd (mode 0644) was left by an interrupted write and may hold a key");
        // Named also when the write that was interrupted was the one creating `.env`.
        let mut missing = facts(None, None, GitState::Ignored);
        missing.leftovers = linked.leftovers.clone();
        assert_eq!(statuses(&checks(Path::new("/w"), &missing)), [Status::Skip, Status::Skip, Status::Skip, Status::Fail]);
    }
}
