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
    let limit = common::columns();
    let field = |name: &str, value: &str| {
        common::wrap(value, limit, &format!("  {name:<11}"), &" ".repeat(13))
    };
    writeln!(out, "{}", common::wrap(&report.title, limit, "", ""))?;
    writeln!(out, "{}", field("issuer:", &report.issuer))?;
    writeln!(out, "{}", field("scope:", &report.scope.to_string()))?;
    writeln!(out, "{}", field("period:", &report.period.to_string()))?;
    if let Some(published) = report.published {
        writeln!(out, "{}", field("published:", &published.to_string()))?;
    }
    writeln!(out, "{}", field("language:", report.language.as_str()))?;
    if let Some(note) = report.source.as_ref().and_then(|s| s.note.as_deref()) {
        writeln!(out, "{}", field("note:", note))?;
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
    let summary = |name: &str, value: &str| {
        common::wrap(value, limit, &format!("  {name:<14}"), &" ".repeat(16))
    };
    writeln!(out, "{}", summary("by kind:", &kinds.join(", ")))?;

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
        writeln!(out, "{}", summary("by code:", &codes.join(", ")))?;
    }

    writeln!(out)?;
    // The figures, section by section: each heading once, wrapped, and
    // under it a row a figure. The interval is shown where it says more
    // than the quantity; a change shows it as the change, signed (down 92%
    // is [-92, -92]).
    let rows: Vec<(&str, [String; 2])> = statistics
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
                    let (prefix, interval) = match kind {
                        workreport::StatisticKind::Change(c) => (
                            format!("{} ", c.direction),
                            signed(q.interval(), c.direction).to_string(),
                        ),
                        workreport::StatisticKind::Record(r) => {
                            (format!("{} over ", r.extreme), q.interval().to_string())
                        }
                        // A point says no more than the quantity does.
                        _ if q.interval().is_point() => (String::new(), String::new()),
                        _ => (String::new(), q.interval().to_string()),
                    };
                    (format!("{prefix}{q}"), interval)
                }
                (kind, None) => (kind.code().to_owned(), String::new()),
            };
            let period = s
                .period()
                .filter(|p| **p != report.period)
                .map_or_else(String::new, |p| format!(" in {p}"));
            let figure = if interval.is_empty() {
                format!("{quantity}{period}")
            } else {
                format!("{quantity} {interval}{period}")
            };
            (heading, [figure, s.metric().name().to_owned()])
        })
        .collect();
    // Two columns: the figure, at most 44 wide, and the metric in what is
    // left of the line; both wrap.
    let figure_width = rows
        .iter()
        .map(|(_, r)| common::width(&r[0]))
        .max()
        .unwrap_or(0)
        .clamp(6, 44);
    let widths = [figure_width, limit.saturating_sub(figure_width + 4).max(20)];
    write_row(out, &["figure".to_owned(), "metric".to_owned()], widths)?;
    write_row(out, &widths.map(|w| "-".repeat(w)), widths)?;
    let mut last = None;
    for (heading, row) in &rows {
        if last != Some(*heading) {
            writeln!(out, "{}", common::wrap(heading, limit, "", ""))?;
            last = Some(*heading);
        }
        write_row(out, row, widths)?;
    }
    Ok(())
}

/// A change's interval with its direction: a fall as negative values.
fn signed(i: workreport::Interval, direction: workreport::Direction) -> workreport::Interval {
    use std::ops::Bound;
    if direction != workreport::Direction::Down {
        return i;
    }
    let flip = |b: Bound<workreport::Decimal>| match b {
        Bound::Included(x) => Bound::Included(-x),
        Bound::Excluded(x) => Bound::Excluded(-x),
        Bound::Unbounded => Bound::Unbounded,
    };
    workreport::Interval::new(flip(i.high()), flip(i.low())).unwrap_or(i)
}

/// The path of the section a statistic path lies in.
fn section_of(path: &str) -> Option<&str> {
    let end = path
        .rfind(".achievements[")
        .or_else(|| path.rfind(".targets["))?;
    Some(&path[..end])
}

/// A row of two cells, each wrapped to its column's width, side by side
/// after an indent of two.
fn write_row(out: &mut impl Write, cells: &[String; 2], widths: [usize; 2]) -> io::Result<()> {
    let lines = |cell: &str, w: usize| -> Vec<String> {
        common::wrap(cell, w, "", "")
            .lines()
            .map(str::to_owned)
            .collect()
    };
    let (left, right) = (lines(&cells[0], widths[0]), lines(&cells[1], widths[1]));
    for k in 0..left.len().max(right.len()).max(1) {
        let l = left.get(k).map_or("", String::as_str);
        let r = right.get(k).map_or("", String::as_str);
        let pad = " ".repeat(widths[0].saturating_sub(common::width(l)));
        writeln!(out, "{}", format!("  {l}{pad}  {r}").trim_end())?;
    }
    Ok(())
}
