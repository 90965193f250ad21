//! What a Cruddur workspace holds, found on disk: the compose files docker compose would use (and the
//! others beside them, listed), their services and `env_file`s, `.gitpod.yml`, devcontainer,
//! `.env.example` files, X-Ray rule files wherever the team keeps them, and what git says.
//!
//! Detection only reads. [`services`] is the one service discovery `init` and `doctor` share;
//! [`crate::init`] turns a workspace and the user's choices into a plan of file edits.

pub mod collector;
pub mod frontend;
pub mod git;
pub mod interpolate;
pub mod key;
pub mod links;
pub mod otel;
pub mod services;
pub mod xray_legacy;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use self::services::{EnvFile, EnvFileState, PythonService};
use crate::edit::compose::{self, ServiceInfo};
use crate::edit::dotenv;
use crate::error::{CliError, CliResult};
use crate::settings::Environment;

/// A compose file and its services.
#[derive(Debug, Clone)]
pub struct ComposeFile {
    pub path: PathBuf,
    pub text: String,
    pub services: Vec<ServiceInfo>,
    /// Each service's `env_file`s, read (by service name; services without one are absent).
    pub env_files: BTreeMap<String, Vec<EnvFile>>,
}

impl ComposeFile {
    /// The `env_file`s of a service of this file.
    pub fn env_files_of(&self, service: &str) -> &[EnvFile] {
        self.env_files.get(service).map(Vec::as_slice).unwrap_or_default()
    }
}

/// Which compose files docker compose uses, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ComposeSource {
    /// compose's default file (`compose.yaml`, ... `docker-compose.yml`) and its override file.
    Default,
    /// `COMPOSE_FILE`, from the shell or the project's `.env`.
    Variable { from_dotenv: bool },
    /// `-f` / `--file`, given to the command.
    Flag,
}

/// What picks the compose files: `-f` flags, else `COMPOSE_FILE` (shell, then `.env`), else compose's defaults.
#[derive(Debug, Clone, Default)]
pub struct ComposeSelection {
    /// `-f FILE` (repeatable), relative to the workspace.
    pub files: Vec<PathBuf>,
    /// `COMPOSE_FILE` from the shell.
    pub compose_file: Option<String>,
    /// `COMPOSE_PATH_SEPARATOR` from the shell.
    pub separator: Option<String>,
}

impl ComposeSelection {
    /// The flags given, with `COMPOSE_FILE` and `COMPOSE_PATH_SEPARATOR` from the shell.
    pub fn from_env(files: &[PathBuf], env: &dyn Environment) -> ComposeSelection {
        ComposeSelection { files: files.to_vec(), compose_file: env.var("COMPOSE_FILE"), separator: env.var("COMPOSE_PATH_SEPARATOR") }
    }
}

#[derive(Debug, Clone)]
pub struct Workspace {
    pub root: PathBuf,
    /// The compose files docker compose uses here, in the order it merges them.
    pub compose_files: Vec<ComposeFile>,
    /// How they were chosen.
    pub compose_source: ComposeSource,
    /// Other compose-looking files here (`docker-compose.prod.yml`, `docker-compose-codespace.yml`):
    /// listed, never edited, their services never instrumented (`-f` or `COMPOSE_FILE` picks them).
    pub other_compose_files: Vec<PathBuf>,
    pub gitpod: Option<PathBuf>,
    pub devcontainer: Option<PathBuf>,
    pub env_examples: Vec<PathBuf>,
    /// Every sampling-rule file, wherever the team keeps it (`aws/json/xray.json`, `aws/xray.json`,
    /// `backend-flask/xray.json`, several files), in path order.
    pub xray_rules: Vec<PathBuf>,
    /// What git says about the workspace.
    pub repository: git::Repository,
}

/// The compose file names docker compose looks for, then the variants people keep beside them
/// (`docker-compose-codespace.yml`, `docker-compose.prod.yml`).
fn is_compose_name(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(".yml").or_else(|| name.strip_suffix(".yaml")) else { return false };
    stem == "compose" || stem == "docker-compose" || stem.starts_with("docker-compose-") || stem.starts_with("docker-compose.")
}

/// compose's default files, in the order it looks for them (compose-go's `DefaultFileNames`), and the
/// override files it merges over the one it found.
const DEFAULT_FILES: [&str; 4] = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];
const OVERRIDE_FILES: [&str; 4] =
    ["compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml"];

fn read(path: &Path) -> CliResult<String> {
    crate::fsio::read_workspace_file(path).map_err(|err| CliError::invalid_input(format!("{}: cannot read: {err}", path.display())))
}

/// Directories a search for the team's files never enters: dependencies, build output, virtualenvs,
/// hidden and `_`-prefixed directories.
fn skipped_dir(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('_')
        || matches!(name, "node_modules" | "venv" | "env" | "target" | "build" | "dist" | "vendor" | "site-packages")
}

/// A JSON file that holds sampling rules: as `--cli-input-json` takes them, as `get-sampling-rules`
/// prints them, or a bare rule.
fn holds_sampling_rules(path: &Path) -> bool {
    const LIMIT: u64 = 256 * 1024;
    if std::fs::metadata(path).map_or(true, |metadata| metadata.len() > LIMIT) {
        return false;
    }
    let Ok(text) = crate::fsio::read_text(path, crate::fsio::Limit::Rules) else { return false };
    text.contains("\"SamplingRule") || (text.contains("\"RuleName\"") && text.contains("\"FixedRate\""))
}

/// Every sampling-rule file under `root`, three levels deep at most (the bootcamp's `aws/json/` is two).
fn find_rule_files(root: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, depth: usize, found: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(kind) = entry.file_type() else { continue };
            if kind.is_dir() {
                if depth < 3 && !skipped_dir(&name) {
                    walk(&path, depth + 1, found);
                }
            } else if kind.is_file()
                && name.ends_with(".json")
                && !matches!(name.as_str(), "package.json" | "package-lock.json" | "tsconfig.json" | "devcontainer.json")
                && holds_sampling_rules(&path)
            {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    walk(root, 0, &mut found);
    found.sort();
    found
}

/// The compose files to use: `(files, source)`; each must exist.
fn select_compose(root: &Path, candidates: &[PathBuf], selection: &ComposeSelection) -> CliResult<(Vec<PathBuf>, ComposeSource)> {
    let must_exist = |path: PathBuf, named_by: &str| -> CliResult<PathBuf> {
        if path.is_file() {
            Ok(path)
        } else {
            Err(CliError::invalid_input(format!("{named_by} {}: no such file", path.display()))
                .with_hint(format!("compose files here: {}", names_of(candidates))))
        }
    };
    if !selection.files.is_empty() {
        let files = selection.files.iter().map(|file| must_exist(root.join(file), "-f")).collect::<CliResult<Vec<_>>>()?;
        return Ok((files, ComposeSource::Flag));
    }
    let dotenv_value = |name: &str| {
        let text = crate::fsio::read_workspace_file(&root.join(".env")).ok()?;
        dotenv::find(&dotenv::parse(&text).ok()?, name)?.value.clone().filter(|value| !value.is_empty())
    };
    let (variable, from_dotenv) = match &selection.compose_file {
        Some(value) => (Some(value.clone()), false),
        None => (dotenv_value("COMPOSE_FILE"), true),
    };
    if let Some(value) = variable {
        let separator = selection.separator.clone().or_else(|| from_dotenv.then(|| dotenv_value("COMPOSE_PATH_SEPARATOR")).flatten());
        let separator = separator.unwrap_or_else(|| if cfg!(windows) { ";".to_owned() } else { ":".to_owned() });
        let where_ = if from_dotenv { "COMPOSE_FILE (in .env)" } else { "COMPOSE_FILE" };
        let files = value
            .split(separator.as_str())
            .filter(|part| !part.trim().is_empty())
            .map(|part| must_exist(root.join(part.trim()), where_))
            .collect::<CliResult<Vec<_>>>()?;
        return Ok((files, ComposeSource::Variable { from_dotenv }));
    }
    let mut files: Vec<PathBuf> = DEFAULT_FILES.iter().map(|name| root.join(name)).filter(|path| path.is_file()).take(1).collect();
    if !files.is_empty() {
        files.extend(OVERRIDE_FILES.iter().map(|name| root.join(name)).find(|path| path.is_file()));
    }
    Ok((files, ComposeSource::Default))
}

fn names_of(paths: &[PathBuf]) -> String {
    if paths.is_empty() {
        return "none".to_owned();
    }
    paths.iter().filter_map(|path| path.file_name()).map(|name| name.to_string_lossy().into_owned()).collect::<Vec<_>>().join(", ")
}

fn parse_compose(path: PathBuf, root: &Path) -> CliResult<ComposeFile> {
    let text = read(&path)?;
    let services = compose::services(&text).map_err(|err| match &err {
        compose::ComposeError::Syntax { line: Some(line), .. } => CliError::invalid_input(format!("{}:{line}: {err}", path.display())),
        _ => CliError::invalid_input(format!("{}: {err}", path.display())),
    })?;
    let dir = path.parent().unwrap_or(root).to_owned();
    let env_files = services
        .iter()
        .filter(|service| !service.env_files.is_empty())
        .map(|service| (service.name.clone(), service.env_files.iter().map(|reference| EnvFile::read(root, &dir, reference)).collect()))
        .collect();
    Ok(ComposeFile { path, text, services, env_files })
}

impl Workspace {
    /// The workspace with compose's default files (no `-f`, no `COMPOSE_FILE` from the shell; a
    /// `COMPOSE_FILE` in the project's `.env` still counts, as it does for compose).
    pub fn detect(root: &Path) -> CliResult<Workspace> {
        Workspace::detect_with(root, &ComposeSelection::default())
    }

    /// Checks that the compose files `-f` or `COMPOSE_FILE` name are there (bad input, before anything
    /// else is read).
    pub fn check_selection(root: &Path, selection: &ComposeSelection) -> CliResult {
        let candidates: Vec<PathBuf> = std::fs::read_dir(root)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|entry| entry.path())
                    .filter(|path| path.file_name().is_some_and(|name| is_compose_name(&name.to_string_lossy())))
                    .collect()
            })
            .unwrap_or_default();
        select_compose(root, &candidates, selection).map(|_| ())
    }

    pub fn detect_with(root: &Path, selection: &ComposeSelection) -> CliResult<Workspace> {
        let entries = std::fs::read_dir(root)
            .map_err(|err| CliError::invalid_input(format!("{}: cannot read the workspace: {err}", root.display())))?;
        let mut candidates = Vec::new();
        let mut env_examples = Vec::new();
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_file() && is_compose_name(&name) {
                candidates.push(path);
            } else if path.is_dir() && !name.starts_with('.') && name != "node_modules" {
                let example = path.join(".env.example");
                if example.is_file() {
                    env_examples.push(example);
                }
            } else if name == ".env.example" {
                env_examples.push(path);
            }
        }
        candidates.sort();
        env_examples.sort();
        let (selected, compose_source) = select_compose(root, &candidates, selection)?;
        let other_compose_files = candidates.iter().filter(|path| !selected.contains(path)).cloned().collect();
        let compose_files = selected.into_iter().map(|path| parse_compose(path, root)).collect::<CliResult<Vec<_>>>()?;
        let existing = |relative: &str| Some(root.join(relative)).filter(|path| path.is_file());
        Ok(Workspace {
            root: root.to_owned(),
            compose_files,
            compose_source,
            other_compose_files,
            gitpod: existing(".gitpod.yml"),
            devcontainer: existing(".devcontainer/devcontainer.json"),
            env_examples,
            xray_rules: find_rule_files(root),
            repository: git::repository(root),
        })
    }

    /// Every service name, with the compose files that define it.
    pub fn services(&self) -> BTreeMap<String, Vec<&ComposeFile>> {
        let mut services: BTreeMap<String, Vec<&ComposeFile>> = BTreeMap::new();
        for file in &self.compose_files {
            for service in &file.services {
                services.entry(service.name.clone()).or_default().push(file);
            }
        }
        services
    }

    /// How git sees `path`.
    pub fn git_state(&self, path: &Path) -> git::FileState {
        git::file_state(&self.repository, &self.root, path)
    }

    /// Where docker compose reads `${VAR}` values from: the `.env` beside the (first) compose file.
    pub fn dotenv_path(&self) -> PathBuf {
        self.compose_files.first().and_then(|file| file.path.parent().map(|dir| dir.join(".env"))).unwrap_or_else(|| self.root.join(".env"))
    }

    /// The compose files that are not used, for a note.
    pub fn unused_compose_note(&self) -> Option<String> {
        if self.other_compose_files.is_empty() {
            return None;
        }
        let used = names_of(&self.compose_files.iter().map(|file| file.path.clone()).collect::<Vec<_>>());
        let why = match self.compose_source {
            ComposeSource::Default => "compose's default",
            ComposeSource::Variable { from_dotenv: false } => "from COMPOSE_FILE",
            ComposeSource::Variable { from_dotenv: true } => "from COMPOSE_FILE in .env",
            ComposeSource::Flag => "from -f",
        };
        Some(format!(
            "{}: not used by docker compose here (it uses {used}, {why}), so left as it is; name it with -f or COMPOSE_FILE to set it up",
            names_of(&self.other_compose_files)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workspaces").join(name)
    }

    #[test]
    fn finds_the_reference_workspace() {
        let workspace = Workspace::detect(&fixture("omenking__aws-bootcamp-cruddur-2023")).unwrap();
        assert_eq!(workspace.compose_files.len(), 1);
        assert!(workspace.gitpod.is_some() && workspace.devcontainer.is_some());
        assert_eq!(workspace.xray_rules, [fixture("omenking__aws-bootcamp-cruddur-2023/aws/json/xray.json")], "_variants is not searched");
        let python = workspace.python_services();
        assert_eq!(python.len(), 1);
        assert_eq!(python[0].name, "backend-flask");
        assert!(python[0].flask);
        assert_eq!(workspace.env_examples.len(), 2);
    }

    #[test]
    fn compose_uses_its_default_file_and_the_variants_are_listed() {
        let aravind = Workspace::detect(&fixture("aravindvcyber__aws-bootcamp-cruddur-2023")).unwrap();
        let names: Vec<String> =
            aravind.compose_files.iter().map(|file| file.path.file_name().unwrap().to_string_lossy().into_owned()).collect();
        assert_eq!(names, ["docker-compose.yml"]);
        assert_eq!(aravind.other_compose_files, [fixture("aravindvcyber__aws-bootcamp-cruddur-2023/docker-compose-codespace.yml")]);
        assert!(aravind.unused_compose_note().unwrap().starts_with("docker-compose-codespace.yml: not used by docker compose here"));
        let ibnomar = Workspace::detect(&fixture("ibnomarmahmoud__aws-bootcamp-cruddur-2023")).unwrap();
        assert_eq!(ibnomar.compose_files[0].path.file_name().unwrap(), "docker-compose.yaml");
    }

    #[test]
    fn flags_then_compose_file_pick_the_files() {
        let root = fixture("aravindvcyber__aws-bootcamp-cruddur-2023");
        let flag = ComposeSelection { files: vec![PathBuf::from("docker-compose-codespace.yml")], ..ComposeSelection::default() };
        let picked = Workspace::detect_with(&root, &flag).unwrap();
        assert_eq!(picked.compose_source, ComposeSource::Flag);
        assert_eq!(picked.compose_files[0].path, root.join("docker-compose-codespace.yml"));
        assert_eq!(picked.other_compose_files, [root.join("docker-compose.yml")]);
        let both = ComposeSelection {
            compose_file: Some("docker-compose.yml;docker-compose-codespace.yml".to_owned()),
            separator: Some(";".to_owned()),
            ..ComposeSelection::default()
        };
        assert_eq!(Workspace::detect_with(&root, &both).unwrap().compose_files.len(), 2);
        let missing = ComposeSelection { compose_file: Some("docker-compose.prod.yml".to_owned()), ..ComposeSelection::default() };
        let err = Workspace::detect_with(&root, &missing).unwrap_err();
        assert!(
            err.message.starts_with("COMPOSE_FILE ") && err.message.ends_with("docker-compose.prod.yml: no such file"),
            "{}",
            err.message
        );
        assert_eq!(err.kind, crate::error::ErrorKind::InvalidInput);
    }
}
