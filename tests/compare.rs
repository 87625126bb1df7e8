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
            // Zero figures and overflow are errors, and then both ways.
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
