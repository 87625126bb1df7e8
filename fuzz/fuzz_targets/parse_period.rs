//! Reading a period: a period or an error, never a panic; a period read
//! writes the same text back, and stepping it back and forth returns it or
//! errs at the ends of the calendar (a year back and forth moves an end on
//! February 29 to February 28, as `Period::year_before` says).
#![no_main]

use libfuzzer_sys::fuzz_target;
use workreport::Period;

fuzz_target!(|text: &str| {
    let Ok(period) = text.parse::<Period>() else {
        return;
    };
    assert_eq!(period.to_string(), text, "the text form changed");
    let _ = (period.days(), period.first_year(), period.last_year());
    if let Ok(before) = period.previous() {
        assert_eq!(before.next(), Ok(period), "next undoes previous");
    }
    let ends_feb_29 = period.end().to_string().ends_with("-02-29");
    if let (Ok(before), false) = (period.year_before(), ends_feb_29) {
        assert_eq!(
            before.year_after(),
            Ok(period),
            "year_after undoes year_before"
        );
    }
});
