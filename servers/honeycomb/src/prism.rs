//! `prism proxy --errors` in front of a server, so tests prove both sides keep the contract.
//!
//! Prism validates each request against the official spec before forwarding it, and the
//! upstream's response after: a violation comes back as an error instead of the response. Where
//! the published spec cannot be satisfied (a `oneOf` no body can match), `spec/prism-patches.json`
//! corrects it, each patch with its reason; nothing else differs from the official copy.
//! It takes seconds to start, so [`PrismProxy::start`] polls until it answers.
//!
//! Process handling: prism is started through a tiny `sh` watchdog whose stdin is a pipe from
//! this process. Dropping the proxy kills prism; if the test process dies without dropping it
//! (a panic in a static, a killed run), the pipe closes and the watchdog kills prism, so no
//! node process outlives the tests.

use anyhow::{Context, bail};
use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `prism proxy`.
pub struct PrismProxy {
    child: Child,
    port: u16,
    log: PathBuf,
}

/// This crate's directory at build time (the repo layout the tools are found relative to).
const CRATE_DIR: &str = env!("CARGO_MANIFEST_DIR");

/// The prism binary: `$CRUDDUR_OBS_PRISM`, else `.tools/prism/node_modules/.bin/prism` at the
/// workspace root (installed by `./scripts/setup`).
pub fn prism_binary() -> anyhow::Result<PathBuf> {
    let path = match std::env::var_os("CRUDDUR_OBS_PRISM") {
        Some(p) => PathBuf::from(p),
        None => Path::new(CRATE_DIR).join("../../.tools/prism/node_modules/.bin/prism"),
    };
    if path.is_file() {
        Ok(path)
    } else {
        bail!("prism not found at {} (set CRUDDUR_OBS_PRISM, or run ./scripts/setup first)", path.display())
    }
}

/// The official spec copy in this crate.
pub fn official_spec_path() -> PathBuf {
    Path::new(CRATE_DIR).join("spec/openapi-public.json")
}

/// The patches prism needs where the official spec cannot be satisfied as published
/// (`spec/prism-patches.json`: each a JSON pointer, the value that replaces what is there, and why).
const PATCHES: &str = include_str!("../spec/prism-patches.json");

/// The spec prism validates against: the official copy with [`PATCHES`] applied, written once to
/// the temporary directory (named by a hash of its content, so concurrent test processes share
/// it and a changed patch gets a new file).
pub fn spec_path() -> anyhow::Result<PathBuf> {
    let official = std::fs::read_to_string(official_spec_path()).context("reading the spec copy")?;
    let mut spec: serde_json::Value = serde_json::from_str(&official).context("parsing the spec copy")?;
    let patches: Vec<serde_json::Value> = serde_json::from_str(PATCHES).context("parsing spec/prism-patches.json")?;
    for patch in &patches {
        let pointer = patch["pointer"].as_str().context("a patch without a pointer")?;
        let target = spec.pointer_mut(pointer).with_context(|| format!("the spec has nothing at {pointer}"))?;
        *target = patch["value"].clone();
    }
    let text = serde_json::to_string(&spec)?;
    // FNV-1a: a stable name for this content (std's hasher is randomly keyed per process).
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    let path = std::env::temp_dir().join(format!("cruddur-honeycomb-spec-{hash:016x}.json"));
    if !path.is_file() {
        let partial = path.with_extension(format!("{}.partial", std::process::id()));
        std::fs::write(&partial, text)?;
        std::fs::rename(&partial, &path)?;
    }
    Ok(path)
}

fn free_port() -> anyhow::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

impl PrismProxy {
    /// Starts `prism proxy --errors` for `upstream_url` on a free port and waits until it answers.
    pub fn start(upstream_url: &str) -> anyhow::Result<PrismProxy> {
        let prism = prism_binary()?;
        let spec = spec_path()?;
        let mut last_error = None;
        // The free port can be taken between probing and prism binding it: retry a few times.
        for _ in 0..3 {
            let port = free_port()?;
            let log = std::env::temp_dir().join(format!("cruddur-prism-{}-{port}.log", std::process::id()));
            let log_file = std::fs::File::create(&log)?;
            // `read _` returns when our end of the pipe closes (drop or process exit).
            let script = r#""$@" & pid=$!; read _; kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null"#;
            let child = Command::new("sh")
                .arg("-c")
                .arg(script)
                .arg("prism-watchdog")
                .arg(&prism)
                .args(["proxy", "--errors", "-h", "127.0.0.1", "-p", &port.to_string()])
                .arg(&spec)
                .arg(upstream_url)
                .stdin(Stdio::piped())
                .stdout(log_file.try_clone()?)
                .stderr(log_file)
                .spawn()
                .with_context(|| format!("starting {}", prism.display()))?;
            let mut proxy = PrismProxy { child, port, log };
            match proxy.wait_ready(Duration::from_secs(90)) {
                Ok(()) => return Ok(proxy),
                Err(e) => last_error = Some(e),
            }
        }
        Err(last_error.unwrap_or_else(|| anyhow::anyhow!("prism did not start")))
    }

    /// Polls until this prism has announced its port and answers HTTP there (it answers an
    /// unauthenticated `/1/auth` itself).
    fn wait_ready(&mut self, timeout: Duration) -> anyhow::Result<()> {
        let deadline = Instant::now() + timeout;
        let url = format!("{}/1/auth", self.url());
        loop {
            if let Some(status) = self.child.try_wait()? {
                bail!("prism exited ({status}) before listening:\n{}", self.log_text());
            }
            // Another proxy (a parallel test's) may hold the port we probed: an answer there proves
            // nothing, so ours must also have said it listens on that port.
            let banner = format!("Prism is listening on {}", self.url());
            if self.log_text().contains(&banner) && crate::http_client::get(&url, &[]).is_ok() {
                return Ok(());
            }
            if Instant::now() > deadline {
                bail!("prism did not answer within {timeout:?}:\n{}", self.log_text());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// What prism logged so far (for failure messages).
    pub fn log_text(&self) -> String {
        let mut text = String::new();
        if let Ok(mut f) = std::fs::File::open(&self.log) {
            let _ = f.read_to_string(&mut text);
        }
        text
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for PrismProxy {
    fn drop(&mut self) {
        // Closing the watchdog's stdin makes it kill prism and exit.
        drop(self.child.stdin.take());
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.log);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each patch replaces something the official spec has, and nothing else changes.
    #[test]
    fn patches_replace_only_what_they_name() {
        let official: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(official_spec_path()).unwrap()).unwrap();
        let patched: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(spec_path().unwrap()).unwrap()).unwrap();
        let patches: Vec<serde_json::Value> = serde_json::from_str(PATCHES).unwrap();
        let mut restored = patched.clone();
        for patch in &patches {
            let pointer = patch["pointer"].as_str().unwrap();
            assert!(patch["why"].as_str().is_some_and(|w| w.len() > 40), "{pointer}: say why");
            let before = official.pointer(pointer).unwrap_or_else(|| panic!("the spec has nothing at {pointer}"));
            assert_ne!(before, &patch["value"], "{pointer}: the patch changes nothing");
            *restored.pointer_mut(pointer).unwrap() = before.clone();
        }
        assert_eq!(restored, official);
    }
}
