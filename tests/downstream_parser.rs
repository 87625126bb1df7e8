//! The kit's intended use, end to end: property-testing a parser of report
//! phrases with `workreport::proptest`. The crate's own reader passes; a
//! naive reader, of the kind people write first, is caught and its bug
//! shrunk to a small case.

use proptest::prelude::*;
use proptest::test_runner::{Config, TestError, TestRng, TestRunner};
use workreport::proptest::{Corrupted, Damage, Phrase, corrupted, phrase};
use workreport::text::{Lang, Reading, parse};
use workreport::validate::Rule;
use workreport::{
    Achievement, Metric, Quantity, Report, Scope, Section, Statistic, StatisticKind, Unit,
};

/// A parser under test: text in, a figure out.
type Parser = fn(&str) -> Option<Quantity>;

/// The crate's own reader, as a parser under test.
fn crate_reader(text: &str) -> Option<Quantity> {
    parse(text, None).ok().and_then(|r: Reading| r.quantity)
}

/// A parser as people write it first: the first number, a percent sign
/// after it, and nothing else (no 余, no 万, no qualifiers, no words).
fn naive(text: &str) -> Option<Quantity> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let len = text[start..]
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len() - start);
    let value = text[start..start + len]
        .trim_end_matches('.')
        .parse()
        .ok()?;
    let unit = if text[start + len..].starts_with('%') {
        Unit::Percent
    } else {
        Unit::Items
    };
    Quantity::exact(value, unit).ok()
}

/// Whether `parser` gives the figure the phrase states.
fn reads_right(parser: Parser, p: &Phrase) -> bool {
    parser(&p.text).is_some_and(|q| {
        q.expanded() == p.quantity.expanded()
            && q.expanded_high() == p.quantity.expanded_high()
            && q.unit() == p.quantity.unit()
            && q.qualifier() == p.quantity.qualifier()
    })
}

/// Runs the property "the parser reads every phrase right" over levels
/// (the kit's phrases without a change), and returns the shrunk
/// counterexample if there is one.
fn counterexample(parser: Parser, lang: Lang) -> Option<Phrase> {
    // A fixed seed, so that the run (and its shrunk case) is the same
    // every time.
    let config = Config {
        cases: 256,
        failure_persistence: None,
        ..Config::default()
    };
    let rng = TestRng::deterministic_rng(config.rng_algorithm);
    let mut runner = TestRunner::new_with_rng(config, rng);
    let levels = phrase(lang).prop_filter("a level", |p| p.change.is_none());
    match runner.run(&levels, |p| {
        prop_assert!(reads_right(parser, &p), "{:?}", p.text);
        Ok(())
    }) {
        Ok(()) => None,
        Err(TestError::Fail(_, p)) => Some(p),
        Err(TestError::Abort(why)) => panic!("the run aborted: {why}"),
    }
}

#[test]
fn the_crate_reader_passes_the_kit() {
    for lang in [Lang::En, Lang::Zh] {
        assert_eq!(counterexample(crate_reader, lang), None);
    }
}

#[test]
fn a_naive_parser_is_caught_with_a_small_counterexample() {
    for lang in [Lang::En, Lang::Zh] {
        let p = counterexample(naive, lang).expect("the naive parser has bugs the kit finds");
        // Shrunk to a small number in a short phrase, with one thing the
        // naive parser ignores (a unit, a qualifier, a scale).
        assert!(
            p.quantity.value().abs() <= 10.into(),
            "{lang:?}: {:?} is not small",
            p.text
        );
        assert!(
            p.text.chars().count() <= 16,
            "{lang:?}: {:?} is not short",
            p.text
        );
        assert!(!reads_right(naive, &p));
        println!("{lang:?}: the naive parser misreads {:?}", p.text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Malformed text is refused, changed text read as written.
    #[test]
    fn the_crate_reader_handles_damage(c in corrupted(Lang::En), z in corrupted(Lang::Zh)) {
        for c in [c, z] {
            let result = parse(&c.text, Some(c.clean.lang));
            prop_assert!(c.accepts(&result), "{:?} ({})", c.text, c.damage.code());
        }
    }
}

/// A report whose one statistic is a rate read from `text`.
fn rate_report(text: &str, q: Quantity) -> Report {
    let mut r = Report::new(
        "t",
        "i",
        Scope::new("s").unwrap(),
        "2023".parse().unwrap(),
        "en".parse().unwrap(),
    );
    let mut s = Section::new("figures");
    s.achievements.push(Achievement {
        text: text.to_owned(),
        statistics: vec![
            Statistic::new(
                Metric::new("solving rate").unwrap(),
                StatisticKind::Rate,
                Some(q),
                text,
            )
            .unwrap(),
        ],
    });
    r.sections.push(s);
    r
}

proptest! {
    /// A lost decimal point reads as written; the validator flags the rate
    /// it makes, past 100 percent.
    #[test]
    fn the_validator_catches_what_the_reader_must_let_through(
        hundredths in (1001..=9999_i64).prop_filter("a point to lose", |h| h % 100 != 0),
        zh in any::<bool>(),
    ) {
        let lang = if zh { Lang::Zh } else { Lang::En };
        // 10.01% to 99.99%, which lose their point: 99.7% becomes 997%.
        let clean = Quantity::exact(workreport::Decimal::new(hundredths, 2), Unit::Percent).unwrap();
        let c = Corrupted::of(&clean, Damage::LostDecimal, lang).unwrap();
        let reading = parse(&c.text, Some(lang)).unwrap();
        prop_assert!(c.accepts(&Ok::<_, ()>(reading.clone())));
        let damaged = reading.quantity.unwrap();
        let findings = rate_report(&c.text, damaged).validate();
        prop_assert!(findings.iter().any(|f| f.rule == Rule::RateOutOfRange), "{:?}", c.text);
    }
}
