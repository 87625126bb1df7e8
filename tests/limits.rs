//! Arithmetic at the limits of `Decimal`: comparisons, conversions,
//! intervals, tolerances, changes and scores of quantities near 10²⁷ (the
//! largest expanded value a quantity holds), near 10⁻²⁸ and at zero give
//! a value or an error, never a panic (issue 7); a comparison that is given
//! is the right one.

use proptest::prelude::*;
use proptest::sample::select;
use workreport::compare::{Comparison, change};
use workreport::{
    ChangeMode, Decimal, Direction, Improves, Magnitude, Metric, Qualifier, Quantity, Statistic,
    StatisticKind, Target, Tolerance, Unit,
};

/// Values at and near the edges: the largest a decimal holds, the largest
/// a quantity takes, the smallest steps, zero, and negatives of each.
fn edge_value() -> impl Strategy<Value = Decimal> {
    let edges = vec![
        Decimal::MAX,
        Decimal::MIN,
        Decimal::from_i128_with_scale(10_i128.pow(27), 0),
        Decimal::from_i128_with_scale(10_i128.pow(27) - 1, 0),
        Decimal::from_i128_with_scale(10_i128.pow(15), 0),
        Decimal::new(1, 28),
        Decimal::new(-1, 28),
        Decimal::new(79_228_162_514, 28),
        Decimal::from_i128_with_scale(79_228_162_514_264_337_593_543_950_335, 28),
        Decimal::ZERO,
        Decimal::ONE,
        Decimal::NEGATIVE_ONE,
        Decimal::new(5, 1),
    ];
    prop_oneof![
        3 => select(edges),
        1 => any::<(i64, u32)>().prop_map(|(m, s)| Decimal::new(m, s % 29)),
    ]
}

/// Units with exact and inexact conversions between them, and some that
/// convert to nothing.
fn edge_unit() -> impl Strategy<Value = Unit> {
    select(vec![
        Unit::Percent,
        Unit::PerMille,
        Unit::Fraction,
        Unit::PercentagePoints,
        Unit::Mu,
        Unit::Hectares,
        Unit::SquareKm,
        Unit::Jin,
        Unit::Kg,
        Unit::Tonnes,
        Unit::Grams,
        Unit::Micrograms,
        Unit::Km,
        Unit::Cases,
        Unit::Times,
        Unit::CNY,
        Unit::Years,
        Unit::Days,
    ])
}

/// Every quantity the constructors admit from edge values: the rest are
/// errors, which is what the constructors are for.
fn edge_quantity() -> impl Strategy<Value = Quantity> {
    (
        edge_value(),
        edge_value(),
        select(Magnitude::ALL.to_vec()),
        edge_unit(),
        select(Qualifier::ALL.to_vec()),
    )
        .prop_filter_map("a quantity the constructors admit", |(a, b, m, u, q)| {
            if q == Qualifier::Range {
                Quantity::range(a.min(b), a.max(b), m, u).ok()
            } else {
                Quantity::new(a, m, u, q).ok()
            }
        })
}

fn edge_tolerance() -> impl Strategy<Value = Tolerance> {
    prop_oneof![
        Just(Tolerance::HalfStep),
        edge_value().prop_map(Tolerance::Steps),
        edge_value().prop_map(Tolerance::Relative),
        edge_value().prop_map(Tolerance::Absolute),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn quantities_at_the_limits_compare_convert_and_change_without_panicking(
        a in edge_quantity(),
        b in edge_quantity(),
        tolerance in edge_tolerance(),
        to in edge_unit(),
        value in edge_value(),
    ) {
        let _ = (a.expanded(), a.expanded_high(), a.step(), a.interval());
        let _ = a.interval_with(tolerance);
        let ab = a.compare(&b);
        let _ = a.compare_with(&b, tolerance);
        // Where a comparison is given it is the comparison of the two
        // intervals (in one unit: checked here for one unit, where the
        // crate may compare the intervals as written instead), and it
        // reads the same from the other side.
        if a.unit() == b.unit() {
            prop_assert_eq!(ab.as_ref().ok(), Some(&a.interval().compare(&b.interval())), "{} against {}", a, b);
        }
        if let (Ok(ab), Ok(ba)) = (&ab, &b.compare(&a)) {
            let mirror = match ab {
                Comparison::Less => Comparison::Greater,
                Comparison::Greater => Comparison::Less,
                other => *other,
            };
            prop_assert_eq!(*ba, mirror, "{} against {}", a, b);
        }
        let _ = change(&a, &b);
        let _ = a.unit().convert(value, &to);
        let _ = a.unit().convert(a.expanded(), &to);
        let _ = a.to_string();
        let _ = workreport::text::render(&a, workreport::text::Lang::Zh);
    }

    #[test]
    fn targets_at_the_limits_score_without_panicking(
        target in edge_quantity(),
        actual in edge_quantity(),
        tolerance in edge_tolerance(),
        improves in select(vec![Improves::Higher, Improves::Lower, Improves::None]),
        direction in select(Direction::ALL.to_vec()),
    ) {
        let level = |q: Quantity| {
            Statistic::new(Metric::new("m").unwrap(), StatisticKind::Amount, Some(q), "q")
        };
        let as_change = |q: Quantity| {
            Statistic::new(
                Metric::new("m").unwrap(),
                StatisticKind::Change(workreport::Change {
                    direction,
                    basis: workreport::Basis::YearOnYear,
                    mode: ChangeMode::Relative,
                }),
                Some(q),
                "q",
            )
        };
        for (t, a) in [
            (level(target.clone()), level(actual.clone())),
            (as_change(target.clone()), as_change(actual.clone())),
        ] {
            let (Ok(t), Ok(a)) = (t, a) else { continue };
            let target = Target { text: "t".into(), improves, figure: Some(t.clone()) };
            let _ = target.score(&a);
            let _ = target.score_with(&a, tolerance);
            let _ = t.change_to(&a);
        }
    }
}

#[test]
fn the_largest_values_give_errors_where_a_result_would_overflow() {
    let big = Decimal::from_i128_with_scale(10_i128.pow(27), 0);
    let most = Quantity::exact(big, Unit::Tonnes).expect("10^27 is the limit, and in it");
    // A tonne is 10^12 micrograms: past what a decimal holds.
    let err = Unit::Tonnes.convert(big, &Unit::Micrograms).unwrap_err();
    assert!(matches!(err, workreport::Error::Overflow(_)), "{err}");
    // Past the limit, the constructor refuses.
    let err = Quantity::new(big, Magnitude::Thousand, Unit::Tonnes, Qualifier::Exact).unwrap_err();
    assert!(err.to_string().contains("exceeds 10^27"), "{err}");
    // A relative change from the smallest step to the largest value is
    // past what a decimal holds: an error, not a wrong number.
    let tiny = Quantity::exact(Decimal::new(1, 28), Unit::Tonnes).expect("a tiny value");
    match change(&tiny, &most) {
        Ok(d) => {
            // If it is given, it is right: the absolute change is exact.
            let absolute = d.absolute.expect("tonnes are not a share");
            assert!(absolute.is_point(), "{absolute}");
            assert!(absolute.contains(big - Decimal::new(1, 28)), "{absolute}");
        }
        Err(e) => assert!(matches!(e, workreport::Error::Overflow(_)), "{e}"),
    }
}
