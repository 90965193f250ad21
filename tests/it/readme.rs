//! The README's recipes, run as written (scripts/readme-recipes takes them from README.md: they cannot drift),
//! and the facts around them that must agree: the version they install, the release archives they name.

use std::process::Command;

use crate::common::repo_root;

fn readme() -> String {
    std::fs::read_to_string(repo_root().join("README.md")).unwrap()
}

fn run_recipe(name: &str) {
    let output = Command::new(repo_root().join("scripts/readme-recipes"))
        .arg(name)
        .env_remove("CI") // the recipe's own shell, not this test's
        .output()
        .expect("scripts/readme-recipes runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "the README's {name} recipe failed:\n{stderr}");
    assert!(stderr.contains(&format!("readme-recipes: {name}: ok")), "{stderr}");
}

#[test]
fn without_an_aws_account_recipe_works_as_written() {
    run_recipe("no-aws-account");
}

#[test]
fn without_a_honeycomb_account_recipe_works_as_written() {
    run_recipe("no-honeycomb-account");
}

#[test]
fn ci_job_works_as_written_and_reuses_the_cached_binary() {
    run_recipe("ci");
}

/// The version every install line names is the crate's: a release cannot leave the README behind.
#[test]
fn install_lines_name_this_version() {
    let version = env!("CARGO_PKG_VERSION");
    let readme = readme();
    let mut named = Vec::new();
    for (marker, end) in
        [("cruddur-obs@", &[' ', '\n', '`'][..]), ("cruddur-obs-", &['-', '$', '"', ' '][..]), ("release download v", &[' '][..])]
    {
        for (at, _) in readme.match_indices(marker) {
            let rest = &readme[at + marker.len()..];
            let candidate = rest.split(end).next().unwrap().trim_start_matches('v');
            if candidate.starts_with(|c: char| c.is_ascii_digit()) {
                named.push(candidate.to_owned());
            }
        }
    }
    assert!(named.len() >= 5, "the README names the version in its install lines: {named:?}");
    assert!(named.iter().all(|v| v == version), "README.md names versions {named:?}; Cargo.toml has {version}");
}

/// The Gitpod task is YAML Gitpod reads, and installs where a prebuild keeps it.
#[test]
fn gitpod_task_installs_into_the_workspace() {
    let readme = readme();
    let block = readme.split("<!-- recipe: gitpod -->\n```yaml\n").nth(1).expect("the Gitpod block").split("```").next().unwrap();
    let config: serde_json::Value = yaml_serde::from_str(block).unwrap();
    let task = &config["tasks"][0];
    let init = task["init"].as_str().unwrap();
    assert_eq!(init, format!("cargo install --locked --root /workspace/.cruddur-obs cruddur-obs@{}", env!("CARGO_PKG_VERSION")));
    assert!(task["command"].as_str().unwrap().contains("/workspace/.cruddur-obs/bin/cruddur-obs /usr/local/bin/cruddur-obs"));
}

/// The release workflow builds the targets the README promises, packs them with scripts/package-release
/// under the names the README gives, and checks the tag against the version.
#[test]
fn release_workflow_builds_what_the_readme_promises() {
    let workflow: serde_json::Value =
        yaml_serde::from_str(&std::fs::read_to_string(repo_root().join(".github/workflows/release.yml")).unwrap()).unwrap();
    let build = &workflow["jobs"]["build"];
    let mut targets: Vec<&str> =
        build["strategy"]["matrix"]["include"].as_array().unwrap().iter().map(|t| t["target"].as_str().unwrap()).collect();
    targets.sort_unstable();
    assert_eq!(targets, ["aarch64-apple-darwin", "aarch64-unknown-linux-gnu", "x86_64-apple-darwin", "x86_64-unknown-linux-gnu"]);
    let runs: Vec<&str> = build["steps"].as_array().unwrap().iter().filter_map(|s| s["run"].as_str()).collect();
    assert!(runs.iter().any(|r| r.contains("cargo build --locked --profile dist --target ${{ matrix.target }}")), "{runs:?}");
    assert!(runs.iter().any(|r| r.contains("scripts/package-release ${{ matrix.target }}")), "{runs:?}");
    let release = serde_json::to_string(&workflow["jobs"]["release"]).unwrap();
    assert!(release.contains("does not match Cargo.toml's version"), "the release job checks the tag");

    let package = std::fs::read_to_string(repo_root().join("scripts/package-release")).unwrap();
    assert!(package.contains("name=cruddur-obs-v$version-$target"));
    let readme = readme();
    assert!(readme.contains("`cruddur-obs-vVERSION-TARGET.tar.gz`") && readme.contains("x86_64-unknown-linux-gnu.tar.gz"));
}
