//! The `tour` example, run as a user runs it: its text and JSON-lines
//! output and its exit codes (FORMATS.md).

mod util;

use std::process::Output;

fn run(args: &[&str]) -> Output {
    util::run_example("tour", args)
}

/// The columns a line takes in a terminal: two for CJK and full-width
/// characters (the test's own rule).
fn columns(line: &str) -> usize {
    line.chars()
        .map(|c| if matches!(c, '\u{2E80}'..='\u{A4CF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FF60}') { 2 } else { 1 })
        .sum()
}

#[test]
fn text_summary_of_the_bundled_report() {
    let text = util::success("tour", &[]);
    let report = util::bundled();
    // Not a terminal: every line fits 80 columns, the title and the long
    // note wrapped between words.
    for line in text.lines() {
        assert!(columns(line) <= 80, "{line:?} is wider than 80 columns");
    }
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.starts_with(&report.title), "{text}");
    let note = report
        .source
        .as_ref()
        .and_then(|s| s.note.as_deref())
        .unwrap();
    assert!(
        flat.contains(&format!("note: {note}")),
        "the note is cut: {text}"
    );
    assert!(text.contains("period:    2023"));
    let count = report.statistics().count();
    assert!(
        text.contains(&format!("statistics:   {count:>4} (3 unreadable)")),
        "{text}"
    );
    // After the header and rule: a heading line a section, then a row a
    // statistic (two spaces, then its figure), and the metric's own
    // wrapped lines further in.
    let after: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.trim_start().starts_with("----"))
        .skip(1)
        .collect();
    let rows = after
        .iter()
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .count();
    assert_eq!(rows, count);
    let headings = after.iter().filter(|l| !l.starts_with(' ')).count();
    let sections: std::collections::BTreeSet<String> = report
        .statistics()
        .map(|(path, _)| {
            path.rsplit_once(".achievements[")
                .map_or(path.clone(), |(s, _)| s.to_owned())
        })
        .collect();
    assert!(
        headings >= sections.len(),
        "{headings} headings for {} sections",
        sections.len()
    );
    // A figure with its interval where the interval says more; a change as
    // the change, signed; a period other than the report's named.
    assert!(
        text.contains("more than 5.35 million people (5350000, ∞)"),
        "{text}"
    );
    assert!(
        text.contains("  58 cases  ") && !text.contains("[58, 58]"),
        "{text}"
    );
    assert!(text.contains("down 92% [-92, -92]"), "{text}");
    assert!(text.contains("23 years in 2001/2023"), "{text}");
    // The findings summary agrees with the validator.
    let findings = report.validate();
    assert!(
        text.contains(&format!("findings:     {}", findings.summary())),
        "{text}"
    );
    assert!(flat.contains("by code: quote.unreadable 3, rate.out_of_range 1, quote.redaction 1"));
}

#[test]
fn jsonl_lines_follow_formats_md() {
    let o = run(&["--format", "jsonl"]);
    assert_eq!(o.status.code(), Some(0));
    let text = util::stdout(&o);
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), util::bundled().statistics().count());
    let fields = util::ROW_FIELDS;
    for line in &lines {
        let obj = line.as_object().expect("an object");
        assert_eq!(
            obj.keys().map(String::as_str).collect::<Vec<_>>().len(),
            fields.len(),
            "{line}"
        );
        for f in fields {
            assert!(obj.contains_key(f), "{f} missing from {line}");
        }
    }
    let find = |part: &str| {
        lines
            .iter()
            .find(|l| l["quote"].as_str().is_some_and(|q| q.contains(part)))
            .expect(part)
    };
    assert_eq!(find("5.35 million")["value"], "5350000");
    assert_eq!(find("5.35 million")["qualifier"], "more_than");
    assert_eq!(find("92%")["change"], "down");
    assert_eq!(find("ranking first")["value"], "1");
    assert_eq!(find("ranking first")["unit"], serde_json::Value::Null);
    assert_eq!(find("23 consecutive")["period"], "2001/2023");
    assert_eq!(find("23 consecutive")["unit"], "years");
    assert_eq!(find("losses2More")["value"], serde_json::Value::Null);
    assert_eq!(
        lines[0]["path"],
        "sections[1].sections[0].achievements[0].statistics[0]"
    );
}

#[test]
fn bad_usage_and_unreadable_files_exit_2_with_one_line() {
    util::assert_bad_usage_exits_2("tour");
    let dir = std::env::temp_dir().join(format!("workreport-tour-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"{"format": "workreport/1", "title": "t", "issuer": "i", "scope": {"name": "x"}, "period": "2023-13", "language": "en"}"#).unwrap();
    let o = run(&[bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(
        err.trim_end(),
        format!(
            r#"tour: {}: period: invalid month 13 in "2023-13""#,
            bad.display()
        )
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_path_argument_reads_that_report() {
    let o = run(&[util::BUNDLED, "--format=jsonl"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(util::stdout(&o), util::stdout(&run(&["--format", "jsonl"])));
}
