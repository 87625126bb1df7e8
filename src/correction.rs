//! An editor's correction of a figure, and the evidence for it: which
//! source says what. A correction is kept beside the figure as stated,
//! never in its place.

use crate::{Error, Language, Quantity, Result};

/// What a source says of a figure: its words and the figures they state.
///
/// # Examples
///
/// ```
/// use workreport::{Evidence, Quantity, Unit};
///
/// let original = Evidence::new(
///     "China News Service, Sichuan, 2024-01-09",
///     "zh".parse()?,
///     "现行命案破案率99.7%",
///     vec![Quantity::exact("99.7".parse()?, Unit::Percent)?],
/// )?;
/// assert_eq!(original.figures[0].to_string(), "99.7%");
/// assert!(Evidence::new(" ", "zh".parse()?, "99.7%", vec![]).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Evidence {
    /// The source, named so that a reader can find it: a publisher and a
    /// date, a title, an address. Not blank.
    pub source: String,
    /// The language of the source's words.
    pub language: Language,
    /// The source's words. Not blank.
    pub quote: String,
    /// The figures the words state, as the editor reads them, in order:
    /// two for "下降29.93%、29.92%", none for a name such as “一三五七”.
    pub figures: Vec<Quantity>,
}

impl Evidence {
    /// Evidence, checked.
    ///
    /// # Errors
    ///
    /// [`Error::Value`] when the source or the quote is blank.
    ///
    /// # Examples
    ///
    /// See [`Evidence`].
    pub fn new(
        source: impl Into<String>,
        language: Language,
        quote: impl Into<String>,
        figures: Vec<Quantity>,
    ) -> Result<Evidence> {
        let evidence = Evidence {
            source: source.into(),
            language,
            quote: quote.into(),
            figures,
        };
        evidence.check()?;
        Ok(evidence)
    }

    pub(crate) fn check(&self) -> Result<()> {
        for (what, text) in [("source", &self.source), ("quote", &self.quote)] {
            if text.trim().is_empty() {
                return Err(Error::Value(format!(
                    "invalid evidence: the {what} is blank"
                )));
            }
        }
        Ok(())
    }
}

/// An editor's correction of a figure: what the figure should be, the
/// evidence, and why. The figure as stated stays as it is: a statistic
/// with a correction reads both ([`Statistic::quantity`] and
/// [`Statistic::correction`]), and the original's reading is in the
/// evidence.
///
/// [`Statistic::quantity`]: crate::Statistic::quantity
/// [`Statistic::correction`]: crate::Statistic::correction
///
/// # Examples
///
/// ```
/// use workreport::{Correction, Evidence, Quantity, Unit};
///
/// let rate = |v: &str| Quantity::exact(v.parse().unwrap(), Unit::Percent).unwrap();
/// let original = Evidence::new("the Chinese original", "zh".parse()?, "现行命案破案率99.7%",
///     vec![rate("99.7")])?;
/// let fix = Correction::new(Some(rate("99.7")), vec![original])?
///     .with_note("the translation lost the decimal point");
/// assert_eq!(fix.quantity.as_ref().map(|q| q.to_string()).as_deref(), Some("99.7%"));
/// assert!(Correction::new(Some(rate("99.7")), vec![]).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Correction {
    /// The figure as corrected; `None` when the figure as stated is not
    /// one figure of the source (two merged into one, a name read as a
    /// number), so that no single value replaces it.
    pub quantity: Option<Quantity>,
    /// Which source says what; at least one.
    pub evidence: Vec<Evidence>,
    /// The editor's reasoning, in words.
    pub note: Option<String>,
}

impl Correction {
    /// A correction, checked.
    ///
    /// # Errors
    ///
    /// [`Error::Value`] when there is no evidence, or a piece of it is
    /// blank.
    ///
    /// # Examples
    ///
    /// See [`Correction`].
    pub fn new(quantity: Option<Quantity>, evidence: Vec<Evidence>) -> Result<Correction> {
        let correction = Correction {
            quantity,
            evidence,
            note: None,
        };
        correction.check()?;
        Ok(correction)
    }

    /// The same correction with the editor's reasoning.
    ///
    /// # Examples
    ///
    /// See [`Correction`].
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Correction {
        self.note = Some(note.into());
        self
    }

    /// The evidence in `language`: what the original says, when the
    /// original is in that language.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Correction, Evidence};
    ///
    /// let zh = Evidence::new("the original", "zh".parse()?, "发案同比分别下降29.93%、29.92%", vec![])?;
    /// let fix = Correction::new(None, vec![zh])?;
    /// assert_eq!(fix.evidence_in(&"zh".parse()?).count(), 1);
    /// assert_eq!(fix.evidence_in(&"en".parse()?).count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn evidence_in<'a>(
        &'a self,
        language: &'a Language,
    ) -> impl Iterator<Item = &'a Evidence> + 'a {
        self.evidence
            .iter()
            .filter(move |e| &e.language == language)
    }

    pub(crate) fn check(&self) -> Result<()> {
        if self.evidence.is_empty() {
            return Err(Error::Value(
                "invalid correction: no evidence (say which source says what)".to_owned(),
            ));
        }
        self.evidence.iter().try_for_each(Evidence::check)
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::{Deserialize, Serialize};

    use super::*;

    /// What a source says of a figure.
    #[derive(Serialize, Deserialize)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields, expecting = "an evidence object")]
    struct RawEvidence {
        /// The source, named so that a reader can find it; not blank.
        #[cfg_attr(feature = "schemars", schemars(regex(pattern = r"\S")))]
        source: String,
        /// The language of the source's words.
        language: Language,
        /// The source's words; not blank.
        #[cfg_attr(feature = "schemars", schemars(regex(pattern = r"\S")))]
        quote: String,
        /// The figures the words state, in order; none for a name.
        #[serde(default, deserialize_with = "crate::serde_util::objects")]
        figures: Vec<Quantity>,
    }

    /// An editor's correction of a figure, kept beside the figure as
    /// stated.
    #[derive(Serialize, Deserialize)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields, expecting = "a correction object")]
    struct RawCorrection {
        /// The figure as corrected; left out when no single figure
        /// replaces the one stated (two merged into one, a name).
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "crate::serde_util::optional_object"
        )]
        quantity: Option<Quantity>,
        /// Which source says what; at least one.
        #[serde(deserialize_with = "crate::serde_util::objects")]
        #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
        evidence: Vec<Evidence>,
        /// The editor's reasoning.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    }

    impl Serialize for Evidence {
        fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            RawEvidence {
                source: self.source.clone(),
                language: self.language.clone(),
                quote: self.quote.clone(),
                figures: self.figures.clone(),
            }
            .serialize(s)
        }
    }

    impl<'de> Deserialize<'de> for Evidence {
        fn deserialize<D: serde::Deserializer<'de>>(
            d: D,
        ) -> std::result::Result<Evidence, D::Error> {
            let raw: RawEvidence = crate::serde_util::object(d, "an evidence object")?;
            Evidence::new(raw.source, raw.language, raw.quote, raw.figures)
                .map_err(serde::de::Error::custom)
        }
    }

    impl Serialize for Correction {
        fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            RawCorrection {
                quantity: self.quantity.clone(),
                evidence: self.evidence.clone(),
                note: self.note.clone(),
            }
            .serialize(s)
        }
    }

    impl<'de> Deserialize<'de> for Correction {
        fn deserialize<D: serde::Deserializer<'de>>(
            d: D,
        ) -> std::result::Result<Correction, D::Error> {
            let raw: RawCorrection = crate::serde_util::object(d, "a correction object")?;
            let correction = Correction {
                quantity: raw.quantity,
                evidence: raw.evidence,
                note: raw.note,
            };
            correction.check().map_err(serde::de::Error::custom)?;
            Ok(correction)
        }
    }

    #[cfg(feature = "schemars")]
    crate::schema::schema_as!(Evidence, RawEvidence);
    #[cfg(feature = "schemars")]
    crate::schema::schema_as!(Correction, RawCorrection);
}
