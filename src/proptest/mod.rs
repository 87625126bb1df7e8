//! Proptest strategies for the crate's types (feature `proptest`).
//!
//! Every strategy builds its values through the real constructors, so it
//! makes only valid values, and shrinks towards small, readable cases
//! (small whole numbers, no magnitude, `exact`, short text). Each public
//! type also implements [`Arbitrary`]
//! through these strategies.
//!
//! For testing a parser of report text, [`phrase`] makes phrases in
//! English or Chinese, in the varied shapes real reports use, each with the
//! reading it must parse to ([`Phrase::matches`]); [`corrupted`] damages
//! them the ways real translated reports are damaged, with what a parser
//! must do with each ([`Corrupted::accepts`]); [`plausible_report`] makes
//! reports on which validation finds no error. A [`Vector`] is either as
//! data, for parsers in other languages: the `vectors` example writes one
//! per line, and with the `schemars` feature `schema/vector.schema.json`
//! is its schema.
//!
//! A parser that reads the first number and nothing else is caught at once,
//! and proptest shrinks its bug to a short phrase ("about 0 items": the
//! qualifier ignored; "1990年全省0个": the year read as the figure):
//!
//! ```
//! use proptest::prelude::*;
//! use proptest::test_runner::{Config, TestError, TestRng, TestRunner};
//! use workreport::text::Lang;
//! use workreport::{Quantity, Unit};
//!
//! fn naive(text: &str) -> Option<Quantity> {
//!     let start = text.find(|c: char| c.is_ascii_digit())?;
//!     let digits: String = text[start..].chars().take_while(|c| c.is_ascii_digit()).collect();
//!     Quantity::exact(digits.parse().ok()?, Unit::Items).ok()
//! }
//!
//! let config = Config { failure_persistence: None, ..Config::default() };
//! let rng = TestRng::deterministic_rng(config.rng_algorithm);
//! let mut runner = TestRunner::new_with_rng(config, rng);
//! let result = runner.run(&workreport::proptest::phrase(Lang::Zh), |p| {
//!     let q = naive(&p.text);
//!     prop_assert!(q.is_some_and(|q| q.expanded() == p.quantity.expanded()
//!         && q.unit() == p.quantity.unit() && q.qualifier() == p.quantity.qualifier()));
//!     Ok(())
//! });
//! let Err(TestError::Fail(_, shrunk)) = result else { panic!("the naive parser passed") };
//! assert!(shrunk.text.chars().count() < 20, "{:?}", shrunk.text);
//! ```
//!
//! ```
//! use proptest::prelude::*;
//! use workreport::Report;
//!
//! proptest! {
//!     #![proptest_config(ProptestConfig::with_cases(16))]
//!     fn reports_round_trip(report in workreport::proptest::report(3)) {
//!         let json = report.to_json().unwrap();
//!         prop_assert_eq!(Report::from_json(&json).unwrap(), report);
//!     }
//! }
//! # reports_round_trip();
//! ```

use ::proptest::collection::vec;
use ::proptest::prelude::*;
use ::proptest::sample::select;
use std::num::NonZeroU32;

use crate::text::Lang;

use crate::{
    Achievement, Basis, Change, ChangeMode, CompoundUnit, Correction, Currency, Decimal, Direction,
    Evidence, Extreme, Id, Improves, Language, Magnitude, Measure, MeasureKind, MeasureStatus,
    Metric, MetricKey, Noun, PriceBasis, Qualifier, Quantity, Rank, Record, RegionCode, Report,
    Scope, Section, Statistic, StatisticKind, Target, Unit,
};

mod corrupt;
mod period;
mod phrase;
mod vector;
pub use crate::Damage;
pub use corrupt::{Corrupted, corrupted};
pub use period::*;
pub use phrase::{Phrase, phrase};
pub use vector::{Figure, Parsed, Vector};

/// A decimal with at most `max_scale` digits after the point and a
/// mantissa below `10^max_digits`, never negative. Shrinks towards 0.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     fn scales_are_bounded(d in workreport::proptest::decimal(6, 2)) {
///         prop_assert!(d.scale() <= 2);
///         prop_assert!(!d.is_sign_negative());
///     }
/// }
/// # scales_are_bounded();
/// ```
pub fn decimal(max_digits: u32, max_scale: u32) -> impl Strategy<Value = Decimal> {
    let max = 10_i64.saturating_pow(max_digits.min(18));
    (0..max, 0..=max_scale.min(28)).prop_map(|(m, s)| Decimal::new(m, s))
}

/// A unit: the codes of FORMATS.md, a few `other:<noun>` units and compound
/// units. Shrinks towards `items`.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     fn unit_codes_round_trip(u in workreport::proptest::unit()) {
///         prop_assert_eq!(u.to_string().parse::<workreport::Unit>().unwrap(), u);
///     }
/// }
/// # unit_codes_round_trip();
/// ```
pub fn unit() -> impl Strategy<Value = Unit> {
    prop_oneof![
        6 => count_unit(),
        3 => share_unit(),
        3 => money_unit(),
        2 => physical_unit(),
        1 => Just(Unit::PercentagePoints),
        1 => Just(Unit::Times),
        1 => (money_unit(), select(vec![Unit::People, Unit::Households]))
            .prop_filter_map("compound", |(n, d)| CompoundUnit::new(n, d).ok().map(Unit::Per)),
        1 => Just(()).prop_filter_map("μg/m3", |()| CompoundUnit::new(Unit::Micrograms, Unit::CubicMetres).ok().map(Unit::Per)),
    ]
    .boxed()
}

/// A counted unit: people, cases, items, or `other:<noun>`.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     fn counts(u in workreport::proptest::count_unit()) { prop_assert!(u.is_count()); }
/// }
/// # counts();
/// ```
pub fn count_unit() -> impl Strategy<Value = Unit> {
    prop_oneof![
        4 => select(vec![Unit::Items, Unit::People, Unit::Cases, Unit::Jobs, Unit::Households, Unit::PersonTimes]),
        1 => other_noun().prop_filter_map("noun", |n| Noun::new(&n).ok().map(Unit::Other)),
    ]
}

/// A counted noun as reports write them: a plural noun, sometimes after
/// a modifier ("sites", "business entities", "training periods").
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     fn plural(n in workreport::proptest::other_noun()) { prop_assert!(n.ends_with('s')); }
/// }
/// # plural();
/// ```
pub fn other_noun() -> impl Strategy<Value = String> {
    // A generated word that means something else to a reader of text (a
    // unit such as "days", a number, "are", "key") would be read as that,
    // as it should: leave such words out.
    let not_a_unit = |n: &String| {
        use crate::text::lexicon as lx;
        n.split(' ').all(|w| {
            lx::en_unit_word(w).is_none()
                && !lx::is_stop(w)
                && !lx::is_adjective(w)
                && !lx::is_number_word(w)
                && lx::ordinal_word(w).is_none()
                && lx::fraction_word(w).is_none()
                && lx::en_change_after(w).is_none()
                && !lx::EN_UNIT_PHRASES
                    .iter()
                    .any(|(p, _)| p.split(' ').any(|x| x == w))
        })
    };
    prop_oneof![
        3 => select(vec![
            "sites", "sets", "organizations", "business entities", "training periods", "hero models",
            "budget lockups", "collectives", "branches", "participants", "projects", "enterprises",
        ])
        .prop_map(str::to_owned),
        1 => "[a-z]{2,7}[a-rt-z]s",
        1 => ("[a-z]{2,7}[a-rt-z]", "[a-z]{3,8}s").prop_map(|(a, b)| format!("{a} {b}")),
    ]
    .prop_filter("a noun that names no unit", not_a_unit)
}

/// A unit of share: percent, per mille or fraction.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     fn shares(u in workreport::proptest::share_unit()) {
///         prop_assert_eq!(u.dimension(), workreport::Dimension::Share);
///     }
/// }
/// # shares();
/// ```
pub fn share_unit() -> impl Strategy<Value = Unit> {
    prop_oneof![4 => Just(Unit::Percent), 1 => Just(Unit::PerMille), 1 => Just(Unit::Fraction)]
}

/// Money: a currency or a bare `dollar`.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     fn money(u in workreport::proptest::money_unit()) {
///         prop_assert_eq!(u.dimension(), workreport::Dimension::Money);
///     }
/// }
/// # money();
/// ```
pub fn money_unit() -> impl Strategy<Value = Unit> {
    prop_oneof![
        4 => Just(Unit::CNY),
        1 => select(vec![Currency::USD, Currency::GBP, Currency::AUD, Currency::INR, Currency::ZAR]).prop_map(Unit::Money),
        1 => Just(Unit::Dollar),
    ]
}

/// A physical unit: mass, area, length, volume, power.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     fn physical(u in workreport::proptest::physical_unit()) { prop_assert!(!u.is_count()); }
/// }
/// # physical();
/// ```
pub fn physical_unit() -> impl Strategy<Value = Unit> {
    select(vec![
        Unit::Tonnes,
        Unit::Kg,
        Unit::Jin,
        Unit::Mu,
        Unit::Hectares,
        Unit::SquareKm,
        Unit::Km,
        Unit::CubicMetres,
        Unit::Kw,
    ])
}

/// A qualifier other than `range`. Shrinks towards `exact`.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     fn no_range(q in workreport::proptest::qualifier()) {
///         prop_assert_ne!(q, workreport::Qualifier::Range);
///     }
/// }
/// # no_range();
/// ```
pub fn qualifier() -> impl Strategy<Value = Qualifier> {
    select(
        Qualifier::ALL
            .iter()
            .copied()
            .filter(|q| *q != Qualifier::Range)
            .collect::<Vec<_>>(),
    )
}

/// A magnitude. Shrinks towards `one`.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     fn small(m in workreport::proptest::magnitude()) { prop_assert!(m.exponent() <= 16); }
/// }
/// # small();
/// ```
pub fn magnitude() -> impl Strategy<Value = Magnitude> {
    prop_oneof![3 => Just(Magnitude::One), 2 => select(Magnitude::ALL.to_vec())]
}

/// A quantity in `unit`: any qualifier, sometimes a range, any
/// magnitude, values up to seven digits with up to three decimals.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
/// use workreport::Unit;
///
/// proptest! {
///     fn inside(q in workreport::proptest::quantity_in(Unit::People)) {
///         prop_assert_eq!(q.unit(), &Unit::People);
///     }
/// }
/// # inside();
/// ```
pub fn quantity_in(unit: Unit) -> impl Strategy<Value = Quantity> {
    let single = (decimal(7, 3), magnitude(), qualifier(), Just(unit.clone()))
        .prop_filter_map("quantity", |(v, m, q, u)| Quantity::new(v, m, u, q).ok());
    let range = (decimal(7, 3), decimal(7, 3), magnitude(), Just(unit))
        .prop_filter_map("range", |(a, b, m, u)| {
            Quantity::range(a.min(b), a.max(b), m, u).ok()
        });
    prop_oneof![5 => single, 1 => range].boxed()
}

/// A quantity in any [`unit`](fn@unit).
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     fn intervals_hold_the_value(q in workreport::proptest::quantity()) {
///         let i = q.interval();
///         if q.qualifier() == workreport::Qualifier::Exact {
///             prop_assert!(i.contains(q.expanded()));
///         }
///     }
/// }
/// # intervals_hold_the_value();
/// ```
pub fn quantity() -> impl Strategy<Value = Quantity> {
    unit().prop_flat_map(quantity_in).boxed()
}

/// Short text for names, headings and quotes: English words, Chinese
/// characters and digits. Never blank; shrinks towards `"a"`.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     fn not_blank(t in workreport::proptest::text()) { prop_assert!(!t.trim().is_empty()); }
/// }
/// # not_blank();
/// ```
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-z][a-z ]{0,24}",
        1 => "[一-龥]{1,12}",
        1 => "[a-z]{1,8} [0-9]{1,5}(\\.[0-9])?%? [a-z]{1,8}",
    ]
}

fn metric() -> impl Strategy<Value = Metric> {
    (
        text(),
        prop::option::of("[a-z][a-z_]{0,12}(\\.[a-z_]{1,12})?"),
    )
        .prop_filter_map("metric", |(name, key)| {
            let m = Metric::new(name).ok()?;
            Some(match key {
                Some(k) => m.with_key(MetricKey::new(&k).ok()?),
                None => m,
            })
        })
}

fn scope() -> impl Strategy<Value = Scope> {
    (
        select(vec!["China", "Sichuan", "Guangdong", "Jinan"]),
        select(vec![None, Some("CN"), Some("CN-SC"), Some("CN-GD")]),
    )
        .prop_filter_map("scope", |(name, code)| {
            let s = Scope::new(name).ok()?;
            Some(match code {
                Some(c) => s.with_code(RegionCode::new(c).ok()?),
                None => s,
            })
        })
}

fn basis() -> impl Strategy<Value = Basis> {
    prop_oneof![
        3 => Just(Basis::YearOnYear),
        1 => Just(Basis::PreviousPeriod),
        1 => Just(Basis::Projection),
        1 => Just(Basis::Unstated),
        1 => year_period().prop_map(Basis::Baseline),
    ]
}

/// The kind of a statistic with a quantity that fits it.
fn kind_and_quantity() -> impl Strategy<Value = (StatisticKind, Option<Quantity>)> {
    let size = |unit: Unit| {
        (
            decimal(5, 2),
            select(vec![
                Qualifier::Exact,
                Qualifier::About,
                Qualifier::MoreThan,
                Qualifier::Nearly,
            ]),
        )
            .prop_filter_map("size", move |(v, q)| {
                if v.is_zero() {
                    return None;
                }
                Quantity::new(v, Magnitude::One, unit.clone(), q).ok()
            })
    };
    let change = prop_oneof![
        (size(Unit::Percent), Just(ChangeMode::Relative)),
        (size(Unit::PercentagePoints), Just(ChangeMode::Absolute)),
        (size(Unit::CNY), Just(ChangeMode::Absolute)),
    ];
    prop_oneof![
        4 => count_unit().prop_flat_map(quantity_in).prop_map(|q| (StatisticKind::Count, Some(q))),
        2 => prop_oneof![money_unit(), physical_unit()].prop_flat_map(quantity_in).prop_map(|q| (StatisticKind::Amount, Some(q))),
        2 => share_unit().prop_flat_map(quantity_in).prop_map(|q| (StatisticKind::Rate, Some(q))),
        1 => quantity_in(Unit::Percent).prop_map(|q| (StatisticKind::Ratio, Some(q))),
        3 => (change, select(vec![Direction::Up, Direction::Down]), basis()).prop_map(|((q, mode), direction, basis)| {
            (StatisticKind::Change(Change { direction, basis, mode }), Some(q))
        }),
        1 => (1..50_u32, any::<bool>(), select(vec![Some("provinces of China"), Some("cities"), Some("the country"), None])).prop_map(|(p, top, among)| {
            (StatisticKind::Rank(Rank { position: NonZeroU32::new(p), top, among: among.map(str::to_owned) }), None)
        }),
        1 => (select(vec![Extreme::High, Extreme::Low]), prop::option::of(1..40_i64)).prop_filter_map("record", |(e, w)| {
            let window = match w {
                Some(n) => Some(Quantity::exact(Decimal::from(n), Unit::Years).ok()?),
                None => None,
            };
            Some((StatisticKind::Record(Record { extreme: e }), window))
        }),
        1 => (1..40_i64).prop_filter_map("streak", |n| {
            Quantity::exact(Decimal::from(n), Unit::Years).ok().map(|q| (StatisticKind::Streak, Some(q)))
        }),
    ]
}

/// A statistic of any kind, with a quantity that fits the kind, and
/// sometimes a period, scope, price basis or id. About one in twenty is
/// unreadable (a garbled quote, no quantity).
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     fn changes_are_never_negative(s in workreport::proptest::statistic()) {
///         if let (workreport::StatisticKind::Change(_), Some(q)) = (s.kind(), s.quantity()) {
///             prop_assert!(!q.value().is_sign_negative());
///         }
///     }
/// }
/// # changes_are_never_negative();
/// ```
pub fn statistic() -> impl Strategy<Value = Statistic> {
    (
        bare_statistic(),
        prop::option::weighted(0.1, "[一-龥]{1,6}[0-9]{1,4}[一-龥]{0,3}"),
        prop::option::weighted(0.05, correction()),
    )
        .prop_filter_map("a statistic", |(s, zh, correction)| {
            let mut s = s;
            if let Some(zh) = zh {
                s = s.with_quote_in(Language::new("zh").ok()?, zh).ok()?;
            }
            if let Some(c) = correction {
                s = s.with_correction(c).ok()?;
            }
            Some(s)
        })
        .boxed()
}

/// What a source says of a figure: a source, a language, a quote and up
/// to two figures.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     #![proptest_config(ProptestConfig::with_cases(16))]
///     fn evidence_names_its_source(e in workreport::proptest::evidence()) {
///         prop_assert!(!e.source.trim().is_empty() && e.figures.len() <= 2);
///     }
/// }
/// # evidence_names_its_source();
/// ```
pub fn evidence() -> impl Strategy<Value = Evidence> {
    (
        "[A-Z][a-z]{2,12}( [a-z]{2,8}){0,3}",
        select(vec!["zh", "en", "zh-Hans"]),
        text(),
        prop::collection::vec(quantity(), 0..=2),
    )
        .prop_filter_map("evidence", |(source, language, quote, figures)| {
            Evidence::new(source, Language::new(language).ok()?, quote, figures).ok()
        })
        .boxed()
}

/// An editor's correction: perhaps a corrected figure, one or two pieces
/// of evidence, perhaps a note.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     #![proptest_config(ProptestConfig::with_cases(16))]
///     fn a_correction_has_evidence(c in workreport::proptest::correction()) {
///         prop_assert!(!c.evidence.is_empty());
///     }
/// }
/// # a_correction_has_evidence();
/// ```
pub fn correction() -> impl Strategy<Value = Correction> {
    (
        prop::option::of(quantity()),
        prop::collection::vec(evidence(), 1..=2),
        prop::option::of(text()),
    )
        .prop_filter_map("correction", |(quantity, evidence, note)| {
            let c = Correction::new(quantity, evidence).ok()?;
            Some(match note {
                Some(n) => c.with_note(n),
                None => c,
            })
        })
        .boxed()
}

/// A statistic without quotes in other languages or a correction.
fn bare_statistic() -> impl Strategy<Value = Statistic> {
    (
        metric(),
        kind_and_quantity(),
        text(),
        prop::option::of(period()),
        prop::option::of(scope()),
        prop::option::of(select(vec![PriceBasis::Real, PriceBasis::Nominal])),
        prop::option::of("[a-z][a-z0-9-]{0,8}"),
        prop::bool::weighted(0.05),
    )
        .prop_filter_map(
            "statistic",
            |(metric, (kind, quantity), quote, period, scope, basis, id, garbled)| {
                let mut s = if garbled {
                    let kind = match kind {
                        StatisticKind::Rank(r) => StatisticKind::Rank(Rank {
                            position: None,
                            top: false,
                            ..r
                        }),
                        k => k,
                    };
                    Statistic::unreadable(metric, kind, quote).ok()?
                } else {
                    Statistic::new(metric, kind, quantity, quote).ok()?
                };
                if let Some(p) = period {
                    s = s.with_period(p);
                }
                if let Some(sc) = scope {
                    s = s.with_scope(sc);
                }
                if let Some(b) = basis {
                    s = s.with_price_basis(b);
                }
                if let Some(id) = id {
                    s = s.with_id(Id::new(&id).ok()?);
                }
                Some(s)
            },
        )
        .boxed()
}

/// An achievement with up to `max_statistics` statistics.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     fn bounded(a in workreport::proptest::achievement(2)) { prop_assert!(a.statistics.len() <= 2); }
/// }
/// # bounded();
/// ```
pub fn achievement(max_statistics: usize) -> impl Strategy<Value = Achievement> {
    (text(), vec(statistic(), 0..=max_statistics))
        .prop_map(|(text, statistics)| Achievement { text, statistics })
}

/// A measure of any kind and status.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     fn titled(m in workreport::proptest::measure()) { prop_assert!(!m.title.is_empty()); }
/// }
/// # titled();
/// ```
pub fn measure() -> impl Strategy<Value = Measure> {
    (
        text(),
        select(MeasureKind::ALL.to_vec()),
        select(MeasureStatus::ALL.to_vec()),
        prop::option::of(1..50_u32),
        vec(text(), 0..3),
        prop::option::of(year_period()),
        prop::option::of(text()),
    )
        .prop_map(
            |(title, kind, status, item_count, items, period, quote)| Measure {
                title,
                kind,
                status,
                item_count,
                items,
                period,
                quote,
            },
        )
        .boxed()
}

/// A target, quantified or not.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     fn texts(t in workreport::proptest::target()) { prop_assert!(!t.text.is_empty()); }
/// }
/// # texts();
/// ```
pub fn target() -> impl Strategy<Value = Target> {
    (
        text(),
        select(Improves::ALL.to_vec()),
        prop::option::of(statistic()),
    )
        .prop_map(|(text, improves, figure)| Target {
            text,
            improves,
            figure,
        })
        .boxed()
}

/// A section nested at most `depth` levels below itself, with a few items
/// of each kind.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     fn flat(s in workreport::proptest::section(0)) { prop_assert!(s.sections.is_empty()); }
/// }
/// # flat();
/// ```
pub fn section(depth: u32) -> impl Strategy<Value = Section> {
    let leaf = (
        text(),
        prop::option::of(text()),
        vec(achievement(3), 0..4),
        vec(measure(), 0..2),
        vec(target(), 0..2),
    )
        .prop_map(|(heading, text, achievements, measures, targets)| Section {
            heading,
            text,
            sections: Vec::new(),
            achievements,
            measures,
            targets,
        });
    leaf.boxed().prop_recursive(depth, 16, 3, |inner| {
        (text(), vec(inner, 0..3), vec(achievement(2), 0..3)).prop_map(
            |(heading, sections, achievements)| Section {
                heading,
                text: None,
                sections,
                achievements,
                measures: Vec::new(),
                targets: Vec::new(),
            },
        )
    })
}

/// A report with up to `max_sections` top-level sections, each nested up
/// to two levels.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     #![proptest_config(ProptestConfig::with_cases(8))]
///     fn bounded(r in workreport::proptest::report(2)) { prop_assert!(r.sections.len() <= 2); }
/// }
/// # bounded();
/// ```
pub fn report(max_sections: usize) -> impl Strategy<Value = Report> {
    (
        text(),
        text(),
        scope(),
        year_period(),
        prop::option::of((2000..2030_i32, 1..=12_u32, 1..=28_u32)),
        select(vec!["en", "zh", "zh-Hans"]),
        vec(section(2), 0..=max_sections),
    )
        .prop_filter_map(
            "report",
            |(title, issuer, scope, period, published, lang, sections)| {
                let mut r = Report::new(title, issuer, scope, period, Language::new(lang).ok()?);
                r.published = match published {
                    Some((y, m, d)) => Some(chrono::NaiveDate::from_ymd_opt(y, m, d)?),
                    None => None,
                };
                r.sections = sections;
                Some(r)
            },
        )
        .boxed()
}

/// A report a careful extractor could have produced from a sound source:
/// [`report`]'s shape, with every figure's quote rendered from the figure
/// (in English or Chinese), no unreadable figure, one mention of each
/// metric, no ids, rates between 0 and 99 percent, whole non-negative
/// counts and relative declines of at most 99 percent. Validation finds
/// no error in one: a property test of the crate's says so.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
///
/// proptest! {
///     #![proptest_config(ProptestConfig::with_cases(16))]
///     fn sound(r in workreport::proptest::plausible_report(3)) {
///         prop_assert!(!r.validate().has_errors());
///     }
/// }
/// # sound();
/// ```
pub fn plausible_report(max_sections: usize) -> impl Strategy<Value = Report> {
    (report(max_sections), any::<bool>())
        .prop_map(|(mut report, zh)| {
            let lang = if zh { Lang::Zh } else { Lang::En };
            let mut next = 0;
            for section in &mut report.sections {
                make_plausible(section, lang, &mut next);
            }
            report
        })
        .boxed()
}

fn make_plausible(section: &mut Section, lang: Lang, next: &mut usize) {
    for achievement in &mut section.achievements {
        let statistics = std::mem::take(&mut achievement.statistics);
        achievement.statistics = statistics
            .iter()
            .filter_map(|s| plausible_statistic(s, lang, next))
            .collect();
    }
    for target in &mut section.targets {
        target.figure = target
            .figure
            .take()
            .and_then(|s| plausible_statistic(&s, lang, next));
    }
    for sub in &mut section.sections {
        make_plausible(sub, lang, next);
    }
}

/// The statistic as a careful extractor would record it, or `None` when
/// its figure is not plausible.
fn plausible_statistic(s: &Statistic, lang: Lang, next: &mut usize) -> Option<Statistic> {
    if s.is_unreadable() {
        return None;
    }
    let ninety_nine = Decimal::from(99);
    if let Some(q) = s.quantity() {
        let values: Vec<Decimal> = [Some(q.expanded()), q.expanded_high()]
            .into_iter()
            .flatten()
            .collect();
        let plausible = match s.kind() {
            StatisticKind::Rate => values.iter().all(|v| {
                q.unit()
                    .convert(*v, &Unit::Percent)
                    .is_ok_and(|p| !p.value.is_sign_negative() && p.value <= ninety_nine)
            }),
            StatisticKind::Count => values
                .iter()
                .all(|v| v.fract().is_zero() && !v.is_sign_negative()),
            StatisticKind::Change(c) if c.direction == Direction::Down => {
                *q.unit() != Unit::Percent || values.iter().all(|v| *v <= ninety_nine)
            }
            _ => true,
        };
        if !plausible {
            return None;
        }
    }
    *next += 1;
    let metric = Metric::new(format!("{} {next}", s.metric().name())).ok()?;
    let mut out = Statistic::new(metric, s.kind().clone(), s.quantity().cloned(), "-").ok()?;
    let quote = crate::text::render_statistic(&out, lang);
    out = Statistic::new(
        out.metric().clone(),
        s.kind().clone(),
        s.quantity().cloned(),
        quote,
    )
    .ok()?;
    if let Some(p) = s.period() {
        out = out.with_period(*p);
    }
    if let Some(scope) = s.scope() {
        out = out.with_scope(scope.clone());
    }
    Some(out)
}

macro_rules! arbitrary_via {
    ($($t:ty => $s:expr),+ $(,)?) => {
        $(
            impl Arbitrary for $t {
                type Parameters = ();
                type Strategy = BoxedStrategy<$t>;

                fn arbitrary_with((): ()) -> BoxedStrategy<$t> {
                    $s.boxed()
                }
            }
        )+
    };
}

arbitrary_via! {
    Unit => unit(),
    Quantity => quantity(),
    Qualifier => qualifier(),
    Magnitude => magnitude(),
    Statistic => statistic(),
    Evidence => evidence(),
    Correction => correction(),
    Achievement => achievement(3),
    Measure => measure(),
    Target => target(),
    Section => section(2),
    Report => report(4),
}
