//! The `align` example, run as a user runs it: text and JSON output
//! (FORMATS.md) and exit codes.

mod util;

use std::process::Output;

fn run(args: &[&str]) -> Output {
    util::run_example("align", args)
}

use util::BUNDLED;

#[test]
fn the_bundled_briefing_is_damaged_and_exits_1() {
    let text = util::exits("align", &[], 1);
    assert!(
        text.starts_with("51 pairs: 13 agree, 2 compatible, 3 damaged, 33 unpaired\n"),
        "{text}"
    );
    // Side by side: the translation's quote, the original's, the verdict,
    // the damage.
    assert_eq!(
        util::row_cells(&text, "997%"),
        [
            "the current ** case solving rate is 997%",
            "现行命案破案率99.7%",
            "damaged",
            "lost_decimal"
        ]
    );
    assert!(text.contains("\nsections[1].sections[1].sections[2]\n"));
}

#[test]
fn json_is_the_array_formats_md_defines() {
    let text = util::exits("align", &["--format", "json"], 1);
    // The keys in FORMATS.md's order.
    let first = &text[..text.find('}').expect("an object")];
    let at = |key: &str| first.find(&format!("\"{key}\"")).expect(key);
    assert!(at("section") < at("translated") && at("translated") < at("original"));
    assert!(at("original") < at("verdict") && at("verdict") < at("damage"));
    let json: serde_json::Value = serde_json::from_str(&text).expect("JSON output");
    let pairs = json.as_array().expect("an array");
    assert_eq!(pairs.len(), 51);
    for pair in pairs {
        let keys: Vec<&str> = pair
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        // serde_json's map sorts its keys.
        assert_eq!(
            keys,
            ["damage", "original", "section", "translated", "verdict"]
        );
    }
    let merged = pairs
        .iter()
        .find(|p| p["damage"] == serde_json::json!(["merged_figures"]))
        .expect("the merged figures");
    assert_eq!(
        merged,
        &serde_json::json!({
            "section": "sections[1].sections[1].sections[2]",
            "translated": ["decreased year-on-year. 92%"],
            "original": ["刑事案件发案同比下降29.93%", "治安案件发案同比下降29.92%"],
            "verdict": "damaged",
            "damage": ["merged_figures"],
        })
    );
}

#[test]
fn a_report_against_itself_agrees_and_exits_0() {
    let text = util::success("align", &[BUNDLED, BUNDLED, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(
        json.as_array()
            .unwrap()
            .iter()
            .all(|p| p["verdict"] == "agree")
    );
}

#[test]
fn bad_usage_and_bad_inputs_exit_2_with_one_line() {
    for (args, message) in [
        (vec![BUNDLED], "align: a TRANSLATION and its ORIGINAL; usage: align [TRANSLATION ORIGINAL] [--format text|json]\n".to_owned()),
        (vec!["--format", "xml"], "align: unknown format \"xml\"; usage: align [TRANSLATION ORIGINAL] [--format text|json]\n".to_owned()),
        (vec![BUNDLED, "Cargo.toml"], "align: Cargo.toml: line 1: invalid part \"package\": expected a section's or an achievement's path, such as sections[0].sections[1] or sections[0].achievements[2]\n".to_owned()),
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&o.stderr), message, "{args:?}");
        assert!(o.stdout.is_empty());
    }
    // And the checks every example passes: an unknown option, a file
    // that is not there.
    util::assert_bad_usage_exits_2_with("align", &[&[BUNDLED, "/no/such/file.txt"][..]]);
}
