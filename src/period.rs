//! Periods: the stretch of time a figure is about.
//!
//! A [`Period`] is a year, a half, a quarter, a month, a day, an inclusive
//! range of dates, an inclusive range of years, or a fiscal year with its
//! start month. Its text form follows ISO 8601 and SDMX, and
//! [`Display`](std::fmt::Display) and [`FromStr`] are an exact pair:
//!
//! | text | kind | meaning |
//! |---|---|---|
//! | `2023` | [`PeriodKind::Year`] | the calendar year 2023 |
//! | `2023-S1` | [`PeriodKind::Half`] | January to June 2023 (`S2`: July to December) |
//! | `2023-Q2` | [`PeriodKind::Quarter`] | April to June 2023 |
//! | `2023-05` | [`PeriodKind::Month`] | May 2023 |
//! | `2023-05-10` | [`PeriodKind::Day`] | 10 May 2023 |
//! | `2023-01-01/2023-06-30` | [`PeriodKind::DateRange`] | 1 January to 30 June 2023, both included |
//! | `2001/2023` | [`PeriodKind::YearRange`] | the 23 years 2001 to 2023, both included |
//! | `FY2024-07` | [`PeriodKind::FiscalYear`] | the fiscal year 1 July 2024 to 30 June 2025 |
//!
//! Years are 1 to 9999 and always written with four digits (`0099`). No part
//! is ever filled in from today's date.
//!
//! # Examples
//!
//! ```
//! use chrono::NaiveDate;
//! use workreport::{Period, PeriodKind};
//!
//! let q2: Period = "2023-Q2".parse()?;
//! assert_eq!(q2.kind(), PeriodKind::Quarter);
//! assert_eq!(q2.start(), NaiveDate::from_ymd_opt(2023, 4, 1).unwrap());
//! assert_eq!(q2.end(), NaiveDate::from_ymd_opt(2023, 6, 30).unwrap());
//! assert_eq!(q2.previous()?.to_string(), "2023-Q1");
//! assert_eq!(q2.year_before()?.to_string(), "2022-Q2");
//! assert!(Period::year(2023)?.contains(&q2));
//!
//! // "no major traffic accidents for 10 consecutive years"
//! let streak = Period::consecutive_years(10, 2023)?;
//! assert_eq!(streak.to_string(), "2014/2023");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, NaiveDate};

use crate::error::Quoted;
use crate::{Error, Result};

/// The first year a period may touch.
const MIN_YEAR: i32 = 1;
/// The last year a period may touch.
const MAX_YEAR: i32 = 9999;
/// The text forms, listed in the error for text that has none of them.
const FORMS: &str = "2023, 2023-S1, 2023-Q2, 2023-05, 2023-05-10, \
                     2023-01-01/2023-06-30, 2001/2023, FY2024-07";

/// The kind of a [`Period`], as [`Period::kind`] returns it.
///
/// Kinds are distinct even where the dates agree: the month `2023-01` and
/// the date range `2023-01-01/2023-01-31` cover the same days but are
/// different periods.
///
/// # Examples
///
/// ```
/// use workreport::{Period, PeriodKind};
///
/// assert_eq!("2023-S1".parse::<Period>()?.kind(), PeriodKind::Half);
/// assert_eq!("2001/2023".parse::<Period>()?.kind(), PeriodKind::YearRange);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PeriodKind {
    /// A calendar year: `2023`.
    Year,
    /// A half year, `S1` January to June or `S2` July to December: `2023-S1`.
    Half,
    /// A calendar quarter, `Q1` to `Q4`: `2023-Q2`.
    Quarter,
    /// A calendar month: `2023-05`.
    Month,
    /// A single day: `2023-05-10`.
    Day,
    /// An inclusive range of dates: `2023-01-01/2023-06-30`.
    DateRange,
    /// An inclusive range of whole years: `2001/2023`.
    YearRange,
    /// A twelve-month fiscal year named by the year and month it starts in:
    /// `FY2024-07` runs from 1 July 2024 to 30 June 2025.
    FiscalYear,
}

impl PeriodKind {
    /// The position of the kind in the declaration order, for [`Ord`].
    const fn rank(self) -> u8 {
        match self {
            Self::Year => 0,
            Self::Half => 1,
            Self::Quarter => 2,
            Self::Month => 3,
            Self::Day => 4,
            Self::DateRange => 5,
            Self::YearRange => 6,
            Self::FiscalYear => 7,
        }
    }
}

/// The period a figure is about: a year, half, quarter, month, day, date
/// range, year range or fiscal year.
///
/// Every period has a first and a last day, both included, and both in the
/// years 1 to 9999. Values are built through checked constructors
/// ([`Period::year`], [`Period::quarter`], [`Period::dates`], ...) or parsed
/// from their text form, so a `Period` that exists is always valid.
///
/// | text | constructor |
/// |---|---|
/// | `2023` | [`Period::year(2023)`](Period::year) |
/// | `2023-S1` | [`Period::half(2023, 1)`](Period::half) |
/// | `2023-Q2` | [`Period::quarter(2023, 2)`](Period::quarter) |
/// | `2023-05` | [`Period::month(2023, 5)`](Period::month) |
/// | `2023-05-10` | [`Period::day(date)`](Period::day) |
/// | `2023-01-01/2023-06-30` | [`Period::dates(start, end)`](Period::dates) |
/// | `2001/2023` | [`Period::years(2001, 2023)`](Period::years) or [`Period::consecutive_years(23, 2023)`](Period::consecutive_years) |
/// | `FY2024-07` | [`Period::fiscal_year(2024, 7)`](Period::fiscal_year) |
///
/// Equality is structural: two periods are equal when they have the same
/// kind and the same days. `2023-01` and `2023-01-01/2023-01-31` are not
/// equal; [`same_days`](Period::same_days) asks whether two periods cover
/// the same days.
///
/// With the `serde` feature, a period serializes as its text form and
/// deserializes through [`FromStr`], so bad text is a clear error.
///
/// # Examples
///
/// ```
/// use workreport::{Period, PeriodKind};
///
/// let fy = Period::fiscal_year(2024, 7)?;
/// assert_eq!(fy.to_string(), "FY2024-07");
/// assert_eq!(fy.end().to_string(), "2025-06-30");
/// assert_eq!(fy.days(), 365);
/// assert_eq!("FY2024-07".parse::<Period>()?, fy);
///
/// let err = "2023-13".parse::<Period>().unwrap_err();
/// assert_eq!(err.to_string(), r#"invalid month 13 in "2023-13""#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Total ordering
///
/// `Ord` sorts by first day, then by last day, then by kind in the order
/// [`PeriodKind`] declares its variants (`Year` before `Half` before ...
/// before `FiscalYear`). It is consistent with `Eq` and meant for sorting
/// and for ordered collections. It is not a "happens before" relation:
/// periods are intervals, and overlapping periods are neither before nor
/// after each other. `2023-Q1 < 2023` here only because both start on the
/// same day and the quarter ends first. Use [`overlaps`](Period::overlaps),
/// [`contains`](Period::contains), [`start`](Period::start) and
/// [`end`](Period::end) for questions about time.
///
/// ```
/// use workreport::Period;
///
/// let mut periods: Vec<Period> = ["2023", "2022-Q4", "2023-Q1", "2023-01"]
///     .iter()
///     .map(|s| s.parse())
///     .collect::<Result<_, _>>()?;
/// periods.sort();
/// let sorted: Vec<String> = periods.iter().map(|p| p.to_string()).collect();
/// assert_eq!(sorted, ["2022-Q4", "2023-01", "2023-Q1", "2023"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    /// What kind of period this is; together with `start` and `end` it
    /// determines the text form.
    kind: PeriodKind,
    /// The first day, in the years 1 to 9999.
    start: NaiveDate,
    /// The last day (included), not before `start`, in the years 1 to 9999.
    end: NaiveDate,
}

impl Period {
    /// The calendar year `year`: `2023`.
    ///
    /// # Errors
    ///
    /// [`Error::Period`] if `year` is not 1 to 9999:
    /// `invalid year 10000: years are 1 to 9999`.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// let year = Period::year(2023)?;
    /// assert_eq!(year.to_string(), "2023");
    /// assert_eq!(year.days(), 365);
    /// assert!(Period::year(0).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn year(year: i32) -> Result<Self> {
        check_year(year)?;
        Self::months(PeriodKind::Year, year, 1, 12)
    }

    /// Half `half` of `year`: 1 is January to June (`2023-S1`), 2 is July to
    /// December (`2023-S2`).
    ///
    /// # Errors
    ///
    /// [`Error::Period`] if `year` is not 1 to 9999, or `half` is not 1 or
    /// 2: `invalid half 3 for 2023`.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// let h2 = Period::half(2023, 2)?;
    /// assert_eq!(h2.to_string(), "2023-S2");
    /// assert_eq!(h2.start().to_string(), "2023-07-01");
    /// assert_eq!(
    ///     Period::half(2023, 3).unwrap_err().to_string(),
    ///     "invalid half 3 for 2023"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn half(year: i32, half: u8) -> Result<Self> {
        check_year(year)?;
        if !(1..=2).contains(&half) {
            return Err(Error::Period(format!("invalid half {half} for {year:04}")));
        }
        Self::months(PeriodKind::Half, year, (half - 1) * 6 + 1, 6)
    }

    /// Quarter `quarter` (1 to 4) of `year`: `2023-Q2` is April to June.
    ///
    /// # Errors
    ///
    /// [`Error::Period`] if `year` is not 1 to 9999, or `quarter` is not 1
    /// to 4: `invalid quarter 5 for 2023`.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// let q2 = Period::quarter(2023, 2)?;
    /// assert_eq!(q2.to_string(), "2023-Q2");
    /// assert_eq!(q2.end().to_string(), "2023-06-30");
    /// assert_eq!(
    ///     Period::quarter(2023, 5).unwrap_err().to_string(),
    ///     "invalid quarter 5 for 2023"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn quarter(year: i32, quarter: u8) -> Result<Self> {
        check_year(year)?;
        if !(1..=4).contains(&quarter) {
            return Err(Error::Period(format!(
                "invalid quarter {quarter} for {year:04}"
            )));
        }
        Self::months(PeriodKind::Quarter, year, (quarter - 1) * 3 + 1, 3)
    }

    /// Month `month` (1 to 12) of `year`: `2023-05`.
    ///
    /// # Errors
    ///
    /// [`Error::Period`] if `year` is not 1 to 9999, or `month` is not 1 to
    /// 12: `invalid month 13 for 2023`.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// let feb = Period::month(2024, 2)?;
    /// assert_eq!(feb.to_string(), "2024-02");
    /// assert_eq!(feb.days(), 29);
    /// assert_eq!(
    ///     Period::month(2023, 13).unwrap_err().to_string(),
    ///     "invalid month 13 for 2023"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn month(year: i32, month: u8) -> Result<Self> {
        check_year(year)?;
        if !(1..=12).contains(&month) {
            return Err(Error::Period(format!(
                "invalid month {month} for {year:04}"
            )));
        }
        Self::months(PeriodKind::Month, year, month, 1)
    }

    /// The single day `date`: `2023-05-10`.
    ///
    /// # Errors
    ///
    /// [`Error::Period`] if the year of `date` is not 1 to 9999:
    /// `invalid date +10000-01-01: years are 1 to 9999`.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use workreport::Period;
    ///
    /// let date = NaiveDate::from_ymd_opt(2023, 5, 10).unwrap();
    /// let day = Period::day(date)?;
    /// assert_eq!(day.to_string(), "2023-05-10");
    /// assert_eq!((day.start(), day.end()), (date, date));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn day(date: NaiveDate) -> Result<Self> {
        check_date(date)?;
        Ok(Self {
            kind: PeriodKind::Day,
            start: date,
            end: date,
        })
    }

    /// The days from `start` to `end`, both included:
    /// `2023-01-01/2023-06-30`.
    ///
    /// A range of one day (`start == end`) is allowed and stays a
    /// [`PeriodKind::DateRange`]; it is not the same period as the
    /// [`Period::day`] of that date.
    ///
    /// # Errors
    ///
    /// [`Error::Period`] if a year is not 1 to 9999
    /// (`invalid date +10000-01-01: years are 1 to 9999`) or `start` is after
    /// `end`: `invalid period: start 2023-07-01 is after end 2023-06-30`.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use workreport::Period;
    ///
    /// let start = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
    /// let end = NaiveDate::from_ymd_opt(2023, 6, 30).unwrap();
    /// let h1 = Period::dates(start, end)?;
    /// assert_eq!(h1.to_string(), "2023-01-01/2023-06-30");
    /// assert_eq!(h1.days(), 181);
    /// assert_eq!(
    ///     Period::dates(end.succ_opt().unwrap(), end).unwrap_err().to_string(),
    ///     "invalid period: start 2023-07-01 is after end 2023-06-30"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn dates(start: NaiveDate, end: NaiveDate) -> Result<Self> {
        check_date(start)?;
        check_date(end)?;
        if start > end {
            return Err(Error::Period(format!(
                "invalid period: start {} is after end {}",
                Iso(start),
                Iso(end)
            )));
        }
        Ok(Self {
            kind: PeriodKind::DateRange,
            start,
            end,
        })
    }

    /// The whole years from `start` to `end`, both included: `2001/2023`.
    ///
    /// A range of one year (`2023/2023`) is allowed and stays a
    /// [`PeriodKind::YearRange`]; it is not the same period as the
    /// [`Period::year`].
    ///
    /// # Errors
    ///
    /// [`Error::Period`] if a year is not 1 to 9999
    /// (`invalid year 10000: years are 1 to 9999`) or `start` is after `end`:
    /// `invalid period: start 2024 is after end 2023`.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// let run = Period::years(2001, 2023)?;
    /// assert_eq!(run.to_string(), "2001/2023");
    /// assert_eq!((run.first_year(), run.last_year()), (2001, 2023));
    /// assert_eq!(
    ///     Period::years(2024, 2023).unwrap_err().to_string(),
    ///     "invalid period: start 2024 is after end 2023"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn years(start: i32, end: i32) -> Result<Self> {
        check_year(start)?;
        check_year(end)?;
        if start > end {
            return Err(Error::Period(format!(
                "invalid period: start {start:04} is after end {end:04}"
            )));
        }
        let first = Self::year(start)?;
        let last = Self::year(end)?;
        Ok(Self {
            kind: PeriodKind::YearRange,
            start: first.start,
            end: last.end,
        })
    }

    /// The run of `n` consecutive years ending with `ending`, as a year
    /// range: `consecutive_years(23, 2023)` is `2001/2023`, the same as
    /// [`Period::years(2001, 2023)`](Period::years).
    ///
    /// This is the period of a streak: "no major traffic accidents for 10
    /// consecutive years".
    ///
    /// # Errors
    ///
    /// [`Error::Period`] if `ending` is not 1 to 9999, `n` is 0
    /// (`invalid run of 0 years ending 2023: a run has at least 1 year`), or
    /// the run would start before year 1
    /// (`invalid run of 3 years ending 0002: it would start in year 0, and
    /// years are 1 to 9999`).
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// let run = Period::consecutive_years(23, 2023)?;
    /// assert_eq!(run, Period::years(2001, 2023)?);
    /// assert_eq!(Period::consecutive_years(1, 2023)?.to_string(), "2023/2023");
    /// assert!(Period::consecutive_years(0, 2023).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn consecutive_years(n: u32, ending: i32) -> Result<Self> {
        check_year(ending)?;
        if n == 0 {
            return Err(Error::Period(format!(
                "invalid run of 0 years ending {ending:04}: a run has at least 1 year"
            )));
        }
        let start = i64::from(ending) - i64::from(n) + 1;
        match i32::try_from(start) {
            Ok(start) if start >= MIN_YEAR => Self::years(start, ending),
            _ => Err(Error::Period(format!(
                "invalid run of {n} years ending {ending:04}: it would start in year \
                 {start}, and years are 1 to 9999"
            ))),
        }
    }

    /// The twelve-month fiscal year that starts on the 1st of `start_month`
    /// in `start_year`: `fiscal_year(2024, 7)` is `FY2024-07`, 1 July 2024 to
    /// 30 June 2025.
    ///
    /// A fiscal year starting in January is allowed and stays a
    /// [`PeriodKind::FiscalYear`] (`FY2023-01`); it is not the same period
    /// as the calendar year.
    ///
    /// # Errors
    ///
    /// [`Error::Period`] if `start_year` is not 1 to 9999, `start_month` is
    /// not 1 to 12 (`invalid start month 13 for FY2024`), or the fiscal year
    /// would end after 9999
    /// (`invalid fiscal year FY9999-07: it ends in year 10000, and years are
    /// 1 to 9999`).
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// let fy = Period::fiscal_year(2024, 7)?;
    /// assert_eq!(fy.to_string(), "FY2024-07");
    /// assert_eq!(fy.start().to_string(), "2024-07-01");
    /// assert_eq!(fy.end().to_string(), "2025-06-30");
    /// assert_eq!((fy.first_year(), fy.last_year()), (2024, 2025));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn fiscal_year(start_year: i32, start_month: u8) -> Result<Self> {
        check_year(start_year)?;
        if !(1..=12).contains(&start_month) {
            return Err(Error::Period(format!(
                "invalid start month {start_month} for FY{start_year:04}"
            )));
        }
        if start_year == MAX_YEAR && start_month > 1 {
            return Err(Error::Period(format!(
                "invalid fiscal year FY{start_year:04}-{start_month:02}: it ends in year \
                 10000, and years are 1 to 9999"
            )));
        }
        Self::months(PeriodKind::FiscalYear, start_year, start_month, 12)
    }

    /// The kind of period.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Period, PeriodKind};
    ///
    /// assert_eq!(Period::quarter(2023, 2)?.kind(), PeriodKind::Quarter);
    /// assert_eq!("FY2024-07".parse::<Period>()?.kind(), PeriodKind::FiscalYear);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn kind(&self) -> PeriodKind {
        self.kind
    }

    /// The first day of the period.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// assert_eq!(Period::half(2023, 2)?.start().to_string(), "2023-07-01");
    /// assert_eq!("2001/2023".parse::<Period>()?.start().to_string(), "2001-01-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn start(&self) -> NaiveDate {
        self.start
    }

    /// The last day of the period, included in it.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// assert_eq!(Period::month(2024, 2)?.end().to_string(), "2024-02-29");
    /// assert_eq!(Period::quarter(2023, 4)?.end().to_string(), "2023-12-31");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn end(&self) -> NaiveDate {
        self.end
    }

    /// The year of the first day: the start year of a year range or of a
    /// fiscal year.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// assert_eq!("2001/2023".parse::<Period>()?.first_year(), 2001);
    /// assert_eq!("2023-Q3".parse::<Period>()?.first_year(), 2023);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn first_year(&self) -> i32 {
        self.start.year()
    }

    /// The year of the last day: the end year of a year range, the year a
    /// fiscal year ends in.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// assert_eq!("2001/2023".parse::<Period>()?.last_year(), 2023);
    /// assert_eq!("FY2024-07".parse::<Period>()?.last_year(), 2025);
    /// assert_eq!("FY2024-01".parse::<Period>()?.last_year(), 2024);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn last_year(&self) -> i32 {
        self.end.year()
    }

    /// Whether `other` lies within this period: it starts no earlier and
    /// ends no later. Every period contains itself.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// let year: Period = "2023".parse()?;
    /// assert!(year.contains(&"2023-Q2".parse()?));
    /// assert!(year.contains(&year));
    /// assert!(!year.contains(&"FY2023-07".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn contains(&self, other: &Self) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether `date` is one of the days of this period.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use workreport::Period;
    ///
    /// let q2: Period = "2023-Q2".parse()?;
    /// assert!(q2.contains_date(NaiveDate::from_ymd_opt(2023, 6, 30).unwrap()));
    /// assert!(!q2.contains_date(NaiveDate::from_ymd_opt(2023, 7, 1).unwrap()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn contains_date(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// Whether this period and `other` share at least one day. The relation
    /// is symmetric.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// let year: Period = "2023".parse()?;
    /// let fiscal: Period = "FY2023-07".parse()?;
    /// assert!(year.overlaps(&fiscal));
    /// assert!(fiscal.overlaps(&year));
    /// assert!(!year.overlaps(&"2024-01-01".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn overlaps(&self, other: &Self) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// Whether this period and `other` have the same days, whatever their
    /// kinds: a half year written `2023-S1` and written
    /// `2023-01-01/2023-06-30` are different periods (`==` tells them
    /// apart) with the same days. The relation is symmetric.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// let half: Period = "2023-S1".parse()?;
    /// let dates: Period = "2023-01-01/2023-06-30".parse()?;
    /// assert_ne!(half, dates);
    /// assert!(half.same_days(&dates));
    /// assert!(!half.same_days(&"2023-Q1".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn same_days(&self, other: &Self) -> bool {
        (self.start, self.end) == (other.start, other.end)
    }

    /// The number of days in the period, both ends included: 1 for a day,
    /// 366 for a leap year.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// assert_eq!(Period::year(2024)?.days(), 366);
    /// assert_eq!("2023-05-10".parse::<Period>()?.days(), 1);
    /// assert_eq!("2023-01-01/2023-01-10".parse::<Period>()?.days(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn days(&self) -> u32 {
        // At most 3,652,059 days (years 1 to 9999), so the conversion holds.
        let between = self.end.signed_duration_since(self.start).num_days();
        u32::try_from(between.saturating_add(1)).unwrap_or(u32::MAX)
    }

    /// The number of months of the period, if it runs from the 1st of a
    /// month to the last day of a month: 12 for a year or a fiscal year, 6
    /// for a half, 3 for a quarter, 1 for a month, 12 × n for a range of n
    /// years, and the number of months of a date range of whole months.
    /// `None` for a day and for a date range that is not of whole months.
    ///
    /// A date range of whole months moves by months in
    /// [`previous`](Period::previous), [`next`](Period::next),
    /// [`year_before`](Period::year_before) and
    /// [`year_after`](Period::year_after), as the kinds of whole months do.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// assert_eq!("2023-S1".parse::<Period>()?.whole_months(), Some(6));
    /// assert_eq!("2023-01-01/2023-09-30".parse::<Period>()?.whole_months(), Some(9));
    /// assert_eq!("2001/2023".parse::<Period>()?.whole_months(), Some(276));
    /// assert_eq!("2023-01-01/2023-09-29".parse::<Period>()?.whole_months(), None);
    /// assert_eq!("2023-02-01".parse::<Period>()?.whole_months(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn whole_months(&self) -> Option<u32> {
        whole_months(self.start, self.end)
    }

    /// The period just before this one, of the same kind and length.
    ///
    /// | period | previous |
    /// |---|---|
    /// | `2023` | `2022` |
    /// | `2023-S1` | `2022-S2` |
    /// | `2023-Q1` | `2022-Q4` |
    /// | `2023-05` | `2023-04` |
    /// | `2023-05-10` | `2023-05-09` |
    /// | `2023-01-01/2023-06-30` (6 whole months) | `2022-07-01/2022-12-31` (the 6 months before) |
    /// | `2024-01-01/2024-02-29` (2 whole months) | `2023-11-01/2023-12-31` |
    /// | `2023-03-01/2023-03-10` (10 days) | `2023-02-19/2023-02-28` (the 10 days before) |
    /// | `2001/2023` (23 years) | `1978/2000` |
    /// | `FY2024-07` | `FY2023-07` |
    ///
    /// # Length of a date range
    ///
    /// A date range of whole months, from the 1st of a month to the last
    /// day of a month, has the length of its months: it moves by its number
    /// of months, as a half, a quarter or a month does, so that
    /// `2023-01-01/2023-06-30` and `2023-S1` step to the same days. Any other
    /// date range has the length of its days and moves by its number of
    /// days.
    ///
    /// [`next`](Period::next) undoes `previous`, and the reverse, except
    /// where a range that is not of whole months lands on one by its days:
    /// the 30 days before `2023-05-01/2023-05-30` are the whole month
    /// `2023-04-01/2023-04-30`, whose next period is the whole month
    /// `2023-05-01/2023-05-31`. No period has `2023-05-01/2023-05-30` as its
    /// next one, since a period of 30 days just before it is whole April.
    ///
    /// # Errors
    ///
    /// [`Error::Period`] if the previous period would start before year 1:
    /// `period 0001 has no previous period`.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// let q1: Period = "2023-Q1".parse()?;
    /// assert_eq!(q1.previous()?.to_string(), "2022-Q4");
    /// let run: Period = "2001/2023".parse()?;
    /// assert_eq!(run.previous()?.to_string(), "1978/2000");
    ///
    /// // January to June as a range of dates: the six months before, as for 2023-S1.
    /// let h1: Period = "2023-01-01/2023-06-30".parse()?;
    /// assert_eq!(h1.previous()?.to_string(), "2022-07-01/2022-12-31");
    /// assert!(h1.previous()?.same_days(&"2023-S1".parse::<Period>()?.previous()?));
    ///
    /// assert_eq!(
    ///     Period::year(1)?.previous().unwrap_err().to_string(),
    ///     "period 0001 has no previous period"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn previous(&self) -> Result<Self> {
        self.stepped(false)
    }

    /// The period that follows this one, of the same kind and length: the
    /// reverse of [`previous`](Period::previous), which says what the length
    /// of a date range is.
    ///
    /// # Errors
    ///
    /// [`Error::Period`] if the next period would end after year 9999
    /// (`period 9999 has no next period`).
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// let q4: Period = "2023-Q4".parse()?;
    /// assert_eq!(q4.next()?.to_string(), "2024-Q1");
    /// let run: Period = "1978/2000".parse()?;
    /// assert_eq!(run.next()?.to_string(), "2001/2023");
    /// // February 2023 as a range of dates: the next whole month is March.
    /// let feb: Period = "2023-02-01/2023-02-28".parse()?;
    /// assert_eq!(feb.next()?.to_string(), "2023-03-01/2023-03-31");
    /// assert_eq!(Period::year(9999)?.next().unwrap_err().to_string(), "period 9999 has no next period");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn next(&self) -> Result<Self> {
        self.stepped(true)
    }

    /// The period of the same kind and length just after (`forward`) or
    /// just before this one: months, days or years moved by the period's
    /// own length.
    fn stepped(&self, forward: bool) -> Result<Self> {
        let what = if forward { "next" } else { "previous" };
        let none = || Error::Period(format!("period {self} has no {what} period"));
        if self.kind == PeriodKind::DateRange
            && let Some(count) = whole_months(self.start, self.end)
        {
            let start = if forward {
                self.end.succ_opt()
            } else {
                self.start.checked_sub_months(chrono::Months::new(count))
            }
            .ok_or_else(none)?;
            let end = months_end(start, count).ok_or_else(none)?;
            return Self::dates(start, end).map_err(|_| none());
        }
        let stepped = match self.kind {
            PeriodKind::Year
            | PeriodKind::FiscalYear
            | PeriodKind::Half
            | PeriodKind::Quarter
            | PeriodKind::Month => {
                let count: u8 = match self.kind {
                    PeriodKind::Half => 6,
                    PeriodKind::Quarter => 3,
                    PeriodKind::Month => 1,
                    _ => 12,
                };
                let by = chrono::Months::new(count.into());
                let start = if forward {
                    self.start.checked_add_months(by)
                } else {
                    self.start.checked_sub_months(by)
                }
                .ok_or_else(none)?;
                check_date(start).map_err(|_| none())?;
                Self::months(self.kind, start.year(), month_u8(start), count)
            }
            PeriodKind::Day | PeriodKind::DateRange => {
                let by = Days::new(u64::from(self.days()));
                let (start, end) = if forward {
                    (
                        self.start.checked_add_days(by),
                        self.end.checked_add_days(by),
                    )
                } else {
                    (
                        self.start.checked_sub_days(by),
                        self.end.checked_sub_days(by),
                    )
                };
                let (start, end) = (start.ok_or_else(none)?, end.ok_or_else(none)?);
                if self.kind == PeriodKind::Day {
                    Self::day(start)
                } else {
                    Self::dates(start, end)
                }
            }
            PeriodKind::YearRange => {
                let span = self.last_year() - self.first_year() + 1;
                let by = if forward { span } else { -span };
                let start = self.first_year().checked_add(by).ok_or_else(none)?;
                let end = self.last_year().checked_add(by).ok_or_else(none)?;
                Self::years(start, end)
            }
        };
        stepped.map_err(|_| none())
    }

    /// The same period one year later: the reverse of
    /// [`year_before`](Period::year_before). A date range of whole months
    /// moves to the same months; in any other, an end on February 29 moves
    /// to February 28.
    ///
    /// # Errors
    ///
    /// [`Error::Period`] if the period would end after year 9999, or it is
    /// the day February 29 or a date range starting on it
    /// (`period 2024-02-29 has no year after: 2025 has no february 29`).
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// let h2: Period = "2023-S2".parse()?;
    /// assert_eq!(h2.year_after()?.to_string(), "2024-S2");
    /// let fy: Period = "FY2023-07".parse()?;
    /// assert_eq!(fy.year_after()?.to_string(), "FY2024-07");
    /// // January and February (1-2月): the same two months, February 29 and all.
    /// let jan_feb: Period = "2023-01-01/2023-02-28".parse()?;
    /// assert_eq!(jan_feb.year_after()?.to_string(), "2024-01-01/2024-02-29");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn year_after(&self) -> Result<Self> {
        self.shifted_a_year(1, "year after")
    }

    /// The same period one year earlier: the basis of a year-on-year change.
    ///
    /// | period | year before |
    /// |---|---|
    /// | `2023-Q2` | `2022-Q2` |
    /// | `2023-05-10` | `2022-05-10` |
    /// | `2025-01-01/2025-02-28` (whole months) | `2024-01-01/2024-02-29` (the same months) |
    /// | `2023-03-01/2024-02-29` (whole months) | `2022-03-01/2023-02-28` |
    /// | `2024-02-10/2024-02-29` | `2023-02-10/2023-02-28` (an end on February 29 moves to February 28) |
    /// | `2001/2023` | `2000/2022` |
    /// | `FY2024-07` | `FY2023-07` |
    ///
    /// A date range of whole months, from the 1st of a month to the last day
    /// of a month, moves to the same months a year earlier, as a half, a
    /// quarter or a month does; any other date range moves each of its ends
    /// to the same day a year earlier.
    ///
    /// [`year_after`](Period::year_after) undoes `year_before`, and the
    /// reverse, except at February 29 and where a range that is not of whole
    /// months lands on one: a year before `2025-02-01/2028-02-28` (not to the
    /// end of February 2028) is `2024-02-01/2027-02-28` (to the end of
    /// February 2027), whose year after is `2025-02-01/2028-02-29`.
    ///
    /// # Errors
    ///
    /// [`Error::Period`] if the period would start before year 1
    /// (`period 0001 has no year before`), or it is the day February 29 or
    /// a date range starting on it
    /// (`period 2024-02-29 has no year before: 2023 has no february 29`).
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Period;
    ///
    /// let q2: Period = "2023-Q2".parse()?;
    /// assert_eq!(q2.year_before()?.to_string(), "2022-Q2");
    /// let leap: Period = "2024-02-01/2024-02-29".parse()?;
    /// assert_eq!(leap.year_before()?.to_string(), "2023-02-01/2023-02-28");
    /// assert_eq!(
    ///     "2024-02-29".parse::<Period>()?.year_before().unwrap_err().to_string(),
    ///     "period 2024-02-29 has no year before: 2023 has no february 29"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn year_before(&self) -> Result<Self> {
        self.shifted_a_year(-1, "year before")
    }

    /// The same period `by` (1 or −1) years away; `what` names it in errors.
    fn shifted_a_year(&self, by: i32, what: &str) -> Result<Self> {
        let none = || Error::Period(format!("period {self} has no {what}"));
        let year = self.first_year().checked_add(by).ok_or_else(none)?;
        let month = month_u8(self.start);
        if self.kind == PeriodKind::DateRange
            && let Some(count) = whole_months(self.start, self.end)
        {
            let start = NaiveDate::from_ymd_opt(year, self.start.month(), 1).ok_or_else(none)?;
            let end = months_end(start, count).ok_or_else(none)?;
            return Self::dates(start, end).map_err(|_| none());
        }
        let shifted = match self.kind {
            PeriodKind::Year => Self::year(year),
            PeriodKind::Half => Self::half(year, month / 6 + 1),
            PeriodKind::Quarter => Self::quarter(year, month / 3 + 1),
            PeriodKind::Month => Self::month(year, month),
            PeriodKind::FiscalYear => Self::fiscal_year(year, month),
            PeriodKind::YearRange => {
                let end = self.last_year().checked_add(by).ok_or_else(none)?;
                Self::years(year, end)
            }
            PeriodKind::Day | PeriodKind::DateRange => {
                if is_feb_29(self.start) {
                    return Err(Error::Period(format!(
                        "period {self} has no {what}: {year:04} has no february 29"
                    )));
                }
                let start = same_day_in(self.start, year).ok_or_else(none)?;
                if self.kind == PeriodKind::Day {
                    Self::day(start)
                } else {
                    let end_year = self.end.year().checked_add(by).ok_or_else(none)?;
                    Self::dates(start, same_day_in(self.end, end_year).ok_or_else(none)?)
                }
            }
        };
        shifted.map_err(|_| none())
    }

    /// The period of `kind` made of `count` whole months from the 1st of
    /// `month` in `year`. The callers have checked `year` and `month`.
    fn months(kind: PeriodKind, year: i32, month: u8, count: u8) -> Result<Self> {
        let out_of_range = || {
            Error::Period(format!(
                "invalid period of {count} months from {year:04}-{month:02}: years are 1 to 9999"
            ))
        };
        let start = NaiveDate::from_ymd_opt(year, month.into(), 1).ok_or_else(out_of_range)?;
        let end = start
            .checked_add_months(chrono::Months::new(count.into()))
            .and_then(|next| next.pred_opt())
            .ok_or_else(out_of_range)?;
        check_date(end).map_err(|_| out_of_range())?;
        Ok(Self { kind, start, end })
    }
}

impl Ord for Period {
    /// See [Total ordering](Period#total-ordering): first day, then last day,
    /// then kind.
    fn cmp(&self, other: &Self) -> Ordering {
        self.start
            .cmp(&other.start)
            .then_with(|| self.end.cmp(&other.end))
            .then_with(|| self.kind.rank().cmp(&other.kind.rank()))
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Period {
    /// Writes the text form: `2023`, `2023-S1`, `2023-Q2`, `2023-05`,
    /// `2023-05-10`, `2023-01-01/2023-06-30`, `2001/2023`, `FY2024-07`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let year = self.start.year();
        let month = self.start.month();
        match self.kind {
            PeriodKind::Year => write!(f, "{year:04}"),
            PeriodKind::Half => write!(f, "{year:04}-S{}", month / 6 + 1),
            PeriodKind::Quarter => write!(f, "{year:04}-Q{}", month / 3 + 1),
            PeriodKind::Month => write!(f, "{year:04}-{month:02}"),
            PeriodKind::Day => write!(f, "{}", Iso(self.start)),
            PeriodKind::DateRange => write!(f, "{}/{}", Iso(self.start), Iso(self.end)),
            PeriodKind::YearRange => write!(f, "{year:04}/{:04}", self.end.year()),
            PeriodKind::FiscalYear => write!(f, "FY{year:04}-{month:02}"),
        }
    }
}

impl FromStr for Period {
    type Err = Error;

    /// Reads exactly the text forms [`Display`](fmt::Display) writes: ASCII,
    /// four-digit years, two-digit months and days, no surrounding space.
    ///
    /// # Errors
    ///
    /// [`Error::Period`] for text in none of the forms
    /// (`invalid period "2023/Q1": expected one of 2023, 2023-S1, ...`), a
    /// part out of range (`invalid month 13 in "2023-13"`,
    /// `invalid day 31 in "2023-04-31"`, `invalid year 0 in "0000"`), or a
    /// range that ends before it starts
    /// (`invalid period: start 2024 is after end 2023`).
    fn from_str(text: &str) -> Result<Self> {
        let Some(raw) = lex(text) else {
            return Err(Error::Period(format!(
                "invalid period {}: expected one of {FORMS}",
                Quoted(text)
            )));
        };
        let part = |what: &str, value: u8, ok: bool| {
            if ok {
                Ok(value)
            } else {
                Err(Error::Period(format!(
                    "invalid {what} {value} in {}",
                    Quoted(text)
                )))
            }
        };
        match raw {
            Raw::Year(year) => Self::year(text_year(text, year)?),
            Raw::Half(year, half) => {
                let year = text_year(text, year)?;
                Self::half(year, part("half", half, (1..=2).contains(&half))?)
            }
            Raw::Quarter(year, quarter) => {
                let year = text_year(text, year)?;
                Self::quarter(year, part("quarter", quarter, (1..=4).contains(&quarter))?)
            }
            Raw::Month(year, month) => {
                let year = text_year(text, year)?;
                Self::month(year, part("month", month, (1..=12).contains(&month))?)
            }
            Raw::Day(date) => Self::day(text_date(text, date)?),
            Raw::Dates(start, end) => {
                let start = text_date(text, start)?;
                Self::dates(start, text_date(text, end)?)
            }
            Raw::Years(start, end) => {
                let start = text_year(text, start)?;
                Self::years(start, text_year(text, end)?)
            }
            Raw::Fiscal(year, month) => {
                let year = text_year(text, year)?;
                let month = part("start month", month, (1..=12).contains(&month))?;
                Self::fiscal_year(year, month)
            }
        }
    }
}

/// The numbers of a text form whose shape is right, before their ranges are
/// checked. Years have four digits, so they fit in `u16`; the other parts
/// have one or two, so they fit in `u8`.
enum Raw {
    Year(u16),
    Half(u16, u8),
    Quarter(u16, u8),
    Month(u16, u8),
    Day(RawDate),
    Dates(RawDate, RawDate),
    Years(u16, u16),
    Fiscal(u16, u8),
}

/// Year, month and day of a `YYYY-MM-DD` text, not yet checked.
#[derive(Clone, Copy)]
struct RawDate {
    year: u16,
    month: u8,
    day: u8,
}

/// Recognizes the shape of `text`, or `None` if it has none of the forms.
fn lex(text: &str) -> Option<Raw> {
    if let Some((start, end)) = text.split_once('/') {
        let (start, end) = (start.as_bytes(), end.as_bytes());
        return match (year4(start), year4(end)) {
            (Some(start), Some(end)) => Some(Raw::Years(start, end)),
            _ => Some(Raw::Dates(lex_date(start)?, lex_date(end)?)),
        };
    }
    let bytes = text.as_bytes();
    if let Some(year) = year4(bytes) {
        return Some(Raw::Year(year));
    }
    if let Some(date) = lex_date(bytes) {
        return Some(Raw::Day(date));
    }
    match bytes {
        [b'F', b'Y', year @ .., b'-', m1, m2] => {
            Some(Raw::Fiscal(year4(year)?, digits2(*m1, *m2)?))
        }
        [year @ .., b'-', b'S', half] => Some(Raw::Half(year4(year)?, digit(*half)?)),
        [year @ .., b'-', b'Q', quarter] => Some(Raw::Quarter(year4(year)?, digit(*quarter)?)),
        [year @ .., b'-', m1, m2] => Some(Raw::Month(year4(year)?, digits2(*m1, *m2)?)),
        _ => None,
    }
}

/// Recognizes `YYYY-MM-DD`.
fn lex_date(bytes: &[u8]) -> Option<RawDate> {
    match bytes {
        [year @ .., b'-', m1, m2, b'-', d1, d2] => Some(RawDate {
            year: year4(year)?,
            month: digits2(*m1, *m2)?,
            day: digits2(*d1, *d2)?,
        }),
        _ => None,
    }
}

/// The value of one ASCII digit.
fn digit(byte: u8) -> Option<u8> {
    byte.is_ascii_digit().then(|| byte - b'0')
}

/// The value of two ASCII digits, 0 to 99.
fn digits2(tens: u8, ones: u8) -> Option<u8> {
    Some(digit(tens)? * 10 + digit(ones)?)
}

/// The value of exactly four ASCII digits, 0 to 9999.
fn year4(bytes: &[u8]) -> Option<u16> {
    match bytes {
        [a, b, c, d] => {
            let high = u16::from(digits2(*a, *b)?);
            let low = u16::from(digits2(*c, *d)?);
            Some(high * 100 + low)
        }
        _ => None,
    }
}

/// Checks a year read from `text`: four digits are at most 9999, so only 0
/// is out of range.
fn text_year(text: &str, year: u16) -> Result<i32> {
    if year == 0 {
        return Err(Error::Period(format!("invalid year 0 in {}", Quoted(text))));
    }
    Ok(i32::from(year))
}

/// Checks a date read from `text`, part by part.
fn text_date(text: &str, date: RawDate) -> Result<NaiveDate> {
    let year = text_year(text, date.year)?;
    let RawDate { month, day, .. } = date;
    if !(1..=12).contains(&month) {
        return Err(Error::Period(format!(
            "invalid month {month} in {}",
            Quoted(text)
        )));
    }
    NaiveDate::from_ymd_opt(year, month.into(), day.into())
        .ok_or_else(|| Error::Period(format!("invalid day {day} in {}", Quoted(text))))
}

/// The error for a year outside 1 to 9999, if `year` is one.
fn check_year(year: i32) -> Result<()> {
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(Error::Period(format!(
            "invalid year {year}: years are 1 to 9999"
        )))
    }
}

/// The error for a date outside the years 1 to 9999, if `date` is one.
fn check_date(date: NaiveDate) -> Result<()> {
    if (MIN_YEAR..=MAX_YEAR).contains(&date.year()) {
        Ok(())
    } else {
        Err(Error::Period(format!(
            "invalid date {date}: years are 1 to 9999"
        )))
    }
}

/// The month of `date`, 1 to 12.
fn month_u8(date: NaiveDate) -> u8 {
    // `month()` is 1 to 12, so the conversion always holds.
    u8::try_from(date.month()).unwrap_or(1)
}

/// The number of whole months of the days `start` to `end`, if they run
/// from the 1st of a month to the last day of a month: 6 for
/// 2023-01-01 to 2023-06-30, `None` for 2023-01-01 to 2023-06-29.
fn whole_months(start: NaiveDate, end: NaiveDate) -> Option<u32> {
    // The day after a last day of a month is a 1st; chrono has dates past
    // 9999-12-31, so that day exists for every period.
    let after = end.succ_opt()?;
    if start.day() != 1 || after.day() != 1 {
        return None;
    }
    let years = after.year().checked_sub(start.year())?;
    let months = i64::from(years) * 12 + i64::from(after.month()) - i64::from(start.month());
    u32::try_from(months).ok().filter(|&months| months > 0)
}

/// The last day of the `count` months that start with the month of `start`
/// (a 1st).
fn months_end(start: NaiveDate, count: u32) -> Option<NaiveDate> {
    start
        .checked_add_months(chrono::Months::new(count))?
        .pred_opt()
}

/// Whether `date` is February 29.
fn is_feb_29(date: NaiveDate) -> bool {
    date.month() == 2 && date.day() == 29
}

/// The same day in `year`; February 29 becomes February 28.
fn same_day_in(date: NaiveDate, year: i32) -> Option<NaiveDate> {
    let day = if is_feb_29(date) { 28 } else { date.day() };
    NaiveDate::from_ymd_opt(year, date.month(), day)
}

/// A date written `YYYY-MM-DD`, for the years 1 to 9999.
struct Iso(NaiveDate);

impl fmt::Display for Iso {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let date = self.0;
        write!(
            f,
            "{:04}-{:02}-{:02}",
            date.year(),
            date.month(),
            date.day()
        )
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Period {
    /// Serializes the text form, as [`Display`](fmt::Display) writes it.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Period {
    /// Deserializes a string through [`FromStr`], with its checks and error
    /// messages.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(PeriodVisitor)
    }
}

/// Reads a period from a string.
#[cfg(feature = "serde")]
struct PeriodVisitor;

#[cfg(feature = "serde")]
impl serde::de::Visitor<'_> for PeriodVisitor {
    type Value = Period;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a period such as 2023, 2023-Q2 or 2023-01-01/2023-06-30")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Period, E> {
        text.parse().map_err(E::custom)
    }
}

// The text forms [`FromStr`] reads, by shape; loading also checks the
// days of each month, year 0 and the order of a range's ends.
#[cfg(feature = "schemars")]
crate::schema::schema_impl!(Period, |_| {
    const Y: &str = "[0-9]{4}";
    const M: &str = "(?:0[1-9]|1[0-2])";
    const D: &str = "(?:0[1-9]|[12][0-9]|3[01])";
    let date = format!("{Y}-{M}-{D}");
    let pattern =
        format!("^(?:{Y}|{Y}-S[12]|{Y}-Q[1-4]|{Y}-{M}|{date}|{date}/{date}|{Y}/{Y}|FY{Y}-{M})$");
    crate::schema::string(
        &pattern,
        &format!(
            "A period: a year, half, quarter, month, day, range of dates or years, or a fiscal year by its start month; one of {FORMS}."
        ),
    )
});
