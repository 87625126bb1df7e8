//! Compares two reports: the figures they share and how they changed, the
//! figures only one states, and the older report's targets scored against
//! the newer one's outcomes.
//!
//! ```text
//! cargo run --example compare -- [OLD NEW] [--format text|json]
//! ```
//!
//! With no paths it compares the bundled national reports: the 2023
//! targets (report of 2023-03-05) and the 2023 outcomes (report of
//! 2024-03-05). `--format json` prints FORMATS.md's object. Exit codes: 0
//! whatever the verdicts (a missed target is a finding, not a failure); 2
//! for bad usage or an unreadable report, with one line on standard error.

use std::io::{self, Write};
use std::process::ExitCode;

use workreport::compare::{Diff, diff};
use workreport::text::{Lang, render};
use workreport::{Interval, Quantity, Report, Unit};

#[allow(dead_code)] // what tour and validate use of it
mod common;

const USAGE: &str = "usage: compare [OLD NEW] [--format text|json]";

const HELP: &str = "usage: compare [OLD NEW] [--format text|json]

Two reports side by side: the figures they share and how they changed, the
figures only one states, and the older report's targets scored against the
newer one's outcomes. With no paths, the bundled national reports (the 2023
targets and the 2023 outcomes).

  OLD NEW           two workreport/1 JSON reports, older first
  --format text     tables for people (the default)
  --format json     FORMATS.md's object (\"compare\")
  -h, --help        this help

Exit codes: 0 whatever the verdicts; 2 for bad usage or an unreadable
report, with one line on standard error.
";

const TARGETS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/china-national-2023-targets.json"
);
const OUTCOMES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/china-national-2023-outcomes.json"
);

fn main() -> ExitCode {
    if let Some(code) = common::help(HELP) {
        return code;
    }
    let ((old_path, new_path), format) = match common::two_paths(
        "compare",
        USAGE,
        &["text", "json"],
        (TARGETS, OUTCOMES),
        "two reports to compare, OLD and NEW",
    ) {
        Ok(args) => args,
        Err(code) => return code,
    };
    let (old, new) = match (
        common::load("compare", &old_path),
        common::load("compare", &new_path),
    ) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let d = match diff(&old, &new) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("compare: {e}");
            return ExitCode::from(2);
        }
    };
    let mut out = io::stdout().lock();
    let written = if format == "json" {
        common::write_json(&mut out, &d)
    } else {
        print_text(&old, &new, &d, &mut out)
    };
    common::finish(
        "compare",
        written.and_then(|()| out.flush()),
        ExitCode::SUCCESS,
    )
}

fn print_text(old: &Report, new: &Report, d: &Diff, out: &mut impl Write) -> io::Result<()> {
    for (which, report) in [("old", old), ("new", new)] {
        let published = report
            .published
            .map_or_else(String::new, |p| format!(", published {p}"));
        writeln!(
            out,
            "{which}: {}, covering {}{published}",
            report.title, report.period
        )?;
    }
    writeln!(out)?;
    writeln!(out, "Targets of the old report against outcomes of the new")?;
    let rows: Vec<[String; 5]> = d
        .scorecard
        .iter()
        .map(|s| {
            let target = s
                .target
                .figure
                .as_ref()
                .map_or(s.target.text.as_str(), |f| f.quote());
            [
                s.metric.to_string(),
                target.to_owned(),
                s.actual
                    .as_ref()
                    .map_or_else(|| "-".to_owned(), |a| a.statistic().quote().to_owned()),
                s.verdict().code().to_owned(),
                s.score
                    .and_then(|sc| sc.margin)
                    .map_or_else(|| "-".to_owned(), |m| margin_text(m, s.target, old)),
            ]
        })
        .collect();
    common::table(
        out,
        ["metric", "target", "actual", "verdict", "margin"],
        &rows,
    )?;
    writeln!(out)?;
    writeln!(out, "Figures in both ({})", d.matched.len())?;
    let rows: Vec<[String; 5]> = d
        .matched
        .iter()
        .map(|m| {
            let change = m.change().map_or_else(
                || "-".to_owned(),
                |c| {
                    let part = |name: &str, i: Option<Interval>| i.map(|i| format!("{name} {i}"));
                    [
                        part("points", c.points),
                        part("by", c.absolute),
                        part("percent", c.relative),
                    ]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ")
                },
            );
            [
                m.metric.to_string(),
                m.old.statistic().quote().to_owned(),
                m.new.statistic().quote().to_owned(),
                m.comparison.code().to_owned(),
                change,
            ]
        })
        .collect();
    common::table(
        out,
        ["metric", "old", "new", "new against old", "change"],
        &rows,
    )?;
    for (title, entries) in [
        ("Only in the old report", &d.only_old),
        ("Only in the new report", &d.only_new),
    ] {
        writeln!(out)?;
        writeln!(out, "{title} ({})", entries.len())?;
        for entry in entries {
            let statistic = entry.statistic();
            writeln!(
                out,
                "  {}  {}: {}",
                entry.path(),
                statistic.metric().name(),
                statistic.quote()
            )?;
        }
    }
    Ok(())
}

/// A margin as a person writes it, in the target's unit and its report's
/// language: 94万人, 900亿斤, "0.7 percentage points" (a margin between
/// shares is a difference in points, never a percent of a percent).
fn margin_text(
    margin: workreport::Decimal,
    target: &workreport::Target,
    report: &Report,
) -> String {
    let plain = || margin.normalize().to_string();
    let Some(unit) = target
        .figure
        .as_ref()
        .and_then(|f| f.quantity())
        .map(|q| q.unit().clone())
    else {
        return plain();
    };
    let lang = if report.language.as_str().starts_with("zh") {
        Lang::Zh
    } else {
        Lang::En
    };
    let quantity = if unit.dimension() == workreport::Dimension::Share {
        unit.convert(margin, &Unit::Percent)
            .ok()
            .and_then(|c| Quantity::exact(c.value, Unit::PercentagePoints).ok())
    } else {
        Quantity::exact(margin, unit).ok()
    };
    quantity.map_or_else(plain, |q| render(&q, lang))
}
