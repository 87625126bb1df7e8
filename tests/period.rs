//! Integration tests for `Period`: text forms, errors, arithmetic, serde.

use std::collections::HashSet;

use chrono::NaiveDate;
use proptest::prelude::*;
use workreport::{Error, FiscalLabel, FiscalStart, Period, PeriodContext, PeriodKind};

const FORMS: &str = "expected one of 2023, 2023-S1, 2023-Q2, 2023-05, 2023-05-10, \
                     2023-01-01/2023-06-30, 2001/2023, FY2024-07";

#[track_caller]
fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a valid test date")
}

#[track_caller]
fn p(text: &str) -> Period {
    text.parse()
        .unwrap_or_else(|err| panic!("{text:?} should parse: {err}"))
}

#[track_caller]
fn parse_err(text: &str) -> String {
    match text.parse::<Period>() {
        Ok(period) => panic!("{text:?} should not parse, got {period}"),
        Err(err) => {
            assert!(matches!(err, Error::Period(_)), "{err:?}");
            err.to_string()
        }
    }
}

#[track_caller]
fn err_msg(result: workreport::Result<Period>) -> String {
    match result {
        Ok(period) => panic!("expected an error, got {period}"),
        Err(err) => {
            assert!(matches!(err, Error::Period(_)), "{err:?}");
            err.to_string()
        }
    }
}

#[track_caller]
fn assert_span(period: Period, start: NaiveDate, end: NaiveDate) {
    assert_eq!((period.start(), period.end()), (start, end), "{period}");
}

#[track_caller]
fn prev(text: &str) -> String {
    p(text).previous().expect("a previous period").to_string()
}

#[track_caller]
fn before(text: &str) -> String {
    p(text).year_before().expect("a year before").to_string()
}

// --- Auto traits ---------------------------------------------------------

#[test]
fn auto_traits() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Period>();
    assert_send_sync::<PeriodKind>();
}

// --- Text forms -------------------------------------------------------------

#[test]
fn every_form_parses_and_displays() {
    use PeriodKind as K;
    let cases = [
        ("2023", K::Year, "2023-01-01", "2023-12-31"),
        ("2023-S1", K::Half, "2023-01-01", "2023-06-30"),
        ("2023-S2", K::Half, "2023-07-01", "2023-12-31"),
        ("2023-Q1", K::Quarter, "2023-01-01", "2023-03-31"),
        ("2023-Q2", K::Quarter, "2023-04-01", "2023-06-30"),
        ("2023-Q3", K::Quarter, "2023-07-01", "2023-09-30"),
        ("2023-Q4", K::Quarter, "2023-10-01", "2023-12-31"),
        ("2023-05", K::Month, "2023-05-01", "2023-05-31"),
        ("2024-02", K::Month, "2024-02-01", "2024-02-29"),
        ("2023-02", K::Month, "2023-02-01", "2023-02-28"),
        ("2023-05-10", K::Day, "2023-05-10", "2023-05-10"),
        ("2024-02-29", K::Day, "2024-02-29", "2024-02-29"),
        (
            "2023-01-01/2023-06-30",
            K::DateRange,
            "2023-01-01",
            "2023-06-30",
        ),
        (
            "2023-05-10/2023-05-10",
            K::DateRange,
            "2023-05-10",
            "2023-05-10",
        ),
        ("2001/2023", K::YearRange, "2001-01-01", "2023-12-31"),
        ("2023/2023", K::YearRange, "2023-01-01", "2023-12-31"),
        ("FY2024-07", K::FiscalYear, "2024-07-01", "2025-06-30"),
        ("FY2023-01", K::FiscalYear, "2023-01-01", "2023-12-31"),
        ("FY2023-03", K::FiscalYear, "2023-03-01", "2024-02-29"),
        ("0001", K::Year, "0001-01-01", "0001-12-31"),
        ("0099-Q1", K::Quarter, "0099-01-01", "0099-03-31"),
        ("9999-12-31", K::Day, "9999-12-31", "9999-12-31"),
        ("FY9999-01", K::FiscalYear, "9999-01-01", "9999-12-31"),
        ("0001/9999", K::YearRange, "0001-01-01", "9999-12-31"),
    ];
    for (text, kind, start, end) in cases {
        let period = p(text);
        assert_eq!(period.kind(), kind, "{text}");
        assert_eq!(period.start().to_string(), start, "{text}");
        assert_eq!(period.end().to_string(), end, "{text}");
        assert_eq!(period.to_string(), text);
    }
}

#[test]
fn constructors_match_text() {
    assert_eq!(Period::year(2023).unwrap(), p("2023"));
    assert_eq!(Period::half(2023, 1).unwrap(), p("2023-S1"));
    assert_eq!(Period::half(2023, 2).unwrap(), p("2023-S2"));
    assert_eq!(Period::quarter(2023, 2).unwrap(), p("2023-Q2"));
    assert_eq!(Period::month(2023, 5).unwrap(), p("2023-05"));
    assert_eq!(Period::day(date(2023, 5, 10)).unwrap(), p("2023-05-10"));
    assert_eq!(
        Period::dates(date(2023, 1, 1), date(2023, 6, 30)).unwrap(),
        p("2023-01-01/2023-06-30")
    );
    assert_eq!(Period::years(2001, 2023).unwrap(), p("2001/2023"));
    assert_eq!(Period::consecutive_years(23, 2023).unwrap(), p("2001/2023"));
    assert_eq!(Period::consecutive_years(1, 2023).unwrap(), p("2023/2023"));
    assert_eq!(
        Period::consecutive_years(9999, 9999).unwrap(),
        p("0001/9999")
    );
    assert_eq!(Period::fiscal_year(2024, 7).unwrap(), p("FY2024-07"));
    assert_eq!(Period::fiscal_year(2023, 1).unwrap(), p("FY2023-01"));
}

#[test]
fn kinds_are_distinct_even_with_the_same_days() {
    let same_days = [
        p("2023"),
        p("2023/2023"),
        p("FY2023-01"),
        p("2023-01-01/2023-12-31"),
    ];
    let distinct: HashSet<Period> = same_days.iter().copied().collect();
    assert_eq!(distinct.len(), same_days.len());
    for period in same_days {
        assert_span(period, date(2023, 1, 1), date(2023, 12, 31));
    }
    assert_ne!(p("2023-05-10"), p("2023-05-10/2023-05-10"));
    assert_ne!(p("2023-01"), p("2023-01-01/2023-01-31"));
}

#[test]
fn ordering_sorts_by_start_then_end_then_kind() {
    let mut periods = vec![
        p("2023"),
        p("2023-01-01/2023-12-31"),
        p("2022-Q4"),
        p("2023-01"),
        p("2023-Q1"),
        p("2023-01-01"),
        p("FY2023-01"),
        p("2023/2023"),
        p("2022/2024"),
    ];
    periods.sort();
    let sorted: Vec<String> = periods.iter().map(ToString::to_string).collect();
    assert_eq!(
        sorted,
        [
            "2022/2024",
            "2022-Q4",
            "2023-01-01",
            "2023-01",
            "2023-Q1",
            "2023",
            "2023-01-01/2023-12-31",
            "2023/2023",
            "FY2023-01",
        ]
    );
}

// --- Errors: text -------------------------------------------------------------

#[test]
fn parts_out_of_range_in_text() {
    let cases = [
        ("2023-13", r#"invalid month 13 in "2023-13""#),
        ("2023-00", r#"invalid month 0 in "2023-00""#),
        ("2023-Q5", r#"invalid quarter 5 in "2023-Q5""#),
        ("2023-Q0", r#"invalid quarter 0 in "2023-Q0""#),
        ("2023-S3", r#"invalid half 3 in "2023-S3""#),
        ("2023-S0", r#"invalid half 0 in "2023-S0""#),
        ("2023-04-31", r#"invalid day 31 in "2023-04-31""#),
        ("2023-02-29", r#"invalid day 29 in "2023-02-29""#),
        ("1900-02-29", r#"invalid day 29 in "1900-02-29""#),
        ("2023-01-00", r#"invalid day 0 in "2023-01-00""#),
        ("2023-13-01", r#"invalid month 13 in "2023-13-01""#),
        ("0000", r#"invalid year 0 in "0000""#),
        ("0000-Q1", r#"invalid year 0 in "0000-Q1""#),
        ("0000-01-01", r#"invalid year 0 in "0000-01-01""#),
        ("FY2024-13", r#"invalid start month 13 in "FY2024-13""#),
        ("FY2024-00", r#"invalid start month 0 in "FY2024-00""#),
        ("FY0000-07", r#"invalid year 0 in "FY0000-07""#),
        ("0000/2023", r#"invalid year 0 in "0000/2023""#),
        (
            "2023-01-01/2023-04-31",
            r#"invalid day 31 in "2023-01-01/2023-04-31""#,
        ),
        (
            "2023-01-01/2023-13-01",
            r#"invalid month 13 in "2023-01-01/2023-13-01""#,
        ),
    ];
    for (text, message) in cases {
        assert_eq!(parse_err(text), message, "{text}");
    }
    assert!(p("2024-02-29").contains_date(date(2024, 2, 29)));
    assert!(p("2000-02-29").contains_date(date(2000, 2, 29)));
}

#[test]
fn ranges_ending_before_they_start_in_text() {
    assert_eq!(
        parse_err("2023-07-01/2023-06-30"),
        "invalid period: start 2023-07-01 is after end 2023-06-30"
    );
    assert_eq!(
        parse_err("2024/2023"),
        "invalid period: start 2024 is after end 2023"
    );
    assert_eq!(
        parse_err("0005/0003"),
        "invalid period: start 0005 is after end 0003"
    );
}

#[test]
fn unreadable_text() {
    let cases = [
        "2023/Q1",
        "",
        " 2023",
        "2023 ",
        "23",
        "02023",
        "+2023",
        "-2023",
        "2023-Q12",
        "2023-q1",
        "2023-s1",
        "2023-H1",
        "2023-5",
        "2023-05-1",
        "2023-5-10",
        "20230510",
        "2023-W01",
        "fy2024-07",
        "FY2024",
        "FY 2024-07",
        "FY24-07",
        "2023-01/2023-06",
        "2023/2023-06-30",
        "2023-01-01/2023",
        "2001/2023/2024",
        "2001/",
        "/2023",
        "/",
        "2023年",
        "２０２３",
        "２０２３-Q1",
        "2023-Q１",
        "FY2024-0\u{663}",
        "2023-05-10T00:00",
        "99999",
        "2023-13-01/x",
    ];
    for text in cases {
        assert_eq!(
            parse_err(text),
            format!("invalid period {text:?}: {FORMS}"),
            "{text}"
        );
    }
    assert_eq!(
        parse_err("2023/Q1"),
        r#"invalid period "2023/Q1": expected one of 2023, 2023-S1, 2023-Q2, 2023-05, 2023-05-10, 2023-01-01/2023-06-30, 2001/2023, FY2024-07"#
    );
    assert_eq!(
        parse_err("a\"b\n"),
        format!(r#"invalid period "a\"b\n": {FORMS}"#)
    );
}

#[test]
fn fiscal_year_past_9999_in_text() {
    assert_eq!(
        parse_err("FY9999-07"),
        "invalid fiscal year FY9999-07: it ends in year 10000, and years are 1 to 9999"
    );
}

// --- Errors: constructors -----------------------------------------------------

#[test]
fn constructor_errors() {
    let cases = [
        (Period::year(0), "invalid year 0: years are 1 to 9999"),
        (
            Period::year(10000),
            "invalid year 10000: years are 1 to 9999",
        ),
        (Period::year(-1), "invalid year -1: years are 1 to 9999"),
        (
            Period::year(i32::MIN),
            "invalid year -2147483648: years are 1 to 9999",
        ),
        (Period::half(2023, 3), "invalid half 3 for 2023"),
        (Period::half(2023, 0), "invalid half 0 for 2023"),
        (
            Period::half(10000, 1),
            "invalid year 10000: years are 1 to 9999",
        ),
        (Period::quarter(2023, 5), "invalid quarter 5 for 2023"),
        (Period::quarter(2023, 0), "invalid quarter 0 for 2023"),
        (Period::month(2023, 13), "invalid month 13 for 2023"),
        (Period::month(2023, 0), "invalid month 0 for 2023"),
        (Period::month(99, 255), "invalid month 255 for 0099"),
        (Period::month(0, 1), "invalid year 0: years are 1 to 9999"),
        (
            Period::day(date(10000, 1, 1)),
            "invalid date +10000-01-01: years are 1 to 9999",
        ),
        (
            Period::day(date(0, 12, 31)),
            "invalid date 0000-12-31: years are 1 to 9999",
        ),
        (
            Period::dates(date(2023, 7, 1), date(2023, 6, 30)),
            "invalid period: start 2023-07-01 is after end 2023-06-30",
        ),
        (
            Period::dates(date(0, 1, 1), date(2023, 6, 30)),
            "invalid date 0000-01-01: years are 1 to 9999",
        ),
        (
            Period::dates(date(2023, 1, 1), date(10000, 1, 1)),
            "invalid date +10000-01-01: years are 1 to 9999",
        ),
        (
            Period::years(2024, 2023),
            "invalid period: start 2024 is after end 2023",
        ),
        (
            Period::years(2023, 10000),
            "invalid year 10000: years are 1 to 9999",
        ),
        (
            Period::years(0, 2023),
            "invalid year 0: years are 1 to 9999",
        ),
        (
            Period::consecutive_years(0, 2023),
            "invalid run of 0 years ending 2023: a run has at least 1 year",
        ),
        (
            Period::consecutive_years(3, 2),
            "invalid run of 3 years ending 0002: it would start in year 0, and years are 1 to 9999",
        ),
        (
            Period::consecutive_years(u32::MAX, 9999),
            "invalid run of 4294967295 years ending 9999: it would start in year -4294957295, \
             and years are 1 to 9999",
        ),
        (
            Period::consecutive_years(1, 10000),
            "invalid year 10000: years are 1 to 9999",
        ),
        (
            Period::fiscal_year(2024, 13),
            "invalid start month 13 for FY2024",
        ),
        (
            Period::fiscal_year(2024, 0),
            "invalid start month 0 for FY2024",
        ),
        (
            Period::fiscal_year(9999, 7),
            "invalid fiscal year FY9999-07: it ends in year 10000, and years are 1 to 9999",
        ),
        (
            Period::fiscal_year(0, 7),
            "invalid year 0: years are 1 to 9999",
        ),
    ];
    for (result, message) in cases {
        assert_eq!(err_msg(result), message);
    }
}

#[test]
fn single_day_and_single_year_ranges_are_allowed() {
    let one_day = Period::dates(date(2023, 5, 10), date(2023, 5, 10)).unwrap();
    assert_eq!(one_day.kind(), PeriodKind::DateRange);
    assert_eq!(one_day.days(), 1);
    let one_year = Period::years(2023, 2023).unwrap();
    assert_eq!(one_year.kind(), PeriodKind::YearRange);
    assert_eq!(one_year.days(), 365);
}

// --- Accessors ---------------------------------------------------------------

#[test]
fn days_per_kind() {
    let cases = [
        ("2023", 365),
        ("2024", 366),
        ("1900", 365),
        ("2000", 366),
        ("2023-S1", 181),
        ("2024-S1", 182),
        ("2023-S2", 184),
        ("2023-Q1", 90),
        ("2024-Q1", 91),
        ("2023-Q2", 91),
        ("2023-Q3", 92),
        ("2023-Q4", 92),
        ("2023-02", 28),
        ("2024-02", 29),
        ("2023-04", 30),
        ("2023-05", 31),
        ("2023-05-10", 1),
        ("2023-01-01/2023-06-30", 181),
        ("2023-05-10/2023-05-10", 1),
        ("2023/2023", 365),
        ("2021/2024", 1461),
        ("FY2023-07", 366),
        ("FY2024-07", 365),
        ("0001/9999", 3_652_059),
    ];
    for (text, days) in cases {
        assert_eq!(p(text).days(), days, "{text}");
    }
}

#[test]
fn first_and_last_year() {
    let cases = [
        ("2023", 2023, 2023),
        ("2023-Q3", 2023, 2023),
        ("2023-05-10", 2023, 2023),
        ("2022-12-01/2023-01-31", 2022, 2023),
        ("2001/2023", 2001, 2023),
        ("FY2024-07", 2024, 2025),
        ("FY2024-01", 2024, 2024),
    ];
    for (text, first, last) in cases {
        let period = p(text);
        assert_eq!(
            (period.first_year(), period.last_year()),
            (first, last),
            "{text}"
        );
    }
}

#[test]
fn contains_and_contains_date() {
    let year = p("2023");
    for inner in [
        "2023",
        "2023-S2",
        "2023-Q4",
        "2023-12",
        "2023-12-31",
        "2023/2023",
    ] {
        assert!(year.contains(&p(inner)), "{inner}");
    }
    for outer in [
        "2022-12-31",
        "2024-01-01",
        "FY2023-07",
        "2022/2023",
        "2022-12-31/2023-01-01",
    ] {
        assert!(!year.contains(&p(outer)), "{outer}");
    }
    assert!(p("2001/2023").contains(&p("2010-Q3")));
    assert!(p("FY2023-07").contains(&p("2024-Q2")));
    assert!(!p("FY2023-07").contains(&p("2024-Q3")));
    assert!(p("2023-05-10").contains(&p("2023-05-10/2023-05-10")));

    let q2 = p("2023-Q2");
    assert!(q2.contains_date(date(2023, 4, 1)));
    assert!(q2.contains_date(date(2023, 6, 30)));
    assert!(!q2.contains_date(date(2023, 3, 31)));
    assert!(!q2.contains_date(date(2023, 7, 1)));
    assert!(p("2024-02").contains_date(date(2024, 2, 29)));
    assert!(p("0001/9999").contains_date(date(1, 1, 1)));
    assert!(p("0001/9999").contains_date(date(9999, 12, 31)));
}

#[test]
fn overlaps_is_symmetric() {
    let cases = [
        ("2023", "FY2023-07", true),
        ("2023", "2023-12-31", true),
        ("2023", "2024-01-01", false),
        ("2023-Q1", "2023-Q2", false),
        ("2023-Q1", "2023-03-31/2023-04-01", true),
        ("2001/2023", "2023-S2", true),
        ("2001/2023", "2000", false),
        ("2023-05-10", "2023-05-10", true),
    ];
    for (a, b, expected) in cases {
        assert_eq!(p(a).overlaps(&p(b)), expected, "{a} {b}");
        assert_eq!(p(b).overlaps(&p(a)), expected, "{b} {a}");
    }
}

// --- previous -----------------------------------------------------------------

#[test]
fn previous_per_kind() {
    let cases = [
        ("2023", "2022"),
        ("0002", "0001"),
        ("2023-S1", "2022-S2"),
        ("2023-S2", "2023-S1"),
        ("2023-Q1", "2022-Q4"),
        ("2023-Q2", "2023-Q1"),
        ("2023-Q3", "2023-Q2"),
        ("2023-Q4", "2023-Q3"),
        ("2023-05", "2023-04"),
        ("2023-01", "2022-12"),
        ("2023-05-10", "2023-05-09"),
        ("2024-03-01", "2024-02-29"),
        ("2023-03-01", "2023-02-28"),
        ("2023-01-01", "2022-12-31"),
        ("2023-03-01/2023-03-10", "2023-02-19/2023-02-28"),
        ("2024-03-01/2024-03-10", "2024-02-20/2024-02-29"),
        ("2023-05-10/2023-05-10", "2023-05-09/2023-05-09"),
        // Whole months step by months, not by their 181 days.
        ("2023-01-01/2023-06-30", "2022-07-01/2022-12-31"),
        ("2023-07-01/2023-12-31", "2023-01-01/2023-06-30"),
        ("2024-01-01/2024-02-29", "2023-11-01/2023-12-31"),
        ("2023-03-01/2023-03-31", "2023-02-01/2023-02-28"),
        ("2023-01-01/2023-09-30", "2022-04-01/2022-12-31"),
        ("2024-01-01/2024-12-31", "2023-01-01/2023-12-31"),
        ("2022-11-01/2023-02-28", "2022-07-01/2022-10-31"),
        ("0001-02-01/0001-02-28", "0001-01-01/0001-01-31"),
        // Not whole months: the days before, as many.
        ("2023-01-02/2023-06-30", "2022-07-06/2023-01-01"),
        ("2023-01-01/2023-06-29", "2022-07-05/2022-12-31"),
        ("2001/2023", "1978/2000"),
        ("2023/2023", "2022/2022"),
        ("FY2024-07", "FY2023-07"),
        ("FY2024-01", "FY2023-01"),
        ("9999", "9998"),
        ("9999-12-31", "9999-12-30"),
        ("0001-S2", "0001-S1"),
        ("0001-Q2", "0001-Q1"),
        ("0001-02", "0001-01"),
        ("0001-01-02", "0001-01-01"),
        ("0001-01-03/0001-01-04", "0001-01-01/0001-01-02"),
        ("0002/0002", "0001/0001"),
    ];
    for (text, expected) in cases {
        assert_eq!(prev(text), expected, "{text}");
        let (period, previous) = (p(text), p(expected));
        assert_eq!(previous.kind(), period.kind(), "{text}");
        assert!(previous.end() < period.start(), "{text}");
        assert_eq!(previous.end().succ_opt(), Some(period.start()), "{text}");
    }
}

#[test]
fn next_per_kind() {
    let cases = [
        ("2022", "2023"),
        ("2023-S1", "2023-S2"),
        ("2022-S2", "2023-S1"),
        ("2022-Q4", "2023-Q1"),
        ("2023-Q1", "2023-Q2"),
        ("2023-Q3", "2023-Q4"),
        ("2022-12", "2023-01"),
        ("2023-04", "2023-05"),
        ("2024-02-28", "2024-02-29"),
        ("2024-02-29", "2024-03-01"),
        ("2023-02-19/2023-02-28", "2023-03-01/2023-03-10"),
        ("2022-07-01/2022-12-31", "2023-01-01/2023-06-30"),
        ("2023-02-01/2023-02-28", "2023-03-01/2023-03-31"),
        ("2023-12-01/2024-01-31", "2024-02-01/2024-03-31"),
        ("2023-01-01/2023-09-30", "2023-10-01/2024-06-30"),
        ("1978/2000", "2001/2023"),
        ("FY2023-07", "FY2024-07"),
        ("9998", "9999"),
        ("9999-12-30", "9999-12-31"),
    ];
    for (text, expected) in cases {
        assert_eq!(
            p(text).next().expect("a next period").to_string(),
            expected,
            "{text}"
        );
    }
    for text in [
        "9999",
        "9999-S2",
        "9999-Q4",
        "9999-12",
        "9999-12-31",
        "9990/9999",
        "FY9998-07",
        "9999-07-01/9999-12-31",
        "9999-12-01/9999-12-31",
    ] {
        assert_eq!(
            p(text).next().unwrap_err().to_string(),
            format!("period {text} has no next period")
        );
    }
}

#[test]
fn year_after_per_kind() {
    let cases = [
        ("2023", "2024"),
        ("2023-S2", "2024-S2"),
        ("2023-Q1", "2024-Q1"),
        ("2023-02", "2024-02"),
        ("2023-02-28", "2024-02-28"),
        ("2023-03-01/2024-02-29", "2024-03-01/2025-02-28"),
        ("2023-02-01/2023-02-28", "2024-02-01/2024-02-29"),
        ("2023-01-01/2023-06-30", "2024-01-01/2024-06-30"),
        ("2023-02-10/2023-02-28", "2024-02-10/2024-02-28"),
        ("2000/2022", "2001/2023"),
        ("FY2023-07", "FY2024-07"),
    ];
    for (text, expected) in cases {
        assert_eq!(
            p(text).year_after().expect("a year after").to_string(),
            expected,
            "{text}"
        );
    }
    assert_eq!(
        p("2024-02-29").year_after().unwrap_err().to_string(),
        "period 2024-02-29 has no year after: 2025 has no february 29"
    );
    assert_eq!(
        p("9999").year_after().unwrap_err().to_string(),
        "period 9999 has no year after"
    );
}

#[test]
fn previous_keeps_the_length_of_ranges() {
    let cases = [
        // (range, its length, the length of the previous one)
        ("2023-01-01/2023-06-30", "6 months", "6 months"),
        ("2024-01-01/2024-02-29", "2 months", "2 months"),
        ("2023-01-01/2023-06-29", "180 days", "180 days"),
        ("2023-05-10/2023-05-10", "1 days", "1 days"),
        ("2001/2023", "23 years", "23 years"),
    ];
    for (text, length, previous_length) in cases {
        let period = p(text);
        let previous = period.previous().unwrap();
        assert_eq!(range_length(period), length, "{text}");
        assert_eq!(range_length(previous), previous_length, "{text}");
    }
}

/// The length of a range as `previous` and `next` keep it: years for a year
/// range, months for a date range of whole months, else days.
#[track_caller]
fn range_length(period: Period) -> String {
    if period.kind() == PeriodKind::YearRange {
        return format!("{} years", period.last_year() - period.first_year() + 1);
    }
    match whole_months(period) {
        Some(months) if period.kind() == PeriodKind::DateRange => format!("{months} months"),
        _ => format!("{} days", period.days()),
    }
}

/// The number of months of a period that runs from the 1st of a month to
/// the last day of a month, counted month by month.
fn whole_months(period: Period) -> Option<u32> {
    use chrono::Datelike;
    let after = period.end().succ_opt()?;
    if period.start().day() != 1 || after.day() != 1 {
        return None;
    }
    let mut months = 0;
    let mut month = period.start();
    while month < after {
        month = month.checked_add_months(chrono::Months::new(1))?;
        months += 1;
    }
    Some(months)
}

#[test]
fn a_range_of_days_that_lands_on_whole_months() {
    // The 30 days before 1 to 30 May are all of April, which steps forward
    // by a month: to all of May. No 30-day period has 1 to 30 May next.
    let may_30 = p("2023-05-01/2023-05-30");
    let april = may_30.previous().unwrap();
    assert_eq!(april, p("2023-04-01/2023-04-30"));
    assert_eq!(april.next().unwrap(), p("2023-05-01/2023-05-31"));
    // Forward: the 31 days after 29 January to 28 February are all of
    // March, which steps back to all of February.
    let jan_feb = p("2023-01-29/2023-02-28");
    let march = jan_feb.next().unwrap();
    assert_eq!(march, p("2023-03-01/2023-03-31"));
    assert_eq!(march.previous().unwrap(), p("2023-02-01/2023-02-28"));
}

#[test]
fn a_range_of_days_that_lands_on_whole_months_a_year_away() {
    let to_feb_28 = p("2025-02-01/2028-02-28");
    assert_eq!(to_feb_28.whole_months(), None);
    let before = to_feb_28.year_before().unwrap();
    assert_eq!(before, p("2024-02-01/2027-02-28"));
    assert_eq!(before.whole_months(), Some(37));
    assert_eq!(before.year_after().unwrap(), p("2025-02-01/2028-02-29"));
}

#[test]
fn whole_months_per_kind() {
    let cases = [
        ("2023", Some(12)),
        ("2023-S2", Some(6)),
        ("2023-Q4", Some(3)),
        ("2024-02", Some(1)),
        ("2023-05-10", None),
        ("2023-01-01/2023-06-30", Some(6)),
        ("2022-12-01/2023-01-31", Some(2)),
        ("2024-02-01/2024-02-29", Some(1)),
        ("2024-02-01/2024-02-28", None),
        ("2023-01-02/2023-06-30", None),
        ("2023-01-01/2023-01-01", None),
        ("2001/2023", Some(276)),
        ("FY2024-07", Some(12)),
        ("0001/9999", Some(119_988)),
        ("9999-12-01/9999-12-31", Some(1)),
    ];
    for (text, months) in cases {
        assert_eq!(p(text).whole_months(), months, "{text}");
        assert_eq!(whole_months(p(text)), months, "{text}");
    }
}

#[test]
fn same_days_ignores_the_kind() {
    let same = [
        ("2023", "2023-01-01/2023-12-31"),
        ("2023", "2023/2023"),
        ("2023", "FY2023-01"),
        ("2023-S1", "2023-01-01/2023-06-30"),
        ("2023-Q3", "2023-07-01/2023-09-30"),
        ("2024-02", "2024-02-01/2024-02-29"),
        ("2023-05-10", "2023-05-10/2023-05-10"),
    ];
    for (a, b) in same {
        assert_ne!(p(a), p(b), "{a} {b}");
        assert!(p(a).same_days(&p(b)), "{a} {b}");
        assert!(p(b).same_days(&p(a)), "{b} {a}");
    }
    assert!(!p("2023-S1").same_days(&p("2023-01-01/2023-06-29")));
    assert!(!p("2023-S1").same_days(&p("2023-Q1")));
}

#[test]
fn previous_before_year_1() {
    let cases = [
        ("0001", "period 0001 has no previous period"),
        ("0001-S1", "period 0001-S1 has no previous period"),
        ("0001-Q1", "period 0001-Q1 has no previous period"),
        ("0001-01", "period 0001-01 has no previous period"),
        ("0001-01-01", "period 0001-01-01 has no previous period"),
        (
            "0001-01-01/0001-01-10",
            "period 0001-01-01/0001-01-10 has no previous period",
        ),
        (
            "0001-01-05/0001-01-10",
            "period 0001-01-05/0001-01-10 has no previous period",
        ),
        ("0001/0005", "period 0001/0005 has no previous period"),
        ("0003/0005", "period 0003/0005 has no previous period"),
        ("FY0001-07", "period FY0001-07 has no previous period"),
    ];
    for (text, message) in cases {
        assert_eq!(err_msg(p(text).previous()), message, "{text}");
    }
}

// --- year_before ---------------------------------------------------------------

#[test]
fn year_before_per_kind() {
    let cases = [
        ("2023", "2022"),
        ("2023-S1", "2022-S1"),
        ("2023-S2", "2022-S2"),
        ("2023-Q2", "2022-Q2"),
        ("2023-Q4", "2022-Q4"),
        ("2023-05", "2022-05"),
        ("2024-02", "2023-02"),
        ("2023-05-10", "2022-05-10"),
        ("2025-03-01", "2024-03-01"),
        ("2023-01-01/2023-06-30", "2022-01-01/2022-06-30"),
        ("2024-02-01/2024-02-29", "2023-02-01/2023-02-28"),
        ("2023-03-01/2024-02-29", "2022-03-01/2023-02-28"),
        // January and February (1-2月) a year before are January and
        // February, February 29 included: whole months move as months.
        ("2025-01-01/2025-02-28", "2024-01-01/2024-02-29"),
        ("2024-02-10/2024-02-29", "2023-02-10/2023-02-28"),
        ("2025-02-10/2025-02-28", "2024-02-10/2024-02-28"),
        ("2023-05-10/2023-05-10", "2022-05-10/2022-05-10"),
        ("2001/2023", "2000/2022"),
        ("2023/2023", "2022/2022"),
        ("FY2024-07", "FY2023-07"),
        ("FY2024-01", "FY2023-01"),
        ("0002", "0001"),
        ("0002-Q1", "0001-Q1"),
        ("0002-01-01", "0001-01-01"),
        ("0002/0003", "0001/0002"),
        ("9999-12", "9998-12"),
        ("FY9999-01", "FY9998-01"),
    ];
    for (text, expected) in cases {
        assert_eq!(before(text), expected, "{text}");
        assert_eq!(p(expected).kind(), p(text).kind(), "{text}");
    }
}

#[test]
fn year_before_errors() {
    let cases = [
        (
            "2024-02-29",
            "period 2024-02-29 has no year before: 2023 has no february 29",
        ),
        (
            "2024-02-29/2024-03-31",
            "period 2024-02-29/2024-03-31 has no year before: 2023 has no february 29",
        ),
        (
            "2024-02-29/2024-02-29",
            "period 2024-02-29/2024-02-29 has no year before: 2023 has no february 29",
        ),
        (
            "2000-02-29",
            "period 2000-02-29 has no year before: 1999 has no february 29",
        ),
        ("0001", "period 0001 has no year before"),
        ("0001-S2", "period 0001-S2 has no year before"),
        ("0001-Q2", "period 0001-Q2 has no year before"),
        ("0001-12", "period 0001-12 has no year before"),
        ("0001-12-31", "period 0001-12-31 has no year before"),
        (
            "0001-06-01/0002-01-01",
            "period 0001-06-01/0002-01-01 has no year before",
        ),
        ("0001/2023", "period 0001/2023 has no year before"),
        ("FY0001-07", "period FY0001-07 has no year before"),
    ];
    for (text, message) in cases {
        assert_eq!(err_msg(p(text).year_before()), message, "{text}");
    }
}

// --- Periods as people write them (Period::from_text) -----------------------

/// A context with nothing in it.
const NONE: PeriodContext = PeriodContext::new();

/// A context of the year 2023.
#[track_caller]
fn in_year(year: i32) -> PeriodContext {
    NONE.with_year(year).expect("a year 1 to 9999")
}

/// Fiscal years from `month`, with `label` for one-year names.
#[track_caller]
fn fiscal(month: u8, label: Option<FiscalLabel>) -> PeriodContext {
    let start = FiscalStart::new(month).expect("a month 1 to 12");
    NONE.with_fiscal_start(match label {
        Some(label) => start.labelled_by(label),
        None => start,
    })
}

/// April fiscal years (India, the UK government), no label.
fn april() -> PeriodContext {
    fiscal(4, None)
}

/// July fiscal years named by their end year (Australia).
fn australia() -> PeriodContext {
    fiscal(7, Some(FiscalLabel::EndYear))
}

/// October fiscal years named by their end year (the US federal government).
fn us() -> PeriodContext {
    fiscal(10, Some(FiscalLabel::EndYear))
}

/// April fiscal years named by their start year (Japan).
fn japan() -> PeriodContext {
    fiscal(4, Some(FiscalLabel::StartYear))
}

#[track_caller]
fn read(text: &str, context: PeriodContext) -> String {
    match Period::from_text(text, context) {
        Ok(period) => period.to_string(),
        Err(err) => panic!("{text:?} should read: {err}"),
    }
}

#[track_caller]
fn read_err(text: &str, context: PeriodContext) -> String {
    match Period::from_text(text, context) {
        Ok(period) => panic!("{text:?} should be refused, got {period}"),
        Err(err) => {
            assert!(matches!(err, Error::Period(_)), "{err:?}");
            err.to_string()
        }
    }
}

#[test]
fn written_auto_traits() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<FiscalStart>();
    assert_send_sync::<FiscalLabel>();
    assert_send_sync::<PeriodContext>();
}

#[test]
fn written_english_and_sdmx_forms() {
    let y = in_year(2023);
    let cases = [
        ("2023", NONE, "2023"),
        (" 2023 ", NONE, "2023"),
        // Halves.
        ("2023-H1", NONE, "2023-S1"),
        ("2023-H2", NONE, "2023-S2"),
        ("2023H1", NONE, "2023-S1"),
        ("2023 H2", NONE, "2023-S2"),
        ("2023-h2", NONE, "2023-S2"),
        ("2023-s1", NONE, "2023-S1"),
        ("2023S2", NONE, "2023-S2"),
        ("H1 2023", NONE, "2023-S1"),
        ("h2 2023", NONE, "2023-S2"),
        ("H1", y, "2023-S1"),
        ("２０２３－Ｈ１", NONE, "2023-S1"),
        ("first half of 2023", NONE, "2023-S1"),
        ("the first half of 2023", NONE, "2023-S1"),
        ("The Second Half of 2023", NONE, "2023-S2"),
        ("the 1st half of 2023", NONE, "2023-S1"),
        ("2nd half 2023", NONE, "2023-S2"),
        ("  first   half\tof\u{a0}2023  ", NONE, "2023-S1"),
        ("first half", y, "2023-S1"),
        ("the second half of the year", y, "2023-S2"),
        // Quarters.
        ("Q2 2023", NONE, "2023-Q2"),
        ("2023Q3", NONE, "2023-Q3"),
        ("2023 q4", NONE, "2023-Q4"),
        ("2023-q1", NONE, "2023-Q1"),
        ("q1", y, "2023-Q1"),
        ("the first quarter of 2023", NONE, "2023-Q1"),
        ("the second quarter of 2023", NONE, "2023-Q2"),
        ("third quarter of 2023", NONE, "2023-Q3"),
        ("the fourth quarter of 2023", NONE, "2023-Q4"),
        ("the 3rd quarter of 2023", NONE, "2023-Q3"),
        ("2nd quarter of 2023", NONE, "2023-Q2"),
        ("4th quarter 2023", NONE, "2023-Q4"),
        ("the fourth quarter", y, "2023-Q4"),
        ("the first quarter of the year", y, "2023-Q1"),
        // The first quarters, as a range of dates.
        (
            "the first three quarters of 2023",
            NONE,
            "2023-01-01/2023-09-30",
        ),
        ("first two quarters of 2023", NONE, "2023-01-01/2023-06-30"),
        ("the first 3 quarters", y, "2023-01-01/2023-09-30"),
        // Months, days, ranges, as in FromStr and a little looser.
        ("2023-05", NONE, "2023-05"),
        ("2023-5", NONE, "2023-05"),
        ("2023-5-10", NONE, "2023-05-10"),
        ("2024-02-29", NONE, "2024-02-29"),
        ("2023-01-01/2023-06-30", NONE, "2023-01-01/2023-06-30"),
        ("2001/2023", NONE, "2001/2023"),
        ("2023/2024", NONE, "2023/2024"),
        ("2001-2023", NONE, "2001/2023"),
        ("2001\u{2014}2023", NONE, "2001/2023"),
    ];
    for (text, context, canonical) in cases {
        assert_eq!(read(text, context), canonical, "{text}");
        assert_eq!(
            Period::from_text(text, context).unwrap(),
            p(canonical),
            "{text}"
        );
    }
}

#[test]
fn written_fiscal_years() {
    let december = fiscal(12, None);
    let cases = [
        // Dated by the start month: no context needed.
        ("FY2024-07", NONE, "FY2024-07"),
        ("fy2024-07", NONE, "FY2024-07"),
        ("FY 2024-07", april(), "FY2024-07"),
        // Two years: the context's start month.
        ("2024-25", april(), "FY2024-04"),
        ("2024\u{2013}25", australia(), "FY2024-07"),
        ("2023/24", april(), "FY2023-04"),
        ("FY2024-25", april(), "FY2024-04"),
        ("FY 2023/24", australia(), "FY2023-07"),
        ("FY2023-2024", april(), "FY2023-04"),
        ("fiscal year 2024-25", us(), "FY2024-10"),
        ("the 2023-24 financial year", april(), "FY2023-04"),
        ("financial year 2023/24", australia(), "FY2023-07"),
        ("2023-24 FY", april(), "FY2023-04"),
        ("1999-00", april(), "FY1999-04"),
        ("2099/00", april(), "FY2099-04"),
        // One year: the start month and the label.
        ("FY2024", australia(), "FY2023-07"),
        ("FY 2024", us(), "FY2023-10"),
        ("FY2024", japan(), "FY2024-04"),
        ("fiscal 2024", us(), "FY2023-10"),
        ("fiscal year 2024", japan(), "FY2024-04"),
        ("FY2024", fiscal(1, None), "FY2024-01"),
        // Both readings of FY2006-07 and FY2011-12 are the same period
        // when fiscal years start in that month.
        ("FY2006-07", australia(), "FY2006-07"),
        ("FY2011-12", december, "FY2011-12"),
    ];
    for (text, context, canonical) in cases {
        assert_eq!(read(text, context), canonical, "{text}");
    }
    // FY2024 in the US runs from October 2023 to September 2024.
    let fy = Period::from_text("FY2024", us()).unwrap();
    assert_span(fy, date(2023, 10, 1), date(2024, 9, 30));
    // 2024-25 in India from April 2024 to March 2025.
    let fy = Period::from_text("2024-25", april()).unwrap();
    assert_span(fy, date(2024, 4, 1), date(2025, 3, 31));
}

#[test]
fn written_chinese_forms() {
    let y = in_year(2023);
    let cases = [
        ("2023年", NONE, "2023"),
        ("2023年度", NONE, "2023"),
        ("2023年全年", NONE, "2023"),
        ("全年", y, "2023"),
        ("2023年上半年", NONE, "2023-S1"),
        ("2023年下半年", NONE, "2023-S2"),
        ("2023上半年", NONE, "2023-S1"),
        ("２０２３年上半年", NONE, "2023-S1"),
        ("2023年 上半年", NONE, "2023-S1"),
        ("上半年", y, "2023-S1"),
        ("下半年", y, "2023-S2"),
        ("2022年上半年", y, "2022-S1"),
        ("2023年一季度", NONE, "2023-Q1"),
        ("2023年二季度", NONE, "2023-Q2"),
        ("2023年三季度", NONE, "2023-Q3"),
        ("2023年四季度", NONE, "2023-Q4"),
        ("2023年第一季度", NONE, "2023-Q1"),
        ("2023年第2季度", NONE, "2023-Q2"),
        ("2023年第三季度", NONE, "2023-Q3"),
        ("2023年第四季度", NONE, "2023-Q4"),
        ("2023年第４季度", NONE, "2023-Q4"),
        ("一季度", y, "2023-Q1"),
        ("第四季度", y, "2023-Q4"),
        ("2023年前三季度", NONE, "2023-01-01/2023-09-30"),
        ("2023年前两季度", NONE, "2023-01-01/2023-06-30"),
        ("2023年前二季度", NONE, "2023-01-01/2023-06-30"),
        ("前三季度", y, "2023-01-01/2023-09-30"),
        ("2023年1-6月", NONE, "2023-01-01/2023-06-30"),
        ("2023年1—9月", NONE, "2023-01-01/2023-09-30"),
        ("2023年1－9月", NONE, "2023-01-01/2023-09-30"),
        ("2023年1月-6月", NONE, "2023-01-01/2023-06-30"),
        ("2023年1至6月", NONE, "2023-01-01/2023-06-30"),
        ("2023年1到6月", NONE, "2023-01-01/2023-06-30"),
        ("2023年1~2月", NONE, "2023-01-01/2023-02-28"),
        ("2024年1～2月", NONE, "2024-01-01/2024-02-29"),
        ("2023年1〜11月", NONE, "2023-01-01/2023-11-30"),
        ("2023年1-6月份", NONE, "2023-01-01/2023-06-30"),
        ("2023年一至六月", NONE, "2023-01-01/2023-06-30"),
        ("2023年7-12月", NONE, "2023-07-01/2023-12-31"),
        ("1-6月", y, "2023-01-01/2023-06-30"),
        ("2023年5月", NONE, "2023-05"),
        ("2023年12月", NONE, "2023-12"),
        ("5月", y, "2023-05"),
        ("2023年5月10日", NONE, "2023-05-10"),
        ("5月10号", y, "2023-05-10"),
    ];
    for (text, context, canonical) in cases {
        assert_eq!(read(text, context), canonical, "{text}");
    }
}

#[test]
fn written_chinese_numerals_for_every_month() {
    // One entry for each numeral of the reader's table, checked against a
    // list written out here.
    let numerals = [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
    ];
    for (month, numeral) in (1..=12u8).zip(numerals) {
        let text = format!("2023年{numeral}月");
        assert_eq!(
            Period::from_text(&text, NONE).unwrap(),
            Period::month(2023, month).unwrap(),
            "{text}"
        );
    }
    assert_eq!(read("2023年两月", NONE), "2023-02");
}

#[test]
fn written_refusals() {
    let y = in_year(2023);
    let cases = [
        // A year, a start month or a label that the context lacks.
        (
            "上半年",
            NONE,
            r#"period "上半年" names no year, and none was given"#,
        ),
        (
            "一季度",
            NONE,
            r#"period "一季度" names no year, and none was given"#,
        ),
        (
            "前三季度",
            NONE,
            r#"period "前三季度" names no year, and none was given"#,
        ),
        (
            "1-6月",
            NONE,
            r#"period "1-6月" names no year, and none was given"#,
        ),
        (
            "Q2",
            NONE,
            r#"period "Q2" names no year, and none was given"#,
        ),
        (
            "the first half",
            NONE,
            r#"period "the first half" names no year, and none was given"#,
        ),
        (
            "FY2024",
            NONE,
            r#"fiscal year "FY2024" needs its start month, and none was given"#,
        ),
        (
            "2024-25",
            y,
            r#"fiscal year "2024-25" needs its start month, and none was given"#,
        ),
        (
            "2023/24",
            NONE,
            r#"fiscal year "2023/24" needs its start month, and none was given"#,
        ),
        (
            "FY2024",
            april(),
            r#"fiscal year "FY2024" is named by one year, the year it starts or ends in, and the label was not given"#,
        ),
        (
            "2024-25",
            fiscal(1, None),
            r#"invalid fiscal year "2024-25": it spans two years, and the fiscal years given start in january"#,
        ),
        // Ambiguous.
        (
            "2011-12",
            australia(),
            r#"ambiguous period "2011-12": the month 2011-12 or the fiscal year 2011/12"#,
        ),
        (
            "2004-05",
            NONE,
            r#"ambiguous period "2004-05": the month 2004-05 or the fiscal year 2004/05"#,
        ),
        (
            "2000-01",
            NONE,
            r#"ambiguous period "2000-01": the month 2000-01 or the fiscal year 2000/01"#,
        ),
        (
            "FY2011-12",
            april(),
            r#"ambiguous period "FY2011-12": the fiscal year from december 2011 (FY2011-12) or the fiscal year 2011/12"#,
        ),
        (
            "FY2006-07",
            NONE,
            r#"ambiguous period "FY2006-07": the fiscal year from july 2006 (FY2006-07) or the fiscal year 2006/07"#,
        ),
        (
            "2023-2024",
            NONE,
            r#"ambiguous period "2023-2024": the years 2023/2024 or the fiscal year 2023/24"#,
        ),
        // Relative to when the text was written.
        (
            "去年",
            y,
            r#"relative period "去年": "去年" counts from when the text was written"#,
        ),
        (
            "2023年前一季度",
            NONE,
            r#"relative period "2023年前一季度": "前一季度" counts from when the text was written"#,
        ),
        (
            "上年同期",
            y,
            r#"relative period "上年同期": "上年" counts from when the text was written"#,
        ),
        (
            "本年度",
            y,
            r#"relative period "本年度": "本年" counts from when the text was written"#,
        ),
        (
            "上季度",
            y,
            r#"relative period "上季度": "上季度" counts from when the text was written"#,
        ),
        (
            "the same quarter Last Year",
            y,
            r#"relative period "the same quarter Last Year": "last year" counts from when the text was written"#,
        ),
        (
            "year to date",
            y,
            r#"relative period "year to date": "year to date" counts from when the text was written"#,
        ),
        // Parts out of range.
        (
            "2023年第五季度",
            NONE,
            r#"invalid quarter 5 in "2023年第五季度""#,
        ),
        ("Q5 2023", NONE, r#"invalid quarter 5 in "Q5 2023""#),
        ("2023-Q0", NONE, r#"invalid quarter 0 in "2023-Q0""#),
        ("H3 2023", NONE, r#"invalid half 3 in "H3 2023""#),
        (
            "the third half of 2023",
            NONE,
            r#"invalid half 3 in "the third half of 2023""#,
        ),
        ("2023年13月", NONE, r#"invalid month 13 in "2023年13月""#),
        (
            "2023年2月30日",
            NONE,
            r#"invalid day 30 in "2023年2月30日""#,
        ),
        ("2023-04-31", NONE, r#"invalid day 31 in "2023-04-31""#),
        ("0000年", NONE, r#"invalid year 0 in "0000年""#),
        (
            "2023年6-1月",
            NONE,
            r#"invalid months 6-1 in "2023年6-1月": the first month is not before the last"#,
        ),
        (
            "2023年6-6月",
            NONE,
            r#"invalid months 6-6 in "2023年6-6月": the first month is not before the last"#,
        ),
        (
            "2023年前四季度",
            NONE,
            r#"invalid period "2023年前四季度": the first quarters of a year are two or three of them, not 4"#,
        ),
        (
            "the first four quarters of 2023",
            NONE,
            r#"invalid period "the first four quarters of 2023": unknown word "four" at character 10"#,
        ),
        ("Q 2023", NONE, r#"invalid quarter 2023 in "Q 2023""#),
        (
            "2023-07-01/2023-06-30",
            NONE,
            "invalid period: start 2023-07-01 is after end 2023-06-30",
        ),
        (
            "2024-2023",
            NONE,
            "invalid period: start 2024 is after end 2023",
        ),
        // Fiscal years that do not end in the next year.
        (
            "2023-25",
            april(),
            r#"invalid period "2023-25": 25 is neither a month nor the end of a fiscal year from 2023 (2023-24)"#,
        ),
        (
            "2023-13",
            NONE,
            r#"invalid period "2023-13": 13 is neither a month nor the end of a fiscal year from 2023 (2023-24)"#,
        ),
        (
            "2023/25",
            april(),
            r#"invalid fiscal year "2023/25": a fiscal year from 2023 ends in 2024 (2023/24)"#,
        ),
        (
            "FY2023-25",
            april(),
            r#"invalid fiscal year "FY2023-25": a fiscal year from 2023 ends in 2024 (2023-24)"#,
        ),
        (
            "FY2023-2025",
            april(),
            r#"invalid fiscal year "FY2023-2025": a fiscal year from 2023 ends in 2024"#,
        ),
        (
            "FY24",
            australia(),
            r#"invalid year "24" in "FY24": years have four digits"#,
        ),
        (
            "23-24",
            april(),
            r#"invalid year "23" in "23-24": years have four digits"#,
        ),
        ("FY0000", australia(), r#"invalid year 0 in "FY0000""#),
        (
            "FY0001",
            australia(),
            r#"invalid fiscal year "FY0001": it would start in year 0, and years are 1 to 9999"#,
        ),
        (
            "9999/00",
            april(),
            "invalid fiscal year FY9999-04: it ends in year 10000, and years are 1 to 9999",
        ),
        // Words and shapes of no form.
        (
            "1nd quarter of 2023",
            NONE,
            r#"invalid ordinal "1nd" in "1nd quarter of 2023""#,
        ),
        (
            "11st quarter of 2023",
            NONE,
            r#"invalid ordinal "11st" in "11st quarter of 2023""#,
        ),
        (
            "2023 Sommer",
            NONE,
            r#"invalid period "2023 Sommer": unknown word "sommer" at character 5"#,
        ),
        (
            "2023年第五季",
            NONE,
            r#"invalid period "2023年第五季": unknown word "季" at character 7"#,
        ),
    ];
    for (text, context, message) in cases {
        assert_eq!(read_err(text, context), message, "{text}");
    }
}

#[test]
fn written_shapes_of_no_form() {
    let expected = "expected a form such as 2023, 2023-Q2, 2023-H1, H1 2023, first half of 2023, \
                    Q2 2023, the second quarter of 2023, FY2024, 2024-25, 2023/24, 2023年, \
                    2023年上半年, 2023年一季度, 2023年前三季度, 2023年1-6月";
    for text in [
        "",
        "   ",
        "2023 05",
        "half 2023",
        "2023年年",
        "of 2023",
        "FY",
        "2023/5",
        "FY2024-25-26",
    ] {
        assert_eq!(
            read_err(text, in_year(2023)),
            format!("invalid period {text:?}: {expected}"),
            "{text}"
        );
    }
    let long = format!("2023{}", " ".repeat(100));
    let message = read_err(&long, NONE);
    assert!(message.starts_with(r#"invalid period "2023"#), "{message}");
    assert!(
        message.ends_with("(104 characters): a period is written in at most 100 characters"),
        "{message}"
    );
}

#[test]
fn written_context_checks() {
    assert_eq!(
        NONE.with_year(0).unwrap_err().to_string(),
        "invalid year 0: years are 1 to 9999"
    );
    assert_eq!(
        NONE.with_year(10_000).unwrap_err().to_string(),
        "invalid year 10000: years are 1 to 9999"
    );
    for month in [0, 13, 255] {
        assert_eq!(
            FiscalStart::new(month).unwrap_err().to_string(),
            format!("invalid fiscal start month {month}: months are 1 to 12")
        );
    }
    let start = FiscalStart::new(7).unwrap();
    assert_eq!((start.month(), start.label()), (7, None));
    let labelled = start.labelled_by(FiscalLabel::StartYear);
    assert_eq!(
        (labelled.month(), labelled.label()),
        (7, Some(FiscalLabel::StartYear))
    );
    let context = in_year(2023).with_fiscal_start(labelled);
    assert_eq!(
        (context.year(), context.fiscal_start()),
        (Some(2023), Some(labelled))
    );
    assert_eq!(PeriodContext::default(), NONE);
}

#[test]
fn written_forms_people_write_behave_as_their_canonical_period() {
    // The half written three ways steps, shifts and compares alike.
    let y = in_year(2023);
    let half = Period::from_text("2023年上半年", NONE).unwrap();
    let months = Period::from_text("2023年1-6月", NONE).unwrap();
    let english = Period::from_text("the first half", y).unwrap();
    assert_eq!(half, english);
    assert!(half.same_days(&months));
    assert_eq!(half.previous().unwrap(), p("2022-S2"));
    assert_eq!(months.previous().unwrap(), p("2022-07-01/2022-12-31"));
    assert_eq!(months.year_before().unwrap(), p("2022-01-01/2022-06-30"));
    assert_eq!(months.next().unwrap(), p("2023-07-01/2023-12-31"));
    // 前三季度 a year before, and the three quarters before.
    let three = Period::from_text("前三季度", y).unwrap();
    assert_eq!(three.year_before().unwrap(), p("2022-01-01/2022-09-30"));
    assert_eq!(three.previous().unwrap(), p("2022-04-01/2022-12-31"));
    assert!(p("2023").contains(&three));
    assert!(three.contains(&Period::from_text("2023年三季度", NONE).unwrap()));
    assert!(!three.overlaps(&Period::from_text("2023年四季度", NONE).unwrap()));
    // 1-2月 of a leap year, a year before and after.
    let jan_feb = Period::from_text("2024年1-2月", NONE).unwrap();
    assert_eq!(jan_feb.year_before().unwrap(), p("2023-01-01/2023-02-28"));
    assert_eq!(
        jan_feb.year_before().unwrap().year_after().unwrap(),
        jan_feb
    );
}

// --- Properties of Period::from_text ------------------------------------------

/// A four-digit year, mostly recent.
fn year4() -> impl Strategy<Value = i32> {
    prop_oneof![4 => 1950..=2050i32, 1 => 1..=9998i32]
}

/// The English ordinals and Chinese numerals of the reader's forms, written
/// out here, not taken from the reader's tables.
const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];
const SHORT_ORDINALS: [&str; 4] = ["1st", "2nd", "3rd", "4th"];
const NUMERALS: [&str; 4] = ["一", "二", "三", "四"];

/// A written half or quarter with its year, and the period it is.
fn written_part() -> impl Strategy<Value = (String, Period)> {
    let half = (year4(), 1..=2u8, 0..9usize).prop_map(|(y, h, form)| {
        let i = usize::from(h - 1);
        let (en, zh) = (ORDINALS[i], ["上半年", "下半年"][i]);
        let text = match form {
            0 => format!("{y:04}-H{h}"),
            1 => format!("H{h} {y:04}"),
            2 => format!("{en} half of {y:04}"),
            3 => format!("The {en} half of {y:04}"),
            4 => format!("{y:04}年{zh}"),
            5 => format!("{y:04}{zh}"),
            6 => format!("{y:04}h{h}"),
            7 => format!("the {} half {y:04}", SHORT_ORDINALS[i]),
            _ => format!("{y:04}-S{h}"),
        };
        (text, Period::half(y, h).unwrap())
    });
    let quarter = (year4(), 1..=4u8, 0..9usize).prop_map(|(y, q, form)| {
        let i = usize::from(q - 1);
        let text = match form {
            0 => format!("Q{q} {y:04}"),
            1 => format!("{y:04}Q{q}"),
            2 => format!("the {} quarter of {y:04}", ORDINALS[i]),
            3 => format!("{} quarter {y:04}", SHORT_ORDINALS[i]),
            4 => format!("{y:04}年{}季度", NUMERALS[i]),
            5 => format!("{y:04}年第{}季度", NUMERALS[i]),
            6 => format!("{y:04}年第{q}季度"),
            7 => format!("{y:04} - q{q}"),
            _ => format!("{y:04}-Q{q}"),
        };
        (text, Period::quarter(y, q).unwrap())
    });
    prop_oneof![half, quarter]
}

/// A written run of months (1-6月) or first quarters (前三季度), and its
/// date range.
fn written_months() -> impl Strategy<Value = (String, Period)> {
    let months = (year4(), 1..=11u32, 1..=11u32, 0..4usize).prop_map(|(y, a, span, form)| {
        let b = (a + span).min(12);
        let join = ["-", "\u{2014}", "至", "~"][form];
        let text = if form == 3 {
            format!("{y:04}年{a}月{join}{b}月")
        } else {
            format!("{y:04}年{a}{join}{b}月")
        };
        let start = date(y, a, 1);
        let end = date(y, b, 1)
            .checked_add_months(chrono::Months::new(1))
            .unwrap()
            .pred_opt()
            .unwrap();
        (text, Period::dates(start, end).unwrap())
    });
    let quarters = (year4(), 2..=3u32, any::<bool>()).prop_map(|(y, n, chinese)| {
        let text = if chinese {
            format!("{y:04}年前{}季度", ["两", "三"][n as usize - 2])
        } else {
            format!(
                "the first {} quarters of {y:04}",
                ["two", "three"][n as usize - 2]
            )
        };
        let end = date(y, n * 3, 1)
            .checked_add_months(chrono::Months::new(1))
            .unwrap()
            .pred_opt()
            .unwrap();
        (text, Period::dates(date(y, 1, 1), end).unwrap())
    });
    prop_oneof![months, quarters]
}

/// A written fiscal year, the context that names its fiscal years, and the
/// period it is.
fn written_fiscal() -> impl Strategy<Value = (String, PeriodContext, Period)> {
    (2..=9998i32, 2..=12u8, 0..7usize, any::<bool>()).prop_map(|(y, month, form, by_end)| {
        let label = if by_end {
            FiscalLabel::EndYear
        } else {
            FiscalLabel::StartYear
        };
        let context = fiscal(month, Some(label));
        let yy = (y + 1) % 100;
        let text = match form {
            // A dash and two digits that could be a month is ambiguous: use
            // the slash there.
            0 if !(1..=12).contains(&yy) => format!("{y:04}-{yy:02}"),
            0 | 1 => format!("{y:04}/{yy:02}"),
            2 => format!("FY{y:04}/{yy:02}"),
            3 => format!("FY {y:04}-{:04}", y + 1),
            4 => format!("the {y:04}/{yy:02} financial year"),
            5 => format!("fiscal year {y:04}-{:04}", y + 1),
            _ => {
                // One year: the label says which.
                let named = if by_end { y + 1 } else { y };
                format!("FY{named:04}")
            }
        };
        (text, context, Period::fiscal_year(y, month).unwrap())
    })
}

/// Ambiguous canonical texts: `YYYY-MM` and `FYYYYY-MM` whose month is also
/// the last two digits of the next year.
fn ambiguous_canonical(period: Period, context: PeriodContext) -> bool {
    use chrono::Datelike;
    let next = (period.first_year() + 1) % 100;
    let month = i32::try_from(period.start().month()).unwrap();
    match period.kind() {
        PeriodKind::Month => month == next,
        PeriodKind::FiscalYear => {
            month == next && context.fiscal_start().map(|f| i32::from(f.month())) != Some(month)
        }
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn written_reads_canonical_text_as_from_str(
        period in period(),
        year in 1..=9999i32,
        month in 1..=12u8,
        by_end in any::<bool>(),
    ) {
        let text = period.to_string();
        let label = if by_end { FiscalLabel::EndYear } else { FiscalLabel::StartYear };
        for context in [NONE, in_year(year), fiscal(month, None), fiscal(month, Some(label))] {
            match Period::from_text(&text, context) {
                Ok(read) => prop_assert_eq!(read, period, "{}", text),
                Err(err) => {
                    prop_assert!(ambiguous_canonical(period, context), "{}: {}", text, err);
                    prop_assert!(err.to_string().starts_with("ambiguous period"), "{}", err);
                }
            }
        }
    }

    #[test]
    fn written_parts_equal_their_canonical_period(
        (text, period) in written_part(),
        context_year in 1..=9999i32,
    ) {
        // The text's year wins over the context's.
        for context in [NONE, in_year(context_year)] {
            prop_assert_eq!(Period::from_text(&text, context), Ok(period), "{}", text);
        }
        prop_assert_eq!(period.to_string().parse::<Period>(), Ok(period));
    }

    #[test]
    fn written_months_equal_their_canonical_period((text, period) in written_months()) {
        prop_assert_eq!(Period::from_text(&text, NONE), Ok(period), "{}", text);
        prop_assert_eq!(period.to_string().parse::<Period>(), Ok(period));
        // A run of months steps by months: the run before is as many months,
        // and in the year 1 there is none before, which is an error.
        let Ok(previous) = period.previous() else {
            prop_assert_eq!(chrono::Datelike::year(&period.start()), 1);
            return Ok(());
        };
        prop_assert_eq!(previous.whole_months(), period.whole_months());
        prop_assert_eq!(previous.end().succ_opt(), Some(period.start()));
        prop_assert_eq!(previous.next(), Ok(period));
    }

    #[test]
    fn written_fiscal_years_equal_their_canonical_period(
        (text, context, period) in written_fiscal(),
    ) {
        prop_assert_eq!(Period::from_text(&text, context), Ok(period), "{}", text);
        prop_assert_eq!(period.to_string().parse::<Period>(), Ok(period));
    }

    #[test]
    fn written_without_a_year_takes_the_context_year(
        year in 1..=9999i32,
        half in 1..=2u8,
        quarter in 1..=4u8,
    ) {
        let context = in_year(year);
        let h = usize::from(half - 1);
        let q = usize::from(quarter - 1);
        let halves = [format!("H{half}"), ["上半年", "下半年"][h].to_owned(), format!("the {} half", ORDINALS[h])];
        for text in halves {
            prop_assert_eq!(Period::from_text(&text, context), Period::half(year, half), "{}", text);
        }
        let quarters = [format!("Q{quarter}"), format!("{}季度", NUMERALS[q]), format!("第{}季度", NUMERALS[q]), format!("the {} quarter of the year", ORDINALS[q])];
        for text in quarters {
            prop_assert_eq!(Period::from_text(&text, context), Period::quarter(year, quarter), "{}", text);
        }
        let three = Period::from_text("前三季度", context).unwrap();
        prop_assert_eq!((three.start(), three.end()), (date(year, 1, 1), date(year, 9, 30)));
    }

    #[test]
    fn written_reading_never_panics(text in ".{0,40}", year in 1..=9999i32) {
        for context in [NONE, in_year(year).with_fiscal_start(FiscalStart::new(4).unwrap())] {
            if let Ok(period) = Period::from_text(&text, context) {
                prop_assert_eq!(period.to_string().parse::<Period>(), Ok(period));
            }
        }
    }

    #[test]
    fn written_reading_of_period_like_text_never_panics(
        text in "[0-9 /~FYfyQqHhSs年月日季度上下半前第一二两三四五十至-]{0,16}",
    ) {
        for context in [NONE, in_year(2023), australia()] {
            if let Ok(period) = Period::from_text(&text, context) {
                prop_assert_eq!(period.to_string().parse::<Period>(), Ok(period));
            }
        }
    }

    #[test]
    fn written_reading_of_mutated_forms_never_panics(
        (text, _) in written_part(),
        index in any::<prop::sample::Index>(),
        c in prop_oneof![Just('0'), Just('9'), Just('-'), Just('/'), Just(' '), Just('年'), Just('十'), any::<char>()],
    ) {
        let mut chars: Vec<char> = text.chars().collect();
        let at = index.index(chars.len());
        chars[at] = c;
        let text: String = chars.into_iter().collect();
        if let Ok(period) = Period::from_text(&text, australia()) {
            prop_assert_eq!(period.to_string().parse::<Period>(), Ok(period));
        }
    }
}

// --- Serde ------------------------------------------------------------------

#[test]
fn serde_round_trips_json_strings() {
    for text in [
        "2023",
        "2023-S1",
        "2023-Q2",
        "2023-05",
        "2023-05-10",
        "2023-01-01/2023-06-30",
        "2001/2023",
        "FY2024-07",
    ] {
        let json = format!("\"{text}\"");
        let period: Period = serde_json::from_str(&json).unwrap();
        assert_eq!(period, p(text));
        assert_eq!(serde_json::to_string(&period).unwrap(), json);
    }
    let list: Vec<Period> = serde_json::from_str(r#"["2023", "2023-Q2"]"#).unwrap();
    assert_eq!(list, [p("2023"), p("2023-Q2")]);
}

#[test]
fn serde_errors_carry_the_period_message() {
    let err = serde_json::from_str::<Period>("\"2023-13\"").unwrap_err();
    assert!(
        err.to_string()
            .starts_with(r#"invalid month 13 in "2023-13""#),
        "{err}"
    );
    let err = serde_json::from_str::<Period>("\"2023/Q1\"").unwrap_err();
    assert!(
        err.to_string()
            .starts_with(&format!(r#"invalid period "2023/Q1": {FORMS}"#)),
        "{err}"
    );
    let err = serde_json::from_str::<Period>("2023").unwrap_err();
    assert!(
        err.to_string().contains("expected a period such as 2023"),
        "{err}"
    );
}

// --- Properties ---------------------------------------------------------------

fn year() -> impl Strategy<Value = i32> {
    prop_oneof![4 => 1900..=2100i32, 1 => 1..=9999i32]
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (year(), 1..=366u32).prop_filter_map("day 366 of a common year", |(year, day)| {
        NaiveDate::from_yo_opt(year, day)
    })
}

/// Periods of every kind, built through the constructors.
fn period() -> impl Strategy<Value = Period> {
    prop_oneof![
        year().prop_map(|y| Period::year(y).unwrap()),
        (year(), 1..=2u8).prop_map(|(y, h)| Period::half(y, h).unwrap()),
        (year(), 1..=4u8).prop_map(|(y, q)| Period::quarter(y, q).unwrap()),
        (year(), 1..=12u8).prop_map(|(y, m)| Period::month(y, m).unwrap()),
        any_date().prop_map(|d| Period::day(d).unwrap()),
        (any_date(), any_date()).prop_map(|(a, b)| Period::dates(a.min(b), a.max(b)).unwrap()),
        (year(), year()).prop_map(|(a, b)| Period::years(a.min(b), a.max(b)).unwrap()),
        (year(), 1..=12u8).prop_filter_map("past 9999", |(y, m)| Period::fiscal_year(y, m).ok()),
        // Date ranges of whole months, and of whole months but a day at
        // either end: the ranges that step by months, and their neighbours
        // that step by days.
        (year(), 1..=12u32, 1..=30u32, -1..=1i64, -1..=1i64).prop_filter_map(
            "past 9999",
            |(y, m, months, at_start, at_end)| {
                let start = NaiveDate::from_ymd_opt(y, m, 1)?;
                let end = start
                    .checked_add_months(chrono::Months::new(months))?
                    .pred_opt()?;
                let start = start.checked_add_signed(chrono::TimeDelta::try_days(at_start)?)?;
                let end = end.checked_add_signed(chrono::TimeDelta::try_days(at_end)?)?;
                Period::dates(start, end).ok()
            }
        ),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn text_round_trips(period in period()) {
        let text = period.to_string();
        prop_assert_eq!(text.parse::<Period>(), Ok(period));
        let json = serde_json::to_string(&period).unwrap();
        prop_assert_eq!(serde_json::from_str::<Period>(&json).unwrap(), period);
    }

    #[test]
    fn whole_months_counts_month_by_month(period in period()) {
        prop_assert_eq!(period.whole_months(), whole_months(period));
    }

    #[test]
    fn invariants(period in period()) {
        prop_assert!(period.start() <= period.end());
        prop_assert!((1..=9999).contains(&period.first_year()));
        prop_assert!((1..=9999).contains(&period.last_year()));
        prop_assert!(period.days() >= 1);
        prop_assert!(period.contains(&period));
        prop_assert!(period.overlaps(&period));
        prop_assert!(period.contains_date(period.start()));
        prop_assert!(period.contains_date(period.end()));
    }

    #[test]
    fn next_undoes_previous(period in period()) {
        // A range of days that lands on whole months by its days steps back
        // by months (`a_range_of_days_that_lands_on_whole_months`); every
        // other period comes back.
        let lands_on_months = |from: Period, to: Period| {
            from.kind() == PeriodKind::DateRange
                && whole_months(from).is_none()
                && whole_months(to).is_some()
        };
        if let Ok(next) = period.next() {
            prop_assert_eq!(next.kind(), period.kind());
            prop_assert_eq!(period.end().succ_opt(), Some(next.start()));
            if !lands_on_months(period, next) {
                prop_assert_eq!(next.previous(), Ok(period));
            }
        }
        if let Ok(previous) = period.previous()
            && !lands_on_months(period, previous)
        {
            prop_assert_eq!(previous.next(), Ok(period));
        }
    }

    #[test]
    fn previous_of_whole_months_is_as_many_months_before(
        year in 1900..=2100i32,
        month in 1..=12u32,
        months in prop_oneof![1..=24u32, Just(6u32), Just(3u32), Just(9u32), Just(12u32)],
    ) {
        let start = date(year, month, 1);
        let end = start.checked_add_months(chrono::Months::new(months)).unwrap().pred_opt().unwrap();
        let range = Period::dates(start, end).unwrap();
        let previous = range.previous().unwrap();
        prop_assert_eq!(previous.kind(), PeriodKind::DateRange);
        prop_assert_eq!(previous.end().succ_opt(), Some(range.start()));
        prop_assert_eq!(whole_months(previous), Some(months));
        let next = range.next().unwrap();
        prop_assert_eq!(range.end().succ_opt(), Some(next.start()));
        prop_assert_eq!(whole_months(next), Some(months));
        prop_assert_eq!(previous.next(), Ok(range));
        prop_assert_eq!(next.previous(), Ok(range));
        let before = range.year_before().unwrap();
        prop_assert_eq!(whole_months(before), Some(months));
        prop_assert_eq!(before.start(), date(year - 1, month, 1));
        prop_assert_eq!(before.year_after(), Ok(range));
    }

    /// A year, half, quarter, month or fiscal year and the date range of its
    /// days step, shift and compare to the same days.
    #[test]
    fn whole_month_kinds_and_their_date_ranges_agree(period in period(), other in period()) {
        if !matches!(
            period.kind(),
            PeriodKind::Year
                | PeriodKind::Half
                | PeriodKind::Quarter
                | PeriodKind::Month
                | PeriodKind::FiscalYear
                | PeriodKind::YearRange
        ) {
            return Ok(());
        }
        let range = Period::dates(period.start(), period.end()).unwrap();
        prop_assert!(range.same_days(&period));
        let steps: [fn(&Period) -> workreport::Result<Period>; 4] =
            [Period::previous, Period::next, Period::year_before, Period::year_after];
        for step in steps {
            match (step(&period), step(&range)) {
                (Ok(a), Ok(b)) => {
                    prop_assert!(a.same_days(&b), "{} and {}: {} and {}", period, range, a, b);
                    prop_assert_eq!(b.kind(), PeriodKind::DateRange);
                }
                (Err(_), Err(_)) => {}
                (a, b) => prop_assert!(false, "{} and {}: {:?} and {:?}", period, range, a, b),
            }
        }
        prop_assert_eq!(period.contains(&other), range.contains(&other));
        prop_assert_eq!(other.contains(&period), other.contains(&range));
        prop_assert_eq!(period.overlaps(&other), range.overlaps(&other));
        prop_assert_eq!(period.days(), range.days());
        if !other.same_days(&period) {
            prop_assert_eq!(period.cmp(&other), range.cmp(&other));
        }
    }

    #[test]
    fn year_after_undoes_year_before(period in period()) {
        // February 29 has no twin a year away; elsewhere the two invert.
        let leap_day = |d: chrono::NaiveDate| d.format("%m-%d").to_string() == "02-29";
        if leap_day(period.start()) || leap_day(period.end()) {
            return Ok(());
        }
        if let Ok(after) = period.year_after() {
            prop_assert_eq!(after.kind(), period.kind());
            // As `year_before` says, a range not of whole months may land on
            // whole months (1 February to 28 February of a leap year).
            let lands_on_months = period.kind() == PeriodKind::DateRange
                && whole_months(period).is_none()
                && whole_months(after).is_some();
            if !leap_day(after.end()) && !lands_on_months {
                prop_assert_eq!(after.year_before(), Ok(period));
            }
        }
    }

    #[test]
    fn previous_is_adjacent_and_of_the_same_kind(period in period()) {
        if let Ok(previous) = period.previous() {
            prop_assert_eq!(previous.kind(), period.kind());
            prop_assert_eq!(previous.end().succ_opt(), Some(period.start()));
            prop_assert!(!previous.overlaps(&period));
            // The length of a range: its months if whole months, else its days.
            if matches!(period.kind(), PeriodKind::Day | PeriodKind::DateRange) {
                match whole_months(period) {
                    Some(months) => prop_assert_eq!(whole_months(previous), Some(months)),
                    None => prop_assert_eq!(previous.days(), period.days()),
                }
            }
        } else {
            // Only a period near year 1, at least as long as the time since
            // 0001-01-01, has no previous period.
            prop_assert!(period.first_year() <= period.last_year() - period.first_year() + 2);
        }
    }

    #[test]
    fn year_before_is_one_year_earlier(period in period()) {
        match period.year_before() {
            Ok(before) => {
                prop_assert_eq!(before.kind(), period.kind());
                prop_assert_eq!(before.first_year(), period.first_year() - 1);
                prop_assert_eq!(before.last_year(), period.last_year() - 1);
                prop_assert_eq!(before.start().format("%m-%d").to_string(), period.start().format("%m-%d").to_string());
            }
            Err(err) => {
                let text = err.to_string();
                prop_assert!(
                    period.first_year() == 1
                        || text.ends_with("has no february 29"),
                    "{}", text
                );
            }
        }
    }

    #[test]
    fn overlaps_is_symmetric_and_contains_implies_overlaps(a in period(), b in period()) {
        prop_assert_eq!(a.overlaps(&b), b.overlaps(&a));
        if a.contains(&b) {
            prop_assert!(a.overlaps(&b));
        }
        if a.contains(&b) && b.contains(&a) {
            prop_assert_eq!((a.start(), a.end()), (b.start(), b.end()));
        }
    }

    #[test]
    fn ordering_agrees_with_equality(a in period(), b in period()) {
        prop_assert_eq!(a.cmp(&b) == std::cmp::Ordering::Equal, a == b);
        prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
        let by_days = (a.start(), a.end()).cmp(&(b.start(), b.end()));
        if by_days != std::cmp::Ordering::Equal {
            prop_assert_eq!(a.cmp(&b), by_days);
        }
    }

    #[test]
    fn parsing_any_string_never_panics(text in ".*") {
        let _ = text.parse::<Period>();
    }

    #[test]
    fn parsing_period_like_strings_never_panics(text in "[0-9FYQS/ -]{0,25}") {
        if let Ok(period) = text.parse::<Period>() {
            prop_assert_eq!(period.to_string(), text);
        }
    }

    #[test]
    fn parsing_mutated_periods_never_panics(
        period in period(),
        index in any::<prop::sample::Index>(),
        byte in prop_oneof![Just(b'0'), Just(b'9'), Just(b'/'), Just(b'-'), Just(b'Q'), Just(b'S'), any::<u8>()],
    ) {
        let mut bytes = period.to_string().into_bytes();
        let at = index.index(bytes.len());
        bytes[at] = byte;
        if let Ok(text) = String::from_utf8(bytes)
            && let Ok(parsed) = text.parse::<Period>()
        {
            prop_assert_eq!(parsed.to_string(), text);
        }
    }
}
