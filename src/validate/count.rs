//! `count.*`: whole numbers of things.

use super::{At, Context, Out, Rule};
use crate::StatisticKind;
use crate::quantity::is_whole;

/// Both rules of the family, which read the same values (a range's two
/// ends, each expanded once):
///
/// - `count.not_whole`: a count that is not a whole number once expanded;
/// - `count.negative`: a count below zero.
pub(super) fn whole_and_not_negative(_: &Context<'_>, at: &At<'_>, out: &mut Out<'_>) {
    let (StatisticKind::Count, Some(q)) = (at.stat.kind(), at.stat.quantity()) else {
        return;
    };
    let stated = [Some(q.expanded()), q.expanded_high()];
    let stated = stated.iter().flatten();
    if let Some(v) = stated.clone().find(|v| !is_whole(**v)) {
        out.push(
            at.pos,
            Rule::CountNotWhole,
            format!("a count of {} is not a whole number", v.normalize()),
            Some(at.stat.quote()),
            None,
        );
    }
    if let Some(v) = stated
        .clone()
        .find(|v| v.is_sign_negative() && !v.is_zero())
    {
        out.push(
            at.pos,
            Rule::CountNegative,
            format!("a count of {} is below zero", v.normalize()),
            Some(at.stat.quote()),
            None,
        );
    }
}
