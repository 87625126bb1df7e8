//! Reading and writing report text in English and Chinese.
//!
//! [`chinese_number`] reads Chinese numerals (`一万五千`, `二十万亿`, `两百`,
//! `二〇二三`, traditional `萬`, `億`, `兩`), [`english_number`] reads English
//! number words (`four`, `twenty-three`, `one hundred and five`). Errors say
//! what could not be read and at which character
//! ([`Error::Text`](crate::Error::Text)).
//!
//! ```
//! use workreport::text::{chinese_number, english_number};
//!
//! assert_eq!(chinese_number("一万五千")?, english_number("fifteen thousand")?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::str::FromStr;

use crate::{Error, Result};

pub(crate) mod lexicon;
mod numerals;
mod parse;
mod render;

pub use numerals::{chinese_number, english_number};
pub use parse::{Reading, parse};
pub use render::{render, render_statistic};

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

impl FromStr for Lang {
    type Err = Error;

    fn from_str(s: &str) -> Result<Lang> {
        match s {
            "en" => Ok(Lang::En),
            "zh" => Ok(Lang::Zh),
            _ => Err(Error::Value(format!(
                "unknown language {s:?}: expected en or zh"
            ))),
        }
    }
}
