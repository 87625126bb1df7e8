//! The `compare` example, run as a user runs it: the scorecard and diff in
//! text and JSON (FORMATS.md), and exit codes.

mod util;

use std::process::Output;

fn run(args: &[&str]) -> Output {
    util::run_example("compare", args)
}

#[test]
fn the_national_reports_by_default() {
    let text = util::success("compare", &[]);
    let cells = util::row_cells(&text, "gdp.growth ");
    assert_eq!(
        cells,
        [
            "gdp.growth",
            "国内生产总值增长5%左右",
            "增长5.2%",
            "met",
            "0.7个百分点"
        ]
    );
    // Margins as a person writes them, in the target's unit and language:
    // 12.44 million against about 12 million (11.5 million and up) is
    // 940,000 people to spare, 1.39 trillion jin against 1.3 trillion 90
    // billion.
    assert_eq!(
        util::row_cells(&text, "employment.new_urban_jobs")[4],
        "94万人"
    );
    assert_eq!(
        util::row_cells(&text, "agriculture.grain_output")[4],
        "900亿斤"
    );
    assert!(text.contains("Only in the new report (10)"), "{text}");
    // Each report's title, then its period and date, said as such.
    assert!(
        text.starts_with(
            "old: Report on the Work of the Government (2023), covering 2022, published 2023-03-05\n\
             new: Report on the Work of the Government (2024), covering 2023, published 2024-03-05\n"
        ),
        "{text}"
    );
}

#[test]
fn json_is_the_object_formats_md_defines() {
    let o = run(&["--format", "json"]);
    assert_eq!(o.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_str(&util::stdout(&o)).expect("JSON output");
    let object = json.as_object().expect("an object");
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["matched", "only_new", "only_old", "scorecard"]);
    let card = json["scorecard"].as_array().unwrap();
    assert_eq!(card.len(), 6);
    assert_eq!(
        card[0],
        serde_json::json!({"metric": "gdp.growth", "target": "国内生产总值增长5%左右", "actual": "增长5.2%", "verdict": "met", "margin": "0.7"})
    );
    assert_eq!(card[5]["verdict"], "undetermined");
    assert_eq!(card[5]["actual"], serde_json::Value::Null);
    assert_eq!(card[5]["margin"], serde_json::Value::Null);
    // Statistics as in tour's lines.
    let first = &json["only_new"][0];
    for key in util::ROW_FIELDS {
        assert!(first.get(key).is_some(), "{key} missing in {first}");
    }
    assert_eq!(first["value"], "126000000000000");
}

#[test]
fn matched_pairs_carry_the_change_object() {
    // A report against itself: every outcome matches, equal, no change.
    let path = format!(
        "{}/examples/data/china-national-2023-outcomes.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let o = run(&[&path, &path, "--format=json"]);
    assert_eq!(o.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_str(&util::stdout(&o)).unwrap();
    let matched = json["matched"].as_array().unwrap();
    assert_eq!(matched.len(), 10);
    let gdp = &matched[0];
    assert_eq!(gdp["metric"], "gdp");
    assert_eq!(
        gdp["comparison"], "undetermined",
        "more than 126 trillion against itself"
    );
    // Both more than 126 trillion: the new may be anything from nothing
    // like the old (−100%, never reached) upward.
    assert_eq!(
        gdp["change"],
        serde_json::json!({"absolute_low": null, "absolute_high": null, "relative_low": "-100", "relative_high": null, "points_low": null, "points_high": null})
    );
    let growth = &matched[1];
    assert_eq!(growth["comparison"], "equal");
    assert_eq!(growth["change"]["points_low"], "0");
    assert_eq!(growth["change"]["relative_low"], "0");
    assert_eq!(growth["change"]["absolute_low"], serde_json::Value::Null);
}

#[test]
fn bad_usage_exits_2_with_one_line() {
    util::assert_bad_usage_exits_2_with("compare", &[&["only-one.json"][..], &["a", "b", "c"]]);
}
