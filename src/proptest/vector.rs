//! Test vectors: phrases and their readings as data, for parsers in any
//! language.

use super::{Corrupted, Damage, Phrase};
use crate::text::{Lang, Reading};
use crate::{Decimal, Direction, Qualifier, Quantity, Unit};

/// A figure as a test vector states it: the value and range end with their
/// magnitude applied, the unit, the qualifier and the change direction.
///
/// # Examples
///
/// ```
/// use workreport::proptest::Figure;
/// use workreport::text::parse;
/// use workreport::{Magnitude, Qualifier, Quantity, Unit};
///
/// let q = Quantity::new("27".parse()?, Magnitude::Yi, Unit::CNY, Qualifier::OverSome)?;
/// let figure = Figure::of(&q, None);
/// assert_eq!(figure.value.to_string(), "2700000000");
/// assert!(figure.matches(&parse("挽回直接经济损失27亿余元", None)?));
/// assert!(!figure.matches(&parse("挽回直接经济损失27亿元", None)?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Figure {
    /// The value with its magnitude applied ("27亿" is 2700000000), with
    /// no trailing zeros.
    pub value: Decimal,
    /// The high end of a range, likewise.
    pub high: Option<Decimal>,
    /// The unit.
    pub unit: Unit,
    /// The qualifier.
    pub qualifier: Qualifier,
    /// The direction of the change the phrase states; `None` for a level.
    pub change: Option<Direction>,
}

impl Figure {
    /// The figure of `quantity`, with the change direction `change`.
    ///
    /// # Examples
    ///
    /// See [`Figure`].
    pub fn of(quantity: &Quantity, change: Option<Direction>) -> Figure {
        Figure {
            value: quantity.expanded().normalize(),
            high: quantity.expanded_high().map(|h| h.normalize()),
            unit: quantity.unit().clone(),
            qualifier: quantity.qualifier(),
            change,
        }
    }

    /// Whether what a parser returned gives this figure: the same expanded
    /// value and range end, unit and qualifier, and the same change
    /// direction (or none). `parsed` is anything [`Parsed`]: the crate's
    /// [`Reading`], a [`Quantity`] (a level), a quantity with a direction,
    /// or a [`Figure`] a parser builds from its own output.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::proptest::Figure;
    /// use workreport::{Direction, Quantity, Unit};
    ///
    /// let q = Quantity::exact("9.2".parse()?, Unit::Percent)?;
    /// let down = Figure::of(&q, Some(Direction::Down));
    /// // What another parser returned: a quantity and a direction.
    /// assert!(down.matches(&(q.clone(), Some(Direction::Down))));
    /// assert!(!down.matches(&q));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn matches(&self, parsed: &impl Parsed) -> bool {
        parsed.figure().as_ref() == Some(self)
    }
}

/// What a parser of phrases returns, as far as a test vector checks it:
/// the figure it read, or `None` when it read none.
///
/// Implemented for the crate's [`Reading`], for a [`Quantity`] (a level),
/// for a quantity with the direction of its change, for a [`Figure`], and
/// for an `Option` of any of them; a parser's own output type can
/// implement it in a line.
///
/// # Examples
///
/// ```
/// use workreport::proptest::{Figure, Parsed};
/// use workreport::{Direction, Quantity, Unit};
///
/// struct MyReading { quantity: Quantity, down: bool }
/// impl Parsed for MyReading {
///     fn figure(&self) -> Option<Figure> {
///         Some(Figure::of(&self.quantity, self.down.then_some(Direction::Down)))
///     }
/// }
/// let q = Quantity::exact("3".parse()?, Unit::Percent)?;
/// assert!(Figure::of(&q, None).matches(&MyReading { quantity: q.clone(), down: false }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait Parsed {
    /// The figure read, or `None`.
    fn figure(&self) -> Option<Figure>;
}

impl Parsed for Reading {
    fn figure(&self) -> Option<Figure> {
        self.quantity
            .as_ref()
            .map(|q| Figure::of(q, self.change.map(|c| c.direction)))
    }
}

impl Parsed for Quantity {
    fn figure(&self) -> Option<Figure> {
        Some(Figure::of(self, None))
    }
}

impl Parsed for (Quantity, Option<Direction>) {
    fn figure(&self) -> Option<Figure> {
        Some(Figure::of(&self.0, self.1))
    }
}

impl Parsed for Figure {
    fn figure(&self) -> Option<Figure> {
        Some(self.clone())
    }
}

impl<T: Parsed> Parsed for Option<T> {
    fn figure(&self) -> Option<Figure> {
        self.as_ref().and_then(Parsed::figure)
    }
}

/// One test vector: a phrase, what a parser must do with it and, for a
/// damaged phrase, the damage and the clean reading. The `vectors` example
/// writes one per line; with the `serde` feature a vector reads and writes
/// FORMATS.md's line (`{"lang", "text", "expect", "value", ...}`), and with
/// `schemars` its schema is `schema/vector.schema.json`.
///
/// # Examples
///
/// ```
/// use workreport::proptest::{Corrupted, Damage, Vector};
/// use workreport::text::{Lang, parse};
/// use workreport::{Quantity, Unit};
///
/// let rate = Quantity::exact("99.7".parse()?, Unit::Percent)?;
/// let v = Vector::from(&Corrupted::of(&rate, Damage::LostDecimal, Lang::En).unwrap());
/// assert_eq!(v.text, "997%");
/// assert_eq!(v.reading.as_ref().map(|f| f.value.to_string()), Some("997".to_string()));
/// assert_eq!(v.original.as_ref().map(|f| f.value.to_string()), Some("99.7".to_string()));
/// assert!(v.accepts(&parse(&v.text, Some(v.lang))));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Vector {
    /// The phrase's language.
    pub lang: Lang,
    /// The text a parser is given.
    pub text: String,
    /// What a parser must read in the text; `None` when the text is
    /// malformed and a parser must refuse it.
    pub reading: Option<Figure>,
    /// The damage applied, for a damaged phrase.
    pub damage: Option<Damage>,
    /// The clean phrase's reading, for a damaged phrase.
    pub original: Option<Figure>,
}

impl Vector {
    /// Whether `result` is what a parser must give for the text: the
    /// vector's reading, or an error when it has none.
    ///
    /// # Examples
    ///
    /// See [`Vector`].
    pub fn accepts<E>(&self, result: &Result<Reading, E>) -> bool {
        match (&self.reading, result) {
            (None, r) => r.is_err(),
            (Some(f), Ok(r)) => f.matches(r),
            (Some(_), Err(_)) => false,
        }
    }
}

impl From<&Phrase> for Vector {
    /// A clean phrase: its reading, no damage.
    fn from(p: &Phrase) -> Vector {
        Vector {
            lang: p.lang,
            text: p.text.clone(),
            reading: Some(Figure::of(&p.quantity, p.change)),
            damage: None,
            original: None,
        }
    }
}

impl From<&Corrupted> for Vector {
    /// A damaged phrase: what the damaged text states (nothing, when it is
    /// malformed), the damage, and the clean phrase's reading.
    fn from(c: &Corrupted) -> Vector {
        Vector {
            lang: c.clean.lang,
            text: c.text.clone(),
            reading: c.reads_as.as_ref().map(|q| Figure::of(q, None)),
            damage: Some(c.damage),
            original: Some(Figure::of(&c.clean.quantity, c.clean.change)),
        }
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::{Deserialize, Serialize};

    use super::*;
    use crate::serde_util::optional_decimal;

    /// Whether a parser must read the text or refuse it.
    #[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[cfg_attr(feature = "schemars", schemars(transform = crate::schema::prose))]
    #[serde(rename_all = "lowercase")]
    enum Expect {
        /// The parser must return the reading in `value` to `change`.
        Read,
        /// The text is malformed: the parser must refuse it.
        Reject,
    }

    /// A change direction, or `none` for a level.
    #[derive(Clone, Copy)]
    struct Moves(Option<Direction>);

    impl Serialize for Moves {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(self.0.map_or("none", Direction::code))
        }
    }

    impl<'de> Deserialize<'de> for Moves {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Moves, D::Error> {
            let code = String::deserialize(d)?;
            if code == "none" {
                return Ok(Moves(None));
            }
            code.parse().map(|d| Moves(Some(d))).map_err(|_| {
                serde::de::Error::custom(format_args!(
                    "unknown change {code:?}: expected none, {}",
                    Direction::ALL
                        .iter()
                        .map(|d| d.code())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })
        }
    }

    #[cfg(feature = "schemars")]
    crate::schema::schema_impl!(Moves as ChangeCode, |_| {
        let codes = std::iter::once("none").chain(Direction::ALL.iter().map(|d| d.code()));
        crate::schema::codes(
            codes,
            "The direction of the change the phrase states, or none for a level.",
        )
    });

    /// A figure of a test vector.
    #[derive(Serialize, Deserialize)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[cfg_attr(feature = "schemars", schemars(transform = crate::schema::prose))]
    #[cfg_attr(feature = "schemars", schemars(rename = "Figure"))]
    #[serde(deny_unknown_fields)]
    struct RawFigure {
        /// The value with its magnitude applied ("27亿" is "2700000000").
        #[serde(with = "crate::serde_util::decimal")]
        #[cfg_attr(feature = "schemars", schemars(schema_with = "crate::schema::decimal"))]
        value: Decimal,
        /// The high end of a range, likewise; `null` for other qualifiers.
        #[serde(with = "optional_decimal")]
        #[cfg_attr(
            feature = "schemars",
            schemars(schema_with = "crate::schema::optional_decimal", required)
        )]
        high: Option<Decimal>,
        /// The unit code.
        unit: Unit,
        /// The qualifier code.
        qualifier: Qualifier,
        /// The change direction, or `none`.
        change: Moves,
    }

    impl From<&Figure> for RawFigure {
        fn from(f: &Figure) -> RawFigure {
            RawFigure {
                value: f.value,
                high: f.high,
                unit: f.unit.clone(),
                qualifier: f.qualifier,
                change: Moves(f.change),
            }
        }
    }

    impl From<RawFigure> for Figure {
        fn from(f: RawFigure) -> Figure {
            Figure {
                value: f.value,
                high: f.high,
                unit: f.unit,
                qualifier: f.qualifier,
                change: f.change.0,
            }
        }
    }

    /// One test vector, as one line of a vectors file: a phrase, whether a
    /// parser must read or refuse it, the reading it must give, and for a
    /// damaged phrase the damage and the clean phrase's reading.
    #[derive(Serialize, Deserialize)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[cfg_attr(feature = "schemars", schemars(transform = vector_rules))]
    #[serde(deny_unknown_fields, expecting = "a test vector object")]
    struct RawVector {
        /// The phrase's language.
        lang: Lang,
        /// The text a parser is given.
        text: String,
        /// `read`: a parser must return the reading in `value` to `change`;
        /// `reject`: the text is malformed and a parser must refuse it.
        expect: Expect,
        /// The value with its magnitude applied; `null` for `reject`.
        #[serde(with = "optional_decimal")]
        #[cfg_attr(
            feature = "schemars",
            schemars(schema_with = "crate::schema::optional_decimal")
        )]
        value: Option<Decimal>,
        /// The high end of a range, likewise; `null` for other qualifiers.
        #[serde(with = "optional_decimal")]
        #[cfg_attr(
            feature = "schemars",
            schemars(schema_with = "crate::schema::optional_decimal")
        )]
        high: Option<Decimal>,
        /// The unit code; `null` for `reject`.
        unit: Option<Unit>,
        /// The qualifier code; `null` for `reject`.
        qualifier: Option<Qualifier>,
        /// The change direction or `none`; `null` for `reject`.
        change: Option<Moves>,
        /// The damage applied; `null` for a clean phrase.
        damage: Option<Damage>,
        /// The clean phrase's reading; `null` for a clean phrase.
        #[serde(deserialize_with = "crate::serde_util::optional_object")]
        original: Option<RawFigure>,
    }

    /// Every key is written, `null` or not; the reading's fields are all
    /// given for `read` and all `null` for `reject`; only damaged phrases
    /// are refused; damage and original go together.
    #[cfg(feature = "schemars")]
    fn vector_rules(schema: &mut schemars::Schema) {
        use crate::schema::{absent, all_of, field_is, present_iff, required};
        let keys = [
            "lang",
            "text",
            "expect",
            "value",
            "high",
            "unit",
            "qualifier",
            "change",
            "damage",
            "original",
        ];
        schema.insert("required".to_owned(), serde_json::json!(keys));
        let reading = ["value", "unit", "qualifier", "change"];
        all_of(
            schema,
            reading
                .iter()
                .map(|f| present_iff(field_is("expect", "read"), f))
                .chain([
                    serde_json::json!({ "if": field_is("expect", "reject"), "then": absent("high") }),
                    serde_json::json!({ "if": field_is("expect", "reject"), "then": required("damage") }),
                    present_iff(required("damage"), "original"),
                ]),
        );
    }

    #[cfg(feature = "schemars")]
    crate::schema::schema_as!(Vector, RawVector);

    impl Serialize for Vector {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let r = self.reading.as_ref();
            RawVector {
                lang: self.lang,
                text: self.text.clone(),
                expect: if r.is_some() {
                    Expect::Read
                } else {
                    Expect::Reject
                },
                value: r.map(|f| f.value),
                high: r.and_then(|f| f.high),
                unit: r.map(|f| f.unit.clone()),
                qualifier: r.map(|f| f.qualifier),
                change: r.map(|f| Moves(f.change)),
                damage: self.damage,
                original: self.original.as_ref().map(RawFigure::from),
            }
            .serialize(s)
        }
    }

    impl<'de> Deserialize<'de> for Vector {
        /// Reads a line, checking that its fields agree: a `read` line
        /// gives `value`, `unit`, `qualifier` and `change`; a `reject`
        /// line gives none of them and names its damage; `damage` and
        /// `original` go together.
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Vector, D::Error> {
            use serde::de::Error as _;
            let raw: RawVector = crate::serde_util::object(d, "a test vector object")?;
            let reading = match (raw.expect, raw.value, raw.unit, raw.qualifier, raw.change) {
                (Expect::Read, Some(value), Some(unit), Some(qualifier), Some(change)) => {
                    Some(Figure {
                        value,
                        high: raw.high,
                        unit,
                        qualifier,
                        change: change.0,
                    })
                }
                (Expect::Read, ..) => {
                    return Err(D::Error::custom(
                        "a \"read\" vector gives \"value\", \"unit\", \"qualifier\" and \"change\"",
                    ));
                }
                (Expect::Reject, None, None, None, None) if raw.high.is_none() => None,
                (Expect::Reject, ..) => {
                    return Err(D::Error::custom(
                        "a \"reject\" vector has no reading: \"value\", \"high\", \"unit\", \"qualifier\" and \"change\" are null",
                    ));
                }
            };
            if reading.is_none() && raw.damage.is_none() {
                return Err(D::Error::custom(
                    "a \"reject\" vector names its \"damage\": clean phrases are read",
                ));
            }
            if raw.damage.is_some() != raw.original.is_some() {
                return Err(D::Error::custom(
                    "\"damage\" and \"original\" go together: both null for a clean phrase",
                ));
            }
            Ok(Vector {
                lang: raw.lang,
                text: raw.text,
                reading,
                damage: raw.damage,
                original: raw.original.map(Figure::from),
            })
        }
    }
}
