//! Quantities: exact values as written, with magnitude, unit, qualifier and
//! the interval they stand for.

use std::fmt;
use std::ops::Bound;
use std::str::FromStr;

use rust_decimal::Decimal;

use crate::decimal::add_outward;
use crate::error::Quoted;
use crate::{Error, Result, Unit};

/// The largest expanded value a quantity may have, in absolute terms:
/// 10²⁷. `Decimal` reaches 7.9 × 10²⁸, so interval arithmetic on a quantity
/// (value plus a precision step or a half step) can never overflow.
const MAX_EXPANDED: Decimal = Decimal::from_parts(0xE800_0000, 0x9FD0_803C, 0x033B_2E3C, false, 0);

/// How a figure's number relates to the truth, as the text qualifies it.
///
/// The exact wording stays in the quote; the code maps to an
/// [`Interval`] (see [`Quantity::interval`]):
///
/// | qualifier | en / zh | interval |
/// |---|---|---|
/// | `Exact` | | [x, x] |
/// | `AtLeast` | at least, or more / 以上, 不少于, 至少 | [x, ∞) |
/// | `MoreThan` | more than, over / 超过, 逾 | (x, ∞) |
/// | `OverSome` | X余, X多 | (x, x + s) |
/// | `Nearly` | nearly, close to / 近, 接近 | [x − s, x) |
/// | `About` | about, around / 左右, 约 | [x − s/2, x + s/2] |
/// | `AtMost` | at most, up to / 以下, 不超过 | (−∞, x] |
/// | `LessThan` | less than, under / 不足, 不到 | (−∞, x) |
/// | `Range` | X to Y / X至Y | [x, y] |
///
/// where s is the [precision step](Quantity::step).
///
/// # Examples
///
/// ```
/// use workreport::Qualifier;
///
/// assert_eq!("over_some".parse::<Qualifier>()?, Qualifier::OverSome);
/// assert_eq!(Qualifier::AtLeast.to_string(), "at_least");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Qualifier {
    /// The number as stated.
    #[default]
    Exact,
    /// About, around, approximately; 左右, 约, 上下.
    About,
    /// At least, or more, no less than; 以上, 及以上, 不少于, 至少 (inclusive).
    AtLeast,
    /// More than, over, exceed; 超过, 逾, 超 (exclusive).
    MoreThan,
    /// X and some: X余, X多.
    OverSome,
    /// Nearly, almost, close to; 近, 将近, 接近.
    Nearly,
    /// At most, up to, no more than; 以下, 以内, 不超过.
    AtMost,
    /// Less than, under, below; 不足, 不到.
    LessThan,
    /// A range X to Y; the quantity has a high end.
    Range,
}

const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("exact", Qualifier::Exact),
    ("about", Qualifier::About),
    ("at_least", Qualifier::AtLeast),
    ("more_than", Qualifier::MoreThan),
    ("over_some", Qualifier::OverSome),
    ("nearly", Qualifier::Nearly),
    ("at_most", Qualifier::AtMost),
    ("less_than", Qualifier::LessThan),
    ("range", Qualifier::Range),
];

impl Qualifier {
    /// Every qualifier, in the order of the table above.
    pub const ALL: [Qualifier; 9] = [
        Qualifier::Exact,
        Qualifier::About,
        Qualifier::AtLeast,
        Qualifier::MoreThan,
        Qualifier::OverSome,
        Qualifier::Nearly,
        Qualifier::AtMost,
        Qualifier::LessThan,
        Qualifier::Range,
    ];

    /// The code of FORMATS.md, such as `"more_than"`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::Qualifier::Nearly.code(), "nearly");
    /// ```
    pub fn code(self) -> &'static str {
        QUALIFIERS
            .iter()
            .find(|(_, q)| *q == self)
            .map_or("exact", |(c, _)| c)
    }
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Qualifier {
    type Err = Error;

    fn from_str(s: &str) -> Result<Qualifier> {
        QUALIFIERS
            .iter()
            .find(|(c, _)| *c == s)
            .map(|(_, q)| *q)
            .ok_or_else(|| Error::Quantity(format!("unknown qualifier {}", Quoted(s))))
    }
}

/// The scale word a figure is written with, kept for presentation and
/// applied once to get the expanded value.
///
/// # Examples
///
/// ```
/// use workreport::Magnitude;
///
/// assert_eq!(Magnitude::Yi.exponent(), 8);
/// assert_eq!(Magnitude::WanYi.to_string(), "wan_yi");
/// assert_eq!("million".parse::<Magnitude>()?, Magnitude::Million);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Magnitude {
    /// No scale word.
    #[default]
    One,
    /// Thousand, 10³.
    Thousand,
    /// Million, 10⁶.
    Million,
    /// Billion, 10⁹.
    Billion,
    /// Trillion, 10¹².
    Trillion,
    /// 万, 10⁴.
    Wan,
    /// 百万, 10⁶.
    BaiWan,
    /// 千万, 10⁷.
    QianWan,
    /// 亿, 10⁸.
    Yi,
    /// 万亿, 10¹².
    WanYi,
    /// 百 after Arabic digits ("5百人"), 10².
    Bai,
    /// 千 after Arabic digits ("5千人", "1.2千亿" is [`QianYi`](Self::QianYi)), 10³.
    Qian,
    /// 百亿, 10¹⁰.
    BaiYi,
    /// 千亿, 10¹¹.
    QianYi,
    /// 亿亿, 10¹⁶.
    YiYi,
    /// Lakh, 10⁵ (Indian numbering).
    Lakh,
    /// Crore, 10⁷ (Indian numbering).
    Crore,
    /// Lakh crore, 10¹² (Indian numbering).
    LakhCrore,
}

const MAGNITUDES: &[(&str, Magnitude)] = &[
    ("one", Magnitude::One),
    ("thousand", Magnitude::Thousand),
    ("million", Magnitude::Million),
    ("billion", Magnitude::Billion),
    ("trillion", Magnitude::Trillion),
    ("wan", Magnitude::Wan),
    ("bai_wan", Magnitude::BaiWan),
    ("qian_wan", Magnitude::QianWan),
    ("yi", Magnitude::Yi),
    ("wan_yi", Magnitude::WanYi),
    ("bai", Magnitude::Bai),
    ("qian", Magnitude::Qian),
    ("bai_yi", Magnitude::BaiYi),
    ("qian_yi", Magnitude::QianYi),
    ("yi_yi", Magnitude::YiYi),
    ("lakh", Magnitude::Lakh),
    ("crore", Magnitude::Crore),
    ("lakh_crore", Magnitude::LakhCrore),
];

impl Magnitude {
    /// Every magnitude.
    pub const ALL: [Magnitude; 18] = [
        Magnitude::One,
        Magnitude::Thousand,
        Magnitude::Million,
        Magnitude::Billion,
        Magnitude::Trillion,
        Magnitude::Wan,
        Magnitude::BaiWan,
        Magnitude::QianWan,
        Magnitude::Yi,
        Magnitude::WanYi,
        Magnitude::Bai,
        Magnitude::Qian,
        Magnitude::BaiYi,
        Magnitude::QianYi,
        Magnitude::YiYi,
        Magnitude::Lakh,
        Magnitude::Crore,
        Magnitude::LakhCrore,
    ];

    fn entry(self) -> (&'static str, Magnitude) {
        MAGNITUDES
            .iter()
            .copied()
            .find(|(_, m)| *m == self)
            .unwrap_or(("one", Magnitude::One))
    }

    /// The power of ten the magnitude stands for.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::Magnitude::Wan.exponent(), 4);
    /// ```
    pub fn exponent(self) -> u32 {
        match self {
            Magnitude::One => 0,
            Magnitude::Bai => 2,
            Magnitude::Thousand | Magnitude::Qian => 3,
            Magnitude::Wan => 4,
            Magnitude::Lakh => 5,
            Magnitude::Million | Magnitude::BaiWan => 6,
            Magnitude::QianWan | Magnitude::Crore => 7,
            Magnitude::Yi => 8,
            Magnitude::Billion => 9,
            Magnitude::BaiYi => 10,
            Magnitude::QianYi => 11,
            Magnitude::Trillion | Magnitude::WanYi | Magnitude::LakhCrore => 12,
            Magnitude::YiYi => 16,
        }
    }

    /// The magnitude as a number: 10 to the [exponent](Self::exponent).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::Magnitude::Wan.factor().to_string(), "10000");
    /// ```
    pub fn factor(self) -> Decimal {
        // 10^16 at most: it fits in the low 64 bits of a Decimal.
        let ten_to = 10_u64.pow(self.exponent());
        Decimal::from_parts(ten_to as u32, (ten_to >> 32) as u32, 0, false, 0)
    }

    /// The code, such as `"wan_yi"`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::Magnitude::Billion.code(), "billion");
    /// ```
    pub fn code(self) -> &'static str {
        self.entry().0
    }
}

impl fmt::Display for Magnitude {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Magnitude {
    type Err = Error;

    fn from_str(s: &str) -> Result<Magnitude> {
        MAGNITUDES
            .iter()
            .find(|(c, _)| *c == s)
            .map(|(_, m)| *m)
            .ok_or_else(|| Error::Quantity(format!("unknown magnitude {}", Quoted(s))))
    }
}

/// How wide "about x" is, for [`Quantity::interval_with`].
///
/// # Examples
///
/// ```
/// use workreport::{Magnitude, Qualifier, Quantity, Tolerance, Unit};
///
/// let q = Quantity::new("5".parse()?, Magnitude::One, Unit::Percent, Qualifier::About)?;
/// assert_eq!(q.interval().to_string(), "[4.5, 5.5]");
/// let narrow = q.interval_with(Tolerance::Absolute("0.2".parse()?))?;
/// assert_eq!(narrow.to_string(), "[4.8, 5.2]");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Tolerance {
    /// Half a precision step on each side: "around 5%" is [4.5, 5.5].
    #[default]
    HalfStep,
    /// This many precision steps on each side.
    Steps(Decimal),
    /// This fraction of the value on each side (`0.1` is ±10%).
    Relative(Decimal),
    /// This much on each side, in the quantity's unit, expanded.
    Absolute(Decimal),
}

/// A set of numbers between two [`Bound`]s: what a qualified figure says
/// the truth lies in. Ends are expanded values.
///
/// Intervals have no total order (two overlapping intervals are neither
/// less nor greater than each other), so `Interval` implements no `Ord`.
///
/// Its text form writes closed ends with brackets, open ends with
/// parentheses, and unbounded ends as `∞`: `(2700000000, 2800000000)`,
/// `[150000, ∞)`.
///
/// # Examples
///
/// ```
/// use std::ops::Bound;
/// use workreport::Interval;
///
/// let i = Interval::new(Bound::Excluded("2.7".parse()?), Bound::Excluded("2.8".parse()?))?;
/// assert!(i.contains("2.75".parse()?));
/// assert!(!i.contains("2.7".parse()?));
/// assert_eq!(i.to_string(), "(2.7, 2.8)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Interval {
    low: Bound<Decimal>,
    high: Bound<Decimal>,
}

impl Interval {
    /// An interval from its two ends.
    ///
    /// # Errors
    ///
    /// [`Error::Quantity`] when the interval would be empty: the low end
    /// above the high end, or equal ends not both included.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::ops::Bound;
    /// use workreport::Interval;
    ///
    /// let err = Interval::new(Bound::Included("2".parse()?), Bound::Included("1".parse()?)).unwrap_err();
    /// assert_eq!(err.to_string(), "invalid interval [2, 1]: it is empty");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(low: Bound<Decimal>, high: Bound<Decimal>) -> Result<Interval> {
        let interval = Interval { low, high };
        let empty = match (low, high) {
            (Bound::Included(a), Bound::Included(b)) => a > b,
            (Bound::Included(a) | Bound::Excluded(a), Bound::Included(b) | Bound::Excluded(b)) => {
                a >= b
            }
            _ => false,
        };
        if empty {
            return Err(Error::Quantity(format!(
                "invalid interval {interval}: it is empty"
            )));
        }
        Ok(interval)
    }

    /// The one-point interval [x, x].
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(workreport::Interval::point("5".parse()?).is_point());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn point(x: Decimal) -> Interval {
        Interval {
            low: Bound::Included(x),
            high: Bound::Included(x),
        }
    }

    /// The low end.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::ops::Bound;
    /// let i = workreport::Interval::point("5".parse()?);
    /// assert_eq!(i.low(), Bound::Included("5".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn low(&self) -> Bound<Decimal> {
        self.low
    }

    /// The high end.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::ops::Bound;
    /// let i = workreport::Interval::point("5".parse()?);
    /// assert_eq!(i.high(), Bound::Included("5".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn high(&self) -> Bound<Decimal> {
        self.high
    }

    /// Whether `x` lies in the interval.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(workreport::Interval::point("5".parse()?).contains("5".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn contains(&self, x: Decimal) -> bool {
        let above = match self.low {
            Bound::Included(a) => x >= a,
            Bound::Excluded(a) => x > a,
            Bound::Unbounded => true,
        };
        let below = match self.high {
            Bound::Included(b) => x <= b,
            Bound::Excluded(b) => x < b,
            Bound::Unbounded => true,
        };
        above && below
    }

    /// Whether every value of this interval is greater than every value of
    /// `other`: a part that `is_above` its whole is larger than it, however
    /// the two figures are read.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::ops::Bound;
    /// use workreport::Interval;
    ///
    /// let five = Interval::point("5".parse()?);
    /// let under_five = Interval::new(Bound::Unbounded, Bound::Excluded("5".parse()?))?;
    /// assert!(five.is_above(&under_five));
    /// assert!(!five.is_above(&five));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_above(&self, other: &Interval) -> bool {
        match (self.low, other.high) {
            (Bound::Included(a), Bound::Included(b)) => a > b,
            (Bound::Included(a) | Bound::Excluded(a), Bound::Included(b) | Bound::Excluded(b)) => {
                a >= b
            }
            _ => false,
        }
    }

    /// Whether the two intervals share a value: whether two figures read as
    /// these intervals can both be true.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::ops::Bound;
    /// use workreport::Interval;
    ///
    /// let more_than_five = Interval::new(Bound::Excluded("5".parse()?), Bound::Unbounded)?;
    /// assert!(more_than_five.intersects(&Interval::point("6".parse()?)));
    /// assert!(!more_than_five.intersects(&Interval::point("5".parse()?)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn intersects(&self, other: &Interval) -> bool {
        !self.is_above(other) && !other.is_above(self)
    }

    /// Whether the interval is a single point [x, x].
    ///
    /// # Examples
    ///
    /// ```
    /// use std::ops::Bound;
    /// let i = workreport::Interval::new(Bound::Included("1".parse()?), Bound::Unbounded)?;
    /// assert!(!i.is_point());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_point(&self) -> bool {
        matches!((self.low, self.high), (Bound::Included(a), Bound::Included(b)) if a == b)
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.low {
            Bound::Included(a) => write!(f, "[{}", a.normalize())?,
            Bound::Excluded(a) => write!(f, "({}", a.normalize())?,
            Bound::Unbounded => f.write_str("(-∞")?,
        }
        f.write_str(", ")?;
        match self.high {
            Bound::Included(b) => write!(f, "{}]", b.normalize()),
            Bound::Excluded(b) => write!(f, "{})", b.normalize()),
            Bound::Unbounded => f.write_str("∞)"),
        }
    }
}

/// A number as a report states it: an exact decimal as written, the
/// magnitude it is written with, its unit, its qualifier and, for a range,
/// its high end.
///
/// The value is never a float and the magnitude is never applied twice:
/// [`value`](Self::value) is the number as written ("27" of "27亿"),
/// [`expanded`](Self::expanded) the number with the magnitude applied
/// (2 700 000 000). Expanded values are at most 10²⁷ in absolute terms, so
/// that interval arithmetic never overflows.
///
/// # Examples
///
/// ```
/// use workreport::{Magnitude, Qualifier, Quantity, Unit};
///
/// // 挽回直接经济损失27亿余元: between 2.7 and 2.8 billion yuan
/// let q = Quantity::new("27".parse()?, Magnitude::Yi, Unit::CNY, Qualifier::OverSome)?;
/// assert_eq!(q.expanded().to_string(), "2700000000");
/// assert_eq!(q.step().to_string(), "100000000");
/// assert_eq!(q.interval().to_string(), "(2700000000, 2800000000)");
/// assert_eq!(q.to_string(), "more than 2.7 billion yuan");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Quantity {
    value: Decimal,
    high: Option<Decimal>,
    unit: Unit,
    magnitude: Magnitude,
    qualifier: Qualifier,
    inexact: bool,
}

impl Quantity {
    /// A quantity with one value.
    ///
    /// # Errors
    ///
    /// [`Error::Quantity`] when `qualifier` is [`Qualifier::Range`] (use
    /// [`range`](Self::range)) or when the expanded value exceeds 10²⁷ in
    /// absolute terms.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Magnitude, Qualifier, Quantity, Unit};
    ///
    /// let q = Quantity::new("5.35".parse()?, Magnitude::Million, Unit::People, Qualifier::MoreThan)?;
    /// assert_eq!(q.interval().to_string(), "(5350000, ∞)");
    /// let err = Quantity::new("5".parse()?, Magnitude::One, Unit::Percent, Qualifier::Range).unwrap_err();
    /// assert_eq!(err.to_string(), "invalid quantity 5 percent: a range needs a high end (use Quantity::range)");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        value: Decimal,
        magnitude: Magnitude,
        unit: Unit,
        qualifier: Qualifier,
    ) -> Result<Quantity> {
        if qualifier == Qualifier::Range {
            return Err(Error::Quantity(format!(
                "invalid quantity {value} {unit}: a range needs a high end (use Quantity::range)"
            )));
        }
        let q = Quantity {
            value,
            high: None,
            unit,
            magnitude,
            qualifier,
            inexact: false,
        };
        q.check_size(value)?;
        Ok(q)
    }

    /// An exact quantity with no magnitude: `Quantity::new(value,
    /// Magnitude::One, unit, Qualifier::Exact)`.
    ///
    /// # Errors
    ///
    /// As [`new`](Self::new).
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Quantity, Unit};
    ///
    /// let q = Quantity::exact("58".parse()?, Unit::Cases)?;
    /// assert!(q.interval().is_point());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn exact(value: Decimal, unit: Unit) -> Result<Quantity> {
        Quantity::new(value, Magnitude::One, unit, Qualifier::Exact)
    }

    /// A range from `low` to `high`, both written with `magnitude`.
    ///
    /// # Errors
    ///
    /// [`Error::Quantity`] when `low` exceeds `high` or an end expands past
    /// 10²⁷.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Magnitude, Quantity, Unit};
    ///
    /// let q = Quantity::range("4.5".parse()?, "5".parse()?, Magnitude::One, Unit::Percent)?;
    /// assert_eq!(q.interval().to_string(), "[4.5, 5]");
    /// let err = Quantity::range("6".parse()?, "5".parse()?, Magnitude::One, Unit::Percent).unwrap_err();
    /// assert_eq!(err.to_string(), "invalid quantity 6..5 percent: the low end 6 exceeds the high end 5");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn range(
        low: Decimal,
        high: Decimal,
        magnitude: Magnitude,
        unit: Unit,
    ) -> Result<Quantity> {
        if low > high {
            return Err(Error::Quantity(format!(
                "invalid quantity {low}..{high} {unit}: the low end {low} exceeds the high end {high}"
            )));
        }
        let q = Quantity {
            value: low,
            high: Some(high),
            unit,
            magnitude,
            qualifier: Qualifier::Range,
            inexact: false,
        };
        q.check_size(low)?;
        q.check_size(high)?;
        Ok(q)
    }

    /// The same quantity, marked as rounded (`true`) or exact (`false`): a
    /// fraction whose decimal does not terminate, an inexact conversion.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Quantity, Unit};
    ///
    /// let third = Quantity::exact("0.3333333333333333333333333333".parse()?, Unit::Fraction)?.with_inexact(true);
    /// assert!(third.is_inexact());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_inexact(mut self, inexact: bool) -> Quantity {
        self.inexact = inexact;
        self
    }

    fn check_size(&self, written: Decimal) -> Result<()> {
        // Below 10^11 as written, no magnitude (at most 10^16) takes a
        // number past 10^27: most numbers need no multiplication.
        const SMALL: u128 = 100_000_000_000;
        let fits = if written.mantissa().unsigned_abs() < SMALL {
            true
        } else if self.magnitude == Magnitude::One {
            written.abs() <= MAX_EXPANDED
        } else {
            written
                .checked_mul(self.magnitude.factor())
                .is_some_and(|e| e.abs() <= MAX_EXPANDED)
        };
        if fits {
            Ok(())
        } else {
            Err(Error::Quantity(format!(
                "invalid quantity {written} {} {}: the expanded value exceeds 10^27",
                self.magnitude, self.unit
            )))
        }
    }

    /// The number as written, magnitude not applied ("27" of "27亿"); for a
    /// range, its low end.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Magnitude, Qualifier, Quantity, Unit};
    /// let q = Quantity::new("80.3".parse()?, Magnitude::Wan, Unit::Items, Qualifier::OverSome)?;
    /// assert_eq!(q.value().to_string(), "80.3");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn value(&self) -> Decimal {
        self.value
    }

    /// The high end of a range as written, `None` unless the qualifier is
    /// [`Qualifier::Range`].
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Magnitude, Quantity, Unit};
    /// let q = Quantity::range("5".parse()?, "6".parse()?, Magnitude::One, Unit::Percent)?;
    /// assert_eq!(q.high().map(|h| h.to_string()), Some("6".to_string()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn high(&self) -> Option<Decimal> {
        self.high
    }

    /// The unit.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Quantity, Unit};
    /// assert_eq!(Quantity::exact("2179".parse()?, Unit::People)?.unit(), &Unit::People);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unit(&self) -> &Unit {
        &self.unit
    }

    /// The magnitude the value is written with.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Magnitude, Qualifier, Quantity, Unit};
    /// let q = Quantity::new("1.62".parse()?, Magnitude::WanYi, Unit::CNY, Qualifier::Exact)?;
    /// assert_eq!(q.magnitude(), Magnitude::WanYi);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn magnitude(&self) -> Magnitude {
        self.magnitude
    }

    /// The qualifier.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Magnitude, Qualifier, Quantity, Unit};
    /// let q = Quantity::new("95".parse()?, Magnitude::One, Unit::Percent, Qualifier::AtLeast)?;
    /// assert_eq!(q.qualifier(), Qualifier::AtLeast);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn qualifier(&self) -> Qualifier {
        self.qualifier
    }

    /// Whether the value was rounded (see [`with_inexact`](Self::with_inexact)).
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Quantity, Unit};
    /// assert!(!Quantity::exact("1".parse()?, Unit::Items)?.is_inexact());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_inexact(&self) -> bool {
        self.inexact
    }

    /// The value with its magnitude applied: 2 700 000 000 for "27亿". For a
    /// range, the low end.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Magnitude, Qualifier, Quantity, Unit};
    /// let q = Quantity::new("80.3".parse()?, Magnitude::Wan, Unit::Items, Qualifier::OverSome)?;
    /// assert_eq!(q.expanded().to_string(), "803000");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn expanded(&self) -> Decimal {
        self.expand(self.value)
    }

    /// The high end of a range with its magnitude applied.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Magnitude, Quantity, Unit};
    /// let q = Quantity::range("1".parse()?, "1.5".parse()?, Magnitude::Wan, Unit::People)?;
    /// assert_eq!(q.expanded_high().map(|h| h.to_string()), Some("15000".to_string()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn expanded_high(&self) -> Option<Decimal> {
        self.high.map(|h| self.expand(h))
    }

    /// `written` times the magnitude, normalized. The constructors checked
    /// that this fits, so the saturation below is never reached.
    fn expand(&self, written: Decimal) -> Decimal {
        // Most figures are written in units: no multiplication, and a
        // whole number other than zero is already normal.
        if self.magnitude == Magnitude::One {
            if written.scale() == 0 && !written.is_zero() {
                return written;
            }
            return written.normalize();
        }
        written
            .checked_mul(self.magnitude.factor())
            .unwrap_or(MAX_EXPANDED)
            .normalize()
    }

    /// The precision step: the place value of the last significant digit,
    /// expanded. "5.35 million" has step 10 000, "27亿" 10⁸, "80.3万"
    /// 1 000. Trailing zeros of a whole number are not significant ("1200万"
    /// has step 100万, "30多" step 10); trailing zeros after a decimal point
    /// are ("5.0%" has step 0.1).
    ///
    /// A [fraction](Unit::Fraction) steps by its denominator, as written
    /// ("three quarters" has step 1/4, "a third" 1/3), not by the digits of
    /// its decimal: "about three quarters" is [0.625, 0.875], not [0.745,
    /// 0.755]. The denominator is that of the reduced fraction; for an
    /// [inexact](Self::is_inexact) value of 18 places or more (a third,
    /// rounded), that of the simplest fraction that rounds to it.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Magnitude, Qualifier, Quantity, Unit};
    /// let q = Quantity::new("1200".parse()?, Magnitude::Wan, Unit::People, Qualifier::About)?;
    /// assert_eq!(q.step().to_string(), "1000000");
    /// let q = Quantity::new("5.0".parse()?, Magnitude::One, Unit::Percent, Qualifier::Exact)?;
    /// assert_eq!(q.step().to_string(), "0.1");
    /// let q = Quantity::new("0.75".parse()?, Magnitude::One, Unit::Fraction, Qualifier::About)?;
    /// assert_eq!(q.step().to_string(), "0.25");
    /// assert_eq!(q.interval().to_string(), "[0.625, 0.875]");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn step(&self) -> Decimal {
        self.expand(self.step_written())
    }

    /// The precision step as written, before the magnitude.
    fn step_written(&self) -> Decimal {
        if self.unit == Unit::Fraction
            && let Some(step) = fraction_step(self.value, self.inexact)
        {
            return step;
        }
        step_as_written(self.value)
    }

    /// How far a rounded value may lie from the truth, as written: one
    /// unit of its last place (rounding left at most half of one, and the
    /// step's own rounding the rest). Zero for an exact quantity.
    fn error_written(&self) -> Decimal {
        if self.inexact {
            Decimal::new(1, self.value.scale())
        } else {
            Decimal::ZERO
        }
    }

    /// The interval the quantity stands for, with the default tolerance for
    /// "about" (half a step each side). Count intervals clip at zero.
    ///
    /// An end that `Decimal` cannot hold exactly (a step 28 places after
    /// the point) is rounded outward, so that the interval never loses a
    /// value it stands for; an [inexact](Self::is_inexact) quantity's
    /// finite ends move out by the rounding it may carry, so that "1/3",
    /// rounded, is never confidently equal to, above or below a value its
    /// rounding hides.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Magnitude, Qualifier, Quantity, Unit};
    ///
    /// let q = |v: &str, m, u, k| Quantity::new(v.parse().unwrap(), m, u, k).unwrap();
    /// assert_eq!(q("30", Magnitude::One, Unit::People, Qualifier::OverSome).interval().to_string(), "(30, 40)");
    /// assert_eq!(q("95", Magnitude::One, Unit::Percent, Qualifier::AtLeast).interval().to_string(), "[95, ∞)");
    /// assert_eq!(q("5", Magnitude::One, Unit::People, Qualifier::LessThan).interval().to_string(), "[0, 5)");
    /// // 28 places: half a step does not fit, and the ends round outward.
    /// let tiny = q("9.999999999999999999999999998", Magnitude::One, Unit::Percent, Qualifier::About);
    /// assert_eq!(tiny.interval().to_string(), "[9.999999999999999999999999997, 9.999999999999999999999999999]");
    /// ```
    pub fn interval(&self) -> Interval {
        self.interval_from(
            self.expanded(),
            || self.step(),
            || self.expanded_high(),
            self.expand(self.error_written()),
        )
    }

    /// The interval as written, before the magnitude: [`interval`]'s ends
    /// divided by the magnitude's factor. Two quantities of one unit and
    /// one magnitude order as their written intervals do, and these cost
    /// no multiplication.
    ///
    /// [`interval`]: Quantity::interval
    pub(crate) fn interval_as_written(&self) -> Interval {
        self.interval_from(
            self.value,
            || self.step_written(),
            || self.high,
            self.error_written(),
        )
    }

    /// The interval of a quantity whose value is `x`, whose step is
    /// `step()`, whose range ends at `high()` and whose rounding error is
    /// at most `error`, all at one scale.
    fn interval_from(
        &self,
        x: Decimal,
        s: impl Fn() -> Decimal,
        high: impl Fn() -> Option<Decimal>,
        error: Decimal,
    ) -> Interval {
        // The step only where the qualifier uses it: it costs a
        // multiplication. The constructors bound |x| and s by 10^27, so
        // none of these sums can overflow; `add_outward` rounds an end
        // that does not fit away from the interval's middle.
        let interval = match self.qualifier {
            Qualifier::Exact => Interval::point(x),
            Qualifier::About => {
                let half = half(s());
                Interval {
                    low: Bound::Included(add_outward(x, -half, false)),
                    high: Bound::Included(add_outward(x, half, true)),
                }
            }
            Qualifier::AtLeast => Interval {
                low: Bound::Included(x),
                high: Bound::Unbounded,
            },
            Qualifier::MoreThan => Interval {
                low: Bound::Excluded(x),
                high: Bound::Unbounded,
            },
            Qualifier::OverSome => Interval {
                low: Bound::Excluded(x),
                high: Bound::Excluded(add_outward(x, s(), true)),
            },
            Qualifier::Nearly => Interval {
                low: Bound::Included(add_outward(x, -s(), false)),
                high: Bound::Excluded(x),
            },
            Qualifier::AtMost => Interval {
                low: Bound::Unbounded,
                high: Bound::Included(x),
            },
            Qualifier::LessThan => Interval {
                low: Bound::Unbounded,
                high: Bound::Excluded(x),
            },
            Qualifier::Range => Interval {
                low: Bound::Included(x),
                high: Bound::Included(high().unwrap_or(x)),
            },
        };
        self.clip(widen(interval, error))
    }

    /// The interval with `tolerance` for "about"; other qualifiers ignore
    /// the tolerance.
    ///
    /// # Errors
    ///
    /// [`Error::Quantity`] for a negative tolerance; [`Error::Overflow`]
    /// when the tolerance takes an end past `Decimal`'s range.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Magnitude, Qualifier, Quantity, Tolerance, Unit};
    ///
    /// let q = Quantity::new("1200".parse()?, Magnitude::Wan, Unit::Jobs, Qualifier::About)?;
    /// let i = q.interval_with(Tolerance::Relative("0.01".parse()?))?;
    /// assert_eq!(i.to_string(), "[11880000, 12120000]");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn interval_with(&self, tolerance: Tolerance) -> Result<Interval> {
        // The default tolerance is what `interval` applies, without the
        // checks a tolerance given from outside needs.
        if self.qualifier != Qualifier::About || matches!(tolerance, Tolerance::HalfStep) {
            return Ok(self.interval());
        }
        let x = self.expanded();
        let overflow = || Error::Overflow(format!("the tolerance of {self}"));
        let t = match tolerance {
            Tolerance::HalfStep => half(self.step()),
            Tolerance::Steps(k) => k.checked_mul(self.step()).ok_or_else(overflow)?,
            Tolerance::Relative(r) => r.checked_mul(x.abs()).ok_or_else(overflow)?,
            Tolerance::Absolute(a) => a,
        };
        if t.is_sign_negative() && !t.is_zero() {
            return Err(Error::Quantity(format!(
                "invalid tolerance {t}: must not be negative"
            )));
        }
        // Past Decimal's range is an overflow; short of it, an end that
        // does not fit rounds outward.
        x.checked_sub(t).ok_or_else(overflow)?;
        x.checked_add(t).ok_or_else(overflow)?;
        let interval = Interval {
            low: Bound::Included(add_outward(x, -t, false)),
            high: Bound::Included(add_outward(x, t, true)),
        };
        Ok(self.clip(widen(interval, self.expand(self.error_written()))))
    }

    /// Counts are never negative: clip the low end at zero, unless the
    /// interval lies wholly below zero (a negative count, which validation
    /// reports, keeps its interval).
    fn clip(&self, interval: Interval) -> Interval {
        if !self.unit.is_count() {
            return interval;
        }
        let below_zero = match interval.low {
            Bound::Unbounded => true,
            Bound::Included(a) | Bound::Excluded(a) => a.is_sign_negative() && !a.is_zero(),
        };
        let reaches_zero = match interval.high {
            Bound::Unbounded => true,
            Bound::Included(b) => b >= Decimal::ZERO,
            Bound::Excluded(b) => b > Decimal::ZERO,
        };
        if below_zero && reaches_zero {
            Interval {
                low: Bound::Included(Decimal::ZERO),
                high: interval.high,
            }
        } else {
            interval
        }
    }
}

/// Whether `d` is a whole number. One of scale 0 is, without the
/// subtraction `fract` does.
pub(crate) fn is_whole(d: Decimal) -> bool {
    d.scale() == 0 || d.fract().is_zero()
}

/// Half of `d`, exactly: half the mantissa when it is even, else five
/// times it one decimal place further. A division does the same in several
/// times the instructions; it is left for a mantissa or scale already at
/// `Decimal`'s limits, where half may not fit (half of 10⁻²⁸): there the
/// half is rounded up, never down, since it is the distance from a figure
/// to the ends of its interval.
fn half(d: Decimal) -> Decimal {
    let m = d.mantissa();
    let halved = if m % 2 == 0 {
        Decimal::try_from_i128_with_scale(m / 2, d.scale())
    } else {
        m.checked_mul(5).map_or(
            Err(rust_decimal::Error::ExceedsMaximumPossibleValue),
            |m5| Decimal::try_from_i128_with_scale(m5, d.scale() + 1),
        )
    };
    halved.unwrap_or_else(|_| {
        let q = d / Decimal::TWO;
        let ulp = Decimal::new(1, q.scale().max(d.scale()).min(28));
        // Twice the rounded half, against the whole: short of it (in
        // size), the half rounded down and moves one place out.
        match q.checked_mul(Decimal::TWO) {
            Some(twice) if twice.abs() < d.abs() && d.is_sign_negative() => q - ulp,
            Some(twice) if twice.abs() < d.abs() => q + ulp,
            _ => q,
        }
    })
}

/// The interval with each finite end moved out by `error` (and closed):
/// the values a rounded figure may stand for.
pub(crate) fn widen(interval: Interval, error: Decimal) -> Interval {
    if error.is_zero() {
        return interval;
    }
    let low = match interval.low {
        Bound::Included(a) | Bound::Excluded(a) => Bound::Included(add_outward(a, -error, false)),
        Bound::Unbounded => Bound::Unbounded,
    };
    let high = match interval.high {
        Bound::Included(b) | Bound::Excluded(b) => Bound::Included(add_outward(b, error, true)),
        Bound::Unbounded => Bound::Unbounded,
    };
    Interval { low, high }
}

/// The step of a fraction: one over the denominator of the fraction its
/// value stands for. For an exact value, the reduced fraction of its
/// decimal (0.75 is 3/4); for a rounded one, the simplest fraction within
/// half a unit of its last place (0.3333…3 is 1/3), found among the
/// convergents of its continued fraction. `None` when no denominator up
/// to 10⁹ rounds to it.
fn fraction_step(value: Decimal, inexact: bool) -> Option<Decimal> {
    let (_, den) = fraction_parts(value, inexact)?;
    Decimal::ONE.checked_div(Decimal::from_i128_with_scale(i128::try_from(den).ok()?, 0))
}

/// The numerator (in size) and denominator of the fraction a fraction's
/// value stands for, as [`fraction_step`] finds them: reduced for an exact
/// value; for a rounded one of 18 places or more (the rounding of a
/// division, as 1/3 is), the simplest fraction of a denominator up to a
/// million that rounds to it, which no other such fraction comes within
/// 10⁻¹² of. `None` for zero.
pub(crate) fn fraction_parts(value: Decimal, inexact: bool) -> Option<(u128, u128)> {
    /// Places from which a rounded value is read as a rounded division.
    const ROUNDED_PLACES: u32 = 18;
    let m = value.mantissa().unsigned_abs();
    let ten_s = 10_u128.checked_pow(value.scale())?;
    if m == 0 {
        return None;
    }
    let simplest = (inexact && value.scale() >= ROUNDED_PLACES)
        .then(|| simplest_denominator(m, ten_s))
        .flatten()
        .filter(|&den| den <= 1_000_000);
    if let Some(den) = simplest {
        // The numerator nearest m / ten_s × den.
        let num = m.checked_mul(den)?.checked_add(ten_s / 2)? / ten_s;
        Some((num, den))
    } else {
        let g = gcd(m, ten_s);
        Some((m / g, ten_s / g))
    }
}

/// The smallest denominator q of the convergents p/q of m / d such that
/// |p/q − m/d| ≤ 1/(2d): the fraction that rounds to m / d at d's place.
fn simplest_denominator(m: u128, d: u128) -> Option<u128> {
    // Convergents h/k of the continued fraction of m / d.
    let (mut num, mut den) = (m, d);
    let (mut h0, mut h1) = (0_u128, 1_u128);
    let (mut k0, mut k1) = (1_u128, 0_u128);
    for _ in 0..64 {
        if den == 0 {
            break;
        }
        let a = num / den;
        (num, den) = (den, num % den);
        let h = a.checked_mul(h1)?.checked_add(h0)?;
        let k = a.checked_mul(k1)?.checked_add(k0)?;
        (h0, h1, k0, k1) = (h1, h, k1, k);
        if k > 1_000_000_000 {
            return None;
        }
        // |h/k − m/d| ≤ 1/(2d)  ⇔  2·|h·d − m·k| ≤ k.
        let (hd, mk) = (h.checked_mul(d)?, m.checked_mul(k)?);
        if hd.abs_diff(mk).checked_mul(2)? <= k {
            return Some(k);
        }
    }
    None
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// The place value of the last significant digit of `value` as written.
fn step_as_written(value: Decimal) -> Decimal {
    if value.scale() > 0 {
        return Decimal::new(1, value.scale());
    }
    let mut mantissa = value.mantissa().unsigned_abs();
    if mantissa == 0 {
        return Decimal::ONE;
    }
    let mut step: i128 = 1;
    while mantissa.is_multiple_of(10) {
        mantissa /= 10;
        step *= 10;
    }
    Decimal::from_i128_with_scale(step, 0)
}

/// Reads a decimal in plain notation: an optional `-`, digits, and an
/// optional point followed by digits. No exponent, no `+`, no separators.
#[cfg(feature = "serde")]
pub(crate) fn parse_decimal(s: &str) -> Result<Decimal> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (whole, frac) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let plain = !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    if !plain {
        return Err(Error::Quantity(format!(
            "invalid decimal {}: expected plain notation such as \"99.7\"",
            Quoted(s)
        )));
    }
    Decimal::from_str_exact(s).map_err(|_| {
        Error::Quantity(format!(
            "invalid decimal {}: more digits than a decimal holds (28)",
            Quoted(s)
        ))
    })
}

/// English report text, as [`text::render`](crate::text::render) writes
/// it: `more than 2.7 billion yuan`, `between 4.5% and 5%`.
///
/// # Examples
///
/// ```
/// use workreport::{Magnitude, Qualifier, Quantity, Unit};
///
/// let q = Quantity::new("27".parse()?, Magnitude::Yi, Unit::CNY, Qualifier::OverSome)?;
/// assert_eq!(q.to_string(), "more than 2.7 billion yuan");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::text::render(self, crate::text::Lang::En))
    }
}

/// Reads a quantity phrase in English or Chinese, as
/// [`text::parse`](crate::text::parse) reads a clause.
///
/// `parse(q.to_string())` gives back the same expanded value, unit,
/// qualifier and range end, with the two exceptions DESIGN.md states for
/// English: `over_some` is written "more than" and reads back as
/// `more_than`, and 万 and 亿 are written in thousands, millions and
/// billions (the magnitude as written changes; the expanded value does not).
///
/// # Examples
///
/// ```
/// use workreport::{Qualifier, Quantity};
///
/// let q: Quantity = "27亿余元".parse()?;
/// assert_eq!((q.expanded().to_string(), q.qualifier()), ("2700000000".into(), Qualifier::OverSome));
/// let q: Quantity = "more than 5.35 million people".parse()?;
/// assert_eq!(q.interval().to_string(), "(5350000, ∞)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl FromStr for Quantity {
    type Err = Error;

    /// # Errors
    ///
    /// [`Error::Text`] when the phrase cannot be read or states no
    /// quantity (a rank), with the character position.
    fn from_str(s: &str) -> Result<Quantity> {
        let reading = crate::text::parse(s, None)?;
        reading.quantity.ok_or_else(|| Error::Text {
            message: format!(
                "cannot read {} as a quantity: it states no number of anything",
                Quoted(s)
            ),
            at: 0,
        })
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::{Deserialize, Serialize};

    use super::*;
    use crate::serde_util::{decimal, optional_decimal};

    crate::serde_util::code_serde!(Qualifier, "a qualifier code such as \"more_than\"");
    crate::serde_util::code_serde!(Magnitude, "a magnitude code such as \"yi\"");

    fn is_one(m: &Magnitude) -> bool {
        *m == Magnitude::One
    }

    fn is_exact(q: &Qualifier) -> bool {
        *q == Qualifier::Exact
    }

    fn is_false(b: &bool) -> bool {
        !*b
    }

    #[derive(Serialize)]
    struct RawRef<'a> {
        #[serde(with = "decimal")]
        value: &'a Decimal,
        #[serde(skip_serializing_if = "is_one")]
        magnitude: Magnitude,
        unit: &'a Unit,
        #[serde(skip_serializing_if = "is_exact")]
        qualifier: Qualifier,
        #[serde(skip_serializing_if = "Option::is_none", with = "optional_decimal")]
        high: Option<Decimal>,
        #[serde(skip_serializing_if = "is_false")]
        inexact: bool,
    }

    /// A figure: a decimal as written, the magnitude it is written with,
    /// its unit and qualifier.
    #[derive(Deserialize)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[cfg_attr(feature = "schemars", schemars(transform = rules))]
    #[serde(deny_unknown_fields, expecting = "a quantity object")]
    struct Raw {
        /// The number as written, before its magnitude ("2.7" of "2.7
        /// billion").
        #[serde(with = "decimal")]
        #[cfg_attr(feature = "schemars", schemars(schema_with = "crate::schema::decimal"))]
        value: Decimal,
        /// The scale word the number is written with; `one` when left out.
        #[serde(default)]
        magnitude: Option<Magnitude>,
        /// The unit.
        unit: Unit,
        /// How the stated number bounds the true one; `exact` when left
        /// out.
        #[serde(default)]
        qualifier: Option<Qualifier>,
        /// The high end of a range, in the same magnitude; only with
        /// qualifier `range`.
        #[serde(default, with = "optional_decimal")]
        #[cfg_attr(
            feature = "schemars",
            schemars(schema_with = "crate::schema::optional_decimal")
        )]
        high: Option<Decimal>,
        /// Whether a conversion made the value inexact; `false` when left
        /// out.
        #[serde(default)]
        inexact: Option<bool>,
    }

    /// A range has a high end, and only a range has one.
    #[cfg(feature = "schemars")]
    fn rules(schema: &mut schemars::Schema) {
        use crate::schema::{all_of, field_is, present_iff};
        all_of(
            schema,
            [present_iff(field_is("qualifier", "range"), "high")],
        );
    }

    #[cfg(feature = "schemars")]
    crate::schema::code_schema!(
        Qualifier,
        "How a stated number bounds the true one (DESIGN.md's intervals)."
    );
    #[cfg(feature = "schemars")]
    crate::schema::code_schema!(
        Magnitude,
        "The scale word a number is written with: one, thousand, wan (万), million, yi (亿), billion and so on."
    );
    #[cfg(feature = "schemars")]
    crate::schema::schema_as!(Quantity, Raw);

    impl Serialize for Quantity {
        fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            RawRef {
                value: &self.value,
                magnitude: self.magnitude,
                unit: &self.unit,
                qualifier: self.qualifier,
                high: self.high,
                inexact: self.inexact,
            }
            .serialize(s)
        }
    }

    impl<'de> Deserialize<'de> for Quantity {
        fn deserialize<D: serde::Deserializer<'de>>(
            d: D,
        ) -> std::result::Result<Quantity, D::Error> {
            let raw: Raw = crate::serde_util::object(d, "a quantity object")?;
            let magnitude = raw.magnitude.unwrap_or_default();
            let qualifier = raw.qualifier.unwrap_or_default();
            let q = match (qualifier, raw.high) {
                (Qualifier::Range, Some(high)) => {
                    Quantity::range(raw.value, high, magnitude, raw.unit)
                }
                (Qualifier::Range, None) => Err(Error::Quantity(
                    "invalid quantity: a range needs a high end (\"high\")".to_owned(),
                )),
                (q, Some(_)) => Err(Error::Quantity(format!(
                    "invalid quantity: \"high\" is only for a range, not for qualifier {q}"
                ))),
                (q, None) => Quantity::new(raw.value, magnitude, raw.unit, q),
            };
            q.map(|q| q.with_inexact(raw.inexact.unwrap_or(false)))
                .map_err(serde::de::Error::custom)
        }
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn half_is_exact_and_agrees_with_a_division() {
        for s in ["1", "100", "0.1", "-3", "7.25", "0", "1e-27"] {
            let x = Decimal::from_scientific(s).unwrap_or_else(|_| d(s));
            assert_eq!(super::half(x), x / Decimal::TWO, "{s}");
            assert_eq!(super::half(x) * Decimal::TWO, x, "{s}");
        }
        // At the largest scale an odd mantissa has no room for a further
        // place: the half rounds up (3 × 10⁻²⁸ halves to 2 × 10⁻²⁸), never
        // to less than half, and never panics.
        let tiny = Decimal::new(3, 28);
        assert_eq!(super::half(tiny), Decimal::new(2, 28));
        assert_eq!(super::half(Decimal::new(1, 28)), Decimal::new(1, 28));
        let h = super::half(Decimal::MAX);
        assert!(
            h >= Decimal::MAX / Decimal::TWO && h - Decimal::MAX / Decimal::TWO <= Decimal::ONE
        );
    }

    #[test]
    fn whole_numbers() {
        for (s, whole) in [
            ("3", true),
            ("3.0", true),
            ("-0.000", true),
            ("2.5", false),
            ("-0.01", false),
        ] {
            assert_eq!(super::is_whole(d(s)), whole, "{s}");
        }
    }

    #[test]
    fn the_step_of_a_whole_number_is_its_last_significant_place() {
        // Mantissas wider than 64 bits (10^25, 12345 × 10^20) and narrow.
        assert_eq!(
            super::step_as_written(d("10000000000000000000000000")),
            d("10000000000000000000000000")
        );
        assert_eq!(
            super::step_as_written(d("1234500000000000000000000")),
            d("100000000000000000000")
        );
        assert_eq!(super::step_as_written(d("30000")), d("10000"));
        assert_eq!(super::step_as_written(d("-30")), d("10"));
        assert_eq!(super::step_as_written(d("0")), Decimal::ONE);
        assert_eq!(super::step_as_written(d("2.50")), d("0.01"));
    }
}
