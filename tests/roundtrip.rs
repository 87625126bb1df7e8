//! Reading what was rendered gives back the same reading (DESIGN.md,
//! "Text"): the same expanded value, unit, qualifier and range end, in
//! both languages, with the two English exceptions: `over_some` is written
//! "more than" and reads back as `more_than`, and 万 and 亿 are written in
//! thousands, millions and billions (so the magnitude as written changes).

mod util;

use proptest::prelude::*;
use workreport::text::{Lang, parse, render, render_statistic};
use workreport::{Qualifier, Quantity, Statistic, StatisticKind, Unit};

/// What must survive the round trip.
fn key(q: &Quantity) -> (String, Option<String>, String, Qualifier) {
    (
        q.expanded().normalize().to_string(),
        q.expanded_high().map(|h| h.normalize().to_string()),
        q.unit().to_string(),
        q.qualifier(),
    )
}

fn expected(q: &Quantity, lang: Lang) -> (String, Option<String>, String, Qualifier) {
    let mut k = key(q);
    if lang == Lang::En && k.3 == Qualifier::OverSome {
        k.3 = Qualifier::MoreThan;
    }
    k
}

/// Quantities whose text the readers of both languages are meant to read
/// back: every unit of the strategies, values with up to three decimals.
fn quantity() -> impl Strategy<Value = Quantity> {
    workreport::proptest::quantity()
}

fn round_trip(q: &Quantity, lang: Lang) -> Result<(), TestCaseError> {
    let text = render(q, lang);
    let reading =
        parse(&text, Some(lang)).map_err(|e| TestCaseError::fail(format!("{text:?}: {e}")))?;
    let back = reading
        .quantity
        .ok_or_else(|| TestCaseError::fail(format!("{text:?}: no quantity")))?;
    prop_assert_eq!(
        key(&back),
        expected(q, lang),
        "{:?} read back wrongly",
        text
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn english_round_trips(q in quantity()) {
        round_trip(&q, Lang::En)?;
    }

    #[test]
    fn chinese_round_trips(q in quantity()) {
        round_trip(&q, Lang::Zh)?;
    }

    #[test]
    fn display_and_from_str_keep_the_reading(q in quantity()) {
        let back: Quantity = q.to_string().parse().map_err(|e| TestCaseError::fail(format!("{q}: {e}")))?;
        prop_assert_eq!(key(&back), expected(&q, Lang::En));
    }

    #[test]
    fn statistics_round_trip(s in workreport::proptest::statistic(), zh in any::<bool>()) {
        let lang = if zh { Lang::Zh } else { Lang::En };
        if s.is_unreadable() {
            return Ok(());
        }
        let text = render_statistic(&s, lang);
        let r = parse(&text, Some(lang)).map_err(|e| TestCaseError::fail(format!("{text:?}: {e}")))?;
        match s.kind() {
            StatisticKind::Rank(rank) => {
                prop_assert_eq!(r.rank.as_ref().and_then(|x| x.position), rank.position, "{:?}", text);
            }
            StatisticKind::Change(c) => {
                prop_assert_eq!(r.change.map(|x| x.direction), Some(c.direction), "{:?}", text);
                if let Some(q) = s.quantity() {
                    prop_assert_eq!(r.quantity.as_ref().map(key), Some(expected(q, lang)), "{:?}", text);
                }
            }
            StatisticKind::Record(rec) => {
                prop_assert_eq!(r.record.map(|x| x.extreme), Some(rec.extreme), "{:?}", text);
            }
            StatisticKind::Streak => {
                prop_assert!(r.streak, "{:?} read as no streak", text);
                prop_assert_eq!(r.value(), s.quantity().map(Quantity::expanded), "{:?}", text);
            }
            _ => {
                let q = s.quantity().unwrap();
                prop_assert_eq!(r.quantity.as_ref().map(key), Some(expected(q, lang)), "{:?}", text);
                prop_assert_eq!(r.change_code(), "none", "{:?}", text);
            }
        }
    }
}

#[test]
fn the_exceptions_are_exactly_these() {
    let q: Quantity = "27亿余元".parse().unwrap();
    let en = render(&q, Lang::En);
    assert_eq!(en, "more than 2.7 billion yuan");
    let back = parse(&en, None).unwrap().quantity.unwrap();
    assert_eq!(back.qualifier(), Qualifier::MoreThan);
    assert_eq!(back.expanded(), q.expanded());
    assert_eq!(back.unit(), &Unit::CNY);
    // Chinese keeps everything, the magnitude as written included.
    let zh = render(&q, Lang::Zh);
    assert_eq!(parse(&zh, None).unwrap().quantity.unwrap(), q);
}

#[test]
fn unreadable_statistics_render_their_quote() {
    let s = Statistic::unreadable(
        workreport::Metric::new("m").unwrap(),
        StatisticKind::Count,
        "disputes80More than 30,000 pieces",
    )
    .unwrap();
    assert_eq!(
        render_statistic(&s, Lang::En),
        "disputes80More than 30,000 pieces"
    );
}
