//! `cruddur-xray-server`: runs the local X-Ray control plane until SIGTERM or ctrl-c.
//!
//! Prints exactly one line to stdout once listening, so that scripts can read the URL:
//! `cruddur-xray-server listening on http://127.0.0.1:PORT`.

use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;

use anyhow::Context;
use clap::Parser;
use cruddur_xray_server::{Config, Credentials, XrayServer};

/// A local AWS X-Ray (control plane, sampling targets, OTLP traces endpoint) that validates every request
/// against AWS's model and verifies SigV4 signatures.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// Address to listen on.
    #[arg(long, default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    host: IpAddr,
    /// Port to listen on; 0 picks a free one (printed at start).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// botocore X-Ray service model to use instead of the embedded one.
    #[arg(long, value_name = "PATH")]
    model: Option<PathBuf>,
    /// Region used in ARNs.
    #[arg(long, default_value = "us-east-1")]
    region: String,
    /// Account id used in ARNs.
    #[arg(long, default_value = "123456789012")]
    account_id: String,
    /// Items per page of GetGroups, GetSamplingRules and ListTagsForResource.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..))]
    page_size: u16,
    /// User-created sampling rules allowed besides Default.
    #[arg(long, default_value_t = 25)]
    rule_limit: usize,
    /// Print one line per request to stderr.
    #[arg(long)]
    verbose: bool,
    /// The access key id signatures must be made with.
    #[arg(long, env = "CRUDDUR_XRAY_ACCESS_KEY_ID", default_value = "testing")]
    access_key_id: String,
    /// The secret access key signatures must be made with.
    #[arg(long, env = "CRUDDUR_XRAY_SECRET_ACCESS_KEY", default_value = "testing", hide_env_values = true)]
    secret_access_key: String,
    /// Verify SigV4 on control-plane calls too (the OTLP endpoint /v1/traces always does).
    #[arg(long)]
    verify_signatures: bool,
    /// Start with the trace segment destination CloudWatchLogs (Transaction Search on), as after
    /// `aws xray update-trace-segment-destination --destination CloudWatchLogs`.
    #[arg(long)]
    transaction_search: bool,
    /// The Interval, in seconds, GetSamplingTargets gives clients.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
    sampling_target_interval: u32,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let signal_runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().context("starting the signal runtime")?;
    // Handlers go in before the URL is announced: a supervisor may send SIGTERM as soon as it reads it.
    let shutdown = {
        let _context = signal_runtime.enter();
        ShutdownSignal::install()?
    };
    let server = XrayServer::start(Config {
        bind: SocketAddr::new(args.host, args.port),
        model: args.model,
        region: args.region,
        account_id: args.account_id,
        page_size: usize::from(args.page_size),
        rule_limit: args.rule_limit,
        verbose: args.verbose,
        credentials: Credentials::new(args.access_key_id, args.secret_access_key),
        verify_signatures: args.verify_signatures,
        sampling_target_interval_secs: args.sampling_target_interval,
        ..Config::default()
    })?;
    if args.transaction_search {
        server.enable_transaction_search();
    }
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "cruddur-xray-server listening on {}", server.url())?;
    stdout.flush()?;
    drop(stdout);

    signal_runtime.block_on(shutdown.received());
    drop(server);
    Ok(())
}

/// SIGTERM (how test harnesses and supervisors stop servers) or ctrl-c.
#[cfg(unix)]
struct ShutdownSignal {
    terminate: tokio::signal::unix::Signal,
    interrupt: tokio::signal::unix::Signal,
}

#[cfg(unix)]
impl ShutdownSignal {
    /// Must run inside a tokio runtime context.
    fn install() -> anyhow::Result<Self> {
        use tokio::signal::unix::{SignalKind, signal};
        Ok(ShutdownSignal {
            terminate: signal(SignalKind::terminate()).context("listening for SIGTERM")?,
            interrupt: signal(SignalKind::interrupt()).context("listening for SIGINT")?,
        })
    }

    async fn received(mut self) {
        tokio::select! {
            _ = self.terminate.recv() => {}
            _ = self.interrupt.recv() => {}
        }
    }
}

#[cfg(not(unix))]
struct ShutdownSignal;

#[cfg(not(unix))]
impl ShutdownSignal {
    fn install() -> anyhow::Result<Self> {
        Ok(ShutdownSignal)
    }

    async fn received(self) {
        // Without a handler the process would die on ctrl-c anyway; an error here means the same.
        let _ = tokio::signal::ctrl_c().await;
    }
}
