//! What a service's OTEL variables mean, judged once for `init` and `doctor` alike: is the OTLP endpoint
//! right, a deliberate choice to keep (a collector, a proxy, a `${VAR}`), or a mistake with a known fix
//! (a quote a list item kept, a wrong region, `/v1/traces`, `http://`, a trailing slash); and what the
//! `x-honeycomb-team` header holds. `init` changes only what [`Endpoint::Wrong`] names, saying why;
//! `doctor` fails or warns on the same verdicts and names `init` as the fix.

use std::collections::BTreeSet;

use super::interpolate::{Variables, references};
use crate::honeycomb::client::{EU_API, US_API, endpoint_for};

/// A URL without a trailing slash or an explicit default port.
pub fn normalize(url: &str) -> String {
    let url = url.trim().trim_end_matches('/');
    match url.strip_prefix("https://") {
        Some(rest) => {
            let (host, path) = rest.split_once('/').map_or((rest, ""), |(host, path)| (host, path));
            let host = host.strip_suffix(":443").unwrap_or(host);
            if path.is_empty() { format!("https://{host}") } else { format!("https://{host}/{path}") }
        }
        None => url.to_owned(),
    }
}

pub fn host_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?']).next().unwrap_or(rest);
    host.rsplit_once(':').filter(|(_, port)| port.chars().all(|c| c.is_ascii_digit())).map_or(host, |(host, _)| host)
}

pub fn region_name(url: &str) -> Option<&'static str> {
    match normalize(url).as_str() {
        US_API => Some("Honeycomb US (api.honeycomb.io)"),
        EU_API => Some("Honeycomb EU (api.eu1.honeycomb.io)"),
        _ => None,
    }
}

fn quoted(value: &str) -> bool {
    let value = value.trim_start();
    value.starts_with('"') || value.starts_with('\'')
}

/// What the endpoint should be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wanted {
    /// The API the key belongs to (or is used with).
    pub api_url: String,
    /// Honeycomb accepted the key there; when not, either Honeycomb region is fine.
    pub confirmed: bool,
}

impl Wanted {
    pub fn endpoint(&self) -> String {
        normalize(&endpoint_for(&self.api_url))
    }
}

/// A mistake in an endpoint, with the value that fixes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// `- OTEL_EXPORTER_OTLP_ENDPOINT="https://..."`: a list item keeps the quotes.
    Quoted,
    /// Not an http(s) URL (`api.honeycomb.io`).
    NotUrl,
    /// Ends in `/v1/traces`, which the SDK appends itself.
    TracesPath,
    /// `http://` to Honeycomb, which takes https only.
    PlainHttp,
    /// A trailing slash (harmless for Python, `//v1/traces` for other SDKs).
    TrailingSlash,
    /// The other Honeycomb region than the key's (`actual` and `wanted` are region names).
    OtherRegion { actual: &'static str, wanted: &'static str },
    /// Another API than the one in use (a local or custom API, or Honeycomb when a local one is used).
    OtherApi,
}

/// The verdict on an endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoint {
    /// Where the key belongs (`normalized`).
    Good { normalized: String },
    /// A compose service of the file (a collector, which holds the key itself): the team's choice.
    Collector { host: String },
    /// Another host, not Honeycomb and not a compose service (a proxy, a collector elsewhere): kept.
    Custom { url: String },
    /// A host that looks like a compose service name, but there is no such service.
    NoSuchService { host: String },
    /// `${VAR}`s that are not set where compose reads them: cannot be judged.
    Unresolved { missing: Vec<String> },
    /// A mistake, and the value that fixes it.
    Wrong { problem: Problem, value: String, replacement: String },
}

/// Judges an endpoint as compose gives it to the service: `raw` before interpolation, in a list item or not.
pub fn judge_endpoint(raw: &str, list_item: bool, variables: &Variables, wanted: &Wanted, services: &BTreeSet<&str>) -> Endpoint {
    let wrong = |problem: Problem, value: &str, replacement: String| Endpoint::Wrong { problem, value: value.to_owned(), replacement };
    if list_item && quoted(raw) {
        let inner = raw.trim().trim_matches(['"', '\'']);
        // The value inside the quotes, judged on its own, tells the right replacement.
        let replacement = match judge_endpoint(inner, false, variables, wanted, services) {
            Endpoint::Wrong { replacement, .. } => replacement,
            _ => inner.to_owned(),
        };
        return wrong(Problem::Quoted, raw, replacement);
    }
    let (value, missing) = variables.interpolate(raw);
    if !missing.is_empty() {
        return Endpoint::Unresolved { missing };
    }
    let value = value.trim();
    let references = !references(raw).is_empty();
    // A value made of references is replaced whole; a fixed value is judged again, so one fix is all the
    // fixes (`http://api.honeycomb.io/v1/traces/` is wrong three ways).
    let replace = |fixed: String| {
        if references {
            return wanted.endpoint();
        }
        match judge_endpoint(&fixed, false, variables, wanted, services) {
            Endpoint::Wrong { replacement, .. } => replacement,
            _ => fixed,
        }
    };
    if !(value.starts_with("https://") || value.starts_with("http://")) {
        let fixed = if value.contains("honeycomb.io") {
            normalize(&format!("https://{}", value.trim_start_matches('/')))
        } else {
            wanted.endpoint()
        };
        return wrong(Problem::NotUrl, value, replace(fixed));
    }
    let trimmed = value.trim_end_matches('/');
    if let Some(base) = trimmed.strip_suffix("/v1/traces") {
        return wrong(Problem::TracesPath, value, replace(base.to_owned()));
    }
    let host = host_of(value);
    if value.starts_with("http://") && host.ends_with("honeycomb.io") {
        return wrong(Problem::PlainHttp, value, replace(value.replacen("http://", "https://", 1).trim_end_matches('/').to_owned()));
    }
    let actual = normalize(value);
    if services.contains(host) {
        return Endpoint::Collector { host: host.to_owned() };
    }
    let good = |normalized: String| {
        if value.ends_with('/') { wrong(Problem::TrailingSlash, value, replace(normalized)) } else { Endpoint::Good { normalized } }
    };
    let wanted_endpoint = wanted.endpoint();
    if actual == wanted_endpoint {
        return good(actual);
    }
    let honeycomb = host.ends_with("honeycomb.io");
    match (region_name(&actual), region_name(&wanted_endpoint)) {
        (Some(_), Some(_)) if !wanted.confirmed => good(actual),
        (Some(actual_region), Some(wanted_region)) => {
            wrong(Problem::OtherRegion { actual: actual_region, wanted: wanted_region }, value, wanted_endpoint)
        }
        // Honeycomb, while the key is used with a local or custom API: the API in use is the one the key
        // was checked with.
        _ if honeycomb => wrong(Problem::OtherApi, value, wanted_endpoint),
        _ if !host.contains('.') && !is_local(host) => Endpoint::NoSuchService { host: host.to_owned() },
        _ => Endpoint::Custom { url: actual },
    }
}

fn is_local(host: &str) -> bool {
    matches!(host, "localhost" | "127.0.0.1" | "[::1]" | "0.0.0.0")
}

/// What the `x-honeycomb-team` header of `OTEL_EXPORTER_OTLP_HEADERS` holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TeamHeader {
    /// A list item that kept its quotes: the header's name is wrong.
    Quoted,
    /// No `x-honeycomb-team` header at all.
    Missing,
    /// `x-honeycomb-team=` with nothing after it.
    Empty,
    /// `${NAME}` (or `$NAME`): the key stays out of the file.
    Reference { name: String },
    /// A literal key.
    Literal { value: String },
}

/// Reads the `x-honeycomb-team` header of a headers value (`a=b,x-honeycomb-team=...`).
pub fn team_header(raw: &str, list_item: bool) -> TeamHeader {
    if list_item && quoted(raw) {
        return TeamHeader::Quoted;
    }
    let team = raw.split(',').find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        name.trim().eq_ignore_ascii_case("x-honeycomb-team").then(|| value.trim())
    });
    match team {
        None => TeamHeader::Missing,
        Some("") => TeamHeader::Empty,
        Some(value) => match references(value).into_iter().next() {
            Some(reference) if value.starts_with('$') => TeamHeader::Reference { name: reference.name },
            _ => TeamHeader::Literal { value: value.trim_matches(['"', '\'']).to_owned() },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judge(raw: &str, confirmed: bool) -> Endpoint {
        let services: BTreeSet<&str> = ["backend-flask", "otel-collector"].into_iter().collect();
        judge_endpoint(raw, false, &Variables::default(), &Wanted { api_url: US_API.to_owned(), confirmed }, &services)
    }

    #[test]
    fn endpoints_are_judged_once_for_init_and_doctor() {
        assert_eq!(judge("https://api.honeycomb.io", true), Endpoint::Good { normalized: US_API.to_owned() });
        assert_eq!(judge("https://api.honeycomb.io:443", true), Endpoint::Good { normalized: US_API.to_owned() });
        assert_eq!(judge("http://otel-collector:4318", true), Endpoint::Collector { host: "otel-collector".to_owned() });
        assert_eq!(judge("http://collector:4318", true), Endpoint::NoSuchService { host: "collector".to_owned() });
        assert_eq!(judge("https://otel.example.com", true), Endpoint::Custom { url: "https://otel.example.com".to_owned() });
        let fixed = |raw: &str| match judge(raw, true) {
            Endpoint::Wrong { replacement, .. } => replacement,
            other => panic!("{raw}: {other:?}"),
        };
        assert_eq!(fixed("https://api.honeycomb.io/"), US_API);
        assert_eq!(fixed("https://api.honeycomb.io/v1/traces"), US_API);
        assert_eq!(fixed("http://api.honeycomb.io"), US_API);
        assert_eq!(fixed("api.honeycomb.io"), US_API);
        assert_eq!(fixed("https://api.eu1.honeycomb.io"), US_API);
        assert_eq!(fixed("http://api.eu1.honeycomb.io/v1/traces/"), US_API, "every mistake at once");
        let local = Wanted { api_url: "http://127.0.0.1:9".to_owned(), confirmed: true };
        let fixed_for_local = judge_endpoint("https://api.honeycomb.io/v1/traces", false, &Variables::default(), &local, &BTreeSet::new());
        assert!(
            matches!(fixed_for_local, Endpoint::Wrong { problem: Problem::TracesPath, ref replacement, .. } if replacement == "http://127.0.0.1:9")
        );
        assert!(matches!(judge("https://api.eu1.honeycomb.io", false), Endpoint::Good { .. }), "unconfirmed: either region");
        let quoted = judge_endpoint(
            "\"https://api.honeycomb.io/\"",
            true,
            &Variables::default(),
            &Wanted { api_url: US_API.to_owned(), confirmed: true },
            &BTreeSet::new(),
        );
        assert_eq!(
            quoted,
            Endpoint::Wrong { problem: Problem::Quoted, value: "\"https://api.honeycomb.io/\"".into(), replacement: US_API.into() }
        );
        assert_eq!(
            judge_endpoint(
                "${OTEL_URL}",
                false,
                &Variables::default(),
                &Wanted { api_url: US_API.into(), confirmed: true },
                &BTreeSet::new()
            ),
            Endpoint::Unresolved { missing: vec!["OTEL_URL".to_owned()] }
        );
    }

    #[test]
    fn team_headers_are_read() {
        assert_eq!(team_header("x-honeycomb-team=${HONEYCOMB_API_KEY}", false), TeamHeader::Reference { name: "HONEYCOMB_API_KEY".into() });
        assert_eq!(team_header("x-honeycomb-team=$KEY,x-honeycomb-dataset=d", false), TeamHeader::Reference { name: "KEY".into() });
        assert_eq!(team_header("x-honeycomb-team=REDACTED", false), TeamHeader::Literal { value: "REDACTED".into() });
        assert_eq!(team_header("x-honeycomb-team=", false), TeamHeader::Empty);
        assert_eq!(team_header("x-honeycomb-dataset=d", false), TeamHeader::Missing);
        assert_eq!(team_header("\"x-honeycomb-team=${K}\"", true), TeamHeader::Quoted);
    }
}
