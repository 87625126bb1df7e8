//! The crate's one error type.

use std::fmt;

/// The result type of this crate's fallible operations.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in this crate.
///
/// Messages are lowercase, have no final period, and say what was wrong and
/// where: `invalid month 13 in "2023-13"`. The enum is `#[non_exhaustive]`:
/// match on the variants you handle and keep a wildcard arm.
///
/// # Examples
///
/// ```
/// use workreport::{Error, Period};
///
/// let err = "2023-13".parse::<Period>().unwrap_err();
/// assert!(matches!(err, Error::Period(_)));
/// assert_eq!(err.to_string(), r#"invalid month 13 in "2023-13""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A period's text or parts are invalid: a month 13, a range that ends
    /// before it starts, an unknown text form.
    #[error("{0}")]
    Period(String),
    /// A quantity breaks a structural rule: a range whose low end exceeds its
    /// high end, a value too large to expand, a range end on a non-range.
    #[error("{0}")]
    Quantity(String),
    /// A unit code is unknown or malformed.
    #[error("{0}")]
    Unit(String),
    /// Any other value breaks a structural rule: an empty metric name, a
    /// malformed id, key, region or language code, a statistic whose kind and
    /// details disagree.
    #[error("{0}")]
    Value(String),
    /// A JSON document could not be read as a report: its syntax, its shape
    /// or one of its values is wrong.
    ///
    /// `path` addresses the offending value as FORMATS.md writes paths
    /// (`sections[2].achievements[0].statistics[1].period`); it is empty
    /// when the error is not inside any value (a syntax error at the top).
    #[error("{}", LoadMessage { path, message, line: *line, column: *column })]
    Json {
        /// Where in the document the error is, as a field path.
        path: String,
        /// What is wrong there.
        message: String,
        /// The 1-based line the reader stopped at (0 when unknown).
        line: usize,
        /// The 1-based column the reader stopped at (0 when unknown).
        column: usize,
    },
    /// Reading input failed before any JSON could be read: the reader
    /// failed or its bytes are not UTF-8.
    #[error("{0}")]
    Io(String),
    /// Text could not be read: a number, a phrase.
    #[error("{message} at character {at}")]
    Text {
        /// What could not be read, and why.
        message: String,
        /// The character position (a count of Unicode scalar values from 0)
        /// where reading stopped.
        at: usize,
    },
    /// Arithmetic on exact decimals would overflow.
    #[error("arithmetic overflow: {0}")]
    Overflow(String),
    /// Two units of different dimensions were compared or converted.
    #[error("incompatible units: {left} and {right}")]
    IncompatibleUnits {
        /// The code of the left-hand unit.
        left: String,
        /// The code of the right-hand unit.
        right: String,
    },
}

struct LoadMessage<'a> {
    path: &'a str,
    message: &'a str,
    line: usize,
    column: usize,
}

impl fmt::Display for LoadMessage<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: {}", self.path, self.message)
        } else if self.line > 0 {
            write!(
                f,
                "{} at line {} column {}",
                self.message, self.line, self.column
            )
        } else {
            f.write_str(self.message)
        }
    }
}

/// Input quoted in an error message: as `{:?}` writes it when it is short,
/// else its start and its length, so that a message about a 100 MB field
/// stays one line.
pub(crate) struct Quoted<'a>(pub(crate) &'a str);

impl Quoted<'_> {
    /// Texts up to this many characters are quoted whole.
    const WHOLE: usize = 80;
    /// How many characters of a longer text are quoted.
    const START: usize = 60;
}

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.char_indices().nth(Self::WHOLE) {
            None => write!(f, "{:?}", self.0),
            Some(_) => {
                let cut = self
                    .0
                    .char_indices()
                    .nth(Self::START)
                    .map_or(self.0.len(), |(i, _)| i);
                let start = self.0.get(..cut).unwrap_or("");
                write!(f, "{start:?}… ({} characters)", self.0.chars().count())
            }
        }
    }
}
