//! Reading one clause that states one figure, in English or Chinese.
//!
//! The reader works on the clause's characters after a one-to-one
//! normalization (full-width digits and punctuation to ASCII, traditional
//! 萬 億 兩 to 万 亿 两), so that every position it reports is a position in
//! the text as given. It finds every number in the clause, sets aside
//! years, fiscal years, ordinals, parts of names and per-capita bases, and
//! reads the best remaining candidate with the words around it: magnitude,
//! unit, qualifier, range end, change, rank, record or streak.

use std::cell::Cell;
use std::num::NonZeroU32;

use rust_decimal::Decimal;

use super::Lang;
use super::lexicon::{self as lx, Dir, NumberWord};
use super::numerals::{chinese_number, english_number};
use super::scan;
use super::words::{self, CharMap, Keyed, WordMap};
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
    /// for counted units, a rate for shares, an amount for anything else
    /// (the text cannot tell a ratio from an amount).
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::StatisticKind;
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
        match self.quantity.as_ref().map(|q| q.unit().dimension()) {
            Some(Dimension::Count) => StatisticKind::Count,
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
/// (`5千万亿`, "thousand crore").
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
    let mut buffers = BUFFERS.with(Cell::take).unwrap_or_default();
    let mut cands = std::mem::take(&mut buffers.cands);
    let clause = Clause::new(text, lang, buffers);
    let reading = clause.read(&mut cands);
    let buffers = clause.into_buffers(cands);
    BUFFERS.with(|b| b.set(buffers));
    reading
}

/// Every figure of a clause, in order: what [`parse`] reads, and the other
/// figures beside it ("134.9万亿元，增长5%" has two; so has "exports rose
/// 7.1% to $3.58 trillion", a change and the level it reached). A figure
/// the reader refuses is an error in its place, and reading goes on with
/// the next. The document reader reads a run of clauses joined by 、 as
/// one, so that an enumeration (分别增长8.9%、7.7%) shares its words.
pub(crate) fn parse_all(text: &str, lang: Option<Lang>) -> Vec<Result<Reading>> {
    let mut buffers = BUFFERS.with(Cell::take).unwrap_or_default();
    let mut cands = std::mem::take(&mut buffers.cands);
    let clause = Clause::new(text, lang, buffers);
    let readings = clause.read_all(&mut cands);
    let buffers = clause.into_buffers(cands);
    BUFFERS.with(|b| b.set(buffers));
    readings
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
    cands: Vec<Cand>,
    bits: scan::Bits,
    offsets: Vec<usize>,
}

impl Buffers {
    const KEEP: usize = 4096;
}

thread_local! {
    static BUFFERS: Cell<Option<Buffers>> = const { Cell::new(None) };
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
    /// The basis phrases of the clause by where they end, each with the
    /// strongest basis named up to there; found on first use.
    bases: std::cell::OnceCell<Vec<(usize, Basis)>>,
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
}

impl Says {
    fn note(&mut self, word: Keyed<'_>) {
        static SAYS: WordMap<Says, 9> = WordMap::new([
            ("no", Says::NO),
            ("row", Says::STREAK),
            ("consecutive", Says::STREAK),
            ("year", Says::BASIS),
            ("than", Says::BASIS),
            ("previous", Says::BASIS),
            ("projection", Says::BASIS),
            ("year-on-year", Says::BASIS),
            ("", Says::NOTHING),
        ]);
        if let Some(says) = SAYS.get(word) {
            self.streak |= says.streak;
            self.basis |= says.basis;
            self.no |= says.no;
        }
    }

    const NOTHING: Says = Says {
        streak: false,
        basis: false,
        no: false,
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
    end: usize,
}

impl<'a> Clause<'a> {
    fn new(text: &'a str, lang: Option<Lang>, buffers: Buffers) -> Clause<'a> {
        let Buffers {
            mut chars,
            mut words,
            mut lower,
            mut bits,
            mut offsets,
            ..
        } = buffers;
        chars.clear();
        words.clear();
        lower.clear();
        let ascii = text.is_ascii();
        if ascii {
            // Nothing to decode or normalize.
            chars.extend(text.bytes().map(char::from));
        } else {
            // The normalized text, ASCII letters lowercased, and where each
            // character starts in it.
            offsets.clear();
            for c in text.chars() {
                let c = normalize(c);
                offsets.push(lower.len());
                chars.push(c);
                lower.push(c.to_ascii_lowercase());
            }
            offsets.push(lower.len());
        }
        let lang = lang.unwrap_or_else(|| if ascii { Lang::En } else { Lang::detect(text) });
        let n = chars.len();
        // For ASCII text the lowercase copy is the text lowercased, and a
        // word's bytes are its characters; otherwise `offsets` maps one to
        // the other.
        if ascii {
            lower.push_str(text);
            lower.make_ascii_lowercase();
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
            says.note(Keyed {
                text: lower.get(t.byte_start..t.byte_end).unwrap_or(""),
                key: t.key,
            });
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
            bases: std::cell::OnceCell::new(),
        }
    }

    /// The buffers, for the next clause; none when a long text grew them.
    fn into_buffers(self, cands: Vec<Cand>) -> Option<Buffers> {
        let Clause {
            chars,
            words,
            lower,
            bits,
            offsets,
            ..
        } = self;
        (chars.capacity() <= Buffers::KEEP && lower.capacity() <= Buffers::KEEP).then_some(
            Buffers {
                chars,
                words,
                lower,
                cands,
                bits,
                offsets,
            },
        )
    }

    fn word_text(&self, t: &Token) -> &str {
        self.lower.get(t.byte_start..t.byte_end).unwrap_or("")
    }

    fn keyed(&self, t: &Token) -> Keyed<'_> {
        Keyed {
            text: self.word_text(t),
            key: t.key,
        }
    }

    fn err(&self, at: usize, what: &str) -> Error {
        Error::Text {
            message: format!(
                "cannot read {}: {what}",
                excerpt(self.text, self.chars.len(), at)
            ),
            at,
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

    /// The English word ending just before `i` (spaces skipped): its start
    /// and its lowercase text.
    fn word_before(&self, i: usize) -> Option<(usize, Word<'_>)> {
        let end = self.back_spaces(i);
        let t = &self.words[self.words.binary_search_by_key(&end, |t| t.end).ok()?];
        Some((t.start, Word::borrowed(self.word_text(t), t.key)))
    }

    /// The English word starting at `i` (spaces skipped): its end and its
    /// lowercase text.
    fn word_after(&self, i: usize) -> Option<(usize, Word<'_>)> {
        let start = self.skip_spaces(i);
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

    fn read(&self, out: &mut Vec<Cand>) -> Result<Reading> {
        let all = self.read_all(out);
        if let Some(first) = all.into_iter().next() {
            return first;
        }
        if let Some(vague) = out.iter().find(|c| c.vague) {
            let words: String = self.chars[vague.start..vague.end].iter().collect();
            return Err(self.err(
                vague.start,
                &format!("a vague number ({words}) states no value to read"),
            ));
        }
        self.no_number(true)?
            .ok_or_else(|| self.err(self.chars.len(), "no figure in the clause"))
    }

    /// Every figure of the clause; see [`parse_all`].
    fn read_all(&self, out: &mut Vec<Cand>) -> Vec<Result<Reading>> {
        if let Err(e) = self.candidates(out) {
            return vec![Err(e)];
        }
        let cands: &[Cand] = out;
        // A streak, rank or record is the clause's one figure.
        match self.streak(cands) {
            Ok(Some(r)) => return vec![Ok(r)],
            Err(e) => return vec![Err(e)],
            Ok(None) => {}
        }
        if let Some(r) = self.rank(cands) {
            return vec![Ok(r)];
        }
        match self.record(cands) {
            Ok(Some(r)) => return vec![Ok(r)],
            Err(e) => return vec![Err(e)],
            Ok(None) => {}
        }
        let mut readings = Vec::new();
        // Candidates read as part of another figure: a range's high end, the
        // two figures of a change of level.
        let mut used = vec![false; cands.len()];
        match self.level_change(cands) {
            Ok(Some(r)) => {
                // The two figures: the one before the level reached, and it.
                let reached = cands.iter().position(|c| self.sign_start(c) == r.span.0);
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
        for (k, cand) in cands.iter().enumerate() {
            if used[k] || !cand.eligible() {
                continue;
            }
            used[k] = true;
            let read = match self.read_figure(cand, cands) {
                Ok(read) => read,
                Err(e) => {
                    readings.push((error_at(&e), Err(e)));
                    continue;
                }
            };
            // A range's high end is read with it.
            if read
                .quantity
                .as_ref()
                .is_some_and(|q| q.qualifier() == Qualifier::Range)
                && let Some(next) = cands[k + 1..].iter().position(Cand::eligible)
            {
                used[k + 1 + next] = true;
            }
            // "drop below 31 per cent ... - down from 35 per cent": the level
            // the figure before started from, not a figure of its own.
            if let Some(dir) = self.up_or_down_from(cand)
                && let Some(q) = &read.quantity
                && let Some((_, Ok(previous))) = readings.last_mut()
                && previous.from.is_none()
                && previous
                    .quantity
                    .as_ref()
                    .is_some_and(|p| p.unit().dimension() == q.unit().dimension())
            {
                previous.from = Some(q.clone());
                if previous.change.is_none() {
                    previous.change =
                        Some(self.change_of(dir, Basis::Unstated, previous.quantity.as_ref()));
                }
                continue;
            }
            let mut change = read
                .direction
                .map(|d| self.change_of(d, read.basis, read.quantity.as_ref()));
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
                change = Some(previous);
            }
            last_direction = Some((read.end, change));
            let start = self.words_start(cand, change.is_some());
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
                }),
            ));
        }
        if readings.is_empty() {
            return match self.no_number(false) {
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
                    vec![Ok(r)]
                }
                // A clause with no figure has none to list.
                _ => Vec::new(),
            };
        }
        readings.sort_by_key(|(at, _)| *at);
        readings.into_iter().map(|(_, r)| r).collect()
    }

    /// The direction of "up from" or "down from" right before the figure of
    /// `cand` ("31 per cent, down from 35 per cent"), in English.
    fn up_or_down_from(&self, cand: &Cand) -> Option<Dir> {
        if self.lang != Lang::En {
            return None;
        }
        let (from_start, from) = self.word_before(self.figure_start(cand))?;
        if from != "from" {
            return None;
        }
        match self.word_before(from_start)?.1.as_str() {
            "up" => Some(Dir::Up),
            "down" => Some(Dir::Down),
            _ => None,
        }
    }

    /// Where a figure's own words start: its qualifier, money sign or
    /// minus sign, and for a change the word of change right before them
    /// ("增长5%", "more than 5.35 million people", "up 5.2 per cent", "grew
    /// by 5.2 per cent").
    fn words_start(&self, cand: &Cand, change: bool) -> usize {
        let figure = self.figure_start(cand);
        let qualified = match self.lang {
            Lang::Zh => {
                let j = self.back_spaces(figure);
                lx::ZH_QUALIFIERS_BEFORE
                    .iter()
                    .find_map(|(word, _)| self.ends_at(j, word))
                    .map_or(figure, |len| j - len)
            }
            Lang::En => {
                let q = self.qualifier_span_en(figure).1;
                // "between 4.5 and 5 percent": the range's own word.
                match self.word_before(q) {
                    Some((ws, w)) if w == "between" => ws,
                    _ => q,
                }
            }
        };
        if !change {
            return qualified;
        }
        match self.lang {
            Lang::Zh => {
                let j = self.back_spaces(qualified);
                let j = if j > 0 && self.chars[j - 1] == '了' {
                    j - 1
                } else {
                    j
                };
                lx::ZH_CHANGE
                    .iter()
                    .find_map(|(word, _)| self.ends_at(j, word))
                    .map_or(qualified, |len| j - len)
            }
            Lang::En => {
                let Some((ws, w)) = self.word_before(qualified) else {
                    return qualified;
                };
                if lx::en_change_before(&w).is_some() {
                    return ws;
                }
                if w == "by"
                    && let Some((vs, v)) = self.word_before(ws)
                    && lx::en_change_before(&v).is_some()
                {
                    return vs;
                }
                qualified
            }
        }
    }

    /// Whether only an enumeration mark (、，, "and", 和, 及) and spaces lie
    /// between `end` and `start`.
    fn listed_after(&self, end: usize, start: usize) -> bool {
        if start < end {
            return false;
        }
        let between: String = self.chars[end..start].iter().collect();
        let between = between.trim();
        matches!(
            between,
            "、" | "," | "，" | "and" | "和" | "及" | "与" | ", and"
        )
    }

    /// Where the figure of `c` starts: a minus sign before its money sign,
    /// its money sign, else its minus sign, else its first digit.
    fn figure_start(&self, c: &Cand) -> usize {
        let s = self.sign_start(c);
        let start = self.currency_before(s).map_or(s, |(_, start)| start);
        if c.minus_before_sign {
            start - 1
        } else {
            start
        }
    }

    /// Whether an English verb of change governs the figure of `c`:
    /// "rose 7.1%", "grew by 5.2 per cent".
    fn governed_by_change(&self, c: &Cand) -> bool {
        self.lang == Lang::En
            && self
                .change_before_en(self.qualifier_span_en(self.figure_start(c)).1)
                .is_some()
    }

    /// Where the word `to` after the figure of `c` ends, when it follows
    /// the figure's unit, and where the next figure must start.
    fn to_after(&self, c: &Cand) -> Option<usize> {
        let k = self.skip_spaces(self.unit_end(c));
        (self.lang == Lang::En && self.has(k, "to")).then(|| self.skip_spaces(k + 2))
    }

    /// The figure governed by a verb of change that stands before "to" and
    /// `cand`: the change of "rose 7.1% to $3.58 trillion".
    fn change_before_to<'c>(&self, cand: &Cand, cands: &'c [Cand]) -> Option<&'c Cand> {
        // The candidates are in order of position: those before are a prefix.
        let before = cands[..cands.partition_point(|c| c.end <= cand.start)]
            .iter()
            .rev()
            .find(|c| c.eligible())?;
        (self.to_after(before) == Some(self.figure_start(cand)) && self.governed_by_change(before))
            .then_some(before)
    }

    /// A change of level, from one figure to another: "rose from 58 to
    /// 87", "fell from 87 to 58 cases", 由58万户增加到87万户, 从5.2%提高到5.5%.
    /// The reading is the level reached, with the direction of the verb
    /// and the level it started from; the first takes the unit and
    /// magnitude of the second where it has none. A verb whose direction
    /// the two figures contradict ("rose from 87 to 58") is refused.
    fn level_change(&self, cands: &[Cand]) -> Result<Option<Reading>> {
        for (k, x) in cands.iter().enumerate().filter(|(_, c)| c.eligible()) {
            let start = self.figure_start(x);
            let Some(y) = cands[k + 1..].iter().find(|c| c.eligible()) else {
                break;
            };
            let dir = match self.lang {
                Lang::En => {
                    let Some((ws, w)) = self.word_before(start) else {
                        continue;
                    };
                    if w != "from" || self.to_after(x) != Some(self.figure_start(y)) {
                        continue;
                    }
                    self.change_before_en(ws)
                }
                Lang::Zh => {
                    let before = self.back_spaces(start);
                    if self.ends_at(before, "由").is_none() && self.ends_at(before, "从").is_none()
                    {
                        continue;
                    }
                    let mut j = self.skip_spaces(self.unit_end(x));
                    let Some((word, dir)) = lx::ZH_CHANGE.iter().find(|(w, _)| self.has(j, w))
                    else {
                        continue;
                    };
                    j += clen(word);
                    if self.at(j) == '了' {
                        j += 1;
                    }
                    if !matches!(self.at(j), '到' | '至')
                        || self.skip_spaces(j + 1) != self.figure_start(y)
                    {
                        continue;
                    }
                    Some(*dir)
                }
            };
            let Some(dir) = dir else {
                continue;
            };
            let reached = self.read_figure(y, cands)?;
            let Some(to) = reached.quantity else {
                continue;
            };
            let mut from = self.read_figure(x, cands)?.quantity;
            // "from 58 to 87 cases": the first takes the second's unit, and
            // its scale where that brings the two within a factor of ten of
            // each other ("from 5.2 to 5.5 million", but not "from 1001000
            // to 1 million").
            if let Some(f) = &from
                && *f.unit() == Unit::Items
                && f.qualifier() != Qualifier::Range
            {
                let near = |a: Decimal, b: Decimal| {
                    let (lo, hi) = (a.abs().min(b.abs()), a.abs().max(b.abs()));
                    lo.checked_mul(Decimal::TEN).is_some_and(|x| x >= hi)
                };
                let scaled = f.value().checked_mul(to.magnitude().factor());
                let magnitude = if f.magnitude() == Magnitude::One
                    && !near(f.value(), to.expanded())
                    && scaled.is_some_and(|v| near(v, to.expanded()))
                {
                    to.magnitude()
                } else {
                    f.magnitude()
                };
                from = Some(self.quantity(
                    x,
                    f.value(),
                    None,
                    magnitude,
                    to.unit().clone(),
                    f.qualifier(),
                )?);
            }
            let order = from.as_ref().and_then(|f| to.compare(f).ok());
            let contradicts = matches!(
                (dir, order),
                (
                    Dir::Up,
                    Some(crate::compare::Comparison::Less | crate::compare::Comparison::Equal)
                ) | (
                    Dir::Down,
                    Some(crate::compare::Comparison::Greater | crate::compare::Comparison::Equal)
                )
            );
            if contradicts {
                return Err(self.err(
                    start,
                    "a change of level whose figures go the other way from its verb",
                ));
            }
            return Ok(Some(Reading {
                change: Some(self.change_of(dir, Basis::Unstated, Some(&to))),
                quantity: Some(to),
                rank: None,
                record: None,
                streak: false,
                lang: self.lang,
                span: (self.sign_start(y), reached.end),
                from,
            }));
        }
        Ok(None)
    }

    /// A clause with no number can still state a change (负增长, 持平,
    /// "unchanged") or an all-time record (历史新高, "record high"), and,
    /// when `sizeless`, a change with no size (同比增长).
    fn no_number(&self, sizeless: bool) -> Result<Option<Reading>> {
        let reading = |change: Option<Change>, record: Option<Record>| Reading {
            quantity: None,
            change,
            rank: None,
            record,
            streak: false,
            lang: self.lang,
            span: (0, self.chars.len()),
            from: None,
        };
        let basis = self.basis(self.chars.len());
        // doubled, tripled, halved: relative changes in words.
        for (word, dir, size) in [
            ("doubled", Dir::Up, 100),
            ("tripled", Dir::Up, 200),
            ("quadrupled", Dir::Up, 300),
            ("halved", Dir::Down, 50),
        ] {
            if let Some(i) = (0..self.chars.len()).find(|&i| {
                self.has(i, word) && (i == 0 || !self.chars[i - 1].is_ascii_alphabetic())
            }) {
                let qualifier = self.qualifier_before_en(i);
                let q = Quantity::new(
                    Decimal::from(size),
                    Magnitude::One,
                    Unit::Percent,
                    qualifier,
                )
                .map_err(|_| self.err(i, "a multiple that cannot be read"))?;
                let mut r = reading(Some(self.change_of(dir, basis, Some(&q))), None);
                r.quantity = Some(q);
                r.span = (i, i + word.len());
                return Ok(Some(r));
            }
        }
        for (i, c) in self.chars.iter().enumerate() {
            // The first letters of the phrases below: most characters start
            // none of them.
            if !matches!(
                c.to_ascii_lowercase(),
                '负' | 'n' | '持' | 'u' | '历' | 'r' | 'a'
            ) {
                continue;
            }
            if self.has_any(i, &["负增长", "negative growth"]).is_some() {
                let change = Change {
                    direction: crate::Direction::Down,
                    basis,
                    mode: ChangeMode::Relative,
                };
                return Ok(Some(reading(Some(change), None)));
            }
            // 持平 (level), but not 保持平稳 (keeping steady).
            if self.has_any(i, &["持平", "unchanged"]).is_some()
                && !(i > 0 && self.chars[i - 1] == '保')
            {
                let change = Change {
                    direction: crate::Direction::Flat,
                    basis,
                    mode: ChangeMode::Relative,
                };
                return Ok(Some(reading(Some(change), None)));
            }
            if let Some((w, _)) = self.has_any(i, lx::RECORD_NO_WINDOW) {
                let extreme = if lx::is_low(w) {
                    Extreme::Low
                } else {
                    Extreme::High
                };
                return Ok(Some(reading(None, Some(Record { extreme }))));
            }
        }
        // 同比增长, 同比下降: a change stated with no size, which a clause
        // read alone states; a document lists no such figure.
        if sizeless && !self.ascii {
            for i in 0..self.chars.len() {
                for (word, dir) in lx::ZH_CHANGE {
                    if word.len() > 3 && self.has(i, word) {
                        return Ok(Some(reading(Some(self.change_of(*dir, basis, None)), None)));
                    }
                }
            }
        }
        Ok(None)
    }

    /// Every number in the clause.
    fn candidates(&self, out: &mut Vec<Cand>) -> Result<()> {
        out.clear();
        if self.ascii {
            self.candidates_ascii(out)?;
        } else {
            self.candidates_any(out)?;
        }
        self.check_adjacent(out)?;
        self.set_aside_names_and_periods(out);
        Ok(())
    }

    /// Sets aside the numbers that say when or which, not how much: clock
    /// times (1:01 pm, 12.31 pm), dates ("25 June", "March 31"), list and
    /// paragraph numbers that open a clause ("270.", "(11)"), numbered names
    /// ("Bill (No. 1)", "Section No. 22"), the second year of a span the
    /// text wrote with spaces ("2018 -2019"), and periods: durations after a
    /// word of time ("in 15 years", "over the next five years", 过去五年,
    /// 今后三年) or before one (五年来, 三年内, 三年行动). A streak ("for 10
    /// consecutive years", 连续23年) is no period.
    fn set_aside_names_and_periods(&self, cands: &mut [Cand]) {
        // Nouns a number after which names a part of a document, or a
        // thing it numbers, not how many.
        const PARTS: &[&str] = &[
            "section",
            "sections",
            "article",
            "articles",
            "part",
            "chapter",
            "chapters",
            "paragraph",
            "paragraphs",
            "para",
            "paras",
            "schedule",
            "clause",
            "clauses",
            "subsection",
            "table",
            "tables",
            "figure",
            "chart",
            "annex",
            "appendix",
            "box",
            "page",
            "pages",
            "item",
            "rule",
            "regulation",
            "phase",
            "volume",
        ];
        for cand in cands.iter_mut() {
            let c = &*cand;
            if c.excluded || c.vague {
                continue;
            }
            let before = self
                .word_before(self.figure_start(c))
                .map(|(s, w)| (s, w.to_string()));
            let after = self.word_after(c.end).map(|(e, w)| (e, w.to_string()));
            let word_before = before.as_ref().map_or("", |(_, w)| w.as_str());
            let word_after = after.as_ref().map_or("", |(_, w)| w.as_str());
            // 1:01 pm, 10:30.
            let time = self.at(c.end) == ':'
                && self.at(c.end + 1).is_ascii_digit()
                && self.at(c.end + 2).is_ascii_digit()
                && !self.at(c.end + 3).is_ascii_digit()
                || matches!(word_after, "am" | "pm" | "a" | "p")
                    && (word_after.len() == 2
                        || self.has(self.skip_spaces(c.end), &format!("{word_after}.m")));
            let after_colon = c.start >= 3
                && self.chars[c.start - 1] == ':'
                && self.chars[c.start - 2].is_ascii_digit();
            let date = c.value.scale() == 0
                && c.value > Decimal::ZERO
                && c.value <= Decimal::from(31)
                && (lx::MONTHS.contains(&word_after) || lx::MONTHS.contains(&word_before));
            let date = date || self.is_chinese_date(c);
            // 二〇二四年: a year written digit by digit.
            let zh_year = c.words
                && is_year(c.value)
                && self.at(c.end) == '年'
                && self.chars[c.start..c.end]
                    .iter()
                    .all(|&d| crate::text::chinese_digit(d).is_some());
            // A note's number: 战略定位[1], R&D[3].
            let note = c.value.scale() == 0
                && !c.words
                && c.start >= 2
                && matches!(self.chars[c.start - 1], '[' | '［' | '〔')
                && !self.chars[c.start - 2].is_whitespace()
                && matches!(self.at(c.end), ']' | '］' | '〕');
            // "270." or "(11)" opening a clause.
            let opens = {
                let mut j = self.figure_start(c);
                while j > 0 && matches!(self.chars[j - 1], ' ' | '(' | '（' | '[' | '\n') {
                    j -= 1;
                }
                j == 0
            };
            let list = opens
                && c.value.scale() == 0
                && (matches!(self.at(c.end), ')' | '）' | '、')
                    || self.at(c.end) == '.' && !self.at(c.end + 1).is_ascii_digit());
            let named = self.says.no
                && (self.has(c.start.saturating_sub(4), "no. ")
                    || self.has(c.start.saturating_sub(3), "no."))
                && !self.text_window(c.start, 24).contains("rank");
            // "section 22", "Article 5", "paragraph 12", "Table 4": the
            // number of a part of a document, or of a thing it names.
            let part = c.value.scale() == 0
                && !c.words
                && PARTS.contains(&word_before)
                && self.scale_en(c.end).is_none()
                // "the figure 5 percent": a unit makes it a figure again.
                && !matches!(self.unit_en(c.end), Some((u, _)) if !matches!(u, Unit::Other(_) | Unit::Items));
            let spaced_span = c.minus && is_year(c.value) && {
                let j = self.back_spaces(c.start - 1);
                j >= 4 && self.chars[j - 4..j].iter().all(char::is_ascii_digit)
            };
            let period = !self.says.streak && self.is_period(c, word_before, word_after);
            // "10-year gilt rates", "a five-year plan": a term, unless a
            // record's window ("a 10-year low").
            let term = ["-year", "-month", "-day", "-week"]
                .iter()
                .any(|w| self.has(c.end, w))
                && !self.text_window_after(c.end, 16).contains(" low")
                && !self.text_window_after(c.end, 16).contains(" high");
            // "Budget 2012 speech", "China's 2025 deficit ratio": four
            // digits that could be a year, before a noun that is no unit of
            // measure, are the year.
            let year_before_noun = self.lang == Lang::En
                && !c.words
                && !c.minus
                && c.end - c.start == 4
                && is_year(c.value)
                && self.currency_before(c.start).is_none()
                && self.scale_en(c.end).is_none()
                && matches!(self.unit_en(c.end), Some((Unit::Other(_), _)));
            // "one of the largest", "one type of asset for another", "on
            // one hand": the word one as an article, not a count.
            let one_as_article = c.words
                && c.value == Decimal::ONE
                && self.word_after(c.start).is_some_and(|(_, w)| w == "one")
                && (matches!(
                    word_after,
                    "of" | "type"
                        | "kind"
                        | "sort"
                        | "form"
                        | "way"
                        | "side"
                        | "hand"
                        | "another"
                        | "thing"
                        | "such"
                ) || matches!(
                    word_before,
                    "on" | "no" | "any" | "every" | "each" | "which"
                ));
            // 比2020增长3%, 较2019年下降: four digits after 比 or 较 name the
            // period compared with (a year, whatever its number), when a
            // word of change or 年 follows.
            let basis_year = self.lang == Lang::Zh
                && !c.words
                && c.end - c.start == 4
                && c.value.scale() == 0
                && {
                    let j = self.back_spaces(c.start);
                    j > 0 && matches!(self.chars[j - 1], '比' | '较')
                }
                && {
                    let k = self.skip_spaces(c.end);
                    self.at(k) == '年' || lx::ZH_CHANGE.iter().any(|(w, _)| self.has(k, w))
                };
            if time
                || after_colon
                || basis_year
                || year_before_noun
                || note
                || one_as_article
                || date
                || zh_year
                || list
                || named
                || part
                || spaced_span
                || period
                || term
            {
                cand.excluded = true;
            }
        }
    }

    /// Whether the whole number `c` is a month or a day of a Chinese date:
    /// 3月, 3月份, 3月5日, 5号 after a month, and the first month of a span
    /// of months (1—9月, 1至10月).
    fn is_chinese_date(&self, c: &Cand) -> bool {
        if c.value.scale() != 0 || c.value <= Decimal::ZERO {
            return false;
        }
        let end = self.skip_spaces(c.end);
        let month = c.value <= Decimal::from(12);
        if month && self.at(end) == '月' {
            return true;
        }
        // A day: after a month (3月5日), and no more than 31.
        let day = c.value <= Decimal::from(31) && matches!(self.at(end), '日' | '号') && {
            let j = self.back_spaces(self.figure_start(c));
            j > 0 && self.chars[j - 1] == '月'
        };
        if day {
            return true;
        }
        // 1—9月: the first month of a span.
        month
            && matches!(
                self.at(end),
                '—' | '–' | '-' | '－' | '~' | '～' | '至' | '到'
            )
            && {
                let mut k = self.skip_spaces(end + 1);
                let from = k;
                while self.at(k).is_ascii_digit()
                    || crate::text::chinese_digit(self.at(k)).is_some()
                {
                    k += 1;
                }
                k > from && k - from <= 2 && self.at(self.skip_spaces(k)) == '月'
            }
    }

    /// Whether the number `c` counts the years, months or days of a period
    /// the text speaks of, not a figure: "in 15 years", "over the next five
    /// years", "six months ago"; 过去五年, 今后三年, 五年来, 三年内, 三年行动.
    fn is_period(&self, c: &Cand, word_before: &str, word_after: &str) -> bool {
        match self.lang {
            Lang::En => {
                let duration = matches!(
                    word_after,
                    "year"
                        | "years"
                        | "month"
                        | "months"
                        | "day"
                        | "days"
                        | "week"
                        | "weeks"
                        | "decade"
                        | "decades"
                );
                duration
                    && (matches!(
                        word_before,
                        "in" | "over"
                            | "within"
                            | "next"
                            | "past"
                            | "last"
                            | "coming"
                            | "first"
                            | "after"
                            | "before"
                            | "since"
                            | "for"
                            | "the"
                            | "recent"
                            | "previous"
                            | "following"
                            | "these"
                            | "those"
                            | "every"
                            | "each"
                    )
                        // "two years ago", "five years earlier".
                        || self
                            .word_after(c.end)
                            .and_then(|(e, _)| self.word_after(e))
                            .is_some_and(|(_, w)| {
                                matches!(w.as_str(), "ago" | "earlier" | "later" | "before")
                            }))
            }
            Lang::Zh => {
                // The word of time after the number: 年, 个月, 天, 周.
                let len = if matches!(self.at(c.end), '年' | '天' | '周') {
                    1
                } else if self.has(c.end, "个月") {
                    2
                } else {
                    return false;
                };
                // 创10年来新低: a record's window, not a period.
                let tail: String = self.chars[(c.end + 1).min(self.chars.len())..]
                    .iter()
                    .take(4)
                    .collect();
                if self.has(c.end, "年来") && (tail.contains('低') || tail.contains('高')) {
                    return false;
                }
                let before = self.back_spaces(self.figure_start(c));
                let time_before = ["过去", "今后", "未来", "此后", "最近", "这", "前", "后"]
                    .iter()
                    .any(|w| self.ends_at(before, w).is_some());
                let time_after = [
                    "来", "以来", "间", "内", "中", "里", "后", "前", "行动", "计划", "规划",
                ]
                .iter()
                .any(|w| self.has(c.end + len, w));
                // 十年增加近70万亿元, 5年累计, 5年年均增长: the time over which
                // the figure after it changed.
                let over = c.value.scale() == 0
                    && !["从", "由", "到", "至"]
                        .iter()
                        .any(|w| self.ends_at(before, w).is_some())
                    && {
                        let k = self.skip_spaces(c.end + len);
                        ["累计", "年均", "共"].iter().any(|w| self.has(k, w))
                            || lx::ZH_CHANGE.iter().any(|(w, _)| self.has(k, w))
                    };
                // 的一年: "a year in which", a period.
                let a_year = c.value == Decimal::ONE && self.ends_at(before, "的").is_some();
                time_before || time_after || over || a_year
            }
        }
    }

    /// Where an Arabic number starts at `i` (a digit, or a point before
    /// one: `.5`).
    fn arabic_starts(&self, i: usize) -> bool {
        let c = self.at(i);
        c.is_ascii_digit()
            || (c == '.'
                && self.at(i + 1).is_ascii_digit()
                && !self.at(i.wrapping_sub(1)).is_ascii_digit())
    }

    /// The number an English word starts, if any, and where reading goes
    /// on.
    fn word_cand(&self, t: &Token) -> Result<(Option<Cand>, usize)> {
        let Some(what) = self.number_like(t) else {
            return Ok((None, t.end));
        };
        Ok(match self.english(t, what)? {
            Some(cand) => {
                let end = cand.end;
                (Some(cand), end)
            }
            None => (None, t.end),
        })
    }

    /// The numbers of an ASCII clause: its words and digits are known from
    /// [`scan::Bits`], and nothing else can start a number.
    fn candidates_ascii(&self, out: &mut Vec<Cand>) -> Result<()> {
        let words = &self.words[..];
        // The next word and the next digit at or after `i`.
        let mut k = 0;
        let mut i = 0;
        let mut digit = scan::next_one(&self.bits.digit, 0).unwrap_or(usize::MAX);
        loop {
            let word_start = words.get(k).map_or(usize::MAX, |t| t.start);
            if digit < word_start {
                // ".5": the point starts the number.
                let start = if digit > i && self.arabic_starts(digit - 1) {
                    digit - 1
                } else {
                    digit
                };
                let cand = self.arabic(start)?;
                i = cand.end.max(start + 1);
                out.push(cand);
            } else if let Some(t) = words.get(k) {
                k += 1;
                // Most words are no number: one look settles it.
                let Some(what) = self.number_like(t) else {
                    continue;
                };
                let Some(cand) = self.english(t, what)? else {
                    continue;
                };
                i = cand.end;
                out.push(cand);
            } else {
                return Ok(());
            }
            // Past what the number covered.
            while words.get(k).is_some_and(|t| t.start < i) {
                k += 1;
            }
            if digit < i {
                digit = scan::next_one(&self.bits.digit, i).unwrap_or(usize::MAX);
            }
        }
    }

    /// The numbers of any clause, one character at a time.
    fn candidates_any(&self, out: &mut Vec<Cand>) -> Result<()> {
        let n = self.chars.len();
        let mut i = 0;
        let mut next_word = 0;
        while i < n {
            let c = self.chars[i];
            if self.arabic_starts(i) {
                let cand = self.arabic(i)?;
                i = cand.end.max(i + 1);
                out.push(cand);
            } else if c.is_ascii_alphabetic() {
                // The words are in order: move the cursor up to here.
                while next_word < self.words.len() && self.words[next_word].end <= i {
                    next_word += 1;
                }
                match self.words.get(next_word) {
                    Some(t) if t.start == i => {
                        let (cand, end) = self.word_cand(t)?;
                        out.extend(cand);
                        i = end;
                    }
                    // Inside a hyphenated word, read from its start.
                    Some(t) if t.start < i => i = t.end,
                    _ => i += 1,
                }
            } else if c.is_ascii() {
                // Spaces and punctuation: nothing starts here.
                i += 1;
            } else if in_vulgar_blocks(c)
                && let Some(v) = vulgar(c)
            {
                out.push(Cand {
                    inexact: v.1,
                    fraction: true,
                    ..Cand::new(i, i + 1, v.0)
                });
                i += 1;
            } else if lx::is_chinese_numeral(c) {
                let end = self.chinese_run_end(i);
                // 27亿, 740多万: a magnitude of the number before.
                let after_digits = i > 0
                    && (self.chars[i - 1].is_ascii_digit()
                        || matches!(self.chars[i - 1], '多' | '余')
                            && i > 1
                            && self.chars[i - 2].is_ascii_digit());
                if after_digits {
                    i = end.max(i + 1);
                    continue;
                }
                if let Some(cand) = self.chinese(i, end)? {
                    out.push(cand);
                }
                i = end.max(i + 1);
            } else {
                i += 1;
            }
        }
        Ok(())
    }

    /// Two Arabic numbers with only a space between them (`1 8`) are a
    /// damaged figure, not two figures.
    fn check_adjacent(&self, cands: &[Cand]) -> Result<()> {
        for pair in cands.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            if !a.words
                && !b.words
                && b.start == a.end + 1
                && self.at(a.end) == ' '
                && !a.excluded
                && !b.excluded
            {
                return Err(self.err(b.start, "two numbers in a row with nothing between them"));
            }
        }
        Ok(())
    }

    /// An Arabic number at `i`: digits grouped by commas (in threes, or in
    /// the Indian way: 1,00,000 and 3,56,97,923) or by spaces in threes, a
    /// decimal part, a fraction `a/b`, a vulgar fraction after it (`3¾`),
    /// and a minus sign before it (`-6.8%`, `增长-6.8%`). Digits grouped in
    /// any other way (`1,0000`, `1,5 million`, `1.234.567`, `5..5`) are an
    /// error at the separator that breaks the grouping, never another
    /// number.
    fn arabic(&self, start: usize) -> Result<Cand> {
        let too_long = || self.err(start, "a number with more digits than a decimal holds (28)");
        // The digits accumulate into an exact mantissa; a Decimal holds 96
        // bits of it.
        let mut mantissa: u128 = 0;
        let mut push = |c: char| -> Result<()> {
            let d = u128::from(c.to_digit(10).unwrap_or(0));
            mantissa = mantissa
                .checked_mul(10)
                .and_then(|m| m.checked_add(d))
                .filter(|m| *m < 1 << 96)
                .ok_or_else(too_long)?;
            Ok(())
        };
        let mut i = start;
        while self.at(i).is_ascii_digit() {
            push(self.at(i))?;
            i += 1;
        }
        let groups_end = self.digit_groups(start, i)?;
        let separated = groups_end > i;
        for k in i..groups_end {
            if self.at(k).is_ascii_digit() {
                push(self.at(k))?;
            }
        }
        i = groups_end;
        let whole_len = (start..groups_end)
            .filter(|&k| self.at(k).is_ascii_digit())
            .count();
        let mut scale = 0_u32;
        if self.at(i) == '.' && self.at(i + 1).is_ascii_digit() {
            i += 1;
            while self.at(i).is_ascii_digit() {
                push(self.at(i))?;
                scale += 1;
                i += 1;
            }
            // 1.234.567 and 1.234,56: digits grouped with points, or a
            // decimal comma after them.
            if matches!(self.at(i), '.' | ',') && self.at(i + 1).is_ascii_digit() {
                return Err(self.err(i, "digits grouped with points, or a second decimal point"));
            }
        } else if self.at(i) == '.' && self.at(i + 1) == '.' && self.at(i + 2).is_ascii_digit() {
            // 5..5%: a point too many.
            return Err(self.err(i, "two decimal points in a row"));
        }
        let mut value = i128::try_from(mantissa)
            .ok()
            .and_then(|m| Decimal::try_from_i128_with_scale(m, scale).ok())
            .ok_or_else(too_long)?;
        let digits_len = whole_len;
        let mut cand = Cand::new(start, i, value);
        // A minus sign: a dash right before the digits, after no letter,
        // digit or other dash (COVID-19, 5-6% and 2024-25 are not signs).
        cand.minus = start > 0
            && self.chars[start - 1] == '-'
            && (start == 1 || {
                let b = self.chars[start - 2];
                !(b.is_ascii_alphanumeric() || matches!(b, '-' | '.' | '_' | '/'))
            });
        // -$5 billion, -R2: the minus before the money sign.
        cand.minus_before_sign = !cand.minus
            && self.currency_before(start).is_some_and(|(_, s)| {
                s > 0
                    && self.chars[s - 1] == '-'
                    && (s == 1 || {
                        let b = self.chars[s - 2];
                        !(b.is_ascii_alphanumeric() || matches!(b, '-' | '.' | '_' | '/'))
                    })
            });

        // Fiscal years and year spans: 2024-25, 2023/24, 2026-2030.
        if !separated && scale == 0 && digits_len == 4 && is_year(value) {
            let sep = self.at(i);
            if sep == '-' || sep == '/' {
                let mut k = i + 1;
                while self.at(k).is_ascii_digit() {
                    k += 1;
                }
                // The second year follows the first: 2023/24, 2024-25,
                // 2026-2030; 1959/20 is a fraction.
                let first = value.mantissa();
                let second: i128 = self.chars[i + 1..k]
                    .iter()
                    .collect::<String>()
                    .parse()
                    .unwrap_or(-1);
                // 2024-25 and 2023/24 (fiscal years), 2012-15 and 2021-25
                // (runs of years, up to ten, with a dash), 2023-12 (a month, as ISO
                // writes it): none is a figure.
                let follows = match k - (i + 1) {
                    2 => {
                        let last = first % 100;
                        // A run of years takes a dash; with a slash only a
                        // fiscal year or a month: 2011/20 is a fraction.
                        second == (last + 1) % 100
                            || (sep == '-' && second > last && second - last <= 10)
                            || (1..=12).contains(&second)
                    }
                    4 => second > first && second <= 2100,
                    _ => false,
                };
                if follows {
                    cand.end = k;
                    cand.excluded = true;
                    return Ok(cand);
                }
            }
        }
        // A fraction: 1/8.
        if self.at(i) == '/' && self.at(i + 1).is_ascii_digit() && !separated {
            let mut k = i + 1;
            let mut den = String::new();
            while self.at(k).is_ascii_digit() {
                den.push(self.at(k));
                k += 1;
            }
            let den: Decimal = Decimal::from_str_exact(&den)
                .map_err(|_| self.err(i + 1, "a denominator too large"))?;
            if den.is_zero() {
                return Err(self.err(i + 1, "a fraction with denominator zero"));
            }
            let q = value
                .checked_div(den)
                .ok_or_else(|| self.err(start, "a fraction too large"))?;
            cand.inexact = !crate::decimal::quotient_is_exact(q, value, den);
            cand.value = q.normalize();
            cand.fraction = true;
            cand.end = k;
            return Ok(cand);
        }
        // A vulgar fraction after the digits: 3¾.
        if let Some((v, inexact)) = vulgar(self.at(i)) {
            value = value
                .checked_add(v)
                .ok_or_else(|| self.err(start, "a number too large"))?;
            cand.value = value;
            cand.inexact = inexact;
            cand.end = i + 1;
            return Ok(cand);
        }
        // Glued to a word: disputes80More, 2More. Ordinal suffixes and a
        // currency letter before the digits are not glue.
        let after = self.at(i);
        if after.is_ascii_alphabetic() {
            if let Some((_, len)) = self.has_any(i, &["st", "nd", "rd", "th"]) {
                cand.ordinal = true;
                cand.end = i + len;
                return Ok(cand);
            }
            // The 2020s, the 1990s, the 80s: a decade, a period.
            if after == 's'
                && !self.at(i + 1).is_ascii_alphabetic()
                && scale == 0
                && mantissa.is_multiple_of(10)
                && matches!(digits_len, 2 | 4)
            {
                cand.excluded = true;
                cand.end = i + 1;
                return Ok(cand);
            }
            // 5G, 3D: a name.
            if after.is_ascii_uppercase() && !self.at(i + 1).is_ascii_alphabetic() {
                cand.excluded = true;
                cand.end = i + 1;
                return Ok(cand);
            }
            let lower_unit = self
                .has_any(i, &["km", "kg", "kw", "bn", "mn", "m", "k", "g", "x"])
                .is_some();
            if after.is_ascii_uppercase() || !lower_unit {
                return Err(self.err(start, "a number glued to a word"));
            }
        }
        let before = if start == 0 {
            '\0'
        } else {
            self.chars[start - 1]
        };
        if before.is_ascii_alphabetic() {
            let (ws, word) = self
                .word_before(start)
                .unwrap_or((start, Word::owned(String::new())));
            let currency = matches!(
                word.as_str(),
                "r" | "rs" | "a" | "us" | "rmb" | "hk" | "usd" | "cny"
            );
            // m3, km2: the power of a unit.
            let power = matches!(word.as_str(), "m" | "km" | "cm")
                && scale == 0
                && digits_len == 1
                && matches!(mantissa, 2 | 3);
            // March31, 25June as a page may glue them: a date.
            let month = lx::MONTHS.contains(&word.as_str());
            if word == "fy" || power || month {
                cand.excluded = true;
            } else if !currency
                && self.chars[ws..start].iter().any(char::is_ascii_uppercase)
                && word.len() <= 4
            {
                // PM2.5, COVID19: part of a name.
                cand.excluded = true;
            } else if !currency {
                return Err(self.err(start, "a number glued to a word"));
            }
        }
        // COVID-19, G-20, Tier-1, mid-2023: a number joined to the word
        // before it by a hyphen is part of a name.
        if start > 1 && self.chars[start - 1] == '-' && self.chars[start - 2].is_ascii_alphabetic()
        {
            cand.excluded = true;
        }
        // A year: 2023年, in 2023, FY 2023; never with a minus sign.
        if !separated
            && !cand.minus
            && scale == 0
            && digits_len == 4
            && is_year(value)
            && self.is_year_context(start, i)
        {
            cand.excluded = true;
        }
        // 第31届: an ordinal; 每万人口: a base.
        if start > 0 && matches!(self.chars[start - 1], '第') {
            cand.ordinal = true;
        }
        if self.is_quoted_name(start, i) {
            cand.excluded = true;
        }
        Ok(cand)
    }

    /// Where the whole part of a number ends, when its first digits run
    /// from `start` to `first_end` and groups may follow: `,` groups of
    /// three after one to three digits (1,220 and 2,179,000), Indian groups
    /// (one or two digits, groups of two, a last group of three: 1,00,000
    /// and 3,56,97,923), or space groups of three after one to three digits
    /// (105 000; the space may be a thin or no-break space). Digits after a
    /// space that make no group of three are another number, for the caller
    /// to weigh (`1 8`, `in 2023 58`). Digits after a comma that fit
    /// neither grouping (1,0000, 1,5 million, 1,2345) are an error at the
    /// comma that breaks the western grouping.
    fn digit_groups(&self, start: usize, first_end: usize) -> Result<usize> {
        let first = first_end - start;
        let digit = |k: usize| self.at(k).is_ascii_digit();
        match self.at(first_end) {
            ',' if digit(first_end + 1) => {
                // The groups, and the first comma that breaks each way of
                // grouping.
                let mut k = first_end;
                let mut western_break = (first > 3).then_some(first_end);
                let mut indian_ok = (1..=2).contains(&first);
                let mut groups = 0;
                let mut last_len = 0;
                while self.at(k) == ',' && digit(k + 1) {
                    let mut e = k + 1;
                    while digit(e) {
                        e += 1;
                    }
                    let len = e - (k + 1);
                    if len != 3 && western_break.is_none() {
                        western_break = Some(k);
                    }
                    // Every group but the last has two digits.
                    if groups > 0 && last_len != 2 {
                        indian_ok = false;
                    }
                    groups += 1;
                    last_len = len;
                    k = e;
                }
                let indian = indian_ok && groups >= 2 && last_len == 3;
                match western_break {
                    Some(at) if !indian => Err(self.err(
                        at,
                        "digits grouped as no numbering groups them (a decimal comma, or a list?)",
                    )),
                    _ => Ok(k),
                }
            }
            ' ' if first <= 3 => {
                let mut end = first_end;
                while self.at(end) == ' '
                    && (1..=3).all(|d| digit(end + d))
                    && !digit(end + 4)
                    && self.at(end + 4) != '/'
                {
                    end += 4;
                }
                Ok(end)
            }
            _ => Ok(first_end),
        }
    }

    /// Whether a four-digit number between 1900 and 2100 is a year here.
    fn is_year_context(&self, start: usize, end: usize) -> bool {
        let next = self.at(end);
        if next == '年' {
            return true;
        }
        // 1900万, 2000余人, 2050多套: a number, not a year.
        if lx::is_chinese_numeral(next) || matches!(next, '%' | '‰' | '余' | '多') {
            return false;
        }
        if self.lang == Lang::Zh {
            // 2023至2025年 is a run of years; 1900至2000人 a range of counts.
            if matches!(next, '至' | '到' | '-' | '~') {
                let mut k = end + 1;
                while self.at(k).is_ascii_digit() {
                    k += 1;
                }
                return k > end + 1 && self.at(k) == '年';
            }
            // 2179人: a count; a bare 2023 with no unit is a year.
            return self.unit_zh(end).is_none() && !matches!(next, '万' | '亿');
        }
        let before = self.word_before(start).map(|(_, w)| w);
        if before.as_deref() == Some("fy") {
            return true;
        }
        // "fell from 1901 to 1,900 people": from a number to one that is no
        // year, the first is no year either.
        if before.as_deref() == Some("from")
            && let Some((e, w)) = self.word_after(end)
            && w == "to"
        {
            let k = self.skip_spaces(e);
            let mut k2 = k;
            while self.at(k2).is_ascii_digit() {
                k2 += 1;
            }
            let next: String = self.chars[k.min(k2)..k2].iter().collect();
            let year_next = next.len() == 4
                && next.parse::<Decimal>().is_ok_and(is_year)
                && !matches!(self.at(k2), ',' | '.');
            if k2 > k && !year_next {
                return false;
            }
        }
        if matches!(
            before.as_deref(),
            Some(
                "in" | "since"
                    | "by"
                    | "for"
                    | "of"
                    | "year"
                    | "until"
                    | "from"
                    | "to"
                    | "during"
                    | "before"
                    | "after"
                    | "through"
            )
        ) {
            let known_unit =
                matches!(self.unit_en(end), Some((u, _)) if !matches!(u, Unit::Other(_)));
            return !known_unit && self.scale_en(end).is_none() && !matches!(next, '%' | '‰');
        }
        let after = self.word_after(end).map(|(_, w)| w);
        // "between 1900 and 1983 percentage points": the low end of a range
        // is a year only when the high end is one.
        if let Some((e, "and" | "to")) =
            self.word_after(end).as_ref().map(|(e, w)| (*e, w.as_str()))
        {
            let k = self.skip_spaces(e);
            // The high end may have a minus sign: "between 1990 and -24".
            let k = if self.at(k) == '-' { k + 1 } else { k };
            let mut k2 = k;
            while self.at(k2).is_ascii_digit()
                || (matches!(self.at(k2), '.' | ',') && self.at(k2 + 1).is_ascii_digit())
            {
                k2 += 1;
            }
            if k2 > k {
                let high_unit = self.unit_en(k2).is_some()
                    || self.scale_en(k2).is_some()
                    || matches!(self.at(k2), '%' | '‰');
                return !high_unit;
            }
        }
        after.is_none()
            || self.unit_en(end).is_none()
                && self.scale_en(end).is_none()
                && !matches!(after.as_deref(), Some("percent" | "per"))
    }

    /// A number that is all there is between quotation marks is a name:
    /// the “1357” strategy.
    fn is_quoted_name(&self, start: usize, end: usize) -> bool {
        let open = start.checked_sub(1).map(|i| self.chars[i]);
        let close = self.chars.get(end).copied();
        matches!(open, Some('“' | '"' | '「' | '『'))
            && matches!(close, Some('”' | '"' | '」' | '』'))
    }

    /// A Chinese number inside a short quoted phrase of Chinese words, or
    /// all there is between the quotation marks, is part of a name or a
    /// slogan: “两个统筹”, “三高四新”, 三个“一号工程”, the “1357” strategy.
    fn in_quoted_phrase(&self, start: usize, end: usize) -> bool {
        const MAX: usize = 8;
        let word = |c: char| crate::text::is_cjk(c);
        let mut i = start;
        while i > 0 && start - i < MAX && word(self.chars[i - 1]) {
            i -= 1;
        }
        let mut j = end;
        while j < self.chars.len() && j - end < MAX && word(self.chars[j]) {
            j += 1;
        }
        i > 0
            && matches!(self.chars[i - 1], '“' | '"' | '「' | '『')
            && matches!(self.chars.get(j), Some('”' | '"' | '」' | '』'))
    }

    fn chinese_run_end(&self, start: usize) -> usize {
        let mut end = start;
        while end < self.chars.len()
            && (lx::is_chinese_numeral(self.chars[end])
                || (self.chars[end] == '点'
                    && end > start
                    && lx::is_chinese_numeral(self.at(end + 1))))
        {
            // After 万 or 亿 a number goes on with a digit (三亿五千), never
            // with a bare 千, 百 or 十: that is the start of a unit, 千瓦 in
            // 三千五百二十三亿千瓦.
            if end > start
                && matches!(self.chars[end], '千' | '百' | '十')
                && matches!(self.chars[end - 1], '万' | '亿' | '萬' | '億')
            {
                break;
            }
            end += 1;
        }
        end
    }

    /// A run of Chinese numerals, when it stands for a number here: before
    /// a magnitude, unit, classifier or %, after 百分之, 第 or 连续, or in a
    /// fraction 八分之一.
    fn chinese(&self, start: usize, end: usize) -> Result<Option<Cand>> {
        let run: String = self.chars[start..end].iter().collect();
        // 十四五 and other numbers inside quotation marks are names.
        let quoted = self.in_quoted_phrase(start, end);
        // 八分之一, 三分之二.
        if self.has(end, "分之") {
            let num_start = end + 2;
            let num_end = self.chinese_run_end(num_start);
            if num_end > num_start {
                let den = chinese_number(&run)
                    .map_err(|_| self.err(start, "a fraction whose denominator cannot be read"))?;
                let num: String = self.chars[num_start..num_end].iter().collect();
                let num = chinese_number(&num).map_err(|_| {
                    self.err(num_start, "a fraction whose numerator cannot be read")
                })?;
                if den.is_zero() {
                    return Err(self.err(start, "a fraction with denominator zero"));
                }
                // 百分之五 is five percent, 千分之三 three per mille.
                let (value, fraction) = if run == "百" || run == "千" {
                    (num, false)
                } else {
                    (
                        num.checked_div(den)
                            .ok_or_else(|| self.err(start, "a fraction too large"))?,
                        true,
                    )
                };
                let inexact = fraction && !crate::decimal::quotient_is_exact(value, num, den);
                return Ok(Some(Cand {
                    inexact,
                    fraction,
                    words: true,
                    excluded: quoted,
                    ..Cand::new(start, num_end, value.normalize())
                }));
            }
        }
        let before = start.checked_sub(1).map(|i| self.chars[i]);
        // 几十万, 十几万, 数百, 上千, 成千上万: a vague number, which states no
        // value.
        let place = matches!(self.chars[start], '十' | '百' | '千' | '万' | '亿');
        // 5 千人, 5.9 万亿元 spaced out: the multiplier of the digits before.
        let j = self.back_spaces(start);
        if place && j < start && j > 0 && self.chars[j - 1].is_ascii_digit() {
            return Ok(None);
        }
        let vague_before = place && matches!(before, Some('几' | '数' | '上' | '成'));
        if vague_before || self.at(end) == '几' {
            let from = if vague_before { start - 1 } else { start };
            let mut to = end;
            while lx::is_chinese_numeral(self.at(to)) || self.at(to) == '几' {
                to += 1;
            }
            return Ok(Some(Cand {
                words: true,
                vague: true,
                ..Cand::new(from, to, Decimal::ZERO)
            }));
        }
        // 一两个, 两三万, 三四十万: two numbers in a row, one more than the
        // other, say "one or two": vague, not 12 or 23. Positional digits
        // (二〇二三, 一九九八) run longer or hold a zero.
        let digit = |k: usize| {
            (k < end)
                .then(|| crate::text::chinese_digit(self.chars[k]))
                .flatten()
        };
        if let (Some(a), Some(b), None) = (digit(start), digit(start + 1), digit(start + 2))
            && a > 0
            && b == a + 1
        {
            let mut to = end;
            while lx::is_chinese_numeral(self.at(to)) {
                to += 1;
            }
            return Ok(Some(Cand {
                words: true,
                vague: true,
                ..Cand::new(start, to, Decimal::ZERO)
            }));
        }
        let ordinal = before == Some('第');
        // Words that are not numbers: 一般, 统一, 万众, 千万 (must).
        // A number by itself (两千五百万, 二十万亿 and nothing after them but
        // punctuation): a digit and a place value, so that 万众 and 千万
        // ("must") are not.
        let alone = || {
            crate::text::chinese_digit(self.chars[start]).is_some_and(|d| d > 0)
                && self.chars[start + 1..end]
                    .iter()
                    .any(|c| matches!(c, '十' | '百' | '千' | '万' | '亿' | '拾' | '佰' | '仟'))
                && !crate::text::is_cjk(self.at(end))
        };
        let stands = ordinal
            || matches!(before, Some('连'))
            || self.has(start.saturating_sub(2), "连续")
            || self.zh_follow(end).is_some()
            || alone();
        if !stands {
            return Ok(None);
        }
        // 近五年: recent years, not a figure; 每万人口: a per-capita base.
        let recent = before == Some('近') && self.at(end) == '年';
        if before == Some('每') {
            return Ok(Some(Cand {
                words: true,
                excluded: true,
                ..Cand::new(start, end, Decimal::ZERO)
            }));
        }
        // A run that reads as no number (万众, 千万 as "must") is a word.
        let Ok(value) = chinese_number(&run) else {
            return Ok(None);
        };
        Ok(Some(Cand {
            words: true,
            excluded: quoted || recent,
            ordinal,
            ..Cand::new(start, end, value)
        }))
    }

    /// `i` past spaces when what follows them belongs to the number before
    /// (a magnitude, 多/余, a unit, %), else `i`.
    fn past_spaces_zh(&self, i: usize) -> usize {
        let j = self.skip_spaces(i);
        if j > i && (matches!(self.at(j), '百' | '千') || self.zh_follow(j).is_some()) {
            j
        } else {
            i
        }
    }

    /// What follows a Chinese number at `i`, if it makes the number a
    /// figure: a magnitude, 多/余, a unit or classifier, %, 年, 倍, 成.
    fn zh_follow(&self, i: usize) -> Option<usize> {
        let c = self.at(i);
        if matches!(
            c,
            '万' | '亿' | '多' | '余' | '%' | '‰' | '倍' | '成' | '年' | '个' | '番'
        ) {
            return Some(i + 1);
        }
        self.unit_zh(i).map(|(_, len)| i + len)
    }

    /// What an English word is to the number reader, if it may start a
    /// number: a number word, or perhaps tens and units joined by a hyphen
    /// (`Ok(None)`).
    fn number_like(&self, t: &Token) -> Option<Option<NumberWord>> {
        if self.lang != Lang::En {
            return None;
        }
        let w = self.word_text(t).as_bytes();
        match lx::number_word(self.keyed(t)) {
            Some(what) => Some(Some(what)),
            // A hyphen joins only tens and units: twenty-three, forty-five.
            None => (w.len() >= 9
                && matches!(w[0], b't' | b'f' | b's' | b'e' | b'n')
                && w.contains(&b'-'))
            .then_some(None),
        }
    }

    /// The number starting at an English word, given what
    /// [`Clause::number_like`] found the word to be: `four`,
    /// `twenty-three`, `a third`, `one third`, `half`, and ordinals `first`
    /// to `tenth`.
    fn english(&self, token: &Token, what: Option<NumberWord>) -> Result<Option<Cand>> {
        let (start, end) = (token.start, token.end);
        let word = self.word_text(token);
        let word = Word::borrowed(word, token.key);
        if let Some(NumberWord::Ordinal(pos)) = what {
            return Ok(Some(Cand {
                words: true,
                ordinal: true,
                ..Cand::new(start, end, Decimal::from(pos))
            }));
        }
        if what == Some(NumberWord::Half) {
            let v = Decimal::new(5, 1);
            return Ok(Some(Cand {
                fraction: true,
                words: true,
                ..Cand::new(start, end, v)
            }));
        }
        if what == Some(NumberWord::Scale) {
            return Ok(None);
        }
        if what == Some(NumberWord::A) {
            // "a million", "a hundred", "a third".
            let Some((e, w)) = self.word_after(end) else {
                return Ok(None);
            };
            if w == "hundred" {
                return Ok(Some(Cand {
                    words: true,
                    ..Cand::new(start, e, Decimal::ONE_HUNDRED)
                }));
            }
            if lx::number_word(&w) == Some(NumberWord::Scale) {
                return Ok(Some(Cand {
                    words: true,
                    ..Cand::new(start, end, Decimal::ONE)
                }));
            }
            if let Some(den) = lx::fraction_word(&w) {
                return Ok(Some(self.fraction_cand(start, e, Decimal::ONE, den)));
            }
            return Ok(None);
        }
        // twenty-three: number words joined by hyphens are one word.
        if what.is_none() {
            if !word.split('-').all(lx::is_number_word) {
                return Ok(None);
            }
            let Ok(value) = english_number(&word) else {
                return Ok(None);
            };
            return Ok(Some(Cand {
                words: true,
                ..Cand::new(start, end, value)
            }));
        }
        if what != Some(NumberWord::Number) {
            return Ok(None);
        }
        // Extend over number words joined by single spaces, hyphens and
        // "and"; scale words after the last are the magnitude.
        let mut k = end;
        let mut last_end = end;
        // No number needs more than a dozen words.
        for _ in 0..12 {
            let sep = self.at(k);
            if (sep != ' ' && sep != '-') || !self.at(k + 1).is_ascii_alphabetic() {
                break;
            }
            let Some((e, w)) = self.word_after(k + 1) else {
                break;
            };
            let scale_next = matches!(w.as_str(), "thousand" | "million" | "billion" | "trillion");
            if lx::is_number_word(&w) && !scale_next {
                last_end = e;
                k = e;
            } else if w == "and" {
                k = e;
            } else {
                break;
            }
        }
        let words: String = self.chars[start..last_end].iter().collect();
        let Ok(value) = english_number(&words) else {
            return Ok(None);
        };
        // one third, two thirds.
        if let Some((e, w)) = self.word_after(last_end)
            && let Some(den) = lx::fraction_word(&w)
        {
            return Ok(Some(self.fraction_cand(start, e, value, den)));
        }
        Ok(Some(Cand {
            words: true,
            ..Cand::new(start, last_end, value)
        }))
    }

    fn fraction_cand(&self, start: usize, end: usize, num: Decimal, den: u32) -> Cand {
        let den = Decimal::from(den);
        let value = num.checked_div(den).unwrap_or(Decimal::ZERO);
        let inexact = !crate::decimal::quotient_is_exact(value, num, den);
        Cand {
            inexact,
            fraction: true,
            words: true,
            ..Cand::new(start, end, value.normalize())
        }
    }

    /// Where a number's own magnitude and unit end (for a range's low end).
    fn unit_end(&self, c: &Cand) -> usize {
        match self.lang {
            Lang::Zh => {
                let len = self.multiplier_zh(c.end, c).map_or(0, |(_, len, _)| len);
                let i = c.end + len;
                self.unit_zh(i).map_or(i, |(_, l)| i + l)
            }
            Lang::En => {
                let i = self.scale_en(c.end).map_or(c.end, |(_, e)| e);
                self.unit_en(i)
                    .filter(|(u, _)| !matches!(u, Unit::Other(_)))
                    .map_or(i, |(_, e)| e)
            }
        }
    }

    /// The unit written right after a number (with its magnitude or scale
    /// word between), if any: a counted noun in English is not one, since
    /// "58 to 87 cases" names the noun once.
    fn own_unit(&self, c: &Cand) -> Option<Unit> {
        match self.lang {
            Lang::Zh => {
                let len = self.multiplier_zh(c.end, c).map_or(0, |(_, len, _)| len);
                self.unit_zh(c.end + len).map(|(u, _)| u)
            }
            Lang::En => {
                let i = self.scale_en(c.end).map_or(c.end, |(_, e)| e);
                self.currency_before(self.sign_start(c))
                    .map(|(u, _)| u)
                    .or_else(|| self.unit_en(i).map(|(u, _)| u))
                    .filter(|u| !matches!(u, Unit::Other(_)))
            }
        }
    }

    /// How much a candidate looks like the clause's figure.
    fn score(&self, c: &Cand) -> i32 {
        let mut s = 0;
        let after = self.skip_spaces(c.end);
        match self.lang {
            Lang::Zh => {
                if self.zh_follow(c.end).is_some() {
                    s += 4;
                }
                if matches!(self.at(c.end), '年') && !self.has(c.end, "年来") {
                    s -= 3;
                }
            }
            Lang::En => {
                // A word that can name what is counted or measured (cheap
                // look: the reader of units comes later, for the winner).
                let next = self.word_after(after);
                if next.as_ref().is_some_and(|(_, w)| !lx::is_stop(w))
                    || self.scale_en(after).is_some()
                    || matches!(self.at(c.end), '%' | '-')
                {
                    s += 4;
                }
                if self.currency_before(c.start).is_some() {
                    s += 5;
                }
                if next.is_some_and(|(_, w)| {
                    matches!(w.as_str(), "year" | "years" | "months" | "days" | "decade")
                }) {
                    s -= 3;
                }
            }
        }
        if c.words {
            s -= 1;
        }
        s
    }

    /// A money sign or word right before `i`: `$`, `US$`, `A$`, `£`, `₹`,
    /// `Rs`, `R`, `RMB`. Returns the currency and where the sign starts.
    fn currency_before(&self, i: usize) -> Option<(Unit, usize)> {
        let j = self.back_spaces(i);
        // Every sign ends in one of these.
        if j == 0
            || !matches!(
                self.chars[j - 1],
                '$' | '£' | '₹' | '¥' | 'B' | 's' | '.' | 'R'
            )
        {
            return None;
        }
        for (sign, unit) in lx::CURRENCY_PREFIXES {
            let Some(len) = self.ends_at(j, sign) else {
                continue;
            };
            let start = j - len;
            let lettered = sign.starts_with(|c: char| c.is_ascii_alphabetic());
            // "R", "Rs" and "RMB" start a word; "R" touches the digits.
            if lettered && start > 0 && self.chars[start - 1].is_ascii_alphabetic() {
                continue;
            }
            if *sign == "R" && j != i {
                continue;
            }
            return Some((unit.clone(), start));
        }
        None
    }

    /// Reads the chosen number with its magnitude, unit, qualifier, range
    /// end and change.
    fn read_figure(&self, cand: &Cand, cands: &[Cand]) -> Result<Read> {
        match self.lang {
            Lang::Zh => self.read_zh(cand, cands),
            Lang::En => self.read_en(cand, cands),
        }
    }

    fn quantity(
        &self,
        cand: &Cand,
        value: Decimal,
        high: Option<Decimal>,
        magnitude: Magnitude,
        unit: Unit,
        qualifier: Qualifier,
    ) -> Result<Quantity> {
        let q = match high {
            Some(h) if h >= value => Quantity::range(value, h, magnitude, unit),
            Some(_) => {
                return Err(self.err(cand.start, "a range whose low end exceeds its high end"));
            }
            None => Quantity::new(value, magnitude, unit, qualifier),
        };
        q.map(|q| q.with_inexact(cand.inexact))
            .map_err(|_| self.err(cand.start, "a value too large to hold"))
    }

    // ----- Chinese -----

    fn read_zh(&self, cand: &Cand, cands: &[Cand]) -> Result<Read> {
        // 翻一番 doubles (up 100%), 翻了两番 quadruples (up 300%).
        if self.at(cand.end) == '番' && self.ends_at(cand.start, "翻").is_some()
            || self.ends_at(cand.start, "翻了").is_some()
        {
            let n = u32::try_from(cand.value.mantissa())
                .ok()
                .filter(|n| (1..=10).contains(n) && cand.value.scale() == 0)
                .ok_or_else(|| self.err(cand.start, "a doubling count that cannot be read"))?;
            let times = Decimal::from(2_u64.pow(n) - 1) * Decimal::ONE_HUNDRED;
            let q = self.quantity(
                cand,
                times,
                None,
                Magnitude::One,
                Unit::Percent,
                Qualifier::Exact,
            )?;
            return Ok(Read {
                quantity: Some(q),
                direction: Some(Dir::Up),
                basis: self.basis(cand.start),
                end: cand.end + 1,
            });
        }
        // Text pasted from a PDF or a web page may space out what follows
        // the number: 达 5.9 万亿元, 5.9 万 亿元.
        let mut i = self.past_spaces_zh(cand.end);
        let sign_start = self.sign_start(cand);
        let figure_start = self
            .currency_before(sign_start)
            .map_or(sign_start, |(_, s)| s);
        let mut qualifier = self.qualifier_before_zh(figure_start);
        let mut value = cand.value;
        let over_some = |i: &mut usize, q: &mut Qualifier| {
            // 740多万, 30多人, 8000余套.
            if matches!(self.at(*i), '多' | '余') && *q == Qualifier::Exact {
                *q = Qualifier::OverSome;
                *i += 1;
            }
        };
        over_some(&mut i, &mut qualifier);
        let (magnitude, len, some) = self.multiplier_zh(i, cand)?;
        if some && qualifier == Qualifier::Exact {
            qualifier = Qualifier::OverSome;
        }
        i = self.past_spaces_zh(i + len);
        // A Chinese numeral with its own trailing magnitude: 二十万亿.
        let (value2, magnitude) = if cand.words && magnitude == Magnitude::One {
            split_trailing_magnitude(&self.chars[cand.start..cand.end], value)
        } else {
            (value, magnitude)
        };
        value = value2;
        over_some(&mut i, &mut qualifier);
        // Percent written 百分之五 is already a value in percent.
        let percent_words = cand.words && self.has(cand.start, "百分之");
        let permille_words = cand.words && self.has(cand.start, "千分之");
        let sign = self.currency_before(sign_start).map(|(u, _)| u);
        let mut unit = if let Some(u) = sign.clone() {
            // A word after the number still names it: "$5亿美元" is rare;
            // the sign wins.
            if let Some((_, len)) = self
                .unit_zh(i)
                .filter(|(u, _)| matches!(u.dimension(), Dimension::Money))
            {
                i += len;
            }
            // $5/人: a sign and a denominator.
            match self.unit_zh_simple(i + 1).filter(|_| self.at(i) == '/') {
                Some((den, len)) => match crate::CompoundUnit::new(u.clone(), den) {
                    Ok(c) => {
                        i += 1 + len;
                        Unit::Per(c)
                    }
                    Err(_) => u,
                },
                None => u,
            }
        } else if percent_words {
            Unit::Percent
        } else if permille_words {
            Unit::PerMille
        } else if cand.fraction {
            Unit::Fraction
        } else if let Some((u, len)) = self.unit_zh(i) {
            i += len;
            u
        } else if self.at(i) == '成' {
            // 七成 is 70 percent.
            i += 1;
            value = value
                .checked_mul(Decimal::TEN)
                .ok_or_else(|| self.err(cand.start, "a value too large"))?;
            Unit::Percent
        } else {
            Unit::Items
        };
        over_some(&mut i, &mut qualifier);
        // A range: 5-6%, 4.5%至5%, 1万至1.5万人.
        let mut high = None;
        let mut range_magnitude = None;
        let mut end = i;
        if let Some((next, sep)) = self.range_next_sep(i, cand, cands) {
            let mut j = next.end;
            if matches!(self.at(j), '多' | '余') {
                j += 1;
            }
            let (m2, len2, _) = self.multiplier_zh(j, next)?;
            j += len2;
            let m2 = if m2 == Magnitude::One { magnitude } else { m2 };
            // 3至4万: the low end takes the high end's magnitude.
            let magnitude = if magnitude == Magnitude::One && m2 != Magnitude::One && !cand.words {
                m2
            } else {
                magnitude
            };
            range_magnitude = Some(magnitude);
            let h = rescale(self.high_value(next, sep), m2, magnitude).ok_or_else(|| {
                self.err(
                    next.start,
                    "a range end that cannot be written in the magnitude of its low end",
                )
            })?;
            if unit == Unit::Items && !cand.fraction && !percent_words {
                if let Some((u, len)) = self.unit_zh(j) {
                    unit = u;
                    j += len;
                }
            } else if let Some((_, len)) = self.unit_zh(j) {
                j += len;
            } else if self.at(j) == '/'
                && let Some((den, len)) = self.unit_zh_simple(j + 1)
                && let Ok(c) = crate::CompoundUnit::new(unit.clone(), den)
            {
                // $1至$2/人: the denominator after the high end.
                unit = Unit::Per(c);
                j += 1 + len;
            }
            high = Some(h);
            qualifier = Qualifier::Range;
            end = j;
        }
        if high.is_none() {
            let (q_after, len) = self.qualifier_after_zh(end);
            if let Some(q) = q_after {
                if qualifier == Qualifier::Exact {
                    qualifier = q;
                }
                end += len;
            }
        }
        let magnitude = range_magnitude.unwrap_or(magnitude);
        let (direction, basis) = self.change_zh(figure_start);
        let (value, high, direction) = self.signed(cand, value, high, direction, basis)?;
        let (value, high, unit) = self.multiple_as_percent(cand, value, high, unit, direction)?;
        // 人均可支配收入21181元: money per person. 人均 names the measure a
        // few words before the figure, in its own clause.
        let unit = match unit {
            Unit::Money(_) | Unit::Dollar
                if (figure_start.saturating_sub(16)..figure_start).any(|k| self.has(k, "人均")) =>
            {
                crate::CompoundUnit::new(unit.clone(), Unit::People).map_or(unit, Unit::Per)
            }
            unit => unit,
        };
        let quantity = self.quantity(cand, value, high, magnitude, unit, qualifier)?;
        Ok(Read {
            quantity: Some(quantity),
            direction,
            basis,
            end,
        })
    }

    /// Where the figure of `cand` starts, with its minus sign.
    fn sign_start(&self, cand: &Cand) -> usize {
        if cand.minus {
            cand.start - 1
        } else {
            cand.start
        }
    }

    /// The high end of a range as the clause states it: negative when a
    /// minus sign that is not the range's own dash stands before it
    /// (`-3%至-1%`).
    fn high_value(&self, next: &Cand, sep: &str) -> Decimal {
        if next.negative() && sep != "-" {
            -next.value
        } else {
            next.value
        }
    }

    /// The value, range end and direction of a figure read with a minus
    /// sign before it. A negative size after a word of growth is a change
    /// down (增长-6.8%, "GDP grew -6.8%", "growth of -3%"), and so is a
    /// negative figure with a basis and no word of change ("-3.2% year on
    /// year"); with no word of change and no basis the figure is a negative
    /// level (`-3%`). A negative size after a word of decline (下降-3%) and
    /// a range of changes across zero could mean either way, and are
    /// refused.
    fn signed(
        &self,
        cand: &Cand,
        value: Decimal,
        high: Option<Decimal>,
        direction: Option<Dir>,
        basis: Basis,
    ) -> Result<(Decimal, Option<Decimal>, Option<Dir>)> {
        if !cand.negative() {
            return Ok((value, high, direction));
        }
        let at = if cand.minus {
            cand.start - 1
        } else {
            self.figure_start(cand)
        };
        let change = direction.is_some() || basis != Basis::Unstated;
        if !change {
            return Ok((-value, high, None));
        }
        if high.is_some() {
            return Err(self.err(
                at,
                "a change between a negative and another end: a rise or a fall?",
            ));
        }
        match direction {
            Some(Dir::Up) | None => Ok((value, None, Some(Dir::Down))),
            Some(Dir::Down | Dir::Flat) => Err(self.err(
                at,
                "a fall of a negative size (下降-3%, fell -3%): a rise or a fall?",
            )),
        }
    }

    /// A change stated as a multiple, as a change in percent: 增长一倍 is up
    /// 100% (as 翻一番 is), 增长1.5倍 up 150%. A level stated as a multiple
    /// (是上年的2倍) stays a multiple. A decline by a multiple (下降一倍) has
    /// no meaning and is refused, and so is an English change by "N times",
    /// which may mean N times as much or N times more.
    #[inline]
    fn multiple_as_percent(
        &self,
        cand: &Cand,
        value: Decimal,
        high: Option<Decimal>,
        unit: Unit,
        direction: Option<Dir>,
    ) -> Result<(Decimal, Option<Decimal>, Unit)> {
        if direction.is_none() || unit != Unit::Times {
            return Ok((value, high, unit));
        }
        if self.lang == Lang::En {
            return Err(self.err(
                cand.start,
                "a change by a multiple (\"N times\"): N times as much, or N times more?",
            ));
        }
        if direction != Some(Dir::Up) {
            return Err(self.err(cand.start, "a decline stated as a multiple"));
        }
        let percent = |v: Decimal| {
            times_hundred(v).ok_or_else(|| self.err(cand.start, "a multiple too large to hold"))
        };
        let high = high.map(percent).transpose()?;
        Ok((percent(value)?, high, Unit::Percent))
    }

    /// The magnitude that Chinese characters after a number at `i` give
    /// it, how many characters they take, and whether 多 or 余 stands
    /// between them (3千多万 is more than 30 million). After Arabic digits
    /// 百 and 千 multiply too (5千人, 1.2千亿元), except where they start a
    /// unit (5千米 is five kilometres, 千克 kilograms, 千瓦 kilowatts);
    /// 万万 is 亿 and 亿亿 10¹⁶. A magnitude this reader has no name for
    /// (5千万亿) and 十 after digits are an error, and so is a vague number
    /// (几十万).
    fn multiplier_zh(&self, i: usize, cand: &Cand) -> Result<(Magnitude, usize, bool)> {
        let digits = !cand.words;
        let mut k = i;
        let small = match self.at(k) {
            '千' if digits && matches!(self.at(k + 1), '米' | '克' | '瓦') => None,
            '百' | '千' if digits => {
                k += 1;
                Some(self.at(k - 1))
            }
            '十' if digits => {
                return Err(self.err(k, "十 after digits: a number this reader cannot read"));
            }
            '几' => return Err(self.err(k, "a vague number (几): no value to read")),
            _ => None,
        };
        let some = small.is_some() && matches!(self.at(k), '多' | '余') && self.big_zh(k + 1).1 > 0;
        if some {
            k += 1;
        }
        let (big, big_len) = self.big_zh(k);
        k += big_len;
        let magnitude = match (small, big) {
            (None, big) => big,
            (Some('百'), Magnitude::One) => Magnitude::Bai,
            (Some('千'), Magnitude::One) => Magnitude::Qian,
            (Some('百'), Magnitude::Wan) => Magnitude::BaiWan,
            (Some('千'), Magnitude::Wan) => Magnitude::QianWan,
            (Some('百'), Magnitude::Yi) => Magnitude::BaiYi,
            (Some('千'), Magnitude::Yi) => Magnitude::QianYi,
            _ => {
                return Err(self.err(i, "a magnitude this reader has no name for"));
            }
        };
        if self.at(k) == '几' {
            return Err(self.err(k, "a vague number (几): no value to read"));
        }
        Ok((magnitude, k - i, some))
    }

    /// 万, 亿 and their compounds at `i` (万亿, 亿亿, 万万 as 亿), with
    /// their length; a 万 before 千瓦 (1000万千瓦) is the number's.
    fn big_zh(&self, i: usize) -> (Magnitude, usize) {
        if self.has(i, "万亿") {
            (Magnitude::WanYi, 2)
        } else if self.has(i, "亿亿") {
            (Magnitude::YiYi, 2)
        } else if self.has(i, "万万") {
            (Magnitude::Yi, 2)
        } else if self.has(i, "亿") {
            (Magnitude::Yi, 1)
        } else if self.has(i, "万") {
            (Magnitude::Wan, 1)
        } else {
            (Magnitude::One, 0)
        }
    }

    /// A Chinese unit word at `i`, longest first.
    fn unit_zh(&self, i: usize) -> Option<(Unit, usize)> {
        let (unit, len) = self.unit_zh_simple(i)?;
        // 元/户: one unit per another.
        if self.at(i + len) == '/'
            && !matches!(unit, Unit::Per(_))
            && let Some((den, dlen)) = self.unit_zh_simple(i + len + 1)
            && let Ok(c) = crate::CompoundUnit::new(unit.clone(), den)
        {
            return Some((Unit::Per(c), len + 1 + dlen));
        }
        Some((unit, len))
    }

    fn unit_zh_simple(&self, i: usize) -> Option<(Unit, usize)> {
        // 5%, and 5 % as some texts space it.
        let k = self.skip_spaces(i);
        if self.at(k) == '%' {
            return Some((Unit::Percent, k + 1 - i));
        }
        if self.at(k) == '‰' {
            return Some((Unit::PerMille, k + 1 - i));
        }
        for (word, code) in lx::zh_units_starting(self.at(i)) {
            if self.has(i, word) {
                let len = clen(word);
                // 个 followed by a noun: 905个检查站点 counts 检查站点.
                if matches!(*word, "个" | "项" | "件" | "家")
                    && !self.has(i, "个百分点")
                    && !self.has(i, "个月")
                    && let Some((noun, nlen)) = self.zh_noun(i + len)
                    && let Ok(u) = format!("other:{noun}").parse()
                {
                    return Some((u, len + nlen));
                }
                return code.parse().ok().map(|u| (u, len));
            }
        }
        // US dollars and other currencies by code: 5亿EUR.
        let code: String = self.chars[i.min(self.chars.len())..]
            .iter()
            .take(3)
            .collect();
        if code.len() == 3
            && code.chars().all(|c| c.is_ascii_uppercase())
            && !self.at(i + 3).is_ascii_alphabetic()
        {
            return code.parse().ok().map(|u| (u, 3));
        }
        None
    }

    /// A short noun after a classifier that runs to the end of the clause
    /// or to punctuation: 个检查站点. Eight Chinese characters at most (and
    /// any English words): what runs on longer is the rest of the sentence
    /// (两项工作获国务院督查激励), and the classifier alone counts items.
    fn zh_noun(&self, i: usize) -> Option<(String, usize)> {
        let mut end = i;
        while end < self.chars.len()
            && end - i < 24
            && (super::is_cjk(self.chars[end])
                || self.chars[end].is_ascii_alphabetic()
                || matches!(self.chars[end], ' ' | '-'))
        {
            end += 1;
        }
        // A qualifier after the noun ends it: 个检查站点以上.
        if let Some(p) =
            (i..end).find(|&p| lx::ZH_QUALIFIERS_AFTER.iter().any(|(w, _)| self.has(p, w)))
        {
            end = p;
        }
        let stops = end == self.chars.len()
            || matches!(
                self.at(end),
                '，' | ',' | '、' | '。' | ';' | '；' | '）' | ')' | '”'
            )
            || lx::ZH_QUALIFIERS_AFTER
                .iter()
                .any(|(w, _)| self.has(end, w));
        let noun: String = self.chars[i..end].iter().collect();
        // English words that start a basis ("year on year") or name a unit
        // read back as that, not as a noun: 2个year on year.
        let first = noun
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        let first = first.to_ascii_lowercase();
        if !first.is_empty()
            && (!lx::basis_phrases_starting(first.as_str()).is_empty()
                || lx::en_unit_word(first.as_str()).is_some())
        {
            return None;
        }
        (end > i
            && self.chars[i..end]
                .iter()
                .filter(|c| super::is_cjk(**c))
                .count()
                <= 8
            && stops
            && noun.trim() == noun
            && !noun.chars().any(|c| lx::is_chinese_numeral(c) || c == '的'))
        .then_some((noun, end - i))
    }

    fn qualifier_before_zh(&self, start: usize) -> Qualifier {
        let start = self.back_spaces(start);
        lx::ZH_QUALIFIERS_BEFORE
            .iter()
            .find(|(word, _)| self.ends_at(start, word).is_some())
            .map_or(Qualifier::Exact, |(_, q)| *q)
    }

    /// The number of characters of `word` when the text just before `j`
    /// is that word.
    fn ends_at(&self, j: usize, word: &str) -> Option<usize> {
        let mut k = j;
        for w in word.chars().rev() {
            k = k.checked_sub(1)?;
            if self.chars[k] != w {
                return None;
            }
        }
        Some(j - k)
    }

    fn qualifier_after_zh(&self, i: usize) -> (Option<Qualifier>, usize) {
        self.first_at(i, lx::ZH_QUALIFIERS_AFTER)
            .map_or((None, 0), |(q, len)| (Some(q), len))
    }

    /// The change a Chinese clause states about the figure at `start`.
    fn change_zh(&self, start: usize) -> (Option<Dir>, Basis) {
        let basis = || self.basis(start);
        // Skip back over spaces (增长 5%, as PDFs give it), qualifiers and
        // a money sign.
        let mut j = self.back_spaces(start);
        if let Some(len) = lx::ZH_QUALIFIERS_BEFORE
            .iter()
            .find_map(|(word, _)| self.ends_at(j, word))
        {
            j = self.back_spaces(j - len);
        }
        if j > 0 && self.chars[j - 1] == '$' {
            j = self.back_spaces(j - 1);
        }
        if let Some((_, dir)) = lx::ZH_CHANGE
            .iter()
            .find(|(word, _)| self.ends_at(j, word).is_some())
        {
            return (Some(*dir), basis());
        }
        // 比上年增加了: the verb may come before 了.
        if j >= 3
            && self.chars[j - 1] == '了'
            && let Some((_, dir)) = lx::ZH_CHANGE
                .iter()
                .find(|(word, _)| self.ends_at(j - 1, word).is_some())
        {
            return (Some(*dir), basis());
        }
        // A comparison states a difference: 比全国高0.5个百分点 and 比上年多5万人
        // (a comparative after 比 and what is compared), 高于全国0.5个百分点
        // (a comparative verb, what is compared, then the difference). Right
        // before the number, 高于 is a qualifier (高于5%, above 5%).
        let window = j.saturating_sub(12)..j;
        if j > 0 {
            let dir = match self.chars[j - 1] {
                '高' | '快' | '多' => Some(Dir::Up),
                '低' | '慢' | '少' => Some(Dir::Down),
                _ => None,
            };
            if let Some(dir) = dir
                && window.clone().any(|k| k + 1 < j && self.chars[k] == '比')
            {
                return (Some(dir), basis());
            }
        }
        for (word, dir) in [
            ("高于", Dir::Up),
            ("快于", Dir::Up),
            ("高出", Dir::Up),
            ("低于", Dir::Down),
            ("慢于", Dir::Down),
        ] {
            if window.clone().any(|k| k + 2 < j && self.has(k, word)) {
                return (Some(dir), basis());
            }
        }
        // 翻一番 and 增长1.5倍 are read where the unit is.
        (None, Basis::Unstated)
    }

    /// The strongest basis named before `to`: 同比, 比上年, year on year
    /// (which win wherever they stand), then the previous period, then a
    /// projection. The clause's basis phrases are found once, so that a
    /// clause of many figures is read in linear time.
    fn basis(&self, to: usize) -> Basis {
        let bases = self.bases.get_or_init(|| self.basis_phrases());
        match bases.partition_point(|(end, _)| *end <= to) {
            0 => Basis::Unstated,
            k => bases[k - 1].1,
        }
    }

    /// Every basis phrase of the clause, by where it ends, each with the
    /// strongest basis named up to there.
    fn basis_phrases(&self) -> Vec<(usize, Basis)> {
        let mut found = Vec::new();
        if self.ascii {
            // Every basis phrase has one of the words `says` notes; most
            // clauses have none, and need no closer look.
            if !self.says.basis {
                return found;
            }
            // Each phrase is looked for where one of the clause's words
            // could start it.
            for t in &self.words {
                if let Some((phrase, basis)) = lx::basis_phrases_starting(self.keyed(t))
                    .iter()
                    .find(|(phrase, _)| self.has(t.start, phrase))
                {
                    found.push((t.start + phrase.len(), *basis));
                }
            }
        } else {
            let english = self.words.iter().any(|t| {
                matches!(
                    self.word_text(t),
                    "year" | "year-on-year" | "previous" | "than" | "projection"
                )
            });
            if !english && !self.chars.iter().any(|c| matches!(c, '比' | '较')) {
                return found;
            }
            let text = &self.lower[..self.offsets.last().copied().unwrap_or(0)];
            for (phrases, basis) in [
                (lx::BASIS_YEAR_ON_YEAR, Basis::YearOnYear),
                (lx::BASIS_PREVIOUS_PERIOD, Basis::PreviousPeriod),
                (lx::BASIS_PROJECTION, Basis::Projection),
            ] {
                for phrase in phrases {
                    for (b, _) in text.match_indices(phrase) {
                        let end = self.offsets.partition_point(|&o| o < b + phrase.len());
                        found.push((end, basis));
                    }
                }
            }
        }
        found.sort_by_key(|(end, _)| *end);
        let strength = |b: Basis| match b {
            Basis::YearOnYear => 3,
            Basis::PreviousPeriod => 2,
            Basis::Projection => 1,
            _ => 0,
        };
        let mut best = Basis::Unstated;
        for (_, basis) in &mut found {
            if strength(*basis) > strength(best) {
                best = *basis;
            }
            *basis = best;
        }
        found
    }

    fn change_of(&self, dir: Dir, basis: Basis, q: Option<&Quantity>) -> Change {
        let direction = match dir {
            Dir::Up => crate::Direction::Up,
            Dir::Down => crate::Direction::Down,
            Dir::Flat => crate::Direction::Flat,
        };
        let mode = match q.map(|q| q.unit().dimension()) {
            Some(Dimension::Share | Dimension::Multiple) | None => ChangeMode::Relative,
            _ => ChangeMode::Absolute,
        };
        Change {
            direction,
            basis,
            mode,
        }
    }

    // ----- English -----

    fn read_en(&self, cand: &Cand, cands: &[Cand]) -> Result<Read> {
        let mut i = cand.end;
        let value = cand.value;
        let sign_start = self.sign_start(cand);
        let currency = self.currency_before(sign_start);
        let figure_start = currency.as_ref().map_or(sign_start, |(_, s)| *s);
        let (mut qualifier, qualifier_start) = self.qualifier_span_en(figure_start);
        // Scale: 12.44 million, 40-trillion-yuan, 3.5 lakh, 1.5 lakh crore.
        let mut magnitude = Magnitude::One;
        if let Some((m, e)) = self.scale_en(i) {
            magnitude = m;
            i = e;
            // "thousand crore", "million billion": no magnitude to read.
            if self.scale_en(i).is_some() {
                return Err(self.err(
                    self.skip_spaces(i),
                    "two scale words in a row that make no magnitude this reader knows",
                ));
            }
        }
        if let Some(at) = self.stray_scale_en(i) {
            return Err(self.err(
                at,
                "a scale word that this reader cannot apply to the number",
            ));
        }
        let mut unit = None;
        if cand.fraction {
            unit = Some(Unit::Fraction);
        }
        let mut j = i;
        if let Some((u, _)) = &currency {
            unit = Some(u.clone());
            // "US$50 per household".
            if let Some((per, e)) = self.per_en(i, u) {
                unit = Some(per);
                j = e;
            }
        }
        // The unit after the number.
        let mut direction_after = None;
        if let Some((u, e, dir)) = self.unit_after_en(j) {
            // A sign before the number wins: "$80 million dollars".
            if unit.is_none() {
                unit = Some(u);
            }
            direction_after = dir;
            j = e;
        }
        // "or more" after the figure.
        let (q_after, e) = self.qualifier_after_en(j);
        if let Some(q) = q_after {
            if qualifier == Qualifier::Exact {
                qualifier = q;
            }
            j = e;
        }
        // Multiples and halving: doubled, halved.
        let mut unit = unit.unwrap_or(Unit::Items);
        // A range: 4.5 percent to 5 percent, 4.5% to 5%, 5-6%, between X and Y.
        let mut high = None;
        if let Some((next, sep)) = self.range_next_sep(j.max(i), cand, cands) {
            let mut k = next.end;
            let (m2, e2) = self.scale_en(k).map_or((magnitude, k), |(m, e)| (m, e));
            k = e2;
            // "between 3 and 4 million": the low end takes the high end's scale.
            if magnitude == Magnitude::One && m2 != Magnitude::One {
                magnitude = m2;
            }
            let h = rescale(self.high_value(next, sep), m2, magnitude).ok_or_else(|| {
                self.err(
                    next.start,
                    "a range end that cannot be written in the magnitude of its low end",
                )
            })?;
            if let Some((u, e, _)) = self.unit_after_en(k) {
                if unit == Unit::Items {
                    unit = u;
                }
                k = e;
            } else if let Some((u, e)) = self.per_en(k, &unit) {
                unit = u;
                k = e;
            }
            high = Some(h);
            qualifier = Qualifier::Range;
            j = k;
        }
        if cand.fraction && self.word_after(j).is_some_and(|(_, w)| w == "percent") {
            unit = Unit::Percent;
        }
        let dir = direction_after
            .or_else(|| self.change_after_en(j))
            .or_else(|| self.change_before_en(qualifier_start));
        // "five times for collective merit", "three times a year" count
        // occurrences; "1.5 times", "increased 1.5 times" is a multiple.
        if unit == Unit::Times
            && dir.is_none()
            && self.word_after(j).is_some_and(|(_, w)| {
                matches!(
                    w.as_str(),
                    "for" | "in" | "during" | "since" | "this" | "last" | "each" | "a" | "per"
                )
            })
            && let Ok(u) = "other:times".parse()
        {
            unit = u;
        }
        let basis = if dir.is_some() || cand.negative() {
            self.basis(self.chars.len())
        } else {
            Basis::Unstated
        };
        let (value, high, dir) = self.signed(cand, value, high, dir, basis)?;
        let (value, high, unit) = self.multiple_as_percent(cand, value, high, unit, dir)?;
        let quantity = self.quantity(cand, value, high, magnitude, unit, qualifier)?;
        Ok(Read {
            quantity: Some(quantity),
            direction: dir,
            basis,
            end: j,
        })
    }

    /// "per household" after a number in `numerator` (a sign before it):
    /// the compound unit and where it ends.
    fn per_en(&self, i: usize, numerator: &Unit) -> Option<(Unit, usize)> {
        let (e, w) = self.word_after(i)?;
        if w != "per" || matches!(numerator, Unit::Per(_)) {
            return None;
        }
        let (e2, w2) = self.word_after(e)?;
        let den = lx::en_unit_word(&w2)?;
        crate::CompoundUnit::new(numerator.clone(), den)
            .ok()
            .map(|c| (Unit::Per(c), e2))
    }

    /// A scale word at `i`: ` million`, `-trillion`.
    fn scale_en(&self, i: usize) -> Option<(Magnitude, usize)> {
        let k = if self.at(i) == '-' {
            i + 1
        } else {
            self.skip_spaces(i)
        };
        // The scale words, by their first letter.
        let table: &[(&str, Magnitude)] = match self.at(k).to_ascii_lowercase() {
            't' => &[
                ("thousand", Magnitude::Thousand),
                ("trillion", Magnitude::Trillion),
            ],
            'm' => &[("million", Magnitude::Million), ("mn", Magnitude::Million)],
            'b' => &[("billion", Magnitude::Billion), ("bn", Magnitude::Billion)],
            // Indian numbering: lakh crore is 10^12.
            'l' => &[
                ("lakh crores", Magnitude::LakhCrore),
                ("lakh crore", Magnitude::LakhCrore),
                ("lakhs", Magnitude::Lakh),
                ("lakh", Magnitude::Lakh),
            ],
            'c' => &[("crores", Magnitude::Crore), ("crore", Magnitude::Crore)],
            _ => return None,
        };
        self.first_at(k, table).map(|(m, len)| (m, k + len))
    }

    /// Where a scale word stands right after the number (or its magnitude)
    /// at `i` that the reader did not take as the magnitude: "1'thousand",
    /// "5 thousands", "1 thousand'thousand". Read as a counted noun it would
    /// render as text that reads as another value, so it is refused. The
    /// word may follow a space, a quotation mark, an apostrophe or a hyphen,
    /// and may carry a plural or possessive ending.
    fn stray_scale_en(&self, i: usize) -> Option<usize> {
        let mut k = self.skip_spaces(i);
        if matches!(self.at(k), '\'' | '’' | '"' | '“' | '-') {
            k = self.skip_spaces(k + 1);
        }
        let mut e = k;
        while self.at(e).is_ascii_alphabetic() {
            e += 1;
        }
        let word: String = self.chars[k..e]
            .iter()
            .collect::<String>()
            .to_ascii_lowercase();
        let stem = word.strip_suffix('s').unwrap_or(&word);
        (is_scale_word(&word) || is_scale_word(stem)).then_some(k)
    }

    /// A unit (and, for `additional`, `extra`, `more`, `less`, `higher`,
    /// `lower`, a direction) after the number at `i`.
    fn unit_en(&self, i: usize) -> Option<(Unit, usize)> {
        self.unit_after_en(i).map(|(u, e, _)| (u, e))
    }

    fn unit_after_en(&self, i: usize) -> Option<(Unit, usize, Option<Dir>)> {
        let c = self.at(i);
        // 5%, and 5 % as some texts space it.
        let sign = self.at(self.skip_spaces(i));
        if sign == '%' {
            return Some((Unit::Percent, self.skip_spaces(i) + 1, None));
        }
        if sign == '‰' {
            return Some((Unit::PerMille, self.skip_spaces(i) + 1, None));
        }
        if c == '-' && self.has(i + 1, "percent") {
            return Some((Unit::Percent, i + 8, None));
        }
        if c == '-' {
            // 40-trillion-yuan: after the scale the unit follows a hyphen.
            if let Some((e, w)) = self.word_after(i + 1)
                && let Some(u) = lx::en_unit_word(&w)
            {
                return Some((u, e, None));
            }
            return None;
        }
        let k = self.skip_spaces(i);
        if self.has(k, "μg/m3") {
            return Some(("μg/m3".parse().ok()?, k + 5, None));
        }
        let first = self.at(k).to_ascii_lowercase();
        let first = if first.is_ascii() { first as u8 } else { 0 };
        for (phrase, unit_of_phrase) in lx::en_units_starting(first) {
            if self.has(k, phrase) {
                let e = k + clen(phrase);
                let unit = unit_of_phrase.clone();
                // "1,234 yuan per person".
                if let Some((e2, w)) = self.word_after(e)
                    && w == "per"
                    && let Some((e3, w2)) = self.word_after(e2)
                    && let Some(den) = lx::en_unit_word(&w2)
                    && let Ok(c) = crate::CompoundUnit::new(unit.clone(), den)
                {
                    return Some((Unit::Per(c), e3, None));
                }
                return Some((unit, e, None));
            }
        }
        // A counted noun, with adjectives before it: 12.44 million urban
        // jobs, 20 million new business entities, 90,000 extra jobs.
        let k = if matches!(self.at(k), '"' | '“' | '\'') {
            k + 1
        } else {
            k
        };
        // A possessive ending ("3 crore's") is not a noun.
        if k > 0
            && self.chars[k - 1] == '\''
            && self.word_after(k).is_some_and(|(_, w)| w.as_str() == "s")
        {
            return None;
        }
        let mut e = k;
        let mut dir = None;
        // The noun's words, joined by single spaces, and how long its first
        // word is.
        let mut noun = String::new();
        let mut first_len = 0;
        let mut plural_found = false;
        let mut ended = false;
        for _ in 0..7 {
            let Some((we, w)) = self.word_after(e) else {
                ended = true;
                break;
            };
            if noun.is_empty() && lx::is_adjective(&w) {
                if matches!(w.as_str(), "additional" | "extra") {
                    dir = Some(Dir::Up);
                }
                e = we;
                continue;
            }
            // "35,000 more jobs", "120 fewer deaths": as many again as
            // there were, or as many less. Before "than" the comparison is
            // read after the unit ("300 billion yuan more than last year").
            if noun.is_empty()
                && dir.is_none()
                && matches!(w.as_str(), "more" | "fewer")
                && self
                    .word_after(we)
                    .is_some_and(|(_, next)| next.as_str() != "than" && !lx::is_stop(&next))
            {
                dir = Some(if w.as_str() == "more" {
                    Dir::Up
                } else {
                    Dir::Down
                });
                e = we;
                continue;
            }
            // A scale word is never what is counted: a noun "mn" would
            // render as "4 mn", which reads as 4 million.
            let head = w.bytes().position(|b| b == b'-').map_or(&*w, |p| &w[..p]);
            // "a £1,600 million cut": a change word after the figure is
            // no noun.
            let change_word = noun.is_empty()
                && lx::en_change_after(&w).is_some()
                && self
                    .word_after(we)
                    .is_none_or(|(_, next)| lx::is_stop(&next));
            if lx::is_stop(&w) || is_scale_word(head) || change_word {
                ended = true;
                break;
            }
            // The head noun names the unit: 62 abducted women, 1,191
            // intellectual property cases.
            if let Some(u) = lx::en_unit_word(&w) {
                return Some((u, we, dir));
            }
            // A plural ends in s, but not in ss, us or is (business,
            // status, analysis).
            let plural = w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is");
            if noun.is_empty() {
                first_len = w.len();
            } else {
                noun.push(' ');
            }
            noun.push_str(&w);
            e = we;
            if plural {
                plural_found = true;
                break;
            }
        }
        if noun.is_empty() {
            return None;
        }
        if !plural_found && !ended {
            // No plural noun and no end of the phrase near: the first word
            // is the best guess.
            noun.truncate(first_len);
            e = self.word_after(k).map_or(e, |(we, _)| we);
            if let Some((first_end, first)) = self.word_after(k)
                && lx::is_adjective(&first)
            {
                e = self.word_after(first_end).map_or(e, |(we, _)| we);
            }
        }
        crate::Noun::new(&noun)
            .ok()
            .map(|n| (Unit::Other(n), e, dir))
    }

    fn qualifier_before_en(&self, start: usize) -> Qualifier {
        self.qualifier_span_en(start).0
    }

    /// The English qualifier before `start` and where its phrase starts
    /// (`start` itself when there is none).
    fn qualifier_span_en(&self, start: usize) -> (Qualifier, usize) {
        // Skip "the", "the redline of", "a total of".
        let mut j = self.back_spaces(start);
        let mut tries = 0;
        loop {
            let Some((ws, w)) = self.word_before(j) else {
                return (Qualifier::Exact, start);
            };
            // Only phrases that end with the word before can match, and
            // most words end none.
            let candidates = lx::qualifiers_ending(&w);
            for (phrase, q) in candidates {
                let len = clen(phrase);
                if j >= len
                    && self.chars[j - len..j]
                        .iter()
                        .map(char::to_ascii_lowercase)
                        .eq(phrase.chars())
                    && (j == len || !self.chars[j - len - 1].is_ascii_alphabetic())
                {
                    return (*q, j - len);
                }
            }
            tries += 1;
            if tries > 4
                || !matches!(
                    w.as_str(),
                    "the"
                        | "of"
                        | "redline"
                        | "mark"
                        | "level"
                        | "threshold"
                        | "figure"
                        | "a"
                        | "an"
                )
            {
                return (Qualifier::Exact, start);
            }
            j = self.back_spaces(ws);
        }
    }

    fn qualifier_after_en(&self, i: usize) -> (Option<Qualifier>, usize) {
        let k = self.skip_spaces(i);
        if !matches!(self.at(k).to_ascii_lowercase(), 'o' | 'a') {
            return (None, i);
        }
        let table = [
            ("or more", Qualifier::AtLeast),
            ("or above", Qualifier::AtLeast),
            ("and above", Qualifier::AtLeast),
            ("or less", Qualifier::AtMost),
            ("or below", Qualifier::AtMost),
            ("or so", Qualifier::About),
        ];
        self.first_at(k, &table)
            .map_or((None, i), |(q, len)| (Some(q), k + len))
    }

    /// A change word right after the figure: `higher`, `lower`, `less`,
    /// `more than last year`, `stronger`, `increase`, `reduction`, `growth`.
    fn change_after_en(&self, i: usize) -> Option<Dir> {
        let (_, w) = self.word_after(i)?;
        if w == "more" {
            // "300 billion yuan more than last year": a comparison.
            return self
                .word_after(self.word_after(i)?.0)
                .filter(|(_, w)| w == "than")
                .map(|_| Dir::Up);
        }
        lx::en_change_after(&w)
    }

    /// A change word before the figure within the clause: `increased by`,
    /// `rose`, `growth of`, `a reduction of`, `cut ... by`.
    fn change_before_en(&self, start: usize) -> Option<Dir> {
        // Walk the words backwards from the figure.
        let mut k = self.words.partition_point(|t| t.end <= start);
        let mut j = start;
        // "raised the limit by 5%", "cut emissions by a total of 17
        // percent": "by" among the few words before the figure.
        let by_before = self.words[k.saturating_sub(4)..k]
            .iter()
            .any(|t| self.word_text(t) == "by");
        for distance in 0..14 {
            let t = self.words.get(k.checked_sub(1)?)?;
            // Between the word and where we are: numbers, signs and spaces
            // go on; punctuation stops the walk. A full stop ends the
            // clause, unless a number follows it (the damaged "decreased
            // year-on-year. 92%") or it is a decimal point.
            for p in (t.end..j).rev() {
                match self.chars[p] {
                    ',' | ';' | ':' | '(' | ')' | '!' | '?' => return None,
                    '.' if !(self.at(self.skip_spaces(p + 1)).is_ascii_digit()
                        || p > 0 && self.chars[p - 1].is_ascii_digit()) =>
                    {
                        return None;
                    }
                    _ => {}
                }
            }
            let w = self.keyed(t);
            // "increased to 20.4", "job growth averages about 12.7
            // million": the figure is the level reached.
            if lx::is_level_verb(w) {
                return None;
            }
            if let Some(d) = lx::en_change_before(w) {
                // "up" and "down" only right before the figure: "up 5
                // percent", not "fronted up for my first of 19" or "set up
                // 4 groups".
                // "went up by 5.4 per cent", "down by £18 billion": "by"
                // alone may stand between.
                let by_only = distance == 1 && self.words[k].end <= start && {
                    let by = &self.words[k];
                    self.word_text(by).eq_ignore_ascii_case("by")
                };
                // A verb with an object changes the figure after "by"
                // ("raise the limit by 5%"), not a figure inside its object
                // ("raise the upper limit of the 20 per cent tax slab").
                if distance > 0 && !by_before && lx::is_transitive_change(w) {
                    return None;
                }
                let particle = matches!(w.text, "up" | "down")
                    && (distance > 0 && !by_only
                        || k >= 2
                            && self.words[k - 2].end == self.back_spaces(t.start)
                            && lx::is_particle_verb(self.keyed(&self.words[k - 2])));
                if !particle {
                    return Some(d);
                }
            }
            j = t.start;
            k -= 1;
        }
        None
    }

    /// The high end of a range that starts with the number ending at
    /// `cand_end` and whose unit ends at `i`.
    fn range_next<'c>(&self, i: usize, cand: &Cand, cands: &'c [Cand]) -> Option<&'c Cand> {
        self.range_next_sep(i, cand, cands).map(|(next, _)| next)
    }

    /// [`Clause::range_next`], and the separator that joins the two ends.
    fn range_next_sep<'c>(
        &self,
        i: usize,
        cand: &Cand,
        cands: &'c [Cand],
    ) -> Option<(&'c Cand, &'static str)> {
        let cand_end = cand.end;
        let next = cands[cands.partition_point(|c| c.start < cand_end)..]
            .iter()
            .find(|c| c.eligible())?;
        for from in [i, cand_end] {
            let k = self.skip_spaces(from);
            if !matches!(
                self.at(k),
                '-' | '~' | '至' | '到' | '—' | 't' | 'a' | 'T' | 'A'
            ) {
                continue;
            }
            let seps: &[&'static str] = &["-", "~", "至", "到", "—", "to", "and"];
            for sep in seps {
                if self.has(k, sep) {
                    let after = self.skip_spaces(k + clen(sep));
                    let next_start = self.sign_start(next);
                    let sign = self
                        .currency_before(next_start)
                        .map_or(next_start, |(_, s)| s);
                    if after == sign || after == next_start || after == next.start && *sep == "-" {
                        if *sep == "and" && !self.between_before(self.figure_start(cand)) {
                            continue;
                        }
                        // "rose from 58 to 87": a change of level, not a
                        // range ("ages from 18 to 60" is one).
                        if *sep == "to"
                            && self.governed_by_change(cand)
                            && self
                                .word_before(self.figure_start(cand))
                                .is_some_and(|(_, w)| w == "from")
                        {
                            continue;
                        }
                        // 增长5%至126万亿元, "rose 7.1% to $3.58 trillion":
                        // ends in two units are two figures, a change and
                        // the level it reached, never one range ("growth
                        // of 4.5% to 5%" is a range).
                        if let (Some(a), Some(b)) = (self.own_unit(cand), self.own_unit(next))
                            && a != b
                        {
                            return None;
                        }
                        return Some((next, sep));
                    }
                }
            }
        }
        None
    }

    /// Whether `between` comes shortly before the number starting at
    /// `start`.
    fn between_before(&self, start: usize) -> bool {
        let mut j = self.currency_before(start).map_or(start, |(_, s)| s);
        for _ in 0..3 {
            match self.word_before(j) {
                Some((_, w)) if w == "between" => return true,
                Some((ws, _)) => j = ws,
                None => return false,
            }
        }
        false
    }

    // ----- Streaks, ranks, records -----

    fn streak(&self, cands: &[Cand]) -> Result<Option<Reading>> {
        // A streak says so: "consecutive", "in a row", 连续.
        if !self.says.streak {
            return Ok(None);
        }
        for c in cands.iter().filter(|c| !c.excluded && !c.vague) {
            let zh = self.lang == Lang::Zh
                && self.has(c.start.saturating_sub(2), "连续")
                && c.start >= 2;
            let zh_unit = if self.at(c.end) == '年' {
                Some((Unit::Years, 1))
            } else if self.has(c.end, "个月") {
                Some((Unit::Months, 2))
            } else if self.at(c.end) == '天' {
                Some((Unit::Days, 1))
            } else {
                None
            };
            if zh && let Some((unit, len)) = zh_unit {
                return self.streak_reading(c, unit, c.end + len).map(Some);
            }
            if self.lang == Lang::En {
                // for 23 consecutive years; for two years in a row.
                if let Some((e, w)) = self.word_after(c.end) {
                    let (e, w) = if w == "consecutive" {
                        self.word_after(e).unwrap_or((e, w))
                    } else {
                        (e, w)
                    };
                    let unit = match w.as_str() {
                        "years" | "year" => Some(Unit::Years),
                        "months" | "month" => Some(Unit::Months),
                        "days" | "day" => Some(Unit::Days),
                        _ => None,
                    };
                    let consecutive = self
                        .word_after(c.end)
                        .is_some_and(|(_, w)| w == "consecutive")
                        || self.has(self.skip_spaces(e), "in a row");
                    if let (Some(unit), true) = (unit, consecutive) {
                        return self.streak_reading(c, unit, e).map(Some);
                    }
                }
                // the 16th bumper year in a row.
                if c.ordinal {
                    let mut k = c.end;
                    for _ in 0..3 {
                        let Some((e, w)) = self.word_after(k) else {
                            break;
                        };
                        if matches!(w.as_str(), "year" | "month" | "day")
                            && self.has(self.skip_spaces(e), "in a row")
                        {
                            let unit = if w == "year" {
                                Unit::Years
                            } else if w == "month" {
                                Unit::Months
                            } else {
                                Unit::Days
                            };
                            return self.streak_reading(c, unit, e).map(Some);
                        }
                        k = e;
                    }
                }
            }
        }
        Ok(None)
    }

    fn streak_reading(&self, c: &Cand, unit: Unit, end: usize) -> Result<Reading> {
        let q = self.quantity(c, c.value, None, Magnitude::One, unit, Qualifier::Exact)?;
        Ok(Reading {
            quantity: Some(q),
            change: None,
            rank: None,
            record: None,
            streak: true,
            lang: self.lang,
            span: (c.start, end),
            from: None,
        })
    }

    fn rank(&self, cands: &[Cand]) -> Option<Reading> {
        for c in cands.iter().filter(|c| {
            c.ordinal
                || self.says.no
                    && (self.has(c.start.saturating_sub(4), "no. ")
                        || self.has(c.start.saturating_sub(3), "no."))
        }) {
            let position = c
                .value
                .to_string()
                .parse::<u32>()
                .ok()
                .and_then(NonZeroU32::new)?;
            let among = match self.lang {
                Lang::Zh => {
                    // 居全国第1, 全省第一, 排名第2.
                    let Some(first) = c.start.checked_sub(1).filter(|&k| self.chars[k] == '第')
                    else {
                        continue;
                    };
                    // Back to the verb of ranking (居, 位居, 名列, 排名), at
                    // most 24 characters; what lies between is the field.
                    let verb = (first.saturating_sub(24)..first)
                        .rev()
                        .find(|&k| matches!(self.chars[k], '居' | '列' | '名' | '位' | '排'));
                    let s = match verb {
                        Some(k) => k + 1,
                        None => {
                            let field = (first >= 2).then(|| first - 2).filter(|&k| {
                                ["全国", "全省", "全市", "全球", "世界"]
                                    .iter()
                                    .any(|w| self.has(k, w))
                            });
                            match field {
                                Some(k) => k,
                                None => continue,
                            }
                        }
                    };
                    let among: String = self.chars[s..first].iter().collect();
                    (!among.is_empty()).then_some(among)
                }
                Lang::En => {
                    let before = self.text_window(c.start, 24);
                    let after = self.text_window_after(c.end, 48);
                    // "No. 3" ranks only where ranking is said: "Bill (No. 1)"
                    // and "Section No. 22" are names.
                    let numbered = before.contains("no.")
                        && (before.contains("rank")
                            || before.contains("place")
                            || before.contains("position")
                            || after.starts_with(" among")
                            || after.starts_with(" in the"));
                    let ranked = before.contains("rank")
                        || numbered
                        || after.starts_with(" in the country")
                        || after.starts_with(" place")
                        || before.contains("placed");
                    if !ranked {
                        continue;
                    }
                    match after
                        .find(" among ")
                        .map(|p| &after[p + 7..])
                        .or_else(|| after.strip_prefix(" in "))
                    {
                        Some(rest) => {
                            let mut among = rest
                                .split([',', ';', '.', '"', '“', '('])
                                .next()
                                .unwrap_or(rest);
                            for stop in [" in ", " for ", " of ", " with ", " and "] {
                                if let Some(p) = among.find(stop) {
                                    among = &among[..p];
                                }
                            }
                            let among = among.trim();
                            (!among.is_empty()).then(|| among.to_owned())
                        }
                        // "ranked No. 1": the field is not said.
                        None => None,
                    }
                }
            };
            return Some(Reading {
                quantity: None,
                change: None,
                rank: Some(Rank {
                    position: Some(position),
                    among,
                }),
                record: None,
                streak: false,
                lang: self.lang,
                span: (c.start, c.end),
                from: None,
            });
        }
        self.first_place_zh()
    }

    /// A first place said without a number, after a verb of ranking at most
    /// 24 characters before: 居全省首位, 位居全国首位 (the field is what lies
    /// between), 排名首位.
    fn first_place_zh(&self) -> Option<Reading> {
        if self.lang != Lang::Zh {
            return None;
        }
        let first = (0..self.chars.len()).find(|&k| self.has(k, "首位"))?;
        let verb = (first.saturating_sub(24)..first)
            .rev()
            .find(|&k| matches!(self.chars[k], '居' | '列' | '名' | '排'))?;
        let among: String = self.chars[verb + 1..first].iter().collect();
        Some(Reading {
            quantity: None,
            change: None,
            rank: Some(Rank {
                position: NonZeroU32::new(1),
                among: (!among.is_empty()).then_some(among),
            }),
            record: None,
            streak: false,
            lang: self.lang,
            span: (first, first + 2),
            from: None,
        })
    }

    fn text_window(&self, end: usize, chars: usize) -> String {
        self.chars[end.saturating_sub(chars)..end]
            .iter()
            .collect::<String>()
            .to_ascii_lowercase()
    }

    fn text_window_after(&self, start: usize, chars: usize) -> String {
        let end = (start + chars).min(self.chars.len());
        self.chars[start.min(end)..end]
            .iter()
            .collect::<String>()
            .to_ascii_lowercase()
    }

    fn record(&self, cands: &[Cand]) -> Result<Option<Reading>> {
        for c in cands.iter().filter(|c| c.eligible()) {
            let extreme = match self.lang {
                // 创10年来新低, 10年来最高.
                Lang::Zh if self.has(c.end, "年来") => {
                    let tail: String = self.chars[c.end + 2..].iter().take(3).collect();
                    if tail.contains('低') {
                        Some(Extreme::Low)
                    } else if tail.contains('高') {
                        Some(Extreme::High)
                    } else {
                        None
                    }
                }
                // a 10-year low.
                Lang::En if self.has(c.end, "-year") => {
                    let after = self.word_after(c.end + 5).map(|(_, w)| w);
                    match after.as_deref() {
                        Some("low") => Some(Extreme::Low),
                        Some("high") => Some(Extreme::High),
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(extreme) = extreme {
                let q = self.quantity(
                    c,
                    c.value,
                    None,
                    Magnitude::One,
                    Unit::Years,
                    Qualifier::Exact,
                )?;
                return Ok(Some(Reading {
                    quantity: Some(q),
                    change: None,
                    rank: None,
                    record: Some(Record { extreme }),
                    streak: false,
                    lang: self.lang,
                    span: (c.start, c.end),
                    from: None,
                }));
            }
        }
        Ok(None)
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

/// One-to-one normalization: full-width ASCII to ASCII, other spaces and
/// invisible separators to a space, traditional 萬 億 兩 to 万 亿 两,
/// dashes to `-`.
fn normalize(c: char) -> char {
    // Full-width ASCII: one range, rarely met, so the branch is foreseen.
    if (c as u32).wrapping_sub(0xFF01) <= 0xFF5E - 0xFF01 {
        return char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
    }
    NORMAL.map(c)
}

/// The rest of [`normalize`]: characters that become others. Spaces of
/// every width, and the invisible characters that text copied from web
/// pages carries between digits and words (zero-width space and joiners,
/// the word joiner, a byte-order mark), are a space.
static NORMAL: CharMap<16> = CharMap::new([
    ('\u{3000}', ' '),
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
    ('–', '-'),
    ('—', '-'),
    ('−', '-'),
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
    v.scale() == 0 && v >= Decimal::from(1900) && v <= Decimal::from(2100)
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
