//! `cruddur-honeycomb-server`: run the local Honeycomb-compatible server.

use clap::Parser;
use cruddur_honeycomb_server::{Config, HoneycombServer, Plan, Seed};
use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

/// A local Honeycomb-compatible server: try cruddur-obs with no Honeycomb account.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1", env = "HONEYCOMB_SERVER_HOST")]
    host: IpAddr,
    /// Port to listen on (0: any free port).
    #[arg(long, default_value_t = 0, env = "HONEYCOMB_SERVER_PORT")]
    port: u16,
    /// JSON seed file (team, management key, environments, keys); default: a demo team with an
    /// environment `test` and fresh random secrets.
    #[arg(long, value_name = "FILE")]
    seed: Option<PathBuf>,
    /// The team's plan: free, pro or enterprise (overrides the seed file's `team.plan`; default
    /// enterprise). Routes the plan lacks are refused: the Query Data API needs enterprise.
    #[arg(long, value_name = "PLAN", env = "HONEYCOMB_SERVER_PLAN")]
    plan: Option<Plan>,
    /// How long query results stay `complete: false`.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    query_delay_ms: u64,
    /// Query-result creations allowed per minute (Honeycomb: 10).
    #[arg(long, default_value_t = 10, value_name = "N")]
    query_results_per_minute: u32,
    /// Honeycomb's query restrictions: query result times floored by range (1 min up to 6 h, 5 min
    /// up to 2 d, 30 min up to 7 d), one run a minute for queries with relational fields, 10 s per
    /// run. (The 7-day and 10-runs-a-minute rules always hold.)
    #[arg(long, env = "HONEYCOMB_SERVER_STRICT")]
    strict: bool,
    /// Log every request to stderr.
    #[arg(long)]
    verbose: bool,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let mut seed = match &args.seed {
        Some(path) => Seed::from_file(path)?,
        None => Seed::demo(),
    };
    if let Some(plan) = args.plan {
        seed.team.plan = plan;
    }
    let mut config = Config {
        bind: SocketAddr::new(args.host, args.port),
        seed,
        query_delay: Duration::from_millis(args.query_delay_ms),
        verbose: args.verbose,
        strict: args.strict,
        ..Config::default()
    };
    config.limits.query_results_per_window = args.query_results_per_minute;
    let server = HoneycombServer::start(config)?;
    print_banner(&server)?;

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(wait_for_shutdown());
    drop(server);
    Ok(())
}

/// The one place secrets are printed: this is a local fake, and the demo needs them.
fn print_banner(server: &HoneycombServer) -> std::io::Result<()> {
    let creds = server.credentials();
    let mut out = std::io::stdout().lock();
    writeln!(out, "cruddur-honeycomb-server listening on {}", server.url())?;
    writeln!(out, "HONEYCOMB_API_ENDPOINT={}", server.url())?;
    writeln!(out, "HONEYCOMB_TEAM={}", creds.team_slug)?;
    writeln!(out, "HONEYCOMB_PLAN={}", creds.plan.as_str())?;
    writeln!(out, "HONEYCOMB_KEY_ID={}", creds.management_key_id)?;
    writeln!(out, "HONEYCOMB_KEY_SECRET={}", creds.management_key_secret)?;
    writeln!(out, "HONEYCOMB_MANAGEMENT_KEY={}", creds.management_bearer())?;
    if let Some(env) = creds.default_environment() {
        writeln!(out, "HONEYCOMB_ENVIRONMENT={}", env.slug)?;
        if let Some(k) = &env.ingest_key {
            writeln!(out, "HONEYCOMB_INGEST_KEY={k}")?;
            writeln!(out, "HONEYCOMB_API_KEY={k}")?;
        }
        if let Some(k) = &env.configuration_key {
            writeln!(out, "HONEYCOMB_CONFIG_KEY={k}")?;
        }
    }
    for env in creds.environments.iter().skip(1) {
        for key in &env.keys {
            writeln!(out, "# environment {}: {} key {}: {}", env.slug, key.kind.as_str(), key.name, key.header_value)?;
        }
    }
    out.flush()
}

async fn wait_for_shutdown() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
