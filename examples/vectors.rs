//! Writes test vectors for parsers of report phrases in any language: one
//! JSON object per line, as FORMATS.md's "vectors" defines them.
//!
//! ```text
//! cargo run --features proptest --example vectors -- [--count N] [--seed S] [--lang en|zh|both] [--corrupt RATE]
//! ```
//!
//! `--count` lines (100 by default) from seed `--seed` (0 by default: the
//! same seed writes the same file), in English, Chinese or both in turn
//! (`both` by default), with a share `--corrupt` (0 to 1, 0.3 by default)
//! of damaged phrases: `expect` is `read` for a phrase a parser must read
//! (clean, or damaged but well formed) and `reject` for malformed text.
//! Exit codes: 0, or 2 for bad usage with one line on standard error.

use std::io::{self, Write};
use std::process::ExitCode;

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use workreport::proptest::{Vector, corrupted, phrase};
use workreport::text::Lang;

const USAGE: &str = "usage: vectors [--count N] [--seed S] [--lang en|zh|both] [--corrupt RATE]";

const HELP: &str = "usage: vectors [--count N] [--seed S] [--lang en|zh|both] [--corrupt RATE]

Test vectors for parsers of report phrases in any language: one JSON object
a line (FORMATS.md, \"vectors\").

  --count N         how many lines (100 by default)
  --seed S          the seed (0 by default): one seed, one file
  --lang L          en, zh, or both in turn (the default)
  --corrupt RATE    the share of damaged phrases, 0 to 1 (0.3 by default)
  -h, --help        this help

Exit codes: 0; 2 for bad usage, with one line on standard error.
";

struct Args {
    count: u64,
    seed: u64,
    langs: Vec<Lang>,
    corrupt: f64,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut out = Args {
        count: 100,
        seed: 0,
        langs: vec![Lang::En, Lang::Zh],
        corrupt: 0.3,
    };
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) => (n.to_owned(), Some(v.to_owned())),
            None => (arg.clone(), None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match name.as_str() {
            "--count" => {
                let v = value()?;
                out.count = v
                    .parse()
                    .map_err(|_| format!("--count {v:?} is not a whole number"))?;
            }
            "--seed" => {
                let v = value()?;
                out.seed = v
                    .parse()
                    .map_err(|_| format!("--seed {v:?} is not a whole number"))?;
            }
            "--lang" => {
                out.langs = match value()?.as_str() {
                    "en" => vec![Lang::En],
                    "zh" => vec![Lang::Zh],
                    "both" => vec![Lang::En, Lang::Zh],
                    other => return Err(format!("unknown language {other:?}")),
                };
            }
            "--corrupt" => {
                let v = value()?;
                out.corrupt = v
                    .parse::<f64>()
                    .ok()
                    .filter(|r| (0.0..=1.0).contains(r))
                    .ok_or_else(|| format!("--corrupt {v:?} is not a share from 0 to 1"))?;
            }
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    Ok(out)
}

fn main() -> ExitCode {
    if std::env::args().skip(1).any(|a| a == "--help" || a == "-h") {
        println!("{}", HELP.trim_end());
        return ExitCode::SUCCESS;
    }
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("vectors: {message}; {USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut seed = [0_u8; 32];
    seed[..8].copy_from_slice(&args.seed.to_le_bytes());
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed);
    let mut runner = TestRunner::new_with_rng(Config::default(), rng);
    let mut out = io::stdout().lock();
    for i in 0..args.count {
        let Some(line) = vector(
            &mut runner,
            args.langs[i as usize % args.langs.len()],
            args.corrupt,
        ) else {
            eprintln!("vectors: the strategies gave no value (seed {})", args.seed);
            return ExitCode::from(2);
        };
        if let Err(e) = writeln!(out, "{line}") {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("vectors: cannot write the output: {e}");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}

/// One vector line.
fn vector(runner: &mut TestRunner, lang: Lang, corrupt: f64) -> Option<String> {
    let damaged = proptest::bool::weighted(corrupt)
        .new_tree(runner)
        .ok()?
        .current();
    let vector = if damaged {
        Vector::from(&corrupted(lang).new_tree(runner).ok()?.current())
    } else {
        Vector::from(&phrase(lang).new_tree(runner).ok()?.current())
    };
    serde_json::to_string(&vector).ok()
}
