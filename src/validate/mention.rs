//! `mention.*`: one figure stated twice.

use std::hash::BuildHasher;

use super::{Context, Out, Pos, Rule, Sections};
use crate::{ChangeMode, Direction, Period, Report, Scope, Statistic, StatisticKind, hash};

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

/// Two mentions of one figure: their places in document order (the
/// earlier first), the later statistic, and both quantities, in one unit.
pub(super) struct Pair<'a> {
    earlier: Pos,
    later: Pos,
    second: &'a Statistic,
    p: &'a crate::Quantity,
    q: &'a crate::Quantity,
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
    quantity: &'a crate::Quantity,
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

    /// Every pair of mentions of one metric, scope and period in one unit,
    /// by the later mention's place and then the earlier's.
    pub(super) fn pairs<'a>(mut self, cx: &Context<'a>) -> Vec<Pair<'a>> {
        self.keep_repeated_hashes();
        // By hash, and within a hash in document order.
        self.notes.sort_unstable();
        let mask = self.index_mask;
        let groups = || {
            self.notes
                .chunk_by(|a, b| a & !mask == b & !mask)
                .filter(|group| group.len() > 1)
        };
        let index = |note: &u64| usize::try_from(note & mask).unwrap_or(usize::MAX);
        // The items of every group, fetched in one walk.
        let mut wanted: Vec<usize> = groups().flatten().map(index).collect();
        if wanted.is_empty() {
            return Vec::new();
        }
        wanted.sort_unstable();
        let mut fetched: Vec<Mention<'a>> = Vec::with_capacity(wanted.len());
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
        let mention = |index: usize| {
            wanted
                .binary_search(&index)
                .ok()
                .and_then(|i| fetched.get(i).copied())
        };
        let mut pairs = Vec::new();
        for group in groups() {
            let group: Vec<Mention<'a>> = group.iter().filter_map(|n| mention(index(n))).collect();
            for (j, second) in group.iter().enumerate().skip(1) {
                let second_key = key(cx, second.stat, second.is_target());
                for first in &group[..j] {
                    if first.quantity.unit() == second.quantity.unit()
                        && key(cx, first.stat, first.is_target()) == second_key
                    {
                        pairs.push(Pair {
                            earlier: first.pos,
                            later: second.pos,
                            second: second.stat,
                            p: first.quantity,
                            q: second.quantity,
                        });
                    }
                }
            }
        }
        pairs.sort_unstable_by_key(|p| (p.later.index, p.earlier.index));
        pairs
    }
}

fn requalified(pair: &Pair<'_>) -> bool {
    pair.p.expanded() == pair.q.expanded()
        && pair.p.expanded_high() == pair.q.expanded_high()
        && pair.p.qualifier() != pair.q.qualifier()
}

/// Records a finding of `rule` on the later mention of `pair`, naming the
/// earlier: "… states this figure as P; here it is Q{then}".
fn found(
    sections: &Sections,
    out: &mut Out<'_>,
    pair: &Pair<'_>,
    rule: Rule,
    then: &str,
    suggestion: Option<String>,
) {
    out.push(
        pair.later,
        rule,
        format!(
            "{} states this figure as {}; here it is {}{then}",
            sections.path(&pair.earlier),
            pair.p,
            pair.q
        ),
        Some(pair.second.quote()),
        suggestion,
    );
}

/// `mention.qualifier_differs`: two mentions of one metric, scope and
/// period that state the same number with different qualifiers ("more
/// than 170,000" and "170,000"). The finding is on the later mention and
/// names the earlier.
pub(super) fn qualifier_differs(sections: &Sections, pairs: &[Pair<'_>], out: &mut Out<'_>) {
    for pair in pairs.iter().filter(|pair| requalified(pair)) {
        let suggestion = format!(
            "one qualifier for both mentions, {} or {}, as the source words it",
            pair.p.qualifier().code(),
            pair.q.qualifier().code()
        );
        let then = ": the same number with another qualifier";
        found(
            sections,
            out,
            pair,
            Rule::MentionQualifierDiffers,
            then,
            Some(suggestion),
        );
    }
}

/// `mention.conflict`: two mentions of one metric, scope and period whose
/// intervals cannot both be true (and that are not the same number with
/// another qualifier, which is `mention.qualifier_differs`).
pub(super) fn conflict(sections: &Sections, pairs: &[Pair<'_>], out: &mut Out<'_>) {
    for pair in pairs {
        if !requalified(pair) && !pair.p.interval().intersects(&pair.q.interval()) {
            let then = ", and both cannot be true";
            found(sections, out, pair, Rule::MentionConflict, then, None);
        }
    }
}
