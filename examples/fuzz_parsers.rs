//! A mutation fuzzer for every parser and editor that reads user files: the dotenv, compose and
//! requirements editors, the sampling-rule reader, the query-spec parser and the config file; and for the
//! terminal sanitizer every human-facing line goes through (`terminal`: nothing that acts on a terminal
//! gets out, plain text is untouched, a known secret never shows).
//!
//! Why not cargo-fuzz: it needs a nightly compiler (sanitizer flags), and this project builds with stable
//! rustc only. This runs the same kind of loop without coverage guidance: start from a corpus (the real
//! bootcamp files under tests/fixtures, plus fuzz/corpus/), mutate (flip, insert, delete, splice, swap line
//! endings), and check that nothing panics and that the editors keep their promises (the output parses,
//! applying the edit again changes nothing). Panics are caught, counted and the input saved in
//! fuzz/crashes/.
//!
//! `cargo run --release --example fuzz_parsers -- [EXECUTIONS_PER_TARGET] [SEED] [TARGET,...]`

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::Instant;

use cruddur_obs::edit::{compose, dotenv, requirements};
use cruddur_obs::output::sanitize;
use cruddur_obs::query::spec;
use cruddur_obs::settings::config_file::ConfigFile;
use cruddur_obs::xray::rule_file::{self, RuleSource};

/// xorshift64*: enough randomness for mutations, and reproducible from the seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TOKENS: [&str; 24] = [
    "\n", "\r\n", " ", "\t", "#", "=", ":", "\"", "'", "${", "}", "-", "- ", "[", "]", "{", "}", ",", "\\", "export ", "\u{feff}", "é",
    "\0", "---\n",
];

/// What the terminal target also inserts: escape sequences, C1 controls, bidi and invisible characters.
const TERMINAL_TOKENS: [&str; 16] = [
    "\x1b",
    "\x1b]52;c;cHduZWQ=\x07",
    "\x1b[2J",
    "\x1b]8;;https://evil\x1b\\",
    "\x1b]0;t\x07",
    "\u{9b}",
    "\u{85}",
    "\r",
    "\x07",
    "\u{202e}",
    "\u{2066}",
    "\u{200f}",
    "\u{2028}",
    "\u{feff}",
    "\u{200b}",
    "\x7f",
];

fn mutate(rng: &mut Rng, input: &[u8], corpus: &[Vec<u8>], extra: &[&str]) -> Vec<u8> {
    let mut data = input.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(data.len() + 1);
        match rng.below(6) {
            0 if !data.is_empty() => {
                let index = at.min(data.len() - 1);
                data[index] ^= 1 << rng.below(8);
            }
            1 => {
                let pick = rng.below(TOKENS.len() + extra.len());
                let token = if pick < TOKENS.len() { TOKENS[pick] } else { extra[pick - TOKENS.len()] }.as_bytes();
                data.splice(at..at, token.iter().copied());
            }
            2 if !data.is_empty() => {
                let end = (at + rng.below(16)).min(data.len());
                data.drain(at.min(end)..end);
            }
            3 => {
                let other = &corpus[rng.below(corpus.len())];
                let start = rng.below(other.len());
                let end = (start + rng.below(64)).min(other.len());
                data.splice(at..at, other[start..end].iter().copied());
            }
            4 => {
                let text = String::from_utf8_lossy(&data).into_owned();
                data = if text.contains("\r\n") { text.replace("\r\n", "\n") } else { text.replace('\n', "\r\n") }.into_bytes();
            }
            _ => {
                if let Some(last) = data.last()
                    && *last == b'\n'
                {
                    data.pop();
                }
            }
        }
    }
    data
}

fn corpus(filter: impl Fn(&str) -> bool) -> Vec<Vec<u8>> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() { walk(&path, found) } else { found.push(path) }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    walk(&root.join("tests/fixtures/workspaces"), &mut paths);
    walk(&root.join("fuzz/corpus"), &mut paths);
    let mut files: Vec<Vec<u8>> = paths
        .iter()
        .filter(|path| filter(&path.file_name().unwrap_or_default().to_string_lossy()))
        .filter_map(|path| std::fs::read(path).ok())
        .collect();
    files.push(Vec::new());
    files
}

type Check = fn(&str);

fn dotenv_target(text: &str) {
    if dotenv::parse(text).is_ok() {
        let edited = dotenv::upsert(text, &[("HONEYCOMB_API_KEY", "secret 0123456789 \"quoted\" $x"), ("NEW", "")])
            .expect("a parsable file can be edited");
        let entries = dotenv::parse(&edited).expect("the edited file parses");
        assert_eq!(
            dotenv::find(&entries, "HONEYCOMB_API_KEY").and_then(|e| e.value.clone()).as_deref(),
            Some("secret 0123456789 \"quoted\" $x")
        );
        assert_eq!(dotenv::upsert(&edited, &[("HONEYCOMB_API_KEY", "secret 0123456789 \"quoted\" $x"), ("NEW", "")]).unwrap(), edited);
    }
}

fn compose_target(text: &str) {
    if let Ok(services) = compose::services(text)
        && let Some(service) = services.first()
        && let Ok(edited) = compose::set_service_env(text, &service.name, &[("OTEL_SERVICE_NAME", "svc"), ("B", "${X}")])
    {
        assert_eq!(compose::set_service_env(&edited, &service.name, &[("OTEL_SERVICE_NAME", "svc"), ("B", "${X}")]).unwrap(), edited);
    }
}

fn requirements_target(text: &str) {
    let (edited, _) = requirements::ensure_packages(text, &["opentelemetry-sdk", "aws-xray-sdk"]);
    let (again, added) = requirements::ensure_packages(&edited, &["opentelemetry-sdk", "aws-xray-sdk"]);
    assert!(added.is_empty() && again == edited);
}

fn rules_target(text: &str) {
    let _ = rule_file::load(&[RuleSource::Stdin], &mut text.as_bytes());
}

fn spec_target(text: &str) {
    let _ = spec::parse(text, "spec.json", 1_795_000_000);
}

fn config_target(text: &str) {
    let _ = ConfigFile::parse(PathBuf::from("config.toml"), text.to_owned());
}

/// What may reach a terminal: nothing that moves the cursor, changes the screen, the title, the
/// clipboard or the direction of text. Line mode also keeps every line break out; text mode keeps `\n`,
/// tabs and CRLF only.
fn acts_on_a_terminal(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{61c}' | '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2028}' | '\u{2029}' | '\u{2066}'..='\u{2069}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
}

fn terminal_target(text: &str) {
    let line = sanitize::terminal_line(text);
    assert!(!line.chars().any(acts_on_a_terminal), "line mode let through: {line:?}");
    let block = sanitize::terminal_text(text);
    for (index, c) in block.char_indices() {
        let allowed = c == '\n' || c == '\t' || (c == '\r' && block[index..].starts_with("\r\n"));
        assert!(allowed || !acts_on_a_terminal(c), "text mode let through {c:?}: {block:?}");
    }
    // Text with nothing to escape comes back as it was (and is not copied).
    if !text.chars().any(acts_on_a_terminal) {
        assert!(matches!(line, std::borrow::Cow::Borrowed(_)) && line == text);
    }
    // Each character grows to at most `\u202e`: six bytes for three, or `\x1b`: four for one.
    assert!(line.len() <= text.len() * 4 + 8, "{} bytes from {}", line.len(), text.len());
    // A known secret inside the text never shows, escaped or not.
    // Key-shaped, made here: no key-shaped literal lives in the repository.
    let secret = format!("hc{}_fuzzsecret0123456789wxyz", "aik");
    let secret = secret.as_str();
    let secrets = sanitize::Secrets::default();
    secrets.add(secret);
    let middle = text.char_indices().map(|(at, _)| at).nth(text.chars().count() / 2).unwrap_or(text.len());
    let planted = format!("{}{secret}{}", &text[..middle], &text[middle..]);
    let sink = sanitize::Sink { terminal: true, secrets: secrets.snapshot() };
    for shown in [sink.cell(&planted), sink.field(&planted), sink.text(&planted), secrets.mask(&planted).into_owned()] {
        assert!(!shown.contains(secret), "the secret shows in {shown:?}");
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let executions: u64 = args.next().and_then(|n| n.parse().ok()).unwrap_or(1_000_000);
    let seed: u64 = args.next().and_then(|n| n.parse().ok()).unwrap_or(0x5eed_cafe);
    let only: Vec<String> = args.next().map(|list| list.split(',').map(str::to_owned).collect()).unwrap_or_default();
    let targets: [(&str, Check, Vec<Vec<u8>>); 7] = [
        ("dotenv", dotenv_target, corpus(|name| name.contains("env"))),
        ("compose", compose_target, corpus(|name| name.ends_with(".yml") || name.ends_with(".yaml"))),
        ("requirements", requirements_target, corpus(|name| name.ends_with(".txt"))),
        ("sampling rules", rules_target, corpus(|name| name.ends_with(".json"))),
        ("query spec", spec_target, corpus(|name| name.ends_with(".json"))),
        ("config", config_target, corpus(|name| name.ends_with(".toml"))),
        ("terminal", terminal_target, corpus(|_| true)),
    ];
    std::panic::set_hook(Box::new(|_| {}));
    let crashes_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/crashes");
    let mut total_crashes = 0;
    println!("| target | executions | corpus files | crashes | time |\n|---|---|---|---|---|");
    for (name, check, corpus) in
        targets.iter().filter(|(name, _, _)| only.is_empty() || only.iter().any(|wanted| name.starts_with(wanted.as_str())))
    {
        let mut rng = Rng(seed ^ name.len() as u64 ^ 0x9e37_79b9_7f4a_7c15);
        let started = Instant::now();
        let mut crashes = 0;
        for run in 0..executions {
            let base = &corpus[rng.below(corpus.len())];
            let extra: &[&str] = if *name == "terminal" { &TERMINAL_TOKENS } else { &[] };
            let input = mutate(&mut rng, base, corpus, extra);
            let text = String::from_utf8_lossy(&input);
            if catch_unwind(AssertUnwindSafe(|| check(&text))).is_err() {
                crashes += 1;
                let _ = std::fs::create_dir_all(&crashes_dir);
                let _ = std::fs::write(crashes_dir.join(format!("{}-{run}", name.replace(' ', "-"))), text.as_bytes());
            }
        }
        total_crashes += crashes;
        println!("| {name} | {executions} | {} | {crashes} | {:.1} s |", corpus.len(), started.elapsed().as_secs_f64());
    }
    if total_crashes > 0 {
        eprintln!("{total_crashes} crash(es); inputs in {}", crashes_dir.display());
        std::process::exit(1);
    }
}
