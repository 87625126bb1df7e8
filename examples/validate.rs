//! Validates a report: every doubtful figure, with a code, a path and a
//! suggestion.
//!
//! ```text
//! cargo run --example validate -- [PATH] [--format text|json]
//! ```
//!
//! With no PATH it validates the bundled Sichuan public-security briefing.
//! Text output reads like a compiler's diagnostics; `--format json` prints
//! the array of findings FORMATS.md defines. Exit codes: 0 when no finding
//! is an error, 1 when one is, 2 for bad usage or an unreadable report,
//! with one line on standard error.

use std::io::{self, Write};
use std::process::ExitCode;

#[allow(dead_code)] // what compare uses of it
mod common;

const USAGE: &str = "usage: validate [PATH] [--format text|json]";

const HELP: &str = "usage: validate [PATH] [--format text|json]

Every doubtful figure of a report, with a code, a path and a suggestion.
With no PATH, the bundled Sichuan public-security briefing.

  PATH              a workreport/1 JSON report
  --format text     diagnostics for people (the default)
  --format json     the array of findings (FORMATS.md, \"validate\")
  -h, --help        this help

Exit codes: 0 when no finding is an error; 1 when one is; 2 for bad usage
or an unreadable report, with one line on standard error.
";

fn main() -> ExitCode {
    if let Some(code) = common::help(HELP) {
        return code;
    }
    let (report, format) = match common::start("validate", USAGE, &["text", "json"]) {
        Ok(started) => started,
        Err(code) => return code,
    };
    let findings = report.validate();
    let mut out = io::stdout().lock();
    let written = if format == "json" {
        common::write_json(&mut out, &findings)
    } else {
        write!(out, "{findings}")
    };
    let code = if findings.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    common::finish("validate", written.and_then(|()| out.flush()), code)
}
