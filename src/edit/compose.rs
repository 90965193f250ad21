//! docker-compose files: list the services, set variables in a service's `environment`, add a service.
//!
//! Edits go through yaml-edit, a lossless syntax tree: comments, key order, quoting, flow or block style,
//! indentation and CRLF survive, and only the touched entries change. It is a 0.x crate with one maintainer
//! (pinned `=0.3.6`; it had an indentation bug fixed in 2026), so no edit is taken on trust: the result is
//! re-parsed with yaml_serde, a strict parser, and must equal the original document plus exactly the
//! intended change, in the same order. Anything else is an error, and no text is returned to be written.
//!
//! Reading uses yaml_serde for values (duplicate keys and syntax errors are errors there, as in compose)
//! and the syntax tree for line numbers.

use std::collections::{BTreeMap, HashMap};
use std::str::FromStr;

use rowan::ast::AstNode;
use yaml_edit::{Document, MappingBuilder, ScalarValue};
use yaml_serde::{Mapping, Value};

use super::is_variable_name;

/// The file's text and where each of its lines starts: a byte offset's line is a binary search, not a
/// count of the newlines before it (one count per entry made reading a 1 MB file take seconds).
struct Source<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Source<'a> {
    fn new(text: &'a str) -> Source<'a> {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|(_, byte)| *byte == b'\n').map(|(index, _)| index + 1));
        Source { text, starts }
    }

    /// The 1-based line of a byte offset.
    fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|start| *start <= offset.min(self.text.len()))
    }

    /// The text of a 1-based line, without its `\n`.
    fn line_text(&self, line: usize) -> Option<&'a str> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let end = self.starts.get(line).map_or(self.text.len(), |next| next - 1);
        self.text.get(start..end)
    }
}

/// A read-only copy of a syntax tree. yaml-edit's trees are mutable, and a mutable rowan node finds its
/// offset by adding up the lengths of every node before it: asking each of N entries where it is costs
/// N²/2. An immutable tree knows its offsets.
fn read_only(tree: &Document) -> Document {
    let root = rowan::SyntaxNode::<yaml_edit::Lang>::new_root(tree.syntax().green().into_owned());
    Document::cast(root).expect("the same root kind")
}

/// A service of a compose file, as `init` needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceInfo {
    pub name: String,
    /// The 1-based line of the service's name.
    pub line: usize,
    /// The build context (`build: DIR` or `build: { context: DIR }`), relative to the compose file.
    pub build_context: Option<String>,
    /// `None` when the service has no `environment`, or an empty `environment:`.
    pub environment: Option<Environment>,
    /// The port the first `ports` entry publishes on the host (`"8080:3000"` → 8080), or its container
    /// port when it names no host port.
    pub published_port: Option<u16>,
    /// `image:`, when the service runs one.
    pub image: Option<String>,
    /// `command:` as one line (a list's items joined with spaces).
    pub command: Option<String>,
    /// The host side of each bind mount in `volumes` (`./backend-flask:/backend-flask`, or the long
    /// syntax's `source` with `type: bind`), relative to the compose file as written.
    pub bind_mounts: Vec<String>,
    /// The named networks the service joins (`networks:` as a list or a mapping); empty: compose's default.
    pub networks: Vec<String>,
    /// `network_mode:` (`host`, `service:NAME`, ...): such a service joins no network of its own.
    pub network_mode: Option<String>,
    /// `env_file:` entries, in order (a later file wins over an earlier one; `environment:` over all).
    pub env_files: Vec<EnvFileRef>,
}

/// One `env_file:` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvFileRef {
    /// As written, relative to the compose file.
    pub path: String,
    /// `required: false` (compose 2.24+) makes a missing file no error.
    pub required: bool,
}

/// A service's `environment`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Environment {
    pub style: EnvStyle,
    /// Written inline, `{ A: "1" }` or `["A=1"]`.
    pub flow: bool,
    /// The 1-based line of the `environment` key.
    pub line: usize,
    /// Each variable as compose reads it; in a list, a later item of the same name wins, as in compose.
    pub vars: BTreeMap<String, EnvVar>,
}

/// How an `environment` is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvStyle {
    /// `KEY: value`.
    Mapping,
    /// `- KEY=value`: everything after the first `=` is the value, quotes included (`- KEY="v"` sets `"v"`
    /// with the quotes, a common mistake), and the name is not trimmed.
    List,
}

/// One variable of an `environment`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvVar {
    /// The value as compose reads it, before `${VAR}` interpolation. `None` for `KEY:` with no value or a
    /// list item without `=`: compose then takes the value from the shell.
    pub value: Option<String>,
    /// The 1-based line of the variable.
    pub line: usize,
}

/// Why a compose file could not be read or edited. An edit that fails returns no text, so nothing is written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ComposeError {
    #[error("not valid YAML: {message}")]
    Syntax { line: Option<usize>, message: String },
    #[error("the file has no `services`")]
    NoServices,
    #[error("`services` is {found}, not a mapping of services")]
    ServicesNotMapping { found: &'static str },
    #[error("there is no service `{name}` (the file has {})", list(available))]
    ServiceNotFound { name: String, available: Vec<String> },
    #[error("line {line}: service `{name}` is {found}, not a mapping")]
    ServiceNotMapping { name: String, line: usize, found: &'static str },
    #[error("line {line}: the `environment` of `{service}` is {found}; only a mapping or a list can be edited")]
    UnsupportedEnvironment { service: String, line: usize, found: &'static str },
    #[error(
        "line {line}: `{item}` in the `environment` of `{service}` has spaces around `=`, so compose reads a \
         different name; fix the line by hand"
    )]
    SpacedListItem { service: String, line: usize, item: String },
    #[error("`{key}` is not a valid variable name (ASCII letters, digits and `_`, not starting with a digit)")]
    InvalidName { key: String },
    #[error("`{name}` is not a valid service name (letters, digits, `.`, `_` and `-`)")]
    InvalidServiceName { name: String },
    #[error("line {line}: service `{name}` already exists with different settings")]
    ServiceExists { name: String, line: usize },
    #[error("the settings for service `{name}` are not a YAML mapping: {message}")]
    InvalidFragment { name: String, message: String },
    #[error("{0} cannot be edited in place (an alias or a construct the YAML editor does not support)")]
    NotEditable(String),
    #[error(
        "line {line}: the `environment` of `{service}` comes from a merge key (`<<`); an `environment` of its own would \
         replace it whole, so set the variables where the merged mapping is defined, or give the service its own `environment`"
    )]
    MergedEnvironment { service: String, line: usize },
    #[error("the edit was not applied, because the result would not be the intended change: {0}")]
    Verification(String),
}

fn list(names: &[String]) -> String {
    if names.is_empty() { "none".to_owned() } else { names.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(", ") }
}

/// The services of a compose file, in file order. A file without `services` has none. Lines are 0 in the
/// unlikely case the syntax tree cannot place a service the parser found.
pub fn services(input: &str) -> Result<Vec<ServiceInfo>, ComposeError> {
    let mut document = parse_value(input)?;
    // Values set through a merge key (`<<: *defaults`) are the service's, as compose reads them.
    document.apply_merge().map_err(|err| ComposeError::Syntax { line: None, message: format!("a merge key (<<): {err}") })?;
    let services = match document.get("services") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Mapping(services)) => services,
        Some(other) => return Err(ComposeError::ServicesNotMapping { found: kind(other) }),
    };
    let source = Source::new(input);
    let tree = read_only(&parse_tree(input)?);
    let nodes = tree_services(&tree).map(|services| entries_by_key(&source, &services)).unwrap_or_default();
    let mut found = Vec::new();
    for (key, value) in services {
        let Some(name) = key.as_str() else { continue };
        let (line, node) = nodes.get(name).map_or((0, None), |(line, node)| (*line, node.as_ref().and_then(|n| n.as_mapping().cloned())));
        let build_context = match value.get("build") {
            Some(Value::String(context)) => Some(context.clone()),
            Some(Value::Mapping(build)) => build.get("context").and_then(Value::as_str).map(str::to_owned),
            _ => None,
        };
        let environment = match value.get("environment") {
            None | Some(Value::Null) => None,
            Some(environment) => Some(read_environment(&source, name, environment, node.as_ref(), line)?),
        };
        let published_port = match value.get("ports") {
            Some(Value::Sequence(ports)) => ports.first().and_then(published_port),
            _ => None,
        };
        let command = match value.get("command") {
            Some(Value::Sequence(items)) => Some(items.iter().filter_map(scalar_text).collect::<Vec<_>>().join(" ")),
            Some(other) => scalar_text(other),
            None => None,
        };
        found.push(ServiceInfo {
            name: name.to_owned(),
            line,
            build_context,
            environment,
            published_port,
            image: value.get("image").and_then(scalar_text),
            command,
            bind_mounts: bind_mounts(value.get("volumes")),
            networks: network_names(value.get("networks")),
            network_mode: value.get("network_mode").and_then(scalar_text),
            env_files: env_file_refs(value.get("env_file")),
        });
    }
    Ok(found)
}

/// The host sides of a service's bind mounts: short syntax `./dir:/path[:ro]` whose source is a path (not a
/// named volume), or long syntax with `type: bind`.
fn bind_mounts(volumes: Option<&Value>) -> Vec<String> {
    let Some(Value::Sequence(volumes)) = volumes else { return Vec::new() };
    volumes
        .iter()
        .filter_map(|volume| match volume {
            Value::String(short) => {
                let (source, _) = short.split_once(':')?;
                let is_path = source.starts_with('.') || source.starts_with('/') || source.starts_with('~');
                is_path.then(|| source.to_owned())
            }
            Value::Mapping(long) => {
                let bind = long.get("type").and_then(Value::as_str) == Some("bind");
                bind.then(|| long.get("source").and_then(Value::as_str).map(str::to_owned)).flatten()
            }
            _ => None,
        })
        .collect()
}

/// The networks a service joins: `networks: [a, b]` or `networks: {a: {aliases: [..]}, b: null}`.
fn network_names(networks: Option<&Value>) -> Vec<String> {
    match networks {
        Some(Value::Sequence(names)) => names.iter().filter_map(scalar_text).collect(),
        Some(Value::Mapping(names)) => names.keys().filter_map(scalar_text).collect(),
        _ => Vec::new(),
    }
}

/// `env_file: FILE`, `env_file: [A, B]`, or the long syntax `- path: FILE` with `required: false`.
fn env_file_refs(env_file: Option<&Value>) -> Vec<EnvFileRef> {
    let one = |value: &Value| match value {
        Value::String(path) => Some(EnvFileRef { path: path.clone(), required: true }),
        Value::Mapping(long) => Some(EnvFileRef {
            path: long.get("path").and_then(Value::as_str)?.to_owned(),
            required: long.get("required").and_then(Value::as_bool).unwrap_or(true),
        }),
        _ => None,
    };
    match env_file {
        Some(Value::Sequence(items)) => items.iter().filter_map(one).collect(),
        Some(other) => one(other).into_iter().collect(),
        None => Vec::new(),
    }
}

/// The host port of one `ports` entry, in compose's short syntax (`3000`, `"8080:3000"`,
/// `"127.0.0.1:8080:3000/tcp"`, `"3000-3001:3000-3001"`: the range's first) or long syntax
/// (`{target: 3000, published: 8080}`); the container port when no host port is given.
fn published_port(entry: &Value) -> Option<u16> {
    let first_of = |text: &str| text.split('-').next().and_then(|port| port.trim().parse::<u16>().ok());
    match entry {
        Value::Number(number) => number.as_u64().and_then(|port| u16::try_from(port).ok()),
        Value::String(text) => {
            let text = text.split('/').next().unwrap_or(text);
            let mut parts = text.rsplitn(3, ':');
            let container = parts.next()?;
            parts.next().and_then(first_of).or_else(|| first_of(container))
        }
        Value::Mapping(long) => {
            let port = |key: &str| match long.get(key)? {
                Value::Number(number) => number.as_u64().and_then(|port| u16::try_from(port).ok()),
                Value::String(text) => first_of(text),
                _ => None,
            };
            port("published").or_else(|| port("target"))
        }
        _ => None,
    }
}

/// A mapping's entries by key: the line of each and its value node. One pass: looking keys up one by one
/// costs a scan each, which adds up in a file with hundreds of services.
fn entries_by_key(source: &Source, mapping: &yaml_edit::Mapping) -> HashMap<String, (usize, Option<yaml_edit::YamlNode>)> {
    let mut entries = HashMap::new();
    for entry in mapping.entries() {
        let Some(key) = entry.key_node().and_then(|key| key.as_scalar().map(yaml_edit::Scalar::as_string)) else { continue };
        entries.entry(key).or_insert_with(|| (source.line(entry.byte_range().start as usize), entry.value_node()));
    }
    entries
}

fn read_environment(
    source: &Source,
    service: &str,
    environment: &Value,
    service_node: Option<&yaml_edit::Mapping>,
    service_line: usize,
) -> Result<Environment, ComposeError> {
    let line = service_node.and_then(|node| entry_line(source, node, "environment")).unwrap_or(service_line);
    let mut vars = BTreeMap::new();
    match environment {
        Value::Mapping(entries) => {
            let node = service_node.and_then(|node| node.get_mapping("environment"));
            let lines = node.as_ref().map(|node| entries_by_key(source, node)).unwrap_or_default();
            for (key, value) in entries {
                let Some(key) = scalar_text(key) else { continue };
                let var_line = lines.get(&key).map_or(line, |(line, _)| *line);
                vars.insert(key, EnvVar { value: scalar_text(value), line: var_line });
            }
            let flow = node.is_some_and(|node| node.is_flow_style());
            Ok(Environment { style: EnvStyle::Mapping, flow, line, vars })
        }
        Value::Sequence(items) => {
            let node = service_node.and_then(|node| node.get_sequence("environment"));
            let item_lines: Vec<usize> = node
                .as_ref()
                .map(|node| node.values().map(|item| source.line(item.byte_range().start as usize)).collect())
                .unwrap_or_default();
            for (index, item) in items.iter().enumerate() {
                let Some(text) = scalar_text(item) else { continue };
                let var_line = item_lines.get(index).copied().unwrap_or(line);
                let (key, value) = match text.split_once('=') {
                    Some((key, value)) => (key.to_owned(), Some(value.to_owned())),
                    None => (text, None),
                };
                vars.insert(key, EnvVar { value, line: var_line });
            }
            let flow = node.is_some_and(|node| node.is_flow_style());
            Ok(Environment { style: EnvStyle::List, flow, line, vars })
        }
        other => Err(ComposeError::UnsupportedEnvironment { service: service.to_owned(), line, found: kind(other) }),
    }
}

/// A list item written `KEY:value` (or `KEY: value`) where `KEY=value` was meant: compose takes the whole
/// item as a variable's name and sets nothing. Returns the name and the value meant.
pub fn colon_item(item: &str) -> Option<(&str, &str)> {
    let (name, value) = item.split_once(':')?;
    let name = name.trim_end();
    (!name.contains('=') && is_variable_name(name)).then(|| (name, value.trim_start()))
}

/// Sets `vars` in `services.<service>.environment`, keeping the style it is written in:
/// - a mapping gets `KEY: "value"` (double-quoted); an existing key's value is replaced in place, keeping
///   its trailing comment;
/// - a list gets `- KEY=value`, with no quotes inside the value (compose would keep them); an existing item
///   for the key (the last one, which wins) is replaced;
/// - block or flow, as written; with no `environment` (or an empty one), a block mapping is created, indented
///   like the service's other settings.
///
/// A variable that already has the value is left alone, whatever its quoting, so applying the same vars to
/// the output returns it unchanged. `${VAR}` references are written as given, for compose to interpolate.
pub fn set_service_env(input: &str, service: &str, vars: &[(&str, &str)]) -> Result<String, ComposeError> {
    set_services_env(input, &[(service, vars)])
}

/// [`set_service_env`] for several services in one pass: one parse and one verification for the whole
/// file, which matters in a file with hundreds of services. A service named twice gets both lists, the
/// later value of a variable winning. Nothing is returned unless every edit succeeds.
pub fn set_services_env(input: &str, edits: &[(&str, &[(&str, &str)])]) -> Result<String, ComposeError> {
    let mut by_service: Vec<(&str, Vec<(&str, &str)>)> = Vec::new();
    for (service, vars) in edits {
        for (key, _) in *vars {
            if !is_variable_name(key) {
                return Err(ComposeError::InvalidName { key: (*key).to_owned() });
            }
        }
        match by_service.iter_mut().find(|(name, _)| name == service) {
            Some((_, all)) => all.extend_from_slice(vars),
            None => by_service.push((service, vars.to_vec())),
        }
    }
    let original = parse_value(input)?;
    if !by_service.is_empty() {
        // Before the syntax tree, which cannot read a file of comments only: that file has no services.
        services_to_edit(&original)?;
    }
    let source = Source::new(input);
    let tree = parse_tree(input)?;
    // Where each service is, from a read-only copy (one pass); the edits go to `tree`.
    let lines = tree_services(&read_only(&tree)).map(|services| entries_by_key(&source, &services)).unwrap_or_default();
    let mut merged = original.clone();
    merged.apply_merge().map_err(|err| ComposeError::Syntax { line: None, message: format!("a merge key (<<): {err}") })?;
    let mut targets = Vec::new();
    for (service, vars) in &by_service {
        let (settings, node, position) = find_service(&original, &tree, service, &lines)?;
        let line = lines.get(*service).map_or(0, |(line, _)| *line);
        let merged_environment =
            merged.get("services").and_then(|services| services.get(*service)).and_then(|settings| settings.get("environment"));
        targets.push((position, *service, settings, node, line, last_value_wins(vars), merged_environment));
    }
    // Last service first: an edit only moves the text after it, so the offsets the next (earlier) service
    // reads from the tree are still those of `input`.
    targets.sort_by_key(|target| std::cmp::Reverse(target.0));

    let mut expected = original.clone();
    let mut changed = false;
    let mut created = Vec::new();
    for (_, service, settings, node, line, vars, merged_environment) in &targets {
        let expected_service = expected
            .get_mut("services")
            .and_then(|services| services.get_mut(*service))
            .and_then(Value::as_mapping_mut)
            .ok_or_else(|| ComposeError::Verification(format!("service `{service}` is missing from the parsed file")))?;
        let target = Target { source: &source, service, settings, node, line: *line, vars, merged_environment: *merged_environment };
        match target.apply(expected_service)? {
            Applied::Unchanged => {}
            Applied::Changed => changed = true,
            Applied::Created { step } => {
                changed = true;
                if !node.is_flow_style() {
                    created.push((node.clone(), step));
                }
            }
        }
    }
    if !changed {
        return Ok(input.to_owned());
    }
    let mut output = tree.to_string();
    // yaml-edit indents a new block value two spaces under its key; follow the file's own step instead.
    // The created entries are in reverse file order, so shifting one does not move the next.
    for (node, step) in &created {
        let range = node
            .find_entry_by_key("environment")
            .ok_or_else(|| ComposeError::Verification("a created `environment` is missing".to_owned()))?
            .byte_range();
        output = shift_continuation_lines(&output, range.start as usize, range.end as usize, *step as isize - 2);
    }
    verify(&output, &expected)?;
    Ok(output)
}

/// One service's `environment` edit.
struct Target<'a> {
    source: &'a Source<'a>,
    service: &'a str,
    settings: &'a Mapping,
    node: &'a yaml_edit::Mapping,
    line: usize,
    vars: &'a [(&'a str, &'a str)],
    /// The `environment` the service gets once merge keys are applied (its own, or a merged one).
    merged_environment: Option<&'a Value>,
}

enum Applied {
    Unchanged,
    Changed,
    /// A new block `environment` was made; its entries must be re-indented to the service's `step`.
    Created {
        step: usize,
    },
}

impl Target<'_> {
    /// Edits the syntax tree, and `expected` (the service's settings as they must read afterwards) alike.
    fn apply(&self, expected: &mut Mapping) -> Result<Applied, ComposeError> {
        let Target { source, service, node, vars, .. } = *self;
        let env_line = entry_line(source, node, "environment").unwrap_or(self.line);
        let not_editable = || ComposeError::NotEditable(format!("line {env_line}: the `environment` of `{service}`"));
        let mut changed = false;
        match self.settings.get("environment") {
            None | Some(Value::Null) => {
                if vars.is_empty() {
                    return Ok(Applied::Unchanged);
                }
                // An `environment` that comes from a merge key (`<<: *defaults`): a new one on the service
                // would replace it whole, dropping its other variables, so it is only ever read.
                if let Some(merged) = self.merged_environment.filter(|merged| !merged.is_null()) {
                    if vars.iter().all(|(key, value)| merged_value(merged, key).as_deref() == Some(*value)) {
                        return Ok(Applied::Unchanged);
                    }
                    return Err(ComposeError::MergedEnvironment { service: service.to_owned(), line: self.line });
                }
                let step = block_step(source, node, self.line).unwrap_or(2);
                let mut builder = MappingBuilder::new();
                let mut environment = Mapping::new();
                for (key, value) in vars {
                    builder = builder.pair(*key, ScalarValue::double_quoted(*value));
                    environment.insert(Value::from(*key), Value::from(*value));
                }
                let built = builder.build_document();
                node.set("environment", built.as_mapping().ok_or_else(not_editable)?);
                expected.insert(Value::from("environment"), Value::Mapping(environment));
                return Ok(Applied::Created { step });
            }
            Some(Value::Mapping(_)) => {
                let env = node.get_mapping("environment").ok_or_else(not_editable)?;
                let environment = expected.get_mut("environment").and_then(Value::as_mapping_mut).ok_or_else(not_editable)?;
                for (key, value) in vars {
                    if environment.get(*key).and_then(scalar_text).as_deref() == Some(*value) {
                        continue;
                    }
                    env.set(*key, ScalarValue::double_quoted(*value));
                    environment.insert(Value::from(*key), Value::from(*value));
                    changed = true;
                }
            }
            Some(Value::Sequence(_)) => {
                let env = node.get_sequence("environment").ok_or_else(not_editable)?;
                let items = expected.get_mut("environment").and_then(Value::as_sequence_mut).ok_or_else(not_editable)?;
                let flow = env.is_flow_style();
                for (key, value) in vars {
                    let item = format!("{key}={value}");
                    // yaml-edit writes `[A=:?]` plain, valid YAML 1.2 that libyaml (and so compose's parser
                    // family) rejects: in a flow list, an item with a `:` gets double quotes.
                    let scalar = if flow && item.contains(':') { ScalarValue::double_quoted(&item) } else { ScalarValue::string(&item) };
                    let mut existing = None;
                    for (index, current) in items.iter().enumerate() {
                        let Some(text) = scalar_text(current) else { continue };
                        let name = text.split_once('=').map_or(text.as_str(), |(name, _)| name);
                        // `- KEY:value` sets nothing (compose reads it as a name); it is the team's KEY, miswritten.
                        if name == *key || colon_item(&text).is_some_and(|(name, _)| name == *key) {
                            existing = Some(index);
                        } else if name.trim() == *key {
                            let line = env.get(index).map_or(env_line, |item| source.line(item.byte_range().start as usize));
                            return Err(ComposeError::SpacedListItem { service: service.to_owned(), line, item: text });
                        }
                    }
                    match existing {
                        Some(index) if scalar_text(&items[index]).as_deref() == Some(item.as_str()) => continue,
                        Some(index) => {
                            if !env.set(index, scalar) {
                                return Err(not_editable());
                            }
                            items[index] = Value::from(item);
                        }
                        None => {
                            env.push(scalar);
                            items.push(Value::from(item));
                        }
                    }
                    changed = true;
                }
            }
            Some(other) => {
                return Err(ComposeError::UnsupportedEnvironment { service: service.to_owned(), line: env_line, found: kind(other) });
            }
        }
        Ok(if changed { Applied::Changed } else { Applied::Unchanged })
    }
}

/// Adds a service named `name` whose settings are the YAML mapping `fragment` (written at any indentation;
/// it is re-indented to the file's step), after the last service and before any comments that end the
/// `services` block. A blank line goes before it when the file separates its services with blank lines.
/// A service of that name with exactly these settings is left alone, so adding it twice changes nothing;
/// with different settings it is an error.
pub fn add_service(input: &str, name: &str, fragment: &str) -> Result<String, ComposeError> {
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')) {
        return Err(ComposeError::InvalidServiceName { name: name.to_owned() });
    }
    let invalid_fragment = |message: String| ComposeError::InvalidFragment { name: name.to_owned(), message };
    let settings: Value = yaml_serde::from_str(fragment).map_err(|err| invalid_fragment(err.to_string()))?;
    if !settings.is_mapping() {
        return Err(invalid_fragment(format!("it is {}", kind(&settings))));
    }
    let original = parse_value(input)?;
    let services = services_to_edit(&original)?;
    let source = Source::new(input);
    let tree = parse_tree(input)?;
    let services_node = tree_services(&tree).ok_or_else(|| ComposeError::NotEditable("`services`".to_owned()))?;
    // Positions come from a read-only copy: asking the mutable tree costs a walk per entry.
    let services_read = tree_services(&read_only(&tree)).ok_or_else(|| ComposeError::NotEditable("`services`".to_owned()))?;
    if let Some(existing) = services.get(name) {
        let line = entry_line(&source, &services_read, name).unwrap_or(0);
        return match difference(existing, &settings, name) {
            None => Ok(input.to_owned()),
            Some(_) => Err(ComposeError::ServiceExists { name: name.to_owned(), line }),
        };
    }
    let flow = services_node.is_flow_style();
    let step = services_read
        .entries()
        .find_map(|entry| {
            let node = entry.value_node()?.as_mapping()?.clone();
            block_step(&source, &node, source.line(entry.byte_range().start as usize))
        })
        .unwrap_or(2);
    let fragment = if flow { fragment.to_owned() } else { reindent_fragment(fragment, step) };
    let fragment_tree = Document::from_str(&fragment).map_err(|err| invalid_fragment(err.to_string()))?;
    let fragment_node = fragment_tree.as_mapping().ok_or_else(|| invalid_fragment("it is not a block or flow mapping".to_owned()))?;
    let separated = services_separated_by_blank_lines(&source, &services_read);
    services_node.set(name, fragment_node);
    let mut output = tree.to_string();
    if !flow {
        let entry = services_node.find_entry_by_key(name).ok_or_else(|| ComposeError::NotEditable("`services`".to_owned()))?;
        let range = entry.byte_range();
        let start = range.start as usize;
        output = shift_continuation_lines(&output, start, range.end as usize, step as isize - 2);
        if separated {
            let line_start = output[..start].rfind('\n').map_or(0, |i| i + 1);
            if !output[..line_start].ends_with("\n\n") && !output[..line_start].ends_with("\n\r\n") {
                output.insert_str(line_start, super::line_ending(input));
            }
        }
    }
    let mut expected = original.clone();
    if let Some(services) = expected.get_mut("services").and_then(Value::as_mapping_mut) {
        services.insert(Value::from(name), settings);
    }
    verify(&output, &expected)?;
    Ok(output)
}

/// Removes the service `name`: its lines, with the comments and blank lines inside its block (a comment
/// at or left of the service's indentation belongs to what follows, and stays). A file without that
/// service is returned unchanged. Block style only; the result is re-parsed and must be the original
/// without the service.
pub fn remove_service(input: &str, name: &str) -> Result<String, ComposeError> {
    let original = parse_value(input)?;
    let services = services_to_edit(&original)?;
    if services.get(name).is_none() {
        return Ok(input.to_owned());
    }
    let range = service_block(input, name)?;
    let output = format!("{}{}", &input[..range.start], &input[range.end..]);
    let mut expected = original.clone();
    if let Some(services) = expected.get_mut("services").and_then(Value::as_mapping_mut) {
        services.shift_remove(name);
    }
    verify(&output, &expected)?;
    Ok(output)
}

/// Replaces the settings of the service `name` with the YAML mapping `fragment` (at any indentation; it is
/// re-indented to the service's own step), where the service is: the lines of its block, with any comments
/// inside it, give way to the new ones. Settings equal to the current ones leave the file unchanged.
pub fn replace_service(input: &str, name: &str, fragment: &str) -> Result<String, ComposeError> {
    let invalid_fragment = |message: String| ComposeError::InvalidFragment { name: name.to_owned(), message };
    let settings: Value = yaml_serde::from_str(fragment).map_err(|err| invalid_fragment(err.to_string()))?;
    if !settings.is_mapping() {
        return Err(invalid_fragment(format!("it is {}", kind(&settings))));
    }
    let original = parse_value(input)?;
    let services = services_to_edit(&original)?;
    let Some(existing) = services.get(name) else {
        return Err(ComposeError::ServiceNotFound { name: name.to_owned(), available: services.keys().filter_map(scalar_text).collect() });
    };
    if difference(existing, &settings, name).is_none() {
        return Ok(input.to_owned());
    }
    let range = service_block(input, name)?;
    let block = &input[range.clone()];
    let key_indent = indentation(block);
    let eol = super::line_ending(input);
    // The service's own step: how far its first setting sits under its name (2 when it has none).
    let step = block
        .lines()
        .skip(1)
        .find(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .map(|line| indentation(line).saturating_sub(key_indent))
        .filter(|step| *step > 0)
        .unwrap_or(2);
    let mut replacement = format!("{}{}:{eol}", " ".repeat(key_indent), block.trim_start().split(':').next().unwrap_or(name));
    for line in reindent_fragment(fragment, step).lines() {
        if line.trim().is_empty() {
            replacement.push_str(eol);
        } else {
            replacement.push_str(&format!("{}{line}{eol}", " ".repeat(key_indent + step)));
        }
    }
    let output = format!("{}{replacement}{}", &input[..range.start], &input[range.end..]);
    let mut expected = original.clone();
    if let Some(services) = expected.get_mut("services").and_then(Value::as_mapping_mut) {
        services.insert(Value::from(name), settings);
    }
    verify(&output, &expected)?;
    Ok(output)
}

/// Removes the variables `keys` from `services.<service>.environment` (a block mapping or a block list;
/// in a list every item of the name goes). Variables that are not there are ignored; nothing to remove
/// returns the file unchanged. Verified by re-parsing like every edit.
pub fn remove_service_env(input: &str, service: &str, keys: &[&str]) -> Result<String, ComposeError> {
    let original = parse_value(input)?;
    let infos = services(input)?;
    let Some(info) = infos.iter().find(|info| info.name == service) else {
        let services = services_to_edit(&original)?;
        return Err(ComposeError::ServiceNotFound {
            name: service.to_owned(),
            available: services.keys().filter_map(scalar_text).collect(),
        });
    };
    let Some(environment) = &info.environment else { return Ok(input.to_owned()) };
    let wanted: Vec<&str> = keys.iter().copied().filter(|key| environment.vars.contains_key(*key)).collect();
    if wanted.is_empty() {
        return Ok(input.to_owned());
    }
    if environment.flow {
        return Err(ComposeError::NotEditable(format!("line {}: the flow-style `environment` of `{service}`", environment.line)));
    }
    // Every line that sets one of the keys (a list may repeat a name), last first so offsets hold.
    let mut starts: Vec<usize> = Vec::new();
    let lines: Vec<&str> = input.split_inclusive('\n').collect();
    let env_indent = lines.get(environment.line - 1).map_or(0, |line| indentation(line));
    let mut offset: Vec<usize> = Vec::with_capacity(lines.len() + 1);
    let mut at = 0;
    for line in &lines {
        offset.push(at);
        at += line.len();
    }
    offset.push(at);
    let mut index = environment.line;
    while index < lines.len() {
        let line = lines[index];
        let content = line.trim_start_matches(' ');
        if !content.trim().is_empty() && !content.starts_with('#') && indentation(line) <= env_indent {
            break;
        }
        let item = content.strip_prefix("- ").unwrap_or(content).trim_start_matches(['"', '\'']);
        let name = item.split([':', '=']).next().unwrap_or_default().trim_matches(['"', '\'']);
        if indentation(line) > env_indent && wanted.contains(&name) && (environment.style == EnvStyle::List) == content.starts_with("- ") {
            starts.push(index + 1);
        }
        index += 1;
    }
    let mut output = input.to_owned();
    for line in starts.iter().rev() {
        let range = block_lines(&output, *line).ok_or_else(|| ComposeError::NotEditable(format!("line {line}")))?;
        output.replace_range(range, "");
    }
    let mut expected = original.clone();
    if let Some(env) = expected.get_mut("services").and_then(|services| services.get_mut(service)).and_then(|s| s.get_mut("environment")) {
        match env {
            Value::Mapping(map) => {
                for key in &wanted {
                    map.shift_remove(*key);
                }
            }
            Value::Sequence(items) => items.retain(|item| {
                let text = scalar_text(item).unwrap_or_default();
                !wanted.contains(&text.split_once('=').map_or(text.as_str(), |(name, _)| name))
            }),
            _ => {}
        }
        let empty = matches!(env, Value::Mapping(map) if map.is_empty()) || matches!(env, Value::Sequence(items) if items.is_empty());
        if empty {
            *env = Value::Null;
        }
    }
    verify(&output, &expected)?;
    Ok(output)
}

/// The bytes of the service `name`'s block in a block-style `services` mapping.
fn service_block(input: &str, name: &str) -> Result<std::ops::Range<usize>, ComposeError> {
    let tree = parse_tree(input)?;
    let services = tree_services(&tree).ok_or_else(|| ComposeError::NotEditable("`services`".to_owned()))?;
    if services.is_flow_style() {
        return Err(ComposeError::NotEditable("the flow-style `services`".to_owned()));
    }
    let line = entry_line(&Source::new(input), &services, name).ok_or_else(|| ComposeError::NotEditable(format!("service `{name}`")))?;
    block_lines(input, line).ok_or_else(|| ComposeError::NotEditable(format!("line {line}: service `{name}`")))
}

/// The bytes of the block that starts on (1-based) `line`: that line and every following one that is
/// blank or indented deeper than it, comments included, up to the last such line that is not blank.
fn block_lines(input: &str, line: usize) -> Option<std::ops::Range<usize>> {
    let lines: Vec<&str> = input.split_inclusive('\n').collect();
    let first = *lines.get(line.checked_sub(1)?)?;
    let indent = indentation(first);
    let start: usize = lines[..line - 1].iter().map(|line| line.len()).sum();
    let mut end = start + first.len();
    let mut scan = end;
    for text in &lines[line..] {
        scan += text.len();
        if text.trim().is_empty() {
            continue;
        }
        if indentation(text) <= indent {
            break;
        }
        end = scan;
    }
    Some(start..end)
}

/// The text yaml_serde is given: without a byte-order mark, which it misreads (with CRLF line ends it
/// sees a second document). The mark is on line 1, so line numbers are unchanged.
fn without_bom(input: &str) -> &str {
    input.strip_prefix('\u{feff}').unwrap_or(input)
}

/// How a service added by [`add_service_joining`] reaches its peer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Joined {
    /// Both are on compose's default network.
    Default,
    /// The new service joins these named networks, the peer's.
    Networks(Vec<String>),
    /// The peer uses `network_mode:` (`host`, `service:db`, ...): it shares no network the new service
    /// could join, so the new service stays on the default one.
    NetworkMode(String),
}

/// [`add_service`], with the new service joining every named network `peer` joins, so the addresses the
/// peer is given (`xray-daemon:2000`, `otel-collector:4318`) resolve from it. Every service `init` adds
/// goes through here. `fragment` must not set `networks` itself.
pub fn add_service_joining(input: &str, name: &str, fragment: &str, peer: &str) -> Result<(String, Joined), ComposeError> {
    let found = services(input)?;
    let peer_service = found.iter().find(|service| service.name == peer).ok_or_else(|| ComposeError::ServiceNotFound {
        name: peer.to_owned(),
        available: found.iter().map(|service| service.name.clone()).collect(),
    })?;
    if let Some(mode) = &peer_service.network_mode {
        return Ok((add_service(input, name, fragment)?, Joined::NetworkMode(mode.clone())));
    }
    if peer_service.networks.is_empty() {
        return Ok((add_service(input, name, fragment)?, Joined::Default));
    }
    let mut joined = fragment.to_owned();
    if !joined.is_empty() && !joined.ends_with('\n') {
        joined.push('\n');
    }
    // The items are indented like the fragment's own nesting, so its re-indentation moves them along.
    let step = fragment.lines().map(indentation).filter(|lead| *lead > 0).min().unwrap_or(2);
    joined.push_str("networks:\n");
    for network in &peer_service.networks {
        let quoted = serde_json::to_string(network).map_err(|err| ComposeError::Verification(err.to_string()))?;
        joined.push_str(&format!("{}- {quoted}\n", " ".repeat(step)));
    }
    Ok((add_service(input, name, &joined)?, Joined::Networks(peer_service.networks.clone())))
}

fn parse_value(input: &str) -> Result<Value, ComposeError> {
    yaml_serde::from_str(without_bom(input)).map_err(|err| match err.location() {
        Some(at) => match duplicate_key(input, &err.to_string(), at.line(), at.column()) {
            Some((line, message)) => ComposeError::Syntax { line: Some(line), message },
            None => ComposeError::Syntax { line: Some(at.line()), message: err.to_string() },
        },
        // The one error without a place: a second document. Say where it starts.
        None => match second_document_line(input) {
            Some(line) => ComposeError::Syntax { line: Some(line), message: format!("{err}: the second document starts at line {line}") },
            None => ComposeError::Syntax { line: None, message: err.to_string() },
        },
    })
}

/// The parser places a duplicate key at its mapping's first entry; the user needs the line of the second
/// one. For a block mapping (entries at the reported column, one per line), finds the key's second entry
/// and rewords the message around it: `services.api.environment: duplicate entry with key "A" (first at
/// line 4)`. `None` for anything else (a flow mapping keeps the parser's place).
fn duplicate_key(input: &str, message: &str, line: usize, column: usize) -> Option<(usize, String)> {
    let (prefix, rest) = message.split_once("duplicate entry with key \"")?;
    let key = rest.split_once('"')?.0;
    let indent = column.checked_sub(1)?;
    let names_key = |content: &str| {
        let quoted = ['"', '\''].iter().find_map(|quote| content.strip_prefix(*quote)?.strip_prefix(key)?.strip_prefix(*quote));
        quoted.or_else(|| content.strip_prefix(key)).is_some_and(|after| after.trim_start_matches([' ', '\t']).starts_with(':'))
    };
    let mut seen = Vec::new();
    for (index, text) in input.lines().enumerate().skip(line.checked_sub(1)?) {
        let content = text.trim_start_matches(' ');
        if content.trim().is_empty() || content.starts_with('#') {
            continue;
        }
        let depth = text.len() - content.len();
        if depth < indent || (index + 1 > line && depth == indent && content.starts_with("- ")) {
            break;
        }
        if depth == indent && names_key(content) {
            seen.push(index + 1);
            if let [first, second] = seen[..] {
                return Some((second, format!("{prefix}duplicate entry with key \"{key}\" (first at line {first})")));
            }
        }
    }
    None
}

/// The line of the `---` that starts a second YAML document (after a first one with content or its own `---`).
fn second_document_line(input: &str) -> Option<usize> {
    let mut first = false;
    for (index, line) in input.lines().enumerate() {
        let text = line.trim_start_matches('\u{feff}');
        if text.strip_prefix("---").is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t'])) {
            if first {
                return Some(index + 1);
            }
            first = true;
        } else if !text.trim().is_empty() && !text.trim_start().starts_with('#') && !text.starts_with('%') {
            first = true;
        }
    }
    None
}

fn parse_tree(input: &str) -> Result<Document, ComposeError> {
    Document::from_str(input).map_err(|err| ComposeError::Syntax { line: None, message: err.to_string() })
}

/// The `services` of a file that is to be edited: there must be some.
fn services_to_edit(document: &Value) -> Result<&Mapping, ComposeError> {
    match document.get("services") {
        None | Some(Value::Null) => Err(ComposeError::NoServices),
        Some(Value::Mapping(services)) => Ok(services),
        Some(other) => Err(ComposeError::ServicesNotMapping { found: kind(other) }),
    }
}

fn tree_services(tree: &Document) -> Option<yaml_edit::Mapping> {
    tree.as_mapping()?.get_mapping("services")
}

/// The service's settings, its node in the syntax tree, and its position among the services. `lines`
/// has each service's line.
fn find_service<'a>(
    document: &'a Value,
    tree: &Document,
    service: &str,
    lines: &HashMap<String, (usize, Option<yaml_edit::YamlNode>)>,
) -> Result<(&'a Mapping, yaml_edit::Mapping, usize), ComposeError> {
    let services = services_to_edit(document)?;
    let services_node = tree_services(tree);
    let line = lines.get(service).map_or(0, |(line, _)| *line);
    let position = services.keys().position(|key| key.as_str() == Some(service)).unwrap_or(0);
    match services.get(service) {
        None => {
            Err(ComposeError::ServiceNotFound { name: service.to_owned(), available: services.keys().filter_map(scalar_text).collect() })
        }
        Some(Value::Mapping(settings)) => {
            let node = services_node
                .and_then(|node| node.get_mapping(service))
                .ok_or_else(|| ComposeError::NotEditable(format!("line {line}: service `{service}`")))?;
            Ok((settings, node, position))
        }
        Some(other) => Err(ComposeError::ServiceNotMapping { name: service.to_owned(), line, found: kind(other) }),
    }
}

/// The 1-based line of `key` in a mapping of the syntax tree.
fn entry_line(source: &Source, mapping: &yaml_edit::Mapping, key: &str) -> Option<usize> {
    mapping.find_entry_by_key(key).map(|entry| source.line(entry.byte_range().start as usize))
}

/// The column of a byte offset.
fn column(text: &str, offset: usize) -> usize {
    offset - text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

/// How far a block-style service's settings are indented under its name (2 in most files, 4 in some).
fn block_step(source: &Source, node: &yaml_edit::Mapping, name_line: usize) -> Option<usize> {
    if node.is_flow_style() {
        return None;
    }
    let first_at = node.entries().next()?.byte_range().start as usize;
    let name_line_text = source.line_text(name_line)?;
    let name_column = name_line_text.len() - name_line_text.trim_start_matches(' ').len();
    column(source.text, first_at).checked_sub(name_column).filter(|step| *step > 0)
}

/// Whether most services after the first are preceded by a blank line (above any comments on them).
fn services_separated_by_blank_lines(source: &Source, services: &yaml_edit::Mapping) -> bool {
    let lines: Vec<&str> = source.text.split('\n').collect();
    let starts: Vec<usize> = services.entries().map(|entry| source.line(entry.byte_range().start as usize)).collect();
    let Some(rest) = starts.get(1..).filter(|rest| !rest.is_empty()) else { return false };
    let separated = rest
        .iter()
        .filter(|&&line| {
            let mut index = line - 1;
            while index > 0 && lines[index - 1].trim_start().starts_with('#') {
                index -= 1;
            }
            index > 0 && lines[index - 1].trim().is_empty()
        })
        .count();
    separated * 2 > rest.len()
}

/// Indents every line of `text[start..end]` after its first by `delta` more spaces (fewer when negative),
/// leaving blank lines alone.
fn shift_continuation_lines(text: &str, start: usize, end: usize, delta: isize) -> String {
    if delta == 0 {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 64);
    out.push_str(&text[..start]);
    for (index, line) in text[start..end].split_inclusive('\n').enumerate() {
        if index == 0 || line.trim().is_empty() {
            out.push_str(line);
        } else if delta > 0 {
            out.push_str(&" ".repeat(delta.unsigned_abs()));
            out.push_str(line);
        } else {
            let leading = line.len() - line.trim_start_matches(' ').len();
            out.push_str(&line[leading.min(delta.unsigned_abs())..]);
        }
    }
    out.push_str(&text[end..]);
    out
}

/// Re-indents a block-mapping fragment from its own indentation step to `step`, moving the content of
/// block scalars (`|`, `>`) along with the key that holds them, so their text does not change.
fn reindent_fragment(fragment: &str, step: usize) -> String {
    let lines: Vec<&str> = fragment.split_inclusive('\n').collect();
    let layout = block_scalar_lines(&lines);
    // The fragment's step: its smallest nesting, or, when only block scalars nest, their indentation.
    let smallest_indent = |in_blocks: bool| {
        lines
            .iter()
            .zip(&layout)
            .filter(|(line, in_block)| **in_block == in_blocks && !line.trim().is_empty())
            .map(|(line, _)| indentation(line))
            .filter(|lead| *lead > 0)
            .min()
    };
    let unit = smallest_indent(false).or_else(|| smallest_indent(true));
    let Some(unit) = unit.filter(|unit| *unit != step) else { return fragment.to_owned() };
    let scale = |lead: usize| lead / unit * step + lead % unit;
    let mut out = String::with_capacity(fragment.len() * 2);
    let mut block_shift = 0isize;
    for (line, in_block) in lines.iter().zip(&layout) {
        let lead = indentation(line);
        if line.trim().is_empty() {
            out.push_str(line);
        } else if *in_block {
            let new_lead = lead as isize + block_shift;
            out.push_str(&" ".repeat(new_lead.max(0).unsigned_abs()));
            out.push_str(&line[lead..]);
        } else {
            let new_lead = scale(lead);
            out.push_str(&" ".repeat(new_lead));
            out.push_str(&line[lead..]);
            // A block scalar's text sits one step under its key, wherever that key moved.
            block_shift = (new_lead + step) as isize - (lead + unit) as isize;
        }
    }
    out
}

/// For each line, whether it is the content of a block scalar.
fn block_scalar_lines(lines: &[&str]) -> Vec<bool> {
    let mut inside: Option<usize> = None;
    lines
        .iter()
        .map(|line| {
            let lead = indentation(line);
            if let Some(header) = inside {
                if line.trim().is_empty() || lead > header {
                    return true;
                }
                inside = None;
            }
            if starts_block_scalar(line) {
                inside = Some(lead);
            }
            false
        })
        .collect()
}

fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// `key: |`, `- >-`, `key: |2 # comment`, ...
fn starts_block_scalar(line: &str) -> bool {
    let content = line.split(" #").next().unwrap_or_default().trim_end();
    let Some(indicator) = content.rsplit([' ', '\t']).next() else { return false };
    let mut chars = indicator.chars();
    let header = matches!(chars.next(), Some('|' | '>')) && chars.all(|c| matches!(c, '+' | '-') || c.is_ascii_digit());
    header && (content.contains(": ") || content.trim_start().starts_with("- "))
}

/// A variable's value in an `environment` (mapping or `KEY=value` list), as compose reads it.
fn merged_value(environment: &Value, key: &str) -> Option<String> {
    match environment {
        Value::Mapping(entries) => entries.get(key).and_then(scalar_text),
        Value::Sequence(items) => items
            .iter()
            .filter_map(scalar_text)
            .filter_map(|item| item.split_once('=').map(|(name, value)| (name.to_owned(), value.to_owned())))
            .filter(|(name, _)| name == key)
            .map(|(_, value)| value)
            .next_back(),
        _ => None,
    }
}

/// Every key in order: (key, value) pairs with the last value of a repeated key, at its first position.
fn last_value_wins<'a>(vars: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    for &(key, value) in vars {
        match out.iter_mut().find(|(existing, _)| *existing == key) {
            Some(slot) => slot.1 = value,
            None => out.push((key, value)),
        }
    }
    out
}

/// A scalar as the string compose makes of it; `None` for null and for collections.
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Bool(flag) => Some(flag.to_string()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "empty",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a mapping",
        Value::Tagged(_) => "a tagged value",
    }
}

/// Re-parses the edited text and compares it, in order, with the expected document.
fn verify(output: &str, expected: &Value) -> Result<(), ComposeError> {
    let actual: Value = yaml_serde::from_str(without_bom(output))
        .map_err(|err| ComposeError::Verification(format!("the edited file does not parse ({err})")))?;
    match difference(expected, &actual, "") {
        None => Ok(()),
        Some(path) => Err(ComposeError::Verification(format!("the edited file differs at `{path}`"))),
    }
}

/// The path of the first difference between two documents, comparing mappings in order (yaml_serde's own
/// equality ignores the order of keys).
fn difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    let here = || if path.is_empty() { "(document)".to_owned() } else { path.to_owned() };
    match (a, b) {
        (Value::Mapping(a), Value::Mapping(b)) => {
            if a.len() != b.len() {
                return Some(here());
            }
            for ((key_a, value_a), (key_b, value_b)) in a.iter().zip(b.iter()) {
                let name = scalar_text(key_a).unwrap_or_else(|| "?".to_owned());
                let path = if path.is_empty() { name } else { format!("{path}.{name}") };
                if key_a != key_b {
                    return Some(path);
                }
                if let Some(found) = difference(value_a, value_b, &path) {
                    return Some(found);
                }
            }
            None
        }
        (Value::Sequence(a), Value::Sequence(b)) => {
            if a.len() != b.len() {
                return Some(here());
            }
            a.iter().zip(b).enumerate().find_map(|(index, (a, b))| difference(a, b, &format!("{}[{index}]", here())))
        }
        (Value::Tagged(a), Value::Tagged(b)) => {
            if a.tag != b.tag {
                return Some(here());
            }
            difference(&a.value, &b.value, path)
        }
        (a, b) => (a != b).then(here),
    }
}

#[cfg(test)]
mod tests;

/// The bad-input census for compose files: each malformed file (census/compose_cases.txt) with the message
/// the user gets (census/compose_messages.txt; `CENSUS_BLESS=1` rewrites it). A case is
/// `services :: TEXT` (reading a workspace, worded as `Workspace::detect` words it: `{path}:{line}: {err}`
/// for a syntax error with a line, else `{path}: {err}`), `set :: SERVICE :: KEY=VALUE ... :: TEXT` or
/// `add :: NAME :: FRAGMENT :: TEXT` (the edits of `init`, worded `{path}: {err}`). Every message names the
/// file, and the line or the service, variable or key.
#[cfg(test)]
mod census {
    use super::*;
    use crate::edit::test_support::{census, names_line, names_quoted, unescape};

    const FILE: &str = "workspace/docker-compose.yml";

    fn run(case: &str) -> Vec<String> {
        let result = match case.split(" :: ").collect::<Vec<_>>()[..] {
            ["services", text] => services(&unescape(text)).map(|_| ()),
            ["set", service, vars, text] => {
                let vars: Vec<(&str, &str)> = vars.split(' ').map(|pair| pair.split_once('=').expect("KEY=VALUE")).collect();
                set_services_env(&unescape(text), &[(service, &vars)]).map(|_| ())
            }
            ["add", name, fragment, text] => add_service(&unescape(text), name, &unescape(fragment)).map(|_| ()),
            _ => panic!("not a census case: {case}"),
        };
        // As `init` shows it (workspace discovery): the line first when the parser has one.
        let shown = |err: ComposeError| match &err {
            ComposeError::Syntax { line: Some(line), .. } => format!("{FILE}:{line}: {err}"),
            _ => format!("{FILE}: {err}"),
        };
        result.err().map(shown).into_iter().collect()
    }

    #[test]
    fn every_malformed_compose_file_gets_a_one_line_message_naming_file_and_place() {
        census("src/edit", "compose", FILE, |rest| names_line(rest) || names_quoted(rest), run);
    }
}
