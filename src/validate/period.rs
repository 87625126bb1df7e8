//! `period.*`: what a report can speak of.

use super::{Context, Item, Out, Rule};

/// Both rules of the family, which read the same period:
///
/// - `period.outcome_after_report`: an outcome (a statistic of an
///   achievement) or a measure issued or carried out, in a period that
///   starts after the report's period ends: a report cannot say what has
///   not happened yet.
/// - `period.target_before_report`: a target, or a planned measure, in a
///   period that ends before the report's period starts: a report does
///   not set targets for the past.
pub(super) fn outside_report(cx: &Context<'_>, item: &Item<'_>, out: &mut Out<'_>) {
    let covered = &cx.report.period;
    let Some(period) = item.period(cx.report) else {
        return;
    };
    match item.is_done() {
        Some(true) if period.start() > covered.end() => out.push(
            item.pos,
            Rule::PeriodOutcomeAfterReport,
            format!("an outcome in {period} lies after the report's period, {covered}"),
            item.quote(),
            None,
        ),
        Some(false) if period.end() < covered.start() => out.push(
            item.pos,
            Rule::PeriodTargetBeforeReport,
            format!("a target for {period} lies before the report's period, {covered}"),
            item.quote(),
            None,
        ),
        _ => {}
    }
}
