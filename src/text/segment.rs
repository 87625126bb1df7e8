//! Cutting running text into sentences and clauses, as byte ranges of the
//! text as given: the first stage of reading a document.
//!
//! A sentence ends at 。！？ and their ASCII forms, at an English full stop
//! followed by a space (or the end, or a closing quote or bracket) that no
//! abbreviation, initial or number explains, and at a paragraph break; a
//! single line break ends one only where it cannot be a wrapped line: after
//! a line that looks like a heading, or before a line that starts a list
//! item. A clause ends at ；;：:，、 and at an English comma followed by a
//! space; a comma or point between digits (1,220, 3.5, 3,56,97,923) is part
//! of the number.

use std::ops::Range;

/// The sentences of `text`, in order, as byte ranges of it with the white
/// space around each left out. Every character that is not white space
/// lies in exactly one sentence. Lazy: the text is not copied, and reading
/// it is linear in its length.
///
/// # Examples
///
/// ```
/// use workreport::text::sentences;
///
/// let text = "GDP grew 5.2%. Exports rose to US$3.58 trillion. 财政收入增长6.4%。";
/// let s: Vec<&str> = sentences(text).map(|r| &text[r]).collect();
/// assert_eq!(s, ["GDP grew 5.2%.", "Exports rose to US$3.58 trillion.", "财政收入增长6.4%。"]);
///
/// // No sentence ends inside a number, after "No." or "U.S.", or at a
/// // line break that wraps a sentence.
/// let text = "It ranked No. 3 in the U.S. economy, at Rs. 3,56,97,923\nin all.";
/// assert_eq!(sentences(text).count(), 1);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences { text, at: 0 }
}

/// The clauses of the sentence at `sentence` in `text` (a range that
/// [`sentences`] gave), as byte ranges of `text`, with white space and the
/// punctuation that parts them left out.
///
/// # Examples
///
/// ```
/// use workreport::text::{clauses, sentences};
///
/// let text = "国内生产总值134.9万亿元，增长5%；城镇新增就业1256万人。";
/// let sentence = sentences(text).next().unwrap();
/// let c: Vec<&str> = clauses(text, sentence).map(|r| &text[r]).collect();
/// assert_eq!(c, ["国内生产总值134.9万亿元", "增长5%", "城镇新增就业1256万人"]);
///
/// let text = "Revenue was $1,220 million, up 3.5 per cent; spending fell.";
/// let sentence = sentences(text).next().unwrap();
/// let c: Vec<&str> = clauses(text, sentence).map(|r| &text[r]).collect();
/// assert_eq!(c, ["Revenue was $1,220 million", "up 3.5 per cent", "spending fell"]);
/// ```
pub fn clauses(text: &str, sentence: Range<usize>) -> Clauses<'_> {
    let end = sentence.end.min(text.len());
    Clauses {
        text,
        at: sentence.start.min(end),
        end,
    }
}

/// The iterator of [`sentences`].
#[derive(Debug, Clone)]
pub struct Sentences<'a> {
    text: &'a str,
    at: usize,
}

/// The iterator of [`clauses`].
#[derive(Debug, Clone)]
pub struct Clauses<'a> {
    text: &'a str,
    at: usize,
    end: usize,
}

/// Words after which a full stop ends no sentence, lowercase: titles,
/// abbreviations of reports ("No. 3", "approx. 30", "Art. 12"),
/// months ("Jan. 5") and Latin ones ("e.g.", "i.e.", "etc.", "cf.").
const ABBREVIATIONS: &[&str] = &[
    "no", "nos", "re", "mr", "mrs", "ms", "dr", "prof", "hon", "st", "vs", "approx", "est", "etc",
    "e.g", "i.e", "cf", "al", "art", "arts", "sec", "secs", "para", "paras", "fig", "figs", "vol",
    "ch", "pp", "p", "inc", "ltd", "co", "corp", "dept", "govt", "gov", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "p.m",
    "a.m", "c", "ca",
];

impl Iterator for Sentences<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let text = self.text;
        let start = skip_space(text, self.at);
        if start >= text.len() {
            self.at = text.len();
            return None;
        }
        let mut i = start;
        loop {
            i = skip_plain(text, i, text.len(), &SENTENCE_MARKS);
            if i >= text.len() {
                break;
            }
            let c = char_at(text, i);
            let next = i + c.len_utf8();
            match c {
                // "watch?v=MQ20": a mark with a letter or digit right
                // after it is inside a web address or a name.
                '!' | '?' if glued_after(text, next) => {}
                '。' | '！' | '？' | '!' | '?' => {
                    let end = closing(text, next);
                    self.at = end;
                    return Some(start..end);
                }
                '.' if full_stop(text, start, i) => {
                    let end = closing(text, next);
                    self.at = end;
                    return Some(start..end);
                }
                '.' if let Some(end) = footnote_after(text, i) => {
                    self.at = end;
                    return Some(start..end);
                }
                '\n' if line_break_ends(text, start, i) => {
                    self.at = next;
                    return Some(start..trim_end(text, start, i));
                }
                _ => {}
            }
            i = next;
        }
        self.at = text.len();
        Some(start..trim_end(text, start, text.len()))
    }
}

impl Iterator for Clauses<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let text = self.text;
        loop {
            let start = skip_space(text, self.at).min(self.end);
            if start >= self.end {
                self.at = self.end;
                return None;
            }
            let mut i = start;
            let mut cut = None;
            loop {
                i = skip_plain(text, i, self.end, &CLAUSE_MARKS);
                if i >= self.end {
                    break;
                }
                let c = char_at(text, i);
                let next = i + c.len_utf8();
                let parts = match c {
                    '；' | ';' | '：' | '，' | '、' => true,
                    ':' | ',' => {
                        // An ASCII comma or colon between digits belongs to
                        // a number (1,220; 10:30), and so does a chain of
                        // groups of three spaced out after their commas
                        // ("$495, 286, 000", for the reader to refuse);
                        // elsewhere it parts.
                        let before = text[..i].chars().next_back();
                        let after = text[next..].chars().next();
                        // The colon of a web address ("https://") does
                        // not part either.
                        !(before.is_some_and(|b| b.is_ascii_digit())
                            && (after.is_some_and(|a| a.is_ascii_digit())
                                || c == ',' && spaced_group_chain(text, i))
                            || c == ',' && words_group_after(text, i)
                            || c == ':' && text[next..].starts_with("//"))
                    }
                    // A sentence's own end is no part of its last clause.
                    '!' | '?' => !glued_after(text, next),
                    '。' | '！' | '？' => true,
                    '.' if next >= self.end || skip_space(text, next) >= self.end => true,
                    _ => false,
                };
                if parts {
                    cut = Some((i, next));
                    break;
                }
                i = next;
            }
            let (end, resume) = cut.unwrap_or((self.end, self.end));
            self.at = resume;
            let end = trim_end(text, start, end);
            if end > start {
                return Some(start..end);
            }
        }
    }
}

/// Whether an ASCII letter or digit, or `=`, stands at byte `i`.
fn glued_after(text: &str, i: usize) -> bool {
    text.as_bytes()
        .get(i)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'=')
}

/// The bytes that may start a mark a sentence ends at: `!`, `?`, `.`, a
/// line break, and the lead bytes of 。！？ (and of the other marks of
/// their blocks, which the match then passes over).
const SENTENCE_MARKS: [bool; 256] = marks(b"!?.\n");

/// The bytes that may start a mark a clause ends at: those of
/// [`SENTENCE_MARKS`] but the line break, and `;`, `:`, `,`, with the lead
/// bytes of ；：，、.
const CLAUSE_MARKS: [bool; 256] = marks(b"!?.;:,");

/// A table of `ascii` and the lead bytes of the marks of the CJK
/// Symbols and Punctuation block (U+3000..U+303F: 。、) and of the
/// Halfwidth and Fullwidth Forms (U+FF00..U+FFEF: ！？；：，).
const fn marks(ascii: &[u8]) -> [bool; 256] {
    let mut table = super::scan::byte_set(ascii);
    table[0xE3] = true;
    table[0xEF] = true;
    table
}

/// The first byte at or after `i`, before `end`, that `marks` holds (else
/// `end`): the characters between can part nothing, so they are passed
/// over a byte at a time, not decoded. A byte `marks` holds is ASCII or
/// the lead byte of a character, so the byte found is a character
/// boundary.
fn skip_plain(text: &str, i: usize, end: usize, marks: &[bool; 256]) -> usize {
    super::scan::next_in(text.as_bytes(), i, end, marks)
}

/// The character at byte `i`, which is a character boundary.
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

/// The first byte at or after `i` that is not white space.
fn skip_space(text: &str, mut i: usize) -> usize {
    while let Some(c) = text.get(i..).and_then(|t| t.chars().next()) {
        if !c.is_whitespace() {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// `end`, moved back over white space, but not before `start`.
fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

/// Where a sentence that ends at byte `i` ends with the closing quotes and
/// brackets after its mark (`growth.”`, `（完）。`).
fn closing(text: &str, mut i: usize) -> usize {
    while let Some(c) = text.get(i..).and_then(|t| t.chars().next()) {
        if !matches!(
            c,
            '"' | '\'' | '”' | '’' | '」' | '』' | ')' | '）' | ']' | '】'
        ) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Whether the comma at byte `i` is one of a chain of at least two groups
/// of three digits, each after a comma and a space, that ends the digits
/// before it: "495, 286, 000". A list ("5, 10, 15") is no chain.
fn spaced_group_chain(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let group = |k: usize| {
        bytes.get(k) == Some(&b',')
            && bytes.get(k + 1) == Some(&b' ')
            && (k + 2..k + 5).all(|d| bytes.get(d).is_some_and(u8::is_ascii_digit))
            && !bytes.get(k + 5).is_some_and(u8::is_ascii_digit)
    };
    group(i) && (group(i + 5) || i >= 5 && group(i - 5) || scale_word_at(text, i + 5))
}

/// Whether a scale word follows the space at byte `i`: "Rs.2, 200
/// billion" is one amount spaced out, not two clauses.
fn scale_word_at(text: &str, i: usize) -> bool {
    let Some(rest) = text.get(i..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let word = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    [
        "thousand", "million", "billion", "trillion", "bn", "mn", "lakh", "lakhs", "crore",
        "crores",
    ]
    .iter()
    .any(|s| word.eq_ignore_ascii_case(s))
}

/// Whether the comma at byte `i` joins the groups of an amount written
/// in words: a scale word before it, and a number word after it
/// ("twenty-four billion, three hundred and sixty million").
fn words_group_after(text: &str, i: usize) -> bool {
    let word_before = text[..i]
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    if !["thousand", "million", "billion", "trillion"]
        .iter()
        .any(|s| word_before.eq_ignore_ascii_case(s))
    {
        return false;
    }
    let rest = text[i + 1..].trim_start();
    let rest = rest.strip_prefix("and ").unwrap_or(rest);
    let word: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphabetic() || *c == '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    !word.is_empty()
        && word
            .split('-')
            .all(|w| super::lexicon::number_word(w) == Some(super::lexicon::NumberWord::Number))
}

/// Whether the full stop at byte `i` of a sentence that starts at `start`
/// ends it: followed by white space, the end, or a closing mark, and not
/// after an abbreviation, an initial or a list number at the start.
fn full_stop(text: &str, start: usize, i: usize) -> bool {
    let after = text[i + 1..].chars().next();
    let ends = match after {
        None => true,
        Some(c) => c.is_whitespace() || matches!(c, '"' | '”' | '’' | ')' | '）' | '」'),
    };
    if !ends {
        // 3.5, U.S.A, e.g: a point inside a word or a number.
        return false;
    }
    // The word before the point, with points inside it (U.S, e.g).
    let head = &text[start..i];
    let word_start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '.'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let word = &head[word_start..];
    if word.is_empty() {
        return true;
    }
    // An initial ("J. Smith") or a one-letter abbreviation.
    if word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return false;
    }
    // "Rs. 5", "Kshs. 1,500": a money sign that ends in its point.
    if crate::text::lexicon::currency_signs_ending('.')
        .iter()
        .any(|(sign, _)| {
            sign.strip_suffix('.')
                .is_some_and(|s| s.eq_ignore_ascii_case(word))
        })
    {
        return false;
    }
    // U.S., i.e.: letters parted by points.
    if word.contains('.') && word.split('.').all(|p| p.len() <= 2 && !p.is_empty()) {
        return false;
    }
    // "$1. 15 billion": a scanned amount's decimal point with a space
    // after it, for the reader to refuse.
    if word.chars().all(|c| c.is_ascii_digit())
        && head[..word_start].ends_with(['$', '£', '€', '₹', '₱', '¥'])
        && text[i + 1..].starts_with(' ')
        && text[i + 2..].starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    // "270." or "(11)." at the start of a sentence: a list number.
    if word.chars().all(|c| c.is_ascii_digit()) && word_start == 0 {
        return false;
    }
    // What follows starts lowercase ("approx. five"): the sentence goes on.
    let rest = skip_space(text, i + 1);
    !text[rest..]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase())
}

/// Where a sentence ends whose full stop at byte `i` carries a footnote's
/// number, glued to it as a PDF gives it ("at night.1 Then", "in 2018.4
/// The"): after one or two digits that follow a word's last letter or a
/// year, before a space and a word that opens a sentence, or the text's
/// end.
fn footnote_after(text: &str, i: usize) -> Option<usize> {
    let before = text[..i].chars().next_back()?;
    let word = text[..i]
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    let year = word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && (1900..=2100).contains(&word.parse::<u32>().unwrap_or(0));
    if !(before.is_ascii_lowercase() && word.len() >= 3 || year) {
        return None;
    }
    let digits = text[i + 1..].bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let end = i + 1 + digits;
    let rest = &text[end..];
    // A word that opens a sentence ("The"), not a name in capitals ("US").
    let mut next = rest.chars().skip(1);
    let capital_after = rest.starts_with(' ')
        && next.next().is_some_and(|c| c.is_ascii_uppercase())
        && next.next().is_some_and(|c| c.is_ascii_lowercase());
    (rest.is_empty() || rest.starts_with('\n') || capital_after).then_some(end)
}

/// Whether the line break at byte `i`, in a sentence that starts at
/// `start`, ends it: a blank line after it (a paragraph), a line before it
/// that looks like a heading (30 characters at most, no clause mark in it,
/// not ending in a lowercase word or a dash), a line before or after it
/// that starts a list item, or one that is a table's row.
fn line_break_ends(text: &str, start: usize, i: usize) -> bool {
    let rest = &text[i + 1..];
    let next_line = rest.trim_start_matches([' ', '\t', '\r', '\u{3000}']);
    if next_line.starts_with('\n') || next_line.is_empty() {
        return true;
    }
    let line_start = text[..i].rfind('\n').map_or(start, |k| (k + 1).max(start));
    let line = text[line_start..i].trim();
    // A heading is short, parts no clauses, and does not end as a wrapped
    // line does, in a lowercase word or a dash; nor does a lowercase word
    // go on after it ("We built 500\nhospitals": a wrapped line).
    let heading = line.chars().count() <= 30
        && !line.contains([',', '，', '、', ';', '；', '：'])
        && !line.ends_with([':', '-'])
        && !line.ends_with(|c: char| c.is_ascii_lowercase())
        && !next_line.starts_with(|c: char| c.is_ascii_lowercase());
    // A line that is itself a list item ends at its line break too,
    // unless it wraps: it ends in a lowercase word or a comma and the next
    // line goes on in lowercase or with a number ("15. We abolished the
    // tax on the home for some\n110,000 families."). A row of a table
    // ("Revenue 205,936 212,632") ends at its break, and so does the line
    // before one.
    let wraps = line.ends_with(|c: char| c.is_ascii_lowercase() || c == ',')
        && next_line.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit());
    let next_line = next_line.split('\n').next().unwrap_or_default().trim_end();
    heading
        || starts_item(line) && !wraps
        || starts_item(next_line)
        || crate::text::table::row_cells(line).is_some()
        || crate::text::table::row_cells(next_line).is_some()
}

/// Whether a line starts a list item: 一、 （一） 1. (1) 1) • - * 第三章.
fn starts_item(line: &str) -> bool {
    let mut chars = line.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if matches!(
        first,
        '•' | '·' | '●' | '▪' | '◆' | '■' | '-' | '*' | '–' | '—'
    ) {
        return true;
    }
    if matches!(first, '（' | '(') {
        let inner: String = chars.take_while(|c| !matches!(c, '）' | ')')).collect();
        return !inner.is_empty()
            && inner.chars().count() <= 3
            && inner
                .chars()
                .all(|c| c.is_ascii_digit() || crate::text::lexicon::is_chinese_numeral(c));
    }
    if first == '第' {
        return line
            .chars()
            .take(6)
            .any(|c| matches!(c, '章' | '节' | '部' | '条'));
    }
    let head: String = line
        .chars()
        .take_while(|c| c.is_ascii_digit() || crate::text::lexicon::is_chinese_numeral(*c))
        .collect();
    // "6.1%" starts no item: a point with a digit after it is a decimal.
    let marker = &line[head.len()..];
    !head.is_empty()
        && head.chars().count() <= 3
        && marker.starts_with(['、', '.', '．', ')', '）'])
        && !(marker.starts_with(['.', '．'])
            && marker.chars().nth(1).is_some_and(|c| c.is_ascii_digit()))
}
