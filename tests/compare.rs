//! Comparison: qualifier pairs on hand-picked cases, unit conversion,
//! changes, and the laws as properties.

mod util;

use std::ops::Bound;

use proptest::prelude::*;
use util::{dec, qty};
use workreport::compare::{Comparison, change};
use workreport::{Interval, Magnitude, Qualifier, Quantity, Unit};

use Comparison::{Equal, Greater, Less, Undetermined};
use Magnitude::One;

#[track_caller]
fn cmp(a: &Quantity, b: &Quantity) -> Comparison {
    let ab = a
        .compare(b)
        .unwrap_or_else(|e| panic!("{a} against {b}: {e}"));
    // Every case is checked both ways.
    assert_eq!(b.compare(a).unwrap().reverse(), ab, "{b} against {a}");
    ab
}

fn people(v: &str, m: Magnitude, k: Qualifier) -> Quantity {
    qty(v, m, "people", k)
}

#[test]
fn overlapping_figures_are_undetermined() {
    let more = people("170000", One, Qualifier::MoreThan);
    assert_eq!(
        cmp(&more, &people("170000", One, Qualifier::About)),
        Undetermined
    );
    assert_eq!(
        cmp(&more, &people("17", Magnitude::Wan, Qualifier::About)),
        Undetermined
    );
    // 27亿余元 is (2.7, 2.8) billion.
    let over = qty("27", Magnitude::Yi, "CNY", Qualifier::OverSome);
    assert_eq!(
        cmp(
            &over,
            &qty("2.75", Magnitude::Billion, "CNY", Qualifier::Exact)
        ),
        Undetermined
    );
    assert_eq!(
        cmp(
            &over,
            &qty("2.8", Magnitude::Billion, "CNY", Qualifier::Exact)
        ),
        Less
    );
    assert_eq!(
        cmp(
            &over,
            &qty("2.7", Magnitude::Billion, "CNY", Qualifier::Exact)
        ),
        Greater
    );
    // At least 5 and exactly 5 share 5; "about 5%" twice is one interval,
    // not one point.
    let pct = |v: &str, k| qty(v, One, "percent", k);
    assert_eq!(
        cmp(&pct("5", Qualifier::AtLeast), &pct("5", Qualifier::Exact)),
        Undetermined
    );
    assert_eq!(
        cmp(&pct("5", Qualifier::About), &pct("5", Qualifier::About)),
        Undetermined
    );
    assert_eq!(
        cmp(&pct("5.4", Qualifier::Exact), &pct("5", Qualifier::About)),
        Undetermined
    );
    // 30多 is (30, 40).
    let some = people("30", One, Qualifier::OverSome);
    assert_eq!(
        cmp(&some, &people("35", One, Qualifier::Exact)),
        Undetermined
    );
    assert_eq!(cmp(&some, &people("40", One, Qualifier::Exact)), Less);
    // A range holds its ends.
    let range = Quantity::range(dec("5"), dec("6"), One, Unit::Percent).unwrap();
    assert_eq!(cmp(&range, &pct("6", Qualifier::Exact)), Undetermined);
    assert_eq!(cmp(&range, &pct("6", Qualifier::MoreThan)), Less);
}

#[test]
fn strict_qualifiers_decide_at_the_number() {
    let exactly = people("170000", One, Qualifier::Exact);
    assert_eq!(
        cmp(&people("170000", One, Qualifier::MoreThan), &exactly),
        Greater
    );
    assert_eq!(
        cmp(&people("170000", One, Qualifier::LessThan), &exactly),
        Less
    );
    assert_eq!(
        cmp(&people("170000", One, Qualifier::Nearly), &exactly),
        Less
    );
    assert_eq!(
        cmp(&people("170000", One, Qualifier::AtMost), &exactly),
        Undetermined
    );
    assert_eq!(
        cmp(
            &people("170000", One, Qualifier::MoreThan),
            &people("170000", One, Qualifier::LessThan)
        ),
        Greater
    );
    // Equal only for one point: 5 and 5.0 are one number.
    assert_eq!(
        cmp(
            &qty("5", One, "percent", Qualifier::Exact),
            &qty("5.0", One, "percent", Qualifier::Exact)
        ),
        Equal
    );
    assert_eq!(
        cmp(&people("17", Magnitude::Wan, Qualifier::Exact), &exactly),
        Equal
    );
}

#[test]
fn units_convert_exactly_before_comparing() {
    let q = |v: &str, u: &str| qty(v, One, u, Qualifier::Exact);
    assert_eq!(cmp(&q("1", "tonnes"), &q("2000", "jin")), Equal);
    assert_eq!(cmp(&q("1", "tonnes"), &q("2001", "jin")), Less);
    // 1 hectare is 15 mu exactly; 1 mu is 1/15 hectare, which no decimal
    // holds: the comparison converts the exact way.
    assert_eq!(cmp(&q("15", "mu"), &q("1", "hectares")), Equal);
    assert_eq!(
        cmp(
            &q("1", "mu"),
            &q("0.0666666666666666666666666667", "hectares")
        ),
        Less
    );
    // A classifier compares with a counted noun.
    assert_eq!(cmp(&q("5", "items"), &q("5", "other:groups")), Equal);
}

#[test]
fn a_fraction_steps_by_its_denominator() {
    // "About three quarters" steps in quarters: [0.625, 0.875], which holds
    // 74%; read from its decimal it would be [0.745, 0.755], above 74%.
    let about_three_quarters: Quantity = "约四分之三".parse().unwrap();
    assert_eq!(about_three_quarters.step(), dec("0.25"));
    assert_eq!(
        about_three_quarters.interval().to_string(),
        "[0.625, 0.875]"
    );
    let p = |v: &str| qty(v, One, "percent", Qualifier::Exact);
    assert_eq!(cmp(&about_three_quarters, &p("74")), Undetermined);
    assert_eq!(cmp(&about_three_quarters, &p("62.5")), Undetermined);
    assert_eq!(cmp(&about_three_quarters, &p("62")), Greater);
    assert_eq!(cmp(&about_three_quarters, &p("88")), Less);
    // A third, rounded, steps by a third: about a third is [1/6, 1/2].
    let about_a_third: Quantity = "about a third".parse().unwrap();
    assert!(about_a_third.is_inexact());
    assert_eq!(cmp(&about_a_third, &p("33")), Undetermined);
    assert_eq!(cmp(&about_a_third, &p("49")), Undetermined);
    assert_eq!(cmp(&about_a_third, &p("51")), Less);
    assert_eq!(cmp(&about_a_third, &p("16")), Greater);
    // About a third against exactly a third: the one holds the other.
    let a_third: Quantity = "1/3".parse().unwrap();
    let zh: Quantity = "三分之一左右".parse().unwrap();
    assert_eq!(cmp(&zh, &a_third), Undetermined);
    // Two fifths steps by fifths; half by halves.
    assert_eq!(
        qty("0.4", One, "fraction", Qualifier::About).step(),
        dec("0.2")
    );
    assert_eq!(
        qty("0.5", One, "fraction", Qualifier::About).step(),
        dec("0.5")
    );
}

#[test]
fn rounding_never_decides_a_comparison() {
    // Half a step of 10^-27 is 5 × 10^-28, one place more than a decimal
    // holds beside 9.99…: the ends round outward, never to a point.
    let about = qty(
        "9.999999999999999999999999998",
        One,
        "percent",
        Qualifier::About,
    );
    let i = about.interval();
    assert!(!i.is_point());
    assert_eq!(
        i.to_string(),
        "[9.999999999999999999999999997, 9.999999999999999999999999999]"
    );
    let exactly = qty(
        "9.999999999999999999999999998",
        One,
        "percent",
        Qualifier::Exact,
    );
    assert_eq!(cmp(&about, &exactly), Undetermined);
    // 6.666…667 hectares is 100.000…005 mu, which a decimal cannot hold:
    // the conversion is inexact, and so is the comparison at 100 mu.
    let c = Unit::Hectares
        .convert(dec("6.666666666666666666666666667"), &Unit::Mu)
        .unwrap();
    assert!(!c.exact, "{c:?}");
    let ha = qty(
        "6.666666666666666666666666667",
        One,
        "hectares",
        Qualifier::Exact,
    );
    assert_eq!(
        cmp(&ha, &qty("100", One, "mu", Qualifier::Exact)),
        Undetermined
    );
    assert_eq!(cmp(&ha, &qty("101", One, "mu", Qualifier::Exact)), Less);
    // A third, rounded, is never equal to a decimal its rounding hides.
    let a_third: Quantity = "1/3".parse().unwrap();
    assert_eq!(
        cmp(
            &a_third,
            &qty(
                "33.33333333333333333333333333",
                One,
                "percent",
                Qualifier::Exact
            )
        ),
        Undetermined
    );
    assert_eq!(
        cmp(&a_third, &qty("33.3", One, "percent", Qualifier::Exact)),
        Greater
    );
}

#[test]
fn where_neither_unit_converts_exactly_either_order_gives_one_answer() {
    // -10^-28 micrograms is below 0 to 7.92…335 jin (500 grams each).
    // In micrograms the high end, times 5 × 10^8, has more digits than a
    // decimal holds; in jin -10^-28 / (5 × 10^8) rounds to 0, and its ends
    // widen to [-10^-28, 10^-28], which touches the range. The first way
    // decides; the second alone would not. (Found by tests/limits.rs.)
    let below = Quantity::exact(dec("-0.0000000000000000000000000001"), Unit::Micrograms).unwrap();
    let range = Quantity::range(
        dec("0"),
        dec("7.9228162514264337593543950335"),
        One,
        Unit::Jin,
    )
    .unwrap();
    assert_eq!(cmp(&below, &range), Less);
}

#[test]
fn incompatible_units_are_errors_naming_both() {
    let q = |v: &str, u: &str| qty(v, One, u, Qualifier::Exact);
    for (a, b, message) in [
        (
            "percent",
            "percentage_points",
            "incompatible units: percent and percentage_points",
        ),
        ("CNY", "USD", "incompatible units: CNY and USD"),
        ("people", "tonnes", "incompatible units: people and tonnes"),
        ("people", "cases", "incompatible units: people and cases"),
    ] {
        assert_eq!(
            q("5", a).compare(&q("5", b)).unwrap_err().to_string(),
            message
        );
        assert_eq!(
            change(&q("5", a), &q("5", b)).unwrap_err().to_string(),
            message
        );
    }
}

#[test]
fn changes_are_intervals_from_both_figures() {
    // "more than 100" to "about 120": the difference is (−∞, 25].
    let old = qty("100", One, "cases", Qualifier::MoreThan);
    let new = qty("120", One, "cases", Qualifier::About);
    let c = change(&old, &new).unwrap();
    assert_eq!(c.absolute.unwrap().to_string(), "(-∞, 25)");
    assert_eq!(c.relative.unwrap().to_string(), "(-100, 25)");
    // Exact figures: exact changes.
    let c = change(
        &qty("58", One, "cases", Qualifier::Exact),
        &qty("87", One, "cases", Qualifier::Exact),
    )
    .unwrap();
    assert_eq!(
        (
            c.absolute.unwrap().to_string(),
            c.relative.unwrap().to_string()
        ),
        ("[29, 29]".to_owned(), "[50, 50]".to_owned())
    );
    // Rates: percentage points, and a relative change of the rate.
    let c = change(
        &qty("5.2", One, "percent", Qualifier::Exact),
        &qty("5.5", One, "percent", Qualifier::About),
    )
    .unwrap();
    assert_eq!(c.points.unwrap().to_string(), "[0.25, 0.35]");
    assert!(c.absolute.is_none());
    // Per mille differences are points too: 5‰ to 8‰ is 0.3 points.
    let c = change(
        &qty("5", One, "per_mille", Qualifier::Exact),
        &qty("8", One, "per_mille", Qualifier::Exact),
    )
    .unwrap();
    assert_eq!(c.points.unwrap().to_string(), "[0.3, 0.3]");
    // From a figure that may be zero, no relative change.
    let c = change(
        &qty("5", One, "cases", Qualifier::LessThan),
        &qty("3", One, "cases", Qualifier::Exact),
    )
    .unwrap();
    assert!(c.relative.is_none());
    // Units convert to the old figure's: 1 tonne to 3000 jin is +0.5 t.
    let c = change(
        &qty("1", One, "tonnes", Qualifier::Exact),
        &qty("3000", One, "jin", Qualifier::Exact),
    )
    .unwrap();
    assert_eq!(c.absolute.unwrap().to_string(), "[0.5, 0.5]");
}

#[test]
fn change_arithmetic_is_checked() {
    // Differences of figures within a quantity's 10^27 limit fit.
    let low = qty("-79228162514264337593543950", One, "CNY", Qualifier::Exact);
    let high = qty("79228162514264337593543950", One, "CNY", Qualifier::Exact);
    assert_eq!(
        change(&low, &high).unwrap().absolute.unwrap().to_string(),
        "[158456325028528675187087900, 158456325028528675187087900]"
    );
    // A quotient past what a decimal holds is an overflow error.
    let tiny = qty(
        "0.0000000000000000000000000001",
        One,
        "CNY",
        Qualifier::Exact,
    );
    let err = change(&tiny, &high).unwrap_err().to_string();
    assert!(
        err.starts_with(
            "arithmetic overflow: 79228162514264337593543950 / 0.0000000000000000000000000001"
        ),
        "{err}"
    );
    assert_eq!(
        change(
            &qty("0", One, "cases", Qualifier::Exact),
            &qty("3", One, "cases", Qualifier::Exact)
        )
        .unwrap_err()
        .to_string(),
        "a relative change from 0 cases divides by zero"
    );
}

fn same_unit_pair() -> impl Strategy<Value = (Quantity, Quantity)> {
    workreport::proptest::unit().prop_flat_map(|u| {
        (
            workreport::proptest::quantity_in(u.clone()),
            workreport::proptest::quantity_in(u),
        )
    })
}

/// Values around an interval's ends, to test claims about all its values.
fn probes(i: &Interval) -> Vec<workreport::Decimal> {
    let mut out = Vec::new();
    for end in [i.low(), i.high()] {
        if let Bound::Included(x) | Bound::Excluded(x) = end {
            for d in ["0", "0.000001", "1"] {
                out.extend(x.checked_add(dec(d)));
                out.extend(x.checked_sub(dec(d)));
            }
        }
    }
    out.retain(|x| i.contains(*x));
    out
}

/// A quantity with any number of places up to Decimal's 28, near its
/// limits as often as not, rounded (inexact) one time in four.
fn deep_quantity(unit: Unit) -> impl Strategy<Value = Quantity> {
    let value = (any::<u64>(), any::<u32>(), 0_u32..29, any::<bool>()).prop_map(
        |(lo, hi, scale, negative)| {
            let m = (i128::from(hi) << 64 | i128::from(lo)) % 10_i128.pow(27);
            workreport::Decimal::from_i128_with_scale(if negative { -m } else { m }, scale)
        },
    );
    (value, workreport::proptest::qualifier(), any::<u8>()).prop_filter_map(
        "quantity",
        move |(v, q, r)| {
            Quantity::new(v, One, unit.clone(), q)
                .ok()
                .map(|q| q.with_inexact(r % 4 == 0))
        },
    )
}

/// An interval's ends times `k`, exactly, or `None` when a product rounds.
fn times(i: &Interval, k: workreport::Decimal) -> Option<Interval> {
    let end = |b: Bound<workreport::Decimal>| -> Option<Bound<workreport::Decimal>> {
        Some(match b {
            Bound::Included(x) => Bound::Included(exact_product(x, k)?),
            Bound::Excluded(x) => Bound::Excluded(exact_product(x, k)?),
            Bound::Unbounded => Bound::Unbounded,
        })
    };
    Interval::new(end(i.low())?, end(i.high())?).ok()
}

/// `x × k` when no digit is lost: the product's mantissa is the product of
/// the mantissas, in 128 bits.
fn exact_product(x: workreport::Decimal, k: workreport::Decimal) -> Option<workreport::Decimal> {
    let m = x.mantissa().checked_mul(k.mantissa())?;
    workreport::Decimal::try_from_i128_with_scale(m, x.scale() + k.scale()).ok()
}

proptest! {
    /// Two quantities whose intervals share a value are undetermined,
    /// unless both are the same single point; at any scale, rounded or
    /// not.
    #[test]
    fn overlapping_intervals_are_undetermined(
        (a, b) in prop_oneof![
            same_unit_pair(),
            (deep_quantity(Unit::Percent), deep_quantity(Unit::Percent)),
            (deep_quantity(Unit::Fraction), deep_quantity(Unit::Fraction)),
        ]
    ) {
        let (ia, ib) = (a.interval(), b.interval());
        let c = a.compare(&b).unwrap();
        if ia.intersects(&ib) && !(ia.is_point() && ia == ib) {
            prop_assert_eq!(c, Undetermined, "{} is {}, {} is {}", a, ia, b, ib);
        }
        // A rounded figure is never a point, so never equal.
        if a.is_inexact() || b.is_inexact() {
            prop_assert_ne!(c, Equal);
        }
    }

    /// Across units, the comparison is the one of the intervals converted
    /// exactly (a hectare is 15 mu, a tonne 2,000 jin, 1 is 100%), or
    /// undetermined; never the other order.
    #[test]
    fn a_comparison_across_units_is_the_exact_one_or_undetermined(
        (small, large, k, a, b) in prop_oneof![
            Just((Unit::Mu, Unit::Hectares, "15")),
            Just((Unit::Jin, Unit::Tonnes, "2000")),
            Just((Unit::Percent, Unit::Fraction, "100")),
        ].prop_flat_map(|(s, l, k)| (Just(s.clone()), Just(l.clone()), Just(k), deep_quantity(s), deep_quantity(l)))
    ) {
        let _ = (&small, &large);
        let Some(b_in_small) = times(&b.interval(), dec(k)) else {
            return Ok(());
        };
        let expected = a.interval().compare(&b_in_small);
        let got = a.compare(&b).unwrap();
        prop_assert!(got == expected || got == Undetermined, "{} against {}: {:?}, exactly {:?}", a, b, got, expected);
        if expected == Undetermined {
            prop_assert_eq!(got, Undetermined);
        }
        prop_assert_eq!(b.compare(&a).unwrap(), got.reverse());
    }

    /// "About x" at any scale holds values on both sides of x: its ends
    /// never round onto x.
    #[test]
    fn about_is_never_a_point(q in deep_quantity(Unit::Percent)) {
        if q.qualifier() == Qualifier::About {
            let i = q.interval();
            prop_assert!(!i.is_point());
            let x = q.expanded();
            prop_assert!(matches!(i.low(), Bound::Included(l) if l < x), "{}: {}", q, i);
            prop_assert!(matches!(i.high(), Bound::Included(h) if h > x), "{}: {}", q, i);
        }
    }
}

proptest! {
    #[test]
    fn comparison_is_antisymmetric((a, b) in same_unit_pair()) {
        prop_assert_eq!(a.compare(&b).unwrap(), b.compare(&a).unwrap().reverse());
    }

    #[test]
    fn equal_only_for_one_point_and_orders_are_sound((a, b) in same_unit_pair()) {
        let (ia, ib) = (a.interval(), b.interval());
        match a.compare(&b).unwrap() {
            Equal => prop_assert!(ia.is_point() && ia == ib),
            Less => for x in probes(&ia) { for y in probes(&ib) { prop_assert!(x < y); } },
            Greater => for x in probes(&ia) { for y in probes(&ib) { prop_assert!(x > y); } },
            _ => prop_assert!(ia.intersects(&ib) || ia == ib),
        }
    }

    #[test]
    fn exact_conversions_go_there_and_back(
        v in workreport::proptest::decimal(9, 4),
        (from, to) in proptest::sample::select(vec![
            (Unit::Tonnes, Unit::Kg), (Unit::Jin, Unit::Tonnes), (Unit::Kg, Unit::Jin),
            (Unit::Hectares, Unit::Mu), (Unit::Percent, Unit::PerMille), (Unit::Fraction, Unit::Percent),
        ]),
    ) {
        let there = from.convert(v, &to).unwrap();
        if there.exact {
            let back = to.convert(there.value, &from).unwrap();
            prop_assert_eq!(back.value, v.normalize());
        }
    }

    #[test]
    fn a_change_and_its_reverse_agree((a, b) in same_unit_pair()) {
        let (Ok(ab), Ok(ba)) = (change(&a, &b), change(&b, &a)) else {
            // A change from exactly zero is an error (and so only one way
            // round); so is a quotient past what a decimal holds.
            let zero = |q: &Quantity| q.interval() == Interval::point(workreport::Decimal::ZERO);
            let errors = [change(&a, &b), change(&b, &a)].map(|c| c.err().map(|e| e.to_string()));
            for (err, from) in errors.iter().zip([&a, &b]) {
                if let Some(e) = err {
                    prop_assert!(zero(from) || e.starts_with("arithmetic overflow"), "{e}");
                }
            }
            return Ok(());
        };
        let neg = |i: Option<Interval>| i.map(|i| {
            let flip = |b: Bound<workreport::Decimal>| match b {
                Bound::Included(x) => Bound::Included(-x),
                Bound::Excluded(x) => Bound::Excluded(-x),
                Bound::Unbounded => Bound::Unbounded,
            };
            Interval::new(flip(i.high()), flip(i.low())).unwrap()
        });
        prop_assert_eq!(ab.absolute, neg(ba.absolute));
        prop_assert_eq!(ab.points, neg(ba.points));
        // A rise one way is a fall the other way.
        if let (Some(r1), Some(r2)) = (ab.relative, ba.relative) {
            let zero = Interval::point(workreport::Decimal::ZERO);
            prop_assert_eq!(r1.compare(&zero), r2.compare(&zero).reverse());
        }
    }
}

mod scoring {
    use super::*;
    use workreport::Decimal;
    use workreport::compare::{Verdict, diff};
    use workreport::{
        Achievement, Change, ChangeMode, Direction, Improves, Metric, Report, Scope, Section,
        Statistic, StatisticKind, Target,
    };

    fn rate(q: Quantity) -> Statistic {
        Statistic::new(
            Metric::new("rate").unwrap(),
            StatisticKind::Rate,
            Some(q),
            "rate",
        )
        .unwrap()
    }

    fn target(improves: Improves, q: Quantity) -> Target {
        Target {
            text: "target".to_owned(),
            improves,
            figure: Some(rate(q)),
        }
    }

    fn pct(v: &str, k: Qualifier) -> Quantity {
        qty(v, One, "percent", k)
    }

    /// The verdict and margin of `t` against an actual of `v` percent.
    fn score(t: &Target, actual: Quantity) -> (Verdict, Option<String>) {
        let s = t.score(&rate(actual)).unwrap();
        (s.verdict, s.margin.map(|m| m.to_string()))
    }

    fn m(s: &str) -> Option<String> {
        Some(s.to_owned())
    }

    #[test]
    fn upward_targets_accept_from_their_low_end() {
        // "around 5%": [4.5, 5.5] by default, so 4.5 and up.
        let around = target(Improves::Higher, pct("5", Qualifier::About));
        assert_eq!(
            score(&around, pct("5.2", Qualifier::Exact)),
            (Verdict::Met, m("0.7"))
        );
        assert_eq!(
            score(&around, pct("7", Qualifier::Exact)),
            (Verdict::Met, m("2.5"))
        );
        assert_eq!(
            score(&around, pct("4.5", Qualifier::Exact)),
            (Verdict::Met, m("0"))
        );
        assert_eq!(
            score(&around, pct("4.4", Qualifier::Exact)),
            (Verdict::Missed, m("-0.1"))
        );
        assert_eq!(
            score(&around, pct("4.5", Qualifier::About)).0,
            Verdict::Undetermined
        );
        // "over 12": more than 12 is required.
        let over = target(Improves::Higher, pct("12", Qualifier::MoreThan));
        assert_eq!(
            score(&over, pct("12", Qualifier::Exact)),
            (Verdict::Missed, m("0"))
        );
        assert_eq!(
            score(&over, pct("12.1", Qualifier::Exact)),
            (Verdict::Met, m("0.1"))
        );
        assert_eq!(score(&over, pct("12", Qualifier::MoreThan)).0, Verdict::Met);
        // "at least 12" accepts 12.
        let at_least = target(Improves::Higher, pct("12", Qualifier::AtLeast));
        assert_eq!(
            score(&at_least, pct("12", Qualifier::Exact)),
            (Verdict::Met, m("0"))
        );
        // The tolerance is configurable.
        let narrow = around
            .score_with(
                &rate(pct("4.6", Qualifier::Exact)),
                workreport::Tolerance::Absolute(dec("0.2")),
            )
            .unwrap();
        assert_eq!(
            (narrow.verdict, narrow.margin),
            (Verdict::Missed, Some(dec("-0.2")))
        );
    }

    #[test]
    fn ceilings_accept_up_to_their_high_end() {
        let cpi = target(Improves::Lower, pct("3", Qualifier::About));
        assert_eq!(
            score(&cpi, pct("0.2", Qualifier::Exact)),
            (Verdict::Met, m("3.3"))
        );
        assert_eq!(
            score(&cpi, pct("3.5", Qualifier::Exact)),
            (Verdict::Met, m("0"))
        );
        assert_eq!(
            score(&cpi, pct("3.6", Qualifier::Exact)),
            (Verdict::Missed, m("-0.1"))
        );
        let within = target(Improves::Lower, pct("5.5", Qualifier::AtMost));
        assert_eq!(
            score(&within, pct("5.5", Qualifier::MoreThan)),
            (Verdict::Missed, m("0"))
        );
        assert_eq!(
            score(&within, pct("5", Qualifier::LessThan)).0,
            Verdict::Met
        );
        assert_eq!(
            score(&within, pct("5.5", Qualifier::About)).0,
            Verdict::Undetermined
        );
    }

    #[test]
    fn plans_accept_their_interval() {
        let plan = target(Improves::None, pct("3", Qualifier::Exact));
        assert_eq!(
            score(&plan, pct("3", Qualifier::Exact)),
            (Verdict::Met, m("0"))
        );
        assert_eq!(
            score(&plan, pct("3.2", Qualifier::Exact)),
            (Verdict::Missed, m("-0.2"))
        );
        assert_eq!(
            score(&plan, pct("2.9", Qualifier::Exact)),
            (Verdict::Missed, m("-0.1"))
        );
        let band = target(
            Improves::None,
            Quantity::range(dec("5"), dec("6"), One, Unit::Percent).unwrap(),
        );
        assert_eq!(
            score(&band, pct("5.4", Qualifier::Exact)),
            (Verdict::Met, m("0.4"))
        );
    }

    #[test]
    fn a_change_down_counts_as_negative() {
        let growth = |dir: Direction, v: &str, k| {
            Statistic::new(
                Metric::new("growth").unwrap(),
                StatisticKind::Change(Change {
                    direction: dir,
                    basis: workreport::Basis::YearOnYear,
                    mode: ChangeMode::Relative,
                }),
                Some(pct(v, k)),
                "growth",
            )
            .unwrap()
        };
        let t = Target {
            text: "growth of around 5%".to_owned(),
            improves: Improves::Higher,
            figure: Some(growth(Direction::Up, "5", Qualifier::About)),
        };
        let s = t
            .score(&growth(Direction::Down, "2", Qualifier::Exact))
            .unwrap();
        assert_eq!((s.verdict, s.margin), (Verdict::Missed, Some(dec("-6.5"))));
        // A CPI ceiling met by falling prices.
        let cpi = Target {
            text: "CPI around 3%".to_owned(),
            improves: Improves::Lower,
            figure: Some(growth(Direction::Up, "3", Qualifier::About)),
        };
        let s = cpi
            .score(&growth(Direction::Down, "0.3", Qualifier::Exact))
            .unwrap();
        assert_eq!((s.verdict, s.margin), (Verdict::Met, Some(dec("3.8"))));
    }

    #[test]
    fn changes_against_different_bases_are_undetermined() {
        use workreport::Basis;
        use workreport::compare::Reason;
        let growth = |basis: Basis, v: &str, k| {
            Statistic::new(
                Metric::new("GDP growth").unwrap(),
                StatisticKind::Change(Change {
                    direction: Direction::Up,
                    basis,
                    mode: ChangeMode::Relative,
                }),
                Some(pct(v, k)),
                "growth",
            )
            .unwrap()
            .with_period("2023".parse().unwrap())
        };
        let t = |basis| Target {
            text: "增长5%左右".to_owned(),
            improves: Improves::Higher,
            figure: Some(growth(basis, "5", Qualifier::About)),
        };
        // 比2020年增长15% is three years of growth: not comparable with a
        // target for one.
        let since_2020 = Basis::Baseline("2020".parse().unwrap());
        for target_basis in [Basis::YearOnYear, Basis::Unstated] {
            let s = t(target_basis)
                .score(&growth(since_2020, "15", Qualifier::Exact))
                .unwrap();
            assert_eq!(s.verdict, Verdict::Undetermined);
            assert_eq!(s.margin, None);
            assert_eq!(
                s.reason,
                Some(Reason::Bases {
                    target: target_basis,
                    actual: since_2020
                })
            );
        }
        let s = t(Basis::YearOnYear)
            .score(&growth(Basis::Projection, "6", Qualifier::Exact))
            .unwrap();
        assert_eq!(s.verdict, Verdict::Undetermined);
        // Bases that mean the same for a year: unstated, year on year, the
        // previous period, and 2022 for a 2023 figure.
        for actual in [
            Basis::Unstated,
            Basis::YearOnYear,
            Basis::PreviousPeriod,
            Basis::Baseline("2022".parse().unwrap()),
        ] {
            let s = t(Basis::YearOnYear)
                .score(&growth(actual, "5.2", Qualifier::Exact))
                .unwrap();
            assert_eq!((s.verdict, s.reason), (Verdict::Met, None), "{actual:?}");
        }
        // An overlap says so.
        let s = t(Basis::YearOnYear)
            .score(&growth(Basis::YearOnYear, "4.5", Qualifier::About))
            .unwrap();
        assert_eq!(
            (s.verdict, s.reason),
            (Verdict::Undetermined, Some(Reason::Overlap))
        );
    }

    proptest! {
        /// A target and an actual change of different bases are
        /// undetermined, with the bases as the reason, whatever their
        /// sizes; of one basis they are scored. The classes are the test's
        /// own: for a 2023 figure, unstated, year on year, the previous
        /// period and a baseline of 2022 are one basis.
        #[test]
        fn scoring_with_mismatched_bases_is_undetermined(
            t in 0_usize..6,
            a in 0_usize..6,
            target_size in 1_u32..100,
            actual_size in 1_u32..100,
            q in workreport::proptest::qualifier(),
        ) {
            use workreport::Basis;
            use workreport::compare::Reason;
            let bases = [
                (Basis::Unstated, "yoy"),
                (Basis::YearOnYear, "yoy"),
                (Basis::PreviousPeriod, "yoy"),
                (Basis::Baseline("2022".parse().unwrap()), "yoy"),
                (Basis::Baseline("2020".parse().unwrap()), "2020"),
                (Basis::Projection, "projection"),
            ];
            let growth = |basis: Basis, v: u32, k: Qualifier| {
                let q = if k == Qualifier::Range {
                    Quantity::range(Decimal::from(v), Decimal::from(v + 1), One, Unit::Percent).unwrap()
                } else {
                    Quantity::new(Decimal::from(v), One, Unit::Percent, k).unwrap()
                };
                Statistic::new(
                    Metric::new("growth").unwrap(),
                    StatisticKind::Change(Change { direction: Direction::Up, basis, mode: ChangeMode::Relative }),
                    Some(q),
                    "growth",
                )
                .unwrap()
                .with_period("2023".parse().unwrap())
            };
            let ((tb, tc), (ab, ac)) = (bases[t], bases[a]);
            let target = Target {
                text: "growth".to_owned(),
                improves: Improves::Higher,
                figure: Some(growth(tb, target_size, q)),
            };
            let s = target.score(&growth(ab, actual_size, Qualifier::Exact)).unwrap();
            if tc == ac {
                prop_assert!(!matches!(s.reason, Some(Reason::Bases { .. })), "{:?} {:?}", tb, ab);
            } else {
                prop_assert_eq!(s.verdict, Verdict::Undetermined);
                prop_assert_eq!(s.reason, Some(Reason::Bases { target: tb, actual: ab }));
                prop_assert_eq!(s.margin, None);
            }
        }
    }

    #[test]
    fn a_count_scores_across_languages_when_it_counts_the_same_thing() {
        let stat = |text: &str| {
            let q = workreport::text::parse(text, None)
                .unwrap()
                .quantity
                .unwrap();
            Statistic::new(
                Metric::new("new urban jobs").unwrap(),
                StatisticKind::Count,
                Some(q),
                text,
            )
            .unwrap()
        };
        let target = Target {
            text: "城镇新增就业1200万人左右".to_owned(),
            improves: Improves::Higher,
            figure: Some(stat("城镇新增就业1200万人左右")),
        };
        // 12.44 million jobs against about 12 million people: one count,
        // and the target (11.5 million and up) is met with 940,000 to spare.
        let s = target.score(&stat("12.44 million new urban jobs")).unwrap();
        assert_eq!((s.verdict, s.margin), (Verdict::Met, Some(dec("940000"))));
        let s = target.score(&stat("12.44 million workers")).unwrap();
        assert_eq!(s.verdict, Verdict::Met);
        // Households are not people.
        let err = target.score(&stat("1244万户")).unwrap_err().to_string();
        assert_eq!(err, "incompatible units: people and households");
        let err = target.score(&stat("1244万人次")).unwrap_err().to_string();
        assert_eq!(err, "incompatible units: people and person_times");
    }

    #[test]
    fn a_rounded_conversion_does_not_meet_a_target_at_its_edge() {
        // At least 0.0666…667 ha (a fifteenth of a hectare, rounded up)
        // against 1 mu (a fifteenth exactly): below by 3 × 10^-29, a
        // difference the rounding hides. Not "met".
        let stat = |q: Quantity| {
            Statistic::new(
                Metric::new("area").unwrap(),
                StatisticKind::Amount,
                Some(q),
                "area",
            )
            .unwrap()
        };
        let target = Target {
            text: "at least 0.0666666666666666666666666667 ha".to_owned(),
            improves: Improves::Higher,
            figure: Some(stat(qty(
                "0.0666666666666666666666666667",
                One,
                "hectares",
                Qualifier::AtLeast,
            ))),
        };
        let s = target
            .score(&stat(qty("1", One, "mu", Qualifier::Exact)))
            .unwrap();
        assert_eq!(s.verdict, Verdict::Undetermined);
        // Well above the edge, it is met.
        let s = target
            .score(&stat(qty("2", One, "mu", Qualifier::Exact)))
            .unwrap();
        assert_eq!(s.verdict, Verdict::Met);
    }

    #[test]
    fn unscorable_targets_are_errors_that_say_why() {
        let qualitative = Target {
            text: "income in step with growth".to_owned(),
            improves: Improves::Higher,
            figure: None,
        };
        assert_eq!(
            qualitative
                .score(&rate(pct("5", Qualifier::Exact)))
                .unwrap_err()
                .to_string(),
            "the target \"income in step with growth\" has no figure to score"
        );
        let t = target(Improves::Higher, pct("5", Qualifier::About));
        let jobs = Statistic::new(
            Metric::new("jobs").unwrap(),
            StatisticKind::Count,
            Some(qty("5", One, "people", Qualifier::Exact)),
            "5 people",
        )
        .unwrap();
        assert_eq!(
            t.score(&jobs).unwrap_err().to_string(),
            "incompatible units: percent and people"
        );
    }

    fn load(name: &str) -> Report {
        let path = format!("{}/examples/data/{name}", env!("CARGO_MANIFEST_DIR"));
        Report::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn the_national_scorecard() {
        // The diff borrows its figures from the two reports.
        let targets = load("china-national-2023-targets.json");
        let outcomes = load("china-national-2023-outcomes.json");
        let d = diff(&targets, &outcomes).unwrap();
        let card: Vec<(&str, Verdict, Option<String>, Option<&str>)> = d
            .scorecard
            .iter()
            .map(|s| {
                (
                    s.metric.as_ref(),
                    s.verdict(),
                    s.score
                        .and_then(|sc| sc.margin)
                        .map(|m| m.normalize().to_string()),
                    s.actual.as_ref().map(|a| a.statistic().quote()),
                )
            })
            .collect();
        assert_eq!(
            card,
            [
                ("gdp.growth", Verdict::Met, m("0.7"), Some("增长5.2%")),
                (
                    "employment.new_urban_jobs",
                    Verdict::Met,
                    m("940000"),
                    Some("城镇新增就业1244万人")
                ),
                (
                    "employment.surveyed_urban_unemployment_rate",
                    Verdict::Met,
                    m("0.35"),
                    Some("城镇调查失业率平均为5.2%")
                ),
                (
                    "prices.cpi",
                    Verdict::Met,
                    m("3.3"),
                    Some("居民消费价格上涨0.2%")
                ),
                // 1.39万亿斤 against 1.3万亿斤以上: 90 billion jin to spare.
                (
                    "agriculture.grain_output",
                    Verdict::Met,
                    m("90000000000"),
                    Some("粮食产量1.39万亿斤")
                ),
                // The 2024 report states no 2023 deficit ratio.
                ("fiscal.deficit_ratio", Verdict::Undetermined, None, None),
            ]
        );
        // The qualitative targets have no figure and no row; the targets
        // report states no outcomes.
        assert!(d.matched.is_empty() && d.only_old.is_empty());
        assert_eq!(d.only_new.len(), 10);
    }

    /// A report of `period` with one achievement holding `stats`.
    fn report(period: &str, stats: Vec<Statistic>) -> Report {
        let mut r = Report::new(
            "r",
            "i",
            Scope::new("Sichuan").unwrap(),
            period.parse().unwrap(),
            "en".parse().unwrap(),
        );
        let mut s = Section::new("figures");
        s.achievements.push(Achievement {
            text: "figures".to_owned(),
            statistics: stats,
        });
        r.sections.push(s);
        r
    }

    fn count(metric: &str, v: &str, k: Qualifier) -> Statistic {
        Statistic::new(
            Metric::new(metric).unwrap(),
            StatisticKind::Count,
            Some(qty(v, One, "cases", k)),
            format!("{v} cases"),
        )
        .unwrap()
    }

    #[test]
    fn changes_between_matched_changes_follow_their_directions() {
        let change = |dir: Direction, v: &str| {
            Statistic::new(
                Metric::new("thefts").unwrap(),
                StatisticKind::Change(Change {
                    direction: dir,
                    basis: workreport::Basis::YearOnYear,
                    mode: ChangeMode::Relative,
                }),
                Some(pct(v, Qualifier::Exact)),
                format!("{v}%"),
            )
            .unwrap()
        };
        let of = |old: Statistic, new: Statistic| {
            let (old, new) = (report("2022", vec![old]), report("2023", vec![new]));
            let d = workreport::compare::diff(&old, &new).unwrap();
            assert_eq!(d.matched.len(), 1);
            let c = d.matched[0].change();
            c.map(|c| {
                (
                    c.points.map(|i| i.to_string()),
                    c.relative.map(|i| i.to_string()),
                )
            })
        };
        let some = |p: &str| Some(p.to_owned());
        // Down 3% to down 5%: the signed figure fell by 2 points; a relative
        // change of a decline is not given.
        assert_eq!(
            of(change(Direction::Down, "3"), change(Direction::Down, "5")),
            Some((some("[-2, -2]"), None))
        );
        // Up 4% to up 5%: 1 point, a quarter more.
        assert_eq!(
            of(change(Direction::Up, "4"), change(Direction::Up, "5")),
            Some((some("[1, 1]"), some("[25, 25]")))
        );
        // A fall against a rise counts each in its direction: from −5% to
        // +3% is 8 points up, and a decline gives no relative change.
        assert_eq!(
            of(change(Direction::Down, "5"), change(Direction::Up, "3")),
            Some((some("[8, 8]"), None))
        );
        // From +4% to −5%: 9 points down, and −5 is (−5 / 4 − 1) × 100 =
        // −225% of +4.
        assert_eq!(
            of(change(Direction::Up, "4"), change(Direction::Down, "5")),
            Some((some("[-9, -9]"), some("[-225, -225]")))
        );
        // Statistic::change_to is the same computation.
        let (down, up) = (change(Direction::Down, "5"), change(Direction::Up, "3"));
        let c = down.change_to(&up).unwrap();
        assert_eq!(c.points.map(|i| i.to_string()).as_deref(), Some("[8, 8]"));
        assert!(c.relative.is_none());
        let c = up.change_to(&down).unwrap();
        assert_eq!(c.points.map(|i| i.to_string()).as_deref(), Some("[-8, -8]"));
    }

    #[test]
    fn diffs_match_by_metric_scope_and_the_year_before() {
        let old = report(
            "2022",
            vec![
                count("fraud cases", "100", Qualifier::MoreThan),
                count("theft cases", "50", Qualifier::Exact),
                count("abduction cases", "58", Qualifier::Exact),
                count("arson cases", "7", Qualifier::Exact)
                    .with_scope(Scope::new("Chengdu").unwrap()),
                count("burglaries", "5", Qualifier::Exact)
                    .with_scope(Scope::new("Mianyang").unwrap()),
            ],
        );
        let new = report(
            "2023",
            vec![
                count("fraud cases", "120", Qualifier::About),
                count("cases of theft", "40", Qualifier::Exact),
                count("abduction cases", "58", Qualifier::Exact),
                count("arson cases", "9", Qualifier::Exact),
                count("abduction cases", "12", Qualifier::Exact)
                    .with_period("2021".parse().unwrap()),
                // Its own scope, written again in the newer report: the
                // same scope.
                count("burglaries", "6", Qualifier::Exact)
                    .with_scope(Scope::new("Mianyang").unwrap()),
            ],
        );
        let d = workreport::compare::Differ::new()
            .alias("cases of theft", "theft cases")
            .diff(&old, &new)
            .unwrap();
        let matched: Vec<(&str, Comparison, String)> = d
            .matched
            .iter()
            .map(|m| {
                (
                    m.metric.as_ref(),
                    m.comparison,
                    m.change()
                        .and_then(|c| c.absolute)
                        .map_or_else(String::new, |i| i.to_string()),
                )
            })
            .collect();
        assert_eq!(
            matched,
            [
                ("fraud cases", Undetermined, "(-∞, 25)".to_owned()),
                ("theft cases", Less, "[-10, -10]".to_owned()),
                ("abduction cases", Equal, "[0, 0]".to_owned()),
                ("burglaries", Greater, "[1, 1]".to_owned()),
            ]
        );
        // Another scope, and a period that is neither the same nor the
        // year after: unmatched.
        let only_old: Vec<&str> = d
            .only_old
            .iter()
            .map(|e| e.statistic().metric().name())
            .collect();
        let only_new: Vec<String> = d.only_new.iter().map(|e| e.path()).collect();
        assert_eq!(only_old, ["arson cases"]);
        assert_eq!(
            only_new,
            [
                "sections[0].achievements[0].statistics[3]",
                "sections[0].achievements[0].statistics[4]"
            ]
        );
    }
}

#[test]
fn every_qualifier_pair_at_one_number() {
    use Qualifier::*;
    // 170 with a step of 10, in yuan (no clipping at zero): exact [170,
    // 170], about [165, 175], at least [170, ∞), more than (170, ∞), over
    // some (170, 180), nearly [160, 170), at most (−∞, 170], less than
    // (−∞, 170), range [170, 180].
    let q = |k: Qualifier| match k {
        Range => Quantity::range(dec("170"), dec("180"), One, Unit::CNY).unwrap(),
        k => qty("170", One, "CNY", k),
    };
    let order = [
        Exact, About, AtLeast, MoreThan, OverSome, Nearly, AtMost, LessThan, Range,
    ];
    let (e, u, l, g) = (Equal, Undetermined, Less, Greater);
    // Row against column.
    let expected = [
        // exact about at_least more_than over_some nearly at_most less_than range
        [e, u, u, l, l, g, u, g, u], // exact
        [u, u, u, u, u, u, u, u, u], // about
        [u, u, u, u, u, g, u, g, u], // at least
        [g, u, u, u, u, g, g, g, u], // more than
        [g, u, u, u, u, g, g, g, u], // over some
        [l, u, l, l, l, u, u, u, l], // nearly
        [u, u, u, l, l, u, u, u, u], // at most
        [l, u, l, l, l, u, u, u, l], // less than
        [u, u, u, u, u, g, u, g, u], // range
    ];
    for (row, a) in order.iter().enumerate() {
        for (col, b) in order.iter().enumerate() {
            assert_eq!(cmp(&q(*a), &q(*b)), expected[row][col], "{a} against {b}");
        }
    }
}

#[test]
fn about_at_the_last_decimal_place_orders_by_its_expanded_ends() {
    // About -10^-28 lakh crore is about -10^-16 (a lakh crore is 10^12):
    // within half a step, [-1.5e-16, -0.5e-16], wholly below zero. Nearly
    // 10^15 lakh crore lies above zero. Half a step of the value as
    // written needs a 29th decimal, which rounding outward would widen
    // to zero and blur.
    let a = qty(
        "-0.0000000000000000000000000001",
        Magnitude::LakhCrore,
        "cases",
        Qualifier::About,
    );
    let b = qty(
        "1000000000000000",
        Magnitude::LakhCrore,
        "cases",
        Qualifier::Nearly,
    );
    assert_eq!(a.compare(&b).unwrap(), Comparison::Less);
    assert_eq!(b.compare(&a).unwrap(), Comparison::Greater);
}
