//! Helpers shared by the serde impls: text-form values and decimal strings.

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::{self, Visitor};

use crate::Error;

/// Deserializes a value from its text form through `FromStr`, so that
/// deserialization makes the same checks as parsing, with the same message.
pub(crate) fn deserialize_from_str<'de, D, T>(
    deserializer: D,
    expecting: &'static str,
) -> Result<T, D::Error>
where
    D: de::Deserializer<'de>,
    T: FromStr<Err = Error>,
{
    struct FromStrVisitor<T> {
        expecting: &'static str,
        marker: PhantomData<T>,
    }

    impl<T: FromStr<Err = Error>> Visitor<'_> for FromStrVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.expecting)
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            v.parse().map_err(E::custom)
        }
    }

    deserializer.deserialize_str(FromStrVisitor {
        expecting,
        marker: PhantomData,
    })
}

/// A decimal written as a JSON string in plain notation (`"99.7"`).
///
/// Numbers are refused with a message that says to quote them: a JSON
/// number would have passed through a float.
pub(crate) mod decimal {
    use super::*;

    pub(crate) fn serialize<S: serde::Serializer>(
        value: &Decimal,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_str(value)
    }

    pub(crate) fn deserialize<'de, D: de::Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        struct DecimalVisitor;

        impl Visitor<'_> for DecimalVisitor {
            type Value = Decimal;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a decimal string such as \"99.7\"")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
                crate::quantity::parse_decimal(v).map_err(E::custom)
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
                Err(E::custom(format_args!(
                    "decimal values are strings: write \"{v}\", not {v}"
                )))
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
                Err(E::custom(format_args!(
                    "decimal values are strings: write \"{v}\", not {v}"
                )))
            }

            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
                // The float may already have lost digits of what the
                // source wrote: do not offer its digits as the fix, and
                // keep a huge one short.
                if v.is_finite() && v.abs() < 1e15 && v == (v * 1e6).round() / 1e6 {
                    Err(E::custom(format_args!(
                        "decimal values are strings: write \"{v}\", not {v}"
                    )))
                } else {
                    Err(E::custom(format_args!(
                        "decimal values are strings: write the number in quotes as the source writes it, not {v:e}"
                    )))
                }
            }
        }

        d.deserialize_any(DecimalVisitor)
    }
}

/// An optional decimal: a string as [`decimal`] writes it, or `null`.
pub(crate) mod optional_decimal {
    use super::*;

    pub(crate) fn serialize<S: serde::Serializer>(
        value: &Option<Decimal>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(d) => s.collect_str(d),
            None => s.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: de::Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Decimal>, D::Error> {
        #[derive(serde::Deserialize)]
        struct Wrap(#[serde(with = "super::decimal")] Decimal);
        let wrapped: Option<Wrap> = serde::Deserialize::deserialize(d)?;
        Ok(wrapped.map(|Wrap(v)| v))
    }
}

/// Implements serde for a type written as its code: `code()` out,
/// `FromStr` in.
macro_rules! code_serde {
    ($t:ty, $expecting:literal) => {
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(
                &self,
                s: S,
            ) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(
                d: D,
            ) -> std::result::Result<Self, D::Error> {
                crate::serde_util::deserialize_from_str(d, $expecting)
            }
        }
    };
}
pub(crate) use code_serde;

/// Deserializes `T` from a JSON object only. serde's derived impls also
/// take an array of the fields in order (`["workreport/1", "Title", ...]`),
/// which no document of the format is: a value read that way is a guess.
pub(crate) fn object<'de, D, T>(d: D, expecting: &'static str) -> Result<T, D::Error>
where
    D: de::Deserializer<'de>,
    T: de::Deserialize<'de>,
{
    struct ObjectVisitor<T>(PhantomData<T>, &'static str);

    impl<'de, T: de::Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.1)
        }

        fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::deserialize(de::value::MapAccessDeserializer::new(map))
        }
    }

    d.deserialize_map(ObjectVisitor(PhantomData, expecting))
}

/// A value read with [`object`], for use as a field or element type.
pub(crate) struct Object<T>(pub(crate) T);

impl<'de, T: de::Deserialize<'de>> de::Deserialize<'de> for Object<T> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        object(d, "an object").map(Object)
    }
}

/// A list of objects, each read with [`object`]: for
/// `#[serde(deserialize_with)]`.
pub(crate) fn objects<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: de::Deserializer<'de>,
    T: de::Deserialize<'de>,
{
    let list: Vec<Object<T>> = de::Deserialize::deserialize(d)?;
    Ok(list.into_iter().map(|Object(t)| t).collect())
}

/// An optional object, read with [`object`]: for
/// `#[serde(deserialize_with)]`.
pub(crate) fn optional_object<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: de::Deserializer<'de>,
    T: de::Deserialize<'de>,
{
    let value: Option<Object<T>> = de::Deserialize::deserialize(d)?;
    Ok(value.map(|Object(t)| t))
}
