//! Validating generated reports: the crate's own strategies
//! (`workreport::proptest`) build a report from a generator seeded with
//! the fuzzer's first bytes, and the bytes after rename its metrics from
//! three names, so that figures are mentioned many times. `validate`, and
//! `validate_against` an original (the report itself, or another
//! generated one), never panic; their findings are in document order,
//! each path names an item of the report, and no rule lists more than its
//! limit and the finding that counts the rest. Against itself a report
//! has no `translation.disagrees`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use workreport::align::Original;
use workreport::validate::{Findings, Rule, Validator};
use workreport::{Metric, Report, Section, Statistic};

/// The most findings of a rule listed: small, so that the limit is met.
const LIMIT: usize = 3;

/// Every item's path, in the validator's document order.
fn paths(report: &Report) -> Vec<String> {
    fn section(path: String, s: &Section, out: &mut Vec<String>) {
        out.push(path.clone());
        for (a, achievement) in s.achievements.iter().enumerate() {
            out.push(format!("{path}.achievements[{a}]"));
            for k in 0..achievement.statistics.len() {
                out.push(format!("{path}.achievements[{a}].statistics[{k}]"));
            }
        }
        for m in 0..s.measures.len() {
            out.push(format!("{path}.measures[{m}]"));
        }
        for (t, target) in s.targets.iter().enumerate() {
            out.push(format!("{path}.targets[{t}]"));
            if target.figure.is_some() {
                out.push(format!("{path}.targets[{t}].figure"));
            }
        }
        for (i, sub) in s.sections.iter().enumerate() {
            section(format!("{path}.sections[{i}]"), sub, out);
        }
    }
    let mut out = vec!["title".to_owned(), "issuer".to_owned()];
    for (i, s) in report.sections.iter().enumerate() {
        section(format!("sections[{i}]"), s, &mut out);
    }
    out
}

/// The properties of any validation's findings.
fn check(report: &Report, findings: &Findings, limit: Option<usize>) {
    let order = paths(report);
    let mut last = 0;
    for f in findings.iter() {
        let place = order
            .iter()
            .position(|p| *p == f.path)
            .unwrap_or_else(|| panic!("{} names no item: {f:?}", f.path));
        assert!(place >= last, "out of document order: {f:?}");
        last = place;
        assert!(
            !f.message.is_empty() && f.message.len() < 4096,
            "message: {f:?}"
        );
    }
    if let Some(limit) = limit {
        for rule in Rule::ALL {
            let n = findings.iter().filter(|f| f.rule == *rule).count();
            assert!(n <= limit + 1, "{n} findings of {rule}");
        }
    }
}

/// `s` with the metric `name`, the rest kept.
fn renamed(s: &Statistic, name: &str) -> Statistic {
    let metric = Metric::new(name).expect("a name");
    let mut t = if s.is_unreadable() {
        Statistic::unreadable(metric, s.kind().clone(), s.quote())
    } else {
        Statistic::new(metric, s.kind().clone(), s.quantity().cloned(), s.quote())
    }
    .expect("what was valid stays valid");
    if let Some(p) = s.period() {
        t = t.with_period(*p);
    }
    if let Some(scope) = s.scope() {
        t = t.with_scope(scope.clone());
    }
    if let Some(id) = s.id() {
        t = t.with_id(id.clone());
    }
    if let Some(whole) = s.part_of() {
        t = t.with_part_of(whole.clone());
    }
    t
}

/// Renames each statistic's metric to one of three, by `names` in turn.
fn rename(section: &mut Section, names: &[u8], next: &mut usize) {
    for a in &mut section.achievements {
        for s in &mut a.statistics {
            if let Some(k) = names.get(*next % names.len().max(1)) {
                *s = renamed(s, &format!("metric {}", k % 3));
            }
            *next += 1;
        }
    }
    for sub in &mut section.sections {
        rename(sub, names, next);
    }
}

fuzz_target!(|data: &[u8]| {
    // The first 16 bytes seed the generator (proptest's pass-through of the
    // bytes as its random stream gives zeros once they run out, on which
    // its filters retry without end); the rest name the metrics in turn.
    let (seed, names) = data.split_at(data.len().min(16));
    let mut seed = seed.to_vec();
    seed.resize(16, 0);
    let rng = TestRng::from_seed(RngAlgorithm::XorShift, &seed);
    let mut runner = TestRunner::new_with_rng(Config::default(), rng);
    let strategy = (
        workreport::proptest::report(3),
        workreport::proptest::report(2),
    );
    let Ok(tree) = strategy.new_tree(&mut runner) else {
        return;
    };
    let (mut report, other) = tree.current();
    let mut next = 0;
    for s in &mut report.sections {
        rename(s, &names[..names.len().min(64)], &mut next);
    }

    check(&report, &report.validate(), Some(1000));
    let limited = Validator::new().findings_per_rule(LIMIT);
    check(&report, &limited.validate(&report), Some(LIMIT));

    let itself = Original::from_report(&report);
    let findings = limited.validate_against(&report, &itself);
    check(&report, &findings, Some(LIMIT));
    assert!(
        findings
            .iter()
            .all(|f| f.rule != Rule::TranslationDisagrees),
        "a report disagrees with itself: {findings:?}"
    );
    let another = Original::from_report(&other);
    check(
        &report,
        &Validator::new().validate_against(&report, &another),
        Some(1000),
    );
});
