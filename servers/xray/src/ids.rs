//! Random identifiers: request ids and the random suffix AWS puts in group ARNs.
//!
//! Why not a crate: nothing here is security-sensitive; ids only need to differ between calls and between
//! server runs, which a time-seeded splitmix64 does without another dependency.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Alphabet of AWS group ids (upper-case base32).
const GROUP_ID_ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
/// Length of the id in `arn:aws:xray:REGION:ACCOUNT:group/NAME/ID` as AWS issues them.
const GROUP_ID_LENGTH: usize = 52;

#[derive(Debug)]
pub struct IdSource {
    state: AtomicU64,
}

impl Default for IdSource {
    fn default() -> Self {
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0);
        // Mixing in the process id keeps two servers started in the same nanosecond apart.
        IdSource { state: AtomicU64::new(nanos ^ (u64::from(std::process::id()) << 32)) }
    }
}

impl IdSource {
    fn next(&self) -> u64 {
        // splitmix64: a well-distributed sequence from a simple counter.
        let mut z = self.state.fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed).wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A UUID-shaped request id, as AWS sends in `x-amzn-RequestId`.
    pub fn request_id(&self) -> String {
        let (high, low) = (self.next(), self.next());
        format!(
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            high >> 32,
            (high >> 16) & 0xffff,
            high & 0xfff,
            (low >> 48) & 0x3fff | 0x8000,
            low & 0xffff_ffff_ffff
        )
    }

    /// The random last segment of a group ARN.
    pub fn group_id(&self) -> String {
        (0..GROUP_ID_LENGTH)
            .map(|_| {
                let index = (self.next() % GROUP_ID_ALPHABET.len() as u64) as usize;
                char::from(GROUP_ID_ALPHABET[index])
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_look_like_uuids_and_differ() {
        let ids = IdSource::default();
        let first = ids.request_id();
        let parts: Vec<usize> = first.split('-').map(str::len).collect();
        assert_eq!(parts, [8, 4, 4, 4, 12], "{first}");
        assert_ne!(first, ids.request_id());
    }

    #[test]
    fn group_ids_use_aws_alphabet() {
        let id = IdSource::default().group_id();
        assert_eq!(id.len(), GROUP_ID_LENGTH);
        assert!(id.bytes().all(|b| GROUP_ID_ALPHABET.contains(&b)), "{id}");
    }
}
