//! Every example answers `--help` and `-h` with its usage, every option it
//! takes, on standard output, and exit code 0 (FORMATS.md, "Conventions").

mod util;

/// Each example and the options its usage must name: the test's own list,
/// from FORMATS.md and the examples' docs.
const EXAMPLES: &[(&str, &[&str])] = &[
    (
        "tour",
        &["PATH", "--format text", "--format jsonl", "--help"],
    ),
    (
        "validate",
        &["PATH", "--format text", "--format json", "--help"],
    ),
    (
        "compare",
        &["OLD NEW", "--format text", "--format json", "--help"],
    ),
    (
        "align",
        &[
            "TRANSLATION",
            "ORIGINAL",
            "--format text",
            "--format json",
            "--help",
        ],
    ),
    ("parse", &["--lang", "--help"]),
    (
        "figures",
        &[
            "PATH",
            "--lang",
            "--format jsonl",
            "--format text",
            "--help",
        ],
    ),
    (
        "vectors",
        &["--count", "--seed", "--lang", "--corrupt", "--help"],
    ),
];

#[test]
fn every_example_answers_help_with_its_usage_and_exit_0() {
    for (name, options) in EXAMPLES {
        for flag in ["--help", "-h"] {
            let o = util::run_example(name, &[flag]);
            assert_eq!(o.status.code(), Some(0), "{name} {flag}");
            assert!(
                o.stderr.is_empty(),
                "{name} {flag}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            let out = util::stdout(&o);
            assert!(
                out.starts_with(&format!("usage: {name}")),
                "{name} {flag}: {out}"
            );
            for option in *options {
                assert!(
                    out.contains(option),
                    "{name} {flag} does not name {option}: {out}"
                );
            }
        }
    }
}

#[test]
fn help_wins_over_other_arguments() {
    // The report is not read: a missing file is no error when help is asked.
    let o = util::run_example("tour", &["/no/such/file.json", "-h"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(util::stdout(&o).starts_with("usage: tour"));
}
