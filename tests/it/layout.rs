//! The crate's layout rules, checked by reading `src/` (no build of its own, no process):
//! - nothing outside `commands/` imports `commands` (the crate root, which runs the command line, aside);
//! - no command imports another command: a subcommand may use its own group's module (`commands::xray`
//!   for `commands::xray::rules::apply`), never a sibling (`commands::init` from `commands::doctor`);
//! - no import circle between modules (a module and its own parent or child aside: `mod.rs` declares
//!   its children and they use its types).
//!
//! A module's imports are every `crate::`, `super::` and `self::` path in its code, in `use` trees and
//! inline, with comments, strings and `#[cfg(test)]` items left out (tests may reach anywhere).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::common::repo_root;

/// A module path: `["commands", "xray", "rules"]`; the crate root is empty.
type Module = Vec<String>;

fn module_of(src: &Path, file: &Path) -> Option<Module> {
    let relative = file.strip_prefix(src).ok()?;
    let mut parts: Vec<String> = relative.iter().map(|part| part.to_string_lossy().into_owned()).collect();
    let last = parts.pop()?;
    match last.as_str() {
        "lib.rs" if parts.is_empty() => {}
        "main.rs" if parts.is_empty() => return None,
        "mod.rs" => {}
        other => parts.push(other.strip_suffix(".rs")?.to_owned()),
    }
    Some(parts)
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            found.push(path);
        }
    }
}

/// The code with comments, string and character literals blanked (newlines kept, so lines still count).
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
        } else if (c == 'r' || (c == 'b' && next == Some('r')))
            && !chars.get(i.wrapping_sub(1)).is_some_and(|p| p.is_alphanumeric() || *p == '_')
            && {
                let start = if c == 'b' { i + 2 } else { i + 1 };
                let hashes = chars[start..].iter().take_while(|h| **h == '#').count();
                chars.get(start + hashes) == Some(&'"')
            }
        {
            let start = if c == 'b' { i + 2 } else { i + 1 };
            let hashes = chars[start..].iter().take_while(|h| **h == '#').count();
            let mut j = start + hashes + 1;
            loop {
                if j >= chars.len() {
                    break;
                }
                if chars[j] == '"' && chars[j + 1..].iter().take(hashes).filter(|h| **h == '#').count() == hashes {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.extend(chars[i..j.min(chars.len())].iter().map(|c| blank(*c)));
            i = j;
        } else if c == '"' {
            out.push(' ');
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < chars.len() {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
        } else if c == '\'' && (chars.get(i + 2) == Some(&'\'') || next == Some('\\')) {
            // A character literal ('a', '\n', '\''); a lifetime ('a) has no closing quote.
            let mut j = i + 1;
            if chars[j] == '\\' {
                j += 1;
            }
            j += 1;
            while j < chars.len() && chars[j] != '\'' {
                j += 1;
            }
            for _ in i..=j.min(chars.len() - 1) {
                out.push(' ');
            }
            i = j + 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Blanks `#[cfg(test)]` items; returns the names of test-only `mod NAME;` files declared.
fn without_tests(code: &mut String) -> Vec<String> {
    let mut test_modules = Vec::new();
    while let Some(at) = code.find("#[cfg(test)]") {
        let rest = &code[at..];
        let semicolon = rest.find(';');
        let brace = rest.find('{');
        let end = match (semicolon, brace) {
            (Some(semicolon), brace) if brace.is_none_or(|brace| semicolon < brace) => {
                if let Some(name) = rest[..semicolon].split_whitespace().last() {
                    test_modules.push(name.to_owned());
                }
                at + semicolon + 1
            }
            (_, Some(brace)) => {
                let mut depth = 0;
                let mut end = at + brace;
                for (offset, c) in code[at + brace..].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = at + brace + offset + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                end
            }
            _ => code.len(),
        };
        let blanked: String = code[at..end].chars().map(|c| if c == '\n' { '\n' } else { ' ' }).collect();
        code.replace_range(at..end, &blanked);
    }
    test_modules
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Expands a `use` tree (`crate::{a::b, c::{self, d}}`) into its paths.
fn expand_use(tree: &str) -> Vec<Vec<String>> {
    fn expand(text: &str, prefix: &[String], out: &mut Vec<Vec<String>>) {
        let text = text.trim();
        if let Some(open) = text.find('{') {
            let head: Vec<String> =
                text[..open].split("::").map(str::trim).filter(|segment| !segment.is_empty()).map(str::to_owned).collect();
            let inner = &text[open + 1..text.rfind('}').unwrap_or(text.len())];
            let mut prefix = prefix.to_vec();
            prefix.extend(head);
            let mut depth = 0;
            let mut start = 0;
            for (index, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand(&inner[start..index], &prefix, out);
                        start = index + 1;
                    }
                    _ => {}
                }
            }
            expand(&inner[start..], &prefix, out);
        } else if !text.is_empty() {
            let text = text.split(" as ").next().unwrap_or(text);
            let mut path = prefix.to_vec();
            path.extend(text.split("::").map(str::trim).filter(|segment| !matches!(*segment, "" | "self" | "*")).map(str::to_owned));
            out.push(path);
        }
    }
    let mut out = Vec::new();
    expand(tree, &[], &mut out);
    out
}

/// Every path in the code that may name a module of this crate, with its line.
fn paths(code: &str) -> Vec<(Vec<String>, usize)> {
    let line_of = |offset: usize| code[..offset].matches('\n').count() + 1;
    let mut found = Vec::new();
    let mut rest = code.to_owned();
    // `use` trees first (they may group paths in braces), then blanked so inline paths are not read twice.
    let mut search = 0;
    while let Some(found_at) = rest[search..].find("use ") {
        let at = search + found_at;
        let before = rest[..at].chars().next_back();
        if before.is_some_and(is_ident) {
            search = at + 4;
            continue;
        }
        let Some(end) = rest[at..].find(';').map(|end| at + end) else { break };
        for path in expand_use(&rest[at + 4..end]) {
            found.push((path, line_of(at)));
        }
        let blanked: String = rest[at..end].chars().map(|c| if c == '\n' { '\n' } else { ' ' }).collect();
        rest.replace_range(at..end, &blanked);
        search = end;
    }
    for start in ["crate::", "super::", "self::"] {
        let mut search = 0;
        while let Some(found_at) = rest[search..].find(start) {
            let at = search + found_at;
            search = at + start.len();
            if rest[..at].chars().next_back().is_some_and(|c| is_ident(c) || c == ':') {
                continue;
            }
            let text: String = rest[at..].chars().take_while(|c| is_ident(*c) || *c == ':').collect();
            let path: Vec<String> = text.split("::").filter(|segment| !segment.is_empty()).map(str::to_owned).collect();
            found.push((path, line_of(at)));
        }
    }
    found
}

struct Graph {
    /// (from, to) → where: `src/...rs:LINE`.
    edges: BTreeMap<(Module, Module), String>,
}

fn is_ancestor(ancestor: &Module, of: &Module) -> bool {
    ancestor.len() < of.len() && of.starts_with(ancestor)
}

fn read_graph() -> Graph {
    let src = repo_root().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut sources: Vec<(Module, PathBuf, String)> = Vec::new();
    let mut test_only: BTreeSet<Module> = BTreeSet::new();
    for file in &files {
        let Some(module) = module_of(&src, file) else { continue };
        let mut code = code_only(&std::fs::read_to_string(file).unwrap());
        for name in without_tests(&mut code) {
            let mut child = module.clone();
            child.push(name);
            test_only.insert(child);
        }
        sources.push((module, file.clone(), code));
    }
    let modules: BTreeSet<Module> = sources.iter().map(|(module, _, _)| module.clone()).collect();
    let resolve = |from: &Module, path: &[String]| -> Option<Module> {
        let mut absolute: Module = match path.first().map(String::as_str) {
            Some("crate") => Vec::new(),
            Some("self") => from.clone(),
            Some("super") => from.clone(),
            Some(first) => {
                // Edition 2024 paths may start with a child module's name.
                let mut child = from.clone();
                child.push(first.to_owned());
                if !modules.contains(&child) {
                    return None;
                }
                from.clone()
            }
            None => return None,
        };
        let mut segments = path.iter().peekable();
        if matches!(path.first().map(String::as_str), Some("crate" | "self")) {
            segments.next();
        }
        while segments.peek().is_some_and(|segment| *segment == "super") {
            segments.next();
            absolute.pop()?;
        }
        let mut best = absolute.clone();
        for segment in segments {
            absolute.push(segment.clone());
            if modules.contains(&absolute) {
                best = absolute.clone();
            } else {
                break;
            }
        }
        Some(best)
    };
    let mut edges = BTreeMap::new();
    for (module, file, code) in &sources {
        if test_only.contains(module) || test_only.iter().any(|test| is_ancestor(test, module)) {
            continue;
        }
        for (path, line) in paths(code) {
            let Some(target) = resolve(module, &path) else { continue };
            if &target == module || is_ancestor(&target, module) || is_ancestor(module, &target) {
                continue;
            }
            let place = format!("{}:{line}", file.strip_prefix(repo_root()).unwrap().display());
            edges.entry((module.clone(), target)).or_insert(place);
        }
    }
    Graph { edges }
}

fn name(module: &Module) -> String {
    if module.is_empty() { "crate".to_owned() } else { module.join("::") }
}

/// Strongly connected components of more than one module (Tarjan).
fn circles(graph: &Graph) -> Vec<Vec<Module>> {
    let mut next: BTreeMap<&Module, Vec<&Module>> = BTreeMap::new();
    for (from, to) in graph.edges.keys() {
        next.entry(from).or_default().push(to);
        next.entry(to).or_default();
    }
    struct State<'a> {
        index: BTreeMap<&'a Module, usize>,
        low: BTreeMap<&'a Module, usize>,
        stack: Vec<&'a Module>,
        on_stack: BTreeSet<&'a Module>,
        found: Vec<Vec<Module>>,
    }
    fn visit<'a>(node: &'a Module, next: &BTreeMap<&'a Module, Vec<&'a Module>>, state: &mut State<'a>) {
        let index = state.index.len();
        state.index.insert(node, index);
        state.low.insert(node, index);
        state.stack.push(node);
        state.on_stack.insert(node);
        for &target in &next[node] {
            if !state.index.contains_key(target) {
                visit(target, next, state);
                let low = state.low[node].min(state.low[target]);
                state.low.insert(node, low);
            } else if state.on_stack.contains(target) {
                let low = state.low[node].min(state.index[target]);
                state.low.insert(node, low);
            }
        }
        if state.low[node] == state.index[node] {
            let mut component = Vec::new();
            while let Some(member) = state.stack.pop() {
                state.on_stack.remove(member);
                component.push(member.clone());
                if member == node {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                state.found.push(component);
            }
        }
    }
    let mut state = State { index: BTreeMap::new(), low: BTreeMap::new(), stack: Vec::new(), on_stack: BTreeSet::new(), found: Vec::new() };
    for node in next.keys() {
        if !state.index.contains_key(node) {
            visit(node, &next, &mut state);
        }
    }
    state.found
}

#[test]
fn the_reader_finds_these_paths() {
    let code = code_only(
        "use crate::{a::b, c::{self, d as e}};\n// crate::comment\nlet x = \"crate::string\"; crate::f::g(); 'x'; r#\"crate::raw\"#;",
    );
    let found: Vec<Vec<String>> = paths(&code).into_iter().map(|(path, _)| path).collect();
    let strings = |paths: &[&str]| paths.iter().map(|path| path.split("::").map(str::to_owned).collect()).collect::<Vec<Vec<String>>>();
    assert_eq!(found, strings(&["crate::a::b", "crate::c", "crate::c::d", "crate::f::g"]));
    let mut code = code_only("fn a() {}\n#[cfg(test)]\nmod tests {\n    use crate::x;\n}\n#[cfg(test)]\nmod census;\n");
    assert_eq!(without_tests(&mut code), ["census"]);
    assert!(!code.contains("crate::x"));
}

#[test]
fn only_commands_import_commands_and_no_command_imports_another() {
    let graph = read_graph();
    let commands = vec!["commands".to_owned()];
    let mut wrong = Vec::new();
    for ((from, to), place) in &graph.edges {
        let to_commands = to == &commands || is_ancestor(&commands, to);
        let from_commands = from == &commands || is_ancestor(&commands, from);
        if to_commands && !from_commands && !from.is_empty() {
            wrong.push(format!("{place}: {} imports {} (only commands/ may)", name(from), name(to)));
        } else if to_commands && from_commands {
            wrong.push(format!("{place}: the command {} imports the command {}", name(from), name(to)));
        }
    }
    assert!(wrong.is_empty(), "layout rules broken:\n{}", wrong.join("\n"));
}

#[test]
fn no_import_circles() {
    let graph = read_graph();
    let found = circles(&graph);
    let described: Vec<String> = found
        .iter()
        .map(|component| {
            let inside: Vec<String> = graph
                .edges
                .iter()
                .filter(|((from, to), _)| component.contains(from) && component.contains(to))
                .map(|((from, to), place)| format!("  {} -> {} ({place})", name(from), name(to)))
                .collect();
            format!("{}:\n{}", component.iter().map(name).collect::<Vec<_>>().join(", "), inside.join("\n"))
        })
        .collect();
    assert!(found.is_empty(), "import circles:\n{}", described.join("\n"));
}
