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
//! [`Period::from_text`] reads the forms people write as well: `FY2024`,
//! `2024-25`, `2023-H1`, "first half of 2023", "Q2 2023", `2023年上半年`,
//! `2023年一季度`, `2023年1-6月`, with a [`PeriodContext`] that gives what
//! the text leaves out (the year of 上半年, the [`FiscalStart`] of `2024-25`)
//! and refusing what is ambiguous (`2011-12`: a month or a fiscal year).
//!
//! A date range of whole months (`2023-01-01/2023-06-30`) steps by months in
//! [`Period::previous`], [`Period::next`], [`Period::year_before`] and
//! [`Period::year_after`], as the half `2023-S1` with the same days does.
//!
//! # Examples
//!
//! ```
//! use chrono::NaiveDate;
//! use workreport::{Period, PeriodContext, PeriodKind};
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
//!
//! // 上半年 in a report on 2023, and the same months as a range of dates.
//! let context = PeriodContext::new().with_year(2023)?;
//! let h1 = Period::from_text("上半年", context)?;
//! assert_eq!(h1.to_string(), "2023-S1");
//! let jan_jun = Period::from_text("2023年1-6月", context)?;
//! assert_eq!(jan_jun.to_string(), "2023-01-01/2023-06-30");
//! assert!(jan_jun.same_days(&h1));
//! assert_eq!(jan_jun.previous()?.to_string(), "2022-07-01/2022-12-31");
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
    /// [`Period::from_text`] reads the forms people write (`FY2024`,
    /// `2023-H1`, 上半年).
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

// --- Periods as people write them ------------------------------------------

/// The month in which the fiscal years of a text start, and which year a
/// one-year name such as `FY2024` gives: what [`Period::from_text`] needs to
/// read a fiscal year that the text does not date by its start month.
///
/// The crate assumes no start month. Fiscal years start in April in India
/// and in the UK government's accounts, in July in Australia, in October in
/// the US federal government's, and in January where they are calendar
/// years; the caller says which. A name of two years (`2024-25`, `2023/24`,
/// `FY2024-25`) needs only the month. A name of one year (`FY2024`) also
/// needs the [`FiscalLabel`], since the US federal FY2024 ends in 2024 and
/// Japan's starts in 2024; fiscal years starting in January need none.
///
/// # Examples
///
/// ```
/// use workreport::{FiscalLabel, FiscalStart, Period, PeriodContext};
///
/// // India: April to March.
/// let india = PeriodContext::new().with_fiscal_start(FiscalStart::new(4)?);
/// assert_eq!(Period::from_text("2023-24", india)?.to_string(), "FY2023-04");
///
/// // The US federal government: October to September, named by the end year.
/// let us = FiscalStart::new(10)?.labelled_by(FiscalLabel::EndYear);
/// let fy = Period::from_text("FY2024", PeriodContext::new().with_fiscal_start(us))?;
/// assert_eq!(fy.to_string(), "FY2023-10");
/// assert_eq!(fy.end().to_string(), "2024-09-30");
///
/// assert_eq!(
///     FiscalStart::new(13).unwrap_err().to_string(),
///     "invalid fiscal start month 13: months are 1 to 12"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FiscalStart {
    /// The month the fiscal years start in, 1 to 12.
    month: u8,
    /// Which year a one-year name gives, where the caller knows it.
    label: Option<FiscalLabel>,
}

/// Which year a one-year fiscal name such as `FY2024` gives: the year in
/// which the fiscal year starts, or the one in which it ends. Part of a
/// [`FiscalStart`].
///
/// # Examples
///
/// ```
/// use workreport::{FiscalLabel, FiscalStart, Period, PeriodContext};
///
/// let japan = FiscalStart::new(4)?.labelled_by(FiscalLabel::StartYear);
/// let fy = Period::from_text("FY2024", PeriodContext::new().with_fiscal_start(japan))?;
/// assert_eq!(fy.start().to_string(), "2024-04-01");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FiscalLabel {
    /// `FY2024` starts in 2024: Japan's runs from April 2024 to March 2025.
    StartYear,
    /// `FY2024` ends in 2024: the US federal one runs from October 2023 to
    /// September 2024.
    EndYear,
}

impl FiscalStart {
    /// Fiscal years that start on the 1st of `month` (1 to 12), with no
    /// label: two-year names (`2024-25`) read, one-year names (`FY2024`)
    /// are refused unless `month` is 1.
    ///
    /// # Errors
    ///
    /// [`Error::Period`] if `month` is not 1 to 12:
    /// `invalid fiscal start month 13: months are 1 to 12`.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::FiscalStart;
    ///
    /// let july = FiscalStart::new(7)?;
    /// assert_eq!(july.month(), 7);
    /// assert_eq!(july.label(), None);
    /// assert!(FiscalStart::new(0).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(month: u8) -> Result<Self> {
        if !(1..=12).contains(&month) {
            return Err(Error::Period(format!(
                "invalid fiscal start month {month}: months are 1 to 12"
            )));
        }
        Ok(Self { month, label: None })
    }

    /// The same fiscal years, with one-year names such as `FY2024` read as
    /// `label` says.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{FiscalLabel, FiscalStart};
    ///
    /// let australia = FiscalStart::new(7)?.labelled_by(FiscalLabel::EndYear);
    /// assert_eq!(australia.label(), Some(FiscalLabel::EndYear));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn labelled_by(self, label: FiscalLabel) -> Self {
        Self {
            month: self.month,
            label: Some(label),
        }
    }

    /// The month the fiscal years start in, 1 to 12.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::FiscalStart;
    ///
    /// assert_eq!(FiscalStart::new(4)?.month(), 4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// Which year a one-year name gives, if the caller said.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{FiscalLabel, FiscalStart};
    ///
    /// assert_eq!(FiscalStart::new(4)?.label(), None);
    /// let start = FiscalStart::new(4)?.labelled_by(FiscalLabel::StartYear);
    /// assert_eq!(start.label(), Some(FiscalLabel::StartYear));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn label(self) -> Option<FiscalLabel> {
        self.label
    }
}

/// What a text about a period may leave out, as the caller knows it: the
/// year the text is about, and how it names fiscal years.
/// [`Period::from_text`] takes it; the crate never fills in a part from
/// today's date.
///
/// [`PeriodContext::new`] (the same as `default()`) knows nothing: every
/// period must name its year, and a fiscal year must be dated by its start
/// month (`FY2024-07`). A year the text names wins over the context's.
///
/// # Examples
///
/// ```
/// use workreport::{Period, PeriodContext};
///
/// // 上半年 in a report on 2023.
/// let report_on_2023 = PeriodContext::new().with_year(2023)?;
/// assert_eq!(Period::from_text("上半年", report_on_2023)?.to_string(), "2023-S1");
/// assert_eq!(Period::from_text("2022年上半年", report_on_2023)?.to_string(), "2022-S1");
/// assert_eq!(
///     Period::from_text("上半年", PeriodContext::new()).unwrap_err().to_string(),
///     r#"period "上半年" names no year, and none was given"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct PeriodContext {
    /// The year a period with no year of its own is in, 1 to 9999.
    year: Option<i32>,
    /// How fiscal years are named.
    fiscal: Option<FiscalStart>,
}

impl PeriodContext {
    /// A context that knows nothing.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::PeriodContext;
    ///
    /// let none = PeriodContext::new();
    /// assert_eq!((none.year(), none.fiscal_start()), (None, None));
    /// assert_eq!(none, PeriodContext::default());
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Self {
            year: None,
            fiscal: None,
        }
    }

    /// The same context, with `year` as the year of a period whose text
    /// names none (上半年, 一季度, `Q2`, "the first half").
    ///
    /// # Errors
    ///
    /// [`Error::Period`] if `year` is not 1 to 9999:
    /// `invalid year 0: years are 1 to 9999`.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::PeriodContext;
    ///
    /// assert_eq!(PeriodContext::new().with_year(2023)?.year(), Some(2023));
    /// assert!(PeriodContext::new().with_year(0).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_year(self, year: i32) -> Result<Self> {
        check_year(year)?;
        Ok(Self {
            year: Some(year),
            ..self
        })
    }

    /// The same context, with fiscal years named as `fiscal` says.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{FiscalStart, PeriodContext};
    ///
    /// let april = FiscalStart::new(4)?;
    /// let context = PeriodContext::new().with_fiscal_start(april);
    /// assert_eq!(context.fiscal_start(), Some(april));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_fiscal_start(self, fiscal: FiscalStart) -> Self {
        Self {
            year: self.year,
            fiscal: Some(fiscal),
        }
    }

    /// The year of a period whose text names none, if given.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::PeriodContext;
    ///
    /// assert_eq!(PeriodContext::new().year(), None);
    /// ```
    #[must_use]
    pub const fn year(&self) -> Option<i32> {
        self.year
    }

    /// How fiscal years are named, if given.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::PeriodContext;
    ///
    /// assert_eq!(PeriodContext::new().fiscal_start(), None);
    /// ```
    #[must_use]
    pub const fn fiscal_start(&self) -> Option<FiscalStart> {
        self.fiscal
    }
}

/// The longest text [`Period::from_text`] reads, in characters.
const MAX_WRITTEN: usize = 100;

/// Forms of [`Period::from_text`], listed in the error for text in none.
const WRITTEN_FORMS: &str = "2023, 2023-Q2, 2023-H1, H1 2023, first half of 2023, Q2 2023, \
     the second quarter of 2023, FY2024, 2024-25, 2023/24, 2023年, 2023年上半年, \
     2023年一季度, 2023年前三季度, 2023年1-6月";

impl Period {
    /// Reads a period as people write it in reports, in English or
    /// Chinese, with the parts the text leaves out taken from `context`.
    ///
    /// [`FromStr`] reads the canonical text forms alone; this reads those
    /// and the forms below. Letters may be of either case, full-width
    /// digits and letters read as ASCII, any dash as `-`, and white space
    /// between the parts of a form is free.
    ///
    /// | text | period | needs from `context` |
    /// |---|---|---|
    /// | `2023`, `2023年`, `2023年度`, `2023年全年` | `2023` | |
    /// | `2023-H1`, `2023H1`, `H1 2023`, `2023-S1`, "first half of 2023", "the 1st half of 2023", `2023年上半年`, `2023上半年` | `2023-S1` | |
    /// | `H2`, "the second half", "the second half of the year", `下半年` | `2023-S2` | the year (here 2023) |
    /// | `2023-Q2`, `2023Q2`, `Q2 2023`, "the second quarter of 2023", `2023年二季度`, `2023年第二季度`, `2023年第2季度` | `2023-Q2` | |
    /// | `Q1`, "the first quarter", `一季度`, `第一季度` | `2023-Q1` | the year |
    /// | "the first three quarters of 2023", `2023年前三季度` | `2023-01-01/2023-09-30` | |
    /// | "the first two quarters of 2023", `2023年前两季度` | `2023-01-01/2023-06-30` | |
    /// | `前三季度` | `2023-01-01/2023-09-30` | the year |
    /// | `2023年1-6月`, `2023年1—6月`, `2023年1月-6月`, `2023年1至6月`, `2023年1~6月` | `2023-01-01/2023-06-30` | |
    /// | `1-9月` | `2023-01-01/2023-09-30` | the year |
    /// | `2023年5月`, `2023-05`, `2023-5` | `2023-05` | |
    /// | `2023年5月10日`, `2023-05-10`, `2023-5-10` | `2023-05-10` | |
    /// | `2023-01-01/2023-06-30` | `2023-01-01/2023-06-30` | |
    /// | `2001/2023`, `2001-2023` | `2001/2023` | |
    /// | `FY2024-07` | `FY2024-07` (dated by its start month) | |
    /// | `2024-25`, `2024/25`, `FY2024-25`, `FY 2024/25`, `FY2024-2025`, "fiscal year 2024-25", "the 2024-25 financial year" | `FY2024-04` for fiscal years starting in April | the [`FiscalStart`] |
    /// | `FY2024`, `FY 2024`, "fiscal 2024", "fiscal year 2024" | `FY2023-07` for July and [`FiscalLabel::EndYear`], `FY2024-07` for [`FiscalLabel::StartYear`] | the [`FiscalStart`] and its [`FiscalLabel`] (none for January) |
    ///
    /// Every reading equals the period of its canonical text.
    ///
    /// Refused, each with an error that says why:
    ///
    /// - what is ambiguous: `2004-05` and `2011-12` (a month or a fiscal
    ///   year: write `2004年5月` or `2004/05`), `FY2011-12` (the fiscal
    ///   year from December 2011 or the fiscal year 2011/12, unless fiscal
    ///   years start in December), `2023-2024` (two years or a fiscal
    ///   year: write `2023/2024` or `2023/24`);
    /// - what counts from when it was written: 去年, 今年, 上年, 本年度,
    ///   上季度, 前一季度 (the quarter before, not the first), 同期,
    ///   "last year", "this quarter", "year to date";
    /// - a form that needs what `context` lacks (上半年 with no year,
    ///   `2024-25` with no fiscal start, `FY2024` with no label), two-digit
    ///   years (`FY24`), and parts out of range (`2023年第五季度`,
    ///   `2023年6-1月`).
    ///
    /// # Errors
    ///
    /// [`Error::Period`], lowercase, quoting the text and saying what is
    /// wrong: `invalid quarter 5 in "2023年第五季度"`,
    /// `ambiguous period "2011-12": the month 2011-12 or the fiscal year 2011/12`,
    /// `relative period "去年": "去年" counts from when the text was written`,
    /// `period "上半年" names no year, and none was given`,
    /// `fiscal year "2024-25" needs its start month, and none was given`,
    /// `invalid period "2023 Sommer": unknown word "sommer" at character 5`.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{FiscalLabel, FiscalStart, Period, PeriodContext};
    ///
    /// let none = PeriodContext::new();
    /// assert_eq!(Period::from_text("2023-H1", none)?, "2023-S1".parse()?);
    /// assert_eq!(Period::from_text("first half of 2023", none)?, "2023-S1".parse()?);
    /// assert_eq!(Period::from_text("Q2 2023", none)?, "2023-Q2".parse()?);
    /// assert_eq!(Period::from_text("2023年一季度", none)?, "2023-Q1".parse()?);
    /// assert_eq!(Period::from_text("2023年1—9月", none)?, "2023-01-01/2023-09-30".parse()?);
    ///
    /// let in_2023 = none.with_year(2023)?;
    /// assert_eq!(Period::from_text("前三季度", in_2023)?.to_string(), "2023-01-01/2023-09-30");
    ///
    /// let australia = none.with_fiscal_start(FiscalStart::new(7)?.labelled_by(FiscalLabel::EndYear));
    /// assert_eq!(Period::from_text("2023/24", australia)?.to_string(), "FY2023-07");
    /// assert_eq!(Period::from_text("FY2024", australia)?.to_string(), "FY2023-07");
    ///
    /// assert_eq!(
    ///     Period::from_text("FY2024", none).unwrap_err().to_string(),
    ///     r#"fiscal year "FY2024" needs its start month, and none was given"#
    /// );
    /// assert_eq!(
    ///     Period::from_text("2011-12", australia).unwrap_err().to_string(),
    ///     r#"ambiguous period "2011-12": the month 2011-12 or the fiscal year 2011/12"#
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_text(text: &str, context: PeriodContext) -> Result<Self> {
        written::Reader { text, context }.read()
    }
}

/// The reader of [`Period::from_text`]: text normalized a character for a
/// character, cut into tokens by two tables of words, then matched against
/// the forms by shape.
mod written {
    use super::{
        Error, FiscalLabel, MAX_WRITTEN, NaiveDate, Period, PeriodContext, Quoted, Result,
        WRITTEN_FORMS, months_end,
    };

    /// A word of a period form, as the tables read it.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(super) enum Word {
        /// `FY`.
        Fy,
        /// "fiscal".
        Fiscal,
        /// "financial".
        Financial,
        /// "year".
        Year,
        /// "half".
        Half,
        /// "quarter".
        Quarter,
        /// "quarters".
        Quarters,
        /// "of".
        Of,
        /// "the".
        The,
        /// `H` of `H1`.
        H,
        /// `Q` of `Q2`.
        Q,
        /// `S` of `2023-S1`.
        S,
        /// "first" to "fourth", and `1st` to `4th` once joined.
        Ordinal(u8),
        /// "two", "three".
        Count(u8),
        /// The `st`, `nd`, `rd` or `th` of an ordinal: 1, 2, 3, or 4 for `th`.
        Suffix(u8),
        /// 年.
        Nian,
        /// 年度.
        Niandu,
        /// 全年.
        FullYear,
        /// 月, 月份.
        Yue,
        /// 日, 号.
        Ri,
        /// 第.
        Di,
        /// 前 of 前三季度.
        Qian,
        /// 季度.
        Jidu,
        /// 上半年.
        UpperHalf,
        /// 下半年.
        LowerHalf,
        /// 至, 到.
        To,
        /// 一 to 十二, and 两.
        Numeral(u8),
    }

    /// The English words, each a whole run of ASCII letters, lowercase.
    pub(super) const ENGLISH: &[(&str, Word)] = &[
        ("fy", Word::Fy),
        ("fiscal", Word::Fiscal),
        ("financial", Word::Financial),
        ("year", Word::Year),
        ("half", Word::Half),
        ("quarter", Word::Quarter),
        ("quarters", Word::Quarters),
        ("of", Word::Of),
        ("the", Word::The),
        ("h", Word::H),
        ("q", Word::Q),
        ("s", Word::S),
        ("first", Word::Ordinal(1)),
        ("second", Word::Ordinal(2)),
        ("third", Word::Ordinal(3)),
        ("fourth", Word::Ordinal(4)),
        ("two", Word::Count(2)),
        ("three", Word::Count(3)),
        ("st", Word::Suffix(1)),
        ("nd", Word::Suffix(2)),
        ("rd", Word::Suffix(3)),
        ("th", Word::Suffix(4)),
    ];

    /// The Chinese words; the longest that matches is read.
    pub(super) const CHINESE: &[(&str, Word)] = &[
        ("年", Word::Nian),
        ("年度", Word::Niandu),
        ("全年", Word::FullYear),
        ("月", Word::Yue),
        ("月份", Word::Yue),
        ("日", Word::Ri),
        ("号", Word::Ri),
        ("第", Word::Di),
        ("前", Word::Qian),
        ("季度", Word::Jidu),
        ("上半年", Word::UpperHalf),
        ("下半年", Word::LowerHalf),
        ("至", Word::To),
        ("到", Word::To),
        ("一", Word::Numeral(1)),
        ("二", Word::Numeral(2)),
        ("两", Word::Numeral(2)),
        ("三", Word::Numeral(3)),
        ("四", Word::Numeral(4)),
        ("五", Word::Numeral(5)),
        ("六", Word::Numeral(6)),
        ("七", Word::Numeral(7)),
        ("八", Word::Numeral(8)),
        ("九", Word::Numeral(9)),
        ("十", Word::Numeral(10)),
        ("十一", Word::Numeral(11)),
        ("十二", Word::Numeral(12)),
    ];

    /// Words that date a period from when the text was written, which the
    /// reader does not know: refused wherever they occur.
    pub(super) const RELATIVE: &[&str] = &[
        "去年",
        "今年",
        "明年",
        "前年",
        "上年",
        "本年",
        "当年",
        "同期",
        "上季度",
        "本季度",
        "下季度",
        "前一季度",
        "上月",
        "本月",
        "下月",
        "last year",
        "this year",
        "next year",
        "previous year",
        "last quarter",
        "this quarter",
        "next quarter",
        "previous quarter",
        "last month",
        "this month",
        "next month",
        "year to date",
        "ytd",
    ];

    /// A run of ASCII digits: its value (`u32::MAX` when larger) and the
    /// digits as written.
    #[derive(Debug, Clone, Copy)]
    struct Num<'a> {
        value: u32,
        digits: &'a str,
    }

    /// A token of normalized text.
    #[derive(Debug, Clone, Copy)]
    enum Tok<'a> {
        Num(Num<'a>),
        W(Word),
        /// `-` or any dash.
        Dash,
        /// `/`.
        Slash,
        /// `~`, `～` or `〜`.
        Tilde,
    }

    /// What a Chinese form says, before its numbers are checked.
    enum Zh {
        Year,
        Half(u32),
        Quarter(u32),
        FirstQuarters(u32),
        Month(u32),
        Day(u32, u32),
        Months(u32, u32),
    }

    /// A half or a quarter.
    #[derive(Clone, Copy)]
    enum Part {
        Half,
        Quarter,
    }

    /// The text the caller gave and the context to fill its gaps.
    pub(super) struct Reader<'t> {
        pub(super) text: &'t str,
        pub(super) context: PeriodContext,
    }

    /// A character as the reader sees it: full-width ASCII as ASCII, any
    /// dash as `-`, any white space as a space, ASCII letters lowercase. One
    /// character gives one, so positions carry over.
    fn normalize(c: char) -> char {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' => '-',
            '\u{301C}' => '~',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        c.to_ascii_lowercase()
    }

    /// The value of a count: digits or a Chinese numeral.
    fn count(tok: &Tok<'_>) -> Option<u32> {
        match tok {
            Tok::Num(num) => Some(num.value),
            Tok::W(Word::Numeral(n)) => Some(u32::from(*n)),
            _ => None,
        }
    }

    /// Whether `tok` joins the two ends of a Chinese range of months.
    fn joins(tok: &Tok<'_>) -> bool {
        matches!(tok, Tok::Dash | Tok::Tilde | Tok::W(Word::To))
    }

    /// The year of an English form's tail: `Some(Some(year))` for "2023" or
    /// "of 2023", `Some(None)` for nothing or "of the year" (the context's
    /// year), `None` for any other tail.
    fn year_tail<'a>(tail: &[Tok<'a>]) -> Option<Option<Num<'a>>> {
        match tail {
            [] | [Tok::W(Word::Of), Tok::W(Word::The), Tok::W(Word::Year)] => Some(None),
            [Tok::Num(year)] | [Tok::W(Word::Of), Tok::Num(year)] => Some(Some(*year)),
            _ => None,
        }
    }

    /// What the Chinese words after a year say; `after_nian` when the year
    /// was written with 年, so that nothing more is the year itself.
    fn zh_form(rest: &[Tok<'_>], after_nian: bool) -> Option<Zh> {
        use Tok::W;
        Some(match rest {
            [] if after_nian => Zh::Year,
            [W(Word::Niandu | Word::FullYear)] => Zh::Year,
            [W(Word::UpperHalf)] => Zh::Half(1),
            [W(Word::LowerHalf)] => Zh::Half(2),
            [W(Word::Di), n, W(Word::Jidu)] | [n, W(Word::Jidu)] => Zh::Quarter(count(n)?),
            [W(Word::Qian), n, W(Word::Jidu)] => Zh::FirstQuarters(count(n)?),
            [month, W(Word::Yue)] => Zh::Month(count(month)?),
            [month, W(Word::Yue), day, W(Word::Ri)] => Zh::Day(count(month)?, count(day)?),
            [first, join, last, W(Word::Yue)] | [first, W(Word::Yue), join, last, W(Word::Yue)]
                if joins(join) =>
            {
                Zh::Months(count(first)?, count(last)?)
            }
            _ => return None,
        })
    }

    impl Reader<'_> {
        /// Reads the text.
        pub(super) fn read(&self) -> Result<Period> {
            if self.text.chars().nth(MAX_WRITTEN).is_some() {
                return Err(self.error(format!(
                    "a period is written in at most {MAX_WRITTEN} characters"
                )));
            }
            let normal: String = self.text.chars().map(normalize).collect();
            self.refuse_relative(&normal)?;
            let tokens = self.ordinals(self.tokens(&normal)?)?;
            let tokens = match tokens.as_slice() {
                [Tok::W(Word::The), rest @ ..] => rest,
                all => all,
            };
            let (fiscal, body) = match tokens {
                [Tok::W(Word::Fy), body @ ..]
                | [
                    Tok::W(Word::Fiscal | Word::Financial),
                    Tok::W(Word::Year),
                    body @ ..,
                ]
                | [Tok::W(Word::Fiscal), body @ ..]
                | [body @ .., Tok::W(Word::Fy)]
                | [
                    body @ ..,
                    Tok::W(Word::Fiscal | Word::Financial),
                    Tok::W(Word::Year),
                ] => (true, body),
                body => (false, body),
            };
            let read = if fiscal {
                self.fiscal(body)
            } else {
                self.english(body).or_else(|| self.chinese(body))
            };
            read.unwrap_or_else(|| {
                Err(self.error(format!("expected a form such as {WRITTEN_FORMS}")))
            })
        }

        /// `invalid period "<text>": <why>`.
        fn error(&self, why: String) -> Error {
            Error::Period(format!("invalid period {}: {why}", Quoted(self.text)))
        }

        /// `invalid <what> <value> in "<text>"`, as [`FromStr`](std::str::FromStr) says it.
        fn part_error(&self, what: &str, value: u32) -> Error {
            Error::Period(format!("invalid {what} {value} in {}", Quoted(self.text)))
        }

        /// Refuses the text if it holds a relative word.
        fn refuse_relative(&self, normal: &str) -> Result<()> {
            let first = RELATIVE
                .iter()
                .filter_map(|word| normal.find(word).map(|at| (at, *word)))
                .min();
            match first {
                Some((_, word)) => Err(Error::Period(format!(
                    "relative period {}: {word:?} counts from when the text was written",
                    Quoted(self.text)
                ))),
                None => Ok(()),
            }
        }

        /// Cuts normalized text into tokens; a space separates, and is no
        /// token.
        fn tokens<'a>(&self, normal: &'a str) -> Result<Vec<Tok<'a>>> {
            let mut tokens = Vec::new();
            let mut rest = normal;
            let mut at = 0;
            while let Some(c) = rest.chars().next() {
                let run = |keep: fn(&char) -> bool| {
                    let len = rest.find(|c: char| !keep(&c)).unwrap_or(rest.len());
                    rest.split_at(len)
                };
                let (word, tail) = if c.is_ascii_digit() {
                    let (digits, tail) = run(char::is_ascii_digit);
                    let value = digits.bytes().try_fold(0u32, |value, digit| {
                        value.checked_mul(10)?.checked_add(u32::from(digit - b'0'))
                    });
                    tokens.push(Tok::Num(Num {
                        value: value.unwrap_or(u32::MAX),
                        digits,
                    }));
                    (digits, tail)
                } else if c.is_ascii_alphabetic() {
                    let (letters, tail) = run(char::is_ascii_alphabetic);
                    let Some((_, word)) = ENGLISH.iter().find(|(name, _)| *name == letters) else {
                        return Err(
                            self.error(format!("unknown word {letters:?} at character {at}"))
                        );
                    };
                    tokens.push(Tok::W(*word));
                    (letters, tail)
                } else if let Some(token) = match c {
                    ' ' => Some(None),
                    '-' => Some(Some(Tok::Dash)),
                    '/' => Some(Some(Tok::Slash)),
                    '~' => Some(Some(Tok::Tilde)),
                    _ => None,
                } {
                    tokens.extend(token);
                    rest.split_at(c.len_utf8())
                } else {
                    let longest = CHINESE
                        .iter()
                        .filter(|(name, _)| rest.starts_with(name))
                        .max_by_key(|(name, _)| name.len());
                    let Some((name, word)) = longest else {
                        let word = c.to_string();
                        return Err(self.error(format!("unknown word {word:?} at character {at}")));
                    };
                    tokens.push(Tok::W(*word));
                    rest.split_at(name.len())
                };
                at += word.chars().count();
                rest = tail;
            }
            Ok(tokens)
        }

        /// Joins a number and its ordinal suffix (`1st`, `2nd`, `3rd`,
        /// `4th`) into an ordinal, checking the suffix.
        fn ordinals<'a>(&self, tokens: Vec<Tok<'a>>) -> Result<Vec<Tok<'a>>> {
            let mut joined = Vec::with_capacity(tokens.len());
            let mut tokens = tokens.into_iter().peekable();
            while let Some(token) = tokens.next() {
                let (Tok::Num(num), Some(Tok::W(Word::Suffix(suffix)))) = (token, tokens.peek())
                else {
                    joined.push(token);
                    continue;
                };
                let expected = match (num.value % 100, num.value % 10) {
                    (11..=13, _) => 4,
                    (_, ones @ 1..=3) => ones,
                    _ => 4,
                };
                let ordinal = u8::try_from(num.value)
                    .ok()
                    .filter(|_| expected == u32::from(*suffix));
                let Some(ordinal) = ordinal else {
                    let suffix = ["st", "nd", "rd", "th"][usize::from(suffix.clamp(&1, &4) - 1)];
                    return Err(Error::Period(format!(
                        "invalid ordinal \"{}{suffix}\" in {}",
                        num.digits,
                        Quoted(self.text)
                    )));
                };
                tokens.next();
                joined.push(Tok::W(Word::Ordinal(ordinal)));
            }
            Ok(joined)
        }

        /// A year the text names: four digits, not 0.
        fn year(&self, year: Num<'_>) -> Result<i32> {
            if year.digits.len() != 4 {
                return Err(Error::Period(format!(
                    "invalid year {:?} in {}: years have four digits",
                    year.digits,
                    Quoted(self.text)
                )));
            }
            if year.value == 0 {
                return Err(self.part_error("year", 0));
            }
            i32::try_from(year.value).map_err(|_| self.part_error("year", year.value))
        }

        /// The year the text names, or else the context's.
        fn year_or_context(&self, year: Option<Num<'_>>) -> Result<i32> {
            match (year, self.context.year) {
                (Some(year), _) => self.year(year),
                (None, Some(year)) => Ok(year),
                (None, None) => Err(Error::Period(format!(
                    "period {} names no year, and none was given",
                    Quoted(self.text)
                ))),
            }
        }

        /// A half or a quarter `n` of a year.
        fn part(&self, year: Option<Num<'_>>, part: Part, n: u32) -> Result<Period> {
            let (what, last) = match part {
                Part::Half => ("half", 2),
                Part::Quarter => ("quarter", 4),
            };
            let n = u8::try_from(n)
                .ok()
                .filter(|n| (1..=last).contains(n))
                .ok_or_else(|| self.part_error(what, n))?;
            let year = self.year_or_context(year)?;
            match part {
                Part::Half => Period::half(year, n),
                Part::Quarter => Period::quarter(year, n),
            }
        }

        /// A month 1 to 12.
        fn month(&self, month: u32) -> Result<u8> {
            u8::try_from(month)
                .ok()
                .filter(|month| (1..=12).contains(month))
                .ok_or_else(|| self.part_error("month", month))
        }

        /// A date of the text.
        fn date(&self, year: i32, month: u32, day: u32) -> Result<NaiveDate> {
            let month = self.month(month)?;
            NaiveDate::from_ymd_opt(year, month.into(), day)
                .ok_or_else(|| self.part_error("day", day))
        }

        /// The days from the 1st of `first` to the end of `last`, months of
        /// `year`.
        fn months(&self, year: i32, first: u32, last: u32) -> Result<Period> {
            let (first, last) = (self.month(first)?, self.month(last)?);
            if first >= last {
                return Err(Error::Period(format!(
                    "invalid months {first}-{last} in {}: the first month is not before the last",
                    Quoted(self.text)
                )));
            }
            let start = NaiveDate::from_ymd_opt(year, first.into(), 1)
                .ok_or_else(|| self.part_error("month", first.into()))?;
            let end = months_end(start, u32::from(last - first) + 1)
                .ok_or_else(|| self.part_error("month", last.into()))?;
            Period::dates(start, end)
        }

        /// The forms written with digits, dashes and English words.
        fn english(&self, body: &[Tok<'_>]) -> Option<Result<Period>> {
            use Tok::{Dash, Num as N, Slash, W};
            Some(match body {
                [N(year)] => self.year(*year).and_then(Period::year),
                [N(year), Dash, N(n)] => self.dash_pair(*year, *n),
                [N(year), Slash, N(n)] => self.slash_pair(*year, *n),
                [N(year), Dash, N(month), Dash, N(day)] => self
                    .year(*year)
                    .and_then(|year| self.date(year, month.value, day.value))
                    .and_then(Period::day),
                [
                    N(y1),
                    Dash,
                    N(m1),
                    Dash,
                    N(d1),
                    Slash,
                    N(y2),
                    Dash,
                    N(m2),
                    Dash,
                    N(d2),
                ] => (|| {
                    let start = self.date(self.year(*y1)?, m1.value, d1.value)?;
                    let end = self.date(self.year(*y2)?, m2.value, d2.value)?;
                    Period::dates(start, end)
                })(),
                [N(year), Dash, W(Word::H | Word::S), N(n)]
                | [N(year), W(Word::H | Word::S), N(n)]
                | [W(Word::H | Word::S), N(n), N(year)] => {
                    self.part(Some(*year), Part::Half, n.value)
                }
                [W(Word::H | Word::S), N(n)] => self.part(None, Part::Half, n.value),
                [N(year), Dash, W(Word::Q), N(n)]
                | [N(year), W(Word::Q), N(n)]
                | [W(Word::Q), N(n), N(year)] => self.part(Some(*year), Part::Quarter, n.value),
                [W(Word::Q), N(n)] => self.part(None, Part::Quarter, n.value),
                [W(Word::Ordinal(n)), W(Word::Half), tail @ ..] => {
                    self.part(year_tail(tail)?, Part::Half, u32::from(*n))
                }
                [W(Word::Ordinal(n)), W(Word::Quarter), tail @ ..] => {
                    self.part(year_tail(tail)?, Part::Quarter, u32::from(*n))
                }
                [W(Word::Ordinal(1)), quarters, W(Word::Quarters), tail @ ..] => {
                    let quarters = match quarters {
                        W(Word::Count(n)) => u32::from(*n),
                        N(n) => n.value,
                        _ => return None,
                    };
                    self.first_quarters(year_tail(tail)?, quarters)
                }
                _ => return None,
            })
        }

        /// The forms written with 年, 月, 季度 and the other Chinese words:
        /// a year (2023年, or four digits before a form, 2023上半年), then a
        /// form, or a form alone in the context's year.
        fn chinese(&self, body: &[Tok<'_>]) -> Option<Result<Period>> {
            use Tok::{Num as N, W};
            let (year, form) = match body {
                [N(year), W(Word::Nian), rest @ ..] => (Some(*year), zh_form(rest, true)?),
                [N(year), rest @ ..]
                    if year.digits.len() == 4 && zh_form(rest, false).is_some() =>
                {
                    (Some(*year), zh_form(rest, false)?)
                }
                rest => (None, zh_form(rest, false)?),
            };
            Some(self.year_or_context(year).and_then(|y| match form {
                Zh::Year => Period::year(y),
                Zh::Half(half) => self.part(year, Part::Half, half),
                Zh::Quarter(quarter) => self.part(year, Part::Quarter, quarter),
                Zh::FirstQuarters(quarters) => self.first_quarters(year, quarters),
                Zh::Month(month) => Period::month(y, self.month(month)?),
                Zh::Day(month, day) => Period::day(self.date(y, month, day)?),
                Zh::Months(first, last) => self.months(y, first, last),
            }))
        }

        /// The first two or three quarters of a year, as a date range.
        fn first_quarters(&self, year: Option<Num<'_>>, quarters: u32) -> Result<Period> {
            let year = self.year_or_context(year)?;
            if !(2..=3).contains(&quarters) {
                return Err(self.error(format!(
                    "the first quarters of a year are two or three of them, not {quarters}"
                )));
            }
            self.months(year, 1, quarters * 3)
        }

        /// `2023-05` (a month), `2024-25` (a fiscal year) or `2001-2023`
        /// (years).
        fn dash_pair(&self, year: Num<'_>, n: Num<'_>) -> Result<Period> {
            let first = self.year(year)?;
            let next = (first + 1) % 100;
            if n.digits.len() == 4 {
                let last = self.year(n)?;
                if last == first + 1 {
                    return Err(Error::Period(format!(
                        "ambiguous period {}: the years {first:04}/{last:04} or the fiscal year \
                         {first:04}/{next:02}",
                        Quoted(self.text)
                    )));
                }
                return Period::years(first, last);
            }
            let month = n.digits.len() <= 2 && (1..=12).contains(&n.value);
            let fiscal = n.digits.len() == 2 && i64::from(n.value) == i64::from(next);
            match (month, fiscal) {
                (true, true) => Err(Error::Period(format!(
                    "ambiguous period {}: the month {first:04}-{next:02} or the fiscal year \
                     {first:04}/{next:02}",
                    Quoted(self.text)
                ))),
                (true, false) => Period::month(first, self.month(n.value)?),
                (false, true) => self.two_years(first),
                (false, false) => Err(self.error(format!(
                    "{} is neither a month nor the end of a fiscal year from {first:04} \
                     ({first:04}-{next:02})",
                    n.digits
                ))),
            }
        }

        /// `2001/2023` (years) or `2023/24` (a fiscal year).
        fn slash_pair(&self, year: Num<'_>, n: Num<'_>) -> Result<Period> {
            let first = self.year(year)?;
            match n.digits.len() {
                4 => Period::years(first, self.year(n)?),
                2 => self.two_digit_end(first, n, "/"),
                _ => Err(self.error(format!("expected a form such as {WRITTEN_FORMS}"))),
            }
        }

        /// A fiscal year from `first` whose end is written with two digits
        /// after `sep`: the year after `first`, or an error.
        fn two_digit_end(&self, first: i32, n: Num<'_>, sep: &str) -> Result<Period> {
            let next = (first + 1) % 100;
            if i64::from(n.value) == i64::from(next) {
                return self.two_years(first);
            }
            Err(Error::Period(format!(
                "invalid fiscal year {}: a fiscal year from {first:04} ends in {:04} \
                 ({first:04}{sep}{next:02})",
                Quoted(self.text),
                first + 1
            )))
        }

        /// The forms after `FY`, "fiscal year" or "financial year", or before
        /// the last two.
        fn fiscal(&self, body: &[Tok<'_>]) -> Option<Result<Period>> {
            use Tok::{Dash, Num as N, Slash};
            Some(match body {
                [N(year)] => self.one_year(*year),
                [N(year), sep @ (Dash | Slash), N(n)] => (|| {
                    let first = self.year(*year)?;
                    let next = (first + 1) % 100;
                    let dash = matches!(sep, Dash);
                    match n.digits.len() {
                        4 if i64::from(self.year(*n)?) == i64::from(first) + 1 => {
                            self.two_years(first)
                        }
                        4 => Err(Error::Period(format!(
                            "invalid fiscal year {}: a fiscal year from {first:04} ends in {:04}",
                            Quoted(self.text),
                            first + 1
                        ))),
                        1 | 2 if dash && (1..=12).contains(&n.value) => {
                            // FY2024-07: dated by its start month, unless the
                            // digits are also the next year's (FY2011-12).
                            let month = self.month(n.value)?;
                            let dated = Period::fiscal_year(first, month)?;
                            if n.digits.len() < 2 || i64::from(n.value) != i64::from(next) {
                                return Ok(dated);
                            }
                            match self.context.fiscal {
                                Some(fiscal) if fiscal.month == month => Ok(dated),
                                _ => Err(Error::Period(format!(
                                    "ambiguous period {}: the fiscal year from {} {first:04} \
                                     (FY{first:04}-{month:02}) or the fiscal year {first:04}/{next:02}",
                                    Quoted(self.text),
                                    crate::text::lexicon::MONTH_NAMES[usize::from(month - 1)]
                                ))),
                            }
                        }
                        2 => self.two_digit_end(first, *n, if dash { "-" } else { "/" }),
                        _ => Err(self.error(format!("expected a form such as {WRITTEN_FORMS}"))),
                    }
                })(),
                _ => return None,
            })
        }

        /// A fiscal year named by its two years, from `first`: the context's
        /// start month says which.
        fn two_years(&self, first: i32) -> Result<Period> {
            let Some(fiscal) = self.context.fiscal else {
                return Err(Error::Period(format!(
                    "fiscal year {} needs its start month, and none was given",
                    Quoted(self.text)
                )));
            };
            if fiscal.month == 1 {
                return Err(Error::Period(format!(
                    "invalid fiscal year {}: it spans two years, and the fiscal years given \
                     start in january",
                    Quoted(self.text)
                )));
            }
            Period::fiscal_year(first, fiscal.month)
        }

        /// A fiscal year named by one year: the context's start month and
        /// label say which.
        fn one_year(&self, year: Num<'_>) -> Result<Period> {
            let year = self.year(year)?;
            let Some(fiscal) = self.context.fiscal else {
                return Err(Error::Period(format!(
                    "fiscal year {} needs its start month, and none was given",
                    Quoted(self.text)
                )));
            };
            let start = match (fiscal.month, fiscal.label) {
                (1, _) | (_, Some(FiscalLabel::StartYear)) => year,
                (_, Some(FiscalLabel::EndYear)) => year - 1,
                (_, None) => {
                    return Err(Error::Period(format!(
                        "fiscal year {} is named by one year, the year it starts or ends in, \
                         and the label was not given",
                        Quoted(self.text)
                    )));
                }
            };
            if start < 1 {
                return Err(Error::Period(format!(
                    "invalid fiscal year {}: it would start in year 0, and years are 1 to 9999",
                    Quoted(self.text)
                )));
            }
            Period::fiscal_year(start, fiscal.month)
        }
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
