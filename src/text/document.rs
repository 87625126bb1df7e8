//! Reading running text: every figure of a document, in order, with where
//! it is.

use std::ops::Range;

use super::Lang;
use super::parse::{Reading, parse_all};
use super::segment::{Clauses, Sentences, clauses, sentences};
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
        sentences: sentences(text),
        sentence: None,
        pending: std::collections::VecDeque::new(),
    }
}

/// The iterator of [`figures`].
#[derive(Debug, Clone)]
pub struct Figures<'a> {
    text: &'a str,
    lang: Option<Lang>,
    sentences: Sentences<'a>,
    /// The sentence being read and its clauses still to read.
    sentence: Option<(Range<usize>, std::iter::Peekable<Clauses<'a>>)>,
    /// What the last run of clauses gave, not yet handed out.
    pending: std::collections::VecDeque<Result<Found, Refusal>>,
}

impl Iterator for Figures<'_> {
    type Item = Result<Found, Refusal>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            let Some((sentence, clauses_left)) = &mut self.sentence else {
                let s = self.sentences.next()?;
                let c = clauses(self.text, s.clone()).peekable();
                self.sentence = Some((s, c));
                continue;
            };
            let sentence = sentence.clone();
            // The next run of clauses joined by 、.
            let Some(first) = clauses_left.next() else {
                self.sentence = None;
                continue;
            };
            let mut run = vec![first];
            while let Some(next) = clauses_left.peek() {
                let last = run.last().map_or(0, |r: &Range<usize>| r.end);
                if self.text[last..next.start].trim() != "、" {
                    break;
                }
                run.extend(clauses_left.next());
            }
            self.read_run(&sentence, &run);
        }
    }
}

impl Figures<'_> {
    /// Reads the clauses of `run` (joined by 、) as one text, and queues
    /// each figure with its place in the document.
    fn read_run(&mut self, sentence: &Range<usize>, run: &[Range<usize>]) {
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            return;
        };
        let whole = first.start..last.end;
        let piece = &self.text[whole.clone()];
        // Where each character of the piece starts, in the document.
        let bytes: Vec<usize> = piece
            .char_indices()
            .map(|(b, _)| whole.start + b)
            .chain(std::iter::once(whole.end))
            .collect();
        let at = |chars: usize| bytes.get(chars).copied().unwrap_or(whole.end);
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
        for reading in parse_all(piece, self.lang) {
            let item = match reading {
                Ok(reading) => {
                    let span = at(reading.span.0)..at(reading.span.1);
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
    }
}
