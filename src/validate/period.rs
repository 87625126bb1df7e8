//! `period.*`: what a report can speak of.

use super::{Context, Item, Out, Rule};

/// `period.outcome_after_report`: an outcome (a statistic of an
/// achievement) or a measure issued or carried out, in a period that
/// starts after the report's period ends: a report cannot say what has
/// not happened yet.
pub(super) fn outcome_after_report(
    cx: &Context<'_>,
    index: usize,
    item: &Item<'_>,
    out: &mut Out<'_>,
) {
    let covered = &cx.report.period;
    let Some(period) = item.period(cx.report) else {
        return;
    };
    if item.is_done() == Some(true) && period.start() > covered.end() {
        out.push(
            index,
            Rule::PeriodOutcomeAfterReport,
            format!("an outcome in {period} lies after the report's period, {covered}"),
            item.quote(),
            None,
        );
    }
}

/// `period.target_before_report`: a target, or a planned measure, in a
/// period that ends before the report's period starts: a report does not
/// set goals for the past.
pub(super) fn target_before_report(
    cx: &Context<'_>,
    index: usize,
    item: &Item<'_>,
    out: &mut Out<'_>,
) {
    let covered = &cx.report.period;
    let Some(period) = item.period(cx.report) else {
        return;
    };
    if item.is_done() == Some(false) && period.end() < covered.start() {
        out.push(
            index,
            Rule::PeriodTargetBeforeReport,
            format!("a target for {period} lies before the report's period, {covered}"),
            item.quote(),
            None,
        );
    }
}
