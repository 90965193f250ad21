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
        let mut position = 0;
        while position < line.len() {
            let Some(offset) = line[position..].find(|c: char| c.is_ascii_alphabetic() || c == '_') else { break };
            let start = position + offset;
            let end = line[start..].find(|c: char| !(is_word(c) || c == '-')).map_or(line.len(), |len| start + len);
            position = end.max(start + 1);
            if start > 0 && is_word(line[..start].chars().next_back().unwrap_or(' ')) {
                continue;
            }
            let word = &line[start..end];
            let kind = if word.eq_ignore_ascii_case("x-honeycomb-team") { Some(Kind::HoneycombKey) } else { secret_name(word) };
            let Some(kind) = kind else { continue };
            let Some(value) = assigned_value(&line[end..]) else { continue };
            if is_literal_secret(word, value) {
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

/// What to do about a leak in this file.
fn fix_for(path: &str, leak: &Leak) -> String {
    let rotate = match leak.kind {
        Kind::HoneycombKey => "then rotate the key (cruddur-obs honeycomb keys create, then delete the old one): it stays in git history",
        Kind::Rollbar => "then rotate the token in Rollbar's project settings: it stays in git history",
        Kind::AwsAccessKey | Kind::AwsSecretKey => "then deactivate the access key in IAM and create a new one: it stays in git history",
    };
    let name = path.rsplit('/').next().unwrap_or(path);
    let replace = if name.contains("compose") && leak.kind == Kind::HoneycombKey {
        "use ${HONEYCOMB_API_KEY} instead (cruddur-obs init --fix does it)".to_owned()
    } else if name.contains("compose") {
        format!("use ${{{}}} instead, with the value in .env", leak.name.as_deref().unwrap_or("VAR"))
    } else if name.ends_with(".example") {
        "leave the value empty in the example (cruddur-obs init --fix does it for Honeycomb keys)".to_owned()
    } else {
        "remove it from the file".to_owned()
    };
    format!("{replace}, {rotate}")
}

/// The `secrets.literal` rows for the files scanned: one failure per leak (file, line, masked value),
/// or one pass.
pub fn checks(root: &Path, files: &[(std::path::PathBuf, String)]) -> Vec<Check> {
    let mut checks = Vec::new();
    for (path, text) in files {
        let file = relative(root, path);
        for leak in scan(text) {
            let shown = match &leak.name {
                Some(name) => format!("{name}={}", mask(&leak.value)),
                None => mask(&leak.value),
            };
            checks.push(
                Check::fail(ids::SECRETS, format!("{} is committed in {file}: {shown}", leak.kind.describe()))
                    .with_fix(fix_for(&file, &leak))
                    .at(file.clone(), Some(leak.line)),
            );
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
        let files = vec![(root.join("journal/week2.md"), format!("x\nHONEYCOMB_API_KEY={key}\n"))];
        let rows = checks(root, &files);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].status, super::super::Status::Fail);
        assert_eq!(rows[0].location().as_deref(), Some("journal/week2.md:2"));
        assert!(rows[0].message.contains("HONEYCOMB_API_KEY=hcaik_…f7g9"), "{}", rows[0].message);
        assert!(!rows[0].message.contains(&key[..12]));
        assert_eq!(checks(root, &[]).first().unwrap().status, super::super::Status::Pass);
    }
}
