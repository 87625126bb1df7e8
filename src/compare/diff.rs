//! Two reports side by side: matched figures, figures only in one, and the
//! older report's targets scored against the newer one's outcomes.

use std::collections::HashMap;

use super::{Comparison, Difference, Score, Verdict, change, negate};
use crate::{
    Direction, Period, Report, Result, Scope, Section, Statistic, StatisticKind, Target, Tolerance,
};

/// A statistic of a report and its path.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entry {
    /// The statistic's path in its report.
    pub path: String,
    /// The statistic.
    pub statistic: Statistic,
}

/// What matches two figures: the metric (after aliases), scope, period and
/// kind code.
type Key<'a> = (&'a str, &'a Scope, Period, &'static str);

/// A statistic of a report and its path, borrowed until it goes into a
/// [`Diff`].
struct Found<'a> {
    /// The path of its section, shared by the section's figures; the
    /// figure's own path is written when it goes into the result.
    section: std::rc::Rc<str>,
    achievement: usize,
    index: usize,
    statistic: &'a Statistic,
}

impl Found<'_> {
    fn entry(&self) -> Entry {
        Entry {
            path: format!(
                "{}.achievements[{}].statistics[{}]",
                self.section, self.achievement, self.index
            ),
            statistic: self.statistic.clone(),
        }
    }
}

/// A figure of the older report matched with one of the newer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Matched {
    /// The metric's key where it has one, else its name (after aliases).
    pub metric: String,
    /// The older report's figure.
    pub old: Entry,
    /// The newer report's figure.
    pub new: Entry,
    /// The new figure against the old (a change down counting as
    /// negative); undetermined when either has no quantity or the units do
    /// not compare.
    pub comparison: Comparison,
    /// The change from old to new; `None` when it cannot be computed (no
    /// quantity, units that do not compare, an old figure of zero).
    pub change: Option<Difference>,
}

/// A target of the older report scored against an outcome of the newer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Scored {
    /// The metric's key where it has one, else its name (after aliases).
    pub metric: String,
    /// The target's path in the older report.
    pub path: String,
    /// The target.
    pub target: Target,
    /// The outcome it is scored against, when the newer report states one.
    pub actual: Option<Entry>,
    /// The score; `None` when there is no actual or it cannot be scored.
    pub score: Option<Score>,
}

impl Scored {
    /// The verdict: the score's, or undetermined when there is none.
    ///
    /// # Examples
    ///
    /// See [`diff`].
    pub fn verdict(&self) -> Verdict {
        self.score.map_or(Verdict::Undetermined, |s| s.verdict)
    }
}

/// What [`diff`] finds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Diff {
    /// Pairs of figures of one metric, scope and period (or the year
    /// before), in the newer report's order.
    pub matched: Vec<Matched>,
    /// Outcomes of the older report that nothing in the newer matches.
    pub only_old: Vec<Entry>,
    /// Outcomes of the newer report that nothing in the older matches.
    pub only_new: Vec<Entry>,
    /// The older report's quantified targets, each scored against the
    /// newer report's outcome of its metric, scope and period.
    pub scorecard: Vec<Scored>,
}

/// How to match two reports' figures: metric aliases (wording changes
/// between years) and the tolerance for "about".
///
/// # Examples
///
/// ```
/// use workreport::compare::Differ;
///
/// let differ = Differ::new().alias("urban jobs created", "employment.new_urban_jobs");
/// # let _ = differ;
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Differ {
    aliases: HashMap<String, String>,
    tolerance: Tolerance,
}

impl Differ {
    /// No aliases, the default tolerance.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(workreport::compare::Differ::new(), Default::default());
    /// ```
    pub fn new() -> Differ {
        Differ::default()
    }

    /// Treats the metric named or keyed `from` as the metric `to` (a key or
    /// a name).
    ///
    /// # Examples
    ///
    /// See [`Differ`].
    #[must_use]
    pub fn alias(mut self, from: impl Into<String>, to: impl Into<String>) -> Differ {
        self.aliases.insert(from.into(), to.into());
        self
    }

    /// The tolerance for "about" in comparisons and scores.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = workreport::compare::Differ::new().tolerance(workreport::Tolerance::Steps("1".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn tolerance(mut self, tolerance: Tolerance) -> Differ {
        self.tolerance = tolerance;
        self
    }

    /// The metric a statistic states, after aliases: its key where it has
    /// one, else its name.
    fn metric<'a>(&'a self, s: &'a Statistic) -> &'a str {
        let own = s
            .metric()
            .key()
            .map_or_else(|| s.metric().name(), |k| k.as_str());
        if self.aliases.is_empty() {
            return own;
        }
        let by_name = self.aliases.get(s.metric().name());
        let by_key = s.metric().key().and_then(|k| self.aliases.get(k.as_str()));
        by_key.or(by_name).map_or(own, String::as_str)
    }

    /// Matches and scores `old` against `new`: see [`diff`].
    ///
    /// # Errors
    ///
    /// [`crate::Error::Period`] when a period has no year before it that a
    /// date holds; the comparisons themselves never fail the diff.
    ///
    /// # Examples
    ///
    /// See [`diff`].
    pub fn diff<'r>(&'r self, old: &'r Report, new: &'r Report) -> Result<Diff> {
        let old_outcomes = outcomes(old);
        let new_outcomes = outcomes(new);
        // Borrowed from the reports: making a key allocates nothing.
        let key = |report: &'r Report, s: &'r Statistic| -> Key<'r> {
            (
                self.metric(s),
                s.scope().unwrap_or(&report.scope),
                *s.period().unwrap_or(&report.period),
                s.kind().code(),
            )
        };
        // The old figures by metric, scope and kind, each list in document
        // order: a new figure looks only among its own, not at every old
        // figure (which made a diff of 100,000 figures take seconds).
        // Each key's figures are a chain, first to last through `next`,
        // so that a key met once allocates nothing.
        let mut chains: HashMap<(&str, &Scope, &str), (usize, usize)> =
            HashMap::with_capacity(old_outcomes.len());
        let mut next: Vec<Option<usize>> = vec![None; old_outcomes.len()];
        for (i, o) in old_outcomes.iter().enumerate() {
            let (m, s, _, k) = key(old, o.statistic);
            match chains.entry((m, s, k)) {
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert((i, i));
                }
                std::collections::hash_map::Entry::Occupied(mut o) => {
                    let (_, last) = o.get_mut();
                    next[*last] = Some(i);
                    *last = i;
                }
            }
        }
        let mut unmatched_old: Vec<Option<&Found<'_>>> = old_outcomes.iter().map(Some).collect();
        let mut diff = Diff::default();
        for n in &new_outcomes {
            let (metric, scope, period, kind) = key(new, n.statistic);
            let year_before = period.year_before().ok();
            let mut link = chains.get(&(metric, scope, kind)).map(|&(first, _)| first);
            let mut found = None;
            while let Some(i) = link {
                link = next[i];
                let Some(o) = unmatched_old[i] else { continue };
                let p = *o.statistic.period().unwrap_or(&old.period);
                if p == period || Some(p) == year_before {
                    found = Some(i);
                    break;
                }
            }
            match found.and_then(|i| unmatched_old[i].take()) {
                Some(o) => diff.matched.push(self.matched(metric.to_owned(), o, n)),
                None => diff.only_new.push(n.entry()),
            }
        }
        diff.only_old = unmatched_old
            .into_iter()
            .flatten()
            .map(Found::entry)
            .collect();
        // The new outcomes with a quantity, by metric, scope, period and
        // kind: the first of each is what a target is scored against.
        let targets = targets(old);
        let mut actuals: HashMap<Key<'r>, &Found<'_>> = HashMap::new();
        if !targets.is_empty() {
            for n in new_outcomes
                .iter()
                .filter(|n| n.statistic.quantity().is_some())
            {
                actuals.entry(key(new, n.statistic)).or_insert(n);
            }
        }
        for (path, target) in targets {
            let Some(figure) = &target.figure else {
                continue;
            };
            let k = key(old, figure);
            let actual = actuals.get(&k).copied();
            let score = actual.and_then(|a| target.score_with(a.statistic, self.tolerance).ok());
            diff.scorecard.push(Scored {
                metric: k.0.to_owned(),
                path,
                target: target.clone(),
                actual: actual.map(Found::entry),
                score,
            });
        }
        Ok(diff)
    }

    fn matched(&self, metric: String, old: &Found<'_>, new: &Found<'_>) -> Matched {
        let (o, n) = (old.statistic, new.statistic);
        // The intervals in one unit (converted the exact way), a change
        // down counting as negative.
        let comparison = o
            .quantity()
            .zip(n.quantity())
            .and_then(|(oq, nq)| super::intervals_in_one_unit(nq, oq, self.tolerance).ok())
            .map_or(Comparison::Undetermined, |(ni, oi)| {
                super::score::signed(n, ni).compare(&super::score::signed(o, oi))
            });
        let change = match (o.quantity(), n.quantity(), o.kind(), n.kind()) {
            (Some(oq), Some(nq), StatisticKind::Change(a), StatisticKind::Change(b)) => {
                match (a.direction, b.direction) {
                    // Two declines: the sizes' change, the other way round;
                    // relative to a negative base it means nothing.
                    (Direction::Down, Direction::Down) => change(oq, nq).ok().map(|c| Difference {
                        absolute: c.absolute.map(negate),
                        relative: None,
                        points: c.points.map(negate),
                    }),
                    (x, y) if x == y => change(oq, nq).ok(),
                    // A rise against a fall: sizes in opposite directions
                    // do not subtract.
                    _ => None,
                }
            }
            (Some(oq), Some(nq), ..) => change(oq, nq).ok(),
            _ => None,
        };
        Matched {
            metric,
            old: old.entry(),
            new: new.entry(),
            comparison,
            change,
        }
    }
}

/// The figures of `old` and `new` matched, the figures only in one, and
/// the targets of `old` scored against the outcomes of `new`, with no
/// aliases and the default tolerance: `Differ::new().diff(old, new)`.
///
/// Figures match by metric (key, else name), scope and kind, and by
/// period: the same period, or for the newer figure's period the year
/// before it in the older report (2023 against 2022). A target matches an
/// outcome of its own period.
///
/// # Errors
///
/// As [`Differ::diff`].
///
/// # Examples
///
/// ```
/// use workreport::Report;
/// use workreport::compare::{Verdict, diff};
///
/// let load = |p: &str| Report::from_json(&std::fs::read_to_string(p).unwrap()).unwrap();
/// let targets = load("examples/data/china-national-2023-targets.json");
/// let outcomes = load("examples/data/china-national-2023-outcomes.json");
/// let d = diff(&targets, &outcomes)?;
/// let gdp = d.scorecard.iter().find(|s| s.metric == "gdp.growth").unwrap();
/// assert_eq!(gdp.verdict(), Verdict::Met);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn diff(old: &Report, new: &Report) -> Result<Diff> {
    Differ::new().diff(old, new)
}

/// The statistics of a report's achievements, with their paths.
fn outcomes(report: &Report) -> Vec<Found<'_>> {
    fn walk<'a>(path: &str, s: &'a Section, out: &mut Vec<Found<'a>>) {
        let section: std::rc::Rc<str> = path.into();
        for (a, achievement) in s.achievements.iter().enumerate() {
            for (k, stat) in achievement.statistics.iter().enumerate() {
                out.push(Found {
                    section: section.clone(),
                    achievement: a,
                    index: k,
                    statistic: stat,
                });
            }
        }
        for (i, sub) in s.sections.iter().enumerate() {
            walk(&format!("{path}.sections[{i}]"), sub, out);
        }
    }
    let mut out = Vec::new();
    for (i, s) in report.sections.iter().enumerate() {
        walk(&format!("sections[{i}]"), s, &mut out);
    }
    out
}

/// A report's targets, with their paths.
fn targets(report: &Report) -> Vec<(String, &Target)> {
    report
        .sections()
        .flat_map(|(path, s)| {
            s.targets
                .iter()
                .enumerate()
                .map(move |(t, target)| (format!("{path}.targets[{t}]"), target))
        })
        .collect()
}

#[cfg(feature = "serde")]
mod serde_impl {
    //! FORMATS.md's `compare --format json`.

    use std::ops::Bound;

    use serde::Serialize;
    use serde::ser::{SerializeMap, Serializer};

    use super::{Diff, Entry, Matched, Scored};
    use crate::{Interval, StatisticRow};

    fn row(e: &Entry) -> StatisticRow {
        StatisticRow::new(e.path.clone(), &e.statistic)
    }

    /// An interval's ends as decimal strings, `None` when unbounded.
    fn ends(i: Option<Interval>) -> (Option<String>, Option<String>) {
        let end = |b: Bound<rust_decimal::Decimal>| match b {
            Bound::Included(x) | Bound::Excluded(x) => Some(x.normalize().to_string()),
            Bound::Unbounded => None,
        };
        i.map_or((None, None), |i| (end(i.low()), end(i.high())))
    }

    impl Serialize for Matched {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(5))?;
            m.serialize_entry("metric", &self.metric)?;
            m.serialize_entry("old", &row(&self.old))?;
            m.serialize_entry("new", &row(&self.new))?;
            m.serialize_entry("comparison", self.comparison.code())?;
            let c = self.change;
            let (al, ah) = ends(c.and_then(|c| c.absolute));
            let (rl, rh) = ends(c.and_then(|c| c.relative));
            let (pl, ph) = ends(c.and_then(|c| c.points));
            let mut change = serde_json::Map::new();
            for (k, v) in [
                ("absolute_low", al),
                ("absolute_high", ah),
                ("relative_low", rl),
                ("relative_high", rh),
                ("points_low", pl),
                ("points_high", ph),
            ] {
                change.insert(
                    k.to_owned(),
                    v.map_or(serde_json::Value::Null, serde_json::Value::String),
                );
            }
            m.serialize_entry("change", &change)?;
            m.end()
        }
    }

    impl Serialize for Scored {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(5))?;
            m.serialize_entry("metric", &self.metric)?;
            let target = self
                .target
                .figure
                .as_ref()
                .map_or(self.target.text.as_str(), |f| f.quote());
            m.serialize_entry("target", target)?;
            m.serialize_entry("actual", &self.actual.as_ref().map(|a| a.statistic.quote()))?;
            m.serialize_entry("verdict", self.verdict().code())?;
            m.serialize_entry(
                "margin",
                &self
                    .score
                    .and_then(|s| s.margin)
                    .map(|d| d.normalize().to_string()),
            )?;
            m.end()
        }
    }

    impl Serialize for Diff {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(4))?;
            m.serialize_entry("matched", &self.matched)?;
            m.serialize_entry(
                "only_old",
                &self.only_old.iter().map(row).collect::<Vec<_>>(),
            )?;
            m.serialize_entry(
                "only_new",
                &self.only_new.iter().map(row).collect::<Vec<_>>(),
            )?;
            m.serialize_entry("scorecard", &self.scorecard)?;
            m.end()
        }
    }
}
