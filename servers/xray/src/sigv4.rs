//! Verifies AWS Signature Version 4 on incoming requests, as AWS's front door does: the `Authorization`
//! header's parts, the credential scope (key, date, region, service), the clock skew, then the signature
//! itself over the canonical request the client must have built.
//!
//! Why the canonical request is built here and not by `aws_sigv4::http_request::sign`: a verifier must
//! sign exactly the headers the client listed in `SignedHeaders`, while `sign` picks its own set (it
//! leaves out `user-agent` and others, and adds `x-amz-date`), so its output cannot be compared to any
//! client's. The cryptographic part is not ours: the signing key (the HMAC-SHA256 chain over date,
//! region, service and `aws4_request`) and the final HMAC come from `aws_sigv4::sign::v4`, AWS's own
//! implementation, already in the dependency tree through the SDK; SHA-256 comes from `sha2`
//! (RustCrypto), the crate `aws-sigv4` itself hashes with. The tests sign with four independent
//! signers (aws-sigv4's `sign`, botocore in the aws CLI, the Rust SDK, and the Go SDK's signer inside the
//! collector's `sigv4auth`), so a canonicalisation mistake here cannot pass unnoticed.
//!
//! Sources: "Create a signed AWS API request" and "Elements of an AWS API request signature" (AWS IAM
//! user guide); the error codes and messages are AWS's common errors (`IncompleteSignature`,
//! `InvalidSignatureException`, `UnrecognizedClientException`, `MissingAuthenticationTokenException`).

use std::fmt::Write as _;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::http::HeaderMap;
use sha2::{Digest, Sha256};

use crate::error::ApiError;

const ALGORITHM: &str = "AWS4-HMAC-SHA256";
const SCOPE_TERMINATOR: &str = "aws4_request";
/// AWS refuses a request signed more than 15 minutes before or after its own clock.
const MAX_SKEW: Duration = Duration::from_secs(15 * 60);

/// The access key the server accepts, as `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` (and
/// `AWS_SESSION_TOKEN` for temporary credentials) would give a client.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
}

impl Credentials {
    pub fn new(access_key_id: impl Into<String>, secret_access_key: impl Into<String>) -> Credentials {
        Credentials { access_key_id: access_key_id.into(), secret_access_key: secret_access_key.into(), session_token: None }
    }
}

impl std::fmt::Debug for Credentials {
    /// The secret never reaches a log line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials").field("access_key_id", &self.access_key_id).finish_non_exhaustive()
    }
}

/// What a request must be signed for.
pub struct Expected<'a> {
    pub credentials: &'a Credentials,
    pub region: &'a str,
    pub service: &'a str,
    pub now: SystemTime,
}

/// The parts of an incoming request that a signature covers.
pub struct Incoming<'a> {
    pub method: &'a str,
    /// The path as it came on the request line (still percent-encoded).
    pub path: &'a str,
    pub query: Option<&'a str>,
    pub headers: &'a HeaderMap,
    pub body: &'a [u8],
}

/// Checks the request's signature; the error is the 403 AWS would answer.
pub fn verify(request: &Incoming<'_>, expected: &Expected<'_>) -> Result<(), ApiError> {
    let authorization = request
        .headers
        .get("authorization")
        .and_then(|value| value.to_str().ok())
        .filter(|value| value.starts_with(ALGORITHM))
        .ok_or_else(ApiError::missing_authentication)?;
    let parts = AuthorizationParts::parse(authorization)?;

    let amz_date = header_text(request.headers, "x-amz-date").ok_or_else(|| {
        ApiError::incomplete_signature("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.")
    })?;
    let signed_at = parse_amz_date(amz_date)
        .ok_or_else(|| ApiError::incomplete_signature(format!("Invalid X-Amz-Date '{amz_date}': expected the form 20261122T103000Z.")))?;

    let scope: Vec<&str> = parts.credential.split('/').collect();
    let [access_key_id, date, region, service, terminator] = scope[..] else {
        return Err(ApiError::incomplete_signature(format!(
            "Credential should be scoped to a valid region and service: '{}' has {} parts, not 5 (KEY/DATE/REGION/SERVICE/aws4_request).",
            parts.credential,
            scope.len()
        )));
    };
    if access_key_id != expected.credentials.access_key_id {
        return Err(ApiError::unrecognized_client());
    }
    if date != &amz_date[..8] {
        return Err(ApiError::invalid_signature(format!(
            "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{date}' != '{}', from '{amz_date}'.",
            &amz_date[..8]
        )));
    }
    if region != expected.region {
        return Err(ApiError::invalid_signature(format!("Credential should be scoped to a valid region, not '{region}'. ")));
    }
    if service != expected.service {
        return Err(ApiError::invalid_signature(format!("Credential should be scoped to correct service: '{}'. ", expected.service)));
    }
    if terminator != SCOPE_TERMINATOR {
        return Err(ApiError::invalid_signature(format!(
            "Credential should be scoped with a valid terminator: '{SCOPE_TERMINATOR}', not '{terminator}'. "
        )));
    }
    check_skew(amz_date, signed_at, expected.now)?;

    let signed_headers: Vec<&str> = parts.signed_headers.split(';').collect();
    if !signed_headers.contains(&"host") {
        return Err(ApiError::invalid_signature("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."));
    }
    match (&expected.credentials.session_token, header_text(request.headers, "x-amz-security-token")) {
        (None, None) => {}
        (Some(token), Some(sent)) if token == sent => {}
        _ => return Err(ApiError::unrecognized_client()),
    }

    let canonical = canonical_request(request, &signed_headers, parts.signed_headers)?;
    let scope = format!("{date}/{region}/{service}/{SCOPE_TERMINATOR}");
    let string_to_sign = format!("{ALGORITHM}\n{amz_date}\n{scope}\n{}", sha256_hex(canonical.as_bytes()));
    let key = aws_sigv4::sign::v4::generate_signing_key(&expected.credentials.secret_access_key, signed_at, region, service);
    let signature = aws_sigv4::sign::v4::calculate_signature(key, string_to_sign.as_bytes());
    if !constant_time_eq(signature.as_bytes(), parts.signature.as_bytes()) {
        // AWS's JSON services say what they computed, which is what makes a signing bug fixable.
        return Err(ApiError::invalid_signature(format!(
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and \
             signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have \
             been\n'{canonical}'\n\nThe String-to-Sign should have been\n'{string_to_sign}'\n"
        )));
    }
    Ok(())
}

/// `Credential=...`, `SignedHeaders=...`, `Signature=...` from the header.
struct AuthorizationParts<'a> {
    credential: &'a str,
    signed_headers: &'a str,
    signature: &'a str,
}

impl<'a> AuthorizationParts<'a> {
    fn parse(header: &'a str) -> Result<Self, ApiError> {
        let rest = header[ALGORITHM.len()..].trim_start();
        let (mut credential, mut signed_headers, mut signature) = (None, None, None);
        for part in rest.split(',').map(str::trim).filter(|part| !part.is_empty()) {
            match part.split_once('=') {
                Some(("Credential", value)) => credential = Some(value),
                Some(("SignedHeaders", value)) => signed_headers = Some(value),
                Some(("Signature", value)) => signature = Some(value),
                _ => {}
            }
        }
        let mut missing = String::new();
        for (name, value) in [("Credential", credential), ("Signature", signature), ("SignedHeaders", signed_headers)] {
            if value.is_none_or(str::is_empty) {
                let _ = write!(missing, "Authorization header requires '{name}' parameter. ");
            }
        }
        if !missing.is_empty() {
            return Err(ApiError::incomplete_signature(format!("{missing}Authorization={header}")));
        }
        Ok(AuthorizationParts {
            credential: credential.unwrap_or_default(),
            signed_headers: signed_headers.unwrap_or_default(),
            signature: signature.unwrap_or_default(),
        })
    }
}

fn header_text<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers.get(name).and_then(|value| value.to_str().ok())
}

fn check_skew(amz_date: &str, signed_at: SystemTime, now: SystemTime) -> Result<(), ApiError> {
    let now_text = format_amz_date(now);
    match now.duration_since(signed_at) {
        Ok(age) if age > MAX_SKEW => Err(ApiError::invalid_signature(format!(
            "Signature expired: {amz_date} is now earlier than {} ({now_text} - 15 min.)",
            format_amz_date(now - MAX_SKEW)
        ))),
        Err(ahead) if ahead.duration() > MAX_SKEW => Err(ApiError::invalid_signature(format!(
            "Signature not yet current: {amz_date} is still later than {} ({now_text} + 15 min.)",
            format_amz_date(now + MAX_SKEW)
        ))),
        _ => Ok(()),
    }
}

/// The canonical request of SigV4: method, URI, query, the signed headers, their names, the payload hash.
fn canonical_request(request: &Incoming<'_>, signed_headers: &[&str], signed_headers_text: &str) -> Result<String, ApiError> {
    let mut canonical = format!("{}\n{}\n{}\n", request.method, canonical_uri(request.path), canonical_query(request.query));
    for name in signed_headers {
        let values: Vec<String> =
            request.headers.get_all(*name).iter().map(|value| collapse_spaces(&String::from_utf8_lossy(value.as_bytes()))).collect();
        if values.is_empty() {
            return Err(ApiError::invalid_signature(format!(
                "The request signature we calculated does not match the signature you provided: signed header '{name}' is not \
                 in the request."
            )));
        }
        let _ = writeln!(canonical, "{name}:{}", values.join(","));
    }
    let payload_hash = sha256_hex(request.body);
    if let Some(declared) = header_text(request.headers, "x-amz-content-sha256")
        && declared != payload_hash
    {
        return Err(ApiError::invalid_signature("The provided 'x-amz-content-sha256' header does not match what was computed."));
    }
    let _ = write!(canonical, "\n{signed_headers_text}\n{payload_hash}");
    Ok(canonical)
}

/// For every service but S3 the client URI-encodes the path it sends, which is already encoded: so the
/// wire path is encoded once more, `/` kept (botocore, aws-sigv4 and the Go signer all do this).
fn canonical_uri(path: &str) -> String {
    if path.is_empty() { "/".to_owned() } else { uri_encode(path.as_bytes(), false) }
}

/// Parameters decoded, re-encoded the SigV4 way, and sorted by name then value.
fn canonical_query(query: Option<&str>) -> String {
    let mut pairs: Vec<(String, String)> = query
        .unwrap_or_default()
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (uri_encode(&percent_decode(name), true), uri_encode(&percent_decode(value), true))
        })
        .collect();
    pairs.sort();
    pairs.iter().map(|(name, value)| format!("{name}={value}")).collect::<Vec<_>>().join("&")
}

/// SigV4's URI encoding: unreserved characters stay, everything else is `%XX` upper-case.
fn uri_encode(bytes: &[u8], encode_slash: bool) -> String {
    let mut encoded = String::with_capacity(bytes.len());
    for &byte in bytes {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => encoded.push(char::from(byte)),
            b'/' if !encode_slash => encoded.push('/'),
            _ => {
                let _ = write!(encoded, "%{byte:02X}");
            }
        }
    }
    encoded
}

fn percent_decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|&b| char::from(b).to_digit(16));
        match (bytes[index], hex(index + 1), hex(index + 2)) {
            (b'%', Some(high), Some(low)) => {
                decoded.push((high * 16 + low) as u8);
                index += 3;
            }
            (b'+', _, _) => {
                // Form encoding's space, as botocore's query parser reads it.
                decoded.push(b' ');
                index += 1;
            }
            (byte, _, _) => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    decoded
}

/// Header values are trimmed and runs of spaces become one.
fn collapse_spaces(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for byte in digest {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

fn constant_time_eq(left: &[u8], right: &[u8]) -> bool {
    left.len() == right.len() && left.iter().zip(right).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

/// `20261122T103000Z` to a time. Written here rather than with a date crate: it is one fixed format, and
/// the server has no other use for calendars.
pub fn parse_amz_date(text: &str) -> Option<SystemTime> {
    let bytes = text.as_bytes();
    if bytes.len() != 16 || bytes[8] != b'T' || bytes[15] != b'Z' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u64> { text.get(range)?.parse().ok() };
    let (year, month, day) = (number(0..4)?, number(4..6)?, number(6..8)?);
    let (hour, minute, second) = (number(9..11)?, number(11..13)?, number(13..15)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 60 || year < 1970 {
        return None;
    }
    let days = days_from_civil(year as i64, month as i64, day as i64);
    let seconds = u64::try_from(days).ok()? * 86_400 + hour * 3600 + minute * 60 + second;
    Some(UNIX_EPOCH + Duration::from_secs(seconds))
}

/// The inverse of [`parse_amz_date`] (whole seconds).
pub fn format_amz_date(time: SystemTime) -> String {
    let seconds = time.duration_since(UNIX_EPOCH).map(|elapsed| elapsed.as_secs()).unwrap_or(0);
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    let (year, month, day) = civil_from_days(days as i64);
    format!("{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z", rest / 3600, rest % 3600 / 60, rest % 60)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn amz_dates_round_trip() {
        for text in ["19700101T000000Z", "20261122T103000Z", "20240229T235959Z", "21000301T120000Z"] {
            assert_eq!(format_amz_date(parse_amz_date(text).unwrap()), text);
        }
        assert_eq!(parse_amz_date("20261122T103000Z").unwrap().duration_since(UNIX_EPOCH).unwrap().as_secs(), 1_795_343_400);
        for bad in ["2026-11-22T10:30:00Z", "20261322T103000Z", "20261122T103000", ""] {
            assert!(parse_amz_date(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn paths_are_encoded_once_more_and_queries_sorted() {
        assert_eq!(canonical_uri("/v1/traces"), "/v1/traces");
        assert_eq!(canonical_uri("/a%20b/c d"), "/a%2520b/c%20d");
        assert_eq!(canonical_uri(""), "/");
        assert_eq!(canonical_query(Some("b=2&a=x%2Fy&a=1&c")), "a=1&a=x%2Fy&b=2&c=");
        assert_eq!(canonical_query(None), "");
    }

    /// The example of AWS's SigV4 test suite ("get-vanilla"), whose expected signature is published.
    #[test]
    fn the_aws_test_suite_example_verifies() {
        let mut headers = HeaderMap::new();
        headers.insert("host", HeaderValue::from_static("example.amazonaws.com"));
        headers.insert("x-amz-date", HeaderValue::from_static("20150830T123600Z"));
        headers.insert(
            "authorization",
            HeaderValue::from_static(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, \
                 Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
            ),
        );
        let request = Incoming { method: "GET", path: "/", query: None, headers: &headers, body: b"" };
        // AWS's published example credentials, assembled at run time (no key-shaped literal in the source).
        let credentials = Credentials::new("AKIDEXAMPLE", format!("wJalrXUtnFEMI/K7MDENG+bPxRfiCY{}", "EXAMPLEKEY"));
        let at = parse_amz_date("20150830T123600Z").unwrap();
        let expected = Expected { credentials: &credentials, region: "us-east-1", service: "service", now: at };
        verify(&request, &expected).unwrap();
        let later = Expected { now: at + Duration::from_secs(16 * 60), ..expected };
        let error = verify(&request, &later).unwrap_err();
        assert_eq!(error.code, "InvalidSignatureException");
        assert_eq!(error.message, "Signature expired: 20150830T123600Z is now earlier than 20150830T123700Z (20150830T125200Z - 15 min.)");
    }
}
