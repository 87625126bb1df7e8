//! Typed, validated, comparable data for the figures in government work
//! reports.
//!
//! Government work reports, press briefings and performance reports are
//! full of figures: "cracked 58 abduction cases", "the solving rate is
//! 99.7%", "recovered more than 2.7 billion yuan", "no major traffic
//! accident for 10 consecutive years", "GDP growth of around 5%". This
//! crate is a shared, typed vocabulary for them: a [`Report`] of
//! [`Section`]s holding [`Achievement`]s, [`Measure`]s and [`Target`]s,
//! whose figures are [`Statistic`]s with exact [`Quantity`]s (a decimal as
//! written, its [`Magnitude`], [`Unit`] and [`Qualifier`]), [`Period`]s and
//! source quotes.
//!
//! ```
//! use workreport::{Magnitude, Qualifier, Quantity, Report, StatisticKind, Unit};
//!
//! // "挽回直接经济损失27亿余元": more than 2.7 and less than 2.8 billion yuan.
//! let q = Quantity::new("27".parse()?, Magnitude::Yi, Unit::CNY, Qualifier::OverSome)?;
//! assert_eq!(q.expanded().to_string(), "2700000000");
//! assert_eq!(q.interval().to_string(), "(2700000000, 2800000000)");
//!
//! // The bundled briefing, loaded with every check of the constructors.
//! let json = std::fs::read_to_string("examples/data/sichuan-public-security-2023.json")?;
//! let report = Report::from_json(&json)?;
//! let streaks = report.statistics().filter(|(_, s)| *s.kind() == StatisticKind::Streak).count();
//! assert!(streaks >= 3);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Semantics
//!
//! - Values are exact decimals ([`Decimal`]), never floats; the magnitude
//!   a figure is written with ("27亿", "5.35 million") is kept apart and
//!   applied once by [`Quantity::expanded`].
//! - A qualifier maps to an [`Interval`] ([`Quantity::interval`]): "more
//!   than 5.35 million" is (5 350 000, ∞), "27亿余" is (2.7 × 10⁹, 2.8 ×
//!   10⁹), "1200万左右" is [1150万, 1250万]; counts clip at zero.
//! - Percent and percentage points are different units; a currency
//!   compares only with itself; conversions are exact or marked inexact
//!   ([`Unit::convert`]).
//! - Constructors enforce what is structurally impossible (a month 13, a
//!   range whose low end exceeds its high end, a negative change size),
//!   and deserialization goes through the same checks, naming the field
//!   path of any error.
//! - A figure the source states unreadably is kept with its quote and no
//!   value ([`Statistic::unreadable`]): nothing is guessed.
//! - [`Report::validate`] judges what is well formed but doubtful and
//!   reports every finding with a stable code, severity, path, quote and
//!   suggestion; the [`validate`] module lists the rules in a table.
//! - [`compare`] never gives a confident wrong answer: two figures are
//!   less, equal, greater or undetermined; a target is met, missed or
//!   undetermined; two reports are diffed figure by figure.
//! - [`align`] pairs the figures of a translation with its original's and
//!   names the damage of translation (a lost decimal point, merged
//!   figures, a split magnitude); a statistic keeps the original's words
//!   ([`Statistic::quote_in`]) and an editor's [`Correction`] with its
//!   [`Evidence`] beside the figure as stated, never in its place.
//!
//! # Crate features
//!
//! - `serde` (default): serde impls for the public types, with checked
//!   deserialization, and [`Report::from_json`], [`Report::from_reader`]
//!   and [`Report::to_json`] for the `workreport/1` JSON format.
//! - `proptest`: the `workreport::proptest` module of strategies
//!   that build valid values through the real constructors, phrases and
//!   corruptions for testing parsers, and test vectors.
//! - `schemars`: `schemars::JsonSchema` for [`Report`] and everything in
//!   it, and for a test vector, so that `schemars::schema_for!(Report)`
//!   gives the JSON Schema of the data format; the crate checks in the
//!   result under `schema/` and tests that it does not drift.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Input never reaches an unwrap: every failure on data is an error value.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
#![warn(missing_debug_implementations)]

pub mod align;
pub mod compare;
mod correction;
mod damage;
mod decimal;
mod error;
mod hash;
mod period;
#[cfg(feature = "proptest")]
pub mod proptest;
mod quantity;
mod report;
mod row;
#[cfg(feature = "schemars")]
mod schema;
#[cfg(feature = "serde")]
mod serde_util;
mod statistic;
pub mod text;
mod unit;
pub mod validate;

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use chrono::NaiveDate;
pub use rust_decimal::Decimal;

pub use correction::{Correction, Evidence};
pub use damage::Damage;
pub use error::{Error, Result};
pub use period::{FiscalLabel, FiscalStart, Period, PeriodContext, PeriodKind};
pub use quantity::{Interval, Magnitude, Qualifier, Quantity, Tolerance};
pub use report::{
    Achievement, Improves, Language, Measure, MeasureKind, MeasureStatus, RegionCode, Report,
    Scope, Section, Source, Target,
};
pub use row::StatisticRow;
pub use statistic::{
    Basis, Change, ChangeMode, Direction, Extreme, Id, Metric, MetricKey, PriceBasis, Rank, Record,
    Statistic, StatisticKind,
};
pub use unit::{CompoundUnit, Converted, Counted, Currency, Dimension, Noun, Unit};
