//! Rendering quantities and statistics as canonical report text.
//!
//! The phrase parser reads back exactly the forms written here, so every
//! form is fixed and documented on [`render`] and [`render_statistic`].
//! Numbers are written from the expanded value with exact decimal digit
//! manipulation: no floats, no exponent notation, no rounding.

use super::Lang;
use crate::{
    Basis, Currency, Decimal, Direction, Extreme, Qualifier, Quantity, Statistic, StatisticKind,
    Unit,
};

/// Renders a quantity as canonical report text in `lang`.
///
/// Numbers come from the expanded value. English writes counts, money and
/// physical units with thousands separators below a million ("803,000",
/// "1,234.5") and with the largest of million, billion and trillion from a
/// million on ("2.7 billion", "12.44 million"); Chinese writes them with
/// 万, 亿 or 万亿 from 10⁴ on ("80.3万", "27亿", "1.62万亿"). Percent,
/// percentage points, per mille, multiples and durations are plain digits
/// in both languages, and a fraction is a reduced fraction ("1/8"; a
/// third, rounded, is "1/3").
///
/// Qualifiers: English "about X", "at least X", "more than X" (also for
/// `over_some`: English has no word for X余), "nearly X", "at most X",
/// "less than X", "between X and Y"; Chinese "X左右", "X以上", "超过X",
/// "X余" (余 straight after the number and its magnitude, "27亿余元"),
/// "近X", "不超过X", "不足X", "X至Y". In a range, currency prefixes and the
/// signs % and ‰ go on both ends and unit words only after the high end.
/// Whether the quantity is [inexact](Quantity::is_inexact) is not shown,
/// but a rounded fraction of 18 places or more is written as the fraction
/// it stands for: a third is "1/3", not 28 digits over 10²⁸.
///
/// Rendering never fails.
///
/// # Examples
///
/// ```
/// use workreport::text::{render, Lang};
/// use workreport::{Magnitude, Qualifier, Quantity, Unit};
///
/// let q = Quantity::new("27".parse()?, Magnitude::Yi, Unit::CNY, Qualifier::OverSome)?;
/// assert_eq!(render(&q, Lang::En), "more than 2.7 billion yuan");
/// assert_eq!(render(&q, Lang::Zh), "27亿余元");
///
/// let q = Quantity::new("1200".parse()?, Magnitude::Wan, Unit::People, Qualifier::AtLeast)?;
/// assert_eq!(render(&q, Lang::En), "at least 12 million people");
/// assert_eq!(render(&q, Lang::Zh), "1200万人以上");
///
/// let q = Quantity::range("4.5".parse()?, "5".parse()?, Magnitude::One, Unit::Percent)?;
/// assert_eq!(render(&q, Lang::En), "between 4.5% and 5%");
/// assert_eq!(render(&q, Lang::Zh), "4.5%至5%");
///
/// let q = Quantity::exact("0.125".parse()?, Unit::Fraction)?;
/// assert_eq!(render(&q, Lang::En), "1/8");
///
/// let q = Quantity::exact("1234".parse()?, "CNY/person".parse()?)?;
/// assert_eq!(render(&q, Lang::En), "1,234 yuan per person");
/// assert_eq!(render(&q, Lang::Zh), "1234元/人");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render(quantity: &Quantity, lang: Lang) -> String {
    match lang {
        Lang::En => render_en(quantity),
        Lang::Zh => render_zh(quantity),
    }
}

/// Renders a statistic's figure as a report phrase in `lang`.
///
/// - An [unreadable](Statistic::is_unreadable) statistic: its quote,
///   verbatim.
/// - A count, amount, rate or ratio: [`render`] of its quantity.
/// - A change: English "up 9.2% year on year", "down 0.1 percentage points
///   on the projection", "up 3% from 2020", "unchanged from the previous
///   period", "down year on year" (no quantity); Chinese "同比下降9.2%",
///   "环比增长5%左右", "比预期增长3%", "比2020增长3%", "同比持平",
///   "同比负增长" (down, no quantity), "同比增长" (up, no quantity).
/// - A rank: "ranked No. 3 among 21 cities" / "居21个城市第3".
/// - A record: "a 10-year low", "a record high" (no window) /
///   "创10年来新低", "创历史新高".
/// - A streak: "for 10 consecutive years" ("for 1 consecutive year") /
///   "连续10年", "连续6个月", "连续30天".
///
/// Record windows and streaks are written with the expanded number only.
/// A statistic the constructors would not admit (a count with no quantity)
/// falls back to its quote. Rendering never fails.
///
/// # Examples
///
/// ```
/// use workreport::text::{render_statistic, Lang};
/// use workreport::{
///     Basis, Change, ChangeMode, Direction, Magnitude, Metric, Qualifier, Quantity, Statistic,
///     StatisticKind, Unit,
/// };
///
/// let change = Change {
///     direction: Direction::Down,
///     basis: Basis::YearOnYear,
///     mode: ChangeMode::Relative,
/// };
/// let q = Quantity::new("9.2".parse()?, Magnitude::One, Unit::Percent, Qualifier::Exact)?;
/// let s = Statistic::new(
///     Metric::new("criminal cases filed")?,
///     StatisticKind::Change(change),
///     Some(q),
///     "刑事案件立案数同比下降9.2%",
/// )?;
/// assert_eq!(render_statistic(&s, Lang::En), "down 9.2% year on year");
/// assert_eq!(render_statistic(&s, Lang::Zh), "同比下降9.2%");
///
/// let streak = Statistic::new(
///     Metric::new("years without a major traffic accident")?,
///     StatisticKind::Streak,
///     Some(Quantity::exact("10".parse()?, Unit::Years)?),
///     "连续10年未发生重大道路交通事故",
/// )?;
/// assert_eq!(render_statistic(&streak, Lang::En), "for 10 consecutive years");
/// assert_eq!(render_statistic(&streak, Lang::Zh), "连续10年");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render_statistic(statistic: &Statistic, lang: Lang) -> String {
    let quote = || statistic.quote().to_owned();
    if statistic.is_unreadable() {
        return quote();
    }
    let quantity = statistic.quantity();
    match statistic.kind() {
        StatisticKind::Count
        | StatisticKind::Amount
        | StatisticKind::Rate
        | StatisticKind::Ratio => quantity.map_or_else(quote, |q| render(q, lang)),
        StatisticKind::Change(change) => {
            render_change(change.direction, &change.basis, quantity, lang)
        }
        StatisticKind::Rank(rank) => match (rank.position, lang) {
            (Some(position), Lang::En) => {
                let place = if rank.top {
                    format!("ranked among the top {position}")
                } else {
                    format!("ranked No. {position}")
                };
                match &rank.among {
                    Some(among) => format!("{place} among {among}"),
                    None => place,
                }
            }
            (Some(position), Lang::Zh) => {
                let among = rank.among.as_deref().unwrap_or("");
                if rank.top {
                    format!("居{among}前{position}位")
                } else {
                    format!("居{among}第{position}")
                }
            }
            (None, _) => quote(),
        },
        StatisticKind::Record(record) => render_record(record.extreme, quantity, lang),
        StatisticKind::Streak => quantity.map_or_else(quote, |q| render_streak(q, lang)),
    }
}

// ---------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------

fn render_change(
    direction: Direction,
    basis: &Basis,
    quantity: Option<&Quantity>,
    lang: Lang,
) -> String {
    match lang {
        Lang::En => {
            let basis = match basis {
                Basis::YearOnYear => " year on year".to_owned(),
                Basis::PreviousPeriod => " from the previous period".to_owned(),
                Basis::Projection => " on the projection".to_owned(),
                Basis::Baseline(period) => format!(" from {period}"),
                Basis::Unstated => String::new(),
            };
            let word = match direction {
                Direction::Up => "up",
                Direction::Down => "down",
                Direction::Flat => return format!("unchanged{basis}"),
            };
            match quantity {
                Some(q) => format!("{word} {}{basis}", render_en(q)),
                None => format!("{word}{basis}"),
            }
        }
        Lang::Zh => {
            let basis = match basis {
                Basis::YearOnYear => "同比".to_owned(),
                Basis::PreviousPeriod => "环比".to_owned(),
                Basis::Projection => "比预期".to_owned(),
                Basis::Baseline(period) => format!("比{period}"),
                Basis::Unstated => String::new(),
            };
            match (direction, quantity) {
                (Direction::Flat, _) => format!("{basis}持平"),
                (Direction::Up, Some(q)) => format!("{basis}增长{}", render_zh(q)),
                (Direction::Down, Some(q)) => format!("{basis}下降{}", render_zh(q)),
                (Direction::Up, None) => format!("{basis}增长"),
                (Direction::Down, None) => format!("{basis}负增长"),
            }
        }
    }
}

/// The duration words of a record window or streak: English singular and
/// plural, Chinese.
fn duration_words(unit: &Unit) -> Option<(&'static str, &'static str, &'static str)> {
    match unit {
        Unit::Years => Some(("year", "years", "年")),
        Unit::Months => Some(("month", "months", "个月")),
        Unit::Days => Some(("day", "days", "天")),
        _ => None,
    }
}

fn render_record(extreme: Extreme, window: Option<&Quantity>, lang: Lang) -> String {
    let (en, zh) = match extreme {
        Extreme::High => ("high", "高"),
        Extreme::Low => ("low", "低"),
    };
    let Some(q) = window else {
        return match lang {
            Lang::En => format!("a record {en}"),
            Lang::Zh => format!("创历史新{zh}"),
        };
    };
    let n = plain(q.expanded());
    match (duration_words(q.unit()), lang) {
        (Some((singular, _, _)), Lang::En) => format!("a {n}-{singular} {en}"),
        (Some((_, _, word)), Lang::Zh) => format!("创{n}{word}来新{zh}"),
        // Not admitted by the constructors: a window that is no duration.
        (None, Lang::En) => format!("a {} {en}", render_en(q)),
        (None, Lang::Zh) => format!("创{}来新{zh}", render_zh(q)),
    }
}

fn render_streak(q: &Quantity, lang: Lang) -> String {
    let value = q.expanded();
    let n = plain(value);
    match (duration_words(q.unit()), lang) {
        (Some((singular, plural, _)), Lang::En) => {
            let word = if value == Decimal::ONE {
                singular
            } else {
                plural
            };
            format!("for {n} consecutive {word}")
        }
        (Some((_, _, word)), Lang::Zh) => format!("连续{n}{word}"),
        // Not admitted by the constructors: a streak that is no duration.
        (None, Lang::En) => format!("for {}", render_en(q)),
        (None, Lang::Zh) => format!("连续{}", render_zh(q)),
    }
}

// ---------------------------------------------------------------------------
// Quantities
// ---------------------------------------------------------------------------

/// How a unit attaches to its number.
#[derive(Debug, Default)]
struct Affix {
    /// Before the number, on both ends of a range: "US$", "$".
    prefix: &'static str,
    /// Straight after the number, on both ends of a range: "%", "‰".
    sign: &'static str,
    /// After the (last) number only: " yuan", " percentage points", "元".
    word: String,
}

impl Affix {
    fn sign(sign: &'static str) -> Affix {
        Affix {
            sign,
            ..Affix::default()
        }
    }

    fn prefix(prefix: &'static str) -> Affix {
        Affix {
            prefix,
            ..Affix::default()
        }
    }

    fn word(word: impl Into<String>) -> Affix {
        Affix {
            word: word.into(),
            ..Affix::default()
        }
    }
}

/// How the number of a unit is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// Plain digits, no separators and no scale word.
    Plain,
    /// A reduced fraction "a/b".
    Fraction,
    /// With a scale word (million, 亿, ...) and, in English, separators.
    Scaled,
}

fn style(unit: &Unit) -> Style {
    match unit {
        Unit::Percent
        | Unit::PercentagePoints
        | Unit::PerMille
        | Unit::Times
        | Unit::Years
        | Unit::Months
        | Unit::Days => Style::Plain,
        Unit::Fraction => Style::Fraction,
        Unit::Per(compound) => style(compound.numerator()),
        _ => Style::Scaled,
    }
}

/// A number after its money sign, the minus sign of a negative amount
/// first: "-$5 billion", "-R2", as such amounts are written.
fn prefixed(prefix: &str, number: &str) -> String {
    match number.strip_prefix('-') {
        Some(size) if !prefix.is_empty() => format!("-{prefix}{size}"),
        _ => format!("{prefix}{number}"),
    }
}

fn render_en(q: &Quantity) -> String {
    let unit = q.unit();
    let low = q.expanded();
    if let (Qualifier::Range, Some(high)) = (q.qualifier(), q.expanded_high()) {
        let like = low.abs().max(high.abs());
        let lo = affix_en(unit, low == Decimal::ONE);
        let hi = affix_en(unit, high == Decimal::ONE);
        return format!(
            "between {}{} and {}{}{}",
            prefixed(lo.prefix, &number_en_like(low, like, unit, q.is_inexact())),
            lo.sign,
            prefixed(hi.prefix, &number_en_like(high, like, unit, q.is_inexact())),
            hi.sign,
            hi.word
        );
    }
    let affix = affix_en(unit, low == Decimal::ONE);
    let core = format!(
        "{}{}{}",
        prefixed(affix.prefix, &number_en(low, unit, q.is_inexact())),
        affix.sign,
        affix.word
    );
    let lead = match q.qualifier() {
        Qualifier::Exact | Qualifier::Range => "",
        Qualifier::About => "about ",
        Qualifier::AtLeast => "at least ",
        Qualifier::MoreThan | Qualifier::OverSome => "more than ",
        Qualifier::Nearly => "nearly ",
        Qualifier::AtMost => "at most ",
        Qualifier::LessThan => "less than ",
    };
    format!("{lead}{core}")
}

fn render_zh(q: &Quantity) -> String {
    let unit = q.unit();
    let affix = affix_zh(unit);
    let low = number_zh(q.expanded(), unit, q.is_inexact());
    if let (Qualifier::Range, Some(high)) = (q.qualifier(), q.expanded_high()) {
        let like = q.expanded().abs().max(high.abs());
        let low = number_zh_like(q.expanded(), like, unit, q.is_inexact());
        let high = number_zh_like(high, like, unit, q.is_inexact());
        let Affix { prefix, sign, word } = affix;
        let (low, high) = (prefixed(prefix, &low), prefixed(prefix, &high));
        return format!("{low}{sign}至{high}{sign}{word}");
    }
    let Affix { prefix, sign, word } = affix;
    let low = prefixed(prefix, &low);
    if q.qualifier() == Qualifier::OverSome {
        return format!("{low}余{sign}{word}");
    }
    let core = format!("{low}{sign}{word}");
    match q.qualifier() {
        Qualifier::Exact | Qualifier::Range | Qualifier::OverSome => core,
        Qualifier::About => format!("{core}左右"),
        Qualifier::AtLeast => format!("{core}以上"),
        Qualifier::MoreThan => format!("超过{core}"),
        Qualifier::Nearly => format!("近{core}"),
        Qualifier::AtMost => format!("不超过{core}"),
        Qualifier::LessThan => format!("不足{core}"),
    }
}

/// The English affix of `unit`; `one` when the number it goes with is
/// exactly 1, for the singular forms.
fn affix_en(unit: &Unit, one: bool) -> Affix {
    let counted = |singular: &str, plural: &str| {
        Affix::word(format!(" {}", if one { singular } else { plural }))
    };
    match unit {
        Unit::Percent => Affix::sign("%"),
        Unit::PercentagePoints => counted("percentage point", "percentage points"),
        Unit::PerMille => Affix::sign("‰"),
        Unit::Fraction => Affix::default(),
        Unit::Times => Affix::word(" times"),
        Unit::Money(currency) => money_en(*currency),
        Unit::Dollar => Affix::prefix("$"),
        Unit::People => counted("person", "people"),
        Unit::Jobs => counted("job", "jobs"),
        Unit::Households => counted("household", "households"),
        Unit::PersonTimes => counted("person-time", "person-times"),
        Unit::Cases => counted("case", "cases"),
        Unit::Items => counted("item", "items"),
        Unit::Other(noun) => Affix::word(format!(" {}", noun.as_str())),
        Unit::Tonnes => Affix::word(" tonnes"),
        Unit::Kg => Affix::word(" kg"),
        Unit::Jin => Affix::word(" jin"),
        Unit::Grams => Affix::word(" grams"),
        Unit::Micrograms => Affix::word(" micrograms"),
        Unit::Milligrams => Affix::word(" milligrams"),
        Unit::Mu => Affix::word(" mu"),
        Unit::Hectares => Affix::word(" hectares"),
        Unit::SquareKm => Affix::word(" square kilometres"),
        Unit::Km => Affix::word(" kilometres"),
        Unit::CubicMetres => Affix::word(" cubic metres"),
        Unit::Years => counted("year", "years"),
        Unit::Months => counted("month", "months"),
        Unit::Days => counted("day", "days"),
        Unit::Kw => Affix::word(" kilowatts"),
        Unit::Per(compound) => {
            let (numerator, denominator) = (compound.numerator(), compound.denominator());
            if *numerator == Unit::Micrograms && *denominator == Unit::CubicMetres {
                return Affix::word(" μg/m3");
            }
            if *numerator == Unit::Milligrams && *denominator == Unit::CubicMetres {
                return Affix::word(" mg/m3");
            }
            let mut affix = affix_en(numerator, one);
            affix.word.push_str(" per ");
            affix.word.push_str(&singular_en(denominator));
            affix
        }
    }
}

fn money_en(currency: Currency) -> Affix {
    match currency {
        Currency::CNY => Affix::word(" yuan"),
        Currency::USD => Affix::prefix("US$"),
        Currency::GBP => Affix::prefix("£"),
        Currency::AUD => Affix::prefix("A$"),
        Currency::INR => Affix::prefix("Rs "),
        Currency::ZAR => Affix::prefix("R"),
        Currency::PHP => Affix::prefix("₱"),
        Currency::MYR => Affix::prefix("RM"),
        Currency::EUR => Affix::prefix("€"),
        other => Affix::word(format!(" {}", other.as_str())),
    }
}

/// The English singular word of a compound's denominator ("per person").
fn singular_en(unit: &Unit) -> String {
    let word = match unit {
        Unit::People => "person",
        Unit::Jobs => "job",
        Unit::Households => "household",
        Unit::PersonTimes => "person-time",
        Unit::Cases => "case",
        Unit::Items => "item",
        Unit::Other(noun) => noun.as_str(),
        Unit::Tonnes => "tonne",
        Unit::Kg => "kg",
        Unit::Jin => "jin",
        Unit::Grams => "gram",
        Unit::Micrograms => "microgram",
        Unit::Milligrams => "milligram",
        Unit::Mu => "mu",
        Unit::Hectares => "hectare",
        Unit::SquareKm => "square kilometre",
        Unit::Km => "kilometre",
        Unit::CubicMetres => "cubic metre",
        Unit::Years => "year",
        Unit::Months => "month",
        Unit::Days => "day",
        Unit::Kw => "kilowatt",
        Unit::Percent => "percent",
        Unit::PercentagePoints => "percentage point",
        Unit::PerMille => "per mille",
        Unit::Fraction => "fraction",
        Unit::Times => "time",
        Unit::Money(Currency::CNY) => "yuan",
        Unit::Money(currency) => currency.as_str(),
        Unit::Dollar => "dollar",
        // A side of a compound is never itself compound.
        Unit::Per(_) => return unit.to_string(),
    };
    word.to_owned()
}

/// The Chinese affix of `unit`.
fn affix_zh(unit: &Unit) -> Affix {
    match unit {
        Unit::Percent => Affix::sign("%"),
        Unit::PerMille => Affix::sign("‰"),
        Unit::Fraction => Affix::default(),
        Unit::Dollar => Affix::prefix("$"),
        Unit::Per(compound) => {
            let mut affix = affix_zh(compound.numerator());
            affix.word.push('/');
            affix.word.push_str(&word_zh(compound.denominator()));
            affix
        }
        other => Affix::word(word_zh(other)),
    }
}

/// The Chinese word of a unit, as it follows a number or stands below the
/// line of a compound ("元/人").
fn word_zh(unit: &Unit) -> String {
    let word = match unit {
        Unit::Percent => "%",
        Unit::PercentagePoints => "个百分点",
        Unit::PerMille => "‰",
        Unit::Fraction => "",
        Unit::Times => "倍",
        Unit::Money(Currency::CNY) => "元",
        Unit::Money(Currency::USD) => "美元",
        Unit::Money(Currency::GBP) => "英镑",
        Unit::Money(Currency::AUD) => "澳元",
        Unit::Money(Currency::INR) => "卢比",
        Unit::Money(Currency::ZAR) => "兰特",
        Unit::Money(Currency::PHP) => "菲律宾比索",
        Unit::Money(Currency::MYR) => "林吉特",
        Unit::Money(Currency::EUR) => "欧元",
        Unit::Money(currency) => currency.as_str(),
        Unit::Dollar => "$",
        Unit::People => "人",
        Unit::Jobs => "个就业岗位",
        Unit::Households => "户",
        Unit::PersonTimes => "人次",
        Unit::Cases => "起",
        Unit::Items => "个",
        Unit::Other(noun) => return format!("个{}", noun.as_str()),
        Unit::Tonnes => "吨",
        Unit::Kg => "公斤",
        Unit::Jin => "斤",
        Unit::Grams => "克",
        Unit::Micrograms => "微克",
        Unit::Milligrams => "毫克",
        Unit::Mu => "亩",
        Unit::Hectares => "公顷",
        Unit::SquareKm => "平方公里",
        Unit::Km => "公里",
        Unit::CubicMetres => "立方米",
        Unit::Years => "年",
        Unit::Months => "个月",
        Unit::Days => "天",
        Unit::Kw => "千瓦",
        // A side of a compound is never itself compound.
        Unit::Per(_) => return unit.to_string(),
    };
    word.to_owned()
}

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

/// The English number of an expanded value in `unit`.
fn number_en(value: Decimal, unit: &Unit, rounded: bool) -> String {
    number_en_like(value, value, unit, rounded)
}

/// The English number of `value` in `unit`, written with the scale word
/// that `like` takes, so that both ends of a range share one scale
/// ("between 0.5 million and 2.7 million": "between 500,000 and 2.7
/// million" would read as 500,000 million).
fn number_en_like(value: Decimal, like: Decimal, unit: &Unit, rounded: bool) -> String {
    match style(unit) {
        Style::Plain => plain(value),
        Style::Fraction => fraction(value, rounded),
        Style::Scaled => {
            const SCALES: [(i64, u32, &str); 3] = [
                (1_000_000_000_000, 12, "trillion"),
                (1_000_000_000, 9, "billion"),
                (1_000_000, 6, "million"),
            ];
            let size = like.abs();
            match SCALES
                .iter()
                .find(|(threshold, _, _)| size >= Decimal::from(*threshold))
            {
                Some((_, shift, word)) => {
                    format!("{} {word}", Digits::of(value, *shift).grouped())
                }
                None => Digits::of(value, 0).grouped(),
            }
        }
    }
}

/// The Chinese number of an expanded value in `unit`, with its magnitude.
fn number_zh(value: Decimal, unit: &Unit, rounded: bool) -> String {
    number_zh_like(value, value, unit, rounded)
}

/// The Chinese number of `value` in `unit`, with the magnitude that `like`
/// takes: in a range both ends share one magnitude, since "3至4万" reads
/// as 3万 to 4万.
fn number_zh_like(value: Decimal, like: Decimal, unit: &Unit, rounded: bool) -> String {
    match style(unit) {
        Style::Plain => plain(value),
        Style::Fraction => fraction(value, rounded),
        Style::Scaled => {
            const SCALES: [(i64, u32, &str); 3] = [
                (1_000_000_000_000, 12, "万亿"),
                (100_000_000, 8, "亿"),
                (10_000, 4, "万"),
            ];
            let size = like.abs();
            match SCALES
                .iter()
                .find(|(threshold, _, _)| size >= Decimal::from(*threshold))
            {
                Some((_, shift, word)) => format!("{}{word}", Digits::of(value, *shift).plain()),
                None => plain(value),
            }
        }
    }
}

/// Plain digits with no separators: "1234", "5.5", "-0.25".
fn plain(value: Decimal) -> String {
    Digits::of(value, 0).plain()
}

/// A value as a reduced fraction "a/b": 0.125 is "1/8", 3 is "3/1". A
/// rounded value is the simplest fraction that rounds to it, where there
/// is one: a third, rounded to 28 places, is "1/3".
fn fraction(value: Decimal, rounded: bool) -> String {
    let sign = if value.is_sign_negative() && !value.is_zero() {
        "-"
    } else {
        ""
    };
    let parts = rounded
        .then(|| crate::quantity::fraction_parts(value, true))
        .flatten()
        .or_else(|| crate::quantity::fraction_parts(value, false));
    match parts {
        Some((num, den)) => format!("{sign}{num}/{den}"),
        None => "0/1".to_owned(),
    }
}

/// The digits of a decimal divided by a power of ten, split at the point,
/// with no trailing zeros after it: exact, since dividing by 10^k only
/// moves the point.
#[derive(Debug)]
struct Digits {
    negative: bool,
    whole: String,
    fraction: String,
}

impl Digits {
    /// The digits of `value / 10^shift`.
    fn of(value: Decimal, shift: u32) -> Digits {
        let mantissa = value.mantissa().unsigned_abs().to_string();
        let point = usize::try_from(value.scale().saturating_add(shift)).unwrap_or(usize::MAX);
        let (whole, fraction) = match mantissa
            .len()
            .checked_sub(point)
            .filter(|w| *w > 0)
            .and_then(|w| mantissa.split_at_checked(w))
        {
            Some((whole, fraction)) => (whole.to_owned(), fraction.to_owned()),
            None => {
                let zeros = point.saturating_sub(mantissa.len());
                ("0".to_owned(), format!("{}{mantissa}", "0".repeat(zeros)))
            }
        };
        Digits {
            negative: value.is_sign_negative() && !value.is_zero(),
            whole,
            fraction: fraction.trim_end_matches('0').to_owned(),
        }
    }

    /// No separators: "1234.5".
    fn plain(&self) -> String {
        self.join(self.whole.clone())
    }

    /// Commas between the thousands of the whole part: "1,234.5".
    fn grouped(&self) -> String {
        let len = self.whole.len();
        let mut whole = String::with_capacity(len + len / 3);
        for (i, digit) in self.whole.chars().enumerate() {
            if i > 0 && len.saturating_sub(i) % 3 == 0 {
                whole.push(',');
            }
            whole.push(digit);
        }
        self.join(whole)
    }

    fn join(&self, whole: String) -> String {
        let sign = if self.negative { "-" } else { "" };
        if self.fraction.is_empty() {
            format!("{sign}{whole}")
        } else {
            format!("{sign}{whole}.{}", self.fraction)
        }
    }
}
