//! Quantities: intervals per qualifier (one test per row of DESIGN.md's
//! table), precision steps, expansion, constructor errors, text form.

mod util;

use std::ops::Bound::{Excluded, Included, Unbounded};

use proptest::prelude::*;
use util::{dec, err, qty, unit};
use workreport::{Interval, Magnitude, Qualifier, Quantity, Tolerance, Unit};

#[track_caller]
fn assert_interval(q: &Quantity, low: std::ops::Bound<&str>, high: std::ops::Bound<&str>) {
    let conv = |b: std::ops::Bound<&str>| match b {
        Included(s) => Included(dec(s)),
        Excluded(s) => Excluded(dec(s)),
        Unbounded => Unbounded,
    };
    let i = q.interval();
    assert_eq!(
        (i.low(), i.high()),
        (conv(low), conv(high)),
        "interval of {q}: {i}"
    );
}

#[test]
fn exact_is_a_point() {
    let q = qty("58", Magnitude::One, "cases", Qualifier::Exact);
    assert_interval(&q, Included("58"), Included("58"));
    assert!(q.interval().is_point());
}

#[test]
fn at_least_includes_the_number() {
    // 城镇新增就业15万人以上: 以上 includes the number (Chinese law).
    let q = qty("15", Magnitude::Wan, "people", Qualifier::AtLeast);
    assert_interval(&q, Included("150000"), Unbounded);
}

#[test]
fn more_than_excludes_the_number() {
    // "more than 5.35 million people" is (5350000, ∞).
    let q = qty("5.35", Magnitude::Million, "people", Qualifier::MoreThan);
    assert_interval(&q, Excluded("5350000"), Unbounded);
}

#[test]
fn over_some_is_open_between_the_number_and_the_next_step() {
    // 27亿余元 is the open interval (2.7e9, 2.8e9).
    let q = qty("27", Magnitude::Yi, "CNY", Qualifier::OverSome);
    assert_interval(&q, Excluded("2700000000"), Excluded("2800000000"));
    // 30多 is (30, 40): trailing zeros of a whole number are not significant.
    let q = qty("30", Magnitude::One, "people", Qualifier::OverSome);
    assert_interval(&q, Excluded("30"), Excluded("40"));
    // 80.3万余件 is (803000, 804000).
    let q = qty("80.3", Magnitude::Wan, "items", Qualifier::OverSome);
    assert_interval(&q, Excluded("803000"), Excluded("804000"));
    // 8000余套 is (8000, 9000).
    let q = qty("8000", Magnitude::One, "items", Qualifier::OverSome);
    assert_interval(&q, Excluded("8000"), Excluded("9000"));
}

#[test]
fn nearly_is_up_to_but_excluding_the_number() {
    // 近5万 is [40000, 50000).
    let q = qty("5", Magnitude::Wan, "people", Qualifier::Nearly);
    assert_interval(&q, Included("40000"), Excluded("50000"));
    let q = qty("99.7", Magnitude::One, "percent", Qualifier::Nearly);
    assert_interval(&q, Included("99.6"), Excluded("99.7"));
}

#[test]
fn about_is_half_a_step_either_side() {
    // 1200万左右 is [1150万, 1250万].
    let q = qty("1200", Magnitude::Wan, "people", Qualifier::About);
    assert_interval(&q, Included("11500000"), Included("12500000"));
    // "around 5%" is [4.5, 5.5]; "around 5.5%" is [5.45, 5.55].
    assert_interval(
        &qty("5", Magnitude::One, "percent", Qualifier::About),
        Included("4.5"),
        Included("5.5"),
    );
    assert_interval(
        &qty("5.5", Magnitude::One, "percent", Qualifier::About),
        Included("5.45"),
        Included("5.55"),
    );
}

#[test]
fn about_tolerance_is_configurable() {
    let q = qty("5", Magnitude::One, "percent", Qualifier::About);
    let i = q.interval_with(Tolerance::Steps(dec("1"))).unwrap();
    assert_eq!(i.to_string(), "[4, 6]");
    let i = q.interval_with(Tolerance::Relative(dec("0.1"))).unwrap();
    assert_eq!(i.to_string(), "[4.5, 5.5]");
    let i = q.interval_with(Tolerance::Absolute(dec("0.25"))).unwrap();
    assert_eq!(i.to_string(), "[4.75, 5.25]");
    assert_eq!(q.interval_with(Tolerance::HalfStep).unwrap(), q.interval());
    assert_eq!(
        err(q.interval_with(Tolerance::Absolute(dec("-1")))),
        "invalid tolerance -1: must not be negative"
    );
    // Other qualifiers ignore the tolerance.
    let exact = qty("5", Magnitude::One, "percent", Qualifier::Exact);
    assert_eq!(
        exact.interval_with(Tolerance::Absolute(dec("1"))).unwrap(),
        exact.interval()
    );
}

#[test]
fn at_most_is_unbounded_below_except_for_counts() {
    let q = qty("3", Magnitude::One, "percent", Qualifier::AtMost);
    assert_interval(&q, Unbounded, Included("3"));
    // Counts clip at zero.
    let q = qty("3", Magnitude::One, "people", Qualifier::AtMost);
    assert_interval(&q, Included("0"), Included("3"));
}

#[test]
fn less_than_is_open_at_the_number() {
    let q = qty("3", Magnitude::One, "percent", Qualifier::LessThan);
    assert_interval(&q, Unbounded, Excluded("3"));
    let q = qty("1", Magnitude::Wan, "households", Qualifier::LessThan);
    assert_interval(&q, Included("0"), Excluded("10000"));
}

#[test]
fn range_is_closed_at_both_ends() {
    // "4.5% to 5%".
    let q = Quantity::range(dec("4.5"), dec("5"), Magnitude::One, unit("percent")).unwrap();
    assert_interval(&q, Included("4.5"), Included("5"));
    // 1至1.5万人: both ends carry the magnitude.
    let q = Quantity::range(dec("1"), dec("1.5"), Magnitude::Wan, unit("people")).unwrap();
    assert_interval(&q, Included("10000"), Included("15000"));
    assert_eq!(q.expanded_high(), Some(dec("15000")));
}

#[test]
fn counts_clip_at_zero_only_when_the_interval_reaches_zero() {
    let q = qty("5", Magnitude::One, "cases", Qualifier::Nearly);
    assert_interval(&q, Included("4"), Excluded("5"));
    let q = qty("0.5", Magnitude::One, "people", Qualifier::Nearly);
    assert_interval(&q, Included("0.4"), Excluded("0.5"));
    let q = qty("1", Magnitude::One, "people", Qualifier::About);
    assert_interval(&q, Included("0.5"), Included("1.5"));
    let q = qty("0", Magnitude::One, "people", Qualifier::About);
    assert_interval(&q, Included("0"), Included("0.5"));
    // A negative count keeps its interval: validation reports it.
    let q = qty("-5", Magnitude::One, "people", Qualifier::Exact);
    assert_interval(&q, Included("-5"), Included("-5"));
}

#[test]
fn precision_steps_follow_the_last_significant_digit() {
    let step = |v: &str, m| qty(v, m, "people", Qualifier::Exact).step().to_string();
    assert_eq!(step("5.35", Magnitude::Million), "10000");
    assert_eq!(step("27", Magnitude::Yi), "100000000");
    assert_eq!(step("80.3", Magnitude::Wan), "1000");
    assert_eq!(step("1200", Magnitude::Wan), "1000000");
    assert_eq!(step("30", Magnitude::One), "10");
    assert_eq!(step("5.0", Magnitude::One), "0.1");
    assert_eq!(step("0", Magnitude::One), "1");
    assert_eq!(step("1.62", Magnitude::WanYi), "10000000000");
}

#[test]
fn expansion_applies_the_magnitude_once() {
    let q = qty("1.62", Magnitude::WanYi, "CNY", Qualifier::Exact);
    assert_eq!(q.value(), dec("1.62"));
    assert_eq!(q.expanded().to_string(), "1620000000000");
    let q = qty("2.7", Magnitude::Billion, "CNY", Qualifier::MoreThan);
    assert_eq!(q.expanded().to_string(), "2700000000");
    for m in Magnitude::ALL {
        let q = qty("1", m, "items", Qualifier::Exact);
        assert_eq!(q.expanded(), m.factor(), "{m}");
    }
}

#[test]
fn constructor_errors_say_what_is_wrong() {
    assert_eq!(
        err(Quantity::range(
            dec("6"),
            dec("5"),
            Magnitude::One,
            Unit::Percent
        )),
        "invalid quantity 6..5 percent: the low end 6 exceeds the high end 5"
    );
    assert_eq!(
        err(Quantity::new(
            dec("5"),
            Magnitude::One,
            Unit::Percent,
            Qualifier::Range
        )),
        "invalid quantity 5 percent: a range needs a high end (use Quantity::range)"
    );
    assert_eq!(
        err(Quantity::new(
            dec("1000000000000000000"),
            Magnitude::WanYi,
            Unit::CNY,
            Qualifier::Exact
        )),
        "invalid quantity 1000000000000000000 wan_yi CNY: the expanded value exceeds 10^27"
    );
    assert_eq!(
        err(Quantity::new(
            dec("79228162514264337593543950335"),
            Magnitude::Yi,
            Unit::CNY,
            Qualifier::Exact
        )),
        "invalid quantity 79228162514264337593543950335 yi CNY: the expanded value exceeds 10^27"
    );
    // The largest allowed value still yields intervals without overflow.
    let q = qty(
        "1000000000000000",
        Magnitude::WanYi,
        "CNY",
        Qualifier::OverSome,
    );
    assert_eq!(
        q.interval().to_string(),
        "(1000000000000000000000000000, 2000000000000000000000000000)"
    );
}

#[test]
fn the_size_limit_holds_either_side_of_ten_to_the_fifteen() {
    // Below 10^15 as written every magnitude fits; from there the
    // expanded value decides, with decimals and negatives alike.
    for m in [
        Magnitude::One,
        Magnitude::Yi,
        Magnitude::Trillion,
        Magnitude::WanYi,
    ] {
        for v in [
            "999999999999999",
            "-999999999999999.9",
            "0.000000000000000000000001",
        ] {
            assert!(
                Quantity::new(dec(v), m, Unit::CNY, Qualifier::Exact).is_ok(),
                "{v} {m}"
            );
        }
    }
    for v in [
        "1000000000000000",
        "-1000000000000000",
        "1000000000000000.0",
    ] {
        assert!(Quantity::new(dec(v), Magnitude::Trillion, Unit::CNY, Qualifier::Exact).is_ok());
    }
    for v in [
        "1000000000000000.1",
        "-1000000000000001",
        "10000000000000000",
    ] {
        assert_eq!(
            err(Quantity::new(
                dec(v),
                Magnitude::Trillion,
                Unit::CNY,
                Qualifier::Exact
            )),
            format!("invalid quantity {v} trillion CNY: the expanded value exceeds 10^27")
        );
    }
    assert!(
        Quantity::new(
            dec("1e27").normalize(),
            Magnitude::One,
            Unit::CNY,
            Qualifier::Exact
        )
        .is_ok()
    );
}

#[test]
fn interval_constructor_refuses_empty_intervals() {
    assert_eq!(
        err(Interval::new(Included(dec("2")), Included(dec("1")))),
        "invalid interval [2, 1]: it is empty"
    );
    assert_eq!(
        err(Interval::new(Excluded(dec("1")), Included(dec("1")))),
        "invalid interval (1, 1]: it is empty"
    );
    assert!(
        Interval::new(Included(dec("1")), Included(dec("1")))
            .unwrap()
            .is_point()
    );
    assert_eq!(
        Interval::new(Unbounded, Unbounded).unwrap().to_string(),
        "(-∞, ∞)"
    );
}

#[test]
fn text_form_is_english_and_reads_either_language() {
    let q = qty("27", Magnitude::Yi, "CNY", Qualifier::OverSome);
    assert_eq!(q.to_string(), "more than 2.7 billion yuan");
    let back: Quantity = "27亿余元".parse().unwrap();
    assert_eq!(back, q);
    assert_eq!(
        err("ranking first in the country".parse::<Quantity>()),
        "cannot read \"ranking first in the country\" as a quantity: it states no number of anything at character 0"
    );
    assert_eq!(
        err("no figure here".parse::<Quantity>()),
        "cannot read \"no figure here\": no figure in the clause at character 14"
    );
}

#[test]
fn qualifier_and_magnitude_codes_round_trip() {
    for q in Qualifier::ALL {
        assert_eq!(q.code().parse::<Qualifier>().unwrap(), q);
    }
    for m in Magnitude::ALL {
        assert_eq!(m.code().parse::<Magnitude>().unwrap(), m);
    }
    assert_eq!(
        err("more".parse::<Qualifier>()),
        r#"unknown qualifier "more""#
    );
}

#[test]
fn quantity_is_at_most_64_bytes() {
    assert!(
        std::mem::size_of::<Quantity>() <= 64,
        "Quantity is {} bytes",
        std::mem::size_of::<Quantity>()
    );
    assert!(
        std::mem::size_of::<Unit>() <= 16,
        "Unit is {} bytes",
        std::mem::size_of::<Unit>()
    );
}

proptest! {
    #[test]
    fn intervals_are_never_empty_and_hold_what_they_should(q in workreport::proptest::quantity()) {
        let i = q.interval();
        prop_assert!(Interval::new(i.low(), i.high()).is_ok(), "{} gave {}", q, i);
        let x = q.expanded();
        match q.qualifier() {
            Qualifier::Exact | Qualifier::AtLeast | Qualifier::AtMost | Qualifier::About | Qualifier::Range =>
                prop_assert!(i.contains(x) || (q.unit().is_count() && x.is_sign_negative())),
            _ => prop_assert!(!i.contains(x)),
        }
    }
}

#[test]
fn magnitude_table_agrees_with_exponents() {
    for m in Magnitude::ALL {
        assert_eq!(
            m.factor(),
            dec(&format!("1{}", "0".repeat(m.exponent() as usize))),
            "{m}"
        );
        assert_eq!(m.code().parse::<Magnitude>().unwrap(), m);
    }
    assert_eq!(Magnitude::WanYi.exponent(), 12);
    assert_eq!(Magnitude::QianWan.exponent(), 7);
}

proptest::proptest! {
    /// Two intervals intersect exactly when a value lies in both, and one
    /// is above the other exactly when every value of the first exceeds
    /// every value of the second (checked on the ends and around them).
    #[test]
    fn intersection_and_order_agree_with_membership(
        a in workreport::proptest::quantity(),
        b in workreport::proptest::quantity(),
    ) {
        let (a, b) = (a.interval(), b.interval());
        let mut probes = Vec::new();
        for end in [a.low(), a.high(), b.low(), b.high()] {
            if let std::ops::Bound::Included(x) | std::ops::Bound::Excluded(x) = end {
                probes.push(x);
                // Halfway to nearby values, within Decimal's precision.
                for d in ["0.0000001", "1", "1000"] {
                    let d: workreport::Decimal = d.parse().unwrap();
                    probes.extend(x.checked_add(d));
                    probes.extend(x.checked_sub(d));
                }
            }
        }
        let shared = probes.iter().any(|&x| a.contains(x) && b.contains(x));
        // A shared value among the probes proves intersection; the ends
        // themselves decide the rest.
        if shared {
            proptest::prop_assert!(a.intersects(&b));
        }
        if a.is_above(&b) {
            proptest::prop_assert!(!shared);
            proptest::prop_assert!(!b.is_above(&a));
        }
        proptest::prop_assert_eq!(a.intersects(&b), b.intersects(&a));
        // And the other way: intervals that intersect share a value, found
        // at the larger low end or halfway from it to the smaller high end.
        if a.intersects(&b) {
            let finite = |e: std::ops::Bound<workreport::Decimal>| match e {
                std::ops::Bound::Included(x) | std::ops::Bound::Excluded(x) => Some(x),
                std::ops::Bound::Unbounded => None,
            };
            let low = [a.low(), b.low()].into_iter().filter_map(finite).max();
            let high = [a.high(), b.high()].into_iter().filter_map(finite).min();
            let m = low.or(high).unwrap_or_default();
            let mut witnesses = vec![m];
            if let Some(h) = high {
                witnesses.push((m + h) / workreport::Decimal::TWO);
            }
            if low.is_none() {
                witnesses.push(m - workreport::Decimal::ONE);
            }
            if high.is_none() {
                witnesses.push(m + workreport::Decimal::ONE);
            }
            proptest::prop_assert!(
                witnesses.iter().any(|&x| a.contains(x) && b.contains(x)),
                "{a} and {b} intersect but share none of {witnesses:?}"
            );
        }
    }
}

#[test]
fn intervals_touching_at_an_end_intersect_only_when_both_include_it() {
    use std::ops::Bound::{Excluded, Included, Unbounded};
    let i = |lo, hi| Interval::new(lo, hi).unwrap();
    let (one, two, three) = (dec("1"), dec("2"), dec("3"));
    let cases = [
        (
            i(Included(one), Included(two)),
            i(Included(two), Included(three)),
            true,
        ),
        (
            i(Included(one), Excluded(two)),
            i(Included(two), Included(three)),
            false,
        ),
        (
            i(Included(one), Included(two)),
            i(Excluded(two), Unbounded),
            false,
        ),
        (
            i(Unbounded, Unbounded),
            i(Excluded(two), Excluded(three)),
            true,
        ),
        (
            i(Included(one), Included(one)),
            i(Included(one), Included(three)),
            true,
        ),
    ];
    for (a, b, meet) in cases {
        assert_eq!(a.intersects(&b), meet, "{a} {b}");
        assert_eq!(b.intersects(&a), meet, "{b} {a}");
        if !meet {
            assert!(b.is_above(&a) && !a.is_above(&b), "{b} above {a}");
        }
    }
}
