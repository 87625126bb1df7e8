//! Small helpers shared by the integration tests.
#![allow(dead_code)]

use workreport::{
    Achievement, Decimal, Magnitude, Qualifier, Quantity, Report, Scope, Section, Statistic, Unit,
};

/// A decimal from text; panics on a typo in the test itself.
#[track_caller]
pub fn dec(text: &str) -> Decimal {
    text.parse()
        .unwrap_or_else(|e| panic!("bad decimal {text:?} in the test: {e}"))
}

/// A unit from its code.
#[track_caller]
pub fn unit(code: &str) -> Unit {
    code.parse()
        .unwrap_or_else(|e| panic!("bad unit {code:?} in the test: {e}"))
}

/// A quantity that the test expects to be valid.
#[track_caller]
pub fn qty(value: &str, magnitude: Magnitude, unit_code: &str, qualifier: Qualifier) -> Quantity {
    Quantity::new(dec(value), magnitude, unit(unit_code), qualifier).unwrap_or_else(|e| {
        panic!("{value} {magnitude} {unit_code} {qualifier} should be valid: {e}")
    })
}

/// A report of 2023 whose one section holds `stats` as one achievement.
pub fn report_of(stats: Vec<Statistic>) -> Report {
    let mut r = Report::new(
        "test report",
        "test issuer",
        Scope::new("Sichuan").unwrap(),
        "2023".parse().unwrap(),
        "en".parse().unwrap(),
    );
    let mut section = Section::new("figures");
    section.achievements.push(Achievement {
        text: "figures".to_owned(),
        statistics: stats,
    });
    r.sections.push(section);
    r
}

/// The error message of a result that must be an error.
#[track_caller]
pub fn err<T: std::fmt::Debug>(result: workreport::Result<T>) -> String {
    match result {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => e.to_string(),
    }
}

/// The bundled Sichuan briefing's path and text.
pub const BUNDLED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/sichuan-public-security-2023.json"
);

#[track_caller]
pub fn bundled_text() -> String {
    std::fs::read_to_string(BUNDLED).unwrap_or_else(|e| panic!("cannot read {BUNDLED}: {e}"))
}

#[track_caller]
pub fn bundled() -> Report {
    Report::from_json(&bundled_text())
        .unwrap_or_else(|e| panic!("the bundled report does not load: {e}"))
}

/// The bundled excerpt of the Sichuan briefing's Chinese original, read.
#[track_caller]
pub fn bundled_original() -> workreport::align::Original {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/sichuan-public-security-2023.original.txt"
    );
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    workreport::align::Original::from_text(&text)
        .unwrap_or_else(|e| panic!("the bundled original does not read: {e}"))
}

/// The error message of loading `json` as a report.
#[track_caller]
pub fn load_err(json: &str) -> String {
    match Report::from_json(json) {
        Ok(r) => panic!("expected a load error, got {r:?}"),
        Err(e) => e.to_string(),
    }
}

/// An example binary that `cargo test` built beside the test.
#[track_caller]
pub fn example(name: &str) -> std::process::Command {
    let exe = std::env::current_exe().expect("the test's own path");
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profile>");
    let bin = dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        bin.exists(),
        "{} is missing: run the tests with cargo test, which builds the examples",
        bin.display()
    );
    std::process::Command::new(bin)
}

/// Runs the example `name` with each of a few bad command lines (an
/// unknown format, an unknown option, two paths, a missing file) and
/// asserts exit code 2, one line on standard error starting `name: `, and
/// nothing on standard output.
#[track_caller]
pub fn assert_bad_usage_exits_2(name: &str) {
    assert_bad_usage_exits_2_with(name, &[&["a.json", "b.json"], &["/no/such/file.json"]]);
}

/// [`assert_bad_usage_exits_2`] with an unknown format, an unknown option
/// and `more` bad command lines.
#[track_caller]
pub fn assert_bad_usage_exits_2_with(name: &str, more: &[&[&str]]) {
    let common: [&[&str]; 2] = [&["--format", "xml"], &["--frobnicate"]];
    for args in common.iter().chain(more) {
        let o = example(name)
            .args(*args)
            .output()
            .expect("the example runs");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with(&format!("{name}: ")), "{err}");
        assert!(o.stdout.is_empty());
    }
}

/// The example `name` run with `args`, to its end.
#[track_caller]
pub fn run_example(name: &str, args: &[&str]) -> std::process::Output {
    example(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} does not run: {e}"))
}

/// The example `name` run with `args` and `input` on its standard input,
/// to its end.
#[track_caller]
pub fn run_with_input(name: &str, args: &[&str], input: &[u8]) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = example(name)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{name} does not run: {e}"));
    // A child that exits before reading all its input closes the pipe.
    let _ = child.stdin.take().expect("stdin").write_all(input);
    child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("{name} does not finish: {e}"))
}

/// A run's standard output, which must be UTF-8.
#[track_caller]
pub fn stdout(o: &std::process::Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

/// The cells of the first line of a text table that contains `needle`:
/// the line split where two spaces or more part the columns.
#[track_caller]
pub fn row_cells<'t>(text: &'t str, needle: &str) -> Vec<&'t str> {
    text.lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no row holds {needle:?} in:\n{text}"))
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// The standard output of the example `name` run with `args`, which must
/// exit 0.
#[track_caller]
pub fn success(name: &str, args: &[&str]) -> String {
    exits(name, args, 0)
}

/// The standard output of the example `name` run with `args`, which must
/// exit with `code`; standard error is shown when it does not.
#[track_caller]
pub fn exits(name: &str, args: &[&str], code: i32) -> String {
    let o = run_example(name, args);
    assert_eq!(
        o.status.code(),
        Some(code),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    stdout(&o)
}

/// The fields of a statistic's line, in FORMATS.md's order (tour's JSON
/// lines, compare's statistics).
pub const ROW_FIELDS: [&str; 10] = [
    "path",
    "metric",
    "kind",
    "quote",
    "value",
    "high",
    "unit",
    "qualifier",
    "change",
    "period",
];
