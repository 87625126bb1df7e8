//! Classes of running text the document reader (`text::figures`) must read
//! right: text spaced out by a PDF or a web page, dates and spans of months
//! that are not figures, ranks said without a number, numbered parts of a
//! document, and "more"/"fewer" before a counted noun. Every expected value
//! is worked by hand or built from the test's own tables.

use workreport::text::{Found, figures};

/// The figures of `text`, each as (its words, its expanded value or "-",
/// its unit or "-", its change code); a refusal fails the test.
fn read(text: &str) -> Vec<(String, String, String, String)> {
    found(text)
        .into_iter()
        .map(|f| {
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

/// Every figure of `text`; a refusal fails the test.
fn found(text: &str) -> Vec<Found> {
    figures(text, None)
        .map(|f| f.unwrap_or_else(|r| panic!("{text:?}: refused at {}: {}", r.at, r.error)))
        .collect()
}

/// The qualifier code of each figure of `text`.
fn qualifiers(text: &str) -> Vec<String> {
    found(text)
        .iter()
        .map(|f| {
            f.reading
                .quantity
                .as_ref()
                .map_or("-".into(), |q| q.qualifier().to_string())
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
    // Days listed after the first of their month are days too; a number
    // of days after a word is none of them.
    for text in [
        "8月12日、26日，共破案5起。",
        "8月12日至15日，共破案5起。",
        "3月5日、6日和7日，共破案5起。",
        "三月五日—七日，共破案5起。",
    ] {
        assert_eq!(read(text), [one("5起", "5", "cases", "none")], "{text}");
    }
    let words = |text: &str| -> Vec<String> { read(text).into_iter().map(|r| r.0).collect() };
    assert_eq!(words("8月12日，工作5日。"), ["5"]);
    // With no month before them, 12日 and 26日 are not taken for days.
    assert_eq!(words("去年12日、26日两起"), ["12", "26", "两起"]);
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
        let found: Vec<Found> = found(text);
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

#[test]
fn comparisons_are_changes() {
    for (text, words, value, unit, change) in [
        (
            "Receipts went up by 5.4 per cent.",
            "up by 5.4 per cent",
            "5.4",
            "percent",
            "up",
        ),
        (
            "Debt is down by nearly £18 billion.",
            "down by nearly £18 billion",
            "18000000000",
            "GBP",
            "down",
        ),
        (
            "It made a £1,600 million cut.",
            "£1,600 million",
            "1600000000",
            "GBP",
            "down",
        ),
        (
            "improving the Budget by $207 billion",
            "$207 billion",
            "207000000000",
            "dollar",
            "up",
        ),
        (
            "the balance worsened by $3 billion",
            "worsened by $3 billion",
            "3000000000",
            "dollar",
            "down",
        ),
        ("亩产提升10.1斤。", "提升10.1斤", "10.1", "jin/mu", "up"),
        ("粮食增产74亿斤。", "增产74亿斤", "7400000000", "jin", "up"),
        (
            "全年净增1.2万户。",
            "净增1.2万户",
            "12000",
            "households",
            "up",
        ),
        (
            "收入比全国高0.5个百分点。",
            "0.5个百分点",
            "0.5",
            "percentage_points",
            "up",
        ),
        (
            "增速高于全国0.5个百分点。",
            "0.5个百分点",
            "0.5",
            "percentage_points",
            "up",
        ),
        (
            "增速低于全省1.2个百分点。",
            "1.2个百分点",
            "1.2",
            "percentage_points",
            "down",
        ),
        ("就业比上年多5万人。", "5万人", "50000", "people", "up"),
    ] {
        assert_eq!(read(text), [one(words, value, unit, change)], "{text}");
    }
    // Right before the number, 高于 is "above": a level, more than 5%.
    let found: Vec<Found> = found("增速高于5%。");
    assert_eq!(found[0].reading.change_code(), "none");
    assert_eq!(
        found[0]
            .reading
            .quantity
            .as_ref()
            .unwrap()
            .qualifier()
            .to_string(),
        "more_than"
    );
    // "cut" before a noun is an adjective, no change.
    assert_eq!(
        read("500 cut flowers"),
        [one("500 cut flowers", "500", "other:cut flowers", "none")]
    );
}

#[test]
fn qualifiers_in_running_text_are_read() {
    for (text, qualifier) in [
        ("Debt is down by nearly £18 billion.", "nearly"),
        (
            "net debt would exceed 60 per cent of GDP by the early 2020s",
            "more_than",
        ),
        ("tax relief upto Rs2 lakh", "at_most"),
        (
            "China's 2025 deficit ratio is set to be around 4%.",
            "about",
        ),
        (
            "Expenses will drop below 31 per cent of GDP - down from 35 per cent.",
            "less_than",
        ),
        ("超额完成10%。", "more_than"),
    ] {
        assert_eq!(qualifiers(text), [qualifier], "{text}");
    }
}

#[test]
fn a_level_reached_is_at_least_that_level() {
    for (text, value) in [
        ("地区生产总值跃上5000亿元新台阶。", "500000000000"),
        ("经济总量迈上1万亿元台阶。", "1000000000000"),
    ] {
        let found: Vec<Found> = found(text);
        assert_eq!(found.len(), 1, "{text}");
        let q = found[0].reading.quantity.as_ref().unwrap();
        assert_eq!(
            (q.expanded().to_string(), q.qualifier().to_string()),
            (value.into(), "at_least".into())
        );
    }
}

#[test]
fn a_change_with_no_size_is_no_figure() {
    assert_eq!(read("经济持续增长。"), []);
    assert_eq!(read("同比下降。"), []);
    // No change at all, and a record, are.
    assert_eq!(read("同比持平。"), [one("同比持平", "-", "-", "flat")]);
    let record = found("创历史新高。");
    assert_eq!(record.len(), 1);
    assert_eq!(
        record[0].reading.record.map(|r| r.extreme),
        Some(workreport::Extreme::High)
    );
    let low = found("降至历史新低。");
    assert_eq!(
        low.iter()
            .map(|f| f.reading.record.map(|r| r.extreme))
            .collect::<Vec<_>>(),
        [Some(workreport::Extreme::Low)]
    );
}

#[test]
fn years_decades_and_dates_glued_or_not_are_not_figures() {
    assert_eq!(read("Read the Budget 2012 speech here."), []);
    assert_eq!(
        read("China's 2025 deficit ratio is set to be around 4%."),
        [one("around 4%", "4", "percent", "none")]
    );
    assert_eq!(
        read("net debt would exceed 60 per cent of GDP by the early 2020s"),
        [one("exceed 60 per cent", "60", "percent", "none")]
    );
    assert_eq!(read("as in the 1990s and the 80s"), []);
    // A span of years before a noun, or before the rest of the clause.
    for text in [
        "The 2019 to 2020 budget is balanced.",
        "the 2019 and 2020 budgets",
        "Between 2015 and 2020 we hired nurses.",
    ] {
        assert_eq!(read(text), [], "{text}");
    }
    // A plural counted by the high end, with no determiner, makes both ends
    // counts: a range of nurses, no span of years.
    let text = "Staff rose to between 1950 and 2000 nurses.";
    let ranges: Vec<_> = found(text)
        .into_iter()
        .map(|f| {
            let q = f.reading.quantity.expect("a quantity");
            (
                text[f.span].to_owned(),
                q.value().to_string(),
                q.high().map(|h| h.to_string()),
            )
        })
        .collect();
    assert_eq!(
        ranges,
        [(
            "between 1950 and 2000 nurses".to_owned(),
            "1950".to_owned(),
            Some("2000".to_owned())
        )]
    );
    assert_eq!(
        read("March31, revenue reached $5 billion"),
        [one("$5 billion", "5000000000", "dollar", "none")]
    );
    // Grouped, or before a unit of measure, four digits are a count.
    assert_eq!(
        read("It cracked 2010 cases."),
        [one("2010 cases", "2010", "cases", "none")]
    );
    assert_eq!(
        read("We hired 2,012 teachers."),
        [one("2,012 teachers", "2012", "other:teachers", "none")]
    );
    // Fiscal years and runs of years; a run takes a dash, so with a slash
    // only the next year (or a month) follows: 2011/20 is 2011 twentieths.
    assert_eq!(read("in 2023/24, over 2018-20 and in 2023/12"), []);
    assert_eq!(
        read("2011/20"),
        [one("2011/20", "100.55", "fraction", "none")]
    );
    // A duration before "ago" is a period.
    assert_eq!(read("as it was just two years ago"), []);
}

#[test]
fn one_as_an_article_is_no_count() {
    assert_eq!(read("one of the largest cuts"), []);
    assert_eq!(read("it swaps one type of asset for another"), []);
    assert_eq!(read("on one hand"), []);
    assert_eq!(
        read("We built one bridge."),
        [one("one bridge", "1", "other:bridge", "none")]
    );
}

#[test]
fn down_from_names_where_the_figure_before_started() {
    let text = "Expenses will drop below 31 per cent of GDP - down from 35 per cent two years ago.";
    let found: Vec<Found> = found(text);
    assert_eq!(found.len(), 1);
    let r = &found[0].reading;
    assert_eq!(&text[found[0].span.clone()], "drop below 31 per cent");
    assert_eq!(r.change_code(), "down");
    assert_eq!(
        r.from.as_ref().map(|q| q.expanded().to_string()),
        Some("35".into())
    );
}

#[test]
fn notes_slogans_and_phrases_that_only_look_like_figures() {
    // A note's number after a word, and a number inside a short quoted
    // phrase, are no figures.
    assert_eq!(
        read("全面落实“三高四新”[1]战略定位，全力抓好“两个统筹”[2]。"),
        []
    );
    assert_eq!(
        read("全市R&D[3]经费占比达2.33%。"),
        [one("2.33%", "2.33", "percent", "none")]
    );
    // 保持平稳 is "keeping steady", not 持平 (no change).
    assert_eq!(read("经济保持平稳增长。"), []);
    // 的一年: "a year in which", a period.
    assert_eq!(read("这是全市发展迈出新步伐的一年。"), []);
    // A classifier before a long run of words counts items: the run is the
    // rest of the sentence, not a noun.
    assert_eq!(
        read("两项工作获国务院督查激励。"),
        [one("两项", "2", "items", "none")]
    );
    // English words after a classifier that start a basis or name a unit
    // are no noun: "2 year on year" would read back as 2 years.
    let units: Vec<String> = figures("增长2个year on year", None)
        .filter_map(Result::ok)
        .filter_map(|f| f.reading.quantity.map(|q| q.unit().to_string()))
        .collect();
    assert!(
        !units.iter().any(|u| u.starts_with("other:year")),
        "{units:?}"
    );
}

#[test]
fn per_capita_money_is_money_per_person() {
    assert_eq!(
        read("农民人均纯收入8675元。"),
        [one("8675元", "8675", "CNY/person", "none")]
    );
    // Without 人均, money is money.
    assert_eq!(
        read("财政收入8675元。"),
        [one("8675元", "8675", "CNY", "none")]
    );
}

#[test]
fn indian_upto_and_verbs_with_objects() {
    assert_eq!(
        read("tax relief upto Rs2 lakh"),
        [one("upto Rs2 lakh", "200000", "INR", "none")]
    );
    // "raise" changes the figure after "by", not one inside its object.
    assert_eq!(
        read("We raise the upper limit of the 20 per cent tax slab"),
        [one("20 per cent", "20", "percent", "none")]
    );
    assert_eq!(
        read("We raise the limit by 20 per cent"),
        [one("20 per cent", "20", "percent", "up")]
    );
}

#[test]
fn money_signs_of_more_currencies_and_glued_scales() {
    // ₱ and P before an amount are pesos; RM ringgit; € euros. 6.352 ×
    // 10^12, 5.7 × 10^12, 1,065 × 10^9.
    assert_eq!(
        read("a budget of ₱6.352 trillion, spending of P5.7 trillion"),
        [
            one("₱6.352 trillion", "6352000000000", "PHP", "none"),
            one("P5.7 trillion", "5700000000000", "PHP", "none"),
        ]
    );
    assert_eq!(
        read("debt stands at RM1,065 billion"),
        [one("RM1,065 billion", "1065000000000", "MYR", "none")]
    );
    // A lone P before a number with no scale and no grouping is a name.
    assert_eq!(read("the P5 countries met"), []);
    // Four digits after a money sign are an amount, whatever their value;
    // a bare 2016 after "in" stays a year.
    assert_eq!(
        read("a grant of $1916 in 2016, and £2016 each"),
        [
            one("$1916", "1916", "dollar", "none"),
            one("£2016", "2016", "GBP", "none"),
        ]
    );
    // "m" and "k" glued to an amount of money are million and thousand:
    // 160 × 10^6, 20 × 10^6, 50 × 10^3.
    assert_eq!(
        read("£160m for schools; €20m for roads; $50k each"),
        [
            one("£160m", "160000000", "GBP", "none"),
            one("€20m", "20000000", "EUR", "none"),
            one("$50k", "50000", "dollar", "none"),
        ]
    );
}

#[test]
fn money_signs_and_codes_of_the_commonwealth_and_iso_codes() {
    // Signs by the currency they name: KSh and Kshs. Kenyan shillings,
    // GH¢ cedis, HK$ and NZ$ dollars, Rs. rupees with its point, N before
    // an amount naira. 3.2 × 10^9, 2.5 × 10^9, 1,500, 5 × 10^9, 7 × 10^6,
    // 31,000, 96.7 × 10^9.
    assert_eq!(
        read("KSh 3.2 billion; GH¢2.5 billion; Kshs. 1,500 each"),
        [
            one("KSh 3.2 billion", "3200000000", "KES", "none"),
            one("GH¢2.5 billion", "2500000000", "GHS", "none"),
            one("Kshs. 1,500", "1500", "KES", "none"),
        ]
    );
    assert_eq!(
        read("HK$5 billion and NZ$7 million"),
        [
            one("HK$5 billion", "5000000000", "HKD", "none"),
            one("NZ$7 million", "7000000", "NZD", "none"),
        ]
    );
    assert_eq!(
        read("a pension of Rs.31,000 and N96.7 billion in revenue"),
        [
            one("Rs.31,000", "31000", "INR", "none"),
            one("N96.7 billion", "96700000000", "NGN", "none"),
        ]
    );
    // An ISO code in capitals before or after the amount is its currency,
    // not a count of items.
    assert_eq!(
        read("a loan of USD 3 million and grants of 5 billion EUR"),
        [
            one("USD 3 million", "3000000", "USD", "none"),
            one("5 billion EUR", "5000000000", "EUR", "none"),
        ]
    );
    // N before a number with no scale and no grouping is a name, and COP26
    // names a conference, not Colombian pesos.
    assert_eq!(read("N95 masks were bought"), []);
    assert_eq!(read("at COP26 we pledged"), []);
}

#[test]
fn the_level_a_change_started_from_or_holds_at_is_a_level() {
    // "increased from 18 cents" names where the rate started, not a rise
    // of 18 cents; "unchanged at 19.5 cents" the level that holds.
    assert_eq!(
        read("The rate remains unchanged at 19.5 cents, which was increased from 18 cents."),
        [
            one("19.5 cents", "19.5", "other:cents", "none"),
            one("18 cents", "18", "other:cents", "none"),
        ]
    );
    // A counted noun with what it is counted per may stand between the
    // two levels: one figure, the level reached, up.
    assert_eq!(
        read("The tax will increase from 1 cent per litre to 5 cents per litre."),
        [one("5 cents", "5", "other:cents", "up")]
    );
    // The noun may have its year after it too; "to" must be a word.
    assert_eq!(
        read("The count rose from 5 schools in 2019 to 8 schools."),
        [one("8 schools", "8", "other:schools", "up")]
    );
    // "total" is no "to": no change of level from 5 to 8.
    assert_eq!(
        read("Fees rose from 5 total to 8."),
        [
            one("5", "5", "items", "none"),
            one("8", "8", "items", "none")
        ]
    );
}

#[test]
fn telephone_numbers_postcodes_and_quoted_names_are_not_figures() {
    // A chain of dash-joined groups, digits with a leading zero, the
    // number after Tel, Fax or Box, and the number after an area code.
    assert_eq!(
        read("P. O. Box 30007-00100\n\nTel: +254-20-2252-299\n\nFax: +254-20-341-082"),
        []
    );
    assert_eq!(
        read("电话：0851-2345678，共接待5人"),
        [one("5人", "5", "people", "none")]
    );
    // A number in a short quoted phrase of words is a name: “THE BIG
    // FOUR”; a quoted sentence with more words keeps its figures.
    assert_eq!(read("HARNESSING “THE BIG FOUR”"), []);
    assert_eq!(
        read("the \"Big 4\" banks hired 500 staff"),
        [one("500 staff", "500", "people", "none")]
    );
    assert_eq!(
        read("he said \"we hired 500 teachers in every one of our poorest districts\""),
        [one("500 teachers", "500", "other:teachers", "none")]
    );
    // A decimal with its leading zero stays a figure.
    assert_eq!(
        read("prices rose by 0.5 percent"),
        [one("rose by 0.5 percent", "0.5", "percent", "up")]
    );
}

#[test]
fn a_level_reached_then_where_it_started_is_one_change_of_level() {
    // "rose to Y from X": the level reached, up, whether "from" follows
    // in the clause or after a comma; X is no figure of its own.
    let reached = found("Spending rose to $50 billion from $45 billion.");
    assert_eq!(reached.len(), 1, "{reached:?}");
    assert_eq!(reached[0].reading.change_code(), "up");
    assert_eq!(
        reached[0]
            .reading
            .from
            .as_ref()
            .map(|q| q.expanded().to_string()),
        Some("45000000000".to_owned())
    );
    assert_eq!(
        read("The rate was cut to 5 per cent, from 7 per cent."),
        [one("5 per cent", "5", "percent", "down")]
    );
    // Figures that go against the verb, or a "from" that names no level
    // reached after "to", leave both figures as levels.
    assert_eq!(
        read("Spending rose to $40 billion from $45 billion."),
        [
            one("$40 billion", "40000000000", "dollar", "none"),
            one("$45 billion", "45000000000", "dollar", "none"),
        ]
    );
    assert_eq!(
        read("Spending was $50 billion, from $45 billion."),
        [
            one("$50 billion", "50000000000", "dollar", "none"),
            one("$45 billion", "45000000000", "dollar", "none"),
        ]
    );
}

#[test]
fn nouns_participles_and_periods_of_budget_speeches() {
    // A noun of change before "was" makes a change; a rate before it a
    // level; a participle after an article describes a level.
    assert_eq!(
        read("Real GDP growth was 3.1 per cent in 2022."),
        [one("3.1 per cent", "3.1", "percent", "up")]
    );
    assert_eq!(
        read("The growth rate was 3.1 per cent."),
        [one("3.1 per cent", "3.1", "percent", "none")]
    );
    assert_eq!(
        read("We propose an increased budget of $5 billion."),
        [one("$5 billion", "5000000000", "dollar", "none")]
    );
    assert_eq!(
        read("Revenue has fallen by 5 per cent."),
        [one("fallen by 5 per cent", "5", "percent", "down")]
    );
    // The half of a period is a period; the half of a thing a figure.
    assert_eq!(read("In the first half of the year exports grew."), []);
    assert_eq!(read("In the second half of 2024 exports grew."), []);
    assert_eq!(
        read("Half of the budget goes to schools."),
        [one("Half", "0.5", "fraction", "none")]
    );
    // A paragraph's number after the address, a number alone in
    // brackets, and an age group are not figures; the count before the
    // age group stays.
    assert_eq!(read("Mr Speaker, 1. I rise to present the budget."), []);
    assert_eq!(read("The items listed (10) in the annex."), []);
    assert_eq!(
        read("the families of over 325,000 under 16s"),
        [one("over 325,000", "325000", "items", "none")]
    );
}

#[test]
fn chinese_year_phrases_ratios_anniversaries_and_tables() {
    // 由2000年的X增加到2005年的Y: one change of level, the level reached,
    // up; 人均 before both makes each money per person.
    let reached = found("城镇居民人均可支配收入由2000年的5104元增加到2005年的8620元");
    assert_eq!(reached.len(), 1, "{reached:?}");
    let q = reached[0].reading.quantity.as_ref().unwrap();
    assert_eq!(
        (q.expanded().to_string(), q.unit().to_string()),
        ("8620".into(), "CNY/person".into())
    );
    assert_eq!(reached[0].reading.change_code(), "up");
    assert_eq!(
        reached[0]
            .reading
            .from
            .as_ref()
            .map(|q| q.expanded().to_string()),
        Some("5104".to_owned())
    );
    // 人均 does not reach past 、 into another measure.
    assert_eq!(
        read("人均纯收入5000元、财政收入20亿元"),
        [
            one("5000元", "5000", "CNY/person", "none"),
            one("20亿元", "2000000000", "CNY", "none"),
        ]
    );
    // Ratios with the colons of Chinese text are no figures; a comma after
    // a decimal ends its clause, and the change after it is read.
    assert_eq!(
        read(
            "三次产业结构由2000年的24.2∶35.0∶40.8调整到2005年的18.9︰47.4︰33.7,5年内二产上升12.4个百分点"
        ),
        [one("上升12.4个百分点", "12.4", "percentage_points", "up")]
    );
    // An anniversary, the years a report looks back on, the years over
    // which a figure changed, and a table's number are no figures.
    assert_eq!(read("2019年，是新中国成立70周年。"), []);
    assert_eq!(read("过去的五年，是我省阔步前进的五年。"), []);
    assert_eq!(
        read("五年分别增加14个和4个"),
        [
            one("增加14个", "14", "items", "up"),
            one("4个", "4", "items", "up"),
        ]
    );
    assert_eq!(read("表1 2019年玉环市生产总值"), []);
    assert_eq!(read("选出人大代表5名"), [one("5名", "5", "people", "none")]);
}

#[test]
fn cases_counted_by_jian_and_multiples_listed_after_a_rise() {
    // 件 after 案件 counts cases (FORMATS.md); 件 of other things items.
    assert_eq!(
        read("审结一审案件1.2万件，办理实事50件"),
        [
            one("1.2万件", "12000", "cases", "none"),
            one("50件", "50", "items", "none"),
        ]
    );
    // A multiple listed after a rise is the rise in percent, as with the
    // verb before it: 1.2 倍 is up 120%, 3.3 倍 up 330%.
    assert_eq!(
        read("出口分别增长1.2倍、3.3倍"),
        [
            one("增长1.2倍", "120", "percent", "up"),
            one("3.3倍", "330", "percent", "up"),
        ]
    );
}

/// Each rank of `text`: its words, its position, whether that position is
/// a bound, and what it ranks among.
fn ranks(text: &str) -> Vec<(String, u32, bool, Option<String>)> {
    found(text)
        .into_iter()
        .filter_map(|f| {
            let r = f.reading.rank?;
            Some((text[f.span].to_owned(), r.position?.get(), r.top, r.among))
        })
        .collect()
}

#[test]
fn a_place_within_the_top_few_is_a_rank_bounded_by_its_number() {
    assert_eq!(
        ranks("The province ranked among the top three in the country."),
        [(
            "top three".to_owned(),
            3,
            true,
            Some("the country".to_owned())
        )]
    );
    assert_eq!(
        ranks("Exports ranked top 5 among cities."),
        [("top 5".to_owned(), 5, true, Some("cities".to_owned()))]
    );
    assert_eq!(
        ranks("位居全国前三。"),
        [("前三".to_owned(), 3, true, Some("全国".to_owned()))]
    );
    assert_eq!(
        ranks("进入全省前10名，"),
        [("前10名".to_owned(), 10, true, Some("全省".to_owned()))]
    );
    // An exact place stays exact.
    assert_eq!(
        ranks("居全省第2"),
        [("2".to_owned(), 2, false, Some("全省".to_owned()))]
    );
    // 前三季度 is a period, and "the top 10 exporters" a group, not a rank.
    assert_eq!(ranks("前三季度增长5%"), []);
    assert_eq!(
        read("前三季度增长5%"),
        [one("增长5%", "5", "percent", "up")]
    );
    assert_eq!(ranks("the top 10 exporters account for half"), []);
    // A number before the place does not hide it: the rank is found
    // wherever its 前 stands in the clause.
    assert_eq!(
        ranks("新增3家企业进入全国前10名"),
        [("前10名".to_owned(), 10, true, Some("全国".to_owned()))]
    );
    // 500强 after a verb of ranking is a place within the top 500.
    // https://www.wnwk.com/doc/568772.html
    assert_eq!(
        ranks("三一重工跻身世界上市公司500强"),
        [(
            "500强".to_owned(),
            500,
            true,
            Some("世界上市公司".to_owned())
        )]
    );
    // With no such verb, 500强 names a list, no figure: the count after
    // it is the clause's figure.
    assert_eq!(
        read("新增中国企业500强2家。"),
        [one("2家", "2", "items", "none")]
    );
    assert_eq!(
        read("世界500强企业投资项目12个。"),
        [one("12个", "12", "items", "none")]
    );
}

#[test]
fn a_clause_wrapped_over_lines_reads_as_one_line() {
    // A line break inside a sentence is a space: the counted noun on the
    // next line is the figure's, and "the last\nthree years" a period.
    assert_eq!(
        read("average annual institution of 88,966\ncases during the last\nthree years"),
        [one("88,966\ncases", "88966", "cases", "none")]
    );
}

#[test]
fn a_preposition_before_a_count_keeps_a_verb_of_change_off_it() {
    // "improved in eight High Courts": where it improved, not by how much.
    assert_eq!(
        read("the situation improved only in eight High Courts"),
        [one("eight High Courts", "8", "other:high courts", "none")]
    );
    // A "by" still makes the figure the change, and a preposition further
    // back governs no figure.
    assert_eq!(
        read("Revenue grew in the first quarter by 5 per cent"),
        [one("5 per cent", "5", "percent", "up")]
    );
}

#[test]
fn scales_glued_to_money_and_cases_of_the_courts() {
    // 3 × 10^9 dollars; 9.09 × 10^12 naira. A bare "3b" is still refused.
    assert_eq!(
        read("revenue may be $3b"),
        [one("$3b", "3000000000", "dollar", "none")]
    );
    assert_eq!(
        read("an average of N9.09trillion every quarter"),
        [one("N9.09trillion", "9090000000000", "NGN", "none")]
    );
    assert!(figures("3b roads", None).any(|f| f.is_err()));
    // 件 after a verb of the courts or 犯罪 counts cases.
    assert_eq!(
        read("批准逮捕1269件1573人，职务犯罪50件"),
        [
            one("1269件", "1269", "cases", "none"),
            one("1573人", "1573", "people", "none"),
            one("50件", "50", "cases", "none"),
        ]
    );
}

#[test]
fn chinese_ages_clock_times_sentences_and_dates_as_names_are_not_figures() {
    assert_eq!(
        read("其中14岁以上不满16岁的327人"),
        [one("327人", "327", "people", "none")]
    );
    assert_eq!(read("上午10时举行新闻发布会"), []);
    assert_eq!(read("对“11·10”特大专案快捕快诉"), []);
    assert_eq!(
        read("判处5年以上有期徒刑的罪犯312人"),
        [one("312人", "312", "people", "none")]
    );
    // 两年平均增长: the two years over which the average rise is taken.
    assert_eq!(
        read("同比增长8.6%，两年平均增长6.3%"),
        [
            one("增长8.6%", "8.6", "percent", "up"),
            one("增长6.3%", "6.3", "percent", "up"),
        ]
    );
}

#[test]
fn a_difference_from_a_named_level_after_the_figure_is_a_change() {
    assert_eq!(
        read("revenues were $97.5 billion ahead of the prior fiscal year"),
        [one("$97.5 billion", "97500000000", "dollar", "up")]
    );
    assert_eq!(
        read("spending came in $14.4 billion under budget"),
        [one("$14.4 billion", "14400000000", "dollar", "down")]
    );
    assert_eq!(
        read("inflation is 2 per cent below the target"),
        [one("2 per cent", "2", "percent", "down")]
    );
    // "over" before no level is no change: a spread over three years.
    assert_eq!(
        read("$5 million over three years"),
        [one("$5 million", "5000000", "dollar", "none")]
    );
}

#[test]
fn dates_fiscal_years_page_heads_and_pronouns_of_speeches() {
    // A day before a month joined to the next word by a dash; a year over
    // its own last digits; two digits over the next two after "in"; a page
    // number before its running head in capitals; "one" as a pronoun.
    assert_eq!(read("laid on 20 December—the first multi-year budget"), []);
    assert_eq!(read("Full Year 2023/23 results"), []);
    assert_eq!(
        read("24.7 billion dollars in 09/10"),
        [one("24.7 billion dollars", "24700000000", "dollar", "none")]
    );
    assert_eq!(read("636 ADDRESSES AND STATE PAPERS"), []);
    assert_eq!(read("When one looks at the adjustments"), []);
    // A score stays a fraction: 19/20 is 0.95.
    assert_eq!(
        read("scored 19/20 in tests"),
        [one("19/20", "0.95", "fraction", "none")]
    );
    // Periods: a further four months, the next one to two years.
    assert_eq!(read("for a period of further four months"), []);
    assert_eq!(read("over the next one to two years"), []);
}

#[test]
fn half_a_per_cent_and_a_change_of_level_with_its_years_between() {
    assert_eq!(
        read("increases by less than half a per cent"),
        [one(
            "increases by less than half a per cent",
            "0.5",
            "percent",
            "up"
        )]
    );
    // "from X of GDP in 1993/94 to Y": one change of level, down.
    assert_eq!(
        read("reduced slightly from 2.8% of GDP in 1993/94 to 2.7% of GDP"),
        [one("2.7%", "2.7", "percent", "down")]
    );
    assert_eq!(
        read("improved from US$106 million in 1993/94 to US$137.5 million"),
        [one("US$137.5 million", "137500000", "USD", "up")]
    );
}

#[test]
fn decimals_in_words_and_amounts_a_scan_spaced_out() {
    // "point" and a digit word each after it: 24.7 × 10^9, 1.5 × 10^6.
    assert_eq!(
        read("twenty four point seven billion dollars"),
        [one(
            "twenty four point seven billion dollars",
            "24700000000",
            "dollar",
            "none"
        )]
    );
    assert_eq!(
        read("one point five million people"),
        [one(
            "one point five million people",
            "1500000",
            "people",
            "none"
        )]
    );
    // A scanned amount with a space after its point or its commas is
    // refused, never read as two figures; a list of numbers is a list.
    for text in [
        "overall budget of $1. 15 billion",
        "a total of $495, 286, 000 was spent",
    ] {
        let all: Vec<_> = figures(text, None).collect();
        assert!(all.len() == 1 && all[0].is_err(), "{text:?}: {all:?}");
    }
    assert_eq!(
        read("the numbers 5, 10, 15 and 20"),
        [
            one("5", "5", "items", "none"),
            one("10", "10", "items", "none"),
            one("15", "15", "items", "none"),
            one("20", "20", "items", "none"),
        ]
    );
    assert_eq!(
        read("we spent $5. The rest went"),
        [one("$5", "5", "dollar", "none")]
    );
}

#[test]
fn rs_is_the_rupee_of_the_country_the_document_names_most() {
    // The country may be named sentences away from the amount.
    assert_eq!(
        read("The Government of Sri Lanka presented its budget. Rs. 133 billion goes to roads."),
        [one("Rs. 133 billion", "133000000000", "LKR", "none")]
    );
    assert_eq!(
        read("Pakistan's budget: Rs 500 billion for dams."),
        [one("Rs 500 billion", "500000000000", "PKR", "none")]
    );
    // India named as often as another, or no country at all: INR.
    assert_eq!(
        read("India and Sri Lanka signed. Rs 5 crore was given."),
        [one("Rs 5 crore", "50000000", "INR", "none")]
    );
    assert_eq!(
        read("a grant of Rs 100"),
        [one("Rs 100", "100", "INR", "none")]
    );
}

#[test]
fn newly_added_is_a_flow_and_hu_of_enterprises_counts_enterprises() {
    // 新增 names what was added in the period, a flow, as 新增就业 does;
    // 增加 is a difference.
    assert_eq!(
        read("新增58万户"),
        [one("58万户", "580000", "households", "none")]
    );
    assert_eq!(
        read("增加58万户"),
        [one("增加58万户", "580000", "households", "up")]
    );
    // 户 counting enterprises counts them; 户 of families, households.
    assert_eq!(
        read("71户企业扭亏增盈，惠及1200户家庭"),
        [
            one("71户企业", "71", "other:企业", "none"),
            one("1200户", "1200", "households", "none"),
        ]
    );
}

#[test]
fn additional_extra_and_further_right_before_a_figure_are_a_change() {
    assert_eq!(
        read("An extra £160m will be made available."),
        [one("extra £160m", "160000000", "GBP", "up")]
    );
    assert_eq!(
        read("the average wage to increase a further $7,500 to $66,000"),
        [
            one("further $7,500", "7500", "dollar", "up"),
            one("$66,000", "66000", "dollar", "none"),
        ]
    );
    // Away from the figure they describe something else.
    assert_eq!(
        read("provide additional support to 5 schools"),
        [one("5 schools", "5", "other:schools", "none")]
    );
    assert_eq!(
        read("Forecast tax receipts have been downgraded by $52 billion."),
        [one(
            "downgraded by $52 billion",
            "52000000000",
            "dollar",
            "down"
        )]
    );
}

#[test]
fn higher_and_lower_before_a_figure_need_by() {
    assert_eq!(
        read("a new higher starting threshold of £180,000 for the"),
        [one("£180,000", "180000", "GBP", "none")]
    );
    assert_eq!(
        read("revenue was revised higher by R15.7 billion"),
        [one("higher by R15.7 billion", "15700000000", "ZAR", "up")]
    );
    // The change word before the figure wins over a word after its money
    // that is no noun of it.
    assert_eq!(
        read("A decrease of $77 million reflecting higher recovery of services"),
        [one("$77 million", "77000000", "dollar", "down")]
    );
}

#[test]
fn every_hyphen_and_a_table_row_s_signs() {
    // U+2011 (non-breaking hyphen) and U+2010 join a fiscal year as "-" does.
    for dash in ['\u{2011}', '\u{2010}', '\u{2012}'] {
        let text = format!("forecast to grow by 2¾ per cent in 2015{dash}16, before");
        assert_eq!(
            read(&text),
            [one("grow by 2¾ per cent", "2.75", "percent", "up")],
            "{text}"
        );
    }
    // The cells of a table row are numbers of their own, each with its
    // minus sign, never a range.
    let row: Vec<String> = read("Underlying cash balance -48.5   -41.1 -35.1")
        .into_iter()
        .map(|(_, value, _, _)| value)
        .collect();
    assert_eq!(row, ["-48.5", "-41.1", "-35.1"]);
    // A dash between spaces, or touching both numbers, is a range's.
    assert_eq!(qualifiers("growth of 5 - 6 per cent"), ["range"]);
    assert_eq!(qualifiers("rates of 5-6 per cent"), ["range"]);
}

#[test]
fn a_doubling_s_words_hold_its_verb() {
    let text = "经济总量翻一番";
    let f = found(text);
    assert_eq!(&text[f[0].span.clone()], "翻一番");
    assert_eq!(read("十年翻了两番")[0].1, "300");
}

#[test]
fn an_enumeration_shares_the_unit_written_once_at_its_end() {
    assert_eq!(
        read("两项指标分别提高0.8个、1.3个百分点"),
        [
            one("两项", "2", "items", "none"),
            one("提高0.8个", "0.8", "percentage_points", "up"),
            one("1.3个百分点", "1.3", "percentage_points", "up"),
        ]
    );
    // A bare number takes the magnitude too: 12 × 10^12 and 15 × 10^12.
    assert_eq!(
        read("两地生产总值分别为12、15万亿元"),
        [
            one("12", "12000000000000", "CNY", "none"),
            one("15万亿元", "15000000000000", "CNY", "none"),
        ]
    );
    assert_eq!(
        read("分别增长3.2、4.5、6%")
            .into_iter()
            .map(|(_, v, u, c)| format!("{v} {u} {c}"))
            .collect::<Vec<_>>(),
        ["3.2 percent up", "4.5 percent up", "6 percent up"]
    );
    // Members with their own nouns between share nothing.
    assert_eq!(
        read("新建学校3个、医院5个"),
        [
            one("3个", "3", "items", "none"),
            one("5个", "5", "items", "none"),
        ]
    );
}

#[test]
fn a_lower_and_an_upper_bound_are_one_range() {
    // A tax slab: 2 lakh = 200,000 to 5 lakh = 500,000.
    let text = "tax on income above Rs2 lakh and upto Rs5 lakh is 10 per cent";
    let f = found(text);
    assert_eq!(f.len(), 2);
    assert_eq!(&text[f[0].span.clone()], "above Rs2 lakh and upto Rs5 lakh");
    let q = f[0].reading.quantity.as_ref().unwrap();
    assert_eq!(
        (
            q.expanded().to_string(),
            q.expanded_high().map(|h| h.to_string())
        ),
        ("200000".to_owned(), Some("500000".to_owned()))
    );
    assert_eq!(qualifiers("more than 5 and up to 10 people"), ["range"]);
    // Two bounds with no "up to" are two figures.
    assert_eq!(
        qualifiers("above 5 per cent and 6 per cent"),
        ["more_than", "exact"]
    );
}

#[test]
fn multiples_in_words_are_changes_in_percent() {
    assert_eq!(
        read("revenue will double by 2030"),
        [one("double", "100", "percent", "up")]
    );
    assert_eq!(
        read("the priorities to halve inflation"),
        [one("halve", "50", "percent", "down")]
    );
    assert_eq!(
        read("a doubling of the budget"),
        [one("doubling", "100", "percent", "up")]
    );
    // Not after "to", a modal or an article: an adjective.
    assert_eq!(read("avoid double taxation"), []);
}

#[test]
fn a_verb_with_an_object_changes_a_level_from_one_figure_to_another() {
    // 1,80,000 = 180,000 and 2,00,000 = 200,000 in Indian grouping.
    let text = "I propose to enhance the exemption limit for individual taxpayers from Rs1,80,000 to Rs2,00,000.";
    let f = found(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(&text[f[0].span.clone()], "Rs2,00,000");
    assert_eq!(f[0].reading.change_code(), "up");
    assert_eq!(
        f[0].reading.from.as_ref().map(|q| q.expanded().to_string()),
        Some("180000".to_owned())
    );
    // Down, and the level reached keeps its money sign in its words.
    let text = "cut the rate from 30 to 25 per cent";
    let f = found(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].reading.change_code(), "down");
    let text = "spending increased from $900 million to $3 billion";
    let f = found(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(&text[f[0].span.clone()], "$3 billion");
}

#[test]
fn a_clause_may_say_where_the_figure_before_it_started_or_restate_its_change() {
    let text = "Net debt fell to 31 per cent, down from 35 per cent.";
    let f = found(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(&text[f[0].span.clone()], "31 per cent");
    assert_eq!(f[0].reading.change_code(), "down");
    assert_eq!(
        f[0].reading.from.as_ref().map(|q| q.expanded().to_string()),
        Some("35".to_owned())
    );
    // Across sentences nothing links.
    assert_eq!(
        read("Debt is 31 per cent. Down from 35 per cent is good.").len(),
        2
    );
    // A change said again in percent after "or".
    assert_eq!(
        read("revenue will increase by $851.3 million, or 33.1 percent."),
        [
            one("increase by $851.3 million", "851300000", "dollar", "up"),
            one("33.1 percent", "33.1", "percent", "up"),
        ]
    );
}

#[test]
fn page_numbers_titles_and_numbered_statements_are_not_figures() {
    // A number alone on its line between pages of a PDF.
    assert_eq!(
        read("The economy grew 5 per cent.\n\n12\n\nWe will spend more."),
        [one("grew 5 per cent", "5", "percent", "up")]
    );
    // Alone as the whole text it is still read.
    assert_eq!(read("12"), [one("12", "12", "items", "none")]);
    assert_eq!(read("The 2016 Half Year Economic and Fiscal Update"), []);
    assert_eq!(read("Statement 1 (continued)"), []);
    assert_eq!(read("for early retirement per Proposition 58"), []);
    // A fraction word is a figure where no word of time follows it.
    assert_eq!(
        read("half of the budget"),
        [one("half", "0.5", "fraction", "none")]
    );
}

#[test]
fn rupees_and_p_name_the_currency_of_the_country_the_text_names() {
    // "Mauritian" names Mauritius by its stem; "rupees" after a number are
    // the same rupees as "Rs".
    assert_eq!(
        read("The Mauritian economy grew. A pension of 9,000 rupees and Rs 27.3 billion."),
        [
            one("9,000 rupees", "9000", "MUR", "none"),
            one("Rs 27.3 billion", "27300000000", "MUR", "none"),
        ]
    );
    assert_eq!(
        read("a pension of 9,000 rupees"),
        [one("9,000 rupees", "9000", "INR", "none")]
    );
    // P is the pula where the text names Botswana or the pula, and then
    // stands before any number; else the peso, before money only.
    assert_eq!(
        read("Botswana will raise the minimum wage to P4000 monthly and spend P24.36 billion."),
        [
            one("P4000", "4000", "BWP", "none"),
            one("P24.36 billion", "24360000000", "BWP", "none"),
        ]
    );
    assert_eq!(
        read("The budget is P5.7 trillion."),
        [one("P5.7 trillion", "5700000000000", "PHP", "none")]
    );
    assert_eq!(read("The P5 countries met."), []);
    // Currency words after a number: taka, pula, cedis, naira, euros.
    assert_eq!(
        read("7.62 trillion taka, seven hundred million Pula, 500 cedis, 20 naira and 3 euros"),
        [
            one("7.62 trillion taka", "7620000000000", "BDT", "none"),
            one("seven hundred million Pula", "700000000", "BWP", "none"),
            one("500 cedis", "500", "GHS", "none"),
            one("20 naira", "20", "NGN", "none"),
            one("3 euros", "3", "EUR", "none"),
        ]
    );
}

#[test]
fn a_decimal_comma_before_a_percent_is_a_point_and_basis_points_are_hundredths() {
    // "5,7 per cent" can be no grouping of thousands: 5.7 percent. Before
    // any other word the comma stays doubtful and is refused.
    assert_eq!(
        read("Inflation increased to 3,5 per cent; it measured 5,75%."),
        [
            one("3,5 per cent", "3.5", "percent", "none"),
            one("5,75%", "5.75", "percent", "none"),
        ]
    );
    let refused: Vec<_> = figures("It was 1,5 million.", None).collect();
    assert!(matches!(refused.as_slice(), [Err(_)]), "{refused:?}");
    // 50 basis points are 0.5 percentage points; a change and the level it
    // reached, in two units, are no range.
    assert_eq!(
        read("The committee cut the repo rate by 50 basis points to 6,5 per cent."),
        [
            one("50 basis points", "0.5", "percentage_points", "down"),
            one("6,5 per cent", "6.5", "percent", "none"),
        ]
    );
    let text = "Rates were cut by 25 to 50 basis points; the spread is 30 bps.";
    assert_eq!(
        read(text),
        [
            one(
                "cut by 25 to 50 basis points",
                "0.25",
                "percentage_points",
                "down"
            ),
            one("30 bps", "0.3", "percentage_points", "none"),
        ]
    );
    let range = found(text)[0].reading.quantity.clone().unwrap();
    assert_eq!(range.qualifier(), workreport::Qualifier::Range);
    assert_eq!(range.high(), Some("0.5".parse().unwrap()));
}

#[test]
fn an_amount_in_words_may_write_its_groups_apart() {
    // 24 × 10^9 + 360 × 10^6; 12 × 10^9 + 100 × 10^6; 5 × 10^3 + 200.
    assert_eq!(
        read("spending is estimated at twenty-four billion, three hundred and sixty million Pula"),
        [one(
            "twenty-four billion, three hundred and sixty million Pula",
            "24360000000",
            "BWP",
            "none"
        )]
    );
    assert_eq!(
        read("twelve billion and one hundred million Pula"),
        [one(
            "twelve billion and one hundred million Pula",
            "12100000000",
            "BWP",
            "none"
        )]
    );
    assert_eq!(
        read("We hired five thousand, two hundred teachers."),
        [one(
            "five thousand, two hundred teachers",
            "5200",
            "other:teachers",
            "none"
        )]
    );
    // 10^6 + 2 × 10^3.
    assert_eq!(
        read("one million and two thousand people"),
        [one(
            "one million and two thousand people",
            "1002000",
            "people",
            "none"
        )]
    );
    // Two amounts of one scale are two numbers.
    assert_eq!(
        read("It costs five billion, three billion of which is debt."),
        [
            one("five billion", "5000000000", "items", "none"),
            one("three billion", "3000000000", "items", "none"),
        ]
    );
}

#[test]
fn verbs_of_sharp_change_and_comparisons_with_an_object_are_changes() {
    assert_eq!(
        read("Housing starts have soared 200 percent."),
        [one("soared 200 percent", "200", "percent", "up")]
    );
    assert_eq!(
        read("a contraction in real GDP of 15 percent"),
        [one("15 percent", "15", "percent", "down")]
    );
    assert_eq!(
        read("Manufacturers shed 5,000 jobs."),
        [one("shed 5,000 jobs", "5000", "jobs", "down")]
    );
    // "exceeded" with an object changes the figure after "by"; right
    // before a figure it is its qualifier, as "topping" is.
    assert_eq!(
        read("Revenue exceeded forecasts by $109 million."),
        [one("$109 million", "109000000", "dollar", "up")]
    );
    assert_eq!(qualifiers("Exports exceeded 5% of output."), ["more_than"]);
    assert_eq!(
        qualifiers("Debt continues to rise, topping $60.8 billion."),
        ["more_than"]
    );
}

#[test]
fn possessive_durations_periods_back_and_two_days_of_a_month_are_not_figures() {
    assert_eq!(read("Growth was weak just two years back."), []);
    assert_eq!(
        read("It was the smallest 12 months’ increase since 2009."),
        []
    );
    assert_eq!(read("Give two weeks' notice."), []);
    assert_eq!(read("Next meeting on 12 & 13 May 2010."), []);
    assert_eq!(read("The 12-13 May meeting and the 3 and 4 June one."), []);
    // Two numbers with no month after them are figures.
    assert_eq!(
        read("We need 12 and 13 more."),
        [
            one("12", "12", "items", "none"),
            one("13", "13", "items", "none"),
        ]
    );
}

#[test]
fn a_percent_written_once_after_a_list_is_each_numbers() {
    assert_eq!(
        read("Exports and imports rose 5.2 and 6.1 per cent respectively."),
        [
            one("rose 5.2", "5.2", "percent", "up"),
            one("6.1 per cent", "6.1", "percent", "up"),
        ]
    );
    assert_eq!(
        read("rates of 3 or 4%"),
        [
            one("3", "3", "percent", "none"),
            one("4%", "4", "percent", "none"),
        ]
    );
    // A member with a unit of its own, or a money sign, shares nothing.
    assert_eq!(
        read("5 schools and 6 per cent"),
        [
            one("5 schools", "5", "other:schools", "none"),
            one("6 per cent", "6", "percent", "none"),
        ]
    );
    assert_eq!(
        read("12 and $13"),
        [
            one("12", "12", "items", "none"),
            one("$13", "13", "dollar", "none"),
        ]
    );
}

#[test]
fn jian_after_a_verb_of_case_work_counts_cases() {
    assert_eq!(
        read("受理各类案件25.4万件，办结23.1万件，退回补充侦查36件67人。"),
        [
            one("25.4万件", "254000", "cases", "none"),
            one("23.1万件", "231000", "cases", "none"),
            one("36件", "36", "cases", "none"),
            one("67人", "67", "people", "none"),
        ]
    );
    // Documents (纠正, 检察建议) are items.
    assert_eq!(
        read("书面提出纠正71件"),
        [one("71件", "71", "items", "none")]
    );
}

#[test]
fn a_bare_number_beside_a_noun_of_people_counts_people() {
    // 100 × 10^4; 200 × 10^4; 1000 × 10^4 about; 55 × 10^4.
    assert_eq!(
        read("培训农民100万，解决200万农村人口饮水问题，覆盖人口1000万左右，救助55万特困群众。"),
        [
            one("100万", "1000000", "people", "none"),
            one("200万", "2000000", "people", "none"),
            one("1000万左右", "10000000", "people", "none"),
            one("55万", "550000", "people", "none"),
        ]
    );
    // A noun of people inside a longer noun is not what is counted.
    assert_eq!(
        read("新建10万农民专业合作社"),
        [one("10万", "100000", "items", "none")]
    );
}

#[test]
fn floor_area_head_of_livestock_and_yields_per_mu_keep_their_units() {
    assert_eq!(
        read("新建住房500万平方米，生猪存栏71.5万头，面积12平方公里。"),
        [
            one("500万平方米", "5000000", "other:平方米", "none"),
            one("71.5万头", "715000", "other:头", "none"),
            one("12平方公里", "12", "square_km", "none"),
        ]
    );
    assert_eq!(
        read("粮食平均每亩353公斤，亩产提升10.1斤，总产量485万公斤。"),
        [
            one("353公斤", "353", "kg/mu", "none"),
            one("提升10.1斤", "10.1", "jin/mu", "up"),
            one("485万公斤", "4850000", "kg", "none"),
        ]
    );
}

#[test]
fn every_rank_of_a_list_is_read_and_so_is_an_item_that_is_no_rank() {
    let text = "长沙县位列全国投资潜力第3、新型城镇化质量第4、工业百强第7。";
    let ranks: Vec<_> = found(text)
        .into_iter()
        .map(|f| {
            let rank = f.reading.rank.unwrap();
            (rank.position.map(|p| p.get()), rank.among)
        })
        .collect();
    assert_eq!(
        ranks,
        [
            (Some(3), Some("全国投资潜力".to_owned())),
            (Some(4), Some("新型城镇化质量".to_owned())),
            (Some(7), Some("工业百强".to_owned())),
        ]
    );
    // The count before a rank in an enumeration is read too.
    let text = "攻克8起命案积案、清库率全省第一。";
    assert_eq!(
        read(text),
        [
            one("8起", "8", "cases", "none"),
            one("一", "-", "-", "none")
        ]
    );
    let rank = found(text)[1].reading.rank.clone().unwrap();
    assert_eq!(rank.position.map(|p| p.get()), Some(1));
    assert_eq!(rank.among.as_deref(), Some("全省"));
    // A number with no mark between it and a rank, before or after it,
    // belongs to the rank's words and is not read: 2项 and 5个县 here; the
    // item of the enumeration past the 、 is.
    for (text, words) in [
        ("攻克8起命案积案、有2项指标居全省第一。", ["8起", "一"]),
        (
            "清库率居全省第一的有5个县、攻克8起命案积案。",
            ["一", "8起"],
        ),
    ] {
        let read: Vec<_> = read(text).into_iter().map(|r| r.0).collect();
        assert_eq!(read, words, "{text}");
    }
    // Without a 、 the rank is the clause's one figure, as before.
    let alone = found("在全省21个县中居第3位");
    assert_eq!(alone.len(), 1);
    assert_eq!(
        alone[0]
            .reading
            .rank
            .as_ref()
            .unwrap()
            .position
            .map(|p| p.get()),
        Some(3)
    );
}

#[test]
fn digits_like_a_year_count_a_plural_at_the_start_or_after_a_verb_of_counting() {
    assert_eq!(
        read("1901 hero models"),
        [one("1901 hero models", "1901", "other:hero models", "none")]
    );
    assert_eq!(
        read("we hired 2016 teachers"),
        [one("2016 teachers", "2016", "other:teachers", "none")]
    );
    // After a preposition or an article, or before a singular, the year.
    assert_eq!(read("In 2016 teachers went on strike"), []);
    assert_eq!(read("the 2016 elections"), []);
    assert_eq!(read("over 2016 levels"), []);
    assert_eq!(read("2016 budget"), []);
}

#[test]
fn a_counted_noun_takes_no_verb_and_no_closing_word_of_place() {
    // A verb of inclusion ends the clause's noun, or, with words after it,
    // leaves none (the noun is only ever read up to the clause's end).
    assert_eq!(
        read("这12件实事包括:"),
        [one("12件实事", "12", "other:实事", "none")]
    );
    assert_eq!(
        read("这12件实事包括安居工程"),
        [one("12件", "12", "items", "none")]
    );
    assert_eq!(read("7件都涉及农村"), [one("7件", "7", "items", "none")]);
    assert_eq!(
        read("在37个项目中"),
        [one("37个项目", "37", "other:项目", "none")]
    );
    // Nouns that hold such characters stay whole.
    assert_eq!(
        read("建成3个公共服务平台"),
        [one("3个公共服务平台", "3", "other:公共服务平台", "none")]
    );
    assert_eq!(
        read("首都有4个中心"),
        [one("4个中心", "4", "other:中心", "none")]
    );
}

#[test]
fn an_annex_number_is_no_figure_and_a_unit_with_a_bare_number_is_no_range() {
    assert_eq!(
        read("全年支出5亿元(详见附表1)，见附件2"),
        [one("5亿元", "500000000", "CNY", "none")]
    );
    // A change with its unit, then a bare level: two figures.
    assert_eq!(
        read("Arrests fell by 13 per cent to 418,213."),
        [
            one("fell by 13 per cent", "13", "percent", "down"),
            one("418,213", "418213", "items", "none"),
        ]
    );
    assert_eq!(qualifiers("Rates of 5 per cent to 6 per cent."), ["range"]);
    assert_eq!(qualifiers("It will rise 5 to 6 percent."), ["range"]);
}

#[test]
fn traditional_characters_read_as_simplified() {
    // 65.9 × 10^4 tonnes; the streak and the record in traditional forms.
    assert_eq!(
        read("同比增長13%，產量65.9萬噸，累計動遷4430戶，下降0.5個百分點"),
        [
            one("增長13%", "13", "percent", "up"),
            one("65.9萬噸", "659000", "tonnes", "none"),
            one("4430戶", "4430", "households", "none"),
            one("下降0.5個百分點", "0.5", "percentage_points", "down"),
        ]
    );
    let streak = found("連續九年增長");
    assert!(streak[0].reading.streak);
    assert!(found("再創歷史新高")[0].reading.record.is_some());
}

#[test]
fn circa_and_thousands_and_billions_abbreviated() {
    // c.44k is about 44 × 10^3; Ksh 525B is 525 × 10^9 shillings.
    assert_eq!(
        qualifiers("Lists were c.44k (c.4.8%) and ca. 300 people, approx. 5%."),
        ["about", "about", "about", "about"]
    );
    assert_eq!(
        read("Lists were c.44k."),
        [one("c.44k", "44000", "items", "none")]
    );
    assert_eq!(
        read("Education gets Ksh 525B, defence Ksh 157 B and roads $30B."),
        [
            one("Ksh 525B", "525000000000", "KES", "none"),
            one("Ksh 157 B", "157000000000", "KES", "none"),
            one("$30B", "30000000000", "dollar", "none"),
        ]
    );
    // A capital B after a bare number names no scale ("5B" as a name).
    assert_eq!(read("the 5B plan"), []);
    // "etc." ends no figure's words, and "c" inside a word is no circa.
    assert_eq!(qualifiers("tonnes etc. 7 more"), ["exact"]);
}

#[test]
fn spaced_us_dollars_shillings_of_a_country_and_names_and_periods_of_en5() {
    assert_eq!(
        read("Remittances rose to US $ 19.3 billion."),
        [one("US $ 19.3 billion", "19300000000", "USD", "none")]
    );
    assert_eq!(
        read("We need 300 million euro and 2.5 million Tanzanian shillings."),
        [
            one("300 million euro", "300000000", "EUR", "none"),
            one("2.5 million Tanzanian shillings", "2500000", "TZS", "none"),
        ]
    );
    // Shillings of no country named stay a counted noun, not a guess.
    assert_eq!(read("2.6 million shillings")[0].2, "other:shillings");
    assert_eq!(read("The Covid 19 pandemic hit."), []);
    assert_eq!(read("Over the past three fiscal years costs rose."), []);
    assert_eq!(read("Challenges came one after the other."), []);
}

#[test]
fn a_line_break_inside_a_chinese_word_or_number_is_the_pages() {
    // Hard-wrapped text: the break falls inside 增长, 377.4, 亿美元 and
    // 百分之九点二. The words of each figure are the input's, break and all.
    let text = "全市经济运行平稳，生产总值比上年增\n长16.2%，第二产业完成377\n.4亿元，\
                出口增加51亿美\n元，利润增长百分之\n九点二，物价上升百分之十点\n一。";
    assert_eq!(
        read(text),
        [
            one("增\n长16.2%", "16.2", "percent", "up"),
            one("377\n.4亿元", "37740000000", "CNY", "none"),
            one("增加51亿美\n元", "5100000000", "USD", "up"),
            one("增长百分之\n九点二", "9.2", "percent", "up"),
            one("上升百分之十点\n一", "10.1", "percent", "up"),
        ]
    );
    // Between two numbers the break stays a space: two table cells on two
    // lines are not one number.
    assert_eq!(
        read("全市经济运行平稳，各项指标：产值12\n增长5%"),
        [
            one("12", "12", "items", "none"),
            one("增长5%", "5", "percent", "up"),
        ]
    );
    // A refusal quotes the input as given and points into it: "34" is its
    // 21st character, counting the break taken out before it.
    let text = "全市经济运行平稳，产值增\n长后完成12 34亿元。";
    let refused: Vec<_> = figures(text, None).filter_map(Result::err).collect();
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].at, text.find("34").unwrap());
    assert!(
        refused[0]
            .error
            .to_string()
            .contains("\"产值增\\n长后完成12 34亿元\"")
    );
}

#[test]
fn a_clause_after_a_wrapped_one_keeps_its_own_positions() {
    // The first clause loses three characters to its joined break (`增 \n 长`);
    // the ASCII clauses after it must be placed by their own characters, not
    // by the map of the clause before (which once gave "ose 5%" here, and a
    // span ending before it started after a longer break).
    // (A short first line would be a heading of its own, not wrapped text.)
    let text = "全市经济运行平稳，出口比上年增 \n 长5%，GDP rose 5%, exports rose 12%.";
    assert_eq!(
        read(text),
        [
            one("增 \n 长5%", "5", "percent", "up"),
            one("rose 5%", "5", "percent", "up"),
            one("rose 12%", "12", "percent", "up"),
        ]
    );
    // The same with a table open: a bare cell after a wrapped clause.
    let text = "单位:亿元\n全市经济运行平稳，出口比上年增 \n 长5%，进口增 \n 长3%，\n295.4\n";
    assert_eq!(
        read(text),
        [
            one("增 \n 长5%", "5", "percent", "up"),
            one("增 \n 长3%", "3", "percent", "up"),
            one("295.4", "29540000000", "CNY", "none"),
        ]
    );
}

#[test]
fn basis_points_terms_of_loans_and_years_named_for_what_they_were() {
    // 25个基点 are 0.25 percentage points.
    assert_eq!(
        read("一年期贷款利率下调25个基点，利率比上年末上升9个基本点。"),
        [
            one("下调25个基点", "0.25", "percentage_points", "down"),
            one("上升9个基本点", "0.09", "percentage_points", "up"),
        ]
    );
    assert_eq!(read("5年期以上LPR下降0.1个百分点")[0].1, "0.1");
    assert_eq!(read("5年期以上LPR下降0.1个百分点").len(), 1);
    assert_eq!(read("今年是承前启后的关键一年，也是极不平凡的一年。"), []);
}

#[test]
fn a_change_of_level_from_last_years_level_and_a_figure_beside_a_bracketed_rank() {
    // 上年的 and 年初的 name when the level was, as 2020年的 does: one
    // figure, the level reached, up from 40.9%.
    let found = found("比重由上年的40.9%提高到42.1%，由年初的5.2%下降到年末的4.9%。");
    let levels: Vec<_> = found
        .iter()
        .map(|f| {
            let q = f.reading.quantity.as_ref().unwrap();
            let from = f.reading.from.as_ref().unwrap();
            (
                q.value().to_string(),
                from.value().to_string(),
                f.reading.change_code(),
            )
        })
        .collect();
    assert_eq!(
        levels,
        [
            ("42.1".into(), "40.9".into(), "up"),
            ("4.9".into(), "5.2".into(), "down")
        ]
    );
    // A rank in brackets leaves the figure before the brackets its own.
    let words: Vec<_> = read("增长1.28%(增幅在全市16县区中排名第五)。")
        .into_iter()
        .map(|r| (r.0, r.3))
        .collect();
    assert_eq!(
        words,
        [
            ("增长1.28%".to_owned(), "up".to_owned()),
            ("五".into(), "none".into())
        ]
    );
    // Without brackets or 、 the rank is still the clause's one figure.
    assert_eq!(read("增幅在全市16县区中排名第五").len(), 1);
}

#[test]
fn compound_numbers_currencies_fiscal_years_and_revisions_of_zh5() {
    // 3亿2千万 is 3×10^8 + 2×10^7; 2,754萬4千 is 27,540,000 + 4,000.
    assert_eq!(
        read("投资3亿2千万元，补助2,754萬4千元，帮扶1万5千人。"),
        [
            one("3亿2千万元", "320000000", "CNY", "none"),
            one("2,754萬4千元", "27544000", "CNY", "none"),
            one("1万5千人", "15000", "people", "none"),
        ]
    );
    // A smaller number after a larger magnitude that is no smaller
    // magnitude stays its own figure.
    assert_eq!(read("收入3万，2亿元").len(), 2);
    assert_eq!(
        read("收入100億澳門元，5000亿卢布，新台幣20億元，3台机器"),
        [
            one("100億澳門元", "10000000000", "MOP", "none"),
            one("5000亿卢布", "500000000000", "RUB", "none"),
            one("新台幣20億元", "2000000000", "TWD", "none"),
            one("3台", "3", "items", "none"),
        ]
    );
    // 113年度 and 二零年度 are fiscal years; 下修 and 下調 fall, 高於 is more.
    assert_eq!(
        read("113年度總預算增加5%，二零一九/二零年度累計下修1.44個百分點。"),
        [
            one("增加5%", "5", "percent", "up"),
            one("下修1.44個百分點", "1.44", "percentage_points", "down"),
        ]
    );
    assert_eq!(read("利率下調0.5個百分點")[0].3, "down");
    assert_eq!(read("增速高於全國0.3個百分點")[0].3, "up");
    // A percent in numerals of twenty or more is one figure, not two.
    assert_eq!(
        read("上升百分之二十三点三"),
        [one("上升百分之二十三点三", "23.3", "percent", "up")]
    );
    // A table's number in brackets is no figure.
    assert_eq!(
        read("收入增长5%（見表1），支出（详表2）"),
        [one("增长5%", "5", "percent", "up")]
    );
}

#[test]
fn people_nouns_before_a_change_and_streaks_of_occasions() {
    assert_eq!(
        read("贫困人口减少25万，百余村民参加，带动1560多万返乡农民工稳定就业。"),
        [
            one("减少25万", "250000", "people", "down"),
            one("百余", "100", "people", "none"),
            one("1560多万", "15600000", "people", "none"),
        ]
    );
    // Money before a change is no people.
    assert_eq!(read("收入增加3万")[0].2, "items");
    let streaks: Vec<_> = ["连续4次获评", "連續九屆躋身百強縣"]
        .iter()
        .map(|t| {
            let f = &found(t)[0];
            (
                f.reading.streak,
                f.reading.quantity.as_ref().unwrap().unit().to_string(),
            )
        })
        .collect();
    assert_eq!(
        streaks,
        [(true, "other:次".to_owned()), (true, "other:届".to_owned())]
    );
}

#[test]
fn a_flattened_tables_header_gives_its_bare_cells_their_unit_and_growth() {
    // One cell a line, as a web page's table pastes: the unit of 单位:亿元
    // for the first column, 比上年增长% for the second (a fall for -0.2).
    // The sentence of prose ends the table: 5 after it is a plain count.
    let text = "单位:亿元\n指 标\n绝对数\n比上年增长%\n生产总值\n295.4\n7.7\n\
                第三产业\n60.9\n-0.2\n全年经济平稳。\n收入 5\n";
    assert_eq!(
        read(text),
        [
            one("295.4", "29540000000", "CNY", "none"),
            one("7.7", "7.7", "percent", "up"),
            one("60.9", "6090000000", "CNY", "none"),
            one("-0.2", "0.2", "percent", "down"),
            one("5", "5", "items", "none"),
        ]
    );
    // A row on one line: the first cell has its own unit, the second is
    // the growth.
    assert_eq!(
        read("主要产品产量如下:\n1996年 比上年增长% 粮食 49000 万吨 5.0 油料 2200 万吨 -1.7\n"),
        [
            one("49000 万吨", "490000000", "tonnes", "none"),
            one("5.0", "5", "percent", "up"),
            one("2200 万吨", "22000000", "tonnes", "none"),
            one("-1.7", "1.7", "percent", "down"),
        ]
    );
    // Two columns of amounts before the growth: the header counts them.
    assert_eq!(
        read("单位:万元\n项目 预算数 执行数 增长%\n收入\n100\n110\n10.0\n"),
        [
            one("100", "1000000", "CNY", "none"),
            one("110", "1100000", "CNY", "none"),
            one("10.0", "10", "percent", "up"),
        ]
    );
    // A blank line after a table printed line by line ends it, and a page
    // break does always: the number alone on its line after either is the
    // page's, no cell of 12亿元.
    for text in [
        "单位:亿元\n收入\n295.4\n\n12\n\n",
        "单位:亿元\n收入\n295.4\n\u{c}12\n",
    ] {
        assert_eq!(
            read(text),
            [one("295.4", "29540000000", "CNY", "none")],
            "{text:?}"
        );
    }
    // Two blank lines end a table from its header on: 295.4 is no cell.
    assert_eq!(
        read("单位:亿元\n\n\n295.4\n"),
        [one("295.4", "295.4", "items", "none")]
    );
    // Pasted with a blank line after each of its lines, the table goes on
    // across one blank line and ends at two.
    assert_eq!(
        read("单位:亿元\n\n收入\n\n295.4\n\n支出\n\n60.9\n\n\n12\n"),
        [
            one("295.4", "29540000000", "CNY", "none"),
            one("60.9", "6090000000", "CNY", "none"),
        ]
    );
    // No header, no table.
    assert_eq!(
        read("收入\n295.4\n"),
        [one("295.4", "295.4", "items", "none")]
    );
}

#[test]
fn rates_per_a_base_footnotes_pronouns_and_changes_through_by_of_en6() {
    // The base of a rate is no figure; "per metric tonne", "per barrel",
    // "per capita" and "per annum" stay with the amount.
    assert_eq!(
        read(
            "The rate was 758 cases per 100 000 population, $50 per metric tonne and $80 per barrel."
        ),
        [
            one("758 cases", "758", "cases", "none"),
            one("$50 per metric tonne", "50", "dollar/tonnes", "none"),
            one("$80 per barrel", "80", "dollar/other:barrel", "none"),
        ]
    );
    assert_eq!(
        read("Income was $500 per capita and Rs 5 lakh per annum."),
        [
            one("$500 per capita", "500", "dollar/person", "none"),
            one("Rs 5 lakh per annum", "500000", "INR/years", "none"),
        ]
    );
    // A footnote's number glued to a full stop, after a word or a year.
    assert_eq!(
        read("Crime fell 94% at night.1 Then it rose 5% in 2018.4 The end."),
        [
            one("fell 94%", "94", "percent", "down"),
            one("rose 5%", "5", "percent", "up"),
        ]
    );
    // "one" as a pronoun; a period "previously"; an expansion is a rise.
    assert_eq!(
        read("It was a challenging one. Twelve months previously it rose."),
        []
    );
    assert_eq!(
        read("The economy recorded a 2.0 percent expansion and a 1 percent contraction."),
        [
            one("2.0 percent", "2", "percent", "up"),
            one("1 percent", "1", "percent", "down"),
        ]
    );
    // "by a further £3m" changes the way the verb before "by" does.
    assert_eq!(read("We will reduce costs by a further £3m.")[0].3, "down");
    assert_eq!(read("We set aside a further £3m.")[0].3, "up");
    // "from X of GDP in fiscal 2010/2011 to an estimated Y": one change of
    // level, down to 5.4 percent.
    let f = found(
        "The deficit was reduced from 9.1 percent of GDP in fiscal 2010/2011 to an estimated 5.4 percent.",
    );
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].reading.change_code(), "down");
    assert_eq!(
        f[0].reading.from.as_ref().map(|q| q.value().to_string()),
        Some("9.1".into())
    );
}

#[test]
fn members_with_their_own_magnitude_share_the_unit_and_years_of_the_roc_calendar() {
    // 426亿、100亿元: 426 × 10^8 yuan; 3万、5万人: 30,000 people.
    assert_eq!(
        read("收入426亿、100亿元，新增3万、5万人"),
        [
            one("426亿", "42600000000", "CNY", "none"),
            one("100亿元", "10000000000", "CNY", "none"),
            one("3万", "30000", "people", "none"),
            one("5万人", "50000", "people", "none"),
        ]
    );
    // 111年8月 is August 2022; 民國67年 is 1978.
    assert_eq!(
        read("111年8月原預測增長3.76%，自民國67年起"),
        [one("增長3.76%", "3.76", "percent", "up")]
    );
    // A duration and its months stay figures.
    assert_eq!(
        read("用了3年5个月"),
        [
            one("3年", "3", "years", "none"),
            one("5个月", "5", "months", "none"),
        ]
    );
}

#[test]
fn terms_of_years_promotions_and_full_width_growth_headers() {
    // Before a month, a number under 30 is a term, not a year of the ROC
    // calendar: 3年 of a sentence stays a figure.
    assert_eq!(
        read("判处有期徒刑3年6月")[0],
        one("3年", "3", "years", "none")
    );
    assert_eq!(read("工期2年3月")[0], one("2年", "2", "years", "none"));
    // 晋升 is a promotion: 3人 a count, not a rise of 3; 攀升 and 跃升 rise.
    assert_eq!(
        read("晋升3人，房价攀升5%，出口跃升12%"),
        [
            one("3人", "3", "people", "none"),
            one("攀升5%", "5", "percent", "up"),
            one("跃升12%", "12", "percent", "up"),
        ]
    );
    // A growth column headed with a full-width percent sign (％, three bytes
    // in UTF-8) is a growth column as with %.
    for header in ["比上年增长（％）", "比上年增长(%)"] {
        let text = format!("单位：亿元\n指标 产值 {header}\n工业 295.4 -0.2\n");
        assert_eq!(
            read(&text),
            [
                one("295.4", "29540000000", "CNY", "none"),
                one("-0.2", "0.2", "percent", "down"),
            ],
            "{header}"
        );
    }
}

#[test]
fn terms_names_and_dates_written_in_english_are_no_figures() {
    // A number other than one before a singular year, month or day names a
    // term or a year, not a duration; plural, or one, it is a duration.
    assert_eq!(
        read("The 91 day T-Bills paid 16.8% and 182 day T-Bills 18.5%."),
        [
            one("16.8%", "16.8", "percent", "none"),
            one("18.5%", "18.5", "percent", "none"),
        ]
    );
    for text in [
        "HERALDING THE ELEVENTH FIVE YEAR PLAN",
        "the budget for the 2017 financial year",
        "over the 12 month period",
    ] {
        assert_eq!(read(text), [], "{text}");
    }
    assert_eq!(
        read("It lasted 2 years and 1 day."),
        [
            one("2 years", "2", "years", "none"),
            one("1 day", "1", "days", "none"),
        ]
    );
    // A number word in title case inside a name in title case.
    assert_eq!(
        read("Under the One Village One Dam campaign, 5 dams were built."),
        [one("5 dams", "5", "other:dams", "none")]
    );
    assert_eq!(
        read("Three New Hospitals opened."),
        [one("Three New Hospitals", "3", "other:hospitals", "none")],
        "at the start a title-case number is a count"
    );
    // Dates: a month abbreviated with its point, and dates with slashes.
    for text in [
        "Jan. 28, 2010 was the day.",
        "Sept. 5 was the day.",
        "The release (10/01/28) was issued.",
        "On 28/01/2010 it was issued.",
    ] {
        assert_eq!(read(text), [], "{text}");
    }
    assert_eq!(
        read("The ratio was 3/4."),
        [one("3/4", "0.75", "fraction", "none")]
    );
    // A leading zero after a money sign or before a scale word writes an
    // amount; alone it is a code.
    assert_eq!(
        read("Rs. 02 billion will be allocated; call 082 now."),
        [one("Rs. 02 billion", "2000000000", "INR", "none")]
    );
    // Brackets around a number before its percent sign may write a
    // negative as accounts do: that figure is refused, at its number (a
    // byte offset: 工业（ is nine bytes), and the figures beside it are
    // read.
    for (text, at) in [
        ("Agriculture 3.6%, Industry (1.2)%, Services 5.9%.", 28),
        ("Growth was (5.2) per cent.", 12),
        ("工业（1.2）%。", 9),
    ] {
        let all: Vec<_> = figures(text, None).collect();
        let refused: Vec<usize> = all
            .iter()
            .filter_map(|f| f.as_ref().err().map(|r| r.at))
            .collect();
        assert_eq!(refused, [at], "{text}: {all:?}");
    }
    assert_eq!(
        figures("Agriculture 3.6%, Industry (1.2)%, Services 5.9%.", None)
            .filter_map(Result::ok)
            .map(|f| f.reading.quantity.map(|q| q.value().to_string()))
            .collect::<Vec<_>>(),
        [Some("3.6".to_owned()), Some("5.9".to_owned())]
    );
    assert_eq!(
        read("The rate (5%) held."),
        [one("5%", "5", "percent", "none")]
    );
    // The number of a part of a document or of a programme, also after an
    // abbreviation with its point and for each member of a list or a range
    // of them in one clause, is no figure; a unit after it makes a figure.
    for text in [
        "Purpose 1 Achieve a just society.",
        "Programs 1.1–1.7 cost more.",
        "See pp. 28–32 and para. 4.",
        "in paragraphs 4 and 5 we said so.",
        "Outcome 2 was met.",
    ] {
        assert_eq!(read(text), [], "{text}");
    }
    assert_eq!(
        read("in paragraphs 4 and 5 we added 300 jobs"),
        [one("300 jobs", "300", "jobs", "none")]
    );
    assert_eq!(
        read("The table 5 percent"),
        [one("5 percent", "5", "percent", "none")]
    );
}

#[test]
fn articles_idioms_quoted_names_and_circle_zeros_in_chinese() {
    // 一 and a measure word after a copula is an article; 一个不放过 says
    // "not a single one"; after a verb of building, 一座 counts.
    for text in [
        "现在澳门是一座安全旅游城市。",
        "成为一个新的增长点。",
        "坚持黑恶犯罪一个不放过。",
    ] {
        assert_eq!(read(text), [], "{text}");
    }
    assert_eq!(
        read("新建一座污水处理厂。"),
        [one("一座", "1", "items", "none")]
    );
    // Digits inside a short quoted phrase are part of its name.
    assert_eq!(
        read("84个“抗震前线110”昼夜守护，推进“1+N”政策。"),
        [one("84个", "84", "items", "none")]
    );
    // A white circle after a Chinese digit is the zero 〇: 二○二一年 is a
    // year, as 二〇二一年 is, and 一○% is ten percent.
    assert_eq!(read("二○二一年财政年度施政报告"), []);
    assert_eq!(
        read("二○○八年，全市生产总值增长一○%。"),
        [one("增长一○%", "10", "percent", "up")]
    );
    // A lone circle is no zero.
    assert_eq!(read("○ 全年增长5%"), [one("增长5%", "5", "percent", "up")]);
    // 例 counts cases; 个千分点 are points of a rate in thousandths, no
    // count of 个.
    assert_eq!(
        read("累计确诊病例46例，出生率下降0.66个千分点。"),
        [
            one("46例", "46", "cases", "none"),
            one("下降0.66个千分点", "0.66", "other:千分点", "down"),
        ]
    );
    // Two amounts with their own magnitude joined by 及 or 和 share the
    // unit written after the second.
    assert_eq!(
        read("分别拨出426亿及100亿澳门元。"),
        [
            one("426亿", "42600000000", "MOP", "none"),
            one("100亿澳门元", "10000000000", "MOP", "none"),
        ]
    );
    assert_eq!(
        read("投资3亿和5亿元，增加3万与公司5亿元。"),
        [
            one("3亿", "300000000", "CNY", "none"),
            one("5亿元", "500000000", "CNY", "none"),
            one("增加3万", "30000", "items", "up"),
            one("5亿元", "500000000", "CNY", "none"),
        ]
    );
}

/// The first figure `text` reads, its qualifier code included; a text
/// with no figure, or a refusal, fails the test.
fn first_with_qualifier(text: &str) -> (String, String, String, String, String) {
    let f = found(text)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("{text:?}: no figure"));
    let q = f
        .reading
        .quantity
        .as_ref()
        .unwrap_or_else(|| panic!("{text:?}: no quantity"));
    (
        text[f.span.clone()].to_owned(),
        q.expanded().to_string(),
        q.unit().to_string(),
        q.qualifier().code().to_owned(),
        f.reading.change_code().to_owned(),
    )
}

#[test]
fn words_of_cutting_and_of_crossing_a_mark_in_chinese() {
    let row = |w: &str, v: &str, u: &str, q: &str, c: &str| {
        (
            w.to_owned(),
            v.to_owned(),
            u.to_owned(),
            q.to_owned(),
            c.to_owned(),
        )
    };
    // 精简 (streamlined) 50% or more is a cut of that much; 跨越 (crossed)
    // 500 billion yuan is more than it, as 突破 is. A report in
    // traditional characters reads as one in simplified.
    // http://www.victorzhang.cn/page/2018/0522/11217166.shtml
    assert_eq!(
        first_with_qualifier("省級行政許可事項精簡50%以上。"),
        row("精簡50%以上", "50", "percent", "at_least", "down")
    );
    assert_eq!(
        first_with_qualifier("福建和上海首次跨過3萬億元。"),
        row("跨過3萬億元", "3000000000000", "CNY", "more_than", "none")
    );
    // https://www.wnwk.com/doc/568772.html
    assert_eq!(
        first_with_qualifier("地区生产总值跨越5000亿元,达5600亿元。"),
        row("跨越5000亿元", "500000000000", "CNY", "more_than", "none")
    );
    assert_eq!(
        first_with_qualifier("一般性支出压缩5%。"),
        row("压缩5%", "5", "percent", "exact", "down")
    );
    // Cut to a level is the level.
    assert_eq!(
        first_with_qualifier("会议费削减到300万元。"),
        row("300万元", "3000000", "CNY", "exact", "none")
    );
}

#[test]
fn a_counted_noun_keeps_the_characters_the_text_writes() {
    // 實體企業 as written: not 实體企業, half normalized.
    // http://www.victorzhang.cn/page/2018/0522/11217166.shtml
    assert_eq!(
        read("興辦31.4萬個實體企業,帶動就業463.4萬人。"),
        [
            one("31.4萬個實體企業", "314000", "other:實體企業", "none"),
            one("463.4萬人", "4634000", "people", "none"),
        ]
    );
    // The same where normalizing shortened a character before it (the
    // full-width space and digits become ASCII).
    assert_eq!(
        read("全省\u{3000}興辦３１萬個實體企業。"),
        [one("３１萬個實體企業", "310000", "other:實體企業", "none")]
    );
    // Measure words of ships and aircraft count items, as 辆 does.
    // https://zjwx.net/amp/china/269524.html
    assert_eq!(
        read("查缴涉案船舶3500余艘,无人机12架。"),
        [
            one("3500余艘", "3500", "items", "none"),
            one("12架", "12", "items", "none"),
        ]
    );
    // A noun with what is said of it after an adverb (全部 摘帽) is no
    // noun: the classifier counts items.
    // http://epaper.hljnews.cn/shb/pc/con/202303/06/content_126306.html
    assert_eq!(
        read("全国832个贫困县全部摘帽。"),
        [one("832个", "832", "items", "none")]
    );
}

#[test]
fn shillings_are_the_currency_of_the_country_the_text_names() {
    // https://www.the-star.co.ke/business/2019-06-04-rotich-to-present-sh308-trillion-budget-to-mps-next-week/
    let kenya = "Treasury CS Henry Rotich will present the 2019/20 Sh3.08 trillion budget. \
                 Kenya's consolidated funds are expected to be Sh805.8 billion.";
    assert_eq!(
        read(kenya),
        [
            one("Sh3.08 trillion", "3080000000000", "KES", "none"),
            one("Sh805.8 billion", "805800000000", "KES", "none"),
        ]
    );
    // Named by a city, in Uganda or Tanzania; USh and TSh say it alone.
    assert_eq!(
        read("Kampala will spend Shs 1.2 trillion."),
        [one("Shs 1.2 trillion", "1200000000000", "UGX", "none")]
    );
    assert_eq!(
        read("Dodoma set aside Sh500 billion."),
        [one("Sh500 billion", "500000000000", "TZS", "none")]
    );
    assert_eq!(
        read("the budget of USh 300 billion and TSh 2 trillion"),
        [
            one("USh 300 billion", "300000000000", "UGX", "none"),
            one("TSh 2 trillion", "2000000000000", "TZS", "none"),
        ]
    );
    // No country named, or two as often: the shilling is not guessed.
    for text in [
        "The government unveiled a Sh 1.6 trillion budget.",
        "Kenya and Uganda: Sh 5 billion each.",
    ] {
        let refused: Vec<_> = figures(text, None).filter(|f| f.is_err()).collect();
        assert_eq!(refused.len(), 1, "{text}");
    }
    // A word that ends in "sh" is no sign.
    assert_eq!(
        read("Kenya paid cash 5 million times."),
        [one("5 million times", "5000000", "times", "none")]
    );
}

#[test]
fn names_ages_and_page_markers_are_no_figures() {
    // A number word in title case after a word in title case is a name.
    // https://www.the-star.co.ke/business/2019-06-04-rotich-to-present-sh308-trillion-budget-to-mps-next-week/
    assert_eq!(
        read("The Big Four agenda will take at least 14.6 per cent of the total budget."),
        [one("at least 14.6 per cent", "14.6", "percent", "none")]
    );
    assert_eq!(read("Phase Two of the plan starts."), []);
    assert_eq!(
        read("The county built Four hospitals."),
        [one("Four hospitals", "4", "other:hospitals", "none")]
    );
    // Ages. https://www.irishtimes.com/business/brian-cowen-s-speech-part-2-1.1172962
    for text in [
        "a new childcare supplement for all children under the age of six years",
        "pensioners aged 65 and over",
        "children aged 6 to 14",
        "children between the ages of 6 and 14",
        "people aged over 60",
        "people 65 years of age",
        "a 10-year-old bridge",
    ] {
        assert_eq!(read(text), [], "{text}");
    }
    assert_eq!(
        read("raised by 6 to 14 per cent"),
        [one("raised by 6 to 14 per cent", "6", "percent", "up")]
    );
    // Page markers of a PDF. https://www.wnwk.com/doc/568772.html
    assert_eq!(read("第1页共18页XX市政府工作报告"), []);
    assert_eq!(read("You are on page 1 of 128"), []);
    // A count of pages elsewhere is a count (页 is no classifier the
    // reader knows yet).
    assert_eq!(read("全书共300页。"), [one("300", "300", "items", "none")]);
    // 号 numbers a thing: lines of a metro, buildings, documents.
    for text in [
        "地铁1、2号线建成通车。",
        "建成3号楼。",
        "1至3号线开通。",
        "5号文件印发。",
    ] {
        assert_eq!(read(text), [], "{text}");
    }
    // "half a dozen" is as loose as "a dozen".
    // http://business.rediff.com/money/2007/mar/03bud1.htm
    assert_eq!(
        read("There are some other small but essential changes, no more than half a dozen."),
        []
    );
}

#[test]
fn dates_and_periods_of_press_releases_are_no_figures() {
    // A day of the month alone after a name, before a place, a time or
    // a word of reporting, is the date of the release.
    // http://keji.dzwindows.com/5g/2022/0520/10099.html
    assert_eq!(
        read("新闻发言人贾俊强19日在北京表示,全国现行命案破案率达99.9%。"),
        [one("99.9%", "99.9", "percent", "none")]
    );
    assert_eq!(read("国务院新闻办公室27日举行新闻发布会。"), []);
    assert_eq!(read("新华社北京5日电"), []);
    // Days counted stay figures (日 is read as no unit yet).
    for text in ["连续5日无事故。", "共计15日。"] {
        assert_eq!(read(text).len(), 1, "{text}");
    }
    // The time a campaign or an effort took is a period.
    // https://zjwx.net/amp/china/269524.html
    assert_eq!(
        read("从2020年开始开展为期三年的专项行动,共侦办各类涉渔刑事案件2万余起。"),
        [one("2万余起", "20000", "cases", "none")]
    );
    for text in [
        "经过八年持续努力。",
        "用三年时间完成改造。",
        "历时3年建成。",
    ] {
        assert_eq!(read(text), [], "{text}");
    }
    // https://thedailywhistle.co.ke/treasury-cabinet-secretary-ukur-yatani/
    assert_eq!(
        read("The budget will be presented to parliament two months in advance."),
        []
    );
}

#[test]
fn a_currency_written_once_is_the_currency_of_the_bare_amounts_after_it() {
    // 4.5 × 10^9 and 3.9 × 10^9 dollars, joined by "and".
    assert_eq!(
        read("It was $4.5 billion and 3.9 billion."),
        [
            one("$4.5 billion", "4500000000", "dollar", "none"),
            one("3.9 billion", "3900000000", "dollar", "none"),
        ]
    );
    // "a further" joins them too (and makes the second a rise, as "more"
    // does); the rand sign names its currency.
    assert_eq!(
        read("South Africa adds R20 billion and a further 5 billion."),
        [
            one("R20 billion", "20000000000", "ZAR", "none"),
            one("further 5 billion", "5000000000", "ZAR", "up"),
        ]
    );
    // A change of level: the level reached takes the currency of the level
    // it started from, so both are dollars and the direction is up.
    let f = found("Spending rises from $15 billion to 20 billion.");
    assert_eq!(f.len(), 1);
    let reached = f[0].reading.quantity.as_ref().expect("a level");
    assert_eq!(reached.unit().to_string(), "dollar");
    assert_eq!(reached.expanded().to_string(), "20000000000");
    assert_eq!(
        f[0].reading.from.as_ref().map(|q| q.expanded().to_string()),
        Some("15000000000".into())
    );
    assert_eq!(f[0].reading.change_code(), "up");
    // In the next clause, "up from" a bare amount is where the amount
    // before started: one figure, up, from 3.9 × 10^9 dollars.
    let f = found("Revenue was $4.5 billion, up from 3.9 billion.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].reading.change_code(), "up");
    let from = f[0].reading.from.as_ref().expect("a starting level");
    assert_eq!(
        (from.expanded().to_string(), from.unit().to_string()),
        ("3900000000".into(), "dollar".into())
    );
    // Any other word between keeps the bare number a count: a verb (the
    // number may be people), a purpose ("to health"), a new subject, a
    // new sentence.
    for text in [
        "It spent $4.5 billion, benefiting 1.2 million.",
        "Kenya allocates KSh34.7 billion to health, against 30 billion.",
        "It spent $4.5 billion; the population is 1.4 billion.",
        "It spent $4.5 billion. And 1.4 billion.",
    ] {
        let units: Vec<String> = read(text).into_iter().map(|f| f.2).collect();
        assert_eq!(units.last().map(String::as_str), Some("items"), "{text}");
    }
    // A bare number with no scale word, or a thousand, is not taken as
    // money: "$4.5 billion and 300" may be anything.
    for text in [
        "It was $4.5 billion and 300.",
        "It was $4.5 billion and 30 thousand.",
    ] {
        let units: Vec<String> = read(text).into_iter().map(|f| f.2).collect();
        assert_eq!(units.last().map(String::as_str), Some("items"), "{text}");
    }
    // Chinese writes 元 after each amount; a bare 亿 after one is left alone.
    assert_eq!(
        read("收入5亿元和3亿。"),
        [
            one("5亿元", "500000000", "CNY", "none"),
            one("3亿", "300000000", "items", "none"),
        ]
    );
}

#[test]
fn a_change_of_level_that_writes_its_unit_twice_is_one_figure() {
    /// The level reached, its unit, its direction and where it started.
    fn level(text: &str) -> Vec<(String, String, String, Option<String>)> {
        found(text)
            .into_iter()
            .map(|f| {
                let q = f.reading.quantity.as_ref().expect("a level");
                (
                    q.expanded().to_string(),
                    q.unit().to_string(),
                    f.reading.change_code().to_owned(),
                    f.reading.from.as_ref().map(|q| q.expanded().to_string()),
                )
            })
            .collect()
    }
    let row = |v: &str, unit: &str, change: &str, from: &str| {
        (
            v.to_owned(),
            unit.to_owned(),
            change.to_owned(),
            Some(from.to_owned()),
        )
    };
    // The noun after the classifier, written after both numbers, stands
    // between the first number and the verb: one change of level, down
    // from 20 to 10 working days.
    assert_eq!(
        level("审批时限由20个工作日压缩至10个工作日。"),
        [row("10", "other:工作日", "down", "20")]
    );
    // A noun of companies, up from 5 to 8.
    assert_eq!(
        level("由5家企业增加到8家企业。"),
        [row("8", "other:企业", "up", "5")]
    );
    // 缩短 (to shorten) is a word of change: from 3 days to 1.
    assert_eq!(
        level("办理时间由3天缩短到1天。"),
        [row("1", "days", "down", "3")]
    );
    assert_eq!(
        read("平均审批时间缩短60%。"),
        [one("缩短60%", "60", "percent", "down")]
    );
}

#[test]
fn a_negation_after_a_counted_noun_ends_the_noun() {
    // What follows 未 or 没有 is said of the noun, and is no part of it.
    assert_eq!(
        read("全国有14個省份未完成。"),
        [one("14個省份", "14", "other:省份", "none")]
    );
    assert_eq!(
        read("仍有3个项目没有开工。"),
        [one("3个项目", "3", "other:项目", "none")]
    );
    // A noun that starts with 未 keeps it, and 未来 is no negation.
    assert_eq!(
        read("帮教12个未成年人。"),
        [one("12个未成年人", "12", "other:未成年人", "none")]
    );
    assert_eq!(
        read("建成5个城市未来社区。"),
        [one("5个城市未来社区", "5", "other:城市未来社区", "none")]
    );
}

#[test]
fn a_part_said_in_or_out_of_a_whole_is_a_share() {
    // 9/10, 1/4 and 4/5: the quotient, a fraction; the figure's words run
    // to the whole's number.
    assert_eq!(
        read("Nine in ten households have power."),
        [one("Nine in ten", "0.9", "fraction", "none")]
    );
    assert_eq!(
        read("One in four children is enrolled."),
        [one("One in four", "0.25", "fraction", "none")]
    );
    assert_eq!(
        read("We met 4 out of the 5 targets."),
        [one("4 out of the 5", "0.8", "fraction", "none")]
    );
    // A whole of time, money or percent, a smaller whole or a year is no
    // share: "5 in 12 months" counts in a period.
    let units = |text: &str| -> Vec<String> { read(text).into_iter().map(|f| f.2).collect() };
    assert_ne!(units("Cases fell by 5 in 12 months."), ["fraction"]);
    assert_ne!(units("We treated 3 in 2 clinics."), ["fraction"]);
    assert_eq!(units("We opened 5 in 2024."), ["items"]);
}

#[test]
fn numbers_in_web_and_mail_addresses_are_no_figures() {
    // The address names a page; the figure after it is read.
    assert_eq!(
        read("Read it at https://example.com/node/691611, where we list 12 projects."),
        [one("12 projects", "12", "other:projects", "none")]
    );
    // A number glued to a word inside an address is no reason to refuse.
    assert_eq!(
        read("See www.treasury.gov.za/budget2023/speech for the 20 tables."),
        [one("20 tables", "20", "other:tables", "none")]
    );
    assert_eq!(
        read("Write to budget2024@treasury.gov.za for 3 copies."),
        [one("3 copies", "3", "other:copies", "none")]
    );
    // In Chinese text too, and a query's value after "=".
    assert_eq!(
        read("详见http://www.gov.cn/2023/05/12/content_5753.htm，全年增长5%。"),
        [one("增长5%", "5", "percent", "up")]
    );
    assert_eq!(read("page?id=2018 and more"), []);
    // A name with a number glued to it outside an address stays a name,
    // and a figure next to one is read.
    assert_eq!(
        read("PM2.5 fell 3%."),
        [one("fell 3%", "3", "percent", "down")]
    );
}

#[test]
fn a_budget_named_with_its_year_is_no_level_to_compare_with() {
    // https://theedgemalaysia.com/node/691611
    assert_eq!(
        read("The Ministry of Finance received RM66.6 billion under Budget 2024."),
        [one("RM66.6 billion", "66600000000", "MYR", "none")]
    );
    // "under budget" with no year is a comparison with the budget.
    assert_eq!(
        read("The project came in $14 million under budget."),
        [one("$14 million", "14000000", "dollar", "down")]
    );
}

#[test]
fn a_plural_of_capitals_ends_a_counted_noun() {
    // https://theedgemalaysia.com/node/691611: "MPs" is the plural the
    // noun ends at; the verb after it is no part of it.
    assert_eq!(
        read("In the afternoon, 21 MPs debated MOHE's allocation."),
        [one("21 MPs", "21", "other:mps", "none")]
    );
    assert_eq!(
        read("We helped 3,000 SMEs grow."),
        [one("3,000 SMEs", "3000", "other:smes", "none")]
    );
}

#[test]
fn currencies_named_by_their_word_after_the_amount() {
    // Yen, rupiah and baht are each one country's.
    assert_eq!(
        read(
            "Japan spends 110 trillion yen, Indonesia 3,300 trillion rupiah and Thailand 3.5 trillion baht."
        ),
        [
            one("110 trillion yen", "110000000000000", "JPY", "none"),
            one("3,300 trillion rupiah", "3300000000000000", "IDR", "none"),
            one("3.5 trillion baht", "3500000000000", "THB", "none"),
        ]
    );
    // Pesos are the Philippines' where the text names it; shillings the
    // country's the text names.
    assert_eq!(
        read("The Philippines will spend 5.768 trillion pesos."),
        [one("5.768 trillion pesos", "5768000000000", "PHP", "none")]
    );
    assert_eq!(
        read("Uganda will borrow 5 trillion shillings."),
        [one("5 trillion shillings", "5000000000000", "UGX", "none")]
    );
    assert_eq!(
        read("Kenya will borrow 300 billion shillings."),
        [one("300 billion shillings", "300000000000", "KES", "none")]
    );
    // Named with no country of theirs, the word is no currency this
    // reader can tell.
    for text in [
        "Mexico spends 9 trillion pesos.",
        "The board holds 5 million shillings.",
    ] {
        let units: Vec<String> = read(text).into_iter().map(|f| f.2).collect();
        assert!(
            units.iter().all(|u| u.starts_with("other:")),
            "{text}: {units:?}"
        );
    }
}

#[test]
fn a_qualifier_inside_a_chinese_noun_qualifies_the_noun() {
    // https://guanchang.qwyd.net/zhengfugongzuobaogao/287209.html: 县级以上
    // is the level of the enterprises counted, no bound of the 75.
    assert_eq!(
        read("75家县级以上农业龙头企业年销售收入18.4亿元，增长10.5%。"),
        [
            one("75家", "75", "items", "none"),
            one("18.4亿元", "1840000000", "CNY", "none"),
            one("增长10.5%", "10.5", "percent", "up"),
        ]
    );
    assert_eq!(qualifiers("培育5个省级以上示范园区。"), ["exact"]);
    // At the noun's end it is the number's bound.
    assert_eq!(qualifiers("建成12个检查站点以上。"), ["at_least"]);
}

#[test]
fn a_level_compared_with_and_a_period_written_as_a_dashed_range() {
    // https://www.moneycontrol.com/news/business/economy/fiscal-deficit-bangtarget-indiabright-spot-finmin-993710.html
    // The deficit after "improvement over" is the level compared with, no
    // change; a time between "over" and the figure keeps the change.
    assert_eq!(
        read(
            "The fiscal deficit at 3.9 percent of GDP is a significant improvement over the deficit of 4.1 percent in 2014-15."
        ),
        [
            one("3.9 percent", "3.9", "percent", "none"),
            one("4.1 percent", "4.1", "percent", "none"),
        ]
    );
    assert_eq!(
        read("Exports showed growth over the previous year of 7.9 percent."),
        [one("7.9 percent", "7.9", "percent", "up")]
    );
    // https://www.bjpassociates.com/blog/deficit-to-be-lower-fiscal-revenue-deficit-to-be-lower-than-estimates/
    // "next 3-4 days" is a period: neither end is a figure. A range of
    // days said of how long a thing takes is one.
    assert_eq!(
        read("So in next 3-4 days we will get more additions to revenue."),
        []
    );
    assert_eq!(read("Over the next 2-3 years we will act."), []);
    assert_eq!(
        read("A permit takes 3-4 days."),
        [one("3-4 days", "3", "days", "none")]
    );
}

#[test]
fn streaks_beside_other_figures_datelines_and_service_lines() {
    // https://szb.qzwb.com/qzwb/pc/cons/202408/28/content_98106.html
    // A streak in an enumeration with 、 leaves the other member to read:
    // the fall of 30.1% and the 14 months it has lasted.
    let f = found("全国公安机关刑事案件立案数同比下降30.1%、已连续14个月同比下降。");
    let kinds: Vec<(String, bool)> = f
        .iter()
        .map(|f| (f.reading.change_code().to_owned(), f.reading.streak))
        .collect();
    assert_eq!(
        kinds,
        [("down".to_owned(), false), ("none".to_owned(), true)]
    );
    // A streak alone is still the clause's one figure.
    assert_eq!(found("连续10年未发生重大交通事故。").len(), 1);
    // The day right after a dateline is a date.
    assert_eq!(
        read("本报讯 27日,国务院新闻办公室举行发布会,破获案件491起。"),
        [one("491起", "491", "cases", "none")]
    );
    // 110 and 12345 name service lines; a number with a magnitude or a
    // classifier before the same words stays a figure.
    assert_eq!(
        read("全国110刑事、治安警情同比分别下降18.1%、10.9%。"),
        [
            one("下降18.1%", "18.1", "percent", "down"),
            one("10.9%", "10.9", "percent", "down"),
        ]
    );
    assert_eq!(
        read("12345政务服务便民热线受理诉求12万件。"),
        [one("12万件", "120000", "cases", "none")]
    );
    assert_eq!(
        read("投资110亿元建设服务中心。"),
        [one("110亿元", "11000000000", "CNY", "none")]
    );
    assert_eq!(
        read("建成120家服务站。"),
        [one("120家服务站", "120", "other:服务站", "none")]
    );
}

#[test]
fn up_to_after_a_verb_of_rising_is_the_level_reached() {
    // onlanka.com (Sri Lanka, 2019): "it went up to 14.2 percent in 2016"
    // is the level the revenue reached, read as after "rose to" (no
    // bound); a bare "up to" stays an upper bound.
    assert_eq!(
        read("and it went up to 14.2 percent in 2016"),
        [one("14.2 percent", "14.2", "percent", "none")]
    );
    assert_eq!(
        qualifiers("and it went up to 14.2 percent in 2016"),
        ["exact"]
    );
    assert_eq!(qualifiers("the rate edged up to 4.1 per cent"), ["exact"]);
    assert_eq!(qualifiers("grants of up to 200 dollars"), ["at_most"]);
}

#[test]
fn a_number_refused_leaves_the_clause_s_other_figures() {
    // dailymirror.lk (Sri Lanka, 2019-01-08): "Rs.2, 200 billion" is one
    // amount spaced out after its comma; read as Rs 2 and 200 billion it
    // would be two wrong figures, so it is refused, in one clause.
    let all: Vec<_> = figures(
        "Rs.2, 200 billion had been allocated for debt servicing.",
        None,
    )
    .collect();
    assert!(all.len() == 1 && all[0].is_err(), "{all:?}");
    // A refusal stands in its place; the clause's other figures are read
    // (they were lost with it).
    for text in [
        "We spent 5 million and $495, 286, 000 on 12 schools",
        "We spent 5 million and 2.5.6 on 12 schools",
    ] {
        let all: Vec<_> = figures(text, None).collect();
        assert!(
            all.len() == 3 && all[0].is_ok() && all[1].is_err() && all[2].is_ok(),
            "{text:?}: {all:?}"
        );
        let words: Vec<&str> = all
            .iter()
            .filter_map(|f| f.as_ref().ok())
            .map(|f| &text[f.span.clone()])
            .collect();
        assert_eq!(words, ["5 million", "12 schools"], "{text:?}");
    }
}

#[test]
fn numbers_run_together_are_one_refusal_among_the_clause_s_figures() {
    // "1 8" with only a space between is a damaged figure (a PDF's lost
    // comma or digit), never two figures; the run is one refusal, where
    // its first number stands, and the clause's other figures are read.
    for (text, refused_at) in [
        ("Police solved 1 8 cases and 58 abduction cases", 16),
        ("Police solved 1 8 9 cases and 58 abduction cases", 16),
    ] {
        let all: Vec<_> = figures(text, None).collect();
        assert!(
            all.len() == 2 && all[0].is_err() && all[1].is_ok(),
            "{text:?}: {all:?}"
        );
        let Err(refusal) = &all[0] else {
            unreachable!()
        };
        let message = refusal.error.to_string();
        assert!(
            message.contains("two numbers in a row"),
            "{text:?}: {message}"
        );
        assert_eq!(refusal.at, refused_at, "{text:?}");
        let Ok(f) = &all[1] else { unreachable!() };
        assert_eq!(&text[f.span.clone()], "58 abduction cases");
    }
}

#[test]
fn chinese_years_in_numerals_and_changes_of_a_rate() {
    // Hubei's 2008 report writes years in numerals, 〇 or 0 for nought:
    // 由二〇〇二年的X增加到二〇〇七年的Y is one change, the level reached.
    for text in [
        "全省生产总值由二〇〇二年的3520亿元增加到二〇〇七年的7345亿元。",
        "全省生产总值由二00二年的3520亿元增加到二00七年的7345亿元。",
    ] {
        let reached = found(text);
        assert_eq!(reached.len(), 1, "{text}: {reached:?}");
        assert_eq!(&text[reached[0].span.clone()], "7345亿元");
        assert_eq!(reached[0].reading.change_code(), "up");
        let from = reached[0].reading.from.as_ref().map(|q| q.expanded());
        assert_eq!(from.map(|v| v.to_string()), Some("352000000000".into()));
    }
    // A rate of growth that quickens, slows or narrows (Anhui, first
    // quarter of 2019; Jilin): up, down, down.
    for (text, words, value, change) in [
        (
            "增速比上年加快0.2个百分点。",
            "加快0.2个百分点",
            "0.2",
            "up",
        ),
        ("增速放缓0.5个百分点。", "放缓0.5个百分点", "0.5", "down"),
        ("增速放慢0.6个百分点。", "放慢0.6个百分点", "0.6", "down"),
        ("增速减缓0.7个百分点。", "减缓0.7个百分点", "0.7", "down"),
        (
            "出口降幅收窄0.8个百分点。",
            "收窄0.8个百分点",
            "0.8",
            "down",
        ),
    ] {
        assert_eq!(
            read(text),
            [one(words, value, "percentage_points", change)],
            "{text}"
        );
    }
    // 4.6和3.1个百分点: the unit of the last member is the first's too,
    // after 和 as after 、.
    assert_eq!(
        read("增速分别比全国快4.6和3.1个百分点。"),
        [
            one("4.6", "4.6", "percentage_points", "up"),
            one("3.1个百分点", "3.1", "percentage_points", "up"),
        ]
    );
    assert_eq!(
        read("分别有3个和5个。"),
        [
            one("3个", "3", "items", "none"),
            one("5个", "5", "items", "none"),
        ]
    );
    // A count whose "noun" is a comparison and a change counts items
    // (Anhui, first half of 2025); a noun that holds a word of change
    // is kept.
    assert_eq!(
        read("41个行业中有32个增加值同比增长。"),
        [
            one("41个", "41", "items", "none"),
            one("32个", "32", "items", "none"),
        ]
    );
    assert_eq!(
        read("培育两个增长极。"),
        [one("两个增长极", "2", "other:增长极", "none")]
    );
}

#[test]
fn an_ordinal_before_a_noun_is_no_rank() {
    // Hefei's 2022 quarterly figures and a 2022 city report: 全市第一产业
    // is "the city's primary industry", no first place; its figure is
    // read. 4.5906 × 10^10 yuan.
    assert_eq!(
        read("全市第一产业增加值459.06亿元，增长3.2%。"),
        [
            one("459.06亿元", "45906000000", "CNY", "none"),
            one("增长3.2%", "3.2", "percent", "up"),
        ]
    );
    assert_eq!(read("全省第一个国家级新区获批。"), []);
    // A rank ends at its ordinal, at 位 or 名, or before 的.
    for (text, words) in [
        ("增速全省第一。", "一"),
        ("居全国第2位的城市。", "2"),
        ("排名全省第三名，", "三"),
        ("增速全省第一的县区。", "一"),
    ] {
        let all = found(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        assert_eq!(&text[all[0].span.clone()], words, "{text}");
        assert!(all[0].reading.rank.is_some(), "{text}: {all:?}");
    }
}

#[test]
fn an_amount_and_its_share_compared_after_them_are_changes() {
    // Oklahoma's treasurer on gross receipts (capitolbeatok.com, 2017):
    // "X, or Y percent, more than October 2016" says by how much the
    // month grew, in dollars and in percent: both are changes up.
    let text = "That is $40.6 million, or 11.8 percent, more than October 2016.";
    assert_eq!(
        read(text),
        [
            one("$40.6 million", "40600000", "dollar", "up"),
            one("11.8 percent", "11.8", "percent", "up"),
        ]
    );
    for (comparison, change) in [
        ("less than the prior year", "down"),
        ("below the prior year", "down"),
        ("above the prior year", "up"),
        ("higher than last year", "up"),
    ] {
        let text = format!("Collections were $12.3 million, or 2.1 percent, {comparison}.");
        let changes: Vec<String> = read(&text).into_iter().map(|f| f.3).collect();
        assert_eq!(changes, [change, change], "{text}");
    }
    // Without the share in percent, an amount before "more than" may be a
    // level ("$5 million, more than the schools got"): left a level; and a
    // comparison that does not follow the pair at once changes nothing.
    assert_eq!(
        read("The fund got $5 million, more than the schools got."),
        [one("$5 million", "5000000", "dollar", "none")]
    );
    assert_eq!(
        read("It was $40.6 million, or 11.8 percent, and more than October 2016."),
        [
            one("$40.6 million", "40600000", "dollar", "none"),
            one("11.8 percent", "11.8", "percent", "none"),
        ]
    );
    // "more when compared to" is a comparison too, and its words are not
    // the figure's.
    assert_eq!(
        read("Receipts were $26.1 million more when compared to last year."),
        [one("$26.1 million", "26100000", "dollar", "up")]
    );
    // "the prior 12 months" is a period, no figure.
    assert_eq!(
        read("Receipts over the prior 12 months total $12.1 billion."),
        [one("$12.1 billion", "12100000000", "dollar", "none")]
    );
}

#[test]
fn nouns_of_change_after_an_article_or_a_word_of_measure() {
    // "a cut of 4%" is the noun, as "a reduction of 4%" (Mauritius budget,
    // breakingafricanews.com); "3.7% real growth" is growth.
    assert_eq!(
        read("There will be a cut of 4% in the budget."),
        [one("4%", "4", "percent", "down")]
    );
    assert_eq!(
        read("The economy recorded 3.7% real growth."),
        [one("3.7%", "3.7", "percent", "up")]
    );
    assert_eq!(
        read("The economy recorded 2.1% real GDP growth."),
        [one("2.1%", "2.1", "percent", "up")]
    );
    // A transitive verb with its object stays what it was: the figure
    // inside the object is a level.
    assert_eq!(
        read("We cut the upper limit of the 20 per cent tax slab."),
        [one("20 per cent", "20", "percent", "none")]
    );
    // A word of measure before no noun of change says nothing.
    assert_eq!(
        read("Wages were 3.7% real terms."),
        [one("3.7%", "3.7", "percent", "none")]
    );
}

#[test]
fn a_dash_before_a_chinese_year_is_no_minus() {
    // A title or an item opened by a dash (gcs66.com, a 2022 city
    // review): the year is no figure, never −2022 years.
    for text in ["—2022年全市经济运行情况", "-2022年，全市生产总值增长5%。"] {
        let all = found(text);
        assert!(
            all.iter().all(|f| !text[f.span.clone()].contains("2022")),
            "{text}: {all:?}"
        );
    }
    assert_eq!(
        read("-2022年，全市生产总值增长5%。"),
        [one("增长5%", "5", "percent", "up")]
    );
    // A minus before a number of another kind stays a minus: a growth of
    // −6.8% is a fall of 6.8%.
    assert_eq!(
        read("增长-6.8%。"),
        [one("增长-6.8%", "6.8", "percent", "down")]
    );
}

#[test]
fn chinese_comparisons_with_jiao_and_members_of_one_measure() {
    // 较 compares as 比 does; 差 after it is short of what is compared
    // (Kunming, 2023: 较目标差 X个百分点).
    assert_eq!(
        read("增速较目标差1.2个百分点。"),
        [one("1.2个百分点", "1.2", "percentage_points", "down")]
    );
    assert_eq!(
        read("较上年高0.3个百分点。"),
        [one("0.3个百分点", "0.3", "percentage_points", "up")]
    );
    // 分别 makes the 、 list the members of one measure: each is money per
    // person (Anhui, first half of 2025).
    assert_eq!(
        read("城镇和农村居民人均可支配收入分别达55072元、37787元。"),
        [
            one("55072元", "55072", "CNY/person", "none"),
            one("37787元", "37787", "CNY/person", "none"),
        ]
    );
    // 分别 after the 、 belongs to another measure.
    assert_eq!(
        read("人均纯收入5000元、财政收入分别为20亿元"),
        [
            one("5000元", "5000", "CNY/person", "none"),
            one("20亿元", "2000000000", "CNY", "none"),
        ]
    );
}

#[test]
fn fiscal_years_of_two_digits_and_the_dollars_of_other_countries() {
    // "the 25/26 budget" names a fiscal year (Namibia's budget,
    // informante.web.na); "2/3" and a fraction of two digits that are no
    // consecutive years stay fractions.
    assert_eq!(read("The 25/26 budget is large."), []);
    assert_eq!(read("The 24/25 financial year ended."), []);
    assert_eq!(
        read("We built 2/3 of schools."),
        [one(
            "2/3",
            "0.6666666666666666666666666667",
            "fraction",
            "none"
        )]
    );
    assert_eq!(
        read("The 25/50 budget is large."),
        [one("25/50", "0.5", "fraction", "none")]
    );
    // The dollars of Namibia, Trinidad and Tobago, the Eastern Caribbean,
    // Barbados, Guyana and Belize by their signs (ISO 4217 codes).
    for (text, value, code) in [
        ("N$80.1 billion", "80100000000", "NAD"),
        ("TT$5.2 billion", "5200000000", "TTD"),
        ("EC$30 million", "30000000", "XCD"),
        ("Bds$4.5 million", "4500000", "BBD"),
        ("G$10 billion", "10000000000", "GYD"),
        ("BZ$2 million", "2000000", "BZD"),
    ] {
        let sentence = format!("We will spend {text} on roads.");
        assert_eq!(
            read(&sentence),
            [one(text, value, code, "none")],
            "{sentence}"
        );
    }
    // A decimal comma before a scale word, after the sign of a country
    // that writes one: 56.4 × 10^9, 12.5 × 10^9; elsewhere still refused.
    assert_eq!(
        read("The budget is N$56,4 billion."),
        [one("N$56,4 billion", "56400000000", "NAD", "none")]
    );
    assert_eq!(
        read("We allocate R12,5 billion."),
        [one("R12,5 billion", "12500000000", "ZAR", "none")]
    );
    let refused: Vec<_> = figures("It cost $1,5 million.", None).collect();
    assert!(matches!(refused.as_slice(), [Err(_)]), "{refused:?}");
}

#[test]
fn a_line_that_goes_on_in_lowercase_is_wrapped_and_a_class_by_size_is_no_figure() {
    // A short line before a lowercase word is no heading: the text was
    // wrapped, and the noun on the next line is the count's.
    assert_eq!(
        read("We built 500\nhospitals last year."),
        [one("500\nhospitals", "500", "other:hospitals", "none")]
    );
    // Before a capital the short line may be a heading, and stays one.
    let all = found("Table 3\nRevenue of 5 million was raised.");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(
        &"Table 3\nRevenue of 5 million was raised."[all[0].clause.clone()],
        "Revenue of 5 million was raised"
    );
    // 过千亿元城市, 千亿级产业集群, 百亿元企业, as provincial reports write them: a class
    // of cities, clusters or firms named by a round size; the count of them
    // is the figure. A threshold said of one measure is a figure.
    assert_eq!(
        read("全省过千亿元城市达到5个。"),
        [one("5个", "5", "items", "none")]
    );
    assert_eq!(
        read("打造千亿级产业集群3个。"),
        [one("3个", "3", "items", "none")]
    );
    assert_eq!(
        read("培育百亿元企业10家。"),
        [one("10家", "10", "items", "none")]
    );
    assert_eq!(
        read("总量达千亿元。"),
        [one("千亿元", "100000000000", "CNY", "none")]
    );
    assert_eq!(
        read("引进50亿元项目3个。"),
        [
            one("50亿元", "5000000000", "CNY", "none"),
            one("3个", "3", "items", "none"),
        ]
    );
}

#[test]
fn a_sign_said_in_a_word_and_units_of_energy() {
    // New South Wales' budget result (budget.nsw.gov.au): "negative $7.8
    // billion" is −7.8 × 10^9; "minus 0.5 per cent" growth is a fall of
    // 0.5%, as "-0.5 per cent" is. The word is in the figure's span.
    assert_eq!(
        read("Net debt is projected to be negative $7.8 billion in 2017."),
        [one(
            "negative $7.8 billion",
            "-7800000000",
            "dollar",
            "none"
        )]
    );
    assert_eq!(
        read("Growth was minus 0.5 per cent."),
        [one("minus 0.5 per cent", "0.5", "percent", "down")]
    );
    // "negative" before a noun says nothing of a figure after it.
    assert_eq!(
        read("It had a negative effect on 5 schools."),
        [one("5 schools", "5", "other:schools", "none")]
    );
    // 亿千瓦时 is energy, not power: the word as written, never kilowatts
    // (a statistics bureau's briefing on electricity, tjj.cbs.gov.cn);
    // 千伏安 likewise; 千瓦 stays kilowatts; 张 counts beds.
    assert_eq!(
        read("工业用电量为13.83亿千瓦时。"),
        [one("13.83亿千瓦时", "1383000000", "other:千瓦时", "none")]
    );
    assert_eq!(
        read("变压器累计实现2828.08万千伏安。"),
        [one("2828.08万千伏安", "28280800", "other:千伏安", "none")]
    );
    assert_eq!(
        read("装机容量120万千瓦。"),
        [one("120万千瓦", "1200000", "kw", "none")]
    );
    assert_eq!(
        read("床位3080张。"),
        [one("3080张", "3080", "items", "none")]
    );
}

#[test]
fn changes_of_level_whose_verb_says_no_direction_and_by_after_a_comma() {
    // South Africa's 2024 budget (citizen.co.za): "worsen from 4% to
    // 4.9%" is a change of level, up, from 4%, never a range; "brought
    // down the fiscal deficit from 5.5 per cent to 5.1 per cent" (India's
    // 2011 budget, thehindubusinessline.com) is down, from 5.5, never a
    // refusal of a range whose ends are out of order.
    let worse = found("The deficit is estimated to worsen from 4% to 4.9% of GDP.");
    assert_eq!(worse.len(), 1, "{worse:?}");
    assert_eq!(worse[0].reading.change_code(), "up");
    let q = worse[0].reading.quantity.as_ref().unwrap();
    assert_eq!(
        (q.expanded().to_string(), q.qualifier().to_string()),
        ("4.9".into(), "exact".into())
    );
    let from = worse[0]
        .reading
        .from
        .as_ref()
        .map(|q| q.expanded().to_string());
    assert_eq!(from.as_deref(), Some("4"));
    let down = found(
        "I have brought down the fiscal deficit from 5.5 per cent to 5.1 per cent of the GDP.",
    );
    assert_eq!(down.len(), 1, "{down:?}");
    assert_eq!(down[0].reading.change_code(), "down");
    let from = down[0]
        .reading
        .from
        .as_ref()
        .map(|q| q.expanded().to_string());
    assert_eq!(from.as_deref(), Some("5.5"));
    // Levels that do not move say no change.
    let same = found("The rate went from 5% to 5%.");
    assert!(
        same.iter().all(|f| f.reading.change_code() == "none"),
        "{same:?}"
    );
    // "ranging from 5 to 10 percent" stays a range.
    assert_eq!(qualifiers("Rates range from 5 to 10 percent."), ["range"]);
    // "revised higher, by R15.7 billion to R356 billion": the change and
    // the level reached, two figures, never one range.
    assert_eq!(
        read("Costs have been revised higher, by R15.7 billion to R356 billion."),
        [
            one("R15.7 billion", "15700000000", "ZAR", "up"),
            one("R356 billion", "356000000000", "ZAR", "none"),
        ]
    );
    assert_eq!(
        read("Spending fell, by 5%."),
        [one("5%", "5", "percent", "down")]
    );
}

#[test]
fn a_scale_written_once_and_a_change_word_of_another_subject() {
    // Barbados' 2018–2019 estimates (gisbarbados.gov.bb): "$410.0 million
    // on the accrual basis and $430.2 on the cash basis" writes million
    // once; money is never written to a tenth of a dollar. 430.2 × 10^6.
    assert_eq!(
        read(
            "It is estimated to be a surplus of $410.0 million on the accrual basis and $430.2 on the cash basis."
        ),
        [
            one("$410.0 million", "410000000", "dollar", "none"),
            one("$430.2", "430200000", "dollar", "none"),
        ]
    );
    // Alone, or after an amount of another currency or far off in size,
    // it is left as written.
    assert_eq!(
        read("The fee is $430.2."),
        [one("$430.2", "430.2", "dollar", "none")]
    );
    assert_eq!(
        read("It cost £410.0 million and $430.2 more."),
        [
            one("£410.0 million", "410000000", "GBP", "none"),
            one("$430.2", "430.2", "dollar", "none"),
        ]
    );
    assert_eq!(
        read("It cost $9.0 million and $4.5 in fees."),
        [
            one("$9.0 million", "9000000", "dollar", "none"),
            one("$4.5", "4500000", "dollar", "none"),
        ]
    );
    assert_eq!(
        read("It cost $900.0 million and $4.5 in fees."),
        [
            one("$900.0 million", "900000000", "dollar", "none"),
            one("$4.5", "4.5", "dollar", "none"),
        ]
    );
    // India's 2011–12 budget (thehindubusinessline.com): the second
    // expenditure is a level; "an increase of" is said of the figures
    // after it, not of one after "and" and a new subject.
    assert_eq!(
        read(
            "The Plan Expenditure at Rs 4,41,547 crore marks an increase of 18.3 per cent and the Non Plan Expenditure at Rs 8,16,182 crore is an increase of 10.9 per cent."
        ),
        [
            one("Rs 4,41,547 crore", "4415470000000", "INR", "none"),
            one("18.3 per cent", "18.3", "percent", "up"),
            one("Rs 8,16,182 crore", "8161820000000", "INR", "none"),
            one("10.9 per cent", "10.9", "percent", "up"),
        ]
    );
    // A list after one verb shares it.
    assert_eq!(
        read("Exports rose 5% and 7% respectively."),
        [
            one("rose 5%", "5", "percent", "up"),
            one("7%", "7", "percent", "up"),
        ]
    );
}

#[test]
fn yuan_not_written_after_yi_and_numbers_inside_web_addresses() {
    // Fang county's 2018 briefing (szb.jinrifangxian.com): 生产总值56.7亿
    // is 5.67 × 10^9 yuan, the measure before it being money; a count of
    // visitors stays people, and 亿 before no measure of money stays a
    // number.
    assert_eq!(
        read("全县完成生产总值56.7亿,增长7.5%。"),
        [
            one("56.7亿", "5670000000", "CNY", "none"),
            one("增长7.5%", "7.5", "percent", "up"),
        ]
    );
    assert_eq!(
        read("全年接待游客1.2亿。"),
        [one("1.2亿", "120000000", "people", "none")]
    );
    let people = read("全省人口达1.2亿。");
    assert!(
        people.len() == 1 && people[0].1 == "120000000" && people[0].2 != "CNY",
        "{people:?}"
    );
    // A web address's digits are no figures and no refusal, whatever
    // marks it holds (wired-gov.net); the text around it is read.
    for text in [
        "# http://www.wired-gov.net/wg/news.nsf/articles/Budget+sees+record+12bn+health+spending+02022015125356?open",
        "Watch it at https://www.youtube.com/watch?v=MQ20NQWB now.",
        "See www.treasury.gov.za/2024/budget for the tables.",
        "详见http://www.gov.cn/2024/12345.htm。",
    ] {
        let all: Vec<_> = figures(text, None).collect();
        assert!(all.is_empty(), "{text}: {all:?}");
    }
    assert_eq!(
        read("Watch it at https://www.youtube.com/watch?v=MQ20NQWB now, with 5 schools."),
        [one("5 schools", "5", "other:schools", "none")]
    );
}

#[test]
fn spans_of_days_grades_slogans_age_bands_and_a_figure_before_a_rank() {
    // Barbados' estimates (gisbarbados.gov.bb): "from February 12 to 16,
    // 2018" is a span of days, no count of 16; "March 3-5" likewise. A
    // count after "and" stays one.
    assert_eq!(
        read("The Debate will ensue from February 12 to 16, 2018, on the Bill."),
        []
    );
    assert_eq!(read("It ran from March 3-5."), []);
    assert_eq!(
        read("On March 3 and 5 schools opened."),
        [one("5 schools", "5", "other:schools", "none")]
    );
    assert_eq!(
        read("Scores rose from 12 to 16 points."),
        [one("16 points", "16", "other:points", "up")]
    );
    // 国家3a级旅游景区 (a grade, in lowercase as typed; Yuancheng's 2022
    // report): a name, no refusal; the clause's counts are read.
    let all: Vec<_> = figures("获评国家3a级旅游景区1个、省级乡村民宿示范点3个。", None).collect();
    assert!(all.iter().all(Result::is_ok), "{all:?}");
    assert_eq!(
        read("获评国家3a级旅游景区1个、省级乡村民宿示范点3个。"),
        [
            one("1个", "1", "items", "none"),
            one("3个", "3", "items", "none"),
        ]
    );
    // Slogans and a classifier said twice count nothing (Erdaojiang's
    // report: 一条龙服务); one road is one.
    for text in [
        "康养墓一条龙服务体系初步形成。",
        "形成全省一张网。",
        "全市一盘棋。",
        "推进一件事一次办改革。",
        "坚持一张蓝图绘到底。",
        "发放一张张证书。",
    ] {
        assert_eq!(read(text), [], "{text}");
    }
    assert_eq!(
        read("新建一条高速公路。"),
        [one("一条", "1", "items", "none")]
    );
    // 0-17岁 and 18至34岁 are bands of ages (a 2022 city communiqué's
    // table), their low ends too.
    assert_eq!(read("其中:0-17岁人口。"), []);
    assert_eq!(read("18至34岁人口。"), []);
    // Fang county's 2018 briefing: a figure before a rank's field is read
    // with the rank; a count of what is ranked stays the rank's words.
    let both = found("工业增加值增长8.2%居全省第一。");
    assert_eq!(both.len(), 2, "{both:?}");
    assert_eq!(both[0].reading.change_code(), "up");
    assert!(both[1].reading.rank.is_some(), "{both:?}");
    let alone = found("地方一般公共预算收入3项指标增速全市第一。");
    assert!(
        alone.len() == 1 && alone[0].reading.rank.is_some(),
        "{alone:?}"
    );
}

#[test]
fn nouns_of_change_after_words_of_what_is_measured_and_before_of() {
    // The Scottish Government on Westminster's cuts (wired-gov.net, 2015)
    // and Fiji's finance minister (fbcnews.com.fj): "cuts of over 25 per
    // cent" is down, "a 22 percent overall revenue growth" up.
    assert_eq!(
        read("including capital spending cuts of over 25 per cent."),
        [one("over 25 per cent", "25", "percent", "down")]
    );
    assert_eq!(
        read("resulting in a 22 percent overall revenue growth compared to last year."),
        [one("22 percent", "22", "percent", "up")]
    );
    assert_eq!(
        read("It recorded a 5 percent revenue increase."),
        [one("5 percent", "5", "percent", "up")]
    );
    // A share of something, or growth said of another noun after "of",
    // is no change.
    assert_eq!(
        read("A 5 percent revenue share."),
        [one("5 percent", "5", "percent", "none")]
    );
    assert_eq!(
        read("5 percent of firms reported growth."),
        [one("5 percent", "5", "percent", "none")]
    );
    // Growth past an "of" is another noun's, and so is growth more than
    // three words on.
    assert_eq!(
        read("A 5 percent share of the new export growth."),
        [one("5 percent", "5", "percent", "none")]
    );
    assert_eq!(
        read("A 5 percent tax rate band limit growth."),
        [one("5 percent", "5", "percent", "none")]
    );
}

#[test]
fn records_over_a_span_of_years_and_since_records_began() {
    // New South Wales' budget result (budget.nsw.gov.au): "the lowest
    // since records began" and "the highest on record" are records with
    // no window; "the lowest in 21 years" a low over 21 years.
    for (text, extreme) in [
        (
            "Net debt is at its end, the lowest since records began in 1996-97.",
            "low",
        ),
        ("It was the highest on record.", "high"),
    ] {
        let all = found(text);
        let records: Vec<_> = all.iter().filter_map(|f| f.reading.record).collect();
        assert_eq!(records.len(), 1, "{text}: {all:?}");
        assert_eq!(records[0].extreme.to_string(), extreme, "{text}");
    }
    for (text, years, extreme) in [
        ("Unemployment is the lowest in 21 years.", "21", "low"),
        (
            "Unemployment is at its highest level in 10 years.",
            "10",
            "high",
        ),
        ("创十年来最佳销售业绩。", "10", "high"),
        ("增速创5年来最快。", "5", "high"),
        ("增速创5年来最慢。", "5", "low"),
    ] {
        let all = found(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        let f = &all[0];
        assert_eq!(
            f.reading.record.map(|r| r.extreme.to_string()).as_deref(),
            Some(extreme),
            "{text}"
        );
        let q = f.reading.quantity.as_ref().unwrap();
        assert_eq!(
            (q.expanded().to_string(), q.unit().to_string()),
            (years.into(), "years".into()),
            "{text}"
        );
    }
    // Years that are no window: a count over them, and a year itself.
    assert_eq!(
        read("We built 5 schools in 21 years."),
        [one("5 schools", "5", "other:schools", "none")]
    );
    assert_eq!(read("2019年来最高。"), []);
}

#[test]
fn table_cells_in_a_line_classes_with_a_point_and_money_per_person_carried() {
    // South Africa's Department of Social Development's annual report
    // (portal.dsd.gov.za): cells of a table given as one line, three
    // spaces or more apart; a noun ends at the gap.
    let text = "A total of 39 437 EPWP   Create 175 253 EPWP work";
    let words: Vec<String> = read(text).into_iter().map(|f| f.0).collect();
    assert_eq!(words, ["39 437 EPWP", "175 253 EPWP work"]);
    // 1.1类新药 names a class of drug; 3类产品 counts classes.
    assert_eq!(read("金马国家级1.1类新药完成三期临床。"), []);
    assert_eq!(read("开发3类产品。"), [one("3", "3", "items", "none")]);
    // A 2021 district communiqué (bx2200.com): the change after money
    // per person, with only its comparison before it, is per person too;
    // after another measure it is not.
    assert_eq!(
        read("人均地区生产总值73572元,比上年增加3540元。"),
        [
            one("73572元", "73572", "CNY/person", "none"),
            one("增加3540元", "3540", "CNY/person", "up"),
        ]
    );
    assert_eq!(
        read("人均可支配收入35000元，财政收入增加1500元。"),
        [
            one("35000元", "35000", "CNY/person", "none"),
            one("增加1500元", "1500", "CNY", "up"),
        ]
    );
}

#[test]
fn police_briefings_model_numbers_clock_times_and_ages_in_a_band() {
    // Nigeria's police (tribuneonlineng.com, 2025): "1 AK 47 rifle" is one
    // rifle of a model; "at approximately 1100 hours" and "at about
    // 1830hrs" are times of day, neither a figure nor a refusal.
    let words: Vec<String> =
        read("They recovered from them 1 AK 47 rifle with 29 rounds of ammunition.")
            .into_iter()
            .map(|f| f.1)
            .collect();
    assert_eq!(words, ["1", "29"]);
    assert_eq!(
        read("On 21/01/2025, at approximately 1100 hours, a suspect was arrested."),
        []
    );
    let all: Vec<_> = figures("On 11/3/2025 at about 1830hrs operatives left.", None).collect();
    assert!(all.is_empty(), "{all:?}");
    // Hours worked are a figure; a count of four digits before a capital
    // word after a year is no model ("In 2024 GDP 5 percent").
    assert_eq!(
        read("We worked 1100 hours on it."),
        [one("1100 hours", "1100", "other:hours", "none")]
    );
    assert_eq!(
        read("In 2024 GDP 5 percent."),
        [one("5 percent", "5", "percent", "none")]
    );
    // New Zealand's police (eveningreport.nz, 2015): "aged 15-24" is a
    // band of ages, its high end no count.
    assert_eq!(
        read("63 young drivers aged 15-24 involved in fatal road crashes."),
        [one("63 young drivers", "63", "other:drivers", "none")]
    );
}

#[test]
fn chinese_lists_after_a_minus_bounds_by_sign_and_items_before_a_year() {
    // A transport bureau's year-end summary: 同比增长-9.7%、11.4% is a fall
    // of 9.7% and a rise of 11.4%; the minus sign is the first member's.
    assert_eq!(
        read("同比增长-9.7%、11.4%。"),
        [
            one("增长-9.7%", "9.7", "percent", "down"),
            one("11.4%", "11.4", "percent", "up"),
        ]
    );
    assert_eq!(
        read("同比增长5%、-3.2%。"),
        [
            one("增长5%", "5", "percent", "up"),
            one("-3.2%", "3.2", "percent", "down"),
        ]
    );
    // 吨公里 is a unit of its own, not tonnes with 公里 cut off.
    assert_eq!(
        read("货运周转量38.4亿吨公里。"),
        [one("38.4亿吨公里", "3840000000", "other:吨公里", "none")]
    );
    // Dongtou's 2015 plan report (rdcwh.dongtou.gov.cn): ≤ bounds a rate.
    assert_eq!(qualifiers("城镇登记失业率≤4%。"), ["at_most"]);
    assert_eq!(qualifiers("研发投入≥3%。"), ["at_least"]);
    // An education bureau's summary (taowenge.com): "1.2016年" is item 1
    // and a year, never 1.2016 years; 1.5年 is a span.
    assert_eq!(
        read("1.2016年至2018年，全区新建学校5所。"),
        [one("5所", "5", "items", "none")]
    );
    assert_eq!(read("延长1.5年。"), [one("1.5年", "1.5", "years", "none")]);
    // Shanghang's report template (laobiganzi.top): 20XX年 is a year to
    // fill in, no refusal.
    let all: Vec<_> = figures("20XX年工作回顾。", None).collect();
    assert!(all.is_empty(), "{all:?}");
}

#[test]
fn the_base_of_a_rate_and_a_streak_said_with_an_ordinal() {
    // New Zealand's police (eveningreport.nz): "for every 10,000
    // population" is the base of the rates listed after it, no count.
    assert_eq!(
        read("In 2014/15 for every 10,000 population there were:"),
        []
    );
    // A ratio of two counts keeps both.
    assert_eq!(
        read("For every 5 jobs lost, 3 were created."),
        [
            one("5 jobs", "5", "jobs", "none"),
            one("3", "3", "items", "none"),
        ]
    );
    // Shanghang's report (laobiganzi.top): 连续第四年 is a streak of four
    // years, as 连续4年 is.
    let all = found("连续第四年被评为福建省经济实力十强县。");
    assert_eq!(all.len(), 1, "{all:?}");
    assert!(all[0].reading.streak, "{all:?}");
    let q = all[0].reading.quantity.as_ref().unwrap();
    assert_eq!(
        (q.expanded().to_string(), q.unit().to_string()),
        ("4".into(), "years".into())
    );
}

#[test]
fn every_word_of_the_new_tables_reads_as_its_class() {
    // Each verb that says a level changed and not which way: the levels
    // give the direction, up here and down the other way round.
    for verb in [
        "worsen",
        "worsens",
        "deteriorate",
        "deteriorates",
        "bring",
        "brings",
        "brought",
        "revise",
        "revised",
        "adjust",
        "adjusted",
        "change",
        "changed",
        "moved",
        "shifted",
        "went",
        "go",
    ] {
        for (text, change) in [
            (format!("The rate {verb} from 4% to 4.9%."), "up"),
            (format!("The rate {verb} from 4.9% to 4%."), "down"),
        ] {
            let all = found(&text);
            assert_eq!(all.len(), 1, "{text}: {all:?}");
            assert_eq!(all[0].reading.change_code(), change, "{text}");
        }
    }
    // Each measure of money before a figure of 亿 with no unit: yuan.
    for noun in [
        "生产总值",
        "增加值",
        "收入",
        "支出",
        "投资",
        "销售额",
        "营业额",
        "总额",
        "余额",
        "存款",
        "贷款",
        "利润",
        "税收",
        "零售额",
        "产值",
        "营收",
    ] {
        let text = format!("全年{noun}56.7亿。");
        assert_eq!(
            read(&text),
            [one("56.7亿", "5670000000", "CNY", "none")],
            "{text}"
        );
    }
    // Each noun of a class named by a round size.
    for noun in ["城市", "企业", "县", "产业", "集群", "园区", "项目", "市"] {
        let text = format!("培育百亿元{noun}3个。");
        assert_eq!(read(&text), [one("3个", "3", "items", "none")], "{text}");
    }
    // "while" and "when" end a counted noun.
    assert_eq!(
        read("We built 5 schools while others built 3 roads."),
        [
            one("5 schools", "5", "other:schools", "none"),
            one("3 roads", "3", "other:roads", "none"),
        ]
    );
}

/// Development pool 13: a county's budget execution report
/// (dayao.gov.cn/info/egovinfo/1007/overt_centent/dyx009-/2024-0516001.htm),
/// a New Zealand police release (indianweekender.co.nz, "crime down 20.2
/// per cent over four years"), Ghana's mid-year budget review
/// (firmusadvisory.com/2024/08/26/mid-year-budget-2024), a police press
/// conference (xdkb.net/p1/js/20211210/238295.html) and a Nigerian budget
/// report (ejazzug.com, "Tinubu presents Nigeria's 2024 budget").
#[test]
fn spending_cuts_totals_of_change_and_levels_between_months() {
    // 减支 is spending cut: a fall; 增支 a rise.
    assert_eq!(
        read("全县一般公共预算支出比上年减支9240万元。"),
        [one("减支9240万元", "92400000", "CNY", "down")]
    );
    assert_eq!(
        read("民生支出比上年增支1.2亿元。"),
        [one("增支1.2亿元", "120000000", "CNY", "up")]
    );
    // "a total of" may stand between "down" and its figure.
    assert_eq!(
        read("Recorded crime is down a total of 20.2 per cent."),
        [one("20.2 per cent", "20.2", "percent", "down")]
    );
    // A level with its month and year, then the level reached: one
    // change of level, which way the levels went (a rate of depreciation
    // that "improves" falls); the year is no range's end.
    assert_eq!(
        read(
            "The Cedi's depreciation rate against the US Dollar improving from 22.0 per cent in June 2023 to 18.6 per cent in June 2024."
        ),
        [one("18.6 per cent", "18.6", "percent", "down")]
    );
    assert_eq!(
        read("Employment improved from 61 per cent to 64 per cent."),
        [one("64 per cent", "64", "percent", "up")]
    );
    // So does "worsened": a deficit that worsened from 3.1 to 4.2 per cent
    // rose (it was refused, "worsened" being a fall elsewhere), and one
    // that "deteriorated" in "by" stays a fall.
    assert_eq!(
        read("The deficit worsened from 3.1 per cent to 4.2 per cent."),
        [one("4.2 per cent", "4.2", "percent", "up")]
    );
    assert_eq!(
        read("The balance deteriorated by $3 billion."),
        [one(
            "deteriorated by $3 billion",
            "3000000000",
            "dollar",
            "down"
        )]
    );
    // "amended" says a level changed, not which way.
    assert_eq!(
        read("The Council amended the benchmark from 700 naira to 750 naira."),
        [one("750 naira", "750", "NGN", "up")]
    );
    // A five-digit service line starting with 9, and a statute's number,
    // are no figures.
    assert_eq!(read("开通96110反诈专线，劝阻群众。"), []);
    assert_eq!(
        read("The Fiscal Responsibility Act (Act 921) requires a deficit of 5 per cent."),
        [one("5 per cent", "5", "percent", "none")]
    );
    // Five digits starting with 9 with a classifier after them still count.
    assert_eq!(
        read("热线受理群众诉求96120件。"),
        [one("96120件", "96120", "cases", "none")]
    );
}

/// A table of bars whose header writes each column's unit in brackets,
/// across line breaks, or has a column of units, as a county's statistical
/// communiqué pastes it (tjgb.hongheiku.com/xjtjgb/xj2020/51311.html): each
/// bare cell takes its own column's unit, and the growth columns their
/// sign. Before, the bracket alone ((亩﹚) counted as a column, so the
/// output column (吨) was read as growth in percent.
#[test]
fn a_table_of_bars_gives_each_column_its_own_unit() {
    let text = "主要农作物播种面积及产量如下表:\n品 名 | 播种面积\n(亩﹚ |\n\
                同比增减(%) | 产量﹙吨﹚ | 同比增减﹙%﹚ |\n\
                粮食作物 | 726760 | -1.78 | 315690 | 0.8 |\n\
                豆类 | 55787 | -16.34 | 15175 | -12.54 |\n";
    assert_eq!(
        read(text),
        [
            one("726760", "726760", "mu", "none"),
            one("-1.78", "1.78", "percent", "down"),
            one("315690", "315690", "tonnes", "none"),
            one("0.8", "0.8", "percent", "up"),
            one("55787", "55787", "mu", "none"),
            one("-16.34", "16.34", "percent", "down"),
            one("15175", "15175", "tonnes", "none"),
            one("-12.54", "12.54", "percent", "down"),
        ]
    );
    // A column of units: each row's own (万头 is 10^4 head).
    let text = "品 名 | 计量单位 | 数 量 | 同比增长﹙%﹚ |\n\
                出栏肉猪 | 万头 | 94.28 | 2.10 |\n\
                水产品 | 万吨 | 2.61 | 3.91 |\n";
    assert_eq!(
        read(text),
        [
            one("94.28", "942800", "other:头", "none"),
            one("2.10", "2.1", "percent", "up"),
            one("2.61", "26100", "tonnes", "none"),
            one("3.91", "3.91", "percent", "up"),
        ]
    );
    // A share in brackets, and a magnitude of people.
    assert_eq!(
        read("地区 | 人口(万人) | 比重(%) |\n城区 | 45.6 | 38.2 |\n"),
        [
            one("45.6", "456000", "people", "none"),
            one("38.2", "38.2", "percent", "none"),
        ]
    );
    // An English header says nothing column by column: its cells stay
    // bare counts, as before (no share is made of a column of change).
    assert_eq!(
        read("Item | Revenue (R million) | Change (%) |\nTax | 450 | 3.2 |\n"),
        [
            one("450", "450", "items", "none"),
            one("3.2", "3.2", "items", "none"),
        ]
    );
}

#[test]
fn an_english_table_under_a_caption_of_its_unit() {
    // A table as a web page pastes it: a caption of its unit on a line of
    // its own under its title, column heads of years, then rows of a label
    // and cells. Each cell is $ millions; brackets are a deficit.
    let text = "Table 3.1\nFiscal Summary\n($ Millions)\n  Actual\n2023–24\nOutlook\n2024–25\n\
                Revenue 205,936 212,632\n\
                Surplus/(Deficit) (647) 2,895\n\
                Net Debt as a Per Cent of GDP 37.3% 37.8%\n\n\
                Notes: Numbers may not add due to rounding.";
    assert_eq!(
        read(text),
        [
            one("205,936", "205936000000", "dollar", "none"),
            one("212,632", "212632000000", "dollar", "none"),
            one("(647)", "-647000000", "dollar", "none"),
            one("2,895", "2895000000", "dollar", "none"),
            one("37.3%", "37.3", "percent", "none"),
            one("37.8%", "37.8", "percent", "none"),
        ]
    );
    // Each cell is its own clause, and each row its own sentence.
    let f = found(text);
    assert_eq!(&text[f[2].clause.clone()], "(647)");
    assert_eq!(
        &text[f[2].sentence.clone()],
        "Surplus/(Deficit) (647) 2,895"
    );
    // Other captions: a sign and a scale glued, a scale of a currency in
    // words, rand in billions, and thousands written as '000.
    for (caption, cell, value, unit) in [
        ("(£m)", "1,250", "1250000000", "GBP"),
        ("(millions of dollars)", "(12.5)", "-12500000", "dollar"),
        ("(R billion)", "1,024.3", "1024300000000", "ZAR"),
        ("($'000)", "512", "512000", "dollar"),
        ("(in millions of dollars)", "3", "3000000", "dollar"),
        ("(In $ millions)", "(2.5%)", "-2.5", "percent"),
    ] {
        let text = format!("Table 2\n{caption}\nSpending 100 {cell}\n");
        let read = read(&text);
        assert_eq!(read.len(), 2, "{text}");
        assert_eq!(
            (read[1].1.as_str(), read[1].2.as_str()),
            (value, unit),
            "{text}"
        );
    }
    // With no caption, a row of bare numbers says no unit: refused (one
    // refusal, at the row's first number), not read as counts. A line
    // that is only years heads the columns.
    let text = "Fiscal Summary\nRevenue 205,936 212,632\n";
    let refused: Vec<usize> = figures(text, None)
        .map(|f| f.err().map(|r| r.at))
        .collect::<Option<_>>()
        .expect("no figure read from a row with no unit");
    assert_eq!(refused, [text.find("212,632").unwrap()], "{text}");
    let text = "Table 2\n($ Millions)\nItem 2023 2024\nRevenue 10 12\n";
    let values: Vec<String> = read(text).into_iter().map(|f| f.1).collect();
    assert_eq!(values, ["10000000", "12000000"]);
}

#[test]
fn lists_of_money_identifiers_and_glued_enumerations() {
    // A list of amounts that writes the currency at its first item: each
    // label in capitals after a comma, or the same purpose after each.
    assert_eq!(
        read("In Kenya: Transport Sh125billion, Energy 78.5 billion, ICT 9.5billion."),
        [
            one("Sh125billion", "125000000000", "KES", "none"),
            one("78.5 billion", "78500000000", "KES", "none"),
            one("9.5billion", "9500000000", "KES", "none"),
        ]
    );
    assert_eq!(
        read("We will spend $5 billion on health, 3 billion on education."),
        [
            one("$5 billion", "5000000000", "dollar", "none"),
            one("3 billion", "3000000000", "dollar", "none"),
        ]
    );
    // A purpose after the money and none after the bare number keeps the
    // number apart.
    let units: Vec<String> = read("It gave $5 billion to health, against 30 billion.")
        .into_iter()
        .map(|f| f.2)
        .collect();
    assert_eq!(units, ["dollar", "items"]);
    // Markup and time zones are no figures.
    assert_eq!(
        read("[ad_1]\nKUALA LUMPUR: The budget rose 5%."),
        [one("rose 5%", "5", "percent", "up")]
    );
    assert_eq!(
        read("Tabled at 17:50 GMT +3 with $5 billion."),
        [one("$5 billion", "5000000000", "dollar", "none")]
    );
    // 分别 with the 、 dropped between two percents: each a change.
    assert_eq!(
        read("破案数、抓获数同比分别上升22.7%20.1%。"),
        [
            one("上升22.7%", "22.7", "percent", "up"),
            one("20.1%", "20.1", "percent", "up"),
        ]
    );
    // Without 分别 two glued percents are not members of a list.
    assert_eq!(read("增长22.7%20.1%的企业")[1].3, "none");
    // After 电话 a number with a point and a magnitude counts calls; a
    // bare one is the telephone's number.
    assert_eq!(
        read("拦截诈骗电话4.8亿次。"),
        [one("4.8亿", "480000000", "items", "none")]
    );
    assert!(read("咨询电话：0851-2345678。").is_empty());
    // 3日内: within three days, a period (as 3天内), not a count.
    assert_eq!(
        read("寻衅滋事案件3日内破案率100%。"),
        [one("100%", "100", "percent", "none")]
    );
    assert!(read("在7个工作日内办结。").is_empty());
    // A change after a yield per mu is per mu, as one after money per
    // person is per person.
    assert_eq!(
        read("粮食平均亩产455.39公斤，比上年增加3.25公斤。"),
        [
            one("455.39公斤", "455.39", "kg/mu", "none"),
            one("增加3.25公斤", "3.25", "kg/mu", "up"),
        ]
    );
}

#[test]
fn public_finances_against_the_economy_are_ratios() {
    use workreport::StatisticKind;
    let kinds = |text: &str| -> Vec<String> {
        found(text)
            .iter()
            .map(|f| f.reading.kind().code().to_owned())
            .collect()
    };
    // A deficit, a debt or the budget against GDP: one measure against
    // another that does not hold it (FORMATS.md: "debt of 77% of GDP").
    for text in [
        "The deficit target of 3.5 percent of GDP.",
        // A level reached is a ratio as well.
        "The deficit fell from 4.1 to 3.5 per cent of GDP.",
        "The net debt-to-GDP ratio is projected to be 37.8 per cent.",
        "The balance would be a surplus of 0.4 percent to GDP.",
        "Total spending will be 22.1% of Gross Domestic Product.",
        "Public debt reached 120 per cent of the GDP.",
        "赤字率按3%左右安排。",
    ] {
        assert_eq!(kinds(text), ["ratio"], "{text}");
    }
    // A part of GDP against the whole, a share with no word of public
    // finance, and a change are no ratios.
    for (text, kind) in [
        ("Services were 60 per cent of GDP.", "rate"),
        ("第三产业增加值占GDP比重为52.2%。", "rate"),
        ("The deficit fell 2 per cent.", "change"),
        ("The unemployment rate is 5 per cent.", "rate"),
    ] {
        assert_eq!(kinds(text), [kind], "{text}");
    }
    // A ratio over 100 percent is no rate out of range.
    let f = found("Public debt reached 120 per cent of GDP.");
    assert_eq!(f[0].reading.kind(), StatisticKind::Ratio);
}

#[test]
fn a_table_printed_a_cell_a_line_counts_its_columns_once() {
    // A communiqué's table as a page prints it, a cell a line: the header
    // names what it lists (农产品名称), the unit of a column in brackets,
    // and growth as 比上年±%. Each row is a label, tonnes of 万吨, and a
    // change in percent (61.84万吨 = 618,400 tonnes; -3.3 a fall).
    let text = "表1:主要农产品产量\n农产品名称 |\n总产量(万吨) |\n比上年±% |\n\
                粮食 |\n61.84 |\n0.74 |\n其中:夏粮 |\n31.82 |\n0.15 |\n油料 |\n0.69 |\n-3.3 |\n";
    assert_eq!(
        read(text),
        [
            one("61.84", "618400", "tonnes", "none"),
            one("0.74", "0.74", "percent", "up"),
            one("31.82", "318200", "tonnes", "none"),
            one("0.15", "0.15", "percent", "up"),
            one("0.69", "6900", "tonnes", "none"),
            one("-3.3", "3.3", "percent", "down"),
        ]
    );
}

#[test]
fn a_bare_number_after_ranked_is_a_place() {
    let places = |text: &str| -> Vec<Option<u32>> {
        found(text)
            .iter()
            .map(|f| {
                f.reading
                    .rank
                    .as_ref()
                    .and_then(|r| r.position)
                    .map(|p| p.get())
            })
            .collect()
    };
    assert_eq!(
        places("Pampanga is ranked 14 as rice producer."),
        [Some(14)]
    );
    assert_eq!(places("The country ranks 2 in the world."), [Some(2)]);
    // "out of 20" is the field, no fraction of 14 over 20.
    assert_eq!(places("It was ranked 14 out of 20 provinces."), [Some(14)]);
    // A unit, a scale or a percent after the number makes it a quantity.
    assert_eq!(places("Exports ranked 3 million tonnes."), [None]);
    assert_eq!(places("It ranked 14 percent higher."), [None]);
}

#[test]
fn a_list_item_wrapped_across_lines_is_one_sentence() {
    // A numbered paragraph pasted from a PDF, wrapped after "some": the
    // qualifier and the noun stay with the number.
    let text =
        "15. We abolished the municipal tax on the family home for some\n110,000 families.\n";
    assert_eq!(
        read(text),
        [one(
            "some\n110,000 families",
            "110000",
            "other:families",
            "none"
        )]
    );
    assert_eq!(qualifiers(text), ["about"]);
    // Items that do not wrap still end at their line breaks: each figure
    // its own sentence.
    let text = "16. We raised pensions by 5 per cent\n17. We cut taxes by 2 per cent\n";
    let f = found(text);
    assert_eq!(f.len(), 2);
    assert_ne!(f[0].sentence, f[1].sentence);
}

#[test]
fn a_rate_over_a_base_of_people_is_refused_not_misread() {
    // 15.1/10万 is 15.1 per 100,000 people: no fraction 15.1/10 of ten
    // thousand (read so, it was 15,100). The clause is refused; the next
    // clause is read.
    let text = "孕产妇死亡率下降到15.1/10万，婴儿死亡率下降到4.5‰。";
    let items: Vec<_> = figures(text, None).collect();
    assert_eq!(items.len(), 2);
    let refusal = items[0].as_ref().unwrap_err();
    assert_eq!(&text[refusal.clause.clone()], "孕产妇死亡率下降到15.1/10万");
    let f = items[1].as_ref().unwrap();
    assert_eq!(&text[f.span.clone()], "4.5‰");
}

#[test]
fn concentrations_in_milligrams_and_micrograms_are_ratios() {
    use workreport::StatisticKind;
    let text = "CO平均浓度为1.3毫克/立方米，同比上升18.2%；PM2.5平均浓度为46微克/立方米。";
    assert_eq!(
        read(text),
        [
            one("1.3毫克/立方米", "1.3", "mg/m3", "none"),
            one("上升18.2%", "18.2", "percent", "up"),
            one("46微克/立方米", "46", "μg/m3", "none"),
        ]
    );
    let f = found(text);
    assert_eq!(f[0].reading.kind(), StatisticKind::Ratio);
    assert_eq!(f[2].reading.kind(), StatisticKind::Ratio);
    // A milligram is a thousand micrograms.
    let mg: workreport::Unit = "mg".parse().unwrap();
    let ug: workreport::Unit = "μg".parse().unwrap();
    let c = mg.convert(workreport::Decimal::new(13, 1), &ug).unwrap();
    assert_eq!((c.value, c.exact), (workreport::Decimal::from(1300), true));
}

#[test]
fn a_life_expectancy_is_a_figure_in_years_an_age_is_none() {
    assert_eq!(
        read("全市人均预期寿命达到78.6岁，60岁以上老年人口12万人。"),
        [
            one("78.6岁", "78.6", "years", "none"),
            one("12万人", "120000", "people", "none"),
        ]
    );
}

#[test]
fn a_scale_letter_after_a_hyphen_or_in_capitals() {
    // Philippine papers write "P1.2-B" and "P500-M"; "$500M" is millions.
    assert_eq!(
        read("The peso budget allotted P1.2-B for health and P500-M for roads."),
        [
            one("P1.2-B", "1200000000", "PHP", "none"),
            one("P500-M", "500000000", "PHP", "none"),
        ]
    );
    assert_eq!(
        read("The budget allotted $500M for health."),
        [one("$500M", "500000000", "dollar", "none")]
    );
    // No money sign: a name ("the 3M company"), no figure.
    assert!(read("They met the 3M company.").is_empty());
}

#[test]
fn one_as_a_pronoun_and_a_section_number_are_no_figures() {
    for text in [
        "3. One where we faced the worst crisis.",
        "4. One with unprecedented challenges.",
        "We need a plan, one that works for all.",
        "4.2 I should say that this deficit is large.",
        "4.3 This facade hides the truth.",
    ] {
        assert!(read(text).is_empty(), "{text}: {:?}", read(text));
    }
    // A count of one thing, and a decimal that opens a clause in
    // lowercase, are figures.
    assert_eq!(
        read("We built one hospital."),
        [one("one hospital", "1", "other:hospital", "none")]
    );
    assert_eq!(
        read("4.2 per cent was the rate."),
        [one("4.2 per cent", "4.2", "percent", "none")]
    );
}
