//! Reports and their parts: sections, achievements, measures and targets.

use chrono::NaiveDate;

use crate::statistic::{checked_string, code_enum};
use crate::{Error, Period, Result, Statistic};
use std::fmt;

checked_string!(
    /// An ISO 3166 code for a place: a country (ISO 3166-1 alpha-2, `CN`)
    /// or a subdivision (ISO 3166-2, `CN-SC`).
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::RegionCode;
    ///
    /// assert!(RegionCode::new("CN-SC").is_ok());
    /// assert_eq!(RegionCode::new("Sichuan").unwrap_err().to_string(),
    ///            r#"invalid region code "Sichuan": expected an ISO 3166 code such as CN or CN-SC"#);
    /// ```
    RegionCode,
    "region code",
    "an ISO 3166 code such as CN or CN-SC",
    "CN-SC",
    "^[A-Z]{2}(-[A-Z0-9]{1,3})?$",
    |s| {
        let b = s.as_bytes();
        b.len() >= 2
            && b[..2].iter().all(u8::is_ascii_uppercase)
            && (b.len() == 2
                || (b[2] == b'-'
                    && (4..=6).contains(&b.len())
                    && b[3..].iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())))
    }
);

checked_string!(
    /// A BCP 47 language tag: `en`, `zh`, `zh-Hans`.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Language;
    ///
    /// assert_eq!(Language::new("zh-Hans")?.as_str(), "zh-Hans");
    /// assert!(Language::new("english language").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Language,
    "language tag",
    "a BCP 47 tag such as en or zh-Hans",
    "zh-Hans",
    "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$",
    |s| {
        let mut parts = s.split('-');
        let primary = parts.next().unwrap_or("");
        (2..=3).contains(&primary.len())
            && primary.bytes().all(|b| b.is_ascii_alphabetic())
            && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
    }
);

/// Where a report or a figure applies: a name and, optionally, an ISO
/// 3166 code.
///
/// # Examples
///
/// ```
/// use workreport::Scope;
///
/// let s = Scope::new("Sichuan")?.with_code("CN-SC".parse()?);
/// assert_eq!(s.name(), "Sichuan");
/// assert_eq!(s.code().map(|c| c.as_str()), Some("CN-SC"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Scope {
    name: String,
    code: Option<RegionCode>,
}

impl Scope {
    /// A scope with a name and no code.
    ///
    /// # Errors
    ///
    /// [`Error::Value`] when the name is blank.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::Scope::new("").unwrap_err().to_string(), "invalid scope: the name is blank");
    /// ```
    pub fn new(name: impl Into<String>) -> Result<Scope> {
        let name = name.into();
        if name.trim().is_empty() {
            return Err(Error::Value("invalid scope: the name is blank".to_owned()));
        }
        Ok(Scope { name, code: None })
    }

    /// The same scope with an ISO 3166 code.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = workreport::Scope::new("China")?.with_code("CN".parse()?);
    /// assert!(s.code().is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_code(mut self, code: RegionCode) -> Scope {
        self.code = Some(code);
        self
    }

    /// The name.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::Scope::new("China")?.name(), "China");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The ISO 3166 code, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(workreport::Scope::new("China")?.code().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn code(&self) -> Option<&RegionCode> {
        self.code.as_ref()
    }
}

/// Where a report was published.
///
/// # Examples
///
/// ```
/// let s = workreport::Source { publisher: Some("Xinhua".into()), ..Default::default() };
/// assert!(s.url.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(transform = crate::schema::prose))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Source {
    /// The title of the publication.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub title: Option<String>,
    /// Who published it.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub publisher: Option<String>,
    /// Where it was read.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub url: Option<String>,
    /// Anything a reader should know: a machine translation, an excerpt.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub note: Option<String>,
}

/// A government work report: a header and a tree of sections.
///
/// # Examples
///
/// ```
/// use workreport::{Report, Scope, Section};
///
/// let mut report = Report::new(
///     "Report on the work of the government",
///     "State Council",
///     Scope::new("China")?.with_code("CN".parse()?),
///     "2023".parse()?,
///     "zh".parse()?,
/// );
/// report.sections.push(Section::new("2023年工作回顾"));
/// let json = report.to_json()?;
/// assert_eq!(Report::from_json(&json)?, report);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Report {
    /// The title.
    pub title: String,
    /// The body speaking: a government, a ministry, a department.
    pub issuer: String,
    /// The jurisdiction.
    pub scope: Scope,
    /// The period the report covers.
    pub period: Period,
    /// When it was published.
    pub published: Option<NaiveDate>,
    /// The language of its text and quotes.
    pub language: Language,
    /// Where it was published.
    pub source: Option<Source>,
    /// The sections, in document order.
    pub sections: Vec<Section>,
}

impl Report {
    /// The data format this version reads and writes.
    pub const FORMAT: &'static str = "workreport/1";

    /// A report with a header and no sections.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Report, Scope};
    ///
    /// let r = Report::new("Briefing", "Police", Scope::new("Sichuan")?, "2023".parse()?, "en".parse()?);
    /// assert!(r.sections.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        title: impl Into<String>,
        issuer: impl Into<String>,
        scope: Scope,
        period: Period,
        language: Language,
    ) -> Report {
        Report {
            title: title.into(),
            issuer: issuer.into(),
            scope,
            period,
            published: None,
            language,
            source: None,
            sections: Vec::new(),
        }
    }

    /// Every statistic of the report with its path, in document order:
    /// a section's achievements before its subsections, and target figures
    /// after the achievements. Paths read as in FORMATS.md
    /// (`sections[1].sections[0].achievements[2].statistics[0]`,
    /// `sections[0].targets[1].figure`).
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// let mut r = Report::new("t", "i", Scope::new("s")?, "2023".parse()?, "en".parse()?);
    /// let mut sec = Section::new("h");
    /// sec.achievements.push(Achievement { text: "9 groups".into(), statistics: vec![
    ///     Statistic::new(Metric::new("groups")?, StatisticKind::Count,
    ///         Some(Quantity::exact("9".parse()?, Unit::Items)?), "9 groups")?,
    /// ]});
    /// r.sections.push(sec);
    /// let paths: Vec<String> = r.statistics().map(|(p, _)| p).collect();
    /// assert_eq!(paths, ["sections[0].achievements[0].statistics[0]"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn statistics(&self) -> impl Iterator<Item = (String, &Statistic)> + '_ {
        let mut out = Vec::new();
        for (i, section) in self.sections.iter().enumerate() {
            section.collect_statistics(&format!("sections[{i}]"), &mut out);
        }
        out.into_iter()
    }

    /// Every section with its path, depth first in document order.
    ///
    /// # Examples
    ///
    /// ```
    /// # use workreport::*;
    /// let mut r = Report::new("t", "i", Scope::new("s")?, "2023".parse()?, "en".parse()?);
    /// let mut part = Section::new("Part one");
    /// part.sections.push(Section::new("Heading"));
    /// r.sections.push(part);
    /// let paths: Vec<String> = r.sections().map(|(p, _)| p).collect();
    /// assert_eq!(paths, ["sections[0]", "sections[0].sections[0]"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn sections(&self) -> impl Iterator<Item = (String, &Section)> + '_ {
        fn walk<'a>(path: String, s: &'a Section, out: &mut Vec<(String, &'a Section)>) {
            out.push((path.clone(), s));
            for (i, sub) in s.sections.iter().enumerate() {
                walk(format!("{path}.sections[{i}]"), sub, out);
            }
        }
        let mut out = Vec::new();
        for (i, s) in self.sections.iter().enumerate() {
            walk(format!("sections[{i}]"), s, &mut out);
        }
        out.into_iter()
    }
}

/// A section of a report: a heading and the items under it.
///
/// # Examples
///
/// ```
/// use workreport::{Achievement, Section};
///
/// let mut s = Section::new("Crack down prominent crimes");
/// s.achievements.push(Achievement::new("the people's sense of security continues to improve"));
/// assert_eq!(s.achievements.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(transform = crate::schema::prose))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Section {
    /// The heading, as the source words it.
    pub heading: String,
    /// Lead text that belongs to no item.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub text: Option<String>,
    /// Subsections.
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::serde_util::objects"
        )
    )]
    pub sections: Vec<Section>,
    /// Claimed outcomes.
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::serde_util::objects"
        )
    )]
    pub achievements: Vec<Achievement>,
    /// Policy instruments.
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::serde_util::objects"
        )
    )]
    pub measures: Vec<Measure>,
    /// Goals for a future period.
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::serde_util::objects"
        )
    )]
    pub targets: Vec<Target>,
}

impl Section {
    /// An empty section with a heading.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(workreport::Section::new("Maintain market order").sections.is_empty());
    /// ```
    pub fn new(heading: impl Into<String>) -> Section {
        Section {
            heading: heading.into(),
            text: None,
            sections: Vec::new(),
            achievements: Vec::new(),
            measures: Vec::new(),
            targets: Vec::new(),
        }
    }

    fn collect_statistics<'a>(&'a self, path: &str, out: &mut Vec<(String, &'a Statistic)>) {
        for (a, achievement) in self.achievements.iter().enumerate() {
            for (s, stat) in achievement.statistics.iter().enumerate() {
                out.push((format!("{path}.achievements[{a}].statistics[{s}]"), stat));
            }
        }
        for (t, target) in self.targets.iter().enumerate() {
            if let Some(figure) = &target.figure {
                out.push((format!("{path}.targets[{t}].figure"), figure));
            }
        }
        for (i, sub) in self.sections.iter().enumerate() {
            sub.collect_statistics(&format!("{path}.sections[{i}]"), out);
        }
    }
}

/// A claimed outcome, with its text and the figures it states.
///
/// "smashing 9 gang-related organizations and 59 malign force
/// organizations" is one achievement with two statistics.
///
/// # Examples
///
/// ```
/// let a = workreport::Achievement::new("no public security disasters");
/// assert!(a.statistics.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(transform = crate::schema::prose))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Achievement {
    /// The claim as the source states it.
    pub text: String,
    /// Its figures.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub statistics: Vec<Statistic>,
}

impl Achievement {
    /// An achievement with text and no figures.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::Achievement::new("x").text, "x");
    /// ```
    pub fn new(text: impl Into<String>) -> Achievement {
        Achievement {
            text: text.into(),
            statistics: Vec::new(),
        }
    }
}

code_enum!(
    /// What kind of policy instrument a measure is.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!("package".parse::<workreport::MeasureKind>()?, workreport::MeasureKind::Package);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    MeasureKind, "measure kind" {
        /// A regulation, rules, interim measures.
        Regulation => "regulation",
        /// A package of numbered measures ("16 measures").
        Package => "package",
        /// A campaign or special action.
        Campaign => "campaign",
        /// A reform.
        Reform => "reform",
        /// A standing mechanism.
        Mechanism => "mechanism",
        /// Anything else.
        Other => "other",
    }
);

code_enum!(
    /// How far a measure has come.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::MeasureStatus::Introduced.code(), "introduced");
    /// ```
    MeasureStatus, "measure status" {
        /// Announced for the future.
        Planned => "planned",
        /// Issued or launched.
        Introduced => "introduced",
        /// Carried out.
        Implemented => "implemented",
    }
);

code_enum!(
    /// The direction in which a target's metric improves.
    ///
    /// # Examples
    ///
    /// ```
    /// // The surveyed urban unemployment rate is a ceiling.
    /// assert_eq!("lower".parse::<workreport::Improves>()?, workreport::Improves::Lower);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Improves, "direction of improvement" {
        /// More is better: jobs, output.
        Higher => "higher",
        /// Less is better: unemployment, a CPI ceiling.
        Lower => "lower",
        /// A plan, not a goal: "deficit ratio 3%".
        None => "none",
    }
);

/// A policy instrument: a regulation, a package of measures, a campaign, a
/// reform, a mechanism.
///
/// # Examples
///
/// ```
/// use workreport::{Measure, MeasureKind, MeasureStatus};
///
/// let mut m = Measure::new("measures to love the police and warm the police", MeasureKind::Package, MeasureStatus::Introduced);
/// m.item_count = Some(16);
/// assert_eq!(m.item_count, Some(16));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(transform = crate::schema::prose))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Measure {
    /// The title or a short description.
    pub title: String,
    /// What kind of instrument it is.
    pub kind: MeasureKind,
    /// How far it has come.
    pub status: MeasureStatus,
    /// The number of items the source states ("16 measures").
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub item_count: Option<u32>,
    /// The items the source names.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub items: Vec<String>,
    /// When it applies or was introduced.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub period: Option<Period>,
    /// The source span.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub quote: Option<String>,
}

impl Measure {
    /// A measure with a title, kind and status.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Measure, MeasureKind, MeasureStatus};
    /// let m = Measure::new("Interim Measures", MeasureKind::Regulation, MeasureStatus::Introduced);
    /// assert!(m.items.is_empty());
    /// ```
    pub fn new(title: impl Into<String>, kind: MeasureKind, status: MeasureStatus) -> Measure {
        Measure {
            title: title.into(),
            kind,
            status,
            item_count: None,
            items: Vec::new(),
            period: None,
            quote: None,
        }
    }
}

/// A goal for a future period, with the direction in which its metric
/// improves and, when quantified, its figure stated the way a statistic
/// states one (so that "a reduction of around 2.5%" is never scored
/// against "up 5%" by size alone).
///
/// # Examples
///
/// ```
/// use workreport::*;
///
/// let figure = Statistic::new(
///     Metric::new("GDP growth")?,
///     StatisticKind::Change(Change { direction: Direction::Up, basis: Basis::YearOnYear, mode: ChangeMode::Relative }),
///     Some(Quantity::new("5".parse()?, Magnitude::One, Unit::Percent, Qualifier::About)?),
///     "国内生产总值增长5%左右",
/// )?
/// .with_period("2023".parse()?);
/// let t = Target { text: "国内生产总值增长5%左右".into(), improves: Improves::Higher, figure: Some(figure) };
/// assert_eq!(t.figure.as_ref().and_then(|f| f.quantity()).map(|q| q.interval().to_string()),
///            Some("[4.5, 5.5]".to_string()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(transform = crate::schema::prose))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Target {
    /// The target as the source states it.
    pub text: String,
    /// The direction in which the metric improves.
    pub improves: Improves,
    /// The figure, when the target is quantified.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub figure: Option<Statistic>,
}

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::{Deserialize, Serialize};

    use super::*;

    /// The place a report or figure covers.
    #[derive(Serialize, Deserialize)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields, expecting = "a scope object")]
    struct RawScope {
        /// The place's name as the source words it; not blank.
        #[cfg_attr(feature = "schemars", schemars(regex(pattern = r"\S")))]
        name: String,
        /// Its ISO 3166 code.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        code: Option<RegionCode>,
    }

    #[cfg(feature = "schemars")]
    crate::schema::schema_as!(Scope, RawScope);

    impl Serialize for Scope {
        fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            RawScope {
                name: self.name.clone(),
                code: self.code.clone(),
            }
            .serialize(s)
        }
    }

    impl<'de> Deserialize<'de> for Scope {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Scope, D::Error> {
            let raw: RawScope = crate::serde_util::object(d, "a scope object")?;
            let scope = Scope::new(raw.name).map_err(serde::de::Error::custom)?;
            Ok(match raw.code {
                Some(c) => scope.with_code(c),
                None => scope,
            })
        }
    }

    /// The format field: only `workreport/1` is read.
    struct Format;

    impl Serialize for Format {
        fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            s.serialize_str(Report::FORMAT)
        }
    }

    #[cfg(feature = "schemars")]
    impl schemars::JsonSchema for Format {
        fn inline_schema() -> bool {
            true
        }

        fn schema_name() -> std::borrow::Cow<'static, str> {
            "Format".into()
        }

        fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
            schemars::json_schema!({
                "const": Report::FORMAT,
                "description": "The data format and its version; a reader rejects a format it does not know.",
            })
        }
    }

    impl<'de> Deserialize<'de> for Format {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Format, D::Error> {
            let found = String::deserialize(d)?;
            if found == Report::FORMAT {
                Ok(Format)
            } else {
                Err(serde::de::Error::custom(format_args!(
                    "unsupported format {}: this version of workreport reads {:?}",
                    crate::error::Quoted(&found),
                    Report::FORMAT
                )))
            }
        }
    }

    /// A government work report, press briefing or performance report, in
    /// the `workreport/1` format.
    #[derive(Serialize, Deserialize)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields, expecting = "a report object")]
    struct Raw {
        /// `workreport/1`.
        format: Format,
        /// The report's title.
        title: String,
        /// Who issued it.
        issuer: String,
        /// The place it covers.
        scope: Scope,
        /// The period it covers.
        period: Period,
        /// When it was published.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(
            feature = "schemars",
            schemars(schema_with = "crate::schema::optional_date")
        )]
        published: Option<NaiveDate>,
        /// The language of its text.
        language: Language,
        /// Where it was published.
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "crate::serde_util::optional_object"
        )]
        source: Option<Source>,
        /// Its sections, in order.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::serde_util::objects"
        )]
        sections: Vec<Section>,
    }

    #[cfg(feature = "schemars")]
    crate::schema::schema_as!(Report, Raw);

    impl Serialize for Report {
        fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            #[derive(Serialize)]
            struct RawRef<'a> {
                format: Format,
                title: &'a str,
                issuer: &'a str,
                scope: &'a Scope,
                period: Period,
                #[serde(skip_serializing_if = "Option::is_none")]
                published: Option<NaiveDate>,
                language: &'a Language,
                #[serde(skip_serializing_if = "Option::is_none")]
                source: &'a Option<Source>,
                #[serde(skip_serializing_if = "<[Section]>::is_empty")]
                sections: &'a [Section],
            }
            RawRef {
                format: Format,
                title: &self.title,
                issuer: &self.issuer,
                scope: &self.scope,
                period: self.period,
                published: self.published,
                language: &self.language,
                source: &self.source,
                sections: &self.sections,
            }
            .serialize(s)
        }
    }

    impl<'de> Deserialize<'de> for Report {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Report, D::Error> {
            let raw: Raw = crate::serde_util::object(d, "a report object")?;
            let Format = raw.format;
            Ok(Report {
                title: raw.title,
                issuer: raw.issuer,
                scope: raw.scope,
                period: raw.period,
                published: raw.published,
                language: raw.language,
                source: raw.source,
                sections: raw.sections,
            })
        }
    }
}

#[cfg(feature = "serde")]
impl Report {
    /// Reads a report from JSON in the `workreport/1` format, with every
    /// check of the constructors.
    ///
    /// The document is read once without tracking paths; only when it is
    /// bad is it read again to name the path of the error. A UTF-8
    /// byte-order mark at its start is passed over (RFC 8259 lets a reader
    /// ignore it; editors on Windows write one); line and column numbers
    /// count from after it.
    ///
    /// # Errors
    ///
    /// [`Error::Json`] naming the field path and the problem:
    /// `sections[2].achievements[0].statistics[1].period: invalid month 13
    /// in "2023-13"`. Nothing half-built is returned.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::Report;
    ///
    /// let err = Report::from_json(r#"{"format": "workreport/2"}"#).unwrap_err();
    /// assert_eq!(err.to_string(), r#"format: unsupported format "workreport/2": this version of workreport reads "workreport/1""#);
    /// let err = Report::from_json(r#"{"format": "workreport/1", "title": "\ud800"}"#).unwrap_err();
    /// assert!(err.to_string().starts_with(r"title: a lone surrogate \ud800 is not a character"));
    /// ```
    pub fn from_json(json: &str) -> Result<Report> {
        let json = json.strip_prefix('\u{feff}').unwrap_or(json);
        match serde_json::from_str(json) {
            Ok(report) => Ok(report),
            Err(first) => Err(locate(json, first)),
        }
    }

    /// Reads a report from a reader of JSON; see [`from_json`](Self::from_json).
    ///
    /// # Errors
    ///
    /// [`Error::Io`] when the reader fails or the bytes are not UTF-8;
    /// otherwise as [`from_json`](Self::from_json), which passes over a
    /// byte-order mark.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = std::fs::read("examples/data/sichuan-public-security-2023.json")?;
    /// let report = workreport::Report::from_reader(json.as_slice())?;
    /// assert_eq!(report.period.to_string(), "2023");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_reader(mut reader: impl std::io::Read) -> Result<Report> {
        let mut text = String::new();
        reader
            .read_to_string(&mut text)
            .map_err(|e| Error::Io(format!("cannot read the report: {e}")))?;
        Report::from_json(&text)
    }

    /// Writes the report as pretty-printed JSON in the `workreport/1`
    /// format. Optional fields that are empty are left out.
    ///
    /// # Errors
    ///
    /// [`Error::Json`] if serialization fails, which the types of this
    /// crate never cause.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Report, Scope};
    ///
    /// let r = Report::new("Briefing", "Police", Scope::new("Sichuan")?, "2023".parse()?, "en".parse()?);
    /// assert!(r.to_json()?.starts_with("{\n  \"format\": \"workreport/1\""));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json(&self) -> Result<String> {
        serde_json::to_string_pretty(self).map_err(|e| Error::Json {
            path: String::new(),
            message: e.to_string(),
            line: 0,
            column: 0,
        })
    }
}

/// Reads `json` again with path tracking to name where `first` happened.
#[cfg(feature = "serde")]
fn locate(json: &str, first: serde_json::Error) -> Error {
    let mut de = serde_json::Deserializer::from_str(json);
    let result: std::result::Result<Report, _> = serde_path_to_error::deserialize(&mut de);
    let (path, err) = match result {
        Err(e) => {
            let path = e.path().to_string();
            (path, e.into_inner())
        }
        Ok(_) => (String::new(), first),
    };
    json_error(json, if path == "." { String::new() } else { path }, &err)
}

#[cfg(feature = "serde")]
fn json_error(json: &str, path: String, err: &serde_json::Error) -> Error {
    let (line, column) = (err.line(), err.column());
    let full = err.to_string();
    let suffix = format!(" at line {line} column {column}");
    let mut message = full.strip_suffix(&suffix).unwrap_or(&full).to_owned();
    // serde_json's words for a lone surrogate say neither which escape nor
    // what is wrong with it.
    if message == "unexpected end of hex escape"
        || message == "lone leading surrogate in hex escape"
    {
        let escape = lone_surrogate(json, line, column);
        message = format!(
            "a lone surrogate {}is not a character: JSON writes a character past U+FFFF as two escapes, \\ud800 to \\udbff then \\udc00 to \\udfff",
            escape.map_or_else(String::new, |e| format!("{e} "))
        );
    }
    Error::Json {
        path,
        message,
        line,
        column,
    }
}

/// The surrogate escape (`\ud800` to `\udfff`, as written) that ends
/// nearest before `line` and `column` of `json`, where serde_json stopped
/// at a lone surrogate: it stops at most one escape and a character after
/// it.
#[cfg(feature = "serde")]
fn lone_surrogate(json: &str, line: usize, column: usize) -> Option<&str> {
    let start: usize = json
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let end = start.saturating_add(column).min(json.len());
    let bytes = json.as_bytes();
    (end.saturating_sub(16)..=end.checked_sub(6)?)
        .rev()
        .find(|&i| {
            bytes.get(i..i + 6).is_some_and(|e| {
                e.starts_with(b"\\u")
                    && e[2..].iter().all(u8::is_ascii_hexdigit)
                    && matches!(e[2].to_ascii_lowercase(), b'd')
                    && matches!(e[3].to_ascii_lowercase(), b'8'..=b'9' | b'a'..=b'f')
            })
        })
        .and_then(|i| json.get(i..i + 6))
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.code {
            Some(code) => write!(f, "{} ({code})", self.name),
            None => f.write_str(&self.name),
        }
    }
}
