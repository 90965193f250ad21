//! Links into Honeycomb's UI, in the forms Honeycomb documents: a trace
//! (`.../datasets/<dataset>/trace?trace_id=<id>&trace_start_ts=<s>&trace_end_ts=<s>`, integer seconds)
//! and a query (the Query Template Link, `.../datasets/<dataset>?query=<URL-encoded spec>`, or for
//! `__all__` the environment-wide `.../environments/<env>?query=...`). EU teams have their own UI
//! (`ui.eu1.honeycomb.io`); Classic teams have no `/environments/<env>`.

use crate::honeycomb::client::path_segment;
use crate::honeycomb::query::QuerySpec;

/// Environment and team, for links to traces in Honeycomb's UI.
#[derive(Debug, Clone)]
pub struct UiLinks {
    /// `https://ui.honeycomb.io` (or the EU's, or the host the API's own links name).
    pub base: String,
    pub team: String,
    /// Empty for a Classic team.
    pub environment: String,
}

impl UiLinks {
    /// The UI for an API URL on Honeycomb: EU for `api.eu1.honeycomb.io`, else the US UI; `None` for any
    /// other host (the local server, which has no UI: a link to ui.honeycomb.io would find nothing there).
    /// A query result's own `query_url` is better when there is one (see [`UiLinks::base_from_query_url`]).
    /// `CRUDDUR_OBS_UI_URL` names the UI for an API that is not Honeycomb's own host (a proxy in front of
    /// it, or the local server standing in for a team whose links are being checked).
    pub fn base_for_api(api_url: &str) -> Option<String> {
        if let Some(ui) = std::env::var("CRUDDUR_OBS_UI_URL").ok().filter(|ui| !ui.trim().is_empty()) {
            return Some(ui.trim().trim_end_matches('/').to_owned());
        }
        let host = api_url.split_once("://")?.1.split(['/', ':']).next()?;
        if !host.ends_with(".honeycomb.io") {
            return None;
        }
        Some(if host.contains(".eu1.") { "https://ui.eu1.honeycomb.io".to_owned() } else { "https://ui.honeycomb.io".to_owned() })
    }

    /// The UI a link that stands for itself is written for (a Query Template Link, the trace link of a
    /// verified span): the API's, or Honeycomb's US UI when the API is a stand-in for Honeycomb (its
    /// links keep Honeycomb's form, so what a team on that plan would get is what is shown and tested).
    pub fn base_for_links(api_url: &str) -> String {
        Self::base_for_api(api_url).unwrap_or_else(|| "https://ui.honeycomb.io".to_owned())
    }

    /// `scheme://host` of a result's `links.query_url` when it is Honeycomb's UI (the region's, as
    /// Honeycomb itself links to it); `None` for anything else (a local server).
    pub fn base_from_query_url(url: &str) -> Option<String> {
        let (scheme, rest) = url.split_once("://")?;
        let host = rest.split('/').next().filter(|host| host.ends_with(".honeycomb.io"))?;
        Some(format!("{scheme}://{host}"))
    }

    /// A direct trace link, as Honeycomb documents it, with the time range that finds it fast.
    pub fn trace(&self, dataset: &str, trace_id: &str, start: f64, end: f64) -> String {
        let encode = path_segment;
        let environment = if self.environment.is_empty() { String::new() } else { format!("/environments/{}", encode(&self.environment)) };
        format!(
            "{}/{}{environment}/datasets/{}/trace?trace_id={}&trace_start_ts={}&trace_end_ts={}",
            self.base,
            encode(&self.team),
            encode(dataset),
            encode(trace_id),
            start.floor() as i64,
            end.ceil() as i64 + 1
        )
    }
}

impl UiLinks {
    /// The team's (and environment's) part of every link: `base/team[/environments/env]`.
    fn root(&self) -> String {
        match self.environment.as_str() {
            "" => format!("{}/{}", self.base, path_segment(&self.team)),
            environment => format!("{}/{}/environments/{}", self.base, path_segment(&self.team), path_segment(environment)),
        }
    }

    /// The Query Template Link: the query, unrun, in Honeycomb's query builder. Opening it runs the
    /// query in the UI, on every plan. `__all__` is the environment-wide form.
    pub fn query_template(&self, dataset: &str, spec: &QuerySpec) -> String {
        let json = serde_json::to_string(spec).expect("query specs serialize");
        let query = path_segment(&json);
        if dataset == cruddur_engine::ALL_DATASETS && !self.environment.is_empty() {
            format!("{}?query={query}", self.root())
        } else {
            format!("{}/datasets/{}?query={query}", self.root(), path_segment(dataset))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ui_bases() {
        assert_eq!(UiLinks::base_for_api("https://api.eu1.honeycomb.io").unwrap(), "https://ui.eu1.honeycomb.io");
        assert_eq!(UiLinks::base_for_api("https://api.honeycomb.io/").unwrap(), "https://ui.honeycomb.io");
        assert_eq!(UiLinks::base_for_api("http://127.0.0.1:8090"), None, "the local server has no UI");
        assert_eq!(UiLinks::base_for_api("http://honeycomb.io.example.com"), None);
        assert_eq!(UiLinks::base_for_links("http://127.0.0.1:8090"), "https://ui.honeycomb.io");
        assert_eq!(
            UiLinks::base_from_query_url("https://ui.eu1.honeycomb.io/t/environments/e/datasets/d/result/x").unwrap(),
            "https://ui.eu1.honeycomb.io"
        );
        assert_eq!(UiLinks::base_from_query_url("nope"), None);
        assert_eq!(UiLinks::base_from_query_url("http://127.0.0.1:8787/t/environments/e/datasets/d/result/x"), None);
        let classic = UiLinks { base: "https://ui.honeycomb.io".into(), team: "t".into(), environment: String::new() };
        assert!(classic.trace("d", "x", 0.0, 0.0).starts_with("https://ui.honeycomb.io/t/datasets/d/trace?trace_id=x"));
    }

    #[test]
    fn query_template_links_follow_the_documented_form() {
        let spec: QuerySpec = serde_json::from_str(r#"{"calculations":[{"op":"COUNT"}],"breakdowns":["name"],"time_range":3600}"#).unwrap();
        let us = UiLinks { base: "https://ui.honeycomb.io".into(), team: "cruddur".into(), environment: "test".into() };
        let encoded =
            "%7B%22breakdowns%22%3A%5B%22name%22%5D%2C%22calculations%22%3A%5B%7B%22op%22%3A%22COUNT%22%7D%5D%2C%22time_range%22%3A3600%7D";
        assert_eq!(
            us.query_template("backend-flask", &spec),
            format!("https://ui.honeycomb.io/cruddur/environments/test/datasets/backend-flask?query={encoded}")
        );
        // The link's query decodes back to the spec.
        let link = us.query_template("backend-flask", &spec);
        let decoded = percent_decode(link.split_once("?query=").unwrap().1);
        assert_eq!(serde_json::from_str::<QuerySpec>(&decoded).unwrap(), spec);
        assert_eq!(us.query_template("__all__", &spec), format!("https://ui.honeycomb.io/cruddur/environments/test?query={encoded}"));
        let eu = UiLinks { base: UiLinks::base_for_links("https://api.eu1.honeycomb.io"), ..us.clone() };
        assert!(eu.query_template("d", &spec).starts_with("https://ui.eu1.honeycomb.io/cruddur/environments/test/datasets/d?query="));
        let classic = UiLinks { environment: String::new(), ..us };
        assert!(classic.query_template("d", &spec).starts_with("https://ui.honeycomb.io/cruddur/datasets/d?query=%7B"));
    }

    fn percent_decode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut index = 0;
        while index < bytes.len() {
            if bytes[index] == b'%' {
                out.push(u8::from_str_radix(&text[index + 1..index + 3], 16).unwrap());
                index += 3;
            } else {
                out.push(bytes[index]);
                index += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }
}
