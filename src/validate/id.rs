//! `id.*`: statistic ids and part-of links.

use std::collections::HashMap;

use super::{Context, Linked, Out, Rule};

/// `id.duplicate`: a statistic whose id an earlier statistic has.
pub(super) fn duplicate(cx: &Context<'_>, linked: &Linked, out: &mut Out<'_>) {
    let mut first = HashMap::new();
    for (index, item) in linked.with_id.iter().map(|&i| (i, &cx.items[i])) {
        let Some(stat) = item.statistic() else {
            continue;
        };
        let Some(id) = stat.id() else { continue };
        if let Some(&e) = first.get(id.as_str()) {
            out.push(
                index,
                Rule::IdDuplicate,
                format!(
                    "the id {:?} is already the id of {}",
                    id.as_str(),
                    cx.items.path(e)
                ),
                Some(stat.quote()),
                None,
            );
        } else {
            first.insert(id.as_str(), index);
        }
    }
}

/// `id.unknown_part_of`: a `part_of` naming no statistic of the report.
pub(super) fn unknown_part_of(cx: &Context<'_>, linked: &Linked, out: &mut Out<'_>) {
    let ids: std::collections::HashSet<&str> = linked
        .with_id
        .iter()
        .filter_map(|&i| cx.items[i].statistic()?.id())
        .map(|id| id.as_str())
        .collect();
    for (index, item) in linked.with_part_of.iter().map(|&i| (i, &cx.items[i])) {
        let Some(stat) = item.statistic() else {
            continue;
        };
        if let Some(whole) = stat.part_of().filter(|w| !ids.contains(w.as_str())) {
            out.push(
                index,
                Rule::IdUnknownPartOf,
                format!(
                    "part_of names {:?}, which no statistic has as its id",
                    whole.as_str()
                ),
                Some(stat.quote()),
                None,
            );
        }
    }
}
