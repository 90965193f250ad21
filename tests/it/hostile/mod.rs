//! Issue 22, "a hostile world": data, servers, files and other users that try to make the tool leak or
//! lie. Each test performs one attack on the real binary and checks it fails to do harm:
//! - [`terminal`]: escape sequences and bidi controls from servers and files, on a real pty (item 1);
//! - [`network`]: redirects, plain http, endless and dripping answers, echoed keys, `doctor --verify`'s
//!   endpoint (items 3, 4, 5, 9, 11);
//! - [`files`]: `.env` symlinks, FIFOs and devices, kills mid-write, editors saving mid-write, the lock
//!   file, loose modes (items 2, 6, 7, 8, 10, 13, 16);
//! - [`inputs`]: huge compose files, durations, merge keys, byte-order marks, counts, rule files
//!   (items 12, 14, 15).
//!
//! `CRUDDUR_OBS_TEST_BINARY=path/to/old/cruddur-obs cargo test --test it hostile` runs them against
//! another build: against main's before this work, they fail.

mod files;
mod inputs;
mod network;
mod server;
mod terminal;

use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

pub use server::{Hostile, Reply};

use crate::common::*;

/// Runs `command` to its end, or kills it and fails the test once `guard` has passed: a guard against
/// a hang (the attack's effect on the old binary), far above the time the command needs, not a timing check.
pub fn run_guarded(command: &mut Command, guard: Duration) -> Output {
    let mut child = command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let (mut stdout, mut stderr) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.read_to_end(&mut bytes);
        bytes
    });
    let err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stderr.read_to_end(&mut bytes);
        bytes
    });
    let deadline = Instant::now() + guard;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            let (stdout, stderr) = (out.join().unwrap(), err.join().unwrap());
            panic!(
                "{command:?} still ran after {guard:?} (hung?), killed:\n{}\n{}",
                String::from_utf8_lossy(&stdout),
                String::from_utf8_lossy(&stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output { status, stdout: out.join().unwrap(), stderr: err.join().unwrap() }
}

/// The binary under a pseudo-terminal (stdout and stderr are the terminal): everything the terminal
/// was sent, raw, and the exit code.
pub fn on_terminal(env: &TestEnv, args: &[&str], vars: &[(&str, String)]) -> (Vec<u8>, Option<i32>) {
    let driver = fakes_dir().join("pty_drive.py");
    let mut command = env.wrapped(Path::new("python3"), &[driver.to_str().unwrap(), "--"]);
    command.args(args).env("TERM", "xterm");
    for (name, value) in vars {
        command.env(name, value);
    }
    let output = run_guarded(&mut command, Duration::from_secs(120));
    (output.stdout, output.status.code())
}

/// The process strace started (the binary).
fn tracee(strace: u32) -> Option<u32> {
    let children = std::fs::read_to_string(format!("/proc/{strace}/task/{strace}/children")).ok()?;
    children.split_whitespace().next()?.parse().ok()
}

/// `strace -f` around the binary: only `syscalls` are traced (the rest run untouched), `inject` is done
/// to them, and strace's own lines go to `output` (`-` for stderr, where strace writes unbuffered).
fn strace(env: &TestEnv, syscalls: &str, inject: &str, output: &str, args: &[&str], vars: &[(&str, String)]) -> Command {
    let trace = format!("trace={syscalls}");
    let inject = format!("inject={syscalls}:{inject}:when=1");
    let mut wrapper = vec!["-f", "-qq", "-e", &trace, "-e", "signal=SIGSTOP", "-e", &inject];
    if output != "-" {
        wrapper.extend(["-o", output]);
    }
    wrapper.push("--");
    let mut command = env.wrapped(Path::new("strace"), &wrapper);
    command.args(args);
    for (name, value) in vars {
        command.env(name, value);
    }
    command
}

/// Runs the binary under strace, which stops it (SIGSTOP) at its first call of one of `syscalls`;
/// `while_stopped` runs then (an editor saving a file, at the worst moment), and the binary goes on.
/// The stop is known from strace's own report of it (`--- stopped by SIGSTOP ---`, on its stderr), not
/// from the process state, which is also "stopped" at every traced syscall.
pub fn stopped_at(env: &TestEnv, syscalls: &str, args: &[&str], vars: &[(&str, String)], while_stopped: impl FnOnce()) -> Output {
    use std::io::BufRead;
    let mut command = strace(env, syscalls, "signal=STOP", "-", args, vars);
    let mut child = command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let (mut stdout, stderr) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.read_to_end(&mut bytes);
        bytes
    });
    let (stopped_tx, stopped_rx) = std::sync::mpsc::channel();
    let err = std::thread::spawn(move || {
        let mut text = Vec::new();
        for line in std::io::BufReader::new(stderr).split(b'\n') {
            let Ok(line) = line else { break };
            if line.windows(24).any(|window| window == b"--- stopped by SIGSTOP -") {
                let _ = stopped_tx.send(());
            }
            text.extend_from_slice(&line);
            text.push(b'\n');
        }
        text
    });
    // Every stop is continued (strace counts each syscall of the set on its own, so there may be
    // several); `while_stopped` runs at the first.
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut while_stopped = Some(while_stopped);
    let mut stopped = false;
    while child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "the binary under strace did not finish");
        if stopped_rx.recv_timeout(Duration::from_millis(20)).is_ok() {
            if let Some(action) = while_stopped.take() {
                action();
            }
            stopped = true;
            let pid = tracee(child.id()).expect("the binary under strace");
            Command::new("kill").args(["-CONT", &pid.to_string()]).status().unwrap();
        }
    }
    let status = child.wait().unwrap();
    let output = Output { status, stdout: out.join().unwrap(), stderr: err.join().unwrap() };
    assert!(stopped, "the binary ended before {syscalls}: {}", String::from_utf8_lossy(&output.stderr));
    output
}

/// Runs the binary under strace, which kills it (SIGKILL) at its first rename: a power cut, or a
/// `kill -9`, at the one moment a half-done write is visible.
pub fn killed_at_rename(env: &TestEnv, args: &[&str], vars: &[(&str, String)]) -> Output {
    run_guarded(&mut strace(env, "rename,renameat,renameat2", "signal=KILL", "/dev/null", args, vars), Duration::from_secs(120))
}

/// The permission bits of a file.
pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(path).unwrap().permissions().mode() & 0o777
}

/// Key-shaped values made at run time: a configuration key and an ingest key header value.
pub fn keys(marker: &str) -> (String, String) {
    (fake_key("hcaik_", &format!("{marker}config"), 32), fake_key("hcaik_", &format!("{marker}ingest"), 64))
}
