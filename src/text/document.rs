//! Reading running text: every figure of a document, in order, with where
//! it is.

use std::ops::Range;

use super::Lang;
use super::lexicon::Dir;
use super::parse::{Link, Reading, StartedFrom, change_like, change_of, parse_all, started_from};
use super::segment::{Sentences, clauses, sentences};
use super::table::Table;
use crate::Error;

/// A figure found in running text: its reading and where it is, as byte
/// ranges of the text as given (so that `&text[found.span.clone()]` is the
/// figure's own words, "增长5%", "more than 5.35 million people").
///
/// # Examples
///
/// See [`figures`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Found {
    /// The figure's own words.
    pub span: Range<usize>,
    /// The clause that holds it ([`clauses`]).
    pub clause: Range<usize>,
    /// The sentence that holds it ([`sentences`]).
    pub sentence: Range<usize>,
    /// What it states. Its `span` counts characters within the text that
    /// was read (the clause, or the clauses joined by 、 around it); `span`
    /// above is the one to use in the document.
    pub reading: Reading,
}

/// A figure the reader could not read with confidence: where, and why.
///
/// # Examples
///
/// ```
/// use workreport::text::figures;
///
/// let text = "收入增长6.4%，支出下降-3%。";
/// let refused: Vec<_> = figures(text, None).filter_map(Result::err).collect();
/// assert_eq!(refused.len(), 1);
/// assert_eq!(&text[refused[0].clause.clone()], "支出下降-3%");
/// assert_eq!(&text[refused[0].at..], "-3%。");
/// assert!(refused[0].error.to_string().contains("a rise or a fall"));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Refusal {
    /// Where in the text the reader stopped (a byte offset): the start of
    /// the words it could not be sure of, or of the clause.
    pub at: usize,
    /// The clause the reader refused a figure of.
    pub clause: Range<usize>,
    /// The sentence that holds it.
    pub sentence: Range<usize>,
    /// Why, with the position in the clause's text.
    pub error: Error,
}

/// Every figure of `text`, in document order: a lazy iterator that reads a
/// sentence at a time, and does not copy the text. With `lang` `None`, the
/// language of each clause is [detected](Lang::detect).
///
/// The text is cut into [`sentences`] and [`clauses`]; a run of clauses
/// joined by 、 is read as one, so that an enumeration shares its words
/// (分别增长8.9%、7.7% is two changes up). A clause may hold several
/// figures: a level and its change (国内生产总值134.9万亿元，增长5%), a change
/// and the level it reached ("exports rose 7.1% to $3.58 trillion"). A
/// change of level ("rose from 58 to 87") is one figure, the level
/// reached. Years, dates, ordinals and names with numerals are not
/// figures. What the reader refuses (a sign, a scale or a grouping it
/// cannot be sure of) is a [`Refusal`] in its place.
///
/// Hard-wrapped Chinese text (a PDF's lines) may break a word or a number
/// across lines: a line break between two Chinese characters, inside a
/// decimal or before its percent sign is the page's and is read through
/// (增\n长16.2% is a rise of 16.2%); a figure's span then holds the break,
/// as the input does. Anywhere else a line break inside a clause is a space.
///
/// A table flattened into lines (a cell a line, or a row spaced out on
/// one) is read with its header: under 单位:亿元 a bare 295.4 is 295.4亿元,
/// and a bare number in the column headed 比上年增长% is a change in
/// percent, -0.2 a fall. The header's column is counted among the header
/// cells on its line and the lines above it; a sentence of prose ends the
/// table, and so do a page break and a blank line (two where the table
/// itself puts one after each line). A number alone on its line in a
/// table is a cell, not a page number. An English table names its unit in
/// a caption on a line of its own ("($ Millions)", "(R billion)"); each
/// row of a label and cells to the line's end ("Surplus/(Deficit) (647)
/// 2,895") is then a sentence, each cell a clause and a figure in that
/// unit, brackets a negative. With no caption a row of bare numbers is
/// refused.
///
/// ```
/// use workreport::text::figures;
///
/// let text = "Fiscal Summary\n($ Millions)\nSurplus/(Deficit) (647) 2,895\n";
/// let values: Vec<String> = figures(text, None)
///     .map(|f| f.unwrap().reading.value().unwrap().to_string())
///     .collect();
/// assert_eq!(values, ["-647000000", "2895000000"]);
/// ```
///
/// # Examples
///
/// ```
/// use workreport::text::figures;
///
/// let text = "2024年，全省地区生产总值5.9万亿元，增长6.1%；高技术制造业、装备制造业增加值分别增长8.9%、7.7%。";
/// let found: Vec<_> = figures(text, None).filter_map(Result::ok).collect();
/// let words: Vec<&str> = found.iter().map(|f| &text[f.span.clone()]).collect();
/// assert_eq!(words, ["5.9万亿元", "增长6.1%", "增长8.9%", "7.7%"]);
/// let changes: Vec<&str> = found.iter().map(|f| f.reading.change_code()).collect();
/// assert_eq!(changes, ["none", "up", "up", "up"]);
/// assert_eq!(&text[found[1].clause.clone()], "增长6.1%");
/// ```
pub fn figures(text: &str, lang: Option<Lang>) -> Figures<'_> {
    Figures {
        text,
        lang,
        signs: None,
        shared_signs: super::lexicon::shared_signs(text),
        sentences: sentences(text),
        pending: std::collections::VecDeque::new(),
        table: None,
        lines: text.contains('\n'),
        run: Vec::new(),
        char_starts: Vec::new(),
    }
}

/// The iterator of [`figures`].
#[derive(Debug, Clone)]
pub struct Figures<'a> {
    text: &'a str,
    lang: Option<Lang>,
    /// The currencies of the signs that several countries write ("Rs",
    /// "P"), found when a sentence first writes one.
    signs: Option<super::lexicon::Signs>,
    /// Where the text writes such a sign, in order (found in one pass, so
    /// that a run is not searched again for it).
    shared_signs: Vec<Range<usize>>,
    sentences: Sentences<'a>,
    /// What the last sentence gave, not yet handed out.
    pending: std::collections::VecDeque<Result<Found, Refusal>>,
    /// The flattened table being read, if any.
    table: Option<Table>,
    /// Whether the text has more than one line (else it holds no table).
    lines: bool,
    /// Buffers kept from run to run: the clauses of a run, and where each
    /// character of a run starts.
    run: Vec<Range<usize>>,
    char_starts: Vec<usize>,
}

impl Iterator for Figures<'_> {
    type Item = Result<Found, Refusal>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            // A whole sentence is read before its figures are handed out:
            // a clause may say where the figure of the clause before it
            // started ("…, down from 35 per cent").
            let sentence = self.sentences.next()?;
            let carried = Table::carry(self.table.take(), self.text, &sentence);
            self.table = Table::open(carried, self.text, self.lines, &sentence);
            // A row of an English table under a caption of its unit: each
            // cell a figure; any other sentence, each run of its clauses
            // joined by 、.
            let row = self.table.as_ref().and_then(|table| {
                let caption = table.caption()?;
                Some((
                    caption,
                    super::table::row_cells(&self.text[sentence.clone()])?,
                ))
            });
            let rest = match row {
                Some((caption, cells)) => {
                    read_row(self.text, &mut self.pending, &sentence, &cells, caption);
                    sentence.end..sentence.end
                }
                None => sentence.clone(),
            };
            let mut clauses_left = clauses(self.text, rest).peekable();
            // The run's clauses, in a buffer kept from run to run.
            let mut run = std::mem::take(&mut self.run);
            while let Some(first) = clauses_left.next() {
                run.clear();
                run.push(first);
                while let Some(next) = clauses_left.peek() {
                    let last = run.last().map_or(0, |r: &Range<usize>| r.end);
                    if self.text[last..next.start].trim() != "、" {
                        break;
                    }
                    run.extend(clauses_left.next());
                }
                self.read_run(&sentence, &run);
            }
            self.run = run;
            if !Table::stays_open(self.text, &sentence) {
                self.table = None;
            }
            if let Some(table) = &mut self.table {
                table.read(&sentence);
            }
        }
    }
}

impl Figures<'_> {
    /// Whether `range` is a number of up to four digits alone on its line
    /// ("\n2\n" between the pages of a PDF): a page number, no figure; or
    /// a clause of nothing but a number, after a comma, with a full stop
    /// and a capital after it ("Mr Speaker, 1. I rise"): a paragraph's
    /// number.
    fn page_number(&self, range: &Range<usize>) -> bool {
        let words = self.text[range.clone()].trim();
        if words.is_empty() || words.len() > 4 || !words.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let after = &self.text[range.end..];
        let before = self.text[..range.start].trim_end();
        if before.ends_with(',')
            && let Some(rest) = after.strip_prefix('.')
            && rest.starts_with([' ', '\n'])
            && rest
                .trim_start()
                .starts_with(|c: char| c.is_ascii_uppercase())
        {
            return true;
        }
        let line_start = self.text[..range.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = self.text[range.end..]
            .find('\n')
            .map_or(self.text.len(), |i| range.end + i);
        // A line of its own: a line break on at least one side, nothing
        // but spaces beside the number.
        (line_start > 0 || line_end < self.text.len())
            && self.text[line_start..range.start].trim().is_empty()
            && self.text[range.end..line_end].trim().is_empty()
    }

    /// "$4.5 billion, up from 3.9 billion": a bare number of millions or
    /// more that opens a run (at bytes `span`) is money in the currency of
    /// the amount before it in the sentence, when only words that join two
    /// amounts stand between them, or the two are items of one list
    /// ([`lists_money`](super::parse::lists_money)).
    fn money_written_once(&self, reading: &mut Reading, span: Range<usize>) {
        if reading.lang != Lang::En {
            return;
        }
        let Some(Ok(previous)) = self.pending.back() else {
            return;
        };
        if let (Some(p), Some(q)) = (&previous.reading.quantity, &reading.quantity)
            && let Some(money) = super::parse::money_written_once(p, q)
            && let Some(between) = self.text.get(previous.span.end..span.start)
            && (super::parse::joins_money(between)
                || super::parse::lists_money(between, self.text.get(span.end..).unwrap_or("")))
        {
            reading.quantity = Some(money);
        }
    }

    /// Applies what the reading that opens a run says of the last figure
    /// before it in the sentence: `None` when the reading is that figure's
    /// starting level (and so no figure of its own).
    fn link_back(&mut self, mut reading: Reading, link: Link) -> Option<Reading> {
        let Some(Ok(previous)) = self.pending.back_mut() else {
            return Some(reading);
        };
        // A plain "from" names where a level reached after "to" started.
        let after_to = |at: usize| {
            self.text[..at]
                .trim_end()
                .rsplit(|c: char| !c.is_ascii_alphabetic())
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("to"))
        };
        let start = previous.span.start;
        let previous = &mut previous.reading;
        match link {
            Link::None => {}
            Link::FromOfReached | Link::FromOfPrevious(_) => {
                let how = match link {
                    Link::FromOfPrevious(dir) => StartedFrom::Said(dir),
                    _ => StartedFrom::Plain(None),
                };
                if (how != StartedFrom::Plain(None) || after_to(start))
                    && let Some(q) = &reading.quantity
                    && started_from(previous, q, how)
                {
                    return None;
                }
            }
            Link::SameChange => {
                if let Some(change) = previous.change {
                    reading.change = Some(change_like(change, reading.quantity.as_ref()));
                }
            }
        }
        Some(reading)
    }

    /// "人均地区生产总值73572元,比上年增加3540元": a change in yuan that opens a
    /// run with only its comparison before it (`before`: 比上年, 较上年, 同比)
    /// says how much the money per person before it changed, per person;
    /// so does a change in kilograms after a yield per mu (亩产455.39公斤,
    /// 比上年增加3.25公斤), or after any level per a base.
    fn per_base_carried(&self, reading: &mut Reading, before: &str) {
        if reading.lang != Lang::Zh || reading.change.is_none() {
            return;
        }
        if !before.chars().all(|c| "比较上去年同期".contains(c)) {
            return;
        }
        let Some(Ok(previous)) = self.pending.back() else {
            return;
        };
        let (Some(p), Some(q)) = (&previous.reading.quantity, &reading.quantity) else {
            return;
        };
        let crate::Unit::Per(per) = p.unit() else {
            return;
        };
        if per.numerator() != q.unit() {
            return;
        }
        if let Ok(carried) =
            crate::Quantity::new(q.value(), q.magnitude(), p.unit().clone(), q.qualifier())
        {
            reading.quantity = Some(carried.with_inexact(q.is_inexact()));
        }
    }

    /// "$410.0 million on the accrual basis and $430.2 on the cash basis":
    /// money with one decimal and no scale takes the scale of the last
    /// amount of the sentence before it ([`scale_written_once`]).
    fn scale_written_once(&self, reading: &mut Reading) {
        let Some(q) = &reading.quantity else {
            return;
        };
        if q.magnitude() != crate::Magnitude::One || q.value().scale() != 1 {
            return;
        }
        let previous = self
            .pending
            .iter()
            .rev()
            // A few figures back at most, so that a sentence of many stays
            // linear.
            .take(8)
            .filter_map(|item| item.as_ref().ok())
            .filter_map(|f| f.reading.quantity.as_ref())
            .find(|p| p.unit() == q.unit());
        if let Some(scaled) = previous.and_then(|p| super::parse::scale_written_once(p, q)) {
            reading.quantity = Some(scaled);
        }
    }

    /// "Costs have been revised higher, by R15.7 billion": a run that
    /// opens with "by" right before its first figure (at byte `start`),
    /// after a clause that ends in a word of change, gives that figure the
    /// word's direction.
    fn by_after_verb(&self, run: &Range<usize>, start: usize, reading: &mut Reading) {
        if reading.lang != Lang::En {
            return;
        }
        let opening = self.text[run.start..start].trim();
        if !opening.eq_ignore_ascii_case("by") {
            return;
        }
        let Some(before) = self.text[..run.start].trim_end().strip_suffix(',') else {
            return;
        };
        let word = before
            .trim_end()
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let dir = super::lexicon::en_change_after(word.as_str())
            .or_else(|| super::lexicon::en_change_before(word.as_str()));
        if let Some(dir) = dir.filter(|d| *d != Dir::Flat) {
            reading.change = Some(change_of(
                dir,
                crate::Basis::Unstated,
                reading.quantity.as_ref(),
            ));
        }
    }

    /// "That is $40.6 million, or 11.8 percent, more than October 2016": a
    /// clause of no figure that opens with a comparison ("more than",
    /// "less than", "above", "below", at byte `start`) right after an
    /// amount and its share in percent joined by ", or" makes both a change
    /// in its direction. Without the share, "$5 million, more than the
    /// schools got" may give a level and is left alone.
    fn compared_after(&mut self, start: usize, piece: &str) {
        let head = piece.trim_start();
        let starts = |w: &str| {
            head.get(..w.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(w))
                && !head[w.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
        };
        let direction = if ["more than", "higher than", "greater than", "above"]
            .iter()
            .any(|w| starts(w))
        {
            Dir::Up
        } else if ["less than", "lower than", "fewer than", "below"]
            .iter()
            .any(|w| starts(w))
        {
            Dir::Down
        } else {
            return;
        };
        let n = self.pending.len();
        if n < 2 {
            return;
        }
        let text = self.text;
        let (Some(Ok(amount)), Some(Ok(share))) =
            (self.pending.get(n - 2), self.pending.get(n - 1))
        else {
            return;
        };
        let joined_by_or = text
            .get(amount.span.end..share.span.start)
            .is_some_and(|between| {
                let w = between.trim().strip_prefix(',').map(str::trim_start);
                w.is_some_and(|w| w.eq_ignore_ascii_case("or"))
            });
        let comma_before = text
            .get(share.span.end..start)
            .is_some_and(|between| between.trim() == ",");
        let plain = |r: &Reading| r.change.is_none() && r.rank.is_none() && !r.streak;
        let is_share = share
            .reading
            .quantity
            .as_ref()
            .is_some_and(|q| *q.unit() == crate::Unit::Percent);
        if !(joined_by_or
            && comma_before
            && is_share
            && plain(&amount.reading)
            && plain(&share.reading)
            && amount.reading.quantity.is_some())
        {
            return;
        }
        for found in self.pending.range_mut(n - 2..).flatten() {
            found.reading.change = Some(change_of(
                direction,
                crate::Basis::Unstated,
                found.reading.quantity.as_ref(),
            ));
        }
    }

    /// Reads the clauses of `run` (joined by 、) as one text, and queues
    /// each figure with its place in the document.
    fn read_run(&mut self, sentence: &Range<usize>, run: &[Range<usize>]) {
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            return;
        };
        let whole = first.start..last.end;
        let piece = &self.text[whole.clone()];
        // In a table, a number alone on its line is a cell.
        if self.table.is_none() && self.page_number(&whole) {
            return;
        }
        // Where each character of the piece starts, in the document: in
        // ASCII text the n-th character is the n-th byte, and no table of
        // them is built.
        let mut bytes = std::mem::take(&mut self.char_starts);
        bytes.clear();
        if !piece.is_ascii() {
            bytes.extend(piece.char_indices().map(|(b, _)| whole.start + b));
            bytes.push(whole.end);
        }
        let at = |chars: usize| {
            if bytes.is_empty() {
                (whole.start + chars).min(whole.end)
            } else {
                bytes.get(chars).copied().unwrap_or(whole.end)
            }
        };
        // The clause that holds a span; the whole run where the span
        // crosses clauses (a change with no size, 增长、增长).
        // The clauses are in order: the one that may hold a span is the
        // first that ends at or after its start, or the next (a span may
        // start where a clause ends, or be empty there).
        let clause_of = |span: &Range<usize>| {
            let k = run.partition_point(|c| c.end < span.start);
            run[k.min(run.len())..]
                .iter()
                .take(2)
                .find(|c| c.start <= span.start && span.end <= c.end)
                .cloned()
                .unwrap_or_else(|| whole.clone())
        };
        // The figure read last in this sentence, before this run: what a
        // link at the start of the run refers to.
        let before_run = self.pending.len();
        let first_sign = self
            .shared_signs
            .partition_point(|sign| sign.start < whole.start);
        let writes_shared_sign = self.shared_signs[first_sign..]
            .iter()
            .take_while(|sign| sign.start < whole.end)
            .any(|sign| sign.end <= whole.end);
        let signs = if writes_shared_sign {
            let text = self.text;
            *self
                .signs
                .get_or_insert_with(|| super::lexicon::signs_of(text))
        } else {
            super::lexicon::Signs::DEFAULT
        };
        let readings = parse_all(piece, self.lang, signs);
        if readings.is_empty() {
            self.compared_after(whole.start, piece);
            self.char_starts = bytes;
            return;
        }
        for (k, (reading, link)) in readings.into_iter().enumerate() {
            let reading = match reading {
                Ok(mut reading) if k == 0 && reading.change.is_none() => {
                    self.by_after_verb(&whole, at(reading.span.0), &mut reading);
                    Ok(reading)
                }
                other => other,
            };
            let reading = match reading {
                Ok(mut reading) if k == 0 && before_run > 0 => {
                    let start = at(reading.span.0);
                    let end = at(reading.span.1);
                    self.money_written_once(&mut reading, start..end);
                    self.per_base_carried(&mut reading, &piece[..start - whole.start]);
                    match self.link_back(reading, link) {
                        Some(reading) => Ok(reading),
                        // Said of the figure before: no figure of its own.
                        None => continue,
                    }
                }
                other => other,
            };
            let item = match reading {
                Ok(mut reading) => {
                    self.scale_written_once(&mut reading);
                    let span = at(reading.span.0)..at(reading.span.1);
                    if let Some(table) = &mut self.table {
                        table.cell(self.text, &span, &mut reading);
                    }
                    Ok(Found {
                        clause: clause_of(&span),
                        span,
                        sentence: sentence.clone(),
                        reading,
                    })
                }
                Err(error) => {
                    let start = match &error {
                        Error::Text { at: chars, .. } => at(*chars),
                        _ => whole.start,
                    };
                    Err(Refusal {
                        at: start,
                        clause: clause_of(&(start..start)),
                        sentence: sentence.clone(),
                        error,
                    })
                }
            };
            self.pending.push_back(item);
        }
        self.char_starts = bytes;
    }
}

/// Reads each cell of a table row (`cells`, byte ranges in `sentence` of
/// `text`) written out in full with the table's `caption`, into `pending`:
/// "(647)" under "($ Millions)" is −$647 million. The cell is the figure's
/// words and its clause.
fn read_row(
    text: &str,
    pending: &mut std::collections::VecDeque<Result<Found, Refusal>>,
    sentence: &Range<usize>,
    cells: &[Range<usize>],
    caption: &(String, String),
) {
    for cell in cells {
        let span = sentence.start + cell.start..sentence.start + cell.end;
        let words = &text[span.clone()];
        let Some(phrase) = super::table::cell_phrase(words, caption) else {
            continue;
        };
        let item = match super::parse::parse(&phrase, Some(Lang::En)) {
            Ok(mut reading) => {
                reading.span = (0, words.chars().count());
                Ok(Found {
                    span: span.clone(),
                    clause: span,
                    sentence: sentence.clone(),
                    reading,
                })
            }
            Err(error) => Err(Refusal {
                at: span.start,
                clause: span,
                sentence: sentence.clone(),
                error: Error::Text {
                    message: format!("the table cell \"{words}\", read as \"{phrase}\": {error}"),
                    at: 0,
                },
            }),
        };
        pending.push_back(item);
    }
}
