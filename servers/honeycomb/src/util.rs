//! Small helpers shared by every module: random identifiers, time formatting and slugs.
//!
//! Hand-written rather than pulled from `rand`/`chrono`: the server needs only a handful of
//! functions, and keeping the dependency tree small keeps the workspace's cold build fast.

use std::cell::Cell;
use std::hash::{BuildHasher, Hasher, RandomState};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

thread_local! {
    static RNG: Cell<u64> = Cell::new(RandomState::new().build_hasher().finish() | 1);
}

/// A random `u64` (xorshift64*, seeded per thread from the OS-randomised `RandomState`).
///
/// Not cryptographic: secrets only need to be unguessable by tests that never see them, and
/// they are printed at start anyway.
pub fn random_u64() -> u64 {
    RNG.with(|state| {
        let mut x = state.get();
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        state.set(x);
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    })
}

const ALNUM: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER_ALNUM: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";

fn random_from(alphabet: &[u8], len: usize) -> String {
    (0..len).map(|_| alphabet[(random_u64() % alphabet.len() as u64) as usize] as char).collect()
}

/// `len` random characters from `[0-9a-zA-Z]`.
pub fn random_alnum(len: usize) -> String {
    random_from(ALNUM, len)
}

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

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
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

/// RFC 3339 in UTC with whole seconds (`2024-03-22T18:37:53Z`): the shape of Honeycomb's
/// `created_at` fields.
pub fn rfc3339(secs: i64) -> String {
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
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

/// Honeycomb's slug rule, as its examples show it (`"my dataset!"` → `"my-dataset-"`): lower
/// case, and every character that is not an ASCII letter, digit, `-` or `_` becomes `-`.
pub fn slugify(name: &str) -> String {
    name.trim().chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c.to_ascii_lowercase() } else { '-' }).collect()
}

/// A fast non-cryptographic hasher (the FxHash mix) for the event store's and the query
/// engine's hot hash maps, where SipHash's DoS resistance buys nothing on a local fake.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// `BuildHasher` for [`FxHasher`].
pub type FxBuild = std::hash::BuildHasherDefault<FxHasher>;
/// A `HashMap` using [`FxHasher`].
pub type FxHashMap<K, V> = std::collections::HashMap<K, V, FxBuild>;

/// Milliseconds of a duration as `u64`, saturating.
pub fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_dates_like_honeycomb() {
        assert_eq!(rfc3339(1_711_132_673), "2024-03-22T18:37:53Z");
        assert_eq!(http_date(1_711_132_673), "Fri, 22 Mar 2024 18:37:53 GMT");
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
    }

    #[test]
    fn parses_rfc3339() {
        assert_eq!(parse_rfc3339_nanos("2024-03-22T18:37:53Z"), Some(1_711_132_673_000_000_000));
        assert_eq!(parse_rfc3339_nanos("2006-01-02T15:04:05.99Z"), Some(1_136_214_245_990_000_000));
        assert_eq!(parse_rfc3339_nanos("2024-03-22T20:37:53+02:00"), Some(1_711_132_673_000_000_000));
        assert_eq!(parse_rfc3339_nanos("yesterday"), None);
    }

    #[test]
    fn slugs_match_the_spec_example() {
        assert_eq!(slugify("my dataset!"), "my-dataset-");
        assert_eq!(slugify("Backend-Flask"), "backend-flask");
    }
}
