//! One build for every command (issue 23): `cargo run`, the demo's `cargo build --workspace --bins` and
//! `cargo test --workspace` must give each dependency the same features, or each command rebuilds what the
//! last one built (tokio and the 37 crates above it). Checked here from cargo's own resolution (`cargo tree`,
//! no compiling); scripts/check-one-build checks the real thing, asking cargo whether anything is stale.

use std::collections::BTreeMap;
use std::process::Command;

use crate::common::repo_root;

/// `name version` → the features cargo turns on, for the packages a build of `selection` compiles for the
/// target (proc-macros and build scripts are built for the host, apart, and left out).
fn resolved_features(selection: &[&str], edges: &str) -> BTreeMap<String, String> {
    let output = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .args(["tree", "--locked", "--offline", "--prefix", "none", "--format", "{p}|{f}", "-e", edges])
        .args(selection)
        .current_dir(repo_root())
        .output()
        .expect("cargo runs");
    assert!(output.status.success(), "cargo tree: {}", String::from_utf8_lossy(&output.stderr));
    let mut features = BTreeMap::new();
    for line in String::from_utf8(output.stdout).unwrap().lines() {
        let Some((package, enabled)) = line.split_once('|') else { continue };
        // `name vX (path)` for workspace members: the name and version say enough.
        let package = package.split(' ').take(2).collect::<Vec<_>>().join(" ");
        let enabled = enabled.trim_end_matches(" (*)").to_owned();
        let previous = features.insert(package.clone(), enabled.clone());
        assert!(previous.is_none_or(|p| p == enabled), "{package} resolved twice for the target, differently");
    }
    features
}

fn assert_same_features(what: &str, selection: &[&str], edges: &str) {
    let run = resolved_features(&["-p", "cruddur-obs"], "normal,no-proc-macro");
    let other = resolved_features(selection, edges);
    let diverging: Vec<String> = run
        .iter()
        .filter_map(|(package, features)| {
            let theirs = other.get(package)?;
            (theirs != features).then(|| format!("  {package}: `cargo run` builds it with [{features}], {what} with [{theirs}]"))
        })
        .collect();
    assert!(
        diverging.is_empty(),
        "{what} builds dependencies of cruddur-obs with other features than `cargo run`, so one rebuilds what the \
         other built. Ask for the missing features in Cargo.toml's one-build block:\n{}",
        diverging.join("\n")
    );
}

#[test]
fn the_demo_build_is_the_one_cargo_run_uses() {
    assert_same_features("`cargo build --workspace --bins` (the demo)", &["--workspace"], "normal,no-proc-macro");
}

#[test]
fn the_test_build_is_the_one_cargo_run_uses() {
    assert_same_features("`cargo test --workspace`", &["--workspace"], "normal,dev,no-proc-macro");
}
