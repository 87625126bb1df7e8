//! Number words: Chinese numerals and English number words.

use rust_decimal::Decimal;

use crate::{Error, Result};

/// The value of a Chinese digit character, including the financial forms
/// and the traditional 兩.
pub(crate) fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The power of ten of a unit character within a section: 十, 百, 千.
fn small_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 1,
        '百' | '佰' => 2,
        '千' | '仟' => 3,
        _ => return None,
    })
}

/// The power of ten of a large unit: 万, 亿 (and traditional 萬, 億).
fn large_unit(c: char) -> Option<u32> {
    Some(match c {
        '万' | '萬' => 4,
        '亿' | '億' => 8,
        _ => return None,
    })
}

/// English words for 0 to 19, in order.
pub(crate) const ONES: [&str; 20] = [
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

/// English words for 20 to 90 in tens, in order.
pub(crate) const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn text_error(text: &str, at: usize, what: &str) -> Error {
    Error::Text {
        message: format!(
            "cannot read {} as a number: {what}",
            crate::error::Quoted(text)
        ),
        at,
    }
}

fn pow10(exp: u32) -> Decimal {
    Decimal::from_i128_with_scale(10_i128.pow(exp.min(28)), 0)
}

/// Reads a Chinese numeral: `一万五千` (15000), `二十万亿` (2 × 10¹³), `两百`,
/// `一千零五`, `十五`, `三点五` (3.5), positional digits such as `二〇二三`
/// (2023), financial forms (`壹佰`) and traditional characters (`萬`, `億`,
/// `兩`).
///
/// A bare digit right after a unit stands for the next lower unit, as in
/// speech: `三千五` is 3500, `两万三` is 23000.
///
/// # Errors
///
/// [`Error::Text`] naming the character position where the numeral stops
/// making sense: an empty text, a character that is no numeral, a unit with
/// nothing to multiply (`万`), units out of order (`五万三万`), or a value
/// past `Decimal`'s range.
///
/// # Examples
///
/// ```
/// use workreport::text::chinese_number;
///
/// assert_eq!(chinese_number("一万五千")?.to_string(), "15000");
/// assert_eq!(chinese_number("二十万亿")?.to_string(), "20000000000000");
/// assert_eq!(chinese_number("一千零五")?.to_string(), "1005");
/// assert_eq!(chinese_number("三点五")?.to_string(), "3.5");
/// assert_eq!(chinese_number("二〇二三")?.to_string(), "2023");
/// let err = chinese_number("五万三万").unwrap_err();
/// assert_eq!(err.to_string(), r#"cannot read "五万三万" as a number: 万 after a smaller part at character 3"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn chinese_number(text: &str) -> Result<Decimal> {
    let chars: Vec<char> = text.chars().collect();
    if chars.is_empty() {
        return Err(text_error(text, 0, "it is empty"));
    }
    if let Some(i) = chars.iter().position(|&c| c == '点' || c == '點') {
        let whole = if i == 0 {
            Decimal::ZERO
        } else {
            read_chinese(text, &chars[..i], 0)?
        };
        let digits = &chars[i + 1..];
        if digits.is_empty() {
            return Err(text_error(text, i + 1, "no digits after the point"));
        }
        let mut frac = String::with_capacity(digits.len() + 2);
        frac.push_str("0.");
        for (k, &c) in digits.iter().enumerate() {
            let d = chinese_digit(c)
                .ok_or_else(|| text_error(text, i + 1 + k, "only digits follow the point"))?;
            frac.push(char::from_digit(d, 10).unwrap_or('0'));
        }
        let frac: Decimal = frac
            .parse()
            .map_err(|_| text_error(text, i + 1, "more decimals than a decimal holds (28)"))?;
        return whole
            .checked_add(frac)
            .ok_or_else(|| text_error(text, 0, "too large"));
    }
    read_chinese(text, &chars, 0)
}

/// Reads the whole numeral `chars`, which starts at character `offset` of
/// `text`.
fn read_chinese(text: &str, chars: &[char], offset: usize) -> Result<Decimal> {
    // Positional digits: 二〇二三.
    if chars.len() > 1 && chars.iter().all(|&c| chinese_digit(c).is_some()) {
        let mut v = Decimal::ZERO;
        for &c in chars {
            let d = Decimal::from(chinese_digit(c).unwrap_or(0));
            v = v
                .checked_mul(Decimal::TEN)
                .and_then(|v| v.checked_add(d))
                .ok_or_else(|| text_error(text, offset, "too large"))?;
        }
        return Ok(v);
    }
    // Split at the first largest unit: left × unit + right.
    let split = [8, 4].iter().find_map(|&e| {
        chars
            .iter()
            .position(|&c| large_unit(c) == Some(e))
            .map(|i| (i, e))
    });
    let Some((i, exp)) = split else {
        return read_section(text, chars, offset);
    };
    if i == 0 {
        return Err(text_error(
            text,
            offset,
            &format!("{} with nothing before it", chars[0]),
        ));
    }
    let left = read_chinese(text, &chars[..i], offset)?;
    let unit = pow10(exp);
    let high = left
        .checked_mul(unit)
        .ok_or_else(|| text_error(text, offset + i, "too large"))?;
    let rest = &chars[i + 1..];
    if rest.is_empty() {
        return Ok(high);
    }
    // In 三万亿零五百亿 the unit is 万亿: what follows must stay below it.
    let effective = exp + chars[..i].last().and_then(|&c| large_unit(c)).unwrap_or(0);
    let low = read_low(text, rest, offset + i + 1, effective)?;
    high.checked_add(low)
        .ok_or_else(|| text_error(text, offset, "too large"))
}

/// Reads what follows a large unit of exponent `exp`: a part smaller than
/// the unit, or a bare digit standing for the next lower unit (两万三).
fn read_low(text: &str, rest: &[char], offset: usize, exp: u32) -> Result<Decimal> {
    if let [c] = rest
        && let Some(d) = chinese_digit(*c)
    {
        return Ok(Decimal::from(d) * pow10(exp - 1));
    }
    let rest = match rest.first() {
        Some('零' | '〇') => &rest[1..],
        _ => rest,
    };
    let low = read_chinese(text, rest, offset)?;
    if low >= pow10(exp) {
        let at = offset
            + rest
                .iter()
                .position(|&c| large_unit(c).is_some())
                .unwrap_or(0);
        let unit = rest
            .iter()
            .find(|&&c| large_unit(c).is_some())
            .copied()
            .unwrap_or('?');
        return Err(text_error(
            text,
            at,
            &format!("{unit} after a smaller part"),
        ));
    }
    Ok(low)
}

/// Reads a section below 10⁴: digits with 十, 百, 千 and 零 as filler.
fn read_section(text: &str, chars: &[char], offset: usize) -> Result<Decimal> {
    let mut total: u32 = 0;
    let mut digit: Option<u32> = None;
    let mut last_unit: Option<u32> = None;
    let mut after_zero = false;
    for (k, &c) in chars.iter().enumerate() {
        let at = offset + k;
        if let Some(d) = chinese_digit(c) {
            if d == 0 {
                after_zero = true;
                continue;
            }
            if digit.is_some() {
                return Err(text_error(text, at, "two digits with no unit between them"));
            }
            digit = Some(d);
        } else if let Some(e) = small_unit(c) {
            if last_unit.is_some_and(|u| u <= e) {
                return Err(text_error(text, at, &format!("{c} after a smaller unit")));
            }
            // 十五, 百万, 千亿: a leading unit means one of it.
            let d = match digit.take() {
                Some(d) => d,
                None if k == 0 => 1,
                None => {
                    return Err(text_error(
                        text,
                        at,
                        &format!("{c} with no digit before it"),
                    ));
                }
            };
            total += d * 10_u32.pow(e);
            last_unit = Some(e);
            after_zero = false;
        } else {
            return Err(text_error(text, at, &format!("{c:?} is not a numeral")));
        }
    }
    if let Some(d) = digit {
        // 三千五 is 3500: a bare digit right after a unit is the next lower one.
        let place = match last_unit {
            Some(u) if !after_zero => u - 1,
            _ => 0,
        };
        total += d * 10_u32.pow(place);
    }
    Ok(Decimal::from(total))
}

/// Reads English number words: `four`, `twenty-three`, `one hundred and
/// five`, `two thousand three hundred`, `a hundred`, `a million`, `five
/// million`. Case does not matter; words are separated by spaces or
/// hyphens, and `and` may join them.
///
/// # Errors
///
/// [`Error::Text`] naming the character position of the first word that is
/// not a number word or does not fit (`twenty thirty`, `thousand million`).
///
/// # Examples
///
/// ```
/// use workreport::text::english_number;
///
/// assert_eq!(english_number("four")?.to_string(), "4");
/// assert_eq!(english_number("Twenty-three")?.to_string(), "23");
/// assert_eq!(english_number("one hundred and five")?.to_string(), "105");
/// assert_eq!(english_number("2 million").unwrap_err().to_string(),
///            r#"cannot read "2 million" as a number: "2" is not a number word at character 0"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn english_number(text: &str) -> Result<Decimal> {
    const SCALES: [(&str, u32); 4] = [
        ("thousand", 3),
        ("million", 6),
        ("billion", 9),
        ("trillion", 12),
    ];

    let mut total = Decimal::ZERO;
    // The part below the current scale word: 0..999.
    let mut group: u64 = 0;
    let mut seen = false;
    // What the last word was, to refuse "twenty thirty" and "five six".
    let mut last_small: Option<u64> = None;
    let mut last_scale: Option<u32> = None;
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .map(|(b, c)| (text[..b].chars().count(), c))
    {
        if c == ' ' || c == '-' {
            if let Some(s) = start.take() {
                words.push((s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        words.push((s, text.chars().count()));
    }
    if words.is_empty() {
        return Err(text_error(text, 0, "it is empty"));
    }
    let chars: Vec<char> = text.chars().collect();
    for (k, &(s, e)) in words.iter().enumerate() {
        let word: String = chars[s..e].iter().collect::<String>().to_lowercase();
        let bad = |what: String| text_error(text, s, &what);
        if word == "and" && k > 0 && k + 1 < words.len() {
            continue;
        }
        if word == "a" && k == 0 && words.len() > 1 {
            group = 1;
            last_small = Some(1);
            seen = true;
            continue;
        }
        if let Some(v) = ONES.iter().position(|w| *w == word) {
            let v = v as u64;
            // A digit word follows a tens word (twenty-three) or a hundred
            // (one hundred and fifteen), or nothing.
            let fits = match last_small {
                None => true,
                Some(l) if l >= 100 => v >= 1,
                Some(l) => (20..100).contains(&l) && l % 10 == 0 && (1..10).contains(&v),
            };
            if !fits {
                return Err(bad(format!("{word:?} does not follow the word before it")));
            }
            group += v;
            last_small = Some(v);
        } else if let Some(t) = TENS.iter().position(|w| *w == word) {
            let v = (t as u64 + 2) * 10;
            if last_small.is_some_and(|l| l < 100) {
                return Err(bad(format!("{word:?} does not follow the word before it")));
            }
            group += v;
            last_small = Some(v);
        } else if word == "hundred" {
            if group == 0 || group >= 10 || last_small.is_none() {
                return Err(bad("\"hundred\" needs a digit word before it".to_owned()));
            }
            group *= 100;
            last_small = Some(100);
        } else if let Some(&(_, exp)) = SCALES.iter().find(|(w, _)| *w == word) {
            if group == 0 || last_scale.is_some_and(|l| l <= exp) {
                return Err(bad(format!("{word:?} does not follow the word before it")));
            }
            let part = Decimal::from(group)
                .checked_mul(pow10(exp))
                .ok_or_else(|| bad("too large".to_owned()))?;
            total = total
                .checked_add(part)
                .ok_or_else(|| bad("too large".to_owned()))?;
            group = 0;
            last_small = None;
            last_scale = Some(exp);
        } else {
            return Err(bad(format!("{word:?} is not a number word")));
        }
        seen = true;
    }
    if !seen {
        return Err(text_error(text, 0, "it has no number word"));
    }
    total
        .checked_add(Decimal::from(group))
        .ok_or_else(|| text_error(text, 0, "too large"))
}
