//! The planner of every query command: the flags as given ([`QueryFlags`]) checked and turned into a
//! [`Prepared`] query (dataset, time, filters, row limit, time-out) before anything is sent, and the
//! spec a preset, a file or a saved query brings finished with them. Pure: it reads the workspace's
//! compose file for the dataset's default and nothing else; every mistake is exit 3 (or 2) with nothing
//! sent.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::error::{CliError, CliResult};
use crate::honeycomb::query::{Filter, FilterCombination, QuerySpec};
use crate::query::filter::parse_where;
use crate::query::run::RunSettings;
use crate::query::spec::{MAX_RESULT_LIMIT, MAX_SPEC_LIMIT, problems_error, uses_relational_fields};
use crate::query::time::{self, TimeBounds};
use crate::settings::Environment;
use crate::settings::honeycomb::HoneycombSettings;

/// The `--wait` default: how long a query may take, rate-limit waits included.
pub const DEFAULT_TIMEOUT: &str = "2m";

/// The flags every query command shares, as the user gave them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryFlags {
    /// `--dataset`.
    pub dataset: Option<String>,
    pub since: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    /// `--where`, as typed.
    pub filters: Vec<String>,
    /// `--any`.
    pub any: bool,
    /// `--limit`.
    pub limit: Option<u32>,
    /// `--timeout`, as typed.
    pub timeout: String,
}

impl Default for QueryFlags {
    fn default() -> QueryFlags {
        QueryFlags {
            dataset: None,
            since: None,
            start: None,
            end: None,
            filters: Vec::new(),
            any: false,
            limit: None,
            timeout: DEFAULT_TIMEOUT.to_owned(),
        }
    }
}

/// The dataset: `--dataset`, the profile's, `OTEL_SERVICE_NAME`, then the service name the workspace's
/// compose file gives backend-flask (or its only service with one); else an error naming the flag.
/// Returns the name and where it came from.
pub fn dataset(flag: Option<&str>, settings: &HoneycombSettings, env: &dyn Environment, dir: &Path) -> CliResult<(String, String)> {
    let (name, source) = dataset_name(flag, settings, env, dir)?;
    let slug = dataset_slug(&name);
    if slug == name { Ok((name, source)) } else { Ok((slug, format!("{source}: {name:?} as Honeycomb names its dataset"))) }
}

/// The dataset Honeycomb makes for a service or dataset name: the service rule of its converter
/// (trimmed; `unknown_service:python` and every other `unknown_service...` go to `unknown_service`),
/// then its slug rule (lower case, `-` for anything but letters, digits, `-` and `_`). `__all__` stays.
pub fn dataset_slug(name: &str) -> String {
    if name == cruddur_engine::ALL_DATASETS {
        return name.to_owned();
    }
    cruddur_engine::util::slugify(cruddur_engine::spans::dataset_for_service(name))
}

fn dataset_name(flag: Option<&str>, settings: &HoneycombSettings, env: &dyn Environment, dir: &Path) -> CliResult<(String, String)> {
    if let Some(name) = flag {
        return Ok((name.to_owned(), "flag --dataset".to_owned()));
    }
    if let Some(dataset) = &settings.dataset {
        return Ok((dataset.value.clone(), dataset.source.to_string()));
    }
    if let Some(name) = env.var("OTEL_SERVICE_NAME") {
        return Ok((name, "env OTEL_SERVICE_NAME".to_owned()));
    }
    if let Some((file, name)) = compose_service_name(dir) {
        return Ok((name, format!("OTEL_SERVICE_NAME in {}", file.display())));
    }
    Err(CliError::invalid_input("no dataset: pass --dataset (or -d)").with_hint(
        "OpenTelemetry data goes to the dataset named after OTEL_SERVICE_NAME (the bootcamp's is backend-flask); \
         set it, save one in the profile (dataset = \"...\"), or list them with `cruddur-obs honeycomb datasets list`",
    ))
}

/// `OTEL_SERVICE_NAME` from the compose file in `dir`: backend-flask's, else the only literal one.
fn compose_service_name(dir: &Path) -> Option<(PathBuf, String)> {
    let file = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"]
        .iter()
        .map(|name| dir.join(name))
        .find(|path| path.is_file())?;
    let text = crate::fsio::read_workspace_file(&file).ok()?;
    let services = crate::edit::compose::services(&text).ok()?;
    let name_of = |service: &crate::edit::compose::ServiceInfo| {
        let value = service.environment.as_ref()?.vars.get("OTEL_SERVICE_NAME")?.value.clone()?;
        (!value.is_empty() && !value.contains('$')).then_some(value)
    };
    if let Some(backend) = services.iter().find(|service| service.name == "backend-flask") {
        return name_of(backend).map(|name| (file, name));
    }
    let names: Vec<String> = services.iter().filter_map(name_of).collect();
    match names.as_slice() {
        [only] => Some((file, only.clone())),
        _ => None,
    }
}

/// Everything read from the flags before any request: the dataset, the time, the filters, the limit
/// and the time-out.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub dataset: String,
    /// Where the dataset's name came from, for `--verbose`.
    pub dataset_source: String,
    pub bounds: TimeBounds,
    pub filters: Vec<Filter>,
    pub any: bool,
    pub limit: Option<u32>,
    pub timeout: Duration,
    /// `--timeout` as typed, for the error that names it.
    pub timeout_flag: String,
    pub now: i64,
}

/// Checks the flags (all of them: every problem is reported, not the first) at time `now`.
pub fn prepare(flags: &QueryFlags, settings: &HoneycombSettings, env: &dyn Environment, dir: &Path, now: i64) -> CliResult<Prepared> {
    let (dataset, dataset_source) = dataset(flags.dataset.as_deref(), settings, env, dir)?;
    let bounds =
        time::bounds(flags.since.as_deref(), flags.start.as_deref(), flags.end.as_deref(), now).map_err(CliError::invalid_input)?;
    let mut problems = Vec::new();
    let filters =
        flags.filters.iter().filter_map(|text| parse_where(text).map_err(|err| problems.push(format!("--where {err}"))).ok()).collect();
    if let Some(limit) = flags.limit
        && !(1..=MAX_RESULT_LIMIT).contains(&limit)
    {
        problems.push(format!("--limit {limit} is out of range: 1 to {MAX_RESULT_LIMIT} rows"));
    }
    let mut probe = QuerySpec::default();
    bounds.apply(&mut probe);
    for (_, message) in time::check_window(&probe, now) {
        problems.push(format!("--since/--start/--end: {message}"));
    }
    if !problems.is_empty() {
        let count = problems.len();
        return Err(CliError::invalid_input(format!(
            "{count} problem{} in the flags; nothing was sent to Honeycomb",
            if count == 1 { "" } else { "s" }
        ))
        .with_problems(problems));
    }
    let timeout = time::parse_duration(&flags.timeout).map_err(|err| CliError::invalid_input(format!("--timeout {err}")))?;
    if timeout < Duration::from_millis(100) || timeout > Duration::from_secs(86_400) {
        return Err(CliError::invalid_input(format!("--timeout {}: at least 100ms and at most 1d", flags.timeout)));
    }
    let timeout_flag = format!("--timeout {}", flags.timeout);
    Ok(Prepared { dataset, dataset_source, bounds, filters, any: flags.any, limit: flags.limit, timeout, timeout_flag, now })
}

impl Prepared {
    /// Applies the flags to a spec (time, filters, the row limit), then checks the whole spec.
    pub fn apply(&self, spec: &mut QuerySpec, label: &str) -> CliResult {
        self.bounds.apply(spec);
        if !self.filters.is_empty() {
            let existing_or = spec.filter_combination == Some(FilterCombination::Or) && !spec.filters.is_empty();
            if existing_or && !self.any {
                return Err(CliError::invalid_input(format!(
                    "{label} combines its filters with OR, so a --where would become one more alternative"
                ))
                .with_hint("pass --any to mean that, or put the filter in the spec"));
            }
            if self.any && !spec.filters.is_empty() && !existing_or {
                return Err(CliError::invalid_input(format!(
                    "{label} has filters that must all match; --any would make them alternatives"
                ))
                .with_hint("drop --any, or put the filters in the spec"));
            }
            spec.filters.extend(self.filters.iter().cloned());
            if self.any {
                spec.filter_combination = Some(FilterCombination::Or);
            }
        }
        if let Some(limit) = self.limit {
            // A spec holds up to 1000; more rows are asked of the result (with no time series).
            spec.limit = (i64::from(limit) <= MAX_SPEC_LIMIT).then_some(i64::from(limit));
        }
        let problems = crate::query::spec::check(spec, self.now);
        if problems.is_empty() { Ok(()) } else { Err(problems_error(label, problems)) }
    }

    /// The spec as it is run: a relative time (`--since`, a spec's `time_range`) becomes absolute bounds
    /// whose end is `now` rounded up to the step Honeycomb floors query times to (1 minute for ranges
    /// up to 6 hours, 5 minutes up to 2 days, 30 minutes beyond). Honeycomb floors the end of "the last
    /// 2 hours" down to the minute, so spans sent in the last seconds would be missing; ending at the
    /// next boundary keeps them, and the floored window is still the range asked for. Bounds given as
    /// times stay as given (Honeycomb floors them).
    pub fn pinned(&self, spec: &QuerySpec) -> QuerySpec {
        if spec.start_time.is_some() || spec.end_time.is_some() {
            return spec.clone();
        }
        let range = spec.time_range.unwrap_or(time::DEFAULT_RANGE_SECS);
        let step = cruddur_engine::query::TimeWindow::floor_step(range);
        let end = self.now.div_euclid(step) * step + if self.now.rem_euclid(step) == 0 { 0 } else { step };
        QuerySpec { start_time: Some(end - range), end_time: Some(end), time_range: None, ..spec.clone() }
    }

    /// How to wait for the result of `spec`; `series` asks for the time series too (heatmaps).
    pub fn settings(&self, spec: &QuerySpec, series: bool) -> RunSettings {
        RunSettings {
            timeout: self.timeout,
            limit: self.limit.or(spec.limit.and_then(|limit| u32::try_from(limit).ok())),
            series,
            relational: uses_relational_fields(spec),
        }
    }

    /// Whether the flags change a saved query's spec (time, filters, rows): it is then run as a new query.
    pub fn changes_saved_spec(&self) -> bool {
        !self.bounds.is_empty() || !self.filters.is_empty() || self.limit.is_some()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::settings::honeycomb::HoneycombArgs;

    fn settings(dir: &Path) -> HoneycombSettings {
        let env: HashMap<&str, &str> = [("CRUDDUR_OBS_CONFIG_DIR", dir.to_str().unwrap())].into_iter().collect();
        HoneycombSettings::resolve(&HoneycombArgs::default(), &env).unwrap()
    }

    #[test]
    fn the_dataset_comes_from_the_flag_the_env_or_the_compose_file() {
        let dir = tempfile::tempdir().unwrap();
        let settings = settings(dir.path());
        let env: HashMap<&str, &str> = [("OTEL_SERVICE_NAME", "from-env")].into_iter().collect();
        let empty: HashMap<&str, &str> = HashMap::new();
        assert_eq!(dataset(Some("flagged"), &settings, &env, dir.path()).unwrap().0, "flagged");
        assert_eq!(dataset(None, &settings, &env, dir.path()).unwrap(), ("from-env".to_owned(), "env OTEL_SERVICE_NAME".to_owned()));
        let err = dataset(None, &settings, &empty, dir.path()).unwrap_err();
        assert!(err.message.contains("--dataset"), "{}", err.message);
        std::fs::write(
            dir.path().join("docker-compose.yml"),
            "services:\n  frontend-react-js:\n    image: x\n  backend-flask:\n    environment:\n      OTEL_SERVICE_NAME: \"backend-flask\"\n",
        )
        .unwrap();
        assert_eq!(dataset(None, &settings, &empty, dir.path()).unwrap().0, "backend-flask");
        std::fs::write(dir.path().join("docker-compose.yml"), "services:\n  api:\n    environment:\n      - OTEL_SERVICE_NAME=${NAME}\n")
            .unwrap();
        assert!(dataset(None, &settings, &empty, dir.path()).is_err());
    }

    #[test]
    fn dataset_names_become_honeycomb_slugs() {
        assert_eq!(dataset_slug("backend-flask"), "backend-flask");
        assert_eq!(dataset_slug(" Backend Flask "), "backend-flask");
        assert_eq!(dataset_slug("unknown_service:python"), "unknown_service");
        assert_eq!(dataset_slug("unknown_service"), "unknown_service");
        assert_eq!(dataset_slug("__all__"), "__all__");
        assert_eq!(dataset_slug("my dataset!"), "my-dataset-");
        let dir = tempfile::tempdir().unwrap();
        let settings = settings(dir.path());
        let env: HashMap<&str, &str> = [("OTEL_SERVICE_NAME", "unknown_service:python")].into_iter().collect();
        let (name, source) = dataset(None, &settings, &env, dir.path()).unwrap();
        assert_eq!(name, "unknown_service");
        assert_eq!(source, "env OTEL_SERVICE_NAME: \"unknown_service:python\" as Honeycomb names its dataset");
    }

    #[test]
    fn every_flag_problem_is_reported_before_anything_is_sent() {
        let dir = tempfile::tempdir().unwrap();
        let settings = settings(dir.path());
        let empty: HashMap<&str, &str> = HashMap::new();
        let flags = QueryFlags {
            dataset: Some("d".into()),
            since: Some("9d".into()),
            filters: vec!["a ~ b".into(), "duration_ms > 250".into()],
            limit: Some(0),
            ..QueryFlags::default()
        };
        let err = prepare(&flags, &settings, &empty, dir.path(), 1_714_557_600).unwrap_err();
        assert_eq!(err.message, "3 problems in the flags; nothing was sent to Honeycomb");
        assert_eq!(err.problems.len(), 3, "{:?}", err.problems);
        assert!(err.problems[0].starts_with("--where"), "{:?}", err.problems);
    }

    #[test]
    fn the_flags_finish_a_spec() {
        let dir = tempfile::tempdir().unwrap();
        let honeycomb = settings(dir.path());
        let empty: HashMap<&str, &str> = HashMap::new();
        let now = 1_714_557_600;
        let flags = QueryFlags {
            dataset: Some("backend-flask".into()),
            since: Some("30m".into()),
            filters: vec!["duration_ms > 250".into()],
            limit: Some(5000),
            ..QueryFlags::default()
        };
        let prepared = prepare(&flags, &honeycomb, &empty, dir.path(), now).unwrap();
        assert_eq!((prepared.dataset.as_str(), prepared.dataset_source.as_str()), ("backend-flask", "flag --dataset"));
        assert!(prepared.changes_saved_spec());
        let mut spec: QuerySpec = serde_json::from_str(r#"{"calculations":[{"op":"COUNT"}]}"#).unwrap();
        prepared.apply(&mut spec, "the spec").unwrap();
        assert_eq!(spec.filters.len(), 1);
        assert_eq!(spec.limit, None, "more than a spec holds is asked of the result");
        let pinned = prepared.pinned(&spec);
        assert_eq!((pinned.start_time, pinned.end_time, pinned.time_range), (Some(now - 1800), Some(now), None), "now is on a minute");
        let later = Prepared { now: now + 1, ..prepared.clone() }.pinned(&spec);
        assert_eq!((later.start_time, later.end_time), (Some(now + 60 - 1800), Some(now + 60)), "the end rounds up to the minute");
        let floored = cruddur_engine::query::TimeWindow { start: later.start_time.unwrap(), end: later.end_time.unwrap() }.floored();
        assert!(floored.end > now + 1, "Honeycomb's flooring keeps the last second");
        let run = prepared.settings(&spec, false);
        assert_eq!((run.limit, run.timeout), (Some(5000), Duration::from_secs(120)));
        // --any turns filters the spec requires all of into alternatives: refused, with the way out.
        let mut strict: QuerySpec =
            serde_json::from_str(r#"{"calculations":[{"op":"COUNT"}],"filters":[{"column":"a","op":"exists"}]}"#).unwrap();
        let any = prepare(&QueryFlags { any: true, ..flags }, &honeycomb, &empty, dir.path(), now).unwrap();
        assert!(any.apply(&mut strict, "the spec").unwrap_err().message.contains("--any would make them alternatives"));
    }
}
