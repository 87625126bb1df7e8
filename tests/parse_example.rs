//! The `parse` example, run as a user runs it (FORMATS.md, "parse").

mod util;

use std::process::Output;

fn run(args: &[&str], input: &[u8]) -> Output {
    util::run_with_input("parse", args, input)
}

fn lines(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(o.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

#[test]
fn one_line_per_phrase_with_the_fields_of_formats_md() {
    let o = run(&[], "挽回直接经济损失27亿余元\nbetween 4.5 percent and 5 percent\r\nranking first in the country\n负增长".as_bytes());
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout.clone()).unwrap();
    assert!(out.starts_with(r#"{"text":"挽回直接经济损失27亿余元","kind":"amount","value":"2700000000","high":null,"unit":"CNY","qualifier":"over_some","change":"none","from":null}"#), "{out}");
    let l = lines(&o);
    assert_eq!(l.len(), 4);
    assert_eq!(
        (
            l[1]["value"].as_str(),
            l[1]["high"].as_str(),
            l[1]["qualifier"].as_str()
        ),
        (Some("4.5"), Some("5"), Some("range"))
    );
    assert_eq!(l[1]["text"], "between 4.5 percent and 5 percent");
    assert_eq!(
        (l[2]["value"].as_str(), l[2]["unit"].is_null()),
        (Some("1"), true)
    );
    assert_eq!(
        (l[3]["value"].is_null(), l[3]["change"].as_str()),
        (true, Some("down"))
    );
}

#[test]
fn a_change_of_level_gives_the_level_reached_and_where_it_started() {
    let o = run(
        &[],
        "由58万户增加到87万户\nrose from 58 to 87 cases\nranked No. 3\n连续10年\n".as_bytes(),
    );
    let l = lines(&o);
    assert_eq!(
        (
            l[0]["kind"].as_str(),
            l[0]["value"].as_str(),
            l[0]["unit"].as_str(),
            l[0]["change"].as_str(),
            l[0]["from"].as_str()
        ),
        (
            Some("count"),
            Some("870000"),
            Some("households"),
            Some("up"),
            Some("580000")
        )
    );
    assert_eq!(
        (
            l[1]["kind"].as_str(),
            l[1]["value"].as_str(),
            l[1]["from"].as_str()
        ),
        (Some("count"), Some("87"), Some("58"))
    );
    assert_eq!(
        (l[2]["kind"].as_str(), l[2]["from"].is_null()),
        (Some("rank"), true)
    );
    assert_eq!(l[3]["kind"], "streak");
}

#[test]
fn bad_lines_are_reported_and_reading_goes_on() {
    let o = run(
        &[],
        b"disputes80More than 30,000 pieces\n\xff\xfe 5%\n\n12%\n",
    );
    assert_eq!(o.status.code(), Some(0));
    let l = lines(&o);
    assert_eq!(l.len(), 4);
    assert_eq!(l[0]["at"], 8);
    assert!(
        l[0]["error"]
            .as_str()
            .unwrap()
            .ends_with("a number glued to a word")
    );
    assert_eq!(
        (l[1]["error"].as_str(), l[1]["at"].as_u64()),
        (Some("the line is not UTF-8"), Some(0))
    );
    assert_eq!(l[2]["error"], "cannot read \"\": no figure in the clause");
    assert_eq!(l[3]["value"], "12");
}

#[test]
fn the_language_can_be_given() {
    let o = run(&["--lang", "en"], "12%\n".as_bytes());
    assert_eq!(lines(&o)[0]["value"], "12");
    let o = run(&["--lang=zh"], "增长12%\n".as_bytes());
    assert_eq!(lines(&o)[0]["change"], "up");
    for args in [&["--lang", "fr"][..], &["--lang"], &["extra"]] {
        let o = run(args, b"");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.lines().count(), 1);
        assert!(err.starts_with("parse: "));
    }
}

/// The most bytes a line may hold (the example's `MAX_LINE`).
const MAX_LINE: usize = 1 << 20;

#[test]
fn a_line_too_long_is_an_error_and_reading_goes_on() {
    let mut input = "a".repeat(MAX_LINE + 1).into_bytes();
    input.push(b'\n');
    // 349,526 characters of three bytes: the limit falls inside the last.
    input.extend("增".repeat(MAX_LINE / 3 + 1).into_bytes());
    input.push(b'\n');
    // At the limit, with a Windows line ending: read as any line.
    input.extend("5".repeat(MAX_LINE - 1).into_bytes());
    input.extend(b"%\r\n12%");
    let o = run(&[], &input);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout.clone()).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4);
    let error = "the line is too long: more than 1048576 bytes, the most a line may hold";
    assert_eq!(
        lines[0],
        format!(
            r#"{{"text":"{}…","error":"{error}","at":1048576}}"#,
            "a".repeat(32)
        )
    );
    assert_eq!(
        lines[1],
        format!(
            r#"{{"text":"{}…","error":"{error}","at":349525}}"#,
            "增".repeat(32)
        )
    );
    let l = self::lines(&o);
    assert_eq!(l[2]["text"].as_str().map(str::len), Some(MAX_LINE));
    assert_ne!(l[2]["error"], error);
    assert_eq!(l[3]["value"], "12");
}

#[test]
fn help_prints_the_usage_and_the_limit_of_a_line() {
    for flag in ["--help", "-h"] {
        let o = run(&[flag], b"");
        assert_eq!(o.status.code(), Some(0));
        assert!(o.stderr.is_empty());
        let out = String::from_utf8(o.stdout).unwrap();
        assert!(
            out.starts_with("usage: parse [--lang en|zh|auto] < phrases\n"),
            "{out}"
        );
        assert!(
            out.contains("A line holds at most 1048576 bytes (1 MiB)."),
            "{out}"
        );
    }
}
