//! `GetSamplingTargets`: what X-Ray tells each sampling client about the rules it uses.
//!
//! X-Ray's documented behaviour ("Sampling rules" in the X-Ray developer guide; GetSamplingTargets in the
//! API reference): a rule's `ReservoirSize` is the number of requests per second sampled *across all
//! clients* before `FixedRate` applies to the rest. Each client reports, about every 10 seconds, how many
//! requests matched each rule and how many it sampled or borrowed; X-Ray answers with the rule's current
//! `FixedRate`, the client's share of the reservoir (`ReservoirQuota`, valid until `ReservoirQuotaTTL`),
//! the `Interval` before the next report, and `LastRuleModification` so that clients refetch rules
//! that changed. How X-Ray splits the reservoir is not published; here the split follows each active
//! client's share of the requests it reported (evenly while nobody has requests yet), so that one client
//! alone gets the whole reservoir and the shares never add up to more than the reservoir.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::wire::SamplingRuleRecord;

/// One client's last report on one rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SamplingReport {
    pub rule_name: String,
    pub client_id: String,
    pub request_count: i64,
    pub sampled_count: i64,
    pub borrow_count: i64,
    /// Epoch seconds (server clock) of the report.
    pub received_at: f64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct SamplingStatisticsDocument {
    pub rule_name: String,
    #[serde(rename = "ClientID")]
    pub client_id: String,
    pub timestamp: f64,
    pub request_count: i64,
    pub sampled_count: i64,
    pub borrow_count: Option<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct GetSamplingTargetsRequest {
    pub sampling_statistics_documents: Vec<SamplingStatisticsDocument>,
    /// Adaptive sampling's anomaly counts: accepted (the model has them), not acted on.
    pub sampling_boost_statistics_documents: Option<Vec<Value>>,
}

/// Every report received, the latest per (rule, client), and all of them in order for tests.
#[derive(Debug, Default)]
pub struct SamplingReports {
    latest: BTreeMap<(String, String), SamplingReport>,
    history: Vec<SamplingReport>,
}

impl SamplingReports {
    pub fn history(&self) -> Vec<SamplingReport> {
        self.history.clone()
    }

    /// Records the reports and answers them. `interval` is the seconds clients should wait before the
    /// next report (AWS: 10).
    pub fn answer(
        &mut self,
        request: GetSamplingTargetsRequest,
        rules: &BTreeMap<String, SamplingRuleRecord>,
        now: f64,
        interval: u32,
    ) -> Value {
        let mut targets: BTreeMap<String, Value> = BTreeMap::new();
        let mut unprocessed = Vec::new();
        for document in request.sampling_statistics_documents {
            let Some(record) = rules.get(&document.rule_name) else {
                // The error X-Ray puts here is not documented; a 4xx code tells clients not to retry.
                unprocessed.push(json!({
                    "RuleName": document.rule_name,
                    "ErrorCode": "400",
                    "Message": format!("Sampling rule not found: {}", document.rule_name),
                }));
                continue;
            };
            let report = SamplingReport {
                rule_name: document.rule_name.clone(),
                client_id: document.client_id.clone(),
                request_count: document.request_count,
                sampled_count: document.sampled_count,
                borrow_count: document.borrow_count.unwrap_or(0),
                received_at: now,
            };
            self.history.push(report.clone());
            self.latest.insert((document.rule_name.clone(), document.client_id.clone()), report);
            let quota = self.quota(&document.rule_name, &document.client_id, record.sampling_rule.reservoir_size, now, interval);
            targets.insert(
                document.rule_name.clone(),
                json!({
                    "RuleName": document.rule_name,
                    "FixedRate": record.sampling_rule.fixed_rate,
                    "ReservoirQuota": quota,
                    "ReservoirQuotaTTL": now + f64::from(interval),
                    "Interval": interval,
                }),
            );
        }
        let last_modification = rules.values().map(|record| record.modified_at).fold(0.0, f64::max);
        json!({
            "SamplingTargetDocuments": targets.into_values().collect::<Vec<_>>(),
            "LastRuleModification": last_modification,
            "UnprocessedStatistics": unprocessed,
        })
    }

    /// This client's share of the rule's reservoir among the clients that reported on the rule within
    /// the last two intervals.
    fn quota(&self, rule: &str, client: &str, reservoir_size: i32, now: f64, interval: u32) -> i64 {
        let window = 2.0 * f64::from(interval.max(1));
        let active: Vec<&SamplingReport> =
            self.latest.values().filter(|report| report.rule_name == rule && now - report.received_at <= window).collect();
        let total: i64 = active.iter().map(|report| report.request_count).sum();
        let own = active.iter().find(|report| report.client_id == client).map_or(0, |report| report.request_count);
        let reservoir = i64::from(reservoir_size.max(0));
        if total == 0 {
            reservoir / active.len().max(1) as i64
        } else {
            // Integer arithmetic: the shares round down, so together they never exceed the reservoir.
            reservoir * own / total
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::SamplingRule;

    fn rules(reservoir_size: i32) -> BTreeMap<String, SamplingRuleRecord> {
        let rule = SamplingRule {
            rule_name: Some("Cruddur".into()),
            rule_arn: None,
            resource_arn: "*".into(),
            priority: 1,
            fixed_rate: 0.1,
            reservoir_size,
            service_name: "*".into(),
            service_type: "*".into(),
            host: "*".into(),
            http_method: "*".into(),
            url_path: "*".into(),
            version: 1,
            attributes: BTreeMap::new(),
            sampling_rate_boost: None,
        };
        BTreeMap::from([("Cruddur".to_owned(), SamplingRuleRecord { sampling_rule: rule, created_at: 5.0, modified_at: 7.0 })])
    }

    fn report(rule: &str, client: &str, requests: i64) -> GetSamplingTargetsRequest {
        GetSamplingTargetsRequest {
            sampling_statistics_documents: vec![SamplingStatisticsDocument {
                rule_name: rule.into(),
                client_id: client.into(),
                timestamp: 100.0,
                request_count: requests,
                sampled_count: 1,
                borrow_count: None,
            }],
            sampling_boost_statistics_documents: None,
        }
    }

    #[test]
    fn one_client_gets_the_whole_reservoir_and_two_share_it_by_requests() {
        let rules = rules(10);
        let mut reports = SamplingReports::default();
        let answer = reports.answer(report("Cruddur", "a", 30), &rules, 100.0, 10);
        assert_eq!(answer["SamplingTargetDocuments"][0]["ReservoirQuota"], 10);
        assert_eq!(answer["SamplingTargetDocuments"][0]["FixedRate"], 0.1);
        assert_eq!(answer["SamplingTargetDocuments"][0]["ReservoirQuotaTTL"], 110.0);
        assert_eq!(answer["LastRuleModification"], 7.0);
        let answer = reports.answer(report("Cruddur", "b", 10), &rules, 101.0, 10);
        assert_eq!(answer["SamplingTargetDocuments"][0]["ReservoirQuota"], 2, "b made a quarter of the requests");
        let answer = reports.answer(report("Cruddur", "a", 30), &rules, 102.0, 10);
        assert_eq!(answer["SamplingTargetDocuments"][0]["ReservoirQuota"], 7);
        // Long after b's last report, a is alone again.
        let answer = reports.answer(report("Cruddur", "a", 30), &rules, 200.0, 10);
        assert_eq!(answer["SamplingTargetDocuments"][0]["ReservoirQuota"], 10);
        assert_eq!(reports.history().len(), 4);
    }

    #[test]
    fn unknown_rules_are_unprocessed() {
        let answer = SamplingReports::default().answer(report("Gone", "a", 1), &rules(1), 1.0, 10);
        assert_eq!(answer["SamplingTargetDocuments"], json!([]));
        assert_eq!(answer["UnprocessedStatistics"][0]["RuleName"], "Gone");
        assert_eq!(answer["UnprocessedStatistics"][0]["ErrorCode"], "400");
    }
}
