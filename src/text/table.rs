//! Tables flattened into running text, as a statistical communiqué or a
//! budget report pasted from a web page or a PDF gives them: a header that
//! names the unit once (单位:亿元) or a column of growth (比上年增长%), then
//! rows of a label and bare numbers, one cell a line or spaced on one line.
//! A bare number in such a table is read with what its header says of it:
//! 295.4 under 单位:亿元 is 295.4亿元, and -0.2 in the growth column is a fall
//! of 0.2%.

use std::ops::Range;

use super::parse::{Reading, parse};

/// What the header of the table being read says, and where its last
/// figure was.
#[derive(Debug, Clone, Default)]
pub(crate) struct Table {
    /// The unit of the table's bare numbers, as written after 单位 ("亿元").
    unit: Option<String>,
    /// The column of growth among a row's numbers (0 for the first), with
    /// the words that name its basis (比上年, 同比 or none).
    growth: Option<(usize, &'static str)>,
    /// The end of the last figure read in the table, and its column.
    last: Option<(usize, usize)>,
    /// The end of the last sentence read in the table.
    end: usize,
    /// The line breaks between its lines: 1 as a table is printed, 2 where
    /// a paste puts a blank line after each (None until a break is seen).
    step: Option<usize>,
}

/// How far back, in bytes, a header's lines are looked for.
const WINDOW: usize = 2048;

/// Words that head the column of a table's labels, not of its numbers, and
/// the column of units some tables have.
const LABEL_HEADERS: [&str; 10] = [
    "指标",
    "项目",
    "名称",
    "类别",
    "地区",
    "产品",
    "品种",
    "科目",
    "单位",
    "计量单位",
];

impl Table {
    /// The table `sentence` (a range of `text`) is read in: a header in it
    /// starts a table or sets its unit or growth column; else the table
    /// the sentence before left open, if any. Only a text of more than
    /// one line (`lines`) holds a table.
    pub(crate) fn open(
        table: Option<Table>,
        text: &str,
        lines: bool,
        sentence: &Range<usize>,
    ) -> Option<Table> {
        // A table is cut into lines: a header in text of one line (a
        // clause read alone) opens none.
        if !lines {
            return table;
        }
        let words = &text[sentence.clone()];
        let unit = unit_header(words);
        let growth = growth_header(text, sentence.start, words);
        if unit.is_none() && growth.is_none() {
            return table;
        }
        let mut table = table.unwrap_or_default();
        if unit.is_some() {
            table.unit = unit;
        }
        if let Some((column, basis, end)) = growth {
            table.growth = Some((column, basis));
            table.last = Some((end, 0));
        }
        Some(table)
    }

    /// The table left open before `sentence`, if the gap since its last
    /// sentence keeps it open: a page break (a form feed) ends it, and so
    /// does a break of more lines than the table puts between its own
    /// lines (a blank line after a table printed line by line, two after
    /// one pasted with a blank line after each), so that a page's number
    /// or a paragraph after the table is not read as a cell.
    pub(crate) fn carry(
        table: Option<Table>,
        text: &str,
        sentence: &Range<usize>,
    ) -> Option<Table> {
        let mut table = table?;
        let gap = text.get(table.end..sentence.start).unwrap_or_default();
        if gap.contains('\u{c}') {
            return None;
        }
        let breaks = gap.matches('\n').count();
        if breaks > 0 {
            let step = *table.step.get_or_insert(breaks);
            if breaks > step || breaks > 2 {
                return None;
            }
        }
        Some(table)
    }

    /// Notes that `sentence` was read in the table.
    pub(crate) fn read(&mut self, sentence: &Range<usize>) {
        self.end = sentence.end;
    }

    /// Whether a table stays open after `sentence`: only across a line
    /// break, which is how its cells and rows are cut. A sentence that
    /// ends in a mark (。, ；, "!", ".") is prose, and ends the table.
    pub(crate) fn stays_open(text: &str, sentence: &Range<usize>) -> bool {
        !text[sentence.clone()]
            .trim_end()
            .ends_with(['。', '；', ';', '！', '？', '!', '?', '.'])
    }

    /// Reads a figure found at `span` of `text` as the table says: a bare
    /// number in the growth column is a change in percent, with its sign;
    /// any other bare number has the table's unit. Anything else is left
    /// as it was, but counts towards the columns of its row.
    pub(crate) fn cell(&mut self, text: &str, span: &Range<usize>, reading: &mut Reading) {
        // A label since the last figure starts a row.
        let column = match self.last {
            Some((end, column))
                if end <= span.start
                    && !text[end..span.start]
                        .chars()
                        .any(|c| c.is_alphabetic() || super::is_cjk(c)) =>
            {
                column + 1
            }
            _ => 0,
        };
        self.last = Some((span.end, column));
        let words = &text[span.clone()];
        if !bare(words, reading) {
            return;
        }
        let number = words.trim();
        let phrase = match (&self.growth, &self.unit) {
            (Some((g, basis)), _) if *g == column => format!("{basis}增长{number}%"),
            (Some((g, _)), Some(unit)) if column < *g => format!("{number}{unit}"),
            (None, Some(unit)) => format!("{number}{unit}"),
            _ => return,
        };
        if let Ok(read) = parse(&phrase, Some(super::Lang::Zh))
            && read.quantity.is_some()
        {
            reading.quantity = read.quantity;
            reading.change = read.change;
        }
    }
}

/// Whether a figure's words are a bare number (digits with a sign, a
/// point or commas) that the reader took for a plain count.
fn bare(words: &str, reading: &Reading) -> bool {
    let number = words.trim();
    let digits = number.strip_prefix(['-', '+']).unwrap_or(number);
    !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && reading.change.is_none()
        && reading.rank.is_none()
        && reading.quantity.as_ref().is_some_and(|q| {
            *q.unit() == crate::Unit::Items
                && q.magnitude() == crate::Magnitude::One
                && q.qualifier() == crate::Qualifier::Exact
        })
}

/// The unit a header names after 单位 (单位:亿元, (单位:万吨)), when the
/// reader reads it as a unit or a magnitude.
fn unit_header(words: &str) -> Option<String> {
    let at = words.find("单位")?;
    let rest = words[at + "单位".len()..].trim_start();
    let rest = rest.strip_prefix([':', '：'])?.trim_start();
    let unit: String = rest
        .chars()
        .take_while(|c| {
            !c.is_whitespace() && !matches!(c, ')' | '）' | '、' | '，' | ',' | '|' | ';' | '；')
        })
        .collect();
    if unit.is_empty() || unit.chars().count() > 6 {
        return None;
    }
    let read = parse(&format!("1{unit}"), Some(super::Lang::Zh)).ok()?;
    let q = read.quantity?;
    (*q.unit() != crate::Unit::Items || q.magnitude() != crate::Magnitude::One).then_some(unit)
}

/// A header of a column of growth in percent (比上年增长%, 增速(%), 同比增减%)
/// in `words`, a sentence of `text` that starts at `start`: the column it
/// heads among the numbers of a row, the words of its basis, and where the
/// header ends. Its column is the count of the headers before it on its
/// line and on the header lines above it (back to a 单位 line or a line of
/// prose), less those of labels and units and the letters of a spaced
/// header (指 标).
fn growth_header(text: &str, start: usize, words: &str) -> Option<(usize, &'static str, usize)> {
    let mut from = 0;
    while let Some(p) = words[from..].find(['%', '％']) {
        let percent = from + p;
        // After the sign, which is one byte (%) or three (％).
        from = percent + words[percent..].chars().next().map_or(1, char::len_utf8);
        let before = words[..percent].trim_end_matches([' ', '(', '（']);
        let Some(word) = ["增长率", "增减率", "增长", "增减", "增速", "增幅"]
            .into_iter()
            .find(|w| before.ends_with(w))
        else {
            continue;
        };
        let head = &before[..before.len() - word.len()];
        let basis = if head.ends_with("比上年") || head.ends_with("比去年") {
            "比上年"
        } else if head.ends_with("同比") {
            "同比"
        } else {
            ""
        };
        // The header's own cell starts after the last space or bar.
        let cell = head
            .rfind(|c: char| c.is_whitespace() || c == '|')
            .map_or(0, |k| {
                k + head[k..].chars().next().map_or(1, char::len_utf8)
            });
        let header_start = header_start(text, start + cell);
        let column = text[header_start.min(start + cell)..start + cell]
            .split(|c: char| c.is_whitespace() || c == '|')
            .filter(|cell| {
                cell.chars().count() >= 2
                    && !cell.contains("单位")
                    && !cell.contains('表')
                    && !LABEL_HEADERS.contains(cell)
            })
            .count();
        let end = start + from;
        let end = end + text[end..].len() - text[end..].trim_start_matches([')', '）']).len();
        return Some((column, basis, end));
    }
    None
}

/// Where the header that holds byte `at` of `text` starts: after the
/// 单位 line or the line of prose above it, within a few lines (else at
/// the start of its own line).
fn header_start(text: &str, at: usize) -> usize {
    // A header's line is short: no looking further back than a few lines
    // of it, so that a long line of many headers stays linear to read.
    // Where the line that holds byte `i` starts, when a line break within
    // the window shows it.
    let line_start = |i: usize| {
        let from = text.floor_char_boundary(i.saturating_sub(WINDOW));
        match text[from..i].rfind('\n') {
            Some(k) => Some(from + k + 1),
            None => (from == 0).then_some(0),
        }
    };
    let Some(own) = line_start(at) else {
        return at;
    };
    let mut start = own;
    for _ in 0..12 {
        // `start` follows a line break: the line above ends before it.
        let Some(above) = start.checked_sub(1).and_then(line_start) else {
            return start;
        };
        let line = text[above..start].trim();
        let prose = line.ends_with(['。', '；', ';', ':', '：']) || line.chars().count() > 30;
        if unit_header(line).is_some() || prose {
            return start;
        }
        start = above;
    }
    own
}
