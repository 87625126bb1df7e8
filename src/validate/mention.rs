//! `mention.*`: one figure stated twice.
//!
//! The mentions of a figure are grouped, and each group is judged as a
//! whole in one pass over its mentions in document order, so that a figure
//! stated thousands of times gives one finding, not one a pair.

use std::hash::BuildHasher;
use std::ops::Bound;

use rust_decimal::Decimal;

use super::{Context, Out, Pos, Rule, Sections};
use crate::{
    ChangeMode, Direction, Interval, Period, Qualifier, Quantity, Report, Scope, Statistic,
    StatisticKind, Unit, hash,
};

/// How many mentions of a group a finding names besides the two it is
/// about; it counts the rest.
const NAMED: usize = 5;

/// What makes two statistics mentions of one figure: the metric (its key
/// where it has one, else its name), scope and period (the report's when
/// the statistic has none), kind (with a change's direction and mode), and
/// whether it is an outcome or a target. Borrowed from the report: making
/// it allocates nothing.
type Key<'a> = (
    &'a str,
    &'a Scope,
    Period,
    &'static str,
    Option<(Direction, ChangeMode)>,
    bool,
);

fn key<'a>(cx: &Context<'a>, stat: &'a Statistic, target: bool) -> Key<'a> {
    let change = match stat.kind() {
        StatisticKind::Change(c) => Some((c.direction, c.mode)),
        _ => None,
    };
    (
        stat.metric().key_or_name(),
        stat.scope().unwrap_or(&cx.report.scope),
        *stat.period().unwrap_or(&cx.report.period),
        stat.kind().code(),
        change,
        target,
    )
}

/// The statistics with a quantity, to be paired when every one is in.
///
/// Each is noted as one number: the top bits of a hash of its metric, then
/// its item's index in document order. Sorting the notes puts every
/// metric's mentions side by side, in document order. Only a metric noted
/// more than once can make a pair: the statistics of those are fetched by
/// a second walk over the report, and compared. A table of every metric
/// met so far would find them too, but in a report of a million statistics
/// each look-up in it is a miss of the processor's caches; a sort of eight
/// bytes a statistic reads its memory in order.
pub(super) struct Mentions {
    hasher: hash::Keyed,
    /// The bits of a note that hold the item's index.
    index_mask: u64,
    notes: Vec<u64>,
}

/// A mention of a metric noted more than once.
#[derive(Clone, Copy)]
struct Mention<'a> {
    stat: &'a Statistic,
    quantity: &'a Quantity,
    pos: Pos,
}

impl Mention<'_> {
    /// Whether it is a target's figure.
    fn is_target(&self) -> bool {
        matches!(self.pos.place, super::Place::Figure(_))
    }
}

impl Mentions {
    /// Room for the mentions of `report`, and index bits for each of its
    /// items.
    pub(super) fn for_report(report: &Report) -> Mentions {
        let (mut statistics, mut items) = (0_usize, 2_usize);
        for (_, s) in report.sections() {
            let stats: usize = s.achievements.iter().map(|a| a.statistics.len()).sum();
            let figures = s.targets.iter().filter(|t| t.figure.is_some()).count();
            statistics += stats + figures;
            items +=
                1 + s.achievements.len() + stats + s.measures.len() + s.targets.len() + figures;
        }
        // Enough bits for the largest index; the hash has the rest (all of
        // them but 20 for a million items).
        let index_bits = usize::BITS - items.leading_zeros();
        Mentions {
            hasher: hash::keyed(),
            index_mask: 1_u64
                .checked_shl(index_bits)
                .map_or(u64::MAX, |bit| bit - 1),
            notes: Vec::with_capacity(statistics),
        }
    }

    /// No room: for a validation that leaves the mention rules out.
    pub(super) fn empty() -> Mentions {
        Mentions {
            hasher: hash::keyed(),
            index_mask: u64::MAX,
            notes: Vec::new(),
        }
    }

    /// Notes the statistic at `pos`, when it has a quantity.
    pub(super) fn add(&mut self, pos: Pos, stat: &Statistic) {
        if stat.quantity().is_some() {
            let hash = self.hasher.hash_one(stat.metric().key_or_name());
            // An index fits in its bits: `for_report` counted the items.
            let index = u64::try_from(pos.index).unwrap_or(u64::MAX) & self.index_mask;
            self.notes.push(hash & !self.index_mask | index);
        }
    }

    /// Drops most notes of metrics noted once, so that there is less to
    /// sort. Each note's hash picks a bit among eight a note; a note is
    /// kept when another note picked its bit too. Every note of a metric
    /// noted more than once is kept (its notes pick the same bit), and
    /// about one in nine of the others.
    fn keep_repeated_hashes(&mut self) {
        let index_bits = self.index_mask.count_ones();
        let Some(bits) = self
            .notes
            .len()
            .checked_mul(8)
            .map(usize::next_power_of_two)
        else {
            return;
        };
        let slot_bits = bits.trailing_zeros();
        // The slot comes from the hash's bits, which lie above the index.
        if bits < 64 || slot_bits + index_bits > 64 {
            return;
        }
        let slot = |note: u64| usize::try_from(note >> (64 - slot_bits)).unwrap_or(0);
        let mut once = vec![0_u64; bits / 64];
        let mut twice = vec![0_u64; bits / 64];
        for &note in &self.notes {
            let (word, bit) = (slot(note) / 64, 1_u64 << (slot(note) % 64));
            twice[word] |= once[word] & bit;
            once[word] |= bit;
        }
        self.notes
            .retain(|&note| twice[slot(note) / 64] & (1 << (slot(note) % 64)) != 0);
    }

    /// The mentions of every metric noted more than once, in document
    /// order, fetched in one walk.
    fn fetch<'a>(mut self, cx: &Context<'a>) -> Vec<Mention<'a>> {
        self.keep_repeated_hashes();
        // By hash, and within a hash in document order.
        self.notes.sort_unstable();
        let mask = self.index_mask;
        let mut wanted: Vec<usize> = self
            .notes
            .chunk_by(|a, b| a & !mask == b & !mask)
            .filter(|group| group.len() > 1)
            .flatten()
            .map(|note| usize::try_from(note & mask).unwrap_or(usize::MAX))
            .collect();
        if wanted.is_empty() {
            return Vec::new();
        }
        wanted.sort_unstable();
        let mut fetched = Vec::with_capacity(wanted.len());
        super::walk(cx.report, |item| {
            if let Some(stat) = item.statistic()
                && let Some(quantity) = stat.quantity()
                && wanted.binary_search(&item.pos.index).is_ok()
            {
                fetched.push(Mention {
                    stat,
                    quantity,
                    pos: item.pos,
                });
            }
        });
        fetched
    }

    /// The mentions grouped by figure (metric, scope, period, kind and
    /// unit) and, within a figure, by number, each group judged in one
    /// pass: time and memory linear in the number of mentions.
    pub(super) fn figures<'a>(self, cx: &Context<'a>) -> Figures<'a> {
        let mentions = self.fetch(cx);
        let intervals: Vec<Interval> = mentions.iter().map(|m| m.quantity.interval()).collect();
        let mut by_key: hash::Map<(Key<'a>, &'a Unit), usize> = hash::map(mentions.len());
        let mut by_number: hash::Map<(usize, Decimal, Option<Decimal>), usize> =
            hash::map(mentions.len());
        let mut figures: Vec<Figure> = Vec::new();
        let mut numbers: Vec<Number> = Vec::new();
        let mut ids = Vec::with_capacity(mentions.len());
        for (i, m) in mentions.iter().enumerate() {
            let key = (key(cx, m.stat, m.is_target()), m.quantity.unit());
            let next = figures.len();
            let f = *by_key.entry(key).or_insert(next);
            if f == next {
                figures.push(Figure::default());
            }
            let number = (f, m.quantity.expanded(), m.quantity.expanded_high());
            let next = numbers.len();
            let n = *by_number.entry(number).or_insert(next);
            if n == next {
                numbers.push(Number {
                    count: 0,
                    first: i,
                    differs: None,
                    others: Vec::new(),
                });
            }
            ids.push((f, n));

            let number = &mut numbers[n];
            number.count += 1;
            let q = m.quantity.qualifier();
            if q != mentions[number.first].quantity.qualifier() && !number.others.contains(&q) {
                number.others.push(q);
                number.differs.get_or_insert(i);
            }

            // An earlier mention of another number whose interval this
            // one's cannot share a value with: the one with the greatest
            // low end or the least high end, if any.
            let figure = &mut figures[f];
            figure.count += 1;
            let here = &intervals[i];
            if figure.conflict.is_none() {
                let above = figure
                    .lows
                    .other_than(n)
                    .filter(|&e| intervals[e].is_above(here));
                let below = || {
                    figure
                        .highs
                        .other_than(n)
                        .filter(|&e| here.is_above(&intervals[e]))
                };
                figure.conflict = above.or_else(below).map(|e| (e, i));
            }
            figure.lows.add(i, n, |a, b| {
                low_above(intervals[a].low(), intervals[b].low())
            });
            figure.highs.add(i, n, |a, b| {
                high_below(intervals[a].high(), intervals[b].high())
            });
        }
        Figures {
            mentions,
            ids,
            figures,
            numbers,
        }
    }
}

/// The mentions of one figure: one metric, scope, period, kind, outcome or
/// target (see [`Key`]), and unit.
///
/// Two mentions cannot both be true when their intervals share no value;
/// mentions of one number with different qualifiers are left to
/// `mention.qualifier_differs`. Intervals on a line that share a value two
/// by two share one value all together (Helly's theorem in one dimension),
/// so the greatest low end and the least high end of the mentions so far,
/// each kept with the best of another number than its own, tell whether a
/// new mention conflicts with any earlier one.
#[derive(Default)]
struct Figure {
    count: usize,
    lows: Extreme,
    highs: Extreme,
    /// The first mention that cannot be true with an earlier one, and that
    /// earlier one: `(earlier, later)`, as indices into the mentions.
    conflict: Option<(usize, usize)>,
}

/// The mentions of one figure that state one number (the expanded value
/// and range end), whatever their qualifiers.
struct Number {
    count: usize,
    /// The first mention, an index into the mentions.
    first: usize,
    /// The first mention with a qualifier other than the first's.
    differs: Option<usize>,
    /// The qualifiers other than the first's, in the order met: at most as
    /// many as there are qualifiers.
    others: Vec<Qualifier>,
}

/// The best end among mentions (the greatest low end, or the least high
/// end), and the best among mentions of another number than the best's,
/// as `(mention, number)`: a mention is compared with the best end of a
/// number other than its own. Of equal ends the first is kept.
#[derive(Default, Clone, Copy)]
struct Extreme {
    best: Option<(usize, usize)>,
    runner_up: Option<(usize, usize)>,
}

impl Extreme {
    /// The mention with the best end among those of numbers other than
    /// `number`.
    fn other_than(&self, number: usize) -> Option<usize> {
        match self.best {
            Some((m, n)) if n != number => Some(m),
            _ => self.runner_up.map(|(m, _)| m),
        }
    }

    /// Takes in mention `m` of `number`; `better(a, b)` says whether the
    /// end of mention `a` is strictly better than that of `b`.
    fn add(&mut self, m: usize, number: usize, better: impl Fn(usize, usize) -> bool) {
        match self.best {
            Some((b, n)) if better(m, b) => {
                if n != number {
                    self.runner_up = self.best;
                }
                self.best = Some((m, number));
            }
            Some((_, n)) => {
                if n != number && self.runner_up.is_none_or(|(r, _)| better(m, r)) {
                    self.runner_up = Some((m, number));
                }
            }
            None => self.best = Some((m, number)),
        }
    }
}

/// Whether low end `a` is above low end `b`: `(5, …` is above `[5, …`,
/// which is above `(−∞, …`.
fn low_above(a: Bound<Decimal>, b: Bound<Decimal>) -> bool {
    match (a, b) {
        (Bound::Unbounded, _) => false,
        (_, Bound::Unbounded) => true,
        (Bound::Included(x) | Bound::Excluded(x), Bound::Included(y) | Bound::Excluded(y)) => {
            x > y || x == y && matches!((a, b), (Bound::Excluded(_), Bound::Included(_)))
        }
    }
}

/// Whether high end `a` is below high end `b`: `…, 5)` is below `…, 5]`,
/// which is below `…, ∞)`.
fn high_below(a: Bound<Decimal>, b: Bound<Decimal>) -> bool {
    match (a, b) {
        (Bound::Unbounded, _) => false,
        (_, Bound::Unbounded) => true,
        (Bound::Included(x) | Bound::Excluded(x), Bound::Included(y) | Bound::Excluded(y)) => {
            x < y || x == y && matches!((a, b), (Bound::Excluded(_), Bound::Included(_)))
        }
    }
}

/// The mentions of the metrics noted more than once, grouped and judged:
/// what the mention rules report.
pub(super) struct Figures<'a> {
    /// In document order.
    mentions: Vec<Mention<'a>>,
    /// Each mention's figure and number.
    ids: Vec<(usize, usize)>,
    figures: Vec<Figure>,
    numbers: Vec<Number>,
}

impl Figures<'_> {
    /// Up to [`NAMED`] mentions of each group other than the two its
    /// finding names, in document order: `group` gives a mention's group,
    /// `named` the two mentions a group's finding names (`None` for a
    /// group with no finding).
    fn others(
        &self,
        groups: usize,
        group: impl Fn((usize, usize)) -> usize,
        named: impl Fn(usize) -> Option<(usize, usize)>,
    ) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new(); groups];
        for (i, &id) in self.ids.iter().enumerate() {
            let g = group(id);
            if let Some((a, b)) = named(g)
                && i != a
                && i != b
                && out[g].len() < NAMED
            {
                out[g].push(i);
            }
        }
        out
    }

    /// Records a finding of `rule` on mention `later`, naming `earlier`:
    /// "… states this figure as P; here it is Q{then}", then, when the
    /// group has more than these two mentions (`count`), the first few
    /// `others` and how many more.
    fn found(
        &self,
        (sections, out): (&Sections, &mut Out<'_>),
        rule: Rule,
        (earlier, later): (usize, usize),
        then: &str,
        (count, others): (usize, &[usize]),
        suggestion: Option<String>,
    ) {
        let (e, l) = (&self.mentions[earlier], &self.mentions[later]);
        let mut message = format!(
            "{} states this figure as {}; here it is {}{then}",
            sections.path(&e.pos),
            e.quantity,
            l.quantity
        );
        if count > 2 {
            let mut listed: Vec<String> = others
                .iter()
                .map(|&i| {
                    let m = &self.mentions[i];
                    format!("{} ({})", sections.path(&m.pos), m.quantity)
                })
                .collect();
            let more = count.saturating_sub(2 + others.len());
            if more > 0 {
                listed.push(format!("{more} more"));
            }
            let listed = list(&listed, "and");
            message.push_str(&format!(" ({count} mentions in all; also {listed})"));
        }
        out.push(l.pos, rule, message, Some(l.stat.quote()), suggestion);
    }
}

/// `a`, `a and b`, `a, b and c` (or another conjunction).
fn list(items: &[String], conjunction: &str) -> String {
    match items {
        [init @ .., last] if !init.is_empty() => {
            format!("{} {conjunction} {last}", init.join(", "))
        }
        _ => items.join(""),
    }
}

/// `mention.qualifier_differs`: mentions of one metric, scope and period
/// that state the same number with different qualifiers ("more than
/// 170,000" and "170,000"). One finding for each such number, on its first
/// mention with a qualifier other than the first mention's, naming the
/// first; with more than two mentions it names the first few others and
/// counts the rest.
pub(super) fn qualifier_differs(sections: &Sections, figures: &Figures<'_>, out: &mut Out<'_>) {
    if !out.runs(Rule::MentionQualifierDiffers) {
        return;
    }
    let named = |n: usize| {
        let number = &figures.numbers[n];
        number.differs.map(|d| (number.first, d))
    };
    let others = figures.others(figures.numbers.len(), |(_, n)| n, named);
    for (n, number) in figures.numbers.iter().enumerate() {
        let Some(pair) = named(n) else { continue };
        let first = figures.mentions[number.first].quantity.qualifier();
        let qualifiers: Vec<String> = std::iter::once(first)
            .chain(number.others.iter().copied())
            .map(|q| q.code().to_owned())
            .collect();
        let mentions = if number.count == 2 {
            "both mentions".to_owned()
        } else {
            format!("all {} mentions", number.count)
        };
        let suggestion = format!(
            "one qualifier for {mentions}, {}, as the source words it",
            list(&qualifiers, "or")
        );
        figures.found(
            (sections, out),
            Rule::MentionQualifierDiffers,
            pair,
            ": the same number with another qualifier",
            (number.count, &others[n]),
            Some(suggestion),
        );
    }
}

/// `mention.conflict`: mentions of one metric, scope and period whose
/// intervals cannot all be true (leaving out mentions of one number with
/// different qualifiers, which are `mention.qualifier_differs`). One
/// finding for each such figure, on the first mention that cannot be true
/// with an earlier one, naming that one; with more than two mentions it
/// names the first few others and counts the rest.
pub(super) fn conflict(sections: &Sections, figures: &Figures<'_>, out: &mut Out<'_>) {
    if !out.runs(Rule::MentionConflict) {
        return;
    }
    let named = |f: usize| figures.figures[f].conflict;
    let others = figures.others(figures.figures.len(), |(f, _)| f, named);
    for (f, figure) in figures.figures.iter().enumerate() {
        let Some(pair) = figure.conflict else {
            continue;
        };
        figures.found(
            (sections, out),
            Rule::MentionConflict,
            pair,
            ", and both cannot be true",
            (figure.count, &others[f]),
            None,
        );
    }
}
