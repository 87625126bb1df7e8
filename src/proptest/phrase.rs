//! Report phrases and the readings they must parse to.

use ::proptest::prelude::*;

use super::statistic;
use crate::text::{Lang, Reading, render, render_statistic};
use crate::{Decimal, Direction, Magnitude, Qualifier, Quantity, StatisticKind, Unit};

/// A phrase of a report and what a parser must read in it.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
/// use workreport::text::{Lang, parse};
///
/// proptest! {
///     #![proptest_config(ProptestConfig::with_cases(32))]
///     fn the_crate_reads_its_phrases(p in workreport::proptest::phrase(Lang::Zh)) {
///         let reading = parse(&p.text, Some(p.lang)).unwrap();
///         prop_assert!(p.matches(&reading), "{:?}", p.text);
///     }
/// }
/// # the_crate_reads_its_phrases();
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Phrase {
    /// The phrase's language.
    pub lang: Lang,
    /// The phrase.
    pub text: String,
    /// The figure it states: its expanded value, range end, unit and
    /// qualifier are what a reading must give.
    pub quantity: Quantity,
    /// The direction of the change it states, if it states one.
    pub change: Option<Direction>,
    /// For a change of level ("rose from 58 to 87", 由58万户增加到87万户),
    /// the level it started from; `quantity` is the level reached. A test
    /// vector has no field for it.
    pub from: Option<Quantity>,
}

impl Phrase {
    /// Whether what a parser returned reads the phrase as it should: the
    /// same expanded value and range end, unit and qualifier, and the same
    /// change direction (or none). `parsed` is anything
    /// [`Parsed`](super::Parsed): the crate's `Reading`, a `Quantity`, a
    /// quantity with a direction, or a parser's own type.
    ///
    /// # Examples
    ///
    /// See [`Phrase`].
    pub fn matches(&self, parsed: &impl super::Parsed) -> bool {
        super::Figure::of(&self.quantity, self.change).matches(parsed)
    }
}

/// Whether `reading` gives `quantity` (its expanded value and range end,
/// unit and qualifier) and the change direction `change` (or none).
pub(super) fn reads_as(reading: &Reading, quantity: &Quantity, change: Option<Direction>) -> bool {
    super::Figure::of(quantity, change).matches(reading)
}

/// Phrases in `lang` in the shapes real reports use, each with the reading
/// it must parse to: levels and changes of realistic size (a count of up to
/// four significant digits, a rate under 100%, an amount of money in
/// millions to trillions), with the qualifier before or after the number
/// ("at least 5 cases", "5 cases or more", "over", "around"; 约5%, 5%左右,
/// 逾, 不到, 将近), "per cent" for %, a distracting year before or after the
/// figure ("in 2023", 2023年), in Chinese full-width digits and Chinese
/// numerals (一千二百三十四); and two figures in one clause: a change and
/// the level it reached ("rose by 4 per cent to 58 billion dollars",
/// which reads as the change) and a change of level ("rose from 58 to 87
/// cases", 由58万户增加到87万户, which reads as the level reached, with
/// [`Phrase::from`] the level it left).
///
/// English has no word for X余: an `over_some` figure is written "more
/// than" and must read as `more_than` (DESIGN.md, "Text").
///
/// # Examples
///
/// See [`Phrase`].
pub fn phrase(lang: Lang) -> impl Strategy<Value = Phrase> {
    let level = realistic().prop_map(move |q| {
        let text = render(&q, lang);
        (text, expected(q, lang), None)
    });
    let change = statistic().prop_filter_map("a change", move |s| match (s.kind(), s.quantity()) {
        (StatisticKind::Change(c), Some(q)) if !s.is_unreadable() => Some((
            render_statistic(&s, lang),
            expected(q.clone(), lang),
            Some(c.direction),
        )),
        _ => None,
    });
    let one = (
        prop_oneof![3 => level, 1 => change],
        0..6_usize,
        any::<bool>(),
        1990..2030_i32,
    )
        .prop_map(move |((text, quantity, change), shape, late, year)| {
            let text = match lang {
                Lang::En => shape_en(&text, shape, late, year),
                _ => shape_zh(&text, shape, late, year),
            };
            Phrase {
                lang,
                text,
                quantity,
                change,
                from: None,
            }
        });
    prop_oneof![6 => one, 1 => change_to_level(lang), 1 => level_change(lang)].boxed()
}

/// "rose by 4 per cent to 58 billion dollars", "GDP grew 5.2% to 126
/// trillion yuan": the change is the figure.
fn change_to_level(lang: Lang) -> impl Strategy<Value = Phrase> {
    (share_size(), money(), any::<bool>(), any::<bool>()).prop_map(
        move |(size, level, up, spelled)| {
            let (verb, direction) = match (lang, up) {
                (Lang::En, true) => ("rose by", Direction::Up),
                (Lang::En, false) => ("fell by", Direction::Down),
                (_, true) => ("增长", Direction::Up),
                (_, false) => ("下降", Direction::Down),
            };
            let size_text = match (lang, spelled) {
                (Lang::En, true) => format!("{} per cent", size.value().normalize()),
                _ => render(&size, lang),
            };
            let text = match lang {
                Lang::En => format!("exports {verb} {size_text} to {}", render(&level, lang)),
                _ => format!("出口{verb}{size_text}至{}", render(&level, lang)),
            };
            Phrase {
                lang,
                text,
                quantity: size,
                change: Some(direction),
                from: None,
            }
        },
    )
}

/// "rose from 58 to 87 cases", 由58万户增加到87万户: the level reached, with
/// the direction of the verb and the level it left.
fn level_change(lang: Lang) -> impl Strategy<Value = Phrase> {
    (count_sizes(), any::<bool>()).prop_map(move |((low, high, unit), up)| {
        let q = |v: u64| Quantity::exact(Decimal::from(v), unit.clone()).ok();
        let (from, to) = if up { (low, high) } else { (high, low) };
        let (from_q, to_q) = (q(from), q(to));
        let (Some(from_q), Some(to_q)) = (from_q, to_q) else {
            unreachable!("whole counts of at most 10^12 are quantities")
        };
        let text = match (lang, up) {
            (Lang::En, true) => format!("rose from {from} to {}", render(&to_q, lang)),
            (Lang::En, false) => format!("fell from {from} to {}", render(&to_q, lang)),
            (_, true) => format!("由{}增加到{}", render(&from_q, lang), render(&to_q, lang)),
            (_, false) => format!("从{}下降到{}", render(&from_q, lang), render(&to_q, lang)),
        };
        Phrase {
            lang,
            text,
            quantity: to_q,
            change: Some(if up { Direction::Up } else { Direction::Down }),
            from: Some(from_q),
        }
    })
}

/// A figure as reports state them: a count of one to four significant
/// digits (a few to hundreds of millions), a rate of 0.1% to 99.9%, a
/// change in percentage points under 10, or money of one to four
/// significant digits from ten thousand to tens of trillions; exact most
/// of the time, else with a qualifier.
fn realistic() -> impl Strategy<Value = Quantity> {
    let qualifier = prop_oneof![
        6 => Just(Qualifier::Exact),
        1 => Just(Qualifier::About),
        1 => Just(Qualifier::AtLeast),
        1 => Just(Qualifier::MoreThan),
        1 => Just(Qualifier::OverSome),
        1 => Just(Qualifier::Nearly),
        1 => Just(Qualifier::LessThan),
    ];
    let count = (
        1_u64..10_000,
        0_u32..6,
        ::proptest::sample::select(vec![
            Unit::People,
            Unit::Cases,
            Unit::Households,
            Unit::Items,
            Unit::PersonTimes,
        ]),
    )
        .prop_map(|(m, e, unit)| (Decimal::from(m * 10_u64.pow(e)), unit));
    let rate = (1_i64..1000).prop_map(|m| (Decimal::new(m, 1), Unit::Percent));
    let points = (1_i64..100).prop_map(|m| (Decimal::new(m, 1), Unit::PercentagePoints));
    let money = money().prop_map(|q| (q.expanded(), q.unit().clone()));
    (
        prop_oneof![3 => count, 2 => rate, 1 => points, 2 => money],
        qualifier,
    )
        .prop_filter_map("a quantity", |((v, unit), q)| {
            Quantity::new(v, Magnitude::One, unit, q).ok()
        })
}

/// Money of one to four significant digits times 10^4 to 10^13, in yuan
/// or dollars.
fn money() -> impl Strategy<Value = Quantity> {
    (
        1_i64..10_000,
        0_u32..3,
        4_u32..11,
        ::proptest::sample::select(vec![Unit::CNY, Unit::Money(crate::Currency::USD)]),
    )
        .prop_filter_map("money", |(m, places, e, unit)| {
            let v = Decimal::new(m, places).checked_mul(Decimal::from(10_u64.pow(e)))?;
            Quantity::exact(v.normalize(), unit).ok()
        })
}

/// A change in percent: 0.1% to 49.9%.
fn share_size() -> impl Strategy<Value = Quantity> {
    (1_i64..500).prop_filter_map("a size", |m| {
        Quantity::exact(Decimal::new(m, 1), Unit::Percent).ok()
    })
}

/// Two different whole counts of one to four significant digits, the
/// smaller first, in one counted unit.
fn count_sizes() -> impl Strategy<Value = (u64, u64, Unit)> {
    (
        1_u64..10_000,
        1_u64..10_000,
        0_u32..4,
        ::proptest::sample::select(vec![Unit::People, Unit::Cases, Unit::Households]),
    )
        .prop_filter_map("two counts", |(a, b, e, unit)| {
            let scale = 10_u64.pow(e);
            (a != b).then(|| (a.min(b) * scale, a.max(b) * scale, unit))
        })
}

/// The quantity a reading in `lang` must give for `q` written in `lang`.
fn expected(q: Quantity, lang: Lang) -> Quantity {
    if lang == Lang::En && q.qualifier() == Qualifier::OverSome {
        Quantity::new(
            q.value(),
            q.magnitude(),
            q.unit().clone(),
            Qualifier::MoreThan,
        )
        .unwrap_or(q)
    } else {
        q
    }
}

/// English shapes: as rendered, the qualifier after the figure, the year
/// before or after.
fn shape_en(text: &str, shape: usize, late: bool, year: i32) -> String {
    let moved = [
        ("at least ", " or more"),
        ("about ", " or so"),
        ("at most ", " or less"),
    ]
    .iter()
    .find_map(|(before, after)| {
        text.strip_prefix(before)
            .filter(|rest| rest.split(' ').count() <= 2)
            .map(|rest| format!("{rest}{after}"))
    });
    let figure = match (shape, moved) {
        (1, Some(m)) => m,
        // The other words reports use: over, around, per cent.
        (4, _) => text
            .replacen("more than ", "over ", 1)
            .replacen("about ", "around ", 1),
        (5, _) if text.ends_with('%') && !text.contains(' ') => {
            format!("{} per cent", text.trim_end_matches('%'))
        }
        _ => text.to_owned(),
    };
    match shape {
        // "recorded 5 times in 2023" counts occurrences: a multiple takes
        // its year before it.
        2 if late && !figure.ends_with("times") => {
            format!("the province recorded {figure} in {year}")
        }
        2 => format!("In {year}, the province recorded {figure}"),
        3 => format!("the city recorded {figure}"),
        _ => figure,
    }
}

/// Chinese shapes: as rendered, the qualifier before the figure, the year
/// before it, full-width digits, Chinese numerals.
fn shape_zh(text: &str, shape: usize, late: bool, year: i32) -> String {
    let figure = match shape {
        // 约 before a figure that starts the phrase, 左右 gone.
        1 => match text.strip_suffix("左右") {
            Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => format!("约{rest}"),
            _ => text.to_owned(),
        },
        2 => full_width(text),
        3 => chinese_numerals(text).unwrap_or_else(|| text.to_owned()),
        // The other words reports use: 逾, 不到, 将近.
        4 => text.replacen("超过", "逾", 1).replacen("不足", "不到", 1),
        5 if text.starts_with('近') => format!("将{text}"),
        _ => text.to_owned(),
    };
    if late {
        format!("{year}年全省{figure}")
    } else {
        figure
    }
}

/// ASCII digits, points and percent signs written full width (１２．５％).
fn full_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '0'..='9' | '.' | '%' => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
            c => c,
        })
        .collect()
}

/// The text with its one run of digits, a whole number from 1 to 9999,
/// written in Chinese numerals; `None` when the text has not exactly one
/// such run.
fn chinese_numerals(text: &str) -> Option<String> {
    let runs: Vec<(usize, usize)> = text
        .char_indices()
        .filter(|(_, c)| c.is_ascii_digit())
        .fold(Vec::new(), |mut runs: Vec<(usize, usize)>, (i, _)| {
            match runs.last_mut() {
                Some((_, end)) if *end == i => *end = i + 1,
                _ => runs.push((i, i + 1)),
            }
            runs
        });
    let [(start, end)] = runs.as_slice() else {
        return None;
    };
    let (start, end) = (*start, *end);
    // Not part of a decimal or a grouped number.
    let before = text[..start].chars().last();
    let after = text[end..].chars().next();
    // Not after a sign ($五千 is no report's way of writing) nor part of a
    // decimal, a grouped number or a fraction.
    if before.is_some_and(|c| c.is_ascii()) || matches!(after, Some('.' | ',' | '/')) {
        return None;
    }
    // 1千瓦 is one kilowatt; 一千瓦 would be a thousand watts. (万 and 亿
    // after numerals are the way: 一千二百四十四万.)
    if matches!(after, Some('千' | '百' | '十' | '仟' | '佰' | '拾')) {
        return None;
    }
    let n: u32 = text[start..end].parse().ok()?;
    Some(format!("{}{}{}", &text[..start], numeral(n)?, &text[end..]))
}

/// 1 to 9999 in Chinese numerals: 一千零五, 二百三十, 十五.
fn numeral(n: u32) -> Option<String> {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if !(1..=9999).contains(&n) {
        return None;
    }
    let places = [(1000, "千"), (100, "百"), (10, "十"), (1, "")];
    let mut out = String::new();
    let mut zero = false;
    for (value, name) in places {
        let d = (n / value % 10) as usize;
        if d == 0 {
            zero = !out.is_empty();
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        // 十五, not 一十五, at the start.
        if !(value == 10 && d == 1 && out.is_empty()) {
            out.push(DIGITS[d]);
        }
        out.push_str(name);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals() {
        for (n, text) in [
            (1, "一"),
            (10, "十"),
            (15, "十五"),
            (20, "二十"),
            (105, "一百零五"),
            (1005, "一千零五"),
            (1230, "一千二百三十"),
            (9999, "九千九百九十九"),
        ] {
            assert_eq!(numeral(n).as_deref(), Some(text), "{n}");
            assert_eq!(
                crate::text::chinese_number(text).ok(),
                Some(n.into()),
                "{text}"
            );
        }
        assert_eq!(numeral(0), None);
        assert_eq!(
            chinese_numerals("城镇新增就业1244万人").as_deref(),
            Some("城镇新增就业一千二百四十四万人")
        );
        assert_eq!(chinese_numerals("5.2%"), None);
        assert_eq!(chinese_numerals("$5750"), None);
        assert_eq!(chinese_numerals("1千瓦"), None);
        assert_eq!(full_width("12.5%"), "１２．５％");
    }
}
