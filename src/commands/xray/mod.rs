//! `cruddur-obs xray ...`: X-Ray groups and sampling rules, the trace segment destination, a workspace's
//! X-Ray wiring (`init`, `migrate`).

mod create_group;
mod destination;
mod groups;
mod init;
mod migrate;
mod rules;

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::aws::{AwsArgs, AwsSettings};
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::{Cell, Row};
use crate::xray::XrayClient;
use crate::xray::client::{Group, RuleRecord};
use crate::xray::rule::Tag;

#[derive(Debug, Args)]
#[command(after_help = "\
AWS settings come from the usual places: flags, then AWS_PROFILE, AWS_REGION / AWS_DEFAULT_REGION, \
AWS_ENDPOINT_URL_XRAY / AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, then ~/.aws/config \
and ~/.aws/credentials (profiles and SSO), then the container or EC2 role.")]
pub struct XrayArgs {
    #[command(flatten)]
    pub aws: AwsArgs,
    #[command(subcommand)]
    pub command: XrayCommand,
}

#[derive(Debug, Subcommand)]
pub enum XrayCommand {
    /// Wire a workspace to X-Ray: through its OpenTelemetry Collector (or the daemon), the rule file, group and rules
    Init(init::XrayInitArgs),
    /// Create a group of traces selected by a filter expression (safe to re-run)
    CreateGroup(create_group::CreateGroupArgs),
    /// List, show, update or delete groups
    #[command(subcommand)]
    Groups(groups::GroupsCommand),
    /// Apply, check, list, show, delete or export sampling rules
    #[command(subcommand)]
    Rules(rules::RulesCommand),
    /// Show the trace segment destination; --enable turns on Transaction Search, which X-Ray's OTLP endpoint needs
    Destination(destination::DestinationArgs),
    /// Move a workspace from the X-Ray daemon and SDK (end of support 2027-02-25) to OpenTelemetry through the collector
    Migrate(migrate::MigrateArgs),
}

pub async fn run(context: &Context, args: XrayArgs) -> CliResult {
    let aws = args.aws.settings();
    match args.command {
        XrayCommand::Init(command) => init::run(context, &aws, command).await,
        XrayCommand::CreateGroup(command) => create_group::run(context, &aws, command).await,
        XrayCommand::Groups(command) => groups::run(context, &aws, command).await,
        XrayCommand::Rules(command) => rules::run(context, &aws, command).await,
        XrayCommand::Destination(command) => destination::run(context, &aws, command).await,
        XrayCommand::Migrate(command) => migrate::run(context, command).await,
    }
}

/// Checks settings offline, then resolves credentials and builds the client.
async fn connect(context: &Context, aws: &AwsSettings) -> CliResult<XrayClient> {
    let config = crate::aws::load(aws, context).await?;
    Ok(XrayClient::new(&config, context.ui.verbose))
}

/// `--tag KEY=VALUE`.
fn parse_tag(text: &str) -> Result<Tag, String> {
    let (key, value) = text.split_once('=').ok_or_else(|| format!("{text:?}: expected KEY=VALUE"))?;
    if key.is_empty() || key.chars().count() > 128 {
        return Err(format!("{text:?}: the key must be 1-128 characters"));
    }
    if value.chars().count() > 256 {
        return Err(format!("{text:?}: the value must be at most 256 characters"));
    }
    if key.starts_with("aws:") {
        return Err(format!("{text:?}: the aws: prefix is reserved for AWS"));
    }
    Ok(Tag { key: key.to_owned(), value: value.to_owned() })
}

/// A group name as the model allows it (1-32 characters), checked before any call.
fn check_group_name(name: &str) -> CliResult {
    let length = name.chars().count();
    if length == 0 || length > 32 {
        return Err(CliError::invalid_input(format!("group name {name:?} is {length} characters long: 1 to 32 allowed")));
    }
    Ok(())
}

/// A filter expression pasted from a shell script often carries a line break (a `\` continuation
/// with trailing spaces, a stray `\n`); X-Ray would store it verbatim.
fn check_filter_expression(expression: &str) -> CliResult {
    if expression.trim().is_empty() {
        return Err(CliError::invalid_input("--filter-expression is empty").with_hint("leave the flag out to match every trace"));
    }
    if expression.chars().any(char::is_control) {
        return Err(CliError::invalid_input(format!("--filter-expression {expression:?} contains a line break or control character"))
            .with_hint("remove it; in a shell script, check for spaces after a trailing backslash"));
    }
    Ok(())
}

impl Row for Group {
    fn headers() -> &'static [&'static str] {
        &["GROUP", "FILTER EXPRESSION", "INSIGHTS", "NOTIFICATIONS", "ARN"]
    }

    fn cells(&self) -> Vec<Cell> {
        let on_off = |flag: bool| Cell::text(if flag { "on" } else { "off" });
        vec![
            Cell::text(&self.group_name),
            Cell::optional(self.filter_expression.clone()),
            on_off(self.insights_enabled),
            on_off(self.notifications_enabled),
            Cell::text(&self.group_arn),
        ]
    }
}

/// A sampling rule as printed by `rules list` / `rules get` / `rules validate`.
#[derive(Debug, Serialize)]
pub struct RuleRow {
    pub rule_name: String,
    pub priority: i32,
    pub fixed_rate: f64,
    pub reservoir_size: i32,
    pub service_name: String,
    pub service_type: String,
    pub host: String,
    pub http_method: String,
    pub url_path: String,
    pub resource_arn: String,
    pub version: i32,
    pub attributes: std::collections::BTreeMap<String, String>,
    pub rule_arn: Option<String>,
    pub created_at: Option<String>,
    pub modified_at: Option<String>,
}

impl From<&RuleRecord> for RuleRow {
    fn from(record: &RuleRecord) -> RuleRow {
        let rule = &record.rule;
        RuleRow {
            rule_name: rule.rule_name.clone(),
            priority: rule.priority,
            fixed_rate: rule.fixed_rate,
            reservoir_size: rule.reservoir_size,
            service_name: rule.service_name.clone(),
            service_type: rule.service_type.clone(),
            host: rule.host.clone(),
            http_method: rule.http_method.clone(),
            url_path: rule.url_path.clone(),
            resource_arn: rule.resource_arn.clone(),
            version: rule.version,
            attributes: rule.attributes.clone(),
            rule_arn: record.rule_arn.clone(),
            created_at: record.created_at.clone(),
            modified_at: record.modified_at.clone(),
        }
    }
}

impl Row for RuleRow {
    fn headers() -> &'static [&'static str] {
        &["RULE", "PRIORITY", "FIXED RATE", "RESERVOIR", "SERVICE", "SERVICE TYPE", "HOST", "METHOD", "URL PATH", "RESOURCE ARN"]
    }

    fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::text(&self.rule_name),
            Cell::number(self.priority),
            Cell::number(self.fixed_rate),
            Cell::number(self.reservoir_size),
            Cell::text(&self.service_name),
            Cell::text(&self.service_type),
            Cell::text(&self.host),
            Cell::text(&self.http_method),
            Cell::text(&self.url_path),
            Cell::text(&self.resource_arn),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_names_are_checked_offline() {
        assert_eq!(parse_tag("team=web").unwrap(), Tag { key: "team".into(), value: "web".into() });
        assert_eq!(parse_tag("empty=").unwrap().value, "");
        assert!(parse_tag("novalue").unwrap_err().contains("KEY=VALUE"));
        assert!(parse_tag("aws:x=1").unwrap_err().contains("reserved"));
        assert!(check_group_name("Cruddur").is_ok());
        assert!(check_group_name(&"x".repeat(33)).unwrap_err().message.contains("33 characters"));
        assert!(check_filter_expression("service(\"backend-flask\")\n").is_err());
        assert!(check_filter_expression("service(\"backend-flask\") {fault OR error}").is_ok());
    }
}
