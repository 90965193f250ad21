//! The command line itself: help, exit codes, completions and man pages kept in sync.

use predicates::prelude::*;

use crate::common::*;

#[test]
fn help_documents_the_exit_codes() {
    let env = TestEnv::new();
    env.cmd()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit codes:").and(predicate::str::contains("3  invalid input")));
    env.cmd().arg("--version").assert().success().stdout(predicate::str::starts_with("cruddur-obs "));
}

#[test]
fn usage_errors_exit_2() {
    let env = TestEnv::new();
    env.cmd().args(["xray", "nope"]).assert().code(2);
    env.cmd().args(["xray", "rules", "apply"]).assert().code(2).stderr(predicate::str::contains("<PATH>"));
    env.cmd().args(["--output", "yaml", "xray", "groups", "list"]).assert().code(2);
}

/// completions/ and man/ are generated from the clap definition; this fails when they are stale.
#[test]
fn checked_in_completions_and_man_pages_are_current() {
    let env = TestEnv::new();
    let fresh = env.work_path("assets");
    env.cmd().args(["generate-assets", "--root"]).arg(&fresh).assert().success();
    for dir in ["completions", "man"] {
        let checked_in = repo_root().join(dir);
        let mut expected: Vec<String> =
            std::fs::read_dir(fresh.join(dir)).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        expected.sort();
        let mut actual: Vec<String> =
            std::fs::read_dir(&checked_in).map(|d| d.map(|e| e.unwrap().file_name().into_string().unwrap()).collect()).unwrap_or_default();
        actual.sort();
        assert_eq!(actual, expected, "{dir}/ is stale: run `cargo run -- generate-assets`");
        for name in expected {
            assert!(
                std::fs::read(fresh.join(dir).join(&name)).unwrap() == std::fs::read(checked_in.join(&name)).unwrap(),
                "{dir}/{name} is stale: run `cargo run -- generate-assets`"
            );
        }
    }
}

#[test]
fn completions_print_to_stdout() {
    let env = TestEnv::new();
    env.cmd().args(["completions", "bash"]).assert().success().stdout(predicate::str::contains("cruddur-obs"));
}
