//! The kinds of damage a figure suffers in translation or extraction, with
//! the codes of FORMATS.md: shared by the corruption generator
//! ([`crate::proptest::corrupted`]) and the aligner ([`crate::align`]).

use std::fmt;
use std::str::FromStr;

/// A kind of damage to a figure, with the codes of FORMATS.md.
///
/// The first eight are damage to a phrase's text, which the corruption
/// generator makes; the last four (a changed qualifier, a unit changed
/// without conversion, a figure missing on one side, a name read as a
/// figure) are found only by comparing a translation with its original.
///
/// # Examples
///
/// ```
/// use workreport::Damage;
///
/// assert_eq!(Damage::LostDecimal.code(), "lost_decimal");
/// assert_eq!("missing_figure".parse::<Damage>()?, Damage::MissingFigure);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Damage {
    /// "99.7%" written "997%".
    LostDecimal,
    /// "27亿余元" become "2More than 700 million yuan": a digit split off
    /// and glued to the words.
    SplitMagnitude,
    /// "392万" written "39.2亿": the scale moved.
    ShiftedMagnitude,
    /// "29.93%、29.92%" become "92%".
    MergedFigures,
    /// "more than 170,000" written "170,000"; 余 or 以上 left out.
    DroppedQualifier,
    /// A word glued to a number glued to a word: "disputes80More".
    GluedTokens,
    /// "1/8" written "1 8".
    LostSlash,
    /// A word replaced by "**".
    Redaction,
    /// A qualifier turned into one of another meaning: 以下 (at most)
    /// rendered "more than".
    ChangedQualifier,
    /// The same number in another unit, not converted: 80 公里 rendered
    /// "80 miles".
    UnitChanged,
    /// A figure on one side with no counterpart on the other, inside the
    /// part both cover.
    MissingFigure,
    /// A name or an ordinal read as a figure: the "1357" strategy.
    NameAsFigure,
}

impl Damage {
    /// Every kind of damage, in declaration order.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Damage;
    /// assert_eq!(Damage::ALL.iter().filter(|d| d.is_malformed()).count(), 3);
    /// ```
    pub const ALL: [Damage; 12] = [
        Damage::LostDecimal,
        Damage::SplitMagnitude,
        Damage::ShiftedMagnitude,
        Damage::MergedFigures,
        Damage::DroppedQualifier,
        Damage::GluedTokens,
        Damage::LostSlash,
        Damage::Redaction,
        Damage::ChangedQualifier,
        Damage::UnitChanged,
        Damage::MissingFigure,
        Damage::NameAsFigure,
    ];

    /// The code of FORMATS.md.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::Damage::GluedTokens.code(), "glued_tokens");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Damage::LostDecimal => "lost_decimal",
            Damage::SplitMagnitude => "split_magnitude",
            Damage::ShiftedMagnitude => "shifted_magnitude",
            Damage::MergedFigures => "merged_figures",
            Damage::DroppedQualifier => "dropped_qualifier",
            Damage::GluedTokens => "glued_tokens",
            Damage::LostSlash => "lost_slash",
            Damage::Redaction => "redaction",
            Damage::ChangedQualifier => "changed_qualifier",
            Damage::UnitChanged => "unit_changed",
            Damage::MissingFigure => "missing_figure",
            Damage::NameAsFigure => "name_as_figure",
        }
    }

    /// The damage in words, for messages: "a lost decimal point".
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::Damage::MergedFigures.description(), "figures merged into one");
    /// ```
    pub fn description(self) -> &'static str {
        match self {
            Damage::LostDecimal => "a lost decimal point",
            Damage::SplitMagnitude => "a magnitude split off and glued to the words",
            Damage::ShiftedMagnitude => "a shifted magnitude",
            Damage::MergedFigures => "figures merged into one",
            Damage::DroppedQualifier => "a dropped qualifier",
            Damage::GluedTokens => "tokens glued together",
            Damage::LostSlash => "a lost fraction slash",
            Damage::Redaction => "a redaction",
            Damage::ChangedQualifier => "a qualifier of another meaning",
            Damage::UnitChanged => "a unit changed without conversion",
            Damage::MissingFigure => "a figure the other side does not state",
            Damage::NameAsFigure => "a name or an ordinal read as a figure",
        }
    }

    /// Whether the damage leaves text a parser must refuse (malformed) rather
    /// than text it reads as something else (well formed but changed).
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Damage;
    /// assert!(Damage::GluedTokens.is_malformed());
    /// assert!(!Damage::LostDecimal.is_malformed());
    /// ```
    pub fn is_malformed(self) -> bool {
        matches!(
            self,
            Damage::SplitMagnitude | Damage::GluedTokens | Damage::LostSlash
        )
    }
}

impl fmt::Display for Damage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Damage {
    type Err = crate::Error;

    /// Reads a code of FORMATS.md.
    ///
    /// # Errors
    ///
    /// [`Error::Value`](crate::Error::Value) for a code that names no
    /// damage.
    fn from_str(s: &str) -> crate::Result<Damage> {
        Damage::ALL
            .into_iter()
            .find(|d| d.code() == s)
            .ok_or_else(|| {
                let codes: Vec<&str> = Damage::ALL.iter().map(|d| d.code()).collect();
                crate::Error::Value(format!(
                    "unknown damage {}: expected one of {}",
                    crate::error::Quoted(s),
                    codes.join(" ")
                ))
            })
    }
}

#[cfg(feature = "serde")]
crate::serde_util::code_serde!(Damage, "a damage code such as \"lost_decimal\"");
#[cfg(feature = "schemars")]
crate::schema::code_schema!(
    Damage,
    "A kind of damage to a figure in translation or extraction (FORMATS.md)."
);
