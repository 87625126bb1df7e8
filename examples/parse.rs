//! Reads one phrase per line on standard input and prints its reading as
//! a JSON line (FORMATS.md, "parse").
//!
//! ```text
//! printf '挽回直接经济损失27亿余元\nup 0.2 percentage points\n' | cargo run --example parse -- [--lang en|zh|auto]
//! ```
//!
//! Each line gives `{"text", "value", "high", "unit", "qualifier", "change"}`
//! or, for a phrase that cannot be read, `{"text", "error", "at"}` with the
//! character position where reading stopped. A bad line never stops the
//! run: the exit code is 0 unless standard input itself cannot be read
//! (2), or the arguments are wrong (2, with one line on standard error).

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use serde::Serialize;
use workreport::Error;
use workreport::text::{Lang, parse};

const USAGE: &str = "usage: parse [--lang en|zh|auto] < phrases";

fn main() -> ExitCode {
    let lang = match parse_args(std::env::args().skip(1)) {
        Ok(lang) => lang,
        Err(message) => {
            eprintln!("parse: {message}; {USAGE}");
            return ExitCode::from(2);
        }
    };
    let stdin = io::stdin().lock();
    let mut out = io::stdout().lock();
    match run(stdin, &mut out, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parse: cannot read standard input: {e}");
            ExitCode::from(2)
        }
    }
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Lang>, String> {
    let mut lang = None;
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let value = if arg == "--lang" {
            args.next().ok_or("--lang needs a value")?
        } else if let Some(v) = arg.strip_prefix("--lang=") {
            v.to_owned()
        } else {
            return Err(format!("unexpected argument {arg:?}"));
        };
        lang = match value.as_str() {
            "auto" => None,
            other => Some(
                other
                    .parse::<Lang>()
                    .map_err(|_| format!("unknown language {other:?}"))?,
            ),
        };
    }
    Ok(lang)
}

fn run(mut input: impl BufRead, out: &mut impl Write, lang: Option<Lang>) -> io::Result<()> {
    let mut line = Vec::new();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            return out.flush();
        }
        if line.last() == Some(&b'\n') {
            line.pop();
            if line.last() == Some(&b'\r') {
                line.pop();
            }
        }
        let json = match std::str::from_utf8(&line) {
            Ok(text) => reading(text, lang),
            Err(e) => {
                let at = String::from_utf8_lossy(&line[..e.valid_up_to()])
                    .chars()
                    .count();
                let text = String::from_utf8_lossy(&line);
                to_line(&Failed {
                    text: &text,
                    error: "the line is not UTF-8",
                    at,
                })
            }
        };
        writeln!(out, "{json}")?;
    }
}

/// A phrase read, in the field order of FORMATS.md.
#[derive(Serialize)]
struct Read<'a> {
    text: &'a str,
    value: Option<String>,
    high: Option<String>,
    unit: Option<String>,
    qualifier: Option<&'static str>,
    change: &'static str,
}

/// A phrase that could not be read, and where reading stopped.
#[derive(Serialize)]
struct Failed<'a> {
    text: &'a str,
    error: &'a str,
    at: usize,
}

fn to_line(value: &impl Serialize) -> String {
    // Serializing these plain structs cannot fail.
    serde_json::to_string(value).unwrap_or_default()
}

fn reading(text: &str, lang: Option<Lang>) -> String {
    match parse(text, lang) {
        Ok(r) => {
            let q = r.quantity.as_ref();
            let decimal = |d: workreport::Decimal| d.normalize().to_string();
            to_line(&Read {
                text,
                value: r.value().map(decimal),
                high: q.and_then(|q| q.expanded_high()).map(decimal),
                unit: q.map(|q| q.unit().to_string()),
                qualifier: match (q, &r.rank) {
                    (Some(q), _) => Some(q.qualifier().code()),
                    (None, Some(_)) => Some("exact"),
                    (None, None) => None,
                },
                change: r.change_code(),
            })
        }
        Err(Error::Text { message, at }) => to_line(&Failed {
            text,
            error: &message,
            at,
        }),
        Err(other) => to_line(&Failed {
            text,
            error: &other.to_string(),
            at: 0,
        }),
    }
}
