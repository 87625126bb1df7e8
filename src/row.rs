//! Flat rows of statistics: the line shape of FORMATS.md, for JSON lines,
//! CSV and tables.

use std::num::NonZeroU32;

use crate::{Statistic, StatisticKind};

/// One statistic as a flat row of text fields, as FORMATS.md defines the
/// lines of `tour --format jsonl`:
/// `{"path", "metric", "kind", "quote", "value", "high", "unit", "qualifier", "change", "period"}`.
///
/// Decimal values are expanded (magnitude applied) and normalized
/// (`"803000"`, `"99.7"`). Fields that do not apply are `None` (`null` in
/// JSON, never left out). For a rank, `value` is the position, `unit` is
/// `None` and `qualifier` is `exact`, or `at_most` for a place within the
/// top few ([`Rank::top`](crate::Rank::top)); for a record, `value` is the window length; for a streak,
/// the run length. `value` is `None` for a figure whose quote cannot be
/// read or that states no number.
///
/// # Examples
///
/// ```
/// use workreport::{Magnitude, Metric, Qualifier, Quantity, Statistic, StatisticKind, StatisticRow, Unit};
///
/// let s = Statistic::new(
///     Metric::new("disputes mediated")?,
///     StatisticKind::Count,
///     Some(Quantity::new("80.3".parse()?, Magnitude::Wan, Unit::Items, Qualifier::OverSome)?),
///     "调处各类矛盾纠纷80.3万余件",
/// )?
/// .with_period("2023".parse()?);
/// let row = StatisticRow::new("sections[0].achievements[0].statistics[0]", &s);
/// assert_eq!(row.value.as_deref(), Some("803000"));
/// assert_eq!(row.qualifier.as_deref(), Some("over_some"));
/// assert_eq!(row.change, "none");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct StatisticRow {
    /// Where the statistic is in its report.
    pub path: String,
    /// The metric's stable key where it has one, else its name.
    pub metric: String,
    /// The kind code.
    pub kind: &'static str,
    /// The source quote.
    pub quote: String,
    /// The value, expanded; for a range its low end.
    pub value: Option<String>,
    /// The high end of a range, expanded.
    pub high: Option<String>,
    /// The unit code.
    pub unit: Option<String>,
    /// The qualifier code.
    pub qualifier: Option<&'static str>,
    /// The change code: `up`, `down`, `flat`, or `none` for a figure that
    /// is not a change.
    pub change: &'static str,
    /// The period's text form.
    pub period: Option<String>,
}

impl StatisticRow {
    /// The row of `statistic`, found at `path`.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::num::NonZeroU32;
    /// use workreport::{Metric, Rank, Statistic, StatisticKind, StatisticRow};
    ///
    /// let s = Statistic::new(
    ///     Metric::new("cutting off the flow")?,
    ///     StatisticKind::Rank(Rank { position: NonZeroU32::new(1), top: false, among: Some("provinces".into()) }),
    ///     None,
    ///     "ranking first in the country",
    /// )?;
    /// let row = StatisticRow::new("p", &s);
    /// assert_eq!((row.value.as_deref(), row.unit), (Some("1"), None));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(path: impl Into<String>, statistic: &Statistic) -> StatisticRow {
        let metric = statistic.metric();
        let quantity = statistic.quantity();
        let (value, high, unit, qualifier) = match (statistic.kind(), quantity) {
            (StatisticKind::Rank(rank), _) => {
                let position = rank.position.map(NonZeroU32::get);
                (
                    position.map(|p| p.to_string()),
                    None,
                    None,
                    position.map(|_| if rank.top { "at_most" } else { "exact" }),
                )
            }
            (_, Some(q)) => (
                Some(q.expanded().normalize().to_string()),
                q.expanded_high().map(|h| h.normalize().to_string()),
                Some(q.unit().to_string()),
                Some(q.qualifier().code()),
            ),
            (_, None) => (None, None, None, None),
        };
        StatisticRow {
            path: path.into(),
            metric: metric.key_or_name().to_owned(),
            kind: statistic.kind().code(),
            quote: statistic.quote().to_owned(),
            value,
            high,
            unit,
            qualifier,
            change: statistic.change_code(),
            period: statistic.period().map(ToString::to_string),
        }
    }
}
