//! The `vectors` example: the same seed writes the same file, every line
//! has FORMATS.md's fields in order, and the crate's own reader agrees
//! with every vector.

mod util;

use workreport::text::{Lang, parse};

const FIELDS: [&str; 10] = [
    "lang",
    "text",
    "expect",
    "value",
    "high",
    "unit",
    "qualifier",
    "change",
    "damage",
    "original",
];

fn vectors(args: &[&str]) -> String {
    util::success("vectors", args)
}

#[test]
fn a_seed_gives_one_file() {
    let a = vectors(&["--count", "40", "--seed", "7"]);
    assert_eq!(a, vectors(&["--count=40", "--seed=7"]));
    assert_ne!(a, vectors(&["--count", "40", "--seed", "8"]));
    assert_eq!(a.lines().count(), 40);
}

#[test]
fn lines_follow_formats_md_and_the_reader_agrees() {
    let text = vectors(&["--count", "400", "--seed", "11", "--corrupt", "0.5"]);
    let (mut read, mut reject, mut damaged) = (0, 0, 0);
    for line in text.lines() {
        // Fields in FORMATS.md's order.
        let at: Vec<usize> = FIELDS
            .iter()
            .map(|k| {
                line.find(&format!("\"{k}\":"))
                    .unwrap_or_else(|| panic!("{k} missing: {line}"))
            })
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{line}");
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let lang = match v["lang"].as_str() {
            Some("en") => Lang::En,
            Some("zh") => Lang::Zh,
            other => panic!("lang {other:?}"),
        };
        let text = v["text"].as_str().unwrap();
        if !v["damage"].is_null() {
            damaged += 1;
            assert!(v["original"].is_object(), "{line}");
        }
        match v["expect"].as_str() {
            Some("read") => {
                read += 1;
                let r = parse(text, Some(lang)).unwrap_or_else(|e| panic!("{line}: {e}"));
                let q = r.quantity.as_ref().expect("a quantity");
                assert_eq!(v["value"], q.expanded().normalize().to_string(), "{line}");
                assert_eq!(v["unit"], q.unit().to_string(), "{line}");
                assert_eq!(v["qualifier"], q.qualifier().code(), "{line}");
                assert_eq!(v["change"], r.change_code(), "{line}");
                assert_eq!(
                    v["high"],
                    q.expanded_high().map_or(serde_json::Value::Null, |h| h
                        .normalize()
                        .to_string()
                        .into()),
                    "{line}"
                );
            }
            Some("reject") => {
                reject += 1;
                assert!(parse(text, Some(lang)).is_err(), "{line}");
                assert!(v["value"].is_null() && v["unit"].is_null(), "{line}");
            }
            other => panic!("expect {other:?}"),
        }
    }
    assert!(
        read > 100 && reject > 10 && damaged > 100,
        "{read} read, {reject} reject, {damaged} damaged"
    );
}

#[test]
fn one_language_and_no_damage() {
    let text = vectors(&["--count", "30", "--lang", "zh", "--corrupt", "0"]);
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["lang"], "zh");
        assert!(v["damage"].is_null() && v["expect"] == "read");
    }
}

#[test]
fn bad_usage_exits_2_with_one_line() {
    for args in [
        &["--count", "many"][..],
        &["--lang", "fr"],
        &["--corrupt", "1.5"],
        &["--seed"],
        &["extra"],
    ] {
        let o = util::run_example("vectors", args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("vectors: "), "{err}");
    }
}
