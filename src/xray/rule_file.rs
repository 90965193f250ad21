//! Reading sampling rules from the files users already have.
//!
//! Accepted, in any mix: what `aws xray create-sampling-rule --cli-input-json` takes
//! (`{"SamplingRule": {..}, "Tags": [..]}`), a bare rule object, a JSON array of either, the output of
//! `aws xray get-sampling-rules` (`{"SamplingRuleRecords": [..]}`) or of `create-sampling-rule`
//! (`{"SamplingRuleRecord": {..}}`), a directory of `*.json` files, and `-` for stdin. Every problem in
//! every file is collected before anything is reported, so one run shows the whole list.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::rule::{DEFAULT_RULE, SamplingRateBoost, SamplingRuleSpec, Tag};
use super::schema::{self, CREATE_SAMPLING_RULE_REQUEST, Problem, SAMPLING_RULE};

/// Sampling rules an AWS account may have besides Default (AWS's quota; `RuleLimitExceededException`
/// beyond it). A file asking for more is refused before its rules are read one by one.
pub const MAX_RULES: usize = 25;

/// A rule the user's files ask for, and where it was read (`aws/json/xray.json`, `rules.json[2]`).
#[derive(Debug, Clone, PartialEq)]
pub struct WantedRule {
    pub rule: SamplingRuleSpec,
    pub tags: Vec<Tag>,
    pub origin: String,
}

/// Where rules come from: a file or directory, or standard input (`-`).
#[derive(Debug, Clone, PartialEq)]
pub enum RuleSource {
    Path(PathBuf),
    Stdin,
}

impl RuleSource {
    pub fn from_arg(arg: &Path) -> RuleSource {
        if arg == Path::new("-") { RuleSource::Stdin } else { RuleSource::Path(arg.to_owned()) }
    }
}

/// Loads and validates every rule in `sources`. On failure, returns one line per problem, each naming
/// the file, the JSON path and the value.
pub fn load(sources: &[RuleSource], stdin: &mut dyn Read) -> Result<Vec<WantedRule>, Vec<String>> {
    let mut rules = Vec::new();
    let mut problems = Vec::new();
    for document in read_documents(sources, stdin, &mut problems) {
        rules_in_document(&document.label, &document.text, &mut rules, &mut problems);
    }
    let own = rules.iter().filter(|wanted| wanted.rule.rule_name != DEFAULT_RULE).count();
    if own > MAX_RULES {
        problems.push(format!("{own} sampling rules: AWS allows {MAX_RULES} per account besides Default"));
    }
    let mut first_origin: BTreeMap<&str, &str> = BTreeMap::new();
    for wanted in &rules {
        let first = *first_origin.entry(&wanted.rule.rule_name).or_insert(&wanted.origin);
        if first != wanted.origin {
            problems.push(format!("{}: rule {:?} is already defined in {first}", wanted.origin, wanted.rule.rule_name));
        }
    }
    if problems.is_empty() { Ok(rules) } else { Err(problems) }
}

/// Rules from JSON text that is not a file of its own (a rule written in `observability.yaml`), in any
/// of the shapes [`load`] accepts; `label` names it in problems.
pub fn load_text(label: &str, text: &str) -> Result<Vec<WantedRule>, Vec<String>> {
    let mut rules = Vec::new();
    let mut problems = Vec::new();
    rules_in_document(label, text, &mut rules, &mut problems);
    if problems.is_empty() { Ok(rules) } else { Err(problems) }
}

struct Document {
    label: String,
    text: String,
}

fn read_documents(sources: &[RuleSource], stdin: &mut dyn Read, problems: &mut Vec<String>) -> Vec<Document> {
    let mut documents = Vec::new();
    let mut stdin_read = false;
    for source in sources {
        match source {
            RuleSource::Stdin if stdin_read => problems.push("-: standard input can be given only once".to_owned()),
            RuleSource::Stdin => {
                stdin_read = true;
                match crate::fsio::read_stream(stdin, crate::fsio::Limit::Rules) {
                    Ok(text) => documents.push(Document { label: "<stdin>".to_owned(), text }),
                    Err(err) => problems.push(format!("<stdin>: cannot read: {err}")),
                }
            }
            RuleSource::Path(path) if path.is_dir() => {
                let files = json_files_in(path);
                match files {
                    Ok(files) if files.is_empty() => problems.push(format!("{}: no *.json files in this directory", path.display())),
                    Ok(files) => documents.extend(files.iter().filter_map(|file| read_file(file, problems))),
                    Err(err) => problems.push(format!("{}: cannot list: {err}", path.display())),
                }
            }
            RuleSource::Path(path) => documents.extend(read_file(path, problems)),
        }
    }
    documents
}

fn json_files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let is_json = path.extension().is_some_and(|extension| extension.eq_ignore_ascii_case("json"));
        if is_json && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

fn read_file(path: &Path, problems: &mut Vec<String>) -> Option<Document> {
    let label = path.display().to_string();
    match crate::fsio::read_bytes(path, crate::fsio::Limit::Rules) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Some(Document { label, text }),
            Err(_) => {
                problems.push(format!("{label}: not UTF-8 text"));
                None
            }
        },
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            problems.push(format!("{label}: no such file or directory"));
            None
        }
        Err(err) => {
            problems.push(format!("{label}: cannot read: {err}"));
            None
        }
    }
}

/// serde_json's message without its " at line L column C" tail (the location is put first instead).
fn json_error(label: &str, err: &serde_json::Error) -> String {
    let message = err.to_string();
    let message = message.split(" at line ").next().unwrap_or(&message);
    format!("{label}:{}:{}: invalid JSON: {message}", err.line(), err.column())
}

fn rules_in_document(label: &str, text: &str, rules: &mut Vec<WantedRule>, problems: &mut Vec<String>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        problems.push(format!("{label}: the file is empty; expected a sampling rule"));
        return;
    }
    let value: Value = match crate::strict_json::from_str(text) {
        Ok(value) => value,
        Err(err) => {
            problems.push(json_error(label, &err));
            return;
        }
    };
    // Counted before any rule is read: a file of a million rules is refused at once, not validated one by one.
    let listed = match &value {
        Value::Array(items) => items.len(),
        Value::Object(object) => object.get("SamplingRuleRecords").and_then(Value::as_array).map_or(1, Vec::len),
        _ => 1,
    };
    if listed > MAX_RULES + 1 {
        problems.push(format!("{label}: {listed} sampling rules: AWS allows {MAX_RULES} per account besides Default"));
        return;
    }
    let mut found = Vec::new();
    match &value {
        Value::Array(items) => {
            if items.is_empty() {
                problems.push(format!("{label}: the array is empty; expected sampling rules"));
            }
            for (index, item) in items.iter().enumerate() {
                rule_entry(item, &format!("[{index}]"), &mut found);
            }
        }
        Value::Object(object) if object.contains_key("SamplingRuleRecords") => {
            records(object, &mut found);
        }
        Value::Object(object) if object.contains_key("SamplingRuleRecord") => {
            record(&object["SamplingRuleRecord"], "SamplingRuleRecord", &mut found);
            for key in object.keys().filter(|key| *key != "SamplingRuleRecord") {
                found.push(Err(Problem::new(key.as_str(), "unknown field in create-sampling-rule output")));
            }
        }
        _ => rule_entry(&value, "", &mut found),
    }
    let single = found.len() == 1;
    for entry in found {
        match entry {
            Ok((path, wanted)) => {
                let origin = if single || path.is_empty() { label.to_owned() } else { format!("{label}{path}") };
                rules.push(WantedRule { origin, ..wanted });
            }
            Err(problem) => {
                let path = if problem.path.is_empty() { "(top level)" } else { problem.path.as_str() };
                problems.push(format!("{label}: {path}: {}", problem.message));
            }
        }
    }
}

/// A rule found at a JSON path (the path names the entry, e.g. `[1]`), or a problem.
type Entry = Result<(String, WantedRule), Problem>;

fn records(object: &serde_json::Map<String, Value>, found: &mut Vec<Entry>) {
    for key in object.keys().filter(|key| !matches!(key.as_str(), "SamplingRuleRecords" | "NextToken")) {
        found.push(Err(Problem::new(key.as_str(), "unknown field in get-sampling-rules output")));
    }
    match &object["SamplingRuleRecords"] {
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                record(item, &format!("SamplingRuleRecords[{index}]"), found);
            }
        }
        other => found.push(Err(Problem::new("SamplingRuleRecords", format!("{} is not an array", schema::show(other))))),
    }
}

fn record(value: &Value, path: &str, found: &mut Vec<Entry>) {
    let Some(object) = value.as_object() else {
        found.push(Err(Problem::new(path, format!("{} is not a sampling rule record", schema::show(value)))));
        return;
    };
    for key in object.keys().filter(|key| !matches!(key.as_str(), "SamplingRule" | "CreatedAt" | "ModifiedAt")) {
        found.push(Err(Problem::new(schema::child_path(path, key), "unknown field in a sampling rule record")));
    }
    match object.get("SamplingRule") {
        Some(rule) => bare_rule(rule, &schema::child_path(path, "SamplingRule"), &[], path, found),
        None => found.push(Err(Problem::new(schema::child_path(path, "SamplingRule"), "missing (required)"))),
    }
}

/// One element: a `--cli-input-json` object or a bare rule.
fn rule_entry(value: &Value, path: &str, found: &mut Vec<Entry>) {
    let Some(object) = value.as_object() else {
        found.push(Err(Problem::new(path, format!("{} is not a sampling rule object", schema::show(value)))));
        return;
    };
    let looks_like_cli_input = object.keys().any(|key| CREATE_SAMPLING_RULE_REQUEST.member(key).is_some());
    let looks_like_rule = object.keys().any(|key| SAMPLING_RULE.member(key).is_some());
    if looks_like_cli_input || (!looks_like_rule && object.keys().any(|key| crate::suggest::suggest(key, ["SamplingRule"]).is_some())) {
        let mut problems = Vec::new();
        // The rule itself is checked by `bare_rule`, which knows the Default rule's exceptions.
        schema::check_structure_except(value, &CREATE_SAMPLING_RULE_REQUEST, path, &["SamplingRule"], &mut problems);
        let wrapper_valid = problems.is_empty();
        found.extend(problems.into_iter().map(Err));
        let tags: Vec<Tag> = match object.get("Tags") {
            Some(tags) if wrapper_valid => serde_json::from_value(tags.clone()).unwrap_or_default(),
            _ => Vec::new(),
        };
        for (index, tag) in tags.iter().enumerate() {
            if tag.key.starts_with("aws:") {
                found.push(Err(Problem::new(
                    format!("{}[{index}].Key", schema::child_path(path, "Tags")),
                    format!("{:?}: the aws: prefix is reserved for AWS", tag.key),
                )));
            }
        }
        if let Some(rule) = object.get("SamplingRule") {
            bare_rule(rule, &schema::child_path(path, "SamplingRule"), &tags, path, found);
        }
    } else if looks_like_rule {
        bare_rule(value, path, &[], path, found);
    } else {
        let keys: Vec<&str> = object.keys().map(String::as_str).collect();
        let message = format!(
            "not a sampling rule: found {} where {{\"SamplingRule\": {{...}}}}, a rule object, an array of them, or `aws xray get-sampling-rules` output was expected",
            if keys.is_empty() { "an empty object".to_owned() } else { format!("fields {}", keys.join(", ")) }
        );
        found.push(Err(Problem::new(path, message)));
    }
}

/// Validates one rule object at `path` and converts it; `entry_path` names the entry for its origin.
fn bare_rule(value: &Value, path: &str, tags: &[Tag], entry_path: &str, found: &mut Vec<Entry>) {
    let mut problems = Vec::new();
    schema::check_structure(value, &SAMPLING_RULE, path, &mut problems);
    let name = value.get("RuleName").and_then(Value::as_str);
    let priority_path = schema::child_path(path, "Priority");
    if name == Some(DEFAULT_RULE) {
        // The model allows 1-9999 for rules one creates; AWS's own Default rule has 10000, and exports
        // of get-sampling-rules carry it.
        problems.retain(|problem| !(problem.path == priority_path && value.get("Priority") == Some(&Value::from(10000))));
    }
    if !problems.is_empty() {
        found.extend(problems.into_iter().map(Err));
        return;
    }
    let text = |member: &str| value.get(member).and_then(Value::as_str).unwrap_or_default().to_owned();
    let integer = |member: &str| value.get(member).and_then(Value::as_i64).unwrap_or_default() as i32;
    let arn_name = value.get("RuleARN").and_then(Value::as_str).map(|arn| arn.rsplit('/').next().unwrap_or(arn).to_owned());
    let rule_name = match (name, &arn_name) {
        (Some(name), Some(from_arn)) if name != from_arn => {
            problems.push(Problem::new(schema::child_path(path, "RuleARN"), format!("names rule {from_arn:?}, but RuleName is {name:?}")));
            name.to_owned()
        }
        (Some(name), _) => name.to_owned(),
        (None, Some(from_arn)) if !from_arn.is_empty() => from_arn.clone(),
        (None, _) => {
            problems.push(Problem::new(schema::child_path(path, "RuleName"), "missing (a rule is created and matched by its name)"));
            String::new()
        }
    };
    let version = integer("Version");
    if version != 1 {
        problems.push(Problem::new(
            schema::child_path(path, "Version"),
            format!("{version} is not a sampling rule format version (the only one is 1)"),
        ));
    }
    let priority = integer("Priority");
    if rule_name == DEFAULT_RULE && priority != 10000 {
        problems.push(Problem::new(priority_path, format!("{priority}: the Default rule's priority is always 10000")));
    }
    if !problems.is_empty() {
        found.extend(problems.into_iter().map(Err));
        return;
    }
    let attributes: BTreeMap<String, String> = value
        .get("Attributes")
        .and_then(Value::as_object)
        .map(|map| map.iter().map(|(key, value)| (key.clone(), value.as_str().unwrap_or_default().to_owned())).collect())
        .unwrap_or_default();
    let sampling_rate_boost = value.get("SamplingRateBoost").map(|boost| SamplingRateBoost {
        max_rate: boost.get("MaxRate").and_then(Value::as_f64).unwrap_or_default(),
        cooldown_window_minutes: boost.get("CooldownWindowMinutes").and_then(Value::as_i64).unwrap_or_default() as i32,
    });
    let rule = SamplingRuleSpec {
        rule_name,
        resource_arn: text("ResourceARN"),
        priority,
        fixed_rate: value.get("FixedRate").and_then(Value::as_f64).unwrap_or_default(),
        reservoir_size: integer("ReservoirSize"),
        service_name: text("ServiceName"),
        service_type: text("ServiceType"),
        host: text("Host"),
        http_method: text("HTTPMethod"),
        url_path: text("URLPath"),
        version,
        attributes,
        sampling_rate_boost,
    };
    found.push(Ok((entry_path.to_owned(), WantedRule { rule, tags: tags.to_vec(), origin: String::new() })));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xray::rule::example_rule;

    fn load_text(label: &str, text: &str) -> Result<Vec<WantedRule>, Vec<String>> {
        let mut rules = Vec::new();
        let mut problems = Vec::new();
        rules_in_document(label, text, &mut rules, &mut problems);
        if problems.is_empty() { Ok(rules) } else { Err(problems) }
    }

    const SEED: &str = r#"{
  "SamplingRule": {
      "RuleName": "Cruddur", "ResourceARN": "*", "Priority": 9000, "FixedRate": 0.1, "ReservoirSize": 5,
      "ServiceName": "backend-flask", "ServiceType": "*", "Host": "*", "HTTPMethod": "*", "URLPath": "*", "Version": 1
  }
}"#;

    #[test]
    fn reads_the_seed_file_with_crlf_and_bom() {
        let text = format!("\u{feff}{}", SEED.replace('\n', "\r\n"));
        let rules = load_text("aws/json/xray.json", &text).unwrap();
        assert_eq!(rules, [WantedRule { rule: example_rule("Cruddur"), tags: vec![], origin: "aws/json/xray.json".into() }]);
    }

    #[test]
    fn reads_every_accepted_shape() {
        let bare = serde_json::to_string(&example_rule("A")).unwrap();
        let array = format!(
            r#"[{{"SamplingRule": {}, "Tags": [{{"Key": "team", "Value": "web"}}]}}, {}]"#,
            serde_json::to_string(&example_rule("B")).unwrap(),
            serde_json::to_string(&example_rule("C")).unwrap()
        );
        let export = format!(
            r#"{{"SamplingRuleRecords": [{{"SamplingRule": {}, "CreatedAt": 1.0, "ModifiedAt": 2.0}}, {{"SamplingRule": {{"RuleName": "Default", "RuleARN": "arn:aws:xray:us-east-1:1:sampling-rule/Default", "ResourceARN": "*", "Priority": 10000, "FixedRate": 0.05, "ReservoirSize": 1, "ServiceName": "*", "ServiceType": "*", "Host": "*", "HTTPMethod": "*", "URLPath": "*", "Version": 1, "Attributes": {{}}}}}}]}}"#,
            serde_json::to_string(&example_rule("D")).unwrap()
        );
        assert_eq!(load_text("a.json", &bare).unwrap()[0].rule.rule_name, "A");
        let from_array = load_text("list.json", &array).unwrap();
        assert_eq!(from_array.iter().map(|w| w.origin.as_str()).collect::<Vec<_>>(), ["list.json[0]", "list.json[1]"]);
        assert_eq!(from_array[0].tags, [Tag { key: "team".into(), value: "web".into() }]);
        let from_export = load_text("export.json", &export).unwrap();
        assert_eq!(from_export.iter().map(|w| w.rule.rule_name.as_str()).collect::<Vec<_>>(), ["D", "Default"]);
        assert_eq!(from_export[1].rule.priority, 10000);
    }

    #[test]
    fn the_misspelt_fixture_is_refused_with_suggestions() {
        let text = SEED.replace("ResourceARN", "ResourcesARN").replace("ReservoirSize", "ResevoirSize");
        let problems = load_text("aws/json/xray.json", &text).unwrap_err();
        assert_eq!(
            problems,
            [
                "aws/json/xray.json: SamplingRule.ResourcesARN: unknown field (did you mean ResourceARN?)",
                "aws/json/xray.json: SamplingRule.ResevoirSize: unknown field (did you mean ReservoirSize?)",
            ]
        );
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let problems = load_text("x.json", "{\n  \"SamplingRule\": {,\n}").unwrap_err();
        assert_eq!(problems, ["x.json:2:20: invalid JSON: key must be a string"]);
        assert_eq!(load_text("x.json", "  \n").unwrap_err(), ["x.json: the file is empty; expected a sampling rule"]);
    }

    #[test]
    fn semantic_problems_are_reported() {
        let text = SEED.replace("\"Version\": 1", "\"Version\": 2").replace("\"RuleName\": \"Cruddur\", ", "");
        let problems = load_text("x.json", &text).unwrap_err();
        assert_eq!(
            problems,
            [
                "x.json: SamplingRule.RuleName: missing (a rule is created and matched by its name)",
                "x.json: SamplingRule.Version: 2 is not a sampling rule format version (the only one is 1)",
            ]
        );
        let not_a_rule = load_text("x.json", r#"{"rules": []}"#).unwrap_err();
        assert!(not_a_rule[0].starts_with("x.json: (top level): not a sampling rule: found fields rules"), "{not_a_rule:?}");
        let misspelt_wrapper = load_text("x.json", r#"{"SampleRule": {}}"#).unwrap_err();
        assert_eq!(misspelt_wrapper[0], "x.json: SampleRule: unknown field (did you mean SamplingRule?)");
    }

    #[test]
    fn problems_in_the_wrapper_and_the_rule_are_reported_together() {
        let text = SEED.replace("\"FixedRate\": 0.1", "\"FixedRate\": 1.5").replacen(
            '{',
            "{\"Tags\": [{\"Key\": \"aws:team\", \"Value\": 1}], ",
            1,
        );
        let problems = load_text("x.json", &text).unwrap_err();
        assert_eq!(
            problems,
            [
                "x.json: Tags[0].Value: 1 is a number; expected a string",
                "x.json: SamplingRule.FixedRate: 1.5 is out of range: must be between 0 and 1 (a fraction of requests: 0.1 = 10%)",
            ]
        );
    }

    #[test]
    fn the_rule_name_can_come_from_the_arn() {
        let text = SEED.replace("\"RuleName\": \"Cruddur\"", "\"RuleARN\": \"arn:aws:xray:us-east-1:123456789012:sampling-rule/FromArn\"");
        assert_eq!(load_text("x.json", &text).unwrap()[0].rule.rule_name, "FromArn");
    }

    #[test]
    fn duplicate_names_across_sources_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.json"), SEED).unwrap();
        std::fs::write(dir.path().join("b.json"), SEED).unwrap();
        std::fs::write(dir.path().join("notes.txt"), "ignored").unwrap();
        let problems = load(&[RuleSource::Path(dir.path().to_owned())], &mut std::io::empty()).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].ends_with(&format!("b.json: rule \"Cruddur\" is already defined in {}", dir.path().join("a.json").display())),
            "{problems:?}"
        );
    }

    #[test]
    fn stdin_and_missing_files() {
        let rules = load(&[RuleSource::Stdin], &mut SEED.as_bytes()).unwrap();
        assert_eq!(rules[0].origin, "<stdin>");
        let problems = load(&[RuleSource::Path("nope/xray.json".into())], &mut std::io::empty()).unwrap_err();
        assert_eq!(problems, ["nope/xray.json: no such file or directory"]);
    }
}

/// The bad-input census for sampling-rule files: malformed inputs users really write (or could), each kept
/// with the message it gets. Every message names the file and, where there is one, the JSON path.
#[cfg(test)]
mod census {
    use super::*;

    fn rule_with(field: &str, value: &str) -> String {
        let mut rule = serde_json::to_value(crate::xray::rule::example_rule("Cruddur")).unwrap();
        rule[field] = serde_json::from_str(value).unwrap();
        serde_json::json!({ "SamplingRule": rule }).to_string()
    }

    fn rule_without(field: &str) -> String {
        let mut rule = serde_json::to_value(crate::xray::rule::example_rule("Cruddur")).unwrap();
        rule.as_object_mut().unwrap().remove(field);
        serde_json::json!({ "SamplingRule": rule }).to_string()
    }

    #[test]
    fn every_malformed_input_gets_a_message_naming_file_and_field() {
        let cases: Vec<(String, &str)> = vec![
            ("".into(), "f.json: the file is empty"),
            ("{".into(), "f.json:1:1: invalid JSON: EOF while parsing an object"),
            ("{\"SamplingRule\": {,}}".into(), "f.json:1:19: invalid JSON: key must be a string"),
            ("[]".into(), "f.json: the array is empty"),
            ("42".into(), "f.json: (top level): 42 is not a sampling rule object"),
            ("\"rule\"".into(), "f.json: (top level): \"rule\" is not a sampling rule object"),
            ("{}".into(), "f.json: (top level): not a sampling rule: found an empty object"),
            ("{\"rules\": []}".into(), "f.json: (top level): not a sampling rule: found fields rules"),
            ("{\"SampleRule\": {}}".into(), "f.json: SampleRule: unknown field (did you mean SamplingRule?)"),
            ("{\"SamplingRule\": []}".into(), "f.json: SamplingRule: [] is an array; expected an object"),
            ("{\"SamplingRuleRecords\": {}}".into(), "f.json: SamplingRuleRecords: {} is not an array"),
            ("{\"SamplingRuleRecords\": [1]}".into(), "f.json: SamplingRuleRecords[0]: 1 is not a sampling rule record"),
            ("{\"SamplingRuleRecords\": [{}]}".into(), "f.json: SamplingRuleRecords[0].SamplingRule: missing (required)"),
            (rule_with("FixedRate", "2"), "f.json: SamplingRule.FixedRate: 2 is out of range: must be between 0 and 1"),
            (rule_with("FixedRate", "-0.1"), "f.json: SamplingRule.FixedRate: -0.1 is out of range"),
            (rule_with("FixedRate", "\"0.1\""), "f.json: SamplingRule.FixedRate: \"0.1\" is a string; expected a number"),
            (rule_with("Priority", "0"), "f.json: SamplingRule.Priority: 0 is out of range: must be between 1 and 9999"),
            (rule_with("Priority", "10000"), "f.json: SamplingRule.Priority: 10000 is out of range"),
            (rule_with("Priority", "9000.5"), "f.json: SamplingRule.Priority: 9000.5 must be a whole number"),
            (rule_with("ReservoirSize", "-1"), "f.json: SamplingRule.ReservoirSize: -1 is out of range: must be at least 0"),
            (rule_with("Version", "2"), "f.json: SamplingRule.Version: 2 is not a sampling rule format version"),
            (rule_with("Version", "0"), "f.json: SamplingRule.Version: 0 is out of range: must be at least 1"),
            (rule_with("RuleName", "\"\""), "f.json: SamplingRule.RuleName: must not be empty"),
            (
                rule_with("RuleName", &format!("\"{}\"", "r".repeat(33))),
                "f.json: SamplingRule.RuleName: \"rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr\" is 33 characters long: at most 32 allowed",
            ),
            (rule_with("ServiceName", &format!("\"{}\"", "s".repeat(65))), "is 65 characters long: at most 64 allowed"),
            (
                rule_with("HTTPMethod", "\"OPTIONSPATCH\""),
                "f.json: SamplingRule.HTTPMethod: \"OPTIONSPATCH\" is 12 characters long: at most 10 allowed",
            ),
            (rule_with("URLPath", "null"), "f.json: SamplingRule.URLPath: is null; expected a string"),
            (rule_with("Attributes", "{\"a\": 1}"), "f.json: SamplingRule.Attributes.a: 1 is a number; expected a string"),
            (rule_with("Attributes", "[]"), "f.json: SamplingRule.Attributes: [] is an array; expected an object of string values"),
            (rule_with("SamplingRateBoost", "{\"MaxRate\": 2}"), "f.json: SamplingRule.SamplingRateBoost.MaxRate: 2 is out of range"),
            (
                rule_with("RuleARN", "\"arn:aws:xray:us-east-1:1:sampling-rule/Other\""),
                "f.json: SamplingRule.RuleARN: names rule \"Other\", but RuleName is \"Cruddur\"",
            ),
            (rule_without("ResourceARN"), "f.json: SamplingRule.ResourceARN: missing (required)"),
            (rule_without("RuleName"), "f.json: SamplingRule.RuleName: missing (a rule is created and matched by its name)"),
            (rule_with("ResevoirSize", "5"), "f.json: SamplingRule.ResevoirSize: unknown field (did you mean ReservoirSize?)"),
            (rule_with("servicename", "\"x\""), "f.json: SamplingRule.servicename: unknown field (did you mean ServiceName?)"),
            (
                "{\"SamplingRule\": {}, \"Tags\": [{\"Key\": \"aws:x\", \"Value\": \"y\"}]}".into(),
                "f.json: Tags[0].Key: \"aws:x\": the aws: prefix is reserved for AWS",
            ),
            ("{\"SamplingRule\": {}, \"Tags\": {}}".into(), "f.json: Tags: {} is an object; expected an array"),
            (
                "{\"SamplingRule\": {\"FixedRate\": 0.1,\n  \"FixedRate\": 0.5}}".into(),
                "f.json:2:13: invalid JSON: duplicate key \"FixedRate\" (each key may appear once in an object)",
            ),
        ];
        assert!(cases.len() >= 30);
        for (input, expected) in &cases {
            let problems = match load_text_for_census(input) {
                Ok(_) => panic!("accepted: {input}"),
                Err(problems) => problems,
            };
            assert!(problems.iter().all(|problem| problem.starts_with("f.json")), "{input}: {problems:?}");
            assert!(problems.iter().any(|problem| problem.contains(expected)), "{input}\nwanted: {expected}\ngot: {problems:#?}");
        }
    }

    fn load_text_for_census(text: &str) -> Result<Vec<WantedRule>, Vec<String>> {
        let mut rules = Vec::new();
        let mut problems = Vec::new();
        rules_in_document("f.json", text, &mut rules, &mut problems);
        if problems.is_empty() { Ok(rules) } else { Err(problems) }
    }
}
