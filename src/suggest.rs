//! "Did you mean ...?": the nearest known name to a mistyped one, for every error that names a field,
//! flag value, rule, environment or service.

/// The closest known name to a misspelt one: same letters in another case first (`HttpMethod` →
/// `HTTPMethod`), then the nearest by edit distance, if it is close enough to be a typo.
pub fn suggest<'a>(unknown: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    if let Some(same) = candidates.iter().find(|candidate| candidate.eq_ignore_ascii_case(unknown)) {
        return Some(same);
    }
    let lowered = unknown.to_ascii_lowercase();
    candidates
        .iter()
        .map(|candidate| (strsim::damerau_levenshtein(&lowered, &candidate.to_ascii_lowercase()), *candidate))
        .filter(|(distance, candidate)| *distance <= (candidate.len() / 4).max(1))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::suggest;

    #[test]
    fn case_first_then_close_typos_only() {
        assert_eq!(suggest("HttpMethod", ["HTTPMethod", "Host"]), Some("HTTPMethod"));
        assert_eq!(suggest("ResevoirSize", ["ReservoirSize", "ResourceARN"]), Some("ReservoirSize"));
        assert_eq!(suggest("zzz", ["ReservoirSize"]), None);
    }
}
