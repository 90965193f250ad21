//! Literal secrets in files that get committed: compose files, `.env.example`, `.gitpod.yml`, the
//! devcontainer, and the markdown journals students paste their commands into.
//!
//! Two kinds of evidence, both line by line, with no regex engine (the shapes are simple):
//! - shapes: Honeycomb keys (`hc` + a letter + `ik_`/`lk_`/`mk_` and 20+ characters), AWS access key
//!   IDs (`AKIA`/`ASIA` + 16), found anywhere;
//! - assignments: a literal value given to a secret's variable (`HONEYCOMB_API_KEY=...`,
//!   `ROLLBAR_ACCESS_TOKEN: "..."`, `AWS_SECRET_ACCESS_KEY=...`) or to the `x-honeycomb-team` header.
//!   References (`${VAR}`, `$VAR`), placeholders (`<your key>`, `""`, the variable's own name) and prose
//!   are not secrets. `REDACTED` is: the fixtures put it where a real key was committed.

use std::path::Path;

use super::{Check, ids, relative};
use crate::honeycomb::mask;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    HoneycombKey,
    Rollbar,
    AwsAccessKey,
    AwsSecretKey,
}

impl Kind {
    fn describe(self) -> &'static str {
        match self {
            Kind::HoneycombKey => "a Honeycomb key",
            Kind::Rollbar => "a Rollbar access token",
            Kind::AwsAccessKey => "an AWS access key ID",
            Kind::AwsSecretKey => "an AWS secret access key",
        }
    }
}

/// One literal secret in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leak {
    pub line: usize,
    pub kind: Kind,
    /// What it was assigned to (`HONEYCOMB_API_KEY`, `x-honeycomb-team`), when it was an assignment.
    pub name: Option<String>,
    pub value: String,
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The kind of secret a variable name holds, if it is one.
fn secret_name(name: &str) -> Option<Kind> {
    let upper = name.to_ascii_uppercase();
    let secretish = upper.ends_with("KEY") || upper.ends_with("TOKEN") || upper.ends_with("SECRET");
    if upper.contains("HONEYCOMB") && secretish {
        Some(Kind::HoneycombKey)
    } else if upper.contains("ROLLBAR") && secretish {
        Some(Kind::Rollbar)
    } else if upper == "AWS_SECRET_ACCESS_KEY" {
        Some(Kind::AwsSecretKey)
    } else {
        None
    }
}

/// Whether an assigned value is a literal secret rather than a reference, a placeholder or prose.
pub fn is_literal_secret(name: &str, value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let placeholder = value.is_empty()
        || value.starts_with(['$', '<', '{', '%', '['])
        || value.eq_ignore_ascii_case(name)
        || ["your", "xxx", "...", "…", "here", "changeme", "example", "placeholder", "todo", "replace", "dummy"]
            .iter()
            .any(|word| lower.contains(word));
    if placeholder || value.chars().any(char::is_whitespace) {
        return false;
    }
    let token_chars = value.chars().all(|c| c.is_ascii_alphanumeric() || "_-+/=.:".contains(c));
    // A key has digits and some length; `REDACTED` (all capitals) marks one that was committed.
    let keyish = value.chars().any(|c| c.is_ascii_digit()) && value.len() >= 16;
    let redacted = value.len() >= 8 && value.chars().all(|c| c.is_ascii_uppercase());
    token_chars && (keyish || redacted)
}

/// The value after `name` on a line, when `name` is being assigned (`=` or `:`, in any quoting).
fn assigned_value(rest: &str) -> Option<&str> {
    let rest = rest.strip_prefix(['"', '\'']).unwrap_or(rest);
    let rest = rest.trim_start_matches([' ', '\t']);
    let rest = rest.strip_prefix(['=', ':'])?;
    if rest.starts_with(['=', ':']) {
        return None;
    }
    let rest = rest.trim_start_matches([' ', '\t']);
    Some(match rest.chars().next() {
        Some(quote @ ('"' | '\'')) => {
            let inner = &rest[1..];
            &inner[..inner.find(quote).unwrap_or(inner.len())]
        }
        _ => &rest[..rest.find(|c: char| c.is_whitespace() || "\"'`,;)}]#".contains(c)).unwrap_or(rest.len())],
    })
}

/// Every `(name, value)` a line assigns: a word (letters, digits, `_`, `-`; not inside a longer word)
/// followed by `=` or `:` and a value, in any quoting ([`assigned_value`]).
fn assignments(line: &str) -> Vec<(&str, &str)> {
    let mut found = Vec::new();
    let mut position = 0;
    while position < line.len() {
        let Some(offset) = line[position..].find(|c: char| c.is_ascii_alphabetic() || c == '_') else { break };
        let start = position + offset;
        let end = line[start..].find(|c: char| !(is_word(c) || c == '-')).map_or(line.len(), |len| start + len);
        position = end.max(start + 1);
        if start > 0 && is_word(line[..start].chars().next_back().unwrap_or(' ')) {
            continue;
        }
        if let Some(value) = assigned_value(&line[end..]) {
            found.push((&line[start..end], value));
        }
    }
    found
}

/// Honeycomb key shapes: `hc` + a letter + `ik_`/`lk_`/`mk_` + 20 or more letters and digits.
fn honeycomb_shapes(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let bytes = line.as_bytes();
    let mut index = 0;
    while let Some(offset) = line[index..].find("hc") {
        let start = index + offset;
        index = start + 2;
        if start > 0 && is_word(bytes[start - 1] as char) {
            continue;
        }
        let prefix = &bytes[start..];
        let shaped = prefix.len() > 6
            && prefix[2].is_ascii_lowercase()
            && matches!(prefix[3], b'i' | b'l' | b'm')
            && prefix[4] == b'k'
            && prefix[5] == b'_';
        if !shaped {
            continue;
        }
        let body = prefix[6..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        if body >= 20 {
            found.push(line[start..start + 6 + body].to_owned());
            index = start + 6 + body;
        }
    }
    found
}

/// AWS access key IDs: `AKIA` or `ASIA` and 16 capitals or digits, as a whole word (not AWS's
/// documentation example, which ends in `EXAMPLE`).
fn aws_shapes(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let chars: Vec<char> = line.chars().collect();
    for start in 0..chars.len() {
        if start > 0 && is_word(chars[start - 1]) {
            continue;
        }
        let Some(window) = chars.get(start..start + 20) else { break };
        let prefix: String = window[..4].iter().collect();
        if !(prefix == "AKIA" || prefix == "ASIA") || !window[4..].iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) {
            continue;
        }
        if chars.get(start + 20).is_some_and(|c| is_word(*c)) {
            continue;
        }
        let value: String = window.iter().collect();
        if !value.ends_with("EXAMPLE") {
            found.push(value);
        }
    }
    found
}

/// Every literal secret in `text`, in line order, one per value and line.
pub fn scan(text: &str) -> Vec<Leak> {
    let mut leaks: Vec<Leak> = Vec::new();
    for (index, raw) in text.split('\n').enumerate() {
        let line = raw.trim_end_matches('\r');
        let number = index + 1;
        let mut push = |kind: Kind, name: Option<String>, value: String| {
            if !leaks.iter().any(|leak| leak.line == number && leak.value == value) {
                leaks.push(Leak { line: number, kind, name, value });
            }
        };
        // Assignments to secret variables and to the Honeycomb header.
        for (word, value) in assignments(line) {
            let kind = if word.eq_ignore_ascii_case("x-honeycomb-team") { Some(Kind::HoneycombKey) } else { secret_name(word) };
            if let Some(kind) = kind
                && is_literal_secret(word, value)
            {
                push(kind, Some(word.to_owned()), value.to_owned());
            }
        }
        for value in honeycomb_shapes(line) {
            push(Kind::HoneycombKey, None, value);
        }
        for value in aws_shapes(line) {
            push(Kind::AwsAccessKey, None, value);
        }
    }
    leaks.sort_by_key(|leak| leak.line);
    leaks
}

/// The literal secrets in one variable's value (`KEY` and `value` as compose reads them): what
/// `init --fix` replaces with a `${VAR}` reference, and what `doctor` flags.
pub fn literal_secrets(key: &str, value: &str) -> Vec<Leak> {
    scan(&format!("{key}={value}")).into_iter().filter(|leak| value.contains(leak.value.as_str())).collect()
}

/// A variable whose value is shown masked wherever it appears: the secrets [`scan`] knows, and any name
/// that says it holds one (`*_SECRET*`, `*PASSWORD*`, `*_TOKEN`, `*API_KEY`).
fn masked_name(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    upper == "X-HONEYCOMB-TEAM"
        || secret_name(name).is_some()
        || upper.contains("SECRET")
        || upper.contains("PASSWORD")
        || upper.ends_with("TOKEN")
        || upper.ends_with("API_KEY")
}

/// `text` with every secret masked, line by line: key-shaped values anywhere, and every value given to a
/// secret's variable (`NAME=value`, `NAME: "value"`, `x-honeycomb-team=value`) unless it is a `${VAR}`
/// reference or empty. For what is shown (diffs, on context and `-` lines too), never for what is written.
pub fn mask_secrets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let mut values: Vec<String> = Vec::new();
        for (word, value) in assignments(line) {
            let value = value.trim_end_matches(['\r', '\n']);
            // A reference is no secret, and a value masked already (`hcxik_…wFar`, `****`) stays as it is.
            if masked_name(word) && !value.is_empty() && !value.starts_with('$') && !value.contains('…') && value != "****" {
                values.push(value.to_owned());
            }
        }
        let bare = line.trim_end_matches(['\r', '\n']);
        values.extend(honeycomb_shapes(bare));
        values.extend(aws_shapes(bare));
        // Longest first: a key inside a longer header value is masked with it.
        values.sort_by_key(|value| std::cmp::Reverse(value.len()));
        let mut masked = line.to_owned();
        for value in values {
            masked = masked.replace(&value, &mask(&value));
        }
        out.push_str(&masked);
    }
    out
}

/// What to do about a leak in this file. `fixable`: the variable `init --fix` makes it reference.
fn fix_for(path: &str, leak: &Leak, fixable: Option<&str>) -> String {
    let rotate = match leak.kind {
        Kind::HoneycombKey => "then rotate the key (cruddur-obs honeycomb keys create, then delete the old one): it stays in git history",
        Kind::Rollbar => "then rotate the token in Rollbar's project settings: it stays in git history",
        Kind::AwsAccessKey | Kind::AwsSecretKey => "then deactivate the access key in IAM and create a new one: it stays in git history",
    };
    let name = path.rsplit('/').next().unwrap_or(path);
    // The variable to use instead: the one init --fix writes, else the one assigned, else the usual one.
    let variable = fixable
        .map(str::to_owned)
        .or_else(|| leak.name.clone().filter(|name| crate::edit::is_variable_name(name)))
        .unwrap_or_else(|| match leak.kind {
            Kind::HoneycombKey => crate::honeycomb::API_KEY_VAR.to_owned(),
            Kind::Rollbar => "ROLLBAR_ACCESS_TOKEN".to_owned(),
            Kind::AwsAccessKey => "AWS_ACCESS_KEY_ID".to_owned(),
            Kind::AwsSecretKey => "AWS_SECRET_ACCESS_KEY".to_owned(),
        });
    let replace = if name.ends_with(".example") {
        match fixable {
            Some(_) => "leave the value empty in the example (cruddur-obs init --fix does it)".to_owned(),
            None => "remove the value from the example".to_owned(),
        }
    } else if name.contains("compose") {
        match fixable {
            Some(_) => format!("use ${{{variable}}} instead (cruddur-obs init --fix does it, with the value in .env)"),
            None => format!("use ${{{variable}}} instead, with the value in .env"),
        }
    } else {
        "remove it from the file".to_owned()
    };
    format!("{replace}, {rotate}")
}

/// The `secrets.literal` rows for the files scanned: one failure per leak (file, line, masked value),
/// or one pass. A leak `init --fix` fixes names it as the command (`fix`, when there is one to give).
/// A file that gets committed, with the lines `init --fix` fixes (a literal secret in a service's
/// `environment` or an `.env.example` entry) and the variable each should reference.
pub struct Committed {
    pub path: std::path::PathBuf,
    pub text: String,
    pub fixable: std::collections::BTreeMap<usize, String>,
}

pub fn checks(root: &Path, files: &[Committed], fix: Option<&[String]>) -> Vec<Check> {
    let mut checks = Vec::new();
    for file in files {
        let shown_file = relative(root, &file.path);
        for leak in scan(&file.text) {
            let shown = match &leak.name {
                Some(name) => format!("{name}={}", mask(&leak.value)),
                None => mask(&leak.value),
            };
            let fixable = file.fixable.get(&leak.line).map(String::as_str);
            let check = Check::fail(ids::SECRETS, format!("{} is committed in {shown_file}: {shown}", leak.kind.describe()));
            let text = fix_for(&shown_file, &leak, fixable);
            let check = match (fixable, fix) {
                (Some(_), Some(command)) => check.with_fix_and_command(text, command.to_vec()),
                _ => check.with_fix(text),
            };
            checks.push(check.at(shown_file.clone(), Some(leak.line)));
        }
    }
    if checks.is_empty() {
        let noun = if files.len() == 1 { "file" } else { "files" };
        checks.push(Check::pass(
            ids::SECRETS,
            format!("no literal secrets in {} {noun} (compose, .env.example, .gitpod.yml, journals)", files.len()),
        ));
    }
    checks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(usize, Kind, String)> {
        scan(text).into_iter().map(|leak| (leak.line, leak.kind, leak.value)).collect()
    }

    #[test]
    fn finds_assignments_of_literal_keys() {
        let compose = "services:\n  b:\n    environment:\n      OTEL_EXPORTER_OTLP_HEADERS: \"x-honeycomb-team=REDACTED\"\n";
        assert_eq!(values(compose), [(4, Kind::HoneycombKey, "REDACTED".to_owned())]);
        assert_eq!(values("HONEYCOMB_API_KEY=REDACTED\n"), [(1, Kind::HoneycombKey, "REDACTED".to_owned())]);
        assert_eq!(values("REACT_APP_HONEYCOMB_COLLECTOR_API_KEY=\"REDACTED\"\n")[0].2, "REDACTED");
        let rollbar = "export ROLLBAR_ACCESS_TOKEN=0123456789abcdef0123456789abcdef\n";
        assert_eq!(values(rollbar), [(1, Kind::Rollbar, "0123456789abcdef0123456789abcdef".to_owned())]);
        let collector = "        \"x-honeycomb-team\": \"a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6\"";
        assert_eq!(values(collector)[0].2, "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6");
    }

    #[test]
    fn finds_key_shapes_anywhere() {
        let (honeycomb, aws) = (crate::doctor::fake_key("hcaik_"), crate::doctor::fake_aws_key_id());
        let text = format!("I used {honeycomb} in my curl\nand {aws} too\n");
        assert_eq!(values(&text), [(1, Kind::HoneycombKey, honeycomb.clone()), (2, Kind::AwsAccessKey, aws)]);
        // One finding for a key that is both assigned and shaped.
        assert_eq!(scan(&format!("HONEYCOMB_API_KEY={honeycomb}")).len(), 1);
        // AWS's own documentation example, and a key shape glued to a word, are not findings.
        assert!(scan(&format!("{}IOSFODNN7EXAMPLE x{honeycomb}", ["AK", "IA"].concat())).is_empty());
    }

    #[test]
    fn references_placeholders_and_prose_are_not_secrets() {
        let journal = r#"
export ROLLBAR_ACCESS_TOKEN=""
gp env ROLLBAR_ACCESS_TOKEN=""
ROLLBAR_ACCESS_TOKEN: "${ROLLBAR_ACCESS_TOKEN}"
rollbar_access_token = os.getenv('ROLLBAR_ACCESS_TOKEN')
export ROLLBAR_ACCESS_TOKEN="ROLLBAR_ACCESS_TOKEN"
gp env ROLLBAR_ACCESS_TOKEN="<Enter your token here">
export HONEYCOMB_API_KEY=<"API KEY">
OTEL_EXPORTER_OTLP_HEADERS: "x-honeycomb-team=${HONEYCOMB_API_KEY}"
the HONEYCOMB_API_KEY: important to keep secret
HONEYCOMB_API_KEY = os.getenv("HONEYCOMB_API_KEY")
AWS_SECRET_ACCESS_KEY: "${AWS_SECRET_ACCESS_KEY}"
headers: {"x-honeycomb-team": "${env:HONEYCOMB_API_KEY}"}
"#;
        assert_eq!(values(journal), []);
    }

    #[test]
    fn rows_name_the_file_and_line_and_mask_the_value() {
        let root = Path::new("/w");
        let key = crate::doctor::fake_key("hcaik_");
        let files = vec![Committed {
            path: root.join("journal/week2.md"),
            text: format!("x\nHONEYCOMB_API_KEY={key}\n"),
            fixable: Default::default(),
        }];
        let rows = checks(root, &files, None);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].status, super::super::Status::Fail);
        assert_eq!(rows[0].location().as_deref(), Some("journal/week2.md:2"));
        assert!(rows[0].message.contains("HONEYCOMB_API_KEY=hcaik_…f7g9"), "{}", rows[0].message);
        assert!(!rows[0].message.contains(&key[..12]));
        assert_eq!(checks(root, &[], None).first().unwrap().status, super::super::Status::Pass);
        assert!(rows[0].command.is_none(), "a journal is edited by hand");
        // In a compose file's environment, init --fix replaces it: the command, and the variable it uses.
        let compose = Committed {
            path: root.join("docker-compose.yml"),
            text: format!("    environment:\n      AWS_ACCESS_KEY_ID: \"{}\"\n", crate::doctor::fake_aws_key_id()),
            fixable: [(2, "AWS_ACCESS_KEY_ID".to_owned())].into_iter().collect(),
        };
        let fix = vec!["cruddur-obs".to_owned(), "init".to_owned(), "--fix".to_owned()];
        let rows = checks(root, &[compose], Some(&fix));
        assert_eq!(rows[0].command.as_ref(), Some(&fix));
        assert!(
            rows[0].fix.as_deref().unwrap().starts_with("use ${AWS_ACCESS_KEY_ID} instead (cruddur-obs init --fix"),
            "{:?}",
            rows[0].fix
        );
    }

    #[test]
    fn every_secret_is_masked_on_every_line() {
        let key = crate::doctor::fake_key("hcaik_");
        let aws = crate::doctor::fake_aws_key_id();
        let diff = format!(
            "--- a/docker-compose.yml\n+++ b/docker-compose.yml\n-      OTEL_EXPORTER_OTLP_HEADERS: \"x-honeycomb-team=REDACTED\"\n+      OTEL_EXPORTER_OTLP_HEADERS: \"x-honeycomb-team=${{HONEYCOMB_API_KEY}}\"\n       AWS_ACCESS_KEY_ID: \"{aws}\"\r\n ROLLBAR_ACCESS_TOKEN=short\n-REACT_APP_HONEYCOMB_API_KEY={key}\n POSTGRES_PASSWORD=password\n"
        );
        let masked = mask_secrets(&diff);
        for secret in ["REDACTED", aws.as_str(), "=short", key.as_str(), "=password"] {
            assert!(!masked.contains(secret), "{secret} is shown:\n{masked}");
        }
        assert!(masked.contains("x-honeycomb-team=${HONEYCOMB_API_KEY}"), "a reference is not a secret:\n{masked}");
        assert!(masked.contains("hcaik_…f7g9") && masked.contains("\r\n"), "{masked}");
        assert_eq!(masked.lines().count(), diff.lines().count());
    }
}
