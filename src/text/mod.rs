//! Reading and writing report text in English and Chinese.
//!
//! - [`parse`] reads the figure of one clause ("recovered more
//!   than 2.7 billion yuan", "挽回直接经济损失27亿余元", "decreased 9.2% year on
//!   year", "ranking first in the country"), the first that [`figures`]
//!   finds in it, into a [`Reading`]: the
//!   quantity (value, magnitude, unit, qualifier, range end) and, where the
//!   clause says so, the change, rank, record or streak. It passes over
//!   years, fiscal years, ordinals, names and per-capita bases, and refuses
//!   damaged text (`disputes80More`, `1 8`) with the character position.
//! - [`render`] and [`render_statistic`] write canonical report text
//!   ("more than 2.7 billion yuan", "27亿余元", "同比下降9.2%"). Reading what
//!   was rendered gives back the same expanded value, unit, qualifier and
//!   range end, with the two English exceptions of DESIGN.md: `over_some`
//!   is written "more than", and 万 and 亿 are written in thousands,
//!   millions and billions.
//! - [`chinese_number`] and [`english_number`] read number words
//!   (`一万五千`, `二十万亿`, `twenty-three`).
//! - [`figures`] reads running text (a paragraph, a press release, a whole
//!   report): every figure in document order, with the byte ranges of its
//!   words, its clause and its sentence.
//! - [`sentences`] and [`clauses`] cut running text into sentences and
//!   clauses, as byte ranges of the text as given, never inside a number
//!   or after an abbreviation.
//!
//! Errors say what could not be read and at which character
//! ([`Error::Text`]); no input makes the reader panic.
//!
//! ```
//! use workreport::text::{Lang, parse, render};
//!
//! let r = parse("城镇新增就业1200万人以上", None)?;
//! let q = r.quantity.unwrap();
//! assert_eq!(q.interval().to_string(), "[12000000, ∞)");
//! assert_eq!(render(&q, Lang::En), "at least 12 million people");
//! assert_eq!(render(&q, Lang::Zh), "1200万人以上");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::str::FromStr;

use crate::{Error, Result};

mod document;
pub(crate) mod lexicon;
mod numerals;
mod parse;
mod render;
mod scan;
mod segment;
mod table;
mod words;

pub use document::{Figures, Found, Refusal, figures};
pub(crate) use numerals::chinese_digit;
pub use numerals::{chinese_number, english_number};
pub use parse::{Reading, parse};
pub use render::{render, render_statistic};
pub use segment::{Clauses, Sentences, clauses, sentences};

/// A language of report text.
///
/// # Examples
///
/// ```
/// use workreport::text::Lang;
///
/// assert_eq!(Lang::detect("城镇新增就业1244万人"), Lang::Zh);
/// assert_eq!(Lang::detect("12.44 million urban jobs"), Lang::En);
/// assert_eq!("zh".parse::<Lang>()?, Lang::Zh);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Lang {
    /// English.
    En,
    /// Chinese.
    Zh,
}

impl Lang {
    /// Both languages.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::text::Lang::ALL.len(), 2);
    /// ```
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// Chinese when the text has a CJK character (other than full-width
    /// punctuation and digits), else English.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::text::Lang;
    /// assert_eq!(Lang::detect("１２％"), Lang::En);
    /// assert_eq!(Lang::detect("增长5%"), Lang::Zh);
    /// ```
    pub fn detect(text: &str) -> Lang {
        if text.chars().any(is_cjk) {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    /// The code: `en` or `zh`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::text::Lang::En.code(), "en");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }
}

/// Whether `c` is a CJK ideograph.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(feature = "serde")]
crate::serde_util::code_serde!(Lang, "a language code, en or zh");
#[cfg(feature = "schemars")]
crate::schema::code_schema!(
    Lang,
    "The language of a phrase: en (English) or zh (Chinese)."
);

impl FromStr for Lang {
    type Err = Error;

    fn from_str(s: &str) -> Result<Lang> {
        match s {
            "en" => Ok(Lang::En),
            "zh" => Ok(Lang::Zh),
            _ => Err(Error::Value(format!(
                "unknown language {}: expected en or zh",
                crate::error::Quoted(s)
            ))),
        }
    }
}
