//! `--open`: a link opened in the user's browser, where one can be opened. `$BROWSER` first (Gitpod
//! sets it to its own helper, which opens the link on the user's machine; a colon-separated list, as
//! Python's `webbrowser` reads it), else the desktop's opener (`xdg-open`, macOS's `open`) when there
//! is a display. Without either, the link stays on stdout and stderr says why nothing opened. The
//! browser is started, not waited for: some stay in the foreground for as long as they run.

use std::process::{Command, Stdio};

use crate::context::Context;

/// The commands that could open a link here, best first.
fn openers(context: &Context) -> Vec<String> {
    let mut found: Vec<String> = context
        .env
        .var("BROWSER")
        .map(|list| list.split(':').filter(|one| !one.trim().is_empty()).map(str::to_owned).collect())
        .unwrap_or_default();
    if cfg!(target_os = "macos") {
        found.push("open".to_owned());
    } else if context.env.var("DISPLAY").is_some() || context.env.var("WAYLAND_DISPLAY").is_some() {
        found.push("xdg-open".to_owned());
    }
    found
}

/// Opens `url`; says on stderr what happened (nothing opened is a warning, not an error: the link is
/// printed anyway).
pub fn open(context: &Context, url: &str) {
    let candidates = openers(context);
    if candidates.is_empty() {
        context.ui.warn("--open: no browser here (set BROWSER, or run it where there is a display); the link is on stdout");
        return;
    }
    for opener in &candidates {
        // `$BROWSER` may carry arguments (`firefox --new-tab`); `%s` marks where the link goes.
        let mut words = opener.split_whitespace();
        let Some(program) = words.next() else { continue };
        let mut args: Vec<String> = words.map(str::to_owned).collect();
        match args.iter_mut().find(|arg| arg.contains("%s")) {
            Some(arg) => *arg = arg.replace("%s", url),
            None => args.push(url.to_owned()),
        }
        let started = Command::new(program)
            .args(&args)
            .current_dir(&context.cwd)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        match started {
            Ok(mut child) => {
                // Reaped in the background: the command does not wait for the browser.
                std::thread::spawn(move || child.wait());
                context.ui.debug(&format!("--open: started {program}"));
                return;
            }
            Err(err) => context.ui.debug(&format!("--open: {program}: {err}")),
        }
    }
    context.ui.warn(&format!("--open: could not start a browser ({}); the link is on stdout", candidates.join(", ")));
}
