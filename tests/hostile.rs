//! Hostile input: each case gives a clear error, or loads in memory
//! proportional to its size, in bounded time; never a panic, an abort or a
//! hang (issue 7). Crash inputs the fuzzers found are kept in
//! `tests/data/fuzz/` and read here too.

mod heap;
mod util;

use std::time::{Duration, Instant};

use heap::{alone, peak_heap};
use workreport::text::{Lang, parse};
use workreport::{Error, Period, Report};

/// A report whose `field` (a top-level string field) holds `value`, as
/// JSON text.
fn report_with(field: &str, value: &str) -> String {
    let mut doc = serde_json::json!({
        "format": "workreport/1",
        "title": "Briefing",
        "issuer": "Police",
        "scope": {"name": "Sichuan"},
        "period": "2023",
        "language": "en",
    });
    doc[field] = serde_json::Value::String(value.to_owned());
    doc.to_string()
}

/// `json` (an object) with the field `"sections"` set to `sections` (JSON
/// text), added as text so that it may be deeper than `serde_json::Value`
/// can build.
fn with_sections(json: &str, sections: &str) -> String {
    let body = json.strip_suffix('}').expect("an object");
    format!(r#"{body}, "sections": {sections}}}"#)
}

/// The message of a load that must fail, checked to be short and to name
/// `path`.
#[track_caller]
fn load_error(json: &str, path: &str) -> String {
    load_error_within(json, path, 400)
}

/// As [`load_error`], with a message of at most `max` bytes.
#[track_caller]
fn load_error_within(json: &str, path: &str, max: usize) -> String {
    let message = match Report::from_json(json) {
        Ok(_) => panic!("the hostile document loaded"),
        Err(e) => e.to_string(),
    };
    assert!(
        message.len() < max,
        "a long message: {}…",
        &message[..200.min(message.len())]
    );
    assert!(message.starts_with(path), "{message}");
    message
}

const MB: usize = 1 << 20;

#[test]
fn a_100_mb_string_field_loads_in_memory_proportional_to_its_size() {
    let title = "a".repeat(100 * MB);
    let json = report_with("title", &title);
    drop(title);
    let (report, peak) = peak_heap(|| Report::from_json(&json));
    let report = report.expect("a long title is still a title");
    assert_eq!(report.title.len(), 100 * MB);
    // The title once, and serde_json's buffer for a string it cannot
    // borrow: at most about twice the input.
    assert!(
        peak <= 2 * json.len() + MB,
        "peak heap {peak} for {} bytes",
        json.len()
    );
}

#[test]
fn a_100_mb_bad_field_gives_a_short_error() {
    let _alone = alone();
    let period = "9".repeat(100 * MB);
    let json = report_with("period", &period);
    let message = load_error(&json, "period: invalid period \"9999");
    assert!(message.contains("(104857600 characters)"), "{message}");
}

#[test]
fn nesting_10000_levels_deep_is_an_error_not_a_stack_overflow() {
    // Sections within sections, and plain arrays, past any real report.
    let mut sections = String::from(r#"{"heading": "h"}"#);
    for _ in 0..10_000 {
        sections = format!(r#"{{"heading": "h", "sections": [{sections}]}}"#);
    }
    let json = with_sections(&report_with("title", "t"), &format!("[{sections}]"));
    // The path names each of the 128 levels serde_json reads: long, but
    // bounded by that limit.
    let message = load_error_within(&json, "sections", 2_000);
    assert!(message.contains("recursion limit"), "{message}");

    // Arrays in arrays are refused at the second level: a section is not
    // a list.
    let arrays = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let json = with_sections(&report_with("title", "t"), &arrays);
    load_error(&json, "sections[0]");
}

/// A report with one count whose `quantity.value` is the JSON `value`.
fn report_with_value(value: &str) -> String {
    let sections = format!(
        r#"[{{"heading": "h", "achievements": [{{"text": "t", "statistics": [{{
            "metric": {{"name": "m"}}, "kind": "count",
            "quantity": {{"value": {value}, "unit": "cases"}}, "quote": "q"}}]}}]}}]"#
    );
    with_sections(&report_with("title", "t"), &sections)
}

const VALUE_PATH: &str = "sections[0].achievements[0].statistics[0].quantity.value";

#[test]
fn numbers_of_1000_digits_and_past_the_float_range_are_errors() {
    let digits = "7".repeat(1000);
    let message = load_error(&report_with_value(&format!("\"{digits}\"")), VALUE_PATH);
    assert!(
        message.contains("more digits than a decimal holds"),
        "{message}"
    );
    assert!(message.contains("(1000 characters)"), "{message}");
    // Unquoted, serde_json reads it as a float first: out of its range.
    let message = load_error(&report_with_value(&digits), VALUE_PATH);
    assert!(message.contains("number out of range"), "{message}");
    // Within it, a float that has lost digits is not offered as the fix.
    let message = load_error(&report_with_value(&digits[..300]), VALUE_PATH);
    assert!(message.contains("decimal values are strings"), "{message}");
    assert!(!message.contains("77777777777777780"), "{message}");
    let message = load_error(&report_with_value("99.7"), VALUE_PATH);
    assert!(message.ends_with(r#"write "99.7", not 99.7"#), "{message}");
    for huge in ["1e999999", "-1e999999", "1e-999999999999"] {
        let json = report_with_value(huge);
        let message = match Report::from_json(&json) {
            Ok(_) => panic!("{huge} loaded"),
            Err(e) => e.to_string(),
        };
        assert!(message.len() < 400, "{message}");
        assert!(
            message.contains("number out of range")
                || message.contains("decimal values are strings"),
            "{huge}: {message}"
        );
    }
    let message = load_error(&report_with_value("\"1e3\""), VALUE_PATH);
    assert!(message.contains("plain notation"), "{message}");
}

#[test]
fn nul_and_lone_surrogates_escaped_in_json() {
    // NUL is a character like another: kept, and written back.
    let json = report_with("title", "a\0b");
    assert!(json.contains(r"\u0000"));
    let report = Report::from_json(&json).expect("NUL is text");
    assert_eq!(report.title, "a\0b");
    assert_eq!(
        Report::from_json(&report.to_json().expect("writes")).expect("reads"),
        report
    );
    // A lone surrogate is not a character: refused, where it is.
    for escape in [r"\ud800", r"\udfff", r"x\ud800y", r"\ud800\u0041"] {
        let json = report_with("title", "PLACEHOLDER").replace("PLACEHOLDER", escape);
        let message = load_error(&json, "title");
        assert!(
            message.contains("surrogate") || message.contains("escape"),
            "{escape}: {message}"
        );
    }
}

#[test]
fn every_unicode_digit_is_read_or_refused_without_a_panic() {
    let digits: Vec<char> = ('\0'..=char::MAX).filter(|c| c.is_numeric()).collect();
    assert!(digits.len() > 1500, "{} numeric characters", digits.len());
    for c in digits {
        for text in [
            format!("{c}"),
            format!("{c}{c}%"),
            format!("cracked {c} cases"),
            format!("同比增长{c}.{c}%"),
            format!("{c}万余元"),
        ] {
            let chars = text.chars().count();
            for lang in [None, Some(Lang::En), Some(Lang::Zh)] {
                match parse(&text, lang) {
                    Ok(_) => {}
                    Err(Error::Text { at, .. }) => assert!(at <= chars, "{text:?}: at {at}"),
                    Err(e) => panic!("{text:?}: not a text error: {e}"),
                }
            }
        }
        // In the data format, only ASCII digits are digits.
        if !c.is_ascii_digit() {
            assert!(format!("202{c}").parse::<Period>().is_err(), "{c:?}");
            load_error(&report_with_value(&format!("\"1{c}\"")), VALUE_PATH);
        }
    }
}

#[test]
fn ten_thousand_hyphens_are_refused_quickly_with_a_short_message() {
    for text in ["-".repeat(10_000), "—".repeat(10_000), "-1".repeat(5_000)] {
        let started = Instant::now();
        let result = parse(&text, None);
        // Reading is linear: a debug build reads 10,000 characters in well
        // under a second; a quadratic reader would take minutes.
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{:?}",
            started.elapsed()
        );
        match result {
            Err(e) => assert!(e.to_string().len() < 300, "{e}"),
            // Hyphens alone state no figure: they must be refused.
            Ok(r) => assert!(text.contains('1'), "{r:?} read from hyphens alone"),
        }
    }
}

#[test]
fn long_clauses_read_in_time_and_memory_proportional_to_their_length() {
    let short = "cracked 58 abduction cases, ".repeat(100);
    let long = short.repeat(10);
    let time = |text: &str| {
        let started = Instant::now();
        let (result, peak) = peak_heap(|| parse(text, None));
        (started.elapsed(), peak, result.is_ok())
    };
    let (t_short, m_short, _) = time(&short);
    let (t_long, m_long, _) = time(&long);
    // Ten times the text: at most about ten times the memory, and not a
    // hundred times the time (with room for a noisy machine).
    assert!(m_long <= 12 * m_short + MB, "{m_short} then {m_long} bytes");
    assert!(
        t_long < 50 * t_short + Duration::from_millis(50),
        "{t_short:?} then {t_long:?}"
    );
}

#[test]
fn the_fuzzers_crash_inputs_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/data/fuzz exists") {
        let path = entry.expect("an entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let bytes = std::fs::read(&path).expect("readable");
        let text = String::from_utf8_lossy(&bytes);
        if name.starts_with("period-") {
            if let Ok(p) = text.parse::<Period>() {
                assert_eq!(p.to_string(), text);
                match p.year_before() {
                    // As year_before says: an end on February 29 moves to
                    // February 28, so a year back and forth ends on the 28th.
                    Ok(before) if text.ends_with("-02-29") => {
                        assert!(before.end().to_string().ends_with("-02-28"), "{name}");
                    }
                    Ok(before) => assert_eq!(before.year_after(), Ok(p), "{name}"),
                    Err(_) => {}
                }
            }
        } else if name.starts_with("phrase-") {
            // As the fuzz target checks: what is read renders as text that
            // reads as the same value, or is refused.
            for lang in [None, Some(Lang::En), Some(Lang::Zh)] {
                let Ok(Some(q)) = parse(&text, lang).map(|r| r.quantity) else {
                    continue;
                };
                for out in [Lang::En, Lang::Zh] {
                    let rendered = workreport::text::render(&q, out);
                    if let Ok(Some(back)) = parse(&rendered, Some(out)).map(|r| r.quantity) {
                        // A rounded value may round again another way.
                        if q.is_inexact() || back.is_inexact() {
                            assert!(
                                back.interval().intersects(&q.interval()),
                                "{name}: {rendered:?}"
                            );
                        } else {
                            assert_eq!(back.expanded(), q.expanded(), "{name}: {rendered:?}");
                        }
                    }
                }
            }
        } else if name.starts_with("json-") {
            if let Ok(report) = Report::from_json(&text) {
                let again = Report::from_json(&report.to_json().expect("writes")).expect("reads");
                assert_eq!(again, report, "{name}");
                let _ = report.validate();
            }
        } else if name.starts_with("original-") {
            if let Ok(original) = workreport::align::Original::from_text(&text) {
                let report = util::bundled();
                let _ = workreport::align::align(&report, &original);
                let _ = workreport::validate::Validator::new().validate_against(&report, &original);
            }
        } else {
            continue;
        }
        seen += 1;
    }
    assert!(seen >= 1, "no crash inputs in {}", dir.display());
}
