//! A mutation fuzzer for every parser and editor that reads user files: the dotenv, compose and
//! requirements editors, the sampling-rule reader, the query-spec parser and the config file.
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

fn mutate(rng: &mut Rng, input: &[u8], corpus: &[Vec<u8>]) -> Vec<u8> {
    let mut data = input.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(data.len() + 1);
        match rng.below(6) {
            0 if !data.is_empty() => {
                let index = at.min(data.len() - 1);
                data[index] ^= 1 << rng.below(8);
            }
            1 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
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

fn main() {
    let mut args = std::env::args().skip(1);
    let executions: u64 = args.next().and_then(|n| n.parse().ok()).unwrap_or(1_000_000);
    let seed: u64 = args.next().and_then(|n| n.parse().ok()).unwrap_or(0x5eed_cafe);
    let only: Vec<String> = args.next().map(|list| list.split(',').map(str::to_owned).collect()).unwrap_or_default();
    let targets: [(&str, Check, Vec<Vec<u8>>); 6] = [
        ("dotenv", dotenv_target, corpus(|name| name.contains("env"))),
        ("compose", compose_target, corpus(|name| name.ends_with(".yml") || name.ends_with(".yaml"))),
        ("requirements", requirements_target, corpus(|name| name.ends_with(".txt"))),
        ("sampling rules", rules_target, corpus(|name| name.ends_with(".json"))),
        ("query spec", spec_target, corpus(|name| name.ends_with(".json"))),
        ("config", config_target, corpus(|name| name.ends_with(".toml"))),
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
            let input = mutate(&mut rng, base, corpus);
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
