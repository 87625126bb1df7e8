//! `id.*`: statistic ids and part-of links.

use std::collections::HashMap;

use super::{Linked, Out, Rule, Sections};

/// `id.duplicate`: a statistic whose id an earlier statistic has.
pub(super) fn duplicate(sections: &Sections, linked: &Linked<'_>, out: &mut Out<'_>) {
    let mut first = HashMap::new();
    for &(pos, stat) in &linked.with_id {
        let Some(id) = stat.id() else { continue };
        if let Some(e) = first.get(id.as_str()) {
            out.push(
                pos,
                Rule::IdDuplicate,
                format!(
                    "the id {:?} is already the id of {}",
                    id.as_str(),
                    sections.path(e)
                ),
                Some(stat.quote()),
                None,
            );
        } else {
            first.insert(id.as_str(), pos);
        }
    }
}

/// `id.unknown_part_of`: a `part_of` naming no statistic of the report.
pub(super) fn unknown_part_of(linked: &Linked<'_>, out: &mut Out<'_>) {
    let ids: std::collections::HashSet<&str> = linked
        .with_id
        .iter()
        .filter_map(|(_, stat)| stat.id())
        .map(|id| id.as_str())
        .collect();
    for &(pos, stat) in &linked.with_part_of {
        if let Some(whole) = stat.part_of().filter(|w| !ids.contains(w.as_str())) {
            out.push(
                pos,
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
