//! Small helpers the engine needs and the server shares: a fast hasher for the hot maps, random
//! identifiers, RFC 3339 dates and Honeycomb's slug rule.
//!
//! Hand-written rather than pulled from `rand`/`chrono`/`rustc-hash`: a handful of functions, and a
//! small dependency tree keeps the workspace's cold build fast.

use std::cell::Cell;
use std::hash::{BuildHasher, Hasher, RandomState};

thread_local! {
    static RNG: Cell<u64> = Cell::new(RandomState::new().build_hasher().finish() | 1);
}

/// A random `u64` (xorshift64*, seeded per thread from the OS-randomised `RandomState`).
///
/// Not cryptographic: it makes column ids, the server's test secrets and the random rounding of
/// OpenTelemetry sampling thresholds, none of which needs more.
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

/// A random `f64` in `[0, 1)`.
pub fn random_f64() -> f64 {
    (random_u64() >> 11) as f64 / (1u64 << 53) as f64
}

const ALNUM: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// `len` random characters from `alphabet`.
pub fn random_from(alphabet: &[u8], len: usize) -> String {
    (0..len).map(|_| alphabet[(random_u64() % alphabet.len() as u64) as usize] as char).collect()
}

/// `len` random characters from `[0-9a-zA-Z]`.
pub fn random_alnum(len: usize) -> String {
    random_from(ALNUM, len)
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (Howard Hinnant's algorithm).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
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

/// RFC 3339 in UTC with whole seconds (`2024-03-22T18:37:53Z`): the shape of Honeycomb's
/// timestamps (series buckets, `created_at`).
pub fn rfc3339(secs: i64) -> String {
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Honeycomb's slug rule, as its examples show it (`"my dataset!"` → `"my-dataset-"`): lower
/// case, and every character that is not an ASCII letter, digit, `-` or `_` becomes `-`.
pub fn slugify(name: &str) -> String {
    name.trim().chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c.to_ascii_lowercase() } else { '-' }).collect()
}

/// A fast non-cryptographic hasher (the FxHash mix) for the event store's and the query
/// engine's hot hash maps, where SipHash's DoS resistance buys nothing on local data.
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
    /// The state rotated, as rustc-hash 2 does: the multiply leaves its good bits at the top, and the
    /// standard `HashMap` picks buckets by the low bits. Without the rotation, strings that differ only
    /// in their later bytes (hex span IDs, `user-00042`) fell into a few dozen buckets, and interning a
    /// million of them took minutes (each insert probing a long run of full buckets).
    #[inline]
    fn finish(&self) -> u64 {
        self.hash.rotate_left(26)
    }
}

/// `BuildHasher` for [`FxHasher`].
pub type FxBuild = std::hash::BuildHasherDefault<FxHasher>;
/// A `HashMap` using [`FxHasher`].
pub type FxHashMap<K, V> = std::collections::HashMap<K, V, FxBuild>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_dates_like_honeycomb() {
        assert_eq!(rfc3339(1_711_132_673), "2024-03-22T18:37:53Z");
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
    }

    #[test]
    fn slugs_match_the_spec_example() {
        assert_eq!(slugify("my dataset!"), "my-dataset-");
        assert_eq!(slugify("Backend-Flask"), "backend-flask");
    }

    #[test]
    fn random_floats_stay_in_the_unit_interval() {
        assert!((0..1000).map(|_| random_f64()).all(|f| (0.0..1.0).contains(&f)));
    }
}
