//! `mention.*`: one figure stated twice.

use std::collections::HashMap;

use super::{Context, Item, Out, Rule, What};
use crate::{ChangeMode, Direction, Period, Scope, Statistic, StatisticKind};

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

fn key<'a>(cx: &Context<'a>, item: &Item<'a>, stat: &'a Statistic) -> Key<'a> {
    let metric = stat
        .metric()
        .key()
        .map_or_else(|| stat.metric().name(), |k| k.as_str());
    let change = match stat.kind() {
        StatisticKind::Change(c) => Some((c.direction, c.mode)),
        _ => None,
    };
    (
        metric,
        stat.scope().unwrap_or(&cx.report.scope),
        *stat.period().unwrap_or(&cx.report.period),
        stat.kind().code(),
        change,
        matches!(item.what, What::Target(_)),
    )
}

/// Two mentions of one figure: their places in document order (the
/// earlier first), the later statistic, and both quantities, in one unit.
pub(super) struct Pair<'a> {
    earlier: usize,
    later: usize,
    second: &'a Statistic,
    p: &'a crate::Quantity,
    q: &'a crate::Quantity,
}

/// Every pair of mentions of one metric, scope and period, in one unit.
/// The mentions met so far, grouped by metric alone (which hashes one
/// string; the rest of the key is compared along the group, which is
/// short), and the pairs they make. A group is a chain of earlier
/// mentions, so that a metric met once allocates nothing.
pub(super) struct Mentions<'a> {
    last: HashMap<&'a str, usize>,
    mentions: Vec<Mention<'a>>,
    pub(super) pairs: Vec<Pair<'a>>,
}

struct Mention<'a> {
    key: Key<'a>,
    item: usize,
    quantity: &'a crate::Quantity,
    /// The mention of the same metric before this one.
    before: Option<usize>,
}

impl<'a> Mentions<'a> {
    pub(super) fn with_capacity(n: usize) -> Mentions<'a> {
        Mentions {
            last: HashMap::with_capacity(n),
            mentions: Vec::with_capacity(n),
            pairs: Vec::new(),
        }
    }

    /// Notes the statistic of item `later`, pairing it with every earlier
    /// mention of one metric, scope and period in the same unit.
    pub(super) fn add(
        &mut self,
        cx: &Context<'a>,
        later: usize,
        item: &Item<'a>,
        second: &'a Statistic,
    ) {
        let Some(q) = second.quantity() else { return };
        let key = key(cx, item, second);
        let before = self.last.insert(key.0, self.mentions.len());
        let first_pair = self.pairs.len();
        let mut link = before;
        while let Some(m) = link {
            let mention = &self.mentions[m];
            if mention.key == key && mention.quantity.unit() == q.unit() {
                self.pairs.push(Pair {
                    earlier: mention.item,
                    later,
                    second,
                    p: mention.quantity,
                    q,
                });
            }
            link = mention.before;
        }
        // Earlier mentions first, as they came.
        self.pairs[first_pair..].reverse();
        self.mentions.push(Mention {
            key,
            item: later,
            quantity: q,
            before,
        });
    }
}

/// Whether the two mentions state the same number with different
/// qualifiers.
fn requalified(pair: &Pair<'_>) -> bool {
    pair.p.expanded() == pair.q.expanded()
        && pair.p.expanded_high() == pair.q.expanded_high()
        && pair.p.qualifier() != pair.q.qualifier()
}

/// Records a finding of `rule` on the later mention of `pair`, naming the
/// earlier: "… states this figure as P; here it is Q{then}".
fn found(
    cx: &Context<'_>,
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
            cx.items.path(pair.earlier),
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
pub(super) fn qualifier_differs(cx: &Context<'_>, pairs: &[Pair<'_>], out: &mut Out<'_>) {
    for pair in pairs.iter().filter(|pair| requalified(pair)) {
        let suggestion = format!(
            "one qualifier for both mentions, {} or {}, as the source words it",
            pair.p.qualifier().code(),
            pair.q.qualifier().code()
        );
        let then = ": the same number with another qualifier";
        found(
            cx,
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
pub(super) fn conflict(cx: &Context<'_>, pairs: &[Pair<'_>], out: &mut Out<'_>) {
    for pair in pairs {
        if !requalified(pair) && !pair.p.interval().intersects(&pair.q.interval()) {
            let then = ", and both cannot be true";
            found(cx, out, pair, Rule::MentionConflict, then, None);
        }
    }
}
