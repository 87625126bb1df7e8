//! The phrase reader on the shapes issue 3 lists, read exactly, and on
//! hostile input, never panicking.

use proptest::prelude::*;
use workreport::text::{Lang, parse};
use workreport::{Error, Extreme};

/// (text, value, high, unit, qualifier, change): the reading, as FORMATS.md
/// writes it (`value` expanded; a rank's value is its position).
type Row<'a> = (
    &'a str,
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    &'a str,
    &'a str,
);

#[track_caller]
fn check(rows: &[Row<'_>]) {
    let mut wrong = Vec::new();
    for &(text, value, high, unit, qualifier, change) in rows {
        let r = match parse(text, None) {
            Ok(r) => r,
            Err(e) => {
                wrong.push(format!("{text}: {e}"));
                continue;
            }
        };
        let q = r.quantity.as_ref();
        let got = (
            r.value().map(|v| v.normalize().to_string()),
            q.and_then(|q| q.expanded_high())
                .map(|h| h.normalize().to_string()),
            q.map(|q| q.unit().to_string()),
            q.map_or("exact", |q| q.qualifier().code()),
            r.change_code(),
        );
        let want = (
            Some(value.to_owned()),
            high.map(str::to_owned),
            unit.map(str::to_owned),
            qualifier,
            change,
        );
        if got != want {
            wrong.push(format!("{text}: read {got:?}, want {want:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} read wrongly:\n{}",
        wrong.len(),
        rows.len(),
        wrong.join("\n")
    );
}

#[test]
fn digits_separators_and_full_width_forms() {
    check(&[
        (
            "2,179 people",
            "2179",
            None,
            Some("people"),
            "exact",
            "none",
        ),
        (
            "105 000 additional households",
            "105000",
            None,
            Some("households"),
            "exact",
            "up",
        ),
        ("１２％", "12", None, Some("percent"), "exact", "none"),
        (
            "增长１２．５％，",
            "12.5",
            None,
            Some("percent"),
            "exact",
            "up",
        ),
        (
            "recovered 1,234,567.89 yuan",
            "1234567.89",
            None,
            Some("CNY"),
            "exact",
            "none",
        ),
    ]);
}

#[test]
fn chinese_numerals_and_mixed_forms() {
    check(&[
        ("一万五千人", "15000", None, Some("people"), "exact", "none"),
        (
            "二十万亿元",
            "20000000000000",
            None,
            Some("CNY"),
            "exact",
            "none",
        ),
        ("两百名", "200", None, Some("people"), "exact", "none"),
        // A unit that starts with a numeral's character after 亿: 千瓦 is
        // the unit, not more of the number (proptest found it).
        (
            "三千五百二十三亿千瓦",
            "352300000000",
            None,
            Some("kw"),
            "exact",
            "none",
        ),
        (
            "三亿五千万人",
            "350000000",
            None,
            Some("people"),
            "exact",
            "none",
        ),
        ("兩萬人", "20000", None, Some("people"), "exact", "none"),
        (
            "一千零五户",
            "1005",
            None,
            Some("households"),
            "exact",
            "none",
        ),
        ("27亿元", "2700000000", None, Some("CNY"), "exact", "none"),
        ("80.3万件", "803000", None, Some("items"), "exact", "none"),
        (
            "1.62万亿元",
            "1620000000000",
            None,
            Some("CNY"),
            "exact",
            "none",
        ),
        (
            "1,100.9亿元",
            "110090000000",
            None,
            Some("CNY"),
            "exact",
            "none",
        ),
        (
            "投资总额突破千亿元",
            "100000000000",
            None,
            Some("CNY"),
            "more_than",
            "none",
        ),
    ]);
}

#[test]
fn english_number_words_and_fractions() {
    check(&[
        ("four cases", "4", None, Some("cases"), "exact", "none"),
        (
            "at four per cent",
            "4",
            None,
            Some("percent"),
            "exact",
            "none",
        ),
        (
            "twenty-three new projects",
            "23",
            None,
            Some("other:projects"),
            "exact",
            "none",
        ),
        (
            "a million people",
            "1000000",
            None,
            Some("people"),
            "exact",
            "none",
        ),
        (
            "1/8 of the police force",
            "0.125",
            None,
            Some("fraction"),
            "exact",
            "none",
        ),
        ("八分之一", "0.125", None, Some("fraction"), "exact", "none"),
        ("3¾ percent", "3.75", None, Some("percent"), "exact", "none"),
        (
            "nearly half of the households",
            "0.5",
            None,
            Some("fraction"),
            "nearly",
            "none",
        ),
    ]);
    // One third does not terminate in decimal: rounded and marked inexact.
    let q = parse("one third of the police", None)
        .unwrap()
        .quantity
        .unwrap();
    assert!(q.is_inexact());
    assert_eq!(q.unit().to_string(), "fraction");
    assert_eq!(q.expanded().to_string(), "0.3333333333333333333333333333");
}

#[test]
fn qualifiers_before_and_after_in_both_languages() {
    check(&[
        (
            "more than 5.35 million people",
            "5350000",
            None,
            Some("people"),
            "more_than",
            "none",
        ),
        (
            "over US$3 trillion",
            "3000000000000",
            None,
            Some("USD"),
            "more_than",
            "none",
        ),
        (
            "at least 75%",
            "75",
            None,
            Some("percent"),
            "at_least",
            "none",
        ),
        (
            "95% or more",
            "95",
            None,
            Some("percent"),
            "at_least",
            "none",
        ),
        (
            "nearly 30 percent",
            "30",
            None,
            Some("percent"),
            "nearly",
            "none",
        ),
        (
            "about 120 million hectares",
            "120000000",
            None,
            Some("hectares"),
            "about",
            "none",
        ),
        (
            "up to 15 per cent",
            "15",
            None,
            Some("percent"),
            "at_most",
            "none",
        ),
        (
            "less than 3%",
            "3",
            None,
            Some("percent"),
            "less_than",
            "none",
        ),
        (
            "15万人以上",
            "150000",
            None,
            Some("people"),
            "at_least",
            "none",
        ),
        (
            "超过126万亿元",
            "126000000000000",
            None,
            Some("CNY"),
            "more_than",
            "none",
        ),
        (
            "逾300亿元",
            "30000000000",
            None,
            Some("CNY"),
            "more_than",
            "none",
        ),
        (
            "27亿余元",
            "2700000000",
            None,
            Some("CNY"),
            "over_some",
            "none",
        ),
        (
            "740多万人",
            "7400000",
            None,
            Some("people"),
            "over_some",
            "none",
        ),
        ("近40%", "40", None, Some("percent"), "nearly", "none"),
        (
            "约4600亿元",
            "460000000000",
            None,
            Some("CNY"),
            "about",
            "none",
        ),
        (
            "1200万人左右",
            "12000000",
            None,
            Some("people"),
            "about",
            "none",
        ),
        ("不超过3%", "3", None, Some("percent"), "at_most", "none"),
        ("不足5%", "5", None, Some("percent"), "less_than", "none"),
        ("3%以内", "3", None, Some("percent"), "at_most", "none"),
    ]);
}

#[test]
fn ranges() {
    check(&[
        ("5-6%", "5", Some("6"), Some("percent"), "range", "none"),
        (
            "4.5% to 5%",
            "4.5",
            Some("5"),
            Some("percent"),
            "range",
            "none",
        ),
        (
            "between 4.5 percent and 5 percent",
            "4.5",
            Some("5"),
            Some("percent"),
            "range",
            "none",
        ),
        (
            "between 3 and 4 million people",
            "3000000",
            Some("4000000"),
            Some("people"),
            "range",
            "none",
        ),
        ("增长5%至6%", "5", Some("6"), Some("percent"), "range", "up"),
        ("5%~6%", "5", Some("6"), Some("percent"), "range", "none"),
        (
            "3至4万人",
            "30000",
            Some("40000"),
            Some("people"),
            "range",
            "none",
        ),
        (
            "1万至1.5万人",
            "10000",
            Some("15000"),
            Some("people"),
            "range",
            "none",
        ),
    ]);
}

#[test]
fn percent_points_multiples_and_tenths() {
    check(&[
        (
            "up 0.2 percentage points",
            "0.2",
            None,
            Some("percentage_points"),
            "exact",
            "up",
        ),
        (
            "增长0.2个百分点",
            "0.2",
            None,
            Some("percentage_points"),
            "exact",
            "up",
        ),
        ("百分之五", "5", None, Some("percent"), "exact", "none"),
        ("5‰", "5", None, Some("per_mille"), "exact", "none"),
        // A change by a multiple is a change in percent, as 翻一番 is:
        // 增长1.5倍 is up 150%.
        ("增长1.5倍", "150", None, Some("percent"), "exact", "up"),
        ("增长一倍", "100", None, Some("percent"), "exact", "up"),
        ("翻了两番", "300", None, Some("percent"), "exact", "up"),
        ("翻一番", "100", None, Some("percent"), "exact", "up"),
        ("GDP doubled", "100", None, Some("percent"), "exact", "up"),
        ("costs halved", "50", None, Some("percent"), "exact", "down"),
        ("七成", "70", None, Some("percent"), "exact", "none"),
    ]);
}

#[test]
fn units_classifiers_and_money() {
    check(&[
        (
            "10万人次",
            "100000",
            None,
            Some("person_times"),
            "exact",
            "none",
        ),
        ("58起", "58", None, Some("cases"), "exact", "none"),
        ("559个", "559", None, Some("items"), "exact", "none"),
        (
            "帮助195个离散家庭",
            "195",
            None,
            Some("other:离散家庭"),
            "exact",
            "none",
        ),
        ("1000万千瓦", "10000000", None, Some("kw"), "exact", "none"),
        ("32微克/立方米", "32", None, Some("μg/m3"), "exact", "none"),
        (
            "175亿美元",
            "17500000000",
            None,
            Some("USD"),
            "exact",
            "none",
        ),
        (
            "1243亿元人民币",
            "124300000000",
            None,
            Some("CNY"),
            "exact",
            "none",
        ),
        (
            "US$5 billion",
            "5000000000",
            None,
            Some("USD"),
            "exact",
            "none",
        ),
        (
            "$5 billion",
            "5000000000",
            None,
            Some("dollar"),
            "exact",
            "none",
        ),
        (
            "£2.4 billion",
            "2400000000",
            None,
            Some("GBP"),
            "exact",
            "none",
        ),
        (
            "A$3 billion",
            "3000000000",
            None,
            Some("AUD"),
            "exact",
            "none",
        ),
        ("Rs 500", "500", None, Some("INR"), "exact", "none"),
        (
            "R388.9 billion",
            "388900000000",
            None,
            Some("ZAR"),
            "exact",
            "none",
        ),
        (
            "RMB 20 billion",
            "20000000000",
            None,
            Some("CNY"),
            "exact",
            "none",
        ),
        (
            "1.4 trillion yuan",
            "1400000000000",
            None,
            Some("CNY"),
            "exact",
            "none",
        ),
        (
            "more than 20 million new business entities",
            "20000000",
            None,
            Some("other:business entities"),
            "more_than",
            "none",
        ),
        (
            "1,234 yuan per person",
            "1234",
            None,
            Some("CNY/person"),
            "exact",
            "none",
        ),
    ]);
}

#[test]
fn changes_and_their_basis() {
    check(&[
        (
            "decreased 9.2% year on year",
            "9.2",
            None,
            Some("percent"),
            "exact",
            "down",
        ),
        ("grew 5%", "5", None, Some("percent"), "exact", "up"),
        ("rose 3 percent", "3", None, Some("percent"), "exact", "up"),
        ("higher by 2%", "2", None, Some("percent"), "exact", "up"),
        (
            "cut by 3 percent",
            "3",
            None,
            Some("percent"),
            "exact",
            "down",
        ),
        (
            "$152 billion lower",
            "152000000000",
            None,
            Some("dollar"),
            "exact",
            "down",
        ),
        ("下降3%", "3", None, Some("percent"), "exact", "down"),
        (
            "比上年增加1.1万亿元",
            "1100000000000",
            None,
            Some("CNY"),
            "exact",
            "up",
        ),
        (
            "增加到121万亿元",
            "121000000000000",
            None,
            Some("CNY"),
            "exact",
            "none",
        ),
        (
            "Government revenue increased to 20.4 trillion yuan",
            "20400000000000",
            None,
            Some("CNY"),
            "exact",
            "none",
        ),
        (
            "300 billion yuan more than last year",
            "300000000000",
            None,
            Some("CNY"),
            "exact",
            "up",
        ),
    ]);
    let r = parse("同比下降9.2%", None).unwrap();
    let c = r.change.unwrap();
    assert_eq!(
        (c.direction.code(), c.basis.code(), c.mode.code()),
        ("down", "year_on_year", "relative")
    );
    let r = parse("down 0.1 percentage points", None).unwrap();
    assert_eq!(r.change.unwrap().mode.code(), "absolute");
    // Changes stated with no size.
    for (text, direction) in [
        ("负增长", "down"),
        ("与上年持平", "flat"),
        ("同比增长", "up"),
    ] {
        let r = parse(text, None).unwrap();
        assert_eq!(
            (r.quantity.is_none(), r.change_code()),
            (true, direction),
            "{text}"
        );
    }
}

#[test]
fn ranks_records_and_streaks() {
    let rank = |t: &str| {
        parse(t, None)
            .unwrap()
            .rank
            .unwrap_or_else(|| panic!("{t}: no rank"))
    };
    assert_eq!(
        rank("ranking first in the country")
            .position
            .map(|p| p.get()),
        Some(1)
    );
    assert_eq!(
        rank("ranking first in the country").among.as_deref(),
        Some("the country")
    );
    assert_eq!(rank("ranked No. 3").position.map(|p| p.get()), Some(3));
    // No field stated, none made up.
    assert_eq!(rank("ranked No. 3").among, None);
    assert_eq!(
        rank("ranked No. 3 among 21 cities").among.as_deref(),
        Some("21 cities")
    );
    assert_eq!(rank("居全国第1").among.as_deref(), Some("全国"));
    assert_eq!(rank("排名第2").among, None);
    assert_eq!(rank("全省第一").position.map(|p| p.get()), Some(1));
    for (text, extreme, window) in [
        ("a 10-year low", Extreme::Low, Some("10")),
        ("创10年来新低", Extreme::Low, Some("10")),
        ("record high", Extreme::High, None),
        ("再创历史新高", Extreme::High, None),
    ] {
        let r = parse(text, None).unwrap();
        assert_eq!(r.record.map(|x| x.extreme), Some(extreme), "{text}");
        assert_eq!(
            r.quantity.map(|q| q.expanded().to_string()).as_deref(),
            window,
            "{text}"
        );
    }
    for (text, n) in [
        ("for 23 consecutive years", "23"),
        ("连续23年", "23"),
        ("连续八年回升", "8"),
        ("the 16th bumper year in a row", "16"),
        ("for two years in a row", "2"),
    ] {
        let r = parse(text, None).unwrap();
        assert!(r.streak, "{text}");
        assert_eq!(
            r.value().map(|v| v.to_string()).as_deref(),
            Some(n),
            "{text}"
        );
        assert_eq!(r.quantity.unwrap().unit().to_string(), "years");
    }
}

#[test]
fn the_figure_is_the_one_the_clause_is_about() {
    check(&[
        (
            "in FY 2023 revenue rose 5%",
            "5",
            None,
            Some("percent"),
            "exact",
            "up",
        ),
        (
            "We are expecting a deficit of $28.3 billion in 2024-25",
            "28300000000",
            None,
            Some("dollar"),
            "exact",
            "none",
        ),
        (
            "a surplus of $413 million for the 2023/24 financial year",
            "413000000",
            None,
            Some("dollar"),
            "exact",
            "none",
        ),
        (
            "2023年城镇新增就业1244万人",
            "12440000",
            None,
            Some("people"),
            "exact",
            "none",
        ),
        (
            "PM2.5浓度下降10%",
            "10",
            None,
            Some("percent"),
            "exact",
            "down",
        ),
        (
            "规模以上工业增加值增长6%",
            "6",
            None,
            Some("percent"),
            "exact",
            "up",
        ),
        (
            "近五年累计新增就业500万人",
            "5000000",
            None,
            Some("people"),
            "exact",
            "none",
        ),
        ("其余300人", "300", None, Some("people"), "exact", "none"),
        (
            "多个项目完成投资50亿元",
            "5000000000",
            None,
            Some("CNY"),
            "exact",
            "none",
        ),
        (
            "第31届大运会接待10万人次",
            "100000",
            None,
            Some("person_times"),
            "exact",
            "none",
        ),
        (
            "每万人口拥有医生30名",
            "30",
            None,
            Some("people"),
            "exact",
            "none",
        ),
        (
            "the “1357” strategy produced 40 projects",
            "40",
            None,
            Some("other:projects"),
            "exact",
            "none",
        ),
        (
            "“十四五”时期新增就业5000万人",
            "50000000",
            None,
            Some("people"),
            "exact",
            "none",
        ),
        (
            "地级及以上城市细颗粒物浓度下降2.7%",
            "2.7",
            None,
            Some("percent"),
            "exact",
            "down",
        ),
    ]);
}

#[test]
fn damaged_clauses_are_refused_with_the_position() {
    let at = |t: &str| match parse(t, None) {
        Err(Error::Text { at, message }) => (message, at),
        other => panic!("{t}: expected an error, got {other:?}"),
    };
    assert_eq!(
        at("mediate all kinds of contradictions and disputes80More than 30,000 pieces"),
        ("cannot read \"mediate all kinds of contradictions and disputes80More than 30,000 pieces\": a number glued to a word".into(), 48)
    );
    assert_eq!(at("losses2More than 700 million yuan").1, 6);
    assert_eq!(
        at("the province's 1 8 police force"),
        ("cannot read \"the province's 1 8 police force\": two numbers in a row with nothing between them".into(), 17)
    );
    assert_eq!(at("").1, 0);
    assert_eq!(
        at("no figure here"),
        (
            "cannot read \"no figure here\": no figure in the clause".into(),
            14
        )
    );
    assert_eq!(
        at("99999999999999999999999999999999 people").0,
        "cannot read \"99999999999999999999999999999999 people\": a number with more digits than a decimal holds (28)"
    );
    assert_eq!(
        at("10000000000000000 trillion yuan").0,
        "cannot read \"10000000000000000 trillion yuan\": a value too large to hold"
    );
}

#[test]
fn hostile_input_is_refused_or_read_in_bounded_time() {
    let hyphens = "-".repeat(10_000);
    assert!(parse(&hyphens, None).is_err());
    let digits = "9".repeat(10_000);
    assert!(parse(&digits, None).is_err());
    let words = "one ".repeat(5_000);
    let _ = parse(&words, None);
    let mixed = "增长5%，".repeat(2_000);
    assert!(parse(&mixed, None).is_ok());
    for text in [
        "\0",
        "\u{FEFF}5%",
        "٥٠%",
        "५०%",
        "$",
        "%",
        "1/0",
        "八分之零",
        "翻百番",
        "¾",
        "R",
        "Rs",
        "No. 0",
        "第0",
    ] {
        let _ = parse(text, None);
    }
    assert!(parse("1/0 of the force", None).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn never_panics_on_any_text(s in "\\PC{0,80}") {
        let _ = parse(&s, None);
        let _ = parse(&s, Some(Lang::En));
        let _ = parse(&s, Some(Lang::Zh));
    }

    #[test]
    fn never_panics_on_report_like_text(s in "[0-9０-９.,，%％ 万亿千百十一二两三五零多余约超近以上左右至~\\-/a-zA-Z$£]{0,40}") {
        let _ = parse(&s, None);
    }

    #[test]
    fn errors_point_inside_the_text(s in "\\PC{0,60}") {
        if let Err(Error::Text { at, .. }) = parse(&s, None) {
            prop_assert!(at <= s.chars().count());
        }
    }
}

/// Two figures in one clause: a change and the level it reached, or a
/// change of level from one figure to another. The reading is the first
/// figure, or the level reached with where it started; never a range whose
/// ends are in two units.
#[test]
fn two_figure_phrases() {
    use workreport::text::parse;
    let read = |text: &str| {
        let r = parse(text, None).unwrap_or_else(|e| panic!("{text}: {e}"));
        let q = r.quantity.clone().unwrap();
        (
            q.expanded().to_string(),
            q.unit().to_string(),
            q.qualifier().to_string(),
            r.change_code().to_owned(),
            r.from.map(|f| f.expanded().to_string()),
        )
    };
    let t = |v: &str, u: &str, q: &str, c: &str, from: Option<&str>| {
        (
            v.to_owned(),
            u.to_owned(),
            q.to_owned(),
            c.to_owned(),
            from.map(str::to_owned),
        )
    };
    // A change and the level it reached: the change comes first.
    assert_eq!(
        read("GDP grew by 5.2 per cent to 126 trillion yuan"),
        t("5.2", "percent", "exact", "up", None)
    );
    assert_eq!(
        read("rose by 4 per cent to 58 billion dollars"),
        t("4", "percent", "exact", "up", None)
    );
    assert_eq!(
        read("exports rose 7.1% to $3.58 trillion"),
        t("7.1", "percent", "exact", "up", None)
    );
    assert_eq!(
        read("增长5%至126万亿元"),
        t("5", "percent", "exact", "up", None)
    );
    // A change of level: the level reached, its direction, where it started.
    assert_eq!(
        read("rose from 58 to 87"),
        t("87", "items", "exact", "up", Some("58"))
    );
    assert_eq!(
        read("fell from 87 to 58 cases"),
        t("58", "cases", "exact", "down", Some("87"))
    );
    assert_eq!(
        read("increased from 5.2% to 5.5%"),
        t("5.5", "percent", "exact", "up", Some("5.2"))
    );
    assert_eq!(
        read("increased from 5.2 to 5.5 million"),
        t("5500000", "items", "exact", "up", Some("5200000"))
    );
    assert_eq!(
        read("由58万户增加到87万户"),
        t("870000", "households", "exact", "up", Some("580000"))
    );
    assert_eq!(
        read("从5.2%提高到5.5%"),
        t("5.5", "percent", "exact", "up", Some("5.2"))
    );
    // Ranges where no verb of change governs, or a change's own range.
    assert_eq!(read("between 58 and 87").2, "range");
    assert_eq!(read("58 to 87 per cent").2, "range");
    assert_eq!(read("ages from 18 to 60").2, "range");
    assert_eq!(read("economic growth of 4.5% to 5%").2, "range");
    // A verb the figures contradict is refused.
    let err = parse("rose from 87 to 58", None).unwrap_err().to_string();
    assert!(err.contains("the other way from its verb"), "{err}");
}

/// Clauses from real reports that are not in the phrase corpus, read as a
/// person reads them. Each source is named; the readings were reasoned by
/// hand from the clause.
#[test]
fn real_clauses_not_in_the_corpus() {
    use workreport::text::parse;
    /// A clause, and its value, unit, qualifier, change and from.
    type Case<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str, Option<&'a str>);
    let cases: &[Case] = &[
        // Hong Kong, Budget Speech 2011-12, paragraph 183,
        // https://budget.gov.hk/2011/eng/budget71.html
        (
            "Fiscal reserves are estimated at approximately $697.7 billion by end-March 2016",
            "697700000000",
            "dollar",
            "about",
            "none",
            None,
        ),
        (
            "representing about 30 per cent of our GDP",
            "30",
            "percent",
            "about",
            "none",
            None,
        ),
        // The year span 2012-15 is no figure.
        (
            "the annual average growth rate will be four per cent in real terms for the period 2012-15",
            "4",
            "percent",
            "exact",
            "none",
            None,
        ),
        // Tasmania, 2014-15 Budget Speech,
        // https://readkong.com/page/2014-15-budget-speech-keeping-our-promises-laying-5020132
        (
            "This year's forecast deficit of $285 million is an improvement of $40 million from the $325 million estimated",
            "285000000",
            "dollar",
            "exact",
            "none",
            None,
        ),
        // 政府工作报告 2016 (十三五 targets), as reported at
        // http://010baizhang.com/news/2016-03/05/content_37943587.htm
        (
            "劳动年龄人口平均受教育年限从10.23年提高到10.8年",
            "10.8",
            "years",
            "exact",
            "up",
            Some("10.23"),
        ),
        (
            "城镇棚户区住房改造2000万套",
            "20000000",
            "items",
            "exact",
            "none",
            None,
        ),
        // 政府工作报告 2023, as reported at
        // https://xjnnet.com/baoliao/2023-03-06/137706.html
        (
            "我国国内生产总值增加到121万亿元",
            "121000000000000",
            "CNY",
            "exact",
            "none",
            None,
        ),
        (
            "十年增加近70万亿元",
            "70000000000000",
            "CNY",
            "nearly",
            "up",
            None,
        ),
        (
            "城镇新增就业年均1270多万人",
            "12700000",
            "people",
            "over_some",
            "none",
            None,
        ),
    ];
    for (text, value, unit, qualifier, change, from) in cases {
        let r = parse(text, None).unwrap_or_else(|e| panic!("{text}: {e}"));
        let q = r
            .quantity
            .as_ref()
            .unwrap_or_else(|| panic!("{text}: no quantity"));
        assert_eq!(
            (
                q.expanded().to_string(),
                q.unit().to_string(),
                q.qualifier().to_string(),
                r.change_code(),
                r.from.as_ref().map(|f| f.expanded().to_string())
            ),
            (
                (*value).to_owned(),
                (*unit).to_owned(),
                (*qualifier).to_owned(),
                *change,
                from.map(str::to_owned)
            ),
            "{text}"
        );
    }
}

/// Every Chinese qualifier and word of change written just before a
/// figure, each word once, with what it means read by hand: a word whose
/// last character no other test uses is found as surely as 超过 or 增长.
#[test]
fn every_chinese_qualifier_and_change_word_before_a_figure() {
    let qualifiers: &[(&str, &str)] = &[
        ("超额完成", "more_than"),
        ("跃上", "at_least"),
        ("迈上", "at_least"),
        ("站上", "at_least"),
        ("不超过", "at_most"),
        ("不少于", "at_least"),
        ("不低于", "at_least"),
        ("不高于", "at_most"),
        ("超过", "more_than"),
        ("突破", "more_than"),
        ("跨越", "more_than"),
        ("跨过", "more_than"),
        ("迈过", "more_than"),
        ("越过", "more_than"),
        ("高于", "more_than"),
        ("多于", "more_than"),
        ("将近", "nearly"),
        ("接近", "nearly"),
        ("约合", "about"),
        ("大约", "about"),
        ("至少", "at_least"),
        ("最多", "at_most"),
        ("不足", "less_than"),
        ("不到", "less_than"),
        ("低于", "less_than"),
        ("少于", "less_than"),
        ("逾", "more_than"),
        ("超", "more_than"),
        ("近", "nearly"),
        ("约", "about"),
    ];
    let changes: &[(&str, &str)] = &[
        ("增长", "up"),
        ("增加", "up"),
        ("上升", "up"),
        ("提高", "up"),
        ("上涨", "up"),
        ("涨幅", "up"),
        ("增幅", "up"),
        ("回升", "up"),
        ("扩大", "up"),
        ("下降", "down"),
        ("降低", "down"),
        ("减少", "down"),
        ("下跌", "down"),
        ("回落", "down"),
        ("降幅", "down"),
        ("缩小", "down"),
        ("净增", "up"),
        ("净减", "down"),
        ("提升", "up"),
        ("增产", "up"),
        ("减产", "down"),
        ("增收", "up"),
        ("减收", "down"),
        ("上调", "up"),
        ("下调", "down"),
        ("上修", "up"),
        ("下修", "down"),
        ("压减", "down"),
        ("精简", "down"),
        ("压缩", "down"),
        ("削减", "down"),
        ("缩减", "down"),
        ("缩短", "down"),
        ("增", "up"),
        ("涨", "up"),
        ("跃升", "up"),
        ("攀升", "up"),
        ("抬升", "up"),
        ("降", "down"),
        ("减", "down"),
    ];
    let texts: Vec<(String, &str, &str)> = qualifiers
        .iter()
        .map(|&(word, q)| (format!("{word}30%"), q, "none"))
        .chain(
            changes
                .iter()
                .map(|&(word, dir)| (format!("{word}30%"), "exact", dir)),
        )
        .collect();
    let rows: Vec<Row> = texts
        .iter()
        .map(|(text, q, dir)| (text.as_str(), "30", None, Some("percent"), *q, *dir))
        .collect();
    check(&rows);
}
