//! Number words: Chinese numerals and English number words, by example and
//! against independent renderers written here.

mod util;

use proptest::prelude::*;
use util::dec;
use workreport::Error;
use workreport::text::{chinese_number, english_number};

#[track_caller]
fn zh(text: &str, expected: &str) {
    assert_eq!(
        chinese_number(text).unwrap_or_else(|e| panic!("{text}: {e}")),
        dec(expected),
        "{text}"
    );
}

#[track_caller]
fn en(text: &str, expected: &str) {
    assert_eq!(
        english_number(text).unwrap_or_else(|e| panic!("{text}: {e}")),
        dec(expected),
        "{text}"
    );
}

#[track_caller]
fn zh_err(text: &str) -> (String, usize) {
    match chinese_number(text) {
        Err(Error::Text { message, at }) => (message, at),
        other => panic!("{text}: expected a text error, got {other:?}"),
    }
}

#[test]
fn chinese_numerals() {
    zh("零", "0");
    zh("五", "5");
    zh("十", "10");
    zh("十五", "15");
    zh("百万", "1000000");
    zh("千亿", "100000000000");
    zh("二十", "20");
    zh("两百", "200");
    zh("一百零八", "108");
    zh("一千零五", "1005");
    zh("三千五", "3500");
    zh("一万五千", "15000");
    zh("两万三", "23000");
    zh("一万零三", "10003");
    zh("十万八千", "108000");
    zh("一千万", "10000000");
    zh("一亿五千万", "150000000");
    zh("二十万亿", "20000000000000");
    zh("三万亿零五百亿", "3050000000000");
    zh("三万零五百亿", "3050000000000");
    zh("二〇二三", "2023");
    zh("三点五", "3.5");
    zh("零点零五", "0.05");
    // Traditional and financial forms read as their simplified forms.
    zh("兩萬", "20000");
    zh("一億", "100000000");
    zh("壹佰贰拾", "120");
}

#[test]
fn chinese_errors_say_where() {
    assert_eq!(
        zh_err(""),
        ("cannot read \"\" as a number: it is empty".to_owned(), 0)
    );
    assert_eq!(
        zh_err("五万三万"),
        (
            "cannot read \"五万三万\" as a number: 万 after a smaller part".to_owned(),
            3
        )
    );
    assert_eq!(
        zh_err("万"),
        (
            "cannot read \"万\" as a number: 万 with nothing before it".to_owned(),
            0
        )
    );
    assert_eq!(
        zh_err("三个"),
        (
            "cannot read \"三个\" as a number: '个' is not a numeral".to_owned(),
            1
        )
    );
    assert_eq!(
        zh_err("五十百"),
        (
            "cannot read \"五十百\" as a number: 百 after a smaller unit".to_owned(),
            2
        )
    );
    assert_eq!(
        zh_err("三点"),
        (
            "cannot read \"三点\" as a number: no digits after the point".to_owned(),
            2
        )
    );
    assert_eq!(
        chinese_number("五万三万").unwrap_err().to_string(),
        "cannot read \"五万三万\" as a number: 万 after a smaller part at character 3"
    );
}

#[test]
fn english_number_words() {
    en("zero", "0");
    en("four", "4");
    en("Nineteen", "19");
    en("twenty-three", "23");
    en("ninety nine", "99");
    en("a hundred", "100");
    en("one hundred and five", "105");
    en("one hundred and fifteen", "115");
    en("two thousand three hundred", "2300");
    en("five million", "5000000");
    en("a million", "1000000");
    en("one billion two hundred million", "1200000000");
}

#[test]
fn english_errors_say_where() {
    let e = |t: &str| english_number(t).unwrap_err().to_string();
    assert_eq!(
        e(""),
        "cannot read \"\" as a number: it is empty at character 0"
    );
    assert_eq!(
        e("twenty thirty"),
        "cannot read \"twenty thirty\" as a number: \"thirty\" does not follow the word before it at character 7"
    );
    assert_eq!(
        e("five six"),
        "cannot read \"five six\" as a number: \"six\" does not follow the word before it at character 5"
    );
    assert_eq!(
        e("thousand"),
        "cannot read \"thousand\" as a number: \"thousand\" does not follow the word before it at character 0"
    );
    assert_eq!(
        e("five thousand million"),
        "cannot read \"five thousand million\" as a number: \"million\" does not follow the word before it at character 14"
    );
    assert_eq!(
        e("four apples"),
        "cannot read \"four apples\" as a number: \"apples\" is not a number word at character 5"
    );
}

/// Writes `n` (below 10¹⁶) as a Chinese numeral, the way reports do.
fn to_chinese(n: u64) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    fn section(n: u64, out: &mut String) {
        let mut zero = false;
        for (p, unit) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let d = (n / p) % 10;
            if d == 0 {
                if !out.is_empty() && !n.is_multiple_of(p) {
                    zero = true;
                }
                continue;
            }
            if zero && !out.is_empty() {
                out.push('零');
            }
            zero = false;
            out.push(DIGITS[d as usize]);
            out.push_str(unit);
        }
    }
    if n == 0 {
        return "零".into();
    }
    let mut out = String::new();
    for (p, unit) in [
        (1_0000_0000_0000, "万亿"),
        (1_0000_0000, "亿"),
        (1_0000, "万"),
        (1, ""),
    ] {
        let part = (n / p) % 10000;
        if part == 0 {
            continue;
        }
        // A zero inside a part, or a part below 1000 after a higher one,
        // is written 零 once by `section`.
        section(part, &mut out);
        out.push_str(unit);
    }
    out
}

/// Writes `n` (below 10¹²) in English number words.
fn to_english(n: u64) -> String {
    const ONES: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    fn below_1000(n: u64) -> Vec<String> {
        let mut w = Vec::new();
        if n >= 100 {
            w.push(format!("{} hundred", ONES[(n / 100) as usize]));
            if !n.is_multiple_of(100) {
                w.push("and".into());
            }
        }
        let r = n % 100;
        if r >= 20 {
            w.push(if r.is_multiple_of(10) {
                TENS[(r / 10) as usize].into()
            } else {
                format!("{}-{}", TENS[(r / 10) as usize], ONES[(r % 10) as usize])
            });
        } else if r > 0 {
            w.push(ONES[r as usize].into());
        }
        w
    }
    if n == 0 {
        return "zero".into();
    }
    let mut words = Vec::new();
    for (p, scale) in [
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
        (1000, "thousand"),
        (1, ""),
    ] {
        let part = (n / p) % 1000;
        if part > 0 {
            words.extend(below_1000(part));
            if !scale.is_empty() {
                words.push(scale.into());
            }
        }
    }
    words.join(" ")
}

proptest! {
    #[test]
    fn chinese_numerals_read_back(n in prop_oneof![0u64..100_000, 0u64..10_000_000_000_000_000]) {
        let text = to_chinese(n);
        prop_assert_eq!(chinese_number(&text).map_err(|e| e.to_string()), Ok(workreport::Decimal::from(n)), "{}", text);
    }

    #[test]
    fn english_numbers_read_back(n in prop_oneof![0u64..10_000, 0u64..1_000_000_000_000]) {
        let text = to_english(n);
        prop_assert_eq!(english_number(&text).map_err(|e| e.to_string()), Ok(workreport::Decimal::from(n)), "{}", text);
    }

    #[test]
    fn reading_never_panics(s in "[零〇一二两三四五六七八九十百千万亿点萬億兩]{0,12}|\\PC{0,12}") {
        let _ = chinese_number(&s);
        let _ = english_number(&s);
    }

    #[test]
    fn english_words_never_panic(s in "((a|and|one|five|twelve|twenty|ninety|hundred|thousand|million|trillion|x)[ -]){0,8}") {
        let _ = english_number(&s);
    }
}

#[test]
fn the_test_renderers_write_real_numerals() {
    assert_eq!(to_chinese(1005), "一千零五");
    assert_eq!(to_chinese(10003), "一万零三");
    assert_eq!(to_chinese(150_000_000), "一亿五千万");
    assert_eq!(to_chinese(20_0000_0000_0000), "二十万亿");
    assert_eq!(to_chinese(3_0500_0000_0000), "三万亿零五百亿");
    assert_eq!(to_english(105), "one hundred and five");
    assert_eq!(
        to_english(2_300_015),
        "two million three hundred thousand fifteen"
    );
}
