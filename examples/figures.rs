//! Reads running text (a paragraph, a press release, a whole report) and
//! prints every figure in it, in document order (FORMATS.md, "figures").
//!
//! ```text
//! cargo run --example figures -- [PATH] [--lang en|zh|auto] [--format jsonl|text]
//! ```
//!
//! With no PATH it reads standard input. `--format jsonl` (the default)
//! prints one object a figure, `{"start", "end", "text", "clause", "kind",
//! "value", "high", "unit", "qualifier", "change"}`, where `start` and
//! `end` are character positions (Unicode scalar values, end exclusive)
//! into the input as read, so that `input[start:end]` in Python is `text`.
//! `--format text` prints a table for people.
//!
//! A figure the reader refuses (it cannot be sure of its sign, scale or
//! grouping) is not printed as a figure: standard error gets one line
//! naming its character position, its clause and the reason. Exit codes: 0
//! on any readable text, with or without figures; 2 for an unreadable
//! file, text that is not UTF-8, or bad usage, with one line on standard
//! error.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use serde::Serialize;
use workreport::Error;
use workreport::text::{Found, Lang, Refusal, figures};

#[allow(dead_code)] // what the examples that read a report use of it
mod common;
use common::reading::{self, Fields};

const USAGE: &str = "usage: figures [PATH] [--lang en|zh|auto] [--format jsonl|text]";

const HELP: &str = "usage: figures [PATH] [--lang en|zh|auto] [--format jsonl|text]

Reads running text (a paragraph, a press release, a whole report) and
prints every figure in document order. Years, dates, list and section
numbers, names with numerals and period phrases are not figures.

  PATH               a UTF-8 text file (default: standard input)
  --lang en|zh|auto  the language of the text (default: auto, by clause)
  --format jsonl     one JSON object a figure (the default; FORMATS.md,
                     \"figures\"): start and end are character positions
                     into the input, end exclusive
  --format text      a table for people
  -h, --help         print this help

A figure the reader refuses is not printed; standard error gets one line
with its position and the reason. Exit codes: 0 on any readable text, even
one with no figure; 2 for an unreadable file, text that is not UTF-8, or
bad usage, with one line on standard error.";

fn main() -> ExitCode {
    if let Some(code) = common::help(HELP) {
        return code;
    }
    let (path, lang, format) = match args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("figures: {message}; {USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = match read(path.as_deref()) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("figures: {message}");
            return ExitCode::from(2);
        }
    };
    let mut out = io::stdout().lock();
    let mut err = io::stderr().lock();
    let written = print(&text, lang, format == "text", &mut out, &mut err);
    common::finish(
        "figures",
        written.and_then(|()| out.flush()),
        ExitCode::SUCCESS,
    )
}

/// `[PATH] [--lang L] [--format F]`: the path (`None` for standard input),
/// the language (`None` for auto) and the format.
fn args(
    args: impl Iterator<Item = String>,
) -> Result<(Option<String>, Option<Lang>, &'static str), String> {
    let mut lang = None;
    let mut rest = Vec::new();
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        if arg == "--lang" {
            lang = reading::lang(&args.next().ok_or("--lang needs a value")?)?;
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            lang = reading::lang(value)?;
        } else {
            rest.push(arg);
        }
    }
    let (mut paths, format) = common::parse_args(rest.into_iter(), &["jsonl", "text"], 1)?;
    Ok((paths.pop().filter(|p| p != "-"), lang, format))
}

/// The whole text of `path` (standard input for `None`), or the one line
/// saying why it cannot be read.
fn read(path: Option<&str>) -> Result<String, String> {
    let name = path.unwrap_or("standard input");
    let mut bytes = Vec::new();
    match path {
        Some(p) => std::fs::File::open(p).and_then(|mut f| f.read_to_end(&mut bytes)),
        None => io::stdin().lock().read_to_end(&mut bytes),
    }
    .map_err(|e| format!("{name}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let at = String::from_utf8_lossy(&e.as_bytes()[..valid])
            .chars()
            .count();
        format!("{name}: the text is not UTF-8 at character {at} (byte {valid})")
    })
}

/// A figure, in the field order of FORMATS.md.
#[derive(Serialize)]
struct Line<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    clause: &'a str,
    #[serde(flatten)]
    fields: Fields,
}

/// Character positions of byte offsets into one text, for offsets that
/// come roughly in order: each is counted from the last one asked, so a
/// whole document costs one pass and not one a figure.
struct Chars<'a> {
    text: &'a str,
    byte: usize,
    char: usize,
}

impl Chars<'_> {
    fn at(&mut self, byte: usize) -> usize {
        if byte >= self.byte {
            self.char += self.text[self.byte..byte].chars().count();
        } else {
            self.char -= self.text[byte..self.byte].chars().count();
        }
        self.byte = byte;
        self.char
    }
}

fn print(
    text: &str,
    lang: Option<Lang>,
    table: bool,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<()> {
    let mut chars = Chars {
        text,
        byte: 0,
        char: 0,
    };
    let mut rows = Vec::new();
    for item in figures(text, lang) {
        match item {
            Ok(found) => {
                let line = line(text, &found, &mut chars);
                if table {
                    rows.push(row(&line));
                } else {
                    // Serializing this plain struct cannot fail.
                    writeln!(out, "{}", serde_json::to_string(&line).unwrap_or_default())?;
                }
            }
            Err(refusal) => refused(&refusal, &mut chars, err)?,
        }
    }
    if table {
        if rows.is_empty() {
            writeln!(out, "no figures")?;
        } else {
            common::table(
                out,
                [
                    "chars",
                    "figure",
                    "kind",
                    "value",
                    "unit",
                    "qualifier",
                    "change",
                ],
                &rows,
            )?;
        }
    }
    Ok(())
}

fn line<'a>(text: &'a str, found: &Found, chars: &mut Chars) -> Line<'a> {
    Line {
        start: chars.at(found.span.start),
        end: chars.at(found.span.end),
        text: &text[found.span.clone()],
        clause: &text[found.clause.clone()],
        fields: Fields::of(&found.reading),
    }
}

/// A table row of a figure: its characters, words and reading.
fn row(line: &Line) -> [String; 7] {
    let f = &line.fields;
    let value = match (&f.value, &f.high) {
        (Some(v), Some(h)) => format!("{v} to {h}"),
        (Some(v), None) => v.clone(),
        (None, _) => "-".into(),
    };
    [
        format!("{}..{}", line.start, line.end),
        line.text.to_owned(),
        f.kind.to_owned(),
        value,
        f.unit.clone().unwrap_or_else(|| "-".into()),
        f.qualifier.unwrap_or("-").to_owned(),
        f.change.to_owned(),
    ]
}

/// One line on standard error for a figure the reader refused: where, and
/// why.
fn refused(refusal: &Refusal, chars: &mut Chars, err: &mut impl Write) -> io::Result<()> {
    // The message names the text that was read.
    let message = match &refusal.error {
        Error::Text { message, .. } => message.clone(),
        other => other.to_string(),
    };
    let at = chars.at(refusal.at);
    writeln!(err, "figures: character {at}: refused: {message}")
}
