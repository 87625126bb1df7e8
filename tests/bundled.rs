//! The bundled Sichuan briefing encodes the source as the issue asks:
//! figures as the translation states them, garbled ones kept unreadable,
//! names and ordinals not counted as figures.

mod util;

use util::{bundled, dec};
use workreport::{Direction, Extreme, Statistic, StatisticKind, Unit};

/// The source text, where this checkout has the shared folder beside it
/// (CI and the developers' machines do; a packaged crate does not).
const SOURCE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/sources/sichuan-public-security-2023-briefing.en.txt"
);

fn find<'a>(stats: &'a [(String, &'a Statistic)], quote_part: &str) -> &'a Statistic {
    let hits: Vec<_> = stats
        .iter()
        .filter(|(_, s)| s.quote().contains(quote_part))
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "expected one statistic quoting {quote_part:?}, found {}",
        hits.len()
    );
    hits[0].1
}

#[test]
fn header() {
    let r = bundled();
    assert_eq!(r.period.to_string(), "2023");
    assert_eq!(
        r.published.map(|d| d.to_string()).as_deref(),
        Some("2024-01-09")
    );
    assert_eq!(r.scope.code().map(|c| c.as_str()), Some("CN-SC"));
    assert_eq!(r.language.as_str(), "en");
}

#[test]
fn figures_are_recorded_as_the_translation_states_them() {
    let r = bundled();
    let stats: Vec<_> = r.statistics().collect();
    // "the current ** case solving rate is 997%": a rate of 997 percent.
    let s = find(&stats, "997%");
    assert_eq!(s.kind(), &StatisticKind::Rate);
    assert_eq!(
        s.quantity().map(|q| (q.expanded(), q.unit().clone())),
        Some((dec("997"), Unit::Percent))
    );
    // "decreased year-on-year. 92%": a 92 percent decline.
    let s = find(&stats, "92%");
    match s.kind() {
        StatisticKind::Change(c) => assert_eq!(c.direction, Direction::Down),
        other => panic!("92% should be a change, is {other:?}"),
    }
    assert_eq!(s.quantity().map(|q| q.expanded()), Some(dec("92")));
    // "more than 5.35 million people" keeps its magnitude as written.
    let s = find(&stats, "5.35 million");
    let q = s.quantity().unwrap();
    assert_eq!(
        (q.value(), q.expanded(), q.interval().to_string()),
        (dec("5.35"), dec("5350000"), "(5350000, ∞)".into())
    );
    // Two mentions of the Universiade mobilisation share one metric key.
    let keys: Vec<_> = stats
        .iter()
        .filter(|(_, s)| s.quote().contains("170,000"))
        .map(|(_, s)| s.metric().key().map(|k| k.as_str().to_owned()))
        .collect();
    assert_eq!(keys.len(), 2);
    assert!(keys[0].is_some() && keys[0] == keys[1], "{keys:?}");
    // The rank, the record and the streaks.
    assert!(
        matches!(find(&stats, "ranking first").kind(), StatisticKind::Rank(r) if r.position.map(|p| p.get()) == Some(1))
    );
    let low = find(&stats, "10-year low");
    assert!(matches!(low.kind(), StatisticKind::Record(r) if r.extreme == Extreme::Low));
    assert_eq!(
        low.quantity().map(|q| (q.expanded(), q.unit().clone())),
        Some((dec("10"), Unit::Years))
    );
    let streak = find(&stats, "23 consecutive years");
    assert_eq!(streak.kind(), &StatisticKind::Streak);
    assert_eq!(
        streak.period().map(|p| p.to_string()).as_deref(),
        Some("2001/2023")
    );
}

#[test]
fn garbled_figures_are_kept_unreadable() {
    let r = bundled();
    let stats: Vec<_> = r.statistics().collect();
    let unreadable: Vec<&str> = stats
        .iter()
        .filter(|(_, s)| s.is_unreadable())
        .map(|(_, s)| s.quote())
        .collect();
    assert_eq!(unreadable.len(), 3, "{unreadable:?}");
    for garbled in [
        "disputes80More than 30,000 pieces",
        "losses2More than 700 million yuan",
        "the province's 1 8 police force",
    ] {
        assert!(
            unreadable.iter().any(|q| q.contains(garbled)),
            "{garbled:?} should be kept, unreadable: {unreadable:?}"
        );
    }
    for (_, s) in stats.iter().filter(|(_, s)| s.is_unreadable()) {
        assert!(s.quantity().is_none());
    }
}

#[test]
fn names_and_ordinals_are_not_statistics() {
    let r = bundled();
    for (path, s) in r.statistics() {
        for name in [
            "1357",
            "three absolutes",
            "four iron generals",
            "10,000 police",
            "fourth joint meeting",
            "31st",
            "20th",
            "third batch",
        ] {
            assert!(
                !s.quote().contains(name),
                "{path} quotes the name or ordinal {name:?}: {}",
                s.quote()
            );
        }
    }
}

#[test]
fn every_quote_lies_in_its_achievement_and_in_the_source() {
    let r = bundled();
    for (path, section) in r.sections() {
        for (a, achievement) in section.achievements.iter().enumerate() {
            for s in &achievement.statistics {
                assert!(
                    achievement.text.contains(s.quote()),
                    "{path}.achievements[{a}]: {:?} is not in its text",
                    s.quote()
                );
            }
        }
    }
    let Ok(source) = std::fs::read_to_string(SOURCE) else {
        eprintln!(
            "note: {SOURCE} is not here; quotes were checked against their achievements only"
        );
        return;
    };
    let chars: Vec<char> = source.chars().collect();
    let mut checked = 0;
    for (path, s) in r.statistics() {
        assert!(
            source.contains(s.quote()),
            "{path}: {:?} is not in the source",
            s.quote()
        );
        let (start, end) = s.span().unwrap_or_else(|| panic!("{path} has no span"));
        let at: String = chars[start..end].iter().collect();
        assert_eq!(
            at,
            s.quote(),
            "{path}: the span does not point at the quote"
        );
        checked += 1;
    }
    assert!(checked >= 50, "only {checked} statistics checked");
}
