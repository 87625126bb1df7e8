//! `translation.*`: a translated report against its original.

use std::collections::HashMap;

use super::{Out, Rule};
use crate::Report;
use crate::align::{Alignment, Pair, Verdict};

/// `translation.disagrees`: every translated figure that `alignment` (of
/// `report` with its original) finds damaged, at the figure, naming the
/// original's reading.
pub(super) fn disagrees(report: &Report, alignment: &Alignment<'_>, out: &mut Out<'_>) {
    // The damaged pairs by their translated statistic: the walk finds each
    // statistic's position by identity.
    let damaged: HashMap<*const crate::Statistic, &Pair<'_>> = alignment
        .pairs
        .iter()
        .filter(|p| p.verdict == Verdict::Damaged)
        .flat_map(|p| {
            p.translated
                .iter()
                .map(move |t| (std::ptr::from_ref(t.statistic), p))
        })
        .collect();
    if damaged.is_empty() {
        return;
    }
    super::walk(report, |item| {
        let Some(stat) = item.statistic() else { return };
        let Some(pair) = damaged.get(&std::ptr::from_ref(stat)) else {
            return;
        };
        let damage: Vec<&str> = pair.damage.iter().map(|d| d.description()).collect();
        let damage = damage.join(", ");
        let readings: Vec<String> = pair
            .original
            .iter()
            .map(|o| {
                let reading = o
                    .quantity
                    .as_ref()
                    .map_or_else(|| "a figure".to_owned(), ToString::to_string);
                let reading = match o.direction {
                    Some(d) => format!("{} {reading}", d.code()),
                    None => reading,
                };
                format!("{reading} ({})", o.quote)
            })
            .collect();
        let (message, suggestion) = match pair.original.as_slice() {
            [] => (
                format!("the original states no such figure here: {damage}"),
                None,
            ),
            [one] => (
                format!("the original states {}: {damage}", readings.join(", ")),
                one.quantity
                    .as_ref()
                    .map(|q| format!("{q}, as the original states it")),
            ),
            many => (
                format!(
                    "the original states {} figures here, {}: {damage}",
                    many.len(),
                    readings.join(", ")
                ),
                Some(format!(
                    "{} figures, as the original states them",
                    many.len()
                )),
            ),
        };
        out.push(
            item.pos,
            Rule::TranslationDisagrees,
            message,
            Some(stat.quote()),
            suggestion,
        );
    });
}
