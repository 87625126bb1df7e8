//! `mention.*`: one figure stated twice.

use std::collections::HashMap;

use super::{Context, Item, Out, Rule, What};
use crate::{Statistic, StatisticKind};

/// What makes two statistics mentions of one figure: the metric (its key
/// where it has one, else its name), scope and period (the report's when
/// the statistic has none), kind, and whether it is an outcome or a target.
type Key = (String, String, String, String, bool);

fn key(cx: &Context<'_>, item: &Item<'_>, stat: &Statistic) -> Key {
    let metric = stat.metric().key().map_or_else(
        || stat.metric().name().to_owned(),
        |k| k.as_str().to_owned(),
    );
    let scope = stat.scope().unwrap_or(&cx.report.scope).to_string();
    let period = stat.period().unwrap_or(&cx.report.period).to_string();
    let kind = match stat.kind() {
        StatisticKind::Change(c) => format!("change {} {}", c.direction, c.mode.code()),
        other => other.code().to_owned(),
    };
    (
        metric,
        scope,
        period,
        kind,
        matches!(item.what, What::Target(_)),
    )
}

/// Two mentions of one figure: their places in document order (the
/// earlier first), the later statistic, and both quantities, in one unit.
struct Pair<'a> {
    earlier: usize,
    later: usize,
    second: &'a Statistic,
    p: &'a crate::Quantity,
    q: &'a crate::Quantity,
}

/// Every pair of mentions of one metric, scope and period, in one unit.
fn pairs<'a>(cx: &Context<'a>) -> Vec<Pair<'a>> {
    let mut seen: HashMap<Key, Vec<usize>> = HashMap::new();
    let mut out = Vec::new();
    for (later, item) in cx.items.iter().enumerate() {
        let Some(second) = item.statistic() else {
            continue;
        };
        let Some(q) = second.quantity() else { continue };
        let earlier_ones = seen.entry(key(cx, item, second)).or_default();
        for &earlier in earlier_ones.iter() {
            let Some(first) = cx.items[earlier].statistic() else {
                continue;
            };
            let Some(p) = first.quantity().filter(|p| p.unit() == q.unit()) else {
                continue;
            };
            out.push(Pair {
                earlier,
                later,
                second,
                p,
                q,
            });
        }
        earlier_ones.push(later);
    }
    out
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
        &cx.items[pair.later].path,
        format!(
            "{} states this figure as {}; here it is {}{then}",
            cx.items[pair.earlier].path, pair.p, pair.q
        ),
        Some(pair.second.quote()),
        suggestion,
    );
}

/// `mention.qualifier_differs`: two mentions of one metric, scope and
/// period that state the same number with different qualifiers ("more
/// than 170,000" and "170,000"). The finding is on the later mention and
/// names the earlier.
pub(super) fn qualifier_differs(cx: &Context<'_>, out: &mut Out<'_>) {
    for pair in pairs(cx).iter().filter(|pair| requalified(pair)) {
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
pub(super) fn conflict(cx: &Context<'_>, out: &mut Out<'_>) {
    for pair in pairs(cx) {
        if !requalified(&pair) && !pair.p.interval().intersects(&pair.q.interval()) {
            let then = ", and both cannot be true";
            found(cx, out, &pair, Rule::MentionConflict, then, None);
        }
    }
}
