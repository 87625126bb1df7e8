//! Comparison: three-valued orderings and changes between figures, that
//! never give a confident wrong answer.
//!
//! A figure stands for an interval ("more than 170,000 people" is
//! (170 000, ∞)), so two figures are [`Less`](Comparison::Less) or
//! [`Greater`](Comparison::Greater) only when every value of one is below
//! every value of the other, [`Equal`](Comparison::Equal) only when both
//! are the same single point, and otherwise
//! [`Undetermined`](Comparison::Undetermined). Units are converted exactly
//! first; a currency compares only with itself, and percent never with
//! percentage points.
//!
//! ```
//! use workreport::compare::Comparison;
//! use workreport::{Magnitude, Qualifier, Quantity, Unit};
//!
//! let q = |v: &str, m, k| Quantity::new(v.parse().unwrap(), m, Unit::People, k).unwrap();
//! let more_than = q("170000", Magnitude::One, Qualifier::MoreThan);
//! let around = q("17", Magnitude::Wan, Qualifier::About);
//! let exactly = q("170000", Magnitude::One, Qualifier::Exact);
//! assert_eq!(more_than.compare(&around)?, Comparison::Undetermined);
//! assert_eq!(more_than.compare(&exactly)?, Comparison::Greater);
//! assert_eq!(exactly.compare(&more_than)?, Comparison::Less);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::ops::Bound;

use rust_decimal::Decimal;

use crate::decimal::add_outward;
use crate::{Dimension, Error, Interval, Quantity, Result, Statistic, Tolerance, Unit};

mod diff;
mod score;

pub use diff::{Diff, Differ, Entry, Matched, Scored, diff};
pub use score::{Reason, Score, Verdict};

/// The answer to "which is larger?" when each side is an interval.
///
/// # Examples
///
/// ```
/// use workreport::compare::Comparison;
/// assert_eq!(Comparison::Less.reverse(), Comparison::Greater);
/// assert_eq!(Comparison::Undetermined.code(), "undetermined");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Comparison {
    /// Every value of the left is below every value of the right.
    Less,
    /// Both are the same single point.
    Equal,
    /// Every value of the left is above every value of the right.
    Greater,
    /// The intervals share values (or are the same interval of more than
    /// one point): the figures do not say which is larger.
    Undetermined,
}

impl Comparison {
    /// The code: `less`, `equal`, `greater` or `undetermined`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::compare::Comparison::Greater.code(), "greater");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Comparison::Less => "less",
            Comparison::Equal => "equal",
            Comparison::Greater => "greater",
            Comparison::Undetermined => "undetermined",
        }
    }

    /// The comparison with its sides swapped.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::compare::Comparison;
    /// assert_eq!(Comparison::Equal.reverse(), Comparison::Equal);
    /// ```
    #[must_use]
    pub fn reverse(self) -> Comparison {
        match self {
            Comparison::Less => Comparison::Greater,
            Comparison::Greater => Comparison::Less,
            other => other,
        }
    }
}

impl fmt::Display for Comparison {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Interval {
    /// This interval against `other`: less or greater when one lies wholly
    /// below the other, equal when both are the same point, otherwise
    /// undetermined.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::ops::Bound;
    /// use workreport::{Interval, compare::Comparison};
    ///
    /// let five = Interval::point("5".parse()?);
    /// let from_five = Interval::new(Bound::Included("5".parse()?), Bound::Unbounded)?;
    /// assert_eq!(five.compare(&five), Comparison::Equal);
    /// assert_eq!(five.compare(&from_five), Comparison::Undetermined);
    /// assert_eq!(from_five.compare(&from_five), Comparison::Undetermined);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compare(&self, other: &Interval) -> Comparison {
        if self.is_point() && self == other {
            Comparison::Equal
        } else if self.is_above(other) {
            Comparison::Greater
        } else if other.is_above(self) {
            Comparison::Less
        } else {
            Comparison::Undetermined
        }
    }
}

impl Quantity {
    /// This quantity against `other`, after converting `other` to this
    /// quantity's unit; "about" reads with the default tolerance
    /// ([`Tolerance::HalfStep`]).
    ///
    /// # Errors
    ///
    /// [`Error::IncompatibleUnits`] naming both units when they do not
    /// compare (a currency with another, percent with percentage points,
    /// people with tonnes); [`Error::Overflow`] when a conversion overflows.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::compare::Comparison;
    /// use workreport::{Magnitude, Qualifier, Quantity, Unit};
    ///
    /// // 27亿余元 is between 2.7 and 2.8 billion: against 2.75 billion, undetermined.
    /// let over = Quantity::new("27".parse()?, Magnitude::Yi, Unit::CNY, Qualifier::OverSome)?;
    /// let exact = Quantity::new("2.75".parse()?, Magnitude::Billion, Unit::CNY, Qualifier::Exact)?;
    /// assert_eq!(over.compare(&exact)?, Comparison::Undetermined);
    ///
    /// let rate = Quantity::exact("5".parse()?, Unit::Percent)?;
    /// let points = Quantity::exact("5".parse()?, Unit::PercentagePoints)?;
    /// assert_eq!(rate.compare(&points).unwrap_err().to_string(),
    ///     "incompatible units: percent and percentage_points");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compare(&self, other: &Quantity) -> Result<Comparison> {
        self.compare_with(other, Tolerance::HalfStep)
    }

    /// [`compare`](Quantity::compare) with "about" read with `tolerance`.
    ///
    /// # Errors
    ///
    /// As [`compare`](Quantity::compare), and [`Error::Overflow`] when the
    /// tolerance takes an end past what a decimal holds.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::compare::Comparison;
    /// use workreport::{Magnitude, Qualifier, Quantity, Tolerance, Unit};
    ///
    /// let around_five = Quantity::new("5".parse()?, Magnitude::One, Unit::Percent, Qualifier::About)?;
    /// let actual = Quantity::exact("5.4".parse()?, Unit::Percent)?;
    /// // Half a step: [4.5, 5.5] holds 5.4. A tenth of a point: [4.9, 5.1] does not.
    /// assert_eq!(actual.compare(&around_five)?, Comparison::Undetermined);
    /// let narrow = Tolerance::Absolute("0.1".parse()?);
    /// assert_eq!(actual.compare_with(&around_five, narrow)?, Comparison::Greater);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compare_with(&self, other: &Quantity, tolerance: Tolerance) -> Result<Comparison> {
        let (a, b) = intervals_to_order(self, other, tolerance)?;
        let here = a.compare(&b);
        if here != Comparison::Undetermined || self.unit() == other.unit() {
            return Ok(here);
        }
        // Where neither unit converts exactly into the other, each way
        // widens its rounded ends, and one way may decide what the other
        // blurs. Both are sound: ask the other way too, so that `a` against
        // `b` always mirrors `b` against `a`.
        Ok(intervals_to_order(other, self, tolerance)
            .map_or(here, |(theirs, ours)| ours.compare(&theirs)))
    }
}

/// The two quantities' intervals for ordering them, not for arithmetic on
/// their ends: [`intervals_in_one_unit`], except that two quantities of one
/// unit and one magnitude under the default tolerance keep their intervals
/// as written. Dividing both by the magnitude's factor keeps their order
/// (and their equality), and skips expanding every end.
pub(crate) fn intervals_to_order(
    a: &Quantity,
    b: &Quantity,
    tolerance: Tolerance,
) -> Result<(Interval, Interval)> {
    // Half a step needs one decimal more than the value: at a decimal's
    // last place (28) the written ends would round outward, the expanded
    // ones may not.
    let fits = |q: &Quantity| q.value().scale() < 28 && q.high().is_none_or(|h| h.scale() < 28);
    if a.unit() == b.unit()
        && a.magnitude() == b.magnitude()
        && matches!(tolerance, Tolerance::HalfStep)
        && fits(a)
        && fits(b)
    {
        return Ok((a.interval_as_written(), b.interval_as_written()));
    }
    intervals_in_one_unit(a, b, tolerance)
}

/// The two quantities' intervals in the first one's unit. Where that
/// conversion is inexact (mu to hectares) and the other way is exact, the
/// first is converted instead, so that no end is rounded.
pub(crate) fn intervals_in_one_unit(
    a: &Quantity,
    b: &Quantity,
    tolerance: Tolerance,
) -> Result<(Interval, Interval)> {
    compatible(a.unit(), b.unit())?;
    let (ia, ib) = (a.interval_with(tolerance)?, b.interval_with(tolerance)?);
    if a.unit() == b.unit() {
        return Ok((ia, ib));
    }
    let (b_in_a, exact) = convert(ib, b.unit(), a.unit())?;
    if exact {
        return Ok((ia, b_in_a));
    }
    match convert(ia, a.unit(), b.unit())? {
        (a_in_b, true) => Ok((a_in_b, ib)),
        _ => Ok((ia, b_in_a)),
    }
}

/// An error naming both units, left first, unless they compare.
fn compatible(left: &Unit, right: &Unit) -> Result<()> {
    if left.is_compatible(right) {
        Ok(())
    } else {
        Err(Error::IncompatibleUnits {
            left: left.to_string(),
            right: right.to_string(),
        })
    }
}

/// An interval's ends in another unit, and whether every end converted
/// exactly. An end that did not (mu to hectares divides by 15) moves out by
/// what the rounding may have cost, and is closed: a rounded end never
/// decides a comparison it might decide wrongly.
pub(crate) fn convert(i: Interval, from: &Unit, to: &Unit) -> Result<(Interval, bool)> {
    let mut exact = true;
    let mut end = |b: Bound<Decimal>, up: bool| -> Result<Bound<Decimal>> {
        Ok(match b {
            Bound::Included(x) | Bound::Excluded(x) => {
                let c = from.convert(x, to)?;
                exact &= c.exact;
                if !c.exact {
                    let moved = if up {
                        add_outward(c.value, rounding_error(c.value), true)
                    } else {
                        add_outward(c.value, -rounding_error(c.value), false)
                    };
                    Bound::Included(moved)
                } else if matches!(b, Bound::Included(_)) {
                    Bound::Included(c.value)
                } else {
                    Bound::Excluded(c.value)
                }
            }
            Bound::Unbounded => Bound::Unbounded,
        })
    };
    let (low, high) = (end(i.low(), false)?, end(i.high(), true)?);
    Ok((Interval::new(low, high)?, exact))
}

/// A bound on the error of a value rounded to `Decimal`'s 28 significant
/// digits, twice (a conversion multiplies, then divides): 10⁻²⁶ of it, and
/// never less than the last place `Decimal` has.
fn rounding_error(v: Decimal) -> Decimal {
    const RELATIVE: Decimal = Decimal::from_parts(1, 0, 0, false, 26);
    const LAST_PLACE: Decimal = Decimal::from_parts(1, 0, 0, false, 28);
    v.abs()
        .checked_mul(RELATIVE)
        .map_or(LAST_PLACE, |e| e.max(LAST_PLACE))
}

/// How a figure changed from an older one: intervals derived from both
/// figures' intervals, so that "more than 100" to "about 120" is a change
/// of (−∞, 25] and not a confident +20.
///
/// # Examples
///
/// ```
/// use workreport::compare::change;
/// use workreport::{Quantity, Unit};
///
/// let old = Quantity::exact("100".parse()?, Unit::Cases)?;
/// let new = Quantity::exact("120".parse()?, Unit::Cases)?;
/// let c = change(&old, &new)?;
/// assert_eq!(c.absolute.map(|i| i.to_string()).as_deref(), Some("[20, 20]"));
/// assert_eq!(c.relative.map(|i| i.to_string()).as_deref(), Some("[20, 20]"));
/// assert!(c.points.is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Difference {
    /// New minus old, in the old figure's unit; `None` for shares (percent,
    /// per mille, fractions), whose difference is in `points`.
    pub absolute: Option<Interval>,
    /// The relative change in percent, (new − old) / old × 100; `None`
    /// when the old figure may be zero or negative, where a relative change
    /// means nothing.
    pub relative: Option<Interval>,
    /// For shares: new minus old in percentage points.
    pub points: Option<Interval>,
}

/// The change from `old` to `new`, two figures of one metric: the
/// difference and the relative change as intervals (the new figure
/// converted to the old one's unit). Divisions are rounded to the 28
/// digits of a decimal.
///
/// # Errors
///
/// [`Error::IncompatibleUnits`] when the units do not compare;
/// [`Error::Overflow`] when the arithmetic overflows; [`Error::Value`] when
/// the old figure is exactly zero (a relative change from zero is a
/// division by zero).
///
/// # Examples
///
/// ```
/// use workreport::compare::change;
/// use workreport::{Magnitude, Qualifier, Quantity, Unit};
///
/// // A rate from 5.2% to 5.0%: down 0.2 percentage points, about 3.8% less.
/// let old = Quantity::exact("5.2".parse()?, Unit::Percent)?;
/// let new = Quantity::exact("5.0".parse()?, Unit::Percent)?;
/// let c = change(&old, &new)?;
/// assert_eq!(c.points.unwrap().to_string(), "[-0.2, -0.2]");
/// assert!(c.absolute.is_none());
///
/// let zero = Quantity::exact("0".parse()?, Unit::Cases)?;
/// let some = Quantity::exact("3".parse()?, Unit::Cases)?;
/// assert_eq!(change(&zero, &some).unwrap_err().to_string(),
///     "a relative change from 0 cases divides by zero");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn change(old: &Quantity, new: &Quantity) -> Result<Difference> {
    difference_between(old, old.interval(), new, new.interval())
}

/// The change from the interval `o` of a figure in `old`'s unit to the
/// interval `n` of one in `new`'s.
fn difference_between(
    old: &Quantity,
    o: Interval,
    new: &Quantity,
    n: Interval,
) -> Result<Difference> {
    compatible(old.unit(), new.unit())?;
    let n = if new.unit() == old.unit() {
        n
    } else {
        convert(n, new.unit(), old.unit())?.0
    };
    if o.is_point() && o.low() == Bound::Included(Decimal::ZERO) {
        return Err(Error::Value(format!(
            "a relative change from 0 {} divides by zero",
            old.unit()
        )));
    }
    let diff = difference(&n, &o)?;
    let share = old.unit().dimension() == Dimension::Share;
    let relative = relative_percent(&n, &o)?;
    Ok(Difference {
        absolute: (!share).then_some(diff),
        relative,
        points: if share {
            Some(in_points(diff, old.unit())?)
        } else {
            None
        },
    })
}

impl Statistic {
    /// The change from this statistic's figure to `newer`'s: see
    /// [`change`]. The caller says that the two are one metric.
    ///
    /// A change statistic's figure is its size in its direction: "down 5%"
    /// counts as −5%, so that from "down 5%" to "up 3%" is a change of +8
    /// percentage points, and from "down 5%" to "down 3%" one of +2. A
    /// relative change from a figure that may be zero or negative (a
    /// decline) is `None`.
    ///
    /// # Errors
    ///
    /// As [`change`], and [`Error::Value`] when either statistic has no
    /// quantity.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Basis, Change, ChangeMode, Direction, Metric, Quantity, Statistic,
    ///     StatisticKind, Unit};
    ///
    /// let s = |v: &str| Statistic::new(Metric::new("cases").unwrap(), StatisticKind::Count,
    ///     Some(Quantity::exact(v.parse().unwrap(), Unit::Cases).unwrap()), format!("{v} cases")).unwrap();
    /// let c = s("58").change_to(&s("87"))?;
    /// assert_eq!(c.relative.unwrap().to_string(), "[50, 50]");
    ///
    /// let growth = |direction, v: &str| Statistic::new(Metric::new("GDP growth").unwrap(),
    ///     StatisticKind::Change(Change { direction, basis: Basis::YearOnYear, mode: ChangeMode::Relative }),
    ///     Some(Quantity::exact(v.parse().unwrap(), Unit::Percent).unwrap()), v).unwrap();
    /// let c = growth(Direction::Down, "5").change_to(&growth(Direction::Up, "3"))?;
    /// assert_eq!(c.points.unwrap().to_string(), "[8, 8]");
    /// assert!(c.relative.is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn change_to(&self, newer: &Statistic) -> Result<Difference> {
        fn figure(s: &Statistic) -> Result<&Quantity> {
            s.quantity().ok_or_else(|| {
                Error::Value(format!(
                    "no change between figures without a quantity ({})",
                    crate::error::Quoted(s.quote())
                ))
            })
        }
        let (old, new) = (figure(self)?, figure(newer)?);
        difference_between(
            old,
            score::signed(self, old.interval()),
            new,
            score::signed(newer, new.interval()),
        )
    }
}

/// `n − o` as an interval: from n's low end minus o's high end to n's high
/// end minus o's low end; an end is included when both ends it comes from
/// are.
fn difference(n: &Interval, o: &Interval) -> Result<Interval> {
    let sub = |a: Bound<Decimal>, b: Bound<Decimal>| -> Result<Bound<Decimal>> {
        Ok(match (a, b) {
            (Bound::Unbounded, _) | (_, Bound::Unbounded) => Bound::Unbounded,
            (Bound::Included(x), Bound::Included(y)) => Bound::Included(checked_sub(x, y)?),
            (Bound::Included(x) | Bound::Excluded(x), Bound::Included(y) | Bound::Excluded(y)) => {
                Bound::Excluded(checked_sub(x, y)?)
            }
        })
    };
    Interval::new(sub(n.low(), o.high())?, sub(n.high(), o.low())?)
}

fn checked_sub(x: Decimal, y: Decimal) -> Result<Decimal> {
    x.checked_sub(y)
        .map(|d| d.normalize())
        .ok_or_else(|| Error::Overflow(format!("{x} - {y}")))
}

/// A difference of shares in percentage points.
fn in_points(diff: Interval, unit: &Unit) -> Result<Interval> {
    Ok(convert(diff, unit, &Unit::Percent)?.0)
}

/// (n / o − 1) × 100 as an interval, when every value of `o` is above
/// zero; `None` otherwise.
fn relative_percent(n: &Interval, o: &Interval) -> Result<Option<Interval>> {
    if !o.is_above(&Interval::point(Decimal::ZERO)) {
        return Ok(None);
    }
    // Dividing by a positive x is increasing in the numerator; in x it is
    // decreasing for a numerator at or above zero and increasing below.
    let low = quotient_end(n.low(), o, true)?;
    let high = quotient_end(n.high(), o, false)?;
    let percent = |b: Bound<Decimal>| -> Result<Bound<Decimal>> {
        let f = |q: Decimal| {
            q.checked_sub(Decimal::ONE)
                .and_then(|d| d.checked_mul(Decimal::ONE_HUNDRED))
                .map(|d| d.normalize())
                .ok_or_else(|| Error::Overflow(format!("the relative change ({q} − 1) × 100")))
        };
        Ok(match b {
            Bound::Included(q) => Bound::Included(f(q)?),
            Bound::Excluded(q) => Bound::Excluded(f(q)?),
            Bound::Unbounded => Bound::Unbounded,
        })
    };
    Ok(Some(Interval::new(percent(low)?, percent(high)?)?))
}

/// One end of n / o for o wholly above zero: the low end when `low`.
fn quotient_end(end: Bound<Decimal>, o: &Interval, low: bool) -> Result<Bound<Decimal>> {
    let (y, y_included) = match end {
        Bound::Included(y) => (y, true),
        Bound::Excluded(y) => (y, false),
        Bound::Unbounded => return Ok(Bound::Unbounded),
    };
    // The divisor end that makes the quotient smallest (for the low end)
    // or largest (for the high end).
    let use_high_divisor = (y >= Decimal::ZERO) == low;
    let divisor = if use_high_divisor { o.high() } else { o.low() };
    let (x, x_included) = match divisor {
        Bound::Included(x) => (x, true),
        Bound::Excluded(x) => (x, false),
        // y / ∞ approaches zero without reaching it, unless y is zero.
        Bound::Unbounded => {
            return Ok(if y.is_zero() && y_included {
                Bound::Included(Decimal::ZERO)
            } else {
                Bound::Excluded(Decimal::ZERO)
            });
        }
    };
    if x.is_zero() {
        // o's low end is an excluded zero: the quotient is unbounded.
        return Ok(if y.is_zero() && y_included {
            Bound::Included(Decimal::ZERO)
        } else {
            Bound::Unbounded
        });
    }
    let q = y
        .checked_div(x)
        .ok_or_else(|| Error::Overflow(format!("{y} / {x}")))?;
    // 0 / x is 0 whatever x is: included when y is.
    Ok(if y_included && (x_included || y.is_zero()) {
        Bound::Included(q)
    } else {
        Bound::Excluded(q)
    })
}

/// The interval of the negated values.
fn negate(i: Interval) -> Interval {
    let flip = |b: Bound<Decimal>| match b {
        Bound::Included(x) => Bound::Included(-x),
        Bound::Excluded(x) => Bound::Excluded(-x),
        Bound::Unbounded => Bound::Unbounded,
    };
    // The negation of a non-empty interval is non-empty.
    Interval::new(flip(i.high()), flip(i.low())).unwrap_or(i)
}

#[cfg(all(test, feature = "proptest"))]
mod tests {
    use proptest::prelude::*;

    use super::{intervals_in_one_unit, intervals_to_order, negate};
    use crate::proptest::{decimal, magnitude, qualifier, unit};
    use crate::{Magnitude, Quantity, Tolerance, Unit};

    /// A quantity in `unit` and `magnitude`, of either sign, a range one
    /// time in six; its value is `same` when that is given.
    fn quantity(
        unit: Unit,
        magnitude: Magnitude,
        same: Option<rust_decimal::Decimal>,
    ) -> impl Strategy<Value = Quantity> {
        let (u, m) = (unit.clone(), magnitude);
        let single = (decimal(7, 3), any::<bool>(), qualifier()).prop_filter_map(
            "quantity",
            move |(v, negative, q)| {
                let v = same.unwrap_or(if negative { -v } else { v });
                Quantity::new(v, m, u.clone(), q).ok()
            },
        );
        let range = (decimal(7, 3), decimal(7, 3)).prop_filter_map("range", move |(a, b)| {
            let low = same.unwrap_or(a.min(b));
            Quantity::range(low, low.max(a.max(b)), magnitude, unit.clone()).ok()
        });
        prop_oneof![5 => single, 1 => range]
    }

    fn pair() -> impl Strategy<Value = (Quantity, Quantity)> {
        (unit(), magnitude(), any::<bool>()).prop_flat_map(|(u, m, equal)| {
            quantity(u.clone(), m, None).prop_flat_map(move |a| {
                let same = equal.then(|| a.value());
                (Just(a), quantity(u.clone(), m, same))
            })
        })
    }

    proptest! {
        /// The written intervals of two quantities of one unit and
        /// magnitude order as their expanded ones do, and so do their
        /// negations (a change down).
        #[test]
        fn ordering_as_written_is_ordering_expanded((a, b) in pair()) {
            let (wa, wb) = intervals_to_order(&a, &b, Tolerance::HalfStep).unwrap();
            let (ea, eb) = intervals_in_one_unit(&a, &b, Tolerance::HalfStep).unwrap();
            prop_assert_eq!(wa.compare(&wb), ea.compare(&eb), "{} against {}", a, b);
            prop_assert_eq!(wb.compare(&wa), eb.compare(&ea));
            prop_assert_eq!(
                negate(wa).compare(&negate(wb)),
                negate(ea).compare(&negate(eb))
            );
            prop_assert_eq!(a.compare(&b).unwrap(), ea.compare(&eb));
        }
    }
}
