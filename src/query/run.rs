//! Running a query: create its result, poll until it is complete, within one overall time-out.
//!
//! - Polling is fast and polite: the first check 50 ms after creation, then every quarter of the time
//!   waited so far (at least 50 ms, at most 1 s). A result is seen at most about 25% after it is ready
//!   (a 300 ms query is read by ~312 ms), and a 10 s query costs about two dozen polls, not the 50 of
//!   a 200 ms poller, nor the up-to-1 s delay of a 1 s one.
//! - Honeycomb allows 10 query-result creations a minute (1 with relational fields), and its 429 has
//!   no `Retry-After`: the wait for the next window (its `RateLimit` reset, when sent; else a retry
//!   every 15 s) is said on stderr, and counts against `--timeout`.
//! - A failed query (200, `complete`, `error`) is an error carrying Honeycomb's message (exit 5).
//! - A spinner with the elapsed time is drawn on stderr only when stderr is a terminal (and not
//!   `--quiet`); otherwise nothing but the rate-limit notes.

use std::io::Write;
use std::time::{Duration, Instant};

use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::honeycomb::query::{CreateResult, QueryResult, QueryResultData, QueryResultRequest};
use crate::honeycomb::{HoneycombClient, HoneycombError, HoneycombErrorKind};

const FIRST_POLL: Duration = Duration::from_millis(50);
const MAX_POLL: Duration = Duration::from_secs(1);
/// When a 429 says nothing about the window, try again this often.
const BLIND_RATE_LIMIT_WAIT: Duration = Duration::from_secs(15);

/// How long to wait before the next poll, `elapsed` after the result was created.
pub fn poll_interval(elapsed: Duration) -> Duration {
    (elapsed / 4).clamp(FIRST_POLL, MAX_POLL)
}

/// What a run asks for.
#[derive(Debug, Clone, Copy)]
pub struct RunSettings {
    pub timeout: Duration,
    /// Rows to return (up to 10 000 without series).
    pub limit: Option<u32>,
    /// Ask for the time series too (heatmaps); limits the rows to 1000.
    pub series: bool,
    /// The query uses relational fields: Honeycomb allows one run a minute.
    pub relational: bool,
}

/// A finished run: the result's data and the query as Honeycomb ran it.
pub struct Finished {
    pub result: QueryResult,
    pub data: QueryResultData,
    pub elapsed: Duration,
}

/// A one-line spinner on stderr, or nothing.
struct Progress {
    enabled: bool,
    frame: usize,
    drawn: bool,
}

impl Progress {
    fn new(context: &Context) -> Progress {
        Progress { enabled: !context.ui.quiet && context.ui.stderr_is_terminal, frame: 0, drawn: false }
    }

    fn tick(&mut self, message: &str, started: Instant) {
        if !self.enabled {
            return;
        }
        const FRAMES: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
        self.frame = (self.frame + 1) % FRAMES.len();
        let mut err = std::io::stderr().lock();
        let message = crate::output::sanitize::terminal_line(message);
        let _ = write!(err, "\r\x1b[2K{} {message} ({:.1} s)", FRAMES[self.frame], started.elapsed().as_secs_f64());
        let _ = err.flush();
        self.drawn = true;
    }

    fn clear(&mut self) {
        if self.drawn {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
            self.drawn = false;
        }
    }

    /// Sleeps for `wait`, redrawing every 100 ms.
    async fn sleep(&mut self, wait: Duration, message: &str, started: Instant) {
        if !self.enabled {
            tokio::time::sleep(wait).await;
            return;
        }
        let until = Instant::now() + wait;
        loop {
            self.tick(message, started);
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            tokio::time::sleep(left.min(Duration::from_millis(100))).await;
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.clear();
    }
}

fn timeout_flag(timeout: Duration) -> String {
    super::time::format_secs(timeout.as_secs().max(1) as i64)
}

/// A Query Data API refusal, explained: a 403 is most often a missing permission, or a team whose plan
/// has no Query Data API (Honeycomb's own message is kept in the summary).
pub fn explain(err: HoneycombError) -> CliError {
    let query_results = err.route.as_ref().is_some_and(|route| route.is_query_results());
    let kind = err.kind;
    let credential = err.credential.clone().unwrap_or_else(|| "the key".to_owned());
    let error = CliError::from(err);
    match kind {
        HoneycombErrorKind::Forbidden if query_results => error.with_hint(format!(
            "running queries needs a configuration key with Run Queries, and a team with Honeycomb's Query Data API \
             (an Enterprise feature: a team without it is refused even with the permission). {credential} was used; \
             see `cruddur-obs honeycomb auth status`"
        )),
        HoneycombErrorKind::Forbidden => error.with_hint(format!(
            "queries and saved queries need a configuration key with Manage Queries and Columns ({credential} was used; see `cruddur-obs honeycomb auth status`)"
        )),
        HoneycombErrorKind::Unauthorized => error.with_hint(format!(
            "Honeycomb rejected {credential}; queries need a configuration key (an ingest key cannot run them). Check it with `cruddur-obs honeycomb auth status`"
        )),
        _ => error,
    }
}

/// Creates a result for `query_id` and waits until it is complete (or `settings.timeout` runs out).
pub async fn wait_for_result(
    context: &Context,
    client: &HoneycombClient<'_>,
    dataset: &str,
    query_id: &str,
    settings: RunSettings,
) -> CliResult<Finished> {
    let started = Instant::now();
    let deadline = started + settings.timeout;
    let mut progress = Progress::new(context);
    let request = QueryResultRequest {
        query_id: query_id.to_owned(),
        disable_series: !settings.series,
        limit: if settings.series { None } else { settings.limit },
    };
    if settings.relational {
        context.ui.debug("this query reads relational fields: Honeycomb allows one such run a minute");
    }
    let created = loop {
        progress.tick(&format!("running the query on {dataset}"), started);
        match client.try_create_query_result(&context.ui, dataset, &request).await.map_err(explain)? {
            CreateResult::Created(result) => break *result,
            CreateResult::RateLimited { reset, detail } => {
                let wait = reset.map(|reset| reset + Duration::from_millis(250)).unwrap_or(BLIND_RATE_LIMIT_WAIT);
                let limit =
                    if settings.relational { "1 query run a minute for queries with relational fields" } else { "10 query runs a minute" };
                if Instant::now() + wait > deadline {
                    let when = match reset {
                        Some(reset) => format!("its window resets in {} s", reset.as_secs().max(1)),
                        None => "it did not say when its window resets".to_owned(),
                    };
                    return Err(CliError::new(
                        ErrorKind::Unavailable,
                        format!(
                            "Honeycomb is rate-limiting query runs ({detail}); {when}, which is past --timeout {}",
                            timeout_flag(settings.timeout)
                        ),
                    )
                    .with_hint(format!("Honeycomb allows {limit}; try again in a minute, or raise --timeout")));
                }
                progress.clear();
                let how = match reset {
                    Some(_) => format!("waiting {} s for the next window", wait.as_secs_f64().ceil() as u64),
                    None => format!("retrying in {} s", wait.as_secs()),
                };
                context.ui.status(&format!("Honeycomb allows {limit} and this team has used them (429); {how} (Ctrl-C to stop)"));
                progress.sleep(wait, "waiting for Honeycomb's rate-limit window", started).await;
            }
        }
    };
    let result_id = created.id.clone();
    let created_at = Instant::now();
    let mut result = created;
    let mut polls = 0u32;
    while !result.complete {
        let now = Instant::now();
        if now >= deadline {
            let link = result.links.as_ref().and_then(|links| links.query_url.clone());
            let mut error = CliError::new(
                ErrorKind::Unavailable,
                format!(
                    "the query did not complete within --timeout {} (query result {result_id} on {dataset}, {polls} checks)",
                    timeout_flag(settings.timeout)
                ),
            );
            error = error.with_hint(match link {
                Some(link) => format!("Honeycomb may be busy or the query heavy: try a shorter --since, more --where, or a longer --timeout; the result may still appear at {link}"),
                None => "Honeycomb may be busy or the query heavy: try a shorter --since, more --where, or a longer --timeout".to_owned(),
            });
            return Err(error);
        }
        let wait = poll_interval(now - created_at).min(deadline - now);
        progress.sleep(wait, &format!("running the query on {dataset}"), started).await;
        // The wait may have used up --timeout: then the check above says the query did not complete,
        // rather than a check cut short saying Honeycomb did not answer.
        if Instant::now() >= deadline {
            continue;
        }
        result = match client.get_query_result(dataset, &result_id).await {
            Ok(result) => result,
            Err(err) if err.kind == HoneycombErrorKind::Timeout && Instant::now() >= deadline => continue,
            Err(err) => return Err(explain(err)),
        };
        polls += 1;
    }
    progress.clear();
    context.ui.debug(&format!("query result {result_id} complete after {} ms and {polls} checks", started.elapsed().as_millis()));
    if let Some(message) = result.error.clone() {
        return Err(CliError::new(ErrorKind::Rejected, format!("the query failed: {message}")).with_hint(format!(
            "Honeycomb ran the query (result {result_id} on {dataset}) and reported this failure; check the query, or try again"
        )));
    }
    let Some(data) = result.data.take() else {
        return Err(CliError::new(ErrorKind::Unavailable, format!("query result {result_id} is complete but has neither data nor error")));
    };
    Ok(Finished { result, data, elapsed: started.elapsed() })
}

#[cfg(test)]
mod tests {
    use reqwest::Method;

    use super::*;
    use crate::honeycomb::error::Route;

    #[test]
    fn hints_are_decided_on_the_status_and_the_route_not_the_words() {
        let refused = |kind, status, path: &str| {
            HoneycombError::new(kind, format!("POST {path}: {status}")).with_status(status).on(Route::new(Method::POST, path))
        };
        let plan = explain(refused(HoneycombErrorKind::Forbidden, 403, "/1/query_results/backend-flask"));
        assert!(plan.hint.unwrap().contains("Enterprise feature"));
        let permission = explain(refused(HoneycombErrorKind::Forbidden, 403, "/1/queries/backend-flask"));
        assert!(permission.hint.unwrap().contains("Manage Queries and Columns"));
        let missing = crate::query::execute::explain_on_dataset(refused(HoneycombErrorKind::NotFound, 404, "/1/columns/x"), "x");
        assert!(missing.hint.unwrap().contains("dataset's slug"));
        // A message that only says 404 is not a 404.
        let worded = HoneycombError::new(HoneycombErrorKind::Protocol, "GET /1/columns/x: 404 words");
        assert_eq!(crate::query::execute::explain_on_dataset(worded, "x").hint, None);
        // The typed error stays behind the printed one.
        let error = explain(refused(HoneycombErrorKind::Forbidden, 403, "/1/query_results/d"));
        assert_eq!(error.source_as::<HoneycombError>().and_then(|source| source.status), Some(403));
    }

    #[test]
    fn polls_start_soon_and_back_off_to_a_second() {
        let mut elapsed = Duration::ZERO;
        let mut times = Vec::new();
        while elapsed < Duration::from_secs(10) {
            elapsed += poll_interval(elapsed);
            times.push(elapsed.as_millis());
        }
        assert_eq!(times[..7], [50, 100, 150, 200, 250, 312, 390]);
        assert!(times.len() <= 25, "a 10 s query costs about two dozen polls: {}", times.len());
        // Never more than a quarter late once past the first 200 ms.
        for pair in times.windows(2).filter(|pair| pair[0] >= 200) {
            assert!((pair[1] - pair[0]) as f64 <= pair[0] as f64 * 0.25 + 1.0, "{pair:?}");
        }
        assert_eq!(poll_interval(Duration::from_secs(30)), MAX_POLL);
    }
}
