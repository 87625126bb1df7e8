//! Accuracy against real phrases: every clause of the corpus
//! (`shared/corpus/phrases.jsonl`, copied to `tests/data/phrases.jsonl`)
//! is read with the figure it is labelled with.

use std::collections::BTreeMap;

use workreport::Dimension;
use workreport::text::{Lang, parse};

const SHARED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/corpus/phrases.jsonl"
);
const COPY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/phrases.jsonl");

/// Lines the crate deliberately reads otherwise, with the reason. Empty
/// means every line is read as labelled.
const READ_OTHERWISE: &[(&str, &str)] = &[];

fn corpus() -> String {
    std::fs::read_to_string(SHARED)
        .or_else(|_| std::fs::read_to_string(COPY))
        .unwrap_or_else(|e| panic!("cannot read the corpus at {SHARED} or {COPY}: {e}"))
}

#[test]
fn the_copy_matches_the_shared_corpus() {
    let Ok(shared) = std::fs::read_to_string(SHARED) else {
        eprintln!("note: {SHARED} is not here; the repository copy is used");
        return;
    };
    let copy = std::fs::read_to_string(COPY).expect("the repository copy of the corpus");
    assert!(
        shared == copy,
        "tests/data/phrases.jsonl is stale: copy shared/corpus/phrases.jsonl over it"
    );
}

#[test]
fn every_corpus_line_is_read_as_labelled() {
    let text = corpus();
    let mut failures = Vec::new();
    let mut lines = 0;
    let otherwise: BTreeMap<&str, &str> = READ_OTHERWISE.iter().copied().collect();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        lines += 1;
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let clause = v["text"].as_str().expect("text");
        if otherwise.contains_key(clause) {
            continue;
        }
        let lang: Lang = v["lang"].as_str().expect("lang").parse().expect("en or zh");
        let want_unit = v["unit"].as_str().expect("unit");
        let got = match parse(clause, Some(lang)) {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("{clause}\n    error: {e}"));
                continue;
            }
        };
        let q = got.quantity.as_ref();
        let value = got.value().map(|d| d.normalize().to_string());
        let high = q
            .and_then(|q| q.expanded_high())
            .map(|d| d.normalize().to_string());
        let unit = q.map(|q| q.unit().to_string());
        let qualifier = q.map(|q| q.qualifier().code());
        let want_count = want_unit
            .parse::<workreport::Unit>()
            .is_ok_and(|u| u.dimension() == Dimension::Count);
        let unit_ok = match (&unit, q) {
            // For counted things a reader is right when it reads a count.
            (Some(_), Some(q)) if want_count => q.unit().is_count(),
            (Some(u), _) => u == want_unit,
            (None, _) => false,
        };
        let checks = [
            ("value", value.as_deref() == v["value"].as_str()),
            (
                "high",
                high.as_deref() == v.get("high").and_then(|h| h.as_str()),
            ),
            ("unit", unit_ok),
            ("qualifier", qualifier == v["qualifier"].as_str()),
            ("change", Some(got.change_code()) == v["change"].as_str()),
        ];
        let wrong: Vec<&str> = checks
            .iter()
            .filter(|(_, ok)| !ok)
            .map(|(name, _)| *name)
            .collect();
        if !wrong.is_empty() {
            failures.push(format!(
                "{clause}\n    wrong {wrong:?}: read value={value:?} high={high:?} unit={unit:?} qualifier={qualifier:?} change={}\n    want value={} high={} unit={} qualifier={} change={}",
                got.change_code(),
                v["value"], v.get("high").unwrap_or(&serde_json::Value::Null), v["unit"], v["qualifier"], v["change"]
            ));
        }
    }
    assert!(lines >= 100, "only {lines} corpus lines");
    assert!(
        failures.is_empty(),
        "{} of {lines} lines read wrongly:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
