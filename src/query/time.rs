//! Time for queries: `--since 2h`, `--start`/`--end` as RFC 3339 or relative (`2h`, `-2h`, `2h ago`,
//! `now`, `now-30m`), Unix seconds, and the Query Data API's 7-day rule, checked before anything is sent.
//!
//! Dates are converted by hand (Howard Hinnant's civil-from-days): the CLI only needs UTC, and a date
//! crate for two functions would be most of this file's size in dependencies.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::honeycomb::query::QuerySpec;

use cruddur_engine::query::WindowError;
/// The longest range the Query Data API runs, how far back it reads, and its range when a query gives
/// none: the engine's.
pub use cruddur_engine::query::{DEFAULT_RANGE_SECS, MAX_RANGE_SECS};

pub fn now_secs() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// `90s`, `15m`, `2h`, `1h30m`, `7d`, `1w`, `500ms`; a bare number is seconds.
/// Any duration longer is refused while it is parsed: nothing the tool waits for or looks back over
/// comes near it, and every sum of times (a deadline, `now - since`) stays far from overflowing.
pub const MAX_DURATION: Duration = Duration::from_secs(10 * 365 * 86_400);

/// `seconds` as a duration, when it is one the tool can use (finite, not negative, at most
/// [`MAX_DURATION`]).
fn checked_seconds(text: &str, seconds: f64) -> Result<Duration, String> {
    if !seconds.is_finite() || seconds < 0.0 {
        return Err(format!("{text:?} is not a duration: expected e.g. 30s, 15m, 2h, 1d"));
    }
    Duration::try_from_secs_f64(seconds)
        .ok()
        .filter(|duration| *duration <= MAX_DURATION)
        .ok_or_else(|| format!("{text:?} is too long: at most 10 years (3650d)"))
}

pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err("empty duration: expected e.g. 30s, 15m, 2h, 1d".to_owned());
    }
    if let Ok(seconds) = trimmed.parse::<f64>() {
        return checked_seconds(text, seconds);
    }
    let mut total = Duration::ZERO;
    let mut rest = trimmed;
    while !rest.is_empty() {
        let digits = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
        if digits == 0 {
            return Err(format!("{text:?} is not a duration: expected e.g. 30s, 15m, 2h, 1d"));
        }
        let number: f64 = rest[..digits].parse().map_err(|_| format!("{text:?} is not a duration: bad number {:?}", &rest[..digits]))?;
        rest = rest[digits..].trim_start();
        let unit_end = rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
        let unit = &rest[..unit_end];
        let seconds = match unit.to_ascii_lowercase().as_str() {
            "ms" | "msec" | "millisecond" | "milliseconds" => 0.001,
            "s" | "sec" | "secs" | "second" | "seconds" => 1.0,
            "m" | "min" | "mins" | "minute" | "minutes" => 60.0,
            "h" | "hr" | "hrs" | "hour" | "hours" => 3600.0,
            "d" | "day" | "days" => 86_400.0,
            "w" | "week" | "weeks" => 604_800.0,
            "" => return Err(format!("{text:?}: a unit is missing after {number} (s, m, h, d or w)")),
            other => return Err(format!("{text:?}: unknown unit {other:?} (use ms, s, m, h, d or w)")),
        };
        total = total
            .checked_add(checked_seconds(text, number * seconds)?)
            .filter(|total| *total <= MAX_DURATION)
            .ok_or_else(|| format!("{text:?} is too long: at most 10 years (3650d)"))?;
        rest = rest[unit_end..].trim_start();
    }
    Ok(total)
}

/// Seconds as the shortest exact `1d2h`, `90m` → `1h30m`.
pub fn format_secs(secs: i64) -> String {
    if secs <= 0 {
        return "0s".to_owned();
    }
    let mut out = String::new();
    let mut rest = secs;
    for (unit, size) in [("d", 86_400), ("h", 3600), ("m", 60), ("s", 1)] {
        if rest >= size {
            out.push_str(&format!("{}{unit}", rest / size));
            rest %= size;
        }
    }
    out
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year - era * 400;
    let month = i64::from(month);
    let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Unix seconds (with a fraction) as RFC 3339 UTC: whole seconds plainly, else to the millisecond.
pub fn format_rfc3339(secs: f64) -> String {
    let millis = (secs * 1000.0).round() as i64;
    let whole = millis.div_euclid(1000);
    let fraction = millis.rem_euclid(1000);
    let (year, month, day) = civil_from_days(whole.div_euclid(86_400));
    let in_day = whole.rem_euclid(86_400);
    let (hour, minute, second) = (in_day / 3600, in_day % 3600 / 60, in_day % 60);
    if fraction == 0 {
        format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z")
    } else {
        format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}.{fraction:03}Z")
    }
}

fn number(text: &str, range: std::ops::RangeInclusive<u32>, what: &str) -> Result<u32, String> {
    let value: u32 = text.parse().map_err(|_| format!("bad {what} {text:?}"))?;
    if range.contains(&value) { Ok(value) } else { Err(format!("{what} {value} is out of range")) }
}

/// RFC 3339 (`2024-05-01T10:00:00Z`, `2024-05-01 10:00:00.5+02:00`), or a date alone (midnight UTC).
pub fn parse_rfc3339(text: &str) -> Result<i64, String> {
    let bytes = text.as_bytes();
    if bytes.len() < 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return Err("expected YYYY-MM-DD".to_owned());
    }
    let year: i64 = text[..4].parse().map_err(|_| "bad year".to_owned())?;
    let month = number(&text[5..7], 1..=12, "month")?;
    let day = number(&text[8..10], 1..=31, "day")?;
    if day > days_in_month(year, month) {
        return Err(format!("{year:04}-{month:02} has no day {day}"));
    }
    let date = days_from_civil(year, month, day) * 86_400;
    if bytes.len() == 10 {
        return Ok(date);
    }
    if !matches!(bytes[10], b'T' | b't' | b' ') || bytes.len() < 16 || bytes[13] != b':' {
        return Err("expected a time after the date: YYYY-MM-DDTHH:MM:SSZ".to_owned());
    }
    let hour = number(&text[11..13], 0..=23, "hour")?;
    let minute = number(&text[14..16], 0..=59, "minute")?;
    let mut index = 16;
    let mut second = 0;
    if bytes.get(index) == Some(&b':') {
        second = number(text.get(17..19).ok_or("bad seconds")?, 0..=60, "second")?;
        index = 19;
        if bytes.get(index) == Some(&b'.') {
            index += 1;
            while bytes.get(index).is_some_and(u8::is_ascii_digit) {
                index += 1;
            }
        }
    }
    let zone = &text[index..];
    let offset = match zone {
        "Z" | "z" => 0,
        "" => return Err("no time zone: add Z for UTC, or an offset such as +02:00".to_owned()),
        _ => {
            let sign = match zone.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return Err(format!("bad time zone {zone:?}: expected Z or an offset such as +02:00")),
            };
            let digits: String = zone[1..].chars().filter(|c| *c != ':').collect();
            if digits.len() != 4 {
                return Err(format!("bad time zone {zone:?}: expected Z or an offset such as +02:00"));
            }
            let hours = number(&digits[..2], 0..=23, "offset hour")?;
            let minutes = number(&digits[2..], 0..=59, "offset minute")?;
            sign * i64::from(hours * 3600 + minutes * 60)
        }
    };
    Ok(date + i64::from(hour * 3600 + minute * 60 + second) - offset)
}

/// A point in time for `--start`/`--end`: `now`, relative (`2h`, `-2h`, `2h ago`, `now-2h`: that long
/// ago), RFC 3339, or Unix seconds.
pub fn parse_time(text: &str, now: i64) -> Result<i64, String> {
    let trimmed = text.trim();
    let lower = trimmed.to_ascii_lowercase();
    if lower == "now" {
        return Ok(now);
    }
    if trimmed.len() >= 10 && trimmed.as_bytes()[4] == b'-' && trimmed[..4].bytes().all(|b| b.is_ascii_digit()) {
        return parse_rfc3339(trimmed).map_err(|err| format!("{text:?}: {err}"));
    }
    if !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit()) {
        let value: i64 = trimmed.parse().map_err(|_| format!("{text:?}: number too large"))?;
        return match value {
            1_000_000_000_000.. => Ok(value / 1000),
            1_000_000_000.. => Ok(value),
            _ => Err(format!(
                "{text:?}: a bare number is read as Unix seconds and this one is too small; for a time that long ago write e.g. {value}s or {value}m"
            )),
        };
    }
    let relative = lower.strip_prefix("now").map(str::trim_start).unwrap_or(&lower);
    let relative = relative.strip_prefix('-').unwrap_or(relative);
    let relative = relative.strip_suffix("ago").unwrap_or(relative).trim();
    match parse_duration(relative) {
        Ok(ago) => Ok(now - ago.as_secs() as i64),
        Err(_) => Err(format!(
            "{text:?} is not a time: expected RFC 3339 (2024-05-01T10:00:00Z), a relative time (2h, 30m ago, now), or Unix seconds"
        )),
    }
}

/// What `--since`, `--start` and `--end` set on a query: a relative range (saved queries keep it
/// relative), or absolute bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TimeBounds {
    pub start_time: Option<i64>,
    pub end_time: Option<i64>,
    pub time_range: Option<i64>,
}

impl TimeBounds {
    pub fn is_empty(&self) -> bool {
        *self == TimeBounds::default()
    }

    /// Replaces the spec's time with these bounds, when any is set.
    pub fn apply(&self, spec: &mut QuerySpec) {
        if !self.is_empty() {
            spec.start_time = self.start_time;
            spec.end_time = self.end_time;
            spec.time_range = self.time_range;
        }
    }
}

/// Reads the time flags. `--since` with `--start` is a contradiction; `--start` alone runs to now.
pub fn bounds(since: Option<&str>, start: Option<&str>, end: Option<&str>, now: i64) -> Result<TimeBounds, String> {
    let range = since
        .map(|text| {
            let duration = parse_duration(text).map_err(|err| format!("--since {err}"))?;
            let secs = duration.as_secs() as i64;
            if secs < 1 { Err(format!("--since {text:?}: at least 1s")) } else { Ok(secs) }
        })
        .transpose()?;
    let start = start.map(|text| parse_time(text, now).map_err(|err| format!("--start {err}"))).transpose()?;
    let end = end.map(|text| parse_time(text, now).map_err(|err| format!("--end {err}"))).transpose()?;
    Ok(match (range, start, end) {
        (Some(_), Some(_), _) => return Err("--since and --start both set the start: give one of them".to_owned()),
        (range, None, None) => TimeBounds { time_range: range, ..TimeBounds::default() },
        (None, Some(start), None) => TimeBounds { start_time: Some(start), end_time: Some(now), time_range: None },
        (None, Some(start), Some(end)) => TimeBounds { start_time: Some(start), end_time: Some(end), time_range: None },
        (range, None, Some(end)) => {
            TimeBounds { start_time: None, end_time: Some(end), time_range: Some(range.unwrap_or(DEFAULT_RANGE_SECS)) }
        }
    })
}

/// The `[start, end)` a run starting `now` covers, as Honeycomb resolves a spec's times (the engine's
/// rule, `cruddur_engine::query::QuerySpec::bounds`).
pub fn window(spec: &QuerySpec, now: i64) -> (i64, i64) {
    let bounds = spec.bounds(now);
    (bounds.start, bounds.end)
}

/// The Query Data API's time rules, as problems: `(field, message)`. The rules are the engine's
/// (`QuerySpec::checked_window`); the wording names the field that was written, spots a time given in
/// milliseconds, and says what to do. A minute of slack on "the last 7 days" so `--since 7d` is never
/// refused for the seconds between this check and Honeycomb's.
pub fn check_window(spec: &QuerySpec, now: i64) -> Vec<(&'static str, String)> {
    let broken = match spec.checked_window(now) {
        Ok(_) => return Vec::new(),
        Err(WindowError::OlderThanSevenDays) if spec.checked_window(now - 60).is_ok() => return Vec::new(),
        Err(broken) => broken,
    };
    let (start, end) = window(spec, now);
    let field = if spec.time_range.is_some() && spec.start_time.is_none() { "time_range" } else { "start_time" };
    // A time in milliseconds (JavaScript's `Date.now()`) is the likeliest cause of a window that makes no sense.
    let millis = [("start_time", spec.start_time), ("end_time", spec.end_time)]
        .into_iter()
        .find_map(|(name, time)| time.is_some_and(|time| time > 100_000_000_000).then_some(name));
    let hint = if millis.is_some() { "; milliseconds? times are Unix seconds" } else { "" };
    let problem = match broken {
        WindowError::EndNotAfterStart => {
            // Blame the field that was written: the end, a start that runs to now, or the range.
            let written = match (spec.start_time, spec.end_time) {
                (Some(_), Some(_)) => "end_time",
                (Some(_), None) if spec.time_range.is_none() => "start_time",
                _ => "time_range",
            };
            (
                millis.unwrap_or(written),
                format!("the end ({}) is not after the start ({}){hint}", format_rfc3339(end as f64), format_rfc3339(start as f64)),
            )
        }
        WindowError::LongerThanSevenDays => (
            millis.unwrap_or(field),
            format!(
                "the time range is {}; the Query Data API runs at most 7 days{}",
                format_secs(end.saturating_sub(start)),
                if millis.is_some() { hint } else { " (use --since 7d or less)" }
            ),
        ),
        WindowError::OlderThanSevenDays => (
            field,
            format!(
                "the range starts {} ago ({}); the Query Data API only reads the last 7 days",
                format_secs(now - start),
                format_rfc3339(start as f64)
            ),
        ),
    };
    vec![problem]
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_714_557_600; // 2024-05-01T10:00:00Z

    #[test]
    fn durations() {
        assert_eq!(parse_duration("2h").unwrap(), Duration::from_secs(7200));
        assert_eq!(parse_duration("1h30m").unwrap(), Duration::from_secs(5400));
        assert_eq!(parse_duration("1h 30m").unwrap(), Duration::from_secs(5400));
        assert_eq!(parse_duration("7d").unwrap(), Duration::from_secs(604_800));
        assert_eq!(parse_duration("1w").unwrap(), Duration::from_secs(604_800));
        assert_eq!(parse_duration("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(parse_duration("90").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_duration("1.5h").unwrap(), Duration::from_secs(5400));
        assert!(parse_duration("2x").unwrap_err().contains("unknown unit \"x\""));
        assert!(parse_duration("h").is_err());
        assert!(parse_duration("").is_err());
        // Huge values are refused, not overflowed (a panic, exit 101, before).
        for huge in ["18446744073709551615s", "18446744073709551615", "1e300", "99999999999w", "3651d", "3000d 3000d", "inf", "NaN"] {
            assert!(parse_duration(huge).is_err(), "{huge}");
        }
        assert!(parse_duration("18446744073709551615s").unwrap_err().contains("too long"));
        assert_eq!(parse_duration("3650d").unwrap(), MAX_DURATION);
        assert_eq!(format_secs(5400), "1h30m");
        assert_eq!(format_secs(8 * 86_400), "8d");
    }

    #[test]
    fn rfc3339_round_trips_and_matches_known_instants() {
        assert_eq!(parse_rfc3339("2024-05-01T10:00:00Z").unwrap(), NOW);
        assert_eq!(parse_rfc3339("2024-05-01T12:00:00+02:00").unwrap(), NOW);
        assert_eq!(parse_rfc3339("2024-05-01 05:30:00.250-04:30").unwrap(), NOW);
        assert_eq!(parse_rfc3339("2024-05-01T10:00Z").unwrap(), NOW);
        assert_eq!(parse_rfc3339("2024-05-01").unwrap(), NOW - 36_000);
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z").unwrap(), 0);
        assert_eq!(parse_rfc3339("2000-02-29T00:00:00Z").unwrap(), 951_782_400);
        assert!(parse_rfc3339("2023-02-29T00:00:00Z").unwrap_err().contains("no day 29"));
        assert!(parse_rfc3339("2024-05-01T10:00:00").unwrap_err().contains("no time zone"));
        assert_eq!(format_rfc3339(NOW as f64), "2024-05-01T10:00:00Z");
        assert_eq!(format_rfc3339(NOW as f64 + 0.1234), "2024-05-01T10:00:00.123Z");
        for secs in [0i64, 951_782_400, NOW, 4_102_444_800, -86_400] {
            assert_eq!(parse_rfc3339(&format_rfc3339(secs as f64)).unwrap(), secs);
        }
    }

    #[test]
    fn points_in_time() {
        assert_eq!(parse_time("now", NOW).unwrap(), NOW);
        assert_eq!(parse_time("2h", NOW).unwrap(), NOW - 7200);
        assert_eq!(parse_time("-2h", NOW).unwrap(), NOW - 7200);
        assert_eq!(parse_time("2h ago", NOW).unwrap(), NOW - 7200);
        assert_eq!(parse_time("now-30m", NOW).unwrap(), NOW - 1800);
        assert_eq!(parse_time("1714557600", NOW).unwrap(), NOW);
        assert_eq!(parse_time("1714557600000", NOW).unwrap(), NOW);
        assert!(parse_time("90", NOW).unwrap_err().contains("write e.g. 90s"));
        assert!(parse_time("yesterday", NOW).unwrap_err().contains("is not a time"));
    }

    #[test]
    fn flags_to_bounds() {
        assert_eq!(bounds(Some("2h"), None, None, NOW).unwrap(), TimeBounds { time_range: Some(7200), ..TimeBounds::default() });
        assert_eq!(
            bounds(None, Some("3h"), Some("1h"), NOW).unwrap(),
            TimeBounds { start_time: Some(NOW - 10_800), end_time: Some(NOW - 3600), time_range: None }
        );
        assert_eq!(
            bounds(Some("30m"), None, Some("1h"), NOW).unwrap(),
            TimeBounds { start_time: None, end_time: Some(NOW - 3600), time_range: Some(1800) }
        );
        assert!(bounds(Some("2h"), Some("1h"), None, NOW).unwrap_err().contains("give one"));
        assert!(bounds(Some("0s"), None, None, NOW).is_err());
        assert!(bounds(None, None, None, NOW).unwrap().is_empty());
    }

    #[test]
    fn the_seven_day_rule() {
        let spec = |start: Option<i64>, end: Option<i64>, range: Option<i64>| QuerySpec {
            start_time: start,
            end_time: end,
            time_range: range,
            ..QuerySpec::default()
        };
        assert!(check_window(&spec(None, None, Some(MAX_RANGE_SECS)), NOW).is_empty());
        assert!(check_window(&spec(None, None, None), NOW).is_empty());
        let too_long = check_window(&spec(None, None, Some(8 * 86_400)), NOW);
        assert_eq!(too_long[0].0, "time_range");
        assert!(too_long[0].1.contains("the time range is 8d"), "{too_long:?}");
        let too_old = check_window(&spec(Some(NOW - 9 * 86_400), Some(NOW - 8 * 86_400), None), NOW);
        assert!(too_old[0].1.contains("only reads the last 7 days"), "{too_old:?}");
        let backwards = check_window(&spec(Some(NOW), Some(NOW - 60), None), NOW);
        assert!(backwards[0].1.contains("is not after the start"), "{backwards:?}");
    }
}
