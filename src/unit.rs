//! Units, their dimensions and exact conversions.
//!
//! A [`Unit`] is what a figure counts or measures. Its text form is the code
//! of FORMATS.md (`percent`, `CNY`, `people`, `other:business entities`,
//! `μg/m3`), and [`Display`](fmt::Display) and [`FromStr`] are an exact pair.
//!
//! Only units of one [`Dimension`] compare: percent never against
//! percentage points, a currency only with itself, a count of people only
//! with people or with the generic classifier `items`.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use rust_decimal::Decimal;

use crate::error::Quoted;
use crate::{Error, Result};

/// What a figure counts or measures.
///
/// The variants hold no more than a pointer, so that a
/// [`Quantity`](crate::Quantity) stays small; nouns and compound units are
/// shared behind [`Arc`]s.
///
/// # Examples
///
/// ```
/// use workreport::Unit;
///
/// let jin: Unit = "jin".parse()?;
/// let tonnes: Unit = "tonnes".parse()?;
/// let grain = jin.convert("1.3".parse()?, &tonnes)?;
/// assert_eq!(grain.value.to_string(), "0.00065");
/// assert!(grain.exact);
///
/// assert_eq!("other:business entities".parse::<Unit>()?.to_string(), "other:business entities");
/// assert!(!Unit::Percent.is_compatible(&Unit::PercentagePoints));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// `percent`: a share in hundredths.
    Percent,
    /// `percentage_points`: the difference of two rates, never a percent.
    PercentagePoints,
    /// `per_mille`: a share in thousandths (‰).
    PerMille,
    /// `fraction`: a share written as a fraction ("1/8" has value 0.125).
    Fraction,
    /// `times`: a multiple (倍).
    Times,
    /// Money in an ISO 4217 currency (`CNY` for 元, yuan and RMB).
    Money(Currency),
    /// `dollar`: a bare `$` or "dollars" whose currency the text does not say.
    Dollar,
    /// `people` (人, 名, people, persons).
    People,
    /// `jobs`.
    Jobs,
    /// `households` (户 of households).
    Households,
    /// `person_times` (人次).
    PersonTimes,
    /// `cases` (起, 件 of cases).
    Cases,
    /// `items`: a generic classifier (个, 项, 件) with no English noun.
    Items,
    /// `other:<noun>`: a count of a noun with no code of its own.
    Other(Noun),
    /// `tonnes`.
    Tonnes,
    /// `kg`.
    Kg,
    /// `jin` (斤), half a kilogram.
    Jin,
    /// `g`, grams.
    Grams,
    /// `μg`, micrograms.
    Micrograms,
    /// `mg`, milligrams.
    Milligrams,
    /// `mu` (亩), one fifteenth of a hectare.
    Mu,
    /// `hectares`.
    Hectares,
    /// `square_km`.
    SquareKm,
    /// `km`.
    Km,
    /// `m3`, cubic metres.
    CubicMetres,
    /// `years`.
    Years,
    /// `months`.
    Months,
    /// `days`.
    Days,
    /// `kw`, kilowatts (千瓦).
    Kw,
    /// `A/B`: one unit per another (`μg/m3`, `CNY/person`).
    Per(CompoundUnit),
}

/// The kind of thing a unit measures; only units of one dimension compare.
///
/// # Examples
///
/// ```
/// use workreport::{Dimension, Unit};
///
/// assert_eq!(Unit::Jin.dimension(), Dimension::Mass);
/// assert_eq!(Unit::Percent.dimension(), Dimension::Share);
/// assert_eq!(Unit::PercentagePoints.dimension(), Dimension::PercentagePoints);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Dimension {
    /// A share of a whole: percent, per mille, fraction.
    Share,
    /// A difference of two rates.
    PercentagePoints,
    /// A multiple.
    Multiple,
    /// Money.
    Money,
    /// A count of things.
    Count,
    /// Mass: tonnes, kg, jin, g, mg, μg.
    Mass,
    /// Area: mu, hectares, square km.
    Area,
    /// Length.
    Length,
    /// Volume.
    Volume,
    /// Years and months.
    Duration,
    /// Days (no exact conversion to months or years).
    Days,
    /// Power.
    Power,
    /// One unit per another.
    Compound,
}

/// What a count counts, beyond its noun: the thing two counts must share
/// to compare. People, persons, jobs (in an employment figure a job is a
/// person employed), and nouns for people (workers, residents, 群众, 学生)
/// are one thing; a household, a person-time and a case are others; a
/// classifier with no noun (`items`, 个, 项) counts anything; any other noun
/// counts itself.
///
/// # Examples
///
/// ```
/// use workreport::{Counted, Unit};
///
/// assert_eq!(Unit::Jobs.counted(), Some(Counted::People));
/// assert_eq!("other:residents".parse::<Unit>()?.counted(), Some(Counted::People));
/// assert_eq!(Unit::Households.counted(), Some(Counted::Households));
/// assert_eq!(Unit::Percent.counted(), None);
/// assert_eq!(Counted::People.to_string(), "people");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Counted {
    /// People: `people`, `jobs`, and nouns for people.
    People,
    /// Households (户).
    Households,
    /// Person-times (人次): visits, not people.
    PersonTimes,
    /// Cases (起, 件 of cases).
    Cases,
    /// Anything: a classifier with no noun (`items`).
    Anything,
    /// The things a noun names (`other:<noun>`), as written.
    Noun(Noun),
}

impl fmt::Display for Counted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Counted::People => f.write_str("people"),
            Counted::Households => f.write_str("households"),
            Counted::PersonTimes => f.write_str("person-times"),
            Counted::Cases => f.write_str("cases"),
            Counted::Anything => f.write_str("things of any kind"),
            Counted::Noun(n) => f.write_str(n.as_str()),
        }
    }
}

/// The English scale words, which no counted noun starts with.
const SCALE_WORDS: &[&str] = &[
    "thousand", "million", "billion", "trillion", "bn", "mn", "lakh", "lakhs", "crore", "crores",
];

/// Nouns, English and Chinese, that count people, as a counted noun after
/// a figure writes them.
const PEOPLE_NOUNS: &[&str] = &[
    "persons",
    "individuals",
    "workers",
    "employees",
    "residents",
    "citizens",
    "villagers",
    "farmers",
    "migrants",
    "students",
    "graduates",
    "teachers",
    "doctors",
    "patients",
    "officers",
    "volunteers",
    "women",
    "men",
    "children",
    "人员",
    "群众",
    "居民",
    "村民",
    "农民",
    "职工",
    "员工",
    "学生",
    "毕业生",
    "教师",
    "医生",
    "患者",
    "志愿者",
    "人口",
];

/// A value converted to another unit.
///
/// # Examples
///
/// ```
/// use workreport::Unit;
///
/// let c = Unit::Mu.convert("15".parse()?, &Unit::Hectares)?;
/// assert_eq!(c.value.to_string(), "1");
/// assert!(c.exact);
/// let c = Unit::Mu.convert("1".parse()?, &Unit::Hectares)?;
/// assert!(!c.exact); // one fifteenth does not terminate in decimal
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Converted {
    /// The value in the target unit, rounded to `Decimal`'s precision when
    /// not exact.
    pub value: Decimal,
    /// Whether the conversion is exact.
    pub exact: bool,
}

/// An ISO 4217 currency code: three ASCII capital letters.
///
/// # Examples
///
/// ```
/// use workreport::Currency;
///
/// assert_eq!(Currency::new("CNY")?, Currency::CNY);
/// assert_eq!(Currency::new("cny").unwrap_err().to_string(),
///            r#"invalid currency "cny": expected three capital letters (ISO 4217)"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    /// Chinese yuan (元, yuan, RMB).
    pub const CNY: Currency = Currency(*b"CNY");
    /// US dollar.
    pub const USD: Currency = Currency(*b"USD");
    /// Pound sterling.
    pub const GBP: Currency = Currency(*b"GBP");
    /// Australian dollar.
    pub const AUD: Currency = Currency(*b"AUD");
    /// Indian rupee.
    pub const INR: Currency = Currency(*b"INR");
    /// South African rand.
    pub const ZAR: Currency = Currency(*b"ZAR");
    /// Philippine peso (₱, and P before an amount: "P5.7 trillion").
    pub const PHP: Currency = Currency(*b"PHP");
    /// Malaysian ringgit (RM).
    pub const MYR: Currency = Currency(*b"MYR");
    /// Euro (€).
    pub const EUR: Currency = Currency(*b"EUR");

    /// A currency from a code the crate's own tables know to be three
    /// capitals; a wrong code in a table fails to compile.
    pub(crate) const fn known(code: &[u8; 3]) -> Currency {
        assert!(
            code[0].is_ascii_uppercase()
                && code[1].is_ascii_uppercase()
                && code[2].is_ascii_uppercase()
        );
        Currency(*code)
    }

    /// A currency from its ISO 4217 code.
    ///
    /// # Errors
    ///
    /// [`Error::Unit`] unless the code is three ASCII capital letters.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::Currency::new("USD")?.as_str(), "USD");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(code: &str) -> Result<Currency> {
        match code.as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_uppercase) => Ok(Currency([a, b, c])),
            _ => Err(Error::Unit(format!(
                "invalid currency {}: expected three capital letters (ISO 4217)",
                Quoted(code)
            ))),
        }
    }

    /// The code, such as `"CNY"`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::Currency::CNY.as_str(), "CNY");
    /// ```
    pub fn as_str(&self) -> &str {
        // The constructor admits only ASCII capitals.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The counted noun of an `other:<noun>` unit: lowercase, not blank, with
/// no `/` and no surrounding or doubled spaces.
///
/// # Examples
///
/// ```
/// use workreport::Noun;
///
/// assert_eq!(Noun::new("business entities")?.as_str(), "business entities");
/// assert!(Noun::new("Sites").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Noun(Arc<String>);

impl Noun {
    /// The longest noun accepted, in characters.
    pub const MAX_CHARS: usize = 64;

    /// A noun, checked.
    ///
    /// # Errors
    ///
    /// [`Error::Unit`] when the noun is blank, longer than
    /// [`MAX_CHARS`](Self::MAX_CHARS), has an uppercase letter, a `/`, a
    /// control character, or leading, trailing or doubled spaces, or
    /// starts with a scale word (`million`, `bn`, `lakh`, `crore`: "4
    /// million" names a number, not four things called millions).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::Noun::new("").unwrap_err().to_string(),
    ///            r#"invalid noun "": must not be blank"#);
    /// assert_eq!(workreport::Noun::new("trillion").unwrap_err().to_string(),
    ///            r#"invalid noun "trillion": must not start with a scale word"#);
    /// ```
    pub fn new(noun: &str) -> Result<Noun> {
        let problem = if noun.trim().is_empty() {
            Some("must not be blank")
        } else if noun.chars().count() > Self::MAX_CHARS {
            Some("longer than 64 characters")
        } else if noun.chars().any(char::is_uppercase) {
            Some("must be lowercase")
        } else if noun.contains('/') {
            Some("must not contain '/'")
        } else if noun.chars().any(char::is_control) {
            Some("must not contain control characters")
        } else if noun != noun.trim() || noun.contains("  ") {
            Some("must not have leading, trailing or doubled spaces")
        } else if SCALE_WORDS.contains(
            &noun
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or(noun),
        ) {
            // "4 million" would read back as four million, not four of them,
            // and "4 mn个" as 4 million: the letters a noun starts with are
            // no scale word, whatever follows them.
            Some("must not start with a scale word")
        } else {
            None
        };
        match problem {
            Some(p) => Err(Error::Unit(format!("invalid noun {}: {p}", Quoted(noun)))),
            None => Ok(Noun(Arc::new(noun.to_owned()))),
        }
    }

    /// The noun as text.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::Noun::new("sites")?.as_str(), "sites");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A unit per another: `μg/m3`, `CNY/person`.
///
/// Neither side is itself compound.
///
/// # Examples
///
/// ```
/// use workreport::{CompoundUnit, Unit};
///
/// let per_person = CompoundUnit::new(Unit::Money(workreport::Currency::CNY), Unit::People)?;
/// assert_eq!(Unit::Per(per_person).to_string(), "CNY/person");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CompoundUnit(Arc<(Unit, Unit)>);

impl CompoundUnit {
    /// `numerator` per `denominator`.
    ///
    /// # Errors
    ///
    /// [`Error::Unit`] when either side is itself compound.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{CompoundUnit, Unit};
    ///
    /// let c = CompoundUnit::new(Unit::Micrograms, Unit::CubicMetres)?;
    /// assert_eq!(c.numerator(), &Unit::Micrograms);
    /// assert_eq!(c.denominator(), &Unit::CubicMetres);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(numerator: Unit, denominator: Unit) -> Result<CompoundUnit> {
        if matches!(numerator, Unit::Per(_)) || matches!(denominator, Unit::Per(_)) {
            return Err(Error::Unit(format!(
                "invalid compound unit {numerator}/{denominator}: a side of a compound unit cannot itself be compound"
            )));
        }
        Ok(CompoundUnit(Arc::new((numerator, denominator))))
    }

    /// The unit above the line.
    ///
    /// # Examples
    ///
    /// ```
    /// let u: workreport::Unit = "CNY/person".parse()?;
    /// let workreport::Unit::Per(c) = u else { unreachable!() };
    /// assert_eq!(c.numerator().to_string(), "CNY");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn numerator(&self) -> &Unit {
        &self.0.0
    }

    /// The unit below the line.
    ///
    /// # Examples
    ///
    /// ```
    /// let u: workreport::Unit = "CNY/person".parse()?;
    /// let workreport::Unit::Per(c) = u else { unreachable!() };
    /// assert_eq!(c.denominator(), &workreport::Unit::People);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn denominator(&self) -> &Unit {
        &self.0.1
    }
}

/// A conversion factor to the base unit of a dimension, as a fraction so
/// that one fifteenth (mu to hectares) stays exact until the last step.
#[derive(Clone, Copy)]
struct Factor {
    num: Decimal,
    den: Decimal,
}

impl Factor {
    fn new(num: i64, den: i64) -> Factor {
        Factor {
            num: Decimal::from(num),
            den: Decimal::from(den),
        }
    }

    /// `num / den`, reduced: hectares to mu is 15/1, not 30000/2000, so
    /// that converting a large value does not overflow on the way.
    fn scaled(num: Decimal, den: Decimal) -> Factor {
        if num.scale() == 0 && den.scale() == 0 {
            let (mut a, mut b) = (num.mantissa().unsigned_abs(), den.mantissa().unsigned_abs());
            while b != 0 {
                (a, b) = (b, a % b);
            }
            if a > 1
                && let (Ok(n), Ok(d)) = (
                    Decimal::try_from_i128_with_scale(num.mantissa() / a as i128, 0),
                    Decimal::try_from_i128_with_scale(den.mantissa() / a as i128, 0),
                )
            {
                return Factor { num: n, den: d };
            }
        }
        Factor { num, den }
    }
}

/// The plain codes, in one table that both `Display` and `FromStr` read.
const CODES: &[(&str, Unit)] = &[
    ("percent", Unit::Percent),
    ("percentage_points", Unit::PercentagePoints),
    ("per_mille", Unit::PerMille),
    ("fraction", Unit::Fraction),
    ("times", Unit::Times),
    ("dollar", Unit::Dollar),
    ("people", Unit::People),
    ("jobs", Unit::Jobs),
    ("households", Unit::Households),
    ("person_times", Unit::PersonTimes),
    ("cases", Unit::Cases),
    ("items", Unit::Items),
    ("tonnes", Unit::Tonnes),
    ("kg", Unit::Kg),
    ("jin", Unit::Jin),
    ("g", Unit::Grams),
    ("μg", Unit::Micrograms),
    ("mg", Unit::Milligrams),
    ("mu", Unit::Mu),
    ("hectares", Unit::Hectares),
    ("square_km", Unit::SquareKm),
    ("km", Unit::Km),
    ("m3", Unit::CubicMetres),
    ("years", Unit::Years),
    ("months", Unit::Months),
    ("days", Unit::Days),
    ("kw", Unit::Kw),
];

/// Singular forms of counted units, as a compound's denominator writes them.
const SINGULAR: &[(&str, Unit)] = &[
    ("person", Unit::People),
    ("job", Unit::Jobs),
    ("household", Unit::Households),
    ("person_time", Unit::PersonTimes),
    ("case", Unit::Cases),
    ("item", Unit::Items),
];

impl Unit {
    /// Chinese yuan: `Unit::Money(Currency::CNY)`.
    pub const CNY: Unit = Unit::Money(Currency::CNY);

    /// The dimension of this unit.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Dimension, Unit};
    ///
    /// assert_eq!(Unit::Mu.dimension(), Dimension::Area);
    /// assert_eq!("other:sites".parse::<Unit>()?.dimension(), Dimension::Count);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn dimension(&self) -> Dimension {
        match self {
            Unit::Percent | Unit::PerMille | Unit::Fraction => Dimension::Share,
            Unit::PercentagePoints => Dimension::PercentagePoints,
            Unit::Times => Dimension::Multiple,
            Unit::Money(_) | Unit::Dollar => Dimension::Money,
            Unit::People
            | Unit::Jobs
            | Unit::Households
            | Unit::PersonTimes
            | Unit::Cases
            | Unit::Items
            | Unit::Other(_) => Dimension::Count,
            Unit::Tonnes
            | Unit::Kg
            | Unit::Jin
            | Unit::Grams
            | Unit::Milligrams
            | Unit::Micrograms => Dimension::Mass,
            Unit::Mu | Unit::Hectares | Unit::SquareKm => Dimension::Area,
            Unit::Km => Dimension::Length,
            Unit::CubicMetres => Dimension::Volume,
            Unit::Years | Unit::Months => Dimension::Duration,
            Unit::Days => Dimension::Days,
            Unit::Kw => Dimension::Power,
            Unit::Per(_) => Dimension::Compound,
        }
    }

    /// Whether this unit counts whole things (people, cases, `other:<noun>`).
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(workreport::Unit::People.is_count());
    /// assert!(!workreport::Unit::Percent.is_count());
    /// ```
    pub fn is_count(&self) -> bool {
        self.dimension() == Dimension::Count
    }

    /// What a count counts ([`Counted`]); `None` for a unit that is no
    /// count.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Counted, Unit};
    /// assert_eq!(Unit::People.counted(), Unit::Jobs.counted());
    /// assert_eq!(Unit::Items.counted(), Some(Counted::Anything));
    /// ```
    pub fn counted(&self) -> Option<Counted> {
        Some(match self {
            Unit::People | Unit::Jobs => Counted::People,
            Unit::Households => Counted::Households,
            Unit::PersonTimes => Counted::PersonTimes,
            Unit::Cases => Counted::Cases,
            Unit::Items => Counted::Anything,
            Unit::Other(noun) if PEOPLE_NOUNS.contains(&noun.as_str()) => Counted::People,
            Unit::Other(noun) => Counted::Noun(noun.clone()),
            _ => return None,
        })
    }

    /// Whether values in the two units can be compared and converted.
    ///
    /// Units of one dimension are compatible, except that a currency is
    /// compatible only with itself (and a bare `dollar` only with `dollar`),
    /// and two counts only when they count one thing ([`Unit::counted`]:
    /// people, persons and jobs are one; households are another) or one is
    /// a classifier with no noun (`items`). Compound units are compatible
    /// side by side. Each figure keeps the noun it was written with.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Unit;
    ///
    /// assert!(Unit::Jin.is_compatible(&Unit::Tonnes));
    /// assert!(Unit::People.is_compatible(&Unit::Items));
    /// assert!(Unit::People.is_compatible(&Unit::Jobs));
    /// assert!(!Unit::People.is_compatible(&Unit::Households));
    /// assert!(!Unit::People.is_compatible(&Unit::Cases));
    /// assert!(!Unit::CNY.is_compatible(&Unit::Dollar));
    /// ```
    pub fn is_compatible(&self, other: &Unit) -> bool {
        match (self, other) {
            (Unit::Money(a), Unit::Money(b)) => a == b,
            (Unit::Money(_), _) | (_, Unit::Money(_)) => false,
            (Unit::Per(a), Unit::Per(b)) => {
                a.numerator().is_compatible(b.numerator())
                    && a.denominator().is_compatible(b.denominator())
            }
            (a, b) if a.is_count() && b.is_count() => match (a.counted(), b.counted()) {
                (Some(Counted::Anything), _) | (_, Some(Counted::Anything)) => true,
                (x, y) => x == y,
            },
            (a, b) => a.dimension() == b.dimension(),
        }
    }

    /// The factor that takes a value in this unit to the base unit of its
    /// dimension, or `None` for units with no conversion (counts, money,
    /// compounds are handled apart).
    fn factor(&self) -> Option<Factor> {
        Some(match self {
            Unit::Fraction => Factor::new(1, 1),
            Unit::Percent => Factor::new(1, 100),
            Unit::PerMille => Factor::new(1, 1000),
            Unit::Kg => Factor::new(1, 1),
            Unit::Tonnes => Factor::new(1000, 1),
            Unit::Jin => Factor::new(1, 2),
            Unit::Grams => Factor::new(1, 1000),
            Unit::Milligrams => Factor::new(1, 1_000_000),
            Unit::Micrograms => Factor::new(1, 1_000_000_000),
            Unit::Hectares => Factor::new(10_000, 1),
            Unit::SquareKm => Factor::new(1_000_000, 1),
            Unit::Mu => Factor::new(10_000, 15),
            Unit::Months => Factor::new(1, 1),
            Unit::Years => Factor::new(12, 1),
            _ => return None,
        })
    }

    /// The factor from this unit to `to`, when they are compatible.
    fn factor_to(&self, to: &Unit) -> Result<Factor> {
        if !self.is_compatible(to) {
            return Err(Error::IncompatibleUnits {
                left: self.to_string(),
                right: to.to_string(),
            });
        }
        match (self, to) {
            (Unit::Per(a), Unit::Per(b)) => {
                let n = a.numerator().factor_to(b.numerator())?;
                let d = a.denominator().factor_to(b.denominator())?;
                let overflow = || Error::Overflow(format!("converting {self} to {to}"));
                Ok(Factor::scaled(
                    n.num.checked_mul(d.den).ok_or_else(overflow)?,
                    n.den.checked_mul(d.num).ok_or_else(overflow)?,
                ))
            }
            _ => match (self.factor(), to.factor()) {
                (Some(f), Some(t)) => {
                    let overflow = || Error::Overflow(format!("converting {self} to {to}"));
                    Ok(Factor::scaled(
                        f.num.checked_mul(t.den).ok_or_else(overflow)?,
                        f.den.checked_mul(t.num).ok_or_else(overflow)?,
                    ))
                }
                // Same dimension without factors: counts, money, power,
                // length, volume, days, multiples: one unit each.
                _ => Ok(Factor::new(1, 1)),
            },
        }
    }

    /// Converts `value` from this unit to `to`.
    ///
    /// Conversions are exact where the decimal terminates (jin to tonnes,
    /// percent to per mille); a conversion that does not (mu to hectares is
    /// one fifteenth) is rounded to `Decimal`'s precision and marked
    /// inexact.
    ///
    /// # Errors
    ///
    /// [`Error::IncompatibleUnits`] when the units are not
    /// [compatible](Self::is_compatible), naming both codes;
    /// [`Error::Overflow`] when the result does not fit in a `Decimal`.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Unit;
    ///
    /// let c = Unit::Percent.convert("12.5".parse()?, &Unit::Fraction)?;
    /// assert_eq!(c.value.to_string(), "0.125");
    /// let err = Unit::Percent.convert("1".parse()?, &Unit::PercentagePoints).unwrap_err();
    /// assert_eq!(err.to_string(), "incompatible units: percent and percentage_points");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn convert(&self, value: Decimal, to: &Unit) -> Result<Converted> {
        let factor = self.factor_to(to)?;
        let overflow = || Error::Overflow(format!("converting {value} {self} to {to}"));
        let scaled = value.checked_mul(factor.num).ok_or_else(overflow)?;
        let result = scaled.checked_div(factor.den).ok_or_else(overflow)?;
        // A product may round (6.666…667 hectares times 15 does), and so
        // may a quotient.
        let exact = crate::decimal::product_is_exact(scaled, value, factor.num)
            && crate::decimal::quotient_is_exact(result, scaled, factor.den);
        Ok(Converted {
            value: result.normalize(),
            exact,
        })
    }

    /// The singular form of a counted unit, as a compound's denominator
    /// writes it.
    fn singular(&self) -> Option<&'static str> {
        SINGULAR
            .iter()
            .find(|(_, u)| u == self)
            .map(|(code, _)| *code)
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unit::Money(c) => f.write_str(c.as_str()),
            Unit::Other(noun) => write!(f, "other:{}", noun.as_str()),
            Unit::Per(c) => {
                write!(f, "{}/", c.numerator())?;
                match c.denominator().singular() {
                    Some(s) => f.write_str(s),
                    None => write!(f, "{}", c.denominator()),
                }
            }
            plain => {
                let code = CODES
                    .iter()
                    .find(|(_, u)| u == plain)
                    .map_or("?", |(code, _)| *code);
                f.write_str(code)
            }
        }
    }
}

impl FromStr for Unit {
    type Err = Error;

    /// Reads a unit code of FORMATS.md.
    ///
    /// # Errors
    ///
    /// [`Error::Unit`] for a code that is not listed, a malformed currency
    /// or noun, or a compound unit with more than one `/`.
    fn from_str(code: &str) -> Result<Unit> {
        fn simple(code: &str, whole: &str) -> Result<Unit> {
            if let Some(noun) = code.strip_prefix("other:") {
                return Noun::new(noun).map(Unit::Other);
            }
            if let Some((_, u)) = CODES.iter().find(|(c, _)| *c == code) {
                return Ok(u.clone());
            }
            if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
                return Currency::new(code).map(Unit::Money);
            }
            Err(Error::Unit(format!("unknown unit {}", Quoted(whole))))
        }
        match code.split_once('/') {
            None => simple(code, code),
            Some((num, den)) => {
                if den.contains('/') {
                    return Err(Error::Unit(format!(
                        "invalid unit {}: a compound unit has one '/'",
                        Quoted(code)
                    )));
                }
                let numerator = simple(num, code)?;
                let denominator = match SINGULAR.iter().find(|(c, _)| *c == den) {
                    Some((_, u)) => u.clone(),
                    None => simple(den, code)?,
                };
                CompoundUnit::new(numerator, denominator).map(Unit::Per)
            }
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Unit {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Unit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Unit, D::Error> {
        crate::serde_util::deserialize_from_str(
            deserializer,
            "a unit code such as \"percent\" or \"CNY\"",
        )
    }
}

// A pattern made from the same tables `FromStr` reads: a plain code,
// a currency, `other:<noun>`, or a compound `numerator/denominator`
// whose denominator may be a singular count (`yuan`/`person` as
// `CNY/person`).
#[cfg(feature = "schemars")]
crate::schema::schema_impl!(Unit, |_| {
    let plain: Vec<&str> = CODES.iter().map(|(c, _)| *c).collect();
    let singular: Vec<&str> = SINGULAR.iter().map(|(c, _)| *c).collect();
    let simple = format!("(?:{}|[A-Z]{{3}}|other:[^/]+)", plain.join("|"));
    let pattern = format!("^{simple}(?:/(?:{simple}|{}))?$", singular.join("|"));
    crate::schema::string(
        &pattern,
        "A unit code of FORMATS.md: \"percent\", \"percentage_points\", a currency (\"CNY\"), a counted thing (\"cases\", \"other:<noun>\" with a lowercase noun), or a compound \"numerator/denominator\" (\"CNY/person\").",
    )
});
