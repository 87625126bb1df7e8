//! Reading a period: a period or an error, never a panic; a period read
//! writes the same text back, and stepping it back and forth returns it or
//! errs at the ends of the calendar (a year back and forth moves an end on
//! February 29 to February 28, as `Period::year_before` says, and a range
//! that is not of whole months may step onto whole months, which step back
//! by months, as `Period::previous` says). `Period::from_text`, with and
//! without a context, gives a period whose canonical text reads back as it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use workreport::{FiscalLabel, FiscalStart, Period, PeriodContext, PeriodKind};

/// Whether `from`, a date range not of whole months, stepped onto `to`, a
/// range of whole months: the one case where a step back does not return.
fn lands_on_months(from: Period, to: Period) -> bool {
    from.kind() == PeriodKind::DateRange
        && from.whole_months().is_none()
        && to.whole_months().is_some()
}

fuzz_target!(|text: &str| {
    let full = FiscalStart::new(7)
        .map(|start| start.labelled_by(FiscalLabel::EndYear))
        .and_then(|start| {
            PeriodContext::new()
                .with_year(2023)
                .map(|c| c.with_fiscal_start(start))
        });
    for context in [Ok(PeriodContext::new()), full] {
        let Ok(context) = context else { continue };
        if let Ok(period) = Period::from_text(text, context) {
            assert_eq!(
                period.to_string().parse::<Period>(),
                Ok(period),
                "from_text gave a period whose text does not read back"
            );
        }
    }
    let Ok(period) = text.parse::<Period>() else {
        return;
    };
    assert_eq!(period.to_string(), text, "the text form changed");
    let _ = (period.days(), period.first_year(), period.last_year());
    if let Ok(before) = period.previous()
        && !lands_on_months(period, before)
    {
        assert_eq!(before.next(), Ok(period), "next undoes previous");
    }
    let ends_feb_29 = period.end().to_string().ends_with("-02-29");
    if let (Ok(before), false) = (period.year_before(), ends_feb_29)
        && !lands_on_months(period, before)
    {
        assert_eq!(
            before.year_after(),
            Ok(period),
            "year_after undoes year_before"
        );
    }
});
