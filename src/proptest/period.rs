//! Strategies for [`Period`].
//!
//! Every value is built through the real constructors, so only valid
//! periods come out. Years are mostly 1900 to 2100, with a few from the
//! whole range 1 to 9999 to reach the edges; values shrink towards plain
//! years early in that window.

use chrono::NaiveDate;
use proptest::prelude::*;

use crate::Period;

/// A year, mostly 1900 to 2100 and sometimes anywhere in 1 to 9999.
/// Shrinks towards 1900.
fn any_year() -> impl Strategy<Value = i32> {
    prop_oneof![
        9 => 1900..=2100i32,
        1 => 1..=9999i32,
    ]
}

/// A date in a year of [`any_year`], shrinking towards January 1.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    (any_year(), 1..=366u32).prop_filter_map("day 366 of a common year", |(year, day)| {
        NaiveDate::from_yo_opt(year, day)
    })
}

/// Any [`Period`] of a year kind ([`PeriodKind::Year`](crate::PeriodKind::Year)):
/// mostly 1900 to 2100, sometimes anywhere in 1 to 9999, shrinking towards
/// 1900.
///
/// # Examples
///
/// ```rust
/// use proptest::prelude::*;
/// use workreport::{Period, PeriodKind};
///
/// proptest! {
///     fn years_have_365_or_366_days(year in workreport::proptest::year_period()) {
///         prop_assert_eq!(year.kind(), PeriodKind::Year);
///         prop_assert!(year.days() == 365 || year.days() == 366);
///     }
/// }
///
/// years_have_365_or_366_days();
/// ```
pub fn year_period() -> impl Strategy<Value = Period> {
    any_year().prop_filter_map("a year outside 1 to 9999", |year| Period::year(year).ok())
}

/// Any [`Period`], of every kind: years first (they are what values shrink
/// to), then halves, quarters, months, days, date ranges of up to about two
/// years, year ranges of up to 30 years, and fiscal years.
///
/// # Examples
///
/// ```rust
/// use proptest::prelude::*;
/// use workreport::Period;
///
/// proptest! {
///     fn text_round_trips(period in workreport::proptest::period()) {
///         prop_assert_eq!(period.to_string().parse::<Period>(), Ok(period));
///         prop_assert!(period.start() <= period.end());
///     }
/// }
///
/// text_round_trips();
/// ```
pub fn period() -> impl Strategy<Value = Period> {
    prop_oneof![
        3 => year_period(),
        1 => (any_year(), 1..=2u8).prop_filter_map("invalid half", |(year, half)| {
            Period::half(year, half).ok()
        }),
        2 => (any_year(), 1..=4u8).prop_filter_map("invalid quarter", |(year, quarter)| {
            Period::quarter(year, quarter).ok()
        }),
        2 => (any_year(), 1..=12u8).prop_filter_map("invalid month", |(year, month)| {
            Period::month(year, month).ok()
        }),
        1 => any_date().prop_filter_map("invalid day", |date| Period::day(date).ok()),
        1 => (any_date(), 0..=800u64).prop_filter_map("a range past 9999", |(start, length)| {
            let end = start.checked_add_days(chrono::Days::new(length))?;
            Period::dates(start, end).ok()
        }),
        1 => (any_year(), 1..=30u32).prop_filter_map("a run before year 1", |(ending, n)| {
            Period::consecutive_years(n, ending).ok()
        }),
        1 => (any_year(), 1..=12u8).prop_filter_map("a fiscal year past 9999", |(year, month)| {
            Period::fiscal_year(year, month).ok()
        }),
    ]
    .boxed()
}

impl Arbitrary for Period {
    type Parameters = ();
    type Strategy = BoxedStrategy<Self>;

    /// The same values as [`period`].
    fn arbitrary_with((): Self::Parameters) -> Self::Strategy {
        period().boxed()
    }
}
