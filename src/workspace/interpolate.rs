//! docker compose's `${VAR}` interpolation, as far as doctor needs it: which variables a value
//! references, and what they come to, from the shell first and then the `.env` beside the compose file
//! (compose's order: a variable set in the shell wins, even when it is empty).

use std::collections::BTreeMap;

/// One `${NAME}` / `$NAME` reference, with compose's modifiers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub name: String,
    pub modifier: Modifier,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Modifier {
    /// `${NAME}`, `$NAME`.
    Plain,
    /// `${NAME:-default}` (`if_empty`) or `${NAME-default}`.
    Default { value: String, if_empty: bool },
    /// `${NAME:?message}` (`if_empty`) or `${NAME?message}`: compose refuses to start without it.
    Required { if_empty: bool },
    /// `${NAME:+other}` / `${NAME+other}`.
    Alternate { value: String },
}

fn is_name_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// A reference's span in the text and what it is.
struct Found {
    start: usize,
    end: usize,
    reference: Reference,
}

fn scan(value: &str) -> Vec<Found> {
    let bytes = value.as_bytes();
    let mut found = Vec::new();
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] != b'$' {
            index += 1;
            continue;
        }
        let start = index;
        match value[index + 1..].chars().next() {
            // `$$` is a literal dollar.
            Some('$') => index += 2,
            Some('{') => {
                // Find the matching brace (defaults may hold references of their own).
                let mut depth = 0;
                let mut end = None;
                for (offset, c) in value[index + 1..].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = Some(index + 1 + offset);
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                let Some(end) = end else {
                    index += 1;
                    continue;
                };
                let inner = &value[index + 2..end];
                let name_len = inner.find(|c: char| !is_name_char(c)).unwrap_or(inner.len());
                let (name, rest) = inner.split_at(name_len);
                if !name.starts_with(is_name_start) {
                    index = end + 1;
                    continue;
                }
                let modifier = if rest.is_empty() {
                    Some(Modifier::Plain)
                } else if let Some(default) = rest.strip_prefix(":-") {
                    Some(Modifier::Default { value: default.to_owned(), if_empty: true })
                } else if let Some(default) = rest.strip_prefix('-') {
                    Some(Modifier::Default { value: default.to_owned(), if_empty: false })
                } else if rest.starts_with(":?") {
                    Some(Modifier::Required { if_empty: true })
                } else if rest.starts_with('?') {
                    Some(Modifier::Required { if_empty: false })
                } else {
                    rest.strip_prefix(":+").or_else(|| rest.strip_prefix('+')).map(|other| Modifier::Alternate { value: other.to_owned() })
                };
                if let Some(modifier) = modifier {
                    found.push(Found { start, end: end + 1, reference: Reference { name: name.to_owned(), modifier } });
                }
                index = end + 1;
            }
            Some(c) if is_name_start(c) => {
                let name_len = value[index + 1..].find(|c: char| !is_name_char(c)).unwrap_or(value.len() - index - 1);
                let name = &value[index + 1..index + 1 + name_len];
                found.push(Found {
                    start,
                    end: index + 1 + name_len,
                    reference: Reference { name: name.to_owned(), modifier: Modifier::Plain },
                });
                index += 1 + name_len;
            }
            _ => index += 1,
        }
    }
    found
}

/// The variables a compose value references, in order.
pub fn references(value: &str) -> Vec<Reference> {
    scan(value).into_iter().map(|found| found.reference).collect()
}

/// Where a value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Shell,
    Dotenv,
}

/// What a variable comes to where compose reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    Set { value: String, origin: Origin },
    Empty { origin: Origin },
    Unset,
}

/// The variables compose interpolates with: the shell's (only the names doctor asked about) and the
/// `.env` beside the compose file.
#[derive(Debug, Clone, Default)]
pub struct Variables {
    /// Set in the shell (possibly to the empty string).
    pub shell: BTreeMap<String, String>,
    /// From `.env`, the last assignment of each name; `None` for a bare `NAME` line (taken from the shell).
    pub dotenv: BTreeMap<String, Option<String>>,
}

impl Variables {
    pub fn lookup(&self, name: &str) -> Resolved {
        let classify = |value: &str, origin: Origin| {
            if value.is_empty() { Resolved::Empty { origin } } else { Resolved::Set { value: value.to_owned(), origin } }
        };
        if let Some(value) = self.shell.get(name) {
            return classify(value, Origin::Shell);
        }
        match self.dotenv.get(name) {
            Some(Some(value)) => classify(value, Origin::Dotenv),
            _ => Resolved::Unset,
        }
    }

    /// The value with its references replaced as compose would, and the names that came to nothing
    /// (unset or empty, with no default).
    pub fn interpolate(&self, value: &str) -> (String, Vec<String>) {
        let mut out = String::with_capacity(value.len());
        let mut missing = Vec::new();
        let mut last = 0;
        for found in scan(value) {
            out.push_str(&value[last..found.start].replace("$$", "$"));
            last = found.end;
            let current = match self.lookup(&found.reference.name) {
                Resolved::Set { value, .. } => Some(value),
                Resolved::Empty { .. } => Some(String::new()),
                Resolved::Unset => None,
            };
            let text = match (&found.reference.modifier, current) {
                (Modifier::Default { value: default, if_empty: true }, Some(current)) if current.is_empty() => default.clone(),
                (Modifier::Default { value: default, .. }, None) => default.clone(),
                (Modifier::Alternate { value: other }, Some(current)) if !current.is_empty() => other.clone(),
                (Modifier::Alternate { .. }, _) => String::new(),
                (_, Some(current)) => current,
                (_, None) => String::new(),
            };
            let is_default = matches!(found.reference.modifier, Modifier::Default { .. } | Modifier::Alternate { .. });
            if text.is_empty() && !is_default {
                missing.push(found.reference.name.clone());
            }
            out.push_str(&text);
        }
        out.push_str(&value[last..].replace("$$", "$"));
        (out, missing)
    }
}

impl Variables {
    /// The variables a workspace's compose files are interpolated with: the `.env` beside the first
    /// compose file, and from the shell every name their `environment`s reference (a bare `- NAME`
    /// references itself) and the Honeycomb key's. `init` and `doctor` read them the same way.
    pub fn gather(workspace: &super::Workspace, env: &dyn crate::settings::Environment) -> Variables {
        let mut variables = Variables::default();
        if let Some(Ok(entries)) =
            crate::fsio::read_workspace_file(&workspace.dotenv_path()).ok().as_deref().map(crate::edit::dotenv::parse)
        {
            for entry in entries {
                variables.dotenv.insert(entry.key, entry.value);
            }
        }
        let mut names: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
        names.insert(crate::honeycomb::API_KEY_VAR.to_owned());
        for file in &workspace.compose_files {
            for service in &file.services {
                let Some(environment) = &service.environment else { continue };
                for (key, var) in &environment.vars {
                    match &var.value {
                        Some(value) => names.extend(references(value).into_iter().map(|reference| reference.name)),
                        None => {
                            names.insert(key.clone());
                        }
                    }
                }
            }
        }
        for name in names {
            if let Some(value) = env.raw(&name) {
                variables.shell.insert(name, value);
            }
        }
        variables
    }

    /// Whether `name` is set (to something) where compose reads it.
    pub fn is_set(&self, name: &str) -> bool {
        matches!(self.lookup(name), Resolved::Set { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(value: &str) -> Vec<String> {
        references(value).into_iter().map(|reference| reference.name).collect()
    }

    #[test]
    fn finds_every_reference_form() {
        assert_eq!(names("x-honeycomb-team=${HONEYCOMB_API_KEY}"), ["HONEYCOMB_API_KEY"]);
        assert_eq!(
            names("https://3000-${GITPOD_WORKSPACE_ID}.${GITPOD_WORKSPACE_CLUSTER_HOST}"),
            ["GITPOD_WORKSPACE_ID", "GITPOD_WORKSPACE_CLUSTER_HOST"]
        );
        assert_eq!(names("$A and $$B and ${C:-x}"), ["A", "C"]);
        assert_eq!(references("${C:-x}")[0].modifier, Modifier::Default { value: "x".into(), if_empty: true });
        assert_eq!(references("${C?no}")[0].modifier, Modifier::Required { if_empty: false });
        assert!(names("&{GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN} ${1} ${").is_empty());
    }

    #[test]
    fn the_shell_wins_even_when_empty_then_dotenv() {
        let mut variables = Variables::default();
        variables.dotenv.insert("A".into(), Some("from-dotenv".into()));
        variables.dotenv.insert("B".into(), Some("b".into()));
        variables.dotenv.insert("BARE".into(), None);
        variables.shell.insert("B".into(), String::new());
        assert_eq!(variables.lookup("A"), Resolved::Set { value: "from-dotenv".into(), origin: Origin::Dotenv });
        assert_eq!(variables.lookup("B"), Resolved::Empty { origin: Origin::Shell });
        assert_eq!(variables.lookup("BARE"), Resolved::Unset);
        assert_eq!(variables.interpolate("${A}/${B:-dflt}/${NONE}/$$x"), ("from-dotenv/dflt//$x".to_owned(), vec!["NONE".to_owned()]));
    }
}
