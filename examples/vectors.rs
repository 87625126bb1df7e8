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
use serde::Serialize;
use workreport::proptest::{Phrase, corrupted, phrase};
use workreport::text::Lang;
use workreport::{Direction, Quantity};

const USAGE: &str = "usage: vectors [--count N] [--seed S] [--lang en|zh|both] [--corrupt RATE]";

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

/// A figure as FORMATS.md writes it.
#[derive(Serialize, Clone)]
struct Figure {
    value: String,
    high: Option<String>,
    unit: String,
    qualifier: &'static str,
    change: &'static str,
}

/// One line, in FORMATS.md's order.
#[derive(Serialize)]
struct Line<'a> {
    lang: &'static str,
    text: &'a str,
    expect: &'static str,
    value: Option<String>,
    high: Option<String>,
    unit: Option<String>,
    qualifier: Option<&'static str>,
    change: Option<&'static str>,
    damage: Option<&'static str>,
    original: Option<Figure>,
}

/// One vector line.
fn vector(runner: &mut TestRunner, lang: Lang, corrupt: f64) -> Option<String> {
    let damaged = proptest::bool::weighted(corrupt)
        .new_tree(runner)
        .ok()?
        .current();
    let (text, reading, damage, original) = if damaged {
        let c = corrupted(lang).new_tree(runner).ok()?.current();
        let reading = c.reads_as.as_ref().map(|q| figure(q, c.clean.change));
        (
            c.text,
            reading,
            Some(c.damage.code()),
            Some(figure(&c.clean.quantity, c.clean.change)),
        )
    } else {
        let p: Phrase = phrase(lang).new_tree(runner).ok()?.current();
        let reading = figure(&p.quantity, p.change);
        (p.text, Some(reading), None, None)
    };
    let r = reading.as_ref();
    serde_json::to_string(&Line {
        lang: lang.code(),
        text: &text,
        expect: if reading.is_some() { "read" } else { "reject" },
        value: r.map(|r| r.value.clone()),
        high: r.and_then(|r| r.high.clone()),
        unit: r.map(|r| r.unit.clone()),
        qualifier: r.map(|r| r.qualifier),
        change: r.map(|r| r.change),
        damage,
        original,
    })
    .ok()
}

/// `{"value", "high", "unit", "qualifier", "change"}` of a figure.
fn figure(q: &Quantity, change: Option<Direction>) -> Figure {
    Figure {
        value: q.expanded().normalize().to_string(),
        high: q.expanded_high().map(|h| h.normalize().to_string()),
        unit: q.unit().to_string(),
        qualifier: q.qualifier().code(),
        change: change.map_or("none", Direction::code),
    }
}
