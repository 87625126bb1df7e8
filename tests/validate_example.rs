//! The `validate` example, run as a user runs it: text and JSON output
//! (FORMATS.md) and exit codes.

mod util;

use std::process::Output;

fn run(args: &[&str]) -> Output {
    util::run_example("validate", args)
}

/// A file of `text` in a fresh temporary folder; the folder goes when the
/// guard does.
struct Temp(std::path::PathBuf);

impl Temp {
    fn file(name: &str, text: &str) -> (Temp, String) {
        let dir =
            std::env::temp_dir().join(format!("workreport-validate-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        let p = path.to_str().unwrap().to_owned();
        (Temp(dir), p)
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

#[test]
fn the_bundled_report_prints_diagnostics_and_exits_1() {
    let text = util::exits("validate", &[], 1);
    assert_eq!(text, util::bundled().validate().to_string());
    assert!(text.contains(
        "error[rate.out_of_range]: a rate of 997 percent is outside 0 to 100 percent\n  --> sections[1].sections[1].sections[1].achievements[1].statistics[0]\n   | the current ** case solving rate is 997%\n   = suggestion: corrected to 99.7% by the editor: the original states 现行命案破案率99.7% (source: China News Service, Sichuan (中新网四川), 2024-01-09: the Chinese original of the briefing)\n"
    ));
    // The report corrects every figure a rule would guess at: no guess.
    assert!(!text.contains("guess"), "{text}");
    assert!(text.ends_with("4 errors, 2 warnings, 1 info\n"));
}

#[test]
fn json_is_the_array_formats_md_defines() {
    let text = util::exits("validate", &["--format", "json"], 1);
    let json: serde_json::Value = serde_json::from_str(&text).expect("JSON output");
    let items = json.as_array().expect("an array");
    assert_eq!(items.len(), 7);
    for item in items {
        for key in ["code", "severity", "path", "message", "quote", "suggestion"] {
            assert!(item.get(key).is_some(), "{key} missing in {item}");
        }
        assert!(matches!(
            item["severity"].as_str(),
            Some("error" | "warning" | "info")
        ));
    }
    assert_eq!(items[3]["code"], "change.implausible");
    assert_eq!(items[3]["severity"], "warning");
}

#[test]
fn a_report_without_errors_exits_0() {
    let mut report = util::bundled();
    // Drop the figures that raise errors; the warnings stay.
    let findings = report.validate();
    let erring: Vec<String> = findings
        .iter()
        .filter(|f| f.severity == workreport::validate::Severity::Error)
        .map(|f| f.path.clone())
        .collect();
    fn prune(path: &str, s: &mut workreport::Section, erring: &[String]) {
        for (a, achievement) in s.achievements.iter_mut().enumerate() {
            let mut k = 0;
            achievement.statistics.retain(|_| {
                let p = format!("{path}.achievements[{a}].statistics[{k}]");
                k += 1;
                !erring.contains(&p)
            });
        }
        for (i, sub) in s.sections.iter_mut().enumerate() {
            prune(&format!("{path}.sections[{i}]"), sub, erring);
        }
    }
    for (i, s) in report.sections.iter_mut().enumerate() {
        prune(&format!("sections[{i}]"), s, &erring);
    }
    assert!(!report.validate().has_errors());
    let (_dir, path) = Temp::file("clean.json", &report.to_json().unwrap());
    let o = run(&[&path]);
    assert_eq!(o.status.code(), Some(0), "{}", util::stdout(&o));
    // The redaction was in the 997% figure's quote, dropped with it.
    assert!(
        util::stdout(&o).ends_with("0 errors, 2 warnings, 0 infos\n"),
        "{}",
        util::stdout(&o)
    );
}

#[test]
fn bad_usage_exits_2_with_one_line() {
    util::assert_bad_usage_exits_2("validate");
}

#[test]
fn malformed_reports_exit_2_naming_the_field() {
    let good = util::bundled_text();
    let cases: [(&str, String, &str); 5] = [
        (
            "truncated.json",
            good[..good.len() / 2].to_owned(),
            "EOF while parsing",
        ),
        (
            "types.json",
            good.replacen("\"title\": \"", "\"title\": 5, \"x\": \"", 1),
            "title: invalid type: integer `5`, expected a string",
        ),
        (
            "unit.json",
            good.replacen("\"unit\": \"percent\"", "\"unit\": \"furlongs\"", 1),
            "sections[1].sections[1].sections[0].achievements[1].statistics[0].quantity.unit: unknown unit \"furlongs\"",
        ),
        (
            "period.json",
            good.replacen("\"period\": \"2023\"", "\"period\": \"2023-13\"", 1),
            "period: invalid month 13 in \"2023-13\"",
        ),
        (
            "version.json",
            good.replacen("workreport/1", "workreport/9", 1),
            "format: unsupported format \"workreport/9\": this version of workreport reads \"workreport/1\"",
        ),
    ];
    for (name, text, says) in cases {
        assert_ne!(text, good, "{name}: the damage did not apply");
        let (_dir, path) = Temp::file(name, &text);
        let o = run(&[&path]);
        assert_eq!(o.status.code(), Some(2), "{name}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.lines().count(), 1, "{name}: {err}");
        assert!(
            err.starts_with(&format!("validate: {path}: ")),
            "{name}: {err}"
        );
        assert!(err.contains(says), "{name}: {err}");
        assert!(o.stdout.is_empty());
    }
}
