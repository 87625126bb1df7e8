//! Units: codes, dimensions, compatibility and exact conversions.

mod util;

use proptest::prelude::*;
use util::{dec, err, unit};
use workreport::{CompoundUnit, Currency, Dimension, Noun, Unit};

#[test]
fn every_code_of_formats_md_parses_and_displays() {
    for code in [
        "percent",
        "percentage_points",
        "per_mille",
        "CNY",
        "USD",
        "GBP",
        "AUD",
        "INR",
        "ZAR",
        "dollar",
        "people",
        "jobs",
        "households",
        "person_times",
        "cases",
        "items",
        "other:business entities",
        "tonnes",
        "kg",
        "jin",
        "mu",
        "hectares",
        "square_km",
        "km",
        "years",
        "months",
        "days",
        "times",
        "kw",
        "fraction",
        "μg/m3",
        "CNY/person",
        "g",
        "m3",
    ] {
        assert_eq!(unit(code).to_string(), code);
    }
    // A denominator may be written in the plural too; it displays singular.
    assert_eq!(unit("CNY/people").to_string(), "CNY/person");
}

#[test]
fn bad_codes_are_errors_naming_the_code() {
    assert_eq!(
        err("furlongs".parse::<Unit>()),
        r#"unknown unit "furlongs""#
    );
    assert_eq!(
        err("other:".parse::<Unit>()),
        r#"invalid noun "": must not be blank"#
    );
    assert_eq!(
        err("other:Sites".parse::<Unit>()),
        r#"invalid noun "Sites": must be lowercase"#
    );
    assert_eq!(
        err("a/b/c".parse::<Unit>()),
        r#"invalid unit "a/b/c": a compound unit has one '/'"#
    );
    assert_eq!(
        err("CNY/furlong".parse::<Unit>()),
        r#"unknown unit "CNY/furlong""#
    );
    assert_eq!(
        err(Currency::new("CN")),
        r#"invalid currency "CN": expected three capital letters (ISO 4217)"#
    );
    assert_eq!(
        err(Noun::new(" sites")),
        r#"invalid noun " sites": must not have leading, trailing or doubled spaces"#
    );
    // A noun whose letters start with a scale word, whatever follows them
    // (space, hyphen, a Chinese classifier): "9 mn个m" reads as 9 million.
    for noun in ["million", "bn-tonnes", "mn个m", "lakh people", "crore's"] {
        assert_eq!(
            err(Noun::new(noun)),
            format!(r#"invalid noun "{noun}": must not start with a scale word"#)
        );
    }
    // Letters that only begin like one are nouns.
    for noun in ["millionaires", "mnemonics", "个mn"] {
        assert!(Noun::new(noun).is_ok(), "{noun}");
    }
    let per = CompoundUnit::new(Unit::CNY, Unit::People).unwrap();
    assert_eq!(
        err(CompoundUnit::new(Unit::Per(per), Unit::People)),
        "invalid compound unit CNY/person/people: a side of a compound unit cannot itself be compound"
    );
}

#[test]
fn dimensions_and_compatibility() {
    assert_eq!(Unit::Percent.dimension(), Dimension::Share);
    assert_eq!(
        Unit::PercentagePoints.dimension(),
        Dimension::PercentagePoints
    );
    assert!(!Unit::Percent.is_compatible(&Unit::PercentagePoints));
    assert!(Unit::Percent.is_compatible(&Unit::PerMille));
    assert!(Unit::CNY.is_compatible(&Unit::CNY));
    assert!(!Unit::CNY.is_compatible(&unit("USD")));
    assert!(!Unit::Dollar.is_compatible(&unit("USD")));
    assert!(Unit::Dollar.is_compatible(&Unit::Dollar));
    assert!(unit("other:sites").is_compatible(&Unit::Items));
    assert!(!unit("other:sites").is_compatible(&unit("other:sets")));
    assert!(!Unit::People.is_compatible(&Unit::Cases));
    assert!(!Unit::People.is_compatible(&Unit::Percent));
    assert!(!Unit::Years.is_compatible(&Unit::Days));
    assert!(unit("μg/m3").is_compatible(&unit("μg/m3")));
    assert!(!unit("μg/m3").is_compatible(&unit("CNY/person")));
}

#[test]
fn exact_conversions() {
    let c = |v: &str, from: &str, to: &str| unit(from).convert(dec(v), &unit(to)).unwrap();
    // 1.3万亿斤 is 650 million tonnes.
    let grain = c("1300000000000", "jin", "tonnes");
    assert_eq!(
        (grain.value.to_string(), grain.exact),
        ("650000000".to_string(), true)
    );
    assert_eq!(c("15", "mu", "hectares").value.to_string(), "1");
    assert_eq!(c("1", "hectares", "mu").value.to_string(), "15");
    assert_eq!(c("12.5", "percent", "fraction").value.to_string(), "0.125");
    assert_eq!(c("12.5", "percent", "per_mille").value.to_string(), "125");
    assert_eq!(c("2", "years", "months").value.to_string(), "24");
    assert_eq!(c("32", "μg/m3", "μg/m3").value.to_string(), "32");
    assert_eq!(c("7", "people", "items").value.to_string(), "7");
}

#[test]
fn inexact_conversions_are_marked() {
    let third = Unit::Mu.convert(dec("1"), &Unit::Hectares).unwrap();
    assert!(!third.exact);
    assert_eq!(third.value.to_string(), "0.0666666666666666666666666667");
}

#[test]
fn incompatible_conversions_are_errors_naming_both_units() {
    assert_eq!(
        err(Unit::Percent.convert(dec("1"), &Unit::PercentagePoints)),
        "incompatible units: percent and percentage_points"
    );
    assert_eq!(
        err(Unit::CNY.convert(dec("1"), &unit("USD"))),
        "incompatible units: CNY and USD"
    );
    assert_eq!(
        err(Unit::People.convert(dec("1"), &Unit::Cases)),
        "incompatible units: people and cases"
    );
}

#[test]
fn conversions_at_decimal_limits_are_errors_not_panics() {
    let e = err(Unit::Tonnes.convert(workreport::Decimal::MAX, &Unit::Micrograms));
    assert_eq!(
        e,
        "arithmetic overflow: converting 79228162514264337593543950335 tonnes to μg"
    );
}

proptest! {
    #[test]
    fn codes_round_trip(u in workreport::proptest::unit()) {
        prop_assert_eq!(u.to_string().parse::<Unit>().unwrap(), u);
    }

    #[test]
    fn exact_conversions_invert(v in workreport::proptest::decimal(9, 3),
                                pair in prop::sample::select(vec![
                                    ("jin", "tonnes"), ("jin", "kg"), ("tonnes", "kg"), ("g", "kg"),
                                    ("hectares", "square_km"), ("mu", "hectares"), ("percent", "per_mille"),
                                    ("percent", "fraction"), ("years", "months")])) {
        let (a, b) = (unit(pair.0), unit(pair.1));
        let there = a.convert(v, &b).unwrap();
        if there.exact {
            let back = b.convert(there.value, &a).unwrap();
            prop_assert!(back.exact);
            prop_assert_eq!(back.value, v.normalize());
        }
    }

    #[test]
    fn unit_parsing_never_panics(s in "\\PC{0,20}") {
        let _ = s.parse::<Unit>();
    }
}

/// Counts compare when they count one thing; the table is the test's own.
#[test]
fn counts_compare_when_they_count_one_thing() {
    let people = [
        "people",
        "jobs",
        "other:residents",
        "other:workers",
        "other:群众",
    ];
    let others = [
        "households",
        "person_times",
        "cases",
        "other:sites",
        "other:离散家庭",
    ];
    for a in people {
        for b in people {
            assert!(unit(a).is_compatible(&unit(b)), "{a} and {b}");
        }
        for b in others {
            assert!(!unit(a).is_compatible(&unit(b)), "{a} and {b}");
            assert!(!unit(b).is_compatible(&unit(a)), "{b} and {a}");
        }
        assert!(unit(a).is_compatible(&unit("items")), "{a} and items");
    }
    for (i, a) in others.iter().enumerate() {
        for (j, b) in others.iter().enumerate() {
            assert_eq!(unit(a).is_compatible(&unit(b)), i == j, "{a} and {b}");
        }
        assert!(unit(a).is_compatible(&unit("items")), "{a} and items");
    }
    // Each keeps the noun it was written with.
    assert_eq!(unit("jobs").to_string(), "jobs");
    let c = unit("jobs").convert(dec("5"), &unit("people")).unwrap();
    assert_eq!((c.value, c.exact), (dec("5"), true));
}
