//! The rules AWS applies to log group names and retention periods (from the CloudWatch Logs API model:
//! `LogGroupName`, `Days`, and CreateLogGroup's naming guidelines), checked before anything is sent.

use crate::error::{CliError, CliResult};

/// Every retention, in days, that PutRetentionPolicy accepts.
pub const RETENTION_DAYS: [i32; 22] =
    [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

const NAME_MAX: usize = 512;

/// How long a log group keeps its events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retention {
    /// One of [`RETENTION_DAYS`].
    Days(i32),
    /// Events never expire (no retention policy).
    Never,
}

impl Retention {
    /// `--retention-days`: one of the allowed numbers of days, or `never`. The error names the flag and
    /// the allowed values either side of a number that is not one of them.
    pub fn parse(text: &str) -> CliResult<Retention> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("never") {
            return Ok(Retention::Never);
        }
        let allowed = || {
            let days: Vec<String> = RETENTION_DAYS.iter().map(i32::to_string).collect();
            format!("allowed: {}, or never (events are kept forever)", days.join(", "))
        };
        let Ok(days) = text.parse::<i64>() else {
            return Err(
                CliError::invalid_input(format!("--retention-days {text:?}: expected a number of days or never")).with_hint(allowed())
            );
        };
        if let Ok(days) = i32::try_from(days)
            && RETENTION_DAYS.contains(&days)
        {
            return Ok(Retention::Days(days));
        }
        let below = RETENTION_DAYS.iter().rev().find(|allowed| i64::from(**allowed) < days);
        let above = RETENTION_DAYS.iter().find(|allowed| i64::from(**allowed) > days);
        let nearest = match (below, above) {
            (Some(below), Some(above)) => format!("{below} or {above}"),
            (Some(only), None) | (None, Some(only)) => only.to_string(),
            (None, None) => unreachable!("RETENTION_DAYS is not empty"),
        };
        let hint = if days <= 0 { format!("to keep events forever: --retention-days never; {}", allowed()) } else { allowed() };
        Err(CliError::invalid_input(format!("--retention-days {days}: not a CloudWatch Logs retention (nearest: {nearest})"))
            .with_hint(hint))
    }

    /// The number of days, as the API reports it (`None`: never expires).
    pub fn days(self) -> Option<i32> {
        match self {
            Retention::Days(days) => Some(days),
            Retention::Never => None,
        }
    }
}

/// A retention as people say it: "14 days", "1 day", "never expires" (`None`: no retention policy).
pub fn retention_text(days: Option<i32>) -> String {
    match days {
        Some(1) => "1 day".to_owned(),
        Some(days) => format!("{days} days"),
        None => "never expires".to_owned(),
    }
}

fn allowed_in_name(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '/' | '#')
}

/// A log group name as AWS allows it: 1-512 characters from `[.-_/#A-Za-z0-9]`, not starting with `aws/`.
/// `what` names the value in the message ("log group name", "--prefix").
pub fn check_name(what: &str, name: &str) -> CliResult {
    let length = name.chars().count();
    if length == 0 || length > NAME_MAX {
        return Err(CliError::invalid_input(format!("{what} {name:?} is {length} characters long: 1 to {NAME_MAX} allowed")));
    }
    let mut bad: Vec<char> = Vec::new();
    for c in name.chars().filter(|c| !allowed_in_name(*c)) {
        if !bad.contains(&c) {
            bad.push(c);
        }
    }
    if !bad.is_empty() {
        let listed: Vec<String> = bad.iter().take(5).map(|c| format!("{c:?}")).collect();
        return Err(CliError::invalid_input(format!("{what} {name:?}: {} not allowed", listed.join(", ")))
            .with_hint("log group names use letters, digits and . - _ / # only (e.g. /cruddur/backend-flask)"));
    }
    Ok(())
}

/// A name for a new log group: [`check_name`], and not in the `aws/` namespace AWS keeps for itself.
pub fn check_new_name(name: &str) -> CliResult {
    check_name("log group name", name)?;
    if name.starts_with("aws/") {
        return Err(CliError::invalid_input(format!("log group name {name:?}: names starting with aws/ are reserved for AWS"))
            .with_hint("AWS services log to /aws/...; pick another name, e.g. /cruddur/backend-flask"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    fn message(text: &str) -> String {
        let err = Retention::parse(text).unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidInput);
        err.message
    }

    #[test]
    fn retention_is_one_of_the_allowed_values_or_never() {
        assert_eq!(Retention::parse("14").unwrap(), Retention::Days(14));
        assert_eq!(Retention::parse("3653").unwrap(), Retention::Days(3653));
        assert_eq!(Retention::parse("never").unwrap(), Retention::Never);
        assert_eq!(Retention::parse("Never").unwrap(), Retention::Never);
        for days in RETENTION_DAYS {
            assert_eq!(Retention::parse(&days.to_string()).unwrap().days(), Some(days));
        }
    }

    #[test]
    fn a_wrong_retention_names_the_flag_and_the_nearest_values() {
        assert_eq!(message("2"), "--retention-days 2: not a CloudWatch Logs retention (nearest: 1 or 3)");
        assert_eq!(message("10"), "--retention-days 10: not a CloudWatch Logs retention (nearest: 7 or 14)");
        assert_eq!(message("730"), "--retention-days 730: not a CloudWatch Logs retention (nearest: 545 or 731)");
        assert_eq!(message("0"), "--retention-days 0: not a CloudWatch Logs retention (nearest: 1)");
        assert_eq!(message("-5"), "--retention-days -5: not a CloudWatch Logs retention (nearest: 1)");
        assert_eq!(message("5000"), "--retention-days 5000: not a CloudWatch Logs retention (nearest: 3653)");
        assert_eq!(message("99999999999"), "--retention-days 99999999999: not a CloudWatch Logs retention (nearest: 3653)");
        assert!(message("two weeks").contains("expected a number of days or never"));
        assert!(Retention::parse("0").unwrap_err().hint.unwrap().contains("--retention-days never"));
        assert_eq!(retention_text(Some(1)), "1 day");
        assert_eq!(retention_text(Some(14)), "14 days");
        assert_eq!(retention_text(Retention::Never.days()), "never expires");
    }

    #[test]
    fn names_follow_the_api_model() {
        assert!(check_new_name("cruddur").is_ok());
        assert!(check_new_name("/cruddur/backend-flask").is_ok());
        assert!(check_new_name("/aws/lambda/cruddur").is_ok());
        assert!(check_new_name("a.b-c_d/e#f09").is_ok());
        assert!(check_new_name(&"x".repeat(512)).is_ok());
        assert!(check_new_name(&"x".repeat(513)).unwrap_err().message.contains("513 characters long: 1 to 512 allowed"));
        assert!(check_new_name("").unwrap_err().message.contains("0 characters long"));
        assert_eq!(check_new_name("bad name!").unwrap_err().message, "log group name \"bad name!\": ' ', '!' not allowed");
        assert!(check_new_name("aws/mine").unwrap_err().message.contains("reserved for AWS"));
        assert!(check_name("--prefix", "aws/").is_ok());
        assert!(check_name("--prefix", "é").unwrap_err().message.starts_with("--prefix \"é\""));
    }
}
