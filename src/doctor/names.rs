//! `names.consistent`: the service's name in compose (`OTEL_SERVICE_NAME`, what Honeycomb shows), in
//! the sampling rules (`ServiceName`, which X-Ray matches against) and in app.py
//! (`xray_recorder.configure(service=...)`, what X-Ray records). Pure.

pub use crate::workspace::services::recorder_service;

use super::{Check, ids};

/// One place that names the service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    /// What names it, for messages: `OTEL_SERVICE_NAME of backend-flask`, `rule Cruddur`.
    pub place: String,
    pub file: String,
    pub line: Option<usize>,
}

/// X-Ray's wildcard match: `*` any run of characters, `?` one.
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    let text: Vec<char> = text.chars().collect();
    let (mut p, mut t) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while t < text.len() {
        if p < pattern.len() && (pattern[p] == '?' || pattern[p] == text[t]) {
            p += 1;
            t += 1;
        } else if p < pattern.len() && pattern[p] == '*' {
            star = Some(p);
            mark = t;
            p += 1;
        } else if let Some(star) = star {
            p = star + 1;
            mark += 1;
            t = mark;
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|c| *c == '*')
}

/// The 1-based line of `"ServiceName"` in a rule file, for the report.
pub fn service_name_line(text: &str, name: &str) -> Option<usize> {
    text.lines().position(|line| line.contains("\"ServiceName\"") && line.contains(&format!("\"{name}\""))).map(|index| index + 1)
}

/// `rule_fix`: the command that makes a rule's `ServiceName` the service's (`init --fix`, with one service).
pub fn check(otel: &[Named], rules: &[Named], recorders: &[Named], rule_fix: Option<Vec<String>>) -> Check {
    let id = ids::NAMES;
    let rules: Vec<&Named> = rules.iter().filter(|rule| rule.name != "*").collect();
    let kinds = [!otel.is_empty(), !rules.is_empty(), !recorders.is_empty()].iter().filter(|present| **present).count();
    if kinds < 2 {
        return Check::skip(id, "fewer than two of compose, the sampling rules and app.py name the service: nothing to compare");
    }
    let place = |named: &Named| match named.line {
        Some(line) => format!("{}, {}:{line}", named.place, named.file),
        None => format!("{}, {}", named.place, named.file),
    };
    let at = |check: Check, named: &Named| check.at(named.file.clone(), named.line);
    for rule in &rules {
        let (others, what) =
            if recorders.is_empty() { (otel, "OTEL_SERVICE_NAME") } else { (recorders, "xray_recorder.configure(service=...)") };
        if !others.is_empty() && !others.iter().any(|other| glob_match(&rule.name, &other.name)) {
            let names: Vec<String> = others.iter().map(|other| format!("{:?} ({})", other.name, place(other))).collect();
            let warning = at(
                Check::warn(
                    id,
                    format!(
                        "the sampling rule's ServiceName {:?} ({}) matches no {what}: {}; X-Ray never applies the rule",
                        rule.name,
                        place(rule),
                        names.join(", ")
                    ),
                ),
                rule,
            )
            .with_fix(format!("use one name in both places (ServiceName {:?} or the service's)", others[0].name));
            return match rule_fix {
                Some(command) if others.len() == 1 => warning.with_fix_and_command(
                    format!("use one name in both places: cruddur-obs init --fix makes the rule's ServiceName {:?}", others[0].name),
                    command,
                ),
                _ => warning,
            };
        }
    }
    for recorder in recorders {
        if !otel.is_empty() && !otel.iter().any(|named| named.name == recorder.name) {
            let names: Vec<String> = otel.iter().map(|named| format!("{:?} ({})", named.name, place(named))).collect();
            return at(
                Check::warn(
                    id,
                    format!(
                        "X-Ray records the service as {:?} ({}) and Honeycomb as {}: one service under two names",
                        recorder.name,
                        place(recorder),
                        names.join(", ")
                    ),
                ),
                recorder,
            )
            .with_fix("pick one name for OTEL_SERVICE_NAME, xray_recorder.configure(service=...) and the rule's ServiceName");
        }
    }
    let mut names: Vec<&str> = otel.iter().chain(rules.iter().copied()).chain(recorders).map(|named| named.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    let places: Vec<String> = otel.iter().chain(rules.iter().copied()).chain(recorders).map(place).collect();
    Check::pass(id, format!("{} in {}", names.join(", "), places.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doctor::Status;

    fn named(name: &str, place: &str) -> Named {
        Named { name: name.into(), place: place.into(), file: "f".into(), line: Some(3) }
    }

    #[test]
    fn globs_and_recorders() {
        assert!(glob_match("*", "x") && glob_match("backend-*", "backend-flask") && glob_match("b?ck*", "backend"));
        assert!(!glob_match("Cruddur", "backend-flask") && !glob_match("backend-?", "backend-flask"));
        let app = "from x import y\n# xray_recorder.configure(service='Old')\nxray_recorder.configure(\n    service=\"backend-flask\", dynamic_naming=url)\n";
        assert_eq!(recorder_service(app), Some(("backend-flask".to_owned(), 3)));
        assert_eq!(recorder_service("xray_recorder.configure(service='Cruddur', dynamic_naming=xray_url)"), Some(("Cruddur".into(), 1)));
        assert_eq!(recorder_service("print(1)"), None);
        assert_eq!(service_name_line("{\n  \"SamplingRule\": {\n    \"ServiceName\": \"backend-flask\",\n", "backend-flask"), Some(3));
    }

    #[test]
    fn names_are_compared() {
        let otel = [named("backend-flask", "compose")];
        assert_eq!(check(&otel, &[named("backend-flask", "rule")], &[], None).status, Status::Pass);
        assert_eq!(check(&otel, &[named("*", "rule")], &[], None).status, Status::Skip);
        let mismatch = check(&otel, &[named("Cruddur", "rule")], &[], None);
        assert_eq!(mismatch.status, Status::Warn);
        assert!(mismatch.message.contains("never applies"), "{}", mismatch.message);
        let two_names = check(&otel, &[named("Cruddur", "rule")], &[named("Cruddur", "app.py")], None);
        assert_eq!(two_names.status, Status::Warn);
        assert!(two_names.message.contains("two names"), "{}", two_names.message);
        assert_eq!(check(&[named("backend-flask", "c")], &[], &[named("backend-flask", "a")], None).status, Status::Pass);
    }
}
