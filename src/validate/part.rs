//! `part.*`: figures that are parts of others.

use std::collections::HashMap;

use super::{Context, Linked, Out, Rule, convert_interval};

/// `part.exceeds_whole`: a statistic whose `part_of` names another, and
/// whose every reading is larger than every reading of that whole (after
/// converting to the whole's unit).
pub(super) fn exceeds_whole(cx: &Context<'_>, linked: &Linked, out: &mut Out<'_>) {
    let mut by_id = HashMap::new();
    for &index in &linked.with_id {
        if let Some(id) = cx.items[index].statistic().and_then(|s| s.id()) {
            by_id.entry(id.as_str()).or_insert(index);
        }
    }
    for (index, item) in linked.with_part_of.iter().map(|&i| (i, &cx.items[i])) {
        let Some(part) = item.statistic() else {
            continue;
        };
        let Some(&w) = part.part_of().and_then(|id| by_id.get(id.as_str())) else {
            continue;
        };
        let whole_item = &cx.items[w];
        let (Some(whole), Some(pq)) = (whole_item.statistic(), part.quantity()) else {
            continue;
        };
        let Some(wq) = whole.quantity() else { continue };
        let Some(p) = convert_interval(pq.interval(), pq.unit(), wq.unit()) else {
            continue;
        };
        if p.is_above(&wq.interval()) {
            out.push(
                index,
                Rule::PartExceedsWhole,
                format!(
                    "this part ({pq}) is larger than its whole at {} ({wq})",
                    cx.items.path(w)
                ),
                Some(part.quote()),
                None,
            );
        }
    }
}
