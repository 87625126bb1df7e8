//! Statistics: the structural rules of each kind, asserted by exact message.

mod util;

use std::num::NonZeroU32;

use util::{dec, err, qty};
use workreport::{
    Basis, Change, ChangeMode, Direction, Extreme, Id, Magnitude, Metric, MetricKey, Qualifier,
    Quantity, Rank, Record, Statistic, StatisticKind, StatisticRow, Unit,
};

fn metric() -> Metric {
    Metric::new("m").unwrap()
}

fn change(direction: Direction, mode: ChangeMode) -> StatisticKind {
    StatisticKind::Change(Change {
        direction,
        basis: Basis::YearOnYear,
        mode,
    })
}

fn pct(v: &str) -> Option<Quantity> {
    Some(qty(v, Magnitude::One, "percent", Qualifier::Exact))
}

#[test]
fn each_kind_accepts_its_shape() {
    let ok = |kind: StatisticKind, q: Option<Quantity>| {
        Statistic::new(metric(), kind, q, "quote").unwrap()
    };
    ok(
        StatisticKind::Count,
        Some(qty("58", Magnitude::One, "cases", Qualifier::Exact)),
    );
    ok(
        StatisticKind::Amount,
        Some(qty("300", Magnitude::Million, "CNY", Qualifier::MoreThan)),
    );
    ok(
        StatisticKind::Amount,
        Some(qty("1.39", Magnitude::WanYi, "jin", Qualifier::Exact)),
    );
    ok(StatisticKind::Rate, pct("99.7"));
    ok(StatisticKind::Rate, pct("997")); // well-formed, doubtful: validation's business
    ok(
        StatisticKind::Ratio,
        Some(qty("32", Magnitude::One, "μg/m3", Qualifier::Exact)),
    );
    ok(change(Direction::Down, ChangeMode::Relative), pct("9.2"));
    ok(
        change(Direction::Up, ChangeMode::Absolute),
        Some(qty(
            "0.2",
            Magnitude::One,
            "percentage_points",
            Qualifier::Exact,
        )),
    );
    ok(
        change(Direction::Up, ChangeMode::Absolute),
        Some(qty("1.1", Magnitude::WanYi, "CNY", Qualifier::Exact)),
    );
    ok(
        change(Direction::Up, ChangeMode::Relative),
        Some(qty("1", Magnitude::One, "times", Qualifier::Exact)),
    );
    ok(change(Direction::Flat, ChangeMode::Relative), None); // 持平
    ok(change(Direction::Flat, ChangeMode::Relative), pct("0"));
    ok(change(Direction::Down, ChangeMode::Relative), None); // 负增长, no size
    ok(
        StatisticKind::Rank(Rank {
            position: NonZeroU32::new(1),
            top: false,
            among: Some("provinces".into()),
        }),
        None,
    );
    ok(
        StatisticKind::Record(Record {
            extreme: Extreme::Low,
        }),
        Some(qty("10", Magnitude::One, "years", Qualifier::Exact)),
    );
    ok(
        StatisticKind::Record(Record {
            extreme: Extreme::High,
        }),
        None,
    );
    ok(
        StatisticKind::Streak,
        Some(qty("23", Magnitude::One, "years", Qualifier::Exact)),
    );
}

#[test]
fn each_kind_refuses_a_wrong_shape() {
    let bad =
        |kind: StatisticKind, q: Option<Quantity>| err(Statistic::new(metric(), kind, q, "q"));
    assert_eq!(
        bad(StatisticKind::Count, pct("5")),
        r#"invalid statistic "q": a count is in a counted unit (people, cases, items, ...), not percent"#
    );
    assert_eq!(
        bad(StatisticKind::Count, None),
        r#"invalid statistic "q": a count needs a quantity (or mark the figure unreadable)"#
    );
    assert_eq!(
        bad(
            StatisticKind::Rate,
            Some(qty(
                "5",
                Magnitude::One,
                "percentage_points",
                Qualifier::Exact
            ))
        ),
        r#"invalid statistic "q": a rate is in percent, per_mille or fraction, not percentage_points"#
    );
    assert_eq!(
        bad(change(Direction::Down, ChangeMode::Relative), pct("-9.2")),
        r#"invalid statistic "q": a change has a non-negative size; the direction says which way (-9.2)"#
    );
    assert_eq!(
        bad(change(Direction::Flat, ChangeMode::Relative), pct("1")),
        r#"invalid statistic "q": a flat change has size zero, not 1"#
    );
    assert_eq!(
        bad(change(Direction::Up, ChangeMode::Relative), pct("0")),
        r#"invalid statistic "q": a change up of size zero is flat"#
    );
    assert_eq!(
        bad(change(Direction::Up, ChangeMode::Absolute), pct("2")),
        r#"invalid statistic "q": an absolute change is in the figure's unit or percentage_points, not percent"#
    );
    assert_eq!(
        bad(
            change(Direction::Up, ChangeMode::Relative),
            Some(qty(
                "2",
                Magnitude::One,
                "percentage_points",
                Qualifier::Exact
            ))
        ),
        r#"invalid statistic "q": a relative change is in percent or a multiple, not percentage_points"#
    );
    assert_eq!(
        bad(
            StatisticKind::Rank(Rank {
                position: NonZeroU32::new(1),
                top: false,
                among: Some("x".into())
            }),
            pct("1")
        ),
        r#"invalid statistic "q": a rank has no quantity: its position is in the rank"#
    );
    assert_eq!(
        bad(
            StatisticKind::Rank(Rank {
                position: None,
                top: false,
                among: Some("x".into())
            }),
            None
        ),
        r#"invalid statistic "q": a rank needs a position (or mark the figure unreadable)"#
    );
    assert_eq!(
        bad(
            StatisticKind::Rank(Rank {
                position: None,
                top: true,
                among: None
            }),
            None
        ),
        r#"invalid statistic "q": a rank within the top needs its position"#
    );
    assert_eq!(
        bad(
            StatisticKind::Rank(Rank {
                position: NonZeroU32::new(2),
                top: false,
                among: Some(" ".into())
            }),
            None
        ),
        r#"invalid statistic "q": a rank's among is not blank (leave it out when the source does not say)"#
    );
    assert_eq!(
        bad(
            StatisticKind::Streak,
            Some(qty("23", Magnitude::One, "cases", Qualifier::Exact))
        ),
        r#"invalid statistic "q": a streak is in years, months or days, not cases"#
    );
    assert_eq!(
        bad(
            StatisticKind::Record(Record {
                extreme: Extreme::Low
            }),
            pct("10")
        ),
        r#"invalid statistic "q": a record window is in years, months or days, not percent"#
    );
    assert_eq!(
        err(Statistic::new(
            metric(),
            StatisticKind::Rate,
            pct("5"),
            " \n"
        )),
        "invalid statistic: the quote is blank"
    );
}

#[test]
fn unreadable_figures_keep_their_quote_and_no_value() {
    let s = Statistic::unreadable(
        metric(),
        StatisticKind::Amount,
        "losses2More than 700 million yuan",
    )
    .unwrap();
    assert!(s.is_unreadable());
    assert_eq!(s.quantity(), None);
    assert_eq!(s.quote(), "losses2More than 700 million yuan");
    let row = StatisticRow::new("p", &s);
    assert_eq!((row.value, row.unit, row.qualifier), (None, None, None));
    assert_eq!(
        err(Statistic::unreadable(
            metric(),
            StatisticKind::Rank(Rank {
                position: NonZeroU32::new(1),
                top: false,
                among: Some("x".into())
            }),
            "q"
        )),
        r#"invalid statistic "q": an unreadable rank has no position"#
    );
}

#[test]
fn spans_must_match_the_quote() {
    let s = Statistic::new(metric(), StatisticKind::Rate, pct("99.7"), "率99.7%").unwrap();
    assert_eq!(s.clone().with_span(3, 9).unwrap().span(), Some((3, 9)));
    assert_eq!(
        err(s.clone().with_span(3, 8)),
        r#"invalid statistic "率99.7%": the span [3, 8) does not have the quote's length, 6 characters"#
    );
    assert_eq!(
        err(s.with_span(9, 3)),
        r#"invalid statistic "率99.7%": the span [9, 3) does not have the quote's length, 6 characters"#
    );
}

#[test]
fn names_keys_and_ids_are_checked() {
    assert_eq!(err(Metric::new("")), "invalid metric: the name is blank");
    assert_eq!(
        err(MetricKey::new("gdp growth")),
        r#"invalid metric key "gdp growth": expected lowercase ASCII letters, digits, '_' and '.', starting with a letter"#
    );
    assert_eq!(
        err(MetricKey::new("1gdp")),
        r#"invalid metric key "1gdp": expected lowercase ASCII letters, digits, '_' and '.', starting with a letter"#
    );
    assert_eq!(
        err(Id::new("")),
        r#"invalid id "": expected 1 to 128 ASCII letters, digits, '_', '-' and '.'"#
    );
    assert!(Id::new("sc-2023.cases_1").is_ok());
}

#[test]
fn rows_follow_formats_md() {
    let s = Statistic::new(
        metric().with_key("gdp.growth".parse().unwrap()),
        change(Direction::Up, ChangeMode::Relative),
        pct("5.20"),
        "增长5.2%",
    )
    .unwrap()
    .with_period("2023".parse().unwrap());
    let row = StatisticRow::new("sections[0].achievements[1].statistics[0]", &s);
    let json = serde_json::to_value(&row).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "path": "sections[0].achievements[1].statistics[0]", "metric": "gdp.growth", "kind": "change",
            "quote": "增长5.2%", "value": "5.2", "high": null, "unit": "percent", "qualifier": "exact",
            "change": "up", "period": "2023"
        })
    );
    let range = Statistic::new(
        metric(),
        StatisticKind::Rate,
        Some(Quantity::range(dec("4.5"), dec("5"), Magnitude::One, Unit::Percent).unwrap()),
        "4.5%至5%",
    )
    .unwrap();
    let row = StatisticRow::new("p", &range);
    assert_eq!(
        (row.value.as_deref(), row.high.as_deref(), row.qualifier),
        (Some("4.5"), Some("5"), Some("range"))
    );
    assert_eq!(row.metric, "m");
    assert_eq!(row.period, None);
}
