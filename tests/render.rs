//! Rendering: the exact canonical text of every unit, qualifier, range,
//! scale boundary and statistic kind, in English and Chinese, and
//! properties that rendering never fails and writes exact numbers.

mod util;

use std::num::NonZeroU32;

use proptest::prelude::*;
use util::{dec, qty, unit};
use workreport::text::{Lang, render, render_statistic};
use workreport::{
    Basis, Change, ChangeMode, Decimal, Direction, Extreme, Magnitude, Metric, Period, Qualifier,
    Quantity, Rank, Record, Statistic, StatisticKind,
};

use Magnitude::{Billion, Million, One, Trillion, Wan, WanYi, Yi};
use Qualifier::{About, AtLeast, AtMost, Exact, LessThan, MoreThan, Nearly, OverSome};

/// Asserts the English and Chinese texts of `q`.
#[track_caller]
fn assert_renders(q: &Quantity, en: &str, zh: &str) {
    assert_eq!(render(q, Lang::En), en, "English of {q}");
    assert_eq!(render(q, Lang::Zh), zh, "Chinese of {q}");
}

/// An exact quantity with no magnitude.
#[track_caller]
fn exact(value: &str, unit_code: &str) -> Quantity {
    qty(value, One, unit_code, Exact)
}

/// A range that the test expects to be valid.
#[track_caller]
fn range(low: &str, high: &str, magnitude: Magnitude, unit_code: &str) -> Quantity {
    Quantity::range(dec(low), dec(high), magnitude, unit(unit_code))
        .unwrap_or_else(|e| panic!("{low}..{high} {magnitude} {unit_code} should be valid: {e}"))
}

/// A statistic that the test expects to be valid.
#[track_caller]
fn stat(kind: StatisticKind, quantity: Option<Quantity>) -> Statistic {
    let metric = Metric::new("a metric").unwrap_or_else(|e| panic!("metric: {e}"));
    Statistic::new(metric, kind.clone(), quantity, "the quote")
        .unwrap_or_else(|e| panic!("{kind:?} should be valid: {e}"))
}

/// Asserts the English and Chinese texts of `s`.
#[track_caller]
fn assert_statistic(s: &Statistic, en: &str, zh: &str) {
    assert_eq!(render_statistic(s, Lang::En), en, "English of {s:?}");
    assert_eq!(render_statistic(s, Lang::Zh), zh, "Chinese of {s:?}");
}

fn change(direction: Direction, basis: Basis, mode: ChangeMode) -> StatisticKind {
    StatisticKind::Change(Change {
        direction,
        basis,
        mode,
    })
}

// ---------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------

#[test]
fn shares_and_multiples() {
    assert_renders(&exact("5.5", "percent"), "5.5%", "5.5%");
    assert_renders(
        &exact("2", "percentage_points"),
        "2 percentage points",
        "2个百分点",
    );
    assert_renders(
        &exact("0.5", "percentage_points"),
        "0.5 percentage points",
        "0.5个百分点",
    );
    assert_renders(&exact("3.2", "per_mille"), "3.2‰", "3.2‰");
    assert_renders(&exact("3", "times"), "3 times", "3倍");
    assert_renders(&exact("1.5", "times"), "1.5 times", "1.5倍");
}

#[test]
fn fractions_are_reduced() {
    assert_renders(&exact("0.125", "fraction"), "1/8", "1/8");
    assert_renders(&exact("0.5", "fraction"), "1/2", "1/2");
    assert_renders(&exact("0.37", "fraction"), "37/100", "37/100");
    assert_renders(&exact("0.75", "fraction"), "3/4", "3/4");
    assert_renders(&exact("0.0625", "fraction"), "1/16", "1/16");
    assert_renders(&exact("2", "fraction"), "2/1", "2/1");
    assert_renders(&exact("1.50", "fraction"), "3/2", "3/2");
    assert_renders(&exact("0", "fraction"), "0/1", "0/1");
    assert_renders(&exact("-0.125", "fraction"), "-1/8", "-1/8");
    // A third and two sevenths, rounded, render as the fractions they
    // stand for, not their 28 decimal places over 10^28.
    let third = exact("0.3333333333333333333333333333", "fraction").with_inexact(true);
    assert_renders(&third, "1/3", "1/3");
    let two_sevenths = exact("0.2857142857142857142857142857", "fraction").with_inexact(true);
    assert_renders(&two_sevenths, "2/7", "2/7");
    // A decimal that no small fraction rounds to keeps its own digits.
    assert_renders(
        &exact("0.1234567", "fraction"),
        "1234567/10000000",
        "1234567/10000000",
    );
}

#[test]
fn currencies() {
    assert_renders(&exact("2179", "CNY"), "2,179 yuan", "2179元");
    assert_renders(&exact("50", "USD"), "US$50", "50美元");
    assert_renders(&qty("100", Yi, "dollar", Exact), "$10 billion", "$100亿");
    assert_renders(&qty("5", Million, "GBP", Exact), "£5 million", "500万英镑");
    assert_renders(&exact("12", "AUD"), "A$12", "12澳元");
    assert_renders(&exact("1500", "INR"), "Rs 1,500", "1500卢比");
    assert_renders(&exact("30", "ZAR"), "R30", "30兰特");
    assert_renders(&qty("5", Yi, "EUR", Exact), "€500 million", "5亿欧元");
    assert_renders(
        &qty("6", Trillion, "PHP", Exact),
        "₱6 trillion",
        "6万亿菲律宾比索",
    );
    assert_renders(
        &qty("725", Billion, "MYR", Exact),
        "RM725 billion",
        "7250亿林吉特",
    );
    // A currency with no sign of its own is written with its code.
    assert_renders(&qty("5", Yi, "JPY", Exact), "500 million JPY", "5亿JPY");
    // Singular forms do not exist for money.
    assert_renders(&exact("1", "CNY"), "1 yuan", "1元");
}

#[test]
fn a_negative_amount_puts_its_minus_before_the_money_sign() {
    // "R-2" reads as no figure, so "between R-2 and R1" read as R1 alone
    // (a crash the parse_phrase fuzz target found).
    assert_renders(&exact("-2", "ZAR"), "-R2", "-2兰特");
    assert_renders(
        &qty("-5", Billion, "dollar", Exact),
        "-$5 billion",
        "-$50亿",
    );
    assert_renders(&exact("-50", "USD"), "-US$50", "-50美元");
    assert_renders(
        &range("-2", "1", One, "ZAR"),
        "between -R2 and R1",
        "-2至1兰特",
    );
    assert_renders(
        &range("-2", "1", One, "dollar"),
        "between -$2 and $1",
        "-$2至$1",
    );
    // A sign after the number keeps the minus before the digits.
    assert_renders(&exact("-3", "percent"), "-3%", "-3%");
}

#[test]
fn counts_with_singular_forms() {
    let cases: &[(&str, &str, &str, &str)] = &[
        ("people", "people", "person", "人"),
        ("jobs", "jobs", "job", "个就业岗位"),
        ("households", "households", "household", "户"),
        ("person_times", "person-times", "person-time", "人次"),
        ("cases", "cases", "case", "起"),
        ("items", "items", "item", "个"),
    ];
    for (code, plural, singular, zh) in cases {
        assert_renders(
            &exact("58", code),
            &format!("58 {plural}"),
            &format!("58{zh}"),
        );
        assert_renders(
            &exact("1", code),
            &format!("1 {singular}"),
            &format!("1{zh}"),
        );
        // Only exactly one is singular.
        assert_renders(
            &exact("1.5", code),
            &format!("1.5 {plural}"),
            &format!("1.5{zh}"),
        );
        assert_renders(&exact("0", code), &format!("0 {plural}"), &format!("0{zh}"));
    }
    // 1.0 is exactly one.
    assert_renders(&exact("1.0", "people"), "1 person", "1人");
}

#[test]
fn other_nouns_are_kept_as_stored() {
    assert_renders(
        &exact("59", "other:business entities"),
        "59 business entities",
        "59个business entities",
    );
    assert_renders(
        &exact("1", "other:business entities"),
        "1 business entities",
        "1个business entities",
    );
    assert_renders(
        &qty("1.2", Wan, "other:sets", OverSome),
        "more than 12,000 sets",
        "1.2万余个sets",
    );
}

#[test]
fn physical_units() {
    let cases: &[(&str, &str, &str)] = &[
        ("tonnes", "12 tonnes", "12吨"),
        ("kg", "12 kg", "12公斤"),
        ("jin", "12 jin", "12斤"),
        ("g", "12 grams", "12克"),
        ("μg", "12 micrograms", "12微克"),
        ("mg", "12 milligrams", "12毫克"),
        ("mu", "12 mu", "12亩"),
        ("hectares", "12 hectares", "12公顷"),
        ("square_km", "12 square kilometres", "12平方公里"),
        ("km", "12 kilometres", "12公里"),
        ("m3", "12 cubic metres", "12立方米"),
        ("kw", "12 kilowatts", "12千瓦"),
    ];
    for (code, en, zh) in cases {
        assert_renders(&exact("12", code), en, zh);
    }
    // These units have no singular form in the canonical text.
    assert_renders(&exact("1", "tonnes"), "1 tonnes", "1吨");
    assert_renders(&exact("1", "times"), "1 times", "1倍");
    assert_renders(&qty("680", Wan, "mu", Exact), "6.8 million mu", "680万亩");
}

#[test]
fn durations() {
    assert_renders(&exact("10", "years"), "10 years", "10年");
    assert_renders(&exact("1", "years"), "1 year", "1年");
    assert_renders(&exact("6", "months"), "6 months", "6个月");
    assert_renders(&exact("1", "months"), "1 month", "1个月");
    assert_renders(&exact("30", "days"), "30 days", "30天");
    assert_renders(&exact("1", "days"), "1 day", "1天");
    // Plain digits: no separators and no scale words.
    assert_renders(&exact("12345", "days"), "12345 days", "12345天");
}

#[test]
fn compound_units() {
    assert_renders(&exact("32", "μg/m3"), "32 μg/m3", "32微克/立方米");
    assert_renders(&exact("1234", "μg/m3"), "1,234 μg/m3", "1234微克/立方米");
    assert_renders(&exact("1.3", "mg/m3"), "1.3 mg/m3", "1.3毫克/立方米");
    assert_renders(
        &exact("1234", "CNY/person"),
        "1,234 yuan per person",
        "1234元/人",
    );
    assert_renders(&exact("1", "CNY/person"), "1 yuan per person", "1元/人");
    assert_renders(
        &exact("50", "USD/household"),
        "US$50 per household",
        "50美元/户",
    );
    assert_renders(
        &qty("4.2", Wan, "CNY/person", About),
        "about 42,000 yuan per person",
        "4.2万元/人左右",
    );
    assert_renders(&exact("0.5", "tonnes/mu"), "0.5 tonnes per mu", "0.5吨/亩");
    assert_renders(&exact("3", "percent/years"), "3% per year", "3%/年");
    assert_renders(
        &exact("2", "people/households"),
        "2 people per household",
        "2人/户",
    );
    assert_renders(
        &exact("1", "people/households"),
        "1 person per household",
        "1人/户",
    );
    assert_renders(
        &qty("27", Yi, "CNY/person", OverSome),
        "more than 2.7 billion yuan per person",
        "27亿余元/人",
    );
}

// ---------------------------------------------------------------------------
// Numbers and scales
// ---------------------------------------------------------------------------

#[test]
fn english_scales_from_a_million() {
    let cases: &[(&str, Magnitude, &str)] = &[
        ("58", One, "58 yuan"),
        ("0.5", One, "0.5 yuan"),
        ("2179", One, "2,179 yuan"),
        ("1234.5", One, "1,234.5 yuan"),
        ("80.3", Wan, "803,000 yuan"),
        ("999999", One, "999,999 yuan"),
        ("999999.99", One, "999,999.99 yuan"),
        ("1000000", One, "1 million yuan"),
        ("1", Million, "1 million yuan"),
        ("5.35", Million, "5.35 million yuan"),
        ("1244", Wan, "12.44 million yuan"),
        ("1200", Wan, "12 million yuan"),
        ("999999999", One, "999.999999 million yuan"),
        ("1000000000", One, "1 billion yuan"),
        ("27", Yi, "2.7 billion yuan"),
        ("999999999999", One, "999.999999999 billion yuan"),
        ("1000000000000", One, "1 trillion yuan"),
        ("1.39", Magnitude::Trillion, "1.39 trillion yuan"),
        ("1.62", WanYi, "1.62 trillion yuan"),
        ("1234", Magnitude::Trillion, "1,234 trillion yuan"),
        ("1000", WanYi, "1,000 trillion yuan"),
        ("3.5", Magnitude::Thousand, "3,500 yuan"),
        (
            "1000000000000000",
            WanYi,
            "1,000,000,000,000,000 trillion yuan",
        ),
    ];
    for (value, magnitude, en) in cases {
        assert_eq!(
            render(&qty(value, *magnitude, "CNY", Exact), Lang::En),
            *en,
            "{value} {magnitude}"
        );
    }
}

#[test]
fn chinese_scales_from_ten_thousand() {
    let cases: &[(&str, Magnitude, &str)] = &[
        ("58", One, "58元"),
        ("2179", One, "2179元"),
        ("9999", One, "9999元"),
        ("9999.5", One, "9999.5元"),
        ("10000", One, "1万元"),
        ("1", Wan, "1万元"),
        ("803000", One, "80.3万元"),
        ("12000000", One, "1200万元"),
        ("5.35", Million, "535万元"),
        ("99999999", One, "9999.9999万元"),
        ("100000000", One, "1亿元"),
        ("2.7", Billion, "27亿元"),
        ("999999999999", One, "9999.99999999亿元"),
        ("1000000000000", One, "1万亿元"),
        ("1.62", WanYi, "1.62万亿元"),
        ("1.39", Magnitude::Trillion, "1.39万亿元"),
        ("1000000000000000", WanYi, "1000000000000000万亿元"),
        ("0.25", One, "0.25元"),
    ];
    for (value, magnitude, zh) in cases {
        assert_eq!(
            render(&qty(value, *magnitude, "CNY", Exact), Lang::Zh),
            *zh,
            "{value} {magnitude}"
        );
    }
}

#[test]
fn plain_units_take_no_separators_or_scales() {
    assert_renders(&exact("1234567", "percent"), "1234567%", "1234567%");
    assert_renders(&exact("10000", "times"), "10000 times", "10000倍");
    assert_renders(
        &qty("2", Wan, "percentage_points", Exact),
        "20000 percentage points",
        "20000个百分点",
    );
    assert_renders(&exact("1234.5", "per_mille"), "1234.5‰", "1234.5‰");
}

#[test]
fn values_are_normalized() {
    assert_renders(&exact("5.0", "percent"), "5%", "5%");
    assert_renders(&exact("5.50", "percent"), "5.5%", "5.5%");
    assert_renders(&exact("0.000001", "percent"), "0.000001%", "0.000001%");
    assert_renders(&exact("0", "CNY"), "0 yuan", "0元");
    assert_renders(&exact("-0", "percent"), "0%", "0%");
    assert_renders(
        &exact("0.0000000000000000000000000001", "CNY"),
        "0.0000000000000000000000000001 yuan",
        "0.0000000000000000000000000001元",
    );
    assert_renders(
        &qty("1.0000001", Yi, "CNY", Exact),
        "100.00001 million yuan",
        "1.0000001亿元",
    );
}

#[test]
fn negative_values_keep_their_sign() {
    assert_renders(&exact("-5.5", "percent"), "-5.5%", "-5.5%");
    assert_renders(&exact("-2179", "CNY"), "-2,179 yuan", "-2179元");
    assert_renders(&exact("-999999", "CNY"), "-999,999 yuan", "-99.9999万元");
    assert_renders(
        &qty("-3", Million, "people", Exact),
        "-3 million people",
        "-300万人",
    );
    assert_renders(
        &qty("-27", Yi, "CNY", Exact),
        "-2.7 billion yuan",
        "-27亿元",
    );
    assert_renders(&exact("-1", "people"), "-1 people", "-1人");
    assert_renders(&exact("-5", "USD"), "-US$5", "-5美元");
    assert_renders(
        &exact("-0.5", "percentage_points"),
        "-0.5 percentage points",
        "-0.5个百分点",
    );
}

// ---------------------------------------------------------------------------
// Qualifiers
// ---------------------------------------------------------------------------

#[test]
fn every_qualifier_on_27_yi_yuan() {
    let cases: &[(Qualifier, &str, &str)] = &[
        (Exact, "2.7 billion yuan", "27亿元"),
        (About, "about 2.7 billion yuan", "27亿元左右"),
        (AtLeast, "at least 2.7 billion yuan", "27亿元以上"),
        (MoreThan, "more than 2.7 billion yuan", "超过27亿元"),
        (OverSome, "more than 2.7 billion yuan", "27亿余元"),
        (Nearly, "nearly 2.7 billion yuan", "近27亿元"),
        (AtMost, "at most 2.7 billion yuan", "不超过27亿元"),
        (LessThan, "less than 2.7 billion yuan", "不足27亿元"),
    ];
    for (qualifier, en, zh) in cases {
        assert_renders(&qty("27", Yi, "CNY", *qualifier), en, zh);
    }
}

#[test]
fn every_qualifier_on_a_percent() {
    let cases: &[(Qualifier, &str, &str)] = &[
        (Exact, "5.5%", "5.5%"),
        (About, "about 5.5%", "5.5%左右"),
        (AtLeast, "at least 5.5%", "5.5%以上"),
        (MoreThan, "more than 5.5%", "超过5.5%"),
        (OverSome, "more than 5.5%", "5.5余%"),
        (Nearly, "nearly 5.5%", "近5.5%"),
        (AtMost, "at most 5.5%", "不超过5.5%"),
        (LessThan, "less than 5.5%", "不足5.5%"),
    ];
    for (qualifier, en, zh) in cases {
        assert_renders(&qty("5.5", One, "percent", *qualifier), en, zh);
    }
}

#[test]
fn every_qualifier_on_a_prefixed_currency() {
    let cases: &[(Qualifier, &str, &str)] = &[
        (Exact, "US$2 billion", "20亿美元"),
        (About, "about US$2 billion", "20亿美元左右"),
        (AtLeast, "at least US$2 billion", "20亿美元以上"),
        (MoreThan, "more than US$2 billion", "超过20亿美元"),
        (OverSome, "more than US$2 billion", "20亿余美元"),
        (Nearly, "nearly US$2 billion", "近20亿美元"),
        (AtMost, "at most US$2 billion", "不超过20亿美元"),
        (LessThan, "less than US$2 billion", "不足20亿美元"),
    ];
    for (qualifier, en, zh) in cases {
        assert_renders(&qty("2", Billion, "USD", *qualifier), en, zh);
    }
    assert_renders(
        &qty("100", Yi, "dollar", OverSome),
        "more than $10 billion",
        "$100亿余",
    );
    assert_renders(
        &qty("100", Yi, "dollar", About),
        "about $10 billion",
        "$100亿左右",
    );
}

#[test]
fn qualifiers_from_the_reports() {
    assert_renders(
        &qty("1200", Wan, "people", AtLeast),
        "at least 12 million people",
        "1200万人以上",
    );
    assert_renders(
        &qty("15", Wan, "people", AtLeast),
        "at least 150,000 people",
        "15万人以上",
    );
    assert_renders(
        &qty("1200", Wan, "people", About),
        "about 12 million people",
        "1200万人左右",
    );
    assert_renders(
        &qty("8000", One, "items", OverSome),
        "more than 8,000 items",
        "8000余个",
    );
    assert_renders(
        &qty("30", One, "percent", OverSome),
        "more than 30%",
        "30余%",
    );
    assert_renders(
        &qty("80.3", Wan, "items", OverSome),
        "more than 803,000 items",
        "80.3万余个",
    );
    assert_renders(
        &qty("5.35", Million, "people", MoreThan),
        "more than 5.35 million people",
        "超过535万人",
    );
    assert_renders(&qty("1", One, "people", Nearly), "nearly 1 person", "近1人");
    assert_renders(
        &qty("2", One, "percentage_points", AtMost),
        "at most 2 percentage points",
        "不超过2个百分点",
    );
    assert_renders(
        &qty("1", Wan, "cases", LessThan),
        "less than 10,000 cases",
        "不足1万起",
    );
}

#[test]
fn inexact_renders_like_exact() {
    let q = qty("0.125", One, "fraction", About);
    assert_renders(&q.clone().with_inexact(true), "about 1/8", "1/8左右");
    assert_renders(&q, "about 1/8", "1/8左右");
    let q = qty("27", Yi, "CNY", OverSome).with_inexact(true);
    assert_renders(&q, "more than 2.7 billion yuan", "27亿余元");
}

// ---------------------------------------------------------------------------
// Ranges
// ---------------------------------------------------------------------------

#[test]
fn ranges_put_signs_on_both_ends_and_words_after_the_high_end() {
    assert_renders(
        &range("4.5", "5", One, "percent"),
        "between 4.5% and 5%",
        "4.5%至5%",
    );
    assert_renders(
        &range("1", "2", One, "per_mille"),
        "between 1‰ and 2‰",
        "1‰至2‰",
    );
    assert_renders(
        &range("100", "150", Wan, "people"),
        "between 1 million and 1.5 million people",
        "100万至150万人",
    );
    assert_renders(
        &range("1", "1.5", Wan, "people"),
        "between 10,000 and 15,000 people",
        "1万至1.5万人",
    );
    assert_renders(
        &range("1", "2", Billion, "USD"),
        "between US$1 billion and US$2 billion",
        "10亿至20亿美元",
    );
    assert_renders(
        &range("10", "20", Yi, "dollar"),
        "between $1 billion and $2 billion",
        "$10亿至$20亿",
    );
    assert_renders(
        &range("5", "6", One, "percentage_points"),
        "between 5 and 6 percentage points",
        "5至6个百分点",
    );
    assert_renders(
        &range("27", "28", Yi, "CNY"),
        "between 2.7 billion and 2.8 billion yuan",
        "27亿至28亿元",
    );
    assert_renders(
        &range("0.125", "0.25", One, "fraction"),
        "between 1/8 and 1/4",
        "1/8至1/4",
    );
    assert_renders(
        &range("2", "3", One, "times"),
        "between 2 and 3 times",
        "2至3倍",
    );
    assert_renders(
        &range("3", "5", One, "years"),
        "between 3 and 5 years",
        "3至5年",
    );
}

#[test]
fn range_ends_share_one_scale() {
    // Both ends take the scale of the larger one: "3至4万" reads as 3万 to
    // 4万, and "between 3 and 4 million" as 3 million to 4 million.
    assert_renders(
        &range("999999", "1000000", One, "CNY"),
        "between 0.999999 million and 1 million yuan",
        "99.9999万至100万元",
    );
    assert_renders(
        &range("9999", "10000", One, "people"),
        "between 9,999 and 10,000 people",
        "0.9999万至1万人",
    );
    assert_renders(
        &range("0.9", "1.2", WanYi, "CNY"),
        "between 0.9 trillion and 1.2 trillion yuan",
        "0.9万亿至1.2万亿元",
    );
}

#[test]
fn range_words_agree_with_the_high_end() {
    assert_renders(
        &range("0", "1", One, "percentage_points"),
        "between 0 and 1 percentage point",
        "0至1个百分点",
    );
    assert_renders(
        &range("1", "2", One, "people"),
        "between 1 and 2 people",
        "1至2人",
    );
    assert_renders(
        &range("1", "1", One, "years"),
        "between 1 and 1 year",
        "1至1年",
    );
}

#[test]
fn compound_ranges() {
    assert_renders(
        &range("1000", "1234", One, "CNY/person"),
        "between 1,000 and 1,234 yuan per person",
        "1000至1234元/人",
    );
    assert_renders(
        &range("50", "60", One, "USD/household"),
        "between US$50 and US$60 per household",
        "50至60美元/户",
    );
    assert_renders(
        &range("30", "35", One, "μg/m3"),
        "between 30 and 35 μg/m3",
        "30至35微克/立方米",
    );
    assert_renders(
        &range("1", "2", One, "percent/years"),
        "between 1% and 2% per year",
        "1%至2%/年",
    );
}

#[test]
fn negative_ranges() {
    assert_renders(
        &range("-1.5", "-0.5", One, "percent"),
        "between -1.5% and -0.5%",
        "-1.5%至-0.5%",
    );
    assert_renders(
        &range("-2", "3", Million, "CNY"),
        "between -2 million and 3 million yuan",
        "-200万至300万元",
    );
}

// ---------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------

#[test]
fn unreadable_statistics_render_their_quote() {
    let metric = Metric::new("economic losses recovered").unwrap_or_else(|e| panic!("{e}"));
    let quote = "recover direct economic losses2More than 700 million yuan";
    let s = Statistic::unreadable(metric.clone(), StatisticKind::Amount, quote)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_statistic(&s, quote, quote);
    let rank = StatisticKind::Rank(Rank {
        position: None,
        top: false,
        among: Some("provinces".into()),
    });
    let s = Statistic::unreadable(metric.clone(), rank, "ranked No.in the province")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_statistic(&s, "ranked No.in the province", "ranked No.in the province");
    let kind = change(Direction::Up, Basis::YearOnYear, ChangeMode::Relative);
    let s = Statistic::unreadable(metric, kind, "同比增长9.2 %%").unwrap_or_else(|e| panic!("{e}"));
    assert_statistic(&s, "同比增长9.2 %%", "同比增长9.2 %%");
}

#[test]
fn plain_kinds_render_their_quantity() {
    let s = stat(StatisticKind::Count, Some(exact("58", "cases")));
    assert_statistic(&s, "58 cases", "58起");
    let s = stat(StatisticKind::Amount, Some(qty("27", Yi, "CNY", OverSome)));
    assert_statistic(&s, "more than 2.7 billion yuan", "27亿余元");
    let s = stat(StatisticKind::Rate, Some(exact("99.7", "percent")));
    assert_statistic(&s, "99.7%", "99.7%");
    let s = stat(StatisticKind::Ratio, Some(exact("0.125", "fraction")));
    assert_statistic(&s, "1/8", "1/8");
    let s = stat(StatisticKind::Ratio, Some(qty("2", One, "times", About)));
    assert_statistic(&s, "about 2 times", "2倍左右");
}

#[test]
fn changes_on_every_basis() {
    let pct = || Some(exact("9.2", "percent"));
    let baseline: Period = "2020".parse().unwrap_or_else(|e| panic!("{e}"));
    let cases: Vec<(Basis, &str, &str)> = vec![
        (Basis::YearOnYear, "down 9.2% year on year", "同比下降9.2%"),
        (
            Basis::PreviousPeriod,
            "down 9.2% from the previous period",
            "环比下降9.2%",
        ),
        (
            Basis::Projection,
            "down 9.2% on the projection",
            "比预期下降9.2%",
        ),
        (
            Basis::Baseline(baseline),
            "down 9.2% from 2020",
            "比2020下降9.2%",
        ),
        (Basis::Unstated, "down 9.2%", "下降9.2%"),
    ];
    for (basis, en, zh) in cases {
        let s = stat(change(Direction::Down, basis, ChangeMode::Relative), pct());
        assert_statistic(&s, en, zh);
    }
    let s = stat(
        change(Direction::Up, Basis::YearOnYear, ChangeMode::Relative),
        pct(),
    );
    assert_statistic(&s, "up 9.2% year on year", "同比增长9.2%");
}

#[test]
fn changes_with_units_and_qualifiers() {
    let s = stat(
        change(Direction::Down, Basis::Projection, ChangeMode::Absolute),
        Some(exact("0.1", "percentage_points")),
    );
    assert_statistic(
        &s,
        "down 0.1 percentage points on the projection",
        "比预期下降0.1个百分点",
    );
    let s = stat(
        change(Direction::Up, Basis::Unstated, ChangeMode::Absolute),
        Some(qty("1.1", WanYi, "CNY", Exact)),
    );
    assert_statistic(&s, "up 1.1 trillion yuan", "增长1.1万亿元");
    let s = stat(
        change(Direction::Up, Basis::Unstated, ChangeMode::Relative),
        Some(qty("5", One, "percent", About)),
    );
    assert_statistic(&s, "up about 5%", "增长5%左右");
    let baseline: Period = "2020".parse().unwrap_or_else(|e| panic!("{e}"));
    let s = stat(
        change(
            Direction::Up,
            Basis::Baseline(baseline),
            ChangeMode::Relative,
        ),
        Some(exact("3", "percent")),
    );
    assert_statistic(&s, "up 3% from 2020", "比2020增长3%");
    let s = stat(
        change(Direction::Up, Basis::YearOnYear, ChangeMode::Relative),
        Some(exact("1", "times")),
    );
    assert_statistic(&s, "up 1 times year on year", "同比增长1倍");
    let s = stat(
        change(Direction::Up, Basis::YearOnYear, ChangeMode::Relative),
        Some(range("4.5", "5", One, "percent")),
    );
    assert_statistic(
        &s,
        "up between 4.5% and 5% year on year",
        "同比增长4.5%至5%",
    );
    let half: Period = "2023-S1".parse().unwrap_or_else(|e| panic!("{e}"));
    let s = stat(
        change(Direction::Down, Basis::Baseline(half), ChangeMode::Absolute),
        Some(qty("3", Wan, "people", OverSome)),
    );
    assert_statistic(
        &s,
        "down more than 30,000 people from 2023-S1",
        "比2023-S1下降3万余人",
    );
}

#[test]
fn flat_changes() {
    let s = stat(
        change(Direction::Flat, Basis::YearOnYear, ChangeMode::Relative),
        Some(exact("0", "percent")),
    );
    assert_statistic(&s, "unchanged year on year", "同比持平");
    let s = stat(
        change(Direction::Flat, Basis::PreviousPeriod, ChangeMode::Relative),
        None,
    );
    assert_statistic(&s, "unchanged from the previous period", "环比持平");
    let s = stat(
        change(Direction::Flat, Basis::Unstated, ChangeMode::Relative),
        None,
    );
    assert_statistic(&s, "unchanged", "持平");
}

#[test]
fn changes_without_a_quantity() {
    let s = stat(
        change(Direction::Down, Basis::YearOnYear, ChangeMode::Relative),
        None,
    );
    assert_statistic(&s, "down year on year", "同比负增长");
    let s = stat(
        change(Direction::Up, Basis::YearOnYear, ChangeMode::Relative),
        None,
    );
    assert_statistic(&s, "up year on year", "同比增长");
    let s = stat(
        change(Direction::Up, Basis::Unstated, ChangeMode::Relative),
        None,
    );
    assert_statistic(&s, "up", "增长");
    let s = stat(
        change(Direction::Down, Basis::Projection, ChangeMode::Absolute),
        None,
    );
    assert_statistic(&s, "down on the projection", "比预期负增长");
}

#[test]
fn ranks() {
    let rank = |position: u32, among: &str| {
        StatisticKind::Rank(Rank {
            position: NonZeroU32::new(position),
            top: false,
            among: Some(among.into()),
        })
    };
    let s = stat(rank(3, "全省21个市州"), None);
    assert_statistic(&s, "ranked No. 3 among 全省21个市州", "居全省21个市州第3");
    let s = stat(rank(1, "provinces of China"), None);
    assert_statistic(
        &s,
        "ranked No. 1 among provinces of China",
        "居provinces of China第1",
    );
    // A place within the top three: the bound, said as such.
    let top = StatisticKind::Rank(Rank {
        position: NonZeroU32::new(3),
        top: true,
        among: Some("全国".into()),
    });
    assert_statistic(
        &stat(top, None),
        "ranked among the top 3 among 全国",
        "居全国前3位",
    );
}

#[test]
fn records() {
    let record = |extreme| StatisticKind::Record(Record { extreme });
    let s = stat(record(Extreme::Low), Some(exact("10", "years")));
    assert_statistic(&s, "a 10-year low", "创10年来新低");
    let s = stat(record(Extreme::High), Some(exact("10", "years")));
    assert_statistic(&s, "a 10-year high", "创10年来新高");
    let s = stat(record(Extreme::High), Some(exact("6", "months")));
    assert_statistic(&s, "a 6-month high", "创6个月来新高");
    let s = stat(record(Extreme::Low), Some(exact("30", "days")));
    assert_statistic(&s, "a 30-day low", "创30天来新低");
    let s = stat(record(Extreme::High), None);
    assert_statistic(&s, "a record high", "创历史新高");
    let s = stat(record(Extreme::Low), None);
    assert_statistic(&s, "a record low", "创历史新低");
    // The window is written with its expanded number only.
    let s = stat(
        record(Extreme::High),
        Some(qty("20", One, "years", OverSome)),
    );
    assert_statistic(&s, "a 20-year high", "创20年来新高");
}

#[test]
fn streaks() {
    let cases: &[(&str, &str, &str, &str)] = &[
        ("10", "years", "for 10 consecutive years", "连续10年"),
        ("1", "years", "for 1 consecutive year", "连续1年"),
        ("6", "months", "for 6 consecutive months", "连续6个月"),
        ("1", "months", "for 1 consecutive month", "连续1个月"),
        ("30", "days", "for 30 consecutive days", "连续30天"),
        ("1", "days", "for 1 consecutive day", "连续1天"),
        ("1000", "days", "for 1000 consecutive days", "连续1000天"),
    ];
    for (value, code, en, zh) in cases {
        let s = stat(StatisticKind::Streak, Some(exact(value, code)));
        assert_statistic(&s, en, zh);
    }
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/// The numbers written in `text`: maximal runs of an optional `-`, a digit,
/// and digits, `,` and `.`, with the text that follows each.
fn numbers(text: &str) -> Vec<(String, &str)> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let (before, from) = rest.split_at(start);
        let end = from
            .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .unwrap_or(from.len());
        let (token, after) = from.split_at(end);
        let sign = if before.ends_with('-') { "-" } else { "" };
        found.push((format!("{sign}{token}"), after));
        rest = after;
    }
    found
}

/// Reads the number at the start of one of `numbers`' findings back: a
/// fraction "a/b", or digits with an English or Chinese scale word.
fn read_back(token: &str, after: &str, fraction: bool, lang: Lang) -> Option<Decimal> {
    let digits: String = token.chars().filter(|c| *c != ',').collect();
    let value: Decimal = digits.parse().ok()?;
    if fraction {
        let den = after.strip_prefix('/')?;
        let den: String = den.chars().take_while(char::is_ascii_digit).collect();
        let den: Decimal = den.parse().ok()?;
        return value.checked_div(den);
    }
    let scales: &[(&str, i64)] = match lang {
        Lang::En => &[
            (" trillion", 1_000_000_000_000),
            (" billion", 1_000_000_000),
            (" million", 1_000_000),
        ],
        _ => &[
            ("万亿", 1_000_000_000_000),
            ("亿", 100_000_000),
            ("万", 10_000),
        ],
    };
    let factor = scales
        .iter()
        .find(|(word, _)| after.starts_with(word))
        .map_or(Decimal::ONE, |(_, f)| Decimal::from(*f));
    value.checked_mul(factor)
}

/// Whether a digit is followed by an exponent: "2.7e9", "1E+3".
fn has_exponent(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(2)
        .any(|w| w[0].is_ascii_digit() && matches!(w[1], 'e' | 'E'))
}

fn is_fraction(q: &Quantity) -> bool {
    q.unit() == &workreport::Unit::Fraction
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn rendering_never_fails_and_writes_exact_numbers(q in workreport::proptest::quantity()) {
        for lang in [Lang::En, Lang::Zh] {
            let text = render(&q, lang);
            prop_assert!(!text.trim().is_empty(), "empty text for {}", q);
            prop_assert!(!has_exponent(&text) && !text.contains("NaN"), "{:?}", text);
            let found = numbers(&text);
            let wanted = if q.qualifier() == Qualifier::Range { 2 } else { 1 };
            prop_assert!(found.len() >= wanted, "{:?} has too few numbers", text);
            for (token, _) in &found {
                if let Some((_, decimals)) = token.split_once('.') {
                    prop_assert!(!decimals.ends_with('0'), "{:?} has a trailing zero", text);
                    prop_assert!(decimals.len() <= 28, "{:?} has float-like decimals", text);
                }
            }
            // The written numbers read back to the exact expanded values.
            let fraction = is_fraction(&q);
            let (token, after) = &found[0];
            prop_assert_eq!(read_back(token, after, fraction, lang), Some(q.expanded()), "{:?}", text);
            if let Some(high) = q.expanded_high() {
                let step = if fraction { 2 } else { 1 };
                let (token, after) = &found[step];
                prop_assert_eq!(read_back(token, after, fraction, lang), Some(high), "{:?}", text);
            }
        }
    }

    #[test]
    fn statistics_always_render(s in workreport::proptest::statistic()) {
        for lang in [Lang::En, Lang::Zh] {
            let text = render_statistic(&s, lang);
            prop_assert!(!text.trim().is_empty(), "empty text for {:?}", s);
            if s.is_unreadable() {
                prop_assert_eq!(text, s.quote());
            } else {
                prop_assert!(!has_exponent(&text) && !text.contains("NaN"), "{:?}", text);
            }
        }
    }

    #[test]
    fn rendering_is_unchanged_by_the_inexact_flag(q in workreport::proptest::quantity()) {
        let marked = q.clone().with_inexact(true);
        prop_assert_eq!(render(&q, Lang::En), render(&marked, Lang::En));
        prop_assert_eq!(render(&q, Lang::Zh), render(&marked, Lang::Zh));
    }
}

#[test]
fn a_rank_with_no_field_says_none() {
    let s = workreport::Statistic::new(
        workreport::Metric::new("m").unwrap(),
        workreport::StatisticKind::Rank(workreport::Rank {
            position: std::num::NonZeroU32::new(3),
            top: false,
            among: None,
        }),
        None,
        "ranked No. 3",
    )
    .unwrap();
    assert_eq!(render_statistic(&s, Lang::En), "ranked No. 3");
    assert_eq!(render_statistic(&s, Lang::Zh), "居第3");
    // And it reads back with no field.
    let r = workreport::text::parse("ranked No. 3", None).unwrap();
    assert_eq!(r.rank.unwrap().among, None);
}
