//! Two reports side by side: matched figures, figures only in one, and the
//! older report's targets scored against the newer one's outcomes.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasher as _;
use std::sync::Arc;

use chrono::Datelike as _;

use super::{Comparison, Difference, Score, Verdict};
use crate::{
    Error, Period, Report, Result, Scope, Statistic, StatisticKind, Target, Tolerance, hash,
};

/// A statistic of a report, borrowed, and where it is in the report.
///
/// The path is written only when asked for ([`Entry::path`]): a diff of
/// many figures that are never printed writes none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<'r> {
    /// The path of its section, shared by the section's figures.
    section: Arc<str>,
    achievement: usize,
    index: usize,
    statistic: &'r Statistic,
}

impl<'r> Entry<'r> {
    /// The statistic's path in its report:
    /// `sections[0].achievements[1].statistics[2]`.
    ///
    /// # Examples
    ///
    /// See [`diff`].
    pub fn path(&self) -> String {
        format!(
            "{}.achievements[{}].statistics[{}]",
            self.section, self.achievement, self.index
        )
    }

    /// The statistic, borrowed from its report.
    ///
    /// # Examples
    ///
    /// See [`diff`].
    pub fn statistic(&self) -> &'r Statistic {
        self.statistic
    }
}

/// What matches two figures: the metric (after aliases), scope (by
/// [`ScopeIds`]), period and kind ([`kind_id`]).
type Key<'a> = (&'a str, usize, Period, u8);

/// A number for each scope met, equal scopes alike: a figure with its
/// report's scope (most figures) then hashes no scope.
struct ScopeIds<'r>(hash::Map<&'r Scope, usize>);

impl<'r> ScopeIds<'r> {
    fn id(&mut self, scope: &'r Scope) -> usize {
        let next = self.0.len();
        *self.0.entry(scope).or_insert(next)
    }
}

/// A number for each kind of statistic (a change of either direction is
/// one kind), cheaper to hash than its code.
fn kind_id(kind: &StatisticKind) -> u8 {
    match kind {
        StatisticKind::Count => 0,
        StatisticKind::Amount => 1,
        StatisticKind::Rate => 2,
        StatisticKind::Ratio => 3,
        StatisticKind::Change(_) => 4,
        StatisticKind::Rank(_) => 5,
        StatisticKind::Record(_) => 6,
        StatisticKind::Streak => 7,
    }
}

/// A figure of the older report matched with one of the newer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Matched<'r> {
    /// The metric's key where it has one, else its name (after aliases).
    pub metric: Cow<'r, str>,
    /// The older report's figure.
    pub old: Entry<'r>,
    /// The newer report's figure.
    pub new: Entry<'r>,
    /// The new figure against the old (a change down counting as
    /// negative); undetermined when either has no quantity or the units do
    /// not compare.
    pub comparison: Comparison,
}

impl Matched<'_> {
    /// The change from the old figure to the new, as
    /// [`Statistic::change_to`](crate::Statistic::change_to) gives it;
    /// `None` when it cannot be computed (no quantity, units that do not
    /// compare, an old figure of zero).
    ///
    /// Changes count in their direction: "down 3%" to "down 5%" is −2
    /// points, "down 5%" to "up 3%" +8, and no relative change is given
    /// from a decline.
    ///
    /// It is computed when asked for, not by the diff: its divisions cost
    /// more than the matching, and a diff of many figures is often read for
    /// a few of them.
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::{Achievement, Metric, Period, Quantity, Report, Scope, Section, Statistic,
    ///     StatisticKind, Unit};
    ///
    /// let report = |year: &str, cases: &str| -> Report {
    ///     let mut r = Report::new("Work report", "Chengdu police", Scope::new("Chengdu").unwrap(),
    ///         year.parse::<Period>().unwrap(), "en".parse().unwrap());
    ///     let mut a = Achievement::new("cases cracked");
    ///     a.statistics.push(Statistic::new(Metric::new("cases cracked").unwrap(),
    ///         StatisticKind::Count,
    ///         Some(Quantity::exact(cases.parse().unwrap(), Unit::Cases).unwrap()),
    ///         format!("{cases} cases")).unwrap());
    ///     let mut s = Section::new("Crime");
    ///     s.achievements.push(a);
    ///     r.sections.push(s);
    ///     r
    /// };
    /// let (old, new) = (report("2022", "58"), report("2023", "87"));
    /// let d = workreport::compare::diff(&old, &new)?;
    /// let change = d.matched[0].change().unwrap();
    /// assert_eq!(change.absolute.unwrap().to_string(), "[29, 29]");
    /// assert_eq!(change.relative.unwrap().to_string(), "[50, 50]");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn change(&self) -> Option<Difference> {
        self.old.statistic.change_to(self.new.statistic).ok()
    }
}

/// A target of the older report scored against an outcome of the newer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Scored<'r> {
    /// The metric's key where it has one, else its name (after aliases).
    pub metric: Cow<'r, str>,
    /// The target's path in the older report.
    pub path: String,
    /// The target, borrowed from the older report.
    pub target: &'r Target,
    /// The outcome it is scored against, when the newer report states one.
    pub actual: Option<Entry<'r>>,
    /// The score; `None` when there is no actual or it cannot be scored.
    pub score: Option<Score>,
}

impl Scored<'_> {
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
pub struct Diff<'r> {
    /// Pairs of figures of one metric, scope and period (or the year
    /// before), in the newer report's order.
    pub matched: Vec<Matched<'r>>,
    /// Outcomes of the older report that nothing in the newer matches.
    pub only_old: Vec<Entry<'r>>,
    /// Outcomes of the newer report that nothing in the older matches.
    pub only_new: Vec<Entry<'r>>,
    /// The older report's quantified targets, each scored against the
    /// newer report's outcome of its metric, scope and period.
    pub scorecard: Vec<Scored<'r>>,
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

    /// The metric an alias of this differ makes of a statistic's, by its
    /// key or its name.
    fn aliased(&self, s: &Statistic) -> Option<&str> {
        if self.aliases.is_empty() {
            return None;
        }
        let by_name = self.aliases.get(s.metric().name());
        let by_key = s.metric().key().and_then(|k| self.aliases.get(k.as_str()));
        by_key.or(by_name).map(String::as_str)
    }

    /// The metric a statistic states, after aliases: its key where it has
    /// one, else its name.
    fn metric<'a>(&'a self, s: &'a Statistic) -> &'a str {
        self.aliased(s).unwrap_or_else(|| s.metric().key_or_name())
    }

    /// [`metric`](Differ::metric) for the result: borrowed from the
    /// report, owned when an alias of this differ names it.
    fn metric_of<'r>(&self, s: &'r Statistic) -> Cow<'r, str> {
        self.aliased(s).map_or_else(
            || Cow::Borrowed(s.metric().key_or_name()),
            |alias| Cow::Owned(alias.to_owned()),
        )
    }

    /// Matches and scores `old` against `new`: see [`diff`].
    ///
    /// # Errors
    ///
    /// [`crate::Error::Overflow`] when the older report has `u32::MAX`
    /// figures or more. Nothing else fails a diff: a period with no year
    /// before it that a date holds matches its own period only, and a
    /// comparison that cannot be made is [`Comparison::Undetermined`].
    ///
    /// # Examples
    ///
    /// See [`diff`].
    pub fn diff<'r>(&self, old: &'r Report, new: &'r Report) -> Result<Diff<'r>> {
        let hasher = hash::keyed();
        self.diff_hashed(old, new, |key| hasher.hash_one(key))
    }

    /// [`Differ::diff`] with the hash of a figure's metric, scope and kind
    /// given: a test gives one under which every key collides.
    fn diff_hashed<'r>(
        &self,
        old: &'r Report,
        new: &'r Report,
        hash: impl Fn((&str, usize, u8)) -> u64,
    ) -> Result<Diff<'r>> {
        let mut old_outcomes: Vec<Option<Entry<'r>>> = Vec::new();
        outcomes(old, |e| old_outcomes.push(Some(e)));
        let mut scopes = ScopeIds(hash::map(2));
        let (old_scope, new_scope) = (scopes.id(&old.scope), scopes.id(&new.scope));
        // Borrowed from the reports and this differ: making a key
        // allocates nothing.
        let mut key = |report: &'r Report, report_scope: usize, s: &'r Statistic| -> Key<'_> {
            (
                self.metric(s),
                s.scope().map_or(report_scope, |scope| scopes.id(scope)),
                *s.period().unwrap_or(&report.period),
                kind_id(s.kind()),
            )
        };
        // A key's hash: that of its metric, scope and kind (its family,
        // hashed once a figure), then its period's mixed in.
        let family_of = |(m, s, _, k): Key<'_>| hash((m, s, k));
        // The old figures by metric, scope, period and kind: a list of each
        // key's figures in document order, first to last through `next`,
        // the lists themselves in the order of their first figures. A new
        // figure looks
        // only at the lists of its own period and of the year before, not
        // at every old figure (which made a diff of 100,000 figures take
        // seconds), nor at every figure of its metric (which made one of
        // 100,000 figures of one metric take minutes). The table holds an
        // 8-byte hash of each key and the index of its list, not the key,
        // so that more of it stays in the processor's caches; lists whose
        // keys share a hash are chained, and told apart by the key of their
        // first figure left.
        let mut table: hash::Prehashed<Link> = hash::prehashed(old_outcomes.len());
        let mut lists: Vec<List> = Vec::new();
        let mut next: Vec<Link> = vec![Link::NONE; old_outcomes.len()];
        let mut periods = Periods::new(old_outcomes.len());
        let too_many = || Error::Overflow(format!("a diff of {} figures or more", u32::MAX));
        let index = |i: usize| u32::try_from(i).ok().filter(|&i| i != u32::MAX);
        // Every old outcome is still there: the indices are the figures'.
        for (i, o) in old_outcomes.iter().enumerate() {
            let Some(o) = o else { continue };
            let k = key(old, old_scope, o.statistic);
            let family = family_of(k);
            let i = index(i).ok_or_else(too_many)?;
            let new_list = index(lists.len()).ok_or_else(too_many)?;
            let mut link = *table
                .entry(with_period(family, k.2))
                .or_insert(Link(new_list));
            // The list of this key among those of this hash: no figure is
            // taken yet, so every list has its first figure left.
            while let Some(l) = link.get() {
                let Some(list) = lists.get_mut(place(l)) else {
                    break;
                };
                let first = old_outcomes
                    .get(place(list.head.0))
                    .and_then(Option::as_ref);
                if first.is_some_and(|f| key(old, old_scope, f.statistic) == k) {
                    next[place(list.last)] = Link(i);
                    list.last = i;
                    break;
                }
                // Another key of this hash: the next list of the hash, or a
                // new one after this.
                if list.collides == Link::NONE {
                    list.collides = Link(new_list);
                }
                link = list.collides;
            }
            if link == Link(new_list) {
                lists.push(List::of(i));
                periods.add(family);
            }
        }
        let targets = targets(old);
        // The new outcomes with a quantity, by metric, scope, period and
        // kind: the first of each is what a target is scored against.
        let mut actuals: hash::Map<Key<'_>, Entry<'r>> = hash::map(0);
        let mut diff = Diff {
            // Every old figure may be matched: room for all, so that the
            // list is not copied as it grows.
            matched: Vec::with_capacity(old_outcomes.len()),
            ..Diff::default()
        };
        outcomes(new, |n| {
            let k = key(new, new_scope, n.statistic);
            if !targets.is_empty() && n.statistic.quantity().is_some() {
                actuals.entry(k).or_insert_with(|| n.clone());
            }
            // A new figure takes the first old figure left, in document
            // order, of its own period or of the year before. Within one
            // key the figures are taken first to last, so the first left
            // of a key is at its list's head: the earlier of two heads. A
            // head taken is passed over at the next look-up, which saves
            // a second look-up in the table to move it on.
            let family = family_of(k);
            let mut head = |period: Period| -> Option<u32> {
                let (m, s, _, kind) = k;
                let wanted = (m, s, period, kind);
                let mut link = table.get(&with_period(family, period)).copied();
                while let Some(l) = link.and_then(|l| lists.get_mut(place(l.get()?))) {
                    while let Some(i) = l.head.get()
                        && old_outcomes.get(place(i)).is_some_and(Option::is_none)
                    {
                        l.head = next[place(i)];
                    }
                    if let Some(i) = l.head.get()
                        && let Some(Some(o)) = old_outcomes.get(place(i))
                        && key(old, old_scope, o.statistic) == wanted
                    {
                        return Some(i);
                    }
                    link = Some(l.collides);
                }
                None
            };
            let own = head(k.2);
            // The year before costs date arithmetic: it is worked out only
            // where the metric, scope and kind have old figures of other
            // periods, or none of their own left.
            let before = if own.is_none() || periods.several(family) {
                k.2.year_before().ok().and_then(&mut head)
            } else {
                None
            };
            let found = match (own, before) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            let taken = found.and_then(|i| old_outcomes[place(i)].take());
            match taken {
                Some(o) => diff.matched.push(self.matched(o, n)),
                None => diff.only_new.push(n),
            }
        });
        diff.only_old = old_outcomes.into_iter().flatten().collect();
        for (path, target) in targets {
            let Some(figure) = &target.figure else {
                continue;
            };
            let actual = actuals.get(&key(old, old_scope, figure));
            let score = actual.and_then(|a| target.score_with(a.statistic, self.tolerance).ok());
            diff.scorecard.push(Scored {
                metric: self.metric_of(figure),
                path,
                target,
                actual: actual.cloned(),
                score,
            });
        }
        Ok(diff)
    }

    fn matched<'r>(&self, old: Entry<'r>, new: Entry<'r>) -> Matched<'r> {
        let (o, n) = (old.statistic, new.statistic);
        // The intervals in one unit (converted the exact way) or as
        // written, a change down counting as negative.
        let comparison = o
            .quantity()
            .zip(n.quantity())
            .and_then(|(oq, nq)| super::intervals_to_order(nq, oq, self.tolerance).ok())
            .map_or(Comparison::Undetermined, |(ni, oi)| {
                super::score::signed(n, ni).compare(&super::score::signed(o, oi))
            });
        Matched {
            metric: self.metric_of(n),
            old,
            new,
            comparison,
        }
    }
}

/// The figures of `old` and `new` matched, the figures only in one, and
/// the targets of `old` scored against the outcomes of `new`, with no
/// aliases and the default tolerance: `Differ::new().diff(old, new)`.
///
/// Figures match by metric (key, else name), scope and kind, and by
/// period: the same period, or for the newer figure's period the year
/// before it in the older report (2023 against 2022). Where several old
/// figures match one new figure, it takes the first not yet taken, in
/// document order; the new figures take theirs in document order. A
/// target matches an outcome of its own period. The time a diff takes is
/// linear in the figures, however many of them share a metric.
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
pub fn diff<'r>(old: &'r Report, new: &'r Report) -> Result<Diff<'r>> {
    Differ::new().diff(old, new)
}

/// Each statistic of a report's achievements, in document order, to `f`.
fn outcomes<'r>(report: &'r Report, mut f: impl FnMut(Entry<'r>)) {
    for (path, s) in report.sections() {
        let section: Arc<str> = path.into();
        for (a, achievement) in s.achievements.iter().enumerate() {
            for (k, statistic) in achievement.statistics.iter().enumerate() {
                f(Entry {
                    section: section.clone(),
                    achievement: a,
                    index: k,
                    statistic,
                });
            }
        }
    }
}

/// The hash of a key: that of its family (its metric, scope and kind, by
/// the differ's keyed hasher) with its period's first and last days mixed
/// in. Two periods of one family have one hash only when they have the
/// same days (a year, and the range of its days), and two families are
/// kept apart by hashes that a report, written before them, cannot know.
/// Mixing costs a few instructions where hashing the period did a hundred.
fn with_period(family: u64, period: Period) -> u64 {
    let day = |d: chrono::NaiveDate| u64::from(d.num_days_from_ce().unsigned_abs());
    let days = day(period.start()) << 32 | day(period.end());
    family ^ days.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The old figures of one key (metric, scope, period and kind), in
/// document order: the first not yet matched, then each through `next`.
#[derive(Clone, Copy)]
struct List {
    /// The first figure not yet matched, or the one matched last, which
    /// the next look-up passes over.
    head: Link,
    last: u32,
    /// The next list whose key has the same hash.
    collides: Link,
}

/// An index of an old figure or of a list, or none: 4 bytes where an
/// `Option<u32>` takes 8, so that a bucket of the table is 16 bytes and a
/// list 12, and more of them stay in the processor's caches. `u32::MAX` is
/// none: the diff refuses that many figures.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Link(u32);

impl Link {
    const NONE: Link = Link(u32::MAX);

    fn get(self) -> Option<u32> {
        (self != Link::NONE).then_some(self.0)
    }
}

impl List {
    /// The list of one figure.
    fn of(i: u32) -> List {
        List {
            head: Link(i),
            last: i,
            collides: Link::NONE,
        }
    }
}

/// Which metrics, scopes and kinds have old figures of more than one
/// period, by the hash of each: two bit sets of sixteen bits a figure, so
/// that asking costs no look-up in the table. Two that share a bit look as
/// if they had several periods: then the year before is looked for in
/// vain, never missed.
struct Periods {
    once: Vec<u64>,
    twice: Vec<u64>,
    /// How far a hash shifts right to give its bit.
    shift: u32,
}

impl Periods {
    fn new(figures: usize) -> Periods {
        let bits = figures
            .saturating_mul(16)
            .clamp(64, 1 << 37)
            .next_power_of_two();
        Periods {
            once: vec![0; bits / 64],
            twice: vec![0; bits / 64],
            shift: 64 - bits.trailing_zeros(),
        }
    }

    /// The word and bit of a hash: its top bits.
    fn bit(&self, hash: u64) -> (usize, u64) {
        let slot = usize::try_from(hash.checked_shr(self.shift).unwrap_or(0)).unwrap_or(0);
        (slot / 64, 1 << (slot % 64))
    }

    /// Notes a list of one more period for the family of `hash`.
    fn add(&mut self, hash: u64) {
        let (word, bit) = self.bit(hash);
        if let (Some(once), Some(twice)) = (self.once.get(word), self.twice.get(word)) {
            let (once, twice) = (*once, *twice);
            self.twice[word] = twice | once & bit;
            self.once[word] = once | bit;
        }
    }

    /// Whether the family of `hash` may have lists of several periods.
    fn several(&self, hash: u64) -> bool {
        let (word, bit) = self.bit(hash);
        self.twice.get(word).is_none_or(|w| w & bit != 0)
    }
}

/// A figure's index in a chain as a place in a list. It was made from a
/// `usize`, so it fits one.
#[allow(clippy::as_conversions)]
fn place(index: u32) -> usize {
    index as usize
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
        StatisticRow::new(e.path(), e.statistic)
    }

    /// An interval's ends as decimal strings, `None` when unbounded.
    fn ends(i: Option<Interval>) -> (Option<String>, Option<String>) {
        let end = |b: Bound<rust_decimal::Decimal>| match b {
            Bound::Included(x) | Bound::Excluded(x) => Some(x.normalize().to_string()),
            Bound::Unbounded => None,
        };
        i.map_or((None, None), |i| (end(i.low()), end(i.high())))
    }

    impl Serialize for Matched<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(5))?;
            m.serialize_entry("metric", &self.metric)?;
            m.serialize_entry("old", &row(&self.old))?;
            m.serialize_entry("new", &row(&self.new))?;
            m.serialize_entry("comparison", self.comparison.code())?;
            let c = self.change();
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

    impl Serialize for Scored<'_> {
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

    impl Serialize for Diff<'_> {
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

#[cfg(test)]
mod tests {
    use crate::{
        Achievement, Basis, Change, ChangeMode, Direction, Metric, Quantity, Report, Scope,
        Section, Statistic, StatisticKind, Unit,
    };

    use super::{Differ, kind_id};

    /// The matching rule as the diff stated it before its lists, as plainly
    /// as it can be written: each new figure, in document order, takes the
    /// first old figure not yet taken, in document order, of its metric,
    /// scope and kind whose period is its own or the year before it. The
    /// pairs as paths, then the paths of the new and old figures left.
    fn plainly(old: &Report, new: &Report) -> (Vec<(String, String)>, Vec<String>, Vec<String>) {
        let key = |r: &Report, s: &Statistic| {
            (
                s.metric().key_or_name().to_owned(),
                s.scope().unwrap_or(&r.scope).clone(),
                kind_id(s.kind()),
            )
        };
        let period = |r: &Report, s: &Statistic| *s.period().unwrap_or(&r.period);
        let mut left: Vec<Option<(String, &Statistic)>> = old.statistics().map(Some).collect();
        let (mut pairs, mut only_new) = (Vec::new(), Vec::new());
        for (path, n) in new.statistics() {
            let p = period(new, n);
            let before = p.year_before().ok();
            let found = left.iter_mut().find(|o| {
                o.as_ref().is_some_and(|(_, o)| {
                    key(old, o) == key(new, n)
                        && (period(old, o) == p || Some(period(old, o)) == before)
                })
            });
            match found.and_then(Option::take) {
                Some((o, _)) => pairs.push((o, path)),
                None => only_new.push(path),
            }
        }
        let only_old = left.into_iter().flatten().map(|(p, _)| p).collect();
        (pairs, only_new, only_old)
    }

    /// The diff of `old` and `new` in the terms of [`plainly`].
    fn paths(old: &Report, new: &Report) -> (Vec<(String, String)>, Vec<String>, Vec<String>) {
        let d = Differ::new().diff(old, new).unwrap();
        (
            d.matched
                .iter()
                .map(|m| (m.old.path(), m.new.path()))
                .collect(),
            d.only_new.iter().map(super::Entry::path).collect(),
            d.only_old.iter().map(super::Entry::path).collect(),
        )
    }

    /// A report of `period` whose one section holds a figure for each of
    /// `figures`: (metric, period or none for the report's, kind), each
    /// of a few, so that keys repeat and periods mix.
    fn figures(period: &str, figures: &[(u8, Option<u8>, u8)]) -> Report {
        let periods = ["2021", "2022", "2023", "2022-Q1", "2023-Q1"];
        let mut r = Report::new(
            "t",
            "i",
            Scope::new("Sichuan").unwrap(),
            period.parse().unwrap(),
            "en".parse().unwrap(),
        );
        let mut a = Achievement::new("figures");
        for (i, &(m, p, k)) in figures.iter().enumerate() {
            let kind = match k % 3 {
                0 => StatisticKind::Count,
                1 => StatisticKind::Rate,
                _ => StatisticKind::Change(Change {
                    direction: if i % 2 == 0 {
                        Direction::Up
                    } else {
                        Direction::Down
                    },
                    basis: Basis::YearOnYear,
                    mode: ChangeMode::Relative,
                }),
            };
            let unit = if k % 3 == 0 {
                Unit::Cases
            } else {
                Unit::Percent
            };
            let q = Quantity::exact(crate::Decimal::from(i + 1), unit).unwrap();
            let mut s =
                Statistic::new(Metric::new(format!("m{m}")).unwrap(), kind, Some(q), "q").unwrap();
            if let Some(p) = p {
                s = s.with_period(periods[usize::from(p) % periods.len()].parse().unwrap());
            }
            a.statistics.push(s);
        }
        let mut section = Section::new("s");
        section.achievements.push(a);
        r.sections.push(section);
        r
    }

    #[test]
    fn duplicates_match_as_the_plain_rule_says() {
        // Old: three of m0 in 2022, one in 2023 (the report's), then two
        // more in 2022; new: m0 in 2023 five times. The first three take
        // the three first 2022 ones (the year before, earlier in the
        // document than the 2023 one), the fourth the 2023 one, the fifth
        // the fourth 2022 one; the last is left.
        let old = figures(
            "2023",
            &[
                (0, Some(1), 0),
                (0, Some(1), 0),
                (0, Some(1), 0),
                (0, None, 0),
                (0, Some(1), 0),
                (0, Some(1), 0),
            ],
        );
        let new = figures("2023", &[(0, None, 0); 5]);
        let p = |k: usize| format!("sections[0].achievements[0].statistics[{k}]");
        let expected = (
            vec![
                (p(0), p(0)),
                (p(1), p(1)),
                (p(2), p(2)),
                (p(3), p(3)),
                (p(4), p(4)),
            ],
            vec![],
            vec![p(5)],
        );
        assert_eq!(plainly(&old, &new), expected);
        assert_eq!(paths(&old, &new), expected);
        // Of another period, 2021 against 2022 and 2023: nothing matches.
        let other = figures("2021", &[(0, None, 0); 3]);
        let expected = (vec![], vec![p(0), p(1), p(2)], (0..6).map(p).collect());
        assert_eq!(plainly(&old, &other), expected);
        assert_eq!(paths(&old, &other), expected);
    }

    #[cfg(feature = "proptest")]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        #[test]
        fn few_metrics_and_periods_match_as_the_plain_rule_says(
            old in proptest::collection::vec((0..3_u8, proptest::option::of(0..5_u8), 0..3_u8), 0..24),
            new in proptest::collection::vec((0..3_u8, proptest::option::of(0..5_u8), 0..3_u8), 0..24),
            periods in (0..3_usize, 0..3_usize),
        ) {
            let years = ["2022", "2023", "2023-Q1"];
            let (old, new) = (figures(years[periods.0], &old), figures(years[periods.1], &new));
            proptest::prop_assert_eq!(paths(&old, &new), plainly(&old, &new));
            same_when_every_key_collides(&old, &new);
        }
    }

    fn load(name: &str) -> Report {
        let path = format!("examples/data/{name}.json");
        let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        Report::from_json(&json).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// Under a hash that gives every key the same value, every old figure
    /// is in one chain and the walk along it must tell the keys apart:
    /// the diff is the same as under the real hash.
    fn same_when_every_key_collides(old: &Report, new: &Report) {
        let differ = Differ::new();
        let real = differ.diff(old, new).unwrap();
        let colliding = differ.diff_hashed(old, new, |_| 0).unwrap();
        assert_eq!(colliding, real);
    }

    #[test]
    fn keys_that_share_a_hash_are_told_apart() {
        let targets = load("china-national-2023-targets");
        let outcomes = load("china-national-2023-outcomes");
        let sichuan = load("sichuan-public-security-2023");
        // Both parts of a diff are exercised: the targets' scorecard, and
        // the Sichuan report's figures matched with themselves.
        assert!(
            !Differ::new()
                .diff(&targets, &outcomes)
                .unwrap()
                .scorecard
                .is_empty()
        );
        let itself = Differ::new().diff(&sichuan, &sichuan).unwrap();
        assert_eq!(itself.matched.len(), sichuan.statistics().count());
        same_when_every_key_collides(&targets, &outcomes);
        same_when_every_key_collides(&outcomes, &targets);
        same_when_every_key_collides(&sichuan, &sichuan);
        same_when_every_key_collides(&sichuan, &outcomes);
    }

    #[cfg(feature = "proptest")]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        #[test]
        fn generated_reports_diff_alike_under_colliding_hashes(
            old in crate::proptest::report(3),
            new in crate::proptest::report(3),
        ) {
            same_when_every_key_collides(&old, &new);
            same_when_every_key_collides(&old, &old);
        }
    }
}
