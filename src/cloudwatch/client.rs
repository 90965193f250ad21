//! The CloudWatch Logs calls cruddur-obs makes, through `aws-sdk-cloudwatchlogs`, with typed results in
//! our own types.

use aws_sdk_cloudwatchlogs::primitives::{DateTime, DateTimeFormat};
use aws_sdk_cloudwatchlogs::types as sdk;
use serde::Serialize;

use super::error::LogsError;

/// A log group as CloudWatch Logs reports it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LogGroup {
    pub name: String,
    /// `None`: events never expire.
    pub retention_days: Option<i32>,
    pub stored_bytes: Option<i64>,
    /// The log group's ARN, without the `:*` that `arn` carries in the API (what IAM and tagging take).
    pub arn: Option<String>,
    /// When it was created, RFC 3339 in UTC.
    pub created: Option<String>,
}

fn timestamp(millis: Option<i64>) -> Option<String> {
    millis.and_then(|millis| DateTime::from_millis(millis).fmt(DateTimeFormat::DateTime).ok())
}

fn log_group_from_sdk(group: &sdk::LogGroup) -> LogGroup {
    let arn = group.log_group_arn().or_else(|| group.arn().map(|arn| arn.strip_suffix(":*").unwrap_or(arn)));
    LogGroup {
        name: group.log_group_name().unwrap_or_default().to_owned(),
        retention_days: group.retention_in_days(),
        stored_bytes: group.stored_bytes(),
        arn: arn.map(str::to_owned),
        created: timestamp(group.creation_time()),
    }
}

pub struct LogsClient {
    sdk: aws_sdk_cloudwatchlogs::Client,
}

impl LogsClient {
    /// `log_requests`: print each HTTP attempt on stderr (`--verbose`).
    pub fn new(config: &aws_config::SdkConfig, log_requests: bool) -> LogsClient {
        let mut builder = aws_sdk_cloudwatchlogs::config::Builder::from(config)
            .interceptor(crate::aws::ResponseLimit)
            .retry_classifier(crate::aws::NoRetryOverLimit);
        if log_requests {
            builder = builder.interceptor(crate::aws::RequestLog::default());
        }
        LogsClient { sdk: aws_sdk_cloudwatchlogs::Client::from_conf(builder.build()) }
    }

    /// Every log group whose name starts with `prefix` (all of them without one), following `nextToken`.
    pub async fn list(&self, prefix: Option<&str>) -> Result<Vec<LogGroup>, LogsError> {
        let mut groups = Vec::new();
        let mut pages = self.sdk.describe_log_groups().set_log_group_name_prefix(prefix.map(str::to_owned)).into_paginator().send();
        while let Some(page) = pages.next().await {
            let page = page.map_err(|err| LogsError::from_sdk("DescribeLogGroups", err))?;
            groups.extend(page.log_groups().iter().map(log_group_from_sdk));
        }
        Ok(groups)
    }

    /// The log group named exactly `name`, or `None`. The API has no single-group read: this lists by
    /// prefix and stops at the page that has it.
    pub async fn find(&self, name: &str) -> Result<Option<LogGroup>, LogsError> {
        let mut pages = self.sdk.describe_log_groups().log_group_name_prefix(name).into_paginator().send();
        while let Some(page) = pages.next().await {
            let page = page.map_err(|err| LogsError::from_sdk("DescribeLogGroups", err))?;
            if let Some(group) = page.log_groups().iter().find(|group| group.log_group_name() == Some(name)) {
                return Ok(Some(log_group_from_sdk(group)));
            }
        }
        Ok(None)
    }

    pub async fn create(&self, name: &str) -> Result<(), LogsError> {
        self.sdk.create_log_group().log_group_name(name).send().await.map_err(|err| LogsError::from_sdk("CreateLogGroup", err))?;
        Ok(())
    }

    pub async fn put_retention(&self, name: &str, days: i32) -> Result<(), LogsError> {
        self.sdk
            .put_retention_policy()
            .log_group_name(name)
            .retention_in_days(days)
            .send()
            .await
            .map_err(|err| LogsError::from_sdk("PutRetentionPolicy", err))?;
        Ok(())
    }

    /// Removes the retention policy: events never expire.
    pub async fn delete_retention(&self, name: &str) -> Result<(), LogsError> {
        self.sdk
            .delete_retention_policy()
            .log_group_name(name)
            .send()
            .await
            .map_err(|err| LogsError::from_sdk("DeleteRetentionPolicy", err))?;
        Ok(())
    }

    pub async fn delete(&self, name: &str) -> Result<(), LogsError> {
        self.sdk.delete_log_group().log_group_name(name).send().await.map_err(|err| LogsError::from_sdk("DeleteLogGroup", err))?;
        Ok(())
    }
}
