//! `rate.*`: shares of a whole.

use std::ops::Bound;

use rust_decimal::Decimal;

use super::{At, Context, Out, Rule, convert_interval, suggestion};
use crate::{Interval, StatisticKind, Unit};

/// `rate.out_of_range`: a rate (a share of a whole, not a ratio such as
/// debt to GDP) outside 0 to 100 percent, with the lost-decimal hypothesis
/// where dividing by 10 or 100 lands in range (weighed against the
/// evidence: [`suggestion::lost_decimal`]).
pub(super) fn out_of_range(cx: &Context<'_>, at: &At<'_>, out: &mut Out<'_>) {
    if *at.stat.kind() != StatisticKind::Rate {
        return;
    }
    let Some(q) = at.stat.quantity() else { return };
    // Most rates are in percent and strictly between 0 and 100: whatever
    // the qualifier, the figure is then in range, and there is nothing to
    // build.
    let inside = |v: Decimal| v.is_sign_positive() && !v.is_zero() && v < Decimal::ONE_HUNDRED;
    if *q.unit() == Unit::Percent && inside(q.expanded()) && q.expanded_high().is_none_or(inside) {
        return;
    }
    // Otherwise, in percent.
    let interval = if *q.unit() == Unit::Percent {
        q.interval()
    } else {
        let Some(interval) = convert_interval(q.interval(), q.unit(), &Unit::Percent) else {
            return;
        };
        interval
    };
    let whole = Interval::new(
        Bound::Included(Decimal::ZERO),
        Bound::Included(Decimal::ONE_HUNDRED),
    );
    let Ok(whole) = whole else { return };
    let percent = |v: Decimal| {
        if *q.unit() == Unit::Percent {
            Some(v)
        } else {
            q.unit().convert(v, &Unit::Percent).ok().map(|c| c.value)
        }
    };
    let stated = [Some(q.expanded()), q.expanded_high()]
        .into_iter()
        .flatten()
        .filter_map(percent)
        .find(|v| !whole.contains(*v));
    let outside = stated.or_else(|| (!interval.intersects(&whole)).then(|| q.expanded()));
    let Some(value) = outside else { return };
    let symbol = match q.unit() {
        Unit::PerMille => "‰",
        Unit::Fraction => "",
        _ => "%",
    };
    let suggestion = suggestion::lost_decimal(cx, at, q.expanded(), symbol, |v| {
        percent(v).is_some_and(|p| whole.contains(p))
    });
    out.push(
        at.pos,
        Rule::RateOutOfRange,
        format!(
            "a rate of {} percent is outside 0 to 100 percent",
            value.normalize()
        ),
        Some(at.stat.quote()),
        suggestion,
    );
}
