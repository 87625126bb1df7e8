//! What the examples that read a report share: their arguments, loading
//! the report, and writing the output.

use std::io::{self, Write};
use std::process::ExitCode;

use workreport::Report;

pub mod reading;

/// The bundled Sichuan public-security briefing, read when no PATH is given.
pub const BUNDLED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/sichuan-public-security-2023.json"
);

/// Whether the command line asks for help (`--help` or `-h`): then `help`
/// is printed on standard output, and the example exits 0.
pub fn help(help: &str) -> Option<ExitCode> {
    std::env::args()
        .skip(1)
        .any(|a| a == "--help" || a == "-h")
        .then(|| {
            println!("{}", help.trim_end());
            ExitCode::SUCCESS
        })
}

/// `[PATH]... [--format F]`: up to `max_paths` paths and the format, one
/// of `formats` (the first by default).
pub fn parse_args(
    args: impl Iterator<Item = String>,
    formats: &[&'static str],
    max_paths: usize,
) -> Result<(Vec<String>, &'static str), String> {
    let mut paths = Vec::new();
    let mut format = formats[0];
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let value = if arg == "--format" {
            Some(args.next().ok_or("--format needs a value")?)
        } else {
            arg.strip_prefix("--format=").map(str::to_owned)
        };
        if let Some(value) = value {
            format = formats
                .iter()
                .copied()
                .find(|f| *f == value)
                .ok_or_else(|| format!("unknown format {value:?}"))?;
        } else if arg.starts_with('-') && arg != "-" {
            return Err(format!("unknown option {arg:?}"));
        } else if paths.len() == max_paths {
            return Err(format!(
                "unexpected argument {arg:?}: {max_paths} PATH{} at most",
                if max_paths == 1 { "" } else { "s" }
            ));
        } else {
            paths.push(arg);
        }
    }
    Ok((paths, format))
}

/// The report and the format the command line asks for, or exit code 2
/// after one line on standard error: `program: problem; usage`, or
/// `program: path: problem`.
pub fn start(
    program: &str,
    usage: &str,
    formats: &[&'static str],
) -> Result<(Report, &'static str), ExitCode> {
    let (paths, format) = parse_args(std::env::args().skip(1), formats, 1).map_err(|message| {
        eprintln!("{program}: {message}; {usage}");
        ExitCode::from(2)
    })?;
    let path = paths.first().map_or(BUNDLED, String::as_str);
    Ok((load(program, path)?, format))
}

/// The two paths and the format the command line asks for: `[A B]
/// [--format F]`, `defaults` when no path is given. Otherwise exit code 2
/// after one line on standard error; `both` says what the two paths are,
/// for a command line that gives one.
pub fn two_paths(
    program: &str,
    usage: &str,
    formats: &[&'static str],
    defaults: (&str, &str),
    both: &str,
) -> Result<((String, String), &'static str), ExitCode> {
    let fail = |message: &str| {
        eprintln!("{program}: {message}; {usage}");
        ExitCode::from(2)
    };
    let (paths, format) =
        parse_args(std::env::args().skip(1), formats, 2).map_err(|message| fail(&message))?;
    match <[String; 2]>::try_from(paths) {
        Ok([a, b]) => Ok(((a, b), format)),
        Err(paths) if paths.is_empty() => {
            Ok(((defaults.0.to_owned(), defaults.1.to_owned()), format))
        }
        Err(_) => Err(fail(both)),
    }
}

/// `value` as pretty JSON and a newline.
pub fn write_json(out: &mut impl Write, value: &impl serde::Serialize) -> io::Result<()> {
    let json = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
    writeln!(out, "{json}")
}

/// The report at `path`, or exit code 2 after one line on standard error
/// naming the file and the problem.
pub fn load(program: &str, path: &str) -> Result<Report, ExitCode> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        eprintln!("{program}: {path}: {e}");
        ExitCode::from(2)
    })?;
    Report::from_json(&text).map_err(|e| {
        eprintln!("{program}: {path}: {e}");
        ExitCode::from(2)
    })
}

/// `code` once the output is written; a closed pipe (`tour | head`) is no
/// failure, another write error is exit code 2.
pub fn finish(program: &str, written: io::Result<()>, code: ExitCode) -> ExitCode {
    match written {
        Ok(()) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => code,
        Err(e) => {
            eprintln!("{program}: cannot write the output: {e}");
            ExitCode::from(2)
        }
    }
}

/// The columns a text takes in a terminal: two for CJK ideographs and
/// full-width forms, one for other characters.
pub fn width(text: &str) -> usize {
    text.chars()
        .map(|c| {
            if matches!(c, '\u{1100}'..='\u{115F}' | '\u{2E80}'..='\u{A4CF}' | '\u{AC00}'..='\u{D7A3}' | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FF60}' | '\u{FFE0}'..='\u{FFE6}') {
                2
            } else {
                1
            }
        })
        .sum()
}

/// How many columns the output may take: the terminal's width when the
/// shell says it (`COLUMNS`) and the output is a terminal, else 80.
pub fn columns() -> usize {
    use std::io::IsTerminal;
    let told = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c >= 40);
    match told {
        Some(c) if io::stdout().is_terminal() => c,
        _ => 80,
    }
}

/// `text` broken into lines of at most `limit` terminal columns, between
/// words where it has spaces (anywhere in a run of CJK text, which has
/// none); the first line after `first`, the rest after `indent`.
pub fn wrap(text: &str, limit: usize, first: &str, indent: &str) -> String {
    let mut out = String::from(first);
    let mut used = width(first);
    let mut at_start = true;
    for word in text.split_whitespace() {
        let w = width(word);
        if !at_start && used + 1 + w > limit {
            out.push('\n');
            out.push_str(indent);
            used = width(indent);
            at_start = true;
        }
        if !at_start {
            out.push(' ');
            used += 1;
        }
        // A word longer than a line (CJK text): cut it where it fills one.
        for c in word.chars() {
            let cw = width(c.encode_utf8(&mut [0; 4]));
            if used + cw > limit && used > width(indent) {
                out.push('\n');
                out.push_str(indent);
                used = width(indent);
            }
            out.push(c);
            used += cw;
        }
        at_start = false;
    }
    out
}

/// A table with columns as wide as their widest cell (in terminal columns).
pub fn table<const N: usize>(
    out: &mut impl Write,
    header: [&str; N],
    rows: &[[String; N]],
) -> io::Result<()> {
    let mut widths = header.map(width);
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let line = |cells: Vec<&str>| {
        cells
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - width(c))))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_owned()
    };
    writeln!(out, "  {}", line(header.to_vec()))?;
    writeln!(
        out,
        "  {}",
        line(
            widths
                .iter()
                .map(|w| "-".repeat(*w))
                .collect::<Vec<_>>()
                .iter()
                .map(String::as_str)
                .collect()
        )
    )?;
    for row in rows {
        writeln!(out, "  {}", line(row.iter().map(String::as_str).collect()))?;
    }
    Ok(())
}
