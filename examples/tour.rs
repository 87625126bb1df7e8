//! A tour of a report: its header, what it holds, what validation doubts,
//! and every figure.
//!
//! ```text
//! cargo run --example tour [PATH] [--format text|jsonl]
//! ```
//!
//! With no PATH it reads the bundled Sichuan public-security briefing.
//! `--format jsonl` prints one line per statistic as FORMATS.md defines
//! them. Exit codes: 0 on any readable report; 2 for bad usage or an
//! unreadable file, with one line on standard error.

use std::io::{self, Write};
use std::process::ExitCode;

use workreport::{Report, StatisticRow};

#[allow(dead_code)] // what compare uses of it
mod common;

const USAGE: &str = "usage: tour [PATH] [--format text|jsonl]";

const HELP: &str = "usage: tour [PATH] [--format text|jsonl]

A tour of a report: its header, what it holds, what validation doubts, and
every figure. With no PATH, the bundled Sichuan public-security briefing.

  PATH              a workreport/1 JSON report
  --format text     for people (the default)
  --format jsonl    one JSON object a statistic (FORMATS.md, \"tour\")
  -h, --help        this help

Exit codes: 0 on any readable report; 2 for bad usage or an unreadable
file, with one line on standard error.
";

fn main() -> ExitCode {
    if let Some(code) = common::help(HELP) {
        return code;
    }
    let (report, format) = match common::start("tour", USAGE, &["text", "jsonl"]) {
        Ok(started) => started,
        Err(code) => return code,
    };
    let mut out = io::stdout().lock();
    let written = if format == "jsonl" {
        print_jsonl(&report, &mut out)
    } else {
        print_text(&report, &mut out)
    };
    common::finish(
        "tour",
        written.and_then(|()| out.flush()),
        ExitCode::SUCCESS,
    )
}

fn print_jsonl(report: &Report, out: &mut impl Write) -> io::Result<()> {
    for (path, statistic) in report.statistics() {
        let line =
            serde_json::to_string(&StatisticRow::new(path, statistic)).map_err(io::Error::other)?;
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn print_text(report: &Report, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "{}", report.title)?;
    writeln!(out, "  issuer:    {}", report.issuer)?;
    writeln!(out, "  scope:     {}", report.scope)?;
    writeln!(out, "  period:    {}", report.period)?;
    if let Some(published) = report.published {
        writeln!(out, "  published: {published}")?;
    }
    writeln!(out, "  language:  {}", report.language)?;
    if let Some(note) = report.source.as_ref().and_then(|s| s.note.as_deref()) {
        writeln!(out, "  note:      {note}")?;
    }

    let sections: Vec<(String, &workreport::Section)> = report.sections().collect();
    let achievements: usize = sections.iter().map(|(_, s)| s.achievements.len()).sum();
    let measures: usize = sections.iter().map(|(_, s)| s.measures.len()).sum();
    let targets: usize = sections.iter().map(|(_, s)| s.targets.len()).sum();
    let statistics: Vec<_> = report.statistics().collect();
    let unreadable = statistics.iter().filter(|(_, s)| s.is_unreadable()).count();
    writeln!(out)?;
    writeln!(out, "  sections:     {:>4}", sections.len())?;
    writeln!(out, "  achievements: {achievements:>4}")?;
    writeln!(out, "  measures:     {measures:>4}")?;
    writeln!(out, "  targets:      {targets:>4}")?;
    writeln!(
        out,
        "  statistics:   {:>4} ({unreadable} unreadable)",
        statistics.len()
    )?;

    let mut by_kind: Vec<(&str, usize)> = Vec::new();
    for (_, s) in &statistics {
        match by_kind.iter_mut().find(|(k, _)| *k == s.kind().code()) {
            Some((_, n)) => *n += 1,
            None => by_kind.push((s.kind().code(), 1)),
        }
    }
    let kinds: Vec<String> = by_kind.iter().map(|(k, n)| format!("{k} {n}")).collect();
    writeln!(out, "  by kind:      {}", kinds.join(", "))?;

    // What validation doubts: the validate example prints each finding.
    let findings = report.validate();
    writeln!(out, "  findings:     {}", findings.summary())?;
    let mut by_code: Vec<(&str, usize)> = Vec::new();
    for f in &findings {
        match by_code.iter_mut().find(|(c, _)| *c == f.code()) {
            Some((_, n)) => *n += 1,
            None => by_code.push((f.code(), 1)),
        }
    }
    if !by_code.is_empty() {
        let codes: Vec<String> = by_code.iter().map(|(c, n)| format!("{c} {n}")).collect();
        writeln!(out, "  by code:      {}", codes.join(", "))?;
    }

    writeln!(out)?;
    let header = ["section", "metric", "quantity", "interval", "period"];
    let rows: Vec<[String; 5]> = statistics
        .iter()
        .map(|(path, s)| {
            let heading = section_of(path)
                .and_then(|sp| sections.iter().find(|(p, _)| p == sp))
                .map_or("", |(_, sec)| sec.heading.as_str());
            let (quantity, interval) = match (s.kind(), s.quantity()) {
                (_, _) if s.is_unreadable() => ("(unreadable)".to_owned(), String::new()),
                (workreport::StatisticKind::Rank(r), _) => (
                    r.position.map_or_else(String::new, |p| match &r.among {
                        Some(among) => format!("No. {p} among {among}"),
                        None => format!("No. {p}"),
                    }),
                    String::new(),
                ),
                (kind, Some(q)) => {
                    let prefix = match kind {
                        workreport::StatisticKind::Change(c) => format!("{} ", c.direction),
                        workreport::StatisticKind::Record(r) => format!("{} over ", r.extreme),
                        _ => String::new(),
                    };
                    (format!("{prefix}{q}"), q.interval().to_string())
                }
                (kind, None) => (kind.code().to_owned(), String::new()),
            };
            [
                clip(heading, 28),
                clip(s.metric().name(), 36),
                clip(&quantity, 34),
                interval,
                s.period().map(ToString::to_string).unwrap_or_default(),
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    write_row(out, &header.map(str::to_owned), &widths)?;
    write_row(out, &widths.map(|w| "-".repeat(w)), &widths)?;
    for row in &rows {
        write_row(out, row, &widths)?;
    }
    Ok(())
}

/// The path of the section a statistic path lies in.
fn section_of(path: &str) -> Option<&str> {
    let end = path
        .rfind(".achievements[")
        .or_else(|| path.rfind(".targets["))?;
    Some(&path[..end])
}

fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

fn write_row(out: &mut impl Write, cells: &[String; 5], widths: &[usize; 5]) -> io::Result<()> {
    let mut line = String::new();
    for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
        if i > 0 {
            line.push_str("  ");
        }
        line.push_str(cell);
        if i + 1 < cells.len() {
            line.extend(std::iter::repeat_n(
                ' ',
                w.saturating_sub(cell.chars().count()),
            ));
        }
    }
    writeln!(out, "{}", line.trim_end())
}
