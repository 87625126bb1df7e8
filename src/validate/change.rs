//! `change.*`: relative changes.

use rust_decimal::Decimal;

use super::{At, Context, Out, Rule, suggestion};
use crate::{ChangeMode, Direction, Interval, Quantity, StatisticKind, Unit};

/// A relative change in percent: its direction and quantity.
fn relative_percent<'a>(at: &At<'a>) -> Option<(Direction, &'a Quantity)> {
    let StatisticKind::Change(change) = at.stat.kind() else {
        return None;
    };
    let q = at.stat.quantity()?;
    (change.mode == ChangeMode::Relative && *q.unit() == Unit::Percent)
        .then_some((change.direction, q))
}

/// Whether every reading of `q` is a decline of more than 100 percent.
fn impossible(q: &Quantity) -> bool {
    // No interval reaches below its stated value's low end, so a figure
    // stated below 100 is never wholly above it: most figures stop here,
    // before their interval is worked out.
    if q.expanded() < Decimal::ONE_HUNDRED {
        return false;
    }
    q.interval()
        .is_above(&Interval::point(Decimal::ONE_HUNDRED))
}

/// `change.impossible_decline`: a relative decline of more than 100
/// percent (a quantity cannot fall by more than all of it).
pub(super) fn impossible_decline(cx: &Context<'_>, at: &At<'_>, out: &mut Out<'_>) {
    let Some((Direction::Down, q)) = relative_percent(at) else {
        return;
    };
    if !impossible(q) {
        return;
    }
    out.push(
        at.pos,
        Rule::ChangeImpossibleDecline,
        format!(
            "a decline of {} percent is more than all of the quantity",
            q.expanded().normalize()
        ),
        Some(at.stat.quote()),
        suggestion::lost_decimal(cx, at, q.expanded(), "%", |v| v <= Decimal::ONE_HUNDRED),
    );
}

/// `change.implausible`: a relative decline or growth at or past the
/// validator's thresholds (50 and 500 percent by default), with the
/// lost-decimal hypothesis (weighed against the evidence:
/// [`suggestion::lost_decimal`]).
pub(super) fn implausible(cx: &Context<'_>, at: &At<'_>, out: &mut Out<'_>) {
    let Some((direction, q)) = relative_percent(at) else {
        return;
    };
    let value = q.expanded();
    let (limit, what) = match direction {
        Direction::Down => (cx.config.implausible_decline, "decline"),
        Direction::Up => (cx.config.implausible_growth, "growth"),
        Direction::Flat => return,
    };
    // An impossible decline is reported as that, not as implausible too.
    if value < limit || direction == Direction::Down && impossible(q) {
        return;
    }
    out.push(
        at.pos,
        Rule::ChangeImplausible,
        format!(
            "a {what} of {} percent is implausibly large (the threshold is {} percent)",
            value.normalize(),
            limit.normalize()
        ),
        Some(at.stat.quote()),
        suggestion::lost_decimal(cx, at, value, "%", |v| v < limit),
    );
}
