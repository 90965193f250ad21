//! Fault injection: makes the next N calls fail the ways real AWS calls fail (throttling, 5xx, slowness,
//! a connection cut mid-call), so that clients' retry and error reporting can be tested deterministically.

use std::sync::Mutex;

use serde::{Deserialize, Serialize};

/// A fault to apply to the next `count` matching calls. Also the JSON body of `POST /__admin/faults`, e.g.
/// `{"operation":"CreateGroup","count":2,"kind":{"type":"throttle","retry_after_secs":1}}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fault {
    /// Operation name as in the model (`CreateGroup`); `None` matches every operation.
    #[serde(default)]
    pub operation: Option<String>,
    /// How many calls get the fault; defaults to 1.
    #[serde(default = "one")]
    pub count: u32,
    pub kind: FaultKind,
}

fn one() -> u32 {
    1
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum FaultKind {
    /// HTTP 429 `ThrottledException`, with a `Retry-After` header when set.
    Throttle {
        #[serde(default)]
        retry_after_secs: Option<u64>,
    },
    /// An AWS-shaped 5xx: 503 `ServiceUnavailable`, otherwise `InternalFailure` (non-5xx statuses become 500).
    ServerError { status: u16 },
    /// Wait this long, then answer the call normally.
    Delay { millis: u64 },
    /// Close the connection without sending any response (the operation does not run).
    DropConnection,
    /// Run the operation, then cut the connection halfway through the answer's body: the call happened
    /// and the client cannot tell (the case where a blind retry of a create meets "already exists").
    ResetMidBody,
    /// Run the operation, then hold the answer this long (past the client's time-out: the call happened,
    /// the answer came too late).
    Stall { millis: u64 },
}

#[derive(Debug)]
struct PendingFault {
    operation: Option<String>,
    remaining: u32,
    kind: FaultKind,
}

/// Faults waiting to be applied, oldest first: when several match a call, the oldest is used.
#[derive(Debug, Default)]
pub struct FaultQueue {
    pending: Mutex<Vec<PendingFault>>,
}

impl FaultQueue {
    pub fn inject(&self, fault: Fault) {
        if fault.count == 0 {
            return;
        }
        self.lock().push(PendingFault { operation: fault.operation, remaining: fault.count, kind: fault.kind });
    }

    /// Takes one use of the oldest fault that matches `operation`, if any.
    pub fn take(&self, operation: &str) -> Option<FaultKind> {
        let mut pending = self.lock();
        let index = pending.iter().position(|f| f.operation.as_deref().is_none_or(|op| op == operation))?;
        let fault = &mut pending[index];
        fault.remaining -= 1;
        let kind = fault.kind.clone();
        if fault.remaining == 0 {
            pending.remove(index);
        }
        Some(kind)
    }

    pub fn clear(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<PendingFault>> {
        self.pending.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fault_json_matches_the_documented_format() {
        let fault: Fault = serde_json::from_str(r#"{"operation":"CreateGroup","count":2,"kind":{"type":"throttle"}}"#).unwrap();
        assert_eq!(fault, Fault { operation: Some("CreateGroup".into()), count: 2, kind: FaultKind::Throttle { retry_after_secs: None } });
        let fault: Fault = serde_json::from_str(r#"{"kind":{"type":"drop_connection"}}"#).unwrap();
        assert_eq!((fault.operation, fault.count), (None, 1));
        let fault: Fault = serde_json::from_str(r#"{"kind":{"type":"reset_mid_body"}}"#).unwrap();
        assert_eq!(fault.kind, FaultKind::ResetMidBody);
        let fault: Fault = serde_json::from_str(r#"{"kind":{"type":"stall","millis":1500}}"#).unwrap();
        assert_eq!(fault.kind, FaultKind::Stall { millis: 1500 });
        assert!(serde_json::from_str::<Fault>(r#"{"kind":{"type":"delay"}}"#).is_err());
        assert_eq!(
            serde_json::to_value(FaultKind::ServerError { status: 503 }).unwrap(),
            serde_json::json!({ "type": "server_error", "status": 503 })
        );
    }

    #[test]
    fn faults_are_used_up_in_order_and_per_operation() {
        let queue = FaultQueue::default();
        queue.inject(Fault { operation: Some("CreateGroup".into()), count: 2, kind: FaultKind::DropConnection });
        queue.inject(Fault { operation: None, count: 1, kind: FaultKind::Delay { millis: 5 } });
        assert_eq!(queue.take("GetGroups"), Some(FaultKind::Delay { millis: 5 }));
        assert_eq!(queue.take("GetGroups"), None);
        assert_eq!(queue.take("CreateGroup"), Some(FaultKind::DropConnection));
        assert_eq!(queue.take("CreateGroup"), Some(FaultKind::DropConnection));
        assert_eq!(queue.take("CreateGroup"), None);
    }

    #[test]
    fn zero_count_and_clear_leave_nothing() {
        let queue = FaultQueue::default();
        queue.inject(Fault { operation: None, count: 0, kind: FaultKind::DropConnection });
        assert_eq!(queue.take("GetGroups"), None);
        queue.inject(Fault { operation: None, count: 3, kind: FaultKind::DropConnection });
        queue.clear();
        assert_eq!(queue.take("GetGroups"), None);
    }
}
