//! `.gitpod.yml`: a public port. The browser reaches the OpenTelemetry collector on port 4318 from the
//! frontend's origin, and Gitpod keeps ports private (behind its login) unless `.gitpod.yml` says
//! `visibility: public`, as the seeds' file does for 3000 and 4567.
//!
//! The edit appends one item to the top-level `ports:` list in the style of the items already there (their
//! indentation, the order of `name`/`port`/`visibility`, the line endings), or a new `ports:` block at the
//! end; it is checked by a strict re-parse to add exactly that item. Text-level on purpose: the list is
//! only appended to, and yaml-edit (which edits compose files) would re-indent Gitpod's
//! hand-formatted lists.

use yaml_serde::Value;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GitpodPortsError {
    #[error("not valid YAML: {0}")]
    Syntax(String),
    #[error("ports: {0}")]
    Shape(String),
}

/// What `.gitpod.yml` says of a port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PortState {
    Missing,
    Public,
    /// Listed, but private (or with no visibility: Gitpod's default is private).
    NotPublic,
}

fn parse(text: &str) -> Result<Value, GitpodPortsError> {
    yaml_serde::from_str(text.trim_start_matches('\u{feff}')).map_err(|err| GitpodPortsError::Syntax(err.to_string()))
}

fn port_number(item: &Value) -> Option<u64> {
    match &item["port"] {
        Value::Number(number) => number.as_u64(),
        // `port: 3000-3001` ranges and quoted numbers.
        Value::String(text) => text.split('-').next()?.trim().parse().ok(),
        _ => None,
    }
}

pub fn port_state(text: &str, port: u16) -> Result<PortState, GitpodPortsError> {
    let value = parse(text)?;
    let Some(items) = value.get("ports") else { return Ok(PortState::Missing) };
    let Some(items) = items.as_sequence() else {
        return Err(GitpodPortsError::Shape(format!("expected a list, found {}", yaml_serde::to_string(items).unwrap_or_default().trim())));
    };
    Ok(match items.iter().find(|item| port_number(item) == Some(u64::from(port))) {
        None => PortState::Missing,
        Some(item) if item["visibility"].as_str() == Some("public") => PortState::Public,
        Some(_) => PortState::NotPublic,
    })
}

/// Adds `port` as public under `name` when `.gitpod.yml` does not list it; the text unchanged otherwise
/// (a listed port's visibility is the team's choice: see [`port_state`]).
pub fn ensure_public_port(text: &str, name: &str, port: u16) -> Result<String, GitpodPortsError> {
    if port_state(text, port)? != PortState::Missing {
        return Ok(text.to_owned());
    }
    let eol = super::line_ending(text);
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let ports_line = lines.iter().position(|line| line.trim_end() == "ports:" || line.starts_with("ports:"));
    let edited = match ports_line {
        Some(start) if lines[start].trim_end() == "ports:" => {
            // The block runs until the next line that starts at column 0 (another key), blank lines aside.
            let mut end = start + 1;
            let mut last_content = start;
            while end < lines.len() {
                let line = lines[end];
                if !line.trim().is_empty() && !line.starts_with([' ', '\t', '-']) && !line.starts_with('#') {
                    break;
                }
                if !line.trim().is_empty() && !line.trim_start().starts_with('#') {
                    last_content = end;
                }
                end += 1;
            }
            let first_item = lines[start + 1..=last_content].iter().find(|line| line.trim_start().starts_with("- "));
            let dash_indent = first_item.map_or(2, |line| line.len() - line.trim_start().len());
            let key_indent = " ".repeat(dash_indent + 2);
            let item =
                format!("{}- name: {name}{eol}{key_indent}port: {port}{eol}{key_indent}visibility: public{eol}", " ".repeat(dash_indent));
            let mut out = String::with_capacity(text.len() + item.len() + 2);
            for line in &lines[..=last_content] {
                out.push_str(line);
            }
            if !out.ends_with('\n') {
                out.push_str(eol);
            }
            out.push_str(&item);
            let rest: String = lines[last_content + 1..].concat();
            if rest.is_empty() && !text.ends_with('\n') {
                out.truncate(out.len() - eol.len());
            }
            out.push_str(&rest);
            out
        }
        // `ports: [...]` in flow style, or anything else on the key's line: not ours to rewrite.
        Some(_) => return Err(GitpodPortsError::Shape("written inline; add the port yourself".to_owned())),
        None => {
            let block = format!("ports:{eol}  - name: {name}{eol}    port: {port}{eol}    visibility: public");
            super::append_line(text, &block, eol)
        }
    };
    // Exactly one more item, and nothing else changed.
    let (mut before, after) = (parse(text)?, parse(&edited)?);
    let item: Value = yaml_serde::from_str(&format!("name: {name}\nport: {port}\nvisibility: public\n")).expect("a literal");
    match before.get_mut("ports").and_then(Value::as_sequence_mut) {
        Some(items) => items.push(item),
        None => {
            if let Value::Mapping(map) = &mut before {
                map.insert(Value::from("ports"), Value::Sequence(vec![item]));
            }
        }
    }
    if before != after {
        return Err(GitpodPortsError::Shape("the port could not be added without changing anything else; add it yourself".to_owned()));
    }
    Ok(edited)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEEDS: &str = "tasks:\n  - name: aws-cli\n    init: |\n      cd /workspace\nports:\n  - name: frontend\n    port: 3000\n    onOpen: open-browser\n    visibility: public\n  - name: backend\n    port: 4567\n    visibility: public\nvscode:\n  extensions:\n    - 42Crunch.vscode-openapi\n";

    #[test]
    fn the_seeds_list_gets_one_more_public_port() {
        let edited = ensure_public_port(SEEDS, "otel-collector", 4318).unwrap();
        assert_eq!(
            edited,
            SEEDS.replace(
                "    visibility: public\nvscode:",
                "    visibility: public\n  - name: otel-collector\n    port: 4318\n    visibility: public\nvscode:"
            )
        );
        assert_eq!(port_state(&edited, 4318).unwrap(), PortState::Public);
        assert_eq!(ensure_public_port(&edited, "otel-collector", 4318).unwrap(), edited);
    }

    #[test]
    fn indentation_crlf_and_the_end_of_the_file_are_kept() {
        let text = "ports:\r\n    - port: 3000\r\n      visibility: public\r\n";
        let edited = ensure_public_port(text, "otel-collector", 4318).unwrap();
        assert_eq!(edited, format!("{text}    - name: otel-collector\r\n      port: 4318\r\n      visibility: public\r\n"));
        let no_newline = "image: gitpod/workspace-full\nports:\n  - port: 3000";
        let edited = ensure_public_port(no_newline, "c", 4318).unwrap();
        assert_eq!(edited, "image: gitpod/workspace-full\nports:\n  - port: 3000\n  - name: c\n    port: 4318\n    visibility: public");
        let none = "tasks:\n  - init: npm i\n";
        assert_eq!(
            ensure_public_port(none, "c", 4318).unwrap(),
            "tasks:\n  - init: npm i\nports:\n  - name: c\n    port: 4318\n    visibility: public\n"
        );
    }

    #[test]
    fn a_listed_port_is_the_teams_choice() {
        let private = "ports:\n  - port: 4318\n    visibility: private\n";
        assert_eq!(port_state(private, 4318).unwrap(), PortState::NotPublic);
        assert_eq!(ensure_public_port(private, "c", 4318).unwrap(), private);
        assert_eq!(port_state("ports:\n  - port: 4000-4400\n", 4000).unwrap(), PortState::NotPublic);
        assert!(matches!(ensure_public_port("ports: [3000]\n", "c", 4318), Err(GitpodPortsError::Shape(_))));
        assert!(matches!(ensure_public_port("ports: 3000\n", "c", 4318), Err(GitpodPortsError::Shape(_))));
    }

    #[test]
    fn every_fixture_gitpod_file_takes_the_port_once() {
        for path in super::super::test_support::fixture_files(|name| name == ".gitpod.yml") {
            let text = super::super::test_support::read(&path);
            let edited = ensure_public_port(&text, "otel-collector", 4318).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
            assert_eq!(port_state(&edited, 4318).unwrap(), PortState::Public, "{}", path.display());
            assert_eq!(ensure_public_port(&edited, "otel-collector", 4318).unwrap(), edited, "{}", path.display());
        }
    }
}
