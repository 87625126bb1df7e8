//! The reader's signs, scales, digit groupings, multiples and fractions:
//! every wrong answer the reader once gave with confidence, as a case, and
//! a property for each class whose expected value comes from tables and
//! arithmetic written here, not from the crate's own tables.

mod util;

use proptest::prelude::*;
use util::dec;
use workreport::text::{Lang, Reading, parse};
use workreport::{Decimal, Qualifier};

/// What a clause must read as: expanded value, unit code, qualifier and
/// change code.
#[track_caller]
fn reads(text: &str, value: &str, unit: &str, qualifier: &str, change: &str) {
    let r = parse(text, None).unwrap_or_else(|e| panic!("{text:?} should read: {e}"));
    assert_eq!(
        summary(&r),
        summary_of(value, unit, qualifier, change),
        "{text:?}"
    );
}

fn summary(r: &Reading) -> (Decimal, String, String, String) {
    let q = r.quantity.as_ref().expect("a quantity");
    (
        q.expanded(),
        q.unit().to_string(),
        q.qualifier().to_string(),
        r.change_code().to_owned(),
    )
}

fn summary_of(
    value: &str,
    unit: &str,
    qualifier: &str,
    change: &str,
) -> (Decimal, String, String, String) {
    (dec(value), unit.into(), qualifier.into(), change.into())
}

/// A clause the reader must refuse, with the message's key words and the
/// position it names.
#[track_caller]
fn refused(text: &str, says: &str, at: usize) {
    match parse(text, None) {
        Ok(r) => panic!("{text:?} should be refused, read {r:?}"),
        Err(workreport::Error::Text { message, at: pos }) => {
            assert!(message.contains(says), "{text:?}: {message}");
            assert_eq!(pos, at, "{text:?}: {message}");
        }
        Err(e) => panic!("{text:?}: not a text error: {e}"),
    }
}

#[test]
fn a_negative_growth_is_a_change_down() {
    reads("负增长3%", "3", "percent", "exact", "down");
    reads("GDP growth of -6.8%", "6.8", "percent", "exact", "down");
    reads("GDP grew -6.8%", "6.8", "percent", "exact", "down");
    reads("growth of -3%", "3", "percent", "exact", "down");
    reads("同比增长-6.8%", "6.8", "percent", "exact", "down");
    reads("同比增长−6.8%", "6.8", "percent", "exact", "down");
    // A basis and no word of change: the sign says which way.
    reads("-3.2% year on year", "3.2", "percent", "exact", "down");
    // No change at all: a negative level keeps its sign.
    reads("-3%", "-3", "percent", "exact", "none");
    reads("(-3.2%)", "-3.2", "percent", "exact", "none");
    // The figure's span holds its sign, and for a change its word of change.
    assert_eq!(parse("(-3.2%)", None).unwrap().span, (1, 6));
    assert_eq!(parse("增长-6.8%", None).unwrap().span, (0, 7));
    assert_eq!(parse("GDP grew -3.2%", None).unwrap().span, (4, 14));
    // A fall of a negative size could mean either way.
    refused("下降-3%", "a rise or a fall", 2);
    refused("fell -3%", "a rise or a fall", 5);
    // Dashes that are no sign: a range, a name, a fiscal year.
    reads("5%-6%", "5", "percent", "range", "none");
    reads("1万-1.5万人", "10000", "people", "range", "none");
    reads("-3%至-1%", "-3", "percent", "range", "none");
    reads("between -8 and 4 items", "-8", "items", "range", "none");
    reads("between -8% and -4%", "-8", "percent", "range", "none");
    // A negative number is no year, and a range's negative end counts.
    reads(
        "between -2056 and -24 times",
        "-2056",
        "times",
        "range",
        "none",
    );
    reads("COVID-19 cases rose 5%", "5", "percent", "exact", "up");
}

#[test]
fn a_minus_before_a_money_sign_is_the_amount_s_sign() {
    // "-$5 billion" read +5 billion: the minus before the sign was lost.
    reads("-$5 billion", "-5000000000", "dollar", "exact", "none");
    reads(
        "a balance of -£3 million",
        "-3000000",
        "GBP",
        "exact",
        "none",
    );
    reads("-US$3.5 million", "-3500000", "USD", "exact", "none");
    reads("-R2", "-2", "ZAR", "exact", "none");
    reads("$-5 billion", "-5000000000", "dollar", "exact", "none");
    // A range across zero keeps both ends.
    let r = parse("between -$2 and $1", None).unwrap();
    let q = r.quantity.unwrap();
    assert_eq!(
        (q.expanded(), q.expanded_high()),
        (dec("-2"), Some(dec("1")))
    );
    // A minus after a letter is a hyphen: "COVID-$5" is $5.
    reads("COVID-$5", "5", "dollar", "exact", "none");
    // Before a word of growth the sign turns the change down, as "-5%" does.
    reads(
        "revenue grew -$5 billion",
        "5000000000",
        "dollar",
        "exact",
        "down",
    );
}

#[test]
fn chinese_multipliers_after_digits_multiply() {
    reads("5千人", "5000", "people", "exact", "none");
    reads("5百人", "500", "people", "exact", "none");
    reads("5千亿元", "500000000000", "CNY", "exact", "none");
    reads("1.2千亿元", "120000000000", "CNY", "exact", "none");
    reads("5百亿元", "50000000000", "CNY", "exact", "none");
    reads("5千万人", "50000000", "people", "exact", "none");
    reads("5万万", "500000000", "items", "exact", "none");
    reads("5亿亿", "50000000000000000", "items", "exact", "none");
    // 余 and 近 take the multiplier's step: (5000, 6000), [4000, 5000).
    let q = parse("5千余人", None).unwrap().quantity.unwrap();
    assert_eq!(q.interval().to_string(), "(5000, 6000)");
    let q = parse("近5千人", None).unwrap().quantity.unwrap();
    assert_eq!(q.interval().to_string(), "[4000, 5000)");
    // 三千多万 is more than 30 million, less than 40 million.
    let q = parse("3千多万人", None).unwrap().quantity.unwrap();
    assert_eq!(q.interval().to_string(), "(30000000, 40000000)");
    // 千 starts a unit where one follows: kilometres, kilograms, kilowatts.
    reads("5千米", "5", "km", "exact", "none");
    reads("5千克", "5", "kg", "exact", "none");
    reads("5千瓦", "5", "kw", "exact", "none");
    reads("5千万千瓦", "50000000", "kw", "exact", "none");
    // Magnitudes with no name here, and 十 after digits, are refused.
    refused("5千万亿元", "no name for", 1);
    refused("5十人", "十 after digits", 1);
}

#[test]
fn vague_numbers_state_no_value() {
    for (text, words) in [
        ("几十万人", "几十万"),
        ("十几万人", "十几万"),
        ("数百家企业", "数百"),
        ("上千家企业", "上千"),
        ("两三万人", "两三万"),
        ("三四十万人", "三四十万"),
        ("一两个", "一两"),
    ] {
        refused(text, &format!("a vague number ({words})"), 0);
    }
    // Positional digits are a number, not "two or three".
    reads("连续二〇年", "20", "years", "exact", "none");
}

#[test]
fn chinese_numbers_alone_are_figures() {
    reads("两千五百万", "25000000", "items", "exact", "none");
    reads("一千万", "10000000", "items", "exact", "none");
    reads("二十万亿", "20000000000000", "items", "exact", "none");
    reads("达到两千五百万。", "25000000", "items", "exact", "none");
    // Words made of numerals are not.
    for text in ["万众一心", "千万不能", "三十而立"] {
        assert!(parse(text, None).is_err(), "{text}");
    }
}

#[test]
fn digits_are_grouped_in_threes_or_the_indian_way_or_refused() {
    reads("1,00,000 people", "100000", "people", "exact", "none");
    reads("12,34,567", "1234567", "items", "exact", "none");
    reads("3,56,97,923", "35697923", "items", "exact", "none");
    reads("2,179,000 people", "2179000", "people", "exact", "none");
    reads("1 000 000 people", "1000000", "people", "exact", "none");
    reads("1 000 people", "1000", "people", "exact", "none");
    reads("1\u{a0}000 people", "1000", "people", "exact", "none");
    reads("1\u{202f}000 people", "1000", "people", "exact", "none");
    reads("1\u{200b}000 people", "1000", "people", "exact", "none");
    // Refused at the separator that breaks the grouping.
    refused("1,0000 people", "grouped", 1);
    refused("1，0000人", "grouped", 1);
    refused("1,2345", "grouped", 1);
    refused("1,5 million", "grouped", 1);
    // A comma with one or two digits after it, before a percent, is a
    // decimal comma: no grouping of thousands writes it.
    reads("2,5%", "2.5", "percent", "exact", "none");
    refused("2,500,5%", "grouped", 5);
    refused("12,345,67", "grouped", 6);
    refused("1.234.567 people", "points", 5);
    refused("1.234,56 euros", "points", 5);
    refused("5..5%", "two decimal points", 1);
}

#[test]
fn spaces_and_invisible_characters_do_not_cut_a_figure() {
    reads("5 %", "5", "percent", "exact", "none");
    reads("5\u{a0}%", "5", "percent", "exact", "none");
    reads("增长\u{200b}5%", "5", "percent", "exact", "up");
    reads("增长 5%", "5", "percent", "exact", "up");
    reads("约 5%", "5", "percent", "about", "none");
}

#[test]
fn multiples_follow_one_rule() {
    // A change by a multiple is a change in percent, as 翻一番 is.
    reads("翻一番", "100", "percent", "exact", "up");
    reads("翻了一番", "100", "percent", "exact", "up");
    reads("翻了两番", "300", "percent", "exact", "up");
    reads("增长一倍", "100", "percent", "exact", "up");
    reads("增长1.5倍", "150", "percent", "exact", "up");
    reads("GDP doubled", "100", "percent", "exact", "up");
    // 增长一倍 and 翻一番 are now one figure.
    let a = parse("增长一倍", None).unwrap().quantity.unwrap();
    let b = parse("翻一番", None).unwrap().quantity.unwrap();
    assert_eq!(
        a.compare(&b).unwrap(),
        workreport::compare::Comparison::Equal
    );
    // The step moves with the point: 1.5倍 is 150% give or take 5.
    let q = parse("增长1.5倍左右", None).unwrap().quantity.unwrap();
    assert_eq!(q.interval().to_string(), "[145, 155]");
    // A level as a multiple stays one.
    reads("是上年的2倍", "2", "times", "exact", "none");
    // Either way, or no meaning: refused.
    refused("increased 1.5 times", "N times", 10);
    refused("下降1倍", "a decline stated as a multiple", 2);
}

#[test]
fn indian_magnitudes_multiply() {
    reads("3.5 lakh people", "350000", "people", "exact", "none");
    reads("Rs 3 crore", "30000000", "INR", "exact", "none");
    reads("Rs 50,000 crore", "500000000000", "INR", "exact", "none");
    reads("₹1.5 lakh crore", "1500000000000", "INR", "exact", "none");
    reads(
        "2 lakhs households",
        "200000",
        "households",
        "exact",
        "none",
    );
    refused("1.5 thousand crore rupees", "two scale words", 13);
    // A scale word is never the counted noun, and one the reader cannot
    // apply is refused, not dropped: out of place after a quotation mark
    // or an apostrophe, hyphenated, plural or possessive. Read as a noun,
    // "1'thousand'thousand" would render as "1 thousand'thousand", which
    // reads as 1,000 (a crash the parse_phrase fuzz target found).
    for (text, at) in [
        ("4 \"mn", 3),
        ("2 \"mn-vvvqitq", 3),
        ("1'thousand'thousand", 2),
        ("1'thousand", 2),
        ("1 'thousand", 3),
        ("1 thousand'thousand", 11),
        ("1 thousand-million", 10),
        ("5 thousands", 2),
        ("5 millions of people", 2),
        ("7 Billions", 2),
    ] {
        refused(text, "scale word", at);
    }
    // A possessive ending is not a counted noun.
    reads("3 crore's", "30000000", "items", "exact", "none");
    let q = parse("3.5 lakh people", None).unwrap().quantity.unwrap();
    assert_eq!(q.magnitude(), workreport::Magnitude::Lakh);
}

// ---------------------------------------------------------------------------
// Properties. Their tables are the test's own.
// ---------------------------------------------------------------------------

/// Chinese multipliers after Arabic digits, with their powers of ten.
const ZH_MULTIPLIERS: &[(&str, u32)] = &[
    ("", 0),
    ("百", 2),
    ("千", 3),
    ("万", 4),
    ("百万", 6),
    ("千万", 7),
    ("亿", 8),
    ("万万", 8),
    ("百亿", 10),
    ("千亿", 11),
    ("万亿", 12),
    ("亿亿", 16),
];

/// Chinese units that follow a multiplier, with their codes.
const ZH_UNITS: &[(&str, &str)] = &[
    ("人", "people"),
    ("元", "CNY"),
    ("吨", "tonnes"),
    ("户", "households"),
    ("美元", "USD"),
];

/// English scale words, with their powers of ten.
const EN_SCALES: &[(&str, u32)] = &[
    ("", 0),
    (" thousand", 3),
    (" lakh", 5),
    (" million", 6),
    (" crore", 7),
    (" billion", 9),
    ("bn", 9),
    (" trillion", 12),
    (" lakh crore", 12),
];

/// The place of a written number's last significant digit: a tenth for
/// 8.5 and 8.0, ten for 850 (trailing zeros of a whole number say
/// nothing), one for 85.
fn last_place(v: Decimal) -> Decimal {
    if v.scale() > 0 {
        return Decimal::new(1, v.scale());
    }
    let mut m = v.mantissa();
    let mut place = Decimal::ONE;
    while m != 0 && m % 10 == 0 {
        m /= 10;
        place *= Decimal::TEN;
    }
    place
}

fn ten_to(k: u32) -> Decimal {
    Decimal::from_i128_with_scale(10_i128.pow(k), 0)
}

/// A positive decimal with up to four whole digits and up to two places,
/// written as the text writes it, not normalized.
fn written() -> impl Strategy<Value = Decimal> {
    (1_u32..10_000, 0_u32..3).prop_map(|(m, scale)| Decimal::new(i64::from(m), scale))
}

/// Groups of digits as people write them: western (1,234,567), Indian
/// (12,34,567), spaced (1 234 567).
fn western(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

fn indian(n: u64) -> String {
    let digits = n.to_string();
    if digits.len() <= 3 {
        return digits;
    }
    let (head, last) = digits.split_at(digits.len() - 3);
    let mut out = String::new();
    for (i, c) in head.chars().enumerate() {
        if i > 0 && (head.len() - i).is_multiple_of(2) {
            out.push(',');
        }
        out.push(c);
    }
    format!("{out},{last}")
}

/// Whether comma-separated digit groups are grouped as western or Indian
/// numbering groups them: the test's own statement of the rule.
fn well_grouped(groups: &[&str]) -> bool {
    let (first, rest) = (groups[0].len(), &groups[1..]);
    let western = (1..=3).contains(&first) && rest.iter().all(|g| g.len() == 3);
    let indian = (1..=2).contains(&first)
        && rest.len() >= 2
        && rest[rest.len() - 1].len() == 3
        && rest[..rest.len() - 1].iter().all(|g| g.len() == 2);
    western || indian
}

/// The Chinese numerals of 1 to 12, for fractions.
fn zh_numeral(n: u32) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        1..=9 => DIGITS[n as usize].to_owned(),
        10 => "十".to_owned(),
        11 | 12 => format!("十{}", DIGITS[(n - 10) as usize]),
        _ => unreachable!("the strategies stay within 1 to 12"),
    }
}

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 { a } else { gcd(b, a % b) }
}

proptest! {
    /// Digits, a Chinese multiplier, a unit: the value is the digits times
    /// the multiplier's power of ten, never the digits alone.
    #[test]
    fn a_chinese_multiplier_multiplies(
        v in written(),
        m in 0..ZH_MULTIPLIERS.len(),
        u in 0..ZH_UNITS.len(),
        q in 0_usize..4,
    ) {
        let (mult, power) = ZH_MULTIPLIERS[m];
        let (word, code) = ZH_UNITS[u];
        let (before, after, qualifier) = [("", "", "exact"), ("近", "", "nearly"), ("", "以上", "at_least"), ("约", "", "about")][q];
        let text = format!("{before}{v}{mult}{word}{after}");
        let r = parse(&text, Some(Lang::Zh)).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        let expected = v.checked_mul(ten_to(power)).unwrap().normalize();
        prop_assert_eq!(summary(&r), (expected, code.to_owned(), qualifier.to_owned(), "none".to_owned()), "{}", text);
        // 余 after the multiplier: (x, x + one step of the last digit).
        let text = format!("{v}{mult}余{word}");
        let q = parse(&text, Some(Lang::Zh)).unwrap().quantity.unwrap();
        let step = last_place(v) * ten_to(power);
        let s = q.interval().to_string();
        prop_assert_eq!(s, format!("({}, {})", expected, (expected + step).normalize()), "{}", text);
    }

    /// English digits and scale words, Indian ones among them.
    #[test]
    fn an_english_scale_word_multiplies(v in written(), m in 0..EN_SCALES.len()) {
        let (scale, power) = EN_SCALES[m];
        let text = format!("{v}{scale} people");
        let r = parse(&text, Some(Lang::En)).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        let expected = v.checked_mul(ten_to(power)).unwrap().normalize();
        prop_assert_eq!(summary(&r).0, expected, "{}", text);
    }

    /// A size after a word of growth, with a minus sign: a change down of
    /// that size, in both languages; after a word of decline: refused; with
    /// no word: a negative level.
    #[test]
    fn a_minus_sign_is_never_lost(v in written(), w in 0_usize..6) {
        let (template, expect) = [
            ("增长-{}%", Some("down")),
            ("同比增长-{}%", Some("down")),
            ("grew -{}%", Some("down")),
            ("growth of -{}%", Some("down")),
            ("下降-{}%", None),
            ("decreased -{}%", None),
        ][w];
        let text = template.replace("{}", &v.to_string());
        match (parse(&text, None), expect) {
            (Ok(r), Some(change)) => {
                prop_assert_eq!(summary(&r), (v.normalize(), "percent".to_owned(), "exact".to_owned(), change.to_owned()), "{}", text);
            }
            (Err(_), None) => {}
            (other, _) => prop_assert!(false, "{}: {:?}", text, other),
        }
        let r = parse(&format!("-{v}%"), None).unwrap();
        prop_assert_eq!(summary(&r), (-v.normalize(), "percent".to_owned(), "exact".to_owned(), "none".to_owned()));
    }

    /// A whole number grouped in threes by commas, spaces of any width, or
    /// in the Indian way reads as itself.
    #[test]
    fn grouped_digits_read_as_their_number(n in 1_u64..1_000_000_000_000, s in 0_usize..5) {
        let text = match s {
            0 => western(n, ","),
            1 => western(n, " "),
            2 => western(n, "\u{a0}"),
            3 => western(n, "\u{2009}"),
            _ => indian(n),
        };
        let text = format!("{text} people");
        let r = parse(&text, None).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert_eq!(summary(&r).0, Decimal::from(n), "{}", text);
    }

    /// Digits with commas in any places: the number of the digits when the
    /// groups are western or Indian, else an error; never another number.
    #[test]
    fn badly_grouped_digits_are_refused(groups in prop::collection::vec("[1-9][0-9]{0,4}", 2..5)) {
        let refs: Vec<&str> = groups.iter().map(String::as_str).collect();
        let text = format!("{} people", refs.join(","));
        let digits: String = refs.concat();
        match parse(&text, Some(Lang::En)) {
            Ok(r) => {
                prop_assert!(well_grouped(&refs), "{} read as {:?}", text, r);
                prop_assert_eq!(summary(&r).0, dec(&digits), "{}", text);
            }
            Err(_) => prop_assert!(!well_grouped(&refs), "{} refused", text),
        }
    }

    /// A fraction, in digits, Chinese or English words: its value, and a
    /// step of one over its reduced denominator.
    #[test]
    fn a_fraction_reads_as_itself_and_steps_by_its_denominator(b in 2_u32..13, a_seed in 1_u32..12, form in 0_usize..2) {
        let a = 1 + a_seed % (b - 1);
        let text = match form {
            0 => format!("约{a}/{b}"),
            _ => format!("约{}分之{}", zh_numeral(b), zh_numeral(a)),
        };
        let q = parse(&text, Some(Lang::Zh)).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?.quantity.unwrap();
        let value = Decimal::from(a) / Decimal::from(b);
        prop_assert_eq!(q.expanded(), value.normalize(), "{}", text);
        let den = b / gcd(a, b);
        let step = Decimal::ONE / Decimal::from(den);
        prop_assert_eq!(q.step(), step, "{}", text);
        prop_assert_eq!(q.qualifier(), Qualifier::About);
        // About a/b holds a/b ± a third of a step, and nothing a step away.
        let i = q.interval();
        let third = step / Decimal::from(3);
        prop_assert!(i.contains(value - third) && i.contains(value + third), "{} is {}", text, i);
        prop_assert!(!i.contains(value - step) && !i.contains(value + step), "{} is {}", text, i);
    }
}
