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

/// `mention.qualifier_differs` (warning) and `mention.conflict` (error):
/// for two mentions of one metric, scope and period, the same number with
/// another qualifier ("more than 170,000" and "170,000") is a warning;
/// otherwise intervals that cannot both be true are an error. The finding
/// is on the later mention and names the earlier.
pub(super) fn qualifier_differs_and_conflict(cx: &Context<'_>, out: &mut Out<'_>) {
    let mut seen: HashMap<Key, Vec<usize>> = HashMap::new();
    for (index, item) in cx.items.iter().enumerate() {
        let Some(stat) = item.statistic() else {
            continue;
        };
        let Some(q) = stat.quantity() else { continue };
        let earlier = seen.entry(key(cx, item, stat)).or_default();
        for &e in earlier.iter() {
            let (first_item, Some(first)) = (&cx.items[e], cx.items[e].statistic()) else {
                continue;
            };
            let Some(p) = first.quantity() else { continue };
            if p.unit() != q.unit() {
                continue;
            }
            let same_number =
                p.expanded() == q.expanded() && p.expanded_high() == q.expanded_high();
            if same_number && p.qualifier() != q.qualifier() {
                out.push(
                    index,
                    Rule::MentionQualifierDiffers,
                    &item.path,
                    format!(
                        "{} states this figure as {p}; here it is {q}: the same number with another qualifier",
                        first_item.path
                    ),
                    Some(stat.quote()),
                    Some(format!(
                        "one qualifier for both mentions, {} or {}, as the source words it",
                        p.qualifier().code(),
                        q.qualifier().code()
                    )),
                );
            } else if !p.interval().intersects(&q.interval()) {
                out.push(
                    index,
                    Rule::MentionConflict,
                    &item.path,
                    format!(
                        "{} states this figure as {p}; here it is {q}, and both cannot be true",
                        first_item.path
                    ),
                    Some(stat.quote()),
                    None,
                );
            }
        }
        earlier.push(index);
    }
}
