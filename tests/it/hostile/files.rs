//! Items 2, 6, 7, 8, 10, 13 and 16: files the tool does not control. A `.env` symlink into a tracked file
//! or out of the workspace, FIFOs and huge files, a kill at the rename, `keys create --write-env` into a
//! loose file, the lock file in /tmp, an editor saving mid-write, a config file others can read.

use super::*;

fn git(dir: &Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main"])
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

fn reference_workspace(env: &TestEnv, name: &str) -> std::path::PathBuf {
    let dir = env.work_path(name);
    copy_workspace("omenking__aws-bootcamp-cruddur-2023", &dir);
    dir
}

fn ingest(hc: &Honeycomb) -> String {
    hc.server.credentials().default_environment().unwrap().ingest_key.clone().unwrap()
}

fn init(env: &TestEnv, hc: &Honeycomb, dir: &Path) -> std::process::Command {
    let mut command = env.std_cmd();
    command.env("HONEYCOMB_API_ENDPOINT", hc.url()).env("HONEYCOMB_API_KEY", ingest(hc)).args([
        "init",
        "--dir",
        dir.to_str().unwrap(),
        "--yes",
    ]);
    command
}

fn asserted(command: std::process::Command) -> assert_cmd::assert::Assert {
    assert_cmd::Command::from_std(command).assert()
}

fn doctor_rows(env: &TestEnv, hc: &Honeycomb, dir: &Path) -> Vec<serde_json::Value> {
    let output = env
        .honeycomb_bare(hc)
        .env("HONEYCOMB_API_KEY", ingest(hc))
        .args(["doctor", "--dir", dir.to_str().unwrap(), "--skip", "xray", "-o", "json"])
        .output()
        .unwrap();
    serde_json::from_slice::<serde_json::Value>(&output.stdout).unwrap().as_array().unwrap().clone()
}

fn row<'a>(rows: &'a [serde_json::Value], check: &str) -> Vec<&'a serde_json::Value> {
    rows.iter().filter(|row| row["check"] == check).collect()
}

/// Item 2: `.env -> config/dev.env` (tracked) and `.env -> ../outside.env`: init refuses to write the key
/// through either, naming why, and doctor fails dotenv.gitignore on the target; with --replace-env-link
/// the link becomes a file of its own and the target is left alone.
#[test]
fn a_dotenv_link_is_judged_by_its_target() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let dir = reference_workspace(&env, "linked");
    std::fs::create_dir_all(dir.join("config")).unwrap();
    std::fs::write(dir.join("config/dev.env"), "DEBUG=1\n").unwrap();
    std::fs::write(dir.join(".gitignore"), ".env\n").unwrap();
    git(&dir, &["init", "-q"]);
    git(&dir, &["add", "config/dev.env", ".gitignore"]);
    git(&dir, &["commit", "-q", "-m", "config"]);
    std::os::unix::fs::symlink("config/dev.env", dir.join(".env")).unwrap();

    let assert = asserted(init(&env, &hc, &dir)).code(3);
    let stderr = stderr_text(&assert);
    assert!(stderr.contains(".env is a symlink to") && stderr.contains("which git tracks"), "{stderr}");
    assert_eq!(std::fs::read_to_string(dir.join("config/dev.env")).unwrap(), "DEBUG=1\n", "the tracked file holds no key");
    let rows = doctor_rows(&env, &hc, &dir);
    let gitignore = row(&rows, "dotenv.gitignore");
    assert_eq!(gitignore[0]["status"], "fail", "{gitignore:?}");
    assert!(gitignore[0]["message"].as_str().unwrap().contains("config/dev.env, which git tracks"), "{gitignore:?}");
    // A key someone wrote through the link is in a tracked file: secrets.literal scans the target.
    std::fs::write(dir.join("config/dev.env"), format!("DEBUG=1\nHONEYCOMB_API_KEY={}\n", keys("linked").1)).unwrap();
    let rows = doctor_rows(&env, &hc, &dir);
    let leaks = row(&rows, "secrets.literal");
    assert!(
        leaks.iter().any(|row| row["status"] == "fail" && row["message"].as_str().unwrap().contains("committed in config/dev.env")),
        "{leaks:?}"
    );
    std::fs::write(dir.join("config/dev.env"), "DEBUG=1\n").unwrap();

    // Out of the workspace: neither written nor chmodded.
    let outside = env.work_path("outside.env");
    std::fs::write(&outside, "SHARED=1\n").unwrap();
    std::fs::set_permissions(&outside, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    std::fs::remove_file(dir.join(".env")).unwrap();
    std::os::unix::fs::symlink("../outside.env", dir.join(".env")).unwrap();
    let stderr = stderr_text(&asserted(init(&env, &hc, &dir)).code(3));
    assert!(stderr.contains("outside the workspace"), "{stderr}");
    assert_eq!((std::fs::read_to_string(&outside).unwrap().as_str(), mode(&outside)), ("SHARED=1\n", 0o644));
    assert!(row(&doctor_rows(&env, &hc, &dir), "dotenv.gitignore")[0]["message"].as_str().unwrap().contains("outside the workspace"));

    // --replace-env-link: a file of its own, private, with the key; the target as it was.
    let mut replace = init(&env, &hc, &dir);
    replace.arg("--replace-env-link");
    asserted(replace).success();
    let dotenv = dir.join(".env");
    assert!(std::fs::symlink_metadata(&dotenv).unwrap().file_type().is_file());
    assert_eq!(mode(&dotenv), 0o600);
    assert!(std::fs::read_to_string(&dotenv).unwrap().contains(&ingest(&hc)));
    assert_eq!((std::fs::read_to_string(&outside).unwrap().as_str(), mode(&outside)), ("SHARED=1\n", 0o644));
}

/// Item 6: a `.env` or a rules file that is a FIFO, and files far bigger than their kind: refused with
/// the reason, without hanging or reading them whole.
#[test]
fn fifos_and_huge_files_are_refused_unread() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let dir = reference_workspace(&env, "fifo");
    let mkfifo = |path: &Path| assert!(std::process::Command::new("mkfifo").arg(path).status().unwrap().success());
    mkfifo(&dir.join(".env"));
    // A 6 MB journal: a secret scan reads journals, 4 MiB at most.
    std::fs::create_dir_all(dir.join("journal")).unwrap();
    std::fs::write(dir.join("journal/week2.md"), "x".repeat(6 << 20)).unwrap();
    let guard = Duration::from_secs(60);
    let dir_arg = dir.to_str().unwrap();
    let doctor = run_guarded(
        env.std_cmd()
            .env("HONEYCOMB_API_ENDPOINT", hc.url())
            .env("HONEYCOMB_API_KEY", ingest(&hc))
            .args(["doctor", "--dir", dir_arg, "--skip", "xray", "-o", "json"]),
        guard,
    );
    let rows: Vec<serde_json::Value> = serde_json::from_slice::<serde_json::Value>(&doctor.stdout).unwrap().as_array().unwrap().clone();
    let syntax = row(&rows, "dotenv.syntax");
    assert!(syntax[0]["message"].as_str().unwrap().contains("a FIFO, not a regular file"), "{syntax:?}");
    let scanned = row(&rows, "secrets.literal");
    assert!(scanned.iter().any(|row| row["message"].as_str().unwrap().contains("journal/week2.md was not scanned")), "{scanned:?}");
    let init = run_guarded(&mut init(&env, &hc, &dir), guard);
    assert_eq!(init.status.code(), Some(3), "{}", String::from_utf8_lossy(&init.stderr));
    assert!(String::from_utf8_lossy(&init.stderr).contains("a FIFO, not a regular file"));

    let rules = env.work_path("rules.json");
    mkfifo(&rules);
    let validate = run_guarded(env.std_cmd().args(["xray", "rules", "validate", rules.to_str().unwrap()]), guard);
    assert_eq!(validate.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&validate.stderr).contains("a FIFO, not a regular file"));
}

/// Item 7: killed at the rename, init leaves `..env.XXXXXX` with the key: it is 0600 (not the 0644 of the
/// `.env` it replaces), doctor names it, and the next run removes it.
#[test]
fn a_kill_at_the_rename_leaves_nothing_others_can_read() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let dir = reference_workspace(&env, "killed");
    let dotenv = dir.join(".env");
    std::fs::write(&dotenv, "DEBUG=1\n").unwrap();
    std::fs::set_permissions(&dotenv, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let vars = [("HONEYCOMB_API_ENDPOINT", hc.url()), ("HONEYCOMB_API_KEY", ingest(&hc))];
    // Only .env is written, so the first rename is its.
    let output = killed_at_rename(&env, &["init", "--dir", dir.to_str().unwrap(), "--yes", "--target", "dotenv"], &vars);
    assert_eq!(output.status.code(), None, "killed: {}", String::from_utf8_lossy(&output.stderr));
    let leftovers: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.file_name().unwrap().to_str().unwrap().starts_with("..env."))
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");
    assert!(std::fs::read_to_string(&leftovers[0]).unwrap().contains(&ingest(&hc)), "the leftover holds the key");
    assert_eq!(mode(&leftovers[0]), 0o600, "nobody else can read it");

    let rows = doctor_rows(&env, &hc, &dir);
    let named = row(&rows, "dotenv.mode");
    let name = leftovers[0].file_name().unwrap().to_str().unwrap().to_owned();
    assert!(named.iter().any(|row| row["status"] == "fail" && row["message"].as_str().unwrap().contains(&name)), "{named:?}");
    asserted(init(&env, &hc, &dir)).success();
    assert!(!leftovers[0].exists(), "the next write removes it");
}

/// Item 8: `keys create --write-env` makes a loose file 0600 and says so; a file that is no dotenv file
/// is refused before Honeycomb makes a key.
#[test]
fn keys_create_checks_the_dotenv_file_first_and_makes_it_private() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let environment = hc.server.credentials().default_environment().unwrap().name.clone();
    let loose = env.work_path("loose.env");
    std::fs::write(&loose, "A=1\n").unwrap();
    std::fs::set_permissions(&loose, std::os::unix::fs::PermissionsExt::from_mode(0o666)).unwrap();
    let assert = env
        .honeycomb(&hc)
        .args(["honeycomb", "keys", "create", "-e", &environment, "--no-save", "--write-env", loose.to_str().unwrap()])
        .assert()
        .success();
    assert_eq!(mode(&loose), 0o600);
    assert!(stderr_text(&assert).contains("was readable by other users (mode 0666); it is 0600 now"), "{}", stderr_text(&assert));

    let compose = env.work_path("docker-compose.yml");
    std::fs::write(&compose, "services:\n  api:\n    image: x\n").unwrap();
    let before = hc.server.stats().created.api_keys;
    let assert = env
        .honeycomb(&hc)
        .args(["honeycomb", "keys", "create", "-e", &environment, "--write-env", compose.to_str().unwrap()])
        .assert()
        .code(3);
    assert!(stderr_text(&assert).contains("no key was created"), "{}", stderr_text(&assert));
    assert_eq!(hc.server.stats().created.api_keys, before, "refused before the key was made");
}

/// Item 10: the lock file is no longer a predictable name in a shared directory: a symlink planted
/// there is not followed, and a lock held there does not lock the user out.
#[test]
fn the_lock_file_cannot_be_planted_or_held_by_another_user() {
    use std::hash::{Hash, Hasher};
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let dir = reference_workspace(&env, "locked");
    let shared = tempfile::tempdir().unwrap();
    // The name the tool used in the shared temp directory: a hash of the workspace's path.
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    std::fs::canonicalize(&dir).unwrap().hash(&mut hasher);
    let planted = shared.path().join(format!("cruddur-obs-init-{:016x}.lock", hasher.finish()));
    let victim = shared.path().join("victim-file");
    std::os::unix::fs::symlink(&victim, &planted).unwrap();
    let run = || run_guarded(init(&env, &hc, &dir).env("TMPDIR", shared.path()), Duration::from_secs(60));
    let output = run();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(!victim.exists(), "the planted symlink was followed");

    // Someone else holds the old name locked: the user's init is not blocked by it.
    std::fs::remove_file(&planted).unwrap();
    let held = std::fs::File::create(&planted).unwrap();
    held.lock().unwrap();
    let output = run();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    drop(held);
    let locks = env.home.path().join("cruddur-obs-config/locks");
    let lock = std::fs::read_dir(&locks).unwrap().next().unwrap().unwrap().path();
    assert_eq!((mode(&locks), mode(&lock)), (0o700, 0o600), "the user's own, private directory");
}

/// Item 13: an editor saves a file while init is writing (here: at init's first fsync, the last moment
/// before a rename): init stops with a message, and every save survives.
#[test]
fn an_editors_save_during_the_write_phase_is_kept() {
    let env = TestEnv::new();
    let hc = Honeycomb::start(Plan::Enterprise);
    let dir = env.work_path("edited");
    std::fs::create_dir_all(dir.join("backend-flask")).unwrap();
    std::fs::write(dir.join("backend-flask/requirements.txt"), "flask\n").unwrap();
    std::fs::write(dir.join("docker-compose.yml"), "services:\n  backend-flask:\n    build: ./backend-flask\n").unwrap();
    let files = ["docker-compose.yml", ".env", "backend-flask/requirements.txt", ".gitignore"].map(|file| dir.join(file));
    let vars = [("HONEYCOMB_API_ENDPOINT", hc.url()), ("HONEYCOMB_API_KEY", ingest(&hc))];
    let output = stopped_at(&env, "fsync,fdatasync", &["init", "--dir", dir.to_str().unwrap(), "--yes"], &vars, || {
        for file in &files {
            let mut text = std::fs::read_to_string(file).unwrap_or_default();
            text.push_str("# saved by the editor\n");
            std::fs::write(file, text).unwrap();
        }
    });
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "init reported success over an editor's save:\n{stderr}");
    assert!(stderr.contains("changed while cruddur-obs was working"), "{stderr}");
    for file in &files {
        assert!(std::fs::read_to_string(file).unwrap().ends_with("# saved by the editor\n"), "{}: the save was lost", file.display());
    }
}

/// Item 16: a config file that others can read and that holds a key is made 0600 (with a warning) before
/// another key is written into it; killed at the rename, what is left is 0600 too.
#[test]
fn a_config_file_others_can_read_is_made_private_first() {
    let env = TestEnv::new();
    let config = env.config_file();
    let (old_key, new_key) = keys("config");
    let loose = || {
        std::fs::create_dir_all(config.parent().unwrap()).unwrap();
        std::fs::write(&config, format!("[profiles.default]\napi_key = \"{old_key}\"\n")).unwrap();
        std::fs::set_permissions(&config, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    };
    loose();
    let assert = env.cmd().args(["config", "set", "ingest_key", &new_key]).assert().success();
    let stderr = stderr_text(&assert);
    assert!(stderr.contains("was readable by other users (mode 0644)") && stderr.contains("rotating"), "{stderr}");
    assert_eq!(mode(&config), 0o600);

    loose();
    let output = killed_at_rename(&env, &["config", "set", "ingest_key", &format!("{new_key}2")], &[]);
    assert_eq!(output.status.code(), None, "killed: {}", String::from_utf8_lossy(&output.stderr));
    let dir = config.parent().unwrap();
    let leftovers: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.file_name().unwrap().to_str().unwrap().starts_with(".config.toml."))
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");
    assert_eq!((mode(&leftovers[0]), mode(&config)), (0o600, 0o600));
}
