//! `count.*`: whole numbers of things.

use super::{At, Context, Out, Rule};
use crate::StatisticKind;

/// The expanded values a count states: its value and a range's high end.
fn stated(at: &At<'_>) -> impl Iterator<Item = rust_decimal::Decimal> {
    let values = match (at.stat.kind(), at.stat.quantity()) {
        (StatisticKind::Count, Some(q)) => [Some(q.expanded()), q.expanded_high()],
        _ => [None, None],
    };
    values.into_iter().flatten()
}

/// `count.not_whole`: a count that is not a whole number once its
/// magnitude is applied ("2.5 cases"; "1.62万 people" is 16,200).
pub(super) fn not_whole(_: &Context<'_>, at: &At<'_>, out: &mut Out<'_>) {
    if let Some(v) = stated(at).find(|v| !v.fract().is_zero()) {
        out.push(
            at.index,
            Rule::CountNotWhole,
            format!("a count of {} is not a whole number", v.normalize()),
            Some(at.stat.quote()),
            None,
        );
    }
}

/// `count.negative`: a count below zero.
pub(super) fn negative(_: &Context<'_>, at: &At<'_>, out: &mut Out<'_>) {
    if let Some(v) = stated(at).find(|v| v.is_sign_negative() && !v.is_zero()) {
        out.push(
            at.index,
            Rule::CountNegative,
            format!("a count of {} is below zero", v.normalize()),
            Some(at.stat.quote()),
            None,
        );
    }
}
