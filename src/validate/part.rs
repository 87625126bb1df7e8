//! `part.*`: figures that are parts of others.

use std::collections::HashMap;

use super::{Linked, Out, Rule, Sections, convert_interval};

/// `part.exceeds_whole`: a statistic whose `part_of` names another, and
/// whose every reading is larger than every reading of that whole (after
/// converting to the whole's unit).
pub(super) fn exceeds_whole(sections: &Sections, linked: &Linked<'_>, out: &mut Out<'_>) {
    let mut by_id = HashMap::new();
    for &(pos, stat) in &linked.with_id {
        if let Some(id) = stat.id() {
            by_id.entry(id.as_str()).or_insert((pos, stat));
        }
    }
    for &(pos, part) in &linked.with_part_of {
        let Some(&(w, whole)) = part.part_of().and_then(|id| by_id.get(id.as_str())) else {
            continue;
        };
        let Some(pq) = part.quantity() else {
            continue;
        };
        let Some(wq) = whole.quantity() else { continue };
        let Some(p) = convert_interval(pq.interval(), pq.unit(), wq.unit()) else {
            continue;
        };
        if p.is_above(&wq.interval()) {
            out.push(
                pos,
                Rule::PartExceedsWhole,
                format!(
                    "this part ({pq}) is larger than its whole at {} ({wq})",
                    sections.path(&w)
                ),
                Some(part.quote()),
                None,
            );
        }
    }
}
