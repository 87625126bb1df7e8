//! `window.*`: how far back a streak or a record reaches.

use rust_decimal::prelude::ToPrimitive;

use super::{At, Context, Out, Rule};
use crate::{StatisticKind, Unit};

/// `window.too_early`: a streak ("for 23 consecutive years") or a record
/// window ("a 10-year low") that, counted back from the end of the
/// figure's period, starts before the validator's earliest year (1949 by
/// default).
pub(super) fn too_early(cx: &Context<'_>, at: &At<'_>, out: &mut Out<'_>) {
    let what = match at.stat.kind() {
        StatisticKind::Streak => "streak",
        StatisticKind::Record(_) => "record window",
        _ => return,
    };
    let Some(q) = at.stat.quantity() else { return };
    let Ok(years) = q.unit().convert(q.expanded(), &Unit::Years) else {
        return;
    };
    let end = at.stat.period().unwrap_or(&cx.report.period).last_year();
    // A run of n years ending in `end` starts in end - n + 1.
    let Some(years) = years.value.ceil().to_i64() else {
        return;
    };
    let start = i64::from(end) - years + 1;
    if start >= i64::from(cx.config.earliest_year) {
        return;
    }
    out.push(
        at.pos,
        Rule::WindowTooEarly,
        format!(
            "a {what} of {} years ending in {end} starts in {start}, before {}",
            years, cx.config.earliest_year
        ),
        Some(at.stat.quote()),
        None,
    );
}
