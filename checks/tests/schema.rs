//! The JSON Schemas under `schema/`: generated from the types, checked in,
//! and in agreement with what loading accepts.
//!
//! After a change to the data format, regenerate them with
//! `WORKREPORT_BLESS=1 cargo test --all-features --test schema`. The test
//! lives in the `checks/` workspace member, so that jsonschema is no
//! dependency of the crate's own build; the files it reads are the crate's.
#![cfg(all(feature = "schemars", feature = "proptest"))]

use std::path::PathBuf;
use std::sync::LazyLock;

use jsonschema::Validator;
use proptest::prelude::*;
use serde_json::{Value, json};
use workreport::proptest::{Vector, corrupted, phrase};
use workreport::text::Lang;
use workreport::{Id, Language, MetricKey, Period, RegionCode, Report, Unit};

/// The schema of `T` as the checked-in file holds it: pretty JSON and a
/// final newline.
fn generated<T: schemars::JsonSchema>() -> String {
    let schema = schemars::schema_for!(T);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serializes");
    text.push('\n');
    text
}

/// The crate's directory: the parent of this member's.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn path(name: &str) -> PathBuf {
    root().join("schema").join(name)
}

/// Compares the checked-in schema with the generated one, or rewrites it
/// when `WORKREPORT_BLESS` is set.
fn check_in(name: &str, text: &str) {
    let file = path(name);
    if std::env::var_os("WORKREPORT_BLESS").is_some() {
        std::fs::write(&file, text).expect("the schema directory is writable");
        return;
    }
    let found = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        found == text,
        "{} differs from what the types generate; if the change to the format is \
         intended, run `WORKREPORT_BLESS=1 cargo test --all-features --test schema`",
        file.display()
    );
}

#[test]
fn the_checked_in_schemas_are_what_the_types_generate() {
    check_in("report.schema.json", &generated::<Report>());
    check_in("vector.schema.json", &generated::<Vector>());
}

fn validator(name: &str) -> Validator {
    let text = std::fs::read_to_string(path(name)).expect("the schema is checked in");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    assert!(
        jsonschema::meta::is_valid(&schema),
        "{name} is not a valid JSON Schema"
    );
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

static REPORT: LazyLock<Validator> = LazyLock::new(|| validator("report.schema.json"));
static VECTOR: LazyLock<Validator> = LazyLock::new(|| validator("vector.schema.json"));

/// The schema errors for `doc`, one per line, with their paths.
fn errors(v: &Validator, doc: &Value) -> String {
    v.iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_bundled_dataset_satisfies_the_report_schema() {
    let dir = root().join("examples/data");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("examples/data exists") {
        let file = entry.expect("a directory entry").path();
        if file.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("readable");
        let doc: Value = serde_json::from_str(&text).expect("JSON");
        let problems = errors(&REPORT, &doc);
        assert!(problems.is_empty(), "{}:\n{problems}", file.display());
        seen += 1;
    }
    assert_eq!(seen, 3, "the three bundled datasets");
}

/// A small valid report with one count, with `edit` applied at the JSON
/// level.
fn report_with(edit: impl FnOnce(&mut Value)) -> Value {
    let mut doc = json!({
        "format": "workreport/1",
        "title": "Briefing",
        "issuer": "Public Security Department",
        "scope": {"name": "Sichuan", "code": "CN-SC"},
        "period": "2023",
        "published": "2024-01-10",
        "language": "en",
        "sections": [{
            "heading": "Crack down on crime",
            "achievements": [{
                "text": "cracked 58 abduction cases",
                "statistics": [{
                    "id": "abductions",
                    "metric": {"name": "abduction cases cracked", "key": "abduction.cracked"},
                    "kind": "count",
                    "quantity": {"value": "58", "unit": "cases"},
                    "quote": "cracked 58 abduction cases"
                }]
            }]
        }]
    });
    Report::from_json(&doc.to_string()).expect("the base report loads");
    edit(&mut doc);
    doc
}

/// The statistic of the base report.
fn first_statistic(doc: &mut Value) -> &mut Value {
    &mut doc["sections"][0]["achievements"][0]["statistics"][0]
}

#[test]
fn the_report_schema_refuses_what_loading_refuses() {
    let cases: Vec<(&str, Value)> = vec![
        (
            "unknown format",
            report_with(|d| d["format"] = json!("workreport/2")),
        ),
        ("unknown field", report_with(|d| d["author"] = json!("x"))),
        (
            "missing title",
            report_with(|d| {
                d.as_object_mut().map(|o| o.remove("title"));
            }),
        ),
        ("month 13", report_with(|d| d["period"] = json!("2023-13"))),
        (
            "bad region code",
            report_with(|d| d["scope"]["code"] = json!("Sichuan")),
        ),
        (
            "bad language",
            report_with(|d| d["language"] = json!("english language")),
        ),
        (
            "value as a number",
            report_with(|d| {
                first_statistic(d)["quantity"]["value"] = json!(99.7);
            }),
        ),
        (
            "value in exponent notation",
            report_with(|d| {
                first_statistic(d)["quantity"]["value"] = json!("1e3");
            }),
        ),
        (
            "unknown qualifier",
            report_with(|d| {
                first_statistic(d)["quantity"]["qualifier"] = json!("sort_of");
            }),
        ),
        (
            "unknown unit",
            report_with(|d| {
                first_statistic(d)["quantity"]["unit"] = json!("furlongs");
            }),
        ),
        (
            "range without high",
            report_with(|d| {
                first_statistic(d)["quantity"]["qualifier"] = json!("range");
            }),
        ),
        (
            "high without range",
            report_with(|d| {
                first_statistic(d)["quantity"]["high"] = json!("9");
            }),
        ),
        (
            "unknown kind",
            report_with(|d| first_statistic(d)["kind"] = json!("level")),
        ),
        (
            "change without change",
            report_with(|d| {
                first_statistic(d)["kind"] = json!("change");
            }),
        ),
        (
            "rank with a quantity",
            report_with(|d| {
                let s = first_statistic(d);
                s["kind"] = json!("rank");
                s["rank"] = json!({"position": 1});
            }),
        ),
        (
            "rank position zero",
            report_with(|d| {
                let s = first_statistic(d);
                s["kind"] = json!("rank");
                s["rank"] = json!({"position": 0});
                s.as_object_mut().map(|o| o.remove("quantity"));
            }),
        ),
        (
            "unreadable with a quantity",
            report_with(|d| {
                first_statistic(d)["unreadable"] = json!(true);
            }),
        ),
        (
            "count without a quantity",
            report_with(|d| {
                first_statistic(d)
                    .as_object_mut()
                    .map(|o| o.remove("quantity"));
            }),
        ),
        (
            "blank quote",
            report_with(|d| first_statistic(d)["quote"] = json!("  ")),
        ),
        (
            "bad id",
            report_with(|d| first_statistic(d)["id"] = json!("a b")),
        ),
        (
            "bad metric key",
            report_with(|d| {
                first_statistic(d)["metric"]["key"] = json!("GDP");
            }),
        ),
        (
            "bad date",
            report_with(|d| d["published"] = json!("2023-13-01")),
        ),
    ];
    for (what, doc) in cases {
        let text = doc.to_string();
        assert!(
            Report::from_json(&text).is_err(),
            "{what}: loading accepts it, so the case tests nothing"
        );
        assert!(!REPORT.is_valid(&doc), "{what}: the schema accepts it");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The schema never refuses a report the crate writes: every field,
    /// kind and unit the strategies make.
    #[test]
    fn the_report_schema_accepts_every_report(report in workreport::proptest::report(4)) {
        let doc: Value = serde_json::from_str(&report.to_json().unwrap()).unwrap();
        let problems = errors(&REPORT, &doc);
        prop_assert!(problems.is_empty(), "{}", problems);
    }

    /// The same for vectors of clean phrases in both languages; and each
    /// line reads back as the vector it was written from.
    #[test]
    fn the_vector_schema_accepts_every_clean_vector(
        clean in (phrase(Lang::En), phrase(Lang::Zh)),
    ) {
        check_vector(Vector::from(&clean.0))?;
        check_vector(Vector::from(&clean.1))?;
    }

    /// The same for damaged phrases.
    #[test]
    fn the_vector_schema_accepts_every_damaged_vector(
        damaged in (corrupted(Lang::En), corrupted(Lang::Zh)),
    ) {
        check_vector(Vector::from(&damaged.0))?;
        check_vector(Vector::from(&damaged.1))?;
    }
}

/// The vector's line satisfies the schema and reads back as the vector.
fn check_vector(v: Vector) -> Result<(), TestCaseError> {
    let line = serde_json::to_string(&v).unwrap();
    let doc: Value = serde_json::from_str(&line).unwrap();
    let problems = errors(&VECTOR, &doc);
    prop_assert!(problems.is_empty(), "{}\n{}", line, problems);
    prop_assert_eq!(serde_json::from_str::<Vector>(&line).unwrap(), v);
    Ok(())
}

/// The schema of one string type, to test its pattern alone.
fn string_validator<T: schemars::JsonSchema>() -> Validator {
    let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// The patterns of the checked strings say exactly what their
    /// constructors accept.
    #[test]
    fn checked_string_patterns_match_their_constructors(s in "[A-Za-z0-9_.:/ -]{0,12}") {
        static KEY: LazyLock<Validator> = LazyLock::new(string_validator::<MetricKey>);
        static ID: LazyLock<Validator> = LazyLock::new(string_validator::<Id>);
        static REGION: LazyLock<Validator> = LazyLock::new(string_validator::<RegionCode>);
        static LANGUAGE: LazyLock<Validator> = LazyLock::new(string_validator::<Language>);
        let v = json!(s);
        prop_assert_eq!(KEY.is_valid(&v), MetricKey::new(&s).is_ok(), "metric key {:?}", s);
        prop_assert_eq!(ID.is_valid(&v), Id::new(&s).is_ok(), "id {:?}", s);
        prop_assert_eq!(REGION.is_valid(&v), RegionCode::new(&s).is_ok(), "region {:?}", s);
        prop_assert_eq!(LANGUAGE.is_valid(&v), Language::new(&s).is_ok(), "language {:?}", s);
    }

    /// Short strings from the letters of the forms: the period and unit
    /// patterns accept everything loading accepts, and what they accept
    /// has the shape of one of the forms.
    #[test]
    fn period_and_unit_patterns_accept_what_loading_accepts(
        s in "(FY)?[0-9]{4}(-[0-9QS]{1,2})?(-[0-9]{2})?(/[0-9]{4}(-[0-9]{2}-[0-9]{2})?)?"
    ) {
        static PERIOD: LazyLock<Validator> = LazyLock::new(string_validator::<Period>);
        let v = json!(s);
        if s.parse::<Period>().is_ok() {
            prop_assert!(PERIOD.is_valid(&v), "period {:?}", s);
        }
    }

    #[test]
    fn unit_pattern_accepts_every_unit(u in workreport::proptest::unit()) {
        static UNIT: LazyLock<Validator> = LazyLock::new(string_validator::<Unit>);
        prop_assert!(UNIT.is_valid(&json!(u.to_string())), "unit {}", u);
    }

    #[test]
    fn period_pattern_accepts_every_period(p in workreport::proptest::period()) {
        static PERIOD: LazyLock<Validator> = LazyLock::new(string_validator::<Period>);
        prop_assert!(PERIOD.is_valid(&json!(p.to_string())), "period {}", p);
    }
}

#[test]
fn patterns_refuse_malformed_periods_and_units() {
    let period = string_validator::<Period>();
    for bad in [
        "2023-13", "2023-Q5", "2023-S3", "23", "2023/Q1", "FY2023", " 2023", "2023-00",
    ] {
        assert!(bad.parse::<Period>().is_err(), "{bad} loads");
        assert!(
            !period.is_valid(&json!(bad)),
            "the schema accepts period {bad:?}"
        );
    }
    let unit = string_validator::<Unit>();
    for bad in [
        "furlongs",
        "cny",
        "CNY/",
        "a/b/c",
        "other:",
        "percent/person/x",
        "",
    ] {
        assert!(bad.parse::<Unit>().is_err(), "{bad} loads");
        assert!(
            !unit.is_valid(&json!(bad)),
            "the schema accepts unit {bad:?}"
        );
    }
}

/// A damaged vector line, with `edit` applied.
fn line_with(edit: impl FnOnce(&mut Value)) -> Value {
    let mut line = json!({
        "lang": "zh", "text": "201434余元", "expect": "read", "value": "201434", "high": null,
        "unit": "CNY", "qualifier": "over_some", "change": "none", "damage": "lost_decimal",
        "original": {"value": "2014.34", "high": null, "unit": "CNY", "qualifier": "over_some", "change": "none"}
    });
    edit(&mut line);
    line
}

#[test]
fn the_vector_schema_refuses_inconsistent_lines() {
    let good = line_with(|_| ());
    assert!(VECTOR.is_valid(&good), "{}", errors(&VECTOR, &good));
    assert!(serde_json::from_value::<Vector>(good).is_ok());
    let cases = [
        (
            "read without a value",
            line_with(|v| v["value"] = Value::Null),
        ),
        (
            "reject with a reading",
            line_with(|v| v["expect"] = json!("reject")),
        ),
        (
            "damage without original",
            line_with(|v| v["original"] = Value::Null),
        ),
        (
            "original without damage",
            line_with(|v| v["damage"] = Value::Null),
        ),
        (
            "unknown damage",
            line_with(|v| v["damage"] = json!("smudge")),
        ),
        ("unknown language", line_with(|v| v["lang"] = json!("fr"))),
        (
            "unknown change",
            line_with(|v| v["change"] = json!("sideways")),
        ),
        (
            "value as a number",
            line_with(|v| v["value"] = json!(201434)),
        ),
        (
            "missing key",
            line_with(|v| {
                v.as_object_mut().map(|o| o.remove("high"));
            }),
        ),
        (
            "reject of a clean phrase",
            line_with(|v| {
                for k in ["value", "unit", "qualifier", "change", "damage", "original"] {
                    v[k] = Value::Null;
                }
                v["expect"] = json!("reject");
            }),
        ),
    ];
    for (what, line) in cases {
        assert!(!VECTOR.is_valid(&line), "{what}: the schema accepts it");
        assert!(
            serde_json::from_value::<Vector>(line).is_err(),
            "{what}: Vector reads it"
        );
    }
}
