//! Classes of running text the document reader (`text::figures`) must read
//! right: text spaced out by a PDF or a web page, dates and spans of months
//! that are not figures, ranks said without a number, numbered parts of a
//! document, and "more"/"fewer" before a counted noun. Every expected value
//! is worked by hand or built from the test's own tables.

use workreport::text::{Found, figures};

/// The figures of `text`, each as (its words, its expanded value or "-",
/// its unit or "-", its change code); a refusal fails the test.
fn read(text: &str) -> Vec<(String, String, String, String)> {
    figures(text, None)
        .map(|f| f.unwrap_or_else(|r| panic!("{text:?}: refused at {}: {}", r.at, r.error)))
        .map(|f: Found| {
            let q = f.reading.quantity.as_ref();
            (
                text[f.span.clone()].to_owned(),
                q.map_or("-".into(), |q| q.expanded().to_string()),
                q.map_or("-".into(), |q| q.unit().to_string()),
                f.reading.change_code().to_owned(),
            )
        })
        .collect()
}

fn one(words: &str, value: &str, unit: &str, change: &str) -> (String, String, String, String) {
    (words.into(), value.into(), unit.into(), change.into())
}

#[test]
fn chinese_text_spaced_out_reads_whole() {
    // 5.9 × 10^12 yuan; 12.44 × 10^4 people; 5 × 10^3 people.
    assert_eq!(
        read("全市生产总值达 5.9 万亿元，增长 5.2 %。"),
        [
            one("5.9 万亿元", "5900000000000", "CNY", "none"),
            one("增长 5.2 %", "5.2", "percent", "up"),
        ]
    );
    assert_eq!(
        read("城镇新增就业 12.44 万 人。"),
        [one("12.44 万 人", "124400", "people", "none")]
    );
    // The spaced 千 multiplies the digits before it; it is no number of its own.
    assert_eq!(
        read("培训 5 千人。"),
        [one("5 千人", "5000", "people", "none")]
    );
    // Spaced or not, a figure reads the same: a space after the digits and
    // after the magnitude changes nothing but the words' length.
    for (number, rest) in [
        ("5", "项改革"),
        ("3.5", "万户"),
        ("1.2", "千亿元"),
        ("740", "多万人"),
        ("99.7", "%"),
    ] {
        let tight = read(&format!("完成{number}{rest}。"));
        let spaced = read(&format!("完成 {number} {rest}。"));
        let unspace = |v: Vec<(String, String, String, String)>| {
            v.into_iter()
                .map(|(w, v, u, c)| (w.replace(' ', ""), v, u, c))
                .collect::<Vec<_>>()
        };
        assert_eq!(unspace(spaced), tight, "{number} {rest}");
        assert_eq!(tight.len(), 1, "{number}{rest}");
    }
}

#[test]
fn months_days_and_spans_of_months_are_not_figures() {
    for month in 1..=12 {
        for day in [1, 9, 10, 28, 31] {
            let text = format!("2024年{month}月{day}日，全市完成投资5亿元。");
            assert_eq!(
                read(&text),
                [one("5亿元", "500000000", "CNY", "none")],
                "{text}"
            );
        }
        let text = format!("1—{month}月，规上工业增加值增长6%。");
        assert_eq!(read(&text), [one("增长6%", "6", "percent", "up")], "{text}");
        let text = format!("{month}月份，出口增长3%。");
        assert_eq!(read(&text), [one("增长3%", "3", "percent", "up")], "{text}");
    }
    // A year and a date written digit by digit.
    assert_eq!(read("二〇二四年三月五日，大会开幕。"), []);
    // Thirteen is no month: 13月 is not a date, so it stays a figure.
    assert_eq!(read("共13个月"), [one("13个月", "13", "months", "none")]);
    // A duration after which a word of time follows is a period.
    assert_eq!(
        read("5个月内完成20个项目。"),
        [one("20个项目", "20", "other:项目", "none")]
    );
}

#[test]
fn a_first_place_said_without_a_number_is_a_rank() {
    for (text, among) in [
        ("增速居全省首位。", Some("全省")),
        ("粮食产量位居全国首位。", Some("全国")),
        ("排名首位。", None),
    ] {
        let found: Vec<Found> = figures(text, None).map(Result::unwrap).collect();
        assert_eq!(found.len(), 1, "{text}");
        let rank = found[0].reading.rank.as_ref().expect("a rank");
        assert_eq!(rank.position.map(|p| p.get()), Some(1), "{text}");
        assert_eq!(rank.among.as_deref(), among, "{text}");
        assert_eq!(&text[found[0].span.clone()], "首位");
    }
    // 首位度 (primacy) is no rank and holds no figure.
    assert_eq!(read("城市首位度明显提升。"), []);
}

#[test]
fn numbered_parts_of_a_document_are_not_figures() {
    const PARTS: &[&str] = &[
        "section",
        "Section",
        "article",
        "part",
        "chapter",
        "paragraph",
        "schedule",
        "clause",
        "table",
        "Figure",
        "annex",
        "page",
    ];
    for part in PARTS {
        let text = format!("Under {part} 22, the Government will spend $5 billion.");
        assert_eq!(
            read(&text),
            [one("$5 billion", "5000000000", "dollar", "none")],
            "{text}"
        );
    }
    // A unit after the number makes it a figure again.
    assert_eq!(
        read("The figure 5 percent is high."),
        [one("5 percent", "5", "percent", "none")]
    );
}

#[test]
fn more_and_fewer_before_a_counted_noun_are_a_change() {
    assert_eq!(
        read("The economy added 35,000 more jobs."),
        [one("35,000 more jobs", "35000", "jobs", "up")]
    );
    assert_eq!(
        read("There were 120 fewer deaths on the roads."),
        [one("120 fewer deaths", "120", "other:deaths", "down")]
    );
}
