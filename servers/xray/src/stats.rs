//! Call counters, so that tests can assert what a client actually sent: how many calls per operation,
//! and whether a "dry run" or an idempotent re-run really made no changes (`write_calls`).

use std::collections::BTreeMap;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

/// A snapshot of the counters. Also the JSON of `GET /__admin/stats`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    /// Calls to a mutating operation (Create*, Update*, Delete*, Tag*, Untag*) received, whatever their
    /// outcome: rejected, faulted and failed calls count too.
    pub write_calls: u64,
    /// Mutating calls that were answered with success.
    pub successful_writes: u64,
    /// Every call received, by operation name (the model's, e.g. `GetGroups`).
    pub calls: BTreeMap<String, u64>,
}

/// Whether an operation changes state. Decided by name because that is how AWS names them; `Put*`
/// operations are not served here, so they need no rule.
pub fn is_write_operation(operation: &str) -> bool {
    ["Create", "Update", "Delete", "Tag", "Untag"].iter().any(|prefix| operation.starts_with(prefix))
}

#[derive(Debug, Default)]
pub struct StatsRecorder {
    stats: Mutex<Stats>,
}

impl StatsRecorder {
    pub fn record_call(&self, operation: &str) {
        let mut stats = self.lock();
        *stats.calls.entry(operation.to_owned()).or_default() += 1;
        if is_write_operation(operation) {
            stats.write_calls += 1;
        }
    }

    pub fn record_success(&self, operation: &str) {
        if is_write_operation(operation) {
            self.lock().successful_writes += 1;
        }
    }

    pub fn snapshot(&self) -> Stats {
        self.lock().clone()
    }

    pub fn reset(&self) {
        *self.lock() = Stats::default();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Stats> {
        // Counters stay meaningful even if a handler panicked while holding the lock.
        self.stats.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_are_recognised_by_name() {
        for write in ["CreateGroup", "UpdateSamplingRule", "DeleteGroup", "TagResource", "UntagResource"] {
            assert!(is_write_operation(write), "{write}");
        }
        for read in ["GetGroups", "GetSamplingRules", "ListTagsForResource"] {
            assert!(!is_write_operation(read), "{read}");
        }
    }

    #[test]
    fn counts_calls_and_writes() {
        let recorder = StatsRecorder::default();
        recorder.record_call("CreateGroup");
        recorder.record_call("CreateGroup");
        recorder.record_success("CreateGroup");
        recorder.record_call("GetGroups");
        recorder.record_success("GetGroups");
        let stats = recorder.snapshot();
        assert_eq!(stats.write_calls, 2);
        assert_eq!(stats.successful_writes, 1);
        assert_eq!(stats.calls["CreateGroup"], 2);
        assert_eq!(stats.calls["GetGroups"], 1);
        recorder.reset();
        assert_eq!(recorder.snapshot(), Stats::default());
    }
}
