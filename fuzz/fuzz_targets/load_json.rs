//! Loading a report from any bytes: an error or a report, never a panic;
//! a report that loads writes JSON that loads back as the same report, and
//! validation of it does not panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use workreport::Report;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        // Bytes that are not UTF-8 are an I/O error, not a panic.
        assert!(Report::from_reader(data).is_err());
        return;
    };
    let Ok(report) = Report::from_json(text) else {
        return;
    };
    let written = report.to_json().expect("a loaded report writes");
    let again = Report::from_json(&written).expect("what the crate writes loads");
    assert_eq!(again, report, "the round trip changed the report");
    let _ = report.validate();
});
