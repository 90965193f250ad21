//! When and how long to wait before retrying a Honeycomb request.
//!
//! Hand-written (about 60 lines) because the crates that wrap reqwest either ignore `Retry-After` or
//! read it only as seconds, and Honeycomb sends it as an HTTP-date; none reads Honeycomb's `RateLimit:
//! limit=X, remaining=Y, reset=Z`. Order of preference, as the Terraform provider does it:
//! `Retry-After` (seconds or HTTP-date), then `RateLimit` reset, then exponential backoff; with jitter.

use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};

/// Attempts per request, the first included.
pub const MAX_ATTEMPTS: u32 = 5;
/// No single wait is longer than this (a query-result 429 is handled by the caller instead).
pub const MAX_WAIT: Duration = Duration::from_secs(30);
const BASE_BACKOFF: Duration = Duration::from_millis(200);

/// `Retry-After` as delta-seconds or an HTTP-date, relative to `now`.
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

/// The `reset=` of Honeycomb's `RateLimit` header: seconds until the window refills.
pub fn rate_limit_reset(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get("ratelimit")?.to_str().ok()?;
    value
        .split(',')
        .map(str::trim)
        .find_map(|part| part.strip_prefix("reset="))
        .and_then(|seconds| seconds.trim().parse::<u64>().ok())
        .map(Duration::from_secs)
}

/// Up to a quarter extra, so many clients throttled together do not return in lockstep. Randomness from
/// std's per-process hash keys: no `rand` dependency for one number.
fn jitter(wait: Duration) -> Duration {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default().as_nanos());
    let fraction = (hasher.finish() % 1000) as f64 / 4000.0;
    wait + wait.mul_f64(fraction)
}

/// How long to wait before attempt `attempt + 1` after a retryable answer with `status` (`headers` is
/// `None` when there was no answer, e.g. a refused connection). `RateLimit` describes the rate-limit
/// window, so its reset only matters for a 429; a 5xx waits only as long as `Retry-After` says.
pub fn delay(headers: Option<&HeaderMap>, status: Option<u16>, attempt: u32, now: SystemTime) -> Duration {
    let rate_limited = status == Some(429);
    let told = headers.and_then(|headers| retry_after(headers, now).or_else(|| rate_limited.then(|| rate_limit_reset(headers)).flatten()));
    let wait = told.unwrap_or_else(|| jitter(BASE_BACKOFF * 2u32.saturating_pow(attempt.saturating_sub(1))));
    wait.min(MAX_WAIT)
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn retry_after_as_seconds_or_http_date() {
        let now = httpdate::parse_http_date("Fri, 22 Mar 2024 18:37:50 GMT").unwrap();
        assert_eq!(retry_after(&headers(&[("retry-after", "7")]), now), Some(Duration::from_secs(7)));
        assert_eq!(retry_after(&headers(&[("retry-after", "Fri, 22 Mar 2024 18:37:53 GMT")]), now), Some(Duration::from_secs(3)));
        assert_eq!(retry_after(&headers(&[("retry-after", "Fri, 22 Mar 2024 18:37:00 GMT")]), now), Some(Duration::ZERO));
        assert_eq!(retry_after(&headers(&[("retry-after", "soon")]), now), None);
    }

    #[test]
    fn rate_limit_reset_is_read() {
        assert_eq!(rate_limit_reset(&headers(&[("ratelimit", "limit=100, remaining=0, reset=12")])), Some(Duration::from_secs(12)));
        assert_eq!(rate_limit_reset(&headers(&[("ratelimit", "limit=100")])), None);
    }

    #[test]
    fn preference_order_and_caps() {
        let now = SystemTime::now();
        let both = headers(&[("retry-after", "2"), ("ratelimit", "limit=1, remaining=0, reset=9")]);
        assert_eq!(delay(Some(&both), Some(429), 1, now), Duration::from_secs(2));
        assert_eq!(delay(Some(&headers(&[("ratelimit", "reset=9")])), Some(429), 1, now), Duration::from_secs(9));
        assert_eq!(delay(Some(&headers(&[("retry-after", "3600")])), Some(429), 1, now), MAX_WAIT);
        let server_error = delay(Some(&headers(&[("ratelimit", "reset=60")])), Some(503), 1, now);
        assert!(server_error < Duration::from_secs(1), "a 5xx ignores the rate-limit window: {server_error:?}");
        let first = delay(None, None, 1, now);
        assert!(first >= BASE_BACKOFF && first <= BASE_BACKOFF.mul_f64(1.25), "{first:?}");
        let third = delay(None, None, 3, now);
        assert!(third >= BASE_BACKOFF * 4 && third <= (BASE_BACKOFF * 4).mul_f64(1.25), "{third:?}");
    }
}
