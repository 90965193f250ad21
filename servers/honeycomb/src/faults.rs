//! Fault injection: what a test asks the server to do wrong, for the next N matching requests.

use serde::{Deserialize, Serialize};
use std::time::Duration;

/// One fault, armed for the next `times` requests that match `route`.
///
/// JSON form (`POST /__admin/faults`):
/// `{"route": "POST /1/query_results/{datasetSlug}", "times": 2, "kind": "status", "status": 429, "retry_after_secs": 3}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fault {
    /// `METHOD /path/template`, or a template alone (any method); `None` matches every API route
    /// (the admin routes are never faulted).
    #[serde(default)]
    pub route: Option<String>,
    /// How many matching requests the fault applies to (`count` in JSON too, the X-Ray server's name).
    #[serde(default = "one", alias = "count")]
    pub times: u32,
    #[serde(flatten)]
    pub kind: FaultKind,
}

fn one() -> u32 {
    1
}

/// What happens to a faulted request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FaultKind {
    /// Answer with this status (429, 5xx, ...) in the operation's error format, without running
    /// the handler. `retry_after_secs` adds an HTTP-date `Retry-After` that many seconds ahead.
    Status {
        status: u16,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        retry_after_secs: Option<u64>,
    },
    /// Wait before handling.
    Delay { millis: u64 },
    /// Close the connection without answering (the handler does not run).
    DropConnection,
    /// Run the handler, then close the connection halfway through the answer's body: the operation
    /// happened, and the client cannot know it did (the case that makes a blind retry duplicate).
    /// An answer without a body is not sent at all.
    ResetMidBody,
    /// Run the handler, then hold the answer this long: past a client's time-out, the operation
    /// happened and the answer came too late.
    Stall { millis: u64 },
    /// Query results created while armed stay `complete: false` for this long (counts creations,
    /// not requests; `route` is ignored).
    Incomplete { millis: u64 },
    /// Query results created while armed fail: 200, `complete: true`, `error` (counts creations).
    FailQuery {
        #[serde(default = "default_failure")]
        message: String,
    },
}

fn default_failure() -> String {
    "we had trouble fetching your results! try again?".into()
}

impl Fault {
    fn new(kind: FaultKind) -> Fault {
        Fault { route: None, times: 1, kind }
    }

    /// Respond with `status` (e.g. 429, 503).
    pub fn status(status: u16) -> Fault {
        Fault::new(FaultKind::Status { status, retry_after_secs: None })
    }

    /// A 429 with an HTTP-date `Retry-After` `secs` ahead.
    pub fn rate_limited_retry_after(secs: u64) -> Fault {
        Fault::new(FaultKind::Status { status: 429, retry_after_secs: Some(secs) })
    }

    pub fn delay(d: Duration) -> Fault {
        Fault::new(FaultKind::Delay { millis: crate::util::millis(d) })
    }

    pub fn drop_connection() -> Fault {
        Fault::new(FaultKind::DropConnection)
    }

    /// The operation runs; its answer is cut off halfway.
    pub fn reset_mid_body() -> Fault {
        Fault::new(FaultKind::ResetMidBody)
    }

    /// The operation runs; its answer waits `d`.
    pub fn stall(d: Duration) -> Fault {
        Fault::new(FaultKind::Stall { millis: crate::util::millis(d) })
    }

    pub fn incomplete_for(d: Duration) -> Fault {
        Fault::new(FaultKind::Incomplete { millis: crate::util::millis(d) })
    }

    pub fn fail_query(message: impl Into<String>) -> Fault {
        Fault::new(FaultKind::FailQuery { message: message.into() })
    }

    /// Only requests to `route` (`"POST /1/query_results/{datasetSlug}"` or `"/1/auth"`).
    pub fn on(mut self, route: impl Into<String>) -> Fault {
        self.route = Some(route.into());
        self
    }

    /// For the next `n` matching requests.
    pub fn times(mut self, n: u32) -> Fault {
        self.times = n;
        self
    }

    fn is_query_fault(&self) -> bool {
        matches!(self.kind, FaultKind::Incomplete { .. } | FaultKind::FailQuery { .. })
    }

    fn matches(&self, method: &str, template: &str) -> bool {
        match &self.route {
            None => true,
            Some(route) => match route.split_once(' ') {
                Some((m, t)) => m.eq_ignore_ascii_case(method) && t == template,
                None => route == template,
            },
        }
    }
}

/// Armed faults, consumed in the order they were added.
#[derive(Default)]
pub struct FaultTable {
    faults: Vec<Fault>,
}

impl FaultTable {
    pub fn add(&mut self, fault: Fault) {
        if fault.times > 0 {
            self.faults.push(fault);
        }
    }

    pub fn clear(&mut self) {
        self.faults.clear();
    }

    pub fn armed(&self) -> &[Fault] {
        &self.faults
    }

    fn take_where(&mut self, pred: impl Fn(&Fault) -> bool) -> Option<FaultKind> {
        let i = self.faults.iter().position(pred)?;
        let fault = &mut self.faults[i];
        fault.times -= 1;
        let kind = fault.kind.clone();
        if fault.times == 0 {
            self.faults.remove(i);
        }
        Some(kind)
    }

    /// Consumes one request-level fault matching this request, if any is armed.
    pub fn take_for_request(&mut self, method: &str, template: &str) -> Option<FaultKind> {
        self.take_where(|f| !f.is_query_fault() && f.matches(method, template))
    }

    /// Consumes one query-result fault (incomplete / fail), if armed.
    pub fn take_for_query_result(&mut self) -> Option<FaultKind> {
        self.take_where(Fault::is_query_fault)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_fire_n_times_on_their_route_only() {
        let mut t = FaultTable::default();
        t.add(Fault::status(503).on("GET /1/auth").times(2));
        assert_eq!(t.take_for_request("POST", "/1/auth"), None);
        assert!(t.take_for_request("GET", "/1/auth").is_some());
        assert!(t.take_for_request("GET", "/1/auth").is_some());
        assert_eq!(t.take_for_request("GET", "/1/auth"), None);
    }

    #[test]
    fn json_form_round_trips() {
        let f: Fault = serde_json::from_str(
            r#"{"route":"POST /1/query_results/{datasetSlug}","times":2,"kind":"status","status":429,"retry_after_secs":3}"#,
        )
        .unwrap();
        assert_eq!(f, Fault::rate_limited_retry_after(3).on("POST /1/query_results/{datasetSlug}").times(2));
        let d: Fault = serde_json::from_str(r#"{"kind":"drop_connection"}"#).unwrap();
        assert_eq!(d, Fault::drop_connection());
        let r: Fault = serde_json::from_str(r#"{"kind":"reset_mid_body","route":"GET /1/auth"}"#).unwrap();
        assert_eq!(r, Fault::reset_mid_body().on("GET /1/auth"));
        let s: Fault = serde_json::from_str(r#"{"kind":"stall","millis":1500}"#).unwrap();
        assert_eq!(s, Fault::stall(Duration::from_millis(1500)));
        let x: Fault = serde_json::from_str(r#"{"kind":"delay","millis":20,"count":3}"#).unwrap();
        assert_eq!(x, Fault::delay(Duration::from_millis(20)).times(3), "the X-Ray server's spelling");
    }
}
