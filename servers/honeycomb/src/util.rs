//! Small helpers shared by every module: random identifiers, time formatting and slugs (the
//! engine's, re-exported, plus the HTTP-only ones).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use cruddur_engine::util::{civil_from_days, random_from};
pub use cruddur_engine::util::{random_alnum, random_u64, rfc3339, slugify};

const LOWER_ALNUM: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// `len` random characters from `[0-9a-z]`: the shape of Honeycomb's key-ID suffixes.
pub fn random_lower_alnum(len: usize) -> String {
    random_from(LOWER_ALNUM, len)
}

/// Seconds since the Unix epoch, now.
pub fn now_secs() -> i64 {
    now_nanos() / 1_000_000_000
}

/// Nanoseconds since the Unix epoch, now.
pub fn now_nanos() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i64)
}

/// (year, month, day) → days since 1970-01-01.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year.rem_euclid(400);
    let mp = i64::from((month + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// An IMF-fixdate (`Fri, 22 Mar 2024 18:37:53 GMT`), the form Honeycomb uses for `Retry-After`
/// and `Last-Modified`.
pub fn http_date(secs: i64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{}, {d:02} {} {y:04} {:02}:{:02}:{:02} GMT",
        DAYS[days.rem_euclid(7) as usize],
        MONTHS[(m - 1) as usize],
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Parses an RFC 3339 timestamp (`2006-01-02T15:04:05.99Z`, offsets allowed) into nanoseconds
/// since the epoch. The events API's `time` field uses this format.
pub fn parse_rfc3339_nanos(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, min, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || min > 59 || sec > 60 {
        return None;
    }
    let mut rest = &s[19..];
    let mut nanos: i64 = 0;
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        let mut scaled = 0i64;
        for (i, c) in frac[..digits].bytes().enumerate() {
            if i < 9 {
                scaled = scaled * 10 + i64::from(c - b'0');
            }
        }
        for _ in digits..9 {
            scaled *= 10;
        }
        nanos = scaled;
        rest = &frac[digits..];
    }
    let offset_secs: i64 = match rest {
        "Z" | "z" => 0,
        _ if rest.len() == 6 && matches!(rest.as_bytes()[0], b'+' | b'-') && &rest[3..4] == ":" => {
            let h: i64 = rest[1..3].parse().ok()?;
            let m: i64 = rest[4..6].parse().ok()?;
            let sign = if rest.starts_with('-') { -1 } else { 1 };
            sign * (h * 3600 + m * 60)
        }
        _ => return None,
    };
    let days = days_from_civil(i64::from(year), month, day);
    let secs = days * 86_400 + i64::from(hour) * 3600 + i64::from(min) * 60 + i64::from(sec) - offset_secs;
    secs.checked_mul(1_000_000_000)?.checked_add(nanos)
}

/// Milliseconds of a duration as `u64`, saturating.
pub fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_dates_like_honeycomb() {
        assert_eq!(http_date(1_711_132_673), "Fri, 22 Mar 2024 18:37:53 GMT");
    }

    #[test]
    fn parses_rfc3339() {
        assert_eq!(parse_rfc3339_nanos("2024-03-22T18:37:53Z"), Some(1_711_132_673_000_000_000));
        assert_eq!(parse_rfc3339_nanos("2006-01-02T15:04:05.99Z"), Some(1_136_214_245_990_000_000));
        assert_eq!(parse_rfc3339_nanos("2024-03-22T20:37:53+02:00"), Some(1_711_132_673_000_000_000));
        assert_eq!(parse_rfc3339_nanos("yesterday"), None);
    }
}
