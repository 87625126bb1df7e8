//! Statistics: one figure each, with its metric, kind, quantity, period,
//! scope and source quote.

use std::num::NonZeroU32;

use std::collections::BTreeMap;

use crate::{Correction, Dimension, Error, Language, Period, Quantity, Result, Scope};

/// What a statistic measures: a name as the source words it, and an
/// optional stable [`MetricKey`] for matching across reports.
///
/// # Examples
///
/// ```
/// use workreport::Metric;
///
/// let m = Metric::new("criminal cases, incidence")?.with_key("criminal_cases.incidence".parse()?);
/// assert_eq!(m.key().map(|k| k.as_str()), Some("criminal_cases.incidence"));
/// assert_eq!(Metric::new("  ").unwrap_err().to_string(), "invalid metric: the name is blank");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Metric {
    name: String,
    key: Option<MetricKey>,
}

impl Metric {
    /// A metric with a name and no key.
    ///
    /// # Errors
    ///
    /// [`Error::Value`] when the name is blank.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::Metric::new("GDP")?.name(), "GDP");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(name: impl Into<String>) -> Result<Metric> {
        let name = name.into();
        if name.trim().is_empty() {
            return Err(Error::Value("invalid metric: the name is blank".to_owned()));
        }
        Ok(Metric { name, key: None })
    }

    /// The same metric with a stable key.
    ///
    /// # Examples
    ///
    /// ```
    /// let m = workreport::Metric::new("GDP")?.with_key("gdp".parse()?);
    /// assert!(m.key().is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_key(mut self, key: MetricKey) -> Metric {
        self.key = Some(key);
        self
    }

    /// The name, as the source words it.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::Metric::new("grain output")?.name(), "grain output");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The stable key, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(workreport::Metric::new("GDP")?.key().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn key(&self) -> Option<&MetricKey> {
        self.key.as_ref()
    }

    /// What identifies the metric across figures and reports: its key
    /// where it has one, else its name.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Metric;
    ///
    /// assert_eq!(Metric::new("GDP")?.key_or_name(), "GDP");
    /// let keyed = Metric::new("GDP growth")?.with_key("gdp.growth".parse()?);
    /// assert_eq!(keyed.key_or_name(), "gdp.growth");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn key_or_name(&self) -> &str {
        self.key.as_ref().map_or(&self.name, MetricKey::as_str)
    }
}

/// Defines a checked string newtype with `FromStr`, `Display`, `as_str`
/// and serde through `FromStr`.
macro_rules! checked_string {
    ($(#[doc = $doc:literal])* $name:ident, $what:literal, $rule:literal, $example:literal, $pattern:literal, $check:expr) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            #[doc = concat!("A ", $what, " from its text.")]
            ///
            /// # Errors
            ///
            #[doc = concat!("[`Error::Value`] unless the text is ", $rule, ".")]
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("let x = workreport::", stringify!($name), "::new(", stringify!($example), ")?;")]
            #[doc = concat!("assert_eq!(x.as_str(), ", stringify!($example), ");")]
            #[doc = concat!("assert!(workreport::", stringify!($name), "::new(\"\").is_err());")]
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn new(text: &str) -> Result<$name> {
                let check: fn(&str) -> bool = $check;
                if check(text) {
                    Ok($name(text.to_owned()))
                } else {
                    Err(Error::Value(format!(concat!("invalid ", $what, " {}: expected ", $rule), crate::error::Quoted(text))))
                }
            }

            /// The text.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("let x: workreport::", stringify!($name), " = ", stringify!($example), ".parse()?;")]
            #[doc = concat!("assert_eq!(x.as_str(), ", stringify!($example), ");")]
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = Error;

            fn from_str(s: &str) -> Result<$name> {
                $name::new(s)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<$name, D::Error> {
                crate::serde_util::deserialize_from_str(d, concat!("a ", $what))
            }
        }

        #[cfg(feature = "schemars")]
        crate::schema::schema_impl!($name, |_| {
            let doc = crate::schema::doc_prose(concat!($($doc, "\n"),*));
            crate::schema::string($pattern, &format!(concat!("{} Expected: ", $rule, "."), doc))
        });
    };
}
pub(crate) use checked_string;

checked_string!(
    /// A stable key for a metric, for matching figures across reports:
    /// lowercase ASCII letters, digits, `_` and `.`, starting with a letter
    /// (`criminal_cases.incidence`).
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::MetricKey;
    ///
    /// assert!(MetricKey::new("gdp.growth").is_ok());
    /// assert_eq!(MetricKey::new("GDP").unwrap_err().to_string(),
    ///            r#"invalid metric key "GDP": expected lowercase ASCII letters, digits, '_' and '.', starting with a letter"#);
    /// ```
    MetricKey,
    "metric key",
    "lowercase ASCII letters, digits, '_' and '.', starting with a letter",
    "gdp.growth",
    "^[a-z][a-z0-9_.]{0,127}$",
    |s| s.len() <= 128
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
);

checked_string!(
    /// The id of a statistic, unique within a report, for part-of links:
    /// ASCII letters, digits, `_`, `-` and `.`.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Id;
    ///
    /// assert_eq!(Id::new("gdp-2023")?.as_str(), "gdp-2023");
    /// assert!(Id::new("a b").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Id,
    "id",
    "1 to 128 ASCII letters, digits, '_', '-' and '.'",
    "gdp-2023",
    "^[A-Za-z0-9_.-]{1,128}$",
    |s| !s.is_empty()
        && s.len() <= 128
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.')
);

/// Defines a fieldless enum with snake_case codes, `code()`, `Display`,
/// `FromStr` and serde through the code.
macro_rules! code_enum {
    ($(#[doc = $doc:literal])* $name:ident, $what:literal { $($(#[$vdoc:meta])* $variant:ident => $code:literal,)+ }) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vdoc])* $variant,)+
        }

        impl $name {
            /// Every value, in declaration order.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("assert!(!workreport::", stringify!($name), "::ALL.is_empty());")]
            /// ```
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The code, as FORMATS.md writes it; `FromStr` reads it back.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use workreport::", stringify!($name), ";")]
            ///
            #[doc = concat!("for v in ", stringify!($name), "::ALL {")]
            #[doc = concat!("    assert_eq!(v.code().parse::<", stringify!($name), ">()?, *v);")]
            /// }
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = Error;

            fn from_str(s: &str) -> Result<$name> {
                match s {
                    $($code => Ok($name::$variant),)+
                    _ => Err(Error::Value(format!(
                        concat!("unknown ", $what, " {}: expected one of ", $($code, " "),+),
                        crate::error::Quoted(s)
                    ).trim_end().to_owned())),
                }
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<$name, D::Error> {
                crate::serde_util::deserialize_from_str(d, concat!("a ", $what, " code"))
            }
        }

        #[cfg(feature = "schemars")]
        crate::schema::code_schema!($name, concat!($($doc, "\n"),*));
    };
}
pub(crate) use code_enum;

code_enum!(
    /// Whether a money figure is in constant prices (real) or current
    /// prices (nominal).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!("real".parse::<workreport::PriceBasis>()?, workreport::PriceBasis::Real);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    PriceBasis, "price basis" {
        /// Constant prices: growth net of inflation.
        Real => "real",
        /// Current prices.
        Nominal => "nominal",
    }
);

code_enum!(
    /// Which way a change went.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::Direction::Down.code(), "down");
    /// ```
    Direction, "direction" {
        /// Up: grew, rose, increased, 增长.
        Up => "up",
        /// Down: fell, declined, 下降, 负增长.
        Down => "down",
        /// No change: 持平.
        Flat => "flat",
    }
);

code_enum!(
    /// Whether a change is stated relative to the level (percent, a
    /// multiple) or in absolute terms (the figure's unit, or percentage
    /// points for rates).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::ChangeMode::Relative.code(), "relative");
    /// ```
    ChangeMode, "change mode" {
        /// In percent of the earlier level, or a multiple of it.
        Relative => "relative",
        /// In the figure's own unit, or in percentage points.
        Absolute => "absolute",
    }
);

code_enum!(
    /// Whether a record is a high or a low.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!("low".parse::<workreport::Extreme>()?, workreport::Extreme::Low);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Extreme, "extreme" {
        /// A record high.
        High => "high",
        /// A record low.
        Low => "low",
    }
);

/// What a change is measured against.
///
/// # Examples
///
/// ```
/// use workreport::{Basis, Period};
///
/// let b = Basis::Baseline("2020".parse::<Period>()?);
/// assert_eq!(b.code(), "baseline");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Basis {
    /// The same period a year earlier: 同比, year on year, 比上年.
    YearOnYear,
    /// The period just before: 环比, from the previous quarter.
    PreviousPeriod,
    /// A named earlier period: "compared with 2020".
    Baseline(Period),
    /// What was projected or budgeted: "higher than projected".
    Projection,
    /// The text does not say.
    Unstated,
}

impl Basis {
    /// The code: `year_on_year`, `previous_period`, `baseline`,
    /// `projection` or `unstated`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::Basis::YearOnYear.code(), "year_on_year");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            Basis::YearOnYear => "year_on_year",
            Basis::PreviousPeriod => "previous_period",
            Basis::Baseline(_) => "baseline",
            Basis::Projection => "projection",
            Basis::Unstated => "unstated",
        }
    }
}

/// The details of a change: its direction, what it is measured against,
/// and whether it is relative or absolute. Its size is the statistic's
/// quantity, never negative.
///
/// # Examples
///
/// ```
/// use workreport::{Basis, Change, ChangeMode, Direction};
///
/// // "decreased 9.2% year on year"
/// let c = Change { direction: Direction::Down, basis: Basis::YearOnYear, mode: ChangeMode::Relative };
/// assert_eq!(c.direction.code(), "down");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Change {
    /// Up, down or flat.
    pub direction: Direction,
    /// What the change is measured against.
    pub basis: Basis,
    /// Relative (percent, a multiple) or absolute (units, percentage points).
    pub mode: ChangeMode,
}

/// The details of a rank: the position, whether it is only a bound, and
/// what it ranks among.
///
/// # Examples
///
/// ```
/// use std::num::NonZeroU32;
/// use workreport::Rank;
///
/// // "ranking first among the provinces of China"
/// let r = Rank { position: NonZeroU32::new(1), top: false, among: Some("provinces of China".into()) };
/// assert_eq!(r.position.map(NonZeroU32::get), Some(1));
/// // "ranked No. 1": the field is not said.
/// let r = Rank { position: NonZeroU32::new(1), top: false, among: None };
/// // "among the top three in the country", 位居全国前三: third or better.
/// let r = Rank { position: NonZeroU32::new(3), top: true, among: Some("the country".into()) };
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Rank {
    /// The position, 1 for first; `None` when the quote cannot be read.
    pub position: Option<NonZeroU32>,
    /// Whether the position is a bound, not the place itself: "among the
    /// top three" and 前三 say third or better (qualifier `at_most` in
    /// FORMATS.md's terms). Two such ranks, or one and an exact place
    /// within it, do not say which is higher.
    pub top: bool,
    /// What it ranks among ("provinces of China"), when the source says;
    /// not blank.
    pub among: Option<String>,
}

/// The details of a record: a high or a low. The window ("a 10-year low")
/// is the statistic's quantity, absent for an all-time record.
///
/// # Examples
///
/// ```
/// use workreport::{Extreme, Record};
///
/// let r = Record { extreme: Extreme::Low };
/// assert_eq!(r.extreme, Extreme::Low);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Record {
    /// High or low.
    pub extreme: Extreme,
}

/// The kind of a statistic, as FORMATS.md defines the kinds, with the
/// details that a change, a rank and a record carry.
///
/// | kind | example | the statistic's quantity |
/// |---|---|---|
/// | `Count` | "cracked 58 cases" | the number of things |
/// | `Amount` | "more than 300 million yuan" | money or a physical measure |
/// | `Rate` | "solving rate 99.7%" | a share of a whole |
/// | `Ratio` | "debt of 77% of GDP" | one measure against another |
/// | `Change` | "decreased 9.2% year on year" | the size, never negative |
/// | `Rank` | "ranking first in the country" | none: the position is in [`Rank`] |
/// | `Record` | "fell to a 10-year low" | the window, in years, if stated |
/// | `Streak` | "for 23 consecutive years" | the run length, in years |
///
/// # Examples
///
/// ```
/// use workreport::{Extreme, Record, StatisticKind};
///
/// let k = StatisticKind::Record(Record { extreme: Extreme::Low });
/// assert_eq!(k.code(), "record");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StatisticKind {
    /// A whole number of things.
    Count,
    /// Money or a physical measure.
    Amount,
    /// A share of a whole, 0 to 100 percent.
    Rate,
    /// One measure against another that is not a share.
    Ratio,
    /// A difference between two levels of one measure.
    Change(Change),
    /// A position among others.
    Rank(Rank),
    /// An extreme over a window.
    Record(Record),
    /// A condition held for a run of periods ending with the covered one.
    Streak,
}

/// The kind's [code](StatisticKind::code): `count`, `change` and so on.
///
/// # Examples
///
/// ```
/// assert_eq!(workreport::StatisticKind::Streak.to_string(), "streak");
/// ```
impl std::fmt::Display for StatisticKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl StatisticKind {
    /// The kind's code: `count`, `amount`, `rate`, `ratio`, `change`,
    /// `rank`, `record` or `streak`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::StatisticKind::Rate.code(), "rate");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            StatisticKind::Count => "count",
            StatisticKind::Amount => "amount",
            StatisticKind::Rate => "rate",
            StatisticKind::Ratio => "ratio",
            StatisticKind::Change(_) => "change",
            StatisticKind::Rank(_) => "rank",
            StatisticKind::Record(_) => "record",
            StatisticKind::Streak => "streak",
        }
    }
}

/// One figure of a report.
///
/// A statistic names its [`Metric`], its [`StatisticKind`], its
/// [`Quantity`] (see the kind for what the quantity means), the period and
/// scope it is about, and the quote: the shortest span of the source that
/// states this one figure. A figure whose quote cannot be read is kept
/// with its quote and no quantity ([`Statistic::unreadable`]): nothing is
/// guessed.
///
/// The constructors enforce the structural rules: a quote that is not
/// blank; a change of non-negative size whose mode agrees with its unit; a
/// streak or record window in years, months or days; a rate in a unit of
/// share; a count in a counted unit; a rank with no quantity.
///
/// # Examples
///
/// ```
/// use workreport::{Metric, Period, Quantity, Statistic, StatisticKind, Unit};
///
/// let s = Statistic::new(
///     Metric::new("abduction cases cracked")?,
///     StatisticKind::Count,
///     Some(Quantity::exact("58".parse()?, Unit::Cases)?),
///     "It cracked 58 cases involving abduction",
/// )?
/// .with_period("2023".parse::<Period>()?);
/// assert_eq!(s.quantity().map(|q| q.expanded().to_string()), Some("58".into()));
///
/// let garbled = Statistic::unreadable(
///     Metric::new("economic losses recovered")?,
///     StatisticKind::Amount,
///     "recover direct economic losses2More than 700 million yuan",
/// )?;
/// assert!(garbled.is_unreadable() && garbled.quantity().is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Statistic {
    metric: Metric,
    kind: StatisticKind,
    quantity: Option<Quantity>,
    unreadable: bool,
    period: Option<Period>,
    price_basis: Option<PriceBasis>,
    quote: String,
    span: Option<(usize, usize)>,
    /// What few statistics have (quotes in other languages, a correction,
    /// an id, a part-of, a scope of their own), boxed: `None` when the
    /// statistic has none of it, never an empty box.
    alongside: Option<Box<Alongside>>,
}

/// What a statistic may carry beside its figure, and what few statistics
/// have: an id, a whole it is part of, a scope of its own. Boxed, these
/// are one pointer in every statistic instead of 144 bytes: a statistic
/// of 208 bytes, not 304, is fewer cache lines for everything that walks
/// a report, and a loaded report is smaller than its JSON.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
struct Alongside {
    quotes: BTreeMap<Language, String>,
    correction: Option<Correction>,
    id: Option<Id>,
    part_of: Option<Id>,
    scope: Option<Scope>,
}

impl Statistic {
    /// A statistic, checked.
    ///
    /// # Errors
    ///
    /// [`Error::Value`] when the quote is blank, or the kind and the
    /// quantity disagree: a count, amount, rate, ratio or streak with no
    /// quantity (use [`unreadable`](Self::unreadable) for a garbled one); a
    /// rate not in percent, per mille or a fraction; a count not in a
    /// counted unit; a negative change, a relative change not in percent
    /// (or a multiple), an absolute change in percent, a flat change of
    /// non-zero size, an up or down change of zero size; a streak or
    /// record window not in years, months or days; a rank with a quantity,
    /// no position or a blank `among`.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Metric, Quantity, Statistic, StatisticKind, Unit};
    ///
    /// let err = Statistic::new(
    ///     Metric::new("case solving rate")?,
    ///     StatisticKind::Rate,
    ///     Some(Quantity::exact("58".parse()?, Unit::Cases)?),
    ///     "58 cases",
    /// ).unwrap_err();
    /// assert_eq!(err.to_string(), "invalid statistic \"58 cases\": a rate is in percent, per_mille or fraction, not cases");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        metric: Metric,
        kind: StatisticKind,
        quantity: Option<Quantity>,
        quote: impl Into<String>,
    ) -> Result<Statistic> {
        Statistic::checked(metric, kind, quantity, false, quote.into())
    }

    /// A statistic whose quote cannot be read: the quote kept, no quantity
    /// (and for a rank, no position).
    ///
    /// # Errors
    ///
    /// [`Error::Value`] when the quote is blank, or a rank has a position.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Metric, Statistic, StatisticKind};
    ///
    /// let s = Statistic::unreadable(Metric::new("disputes mediated")?, StatisticKind::Count,
    ///     "mediate all kinds of contradictions and disputes80More than 30,000 pieces")?;
    /// assert!(s.is_unreadable());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unreadable(
        metric: Metric,
        kind: StatisticKind,
        quote: impl Into<String>,
    ) -> Result<Statistic> {
        Statistic::checked(metric, kind, None, true, quote.into())
    }

    fn checked(
        metric: Metric,
        kind: StatisticKind,
        quantity: Option<Quantity>,
        unreadable: bool,
        quote: String,
    ) -> Result<Statistic> {
        let s = Statistic {
            metric,
            kind,
            quantity,
            unreadable,
            period: None,
            price_basis: None,
            quote,
            span: None,
            alongside: None,
        };
        s.check()?;
        Ok(s)
    }

    fn check(&self) -> Result<()> {
        let fail = |why: String| {
            Err(Error::Value(format!(
                "invalid statistic {}: {why}",
                crate::error::Quoted(&self.quote)
            )))
        };
        if self.quote.trim().is_empty() {
            return Err(Error::Value(
                "invalid statistic: the quote is blank".to_owned(),
            ));
        }
        if let Some((language, _)) = self.quotes().find(|(_, q)| q.trim().is_empty()) {
            return fail(format!("the quote in {} is blank", language.as_str()));
        }
        if let Some((start, end)) = self.span {
            let len = self.quote.chars().count();
            if end < start || end - start != len {
                return fail(format!(
                    "the span [{start}, {end}) does not have the quote's length, {len} characters"
                ));
            }
        }
        let q = self.quantity.as_ref();
        let unit = q.map(Quantity::unit);
        let dim = unit.map(|u| u.dimension());
        if self.unreadable {
            if q.is_some() {
                return fail("an unreadable figure has no quantity".to_owned());
            }
            if let StatisticKind::Rank(rank) = &self.kind
                && rank.position.is_some()
            {
                return fail("an unreadable rank has no position".to_owned());
            }
        }
        let needs_number = matches!(
            self.kind,
            StatisticKind::Count
                | StatisticKind::Amount
                | StatisticKind::Rate
                | StatisticKind::Ratio
                | StatisticKind::Streak
        );
        if needs_number && q.is_none() && !self.unreadable {
            return fail(format!(
                "a {} needs a quantity (or mark the figure unreadable)",
                self.kind.code()
            ));
        }
        match &self.kind {
            StatisticKind::Rate => {
                if let Some(u) = unit.filter(|_| dim != Some(Dimension::Share)) {
                    return fail(format!(
                        "a rate is in percent, per_mille or fraction, not {u}"
                    ));
                }
            }
            StatisticKind::Count => {
                if let Some(u) = unit.filter(|u| !u.is_count()) {
                    return fail(format!(
                        "a count is in a counted unit (people, cases, items, ...), not {u}"
                    ));
                }
            }
            StatisticKind::Change(change) => self.check_change(change, q).or_else(fail)?,
            StatisticKind::Rank(rank) => {
                if q.is_some() {
                    return fail("a rank has no quantity: its position is in the rank".to_owned());
                }
                if rank.top && rank.position.is_none() {
                    return fail("a rank within the top needs its position".to_owned());
                }
                if rank.position.is_none() && !self.unreadable {
                    return fail(
                        "a rank needs a position (or mark the figure unreadable)".to_owned(),
                    );
                }
                if rank.among.as_ref().is_some_and(|a| a.trim().is_empty()) {
                    return fail(
                        "a rank's among is not blank (leave it out when the source does not say)"
                            .to_owned(),
                    );
                }
            }
            StatisticKind::Record(_) | StatisticKind::Streak => {
                if let Some(u) =
                    unit.filter(|_| !matches!(dim, Some(Dimension::Duration | Dimension::Days)))
                {
                    let what = if self.kind == StatisticKind::Streak {
                        "a streak"
                    } else {
                        "a record window"
                    };
                    return fail(format!("{what} is in years, months or days, not {u}"));
                }
            }
            StatisticKind::Amount | StatisticKind::Ratio => {}
        }
        Ok(())
    }

    fn check_change(
        &self,
        change: &Change,
        q: Option<&Quantity>,
    ) -> std::result::Result<(), String> {
        let Some(q) = q else { return Ok(()) };
        let value = q.value();
        if value.is_sign_negative() && !value.is_zero() {
            return Err(format!(
                "a change has a non-negative size; the direction says which way ({value})"
            ));
        }
        if change.direction == Direction::Flat && !value.is_zero() {
            return Err(format!("a flat change has size zero, not {value}"));
        }
        if change.direction != Direction::Flat
            && value.is_zero()
            && q.qualifier() == crate::Qualifier::Exact
        {
            return Err(format!(
                "a change {} of size zero is flat",
                change.direction
            ));
        }
        let relative_unit = matches!(q.unit().dimension(), Dimension::Share | Dimension::Multiple);
        match change.mode {
            ChangeMode::Relative if !relative_unit => Err(format!(
                "a relative change is in percent or a multiple, not {}",
                q.unit()
            )),
            ChangeMode::Absolute if relative_unit => Err(format!(
                "an absolute change is in the figure's unit or percentage_points, not {}",
                q.unit()
            )),
            _ => Ok(()),
        }
    }

    /// The same statistic with an id.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9")?;
    /// let s = s.with_id(Id::new("orgs")?);
    /// assert_eq!(s.id().map(Id::as_str), Some("orgs"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_id(mut self, id: Id) -> Statistic {
        self.alongside.get_or_insert_default().id = Some(id);
        self
    }

    /// The same statistic, marked as a part of the statistic with id
    /// `whole`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9")?;
    /// let s = s.with_part_of(Id::new("all")?);
    /// assert_eq!(s.part_of().map(Id::as_str), Some("all"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_part_of(mut self, whole: Id) -> Statistic {
        self.alongside.get_or_insert_default().part_of = Some(whole);
        self
    }

    /// The same statistic with the period it is about.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9")?;
    /// let s = s.with_period("2023".parse()?);
    /// assert_eq!(s.period().map(|p| p.to_string()), Some("2023".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_period(mut self, period: Period) -> Statistic {
        self.period = Some(period);
        self
    }

    /// The same statistic with the place it is about.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9")?;
    /// let s = s.with_scope(Scope::new("Sichuan")?.with_code("CN-SC".parse()?));
    /// assert_eq!(s.scope().and_then(|s| s.code()).map(|c| c.as_str()), Some("CN-SC"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_scope(mut self, scope: Scope) -> Statistic {
        self.alongside.get_or_insert_default().scope = Some(scope);
        self
    }

    /// The same statistic, marked as in real or nominal prices.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9")?;
    /// let s = s.with_price_basis(PriceBasis::Real);
    /// assert_eq!(s.price_basis(), Some(PriceBasis::Real));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_price_basis(mut self, basis: PriceBasis) -> Statistic {
        self.price_basis = Some(basis);
        self
    }

    /// The same statistic with the quote's position in the source:
    /// characters `start..end`, end exclusive, counted in Unicode scalar
    /// values.
    ///
    /// # Errors
    ///
    /// [`Error::Value`] when `end - start` is not the quote's length in
    /// characters.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9 groups")?;
    /// let s = s.with_span(100, 108)?;
    /// assert_eq!(s.span(), Some((100, 108)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_span(mut self, start: usize, end: usize) -> Result<Statistic> {
        self.span = Some((start, end));
        self.check()?;
        Ok(self)
    }

    /// The id, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9")?;
    /// assert!(s.id().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn id(&self) -> Option<&Id> {
        self.alongside.as_deref()?.id.as_ref()
    }

    /// The id of the whole this figure is a part of, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9")?;
    /// assert!(s.part_of().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn part_of(&self) -> Option<&Id> {
        self.alongside.as_deref()?.part_of.as_ref()
    }

    /// The metric.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9")?;
    /// assert_eq!(s.metric().name(), "m");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn metric(&self) -> &Metric {
        &self.metric
    }

    /// The kind, with a change's, rank's or record's details.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9")?;
    /// assert_eq!(s.kind(), &StatisticKind::Count);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kind(&self) -> &StatisticKind {
        &self.kind
    }

    /// The quantity; `None` when the quote states no number (a rank, an
    /// all-time record, negative growth with no size) or cannot be read.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9")?;
    /// assert_eq!(s.quantity().map(Quantity::unit), Some(&Unit::Items));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn quantity(&self) -> Option<&Quantity> {
        self.quantity.as_ref()
    }

    /// Whether the quote is garbled past reading.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9")?;
    /// assert!(!s.is_unreadable());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_unreadable(&self) -> bool {
        self.unreadable
    }

    /// The period the figure is about, when the source says.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9")?;
    /// assert!(s.period().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn period(&self) -> Option<&Period> {
        self.period.as_ref()
    }

    /// The place the figure is about, when it differs from the report's.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9")?;
    /// assert!(s.scope().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn scope(&self) -> Option<&Scope> {
        self.alongside.as_deref()?.scope.as_ref()
    }

    /// Real or nominal, when stated.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9")?;
    /// assert!(s.price_basis().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn price_basis(&self) -> Option<PriceBasis> {
        self.price_basis
    }

    /// The quote: the shortest span of the source stating this figure, as
    /// the source has it.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9 groups")?;
    /// assert_eq!(s.quote(), "9 groups");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn quote(&self) -> &str {
        &self.quote
    }

    /// The quote's character positions in the source, end exclusive.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9")?;
    /// assert!(s.span().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn span(&self) -> Option<(usize, usize)> {
        self.span
    }

    /// The same statistic with its quote in `language` as well: the
    /// original's words beside a translation's, or another translation.
    /// The quote of the report's own language stays [`quote`](Self::quote).
    ///
    /// # Errors
    ///
    /// [`Error::Value`] when the text is blank.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Rate, Some(Quantity::exact("997".parse()?, Unit::Percent)?), "the solving rate is 997%")?;
    /// let s = s.with_quote_in("zh".parse()?, "现行命案破案率99.7%")?;
    /// assert_eq!(s.quote_in(&"zh".parse()?), Some("现行命案破案率99.7%"));
    /// assert_eq!(s.quote(), "the solving rate is 997%");
    /// assert!(s.with_quote_in("fr".parse()?, " ").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_quote_in(
        mut self,
        language: Language,
        text: impl Into<String>,
    ) -> Result<Statistic> {
        self.alongside
            .get_or_insert_default()
            .quotes
            .insert(language, text.into());
        self.check()?;
        Ok(self)
    }

    /// The quote in `language`, when the statistic has one.
    ///
    /// # Examples
    ///
    /// See [`with_quote_in`](Self::with_quote_in).
    pub fn quote_in(&self, language: &Language) -> Option<&str> {
        self.alongside
            .as_ref()?
            .quotes
            .get(language)
            .map(String::as_str)
    }

    /// The quotes in other languages, by language tag.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("58".parse()?, Unit::Cases)?), "cracked 58 cases")?;
    /// let s = s.with_quote_in("zh".parse()?, "破获涉拐现案积案58起")?;
    /// let tags: Vec<&str> = s.quotes().map(|(l, _)| l.as_str()).collect();
    /// assert_eq!(tags, ["zh"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn quotes(&self) -> impl Iterator<Item = (&Language, &str)> {
        self.alongside
            .iter()
            .flat_map(|a| a.quotes.iter().map(|(l, q)| (l, q.as_str())))
    }

    /// The same statistic with an editor's correction. The figure as
    /// stated is kept: [`quantity`](Self::quantity) still reads it.
    ///
    /// # Errors
    ///
    /// [`Error::Value`] when the correction has no evidence or a blank
    /// piece of it (a correction built by [`Correction::new`] has neither).
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// let rate = |v: &str| Quantity::exact(v.parse().unwrap(), Unit::Percent).unwrap();
    /// let s = Statistic::new(Metric::new("solving rate")?, StatisticKind::Rate, Some(rate("997")),
    ///     "the solving rate is 997%")?;
    /// let original = Evidence::new("the Chinese original", "zh".parse()?, "现行命案破案率99.7%",
    ///     vec![rate("99.7")])?;
    /// let s = s.with_correction(Correction::new(Some(rate("99.7")), vec![original])?)?;
    /// assert_eq!(s.quantity().unwrap().to_string(), "997%");
    /// assert_eq!(s.correction().and_then(|c| c.quantity.as_ref()).unwrap().to_string(), "99.7%");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_correction(mut self, correction: Correction) -> Result<Statistic> {
        correction.check()?;
        self.alongside.get_or_insert_default().correction = Some(correction);
        Ok(self)
    }

    /// The editor's correction, if any.
    ///
    /// # Examples
    ///
    /// See [`with_correction`](Self::with_correction).
    pub fn correction(&self) -> Option<&Correction> {
        self.alongside.as_ref()?.correction.as_ref()
    }

    /// The change code of FORMATS.md: the direction of a change, `none`
    /// for any other kind.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// # let s = Statistic::new(Metric::new("m")?, StatisticKind::Count, Some(Quantity::exact("9".parse()?, Unit::Items)?), "9")?;
    /// assert_eq!(s.change_code(), "none");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn change_code(&self) -> &'static str {
        match &self.kind {
            StatisticKind::Change(c) => c.direction.code(),
            _ => "none",
        }
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::{Deserialize, Serialize};

    use super::*;

    /// What a figure measures.
    #[derive(Serialize, Deserialize)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields, expecting = "a metric object")]
    struct RawMetric {
        /// The metric's name as the source words it; not blank.
        #[cfg_attr(feature = "schemars", schemars(regex(pattern = r"\S")))]
        name: String,
        /// A stable key for matching figures across reports.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        key: Option<MetricKey>,
    }

    impl Serialize for Metric {
        fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            RawMetric {
                name: self.name.clone(),
                key: self.key.clone(),
            }
            .serialize(s)
        }
    }

    impl<'de> Deserialize<'de> for Metric {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Metric, D::Error> {
            let raw: RawMetric = crate::serde_util::object(d, "a metric object")?;
            let m = Metric::new(raw.name).map_err(serde::de::Error::custom)?;
            Ok(match raw.key {
                Some(k) => m.with_key(k),
                None => m,
            })
        }
    }

    /// The basis codes of the data format.
    const BASIS_CODES: [&str; 5] = [
        "year_on_year",
        "previous_period",
        "baseline",
        "projection",
        "unstated",
    ];

    /// A change: which way, against what, and whether relative or
    /// absolute. Its size is the statistic's quantity.
    #[derive(Serialize, Deserialize)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[cfg_attr(feature = "schemars", schemars(transform = change_rules))]
    #[serde(deny_unknown_fields, expecting = "a change object")]
    struct RawChange {
        /// Which way the change went.
        direction: Direction,
        /// What the change is measured against.
        #[cfg_attr(feature = "schemars", schemars(schema_with = "basis_schema"))]
        basis: String,
        /// The period compared with; only with basis `baseline`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        baseline: Option<Period>,
        /// Relative (percent, a multiple) or absolute (the figure's unit,
        /// percentage points).
        mode: ChangeMode,
    }

    #[cfg(feature = "schemars")]
    crate::schema::schema_as!(Metric, RawMetric);
    #[cfg(feature = "schemars")]
    crate::schema::schema_as!(Change, RawChange);
    #[cfg(feature = "schemars")]
    crate::schema::schema_as!(Statistic, Raw);

    #[cfg(feature = "schemars")]
    fn basis_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        crate::schema::codes(BASIS_CODES, "What a change is measured against.")
    }

    /// Basis `baseline` names its period, and only it does.
    #[cfg(feature = "schemars")]
    fn change_rules(schema: &mut schemars::Schema) {
        use crate::schema::{all_of, field_is, present_iff};
        all_of(
            schema,
            [present_iff(field_is("basis", "baseline"), "baseline")],
        );
    }

    impl Serialize for Change {
        fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            let baseline = match self.basis {
                Basis::Baseline(p) => Some(p),
                _ => None,
            };
            RawChange {
                direction: self.direction,
                basis: self.basis.code().to_owned(),
                baseline,
                mode: self.mode,
            }
            .serialize(s)
        }
    }

    impl<'de> Deserialize<'de> for Change {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Change, D::Error> {
            use serde::de::Error as _;
            let raw: RawChange = crate::serde_util::object(d, "a change object")?;
            let basis = match (raw.basis.as_str(), raw.baseline) {
                ("baseline", Some(p)) => Basis::Baseline(p),
                ("baseline", None) => {
                    return Err(D::Error::custom(
                        "a change on basis \"baseline\" needs \"baseline\": the period compared with",
                    ));
                }
                (_, Some(_)) => {
                    return Err(D::Error::custom(format_args!(
                        "\"baseline\" goes with basis \"baseline\", not {}",
                        crate::error::Quoted(&raw.basis)
                    )));
                }
                ("year_on_year", None) => Basis::YearOnYear,
                ("previous_period", None) => Basis::PreviousPeriod,
                ("projection", None) => Basis::Projection,
                ("unstated", None) => Basis::Unstated,
                (other, None) => {
                    return Err(D::Error::custom(format_args!(
                        "unknown basis {}: expected one of {}",
                        crate::error::Quoted(other),
                        BASIS_CODES.join(" ")
                    )));
                }
            };
            Ok(Change {
                direction: raw.direction,
                basis,
                mode: raw.mode,
            })
        }
    }

    /// A place in a ranking.
    #[derive(Serialize, Deserialize)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[cfg_attr(feature = "schemars", schemars(transform = crate::schema::prose))]
    #[cfg_attr(feature = "schemars", schemars(rename = "Rank"))]
    #[serde(deny_unknown_fields, expecting = "a rank object")]
    struct RawRank {
        /// The position, 1 for first; left out when unreadable.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        position: Option<NonZeroU32>,
        /// Whether the position is a bound: "among the top three", 前三.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        top: bool,
        /// What is ranked among, when the source says ("the country").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "schemars", schemars(regex(pattern = r"\S")))]
        among: Option<String>,
    }

    /// A record: the best or worst in a window, which the quantity states.
    #[derive(Serialize, Deserialize)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[cfg_attr(feature = "schemars", schemars(transform = crate::schema::prose))]
    #[cfg_attr(feature = "schemars", schemars(rename = "Record"))]
    #[serde(deny_unknown_fields, expecting = "a record object")]
    struct RawRecord {
        /// A high or a low.
        extreme: Extreme,
    }

    /// The kind codes of the data format, in the order the errors list them.
    const KIND_CODES: [&str; 8] = [
        "count", "amount", "rate", "ratio", "change", "rank", "record", "streak",
    ];

    /// A statistic's kind code, read and written as text.
    struct KindName(&'static str);

    impl std::str::FromStr for KindName {
        type Err = Error;

        fn from_str(s: &str) -> Result<KindName> {
            KIND_CODES
                .iter()
                .find(|c| **c == s)
                .map(|c| KindName(c))
                .ok_or_else(|| {
                    Error::Value(format!(
                        "unknown kind {}: expected one of {}",
                        crate::error::Quoted(s),
                        KIND_CODES.join(" ")
                    ))
                })
        }
    }

    impl Serialize for KindName {
        fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.0)
        }
    }

    impl<'de> Deserialize<'de> for KindName {
        fn deserialize<D: serde::Deserializer<'de>>(
            d: D,
        ) -> std::result::Result<KindName, D::Error> {
            crate::serde_util::deserialize_from_str(d, "a statistic kind code")
        }
    }

    #[cfg(feature = "schemars")]
    crate::schema::schema_impl!(KindName as StatisticKind, |_| crate::schema::codes(
        KIND_CODES,
        "What kind of figure a statistic is."
    ));

    fn is_false(b: &bool) -> bool {
        !*b
    }

    /// One figure of a report: what it measures, its kind, its quantity
    /// and the quote it comes from.
    #[derive(Serialize, Deserialize)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[cfg_attr(feature = "schemars", schemars(transform = statistic_rules))]
    #[serde(deny_unknown_fields, expecting = "a statistic object")]
    struct Raw {
        /// The figure's id, unique within the report.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<Id>,
        /// The id of the figure this one is a part of.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        part_of: Option<Id>,
        /// What the figure measures.
        metric: Metric,
        /// What kind of figure it is.
        kind: KindName,
        /// The figure; left out for a rank, and for a figure the source
        /// states unreadably.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quantity: Option<Quantity>,
        /// Whether the source states the figure unreadably: its quote is
        /// kept and no value is guessed.
        #[serde(default, skip_serializing_if = "is_false")]
        unreadable: bool,
        /// The change, for kind `change`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        change: Option<Change>,
        /// The rank, for kind `rank`.
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "crate::serde_util::optional_object"
        )]
        rank: Option<RawRank>,
        /// The record, for kind `record`.
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "crate::serde_util::optional_object"
        )]
        record: Option<RawRecord>,
        /// The period the figure is for, when it differs from the
        /// report's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        period: Option<Period>,
        /// The place the figure is for, when it differs from the report's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        scope: Option<Scope>,
        /// Constant or current prices, for money figures.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        price_basis: Option<PriceBasis>,
        /// The source text the figure is read from; not blank.
        #[cfg_attr(feature = "schemars", schemars(regex(pattern = r"\S")))]
        quote: String,
        /// Where the quote is in the item's text: start and end, in
        /// characters; the end minus the start is the quote's length.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        span: Option<(usize, usize)>,
        /// The quote in other languages, by language tag: the original's
        /// words beside a translation's. Each not blank.
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        #[cfg_attr(
            feature = "schemars",
            schemars(extend("additionalProperties" = { "type": "string", "pattern": r"\S" }))
        )]
        quotes: BTreeMap<Language, String>,
        /// An editor's correction of the figure, with its evidence; the
        /// figure as stated stays in `quantity`.
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "crate::serde_util::optional_object"
        )]
        correction: Option<Correction>,
    }

    /// The kinds that need a quantity unless the figure is unreadable.
    #[cfg(feature = "schemars")]
    const NUMBER_KINDS: [&str; 5] = ["count", "amount", "rate", "ratio", "streak"];

    /// Each kind's details go with it alone; a figure has a quantity
    /// exactly when its kind states one and it is readable.
    #[cfg(feature = "schemars")]
    fn statistic_rules(schema: &mut schemars::Schema) {
        use crate::schema::{absent, all_of, field_is, present_iff, required};
        use serde_json::json;
        let unreadable = json!({ "required": ["unreadable"], "properties": { "unreadable": { "const": true } } });
        all_of(
            schema,
            [
                present_iff(field_is("kind", "change"), "change"),
                present_iff(field_is("kind", "rank"), "rank"),
                present_iff(field_is("kind", "record"), "record"),
                json!({ "if": unreadable, "then": absent("quantity") }),
                json!({ "if": field_is("kind", "rank"), "then": absent("quantity") }),
                json!({
                    "if": {
                        "required": ["kind"],
                        "properties": { "kind": { "enum": NUMBER_KINDS } },
                        "not": unreadable,
                    },
                    "then": required("quantity"),
                }),
            ],
        );
    }

    impl Serialize for Statistic {
        fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            let (change, rank, record) = match &self.kind {
                StatisticKind::Change(c) => (Some(*c), None, None),
                StatisticKind::Rank(r) => (
                    None,
                    Some(RawRank {
                        position: r.position,
                        top: r.top,
                        among: r.among.clone(),
                    }),
                    None,
                ),
                StatisticKind::Record(r) => (None, None, Some(RawRecord { extreme: r.extreme })),
                _ => (None, None, None),
            };
            let kind = KindName(self.kind.code());
            Raw {
                id: self.id().cloned(),
                part_of: self.part_of().cloned(),
                metric: self.metric.clone(),
                kind,
                quantity: self.quantity.clone(),
                unreadable: self.unreadable,
                change,
                rank,
                record,
                period: self.period,
                scope: self.scope().cloned(),
                price_basis: self.price_basis,
                quote: self.quote.clone(),
                span: self.span,
                quotes: self
                    .alongside
                    .as_ref()
                    .map(|a| a.quotes.clone())
                    .unwrap_or_default(),
                correction: self.correction().cloned(),
            }
            .serialize(s)
        }
    }

    impl<'de> Deserialize<'de> for Statistic {
        fn deserialize<D: serde::Deserializer<'de>>(
            d: D,
        ) -> std::result::Result<Statistic, D::Error> {
            use serde::de::Error as _;
            let raw: Raw = crate::serde_util::object(d, "a statistic object")?;
            let detail =
                |field: &str, wanted: bool, present: bool| -> std::result::Result<(), D::Error> {
                    match (wanted, present) {
                        (true, false) => Err(D::Error::custom(format_args!(
                            "a statistic of kind {} needs \"{field}\"",
                            raw.kind.0
                        ))),
                        (false, true) => Err(D::Error::custom(format_args!(
                            "\"{field}\" goes with kind {field}, not {}",
                            raw.kind.0
                        ))),
                        _ => Ok(()),
                    }
                };
            detail("change", raw.kind.0 == "change", raw.change.is_some())?;
            detail("rank", raw.kind.0 == "rank", raw.rank.is_some())?;
            detail("record", raw.kind.0 == "record", raw.record.is_some())?;
            let kind = match (raw.kind.0, raw.change, raw.rank, raw.record) {
                ("count", ..) => StatisticKind::Count,
                ("amount", ..) => StatisticKind::Amount,
                ("rate", ..) => StatisticKind::Rate,
                ("ratio", ..) => StatisticKind::Ratio,
                ("streak", ..) => StatisticKind::Streak,
                ("change", Some(c), ..) => StatisticKind::Change(c),
                ("rank", _, Some(r), _) => StatisticKind::Rank(Rank {
                    position: r.position,
                    top: r.top,
                    among: r.among,
                }),
                ("record", _, _, Some(r)) => StatisticKind::Record(Record { extreme: r.extreme }),
                (other, ..) => {
                    return Err(D::Error::custom(format_args!("unknown kind {other:?}")));
                }
            };
            let alongside = Alongside {
                quotes: raw.quotes,
                correction: raw.correction,
                id: raw.id,
                part_of: raw.part_of,
                scope: raw.scope,
            };
            let stat = Statistic {
                metric: raw.metric,
                kind,
                quantity: raw.quantity,
                unreadable: raw.unreadable,
                period: raw.period,
                price_basis: raw.price_basis,
                quote: raw.quote,
                span: raw.span,
                // None when empty, as a statistic built in code has it:
                // equal statistics compare equal however they were made.
                alongside: (alongside != Alongside::default()).then(|| Box::new(alongside)),
            };
            stat.check().map_err(D::Error::custom)?;
            Ok(stat)
        }
    }
}
