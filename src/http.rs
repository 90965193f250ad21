//! What every HTTP request the tool makes itself (Honeycomb's API, `doctor --verify`'s OTLP span) has
//! in common, because the other end may not be who it should be:
//! - no redirects: a 3xx is an answer, reported with where it pointed. reqwest strips `Authorization`
//!   on a cross-origin redirect but not `X-Honeycomb-Team`, and neither API redirects, so following
//!   none is both the safe and the simple rule (the AWS SDK follows none either);
//! - every response body has a limit ([`BodyLimit`]): a server cannot make the tool hold more than
//!   that, and a body over it ends the command with a message naming the limit;
//! - plain `http://` carries keys in the clear, so an endpoint that is not this machine is refused
//!   unless `--allow-plaintext-http` says the user accepts that ([`require_private_transport`]).

use std::time::Duration;

use crate::error::{CliError, CliResult};

/// The most a response body may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyLimit {
    /// API answers (keys, environments, datasets, columns, markers, saved queries): 16 MiB.
    Api,
    /// Query results (up to 10 000 rows, with series): 128 MiB.
    QueryResult,
    /// An error's body: only its first 64 KiB are read (it is described, not parsed whole).
    Error,
}

impl BodyLimit {
    pub const fn bytes(self) -> usize {
        match self {
            BodyLimit::Api => 16 << 20,
            BodyLimit::QueryResult => 128 << 20,
            BodyLimit::Error => 64 << 10,
        }
    }

    fn describe(self) -> &'static str {
        match self {
            BodyLimit::Api => "an API answer",
            BodyLimit::QueryResult => "a query result",
            BodyLimit::Error => "an error page",
        }
    }
}

/// Why a body could not be read.
#[derive(Debug)]
pub enum BodyError {
    /// The body is bigger than its limit (as declared, or as it arrived).
    TooLarge { limit: BodyLimit, declared: Option<u64> },
    /// The connection failed while reading.
    Transport(reqwest::Error),
}

impl BodyError {
    /// One line for the error message.
    pub fn describe(&self) -> String {
        match self {
            BodyError::TooLarge { limit, declared } => {
                let size = declared.map(|bytes| format!(" ({} announced)", crate::fsio::size(bytes))).unwrap_or_default();
                format!(
                    "the answer is larger than {}, the most {} may be{size}; it was not read further",
                    crate::fsio::size(limit.bytes() as u64),
                    limit.describe()
                )
            }
            BodyError::Transport(err) => crate::error::error_chain(err),
        }
    }
}

/// Reads a response body, at most `limit`. A body over the limit is abandoned where it crosses it
/// (the connection is dropped), so memory never holds more than the limit.
pub async fn read_body(mut response: reqwest::Response, limit: BodyLimit) -> Result<Vec<u8>, BodyError> {
    let max = limit.bytes();
    let declared = response.content_length();
    if limit != BodyLimit::Error
        && let Some(length) = declared.filter(|length| *length > max as u64)
    {
        return Err(BodyError::TooLarge { limit, declared: Some(length) });
    }
    let mut body = Vec::with_capacity(declared.map_or(8 << 10, |length| length.min(max as u64) as usize));
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Transport)? {
        if body.len() + chunk.len() > max {
            if limit == BodyLimit::Error {
                // An error page is only described: its beginning is enough.
                body.extend_from_slice(&chunk[..max - body.len()]);
                return Ok(body);
            }
            return Err(BodyError::TooLarge { limit, declared });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The HTTP client every request of the tool is made with: its user agent, time-outs, and no redirects.
pub fn client(timeout: Duration, connect_timeout: Duration) -> CliResult<reqwest::Client> {
    reqwest::Client::builder()
        .user_agent(concat!("cruddur-obs/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(connect_timeout.min(timeout))
        .timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|err| CliError::internal(format!("cannot build the HTTP client: {err}")))
}

/// A redirect answer, described: where it pointed, and why it was not followed.
pub fn redirect_note(status: u16, headers: &reqwest::header::HeaderMap) -> Option<String> {
    if !(300..400).contains(&status) {
        return None;
    }
    let location = headers.get(reqwest::header::LOCATION).and_then(|value| value.to_str().ok()).unwrap_or("nowhere");
    Some(format!("redirected to {location}, which was not followed (the tool follows no redirects, so keys go only where configured)"))
}

/// The host of an `http(s)://` URL, without brackets or port.
pub fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    if let Some(bracketed) = authority.strip_prefix('[') {
        return bracketed.split_once(']').map(|(host, _)| host);
    }
    Some(authority.rsplit_once(':').filter(|(_, port)| port.chars().all(|c| c.is_ascii_digit())).map_or(authority, |(host, _)| host))
}

/// Whether `host` is this machine: `localhost` (and `*.localhost`), 127.0.0.0/8, `::1`.
pub fn is_loopback(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if host == "localhost" || host.ends_with(".localhost") {
        return true;
    }
    match host.parse::<std::net::IpAddr>() {
        Ok(address) => address.is_loopback(),
        Err(_) => false,
    }
}

/// Refuses a plain `http://` URL to a host that is not this machine, unless `allowed`
/// (`--allow-plaintext-http`): whatever key goes there would cross the network in the clear.
/// `what` names the setting for the message ("API URL", "OTLP endpoint").
pub fn require_private_transport(url: &str, what: &str, allowed: bool) -> CliResult {
    let plain = url.get(..7).is_some_and(|scheme| scheme.eq_ignore_ascii_case("http://"));
    if !plain || allowed {
        return Ok(());
    }
    let host = host_of(url).unwrap_or_default();
    if is_loopback(host) {
        return Ok(());
    }
    Err(CliError::invalid_input(format!(
        "{what} {url} is plain http:// to {host}: the key would cross the network unencrypted, readable by anyone on the way"
    ))
    .with_hint("use https://, or pass --allow-plaintext-http (CRUDDUR_OBS_ALLOW_PLAINTEXT_HTTP=1) to accept that risk"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_is_this_machine_only() {
        for host in ["localhost", "LOCALHOST.", "app.localhost", "127.0.0.1", "127.9.9.9", "::1"] {
            assert!(is_loopback(host), "{host}");
        }
        for host in ["localhost.evil.example", "10.0.0.1", "0.0.0.0", "otel-collector", "example.com", ""] {
            assert!(!is_loopback(host), "{host}");
        }
        assert_eq!(host_of("http://user:pw@[::1]:4318/v1"), Some("::1"));
        assert_eq!(host_of("https://api.honeycomb.io"), Some("api.honeycomb.io"));
        assert_eq!(host_of("http://127.0.0.1:8080?x"), Some("127.0.0.1"));
    }

    #[test]
    fn plain_http_leaves_the_machine_only_when_allowed() {
        assert!(require_private_transport("https://api.honeycomb.io", "API URL", false).is_ok());
        assert!(require_private_transport("http://127.0.0.1:9999", "API URL", false).is_ok());
        assert!(require_private_transport("http://localhost:4318", "OTLP endpoint", false).is_ok());
        let refused = require_private_transport("http://collector.example.com:4318", "OTLP endpoint", false).unwrap_err();
        assert_eq!(refused.kind, crate::error::ErrorKind::InvalidInput);
        assert!(refused.message.contains("plain http:// to collector.example.com"), "{}", refused.message);
        assert!(refused.hint.unwrap().contains("--allow-plaintext-http"));
        assert!(require_private_transport("HTTP://evil.example", "API URL", true).is_ok());
        // A user name that looks like localhost does not make the host local.
        assert!(require_private_transport("http://localhost@evil.example/", "API URL", false).is_err());
    }
}
