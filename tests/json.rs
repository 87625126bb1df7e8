//! Loading and writing reports as JSON: round trips, and errors that name
//! the field path, asserted by exact message.

mod util;

use proptest::prelude::*;
use util::{bundled, bundled_text, load_err};
use workreport::{Error, Id, Metric, Quantity, Report, Scope, Statistic, StatisticKind, Unit};

#[test]
fn the_bundled_report_round_trips_unchanged() {
    let text = bundled_text();
    let report = bundled();
    let written = report.to_json().unwrap() + "\n";
    assert!(
        written == text,
        "the bundled file is not what to_json writes; first difference at byte {}",
        written
            .bytes()
            .zip(text.bytes())
            .position(|(a, b)| a != b)
            .unwrap_or(written.len().min(text.len()))
    );
    assert_eq!(Report::from_json(&written).unwrap(), report);
}

#[test]
fn every_bundled_report_is_written_as_to_json_writes_it() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let report = Report::from_json(&text)
            .unwrap_or_else(|e| panic!("{} does not load: {e}", path.display()));
        assert!(
            report.to_json().unwrap() + "\n" == text,
            "{} is not what to_json writes",
            path.display()
        );
        seen += 1;
    }
    assert!(seen >= 3, "only {seen} bundled reports");
}

#[test]
fn from_reader_reads_the_same_report() {
    let report = Report::from_reader(bundled_text().as_bytes()).unwrap();
    assert_eq!(report, bundled());
    let e = Report::from_reader(&[0xff_u8, 0xfe][..]).unwrap_err();
    assert!(matches!(e, Error::Io(_)));
    assert_eq!(
        e.to_string(),
        "cannot read the report: stream did not contain valid UTF-8"
    );
}

/// A minimal valid report with one statistic, whose fields a test replaces.
fn doc(statistic: &str) -> String {
    format!(
        r#"{{"format": "workreport/1", "title": "t", "issuer": "i", "scope": {{"name": "Sichuan"}},
            "period": "2023", "language": "en",
            "sections": [{{"heading": "h"}}, {{"heading": "h2"}}, {{"heading": "h3", "achievements": [{{"text": "a",
              "statistics": [
                {{"metric": {{"name": "m"}}, "kind": "count", "quantity": {{"value": "1", "unit": "cases"}}, "quote": "1 case"}},
                {statistic}
              ]}}]}}]}}"#
    )
}

const PATH: &str = "sections[2].achievements[0].statistics[1]";

#[test]
fn a_minimal_document_loads() {
    let ok = r#"{"metric": {"name": "m"}, "kind": "rate", "quantity": {"value": "99.7", "unit": "percent"}, "period": "2023-05", "quote": "99.7%"}"#;
    let report = Report::from_json(&doc(ok)).unwrap();
    let (path, s) = report.statistics().nth(1).unwrap();
    assert_eq!(path, PATH);
    assert_eq!(s.kind(), &StatisticKind::Rate);
    assert_eq!(s.period().unwrap().to_string(), "2023-05");
}

#[test]
fn fields_left_empty_or_out_load_as_the_same_statistic() {
    // A statistic keeps its rare fields (quotes in other languages, a
    // correction, an id, a part-of, a scope) out of line; an empty or
    // missing one must not make two equal statistics differ.
    let load = |extra: &str| {
        let s = format!(
            r#"{{"metric": {{"name": "m"}}, "kind": "count", "quantity": {{"value": "5", "unit": "cases"}}, "quote": "5 cases"{extra}}}"#
        );
        let report = Report::from_json(&doc(&s)).unwrap();
        report.statistics().nth(1).unwrap().1.clone()
    };
    let plain = load("");
    let in_code = Statistic::new(
        Metric::new("m").unwrap(),
        StatisticKind::Count,
        Some(Quantity::exact("5".parse().unwrap(), Unit::Cases).unwrap()),
        "5 cases",
    )
    .unwrap();
    assert_eq!(plain, in_code);
    assert_eq!(load(r#", "quotes": {}"#), in_code);
    assert_eq!(
        load(r#", "id": null, "scope": null, "part_of": null"#),
        plain
    );
    let with_scope = load(r#", "scope": {"name": "Chengdu"}, "part_of": "all", "id": "five""#);
    assert_ne!(with_scope, plain);
    assert_eq!(with_scope.scope().map(|s| s.name()), Some("Chengdu"));
    assert_eq!(with_scope.part_of().map(|i| i.as_str()), Some("all"));
    assert_eq!(with_scope.id().map(|i| i.as_str()), Some("five"));
    // Built in code, the same statistic is equal to the loaded one.
    let built = plain
        .clone()
        .with_scope(Scope::new("Chengdu").unwrap())
        .with_part_of(Id::new("all").unwrap())
        .with_id(Id::new("five").unwrap());
    assert_eq!(built, with_scope);
}

#[test]
fn a_bad_period_names_its_path() {
    let bad = r#"{"metric": {"name": "m"}, "kind": "count", "quantity": {"value": "1", "unit": "cases"}, "period": "2023-13", "quote": "q"}"#;
    assert_eq!(
        load_err(&doc(bad)),
        format!(r#"{PATH}.period: invalid month 13 in "2023-13""#)
    );
}

#[test]
fn every_constructor_check_applies_when_loading() {
    let cases: &[(&str, &str)] = &[
        (
            r#"{"metric": {"name": " "}, "kind": "count", "quote": "q"}"#,
            "metric: invalid metric: the name is blank",
        ),
        (
            r#"{"metric": {"name": "m", "key": "Bad Key"}, "kind": "count", "quote": "q"}"#,
            r#"metric.key: invalid metric key "Bad Key": expected lowercase ASCII letters, digits, '_' and '.', starting with a letter"#,
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "count", "quantity": {"value": "6", "high": "5", "qualifier": "range", "unit": "cases"}, "quote": "q"}"#,
            "quantity: invalid quantity 6..5 cases: the low end 6 exceeds the high end 5",
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "count", "quantity": {"value": 58, "unit": "cases"}, "quote": "q"}"#,
            r#"quantity.value: decimal values are strings: write "58", not 58"#,
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "count", "quantity": {"value": "5", "unit": "furlongs"}, "quote": "q"}"#,
            r#"quantity.unit: unknown unit "furlongs""#,
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "count", "quantity": {"value": "5", "unit": "cases", "qualifier": "roughly"}, "quote": "q"}"#,
            r#"quantity.qualifier: unknown qualifier "roughly""#,
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "count", "quantity": {"value": "5", "unit": "cases", "high": "6"}, "quote": "q"}"#,
            r#"quantity: invalid quantity: "high" is only for a range, not for qualifier exact"#,
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "count", "quantity": {"value": "5", "unit": "cases"}, "quote": ""}"#,
            "invalid statistic: the quote is blank",
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "rate", "quantity": {"value": "5", "unit": "cases"}, "quote": "q"}"#,
            r#"invalid statistic "q": a rate is in percent, per_mille or fraction, not cases"#,
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "count", "quote": "q"}"#,
            r#"invalid statistic "q": a count needs a quantity (or mark the figure unreadable)"#,
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "change", "quantity": {"value": "5", "unit": "percent"}, "quote": "q"}"#,
            r#"a statistic of kind change needs "change""#,
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "count", "quantity": {"value": "5", "unit": "cases"}, "rank": {"position": 1, "among": "x"}, "quote": "q"}"#,
            r#""rank" goes with kind rank, not count"#,
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "change", "change": {"direction": "down", "basis": "year_on_year", "mode": "relative"}, "quantity": {"value": "5", "unit": "CNY"}, "quote": "q"}"#,
            r#"invalid statistic "q": a relative change is in percent or a multiple, not CNY"#,
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "change", "change": {"direction": "down", "basis": "baseline", "mode": "relative"}, "quantity": {"value": "5", "unit": "percent"}, "quote": "q"}"#,
            r#"change: a change on basis "baseline" needs "baseline": the period compared with"#,
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "streak", "quantity": {"value": "5", "unit": "cases"}, "quote": "q"}"#,
            r#"invalid statistic "q": a streak is in years, months or days, not cases"#,
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "rank", "rank": {"position": 0, "among": "x"}, "quote": "q"}"#,
            "rank.position: invalid value: integer `0`, expected a nonzero u32",
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "count", "unreadable": true, "quantity": {"value": "5", "unit": "cases"}, "quote": "q"}"#,
            r#"invalid statistic "q": an unreadable figure has no quantity"#,
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "count", "quantity": {"value": "5", "unit": "cases"}, "quote": "q", "span": [10, 20]}"#,
            r#"invalid statistic "q": the span [10, 20) does not have the quote's length, 1 characters"#,
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "count", "quantity": {"value": "5", "unit": "cases"}, "quote": "q", "qoute": "typo"}"#,
            "qoute: unknown field `qoute`, expected one of `id`, `part_of`, `metric`, `kind`, `quantity`, `unreadable`, `change`, `rank`, `record`, `period`, `scope`, `price_basis`, `quote`, `span`, `quotes`, `correction`",
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "count", "quantity": {"value": "5", "unit": "cases"}, "quote": "q", "quotes": {"zh": " "}}"#,
            r#"invalid statistic "q": the quote in zh is blank"#,
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "count", "quantity": {"value": "5", "unit": "cases"}, "quote": "q", "quotes": {"chinese": "五"}}"#,
            r#"quotes.chinese: invalid language tag "chinese": expected a BCP 47 tag such as en or zh-Hans"#,
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "count", "quantity": {"value": "5", "unit": "cases"}, "quote": "q", "correction": {"evidence": []}}"#,
            "correction: invalid correction: no evidence (say which source says what)",
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "count", "quantity": {"value": "5", "unit": "cases"}, "quote": "q", "correction": {"evidence": [{"source": "", "language": "zh", "quote": "五"}]}}"#,
            "correction.evidence[0]: invalid evidence: the source is blank",
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "count", "quantity": {"value": "5", "unit": "cases"}, "quote": "q", "correction": [{"evidence": []}]}"#,
            "correction: invalid type: sequence, expected an object",
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "tally", "quote": "q"}"#,
            r#"kind: unknown kind "tally": expected one of count amount rate ratio change rank record streak"#,
        ),
        (
            r#"{"metric": {"name": "m"}, "kind": "count", "quantity": {"value": "5", "unit": "cases"}, "scope": {"name": "Sichuan", "code": "Sichuan"}, "quote": "q"}"#,
            r#"scope.code: invalid region code "Sichuan": expected an ISO 3166 code such as CN or CN-SC"#,
        ),
    ];
    for (statistic, expected) in cases {
        // Messages that start with a field name are reported at that field;
        // the others at the statistic itself.
        let at_field = expected.split_once(": ").is_some_and(|(head, _)| {
            !head.contains(' ')
                && head
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_.[]".contains(c))
        });
        let expected = if at_field {
            format!("{PATH}.{expected}")
        } else {
            format!("{PATH}: {expected}")
        };
        assert_eq!(load_err(&doc(statistic)), expected, "for {statistic}");
    }
}

#[test]
fn header_errors_name_their_field() {
    assert_eq!(
        load_err(r#"{"format": "workreport/2"}"#),
        r#"format: unsupported format "workreport/2": this version of workreport reads "workreport/1""#
    );
    assert_eq!(
        load_err(r#"{"format": "workreport/1", "title": "t"}"#),
        "missing field `issuer` at line 1 column 40"
    );
    assert_eq!(
        load_err(
            r#"{"format": "workreport/1", "title": "t", "issuer": "i", "scope": {"name": "x"}, "period": "2023", "language": "english language"}"#
        ),
        r#"language: invalid language tag "english language": expected a BCP 47 tag such as en or zh-Hans"#
    );
    assert_eq!(
        load_err(
            r#"{"format": "workreport/1", "title": "t", "issuer": "i", "scope": {"name": "x"}, "period": "2023", "language": "en", "published": "2024-02-30"}"#
        ),
        "published: input is out of range"
    );
    // A syntax error inside a value is reported at that value's path; the
    // line and column stay in the error's fields.
    assert_eq!(
        load_err("{\"format\": \"workreport/1\",\n  \"title\": }"),
        "title: expected value"
    );
    assert_eq!(load_err(""), "EOF while parsing a value at line 1 column 0");
    // An array is not an object, not even one of the fields in order.
    assert_eq!(
        load_err("[]"),
        "invalid type: sequence, expected a report object at line 1 column 0"
    );
    assert_eq!(
        load_err(r#"["workreport/1", "Title", "Issuer", {"name": "Sichuan"}, "2023", null, "en"]"#),
        "invalid type: sequence, expected a report object at line 1 column 0"
    );
    for (field, array) in [
        ("scope", r#""scope": ["Sichuan"]"#),
        ("sections[0]", r#""sections": [["heading"]]"#),
        ("source", r#""source": ["a title"]"#),
    ] {
        let json = format!(
            r#"{{"format": "workreport/1", "title": "t", "issuer": "i", "scope": {{"name": "x"}}, "period": "2023", "language": "en", {array}}}"#
        )
        .replacen(r#""scope": {"name": "x"}, "#, if field == "scope" { "" } else { r#""scope": {"name": "x"}, "# }, 1);
        let message = load_err(&json);
        assert!(
            message.starts_with(&format!("{field}: invalid type: sequence, expected")),
            "{field}: {message}"
        );
    }
    let statistic = |quantity: &str| {
        format!(
            r#"{{"format": "workreport/1", "title": "t", "issuer": "i", "scope": {{"name": "x"}}, "period": "2023", "language": "en",
               "sections": [{{"heading": "h", "achievements": [{{"text": "t", "statistics": [
               {{"metric": {{"name": "m"}}, "kind": "count", "quantity": {quantity}, "quote": "q"}}]}}]}}]}}"#
        )
    };
    assert_eq!(
        load_err(&statistic(r#"["58", "one", "cases"]"#)),
        "sections[0].achievements[0].statistics[0].quantity: invalid type: sequence, expected a quantity object"
    );
    assert!(Report::from_json(&statistic(r#"{"value": "58", "unit": "cases"}"#)).is_ok());
}

#[test]
fn load_errors_carry_line_and_column() {
    let bad = r#"{"metric": {"name": "m"}, "kind": "count", "quantity": {"value": "1", "unit": "cases"}, "period": "2023-13", "quote": "q"}"#;
    match Report::from_json(&doc(bad)) {
        Err(Error::Json {
            path, line, column, ..
        }) => {
            assert_eq!(path, format!("{PATH}.period"));
            assert_eq!(line, 6);
            assert!(column > 0);
        }
        other => panic!("expected a JSON error, got {other:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn generated_reports_round_trip(report in workreport::proptest::report(3)) {
        let json = report.to_json().unwrap();
        prop_assert_eq!(Report::from_json(&json).unwrap(), report);
    }

    #[test]
    fn loading_never_panics_on_damaged_documents(cut in 0usize..4000, byte in any::<u8>()) {
        let mut bytes = bundled_text().into_bytes();
        let at = cut % bytes.len();
        bytes[at] = byte;
        if let Ok(text) = String::from_utf8(bytes) {
            let _ = Report::from_json(&text);
        }
    }
}

/// The header of a report, `title` as JSON text.
fn with_title(title: &str) -> String {
    format!(
        r#"{{"format": "workreport/1", "title": "{title}", "issuer": "i", "scope": {{"name": "x"}}, "period": "2023", "language": "en"}}"#
    )
}

#[test]
fn a_byte_order_mark_is_passed_over() {
    let text = bundled_text();
    let marked = format!("\u{feff}{text}");
    assert_eq!(Report::from_json(&marked).unwrap(), bundled());
    let bytes = [&[0xef, 0xbb, 0xbf][..], text.as_bytes()].concat();
    assert_eq!(Report::from_reader(bytes.as_slice()).unwrap(), bundled());
    // An error after it reads as without it.
    assert_eq!(
        load_err("\u{feff}{\"format\": \"workreport/1\", \"title\": \"t\"}"),
        "missing field `issuer` at line 1 column 40"
    );
    // One mark, at the start: a second is not JSON.
    assert_eq!(
        load_err("\u{feff}\u{feff}{}"),
        "expected value at line 1 column 1"
    );
}

#[test]
fn a_lone_surrogate_names_its_field_and_its_escape() {
    let why = "is not a character: JSON writes a character past U+FFFF as two escapes, \\ud800 to \\udbff then \\udc00 to \\udfff";
    for (title, escape) in [
        (r"\ud800", r"\ud800"),
        (r"\udfff", r"\udfff"),
        (r"x\uD83Dy", r"\uD83D"),
        (r"\ud800\u0041", r"\ud800"),
        (r"\ud800\ud800", r"\ud800"),
    ] {
        assert_eq!(
            load_err(&with_title(title)),
            format!("title: a lone surrogate {escape} {why}"),
            "{title}"
        );
    }
    // A pair is one character.
    let report = Report::from_json(&with_title(r"\ud83d\ude00")).unwrap();
    assert_eq!(report.title, "😀");
    // Deeper in the document, on a line of its own: the path of the field.
    let json = doc("{\"metric\": {\"name\": \"m\"}, \"kind\": \"count\",\n\"quote\": \"\\udc00\"}");
    assert_eq!(
        load_err(&json),
        format!("{PATH}.quote: a lone surrogate \\udc00 {why}")
    );
}
