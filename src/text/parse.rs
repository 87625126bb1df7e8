//! Reading the figures of a clause, in English or Chinese.
//!
//! The reader works on the clause's characters after a one-to-one
//! normalization (full-width digits and punctuation to ASCII, traditional
//! 萬 億 兩 to 万 亿 两), so that every position it reports is a position in
//! the text as given. Its stages, each in its own file:
//!
//! 1. **Segment** (`../segment.rs`, driven by `../document.rs`): a document
//!    is cut into sentences and clauses; a run of clauses joined by 、 is
//!    read as one text.
//! 2. **The clause** (this file): its normalized characters and English
//!    words, found once; [`parse_all`] runs the stages below, and
//!    [`parse`] is its first figure.
//! 3. **Find candidates** (`parse/candidates.rs`): every number (digits,
//!    Chinese numerals, English number words, fractions), with those that
//!    name a year, a date, a list item, a part of a document, a name or a
//!    period set aside.
//! 4. **Read** (`parse/read.rs`, `parse/read_zh.rs`, `parse/read_en.rs`):
//!    each remaining number with its sign, magnitude or scale word, unit or
//!    counted noun, qualifier and range end.
//! 5. **Attach** (`parse/attach.rs`, `parse/ranks.rs`): words of change and
//!    their basis, a change of level, a change and the level it reached,
//!    enumerations that share a word of change; streaks, ranks and
//!    records; readings of clauses with no number (持平, "doubled").
//!
//! The word tables are in `../lexicon.rs`, number words in
//! `../numerals.rs`.

use std::cell::RefCell;
use std::num::NonZeroU32;

use rust_decimal::Decimal;

use super::Lang;
use super::lexicon::{self as lx, Dir, NumberWord};
use super::numerals::{chinese_number, english_number};
use super::scan;
use super::words::{self, CharMap, Keyed, WordMap, WordSet};
mod attach;
pub(crate) use attach::{joins_money, lists_money, money_written_once, scale_written_once};
mod candidates;
mod ranks;
mod read;
mod read_en;
mod read_zh;

use crate::{
    Basis, Change, ChangeMode, Dimension, Error, Extreme, Magnitude, Qualifier, Quantity, Rank,
    Record, Result, StatisticKind, Unit,
};

/// What a clause states about its figure.
///
/// # Examples
///
/// ```
/// use workreport::text::{Lang, parse};
///
/// let r = parse("挽回直接经济损失27亿余元", None)?;
/// assert_eq!(r.lang, Lang::Zh);
/// let q = r.quantity.as_ref().unwrap();
/// assert_eq!(q.expanded().to_string(), "2700000000");
/// assert_eq!(q.interval().to_string(), "(2700000000, 2800000000)");
/// assert_eq!(r.change_code(), "none");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// The figure: the level, the size of a change, a record's window or a
    /// streak's length. `None` for a rank (its position is in `rank`), a
    /// change stated with no size (负增长, 持平) and an all-time record.
    pub quantity: Option<Quantity>,
    /// Present when the figure is a difference between two levels.
    pub change: Option<Change>,
    /// Present when the clause states a rank.
    pub rank: Option<Rank>,
    /// Present when the clause states a record high or low.
    pub record: Option<Record>,
    /// Whether the figure is the length of a streak.
    pub streak: bool,
    /// The language the clause was read in.
    pub lang: Lang,
    /// The figure's character positions in the clause, end exclusive: its
    /// own words, from its qualifier, money sign or minus sign (and, for a
    /// change, the word of change right before them: "增长5%", "up 5.2 per
    /// cent") to its unit. A reading with no number (持平, "doubled") spans
    /// the clause.
    pub span: (usize, usize),
    /// For a change of level ("rose from 58 to 87", 由58万户增加到87万户):
    /// the level it started from. `quantity` is then the level reached
    /// and `change` its direction.
    pub from: Option<Quantity>,
    /// Whether a level in percent measures one thing against another that
    /// does not hold it, so that [`kind`](Reading::kind) is a ratio, not a
    /// rate: a public finance against the economy ("a deficit of 3.5
    /// percent of GDP", "the debt-to-GDP ratio is 37.8 per cent", 赤字率
    /// 3%). A sector's share of GDP ("services were 60 per cent of GDP")
    /// is a rate.
    pub ratio: bool,
}

impl Reading {
    /// The figure's value, expanded: the quantity's value or a rank's
    /// position.
    ///
    /// # Examples
    ///
    /// ```
    /// let r = workreport::text::parse("ranking first in the country", None)?;
    /// assert_eq!(r.value().map(|v| v.to_string()), Some("1".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn value(&self) -> Option<Decimal> {
        match (&self.quantity, &self.rank) {
            (Some(q), _) => Some(q.expanded()),
            (None, Some(rank)) => rank.position.map(|p| Decimal::from(p.get())),
            _ => None,
        }
    }

    /// The change code of FORMATS.md: `up`, `down`, `flat`, or `none` when
    /// the figure is not a change.
    ///
    /// # Examples
    ///
    /// ```
    /// let r = workreport::text::parse("同比下降9.2%", None)?;
    /// assert_eq!(r.change_code(), "down");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn change_code(&self) -> &'static str {
        self.change.map_or("none", |c| c.direction.code())
    }

    /// The kind of statistic the clause states, as far as the text tells:
    /// a rank, record, streak or change where it says so; otherwise a count
    /// for counted units, a ratio for a percent of a public finance against
    /// the economy ([`ratio`](Reading::ratio)) and for a concentration (a
    /// mass per volume: μg/m3, mg/m3), a rate for other shares, an amount
    /// for anything else (the text cannot tell a ratio of two amounts from
    /// an amount).
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::StatisticKind;
    /// let r = workreport::text::parse("a deficit of 4.2 per cent of GDP", None)?;
    /// assert_eq!(r.kind(), StatisticKind::Ratio);
    /// let r = workreport::text::parse("PM2.5平均浓度为46微克/立方米", None)?;
    /// assert_eq!(r.kind(), StatisticKind::Ratio);
    /// let r = workreport::text::parse("连续23年未发生冲撞校园极端案事件", None)?;
    /// assert_eq!(r.kind(), StatisticKind::Streak);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kind(&self) -> StatisticKind {
        if let Some(rank) = &self.rank {
            return StatisticKind::Rank(rank.clone());
        }
        if let Some(record) = self.record {
            return StatisticKind::Record(record);
        }
        if self.streak {
            return StatisticKind::Streak;
        }
        // A change of level states the level reached.
        if let (Some(change), None) = (self.change, &self.from) {
            return StatisticKind::Change(change);
        }
        // A concentration (μg/m3, mg/m3: a mass against a volume) is a
        // ratio, as FORMATS.md's kinds say.
        if let Some(crate::Unit::Per(per)) = self.quantity.as_ref().map(|q| q.unit())
            && per.numerator().dimension() == Dimension::Mass
            && per.denominator().dimension() == Dimension::Volume
        {
            return StatisticKind::Ratio;
        }
        match self.quantity.as_ref().map(|q| q.unit().dimension()) {
            Some(Dimension::Count) => StatisticKind::Count,
            Some(Dimension::Share) if self.ratio => StatisticKind::Ratio,
            Some(Dimension::Share) => StatisticKind::Rate,
            _ => StatisticKind::Amount,
        }
    }
}

/// Reads the figure of one clause.
///
/// With `lang` `None` the language is [detected](Lang::detect). The
/// figure is the first that the document reader ([`figures`](super::figures))
/// finds in the clause, read the same way: one reader, so that a clause
/// read alone and read in its document agree. Passed over as no figure:
/// years and fiscal years
/// (`2023年`, `FY 2023`, `2024-25`), ordinals (`第31届`, `31st`), parts of
/// names (`PM2.5`), per-capita bases (`每万人口`) and "recent years"
/// (`近五年`) are passed over.
///
/// Each thread keeps a few small buffers between calls, so that reading a
/// clause allocates little; a text longer than 4,096 characters grows them
/// for that call only.
///
/// # Errors
///
/// [`Error::Text`] with the character position where reading failed: a
/// clause with no figure, a number glued to a word (`disputes80More`,
/// `2More`), two numbers in a row with nothing between them (`1 8`), a
/// value too large to hold, and wherever the reader cannot be sure of a
/// value, a sign or a scale: digits grouped neither in threes nor in the
/// Indian way (`1,0000`, `1,5 million`, `1.234.567`), a vague number
/// (`几十万`, `两三万`), a fall of a negative size (`下降-3%`), a change by
/// "N times" in English (as much, or more?), a magnitude with no name
/// (`5千万亿`, "thousand crore"), and an amount after "Sh" or "Shs" in a
/// text that names no one country of the shilling.
///
/// # Money signs several countries write
///
/// "Rs" is the rupee, "P" the peso or pula, and "Sh" the shilling of the
/// country the text names most often: "Rs" is the Indian rupee when the
/// text names none, and "Sh" is no currency at all then.
///
/// ```
/// use workreport::text::parse;
///
/// let r = parse("Kenya allocated Sh34.7 billion to health", None)?;
/// assert_eq!(r.quantity.unwrap().unit().to_string(), "KES");
/// assert!(parse("allocated Sh34.7 billion to health", None).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Signs and multiples
///
/// A negative size after a word of growth is a change down (`增长-6.8%`,
/// "growth of -3%"), as is a negative figure with a basis and no word of
/// change ("-3.2% year on year"); with neither it is a negative level
/// (`-3%`). A change by a multiple is a change in percent: `增长1.5倍` is up
/// 150%, as `翻一番` is up 100%.
///
/// # Examples
///
/// ```
/// use workreport::Qualifier;
/// use workreport::text::parse;
///
/// let r = parse("recovered more than 2.7 billion yuan", None)?;
/// let q = r.quantity.unwrap();
/// assert_eq!((q.expanded().to_string(), q.unit().to_string(), q.qualifier()),
///            ("2700000000".into(), "CNY".into(), Qualifier::MoreThan));
///
/// let r = parse("up 0.2 percentage points", None)?;
/// assert_eq!((r.change_code(), r.quantity.unwrap().unit().to_string()), ("up", "percentage_points".into()));
///
/// let err = parse("recover direct economic losses2More than 700 million yuan", None).unwrap_err();
/// assert_eq!(err.to_string(), "cannot read \"recover direct economic losses2More than 700 million yuan\": \
///     a number glued to a word at character 30");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse(text: &str, lang: Option<Lang>) -> Result<Reading> {
    // The reading is written in place, not handed back through the
    // closures: a reading is large, and each hand-back copies it.
    let mut reading = Err(Error::Overflow(String::new()));
    with_buffers(|buffers| {
        let mut scratch = std::mem::take(&mut buffers.scratch);
        let clause = Clause::new(text, lang, buffers);
        clause.read_into(&mut scratch, &mut reading);
        if let Ok(r) = &mut reading {
            clause.place(r);
        }
        clause.into_buffers(scratch, buffers);
    });
    reading
}

/// Every figure of a clause, in order: what [`parse`] reads, and the other
/// figures beside it ("134.9万亿元，增长5%" has two; so has "exports rose
/// 7.1% to $3.58 trillion", a change and the level it reached). A figure
/// the reader refuses is an error in its place, and reading goes on with
/// the next. The document reader reads a run of clauses joined by 、 as
/// one, so that an enumeration (分别增长8.9%、7.7%) shares its words.
///
/// Each reading comes with what it says of the figure before it, in the
/// clause before (see [`Link`]).
///
/// `signs` are the currencies of the document's shared signs ([`lx::signs_of`]).
pub(crate) fn parse_all(
    text: &str,
    lang: Option<Lang>,
    signs: lx::Signs,
) -> Vec<(Result<Reading>, Link)> {
    with_buffers(|buffers| {
        let mut scratch = std::mem::take(&mut buffers.scratch);
        let mut clause = Clause::new(text, lang, buffers);
        clause.signs = std::cell::OnceCell::from(signs);
        clause.read_all(&mut scratch, false);
        let links = scratch
            .readings
            .drain(..)
            .map(|(_, r)| {
                let link = r.as_ref().map_or(Link::None, |r| clause.link(r));
                let mut r = r;
                if let Ok(r) = &mut r {
                    clause.place(r);
                }
                (r, link)
            })
            .collect();
        clause.into_buffers(scratch, buffers);
        links
    })
}

/// What a figure that opens a clause says of the last figure of the clause
/// before it, in the same sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Link {
    /// Nothing.
    None,
    /// "fell to 31 per cent, down from 35 per cent": the level the figure
    /// before started from, not a figure of its own.
    FromOfPrevious(Dir),
    /// "rose to $50 billion, from $45 billion": the level the figure before
    /// (a level reached after "to") started from, if the two differ.
    FromOfReached,
    /// "increased by $851.3 million, or 33.1 percent": the same change,
    /// said another way.
    SameChange,
}

/// How the text says that a figure is where the level before it started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StartedFrom {
    /// "up from" or "down from": the direction said.
    Said(Dir),
    /// A plain "from" after a level reached after "to", with the direction
    /// of the verb before "to" if there is one: the two levels give the
    /// direction, which must agree with the verb's.
    Plain(Option<Dir>),
}

/// Makes `start` the level `reached` started from, when the two measure
/// one dimension and `reached` has no start yet. A said direction becomes
/// `reached`'s change unless it has one; a plain "from" links nothing when
/// `reached` already states a change, when the two levels do not surely
/// differ, or when they go against the verb. Returns whether it linked.
pub(crate) fn started_from(reached: &mut Reading, start: &Quantity, how: StartedFrom) -> bool {
    let Some(q) = &reached.quantity else {
        return false;
    };
    if reached.from.is_some() || q.unit().dimension() != start.unit().dimension() {
        return false;
    }
    let direction = match how {
        StartedFrom::Said(d) => d,
        StartedFrom::Plain(verb) => {
            let by_levels = match q.compare(start) {
                Ok(crate::compare::Comparison::Greater) => Dir::Up,
                Ok(crate::compare::Comparison::Less) => Dir::Down,
                _ => return false,
            };
            if reached.change.is_some() || verb.is_some_and(|d| d != by_levels) {
                return false;
            }
            by_levels
        }
    };
    if reached.change.is_none() {
        reached.change = Some(change_of(direction, Basis::Unstated, Some(q)));
    }
    reached.from = Some(start.clone());
    true
}

/// A change in direction `dir` measured against `basis`, in the mode that
/// the quantity `q` gives (a change in percent is relative).
pub(crate) fn change_of(dir: Dir, basis: Basis, q: Option<&Quantity>) -> Change {
    Change {
        direction: dir.direction(),
        basis,
        mode: change_mode(q),
    }
}

/// The other way: up for down and down for up; flat stays flat.
fn flipped(d: crate::Direction) -> crate::Direction {
    match d {
        crate::Direction::Up => crate::Direction::Down,
        crate::Direction::Down => crate::Direction::Up,
        crate::Direction::Flat => crate::Direction::Flat,
    }
}

/// A change in the direction and basis of `like`, in the mode that the
/// quantity `q` gives (a change in percent is relative).
pub(crate) fn change_like(like: Change, q: Option<&Quantity>) -> Change {
    Change {
        mode: change_mode(q),
        ..like
    }
}

/// Relative for a change of a share, a multiple or no size; else absolute.
fn change_mode(q: Option<&Quantity>) -> ChangeMode {
    match q.map(|q| q.unit().dimension()) {
        Some(Dimension::Share | Dimension::Multiple) | None => ChangeMode::Relative,
        _ => ChangeMode::Absolute,
    }
}

/// The zero bytes after a clause's lowercase copy.
const PAD: &str = "\0\0\0\0\0\0\0\0";

/// What a clause is read into, kept for the thread's next clause so that
/// reading allocates little once the buffers have grown. A buffer grown
/// past [`Buffers::KEEP`] characters by a very long text is let go.
#[derive(Default)]
struct Buffers {
    chars: Vec<char>,
    words: Vec<Token>,
    lower: String,
    scratch: Scratch,
    bits: scan::Bits,
    offsets: Vec<usize>,
    orig: Vec<usize>,
}

/// What reading a clause's figures works in: its candidates, which of
/// them a figure has used, and the readings found, by where they start.
#[derive(Default)]
struct Scratch {
    cands: Vec<Cand>,
    used: Vec<bool>,
    readings: Vec<(usize, Result<Reading>)>,
}

impl Buffers {
    const KEEP: usize = 4096;
}

thread_local! {
    static BUFFERS: RefCell<Buffers> = RefCell::default();
}

/// Runs `f` on the thread's buffers, lent in place (each buffer is taken
/// out and put back; none moves as a whole), or on new ones where they
/// are lent already.
fn with_buffers<R>(f: impl FnOnce(&mut Buffers) -> R) -> R {
    BUFFERS.with(|b| match b.try_borrow_mut() {
        Ok(mut b) => f(&mut b),
        Err(_) => f(&mut Buffers::default()),
    })
}

/// A number found in the clause, before its context is read.
#[derive(Debug, Clone)]
struct Cand {
    start: usize,
    /// End of the number itself (before any magnitude or unit).
    end: usize,
    value: Decimal,
    inexact: bool,
    /// A fraction written `a/b`, `八分之一`, `one third`.
    fraction: bool,
    /// Written in words (Chinese numerals or English number words).
    words: bool,
    /// The clause says this number only to name a year, an ordinal, a
    /// name or a base.
    excluded: bool,
    /// An English ordinal (`first`, `16th`) or a number after 第.
    ordinal: bool,
    /// A minus sign stands right before it (`-6.8%`, `增长-6.8%`), where a
    /// dash joins no word or number to it. `value` is the number without
    /// it: the reader decides what the sign means (a range's dash, a
    /// change down, a negative level).
    minus: bool,
    /// A minus sign stands right before its money sign (`-$5 billion`,
    /// `-R2`): the sign of the amount, read as `minus` is.
    minus_before_sign: bool,
    /// A vague number (几十万, 数百): no value to read.
    vague: bool,
    /// Where its figure starts ([`Clause::figure_start`]), found once
    /// when the clause's numbers are all known; `usize::MAX` before.
    figure: usize,
    /// The money sign right before it (or before its minus sign), found
    /// once ([`Clause::money_sign`]).
    sign: SignBefore,
    /// Why it cannot be read, if it cannot: a refusal in its place, which
    /// leaves the clause's other figures to read. Such a number is
    /// `excluded`; the error is made where it is reported, which keeps a
    /// number free of anything to drop.
    refused: Unreadable,
}

/// Why a number found in a clause cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unreadable {
    /// It can be read.
    None,
    /// Its digits are grouped in no way a number is ("2.5.6", "$495, 286,
    /// 000").
    Digits,
    /// Another number follows it with only a space between (`1 8`): a
    /// damaged figure.
    Adjacent,
}

/// The money sign before a number, once looked for: a sign is money in a
/// currency, or a bare `$` (`None`), and where it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SignBefore {
    /// Not looked for yet.
    Unknown,
    /// None.
    No,
    /// A sign starting at `start`.
    At {
        currency: Option<crate::Currency>,
        start: usize,
    },
}

impl SignBefore {
    fn of(found: Option<(Unit, usize)>) -> SignBefore {
        match found {
            Some((Unit::Money(c), start)) => SignBefore::At {
                currency: Some(c),
                start,
            },
            Some((_, start)) => SignBefore::At {
                currency: None,
                start,
            },
            None => SignBefore::No,
        }
    }
}

impl Cand {
    /// Whether a minus sign makes it negative, before its digits or before
    /// its money sign.
    fn negative(&self) -> bool {
        self.minus || self.minus_before_sign
    }

    /// Whether it may be the clause's figure: not a year, name, base or
    /// ordinal, and not vague.
    fn eligible(&self) -> bool {
        !self.excluded && !self.ordinal && !self.vague
    }

    /// A number of digits at `start..end`, exact, not a fraction, not
    /// excluded, no ordinal: what most candidates are, the others changing
    /// a field or two.
    fn new(start: usize, end: usize, value: Decimal) -> Cand {
        Cand {
            start,
            end,
            value,
            inexact: false,
            fraction: false,
            words: false,
            excluded: false,
            ordinal: false,
            minus: false,
            minus_before_sign: false,
            vague: false,
            figure: usize::MAX,
            sign: SignBefore::Unknown,
            refused: Unreadable::None,
        }
    }
}

struct Clause<'a> {
    text: &'a str,
    chars: Vec<char>,
    lang: Lang,
    /// The clause, normalized, with ASCII letters lowercase (then eight
    /// zero bytes); `words` holds each word's character span and its byte
    /// span here.
    lower: String,
    /// In order of position.
    words: Vec<Token>,
    /// Whether the text is all ASCII (no Chinese to look for).
    ascii: bool,
    /// Words the readers look for before doing any closer work.
    says: Says,
    /// For ASCII text: where its words and digits are.
    bits: scan::Bits,
    /// For other text: where each character starts in `lower`, and its
    /// length at the end.
    offsets: Vec<usize>,
    /// Where each character of `chars` is in the text, and the text's
    /// length in characters at the end, when [`join_wrapped`] took line
    /// breaks out; empty when `chars` are the text's characters one to one.
    orig: Vec<usize>,
    /// The basis phrases of the clause by where they end, each with the
    /// strongest basis named up to there; found on first use.
    bases: std::cell::OnceCell<Vec<(usize, Basis)>>,
    /// The currencies of the shared signs here ([`lx::signs_of`] of the
    /// document, or of the clause alone, found on first use).
    signs: std::cell::OnceCell<lx::Signs>,
    /// The text's own characters, before normalizing, for
    /// [`Clause::written`] when the normalized copy's bytes do not line up
    /// with the text's; decoded on first use.
    written: std::cell::OnceCell<Vec<char>>,
    /// Whether the clause has a quotation mark: else no number is inside
    /// a quoted name.
    quoted: bool,
}

/// What a clause's words say at a glance, noted while they are found.
#[derive(Clone, Copy, Default)]
struct Says {
    /// "consecutive", "row" or 连续: maybe a streak.
    streak: bool,
    /// "year", "year-on-year", "previous", "than", "projection": maybe a
    /// named basis.
    basis: bool,
    /// "no", as in "ranked No. 1".
    no: bool,
    /// "age", "aged", "ages", "old", "year-old": maybe an age.
    age: bool,
    /// "negative", "minus": maybe a sign said in a word.
    minus: bool,
    /// "http", "https", "www": maybe a web address.
    web: bool,
    /// "ratio", "GDP", "GNP", "GNI", "GSP", "gross": maybe a ratio to the
    /// economy ("debt-to-GDP ratio", "3.5 percent of GDP").
    ratio: bool,
    /// "doubled", "triple", "halving" and the like: maybe a multiple in
    /// words.
    multiple: bool,
}

impl Says {
    fn note(&mut self, word: &[u8], key: u64) {
        static SAYS: WordMap<Says, 36> = WordMap::new([
            ("doubled", Says::MULTIPLE),
            ("tripled", Says::MULTIPLE),
            ("quadrupled", Says::MULTIPLE),
            ("halved", Says::MULTIPLE),
            ("double", Says::MULTIPLE),
            ("doubling", Says::MULTIPLE),
            ("triple", Says::MULTIPLE),
            ("tripling", Says::MULTIPLE),
            ("halve", Says::MULTIPLE),
            ("halving", Says::MULTIPLE),
            ("no", Says::NO),
            ("ratio", Says::RATIO),
            ("gdp", Says::RATIO),
            ("gnp", Says::RATIO),
            ("gni", Says::RATIO),
            ("gsp", Says::RATIO),
            ("gross", Says::RATIO),
            ("http", Says::WEB),
            ("https", Says::WEB),
            ("www", Says::WEB),
            ("negative", Says::MINUS),
            ("minus", Says::MINUS),
            ("age", Says::AGE),
            ("aged", Says::AGE),
            ("ages", Says::AGE),
            ("old", Says::AGE),
            ("year-old", Says::AGE),
            ("years-old", Says::AGE),
            ("row", Says::STREAK),
            ("consecutive", Says::STREAK),
            ("year", Says::BASIS),
            ("than", Says::BASIS),
            ("previous", Says::BASIS),
            ("projection", Says::BASIS),
            ("year-on-year", Says::BASIS),
            ("", Says::NOTHING),
        ]);
        if let Some(says) = SAYS.get_bytes(word, key) {
            self.streak |= says.streak;
            self.basis |= says.basis;
            self.no |= says.no;
            self.age |= says.age;
            self.minus |= says.minus;
            self.web |= says.web;
            self.ratio |= says.ratio;
            self.multiple |= says.multiple;
        }
    }

    const NOTHING: Says = Says {
        streak: false,
        basis: false,
        no: false,
        age: false,
        minus: false,
        web: false,
        ratio: false,
        multiple: false,
    };
    const MULTIPLE: Says = Says {
        multiple: true,
        ..Says::NOTHING
    };
    const RATIO: Says = Says {
        ratio: true,
        ..Says::NOTHING
    };
    const WEB: Says = Says {
        web: true,
        ..Says::NOTHING
    };
    const MINUS: Says = Says {
        minus: true,
        ..Says::NOTHING
    };
    const AGE: Says = Says {
        age: true,
        ..Says::NOTHING
    };
    const NO: Says = Says {
        no: true,
        ..Says::NOTHING
    };
    const STREAK: Says = Says {
        streak: true,
        ..Says::NOTHING
    };
    const BASIS: Says = Says {
        basis: true,
        ..Says::NOTHING
    };
}

/// An English word of the clause: letters, with hyphens and apostrophes
/// between letters ("year-on-year", "china's").
#[derive(Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
    /// The word's [`words::word_key`].
    key: u64,
}

/// What was read around the chosen number.
struct Read {
    quantity: Option<Quantity>,
    direction: Option<Dir>,
    basis: Basis,
    /// Where the figure's words start, with its qualifier ("more than"),
    /// before any word of change.
    qualified: usize,
    end: usize,
}

impl<'a> Clause<'a> {
    fn new(text: &'a str, lang: Option<Lang>, buffers: &mut Buffers) -> Clause<'a> {
        let mut chars = std::mem::take(&mut buffers.chars);
        let mut words = std::mem::take(&mut buffers.words);
        let mut lower = std::mem::take(&mut buffers.lower);
        let mut bits = std::mem::take(&mut buffers.bits);
        let mut offsets = std::mem::take(&mut buffers.offsets);
        let mut orig = std::mem::take(&mut buffers.orig);
        chars.clear();
        words.clear();
        lower.clear();
        // The map of joined line breaks belongs to one clause: an ASCII
        // clause read after a wrapped one must not remap by the old map.
        orig.clear();
        let ascii = text.is_ascii();
        // Line breaks and tabs are spaces ([`normalize`]); in ASCII text
        // nothing else is to decode or normalize.
        let space = |b: u8| {
            if matches!(b, b'\n' | b'\r' | b'\t') {
                b' '
            } else {
                b
            }
        };
        // (A fold with no early exit, which the compiler vectorizes; any
        // control character sends the text the slow way.)
        let (breaks, ascii_quote) = if ascii {
            text.bytes().fold((false, false), |(seen, quote), b| {
                (seen | (b < b' '), quote | (b == b'"'))
            })
        } else {
            (false, false)
        };
        if ascii {
            chars.extend(text.bytes().map(char::from));
            if breaks {
                for c in &mut chars {
                    *c = char::from(space(*c as u8));
                }
            }
        } else {
            // The normalized text, ASCII letters lowercased, and where each
            // character starts in it.
            offsets.clear();
            let mut breaks = false;
            for c in text.chars() {
                breaks |= c == '\n';
                let mut c = normalize(c);
                // 二○二一年: a white circle after a Chinese digit is the
                // zero 〇, as typed where the input method offers it.
                if matches!(c, '○' | '◯')
                    && chars
                        .last()
                        .is_some_and(|&d| crate::text::chinese_digit(d).is_some())
                {
                    c = '〇';
                }
                offsets.push(lower.len());
                chars.push(c);
                lower.push(c.to_ascii_lowercase());
            }
            offsets.push(lower.len());
            if breaks && join_wrapped(text, &mut chars, &mut orig) {
                lower.clear();
                offsets.clear();
                for &c in &chars {
                    offsets.push(lower.len());
                    lower.push(c.to_ascii_lowercase());
                }
                offsets.push(lower.len());
            }
        }
        let lang = lang.unwrap_or_else(|| if ascii { Lang::En } else { Lang::detect(text) });
        let n = chars.len();
        // For ASCII text the lowercase copy is the text lowercased, and a
        // word's bytes are its characters; otherwise `offsets` maps one to
        // the other.
        if ascii {
            if breaks {
                // Byte by byte into the buffer's own bytes, which stay ASCII.
                let mut bytes = std::mem::take(&mut lower).into_bytes();
                bytes.extend(text.bytes().map(|b| space(b).to_ascii_lowercase()));
                lower = String::from_utf8(bytes).unwrap_or_default();
            } else {
                lower.push_str(text);
                lower.make_ascii_lowercase();
            }
            bits.fill(lower.as_bytes());
            scan::for_each_run(&bits.word, |start, end| {
                words.push(Token {
                    start,
                    end,
                    byte_start: start,
                    byte_end: end,
                    key: 0,
                });
            });
        } else {
            bits.word.clear();
            bits.digit.clear();
            let letter = |k: usize| chars.get(k).is_some_and(char::is_ascii_alphabetic);
            let joiner = |k: usize| matches!(chars.get(k), Some('-' | '\''));
            for_each_word(n, letter, joiner, |start, end| {
                words.push(Token {
                    start,
                    end,
                    byte_start: offsets[start],
                    byte_end: offsets[end],
                    key: 0,
                });
            });
        }
        // Eight bytes past every word start, for the keys.
        lower.push_str(PAD);
        let mut says = Says::default();
        for t in &mut words {
            t.key = words::word_key_in(lower.as_bytes(), t.byte_start, t.byte_end);
            says.note(
                lower
                    .as_bytes()
                    .get(t.byte_start..t.byte_end)
                    .unwrap_or(b""),
                t.key,
            );
        }
        if !ascii {
            says.streak |= chars.windows(2).any(|w| w == ['连', '续']);
        }
        Clause {
            text,
            chars,
            lang,
            lower,
            words,
            ascii,
            says,
            bits,
            offsets,
            orig,
            bases: std::cell::OnceCell::new(),
            signs: std::cell::OnceCell::new(),
            written: std::cell::OnceCell::new(),
            quoted: if ascii {
                ascii_quote
            } else {
                text.contains(['"', '“', '‘', '「', '『'])
            },
        }
    }

    /// Puts the buffers back into `buffers` for the next clause, unless a
    /// long text grew them.
    fn into_buffers(self, scratch: Scratch, buffers: &mut Buffers) {
        let Clause {
            chars,
            words,
            lower,
            bits,
            offsets,
            orig,
            ..
        } = self;
        if chars.capacity() <= Buffers::KEEP && lower.capacity() <= Buffers::KEEP {
            buffers.chars = chars;
            buffers.words = words;
            buffers.lower = lower;
            buffers.scratch = scratch;
            buffers.bits = bits;
            buffers.offsets = offsets;
            buffers.orig = orig;
        }
    }

    /// The currencies of the shared signs ("Rs", "P") in this clause's
    /// document; for a clause read alone, those its own words name.
    fn signs(&self) -> lx::Signs {
        *self.signs.get_or_init(|| lx::signs_of(self.text))
    }

    fn word_text(&self, t: &Token) -> &str {
        self.lower.get(t.byte_start..t.byte_end).unwrap_or("")
    }

    /// The bytes of a word of the clause, lowercased.
    fn word_bytes(&self, t: &Token) -> &[u8] {
        self.lower
            .as_bytes()
            .get(t.byte_start..t.byte_end)
            .unwrap_or(b"")
    }

    fn keyed(&self, t: &Token) -> Keyed<'_> {
        Keyed {
            text: self.word_text(t),
            key: t.key,
        }
    }

    fn err(&self, at: usize, what: &str) -> Error {
        let at = self.in_text(at);
        Error::Text {
            message: format!(
                "cannot read {}: {what}",
                excerpt(self.text, self.in_text(self.chars.len()), at)
            ),
            at,
        }
    }

    /// Where character `k` of `chars` is in the text.
    fn in_text(&self, k: usize) -> usize {
        self.orig.get(k).copied().unwrap_or(k)
    }

    /// Characters `start..end` of `chars` as the text writes them where
    /// normalizing changed a Chinese character (實體企業, not 实體企業,
    /// which only some of the traditional forms the readers look for
    /// would give), and normalized elsewhere (a line break the clause
    /// runs across stays out, a full-width letter is ASCII). The text is
    /// decoded once a clause, so that every noun costs only its own
    /// length.
    fn written(&self, start: usize, end: usize) -> String {
        // Normalizing keeps a character's UTF-8 length or shortens it: when
        // the normalized copy is as long as the text, and no line break
        // was taken out, each character is at the same byte in both.
        let same_bytes =
            !self.ascii && self.orig.is_empty() && self.lower.len() == self.text.len() + PAD.len();
        let original = |k: usize| {
            if self.ascii {
                None
            } else if same_bytes {
                self.text.get(*self.offsets.get(k)?..)?.chars().next()
            } else {
                self.written
                    .get_or_init(|| self.text.chars().collect())
                    .get(self.in_text(k))
                    .copied()
            }
        };
        (start..end.min(self.chars.len()))
            .map(|k| {
                let c = self.chars[k];
                match original(k) {
                    Some(o) if o != c && crate::text::is_cjk(o) => o,
                    _ => c,
                }
            })
            .collect()
    }

    /// A reading's span in the text's characters: from where its first
    /// character is to after its last, so that a line break taken out
    /// after it stays out of it.
    fn place(&self, reading: &mut Reading) {
        if !self.orig.is_empty() {
            let (start, end) = reading.span;
            reading.span = if end > start {
                (self.in_text(start), self.in_text(end - 1) + 1)
            } else {
                (self.in_text(start), self.in_text(start))
            };
        }
    }

    fn at(&self, i: usize) -> char {
        self.chars.get(i).copied().unwrap_or('\0')
    }

    /// Whether the text at `i` starts with `word` (ASCII case-insensitive),
    /// and for English words, ends at a word boundary.
    fn has(&self, i: usize, word: &str) -> bool {
        // The lowercase copy holds the text's characters in UTF-8, from
        // byte `i` of an ASCII text or `offsets[i]` of another.
        let start = if self.ascii {
            i
        } else {
            match self.offsets.get(i) {
                Some(&b) => b,
                None => return word.is_empty(),
            }
        };
        let b = self.lower.as_bytes();
        let w = word.as_bytes();
        let end = start + w.len();
        // Most table words differ at the first byte: look there before
        // comparing the rest. The text stops at its last character, before
        // the zero bytes after it.
        let text_end = b.len() - PAD.len();
        end <= text_end
            && w.first().is_none_or(|f| b.get(start) == Some(f))
            && b.get(start..end) == Some(w)
            && !(w.last().is_some_and(u8::is_ascii_alphabetic)
                && b.get(end).is_some_and(u8::is_ascii_lowercase))
    }

    /// The first of `words` found at `i`, with its length in chars.
    /// The value of the first table word found at `i`, and its length in
    /// characters.
    fn first_at<T: Clone>(&self, i: usize, table: &[(&str, T)]) -> Option<(T, usize)> {
        table
            .iter()
            .find(|(w, _)| self.has(i, w))
            .map(|(w, v)| (v.clone(), clen(w)))
    }

    fn has_any<'w>(&self, i: usize, words: &[&'w str]) -> Option<(&'w str, usize)> {
        words.iter().find(|w| self.has(i, w)).map(|w| (*w, clen(w)))
    }

    fn skip_spaces(&self, mut i: usize) -> usize {
        while self.at(i) == ' ' {
            i += 1;
        }
        i
    }

    fn back_spaces(&self, mut i: usize) -> usize {
        while i > 0 && self.chars[i - 1] == ' ' {
            i -= 1;
        }
        i
    }

    /// The English word written with a point just before `i` (spaces
    /// skipped): "Jan." and "pp." before "Jan. 28", "pp. 7".
    fn word_before_point(&self, i: usize) -> Option<Word<'_>> {
        let j = self.back_spaces(i);
        if j == 0 || self.chars[j - 1] != '.' {
            return None;
        }
        self.word_before(j - 1).map(|(_, w)| w)
    }

    /// The English word ending just before `i` (spaces skipped): its start
    /// and its lowercase text.
    fn word_before(&self, i: usize) -> Option<(usize, Word<'_>)> {
        let end = self.back_spaces(i);
        // A word ends in a letter: most places before a number are none.
        if !self.chars.get(end.wrapping_sub(1))?.is_ascii_alphabetic() {
            return None;
        }
        let t = &self.words[self.words.binary_search_by_key(&end, |t| t.end).ok()?];
        Some((t.start, Word::borrowed(self.word_text(t), t.key)))
    }

    /// The English word starting at `i` (spaces skipped): its end and its
    /// lowercase text.
    fn word_after(&self, i: usize) -> Option<(usize, Word<'_>)> {
        let start = self.skip_spaces(i);
        // A word starts with a letter.
        if !self.at(start).is_ascii_alphabetic() {
            return None;
        }
        if let Ok(k) = self.words.binary_search_by_key(&start, |t| t.start) {
            let t = &self.words[k];
            return Some((t.end, Word::borrowed(self.word_text(t), t.key)));
        }
        // Inside a word ("trillion-yuan" read from "yuan"): read it here.
        let mut end = start;
        while end < self.chars.len()
            && (self.chars[end].is_ascii_alphabetic()
                || (self.chars[end] == '-'
                    && end > start
                    && self.at(end + 1).is_ascii_alphabetic()))
        {
            end += 1;
        }
        (start < end).then(|| {
            let w: String = self.chars[start..end]
                .iter()
                .map(char::to_ascii_lowercase)
                .collect();
            (end, Word::owned(w))
        })
    }

    /// The clause's first figure, into `out`.
    fn read_into(&self, scratch: &mut Scratch, out: &mut Result<Reading>) {
        self.read_all(scratch, true);
        scratch.readings.truncate(1);
        if let Some((_, first)) = scratch.readings.pop() {
            *out = first;
            return;
        }
        *out = self.read_none(scratch);
    }

    /// Why a clause with no figure read has none.
    #[inline(never)]
    fn read_none(&self, scratch: &Scratch) -> Result<Reading> {
        if let Some(vague) = scratch.cands.iter().find(|c| c.vague) {
            let words: String = self.chars[vague.start..vague.end].iter().collect();
            return Err(self.err(
                vague.start,
                &format!("a vague number ({words}) states no value to read"),
            ));
        }
        self.no_number(true)?
            .ok_or_else(|| self.err(self.chars.len(), "no figure in the clause"))
    }

    /// Every figure of the clause, into `scratch.readings` by where each
    /// starts; see [`parse_all`].
    ///
    /// With `first`, reading stops once the clause's first figure is known
    /// (what [`parse`] needs): after the first figure read, at the next
    /// candidate that cannot change it.
    fn read_all(&self, scratch: &mut Scratch, first: bool) {
        self.read_readable(scratch, first);
        // Whichever rule read it, a level in percent (reached or not) may
        // be a ratio to the economy.
        // An English ratio needs GDP or "ratio" among the clause's words.
        let may_be_ratio = self.lang == Lang::Zh || self.says.ratio;
        for (_, reading) in scratch.readings.iter_mut().filter(|_| may_be_ratio) {
            if let Ok(r) = reading
                && (r.change.is_none() || r.from.is_some())
                && r.quantity
                    .as_ref()
                    .is_some_and(|q| *q.unit() == Unit::Percent)
            {
                r.ratio = self.ratio_to_economy(r.span.0, r.span.1);
            }
        }
        // The numbers whose digits cannot be read are refusals in their
        // places, among the clause's other figures.
        let before = scratch.readings.len();
        for c in &scratch.cands {
            let refusal = match c.refused {
                Unreadable::None => continue,
                Unreadable::Digits => self.arabic(c.start).err(),
                Unreadable::Adjacent => {
                    Some(self.err(c.end + 1, "two numbers in a row with nothing between them"))
                }
            };
            if let Some(e) = refusal {
                scratch.readings.push((c.start, Err(e)));
            }
        }
        if scratch.readings.len() > before {
            scratch.readings.sort_by_key(|(at, _)| *at);
        }
    }

    /// [`Clause::read_all`] of the numbers that can be read.
    #[inline(always)]
    fn read_readable(&self, scratch: &mut Scratch, first: bool) {
        let Scratch {
            cands: out,
            used,
            readings,
        } = scratch;
        readings.clear();
        if let Err(e) = self.candidates(out) {
            readings.push((0, Err(e)));
            return;
        }
        let cands: &[Cand] = out;
        // A streak, rank or record is the clause's one figure.
        let ranks = match self.streak(cands) {
            Ok(Some(r)) => vec![r],
            Err(e) => return readings.push((0, Err(e))),
            Ok(None) => self.ranks(cands),
        };
        used.clear();
        used.resize(cands.len(), false);
        if !ranks.is_empty() {
            // In Chinese, an item of an enumeration that is no rank or
            // streak (攻克8起命案积案、清库率全省第一; 同比下降30.1%、已连续14个月
            // 同比下降) is read as well, and in either language a figure
            // outside the brackets of a rank (增长1.28% (增幅在全市排名第五));
            // otherwise the ranks (or the streak) are the clause's figures.
            let apart_mark = |c: &char| {
                matches!(c, '(' | ')' | '[' | ']') || self.lang == Lang::Zh && *c == '、'
            };
            // marks[i]: the marks among the first i characters, so that
            // whether a mark stands between two places is a comparison of
            // two counts, and the test of every candidate against every rank stays
            // linear in the clause.
            let mut marks = Vec::with_capacity(self.chars.len() + 1);
            marks.push(0usize);
            for c in &self.chars {
                let last = marks.last().copied().unwrap_or(0);
                marks.push(last + usize::from(apart_mark(c)));
            }
            let top = marks.last().copied().unwrap_or(0);
            let at = |i: usize| marks.get(i).copied().unwrap_or(top);
            // A candidate is left to read when such a mark stands between
            // it and every rank. Neither a candidate nor a rank holds a mark
            // (they are the words of numbers), so one is near a rank exactly
            // when both start after the same count of marks; a rank's own
            // number, which overlaps it, is near and used, and in a clause
            // with no mark every candidate is.
            let mut near = vec![false; top + 1];
            for r in &ranks {
                near[at(r.span.0)] = true;
            }
            // In Chinese a figure that ends before the first rank's field
            // is read too (工业增加值增长8.2%居全省第一), unless it counts what
            // is ranked (有2项指标居全省第一: the rank's words).
            let head = match ranks.first() {
                Some(r) if self.lang == Lang::Zh => r.rank.as_ref().and_then(|rank| {
                    let field = rank.among.as_ref()?.chars().count();
                    r.span.0.checked_sub(1 + field)
                }),
                _ => None,
            };
            let counts_ranked = |c: &Cand| {
                self.unit_zh(c.end)
                    .is_some_and(|(u, _)| u.dimension() == Dimension::Count)
            };
            for (k, c) in cands.iter().enumerate() {
                used[k] = near[at(c.start)] && head.is_none_or(|h| c.end > h || counts_ranked(c));
            }
            for r in ranks {
                readings.push((r.span.0, Ok(r)));
            }
            if top == 0 && used.iter().all(|u| *u) {
                return;
            }
        }
        match self.record(cands) {
            Ok(Some(r)) => return readings.push((0, Ok(r))),
            Err(e) => return readings.push((0, Err(e))),
            Ok(None) => {}
        }
        // Candidates read as part of another figure: a range's high end, the
        // two figures of a change of level.
        match self.level_change(cands) {
            Ok(Some(r)) => {
                // The two figures: the one before the level reached, and it.
                let reached = cands.iter().position(|c| self.figure_start(c) == r.span.0);
                if let Some(y) = reached {
                    used[y] = true;
                    if let Some(x) = cands[..y].iter().rposition(Cand::eligible) {
                        used[x] = true;
                    }
                }
                readings.push((r.span.0, Ok(r)));
            }
            Ok(None) => {}
            Err(e) => readings.push((error_at(&e), Err(e))),
        }
        let mut last_direction: Option<(usize, Option<Change>)> = None;
        // The last member of the enumeration being read and its unit.
        let mut shared = None;
        let mut read_one = false;
        for (k, cand) in cands.iter().enumerate() {
            if used[k] || !cand.eligible() {
                continue;
            }
            // A later figure cannot start before this one; only "down
            // from" after it changes it.
            if first
                && read_one
                && self.up_or_down_from(cand).is_none()
                && !matches!(readings.last(), Some((_, Ok(r))) if self.reached_before_from(r.span, cand).is_some())
            {
                break;
            }
            read_one = true;
            used[k] = true;
            let mut read = match self
                .read_figure(cand, cands)
                .and_then(|read| self.shared_unit_zh(k, cands, read, &mut shared))
            {
                Ok(read) => read,
                Err(e) => {
                    readings.push((error_at(&e), Err(e)));
                    continue;
                }
            };
            // A candidate inside the figure's words is read with it: the
            // 2千万 of 3亿2千万.
            for (u, c) in used[k + 1..].iter_mut().zip(&cands[k + 1..]) {
                if c.start >= read.end {
                    break;
                }
                *u = true;
            }
            // A range's high end is read with it.
            if read
                .quantity
                .as_ref()
                .is_some_and(|q| q.qualifier() == Qualifier::Range)
                && let Some(next) = cands[k + 1..].iter().position(Cand::eligible)
            {
                used[k + 1 + next] = true;
            }
            // "$4.5 billion and 3.9 billion": the currency written once.
            if self.lang == Lang::En
                && let Some((_, Ok(previous))) = readings.last()
                && let (Some(p), Some(q)) = (&previous.quantity, &read.quantity)
                && let Some(money) = attach::money_written_once(p, q)
                && let start = self.figure_start(cand)
                && previous.span.1 <= start
                && attach::joins_money(
                    &self.chars[previous.span.1..start]
                        .iter()
                        .collect::<String>(),
                )
            {
                read.quantity = Some(money);
            }
            // "drop below 31 per cent ... - down from 35 per cent", "rose to
            // $50 billion from $45 billion": the level the figure before
            // started from, not a figure of its own.
            if let Some((_, Ok(previous))) = readings.last_mut()
                && let Some(q) = &read.quantity
            {
                let linked = match self.up_or_down_from(cand) {
                    Some(dir) => started_from(previous, q, StartedFrom::Said(dir)),
                    None => self
                        .reached_before_from(previous.span, cand)
                        .is_some_and(|verb| started_from(previous, q, StartedFrom::Plain(verb))),
                };
                if linked {
                    continue;
                }
            }
            let mut change = read
                .direction
                .map(|d| change_of(d, read.basis, read.quantity.as_ref()));
            // "rose 7.1% to $3.58 trillion": the level after "to" is no change.
            if self.change_before_to(cand, cands).is_some() {
                change = None;
            }
            // 分别增长8.9%、7.7%; "rose 8.9% and 7.7%": a figure listed after
            // a change, with nothing but 、 or "and" between, is a change the
            // same way.
            if change.is_none()
                && let Some((end, Some(previous))) = last_direction
                && self.listed_after(end, self.figure_start(cand))
            {
                // 分别增长1.2倍、3.3倍: a multiple listed after a rise is the
                // rise in percent, as it would be with the verb before it.
                if let Some(q) = read.quantity.as_ref().filter(|q| *q.unit() == Unit::Times) {
                    let converted = self
                        .multiple_as_percent(
                            cand,
                            q.value(),
                            q.high(),
                            Unit::Times,
                            Some(match previous.direction {
                                crate::Direction::Up => Dir::Up,
                                crate::Direction::Down => Dir::Down,
                                crate::Direction::Flat => Dir::Flat,
                            }),
                        )
                        .and_then(|(v, h, u)| {
                            self.quantity(cand, v, h, q.magnitude(), u, q.qualifier())
                        });
                    match converted {
                        Ok(q) => read.quantity = Some(q),
                        Err(e) => {
                            readings.push((error_at(&e), Err(e)));
                            continue;
                        }
                    }
                }
                // 增长5%、-3.2%: a listed member with its own minus sign
                // goes the other way, by its size.
                let mut like = previous;
                if cand.negative()
                    && let Some(q) = read
                        .quantity
                        .as_ref()
                        .filter(|q| q.value().is_sign_negative())
                {
                    like.direction = flipped(like.direction);
                    match self.quantity(
                        cand,
                        q.value().abs(),
                        q.high().map(|h| h.abs()),
                        q.magnitude(),
                        q.unit().clone(),
                        q.qualifier(),
                    ) {
                        Ok(q) => read.quantity = Some(q),
                        Err(e) => {
                            readings.push((error_at(&e), Err(e)));
                            continue;
                        }
                    }
                }
                change = Some(change_like(like, read.quantity.as_ref()));
            }
            // 同比增长-9.7%、11.4%: the minus sign turned the verb's rise
            // into a fall for its own number only; the members listed after
            // it rise with the verb.
            let listed = match change {
                Some(c) if cand.negative() => Some(Change {
                    direction: flipped(c.direction),
                    ..c
                }),
                other => other,
            };
            last_direction = Some((read.end, listed));
            let start = self.words_start(read.qualified, change.is_some());
            readings.push((
                start,
                Ok(Reading {
                    quantity: read.quantity,
                    change,
                    rank: None,
                    record: None,
                    streak: false,
                    lang: self.lang,
                    span: (start, read.end),
                    from: None,
                    ratio: false,
                }),
            ));
        }
        if readings.is_empty() {
            match self.no_number(false) {
                // A figure in words (doubled, 翻一番), a record, or no change
                // (持平, "unchanged"). A change with no size (经济持续增长,
                // 同比下降) states no figure to list.
                Ok(Some(r))
                    if r.quantity.is_some()
                        || r.record.is_some()
                        || r.change
                            .as_ref()
                            .is_some_and(|c| c.direction == crate::Direction::Flat) =>
                {
                    readings.push((0, Ok(r)));
                }
                // A clause with no figure has none to list.
                _ => {}
            }
            return;
        }
        readings.sort_by_key(|(at, _)| *at);
    }
}

/// A lowercase English word of the clause, borrowed from the clause's
/// word list (or, rarely, read from the middle of a word).
struct Word<'a> {
    text: std::borrow::Cow<'a, str>,
    key: u64,
}

impl<'a> Word<'a> {
    fn borrowed(text: &'a str, key: u64) -> Word<'a> {
        Word {
            text: std::borrow::Cow::Borrowed(text),
            key,
        }
    }

    fn owned(text: String) -> Word<'a> {
        let key = words::word_key(text.as_bytes());
        Word {
            text: std::borrow::Cow::Owned(text),
            key,
        }
    }

    fn as_str(&self) -> &str {
        &self.text
    }
}

impl<'a> From<&'a Word<'_>> for Keyed<'a> {
    fn from(w: &'a Word<'_>) -> Keyed<'a> {
        Keyed {
            text: &w.text,
            key: w.key,
        }
    }
}

impl std::ops::Deref for Word<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text
    }
}

impl PartialEq<str> for Word<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Word<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Calls `word(start, end)` for each English word of a text of `n`
/// characters: a run of letters, with a hyphen or apostrophe allowed
/// between two letters ("year-on-year", "china's"). Used for text that is
/// not all ASCII; ASCII text finds the same words with [`scan::Bits`], whose
/// tests check the two agree.
pub(super) fn for_each_word(
    n: usize,
    letter: impl Fn(usize) -> bool,
    joiner: impl Fn(usize) -> bool,
    mut word: impl FnMut(usize, usize),
) {
    let mut i = 0;
    while i < n {
        if !letter(i) {
            i += 1;
            continue;
        }
        let start = i;
        while letter(i) || (joiner(i) && letter(i + 1) && i > start) {
            i += 1;
        }
        word(start, i);
    }
}

/// The length of a table word in characters; most are ASCII.
fn clen(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The clause quoted for an error message: whole when it is short, else
/// the characters around `at` and where they are in the clause's `len`
/// characters, so that an error on a long text stays short.
fn excerpt(text: &str, len: usize, at: usize) -> String {
    /// Clauses up to this many characters are quoted whole.
    const WHOLE: usize = 120;
    /// Characters quoted on each side of `at` in a longer clause.
    const SIDE: usize = 40;
    if len <= WHOLE {
        return format!("{text:?}");
    }
    let start = at.saturating_sub(SIDE).min(len);
    let end = at.saturating_add(SIDE).min(len);
    let part: String = text.chars().skip(start).take(end - start).collect();
    format!(
        "{}{part:?}{} (characters {start} to {end} of {len})",
        if start > 0 { "…" } else { "" },
        if end < len { "…" } else { "" },
    )
}

/// Takes out of `chars` (the normalized characters of `text`, one for
/// one) each line break that wraps a word or a number of Chinese text,
/// with the blanks around it: between two Chinese characters (增\n长,
/// 69957万\n人), and inside a decimal or before its percent sign (377\n.4,
/// 16.\n2, 5\n%). Chinese puts no space between words, so such a break is
/// the page's, not the writer's. Returns whether it took any out; then
/// `orig` holds where each kept character was, and the old length at the
/// end.
fn join_wrapped(text: &str, chars: &mut Vec<char>, orig: &mut Vec<usize>) -> bool {
    // The breaks are spaces in `chars`: look for them in the text.
    let raw: Vec<char> = text.chars().collect();
    let n = raw.len();
    let blank = |c: char| matches!(c, ' ' | '\t' | '\r' | '\u{3000}');
    let han = |c: char| crate::text::is_cjk(c) || c == '〇';
    let digit = |c: char| normalize(c).is_ascii_digit();
    let point = |c: char| matches!(normalize(c), '.');
    let at = |k: usize| raw.get(k).copied().unwrap_or(' ');
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        if raw[i] != '\n' {
            i += 1;
            continue;
        }
        let mut a = i;
        while a > 0 && blank(raw[a - 1]) {
            a -= 1;
        }
        let mut b = i + 1;
        while b < n && blank(raw[b]) {
            b += 1;
        }
        if a > 0 && b < n {
            let (before, after) = (raw[a - 1], raw[b]);
            let wraps = (han(before) && han(after))
                || (digit(before) && point(after) && digit(at(b + 1)))
                || (point(before) && a >= 2 && digit(at(a - 2)) && digit(after))
                || (digit(before) && matches!(normalize(after), '%'));
            if wraps {
                runs.push((a, b));
            }
        }
        i = b;
    }
    if runs.is_empty() {
        return false;
    }
    let mut kept = 0;
    let mut from = 0;
    for (a, b) in runs.into_iter().chain(std::iter::once((n, n))) {
        for k in from..a {
            chars[kept] = chars[k];
            orig.push(k);
            kept += 1;
        }
        from = b;
    }
    chars.truncate(kept);
    orig.push(n);
    true
}

/// One-to-one normalization: full-width ASCII to ASCII, other spaces and
/// invisible separators to a space, traditional 萬 億 兩 to 万 亿 两,
/// dashes to `-`, ratio colons to `:`.
fn normalize(c: char) -> char {
    // Full-width ASCII: one range, rarely met, so the branch is foreseen.
    if (c as u32).wrapping_sub(0xFF01) <= 0xFF5E - 0xFF01 {
        return char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
    }
    NORMAL.map(c)
}

/// The rest of [`normalize`]: characters that become others. Spaces of
/// every width, line breaks (a clause runs on across the lines a PDF or a
/// web page wraps it into: "institution of 88,966\ncases"), and the
/// invisible characters that text copied from web
/// pages carries between digits and words (zero-width space and joiners,
/// the word joiner, a byte-order mark), are a space. Every hyphen and dash
/// (the non-breaking hyphen of "2015‑16" as word processors write it, the
/// figure dash, the minus sign) is `-`; the ratio colons of Chinese text
/// (︰ and ∶, as in 11.8︰48.3︰39.9) are `:`. The traditional forms of the
/// characters the readers look for (萬, 億, 增長, 噸, 戶, 連續, 創歷史新高,
/// 個百分點, 精簡, 壓縮, 邁過) are their simplified forms, one character for one, so that a
/// report in traditional characters reads as one in simplified.
static NORMAL: CharMap<87> = CharMap::new([
    ('\u{3000}', ' '),
    ('\n', ' '),
    ('\r', ' '),
    ('\t', ' '),
    ('\u{00A0}', ' '),
    ('\u{2009}', ' '),
    ('\u{202F}', ' '),
    ('\u{2007}', ' '),
    ('\u{200B}', ' '),
    ('\u{200C}', ' '),
    ('\u{200D}', ' '),
    ('\u{2060}', ' '),
    ('\u{FEFF}', ' '),
    ('萬', '万'),
    ('億', '亿'),
    ('兩', '两'),
    ('長', '长'),
    ('漲', '涨'),
    ('減', '减'),
    ('噸', '吨'),
    ('戶', '户'),
    ('畝', '亩'),
    ('頃', '顷'),
    ('續', '续'),
    ('連', '连'),
    ('創', '创'),
    ('歷', '历'),
    ('個', '个'),
    ('項', '项'),
    ('點', '点'),
    ('別', '别'),
    ('較', '较'),
    ('產', '产'),
    ('額', '额'),
    ('幣', '币'),
    ('擴', '扩'),
    ('縮', '缩'),
    ('簡', '简'),
    ('壓', '压'),
    ('邁', '迈'),
    ('與', '与'),
    ('實', '实'),
    ('達', '达'),
    ('調', '调'),
    ('於', '于'),
    ('門', '门'),
    ('計', '计'),
    ('約', '约'),
    ('餘', '余'),
    ('過', '过'),
    ('將', '将'),
    ('臺', '台'),
    ('獲', '获'),
    ('處', '处'),
    ('辦', '办'),
    ('負', '负'),
    ('審', '审'),
    ('訴', '诉'),
    ('偵', '侦'),
    ('結', '结'),
    ('績', '绩'),
    ('紀', '纪'),
    ('錄', '录'),
    ('強', '强'),
    ('歐', '欧'),
    ('鎊', '镑'),
    ('韓', '韩'),
    ('盧', '卢'),
    ('圓', '圆'),
    ('區', '区'),
    ('縣', '县'),
    ('總', '总'),
    ('見', '见'),
    ('詳', '详'),
    ('圖', '图'),
    ('屆', '届'),
    ('國', '国'),
    ('–', '-'),
    ('—', '-'),
    ('−', '-'),
    ('\u{2010}', '-'),
    ('\u{2011}', '-'),
    ('\u{2012}', '-'),
    ('\u{2015}', '-'),
    ('\u{FE63}', '-'),
    ('\u{FE30}', ':'),
    ('\u{2236}', ':'),
]);

/// The value of a vulgar fraction character, and whether it is inexact.
/// Whether `c` is in the blocks of vulgar fractions (a quick look before
/// [`vulgar`]).
fn in_vulgar_blocks(c: char) -> bool {
    matches!(c, '\u{BC}'..='\u{BE}' | '\u{2150}'..='\u{215E}')
}

fn vulgar(c: char) -> Option<(Decimal, bool)> {
    if !in_vulgar_blocks(c) {
        return None;
    }
    let (n, d) = match c {
        '½' => (1, 2),
        '¼' => (1, 4),
        '¾' => (3, 4),
        '⅓' => (1, 3),
        '⅔' => (2, 3),
        '⅕' => (1, 5),
        '⅛' => (1, 8),
        '⅜' => (3, 8),
        '⅝' => (5, 8),
        '⅞' => (7, 8),
        _ => return None,
    };
    let v = Decimal::from(n) / Decimal::from(d);
    let inexact = !crate::decimal::quotient_is_exact(v, Decimal::from(n), Decimal::from(d));
    Some((v.normalize(), inexact))
}

fn is_year(v: Decimal) -> bool {
    v.scale() == 0 && whole(v).is_some_and(|y| (1900..=2100).contains(&y))
}

/// The value as a whole number when it is one and not negative (3, 3.0),
/// without a comparison of decimals, which the checks of every candidate
/// would otherwise pay for many times over.
#[inline]
fn whole(v: Decimal) -> Option<u64> {
    let m = v.mantissa();
    if m < 0 {
        return None;
    }
    // Most numbers are written with no point: no division.
    if v.scale() == 0 {
        return u64::try_from(m).ok();
    }
    let p = 10_i128.checked_pow(v.scale())?;
    if m % p != 0 {
        return None;
    }
    u64::try_from(m / p).ok()
}

/// Where a reading error points, for ordering it among figures.
fn error_at(e: &Error) -> usize {
    match e {
        Error::Text { at, .. } => *at,
        _ => 0,
    }
}

/// Whether an English word is a scale word the reader multiplies by.
fn is_scale_word(w: &str) -> bool {
    matches!(
        w,
        "thousand"
            | "million"
            | "billion"
            | "trillion"
            | "bn"
            | "mn"
            | "lakh"
            | "lakhs"
            | "crore"
            | "crores"
    )
}

/// `v` × 100 with the digits as written: the point moves two places, so
/// that the precision step moves with it (1.5 is 150 with step 10).
fn times_hundred(v: Decimal) -> Option<Decimal> {
    let scale = v.scale();
    if scale >= 2 {
        return Some(Decimal::from_i128_with_scale(v.mantissa(), scale - 2));
    }
    let factor = if scale == 1 { 10 } else { 100 };
    let m = v.mantissa().checked_mul(factor)?;
    Decimal::try_from_i128_with_scale(m, 0).ok()
}

/// `value` written in `from` rewritten in `to` (a range's high end in the
/// low end's magnitude): exact or `None`.
fn rescale(value: Decimal, from: Magnitude, to: Magnitude) -> Option<Decimal> {
    let expanded = value.checked_mul(from.factor())?;
    expanded.checked_div(to.factor()).map(|v| v.normalize())
}

/// 二十万亿 read whole is 2 × 10¹³; written as 20 with magnitude 万亿 it
/// keeps its precision as stated.
fn split_trailing_magnitude(run: &[char], value: Decimal) -> (Decimal, Magnitude) {
    let (m, len) = match run {
        [.., '万', '亿'] => (Magnitude::WanYi, 2),
        [.., '亿'] => (Magnitude::Yi, 1),
        [.., '万'] => (Magnitude::Wan, 1),
        _ => return (value, Magnitude::One),
    };
    let head = &run[..run.len() - len];
    if head.is_empty() || head.iter().any(|&c| matches!(c, '万' | '亿')) {
        return (value, Magnitude::One);
    }
    match chinese_number(&head.iter().collect::<String>()) {
        Ok(v) => (v, m),
        Err(_) => (value, Magnitude::One),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_read_from_any_scale() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(whole(d("31")), Some(31));
        assert_eq!(whole(d("31.00")), Some(31));
        assert_eq!(whole(d("1.0")), Some(1));
        assert_eq!(whole(d("0")), Some(0));
        assert_eq!(whole(d("31.5")), None);
        assert_eq!(whole(d("0.001")), None);
        assert_eq!(whole(d("-3")), None);
        assert_eq!(whole(d("79228162514264337593543950335")), None);
        assert!(is_year(d("1900")) && is_year(d("2100")));
        assert!(!is_year(d("1899")) && !is_year(d("2101")) && !is_year(d("2024.0")));
    }
}
