//! Aligns a translated report with its original: every figure of the part
//! the original covers paired, and the damage of translation named.
//!
//! ```text
//! cargo run --example align -- [TRANSLATION ORIGINAL] [--format text|json]
//! ```
//!
//! With no paths it aligns the bundled Sichuan briefing (a machine
//! translation) with the bundled excerpt of its Chinese original. The
//! TRANSLATION is a report; the ORIGINAL is a report laid out as the
//! translation (a `.json` file) or the original's clauses by the part of
//! the translation they cover (any other file; see
//! `examples/data/sichuan-public-security-2023.original.txt`). Text output
//! prints the pairs side by side, section by section; `--format json`
//! prints FORMATS.md's array. Exit codes: 0 when no pair is damaged, 1
//! when one is, 2 for bad usage or an unreadable input, with one line on
//! standard error.

use std::io::{self, Write};
use std::process::ExitCode;

use workreport::align::{Alignment, Original, Verdict, align};

#[allow(dead_code)] // what tour and validate use of it
mod common;

const USAGE: &str = "usage: align [TRANSLATION ORIGINAL] [--format text|json]";

const HELP: &str = "usage: align [TRANSLATION ORIGINAL] [--format text|json]

A translated report's figures paired with its original's, and the damage of
translation named. With no paths, the bundled Sichuan briefing against the
bundled excerpt of its Chinese original.

  TRANSLATION       a workreport/1 JSON report
  ORIGINAL          a report laid out as the translation (.json), or the
                    original's clauses by the part they cover (any other
                    file; see examples/data/*.original.txt)
  --format text     pairs side by side, section by section (the default)
  --format json     FORMATS.md's array (\"align\")
  -h, --help        this help

Exit codes: 0 when no pair is damaged; 1 when one is; 2 for bad usage or an
unreadable input, with one line on standard error.
";

const ORIGINAL: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/sichuan-public-security-2023.original.txt"
);

fn main() -> ExitCode {
    if let Some(code) = common::help(HELP) {
        return code;
    }
    let ((translation_path, original_path), format) = match common::two_paths(
        "align",
        USAGE,
        &["text", "json"],
        (common::BUNDLED, ORIGINAL),
        "a TRANSLATION and its ORIGINAL",
    ) {
        Ok(args) => args,
        Err(code) => return code,
    };
    let translation = match common::load("align", &translation_path) {
        Ok(report) => report,
        Err(code) => return code,
    };
    let original = match load_original(&original_path) {
        Ok(original) => original,
        Err(message) => {
            eprintln!("align: {original_path}: {message}");
            return ExitCode::from(2);
        }
    };
    let alignment = align(&translation, &original);
    let mut out = io::stdout().lock();
    let written = if format == "json" {
        common::write_json(&mut out, &alignment)
    } else {
        print_text(&alignment, &mut out)
    };
    let code = if alignment.is_damaged() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    common::finish("align", written.and_then(|()| out.flush()), code)
}

/// A report laid out as the translation, from JSON; otherwise the text
/// form of [`Original::from_text`].
fn load_original(path: &str) -> Result<Original, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    if path.ends_with(".json") {
        let report = workreport::Report::from_json(&text).map_err(|e| e.to_string())?;
        Ok(Original::from_report(&report))
    } else {
        Original::from_text(&text).map_err(|e| e.to_string())
    }
}

fn print_text(alignment: &Alignment<'_>, out: &mut impl Write) -> io::Result<()> {
    let joined = |quotes: Vec<&str>| {
        if quotes.is_empty() {
            "-".to_owned()
        } else {
            quotes.join(" / ")
        }
    };
    let mut groups: Vec<(&str, Vec<[String; 4]>)> = Vec::new();
    for pair in &alignment.pairs {
        let row = [
            joined(
                pair.translated
                    .iter()
                    .map(|t| t.statistic.quote())
                    .collect(),
            ),
            joined(pair.original.iter().map(|o| o.quote.as_str()).collect()),
            pair.verdict.code().to_owned(),
            pair.damage
                .iter()
                .map(|d| d.code())
                .collect::<Vec<_>>()
                .join(", "),
        ];
        match groups.last_mut() {
            Some((section, rows)) if *section == pair.section => rows.push(row),
            _ => groups.push((&pair.section, vec![row])),
        }
    }
    let count = |verdict: Verdict| {
        alignment
            .pairs
            .iter()
            .filter(|p| p.verdict == verdict)
            .count()
    };
    writeln!(
        out,
        "{} pairs: {} agree, {} compatible, {} damaged, {} unpaired",
        alignment.pairs.len(),
        count(Verdict::Agree),
        count(Verdict::Compatible),
        count(Verdict::Damaged),
        count(Verdict::Unpaired)
    )?;
    for (section, rows) in groups {
        writeln!(out)?;
        writeln!(out, "{section}")?;
        common::table(out, ["translation", "original", "verdict", "damage"], &rows)?;
    }
    Ok(())
}
