//! A translation against its original: every figure paired, and the damage
//! of translation named.
//!
//! Translation damages figures: the bundled Sichuan briefing's "997%" is
//! 99.7% in the original, its "92%" is two figures merged, its "80More
//! than 30,000 pieces" is 80.3万余件. [`align`] takes the figures of a
//! translated [`Report`] and those of its [`Original`] and pairs them,
//! part by part: in order, by dimension (counts by dimension alone, since
//! nouns differ between languages), and by value under each side's
//! interval. Each pair gets a [`Verdict`], and a damaged pair the kinds of
//! [`Damage`] found.
//!
//! ```
//! use workreport::align::{Original, Verdict, align};
//! use workreport::{Achievement, Damage, Metric, Quantity, Report, Scope, Section, Statistic,
//!     StatisticKind, Unit};
//!
//! // A translation whose one figure lost its decimal point.
//! let mut report = Report::new("Briefing", "Police", Scope::new("Sichuan")?, "2023".parse()?,
//!     "en".parse()?);
//! let mut achievement = Achievement::new("the case solving rate is 997%");
//! achievement.statistics.push(Statistic::new(Metric::new("solving rate")?, StatisticKind::Rate,
//!     Some(Quantity::exact("997".parse()?, Unit::Percent)?), "the case solving rate is 997%")?);
//! let mut section = Section::new("Crime");
//! section.achievements.push(achievement);
//! report.sections.push(section);
//!
//! let original = Original::from_text("[sections[0]]\n现行命案破案率99.7%\n")?;
//! let alignment = align(&report, &original);
//! let pair = &alignment.pairs[0];
//! assert_eq!(pair.verdict, Verdict::Damaged);
//! assert_eq!(pair.damage, [Damage::LostDecimal]);
//! assert_eq!(pair.original[0].quote, "现行命案破案率99.7%");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::num::NonZeroU32;
use std::ops::Bound;

use rust_decimal::Decimal;

use crate::quantity::is_whole;
use crate::text::Reading;
use crate::{
    Damage, Direction, Error, Interval, Qualifier, Quantity, Report, Result, Statistic,
    StatisticKind,
};

/// A figure of the original: its words and what they state.
///
/// # Examples
///
/// ```
/// use workreport::align::OriginalFigure;
///
/// let f = OriginalFigure::read("调处各类矛盾纠纷80.3万余件")?;
/// let q = f.quantity.unwrap();
/// assert_eq!((q.expanded().to_string(), q.qualifier().code()), ("803000".to_owned(), "over_some"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct OriginalFigure {
    /// The original's words.
    pub quote: String,
    /// The figure; `None` for a rank or a change stated with no size.
    pub quantity: Option<Quantity>,
    /// The direction, when the figure is a change.
    pub direction: Option<Direction>,
    /// The position, when the figure is a rank.
    pub rank: Option<NonZeroU32>,
    /// Whether that position is a bound, a place within the top few
    /// ([`crate::Rank::top`]): 前三 and "No. 3" do not agree.
    pub rank_top: bool,
}

impl OriginalFigure {
    /// The figure of a statistic of the original.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::align::OriginalFigure;
    /// use workreport::{Metric, Quantity, Statistic, StatisticKind, Unit};
    ///
    /// let s = Statistic::new(Metric::new("拐卖案件")?, StatisticKind::Count,
    ///     Some(Quantity::exact("58".parse()?, Unit::Cases)?), "破获涉拐现案积案58起")?;
    /// assert_eq!(OriginalFigure::of(&s).quote, "破获涉拐现案积案58起");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn of(statistic: &Statistic) -> OriginalFigure {
        OriginalFigure {
            quote: statistic.quote().to_owned(),
            quantity: statistic.quantity().cloned(),
            direction: direction(statistic),
            rank: rank(statistic),
            rank_top: matches!(statistic.kind(), StatisticKind::Rank(r) if r.top),
        }
    }

    /// The figure of one clause of the original, read by
    /// [`crate::text::parse`].
    ///
    /// # Errors
    ///
    /// The reader's error when the clause states no figure it can read.
    ///
    /// # Examples
    ///
    /// See [`OriginalFigure`].
    pub fn read(clause: &str) -> Result<OriginalFigure> {
        let reading = crate::text::parse(clause, None)?;
        Ok(OriginalFigure::of_reading(clause, &reading))
    }

    fn of_reading(clause: &str, reading: &Reading) -> OriginalFigure {
        OriginalFigure {
            quote: clause.to_owned(),
            quantity: reading.quantity.clone(),
            direction: reading.change.map(|c| c.direction),
            rank: reading.rank.as_ref().and_then(|r| r.position),
            rank_top: reading.rank.as_ref().is_some_and(|r| r.top),
        }
    }
}

/// The direction of a statistic that is a change.
fn direction(s: &Statistic) -> Option<Direction> {
    match s.kind() {
        StatisticKind::Change(c) => Some(c.direction),
        _ => None,
    }
}

/// The position of a statistic that is a rank.
fn rank(s: &Statistic) -> Option<NonZeroU32> {
    match s.kind() {
        StatisticKind::Rank(r) => r.position,
        _ => None,
    }
}

/// One part of the translation that the original covers, and the
/// original's words for it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Part {
    /// A section's path (its own figures, not its subsections') or an
    /// achievement's.
    path: String,
    figures: Vec<OriginalFigure>,
    /// The original's clauses of the part that state no figure: names and
    /// ordinals, against which a translated figure may be a name read as a
    /// number.
    names: Vec<String>,
}

/// The original of a translated report: the parts of the translation it
/// covers, each with its figures in order.
///
/// A translated figure outside every part is unpaired, not damaged: the
/// original at hand may be an excerpt.
///
/// # Examples
///
/// ```
/// use workreport::align::Original;
///
/// let original = Original::from_text(
///     "# the opening paragraph: a name, no figure\n\
///      [sections[1].achievements[0]]\n\
///      “一三五七”发展战略\n\
///      [sections[1].sections[1].sections[0]]\n\
///      风险隐患1156个\n\
///      95%以上的矛盾纠纷\n",
/// )?;
/// assert_eq!(original.figures().count(), 2);
/// assert!(Original::from_text("风险隐患1156个\n").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Original {
    parts: Vec<Part>,
    /// Each part's index by its path.
    by_path: BTreeMap<String, usize>,
}

impl Original {
    /// An original that covers nothing yet.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::align::Original::new().figures().count(), 0);
    /// ```
    pub fn new() -> Original {
        Original::default()
    }

    /// The same original, covering the part of the translation at `path`
    /// (a section's path, for its own figures, or an achievement's) with
    /// `figures`, in order, and `names`: the original's clauses there that
    /// state no figure.
    ///
    /// # Errors
    ///
    /// [`Error::Value`] when `path` is not a section's or an
    /// achievement's path (`sections[0].sections[2]`,
    /// `sections[1].achievements[0]`), or another part has it.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::align::{Original, OriginalFigure};
    ///
    /// let o = Original::new().covering("sections[0]", vec![OriginalFigure::read("破获涉拐现案积案58起")?], vec![])?;
    /// assert_eq!(o.figures().count(), 1);
    /// assert!(o.clone().covering("sections[0]", vec![], vec![]).is_err());
    /// assert!(Original::new().covering("section 1", vec![], vec![]).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn covering(
        mut self,
        path: &str,
        figures: Vec<OriginalFigure>,
        names: Vec<String>,
    ) -> Result<Original> {
        self.check_new_part(path)?;
        self.push(Part {
            path: path.to_owned(),
            figures,
            names,
        });
        Ok(self)
    }

    /// An error unless `path` is a section's or an achievement's path that
    /// no part has yet.
    fn check_new_part(&self, path: &str) -> Result<()> {
        if !is_part_path(path) {
            return Err(Error::Value(format!(
                "invalid part {}: expected a section's or an achievement's path, such as sections[0].sections[1] or sections[0].achievements[2]",
                crate::error::Quoted(path)
            )));
        }
        if self.by_path.contains_key(path) {
            return Err(Error::Value(format!(
                "the original covers {} twice",
                crate::error::Quoted(path)
            )));
        }
        Ok(())
    }

    /// Adds a part whose path [`check_new_part`](Original::check_new_part)
    /// accepts.
    fn push(&mut self, part: Part) {
        self.by_path.insert(part.path.clone(), self.parts.len());
        self.parts.push(part);
    }

    /// The original as a report of the crate's types, its sections laid
    /// out as the translation's: each section covers the translation's
    /// section of the same path (its own figures, not its subsections'),
    /// with its achievements' statistics and its targets' figures.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::align::Original;
    ///
    /// let json = std::fs::read_to_string("examples/data/china-national-2023-outcomes.json")?;
    /// let report = workreport::Report::from_json(&json)?;
    /// let original = Original::from_report(&report);
    /// assert_eq!(original.figures().count(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_report(report: &Report) -> Original {
        let mut original = Original::new();
        // A report's section paths are sections' paths, each once.
        for (path, s) in report.sections() {
            original.push(Part {
                path,
                figures: s
                    .achievements
                    .iter()
                    .flat_map(|a| &a.statistics)
                    .chain(s.targets.iter().filter_map(|t| t.figure.as_ref()))
                    .map(OriginalFigure::of)
                    .collect(),
                names: Vec::new(),
            });
        }
        original
    }

    /// The original as text: a line `[PATH]` opens the part of the
    /// translation at PATH (as [`covering`](Original::covering)), and each
    /// line after it is one clause of the original, read by the crate's
    /// reader; a clause with no figure is kept as a name. Blank lines and
    /// lines that start with `#` are passed over.
    ///
    /// # Errors
    ///
    /// [`Error::Value`] naming the line for a clause before any part, or a
    /// bad part path.
    ///
    /// # Examples
    ///
    /// See [`Original`].
    pub fn from_text(text: &str) -> Result<Original> {
        let mut original = Original::new();
        let mut current: Option<Part> = None;
        let at = |n: usize, e: Error| Error::Value(format!("line {}: {e}", n + 1));
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(path) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                if let Some(part) = current.take() {
                    original.push(part);
                }
                original.check_new_part(path).map_err(|e| at(n, e))?;
                current = Some(Part {
                    path: path.to_owned(),
                    figures: Vec::new(),
                    names: Vec::new(),
                });
                continue;
            }
            let Some(Part { figures, names, .. }) = current.as_mut() else {
                return Err(at(
                    n,
                    Error::Value(format!(
                        "the clause {} comes before any [part]",
                        crate::error::Quoted(line)
                    )),
                ));
            };
            match crate::text::parse(line, None) {
                Ok(reading) => figures.push(OriginalFigure::of_reading(line, &reading)),
                Err(_) => names.push(line.to_owned()),
            }
        }
        if let Some(part) = current {
            original.push(part);
        }
        Ok(original)
    }

    /// Every figure of the original, part by part.
    ///
    /// # Examples
    ///
    /// See [`Original`].
    pub fn figures(&self) -> impl Iterator<Item = &OriginalFigure> {
        self.parts.iter().flat_map(|p| &p.figures)
    }
}

/// Whether `path` is a section's path or an achievement's.
fn is_part_path(path: &str) -> bool {
    let mut steps = path.split('.').peekable();
    let mut sections = 0;
    while let Some(step) = steps.next() {
        let index = |name: &str| {
            step.strip_prefix(name)
                .and_then(|s| s.strip_prefix('['))
                .and_then(|s| s.strip_suffix(']'))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        };
        if index("sections") {
            sections += 1;
        } else {
            // An achievement's index ends the path.
            return index("achievements") && sections > 0 && steps.peek().is_none();
        }
    }
    sections > 0
}

/// What a pair of figures says of the translation.
///
/// # Examples
///
/// ```
/// assert_eq!(workreport::align::Verdict::Compatible.code(), "compatible");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Verdict {
    /// The two state the same figure.
    Agree,
    /// They differ only in ways that keep the meaning: 以上 or 余 rendered
    /// "more than", a unit converted.
    Compatible,
    /// The translation damaged the figure, or one side has a figure the
    /// other has not; [`Pair::damage`] says how.
    Damaged,
    /// A translated figure outside what the original covers.
    Unpaired,
}

impl Verdict {
    /// The code of FORMATS.md: `agree`, `compatible`, `damaged` or
    /// `unpaired`.
    ///
    /// # Examples
    ///
    /// See [`Verdict`].
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Agree => "agree",
            Verdict::Compatible => "compatible",
            Verdict::Damaged => "damaged",
            Verdict::Unpaired => "unpaired",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A figure of the translation and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Translated<'a> {
    /// The statistic's path in the translation.
    pub path: String,
    /// The statistic.
    pub statistic: &'a Statistic,
}

/// Figures of the translation and of the original paired: usually one
/// each; one translated for two original when figures were merged; one
/// side empty when the other's figure has no counterpart.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Pair<'a> {
    /// The path of the section the figures are in.
    pub section: String,
    /// The translation's figures.
    pub translated: Vec<Translated<'a>>,
    /// The original's figures.
    pub original: Vec<&'a OriginalFigure>,
    /// What the pair says of the translation.
    pub verdict: Verdict,
    /// The kinds of damage, for a damaged pair; empty otherwise.
    pub damage: Vec<Damage>,
}

/// Every pair, in the translation's document order.
///
/// # Examples
///
/// See [`align`](crate::align).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Alignment<'a> {
    /// The pairs, in document order.
    pub pairs: Vec<Pair<'a>>,
}

impl Alignment<'_> {
    /// Whether a pair is damaged.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!workreport::align::Alignment::default().is_damaged());
    /// ```
    pub fn is_damaged(&self) -> bool {
        self.pairs.iter().any(|p| p.verdict == Verdict::Damaged)
    }
}

/// Pairs the figures of `translation` with those of `original`, part by
/// part (see [`Original`]): see [the module](crate::align).
///
/// Within a part, the pairing that scores best over the two sequences is
/// found by dynamic programming, in time and memory of the product of
/// their lengths. A part with more figures than that allows (more than 256
/// on each side) is aligned in windows of at most 128 figures a side, each
/// the same share of both sequences, so that a section of thousands of
/// figures takes linear time; no pair is then sought across two windows.
/// A part's names are read once, whatever the number of its figures, so
/// that a part of thousands of names takes linear time too.
///
/// # Examples
///
/// See [the module](crate::align).
pub fn align<'a>(translation: &'a Report, original: &'a Original) -> Alignment<'a> {
    let figures: Vec<Translated<'a>> = translation
        .statistics()
        .map(|(path, statistic)| Translated { path, statistic })
        .collect();
    // Each figure's part: its achievement's, else its section's.
    let part_of = |f: &Translated<'_>| {
        let by = |path: &str| original.by_path.get(path).copied();
        f.achievement()
            .and_then(by)
            .or_else(|| by(section_of(&f.path)))
    };
    let mut by_part: Vec<Vec<usize>> = vec![Vec::new(); original.parts.len()];
    // Each pair with the index of the translated figure it follows, to put
    // the pairs of every part back in document order.
    let mut anchored: Vec<(usize, Pair<'a>)> = Vec::new();
    for (i, f) in figures.iter().enumerate() {
        match part_of(f).and_then(|p| by_part.get_mut(p)) {
            Some(indices) => indices.push(i),
            None => anchored.push((
                i,
                Pair {
                    section: section_of(&f.path).to_owned(),
                    translated: vec![f.clone()],
                    original: Vec::new(),
                    verdict: Verdict::Unpaired,
                    damage: Vec::new(),
                },
            )),
        }
    }
    for (part, indices) in original.parts.iter().zip(&by_part) {
        let part_figures: Vec<&Translated<'a>> = indices.iter().map(|&i| &figures[i]).collect();
        // A part no translated figure is in: after everything else.
        let mut anchor = indices.first().copied().unwrap_or(figures.len());
        let mut k = 0;
        for pair in align_part(&part_figures, part) {
            if !pair.translated.is_empty() {
                anchor = indices.get(k).copied().unwrap_or(anchor);
                k += 1;
            }
            anchored.push((anchor, pair));
        }
    }
    // Stable: within one anchor, the order the part's alignment gave.
    anchored.sort_by_key(|(anchor, _)| *anchor);
    Alignment {
        pairs: anchored.into_iter().map(|(_, p)| p).collect(),
    }
}

impl Translated<'_> {
    /// The path of the achievement the figure is in; `None` for a
    /// target's figure.
    fn achievement(&self) -> Option<&str> {
        self.path
            .rsplit_once(".statistics[")
            .map(|(achievement, _)| achievement)
    }
}

/// A step of the alignment of one part.
#[derive(Clone, Copy)]
enum Step {
    /// A translated figure and an original one.
    Pair,
    /// A translated figure and the next two original ones, merged.
    Merged,
    /// A translated figure with no counterpart.
    Translated,
    /// An original figure with no counterpart.
    Original,
}

/// The most cells of one alignment table: 256 figures a side.
const MAX_CELLS: usize = 1 << 16;

/// The pairs of one part. A part whose table would exceed [`MAX_CELLS`]
/// (a section of thousands of figures) is aligned in windows, each the
/// same share of both sides, so that time and memory stay linear in its
/// size; no pair is sought across two windows.
fn align_part<'a>(figures: &[&Translated<'a>], part: &'a Part) -> Vec<Pair<'a>> {
    let (m, n) = (figures.len(), part.figures.len());
    let section = section_of(&part.path);
    if m.saturating_mul(n) <= MAX_CELLS {
        let names = NamedNumbers::of(figures, &part.names);
        return align_window(figures, &part.figures, &names, section);
    }
    // Windows of at most 128 figures a side.
    let windows = m.max(n).div_ceil(128);
    let names = NamedNumbers::of(figures, &part.names);
    let bound = |len: usize, w: usize| len.saturating_mul(w) / windows;
    (0..windows)
        .flat_map(|w| {
            let translated = &figures[bound(m, w)..bound(m, w + 1)];
            let original = &part.figures[bound(n, w)..bound(n, w + 1)];
            align_window(translated, original, &names, section)
        })
        .collect()
}

/// The pairs of a window of one part: the alignment of the two sequences
/// of figures that scores best, where a pair that agrees scores most, then
/// a compatible pair, then a damaged one whose damage is recognized, and a
/// figure left alone scores nothing.
fn align_window<'a>(
    figures: &[&Translated<'a>],
    originals: &'a [OriginalFigure],
    names: &NamedNumbers,
    section: &str,
) -> Vec<Pair<'a>> {
    let (m, n) = (figures.len(), originals.len());
    // best[i][j]: the best score of the first i translated and j original
    // figures, and the step that got there.
    let mut best = vec![vec![(0_i64, Step::Pair); n + 1]; m + 1];
    for i in 0..=m {
        // Whether figure i pairs with original figure j - 1, for the merged
        // figures of the next cell.
        let mut pairs_before = false;
        for j in 0..=n {
            if i == 0 && j == 0 {
                continue;
            }
            let verdict = if i > 0 && j > 0 {
                judge(figures[i - 1].statistic, &originals[j - 1]).0
            } else {
                None
            };
            // The first of equal scores wins: the order below prefers
            // leaving a translated figure alone to a weak pair.
            let mut cell: Option<(i64, Step)> = None;
            let mut consider = |score: i64, step: Step| {
                if cell.is_none_or(|(best, _)| score > best) {
                    cell = Some((score, step));
                }
            };
            if i > 0 {
                consider(best[i - 1][j].0, Step::Translated);
            }
            if j > 0 {
                consider(best[i][j - 1].0, Step::Original);
            }
            if let Some(v) = verdict {
                consider(best[i - 1][j - 1].0 + score(v), Step::Pair);
            }
            if j > 1
                && !pairs_before
                && verdict.is_none()
                && i > 0
                && merged(
                    figures[i - 1].statistic,
                    &originals[j - 2],
                    &originals[j - 1],
                )
            {
                consider(best[i - 1][j - 2].0 + 6, Step::Merged);
            }
            pairs_before = verdict.is_some();
            best[i][j] = cell.unwrap_or((0, Step::Pair));
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (m, n);
    while i > 0 || j > 0 {
        // The first row and column can only have come one way; inside,
        // each step was chosen only where it fits (a pair needs a figure on
        // each side, merged figures two on the original's).
        let step = match (i, j) {
            (0, _) => Step::Original,
            (_, 0) => Step::Translated,
            _ => best[i][j].1,
        };
        let pair = match step {
            Step::Pair => {
                let (f, o) = (figures[i - 1], &originals[j - 1]);
                let (verdict, damage) = judge(f.statistic, o);
                (i, j) = (i - 1, j - 1);
                Pair {
                    section: section.to_owned(),
                    translated: vec![f.clone()],
                    original: vec![o],
                    verdict: verdict.unwrap_or(Verdict::Damaged),
                    damage,
                }
            }
            Step::Merged => {
                let f = figures[i - 1];
                let pair = Pair {
                    section: section.to_owned(),
                    translated: vec![f.clone()],
                    original: vec![&originals[j - 2], &originals[j - 1]],
                    verdict: Verdict::Damaged,
                    damage: vec![Damage::MergedFigures],
                };
                (i, j) = (i - 1, j - 2);
                pair
            }
            Step::Original => {
                j -= 1;
                Pair {
                    section: section.to_owned(),
                    translated: Vec::new(),
                    original: vec![&originals[j]],
                    verdict: Verdict::Damaged,
                    damage: vec![Damage::MissingFigure],
                }
            }
            Step::Translated => {
                i -= 1;
                let f = figures[i];
                let kind = if names.holds(f.statistic) {
                    Damage::NameAsFigure
                } else {
                    Damage::MissingFigure
                };
                Pair {
                    section: section.to_owned(),
                    translated: vec![f.clone()],
                    original: Vec::new(),
                    verdict: Verdict::Damaged,
                    damage: vec![kind],
                }
            }
        };
        pairs.push(pair);
    }
    pairs.reverse();
    pairs
}

/// The path of the section of a part or a figure: a section's own path,
/// or the section of an achievement, a statistic or a target's figure.
fn section_of(path: &str) -> &str {
    [".achievements[", ".targets["]
        .iter()
        .filter_map(|item| path.rfind(item))
        .max()
        .map_or(path, |end| &path[..end])
}

fn score(verdict: Verdict) -> i64 {
    match verdict {
        Verdict::Agree => 10,
        Verdict::Compatible => 8,
        _ => 5,
    }
}

/// The verdict on a translated figure against an original one, and the
/// damage found; no verdict when the two are not one figure (another
/// dimension, another direction, values that no known damage relates).
fn judge(t: &Statistic, o: &OriginalFigure) -> (Option<Verdict>, Vec<Damage>) {
    if let (Some(a), Some(b)) = (direction(t), o.direction)
        && a != b
    {
        return (None, Vec::new());
    }
    let (tq, oq) = match (t.quantity(), &o.quantity) {
        (Some(tq), Some(oq)) => (tq, oq),
        // The translation's figure is garbled: a magnitude split off?
        (None, Some(oq)) if split_magnitude(t.quote(), oq) => {
            return (Some(Verdict::Damaged), vec![Damage::SplitMagnitude]);
        }
        // Neither states a size: two ranks of one position, two changes of
        // one direction with no size (负增长), two figures both unreadable.
        (None, None) => {
            let t_top = matches!(t.kind(), StatisticKind::Rank(r) if r.top);
            let same = rank(t) == o.rank && t_top == o.rank_top && direction(t) == o.direction;
            return if same {
                (Some(Verdict::Agree), Vec::new())
            } else {
                (None, Vec::new())
            };
        }
        _ => return (None, Vec::new()),
    };
    let Some((ti, oi)) = in_one_unit(tq, oq) else {
        // Units that do not compare: the same number in another unit?
        return if same_written_number(tq, oq) {
            (Some(Verdict::Damaged), vec![Damage::UnitChanged])
        } else {
            (None, Vec::new())
        };
    };
    if ti == oi {
        return (Some(Verdict::Agree), Vec::new());
    }
    let (tv, ov) = (point(&ti, tq), point(&oi, oq));
    if tv == ov {
        // The same number: the qualifiers differ.
        if closure_covers(&ti, &oi) {
            return (Some(Verdict::Compatible), Vec::new());
        }
        let kind = if tq.qualifier() == Qualifier::Exact {
            Damage::DroppedQualifier
        } else {
            Damage::ChangedQualifier
        };
        return (Some(Verdict::Damaged), vec![kind]);
    }
    let mut damage = Vec::new();
    if same_digits(tv, ov) {
        if lost_decimal(tq, oq) {
            damage.push(Damage::LostDecimal);
        } else {
            damage.push(Damage::ShiftedMagnitude);
        }
        if tq.qualifier() != oq.qualifier() && tq.qualifier() == Qualifier::Exact {
            damage.push(Damage::DroppedQualifier);
        }
    } else if !same_unit(tq, oq) && same_written_number(tq, oq) {
        damage.push(Damage::UnitChanged);
    }
    if damage.is_empty() {
        (None, Vec::new())
    } else {
        (Some(Verdict::Damaged), damage)
    }
}

/// Both intervals in one unit: counts by dimension alone (nouns differ
/// between languages), others as the comparison module converts them.
fn in_one_unit(t: &Quantity, o: &Quantity) -> Option<(Interval, Interval)> {
    if same_unit(t, o) {
        return Some((t.interval(), o.interval()));
    }
    crate::compare::intervals_in_one_unit(t, o, crate::Tolerance::HalfStep).ok()
}

fn same_unit(t: &Quantity, o: &Quantity) -> bool {
    t.unit() == o.unit() || t.unit().is_count() && o.unit().is_count()
}

/// The number a figure states, in the unit of the interval: the interval's
/// finite end nearest the written number.
fn point(i: &Interval, q: &Quantity) -> Decimal {
    let end = |b: Bound<Decimal>| match b {
        Bound::Included(x) | Bound::Excluded(x) => Some(x),
        Bound::Unbounded => None,
    };
    match q.qualifier() {
        Qualifier::Nearly | Qualifier::AtMost | Qualifier::LessThan => end(i.high()),
        Qualifier::About => end(i.low())
            .zip(end(i.high()))
            .and_then(|(a, b)| a.checked_add(b))
            .and_then(|s| s.checked_div(Decimal::TWO)),
        _ => end(i.low()),
    }
    .map_or(Decimal::ZERO, |x| x.normalize())
}

/// Whether the closure of `t` holds all of `o`: "more than 95%" against
/// 95%以上 ((95, ∞) against [95, ∞)) keeps the meaning; "95%" against
/// 95%以上 does not.
fn closure_covers(t: &Interval, o: &Interval) -> bool {
    let low = match (t.low(), o.low()) {
        (Bound::Unbounded, _) => true,
        (_, Bound::Unbounded) => false,
        (Bound::Included(a) | Bound::Excluded(a), Bound::Included(b) | Bound::Excluded(b)) => {
            a <= b
        }
    };
    let high = match (t.high(), o.high()) {
        (Bound::Unbounded, _) => true,
        (_, Bound::Unbounded) => false,
        (Bound::Included(a) | Bound::Excluded(a), Bound::Included(b) | Bound::Excluded(b)) => {
            a >= b
        }
    };
    low && high
}

/// The significant digits of a number: no sign, no point, no zeros at
/// either end ("0.0997" and "99.7" and "997000" are all "997").
fn digits(x: Decimal) -> String {
    x.abs()
        .normalize()
        .to_string()
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .trim_matches('0')
        .to_owned()
}

fn same_digits(a: Decimal, b: Decimal) -> bool {
    !a.is_zero() && digits(a) == digits(b)
}

/// Whether the translation wrote the original's digits without their
/// decimal point: 99.7 as 997, in the same magnitude.
fn lost_decimal(t: &Quantity, o: &Quantity) -> bool {
    t.magnitude() == o.magnitude()
        && is_whole(t.value())
        && !is_whole(o.value())
        && digits(t.value()) == digits(o.value())
}

/// Whether the two write the same number, magnitude and all.
fn same_written_number(t: &Quantity, o: &Quantity) -> bool {
    t.expanded() == o.expanded()
}

/// Whether a garbled translated quote holds the original's number split
/// in two: "disputes80More than 30,000 pieces" for 80.3万余件 (80, then 3
/// glued to the magnitude), "losses2More than 700 million" for 27亿余.
fn split_magnitude(quote: &str, o: &Quantity) -> bool {
    let runs: Vec<String> = quote
        .split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map(|r| r.chars().filter(char::is_ascii_digit).collect::<String>())
        .filter(|r| !r.is_empty())
        .collect();
    let whole = digits(o.value());
    let [first, second, ..] = runs.as_slice() else {
        return false;
    };
    let joined = format!("{first}{}", second.trim_end_matches('0'));
    !whole.is_empty() && joined.starts_with(&whole) && whole.len() > first.len()
}

/// Whether one translated figure stands for two of the original, most of
/// their digits lost: "92%" for 29.93% and 29.92%. The caller has found
/// that it pairs with neither alone.
fn merged(t: &Statistic, a: &OriginalFigure, b: &OriginalFigure) -> bool {
    let (Some(tq), Some(aq), Some(bq)) = (t.quantity(), &a.quantity, &b.quantity) else {
        return false;
    };
    let same = |o: &Quantity| same_unit(tq, o);
    let directions = [a.direction, b.direction];
    if directions
        .iter()
        .flatten()
        .any(|d| Some(*d) != direction(t))
    {
        return false;
    }
    let t_digits = digits(tq.value());
    !t_digits.is_empty()
        && same(aq)
        && same(bq)
        && format!("{}{}", digits(aq.value()), digits(bq.value())).contains(&t_digits)
}

/// The numbers of a part's translated figures (their significant digits)
/// that the part's original writes in a name or ordinal (“一三五七”发展战略,
/// 第31届): a translated figure with no counterpart whose number is one of
/// them is a name read as a figure.
///
/// Each name's digits are read once, and each run of them no longer than
/// the longest of the figures' numbers is looked up among those numbers:
/// time linear in the names and figures, where looking for each figure in
/// every name took the product of the two (a part of 10,000 of each, 5.7 s).
struct NamedNumbers {
    found: HashSet<String, crate::hash::Keyed>,
}

impl NamedNumbers {
    fn of(figures: &[&Translated<'_>], names: &[String]) -> NamedNumbers {
        let mut wanted = HashSet::with_hasher(crate::hash::keyed());
        wanted.extend(
            figures
                .iter()
                .filter_map(|f| f.statistic.quantity())
                .map(|q| digits(q.value()))
                .filter(|d| !d.is_empty()),
        );
        let longest = wanted.iter().map(String::len).max().unwrap_or(0);
        let mut found = HashSet::with_hasher(crate::hash::keyed());
        for name in names.iter().filter(|_| longest > 0) {
            let written: String = name
                .chars()
                .filter_map(|c| c.to_digit(10).or_else(|| crate::text::chinese_digit(c)))
                .filter_map(|d| char::from_digit(d, 10))
                .collect();
            // A number's digits start with one that is not 0.
            for (start, first) in written.bytes().enumerate() {
                if first == b'0' {
                    continue;
                }
                let end = written.len().min(start.saturating_add(longest));
                for run in (start + 1..=end).filter_map(|end| written.get(start..end)) {
                    if !found.contains(run)
                        && let Some(number) = wanted.get(run)
                    {
                        found.insert(number.clone());
                    }
                }
            }
        }
        NamedNumbers { found }
    }

    /// Whether a translated figure's number is written in one of the names.
    fn holds(&self, t: &Statistic) -> bool {
        t.quantity()
            .is_some_and(|q| self.found.contains(digits(q.value()).as_str()))
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    //! FORMATS.md's `align --format json`.

    use serde::Serialize;
    use serde::ser::{SerializeStruct, Serializer};

    use super::{Alignment, Pair};

    impl Serialize for Pair<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut st = s.serialize_struct("Pair", 5)?;
            st.serialize_field("section", &self.section)?;
            let translated: Vec<&str> = self
                .translated
                .iter()
                .map(|t| t.statistic.quote())
                .collect();
            st.serialize_field("translated", &translated)?;
            let original: Vec<&str> = self.original.iter().map(|o| o.quote.as_str()).collect();
            st.serialize_field("original", &original)?;
            st.serialize_field("verdict", self.verdict.code())?;
            let damage: Vec<&str> = self.damage.iter().map(|d| d.code()).collect();
            st.serialize_field("damage", &damage)?;
            st.end()
        }
    }

    impl Serialize for Alignment<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            self.pairs.serialize(s)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_paths() {
        for ok in [
            "sections[0]",
            "sections[1].sections[12]",
            "sections[1].achievements[0]",
        ] {
            assert!(is_part_path(ok), "{ok}");
        }
        for bad in [
            "",
            "sections",
            "sections[]",
            "achievements[0]",
            "sections[0].achievements[0].statistics[0]",
            "sections[0].achievements[0].sections[1]",
            "sections[x]",
        ] {
            assert!(!is_part_path(bad), "{bad}");
        }
    }

    #[test]
    fn significant_digits() {
        let d = |s: &str| digits(s.parse().unwrap());
        assert_eq!(d("99.7"), "997");
        assert_eq!(d("997000"), "997");
        assert_eq!(d("0.0997"), "997");
        assert_eq!(d("-29.92"), "2992");
    }
}
