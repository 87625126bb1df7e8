//! The words the phrase reader knows: units, qualifiers, change words,
//! number and ordinal words, in English and Chinese.
//!
//! Tables that are matched against the text ending at a position are
//! ordered longest first, so that 不超过 is found before 超过.

use super::numerals::{ONES, TENS};
use super::words::{CharMap, Keyed, WordMap, WordSet};
use crate::{Basis, Currency, Qualifier, Unit};

/// Which way a change word points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    Up,
    Down,
    Flat,
}

impl Dir {
    /// The direction of a change this way.
    pub(crate) fn direction(self) -> crate::Direction {
        match self {
            Dir::Up => crate::Direction::Up,
            Dir::Down => crate::Direction::Down,
            Dir::Flat => crate::Direction::Flat,
        }
    }
}

/// Characters of Chinese numerals (simplified; the reader normalizes
/// traditional forms first), with the financial forms.
pub(crate) fn is_chinese_numeral(c: char) -> bool {
    CHINESE_NUMERALS.contains(c)
}

/// The characters [`is_chinese_numeral`] accepts.
static CHINESE_NUMERALS: CharMap<32> = CharMap::set([
    '零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万',
    '亿', '壹', '贰', '貳', '叁', '參', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾', '佰', '仟',
]);

/// What an English word is to the number reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumberWord {
    /// `zero` to `nineteen`, `twenty` to `ninety`.
    Number,
    /// `hundred`, `thousand`, `million`, `billion`, `trillion`.
    Scale,
    /// `first` to `tenth`, with the position it names.
    Ordinal(u32),
    /// `a`, as in "a million", "a third".
    A,
    /// `half`.
    Half,
}

/// Every word [`number_word`] knows.
static NUMBER_WORDS: WordMap<NumberWord, 45> = WordMap::new({
    const OTHERS: [(&str, NumberWord); 17] = [
        ("hundred", NumberWord::Scale),
        ("thousand", NumberWord::Scale),
        ("million", NumberWord::Scale),
        ("billion", NumberWord::Scale),
        ("trillion", NumberWord::Scale),
        ("first", NumberWord::Ordinal(1)),
        ("second", NumberWord::Ordinal(2)),
        ("third", NumberWord::Ordinal(3)),
        ("fourth", NumberWord::Ordinal(4)),
        ("fifth", NumberWord::Ordinal(5)),
        ("sixth", NumberWord::Ordinal(6)),
        ("seventh", NumberWord::Ordinal(7)),
        ("eighth", NumberWord::Ordinal(8)),
        ("ninth", NumberWord::Ordinal(9)),
        ("tenth", NumberWord::Ordinal(10)),
        ("a", NumberWord::A),
        ("half", NumberWord::Half),
    ];
    let mut all = [("", NumberWord::A); 45];
    let mut k = 0;
    while k < all.len() {
        all[k] = if k < ONES.len() {
            (ONES[k], NumberWord::Number)
        } else if k < ONES.len() + TENS.len() {
            (TENS[k - ONES.len()], NumberWord::Number)
        } else {
            OTHERS[k - ONES.len() - TENS.len()]
        };
        k += 1;
    }
    all
});

/// What the lowercase word `w` is to the number reader, if anything.
pub(crate) fn number_word<'a>(w: impl Into<Keyed<'a>>) -> Option<NumberWord> {
    NUMBER_WORDS.get(w).copied()
}

/// [`number_word`] of a word held as bytes, with its key.
pub(crate) fn number_word_bytes(w: &[u8], key: u64) -> Option<NumberWord> {
    NUMBER_WORDS.get_bytes(w, key).copied()
}

/// Whether `w` (lowercase) is an English number word: a unit, a ten or a
/// scale word.
pub(crate) fn is_number_word<'a>(w: impl Into<Keyed<'a>>) -> bool {
    matches!(number_word(w), Some(NumberWord::Number | NumberWord::Scale))
}

/// The position an English ordinal word names: `first` is 1.
#[cfg(any(test, feature = "proptest"))]
pub(crate) fn ordinal_word<'a>(w: impl Into<Keyed<'a>>) -> Option<u32> {
    match number_word(w) {
        Some(NumberWord::Ordinal(n)) => Some(n),
        _ => None,
    }
}

/// The denominator a fraction word names: `third` and `thirds` are 3.
pub(crate) fn fraction_word(w: &str) -> Option<u32> {
    let singular = w.strip_suffix('s').unwrap_or(w);
    Some(match singular {
        "half" | "halve" => 2,
        "third" => 3,
        "quarter" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        _ => return None,
    })
}

/// Records stated with no window.
pub(crate) const RECORD_NO_WINDOW: &[&str] = &[
    "历史新高",
    "历史新低",
    "历史最高",
    "历史最低",
    "record high",
    "record low",
    "all-time high",
    "all-time low",
    "record-high",
    "record-low",
    "highest on record",
    "lowest on record",
    "highest since records began",
    "lowest since records began",
];

/// A change down stated with no number.
pub(crate) const NEGATIVE_GROWTH: &[&str] = &["负增长", "negative growth"];

/// No change, stated with no number.
pub(crate) const UNCHANGED: &[&str] = &["持平", "unchanged"];

/// How the English phrases of [`NEGATIVE_GROWTH`], [`UNCHANGED`] and
/// [`RECORD_NO_WINDOW`] start (a test checks): a clause's other words are
/// not looked at for them.
pub(crate) const STATED_EN_STARTS: [&str; 6] = ["neg", "unc", "rec", "all", "hig", "low"];

/// The English names of the months, in order, then their abbreviations,
/// lowercase.
pub(crate) const MONTH_NAMES: [&str; 24] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// [`MONTH_NAMES`] as a set, for the look-up of a word.
pub(crate) static MONTHS: WordSet<24> = WordSet::set(MONTH_NAMES);

/// Whether a record phrase is a low.
pub(crate) fn is_low(phrase: &str) -> bool {
    phrase.contains('低') || phrase.contains("low")
}

/// Money signs before a number, by their last character, longest first
/// within a group. `P` (peso) and `N` (naira) are signs only before an
/// amount that looks like money; the caller checks that.
pub(crate) fn currency_signs_ending(last: char) -> &'static [(&'static str, Unit)] {
    const AUD: Unit = Unit::Money(Currency::known(b"AUD"));
    const BBD: Unit = Unit::Money(Currency::known(b"BBD"));
    const BZD: Unit = Unit::Money(Currency::known(b"BZD"));
    const CAD: Unit = Unit::Money(Currency::known(b"CAD"));
    const CNY: Unit = Unit::Money(Currency::known(b"CNY"));
    const EUR: Unit = Unit::Money(Currency::known(b"EUR"));
    const FJD: Unit = Unit::Money(Currency::known(b"FJD"));
    const GBP: Unit = Unit::Money(Currency::known(b"GBP"));
    const GHS: Unit = Unit::Money(Currency::known(b"GHS"));
    const GYD: Unit = Unit::Money(Currency::known(b"GYD"));
    const HKD: Unit = Unit::Money(Currency::known(b"HKD"));
    const INR: Unit = Unit::Money(Currency::known(b"INR"));
    const JMD: Unit = Unit::Money(Currency::known(b"JMD"));
    const KES: Unit = Unit::Money(Currency::known(b"KES"));
    const MYR: Unit = Unit::Money(Currency::known(b"MYR"));
    const NAD: Unit = Unit::Money(Currency::known(b"NAD"));
    const NGN: Unit = Unit::Money(Currency::known(b"NGN"));
    const MOP: Unit = Unit::Money(Currency::known(b"MOP"));
    const NZD: Unit = Unit::Money(Currency::known(b"NZD"));
    const PHP: Unit = Unit::Money(Currency::known(b"PHP"));
    const SGD: Unit = Unit::Money(Currency::known(b"SGD"));
    const TTD: Unit = Unit::Money(Currency::known(b"TTD"));
    const TZS: Unit = Unit::Money(Currency::known(b"TZS"));
    const UGX: Unit = Unit::Money(Currency::known(b"UGX"));
    const TWD: Unit = Unit::Money(Currency::known(b"TWD"));
    const USD: Unit = Unit::Money(Currency::known(b"USD"));
    const XCD: Unit = Unit::Money(Currency::known(b"XCD"));
    const ZAR: Unit = Unit::Money(Currency::known(b"ZAR"));
    match last {
        '$' => &[
            ("U.S.$", USD),
            ("US $", USD),
            ("US$", USD),
            // Namibia, Trinidad and Tobago, the Eastern Caribbean,
            // Barbados, Guyana and Belize write their dollars so.
            ("Bds$", BBD),
            ("TT$", TTD),
            ("EC$", XCD),
            ("BZ$", BZD),
            ("N$", NAD),
            ("G$", GYD),
            ("NZ$", NZD),
            ("HK$", HKD),
            ("A$", AUD),
            ("C$", CAD),
            ("S$", SGD),
            ("J$", JMD),
            ("F$", FJD),
            ("$", Unit::Dollar),
        ],
        'B' => &[("RMB", CNY)],
        '.' => &[
            ("KShs.", KES),
            ("Kshs.", KES),
            ("KSh.", KES),
            ("Ksh.", KES),
            ("Rs.", INR),
        ],
        // "Sh" and "Shs" alone are the shilling of the country the
        // document names (`Signs::shilling`): the caller decides them.
        's' => &[
            ("KShs", KES),
            ("Kshs", KES),
            ("UShs", UGX),
            ("TShs", TZS),
            ("Shs", KES),
            ("Rs", INR),
        ],
        'h' => &[
            ("KSh", KES),
            ("Ksh", KES),
            ("USh", UGX),
            ("TSh", TZS),
            ("Sh", KES),
        ],
        'R' => &[("R", ZAR)],
        'M' => &[("RM", MYR)],
        'N' => &[("N", NGN)],
        'P' => &[("PHP", PHP), ("PhP", PHP), ("P", PHP)],
        'p' => &[("Php", PHP)],
        '¢' => &[("GH¢", GHS)],
        '₵' => &[("GH₵", GHS), ("₵", GHS)],
        '₦' => &[("₦", NGN)],
        '€' => &[("€", EUR)],
        '₱' => &[("₱", PHP)],
        '₹' => &[("₹", INR)],
        '£' => &[("£", GBP)],
        '¥' => &[("¥", CNY)],
        // 新台币20亿元: the currency named before the number, then 元.
        '币' => &[
            ("新台币", TWD),
            ("澳门币", MOP),
            ("人民币", CNY),
            ("台币", TWD),
            ("港币", HKD),
        ],
        _ => &[],
    }
}

/// The currencies of the signs that more than one country writes, as a
/// document's names decide them: "Rs" (and "rupees") is the rupee of
/// India, Sri Lanka, Pakistan, Nepal, Mauritius or the Seychelles; "P"
/// before an amount is the Philippine peso or the Botswana pula; "Sh" and
/// "Shs" (and "shillings") are the shilling of Kenya, Uganda, Tanzania or
/// Somalia; "pesos" are Philippine pesos where the text names the
/// Philippines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Signs {
    /// What "Rs", "Rs." and "rupees" name.
    pub(crate) rupee: Currency,
    /// What "P" before an amount names.
    pub(crate) p: Currency,
    /// Whether the text names that currency or its country: then "P"
    /// before any number is the sign ("P830 monthly"), not only before one
    /// that looks like money.
    pub(crate) p_named: bool,
    /// What "Sh" and "Shs" name: the shilling of the one country of the
    /// four that the text names most often, or none when it names none
    /// of them, or two as often (then an amount after the sign is
    /// refused: no shilling is the default).
    pub(crate) shilling: Option<Currency>,
    /// What the word "pesos" names: the Philippine peso where the text
    /// names the Philippines or Manila, else none (Mexico, Argentina,
    /// Colombia and Chile write pesos too, and the word stays a noun).
    pub(crate) peso: Option<Currency>,
}

impl Signs {
    /// The signs of a text that names no country: the Indian rupee and
    /// the Philippine peso.
    pub(crate) const DEFAULT: Signs = Signs {
        rupee: Currency::INR,
        p: Currency::PHP,
        p_named: false,
        shilling: None,
        peso: None,
    };
}

/// Whether `text` writes a sign that [`signs_of`] decides: "Rs", "rupee",
/// "peso", "shilling", a "P" right before a digit, or "Sh" before a digit,
/// a space or an "s".
/// A quick look before the names are counted.
pub(crate) fn writes_shared_sign(text: &str) -> bool {
    shared_sign_after(text.as_bytes(), 0).is_some()
}

/// The byte ranges of `text` where it writes a sign that [`signs_of`]
/// decides ([`writes_shared_sign`]), in order: one pass over the text.
pub(crate) fn shared_signs(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(sign) = shared_sign_after(bytes, at) {
        at = sign.start + 1;
        out.push(sign);
    }
    out
}

/// The first shared sign that starts at or after byte `from` of `bytes`.
fn shared_sign_after(bytes: &[u8], from: usize) -> Option<std::ops::Range<usize>> {
    // Only where a byte a sign starts with stands is a sign looked for.
    const FIRST: [bool; 256] = super::scan::byte_set(b"RrpsPS");
    let at = |k: usize| bytes.get(k).copied().unwrap_or(0);
    let mut i = from;
    loop {
        i = super::scan::next_in(bytes, i, bytes.len(), &FIRST);
        let rest = bytes.get(i..).filter(|r| !r.is_empty())?;
        let len = match rest[0] {
            b'R' if rest.starts_with(b"Rs") => 2,
            b'r' if rest.starts_with(b"rupee") => 5,
            b'p' if rest.starts_with(b"peso") => 4,
            b's' if rest.starts_with(b"shilling") => 8,
            b'P' if at(i + 1).is_ascii_digit() => 2,
            b'S' if at(i + 1) == b'h'
                && (at(i + 2).is_ascii_digit() || matches!(at(i + 2), b' ' | b's')) =>
            {
                3
            }
            _ => 0,
        };
        if len > 0 {
            return Some(i..i + len);
        }
        i += 1;
    }
}

/// The currencies the shared signs name in `text` ([`Signs`]):
///
/// - "Rs" is the rupee of the country the text names most often among
///   those that write Rs, and the Indian rupee when it names none or India
///   as often as any;
/// - "P" is the pula where the text names Botswana or the pula more often
///   than the Philippines or the peso, else the peso;
/// - "Sh" is the shilling of Kenya, Uganda, Tanzania or Somalia, whichever
///   the text names (or names a city of) most often, and none when it
///   names none of them or two as often.
///
/// Names count by their stem ("Mauriti" for Mauritius and Mauritian). One
/// pass over the text.
pub(crate) fn signs_of(text: &str) -> Signs {
    // Most texts write no shared sign: one look, and nothing to count.
    if !writes_shared_sign(text) {
        return Signs::DEFAULT;
    }
    // Each name, with what it counts for: 0 India, 1 to 5 the other
    // rupees (Sri Lanka, Pakistan, Nepal, Mauritius, the Seychelles), 6
    // the Philippines and 7 the pula, 8 to 11 the shillings (Kenya,
    // Uganda, Tanzania, Somalia), and 12 the word peso.
    const NAMES: [(&str, usize); 26] = [
        ("Botswana", 7),
        ("Colombo", 1),
        ("Dodoma", 10),
        ("Dar es Salaam", 10),
        ("India", 0),
        ("Islamabad", 2),
        ("Kathmandu", 3),
        ("Kenya", 8),
        ("Kampala", 9),
        ("Mauriti", 4),
        ("Manila", 6),
        ("Mogadishu", 11),
        ("New Delhi", 0),
        ("Nepal", 3),
        ("Nairobi", 8),
        ("Pakistan", 2),
        ("Philippin", 6),
        ("Peso", 12),
        ("Pula", 7),
        ("Sri Lanka", 1),
        ("Seychell", 5),
        ("Somali", 11),
        ("Tanzania", 10),
        ("Ugand", 9),
        ("peso", 12),
        ("pula", 7),
    ];
    const SHILLINGS: [&[u8; 3]; 4] = [b"KES", b"UGX", b"TZS", b"SOS"];
    const RUPEES: [&[u8; 3]; 6] = [b"INR", b"LKR", b"PKR", b"NPR", b"MUR", b"SCR"];
    // One pass: a name is looked up only where a byte one starts with
    // stands.
    // The names that start with each byte: where they start in NAMES
    // and how many. The names are grouped by their first letter (the
    // build stops if they are not).
    const BY_FIRST: [(u8, u8); 256] = {
        let mut by_first = [(0_u8, 0_u8); 256];
        let mut k = 0;
        while k < NAMES.len() {
            let b = NAMES[k].0.as_bytes()[0] as usize;
            if by_first[b].1 == 0 {
                by_first[b].0 = k as u8;
            } else if by_first[b].0 as usize + by_first[b].1 as usize != k {
                panic!("the names of signs_of must be grouped by their first letter");
            }
            by_first[b].1 += 1;
            k += 1;
        }
        by_first
    };
    let mut counts = [0_usize; 13];
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let (first, n) = BY_FIRST[usize::from(b)];
        if n == 0 {
            continue;
        }
        let (first, n) = (usize::from(first), usize::from(n));
        for &(name, what) in &NAMES[first..first + n] {
            if bytes[i..].starts_with(name.as_bytes()) {
                counts[what] += 1;
            }
        }
    }
    let (best, n) = counts[..6]
        .iter()
        .enumerate()
        .skip(1)
        .max_by_key(|(_, n)| **n)
        .map_or((0, 0), |(k, n)| (k, *n));
    Signs {
        rupee: if n > counts[0] {
            Currency::known(RUPEES[best])
        } else {
            Currency::INR
        },
        p: if counts[7] > counts[6] + counts[12] {
            Currency::known(b"BWP")
        } else {
            Currency::PHP
        },
        p_named: counts[6] + counts[7] + counts[12] > 0,
        peso: (counts[6] > 0).then_some(Currency::PHP),
        shilling: {
            let shillings = &counts[8..12];
            let most = shillings.iter().copied().max().unwrap_or(0);
            let mut best = shillings.iter().enumerate().filter(|(_, n)| **n == most);
            match (best.next(), best.next()) {
                (Some((k, _)), None) if most > 0 => Some(Currency::known(SHILLINGS[k])),
                _ => None,
            }
        },
    }
}

/// ISO 4217 codes read as money when written in capitals right before or
/// after a number ("USD 3 million", "KES 500", "5 billion EUR"), sorted.
/// Codes that are also common words or names in capitals are left out:
/// ALL, COP (COP26), CUP, MOP, SAR (Hong Kong's "the SAR"), SOS, TOP
/// ("TOP 10").
pub(crate) const ISO_CURRENCIES: &[&str] = &[
    "AED", "AUD", "BDT", "BGN", "BHD", "BRL", "BWP", "CAD", "CHF", "CLP", "CNY", "CZK", "DKK",
    "EGP", "ETB", "EUR", "FJD", "GBP", "GHS", "HKD", "HUF", "IDR", "ILS", "INR", "JMD", "JOD",
    "JPY", "KES", "KRW", "KWD", "LKR", "MAD", "MUR", "MWK", "MXN", "MYR", "NAD", "NGN", "NOK",
    "NPR", "NZD", "OMR", "PEN", "PGK", "PHP", "PKR", "PLN", "QAR", "RON", "RUB", "RWF", "SEK",
    "SGD", "THB", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "VND", "XAF", "XCD", "XOF",
    "ZAR", "ZMW",
];

/// The currency of a code in [`ISO_CURRENCIES`], given as its three
/// characters (no string is built).
pub(crate) fn iso_currency(code: &[char]) -> Option<Currency> {
    let &[a, b, c] = code else {
        return None;
    };
    if ![a, b, c].iter().all(char::is_ascii_uppercase) {
        return None;
    }
    let bytes = [a as u8, b as u8, c as u8];
    let text = std::str::from_utf8(&bytes).ok()?;
    ISO_CURRENCIES
        .binary_search(&text)
        .ok()
        .and_then(|_| Currency::new(text).ok())
}

/// Chinese unit words and classifiers with their unit codes, grouped by
/// first character and longest first within a group.
pub(crate) const ZH_UNITS: &[(&str, &str)] = &[
    ("微克/立方米", "μg/m3"),
    ("微克", "μg"),
    ("个就业岗位", "jobs"),
    ("个百分点", "percentage_points"),
    // 千分点: points of a rate in thousandths (下降0.66个千分点), for
    // which there is no unit code.
    ("个千分点", "other:千分点"),
    ("个岗位", "jobs"),
    ("个月", "months"),
    ("个", "items"),
    ("平方公里", "square_km"),
    // Floor area and head of livestock have no unit code of their own.
    ("平方米", "other:平方米"),
    ("元人民币", "CNY"),
    ("元/人", "CNY/person"),
    ("元", "CNY"),
    ("就业岗位", "jobs"),
    ("人民币", "CNY"),
    ("人次", "person_times"),
    ("人", "people"),
    ("立方米", "m3"),
    ("美元", "USD"),
    ("美金", "USD"),
    ("英镑", "GBP"),
    ("澳门元", "MOP"),
    ("澳门币", "MOP"),
    ("澳元", "AUD"),
    ("欧元", "EUR"),
    ("日元", "JPY"),
    ("韩元", "KRW"),
    ("加元", "CAD"),
    ("新台币", "TWD"),
    ("新加坡元", "SGD"),
    ("瑞士法郎", "CHF"),
    ("港元", "HKD"),
    ("港币", "HKD"),
    ("卢比", "INR"),
    ("卢布", "RUB"),
    ("兰特", "ZAR"),
    // Energy and apparent power have no unit code of their own: the
    // word as written (亿千瓦时 is no amount of kilowatts).
    ("千瓦时", "other:千瓦时"),
    ("千伏安", "other:千伏安"),
    ("千瓦", "kw"),
    ("千克", "kg"),
    ("千米", "km"),
    ("公斤", "kg"),
    ("公顷", "hectares"),
    ("公里", "km"),
    ("名", "people"),
    ("户", "households"),
    ("起", "cases"),
    ("宗", "cases"),
    ("项", "items"),
    ("件", "items"),
    ("家", "items"),
    ("座", "items"),
    ("辆", "items"),
    ("套", "items"),
    ("处", "items"),
    ("所", "items"),
    ("条", "items"),
    ("台币", "TWD"),
    ("台", "items"),
    // 货运周转量38.4亿吨公里: freight moved, in tonne-kilometres, which have
    // no unit code of their own.
    ("吨公里", "other:吨公里"),
    ("吨", "tonnes"),
    ("斤", "jin"),
    ("克", "g"),
    ("亩", "mu"),
    ("年", "years"),
    ("天", "days"),
    ("倍", "times"),
    ("头", "other:头"),
    // 确诊病例46例: cases of a disease, of a kind of case.
    ("例", "cases"),
    // Measure words of ships, aircraft, buildings, trees and animals,
    // texts and volumes: items, as 辆 and 座 are.
    ("艘", "items"),
    ("架", "items"),
    ("栋", "items"),
    ("幢", "items"),
    ("棵", "items"),
    ("株", "items"),
    ("只", "items"),
    ("篇", "items"),
    ("册", "items"),
    ("张", "items"),
    ("毫克/立方米", "mg/m3"),
    ("毫克", "mg"),
    // 岁 of a life expectancy (an age is no figure, and is set aside
    // before its unit is read).
    ("岁", "years"),
];

/// The Chinese unit words that start with `c`, longest first.
pub(crate) fn zh_units_starting(c: char) -> &'static [(&'static str, &'static str)] {
    let range = match c {
        '微' => 0..2,
        '个' => 2..8,
        '平' => 8..10,
        '元' => 10..13,
        '就' => 13..14,
        '人' => 14..17,
        '立' => 17..18,
        '美' => 18..20,
        '英' => 20..21,
        '澳' => 21..24,
        '欧' => 24..25,
        '日' => 25..26,
        '韩' => 26..27,
        '加' => 27..28,
        '新' => 28..30,
        '瑞' => 30..31,
        '港' => 31..33,
        '卢' => 33..35,
        '兰' => 35..36,
        '千' => 36..41,
        '公' => 41..44,
        '名' => 44..45,
        '户' => 45..46,
        '起' => 46..47,
        '宗' => 47..48,
        '项' => 48..49,
        '件' => 49..50,
        '家' => 50..51,
        '座' => 51..52,
        '辆' => 52..53,
        '套' => 53..54,
        '处' => 54..55,
        '所' => 55..56,
        '条' => 56..57,
        '台' => 57..59,
        '吨' => 59..61,
        '斤' => 61..62,
        '克' => 62..63,
        '亩' => 63..64,
        '年' => 64..65,
        '天' => 65..66,
        '倍' => 66..67,
        '头' => 67..68,
        '例' => 68..69,
        '艘' => 69..70,
        '架' => 70..71,
        '栋' => 71..72,
        '幢' => 72..73,
        '棵' => 73..74,
        '株' => 74..75,
        '只' => 75..76,
        '篇' => 76..77,
        '册' => 77..78,
        '张' => 78..79,
        '毫' => 79..81,
        '岁' => 81..82,
        _ => 0..0,
    };
    ZH_UNITS.get(range).unwrap_or(&[])
}

/// Chinese qualifiers right before the number, longest first.
pub(crate) const ZH_QUALIFIERS_BEFORE: &[(&str, Qualifier)] = &[
    // 超额完成 (more than fulfilled) before 超.
    ("超额完成", Qualifier::MoreThan),
    // 跃上、迈上、站上…新台阶: reached a level, at least.
    ("跃上", Qualifier::AtLeast),
    ("迈上", Qualifier::AtLeast),
    ("站上", Qualifier::AtLeast),
    ("不超过", Qualifier::AtMost),
    // 城镇登记失业率≤4%: the signs of a bound.
    ("≤", Qualifier::AtMost),
    ("≥", Qualifier::AtLeast),
    ("不少于", Qualifier::AtLeast),
    ("不低于", Qualifier::AtLeast),
    ("不高于", Qualifier::AtMost),
    ("超过", Qualifier::MoreThan),
    ("突破", Qualifier::MoreThan),
    // 跨越、跨过、迈过、越过…大关: crossed a mark, as 突破 did.
    ("跨越", Qualifier::MoreThan),
    ("跨过", Qualifier::MoreThan),
    ("迈过", Qualifier::MoreThan),
    ("越过", Qualifier::MoreThan),
    ("高于", Qualifier::MoreThan),
    ("多于", Qualifier::MoreThan),
    ("将近", Qualifier::Nearly),
    ("接近", Qualifier::Nearly),
    ("约合", Qualifier::About),
    ("大约", Qualifier::About),
    ("至少", Qualifier::AtLeast),
    ("最多", Qualifier::AtMost),
    ("不足", Qualifier::LessThan),
    ("不到", Qualifier::LessThan),
    ("低于", Qualifier::LessThan),
    ("少于", Qualifier::LessThan),
    ("逾", Qualifier::MoreThan),
    ("超", Qualifier::MoreThan),
    ("近", Qualifier::Nearly),
    ("约", Qualifier::About),
];

/// Chinese qualifiers after the number and its unit, longest first.
pub(crate) const ZH_QUALIFIERS_AFTER: &[(&str, Qualifier)] = &[
    ("及以上", Qualifier::AtLeast),
    ("以上", Qualifier::AtLeast),
    ("左右", Qualifier::About),
    ("上下", Qualifier::About),
    ("以下", Qualifier::AtMost),
    ("以内", Qualifier::AtMost),
    ("之内", Qualifier::AtMost),
];

/// Chinese change words that end right before the number, longest first.
/// A verb followed by 至, 到 or 为 names the level reached, not a change,
/// and does not end right before the number.
pub(crate) const ZH_CHANGE: &[(&str, Dir)] = &[
    // Before 增长, which it ends with: 负增长3% is down 3%.
    ("负增长", Dir::Down),
    ("增长", Dir::Up),
    ("增加", Dir::Up),
    ("上升", Dir::Up),
    ("提高", Dir::Up),
    ("上涨", Dir::Up),
    ("涨幅", Dir::Up),
    ("增幅", Dir::Up),
    ("回升", Dir::Up),
    ("扩大", Dir::Up),
    ("下降", Dir::Down),
    ("降低", Dir::Down),
    ("减少", Dir::Down),
    ("下跌", Dir::Down),
    ("回落", Dir::Down),
    ("降幅", Dir::Down),
    ("缩小", Dir::Down),
    // Of a rate of growth or decline: 增速加快0.2个百分点, 增速放缓0.5个
    // 百分点, 降幅收窄0.8个百分点 (the decline is smaller: down, as 缩小).
    ("加快", Dir::Up),
    ("放缓", Dir::Down),
    ("放慢", Dir::Down),
    ("减缓", Dir::Down),
    ("收窄", Dir::Down),
    // Before 增 and 减, which they end with.
    ("净增", Dir::Up),
    ("净减", Dir::Down),
    ("提升", Dir::Up),
    ("增产", Dir::Up),
    ("减产", Dir::Down),
    ("增收", Dir::Up),
    ("减收", Dir::Down),
    // Of spending: 比上年减支9240万元 (budget execution reports).
    ("增支", Dir::Up),
    ("减支", Dir::Down),
    ("上调", Dir::Up),
    ("下调", Dir::Down),
    ("上修", Dir::Up),
    ("下修", Dir::Down),
    ("压减", Dir::Down),
    // Words of cutting: 精简审批事项50%, 压缩一般性支出5%.
    ("精简", Dir::Down),
    ("压缩", Dir::Down),
    ("削减", Dir::Down),
    ("缩减", Dir::Down),
    // 审批时间缩短60%, 由3天缩短到1天.
    ("缩短", Dir::Down),
    ("增", Dir::Up),
    ("涨", Dir::Up),
    // 升 only in its compounds: 晋升3人 is a promotion, not a rise.
    ("跃升", Dir::Up),
    ("攀升", Dir::Up),
    ("抬升", Dir::Up),
    ("降", Dir::Down),
    ("减", Dir::Down),
];

/// English qualifiers before the number, grouped by their last word and
/// longest first within a group, lowercase.
pub(crate) const EN_QUALIFIERS_BEFORE: &[(&str, Qualifier)] = &[
    ("not more than", Qualifier::AtMost),
    ("not less than", Qualifier::AtLeast),
    ("no more than", Qualifier::AtMost),
    ("no less than", Qualifier::AtLeast),
    ("fewer than", Qualifier::LessThan),
    ("more than", Qualifier::MoreThan),
    ("less than", Qualifier::LessThan),
    ("in excess of", Qualifier::MoreThan),
    ("a maximum of", Qualifier::AtMost),
    ("a minimum of", Qualifier::AtLeast),
    ("approximately", Qualifier::About),
    ("as high as", Qualifier::AtMost),
    ("as much as", Qualifier::AtMost),
    ("as many as", Qualifier::AtMost),
    ("exceeding", Qualifier::MoreThan),
    ("surpassed", Qualifier::MoreThan),
    ("exceeded", Qualifier::MoreThan),
    ("at least", Qualifier::AtLeast),
    ("close to", Qualifier::Nearly),
    ("up to", Qualifier::AtMost),
    ("exceeds", Qualifier::MoreThan),
    ("at most", Qualifier::AtMost),
    ("roughly", Qualifier::About),
    ("exceed", Qualifier::MoreThan),
    ("nearly", Qualifier::Nearly),
    ("almost", Qualifier::Nearly),
    ("around", Qualifier::About),
    ("within", Qualifier::AtMost),
    ("topped", Qualifier::MoreThan),
    ("about", Qualifier::About),
    ("above", Qualifier::MoreThan),
    ("under", Qualifier::LessThan),
    ("below", Qualifier::LessThan),
    ("over", Qualifier::MoreThan),
    ("some", Qualifier::About),
    // Indian English writes "up to" as one word.
    ("upto", Qualifier::AtMost),
    ("topping", Qualifier::MoreThan),
];

/// Verbs that "up" after makes a rise, so that "up to" after them is the
/// level reached, not an upper bound: "went up to 14.2 percent".
pub(crate) fn rises_with_up<'a>(w: impl Into<Keyed<'a>>) -> bool {
    static VERBS: WordSet<34> = WordSet::set([
        "go", "goes", "going", "went", "gone", "move", "moves", "moved", "moving", "edge", "edges",
        "edged", "edging", "inch", "inched", "inching", "creep", "crept", "shoot", "shot", "jump",
        "jumped", "tick", "ticked", "climb", "climbed", "ramp", "ramped", "step", "stepped",
        "push", "pushed", "come", "came",
    ]);
    VERBS.contains(w)
}

/// The qualifier phrases that end with the word `w`, longest first.
pub(crate) fn qualifiers_ending<'a>(
    w: impl Into<Keyed<'a>>,
) -> &'static [(&'static str, Qualifier)] {
    static ENDS: WordMap<std::ops::Range<usize>, 26> = WordMap::new([
        ("than", 0..7),
        ("of", 7..10),
        ("approximately", 10..11),
        ("as", 11..14),
        ("exceeding", 14..15),
        ("surpassed", 15..16),
        ("exceeded", 16..17),
        ("least", 17..18),
        ("to", 18..20),
        ("exceeds", 20..21),
        ("most", 21..22),
        ("roughly", 22..23),
        ("exceed", 23..24),
        ("nearly", 24..25),
        ("almost", 25..26),
        ("around", 26..27),
        ("within", 27..28),
        ("topped", 28..29),
        ("about", 29..30),
        ("above", 30..31),
        ("under", 31..32),
        ("below", 32..33),
        ("over", 33..34),
        ("some", 34..35),
        ("upto", 35..36),
        ("topping", 36..37),
    ]);
    ENDS.get(w)
        .and_then(|range| EN_QUALIFIERS_BEFORE.get(range.clone()))
        .unwrap_or(&[])
}

/// English unit phrases after a number, lowercase, with their units,
/// grouped by first letter and longest first within a group.
pub(crate) const EN_UNIT_PHRASES: &[(&str, Unit)] = &[
    ("baht", Unit::Money(Currency::known(b"THB"))),
    ("cedis", Unit::Money(Currency::known(b"GHS"))),
    ("cubic metres", Unit::CubicMetres),
    ("cubic meters", Unit::CubicMetres),
    ("dollars", Unit::Dollar),
    ("euros", Unit::Money(Currency::EUR)),
    ("euro", Unit::Money(Currency::EUR)),
    ("grams", Unit::Grams),
    ("hectares", Unit::Hectares),
    ("jin", Unit::Jin),
    ("kenyan shillings", Unit::Money(Currency::known(b"KES"))),
    ("kenya shillings", Unit::Money(Currency::known(b"KES"))),
    ("kilometres", Unit::Km),
    ("kilometers", Unit::Km),
    ("kilograms", Unit::Kg),
    ("kilowatts", Unit::Kw),
    ("kg", Unit::Kg),
    ("kw", Unit::Kw),
    ("km", Unit::Km),
    ("metric tonnes", Unit::Tonnes),
    ("metric tons", Unit::Tonnes),
    ("micrograms", Unit::Micrograms),
    ("milligrams", Unit::Milligrams),
    ("mu", Unit::Mu),
    ("naira", Unit::Money(Currency::known(b"NGN"))),
    ("philippine pesos", Unit::Money(Currency::PHP)),
    // The document's pesos ([`Signs::peso`]), where it names them.
    ("pesos", Unit::Money(Currency::PHP)),
    ("pula", Unit::Money(Currency::known(b"BWP"))),
    ("percentage points", Unit::PercentagePoints),
    ("percentage point", Unit::PercentagePoints),
    ("pounds sterling", Unit::Money(Currency::GBP)),
    ("person-times", Unit::PersonTimes),
    ("person-time", Unit::PersonTimes),
    ("per mille", Unit::PerMille),
    ("per cent", Unit::Percent),
    ("percent", Unit::Percent),
    ("renminbi", Unit::CNY),
    ("rupees", Unit::Money(Currency::INR)),
    ("rupiah", Unit::Money(Currency::known(b"IDR"))),
    ("rand", Unit::Money(Currency::ZAR)),
    ("ringgit", Unit::Money(Currency::MYR)),
    ("rmb", Unit::CNY),
    // The document's shillings ([`Signs::shilling`]), where it names them.
    ("shillings", Unit::Money(Currency::known(b"KES"))),
    ("square kilometres", Unit::SquareKm),
    ("square kilometers", Unit::SquareKm),
    ("sq km", Unit::SquareKm),
    ("taka", Unit::Money(Currency::known(b"BDT"))),
    ("tanzanian shillings", Unit::Money(Currency::known(b"TZS"))),
    ("tanzania shillings", Unit::Money(Currency::known(b"TZS"))),
    ("tonnes", Unit::Tonnes),
    ("times", Unit::Times),
    ("tons", Unit::Tonnes),
    ("ugandan shillings", Unit::Money(Currency::known(b"UGX"))),
    ("uganda shillings", Unit::Money(Currency::known(b"UGX"))),
    ("u.s. dollars", Unit::Money(Currency::USD)),
    ("u.s. dollar", Unit::Money(Currency::USD)),
    ("us dollars", Unit::Money(Currency::USD)),
    ("yen", Unit::Money(Currency::known(b"JPY"))),
    ("yuan", Unit::CNY),
];

/// The English unit phrases that start with the byte `first`, longest
/// first.
pub(crate) fn en_units_starting(first: u8) -> &'static [(&'static str, Unit)] {
    // The table is grouped by first letter, in alphabetical order of the
    // groups (a test checks it): the group is found by two binary searches.
    let start = EN_UNIT_PHRASES.partition_point(|(p, _)| p.as_bytes()[0] < first);
    let end = EN_UNIT_PHRASES.partition_point(|(p, _)| p.as_bytes()[0] <= first);
    &EN_UNIT_PHRASES[start..end]
}

/// A single English word that names a unit: nouns of counted things and
/// units written after a hyphen or after "per".
pub(crate) fn en_unit_word<'a>(w: impl Into<Keyed<'a>>) -> Option<Unit> {
    static WORDS: WordMap<Unit, 46> = WordMap::new([
        ("people", Unit::People),
        ("persons", Unit::People),
        ("person", Unit::People),
        ("residents", Unit::People),
        ("individuals", Unit::People),
        ("women", Unit::People),
        ("men", Unit::People),
        ("children", Unit::People),
        ("officers", Unit::People),
        ("comrades", Unit::People),
        ("members", Unit::People),
        ("personnel", Unit::People),
        ("staff", Unit::People),
        ("workers", Unit::People),
        ("students", Unit::People),
        ("volunteers", Unit::People),
        ("farmers", Unit::People),
        ("visitors", Unit::People),
        ("tourists", Unit::People),
        ("patients", Unit::People),
        ("jobs", Unit::Jobs),
        ("job", Unit::Jobs),
        ("households", Unit::Households),
        ("household", Unit::Households),
        ("cases", Unit::Cases),
        ("case", Unit::Cases),
        ("items", Unit::Items),
        ("item", Unit::Items),
        ("yuan", Unit::CNY),
        ("dollars", Unit::Dollar),
        ("dollar", Unit::Dollar),
        ("tonnes", Unit::Tonnes),
        ("tons", Unit::Tonnes),
        ("tonne", Unit::Tonnes),
        ("ton", Unit::Tonnes),
        ("hectares", Unit::Hectares),
        ("hectare", Unit::Hectares),
        ("mu", Unit::Mu),
        ("years", Unit::Years),
        ("year", Unit::Years),
        ("months", Unit::Months),
        ("month", Unit::Months),
        ("days", Unit::Days),
        ("day", Unit::Days),
        ("kilowatts", Unit::Kw),
        ("percent", Unit::Percent),
    ]);
    WORDS.get(w).cloned()
}

/// Adjectives that may stand between a number and its noun.
pub(crate) fn is_adjective<'a>(w: impl Into<Keyed<'a>>) -> bool {
    static WORDS: WordSet<16> = WordSet::set([
        "new",
        "urban",
        "rural",
        "other",
        "extra",
        "additional",
        "total",
        "annual",
        "local",
        "public",
        "registered",
        "major",
        "key",
        "full-time",
        "skilled",
        "young",
    ]);
    WORDS.contains(w)
}

/// Verbs that say a level changed and not which way ("worsen from 4% to
/// 4.9%", "brought down the deficit from 5.5 to 5.1 per cent", "went from
/// 58 to 87"): the two levels give the direction.
pub(crate) fn is_undirected_change<'a>(w: impl Into<Keyed<'a>>) -> bool {
    // "worsened" and "deteriorated" are falls ([`en_change_before`]: "the
    // balance worsened by $3 billion"), so not here.
    static WORDS: WordSet<20> = WordSet::set([
        // "amended the exchange rate from N700 to N750".
        "amend",
        "amends",
        "amended",
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
    ]);
    WORDS.contains(w)
}

/// Verbs that judge a change, better or worse ("improving from 22.0 per
/// cent to 18.6 per cent", "worsened from 3.1 to 4.2 per cent"): right
/// before "from", the levels give the direction, since which way is
/// better depends on the measure. Elsewhere they are changes of their own
/// direction ([`en_change_before`]: "improved by $207 billion").
pub(crate) fn is_judgement<'a>(w: impl Into<Keyed<'a>>) -> bool {
    static WORDS: WordSet<10> = WordSet::set([
        "improve",
        "improves",
        "improved",
        "improving",
        "worsened",
        "worsening",
        "deteriorated",
        "deteriorating",
        "weakened",
        "strengthened",
    ]);
    WORDS.contains(w)
}

/// Words that end a counted noun phrase.
pub(crate) fn is_stop<'a>(w: impl Into<Keyed<'a>>) -> bool {
    static WORDS: WordSet<58> = WordSet::set([
        // "$26.1 million more when compared to": the comparison's words.
        "when",
        "while",
        "were",
        "are",
        "is",
        "was",
        "be",
        "been",
        "will",
        "would",
        "have",
        "has",
        "had",
        "in",
        "of",
        "for",
        "to",
        "by",
        "from",
        "on",
        "at",
        "with",
        "and",
        "or",
        "the",
        "a",
        "an",
        "this",
        "that",
        "than",
        "per",
        "over",
        "under",
        "into",
        "across",
        "as",
        "which",
        "who",
        "more",
        "less",
        "higher",
        "lower",
        "last",
        "next",
        "stronger",
        "weaker",
        "increase",
        "reduction",
        "growth",
        "rise",
        "decline",
        "decrease",
        "since",
        "during",
        "compared",
        "year-on-year",
        "up",
        "down",
    ]);
    WORDS.contains(w)
}

/// Words between a change word and the number that make the number the
/// level reached, not the change: "increased to", "growth averages".
pub(crate) fn is_level_verb<'a>(w: impl Into<Keyed<'a>>) -> bool {
    static WORDS: WordSet<17> = WordSet::set([
        "to", "averages", "averaged", "reached", "reach", "reaches", "totaled", "totalled",
        "totals", "stood", "was", "is", "are", "were", "be", "amounted", "hit",
    ]);
    WORDS.contains(w)
}

/// Nouns of change that make the figure after a linking verb a change:
/// "growth was 3.1 per cent", "the decline is 2 per cent".
pub(crate) fn is_change_noun<'a>(w: impl Into<Keyed<'a>>) -> bool {
    static WORDS: WordSet<14> = WordSet::set([
        "growth",
        "increase",
        "increases",
        "rise",
        "rises",
        "gain",
        "gains",
        "decline",
        "declines",
        "decrease",
        "fall",
        "drop",
        "reduction",
        "contraction",
    ]);
    WORDS.contains(w)
}

/// Words a telephone, fax or box number is written after: "Tel: +254",
/// "P.O. Box 30007".
pub(crate) fn names_a_telephone_or_box<'a>(w: impl Into<Keyed<'a>>) -> bool {
    static WORDS: WordSet<7> = WordSet::set([
        "tel",
        "telephone",
        "phone",
        "fax",
        "hotline",
        "mobile",
        "box",
    ]);
    WORDS.contains(w)
}

/// Verbs that take "up" or "down" as a particle ("set up 4 groups"), so
/// that the particle is no change.
pub(crate) fn is_particle_verb<'a>(w: impl Into<Keyed<'a>>) -> bool {
    static WORDS: WordSet<33> = WordSet::set([
        "set", "sets", "built", "build", "made", "make", "picked", "pick", "took", "take",
        "stepped", "step", "scaled", "opened", "open", "summed", "shut", "fronted", "broke",
        "break", "backed", "put", "cracked", "crack", "tracked", "followed", "signed", "wrote",
        "written", "drew", "drawn", "laid", "lay",
    ]);
    WORDS.contains(w)
}

/// English change words before the number.
pub(crate) fn en_change_before<'a>(w: impl Into<Keyed<'a>>) -> Option<Dir> {
    static WORDS: WordMap<Dir, 92> = WordMap::new([
        // Right before the figure only: "an additional £2.4 billion", "a
        // further $7,500" (see `en_change_right_before`).
        ("additional", Dir::Up),
        ("extra", Dir::Up),
        ("further", Dir::Up),
        ("upgraded", Dir::Up),
        ("downgraded", Dir::Down),
        ("increase", Dir::Up),
        ("increased", Dir::Up),
        ("increases", Dir::Up),
        ("increasing", Dir::Up),
        ("rose", Dir::Up),
        ("rise", Dir::Up),
        ("rises", Dir::Up),
        ("risen", Dir::Up),
        ("rising", Dir::Up),
        ("grew", Dir::Up),
        ("grow", Dir::Up),
        ("grows", Dir::Up),
        ("growth", Dir::Up),
        ("grown", Dir::Up),
        ("growing", Dir::Up),
        ("expanded", Dir::Up),
        ("expansion", Dir::Up),
        ("up", Dir::Up),
        ("climbed", Dir::Up),
        ("climb", Dir::Up),
        ("jumped", Dir::Up),
        ("jump", Dir::Up),
        ("soared", Dir::Up),
        ("soaring", Dir::Up),
        ("surged", Dir::Up),
        ("surge", Dir::Up),
        ("rebounded", Dir::Up),
        // Comparisons with an object: "exceeded forecasts by $109 million"
        // (right before a figure they are its qualifier: "exceeded 5%").
        ("exceeded", Dir::Up),
        ("exceeding", Dir::Up),
        ("surpassed", Dir::Up),
        ("gained", Dir::Up),
        ("gain", Dir::Up),
        ("improvement", Dir::Up),
        ("improved", Dir::Up),
        ("improve", Dir::Up),
        ("improves", Dir::Up),
        ("improving", Dir::Up),
        ("raised", Dir::Up),
        ("raise", Dir::Up),
        ("raising", Dir::Up),
        ("boosted", Dir::Up),
        ("enhance", Dir::Up),
        ("enhanced", Dir::Up),
        ("enhancing", Dir::Up),
        ("higher", Dir::Up),
        ("decrease", Dir::Down),
        ("decreased", Dir::Down),
        ("decreases", Dir::Down),
        ("decreasing", Dir::Down),
        ("declined", Dir::Down),
        ("decline", Dir::Down),
        ("declines", Dir::Down),
        ("fell", Dir::Down),
        ("fallen", Dir::Down),
        ("shrunk", Dir::Down),
        ("fall", Dir::Down),
        ("falls", Dir::Down),
        ("dropped", Dir::Down),
        ("drop", Dir::Down),
        ("down", Dir::Down),
        ("reduction", Dir::Down),
        ("reduced", Dir::Down),
        ("reduce", Dir::Down),
        ("cut", Dir::Down),
        ("cuts", Dir::Down),
        ("cutting", Dir::Down),
        ("lowered", Dir::Down),
        ("save", Dir::Down),
        ("saves", Dir::Down),
        ("saving", Dir::Down),
        ("savings", Dir::Down),
        ("shrank", Dir::Down),
        ("contracted", Dir::Down),
        ("contraction", Dir::Down),
        ("plunged", Dir::Down),
        ("plummeted", Dir::Down),
        ("slumped", Dir::Down),
        ("tumbled", Dir::Down),
        ("dipped", Dir::Down),
        ("slipped", Dir::Down),
        ("shed", Dir::Down),
        ("slashed", Dir::Down),
        ("lower", Dir::Down),
        ("worsened", Dir::Down),
        ("worsening", Dir::Down),
        ("deteriorated", Dir::Down),
        ("unchanged", Dir::Flat),
    ]);
    WORDS.get(w).copied()
}

/// Change words that govern only the figure right after them: "an
/// additional £20m" is a change, "additional support for 5 schools" is not.
pub(crate) fn en_change_right_before(w: &str) -> bool {
    matches!(w, "additional" | "extra" | "further")
}

/// English change verbs that take an object ("raise the limit by 5%"):
/// away from the figure, they change it only through "by".
pub(crate) fn is_transitive_change<'a>(w: impl Into<Keyed<'a>>) -> bool {
    static WORDS: WordSet<20> = WordSet::set([
        "exceeded",
        "exceeding",
        "surpassed",
        "enhance",
        "enhanced",
        "enhancing",
        "raise",
        "raised",
        "raising",
        "improve",
        "improves",
        "improving",
        "cut",
        "cuts",
        "cutting",
        "reduce",
        "reduced",
        "lowered",
        "boosted",
        "slashed",
    ]);
    WORDS.contains(w)
}

/// English change words right after the figure.
pub(crate) fn en_change_after<'a>(w: impl Into<Keyed<'a>>) -> Option<Dir> {
    static WORDS: WordMap<Dir, 30> = WordMap::new([
        ("higher", Dir::Up),
        ("expansion", Dir::Up),
        ("contraction", Dir::Down),
        ("jump", Dir::Up),
        ("surge", Dir::Up),
        ("stronger", Dir::Up),
        ("larger", Dir::Up),
        ("bigger", Dir::Up),
        ("greater", Dir::Up),
        ("up", Dir::Up),
        ("increase", Dir::Up),
        ("increases", Dir::Up),
        ("rise", Dir::Up),
        ("growth", Dir::Up),
        ("gain", Dir::Up),
        ("improvement", Dir::Up),
        ("lower", Dir::Down),
        ("less", Dir::Down),
        ("weaker", Dir::Down),
        ("smaller", Dir::Down),
        ("fewer", Dir::Down),
        ("down", Dir::Down),
        ("decrease", Dir::Down),
        ("decline", Dir::Down),
        ("reduction", Dir::Down),
        ("cut", Dir::Down),
        ("drop", Dir::Down),
        ("fall", Dir::Down),
        ("saving", Dir::Down),
        ("savings", Dir::Down),
    ]);
    WORDS.get(w).copied()
}

/// The English basis phrases that start with the word `w`, year-on-year
/// ones first: each phrase of [`BASIS_YEAR_ON_YEAR`],
/// [`BASIS_PREVIOUS_PERIOD`] and [`BASIS_PROJECTION`] in ASCII is in the
/// list of its first word (a test checks).
pub(crate) fn basis_phrases_starting<'a>(
    w: impl Into<Keyed<'a>>,
) -> &'static [(&'static str, Basis)] {
    use Basis::{PreviousPeriod as Prev, Projection as Proj, YearOnYear as Yoy};
    static BY_FIRST_WORD: WordMap<&[(&str, Basis)], 7> = WordMap::new([
        ("year", &[("year on year", Yoy)]),
        ("year-on-year", &[("year-on-year", Yoy)]),
        (
            "than",
            &[
                ("than last year", Yoy),
                ("than projected", Proj),
                ("than estimated", Proj),
                ("than budgeted", Proj),
                ("than forecast", Proj),
            ],
        ),
        (
            "from",
            &[
                ("from the previous year", Yoy),
                ("from that of last year", Yoy),
                ("from the previous quarter", Prev),
                ("from the previous month", Prev),
                ("from the previous period", Prev),
            ],
        ),
        (
            "over",
            &[
                ("over that of the previous year", Yoy),
                ("over the previous year", Yoy),
                ("over last year", Yoy),
            ],
        ),
        ("growth", &[("growth projection", Proj)]),
        ("on", &[("on the projection", Proj)]),
    ]);
    BY_FIRST_WORD.get(w).copied().unwrap_or(&[])
}

/// Phrases naming a year-on-year basis, lowercase.
pub(crate) const BASIS_YEAR_ON_YEAR: &[&str] = &[
    "同比",
    "year on year",
    "year-on-year",
    "比上年",
    "较上年",
    "比去年",
    "than last year",
    "from the previous year",
    "over that of the previous year",
    "from that of last year",
    "over the previous year",
    "over last year",
];

/// Phrases naming the previous period as the basis, lowercase.
pub(crate) const BASIS_PREVIOUS_PERIOD: &[&str] = &[
    "环比",
    "from the previous quarter",
    "from the previous month",
    "from the previous period",
];

/// The characters the Chinese basis phrases of [`BASIS_YEAR_ON_YEAR`],
/// [`BASIS_PREVIOUS_PERIOD`] and [`BASIS_PROJECTION`] start with (a test
/// checks): a clause is looked through for them only where one stands.
pub(crate) const BASIS_ZH_FIRST: [char; 4] = ['同', '比', '较', '环'];

/// Phrases naming a projection as the basis, lowercase.
pub(crate) const BASIS_PROJECTION: &[&str] = &[
    "than projected",
    "than estimated",
    "than budgeted",
    "than forecast",
    "growth projection",
    "on the projection",
    "比预期",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_qualifier_phrase_is_found_by_its_last_word() {
        for (phrase, q) in EN_QUALIFIERS_BEFORE {
            let last = phrase.rsplit(' ').next().unwrap_or(phrase);
            assert!(
                qualifiers_ending(last)
                    .iter()
                    .any(|(p, r)| p == phrase && r == q),
                "{phrase:?} is not found by {last:?}"
            );
            assert!(
                qualifiers_ending(last)
                    .iter()
                    .all(|(p, _)| p.rsplit(' ').next() == Some(last))
            );
        }
    }

    #[test]
    fn every_chinese_unit_word_is_found_by_its_first_character() {
        for (word, code) in ZH_UNITS {
            let first = word.chars().next().unwrap_or(' ');
            assert!(
                zh_units_starting(first)
                    .iter()
                    .any(|(w, c)| w == word && c == code),
                "{word}"
            );
            assert!(
                zh_units_starting(first)
                    .iter()
                    .all(|(w, _)| w.starts_with(first))
            );
        }
    }

    #[test]
    fn english_unit_phrases_are_grouped_by_first_letter_in_order() {
        let firsts: Vec<u8> = EN_UNIT_PHRASES
            .iter()
            .map(|(p, _)| p.as_bytes()[0])
            .collect();
        assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "{firsts:?}");
    }

    #[test]
    fn every_english_unit_phrase_is_found_by_its_first_letter() {
        for (phrase, unit) in EN_UNIT_PHRASES {
            let first = phrase.as_bytes()[0];
            assert!(
                en_units_starting(first)
                    .iter()
                    .any(|(p, u)| p == phrase && u == unit),
                "{phrase}"
            );
            assert!(
                en_units_starting(first)
                    .iter()
                    .all(|(p, _)| p.as_bytes()[0] == first)
            );
        }
    }

    #[test]
    fn every_english_phrase_stated_with_no_number_starts_as_listed() {
        for list in [NEGATIVE_GROWTH, UNCHANGED, RECORD_NO_WINDOW] {
            for phrase in list.iter().filter(|p| p.is_ascii()) {
                assert!(
                    STATED_EN_STARTS.iter().any(|s| phrase.starts_with(s)),
                    "{phrase}"
                );
            }
        }
    }

    #[test]
    fn every_chinese_basis_phrase_starts_with_a_listed_character() {
        for list in [BASIS_YEAR_ON_YEAR, BASIS_PREVIOUS_PERIOD, BASIS_PROJECTION] {
            for phrase in list.iter().filter(|p| !p.is_ascii()) {
                let first = phrase.chars().next().unwrap();
                assert!(BASIS_ZH_FIRST.contains(&first), "{phrase}");
            }
        }
    }

    #[test]
    fn every_english_basis_phrase_is_found_by_its_first_word() {
        for (list, basis) in [
            (BASIS_YEAR_ON_YEAR, Basis::YearOnYear),
            (BASIS_PREVIOUS_PERIOD, Basis::PreviousPeriod),
            (BASIS_PROJECTION, Basis::Projection),
        ] {
            for phrase in list.iter().filter(|p| p.is_ascii()) {
                let first = phrase.split(' ').next().unwrap_or(phrase);
                let found = basis_phrases_starting(first);
                assert!(found.contains(&(phrase, basis)), "{phrase:?}");
                // Year-on-year phrases before the others.
                let yoy = found
                    .iter()
                    .take_while(|(_, b)| *b == Basis::YearOnYear)
                    .count();
                assert!(found[yoy..].iter().all(|(_, b)| *b != Basis::YearOnYear));
            }
        }
        let all = BASIS_YEAR_ON_YEAR
            .iter()
            .chain(BASIS_PREVIOUS_PERIOD)
            .chain(BASIS_PROJECTION);
        for first in [
            "year",
            "year-on-year",
            "than",
            "from",
            "over",
            "growth",
            "on",
        ] {
            for (phrase, _) in basis_phrases_starting(first) {
                assert!(all.clone().any(|p| p == phrase), "{phrase:?}");
            }
        }
    }

    #[test]
    fn the_number_word_table_knows_every_number_word_and_no_other() {
        for (w, what) in NUMBER_WORDS.pairs() {
            assert_eq!(number_word(*w), Some(*what), "{w}");
        }
        assert!(is_number_word("seventeen") && is_number_word("trillion"));
        assert_eq!(ordinal_word("tenth"), Some(10));
        for w in [
            "",
            "the",
            "with",
            "budget",
            "seventeens",
            "seventeex",
            "seventee",
            "ones",
            "on",
            "aa",
            "halfs",
            "tenths",
            "hundreds",
            "million-yuan",
            "twenty-one",
        ] {
            assert_eq!(number_word(w), None, "{w}");
        }
    }
}
