//! Reading text: number words in Chinese and English.
//!
//! The building blocks of the phrase parser: [`chinese_number`] reads
//! Chinese numerals (`一万五千`, `二十万亿`, `两百`, `二〇二三`, traditional
//! `萬`, `億`, `兩`), [`english_number`] reads English number words
//! (`four`, `twenty-three`, `one hundred and five`). Errors say what could
//! not be read and at which character ([`Error::Text`](crate::Error::Text)).
//!
//! ```
//! use workreport::text::{chinese_number, english_number};
//!
//! assert_eq!(chinese_number("一万五千")?, english_number("fifteen thousand")?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod numerals;

pub use numerals::{chinese_number, english_number};
