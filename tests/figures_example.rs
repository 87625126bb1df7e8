//! The `figures` example, run as a user runs it (FORMATS.md, "figures").
//! Every expected value here is read by hand from the input text.

mod util;

use std::process::Output;

use serde_json::Value;

fn run(args: &[&str], input: &str) -> Output {
    util::run_with_input("figures", args, input.as_bytes())
}

fn lines(o: &Output) -> Vec<Value> {
    util::stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l:?} is not JSON: {e}")))
        .collect()
}

/// The characters `start..end` of `text`, counted as Python counts them.
fn chars(text: &str, line: &Value) -> String {
    let start = line["start"].as_u64().expect("start") as usize;
    let end = line["end"].as_u64().expect("end") as usize;
    text.chars().skip(start).take(end - start).collect()
}

/// `(text, kind, value, unit, qualifier, change)` of a line.
fn reading(l: &Value) -> [&str; 6] {
    let s = |k: &str| l[k].as_str().unwrap_or("null");
    [
        s("text"),
        s("kind"),
        s("value"),
        s("unit"),
        s("qualifier"),
        s("change"),
    ]
}

const MIXED: &str = "2024年，全市地区生产总值达到5.9万亿元，增长5.2%。\n\
                     Exports rose 7.1% to $3.58 trillion in 2023.";

/// The level in MIXED, 5.9万亿元: 5.9 × 10^12 yuan, worked by hand.
const LEVEL: [&str; 6] = [
    "5.9万亿元",
    "amount",
    "5900000000000",
    "CNY",
    "exact",
    "none",
];

#[test]
fn every_figure_with_its_place_in_characters_and_its_reading() {
    let o = run(&[], MIXED);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let l = lines(&o);
    // The years 2024年 and 2023 are not figures.
    assert_eq!(l.len(), 4, "{l:?}");
    assert_eq!(reading(&l[0]), LEVEL);
    assert_eq!(
        reading(&l[1]),
        ["增长5.2%", "change", "5.2", "percent", "exact", "up"]
    );
    assert_eq!(
        reading(&l[2]),
        ["rose 7.1%", "change", "7.1", "percent", "exact", "up"]
    );
    assert_eq!(
        reading(&l[3]),
        [
            "$3.58 trillion",
            "amount",
            "3580000000000",
            "dollar",
            "exact",
            "none"
        ]
    );
    // Positions are characters, not bytes: the Chinese before them takes
    // three bytes a character.
    assert_eq!(
        (l[0]["start"].as_u64(), l[0]["end"].as_u64()),
        (Some(16), Some(22))
    );
    for line in &l {
        assert_eq!(chars(MIXED, line), line["text"].as_str().unwrap());
        assert!(MIXED.contains(line["clause"].as_str().unwrap()));
    }
    assert_eq!(l[0]["clause"], "全市地区生产总值达到5.9万亿元");
    assert_eq!(
        l[2]["clause"],
        "Exports rose 7.1% to $3.58 trillion in 2023"
    );
    assert!(l.iter().all(|x| x["high"].is_null()));
}

#[test]
fn every_line_has_the_fields_of_formats_md_in_order() {
    let o = run(&[], "between 4.5 percent and 5 percent");
    let out = util::stdout(&o);
    let keys: Vec<String> =
        serde_json::from_str::<serde_json::Map<String, Value>>(out.lines().next().expect("a line"))
            .unwrap()
            .keys()
            .cloned()
            .collect();
    // serde_json's map keeps keys sorted unless preserve_order is on, so
    // check the order on the raw text.
    let order = [
        "start",
        "end",
        "text",
        "clause",
        "kind",
        "value",
        "high",
        "unit",
        "qualifier",
        "change",
    ];
    assert_eq!(keys.len(), order.len());
    let at: Vec<usize> = order
        .iter()
        .map(|k| out.find(&format!("\"{k}\":")).expect(k))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{out}");
    let l = lines(&o);
    assert_eq!(
        (
            l[0]["value"].as_str(),
            l[0]["high"].as_str(),
            l[0]["qualifier"].as_str()
        ),
        (Some("4.5"), Some("5"), Some("range"))
    );
}

#[test]
fn a_refused_figure_goes_to_standard_error_with_its_character() {
    // "a fall of -3%" has no sure sign: refused, and the other figure kept.
    let text = "收入增长6.4%，支出下降-3%。";
    let o = run(&[], text);
    assert_eq!(o.status.code(), Some(0));
    let l = lines(&o);
    assert_eq!(l.len(), 1);
    assert_eq!(
        reading(&l[0]),
        ["增长6.4%", "change", "6.4", "percent", "exact", "up"]
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    // 收入增长6.4%，支出下降 is 13 characters: the minus sign is the 14th.
    assert!(err.starts_with("figures: character 13: refused: "), "{err}");
}

#[test]
fn a_file_or_standard_input_read_alike() {
    let dir = std::env::temp_dir().join(format!("workreport-figures-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("text.txt");
    std::fs::write(&path, MIXED).unwrap();
    let from_file = util::success("figures", &[path.to_str().unwrap()]);
    let from_dash = run(&["-"], MIXED);
    assert_eq!(from_file, util::stdout(&from_dash));
    assert_eq!(from_file, util::stdout(&run(&[], MIXED)));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_language_option_reads_each_clause_in_that_language() {
    // "增长5%" read as English still reads (digits and % are shared); a
    // language that does not exist is bad usage.
    let en = lines(&run(&["--lang", "en"], "up 5 per cent"));
    assert_eq!(
        reading(&en[0]),
        ["up 5 per cent", "change", "5", "percent", "exact", "up"]
    );
    let zh = lines(&run(&["--lang=zh"], "增长5%"));
    assert_eq!(
        reading(&zh[0]),
        ["增长5%", "change", "5", "percent", "exact", "up"]
    );
}

#[test]
fn no_figure_is_no_line_and_exit_0() {
    for text in [
        "",
        "\n\n",
        "The Government met in March 2024.",
        "一、总体要求",
    ] {
        let o = run(&[], text);
        assert_eq!(o.status.code(), Some(0), "{text:?}");
        assert!(o.stdout.is_empty(), "{text:?}: {}", util::stdout(&o));
        let table = run(&["--format", "text"], text);
        assert_eq!(util::stdout(&table), "no figures\n", "{text:?}");
    }
}

#[test]
fn text_that_is_not_utf8_exits_2_naming_where() {
    let mut bytes = "增长5%，".as_bytes().to_vec();
    bytes.extend([0xff, 0xfe]);
    let o = util::run_with_input("figures", &[], &bytes);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let err = String::from_utf8_lossy(&o.stderr);
    // 增长5%， is 5 characters and 3+3+1+1+3 = 11 bytes.
    assert_eq!(
        err.trim_end(),
        "figures: standard input: the text is not UTF-8 at character 5 (byte 11)"
    );
}

#[test]
fn the_text_format_is_a_table_of_the_same_figures() {
    let out = util::stdout(&run(&["--format", "text"], MIXED));
    assert_eq!(
        util::row_cells(&out, "5.9万亿元"),
        [&["16..22"][..], &LEVEL].concat()
    );
    assert_eq!(
        util::row_cells(&out, "rose 7.1%"),
        [
            "39..48",
            "rose 7.1%",
            "change",
            "7.1",
            "percent",
            "exact",
            "up"
        ]
    );
    let range = util::stdout(&run(
        &["--format", "text"],
        "between 4.5 percent and 5 percent",
    ));
    assert_eq!(util::row_cells(&range, "between")[3], "4.5 to 5");
}

#[test]
fn bad_usage_exits_2_with_one_line() {
    util::assert_bad_usage_exits_2_with(
        "figures",
        &[
            &["a.txt", "b.txt"],
            &["/no/such/file.txt"],
            &["--lang", "xx"],
            &["--lang"],
        ],
    );
}
