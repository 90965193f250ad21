//! What a Cruddur workspace holds, found on disk: compose files and their services, the Python (Flask)
//! services among them, `.gitpod.yml`, devcontainer, `.env.example` files, X-Ray rule files, git.
//!
//! Detection only reads. [`crate::init`] turns a workspace and the user's choices into a plan of file edits.

pub mod frontend;
pub mod key;
pub mod links;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::edit::compose::{self, ServiceInfo};
use crate::edit::requirements;
use crate::error::{CliError, CliResult};

/// A compose file and its services.
#[derive(Debug, Clone)]
pub struct ComposeFile {
    pub path: PathBuf,
    pub text: String,
    pub services: Vec<ServiceInfo>,
}

/// A compose service whose build directory holds a requirements.txt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PythonService {
    pub name: String,
    pub requirements: PathBuf,
    /// The requirements name Flask: a backend to instrument.
    pub flask: bool,
}

#[derive(Debug, Clone)]
pub struct Workspace {
    pub root: PathBuf,
    pub compose_files: Vec<ComposeFile>,
    pub gitpod: Option<PathBuf>,
    pub devcontainer: Option<PathBuf>,
    pub env_examples: Vec<PathBuf>,
    pub xray_rules: Vec<PathBuf>,
    pub is_git: bool,
}

/// The compose file names docker compose looks for, then the variants people keep beside them
/// (`docker-compose-codespace.yml`).
fn is_compose_name(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(".yml").or_else(|| name.strip_suffix(".yaml")) else { return false };
    stem == "compose" || stem == "docker-compose" || stem.starts_with("docker-compose-") || stem.starts_with("docker-compose.")
}

fn compose_rank(path: &Path) -> (u8, String) {
    let name = path.file_name().and_then(|name| name.to_str()).unwrap_or_default().to_owned();
    let rank = match name.as_str() {
        "compose.yaml" | "compose.yml" | "docker-compose.yml" | "docker-compose.yaml" => 0,
        _ => 1,
    };
    (rank, name)
}

fn read(path: &Path) -> CliResult<String> {
    crate::fsio::read_workspace_file(path).map_err(|err| CliError::invalid_input(format!("{}: cannot read: {err}", path.display())))
}

impl Workspace {
    pub fn detect(root: &Path) -> CliResult<Workspace> {
        let entries = std::fs::read_dir(root)
            .map_err(|err| CliError::invalid_input(format!("{}: cannot read the workspace: {err}", root.display())))?;
        let mut compose_paths = Vec::new();
        let mut env_examples = Vec::new();
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_file() && is_compose_name(&name) {
                compose_paths.push(path);
            } else if path.is_dir() && !name.starts_with('.') && name != "node_modules" {
                let example = path.join(".env.example");
                if example.is_file() {
                    env_examples.push(example);
                }
            } else if name == ".env.example" {
                env_examples.push(path);
            }
        }
        compose_paths.sort_by_key(|path| compose_rank(path));
        env_examples.sort();
        let mut compose_files = Vec::new();
        for path in compose_paths {
            let text = read(&path)?;
            let services = compose::services(&text).map_err(|err| match &err {
                compose::ComposeError::Syntax { line: Some(line), .. } => {
                    CliError::invalid_input(format!("{}:{line}: {err}", path.display()))
                }
                _ => CliError::invalid_input(format!("{}: {err}", path.display())),
            })?;
            compose_files.push(ComposeFile { path, text, services });
        }
        let existing = |relative: &str| Some(root.join(relative)).filter(|path| path.is_file());
        let xray_rules =
            ["aws/json/xray.json", "aws/xray.json", "json/xray.json"].iter().filter_map(|relative| existing(relative)).collect();
        Ok(Workspace {
            root: root.to_owned(),
            compose_files,
            gitpod: existing(".gitpod.yml"),
            devcontainer: existing(".devcontainer/devcontainer.json"),
            env_examples,
            xray_rules,
            is_git: root.join(".git").exists(),
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

    /// Services built from a directory with a requirements.txt (the first compose file that says so wins).
    pub fn python_services(&self) -> Vec<PythonService> {
        let mut found: Vec<PythonService> = Vec::new();
        for file in &self.compose_files {
            let dir = file.path.parent().unwrap_or(&self.root);
            for service in &file.services {
                if found.iter().any(|python| python.name == service.name) {
                    continue;
                }
                let Some(context) = &service.build_context else { continue };
                let requirements = dir.join(context).join("requirements.txt");
                let Ok(text) = crate::fsio::read_workspace_file(&requirements) else { continue };
                let flask = requirements::requirement_names(&text).iter().any(|(_, name)| name == "flask");
                found.push(PythonService { name: service.name.clone(), requirements, flask });
            }
        }
        found
    }

    /// Whether git ignores `.env` (asked of git itself when it is there; `true` outside a repository).
    pub fn dotenv_ignored(&self) -> bool {
        if !self.is_git {
            return true;
        }
        let path = self.dotenv_path();
        match std::process::Command::new("git").arg("-C").arg(&self.root).args(["check-ignore", "-q"]).arg(&path).status() {
            Ok(status) => status.code() == Some(0),
            // No git binary: read .gitignore ourselves for the common spellings.
            Err(_) => crate::fsio::read_workspace_file(&self.root.join(".gitignore"))
                .map(|text| text.lines().any(|line| matches!(line.trim(), ".env" | "/.env" | "*.env" | ".env*")))
                .unwrap_or(false),
        }
    }

    /// Where docker compose reads `${VAR}` values from: the `.env` beside the (first) compose file.
    pub fn dotenv_path(&self) -> PathBuf {
        self.compose_files.first().and_then(|file| file.path.parent().map(|dir| dir.join(".env"))).unwrap_or_else(|| self.root.join(".env"))
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
        assert_eq!(workspace.xray_rules.len(), 1);
        let python = workspace.python_services();
        assert_eq!(python.len(), 1);
        assert_eq!(python[0].name, "backend-flask");
        assert!(python[0].flask);
        assert_eq!(workspace.env_examples.len(), 2);
    }

    #[test]
    fn finds_compose_variants_and_yaml_extensions() {
        let aravind = Workspace::detect(&fixture("aravindvcyber__aws-bootcamp-cruddur-2023")).unwrap();
        let names: Vec<String> =
            aravind.compose_files.iter().map(|file| file.path.file_name().unwrap().to_string_lossy().into_owned()).collect();
        assert_eq!(names, ["docker-compose.yml", "docker-compose-codespace.yml"]);
        let ibnomar = Workspace::detect(&fixture("ibnomarmahmoud__aws-bootcamp-cruddur-2023")).unwrap();
        assert_eq!(ibnomar.compose_files[0].path.file_name().unwrap(), "docker-compose.yaml");
    }
}
