//! Scoring a target against an actual.

use std::fmt;
use std::ops::Bound;

use rust_decimal::Decimal;

use super::{compatible, convert};
use crate::{
    Basis, Direction, Error, Improves, Interval, Result, Statistic, StatisticKind, Target,
    Tolerance,
};

/// Whether an actual met a target.
///
/// # Examples
///
/// ```
/// assert_eq!(workreport::compare::Verdict::Met.code(), "met");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Verdict {
    /// Every value the actual may be is one the target accepts.
    Met,
    /// No value the actual may be is one the target accepts.
    Missed,
    /// Some values the actual may be are accepted and some not.
    Undetermined,
}

impl Verdict {
    /// The code: `met`, `missed` or `undetermined`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::compare::Verdict::Undetermined.code(), "undetermined");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::Missed => "missed",
            Verdict::Undetermined => "undetermined",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Why a score is [undetermined](Verdict::Undetermined).
///
/// # Examples
///
/// ```
/// use workreport::{Basis, compare::Reason};
///
/// let r = Reason::Bases { target: Basis::YearOnYear, actual: Basis::Baseline("2020".parse()?) };
/// assert_eq!(r.to_string(), "the target is a change year on year and the actual a change from 2020");
/// assert_eq!(Reason::Overlap.to_string(),
///     "the actual may be a value the target accepts or one it does not");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// Some values the actual may be are accepted and some not: the
    /// figures are too coarse to tell.
    Overlap,
    /// Both are changes, measured against different bases ("增长5%左右"
    /// year on year against "比2020年增长15%"): their sizes do not compare.
    Bases {
        /// The target's basis.
        target: Basis,
        /// The actual's basis.
        actual: Basis,
    },
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Overlap => {
                f.write_str("the actual may be a value the target accepts or one it does not")
            }
            Reason::Bases { target, actual } => write!(
                f,
                "the target is a change {} and the actual a change {}",
                basis_words(target),
                basis_words(actual)
            ),
        }
    }
}

/// A basis as the words after "a change".
fn basis_words(basis: &Basis) -> String {
    match basis {
        Basis::YearOnYear => "year on year".to_owned(),
        Basis::PreviousPeriod => "from the previous period".to_owned(),
        Basis::Baseline(period) => format!("from {period}"),
        Basis::Projection => "on the projection".to_owned(),
        Basis::Unstated => "with no stated basis".to_owned(),
    }
}

/// A target scored against an actual.
///
/// # Examples
///
/// See [`Target::score`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Score {
    /// Met, missed or undetermined.
    pub verdict: Verdict,
    /// Why the verdict is undetermined; `None` unless it is.
    pub reason: Option<Reason>,
    /// In the target's unit (expanded), the distance from the actual's
    /// interval to the edge of what the target accepts: positive when met
    /// with room to spare, negative (or zero, at an open edge) when missed,
    /// `None` when undetermined.
    pub margin: Option<Decimal>,
    /// What the target accepts, in its unit: from its low end up for a
    /// metric that improves upward, up to its high end for a ceiling, its
    /// interval for a plan.
    pub accepts: Interval,
    /// The actual's interval in the target's unit.
    pub actual: Interval,
}

impl Target {
    /// This target scored against `actual`, "about" read with the default
    /// tolerance ([`Tolerance::HalfStep`]: "around 5%" accepts 4.5% and
    /// up for a metric that improves upward).
    ///
    /// A target accepts, for a metric that improves upward, every value
    /// from its interval's low end up ("over 12 million" requires more
    /// than 12 million; "around 5%" accepts 4.5% and more); for a ceiling
    /// ([`Improves::Lower`]: unemployment, CPI), every value up to its
    /// interval's high end; for a plan ([`Improves::None`]), its interval.
    /// A change counts down as negative. Two changes are scored only
    /// against one basis: a target of growth year on year against an
    /// outcome measured from 2020 is undetermined, with
    /// [`Reason::Bases`]. An unstated basis is read as year on year, the
    /// convention of annual reports, and so are a change from the previous
    /// period of a year and a change from the year before the figure's
    /// period.
    ///
    /// # Errors
    ///
    /// [`Error::Value`] when the target has no figure or either figure no
    /// quantity; [`Error::IncompatibleUnits`] when the units do not
    /// compare; [`Error::Overflow`] when the arithmetic overflows.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::compare::Verdict;
    /// use workreport::*;
    ///
    /// let stat = |q: Quantity, quote: &str| Statistic::new(Metric::new("GDP growth").unwrap(),
    ///     StatisticKind::Rate, Some(q), quote).unwrap();
    /// let around_five = Quantity::new("5".parse()?, Magnitude::One, Unit::Percent, Qualifier::About)?;
    /// let target = Target { text: "GDP growth of around 5 percent".into(), improves: Improves::Higher,
    ///     figure: Some(stat(around_five, "around 5 percent")) };
    /// let score = target.score(&stat(Quantity::exact("5.2".parse()?, Unit::Percent)?, "5.2 percent"))?;
    /// assert_eq!(score.verdict, Verdict::Met);
    /// assert_eq!(score.margin.map(|m| m.to_string()).as_deref(), Some("0.7"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn score(&self, actual: &Statistic) -> Result<Score> {
        self.score_with(actual, Tolerance::HalfStep)
    }

    /// [`score`](Target::score) with "about" read with `tolerance`.
    ///
    /// # Errors
    ///
    /// As [`score`](Target::score).
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::compare::Verdict;
    /// use workreport::*;
    ///
    /// let stat = |q: Quantity| Statistic::new(Metric::new("CPI").unwrap(),
    ///     StatisticKind::Rate, Some(q), "CPI").unwrap();
    /// let ceiling = Target { text: "CPI increase of around 3 percent".into(), improves: Improves::Lower,
    ///     figure: Some(stat(Quantity::new("3".parse()?, Magnitude::One, Unit::Percent, Qualifier::About)?)) };
    /// let actual = stat(Quantity::exact("3.2".parse()?, Unit::Percent)?);
    /// assert_eq!(ceiling.score(&actual)?.verdict, Verdict::Met);
    /// let strict = ceiling.score_with(&actual, Tolerance::Absolute("0.1".parse()?))?;
    /// assert_eq!(strict.verdict, Verdict::Missed);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn score_with(&self, actual: &Statistic, tolerance: Tolerance) -> Result<Score> {
        let figure = self.figure.as_ref().ok_or_else(|| {
            Error::Value(format!(
                "the target {} has no figure to score",
                crate::error::Quoted(&self.text)
            ))
        })?;
        let (target_q, actual_q) = match (figure.quantity(), actual.quantity()) {
            (Some(t), Some(a)) => (t, a),
            _ => {
                return Err(Error::Value(format!(
                    "no score without two quantities: target {}, actual {}",
                    crate::error::Quoted(figure.quote()),
                    crate::error::Quoted(actual.quote())
                )));
            }
        };
        compatible(target_q.unit(), actual_q.unit())?;
        let target = signed(figure, target_q.interval_with(tolerance)?);
        let bases = match (figure.kind(), actual.kind()) {
            (StatisticKind::Change(t), StatisticKind::Change(a))
                if as_year_on_year(&t.basis, figure) != as_year_on_year(&a.basis, actual) =>
            {
                Some(Reason::Bases {
                    target: t.basis,
                    actual: a.basis,
                })
            }
            _ => None,
        };
        let mut actual_i = actual_q.interval_with(tolerance)?;
        if actual_q.unit() != target_q.unit() {
            actual_i = convert(actual_i, actual_q.unit(), target_q.unit())?.0;
        }
        let actual_i = signed(actual, actual_i);
        let accepts = match self.improves {
            Improves::Higher => Interval::new(target.low(), Bound::Unbounded)?,
            Improves::Lower => Interval::new(Bound::Unbounded, target.high())?,
            Improves::None => target,
        };
        let contains_all = within(&actual_i, &accepts);
        let (verdict, reason) = if bases.is_some() {
            (Verdict::Undetermined, bases)
        } else if contains_all {
            (Verdict::Met, None)
        } else if !actual_i.intersects(&accepts) {
            (Verdict::Missed, None)
        } else {
            (Verdict::Undetermined, Some(Reason::Overlap))
        };
        let margin = match verdict {
            Verdict::Undetermined => None,
            _ => margin(&actual_i, &accepts, verdict == Verdict::Met)?,
        };
        Ok(Score {
            verdict,
            reason,
            margin,
            accepts,
            actual: actual_i,
        })
    }
}

/// A change's basis, with the ones that mean "against the same period a
/// year earlier" for the statistic's period made [`Basis::YearOnYear`]:
/// an unstated basis, the previous period of a year, and a baseline that
/// is the year before.
fn as_year_on_year(basis: &Basis, s: &Statistic) -> Basis {
    let year_before = || s.period().and_then(|p| p.year_before().ok());
    match basis {
        Basis::Unstated => Basis::YearOnYear,
        Basis::PreviousPeriod
            if s.period()
                .is_some_and(|p| p.previous().ok() == p.year_before().ok()) =>
        {
            Basis::YearOnYear
        }
        Basis::Baseline(p) if Some(*p) == year_before() => Basis::YearOnYear,
        other => *other,
    }
}

/// A change down as negative values; other figures as they are.
pub(super) fn signed(s: &Statistic, i: Interval) -> Interval {
    match s.kind() {
        StatisticKind::Change(c) if c.direction == Direction::Down => super::negate(i),
        _ => i,
    }
}

/// Whether every value of `inner` lies in `outer`.
fn within(inner: &Interval, outer: &Interval) -> bool {
    let low_ok = match (outer.low(), inner.low()) {
        (Bound::Unbounded, _) => true,
        (_, Bound::Unbounded) => false,
        (Bound::Included(o), Bound::Included(i) | Bound::Excluded(i)) => i >= o,
        (Bound::Excluded(o), Bound::Included(i)) => i > o,
        (Bound::Excluded(o), Bound::Excluded(i)) => i >= o,
    };
    let high_ok = match (outer.high(), inner.high()) {
        (Bound::Unbounded, _) => true,
        (_, Bound::Unbounded) => false,
        (Bound::Included(o), Bound::Included(i) | Bound::Excluded(i)) => i <= o,
        (Bound::Excluded(o), Bound::Included(i)) => i < o,
        (Bound::Excluded(o), Bound::Excluded(i)) => i <= o,
    };
    low_ok && high_ok
}

/// The value of a finite end.
fn value(b: Bound<Decimal>) -> Option<Decimal> {
    match b {
        Bound::Included(x) | Bound::Excluded(x) => Some(x),
        Bound::Unbounded => None,
    }
}

/// The distance from `actual` to the edge of `accepts`: for a met target
/// the room left at the nearer finite edge, for a missed one the (negative)
/// distance to the nearer edge.
fn margin(actual: &Interval, accepts: &Interval, met: bool) -> Result<Option<Decimal>> {
    let sub = |x: Decimal, y: Decimal| {
        x.checked_sub(y)
            .map(|d| d.normalize())
            .ok_or_else(|| Error::Overflow(format!("{x} - {y}")))
    };
    // Room above the low edge and below the high edge (negative when the
    // actual lies beyond it).
    let above_low = match (
        value(accepts.low()),
        value(if met { actual.low() } else { actual.high() }),
    ) {
        (Some(edge), Some(a)) => Some(sub(a, edge)?),
        _ => None,
    };
    let below_high = match (
        value(accepts.high()),
        value(if met { actual.high() } else { actual.low() }),
    ) {
        (Some(edge), Some(a)) => Some(sub(edge, a)?),
        _ => None,
    };
    Ok(if met {
        // The nearer edge bounds the room.
        match (above_low, below_high) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    } else if accepts.is_above(actual) {
        // Missed below what the target accepts.
        above_low
    } else {
        below_high
    })
}
