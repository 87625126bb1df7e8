//! Validation: every doubtful figure of a report, with a code, a path and a
//! suggestion.
//!
//! Construction refuses what cannot be (a month 13, a blank metric or quote,
//! a range whose low end exceeds its high end); validation judges what is
//! well formed but doubtful, and reports every finding, not only the first.
//! [`Report::validate`] runs every rule with the default thresholds; a
//! [`Validator`] chooses the rules and the thresholds.
//!
//! ```
//! use workreport::validate::{Rule, Severity};
//!
//! let json = std::fs::read_to_string("examples/data/sichuan-public-security-2023.json")?;
//! let report = workreport::Report::from_json(&json)?;
//! let findings = report.validate();
//! let rate = findings.iter().find(|f| f.rule == Rule::RateOutOfRange).unwrap();
//! assert_eq!(rate.severity, Severity::Error);
//! assert_eq!(rate.quote.as_deref(), Some("the current ** case solving rate is 997%"));
//! // The report holds the editor's correction of 997%: the finding cites it.
//! assert_eq!(
//!     rate.suggestion.as_deref(),
//!     Some("corrected to 99.7% by the editor: the original states 现行命案破案率99.7% \
//!           (source: China News Service, Sichuan (中新网四川), 2024-01-09: the Chinese original of the briefing)")
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Rules
//!
//! Each rule is a function named after its code, in the module of its
//! family. Severity is the default; a suggestion drawn from the text alone
//! is a hypothesis and says so (see [Suggestions](#suggestions)).
//!
//! | code | severity | catches | example |
//! |---|---|---|---|
//! | `rate.out_of_range` | error | a rate (a share, not a ratio) outside 0 to 100 percent; suggests a lost decimal point where ÷10 or ÷100 lands in range | a solving rate of 997% |
//! | `change.impossible_decline` | error | a relative decline of more than 100 percent | down 120% |
//! | `change.implausible` | warning | a relative decline of 50 percent or more, or growth of 500 percent or more (both configurable); suggests a lost decimal point | down 92% year on year |
//! | `count.not_whole` | error | a count that is not a whole number once expanded | 2.5 cases |
//! | `count.negative` | error | a count below zero | −3 people |
//! | `quote.unreadable` | error | a figure whose quote cannot be read (no value) | "disputes80More than 30,000 pieces" |
//! | `quote.mismatch` | error, or warning when only the unit or qualifier differs | a quote the crate's reader reads otherwise than the structured value | quote "58 cases", value 85 |
//! | `quote.redaction` | info | a redaction or placeholder in a quote: `**`, `XX`, `□`, `×××`, `某某` | "the current ** case solving rate" |
//! | `quote.empty` | warning | a measure whose quote is there but blank: nothing to check it against | `"quote": " "` |
//! | `text.blank` | warning | a blank title, issuer, section heading, achievement or target text, or measure title | a section headed `""` |
//! | `mention.qualifier_differs` | warning | two mentions of one metric, scope and period with the same number and different qualifiers | "more than 170,000" and "170,000" |
//! | `mention.conflict` | error | two mentions of one metric, scope and period whose intervals cannot both be true | 58 cases and 85 cases |
//! | `part.exceeds_whole` | error | a part (by `part_of`) larger than its whole, however both are read | 120 of 100 cases |
//! | `period.outcome_after_report` | warning | an outcome, or a measure carried out, in a period that starts after the report's | a 2024 outcome in a 2023 report |
//! | `period.target_before_report` | warning | a target, or a planned measure, in a period that ends before the report's starts | a 2021 target in a 2023 report |
//! | `window.too_early` | warning | a streak or record window reaching back before a plausible start (1949 by default, configurable) | "for 100 consecutive years" in 2023 |
//! | `id.duplicate` | error | two statistics with one id | two `cases_total` |
//! | `id.unknown_part_of` | error | a `part_of` naming no statistic of the report | `part_of: "total"` with no `total` |
//! | `translation.disagrees` | error | with an original supplied (`Validator::validate_against`), a translated figure the aligner finds damaged against it, or one the original does not state where it covers the translation; names the original's reading | "997%" against 现行命案破案率99.7% |
//!
//! The mention rules judge every mention of a figure (one metric, scope,
//! period, kind and unit) together, in time and memory linear in their
//! number: `mention.conflict` is one finding a figure, on the first
//! mention that cannot be true with an earlier one, naming that one;
//! `mention.qualifier_differs` is one finding a number, on its first
//! mention with a qualifier other than the first mention's. Where a figure
//! has more than two mentions, the finding names the first five others and
//! counts the rest.
//!
//! No rule lists more than 1,000 findings by default
//! ([`Validator::findings_per_rule`]): past that, one more finding of the
//! rule, at the first finding left out, says how many were left out.
//!
//! A blank metric, or a statistic's blank quote, is not a finding:
//! construction and loading refuse it
//! ([`Error::Value`]), so no report holds one.
//!
//! # Suggestions
//!
//! A finding that judges a statistic's figure (every rule but
//! `quote.redaction`, `quote.empty`, `text.blank`, `period.*` and `id.*`)
//! on a statistic with an editor's correction ([`Statistic::correction`])
//! suggests the correction, whatever its rule would have derived: the
//! corrected figure, or, for a correction with no single figure (two
//! figures merged into one), the figures its evidence states, then each
//! piece of evidence's words and source. No guess is made for a corrected
//! figure.
//!
//! Otherwise a rule's guess (a lost decimal point, for `rate.out_of_range`
//! and the `change.*` rules) is weighed against what the validator knows of
//! the figure besides its own quote: the original's figures paired with
//! it, with [`Validator::validate_against`], and its quotes in other
//! languages ([`Statistic::quote_in`]), read clause by clause. A guess that
//! one of them contradicts (it states figures in a comparable unit, and
//! the guess is in none of them) is not printed: the suggestion names what
//! it states instead. A guess that one bears out says so; with nothing
//! either way, the guess says it is "a guess from the text alone".
//!
//! ```
//! # use workreport::*;
//! use workreport::validate::{Rule, Validator};
//!
//! // A decline of 92% year on year, alone in a report.
//! let decline = Statistic::new(Metric::new("criminal cases")?,
//!     StatisticKind::Change(Change { direction: Direction::Down, basis: Basis::YearOnYear,
//!         mode: ChangeMode::Relative }),
//!     Some(Quantity::exact("92".parse()?, Unit::Percent)?), "decreased year-on-year. 92%")?;
//! let mut report = Report::new("Briefing", "Police", Scope::new("Sichuan")?, "2023".parse()?,
//!     "en".parse()?);
//! let mut section = Section::new("Security");
//! section.achievements.push(Achievement { text: "cases fell".into(), statistics: vec![decline.clone()] });
//! report.sections.push(section);
//! let validator = Validator::new().only(&[Rule::ChangeImplausible]);
//! let suggestion = |r: &Report| validator.validate(r)[0].suggestion.clone();
//!
//! // The text alone: a guess, which says so.
//! assert_eq!(suggestion(&report).as_deref(),
//!     Some("a lost decimal point? 9.2% (a guess from the text alone: check the source)"));
//! // The Chinese words state two other figures: no guess.
//! let words = "刑事案件、治安案件发案同比分别下降29.93%、29.92%";
//! let zh = decline.with_quote_in("zh".parse()?, words)?;
//! report.sections[0].achievements[0].statistics[0] = zh.clone();
//! assert_eq!(suggestion(&report).as_deref(),
//!     Some("the quote in zh states 29.93% and 29.92% (刑事案件、治安案件发案同比分别下降29.93%、29.92%): \
//!           check the figure against it"));
//! // An editor's correction, here with no single figure, is cited.
//! let percent = |v: &str| Quantity::exact(v.parse().unwrap(), Unit::Percent).unwrap();
//! let evidence = Evidence::new("the Chinese original", "zh".parse()?, words,
//!     vec![percent("29.93"), percent("29.92")])?;
//! report.sections[0].achievements[0].statistics[0] =
//!     zh.with_correction(Correction::new(None, vec![evidence])?)?;
//! assert_eq!(suggestion(&report).as_deref(),
//!     Some("corrected by the editor, no single figure in its place: the original states two figures, \
//!           29.93% and 29.92%: 刑事案件、治安案件发案同比分别下降29.93%、29.92% (source: the Chinese original)"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;

use crate::align::{Alignment, Pair};
use crate::{
    Correction, Error, Measure, MeasureStatus, Period, Report, Result, Section, Statistic,
    StatisticKind,
};

mod change;
mod count;
mod id;
mod mention;
mod part;
mod period;
mod quote;
mod rate;
mod suggestion;
mod text;
mod translation;
mod window;

/// How much a finding matters.
///
/// # Total ordering
///
/// `Info < Warning < Error`.
///
/// # Examples
///
/// ```
/// use workreport::validate::Severity;
/// assert!(Severity::Error > Severity::Warning);
/// assert_eq!(Severity::Warning.code(), "warning");
/// assert_eq!("info".parse::<Severity>()?, Severity::Info);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Severity {
    /// Worth knowing; nothing wrong.
    Info,
    /// Doubtful: check before publishing.
    Warning,
    /// Wrong as it stands.
    Error,
}

impl Severity {
    /// The code: `info`, `warning` or `error`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::validate::Severity::Error.code(), "error");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Severity {
    type Err = Error;

    fn from_str(s: &str) -> Result<Severity> {
        [Severity::Info, Severity::Warning, Severity::Error]
            .into_iter()
            .find(|v| v.code() == s)
            .ok_or_else(|| {
                Error::Value(format!(
                    "invalid severity {}: expected info, warning or error",
                    crate::error::Quoted(s)
                ))
            })
    }
}

macro_rules! rules {
    ($( $(#[$doc:meta])* $name:ident => $code:literal, $severity:ident; )*) => {
        /// A validation rule, named after its stable code (`rate.out_of_range`).
        /// The [module docs](self) list what each catches.
        ///
        /// # Examples
        ///
        /// ```
        /// use workreport::validate::{Rule, Severity};
        /// assert_eq!(Rule::RateOutOfRange.code(), "rate.out_of_range");
        /// assert_eq!(Rule::RateOutOfRange.severity(), Severity::Error);
        /// assert_eq!("quote.redaction".parse::<Rule>()?, Rule::QuoteRedaction);
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Rule {
            $( $(#[$doc])* $name, )*
        }

        impl Rule {
            /// Every rule, in the order the module docs list them.
            pub const ALL: &'static [Rule] = &[$(Rule::$name),*];

            /// The stable code, family then rule.
            ///
            /// # Examples
            ///
            /// ```
            /// assert_eq!(workreport::validate::Rule::IdDuplicate.code(), "id.duplicate");
            /// ```
            pub fn code(self) -> &'static str {
                match self { $(Rule::$name => $code,)* }
            }

            /// The severity of the rule's findings (`quote.mismatch` is a
            /// warning when only the unit or qualifier differs).
            ///
            /// # Examples
            ///
            /// ```
            /// use workreport::validate::{Rule, Severity};
            /// assert_eq!(Rule::QuoteRedaction.severity(), Severity::Info);
            /// ```
            pub fn severity(self) -> Severity {
                match self { $(Rule::$name => Severity::$severity,)* }
            }
        }
    };
}

rules! {
    /// A rate outside 0 to 100 percent.
    RateOutOfRange => "rate.out_of_range", Error;
    /// A relative decline of more than 100 percent.
    ChangeImpossibleDecline => "change.impossible_decline", Error;
    /// An implausibly large relative change.
    ChangeImplausible => "change.implausible", Warning;
    /// A count that is not a whole number.
    CountNotWhole => "count.not_whole", Error;
    /// A count below zero.
    CountNegative => "count.negative", Error;
    /// A figure whose quote cannot be read.
    QuoteUnreadable => "quote.unreadable", Error;
    /// A quote that reads otherwise than the structured value.
    QuoteMismatch => "quote.mismatch", Error;
    /// A redaction or placeholder in a quote.
    QuoteRedaction => "quote.redaction", Info;
    /// A measure's quote that is there but blank.
    QuoteEmpty => "quote.empty", Warning;
    /// A blank title, issuer, heading, achievement or target text, or
    /// measure title.
    TextBlank => "text.blank", Warning;
    /// Two mentions of one figure that differ only in qualifier.
    MentionQualifierDiffers => "mention.qualifier_differs", Warning;
    /// Two mentions of one figure that cannot both be true.
    MentionConflict => "mention.conflict", Error;
    /// A part larger than its whole.
    PartExceedsWhole => "part.exceeds_whole", Error;
    /// An outcome after the report's period.
    PeriodOutcomeAfterReport => "period.outcome_after_report", Warning;
    /// A target before the report's period.
    PeriodTargetBeforeReport => "period.target_before_report", Warning;
    /// A streak or record window reaching back too far.
    WindowTooEarly => "window.too_early", Warning;
    /// Two statistics with one id.
    IdDuplicate => "id.duplicate", Error;
    /// A part-of reference to no statistic.
    IdUnknownPartOf => "id.unknown_part_of", Error;
    /// A translated figure that its original contradicts
    /// ([`Validator::validate_against`]).
    TranslationDisagrees => "translation.disagrees", Error;
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Rule {
    type Err = Error;

    fn from_str(s: &str) -> Result<Rule> {
        Rule::ALL
            .iter()
            .copied()
            .find(|r| r.code() == s)
            .ok_or_else(|| {
                Error::Value(format!(
                    "invalid rule {}: no validation rule has this code",
                    crate::error::Quoted(s)
                ))
            })
    }
}

/// One doubtful thing in a report.
///
/// # Examples
///
/// ```
/// # use workreport::*;
/// # let mut report = Report::new("t", "i", Scope::new("s")?, "2023".parse()?, "en".parse()?);
/// # let mut section = Section::new("Security");
/// # let mut a = Achievement::new("solving rate");
/// # a.statistics.push(Statistic::new(Metric::new("solving rate")?, StatisticKind::Rate,
/// #     Some(Quantity::exact("997".parse()?, Unit::Percent)?), "the solving rate is 997%")?);
/// # section.achievements.push(a);
/// # report.sections.push(section);
/// let finding = &report.validate()[0];
/// assert_eq!(finding.code(), "rate.out_of_range");
/// assert_eq!(finding.path, "sections[0].achievements[0].statistics[0]");
/// assert_eq!(finding.message, "a rate of 997 percent is outside 0 to 100 percent");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Finding {
    /// The rule that found it.
    pub rule: Rule,
    /// How much it matters.
    pub severity: Severity,
    /// The path of the item, as FORMATS.md writes paths.
    pub path: String,
    /// What is doubtful, in a lowercase sentence with no final period.
    pub message: String,
    /// The source quote of the item, when it has one.
    pub quote: Option<String>,
    /// A likely repair, when one can be derived: an editor's correction
    /// of the figure, cited with its evidence, or a repair derived from
    /// the text and weighed against the evidence at hand; a guess from the
    /// text alone says so. See [Suggestions](self#suggestions).
    pub suggestion: Option<String>,
}

impl Finding {
    /// The rule's stable code.
    ///
    /// # Examples
    ///
    /// See [`Finding`].
    pub fn code(&self) -> &'static str {
        self.rule.code()
    }
}

impl fmt::Display for Finding {
    /// A compiler-style diagnostic: severity and code, path, quote,
    /// message, suggestion.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}[{}]: {}", self.severity, self.code(), self.message)?;
        write!(f, "  --> {}", self.path)?;
        if let Some(quote) = &self.quote {
            write!(f, "\n   | {quote}")?;
        }
        if let Some(s) = &self.suggestion {
            write!(f, "\n   = suggestion: {s}")?;
        }
        Ok(())
    }
}

/// Every finding of a validation, in document order.
///
/// Dereferences to a slice of [`Finding`]s; `Display` prints them as
/// diagnostics followed by a summary line; with the `serde` feature it
/// serializes as FORMATS.md's array of findings.
///
/// # Examples
///
/// ```
/// let json = std::fs::read_to_string("examples/data/sichuan-public-security-2023.json")?;
/// let findings = workreport::Report::from_json(&json)?.validate();
/// assert!(findings.has_errors());
/// assert!(findings.to_string().ends_with("4 errors, 2 warnings, 1 info\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Findings(Vec<Finding>);

impl Findings {
    /// Whether any finding is an error.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!workreport::validate::Findings::default().has_errors());
    /// ```
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|f| f.severity == Severity::Error)
    }

    /// How many findings have `severity`.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::validate::{Findings, Severity};
    /// assert_eq!(Findings::default().count(Severity::Info), 0);
    /// ```
    pub fn count(&self, severity: Severity) -> usize {
        self.0.iter().filter(|f| f.severity == severity).count()
    }

    /// The summary line: `2 errors, 1 warning, 0 infos`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::validate::Findings::default().summary(), "0 errors, 0 warnings, 0 infos");
    /// ```
    pub fn summary(&self) -> String {
        let n = |s: Severity, one: &str, many: &str| {
            let k = self.count(s);
            format!("{k} {}", if k == 1 { one } else { many })
        };
        format!(
            "{}, {}, {}",
            n(Severity::Error, "error", "errors"),
            n(Severity::Warning, "warning", "warnings"),
            n(Severity::Info, "info", "infos")
        )
    }

    /// The findings as a vector.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(workreport::validate::Findings::default().into_vec().is_empty());
    /// ```
    pub fn into_vec(self) -> Vec<Finding> {
        self.0
    }
}

impl std::ops::Deref for Findings {
    type Target = [Finding];

    fn deref(&self) -> &[Finding] {
        &self.0
    }
}

impl IntoIterator for Findings {
    type Item = Finding;
    type IntoIter = std::vec::IntoIter<Finding>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Findings {
    type Item = &'a Finding;
    type IntoIter = std::slice::Iter<'a, Finding>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl fmt::Display for Findings {
    /// Each finding as a diagnostic, a blank line after each, then the
    /// summary line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for finding in &self.0 {
            writeln!(f, "{finding}\n")?;
        }
        writeln!(f, "{}", self.summary())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Finding", 6)?;
        st.serialize_field("code", self.code())?;
        st.serialize_field("severity", self.severity.code())?;
        st.serialize_field("path", &self.path)?;
        st.serialize_field("message", &self.message)?;
        st.serialize_field("quote", &self.quote)?;
        st.serialize_field("suggestion", &self.suggestion)?;
        st.end()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Findings {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

/// The rules to run and their thresholds.
///
/// # Examples
///
/// ```
/// use workreport::validate::{Rule, Validator};
///
/// let json = std::fs::read_to_string("examples/data/sichuan-public-security-2023.json")?;
/// let report = workreport::Report::from_json(&json)?;
/// // A decline of 92% passes when only declines of 95% or more are doubted.
/// let findings = Validator::new()
///     .implausible_decline("95".parse()?)
///     .without(Rule::QuoteRedaction)
///     .validate(&report);
/// assert!(findings.iter().all(|f| f.rule != Rule::ChangeImplausible && f.rule != Rule::QuoteRedaction));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Validator {
    skip: Vec<Rule>,
    implausible_decline: Decimal,
    implausible_growth: Decimal,
    earliest_year: i32,
    findings_per_rule: usize,
}

impl Default for Validator {
    fn default() -> Self {
        Validator {
            skip: Vec::new(),
            implausible_decline: Decimal::from(50),
            implausible_growth: Decimal::from(500),
            earliest_year: 1949,
            findings_per_rule: 1000,
        }
    }
}

impl Validator {
    /// Every rule, with the default thresholds: a decline of 50 percent or
    /// more and growth of 500 percent or more are implausible; no window
    /// reaches back before 1949; at most 1,000 findings of a rule are
    /// listed.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::validate::Validator::new(), Default::default());
    /// ```
    pub fn new() -> Validator {
        Validator::default()
    }

    /// Leaves `rule` out.
    ///
    /// # Examples
    ///
    /// See [`Validator`].
    #[must_use]
    pub fn without(mut self, rule: Rule) -> Validator {
        if !self.skip.contains(&rule) {
            self.skip.push(rule);
        }
        self
    }

    /// Runs only `rules`.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::validate::{Rule, Validator};
    /// let json = std::fs::read_to_string("examples/data/sichuan-public-security-2023.json")?;
    /// let report = workreport::Report::from_json(&json)?;
    /// let findings = Validator::new().only(&[Rule::QuoteUnreadable]).validate(&report);
    /// assert_eq!(findings.len(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn only(mut self, rules: &[Rule]) -> Validator {
        self.skip = Rule::ALL
            .iter()
            .copied()
            .filter(|r| !rules.contains(r))
            .collect();
        self
    }

    /// The relative decline, in percent, from which a decline is doubted
    /// (`change.implausible`); 50 by default.
    ///
    /// # Examples
    ///
    /// See [`Validator`].
    #[must_use]
    pub fn implausible_decline(mut self, percent: Decimal) -> Validator {
        self.implausible_decline = percent;
        self
    }

    /// The relative growth, in percent, from which growth is doubted
    /// (`change.implausible`); 500 by default.
    ///
    /// # Examples
    ///
    /// ```
    /// let v = workreport::validate::Validator::new().implausible_growth("1000".parse()?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn implausible_growth(mut self, percent: Decimal) -> Validator {
        self.implausible_growth = percent;
        self
    }

    /// The earliest year a streak or record window may reach back to
    /// (`window.too_early`); 1949 by default.
    ///
    /// # Examples
    ///
    /// ```
    /// let v = workreport::validate::Validator::new().earliest_year(1978);
    /// ```
    #[must_use]
    pub fn earliest_year(mut self, year: i32) -> Validator {
        self.earliest_year = year;
        self
    }

    /// The most findings of one rule that a validation lists; 1,000 by
    /// default. Past it, the rule's findings are counted, not listed: one
    /// more finding of the rule, at the first one left out (its path and
    /// quote), says how many were left out, with the severest severity
    /// among them. So a report of a million statistics, each with a lost
    /// decimal point, gives a list of a bounded size. The counts of
    /// [`Findings::count`] and [`Findings::summary`] count that finding as
    /// one.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::validate::{Rule, Validator};
    ///
    /// let json = std::fs::read_to_string("examples/data/sichuan-public-security-2023.json")?;
    /// let report = workreport::Report::from_json(&json)?;
    /// let findings = Validator::new().only(&[Rule::QuoteUnreadable]).findings_per_rule(1).validate(&report);
    /// assert_eq!(findings.len(), 2);
    /// assert_eq!(
    ///     findings[1].message,
    ///     "2 more findings of quote.unreadable, from this one on, are not listed: the validator lists the first 1 of each rule"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn findings_per_rule(mut self, limit: usize) -> Validator {
        self.findings_per_rule = limit;
        self
    }

    /// Every finding of the chosen rules on `report`, in document order
    /// (then in the order of [`Rule::ALL`]). `translation.disagrees` needs
    /// an original: see [`validate_against`](Validator::validate_against).
    ///
    /// # Examples
    ///
    /// See [`Validator`].
    pub fn validate(&self, report: &Report) -> Findings {
        self.run(report, None)
    }

    /// [`validate`](Validator::validate), and `translation.disagrees`:
    /// `report` is a translation, aligned with its `original`
    /// ([`crate::align`]). A translated figure the original contradicts is
    /// an error naming the original's reading, and the suggestion is the
    /// original's figure, not a guess (or, for a corrected figure, the
    /// editor's correction). The other rules' guesses are weighed against
    /// the original's figures too: one the original contradicts is not
    /// made ([Suggestions](self#suggestions)). Without an original,
    /// suggestions drawn from the translation alone stay hypotheses and say
    /// so.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::align::Original;
    /// use workreport::validate::{Rule, Validator};
    ///
    /// let json = std::fs::read_to_string("examples/data/sichuan-public-security-2023.json")?;
    /// let report = workreport::Report::from_json(&json)?;
    /// let original = Original::from_text(&std::fs::read_to_string(
    ///     "examples/data/sichuan-public-security-2023.original.txt")?)?;
    /// let findings = Validator::new().only(&[Rule::TranslationDisagrees])
    ///     .validate_against(&report, &original);
    /// let rate = findings.iter().find(|f| f.quote.as_deref().is_some_and(|q| q.contains("997%"))).unwrap();
    /// assert_eq!(rate.message, "the original states 99.7% (现行命案破案率99.7%): a lost decimal point");
    /// // The report holds the editor's correction of the figure: it is cited.
    /// assert!(rate.suggestion.as_deref().is_some_and(|s| s.starts_with("corrected to 99.7% by the editor: ")));
    /// assert_eq!(findings.len(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate_against(&self, report: &Report, original: &crate::align::Original) -> Findings {
        self.run(report, Some(original))
    }

    fn run(&self, report: &Report, original: Option<&crate::align::Original>) -> Findings {
        let mut out = Out {
            findings: Vec::new(),
            skip: &self.skip,
        };
        // A rule left out is not run: re-reading quotes is most of the
        // work when it is on.
        let runs = |rule| !self.skip.contains(&rule);
        // With an original, the alignment: for `translation.disagrees`, and
        // as evidence against which the guesses of the rules that make
        // them are weighed.
        let guesses = [
            Rule::RateOutOfRange,
            Rule::ChangeImpossibleDecline,
            Rule::ChangeImplausible,
        ]
        .into_iter()
        .any(runs);
        let alignment: Option<Alignment<'_>> = original
            .filter(|_| guesses || runs(Rule::TranslationDisagrees))
            .map(|o| crate::align::align(report, o));
        let paired: Paired<'_> = if guesses {
            alignment
                .iter()
                .flat_map(|a| &a.pairs)
                .filter(|p| !p.original.is_empty())
                .flat_map(|p| {
                    p.translated
                        .iter()
                        .map(move |t| (std::ptr::from_ref(t.statistic), p))
                })
                .collect()
        } else {
            HashMap::new()
        };
        let cx = Context {
            report,
            config: self,
            paired: &paired,
        };
        // Each per-statistic rule that runs, filed under the kinds of
        // statistic it looks at, so that a statistic meets only its own.
        let mut per_kind: [Vec<PerStatistic>; KindGroup::COUNT] = Default::default();
        for (rules, group, rule) in [
            (
                &[Rule::QuoteUnreadable][..],
                None,
                quote::unreadable as PerStatistic,
            ),
            (&[Rule::QuoteMismatch], None, quote::mismatch),
            (
                &[Rule::CountNotWhole, Rule::CountNegative],
                Some(KindGroup::Count),
                count::whole_and_not_negative,
            ),
            (
                &[Rule::RateOutOfRange],
                Some(KindGroup::Rate),
                rate::out_of_range,
            ),
            (
                &[Rule::ChangeImpossibleDecline],
                Some(KindGroup::Change),
                change::impossible_decline,
            ),
            (
                &[Rule::ChangeImplausible],
                Some(KindGroup::Change),
                change::implausible,
            ),
            (
                &[Rule::WindowTooEarly],
                Some(KindGroup::Window),
                window::too_early,
            ),
        ] {
            if rules.iter().any(|r| runs(*r)) {
                match group {
                    Some(g) => per_kind[g as usize].push(rule),
                    None => per_kind.iter_mut().for_each(|v| v.push(rule)),
                }
            }
        }
        let mentions_run = runs(Rule::MentionQualifierDiffers) || runs(Rule::MentionConflict);
        let mut mentions = if mentions_run {
            mention::Mentions::for_report(report)
        } else {
            mention::Mentions::empty()
        };
        let redaction_runs = runs(Rule::QuoteRedaction);
        let blank_runs = runs(Rule::TextBlank);
        let periods_run =
            runs(Rule::PeriodOutcomeAfterReport) || runs(Rule::PeriodTargetBeforeReport);
        let mut linked = Linked::default();
        // The corrected statistics by their place in document order, in
        // that order: their findings cite the correction.
        let mut corrected: Vec<(usize, &Correction)> = Vec::new();
        // One pass over the items for every rule that looks at one item at
        // a time: a large report is read from memory once, not once a rule.
        let sections = walk(report, |item| {
            let pos = item.pos;
            if let Some(stat) = item.statistic() {
                let at = At { pos, stat };
                for rule in &per_kind[KindGroup::of(stat.kind()) as usize] {
                    rule(&cx, &at, &mut out);
                }
                if mentions_run {
                    mentions.add(pos, stat);
                }
                if stat.id().is_some() {
                    linked.with_id.push((pos, stat));
                }
                if stat.part_of().is_some() {
                    linked.with_part_of.push((pos, stat));
                }
                if let Some(c) = stat.correction() {
                    corrected.push((pos.index, c));
                }
            }
            if redaction_runs && let Some(q) = item.quote() {
                quote::redaction(pos, q, &mut out);
            }
            if let What::Measure(m) = item.what {
                quote::empty(pos, m, &mut out);
            }
            if blank_runs {
                text::blank(&item, &mut out);
            }
            if periods_run {
                period::outside_report(&cx, &item, &mut out);
            }
        });
        let figures = mentions.figures(&cx);
        mention::qualifier_differs(&sections, &figures, &mut out);
        mention::conflict(&sections, &figures, &mut out);
        part::exceeds_whole(&sections, &linked, &mut out);
        id::duplicate(&sections, &linked, &mut out);
        id::unknown_part_of(&linked, &mut out);
        if let Some(alignment) = &alignment
            && runs(Rule::TranslationDisagrees)
        {
            translation::disagrees(report, alignment, &mut out);
        }
        let mut findings = out.findings;
        findings.sort_by_key(|(pos, f)| (pos.index, f.rule));
        // A finding on a corrected figure suggests the correction, not what
        // its rule derived from the text.
        if !corrected.is_empty() {
            for (pos, f) in &mut findings {
                if !suggestion::judges_the_figure(f.rule) {
                    continue;
                }
                if let Ok(i) = corrected.binary_search_by_key(&pos.index, |&(i, _)| i) {
                    f.suggestion = Some(suggestion::cite(corrected[i].1, &report.language));
                }
            }
        }
        Findings(
            self.listed(findings)
                .into_iter()
                .map(|(pos, f)| Finding {
                    path: sections.path(&pos),
                    ..f
                })
                .collect(),
        )
    }
}

/// The findings of one rule beyond [`Validator::findings_per_rule`], and
/// where the finding that counts them is.
struct LeftOut {
    /// Its index in the findings listed.
    at: usize,
    count: usize,
    severity: Severity,
}

impl Validator {
    /// The first [`findings_per_rule`](Validator::findings_per_rule)
    /// findings of each rule, in the order given, and for a rule with more,
    /// in place of the first left out, a finding that counts them.
    fn listed(&self, findings: Vec<(Pos, Finding)>) -> Vec<(Pos, Finding)> {
        const RULES: usize = Rule::ALL.len();
        let mut met = [0_usize; RULES];
        let mut left_out: [Option<LeftOut>; RULES] = Default::default();
        let mut listed = Vec::with_capacity(findings.len());
        for (pos, finding) in findings {
            // `Rule::ALL` lists the variants in their order of declaration.
            let rule = finding.rule as usize;
            let (Some(met), Some(left_out)) = (met.get_mut(rule), left_out.get_mut(rule)) else {
                continue;
            };
            *met += 1;
            if *met <= self.findings_per_rule {
                listed.push((pos, finding));
                continue;
            }
            match left_out {
                Some(l) => {
                    l.count += 1;
                    l.severity = l.severity.max(finding.severity);
                }
                None => {
                    *left_out = Some(LeftOut {
                        at: listed.len(),
                        count: 1,
                        severity: finding.severity,
                    });
                    listed.push((pos, finding));
                }
            }
        }
        for l in left_out.iter().flatten() {
            if let Some((_, f)) = listed.get_mut(l.at) {
                f.severity = l.severity;
                f.message = format!(
                    "{} more finding{} of {}, from this one on, {} not listed: the validator lists the first {} of each rule",
                    l.count,
                    if l.count == 1 { "" } else { "s" },
                    f.rule,
                    if l.count == 1 { "is" } else { "are" },
                    self.findings_per_rule
                );
                f.suggestion = None;
            }
        }
        listed
    }
}

impl Report {
    /// Every finding of every rule with the default thresholds:
    /// `Validator::new().validate(self)`. See [`validate`](crate::validate)
    /// for the rules.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = std::fs::read_to_string("examples/data/sichuan-public-security-2023.json")?;
    /// let findings = workreport::Report::from_json(&json)?.validate();
    /// assert_eq!(findings.iter().filter(|f| f.code() == "quote.unreadable").count(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate(&self) -> Findings {
        Validator::new().validate(self)
    }
}

/// What a rule sees of the report.
struct Context<'a> {
    report: &'a Report,
    config: &'a Validator,
    /// With an original, the original's figures paired with each
    /// translated statistic that has any, by the statistic's address.
    paired: &'a Paired<'a>,
}

/// The pairs of an alignment by the address of each translated statistic.
type Paired<'a> = HashMap<*const Statistic, &'a Pair<'a>>;

/// The statistics with an id and those with a `part_of`, where they are,
/// for the rules that link statistics.
#[derive(Default)]
struct Linked<'a> {
    with_id: Vec<(Pos, &'a Statistic)>,
    with_part_of: Vec<(Pos, &'a Statistic)>,
}

/// A rule that looks at one statistic at a time.
type PerStatistic = fn(&Context<'_>, &At<'_>, &mut Out<'_>);

/// The kinds of statistic that per-statistic rules single out.
#[derive(Clone, Copy)]
enum KindGroup {
    Count,
    Rate,
    Change,
    /// Streaks and records: the rules of their windows.
    Window,
    Other,
}

impl KindGroup {
    const COUNT: usize = 5;

    fn of(kind: &StatisticKind) -> KindGroup {
        match kind {
            StatisticKind::Count => KindGroup::Count,
            StatisticKind::Rate => KindGroup::Rate,
            StatisticKind::Change(_) => KindGroup::Change,
            StatisticKind::Streak | StatisticKind::Record(_) => KindGroup::Window,
            _ => KindGroup::Other,
        }
    }
}

/// The statistic a per-statistic rule looks at.
struct At<'a> {
    pos: Pos,
    stat: &'a Statistic,
}

/// Where findings go: rules left out are not recorded. A finding's path is
/// written when every section's path is known, after the walk.
struct Out<'a> {
    findings: Vec<(Pos, Finding)>,
    skip: &'a [Rule],
}

impl Out<'_> {
    fn runs(&self, rule: Rule) -> bool {
        !self.skip.contains(&rule)
    }

    /// Records a finding of `rule` at `pos`, with the rule's severity.
    fn push(
        &mut self,
        pos: Pos,
        rule: Rule,
        message: String,
        quote: Option<&str>,
        suggestion: Option<String>,
    ) {
        self.push_as(pos, rule, rule.severity(), message, quote, suggestion);
    }

    fn push_as(
        &mut self,
        pos: Pos,
        rule: Rule,
        severity: Severity,
        message: String,
        quote: Option<&str>,
        suggestion: Option<String>,
    ) {
        if self.runs(rule) {
            self.findings.push((
                pos,
                Finding {
                    rule,
                    severity,
                    path: String::new(),
                    message,
                    quote: quote.map(str::to_owned),
                    suggestion,
                },
            ));
        }
    }
}

/// Calls `f` with what a report says, in document order: the report's
/// title and issuer, then each section's heading, its achievements (each
/// with its statistics), its measures, its targets (each with its figure),
/// then its subsections. Returns the sections' paths, which the items'
/// positions name by index.
fn walk<'a>(report: &'a Report, mut f: impl FnMut(Item<'a>)) -> Sections {
    fn walk_section<'a>(
        path: String,
        s: &'a Section,
        sections: &mut Vec<String>,
        index: &mut usize,
        f: &mut impl FnMut(Item<'a>),
    ) {
        let section = sections.len();
        sections.push(path);
        let mut item = |place, what| {
            f(Item {
                pos: Pos {
                    index: *index,
                    section,
                    place,
                },
                what,
            });
            *index += 1;
        };
        item(Place::Heading, What::Text(&s.heading, TextKind::Heading));
        for (a, achievement) in s.achievements.iter().enumerate() {
            item(
                Place::Achievement(a),
                What::Text(&achievement.text, TextKind::Achievement),
            );
            for (k, stat) in achievement.statistics.iter().enumerate() {
                item(Place::Statistic(a, k), What::Outcome(stat));
            }
        }
        for (m, measure) in s.measures.iter().enumerate() {
            item(Place::Measure(m), What::Measure(measure));
        }
        for (t, target) in s.targets.iter().enumerate() {
            item(Place::Target(t), What::Text(&target.text, TextKind::Target));
            if let Some(figure) = &target.figure {
                item(Place::Figure(t), What::Target(figure));
            }
        }
        for (i, sub) in s.sections.iter().enumerate() {
            let path = format!("{}.sections[{i}]", sections[section]);
            walk_section(path, sub, sections, index, f);
        }
    }
    let header = [
        (Place::Title, What::Text(&report.title, TextKind::Title)),
        (Place::Issuer, What::Text(&report.issuer, TextKind::Issuer)),
    ];
    let mut index = 0;
    for (place, what) in header {
        f(Item {
            pos: Pos {
                index,
                section: usize::MAX,
                place,
            },
            what,
        });
        index += 1;
    }
    let mut sections = Vec::new();
    for (i, s) in report.sections.iter().enumerate() {
        walk_section(
            format!("sections[{i}]"),
            s,
            &mut sections,
            &mut index,
            &mut f,
        );
    }
    Sections(sections)
}

/// The path of each section, in the order met: an item names its section
/// by index, and its own path is written only for a finding.
struct Sections(Vec<String>);

impl Sections {
    /// The path of the item at `pos`, as findings and errors write it.
    fn path(&self, pos: &Pos) -> String {
        let s = self.0.get(pos.section).map_or("", String::as_str);
        match pos.place {
            Place::Title => "title".to_owned(),
            Place::Issuer => "issuer".to_owned(),
            Place::Heading => s.to_owned(),
            Place::Achievement(a) => format!("{s}.achievements[{a}]"),
            Place::Statistic(a, k) => format!("{s}.achievements[{a}].statistics[{k}]"),
            Place::Measure(m) => format!("{s}.measures[{m}]"),
            Place::Target(t) => format!("{s}.targets[{t}]"),
            Place::Figure(t) => format!("{s}.targets[{t}].figure"),
        }
    }
}

/// Where an item is: its place in document order, its section (an index
/// into [`Sections`]; none for the title and issuer) and its place in the
/// section.
#[derive(Clone, Copy)]
struct Pos {
    index: usize,
    section: usize,
    place: Place,
}

/// Where an item is in its section.
#[derive(Clone, Copy)]
enum Place {
    Title,
    Issuer,
    Heading,
    Achievement(usize),
    Statistic(usize, usize),
    Measure(usize),
    Target(usize),
    Figure(usize),
}

/// What a text of the report is.
#[derive(Clone, Copy)]
enum TextKind {
    Title,
    Issuer,
    Heading,
    Achievement,
    Target,
}

impl TextKind {
    /// What findings call it.
    fn name(self) -> &'static str {
        match self {
            TextKind::Title => "title",
            TextKind::Issuer => "issuer",
            TextKind::Heading => "heading",
            TextKind::Achievement => "achievement text",
            TextKind::Target => "target text",
        }
    }
}

/// One thing a report says, and where.
struct Item<'a> {
    pos: Pos,
    what: What<'a>,
}

enum What<'a> {
    /// A statistic of an achievement: something that happened.
    Outcome(&'a Statistic),
    /// The figure of a target.
    Target(&'a Statistic),
    Measure(&'a Measure),
    /// A text of the report that says what an item is (a heading, an
    /// achievement's or a target's text), and what it is.
    Text(&'a str, TextKind),
}

impl<'a> Item<'a> {
    fn statistic(&self) -> Option<&'a Statistic> {
        match self.what {
            What::Outcome(s) | What::Target(s) => Some(s),
            What::Measure(_) | What::Text(..) => None,
        }
    }

    fn quote(&self) -> Option<&'a str> {
        match self.what {
            What::Outcome(s) | What::Target(s) => Some(s.quote()),
            What::Measure(m) => m.quote.as_deref(),
            What::Text(..) => None,
        }
    }

    /// The period the item speaks of: its own, else the report's.
    fn period<'r>(&self, report: &'r Report) -> Option<&'r Period>
    where
        'a: 'r,
    {
        match self.what {
            What::Outcome(s) | What::Target(s) => Some(s.period().unwrap_or(&report.period)),
            What::Measure(m) => m.period.as_ref(),
            What::Text(..) => None,
        }
    }

    /// Whether the item reports something done (an outcome, a measure
    /// issued or carried out) rather than something aimed at.
    fn is_done(&self) -> Option<bool> {
        match self.what {
            What::Outcome(_) => Some(true),
            What::Target(_) => Some(false),
            What::Measure(m) => Some(m.status != MeasureStatus::Planned),
            What::Text(..) => None,
        }
    }
}

/// The interval's ends in another unit, when the units convert.
fn convert_interval(
    i: crate::Interval,
    from: &crate::Unit,
    to: &crate::Unit,
) -> Option<crate::Interval> {
    crate::compare::convert(i, from, to).ok().map(|(i, _)| i)
}
