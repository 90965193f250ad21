//! Honeycomb's rate limits: fixed windows per operation, refilled in full at each boundary
//! (as the Terraform provider's notes describe them), with the `RateLimit` headers.

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// The state of one limit after a request was counted against it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decision {
    pub allowed: bool,
    pub limit: u32,
    pub remaining: u32,
    /// Seconds until the window resets.
    pub reset_secs: u64,
}

impl Decision {
    /// `RateLimit: limit=X, remaining=Y, reset=Z`.
    pub fn header(&self) -> String {
        format!("limit={}, remaining={}, reset={}", self.limit, self.remaining, self.reset_secs)
    }

    /// `RateLimitPolicy: X;w=Y`.
    pub fn policy(&self, window: Duration) -> String {
        format!("{};w={}", self.limit, window.as_secs())
    }
}

/// Fixed-window counters keyed by limit name (an operation, or `query_results`).
#[derive(Default)]
pub struct RateLimiter {
    windows: HashMap<String, (Instant, u32)>,
}

impl RateLimiter {
    /// Counts one request against `key` (limit `limit` per `window`).
    pub fn check(&mut self, key: &str, limit: u32, window: Duration, now: Instant) -> Decision {
        let entry = self.windows.entry(key.to_owned()).or_insert((now, 0));
        if now.duration_since(entry.0) >= window {
            *entry = (now, 0);
        }
        let reset_secs = window.saturating_sub(now.duration_since(entry.0)).as_secs_f64().ceil() as u64;
        let allowed = entry.1 < limit;
        if allowed {
            entry.1 += 1;
        }
        Decision { allowed, limit, remaining: limit - entry.1, reset_secs }
    }

    pub fn clear(&mut self) {
        self.windows.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_refills_at_its_boundary() {
        let mut r = RateLimiter::default();
        let t0 = Instant::now();
        let w = Duration::from_secs(60);
        for i in 0..10 {
            let d = r.check("q", 10, w, t0);
            assert!(d.allowed);
            assert_eq!(d.remaining, 9 - i);
        }
        let d = r.check("q", 10, w, t0 + Duration::from_secs(1));
        assert!(!d.allowed);
        assert_eq!(d.reset_secs, 59);
        assert!(r.check("q", 10, w, t0 + w).allowed);
        assert_eq!(d.header(), "limit=10, remaining=0, reset=59");
    }
}
