//! Reads one phrase per line on standard input and prints its reading as
//! a JSON line (FORMATS.md, "parse").
//!
//! ```text
//! printf '挽回直接经济损失27亿余元\nup 0.2 percentage points\n' | cargo run --example parse -- [--lang en|zh|auto]
//! ```
//!
//! Each line gives `{"text", "kind", "value", "high", "unit", "qualifier",
//! "change", "from"}` (`from` the level a change of level started from, as
//! in "rose from 58 to 87") or, for a phrase that cannot be read, `{"text", "error", "at"}` with the
//! character position where reading stopped. A bad line never stops the
//! run: the exit code is 0 unless standard input itself cannot be read
//! (2), or the arguments are wrong (2, with one line on standard error).
//!
//! A line may hold at most [`MAX_LINE`] bytes (1 MiB; a phrase is a clause,
//! not a document). A longer line is not kept: its object has the first
//! 32 characters of the line and "…" as its text, says that the line is
//! too long, and `at` is the character position of the limit; the rest of
//! the line is read past in bounded memory, and reading goes on with the
//! next line.

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use serde::Serialize;
use workreport::Error;
use workreport::text::{Lang, parse};

#[allow(dead_code)] // what the examples that read a report use of it
mod common;
use common::reading::{self, Fields, decimal};

/// The most bytes a line may hold, without its line ending.
const MAX_LINE: usize = 1 << 20;

/// How many characters of a line too long to read its object shows.
const SHOWN: usize = 32;

const USAGE: &str = "usage: parse [--lang en|zh|auto] < phrases";

const HELP: &str = "usage: parse [--lang en|zh|auto] < phrases

Reads one phrase a line on standard input and prints its reading as a JSON
line (FORMATS.md, \"parse\"), or {\"text\", \"error\", \"at\"} for a phrase that
cannot be read, with the character position where reading stopped.

  --lang en|zh|auto  the language of the phrases (default: auto)
  -h, --help         print this help

A line holds at most 1048576 bytes (1 MiB). A longer line is not read: its
object is an error with the line's first 32 characters and \"…\", and
reading goes on with the next line. Exit 0, or 2 when standard input cannot
be read or the arguments are wrong.";

fn main() -> ExitCode {
    let lang = match parse_args(std::env::args().skip(1)) {
        Ok(Some(lang)) => lang,
        Ok(None) => {
            println!("{HELP}");
            return ExitCode::SUCCESS;
        }
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

/// The language asked for (`None` within for `auto`), or `None` for
/// `--help`.
fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Option<Lang>>, String> {
    let mut lang = None;
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let value = if arg == "--help" || arg == "-h" {
            return Ok(None);
        } else if arg == "--lang" {
            args.next().ok_or("--lang needs a value")?
        } else if let Some(v) = arg.strip_prefix("--lang=") {
            v.to_owned()
        } else {
            return Err(format!("unexpected argument {arg:?}"));
        };
        lang = reading::lang(&value)?;
    }
    Ok(Some(lang))
}

fn run(mut input: impl BufRead, out: &mut impl Write, lang: Option<Lang>) -> io::Result<()> {
    let mut line = Vec::new();
    loop {
        let Some(too_long) = read_line(&mut input, &mut line)? else {
            return out.flush();
        };
        if too_long {
            writeln!(out, "{}", too_long_line(&line))?;
            continue;
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

/// The error object of a line longer than [`MAX_LINE`], of which `kept`
/// is the start: its first [`SHOWN`] characters and "…" as its text, and
/// as its position the characters wholly before the limit (or before the
/// first byte that is not UTF-8, as for a line that is not).
fn too_long_line(kept: &[u8]) -> String {
    let start = kept.get(..SHOWN * 4).unwrap_or(kept);
    let text: String = String::from_utf8_lossy(start)
        .chars()
        .take(SHOWN)
        .chain(['…'])
        .collect();
    let limit = kept.get(..MAX_LINE).unwrap_or(kept);
    let valid = match std::str::from_utf8(limit) {
        Ok(valid) => valid,
        Err(e) => std::str::from_utf8(&limit[..e.valid_up_to()]).unwrap_or_default(),
    };
    to_line(&Failed {
        text: &text,
        error: &format!(
            "the line is too long: more than {MAX_LINE} bytes, the most a line may hold"
        ),
        at: valid.chars().count(),
    })
}

/// Reads the next line into `line`, without its ending (`\n` or `\r\n`):
/// `None` at the end of the input, else whether the line is longer than
/// [`MAX_LINE`]. Of a longer line only the first `MAX_LINE + 1` bytes are
/// kept; the rest is read and dropped as it comes, so that a line of any
/// length takes bounded memory.
fn read_line(input: &mut impl BufRead, line: &mut Vec<u8>) -> io::Result<Option<bool>> {
    line.clear();
    let (mut any, mut dropped) = (false, false);
    loop {
        let chunk = match input.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let end = chunk.iter().position(|&b| b == b'\n');
        let part = &chunk[..end.unwrap_or(chunk.len())];
        // One byte past the limit is kept: a line of MAX_LINE bytes may end
        // in "\r\n".
        let room = (MAX_LINE + 1).saturating_sub(line.len());
        line.extend_from_slice(&part[..part.len().min(room)]);
        dropped |= part.len() > room;
        let used = end.map_or(chunk.len(), |e| e + 1);
        input.consume(used);
        if end.is_some() {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if !dropped && line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(Some(dropped || line.len() > MAX_LINE))
}

/// A phrase read, in the field order of FORMATS.md.
#[derive(Serialize)]
struct Read<'a> {
    text: &'a str,
    #[serde(flatten)]
    fields: Fields,
    from: Option<String>,
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
        Ok(r) => to_line(&Read {
            text,
            fields: Fields::of(&r),
            from: r.from.as_ref().map(|f| decimal(f.expanded())),
        }),
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
